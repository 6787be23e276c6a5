"""The sections of an issue, in print order: the one registry the rest of the program derives from.

Each section is a news section (items: headline and paragraphs) or the action section
(an introduction and projects with metrics). The keys are those of ``model.Sections`` and of
issue files; a section's title is not here but in the layout profile (``profile.sections``).
"""

from __future__ import annotations

from typing import Literal

import msgspec

from .model import ActionSection, Issue, NewsSection
from .places import Place

Kind = Literal["news", "action"]


class SectionSpec(msgspec.Struct, frozen=True):
    """A Struct like the model, not a dataclass: dataclasses imports inspect, a tenth of a
    command's start."""

    key: str
    kind: Kind

    @property
    def entries(self) -> Literal["items", "projects"]:
        """The name of the section's list: ``items`` of a news section, ``projects`` of the action section."""
        return "items" if self.kind == "news" else "projects"

    @property
    def place(self) -> Place:
        return ("sections", self.key)

    @property
    def entries_place(self) -> Place:
        return ("sections", self.key, self.entries)


SECTIONS: tuple[SectionSpec, ...] = (
    SectionSpec("special_focus", "news"),
    SectionSpec("provincial_news", "news"),
    SectionSpec("xingcheng_action", "action"),
    SectionSpec("institute_news", "news"),
)
SECTION_KEYS = tuple(spec.key for spec in SECTIONS)
NEWS_KEYS = tuple(spec.key for spec in SECTIONS if spec.kind == "news")
(ACTION,) = (spec for spec in SECTIONS if spec.kind == "action")
SPECS = {spec.key: spec for spec in SECTIONS}


def is_news(key: object) -> bool:
    spec = SPECS.get(str(key))
    return spec is not None and spec.kind == "news"


def news_section(issue: Issue, key: str) -> NewsSection:
    """The news section ``key`` (one of ``NEWS_KEYS``)."""
    if not is_news(key):
        raise KeyError(f"{key!r} is not a news section")
    section = getattr(issue.sections, key)
    assert isinstance(section, NewsSection)
    return section


def action_section(issue: Issue) -> ActionSection:
    section = getattr(issue.sections, ACTION.key)
    assert isinstance(section, ActionSection)
    return section
