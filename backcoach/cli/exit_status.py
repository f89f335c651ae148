"""The command line's exit statuses, the same for every command (`backcoach --help` lists them).

0: done. 1: it could not be done (a file could not be written, the running window did not
answer). 2: an input was refused (an argument, a routine file, an archive, a data folder that is
a file): nothing changed, and the message says what is wrong.
"""

from backcoach.core.i18n import QT_TRANSLATE_NOOP

OK = 0
FAILED = 1
REFUSED = 2

HELP = QT_TRANSLATE_NOOP(
    "CliText",
    "exit status: 0 done; 1 could not be done (a file could not be written, or the running "
    "window did not answer); 2 an input was refused (a wrong argument, a routine file or archive "
    "that cannot be imported, a data folder that is a file), and nothing changed",
)
