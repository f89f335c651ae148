"""`python -m backcoach.illustrations`, as the docs name it: backcoach.tools.illustrations."""

import sys

from backcoach.tools.illustrations import main

if __name__ == "__main__":
    sys.exit(main())
