# PyInstaller runtime hook: give child processes (LibreOffice for `bulletin export --pdf`)
# the environment the user started us with. On Linux the bootloader prepends the bundle to
# LD_LIBRARY_PATH, which would make LibreOffice load the bundle's Qt and ICU libraries. This
# process does not need the variable: the dynamic loader read it before the bootloader set
# it, and the bundled libraries find each other through their RPATH/RUNPATH.
import os

_original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
if _original is not None:
    os.environ["LD_LIBRARY_PATH"] = _original
else:
    os.environ.pop("LD_LIBRARY_PATH", None)
