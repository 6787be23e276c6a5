"""Page layout and painting with QtGui (no widgets): the editor's preview and ``bulletin preview``."""
