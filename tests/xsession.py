"""A private X session for tests that drive the real editor as a person would.

``XSession`` starts Xvfb (on a free display, ``-displayfd``), a D-Bus session bus and the
openbox window manager; ``launch`` starts a program in it; the methods send real X input with
xdotool (clicks, drags, keys, typed text, pasting through the clipboard with xclip) and take
screenshots with ImageMagick's ``import``. Widgets are found as assistive technology finds
them: Qt publishes its accessibility tree over AT-SPI (``QT_LINUX_ACCESSIBILITY_ALWAYS_ON``),
and ``widgets()`` reads it, with each widget's role, accessible name, text and place on the
screen, through the system Python's GObject bindings (python3-gi). Nothing in the
application is there for the tests.

Steps go in ``with session.step(name):``: a failure names the step, a screenshot of that moment
and the program's output, all kept in the test's folder (``failure(message)`` makes such an
assertion). ``Editor`` is the editor's window seen that way: it starts ``bulletin-editor``
(the installed entry point, on the sources under test) and finds the outline's rows and the
form's fields by their accessible names.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

ROOT = Path(__file__).resolve().parent.parent

SYSTEM_PYTHON = "/usr/bin/python3"
TOOLS = ("Xvfb", "xdotool", "openbox", "xclip", "import", "xprop", "dbus-daemon")
# Debian packages of TOOLS and of the AT-SPI reader (tools/test.sh installs them).
PACKAGES = "xvfb xdotool openbox xclip imagemagick x11-utils dbus at-spi2-core python3-gi"


def missing_tools() -> list[str]:
    """What this machine lacks for an X session (empty when a session can start)."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "from gi.repository import Gio"],
                           capture_output=True) if Path(SYSTEM_PYTHON).exists() else None
    if probe is None or probe.returncode != 0:
        missing.append("python3-gi")
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        missing.append("at-spi2-core")
    return missing


@dataclass(frozen=True)
class Widget:
    """One accessible object on the screen (screen coordinates, in pixels)."""

    role: str  # AT-SPI role name: "push button", "spin box", "text", "tree item", …
    name: str  # the accessible name: a field's label, an item's text
    text: str | None  # the text it holds, when it has the AT-SPI Text interface
    x: int
    y: int
    width: int
    height: int

    @property
    def centre(self) -> tuple[int, int]:
        return self.x + self.width // 2, self.y + self.height // 2

    def contains(self, other: Widget) -> bool:
        """Whether ``other`` lies within this widget (a field in a dialog)."""
        return (self.x <= other.x and other.x + other.width <= self.x + self.width
                and self.y <= other.y and other.y + other.height <= self.y + self.height)


# Walks the AT-SPI tree of every application on the bus; run by the system Python (python3-gi).
_DUMP = r"""
import json
from gi.repository import Gio, GLib

session = Gio.bus_get_sync(Gio.BusType.SESSION, None)
address = session.call_sync("org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus", "GetAddress",
                            None, GLib.VariantType("(s)"), 0, 5000, None).unpack()[0]
bus = Gio.DBusConnection.new_for_address_sync(
    address, Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT
    | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION, None, None)

def call(dest, path, interface, method, args=None):
    return bus.call_sync(dest, path, interface, method, args, None, 0, 5000, None).unpack()

def walk(dest, path, out):
    try:
        x, y, w, h = call(dest, path, "org.a11y.atspi.Component", "GetExtents",
                          GLib.Variant("(u)", (0,)))[0]
    except GLib.Error:
        x = y = w = h = 0
    if path != "/org/a11y/atspi/accessible/root" and (w <= 0 or h <= 0):
        return  # not on the screen (a hidden form, a closed menu), nor its children
    name = call(dest, path, "org.freedesktop.DBus.Properties", "Get",
                GLib.Variant("(ss)", ("org.a11y.atspi.Accessible", "Name")))[0]
    role = call(dest, path, "org.a11y.atspi.Accessible", "GetRoleName")[0]
    try:
        text = call(dest, path, "org.a11y.atspi.Text", "GetText", GLib.Variant("(ii)", (0, -1)))[0]
    except GLib.Error:
        text = None
    out.append(dict(role=role, name=name, text=text, x=x, y=y, width=w, height=h))
    for child_dest, child_path in call(dest, path, "org.a11y.atspi.Accessible", "GetChildren")[0]:
        walk(child_dest, child_path, out)

out = []
walk("org.a11y.atspi.Registry", "/org/a11y/atspi/accessible/root", out)
print(json.dumps(out[1:], ensure_ascii=False))
"""


class XSession:
    """Xvfb + D-Bus + openbox in ``folder`` (screenshots, logs and the session's home)."""

    def __init__(self, folder: Path, size: tuple[int, int] = (1600, 1000)) -> None:
        self.folder = folder
        self.home = folder / "home"
        self.size = size
        self.processes: list[subprocess.Popen[bytes]] = []
        self.app: subprocess.Popen[bytes] | None = None
        self.clipboard: subprocess.Popen[bytes] | None = None
        self.app_log = folder / "app-stderr.txt"
        self.display = ""
        self.bus = ""
        self.shots = 0

    # --- the session -----------------------------------------------------------------------

    def start(self) -> XSession:
        runtime = self.folder / "runtime"
        for folder in (self.home / ".config", runtime):
            folder.mkdir(parents=True, exist_ok=True)
        runtime.chmod(0o700)
        read, write = os.pipe()
        width, height = self.size
        self._spawn(["Xvfb", "-displayfd", str(write), "-screen", "0", f"{width}x{height}x24",
                     "-nolisten", "tcp"], "xvfb.txt", pass_fds=(write,))
        os.close(write)
        with os.fdopen(read) as answer:
            number = answer.readline().strip()  # written once Xvfb listens
        if not number:
            raise AssertionError(f"Xvfb did not start: {self.folder / 'xvfb.txt'}")
        self.display = ":" + number
        bus = self._spawn(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                          "dbus.txt", stdout=subprocess.PIPE)
        assert bus.stdout is not None
        self.bus = bus.stdout.readline().decode().strip()
        self._spawn(["openbox", "--sm-disable"], "openbox.txt")
        self.wait_for(lambda: b"window id" in subprocess.run(
            ["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], env=self.env(),
            capture_output=True).stdout, "openbox to manage windows", timeout=10)
        return self

    def env(self, **extra: str) -> dict[str, str]:
        """The environment of a program in the session: its own home, display and bus."""
        env = {key: value for key, value in os.environ.items()
               if not key.startswith(("QT_", "XDG_", "DBUS_", "WAYLAND"))}
        env.update(DISPLAY=self.display, DBUS_SESSION_BUS_ADDRESS=self.bus,
                   HOME=str(self.home), XDG_CONFIG_HOME=str(self.home / ".config"),
                   XDG_RUNTIME_DIR=str(self.folder / "runtime"), APPDATA=str(self.home),
                   QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", **extra)
        return env

    def _spawn(self, argv: Sequence[str], log: str, stdout: int | None = None,
               pass_fds: tuple[int, ...] = ()) -> subprocess.Popen[bytes]:
        with open(self.folder / log, "wb") as err:
            process = subprocess.Popen(argv, env=self.env(), stdin=subprocess.DEVNULL,
                                       stdout=stdout if stdout is not None else err, stderr=err,
                                       pass_fds=pass_fds)
        self.processes.append(process)
        return process

    def launch(self, argv: Sequence[str], cwd: Path, **env: str) -> subprocess.Popen[bytes]:
        """Start the program under test; its output goes to ``app_log``."""
        with open(self.app_log, "wb") as log:
            self.app = subprocess.Popen(argv, cwd=cwd, env=self.env(**env),
                                        stdin=subprocess.DEVNULL, stdout=log, stderr=log)
        self.processes.append(self.app)
        return self.app

    def close(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(5)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()

    def __enter__(self) -> XSession:
        try:
            return self.start()
        except BaseException:
            self.close()
            raise

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- looking -----------------------------------------------------------------------------

    def screenshot(self, name: str | None = None) -> Path:
        self.shots += 1
        path = self.folder / f"{self.shots:02d}-{name or 'screen'}.png"
        subprocess.run(["import", "-window", "root", str(path)], env=self.env(), check=True,
                       capture_output=True)
        return path

    def failure(self, message: str) -> AssertionError:
        """An assertion error naming a screenshot of this moment and the program's output."""
        shot = self.screenshot("failure")
        return AssertionError(f"{message}\n  screenshot: {shot}\n  program output: {self.app_log}")

    def wait_for(self, probe: Callable[[], T | None], what: str | Callable[[], str],
                 timeout: float = 10) -> T:
        """``probe()``'s first true value, asked until ``timeout`` seconds have passed;
        ``what`` (or what it returns, then) says what was waited for."""
        end = time.monotonic() + timeout
        while True:
            if self.app is not None and self.app.poll() is not None:
                raise self.failure(f"the program ended (status {self.app.returncode}) "
                                   f"while waiting for {what if isinstance(what, str) else what()}")
            value = probe()
            if value:
                return value
            if time.monotonic() > end:
                raise self.failure(
                    f"waited {timeout} s for {what if isinstance(what, str) else what()}")
            time.sleep(0.1)

    def widgets(self) -> list[Widget]:
        """Every accessible object now on the screen, in the order of the tree."""
        run = subprocess.run([SYSTEM_PYTHON, "-c", _DUMP], env=self.env(), capture_output=True,
                             text=True, timeout=30)
        if run.returncode != 0:
            return []  # no application registered yet
        return [Widget(**fields) for fields in json.loads(run.stdout)]

    def find(self, role: str, name: str | Callable[[str], bool], *, nth: int = 0,
             within: Callable[[Widget], bool] | None = None, timeout: float = 10) -> Widget:
        """The ``nth`` visible widget with ``role`` and ``name`` (a name or a test of it),
        waited for."""
        matches = name if callable(name) else (lambda text: text == name)

        def probe() -> Widget | None:
            found = [w for w in self.widgets() if w.role == role and matches(w.name)
                     and (within is None or within(w))]
            return found[nth] if len(found) > nth else None

        return self.wait_for(probe, f"a {role} named {name!r} (#{nth + 1})", timeout)

    def window_title(self) -> str:
        run = subprocess.run(["xdotool", "getactivewindow", "getwindowname"], env=self.env(),
                             capture_output=True, text=True)
        return run.stdout.strip()

    # --- acting ------------------------------------------------------------------------------

    def xdotool(self, *args: str) -> None:
        subprocess.run(["xdotool", *args], env=self.env(), check=True, capture_output=True)

    def click(self, target: Widget | tuple[int, int], button: int = 1) -> None:
        x, y = target.centre if isinstance(target, Widget) else target
        self.xdotool("mousemove", "--sync", str(x), str(y), "click", str(button))

    def drag(self, start: tuple[int, int], end: tuple[int, int], steps: int = 12) -> None:
        """Press at ``start``, move in small steps (as a hand does: Qt starts a drag only
        after the pointer has moved a few pixels) and release at ``end``."""
        (x0, y0), (x1, y1) = start, end
        self.xdotool("mousemove", "--sync", str(x0), str(y0), "mousedown", "1")
        for step in range(1, steps + 1):
            time.sleep(0.03)
            x = x0 + (x1 - x0) * step // steps
            y = y0 + (y1 - y0) * step // steps
            self.xdotool("mousemove", "--sync", str(x), str(y))
        time.sleep(0.2)
        self.xdotool("mouseup", "1")

    def key(self, *keys: str) -> None:
        """Press keys in turn, xdotool names: ``ctrl+s``, ``Tab``, ``Return``."""
        self.xdotool("key", "--delay", "40", *keys)

    def type(self, text: str) -> None:
        """Type ASCII key by key; other text (Chinese) is pasted from the clipboard with
        Ctrl+V, as a user without an input method would (typing it with xdotool's keymap
        remapping loses characters under load)."""
        if text.isascii():
            self.xdotool("type", "--delay", "40", text)
        else:
            self.paste(text)

    def paste(self, text: str) -> None:
        """Put ``text`` on the clipboard (xclip owns it until the next paste) and press Ctrl+V."""
        if self.clipboard is not None:
            self.clipboard.terminate()
            self.clipboard.wait()
        self.clipboard = subprocess.Popen(["xclip", "-selection", "clipboard", "-in", "-quiet"],
                                          env=self.env(), stdin=subprocess.PIPE,
                                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.processes.append(self.clipboard)
        assert self.clipboard.stdin is not None
        self.clipboard.stdin.write(text.encode())
        self.clipboard.stdin.close()
        self.wait_for(lambda: subprocess.run(
            ["xclip", "-selection", "clipboard", "-out"], env=self.env(), capture_output=True,
        ).stdout == text.encode(), "the clipboard to hold the text", timeout=5)
        self.key("ctrl+v")

    @contextmanager
    def step(self, name: str) -> Iterator[None]:
        """A named step of a journey: its failure names the step, a screenshot and the
        program's output; a screenshot is kept after each step too."""
        try:
            yield
        except Exception as error:  # a failed assertion, xdotool or a timeout
            if "screenshot:" in str(error):
                raise AssertionError(f"step “{name}”: {error}") from None
            raise AssertionError(f"step “{name}”: {self.failure(str(error))}") from None
        self.screenshot(name.replace(" ", "-").replace("/", "-"))


def entry_point(name: str) -> str:
    """A console script of the environment running the tests (the installed entry point)."""
    path = Path(sys.executable).parent / name
    assert path.exists(), f"{path}: install the project first (pip install -e .)"
    return str(path)


def tree_env() -> dict[str, str]:
    """PYTHONPATH for a program run from the installed entry point on the sources tested."""
    return {"PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"),
                                                        os.environ.get("PYTHONPATH")]))}


class Editor:
    """The editor's window as a person sees it: the outline, the form, the fields."""

    def __init__(self, x: XSession) -> None:
        self.x = x

    @classmethod
    def start(cls, x: XSession, issue: Path) -> Editor:
        """Start ``bulletin-editor ISSUE`` in ``x`` and wait for its window, made active."""
        x.launch([entry_point("bulletin-editor"), str(issue)], cwd=x.folder, **tree_env())
        x.wait_for(lambda: issue.name in x.window_title(), "the editor's window", timeout=30)
        x.xdotool("search", "--name", issue.name, "windowactivate", "--sync")
        return cls(x)

    def outline_rows(self) -> list[Widget]:
        """The outline's rows, top to bottom."""
        widgets = self.x.widgets()
        tree = next((w for w in widgets if w.role == "tree" and w.name == "大纲"), None)
        if tree is None:
            return []
        rows = [w for w in widgets if w.role == "tree item" and tree.x <= w.x < tree.x + tree.width
                and tree.y <= w.y < tree.y + tree.height]
        return sorted(rows, key=lambda w: w.y)

    def entries(self, section: str) -> list[Widget]:
        """The rows of a section's items or projects (indented below its row)."""
        rows = self.outline_rows()
        start = next((i for i, row in enumerate(rows) if row.name == section), None)
        if start is None:
            return []
        entries = []
        for row in rows[start + 1:]:
            if row.x <= rows[start].x:
                break  # the next top-level part
            entries.append(row)
        return entries

    def entry_names(self, section: str) -> list[str]:
        return [" ".join(row.name.split()) for row in self.entries(section)]

    def select(self, section: str, entry: int | None = None) -> None:
        """Click a section's row, or the row of its ``entry``-th item/project (0-based)."""
        if entry is None:
            row = self.x.wait_for(lambda: next(
                (r for r in self.outline_rows() if r.name == section), None), f"the row {section}")
        else:
            row = self.x.wait_for(lambda: (lambda rows: rows[entry] if len(rows) > entry else None)(
                self.entries(section)), f"entry {entry + 1} of {section} in the outline")
        self.x.click(row)

    def field(self, name: str, role: str | None = None) -> Widget:
        roles = (role,) if role else ("text", "spin box", "combo box")
        return self.x.wait_for(lambda: next(
            (w for w in self.x.widgets() if w.role in roles and w.name == name), None),
            f"the field {name}")

    def fill(self, name: str, text: str, role: str | None = None) -> None:
        """Click into a field and type ``text`` as a person does."""
        self.x.click(self.field(name, role))
        self.x.type(text)
        self.expect_text(name, text, role)

    def expect_text(self, name: str, text: str, role: str | None = None) -> None:
        self.x.wait_for(lambda: text in (self.field(name, role).text or ""),
                        lambda: f"{text!r} in the field {name} (it shows "
                                f"{self.field(name, role).text!r})", timeout=5)

    def expect(self, probe: Callable[[], bool], what: str | Callable[[], str]) -> None:
        self.x.wait_for(lambda: probe() or None, what, timeout=5)
