"""Bulletin Editor: the 双碳资讯 bulletin of 成都兴城双碳研究院.

The package root and everything outside ``gui`` is Qt-free.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("editor_app")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0"
