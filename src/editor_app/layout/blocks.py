"""What the bulletin prints, block by block: the one code path behind export and preview.

Each Block names a style of the layout profile and carries its runs of text; the Word
exporter and the preview only decide how to draw them.
"""

from __future__ import annotations

import msgspec

from ..issue.model import Issue
from ..issue.places import Place
from ..issue.projects import project_sentence
from ..issue.sections import SECTION_KEYS, action_section, is_news, news_section
from .profile import Profile


class Run(msgspec.Struct, frozen=True):
    text: str
    bold: bool = False


class Block(msgspec.Struct, frozen=True):
    style: str  # a key of profile.styles
    runs: tuple[Run, ...]
    path: Place  # the part of the issue this block shows

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


def _plain(style: str, text: str, path: Place) -> Block:
    return Block(style, (Run(text),), path)


# Printed for a year or 期号 not filled in: a visible gap, never an empty slot (``2023年第期``).
# Validation names the field as an error, so only a forced export prints it.
MISSING_NUMBER = "□"


def issue_line(issue: Issue, profile: Profile) -> str:
    m = issue.masthead
    line = profile.texts.issue_line.format(year=m.year or MISSING_NUMBER, number=m.number or MISSING_NUMBER)
    if m.total_number:
        line += profile.texts.total_suffix.format(total=m.total_number)
    return line


def date_line(issue: Issue, profile: Profile) -> str:
    d = issue.masthead.date
    if isinstance(d, str):  # not a real date; validation reports it
        return d
    return profile.texts.date.format(year=d.year, month=d.month, day=d.day) if d else ""


def masthead_blocks(issue: Issue, profile: Profile) -> list[Block]:
    issuer = issue.masthead.issuer or profile.issuer
    return [
        _plain("masthead_title", profile.title, ("masthead",)),
        _plain("issue_line", issue_line(issue, profile), ("masthead", "number")),
        Block(
            "issuer_line",
            (Run(issuer), Run("\t"), Run(date_line(issue, profile))),
            ("masthead", "issuer"),
        ),
    ]


def section_blocks(issue: Issue, profile: Profile, key: str, *, strict: bool) -> list[Block]:
    base: Place = ("sections", key)
    blocks = [_plain("section_heading", profile.sections[key], base)]
    if is_news(key):
        for i, item in enumerate(news_section(issue, key).items):
            if item.headline:
                blocks.append(_plain("item_headline", item.headline, (*base, "items", i, "headline")))
            blocks.extend(
                _plain("body", text, (*base, "items", i, "paragraphs", j))
                for j, text in enumerate(item.paragraphs)
                if text
            )
        return blocks
    action = action_section(issue)
    if action.introduction:
        blocks.append(_plain("body", action.introduction, (*base, "introduction")))
    for i, project in enumerate(action.projects):
        lead, rest = project_sentence(project, strict=strict)
        blocks.append(Block("project", (Run(lead, bold=True), Run(rest)), (*base, "projects", i)))
    return blocks


def closing_blocks(issue: Issue, profile: Profile) -> list[Block]:
    return [
        _plain("closing_heading", issue.closing.heading or profile.closing.heading,
               ("closing", "heading")),
        _plain("closing_text", issue.closing.text or profile.closing.text, ("closing", "text")),
    ]


def distribution_blocks(issue: Issue, profile: Profile) -> list[Block]:
    dist = issue.distribution
    blocks = [
        _plain("distribution", profile.texts.distribution[key] + getattr(dist, key),
               ("distribution", key))
        for key in ("report", "send", "issue")
        if getattr(dist, key)
    ]
    if dist.print_count:
        blocks.append(_plain("distribution", profile.texts.print_count.format(count=dist.print_count),
                             ("distribution", "print_count")))
    return blocks


def issue_blocks(issue: Issue, profile: Profile, *, strict: bool = True) -> list[Block]:
    """All blocks of the issue, top to bottom.

    ``strict`` (export) raises on a metric that cannot be printed; the preview passes False.
    """
    blocks = masthead_blocks(issue, profile)
    for key in SECTION_KEYS:
        blocks.extend(section_blocks(issue, profile, key, strict=strict))
    blocks.extend(closing_blocks(issue, profile))
    blocks.extend(distribution_blocks(issue, profile))
    return blocks
