"""Entry point of the frozen ``bulletin`` command (PyInstaller needs a script file)."""

from editor_app.cli import run

if __name__ == "__main__":
    run()
