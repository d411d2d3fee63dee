"""Entry point of the frozen desktop app (the same as the ``gov-desktop`` console script)."""

import sys

from gov_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
