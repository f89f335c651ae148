"""`python -m backcoach.demo`: the short name of backcoach.tools.demo, the command the docs give."""

import sys

from backcoach.tools.demo import main

if __name__ == "__main__":
    sys.exit(main())
