"""Entry point of the frozen county server (the same as the ``gov-desktop-server`` console script)."""

import sys

from gov_desktop.server.cli import main

if __name__ == "__main__":
    sys.exit(main())
