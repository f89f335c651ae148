"""`python -m backcoach.illustrations`: the short name of backcoach.tools.illustrations, the command the docs give."""

import sys

from backcoach.tools.illustrations import main

if __name__ == "__main__":
    sys.exit(main())
