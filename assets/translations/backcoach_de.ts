<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ArgparseText</name>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>die Versionsnummer zeigen und beenden</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: Fehler: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>diese Argumente fehlen: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ein Argument erwartet</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s passt zu %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger Wert für %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Wahl: %(value)r (möglich: %(choices)s)</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>nicht erlaubt mit dem Argument %s</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>backcoach: {problem}</source>
        <translation>backcoach: {problem}</translation>
    </message>
    <message>
        <source>backcoach: {error}</source>
        <translation>backcoach: {error}</translation>
    </message>
    <message>
        <source>A desktop coach for back-pain relief exercises.</source>
        <translation>Ein Trainer am Computer für Übungen gegen Rückenschmerzen.</translation>
    </message>
    <message>
        <source>{HELP}. While BackCoach runs with the same data folder, a second start hands --routine and --import-all to its window, and exits with the window&apos;s answer.</source>
        <translation>{HELP}. Läuft BackCoach bereits mit demselben Datenordner, gibt ein zweiter Start --routine und --import-all an dieses Fenster weiter und endet mit dessen Antwort.</translation>
    </message>
    <message>
        <source>%(prog)s {version}</source>
        <translation>%(prog)s {version}</translation>
    </message>
    <message>
        <source>keep settings and history in DIR (default: ${DATA_DIR_VARIABLE} or the user data folder)</source>
        <translation>Einstellungen und Verlauf in DIR speichern (Standard: ${DATA_DIR_VARIABLE} oder der Datenordner des Benutzers)</translation>
    </message>
    <message>
        <source>reports (print or write, then exit without a window)</source>
        <translation>Berichte (ausgeben oder schreiben, dann ohne Fenster beenden)</translation>
    </message>
    <message>
        <source>print totals and the current and best streaks as JSON</source>
        <translation>Summen sowie aktuelle und beste Serie als JSON ausgeben</translation>
    </message>
    <message>
        <source>with --export-csv: write the exercises to FILE instead</source>
        <translation>mit --export-csv: die Übungen stattdessen in FILE schreiben</translation>
    </message>
    <message>
        <source>import the routine file FILE, choose it and open the player ready to start (a file that cannot be imported is reported with exit code 2)</source>
        <translation>die Ablauf-Datei FILE importieren, auswählen und den Übungsplayer startbereit öffnen (eine Datei, die sich nicht importieren lässt, wird mit Exit-Code 2 gemeldet)</translation>
    </message>
    <message>
        <source>start in the tray without showing the window (as at login); without a tray, the window shows</source>
        <translation>im Infobereich starten, ohne das Fenster zu zeigen (wie bei der Anmeldung); ohne Infobereich erscheint das Fenster</translation>
    </message>
    <message>
        <source>{data_dir} is a file, not a folder: give a folder for the data (--data-dir).</source>
        <translation>{data_dir} ist eine Datei, kein Ordner: Geben Sie einen Ordner für die Daten an (--data-dir).</translation>
    </message>
    <message>
        <source>{data_dir} cannot be used as the data folder: {value}.</source>
        <translation>{data_dir} kann nicht als Datenordner dienen: {value}.</translation>
    </message>
    <message>
        <source>--export-exercises-csv needs --export-csv FILE for the sessions</source>
        <translation>--export-exercises-csv braucht --export-csv FILE für die Sitzungen</translation>
    </message>
    <message>
        <source>write all settings, routines and sessions to FILE and exit</source>
        <translation>alle Einstellungen, Abläufe und Sitzungen in FILE schreiben und beenden</translation>
    </message>
    <message>
        <source>merge a file made by --export-all (or File &gt; Export all data) and exit; while the window runs, the window imports it</source>
        <translation>eine mit --export-all (oder Datei &gt; Alle Daten exportieren) erstellte Datei zusammenführen und beenden; läuft das Fenster, importiert es das Fenster</translation>
    </message>
    <message>
        <source>backcoach: {export_failed}</source>
        <translation>backcoach: {export_failed}</translation>
    </message>
    <message>
        <source>backcoach: {refusal}</source>
        <translation>backcoach: {refusal}</translation>
    </message>
    <message>
        <source>backcoach: {running_instance_silent}</source>
        <translation>backcoach: {running_instance_silent}</translation>
    </message>
    <message>
        <source>backcoach: {import_refused}</source>
        <translation>backcoach: {import_refused}</translation>
    </message>
    <message>
        <source>backcoach: {import_failed}</source>
        <translation>backcoach: {import_failed}</translation>
    </message>
    <message>
        <source>add BackCoach (this installation of it) to your application menu, with its icon, and exit</source>
        <translation>BackCoach (diese Installation) mit Symbol zum Anwendungsmenü hinzufügen und beenden</translation>
    </message>
    <message>
        <source>remove what --install-desktop added, and exit</source>
        <translation>entfernen, was --install-desktop hinzugefügt hat, und beenden</translation>
    </message>
    <message>
        <source>BackCoach is in your application menu: {value} starts {join}.</source>
        <translation>BackCoach ist in Ihrem Anwendungsmenü: {value} startet {join}.</translation>
    </message>
    <message>
        <source>Removed BackCoach&apos;s menu entry, icons and metainfo from {home} ({len} files).</source>
        <translation>Menüeintrag, Symbole und Metadaten von BackCoach aus {home} entfernt ({len} Dateien).</translation>
    </message>
    <message>
        <source>added to</source>
        <translation>zum Anwendungsmenü hinzugefügt</translation>
    </message>
    <message>
        <source>removed from</source>
        <translation>aus dem Anwendungsmenü entfernt</translation>
    </message>
    <message>
        <source>BackCoach could not be {what} the application menu: {value} ({value2}).</source>
        <translation>BackCoach konnte nicht {what} werden: {value} ({value2}).</translation>
    </message>
    <message>
        <source>exit status: 0 done; 1 could not be done (a file could not be written, or the running window did not answer); 2 an input was refused (a wrong argument, a routine file or archive that cannot be imported, a data folder that is a file), and nothing changed</source>
        <translation>Exit-Status: 0 erledigt; 1 konnte nicht erledigt werden (eine Datei ließ sich nicht schreiben, oder das laufende Fenster hat nicht geantwortet); 2 eine Eingabe wurde abgelehnt (ein falsches Argument, eine Ablauf-Datei oder ein Archiv, das sich nicht importieren lässt, ein Datenordner, der eine Datei ist), und nichts wurde geändert</translation>
    </message>
    <message>
        <source>paper (write a PDF, then exit without a window)</source>
        <translation>Papier (ein PDF schreiben, dann ohne Fenster beenden)</translation>
    </message>
    <message>
        <source>write the routine ROUTINE (its id or name) as a printable handout to FILE (PDF)</source>
        <translation>den Ablauf ROUTINE (seine Kennung oder sein Name) als druckbares Merkblatt in FILE schreiben (PDF)</translation>
    </message>
    <message>
        <source>write a progress report for your physiotherapist to FILE (PDF): the last 4 weeks unless --from and --to say otherwise</source>
        <translation>einen Fortschrittsbericht für Ihre Physiotherapie in FILE schreiben (PDF): die letzten 4 Wochen, wenn --from und --to nichts anderes sagen</translation>
    </message>
    <message>
        <source>report from DATE (YYYY-MM-DD)</source>
        <translation>Bericht ab DATE (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>report up to DATE (YYYY-MM-DD)</source>
        <translation>Bericht bis DATE (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>There is no routine called {routine_name!r}. Routines: {names}.</source>
        <translation>Es gibt keinen Ablauf namens {routine_name!r}. Abläufe: {names}.</translation>
    </message>
    <message>
        <source>--from and --to go with --report FILE.</source>
        <translation>--from und --to gehören zu --report FILE.</translation>
    </message>
    <message>
        <source>backcoach: {message}</source>
        <translation>backcoach: {message}</translation>
    </message>
    <message>
        <source>{option} {text!r} is not a date: write it as YYYY-MM-DD.</source>
        <translation>{option} {text!r} ist kein Datum: Schreiben Sie es als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>{target} is a folder: give a file name for the PDF.</source>
        <translation>{target} ist ein Ordner: Geben Sie einen Dateinamen für das PDF an.</translation>
    </message>
    <message>
        <source>{target} is inside the data folder ({data_dir}): save the PDF somewhere else.</source>
        <translation>{target} liegt im Datenordner ({data_dir}): Speichern Sie das PDF an einem anderen Ort.</translation>
    </message>
    <message>
        <source>backcoach: {target} could not be written: {value}.</source>
        <translation>backcoach: {target} konnte nicht geschrieben werden: {value}.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {target} (%n page(s)).</source>
        <translation>
            <numerusform>{target} geschrieben (%n Seite).</numerusform>
            <numerusform>{target} geschrieben (%n Seiten).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <source>Your session is kept in memory and will be saved as soon as possible; don&apos;t close BackCoach until then.</source>
        <translation>Ihre Sitzung bleibt im Speicher und wird so bald wie möglich gespeichert; schließen Sie BackCoach bis dahin nicht.</translation>
    </message>
    <message>
        <source>Your settings are kept and saved as soon as possible.</source>
        <translation>Ihre Einstellungen bleiben erhalten und werden so bald wie möglich gespeichert.</translation>
    </message>
    <message>
        <source>The change applies until BackCoach closes.</source>
        <translation>Die Änderung gilt, bis BackCoach geschlossen wird.</translation>
    </message>
    <message>
        <source>Restored {name} from the backup of {moment_text}. What it held before is kept as a backup too.</source>
        <translation>{name} wurde aus der Sicherung vom {moment_text} wiederhergestellt. Der vorherige Inhalt ist ebenfalls als Sicherung aufbewahrt.</translation>
    </message>
    <message>
        <source>Everything that could not be saved before is saved now.</source>
        <translation>Alles, was vorher nicht gespeichert werden konnte, ist jetzt gespeichert.</translation>
    </message>
    <message>
        <source>{error} The change was not saved.</source>
        <translation>{error} Die Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>{error} The session was not deleted.</source>
        <translation>{error} Die Sitzung wurde nicht gelöscht.</translation>
    </message>
    <message>
        <source>BackCoach could not set itself to start at login: {path} cannot be written ({value}).</source>
        <translation>BackCoach konnte sich nicht für den Start bei der Anmeldung einrichten: {path} lässt sich nicht schreiben ({value}).</translation>
    </message>
    <message>
        <source>BackCoach could not stop starting at login: {path} cannot be removed ({value}).</source>
        <translation>BackCoach konnte den Start bei der Anmeldung nicht abschalten: {path} lässt sich nicht entfernen ({value}).</translation>
    </message>
    <message>
        <source>Moving into or out of a position</source>
        <translation>In eine Position hinein oder aus ihr heraus</translation>
    </message>
    <message>
        <source>{label} must be text.</source>
        <translation>{label} muss Text sein.</translation>
    </message>
    <message>
        <source>{label} cannot be empty.</source>
        <translation>{label} darf nicht leer sein.</translation>
    </message>
    <message>
        <source>{label} is {len} characters long; at most {limit} fit.</source>
        <translation>{label} ist {len} Zeichen lang; höchstens {limit} passen.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Der Name</translation>
    </message>
    <message>
        <source>The instructions</source>
        <translation>Die Anleitung</translation>
    </message>
    <message>
        <source>The purpose</source>
        <translation>Der Zweck</translation>
    </message>
    <message>
        <source>The safety note</source>
        <translation>Der Sicherheitshinweis</translation>
    </message>
    <message>
        <source>The side&apos;s name</source>
        <translation>Der Name der Seite</translation>
    </message>
    <message>
        <source>Whether it is done on each side must be true or false.</source>
        <translation>Ob die Übung auf jeder Seite gemacht wird, muss „true“ oder „false“ sein.</translation>
    </message>
    <message>
        <source>Choose at least one position.</source>
        <translation>Wählen Sie mindestens eine Position.</translation>
    </message>
    <message>
        <source>An exercise has at most {MAX_POSITIONS} positions, not {len}.</source>
        <translation>Eine Übung hat höchstens {MAX_POSITIONS} Positionen, nicht {len}.</translation>
    </message>
    <message>
        <source>Position {number} must be an object.</source>
        <translation>Position {number} muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>Position {number} uses a pose this app cannot draw: {str!r}.</source>
        <translation>Position {number} nutzt eine Haltung, die diese App nicht zeichnen kann: {str!r}.</translation>
    </message>
    <message>
        <source>The cue of position {number}</source>
        <translation>Der Hinweis zu Position {number}</translation>
    </message>
    <message>
        <source>The name of position {number}</source>
        <translation>Der Name von Position {number}</translation>
    </message>
    <message>
        <source>Your {what} file {name} could not be read: {why}</source>
        <translation>Ihre Datei „{what}“ {name} konnte nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <source>The damaged file is kept as {aside}.</source>
        <translation>Die beschädigte Datei ist als {aside} aufbewahrt.</translation>
    </message>
    <message numerus="yes">
        <source>%n readable record(s) rescued from it</source>
        <translation>
            <numerusform>%n lesbarer Eintrag wurde daraus gerettet</numerusform>
            <numerusform>%n lesbare Einträge wurden daraus gerettet</numerusform>
        </translation>
    </message>
    <message>
        <source>the backup of {moment_text} was loaded</source>
        <translation>die Sicherung vom {moment_text} wurde geladen</translation>
    </message>
    <message>
        <source>, and </source>
        <translation>, und </translation>
    </message>
    <message>
        <source>No good backup was found, so the default settings are used.</source>
        <translation>Es wurde keine gute Sicherung gefunden, daher gelten die Standardeinstellungen.</translation>
    </message>
    <message>
        <source>No good backup was found.</source>
        <translation>Es wurde keine gute Sicherung gefunden.</translation>
    </message>
    <message>
        <source>Your file {name} was missing, but the damaged copy {aside} was still there (its recovery was interrupted), so it was recovered again.</source>
        <translation>Ihre Datei {name} fehlte, aber die beschädigte Kopie {aside} war noch da (ihre Wiederherstellung wurde unterbrochen), daher wurde sie erneut wiederhergestellt.</translation>
    </message>
    <message>
        <source>It could not be copied aside ({reason}), so it is left as it was at {path} and is not changed until it can be; what could be recovered is shown meanwhile.</source>
        <translation>Sie konnte nicht beiseitegelegt werden ({reason}), daher bleibt sie unter {path}, wie sie war, und wird erst geändert, wenn das möglich ist; was sich wiederherstellen ließ, wird so lange angezeigt.</translation>
    </message>
    <message>
        <source>The recovered data could not be saved yet ({reason}); the damaged file stays in place until it can be.</source>
        <translation>Die wiederhergestellten Daten konnten noch nicht gespeichert werden ({reason}); die beschädigte Datei bleibt, bis das möglich ist.</translation>
    </message>
    <message>
        <source>Nothing was changed: BackCoach repairs the file the next time its window opens.</source>
        <translation>Es wurde nichts geändert: BackCoach repariert die Datei, wenn sein Fenster das nächste Mal öffnet.</translation>
    </message>
    <message>
        <source>It is another computer&apos;s file: nothing was changed here, and that computer repairs it.</source>
        <translation>Es ist die Datei eines anderen Computers: Hier wurde nichts geändert, jener Computer repariert sie.</translation>
    </message>
    <message>
        <source>{problem} It is left as it is and never written over; fix its permissions to use it.</source>
        <translation>{problem} Sie bleibt, wie sie ist, und wird nie überschrieben; korrigieren Sie ihre Zugriffsrechte, um sie zu nutzen.</translation>
    </message>
    <message>
        <source>The sessions in {folder} cannot be read: {value}. They are not shown, and the folder is left as it is.</source>
        <translation>Die Sitzungen in {folder} lassen sich nicht lesen: {value}. Sie werden nicht angezeigt, und der Ordner bleibt, wie er ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in {path} could not be read; kept in the file but not shown.</source>
        <translation>
            <numerusform>%n Sitzung in {path} konnte nicht gelesen werden; sie bleibt in der Datei, wird aber nicht angezeigt.</numerusform>
            <numerusform>%n Sitzungen in {path} konnten nicht gelesen werden; sie bleiben in der Datei, werden aber nicht angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} was written by a newer version of BackCoach. It is shown but not changed; update BackCoach to change it.</source>
        <translation>{path} wurde von einer neueren Version von BackCoach geschrieben. Die Datei wird angezeigt, aber nicht geändert; aktualisieren Sie BackCoach, um sie zu ändern.</translation>
    </message>
    <message>
        <source>{name} is not changed: {why}</source>
        <translation>{name} wird nicht geändert: {why}</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) could not be saved in the history: {why} Saved to {path} instead: after updating BackCoach, import that file with File › Import data to add them to your history.</source>
        <translation>
            <numerusform>%n Sitzung konnte nicht im Verlauf gespeichert werden: {why} Sie wurde stattdessen in {path} gespeichert: Importieren Sie diese Datei nach einer Aktualisierung von BackCoach mit Datei › Daten importieren, um sie Ihrem Verlauf hinzuzufügen.</numerusform>
            <numerusform>%n Sitzungen konnten nicht im Verlauf gespeichert werden: {why} Sie wurden stattdessen in {path} gespeichert: Importieren Sie diese Datei nach einer Aktualisierung von BackCoach mit Datei › Daten importieren, um sie Ihrem Verlauf hinzuzufügen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your session cannot be saved: {why} It stays in memory until BackCoach closes; use File › Export all data to keep it.</source>
        <translation>Ihre Sitzung kann nicht gespeichert werden: {why} Sie bleibt im Speicher, bis BackCoach geschlossen wird; sichern Sie sie mit Datei › Alle Daten exportieren.</translation>
    </message>
    <message>
        <source>BackCoach is already running with {data_dir}; its window was brought forward.</source>
        <translation>BackCoach läuft bereits mit {data_dir}; sein Fenster wurde nach vorn geholt.</translation>
    </message>
    <message>
        <source>The routine “{name}” was imported and is ready to start in the player.</source>
        <translation>Der Ablauf „{name}“ wurde importiert und ist im Übungsplayer startbereit.</translation>
    </message>
    <message>
        <source>The routine “{name}” was imported; choose it in the player once this session is over.</source>
        <translation>Der Ablauf „{name}“ wurde importiert; wählen Sie ihn im Übungsplayer, sobald diese Sitzung vorbei ist.</translation>
    </message>
    <message>
        <source> (process {holder})</source>
        <translation> (Prozess {holder})</translation>
    </message>
    <message>
        <source>BackCoach is already running with {data_dir}{who}, but it did not answer. Wait until it has finished what it is doing (an import), or quit it, and try again.</source>
        <translation>BackCoach läuft bereits mit {data_dir}{who}, hat aber nicht geantwortet. Warten Sie, bis es fertig ist (ein Import), oder beenden Sie es, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source> and {value} more</source>
        <translation> und {value} weitere</translation>
    </message>
    <message>
        <source>a conflict copy</source>
        <translation>eine Konfliktkopie</translation>
    </message>
    <message>
        <source>{len} conflict copies</source>
        <translation>{len} Konfliktkopien</translation>
    </message>
    <message>
        <source>Merged {copies} a sync tool made ({listed}): every session, setting and routine in them is shown, the newest version of each. The copies are left as they are.</source>
        <translation>{copies} eines Sync-Programms zusammengeführt ({listed}): Jede Sitzung, Einstellung und jeder Ablauf darin wird angezeigt, jeweils die neueste Fassung. Die Kopien bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Another BackCoach ({holder}) is using this data folder, so this window only reads it: nothing you change here is saved. Close the other one and start BackCoach again to make changes.</source>
        <translation>Ein anderes BackCoach ({holder}) nutzt diesen Datenordner, daher liest dieses Fenster ihn nur: Was Sie hier ändern, wird nicht gespeichert. Schließen Sie das andere und starten Sie BackCoach neu, um Änderungen zu machen.</translation>
    </message>
    <message>
        <source>This routine has no exercises to do.</source>
        <translation>Dieser Ablauf enthält keine Übungen.</translation>
    </message>
    <message>
        <source>The session has already started.</source>
        <translation>Die Sitzung hat bereits begonnen.</translation>
    </message>
    <message>
        <source>no period {period!r}: day, week or month</source>
        <translation>kein Zeitraum {period!r}: Tag, Woche oder Monat</translation>
    </message>
    <message>
        <source>The year {year} is not a year BackCoach keeps ({FIRST_YEAR} to {LAST_YEAR}).</source>
        <translation>Das Jahr {year} gehört nicht zu den Jahren, die BackCoach speichert ({FIRST_YEAR} bis {LAST_YEAR}).</translation>
    </message>
    <message>
        <source>There is no routine with the id {routine_id!r}.</source>
        <translation>Es gibt keinen Ablauf mit der Kennung {routine_id!r}.</translation>
    </message>
    <message>
        <source>There is no exercise of yours with the id {exercise_id!r}.</source>
        <translation>Es gibt keine eigene Übung mit der Kennung {exercise_id!r}.</translation>
    </message>
    <message>
        <source>This is your only routine; make another before deleting it.</source>
        <translation>Das ist Ihr einziger Ablauf; legen Sie zuerst einen anderen an, bevor Sie ihn löschen.</translation>
    </message>
    <message>
        <source>A routine holds at most {MAX_ITEMS} exercises.</source>
        <translation>Ein Ablauf enthält höchstens {MAX_ITEMS} Übungen.</translation>
    </message>
    <message>
        <source>An exercise cannot move past the ends of the routine.</source>
        <translation>Eine Übung kann nicht über den Anfang oder das Ende des Ablaufs hinaus verschoben werden.</translation>
    </message>
    <message>
        <source>The new order must name each exercise of the routine once.</source>
        <translation>Die neue Reihenfolge muss jede Übung des Ablaufs genau einmal nennen.</translation>
    </message>
    <message>
        <source>turn off</source>
        <translation>ausschalten</translation>
    </message>
    <message>
        <source>Unknown fields: {join}.</source>
        <translation>Unbekannte Felder: {join}.</translation>
    </message>
    <message>
        <source>Sides must be one side, or left then right.</source>
        <translation>Seiten muss eine Seite sein, oder links und dann rechts.</translation>
    </message>
    <message>
        <source>This exercise is part of {names}. Remove it from there first.</source>
        <translation>Diese Übung gehört zu {names}. Entfernen Sie sie zuerst dort.</translation>
    </message>
    <message>
        <source>The routine has no exercise number {value}.</source>
        <translation>Der Ablauf hat keine Übung Nummer {value}.</translation>
    </message>
    <message>
        <source>There is no exercise with the id {exercise_id!r}.</source>
        <translation>Es gibt keine Übung mit der Kennung {exercise_id!r}.</translation>
    </message>
    <message>
        <source>A routine needs at least one exercise turned on, so you cannot {verb} the last one. Add or turn on another first.</source>
        <translation>Ein Ablauf braucht mindestens eine eingeschaltete Übung, daher können Sie die letzte nicht {verb}. Fügen Sie zuerst eine andere hinzu oder schalten Sie eine ein.</translation>
    </message>
    <message>
        <source>You already have a routine called “{name}”.</source>
        <translation>Sie haben bereits einen Ablauf namens „{name}“.</translation>
    </message>
    <message>
        <source>the id {id!r} is already used</source>
        <translation>die Kennung {id!r} ist schon vergeben</translation>
    </message>
    <message>
        <source>One of your exercises could not be read ({error}); it is kept in routines.json but not shown.</source>
        <translation>Eine Ihrer Übungen konnte nicht gelesen werden ({error}); sie bleibt in routines.json, wird aber nicht angezeigt.</translation>
    </message>
    <message>
        <source>the id {id!r} appears twice</source>
        <translation>die Kennung {id!r} kommt doppelt vor</translation>
    </message>
    <message>
        <source>One of your routines could not be read ({error}); it is kept in routines.json but not shown.</source>
        <translation>Einer Ihrer Abläufe konnte nicht gelesen werden ({error}); er bleibt in routines.json, wird aber nicht angezeigt.</translation>
    </message>
    <message>
        <source>its name</source>
        <translation>ihr Name</translation>
    </message>
    <message>
        <source>its side&apos;s name</source>
        <translation>der Name ihrer Seite</translation>
    </message>
    <message>
        <source>a position&apos;s name</source>
        <translation>der Name einer Position</translation>
    </message>
    <message>
        <source>its instructions</source>
        <translation>ihre Anleitung</translation>
    </message>
    <message>
        <source>its safety note</source>
        <translation>ihr Sicherheitshinweis</translation>
    </message>
    <message>
        <source>its purpose</source>
        <translation>ihr Zweck</translation>
    </message>
    <message>
        <source>a cue</source>
        <translation>ein Hinweis</translation>
    </message>
    <message>
        <source>its texts are far longer than any exercise&apos;s</source>
        <translation>ihre Texte sind weit länger als die jeder Übung</translation>
    </message>
    <message>
        <source>{label} must be a whole number from {low} to {high}{unit}.</source>
        <translation>{label} muss eine ganze Zahl von {low} bis {high}{unit} sein.</translation>
    </message>
    <message>
        <source>{label} must be from {low} to {high}{unit}, not {value}.</source>
        <translation>{label} muss zwischen {low} und {high}{unit} liegen, nicht {value}.</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <source>Each exercise of a routine must be an object.</source>
        <translation>Jede Übung eines Ablaufs muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>The routine names an exercise this app does not know: {exercise_id!r}.</source>
        <translation>Der Ablauf nennt eine Übung, die diese App nicht kennt: {exercise_id!r}.</translation>
    </message>
    <message>
        <source>&apos;both_sides&apos; must be true or false.</source>
        <translation>„both_sides“ muss „true“ oder „false“ sein.</translation>
    </message>
    <message>
        <source>&apos;enabled&apos; must be true or false.</source>
        <translation>„enabled“ muss „true“ oder „false“ sein.</translation>
    </message>
    <message>
        <source>A routine must be a JSON object.</source>
        <translation>Ein Ablauf muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>A routine needs an &apos;id&apos; (text).</source>
        <translation>Ein Ablauf braucht eine „id“ (Text).</translation>
    </message>
    <message>
        <source>A routine needs a &apos;name&apos; (text).</source>
        <translation>Ein Ablauf braucht einen „name“ (Text).</translation>
    </message>
    <message>
        <source>A routine&apos;s &apos;description&apos; must be text.</source>
        <translation>Die „description“ eines Ablaufs muss Text sein.</translation>
    </message>
    <message>
        <source>Its name</source>
        <translation>Sein Name</translation>
    </message>
    <message>
        <source>Its description</source>
        <translation>Seine Beschreibung</translation>
    </message>
    <message>
        <source>Its name or description is far too long.</source>
        <translation>Sein Name oder seine Beschreibung ist viel zu lang.</translation>
    </message>
    <message>
        <source>A routine needs a list of &apos;exercises&apos;.</source>
        <translation>Ein Ablauf braucht eine Liste „exercises“.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Es gibt keine Datei {path}.</translation>
    </message>
    <message>
        <source>{path} is not a file (it is a folder or a device).</source>
        <translation>{path} ist keine Datei (sondern ein Ordner oder ein Gerät).</translation>
    </message>
    <message>
        <source>{name} is {value:,.1f} MB; a routine file is at most {value2:.0f} MB, so this is not one.</source>
        <translation>{name} ist {value:,.1f} MB groß; eine Ablauf-Datei ist höchstens {value2:.0f} MB groß, also ist dies keine.</translation>
    </message>
    <message>
        <source>{problem} It cannot be imported.</source>
        <translation>{problem} Sie lässt sich nicht importieren.</translation>
    </message>
    <message>
        <source>{name} cannot be imported: {error}</source>
        <translation>{name} lässt sich nicht importieren: {error}</translation>
    </message>
    <message>
        <source>it is not a BackCoach routine file (it needs &quot;format&quot;: &quot;{FORMAT}&quot;).</source>
        <translation>es ist keine Ablauf-Datei von BackCoach (sie braucht &quot;format&quot;: &quot;{FORMAT}&quot;).</translation>
    </message>
    <message>
        <source>its &quot;version&quot; must be a whole number from 1.</source>
        <translation>ihre &quot;version&quot; muss eine ganze Zahl ab 1 sein.</translation>
    </message>
    <message>
        <source>it was made by a newer version of BackCoach (format version {version}); update BackCoach to import it.</source>
        <translation>sie wurde von einer neueren Version von BackCoach erstellt (Formatversion {version}); aktualisieren Sie BackCoach, um sie zu importieren.</translation>
    </message>
    <message>
        <source>&quot;exercises&quot; must be a list of exercises.</source>
        <translation>&quot;exercises&quot; muss eine Liste von Übungen sein.</translation>
    </message>
    <message>
        <source>it holds {len} exercises; at most {MAX_EXERCISES_IN_FILE} fit.</source>
        <translation>sie enthält {len} Übungen; höchstens {MAX_EXERCISES_IN_FILE} passen.</translation>
    </message>
    <message>
        <source>exercise {number} of the file must be an object.</source>
        <translation>Übung {number} der Datei muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>exercise {number} of the file needs an id of letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;.</source>
        <translation>Übung {number} der Datei braucht eine Kennung aus Buchstaben, Ziffern, „_“, „.“ oder „-“.</translation>
    </message>
    <message>
        <source>exercise {number} of the file uses the id of an exercise of the guide ({exercise_id!r}).</source>
        <translation>Übung {number} der Datei nutzt die Kennung einer Übung der Anleitung ({exercise_id!r}).</translation>
    </message>
    <message>
        <source>the exercise id {exercise_id!r} appears twice.</source>
        <translation>die Übungskennung {exercise_id!r} kommt doppelt vor.</translation>
    </message>
    <message>
        <source>the exercise “{str}”: {error}</source>
        <translation>die Übung „{str}“: {error}</translation>
    </message>
    <message>
        <source>it needs a &quot;routine&quot; object.</source>
        <translation>sie braucht ein Objekt &quot;routine&quot;.</translation>
    </message>
    <message>
        <source>the routine needs an id of letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;.</source>
        <translation>der Ablauf braucht eine Kennung aus Buchstaben, Ziffern, „_“, „.“ oder „-“.</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>Die Beschreibung</translation>
    </message>
    <message>
        <source>the routine needs a list of &quot;exercises&quot; with at least one.</source>
        <translation>der Ablauf braucht eine Liste &quot;exercises&quot; mit mindestens einer Übung.</translation>
    </message>
    <message>
        <source>the routine has {len} exercises; at most {MAX_ITEMS} fit.</source>
        <translation>der Ablauf hat {len} Übungen; höchstens {MAX_ITEMS} passen.</translation>
    </message>
    <message>
        <source>every exercise of the routine is turned off.</source>
        <translation>jede Übung des Ablaufs ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>BackCoach {version}</source>
        <translation>BackCoach {version}</translation>
    </message>
    <message>
        <source>{text!r} is not a time of day</source>
        <translation>{text!r} ist keine Uhrzeit</translation>
    </message>
    <message>
        <source>now must carry its time zone</source>
        <translation>„now“ muss seine Zeitzone tragen</translation>
    </message>
    <message>
        <source>A note can be at most {NOTE_LIMIT} characters; this one has {len}.</source>
        <translation>Eine Notiz darf höchstens {NOTE_LIMIT} Zeichen haben; diese hat {len}.</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>Die Notiz</translation>
    </message>
    <message>
        <source>A pain rating goes from 0 (none) to 10 (worst).</source>
        <translation>Eine Schmerzbewertung reicht von 0 (keine) bis 10 (stärkste).</translation>
    </message>
    <message>
        <source>A session entered by hand lasts {first} to {last} minutes.</source>
        <translation>Eine von Hand eingetragene Sitzung dauert {first} bis {last} Minuten.</translation>
    </message>
    <message>
        <source>A session cannot start in the future.</source>
        <translation>Eine Sitzung kann nicht in der Zukunft beginnen.</translation>
    </message>
    <message>
        <source>a session must be an object</source>
        <translation>eine Sitzung muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&apos;exercises&apos; and &apos;hurts&apos; must be lists</source>
        <translation>„exercises“ und „hurts“ müssen Listen sein</translation>
    </message>
    <message>
        <source>&apos;completed&apos; must be true or false</source>
        <translation>„completed“ muss „true“ oder „false“ sein</translation>
    </message>
    <message>
        <source>{key!r} must be text</source>
        <translation>{key!r} muss Text sein</translation>
    </message>
    <message>
        <source>{key!r} is longer than any text BackCoach keeps</source>
        <translation>{key!r} ist länger als jeder Text, den BackCoach speichert</translation>
    </message>
    <message>
        <source>{key!r} holds characters that are not text</source>
        <translation>{key!r} enthält Zeichen, die kein Text sind</translation>
    </message>
    <message>
        <source>{key!r} must be a whole number of reasonable size</source>
        <translation>{key!r} muss eine ganze Zahl vernünftiger Größe sein</translation>
    </message>
    <message>
        <source>{key!r} must be a number of seconds</source>
        <translation>{key!r} muss eine Anzahl Sekunden sein</translation>
    </message>
    <message>
        <source>{key!r} must be a pain rating from 0 to 10</source>
        <translation>{key!r} muss eine Schmerzbewertung von 0 bis 10 sein</translation>
    </message>
    <message>
        <source>{key!r} must be a date and time</source>
        <translation>{key!r} muss ein Datum mit Uhrzeit sein</translation>
    </message>
    <message>
        <source>{key!r} must carry its UTC offset</source>
        <translation>{key!r} muss seine Abweichung von UTC tragen</translation>
    </message>
    <message>
        <source>{key!r} is in a year BackCoach does not keep ({year})</source>
        <translation>{key!r} liegt in einem Jahr, das BackCoach nicht speichert ({year})</translation>
    </message>
    <message>
        <source>settings are read-only: use changed({name}=...)</source>
        <translation>Einstellungen sind schreibgeschützt: nutzen Sie changed({name}=...)</translation>
    </message>
    <message>
        <source>the setting {name!r} has no bounds</source>
        <translation>die Einstellung {name!r} hat keine Grenzen</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be from {low} to {high}</source>
        <translation>muss zwischen {low} und {high} liegen</translation>
    </message>
    <message>
        <source>must be {get}</source>
        <translation>muss {get} sein</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>„true“ oder „false“</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>Write at least one time, such as 10:30.</source>
        <translation>Schreiben Sie mindestens eine Uhrzeit, etwa 10:30.</translation>
    </message>
    <message>
        <source>“{word}” is not a time of day; write times like 10:30, 15:00.</source>
        <translation>„{word}“ ist keine Uhrzeit; schreiben Sie Zeiten wie 10:30, 15:00.</translation>
    </message>
    <message>
        <source>At most {MAX_REMINDER_TIMES} times a day.</source>
        <translation>Höchstens {MAX_REMINDER_TIMES} Zeiten am Tag.</translation>
    </message>
    <message>
        <source>Work hours must be times of day such as 09:00.</source>
        <translation>Arbeitszeiten müssen Uhrzeiten sein, etwa 09:00.</translation>
    </message>
    <message>
        <source>Work hours must end after they start.</source>
        <translation>Die Arbeitszeit muss nach ihrem Beginn enden.</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>Wählen Sie mindestens einen Tag.</translation>
    </message>
    <message>
        <source>Days must be numbers from 0 (Monday) to 6 (Sunday).</source>
        <translation>Tage müssen Zahlen von 0 (Montag) bis 6 (Sonntag) sein.</translation>
    </message>
    <message>
        <source>must be a time of day such as 09:00</source>
        <translation>muss eine Uhrzeit sein, etwa 09:00</translation>
    </message>
    <message>
        <source>must list at least one weekday</source>
        <translation>muss mindestens einen Wochentag nennen</translation>
    </message>
    <message>
        <source>must list weekdays as numbers from 0 (Monday) to 6 (Sunday)</source>
        <translation>muss Wochentage als Zahlen von 0 (Montag) bis 6 (Sonntag) nennen</translation>
    </message>
    <message>
        <source>must list at least one time</source>
        <translation>muss mindestens eine Uhrzeit nennen</translation>
    </message>
    <message>
        <source>must have at most {MAX_REMINDER_TIMES} times</source>
        <translation>darf höchstens {MAX_REMINDER_TIMES} Uhrzeiten haben</translation>
    </message>
    <message>
        <source>must list times of day such as 10:30</source>
        <translation>muss Uhrzeiten nennen, etwa 10:30</translation>
    </message>
    <message>
        <source>must list only {join}</source>
        <translation>darf nur {join} nennen</translation>
    </message>
    <message>
        <source>must be one of {join}</source>
        <translation>muss eines davon sein: {join}</translation>
    </message>
    <message>
        <source>must be empty or like {example}</source>
        <translation>muss leer sein oder so aussehen: {example}</translation>
    </message>
    <message>
        <source>must be a date from {FIRST_YEAR} to {LAST_YEAR}</source>
        <translation>muss ein Datum von {FIRST_YEAR} bis {LAST_YEAR} sein</translation>
    </message>
    <message>
        <source>There is no setting called {name!r}.</source>
        <translation>Es gibt keine Einstellung namens {name!r}.</translation>
    </message>
    <message>
        <source>The setting {name!r} {problem}.</source>
        <translation>Die Einstellung {name!r} {problem}.</translation>
    </message>
    <message>
        <source>The settings were not an object; the defaults are used.</source>
        <translation>Die Einstellungen waren kein Objekt; es gelten die Standardwerte.</translation>
    </message>
    <message>
        <source>The setting {name!r} {problem}; its default is used.</source>
        <translation>Die Einstellung {name!r} {problem}; ihr Standardwert gilt.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>{problem} The settings {names} are not used: the defaults are.</source>
        <translation>{problem} Die Einstellungen {names} werden nicht verwendet: Es gelten die Standardwerte.</translation>
    </message>
    <message>
        <source>Move gently and never force it. If it hurts, stop.</source>
        <translation>Bewegen Sie sich sanft und zwingen Sie nichts. Wenn es schmerzt, hören Sie auf.</translation>
    </message>
    <message>
        <source>Paused: the computer slept</source>
        <translation>Pause: Der Computer hat geschlafen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>The time asleep does not count. Press Space when you are ready to go on.</source>
        <translation>Die Schlafzeit zählt nicht. Drücken Sie die Leertaste, wenn Sie bereit sind weiterzumachen.</translation>
    </message>
    <message>
        <source>Press Space or Resume to go on, Esc to stop.</source>
        <translation>Leertaste oder „Weiter“ setzt fort, Esc beendet.</translation>
    </message>
    <message>
        <source>Hold still and breathe calmly.</source>
        <translation>Halten Sie still und atmen Sie ruhig.</translation>
    </message>
    <message>
        <source>Slowly come back: {lower}</source>
        <translation>Langsam zurück: {lower}</translation>
    </message>
    <message>
        <source>Rest and breathe. Stay where you are.</source>
        <translation>Ruhen Sie sich aus und atmen Sie. Bleiben Sie, wo Sie sind.</translation>
    </message>
    <message>
        <source>Now the {lower}. {cue}</source>
        <translation>Jetzt {lower}. {cue}</translation>
    </message>
    <message>
        <source>Rep {rep} of {reps}</source>
        <translation>Wiederholung {rep} von {reps}</translation>
    </message>
    <message>
        <source> · Set {set} of {sets}</source>
        <translation> · Satz {set} von {sets}</translation>
    </message>
    <message>
        <source>{side_text} first</source>
        <translation>Zuerst: {side_text}</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Switch sides. {sentence}</source>
        <translation>Seite wechseln. {sentence}</translation>
    </message>
    <message>
        <source>Rest.</source>
        <translation>Pause.</translation>
    </message>
    <message>
        <source>Well done. That was the whole routine.</source>
        <translation>Gut gemacht. Das war der ganze Ablauf.</translation>
    </message>
    <message>
        <source>Session stopped.</source>
        <translation>Sitzung beendet.</translation>
    </message>
    <message>
        <source>Paused while the computer slept.</source>
        <translation>Pausiert, während der Computer schlief.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Pausiert.</translation>
    </message>
    <message>
        <source>{label} contains characters that are not text (such as control characters, line breaks where one line is expected, or text direction overrides).</source>
        <translation>{label} enthält Zeichen, die kein Text sind (etwa Steuerzeichen, Zeilenumbrüche, wo eine Zeile erwartet wird, oder Zeichen, die die Schreibrichtung umkehren).</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} Std. {minutes} Min.</translation>
    </message>
    <message>
        <source>{minutes} min {secs} s</source>
        <translation>{minutes} Min. {secs} Sek.</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>{duration_text} active</source>
        <translation>{duration_text} aktiv</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new session(s)</source>
        <translation>
            <numerusform>%n neue Sitzung</numerusform>
            <numerusform>%n neue Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n Übung</numerusform>
            <numerusform>%n Übungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routine(s)</source>
        <translation>
            <numerusform>%n Ablauf</numerusform>
            <numerusform>%n Abläufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s)</source>
        <translation>
            <numerusform>%n Einstellung</numerusform>
            <numerusform>%n Einstellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s)</source>
        <translation>
            <numerusform>%n Sicherung</numerusform>
            <numerusform>%n Sicherungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s)</source>
        <translation>
            <numerusform>%n Halten</numerusform>
            <numerusform>%n Halten</numerusform>
        </translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Jan.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>März</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr.</translation>
    </message>
    <message>
        <source>May </source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug.</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sept.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dez.</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <comment>a date</comment>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <comment>a date without the year</comment>
        <translation>{day}. {month}</translation>
    </message>
    <message>
        <source>{weekday} {date}</source>
        <comment>a date with its weekday</comment>
        <translation>{weekday}, {date}</translation>
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
        <translation>heute</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rest or flare-up day(s)</source>
        <translation>
            <numerusform>%n Ruhe- oder Schubtag</numerusform>
            <numerusform>%n Ruhe- oder Schubtage</numerusform>
        </translation>
    </message>
    <message>
        <source>Move into position</source>
        <translation>In Position gehen</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>Left {part}</source>
        <translation>{part} links</translation>
    </message>
    <message>
        <source>Right {part}</source>
        <translation>{part} rechts</translation>
    </message>
    <message>
        <source>{reps} × {hold_seconds} s hold</source>
        <translation>{reps} × {hold_seconds} s halten</translation>
    </message>
    <message>
        <source>{sets} sets of {text}</source>
        <translation>{sets} Sätze à {text}</translation>
    </message>
    <message>
        <source>{text}, each side</source>
        <translation>{text}, jede Seite</translation>
    </message>
    <message>
        <source>No streak yet: a session today starts one.</source>
        <translation>Noch keine Serie: Eine Sitzung heute beginnt eine.</translation>
    </message>
    <message>
        <source>{days}: {weekday_name} to {weekday_name2}</source>
        <translation>{days}: {weekday_name} bis {weekday_name2}</translation>
    </message>
    <message>
        <source>{days}: {first_text} to {relative_day_text}</source>
        <translation>{days}: {first_text} bis {relative_day_text}</translation>
    </message>
    <message>
        <source>; {rest_day_name} was a rest day</source>
        <translation>; {rest_day_name} war ein Ruhetag</translation>
    </message>
    <message>
        <source>{rest_day_name} and {rest_day_name2}</source>
        <translation>{rest_day_name} und {rest_day_name2}</translation>
    </message>
    <message>
        <source>; {names} were rest days</source>
        <translation>; {names} waren Ruhetage</translation>
    </message>
    <message>
        <source>; {len} rest days paused it</source>
        <translation>; {len} Ruhetage haben sie pausiert</translation>
    </message>
    <message>
        <source>{streak_days} days in a row.</source>
        <translation>{streak_days} Tage in Folge.</translation>
    </message>
    <message>
        <source>A new streak starts today.</source>
        <translation>Heute beginnt eine neue Serie.</translation>
    </message>
    <message>
        <source>This week: {plural} with a session.</source>
        <translation>Diese Woche: {plural} mit einer Sitzung.</translation>
    </message>
    <message>
        <source>This week: {week_days} of {goal_days} days. Your weekly goal is met.</source>
        <translation>Diese Woche: {week_days} von {goal_days} Tagen. Ihr Wochenziel ist erreicht.</translation>
    </message>
    <message numerus="yes">
        <source>This week: {week_days} of {goal_days} days; %n more reach(es) your goal.</source>
        <translation>
            <numerusform>Diese Woche: {week_days} von {goal_days} Tagen; noch %n Tag bis zu Ihrem Ziel.</numerusform>
            <numerusform>Diese Woche: {week_days} von {goal_days} Tagen; noch %n Tage bis zu Ihrem Ziel.</numerusform>
        </translation>
    </message>
    <message>
        <source>{date_text} has a session, so it already counts for your streak. Rest days are for days without one.</source>
        <translation>{date_text} hat eine Sitzung und zählt daher schon für Ihre Serie. Ruhetage sind für Tage ohne Sitzung.</translation>
    </message>
    <message>
        <source>{plural} this week</source>
        <translation>{plural} diese Woche</translation>
    </message>
    <message>
        <source>{days} of {plural} this week</source>
        <translation>{days} von {plural} diese Woche</translation>
    </message>
    <message>
        <source>{done}: goal met</source>
        <translation>{done}: Ziel erreicht</translation>
    </message>
    <message>
        <source>{done}, {value} to go</source>
        <translation>{done}, noch {value}</translation>
    </message>
    <message>
        <source>Streak: {plural}.</source>
        <translation>Serie: {plural}.</translation>
    </message>
    <message>
        <source>, {goal_weeks} weeks in a row</source>
        <translation>, {goal_weeks} Wochen in Folge</translation>
    </message>
    <message>
        <source>{streak} Weekly goal: {week}.</source>
        <translation>{streak} Wochenziel: {week}.</translation>
    </message>
    <message>
        <source>Rate your pain before and after your sessions: once 14 are rated, how it changes shows here.</source>
        <translation>Bewerten Sie Ihre Schmerzen vor und nach den Sitzungen: Sobald 14 bewertet sind, sehen Sie hier, wie sie sich verändern.</translation>
    </message>
    <message>
        <source>Pain before sessions: about the same since {since} ({first} then, {last} now).</source>
        <translation>Schmerzen vor den Sitzungen: etwa gleich seit {since} (damals {first}, jetzt {last}).</translation>
    </message>
    <message>
        <source>Pain before sessions: down from {first} to {last} since {since}.</source>
        <translation>Schmerzen vor den Sitzungen: gesunken von {first} auf {last} seit {since}.</translation>
    </message>
    <message>
        <source>Pain before sessions: up from {first} to {last} since {since}.</source>
        <translation>Schmerzen vor den Sitzungen: gestiegen von {first} auf {last} seit {since}.</translation>
    </message>
    <message>
        <source>{line} A session lowers it by {relief} on average.</source>
        <translation>{line} Eine Sitzung senkt sie im Durchschnitt um {relief}.</translation>
    </message>
    <message>
        <source>{line} After a session it is {relief} higher on average.</source>
        <translation>{line} Nach einer Sitzung sind sie im Durchschnitt um {relief} höher.</translation>
    </message>
    <message>
        <source>{line} A session leaves it about the same.</source>
        <translation>{line} Eine Sitzung lässt sie etwa gleich.</translation>
    </message>
    <message>
        <source>Reminders are off.</source>
        <translation>Erinnerungen sind aus.</translation>
    </message>
    <message>
        <source>at {times}</source>
        <translation>um {times}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <source>every %n minute(s) from {start} to {end}</source>
        <translation>
            <numerusform>jede Minute von {start} bis {end}</numerusform>
            <numerusform>alle %n Minuten von {start} bis {end}</numerusform>
        </translation>
    </message>
    <message>
        <source>on weekdays</source>
        <translation>an Werktagen</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <source>on no day</source>
        <translation>an keinem Tag</translation>
    </message>
    <message>
        <source>on {days}</source>
        <translation>am {days}</translation>
    </message>
    <message>
        <source>Reminders {when}, {on}.</source>
        <translation>Erinnerungen {when}, {on}.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {value}.</source>
        <translation>{name} lässt sich nicht lesen: {value}.</translation>
    </message>
    <message>
        <source>Could not write {path}: {value}.</source>
        <translation>{path} konnte nicht geschrieben werden: {value}.</translation>
    </message>
    <message>
        <source>The sessions and the exercises need two different files.</source>
        <translation>Die Sitzungen und die Übungen brauchen zwei verschiedene Dateien.</translation>
    </message>
    <message>
        <source>{path} is a folder; name a file to export to.</source>
        <translation>{path} ist ein Ordner; nennen Sie eine Datei für den Export.</translation>
    </message>
    <message>
        <source>Exported {plural} to {sessions_path} and their exercises to {exercises_path}.</source>
        <translation>{plural} nach {sessions_path} und ihre Übungen nach {exercises_path} exportiert.</translation>
    </message>
    <message>
        <source>Exported {plural}, the settings, {plural2} and {plural3} to {path}.</source>
        <translation>{plural}, die Einstellungen, {plural2} und {plural3} nach {path} exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported {sessions} (%n already here).</source>
        <translation>
            <numerusform>{sessions} importiert (%n war schon vorhanden).</numerusform>
            <numerusform>{sessions} importiert (%n waren schon vorhanden).</numerusform>
        </translation>
    </message>
    <message>
        <source>{unreadable} in the file could not be read.</source>
        <translation>{unreadable} in der Datei konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Settings added: {join}.</source>
        <translation>Hinzugefügte Einstellungen: {join}.</translation>
    </message>
    <message>
        <source>Routines added: {routines_added}; exercises added: {exercises_added}.</source>
        <translation>Hinzugefügte Abläufe: {routines_added}; hinzugefügte Übungen: {exercises_added}.</translation>
    </message>
    <message>
        <source>Export failed: {problem}</source>
        <translation>Export fehlgeschlagen: {problem}</translation>
    </message>
    <message>
        <source>Nothing more was imported: {problem}</source>
        <translation>Es wurde nichts mehr importiert: {problem}</translation>
    </message>
    <message>
        <source>Nothing was imported: {problem}</source>
        <translation>Es wurde nichts importiert: {problem}</translation>
    </message>
    <message>
        <source>No rest between repetitions: go on at an easy pace.</source>
        <translation>Keine Pause zwischen den Wiederholungen: Machen Sie in ruhigem Tempo weiter.</translation>
    </message>
    <message>
        <source>Rest {plural} between repetitions.</source>
        <translation>{plural} Pause zwischen den Wiederholungen.</translation>
    </message>
    <message>
        <source>The period starts ({isoformat}) after it ends ({isoformat2}).</source>
        <translation>Der Zeitraum beginnt ({isoformat}) nach seinem Ende ({isoformat2}).</translation>
    </message>
    <message>
        <source>The period starts in the future ({isoformat}).</source>
        <translation>Der Zeitraum beginnt in der Zukunft ({isoformat}).</translation>
    </message>
    <message>
        <source>There is no session between {isoformat} and {isoformat2}: choose a longer period.</source>
        <translation>Zwischen {isoformat} und {isoformat2} gibt es keine Sitzung: Wählen Sie einen längeren Zeitraum.</translation>
    </message>
    <message>
        <source>{date_text} to {date_text2} ({length})</source>
        <translation>{date_text} bis {date_text2} ({length})</translation>
    </message>
    <message>
        <source>more than planned</source>
        <translation>mehr als geplant</translation>
    </message>
    <message>
        <source>{plural} on {plural2} ({minutes} of exercise).</source>
        <translation>{plural} ({plural2} mit Übungen; {minutes} Übung).</translation>
    </message>
    <message>
        <source>Weekly goal: {plural} a week, so {planned} days planned; {active_days} done ({adherence_text}). Goal met in {weeks_met} of {plural2}.</source>
        <translation>Wochenziel: {plural} pro Woche, also {planned} Tage geplant; {active_days} geschafft ({adherence_text}). Ziel erreicht in {weeks_met} von {plural2}.</translation>
    </message>
    <message>
        <source>No weekly goal was set.</source>
        <translation>Es war kein Wochenziel gesetzt.</translation>
    </message>
    <message>
        <source>Completed: {completed} of {sessions} ({percent}); stopped early: {stopped_early}.</source>
        <translation>Vollständig: {completed} von {sessions} ({percent}); vorzeitig beendet: {stopped_early}.</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>rest days</source>
        <translation>Ruhetage</translation>
    </message>
    <message>
        <source>short of the goal</source>
        <translation>unter dem Ziel</translation>
    </message>
    <message>
        <source>{days_done} of {planned}</source>
        <translation>{days_done} von {planned}</translation>
    </message>
    <message>
        <source>{sessions} of {offered}</source>
        <translation>{sessions} von {offered}</translation>
    </message>
    <message>
        <source>{holds_done} of {holds_planned} ({percent})</source>
        <translation>{holds_done} von {holds_planned} ({percent})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>{len}× (not rated)</source>
        <translation>{len}× (nicht bewertet)</translation>
    </message>
    <message>
        <source>, {unrated} not rated</source>
        <translation>, {unrated} nicht bewertet</translation>
    </message>
    <message>
        <source>{len}× (rated {join}{extra})</source>
        <translation>{len}× (bewertet {join}{extra})</translation>
    </message>
    <message>
        <source>No pain ratings were given in this period.</source>
        <translation>In diesem Zeitraum wurden keine Schmerzen bewertet.</translation>
    </message>
    <message>
        <source>Pain before sessions stayed about the same ({first}, then {last}).</source>
        <translation>Die Schmerzen vor den Sitzungen blieben etwa gleich ({first}, dann {last}).</translation>
    </message>
    <message>
        <source>came down</source>
        <translation>sanken</translation>
    </message>
    <message>
        <source>went up</source>
        <translation>stiegen</translation>
    </message>
    <message>
        <source>Pain before sessions {way} from {first} to {last}.</source>
        <translation>Die Schmerzen vor den Sitzungen {way} von {first} auf {last}.</translation>
    </message>
    <message>
        <source>(Mean of the first and of the last {TREND_SESSIONS} rated sessions; 0 is no pain, 10 the worst.)</source>
        <translation>(Mittelwert der ersten und der letzten {TREND_SESSIONS} bewerteten Sitzungen; 0 ist kein Schmerz, 10 der stärkste.)</translation>
    </message>
    <message>
        <source>Too few ratings for a trend ({len} before sessions; it needs {value}).</source>
        <translation>Zu wenige Bewertungen für einen Verlauf ({len} vor Sitzungen; nötig sind {value}).</translation>
    </message>
    <message>
        <source>A session lowered pain by {relief} on average.</source>
        <translation>Eine Sitzung senkte die Schmerzen im Durchschnitt um {relief}.</translation>
    </message>
    <message>
        <source>Pain was {value} higher after a session on average.</source>
        <translation>Nach einer Sitzung waren die Schmerzen im Durchschnitt um {value} höher.</translation>
    </message>
    <message>
        <source>A session left pain about the same on average.</source>
        <translation>Eine Sitzung ließ die Schmerzen im Durchschnitt etwa gleich.</translation>
    </message>
    <message>
        <source>Pain before: mean {mean}, range {min}–{max}.</source>
        <translation>Schmerz vorher: Mittelwert {mean}, Spanne {min}–{max}.</translation>
    </message>
    <message>
        <source>No rest or flare-up days were marked.</source>
        <translation>Es wurden keine Ruhe- oder Schubtage markiert.</translation>
    </message>
    <message>
        <source>, rest {rest_seconds} s</source>
        <translation>, Pause {rest_seconds} s</translation>
    </message>
    <message>
        <source>hold {before} s → {after} s</source>
        <translation>Halten {before} s → {after} s</translation>
    </message>
    <message>
        <source>{before} → {after} repetitions</source>
        <translation>{before} → {after} Wiederholungen</translation>
    </message>
    <message>
        <source>From {date_text}: {exercise}, {join}</source>
        <translation>Ab {date_text}: {exercise}, {join}</translation>
    </message>
</context>
<context>
    <name>DataText</name>
    <message>
        <source>BackCoach export (*.json);;All files (*)</source>
        <translation>BackCoach-Export (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Export all data…</source>
        <translation>Alle Daten &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save all settings, routines and sessions to one file</source>
        <translation>Alle Einstellungen, Abläufe und Sitzungen in einer Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation>Daten &amp;importieren…</translation>
    </message>
    <message>
        <source>Merge a file exported on this or another computer</source>
        <translation>Eine auf diesem oder einem anderen Computer exportierte Datei zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Put back an earlier version of a data file</source>
        <translation>Eine frühere Fassung einer Datendatei zurückholen</translation>
    </message>
    <message>
        <source>Export all data</source>
        <translation>Alle Daten exportieren</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Daten importieren</translation>
    </message>
    <message>
        <source>Your latest settings</source>
        <translation>Ihre neuesten Einstellungen</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>{what} could not be saved. {last_failure}</source>
        <translation>{what} konnte nicht gespeichert werden. {last_failure}</translation>
    </message>
    <message>
        <source>If you quit now, they are lost. Free some disk space or fix the folder&apos;s permissions, then quit again; or export everything to another place.</source>
        <translation>Wenn Sie jetzt beenden, geht es verloren. Schaffen Sie Platz auf dem Datenträger oder korrigieren Sie die Zugriffsrechte des Ordners und beenden Sie dann erneut; oder exportieren Sie alles an einen anderen Ort.</translation>
    </message>
    <message>
        <source>Keep BackCoach open</source>
        <translation>BackCoach offen lassen</translation>
    </message>
    <message>
        <source>Export to a file…</source>
        <translation>In eine Datei exportieren…</translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation>Ohne Speichern beenden</translation>
    </message>
    <message>
        <source>Export history as &amp;CSV…</source>
        <translation>Verlauf als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Save your sessions, and the exercises of each, as two CSV files</source>
        <translation>Ihre Sitzungen und die Übungen jeder Sitzung als zwei CSV-Dateien speichern</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Verlauf als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Hide this notice</source>
        <translation>Diesen Hinweis ausblenden</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Hinweis schließen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Your routines and exercises</source>
        <translation>Ihre Abläufe und Übungen</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <source>Sessions of {when} ({whose})</source>
        <translation>Sitzungen von {when} ({whose})</translation>
    </message>
    <message>
        <source>This backup cannot be read.</source>
        <translation>Diese Sicherung lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>{plural} set</source>
        <translation>{plural} gesetzt</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>BackCoach backs up each file before it changes (at most once an hour) and keeps daily, weekly and monthly backups. Choose a backup to put back. What the file holds now is backed up first, so a restore can be undone the same way.</source>
        <translation>BackCoach sichert jede Datei, bevor sie sich ändert (höchstens einmal pro Stunde), und bewahrt tägliche, wöchentliche und monatliche Sicherungen auf. Wählen Sie eine Sicherung zum Zurückholen. Der jetzige Inhalt der Datei wird zuerst gesichert, so lässt sich eine Wiederherstellung genauso rückgängig machen.</translation>
    </message>
    <message>
        <source>Your data and its backups, newest first</source>
        <translation>Ihre Daten und ihre Sicherungen, neueste zuerst</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Backups by file, newest first</source>
        <translation>Sicherungen nach Datei, neueste zuerst</translation>
    </message>
    <message>
        <source>Backup details</source>
        <translation>Details der Sicherung</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Put the selected backup back in place of its file</source>
        <translation>Die gewählte Sicherung an die Stelle ihrer Datei setzen</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Die gewählte Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Close without restoring</source>
        <translation>Schließen, ohne wiederherzustellen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>There are no backups yet: they are made when a file changes.</source>
        <translation>Es gibt noch keine Sicherungen: Sie entstehen, wenn sich eine Datei ändert.</translation>
    </message>
    <message>
        <source>{name} as it was then; the copy is {path}</source>
        <translation>{name}, wie es damals war; die Kopie ist {path}</translation>
    </message>
    <message>
        <source>{describe_file} as of {moment_text}: {describe_backup}.</source>
        <translation>{describe_file} vom {moment_text}: {describe_backup}.</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>4 weeks</source>
        <translation>4 Wochen</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 Monate</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>12 Monate</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Active minutes per day</source>
        <translation>Aktive Minuten pro Tag</translation>
    </message>
    <message>
        <source>Bars per day</source>
        <translation>Balken pro Tag</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>Active minutes per week</source>
        <translation>Aktive Minuten pro Woche</translation>
    </message>
    <message>
        <source>Bars per week</source>
        <translation>Balken pro Woche</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>Active minutes per month</source>
        <translation>Aktive Minuten pro Monat</translation>
    </message>
    <message>
        <source>Bars per month</source>
        <translation>Balken pro Monat</translation>
    </message>
    <message>
        <source>Pain trend</source>
        <translation>Schmerzverlauf</translation>
    </message>
    <message>
        <source>Each end is the average pain before {AVERAGE_OF} sessions: the first ones you rated, and the last ones.</source>
        <translation>Jedes Ende ist der durchschnittliche Schmerz vor {AVERAGE_OF} Sitzungen: den ersten, die Sie bewertet haben, und den letzten.</translation>
    </message>
    <message>
        <source>Dates shown</source>
        <translation>Gezeigte Daten</translation>
    </message>
    <message>
        <source>Charts of active minutes and pain</source>
        <translation>Diagramme der aktiven Minuten und der Schmerzen</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>Schmerz (0–10)</translation>
    </message>
    <message>
        <source>Legend of the charts</source>
        <translation>Legende der Diagramme</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Everything you logged</source>
        <translation>Alles, was Sie eingetragen haben</translation>
    </message>
    <message>
        <source>The last {text}</source>
        <translation>Die letzten {text}</translation>
    </message>
    <message>
        <source>Range: {text}</source>
        <translation>Zeitraum: {text}</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:{colour}&quot;&gt;{symbol}&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:{colour}&quot;&gt;{symbol}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:{text}&quot;&gt;{swatch} Active minutes &amp;nbsp; {swatch2} Rest or flare-up day &amp;nbsp; {swatch3} Pain before &amp;nbsp; {swatch4} Pain after (lines: the average of {AVERAGE_OF} sessions; rings: each session)&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:{text}&quot;&gt;{swatch} Aktive Minuten &amp;nbsp; {swatch2} Ruhe- oder Schubtag &amp;nbsp; {swatch3} Schmerz vorher &amp;nbsp; {swatch4} Schmerz nachher (Linien: Durchschnitt aus {AVERAGE_OF} Sitzungen; Ringe: jede Sitzung)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Showing {date_text} to {date_text2}, as dragged or zoomed. A range button shows a usual span again.</source>
        <translation>Gezeigt: {date_text} bis {date_text2}, wie verschoben oder gezoomt. Eine Zeitraum-Taste zeigt wieder eine übliche Spanne.</translation>
    </message>
    <message>
        <source>Calendar of the last 12 months</source>
        <translation>Kalender der letzten 12 Monate</translation>
    </message>
    <message>
        <source>: no session</source>
        <translation>: keine Sitzung</translation>
    </message>
    <message>
        <source>; rest day</source>
        <translation>; Ruhetag</translation>
    </message>
    <message>
        <source> (today)</source>
        <translation> (heute)</translation>
    </message>
    <message>
        <source>Mar 2025</source>
        <translation>März 2025</translation>
    </message>
    <message>
        <source>Each square is a day, darker with more active minutes; a stroke marks a rest day. Arrow keys move, Space marks a rest day.</source>
        <translation>Jedes Quadrat ist ein Tag, dunkler mit mehr aktiven Minuten; ein Strich markiert einen Ruhetag. Die Pfeiltasten bewegen, die Leertaste markiert einen Ruhetag.</translation>
    </message>
    <message>
        <source>Calendar legend</source>
        <translation>Legende des Kalenders</translation>
    </message>
    <message>
        <source>Lighter squares: fewer active minutes; darker: more. A stroke: rest day.</source>
        <translation>Hellere Quadrate: weniger aktive Minuten; dunklere: mehr. Ein Strich: Ruhetag.</translation>
    </message>
    <message>
        <source>Less More Rest day</source>
        <translation>Weniger Mehr Ruhetag</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Weniger</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Rest day</source>
        <translation>Ruhetag</translation>
    </message>
    <message>
        <source>Mark as rest day</source>
        <translation>Als Ruhetag markieren</translation>
    </message>
    <message>
        <source>Mark or unmark the chosen day as a rest or flare-up day (Space in the calendar)</source>
        <translation>Den gewählten Tag als Ruhe- oder Schubtag markieren oder die Markierung aufheben (Leertaste im Kalender)</translation>
    </message>
    <message>
        <source>Chosen day</source>
        <translation>Gewählter Tag</translation>
    </message>
    <message>
        <source>Sessions of the chosen day</source>
        <translation>Sitzungen des gewählten Tages</translation>
    </message>
    <message>
        <source>Click a day or move with the arrow keys. Rest and flare-up days pause your streak instead of breaking it.</source>
        <translation>Klicken Sie auf einen Tag oder bewegen Sie sich mit den Pfeiltasten. Ruhe- und Schubtage pausieren Ihre Serie, statt sie zu unterbrechen.</translation>
    </message>
    <message>
        <source>Rest day (unmark)</source>
        <translation>Ruhetag (aufheben)</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>{name}: 0 (none) to 10 (worst); empty for not rated</source>
        <translation>{name}: 0 (keine) bis 10 (stärkste); leer für nicht bewertet</translation>
    </message>
    <message>
        <source>{name}: “{strip}” cannot be saved. {problem} Leave it empty for not rated.</source>
        <translation>{name}: „{strip}“ lässt sich nicht speichern. {problem} Lassen Sie das Feld leer für nicht bewertet.</translation>
    </message>
    <message>
        <source>, pain {before} → {after}</source>
        <translation>, Schmerz {before} → {after}</translation>
    </message>
    <message>
        <source> (partial)</source>
        <translation> (teilweise)</translation>
    </message>
    <message>
        <source>{title}: {active_text} in {count}</source>
        <translation>{title}: {active_text} in {count}</translation>
    </message>
    <message>
        <source>{title}: no session</source>
        <translation>{title}: keine Sitzung</translation>
    </message>
    <message>
        <source>Rest or flare-up day</source>
        <translation>Ruhe- oder Schubtag</translation>
    </message>
    <message>
        <source>Week of {date_text}</source>
        <translation>Woche vom {date_text}</translation>
    </message>
    <message>
        <source>{plural} on {plural2}</source>
        <translation>{plural} an {plural2}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pain {which}: {getattr}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Schmerz {which}: {getattr}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>30 Sep 2026</source>
        <translation>30. Sept. 2026</translation>
    </message>
    <message>
        <source>History message</source>
        <translation>Meldung des Verlaufs</translation>
    </message>
    <message>
        <source>History pages</source>
        <translation>Seiten des Verlaufs</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Fortschritt</translation>
    </message>
    <message>
        <source>Active minutes and pain over time</source>
        <translation>Aktive Minuten und Schmerzen im Lauf der Zeit</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <source>The last 12 months, day by day; mark rest days here</source>
        <translation>Die letzten 12 Monate, Tag für Tag; hier markieren Sie Ruhetage</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sitzungen</translation>
    </message>
    <message>
        <source>Every session: edit notes and ratings, delete, add</source>
        <translation>Jede Sitzung: Notizen und Bewertungen bearbeiten, löschen, hinzufügen</translation>
    </message>
    <message>
        <source>Your history starts with your first session</source>
        <translation>Ihr Verlauf beginnt mit Ihrer ersten Sitzung</translation>
    </message>
    <message>
        <source>Each session you finish shows up here: minutes per day, how your back felt before and after, and your streaks. A streak is kind to a bad back: days you mark as rest days pause it instead of breaking it.</source>
        <translation>Jede Sitzung, die Sie beenden, erscheint hier: Minuten pro Tag, wie sich Ihr Rücken vorher und nachher anfühlte, und Ihre Serien. Eine Serie ist nachsichtig mit einem schlechten Rücken: Tage, die Sie als Ruhetage markieren, pausieren sie, statt sie zu unterbrechen.</translation>
    </message>
    <message>
        <source>Start a routine</source>
        <translation>Einen Ablauf starten</translation>
    </message>
    <message>
        <source>Go to the player and start your first session</source>
        <translation>Zum Übungsplayer gehen und Ihre erste Sitzung starten</translation>
    </message>
    <message>
        <source>Add a session done without the app…</source>
        <translation>Eine Sitzung ohne die App nachtragen…</translation>
    </message>
    <message>
        <source>Log a session you did at the physio&apos;s or from memory</source>
        <translation>Eine Sitzung eintragen, die Sie bei der Physiotherapie oder aus dem Gedächtnis gemacht haben</translation>
    </message>
    <message>
        <source>Add a session done without the app</source>
        <translation>Eine Sitzung ohne die App nachtragen</translation>
    </message>
    <message>
        <source>Reading your history…</source>
        <translation>Ihr Verlauf wird gelesen…</translation>
    </message>
    <message>
        <source>{name}, 0 (none) to 10 (worst); below 0 leaves it unrated</source>
        <translation>{name}, 0 (keine) bis 10 (stärkste); unter 0 lässt sie unbewertet</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy  HH:mm</source>
        <translation>ddd d. MMM yyyy  HH:mm</translation>
    </message>
    <message>
        <source>When it started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>The day and time the session started</source>
        <translation>Tag und Uhrzeit, an denen die Sitzung begann</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>The routine you followed</source>
        <translation>Der Ablauf, dem Sie gefolgt sind</translation>
    </message>
    <message>
        <source>&amp;Routine:</source>
        <translation>&amp;Ablauf:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Minutes exercising</source>
        <translation>Minuten Übung</translation>
    </message>
    <message>
        <source>How long you exercised, not counting breaks</source>
        <translation>Wie lange Sie geübt haben, ohne Pausen</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minuten:</translation>
    </message>
    <message>
        <source>I did the whole routine</source>
        <translation>Ich habe den ganzen Ablauf gemacht</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Untick when you stopped part way</source>
        <translation>Haken entfernen, wenn Sie unterwegs aufgehört haben</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>Schmerz vorher</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Schmerz nachher</translation>
    </message>
    <message>
        <source>Pain &amp;before:</source>
        <translation>Schmerz &amp;vorher:</translation>
    </message>
    <message>
        <source>Pain &amp;after:</source>
        <translation>Schmerz &amp;nachher:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Anything worth remembering about this session</source>
        <translation>Alles, was Sie sich zu dieser Sitzung merken möchten</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Sitzung hinzufügen</translation>
    </message>
    <message>
        <source>Log this session in your history</source>
        <translation>Diese Sitzung in Ihren Verlauf eintragen</translation>
    </message>
    <message>
        <source>Close without adding anything</source>
        <translation>Schließen, ohne etwas hinzuzufügen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Pain
before</source>
        <translation>Schmerz
vorher</translation>
    </message>
    <message>
        <source>Pain
after</source>
        <translation>Schmerz
nachher</translation>
    </message>
    <message>
        <source>{duration_text} in all, {active_text}</source>
        <translation>{duration_text} insgesamt, {active_text}</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Von Hand eingetragen</translation>
    </message>
    <message>
        <source>Double-click (or F2) to add a note</source>
        <translation>Doppelklick (oder F2), um eine Notiz hinzuzufügen</translation>
    </message>
    <message>
        <source>Pain from 0 (none) to 10 (worst); F2 to change</source>
        <translation>Schmerz von 0 (keiner) bis 10 (stärkster); F2 zum Ändern</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source> (by hand)</source>
        <translation> (von Hand)</translation>
    </message>
    <message>
        <source>edit the session of {day}</source>
        <translation>die Sitzung vom {day} bearbeiten</translation>
    </message>
    <message>
        <source>delete the session of {day}</source>
        <translation>die Sitzung vom {day} löschen</translation>
    </message>
    <message>
        <source>add the session of {day}</source>
        <translation>die Sitzung vom {day} hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Add a session…</source>
        <translation>Sitzung &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Log a session you did without the app</source>
        <translation>Eine Sitzung eintragen, die Sie ohne die App gemacht haben</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected session (Delete key); Undo brings it back</source>
        <translation>Die gewählte Sitzung löschen (Entf-Taste); Rückgängig holt sie zurück</translation>
    </message>
    <message>
        <source>Take back the last change (Ctrl+Z)</source>
        <translation>Die letzte Änderung zurücknehmen (Strg+Z)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Do the change again (Ctrl+Shift+Z)</source>
        <translation>Die Änderung erneut ausführen (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Your sessions, newest first. F2 edits a rating or the note.</source>
        <translation>Ihre Sitzungen, neueste zuerst. F2 bearbeitet eine Bewertung oder die Notiz.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Sitzung löschen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Completed (by hand)</source>
        <translation>Vollständig (von Hand)</translation>
    </message>
    <message>
        <source>Partial (by hand)</source>
        <translation>Teilweise (von Hand)</translation>
    </message>
    <message>
        <source>59 min 59 s</source>
        <translation>59 Min. 59 Sek.</translation>
    </message>
    <message>
        <source>23 h 59 min</source>
        <translation>23 Std. 59 Min.</translation>
    </message>
    <message>
        <source>Full floor routine</source>
        <translation>Ganzer Ablauf am Boden</translation>
    </message>
    <message>
        <source>Undone: {text}. Redo brings it back.</source>
        <translation>Rückgängig gemacht: {text}. Wiederherstellen holt es zurück.</translation>
    </message>
    <message>
        <source>Done: {text}. Undo takes it back.</source>
        <translation>Erledigt: {text}. Rückgängig nimmt es zurück.</translation>
    </message>
    <message>
        <source>Undo: {undoText} (Ctrl+Z)</source>
        <translation>Rückgängig: {undoText} (Strg+Z)</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>Redo: {redoText} (Ctrl+Shift+Z)</source>
        <translation>Wiederherstellen: {redoText} (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nichts wiederherzustellen</translation>
    </message>
    <message>
        <source>Current streak</source>
        <translation>Aktuelle Serie</translation>
    </message>
    <message>
        <source>Best streak</source>
        <translation>Beste Serie</translation>
    </message>
    <message>
        <source>Weekly goal</source>
        <translation>Wochenziel</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Current streak explained</source>
        <translation>Aktuelle Serie erklärt</translation>
    </message>
    <message>
        <source>Rest day today</source>
        <translation>Heute Ruhetag</translation>
    </message>
    <message>
        <source>A bad day or a flare-up: mark today as a rest day. It pauses your streak instead of breaking it.</source>
        <translation>Ein schlechter Tag oder ein Schub: Markieren Sie heute als Ruhetag. Das pausiert Ihre Serie, statt sie zu unterbrechen.</translation>
    </message>
    <message>
        <source>Goal and day start…</source>
        <translation>Ziel und Tagesbeginn…</translation>
    </message>
    <message>
        <source>Goal and day start</source>
        <translation>Ziel und Tagesbeginn</translation>
    </message>
    <message>
        <source>Set a weekly goal and the hour your day starts</source>
        <translation>Ein Wochenziel und die Stunde, zu der Ihr Tag beginnt, festlegen</translation>
    </message>
    <message>
        <source>{short} to {short2}</source>
        <translation>{short} bis {short2}</translation>
    </message>
    <message>
        <source>0 days</source>
        <translation>0 Tage</translation>
    </message>
    <message>
        <source>Your longest run of days shows here.</source>
        <translation>Hier erscheint Ihre längste Folge von Tagen.</translation>
    </message>
    <message>
        <source>This week: goal met.</source>
        <translation>Diese Woche: Ziel erreicht.</translation>
    </message>
    <message>
        <source>This week, {left} to go.</source>
        <translation>Diese Woche, noch {left}.</translation>
    </message>
    <message>
        <source> Met {plural} in a row.</source>
        <translation> {plural} in Folge erreicht.</translation>
    </message>
    <message>
        <source>{days} of {plural}</source>
        <translation>{days} von {plural}</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Kein Ziel</translation>
    </message>
    <message>
        <source>Set a goal of some days a week with “Goal and day start”.</source>
        <translation>Legen Sie mit „Ziel und Tagesbeginn“ ein Ziel von einigen Tagen pro Woche fest.</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <source>No session since Monday</source>
        <translation>Keine Sitzung seit Montag</translation>
    </message>
    <message>
        <source>{toolTip}
In all: {plural} on {plural2}, {duration_text}.</source>
        <translation>{toolTip}
Insgesamt: {plural} an {plural2}, {duration_text}.</translation>
    </message>
    <message>
        <source>Weekly goal and day start</source>
        <translation>Wochenziel und Tagesbeginn</translation>
    </message>
    <message>
        <source>A weekly goal counts the weeks in a row with that many days of exercise. Rest days you mark make up for missing days. A later day start counts a session after midnight for the day before.</source>
        <translation>Ein Wochenziel zählt die Wochen in Folge mit so vielen Übungstagen. Ruhetage, die Sie markieren, gleichen fehlende Tage aus. Ein späterer Tagesbeginn zählt eine Sitzung nach Mitternacht zum Vortag.</translation>
    </message>
    <message>
        <source>no goal</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <source> days a week</source>
        <translation> Tage pro Woche</translation>
    </message>
    <message>
        <source>Days a week you aim to exercise (0: no goal)</source>
        <translation>Tage pro Woche, an denen Sie üben möchten (0: kein Ziel)</translation>
    </message>
    <message>
        <source>Weekly &amp;goal:</source>
        <translation>Wochen&amp;ziel:</translation>
    </message>
    <message>
        <source>Day starts at</source>
        <translation>Tag beginnt um</translation>
    </message>
    <message>
        <source>The hour a new day starts, from {earliest}:00 (midnight) to {latest}:00</source>
        <translation>Die Stunde, zu der ein neuer Tag beginnt, von {earliest}:00 (Mitternacht) bis {latest}:00</translation>
    </message>
    <message>
        <source>Day &amp;starts at:</source>
        <translation>&amp;Tag beginnt um:</translation>
    </message>
    <message>
        <source>Save these settings</source>
        <translation>Diese Einstellungen speichern</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>Schließen, ohne etwas zu ändern</translation>
    </message>
</context>
<context>
    <name>PaperText</name>
    <message>
        <source>Print handout</source>
        <translation>Merkblatt drucken</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>The routine to put on paper, with its holds and repetitions</source>
        <translation>Der Ablauf, der aufs Papier soll, mit seinen Haltezeiten und Wiederholungen</translation>
    </message>
    <message>
        <source>&amp;Routine:</source>
        <translation>&amp;Ablauf:</translation>
    </message>
    <message>
        <source>Each exercise with its pictures, numbers and safety note, and a table to tick for two weeks. It prints well in black and white.</source>
        <translation>Jede Übung mit ihren Bildern, Zahlen und ihrem Sicherheitshinweis, und eine Tabelle zum Abhaken für zwei Wochen. Es druckt sich gut in Schwarz-Weiß.</translation>
    </message>
    <message>
        <source>BackCoach · {routine_name}</source>
        <translation>BackCoach · {routine_name}</translation>
    </message>
    <message>
        <source>Your home exercises, printed on {date_text}. Do them slowly; breathe normally while you hold.</source>
        <translation>Ihre Übungen für zu Hause, gedruckt am {date_text}. Üben Sie langsam; atmen Sie beim Halten normal weiter.</translation>
    </message>
    <message>
        <source>Safety first</source>
        <translation>Sicherheit zuerst</translation>
    </message>
    <message>
        <source>Do: {dose}. {rest}</source>
        <translation>So geht&apos;s: {dose}. {rest}</translation>
    </message>
    <message>
        <source>Take care: {safety}</source>
        <translation>Achtung: {safety}</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Pain before (0–10)</source>
        <translation>Schmerz vorher (0–10)</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Schmerz nachher</translation>
    </message>
    <message>
        <source>Two weeks on paper</source>
        <translation>Zwei Wochen auf Papier</translation>
    </message>
    <message>
        <source>Tick each exercise when you have done it, and write down your pain before and after (0 is none, 10 the worst). Bring this sheet to your next appointment.</source>
        <translation>Haken Sie jede Übung ab, wenn Sie sie gemacht haben, und notieren Sie Ihre Schmerzen vorher und nachher (0 ist keiner, 10 der stärkste). Bringen Sie dieses Blatt zu Ihrem nächsten Termin mit.</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>Seite {page}</translation>
    </message>
    <message>
        <source>Pain before a session (line: weekly mean)</source>
        <translation>Schmerz vor einer Sitzung (Linie: Wochenmittel)</translation>
    </message>
    <message>
        <source>after (dashed)</source>
        <translation>nachher (gestrichelt)</translation>
    </message>
    <message>
        <source>rest or flare-up day</source>
        <translation>Ruhe- oder Schubtag</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>A4 or US Letter; chosen from your language and country</source>
        <translation>A4 oder US Letter; gewählt nach Ihrer Sprache und Ihrem Land</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>Write the document as a PDF file</source>
        <translation>Das Dokument als PDF-Datei schreiben</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Dr&amp;uckvorschau…</translation>
    </message>
    <message>
        <source>See the pages, then print them on paper</source>
        <translation>Die Seiten ansehen und dann auf Papier drucken</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Dieses Fenster schließen</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>Papier&amp;format:</translation>
    </message>
    <message>
        <source>Save {title}</source>
        <translation>{title} speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>{name} would go into BackCoach&apos;s data folder: choose another folder.</source>
        <translation>{name} käme in den Datenordner von BackCoach: Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>{path} could not be written: {value}.</source>
        <translation>{path} konnte nicht geschrieben werden: {value}.</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>{path} gespeichert.</translation>
    </message>
    <message>
        <source>Print preview: {made}</source>
        <translation>Druckvorschau: {made}</translation>
    </message>
    <message>
        <source>&amp;Print handout…</source>
        <translation>Merkblatt &amp;drucken…</translation>
    </message>
    <message>
        <source>Put a routine on paper: pictures, numbers, safety notes and a tick table</source>
        <translation>Einen Ablauf aufs Papier bringen: Bilder, Zahlen, Sicherheitshinweise und eine Tabelle zum Abhaken</translation>
    </message>
    <message>
        <source>&amp;Report for my physiotherapist…</source>
        <translation>Bericht für meine &amp;Physiotherapie…</translation>
    </message>
    <message>
        <source>A PDF of what you did and how your pain went, for your next appointment</source>
        <translation>Ein PDF mit dem, was Sie gemacht haben, und dem Verlauf Ihrer Schmerzen, für Ihren nächsten Termin</translation>
    </message>
    <message>
        <source>Qt could not start drawing on the page</source>
        <translation>Qt konnte nicht beginnen, auf die Seite zu zeichnen</translation>
    </message>
    <message>
        <source>BackCoach progress report</source>
        <translation>Fortschrittsbericht von BackCoach</translation>
    </message>
    <message>
        <source>The last 4 weeks</source>
        <translation>Die letzten 4 Wochen</translation>
    </message>
    <message>
        <source>The last 3 months</source>
        <translation>Die letzten 3 Monate</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Dates I choose</source>
        <translation>Daten, die ich wähle</translation>
    </message>
    <message>
        <source>Report for my physiotherapist</source>
        <translation>Bericht für meine Physiotherapie</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>The weeks the report covers</source>
        <translation>Die Wochen, die der Bericht umfasst</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>The first day of the report</source>
        <translation>Der erste Tag des Berichts</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>The last day of the report</source>
        <translation>Der letzte Tag des Berichts</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Sessions per week against your goal, each exercise, pain before and after, rest days, notes and the routine as prescribed: one or two pages.</source>
        <translation>Sitzungen pro Woche gegenüber Ihrem Ziel, jede Übung, Schmerzen vorher und nachher, Ruhetage, Notizen und der verordnete Ablauf: ein oder zwei Seiten.</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Fortschrittsbericht</translation>
    </message>
    <message>
        <source>BackCoach progress report · {period}</source>
        <translation>Fortschrittsbericht von BackCoach · {period}</translation>
    </message>
    <message>
        <source>{period}. Home exercises logged with BackCoach; made on {date_text}.</source>
        <translation>{period}. Übungen zu Hause, eingetragen mit BackCoach; erstellt am {date_text}.</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Regelmäßigkeit</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche vom</translation>
    </message>
    <message>
        <source>Days done of planned</source>
        <translation>Tage geschafft von geplant</translation>
    </message>
    <message>
        <source>Days done</source>
        <translation>Tage geschafft</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Rest days</source>
        <translation>Ruhetage</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Pain before and after sessions</source>
        <translation>Schmerzen vor und nach den Sitzungen</translation>
    </message>
    <message>
        <source>Each exercise</source>
        <translation>Jede Übung</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Sessions done</source>
        <translation>Sitzungen geschafft</translation>
    </message>
    <message>
        <source>Holds done of planned</source>
        <translation>Halten geschafft von geplant</translation>
    </message>
    <message>
        <source>&quot;This hurts&quot; pressed</source>
        <translation>„Es schmerzt“ gedrückt</translation>
    </message>
    <message>
        <source>The routine as prescribed</source>
        <translation>Der Ablauf wie verordnet</translation>
    </message>
    <message>
        <source>This routine has since been deleted.</source>
        <translation>Dieser Ablauf wurde inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>Changes during the period:</source>
        <translation>Änderungen im Zeitraum:</translation>
    </message>
    <message>
        <source>No hold or repetitions changed during the period.</source>
        <translation>Im Zeitraum wurden keine Haltezeiten oder Wiederholungen geändert.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>No notes in this period.</source>
        <translation>In diesem Zeitraum keine Notizen.</translation>
    </message>
</context>
<context>
    <name>PlayerText</name>
    <message>
        <source>Seconds left</source>
        <translation>Verbleibende Sekunden</translation>
    </message>
    <message>
        <source>Countdown caption</source>
        <translation>Beschriftung des Countdowns</translation>
    </message>
    <message>
        <source>No chime or ticks: no sound output was found, or the sound library is missing (on Linux, install libpulse0, check the sound, and start BackCoach again).</source>
        <translation>Kein Gong und kein Ticken: Es wurde keine Tonausgabe gefunden, oder die Tonbibliothek fehlt (unter Linux: libpulse0 installieren, den Ton prüfen und BackCoach neu starten).</translation>
    </message>
    <message>
        <source>No voice: the speech service is missing or does not answer (on Linux, install speech-dispatcher and espeak-ng, check the sound, and start BackCoach again).</source>
        <translation>Keine Stimme: Der Sprachdienst fehlt oder antwortet nicht (unter Linux: speech-dispatcher und espeak-ng installieren, den Ton prüfen und BackCoach neu starten).</translation>
    </message>
    <message>
        <source>No chime, ticks or voice: no working sound output or speech service was found (on Linux, install libpulse0, speech-dispatcher and espeak-ng, check the sound, and start BackCoach again).</source>
        <translation>Kein Gong, kein Ticken, keine Stimme: Es wurde keine funktionierende Tonausgabe und kein Sprachdienst gefunden (unter Linux: libpulse0, speech-dispatcher und espeak-ng installieren, den Ton prüfen und BackCoach neu starten).</translation>
    </message>
    <message>
        <source>Sessions go on silently: the screen shows every step.</source>
        <translation>Die Sitzungen laufen lautlos weiter: Der Bildschirm zeigt jeden Schritt.</translation>
    </message>
    <message>
        <source>{explain}

What the system said: {reasons}</source>
        <translation>{explain}

Das meldete das System: {reasons}</translation>
    </message>
    <message>
        <source>&amp;Sounds (tick and chime)</source>
        <translation>&amp;Töne (Ticken und Gong)</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>&amp;Stimme</translation>
    </message>
    <message>
        <source>Vol&amp;ume</source>
        <translation>&amp;Lautstärke</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>How loud the sounds and the voice are</source>
        <translation>Wie laut die Töne und die Stimme sind</translation>
    </message>
    <message>
        <source>&amp;Try the cues</source>
        <translation>Hinweise &amp;ausprobieren</translation>
    </message>
    <message>
        <source>Play the chime and say a phrase at this volume</source>
        <translation>Den Gong spielen und einen Satz in dieser Lautstärke sprechen</translation>
    </message>
    <message>
        <source>&amp;No sound or voice? What to install…</source>
        <translation>Kein Ton oder keine Stimme? Was zu &amp;installieren ist…</translation>
    </message>
    <message>
        <source>Why the sounds or the voice do not play, and the fix</source>
        <translation>Warum die Töne oder die Stimme nicht spielen, und die Lösung</translation>
    </message>
    <message>
        <source>Sound and voice settings</source>
        <translation>Einstellungen für Ton und Stimme</translation>
    </message>
    <message>
        <source>Turn the sounds and the voice on or off, set the volume</source>
        <translation>Töne und Stimme ein- oder ausschalten, Lautstärke einstellen</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Sound &amp;&amp; voice</source>
        <translation>Ton &amp;&amp; Stimme</translation>
    </message>
    <message>
        <source>This is how the cues sound.</source>
        <translation>So klingen die Hinweise.</translation>
    </message>
    <message>
        <source>Picture of the chosen exercise</source>
        <translation>Bild der gewählten Übung</translation>
    </message>
    <message>
        <source>Chosen exercise</source>
        <translation>Gewählte Übung</translation>
    </message>
    <message>
        <source>What the exercise is for</source>
        <translation>Wofür die Übung gut ist</translation>
    </message>
    <message>
        <source>How to do the exercise</source>
        <translation>Wie die Übung geht</translation>
    </message>
    <message>
        <source>Safety note of the exercise</source>
        <translation>Sicherheitshinweis der Übung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Safety:&lt;/b&gt; {escape}</source>
        <translation>&lt;b&gt;Sicherheit:&lt;/b&gt; {escape}</translation>
    </message>
    <message>
        <source>If the pain is strong, lasts, or spreads down a leg, see your physician or a physiotherapist before you exercise again.</source>
        <translation>Wenn der Schmerz stark ist, anhält oder in ein Bein ausstrahlt, gehen Sie zu Ihrem Arzt oder Ihrer Ärztin oder zur Physiotherapie, bevor Sie wieder üben.</translation>
    </message>
    <message>
        <source>Stopped because it hurts</source>
        <translation>Abgebrochen, weil es schmerzt</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Rat</translation>
    </message>
    <message>
        <source>How much does it hurt?</source>
        <translation>Wie stark schmerzt es?</translation>
    </message>
    <message>
        <source>&amp;Return to the paused exercise</source>
        <translation>&amp;Zurück zur pausierten Übung</translation>
    </message>
    <message>
        <source>Return to the paused exercise</source>
        <translation>Zurück zur pausierten Übung</translation>
    </message>
    <message>
        <source>It was a false alarm: back to the exercise, paused; nothing is noted (Esc)</source>
        <translation>Es war falscher Alarm: zurück zur Übung, pausiert; nichts wird notiert (Esc)</translation>
    </message>
    <message>
        <source>&amp;Skip to the next exercise</source>
        <translation>Zur &amp;nächsten Übung springen</translation>
    </message>
    <message>
        <source>Skip to the next exercise</source>
        <translation>Zur nächsten Übung springen</translation>
    </message>
    <message>
        <source>Note the pain and go on with the next exercise</source>
        <translation>Den Schmerz notieren und mit der nächsten Übung weitermachen</translation>
    </message>
    <message>
        <source>&amp;End the session</source>
        <translation>Sitzung &amp;beenden</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <source>Note the pain, stop and log what you did</source>
        <translation>Den Schmerz notieren, aufhören und eintragen, was Sie geschafft haben</translation>
    </message>
    <message>
        <source>Stop: {name} hurts</source>
        <translation>Stopp: {name} schmerzt</translation>
    </message>
    <message>
        <source>&lt;p&gt;Never force a stretch: forcing it can tear muscles and make the pain worse. The exercise is paused.&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Zwingen Sie nie eine Dehnung: Das kann Muskeln reißen lassen und den Schmerz verschlimmern. Die Übung ist pausiert.&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Start {routine_name}</source>
        <translation>{routine_name} starten</translation>
    </message>
    <message>
        <source>Before the session</source>
        <translation>Vor der Sitzung</translation>
    </message>
    <message>
        <source>How does your back feel right now?</source>
        <translation>Wie fühlt sich Ihr Rücken gerade an?</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start the session, with the rating if you chose one</source>
        <translation>Die Sitzung starten, mit der Bewertung, falls Sie eine gewählt haben</translation>
    </message>
    <message>
        <source>Start nothing, and go back</source>
        <translation>Nichts starten und zurückgehen</translation>
    </message>
    <message>
        <source>Pain {value} of 10</source>
        <translation>Schmerz {value} von 10</translation>
    </message>
    <message>
        <source>No pain</source>
        <translation>Kein Schmerz</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Worst imaginable</source>
        <translation>Stärkster Schmerz</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Clear the pain rating</source>
        <translation>Die Schmerzbewertung löschen</translation>
    </message>
    <message>
        <source>Leave the rating out; it is optional</source>
        <translation>Die Bewertung weglassen; sie ist freiwillig</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Freiwillig</translation>
    </message>
    <message>
        <source>0: no pain</source>
        <translation>0: kein Schmerz</translation>
    </message>
    <message>
        <source>{value}: mild pain</source>
        <translation>{value}: leichter Schmerz</translation>
    </message>
    <message>
        <source>{value}: moderate pain</source>
        <translation>{value}: mittlerer Schmerz</translation>
    </message>
    <message>
        <source>{value}: severe pain</source>
        <translation>{value}: starker Schmerz</translation>
    </message>
    <message>
        <source>10: the worst pain imaginable</source>
        <translation>10: der stärkste vorstellbare Schmerz</translation>
    </message>
    <message>
        <source>This routine cannot start: {error}</source>
        <translation>Dieser Ablauf kann nicht starten: {error}</translation>
    </message>
    <message>
        <source>No sound or voice</source>
        <translation>Kein Ton und keine Stimme</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Vollbild verlassen</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>&amp;Go on</source>
        <translation>&amp;Weitermachen</translation>
    </message>
    <message>
        <source>S&amp;tay</source>
        <translation>&amp;Bleiben</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Routine progress</source>
        <translation>Fortschritt des Ablaufs</translation>
    </message>
    <message>
        <source>Routine done</source>
        <translation>Ablauf geschafft</translation>
    </message>
    <message>
        <source>How much of the routine is done</source>
        <translation>Wie viel vom Ablauf geschafft ist</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation>Sicherheitshinweis</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the start of this exercise, or the one before (Left)</source>
        <translation>Zurück zum Anfang dieser Übung oder zur vorherigen (Pfeil links)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Leertaste)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Skip ▶</source>
        <translation>Überspringen ▶</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Skip to the next exercise (Right)</source>
        <translation>Zur nächsten Übung springen (Pfeil rechts)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop the session and log what you did (Esc)</source>
        <translation>Die Sitzung beenden und eintragen, was Sie geschafft haben (Esc)</translation>
    </message>
    <message>
        <source>This hurts</source>
        <translation>Es schmerzt</translation>
    </message>
    <message>
        <source>Stop this exercise because it hurts (H)</source>
        <translation>Diese Übung abbrechen, weil es schmerzt (H)</translation>
    </message>
    <message>
        <source>A full-screen view without distractions (F)</source>
        <translation>Eine Vollbildansicht ohne Ablenkung (F)</translation>
    </message>
    <message>
        <source>Sounds are not available ({error}).</source>
        <translation>Töne sind nicht verfügbar ({error}).</translation>
    </message>
    <message>
        <source>Sounds are not available: no audio output was found.</source>
        <translation>Töne sind nicht verfügbar: Es wurde keine Tonausgabe gefunden.</translation>
    </message>
    <message>
        <source>Sounds are not available: the {name} sound could not be played.</source>
        <translation>Töne sind nicht verfügbar: Der Ton „{name}“ konnte nicht abgespielt werden.</translation>
    </message>
    <message>
        <source>Spoken cues need speech-dispatcher, which is not installed on this computer.</source>
        <translation>Gesprochene Hinweise brauchen speech-dispatcher, das auf diesem Computer nicht installiert ist.</translation>
    </message>
    <message>
        <source>The speech service refused: {decode}.</source>
        <translation>Der Sprachdienst hat abgelehnt: {decode}.</translation>
    </message>
    <message>
        <source>The speech service (speech-dispatcher) does not answer.</source>
        <translation>Der Sprachdienst (speech-dispatcher) antwortet nicht.</translation>
    </message>
    <message>
        <source>&amp;Routine</source>
        <translation>&amp;Ablauf</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>The routine to follow</source>
        <translation>Der Ablauf, dem Sie folgen</translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation>Name des Ablaufs</translation>
    </message>
    <message>
        <source>Routine description</source>
        <translation>Beschreibung des Ablaufs</translation>
    </message>
    <message>
        <source>Routine length</source>
        <translation>Dauer des Ablaufs</translation>
    </message>
    <message>
        <source>Exercises in the routine</source>
        <translation>Übungen des Ablaufs</translation>
    </message>
    <message>
        <source>Choose an exercise to see its picture, how to do it and its safety note</source>
        <translation>Wählen Sie eine Übung, um ihr Bild, ihre Anleitung und ihren Sicherheitshinweis zu sehen</translation>
    </message>
    <message>
        <source>&amp;Ask how my back feels before and after each session</source>
        <translation>Vor und nach jeder Sitzung &amp;fragen, wie sich mein Rücken anfühlt</translation>
    </message>
    <message>
        <source>Ask how my back feels</source>
        <translation>Fragen, wie sich mein Rücken anfühlt</translation>
    </message>
    <message>
        <source>A pain rating from 0 to 10 before and after each session, for the history&apos;s chart</source>
        <translation>Eine Schmerzbewertung von 0 bis 10 vor und nach jeder Sitzung, für das Diagramm im Verlauf</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start the routine (Space)</source>
        <translation>Den Ablauf starten (Leertaste)</translation>
    </message>
    <message>
        <source>{plural} · about {duration_text}</source>
        <translation>{plural} · etwa {duration_text}</translation>
    </message>
    <message>
        <source>Exercise {value} of {len} · {clock_text} left</source>
        <translation>Übung {value} von {len} · noch {clock_text}</translation>
    </message>
    <message>
        <source>Get set</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <source>then {label}</source>
        <translation>dann {label}</translation>
    </message>
    <message>
        <source>{text} seconds left of {label}</source>
        <translation>Noch {text} Sekunden: {label}</translation>
    </message>
    <message>
        <source>Resume after a 3-2-1 countdown (Space)</source>
        <translation>Nach einem Countdown 3-2-1 weitermachen (Leertaste)</translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation>Die Sitzung beenden?</translation>
    </message>
    <message>
        <source>Stop now? What you have done so far is logged as a partial session. Started it by mistake? Discard it, and nothing is logged.</source>
        <translation>Jetzt aufhören? Was Sie bisher gemacht haben, wird als unvollständige Sitzung eingetragen. Aus Versehen gestartet? Verwerfen Sie sie, dann wird nichts eingetragen.</translation>
    </message>
    <message>
        <source>Quit during a session?</source>
        <translation>Während einer Sitzung beenden?</translation>
    </message>
    <message>
        <source>A session is running. Stop it, log what you did so far, and quit?</source>
        <translation>Eine Sitzung läuft. Beenden, das Geschaffte eintragen und BackCoach schließen?</translation>
    </message>
    <message>
        <source>&amp;Stop, log and quit</source>
        <translation>&amp;Beenden, eintragen und schließen</translation>
    </message>
    <message>
        <source>&amp;Stop and log</source>
        <translation>&amp;Beenden und eintragen</translation>
    </message>
    <message>
        <source>End the session here and log what you did as a partial session</source>
        <translation>Die Sitzung hier beenden und das Geschaffte als unvollständige Sitzung eintragen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>End the session and log nothing of it</source>
        <translation>Die Sitzung beenden und nichts davon eintragen</translation>
    </message>
    <message>
        <source>Close this question and carry on with the session</source>
        <translation>Diese Frage schließen und mit der Sitzung weitermachen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Duration and reps</source>
        <translation>Dauer und Wiederholungen</translation>
    </message>
    <message>
        <source>Streak and weekly goal</source>
        <translation>Serie und Wochenziel</translation>
    </message>
    <message>
        <source>Exercises done</source>
        <translation>Geschaffte Übungen</translation>
    </message>
    <message>
        <source>How does your back feel now?</source>
        <translation>Wie fühlt sich Ihr Rücken jetzt an?</translation>
    </message>
    <message>
        <source>&amp;Note (optional)</source>
        <translation>&amp;Notiz (freiwillig)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Anything worth remembering about this session</source>
        <translation>Alles, was Sie sich zu dieser Sitzung merken möchten</translation>
    </message>
    <message>
        <source>How it went, what felt tight, what helped…</source>
        <translation>Wie es lief, was sich verspannt anfühlte, was geholfen hat…</translation>
    </message>
    <message>
        <source>Log status</source>
        <translation>Status des Eintrags</translation>
    </message>
    <message>
        <source>&amp;Log it after all</source>
        <translation>Doch &amp;eintragen</translation>
    </message>
    <message>
        <source>Log it after all</source>
        <translation>Doch eintragen</translation>
    </message>
    <message>
        <source>Undo the discard: log what you did</source>
        <translation>Das Verwerfen rückgängig machen: eintragen, was Sie geschafft haben</translation>
    </message>
    <message>
        <source>&amp;Save and finish</source>
        <translation>&amp;Speichern und fertig</translation>
    </message>
    <message>
        <source>Save and finish</source>
        <translation>Speichern und fertig</translation>
    </message>
    <message>
        <source>Save the rating and note with the session</source>
        <translation>Die Bewertung und die Notiz mit der Sitzung speichern</translation>
    </message>
    <message>
        <source>Session discarded</source>
        <translation>Sitzung verworfen</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Gut gemacht!</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Sitzung beendet</translation>
    </message>
    <message>
        <source>{duration_text} · {len} of {plural} · {reps_done} of {plural2}</source>
        <translation>{duration_text} · {len} von {plural} · {reps_done} von {plural2}</translation>
    </message>
    <message>
        <source>{reps_done} of {plural}</source>
        <translation>{reps_done} von {plural}</translation>
    </message>
    <message>
        <source> ({holds_done} of {plural})</source>
        <translation> ({holds_done} von {plural})</translation>
    </message>
    <message>
        <source>&lt;p&gt;It hurt during: {escape}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Es hat geschmerzt bei: {escape}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=&apos;4&apos;&gt;{join}&lt;/table&gt;{hurts}</source>
        <translation>&lt;table cellspacing=&apos;4&apos;&gt;{join}&lt;/table&gt;{hurts}</translation>
    </message>
    <message>
        <source>as complete</source>
        <translation>als vollständig</translation>
    </message>
    <message>
        <source>as partial, with what you did</source>
        <translation>als unvollständig, mit dem Geschafften</translation>
    </message>
    <message>
        <source>Logged {kind}.</source>
        <translation>Eingetragen {kind}.</translation>
    </message>
    <message>
        <source>Nothing was logged. Discarded by mistake? Log it after all.</source>
        <translation>Nichts wurde eingetragen. Aus Versehen verworfen? Tragen Sie sie doch ein.</translation>
    </message>
    <message>
        <source>Nothing was logged: no exercise had begun.</source>
        <translation>Nichts wurde eingetragen: Keine Übung hatte begonnen.</translation>
    </message>
    <message>
        <source>&amp;Back to the start</source>
        <translation>&amp;Zurück zum Anfang</translation>
    </message>
    <message>
        <source>Up next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>Up next illustration</source>
        <translation>Bild der nächsten Übung</translation>
    </message>
    <message>
        <source>Up next exercise</source>
        <translation>Nächste Übung</translation>
    </message>
    <message>
        <source>Up next position</source>
        <translation>Nächste Position</translation>
    </message>
    <message>
        <source>Spoken cues are not available ({error}).</source>
        <translation>Gesprochene Hinweise sind nicht verfügbar ({error}).</translation>
    </message>
    <message>
        <source>Spoken cues are not available: {problem}</source>
        <translation>Gesprochene Hinweise sind nicht verfügbar: {problem}</translation>
    </message>
    <message>
        <source>no speech engine was found</source>
        <translation>es wurde keine Sprachausgabe gefunden</translation>
    </message>
    <message>
        <source>Spoken cues are not available: {reason}.</source>
        <translation>Gesprochene Hinweise sind nicht verfügbar: {reason}.</translation>
    </message>
    <message>
        <source>Spoken cues stopped working: {value}.</source>
        <translation>Gesprochene Hinweise funktionieren nicht mehr: {value}.</translation>
    </message>
    <message>
        <source>the speech engine failed</source>
        <translation>die Sprachausgabe ist ausgefallen</translation>
    </message>
    <message>
        <source>No voice for {language} is installed, so the spoken cues use another language. Your system&apos;s speech settings can add one.</source>
        <translation>Es ist keine Stimme für {language} installiert, daher sprechen die Hinweise eine andere Sprache. In den Spracheinstellungen Ihres Systems können Sie eine hinzufügen.</translation>
    </message>
</context>
<context>
    <name>RemindersText</name>
    <message>
        <source>--action={START}=Start now</source>
        <translation>--action={START}=Jetzt starten</translation>
    </message>
    <message>
        <source>--action={OPEN}=Open {APP_NAME}</source>
        <translation>--action={OPEN}={APP_NAME} öffnen</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 Minuten</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>Reminder message</source>
        <translation>Erinnerungsmeldung</translation>
    </message>
    <message>
        <source>&amp;Start now</source>
        <translation>Jetzt &amp;starten</translation>
    </message>
    <message>
        <source>Start the routine now</source>
        <translation>Den Ablauf jetzt starten</translation>
    </message>
    <message>
        <source>Open the player and start the reminder&apos;s routine</source>
        <translation>Den Übungsplayer öffnen und den Ablauf der Erinnerung starten</translation>
    </message>
    <message>
        <source>S&amp;nooze 15 min</source>
        <translation>In 15 Min. &amp;erinnern</translation>
    </message>
    <message>
        <source>Snooze the reminder</source>
        <translation>Die Erinnerung verschieben</translation>
    </message>
    <message>
        <source>Remind me again in 15 minutes (the arrow offers longer)</source>
        <translation>In 15 Minuten erneut erinnern (der Pfeil bietet länger an)</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Verschieben um</translation>
    </message>
    <message>
        <source>Snooze {text}</source>
        <translation>Um {text} verschieben</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation>Die Erinnerung schließen</translation>
    </message>
    <message>
        <source>Hide this reminder; the next one comes as scheduled</source>
        <translation>Diese Erinnerung ausblenden; die nächste kommt wie geplant</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>&amp;Remind me to do a routine at my desk</source>
        <translation>Mich am Schreibtisch an einen Ablauf &amp;erinnern</translation>
    </message>
    <message>
        <source>Turn desk reminders on or off</source>
        <translation>Erinnerungen am Schreibtisch ein- oder ausschalten</translation>
    </message>
    <message>
        <source>Reminder routine</source>
        <translation>Ablauf der Erinnerung</translation>
    </message>
    <message>
        <source>The routine a reminder starts when you click it</source>
        <translation>Der Ablauf, den eine Erinnerung startet, wenn Sie darauf klicken</translation>
    </message>
    <message>
        <source>R&amp;outine:</source>
        <translation>A&amp;blauf:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>Remind at an interval</source>
        <translation>In Abständen erinnern</translation>
    </message>
    <message>
        <source>Remind every so many minutes during work hours</source>
        <translation>Während der Arbeitszeit alle paar Minuten erinnern</translation>
    </message>
    <message>
        <source>Minutes between reminders</source>
        <translation>Minuten zwischen Erinnerungen</translation>
    </message>
    <message>
        <source>Minutes between reminders, from {low} to {high}; a session you do restarts the count</source>
        <translation>Minuten zwischen Erinnerungen, von {low} bis {high}; eine Sitzung beginnt die Zählung neu</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>during work hours</source>
        <translation>während der Arbeitszeit</translation>
    </message>
    <message>
        <source>Work hours start</source>
        <translation>Beginn der Arbeitszeit</translation>
    </message>
    <message>
        <source>When work hours start</source>
        <translation>Wann die Arbeitszeit beginnt</translation>
    </message>
    <message>
        <source>Work hours end</source>
        <translation>Ende der Arbeitszeit</translation>
    </message>
    <message>
        <source>When work hours end</source>
        <translation>Wann die Arbeitszeit endet</translation>
    </message>
    <message>
        <source>&amp;Work hours:</source>
        <translation>A&amp;rbeitszeit:</translation>
    </message>
    <message>
        <source>Work hours problem</source>
        <translation>Problem mit der Arbeitszeit</translation>
    </message>
    <message>
        <source>At &amp;fixed times:</source>
        <translation>Zu &amp;festen Zeiten:</translation>
    </message>
    <message>
        <source>Remind at fixed times</source>
        <translation>Zu festen Zeiten erinnern</translation>
    </message>
    <message>
        <source>Remind at the times of day you write</source>
        <translation>Zu den Uhrzeiten erinnern, die Sie eintragen</translation>
    </message>
    <message>
        <source>Reminder times</source>
        <translation>Erinnerungszeiten</translation>
    </message>
    <message>
        <source>Times of day on a 24-hour clock, separated by commas, such as 10:30, 15:00</source>
        <translation>Uhrzeiten im 24-Stunden-Format, durch Kommas getrennt, etwa 10:30, 15:00</translation>
    </message>
    <message>
        <source>Reminder times problem</source>
        <translation>Problem mit den Erinnerungszeiten</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Remind on {name}</source>
        <translation>Am {name} erinnern</translation>
    </message>
    <message>
        <source>Weekdays problem</source>
        <translation>Problem mit den Wochentagen</translation>
    </message>
    <message>
        <source>Sessions a day</source>
        <translation>Sitzungen pro Tag</translation>
    </message>
    <message>
        <source>No more reminders on a day once you have completed this many sessions (0: remind all day)</source>
        <translation>Keine Erinnerungen mehr an einem Tag, sobald Sie so viele Sitzungen abgeschlossen haben (0: den ganzen Tag erinnern)</translation>
    </message>
    <message>
        <source>&amp;Stop for the day after completed sessions:</source>
        <translation>Für den Tag aufhören nach abge&amp;schlossenen Sitzungen:</translation>
    </message>
    <message>
        <source>&amp;Do not disturb (hold every reminder)</source>
        <translation>&amp;Nicht stören (alle Erinnerungen zurückhalten)</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Nicht stören</translation>
    </message>
    <message>
        <source>Hold every reminder until you switch this off</source>
        <translation>Alle Erinnerungen zurückhalten, bis Sie dies ausschalten</translation>
    </message>
    <message>
        <source>Start BackCoach in the tray when I &amp;log in</source>
        <translation>BackCoach bei der Anme&amp;ldung im Infobereich starten</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Start BackCoach in the background at login, so reminders come without opening it</source>
        <translation>BackCoach bei der Anmeldung im Hintergrund starten, damit Erinnerungen kommen, ohne es zu öffnen</translation>
    </message>
    <message>
        <source>On this system, add BackCoach to the programs that start at login by hand: see docs/reminders.md</source>
        <translation>Fügen Sie BackCoach auf diesem System von Hand zu den Programmen hinzu, die bei der Anmeldung starten: siehe docs/reminders.md</translation>
    </message>
    <message>
        <source>Start at login problem</source>
        <translation>Problem mit dem Start bei der Anmeldung</translation>
    </message>
    <message>
        <source>Reminder schedule</source>
        <translation>Zeitplan der Erinnerungen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close; every change is already saved</source>
        <translation>Schließen; jede Änderung ist bereits gespeichert</translation>
    </message>
    <message>
        <source>Time for your back</source>
        <translation>Zeit für Ihren Rücken</translation>
    </message>
    <message>
        <source>BackCoach is still running</source>
        <translation>BackCoach läuft noch</translation>
    </message>
    <message>
        <source>Reminders go on from the tray icon. To quit BackCoach, choose Quit from the tray menu.</source>
        <translation>Die Erinnerungen laufen über das Symbol im Infobereich weiter. Um BackCoach zu beenden, wählen Sie „Beenden“ im Menü des Symbols.</translation>
    </message>
    <message>
        <source>&amp;Show {APP_NAME}</source>
        <translation>{APP_NAME} &amp;zeigen</translation>
    </message>
    <message>
        <source>Bring the BackCoach window to the front</source>
        <translation>Das Fenster von BackCoach nach vorn holen</translation>
    </message>
    <message>
        <source>No reminder for {text}</source>
        <translation>Keine Erinnerung für {text}</translation>
    </message>
    <message>
        <source>&amp;No more reminders today</source>
        <translation>&amp;Heute keine Erinnerungen mehr</translation>
    </message>
    <message>
        <source>Hold reminders until tomorrow</source>
        <translation>Erinnerungen bis morgen zurückhalten</translation>
    </message>
    <message>
        <source>&amp;Do not disturb</source>
        <translation>&amp;Nicht stören</translation>
    </message>
    <message>
        <source>Hold every reminder until this is switched off</source>
        <translation>Alle Erinnerungen zurückhalten, bis dies ausgeschaltet wird</translation>
    </message>
    <message>
        <source>&amp;Reminder settings…</source>
        <translation>Einstellungen der &amp;Erinnerungen…</translation>
    </message>
    <message>
        <source>When to remind, which routine, start at login</source>
        <translation>Wann erinnert wird, welcher Ablauf, Start bei der Anmeldung</translation>
    </message>
    <message>
        <source>&amp;Quit {APP_NAME}</source>
        <translation>{APP_NAME} &amp;beenden</translation>
    </message>
    <message>
        <source>Close BackCoach and its reminders</source>
        <translation>BackCoach und seine Erinnerungen schließen</translation>
    </message>
    <message>
        <source>S&amp;nooze reminders</source>
        <translation>Erinnerungen &amp;verschieben</translation>
    </message>
    <message>
        <source>{APP_NAME} tray menu</source>
        <translation>Menü von {APP_NAME} im Infobereich</translation>
    </message>
    <message>
        <source>Start a &amp;routine</source>
        <translation>Einen &amp;Ablauf starten</translation>
    </message>
    <message>
        <source>Start a routine</source>
        <translation>Einen Ablauf starten</translation>
    </message>
    <message>
        <source>Start {name} ({length})</source>
        <translation>{name} starten ({length})</translation>
    </message>
    <message>
        <source>Reminders are off</source>
        <translation>Erinnerungen sind aus</translation>
    </message>
    <message>
        <source>Do not disturb is on</source>
        <translation>Nicht stören ist an</translation>
    </message>
    <message>
        <source>No reminder this week</source>
        <translation>Diese Woche keine Erinnerung</translation>
    </message>
    <message>
        <source>Next reminder: {when}</source>
        <translation>Nächste Erinnerung: {when}</translation>
    </message>
    <message>
        <source>today at {clock_time}</source>
        <translation>heute um {clock_time}</translation>
    </message>
    <message>
        <source>tomorrow at {clock_time}</source>
        <translation>morgen um {clock_time}</translation>
    </message>
    <message>
        <source>{weekday_name} at {clock_time}</source>
        <translation>{weekday_name} um {clock_time}</translation>
    </message>
    <message>
        <source>Snooze {SNOOZE_CHOICES}</source>
        <translation>{SNOOZE_CHOICES} verschieben</translation>
    </message>
    <message>
        <source>{text} Click here to start it.</source>
        <translation>{text} Klicken Sie hier, um ihn zu starten.</translation>
    </message>
</context>
<context>
    <name>RoutinesText</name>
    <message>
        <source>Position {number}: pose</source>
        <translation>Position {number}: Haltung</translation>
    </message>
    <message>
        <source>The pose shown for this position</source>
        <translation>Die Haltung, die für diese Position gezeigt wird</translation>
    </message>
    <message>
        <source>e.g. “Pull both knees up”</source>
        <translation>z. B. „Beide Knie anziehen“</translation>
    </message>
    <message>
        <source>Position {number}: cue</source>
        <translation>Position {number}: Hinweis</translation>
    </message>
    <message>
        <source>Said and shown while moving into this position</source>
        <translation>Wird gesagt und gezeigt, während Sie in diese Position gehen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove position {number}</source>
        <translation>Position {number} entfernen</translation>
    </message>
    <message>
        <source>Edit your exercise</source>
        <translation>Ihre Übung bearbeiten</translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation>Neue Übung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>What the exercise is called in your routines</source>
        <translation>Wie die Übung in Ihren Abläufen heißt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>How to do the exercise, shown while getting ready</source>
        <translation>Wie die Übung geht, gezeigt während der Vorbereitung</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>&amp;Anleitung:</translation>
    </message>
    <message>
        <source>You start in the first position. Each repetition moves from the one before the last into the last, which is held.</source>
        <translation>Sie beginnen in der ersten Position. Jede Wiederholung geht von der vorletzten in die letzte, die gehalten wird.</translation>
    </message>
    <message>
        <source>Add &amp;position</source>
        <translation>&amp;Position hinzufügen</translation>
    </message>
    <message>
        <source>Add position</source>
        <translation>Position hinzufügen</translation>
    </message>
    <message>
        <source>Add a position (up to {MAX_POSITIONS})</source>
        <translation>Eine Position hinzufügen (bis zu {MAX_POSITIONS})</translation>
    </message>
    <message>
        <source>Positions: problem</source>
        <translation>Positionen: Problem</translation>
    </message>
    <message>
        <source>Positions:</source>
        <translation>Positionen:</translation>
    </message>
    <message>
        <source>&amp;Hold (seconds):</source>
        <translation>&amp;Halten (Sekunden):</translation>
    </message>
    <message>
        <source>How long to hold the last position</source>
        <translation>Wie lange die letzte Position gehalten wird</translation>
    </message>
    <message>
        <source>&amp;Repetitions:</source>
        <translation>&amp;Wiederholungen:</translation>
    </message>
    <message>
        <source>How many times to do it</source>
        <translation>Wie oft die Übung gemacht wird</translation>
    </message>
    <message>
        <source>Re&amp;st (seconds):</source>
        <translation>Pa&amp;use (Sekunden):</translation>
    </message>
    <message>
        <source>The pause between repetitions</source>
        <translation>Die Pause zwischen den Wiederholungen</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Whether the exercise is done once, or for the left and the right</source>
        <translation>Ob die Übung einmal gemacht wird oder für links und rechts</translation>
    </message>
    <message>
        <source>Side name</source>
        <translation>Name der Seite</translation>
    </message>
    <message>
        <source>What the player calls a side: “Left leg”, “Right arm”…</source>
        <translation>Wie der Übungsplayer eine Seite nennt: „Bein links“, „Arm rechts“…</translation>
    </message>
    <message>
        <source>leg, arm, side…</source>
        <translation>Bein, Arm, Seite…</translation>
    </message>
    <message>
        <source>Side name: problem</source>
        <translation>Name der Seite: Problem</translation>
    </message>
    <message>
        <source>Si&amp;des:</source>
        <translation>S&amp;eiten:</translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation>Sicherheitshinweis</translation>
    </message>
    <message>
        <source>What to watch out for, shown with the exercise (optional)</source>
        <translation>Worauf zu achten ist, gezeigt mit der Übung (freiwillig)</translation>
    </message>
    <message>
        <source>Sa&amp;fety note:</source>
        <translation>Sicherheits&amp;hinweis:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Save exercise</source>
        <translation>Übung speichern</translation>
    </message>
    <message>
        <source>Check and keep this exercise</source>
        <translation>Diese Übung prüfen und behalten</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Schließen, ohne zu speichern</translation>
    </message>
    <message>
        <source>{accessibleName}: problem</source>
        <translation>{accessibleName}: Problem</translation>
    </message>
    <message>
        <source>Exercises of the routine</source>
        <translation>Übungen des Ablaufs</translation>
    </message>
    <message>
        <source>Drag to reorder (or Ctrl+Up and Ctrl+Down); tick an exercise to include it, untick to leave it out for a while</source>
        <translation>Ziehen zum Umordnen (oder Strg+Pfeil hoch und Strg+Pfeil runter); Haken setzen, um eine Übung aufzunehmen, Haken entfernen, um sie eine Weile auszulassen</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Einmal</translation>
    </message>
    <message>
        <source>On each side (left, then right)</source>
        <translation>Auf jeder Seite (links, dann rechts)</translation>
    </message>
    <message>
        <source>{tip} ({low} to {high}{unit}; Esc puts back the number in use)</source>
        <translation>{tip} ({low} bis {high}{unit}; Esc stellt die verwendete Zahl wieder her)</translation>
    </message>
    <message>
        <source>{label}: default</source>
        <translation>{label}: Standard</translation>
    </message>
    <message>
        <source>{label}: problem</source>
        <translation>{label}: Problem</translation>
    </message>
    <message>
        <source>{low} to {high}{unit}</source>
        <translation>{low} bis {high}{unit}</translation>
    </message>
    <message>
        <source>{label} needs a number from {range_text}.</source>
        <translation>{label} braucht eine Zahl von {range_text}.</translation>
    </message>
    <message>
        <source>Ho&amp;ld (seconds):</source>
        <translation>&amp;Halten (Sekunden):</translation>
    </message>
    <message>
        <source>How long to hold the position each time</source>
        <translation>Wie lange die Position jedes Mal gehalten wird</translation>
    </message>
    <message>
        <source>How many times to do the exercise (on each side)</source>
        <translation>Wie oft die Übung gemacht wird (auf jeder Seite)</translation>
    </message>
    <message>
        <source>Se&amp;ts:</source>
        <translation>Sä&amp;tze:</translation>
    </message>
    <message>
        <source>How many times to go through all the repetitions</source>
        <translation>Wie oft alle Wiederholungen durchlaufen werden</translation>
    </message>
    <message>
        <source>&amp;Get ready (seconds):</source>
        <translation>&amp;Vorbereiten (Sekunden):</translation>
    </message>
    <message>
        <source>Time to get into position first</source>
        <translation>Zeit, um zuerst in Position zu kommen</translation>
    </message>
    <message>
        <source>Exercise being edited</source>
        <translation>Übung in Bearbeitung</translation>
    </message>
    <message>
        <source>About this exercise</source>
        <translation>Über diese Übung</translation>
    </message>
    <message>
        <source>Do the exercise once, or on the left and then on the right</source>
        <translation>Die Übung einmal machen, oder links und dann rechts</translation>
    </message>
    <message>
        <source>Sides: default</source>
        <translation>Seiten: Standard</translation>
    </message>
    <message>
        <source>Reset e&amp;xercise to defaults</source>
        <translation>Übung auf Standard &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Reset exercise to defaults</source>
        <translation>Übung auf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Use the exercise&apos;s own hold, repetitions and rest again, and one set</source>
        <translation>Wieder das eigene Halten, die Wiederholungen und die Pause der Übung nutzen, und einen Satz</translation>
    </message>
    <message>
        <source>default {default}</source>
        <translation>Standard {default}</translation>
    </message>
    <message>
        <source>default {default_sides}</source>
        <translation>Standard {default_sides}</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Neuer Ablauf</translation>
    </message>
    <message>
        <source>What the routine is called in the player</source>
        <translation>Wie der Ablauf im Übungsplayer heißt</translation>
    </message>
    <message>
        <source>e.g. Physio, morning</source>
        <translation>z. B. Physio, morgens</translation>
    </message>
    <message>
        <source>First exercise</source>
        <translation>Erste Übung</translation>
    </message>
    <message>
        <source>The routine starts with this exercise; add more afterwards</source>
        <translation>Der Ablauf beginnt mit dieser Übung; weitere fügen Sie danach hinzu</translation>
    </message>
    <message>
        <source>&amp;First exercise:</source>
        <translation>&amp;Erste Übung:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>Make the routine</source>
        <translation>Den Ablauf anlegen</translation>
    </message>
    <message>
        <source>Close without making a routine</source>
        <translation>Schließen, ohne einen Ablauf anzulegen</translation>
    </message>
    <message>
        <source>Delete the exercise?</source>
        <translation>Die Übung löschen?</translation>
    </message>
    <message>
        <source>Delete your exercise “{name}”?</source>
        <translation>Ihre Übung „{name}“ löschen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>the exercise&apos;s deletion</source>
        <translation>das Löschen der Übung</translation>
    </message>
    <message>
        <source>BackCoach routines ({patterns});;All files (*)</source>
        <translation>BackCoach-Abläufe ({patterns});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Einen Ablauf importieren</translation>
    </message>
    <message>
        <source>Imported “{name}” from {name2}.</source>
        <translation>„{name}“ aus {name2} importiert.</translation>
    </message>
    <message>
        <source>“{name}” is already here, the same: nothing was added.</source>
        <translation>„{name}“ ist schon vorhanden, unverändert: Es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>Export the routine</source>
        <translation>Den Ablauf exportieren</translation>
    </message>
    <message>
        <source>Exported “{name}” to {path}.</source>
        <translation>„{name}“ nach {path} exportiert.</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Abläufe</translation>
    </message>
    <message>
        <source>Choose a routine to edit (F2 renames, Delete deletes)</source>
        <translation>Wählen Sie einen Ablauf zum Bearbeiten (F2 benennt um, Entf löscht)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Make a new routine</source>
        <translation>Einen neuen Ablauf anlegen</translation>
    </message>
    <message>
        <source>R&amp;ename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Rename this routine (F2)</source>
        <translation>Diesen Ablauf umbenennen (F2)</translation>
    </message>
    <message>
        <source>Rename routine</source>
        <translation>Ablauf umbenennen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Make a copy of this routine to change</source>
        <translation>Eine Kopie dieses Ablaufs zum Ändern anlegen</translation>
    </message>
    <message>
        <source>Duplicate routine</source>
        <translation>Ablauf duplizieren</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete this routine (Delete)</source>
        <translation>Diesen Ablauf löschen (Entf)</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Ablauf löschen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Add a routine from a routine file</source>
        <translation>Einen Ablauf aus einer Ablauf-Datei hinzufügen</translation>
    </message>
    <message>
        <source>Import routine</source>
        <translation>Ablauf importieren</translation>
    </message>
    <message>
        <source>Ex&amp;port…</source>
        <translation>Ex&amp;portieren…</translation>
    </message>
    <message>
        <source>Save this routine as a file to share</source>
        <translation>Diesen Ablauf als Datei zum Weitergeben speichern</translation>
    </message>
    <message>
        <source>Export routine</source>
        <translation>Ablauf exportieren</translation>
    </message>
    <message>
        <source>Restore built-in routines…</source>
        <translation>Mitgelieferte Abläufe wiederherstellen…</translation>
    </message>
    <message>
        <source>Bring back built-in routines you deleted or changed, as they were shipped</source>
        <translation>Mitgelieferte Abläufe, die Sie gelöscht oder geändert haben, im Auslieferungszustand zurückholen</translation>
    </message>
    <message>
        <source>Reset all to defaults…</source>
        <translation>Alles auf Standard zurücksetzen…</translation>
    </message>
    <message>
        <source>Built-in routines as shipped, and every exercise of your routines back to its defaults (your routines and exercises stay)</source>
        <translation>Mitgelieferte Abläufe im Auslieferungszustand, und jede Übung Ihrer Abläufe auf ihren Standard (Ihre Abläufe und Übungen bleiben)</translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation>Name des Ablaufs</translation>
    </message>
    <message>
        <source>Kind of routine</source>
        <translation>Art des Ablaufs</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Gesamtdauer</translation>
    </message>
    <message>
        <source>How long the routine takes, rests and getting ready included</source>
        <translation>Wie lange der Ablauf dauert, Pausen und Vorbereitung eingeschlossen</translation>
    </message>
    <message>
        <source>Reset r&amp;outine…</source>
        <translation>Ablauf &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>Every exercise of this routine back to its defaults (a built-in routine: as shipped)</source>
        <translation>Jede Übung dieses Ablaufs auf ihren Standard (ein mitgelieferter Ablauf: wie ausgeliefert)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Move this exercise earlier (Ctrl+Up)</source>
        <translation>Diese Übung nach vorn verschieben (Strg+Pfeil hoch)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <source>Move this exercise later (Ctrl+Down)</source>
        <translation>Diese Übung nach hinten verschieben (Strg+Pfeil runter)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Take this exercise out of the routine (Delete)</source>
        <translation>Diese Übung aus dem Ablauf nehmen (Entf)</translation>
    </message>
    <message>
        <source>Remove exercise</source>
        <translation>Übung entfernen</translation>
    </message>
    <message>
        <source>Add from the &amp;catalogue:</source>
        <translation>Aus dem &amp;Katalog hinzufügen:</translation>
    </message>
    <message>
        <source>Exercise to add</source>
        <translation>Hinzuzufügende Übung</translation>
    </message>
    <message>
        <source>The guide&apos;s exercises and your own</source>
        <translation>Die Übungen der Anleitung und Ihre eigenen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add this exercise to the end of the routine</source>
        <translation>Diese Übung am Ende des Ablaufs hinzufügen</translation>
    </message>
    <message>
        <source>Add exercise</source>
        <translation>Übung hinzufügen</translation>
    </message>
    <message>
        <source>Ne&amp;w exercise…</source>
        <translation>Ne&amp;u…</translation>
    </message>
    <message>
        <source>Make an exercise of your own and add it</source>
        <translation>Eine eigene Übung anlegen und hinzufügen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Change the exercise of yours chosen above</source>
        <translation>Ihre oben gewählte Übung ändern</translation>
    </message>
    <message>
        <source>Delete the exercise of yours chosen above (when no routine uses it)</source>
        <translation>Ihre oben gewählte Übung löschen (wenn kein Ablauf sie nutzt)</translation>
    </message>
    <message>
        <source>Delete your exercise</source>
        <translation>Ihre Übung löschen</translation>
    </message>
    <message>
        <source>{name} (yours)</source>
        <translation>{name} (eigene)</translation>
    </message>
    <message>
        <source>Built-in routine, changed by you: Reset routine brings back the original.</source>
        <translation>Mitgelieferter Ablauf, von Ihnen geändert: „Ablauf zurücksetzen“ holt das Original zurück.</translation>
    </message>
    <message>
        <source>Built-in routine. Your changes are kept apart; it can always be reset.</source>
        <translation>Mitgelieferter Ablauf. Ihre Änderungen werden getrennt aufbewahrt; er lässt sich jederzeit zurücksetzen.</translation>
    </message>
    <message>
        <source>Your own routine.</source>
        <translation>Ihr eigener Ablauf.</translation>
    </message>
    <message>
        <source> (off)</source>
        <translation> (aus)</translation>
    </message>
    <message>
        <source>Total {duration_text}</source>
        <translation>Insgesamt {duration_text}</translation>
    </message>
    <message>
        <source> (as typed)</source>
        <translation> (wie eingegeben)</translation>
    </message>
    <message>
        <source>{exercises} turned on</source>
        <translation>{exercises} eingeschaltet</translation>
    </message>
    <message>
        <source>{exercises} turned on; rests and getting ready included</source>
        <translation>{exercises} eingeschaltet; Pausen und Vorbereitung eingeschlossen</translation>
    </message>
    <message>
        <source>Your own exercise.</source>
        <translation>Ihre eigene Übung.</translation>
    </message>
    <message>
        <source>{about} Turned off: the player leaves it out.</source>
        <translation>{about} Ausgeschaltet: Der Übungsplayer lässt sie aus.</translation>
    </message>
    <message>
        <source>{value} Correct it, or press Esc in the field to put back the number in use, before choosing another exercise.</source>
        <translation>{value} Korrigieren Sie sie, oder drücken Sie Esc im Feld, um die verwendete Zahl wiederherzustellen, bevor Sie eine andere Übung wählen.</translation>
    </message>
    <message>
        <source>This number is not used yet.</source>
        <translation>Diese Zahl wird noch nicht verwendet.</translation>
    </message>
    <message>
        <source>Undo: {what} (Ctrl+Z)</source>
        <translation>Rückgängig: {what} (Strg+Z)</translation>
    </message>
    <message>
        <source>the last change</source>
        <translation>die letzte Änderung</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>the change of </source>
        <translation>die Änderung von </translation>
    </message>
    <message>
        <source>the exercise&apos;s removal</source>
        <translation>das Entfernen der Übung</translation>
    </message>
    <message>
        <source>the exercise&apos;s reset</source>
        <translation>das Zurücksetzen der Übung</translation>
    </message>
    <message>
        <source>goes back to how it was shipped</source>
        <translation>wird wie ausgeliefert</translation>
    </message>
    <message>
        <source>goes back to its exercise&apos;s defaults</source>
        <translation>kehrt zu den Standardwerten ihrer Übung zurück</translation>
    </message>
    <message>
        <source>Reset the routine?</source>
        <translation>Den Ablauf zurücksetzen?</translation>
    </message>
    <message>
        <source>Every exercise of “{name}” {back}: hold, repetitions, rest, sides and sets. Undo (Ctrl+Z) brings your numbers back.</source>
        <translation>Jede Übung von „{name}“ {back}: Halten, Wiederholungen, Pause, Seiten und Sätze. Rückgängig (Strg+Z) holt Ihre Zahlen zurück.</translation>
    </message>
    <message>
        <source>Reset routine</source>
        <translation>Ablauf zurücksetzen</translation>
    </message>
    <message>
        <source>the routine&apos;s reset</source>
        <translation>das Zurücksetzen des Ablaufs</translation>
    </message>
    <message>
        <source>Reset all to defaults?</source>
        <translation>Alles auf Standard zurücksetzen?</translation>
    </message>
    <message>
        <source>Built-in routines go back to how they were shipped (deleted ones come back), and every exercise of your own routines goes back to its default hold, repetitions and rest. Your own routines and exercises stay.</source>
        <translation>Mitgelieferte Abläufe kehren in den Auslieferungszustand zurück (gelöschte kommen wieder), und jede Übung Ihrer eigenen Abläufe kehrt zu ihrem Standard für Halten, Wiederholungen und Pause zurück. Ihre eigenen Abläufe und Übungen bleiben.</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>Alles zurücksetzen</translation>
    </message>
    <message>
        <source>the reset of all routines</source>
        <translation>das Zurücksetzen aller Abläufe</translation>
    </message>
    <message>
        <source>The built-in routines are all here, as shipped.</source>
        <translation>Die mitgelieferten Abläufe sind alle da, wie ausgeliefert.</translation>
    </message>
    <message>
        <source>These come back: {names}.</source>
        <translation>Diese kommen zurück: {names}.</translation>
    </message>
    <message>
        <source>These lose your changes: {names}.</source>
        <translation>Diese verlieren Ihre Änderungen: {names}.</translation>
    </message>
    <message>
        <source>Restore the built-in routines?</source>
        <translation>Die mitgelieferten Abläufe wiederherstellen?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>the restore of the built-ins</source>
        <translation>das Wiederherstellen der mitgelieferten Abläufe</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source> It is a built-in routine: Restore built-in routines brings it back.</source>
        <translation> Es ist ein mitgelieferter Ablauf: „Mitgelieferte Abläufe wiederherstellen“ holt ihn zurück.</translation>
    </message>
    <message>
        <source> This cannot be undone; export it first to keep a copy.</source>
        <translation> Das lässt sich nicht rückgängig machen; exportieren Sie ihn vorher, um eine Kopie zu behalten.</translation>
    </message>
    <message>
        <source>Delete the routine?</source>
        <translation>Den Ablauf löschen?</translation>
    </message>
    <message>
        <source>Delete “{name}”?{note}</source>
        <translation>„{name}“ löschen?{note}</translation>
    </message>
    <message>
        <source>the routine&apos;s deletion</source>
        <translation>das Löschen des Ablaufs</translation>
    </message>
</context>
<context>
    <name>ShellText</name>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Follow a routine (Ctrl+1)</source>
        <translation>Einem Ablauf folgen (Strg+1)</translation>
    </message>
    <message>
        <source>Your sessions and streaks (Ctrl+2)</source>
        <translation>Ihre Sitzungen und Serien (Strg+2)</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Abläufe</translation>
    </message>
    <message>
        <source>Edit routines, hold times and repetitions (Ctrl+3)</source>
        <translation>Abläufe, Haltezeiten und Wiederholungen bearbeiten (Strg+3)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>I&amp;mport routine…</source>
        <translation>Ablauf i&amp;mportieren…</translation>
    </message>
    <message>
        <source>Add a routine from a routine file</source>
        <translation>Einen Ablauf aus einer Ablauf-Datei hinzufügen</translation>
    </message>
    <message>
        <source>E&amp;xport routine…</source>
        <translation>Ablauf e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the routine chosen in the editor as a file</source>
        <translation>Den im Editor gewählten Ablauf als Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Exercise</source>
        <translation>Ü&amp;bung</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>Ab&amp;läufe</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache (Language)</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>Verlau&amp;f</translation>
    </message>
    <message>
        <source>Re&amp;minders</source>
        <translation>E&amp;rinnerungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Safety advice</source>
        <translation>&amp;Sicherheitshinweise</translation>
    </message>
    <message>
        <source>&amp;About {APP_NAME}</source>
        <translation>Über {APP_NAME} (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the routine</source>
        <translation>Den Ablauf bearbeiten</translation>
    </message>
    <message>
        <source>Change this routine&apos;s holds, repetitions and exercises (Ctrl+3)</source>
        <translation>Haltezeiten, Wiederholungen und Übungen dieses Ablaufs ändern (Strg+3)</translation>
    </message>
    <message>
        <source>About {APP_NAME}</source>
        <translation>Über {APP_NAME}</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{APP_NAME} {version}&lt;/h3&gt;&lt;p&gt;A desktop coach for back-pain relief exercises.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Safety&lt;/b&gt;&lt;/p&gt;{safety_html}&lt;p&gt;Your data: {folder}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{APP_NAME} {version}&lt;/h3&gt;&lt;p&gt;Ein Trainer am Computer für Übungen gegen Rückenschmerzen.&lt;/p&gt;&lt;p&gt;Veröffentlicht unter der MIT-Lizenz.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sicherheit&lt;/b&gt;&lt;/p&gt;{safety_html}&lt;p&gt;Ihre Daten: {folder}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pain is a signal to stop the exercise, not to push through it.</source>
        <translation>Schmerz ist ein Zeichen, die Übung abzubrechen, nicht, sich hindurchzukämpfen.</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;{escape}.&lt;/b&gt; {escape2}&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;{escape}.&lt;/b&gt; {escape2}&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;ul&gt;{items}&lt;li&gt;&lt;b&gt;Stop if it hurts.&lt;/b&gt; {escape}&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;{items}&lt;li&gt;&lt;b&gt;Hören Sie auf, wenn es schmerzt.&lt;/b&gt; {escape}&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>Safety advice</source>
        <translation>Sicherheitshinweise</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Before you start&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Bevor Sie beginnen&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>These exercises are meant to strengthen and stretch your back. Please read this advice from the guide first.</source>
        <translation>Diese Übungen sollen Ihren Rücken stärken und dehnen. Bitte lesen Sie zuerst diese Hinweise aus der Anleitung.</translation>
    </message>
    <message>
        <source>Safety advice from the guide</source>
        <translation>Sicherheitshinweise aus der Anleitung</translation>
    </message>
    <message>
        <source>&amp;I have read this advice</source>
        <translation>&amp;Ich habe diese Hinweise gelesen</translation>
    </message>
    <message>
        <source>Tick to confirm you have read the safety advice</source>
        <translation>Haken setzen, um zu bestätigen, dass Sie die Sicherheitshinweise gelesen haben</translation>
    </message>
    <message>
        <source>I have read this advice</source>
        <translation>Ich habe diese Hinweise gelesen</translation>
    </message>
    <message>
        <source>&amp;Start using BackCoach</source>
        <translation>BackCoach &amp;verwenden</translation>
    </message>
    <message>
        <source>Tick “I have read this advice” first</source>
        <translation>Setzen Sie zuerst den Haken bei „Ich habe diese Hinweise gelesen“</translation>
    </message>
    <message>
        <source>Start using BackCoach</source>
        <translation>BackCoach verwenden</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>Close the advice; it opens again when you start a session</source>
        <translation>Die Hinweise schließen; sie öffnen sich wieder, wenn Sie eine Sitzung starten</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Close the safety advice</source>
        <translation>Die Sicherheitshinweise schließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>backcoach: {running_instance_silent}</source>
        <translation>backcoach: {running_instance_silent}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Everything in BackCoach works from the keyboard: Tab moves between controls, and Alt with the underlined letter of a label or button goes straight to it.</source>
        <translation>In BackCoach geht alles mit der Tastatur: Tab wechselt zwischen den Bedienelementen, und Alt mit dem unterstrichenen Buchstaben einer Beschriftung oder Schaltfläche springt direkt dorthin.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Was sie tun</translation>
    </message>
    <message>
        <source>Every keyboard shortcut, by where it works</source>
        <translation>Alle Tastenkürzel, nach dem Ort, an dem sie wirken</translation>
    </message>
    <message>
        <source>Close the list</source>
        <translation>Die Liste schließen</translation>
    </message>
    <message>
        <source>BackCoach is still starting.</source>
        <translation>BackCoach startet noch.</translation>
    </message>
    <message>
        <source>BackCoach is closing.</source>
        <translation>BackCoach wird geschlossen.</translation>
    </message>
    <message>
        <source>Not a BackCoach request.</source>
        <translation>Keine Anfrage von BackCoach.</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>The desktop&apos;s colours</source>
        <translation>Die Farben der Arbeitsumgebung</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>Dark text on light backgrounds</source>
        <translation>Dunkler Text auf hellem Hintergrund</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Light text on dark backgrounds</source>
        <translation>Heller Text auf dunklem Hintergrund</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>The language your desktop uses, when BackCoach has it</source>
        <translation>Die Sprache Ihrer Arbeitsumgebung, wenn BackCoach sie hat</translation>
    </message>
    <message>
        <source>the system language</source>
        <translation>die Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>BackCoach will be in {language} from its next start. Restart now? A running session asks first.</source>
        <translation>BackCoach erscheint ab dem nächsten Start auf {language}. Jetzt neu starten? Eine laufende Sitzung fragt vorher nach.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Quit and start BackCoach again in the new language</source>
        <translation>BackCoach beenden und in der neuen Sprache wieder starten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Keep this language until BackCoach starts again</source>
        <translation>Diese Sprache behalten, bis BackCoach neu startet</translation>
    </message>
    <message>
        <source>another BackCoach is writing this data folder.</source>
        <translation>ein anderes BackCoach schreibt in diesen Datenordner.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Nur lesen</translation>
    </message>
    <message>
        <source>{APP_NAME} (read-only)</source>
        <translation>{APP_NAME} (nur lesen)</translation>
    </message>
</context>
<context>
    <name>StorageText</name>
    <message>
        <source>{name} is not a BackCoach export (made with File &gt; Export all data).</source>
        <translation>{name} ist kein BackCoach-Export (erstellt mit Datei &gt; Alle Daten exportieren).</translation>
    </message>
    <message>
        <source>{name} has no valid schema version.</source>
        <translation>{name} hat keine gültige Schema-Version.</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of BackCoach; update to import it.</source>
        <translation>{name} wurde von einer neueren Version von BackCoach erstellt; aktualisieren Sie, um sie zu importieren.</translation>
    </message>
    <message>
        <source>{name} has no list of sessions.</source>
        <translation>{name} hat keine Liste von Sitzungen.</translation>
    </message>
    <message>
        <source>In {name}, &apos;settings&apos; is not an object.</source>
        <translation>In {name} ist „settings“ kein Objekt.</translation>
    </message>
    <message>
        <source>In {name}, the routines are not readable.</source>
        <translation>In {name} sind die Abläufe nicht lesbar.</translation>
    </message>
    <message>
        <source> (imported)</source>
        <translation> (importiert)</translation>
    </message>
    <message>
        <source>This command only reads the data folder.</source>
        <translation>Dieser Befehl liest den Datenordner nur.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the app may not write there (permission denied)</source>
        <translation>die App darf dort nicht schreiben (Zugriff verweigert)</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>der Ordner ist schreibgeschützt</translation>
    </message>
    <message>
        <source>{path} is from an older version of BackCoach and could not be updated yet: {why}.</source>
        <translation>{path} stammt von einer älteren Version von BackCoach und konnte noch nicht aktualisiert werden: {why}.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {why}.</source>
        <translation>{name} lässt sich nicht lesen: {why}.</translation>
    </message>
    <message>
        <source>this command only reads the data folder.</source>
        <translation>dieser Befehl liest den Datenordner nur.</translation>
    </message>
    <message>
        <source>it was written by a newer version of BackCoach, and this version never changes such a file.</source>
        <translation>sie wurde von einer neueren Version von BackCoach geschrieben, und diese Version ändert eine solche Datei nie.</translation>
    </message>
    <message>
        <source>it could not be read, so writing it would lose it.</source>
        <translation>sie ließ sich nicht lesen, also würde Schreiben sie zerstören.</translation>
    </message>
    <message>
        <source>it is damaged and cannot be kept aside: {why}.</source>
        <translation>sie ist beschädigt und kann nicht beiseitegelegt werden: {why}.</translation>
    </message>
    <message>
        <source>Could not back up {path} before saving: {why}.</source>
        <translation>{path} konnte vor dem Speichern nicht gesichert werden: {why}.</translation>
    </message>
    <message>
        <source>Could not save {path}: {why}.</source>
        <translation>{path} konnte nicht gespeichert werden: {why}.</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}.</source>
        <translation>{path} konnte nicht gespeichert werden: {error}.</translation>
    </message>
    <message>
        <source>{name} is {value:,.1f} MB, more than the {value2:,.0f} MB this app reads for such a file.</source>
        <translation>{name} ist {value:,.1f} MB groß, mehr als die {value2:,.0f} MB, die diese App für eine solche Datei liest.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} ist leer.</translation>
    </message>
    <message>
        <source>{name} is not text (it is damaged or not a BackCoach file).</source>
        <translation>{name} ist kein Text (sie ist beschädigt oder keine BackCoach-Datei).</translation>
    </message>
    <message>
        <source>{name} is nested too deeply to be a BackCoach file.</source>
        <translation>{name} ist zu tief verschachtelt für eine BackCoach-Datei.</translation>
    </message>
    <message>
        <source>{name} is not valid JSON ({error}).</source>
        <translation>{name} ist kein gültiges JSON ({error}).</translation>
    </message>
    <message>
        <source>{name} holds far more lists and objects than a BackCoach file of its size could.</source>
        <translation>{name} enthält weit mehr Listen und Objekte, als eine BackCoach-Datei ihrer Größe haben könnte.</translation>
    </message>
    <message>
        <source>{name} is not valid JSON for this app (a number is too large: {group}…).</source>
        <translation>{name} ist kein gültiges JSON für diese App (eine Zahl ist zu groß: {group}…).</translation>
    </message>
    <message>
        <source>{name} is not a number this app accepts</source>
        <translation>{name} ist keine Zahl, die diese App annimmt</translation>
    </message>
    <message>
        <source>cannot migrate a document of schema {schema!r}</source>
        <translation>ein Dokument mit dem Schema {schema!r} kann nicht umgewandelt werden</translation>
    </message>
    <message>
        <source>{name} does not hold {KIND_WORDS}.</source>
        <translation>{name} enthält nicht {KIND_WORDS}.</translation>
    </message>
    <message>
        <source>In {name}, {key!r} is not a list.</source>
        <translation>In {name} ist {key!r} keine Liste.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be made: {why}.</source>
        <translation>Der Datenordner {folder} kann nicht angelegt werden: {why}.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be locked: {why}.</source>
        <translation>Der Datenordner {folder} lässt sich nicht sperren: {why}.</translation>
    </message>
    <message>
        <source>Could not read the backup {path}: {why}.</source>
        <translation>Die Sicherung {path} ließ sich nicht lesen: {why}.</translation>
    </message>
    <message>
        <source>The backup {path} is damaged; nothing was restored.</source>
        <translation>Die Sicherung {path} ist beschädigt; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>Could not restore {original}: {why}.</source>
        <translation>{original} konnte nicht wiederhergestellt werden: {why}.</translation>
    </message>
    <message>
        <source>Could not back up {path} before using the new layout: {why}.</source>
        <translation>{path} konnte vor dem Wechsel zur neuen Ordnung nicht gesichert werden: {why}.</translation>
    </message>
    <message>
        <source>This session&apos;s date ({moment:%Y-%m-%d}) is not one BackCoach keeps; check the computer&apos;s clock.</source>
        <translation>Das Datum dieser Sitzung ({moment:%Y-%m-%d}) gehört nicht zu denen, die BackCoach speichert; prüfen Sie die Uhr des Computers.</translation>
    </message>
    <message>
        <source>process {lines}</source>
        <translation>Prozess {lines}</translation>
    </message>
    <message>
        <source>a process</source>
        <translation>ein Prozess</translation>
    </message>
    <message>
        <source>on {lines}</source>
        <translation>auf {lines}</translation>
    </message>
    <message>
        <source>device {lines}</source>
        <translation>Gerät {lines}</translation>
    </message>
    <message>
        <source>Another BackCoach ({describe_holder}) is writing {parent}; nothing was changed. Try again when it has finished or is closed.</source>
        <translation>Ein anderes BackCoach ({describe_holder}) schreibt in {parent}; es wurde nichts geändert. Versuchen Sie es erneut, wenn es fertig oder geschlossen ist.</translation>
    </message>
</context>
<context>
    <name>WidgetsText</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Illustration</source>
        <translation>Abbildung</translation>
    </message>
    <message>
        <source>
(no illustration for this position)</source>
        <translation>
(keine Abbildung für diese Position)</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>The player, before a session</source>
        <translation>Im Übungsplayer, vor einer Sitzung</translation>
    </message>
    <message>
        <source>During a session</source>
        <translation>Während einer Sitzung</translation>
    </message>
    <message>
        <source>The routine editor</source>
        <translation>Im Ablauf-Editor</translation>
    </message>
    <message>
        <source>The history&apos;s sessions table</source>
        <translation>In der Sitzungstabelle des Verlaufs</translation>
    </message>
    <message>
        <source>Show the exercise player</source>
        <translation>Den Übungsplayer zeigen</translation>
    </message>
    <message>
        <source>Show the history</source>
        <translation>Den Verlauf zeigen</translation>
    </message>
    <message>
        <source>Show the routine editor</source>
        <translation>Den Ablauf-Editor zeigen</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts (this list)</source>
        <translation>Die Tastenkürzel auflisten (diese Liste)</translation>
    </message>
    <message>
        <source>Quit BackCoach</source>
        <translation>BackCoach beenden</translation>
    </message>
    <message>
        <source>Start the chosen routine</source>
        <translation>Den gewählten Ablauf starten</translation>
    </message>
    <message>
        <source>Pause, or resume after a 3-2-1 countdown</source>
        <translation>Pause, oder nach einem Countdown 3-2-1 weitermachen</translation>
    </message>
    <message>
        <source>Skip to the next exercise</source>
        <translation>Zur nächsten Übung springen</translation>
    </message>
    <message>
        <source>Back to the start of this exercise, or the one before</source>
        <translation>Zurück zum Anfang dieser Übung oder zur vorherigen</translation>
    </message>
    <message>
        <source>This hurts: stop the exercise at once</source>
        <translation>Es schmerzt: die Übung sofort abbrechen</translation>
    </message>
    <message>
        <source>Stop the session (asks first)</source>
        <translation>Die Sitzung beenden (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>Vollbild ein oder aus</translation>
    </message>
    <message>
        <source>Move the chosen exercise earlier</source>
        <translation>Die gewählte Übung nach vorn verschieben</translation>
    </message>
    <message>
        <source>Move the chosen exercise later</source>
        <translation>Die gewählte Übung nach hinten verschieben</translation>
    </message>
    <message>
        <source>Remove the chosen exercise (in the list of exercises)</source>
        <translation>Die gewählte Übung entfernen (in der Liste der Übungen)</translation>
    </message>
    <message>
        <source>Rename the chosen routine (in the list of routines)</source>
        <translation>Den gewählten Ablauf umbenennen (in der Liste der Abläufe)</translation>
    </message>
    <message>
        <source>Delete the chosen routine (in the list of routines)</source>
        <translation>Den gewählten Ablauf löschen (in der Liste der Abläufe)</translation>
    </message>
    <message>
        <source>Undo the last change to a routine</source>
        <translation>Die letzte Änderung an einem Ablauf rückgängig machen</translation>
    </message>
    <message>
        <source>Delete the chosen session</source>
        <translation>Die gewählte Sitzung löschen</translation>
    </message>
    <message>
        <source>Undo the last change to a session</source>
        <translation>Die letzte Änderung an einer Sitzung rückgängig machen</translation>
    </message>
    <message>
        <source>Redo it</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
</TS>
