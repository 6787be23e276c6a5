"""Crash recovery: unsaved work is written to a recovery file (never the user's file).

Each running editor owns ``<id>.json`` in the recovery folder, guarded by ``<id>.lock``.
A recovery file whose lock can be taken belongs to an editor that is gone (crashed or
killed); the next start offers to restore it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import msgspec
from PySide6.QtCore import QLockFile, QObject, QStandardPaths, QTimer, Signal

from ..errors import UserFacingError
from ..issue.issue_file import dump_issue, parse_issue
from ..issue.model import Issue
from ..storage.atomic import write_atomic
from .document import Document
from .i18n import translate

# Written once typing pauses this long, and at the latest this long after the first change
# not yet written: a crash loses at most a few seconds of work (a 400-page issue takes 30–40 ms
# to write, so the pauses do not stall typing).
IDLE_MS = 2_000
LONGEST_MS = 10_000
FORMAT = 1


def recovery_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "recovery"


class Recovery(msgspec.Struct):
    """A recovery file left behind by an editor that did not close normally."""

    file: Path
    lock: QLockFile  # held while the recovery is being offered
    saved_at: dt.datetime
    path: Path | None  # the issue file that was being edited, if it had one
    issue: Issue
    disk: tuple[int, int] | None  # that file's mtime (ns) and size as last opened or saved there

    def remove(self) -> None:
        self.file.unlink(missing_ok=True)
        self.lock.unlock()

    def release(self) -> None:
        self.lock.unlock()


def _lock(file: Path) -> QLockFile:
    return QLockFile(str(file.with_suffix(".lock")))


def orphans(directory: Path | None = None, set_aside: list[Path] | None = None) -> list[Recovery]:
    """Recovery files of editors that are gone, newest first. One that cannot be read is
    renamed ``<name>.broken-<time>`` (never deleted unasked: it may hold the only copy of
    the work) and its new path added to ``set_aside``."""
    directory = directory or recovery_dir()
    for lock_file in directory.glob("*.lock"):  # left by editors that had nothing to save
        lock = QLockFile(str(lock_file))
        if not lock_file.with_suffix(".json").exists() and lock.tryLock(0):
            lock.unlock()
    found: list[Recovery] = []
    for file in directory.glob("*.json"):
        lock = _lock(file)
        if not lock.tryLock(0):
            continue  # a running editor's
        try:
            data = msgspec.json.decode(file.read_bytes())  # the core's JSON: no other module to load
            saved_at = dt.datetime.fromisoformat(data["saved_at"])
            issue = parse_issue(data["issue"], file)
        except (OSError, ValueError, KeyError, TypeError, RecursionError, UserFacingError):
            aside = file.with_name(f"{file.name}.broken-{dt.datetime.now():%Y%m%d-%H%M%S}")
            try:
                file.rename(aside)
            except OSError:
                aside = file  # left where it is, and said so
            lock.unlock()
            if set_aside is not None:
                set_aside.append(aside)
            continue
        path = Path(data["path"]) if data.get("path") else None
        found.append(Recovery(file, lock, saved_at, path, issue, _stamp(data.get("disk"))))
    return sorted(found, key=lambda r: r.saved_at, reverse=True)


def _stamp(value: object) -> tuple[int, int] | None:
    """``[mtime_ns, size]`` as written by ``save_now`` (absent in older recovery files)."""
    if (isinstance(value, list) and len(value) == 2
            and all(isinstance(v, int) and not isinstance(v, bool) for v in value)):
        return value[0], value[1]
    return None


class Autosave(QObject):
    """Writes the document to this editor's recovery file when typing pauses (``IDLE_MS``),
    and at least every ``LONGEST_MS`` while it goes on.

    A failure is reported once (``failed``, with the one-line reason) and retried after the
    next pause; ``recovered`` follows the first success after it. When the recovery folder
    cannot be made (read-only or full disk) the editor still starts, with autosave off
    (``off`` holds why).
    """

    failed = Signal(str)
    recovered = Signal()

    def __init__(self, doc: Document, directory: Path | None = None) -> None:
        super().__init__(doc)
        self.doc = doc
        directory = directory or recovery_dir()
        self.file = directory / f"{uuid.uuid4().hex}.json"
        self.lock = _lock(self.file)
        self.failing = False
        self.off = ""
        self.timer = QTimer(self, singleShot=True, interval=IDLE_MS)  # restarted by each change
        self.timer.timeout.connect(self.save_now)
        self.deadline = QTimer(self, singleShot=True, interval=LONGEST_MS)  # from the first change
        self.deadline.timeout.connect(self.save_now)
        try:
            directory.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.off = translate("Autosave", "自动保存已关闭：无法创建恢复文件夹 {folder}（{reason}）").format(
                folder=directory, reason=exc.strerror or exc)
            return
        self.lock.tryLock(0)
        doc.undo_stack.indexChanged.connect(lambda _index: self._changed())
        doc.file_changed.connect(self._changed)

    def _changed(self) -> None:
        if not self.doc.modified:
            self._stop()
            self.file.unlink(missing_ok=True)
            return
        self.timer.start()
        if not self.deadline.isActive():
            self.deadline.start()

    def _stop(self) -> None:
        self.timer.stop()
        self.deadline.stop()

    def save_now(self) -> None:
        if self.off:
            return
        self._stop()
        try:
            data = {
                "format": FORMAT,
                "saved_at": dt.datetime.now().isoformat(timespec="seconds"),
                "path": str(self.doc.path) if self.doc.path else None,
                "issue": dump_issue(self.doc.issue, self.file),
                "disk": [self.doc.disk.mtime_ns, self.doc.disk.size] if self.doc.disk else None,
            }
            write_atomic(self.file, msgspec.json.format(msgspec.json.encode(data), indent=1))
        except UserFacingError as exc:
            self.timer.start()  # try again later; the user's file is not affected
            if not self.failing:
                self.failing = True
                self.failed.emit(translate("Autosave", "自动保存失败，稍后重试：{reason}").format(
                    reason=exc.one_line()))
            return
        if self.failing:
            self.failing = False
            self.recovered.emit()

    def end(self) -> None:
        """The editor is ended from outside (SIGTERM): the unsaved edits are written to the
        recovery file, which stays for the next start to offer; the lock goes."""
        if self.off:
            return
        if self.doc.modified:
            self.save_now()
        else:
            self.file.unlink(missing_ok=True)
        self._stop()
        self.lock.unlock()

    def close(self) -> None:
        """The editor closes normally: nothing to recover."""
        if self.off:
            return
        self._stop()
        self.file.unlink(missing_ok=True)
        self.lock.unlock()
