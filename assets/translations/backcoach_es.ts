<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ArgparseText</name>
    <message>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>backcoach: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backcoach: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop coach for back-pain relief exercises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{HELP}. While BackCoach runs with the same data folder, a second start hands --routine and --import-all to its window, and exits with the window&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%(prog)s {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep settings and history in DIR (default: ${DATA_DIR_VARIABLE} or the user data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports (print or write, then exit without a window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print totals and the current and best streaks as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --export-csv: write the exercises to FILE instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import the routine file FILE, choose it and open the player ready to start (a file that cannot be imported is reported with exit code 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start in the tray without showing the window (as at login); without a tray, the window shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{data_dir} is a file, not a folder: give a folder for the data (--data-dir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{data_dir} cannot be used as the data folder: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-exercises-csv needs --export-csv FILE for the sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write all settings, routines and sessions to FILE and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge a file made by --export-all (or File &gt; Export all data) and exit; while the window runs, the window imports it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backcoach: {export_failed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backcoach: {running_instance_silent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backcoach: {import_refused}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backcoach: {import_failed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add BackCoach (this installation of it) to your application menu, with its icon, and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove what --install-desktop added, and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BackCoach is in your application menu: {value} starts {join}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed BackCoach&apos;s menu entry, icons and metainfo from {home} ({len} files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BackCoach could not be {what} the application menu: {value} ({value2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit status: 0 done; 1 could not be done (a file could not be written, or the running window did not answer); 2 an input was refused (a wrong argument, a routine file or archive that cannot be imported, a data folder that is a file), and nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <source>Your session is kept in memory and will be saved as soon as possible; don&apos;t close BackCoach until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings are kept and saved as soon as possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change applies until BackCoach closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {name} from the backup of {moment_text}. What it held before is kept as a backup too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything that could not be saved before is saved now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error} The change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error} The session was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BackCoach could not set itself to start at login: {path} cannot be written ({value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BackCoach could not stop starting at login: {path} cannot be removed ({value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving into or out of a position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is {len} characters long; at most {limit} fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The safety note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The side&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether it is done on each side must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exercise has at most {MAX_POSITIONS} positions, not {len}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position {number} must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position {number} uses a pose this app cannot draw: {str!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cue of position {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of position {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your {what} file {name} could not be read: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file is kept as {aside}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n readable record(s) rescued from it</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the backup of {moment_text} was loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No good backup was found, so the default settings are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No good backup was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your file {name} was missing, but the damaged copy {aside} was still there (its recovery was interrupted), so it was recovered again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be copied aside ({reason}), so it is left as it was at {path} and is not changed until it can be; what could be recovered is shown meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovered data could not be saved yet ({reason}); the damaged file stays in place until it can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: BackCoach repairs the file the next time its window opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is another computer&apos;s file: nothing was changed here, and that computer repairs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} It is left as it is and never written over; fix its permissions to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sessions in {folder} cannot be read: {value}. They are not shown, and the folder is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in {path} could not be read; kept in the file but not shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{path} was written by a newer version of BackCoach. It is shown but not changed; update BackCoach to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not changed: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) could not be saved in the history: {why} Saved to {path} instead: after updating BackCoach, import that file with File › Import data to add them to your history.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your session cannot be saved: {why} It stays in memory until BackCoach closes; use File › Export all data to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BackCoach is already running with {data_dir}; its window was brought forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine “{name}” was imported and is ready to start in the player.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine “{name}” was imported; choose it in the player once this session is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (process {holder})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BackCoach is already running with {data_dir}{who}, but it did not answer. Wait until it has finished what it is doing (an import), or quit it, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This routine has no exercises to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has already started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no period {period!r}: day, week or month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year {year} is not a year BackCoach keeps ({FIRST_YEAR} to {LAST_YEAR}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no routine with the id {routine_id!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no exercise of yours with the id {exercise_id!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your only routine; make another before deleting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A routine holds at most {MAX_ITEMS} exercises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exercise cannot move past the ends of the routine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new order must name each exercise of the routine once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turn off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown fields: {join}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sides must be one side, or left then right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exercise is part of {names}. Remove it from there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine has no exercise number {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no exercise with the id {exercise_id!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A routine needs at least one exercise turned on, so you cannot {verb} the last one. Add or turn on another first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have a routine called “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id {id!r} is already used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of your exercises could not be read ({error}); it is kept in routines.json but not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id {id!r} appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of your routines could not be read ({error}); it is kept in routines.json but not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its side&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a position&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its safety note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its texts are far longer than any exercise&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be a whole number from {low} to {high}{unit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be from {low} to {high}{unit}, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each exercise of a routine must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine names an exercise this app does not know: {exercise_id!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;both_sides&apos; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;enabled&apos; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A routine must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A routine needs an &apos;id&apos; (text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A routine needs a &apos;name&apos; (text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A routine&apos;s &apos;description&apos; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its name or description is far too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A routine needs a list of &apos;exercises&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a file (it is a folder or a device).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {value:,.1f} MB; a routine file is at most {value2:.0f} MB, so this is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} It cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be imported: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a BackCoach routine file (it needs &quot;format&quot;: &quot;{FORMAT}&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its &quot;version&quot; must be a whole number from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was made by a newer version of BackCoach (format version {version}); update BackCoach to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;exercises&quot; must be a list of exercises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds {len} exercises; at most {MAX_EXERCISES_IN_FILE} fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exercise {number} of the file must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exercise {number} of the file needs an id of letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exercise {number} of the file uses the id of an exercise of the guide ({exercise_id!r}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exercise id {exercise_id!r} appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exercise “{str}”: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs a &quot;routine&quot; object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the routine needs an id of letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the routine needs a list of &quot;exercises&quot; with at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the routine has {len} exercises; at most {MAX_ITEMS} fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every exercise of the routine is turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BackCoach {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} is not a time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now must carry its time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note can be at most {NOTE_LIMIT} characters; this one has {len}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pain rating goes from 0 (none) to 10 (worst).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session entered by hand lasts {first} to {last} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session cannot start in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a session must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;exercises&apos; and &apos;hurts&apos; must be lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;completed&apos; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key!r} must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key!r} is longer than any text BackCoach keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key!r} holds characters that are not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key!r} must be a whole number of reasonable size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key!r} must be a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key!r} must be a pain rating from 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key!r} must be a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key!r} must carry its UTC offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key!r} is in a year BackCoach does not keep ({year})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings are read-only: use changed({name}=...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the setting {name!r} has no bounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be {get}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write at least one time, such as 10:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{word}” is not a time of day; write times like 10:30, 15:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {MAX_REMINDER_TIMES} times a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work hours must be times of day such as 09:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work hours must end after they start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days must be numbers from 0 (Monday) to 6 (Sunday).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a time of day such as 09:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list at least one weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list weekdays as numbers from 0 (Monday) to 6 (Sunday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list at least one time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have at most {MAX_REMINDER_TIMES} times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list times of day such as 10:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list only {join}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of {join}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be empty or like {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date from {FIRST_YEAR} to {LAST_YEAR}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no setting called {name!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting {name!r} {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings were not an object; the defaults are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting {name!r} {problem}; its default is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} The settings {names} are not used: the defaults are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move gently and never force it. If it hurts, stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: the computer slept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time asleep does not count. Press Space when you are ready to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Space or Resume to go on, Esc to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold still and breathe calmly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slowly come back: {lower}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest and breathe. Stay where you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now the {lower}. {cue}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep {rep} of {reps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · Set {set} of {sets}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{side_text} first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides. {sentence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done. That was the whole routine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused while the computer slept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} contains characters that are not text (such as control characters, line breaks where one line is expected, or text direction overrides).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min {secs} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{duration_text} active</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routine(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <comment>a date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <comment>a date without the year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weekday} {date}</source>
        <comment>a date with its weekday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <comment>a month of a year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <comment>a date and a time of day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move into position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left {part}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right {part}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reps} × {hold_seconds} s hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sets} sets of {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}, each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No streak yet: a session today starts one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days}: {weekday_name} to {weekday_name2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days}: {first_text} to {relative_day_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {rest_day_name} was a rest day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rest_day_name} and {rest_day_name2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {names} were rest days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {len} rest days paused it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{streak_days} days in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new streak starts today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week: {plural} with a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week: {week_days} of {goal_days} days. Your weekly goal is met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This week: {week_days} of {goal_days} days; %n more reach(es) your goal.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{date_text} has a session, so it already counts for your streak. Rest days are for days without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{plural} this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} of {plural} this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done}: goal met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done}, {value} to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streak: {plural}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {goal_weeks} weeks in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{streak} Weekly goal: {week}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate your pain before and after your sessions: once 14 are rated, how it changes shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before sessions: about the same since {since} ({first} then, {last} now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before sessions: down from {first} to {last} since {since}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before sessions: up from {first} to {last} since {since}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{line} A session lowers it by {relief} on average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{line} After a session it is {relief} higher on average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{line} A session leaves it about the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders are off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at {times}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every %n minute(s) from {start} to {end}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>on weekdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on no day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders {when}, {on}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sessions and the exercises need two different files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder; name a file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {plural} to {sessions_path} and their exercises to {exercises_path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {plural}, the settings, {plural2} and {plural3} to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported {sessions} (%n already here).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{unreadable} in the file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings added: {join}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines added: {routines_added}; exercises added: {exercises_added}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing more was imported: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataText</name>
    <message>
        <source>BackCoach export (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export all data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save all settings, routines and sessions to one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a file exported on this or another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back an earlier version of a data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} could not be saved. {last_failure}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you quit now, they are lost. Free some disk space or fix the folder&apos;s permissions, then quit again; or export everything to another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep BackCoach open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export history as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your sessions, and the exercises of each, as two CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your routines and exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions of {when} ({whose})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{plural} set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BackCoach backs up each file before it changes (at most once an hour) and keeps daily, weekly and monthly backups. Choose a backup to put back. What the file holds now is backed up first, so a restore can be undone the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data and its backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups by file, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected backup back in place of its file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet: they are made when a file changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} as it was then; the copy is {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{describe_file} as of {moment_text}: {describe_backup}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active minutes per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active minutes per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active minutes per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each end is the average pain before {AVERAGE_OF} sessions: the first ones you rated, and the last ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts of active minutes and pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend of the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:{colour}&quot;&gt;{symbol}&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:{text}&quot;&gt;{swatch} Active minutes &amp;nbsp; {swatch2} Rest or flare-up day &amp;nbsp; {swatch3} Pain before &amp;nbsp; {swatch4} Pain after (lines: the average of {AVERAGE_OF} sessions; rings: each session)&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing {date_text} to {date_text2}, as dragged or zoomed. A range button shows a usual span again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar of the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: no session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; rest day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each square is a day, darker with more active minutes; a stroke marks a rest day. Arrow keys move, Space marks a rest day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lighter squares: fewer active minutes; darker: more. A stroke: rest day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less More Rest day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as rest day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark or unmark the chosen day as a rest or flare-up day (Space in the calendar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions of the chosen day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a day or move with the arrow keys. Rest and flare-up days pause your streak instead of breaking it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest day (unmark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: 0 (none) to 10 (worst); empty for not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: “{strip}” cannot be saved. {problem} Leave it empty for not rated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, pain {before} → {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (partial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {active_text} in {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: no session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest or flare-up day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of {date_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{plural} on {plural2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Pain {which}: {getattr}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 Sep 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active minutes and pain over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 12 months, day by day; mark rest days here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every session: edit notes and ratings, delete, add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history starts with your first session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each session you finish shows up here: minutes per day, how your back felt before and after, and your streaks. A streak is kind to a bad back: days you mark as rest days pause it instead of breaking it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the player and start your first session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a session done without the app…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a session you did at the physio&apos;s or from memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a session done without the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, 0 (none) to 10 (worst); below 0 leaves it unrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM yyyy  HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day and time the session started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine you followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Routine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes exercising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long you exercised, not counting breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I did the whole routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick when you stopped part way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain &amp;before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain &amp;after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything worth remembering about this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log this session in your history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without adding anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain
before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain
after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{duration_text} in all, {active_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click (or F2) to add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain from 0 (none) to 10 (worst); F2 to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit the session of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the session of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the session of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a session you did without the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected session (Delete key); Undo brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the last change (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do the change again (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sessions, newest first. F2 edits a rating or the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed (by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial (by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>59 min 59 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>23 h 59 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full floor routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: {text}. Redo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: {text}. Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: {undoText} (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: {redoText} (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current streak explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest day today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bad day or a flare-up: mark today as a rest day. It pauses your streak instead of breaking it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal and day start…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal and day start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a weekly goal and the hour your day starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{short} to {short2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your longest run of days shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week: goal met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week, {left} to go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Met {plural} in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} of {plural}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a goal of some days a week with “Goal and day start”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session since Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{toolTip}
In all: {plural} on {plural2}, {duration_text}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly goal and day start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weekly goal counts the weeks in a row with that many days of exercise. Rest days you mark make up for missing days. A later day start counts a session after midnight for the day before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days a week you aim to exercise (0: no goal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly &amp;goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hour a new day starts, from {earliest}:00 (midnight) to {latest}:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day &amp;starts at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerText</name>
    <message>
        <source>Seconds left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countdown caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chime or ticks: no sound output was found, or the sound library is missing (on Linux, install libpulse0, check the sound, and start BackCoach again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voice: the speech service is missing or does not answer (on Linux, install speech-dispatcher and espeak-ng, check the sound, and start BackCoach again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chime, ticks or voice: no working sound output or speech service was found (on Linux, install libpulse0, speech-dispatcher and espeak-ng, check the sound, and start BackCoach again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions go on silently: the screen shows every step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{explain}

What the system said: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sounds (tick and chime)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vol&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How loud the sounds and the voice are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try the cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the chime and say a phrase at this volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No sound or voice? What to install…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the sounds or the voice do not play, and the fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound and voice settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the sounds and the voice on or off, set the volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound &amp;&amp; voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is how the cues sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture of the chosen exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the exercise is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to do the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety note of the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Safety:&lt;/b&gt; {escape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the pain is strong, lasts, or spreads down a leg, see your physician or a physiotherapist before you exercise again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped because it hurts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much does it hurt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return to the paused exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to the paused exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was a false alarm: back to the exercise, paused; nothing is noted (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip to the next exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip to the next exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note the pain and go on with the next exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note the pain, stop and log what you did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop: {name} hurts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Never force a stretch: forcing it can tear muscles and make the pain worse. The exercise is paused.&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start {routine_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How does your back feel right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the session, with the rating if you chose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start nothing, and go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain {value} of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst imaginable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the pain rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the rating out; it is optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0: no pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}: mild pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}: moderate pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}: severe pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10: the worst pain imaginable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This routine cannot start: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sound or voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of the routine is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the start of this exercise, or the one before (Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip to the next exercise (Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the session and log what you did (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This hurts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this exercise because it hurts (H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A full-screen view without distractions (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sounds are not available ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sounds are not available: no audio output was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sounds are not available: the {name} sound could not be played.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken cues need speech-dispatcher, which is not installed on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speech service refused: {decode}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speech service (speech-dispatcher) does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine to follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises in the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an exercise to see its picture, how to do it and its safety note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ask how my back feels before and after each session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask how my back feels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pain rating from 0 to 10 before and after each session, for the history&apos;s chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the routine (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{plural} · about {duration_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise {value} of {len} · {clock_text} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} seconds left of {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume after a 3-2-1 countdown (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop now? What you have done so far is logged as a partial session. Started it by mistake? Discard it, and nothing is logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit during a session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session is running. Stop it, log what you did so far, and quit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop, log and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop and log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session here and log what you did as a partial session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session and log nothing of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this question and carry on with the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration and reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streak and weekly goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How does your back feel now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything worth remembering about this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it went, what felt tight, what helped…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log it after all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log it after all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the discard: log what you did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save and finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rating and note with the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{duration_text} · {len} of {plural} · {reps_done} of {plural2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reps_done} of {plural}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({holds_done} of {plural})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;It hurt during: {escape}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;table cellspacing=&apos;4&apos;&gt;{join}&lt;/table&gt;{hurts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as partial, with what you did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was logged. Discarded by mistake? Log it after all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was logged: no exercise had begun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up next illustration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up next exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up next position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken cues are not available ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken cues are not available: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no speech engine was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken cues are not available: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken cues stopped working: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the speech engine failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersText</name>
    <message>
        <source>--action={START}=Start now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--action={OPEN}=Open {APP_NAME}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the routine now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the player and start the reminder&apos;s routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;nooze 15 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze the reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me again in 15 minutes (the arrow offers longer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this reminder; the next one comes as scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remind me to do a routine at my desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn desk reminders on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine a reminder starts when you click it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;outine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind at an interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind every so many minutes during work hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes between reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes between reminders, from {low} to {high}; a session you do restarts the count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>during work hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work hours start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When work hours start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work hours end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When work hours end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work hours problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At &amp;fixed times:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind at fixed times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind at the times of day you write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times of day on a 24-hour clock, separated by commas, such as 10:30, 15:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder times problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind on {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekdays problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more reminders on a day once you have completed this many sessions (0: remind all day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop for the day after completed sessions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Do not disturb (hold every reminder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold every reminder until you switch this off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start BackCoach in the tray when I &amp;log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start BackCoach in the background at login, so reminders come without opening it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this system, add BackCoach to the programs that start at login by hand: see docs/reminders.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close; every change is already saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for your back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BackCoach is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders go on from the tray icon. To quit BackCoach, choose Quit from the tray menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show {APP_NAME}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the BackCoach window to the front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder for {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No more reminders today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold reminders until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Do not disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold every reminder until this is switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminder settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to remind, which routine, start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit {APP_NAME}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close BackCoach and its reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;nooze reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} tray menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a &amp;routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start {name} ({length})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders are off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not disturb is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next reminder: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today at {clock_time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow at {clock_time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weekday_name} at {clock_time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze {SNOOZE_CHOICES}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} Click here to start it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutinesText</name>
    <message>
        <source>Position {number}: pose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pose shown for this position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. “Pull both knees up”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position {number}: cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Said and shown while moving into this position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove position {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit your exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the exercise is called in your routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to do the exercise, shown while getting ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You start in the first position. Each repetition moves from the one before the last into the last, which is held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a position (up to {MAX_POSITIONS})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions: problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold (seconds):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to hold the last position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repetitions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times to do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;st (seconds):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pause between repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the exercise is done once, or for the left and the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the player calls a side: “Left leg”, “Right arm”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leg, arm, side…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side name: problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;des:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to watch out for, shown with the exercise (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;fety note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and keep this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{accessibleName}: problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises of the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to reorder (or Ctrl+Up and Ctrl+Down); tick an exercise to include it, untick to leave it out for a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On each side (left, then right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tip} ({low} to {high}{unit}; Esc puts back the number in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{low} to {high}{unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} needs a number from {range_text}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ho&amp;ld (seconds):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to hold the position each time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times to do the exercise (on each side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times to go through all the repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Get ready (seconds):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to get into position first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise being edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do the exercise once, or on the left and then on the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sides: default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset e&amp;xercise to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset exercise to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the exercise&apos;s own hold, repetitions and rest again, and one set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default {default}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default {default_sides}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the routine is called in the player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Physio, morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine starts with this exercise; add more afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First exercise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without making a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the exercise?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete your exercise “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exercise&apos;s deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BackCoach routines ({patterns});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported “{name}” from {name2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is already here, the same: nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported “{name}” to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a routine to edit (F2 renames, Delete deletes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename this routine (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a copy of this routine to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this routine (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a routine from a routine file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ex&amp;port…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this routine as a file to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore built-in routines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back built-in routines you deleted or changed, as they were shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset all to defaults…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in routines as shipped, and every exercise of your routines back to its defaults (your routines and exercises stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the routine takes, rests and getting ready included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset r&amp;outine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every exercise of this routine back to its defaults (a built-in routine: as shipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this exercise earlier (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this exercise later (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this exercise out of the routine (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add from the &amp;catalogue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide&apos;s exercises and your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this exercise to the end of the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w exercise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an exercise of your own and add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the exercise of yours chosen above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the exercise of yours chosen above (when no routine uses it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete your exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (yours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in routine, changed by you: Reset routine brings back the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in routine. Your changes are kept apart; it can always be reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own routine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total {duration_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (as typed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{exercises} turned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{exercises} turned on; rests and getting ready included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{about} Turned off: the player leaves it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} Correct it, or press Esc in the field to put back the number in use, before choosing another exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number is not used yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: {what} (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change of </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exercise&apos;s removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exercise&apos;s reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goes back to how it was shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goes back to its exercise&apos;s defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the routine?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every exercise of “{name}” {back}: hold, repetitions, rest, sides and sets. Undo (Ctrl+Z) brings your numbers back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the routine&apos;s reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset all to defaults?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in routines go back to how they were shipped (deleted ones come back), and every exercise of your own routines goes back to its default hold, repetitions and rest. Your own routines and exercises stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reset of all routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in routines are all here, as shipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These come back: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These lose your changes: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the built-in routines?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the restore of the built-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> It is a built-in routine: Restore built-in routines brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> This cannot be undone; export it first to keep a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the routine?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{name}”?{note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the routine&apos;s deletion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShellText</name>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow a routine (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sessions and streaks (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit routines, hold times and repetitions (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import routine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a routine from a routine file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export routine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the routine chosen in the editor as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;minders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Safety advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About {APP_NAME}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this routine&apos;s holds, repetitions and exercises (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {APP_NAME}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;{APP_NAME} {version}&lt;/h3&gt;&lt;p&gt;A desktop coach for back-pain relief exercises.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Safety&lt;/b&gt;&lt;/p&gt;{safety_html}&lt;p&gt;Your data: {folder}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain is a signal to stop the exercise, not to push through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;{escape}.&lt;/b&gt; {escape2}&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;ul&gt;{items}&lt;li&gt;&lt;b&gt;Stop if it hurts.&lt;/b&gt; {escape}&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Before you start&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These exercises are meant to strengthen and stretch your back. Please read this advice from the guide first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety advice from the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;I have read this advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick to confirm you have read the safety advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read this advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start using BackCoach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick “I have read this advice” first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start using BackCoach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the advice; it opens again when you start a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the safety advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backcoach: {running_instance_silent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in BackCoach works from the keyboard: Tab moves between controls, and Alt with the underlined letter of a label or button goes straight to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every keyboard shortcut, by where it works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BackCoach is still starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a BackCoach request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop&apos;s colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark text on light backgrounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light text on dark backgrounds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageText</name>
    <message>
        <source>{name} is not a BackCoach export (made with File &gt; Export all data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no valid schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was made by a newer version of BackCoach; update to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no list of sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {name}, &apos;settings&apos; is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {name}, the routines are not readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command only reads the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app may not write there (permission denied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is from an older version of BackCoach and could not be updated yet: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this command only reads the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer version of BackCoach, and this version never changes such a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be read, so writing it would lose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is damaged and cannot be kept aside: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up {path} before saving: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save {path}: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save {path}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {value:,.1f} MB, more than the {value2:,.0f} MB this app reads for such a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not text (it is damaged or not a BackCoach file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is nested too deeply to be a BackCoach file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not valid JSON ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds far more lists and objects than a BackCoach file of its size could.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not valid JSON for this app (a number is too large: {group}…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a number this app accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot migrate a document of schema {schema!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} does not hold {KIND_WORDS}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {name}, {key!r} is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be made: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the backup {path}: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {path} is damaged; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore {original}: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session&apos;s date ({moment:%Y-%m-%d}) is not one BackCoach keeps; check the computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WidgetsText</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
(no illustration for this position)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The player, before a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history&apos;s sessions table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the exercise player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the routine editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the keyboard shortcuts (this list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit BackCoach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the chosen routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause, or resume after a 3-2-1 countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip to the next exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the start of this exercise, or the one before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This hurts: stop the exercise at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the session (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen exercise earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen exercise later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen exercise (in the list of exercises)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the chosen routine (in the list of routines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen routine (in the list of routines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change to a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change to a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
