"""The PySide6 desktop editor: a thin layer over the Qt-free core."""
