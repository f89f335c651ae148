<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ArgparseText</name>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>mostrar el número de versión y salir</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>faltan estos argumentos: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s coincide con %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor de %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no se permite con el argumento %s</translation>
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
        <translation>Un entrenador de escritorio para ejercicios que alivian el dolor de espalda.</translation>
    </message>
    <message>
        <source>{HELP}. While BackCoach runs with the same data folder, a second start hands --routine and --import-all to its window, and exits with the window&apos;s answer.</source>
        <translation>{HELP}. Mientras BackCoach funciona con la misma carpeta de datos, un segundo inicio pasa --routine e --import-all a su ventana y termina con la respuesta de la ventana.</translation>
    </message>
    <message>
        <source>%(prog)s {version}</source>
        <translation>%(prog)s {version}</translation>
    </message>
    <message>
        <source>keep settings and history in DIR (default: ${DATA_DIR_VARIABLE} or the user data folder)</source>
        <translation>guardar los ajustes y el historial en DIR (por defecto: ${DATA_DIR_VARIABLE} o la carpeta de datos del usuario)</translation>
    </message>
    <message>
        <source>reports (print or write, then exit without a window)</source>
        <translation>informes (mostrar o escribir y salir sin ventana)</translation>
    </message>
    <message>
        <source>print totals and the current and best streaks as JSON</source>
        <translation>mostrar los totales y las rachas actual y mejor en JSON</translation>
    </message>
    <message>
        <source>with --export-csv: write the exercises to FILE instead</source>
        <translation>con --export-csv: escribir los ejercicios en FILE</translation>
    </message>
    <message>
        <source>import the routine file FILE, choose it and open the player ready to start (a file that cannot be imported is reported with exit code 2)</source>
        <translation>importar el archivo de rutina FILE, elegirla y abrir el reproductor listo para empezar (un archivo que no se puede importar se indica con el código de salida 2)</translation>
    </message>
    <message>
        <source>start in the tray without showing the window (as at login); without a tray, the window shows</source>
        <translation>iniciar en la bandeja sin mostrar la ventana (como al iniciar sesión); sin bandeja, se muestra la ventana</translation>
    </message>
    <message>
        <source>{data_dir} is a file, not a folder: give a folder for the data (--data-dir).</source>
        <translation>{data_dir} es un archivo, no una carpeta: indique una carpeta para los datos (--data-dir).</translation>
    </message>
    <message>
        <source>{data_dir} cannot be used as the data folder: {value}.</source>
        <translation>{data_dir} no se puede usar como carpeta de datos: {value}.</translation>
    </message>
    <message>
        <source>--export-exercises-csv needs --export-csv FILE for the sessions</source>
        <translation>--export-exercises-csv necesita --export-csv FILE para las sesiones</translation>
    </message>
    <message>
        <source>write all settings, routines and sessions to FILE and exit</source>
        <translation>escribir todos los ajustes, rutinas y sesiones en FILE y salir</translation>
    </message>
    <message>
        <source>merge a file made by --export-all (or File &gt; Export all data) and exit; while the window runs, the window imports it</source>
        <translation>combinar un archivo hecho con --export-all (o Archivo &gt; Exportar todos los datos) y salir; si la ventana está abierta, lo importa la ventana</translation>
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
        <translation>añadir BackCoach (esta instalación) al menú de aplicaciones, con su icono, y salir</translation>
    </message>
    <message>
        <source>remove what --install-desktop added, and exit</source>
        <translation>quitar lo que añadió --install-desktop y salir</translation>
    </message>
    <message>
        <source>BackCoach is in your application menu: {value} starts {join}.</source>
        <translation>BackCoach está en su menú de aplicaciones: {value} inicia {join}.</translation>
    </message>
    <message>
        <source>Removed BackCoach&apos;s menu entry, icons and metainfo from {home} ({len} files).</source>
        <translation>Se quitaron la entrada de menú, los iconos y los metadatos de BackCoach de {home} ({len} archivos).</translation>
    </message>
    <message>
        <source>added to</source>
        <translation>añadir al</translation>
    </message>
    <message>
        <source>removed from</source>
        <translation>quitar del</translation>
    </message>
    <message>
        <source>BackCoach could not be {what} the application menu: {value} ({value2}).</source>
        <translation>No se pudo {what} menú de aplicaciones BackCoach: {value} ({value2}).</translation>
    </message>
    <message>
        <source>exit status: 0 done; 1 could not be done (a file could not be written, or the running window did not answer); 2 an input was refused (a wrong argument, a routine file or archive that cannot be imported, a data folder that is a file), and nothing changed</source>
        <translation>estado de salida: 0 hecho; 1 no se pudo hacer (no se pudo escribir un archivo o la ventana abierta no respondió); 2 se rechazó una entrada (un argumento erróneo, un archivo de rutina o un archivo de datos que no se puede importar, una carpeta de datos que es un archivo) y no cambió nada</translation>
    </message>
    <message>
        <source>paper (write a PDF, then exit without a window)</source>
        <translation>papel (escribir un PDF y salir sin ventana)</translation>
    </message>
    <message>
        <source>write the routine ROUTINE (its id or name) as a printable handout to FILE (PDF)</source>
        <translation>escribir la rutina ROUTINE (su identificador o nombre) como hoja imprimible en FILE (PDF)</translation>
    </message>
    <message>
        <source>write a progress report for your physiotherapist to FILE (PDF): the last 4 weeks unless --from and --to say otherwise</source>
        <translation>escribir un informe de progreso para su fisioterapeuta en FILE (PDF): las últimas 4 semanas, salvo que --from y --to digan otra cosa</translation>
    </message>
    <message>
        <source>report from DATE (YYYY-MM-DD)</source>
        <translation>informe desde DATE (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>report up to DATE (YYYY-MM-DD)</source>
        <translation>informe hasta DATE (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>There is no routine called {routine_name!r}. Routines: {names}.</source>
        <translation>No hay ninguna rutina llamada {routine_name!r}. Rutinas: {names}.</translation>
    </message>
    <message>
        <source>--from and --to go with --report FILE.</source>
        <translation>--from y --to van con --report FILE.</translation>
    </message>
    <message>
        <source>backcoach: {message}</source>
        <translation>backcoach: {message}</translation>
    </message>
    <message>
        <source>{option} {text!r} is not a date: write it as YYYY-MM-DD.</source>
        <translation>{option} {text!r} no es una fecha: escríbala como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>{target} is a folder: give a file name for the PDF.</source>
        <translation>{target} es una carpeta: indique un nombre de archivo para el PDF.</translation>
    </message>
    <message>
        <source>{target} is inside the data folder ({data_dir}): save the PDF somewhere else.</source>
        <translation>{target} está dentro de la carpeta de datos ({data_dir}): guarde el PDF en otro lugar.</translation>
    </message>
    <message>
        <source>backcoach: {target} could not be written: {value}.</source>
        <translation>backcoach: no se pudo escribir {target}: {value}.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {target} (%n page(s)).</source>
        <translation>
            <numerusform>Se escribió {target} (%n página).</numerusform>
            <numerusform>Se escribió {target} (%n páginas).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <source>Your session is kept in memory and will be saved as soon as possible; don&apos;t close BackCoach until then.</source>
        <translation>Su sesión se guarda en memoria y se guardará en cuanto sea posible; no cierre BackCoach hasta entonces.</translation>
    </message>
    <message>
        <source>Your settings are kept and saved as soon as possible.</source>
        <translation>Sus ajustes se conservan y se guardarán en cuanto sea posible.</translation>
    </message>
    <message>
        <source>The change applies until BackCoach closes.</source>
        <translation>El cambio vale hasta que se cierre BackCoach.</translation>
    </message>
    <message>
        <source>Restored {name} from the backup of {moment_text}. What it held before is kept as a backup too.</source>
        <translation>Se restauró {name} desde la copia de seguridad del {moment_text}. Lo que contenía antes también se guarda como copia.</translation>
    </message>
    <message>
        <source>Everything that could not be saved before is saved now.</source>
        <translation>Todo lo que no se pudo guardar antes ya está guardado.</translation>
    </message>
    <message>
        <source>{error} The change was not saved.</source>
        <translation>{error} El cambio no se guardó.</translation>
    </message>
    <message>
        <source>{error} The session was not deleted.</source>
        <translation>{error} La sesión no se borró.</translation>
    </message>
    <message>
        <source>BackCoach could not set itself to start at login: {path} cannot be written ({value}).</source>
        <translation>BackCoach no pudo configurarse para iniciarse al iniciar sesión: no se puede escribir {path} ({value}).</translation>
    </message>
    <message>
        <source>BackCoach could not stop starting at login: {path} cannot be removed ({value}).</source>
        <translation>BackCoach no pudo dejar de iniciarse al iniciar sesión: no se puede quitar {path} ({value}).</translation>
    </message>
    <message>
        <source>Moving into or out of a position</source>
        <translation>Entrar en una posición o salir de ella</translation>
    </message>
    <message>
        <source>{label} must be text.</source>
        <translation>{label} debe ser texto.</translation>
    </message>
    <message>
        <source>{label} cannot be empty.</source>
        <translation>{label} no puede estar vacío.</translation>
    </message>
    <message>
        <source>{label} is {len} characters long; at most {limit} fit.</source>
        <translation>{label} tiene {len} caracteres; caben como máximo {limit}.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>El nombre</translation>
    </message>
    <message>
        <source>The instructions</source>
        <translation>Las instrucciones</translation>
    </message>
    <message>
        <source>The purpose</source>
        <translation>La finalidad</translation>
    </message>
    <message>
        <source>The safety note</source>
        <translation>La nota de seguridad</translation>
    </message>
    <message>
        <source>The side&apos;s name</source>
        <translation>El nombre del lado</translation>
    </message>
    <message>
        <source>Whether it is done on each side must be true or false.</source>
        <translation>Si se hace en cada lado debe ser «true» o «false».</translation>
    </message>
    <message>
        <source>Choose at least one position.</source>
        <translation>Elija al menos una posición.</translation>
    </message>
    <message>
        <source>An exercise has at most {MAX_POSITIONS} positions, not {len}.</source>
        <translation>Un ejercicio tiene como máximo {MAX_POSITIONS} posiciones, no {len}.</translation>
    </message>
    <message>
        <source>Position {number} must be an object.</source>
        <translation>La posición {number} debe ser un objeto.</translation>
    </message>
    <message>
        <source>Position {number} uses a pose this app cannot draw: {str!r}.</source>
        <translation>La posición {number} usa una postura que esta aplicación no sabe dibujar: {str!r}.</translation>
    </message>
    <message>
        <source>The cue of position {number}</source>
        <translation>La indicación de la posición {number}</translation>
    </message>
    <message>
        <source>The name of position {number}</source>
        <translation>El nombre de la posición {number}</translation>
    </message>
    <message>
        <source>Your {what} file {name} could not be read: {why}</source>
        <translation>No se pudo leer su archivo de {what} {name}: {why}</translation>
    </message>
    <message>
        <source>The damaged file is kept as {aside}.</source>
        <translation>El archivo dañado se conserva como {aside}.</translation>
    </message>
    <message numerus="yes">
        <source>%n readable record(s) rescued from it</source>
        <translation>
            <numerusform>se rescató %n registro legible</numerusform>
            <numerusform>se rescataron %n registros legibles</numerusform>
        </translation>
    </message>
    <message>
        <source>the backup of {moment_text} was loaded</source>
        <translation>se cargó la copia de seguridad del {moment_text}</translation>
    </message>
    <message>
        <source>, and </source>
        <translation>, y </translation>
    </message>
    <message>
        <source>No good backup was found, so the default settings are used.</source>
        <translation>No se encontró ninguna copia buena, así que se usan los ajustes por defecto.</translation>
    </message>
    <message>
        <source>No good backup was found.</source>
        <translation>No se encontró ninguna copia buena.</translation>
    </message>
    <message>
        <source>Your file {name} was missing, but the damaged copy {aside} was still there (its recovery was interrupted), so it was recovered again.</source>
        <translation>Faltaba su archivo {name}, pero la copia dañada {aside} seguía ahí (su recuperación se interrumpió), así que se recuperó de nuevo.</translation>
    </message>
    <message>
        <source>It could not be copied aside ({reason}), so it is left as it was at {path} and is not changed until it can be; what could be recovered is shown meanwhile.</source>
        <translation>No se pudo apartar ({reason}), así que se deja como estaba en {path} y no se cambia hasta que se pueda; mientras tanto se muestra lo que se pudo recuperar.</translation>
    </message>
    <message>
        <source>The recovered data could not be saved yet ({reason}); the damaged file stays in place until it can be.</source>
        <translation>Los datos recuperados aún no se pudieron guardar ({reason}); el archivo dañado se queda en su sitio hasta que se pueda.</translation>
    </message>
    <message>
        <source>Nothing was changed: BackCoach repairs the file the next time its window opens.</source>
        <translation>No se cambió nada: BackCoach repara el archivo la próxima vez que se abra su ventana.</translation>
    </message>
    <message>
        <source>It is another computer&apos;s file: nothing was changed here, and that computer repairs it.</source>
        <translation>Es el archivo de otro ordenador: aquí no se cambió nada, y ese ordenador lo repara.</translation>
    </message>
    <message>
        <source>{problem} It is left as it is and never written over; fix its permissions to use it.</source>
        <translation>{problem} Se deja como está y nunca se sobrescribe; corrija sus permisos para usarlo.</translation>
    </message>
    <message>
        <source>The sessions in {folder} cannot be read: {value}. They are not shown, and the folder is left as it is.</source>
        <translation>No se pueden leer las sesiones de {folder}: {value}. No se muestran, y la carpeta se deja como está.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in {path} could not be read; kept in the file but not shown.</source>
        <translation>
            <numerusform>No se pudo leer %n sesión de {path}; se conserva en el archivo, pero no se muestra.</numerusform>
            <numerusform>No se pudieron leer %n sesiones de {path}; se conservan en el archivo, pero no se muestran.</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} was written by a newer version of BackCoach. It is shown but not changed; update BackCoach to change it.</source>
        <translation>{path} lo escribió una versión más reciente de BackCoach. Se muestra, pero no se cambia; actualice BackCoach para cambiarlo.</translation>
    </message>
    <message>
        <source>{name} is not changed: {why}</source>
        <translation>{name} no se cambia: {why}</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) could not be saved in the history: {why} Saved to {path} instead: after updating BackCoach, import that file with File › Import data to add them to your history.</source>
        <translation>
            <numerusform>No se pudo guardar %n sesión en el historial: {why} Se guardó en {path}: después de actualizar BackCoach, importe ese archivo con Archivo › Importar datos para añadirla a su historial.</numerusform>
            <numerusform>No se pudieron guardar %n sesiones en el historial: {why} Se guardaron en {path}: después de actualizar BackCoach, importe ese archivo con Archivo › Importar datos para añadirlas a su historial.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your session cannot be saved: {why} It stays in memory until BackCoach closes; use File › Export all data to keep it.</source>
        <translation>Su sesión no se puede guardar: {why} Se queda en memoria hasta que se cierre BackCoach; use Archivo › Exportar todos los datos para conservarla.</translation>
    </message>
    <message>
        <source>BackCoach is already running with {data_dir}; its window was brought forward.</source>
        <translation>BackCoach ya está abierto con {data_dir}; su ventana se ha traído al frente.</translation>
    </message>
    <message>
        <source>The routine “{name}” was imported and is ready to start in the player.</source>
        <translation>La rutina «{name}» se importó y está lista para empezar en el reproductor.</translation>
    </message>
    <message>
        <source>The routine “{name}” was imported; choose it in the player once this session is over.</source>
        <translation>La rutina «{name}» se importó; elíjala en el reproductor cuando termine esta sesión.</translation>
    </message>
    <message>
        <source> (process {holder})</source>
        <translation> (proceso {holder})</translation>
    </message>
    <message>
        <source>BackCoach is already running with {data_dir}{who}, but it did not answer. Wait until it has finished what it is doing (an import), or quit it, and try again.</source>
        <translation>BackCoach ya está abierto con {data_dir}{who}, pero no respondió. Espere a que termine lo que está haciendo (una importación), o ciérrelo, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source> and {value} more</source>
        <translation> y {value} más</translation>
    </message>
    <message>
        <source>a conflict copy</source>
        <translation>una copia en conflicto</translation>
    </message>
    <message>
        <source>{len} conflict copies</source>
        <translation>{len} copias en conflicto</translation>
    </message>
    <message>
        <source>Merged {copies} a sync tool made ({listed}): every session, setting and routine in them is shown, the newest version of each. The copies are left as they are.</source>
        <translation>Se combinaron {copies} que hizo una herramienta de sincronización ({listed}): se muestra cada sesión, ajuste y rutina que contienen, la versión más reciente de cada uno. Las copias se dejan como están.</translation>
    </message>
    <message>
        <source>Another BackCoach ({holder}) is using this data folder, so this window only reads it: nothing you change here is saved. Close the other one and start BackCoach again to make changes.</source>
        <translation>Otro BackCoach ({holder}) está usando esta carpeta de datos, así que esta ventana solo la lee: lo que cambie aquí no se guarda. Cierre el otro y vuelva a abrir BackCoach para hacer cambios.</translation>
    </message>
    <message>
        <source>This routine has no exercises to do.</source>
        <translation>Esta rutina no tiene ejercicios que hacer.</translation>
    </message>
    <message>
        <source>The session has already started.</source>
        <translation>La sesión ya ha empezado.</translation>
    </message>
    <message>
        <source>no period {period!r}: day, week or month</source>
        <translation>no hay periodo {period!r}: día, semana o mes</translation>
    </message>
    <message>
        <source>The year {year} is not a year BackCoach keeps ({FIRST_YEAR} to {LAST_YEAR}).</source>
        <translation>El año {year} no es un año que BackCoach guarde ({FIRST_YEAR} a {LAST_YEAR}).</translation>
    </message>
    <message>
        <source>There is no routine with the id {routine_id!r}.</source>
        <translation>No hay ninguna rutina con el identificador {routine_id!r}.</translation>
    </message>
    <message>
        <source>There is no exercise of yours with the id {exercise_id!r}.</source>
        <translation>No hay ningún ejercicio suyo con el identificador {exercise_id!r}.</translation>
    </message>
    <message>
        <source>This is your only routine; make another before deleting it.</source>
        <translation>Es su única rutina; cree otra antes de borrarla.</translation>
    </message>
    <message>
        <source>A routine holds at most {MAX_ITEMS} exercises.</source>
        <translation>Una rutina tiene como máximo {MAX_ITEMS} ejercicios.</translation>
    </message>
    <message>
        <source>An exercise cannot move past the ends of the routine.</source>
        <translation>Un ejercicio no puede moverse más allá de los extremos de la rutina.</translation>
    </message>
    <message>
        <source>The new order must name each exercise of the routine once.</source>
        <translation>El nuevo orden debe nombrar cada ejercicio de la rutina una vez.</translation>
    </message>
    <message>
        <source>turn off</source>
        <translation>desactivar</translation>
    </message>
    <message>
        <source>Unknown fields: {join}.</source>
        <translation>Campos desconocidos: {join}.</translation>
    </message>
    <message>
        <source>Sides must be one side, or left then right.</source>
        <translation>Los lados deben ser un lado, o izquierdo y luego derecho.</translation>
    </message>
    <message>
        <source>This exercise is part of {names}. Remove it from there first.</source>
        <translation>Este ejercicio forma parte de {names}. Quítelo de ahí primero.</translation>
    </message>
    <message>
        <source>The routine has no exercise number {value}.</source>
        <translation>La rutina no tiene el ejercicio número {value}.</translation>
    </message>
    <message>
        <source>There is no exercise with the id {exercise_id!r}.</source>
        <translation>No hay ningún ejercicio con el identificador {exercise_id!r}.</translation>
    </message>
    <message>
        <source>A routine needs at least one exercise turned on, so you cannot {verb} the last one. Add or turn on another first.</source>
        <translation>Una rutina necesita al menos un ejercicio activado, así que no puede {verb} el último. Añada o active otro primero.</translation>
    </message>
    <message>
        <source>You already have a routine called “{name}”.</source>
        <translation>Ya tiene una rutina llamada «{name}».</translation>
    </message>
    <message>
        <source>the id {id!r} is already used</source>
        <translation>el identificador {id!r} ya está en uso</translation>
    </message>
    <message>
        <source>One of your exercises could not be read ({error}); it is kept in routines.json but not shown.</source>
        <translation>No se pudo leer uno de sus ejercicios ({error}); se conserva en routines.json, pero no se muestra.</translation>
    </message>
    <message>
        <source>the id {id!r} appears twice</source>
        <translation>el identificador {id!r} aparece dos veces</translation>
    </message>
    <message>
        <source>One of your routines could not be read ({error}); it is kept in routines.json but not shown.</source>
        <translation>No se pudo leer una de sus rutinas ({error}); se conserva en routines.json, pero no se muestra.</translation>
    </message>
    <message>
        <source>its name</source>
        <translation>su nombre</translation>
    </message>
    <message>
        <source>its side&apos;s name</source>
        <translation>el nombre de su lado</translation>
    </message>
    <message>
        <source>a position&apos;s name</source>
        <translation>el nombre de una posición</translation>
    </message>
    <message>
        <source>its instructions</source>
        <translation>sus instrucciones</translation>
    </message>
    <message>
        <source>its safety note</source>
        <translation>su nota de seguridad</translation>
    </message>
    <message>
        <source>its purpose</source>
        <translation>su finalidad</translation>
    </message>
    <message>
        <source>a cue</source>
        <translation>una indicación</translation>
    </message>
    <message>
        <source>its texts are far longer than any exercise&apos;s</source>
        <translation>sus textos son mucho más largos que los de cualquier ejercicio</translation>
    </message>
    <message>
        <source>{label} must be a whole number from {low} to {high}{unit}.</source>
        <translation>{label} debe ser un número entero de {low} a {high}{unit}.</translation>
    </message>
    <message>
        <source>{label} must be from {low} to {high}{unit}, not {value}.</source>
        <translation>{label} debe estar entre {low} y {high}{unit}, no {value}.</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantener</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepararse</translation>
    </message>
    <message>
        <source>Each exercise of a routine must be an object.</source>
        <translation>Cada ejercicio de una rutina debe ser un objeto.</translation>
    </message>
    <message>
        <source>The routine names an exercise this app does not know: {exercise_id!r}.</source>
        <translation>La rutina nombra un ejercicio que esta aplicación no conoce: {exercise_id!r}.</translation>
    </message>
    <message>
        <source>&apos;both_sides&apos; must be true or false.</source>
        <translation>«both_sides» debe ser «true» o «false».</translation>
    </message>
    <message>
        <source>&apos;enabled&apos; must be true or false.</source>
        <translation>«enabled» debe ser «true» o «false».</translation>
    </message>
    <message>
        <source>A routine must be a JSON object.</source>
        <translation>Una rutina debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>A routine needs an &apos;id&apos; (text).</source>
        <translation>Una rutina necesita un «id» (texto).</translation>
    </message>
    <message>
        <source>A routine needs a &apos;name&apos; (text).</source>
        <translation>Una rutina necesita un «name» (texto).</translation>
    </message>
    <message>
        <source>A routine&apos;s &apos;description&apos; must be text.</source>
        <translation>La «description» de una rutina debe ser texto.</translation>
    </message>
    <message>
        <source>Its name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Its description</source>
        <translation>Su descripción</translation>
    </message>
    <message>
        <source>Its name or description is far too long.</source>
        <translation>Su nombre o su descripción es demasiado largo.</translation>
    </message>
    <message>
        <source>A routine needs a list of &apos;exercises&apos;.</source>
        <translation>Una rutina necesita una lista de «exercises».</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>No existe el archivo {path}.</translation>
    </message>
    <message>
        <source>{path} is not a file (it is a folder or a device).</source>
        <translation>{path} no es un archivo (es una carpeta o un dispositivo).</translation>
    </message>
    <message>
        <source>{name} is {value:,.1f} MB; a routine file is at most {value2:.0f} MB, so this is not one.</source>
        <translation>{name} ocupa {value:,.1f} MB; un archivo de rutina ocupa como máximo {value2:.0f} MB, así que no lo es.</translation>
    </message>
    <message>
        <source>{problem} It cannot be imported.</source>
        <translation>{problem} No se puede importar.</translation>
    </message>
    <message>
        <source>{name} cannot be imported: {error}</source>
        <translation>{name} no se puede importar: {error}</translation>
    </message>
    <message>
        <source>it is not a BackCoach routine file (it needs &quot;format&quot;: &quot;{FORMAT}&quot;).</source>
        <translation>no es un archivo de rutina de BackCoach (necesita &quot;format&quot;: &quot;{FORMAT}&quot;).</translation>
    </message>
    <message>
        <source>its &quot;version&quot; must be a whole number from 1.</source>
        <translation>su &quot;version&quot; debe ser un número entero a partir de 1.</translation>
    </message>
    <message>
        <source>it was made by a newer version of BackCoach (format version {version}); update BackCoach to import it.</source>
        <translation>lo creó una versión más reciente de BackCoach (versión de formato {version}); actualice BackCoach para importarlo.</translation>
    </message>
    <message>
        <source>&quot;exercises&quot; must be a list of exercises.</source>
        <translation>&quot;exercises&quot; debe ser una lista de ejercicios.</translation>
    </message>
    <message>
        <source>it holds {len} exercises; at most {MAX_EXERCISES_IN_FILE} fit.</source>
        <translation>contiene {len} ejercicios; caben como máximo {MAX_EXERCISES_IN_FILE}.</translation>
    </message>
    <message>
        <source>exercise {number} of the file must be an object.</source>
        <translation>el ejercicio {number} del archivo debe ser un objeto.</translation>
    </message>
    <message>
        <source>exercise {number} of the file needs an id of letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;.</source>
        <translation>el ejercicio {number} del archivo necesita un identificador de letras, cifras, «_», «.» o «-».</translation>
    </message>
    <message>
        <source>exercise {number} of the file uses the id of an exercise of the guide ({exercise_id!r}).</source>
        <translation>el ejercicio {number} del archivo usa el identificador de un ejercicio de la guía ({exercise_id!r}).</translation>
    </message>
    <message>
        <source>the exercise id {exercise_id!r} appears twice.</source>
        <translation>el identificador de ejercicio {exercise_id!r} aparece dos veces.</translation>
    </message>
    <message>
        <source>the exercise “{str}”: {error}</source>
        <translation>el ejercicio «{str}»: {error}</translation>
    </message>
    <message>
        <source>it needs a &quot;routine&quot; object.</source>
        <translation>necesita un objeto &quot;routine&quot;.</translation>
    </message>
    <message>
        <source>the routine needs an id of letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;.</source>
        <translation>la rutina necesita un identificador de letras, cifras, «_», «.» o «-».</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>La descripción</translation>
    </message>
    <message>
        <source>the routine needs a list of &quot;exercises&quot; with at least one.</source>
        <translation>la rutina necesita una lista de &quot;exercises&quot; con al menos uno.</translation>
    </message>
    <message>
        <source>the routine has {len} exercises; at most {MAX_ITEMS} fit.</source>
        <translation>la rutina tiene {len} ejercicios; caben como máximo {MAX_ITEMS}.</translation>
    </message>
    <message>
        <source>every exercise of the routine is turned off.</source>
        <translation>todos los ejercicios de la rutina están desactivados.</translation>
    </message>
    <message>
        <source>BackCoach {version}</source>
        <translation>BackCoach {version}</translation>
    </message>
    <message>
        <source>{text!r} is not a time of day</source>
        <translation>{text!r} no es una hora del día</translation>
    </message>
    <message>
        <source>now must carry its time zone</source>
        <translation>«now» debe llevar su zona horaria</translation>
    </message>
    <message>
        <source>A note can be at most {NOTE_LIMIT} characters; this one has {len}.</source>
        <translation>Una nota puede tener como máximo {NOTE_LIMIT} caracteres; esta tiene {len}.</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>La nota</translation>
    </message>
    <message>
        <source>A pain rating goes from 0 (none) to 10 (worst).</source>
        <translation>El dolor se valora de 0 (nada) a 10 (el peor).</translation>
    </message>
    <message>
        <source>A session entered by hand lasts {first} to {last} minutes.</source>
        <translation>Una sesión anotada a mano dura de {first} a {last} minutos.</translation>
    </message>
    <message>
        <source>A session cannot start in the future.</source>
        <translation>Una sesión no puede empezar en el futuro.</translation>
    </message>
    <message>
        <source>a session must be an object</source>
        <translation>una sesión debe ser un objeto</translation>
    </message>
    <message>
        <source>&apos;exercises&apos; and &apos;hurts&apos; must be lists</source>
        <translation>«exercises» y «hurts» deben ser listas</translation>
    </message>
    <message>
        <source>&apos;completed&apos; must be true or false</source>
        <translation>«completed» debe ser «true» o «false»</translation>
    </message>
    <message>
        <source>{key!r} must be text</source>
        <translation>{key!r} debe ser texto</translation>
    </message>
    <message>
        <source>{key!r} is longer than any text BackCoach keeps</source>
        <translation>{key!r} es más largo que cualquier texto que guarda BackCoach</translation>
    </message>
    <message>
        <source>{key!r} holds characters that are not text</source>
        <translation>{key!r} contiene caracteres que no son texto</translation>
    </message>
    <message>
        <source>{key!r} must be a whole number of reasonable size</source>
        <translation>{key!r} debe ser un número entero de tamaño razonable</translation>
    </message>
    <message>
        <source>{key!r} must be a number of seconds</source>
        <translation>{key!r} debe ser un número de segundos</translation>
    </message>
    <message>
        <source>{key!r} must be a pain rating from 0 to 10</source>
        <translation>{key!r} debe ser una valoración del dolor de 0 a 10</translation>
    </message>
    <message>
        <source>{key!r} must be a date and time</source>
        <translation>{key!r} debe ser una fecha y hora</translation>
    </message>
    <message>
        <source>{key!r} must carry its UTC offset</source>
        <translation>{key!r} debe llevar su diferencia con UTC</translation>
    </message>
    <message>
        <source>{key!r} is in a year BackCoach does not keep ({year})</source>
        <translation>{key!r} está en un año que BackCoach no guarda ({year})</translation>
    </message>
    <message>
        <source>settings are read-only: use changed({name}=...)</source>
        <translation>los ajustes son de solo lectura: use changed({name}=...)</translation>
    </message>
    <message>
        <source>the setting {name!r} has no bounds</source>
        <translation>el ajuste {name!r} no tiene límites</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>must be from {low} to {high}</source>
        <translation>debe estar entre {low} y {high}</translation>
    </message>
    <message>
        <source>must be {get}</source>
        <translation>debe ser {get}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>«true» o «false»</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>Write at least one time, such as 10:30.</source>
        <translation>Escriba al menos una hora, por ejemplo 10:30.</translation>
    </message>
    <message>
        <source>“{word}” is not a time of day; write times like 10:30, 15:00.</source>
        <translation>«{word}» no es una hora del día; escriba horas como 10:30, 15:00.</translation>
    </message>
    <message>
        <source>At most {MAX_REMINDER_TIMES} times a day.</source>
        <translation>Como máximo {MAX_REMINDER_TIMES} horas al día.</translation>
    </message>
    <message>
        <source>Work hours must be times of day such as 09:00.</source>
        <translation>El horario de trabajo debe ser horas del día, por ejemplo 09:00.</translation>
    </message>
    <message>
        <source>Work hours must end after they start.</source>
        <translation>El horario de trabajo debe terminar después de empezar.</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>Elija al menos un día.</translation>
    </message>
    <message>
        <source>Days must be numbers from 0 (Monday) to 6 (Sunday).</source>
        <translation>Los días deben ser números de 0 (lunes) a 6 (domingo).</translation>
    </message>
    <message>
        <source>must be a time of day such as 09:00</source>
        <translation>debe ser una hora del día, por ejemplo 09:00</translation>
    </message>
    <message>
        <source>must list at least one weekday</source>
        <translation>debe incluir al menos un día de la semana</translation>
    </message>
    <message>
        <source>must list weekdays as numbers from 0 (Monday) to 6 (Sunday)</source>
        <translation>debe incluir los días de la semana como números de 0 (lunes) a 6 (domingo)</translation>
    </message>
    <message>
        <source>must list at least one time</source>
        <translation>debe incluir al menos una hora</translation>
    </message>
    <message>
        <source>must have at most {MAX_REMINDER_TIMES} times</source>
        <translation>debe tener como máximo {MAX_REMINDER_TIMES} horas</translation>
    </message>
    <message>
        <source>must list times of day such as 10:30</source>
        <translation>debe incluir horas del día, por ejemplo 10:30</translation>
    </message>
    <message>
        <source>must list only {join}</source>
        <translation>solo puede incluir {join}</translation>
    </message>
    <message>
        <source>must be one of {join}</source>
        <translation>debe ser uno de estos: {join}</translation>
    </message>
    <message>
        <source>must be empty or like {example}</source>
        <translation>debe estar vacío o ser como {example}</translation>
    </message>
    <message>
        <source>must be a date from {FIRST_YEAR} to {LAST_YEAR}</source>
        <translation>debe ser una fecha de {FIRST_YEAR} a {LAST_YEAR}</translation>
    </message>
    <message>
        <source>There is no setting called {name!r}.</source>
        <translation>No hay ningún ajuste llamado {name!r}.</translation>
    </message>
    <message>
        <source>The setting {name!r} {problem}.</source>
        <translation>El ajuste {name!r} {problem}.</translation>
    </message>
    <message>
        <source>The settings were not an object; the defaults are used.</source>
        <translation>Los ajustes no eran un objeto; se usan los valores por defecto.</translation>
    </message>
    <message>
        <source>The setting {name!r} {problem}; its default is used.</source>
        <translation>El ajuste {name!r} {problem}; se usa su valor por defecto.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>{problem} The settings {names} are not used: the defaults are.</source>
        <translation>{problem} Los ajustes {names} no se usan: valen los valores por defecto.</translation>
    </message>
    <message>
        <source>Move gently and never force it. If it hurts, stop.</source>
        <translation>Muévase con suavidad y nunca fuerce. Si duele, pare.</translation>
    </message>
    <message>
        <source>Paused: the computer slept</source>
        <translation>En pausa: el ordenador se suspendió</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>The time asleep does not count. Press Space when you are ready to go on.</source>
        <translation>El tiempo de suspensión no cuenta. Pulse Espacio cuando esté listo para seguir.</translation>
    </message>
    <message>
        <source>Press Space or Resume to go on, Esc to stop.</source>
        <translation>Pulse Espacio o Reanudar para seguir, Esc para parar.</translation>
    </message>
    <message>
        <source>Hold still and breathe calmly.</source>
        <translation>Quédese quieto y respire con calma.</translation>
    </message>
    <message>
        <source>Slowly come back: {lower}</source>
        <translation>Vuelva despacio: {lower}</translation>
    </message>
    <message>
        <source>Rest and breathe. Stay where you are.</source>
        <translation>Descanse y respire. Quédese donde está.</translation>
    </message>
    <message>
        <source>Now the {lower}. {cue}</source>
        <translation>Ahora: {lower}. {cue}</translation>
    </message>
    <message>
        <source>Rep {rep} of {reps}</source>
        <translation>Repetición {rep} de {reps}</translation>
    </message>
    <message>
        <source> · Set {set} of {sets}</source>
        <translation> · Serie {set} de {sets}</translation>
    </message>
    <message>
        <source>{side_text} first</source>
        <translation>Primero: {side_text}</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Soltar</translation>
    </message>
    <message>
        <source>Switch sides. {sentence}</source>
        <translation>Cambie de lado. {sentence}</translation>
    </message>
    <message>
        <source>Rest.</source>
        <translation>Descanso.</translation>
    </message>
    <message>
        <source>Well done. That was the whole routine.</source>
        <translation>Muy bien. Esa era toda la rutina.</translation>
    </message>
    <message>
        <source>Session stopped.</source>
        <translation>Sesión detenida.</translation>
    </message>
    <message>
        <source>Paused while the computer slept.</source>
        <translation>En pausa mientras el ordenador estaba suspendido.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>En pausa.</translation>
    </message>
    <message>
        <source>{label} contains characters that are not text (such as control characters, line breaks where one line is expected, or text direction overrides).</source>
        <translation>{label} contiene caracteres que no son texto (como caracteres de control, saltos de línea donde se espera una sola línea, o caracteres que cambian la dirección del texto).</translation>
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
        <translation>{duration_text} de actividad</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new session(s)</source>
        <translation>
            <numerusform>%n sesión nueva</numerusform>
            <numerusform>%n sesiones nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n ejercicio</numerusform>
            <numerusform>%n ejercicios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routine(s)</source>
        <translation>
            <numerusform>%n rutina</numerusform>
            <numerusform>%n rutinas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s)</source>
        <translation>
            <numerusform>%n ajuste</numerusform>
            <numerusform>%n ajustes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s)</source>
        <translation>
            <numerusform>%n copia de seguridad</numerusform>
            <numerusform>%n copias de seguridad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n repetición</numerusform>
            <numerusform>%n repeticiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s)</source>
        <translation>
            <numerusform>%n mantenimiento</numerusform>
            <numerusform>%n mantenimientos</numerusform>
        </translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>ene</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <source>May </source>
        <translation>may</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sept</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dic</translation>
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
        <translation>hoy</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rest or flare-up day(s)</source>
        <translation>
            <numerusform>%n día de descanso o de crisis</numerusform>
            <numerusform>%n días de descanso o de crisis</numerusform>
        </translation>
    </message>
    <message>
        <source>Move into position</source>
        <translation>Colocarse en posición</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambiar de lado</translation>
    </message>
    <message>
        <source>Left {part}</source>
        <translation>{part} izquierda</translation>
    </message>
    <message>
        <source>Right {part}</source>
        <translation>{part} derecha</translation>
    </message>
    <message>
        <source>{reps} × {hold_seconds} s hold</source>
        <translation>{reps} × {hold_seconds} s mantener</translation>
    </message>
    <message>
        <source>{sets} sets of {text}</source>
        <translation>{sets} series de {text}</translation>
    </message>
    <message>
        <source>{text}, each side</source>
        <translation>{text}, cada lado</translation>
    </message>
    <message>
        <source>No streak yet: a session today starts one.</source>
        <translation>Aún no hay racha: una sesión hoy empieza una.</translation>
    </message>
    <message>
        <source>{days}: {weekday_name} to {weekday_name2}</source>
        <translation>{days}: de {weekday_name} a {weekday_name2}</translation>
    </message>
    <message>
        <source>{days}: {first_text} to {relative_day_text}</source>
        <translation>{days}: de {first_text} a {relative_day_text}</translation>
    </message>
    <message>
        <source>; {rest_day_name} was a rest day</source>
        <translation>; {rest_day_name} fue día de descanso</translation>
    </message>
    <message>
        <source>{rest_day_name} and {rest_day_name2}</source>
        <translation>{rest_day_name} y {rest_day_name2}</translation>
    </message>
    <message>
        <source>; {names} were rest days</source>
        <translation>; {names} fueron días de descanso</translation>
    </message>
    <message>
        <source>; {len} rest days paused it</source>
        <translation>; {len} días de descanso la pausaron</translation>
    </message>
    <message>
        <source>{streak_days} days in a row.</source>
        <translation>{streak_days} días seguidos.</translation>
    </message>
    <message>
        <source>A new streak starts today.</source>
        <translation>Hoy empieza una racha nueva.</translation>
    </message>
    <message>
        <source>This week: {plural} with a session.</source>
        <translation>Esta semana: {plural} con sesión.</translation>
    </message>
    <message>
        <source>This week: {week_days} of {goal_days} days. Your weekly goal is met.</source>
        <translation>Esta semana: {week_days} de {goal_days} días. Ha cumplido su objetivo semanal.</translation>
    </message>
    <message numerus="yes">
        <source>This week: {week_days} of {goal_days} days; %n more reach(es) your goal.</source>
        <translation>
            <numerusform>Esta semana: {week_days} de {goal_days} días; le falta %n para su objetivo.</numerusform>
            <numerusform>Esta semana: {week_days} de {goal_days} días; le faltan %n para su objetivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>{date_text} has a session, so it already counts for your streak. Rest days are for days without one.</source>
        <translation>{date_text} tiene una sesión, así que ya cuenta para su racha. Los días de descanso son para días sin sesión.</translation>
    </message>
    <message>
        <source>{plural} this week</source>
        <translation>{plural} esta semana</translation>
    </message>
    <message>
        <source>{days} of {plural} this week</source>
        <translation>{days} de {plural} esta semana</translation>
    </message>
    <message>
        <source>{done}: goal met</source>
        <translation>{done}: objetivo cumplido</translation>
    </message>
    <message>
        <source>{done}, {value} to go</source>
        <translation>{done}, faltan {value}</translation>
    </message>
    <message>
        <source>Streak: {plural}.</source>
        <translation>Racha: {plural}.</translation>
    </message>
    <message>
        <source>, {goal_weeks} weeks in a row</source>
        <translation>, {goal_weeks} semanas seguidas</translation>
    </message>
    <message>
        <source>{streak} Weekly goal: {week}.</source>
        <translation>{streak} Objetivo semanal: {week}.</translation>
    </message>
    <message>
        <source>Rate your pain before and after your sessions: once 14 are rated, how it changes shows here.</source>
        <translation>Valore su dolor antes y después de las sesiones: cuando haya 14 valoradas, aquí verá cómo cambia.</translation>
    </message>
    <message>
        <source>Pain before sessions: about the same since {since} ({first} then, {last} now).</source>
        <translation>Dolor antes de las sesiones: más o menos igual desde {since} ({first} entonces, {last} ahora).</translation>
    </message>
    <message>
        <source>Pain before sessions: down from {first} to {last} since {since}.</source>
        <translation>Dolor antes de las sesiones: bajó de {first} a {last} desde {since}.</translation>
    </message>
    <message>
        <source>Pain before sessions: up from {first} to {last} since {since}.</source>
        <translation>Dolor antes de las sesiones: subió de {first} a {last} desde {since}.</translation>
    </message>
    <message>
        <source>{line} A session lowers it by {relief} on average.</source>
        <translation>{line} Una sesión lo reduce {relief} de media.</translation>
    </message>
    <message>
        <source>{line} After a session it is {relief} higher on average.</source>
        <translation>{line} Después de una sesión es {relief} más alto de media.</translation>
    </message>
    <message>
        <source>{line} A session leaves it about the same.</source>
        <translation>{line} Una sesión lo deja más o menos igual.</translation>
    </message>
    <message>
        <source>Reminders are off.</source>
        <translation>Los recordatorios están desactivados.</translation>
    </message>
    <message>
        <source>at {times}</source>
        <translation>a las {times}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message numerus="yes">
        <source>every %n minute(s) from {start} to {end}</source>
        <translation>
            <numerusform>cada minuto de {start} a {end}</numerusform>
            <numerusform>cada %n minutos de {start} a {end}</numerusform>
        </translation>
    </message>
    <message>
        <source>on weekdays</source>
        <translation>los días laborables</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>todos los días</translation>
    </message>
    <message>
        <source>on no day</source>
        <translation>ningún día</translation>
    </message>
    <message>
        <source>on {days}</source>
        <translation>los {days}</translation>
    </message>
    <message>
        <source>Reminders {when}, {on}.</source>
        <translation>Recordatorios {when}, {on}.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {value}.</source>
        <translation>{name} no se puede leer: {value}.</translation>
    </message>
    <message>
        <source>Could not write {path}: {value}.</source>
        <translation>No se pudo escribir {path}: {value}.</translation>
    </message>
    <message>
        <source>The sessions and the exercises need two different files.</source>
        <translation>Las sesiones y los ejercicios necesitan dos archivos distintos.</translation>
    </message>
    <message>
        <source>{path} is a folder; name a file to export to.</source>
        <translation>{path} es una carpeta; indique un archivo al que exportar.</translation>
    </message>
    <message>
        <source>Exported {plural} to {sessions_path} and their exercises to {exercises_path}.</source>
        <translation>Se exportaron {plural} a {sessions_path} y sus ejercicios a {exercises_path}.</translation>
    </message>
    <message>
        <source>Exported {plural}, the settings, {plural2} and {plural3} to {path}.</source>
        <translation>Se exportaron {plural}, los ajustes, {plural2} y {plural3} a {path}.</translation>
    </message>
    <message numerus="yes">
        <source>Imported {sessions} (%n already here).</source>
        <translation>
            <numerusform>Se importaron {sessions} (%n ya estaba aquí).</numerusform>
            <numerusform>Se importaron {sessions} (%n ya estaban aquí).</numerusform>
        </translation>
    </message>
    <message>
        <source>{unreadable} in the file could not be read.</source>
        <translation>{unreadable} del archivo no se pudieron leer.</translation>
    </message>
    <message>
        <source>Settings added: {join}.</source>
        <translation>Ajustes añadidos: {join}.</translation>
    </message>
    <message>
        <source>Routines added: {routines_added}; exercises added: {exercises_added}.</source>
        <translation>Rutinas añadidas: {routines_added}; ejercicios añadidos: {exercises_added}.</translation>
    </message>
    <message>
        <source>Export failed: {problem}</source>
        <translation>La exportación falló: {problem}</translation>
    </message>
    <message>
        <source>Nothing more was imported: {problem}</source>
        <translation>No se importó nada más: {problem}</translation>
    </message>
    <message>
        <source>Nothing was imported: {problem}</source>
        <translation>No se importó nada: {problem}</translation>
    </message>
    <message>
        <source>No rest between repetitions: go on at an easy pace.</source>
        <translation>Sin descanso entre repeticiones: siga a un ritmo tranquilo.</translation>
    </message>
    <message>
        <source>Rest {plural} between repetitions.</source>
        <translation>Descanse {plural} entre repeticiones.</translation>
    </message>
    <message>
        <source>The period starts ({isoformat}) after it ends ({isoformat2}).</source>
        <translation>El periodo empieza ({isoformat}) después de terminar ({isoformat2}).</translation>
    </message>
    <message>
        <source>The period starts in the future ({isoformat}).</source>
        <translation>El periodo empieza en el futuro ({isoformat}).</translation>
    </message>
    <message>
        <source>There is no session between {isoformat} and {isoformat2}: choose a longer period.</source>
        <translation>No hay ninguna sesión entre {isoformat} y {isoformat2}: elija un periodo más largo.</translation>
    </message>
    <message>
        <source>{date_text} to {date_text2} ({length})</source>
        <translation>{date_text} a {date_text2} ({length})</translation>
    </message>
    <message>
        <source>more than planned</source>
        <translation>más de lo previsto</translation>
    </message>
    <message>
        <source>{plural} on {plural2} ({minutes} of exercise).</source>
        <translation>{plural} en {plural2} ({minutes} de ejercicio).</translation>
    </message>
    <message>
        <source>Weekly goal: {plural} a week, so {planned} days planned; {active_days} done ({adherence_text}). Goal met in {weeks_met} of {plural2}.</source>
        <translation>Objetivo semanal: {plural} por semana, así que {planned} días previstos; {active_days} hechos ({adherence_text}). Objetivo cumplido en {weeks_met} de {plural2}.</translation>
    </message>
    <message>
        <source>No weekly goal was set.</source>
        <translation>No se fijó ningún objetivo semanal.</translation>
    </message>
    <message>
        <source>Completed: {completed} of {sessions} ({percent}); stopped early: {stopped_early}.</source>
        <translation>Completas: {completed} de {sessions} ({percent}); paradas antes de tiempo: {stopped_early}.</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>objetivo cumplido</translation>
    </message>
    <message>
        <source>rest days</source>
        <translation>días de descanso</translation>
    </message>
    <message>
        <source>short of the goal</source>
        <translation>por debajo del objetivo</translation>
    </message>
    <message>
        <source>{days_done} of {planned}</source>
        <translation>{days_done} de {planned}</translation>
    </message>
    <message>
        <source>{sessions} of {offered}</source>
        <translation>{sessions} de {offered}</translation>
    </message>
    <message>
        <source>{holds_done} of {holds_planned} ({percent})</source>
        <translation>{holds_done} de {holds_planned} ({percent})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna vez</translation>
    </message>
    <message>
        <source>{len}× (not rated)</source>
        <translation>{len}× (sin valorar)</translation>
    </message>
    <message>
        <source>, {unrated} not rated</source>
        <translation>, {unrated} sin valorar</translation>
    </message>
    <message>
        <source>{len}× (rated {join}{extra})</source>
        <translation>{len}× (valorado {join}{extra})</translation>
    </message>
    <message>
        <source>No pain ratings were given in this period.</source>
        <translation>No se valoró el dolor en este periodo.</translation>
    </message>
    <message>
        <source>Pain before sessions stayed about the same ({first}, then {last}).</source>
        <translation>El dolor antes de las sesiones se mantuvo más o menos igual ({first}, luego {last}).</translation>
    </message>
    <message>
        <source>came down</source>
        <translation>bajó</translation>
    </message>
    <message>
        <source>went up</source>
        <translation>subió</translation>
    </message>
    <message>
        <source>Pain before sessions {way} from {first} to {last}.</source>
        <translation>El dolor antes de las sesiones {way} de {first} a {last}.</translation>
    </message>
    <message>
        <source>(Mean of the first and of the last {TREND_SESSIONS} rated sessions; 0 is no pain, 10 the worst.)</source>
        <translation>(Media de las primeras y de las últimas {TREND_SESSIONS} sesiones valoradas; 0 es sin dolor, 10 el peor.)</translation>
    </message>
    <message>
        <source>Too few ratings for a trend ({len} before sessions; it needs {value}).</source>
        <translation>Muy pocas valoraciones para ver una tendencia ({len} antes de sesiones; hacen falta {value}).</translation>
    </message>
    <message>
        <source>A session lowered pain by {relief} on average.</source>
        <translation>Una sesión redujo el dolor {relief} de media.</translation>
    </message>
    <message>
        <source>Pain was {value} higher after a session on average.</source>
        <translation>El dolor fue {value} más alto después de una sesión, de media.</translation>
    </message>
    <message>
        <source>A session left pain about the same on average.</source>
        <translation>Una sesión dejó el dolor más o menos igual, de media.</translation>
    </message>
    <message>
        <source>Pain before: mean {mean}, range {min}–{max}.</source>
        <translation>Dolor antes: media {mean}, rango {min}–{max}.</translation>
    </message>
    <message>
        <source>No rest or flare-up days were marked.</source>
        <translation>No se marcó ningún día de descanso o de crisis.</translation>
    </message>
    <message>
        <source>, rest {rest_seconds} s</source>
        <translation>, descanso {rest_seconds} s</translation>
    </message>
    <message>
        <source>hold {before} s → {after} s</source>
        <translation>mantener {before} s → {after} s</translation>
    </message>
    <message>
        <source>{before} → {after} repetitions</source>
        <translation>{before} → {after} repeticiones</translation>
    </message>
    <message>
        <source>From {date_text}: {exercise}, {join}</source>
        <translation>Desde el {date_text}: {exercise}, {join}</translation>
    </message>
</context>
<context>
    <name>DataText</name>
    <message>
        <source>BackCoach export (*.json);;All files (*)</source>
        <translation>Exportación de BackCoach (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Export all data…</source>
        <translation>&amp;Exportar todos los datos…</translation>
    </message>
    <message>
        <source>Save all settings, routines and sessions to one file</source>
        <translation>Guardar todos los ajustes, rutinas y sesiones en un archivo</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation>&amp;Importar datos…</translation>
    </message>
    <message>
        <source>Merge a file exported on this or another computer</source>
        <translation>Combinar un archivo exportado en este u otro ordenador</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar desde una copia…</translation>
    </message>
    <message>
        <source>Put back an earlier version of a data file</source>
        <translation>Recuperar una versión anterior de un archivo de datos</translation>
    </message>
    <message>
        <source>Export all data</source>
        <translation>Exportar todos los datos</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Importar datos</translation>
    </message>
    <message>
        <source>Your latest settings</source>
        <translation>Sus ajustes más recientes</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>{what} could not be saved. {last_failure}</source>
        <translation>No se pudo guardar {what}. {last_failure}</translation>
    </message>
    <message>
        <source>If you quit now, they are lost. Free some disk space or fix the folder&apos;s permissions, then quit again; or export everything to another place.</source>
        <translation>Si sale ahora, se pierde. Libere espacio en el disco o corrija los permisos de la carpeta y vuelva a salir; o exporte todo a otro lugar.</translation>
    </message>
    <message>
        <source>Keep BackCoach open</source>
        <translation>Mantener BackCoach abierto</translation>
    </message>
    <message>
        <source>Export to a file…</source>
        <translation>Exportar a un archivo…</translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation>Salir sin guardar</translation>
    </message>
    <message>
        <source>Export history as &amp;CSV…</source>
        <translation>Exportar el historial como &amp;CSV…</translation>
    </message>
    <message>
        <source>Save your sessions, and the exercises of each, as two CSV files</source>
        <translation>Guardar sus sesiones, y los ejercicios de cada una, en dos archivos CSV</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Exportar el historial como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Hide this notice</source>
        <translation>Ocultar este aviso</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Cerrar el aviso</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Your routines and exercises</source>
        <translation>Sus rutinas y ejercicios</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este ordenador</translation>
    </message>
    <message>
        <source>Sessions of {when} ({whose})</source>
        <translation>Sesiones de {when} ({whose})</translation>
    </message>
    <message>
        <source>This backup cannot be read.</source>
        <translation>Esta copia no se puede leer.</translation>
    </message>
    <message>
        <source>{plural} set</source>
        <translation>{plural} definidos</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia</translation>
    </message>
    <message>
        <source>BackCoach backs up each file before it changes (at most once an hour) and keeps daily, weekly and monthly backups. Choose a backup to put back. What the file holds now is backed up first, so a restore can be undone the same way.</source>
        <translation>BackCoach hace una copia de cada archivo antes de que cambie (como mucho una vez por hora) y guarda copias diarias, semanales y mensuales. Elija una copia para recuperarla. Lo que contiene ahora el archivo se copia primero, así que una restauración se puede deshacer de la misma manera.</translation>
    </message>
    <message>
        <source>Your data and its backups, newest first</source>
        <translation>Sus datos y sus copias, las más recientes primero</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Backups by file, newest first</source>
        <translation>Copias por archivo, las más recientes primero</translation>
    </message>
    <message>
        <source>Backup details</source>
        <translation>Detalles de la copia</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Put the selected backup back in place of its file</source>
        <translation>Poner la copia elegida en lugar de su archivo</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Restaurar la copia elegida</translation>
    </message>
    <message>
        <source>Close without restoring</source>
        <translation>Cerrar sin restaurar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>There are no backups yet: they are made when a file changes.</source>
        <translation>Todavía no hay copias: se hacen cuando cambia un archivo.</translation>
    </message>
    <message>
        <source>{name} as it was then; the copy is {path}</source>
        <translation>{name} tal como era entonces; la copia es {path}</translation>
    </message>
    <message>
        <source>{describe_file} as of {moment_text}: {describe_backup}.</source>
        <translation>{describe_file} del {moment_text}: {describe_backup}.</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>4 weeks</source>
        <translation>4 semanas</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 meses</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>12 meses</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Active minutes per day</source>
        <translation>Minutos activos por día</translation>
    </message>
    <message>
        <source>Bars per day</source>
        <translation>Barras por día</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semanas</translation>
    </message>
    <message>
        <source>Active minutes per week</source>
        <translation>Minutos activos por semana</translation>
    </message>
    <message>
        <source>Bars per week</source>
        <translation>Barras por semana</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Meses</translation>
    </message>
    <message>
        <source>Active minutes per month</source>
        <translation>Minutos activos por mes</translation>
    </message>
    <message>
        <source>Bars per month</source>
        <translation>Barras por mes</translation>
    </message>
    <message>
        <source>Pain trend</source>
        <translation>Evolución del dolor</translation>
    </message>
    <message>
        <source>Each end is the average pain before {AVERAGE_OF} sessions: the first ones you rated, and the last ones.</source>
        <translation>Cada extremo es el dolor medio antes de {AVERAGE_OF} sesiones: las primeras que valoró y las últimas.</translation>
    </message>
    <message>
        <source>Dates shown</source>
        <translation>Fechas mostradas</translation>
    </message>
    <message>
        <source>Charts of active minutes and pain</source>
        <translation>Gráficos de minutos activos y dolor</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>Dolor (0–10)</translation>
    </message>
    <message>
        <source>Legend of the charts</source>
        <translation>Leyenda de los gráficos</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>Everything you logged</source>
        <translation>Todo lo que ha anotado</translation>
    </message>
    <message>
        <source>The last {text}</source>
        <translation>Los últimos {text}</translation>
    </message>
    <message>
        <source>Range: {text}</source>
        <translation>Periodo: {text}</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:{colour}&quot;&gt;{symbol}&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:{colour}&quot;&gt;{symbol}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:{text}&quot;&gt;{swatch} Active minutes &amp;nbsp; {swatch2} Rest or flare-up day &amp;nbsp; {swatch3} Pain before &amp;nbsp; {swatch4} Pain after (lines: the average of {AVERAGE_OF} sessions; rings: each session)&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:{text}&quot;&gt;{swatch} Minutos activos &amp;nbsp; {swatch2} Día de descanso o de crisis &amp;nbsp; {swatch3} Dolor antes &amp;nbsp; {swatch4} Dolor después (líneas: la media de {AVERAGE_OF} sesiones; anillos: cada sesión)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Showing {date_text} to {date_text2}, as dragged or zoomed. A range button shows a usual span again.</source>
        <translation>Se muestra del {date_text} al {date_text2}, según lo arrastrado o ampliado. Un botón de periodo vuelve a mostrar un intervalo habitual.</translation>
    </message>
    <message>
        <source>Calendar of the last 12 months</source>
        <translation>Calendario de los últimos 12 meses</translation>
    </message>
    <message>
        <source>: no session</source>
        <translation>: sin sesión</translation>
    </message>
    <message>
        <source>; rest day</source>
        <translation>; día de descanso</translation>
    </message>
    <message>
        <source> (today)</source>
        <translation> (hoy)</translation>
    </message>
    <message>
        <source>Mar 2025</source>
        <translation>mar 2025</translation>
    </message>
    <message>
        <source>Each square is a day, darker with more active minutes; a stroke marks a rest day. Arrow keys move, Space marks a rest day.</source>
        <translation>Cada cuadrado es un día, más oscuro con más minutos activos; una raya marca un día de descanso. Las flechas mueven, Espacio marca un día de descanso.</translation>
    </message>
    <message>
        <source>Calendar legend</source>
        <translation>Leyenda del calendario</translation>
    </message>
    <message>
        <source>Lighter squares: fewer active minutes; darker: more. A stroke: rest day.</source>
        <translation>Cuadrados más claros: menos minutos activos; más oscuros: más. Una raya: día de descanso.</translation>
    </message>
    <message>
        <source>Less More Rest day</source>
        <translation>Menos Más Día de descanso</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Menos</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>Rest day</source>
        <translation>Día de descanso</translation>
    </message>
    <message>
        <source>Mark as rest day</source>
        <translation>Marcar como día de descanso</translation>
    </message>
    <message>
        <source>Mark or unmark the chosen day as a rest or flare-up day (Space in the calendar)</source>
        <translation>Marcar o desmarcar el día elegido como día de descanso o de crisis (Espacio en el calendario)</translation>
    </message>
    <message>
        <source>Chosen day</source>
        <translation>Día elegido</translation>
    </message>
    <message>
        <source>Sessions of the chosen day</source>
        <translation>Sesiones del día elegido</translation>
    </message>
    <message>
        <source>Click a day or move with the arrow keys. Rest and flare-up days pause your streak instead of breaking it.</source>
        <translation>Haga clic en un día o muévase con las flechas. Los días de descanso y de crisis pausan su racha en lugar de romperla.</translation>
    </message>
    <message>
        <source>Rest day (unmark)</source>
        <translation>Día de descanso (desmarcar)</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <source>{name}: 0 (none) to 10 (worst); empty for not rated</source>
        <translation>{name}: 0 (nada) a 10 (el peor); vacío si no lo valora</translation>
    </message>
    <message>
        <source>{name}: “{strip}” cannot be saved. {problem} Leave it empty for not rated.</source>
        <translation>{name}: «{strip}» no se puede guardar. {problem} Déjelo vacío si no lo valora.</translation>
    </message>
    <message>
        <source>, pain {before} → {after}</source>
        <translation>, dolor {before} → {after}</translation>
    </message>
    <message>
        <source> (partial)</source>
        <translation> (parcial)</translation>
    </message>
    <message>
        <source>{title}: {active_text} in {count}</source>
        <translation>{title}: {active_text} en {count}</translation>
    </message>
    <message>
        <source>{title}: no session</source>
        <translation>{title}: sin sesión</translation>
    </message>
    <message>
        <source>Rest or flare-up day</source>
        <translation>Día de descanso o de crisis</translation>
    </message>
    <message>
        <source>Week of {date_text}</source>
        <translation>Semana del {date_text}</translation>
    </message>
    <message>
        <source>{plural} on {plural2}</source>
        <translation>{plural} en {plural2}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pain {which}: {getattr}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dolor {which}: {getattr}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>30 Sep 2026</source>
        <translation>30 sept 2026</translation>
    </message>
    <message>
        <source>History message</source>
        <translation>Mensaje del historial</translation>
    </message>
    <message>
        <source>History pages</source>
        <translation>Páginas del historial</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Progreso</translation>
    </message>
    <message>
        <source>Active minutes and pain over time</source>
        <translation>Minutos activos y dolor a lo largo del tiempo</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Calendario</translation>
    </message>
    <message>
        <source>The last 12 months, day by day; mark rest days here</source>
        <translation>Los últimos 12 meses, día a día; marque aquí los días de descanso</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sesiones</translation>
    </message>
    <message>
        <source>Every session: edit notes and ratings, delete, add</source>
        <translation>Todas las sesiones: editar notas y valoraciones, borrar, añadir</translation>
    </message>
    <message>
        <source>Your history starts with your first session</source>
        <translation>Su historial empieza con su primera sesión</translation>
    </message>
    <message>
        <source>Each session you finish shows up here: minutes per day, how your back felt before and after, and your streaks. A streak is kind to a bad back: days you mark as rest days pause it instead of breaking it.</source>
        <translation>Cada sesión que termine aparece aquí: minutos por día, cómo sentía la espalda antes y después, y sus rachas. Una racha es comprensiva con una espalda dolorida: los días que marque como de descanso la pausan en lugar de romperla.</translation>
    </message>
    <message>
        <source>Start a routine</source>
        <translation>Empezar una rutina</translation>
    </message>
    <message>
        <source>Go to the player and start your first session</source>
        <translation>Ir al reproductor y empezar su primera sesión</translation>
    </message>
    <message>
        <source>Add a session done without the app…</source>
        <translation>Añadir una sesión hecha sin la aplicación…</translation>
    </message>
    <message>
        <source>Log a session you did at the physio&apos;s or from memory</source>
        <translation>Anotar una sesión que hizo en fisioterapia o de memoria</translation>
    </message>
    <message>
        <source>Add a session done without the app</source>
        <translation>Añadir una sesión hecha sin la aplicación</translation>
    </message>
    <message>
        <source>Reading your history…</source>
        <translation>Leyendo su historial…</translation>
    </message>
    <message>
        <source>{name}, 0 (none) to 10 (worst); below 0 leaves it unrated</source>
        <translation>{name}, 0 (nada) a 10 (el peor); por debajo de 0 queda sin valorar</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy  HH:mm</source>
        <translation>ddd d MMM yyyy  HH:mm</translation>
    </message>
    <message>
        <source>When it started</source>
        <translation>Cuándo empezó</translation>
    </message>
    <message>
        <source>The day and time the session started</source>
        <translation>El día y la hora en que empezó la sesión</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>The routine you followed</source>
        <translation>La rutina que siguió</translation>
    </message>
    <message>
        <source>&amp;Routine:</source>
        <translation>&amp;Rutina:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes exercising</source>
        <translation>Minutos de ejercicio</translation>
    </message>
    <message>
        <source>How long you exercised, not counting breaks</source>
        <translation>Cuánto tiempo hizo ejercicio, sin contar las pausas</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minutos:</translation>
    </message>
    <message>
        <source>I did the whole routine</source>
        <translation>Hice toda la rutina</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completa</translation>
    </message>
    <message>
        <source>Untick when you stopped part way</source>
        <translation>Desmarque si paró a medias</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>Dolor antes</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Dolor después</translation>
    </message>
    <message>
        <source>Pain &amp;before:</source>
        <translation>Dolor &amp;antes:</translation>
    </message>
    <message>
        <source>Pain &amp;after:</source>
        <translation>Dolor &amp;después:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Anything worth remembering about this session</source>
        <translation>Lo que quiera recordar de esta sesión</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Añadir sesión</translation>
    </message>
    <message>
        <source>Log this session in your history</source>
        <translation>Anotar esta sesión en su historial</translation>
    </message>
    <message>
        <source>Close without adding anything</source>
        <translation>Cerrar sin añadir nada</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Pain
before</source>
        <translation>Dolor
antes</translation>
    </message>
    <message>
        <source>Pain
after</source>
        <translation>Dolor
después</translation>
    </message>
    <message>
        <source>{duration_text} in all, {active_text}</source>
        <translation>{duration_text} en total, {active_text}</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Anotada a mano</translation>
    </message>
    <message>
        <source>Double-click (or F2) to add a note</source>
        <translation>Doble clic (o F2) para añadir una nota</translation>
    </message>
    <message>
        <source>Pain from 0 (none) to 10 (worst); F2 to change</source>
        <translation>Dolor de 0 (nada) a 10 (el peor); F2 para cambiarlo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Parcial</translation>
    </message>
    <message>
        <source> (by hand)</source>
        <translation> (a mano)</translation>
    </message>
    <message>
        <source>edit the session of {day}</source>
        <translation>editar la sesión del {day}</translation>
    </message>
    <message>
        <source>delete the session of {day}</source>
        <translation>borrar la sesión del {day}</translation>
    </message>
    <message>
        <source>add the session of {day}</source>
        <translation>añadir la sesión del {day}</translation>
    </message>
    <message>
        <source>&amp;Add a session…</source>
        <translation>&amp;Añadir una sesión…</translation>
    </message>
    <message>
        <source>Log a session you did without the app</source>
        <translation>Anotar una sesión que hizo sin la aplicación</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Delete the selected session (Delete key); Undo brings it back</source>
        <translation>Borrar la sesión elegida (tecla Supr); Deshacer la recupera</translation>
    </message>
    <message>
        <source>Take back the last change (Ctrl+Z)</source>
        <translation>Deshacer el último cambio (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Do the change again (Ctrl+Shift+Z)</source>
        <translation>Volver a hacer el cambio (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Your sessions, newest first. F2 edits a rating or the note.</source>
        <translation>Sus sesiones, las más recientes primero. F2 edita una valoración o la nota.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Borrar la sesión</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Completed (by hand)</source>
        <translation>Completa (a mano)</translation>
    </message>
    <message>
        <source>Partial (by hand)</source>
        <translation>Parcial (a mano)</translation>
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
        <translation>Rutina completa en el suelo</translation>
    </message>
    <message>
        <source>Undone: {text}. Redo brings it back.</source>
        <translation>Deshecho: {text}. Rehacer lo recupera.</translation>
    </message>
    <message>
        <source>Done: {text}. Undo takes it back.</source>
        <translation>Hecho: {text}. Deshacer lo anula.</translation>
    </message>
    <message>
        <source>Undo: {undoText} (Ctrl+Z)</source>
        <translation>Deshacer: {undoText} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nada que deshacer</translation>
    </message>
    <message>
        <source>Redo: {redoText} (Ctrl+Shift+Z)</source>
        <translation>Rehacer: {redoText} (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nada que rehacer</translation>
    </message>
    <message>
        <source>Current streak</source>
        <translation>Racha actual</translation>
    </message>
    <message>
        <source>Best streak</source>
        <translation>Mejor racha</translation>
    </message>
    <message>
        <source>Weekly goal</source>
        <translation>Objetivo semanal</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Current streak explained</source>
        <translation>Explicación de la racha actual</translation>
    </message>
    <message>
        <source>Rest day today</source>
        <translation>Hoy, día de descanso</translation>
    </message>
    <message>
        <source>A bad day or a flare-up: mark today as a rest day. It pauses your streak instead of breaking it.</source>
        <translation>Un mal día o una crisis: marque hoy como día de descanso. Pausa su racha en lugar de romperla.</translation>
    </message>
    <message>
        <source>Goal and day start…</source>
        <translation>Objetivo e inicio del día…</translation>
    </message>
    <message>
        <source>Goal and day start</source>
        <translation>Objetivo e inicio del día</translation>
    </message>
    <message>
        <source>Set a weekly goal and the hour your day starts</source>
        <translation>Fijar un objetivo semanal y la hora en que empieza su día</translation>
    </message>
    <message>
        <source>{short} to {short2}</source>
        <translation>de {short} a {short2}</translation>
    </message>
    <message>
        <source>0 days</source>
        <translation>0 días</translation>
    </message>
    <message>
        <source>Your longest run of days shows here.</source>
        <translation>Aquí aparece su serie de días más larga.</translation>
    </message>
    <message>
        <source>This week: goal met.</source>
        <translation>Esta semana: objetivo cumplido.</translation>
    </message>
    <message>
        <source>This week, {left} to go.</source>
        <translation>Esta semana, faltan {left}.</translation>
    </message>
    <message>
        <source> Met {plural} in a row.</source>
        <translation> Cumplido {plural} seguidas.</translation>
    </message>
    <message>
        <source>{days} of {plural}</source>
        <translation>{days} de {plural}</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Sin objetivo</translation>
    </message>
    <message>
        <source>Set a goal of some days a week with “Goal and day start”.</source>
        <translation>Fije un objetivo de algunos días por semana con «Objetivo e inicio del día».</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Aún ninguna</translation>
    </message>
    <message>
        <source>No session since Monday</source>
        <translation>Ninguna sesión desde el lunes</translation>
    </message>
    <message>
        <source>{toolTip}
In all: {plural} on {plural2}, {duration_text}.</source>
        <translation>{toolTip}
En total: {plural} en {plural2}, {duration_text}.</translation>
    </message>
    <message>
        <source>Weekly goal and day start</source>
        <translation>Objetivo semanal e inicio del día</translation>
    </message>
    <message>
        <source>A weekly goal counts the weeks in a row with that many days of exercise. Rest days you mark make up for missing days. A later day start counts a session after midnight for the day before.</source>
        <translation>Un objetivo semanal cuenta las semanas seguidas con esos días de ejercicio. Los días de descanso que marque compensan los días que falten. Un inicio del día más tarde cuenta una sesión después de medianoche para el día anterior.</translation>
    </message>
    <message>
        <source>no goal</source>
        <translation>sin objetivo</translation>
    </message>
    <message>
        <source> days a week</source>
        <translation> días por semana</translation>
    </message>
    <message>
        <source>Days a week you aim to exercise (0: no goal)</source>
        <translation>Días por semana que quiere hacer ejercicio (0: sin objetivo)</translation>
    </message>
    <message>
        <source>Weekly &amp;goal:</source>
        <translation>&amp;Objetivo semanal:</translation>
    </message>
    <message>
        <source>Day starts at</source>
        <translation>El día empieza a las</translation>
    </message>
    <message>
        <source>The hour a new day starts, from {earliest}:00 (midnight) to {latest}:00</source>
        <translation>La hora en que empieza un nuevo día, de {earliest}:00 (medianoche) a {latest}:00</translation>
    </message>
    <message>
        <source>Day &amp;starts at:</source>
        <translation>El día &amp;empieza a las:</translation>
    </message>
    <message>
        <source>Save these settings</source>
        <translation>Guardar estos ajustes</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>Cerrar sin cambiar nada</translation>
    </message>
</context>
<context>
    <name>PaperText</name>
    <message>
        <source>Print handout</source>
        <translation>Imprimir hoja</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>The routine to put on paper, with its holds and repetitions</source>
        <translation>La rutina que pasar a papel, con sus tiempos y repeticiones</translation>
    </message>
    <message>
        <source>&amp;Routine:</source>
        <translation>&amp;Rutina:</translation>
    </message>
    <message>
        <source>Each exercise with its pictures, numbers and safety note, and a table to tick for two weeks. It prints well in black and white.</source>
        <translation>Cada ejercicio con sus imágenes, números y nota de seguridad, y una tabla para marcar durante dos semanas. Se imprime bien en blanco y negro.</translation>
    </message>
    <message>
        <source>BackCoach · {routine_name}</source>
        <translation>BackCoach · {routine_name}</translation>
    </message>
    <message>
        <source>Your home exercises, printed on {date_text}. Do them slowly; breathe normally while you hold.</source>
        <translation>Sus ejercicios en casa, impresos el {date_text}. Hágalos despacio; respire con normalidad mientras mantiene la posición.</translation>
    </message>
    <message>
        <source>Safety first</source>
        <translation>Primero, la seguridad</translation>
    </message>
    <message>
        <source>Do: {dose}. {rest}</source>
        <translation>Haga: {dose}. {rest}</translation>
    </message>
    <message>
        <source>Take care: {safety}</source>
        <translation>Cuidado: {safety}</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Pain before (0–10)</source>
        <translation>Dolor antes (0–10)</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Dolor después</translation>
    </message>
    <message>
        <source>Two weeks on paper</source>
        <translation>Dos semanas en papel</translation>
    </message>
    <message>
        <source>Tick each exercise when you have done it, and write down your pain before and after (0 is none, 10 the worst). Bring this sheet to your next appointment.</source>
        <translation>Marque cada ejercicio cuando lo haya hecho, y anote su dolor antes y después (0 es nada, 10 el peor). Lleve esta hoja a su próxima cita.</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>Página {page}</translation>
    </message>
    <message>
        <source>Pain before a session (line: weekly mean)</source>
        <translation>Dolor antes de una sesión (línea: media semanal)</translation>
    </message>
    <message>
        <source>after (dashed)</source>
        <translation>después (discontinua)</translation>
    </message>
    <message>
        <source>rest or flare-up day</source>
        <translation>día de descanso o de crisis</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>A4 or US Letter; chosen from your language and country</source>
        <translation>A4 o carta de EE. UU.; elegido según su idioma y país</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Lo que pasó</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Write the document as a PDF file</source>
        <translation>Escribir el documento como archivo PDF</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>See the pages, then print them on paper</source>
        <translation>Ver las páginas y luego imprimirlas en papel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Cerrar esta ventana</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>&amp;Tamaño del papel:</translation>
    </message>
    <message>
        <source>Save {title}</source>
        <translation>Guardar {title}</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>{name} would go into BackCoach&apos;s data folder: choose another folder.</source>
        <translation>{name} quedaría dentro de la carpeta de datos de BackCoach: elija otra carpeta.</translation>
    </message>
    <message>
        <source>{path} could not be written: {value}.</source>
        <translation>No se pudo escribir {path}: {value}.</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Se guardó {path}.</translation>
    </message>
    <message>
        <source>Print preview: {made}</source>
        <translation>Vista previa de impresión: {made}</translation>
    </message>
    <message>
        <source>&amp;Print handout…</source>
        <translation>Im&amp;primir hoja…</translation>
    </message>
    <message>
        <source>Put a routine on paper: pictures, numbers, safety notes and a tick table</source>
        <translation>Pasar una rutina a papel: imágenes, números, notas de seguridad y una tabla para marcar</translation>
    </message>
    <message>
        <source>&amp;Report for my physiotherapist…</source>
        <translation>Informe para mi &amp;fisioterapeuta…</translation>
    </message>
    <message>
        <source>A PDF of what you did and how your pain went, for your next appointment</source>
        <translation>Un PDF con lo que hizo y cómo evolucionó su dolor, para su próxima cita</translation>
    </message>
    <message>
        <source>Qt could not start drawing on the page</source>
        <translation>Qt no pudo empezar a dibujar en la página</translation>
    </message>
    <message>
        <source>BackCoach progress report</source>
        <translation>Informe de progreso de BackCoach</translation>
    </message>
    <message>
        <source>The last 4 weeks</source>
        <translation>Las últimas 4 semanas</translation>
    </message>
    <message>
        <source>The last 3 months</source>
        <translation>Los últimos 3 meses</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Dates I choose</source>
        <translation>Fechas que elijo</translation>
    </message>
    <message>
        <source>Report for my physiotherapist</source>
        <translation>Informe para mi fisioterapeuta</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>The weeks the report covers</source>
        <translation>Las semanas que abarca el informe</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>The first day of the report</source>
        <translation>El primer día del informe</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>The last day of the report</source>
        <translation>El último día del informe</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Sessions per week against your goal, each exercise, pain before and after, rest days, notes and the routine as prescribed: one or two pages.</source>
        <translation>Sesiones por semana frente a su objetivo, cada ejercicio, dolor antes y después, días de descanso, notas y la rutina prescrita: una o dos páginas.</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Informe de progreso</translation>
    </message>
    <message>
        <source>BackCoach progress report · {period}</source>
        <translation>Informe de progreso de BackCoach · {period}</translation>
    </message>
    <message>
        <source>{period}. Home exercises logged with BackCoach; made on {date_text}.</source>
        <translation>{period}. Ejercicios en casa registrados con BackCoach; hecho el {date_text}.</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Constancia</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <source>Days done of planned</source>
        <translation>Días hechos de los previstos</translation>
    </message>
    <message>
        <source>Days done</source>
        <translation>Días hechos</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Rest days</source>
        <translation>Días de descanso</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Pain before and after sessions</source>
        <translation>Dolor antes y después de las sesiones</translation>
    </message>
    <message>
        <source>Each exercise</source>
        <translation>Cada ejercicio</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Sessions done</source>
        <translation>Sesiones hechas</translation>
    </message>
    <message>
        <source>Holds done of planned</source>
        <translation>Mantenimientos hechos de los previstos</translation>
    </message>
    <message>
        <source>&quot;This hurts&quot; pressed</source>
        <translation>«Esto duele» pulsado</translation>
    </message>
    <message>
        <source>The routine as prescribed</source>
        <translation>La rutina prescrita</translation>
    </message>
    <message>
        <source>This routine has since been deleted.</source>
        <translation>Esta rutina se ha borrado desde entonces.</translation>
    </message>
    <message>
        <source>Changes during the period:</source>
        <translation>Cambios durante el periodo:</translation>
    </message>
    <message>
        <source>No hold or repetitions changed during the period.</source>
        <translation>No cambió ningún tiempo ni repetición durante el periodo.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>No notes in this period.</source>
        <translation>No hay notas en este periodo.</translation>
    </message>
</context>
<context>
    <name>PlayerText</name>
    <message>
        <source>Seconds left</source>
        <translation>Segundos restantes</translation>
    </message>
    <message>
        <source>Countdown caption</source>
        <translation>Rótulo de la cuenta atrás</translation>
    </message>
    <message>
        <source>No chime or ticks: no sound output was found, or the sound library is missing (on Linux, install libpulse0, check the sound, and start BackCoach again).</source>
        <translation>Sin campana ni tictac: no se encontró salida de sonido, o falta la biblioteca de sonido (en Linux, instale libpulse0, compruebe el sonido y vuelva a abrir BackCoach).</translation>
    </message>
    <message>
        <source>No voice: the speech service is missing or does not answer (on Linux, install speech-dispatcher and espeak-ng, check the sound, and start BackCoach again).</source>
        <translation>Sin voz: falta el servicio de voz o no responde (en Linux, instale speech-dispatcher y espeak-ng, compruebe el sonido y vuelva a abrir BackCoach).</translation>
    </message>
    <message>
        <source>No chime, ticks or voice: no working sound output or speech service was found (on Linux, install libpulse0, speech-dispatcher and espeak-ng, check the sound, and start BackCoach again).</source>
        <translation>Sin campana, tictac ni voz: no se encontró una salida de sonido ni un servicio de voz que funcionen (en Linux, instale libpulse0, speech-dispatcher y espeak-ng, compruebe el sonido y vuelva a abrir BackCoach).</translation>
    </message>
    <message>
        <source>Sessions go on silently: the screen shows every step.</source>
        <translation>Las sesiones siguen en silencio: la pantalla muestra cada paso.</translation>
    </message>
    <message>
        <source>{explain}

What the system said: {reasons}</source>
        <translation>{explain}

Lo que dijo el sistema: {reasons}</translation>
    </message>
    <message>
        <source>&amp;Sounds (tick and chime)</source>
        <translation>&amp;Sonidos (tictac y campana)</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>&amp;Voz</translation>
    </message>
    <message>
        <source>Vol&amp;ume</source>
        <translation>Vol&amp;umen</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>How loud the sounds and the voice are</source>
        <translation>Cuánto suenan los sonidos y la voz</translation>
    </message>
    <message>
        <source>&amp;Try the cues</source>
        <translation>&amp;Probar las indicaciones</translation>
    </message>
    <message>
        <source>Play the chime and say a phrase at this volume</source>
        <translation>Tocar la campana y decir una frase con este volumen</translation>
    </message>
    <message>
        <source>&amp;No sound or voice? What to install…</source>
        <translation>¿Sin sonido ni voz? Qué &amp;instalar…</translation>
    </message>
    <message>
        <source>Why the sounds or the voice do not play, and the fix</source>
        <translation>Por qué no suenan los sonidos o la voz, y la solución</translation>
    </message>
    <message>
        <source>Sound and voice settings</source>
        <translation>Ajustes de sonido y voz</translation>
    </message>
    <message>
        <source>Turn the sounds and the voice on or off, set the volume</source>
        <translation>Activar o desactivar los sonidos y la voz, fijar el volumen</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Silenciado</translation>
    </message>
    <message>
        <source>Sound &amp;&amp; voice</source>
        <translation>Sonido &amp;&amp; voz</translation>
    </message>
    <message>
        <source>This is how the cues sound.</source>
        <translation>Así suenan las indicaciones.</translation>
    </message>
    <message>
        <source>Picture of the chosen exercise</source>
        <translation>Imagen del ejercicio elegido</translation>
    </message>
    <message>
        <source>Chosen exercise</source>
        <translation>Ejercicio elegido</translation>
    </message>
    <message>
        <source>What the exercise is for</source>
        <translation>Para qué sirve el ejercicio</translation>
    </message>
    <message>
        <source>How to do the exercise</source>
        <translation>Cómo se hace el ejercicio</translation>
    </message>
    <message>
        <source>Safety note of the exercise</source>
        <translation>Nota de seguridad del ejercicio</translation>
    </message>
    <message>
        <source>&lt;b&gt;Safety:&lt;/b&gt; {escape}</source>
        <translation>&lt;b&gt;Seguridad:&lt;/b&gt; {escape}</translation>
    </message>
    <message>
        <source>If the pain is strong, lasts, or spreads down a leg, see your physician or a physiotherapist before you exercise again.</source>
        <translation>Si el dolor es fuerte, dura o baja por una pierna, consulte a su médico o a un fisioterapeuta antes de volver a hacer ejercicio.</translation>
    </message>
    <message>
        <source>Stopped because it hurts</source>
        <translation>Detenido porque duele</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Consejo</translation>
    </message>
    <message>
        <source>How much does it hurt?</source>
        <translation>¿Cuánto le duele?</translation>
    </message>
    <message>
        <source>&amp;Return to the paused exercise</source>
        <translation>&amp;Volver al ejercicio en pausa</translation>
    </message>
    <message>
        <source>Return to the paused exercise</source>
        <translation>Volver al ejercicio en pausa</translation>
    </message>
    <message>
        <source>It was a false alarm: back to the exercise, paused; nothing is noted (Esc)</source>
        <translation>Fue una falsa alarma: vuelve al ejercicio, en pausa; no se anota nada (Esc)</translation>
    </message>
    <message>
        <source>&amp;Skip to the next exercise</source>
        <translation>&amp;Saltar al siguiente ejercicio</translation>
    </message>
    <message>
        <source>Skip to the next exercise</source>
        <translation>Saltar al siguiente ejercicio</translation>
    </message>
    <message>
        <source>Note the pain and go on with the next exercise</source>
        <translation>Anotar el dolor y seguir con el siguiente ejercicio</translation>
    </message>
    <message>
        <source>&amp;End the session</source>
        <translation>&amp;Terminar la sesión</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Terminar la sesión</translation>
    </message>
    <message>
        <source>Note the pain, stop and log what you did</source>
        <translation>Anotar el dolor, parar y registrar lo que hizo</translation>
    </message>
    <message>
        <source>Stop: {name} hurts</source>
        <translation>Pare: {name} duele</translation>
    </message>
    <message>
        <source>&lt;p&gt;Never force a stretch: forcing it can tear muscles and make the pain worse. The exercise is paused.&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Nunca fuerce un estiramiento: forzarlo puede desgarrar músculos y empeorar el dolor. El ejercicio está en pausa.&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Start {routine_name}</source>
        <translation>Empezar {routine_name}</translation>
    </message>
    <message>
        <source>Before the session</source>
        <translation>Antes de la sesión</translation>
    </message>
    <message>
        <source>How does your back feel right now?</source>
        <translation>¿Cómo siente la espalda ahora mismo?</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <source>Start the session, with the rating if you chose one</source>
        <translation>Empezar la sesión, con la valoración si eligió una</translation>
    </message>
    <message>
        <source>Start nothing, and go back</source>
        <translation>No empezar nada y volver</translation>
    </message>
    <message>
        <source>Pain {value} of 10</source>
        <translation>Dolor {value} de 10</translation>
    </message>
    <message>
        <source>No pain</source>
        <translation>Sin dolor</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <source>Worst imaginable</source>
        <translation>El peor imaginable</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Clear the pain rating</source>
        <translation>Borrar la valoración del dolor</translation>
    </message>
    <message>
        <source>Leave the rating out; it is optional</source>
        <translation>Dejar la valoración fuera; es opcional</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>0: no pain</source>
        <translation>0: sin dolor</translation>
    </message>
    <message>
        <source>{value}: mild pain</source>
        <translation>{value}: dolor leve</translation>
    </message>
    <message>
        <source>{value}: moderate pain</source>
        <translation>{value}: dolor moderado</translation>
    </message>
    <message>
        <source>{value}: severe pain</source>
        <translation>{value}: dolor fuerte</translation>
    </message>
    <message>
        <source>10: the worst pain imaginable</source>
        <translation>10: el peor dolor imaginable</translation>
    </message>
    <message>
        <source>This routine cannot start: {error}</source>
        <translation>Esta rutina no puede empezar: {error}</translation>
    </message>
    <message>
        <source>No sound or voice</source>
        <translation>Sin sonido ni voz</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Salir de pantalla completa</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>&amp;Go on</source>
        <translation>&amp;Seguir</translation>
    </message>
    <message>
        <source>S&amp;tay</source>
        <translation>&amp;Quedarse</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Routine progress</source>
        <translation>Progreso de la rutina</translation>
    </message>
    <message>
        <source>Routine done</source>
        <translation>Rutina hecha</translation>
    </message>
    <message>
        <source>How much of the routine is done</source>
        <translation>Cuánto de la rutina está hecho</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instrucción</translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation>Nota de seguridad</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Back to the start of this exercise, or the one before (Left)</source>
        <translation>Volver al principio de este ejercicio o al anterior (flecha izquierda)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pausa (Espacio)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Skip ▶</source>
        <translation>Saltar ▶</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Skip to the next exercise (Right)</source>
        <translation>Saltar al siguiente ejercicio (flecha derecha)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop the session and log what you did (Esc)</source>
        <translation>Parar la sesión y registrar lo que hizo (Esc)</translation>
    </message>
    <message>
        <source>This hurts</source>
        <translation>Esto duele</translation>
    </message>
    <message>
        <source>Stop this exercise because it hurts (H)</source>
        <translation>Parar este ejercicio porque duele (H)</translation>
    </message>
    <message>
        <source>A full-screen view without distractions (F)</source>
        <translation>Una vista a pantalla completa sin distracciones (F)</translation>
    </message>
    <message>
        <source>Sounds are not available ({error}).</source>
        <translation>Los sonidos no están disponibles ({error}).</translation>
    </message>
    <message>
        <source>Sounds are not available: no audio output was found.</source>
        <translation>Los sonidos no están disponibles: no se encontró salida de audio.</translation>
    </message>
    <message>
        <source>Sounds are not available: the {name} sound could not be played.</source>
        <translation>Los sonidos no están disponibles: no se pudo reproducir el sonido «{name}».</translation>
    </message>
    <message>
        <source>Spoken cues need speech-dispatcher, which is not installed on this computer.</source>
        <translation>Las indicaciones habladas necesitan speech-dispatcher, que no está instalado en este ordenador.</translation>
    </message>
    <message>
        <source>The speech service refused: {decode}.</source>
        <translation>El servicio de voz se negó: {decode}.</translation>
    </message>
    <message>
        <source>The speech service (speech-dispatcher) does not answer.</source>
        <translation>El servicio de voz (speech-dispatcher) no responde.</translation>
    </message>
    <message>
        <source>&amp;Routine</source>
        <translation>&amp;Rutina</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>The routine to follow</source>
        <translation>La rutina que seguir</translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation>Nombre de la rutina</translation>
    </message>
    <message>
        <source>Routine description</source>
        <translation>Descripción de la rutina</translation>
    </message>
    <message>
        <source>Routine length</source>
        <translation>Duración de la rutina</translation>
    </message>
    <message>
        <source>Exercises in the routine</source>
        <translation>Ejercicios de la rutina</translation>
    </message>
    <message>
        <source>Choose an exercise to see its picture, how to do it and its safety note</source>
        <translation>Elija un ejercicio para ver su imagen, cómo se hace y su nota de seguridad</translation>
    </message>
    <message>
        <source>&amp;Ask how my back feels before and after each session</source>
        <translation>&amp;Preguntar cómo siento la espalda antes y después de cada sesión</translation>
    </message>
    <message>
        <source>Ask how my back feels</source>
        <translation>Preguntar cómo siento la espalda</translation>
    </message>
    <message>
        <source>A pain rating from 0 to 10 before and after each session, for the history&apos;s chart</source>
        <translation>Una valoración del dolor de 0 a 10 antes y después de cada sesión, para el gráfico del historial</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start the routine (Space)</source>
        <translation>Empezar la rutina (Espacio)</translation>
    </message>
    <message>
        <source>{plural} · about {duration_text}</source>
        <translation>{plural} · unos {duration_text}</translation>
    </message>
    <message>
        <source>Exercise {value} of {len} · {clock_text} left</source>
        <translation>Ejercicio {value} de {len} · quedan {clock_text}</translation>
    </message>
    <message>
        <source>Get set</source>
        <translation>Prepárese</translation>
    </message>
    <message>
        <source>then {label}</source>
        <translation>después: {label}</translation>
    </message>
    <message>
        <source>{text} seconds left of {label}</source>
        <translation>Quedan {text} segundos de {label}</translation>
    </message>
    <message>
        <source>Resume after a 3-2-1 countdown (Space)</source>
        <translation>Reanudar tras una cuenta atrás 3-2-1 (Espacio)</translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation>¿Parar la sesión?</translation>
    </message>
    <message>
        <source>Stop now? What you have done so far is logged as a partial session. Started it by mistake? Discard it, and nothing is logged.</source>
        <translation>¿Parar ahora? Lo que ha hecho hasta ahora se registra como sesión parcial. ¿La empezó por error? Descártela y no se registra nada.</translation>
    </message>
    <message>
        <source>Quit during a session?</source>
        <translation>¿Salir durante una sesión?</translation>
    </message>
    <message>
        <source>A session is running. Stop it, log what you did so far, and quit?</source>
        <translation>Hay una sesión en marcha. ¿Pararla, registrar lo hecho hasta ahora y salir?</translation>
    </message>
    <message>
        <source>&amp;Stop, log and quit</source>
        <translation>&amp;Parar, registrar y salir</translation>
    </message>
    <message>
        <source>&amp;Stop and log</source>
        <translation>&amp;Parar y registrar</translation>
    </message>
    <message>
        <source>End the session here and log what you did as a partial session</source>
        <translation>Terminar la sesión aquí y registrar lo que hizo como sesión parcial</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>End the session and log nothing of it</source>
        <translation>Terminar la sesión sin registrar nada</translation>
    </message>
    <message>
        <source>Close this question and carry on with the session</source>
        <translation>Cerrar esta pregunta y seguir con la sesión</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Duration and reps</source>
        <translation>Duración y repeticiones</translation>
    </message>
    <message>
        <source>Streak and weekly goal</source>
        <translation>Racha y objetivo semanal</translation>
    </message>
    <message>
        <source>Exercises done</source>
        <translation>Ejercicios hechos</translation>
    </message>
    <message>
        <source>How does your back feel now?</source>
        <translation>¿Cómo siente la espalda ahora?</translation>
    </message>
    <message>
        <source>&amp;Note (optional)</source>
        <translation>&amp;Nota (opcional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Anything worth remembering about this session</source>
        <translation>Lo que quiera recordar de esta sesión</translation>
    </message>
    <message>
        <source>How it went, what felt tight, what helped…</source>
        <translation>Cómo fue, qué notó tenso, qué le ayudó…</translation>
    </message>
    <message>
        <source>Log status</source>
        <translation>Estado del registro</translation>
    </message>
    <message>
        <source>&amp;Log it after all</source>
        <translation>&amp;Registrarla de todos modos</translation>
    </message>
    <message>
        <source>Log it after all</source>
        <translation>Registrarla de todos modos</translation>
    </message>
    <message>
        <source>Undo the discard: log what you did</source>
        <translation>Deshacer el descarte: registrar lo que hizo</translation>
    </message>
    <message>
        <source>&amp;Save and finish</source>
        <translation>&amp;Guardar y terminar</translation>
    </message>
    <message>
        <source>Save and finish</source>
        <translation>Guardar y terminar</translation>
    </message>
    <message>
        <source>Save the rating and note with the session</source>
        <translation>Guardar la valoración y la nota con la sesión</translation>
    </message>
    <message>
        <source>Session discarded</source>
        <translation>Sesión descartada</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>¡Muy bien!</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Sesión detenida</translation>
    </message>
    <message>
        <source>{duration_text} · {len} of {plural} · {reps_done} of {plural2}</source>
        <translation>{duration_text} · {len} de {plural} · {reps_done} de {plural2}</translation>
    </message>
    <message>
        <source>{reps_done} of {plural}</source>
        <translation>{reps_done} de {plural}</translation>
    </message>
    <message>
        <source> ({holds_done} of {plural})</source>
        <translation> ({holds_done} de {plural})</translation>
    </message>
    <message>
        <source>&lt;p&gt;It hurt during: {escape}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le dolió durante: {escape}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=&apos;4&apos;&gt;{join}&lt;/table&gt;{hurts}</source>
        <translation>&lt;table cellspacing=&apos;4&apos;&gt;{join}&lt;/table&gt;{hurts}</translation>
    </message>
    <message>
        <source>as complete</source>
        <translation>como completa</translation>
    </message>
    <message>
        <source>as partial, with what you did</source>
        <translation>como parcial, con lo que hizo</translation>
    </message>
    <message>
        <source>Logged {kind}.</source>
        <translation>Registrada {kind}.</translation>
    </message>
    <message>
        <source>Nothing was logged. Discarded by mistake? Log it after all.</source>
        <translation>No se registró nada. ¿La descartó por error? Regístrela de todos modos.</translation>
    </message>
    <message>
        <source>Nothing was logged: no exercise had begun.</source>
        <translation>No se registró nada: no había empezado ningún ejercicio.</translation>
    </message>
    <message>
        <source>&amp;Back to the start</source>
        <translation>&amp;Volver al principio</translation>
    </message>
    <message>
        <source>Up next</source>
        <translation>A continuación</translation>
    </message>
    <message>
        <source>Up next illustration</source>
        <translation>Imagen del siguiente ejercicio</translation>
    </message>
    <message>
        <source>Up next exercise</source>
        <translation>Siguiente ejercicio</translation>
    </message>
    <message>
        <source>Up next position</source>
        <translation>Siguiente posición</translation>
    </message>
    <message>
        <source>Spoken cues are not available ({error}).</source>
        <translation>Las indicaciones habladas no están disponibles ({error}).</translation>
    </message>
    <message>
        <source>Spoken cues are not available: {problem}</source>
        <translation>Las indicaciones habladas no están disponibles: {problem}</translation>
    </message>
    <message>
        <source>no speech engine was found</source>
        <translation>no se encontró ningún motor de voz</translation>
    </message>
    <message>
        <source>Spoken cues are not available: {reason}.</source>
        <translation>Las indicaciones habladas no están disponibles: {reason}.</translation>
    </message>
    <message>
        <source>Spoken cues stopped working: {value}.</source>
        <translation>Las indicaciones habladas dejaron de funcionar: {value}.</translation>
    </message>
    <message>
        <source>the speech engine failed</source>
        <translation>el motor de voz falló</translation>
    </message>
    <message>
        <source>No voice for {language} is installed, so the spoken cues use another language. Your system&apos;s speech settings can add one.</source>
        <translation>No hay ninguna voz instalada para {language}, así que las indicaciones habladas usan otro idioma. Puede añadir una en los ajustes de voz de su sistema.</translation>
    </message>
</context>
<context>
    <name>RemindersText</name>
    <message>
        <source>--action={START}=Start now</source>
        <translation>--action={START}=Empezar ahora</translation>
    </message>
    <message>
        <source>--action={OPEN}=Open {APP_NAME}</source>
        <translation>--action={OPEN}=Abrir {APP_NAME}</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 minutos</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 minutos</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>Reminder message</source>
        <translation>Mensaje del recordatorio</translation>
    </message>
    <message>
        <source>&amp;Start now</source>
        <translation>&amp;Empezar ahora</translation>
    </message>
    <message>
        <source>Start the routine now</source>
        <translation>Empezar la rutina ahora</translation>
    </message>
    <message>
        <source>Open the player and start the reminder&apos;s routine</source>
        <translation>Abrir el reproductor y empezar la rutina del recordatorio</translation>
    </message>
    <message>
        <source>S&amp;nooze 15 min</source>
        <translation>&amp;Posponer 15 min</translation>
    </message>
    <message>
        <source>Snooze the reminder</source>
        <translation>Posponer el recordatorio</translation>
    </message>
    <message>
        <source>Remind me again in 15 minutes (the arrow offers longer)</source>
        <translation>Recordármelo de nuevo en 15 minutos (la flecha ofrece más)</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>Snooze {text}</source>
        <translation>Posponer {text}</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation>Cerrar el recordatorio</translation>
    </message>
    <message>
        <source>Hide this reminder; the next one comes as scheduled</source>
        <translation>Ocultar este recordatorio; el siguiente llega según lo previsto</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>&amp;Remind me to do a routine at my desk</source>
        <translation>&amp;Recordarme hacer una rutina en mi escritorio</translation>
    </message>
    <message>
        <source>Turn desk reminders on or off</source>
        <translation>Activar o desactivar los recordatorios en el escritorio</translation>
    </message>
    <message>
        <source>Reminder routine</source>
        <translation>Rutina del recordatorio</translation>
    </message>
    <message>
        <source>The routine a reminder starts when you click it</source>
        <translation>La rutina que empieza un recordatorio cuando hace clic en él</translation>
    </message>
    <message>
        <source>R&amp;outine:</source>
        <translation>R&amp;utina:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation>Ca&amp;da</translation>
    </message>
    <message>
        <source>Remind at an interval</source>
        <translation>Recordar a intervalos</translation>
    </message>
    <message>
        <source>Remind every so many minutes during work hours</source>
        <translation>Recordar cada tantos minutos en el horario de trabajo</translation>
    </message>
    <message>
        <source>Minutes between reminders</source>
        <translation>Minutos entre recordatorios</translation>
    </message>
    <message>
        <source>Minutes between reminders, from {low} to {high}; a session you do restarts the count</source>
        <translation>Minutos entre recordatorios, de {low} a {high}; una sesión que haga reinicia la cuenta</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>during work hours</source>
        <translation>en el horario de trabajo</translation>
    </message>
    <message>
        <source>Work hours start</source>
        <translation>Inicio del horario de trabajo</translation>
    </message>
    <message>
        <source>When work hours start</source>
        <translation>Cuándo empieza el horario de trabajo</translation>
    </message>
    <message>
        <source>Work hours end</source>
        <translation>Fin del horario de trabajo</translation>
    </message>
    <message>
        <source>When work hours end</source>
        <translation>Cuándo termina el horario de trabajo</translation>
    </message>
    <message>
        <source>&amp;Work hours:</source>
        <translation>&amp;Horario de trabajo:</translation>
    </message>
    <message>
        <source>Work hours problem</source>
        <translation>Problema con el horario de trabajo</translation>
    </message>
    <message>
        <source>At &amp;fixed times:</source>
        <translation>A horas &amp;fijas:</translation>
    </message>
    <message>
        <source>Remind at fixed times</source>
        <translation>Recordar a horas fijas</translation>
    </message>
    <message>
        <source>Remind at the times of day you write</source>
        <translation>Recordar a las horas del día que escriba</translation>
    </message>
    <message>
        <source>Reminder times</source>
        <translation>Horas de los recordatorios</translation>
    </message>
    <message>
        <source>Times of day on a 24-hour clock, separated by commas, such as 10:30, 15:00</source>
        <translation>Horas del día en formato de 24 horas, separadas por comas, por ejemplo 10:30, 15:00</translation>
    </message>
    <message>
        <source>Reminder times problem</source>
        <translation>Problema con las horas de los recordatorios</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Días:</translation>
    </message>
    <message>
        <source>Remind on {name}</source>
        <translation>Recordar el {name}</translation>
    </message>
    <message>
        <source>Weekdays problem</source>
        <translation>Problema con los días de la semana</translation>
    </message>
    <message>
        <source>Sessions a day</source>
        <translation>Sesiones al día</translation>
    </message>
    <message>
        <source>No more reminders on a day once you have completed this many sessions (0: remind all day)</source>
        <translation>No más recordatorios en un día cuando haya completado estas sesiones (0: recordar todo el día)</translation>
    </message>
    <message>
        <source>&amp;Stop for the day after completed sessions:</source>
        <translation>Parar por hoy tras sesiones &amp;completadas:</translation>
    </message>
    <message>
        <source>&amp;Do not disturb (hold every reminder)</source>
        <translation>&amp;No molestar (retener todos los recordatorios)</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>No molestar</translation>
    </message>
    <message>
        <source>Hold every reminder until you switch this off</source>
        <translation>Retener todos los recordatorios hasta que lo desactive</translation>
    </message>
    <message>
        <source>Start BackCoach in the tray when I &amp;log in</source>
        <translation>Iniciar BackCoach en la bandeja al iniciar &amp;sesión</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar al iniciar sesión</translation>
    </message>
    <message>
        <source>Start BackCoach in the background at login, so reminders come without opening it</source>
        <translation>Iniciar BackCoach en segundo plano al iniciar sesión, para que lleguen recordatorios sin abrirlo</translation>
    </message>
    <message>
        <source>On this system, add BackCoach to the programs that start at login by hand: see docs/reminders.md</source>
        <translation>En este sistema, añada BackCoach a mano a los programas que se inician al iniciar sesión: vea docs/reminders.md</translation>
    </message>
    <message>
        <source>Start at login problem</source>
        <translation>Problema con el inicio al iniciar sesión</translation>
    </message>
    <message>
        <source>Reminder schedule</source>
        <translation>Horario de los recordatorios</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close; every change is already saved</source>
        <translation>Cerrar; cada cambio ya está guardado</translation>
    </message>
    <message>
        <source>Time for your back</source>
        <translation>Es la hora de su espalda</translation>
    </message>
    <message>
        <source>BackCoach is still running</source>
        <translation>BackCoach sigue en marcha</translation>
    </message>
    <message>
        <source>Reminders go on from the tray icon. To quit BackCoach, choose Quit from the tray menu.</source>
        <translation>Los recordatorios siguen desde el icono de la bandeja. Para salir de BackCoach, elija Salir en el menú de la bandeja.</translation>
    </message>
    <message>
        <source>&amp;Show {APP_NAME}</source>
        <translation>&amp;Mostrar {APP_NAME}</translation>
    </message>
    <message>
        <source>Bring the BackCoach window to the front</source>
        <translation>Traer al frente la ventana de BackCoach</translation>
    </message>
    <message>
        <source>No reminder for {text}</source>
        <translation>Ningún recordatorio durante {text}</translation>
    </message>
    <message>
        <source>&amp;No more reminders today</source>
        <translation>&amp;No más recordatorios hoy</translation>
    </message>
    <message>
        <source>Hold reminders until tomorrow</source>
        <translation>Retener los recordatorios hasta mañana</translation>
    </message>
    <message>
        <source>&amp;Do not disturb</source>
        <translation>&amp;No molestar</translation>
    </message>
    <message>
        <source>Hold every reminder until this is switched off</source>
        <translation>Retener todos los recordatorios hasta que se desactive</translation>
    </message>
    <message>
        <source>&amp;Reminder settings…</source>
        <translation>&amp;Ajustes de recordatorios…</translation>
    </message>
    <message>
        <source>When to remind, which routine, start at login</source>
        <translation>Cuándo recordar, qué rutina, inicio al iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Quit {APP_NAME}</source>
        <translation>&amp;Salir de {APP_NAME}</translation>
    </message>
    <message>
        <source>Close BackCoach and its reminders</source>
        <translation>Cerrar BackCoach y sus recordatorios</translation>
    </message>
    <message>
        <source>S&amp;nooze reminders</source>
        <translation>&amp;Posponer recordatorios</translation>
    </message>
    <message>
        <source>{APP_NAME} tray menu</source>
        <translation>Menú de la bandeja de {APP_NAME}</translation>
    </message>
    <message>
        <source>Start a &amp;routine</source>
        <translation>Empezar una &amp;rutina</translation>
    </message>
    <message>
        <source>Start a routine</source>
        <translation>Empezar una rutina</translation>
    </message>
    <message>
        <source>Start {name} ({length})</source>
        <translation>Empezar {name} ({length})</translation>
    </message>
    <message>
        <source>Reminders are off</source>
        <translation>Los recordatorios están desactivados</translation>
    </message>
    <message>
        <source>Do not disturb is on</source>
        <translation>No molestar está activado</translation>
    </message>
    <message>
        <source>No reminder this week</source>
        <translation>Ningún recordatorio esta semana</translation>
    </message>
    <message>
        <source>Next reminder: {when}</source>
        <translation>Próximo recordatorio: {when}</translation>
    </message>
    <message>
        <source>today at {clock_time}</source>
        <translation>hoy a las {clock_time}</translation>
    </message>
    <message>
        <source>tomorrow at {clock_time}</source>
        <translation>mañana a las {clock_time}</translation>
    </message>
    <message>
        <source>{weekday_name} at {clock_time}</source>
        <translation>el {weekday_name} a las {clock_time}</translation>
    </message>
    <message>
        <source>Snooze {SNOOZE_CHOICES}</source>
        <translation>Posponer {SNOOZE_CHOICES}</translation>
    </message>
    <message>
        <source>{text} Click here to start it.</source>
        <translation>{text} Haga clic aquí para empezarla.</translation>
    </message>
</context>
<context>
    <name>RoutinesText</name>
    <message>
        <source>Position {number}: pose</source>
        <translation>Posición {number}: postura</translation>
    </message>
    <message>
        <source>The pose shown for this position</source>
        <translation>La postura que se muestra para esta posición</translation>
    </message>
    <message>
        <source>e.g. “Pull both knees up”</source>
        <translation>p. ej. «Suba las dos rodillas»</translation>
    </message>
    <message>
        <source>Position {number}: cue</source>
        <translation>Posición {number}: indicación</translation>
    </message>
    <message>
        <source>Said and shown while moving into this position</source>
        <translation>Se dice y se muestra al colocarse en esta posición</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove position {number}</source>
        <translation>Quitar la posición {number}</translation>
    </message>
    <message>
        <source>Edit your exercise</source>
        <translation>Editar su ejercicio</translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation>Ejercicio nuevo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>What the exercise is called in your routines</source>
        <translation>Cómo se llama el ejercicio en sus rutinas</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>How to do the exercise, shown while getting ready</source>
        <translation>Cómo se hace el ejercicio, se muestra al prepararse</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>&amp;Instrucciones:</translation>
    </message>
    <message>
        <source>You start in the first position. Each repetition moves from the one before the last into the last, which is held.</source>
        <translation>Empieza en la primera posición. Cada repetición pasa de la penúltima a la última, que se mantiene.</translation>
    </message>
    <message>
        <source>Add &amp;position</source>
        <translation>Añadir &amp;posición</translation>
    </message>
    <message>
        <source>Add position</source>
        <translation>Añadir posición</translation>
    </message>
    <message>
        <source>Add a position (up to {MAX_POSITIONS})</source>
        <translation>Añadir una posición (hasta {MAX_POSITIONS})</translation>
    </message>
    <message>
        <source>Positions: problem</source>
        <translation>Posiciones: problema</translation>
    </message>
    <message>
        <source>Positions:</source>
        <translation>Posiciones:</translation>
    </message>
    <message>
        <source>&amp;Hold (seconds):</source>
        <translation>&amp;Mantener (segundos):</translation>
    </message>
    <message>
        <source>How long to hold the last position</source>
        <translation>Cuánto tiempo mantener la última posición</translation>
    </message>
    <message>
        <source>&amp;Repetitions:</source>
        <translation>&amp;Repeticiones:</translation>
    </message>
    <message>
        <source>How many times to do it</source>
        <translation>Cuántas veces hacerlo</translation>
    </message>
    <message>
        <source>Re&amp;st (seconds):</source>
        <translation>De&amp;scanso (segundos):</translation>
    </message>
    <message>
        <source>The pause between repetitions</source>
        <translation>La pausa entre repeticiones</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Lados</translation>
    </message>
    <message>
        <source>Whether the exercise is done once, or for the left and the right</source>
        <translation>Si el ejercicio se hace una vez, o para la izquierda y la derecha</translation>
    </message>
    <message>
        <source>Side name</source>
        <translation>Nombre del lado</translation>
    </message>
    <message>
        <source>What the player calls a side: “Left leg”, “Right arm”…</source>
        <translation>Cómo llama el reproductor a un lado: «Pierna izquierda», «Brazo derecho»…</translation>
    </message>
    <message>
        <source>leg, arm, side…</source>
        <translation>pierna, brazo, lado…</translation>
    </message>
    <message>
        <source>Side name: problem</source>
        <translation>Nombre del lado: problema</translation>
    </message>
    <message>
        <source>Si&amp;des:</source>
        <translation>La&amp;dos:</translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation>Nota de seguridad</translation>
    </message>
    <message>
        <source>What to watch out for, shown with the exercise (optional)</source>
        <translation>A qué prestar atención, se muestra con el ejercicio (opcional)</translation>
    </message>
    <message>
        <source>Sa&amp;fety note:</source>
        <translation>Nota de se&amp;guridad:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Save exercise</source>
        <translation>Guardar ejercicio</translation>
    </message>
    <message>
        <source>Check and keep this exercise</source>
        <translation>Comprobar y guardar este ejercicio</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>{accessibleName}: problem</source>
        <translation>{accessibleName}: problema</translation>
    </message>
    <message>
        <source>Exercises of the routine</source>
        <translation>Ejercicios de la rutina</translation>
    </message>
    <message>
        <source>Drag to reorder (or Ctrl+Up and Ctrl+Down); tick an exercise to include it, untick to leave it out for a while</source>
        <translation>Arrastre para reordenar (o Ctrl+Arriba y Ctrl+Abajo); marque un ejercicio para incluirlo, desmárquelo para dejarlo fuera un tiempo</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Una vez</translation>
    </message>
    <message>
        <source>On each side (left, then right)</source>
        <translation>En cada lado (izquierdo y luego derecho)</translation>
    </message>
    <message>
        <source>{tip} ({low} to {high}{unit}; Esc puts back the number in use)</source>
        <translation>{tip} ({low} a {high}{unit}; Esc vuelve al número en uso)</translation>
    </message>
    <message>
        <source>{label}: default</source>
        <translation>{label}: por defecto</translation>
    </message>
    <message>
        <source>{label}: problem</source>
        <translation>{label}: problema</translation>
    </message>
    <message>
        <source>{low} to {high}{unit}</source>
        <translation>{low} a {high}{unit}</translation>
    </message>
    <message>
        <source>{label} needs a number from {range_text}.</source>
        <translation>{label} necesita un número de {range_text}.</translation>
    </message>
    <message>
        <source>Ho&amp;ld (seconds):</source>
        <translation>Man&amp;tener (segundos):</translation>
    </message>
    <message>
        <source>How long to hold the position each time</source>
        <translation>Cuánto tiempo mantener la posición cada vez</translation>
    </message>
    <message>
        <source>How many times to do the exercise (on each side)</source>
        <translation>Cuántas veces hacer el ejercicio (en cada lado)</translation>
    </message>
    <message>
        <source>Se&amp;ts:</source>
        <translation>Se&amp;ries:</translation>
    </message>
    <message>
        <source>How many times to go through all the repetitions</source>
        <translation>Cuántas veces hacer todas las repeticiones</translation>
    </message>
    <message>
        <source>&amp;Get ready (seconds):</source>
        <translation>&amp;Prepararse (segundos):</translation>
    </message>
    <message>
        <source>Time to get into position first</source>
        <translation>Tiempo para colocarse en posición primero</translation>
    </message>
    <message>
        <source>Exercise being edited</source>
        <translation>Ejercicio en edición</translation>
    </message>
    <message>
        <source>About this exercise</source>
        <translation>Sobre este ejercicio</translation>
    </message>
    <message>
        <source>Do the exercise once, or on the left and then on the right</source>
        <translation>Hacer el ejercicio una vez, o a la izquierda y luego a la derecha</translation>
    </message>
    <message>
        <source>Sides: default</source>
        <translation>Lados: por defecto</translation>
    </message>
    <message>
        <source>Reset e&amp;xercise to defaults</source>
        <translation>Restablecer el e&amp;jercicio</translation>
    </message>
    <message>
        <source>Reset exercise to defaults</source>
        <translation>Restablecer el ejercicio</translation>
    </message>
    <message>
        <source>Use the exercise&apos;s own hold, repetitions and rest again, and one set</source>
        <translation>Volver a usar el mantenimiento, las repeticiones y el descanso propios del ejercicio, y una serie</translation>
    </message>
    <message>
        <source>default {default}</source>
        <translation>por defecto {default}</translation>
    </message>
    <message>
        <source>default {default_sides}</source>
        <translation>por defecto {default_sides}</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Rutina nueva</translation>
    </message>
    <message>
        <source>What the routine is called in the player</source>
        <translation>Cómo se llama la rutina en el reproductor</translation>
    </message>
    <message>
        <source>e.g. Physio, morning</source>
        <translation>p. ej. Fisio, mañana</translation>
    </message>
    <message>
        <source>First exercise</source>
        <translation>Primer ejercicio</translation>
    </message>
    <message>
        <source>The routine starts with this exercise; add more afterwards</source>
        <translation>La rutina empieza con este ejercicio; añada más después</translation>
    </message>
    <message>
        <source>&amp;First exercise:</source>
        <translation>&amp;Primer ejercicio:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>Make the routine</source>
        <translation>Crear la rutina</translation>
    </message>
    <message>
        <source>Close without making a routine</source>
        <translation>Cerrar sin crear una rutina</translation>
    </message>
    <message>
        <source>Delete the exercise?</source>
        <translation>¿Borrar el ejercicio?</translation>
    </message>
    <message>
        <source>Delete your exercise “{name}”?</source>
        <translation>¿Borrar su ejercicio «{name}»?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>the exercise&apos;s deletion</source>
        <translation>el borrado del ejercicio</translation>
    </message>
    <message>
        <source>BackCoach routines ({patterns});;All files (*)</source>
        <translation>Rutinas de BackCoach ({patterns});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Importar una rutina</translation>
    </message>
    <message>
        <source>Imported “{name}” from {name2}.</source>
        <translation>Se importó «{name}» de {name2}.</translation>
    </message>
    <message>
        <source>“{name}” is already here, the same: nothing was added.</source>
        <translation>«{name}» ya está aquí, igual: no se añadió nada.</translation>
    </message>
    <message>
        <source>Export the routine</source>
        <translation>Exportar la rutina</translation>
    </message>
    <message>
        <source>Exported “{name}” to {path}.</source>
        <translation>Se exportó «{name}» a {path}.</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>Choose a routine to edit (F2 renames, Delete deletes)</source>
        <translation>Elija una rutina para editarla (F2 cambia el nombre, Supr la borra)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nueva…</translation>
    </message>
    <message>
        <source>Make a new routine</source>
        <translation>Crear una rutina nueva</translation>
    </message>
    <message>
        <source>R&amp;ename…</source>
        <translation>Cambiar &amp;nombre…</translation>
    </message>
    <message>
        <source>Rename this routine (F2)</source>
        <translation>Cambiar el nombre de esta rutina (F2)</translation>
    </message>
    <message>
        <source>Rename routine</source>
        <translation>Cambiar el nombre de la rutina</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Make a copy of this routine to change</source>
        <translation>Hacer una copia de esta rutina para cambiarla</translation>
    </message>
    <message>
        <source>Duplicate routine</source>
        <translation>Duplicar la rutina</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <source>Delete this routine (Delete)</source>
        <translation>Borrar esta rutina (Supr)</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Borrar la rutina</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Add a routine from a routine file</source>
        <translation>Añadir una rutina desde un archivo de rutina</translation>
    </message>
    <message>
        <source>Import routine</source>
        <translation>Importar rutina</translation>
    </message>
    <message>
        <source>Ex&amp;port…</source>
        <translation>Ex&amp;portar…</translation>
    </message>
    <message>
        <source>Save this routine as a file to share</source>
        <translation>Guardar esta rutina como archivo para compartirla</translation>
    </message>
    <message>
        <source>Export routine</source>
        <translation>Exportar rutina</translation>
    </message>
    <message>
        <source>Restore built-in routines…</source>
        <translation>Restaurar las rutinas incluidas…</translation>
    </message>
    <message>
        <source>Bring back built-in routines you deleted or changed, as they were shipped</source>
        <translation>Recuperar las rutinas incluidas que borró o cambió, tal como venían</translation>
    </message>
    <message>
        <source>Reset all to defaults…</source>
        <translation>Restablecer todo…</translation>
    </message>
    <message>
        <source>Built-in routines as shipped, and every exercise of your routines back to its defaults (your routines and exercises stay)</source>
        <translation>Las rutinas incluidas tal como venían, y cada ejercicio de sus rutinas con sus valores por defecto (sus rutinas y ejercicios se quedan)</translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation>Nombre de la rutina</translation>
    </message>
    <message>
        <source>Kind of routine</source>
        <translation>Tipo de rutina</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Tiempo total</translation>
    </message>
    <message>
        <source>How long the routine takes, rests and getting ready included</source>
        <translation>Cuánto dura la rutina, descansos y preparación incluidos</translation>
    </message>
    <message>
        <source>Reset r&amp;outine…</source>
        <translation>Restablecer la r&amp;utina…</translation>
    </message>
    <message>
        <source>Every exercise of this routine back to its defaults (a built-in routine: as shipped)</source>
        <translation>Cada ejercicio de esta rutina con sus valores por defecto (una rutina incluida: tal como venía)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nada que deshacer</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move this exercise earlier (Ctrl+Up)</source>
        <translation>Mover este ejercicio antes (Ctrl+Arriba)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move this exercise later (Ctrl+Down)</source>
        <translation>Mover este ejercicio después (Ctrl+Abajo)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Take this exercise out of the routine (Delete)</source>
        <translation>Sacar este ejercicio de la rutina (Supr)</translation>
    </message>
    <message>
        <source>Remove exercise</source>
        <translation>Quitar ejercicio</translation>
    </message>
    <message>
        <source>Add from the &amp;catalogue:</source>
        <translation>Añadir del &amp;catálogo:</translation>
    </message>
    <message>
        <source>Exercise to add</source>
        <translation>Ejercicio que añadir</translation>
    </message>
    <message>
        <source>The guide&apos;s exercises and your own</source>
        <translation>Los ejercicios de la guía y los suyos</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add this exercise to the end of the routine</source>
        <translation>Añadir este ejercicio al final de la rutina</translation>
    </message>
    <message>
        <source>Add exercise</source>
        <translation>Añadir ejercicio</translation>
    </message>
    <message>
        <source>Ne&amp;w exercise…</source>
        <translation>Nue&amp;vo…</translation>
    </message>
    <message>
        <source>Make an exercise of your own and add it</source>
        <translation>Crear un ejercicio propio y añadirlo</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Change the exercise of yours chosen above</source>
        <translation>Cambiar su ejercicio elegido arriba</translation>
    </message>
    <message>
        <source>Delete the exercise of yours chosen above (when no routine uses it)</source>
        <translation>Borrar su ejercicio elegido arriba (si ninguna rutina lo usa)</translation>
    </message>
    <message>
        <source>Delete your exercise</source>
        <translation>Borrar su ejercicio</translation>
    </message>
    <message>
        <source>{name} (yours)</source>
        <translation>{name} (suyo)</translation>
    </message>
    <message>
        <source>Built-in routine, changed by you: Reset routine brings back the original.</source>
        <translation>Rutina incluida, cambiada por usted: Restablecer la rutina recupera la original.</translation>
    </message>
    <message>
        <source>Built-in routine. Your changes are kept apart; it can always be reset.</source>
        <translation>Rutina incluida. Sus cambios se guardan aparte; siempre se puede restablecer.</translation>
    </message>
    <message>
        <source>Your own routine.</source>
        <translation>Su propia rutina.</translation>
    </message>
    <message>
        <source> (off)</source>
        <translation> (desactivado)</translation>
    </message>
    <message>
        <source>Total {duration_text}</source>
        <translation>Total {duration_text}</translation>
    </message>
    <message>
        <source> (as typed)</source>
        <translation> (como se escribió)</translation>
    </message>
    <message>
        <source>{exercises} turned on</source>
        <translation>{exercises} activados</translation>
    </message>
    <message>
        <source>{exercises} turned on; rests and getting ready included</source>
        <translation>{exercises} activados; descansos y preparación incluidos</translation>
    </message>
    <message>
        <source>Your own exercise.</source>
        <translation>Su propio ejercicio.</translation>
    </message>
    <message>
        <source>{about} Turned off: the player leaves it out.</source>
        <translation>{about} Desactivado: el reproductor lo omite.</translation>
    </message>
    <message>
        <source>{value} Correct it, or press Esc in the field to put back the number in use, before choosing another exercise.</source>
        <translation>{value} Corríjalo, o pulse Esc en el campo para volver al número en uso, antes de elegir otro ejercicio.</translation>
    </message>
    <message>
        <source>This number is not used yet.</source>
        <translation>Este número todavía no se usa.</translation>
    </message>
    <message>
        <source>Undo: {what} (Ctrl+Z)</source>
        <translation>Deshacer: {what} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>the last change</source>
        <translation>el último cambio</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nada que deshacer.</translation>
    </message>
    <message>
        <source>the change of </source>
        <translation>el cambio de </translation>
    </message>
    <message>
        <source>the exercise&apos;s removal</source>
        <translation>la retirada del ejercicio</translation>
    </message>
    <message>
        <source>the exercise&apos;s reset</source>
        <translation>el restablecimiento del ejercicio</translation>
    </message>
    <message>
        <source>goes back to how it was shipped</source>
        <translation>vuelve a como venía</translation>
    </message>
    <message>
        <source>goes back to its exercise&apos;s defaults</source>
        <translation>vuelve a los valores por defecto de su ejercicio</translation>
    </message>
    <message>
        <source>Reset the routine?</source>
        <translation>¿Restablecer la rutina?</translation>
    </message>
    <message>
        <source>Every exercise of “{name}” {back}: hold, repetitions, rest, sides and sets. Undo (Ctrl+Z) brings your numbers back.</source>
        <translation>Cada ejercicio de «{name}» {back}: mantenimiento, repeticiones, descanso, lados y series. Deshacer (Ctrl+Z) recupera sus números.</translation>
    </message>
    <message>
        <source>Reset routine</source>
        <translation>Restablecer la rutina</translation>
    </message>
    <message>
        <source>the routine&apos;s reset</source>
        <translation>el restablecimiento de la rutina</translation>
    </message>
    <message>
        <source>Reset all to defaults?</source>
        <translation>¿Restablecer todo?</translation>
    </message>
    <message>
        <source>Built-in routines go back to how they were shipped (deleted ones come back), and every exercise of your own routines goes back to its default hold, repetitions and rest. Your own routines and exercises stay.</source>
        <translation>Las rutinas incluidas vuelven a como venían (las borradas vuelven), y cada ejercicio de sus propias rutinas vuelve a su mantenimiento, repeticiones y descanso por defecto. Sus propias rutinas y ejercicios se quedan.</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>Restablecer todo</translation>
    </message>
    <message>
        <source>the reset of all routines</source>
        <translation>el restablecimiento de todas las rutinas</translation>
    </message>
    <message>
        <source>The built-in routines are all here, as shipped.</source>
        <translation>Las rutinas incluidas están todas, tal como venían.</translation>
    </message>
    <message>
        <source>These come back: {names}.</source>
        <translation>Estas vuelven: {names}.</translation>
    </message>
    <message>
        <source>These lose your changes: {names}.</source>
        <translation>Estas pierden sus cambios: {names}.</translation>
    </message>
    <message>
        <source>Restore the built-in routines?</source>
        <translation>¿Restaurar las rutinas incluidas?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>the restore of the built-ins</source>
        <translation>la restauración de las rutinas incluidas</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source> It is a built-in routine: Restore built-in routines brings it back.</source>
        <translation> Es una rutina incluida: Restaurar las rutinas incluidas la recupera.</translation>
    </message>
    <message>
        <source> This cannot be undone; export it first to keep a copy.</source>
        <translation> No se puede deshacer; expórtela antes para guardar una copia.</translation>
    </message>
    <message>
        <source>Delete the routine?</source>
        <translation>¿Borrar la rutina?</translation>
    </message>
    <message>
        <source>Delete “{name}”?{note}</source>
        <translation>¿Borrar «{name}»?{note}</translation>
    </message>
    <message>
        <source>the routine&apos;s deletion</source>
        <translation>el borrado de la rutina</translation>
    </message>
</context>
<context>
    <name>ShellText</name>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Follow a routine (Ctrl+1)</source>
        <translation>Seguir una rutina (Ctrl+1)</translation>
    </message>
    <message>
        <source>Your sessions and streaks (Ctrl+2)</source>
        <translation>Sus sesiones y rachas (Ctrl+2)</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>Edit routines, hold times and repetitions (Ctrl+3)</source>
        <translation>Editar rutinas, tiempos de mantenimiento y repeticiones (Ctrl+3)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>I&amp;mport routine…</source>
        <translation>I&amp;mportar rutina…</translation>
    </message>
    <message>
        <source>Add a routine from a routine file</source>
        <translation>Añadir una rutina desde un archivo de rutina</translation>
    </message>
    <message>
        <source>E&amp;xport routine…</source>
        <translation>E&amp;xportar rutina…</translation>
    </message>
    <message>
        <source>Save the routine chosen in the editor as a file</source>
        <translation>Guardar como archivo la rutina elegida en el editor</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Exercise</source>
        <translation>&amp;Ejercicio</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>&amp;Rutinas</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma (Language)</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Re&amp;minders</source>
        <translation>Re&amp;cordatorios</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Safety advice</source>
        <translation>Consejos de &amp;seguridad</translation>
    </message>
    <message>
        <source>&amp;About {APP_NAME}</source>
        <translation>Acerca &amp;de {APP_NAME}</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the routine</source>
        <translation>Editar la rutina</translation>
    </message>
    <message>
        <source>Change this routine&apos;s holds, repetitions and exercises (Ctrl+3)</source>
        <translation>Cambiar los mantenimientos, las repeticiones y los ejercicios de esta rutina (Ctrl+3)</translation>
    </message>
    <message>
        <source>About {APP_NAME}</source>
        <translation>Acerca de {APP_NAME}</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{APP_NAME} {version}&lt;/h3&gt;&lt;p&gt;A desktop coach for back-pain relief exercises.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Safety&lt;/b&gt;&lt;/p&gt;{safety_html}&lt;p&gt;Your data: {folder}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{APP_NAME} {version}&lt;/h3&gt;&lt;p&gt;Un entrenador de escritorio para ejercicios que alivian el dolor de espalda.&lt;/p&gt;&lt;p&gt;Publicado con la licencia MIT.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Seguridad&lt;/b&gt;&lt;/p&gt;{safety_html}&lt;p&gt;Sus datos: {folder}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pain is a signal to stop the exercise, not to push through it.</source>
        <translation>El dolor es una señal para parar el ejercicio, no para aguantarlo.</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;{escape}.&lt;/b&gt; {escape2}&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;{escape}.&lt;/b&gt; {escape2}&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;ul&gt;{items}&lt;li&gt;&lt;b&gt;Stop if it hurts.&lt;/b&gt; {escape}&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;{items}&lt;li&gt;&lt;b&gt;Pare si duele.&lt;/b&gt; {escape}&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>Safety advice</source>
        <translation>Consejos de seguridad</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Before you start&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Antes de empezar&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>These exercises are meant to strengthen and stretch your back. Please read this advice from the guide first.</source>
        <translation>Estos ejercicios sirven para fortalecer y estirar la espalda. Lea primero estos consejos de la guía.</translation>
    </message>
    <message>
        <source>Safety advice from the guide</source>
        <translation>Consejos de seguridad de la guía</translation>
    </message>
    <message>
        <source>&amp;I have read this advice</source>
        <translation>&amp;He leído estos consejos</translation>
    </message>
    <message>
        <source>Tick to confirm you have read the safety advice</source>
        <translation>Marque para confirmar que ha leído los consejos de seguridad</translation>
    </message>
    <message>
        <source>I have read this advice</source>
        <translation>He leído estos consejos</translation>
    </message>
    <message>
        <source>&amp;Start using BackCoach</source>
        <translation>&amp;Empezar a usar BackCoach</translation>
    </message>
    <message>
        <source>Tick “I have read this advice” first</source>
        <translation>Marque primero «He leído estos consejos»</translation>
    </message>
    <message>
        <source>Start using BackCoach</source>
        <translation>Empezar a usar BackCoach</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>A&amp;hora no</translation>
    </message>
    <message>
        <source>Close the advice; it opens again when you start a session</source>
        <translation>Cerrar los consejos; se abren de nuevo cuando empiece una sesión</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Close the safety advice</source>
        <translation>Cerrar los consejos de seguridad</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>backcoach: {running_instance_silent}</source>
        <translation>backcoach: {running_instance_silent}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Everything in BackCoach works from the keyboard: Tab moves between controls, and Alt with the underlined letter of a label or button goes straight to it.</source>
        <translation>En BackCoach todo funciona con el teclado: Tab pasa de un control a otro, y Alt con la letra subrayada de una etiqueta o un botón va directamente a él.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
    <message>
        <source>Every keyboard shortcut, by where it works</source>
        <translation>Todos los atajos de teclado, según dónde funcionan</translation>
    </message>
    <message>
        <source>Close the list</source>
        <translation>Cerrar la lista</translation>
    </message>
    <message>
        <source>BackCoach is still starting.</source>
        <translation>BackCoach todavía se está iniciando.</translation>
    </message>
    <message>
        <source>BackCoach is closing.</source>
        <translation>BackCoach se está cerrando.</translation>
    </message>
    <message>
        <source>Not a BackCoach request.</source>
        <translation>No es una petición de BackCoach.</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>The desktop&apos;s colours</source>
        <translation>Los colores del escritorio</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>Dark text on light backgrounds</source>
        <translation>Texto oscuro sobre fondo claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>Light text on dark backgrounds</source>
        <translation>Texto claro sobre fondo oscuro</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Idioma del &amp;sistema</translation>
    </message>
    <message>
        <source>The language your desktop uses, when BackCoach has it</source>
        <translation>El idioma de su escritorio, si BackCoach lo tiene</translation>
    </message>
    <message>
        <source>the system language</source>
        <translation>el idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>BackCoach will be in {language} from its next start. Restart now? A running session asks first.</source>
        <translation>BackCoach estará en {language} desde el próximo inicio. ¿Reiniciar ahora? Si hay una sesión en marcha, se le preguntará antes.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <source>Quit and start BackCoach again in the new language</source>
        <translation>Salir y volver a abrir BackCoach en el nuevo idioma</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Keep this language until BackCoach starts again</source>
        <translation>Mantener este idioma hasta que BackCoach se vuelva a abrir</translation>
    </message>
    <message>
        <source>another BackCoach is writing this data folder.</source>
        <translation>otro BackCoach está escribiendo en esta carpeta de datos.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>{APP_NAME} (read-only)</source>
        <translation>{APP_NAME} (solo lectura)</translation>
    </message>
</context>
<context>
    <name>StorageText</name>
    <message>
        <source>{name} is not a BackCoach export (made with File &gt; Export all data).</source>
        <translation>{name} no es una exportación de BackCoach (hecha con Archivo &gt; Exportar todos los datos).</translation>
    </message>
    <message>
        <source>{name} has no valid schema version.</source>
        <translation>{name} no tiene una versión de esquema válida.</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of BackCoach; update to import it.</source>
        <translation>{name} lo hizo una versión más reciente de BackCoach; actualice para importarlo.</translation>
    </message>
    <message>
        <source>{name} has no list of sessions.</source>
        <translation>{name} no tiene una lista de sesiones.</translation>
    </message>
    <message>
        <source>In {name}, &apos;settings&apos; is not an object.</source>
        <translation>En {name}, «settings» no es un objeto.</translation>
    </message>
    <message>
        <source>In {name}, the routines are not readable.</source>
        <translation>En {name}, las rutinas no se pueden leer.</translation>
    </message>
    <message>
        <source> (imported)</source>
        <translation> (importada)</translation>
    </message>
    <message>
        <source>This command only reads the data folder.</source>
        <translation>Esta orden solo lee la carpeta de datos.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the app may not write there (permission denied)</source>
        <translation>la aplicación no puede escribir ahí (permiso denegado)</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>la carpeta es de solo lectura</translation>
    </message>
    <message>
        <source>{path} is from an older version of BackCoach and could not be updated yet: {why}.</source>
        <translation>{path} es de una versión anterior de BackCoach y aún no se pudo actualizar: {why}.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {why}.</source>
        <translation>{name} no se puede leer: {why}.</translation>
    </message>
    <message>
        <source>this command only reads the data folder.</source>
        <translation>esta orden solo lee la carpeta de datos.</translation>
    </message>
    <message>
        <source>it was written by a newer version of BackCoach, and this version never changes such a file.</source>
        <translation>lo escribió una versión más reciente de BackCoach, y esta versión nunca cambia un archivo así.</translation>
    </message>
    <message>
        <source>it could not be read, so writing it would lose it.</source>
        <translation>no se pudo leer, así que escribirlo lo perdería.</translation>
    </message>
    <message>
        <source>it is damaged and cannot be kept aside: {why}.</source>
        <translation>está dañado y no se puede apartar: {why}.</translation>
    </message>
    <message>
        <source>Could not back up {path} before saving: {why}.</source>
        <translation>No se pudo hacer copia de {path} antes de guardar: {why}.</translation>
    </message>
    <message>
        <source>Could not save {path}: {why}.</source>
        <translation>No se pudo guardar {path}: {why}.</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}.</source>
        <translation>No se pudo guardar {path}: {error}.</translation>
    </message>
    <message>
        <source>{name} is {value:,.1f} MB, more than the {value2:,.0f} MB this app reads for such a file.</source>
        <translation>{name} ocupa {value:,.1f} MB, más de los {value2:,.0f} MB que esta aplicación lee para un archivo así.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} está vacío.</translation>
    </message>
    <message>
        <source>{name} is not text (it is damaged or not a BackCoach file).</source>
        <translation>{name} no es texto (está dañado o no es un archivo de BackCoach).</translation>
    </message>
    <message>
        <source>{name} is nested too deeply to be a BackCoach file.</source>
        <translation>{name} está anidado demasiado hondo para ser un archivo de BackCoach.</translation>
    </message>
    <message>
        <source>{name} is not valid JSON ({error}).</source>
        <translation>{name} no es JSON válido ({error}).</translation>
    </message>
    <message>
        <source>{name} holds far more lists and objects than a BackCoach file of its size could.</source>
        <translation>{name} contiene muchas más listas y objetos de los que podría tener un archivo de BackCoach de su tamaño.</translation>
    </message>
    <message>
        <source>{name} is not valid JSON for this app (a number is too large: {group}…).</source>
        <translation>{name} no es JSON válido para esta aplicación (un número es demasiado grande: {group}…).</translation>
    </message>
    <message>
        <source>{name} is not a number this app accepts</source>
        <translation>{name} no es un número que esta aplicación acepte</translation>
    </message>
    <message>
        <source>cannot migrate a document of schema {schema!r}</source>
        <translation>no se puede migrar un documento de esquema {schema!r}</translation>
    </message>
    <message>
        <source>{name} does not hold {KIND_WORDS}.</source>
        <translation>{name} no contiene {KIND_WORDS}.</translation>
    </message>
    <message>
        <source>In {name}, {key!r} is not a list.</source>
        <translation>En {name}, {key!r} no es una lista.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be made: {why}.</source>
        <translation>No se puede crear la carpeta de datos {folder}: {why}.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be locked: {why}.</source>
        <translation>No se puede bloquear la carpeta de datos {folder}: {why}.</translation>
    </message>
    <message>
        <source>Could not read the backup {path}: {why}.</source>
        <translation>No se pudo leer la copia {path}: {why}.</translation>
    </message>
    <message>
        <source>The backup {path} is damaged; nothing was restored.</source>
        <translation>La copia {path} está dañada; no se restauró nada.</translation>
    </message>
    <message>
        <source>Could not restore {original}: {why}.</source>
        <translation>No se pudo restaurar {original}: {why}.</translation>
    </message>
    <message>
        <source>Could not back up {path} before using the new layout: {why}.</source>
        <translation>No se pudo hacer copia de {path} antes de usar la nueva organización: {why}.</translation>
    </message>
    <message>
        <source>This session&apos;s date ({moment:%Y-%m-%d}) is not one BackCoach keeps; check the computer&apos;s clock.</source>
        <translation>La fecha de esta sesión ({moment:%Y-%m-%d}) no es una que BackCoach guarde; compruebe el reloj del ordenador.</translation>
    </message>
    <message>
        <source>process {lines}</source>
        <translation>proceso {lines}</translation>
    </message>
    <message>
        <source>a process</source>
        <translation>un proceso</translation>
    </message>
    <message>
        <source>on {lines}</source>
        <translation>en {lines}</translation>
    </message>
    <message>
        <source>device {lines}</source>
        <translation>dispositivo {lines}</translation>
    </message>
    <message>
        <source>Another BackCoach ({describe_holder}) is writing {parent}; nothing was changed. Try again when it has finished or is closed.</source>
        <translation>Otro BackCoach ({describe_holder}) está escribiendo en {parent}; no se cambió nada. Vuelva a intentarlo cuando haya terminado o esté cerrado.</translation>
    </message>
</context>
<context>
    <name>WidgetsText</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Illustration</source>
        <translation>Ilustración</translation>
    </message>
    <message>
        <source>
(no illustration for this position)</source>
        <translation>
(sin ilustración para esta posición)</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>En cualquier lugar</translation>
    </message>
    <message>
        <source>The player, before a session</source>
        <translation>El reproductor, antes de una sesión</translation>
    </message>
    <message>
        <source>During a session</source>
        <translation>Durante una sesión</translation>
    </message>
    <message>
        <source>The routine editor</source>
        <translation>El editor de rutinas</translation>
    </message>
    <message>
        <source>The history&apos;s sessions table</source>
        <translation>La tabla de sesiones del historial</translation>
    </message>
    <message>
        <source>Show the exercise player</source>
        <translation>Mostrar el reproductor de ejercicios</translation>
    </message>
    <message>
        <source>Show the history</source>
        <translation>Mostrar el historial</translation>
    </message>
    <message>
        <source>Show the routine editor</source>
        <translation>Mostrar el editor de rutinas</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts (this list)</source>
        <translation>Ver los atajos de teclado (esta lista)</translation>
    </message>
    <message>
        <source>Quit BackCoach</source>
        <translation>Salir de BackCoach</translation>
    </message>
    <message>
        <source>Start the chosen routine</source>
        <translation>Empezar la rutina elegida</translation>
    </message>
    <message>
        <source>Pause, or resume after a 3-2-1 countdown</source>
        <translation>Pausa, o reanudar tras una cuenta atrás 3-2-1</translation>
    </message>
    <message>
        <source>Skip to the next exercise</source>
        <translation>Saltar al siguiente ejercicio</translation>
    </message>
    <message>
        <source>Back to the start of this exercise, or the one before</source>
        <translation>Volver al principio de este ejercicio o al anterior</translation>
    </message>
    <message>
        <source>This hurts: stop the exercise at once</source>
        <translation>Esto duele: parar el ejercicio enseguida</translation>
    </message>
    <message>
        <source>Stop the session (asks first)</source>
        <translation>Parar la sesión (pregunta antes)</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>Pantalla completa sí o no</translation>
    </message>
    <message>
        <source>Move the chosen exercise earlier</source>
        <translation>Mover antes el ejercicio elegido</translation>
    </message>
    <message>
        <source>Move the chosen exercise later</source>
        <translation>Mover después el ejercicio elegido</translation>
    </message>
    <message>
        <source>Remove the chosen exercise (in the list of exercises)</source>
        <translation>Quitar el ejercicio elegido (en la lista de ejercicios)</translation>
    </message>
    <message>
        <source>Rename the chosen routine (in the list of routines)</source>
        <translation>Cambiar el nombre de la rutina elegida (en la lista de rutinas)</translation>
    </message>
    <message>
        <source>Delete the chosen routine (in the list of routines)</source>
        <translation>Borrar la rutina elegida (en la lista de rutinas)</translation>
    </message>
    <message>
        <source>Undo the last change to a routine</source>
        <translation>Deshacer el último cambio de una rutina</translation>
    </message>
    <message>
        <source>Delete the chosen session</source>
        <translation>Borrar la sesión elegida</translation>
    </message>
    <message>
        <source>Undo the last change to a session</source>
        <translation>Deshacer el último cambio de una sesión</translation>
    </message>
    <message>
        <source>Redo it</source>
        <translation>Rehacer</translation>
    </message>
</context>
</TS>
