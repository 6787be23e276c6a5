"""Errors the user can act on: each names the file, the place and what to do."""

from __future__ import annotations

from pathlib import Path


class UserFacingError(Exception):
    """An error shown to the user as one line, never as a traceback."""

    def __init__(self, path: Path | str | None, message: str, place: str = "") -> None:
        self.path = Path(path) if path is not None else None
        self.place = place
        self.message = message
        super().__init__(self.one_line())

    def one_line(self) -> str:
        head = str(self.path) if self.path is not None else ""
        if self.place:
            head = f"{head}:{self.place}" if head else self.place
        message = " ".join(line.strip() for line in self.message.splitlines())  # e.g. a parser's
        return f"{head}: {message}" if head else message


class IssueFileError(UserFacingError):
    """An issue file that cannot be read."""


class WriteError(UserFacingError):
    """A file that could not be written; the previous file is untouched."""


def yaml_place(exc: Exception) -> str:
    """Where a PyYAML error points, as a place (``第3行第5列``); "" when it points nowhere."""
    mark = getattr(exc, "problem_mark", None)
    return f"第{mark.line + 1}行第{mark.column + 1}列" if mark is not None else ""
