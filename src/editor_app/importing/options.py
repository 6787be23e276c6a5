"""What an import does, and what it reports."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..issue.model import Issue

# The cleaning steps in the order they run, with their report lines.
STEP_REPORTS = {
    "control": "删除控制字符 {} 个",
    "invisible": "清除不可见字符、特殊空格，换掉形似汉字的字符 {} 个",
    "pinyin": "删除拼音注音残留 {} 处",
    "punctuation": "半角标点改为全角 {} 处",
    "simplified": "繁体转为简体 {} 字",
}


@dataclass(frozen=True)
class ImportOptions:
    remove_pinyin: bool = True
    full_width_punctuation: bool = True
    simplified: bool = True
    # The layout profile (name or file) whose titles and styles the source uses; None: the
    # one a Word file's styles match best, the default profile for text.
    profile: str | None = None
    # The archive (期刊库) folder whose last issue gives the numbers the source lacks; None:
    # the import only says they are missing.
    archive: Path | None = None


@dataclass(frozen=True)
class ImportNotice:
    """Something the import could only guess at; ``line`` counts the lines (or Word paragraphs) from 1."""

    message: str
    line: int | None = None

    def __str__(self) -> str:
        place = f"第 {self.line} 行：" if self.line is not None else ""
        return f"警告：{place}{self.message}"


@dataclass
class ImportResult:
    issue: Issue
    notes: list[str] = field(default_factory=list)  # how the source was read
    # Changes made by each cleaning step (STEP_REPORTS keys); None when the source was not cleaned.
    steps: dict[str, int] | None = field(default_factory=dict)
    warnings: list[ImportNotice] = field(default_factory=list)
    # What the source did not give and nothing filled in (the 期号), for the report; the
    # review dialog shows such fields as 未找到 itself.
    unfilled: list[str] = field(default_factory=list)

    @property
    def report(self) -> list[str]:
        """One line per note, per cleaning step that changed something, per warning and per
        field left unfilled."""
        steps = [STEP_REPORTS[key].format(n) for key, n in (self.steps or {}).items() if n]
        return [*self.notes, *steps, *(str(w) for w in self.warnings), *self.unfilled]
