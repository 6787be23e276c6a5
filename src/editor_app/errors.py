"""Errors the user can act on: each names the file, the place and what to do."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from yaml import Mark


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
    return mark_place(mark) if mark is not None else ""


def mark_place(mark: Mark) -> str:
    """A PyYAML mark (an error's, a node's) as a place: ``第3行第5列``."""
    return f"第{mark.line + 1}行第{mark.column + 1}列"


def yaml_message(exc: Exception, kind: str, allowed: str) -> str:
    """A PyYAML error in Chinese, for a ``kind`` of file (期刊文件, 版式文件) that may hold only
    ``allowed`` (文本、数字和日期)."""
    problem = getattr(exc, "problem", None) or str(exc)
    if "could not determine a constructor" in problem:
        tag = problem.split("tag", 1)[-1].strip(" '!") if "tag" in problem else ""
        return f"含有不允许的 YAML 标签 !{tag}，为安全起见拒绝加载；{kind}只能含{allowed}"
    if "special characters are not allowed" in problem:
        return "含有控制字符；请删除从 PDF 等处粘贴带入的不可见字符"
    if "invalid Unicode character escape code" in problem:
        return "含有超出 Unicode 范围的转义字符（\\U 后的编码最大为 0010FFFF）；请改正或删除"
    if any("\u4e00" <= ch <= "\u9fff" for ch in problem):
        return problem
    return f"YAML 格式错误（{problem}）；请检查缩进、冒号和引号"
