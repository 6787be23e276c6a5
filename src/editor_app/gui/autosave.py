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
from PySide6.QtCore import QLockFile, QObject, QStandardPaths, QTimer

from ..errors import UserFacingError
from ..issue.issue_file import dump_issue, parse_issue
from ..issue.model import Issue
from ..storage.atomic import write_atomic
from .document import Document

INTERVAL_MS = 30_000
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

    def remove(self) -> None:
        self.file.unlink(missing_ok=True)
        self.lock.unlock()

    def release(self) -> None:
        self.lock.unlock()


def _lock(file: Path) -> QLockFile:
    return QLockFile(str(file.with_suffix(".lock")))


def orphans(directory: Path | None = None) -> list[Recovery]:
    """Recovery files of editors that are gone, newest first; unreadable ones are removed."""
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
        except (OSError, ValueError, KeyError, TypeError, UserFacingError):
            file.unlink(missing_ok=True)
            lock.unlock()
            continue
        path = Path(data["path"]) if data.get("path") else None
        found.append(Recovery(file, lock, saved_at, path, issue))
    return sorted(found, key=lambda r: r.saved_at, reverse=True)


class Autosave(QObject):
    """Writes the document to this editor's recovery file 30 s after unsaved changes."""

    def __init__(self, doc: Document, directory: Path | None = None) -> None:
        super().__init__(doc)
        self.doc = doc
        directory = directory or recovery_dir()
        directory.mkdir(parents=True, exist_ok=True)
        self.file = directory / f"{uuid.uuid4().hex}.json"
        self.lock = _lock(self.file)
        self.lock.tryLock(0)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.save_now)
        doc.undo_stack.indexChanged.connect(lambda _index: self._changed())
        doc.file_changed.connect(self._changed)

    def _changed(self) -> None:
        if not self.doc.modified:
            self.timer.stop()
            self.file.unlink(missing_ok=True)
        elif not self.timer.isActive():
            self.timer.start()

    def save_now(self) -> None:
        self.timer.stop()
        data = {
            "format": FORMAT,
            "saved_at": dt.datetime.now().isoformat(timespec="seconds"),
            "path": str(self.doc.path) if self.doc.path else None,
            "issue": dump_issue(self.doc.issue),
        }
        try:
            write_atomic(self.file, msgspec.json.format(msgspec.json.encode(data), indent=1))
        except UserFacingError:
            self.timer.start()  # try again later; the user's file is not affected

    def close(self) -> None:
        """The editor closes normally: nothing to recover."""
        self.timer.stop()
        self.file.unlink(missing_ok=True)
        self.lock.unlock()
