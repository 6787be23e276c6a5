"""A real X session for GUI tests: Xvfb, the openbox window manager and the editor, driven by
xdotool as a person would (drags run Qt's own drag loop only on a real platform: the offscreen
one refuses every drag at once).

The editor runs as its own process; a small probe in it writes where the outline's nodes are
on the screen (``node_at``), so the test knows where to press without guessing pixel rows.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

import editor_app

TOOLS = ("Xvfb", "openbox", "xdotool", "xprop")

# Runs the editor's own ``main`` with a timer that writes the outline's node centres (global
# coordinates, keyed ``sections/provincial_news/items/0``) to $OUTLINE_PROBE as JSON.
PROBE = """
import json, os, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from editor_app.gui.app import main
from editor_app.gui.main_window import MainWindow
from editor_app.render.fonts import use_render_fonts

use_render_fonts()
app = QApplication([sys.argv[0]])
target = Path(os.environ["OUTLINE_PROBE"])

def write() -> None:
    for window in QApplication.topLevelWidgets():
        if isinstance(window, MainWindow) and window.isVisible():
            outline = window.outline
            nodes = {}
            for path, node in outline._nodes.items():
                centre = outline.viewport().mapToGlobal(outline.visualItemRect(node).center())
                nodes["/".join(map(str, path))] = [centre.x(), centre.y()]
            text = json.dumps(nodes)
            if not target.exists() or target.read_text() != text:
                target.with_suffix(".tmp").write_text(text)
                target.with_suffix(".tmp").replace(target)

timer = QTimer()
timer.timeout.connect(write)
timer.start(100)
sys.exit(main(sys.argv[1:]))
"""


class XSession:
    """The running session: xdotool input and where the outline's nodes are."""

    def __init__(self, display: str, probe: Path) -> None:
        self.env = {**os.environ, "DISPLAY": display}
        self.probe = probe

    def xdotool(self, *args: str | int) -> str:
        done = subprocess.run(["xdotool", *map(str, args)], env=self.env, check=True,
                              capture_output=True, text=True, timeout=30)
        return done.stdout

    def node_at(self, *path: str | int) -> tuple[int, int]:
        """The screen position of the centre of the outline node showing ``path``."""
        key = "/".join(map(str, path))
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.probe.exists() and key in (nodes := json.loads(self.probe.read_text())):
                x, y = nodes[key]
                return x, y
            time.sleep(0.1)
        raise AssertionError(f"the outline shows no {key}")

    def drag(self, start: tuple[int, int], end: tuple[int, int], steps: int = 8) -> None:
        """Press at ``start``, move in steps to ``end`` and release, with a hand's pauses."""
        self.xdotool("mousemove", *start)
        time.sleep(0.3)
        self.xdotool("mousedown", 1)
        time.sleep(0.2)
        for n in range(1, steps + 1):
            x = start[0] + (end[0] - start[0]) * n // steps
            y = start[1] + (end[1] - start[1]) * n // steps
            self.xdotool("mousemove", x, y)
            time.sleep(0.1)
        time.sleep(0.3)
        self.xdotool("mouseup", 1)
        time.sleep(0.5)

    def key(self, *keys: str) -> None:
        self.xdotool("key", "--delay", 100, *keys)
        time.sleep(0.3)


def _start_xvfb(log: Path) -> tuple[subprocess.Popen[bytes], str]:
    """Xvfb on a free display: it picks the number itself and tells it through a pipe."""
    read, write = os.pipe()
    with log.open("wb") as out:
        server = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
            pass_fds=(write,), stdout=out, stderr=out)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.kill()
        raise AssertionError(f"Xvfb did not start: {log.read_text()}")
    return server, f":{number}"


def _wait_for_window_manager(env: dict[str, str]) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        done = subprocess.run(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], env=env,
                              capture_output=True, text=True)
        if "window id" in done.stdout:
            return
        time.sleep(0.1)
    raise AssertionError("openbox did not start")


@contextmanager
def x_session(issue: Path, folder: Path) -> Iterator[XSession]:
    """Xvfb, openbox and the editor on ``issue`` (settings and logs in ``folder``); all stopped
    at exit. Skips the test when the X tools are not installed."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (tools/test.sh installs them)")
    processes: list[subprocess.Popen[bytes]] = []
    try:
        server, display = _start_xvfb(folder / "xvfb.log")
        processes.append(server)
        session = XSession(display, folder / "outline.json")
        with (folder / "openbox.log").open("wb") as log:
            processes.append(subprocess.Popen(["openbox"], env=session.env, stdout=log, stderr=log))
        _wait_for_window_manager(session.env)
        env = {
            **session.env,
            "QT_QPA_PLATFORM": "xcb",
            "OUTLINE_PROBE": str(session.probe),
            "XDG_CONFIG_HOME": str(folder / "config"),
            "XDG_DATA_HOME": str(folder / "data"),
            "PYTHONPATH": os.pathsep.join(
                [str(Path(editor_app.__file__).parents[1]), os.environ.get("PYTHONPATH", "")]),
        }
        editor_log = folder / "editor.log"
        with editor_log.open("wb") as log:
            processes.append(subprocess.Popen([sys.executable, "-c", PROBE, str(issue)], env=env,
                                              stdout=log, stderr=log))
        try:
            # The title names the file in any interface language.
            session.xdotool("search", "--sync", "--onlyvisible", "--name", issue.name)
        except subprocess.TimeoutExpired:
            raise AssertionError(f"no editor window: {editor_log.read_text()}") from None
        session.node_at("masthead")  # laid out and shown
        yield session
    finally:
        for process in reversed(processes):  # terminated, so that Xvfb removes its lock file
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
