"""Start-up: the first window loads and builds only what it needs (bench/editor_bench.py has the times)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ..conftest import SAMPLE

# Word export, import and its dialog, property tests, printing, the forms of parts not yet shown,
# the preview layout (it runs after the window is shown), catalogues of other languages: loaded
# when first used, not at start; nor json (recovery files go through msgspec) or locale (only
# argparse's help texts look up their catalogues). Nor the review, the archive's modules (the
# folder is read after the first paint; its index and SQLite only by a search), the dialogs and
# the bars opened from a menu or a button, the Tab order across regions, hashlib (its OpenSSL
# takes 4 ms to load) or difflib (a change on disk is described with it).
NOT_AT_START = ("docx", "lxml", "opencc", "pypinyin", "hypothesis", "PySide6.QtPrintSupport",
                "editor_app.gui.import_dialog", "editor_app.gui.forms.project",
                "editor_app.render.layout", "xml.etree.ElementTree", "json", "locale",
                "editor_app.export", "editor_app.review", "editor_app.gui.review", "editor_app.archive",
                "editor_app.archive.index", "sqlite3", "concurrent.futures", "editor_app.gui.acknowledge",
                "editor_app.gui.find_bar", "editor_app.gui.forms.calendar_popup", "editor_app.gui.profile_dialog",
                "editor_app.gui.focus", "hashlib", "difflib")

# PySide6 builds a class's Python type (and all its enums) when the class is first named:
# these the first window does not show, so it must not name them (QStyle: 4–7 ms, the dialogs
# 2 ms, the text-formatting types 3 ms). QCalendarWidget, never used, shows that the types are
# built lazily at all.
NOT_BUILT_AT_START = ("QtWidgets.QStyle", "QtWidgets.QMessageBox", "QtWidgets.QFileDialog",
                      "QtGui.QPainter", "QtGui.QTextCursor", "QtGui.QTextBlockFormat",
                      "QtWidgets.QCalendarWidget")

FIRST_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from editor_app.gui import app as editor, main_window
import PySide6

shown = []  # the window, kept beyond main()
main_window.MainWindow.showEvent = lambda window, _event: shown.append(window)
QTimer.singleShot(0, lambda: editor.QApplication.instance().exit())
editor.main([sys.argv[1]])  # the real entry point, as bulletin-editor FILE runs it
window = shown[0]
classes = sys.argv[2].split()
modules = sys.argv[3:]
print(" ".join(sorted(set(modules) & set(sys.modules))))
print(" ".join(window.forms))
print(" ".join(name for name in classes
               if name.split(".")[1] in vars(getattr(PySide6, name.split(".")[0]))))
"""


def _python(code: str, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env)


def test_first_window_leaves_heavy_modules_unloaded(tmp_path: Path) -> None:
    result = _python(FIRST_WINDOW, str(SAMPLE), " ".join(NOT_BUILT_AT_START), *NOT_AT_START,
                     home=tmp_path)
    assert result.returncode == 0, result.stderr
    heavy_modules, forms, built_classes = result.stdout.split("\n")[:3]
    assert heavy_modules == ""
    assert forms == "masthead"  # the other forms are built when their part is first shown
    assert built_classes == ""


def test_gui_package_loads_the_core_before_qt(tmp_path: Path) -> None:
    """Modules imported after PySide6 cost more (its import hook looks at each of them)."""
    code = ("import sys, editor_app.gui\nnames = list(sys.modules)\n"
            "assert names.index('msgspec') < names.index('PySide6')")
    result = _python(code, home=tmp_path)
    assert result.returncode == 0, result.stderr


def test_cheap_import_scan_answers_as_pyside6_s_own() -> None:
    from editor_app.gui import import_scan

    assert import_scan.by_inspect is not None, "PySide6 moved its scan: see gui/import_scan.py"
    assert sys.modules["shibokensupport.feature"]._mod_uses_pyside is import_scan.mentions_pyside
    modules = list(sys.modules.values())  # the whole GUI, PySide6, pytest, hypothesis …
    assert len(modules) > 300
    assert [m for m in modules if import_scan.mentions_pyside(m) != import_scan.by_inspect(m)] == []
    assert import_scan.mentions_pyside(sys.modules["editor_app.gui.main_window"])
    assert not import_scan.mentions_pyside(sys.modules["editor_app.issue.model"])


def test_command_line_without_options_needs_no_parser() -> None:
    from editor_app.gui.app import parse_arguments

    assert parse_arguments([]) == (None, [])
    assert parse_arguments(["期刊.yaml"]) == (Path("期刊.yaml"), [])
    assert parse_arguments(["期刊.yaml", "-style", "fusion"]) == (Path("期刊.yaml"), ["-style", "fusion"])


def test_collection_paused_while_starting_and_back_once_the_window_is_up(tmp_path: Path) -> None:
    """gui/__init__: the cyclic collector's passes over start-up's objects cost 15–20 ms."""
    code = """
import gc, sys
from editor_app.gui import app as editor, main_window
paused = gc.isenabled()
from PySide6.QtCore import QTimer
QTimer.singleShot(0, lambda: QTimer.singleShot(0, editor.QApplication.instance().exit))
editor.main([sys.argv[1]])
print(paused, gc.isenabled(), gc.get_freeze_count() > 20_000)
"""
    result = _python(code, str(SAMPLE), home=tmp_path)
    assert result.returncode == 0, result.stderr
    # paused from the import on; back on once the window is up, what start-up made left out
    assert result.stdout.split() == ["False", "True", "True"]


def test_the_start_up_benchmark_s_children_still_run(tmp_path: Path) -> None:
    """bench/editor_bench.py times these: the editor lists the PySide6 classes it has made by
    its first paint, the floor window names them all, and each prints its marker there."""
    child = Path(__file__).resolve().parents[2] / "bench" / "startup_child.py"
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")

    def run(*args: str) -> list[str]:
        result = subprocess.run([sys.executable, str(child), *args], capture_output=True, text=True,
                                env=env, timeout=120)
        assert result.returncode == 0, result.stderr
        return result.stdout.split()

    editor = run("editor", str(SAMPLE), "--list-classes")
    assert editor[0] == "shown"
    classes = editor[editor.index("classes") + 1:]
    assert {"QtCore.Qt", "QtWidgets.QLineEdit", "QtWidgets.QMainWindow"} <= set(classes)
    assert not set(NOT_BUILT_AT_START) & set(classes)
    assert run("floor", *classes)[0] == "shown"
    assert run("bare")[0] == "shown"


def test_the_editor_keeps_the_patterns_its_start_compiled_for_the_next_start(tmp_path: Path) -> None:
    """On quitting, the editor writes the regular expressions it compiled to the pattern cache
    beside its bytecode (``storage/pattern_cache``), so that its next start does not compile
    them again."""
    from editor_app.gui import file_names
    from editor_app.storage import pattern_cache

    child = Path(__file__).resolve().parents[2] / "bench" / "startup_child.py"
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_") and k != "PYTHONDONTWRITEBYTECODE"}
    env.update(HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=str(tmp_path / "pyc"))
    for _ in range(2):  # a pattern is kept once a second run compiled it too
        result = subprocess.run([sys.executable, str(child), "editor", str(SAMPLE)], capture_output=True,
                                text=True, env=env, timeout=120)
        assert result.returncode == 0, result.stderr
    [cached] = (tmp_path / "pyc").rglob("pattern_cache.*.marshal")
    patterns = {arguments[0] for _, arguments in pattern_cache.contents_of(cached.read_bytes())[0]}
    assert file_names._ILLEGAL.pattern in patterns  # compiled by a gui module at the start
