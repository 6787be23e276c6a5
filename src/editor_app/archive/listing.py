"""The issues of an archive folder, each with its numbers, first headline and validation state.

Every file is read with the bounded loader (``issue_file.load_issue``): a FIFO, a device, a
huge or sparse file, a symlink loop or an unreadable file is listed with its one-line error,
never blocks and never aborts the list.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..errors import UserFacingError
from ..issue.findings import Severity
from ..issue.issue_file import load_issue
from ..issue.model import Issue, Masthead
from ..issue.sections import NEWS_KEYS, news_section
from ..issue.validation import validate
from ..layout.blocks import MISSING_NUMBER
from ..layout.profile import carbon_choice, profile_problem

SUFFIXES = (".yaml", ".yml")


class ArchiveError(UserFacingError):
    """An archive folder that cannot be used."""


class MissingFolder(ArchiveError):
    """An archive folder that does not exist: the command line and the editor each say how
    to give another (``cli``, ``gui.archive``)."""

    def __init__(self, folder: Path, fix: str = "请核对期刊库文件夹的路径") -> None:
        super().__init__(folder, f"期刊库文件夹不存在；{fix}")


@dataclass(frozen=True)
class Entry:
    """One file of the archive: its issue, or why it cannot be read (``problem``)."""

    path: Path
    issue: Issue | None
    problem: str = ""
    errors: int = 0
    warnings: int = 0

    @property
    def label(self) -> str:
        """``2023年第9期（总第9期）``, ``□`` for a number not filled in."""
        return masthead_label(self.issue.masthead) if self.issue is not None else ""

    @property
    def date(self) -> dt.date | None:
        d = self.issue.masthead.date if self.issue is not None else None
        return d if isinstance(d, dt.date) else None

    @property
    def headline(self) -> str:
        """The first headline of the issue, "" when it has none."""
        if self.issue is None:
            return ""
        for key in NEWS_KEYS:
            for item in news_section(self.issue, key).items:
                if item.headline.strip():
                    return item.headline.strip()
        return ""


def masthead_label(m: Masthead) -> str:
    """``2023年第9期（总第9期）`` in messages and lists (not the profile's printed line: an
    archive may hold issues of several profiles); ``□`` for a number not filled in."""
    text = f"{m.year or MISSING_NUMBER}年第{m.number or MISSING_NUMBER}期"
    return text + (f"（总第{m.total_number}期）" if m.total_number else "")


def issue_files(folder: Path) -> list[Path]:
    """The issue files directly in ``folder`` (``.yaml``, ``.yml``; hidden files left out),
    by name. Sub-folders are not entered, so a symlink loop cannot trap the listing."""
    try:
        with os.scandir(folder) as scan:
            names = [entry.name for entry in scan
                     if entry.name.lower().endswith(SUFFIXES) and not entry.name.startswith(".")]
    except FileNotFoundError as exc:
        raise MissingFolder(folder) from exc
    except NotADirectoryError as exc:
        raise ArchiveError(folder, "这不是文件夹；期刊库是存放期刊文件（.yaml）的文件夹") from exc
    except OSError as exc:
        raise ArchiveError(folder, f"无法读取期刊库文件夹（{exc.strerror or exc}）") from exc
    return [folder / name for name in sorted(names)]


def read_entry(path: Path, check: Callable[[str], str | None] = profile_problem) -> Entry:
    """One file as an entry; any refusal becomes its one-line ``problem``."""
    try:
        issue = load_issue(path)
    except UserFacingError as exc:
        return Entry(path, None, exc.one_line())
    except OSError as exc:  # not turned into a user error on some path: still one line
        return Entry(path, None, f"{path}: 无法读取（{exc.strerror or exc}）")
    findings = validate(issue, profile_problem=check, carbon=carbon_choice(issue.profile))
    errors = sum(f.severity is Severity.ERROR for f in findings)
    return Entry(path, issue, errors=errors, warnings=len(findings) - errors)


def series_key(entry: Entry) -> tuple:
    """Issues in series order (year, 期号, 总期号); files that cannot be read last."""
    if entry.issue is None:
        return (1, 0, 0, 0, entry.path.name)
    m = entry.issue.masthead
    return (0, m.year or 0, m.number or 0, m.total_number or 0, entry.path.name)


def list_archive(folder: Path) -> list[Entry]:
    """Every issue file of ``folder`` in series order."""
    problems: dict[str, str | None] = {}

    def check(name: str) -> str | None:  # one profile lookup per name, not per file
        if name not in problems:
            problems[name] = profile_problem(name)
        return problems[name]

    return sorted((read_entry(path, check) for path in issue_files(folder)), key=series_key)
