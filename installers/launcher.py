"""Entry script for frozen builds (PyInstaller needs a file, not a console-script)."""

import sys

from cafedesk.__main__ import main

sys.exit(main())
