"""``python -m editor_app [FILE]`` opens the editor."""

import sys

from .gui.app import main

sys.exit(main())
