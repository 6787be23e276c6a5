"""Entry point of the frozen ``bulletin`` command (PyInstaller needs a script file)."""

import sys

from editor_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
