"""The open document: the Issue being edited, its file, its undo stack and its findings.

Every change goes through an undo command (``commands``), which calls the ``apply_*``
methods here; those mutate the issue, re-run validation and tell the views what changed.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

import msgspec
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ..errors import UserFacingError
from ..issue.issue_file import decode_text, parse_issue, read_issue_bytes, save_issue
from ..issue.model import Issue
from ..issue.places import Place, describe
from ..issue.validation import Finding, Severity
from ..layout.profile import validate_in_profile
from ..layout.titles import section_titles
from ..storage.yaml_io import has_comments
from .i18n import translate

# What the editor shows at once (outline rows, form lists, preview pages), stated in README's
# Limits: twice validation's 500 items a section, so that an issue over that can still be opened
# and split. 10⁶ items (8 MB of YAML) kept the editor loading for more than ten minutes.
MAX_ENTRIES = 1000  # in any one list: items of a section, paragraphs, metrics, …
MAX_TOTAL_ENTRIES = 10_000  # in all lists together


def check_editable(issue: Issue, path: Path | str | None) -> None:
    """Raise UserFacingError, naming the first list too long, when the editor cannot show
    ``issue`` in reasonable time (``bulletin validate`` still reads it)."""
    total = 0
    pending: list[tuple[Any, Place]] = [(issue, ())]
    while pending:
        node, place = pending.pop()
        if isinstance(node, msgspec.Struct):
            pending.extend((getattr(node, name), (*place, name)) for name in node.__struct_fields__)
        elif isinstance(node, dict):
            pending.extend((value, (*place, key)) for key, value in node.items())
        elif isinstance(node, list):
            total += len(node)
            if len(node) > MAX_ENTRIES or total > MAX_TOTAL_ENTRIES:
                raise UserFacingError(
                    path, f"内容过多：此处有 {len(node)} 项，全期已有 {total} 项；编辑器每处最多显示 "
                          f"{MAX_ENTRIES} 项、全期最多 {MAX_TOTAL_ENTRIES} 项。请分成几期，"
                          "或用“bulletin validate”检查", describe(place, section_titles(issue.profile)))
            pending.extend((value, (*place, n)) for n, value in enumerate(node))


def get_at(root: Any, path: Place) -> Any:
    """The value at ``path`` (attribute names, list indexes and dict keys)."""
    node = root
    for step in path:
        if isinstance(node, msgspec.Struct):
            node = getattr(node, str(step))
        else:
            node = node[step]
    return node


def set_at(root: Any, path: Place, value: Any) -> None:
    parent = get_at(root, path[:-1])
    if isinstance(parent, msgspec.Struct):
        setattr(parent, str(path[-1]), value)
    else:
        parent[path[-1]] = value


class DiskState(NamedTuple):
    """A file as the editor last read or wrote it: another program's save changes it.

    The bytes themselves, not a digest of them: issue files are small, and hashlib's OpenSSL
    took 4 ms of the editor's start to load."""

    mtime_ns: int
    size: int
    data: bytes

    @classmethod
    def of(cls, path: Path, data: bytes) -> DiskState:
        """``data`` just read from or written to ``path``."""
        info = os.stat(path)
        return cls(info.st_mtime_ns, info.st_size, data)


class Loaded(NamedTuple):
    issue: Issue
    path: Path
    disk: DiskState | None  # None: gone already, nothing on disk to overwrite
    text: str
    has_comments: bool


def read_file(path: Path) -> Loaded:
    """Read, check and parse the issue file at ``path`` (no Qt: a worker thread may do it);
    UserFacingError when it cannot be read or is more than the editor shows."""
    data = read_issue_bytes(path)
    text = decode_text(data, path)
    issue = parse_issue(text, path)
    check_editable(issue, path)
    try:
        disk = DiskState.of(path, data)
    except OSError:
        disk = None
    return Loaded(issue, path, disk, text, has_comments(text))


class Document(QObject):
    """One issue in memory. Views listen to the signals; commands do the changing."""

    value_changed = Signal(tuple)  # path of a changed value
    structure_changed = Signal(tuple)  # a list changed; the path of the part to show now
    reset = Signal()  # a different issue (new, opened, reverted, or replaced by a tool)
    started = Signal()  # a new, opened or imported issue: views show its start (the masthead)
    findings_changed = Signal()
    file_changed = Signal()  # path or modified state
    navigate = Signal(tuple)  # undo/redo touched this place: show it

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.issue = Issue()
        self.path: Path | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(lambda _clean: self.file_changed.emit())
        stack = self.undo_stack  # quiet while being destroyed along with the document
        self.destroyed.connect(lambda _obj=None: stack.blockSignals(True))
        # Checks across issues (the archive's, ``gui.archive``): the findings of the issue
        # (at its file, or None) against the other issues of the series.
        self.series_check: Callable[[Issue, Path | None], list[Finding]] | None = None
        self.findings: list[Finding] = self._validate()
        self._burst = 0
        self.disk: DiskState | None = None  # the file at ``path`` as last opened or saved
        self.disk_text = ""  # its text, to say what another program changed
        self.has_comments = False  # the file opened holds # comments, which saving drops
        self.saves = 0  # how many times the issue was saved: a path saved to is no undo's to change

    # --- whole documents -------------------------------------------------------------

    def replace(self, issue: Issue, path: Path | None, *, modified: bool = False,
                again: bool = False) -> None:
        """Start over with ``issue`` (no undo history); ``again``: the same file read again
        (reverted, changed on disk), where the views keep their place."""
        self.issue = issue
        self.path = path
        self.disk, self.disk_text, self.has_comments = None, "", False
        self.undo_stack.clear()
        if modified:
            self.undo_stack.resetClean()
        else:
            self.undo_stack.setClean()
        self._changed(self.reset)
        self.file_changed.emit()
        if not again:
            self.started.emit()

    def recover(self, issue: Issue, path: Path | None, stamp: tuple[int, int] | None) -> None:
        """Start over with edits recovered after a crash, made to the file at ``path`` as it
        was when autosaved (``stamp``: its mtime and size then, when known). What another
        program wrote to the file since is a change on disk like any other: offered to
        reload, and warned of before saving over it."""
        self.replace(issue, path, modified=True)
        if path is None:
            return
        try:
            data = read_issue_bytes(path)
            now = DiskState.of(path, data)
        except (UserFacingError, OSError):
            return  # gone or unreadable: saving writes it anew
        if stamp is None or (now.mtime_ns, now.size) == stamp:
            self.disk, self.disk_text = now, data.decode("utf-8", errors="replace")
        else:  # changed after the autosave; its text then is not known
            self.disk, self.disk_text = DiskState(stamp[0], stamp[1], b""), ""

    def open(self, path: Path) -> None:
        """Load ``path``; raises IssueFileError and leaves the document as it was."""
        self.adopt(read_file(path))

    def adopt(self, loaded: Loaded, *, again: bool = False) -> None:
        """Start over with a file read by ``read_file`` (perhaps in a worker thread)."""
        self.replace(loaded.issue, loaded.path, again=again)
        self.disk, self.disk_text, self.has_comments = loaded.disk, loaded.text, loaded.has_comments

    def save(self, path: Path | None = None) -> None:
        """Save to ``path`` (or the current file); raises WriteError on failure."""
        target = path or self.path
        assert target is not None
        data = save_issue(self.issue, target)
        self.path = target
        try:
            self.disk = DiskState.of(target, data)
        except OSError:
            self.disk = None
        self.disk_text, self.has_comments = data.decode("utf-8"), False
        self.saves += 1
        self.undo_stack.setClean()
        self.file_changed.emit()

    def set_path(self, path: Path | None) -> None:
        """The file the issue will be saved to (None: Save asks). What is known of the file
        opened stays: an import's undo gives its path back."""
        self.path = path
        self.file_changed.emit()

    def disk_now(self) -> tuple[DiskState, str] | None:
        """The file at ``path`` and its text when another program changed it since it was
        opened or saved here; None when it is as it was (or gone, or there is no file)."""
        if self.path is None or self.disk is None:
            return None
        try:
            info = os.stat(self.path)
        except OSError:
            return None
        if (info.st_mtime_ns, info.st_size) == self.disk[:2]:
            return None
        try:
            data = read_issue_bytes(self.path)
            now = DiskState.of(self.path, data)
        except (UserFacingError, OSError):
            return DiskState(info.st_mtime_ns, info.st_size, b""), ""
        if now.data == self.disk.data:
            self.disk = now  # touched, not changed
            return None
        return now, data.decode("utf-8", errors="replace")

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    @property
    def display_name(self) -> str:
        return self.path.name if self.path else translate("Document", "未命名")

    # --- reading ---------------------------------------------------------------------

    def value(self, path: Place) -> Any:
        return get_at(self.issue, path)

    @property
    def error_count(self) -> int:
        return sum(f.severity is Severity.ERROR for f in self.findings)

    @property
    def warning_count(self) -> int:
        return sum(f.severity is Severity.WARNING for f in self.findings)

    # --- typing bursts ---------------------------------------------------------------

    @property
    def burst(self) -> int:
        """Edits of one field merge into one undo step while this number stays the same."""
        return self._burst

    def end_burst(self) -> None:
        self._burst += 1

    # --- changes, called by undo commands only -----------------------------------------

    def apply_value(self, path: Place, value: Any) -> None:
        set_at(self.issue, path, value)
        self._changed(self.value_changed, path)

    def apply_insert(self, list_path: Place, index: int, item: Any) -> None:
        self.value(list_path).insert(index, item)
        self._changed(self.structure_changed, (*list_path, index))

    def apply_remove(self, list_path: Place, index: int) -> None:
        items = self.value(list_path)
        items.pop(index)
        shown = (*list_path, min(index, len(items) - 1)) if items else list_path[:-1]
        self._changed(self.structure_changed, shown)

    def apply_move(self, list_path: Place, source: int, target: int) -> None:
        items = self.value(list_path)
        items.insert(target, items.pop(source))
        self._changed(self.structure_changed, (*list_path, target))

    def apply_issue(self, issue: Issue) -> None:
        self.issue = issue
        self._changed(self.reset)

    def _changed(self, signal: Any, *path: Place) -> None:
        """Views first learn what changed, then (if any) the new findings."""
        before = self.findings
        self.findings = self._validate()
        signal.emit(*path)
        if self.findings != before:
            self.findings_changed.emit()

    def _validate(self) -> list[Finding]:
        findings = validate_in_profile(self.issue)
        if self.series_check is not None:
            findings += self.series_check(self.issue, self.path)
        return findings

    def recheck(self) -> None:
        """Validate again: what the issue is checked against changed (the archive)."""
        before = self.findings
        self.findings = self._validate()
        if self.findings != before:
            self.findings_changed.emit()
