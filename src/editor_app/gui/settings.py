"""Settings kept between runs (QSettings): recent files, window geometry, language, last folder,
the archive folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "Xingcheng"
APPLICATION = "BulletinEditor"
MAX_RECENT = 10


def _settings() -> QSettings:
    return QSettings(ORGANIZATION, APPLICATION)


def recent_files(settings: QSettings | None = None) -> list[Path]:
    value = (settings or _settings()).value("recentFiles", [])
    # QSettings gives one name as text, several as a list; anything else was not written here
    names = [value] if isinstance(value, str) else [str(n) for n in value] if isinstance(value, list) else []
    return [Path(name) for name in names]


def add_recent_file(path: Path, settings: QSettings | None = None) -> None:
    settings = settings or _settings()
    recent = [str(p) for p in recent_files(settings)]
    names = [str(path.resolve())]
    names += [name for name in recent if name != names[0]]
    if names[:MAX_RECENT] != recent:
        settings.setValue("recentFiles", names[:MAX_RECENT])


def remember_file(path: Path) -> None:
    """A file just opened or saved: first of the recent files, its folder the last folder.

    One QSettings for both, and values set only when they change: a QSettings with a value
    set rewrites the settings file, and syncs it to disk, when it goes (≈ 3 ms). Opening the
    file opened last, as most starts do, writes nothing.
    """
    settings = _settings()
    add_recent_file(path, settings)
    set_last_folder(path, settings)


def clear_recent_files() -> None:
    _settings().remove("recentFiles")


def language() -> str:
    """The interface language: ``zh_CN`` (the default), ``zh_TW`` or ``en``."""
    return str(_settings().value("language", "zh_CN") or "zh_CN")


def set_language(code: str) -> None:
    _settings().setValue("language", code)


# The last folder of each kind of file: issues opened or saved, texts imported, Word exports.
_FOLDER_KEYS = {"issues": "lastFolder", "imports": "lastImportFolder", "exports": "lastExportFolder"}


def last_folder(kind: str = "issues") -> str:
    return str(_settings().value(_FOLDER_KEYS[kind], "") or "")


def set_last_folder(path: Path, settings: QSettings | None = None, kind: str = "issues") -> None:
    """Remember the folder of ``path`` (a file of ``kind`` just opened or written)."""
    settings = settings or _settings()
    if settings.value(_FOLDER_KEYS[kind]) != str(path.parent):
        settings.setValue(_FOLDER_KEYS[kind], str(path.parent))


def window_state() -> tuple[QByteArray | None, QByteArray | None]:
    settings = _settings()
    return settings.value("window/geometry"), settings.value("window/state")


def save_window_state(geometry: QByteArray, state: QByteArray) -> None:
    settings = _settings()
    settings.setValue("window/geometry", geometry)
    settings.setValue("window/state", state)


def archive_folder() -> Path | None:
    """The archive (期刊库) folder chosen in the editor, or None."""
    name = str(_settings().value("archiveFolder", "") or "")
    return Path(name) if name else None


def set_archive_folder(path: Path) -> None:
    _settings().setValue("archiveFolder", str(path))


def last_review_copy(issue: Path) -> Path | None:
    """The review copy last exported from the issue file ``issue`` in the editor, or None."""
    copies = _settings().value("reviewCopies", {})
    name = copies.get(str(issue.resolve())) if isinstance(copies, dict) else None
    return Path(name) if isinstance(name, str) and name else None


def set_last_review_copy(issue: Path, copy: Path) -> None:
    settings = _settings()
    copies = settings.value("reviewCopies", {})
    copies = dict(copies) if isinstance(copies, dict) else {}
    copies[str(issue.resolve())] = str(copy.resolve())
    settings.setValue("reviewCopies", copies)
