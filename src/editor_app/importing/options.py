"""What an import does, and what it reports."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Issue


@dataclass(frozen=True)
class ImportOptions:
    remove_pinyin: bool = True
    full_width_punctuation: bool = True
    simplified: bool = True


@dataclass
class ImportResult:
    issue: Issue
    report: list[str] = field(default_factory=list)  # each cleaning step and each warning
