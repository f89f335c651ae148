"""`python -m backcoach.demo`, the command the docs give: runs backcoach.tools.demo."""

import sys

from backcoach.tools.demo import main

if __name__ == "__main__":
    sys.exit(main())
