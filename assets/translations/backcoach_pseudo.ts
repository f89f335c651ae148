<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ArgparseText</name>
    <message>
        <source>usage: </source>
        <translation>[üšågé:  ~]</translation>
    </message>
    <message>
        <source>options</source>
        <translation>[öptîöñš ~]</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>[pöšîtîöñål årgüméñtš ~~~~]</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>[šhöw thîš hélp méššågé åñd éxît ~~~~~~~]</translation>
    </message>
    <message>
        <source>show program's version number and exit</source>
        <translation>[šhöw prögråm'š véršîöñ ñümbér åñd éxît ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>[%(prög)š: érrör: %(méššågé)š
 ~~~~~~]</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>[årgüméñt %(årgüméñt_ñåmé)š: %(méššågé)š ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>[üñréçögñîzéd årgüméñtš: %š ~~~~~]</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>[thé föllöwîñg årgüméñtš åré réqüîréd: %š ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>[éxpéçtéd öñé årgüméñt ~~~~]</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>[åmbîgüöüš öptîöñ: %(öptîöñ)š çöüld måtçh %(måtçhéš)š ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>[îñvålîd %(týpé)š vålüé: %(vålüé)r ~~~~~~~]</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>[îñvålîd çhöîçé: %(vålüé)r (çhööšé fröm %(çhöîçéš)š) ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>[ñöt ållöwéd wîth årgüméñt %š ~~~~~~]</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>backcoach: {problem}</source>
        <translation>[båçkçöåçh: {problem} ~~~~]</translation>
    </message>
    <message>
        <source>backcoach: {error}</source>
        <translation>[båçkçöåçh: {error} ~~~]</translation>
    </message>
    <message>
        <source>A desktop coach for back-pain relief exercises.</source>
        <translation>[Å déšktöp çöåçh för båçk-påîñ rélîéf éxérçîšéš. ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{HELP}. While BackCoach runs with the same data folder, a second start hands --routine and --import-all to its window, and exits with the window's answer.</source>
        <translation>[{HELP}. Whîlé BåçkÇöåçh rüñš wîth thé šåmé dåtå földér, å šéçöñd štårt håñdš --röütîñé åñd --împört-åll tö îtš wîñdöw, åñd éxîtš wîth thé wîñdöw'š åñšwér. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>%(prog)s {version}</source>
        <translation>[%(prög)š {version} ~~~]</translation>
    </message>
    <message>
        <source>keep settings and history in DIR (default: ${DATA_DIR_VARIABLE} or the user data folder)</source>
        <translation>[kéép šéttîñgš åñd hîštörý îñ DÎR (défåült: ${DATA_DIR_VARIABLE} ör thé üšér dåtå földér) ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>reports (print or write, then exit without a window)</source>
        <translation>[répörtš (prîñt ör wrîté, théñ éxît wîthöüt å wîñdöw) ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>print totals and the current and best streaks as JSON</source>
        <translation>[prîñt tötålš åñd thé çürréñt åñd béšt štréåkš åš JŠÖÑ ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>with --export-csv: write the exercises to FILE instead</source>
        <translation>[wîth --éxpört-çšv: wrîté thé éxérçîšéš tö FÎLÉ îñštéåd ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>import the routine file FILE, choose it and open the player ready to start (a file that cannot be imported is reported with exit code 2)</source>
        <translation>[împört thé röütîñé fîlé FÎLÉ, çhööšé ît åñd öpéñ thé plåýér réådý tö štårt (å fîlé thåt çåññöt bé împörtéd îš répörtéd wîth éxît çödé 2) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>start in the tray without showing the window (as at login); without a tray, the window shows</source>
        <translation>[štårt îñ thé tråý wîthöüt šhöwîñg thé wîñdöw (åš åt lögîñ); wîthöüt å tråý, thé wîñdöw šhöwš ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{data_dir} is a file, not a folder: give a folder for the data (--data-dir).</source>
        <translation>[{data_dir} îš å fîlé, ñöt å földér: gîvé å földér för thé dåtå (--dåtå-dîr). ~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{data_dir} cannot be used as the data folder: {value}.</source>
        <translation>[{data_dir} çåññöt bé üšéd åš thé dåtå földér: {value}. ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>--export-exercises-csv needs --export-csv FILE for the sessions</source>
        <translation>[--éxpört-éxérçîšéš-çšv ñéédš --éxpört-çšv FÎLÉ för thé šéššîöñš ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>write all settings, routines and sessions to FILE and exit</source>
        <translation>[wrîté åll šéttîñgš, röütîñéš åñd šéššîöñš tö FÎLÉ åñd éxît ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>merge a file made by --export-all (or File &gt; Export all data) and exit; while the window runs, the window imports it</source>
        <translation>[mérgé å fîlé mådé bý --éxpört-åll (ör Fîlé &gt; Éxpört åll dåtå) åñd éxît; whîlé thé wîñdöw rüñš, thé wîñdöw împörtš ît ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>backcoach: {export_failed}</source>
        <translation>[båçkçöåçh: {export_failed} ~~~~~]</translation>
    </message>
    <message>
        <source>backcoach: {refusal}</source>
        <translation>[båçkçöåçh: {refusal} ~~~~]</translation>
    </message>
    <message>
        <source>backcoach: {running_instance_silent}</source>
        <translation>[båçkçöåçh: {running_instance_silent} ~~~~~~~~]</translation>
    </message>
    <message>
        <source>backcoach: {import_refused}</source>
        <translation>[båçkçöåçh: {import_refused} ~~~~~~]</translation>
    </message>
    <message>
        <source>backcoach: {import_failed}</source>
        <translation>[båçkçöåçh: {import_failed} ~~~~~]</translation>
    </message>
    <message>
        <source>add BackCoach (this installation of it) to your application menu, with its icon, and exit</source>
        <translation>[ådd BåçkÇöåçh (thîš îñštållåtîöñ öf ît) tö ýöür åpplîçåtîöñ méñü, wîth îtš îçöñ, åñd éxît ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>remove what --install-desktop added, and exit</source>
        <translation>[rémövé whåt --îñštåll-déšktöp åddéd, åñd éxît ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>BackCoach is in your application menu: {value} starts {join}.</source>
        <translation>[BåçkÇöåçh îš îñ ýöür åpplîçåtîöñ méñü: {value} štårtš {join}. ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Removed BackCoach's menu entry, icons and metainfo from {home} ({len} files).</source>
        <translation>[Rémövéd BåçkÇöåçh'š méñü éñtrý, îçöñš åñd métåîñfö fröm {home} ({len} fîléš). ~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>added to</source>
        <translation>[åddéd tö ~]</translation>
    </message>
    <message>
        <source>removed from</source>
        <translation>[rémövéd fröm ~]</translation>
    </message>
    <message>
        <source>BackCoach could not be {what} the application menu: {value} ({value2}).</source>
        <translation>[BåçkÇöåçh çöüld ñöt bé {what} thé åpplîçåtîöñ méñü: {value} ({value2}). ~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>exit status: 0 done; 1 could not be done (a file could not be written, or the running window did not answer); 2 an input was refused (a wrong argument, a routine file or archive that cannot be imported, a data folder that is a file), and nothing changed</source>
        <translation>[éxît štåtüš: 0 döñé; 1 çöüld ñöt bé döñé (å fîlé çöüld ñöt bé wrîttéñ, ör thé rüññîñg wîñdöw dîd ñöt åñšwér); 2 åñ îñpüt wåš réfüšéd (å wröñg årgüméñt, å röütîñé fîlé ör årçhîvé thåt çåññöt bé împörtéd, å dåtå földér thåt îš å fîlé), åñd ñöthîñg çhåñgéd ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>paper (write a PDF, then exit without a window)</source>
        <translation>[påpér (wrîté å PDF, théñ éxît wîthöüt å wîñdöw) ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>write the routine ROUTINE (its id or name) as a printable handout to FILE (PDF)</source>
        <translation>[wrîté thé röütîñé RÖÜTÎÑÉ (îtš îd ör ñåmé) åš å prîñtåblé håñdöüt tö FÎLÉ (PDF) ~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>write a progress report for your physiotherapist to FILE (PDF): the last 4 weeks unless --from and --to say otherwise</source>
        <translation>[wrîté å prögréšš répört för ýöür phýšîöthéråpîšt tö FÎLÉ (PDF): thé låšt 4 wéékš üñléšš --fröm åñd --tö šåý öthérwîšé ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>report from DATE (YYYY-MM-DD)</source>
        <translation>[répört fröm DÅTÉ (ÝÝÝÝ-MM-DD) ~~~~~~]</translation>
    </message>
    <message>
        <source>report up to DATE (YYYY-MM-DD)</source>
        <translation>[répört üp tö DÅTÉ (ÝÝÝÝ-MM-DD) ~~~~~~~]</translation>
    </message>
    <message>
        <source>There is no routine called {routine_name!r}. Routines: {names}.</source>
        <translation>[Théré îš ñö röütîñé çålléd {routine_name!r}. Röütîñéš: {names}. ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>--from and --to go with --report FILE.</source>
        <translation>[--fröm åñd --tö gö wîth --répört FÎLÉ. ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>backcoach: {message}</source>
        <translation>[båçkçöåçh: {message} ~~~~]</translation>
    </message>
    <message>
        <source>{option} {text!r} is not a date: write it as YYYY-MM-DD.</source>
        <translation>[{option} {text!r} îš ñöt å dåté: wrîté ît åš ÝÝÝÝ-MM-DD. ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{target} is a folder: give a file name for the PDF.</source>
        <translation>[{target} îš å földér: gîvé å fîlé ñåmé för thé PDF. ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{target} is inside the data folder ({data_dir}): save the PDF somewhere else.</source>
        <translation>[{target} îš îñšîdé thé dåtå földér ({data_dir}): šåvé thé PDF šöméwhéré élšé. ~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>backcoach: {target} could not be written: {value}.</source>
        <translation>[båçkçöåçh: {target} çöüld ñöt bé wrîttéñ: {value}. ~~~~~~~~~~~~~]</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {target} (%n page(s)).</source>
        <translation>
            <numerusform>[Wröté {target} (%n pågé(š)). ~~~~~~]</numerusform>
            <numerusform>[Wröté {target} (%n pågé(š)). ~~~~~~]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <source>Your session is kept in memory and will be saved as soon as possible; don't close BackCoach until then.</source>
        <translation>[Ýöür šéššîöñ îš képt îñ mémörý åñd wîll bé šåvéd åš šööñ åš pöššîblé; döñ't çlöšé BåçkÇöåçh üñtîl théñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Your settings are kept and saved as soon as possible.</source>
        <translation>[Ýöür šéttîñgš åré képt åñd šåvéd åš šööñ åš pöššîblé. ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>The change applies until BackCoach closes.</source>
        <translation>[Thé çhåñgé åpplîéš üñtîl BåçkÇöåçh çlöšéš. ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Restored {name} from the backup of {moment_text}. What it held before is kept as a backup too.</source>
        <translation>[Réštöréd {name} fröm thé båçküp öf {moment_text}. Whåt ît héld béföré îš képt åš å båçküp töö. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Everything that could not be saved before is saved now.</source>
        <translation>[Évérýthîñg thåt çöüld ñöt bé šåvéd béföré îš šåvéd ñöw. ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{error} The change was not saved.</source>
        <translation>[{error} Thé çhåñgé wåš ñöt šåvéd. ~~~~~~~]</translation>
    </message>
    <message>
        <source>{error} The session was not deleted.</source>
        <translation>[{error} Thé šéššîöñ wåš ñöt délétéd. ~~~~~~~~]</translation>
    </message>
    <message>
        <source>BackCoach could not set itself to start at login: {path} cannot be written ({value}).</source>
        <translation>[BåçkÇöåçh çöüld ñöt šét îtšélf tö štårt åt lögîñ: {path} çåññöt bé wrîttéñ ({value}). ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>BackCoach could not stop starting at login: {path} cannot be removed ({value}).</source>
        <translation>[BåçkÇöåçh çöüld ñöt štöp štårtîñg åt lögîñ: {path} çåññöt bé rémövéd ({value}). ~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Moving into or out of a position</source>
        <translation>[Mövîñg îñtö ör öüt öf å pöšîtîöñ ~~~~~~~]</translation>
    </message>
    <message>
        <source>{label} must be text.</source>
        <translation>[{label} müšt bé téxt. ~~~~]</translation>
    </message>
    <message>
        <source>{label} cannot be empty.</source>
        <translation>[{label} çåññöt bé émptý. ~~~~~]</translation>
    </message>
    <message>
        <source>{label} is {len} characters long; at most {limit} fit.</source>
        <translation>[{label} îš {len} çhåråçtérš löñg; åt möšt {limit} fît. ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>[Thé ñåmé ~]</translation>
    </message>
    <message>
        <source>The instructions</source>
        <translation>[Thé îñštrüçtîöñš ~~]</translation>
    </message>
    <message>
        <source>The purpose</source>
        <translation>[Thé pürpöšé ~]</translation>
    </message>
    <message>
        <source>The safety note</source>
        <translation>[Thé šåfétý ñöté ~~]</translation>
    </message>
    <message>
        <source>The side's name</source>
        <translation>[Thé šîdé'š ñåmé ~~]</translation>
    </message>
    <message>
        <source>Whether it is done on each side must be true or false.</source>
        <translation>[Whéthér ît îš döñé öñ éåçh šîdé müšt bé trüé ör fålšé. ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Choose at least one position.</source>
        <translation>[Çhööšé åt léåšt öñé pöšîtîöñ. ~~~~~~]</translation>
    </message>
    <message>
        <source>An exercise has at most {MAX_POSITIONS} positions, not {len}.</source>
        <translation>[Åñ éxérçîšé håš åt möšt {MAX_POSITIONS} pöšîtîöñš, ñöt {len}. ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Position {number} must be an object.</source>
        <translation>[Pöšîtîöñ {number} müšt bé åñ öbjéçt. ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Position {number} uses a pose this app cannot draw: {str!r}.</source>
        <translation>[Pöšîtîöñ {number} üšéš å pöšé thîš åpp çåññöt dråw: {str!r}. ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>The cue of position {number}</source>
        <translation>[Thé çüé öf pöšîtîöñ {number} ~~~~~~]</translation>
    </message>
    <message>
        <source>The name of position {number}</source>
        <translation>[Thé ñåmé öf pöšîtîöñ {number} ~~~~~~]</translation>
    </message>
    <message>
        <source>Your {what} file {name} could not be read: {why}</source>
        <translation>[Ýöür {what} fîlé {name} çöüld ñöt bé réåd: {why} ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>The damaged file is kept as {aside}.</source>
        <translation>[Thé dåmågéd fîlé îš képt åš {aside}. ~~~~~~~~]</translation>
    </message>
    <message numerus="yes">
        <source>%n readable record(s) rescued from it</source>
        <translation>
            <numerusform>[%n réådåblé réçörd(š) réšçüéd fröm ît ~~~~~~~~~]</numerusform>
            <numerusform>[%n réådåblé réçörd(š) réšçüéd fröm ît ~~~~~~~~~]</numerusform>
        </translation>
    </message>
    <message>
        <source>the backup of {moment_text} was loaded</source>
        <translation>[thé båçküp öf {moment_text} wåš löådéd ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>, and </source>
        <translation>[, åñd  ~]</translation>
    </message>
    <message>
        <source>No good backup was found, so the default settings are used.</source>
        <translation>[Ñö gööd båçküp wåš föüñd, šö thé défåült šéttîñgš åré üšéd. ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>No good backup was found.</source>
        <translation>[Ñö gööd båçküp wåš föüñd. ~~~~~]</translation>
    </message>
    <message>
        <source>Your file {name} was missing, but the damaged copy {aside} was still there (its recovery was interrupted), so it was recovered again.</source>
        <translation>[Ýöür fîlé {name} wåš mîššîñg, büt thé dåmågéd çöpý {aside} wåš štîll théré (îtš réçövérý wåš îñtérrüptéd), šö ît wåš réçövéréd ågåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>It could not be copied aside ({reason}), so it is left as it was at {path} and is not changed until it can be; what could be recovered is shown meanwhile.</source>
        <translation>[Ît çöüld ñöt bé çöpîéd åšîdé ({reason}), šö ît îš léft åš ît wåš åt {path} åñd îš ñöt çhåñgéd üñtîl ît çåñ bé; whåt çöüld bé réçövéréd îš šhöwñ méåñwhîlé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>The recovered data could not be saved yet ({reason}); the damaged file stays in place until it can be.</source>
        <translation>[Thé réçövéréd dåtå çöüld ñöt bé šåvéd ýét ({reason}); thé dåmågéd fîlé štåýš îñ plåçé üñtîl ît çåñ bé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Nothing was changed: BackCoach repairs the file the next time its window opens.</source>
        <translation>[Ñöthîñg wåš çhåñgéd: BåçkÇöåçh répåîrš thé fîlé thé ñéxt tîmé îtš wîñdöw öpéñš. ~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>It is another computer's file: nothing was changed here, and that computer repairs it.</source>
        <translation>[Ît îš åñöthér çömpütér'š fîlé: ñöthîñg wåš çhåñgéd héré, åñd thåt çömpütér répåîrš ît. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{problem} It is left as it is and never written over; fix its permissions to use it.</source>
        <translation>[{problem} Ît îš léft åš ît îš åñd ñévér wrîttéñ övér; fîx îtš pérmîššîöñš tö üšé ît. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>The sessions in {folder} cannot be read: {value}. They are not shown, and the folder is left as it is.</source>
        <translation>[Thé šéššîöñš îñ {folder} çåññöt bé réåd: {value}. Théý åré ñöt šhöwñ, åñd thé földér îš léft åš ît îš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in {path} could not be read; kept in the file but not shown.</source>
        <translation>
            <numerusform>[%n šéššîöñ(š) îñ {path} çöüld ñöt bé réåd; képt îñ thé fîlé büt ñöt šhöwñ. ~~~~~~~~~~~~~~~~~~~~]</numerusform>
            <numerusform>[%n šéššîöñ(š) îñ {path} çöüld ñöt bé réåd; képt îñ thé fîlé büt ñöt šhöwñ. ~~~~~~~~~~~~~~~~~~~~]</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} was written by a newer version of BackCoach. It is shown but not changed; update BackCoach to change it.</source>
        <translation>[{path} wåš wrîttéñ bý å ñéwér véršîöñ öf BåçkÇöåçh. Ît îš šhöwñ büt ñöt çhåñgéd; üpdåté BåçkÇöåçh tö çhåñgé ît. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{name} is not changed: {why}</source>
        <translation>[{name} îš ñöt çhåñgéd: {why} ~~~~~~]</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) could not be saved in the history: {why} Saved to {path} instead: after updating BackCoach, import that file with File › Import data to add them to your history.</source>
        <translation>
            <numerusform>[%n šéššîöñ(š) çöüld ñöt bé šåvéd îñ thé hîštörý: {why} Šåvéd tö {path} îñštéåd: åftér üpdåtîñg BåçkÇöåçh, împört thåt fîlé wîth Fîlé › Împört dåtå tö ådd thém tö ýöür hîštörý. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
            <numerusform>[%n šéššîöñ(š) çöüld ñöt bé šåvéd îñ thé hîštörý: {why} Šåvéd tö {path} îñštéåd: åftér üpdåtîñg BåçkÇöåçh, împört thåt fîlé wîth Fîlé › Împört dåtå tö ådd thém tö ýöür hîštörý. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
        </translation>
    </message>
    <message>
        <source>Your session cannot be saved: {why} It stays in memory until BackCoach closes; use File › Export all data to keep it.</source>
        <translation>[Ýöür šéššîöñ çåññöt bé šåvéd: {why} Ît štåýš îñ mémörý üñtîl BåçkÇöåçh çlöšéš; üšé Fîlé › Éxpört åll dåtå tö kéép ît. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>BackCoach is already running with {data_dir}; its window was brought forward.</source>
        <translation>[BåçkÇöåçh îš ålréådý rüññîñg wîth {data_dir}; îtš wîñdöw wåš bröüght förwård. ~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>The routine “{name}” was imported and is ready to start in the player.</source>
        <translation>[Thé röütîñé “{name}” wåš împörtéd åñd îš réådý tö štårt îñ thé plåýér. ~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>The routine “{name}” was imported; choose it in the player once this session is over.</source>
        <translation>[Thé röütîñé “{name}” wåš împörtéd; çhööšé ît îñ thé plåýér öñçé thîš šéššîöñ îš övér. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source> (process {holder})</source>
        <translation>[ (pröçéšš {holder}) ~~~]</translation>
    </message>
    <message>
        <source>BackCoach is already running with {data_dir}{who}, but it did not answer. Wait until it has finished what it is doing (an import), or quit it, and try again.</source>
        <translation>[BåçkÇöåçh îš ålréådý rüññîñg wîth {data_dir}{who}, büt ît dîd ñöt åñšwér. Wåît üñtîl ît håš fîñîšhéd whåt ît îš döîñg (åñ împört), ör qüît ît, åñd trý ågåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source> and {value} more</source>
        <translation>[ åñd {value} möré ~~~]</translation>
    </message>
    <message>
        <source>a conflict copy</source>
        <translation>[å çöñflîçt çöpý ~~]</translation>
    </message>
    <message>
        <source>{len} conflict copies</source>
        <translation>[{len} çöñflîçt çöpîéš ~~~~]</translation>
    </message>
    <message>
        <source>Merged {copies} a sync tool made ({listed}): every session, setting and routine in them is shown, the newest version of each. The copies are left as they are.</source>
        <translation>[Mérgéd {copies} å šýñç tööl mådé ({listed}): évérý šéššîöñ, šéttîñg åñd röütîñé îñ thém îš šhöwñ, thé ñéwéšt véršîöñ öf éåçh. Thé çöpîéš åré léft åš théý åré. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Another BackCoach ({holder}) is using this data folder, so this window only reads it: nothing you change here is saved. Close the other one and start BackCoach again to make changes.</source>
        <translation>[Åñöthér BåçkÇöåçh ({holder}) îš üšîñg thîš dåtå földér, šö thîš wîñdöw öñlý réådš ît: ñöthîñg ýöü çhåñgé héré îš šåvéd. Çlöšé thé öthér öñé åñd štårt BåçkÇöåçh ågåîñ tö måké çhåñgéš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>This routine has no exercises to do.</source>
        <translation>[Thîš röütîñé håš ñö éxérçîšéš tö dö. ~~~~~~~~]</translation>
    </message>
    <message>
        <source>The session has already started.</source>
        <translation>[Thé šéššîöñ håš ålréådý štårtéd. ~~~~~~~]</translation>
    </message>
    <message>
        <source>no period {period!r}: day, week or month</source>
        <translation>[ñö pérîöd {period!r}: dåý, wéék ör möñth ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>The year {year} is not a year BackCoach keeps ({FIRST_YEAR} to {LAST_YEAR}).</source>
        <translation>[Thé ýéår {year} îš ñöt å ýéår BåçkÇöåçh kéépš ({FIRST_YEAR} tö {LAST_YEAR}). ~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>There is no routine with the id {routine_id!r}.</source>
        <translation>[Théré îš ñö röütîñé wîth thé îd {routine_id!r}. ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>There is no exercise of yours with the id {exercise_id!r}.</source>
        <translation>[Théré îš ñö éxérçîšé öf ýöürš wîth thé îd {exercise_id!r}. ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>This is your only routine; make another before deleting it.</source>
        <translation>[Thîš îš ýöür öñlý röütîñé; måké åñöthér béföré délétîñg ît. ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>A routine holds at most {MAX_ITEMS} exercises.</source>
        <translation>[Å röütîñé höldš åt möšt {MAX_ITEMS} éxérçîšéš. ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>An exercise cannot move past the ends of the routine.</source>
        <translation>[Åñ éxérçîšé çåññöt mövé påšt thé éñdš öf thé röütîñé. ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>The new order must name each exercise of the routine once.</source>
        <translation>[Thé ñéw ördér müšt ñåmé éåçh éxérçîšé öf thé röütîñé öñçé. ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>turn off</source>
        <translation>[türñ öff ~]</translation>
    </message>
    <message>
        <source>Unknown fields: {join}.</source>
        <translation>[Üñkñöwñ fîéldš: {join}. ~~~~]</translation>
    </message>
    <message>
        <source>Sides must be one side, or left then right.</source>
        <translation>[Šîdéš müšt bé öñé šîdé, ör léft théñ rîght. ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>This exercise is part of {names}. Remove it from there first.</source>
        <translation>[Thîš éxérçîšé îš pårt öf {names}. Rémövé ît fröm théré fîršt. ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>The routine has no exercise number {value}.</source>
        <translation>[Thé röütîñé håš ñö éxérçîšé ñümbér {value}. ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>There is no exercise with the id {exercise_id!r}.</source>
        <translation>[Théré îš ñö éxérçîšé wîth thé îd {exercise_id!r}. ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>A routine needs at least one exercise turned on, so you cannot {verb} the last one. Add or turn on another first.</source>
        <translation>[Å röütîñé ñéédš åt léåšt öñé éxérçîšé türñéd öñ, šö ýöü çåññöt {verb} thé låšt öñé. Ådd ör türñ öñ åñöthér fîršt. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>You already have a routine called “{name}”.</source>
        <translation>[Ýöü ålréådý håvé å röütîñé çålléd “{name}”. ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>the id {id!r} is already used</source>
        <translation>[thé îd {id!r} îš ålréådý üšéd ~~~~~~]</translation>
    </message>
    <message>
        <source>One of your exercises could not be read ({error}); it is kept in routines.json but not shown.</source>
        <translation>[Öñé öf ýöür éxérçîšéš çöüld ñöt bé réåd ({error}); ît îš képt îñ röütîñéš.jšöñ büt ñöt šhöwñ. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>the id {id!r} appears twice</source>
        <translation>[thé îd {id!r} åppéårš twîçé ~~~~~~]</translation>
    </message>
    <message>
        <source>One of your routines could not be read ({error}); it is kept in routines.json but not shown.</source>
        <translation>[Öñé öf ýöür röütîñéš çöüld ñöt bé réåd ({error}); ît îš képt îñ röütîñéš.jšöñ büt ñöt šhöwñ. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>its name</source>
        <translation>[îtš ñåmé ~]</translation>
    </message>
    <message>
        <source>its side's name</source>
        <translation>[îtš šîdé'š ñåmé ~~]</translation>
    </message>
    <message>
        <source>a position's name</source>
        <translation>[å pöšîtîöñ'š ñåmé ~~~]</translation>
    </message>
    <message>
        <source>its instructions</source>
        <translation>[îtš îñštrüçtîöñš ~~]</translation>
    </message>
    <message>
        <source>its safety note</source>
        <translation>[îtš šåfétý ñöté ~~]</translation>
    </message>
    <message>
        <source>its purpose</source>
        <translation>[îtš pürpöšé ~]</translation>
    </message>
    <message>
        <source>a cue</source>
        <translation>[å çüé ~]</translation>
    </message>
    <message>
        <source>its texts are far longer than any exercise's</source>
        <translation>[îtš téxtš åré får löñgér thåñ åñý éxérçîšé'š ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{label} must be a whole number from {low} to {high}{unit}.</source>
        <translation>[{label} müšt bé å whölé ñümbér fröm {low} tö {high}{unit}. ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{label} must be from {low} to {high}{unit}, not {value}.</source>
        <translation>[{label} müšt bé fröm {low} tö {high}{unit}, ñöt {value}. ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>[Höld ~]</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>[Répétîtîöñš ~]</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>[Réšt ~]</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>[Šétš ~]</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>[Gét réådý ~]</translation>
    </message>
    <message>
        <source>Each exercise of a routine must be an object.</source>
        <translation>[Éåçh éxérçîšé öf å röütîñé müšt bé åñ öbjéçt. ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>The routine names an exercise this app does not know: {exercise_id!r}.</source>
        <translation>[Thé röütîñé ñåméš åñ éxérçîšé thîš åpp döéš ñöt kñöw: {exercise_id!r}. ~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>'both_sides' must be true or false.</source>
        <translation>['böth_šîdéš' müšt bé trüé ör fålšé. ~~~~~~~~]</translation>
    </message>
    <message>
        <source>'enabled' must be true or false.</source>
        <translation>['éñåbléd' müšt bé trüé ör fålšé. ~~~~~~~]</translation>
    </message>
    <message>
        <source>A routine must be a JSON object.</source>
        <translation>[Å röütîñé müšt bé å JŠÖÑ öbjéçt. ~~~~~~~]</translation>
    </message>
    <message>
        <source>A routine needs an 'id' (text).</source>
        <translation>[Å röütîñé ñéédš åñ 'îd' (téxt). ~~~~~~~]</translation>
    </message>
    <message>
        <source>A routine needs a 'name' (text).</source>
        <translation>[Å röütîñé ñéédš å 'ñåmé' (téxt). ~~~~~~~]</translation>
    </message>
    <message>
        <source>A routine's 'description' must be text.</source>
        <translation>[Å röütîñé'š 'déšçrîptîöñ' müšt bé téxt. ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Its name</source>
        <translation>[Îtš ñåmé ~]</translation>
    </message>
    <message>
        <source>Its description</source>
        <translation>[Îtš déšçrîptîöñ ~~]</translation>
    </message>
    <message>
        <source>Its name or description is far too long.</source>
        <translation>[Îtš ñåmé ör déšçrîptîöñ îš får töö löñg. ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>A routine needs a list of 'exercises'.</source>
        <translation>[Å röütîñé ñéédš å lîšt öf 'éxérçîšéš'. ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>[Théré îš ñö fîlé {path}. ~~~~~]</translation>
    </message>
    <message>
        <source>{path} is not a file (it is a folder or a device).</source>
        <translation>[{path} îš ñöt å fîlé (ît îš å földér ör å dévîçé). ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{name} is {value:,.1f} MB; a routine file is at most {value2:.0f} MB, so this is not one.</source>
        <translation>[{name} îš {value:,.1f} MB; å röütîñé fîlé îš åt möšt {value2:.0f} MB, šö thîš îš ñöt öñé. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{problem} It cannot be imported.</source>
        <translation>[{problem} Ît çåññöt bé împörtéd. ~~~~~~~]</translation>
    </message>
    <message>
        <source>{name} cannot be imported: {error}</source>
        <translation>[{name} çåññöt bé împörtéd: {error} ~~~~~~~~]</translation>
    </message>
    <message>
        <source>it is not a BackCoach routine file (it needs "format": "{FORMAT}").</source>
        <translation>[ît îš ñöt å BåçkÇöåçh röütîñé fîlé (ît ñéédš "förmåt": "{FORMAT}"). ~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>its "version" must be a whole number from 1.</source>
        <translation>[îtš "véršîöñ" müšt bé å whölé ñümbér fröm 1. ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>it was made by a newer version of BackCoach (format version {version}); update BackCoach to import it.</source>
        <translation>[ît wåš mådé bý å ñéwér véršîöñ öf BåçkÇöåçh (förmåt véršîöñ {version}); üpdåté BåçkÇöåçh tö împört ît. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>"exercises" must be a list of exercises.</source>
        <translation>["éxérçîšéš" müšt bé å lîšt öf éxérçîšéš. ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>it holds {len} exercises; at most {MAX_EXERCISES_IN_FILE} fit.</source>
        <translation>[ît höldš {len} éxérçîšéš; åt möšt {MAX_EXERCISES_IN_FILE} fît. ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>exercise {number} of the file must be an object.</source>
        <translation>[éxérçîšé {number} öf thé fîlé müšt bé åñ öbjéçt. ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>exercise {number} of the file needs an id of letters, digits, '_', '.' or '-'.</source>
        <translation>[éxérçîšé {number} öf thé fîlé ñéédš åñ îd öf léttérš, dîgîtš, '_', '.' ör '-'. ~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>exercise {number} of the file uses the id of an exercise of the guide ({exercise_id!r}).</source>
        <translation>[éxérçîšé {number} öf thé fîlé üšéš thé îd öf åñ éxérçîšé öf thé güîdé ({exercise_id!r}). ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>the exercise id {exercise_id!r} appears twice.</source>
        <translation>[thé éxérçîšé îd {exercise_id!r} åppéårš twîçé. ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>the exercise “{str}”: {error}</source>
        <translation>[thé éxérçîšé “{str}”: {error} ~~~~~~]</translation>
    </message>
    <message>
        <source>it needs a "routine" object.</source>
        <translation>[ît ñéédš å "röütîñé" öbjéçt. ~~~~~~]</translation>
    </message>
    <message>
        <source>the routine needs an id of letters, digits, '_', '.' or '-'.</source>
        <translation>[thé röütîñé ñéédš åñ îd öf léttérš, dîgîtš, '_', '.' ör '-'. ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>[Thé déšçrîptîöñ ~~]</translation>
    </message>
    <message>
        <source>the routine needs a list of "exercises" with at least one.</source>
        <translation>[thé röütîñé ñéédš å lîšt öf "éxérçîšéš" wîth åt léåšt öñé. ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>the routine has {len} exercises; at most {MAX_ITEMS} fit.</source>
        <translation>[thé röütîñé håš {len} éxérçîšéš; åt möšt {MAX_ITEMS} fît. ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>every exercise of the routine is turned off.</source>
        <translation>[évérý éxérçîšé öf thé röütîñé îš türñéd öff. ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>BackCoach {version}</source>
        <translation>[BåçkÇöåçh {version} ~~~]</translation>
    </message>
    <message>
        <source>{text!r} is not a time of day</source>
        <translation>[{text!r} îš ñöt å tîmé öf dåý ~~~~~~]</translation>
    </message>
    <message>
        <source>now must carry its time zone</source>
        <translation>[ñöw müšt çårrý îtš tîmé zöñé ~~~~~~]</translation>
    </message>
    <message>
        <source>A note can be at most {NOTE_LIMIT} characters; this one has {len}.</source>
        <translation>[Å ñöté çåñ bé åt möšt {NOTE_LIMIT} çhåråçtérš; thîš öñé håš {len}. ~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>[Thé ñöté ~]</translation>
    </message>
    <message>
        <source>A pain rating goes from 0 (none) to 10 (worst).</source>
        <translation>[Å påîñ råtîñg göéš fröm 0 (ñöñé) tö 10 (wöršt). ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>A session entered by hand lasts {first} to {last} minutes.</source>
        <translation>[Å šéššîöñ éñtéréd bý håñd låštš {first} tö {last} mîñütéš. ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>A session cannot start in the future.</source>
        <translation>[Å šéššîöñ çåññöt štårt îñ thé fütüré. ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>a session must be an object</source>
        <translation>[å šéššîöñ müšt bé åñ öbjéçt ~~~~~~]</translation>
    </message>
    <message>
        <source>'exercises' and 'hurts' must be lists</source>
        <translation>['éxérçîšéš' åñd 'hürtš' müšt bé lîštš ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>'completed' must be true or false</source>
        <translation>['çömplétéd' müšt bé trüé ör fålšé ~~~~~~~]</translation>
    </message>
    <message>
        <source>{key!r} must be text</source>
        <translation>[{key!r} müšt bé téxt ~~~~]</translation>
    </message>
    <message>
        <source>{key!r} is longer than any text BackCoach keeps</source>
        <translation>[{key!r} îš löñgér thåñ åñý téxt BåçkÇöåçh kéépš ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{key!r} holds characters that are not text</source>
        <translation>[{key!r} höldš çhåråçtérš thåt åré ñöt téxt ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{key!r} must be a whole number of reasonable size</source>
        <translation>[{key!r} müšt bé å whölé ñümbér öf réåšöñåblé šîzé ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{key!r} must be a number of seconds</source>
        <translation>[{key!r} müšt bé å ñümbér öf šéçöñdš ~~~~~~~~]</translation>
    </message>
    <message>
        <source>{key!r} must be a pain rating from 0 to 10</source>
        <translation>[{key!r} müšt bé å påîñ råtîñg fröm 0 tö 10 ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{key!r} must be a date and time</source>
        <translation>[{key!r} müšt bé å dåté åñd tîmé ~~~~~~~]</translation>
    </message>
    <message>
        <source>{key!r} must carry its UTC offset</source>
        <translation>[{key!r} müšt çårrý îtš ÜTÇ öffšét ~~~~~~~]</translation>
    </message>
    <message>
        <source>{key!r} is in a year BackCoach does not keep ({year})</source>
        <translation>[{key!r} îš îñ å ýéår BåçkÇöåçh döéš ñöt kéép ({year}) ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>settings are read-only: use changed({name}=...)</source>
        <translation>[šéttîñgš åré réåd-öñlý: üšé çhåñgéd({name}=...) ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>the setting {name!r} has no bounds</source>
        <translation>[thé šéttîñg {name!r} håš ñö böüñdš ~~~~~~~~]</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>[müšt bé å whölé ñümbér ~~~~]</translation>
    </message>
    <message>
        <source>must be from {low} to {high}</source>
        <translation>[müšt bé fröm {low} tö {high} ~~~~~~]</translation>
    </message>
    <message>
        <source>must be {get}</source>
        <translation>[müšt bé {get} ~]</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>[trüé ör fålšé ~]</translation>
    </message>
    <message>
        <source>text</source>
        <translation>[téxt ~]</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>[å lîšt ~]</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>[åñ öbjéçt ~]</translation>
    </message>
    <message>
        <source>Write at least one time, such as 10:30.</source>
        <translation>[Wrîté åt léåšt öñé tîmé, šüçh åš 10:30. ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>“{word}” is not a time of day; write times like 10:30, 15:00.</source>
        <translation>[“{word}” îš ñöt å tîmé öf dåý; wrîté tîméš lîké 10:30, 15:00. ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>At most {MAX_REMINDER_TIMES} times a day.</source>
        <translation>[Åt möšt {MAX_REMINDER_TIMES} tîméš å dåý. ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Work hours must be times of day such as 09:00.</source>
        <translation>[Wörk höürš müšt bé tîméš öf dåý šüçh åš 09:00. ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Work hours must end after they start.</source>
        <translation>[Wörk höürš müšt éñd åftér théý štårt. ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>[Çhööšé åt léåšt öñé dåý. ~~~~~]</translation>
    </message>
    <message>
        <source>Days must be numbers from 0 (Monday) to 6 (Sunday).</source>
        <translation>[Dåýš müšt bé ñümbérš fröm 0 (Möñdåý) tö 6 (Šüñdåý). ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>must be a time of day such as 09:00</source>
        <translation>[müšt bé å tîmé öf dåý šüçh åš 09:00 ~~~~~~~~]</translation>
    </message>
    <message>
        <source>must list at least one weekday</source>
        <translation>[müšt lîšt åt léåšt öñé wéékdåý ~~~~~~~]</translation>
    </message>
    <message>
        <source>must list weekdays as numbers from 0 (Monday) to 6 (Sunday)</source>
        <translation>[müšt lîšt wéékdåýš åš ñümbérš fröm 0 (Möñdåý) tö 6 (Šüñdåý) ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>must list at least one time</source>
        <translation>[müšt lîšt åt léåšt öñé tîmé ~~~~~~]</translation>
    </message>
    <message>
        <source>must have at most {MAX_REMINDER_TIMES} times</source>
        <translation>[müšt håvé åt möšt {MAX_REMINDER_TIMES} tîméš ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>must list times of day such as 10:30</source>
        <translation>[müšt lîšt tîméš öf dåý šüçh åš 10:30 ~~~~~~~~]</translation>
    </message>
    <message>
        <source>must list only {join}</source>
        <translation>[müšt lîšt öñlý {join} ~~~~]</translation>
    </message>
    <message>
        <source>must be one of {join}</source>
        <translation>[müšt bé öñé öf {join} ~~~~]</translation>
    </message>
    <message>
        <source>must be empty or like {example}</source>
        <translation>[müšt bé émptý ör lîké {example} ~~~~~~~]</translation>
    </message>
    <message>
        <source>must be a date from {FIRST_YEAR} to {LAST_YEAR}</source>
        <translation>[müšt bé å dåté fröm {FIRST_YEAR} tö {LAST_YEAR} ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>There is no setting called {name!r}.</source>
        <translation>[Théré îš ñö šéttîñg çålléd {name!r}. ~~~~~~~~]</translation>
    </message>
    <message>
        <source>The setting {name!r} {problem}.</source>
        <translation>[Thé šéttîñg {name!r} {problem}. ~~~~~~~]</translation>
    </message>
    <message>
        <source>The settings were not an object; the defaults are used.</source>
        <translation>[Thé šéttîñgš wéré ñöt åñ öbjéçt; thé défåültš åré üšéd. ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>The setting {name!r} {problem}; its default is used.</source>
        <translation>[Thé šéttîñg {name!r} {problem}; îtš défåült îš üšéd. ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source> and </source>
        <translation>[ åñd  ~]</translation>
    </message>
    <message>
        <source>{problem} The settings {names} are not used: the defaults are.</source>
        <translation>[{problem} Thé šéttîñgš {names} åré ñöt üšéd: thé défåültš åré. ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Move gently and never force it. If it hurts, stop.</source>
        <translation>[Mövé géñtlý åñd ñévér förçé ît. Îf ît hürtš, štöp. ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Paused: the computer slept</source>
        <translation>[Påüšéd: thé çömpütér šlépt ~~~~~]</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>[Påüšéd ~]</translation>
    </message>
    <message>
        <source>The time asleep does not count. Press Space when you are ready to go on.</source>
        <translation>[Thé tîmé åšléép döéš ñöt çöüñt. Préšš Špåçé whéñ ýöü åré réådý tö gö öñ. ~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Press Space or Resume to go on, Esc to stop.</source>
        <translation>[Préšš Špåçé ör Réšümé tö gö öñ, Éšç tö štöp. ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Hold still and breathe calmly.</source>
        <translation>[Höld štîll åñd bréåthé çålmlý. ~~~~~~~]</translation>
    </message>
    <message>
        <source>Slowly come back: {lower}</source>
        <translation>[Šlöwlý çömé båçk: {lower} ~~~~~]</translation>
    </message>
    <message>
        <source>Rest and breathe. Stay where you are.</source>
        <translation>[Réšt åñd bréåthé. Štåý whéré ýöü åré. ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Now the {lower}. {cue}</source>
        <translation>[Ñöw thé {lower}. {cue} ~~~~]</translation>
    </message>
    <message>
        <source>Rep {rep} of {reps}</source>
        <translation>[Rép {rep} öf {reps} ~~~]</translation>
    </message>
    <message>
        <source> · Set {set} of {sets}</source>
        <translation>[ · Šét {set} öf {sets} ~~~~]</translation>
    </message>
    <message>
        <source>{side_text} first</source>
        <translation>[{side_text} fîršt ~~~]</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>[Réléåšé ~]</translation>
    </message>
    <message>
        <source>Switch sides. {sentence}</source>
        <translation>[Šwîtçh šîdéš. {sentence} ~~~~~]</translation>
    </message>
    <message>
        <source>Rest.</source>
        <translation>[Réšt. ~]</translation>
    </message>
    <message>
        <source>Well done. That was the whole routine.</source>
        <translation>[Wéll döñé. Thåt wåš thé whölé röütîñé. ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Session stopped.</source>
        <translation>[Šéššîöñ štöppéd. ~~]</translation>
    </message>
    <message>
        <source>Paused while the computer slept.</source>
        <translation>[Påüšéd whîlé thé çömpütér šlépt. ~~~~~~~]</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>[Påüšéd. ~]</translation>
    </message>
    <message>
        <source>{label} contains characters that are not text (such as control characters, line breaks where one line is expected, or text direction overrides).</source>
        <translation>[{label} çöñtåîñš çhåråçtérš thåt åré ñöt téxt (šüçh åš çöñtröl çhåråçtérš, lîñé bréåkš whéré öñé lîñé îš éxpéçtéd, ör téxt dîréçtîöñ övérrîdéš). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>[{hours} h {minutes} mîñ ~~~~]</translation>
    </message>
    <message>
        <source>{minutes} min {secs} s</source>
        <translation>[{minutes} mîñ {secs} š ~~~~]</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>[{minutes} mîñ ~]</translation>
    </message>
    <message>
        <source>{duration_text} active</source>
        <translation>[{duration_text} åçtîvé ~~~~]</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>[%n dåý(š) ~]</numerusform>
            <numerusform>[%n dåý(š) ~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>[%n wéék(š) ~]</numerusform>
            <numerusform>[%n wéék(š) ~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>[%n šéššîöñ(š) ~]</numerusform>
            <numerusform>[%n šéššîöñ(š) ~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new session(s)</source>
        <translation>
            <numerusform>[%n ñéw šéššîöñ(š) ~~~]</numerusform>
            <numerusform>[%n ñéw šéššîöñ(š) ~~~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>[%n éxérçîšé(š) ~~]</numerusform>
            <numerusform>[%n éxérçîšé(š) ~~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routine(s)</source>
        <translation>
            <numerusform>[%n röütîñé(š) ~]</numerusform>
            <numerusform>[%n röütîñé(š) ~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s)</source>
        <translation>
            <numerusform>[%n šéttîñg(š) ~]</numerusform>
            <numerusform>[%n šéttîñg(š) ~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>[%n býté(š) ~]</numerusform>
            <numerusform>[%n býté(š) ~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s)</source>
        <translation>
            <numerusform>[%n båçküp(š) ~]</numerusform>
            <numerusform>[%n båçküp(š) ~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>[%n rép(š) ~]</numerusform>
            <numerusform>[%n rép(š) ~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s)</source>
        <translation>
            <numerusform>[%n höld(š) ~]</numerusform>
            <numerusform>[%n höld(š) ~]</numerusform>
        </translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>[Möñdåý ~]</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>[Tüéšdåý ~]</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>[Wédñéšdåý ~]</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>[Thüršdåý ~]</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>[Frîdåý ~]</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>[Šåtürdåý ~]</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>[Šüñdåý ~]</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>[Möñ ~]</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>[Tüé ~]</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>[Wéd ~]</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>[Thü ~]</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>[Frî ~]</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>[Šåt ~]</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>[Šüñ ~]</translation>
    </message>
    <message>
        <source>January</source>
        <translation>[Jåñüårý ~]</translation>
    </message>
    <message>
        <source>February</source>
        <translation>[Fébrüårý ~]</translation>
    </message>
    <message>
        <source>March</source>
        <translation>[Mårçh ~]</translation>
    </message>
    <message>
        <source>April</source>
        <translation>[Åprîl ~]</translation>
    </message>
    <message>
        <source>May</source>
        <translation>[Måý ~]</translation>
    </message>
    <message>
        <source>June</source>
        <translation>[Jüñé ~]</translation>
    </message>
    <message>
        <source>July</source>
        <translation>[Jülý ~]</translation>
    </message>
    <message>
        <source>August</source>
        <translation>[Åügüšt ~]</translation>
    </message>
    <message>
        <source>September</source>
        <translation>[Šéptémbér ~]</translation>
    </message>
    <message>
        <source>October</source>
        <translation>[Öçtöbér ~]</translation>
    </message>
    <message>
        <source>November</source>
        <translation>[Ñövémbér ~]</translation>
    </message>
    <message>
        <source>December</source>
        <translation>[Déçémbér ~]</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>[Jåñ ~]</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>[Féb ~]</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>[Mår ~]</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>[Åpr ~]</translation>
    </message>
    <message>
        <source>May </source>
        <translation>[Måý  ~]</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>[Jüñ ~]</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>[Jül ~]</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>[Åüg ~]</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>[Šép ~]</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>[Öçt ~]</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>[Ñöv ~]</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>[Déç ~]</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <comment>a date</comment>
        <translation>[{day} {month} {year} ~~~~]</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <comment>a date without the year</comment>
        <translation>[{day} {month} ~]</translation>
    </message>
    <message>
        <source>{weekday} {date}</source>
        <comment>a date with its weekday</comment>
        <translation>[{weekday} {date} ~~]</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <comment>a month of a year</comment>
        <translation>[{month} {year} ~~]</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <comment>a date and a time of day</comment>
        <translation>[{date}, {time} ~~]</translation>
    </message>
    <message>
        <source>today</source>
        <translation>[tödåý ~]</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>[ýéštérdåý ~]</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>[%n šéçöñd(š) ~]</numerusform>
            <numerusform>[%n šéçöñd(š) ~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rest or flare-up day(s)</source>
        <translation>
            <numerusform>[%n réšt ör flåré-üp dåý(š) ~~~~~]</numerusform>
            <numerusform>[%n réšt ör flåré-üp dåý(š) ~~~~~]</numerusform>
        </translation>
    </message>
    <message>
        <source>Move into position</source>
        <translation>[Mövé îñtö pöšîtîöñ ~~~]</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>[Šwîtçh šîdéš ~]</translation>
    </message>
    <message>
        <source>Left {part}</source>
        <translation>[Léft {part} ~]</translation>
    </message>
    <message>
        <source>Right {part}</source>
        <translation>[Rîght {part} ~]</translation>
    </message>
    <message>
        <source>{reps} × {hold_seconds} s hold</source>
        <translation>[{reps} × {hold_seconds} š höld ~~~~~~~]</translation>
    </message>
    <message>
        <source>{sets} sets of {text}</source>
        <translation>[{sets} šétš öf {text} ~~~~]</translation>
    </message>
    <message>
        <source>{text}, each side</source>
        <translation>[{text}, éåçh šîdé ~~~]</translation>
    </message>
    <message>
        <source>No streak yet: a session today starts one.</source>
        <translation>[Ñö štréåk ýét: å šéššîöñ tödåý štårtš öñé. ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{days}: {weekday_name} to {weekday_name2}</source>
        <translation>[{days}: {weekday_name} tö {weekday_name2} ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{days}: {first_text} to {relative_day_text}</source>
        <translation>[{days}: {first_text} tö {relative_day_text} ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>; {rest_day_name} was a rest day</source>
        <translation>[; {rest_day_name} wåš å réšt dåý ~~~~~~~]</translation>
    </message>
    <message>
        <source>{rest_day_name} and {rest_day_name2}</source>
        <translation>[{rest_day_name} åñd {rest_day_name2} ~~~~~~~~]</translation>
    </message>
    <message>
        <source>; {names} were rest days</source>
        <translation>[; {names} wéré réšt dåýš ~~~~~]</translation>
    </message>
    <message>
        <source>; {len} rest days paused it</source>
        <translation>[; {len} réšt dåýš påüšéd ît ~~~~~~]</translation>
    </message>
    <message>
        <source>{streak_days} days in a row.</source>
        <translation>[{streak_days} dåýš îñ å röw. ~~~~~~]</translation>
    </message>
    <message>
        <source>A new streak starts today.</source>
        <translation>[Å ñéw štréåk štårtš tödåý. ~~~~~]</translation>
    </message>
    <message>
        <source>This week: {plural} with a session.</source>
        <translation>[Thîš wéék: {plural} wîth å šéššîöñ. ~~~~~~~~]</translation>
    </message>
    <message>
        <source>This week: {week_days} of {goal_days} days. Your weekly goal is met.</source>
        <translation>[Thîš wéék: {week_days} öf {goal_days} dåýš. Ýöür wééklý göål îš mét. ~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message numerus="yes">
        <source>This week: {week_days} of {goal_days} days; %n more reach(es) your goal.</source>
        <translation>
            <numerusform>[Thîš wéék: {week_days} öf {goal_days} dåýš; %n möré réåçh(éš) ýöür göål. ~~~~~~~~~~~~~~~~~~~]</numerusform>
            <numerusform>[Thîš wéék: {week_days} öf {goal_days} dåýš; %n möré réåçh(éš) ýöür göål. ~~~~~~~~~~~~~~~~~~~]</numerusform>
        </translation>
    </message>
    <message>
        <source>{date_text} has a session, so it already counts for your streak. Rest days are for days without one.</source>
        <translation>[{date_text} håš å šéššîöñ, šö ît ålréådý çöüñtš för ýöür štréåk. Réšt dåýš åré för dåýš wîthöüt öñé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{plural} this week</source>
        <translation>[{plural} thîš wéék ~~~]</translation>
    </message>
    <message>
        <source>{days} of {plural} this week</source>
        <translation>[{days} öf {plural} thîš wéék ~~~~~~]</translation>
    </message>
    <message>
        <source>{done}: goal met</source>
        <translation>[{done}: göål mét ~~]</translation>
    </message>
    <message>
        <source>{done}, {value} to go</source>
        <translation>[{done}, {value} tö gö ~~~~]</translation>
    </message>
    <message>
        <source>Streak: {plural}.</source>
        <translation>[Štréåk: {plural}. ~~~]</translation>
    </message>
    <message>
        <source>, {goal_weeks} weeks in a row</source>
        <translation>[, {goal_weeks} wéékš îñ å röw ~~~~~~]</translation>
    </message>
    <message>
        <source>{streak} Weekly goal: {week}.</source>
        <translation>[{streak} Wééklý göål: {week}. ~~~~~~]</translation>
    </message>
    <message>
        <source>Rate your pain before and after your sessions: once 14 are rated, how it changes shows here.</source>
        <translation>[Råté ýöür påîñ béföré åñd åftér ýöür šéššîöñš: öñçé 14 åré råtéd, höw ît çhåñgéš šhöwš héré. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Pain before sessions: about the same since {since} ({first} then, {last} now).</source>
        <translation>[Påîñ béföré šéššîöñš: åböüt thé šåmé šîñçé {since} ({first} théñ, {last} ñöw). ~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Pain before sessions: down from {first} to {last} since {since}.</source>
        <translation>[Påîñ béföré šéššîöñš: döwñ fröm {first} tö {last} šîñçé {since}. ~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Pain before sessions: up from {first} to {last} since {since}.</source>
        <translation>[Påîñ béföré šéššîöñš: üp fröm {first} tö {last} šîñçé {since}. ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{line} A session lowers it by {relief} on average.</source>
        <translation>[{line} Å šéššîöñ löwérš ît bý {relief} öñ åvérågé. ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{line} After a session it is {relief} higher on average.</source>
        <translation>[{line} Åftér å šéššîöñ ît îš {relief} hîghér öñ åvérågé. ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{line} A session leaves it about the same.</source>
        <translation>[{line} Å šéššîöñ léåvéš ît åböüt thé šåmé. ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Reminders are off.</source>
        <translation>[Rémîñdérš åré öff. ~~~]</translation>
    </message>
    <message>
        <source>at {times}</source>
        <translation>[åt {times} ~]</translation>
    </message>
    <message>
        <source>never</source>
        <translation>[ñévér ~]</translation>
    </message>
    <message numerus="yes">
        <source>every %n minute(s) from {start} to {end}</source>
        <translation>
            <numerusform>[évérý %n mîñüté(š) fröm {start} tö {end} ~~~~~~~~~~]</numerusform>
            <numerusform>[évérý %n mîñüté(š) fröm {start} tö {end} ~~~~~~~~~~]</numerusform>
        </translation>
    </message>
    <message>
        <source>on weekdays</source>
        <translation>[öñ wéékdåýš ~]</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>[évérý dåý ~]</translation>
    </message>
    <message>
        <source>on no day</source>
        <translation>[öñ ñö dåý ~]</translation>
    </message>
    <message>
        <source>on {days}</source>
        <translation>[öñ {days} ~]</translation>
    </message>
    <message>
        <source>Reminders {when}, {on}.</source>
        <translation>[Rémîñdérš {when}, {on}. ~~~~]</translation>
    </message>
    <message>
        <source>{name} cannot be read: {value}.</source>
        <translation>[{name} çåññöt bé réåd: {value}. ~~~~~~~]</translation>
    </message>
    <message>
        <source>Could not write {path}: {value}.</source>
        <translation>[Çöüld ñöt wrîté {path}: {value}. ~~~~~~~]</translation>
    </message>
    <message>
        <source>The sessions and the exercises need two different files.</source>
        <translation>[Thé šéššîöñš åñd thé éxérçîšéš ñééd twö dîfféréñt fîléš. ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{path} is a folder; name a file to export to.</source>
        <translation>[{path} îš å földér; ñåmé å fîlé tö éxpört tö. ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Exported {plural} to {sessions_path} and their exercises to {exercises_path}.</source>
        <translation>[Éxpörtéd {plural} tö {sessions_path} åñd théîr éxérçîšéš tö {exercises_path}. ~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Exported {plural}, the settings, {plural2} and {plural3} to {path}.</source>
        <translation>[Éxpörtéd {plural}, thé šéttîñgš, {plural2} åñd {plural3} tö {path}. ~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message numerus="yes">
        <source>Imported {sessions} (%n already here).</source>
        <translation>
            <numerusform>[Împörtéd {sessions} (%n ålréådý héré). ~~~~~~~~~]</numerusform>
            <numerusform>[Împörtéd {sessions} (%n ålréådý héré). ~~~~~~~~~]</numerusform>
        </translation>
    </message>
    <message>
        <source>{unreadable} in the file could not be read.</source>
        <translation>[{unreadable} îñ thé fîlé çöüld ñöt bé réåd. ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Settings added: {join}.</source>
        <translation>[Šéttîñgš åddéd: {join}. ~~~~]</translation>
    </message>
    <message>
        <source>Routines added: {routines_added}; exercises added: {exercises_added}.</source>
        <translation>[Röütîñéš åddéd: {routines_added}; éxérçîšéš åddéd: {exercises_added}. ~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Export failed: {problem}</source>
        <translation>[Éxpört fåîléd: {problem} ~~~~~]</translation>
    </message>
    <message>
        <source>Nothing more was imported: {problem}</source>
        <translation>[Ñöthîñg möré wåš împörtéd: {problem} ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Nothing was imported: {problem}</source>
        <translation>[Ñöthîñg wåš împörtéd: {problem} ~~~~~~~]</translation>
    </message>
    <message>
        <source>No rest between repetitions: go on at an easy pace.</source>
        <translation>[Ñö réšt bétwééñ répétîtîöñš: gö öñ åt åñ éåšý påçé. ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Rest {plural} between repetitions.</source>
        <translation>[Réšt {plural} bétwééñ répétîtîöñš. ~~~~~~~~]</translation>
    </message>
    <message>
        <source>The period starts ({isoformat}) after it ends ({isoformat2}).</source>
        <translation>[Thé pérîöd štårtš ({isoformat}) åftér ît éñdš ({isoformat2}). ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>The period starts in the future ({isoformat}).</source>
        <translation>[Thé pérîöd štårtš îñ thé fütüré ({isoformat}). ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>There is no session between {isoformat} and {isoformat2}: choose a longer period.</source>
        <translation>[Théré îš ñö šéššîöñ bétwééñ {isoformat} åñd {isoformat2}: çhööšé å löñgér pérîöd. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{date_text} to {date_text2} ({length})</source>
        <translation>[{date_text} tö {date_text2} ({length}) ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>more than planned</source>
        <translation>[möré thåñ plåññéd ~~~]</translation>
    </message>
    <message>
        <source>{plural} on {plural2} ({minutes} of exercise).</source>
        <translation>[{plural} öñ {plural2} ({minutes} öf éxérçîšé). ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Weekly goal: {plural} a week, so {planned} days planned; {active_days} done ({adherence_text}). Goal met in {weeks_met} of {plural2}.</source>
        <translation>[Wééklý göål: {plural} å wéék, šö {planned} dåýš plåññéd; {active_days} döñé ({adherence_text}). Göål mét îñ {weeks_met} öf {plural2}. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>No weekly goal was set.</source>
        <translation>[Ñö wééklý göål wåš šét. ~~~~]</translation>
    </message>
    <message>
        <source>Completed: {completed} of {sessions} ({percent}); stopped early: {stopped_early}.</source>
        <translation>[Çömplétéd: {completed} öf {sessions} ({percent}); štöppéd éårlý: {stopped_early}. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>[göål mét ~]</translation>
    </message>
    <message>
        <source>rest days</source>
        <translation>[réšt dåýš ~]</translation>
    </message>
    <message>
        <source>short of the goal</source>
        <translation>[šhört öf thé göål ~~~]</translation>
    </message>
    <message>
        <source>{days_done} of {planned}</source>
        <translation>[{days_done} öf {planned} ~~~~~]</translation>
    </message>
    <message>
        <source>{sessions} of {offered}</source>
        <translation>[{sessions} öf {offered} ~~~~]</translation>
    </message>
    <message>
        <source>{holds_done} of {holds_planned} ({percent})</source>
        <translation>[{holds_done} öf {holds_planned} ({percent}) ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>none</source>
        <translation>[ñöñé ~]</translation>
    </message>
    <message>
        <source>{len}× (not rated)</source>
        <translation>[{len}× (ñöt råtéd) ~~~]</translation>
    </message>
    <message>
        <source>, {unrated} not rated</source>
        <translation>[, {unrated} ñöt råtéd ~~~~]</translation>
    </message>
    <message>
        <source>{len}× (rated {join}{extra})</source>
        <translation>[{len}× (råtéd {join}{extra}) ~~~~~~]</translation>
    </message>
    <message>
        <source>No pain ratings were given in this period.</source>
        <translation>[Ñö påîñ råtîñgš wéré gîvéñ îñ thîš pérîöd. ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Pain before sessions stayed about the same ({first}, then {last}).</source>
        <translation>[Påîñ béföré šéššîöñš štåýéd åböüt thé šåmé ({first}, théñ {last}). ~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>came down</source>
        <translation>[çåmé döwñ ~]</translation>
    </message>
    <message>
        <source>went up</source>
        <translation>[wéñt üp ~]</translation>
    </message>
    <message>
        <source>Pain before sessions {way} from {first} to {last}.</source>
        <translation>[Påîñ béföré šéššîöñš {way} fröm {first} tö {last}. ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>(Mean of the first and of the last {TREND_SESSIONS} rated sessions; 0 is no pain, 10 the worst.)</source>
        <translation>[(Méåñ öf thé fîršt åñd öf thé låšt {TREND_SESSIONS} råtéd šéššîöñš; 0 îš ñö påîñ, 10 thé wöršt.) ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Too few ratings for a trend ({len} before sessions; it needs {value}).</source>
        <translation>[Töö féw råtîñgš för å tréñd ({len} béföré šéššîöñš; ît ñéédš {value}). ~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>A session lowered pain by {relief} on average.</source>
        <translation>[Å šéššîöñ löwéréd påîñ bý {relief} öñ åvérågé. ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Pain was {value} higher after a session on average.</source>
        <translation>[Påîñ wåš {value} hîghér åftér å šéššîöñ öñ åvérågé. ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>A session left pain about the same on average.</source>
        <translation>[Å šéššîöñ léft påîñ åböüt thé šåmé öñ åvérågé. ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Pain before: mean {mean}, range {min}–{max}.</source>
        <translation>[Påîñ béföré: méåñ {mean}, råñgé {min}–{max}. ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>No rest or flare-up days were marked.</source>
        <translation>[Ñö réšt ör flåré-üp dåýš wéré mårkéd. ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>, rest {rest_seconds} s</source>
        <translation>[, réšt {rest_seconds} š ~~~~]</translation>
    </message>
    <message>
        <source>hold {before} s → {after} s</source>
        <translation>[höld {before} š → {after} š ~~~~~~]</translation>
    </message>
    <message>
        <source>{before} → {after} repetitions</source>
        <translation>[{before} → {after} répétîtîöñš ~~~~~~~]</translation>
    </message>
    <message>
        <source>From {date_text}: {exercise}, {join}</source>
        <translation>[Fröm {date_text}: {exercise}, {join} ~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>DataText</name>
    <message>
        <source>BackCoach export (*.json);;All files (*)</source>
        <translation>[BåçkÇöåçh éxpört (*.jšöñ);;Åll fîléš (*) ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Export all data…</source>
        <translation>[&amp;Éxpört åll dåtå… ~~~]</translation>
    </message>
    <message>
        <source>Save all settings, routines and sessions to one file</source>
        <translation>[Šåvé åll šéttîñgš, röütîñéš åñd šéššîöñš tö öñé fîlé ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation>[&amp;Împört dåtå… ~]</translation>
    </message>
    <message>
        <source>Merge a file exported on this or another computer</source>
        <translation>[Mérgé å fîlé éxpörtéd öñ thîš ör åñöthér çömpütér ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>[&amp;Réštöré fröm båçküp… ~~~~]</translation>
    </message>
    <message>
        <source>Put back an earlier version of a data file</source>
        <translation>[Püt båçk åñ éårlîér véršîöñ öf å dåtå fîlé ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Export all data</source>
        <translation>[Éxpört åll dåtå ~~]</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>[Împört dåtå ~]</translation>
    </message>
    <message>
        <source>Your latest settings</source>
        <translation>[Ýöür låtéšt šéttîñgš ~~~~]</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>[Ñöt šåvéd ~]</translation>
    </message>
    <message>
        <source>{what} could not be saved. {last_failure}</source>
        <translation>[{what} çöüld ñöt bé šåvéd. {last_failure} ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>If you quit now, they are lost. Free some disk space or fix the folder's permissions, then quit again; or export everything to another place.</source>
        <translation>[Îf ýöü qüît ñöw, théý åré löšt. Fréé šömé dîšk špåçé ör fîx thé földér'š pérmîššîöñš, théñ qüît ågåîñ; ör éxpört évérýthîñg tö åñöthér plåçé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Keep BackCoach open</source>
        <translation>[Kéép BåçkÇöåçh öpéñ ~~~]</translation>
    </message>
    <message>
        <source>Export to a file…</source>
        <translation>[Éxpört tö å fîlé… ~~~]</translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation>[Qüît wîthöüt šåvîñg ~~~]</translation>
    </message>
    <message>
        <source>Export history as &amp;CSV…</source>
        <translation>[Éxpört hîštörý åš &amp;ÇŠV… ~~~~]</translation>
    </message>
    <message>
        <source>Save your sessions, and the exercises of each, as two CSV files</source>
        <translation>[Šåvé ýöür šéššîöñš, åñd thé éxérçîšéš öf éåçh, åš twö ÇŠV fîléš ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>[Éxpört hîštörý åš ÇŠV ~~~~]</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>[ÇŠV fîléš (*.çšv);;Åll fîléš (*) ~~~~~~~]</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>[Ñötîçé ~]</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>[Dîšmîšš ~]</translation>
    </message>
    <message>
        <source>Hide this notice</source>
        <translation>[Hîdé thîš ñötîçé ~~]</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>[Dîšmîšš ñötîçé ~~]</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>[Šéttîñgš ~]</translation>
    </message>
    <message>
        <source>Your routines and exercises</source>
        <translation>[Ýöür röütîñéš åñd éxérçîšéš ~~~~~~]</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>[thîš çömpütér ~]</translation>
    </message>
    <message>
        <source>Sessions of {when} ({whose})</source>
        <translation>[Šéššîöñš öf {when} ({whose}) ~~~~~~]</translation>
    </message>
    <message>
        <source>This backup cannot be read.</source>
        <translation>[Thîš båçküp çåññöt bé réåd. ~~~~~~]</translation>
    </message>
    <message>
        <source>{plural} set</source>
        <translation>[{plural} šét ~]</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>[Réštöré fröm båçküp ~~~]</translation>
    </message>
    <message>
        <source>BackCoach backs up each file before it changes (at most once an hour) and keeps daily, weekly and monthly backups. Choose a backup to put back. What the file holds now is backed up first, so a restore can be undone the same way.</source>
        <translation>[BåçkÇöåçh båçkš üp éåçh fîlé béföré ît çhåñgéš (åt möšt öñçé åñ höür) åñd kéépš dåîlý, wééklý åñd möñthlý båçküpš. Çhööšé å båçküp tö püt båçk. Whåt thé fîlé höldš ñöw îš båçkéd üp fîršt, šö å réštöré çåñ bé üñdöñé thé šåmé wåý. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Your data and its backups, newest first</source>
        <translation>[Ýöür dåtå åñd îtš båçküpš, ñéwéšt fîršt ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>[Båçküpš ~]</translation>
    </message>
    <message>
        <source>Backups by file, newest first</source>
        <translation>[Båçküpš bý fîlé, ñéwéšt fîršt ~~~~~~]</translation>
    </message>
    <message>
        <source>Backup details</source>
        <translation>[Båçküp détåîlš ~~]</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>[&amp;Réštöré ~]</translation>
    </message>
    <message>
        <source>Put the selected backup back in place of its file</source>
        <translation>[Püt thé šéléçtéd båçküp båçk îñ plåçé öf îtš fîlé ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>[Réštöré thé šéléçtéd båçküp ~~~~~~]</translation>
    </message>
    <message>
        <source>Close without restoring</source>
        <translation>[Çlöšé wîthöüt réštörîñg ~~~~]</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>[Çlöšé ~]</translation>
    </message>
    <message>
        <source>There are no backups yet: they are made when a file changes.</source>
        <translation>[Théré åré ñö båçküpš ýét: théý åré mådé whéñ å fîlé çhåñgéš. ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{name} as it was then; the copy is {path}</source>
        <translation>[{name} åš ît wåš théñ; thé çöpý îš {path} ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{describe_file} as of {moment_text}: {describe_backup}.</source>
        <translation>[{describe_file} åš öf {moment_text}: {describe_backup}. ~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>4 weeks</source>
        <translation>[4 wéékš ~]</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>[3 möñthš ~]</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>[12 möñthš ~]</translation>
    </message>
    <message>
        <source>All</source>
        <translation>[Åll ~]</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>[Dåýš ~]</translation>
    </message>
    <message>
        <source>Active minutes per day</source>
        <translation>[Åçtîvé mîñütéš pér dåý ~~~~]</translation>
    </message>
    <message>
        <source>Bars per day</source>
        <translation>[Bårš pér dåý ~]</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>[Wéékš ~]</translation>
    </message>
    <message>
        <source>Active minutes per week</source>
        <translation>[Åçtîvé mîñütéš pér wéék ~~~~]</translation>
    </message>
    <message>
        <source>Bars per week</source>
        <translation>[Bårš pér wéék ~]</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>[Möñthš ~]</translation>
    </message>
    <message>
        <source>Active minutes per month</source>
        <translation>[Åçtîvé mîñütéš pér möñth ~~~~~]</translation>
    </message>
    <message>
        <source>Bars per month</source>
        <translation>[Bårš pér möñth ~~]</translation>
    </message>
    <message>
        <source>Pain trend</source>
        <translation>[Påîñ tréñd ~]</translation>
    </message>
    <message>
        <source>Each end is the average pain before {AVERAGE_OF} sessions: the first ones you rated, and the last ones.</source>
        <translation>[Éåçh éñd îš thé åvérågé påîñ béföré {AVERAGE_OF} šéššîöñš: thé fîršt öñéš ýöü råtéd, åñd thé låšt öñéš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Dates shown</source>
        <translation>[Dåtéš šhöwñ ~]</translation>
    </message>
    <message>
        <source>Charts of active minutes and pain</source>
        <translation>[Çhårtš öf åçtîvé mîñütéš åñd påîñ ~~~~~~~]</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>[Påîñ (0–10) ~]</translation>
    </message>
    <message>
        <source>Legend of the charts</source>
        <translation>[Légéñd öf thé çhårtš ~~~~]</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>[Šhöw: ~]</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>[Råñgé: ~]</translation>
    </message>
    <message>
        <source>Everything you logged</source>
        <translation>[Évérýthîñg ýöü löggéd ~~~~]</translation>
    </message>
    <message>
        <source>The last {text}</source>
        <translation>[Thé låšt {text} ~~]</translation>
    </message>
    <message>
        <source>Range: {text}</source>
        <translation>[Råñgé: {text} ~]</translation>
    </message>
    <message>
        <source>&lt;span style="color:{colour}"&gt;{symbol}&lt;/span&gt;</source>
        <translation>[&lt;span style="color:{colour}"&gt;{symbol}&lt;/span&gt; ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&lt;span style="color:{text}"&gt;{swatch} Active minutes &amp;nbsp; {swatch2} Rest or flare-up day &amp;nbsp; {swatch3} Pain before &amp;nbsp; {swatch4} Pain after (lines: the average of {AVERAGE_OF} sessions; rings: each session)&lt;/span&gt;</source>
        <translation>[&lt;span style="color:{text}"&gt;{swatch} Åçtîvé mîñütéš &amp;nbsp; {swatch2} Réšt ör flåré-üp dåý &amp;nbsp; {swatch3} Påîñ béföré &amp;nbsp; {swatch4} Påîñ åftér (lîñéš: thé åvérågé öf {AVERAGE_OF} šéššîöñš; rîñgš: éåçh šéššîöñ)&lt;/span&gt; ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Showing {date_text} to {date_text2}, as dragged or zoomed. A range button shows a usual span again.</source>
        <translation>[Šhöwîñg {date_text} tö {date_text2}, åš dråggéd ör zööméd. Å råñgé büttöñ šhöwš å üšüål špåñ ågåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Calendar of the last 12 months</source>
        <translation>[Çåléñdår öf thé låšt 12 möñthš ~~~~~~~]</translation>
    </message>
    <message>
        <source>: no session</source>
        <translation>[: ñö šéššîöñ ~]</translation>
    </message>
    <message>
        <source>; rest day</source>
        <translation>[; réšt dåý ~]</translation>
    </message>
    <message>
        <source> (today)</source>
        <translation>[ (tödåý) ~]</translation>
    </message>
    <message>
        <source>Mar 2025</source>
        <translation>[Mår 2025 ~]</translation>
    </message>
    <message>
        <source>Each square is a day, darker with more active minutes; a stroke marks a rest day. Arrow keys move, Space marks a rest day.</source>
        <translation>[Éåçh šqüåré îš å dåý, dårkér wîth möré åçtîvé mîñütéš; å štröké mårkš å réšt dåý. Årröw kéýš mövé, Špåçé mårkš å réšt dåý. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Calendar legend</source>
        <translation>[Çåléñdår légéñd ~~]</translation>
    </message>
    <message>
        <source>Lighter squares: fewer active minutes; darker: more. A stroke: rest day.</source>
        <translation>[Lîghtér šqüåréš: féwér åçtîvé mîñütéš; dårkér: möré. Å štröké: réšt dåý. ~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Less More Rest day</source>
        <translation>[Léšš Möré Réšt dåý ~~~]</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>[Léšš ~]</translation>
    </message>
    <message>
        <source>More</source>
        <translation>[Möré ~]</translation>
    </message>
    <message>
        <source>Rest day</source>
        <translation>[Réšt dåý ~]</translation>
    </message>
    <message>
        <source>Mark as rest day</source>
        <translation>[Mårk åš réšt dåý ~~]</translation>
    </message>
    <message>
        <source>Mark or unmark the chosen day as a rest or flare-up day (Space in the calendar)</source>
        <translation>[Mårk ör üñmårk thé çhöšéñ dåý åš å réšt ör flåré-üp dåý (Špåçé îñ thé çåléñdår) ~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Chosen day</source>
        <translation>[Çhöšéñ dåý ~]</translation>
    </message>
    <message>
        <source>Sessions of the chosen day</source>
        <translation>[Šéššîöñš öf thé çhöšéñ dåý ~~~~~]</translation>
    </message>
    <message>
        <source>Click a day or move with the arrow keys. Rest and flare-up days pause your streak instead of breaking it.</source>
        <translation>[Çlîçk å dåý ör mövé wîth thé årröw kéýš. Réšt åñd flåré-üp dåýš påüšé ýöür štréåk îñštéåd öf bréåkîñg ît. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Rest day (unmark)</source>
        <translation>[Réšt dåý (üñmårk) ~~~]</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>[ñöt råtéd ~]</translation>
    </message>
    <message>
        <source>{name}: 0 (none) to 10 (worst); empty for not rated</source>
        <translation>[{name}: 0 (ñöñé) tö 10 (wöršt); émptý för ñöt råtéd ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{name}: “{strip}” cannot be saved. {problem} Leave it empty for not rated.</source>
        <translation>[{name}: “{strip}” çåññöt bé šåvéd. {problem} Léåvé ît émptý för ñöt råtéd. ~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>, pain {before} → {after}</source>
        <translation>[, påîñ {before} → {after} ~~~~~]</translation>
    </message>
    <message>
        <source> (partial)</source>
        <translation>[ (pårtîål) ~]</translation>
    </message>
    <message>
        <source>{title}: {active_text} in {count}</source>
        <translation>[{title}: {active_text} îñ {count} ~~~~~~~]</translation>
    </message>
    <message>
        <source>{title}: no session</source>
        <translation>[{title}: ñö šéššîöñ ~~~]</translation>
    </message>
    <message>
        <source>Rest or flare-up day</source>
        <translation>[Réšt ör flåré-üp dåý ~~~~]</translation>
    </message>
    <message>
        <source>Week of {date_text}</source>
        <translation>[Wéék öf {date_text} ~~~]</translation>
    </message>
    <message>
        <source>{plural} on {plural2}</source>
        <translation>[{plural} öñ {plural2} ~~~~]</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pain {which}: {getattr}&lt;/b&gt;</source>
        <translation>[&lt;b&gt;Påîñ {which}: {getattr}&lt;/b&gt; ~~~~~~~]</translation>
    </message>
    <message>
        <source>30 Sep 2026</source>
        <translation>[30 Šép 2026 ~]</translation>
    </message>
    <message>
        <source>History message</source>
        <translation>[Hîštörý méššågé ~~]</translation>
    </message>
    <message>
        <source>History pages</source>
        <translation>[Hîštörý pågéš ~]</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>[&amp;Prögréšš ~]</translation>
    </message>
    <message>
        <source>Active minutes and pain over time</source>
        <translation>[Åçtîvé mîñütéš åñd påîñ övér tîmé ~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>[&amp;Çåléñdår ~]</translation>
    </message>
    <message>
        <source>The last 12 months, day by day; mark rest days here</source>
        <translation>[Thé låšt 12 möñthš, dåý bý dåý; mårk réšt dåýš héré ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>[&amp;Šéššîöñš ~]</translation>
    </message>
    <message>
        <source>Every session: edit notes and ratings, delete, add</source>
        <translation>[Évérý šéššîöñ: édît ñötéš åñd råtîñgš, délété, ådd ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Your history starts with your first session</source>
        <translation>[Ýöür hîštörý štårtš wîth ýöür fîršt šéššîöñ ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Each session you finish shows up here: minutes per day, how your back felt before and after, and your streaks. A streak is kind to a bad back: days you mark as rest days pause it instead of breaking it.</source>
        <translation>[Éåçh šéššîöñ ýöü fîñîšh šhöwš üp héré: mîñütéš pér dåý, höw ýöür båçk félt béföré åñd åftér, åñd ýöür štréåkš. Å štréåk îš kîñd tö å båd båçk: dåýš ýöü mårk åš réšt dåýš påüšé ît îñštéåd öf bréåkîñg ît. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Start a routine</source>
        <translation>[Štårt å röütîñé ~~]</translation>
    </message>
    <message>
        <source>Go to the player and start your first session</source>
        <translation>[Gö tö thé plåýér åñd štårt ýöür fîršt šéššîöñ ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Add a session done without the app…</source>
        <translation>[Ådd å šéššîöñ döñé wîthöüt thé åpp… ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Log a session you did at the physio's or from memory</source>
        <translation>[Lög å šéššîöñ ýöü dîd åt thé phýšîö'š ör fröm mémörý ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Add a session done without the app</source>
        <translation>[Ådd å šéššîöñ döñé wîthöüt thé åpp ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Reading your history…</source>
        <translation>[Réådîñg ýöür hîštörý… ~~~~]</translation>
    </message>
    <message>
        <source>{name}, 0 (none) to 10 (worst); below 0 leaves it unrated</source>
        <translation>[{name}, 0 (ñöñé) tö 10 (wöršt); bélöw 0 léåvéš ît üñråtéd ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy  HH:mm</source>
        <translation>[ddd d MMM ýýýý  HH:mm ~~~~]</translation>
    </message>
    <message>
        <source>When it started</source>
        <translation>[Whéñ ît štårtéd ~~]</translation>
    </message>
    <message>
        <source>The day and time the session started</source>
        <translation>[Thé dåý åñd tîmé thé šéššîöñ štårtéd ~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>[&amp;Whéñ: ~]</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>[Röütîñé ~]</translation>
    </message>
    <message>
        <source>The routine you followed</source>
        <translation>[Thé röütîñé ýöü föllöwéd ~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Routine:</source>
        <translation>[&amp;Röütîñé: ~]</translation>
    </message>
    <message>
        <source> min</source>
        <translation>[ mîñ ~]</translation>
    </message>
    <message>
        <source>Minutes exercising</source>
        <translation>[Mîñütéš éxérçîšîñg ~~~]</translation>
    </message>
    <message>
        <source>How long you exercised, not counting breaks</source>
        <translation>[Höw löñg ýöü éxérçîšéd, ñöt çöüñtîñg bréåkš ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>[&amp;Mîñütéš: ~]</translation>
    </message>
    <message>
        <source>I did the whole routine</source>
        <translation>[Î dîd thé whölé röütîñé ~~~~]</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>[Çömplétéd ~]</translation>
    </message>
    <message>
        <source>Untick when you stopped part way</source>
        <translation>[Üñtîçk whéñ ýöü štöppéd pårt wåý ~~~~~~~]</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>[Påîñ béföré ~]</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>[Påîñ åftér ~]</translation>
    </message>
    <message>
        <source>Pain &amp;before:</source>
        <translation>[Påîñ &amp;béföré: ~]</translation>
    </message>
    <message>
        <source>Pain &amp;after:</source>
        <translation>[Påîñ &amp;åftér: ~]</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>[Ñöté ~]</translation>
    </message>
    <message>
        <source>Anything worth remembering about this session</source>
        <translation>[Åñýthîñg wörth rémémbérîñg åböüt thîš šéššîöñ ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>[&amp;Ñöté: ~]</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>[Pröblém ~]</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>[Ådd šéššîöñ ~]</translation>
    </message>
    <message>
        <source>Log this session in your history</source>
        <translation>[Lög thîš šéššîöñ îñ ýöür hîštörý ~~~~~~~]</translation>
    </message>
    <message>
        <source>Close without adding anything</source>
        <translation>[Çlöšé wîthöüt åddîñg åñýthîñg ~~~~~~]</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>[Dåté ~]</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>[Düråtîöñ ~]</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>[Döñé ~]</translation>
    </message>
    <message>
        <source>Pain
before</source>
        <translation>[Påîñ
béföré ~]</translation>
    </message>
    <message>
        <source>Pain
after</source>
        <translation>[Påîñ
åftér ~]</translation>
    </message>
    <message>
        <source>{duration_text} in all, {active_text}</source>
        <translation>[{duration_text} îñ åll, {active_text} ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>[Éñtéréd bý håñd ~~]</translation>
    </message>
    <message>
        <source>Double-click (or F2) to add a note</source>
        <translation>[Döüblé-çlîçk (ör F2) tö ådd å ñöté ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Pain from 0 (none) to 10 (worst); F2 to change</source>
        <translation>[Påîñ fröm 0 (ñöñé) tö 10 (wöršt); F2 tö çhåñgé ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>none</source>
        <translation>[ñöñé ~]</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>[Pårtîål ~]</translation>
    </message>
    <message>
        <source> (by hand)</source>
        <translation>[ (bý håñd) ~]</translation>
    </message>
    <message>
        <source>edit the session of {day}</source>
        <translation>[édît thé šéššîöñ öf {day} ~~~~~]</translation>
    </message>
    <message>
        <source>delete the session of {day}</source>
        <translation>[délété thé šéššîöñ öf {day} ~~~~~~]</translation>
    </message>
    <message>
        <source>add the session of {day}</source>
        <translation>[ådd thé šéššîöñ öf {day} ~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Add a session…</source>
        <translation>[&amp;Ådd å šéššîöñ… ~~]</translation>
    </message>
    <message>
        <source>Log a session you did without the app</source>
        <translation>[Lög å šéššîöñ ýöü dîd wîthöüt thé åpp ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>[&amp;Délété ~]</translation>
    </message>
    <message>
        <source>Delete the selected session (Delete key); Undo brings it back</source>
        <translation>[Délété thé šéléçtéd šéššîöñ (Délété kéý); Üñdö brîñgš ît båçk ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Take back the last change (Ctrl+Z)</source>
        <translation>[Tåké båçk thé låšt çhåñgé (Çtrl+Z) ~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>[&amp;Üñdö ~]</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>[Ré&amp;dö ~]</translation>
    </message>
    <message>
        <source>Do the change again (Ctrl+Shift+Z)</source>
        <translation>[Dö thé çhåñgé ågåîñ (Çtrl+Šhîft+Z) ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>[Låšt çhåñgé ~]</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>[Šéššîöñš ~]</translation>
    </message>
    <message>
        <source>Your sessions, newest first. F2 edits a rating or the note.</source>
        <translation>[Ýöür šéššîöñš, ñéwéšt fîršt. F2 édîtš å råtîñg ör thé ñöté. ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>[Délété šéššîöñ ~~]</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>[&amp;Rédö ~]</translation>
    </message>
    <message>
        <source>Completed (by hand)</source>
        <translation>[Çömplétéd (bý håñd) ~~~]</translation>
    </message>
    <message>
        <source>Partial (by hand)</source>
        <translation>[Pårtîål (bý håñd) ~~~]</translation>
    </message>
    <message>
        <source>59 min 59 s</source>
        <translation>[59 mîñ 59 š ~]</translation>
    </message>
    <message>
        <source>23 h 59 min</source>
        <translation>[23 h 59 mîñ ~]</translation>
    </message>
    <message>
        <source>Full floor routine</source>
        <translation>[Füll flöör röütîñé ~~~]</translation>
    </message>
    <message>
        <source>Undone: {text}. Redo brings it back.</source>
        <translation>[Üñdöñé: {text}. Rédö brîñgš ît båçk. ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Done: {text}. Undo takes it back.</source>
        <translation>[Döñé: {text}. Üñdö tåkéš ît båçk. ~~~~~~~]</translation>
    </message>
    <message>
        <source>Undo: {undoText} (Ctrl+Z)</source>
        <translation>[Üñdö: {undoText} (Çtrl+Z) ~~~~~]</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>[Ñöthîñg tö üñdö ~~]</translation>
    </message>
    <message>
        <source>Redo: {redoText} (Ctrl+Shift+Z)</source>
        <translation>[Rédö: {redoText} (Çtrl+Šhîft+Z) ~~~~~~~]</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>[Ñöthîñg tö rédö ~~]</translation>
    </message>
    <message>
        <source>Current streak</source>
        <translation>[Çürréñt štréåk ~~]</translation>
    </message>
    <message>
        <source>Best streak</source>
        <translation>[Béšt štréåk ~]</translation>
    </message>
    <message>
        <source>Weekly goal</source>
        <translation>[Wééklý göål ~]</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>[Thîš wéék ~]</translation>
    </message>
    <message>
        <source>Current streak explained</source>
        <translation>[Çürréñt štréåk éxplåîñéd ~~~~~]</translation>
    </message>
    <message>
        <source>Rest day today</source>
        <translation>[Réšt dåý tödåý ~~]</translation>
    </message>
    <message>
        <source>A bad day or a flare-up: mark today as a rest day. It pauses your streak instead of breaking it.</source>
        <translation>[Å båd dåý ör å flåré-üp: mårk tödåý åš å réšt dåý. Ît påüšéš ýöür štréåk îñštéåd öf bréåkîñg ît. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Goal and day start…</source>
        <translation>[Göål åñd dåý štårt… ~~~]</translation>
    </message>
    <message>
        <source>Goal and day start</source>
        <translation>[Göål åñd dåý štårt ~~~]</translation>
    </message>
    <message>
        <source>Set a weekly goal and the hour your day starts</source>
        <translation>[Šét å wééklý göål åñd thé höür ýöür dåý štårtš ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{short} to {short2}</source>
        <translation>[{short} tö {short2} ~~~]</translation>
    </message>
    <message>
        <source>0 days</source>
        <translation>[0 dåýš ~]</translation>
    </message>
    <message>
        <source>Your longest run of days shows here.</source>
        <translation>[Ýöür löñgéšt rüñ öf dåýš šhöwš héré. ~~~~~~~~]</translation>
    </message>
    <message>
        <source>This week: goal met.</source>
        <translation>[Thîš wéék: göål mét. ~~~~]</translation>
    </message>
    <message>
        <source>This week, {left} to go.</source>
        <translation>[Thîš wéék, {left} tö gö. ~~~~~]</translation>
    </message>
    <message>
        <source> Met {plural} in a row.</source>
        <translation>[ Mét {plural} îñ å röw. ~~~~]</translation>
    </message>
    <message>
        <source>{days} of {plural}</source>
        <translation>[{days} öf {plural} ~~~]</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>[Ñö göål ~]</translation>
    </message>
    <message>
        <source>Set a goal of some days a week with “Goal and day start”.</source>
        <translation>[Šét å göål öf šömé dåýš å wéék wîth “Göål åñd dåý štårt”. ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>[Ñöñé ýét ~]</translation>
    </message>
    <message>
        <source>No session since Monday</source>
        <translation>[Ñö šéššîöñ šîñçé Möñdåý ~~~~]</translation>
    </message>
    <message>
        <source>{toolTip}
In all: {plural} on {plural2}, {duration_text}.</source>
        <translation>[{toolTip}
Îñ åll: {plural} öñ {plural2}, {duration_text}. ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Weekly goal and day start</source>
        <translation>[Wééklý göål åñd dåý štårt ~~~~~]</translation>
    </message>
    <message>
        <source>A weekly goal counts the weeks in a row with that many days of exercise. Rest days you mark make up for missing days. A later day start counts a session after midnight for the day before.</source>
        <translation>[Å wééklý göål çöüñtš thé wéékš îñ å röw wîth thåt måñý dåýš öf éxérçîšé. Réšt dåýš ýöü mårk måké üp för mîššîñg dåýš. Å låtér dåý štårt çöüñtš å šéššîöñ åftér mîdñîght för thé dåý béföré. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>no goal</source>
        <translation>[ñö göål ~]</translation>
    </message>
    <message>
        <source> days a week</source>
        <translation>[ dåýš å wéék ~]</translation>
    </message>
    <message>
        <source>Days a week you aim to exercise (0: no goal)</source>
        <translation>[Dåýš å wéék ýöü åîm tö éxérçîšé (0: ñö göål) ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Weekly &amp;goal:</source>
        <translation>[Wééklý &amp;göål: ~]</translation>
    </message>
    <message>
        <source>Day starts at</source>
        <translation>[Dåý štårtš åt ~]</translation>
    </message>
    <message>
        <source>The hour a new day starts, from {earliest}:00 (midnight) to {latest}:00</source>
        <translation>[Thé höür å ñéw dåý štårtš, fröm {earliest}:00 (mîdñîght) tö {latest}:00 ~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Day &amp;starts at:</source>
        <translation>[Dåý &amp;štårtš åt: ~~]</translation>
    </message>
    <message>
        <source>Save these settings</source>
        <translation>[Šåvé théšé šéttîñgš ~~~]</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>[Çlöšé wîthöüt çhåñgîñg åñýthîñg ~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>PaperText</name>
    <message>
        <source>Print handout</source>
        <translation>[Prîñt håñdöüt ~]</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>[Röütîñé ~]</translation>
    </message>
    <message>
        <source>The routine to put on paper, with its holds and repetitions</source>
        <translation>[Thé röütîñé tö püt öñ påpér, wîth îtš höldš åñd répétîtîöñš ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Routine:</source>
        <translation>[&amp;Röütîñé: ~]</translation>
    </message>
    <message>
        <source>Each exercise with its pictures, numbers and safety note, and a table to tick for two weeks. It prints well in black and white.</source>
        <translation>[Éåçh éxérçîšé wîth îtš pîçtüréš, ñümbérš åñd šåfétý ñöté, åñd å tåblé tö tîçk för twö wéékš. Ît prîñtš wéll îñ blåçk åñd whîté. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>BackCoach · {routine_name}</source>
        <translation>[BåçkÇöåçh · {routine_name} ~~~~~]</translation>
    </message>
    <message>
        <source>Your home exercises, printed on {date_text}. Do them slowly; breathe normally while you hold.</source>
        <translation>[Ýöür hömé éxérçîšéš, prîñtéd öñ {date_text}. Dö thém šlöwlý; bréåthé ñörmållý whîlé ýöü höld. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Safety first</source>
        <translation>[Šåfétý fîršt ~]</translation>
    </message>
    <message>
        <source>Do: {dose}. {rest}</source>
        <translation>[Dö: {dose}. {rest} ~~~]</translation>
    </message>
    <message>
        <source>Take care: {safety}</source>
        <translation>[Tåké çåré: {safety} ~~~]</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>[Dåý ~]</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>[Dåté ~]</translation>
    </message>
    <message>
        <source>Pain before (0–10)</source>
        <translation>[Påîñ béföré (0–10) ~~~]</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>[Påîñ åftér ~]</translation>
    </message>
    <message>
        <source>Two weeks on paper</source>
        <translation>[Twö wéékš öñ påpér ~~~]</translation>
    </message>
    <message>
        <source>Tick each exercise when you have done it, and write down your pain before and after (0 is none, 10 the worst). Bring this sheet to your next appointment.</source>
        <translation>[Tîçk éåçh éxérçîšé whéñ ýöü håvé döñé ît, åñd wrîté döwñ ýöür påîñ béföré åñd åftér (0 îš ñöñé, 10 thé wöršt). Brîñg thîš šhéét tö ýöür ñéxt åppöîñtméñt. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>[Pågé {page} ~]</translation>
    </message>
    <message>
        <source>Pain before a session (line: weekly mean)</source>
        <translation>[Påîñ béföré å šéššîöñ (lîñé: wééklý méåñ) ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>after (dashed)</source>
        <translation>[åftér (dåšhéd) ~~]</translation>
    </message>
    <message>
        <source>rest or flare-up day</source>
        <translation>[réšt ör flåré-üp dåý ~~~~]</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>[Påpér šîzé ~]</translation>
    </message>
    <message>
        <source>A4 or US Letter; chosen from your language and country</source>
        <translation>[Å4 ör ÜŠ Léttér; çhöšéñ fröm ýöür låñgüågé åñd çöüñtrý ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>[Whåt håppéñéd ~]</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>[&amp;Šåvé åš PDF… ~]</translation>
    </message>
    <message>
        <source>Write the document as a PDF file</source>
        <translation>[Wrîté thé döçüméñt åš å PDF fîlé ~~~~~~~]</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>[Prîñt pré&amp;vîéw… ~~]</translation>
    </message>
    <message>
        <source>See the pages, then print them on paper</source>
        <translation>[Šéé thé pågéš, théñ prîñt thém öñ påpér ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>[Çlöšé ~]</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>[Çlöšé thîš wîñdöw ~~~]</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>[Påpér šî&amp;zé: ~]</translation>
    </message>
    <message>
        <source>Save {title}</source>
        <translation>[Šåvé {title} ~]</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>[PDF fîléš (*.pdf) ~~~]</translation>
    </message>
    <message>
        <source>{name} would go into BackCoach's data folder: choose another folder.</source>
        <translation>[{name} wöüld gö îñtö BåçkÇöåçh'š dåtå földér: çhööšé åñöthér földér. ~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{path} could not be written: {value}.</source>
        <translation>[{path} çöüld ñöt bé wrîttéñ: {value}. ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>[Šåvéd {path}. ~]</translation>
    </message>
    <message>
        <source>Print preview: {made}</source>
        <translation>[Prîñt prévîéw: {made} ~~~~]</translation>
    </message>
    <message>
        <source>&amp;Print handout…</source>
        <translation>[&amp;Prîñt håñdöüt… ~~]</translation>
    </message>
    <message>
        <source>Put a routine on paper: pictures, numbers, safety notes and a tick table</source>
        <translation>[Püt å röütîñé öñ påpér: pîçtüréš, ñümbérš, šåfétý ñötéš åñd å tîçk tåblé ~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Report for my physiotherapist…</source>
        <translation>[&amp;Répört för mý phýšîöthéråpîšt… ~~~~~~~]</translation>
    </message>
    <message>
        <source>A PDF of what you did and how your pain went, for your next appointment</source>
        <translation>[Å PDF öf whåt ýöü dîd åñd höw ýöür påîñ wéñt, för ýöür ñéxt åppöîñtméñt ~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Qt could not start drawing on the page</source>
        <translation>[Qt çöüld ñöt štårt dråwîñg öñ thé pågé ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>BackCoach progress report</source>
        <translation>[BåçkÇöåçh prögréšš répört ~~~~~]</translation>
    </message>
    <message>
        <source>The last 4 weeks</source>
        <translation>[Thé låšt 4 wéékš ~~]</translation>
    </message>
    <message>
        <source>The last 3 months</source>
        <translation>[Thé låšt 3 möñthš ~~~]</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>[Évérýthîñg ~]</translation>
    </message>
    <message>
        <source>Dates I choose</source>
        <translation>[Dåtéš Î çhööšé ~~]</translation>
    </message>
    <message>
        <source>Report for my physiotherapist</source>
        <translation>[Répört för mý phýšîöthéråpîšt ~~~~~~]</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>[Pérîöd ~]</translation>
    </message>
    <message>
        <source>The weeks the report covers</source>
        <translation>[Thé wéékš thé répört çövérš ~~~~~~]</translation>
    </message>
    <message>
        <source>From</source>
        <translation>[Fröm ~]</translation>
    </message>
    <message>
        <source>The first day of the report</source>
        <translation>[Thé fîršt dåý öf thé répört ~~~~~~]</translation>
    </message>
    <message>
        <source>To</source>
        <translation>[Tö ~]</translation>
    </message>
    <message>
        <source>The last day of the report</source>
        <translation>[Thé låšt dåý öf thé répört ~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>[&amp;Pérîöd: ~]</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>[&amp;Fröm: ~]</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>[&amp;Tö: ~]</translation>
    </message>
    <message>
        <source>Sessions per week against your goal, each exercise, pain before and after, rest days, notes and the routine as prescribed: one or two pages.</source>
        <translation>[Šéššîöñš pér wéék ågåîñšt ýöür göål, éåçh éxérçîšé, påîñ béföré åñd åftér, réšt dåýš, ñötéš åñd thé röütîñé åš préšçrîbéd: öñé ör twö pågéš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>[d MMM ýýýý ~]</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>[Prögréšš répört ~~]</translation>
    </message>
    <message>
        <source>BackCoach progress report · {period}</source>
        <translation>[BåçkÇöåçh prögréšš répört · {period} ~~~~~~~~]</translation>
    </message>
    <message>
        <source>{period}. Home exercises logged with BackCoach; made on {date_text}.</source>
        <translation>[{period}. Hömé éxérçîšéš löggéd wîth BåçkÇöåçh; mådé öñ {date_text}. ~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>[Ådhéréñçé ~]</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>[Wéék öf ~]</translation>
    </message>
    <message>
        <source>Days done of planned</source>
        <translation>[Dåýš döñé öf plåññéd ~~~~]</translation>
    </message>
    <message>
        <source>Days done</source>
        <translation>[Dåýš döñé ~]</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>[Šéššîöñš ~]</translation>
    </message>
    <message>
        <source>Rest days</source>
        <translation>[Réšt dåýš ~]</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>[Göål ~]</translation>
    </message>
    <message>
        <source>Pain before and after sessions</source>
        <translation>[Påîñ béföré åñd åftér šéššîöñš ~~~~~~~]</translation>
    </message>
    <message>
        <source>Each exercise</source>
        <translation>[Éåçh éxérçîšé ~]</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>[Éxérçîšé ~]</translation>
    </message>
    <message>
        <source>Sessions done</source>
        <translation>[Šéššîöñš döñé ~]</translation>
    </message>
    <message>
        <source>Holds done of planned</source>
        <translation>[Höldš döñé öf plåññéd ~~~~]</translation>
    </message>
    <message>
        <source>"This hurts" pressed</source>
        <translation>["Thîš hürtš" préššéd ~~~~]</translation>
    </message>
    <message>
        <source>The routine as prescribed</source>
        <translation>[Thé röütîñé åš préšçrîbéd ~~~~~]</translation>
    </message>
    <message>
        <source>This routine has since been deleted.</source>
        <translation>[Thîš röütîñé håš šîñçé bééñ délétéd. ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Changes during the period:</source>
        <translation>[Çhåñgéš dürîñg thé pérîöd: ~~~~~]</translation>
    </message>
    <message>
        <source>No hold or repetitions changed during the period.</source>
        <translation>[Ñö höld ör répétîtîöñš çhåñgéd dürîñg thé pérîöd. ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>[Ñötéš ~]</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>[Ñöté ~]</translation>
    </message>
    <message>
        <source>No notes in this period.</source>
        <translation>[Ñö ñötéš îñ thîš pérîöd. ~~~~~]</translation>
    </message>
</context>
<context>
    <name>PlayerText</name>
    <message>
        <source>Seconds left</source>
        <translation>[Šéçöñdš léft ~]</translation>
    </message>
    <message>
        <source>Countdown caption</source>
        <translation>[Çöüñtdöwñ çåptîöñ ~~~]</translation>
    </message>
    <message>
        <source>No chime or ticks: no sound output was found, or the sound library is missing (on Linux, install libpulse0, check the sound, and start BackCoach again).</source>
        <translation>[Ñö çhîmé ör tîçkš: ñö šöüñd öütpüt wåš föüñd, ör thé šöüñd lîbrårý îš mîššîñg (öñ Lîñüx, îñštåll lîbpülšé0, çhéçk thé šöüñd, åñd štårt BåçkÇöåçh ågåîñ). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>No voice: the speech service is missing or does not answer (on Linux, install speech-dispatcher and espeak-ng, check the sound, and start BackCoach again).</source>
        <translation>[Ñö vöîçé: thé špééçh šérvîçé îš mîššîñg ör döéš ñöt åñšwér (öñ Lîñüx, îñštåll špééçh-dîšpåtçhér åñd éšpéåk-ñg, çhéçk thé šöüñd, åñd štårt BåçkÇöåçh ågåîñ). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>No chime, ticks or voice: no working sound output or speech service was found (on Linux, install libpulse0, speech-dispatcher and espeak-ng, check the sound, and start BackCoach again).</source>
        <translation>[Ñö çhîmé, tîçkš ör vöîçé: ñö wörkîñg šöüñd öütpüt ör špééçh šérvîçé wåš föüñd (öñ Lîñüx, îñštåll lîbpülšé0, špééçh-dîšpåtçhér åñd éšpéåk-ñg, çhéçk thé šöüñd, åñd štårt BåçkÇöåçh ågåîñ). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Sessions go on silently: the screen shows every step.</source>
        <translation>[Šéššîöñš gö öñ šîléñtlý: thé šçrééñ šhöwš évérý štép. ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{explain}

What the system said: {reasons}</source>
        <translation>[{explain}

Whåt thé šýštém šåîd: {reasons} ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Sounds (tick and chime)</source>
        <translation>[&amp;Šöüñdš (tîçk åñd çhîmé) ~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>[&amp;Vöîçé ~]</translation>
    </message>
    <message>
        <source>Vol&amp;ume</source>
        <translation>[Völ&amp;ümé ~]</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>[Völümé ~]</translation>
    </message>
    <message>
        <source>How loud the sounds and the voice are</source>
        <translation>[Höw löüd thé šöüñdš åñd thé vöîçé åré ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Try the cues</source>
        <translation>[&amp;Trý thé çüéš ~]</translation>
    </message>
    <message>
        <source>Play the chime and say a phrase at this volume</source>
        <translation>[Plåý thé çhîmé åñd šåý å phråšé åt thîš völümé ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;No sound or voice? What to install…</source>
        <translation>[&amp;Ñö šöüñd ör vöîçé? Whåt tö îñštåll… ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Why the sounds or the voice do not play, and the fix</source>
        <translation>[Whý thé šöüñdš ör thé vöîçé dö ñöt plåý, åñd thé fîx ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Sound and voice settings</source>
        <translation>[Šöüñd åñd vöîçé šéttîñgš ~~~~~]</translation>
    </message>
    <message>
        <source>Turn the sounds and the voice on or off, set the volume</source>
        <translation>[Türñ thé šöüñdš åñd thé vöîçé öñ ör öff, šét thé völümé ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>[Mütéd ~]</translation>
    </message>
    <message>
        <source>Sound &amp;&amp; voice</source>
        <translation>[Šöüñd &amp;&amp; vöîçé ~~]</translation>
    </message>
    <message>
        <source>This is how the cues sound.</source>
        <translation>[Thîš îš höw thé çüéš šöüñd. ~~~~~~]</translation>
    </message>
    <message>
        <source>Picture of the chosen exercise</source>
        <translation>[Pîçtüré öf thé çhöšéñ éxérçîšé ~~~~~~~]</translation>
    </message>
    <message>
        <source>Chosen exercise</source>
        <translation>[Çhöšéñ éxérçîšé ~~]</translation>
    </message>
    <message>
        <source>What the exercise is for</source>
        <translation>[Whåt thé éxérçîšé îš för ~~~~~]</translation>
    </message>
    <message>
        <source>How to do the exercise</source>
        <translation>[Höw tö dö thé éxérçîšé ~~~~]</translation>
    </message>
    <message>
        <source>Safety note of the exercise</source>
        <translation>[Šåfétý ñöté öf thé éxérçîšé ~~~~~~]</translation>
    </message>
    <message>
        <source>&lt;b&gt;Safety:&lt;/b&gt; {escape}</source>
        <translation>[&lt;b&gt;Šåfétý:&lt;/b&gt; {escape} ~~~~]</translation>
    </message>
    <message>
        <source>If the pain is strong, lasts, or spreads down a leg, see your physician or a physiotherapist before you exercise again.</source>
        <translation>[Îf thé påîñ îš štröñg, låštš, ör špréådš döwñ å lég, šéé ýöür phýšîçîåñ ör å phýšîöthéråpîšt béföré ýöü éxérçîšé ågåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Stopped because it hurts</source>
        <translation>[Štöppéd béçåüšé ît hürtš ~~~~~]</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>[Ådvîçé ~]</translation>
    </message>
    <message>
        <source>How much does it hurt?</source>
        <translation>[Höw müçh döéš ît hürt? ~~~~]</translation>
    </message>
    <message>
        <source>&amp;Return to the paused exercise</source>
        <translation>[&amp;Rétürñ tö thé påüšéd éxérçîšé ~~~~~~~]</translation>
    </message>
    <message>
        <source>Return to the paused exercise</source>
        <translation>[Rétürñ tö thé påüšéd éxérçîšé ~~~~~~]</translation>
    </message>
    <message>
        <source>It was a false alarm: back to the exercise, paused; nothing is noted (Esc)</source>
        <translation>[Ît wåš å fålšé ålårm: båçk tö thé éxérçîšé, påüšéd; ñöthîñg îš ñötéd (Éšç) ~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Skip to the next exercise</source>
        <translation>[&amp;Škîp tö thé ñéxt éxérçîšé ~~~~~]</translation>
    </message>
    <message>
        <source>Skip to the next exercise</source>
        <translation>[Škîp tö thé ñéxt éxérçîšé ~~~~~]</translation>
    </message>
    <message>
        <source>Note the pain and go on with the next exercise</source>
        <translation>[Ñöté thé påîñ åñd gö öñ wîth thé ñéxt éxérçîšé ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;End the session</source>
        <translation>[&amp;Éñd thé šéššîöñ ~~]</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>[Éñd thé šéššîöñ ~~]</translation>
    </message>
    <message>
        <source>Note the pain, stop and log what you did</source>
        <translation>[Ñöté thé påîñ, štöp åñd lög whåt ýöü dîd ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Stop: {name} hurts</source>
        <translation>[Štöp: {name} hürtš ~~~]</translation>
    </message>
    <message>
        <source>&lt;p&gt;Never force a stretch: forcing it can tear muscles and make the pain worse. The exercise is paused.&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;</source>
        <translation>[&lt;p&gt;Ñévér förçé å štrétçh: förçîñg ît çåñ téår müšçléš åñd måké thé påîñ wöršé. Thé éxérçîšé îš påüšéd.&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt; ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Start {routine_name}</source>
        <translation>[Štårt {routine_name} ~~~~]</translation>
    </message>
    <message>
        <source>Before the session</source>
        <translation>[Béföré thé šéššîöñ ~~~]</translation>
    </message>
    <message>
        <source>How does your back feel right now?</source>
        <translation>[Höw döéš ýöür båçk féél rîght ñöw? ~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>[&amp;Štårt ~]</translation>
    </message>
    <message>
        <source>Start the session, with the rating if you chose one</source>
        <translation>[Štårt thé šéššîöñ, wîth thé råtîñg îf ýöü çhöšé öñé ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Start nothing, and go back</source>
        <translation>[Štårt ñöthîñg, åñd gö båçk ~~~~~]</translation>
    </message>
    <message>
        <source>Pain {value} of 10</source>
        <translation>[Påîñ {value} öf 10 ~~~]</translation>
    </message>
    <message>
        <source>No pain</source>
        <translation>[Ñö påîñ ~]</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>[Mîld ~]</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>[Mödéråté ~]</translation>
    </message>
    <message>
        <source>Worst imaginable</source>
        <translation>[Wöršt îmågîñåblé ~~]</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>[Ñö åñšwér ~]</translation>
    </message>
    <message>
        <source>Clear the pain rating</source>
        <translation>[Çléår thé påîñ råtîñg ~~~~]</translation>
    </message>
    <message>
        <source>Leave the rating out; it is optional</source>
        <translation>[Léåvé thé råtîñg öüt; ît îš öptîöñål ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>[Öptîöñål ~]</translation>
    </message>
    <message>
        <source>0: no pain</source>
        <translation>[0: ñö påîñ ~]</translation>
    </message>
    <message>
        <source>{value}: mild pain</source>
        <translation>[{value}: mîld påîñ ~~~]</translation>
    </message>
    <message>
        <source>{value}: moderate pain</source>
        <translation>[{value}: mödéråté påîñ ~~~~]</translation>
    </message>
    <message>
        <source>{value}: severe pain</source>
        <translation>[{value}: šévéré påîñ ~~~~]</translation>
    </message>
    <message>
        <source>10: the worst pain imaginable</source>
        <translation>[10: thé wöršt påîñ îmågîñåblé ~~~~~~]</translation>
    </message>
    <message>
        <source>This routine cannot start: {error}</source>
        <translation>[Thîš röütîñé çåññöt štårt: {error} ~~~~~~~~]</translation>
    </message>
    <message>
        <source>No sound or voice</source>
        <translation>[Ñö šöüñd ör vöîçé ~~~]</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>[Léåvé füll šçrééñ ~~~]</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>[Füll šçrééñ ~]</translation>
    </message>
    <message>
        <source>&amp;Go on</source>
        <translation>[&amp;Gö öñ ~]</translation>
    </message>
    <message>
        <source>S&amp;tay</source>
        <translation>[Š&amp;tåý ~]</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>[Éxérçîšé ~]</translation>
    </message>
    <message>
        <source>Routine progress</source>
        <translation>[Röütîñé prögréšš ~~]</translation>
    </message>
    <message>
        <source>Routine done</source>
        <translation>[Röütîñé döñé ~]</translation>
    </message>
    <message>
        <source>How much of the routine is done</source>
        <translation>[Höw müçh öf thé röütîñé îš döñé ~~~~~~~]</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>[Phåšé ~]</translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation>[Répétîtîöñ ~]</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>[Šîdé ~]</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>[Îñštrüçtîöñ ~]</translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation>[Šåfétý ñöté ~]</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>[◀ Prévîöüš ~]</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>[Prévîöüš ~]</translation>
    </message>
    <message>
        <source>Back to the start of this exercise, or the one before (Left)</source>
        <translation>[Båçk tö thé štårt öf thîš éxérçîšé, ör thé öñé béföré (Léft) ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>[Påüšé ~]</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>[Påüšé (Špåçé) ~]</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>[Réšümé ~]</translation>
    </message>
    <message>
        <source>Skip ▶</source>
        <translation>[Škîp ▶ ~]</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>[Škîp ~]</translation>
    </message>
    <message>
        <source>Skip to the next exercise (Right)</source>
        <translation>[Škîp tö thé ñéxt éxérçîšé (Rîght) ~~~~~~~]</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>[Štöp ~]</translation>
    </message>
    <message>
        <source>Stop the session and log what you did (Esc)</source>
        <translation>[Štöp thé šéššîöñ åñd lög whåt ýöü dîd (Éšç) ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>This hurts</source>
        <translation>[Thîš hürtš ~]</translation>
    </message>
    <message>
        <source>Stop this exercise because it hurts (H)</source>
        <translation>[Štöp thîš éxérçîšé béçåüšé ît hürtš (H) ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>A full-screen view without distractions (F)</source>
        <translation>[Å füll-šçrééñ vîéw wîthöüt dîštråçtîöñš (F) ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Sounds are not available ({error}).</source>
        <translation>[Šöüñdš åré ñöt åvåîlåblé ({error}). ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Sounds are not available: no audio output was found.</source>
        <translation>[Šöüñdš åré ñöt åvåîlåblé: ñö åüdîö öütpüt wåš föüñd. ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Sounds are not available: the {name} sound could not be played.</source>
        <translation>[Šöüñdš åré ñöt åvåîlåblé: thé {name} šöüñd çöüld ñöt bé plåýéd. ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Spoken cues need speech-dispatcher, which is not installed on this computer.</source>
        <translation>[Špökéñ çüéš ñééd špééçh-dîšpåtçhér, whîçh îš ñöt îñštålléd öñ thîš çömpütér. ~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>The speech service refused: {decode}.</source>
        <translation>[Thé špééçh šérvîçé réfüšéd: {decode}. ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>The speech service (speech-dispatcher) does not answer.</source>
        <translation>[Thé špééçh šérvîçé (špééçh-dîšpåtçhér) döéš ñöt åñšwér. ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Routine</source>
        <translation>[&amp;Röütîñé ~]</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>[Röütîñé ~]</translation>
    </message>
    <message>
        <source>The routine to follow</source>
        <translation>[Thé röütîñé tö föllöw ~~~~]</translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation>[Röütîñé ñåmé ~]</translation>
    </message>
    <message>
        <source>Routine description</source>
        <translation>[Röütîñé déšçrîptîöñ ~~~]</translation>
    </message>
    <message>
        <source>Routine length</source>
        <translation>[Röütîñé léñgth ~~]</translation>
    </message>
    <message>
        <source>Exercises in the routine</source>
        <translation>[Éxérçîšéš îñ thé röütîñé ~~~~~]</translation>
    </message>
    <message>
        <source>Choose an exercise to see its picture, how to do it and its safety note</source>
        <translation>[Çhööšé åñ éxérçîšé tö šéé îtš pîçtüré, höw tö dö ît åñd îtš šåfétý ñöté ~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Ask how my back feels before and after each session</source>
        <translation>[&amp;Åšk höw mý båçk féélš béföré åñd åftér éåçh šéššîöñ ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Ask how my back feels</source>
        <translation>[Åšk höw mý båçk féélš ~~~~]</translation>
    </message>
    <message>
        <source>A pain rating from 0 to 10 before and after each session, for the history's chart</source>
        <translation>[Å påîñ råtîñg fröm 0 tö 10 béföré åñd åftér éåçh šéššîöñ, för thé hîštörý'š çhårt ~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>[Štårt ~]</translation>
    </message>
    <message>
        <source>Start the routine (Space)</source>
        <translation>[Štårt thé röütîñé (Špåçé) ~~~~~]</translation>
    </message>
    <message>
        <source>{plural} · about {duration_text}</source>
        <translation>[{plural} · åböüt {duration_text} ~~~~~~~]</translation>
    </message>
    <message>
        <source>Exercise {value} of {len} · {clock_text} left</source>
        <translation>[Éxérçîšé {value} öf {len} · {clock_text} léft ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Get set</source>
        <translation>[Gét šét ~]</translation>
    </message>
    <message>
        <source>then {label}</source>
        <translation>[théñ {label} ~]</translation>
    </message>
    <message>
        <source>{text} seconds left of {label}</source>
        <translation>[{text} šéçöñdš léft öf {label} ~~~~~~~]</translation>
    </message>
    <message>
        <source>Resume after a 3-2-1 countdown (Space)</source>
        <translation>[Réšümé åftér å 3-2-1 çöüñtdöwñ (Špåçé) ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation>[Štöp thé šéššîöñ? ~~~]</translation>
    </message>
    <message>
        <source>Stop now? What you have done so far is logged as a partial session. Started it by mistake? Discard it, and nothing is logged.</source>
        <translation>[Štöp ñöw? Whåt ýöü håvé döñé šö får îš löggéd åš å pårtîål šéššîöñ. Štårtéd ît bý mîštåké? Dîšçård ît, åñd ñöthîñg îš löggéd. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Quit during a session?</source>
        <translation>[Qüît dürîñg å šéššîöñ? ~~~~]</translation>
    </message>
    <message>
        <source>A session is running. Stop it, log what you did so far, and quit?</source>
        <translation>[Å šéššîöñ îš rüññîñg. Štöp ît, lög whåt ýöü dîd šö får, åñd qüît? ~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Stop, log and quit</source>
        <translation>[&amp;Štöp, lög åñd qüît ~~~]</translation>
    </message>
    <message>
        <source>&amp;Stop and log</source>
        <translation>[&amp;Štöp åñd lög ~]</translation>
    </message>
    <message>
        <source>End the session here and log what you did as a partial session</source>
        <translation>[Éñd thé šéššîöñ héré åñd lög whåt ýöü dîd åš å pårtîål šéššîöñ ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>[&amp;Dîšçård ~]</translation>
    </message>
    <message>
        <source>End the session and log nothing of it</source>
        <translation>[Éñd thé šéššîöñ åñd lög ñöthîñg öf ît ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Close this question and carry on with the session</source>
        <translation>[Çlöšé thîš qüéštîöñ åñd çårrý öñ wîth thé šéššîöñ ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>[Šümmårý ~]</translation>
    </message>
    <message>
        <source>Duration and reps</source>
        <translation>[Düråtîöñ åñd répš ~~~]</translation>
    </message>
    <message>
        <source>Streak and weekly goal</source>
        <translation>[Štréåk åñd wééklý göål ~~~~]</translation>
    </message>
    <message>
        <source>Exercises done</source>
        <translation>[Éxérçîšéš döñé ~~]</translation>
    </message>
    <message>
        <source>How does your back feel now?</source>
        <translation>[Höw döéš ýöür båçk féél ñöw? ~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Note (optional)</source>
        <translation>[&amp;Ñöté (öptîöñål) ~~]</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>[Ñöté ~]</translation>
    </message>
    <message>
        <source>Anything worth remembering about this session</source>
        <translation>[Åñýthîñg wörth rémémbérîñg åböüt thîš šéššîöñ ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>How it went, what felt tight, what helped…</source>
        <translation>[Höw ît wéñt, whåt félt tîght, whåt hélpéd… ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Log status</source>
        <translation>[Lög štåtüš ~]</translation>
    </message>
    <message>
        <source>&amp;Log it after all</source>
        <translation>[&amp;Lög ît åftér åll ~~~]</translation>
    </message>
    <message>
        <source>Log it after all</source>
        <translation>[Lög ît åftér åll ~~]</translation>
    </message>
    <message>
        <source>Undo the discard: log what you did</source>
        <translation>[Üñdö thé dîšçård: lög whåt ýöü dîd ~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Save and finish</source>
        <translation>[&amp;Šåvé åñd fîñîšh ~~]</translation>
    </message>
    <message>
        <source>Save and finish</source>
        <translation>[Šåvé åñd fîñîšh ~~]</translation>
    </message>
    <message>
        <source>Save the rating and note with the session</source>
        <translation>[Šåvé thé råtîñg åñd ñöté wîth thé šéššîöñ ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Session discarded</source>
        <translation>[Šéššîöñ dîšçårdéd ~~~]</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>[Wéll döñé! ~]</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>[Šéššîöñ štöppéd ~~]</translation>
    </message>
    <message>
        <source>{duration_text} · {len} of {plural} · {reps_done} of {plural2}</source>
        <translation>[{duration_text} · {len} öf {plural} · {reps_done} öf {plural2} ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{reps_done} of {plural}</source>
        <translation>[{reps_done} öf {plural} ~~~~]</translation>
    </message>
    <message>
        <source> ({holds_done} of {plural})</source>
        <translation>[ ({holds_done} öf {plural}) ~~~~~~]</translation>
    </message>
    <message>
        <source>&lt;p&gt;It hurt during: {escape}&lt;/p&gt;</source>
        <translation>[&lt;p&gt;Ît hürt dürîñg: {escape}&lt;/p&gt; ~~~~~~~]</translation>
    </message>
    <message>
        <source>&lt;table cellspacing='4'&gt;{join}&lt;/table&gt;{hurts}</source>
        <translation>[&lt;table cellspacing='4'&gt;{join}&lt;/table&gt;{hurts} ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>as complete</source>
        <translation>[åš çömplété ~]</translation>
    </message>
    <message>
        <source>as partial, with what you did</source>
        <translation>[åš pårtîål, wîth whåt ýöü dîd ~~~~~~]</translation>
    </message>
    <message>
        <source>Logged {kind}.</source>
        <translation>[Löggéd {kind}. ~~]</translation>
    </message>
    <message>
        <source>Nothing was logged. Discarded by mistake? Log it after all.</source>
        <translation>[Ñöthîñg wåš löggéd. Dîšçårdéd bý mîštåké? Lög ît åftér åll. ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Nothing was logged: no exercise had begun.</source>
        <translation>[Ñöthîñg wåš löggéd: ñö éxérçîšé håd bégüñ. ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Back to the start</source>
        <translation>[&amp;Båçk tö thé štårt ~~~]</translation>
    </message>
    <message>
        <source>Up next</source>
        <translation>[Üp ñéxt ~]</translation>
    </message>
    <message>
        <source>Up next illustration</source>
        <translation>[Üp ñéxt îllüštråtîöñ ~~~~]</translation>
    </message>
    <message>
        <source>Up next exercise</source>
        <translation>[Üp ñéxt éxérçîšé ~~]</translation>
    </message>
    <message>
        <source>Up next position</source>
        <translation>[Üp ñéxt pöšîtîöñ ~~]</translation>
    </message>
    <message>
        <source>Spoken cues are not available ({error}).</source>
        <translation>[Špökéñ çüéš åré ñöt åvåîlåblé ({error}). ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Spoken cues are not available: {problem}</source>
        <translation>[Špökéñ çüéš åré ñöt åvåîlåblé: {problem} ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>no speech engine was found</source>
        <translation>[ñö špééçh éñgîñé wåš föüñd ~~~~~]</translation>
    </message>
    <message>
        <source>Spoken cues are not available: {reason}.</source>
        <translation>[Špökéñ çüéš åré ñöt åvåîlåblé: {reason}. ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Spoken cues stopped working: {value}.</source>
        <translation>[Špökéñ çüéš štöppéd wörkîñg: {value}. ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>the speech engine failed</source>
        <translation>[thé špééçh éñgîñé fåîléd ~~~~~]</translation>
    </message>
    <message>
        <source>No voice for {language} is installed, so the spoken cues use another language. Your system's speech settings can add one.</source>
        <translation>[Ñö vöîçé för {language} îš îñštålléd, šö thé špökéñ çüéš üšé åñöthér låñgüågé. Ýöür šýštém'š špééçh šéttîñgš çåñ ådd öñé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>RemindersText</name>
    <message>
        <source>--action={START}=Start now</source>
        <translation>[--åçtîöñ={START}=Štårt ñöw ~~~~~]</translation>
    </message>
    <message>
        <source>--action={OPEN}=Open {APP_NAME}</source>
        <translation>[--åçtîöñ={OPEN}=Öpéñ {APP_NAME} ~~~~~~~]</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>[15 mîñütéš ~]</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>[30 mîñütéš ~]</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>[1 höür ~]</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>[Rémîñdér ~]</translation>
    </message>
    <message>
        <source>Reminder message</source>
        <translation>[Rémîñdér méššågé ~~]</translation>
    </message>
    <message>
        <source>&amp;Start now</source>
        <translation>[&amp;Štårt ñöw ~]</translation>
    </message>
    <message>
        <source>Start the routine now</source>
        <translation>[Štårt thé röütîñé ñöw ~~~~]</translation>
    </message>
    <message>
        <source>Open the player and start the reminder's routine</source>
        <translation>[Öpéñ thé plåýér åñd štårt thé rémîñdér'š röütîñé ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>S&amp;nooze 15 min</source>
        <translation>[Š&amp;ñöözé 15 mîñ ~~]</translation>
    </message>
    <message>
        <source>Snooze the reminder</source>
        <translation>[Šñöözé thé rémîñdér ~~~]</translation>
    </message>
    <message>
        <source>Remind me again in 15 minutes (the arrow offers longer)</source>
        <translation>[Rémîñd mé ågåîñ îñ 15 mîñütéš (thé årröw öfférš löñgér) ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>[Šñöözé för ~]</translation>
    </message>
    <message>
        <source>Snooze {text}</source>
        <translation>[Šñöözé {text} ~]</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>[&amp;Dîšmîšš ~]</translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation>[Dîšmîšš thé rémîñdér ~~~~]</translation>
    </message>
    <message>
        <source>Hide this reminder; the next one comes as scheduled</source>
        <translation>[Hîdé thîš rémîñdér; thé ñéxt öñé çöméš åš šçhédüléd ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>[Rémîñdérš ~]</translation>
    </message>
    <message>
        <source>&amp;Remind me to do a routine at my desk</source>
        <translation>[&amp;Rémîñd mé tö dö å röütîñé åt mý déšk ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Turn desk reminders on or off</source>
        <translation>[Türñ déšk rémîñdérš öñ ör öff ~~~~~~]</translation>
    </message>
    <message>
        <source>Reminder routine</source>
        <translation>[Rémîñdér röütîñé ~~]</translation>
    </message>
    <message>
        <source>The routine a reminder starts when you click it</source>
        <translation>[Thé röütîñé å rémîñdér štårtš whéñ ýöü çlîçk ît ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>R&amp;outine:</source>
        <translation>[R&amp;öütîñé: ~]</translation>
    </message>
    <message>
        <source>When</source>
        <translation>[Whéñ ~]</translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation>[&amp;Évérý ~]</translation>
    </message>
    <message>
        <source>Remind at an interval</source>
        <translation>[Rémîñd åt åñ îñtérvål ~~~~]</translation>
    </message>
    <message>
        <source>Remind every so many minutes during work hours</source>
        <translation>[Rémîñd évérý šö måñý mîñütéš dürîñg wörk höürš ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Minutes between reminders</source>
        <translation>[Mîñütéš bétwééñ rémîñdérš ~~~~~]</translation>
    </message>
    <message>
        <source>Minutes between reminders, from {low} to {high}; a session you do restarts the count</source>
        <translation>[Mîñütéš bétwééñ rémîñdérš, fröm {low} tö {high}; å šéššîöñ ýöü dö réštårtš thé çöüñt ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source> min</source>
        <translation>[ mîñ ~]</translation>
    </message>
    <message>
        <source>during work hours</source>
        <translation>[dürîñg wörk höürš ~~~]</translation>
    </message>
    <message>
        <source>Work hours start</source>
        <translation>[Wörk höürš štårt ~~]</translation>
    </message>
    <message>
        <source>When work hours start</source>
        <translation>[Whéñ wörk höürš štårt ~~~~]</translation>
    </message>
    <message>
        <source>Work hours end</source>
        <translation>[Wörk höürš éñd ~~]</translation>
    </message>
    <message>
        <source>When work hours end</source>
        <translation>[Whéñ wörk höürš éñd ~~~]</translation>
    </message>
    <message>
        <source>&amp;Work hours:</source>
        <translation>[&amp;Wörk höürš: ~]</translation>
    </message>
    <message>
        <source>Work hours problem</source>
        <translation>[Wörk höürš pröblém ~~~]</translation>
    </message>
    <message>
        <source>At &amp;fixed times:</source>
        <translation>[Åt &amp;fîxéd tîméš: ~~]</translation>
    </message>
    <message>
        <source>Remind at fixed times</source>
        <translation>[Rémîñd åt fîxéd tîméš ~~~~]</translation>
    </message>
    <message>
        <source>Remind at the times of day you write</source>
        <translation>[Rémîñd åt thé tîméš öf dåý ýöü wrîté ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Reminder times</source>
        <translation>[Rémîñdér tîméš ~~]</translation>
    </message>
    <message>
        <source>Times of day on a 24-hour clock, separated by commas, such as 10:30, 15:00</source>
        <translation>[Tîméš öf dåý öñ å 24-höür çlöçk, šépåråtéd bý çömmåš, šüçh åš 10:30, 15:00 ~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Reminder times problem</source>
        <translation>[Rémîñdér tîméš pröblém ~~~~]</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>[Öñ: ~]</translation>
    </message>
    <message>
        <source>Remind on {name}</source>
        <translation>[Rémîñd öñ {name} ~~]</translation>
    </message>
    <message>
        <source>Weekdays problem</source>
        <translation>[Wéékdåýš pröblém ~~]</translation>
    </message>
    <message>
        <source>Sessions a day</source>
        <translation>[Šéššîöñš å dåý ~~]</translation>
    </message>
    <message>
        <source>No more reminders on a day once you have completed this many sessions (0: remind all day)</source>
        <translation>[Ñö möré rémîñdérš öñ å dåý öñçé ýöü håvé çömplétéd thîš måñý šéššîöñš (0: rémîñd åll dåý) ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Stop for the day after completed sessions:</source>
        <translation>[&amp;Štöp för thé dåý åftér çömplétéd šéššîöñš: ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Do not disturb (hold every reminder)</source>
        <translation>[&amp;Dö ñöt dîštürb (höld évérý rémîñdér) ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>[Dö ñöt dîštürb ~~]</translation>
    </message>
    <message>
        <source>Hold every reminder until you switch this off</source>
        <translation>[Höld évérý rémîñdér üñtîl ýöü šwîtçh thîš öff ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Start BackCoach in the tray when I &amp;log in</source>
        <translation>[Štårt BåçkÇöåçh îñ thé tråý whéñ Î &amp;lög îñ ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>[Štårt åt lögîñ ~~]</translation>
    </message>
    <message>
        <source>Start BackCoach in the background at login, so reminders come without opening it</source>
        <translation>[Štårt BåçkÇöåçh îñ thé båçkgröüñd åt lögîñ, šö rémîñdérš çömé wîthöüt öpéñîñg ît ~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>On this system, add BackCoach to the programs that start at login by hand: see docs/reminders.md</source>
        <translation>[Öñ thîš šýštém, ådd BåçkÇöåçh tö thé prögråmš thåt štårt åt lögîñ bý håñd: šéé döçš/rémîñdérš.md ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Start at login problem</source>
        <translation>[Štårt åt lögîñ pröblém ~~~~]</translation>
    </message>
    <message>
        <source>Reminder schedule</source>
        <translation>[Rémîñdér šçhédülé ~~~]</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>[Çlöšé ~]</translation>
    </message>
    <message>
        <source>Close; every change is already saved</source>
        <translation>[Çlöšé; évérý çhåñgé îš ålréådý šåvéd ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Time for your back</source>
        <translation>[Tîmé för ýöür båçk ~~~]</translation>
    </message>
    <message>
        <source>BackCoach is still running</source>
        <translation>[BåçkÇöåçh îš štîll rüññîñg ~~~~~]</translation>
    </message>
    <message>
        <source>Reminders go on from the tray icon. To quit BackCoach, choose Quit from the tray menu.</source>
        <translation>[Rémîñdérš gö öñ fröm thé tråý îçöñ. Tö qüît BåçkÇöåçh, çhööšé Qüît fröm thé tråý méñü. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Show {APP_NAME}</source>
        <translation>[&amp;Šhöw {APP_NAME} ~~]</translation>
    </message>
    <message>
        <source>Bring the BackCoach window to the front</source>
        <translation>[Brîñg thé BåçkÇöåçh wîñdöw tö thé fröñt ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>No reminder for {text}</source>
        <translation>[Ñö rémîñdér för {text} ~~~~]</translation>
    </message>
    <message>
        <source>&amp;No more reminders today</source>
        <translation>[&amp;Ñö möré rémîñdérš tödåý ~~~~~]</translation>
    </message>
    <message>
        <source>Hold reminders until tomorrow</source>
        <translation>[Höld rémîñdérš üñtîl tömörröw ~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Do not disturb</source>
        <translation>[&amp;Dö ñöt dîštürb ~~]</translation>
    </message>
    <message>
        <source>Hold every reminder until this is switched off</source>
        <translation>[Höld évérý rémîñdér üñtîl thîš îš šwîtçhéd öff ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Reminder settings…</source>
        <translation>[&amp;Rémîñdér šéttîñgš… ~~~]</translation>
    </message>
    <message>
        <source>When to remind, which routine, start at login</source>
        <translation>[Whéñ tö rémîñd, whîçh röütîñé, štårt åt lögîñ ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Quit {APP_NAME}</source>
        <translation>[&amp;Qüît {APP_NAME} ~~]</translation>
    </message>
    <message>
        <source>Close BackCoach and its reminders</source>
        <translation>[Çlöšé BåçkÇöåçh åñd îtš rémîñdérš ~~~~~~~]</translation>
    </message>
    <message>
        <source>S&amp;nooze reminders</source>
        <translation>[Š&amp;ñöözé rémîñdérš ~~~]</translation>
    </message>
    <message>
        <source>{APP_NAME} tray menu</source>
        <translation>[{APP_NAME} tråý méñü ~~~~]</translation>
    </message>
    <message>
        <source>Start a &amp;routine</source>
        <translation>[Štårt å &amp;röütîñé ~~]</translation>
    </message>
    <message>
        <source>Start a routine</source>
        <translation>[Štårt å röütîñé ~~]</translation>
    </message>
    <message>
        <source>Start {name} ({length})</source>
        <translation>[Štårt {name} ({length}) ~~~~]</translation>
    </message>
    <message>
        <source>Reminders are off</source>
        <translation>[Rémîñdérš åré öff ~~~]</translation>
    </message>
    <message>
        <source>Do not disturb is on</source>
        <translation>[Dö ñöt dîštürb îš öñ ~~~~]</translation>
    </message>
    <message>
        <source>No reminder this week</source>
        <translation>[Ñö rémîñdér thîš wéék ~~~~]</translation>
    </message>
    <message>
        <source>Next reminder: {when}</source>
        <translation>[Ñéxt rémîñdér: {when} ~~~~]</translation>
    </message>
    <message>
        <source>today at {clock_time}</source>
        <translation>[tödåý åt {clock_time} ~~~~]</translation>
    </message>
    <message>
        <source>tomorrow at {clock_time}</source>
        <translation>[tömörröw åt {clock_time} ~~~~~]</translation>
    </message>
    <message>
        <source>{weekday_name} at {clock_time}</source>
        <translation>[{weekday_name} åt {clock_time} ~~~~~~~]</translation>
    </message>
    <message>
        <source>Snooze {SNOOZE_CHOICES}</source>
        <translation>[Šñöözé {SNOOZE_CHOICES} ~~~~]</translation>
    </message>
    <message>
        <source>{text} Click here to start it.</source>
        <translation>[{text} Çlîçk héré tö štårt ît. ~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>RoutinesText</name>
    <message>
        <source>Position {number}: pose</source>
        <translation>[Pöšîtîöñ {number}: pöšé ~~~~]</translation>
    </message>
    <message>
        <source>The pose shown for this position</source>
        <translation>[Thé pöšé šhöwñ för thîš pöšîtîöñ ~~~~~~~]</translation>
    </message>
    <message>
        <source>e.g. “Pull both knees up”</source>
        <translation>[é.g. “Püll böth kñééš üp” ~~~~~]</translation>
    </message>
    <message>
        <source>Position {number}: cue</source>
        <translation>[Pöšîtîöñ {number}: çüé ~~~~]</translation>
    </message>
    <message>
        <source>Said and shown while moving into this position</source>
        <translation>[Šåîd åñd šhöwñ whîlé mövîñg îñtö thîš pöšîtîöñ ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>[Rémövé ~]</translation>
    </message>
    <message>
        <source>Remove position {number}</source>
        <translation>[Rémövé pöšîtîöñ {number} ~~~~~]</translation>
    </message>
    <message>
        <source>Edit your exercise</source>
        <translation>[Édît ýöür éxérçîšé ~~~]</translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation>[Ñéw éxérçîšé ~]</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>[Ñåmé ~]</translation>
    </message>
    <message>
        <source>What the exercise is called in your routines</source>
        <translation>[Whåt thé éxérçîšé îš çålléd îñ ýöür röütîñéš ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>[&amp;Ñåmé: ~]</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>[Îñštrüçtîöñš ~]</translation>
    </message>
    <message>
        <source>How to do the exercise, shown while getting ready</source>
        <translation>[Höw tö dö thé éxérçîšé, šhöwñ whîlé géttîñg réådý ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>[&amp;Îñštrüçtîöñš: ~~]</translation>
    </message>
    <message>
        <source>You start in the first position. Each repetition moves from the one before the last into the last, which is held.</source>
        <translation>[Ýöü štårt îñ thé fîršt pöšîtîöñ. Éåçh répétîtîöñ mövéš fröm thé öñé béföré thé låšt îñtö thé låšt, whîçh îš héld. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Add &amp;position</source>
        <translation>[Ådd &amp;pöšîtîöñ ~]</translation>
    </message>
    <message>
        <source>Add position</source>
        <translation>[Ådd pöšîtîöñ ~]</translation>
    </message>
    <message>
        <source>Add a position (up to {MAX_POSITIONS})</source>
        <translation>[Ådd å pöšîtîöñ (üp tö {MAX_POSITIONS}) ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Positions: problem</source>
        <translation>[Pöšîtîöñš: pröblém ~~~]</translation>
    </message>
    <message>
        <source>Positions:</source>
        <translation>[Pöšîtîöñš: ~]</translation>
    </message>
    <message>
        <source>&amp;Hold (seconds):</source>
        <translation>[&amp;Höld (šéçöñdš): ~~]</translation>
    </message>
    <message>
        <source>How long to hold the last position</source>
        <translation>[Höw löñg tö höld thé låšt pöšîtîöñ ~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Repetitions:</source>
        <translation>[&amp;Répétîtîöñš: ~]</translation>
    </message>
    <message>
        <source>How many times to do it</source>
        <translation>[Höw måñý tîméš tö dö ît ~~~~]</translation>
    </message>
    <message>
        <source>Re&amp;st (seconds):</source>
        <translation>[Ré&amp;št (šéçöñdš): ~~]</translation>
    </message>
    <message>
        <source>The pause between repetitions</source>
        <translation>[Thé påüšé bétwééñ répétîtîöñš ~~~~~~]</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>[Šîdéš ~]</translation>
    </message>
    <message>
        <source>Whether the exercise is done once, or for the left and the right</source>
        <translation>[Whéthér thé éxérçîšé îš döñé öñçé, ör för thé léft åñd thé rîght ~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Side name</source>
        <translation>[Šîdé ñåmé ~]</translation>
    </message>
    <message>
        <source>What the player calls a side: “Left leg”, “Right arm”…</source>
        <translation>[Whåt thé plåýér çållš å šîdé: “Léft lég”, “Rîght årm”… ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>leg, arm, side…</source>
        <translation>[lég, årm, šîdé… ~~]</translation>
    </message>
    <message>
        <source>Side name: problem</source>
        <translation>[Šîdé ñåmé: pröblém ~~~]</translation>
    </message>
    <message>
        <source>Si&amp;des:</source>
        <translation>[Šî&amp;déš: ~]</translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation>[Šåfétý ñöté ~]</translation>
    </message>
    <message>
        <source>What to watch out for, shown with the exercise (optional)</source>
        <translation>[Whåt tö wåtçh öüt för, šhöwñ wîth thé éxérçîšé (öptîöñål) ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Sa&amp;fety note:</source>
        <translation>[Šå&amp;fétý ñöté: ~]</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>[Pröblém ~]</translation>
    </message>
    <message>
        <source>Save exercise</source>
        <translation>[Šåvé éxérçîšé ~]</translation>
    </message>
    <message>
        <source>Check and keep this exercise</source>
        <translation>[Çhéçk åñd kéép thîš éxérçîšé ~~~~~~]</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>[Çlöšé wîthöüt šåvîñg ~~~~]</translation>
    </message>
    <message>
        <source>{accessibleName}: problem</source>
        <translation>[{accessibleName}: pröblém ~~~~~]</translation>
    </message>
    <message>
        <source>Exercises of the routine</source>
        <translation>[Éxérçîšéš öf thé röütîñé ~~~~~]</translation>
    </message>
    <message>
        <source>Drag to reorder (or Ctrl+Up and Ctrl+Down); tick an exercise to include it, untick to leave it out for a while</source>
        <translation>[Dråg tö réördér (ör Çtrl+Üp åñd Çtrl+Döwñ); tîçk åñ éxérçîšé tö îñçlüdé ît, üñtîçk tö léåvé ît öüt för å whîlé ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>[Öñçé ~]</translation>
    </message>
    <message>
        <source>On each side (left, then right)</source>
        <translation>[Öñ éåçh šîdé (léft, théñ rîght) ~~~~~~~]</translation>
    </message>
    <message>
        <source>{tip} ({low} to {high}{unit}; Esc puts back the number in use)</source>
        <translation>[{tip} ({low} tö {high}{unit}; Éšç pütš båçk thé ñümbér îñ üšé) ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{label}: default</source>
        <translation>[{label}: défåült ~~]</translation>
    </message>
    <message>
        <source>{label}: problem</source>
        <translation>[{label}: pröblém ~~]</translation>
    </message>
    <message>
        <source>{low} to {high}{unit}</source>
        <translation>[{low} tö {high}{unit} ~~~~]</translation>
    </message>
    <message>
        <source>{label} needs a number from {range_text}.</source>
        <translation>[{label} ñéédš å ñümbér fröm {range_text}. ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Ho&amp;ld (seconds):</source>
        <translation>[Hö&amp;ld (šéçöñdš): ~~]</translation>
    </message>
    <message>
        <source>How long to hold the position each time</source>
        <translation>[Höw löñg tö höld thé pöšîtîöñ éåçh tîmé ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>How many times to do the exercise (on each side)</source>
        <translation>[Höw måñý tîméš tö dö thé éxérçîšé (öñ éåçh šîdé) ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Se&amp;ts:</source>
        <translation>[Šé&amp;tš: ~]</translation>
    </message>
    <message>
        <source>How many times to go through all the repetitions</source>
        <translation>[Höw måñý tîméš tö gö thröügh åll thé répétîtîöñš ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Get ready (seconds):</source>
        <translation>[&amp;Gét réådý (šéçöñdš): ~~~~]</translation>
    </message>
    <message>
        <source>Time to get into position first</source>
        <translation>[Tîmé tö gét îñtö pöšîtîöñ fîršt ~~~~~~~]</translation>
    </message>
    <message>
        <source>Exercise being edited</source>
        <translation>[Éxérçîšé béîñg édîtéd ~~~~]</translation>
    </message>
    <message>
        <source>About this exercise</source>
        <translation>[Åböüt thîš éxérçîšé ~~~]</translation>
    </message>
    <message>
        <source>Do the exercise once, or on the left and then on the right</source>
        <translation>[Dö thé éxérçîšé öñçé, ör öñ thé léft åñd théñ öñ thé rîght ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Sides: default</source>
        <translation>[Šîdéš: défåült ~~]</translation>
    </message>
    <message>
        <source>Reset e&amp;xercise to defaults</source>
        <translation>[Réšét é&amp;xérçîšé tö défåültš ~~~~~~]</translation>
    </message>
    <message>
        <source>Reset exercise to defaults</source>
        <translation>[Réšét éxérçîšé tö défåültš ~~~~~]</translation>
    </message>
    <message>
        <source>Use the exercise's own hold, repetitions and rest again, and one set</source>
        <translation>[Üšé thé éxérçîšé'š öwñ höld, répétîtîöñš åñd réšt ågåîñ, åñd öñé šét ~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>default {default}</source>
        <translation>[défåült {default} ~~~]</translation>
    </message>
    <message>
        <source>default {default_sides}</source>
        <translation>[défåült {default_sides} ~~~~]</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>[Ñéw röütîñé ~]</translation>
    </message>
    <message>
        <source>What the routine is called in the player</source>
        <translation>[Whåt thé röütîñé îš çålléd îñ thé plåýér ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>e.g. Physio, morning</source>
        <translation>[é.g. Phýšîö, mörñîñg ~~~~]</translation>
    </message>
    <message>
        <source>First exercise</source>
        <translation>[Fîršt éxérçîšé ~~]</translation>
    </message>
    <message>
        <source>The routine starts with this exercise; add more afterwards</source>
        <translation>[Thé röütîñé štårtš wîth thîš éxérçîšé; ådd möré åftérwårdš ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;First exercise:</source>
        <translation>[&amp;Fîršt éxérçîšé: ~~]</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>[&amp;Çréåté ~]</translation>
    </message>
    <message>
        <source>Make the routine</source>
        <translation>[Måké thé röütîñé ~~]</translation>
    </message>
    <message>
        <source>Close without making a routine</source>
        <translation>[Çlöšé wîthöüt måkîñg å röütîñé ~~~~~~~]</translation>
    </message>
    <message>
        <source>Delete the exercise?</source>
        <translation>[Délété thé éxérçîšé? ~~~~]</translation>
    </message>
    <message>
        <source>Delete your exercise “{name}”?</source>
        <translation>[Délété ýöür éxérçîšé “{name}”? ~~~~~~~]</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>[Délété ~]</translation>
    </message>
    <message>
        <source>the exercise's deletion</source>
        <translation>[thé éxérçîšé'š délétîöñ ~~~~]</translation>
    </message>
    <message>
        <source>BackCoach routines ({patterns});;All files (*)</source>
        <translation>[BåçkÇöåçh röütîñéš ({patterns});;Åll fîléš (*) ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>[Împört å röütîñé ~~]</translation>
    </message>
    <message>
        <source>Imported “{name}” from {name2}.</source>
        <translation>[Împörtéd “{name}” fröm {name2}. ~~~~~~~]</translation>
    </message>
    <message>
        <source>“{name}” is already here, the same: nothing was added.</source>
        <translation>[“{name}” îš ålréådý héré, thé šåmé: ñöthîñg wåš åddéd. ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Export the routine</source>
        <translation>[Éxpört thé röütîñé ~~~]</translation>
    </message>
    <message>
        <source>Exported “{name}” to {path}.</source>
        <translation>[Éxpörtéd “{name}” tö {path}. ~~~~~~]</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>[Röütîñéš ~]</translation>
    </message>
    <message>
        <source>Choose a routine to edit (F2 renames, Delete deletes)</source>
        <translation>[Çhööšé å röütîñé tö édît (F2 réñåméš, Délété délétéš) ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>[&amp;Ñéw… ~]</translation>
    </message>
    <message>
        <source>Make a new routine</source>
        <translation>[Måké å ñéw röütîñé ~~~]</translation>
    </message>
    <message>
        <source>R&amp;ename…</source>
        <translation>[R&amp;éñåmé… ~]</translation>
    </message>
    <message>
        <source>Rename this routine (F2)</source>
        <translation>[Réñåmé thîš röütîñé (F2) ~~~~~]</translation>
    </message>
    <message>
        <source>Rename routine</source>
        <translation>[Réñåmé röütîñé ~~]</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>[D&amp;üplîçåté ~]</translation>
    </message>
    <message>
        <source>Make a copy of this routine to change</source>
        <translation>[Måké å çöpý öf thîš röütîñé tö çhåñgé ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Duplicate routine</source>
        <translation>[Düplîçåté röütîñé ~~~]</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>[Délété… ~]</translation>
    </message>
    <message>
        <source>Delete this routine (Delete)</source>
        <translation>[Délété thîš röütîñé (Délété) ~~~~~~]</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>[Délété röütîñé ~~]</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>[&amp;Împört… ~]</translation>
    </message>
    <message>
        <source>Add a routine from a routine file</source>
        <translation>[Ådd å röütîñé fröm å röütîñé fîlé ~~~~~~~]</translation>
    </message>
    <message>
        <source>Import routine</source>
        <translation>[Împört röütîñé ~~]</translation>
    </message>
    <message>
        <source>Ex&amp;port…</source>
        <translation>[Éx&amp;pört… ~]</translation>
    </message>
    <message>
        <source>Save this routine as a file to share</source>
        <translation>[Šåvé thîš röütîñé åš å fîlé tö šhåré ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Export routine</source>
        <translation>[Éxpört röütîñé ~~]</translation>
    </message>
    <message>
        <source>Restore built-in routines…</source>
        <translation>[Réštöré büîlt-îñ röütîñéš… ~~~~~]</translation>
    </message>
    <message>
        <source>Bring back built-in routines you deleted or changed, as they were shipped</source>
        <translation>[Brîñg båçk büîlt-îñ röütîñéš ýöü délétéd ör çhåñgéd, åš théý wéré šhîppéd ~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Reset all to defaults…</source>
        <translation>[Réšét åll tö défåültš… ~~~~]</translation>
    </message>
    <message>
        <source>Built-in routines as shipped, and every exercise of your routines back to its defaults (your routines and exercises stay)</source>
        <translation>[Büîlt-îñ röütîñéš åš šhîppéd, åñd évérý éxérçîšé öf ýöür röütîñéš båçk tö îtš défåültš (ýöür röütîñéš åñd éxérçîšéš štåý) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation>[Röütîñé ñåmé ~]</translation>
    </message>
    <message>
        <source>Kind of routine</source>
        <translation>[Kîñd öf röütîñé ~~]</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>[Tötål tîmé ~]</translation>
    </message>
    <message>
        <source>How long the routine takes, rests and getting ready included</source>
        <translation>[Höw löñg thé röütîñé tåkéš, réštš åñd géttîñg réådý îñçlüdéd ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Reset r&amp;outine…</source>
        <translation>[Réšét r&amp;öütîñé… ~~]</translation>
    </message>
    <message>
        <source>Every exercise of this routine back to its defaults (a built-in routine: as shipped)</source>
        <translation>[Évérý éxérçîšé öf thîš röütîñé båçk tö îtš défåültš (å büîlt-îñ röütîñé: åš šhîppéd) ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>[Üñdö ~]</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>[Ñöthîñg tö üñdö ~~]</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>[Üp ~]</translation>
    </message>
    <message>
        <source>Move this exercise earlier (Ctrl+Up)</source>
        <translation>[Mövé thîš éxérçîšé éårlîér (Çtrl+Üp) ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>[Mövé üp ~]</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>[Döwñ ~]</translation>
    </message>
    <message>
        <source>Move this exercise later (Ctrl+Down)</source>
        <translation>[Mövé thîš éxérçîšé låtér (Çtrl+Döwñ) ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>[Mövé döwñ ~]</translation>
    </message>
    <message>
        <source>Take this exercise out of the routine (Delete)</source>
        <translation>[Tåké thîš éxérçîšé öüt öf thé röütîñé (Délété) ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Remove exercise</source>
        <translation>[Rémövé éxérçîšé ~~]</translation>
    </message>
    <message>
        <source>Add from the &amp;catalogue:</source>
        <translation>[Ådd fröm thé &amp;çåtålögüé: ~~~~~]</translation>
    </message>
    <message>
        <source>Exercise to add</source>
        <translation>[Éxérçîšé tö ådd ~~]</translation>
    </message>
    <message>
        <source>The guide's exercises and your own</source>
        <translation>[Thé güîdé'š éxérçîšéš åñd ýöür öwñ ~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>[&amp;Ådd ~]</translation>
    </message>
    <message>
        <source>Add this exercise to the end of the routine</source>
        <translation>[Ådd thîš éxérçîšé tö thé éñd öf thé röütîñé ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Add exercise</source>
        <translation>[Ådd éxérçîšé ~]</translation>
    </message>
    <message>
        <source>Ne&amp;w exercise…</source>
        <translation>[Ñé&amp;w éxérçîšé… ~~]</translation>
    </message>
    <message>
        <source>Make an exercise of your own and add it</source>
        <translation>[Måké åñ éxérçîšé öf ýöür öwñ åñd ådd ît ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>[Édît… ~]</translation>
    </message>
    <message>
        <source>Change the exercise of yours chosen above</source>
        <translation>[Çhåñgé thé éxérçîšé öf ýöürš çhöšéñ åbövé ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Delete the exercise of yours chosen above (when no routine uses it)</source>
        <translation>[Délété thé éxérçîšé öf ýöürš çhöšéñ åbövé (whéñ ñö röütîñé üšéš ît) ~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Delete your exercise</source>
        <translation>[Délété ýöür éxérçîšé ~~~~]</translation>
    </message>
    <message>
        <source>{name} (yours)</source>
        <translation>[{name} (ýöürš) ~~]</translation>
    </message>
    <message>
        <source>Built-in routine, changed by you: Reset routine brings back the original.</source>
        <translation>[Büîlt-îñ röütîñé, çhåñgéd bý ýöü: Réšét röütîñé brîñgš båçk thé örîgîñål. ~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Built-in routine. Your changes are kept apart; it can always be reset.</source>
        <translation>[Büîlt-îñ röütîñé. Ýöür çhåñgéš åré képt åpårt; ît çåñ ålwåýš bé réšét. ~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Your own routine.</source>
        <translation>[Ýöür öwñ röütîñé. ~~~]</translation>
    </message>
    <message>
        <source> (off)</source>
        <translation>[ (öff) ~]</translation>
    </message>
    <message>
        <source>Total {duration_text}</source>
        <translation>[Tötål {duration_text} ~~~~]</translation>
    </message>
    <message>
        <source> (as typed)</source>
        <translation>[ (åš týpéd) ~]</translation>
    </message>
    <message>
        <source>{exercises} turned on</source>
        <translation>[{exercises} türñéd öñ ~~~~]</translation>
    </message>
    <message>
        <source>{exercises} turned on; rests and getting ready included</source>
        <translation>[{exercises} türñéd öñ; réštš åñd géttîñg réådý îñçlüdéd ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Your own exercise.</source>
        <translation>[Ýöür öwñ éxérçîšé. ~~~]</translation>
    </message>
    <message>
        <source>{about} Turned off: the player leaves it out.</source>
        <translation>[{about} Türñéd öff: thé plåýér léåvéš ît öüt. ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{value} Correct it, or press Esc in the field to put back the number in use, before choosing another exercise.</source>
        <translation>[{value} Çörréçt ît, ör préšš Éšç îñ thé fîéld tö püt båçk thé ñümbér îñ üšé, béföré çhööšîñg åñöthér éxérçîšé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>This number is not used yet.</source>
        <translation>[Thîš ñümbér îš ñöt üšéd ýét. ~~~~~~]</translation>
    </message>
    <message>
        <source>Undo: {what} (Ctrl+Z)</source>
        <translation>[Üñdö: {what} (Çtrl+Z) ~~~~]</translation>
    </message>
    <message>
        <source>the last change</source>
        <translation>[thé låšt çhåñgé ~~]</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>[Ñöthîñg tö üñdö. ~~]</translation>
    </message>
    <message>
        <source>the change of </source>
        <translation>[thé çhåñgé öf  ~~]</translation>
    </message>
    <message>
        <source>the exercise's removal</source>
        <translation>[thé éxérçîšé'š rémövål ~~~~]</translation>
    </message>
    <message>
        <source>the exercise's reset</source>
        <translation>[thé éxérçîšé'š réšét ~~~~]</translation>
    </message>
    <message>
        <source>goes back to how it was shipped</source>
        <translation>[göéš båçk tö höw ît wåš šhîppéd ~~~~~~~]</translation>
    </message>
    <message>
        <source>goes back to its exercise's defaults</source>
        <translation>[göéš båçk tö îtš éxérçîšé'š défåültš ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Reset the routine?</source>
        <translation>[Réšét thé röütîñé? ~~~]</translation>
    </message>
    <message>
        <source>Every exercise of “{name}” {back}: hold, repetitions, rest, sides and sets. Undo (Ctrl+Z) brings your numbers back.</source>
        <translation>[Évérý éxérçîšé öf “{name}” {back}: höld, répétîtîöñš, réšt, šîdéš åñd šétš. Üñdö (Çtrl+Z) brîñgš ýöür ñümbérš båçk. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Reset routine</source>
        <translation>[Réšét röütîñé ~]</translation>
    </message>
    <message>
        <source>the routine's reset</source>
        <translation>[thé röütîñé'š réšét ~~~]</translation>
    </message>
    <message>
        <source>Reset all to defaults?</source>
        <translation>[Réšét åll tö défåültš? ~~~~]</translation>
    </message>
    <message>
        <source>Built-in routines go back to how they were shipped (deleted ones come back), and every exercise of your own routines goes back to its default hold, repetitions and rest. Your own routines and exercises stay.</source>
        <translation>[Büîlt-îñ röütîñéš gö båçk tö höw théý wéré šhîppéd (délétéd öñéš çömé båçk), åñd évérý éxérçîšé öf ýöür öwñ röütîñéš göéš båçk tö îtš défåült höld, répétîtîöñš åñd réšt. Ýöür öwñ röütîñéš åñd éxérçîšéš štåý. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>[Réšét åll ~]</translation>
    </message>
    <message>
        <source>the reset of all routines</source>
        <translation>[thé réšét öf åll röütîñéš ~~~~~]</translation>
    </message>
    <message>
        <source>The built-in routines are all here, as shipped.</source>
        <translation>[Thé büîlt-îñ röütîñéš åré åll héré, åš šhîppéd. ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>These come back: {names}.</source>
        <translation>[Théšé çömé båçk: {names}. ~~~~~]</translation>
    </message>
    <message>
        <source>These lose your changes: {names}.</source>
        <translation>[Théšé löšé ýöür çhåñgéš: {names}. ~~~~~~~]</translation>
    </message>
    <message>
        <source>Restore the built-in routines?</source>
        <translation>[Réštöré thé büîlt-îñ röütîñéš? ~~~~~~~]</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>[Réštöré ~]</translation>
    </message>
    <message>
        <source>the restore of the built-ins</source>
        <translation>[thé réštöré öf thé büîlt-îñš ~~~~~~]</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>[Ñéw ñåmé: ~]</translation>
    </message>
    <message>
        <source> It is a built-in routine: Restore built-in routines brings it back.</source>
        <translation>[ Ît îš å büîlt-îñ röütîñé: Réštöré büîlt-îñ röütîñéš brîñgš ît båçk. ~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source> This cannot be undone; export it first to keep a copy.</source>
        <translation>[ Thîš çåññöt bé üñdöñé; éxpört ît fîršt tö kéép å çöpý. ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Delete the routine?</source>
        <translation>[Délété thé röütîñé? ~~~]</translation>
    </message>
    <message>
        <source>Delete “{name}”?{note}</source>
        <translation>[Délété “{name}”?{note} ~~~~]</translation>
    </message>
    <message>
        <source>the routine's deletion</source>
        <translation>[thé röütîñé'š délétîöñ ~~~~]</translation>
    </message>
</context>
<context>
    <name>ShellText</name>
    <message>
        <source>Views</source>
        <translation>[Vîéwš ~]</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>[Éxérçîšé ~]</translation>
    </message>
    <message>
        <source>History</source>
        <translation>[Hîštörý ~]</translation>
    </message>
    <message>
        <source>Follow a routine (Ctrl+1)</source>
        <translation>[Föllöw å röütîñé (Çtrl+1) ~~~~~]</translation>
    </message>
    <message>
        <source>Your sessions and streaks (Ctrl+2)</source>
        <translation>[Ýöür šéššîöñš åñd štréåkš (Çtrl+2) ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>[Röütîñéš ~]</translation>
    </message>
    <message>
        <source>Edit routines, hold times and repetitions (Ctrl+3)</source>
        <translation>[Édît röütîñéš, höld tîméš åñd répétîtîöñš (Çtrl+3) ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>[&amp;Fîlé ~]</translation>
    </message>
    <message>
        <source>I&amp;mport routine…</source>
        <translation>[Î&amp;mpört röütîñé… ~~]</translation>
    </message>
    <message>
        <source>Add a routine from a routine file</source>
        <translation>[Ådd å röütîñé fröm å röütîñé fîlé ~~~~~~~]</translation>
    </message>
    <message>
        <source>E&amp;xport routine…</source>
        <translation>[É&amp;xpört röütîñé… ~~]</translation>
    </message>
    <message>
        <source>Save the routine chosen in the editor as a file</source>
        <translation>[Šåvé thé röütîñé çhöšéñ îñ thé édîtör åš å fîlé ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>[&amp;Qüît ~]</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>[&amp;Vîéw ~]</translation>
    </message>
    <message>
        <source>&amp;Exercise</source>
        <translation>[&amp;Éxérçîšé ~]</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>[&amp;Hîštörý ~]</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>[&amp;Röütîñéš ~]</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>[&amp;Thémé ~]</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>[&amp;Låñgüågé ~]</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>[Hîštör&amp;ý ~]</translation>
    </message>
    <message>
        <source>Re&amp;minders</source>
        <translation>[Ré&amp;mîñdérš ~]</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>[&amp;Hélp ~]</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>[&amp;Kéýböård šhörtçütš ~~~]</translation>
    </message>
    <message>
        <source>&amp;Safety advice</source>
        <translation>[&amp;Šåfétý ådvîçé ~~]</translation>
    </message>
    <message>
        <source>&amp;About {APP_NAME}</source>
        <translation>[&amp;Åböüt {APP_NAME} ~~~]</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>[&amp;Édît… ~]</translation>
    </message>
    <message>
        <source>Edit the routine</source>
        <translation>[Édît thé röütîñé ~~]</translation>
    </message>
    <message>
        <source>Change this routine's holds, repetitions and exercises (Ctrl+3)</source>
        <translation>[Çhåñgé thîš röütîñé'š höldš, répétîtîöñš åñd éxérçîšéš (Çtrl+3) ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>About {APP_NAME}</source>
        <translation>[Åböüt {APP_NAME} ~~]</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{APP_NAME} {version}&lt;/h3&gt;&lt;p&gt;A desktop coach for back-pain relief exercises.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Safety&lt;/b&gt;&lt;/p&gt;{safety_html}&lt;p&gt;Your data: {folder}&lt;/p&gt;</source>
        <translation>[&lt;h3&gt;{APP_NAME} {version}&lt;/h3&gt;&lt;p&gt;Å déšktöp çöåçh för båçk-påîñ rélîéf éxérçîšéš.&lt;/p&gt;&lt;p&gt;Réléåšéd üñdér thé MÎT lîçéñçé.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Šåfétý&lt;/b&gt;&lt;/p&gt;{safety_html}&lt;p&gt;Ýöür dåtå: {folder}&lt;/p&gt; ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Pain is a signal to stop the exercise, not to push through it.</source>
        <translation>[Påîñ îš å šîgñål tö štöp thé éxérçîšé, ñöt tö püšh thröügh ît. ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;{escape}.&lt;/b&gt; {escape2}&lt;/li&gt;</source>
        <translation>[&lt;li&gt;&lt;b&gt;{escape}.&lt;/b&gt; {escape2}&lt;/li&gt; ~~~~~~~~]</translation>
    </message>
    <message>
        <source>&lt;ul&gt;{items}&lt;li&gt;&lt;b&gt;Stop if it hurts.&lt;/b&gt; {escape}&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>[&lt;ul&gt;{items}&lt;li&gt;&lt;b&gt;Štöp îf ît hürtš.&lt;/b&gt; {escape}&lt;/li&gt;&lt;/ul&gt; ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>[Béföré ýöü štårt ~~]</translation>
    </message>
    <message>
        <source>Safety advice</source>
        <translation>[Šåfétý ådvîçé ~]</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Before you start&lt;/h2&gt;</source>
        <translation>[&lt;h2&gt;Béföré ýöü štårt&lt;/h2&gt; ~~~~~]</translation>
    </message>
    <message>
        <source>These exercises are meant to strengthen and stretch your back. Please read this advice from the guide first.</source>
        <translation>[Théšé éxérçîšéš åré méåñt tö štréñgthéñ åñd štrétçh ýöür båçk. Pléåšé réåd thîš ådvîçé fröm thé güîdé fîršt. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Safety advice from the guide</source>
        <translation>[Šåfétý ådvîçé fröm thé güîdé ~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;I have read this advice</source>
        <translation>[&amp;Î håvé réåd thîš ådvîçé ~~~~~]</translation>
    </message>
    <message>
        <source>Tick to confirm you have read the safety advice</source>
        <translation>[Tîçk tö çöñfîrm ýöü håvé réåd thé šåfétý ådvîçé ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>I have read this advice</source>
        <translation>[Î håvé réåd thîš ådvîçé ~~~~]</translation>
    </message>
    <message>
        <source>&amp;Start using BackCoach</source>
        <translation>[&amp;Štårt üšîñg BåçkÇöåçh ~~~~]</translation>
    </message>
    <message>
        <source>Tick “I have read this advice” first</source>
        <translation>[Tîçk “Î håvé réåd thîš ådvîçé” fîršt ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Start using BackCoach</source>
        <translation>[Štårt üšîñg BåçkÇöåçh ~~~~]</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>[&amp;Ñöt ñöw ~]</translation>
    </message>
    <message>
        <source>Close the advice; it opens again when you start a session</source>
        <translation>[Çlöšé thé ådvîçé; ît öpéñš ågåîñ whéñ ýöü štårt å šéššîöñ ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>[Ñöt ñöw ~]</translation>
    </message>
    <message>
        <source>Close the safety advice</source>
        <translation>[Çlöšé thé šåfétý ådvîçé ~~~~]</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>[Çlöšé ~]</translation>
    </message>
    <message>
        <source>backcoach: {running_instance_silent}</source>
        <translation>[båçkçöåçh: {running_instance_silent} ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>[Kéýböård šhörtçütš ~~~]</translation>
    </message>
    <message>
        <source>Everything in BackCoach works from the keyboard: Tab moves between controls, and Alt with the underlined letter of a label or button goes straight to it.</source>
        <translation>[Évérýthîñg îñ BåçkÇöåçh wörkš fröm thé kéýböård: Tåb mövéš bétwééñ çöñtrölš, åñd Ålt wîth thé üñdérlîñéd léttér öf å låbél ör büttöñ göéš štråîght tö ît. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>[Kéýš ~]</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>[Whåt théý dö ~]</translation>
    </message>
    <message>
        <source>Every keyboard shortcut, by where it works</source>
        <translation>[Évérý kéýböård šhörtçüt, bý whéré ît wörkš ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Close the list</source>
        <translation>[Çlöšé thé lîšt ~~]</translation>
    </message>
    <message>
        <source>BackCoach is still starting.</source>
        <translation>[BåçkÇöåçh îš štîll štårtîñg. ~~~~~~]</translation>
    </message>
    <message>
        <source>BackCoach is closing.</source>
        <translation>[BåçkÇöåçh îš çlöšîñg. ~~~~]</translation>
    </message>
    <message>
        <source>Not a BackCoach request.</source>
        <translation>[Ñöt å BåçkÇöåçh réqüéšt. ~~~~~]</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>[&amp;Šýštém ~]</translation>
    </message>
    <message>
        <source>The desktop's colours</source>
        <translation>[Thé déšktöp'š çölöürš ~~~~]</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>[&amp;Lîght ~]</translation>
    </message>
    <message>
        <source>Dark text on light backgrounds</source>
        <translation>[Dårk téxt öñ lîght båçkgröüñdš ~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>[&amp;Dårk ~]</translation>
    </message>
    <message>
        <source>Light text on dark backgrounds</source>
        <translation>[Lîght téxt öñ dårk båçkgröüñdš ~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>[&amp;Šýštém låñgüågé ~~]</translation>
    </message>
    <message>
        <source>The language your desktop uses, when BackCoach has it</source>
        <translation>[Thé låñgüågé ýöür déšktöp üšéš, whéñ BåçkÇöåçh håš ît ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>the system language</source>
        <translation>[thé šýštém låñgüågé ~~~]</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>[Låñgüågé ~]</translation>
    </message>
    <message>
        <source>BackCoach will be in {language} from its next start. Restart now? A running session asks first.</source>
        <translation>[BåçkÇöåçh wîll bé îñ {language} fröm îtš ñéxt štårt. Réštårt ñöw? Å rüññîñg šéššîöñ åškš fîršt. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>[&amp;Réštårt ñöw ~]</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>[&amp;Låtér ~]</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>[Réštårt ñöw ~]</translation>
    </message>
    <message>
        <source>Quit and start BackCoach again in the new language</source>
        <translation>[Qüît åñd štårt BåçkÇöåçh ågåîñ îñ thé ñéw låñgüågé ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>[Låtér ~]</translation>
    </message>
    <message>
        <source>Keep this language until BackCoach starts again</source>
        <translation>[Kéép thîš låñgüågé üñtîl BåçkÇöåçh štårtš ågåîñ ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>another BackCoach is writing this data folder.</source>
        <translation>[åñöthér BåçkÇöåçh îš wrîtîñg thîš dåtå földér. ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>[Réåd-öñlý ~]</translation>
    </message>
    <message>
        <source>{APP_NAME} (read-only)</source>
        <translation>[{APP_NAME} (réåd-öñlý) ~~~~]</translation>
    </message>
</context>
<context>
    <name>StorageText</name>
    <message>
        <source>{name} is not a BackCoach export (made with File &gt; Export all data).</source>
        <translation>[{name} îš ñöt å BåçkÇöåçh éxpört (mådé wîth Fîlé &gt; Éxpört åll dåtå). ~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{name} has no valid schema version.</source>
        <translation>[{name} håš ñö vålîd šçhémå véršîöñ. ~~~~~~~~]</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of BackCoach; update to import it.</source>
        <translation>[{name} wåš mådé bý å ñéwér véršîöñ öf BåçkÇöåçh; üpdåté tö împört ît. ~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{name} has no list of sessions.</source>
        <translation>[{name} håš ñö lîšt öf šéššîöñš. ~~~~~~~]</translation>
    </message>
    <message>
        <source>In {name}, 'settings' is not an object.</source>
        <translation>[Îñ {name}, 'šéttîñgš' îš ñöt åñ öbjéçt. ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>In {name}, the routines are not readable.</source>
        <translation>[Îñ {name}, thé röütîñéš åré ñöt réådåblé. ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source> (imported)</source>
        <translation>[ (împörtéd) ~]</translation>
    </message>
    <message>
        <source>This command only reads the data folder.</source>
        <translation>[Thîš çömmåñd öñlý réådš thé dåtå földér. ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>[thé dîšk îš füll ~~]</translation>
    </message>
    <message>
        <source>the app may not write there (permission denied)</source>
        <translation>[thé åpp måý ñöt wrîté théré (pérmîššîöñ déñîéd) ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>[thé földér îš réåd-öñlý ~~~~]</translation>
    </message>
    <message>
        <source>{path} is from an older version of BackCoach and could not be updated yet: {why}.</source>
        <translation>[{path} îš fröm åñ öldér véršîöñ öf BåçkÇöåçh åñd çöüld ñöt bé üpdåtéd ýét: {why}. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{name} cannot be read: {why}.</source>
        <translation>[{name} çåññöt bé réåd: {why}. ~~~~~~]</translation>
    </message>
    <message>
        <source>this command only reads the data folder.</source>
        <translation>[thîš çömmåñd öñlý réådš thé dåtå földér. ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>it was written by a newer version of BackCoach, and this version never changes such a file.</source>
        <translation>[ît wåš wrîttéñ bý å ñéwér véršîöñ öf BåçkÇöåçh, åñd thîš véršîöñ ñévér çhåñgéš šüçh å fîlé. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>it could not be read, so writing it would lose it.</source>
        <translation>[ît çöüld ñöt bé réåd, šö wrîtîñg ît wöüld löšé ît. ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>it is damaged and cannot be kept aside: {why}.</source>
        <translation>[ît îš dåmågéd åñd çåññöt bé képt åšîdé: {why}. ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Could not back up {path} before saving: {why}.</source>
        <translation>[Çöüld ñöt båçk üp {path} béföré šåvîñg: {why}. ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Could not save {path}: {why}.</source>
        <translation>[Çöüld ñöt šåvé {path}: {why}. ~~~~~~]</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}.</source>
        <translation>[Çöüld ñöt šåvé {path}: {error}. ~~~~~~~]</translation>
    </message>
    <message>
        <source>{name} is {value:,.1f} MB, more than the {value2:,.0f} MB this app reads for such a file.</source>
        <translation>[{name} îš {value:,.1f} MB, möré thåñ thé {value2:,.0f} MB thîš åpp réådš för šüçh å fîlé. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>[{name} îš émptý. ~~]</translation>
    </message>
    <message>
        <source>{name} is not text (it is damaged or not a BackCoach file).</source>
        <translation>[{name} îš ñöt téxt (ît îš dåmågéd ör ñöt å BåçkÇöåçh fîlé). ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{name} is nested too deeply to be a BackCoach file.</source>
        <translation>[{name} îš ñéštéd töö dééplý tö bé å BåçkÇöåçh fîlé. ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{name} is not valid JSON ({error}).</source>
        <translation>[{name} îš ñöt vålîd JŠÖÑ ({error}). ~~~~~~~~]</translation>
    </message>
    <message>
        <source>{name} holds far more lists and objects than a BackCoach file of its size could.</source>
        <translation>[{name} höldš får möré lîštš åñd öbjéçtš thåñ å BåçkÇöåçh fîlé öf îtš šîzé çöüld. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{name} is not valid JSON for this app (a number is too large: {group}…).</source>
        <translation>[{name} îš ñöt vålîd JŠÖÑ för thîš åpp (å ñümbér îš töö lårgé: {group}…). ~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{name} is not a number this app accepts</source>
        <translation>[{name} îš ñöt å ñümbér thîš åpp åççéptš ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>cannot migrate a document of schema {schema!r}</source>
        <translation>[çåññöt mîgråté å döçüméñt öf šçhémå {schema!r} ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{name} does not hold {KIND_WORDS}.</source>
        <translation>[{name} döéš ñöt höld {KIND_WORDS}. ~~~~~~~~]</translation>
    </message>
    <message>
        <source>In {name}, {key!r} is not a list.</source>
        <translation>[Îñ {name}, {key!r} îš ñöt å lîšt. ~~~~~~~]</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be made: {why}.</source>
        <translation>[Thé dåtå földér {folder} çåññöt bé mådé: {why}. ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be locked: {why}.</source>
        <translation>[Thé dåtå földér {folder} çåññöt bé löçkéd: {why}. ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Could not read the backup {path}: {why}.</source>
        <translation>[Çöüld ñöt réåd thé båçküp {path}: {why}. ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>The backup {path} is damaged; nothing was restored.</source>
        <translation>[Thé båçküp {path} îš dåmågéd; ñöthîñg wåš réštöréd. ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Could not restore {original}: {why}.</source>
        <translation>[Çöüld ñöt réštöré {original}: {why}. ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Could not back up {path} before using the new layout: {why}.</source>
        <translation>[Çöüld ñöt båçk üp {path} béföré üšîñg thé ñéw låýöüt: {why}. ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>This session's date ({moment:%Y-%m-%d}) is not one BackCoach keeps; check the computer's clock.</source>
        <translation>[Thîš šéššîöñ'š dåté ({moment:%Y-%m-%d}) îš ñöt öñé BåçkÇöåçh kéépš; çhéçk thé çömpütér'š çlöçk. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>process {lines}</source>
        <translation>[pröçéšš {lines} ~~]</translation>
    </message>
    <message>
        <source>a process</source>
        <translation>[å pröçéšš ~]</translation>
    </message>
    <message>
        <source>on {lines}</source>
        <translation>[öñ {lines} ~]</translation>
    </message>
    <message>
        <source>device {lines}</source>
        <translation>[dévîçé {lines} ~~]</translation>
    </message>
    <message>
        <source>Another BackCoach ({describe_holder}) is writing {parent}; nothing was changed. Try again when it has finished or is closed.</source>
        <translation>[Åñöthér BåçkÇöåçh ({describe_holder}) îš wrîtîñg {parent}; ñöthîñg wåš çhåñgéd. Trý ågåîñ whéñ ît håš fîñîšhéd ör îš çlöšéd. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>WidgetsText</name>
    <message>
        <source>Cancel</source>
        <translation>[Çåñçél ~]</translation>
    </message>
    <message>
        <source>Illustration</source>
        <translation>[Îllüštråtîöñ ~]</translation>
    </message>
    <message>
        <source>
(no illustration for this position)</source>
        <translation>[
(ñö îllüštråtîöñ för thîš pöšîtîöñ) ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>[Åñýwhéré ~]</translation>
    </message>
    <message>
        <source>The player, before a session</source>
        <translation>[Thé plåýér, béföré å šéššîöñ ~~~~~~]</translation>
    </message>
    <message>
        <source>During a session</source>
        <translation>[Dürîñg å šéššîöñ ~~]</translation>
    </message>
    <message>
        <source>The routine editor</source>
        <translation>[Thé röütîñé édîtör ~~~]</translation>
    </message>
    <message>
        <source>The history's sessions table</source>
        <translation>[Thé hîštörý'š šéššîöñš tåblé ~~~~~~]</translation>
    </message>
    <message>
        <source>Show the exercise player</source>
        <translation>[Šhöw thé éxérçîšé plåýér ~~~~~]</translation>
    </message>
    <message>
        <source>Show the history</source>
        <translation>[Šhöw thé hîštörý ~~]</translation>
    </message>
    <message>
        <source>Show the routine editor</source>
        <translation>[Šhöw thé röütîñé édîtör ~~~~]</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts (this list)</source>
        <translation>[Lîšt thé kéýböård šhörtçütš (thîš lîšt) ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Quit BackCoach</source>
        <translation>[Qüît BåçkÇöåçh ~~]</translation>
    </message>
    <message>
        <source>Start the chosen routine</source>
        <translation>[Štårt thé çhöšéñ röütîñé ~~~~~]</translation>
    </message>
    <message>
        <source>Pause, or resume after a 3-2-1 countdown</source>
        <translation>[Påüšé, ör réšümé åftér å 3-2-1 çöüñtdöwñ ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Skip to the next exercise</source>
        <translation>[Škîp tö thé ñéxt éxérçîšé ~~~~~]</translation>
    </message>
    <message>
        <source>Back to the start of this exercise, or the one before</source>
        <translation>[Båçk tö thé štårt öf thîš éxérçîšé, ör thé öñé béföré ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>This hurts: stop the exercise at once</source>
        <translation>[Thîš hürtš: štöp thé éxérçîšé åt öñçé ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Stop the session (asks first)</source>
        <translation>[Štöp thé šéššîöñ (åškš fîršt) ~~~~~~]</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>[Füll šçrééñ öñ ör öff ~~~~]</translation>
    </message>
    <message>
        <source>Move the chosen exercise earlier</source>
        <translation>[Mövé thé çhöšéñ éxérçîšé éårlîér ~~~~~~~]</translation>
    </message>
    <message>
        <source>Move the chosen exercise later</source>
        <translation>[Mövé thé çhöšéñ éxérçîšé låtér ~~~~~~~]</translation>
    </message>
    <message>
        <source>Remove the chosen exercise (in the list of exercises)</source>
        <translation>[Rémövé thé çhöšéñ éxérçîšé (îñ thé lîšt öf éxérçîšéš) ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Rename the chosen routine (in the list of routines)</source>
        <translation>[Réñåmé thé çhöšéñ röütîñé (îñ thé lîšt öf röütîñéš) ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Delete the chosen routine (in the list of routines)</source>
        <translation>[Délété thé çhöšéñ röütîñé (îñ thé lîšt öf röütîñéš) ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Undo the last change to a routine</source>
        <translation>[Üñdö thé låšt çhåñgé tö å röütîñé ~~~~~~~]</translation>
    </message>
    <message>
        <source>Delete the chosen session</source>
        <translation>[Délété thé çhöšéñ šéššîöñ ~~~~~]</translation>
    </message>
    <message>
        <source>Undo the last change to a session</source>
        <translation>[Üñdö thé låšt çhåñgé tö å šéššîöñ ~~~~~~~]</translation>
    </message>
    <message>
        <source>Redo it</source>
        <translation>[Rédö ît ~]</translation>
    </message>
</context>
</TS>