<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ArgparseText</name>
    <message>
        <source>usage: </source>
        <translation>utilisation : </translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher le numéro de version et quitter</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s : erreur : %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus : %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>ces arguments sont requis : %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë : %(option)s peut correspondre à %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s non valide : %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix non valide : %(value)r (choisissez parmi %(choices)s)</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>non autorisé avec l&apos;argument %s</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>backcoach: {problem}</source>
        <translation>backcoach : {problem}</translation>
    </message>
    <message>
        <source>backcoach: {error}</source>
        <translation>backcoach : {error}</translation>
    </message>
    <message>
        <source>A desktop coach for back-pain relief exercises.</source>
        <translation>Un coach sur ordinateur pour des exercices qui soulagent le mal de dos.</translation>
    </message>
    <message>
        <source>{HELP}. While BackCoach runs with the same data folder, a second start hands --routine and --import-all to its window, and exits with the window&apos;s answer.</source>
        <translation>{HELP}. Quand BackCoach tourne déjà avec le même dossier de données, un second démarrage transmet --routine et --import-all à sa fenêtre et se termine avec la réponse de la fenêtre.</translation>
    </message>
    <message>
        <source>%(prog)s {version}</source>
        <translation>%(prog)s {version}</translation>
    </message>
    <message>
        <source>keep settings and history in DIR (default: ${DATA_DIR_VARIABLE} or the user data folder)</source>
        <translation>garder les réglages et l&apos;historique dans DIR (par défaut : ${DATA_DIR_VARIABLE} ou le dossier de données de l&apos;utilisateur)</translation>
    </message>
    <message>
        <source>reports (print or write, then exit without a window)</source>
        <translation>rapports (afficher ou écrire, puis quitter sans fenêtre)</translation>
    </message>
    <message>
        <source>print totals and the current and best streaks as JSON</source>
        <translation>afficher les totaux et les séries actuelle et meilleure en JSON</translation>
    </message>
    <message>
        <source>with --export-csv: write the exercises to FILE instead</source>
        <translation>avec --export-csv : écrire plutôt les exercices dans FILE</translation>
    </message>
    <message>
        <source>import the routine file FILE, choose it and open the player ready to start (a file that cannot be imported is reported with exit code 2)</source>
        <translation>importer le fichier de programme FILE, le choisir et ouvrir le lecteur prêt à démarrer (un fichier qui ne peut pas être importé est signalé par le code de sortie 2)</translation>
    </message>
    <message>
        <source>start in the tray without showing the window (as at login); without a tray, the window shows</source>
        <translation>démarrer dans la zone de notification sans montrer la fenêtre (comme à l&apos;ouverture de session) ; sans zone de notification, la fenêtre s&apos;affiche</translation>
    </message>
    <message>
        <source>{data_dir} is a file, not a folder: give a folder for the data (--data-dir).</source>
        <translation>{data_dir} est un fichier, pas un dossier : indiquez un dossier pour les données (--data-dir).</translation>
    </message>
    <message>
        <source>{data_dir} cannot be used as the data folder: {value}.</source>
        <translation>{data_dir} ne peut pas servir de dossier de données : {value}.</translation>
    </message>
    <message>
        <source>--export-exercises-csv needs --export-csv FILE for the sessions</source>
        <translation>--export-exercises-csv a besoin de --export-csv FILE pour les séances</translation>
    </message>
    <message>
        <source>write all settings, routines and sessions to FILE and exit</source>
        <translation>écrire tous les réglages, programmes et séances dans FILE et quitter</translation>
    </message>
    <message>
        <source>merge a file made by --export-all (or File &gt; Export all data) and exit; while the window runs, the window imports it</source>
        <translation>fusionner un fichier créé par --export-all (ou Fichier &gt; Exporter toutes les données) et quitter ; si la fenêtre est ouverte, c&apos;est elle qui l&apos;importe</translation>
    </message>
    <message>
        <source>backcoach: {export_failed}</source>
        <translation>backcoach : {export_failed}</translation>
    </message>
    <message>
        <source>backcoach: {refusal}</source>
        <translation>backcoach : {refusal}</translation>
    </message>
    <message>
        <source>backcoach: {running_instance_silent}</source>
        <translation>backcoach : {running_instance_silent}</translation>
    </message>
    <message>
        <source>backcoach: {import_refused}</source>
        <translation>backcoach : {import_refused}</translation>
    </message>
    <message>
        <source>backcoach: {import_failed}</source>
        <translation>backcoach : {import_failed}</translation>
    </message>
    <message>
        <source>add BackCoach (this installation of it) to your application menu, with its icon, and exit</source>
        <translation>ajouter BackCoach (cette installation) au menu des applications, avec son icône, et quitter</translation>
    </message>
    <message>
        <source>remove what --install-desktop added, and exit</source>
        <translation>retirer ce que --install-desktop a ajouté, et quitter</translation>
    </message>
    <message>
        <source>BackCoach is in your application menu: {value} starts {join}.</source>
        <translation>BackCoach est dans votre menu des applications : {value} lance {join}.</translation>
    </message>
    <message>
        <source>Removed BackCoach&apos;s menu entry, icons and metainfo from {home} ({len} files).</source>
        <translation>Entrée de menu, icônes et métadonnées de BackCoach retirées de {home} ({len} fichiers).</translation>
    </message>
    <message>
        <source>added to</source>
        <translation>ajouter au</translation>
    </message>
    <message>
        <source>removed from</source>
        <translation>retirer du</translation>
    </message>
    <message>
        <source>BackCoach could not be {what} the application menu: {value} ({value2}).</source>
        <translation>Impossible d&apos;{what} menu des applications BackCoach : {value} ({value2}).</translation>
    </message>
    <message>
        <source>exit status: 0 done; 1 could not be done (a file could not be written, or the running window did not answer); 2 an input was refused (a wrong argument, a routine file or archive that cannot be imported, a data folder that is a file), and nothing changed</source>
        <translation>code de sortie : 0 fait ; 1 n&apos;a pas pu être fait (un fichier n&apos;a pas pu être écrit, ou la fenêtre ouverte n&apos;a pas répondu) ; 2 une entrée a été refusée (un argument erroné, un fichier de programme ou une archive impossible à importer, un dossier de données qui est un fichier), et rien n&apos;a changé</translation>
    </message>
    <message>
        <source>paper (write a PDF, then exit without a window)</source>
        <translation>papier (écrire un PDF, puis quitter sans fenêtre)</translation>
    </message>
    <message>
        <source>write the routine ROUTINE (its id or name) as a printable handout to FILE (PDF)</source>
        <translation>écrire le programme ROUTINE (son identifiant ou son nom) en fiche imprimable dans FILE (PDF)</translation>
    </message>
    <message>
        <source>write a progress report for your physiotherapist to FILE (PDF): the last 4 weeks unless --from and --to say otherwise</source>
        <translation>écrire un rapport de progrès pour votre kinésithérapeute dans FILE (PDF) : les 4 dernières semaines, sauf si --from et --to disent autre chose</translation>
    </message>
    <message>
        <source>report from DATE (YYYY-MM-DD)</source>
        <translation>rapport à partir de DATE (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>report up to DATE (YYYY-MM-DD)</source>
        <translation>rapport jusqu&apos;à DATE (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>There is no routine called {routine_name!r}. Routines: {names}.</source>
        <translation>Il n&apos;y a pas de programme appelé {routine_name!r}. Programmes : {names}.</translation>
    </message>
    <message>
        <source>--from and --to go with --report FILE.</source>
        <translation>--from et --to vont avec --report FILE.</translation>
    </message>
    <message>
        <source>backcoach: {message}</source>
        <translation>backcoach : {message}</translation>
    </message>
    <message>
        <source>{option} {text!r} is not a date: write it as YYYY-MM-DD.</source>
        <translation>{option} {text!r} n&apos;est pas une date : écrivez-la sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>{target} is a folder: give a file name for the PDF.</source>
        <translation>{target} est un dossier : donnez un nom de fichier pour le PDF.</translation>
    </message>
    <message>
        <source>{target} is inside the data folder ({data_dir}): save the PDF somewhere else.</source>
        <translation>{target} est dans le dossier de données ({data_dir}) : enregistrez le PDF ailleurs.</translation>
    </message>
    <message>
        <source>backcoach: {target} could not be written: {value}.</source>
        <translation>backcoach : impossible d&apos;écrire {target} : {value}.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {target} (%n page(s)).</source>
        <translation>
            <numerusform>{target} écrit (%n page).</numerusform>
            <numerusform>{target} écrit (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <source>Your session is kept in memory and will be saved as soon as possible; don&apos;t close BackCoach until then.</source>
        <translation>Votre séance est gardée en mémoire et sera enregistrée dès que possible ; ne fermez pas BackCoach d&apos;ici là.</translation>
    </message>
    <message>
        <source>Your settings are kept and saved as soon as possible.</source>
        <translation>Vos réglages sont gardés et seront enregistrés dès que possible.</translation>
    </message>
    <message>
        <source>The change applies until BackCoach closes.</source>
        <translation>Le changement vaut jusqu&apos;à la fermeture de BackCoach.</translation>
    </message>
    <message>
        <source>Restored {name} from the backup of {moment_text}. What it held before is kept as a backup too.</source>
        <translation>{name} restauré depuis la sauvegarde du {moment_text}. Son contenu précédent est lui aussi gardé en sauvegarde.</translation>
    </message>
    <message>
        <source>Everything that could not be saved before is saved now.</source>
        <translation>Tout ce qui n&apos;avait pas pu être enregistré l&apos;est maintenant.</translation>
    </message>
    <message>
        <source>{error} The change was not saved.</source>
        <translation>{error} Le changement n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>{error} The session was not deleted.</source>
        <translation>{error} La séance n&apos;a pas été supprimée.</translation>
    </message>
    <message>
        <source>BackCoach could not set itself to start at login: {path} cannot be written ({value}).</source>
        <translation>BackCoach n&apos;a pas pu se configurer pour démarrer à l&apos;ouverture de session : impossible d&apos;écrire {path} ({value}).</translation>
    </message>
    <message>
        <source>BackCoach could not stop starting at login: {path} cannot be removed ({value}).</source>
        <translation>BackCoach n&apos;a pas pu arrêter de démarrer à l&apos;ouverture de session : impossible de supprimer {path} ({value}).</translation>
    </message>
    <message>
        <source>Moving into or out of a position</source>
        <translation>Entrer dans une position ou en sortir</translation>
    </message>
    <message>
        <source>{label} must be text.</source>
        <translation>{label} doit être du texte.</translation>
    </message>
    <message>
        <source>{label} cannot be empty.</source>
        <translation>{label} ne peut pas être vide.</translation>
    </message>
    <message>
        <source>{label} is {len} characters long; at most {limit} fit.</source>
        <translation>{label} fait {len} caractères ; {limit} au plus.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Le nom</translation>
    </message>
    <message>
        <source>The instructions</source>
        <translation>Les consignes</translation>
    </message>
    <message>
        <source>The purpose</source>
        <translation>Le but</translation>
    </message>
    <message>
        <source>The safety note</source>
        <translation>La consigne de sécurité</translation>
    </message>
    <message>
        <source>The side&apos;s name</source>
        <translation>Le nom du côté</translation>
    </message>
    <message>
        <source>Whether it is done on each side must be true or false.</source>
        <translation>Le fait de le faire de chaque côté doit être « true » ou « false ».</translation>
    </message>
    <message>
        <source>Choose at least one position.</source>
        <translation>Choisissez au moins une position.</translation>
    </message>
    <message>
        <source>An exercise has at most {MAX_POSITIONS} positions, not {len}.</source>
        <translation>Un exercice a au plus {MAX_POSITIONS} positions, pas {len}.</translation>
    </message>
    <message>
        <source>Position {number} must be an object.</source>
        <translation>La position {number} doit être un objet.</translation>
    </message>
    <message>
        <source>Position {number} uses a pose this app cannot draw: {str!r}.</source>
        <translation>La position {number} utilise une posture que cette application ne sait pas dessiner : {str!r}.</translation>
    </message>
    <message>
        <source>The cue of position {number}</source>
        <translation>L&apos;indication de la position {number}</translation>
    </message>
    <message>
        <source>The name of position {number}</source>
        <translation>Le nom de la position {number}</translation>
    </message>
    <message>
        <source>Your {what} file {name} could not be read: {why}</source>
        <translation>Votre fichier {what} {name} n&apos;a pas pu être lu : {why}</translation>
    </message>
    <message>
        <source>The damaged file is kept as {aside}.</source>
        <translation>Le fichier endommagé est gardé sous {aside}.</translation>
    </message>
    <message numerus="yes">
        <source>%n readable record(s) rescued from it</source>
        <translation>
            <numerusform>%n enregistrement lisible en a été récupéré</numerusform>
            <numerusform>%n enregistrements lisibles en ont été récupérés</numerusform>
        </translation>
    </message>
    <message>
        <source>the backup of {moment_text} was loaded</source>
        <translation>la sauvegarde du {moment_text} a été chargée</translation>
    </message>
    <message>
        <source>, and </source>
        <translation>, et </translation>
    </message>
    <message>
        <source>No good backup was found, so the default settings are used.</source>
        <translation>Aucune bonne sauvegarde trouvée, les réglages par défaut sont donc utilisés.</translation>
    </message>
    <message>
        <source>No good backup was found.</source>
        <translation>Aucune bonne sauvegarde trouvée.</translation>
    </message>
    <message>
        <source>Your file {name} was missing, but the damaged copy {aside} was still there (its recovery was interrupted), so it was recovered again.</source>
        <translation>Votre fichier {name} manquait, mais la copie endommagée {aside} était toujours là (sa récupération avait été interrompue), elle a donc été récupérée de nouveau.</translation>
    </message>
    <message>
        <source>It could not be copied aside ({reason}), so it is left as it was at {path} and is not changed until it can be; what could be recovered is shown meanwhile.</source>
        <translation>Il n&apos;a pas pu être mis de côté ({reason}), il reste donc tel quel à {path} et ne sera modifié que lorsque ce sera possible ; ce qui a pu être récupéré est affiché en attendant.</translation>
    </message>
    <message>
        <source>The recovered data could not be saved yet ({reason}); the damaged file stays in place until it can be.</source>
        <translation>Les données récupérées n&apos;ont pas encore pu être enregistrées ({reason}) ; le fichier endommagé reste en place jusqu&apos;à ce que ce soit possible.</translation>
    </message>
    <message>
        <source>Nothing was changed: BackCoach repairs the file the next time its window opens.</source>
        <translation>Rien n&apos;a été modifié : BackCoach répare le fichier à la prochaine ouverture de sa fenêtre.</translation>
    </message>
    <message>
        <source>It is another computer&apos;s file: nothing was changed here, and that computer repairs it.</source>
        <translation>C&apos;est le fichier d&apos;un autre ordinateur : rien n&apos;a été modifié ici, et cet ordinateur le répare.</translation>
    </message>
    <message>
        <source>{problem} It is left as it is and never written over; fix its permissions to use it.</source>
        <translation>{problem} Il est laissé tel quel et jamais écrasé ; corrigez ses droits d&apos;accès pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>The sessions in {folder} cannot be read: {value}. They are not shown, and the folder is left as it is.</source>
        <translation>Les séances de {folder} ne peuvent pas être lues : {value}. Elles ne sont pas affichées, et le dossier est laissé tel quel.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in {path} could not be read; kept in the file but not shown.</source>
        <translation>
            <numerusform>%n séance de {path} n&apos;a pas pu être lue ; elle reste dans le fichier, mais n&apos;est pas affichée.</numerusform>
            <numerusform>%n séances de {path} n&apos;ont pas pu être lues ; elles restent dans le fichier, mais ne sont pas affichées.</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} was written by a newer version of BackCoach. It is shown but not changed; update BackCoach to change it.</source>
        <translation>{path} a été écrit par une version plus récente de BackCoach. Il est affiché mais pas modifié ; mettez BackCoach à jour pour le modifier.</translation>
    </message>
    <message>
        <source>{name} is not changed: {why}</source>
        <translation>{name} n&apos;est pas modifié : {why}</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) could not be saved in the history: {why} Saved to {path} instead: after updating BackCoach, import that file with File › Import data to add them to your history.</source>
        <translation>
            <numerusform>%n séance n&apos;a pas pu être enregistrée dans l&apos;historique : {why} Elle a été enregistrée dans {path} : après la mise à jour de BackCoach, importez ce fichier avec Fichier › Importer des données pour l&apos;ajouter à votre historique.</numerusform>
            <numerusform>%n séances n&apos;ont pas pu être enregistrées dans l&apos;historique : {why} Elles ont été enregistrées dans {path} : après la mise à jour de BackCoach, importez ce fichier avec Fichier › Importer des données pour les ajouter à votre historique.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your session cannot be saved: {why} It stays in memory until BackCoach closes; use File › Export all data to keep it.</source>
        <translation>Votre séance ne peut pas être enregistrée : {why} Elle reste en mémoire jusqu&apos;à la fermeture de BackCoach ; utilisez Fichier › Exporter toutes les données pour la garder.</translation>
    </message>
    <message>
        <source>BackCoach is already running with {data_dir}; its window was brought forward.</source>
        <translation>BackCoach tourne déjà avec {data_dir} ; sa fenêtre a été mise au premier plan.</translation>
    </message>
    <message>
        <source>The routine “{name}” was imported and is ready to start in the player.</source>
        <translation>Le programme « {name} » a été importé et il est prêt à démarrer dans le lecteur.</translation>
    </message>
    <message>
        <source>The routine “{name}” was imported; choose it in the player once this session is over.</source>
        <translation>Le programme « {name} » a été importé ; choisissez-le dans le lecteur une fois cette séance terminée.</translation>
    </message>
    <message>
        <source> (process {holder})</source>
        <translation> (processus {holder})</translation>
    </message>
    <message>
        <source>BackCoach is already running with {data_dir}{who}, but it did not answer. Wait until it has finished what it is doing (an import), or quit it, and try again.</source>
        <translation>BackCoach tourne déjà avec {data_dir}{who}, mais n&apos;a pas répondu. Attendez qu&apos;il ait fini ce qu&apos;il fait (une importation), ou quittez-le, puis réessayez.</translation>
    </message>
    <message>
        <source> and {value} more</source>
        <translation> et {value} de plus</translation>
    </message>
    <message>
        <source>a conflict copy</source>
        <translation>une copie en conflit</translation>
    </message>
    <message>
        <source>{len} conflict copies</source>
        <translation>{len} copies en conflit</translation>
    </message>
    <message>
        <source>Merged {copies} a sync tool made ({listed}): every session, setting and routine in them is shown, the newest version of each. The copies are left as they are.</source>
        <translation>{copies} créées par un outil de synchronisation fusionnées ({listed}) : chaque séance, réglage et programme qu&apos;elles contiennent est affiché, dans sa version la plus récente. Les copies sont laissées telles quelles.</translation>
    </message>
    <message>
        <source>Another BackCoach ({holder}) is using this data folder, so this window only reads it: nothing you change here is saved. Close the other one and start BackCoach again to make changes.</source>
        <translation>Un autre BackCoach ({holder}) utilise ce dossier de données, cette fenêtre ne fait donc que le lire : ce que vous changez ici n&apos;est pas enregistré. Fermez l&apos;autre et relancez BackCoach pour faire des changements.</translation>
    </message>
    <message>
        <source>This routine has no exercises to do.</source>
        <translation>Ce programme n&apos;a aucun exercice à faire.</translation>
    </message>
    <message>
        <source>The session has already started.</source>
        <translation>La séance a déjà commencé.</translation>
    </message>
    <message>
        <source>no period {period!r}: day, week or month</source>
        <translation>pas de période {period!r} : jour, semaine ou mois</translation>
    </message>
    <message>
        <source>The year {year} is not a year BackCoach keeps ({FIRST_YEAR} to {LAST_YEAR}).</source>
        <translation>L&apos;année {year} n&apos;est pas une année que BackCoach conserve ({FIRST_YEAR} à {LAST_YEAR}).</translation>
    </message>
    <message>
        <source>There is no routine with the id {routine_id!r}.</source>
        <translation>Il n&apos;y a pas de programme avec l&apos;identifiant {routine_id!r}.</translation>
    </message>
    <message>
        <source>There is no exercise of yours with the id {exercise_id!r}.</source>
        <translation>Il n&apos;y a pas d&apos;exercice à vous avec l&apos;identifiant {exercise_id!r}.</translation>
    </message>
    <message>
        <source>This is your only routine; make another before deleting it.</source>
        <translation>C&apos;est votre seul programme ; créez-en un autre avant de le supprimer.</translation>
    </message>
    <message>
        <source>A routine holds at most {MAX_ITEMS} exercises.</source>
        <translation>Un programme contient au plus {MAX_ITEMS} exercices.</translation>
    </message>
    <message>
        <source>An exercise cannot move past the ends of the routine.</source>
        <translation>Un exercice ne peut pas aller au-delà des extrémités du programme.</translation>
    </message>
    <message>
        <source>The new order must name each exercise of the routine once.</source>
        <translation>Le nouvel ordre doit nommer chaque exercice du programme une fois.</translation>
    </message>
    <message>
        <source>turn off</source>
        <translation>désactiver</translation>
    </message>
    <message>
        <source>Unknown fields: {join}.</source>
        <translation>Champs inconnus : {join}.</translation>
    </message>
    <message>
        <source>Sides must be one side, or left then right.</source>
        <translation>Les côtés doivent être un seul côté, ou gauche puis droit.</translation>
    </message>
    <message>
        <source>This exercise is part of {names}. Remove it from there first.</source>
        <translation>Cet exercice fait partie de {names}. Retirez-le d&apos;abord de là.</translation>
    </message>
    <message>
        <source>The routine has no exercise number {value}.</source>
        <translation>Le programme n&apos;a pas d&apos;exercice numéro {value}.</translation>
    </message>
    <message>
        <source>There is no exercise with the id {exercise_id!r}.</source>
        <translation>Il n&apos;y a pas d&apos;exercice avec l&apos;identifiant {exercise_id!r}.</translation>
    </message>
    <message>
        <source>A routine needs at least one exercise turned on, so you cannot {verb} the last one. Add or turn on another first.</source>
        <translation>Un programme a besoin d&apos;au moins un exercice activé, vous ne pouvez donc pas {verb} le dernier. Ajoutez-en ou activez-en un autre d&apos;abord.</translation>
    </message>
    <message>
        <source>You already have a routine called “{name}”.</source>
        <translation>Vous avez déjà un programme appelé « {name} ».</translation>
    </message>
    <message>
        <source>the id {id!r} is already used</source>
        <translation>l&apos;identifiant {id!r} est déjà utilisé</translation>
    </message>
    <message>
        <source>One of your exercises could not be read ({error}); it is kept in routines.json but not shown.</source>
        <translation>Un de vos exercices n&apos;a pas pu être lu ({error}) ; il reste dans routines.json, mais n&apos;est pas affiché.</translation>
    </message>
    <message>
        <source>the id {id!r} appears twice</source>
        <translation>l&apos;identifiant {id!r} apparaît deux fois</translation>
    </message>
    <message>
        <source>One of your routines could not be read ({error}); it is kept in routines.json but not shown.</source>
        <translation>Un de vos programmes n&apos;a pas pu être lu ({error}) ; il reste dans routines.json, mais n&apos;est pas affiché.</translation>
    </message>
    <message>
        <source>its name</source>
        <translation>son nom</translation>
    </message>
    <message>
        <source>its side&apos;s name</source>
        <translation>le nom de son côté</translation>
    </message>
    <message>
        <source>a position&apos;s name</source>
        <translation>le nom d&apos;une position</translation>
    </message>
    <message>
        <source>its instructions</source>
        <translation>ses consignes</translation>
    </message>
    <message>
        <source>its safety note</source>
        <translation>sa consigne de sécurité</translation>
    </message>
    <message>
        <source>its purpose</source>
        <translation>son but</translation>
    </message>
    <message>
        <source>a cue</source>
        <translation>une indication</translation>
    </message>
    <message>
        <source>its texts are far longer than any exercise&apos;s</source>
        <translation>ses textes sont bien plus longs que ceux de tout exercice</translation>
    </message>
    <message>
        <source>{label} must be a whole number from {low} to {high}{unit}.</source>
        <translation>{label} doit être un nombre entier de {low} à {high}{unit}.</translation>
    </message>
    <message>
        <source>{label} must be from {low} to {high}{unit}, not {value}.</source>
        <translation>{label} doit être entre {low} et {high}{unit}, pas {value}.</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Maintien</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Répétitions</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Repos</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Séries</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Each exercise of a routine must be an object.</source>
        <translation>Chaque exercice d&apos;un programme doit être un objet.</translation>
    </message>
    <message>
        <source>The routine names an exercise this app does not know: {exercise_id!r}.</source>
        <translation>Le programme nomme un exercice que cette application ne connaît pas : {exercise_id!r}.</translation>
    </message>
    <message>
        <source>&apos;both_sides&apos; must be true or false.</source>
        <translation>« both_sides » doit être « true » ou « false ».</translation>
    </message>
    <message>
        <source>&apos;enabled&apos; must be true or false.</source>
        <translation>« enabled » doit être « true » ou « false ».</translation>
    </message>
    <message>
        <source>A routine must be a JSON object.</source>
        <translation>Un programme doit être un objet JSON.</translation>
    </message>
    <message>
        <source>A routine needs an &apos;id&apos; (text).</source>
        <translation>Un programme a besoin d&apos;un « id » (texte).</translation>
    </message>
    <message>
        <source>A routine needs a &apos;name&apos; (text).</source>
        <translation>Un programme a besoin d&apos;un « name » (texte).</translation>
    </message>
    <message>
        <source>A routine&apos;s &apos;description&apos; must be text.</source>
        <translation>La « description » d&apos;un programme doit être du texte.</translation>
    </message>
    <message>
        <source>Its name</source>
        <translation>Son nom</translation>
    </message>
    <message>
        <source>Its description</source>
        <translation>Sa description</translation>
    </message>
    <message>
        <source>Its name or description is far too long.</source>
        <translation>Son nom ou sa description est beaucoup trop long.</translation>
    </message>
    <message>
        <source>A routine needs a list of &apos;exercises&apos;.</source>
        <translation>Un programme a besoin d&apos;une liste « exercises ».</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Le fichier {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>{path} is not a file (it is a folder or a device).</source>
        <translation>{path} n&apos;est pas un fichier (c&apos;est un dossier ou un périphérique).</translation>
    </message>
    <message>
        <source>{name} is {value:,.1f} MB; a routine file is at most {value2:.0f} MB, so this is not one.</source>
        <translation>{name} fait {value:,.1f} Mo ; un fichier de programme fait au plus {value2:.0f} Mo, ce n&apos;en est donc pas un.</translation>
    </message>
    <message>
        <source>{problem} It cannot be imported.</source>
        <translation>{problem} Il ne peut pas être importé.</translation>
    </message>
    <message>
        <source>{name} cannot be imported: {error}</source>
        <translation>{name} ne peut pas être importé : {error}</translation>
    </message>
    <message>
        <source>it is not a BackCoach routine file (it needs &quot;format&quot;: &quot;{FORMAT}&quot;).</source>
        <translation>ce n&apos;est pas un fichier de programme BackCoach (il lui faut &quot;format&quot;: &quot;{FORMAT}&quot;).</translation>
    </message>
    <message>
        <source>its &quot;version&quot; must be a whole number from 1.</source>
        <translation>sa &quot;version&quot; doit être un nombre entier à partir de 1.</translation>
    </message>
    <message>
        <source>it was made by a newer version of BackCoach (format version {version}); update BackCoach to import it.</source>
        <translation>il a été créé par une version plus récente de BackCoach (version de format {version}) ; mettez BackCoach à jour pour l&apos;importer.</translation>
    </message>
    <message>
        <source>&quot;exercises&quot; must be a list of exercises.</source>
        <translation>&quot;exercises&quot; doit être une liste d&apos;exercices.</translation>
    </message>
    <message>
        <source>it holds {len} exercises; at most {MAX_EXERCISES_IN_FILE} fit.</source>
        <translation>il contient {len} exercices ; {MAX_EXERCISES_IN_FILE} au plus.</translation>
    </message>
    <message>
        <source>exercise {number} of the file must be an object.</source>
        <translation>l&apos;exercice {number} du fichier doit être un objet.</translation>
    </message>
    <message>
        <source>exercise {number} of the file needs an id of letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;.</source>
        <translation>l&apos;exercice {number} du fichier a besoin d&apos;un identifiant fait de lettres, de chiffres, « _ », « . » ou « - ».</translation>
    </message>
    <message>
        <source>exercise {number} of the file uses the id of an exercise of the guide ({exercise_id!r}).</source>
        <translation>l&apos;exercice {number} du fichier utilise l&apos;identifiant d&apos;un exercice du guide ({exercise_id!r}).</translation>
    </message>
    <message>
        <source>the exercise id {exercise_id!r} appears twice.</source>
        <translation>l&apos;identifiant d&apos;exercice {exercise_id!r} apparaît deux fois.</translation>
    </message>
    <message>
        <source>the exercise “{str}”: {error}</source>
        <translation>l&apos;exercice « {str} » : {error}</translation>
    </message>
    <message>
        <source>it needs a &quot;routine&quot; object.</source>
        <translation>il lui faut un objet &quot;routine&quot;.</translation>
    </message>
    <message>
        <source>the routine needs an id of letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;.</source>
        <translation>le programme a besoin d&apos;un identifiant fait de lettres, de chiffres, « _ », « . » ou « - ».</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>La description</translation>
    </message>
    <message>
        <source>the routine needs a list of &quot;exercises&quot; with at least one.</source>
        <translation>le programme a besoin d&apos;une liste &quot;exercises&quot; avec au moins un exercice.</translation>
    </message>
    <message>
        <source>the routine has {len} exercises; at most {MAX_ITEMS} fit.</source>
        <translation>le programme a {len} exercices ; {MAX_ITEMS} au plus.</translation>
    </message>
    <message>
        <source>every exercise of the routine is turned off.</source>
        <translation>tous les exercices du programme sont désactivés.</translation>
    </message>
    <message>
        <source>BackCoach {version}</source>
        <translation>BackCoach {version}</translation>
    </message>
    <message>
        <source>{text!r} is not a time of day</source>
        <translation>{text!r} n&apos;est pas une heure de la journée</translation>
    </message>
    <message>
        <source>now must carry its time zone</source>
        <translation>« now » doit porter son fuseau horaire</translation>
    </message>
    <message>
        <source>A note can be at most {NOTE_LIMIT} characters; this one has {len}.</source>
        <translation>Une note fait au plus {NOTE_LIMIT} caractères ; celle-ci en a {len}.</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>La note</translation>
    </message>
    <message>
        <source>A pain rating goes from 0 (none) to 10 (worst).</source>
        <translation>Une note de douleur va de 0 (aucune) à 10 (la pire).</translation>
    </message>
    <message>
        <source>A session entered by hand lasts {first} to {last} minutes.</source>
        <translation>Une séance saisie à la main dure de {first} à {last} minutes.</translation>
    </message>
    <message>
        <source>A session cannot start in the future.</source>
        <translation>Une séance ne peut pas commencer dans le futur.</translation>
    </message>
    <message>
        <source>a session must be an object</source>
        <translation>une séance doit être un objet</translation>
    </message>
    <message>
        <source>&apos;exercises&apos; and &apos;hurts&apos; must be lists</source>
        <translation>« exercises » et « hurts » doivent être des listes</translation>
    </message>
    <message>
        <source>&apos;completed&apos; must be true or false</source>
        <translation>« completed » doit être « true » ou « false »</translation>
    </message>
    <message>
        <source>{key!r} must be text</source>
        <translation>{key!r} doit être du texte</translation>
    </message>
    <message>
        <source>{key!r} is longer than any text BackCoach keeps</source>
        <translation>{key!r} est plus long que tout texte que BackCoach conserve</translation>
    </message>
    <message>
        <source>{key!r} holds characters that are not text</source>
        <translation>{key!r} contient des caractères qui ne sont pas du texte</translation>
    </message>
    <message>
        <source>{key!r} must be a whole number of reasonable size</source>
        <translation>{key!r} doit être un nombre entier de taille raisonnable</translation>
    </message>
    <message>
        <source>{key!r} must be a number of seconds</source>
        <translation>{key!r} doit être un nombre de secondes</translation>
    </message>
    <message>
        <source>{key!r} must be a pain rating from 0 to 10</source>
        <translation>{key!r} doit être une note de douleur de 0 à 10</translation>
    </message>
    <message>
        <source>{key!r} must be a date and time</source>
        <translation>{key!r} doit être une date et une heure</translation>
    </message>
    <message>
        <source>{key!r} must carry its UTC offset</source>
        <translation>{key!r} doit porter son décalage UTC</translation>
    </message>
    <message>
        <source>{key!r} is in a year BackCoach does not keep ({year})</source>
        <translation>{key!r} tombe dans une année que BackCoach ne conserve pas ({year})</translation>
    </message>
    <message>
        <source>settings are read-only: use changed({name}=...)</source>
        <translation>les réglages sont en lecture seule : utilisez changed({name}=...)</translation>
    </message>
    <message>
        <source>the setting {name!r} has no bounds</source>
        <translation>le réglage {name!r} n&apos;a pas de limites</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be from {low} to {high}</source>
        <translation>doit être entre {low} et {high}</translation>
    </message>
    <message>
        <source>must be {get}</source>
        <translation>doit être {get}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>« true » ou « false »</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>Write at least one time, such as 10:30.</source>
        <translation>Écrivez au moins une heure, par exemple 10:30.</translation>
    </message>
    <message>
        <source>“{word}” is not a time of day; write times like 10:30, 15:00.</source>
        <translation>« {word} » n&apos;est pas une heure ; écrivez des heures comme 10:30, 15:00.</translation>
    </message>
    <message>
        <source>At most {MAX_REMINDER_TIMES} times a day.</source>
        <translation>Au plus {MAX_REMINDER_TIMES} heures par jour.</translation>
    </message>
    <message>
        <source>Work hours must be times of day such as 09:00.</source>
        <translation>Les heures de travail doivent être des heures comme 09:00.</translation>
    </message>
    <message>
        <source>Work hours must end after they start.</source>
        <translation>Les heures de travail doivent finir après avoir commencé.</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>Choisissez au moins un jour.</translation>
    </message>
    <message>
        <source>Days must be numbers from 0 (Monday) to 6 (Sunday).</source>
        <translation>Les jours doivent être des nombres de 0 (lundi) à 6 (dimanche).</translation>
    </message>
    <message>
        <source>must be a time of day such as 09:00</source>
        <translation>doit être une heure comme 09:00</translation>
    </message>
    <message>
        <source>must list at least one weekday</source>
        <translation>doit contenir au moins un jour de la semaine</translation>
    </message>
    <message>
        <source>must list weekdays as numbers from 0 (Monday) to 6 (Sunday)</source>
        <translation>doit contenir les jours de la semaine en nombres de 0 (lundi) à 6 (dimanche)</translation>
    </message>
    <message>
        <source>must list at least one time</source>
        <translation>doit contenir au moins une heure</translation>
    </message>
    <message>
        <source>must have at most {MAX_REMINDER_TIMES} times</source>
        <translation>doit avoir au plus {MAX_REMINDER_TIMES} heures</translation>
    </message>
    <message>
        <source>must list times of day such as 10:30</source>
        <translation>doit contenir des heures comme 10:30</translation>
    </message>
    <message>
        <source>must list only {join}</source>
        <translation>ne doit contenir que {join}</translation>
    </message>
    <message>
        <source>must be one of {join}</source>
        <translation>doit être l&apos;un de ceux-ci : {join}</translation>
    </message>
    <message>
        <source>must be empty or like {example}</source>
        <translation>doit être vide ou ressembler à {example}</translation>
    </message>
    <message>
        <source>must be a date from {FIRST_YEAR} to {LAST_YEAR}</source>
        <translation>doit être une date de {FIRST_YEAR} à {LAST_YEAR}</translation>
    </message>
    <message>
        <source>There is no setting called {name!r}.</source>
        <translation>Il n&apos;y a pas de réglage appelé {name!r}.</translation>
    </message>
    <message>
        <source>The setting {name!r} {problem}.</source>
        <translation>Le réglage {name!r} {problem}.</translation>
    </message>
    <message>
        <source>The settings were not an object; the defaults are used.</source>
        <translation>Les réglages n&apos;étaient pas un objet ; les valeurs par défaut sont utilisées.</translation>
    </message>
    <message>
        <source>The setting {name!r} {problem}; its default is used.</source>
        <translation>Le réglage {name!r} {problem} ; sa valeur par défaut est utilisée.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>{problem} The settings {names} are not used: the defaults are.</source>
        <translation>{problem} Les réglages {names} ne sont pas utilisés : les valeurs par défaut le sont.</translation>
    </message>
    <message>
        <source>Move gently and never force it. If it hurts, stop.</source>
        <translation>Bougez doucement et ne forcez jamais. Si cela fait mal, arrêtez.</translation>
    </message>
    <message>
        <source>Paused: the computer slept</source>
        <translation>En pause : l&apos;ordinateur s&apos;est mis en veille</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>The time asleep does not count. Press Space when you are ready to go on.</source>
        <translation>Le temps de veille ne compte pas. Appuyez sur Espace quand vous êtes prêt à continuer.</translation>
    </message>
    <message>
        <source>Press Space or Resume to go on, Esc to stop.</source>
        <translation>Espace ou Reprendre pour continuer, Échap pour arrêter.</translation>
    </message>
    <message>
        <source>Hold still and breathe calmly.</source>
        <translation>Restez immobile et respirez calmement.</translation>
    </message>
    <message>
        <source>Slowly come back: {lower}</source>
        <translation>Revenez lentement : {lower}</translation>
    </message>
    <message>
        <source>Rest and breathe. Stay where you are.</source>
        <translation>Reposez-vous et respirez. Restez où vous êtes.</translation>
    </message>
    <message>
        <source>Now the {lower}. {cue}</source>
        <translation>Maintenant : {lower}. {cue}</translation>
    </message>
    <message>
        <source>Rep {rep} of {reps}</source>
        <translation>Répétition {rep} sur {reps}</translation>
    </message>
    <message>
        <source> · Set {set} of {sets}</source>
        <translation> · Série {set} sur {sets}</translation>
    </message>
    <message>
        <source>{side_text} first</source>
        <translation>D&apos;abord : {side_text}</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Relâcher</translation>
    </message>
    <message>
        <source>Switch sides. {sentence}</source>
        <translation>Changez de côté. {sentence}</translation>
    </message>
    <message>
        <source>Rest.</source>
        <translation>Repos.</translation>
    </message>
    <message>
        <source>Well done. That was the whole routine.</source>
        <translation>Bravo. C&apos;était tout le programme.</translation>
    </message>
    <message>
        <source>Session stopped.</source>
        <translation>Séance arrêtée.</translation>
    </message>
    <message>
        <source>Paused while the computer slept.</source>
        <translation>En pause pendant la veille de l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>En pause.</translation>
    </message>
    <message>
        <source>{label} contains characters that are not text (such as control characters, line breaks where one line is expected, or text direction overrides).</source>
        <translation>{label} contient des caractères qui ne sont pas du texte (comme des caractères de contrôle, des sauts de ligne là où une seule ligne est attendue, ou des caractères qui inversent le sens du texte).</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{minutes} min {secs} s</source>
        <translation>{minutes} min {secs} s</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{duration_text} active</source>
        <translation>{duration_text} d&apos;activité</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new session(s)</source>
        <translation>
            <numerusform>%n nouvelle séance</numerusform>
            <numerusform>%n nouvelles séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n exercice</numerusform>
            <numerusform>%n exercices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routine(s)</source>
        <translation>
            <numerusform>%n programme</numerusform>
            <numerusform>%n programmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s)</source>
        <translation>
            <numerusform>%n réglage</numerusform>
            <numerusform>%n réglages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s)</source>
        <translation>
            <numerusform>%n sauvegarde</numerusform>
            <numerusform>%n sauvegardes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n répétition</numerusform>
            <numerusform>%n répétitions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s)</source>
        <translation>
            <numerusform>%n maintien</numerusform>
            <numerusform>%n maintiens</numerusform>
        </translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun.</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar.</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mer.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jeu.</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>ven.</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sam.</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dim.</translation>
    </message>
    <message>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>janv.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>févr.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>avr.</translation>
    </message>
    <message>
        <source>May </source>
        <translation>mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>juil.</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>août</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sept.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>déc.</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <comment>a date</comment>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <comment>a date without the year</comment>
        <translation>{day} {month}</translation>
    </message>
    <message>
        <source>{weekday} {date}</source>
        <comment>a date with its weekday</comment>
        <translation>{weekday} {date}</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <comment>a month of a year</comment>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <comment>a date and a time of day</comment>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rest or flare-up day(s)</source>
        <translation>
            <numerusform>%n jour de repos ou de crise</numerusform>
            <numerusform>%n jours de repos ou de crise</numerusform>
        </translation>
    </message>
    <message>
        <source>Move into position</source>
        <translation>Se mettre en position</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Changer de côté</translation>
    </message>
    <message>
        <source>Left {part}</source>
        <translation>{part}, côté gauche</translation>
    </message>
    <message>
        <source>Right {part}</source>
        <translation>{part}, côté droit</translation>
    </message>
    <message>
        <source>{reps} × {hold_seconds} s hold</source>
        <translation>{reps} × {hold_seconds} s de maintien</translation>
    </message>
    <message>
        <source>{sets} sets of {text}</source>
        <translation>{sets} séries de {text}</translation>
    </message>
    <message>
        <source>{text}, each side</source>
        <translation>{text}, de chaque côté</translation>
    </message>
    <message>
        <source>No streak yet: a session today starts one.</source>
        <translation>Pas encore de série : une séance aujourd&apos;hui en commence une.</translation>
    </message>
    <message>
        <source>{days}: {weekday_name} to {weekday_name2}</source>
        <translation>{days} : de {weekday_name} à {weekday_name2}</translation>
    </message>
    <message>
        <source>{days}: {first_text} to {relative_day_text}</source>
        <translation>{days} : de {first_text} à {relative_day_text}</translation>
    </message>
    <message>
        <source>; {rest_day_name} was a rest day</source>
        <translation> ; {rest_day_name} était un jour de repos</translation>
    </message>
    <message>
        <source>{rest_day_name} and {rest_day_name2}</source>
        <translation>{rest_day_name} et {rest_day_name2}</translation>
    </message>
    <message>
        <source>; {names} were rest days</source>
        <translation> ; {names} étaient des jours de repos</translation>
    </message>
    <message>
        <source>; {len} rest days paused it</source>
        <translation> ; {len} jours de repos l&apos;ont mise en pause</translation>
    </message>
    <message>
        <source>{streak_days} days in a row.</source>
        <translation>{streak_days} jours d&apos;affilée.</translation>
    </message>
    <message>
        <source>A new streak starts today.</source>
        <translation>Une nouvelle série commence aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>This week: {plural} with a session.</source>
        <translation>Cette semaine : {plural} avec une séance.</translation>
    </message>
    <message>
        <source>This week: {week_days} of {goal_days} days. Your weekly goal is met.</source>
        <translation>Cette semaine : {week_days} jours sur {goal_days}. Votre objectif de la semaine est atteint.</translation>
    </message>
    <message numerus="yes">
        <source>This week: {week_days} of {goal_days} days; %n more reach(es) your goal.</source>
        <translation>
            <numerusform>Cette semaine : {week_days} jours sur {goal_days} ; encore %n pour atteindre votre objectif.</numerusform>
            <numerusform>Cette semaine : {week_days} jours sur {goal_days} ; encore %n pour atteindre votre objectif.</numerusform>
        </translation>
    </message>
    <message>
        <source>{date_text} has a session, so it already counts for your streak. Rest days are for days without one.</source>
        <translation>{date_text} a une séance, ce jour compte donc déjà pour votre série. Les jours de repos sont pour les jours sans séance.</translation>
    </message>
    <message>
        <source>{plural} this week</source>
        <translation>{plural} cette semaine</translation>
    </message>
    <message>
        <source>{days} of {plural} this week</source>
        <translation>{days} sur {plural} cette semaine</translation>
    </message>
    <message>
        <source>{done}: goal met</source>
        <translation>{done} : objectif atteint</translation>
    </message>
    <message>
        <source>{done}, {value} to go</source>
        <translation>{done}, encore {value}</translation>
    </message>
    <message>
        <source>Streak: {plural}.</source>
        <translation>Série : {plural}.</translation>
    </message>
    <message>
        <source>, {goal_weeks} weeks in a row</source>
        <translation>, {goal_weeks} semaines d&apos;affilée</translation>
    </message>
    <message>
        <source>{streak} Weekly goal: {week}.</source>
        <translation>{streak} Objectif de la semaine : {week}.</translation>
    </message>
    <message>
        <source>Rate your pain before and after your sessions: once 14 are rated, how it changes shows here.</source>
        <translation>Notez votre douleur avant et après vos séances : dès que 14 sont notées, son évolution s&apos;affiche ici.</translation>
    </message>
    <message>
        <source>Pain before sessions: about the same since {since} ({first} then, {last} now).</source>
        <translation>Douleur avant les séances : à peu près la même depuis {since} ({first} alors, {last} maintenant).</translation>
    </message>
    <message>
        <source>Pain before sessions: down from {first} to {last} since {since}.</source>
        <translation>Douleur avant les séances : en baisse de {first} à {last} depuis {since}.</translation>
    </message>
    <message>
        <source>Pain before sessions: up from {first} to {last} since {since}.</source>
        <translation>Douleur avant les séances : en hausse de {first} à {last} depuis {since}.</translation>
    </message>
    <message>
        <source>{line} A session lowers it by {relief} on average.</source>
        <translation>{line} Une séance la fait baisser de {relief} en moyenne.</translation>
    </message>
    <message>
        <source>{line} After a session it is {relief} higher on average.</source>
        <translation>{line} Après une séance, elle est plus haute de {relief} en moyenne.</translation>
    </message>
    <message>
        <source>{line} A session leaves it about the same.</source>
        <translation>{line} Une séance la laisse à peu près pareille.</translation>
    </message>
    <message>
        <source>Reminders are off.</source>
        <translation>Les rappels sont désactivés.</translation>
    </message>
    <message>
        <source>at {times}</source>
        <translation>à {times}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <source>every %n minute(s) from {start} to {end}</source>
        <translation>
            <numerusform>chaque minute de {start} à {end}</numerusform>
            <numerusform>toutes les %n minutes de {start} à {end}</numerusform>
        </translation>
    </message>
    <message>
        <source>on weekdays</source>
        <translation>en semaine</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>tous les jours</translation>
    </message>
    <message>
        <source>on no day</source>
        <translation>aucun jour</translation>
    </message>
    <message>
        <source>on {days}</source>
        <translation>le {days}</translation>
    </message>
    <message>
        <source>Reminders {when}, {on}.</source>
        <translation>Rappels {when}, {on}.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {value}.</source>
        <translation>{name} ne peut pas être lu : {value}.</translation>
    </message>
    <message>
        <source>Could not write {path}: {value}.</source>
        <translation>Impossible d&apos;écrire {path} : {value}.</translation>
    </message>
    <message>
        <source>The sessions and the exercises need two different files.</source>
        <translation>Les séances et les exercices ont besoin de deux fichiers différents.</translation>
    </message>
    <message>
        <source>{path} is a folder; name a file to export to.</source>
        <translation>{path} est un dossier ; indiquez un fichier où exporter.</translation>
    </message>
    <message>
        <source>Exported {plural} to {sessions_path} and their exercises to {exercises_path}.</source>
        <translation>{plural} exportées vers {sessions_path} et leurs exercices vers {exercises_path}.</translation>
    </message>
    <message>
        <source>Exported {plural}, the settings, {plural2} and {plural3} to {path}.</source>
        <translation>{plural}, les réglages, {plural2} et {plural3} exportés vers {path}.</translation>
    </message>
    <message numerus="yes">
        <source>Imported {sessions} (%n already here).</source>
        <translation>
            <numerusform>{sessions} importées (%n était déjà là).</numerusform>
            <numerusform>{sessions} importées (%n étaient déjà là).</numerusform>
        </translation>
    </message>
    <message>
        <source>{unreadable} in the file could not be read.</source>
        <translation>{unreadable} du fichier n&apos;ont pas pu être lues.</translation>
    </message>
    <message>
        <source>Settings added: {join}.</source>
        <translation>Réglages ajoutés : {join}.</translation>
    </message>
    <message>
        <source>Routines added: {routines_added}; exercises added: {exercises_added}.</source>
        <translation>Programmes ajoutés : {routines_added} ; exercices ajoutés : {exercises_added}.</translation>
    </message>
    <message>
        <source>Export failed: {problem}</source>
        <translation>L&apos;exportation a échoué : {problem}</translation>
    </message>
    <message>
        <source>Nothing more was imported: {problem}</source>
        <translation>Rien de plus n&apos;a été importé : {problem}</translation>
    </message>
    <message>
        <source>Nothing was imported: {problem}</source>
        <translation>Rien n&apos;a été importé : {problem}</translation>
    </message>
    <message>
        <source>No rest between repetitions: go on at an easy pace.</source>
        <translation>Pas de repos entre les répétitions : continuez à un rythme tranquille.</translation>
    </message>
    <message>
        <source>Rest {plural} between repetitions.</source>
        <translation>Repos de {plural} entre les répétitions.</translation>
    </message>
    <message>
        <source>The period starts ({isoformat}) after it ends ({isoformat2}).</source>
        <translation>La période commence ({isoformat}) après sa fin ({isoformat2}).</translation>
    </message>
    <message>
        <source>The period starts in the future ({isoformat}).</source>
        <translation>La période commence dans le futur ({isoformat}).</translation>
    </message>
    <message>
        <source>There is no session between {isoformat} and {isoformat2}: choose a longer period.</source>
        <translation>Il n&apos;y a aucune séance entre le {isoformat} et le {isoformat2} : choisissez une période plus longue.</translation>
    </message>
    <message>
        <source>{date_text} to {date_text2} ({length})</source>
        <translation>{date_text} au {date_text2} ({length})</translation>
    </message>
    <message>
        <source>more than planned</source>
        <translation>plus que prévu</translation>
    </message>
    <message>
        <source>{plural} on {plural2} ({minutes} of exercise).</source>
        <translation>{plural} sur {plural2} ({minutes} d&apos;exercice).</translation>
    </message>
    <message>
        <source>Weekly goal: {plural} a week, so {planned} days planned; {active_days} done ({adherence_text}). Goal met in {weeks_met} of {plural2}.</source>
        <translation>Objectif de la semaine : {plural} par semaine, donc {planned} jours prévus ; {active_days} faits ({adherence_text}). Objectif atteint {weeks_met} sur {plural2}.</translation>
    </message>
    <message>
        <source>No weekly goal was set.</source>
        <translation>Aucun objectif par semaine n&apos;était fixé.</translation>
    </message>
    <message>
        <source>Completed: {completed} of {sessions} ({percent}); stopped early: {stopped_early}.</source>
        <translation>Terminées : {completed} sur {sessions} ({percent}) ; arrêtées avant la fin : {stopped_early}.</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>objectif atteint</translation>
    </message>
    <message>
        <source>rest days</source>
        <translation>jours de repos</translation>
    </message>
    <message>
        <source>short of the goal</source>
        <translation>sous l&apos;objectif</translation>
    </message>
    <message>
        <source>{days_done} of {planned}</source>
        <translation>{days_done} sur {planned}</translation>
    </message>
    <message>
        <source>{sessions} of {offered}</source>
        <translation>{sessions} sur {offered}</translation>
    </message>
    <message>
        <source>{holds_done} of {holds_planned} ({percent})</source>
        <translation>{holds_done} sur {holds_planned} ({percent})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>{len}× (not rated)</source>
        <translation>{len}× (non noté)</translation>
    </message>
    <message>
        <source>, {unrated} not rated</source>
        <translation>, {unrated} non noté</translation>
    </message>
    <message>
        <source>{len}× (rated {join}{extra})</source>
        <translation>{len}× (noté {join}{extra})</translation>
    </message>
    <message>
        <source>No pain ratings were given in this period.</source>
        <translation>Aucune douleur n&apos;a été notée pendant cette période.</translation>
    </message>
    <message>
        <source>Pain before sessions stayed about the same ({first}, then {last}).</source>
        <translation>La douleur avant les séances est restée à peu près la même ({first}, puis {last}).</translation>
    </message>
    <message>
        <source>came down</source>
        <translation>a baissé</translation>
    </message>
    <message>
        <source>went up</source>
        <translation>a augmenté</translation>
    </message>
    <message>
        <source>Pain before sessions {way} from {first} to {last}.</source>
        <translation>La douleur avant les séances {way} de {first} à {last}.</translation>
    </message>
    <message>
        <source>(Mean of the first and of the last {TREND_SESSIONS} rated sessions; 0 is no pain, 10 the worst.)</source>
        <translation>(Moyenne des premières et des dernières {TREND_SESSIONS} séances notées ; 0 est aucune douleur, 10 la pire.)</translation>
    </message>
    <message>
        <source>Too few ratings for a trend ({len} before sessions; it needs {value}).</source>
        <translation>Trop peu de notes pour une tendance ({len} avant les séances ; il en faut {value}).</translation>
    </message>
    <message>
        <source>A session lowered pain by {relief} on average.</source>
        <translation>Une séance a fait baisser la douleur de {relief} en moyenne.</translation>
    </message>
    <message>
        <source>Pain was {value} higher after a session on average.</source>
        <translation>La douleur était plus haute de {value} après une séance, en moyenne.</translation>
    </message>
    <message>
        <source>A session left pain about the same on average.</source>
        <translation>Une séance a laissé la douleur à peu près pareille, en moyenne.</translation>
    </message>
    <message>
        <source>Pain before: mean {mean}, range {min}–{max}.</source>
        <translation>Douleur avant : moyenne {mean}, de {min} à {max}.</translation>
    </message>
    <message>
        <source>No rest or flare-up days were marked.</source>
        <translation>Aucun jour de repos ou de crise n&apos;a été marqué.</translation>
    </message>
    <message>
        <source>, rest {rest_seconds} s</source>
        <translation>, repos {rest_seconds} s</translation>
    </message>
    <message>
        <source>hold {before} s → {after} s</source>
        <translation>maintien {before} s → {after} s</translation>
    </message>
    <message>
        <source>{before} → {after} repetitions</source>
        <translation>{before} → {after} répétitions</translation>
    </message>
    <message>
        <source>From {date_text}: {exercise}, {join}</source>
        <translation>À partir du {date_text} : {exercise}, {join}</translation>
    </message>
</context>
<context>
    <name>DataText</name>
    <message>
        <source>BackCoach export (*.json);;All files (*)</source>
        <translation>Export BackCoach (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Export all data…</source>
        <translation>&amp;Exporter toutes les données…</translation>
    </message>
    <message>
        <source>Save all settings, routines and sessions to one file</source>
        <translation>Enregistrer tous les réglages, programmes et séances dans un fichier</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation>&amp;Importer des données…</translation>
    </message>
    <message>
        <source>Merge a file exported on this or another computer</source>
        <translation>Fusionner un fichier exporté sur cet ordinateur ou un autre</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Put back an earlier version of a data file</source>
        <translation>Remettre une version antérieure d&apos;un fichier de données</translation>
    </message>
    <message>
        <source>Export all data</source>
        <translation>Exporter toutes les données</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Importer des données</translation>
    </message>
    <message>
        <source>Your latest settings</source>
        <translation>Vos derniers réglages</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>{what} could not be saved. {last_failure}</source>
        <translation>{what} n&apos;a pas pu être enregistré. {last_failure}</translation>
    </message>
    <message>
        <source>If you quit now, they are lost. Free some disk space or fix the folder&apos;s permissions, then quit again; or export everything to another place.</source>
        <translation>Si vous quittez maintenant, ce sera perdu. Libérez de l&apos;espace disque ou corrigez les droits du dossier, puis quittez de nouveau ; ou exportez tout vers un autre endroit.</translation>
    </message>
    <message>
        <source>Keep BackCoach open</source>
        <translation>Garder BackCoach ouvert</translation>
    </message>
    <message>
        <source>Export to a file…</source>
        <translation>Exporter dans un fichier…</translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation>Quitter sans enregistrer</translation>
    </message>
    <message>
        <source>Export history as &amp;CSV…</source>
        <translation>Exporter l&apos;historique en &amp;CSV…</translation>
    </message>
    <message>
        <source>Save your sessions, and the exercises of each, as two CSV files</source>
        <translation>Enregistrer vos séances, et les exercices de chacune, dans deux fichiers CSV</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Exporter l&apos;historique en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Hide this notice</source>
        <translation>Masquer cet avis</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Fermer l&apos;avis</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Your routines and exercises</source>
        <translation>Vos programmes et exercices</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>Sessions of {when} ({whose})</source>
        <translation>Séances de {when} ({whose})</translation>
    </message>
    <message>
        <source>This backup cannot be read.</source>
        <translation>Cette sauvegarde ne peut pas être lue.</translation>
    </message>
    <message>
        <source>{plural} set</source>
        <translation>{plural} définis</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>BackCoach backs up each file before it changes (at most once an hour) and keeps daily, weekly and monthly backups. Choose a backup to put back. What the file holds now is backed up first, so a restore can be undone the same way.</source>
        <translation>BackCoach sauvegarde chaque fichier avant qu&apos;il ne change (au plus une fois par heure) et garde des sauvegardes quotidiennes, hebdomadaires et mensuelles. Choisissez une sauvegarde à remettre. Le contenu actuel du fichier est d&apos;abord sauvegardé, une restauration peut donc être annulée de la même façon.</translation>
    </message>
    <message>
        <source>Your data and its backups, newest first</source>
        <translation>Vos données et leurs sauvegardes, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Backups by file, newest first</source>
        <translation>Sauvegardes par fichier, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Backup details</source>
        <translation>Détails de la sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Put the selected backup back in place of its file</source>
        <translation>Remettre la sauvegarde choisie à la place de son fichier</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Restaurer la sauvegarde choisie</translation>
    </message>
    <message>
        <source>Close without restoring</source>
        <translation>Fermer sans restaurer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>There are no backups yet: they are made when a file changes.</source>
        <translation>Il n&apos;y a pas encore de sauvegardes : elles sont faites quand un fichier change.</translation>
    </message>
    <message>
        <source>{name} as it was then; the copy is {path}</source>
        <translation>{name} tel qu&apos;il était alors ; la copie est {path}</translation>
    </message>
    <message>
        <source>{describe_file} as of {moment_text}: {describe_backup}.</source>
        <translation>{describe_file} du {moment_text} : {describe_backup}.</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>4 weeks</source>
        <translation>4 semaines</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 mois</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>12 mois</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Active minutes per day</source>
        <translation>Minutes actives par jour</translation>
    </message>
    <message>
        <source>Bars per day</source>
        <translation>Barres par jour</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semaines</translation>
    </message>
    <message>
        <source>Active minutes per week</source>
        <translation>Minutes actives par semaine</translation>
    </message>
    <message>
        <source>Bars per week</source>
        <translation>Barres par semaine</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Active minutes per month</source>
        <translation>Minutes actives par mois</translation>
    </message>
    <message>
        <source>Bars per month</source>
        <translation>Barres par mois</translation>
    </message>
    <message>
        <source>Pain trend</source>
        <translation>Évolution de la douleur</translation>
    </message>
    <message>
        <source>Each end is the average pain before {AVERAGE_OF} sessions: the first ones you rated, and the last ones.</source>
        <translation>Chaque extrémité est la douleur moyenne avant {AVERAGE_OF} séances : les premières que vous avez notées, et les dernières.</translation>
    </message>
    <message>
        <source>Dates shown</source>
        <translation>Dates affichées</translation>
    </message>
    <message>
        <source>Charts of active minutes and pain</source>
        <translation>Graphiques des minutes actives et de la douleur</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>Douleur (0–10)</translation>
    </message>
    <message>
        <source>Legend of the charts</source>
        <translation>Légende des graphiques</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>Everything you logged</source>
        <translation>Tout ce que vous avez noté</translation>
    </message>
    <message>
        <source>The last {text}</source>
        <translation>Les derniers {text}</translation>
    </message>
    <message>
        <source>Range: {text}</source>
        <translation>Période : {text}</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:{colour}&quot;&gt;{symbol}&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:{colour}&quot;&gt;{symbol}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:{text}&quot;&gt;{swatch} Active minutes &amp;nbsp; {swatch2} Rest or flare-up day &amp;nbsp; {swatch3} Pain before &amp;nbsp; {swatch4} Pain after (lines: the average of {AVERAGE_OF} sessions; rings: each session)&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:{text}&quot;&gt;{swatch} Minutes actives &amp;nbsp; {swatch2} Jour de repos ou de crise &amp;nbsp; {swatch3} Douleur avant &amp;nbsp; {swatch4} Douleur après (lignes : la moyenne de {AVERAGE_OF} séances ; anneaux : chaque séance)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Showing {date_text} to {date_text2}, as dragged or zoomed. A range button shows a usual span again.</source>
        <translation>Du {date_text} au {date_text2}, tel que déplacé ou zoomé. Un bouton de période affiche de nouveau une durée habituelle.</translation>
    </message>
    <message>
        <source>Calendar of the last 12 months</source>
        <translation>Calendrier des 12 derniers mois</translation>
    </message>
    <message>
        <source>: no session</source>
        <translation> : aucune séance</translation>
    </message>
    <message>
        <source>; rest day</source>
        <translation> ; jour de repos</translation>
    </message>
    <message>
        <source> (today)</source>
        <translation> (aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>Mar 2025</source>
        <translation>mars 2025</translation>
    </message>
    <message>
        <source>Each square is a day, darker with more active minutes; a stroke marks a rest day. Arrow keys move, Space marks a rest day.</source>
        <translation>Chaque carré est un jour, plus foncé avec plus de minutes actives ; un trait marque un jour de repos. Les flèches déplacent, Espace marque un jour de repos.</translation>
    </message>
    <message>
        <source>Calendar legend</source>
        <translation>Légende du calendrier</translation>
    </message>
    <message>
        <source>Lighter squares: fewer active minutes; darker: more. A stroke: rest day.</source>
        <translation>Carrés plus clairs : moins de minutes actives ; plus foncés : plus. Un trait : jour de repos.</translation>
    </message>
    <message>
        <source>Less More Rest day</source>
        <translation>Moins Plus Jour de repos</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Moins</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Rest day</source>
        <translation>Jour de repos</translation>
    </message>
    <message>
        <source>Mark as rest day</source>
        <translation>Marquer comme jour de repos</translation>
    </message>
    <message>
        <source>Mark or unmark the chosen day as a rest or flare-up day (Space in the calendar)</source>
        <translation>Marquer ou démarquer le jour choisi comme jour de repos ou de crise (Espace dans le calendrier)</translation>
    </message>
    <message>
        <source>Chosen day</source>
        <translation>Jour choisi</translation>
    </message>
    <message>
        <source>Sessions of the chosen day</source>
        <translation>Séances du jour choisi</translation>
    </message>
    <message>
        <source>Click a day or move with the arrow keys. Rest and flare-up days pause your streak instead of breaking it.</source>
        <translation>Cliquez sur un jour ou déplacez-vous avec les flèches. Les jours de repos et de crise mettent votre série en pause au lieu de l&apos;interrompre.</translation>
    </message>
    <message>
        <source>Rest day (unmark)</source>
        <translation>Jour de repos (démarquer)</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>{name}: 0 (none) to 10 (worst); empty for not rated</source>
        <translation>{name} : 0 (aucune) à 10 (la pire) ; vide pour non noté</translation>
    </message>
    <message>
        <source>{name}: “{strip}” cannot be saved. {problem} Leave it empty for not rated.</source>
        <translation>{name} : « {strip} » ne peut pas être enregistré. {problem} Laissez vide pour non noté.</translation>
    </message>
    <message>
        <source>, pain {before} → {after}</source>
        <translation>, douleur {before} → {after}</translation>
    </message>
    <message>
        <source> (partial)</source>
        <translation> (partielle)</translation>
    </message>
    <message>
        <source>{title}: {active_text} in {count}</source>
        <translation>{title} : {active_text} en {count}</translation>
    </message>
    <message>
        <source>{title}: no session</source>
        <translation>{title} : aucune séance</translation>
    </message>
    <message>
        <source>Rest or flare-up day</source>
        <translation>Jour de repos ou de crise</translation>
    </message>
    <message>
        <source>Week of {date_text}</source>
        <translation>Semaine du {date_text}</translation>
    </message>
    <message>
        <source>{plural} on {plural2}</source>
        <translation>{plural} sur {plural2}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pain {which}: {getattr}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Douleur {which} : {getattr}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>30 Sep 2026</source>
        <translation>30 sept. 2026</translation>
    </message>
    <message>
        <source>History message</source>
        <translation>Message de l&apos;historique</translation>
    </message>
    <message>
        <source>History pages</source>
        <translation>Pages de l&apos;historique</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Progrès</translation>
    </message>
    <message>
        <source>Active minutes and pain over time</source>
        <translation>Minutes actives et douleur au fil du temps</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Calendrier</translation>
    </message>
    <message>
        <source>The last 12 months, day by day; mark rest days here</source>
        <translation>Les 12 derniers mois, jour par jour ; marquez ici les jours de repos</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Séances</translation>
    </message>
    <message>
        <source>Every session: edit notes and ratings, delete, add</source>
        <translation>Chaque séance : modifier notes et évaluations, supprimer, ajouter</translation>
    </message>
    <message>
        <source>Your history starts with your first session</source>
        <translation>Votre historique commence avec votre première séance</translation>
    </message>
    <message>
        <source>Each session you finish shows up here: minutes per day, how your back felt before and after, and your streaks. A streak is kind to a bad back: days you mark as rest days pause it instead of breaking it.</source>
        <translation>Chaque séance terminée s&apos;affiche ici : minutes par jour, état de votre dos avant et après, et vos séries. Une série est indulgente avec un dos douloureux : les jours que vous marquez comme jours de repos la mettent en pause au lieu de l&apos;interrompre.</translation>
    </message>
    <message>
        <source>Start a routine</source>
        <translation>Lancer un programme</translation>
    </message>
    <message>
        <source>Go to the player and start your first session</source>
        <translation>Aller au lecteur et lancer votre première séance</translation>
    </message>
    <message>
        <source>Add a session done without the app…</source>
        <translation>Ajouter une séance faite sans l&apos;application…</translation>
    </message>
    <message>
        <source>Log a session you did at the physio&apos;s or from memory</source>
        <translation>Noter une séance faite chez le kinésithérapeute ou de mémoire</translation>
    </message>
    <message>
        <source>Add a session done without the app</source>
        <translation>Ajouter une séance faite sans l&apos;application</translation>
    </message>
    <message>
        <source>Reading your history…</source>
        <translation>Lecture de votre historique…</translation>
    </message>
    <message>
        <source>{name}, 0 (none) to 10 (worst); below 0 leaves it unrated</source>
        <translation>{name}, 0 (aucune) à 10 (la pire) ; en dessous de 0, non noté</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy  HH:mm</source>
        <translation>ddd d MMM yyyy  HH:mm</translation>
    </message>
    <message>
        <source>When it started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>The day and time the session started</source>
        <translation>Le jour et l&apos;heure du début de la séance</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand :</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>The routine you followed</source>
        <translation>Le programme que vous avez suivi</translation>
    </message>
    <message>
        <source>&amp;Routine:</source>
        <translation>&amp;Programme :</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes exercising</source>
        <translation>Minutes d&apos;exercice</translation>
    </message>
    <message>
        <source>How long you exercised, not counting breaks</source>
        <translation>Combien de temps vous avez fait de l&apos;exercice, sans les pauses</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minutes :</translation>
    </message>
    <message>
        <source>I did the whole routine</source>
        <translation>J&apos;ai fait tout le programme</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Untick when you stopped part way</source>
        <translation>Décochez si vous vous êtes arrêté en cours de route</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>Douleur avant</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Douleur après</translation>
    </message>
    <message>
        <source>Pain &amp;before:</source>
        <translation>Douleur a&amp;vant :</translation>
    </message>
    <message>
        <source>Pain &amp;after:</source>
        <translation>Douleur a&amp;près :</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Anything worth remembering about this session</source>
        <translation>Ce qui mérite d&apos;être retenu de cette séance</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Ajouter la séance</translation>
    </message>
    <message>
        <source>Log this session in your history</source>
        <translation>Noter cette séance dans votre historique</translation>
    </message>
    <message>
        <source>Close without adding anything</source>
        <translation>Fermer sans rien ajouter</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Pain
before</source>
        <translation>Douleur
avant</translation>
    </message>
    <message>
        <source>Pain
after</source>
        <translation>Douleur
après</translation>
    </message>
    <message>
        <source>{duration_text} in all, {active_text}</source>
        <translation>{duration_text} au total, {active_text}</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Saisie à la main</translation>
    </message>
    <message>
        <source>Double-click (or F2) to add a note</source>
        <translation>Double-clic (ou F2) pour ajouter une note</translation>
    </message>
    <message>
        <source>Pain from 0 (none) to 10 (worst); F2 to change</source>
        <translation>Douleur de 0 (aucune) à 10 (la pire) ; F2 pour la changer</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partielle</translation>
    </message>
    <message>
        <source> (by hand)</source>
        <translation> (à la main)</translation>
    </message>
    <message>
        <source>edit the session of {day}</source>
        <translation>modifier la séance du {day}</translation>
    </message>
    <message>
        <source>delete the session of {day}</source>
        <translation>supprimer la séance du {day}</translation>
    </message>
    <message>
        <source>add the session of {day}</source>
        <translation>ajouter la séance du {day}</translation>
    </message>
    <message>
        <source>&amp;Add a session…</source>
        <translation>&amp;Ajouter une séance…</translation>
    </message>
    <message>
        <source>Log a session you did without the app</source>
        <translation>Noter une séance faite sans l&apos;application</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected session (Delete key); Undo brings it back</source>
        <translation>Supprimer la séance choisie (touche Suppr) ; Annuler la fait revenir</translation>
    </message>
    <message>
        <source>Take back the last change (Ctrl+Z)</source>
        <translation>Reprendre le dernier changement (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Do the change again (Ctrl+Shift+Z)</source>
        <translation>Refaire le changement (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernier changement</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Your sessions, newest first. F2 edits a rating or the note.</source>
        <translation>Vos séances, les plus récentes d&apos;abord. F2 modifie une évaluation ou la note.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Supprimer la séance</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Completed (by hand)</source>
        <translation>Terminée (à la main)</translation>
    </message>
    <message>
        <source>Partial (by hand)</source>
        <translation>Partielle (à la main)</translation>
    </message>
    <message>
        <source>59 min 59 s</source>
        <translation>59 min 59 s</translation>
    </message>
    <message>
        <source>23 h 59 min</source>
        <translation>23 h 59 min</translation>
    </message>
    <message>
        <source>Full floor routine</source>
        <translation>Programme complet au sol</translation>
    </message>
    <message>
        <source>Undone: {text}. Redo brings it back.</source>
        <translation>Annulé : {text}. Rétablir le fait revenir.</translation>
    </message>
    <message>
        <source>Done: {text}. Undo takes it back.</source>
        <translation>Fait : {text}. Annuler le reprend.</translation>
    </message>
    <message>
        <source>Undo: {undoText} (Ctrl+Z)</source>
        <translation>Annuler : {undoText} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Rien à annuler</translation>
    </message>
    <message>
        <source>Redo: {redoText} (Ctrl+Shift+Z)</source>
        <translation>Rétablir : {redoText} (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Rien à rétablir</translation>
    </message>
    <message>
        <source>Current streak</source>
        <translation>Série actuelle</translation>
    </message>
    <message>
        <source>Best streak</source>
        <translation>Meilleure série</translation>
    </message>
    <message>
        <source>Weekly goal</source>
        <translation>Objectif de la semaine</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Current streak explained</source>
        <translation>Explication de la série actuelle</translation>
    </message>
    <message>
        <source>Rest day today</source>
        <translation>Repos aujourd&apos;hui</translation>
    </message>
    <message>
        <source>A bad day or a flare-up: mark today as a rest day. It pauses your streak instead of breaking it.</source>
        <translation>Un mauvais jour ou une crise : marquez aujourd&apos;hui comme jour de repos. Cela met votre série en pause au lieu de l&apos;interrompre.</translation>
    </message>
    <message>
        <source>Goal and day start…</source>
        <translation>Objectif et début de journée…</translation>
    </message>
    <message>
        <source>Goal and day start</source>
        <translation>Objectif et début de journée</translation>
    </message>
    <message>
        <source>Set a weekly goal and the hour your day starts</source>
        <translation>Fixer un objectif par semaine et l&apos;heure où commence votre journée</translation>
    </message>
    <message>
        <source>{short} to {short2}</source>
        <translation>{short} à {short2}</translation>
    </message>
    <message>
        <source>0 days</source>
        <translation>0 jour</translation>
    </message>
    <message>
        <source>Your longest run of days shows here.</source>
        <translation>Votre plus longue suite de jours s&apos;affiche ici.</translation>
    </message>
    <message>
        <source>This week: goal met.</source>
        <translation>Cette semaine : objectif atteint.</translation>
    </message>
    <message>
        <source>This week, {left} to go.</source>
        <translation>Cette semaine, encore {left}.</translation>
    </message>
    <message>
        <source> Met {plural} in a row.</source>
        <translation> Atteint {plural} d&apos;affilée.</translation>
    </message>
    <message>
        <source>{days} of {plural}</source>
        <translation>{days} sur {plural}</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Pas d&apos;objectif</translation>
    </message>
    <message>
        <source>Set a goal of some days a week with “Goal and day start”.</source>
        <translation>Fixez un objectif de quelques jours par semaine avec « Objectif et début de journée ».</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Aucune pour l&apos;instant</translation>
    </message>
    <message>
        <source>No session since Monday</source>
        <translation>Aucune séance depuis lundi</translation>
    </message>
    <message>
        <source>{toolTip}
In all: {plural} on {plural2}, {duration_text}.</source>
        <translation>{toolTip}
Au total : {plural} sur {plural2}, {duration_text}.</translation>
    </message>
    <message>
        <source>Weekly goal and day start</source>
        <translation>Objectif de la semaine et début de journée</translation>
    </message>
    <message>
        <source>A weekly goal counts the weeks in a row with that many days of exercise. Rest days you mark make up for missing days. A later day start counts a session after midnight for the day before.</source>
        <translation>Un objectif par semaine compte les semaines d&apos;affilée avec autant de jours d&apos;exercice. Les jours de repos que vous marquez compensent les jours manquants. Un début de journée plus tardif compte une séance après minuit pour la veille.</translation>
    </message>
    <message>
        <source>no goal</source>
        <translation>pas d&apos;objectif</translation>
    </message>
    <message>
        <source> days a week</source>
        <translation> jours par semaine</translation>
    </message>
    <message>
        <source>Days a week you aim to exercise (0: no goal)</source>
        <translation>Jours par semaine où vous voulez faire de l&apos;exercice (0 : pas d&apos;objectif)</translation>
    </message>
    <message>
        <source>Weekly &amp;goal:</source>
        <translation>&amp;Objectif par semaine :</translation>
    </message>
    <message>
        <source>Day starts at</source>
        <translation>La journée commence à</translation>
    </message>
    <message>
        <source>The hour a new day starts, from {earliest}:00 (midnight) to {latest}:00</source>
        <translation>L&apos;heure où commence une nouvelle journée, de {earliest}:00 (minuit) à {latest}:00</translation>
    </message>
    <message>
        <source>Day &amp;starts at:</source>
        <translation>La journée &amp;commence à :</translation>
    </message>
    <message>
        <source>Save these settings</source>
        <translation>Enregistrer ces réglages</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>Fermer sans rien changer</translation>
    </message>
</context>
<context>
    <name>PaperText</name>
    <message>
        <source>Print handout</source>
        <translation>Imprimer la fiche</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>The routine to put on paper, with its holds and repetitions</source>
        <translation>Le programme à mettre sur papier, avec ses temps de maintien et ses répétitions</translation>
    </message>
    <message>
        <source>&amp;Routine:</source>
        <translation>&amp;Programme :</translation>
    </message>
    <message>
        <source>Each exercise with its pictures, numbers and safety note, and a table to tick for two weeks. It prints well in black and white.</source>
        <translation>Chaque exercice avec ses images, ses nombres et sa consigne de sécurité, et un tableau à cocher pendant deux semaines. Il s&apos;imprime bien en noir et blanc.</translation>
    </message>
    <message>
        <source>BackCoach · {routine_name}</source>
        <translation>BackCoach · {routine_name}</translation>
    </message>
    <message>
        <source>Your home exercises, printed on {date_text}. Do them slowly; breathe normally while you hold.</source>
        <translation>Vos exercices à la maison, imprimés le {date_text}. Faites-les lentement ; respirez normalement pendant le maintien.</translation>
    </message>
    <message>
        <source>Safety first</source>
        <translation>La sécurité d&apos;abord</translation>
    </message>
    <message>
        <source>Do: {dose}. {rest}</source>
        <translation>À faire : {dose}. {rest}</translation>
    </message>
    <message>
        <source>Take care: {safety}</source>
        <translation>Attention : {safety}</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Pain before (0–10)</source>
        <translation>Douleur avant (0–10)</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Douleur après</translation>
    </message>
    <message>
        <source>Two weeks on paper</source>
        <translation>Deux semaines sur papier</translation>
    </message>
    <message>
        <source>Tick each exercise when you have done it, and write down your pain before and after (0 is none, 10 the worst). Bring this sheet to your next appointment.</source>
        <translation>Cochez chaque exercice quand vous l&apos;avez fait, et notez votre douleur avant et après (0 est aucune, 10 la pire). Apportez cette feuille à votre prochain rendez-vous.</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>Page {page}</translation>
    </message>
    <message>
        <source>Pain before a session (line: weekly mean)</source>
        <translation>Douleur avant une séance (ligne : moyenne de la semaine)</translation>
    </message>
    <message>
        <source>after (dashed)</source>
        <translation>après (pointillés)</translation>
    </message>
    <message>
        <source>rest or flare-up day</source>
        <translation>jour de repos ou de crise</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>A4 or US Letter; chosen from your language and country</source>
        <translation>A4 ou US Letter ; choisi d&apos;après votre langue et votre pays</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Write the document as a PDF file</source>
        <translation>Écrire le document dans un fichier PDF</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>See the pages, then print them on paper</source>
        <translation>Voir les pages, puis les imprimer sur papier</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Fermer cette fenêtre</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>&amp;Format du papier :</translation>
    </message>
    <message>
        <source>Save {title}</source>
        <translation>Enregistrer {title}</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>{name} would go into BackCoach&apos;s data folder: choose another folder.</source>
        <translation>{name} irait dans le dossier de données de BackCoach : choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>{path} could not be written: {value}.</source>
        <translation>Impossible d&apos;écrire {path} : {value}.</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>{path} enregistré.</translation>
    </message>
    <message>
        <source>Print preview: {made}</source>
        <translation>Aperçu avant impression : {made}</translation>
    </message>
    <message>
        <source>&amp;Print handout…</source>
        <translation>Imprimer la &amp;fiche…</translation>
    </message>
    <message>
        <source>Put a routine on paper: pictures, numbers, safety notes and a tick table</source>
        <translation>Mettre un programme sur papier : images, nombres, consignes de sécurité et un tableau à cocher</translation>
    </message>
    <message>
        <source>&amp;Report for my physiotherapist…</source>
        <translation>Rapport pour mon &amp;kinésithérapeute…</translation>
    </message>
    <message>
        <source>A PDF of what you did and how your pain went, for your next appointment</source>
        <translation>Un PDF de ce que vous avez fait et de l&apos;évolution de votre douleur, pour votre prochain rendez-vous</translation>
    </message>
    <message>
        <source>Qt could not start drawing on the page</source>
        <translation>Qt n&apos;a pas pu commencer à dessiner sur la page</translation>
    </message>
    <message>
        <source>BackCoach progress report</source>
        <translation>Rapport de progrès BackCoach</translation>
    </message>
    <message>
        <source>The last 4 weeks</source>
        <translation>Les 4 dernières semaines</translation>
    </message>
    <message>
        <source>The last 3 months</source>
        <translation>Les 3 derniers mois</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Dates I choose</source>
        <translation>Dates que je choisis</translation>
    </message>
    <message>
        <source>Report for my physiotherapist</source>
        <translation>Rapport pour mon kinésithérapeute</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>The weeks the report covers</source>
        <translation>Les semaines couvertes par le rapport</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>The first day of the report</source>
        <translation>Le premier jour du rapport</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>The last day of the report</source>
        <translation>Le dernier jour du rapport</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>A&amp;u :</translation>
    </message>
    <message>
        <source>Sessions per week against your goal, each exercise, pain before and after, rest days, notes and the routine as prescribed: one or two pages.</source>
        <translation>Les séances par semaine face à votre objectif, chaque exercice, la douleur avant et après, les jours de repos, les notes et le programme prescrit : une ou deux pages.</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Rapport de progrès</translation>
    </message>
    <message>
        <source>BackCoach progress report · {period}</source>
        <translation>Rapport de progrès BackCoach · {period}</translation>
    </message>
    <message>
        <source>{period}. Home exercises logged with BackCoach; made on {date_text}.</source>
        <translation>{period}. Exercices à la maison notés avec BackCoach ; établi le {date_text}.</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Régularité</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semaine du</translation>
    </message>
    <message>
        <source>Days done of planned</source>
        <translation>Jours faits sur prévus</translation>
    </message>
    <message>
        <source>Days done</source>
        <translation>Jours faits</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Rest days</source>
        <translation>Jours de repos</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Pain before and after sessions</source>
        <translation>Douleur avant et après les séances</translation>
    </message>
    <message>
        <source>Each exercise</source>
        <translation>Chaque exercice</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Sessions done</source>
        <translation>Séances faites</translation>
    </message>
    <message>
        <source>Holds done of planned</source>
        <translation>Maintiens faits sur prévus</translation>
    </message>
    <message>
        <source>&quot;This hurts&quot; pressed</source>
        <translation>« Ça fait mal » appuyé</translation>
    </message>
    <message>
        <source>The routine as prescribed</source>
        <translation>Le programme tel que prescrit</translation>
    </message>
    <message>
        <source>This routine has since been deleted.</source>
        <translation>Ce programme a depuis été supprimé.</translation>
    </message>
    <message>
        <source>Changes during the period:</source>
        <translation>Changements pendant la période :</translation>
    </message>
    <message>
        <source>No hold or repetitions changed during the period.</source>
        <translation>Aucun temps de maintien ni nombre de répétitions n&apos;a changé pendant la période.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>No notes in this period.</source>
        <translation>Aucune note pendant cette période.</translation>
    </message>
</context>
<context>
    <name>PlayerText</name>
    <message>
        <source>Seconds left</source>
        <translation>Secondes restantes</translation>
    </message>
    <message>
        <source>Countdown caption</source>
        <translation>Légende du compte à rebours</translation>
    </message>
    <message>
        <source>No chime or ticks: no sound output was found, or the sound library is missing (on Linux, install libpulse0, check the sound, and start BackCoach again).</source>
        <translation>Pas de carillon ni de tic-tac : aucune sortie son n&apos;a été trouvée, ou la bibliothèque son manque (sous Linux, installez libpulse0, vérifiez le son et relancez BackCoach).</translation>
    </message>
    <message>
        <source>No voice: the speech service is missing or does not answer (on Linux, install speech-dispatcher and espeak-ng, check the sound, and start BackCoach again).</source>
        <translation>Pas de voix : le service vocal manque ou ne répond pas (sous Linux, installez speech-dispatcher et espeak-ng, vérifiez le son et relancez BackCoach).</translation>
    </message>
    <message>
        <source>No chime, ticks or voice: no working sound output or speech service was found (on Linux, install libpulse0, speech-dispatcher and espeak-ng, check the sound, and start BackCoach again).</source>
        <translation>Pas de carillon, de tic-tac ni de voix : aucune sortie son ni aucun service vocal en état de marche n&apos;a été trouvé (sous Linux, installez libpulse0, speech-dispatcher et espeak-ng, vérifiez le son et relancez BackCoach).</translation>
    </message>
    <message>
        <source>Sessions go on silently: the screen shows every step.</source>
        <translation>Les séances continuent en silence : l&apos;écran montre chaque étape.</translation>
    </message>
    <message>
        <source>{explain}

What the system said: {reasons}</source>
        <translation>{explain}

Ce qu&apos;a dit le système : {reasons}</translation>
    </message>
    <message>
        <source>&amp;Sounds (tick and chime)</source>
        <translation>&amp;Sons (tic-tac et carillon)</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>&amp;Voix</translation>
    </message>
    <message>
        <source>Vol&amp;ume</source>
        <translation>Vol&amp;ume</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>How loud the sounds and the voice are</source>
        <translation>Le volume des sons et de la voix</translation>
    </message>
    <message>
        <source>&amp;Try the cues</source>
        <translation>&amp;Essayer les signaux</translation>
    </message>
    <message>
        <source>Play the chime and say a phrase at this volume</source>
        <translation>Jouer le carillon et dire une phrase à ce volume</translation>
    </message>
    <message>
        <source>&amp;No sound or voice? What to install…</source>
        <translation>Pas de son ni de voix ? Quoi &amp;installer…</translation>
    </message>
    <message>
        <source>Why the sounds or the voice do not play, and the fix</source>
        <translation>Pourquoi les sons ou la voix ne jouent pas, et la solution</translation>
    </message>
    <message>
        <source>Sound and voice settings</source>
        <translation>Réglages du son et de la voix</translation>
    </message>
    <message>
        <source>Turn the sounds and the voice on or off, set the volume</source>
        <translation>Activer ou couper les sons et la voix, régler le volume</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Muet</translation>
    </message>
    <message>
        <source>Sound &amp;&amp; voice</source>
        <translation>Son &amp;&amp; voix</translation>
    </message>
    <message>
        <source>This is how the cues sound.</source>
        <translation>Voici comment sonnent les signaux.</translation>
    </message>
    <message>
        <source>Picture of the chosen exercise</source>
        <translation>Image de l&apos;exercice choisi</translation>
    </message>
    <message>
        <source>Chosen exercise</source>
        <translation>Exercice choisi</translation>
    </message>
    <message>
        <source>What the exercise is for</source>
        <translation>À quoi sert l&apos;exercice</translation>
    </message>
    <message>
        <source>How to do the exercise</source>
        <translation>Comment faire l&apos;exercice</translation>
    </message>
    <message>
        <source>Safety note of the exercise</source>
        <translation>Consigne de sécurité de l&apos;exercice</translation>
    </message>
    <message>
        <source>&lt;b&gt;Safety:&lt;/b&gt; {escape}</source>
        <translation>&lt;b&gt;Sécurité :&lt;/b&gt; {escape}</translation>
    </message>
    <message>
        <source>If the pain is strong, lasts, or spreads down a leg, see your physician or a physiotherapist before you exercise again.</source>
        <translation>Si la douleur est forte, dure ou descend dans une jambe, consultez votre médecin ou un kinésithérapeute avant de refaire de l&apos;exercice.</translation>
    </message>
    <message>
        <source>Stopped because it hurts</source>
        <translation>Arrêté parce que cela fait mal</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>How much does it hurt?</source>
        <translation>À quel point avez-vous mal ?</translation>
    </message>
    <message>
        <source>&amp;Return to the paused exercise</source>
        <translation>&amp;Revenir à l&apos;exercice en pause</translation>
    </message>
    <message>
        <source>Return to the paused exercise</source>
        <translation>Revenir à l&apos;exercice en pause</translation>
    </message>
    <message>
        <source>It was a false alarm: back to the exercise, paused; nothing is noted (Esc)</source>
        <translation>C&apos;était une fausse alerte : retour à l&apos;exercice, en pause ; rien n&apos;est noté (Échap)</translation>
    </message>
    <message>
        <source>&amp;Skip to the next exercise</source>
        <translation>&amp;Passer à l&apos;exercice suivant</translation>
    </message>
    <message>
        <source>Skip to the next exercise</source>
        <translation>Passer à l&apos;exercice suivant</translation>
    </message>
    <message>
        <source>Note the pain and go on with the next exercise</source>
        <translation>Noter la douleur et continuer avec l&apos;exercice suivant</translation>
    </message>
    <message>
        <source>&amp;End the session</source>
        <translation>&amp;Terminer la séance</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Terminer la séance</translation>
    </message>
    <message>
        <source>Note the pain, stop and log what you did</source>
        <translation>Noter la douleur, arrêter et enregistrer ce que vous avez fait</translation>
    </message>
    <message>
        <source>Stop: {name} hurts</source>
        <translation>Arrêtez : {name} fait mal</translation>
    </message>
    <message>
        <source>&lt;p&gt;Never force a stretch: forcing it can tear muscles and make the pain worse. The exercise is paused.&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Ne forcez jamais un étirement : forcer peut déchirer des muscles et aggraver la douleur. L&apos;exercice est en pause.&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Start {routine_name}</source>
        <translation>Lancer {routine_name}</translation>
    </message>
    <message>
        <source>Before the session</source>
        <translation>Avant la séance</translation>
    </message>
    <message>
        <source>How does your back feel right now?</source>
        <translation>Comment va votre dos en ce moment ?</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>Start the session, with the rating if you chose one</source>
        <translation>Lancer la séance, avec l&apos;évaluation si vous en avez choisi une</translation>
    </message>
    <message>
        <source>Start nothing, and go back</source>
        <translation>Ne rien lancer et revenir</translation>
    </message>
    <message>
        <source>Pain {value} of 10</source>
        <translation>Douleur {value} sur 10</translation>
    </message>
    <message>
        <source>No pain</source>
        <translation>Aucune douleur</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Légère</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modérée</translation>
    </message>
    <message>
        <source>Worst imaginable</source>
        <translation>La pire imaginable</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Clear the pain rating</source>
        <translation>Effacer l&apos;évaluation de la douleur</translation>
    </message>
    <message>
        <source>Leave the rating out; it is optional</source>
        <translation>Ne pas donner d&apos;évaluation ; elle est facultative</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>0: no pain</source>
        <translation>0 : aucune douleur</translation>
    </message>
    <message>
        <source>{value}: mild pain</source>
        <translation>{value} : douleur légère</translation>
    </message>
    <message>
        <source>{value}: moderate pain</source>
        <translation>{value} : douleur modérée</translation>
    </message>
    <message>
        <source>{value}: severe pain</source>
        <translation>{value} : douleur forte</translation>
    </message>
    <message>
        <source>10: the worst pain imaginable</source>
        <translation>10 : la pire douleur imaginable</translation>
    </message>
    <message>
        <source>This routine cannot start: {error}</source>
        <translation>Ce programme ne peut pas démarrer : {error}</translation>
    </message>
    <message>
        <source>No sound or voice</source>
        <translation>Pas de son ni de voix</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Quitter le plein écran</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>&amp;Go on</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>S&amp;tay</source>
        <translation>&amp;Rester</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Routine progress</source>
        <translation>Avancement du programme</translation>
    </message>
    <message>
        <source>Routine done</source>
        <translation>Programme fait</translation>
    </message>
    <message>
        <source>How much of the routine is done</source>
        <translation>La part du programme déjà faite</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Consigne</translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation>Consigne de sécurité</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Back to the start of this exercise, or the one before (Left)</source>
        <translation>Retour au début de cet exercice, ou au précédent (flèche gauche)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Espace)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Skip ▶</source>
        <translation>Passer ▶</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Skip to the next exercise (Right)</source>
        <translation>Passer à l&apos;exercice suivant (flèche droite)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the session and log what you did (Esc)</source>
        <translation>Arrêter la séance et enregistrer ce que vous avez fait (Échap)</translation>
    </message>
    <message>
        <source>This hurts</source>
        <translation>Ça fait mal</translation>
    </message>
    <message>
        <source>Stop this exercise because it hurts (H)</source>
        <translation>Arrêter cet exercice parce que cela fait mal (H)</translation>
    </message>
    <message>
        <source>A full-screen view without distractions (F)</source>
        <translation>Une vue plein écran sans distraction (F)</translation>
    </message>
    <message>
        <source>Sounds are not available ({error}).</source>
        <translation>Les sons ne sont pas disponibles ({error}).</translation>
    </message>
    <message>
        <source>Sounds are not available: no audio output was found.</source>
        <translation>Les sons ne sont pas disponibles : aucune sortie audio n&apos;a été trouvée.</translation>
    </message>
    <message>
        <source>Sounds are not available: the {name} sound could not be played.</source>
        <translation>Les sons ne sont pas disponibles : le son « {name} » n&apos;a pas pu être joué.</translation>
    </message>
    <message>
        <source>Spoken cues need speech-dispatcher, which is not installed on this computer.</source>
        <translation>Les consignes parlées ont besoin de speech-dispatcher, qui n&apos;est pas installé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The speech service refused: {decode}.</source>
        <translation>Le service vocal a refusé : {decode}.</translation>
    </message>
    <message>
        <source>The speech service (speech-dispatcher) does not answer.</source>
        <translation>Le service vocal (speech-dispatcher) ne répond pas.</translation>
    </message>
    <message>
        <source>&amp;Routine</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>The routine to follow</source>
        <translation>Le programme à suivre</translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation>Nom du programme</translation>
    </message>
    <message>
        <source>Routine description</source>
        <translation>Description du programme</translation>
    </message>
    <message>
        <source>Routine length</source>
        <translation>Durée du programme</translation>
    </message>
    <message>
        <source>Exercises in the routine</source>
        <translation>Exercices du programme</translation>
    </message>
    <message>
        <source>Choose an exercise to see its picture, how to do it and its safety note</source>
        <translation>Choisissez un exercice pour voir son image, comment le faire et sa consigne de sécurité</translation>
    </message>
    <message>
        <source>&amp;Ask how my back feels before and after each session</source>
        <translation>&amp;Demander comment va mon dos avant et après chaque séance</translation>
    </message>
    <message>
        <source>Ask how my back feels</source>
        <translation>Demander comment va mon dos</translation>
    </message>
    <message>
        <source>A pain rating from 0 to 10 before and after each session, for the history&apos;s chart</source>
        <translation>Une évaluation de la douleur de 0 à 10 avant et après chaque séance, pour le graphique de l&apos;historique</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>Start the routine (Space)</source>
        <translation>Lancer le programme (Espace)</translation>
    </message>
    <message>
        <source>{plural} · about {duration_text}</source>
        <translation>{plural} · environ {duration_text}</translation>
    </message>
    <message>
        <source>Exercise {value} of {len} · {clock_text} left</source>
        <translation>Exercice {value} sur {len} · encore {clock_text}</translation>
    </message>
    <message>
        <source>Get set</source>
        <translation>Préparez-vous</translation>
    </message>
    <message>
        <source>then {label}</source>
        <translation>ensuite : {label}</translation>
    </message>
    <message>
        <source>{text} seconds left of {label}</source>
        <translation>Encore {text} secondes : {label}</translation>
    </message>
    <message>
        <source>Resume after a 3-2-1 countdown (Space)</source>
        <translation>Reprendre après un compte à rebours 3-2-1 (Espace)</translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation>Arrêter la séance ?</translation>
    </message>
    <message>
        <source>Stop now? What you have done so far is logged as a partial session. Started it by mistake? Discard it, and nothing is logged.</source>
        <translation>Arrêter maintenant ? Ce que vous avez fait jusqu&apos;ici est enregistré comme séance partielle. Lancée par erreur ? Abandonnez-la, et rien n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Quit during a session?</source>
        <translation>Quitter pendant une séance ?</translation>
    </message>
    <message>
        <source>A session is running. Stop it, log what you did so far, and quit?</source>
        <translation>Une séance est en cours. L&apos;arrêter, enregistrer ce que vous avez fait et quitter ?</translation>
    </message>
    <message>
        <source>&amp;Stop, log and quit</source>
        <translation>&amp;Arrêter, enregistrer et quitter</translation>
    </message>
    <message>
        <source>&amp;Stop and log</source>
        <translation>&amp;Arrêter et enregistrer</translation>
    </message>
    <message>
        <source>End the session here and log what you did as a partial session</source>
        <translation>Terminer la séance ici et enregistrer ce que vous avez fait comme séance partielle</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>A&amp;bandonner</translation>
    </message>
    <message>
        <source>End the session and log nothing of it</source>
        <translation>Terminer la séance sans rien en enregistrer</translation>
    </message>
    <message>
        <source>Close this question and carry on with the session</source>
        <translation>Fermer cette question et continuer la séance</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Duration and reps</source>
        <translation>Durée et répétitions</translation>
    </message>
    <message>
        <source>Streak and weekly goal</source>
        <translation>Série et objectif de la semaine</translation>
    </message>
    <message>
        <source>Exercises done</source>
        <translation>Exercices faits</translation>
    </message>
    <message>
        <source>How does your back feel now?</source>
        <translation>Comment va votre dos maintenant ?</translation>
    </message>
    <message>
        <source>&amp;Note (optional)</source>
        <translation>&amp;Note (facultative)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Anything worth remembering about this session</source>
        <translation>Ce qui mérite d&apos;être retenu de cette séance</translation>
    </message>
    <message>
        <source>How it went, what felt tight, what helped…</source>
        <translation>Comment ça s&apos;est passé, ce qui tirait, ce qui a aidé…</translation>
    </message>
    <message>
        <source>Log status</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>&amp;Log it after all</source>
        <translation>&amp;L&apos;enregistrer quand même</translation>
    </message>
    <message>
        <source>Log it after all</source>
        <translation>L&apos;enregistrer quand même</translation>
    </message>
    <message>
        <source>Undo the discard: log what you did</source>
        <translation>Annuler l&apos;abandon : enregistrer ce que vous avez fait</translation>
    </message>
    <message>
        <source>&amp;Save and finish</source>
        <translation>&amp;Enregistrer et terminer</translation>
    </message>
    <message>
        <source>Save and finish</source>
        <translation>Enregistrer et terminer</translation>
    </message>
    <message>
        <source>Save the rating and note with the session</source>
        <translation>Enregistrer l&apos;évaluation et la note avec la séance</translation>
    </message>
    <message>
        <source>Session discarded</source>
        <translation>Séance abandonnée</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Bravo !</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Séance arrêtée</translation>
    </message>
    <message>
        <source>{duration_text} · {len} of {plural} · {reps_done} of {plural2}</source>
        <translation>{duration_text} · {len} sur {plural} · {reps_done} sur {plural2}</translation>
    </message>
    <message>
        <source>{reps_done} of {plural}</source>
        <translation>{reps_done} sur {plural}</translation>
    </message>
    <message>
        <source> ({holds_done} of {plural})</source>
        <translation> ({holds_done} sur {plural})</translation>
    </message>
    <message>
        <source>&lt;p&gt;It hurt during: {escape}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cela a fait mal pendant : {escape}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=&apos;4&apos;&gt;{join}&lt;/table&gt;{hurts}</source>
        <translation>&lt;table cellspacing=&apos;4&apos;&gt;{join}&lt;/table&gt;{hurts}</translation>
    </message>
    <message>
        <source>as complete</source>
        <translation>comme terminée</translation>
    </message>
    <message>
        <source>as partial, with what you did</source>
        <translation>comme partielle, avec ce que vous avez fait</translation>
    </message>
    <message>
        <source>Logged {kind}.</source>
        <translation>Enregistrée {kind}.</translation>
    </message>
    <message>
        <source>Nothing was logged. Discarded by mistake? Log it after all.</source>
        <translation>Rien n&apos;a été enregistré. Abandonnée par erreur ? Enregistrez-la quand même.</translation>
    </message>
    <message>
        <source>Nothing was logged: no exercise had begun.</source>
        <translation>Rien n&apos;a été enregistré : aucun exercice n&apos;avait commencé.</translation>
    </message>
    <message>
        <source>&amp;Back to the start</source>
        <translation>&amp;Retour au début</translation>
    </message>
    <message>
        <source>Up next</source>
        <translation>Ensuite</translation>
    </message>
    <message>
        <source>Up next illustration</source>
        <translation>Image de l&apos;exercice suivant</translation>
    </message>
    <message>
        <source>Up next exercise</source>
        <translation>Exercice suivant</translation>
    </message>
    <message>
        <source>Up next position</source>
        <translation>Position suivante</translation>
    </message>
    <message>
        <source>Spoken cues are not available ({error}).</source>
        <translation>Les consignes parlées ne sont pas disponibles ({error}).</translation>
    </message>
    <message>
        <source>Spoken cues are not available: {problem}</source>
        <translation>Les consignes parlées ne sont pas disponibles : {problem}</translation>
    </message>
    <message>
        <source>no speech engine was found</source>
        <translation>aucun moteur vocal n&apos;a été trouvé</translation>
    </message>
    <message>
        <source>Spoken cues are not available: {reason}.</source>
        <translation>Les consignes parlées ne sont pas disponibles : {reason}.</translation>
    </message>
    <message>
        <source>Spoken cues stopped working: {value}.</source>
        <translation>Les consignes parlées ne fonctionnent plus : {value}.</translation>
    </message>
    <message>
        <source>the speech engine failed</source>
        <translation>le moteur vocal a échoué</translation>
    </message>
    <message>
        <source>No voice for {language} is installed, so the spoken cues use another language. Your system&apos;s speech settings can add one.</source>
        <translation>Aucune voix n&apos;est installée pour {language}, les consignes parlées utilisent donc une autre langue. Les réglages vocaux de votre système permettent d&apos;en ajouter une.</translation>
    </message>
</context>
<context>
    <name>RemindersText</name>
    <message>
        <source>--action={START}=Start now</source>
        <translation>--action={START}=Lancer maintenant</translation>
    </message>
    <message>
        <source>--action={OPEN}=Open {APP_NAME}</source>
        <translation>--action={OPEN}=Ouvrir {APP_NAME}</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 minutes</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 minutes</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Reminder message</source>
        <translation>Message de rappel</translation>
    </message>
    <message>
        <source>&amp;Start now</source>
        <translation>&amp;Lancer maintenant</translation>
    </message>
    <message>
        <source>Start the routine now</source>
        <translation>Lancer le programme maintenant</translation>
    </message>
    <message>
        <source>Open the player and start the reminder&apos;s routine</source>
        <translation>Ouvrir le lecteur et lancer le programme du rappel</translation>
    </message>
    <message>
        <source>S&amp;nooze 15 min</source>
        <translation>Re&amp;porter de 15 min</translation>
    </message>
    <message>
        <source>Snooze the reminder</source>
        <translation>Reporter le rappel</translation>
    </message>
    <message>
        <source>Remind me again in 15 minutes (the arrow offers longer)</source>
        <translation>Me le rappeler dans 15 minutes (la flèche propose plus long)</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Reporter de</translation>
    </message>
    <message>
        <source>Snooze {text}</source>
        <translation>Reporter de {text}</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation>Fermer le rappel</translation>
    </message>
    <message>
        <source>Hide this reminder; the next one comes as scheduled</source>
        <translation>Masquer ce rappel ; le suivant vient comme prévu</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>&amp;Remind me to do a routine at my desk</source>
        <translation>Me &amp;rappeler de faire un programme à mon bureau</translation>
    </message>
    <message>
        <source>Turn desk reminders on or off</source>
        <translation>Activer ou couper les rappels au bureau</translation>
    </message>
    <message>
        <source>Reminder routine</source>
        <translation>Programme du rappel</translation>
    </message>
    <message>
        <source>The routine a reminder starts when you click it</source>
        <translation>Le programme qu&apos;un rappel lance quand vous cliquez dessus</translation>
    </message>
    <message>
        <source>R&amp;outine:</source>
        <translation>Pr&amp;ogramme :</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation>&amp;Toutes les</translation>
    </message>
    <message>
        <source>Remind at an interval</source>
        <translation>Rappeler à intervalles</translation>
    </message>
    <message>
        <source>Remind every so many minutes during work hours</source>
        <translation>Rappeler toutes les quelques minutes pendant les heures de travail</translation>
    </message>
    <message>
        <source>Minutes between reminders</source>
        <translation>Minutes entre les rappels</translation>
    </message>
    <message>
        <source>Minutes between reminders, from {low} to {high}; a session you do restarts the count</source>
        <translation>Minutes entre les rappels, de {low} à {high} ; une séance faite remet le compte à zéro</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>during work hours</source>
        <translation>pendant les heures de travail</translation>
    </message>
    <message>
        <source>Work hours start</source>
        <translation>Début des heures de travail</translation>
    </message>
    <message>
        <source>When work hours start</source>
        <translation>Quand commencent les heures de travail</translation>
    </message>
    <message>
        <source>Work hours end</source>
        <translation>Fin des heures de travail</translation>
    </message>
    <message>
        <source>When work hours end</source>
        <translation>Quand finissent les heures de travail</translation>
    </message>
    <message>
        <source>&amp;Work hours:</source>
        <translation>&amp;Heures de travail :</translation>
    </message>
    <message>
        <source>Work hours problem</source>
        <translation>Problème d&apos;heures de travail</translation>
    </message>
    <message>
        <source>At &amp;fixed times:</source>
        <translation>À heures &amp;fixes :</translation>
    </message>
    <message>
        <source>Remind at fixed times</source>
        <translation>Rappeler à heures fixes</translation>
    </message>
    <message>
        <source>Remind at the times of day you write</source>
        <translation>Rappeler aux heures de la journée que vous écrivez</translation>
    </message>
    <message>
        <source>Reminder times</source>
        <translation>Heures des rappels</translation>
    </message>
    <message>
        <source>Times of day on a 24-hour clock, separated by commas, such as 10:30, 15:00</source>
        <translation>Heures au format 24 heures, séparées par des virgules, par exemple 10:30, 15:00</translation>
    </message>
    <message>
        <source>Reminder times problem</source>
        <translation>Problème d&apos;heures des rappels</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Jours :</translation>
    </message>
    <message>
        <source>Remind on {name}</source>
        <translation>Rappeler le {name}</translation>
    </message>
    <message>
        <source>Weekdays problem</source>
        <translation>Problème de jours de la semaine</translation>
    </message>
    <message>
        <source>Sessions a day</source>
        <translation>Séances par jour</translation>
    </message>
    <message>
        <source>No more reminders on a day once you have completed this many sessions (0: remind all day)</source>
        <translation>Plus de rappels dans la journée une fois ce nombre de séances terminées (0 : rappeler toute la journée)</translation>
    </message>
    <message>
        <source>&amp;Stop for the day after completed sessions:</source>
        <translation>Arrêter pour la journée après les séances &amp;terminées :</translation>
    </message>
    <message>
        <source>&amp;Do not disturb (hold every reminder)</source>
        <translation>&amp;Ne pas déranger (retenir tous les rappels)</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Ne pas déranger</translation>
    </message>
    <message>
        <source>Hold every reminder until you switch this off</source>
        <translation>Retenir tous les rappels jusqu&apos;à ce que vous désactiviez ceci</translation>
    </message>
    <message>
        <source>Start BackCoach in the tray when I &amp;log in</source>
        <translation>Démarrer BackCoach dans la zone de notification à l&apos;ou&amp;verture de session</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Démarrer à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Start BackCoach in the background at login, so reminders come without opening it</source>
        <translation>Démarrer BackCoach en arrière-plan à l&apos;ouverture de session, pour que les rappels arrivent sans l&apos;ouvrir</translation>
    </message>
    <message>
        <source>On this system, add BackCoach to the programs that start at login by hand: see docs/reminders.md</source>
        <translation>Sur ce système, ajoutez BackCoach à la main aux programmes lancés à l&apos;ouverture de session : voir docs/reminders.md</translation>
    </message>
    <message>
        <source>Start at login problem</source>
        <translation>Problème de démarrage à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Reminder schedule</source>
        <translation>Horaire des rappels</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close; every change is already saved</source>
        <translation>Fermer ; chaque changement est déjà enregistré</translation>
    </message>
    <message>
        <source>Time for your back</source>
        <translation>C&apos;est l&apos;heure de votre dos</translation>
    </message>
    <message>
        <source>BackCoach is still running</source>
        <translation>BackCoach tourne encore</translation>
    </message>
    <message>
        <source>Reminders go on from the tray icon. To quit BackCoach, choose Quit from the tray menu.</source>
        <translation>Les rappels continuent depuis l&apos;icône de la zone de notification. Pour quitter BackCoach, choisissez Quitter dans le menu de l&apos;icône.</translation>
    </message>
    <message>
        <source>&amp;Show {APP_NAME}</source>
        <translation>&amp;Afficher {APP_NAME}</translation>
    </message>
    <message>
        <source>Bring the BackCoach window to the front</source>
        <translation>Mettre la fenêtre de BackCoach au premier plan</translation>
    </message>
    <message>
        <source>No reminder for {text}</source>
        <translation>Pas de rappel pendant {text}</translation>
    </message>
    <message>
        <source>&amp;No more reminders today</source>
        <translation>Plus de rappels au&amp;jourd&apos;hui</translation>
    </message>
    <message>
        <source>Hold reminders until tomorrow</source>
        <translation>Retenir les rappels jusqu&apos;à demain</translation>
    </message>
    <message>
        <source>&amp;Do not disturb</source>
        <translation>&amp;Ne pas déranger</translation>
    </message>
    <message>
        <source>Hold every reminder until this is switched off</source>
        <translation>Retenir tous les rappels jusqu&apos;à ce que ceci soit désactivé</translation>
    </message>
    <message>
        <source>&amp;Reminder settings…</source>
        <translation>Réglages des &amp;rappels…</translation>
    </message>
    <message>
        <source>When to remind, which routine, start at login</source>
        <translation>Quand rappeler, quel programme, démarrage à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>&amp;Quit {APP_NAME}</source>
        <translation>&amp;Quitter {APP_NAME}</translation>
    </message>
    <message>
        <source>Close BackCoach and its reminders</source>
        <translation>Fermer BackCoach et ses rappels</translation>
    </message>
    <message>
        <source>S&amp;nooze reminders</source>
        <translation>Re&amp;porter les rappels</translation>
    </message>
    <message>
        <source>{APP_NAME} tray menu</source>
        <translation>Menu de {APP_NAME} dans la zone de notification</translation>
    </message>
    <message>
        <source>Start a &amp;routine</source>
        <translation>Lancer un &amp;programme</translation>
    </message>
    <message>
        <source>Start a routine</source>
        <translation>Lancer un programme</translation>
    </message>
    <message>
        <source>Start {name} ({length})</source>
        <translation>Lancer {name} ({length})</translation>
    </message>
    <message>
        <source>Reminders are off</source>
        <translation>Les rappels sont désactivés</translation>
    </message>
    <message>
        <source>Do not disturb is on</source>
        <translation>Ne pas déranger est activé</translation>
    </message>
    <message>
        <source>No reminder this week</source>
        <translation>Pas de rappel cette semaine</translation>
    </message>
    <message>
        <source>Next reminder: {when}</source>
        <translation>Prochain rappel : {when}</translation>
    </message>
    <message>
        <source>today at {clock_time}</source>
        <translation>aujourd&apos;hui à {clock_time}</translation>
    </message>
    <message>
        <source>tomorrow at {clock_time}</source>
        <translation>demain à {clock_time}</translation>
    </message>
    <message>
        <source>{weekday_name} at {clock_time}</source>
        <translation>{weekday_name} à {clock_time}</translation>
    </message>
    <message>
        <source>Snooze {SNOOZE_CHOICES}</source>
        <translation>Reporter de {SNOOZE_CHOICES}</translation>
    </message>
    <message>
        <source>{text} Click here to start it.</source>
        <translation>{text} Cliquez ici pour le lancer.</translation>
    </message>
</context>
<context>
    <name>RoutinesText</name>
    <message>
        <source>Position {number}: pose</source>
        <translation>Position {number} : posture</translation>
    </message>
    <message>
        <source>The pose shown for this position</source>
        <translation>La posture montrée pour cette position</translation>
    </message>
    <message>
        <source>e.g. “Pull both knees up”</source>
        <translation>p. ex. « Remontez les deux genoux »</translation>
    </message>
    <message>
        <source>Position {number}: cue</source>
        <translation>Position {number} : indication</translation>
    </message>
    <message>
        <source>Said and shown while moving into this position</source>
        <translation>Dite et affichée pendant que vous prenez cette position</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove position {number}</source>
        <translation>Retirer la position {number}</translation>
    </message>
    <message>
        <source>Edit your exercise</source>
        <translation>Modifier votre exercice</translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation>Nouvel exercice</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>What the exercise is called in your routines</source>
        <translation>Le nom de l&apos;exercice dans vos programmes</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>How to do the exercise, shown while getting ready</source>
        <translation>Comment faire l&apos;exercice, affiché pendant la préparation</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>&amp;Consignes :</translation>
    </message>
    <message>
        <source>You start in the first position. Each repetition moves from the one before the last into the last, which is held.</source>
        <translation>Vous commencez dans la première position. Chaque répétition va de l&apos;avant-dernière à la dernière, qui est maintenue.</translation>
    </message>
    <message>
        <source>Add &amp;position</source>
        <translation>Ajouter une &amp;position</translation>
    </message>
    <message>
        <source>Add position</source>
        <translation>Ajouter une position</translation>
    </message>
    <message>
        <source>Add a position (up to {MAX_POSITIONS})</source>
        <translation>Ajouter une position (jusqu&apos;à {MAX_POSITIONS})</translation>
    </message>
    <message>
        <source>Positions: problem</source>
        <translation>Positions : problème</translation>
    </message>
    <message>
        <source>Positions:</source>
        <translation>Positions :</translation>
    </message>
    <message>
        <source>&amp;Hold (seconds):</source>
        <translation>&amp;Maintien (secondes) :</translation>
    </message>
    <message>
        <source>How long to hold the last position</source>
        <translation>Combien de temps tenir la dernière position</translation>
    </message>
    <message>
        <source>&amp;Repetitions:</source>
        <translation>&amp;Répétitions :</translation>
    </message>
    <message>
        <source>How many times to do it</source>
        <translation>Combien de fois le faire</translation>
    </message>
    <message>
        <source>Re&amp;st (seconds):</source>
        <translation>Re&amp;pos (secondes) :</translation>
    </message>
    <message>
        <source>The pause between repetitions</source>
        <translation>La pause entre les répétitions</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Côtés</translation>
    </message>
    <message>
        <source>Whether the exercise is done once, or for the left and the right</source>
        <translation>Si l&apos;exercice se fait une fois, ou à gauche et à droite</translation>
    </message>
    <message>
        <source>Side name</source>
        <translation>Nom du côté</translation>
    </message>
    <message>
        <source>What the player calls a side: “Left leg”, “Right arm”…</source>
        <translation>Comment le lecteur appelle un côté : « Jambe gauche », « Bras droit »…</translation>
    </message>
    <message>
        <source>leg, arm, side…</source>
        <translation>jambe, bras, côté…</translation>
    </message>
    <message>
        <source>Side name: problem</source>
        <translation>Nom du côté : problème</translation>
    </message>
    <message>
        <source>Si&amp;des:</source>
        <translation>Cô&amp;tés :</translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation>Consigne de sécurité</translation>
    </message>
    <message>
        <source>What to watch out for, shown with the exercise (optional)</source>
        <translation>Ce à quoi faire attention, affiché avec l&apos;exercice (facultatif)</translation>
    </message>
    <message>
        <source>Sa&amp;fety note:</source>
        <translation>Consigne de &amp;sécurité :</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Save exercise</source>
        <translation>Enregistrer l&apos;exercice</translation>
    </message>
    <message>
        <source>Check and keep this exercise</source>
        <translation>Vérifier et garder cet exercice</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <source>{accessibleName}: problem</source>
        <translation>{accessibleName} : problème</translation>
    </message>
    <message>
        <source>Exercises of the routine</source>
        <translation>Exercices du programme</translation>
    </message>
    <message>
        <source>Drag to reorder (or Ctrl+Up and Ctrl+Down); tick an exercise to include it, untick to leave it out for a while</source>
        <translation>Faites glisser pour réordonner (ou Ctrl+Haut et Ctrl+Bas) ; cochez un exercice pour l&apos;inclure, décochez-le pour le laisser de côté un moment</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Une fois</translation>
    </message>
    <message>
        <source>On each side (left, then right)</source>
        <translation>De chaque côté (gauche, puis droite)</translation>
    </message>
    <message>
        <source>{tip} ({low} to {high}{unit}; Esc puts back the number in use)</source>
        <translation>{tip} ({low} à {high}{unit} ; Échap remet le nombre en usage)</translation>
    </message>
    <message>
        <source>{label}: default</source>
        <translation>{label} : par défaut</translation>
    </message>
    <message>
        <source>{label}: problem</source>
        <translation>{label} : problème</translation>
    </message>
    <message>
        <source>{low} to {high}{unit}</source>
        <translation>{low} à {high}{unit}</translation>
    </message>
    <message>
        <source>{label} needs a number from {range_text}.</source>
        <translation>{label} a besoin d&apos;un nombre de {range_text}.</translation>
    </message>
    <message>
        <source>Ho&amp;ld (seconds):</source>
        <translation>Main&amp;tien (secondes) :</translation>
    </message>
    <message>
        <source>How long to hold the position each time</source>
        <translation>Combien de temps tenir la position à chaque fois</translation>
    </message>
    <message>
        <source>How many times to do the exercise (on each side)</source>
        <translation>Combien de fois faire l&apos;exercice (de chaque côté)</translation>
    </message>
    <message>
        <source>Se&amp;ts:</source>
        <translation>Sé&amp;ries :</translation>
    </message>
    <message>
        <source>How many times to go through all the repetitions</source>
        <translation>Combien de fois enchaîner toutes les répétitions</translation>
    </message>
    <message>
        <source>&amp;Get ready (seconds):</source>
        <translation>&amp;Préparation (secondes) :</translation>
    </message>
    <message>
        <source>Time to get into position first</source>
        <translation>Le temps de se mettre d&apos;abord en position</translation>
    </message>
    <message>
        <source>Exercise being edited</source>
        <translation>Exercice en cours de modification</translation>
    </message>
    <message>
        <source>About this exercise</source>
        <translation>À propos de cet exercice</translation>
    </message>
    <message>
        <source>Do the exercise once, or on the left and then on the right</source>
        <translation>Faire l&apos;exercice une fois, ou à gauche puis à droite</translation>
    </message>
    <message>
        <source>Sides: default</source>
        <translation>Côtés : par défaut</translation>
    </message>
    <message>
        <source>Reset e&amp;xercise to defaults</source>
        <translation>Remettre l&apos;e&amp;xercice par défaut</translation>
    </message>
    <message>
        <source>Reset exercise to defaults</source>
        <translation>Remettre l&apos;exercice par défaut</translation>
    </message>
    <message>
        <source>Use the exercise&apos;s own hold, repetitions and rest again, and one set</source>
        <translation>Reprendre le maintien, les répétitions et le repos propres à l&apos;exercice, et une série</translation>
    </message>
    <message>
        <source>default {default}</source>
        <translation>par défaut {default}</translation>
    </message>
    <message>
        <source>default {default_sides}</source>
        <translation>par défaut {default_sides}</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nouveau programme</translation>
    </message>
    <message>
        <source>What the routine is called in the player</source>
        <translation>Le nom du programme dans le lecteur</translation>
    </message>
    <message>
        <source>e.g. Physio, morning</source>
        <translation>p. ex. Kiné, matin</translation>
    </message>
    <message>
        <source>First exercise</source>
        <translation>Premier exercice</translation>
    </message>
    <message>
        <source>The routine starts with this exercise; add more afterwards</source>
        <translation>Le programme commence par cet exercice ; ajoutez-en d&apos;autres ensuite</translation>
    </message>
    <message>
        <source>&amp;First exercise:</source>
        <translation>&amp;Premier exercice :</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Make the routine</source>
        <translation>Créer le programme</translation>
    </message>
    <message>
        <source>Close without making a routine</source>
        <translation>Fermer sans créer de programme</translation>
    </message>
    <message>
        <source>Delete the exercise?</source>
        <translation>Supprimer l&apos;exercice ?</translation>
    </message>
    <message>
        <source>Delete your exercise “{name}”?</source>
        <translation>Supprimer votre exercice « {name} » ?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>the exercise&apos;s deletion</source>
        <translation>la suppression de l&apos;exercice</translation>
    </message>
    <message>
        <source>BackCoach routines ({patterns});;All files (*)</source>
        <translation>Programmes BackCoach ({patterns});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Importer un programme</translation>
    </message>
    <message>
        <source>Imported “{name}” from {name2}.</source>
        <translation>« {name} » importé depuis {name2}.</translation>
    </message>
    <message>
        <source>“{name}” is already here, the same: nothing was added.</source>
        <translation>« {name} » est déjà là, identique : rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>Export the routine</source>
        <translation>Exporter le programme</translation>
    </message>
    <message>
        <source>Exported “{name}” to {path}.</source>
        <translation>« {name} » exporté vers {path}.</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Choose a routine to edit (F2 renames, Delete deletes)</source>
        <translation>Choisissez un programme à modifier (F2 renomme, Suppr supprime)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Make a new routine</source>
        <translation>Créer un nouveau programme</translation>
    </message>
    <message>
        <source>R&amp;ename…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>Rename this routine (F2)</source>
        <translation>Renommer ce programme (F2)</translation>
    </message>
    <message>
        <source>Rename routine</source>
        <translation>Renommer le programme</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Make a copy of this routine to change</source>
        <translation>Faire une copie de ce programme pour la modifier</translation>
    </message>
    <message>
        <source>Duplicate routine</source>
        <translation>Dupliquer le programme</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete this routine (Delete)</source>
        <translation>Supprimer ce programme (Suppr)</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Supprimer le programme</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Add a routine from a routine file</source>
        <translation>Ajouter un programme depuis un fichier de programme</translation>
    </message>
    <message>
        <source>Import routine</source>
        <translation>Importer un programme</translation>
    </message>
    <message>
        <source>Ex&amp;port…</source>
        <translation>Ex&amp;porter…</translation>
    </message>
    <message>
        <source>Save this routine as a file to share</source>
        <translation>Enregistrer ce programme dans un fichier à partager</translation>
    </message>
    <message>
        <source>Export routine</source>
        <translation>Exporter le programme</translation>
    </message>
    <message>
        <source>Restore built-in routines…</source>
        <translation>Restaurer les programmes fournis…</translation>
    </message>
    <message>
        <source>Bring back built-in routines you deleted or changed, as they were shipped</source>
        <translation>Faire revenir les programmes fournis que vous avez supprimés ou modifiés, tels qu&apos;ils étaient livrés</translation>
    </message>
    <message>
        <source>Reset all to defaults…</source>
        <translation>Tout remettre par défaut…</translation>
    </message>
    <message>
        <source>Built-in routines as shipped, and every exercise of your routines back to its defaults (your routines and exercises stay)</source>
        <translation>Les programmes fournis tels que livrés, et chaque exercice de vos programmes à ses valeurs par défaut (vos programmes et exercices restent)</translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation>Nom du programme</translation>
    </message>
    <message>
        <source>Kind of routine</source>
        <translation>Type de programme</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Durée totale</translation>
    </message>
    <message>
        <source>How long the routine takes, rests and getting ready included</source>
        <translation>Combien de temps dure le programme, repos et préparation compris</translation>
    </message>
    <message>
        <source>Reset r&amp;outine…</source>
        <translation>Remettre le pr&amp;ogramme par défaut…</translation>
    </message>
    <message>
        <source>Every exercise of this routine back to its defaults (a built-in routine: as shipped)</source>
        <translation>Chaque exercice de ce programme à ses valeurs par défaut (un programme fourni : tel que livré)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Rien à annuler</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move this exercise earlier (Ctrl+Up)</source>
        <translation>Avancer cet exercice (Ctrl+Haut)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move this exercise later (Ctrl+Down)</source>
        <translation>Reculer cet exercice (Ctrl+Bas)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Take this exercise out of the routine (Delete)</source>
        <translation>Retirer cet exercice du programme (Suppr)</translation>
    </message>
    <message>
        <source>Remove exercise</source>
        <translation>Retirer l&apos;exercice</translation>
    </message>
    <message>
        <source>Add from the &amp;catalogue:</source>
        <translation>Ajouter depuis le &amp;catalogue :</translation>
    </message>
    <message>
        <source>Exercise to add</source>
        <translation>Exercice à ajouter</translation>
    </message>
    <message>
        <source>The guide&apos;s exercises and your own</source>
        <translation>Les exercices du guide et les vôtres</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add this exercise to the end of the routine</source>
        <translation>Ajouter cet exercice à la fin du programme</translation>
    </message>
    <message>
        <source>Add exercise</source>
        <translation>Ajouter l&apos;exercice</translation>
    </message>
    <message>
        <source>Ne&amp;w exercise…</source>
        <translation>Nou&amp;vel…</translation>
    </message>
    <message>
        <source>Make an exercise of your own and add it</source>
        <translation>Créer un exercice à vous et l&apos;ajouter</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Change the exercise of yours chosen above</source>
        <translation>Modifier votre exercice choisi ci-dessus</translation>
    </message>
    <message>
        <source>Delete the exercise of yours chosen above (when no routine uses it)</source>
        <translation>Supprimer votre exercice choisi ci-dessus (si aucun programme ne l&apos;utilise)</translation>
    </message>
    <message>
        <source>Delete your exercise</source>
        <translation>Supprimer votre exercice</translation>
    </message>
    <message>
        <source>{name} (yours)</source>
        <translation>{name} (le vôtre)</translation>
    </message>
    <message>
        <source>Built-in routine, changed by you: Reset routine brings back the original.</source>
        <translation>Programme fourni, modifié par vous : Remettre le programme par défaut fait revenir l&apos;original.</translation>
    </message>
    <message>
        <source>Built-in routine. Your changes are kept apart; it can always be reset.</source>
        <translation>Programme fourni. Vos changements sont gardés à part ; il peut toujours être remis par défaut.</translation>
    </message>
    <message>
        <source>Your own routine.</source>
        <translation>Votre propre programme.</translation>
    </message>
    <message>
        <source> (off)</source>
        <translation> (désactivé)</translation>
    </message>
    <message>
        <source>Total {duration_text}</source>
        <translation>Total {duration_text}</translation>
    </message>
    <message>
        <source> (as typed)</source>
        <translation> (tel que saisi)</translation>
    </message>
    <message>
        <source>{exercises} turned on</source>
        <translation>{exercises} activés</translation>
    </message>
    <message>
        <source>{exercises} turned on; rests and getting ready included</source>
        <translation>{exercises} activés ; repos et préparation compris</translation>
    </message>
    <message>
        <source>Your own exercise.</source>
        <translation>Votre propre exercice.</translation>
    </message>
    <message>
        <source>{about} Turned off: the player leaves it out.</source>
        <translation>{about} Désactivé : le lecteur le saute.</translation>
    </message>
    <message>
        <source>{value} Correct it, or press Esc in the field to put back the number in use, before choosing another exercise.</source>
        <translation>{value} Corrigez-le, ou appuyez sur Échap dans le champ pour remettre le nombre en usage, avant de choisir un autre exercice.</translation>
    </message>
    <message>
        <source>This number is not used yet.</source>
        <translation>Ce nombre n&apos;est pas encore utilisé.</translation>
    </message>
    <message>
        <source>Undo: {what} (Ctrl+Z)</source>
        <translation>Annuler : {what} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>the last change</source>
        <translation>le dernier changement</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <source>the change of </source>
        <translation>le changement de </translation>
    </message>
    <message>
        <source>the exercise&apos;s removal</source>
        <translation>le retrait de l&apos;exercice</translation>
    </message>
    <message>
        <source>the exercise&apos;s reset</source>
        <translation>la remise par défaut de l&apos;exercice</translation>
    </message>
    <message>
        <source>goes back to how it was shipped</source>
        <translation>revient tel qu&apos;il était livré</translation>
    </message>
    <message>
        <source>goes back to its exercise&apos;s defaults</source>
        <translation>revient aux valeurs par défaut de son exercice</translation>
    </message>
    <message>
        <source>Reset the routine?</source>
        <translation>Remettre le programme par défaut ?</translation>
    </message>
    <message>
        <source>Every exercise of “{name}” {back}: hold, repetitions, rest, sides and sets. Undo (Ctrl+Z) brings your numbers back.</source>
        <translation>Chaque exercice de « {name} » {back} : maintien, répétitions, repos, côtés et séries. Annuler (Ctrl+Z) fait revenir vos nombres.</translation>
    </message>
    <message>
        <source>Reset routine</source>
        <translation>Remettre le programme par défaut</translation>
    </message>
    <message>
        <source>the routine&apos;s reset</source>
        <translation>la remise par défaut du programme</translation>
    </message>
    <message>
        <source>Reset all to defaults?</source>
        <translation>Tout remettre par défaut ?</translation>
    </message>
    <message>
        <source>Built-in routines go back to how they were shipped (deleted ones come back), and every exercise of your own routines goes back to its default hold, repetitions and rest. Your own routines and exercises stay.</source>
        <translation>Les programmes fournis reviennent tels qu&apos;ils étaient livrés (ceux supprimés reviennent), et chaque exercice de vos propres programmes revient à son maintien, ses répétitions et son repos par défaut. Vos propres programmes et exercices restent.</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>Tout remettre par défaut</translation>
    </message>
    <message>
        <source>the reset of all routines</source>
        <translation>la remise par défaut de tous les programmes</translation>
    </message>
    <message>
        <source>The built-in routines are all here, as shipped.</source>
        <translation>Les programmes fournis sont tous là, tels que livrés.</translation>
    </message>
    <message>
        <source>These come back: {names}.</source>
        <translation>Ceux-ci reviennent : {names}.</translation>
    </message>
    <message>
        <source>These lose your changes: {names}.</source>
        <translation>Ceux-ci perdent vos changements : {names}.</translation>
    </message>
    <message>
        <source>Restore the built-in routines?</source>
        <translation>Restaurer les programmes fournis ?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>the restore of the built-ins</source>
        <translation>la restauration des programmes fournis</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source> It is a built-in routine: Restore built-in routines brings it back.</source>
        <translation> C&apos;est un programme fourni : Restaurer les programmes fournis le fait revenir.</translation>
    </message>
    <message>
        <source> This cannot be undone; export it first to keep a copy.</source>
        <translation> Cela ne peut pas être annulé ; exportez-le d&apos;abord pour en garder une copie.</translation>
    </message>
    <message>
        <source>Delete the routine?</source>
        <translation>Supprimer le programme ?</translation>
    </message>
    <message>
        <source>Delete “{name}”?{note}</source>
        <translation>Supprimer « {name} » ?{note}</translation>
    </message>
    <message>
        <source>the routine&apos;s deletion</source>
        <translation>la suppression du programme</translation>
    </message>
</context>
<context>
    <name>ShellText</name>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Follow a routine (Ctrl+1)</source>
        <translation>Suivre un programme (Ctrl+1)</translation>
    </message>
    <message>
        <source>Your sessions and streaks (Ctrl+2)</source>
        <translation>Vos séances et séries (Ctrl+2)</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Edit routines, hold times and repetitions (Ctrl+3)</source>
        <translation>Modifier les programmes, les temps de maintien et les répétitions (Ctrl+3)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>I&amp;mport routine…</source>
        <translation>I&amp;mporter un programme…</translation>
    </message>
    <message>
        <source>Add a routine from a routine file</source>
        <translation>Ajouter un programme depuis un fichier de programme</translation>
    </message>
    <message>
        <source>E&amp;xport routine…</source>
        <translation>E&amp;xporter le programme…</translation>
    </message>
    <message>
        <source>Save the routine chosen in the editor as a file</source>
        <translation>Enregistrer dans un fichier le programme choisi dans l&apos;éditeur</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Exercise</source>
        <translation>&amp;Exercice</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>&amp;Programmes</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue (Language)</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Re&amp;minders</source>
        <translation>Ra&amp;ppels</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Safety advice</source>
        <translation>Conseils de &amp;sécurité</translation>
    </message>
    <message>
        <source>&amp;About {APP_NAME}</source>
        <translation>À &amp;propos de {APP_NAME}</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the routine</source>
        <translation>Modifier le programme</translation>
    </message>
    <message>
        <source>Change this routine&apos;s holds, repetitions and exercises (Ctrl+3)</source>
        <translation>Changer les maintiens, les répétitions et les exercices de ce programme (Ctrl+3)</translation>
    </message>
    <message>
        <source>About {APP_NAME}</source>
        <translation>À propos de {APP_NAME}</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{APP_NAME} {version}&lt;/h3&gt;&lt;p&gt;A desktop coach for back-pain relief exercises.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Safety&lt;/b&gt;&lt;/p&gt;{safety_html}&lt;p&gt;Your data: {folder}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{APP_NAME} {version}&lt;/h3&gt;&lt;p&gt;Un coach sur ordinateur pour des exercices qui soulagent le mal de dos.&lt;/p&gt;&lt;p&gt;Publié sous licence MIT.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sécurité&lt;/b&gt;&lt;/p&gt;{safety_html}&lt;p&gt;Vos données : {folder}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pain is a signal to stop the exercise, not to push through it.</source>
        <translation>La douleur est un signal pour arrêter l&apos;exercice, pas pour forcer.</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;{escape}.&lt;/b&gt; {escape2}&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;{escape}.&lt;/b&gt; {escape2}&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;ul&gt;{items}&lt;li&gt;&lt;b&gt;Stop if it hurts.&lt;/b&gt; {escape}&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;{items}&lt;li&gt;&lt;b&gt;Arrêtez si cela fait mal.&lt;/b&gt; {escape}&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Avant de commencer</translation>
    </message>
    <message>
        <source>Safety advice</source>
        <translation>Conseils de sécurité</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Before you start&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Avant de commencer&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>These exercises are meant to strengthen and stretch your back. Please read this advice from the guide first.</source>
        <translation>Ces exercices visent à renforcer et étirer votre dos. Lisez d&apos;abord ces conseils du guide.</translation>
    </message>
    <message>
        <source>Safety advice from the guide</source>
        <translation>Conseils de sécurité du guide</translation>
    </message>
    <message>
        <source>&amp;I have read this advice</source>
        <translation>&amp;J&apos;ai lu ces conseils</translation>
    </message>
    <message>
        <source>Tick to confirm you have read the safety advice</source>
        <translation>Cochez pour confirmer que vous avez lu les conseils de sécurité</translation>
    </message>
    <message>
        <source>I have read this advice</source>
        <translation>J&apos;ai lu ces conseils</translation>
    </message>
    <message>
        <source>&amp;Start using BackCoach</source>
        <translation>&amp;Commencer à utiliser BackCoach</translation>
    </message>
    <message>
        <source>Tick “I have read this advice” first</source>
        <translation>Cochez d&apos;abord « J&apos;ai lu ces conseils »</translation>
    </message>
    <message>
        <source>Start using BackCoach</source>
        <translation>Commencer à utiliser BackCoach</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>Pas mai&amp;ntenant</translation>
    </message>
    <message>
        <source>Close the advice; it opens again when you start a session</source>
        <translation>Fermer les conseils ; ils se rouvrent quand vous lancez une séance</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Close the safety advice</source>
        <translation>Fermer les conseils de sécurité</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>backcoach: {running_instance_silent}</source>
        <translation>backcoach : {running_instance_silent}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Everything in BackCoach works from the keyboard: Tab moves between controls, and Alt with the underlined letter of a label or button goes straight to it.</source>
        <translation>Tout BackCoach fonctionne au clavier : Tab passe d&apos;une commande à l&apos;autre, et Alt avec la lettre soulignée d&apos;une étiquette ou d&apos;un bouton y va directement.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Ce qu&apos;elles font</translation>
    </message>
    <message>
        <source>Every keyboard shortcut, by where it works</source>
        <translation>Tous les raccourcis clavier, selon l&apos;endroit où ils agissent</translation>
    </message>
    <message>
        <source>Close the list</source>
        <translation>Fermer la liste</translation>
    </message>
    <message>
        <source>BackCoach is still starting.</source>
        <translation>BackCoach est encore en train de démarrer.</translation>
    </message>
    <message>
        <source>BackCoach is closing.</source>
        <translation>BackCoach est en train de se fermer.</translation>
    </message>
    <message>
        <source>Not a BackCoach request.</source>
        <translation>Ce n&apos;est pas une demande de BackCoach.</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>The desktop&apos;s colours</source>
        <translation>Les couleurs du bureau</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>Dark text on light backgrounds</source>
        <translation>Texte foncé sur fond clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>Som&amp;bre</translation>
    </message>
    <message>
        <source>Light text on dark backgrounds</source>
        <translation>Texte clair sur fond sombre</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>The language your desktop uses, when BackCoach has it</source>
        <translation>La langue de votre bureau, si BackCoach l&apos;a</translation>
    </message>
    <message>
        <source>the system language</source>
        <translation>la langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>BackCoach will be in {language} from its next start. Restart now? A running session asks first.</source>
        <translation>BackCoach sera en {language} à partir du prochain démarrage. Redémarrer maintenant ? Une séance en cours demande d&apos;abord.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Quit and start BackCoach again in the new language</source>
        <translation>Quitter et relancer BackCoach dans la nouvelle langue</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Keep this language until BackCoach starts again</source>
        <translation>Garder cette langue jusqu&apos;au prochain démarrage de BackCoach</translation>
    </message>
    <message>
        <source>another BackCoach is writing this data folder.</source>
        <translation>un autre BackCoach écrit dans ce dossier de données.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>{APP_NAME} (read-only)</source>
        <translation>{APP_NAME} (lecture seule)</translation>
    </message>
</context>
<context>
    <name>StorageText</name>
    <message>
        <source>{name} is not a BackCoach export (made with File &gt; Export all data).</source>
        <translation>{name} n&apos;est pas un export de BackCoach (fait avec Fichier &gt; Exporter toutes les données).</translation>
    </message>
    <message>
        <source>{name} has no valid schema version.</source>
        <translation>{name} n&apos;a pas de version de schéma valide.</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of BackCoach; update to import it.</source>
        <translation>{name} a été créé par une version plus récente de BackCoach ; mettez à jour pour l&apos;importer.</translation>
    </message>
    <message>
        <source>{name} has no list of sessions.</source>
        <translation>{name} n&apos;a pas de liste de séances.</translation>
    </message>
    <message>
        <source>In {name}, &apos;settings&apos; is not an object.</source>
        <translation>Dans {name}, « settings » n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>In {name}, the routines are not readable.</source>
        <translation>Dans {name}, les programmes ne sont pas lisibles.</translation>
    </message>
    <message>
        <source> (imported)</source>
        <translation> (importé)</translation>
    </message>
    <message>
        <source>This command only reads the data folder.</source>
        <translation>Cette commande ne fait que lire le dossier de données.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the app may not write there (permission denied)</source>
        <translation>l&apos;application n&apos;a pas le droit d&apos;écrire là (permission refusée)</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>le dossier est en lecture seule</translation>
    </message>
    <message>
        <source>{path} is from an older version of BackCoach and could not be updated yet: {why}.</source>
        <translation>{path} vient d&apos;une ancienne version de BackCoach et n&apos;a pas encore pu être mis à jour : {why}.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {why}.</source>
        <translation>{name} ne peut pas être lu : {why}.</translation>
    </message>
    <message>
        <source>this command only reads the data folder.</source>
        <translation>cette commande ne fait que lire le dossier de données.</translation>
    </message>
    <message>
        <source>it was written by a newer version of BackCoach, and this version never changes such a file.</source>
        <translation>il a été écrit par une version plus récente de BackCoach, et cette version ne modifie jamais un tel fichier.</translation>
    </message>
    <message>
        <source>it could not be read, so writing it would lose it.</source>
        <translation>il n&apos;a pas pu être lu, l&apos;écrire le ferait donc perdre.</translation>
    </message>
    <message>
        <source>it is damaged and cannot be kept aside: {why}.</source>
        <translation>il est endommagé et ne peut pas être mis de côté : {why}.</translation>
    </message>
    <message>
        <source>Could not back up {path} before saving: {why}.</source>
        <translation>Impossible de sauvegarder {path} avant d&apos;enregistrer : {why}.</translation>
    </message>
    <message>
        <source>Could not save {path}: {why}.</source>
        <translation>Impossible d&apos;enregistrer {path} : {why}.</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}.</source>
        <translation>Impossible d&apos;enregistrer {path} : {error}.</translation>
    </message>
    <message>
        <source>{name} is {value:,.1f} MB, more than the {value2:,.0f} MB this app reads for such a file.</source>
        <translation>{name} fait {value:,.1f} Mo, plus que les {value2:,.0f} Mo que cette application lit pour un tel fichier.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} est vide.</translation>
    </message>
    <message>
        <source>{name} is not text (it is damaged or not a BackCoach file).</source>
        <translation>{name} n&apos;est pas du texte (il est endommagé ou ce n&apos;est pas un fichier BackCoach).</translation>
    </message>
    <message>
        <source>{name} is nested too deeply to be a BackCoach file.</source>
        <translation>{name} est imbriqué trop profondément pour être un fichier BackCoach.</translation>
    </message>
    <message>
        <source>{name} is not valid JSON ({error}).</source>
        <translation>{name} n&apos;est pas du JSON valide ({error}).</translation>
    </message>
    <message>
        <source>{name} holds far more lists and objects than a BackCoach file of its size could.</source>
        <translation>{name} contient bien plus de listes et d&apos;objets qu&apos;un fichier BackCoach de sa taille ne pourrait en avoir.</translation>
    </message>
    <message>
        <source>{name} is not valid JSON for this app (a number is too large: {group}…).</source>
        <translation>{name} n&apos;est pas du JSON valide pour cette application (un nombre est trop grand : {group}…).</translation>
    </message>
    <message>
        <source>{name} is not a number this app accepts</source>
        <translation>{name} n&apos;est pas un nombre que cette application accepte</translation>
    </message>
    <message>
        <source>cannot migrate a document of schema {schema!r}</source>
        <translation>impossible de migrer un document de schéma {schema!r}</translation>
    </message>
    <message>
        <source>{name} does not hold {KIND_WORDS}.</source>
        <translation>{name} ne contient pas {KIND_WORDS}.</translation>
    </message>
    <message>
        <source>In {name}, {key!r} is not a list.</source>
        <translation>Dans {name}, {key!r} n&apos;est pas une liste.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be made: {why}.</source>
        <translation>Le dossier de données {folder} ne peut pas être créé : {why}.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be locked: {why}.</source>
        <translation>Le dossier de données {folder} ne peut pas être verrouillé : {why}.</translation>
    </message>
    <message>
        <source>Could not read the backup {path}: {why}.</source>
        <translation>Impossible de lire la sauvegarde {path} : {why}.</translation>
    </message>
    <message>
        <source>The backup {path} is damaged; nothing was restored.</source>
        <translation>La sauvegarde {path} est endommagée ; rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>Could not restore {original}: {why}.</source>
        <translation>Impossible de restaurer {original} : {why}.</translation>
    </message>
    <message>
        <source>Could not back up {path} before using the new layout: {why}.</source>
        <translation>Impossible de sauvegarder {path} avant d&apos;utiliser la nouvelle organisation : {why}.</translation>
    </message>
    <message>
        <source>This session&apos;s date ({moment:%Y-%m-%d}) is not one BackCoach keeps; check the computer&apos;s clock.</source>
        <translation>La date de cette séance ({moment:%Y-%m-%d}) n&apos;est pas une date que BackCoach conserve ; vérifiez l&apos;horloge de l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>process {lines}</source>
        <translation>processus {lines}</translation>
    </message>
    <message>
        <source>a process</source>
        <translation>un processus</translation>
    </message>
    <message>
        <source>on {lines}</source>
        <translation>sur {lines}</translation>
    </message>
    <message>
        <source>device {lines}</source>
        <translation>appareil {lines}</translation>
    </message>
    <message>
        <source>Another BackCoach ({describe_holder}) is writing {parent}; nothing was changed. Try again when it has finished or is closed.</source>
        <translation>Un autre BackCoach ({describe_holder}) écrit dans {parent} ; rien n&apos;a été modifié. Réessayez quand il aura fini ou sera fermé.</translation>
    </message>
</context>
<context>
    <name>WidgetsText</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Illustration</source>
        <translation>Illustration</translation>
    </message>
    <message>
        <source>
(no illustration for this position)</source>
        <translation>
(pas d&apos;illustration pour cette position)</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>The player, before a session</source>
        <translation>Le lecteur, avant une séance</translation>
    </message>
    <message>
        <source>During a session</source>
        <translation>Pendant une séance</translation>
    </message>
    <message>
        <source>The routine editor</source>
        <translation>L&apos;éditeur de programmes</translation>
    </message>
    <message>
        <source>The history&apos;s sessions table</source>
        <translation>Le tableau des séances de l&apos;historique</translation>
    </message>
    <message>
        <source>Show the exercise player</source>
        <translation>Afficher le lecteur d&apos;exercices</translation>
    </message>
    <message>
        <source>Show the history</source>
        <translation>Afficher l&apos;historique</translation>
    </message>
    <message>
        <source>Show the routine editor</source>
        <translation>Afficher l&apos;éditeur de programmes</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts (this list)</source>
        <translation>Lister les raccourcis clavier (cette liste)</translation>
    </message>
    <message>
        <source>Quit BackCoach</source>
        <translation>Quitter BackCoach</translation>
    </message>
    <message>
        <source>Start the chosen routine</source>
        <translation>Lancer le programme choisi</translation>
    </message>
    <message>
        <source>Pause, or resume after a 3-2-1 countdown</source>
        <translation>Pause, ou reprise après un compte à rebours 3-2-1</translation>
    </message>
    <message>
        <source>Skip to the next exercise</source>
        <translation>Passer à l&apos;exercice suivant</translation>
    </message>
    <message>
        <source>Back to the start of this exercise, or the one before</source>
        <translation>Retour au début de cet exercice, ou au précédent</translation>
    </message>
    <message>
        <source>This hurts: stop the exercise at once</source>
        <translation>Ça fait mal : arrêter l&apos;exercice tout de suite</translation>
    </message>
    <message>
        <source>Stop the session (asks first)</source>
        <translation>Arrêter la séance (demande d&apos;abord)</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>Plein écran oui ou non</translation>
    </message>
    <message>
        <source>Move the chosen exercise earlier</source>
        <translation>Avancer l&apos;exercice choisi</translation>
    </message>
    <message>
        <source>Move the chosen exercise later</source>
        <translation>Reculer l&apos;exercice choisi</translation>
    </message>
    <message>
        <source>Remove the chosen exercise (in the list of exercises)</source>
        <translation>Retirer l&apos;exercice choisi (dans la liste des exercices)</translation>
    </message>
    <message>
        <source>Rename the chosen routine (in the list of routines)</source>
        <translation>Renommer le programme choisi (dans la liste des programmes)</translation>
    </message>
    <message>
        <source>Delete the chosen routine (in the list of routines)</source>
        <translation>Supprimer le programme choisi (dans la liste des programmes)</translation>
    </message>
    <message>
        <source>Undo the last change to a routine</source>
        <translation>Annuler le dernier changement d&apos;un programme</translation>
    </message>
    <message>
        <source>Delete the chosen session</source>
        <translation>Supprimer la séance choisie</translation>
    </message>
    <message>
        <source>Undo the last change to a session</source>
        <translation>Annuler le dernier changement d&apos;une séance</translation>
    </message>
    <message>
        <source>Redo it</source>
        <translation>Rétablir</translation>
    </message>
</context>
</TS>
