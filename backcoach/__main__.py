import sys

from backcoach.app import main

sys.exit(main())
