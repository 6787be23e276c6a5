"""A finding: what validation (``validation``) and the checks across issues (``sequence``,
``archive.checks``) report, with its severity, place and Chinese message."""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum

import msgspec

from .places import Place, describe


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"

    @property
    def label(self) -> str:
        return "错误" if self is Severity.ERROR else "警告"


class Finding(msgspec.Struct, frozen=True):
    severity: Severity
    path: Place
    message: str
    fix: str | None = None  # the text tool that fixes it for certain, if one does

    def place_in(self, section_titles: Mapping[str, str]) -> str:
        """The place in words, sections named by the layout profile's ``section_titles``."""
        return describe(self.path, section_titles)
