"""The archive's full-text index: SQLite FTS5 with the trigram tokenizer, one row per text
field of each issue file, in the user's cache folder.

The folder is the truth; the index only follows it. Each use compares every file's
modification time, change time, size and inode with what was indexed and re-reads only the
files that differ (added, edited, renamed, replaced), dropping those gone. A cache file that
is not a database, or is damaged, is deleted and built again; anything but a regular file in
its place is set aside first. When the cache folder cannot hold it, the index is built in
memory for the run. Texts are indexed as Simplified
(``fold``), so that a Traditional form finds the Simplified and back.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

from ..errors import UserFacingError
from ..issue.issue_file import load_issue
from ..issue.model import Issue
from ..issue.places import Place
from ..issue.textclean import without_surrogates
from ..issue.validation import iter_texts
from ..paths import user_cache_dir
from .fold import fold
from .listing import ArchiveError, issue_files

SCHEMA = 3  # 3: full-width Latin folded (``fold``)
COMPANIONS = ("", "-journal", "-wal", "-shm")  # the database file and SQLite's own beside it
BUSY_SECONDS = 10.0  # how long to wait for another program using the index
# Codes and choices, not words anyone searches for.
NOT_INDEXED = frozenset({"profile", "unit", "basis"})
_CREATE = f"""
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
-- A file's fields are the rows first..last of ``fields`` (inserted together): dropped by
-- rowid, not by a scan of the unindexed file column.
CREATE TABLE IF NOT EXISTS files(
    name TEXT PRIMARY KEY, stamp TEXT NOT NULL, profile TEXT NOT NULL, first INT, last INT);
CREATE VIRTUAL TABLE IF NOT EXISTS fields USING fts5(
    text, shown UNINDEXED, file UNINDEXED, place UNINDEXED, tokenize='trigram');
INSERT OR IGNORE INTO meta VALUES('schema', '{SCHEMA}');
"""


def normalise(text: str) -> str:
    """What is indexed and searched for: Simplified, lower case (``fold``)."""
    return fold(text)


def index_path(folder: Path) -> Path:
    """The cache file of ``folder``'s index (one per folder, named by its absolute path)."""
    digest = hashlib.sha256(os.fsencode(folder.resolve())).hexdigest()[:16]
    return user_cache_dir() / "archive-index" / f"{digest}.sqlite"


def _stamp(path: Path) -> str | None:
    """What changes when the file does; None for a file that cannot be stat'ed (a loop)."""
    try:
        st = path.stat()
    except OSError:
        return None
    return f"{st.st_mtime_ns}:{st.st_ctime_ns}:{st.st_size}:{st.st_ino}"


def _rows(issue: Issue, name: str) -> Iterator[tuple[str, str, str, str]]:
    for place, text in iter_texts(issue):
        if text.strip() and str(place[-1]) not in NOT_INDEXED:
            text = without_surrogates(text)  # SQLite holds UTF-8 only
            yield normalise(text), text, name, json.dumps(place, ensure_ascii=False)


def _locked(exc: sqlite3.OperationalError) -> bool:
    """Another program holds the index: a reason to wait, never to build it elsewhere."""
    name = getattr(exc, "sqlite_errorname", "")  # Python 3.11+
    return name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) if name else "locked" in str(exc)


def _locked_error(path: Path, exc: sqlite3.OperationalError) -> ArchiveError:
    return ArchiveError(path, f"无法使用搜索索引（{exc}）；另一个程序正在使用它，请稍后重试")


def _set_aside_strays(path: Path) -> None:
    """Whatever is not a regular file where the index or its companion files go (a FIFO, a
    folder, a symlink, a device): SQLite would fail on it, or block, every time. A symlink is
    unlinked (the link only); anything else is renamed aside, nothing followed or emptied."""
    for suffix in COMPANIONS:
        name = f"{path}{suffix}"
        try:
            mode = os.lstat(name).st_mode
        except FileNotFoundError:
            continue
        if stat.S_ISLNK(mode):
            os.unlink(name)
        elif not stat.S_ISREG(mode):
            os.rename(name, f"{name}.aside-{secrets.token_hex(4)}")


def decode_place(text: str) -> Place:
    return tuple(json.loads(text))


class ArchiveIndex:
    """The index of one archive folder, brought up to date with ``update``."""

    def __init__(self, folder: Path, path: Path | None = None) -> None:
        self.folder = folder
        self.path = path if path is not None else index_path(folder)
        self.note = ""  # why the index is in memory for this run, when it is
        self.db = self._open()

    def _open(self) -> sqlite3.Connection:
        """The database in the cache folder: created if missing, built anew if damaged or if
        something else took its place (``_set_aside_strays``); in memory for this run when the
        cache folder cannot hold it (``note`` says so). ArchiveError when another program
        keeps it locked."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            _set_aside_strays(self.path)
            try:
                return self._connect(self.path)
            except sqlite3.OperationalError:
                raise
            except sqlite3.DatabaseError:
                self._discard()
                return self._connect(self.path)
        except sqlite3.OperationalError as exc:
            if _locked(exc):
                raise _locked_error(self.path, exc) from exc
            return self._in_memory(str(exc))
        except OSError as exc:
            return self._in_memory(exc.strerror or str(exc))

    def _in_memory(self, reason: str) -> sqlite3.Connection:
        self.note = (f"{self.path.parent}: 无法在此保存搜索索引（{reason}），本次在内存中建立索引，"
                     "每次搜索都要重读各期；请检查用户缓存文件夹是否可写")
        return self._connect(":memory:")

    @staticmethod
    def _connect(target: Path | str) -> sqlite3.Connection:
        db = sqlite3.connect(target, timeout=BUSY_SECONDS)
        try:
            db.executescript(_CREATE)
            if db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone() != (str(SCHEMA),):
                raise sqlite3.DatabaseError("index of another schema")
            db.execute("SELECT count(*) FROM files").fetchone()
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def _discard(self) -> None:
        for suffix in COMPANIONS:
            with contextlib.suppress(FileNotFoundError):
                os.remove(f"{self.path}{suffix}")

    def _add(self, name: str, path: Path, stamp: str | None) -> None:
        if stamp is None:  # cannot be stat'ed (a symlink loop): nothing to index, no rows to drop
            return
        try:
            issue: Issue | None = load_issue(path)
        except (UserFacingError, OSError):
            issue = None  # listed with its error by ``listing``; read again once changed
        first = last = None
        if issue is not None:
            rows = list(_rows(issue, name))
            last_row = self.db.execute("SELECT rowid FROM fields ORDER BY rowid DESC LIMIT 1").fetchone()
            before = last_row[0] if last_row else 0
            self.db.executemany("INSERT INTO fields(rowid, text, shown, file, place) VALUES(?, ?, ?, ?, ?)",
                                [(before + n, *row) for n, row in enumerate(rows, 1)])
            first, last = (before + 1, before + len(rows)) if rows else (None, None)
        self.db.execute("INSERT INTO files VALUES(?, ?, ?, ?, ?)",
                        (name, stamp, issue.profile if issue is not None else "", first, last))

    def close(self) -> None:
        self.db.close()

    def update(self) -> tuple[int, int]:
        """Follow the folder: (files re-read, files dropped). A database found damaged on the
        way is built again from the folder; one that cannot be written, in memory."""
        try:
            try:
                return self._update()
            except sqlite3.OperationalError:
                raise
            except sqlite3.DatabaseError:
                if self.note:  # already in memory
                    raise
                self.db.close()
                self._discard()
                self.db = self._connect(self.path)
                return self._update()
        except sqlite3.OperationalError as exc:
            if _locked(exc):
                raise _locked_error(self.path, exc) from exc
            reason = str(exc)
        except OSError as exc:  # the damaged file could not be deleted
            reason = exc.strerror or str(exc)
        if self.note:
            raise ArchiveError(self.path, f"无法建立搜索索引（{reason}）")
        self.db.close()
        self.db = self._in_memory(reason)
        return self._update()

    def _update(self) -> tuple[int, int]:
        known = dict(self.db.execute("SELECT name, stamp FROM files"))
        present = {path.name: path for path in issue_files(self.folder)}
        gone = [name for name in known if name not in present]
        changed = []
        for name, path in present.items():
            stamp = _stamp(path)
            if stamp is None or known.get(name) != stamp:
                changed.append((name, path, stamp))
        if not gone and not changed:
            return 0, 0
        with self.db:
            for name in [*gone, *(name for name, _, _ in changed)]:
                row = self.db.execute("SELECT first, last FROM files WHERE name = ?", (name,)).fetchone()
                if row is not None and row[0] is not None:
                    self.db.execute("DELETE FROM fields WHERE rowid BETWEEN ? AND ?", row)
                self.db.execute("DELETE FROM files WHERE name = ?", (name,))
            for name, path, stamp in changed:
                self._add(name, path, stamp)
        return len(changed), len(gone)
