"""The bundle's entry point: PyInstaller runs this file as the program's __main__."""

import sys

from backcoach.app import main

if __name__ == "__main__":
    sys.exit(main())
