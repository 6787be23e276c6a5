"""Recognising the structure of a bulletin typed or pasted as plain text."""

from __future__ import annotations

import datetime as dt
import re

from ..issue.model import Issue, Item
from ..layout.profile import load_profile
from .cleaning import clean_lines
from .decoding import read_text_file
from .options import ImportNotice, ImportOptions, ImportResult
from .project_parse import parse_project

__all__ = ["import_text", "read_text_file"]

_SECTIONS = {"一": "special_focus", "二": "provincial_news", "三": "xingcheng_action", "四": "institute_news"}
_HEADING = re.compile(r"^(?P<numeral>[一二三四])\s*[、.．，,]\s*(?P<name>\S.{0,30})$")
_CLOSING = re.compile(r"^关于.{2,24}(研究院|中心)$")
_DATES = (
    re.compile(r"^(\d{4})\s*[.．/-]\s*(\d{1,2})\s*[.．/-]\s*(\d{1,2})$"),
    re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$"),
)
_ISSUE_LINE = re.compile(r"^(\d{4})年第(\d+)期(?:（总第(\d+)期）)?$")
HEADLINE_MAX = 64
_SENTENCE = re.compile(r"[^。：]*[。：]|[^。：]+$")


def _date(line: str) -> dt.date | None:
    for pattern in _DATES:
        match = pattern.match(line)
        if match:
            try:
                return dt.date(*(int(g) for g in match.groups()))
            except ValueError:
                return None
    return None


def _is_headline(line: str, following: str | None) -> bool:
    """A short line ending in 。 or with no end punctuation, followed by a longer paragraph."""
    if len(line) > HEADLINE_MAX or following is None or len(following) <= len(line):
        return False
    return line[-1] == "。" or line[-1] not in "，、；：,;:！？!?”」）)"


def _news_items(lines: list[str]) -> list[Item]:
    items: list[Item] = []
    for i, line in enumerate(lines):
        if _is_headline(line, lines[i + 1] if i + 1 < len(lines) else None):
            items.append(Item(headline=line, paragraphs=[]))
        elif items and (items[-1].headline or items[-1].paragraphs):
            items[-1].paragraphs.append(line)
        else:
            items.append(Item(headline="", paragraphs=[line]))
    for item in items:
        item.paragraphs = item.paragraphs or [""]
    return items


Line = tuple[int, str]  # (number of the line in the source, counting from 1; its text)


def _action(issue: Issue, lines: list[Line], warnings: list[ImportNotice]) -> None:
    action = issue.sections.xingcheng_action
    intro: list[str] = []
    for number, line in lines:
        for sentence in _SENTENCE.findall(line):
            project = parse_project(sentence)
            if project is not None:
                action.projects.append(project)
            elif not action.projects:
                intro.append(sentence)
            else:
                warnings.append(ImportNotice(
                    f"三、兴城双碳行动中“{sentence[:20]}……”不是项目句式，已并入导语，请检查", number))
                intro.append(sentence)
    action.introduction = "".join(intro)


def _masthead(issue: Issue, lines: list[Line], warnings: list[ImportNotice]) -> None:
    for number, line in lines:
        date = _date(line)
        issue_line = _ISSUE_LINE.match(line)
        if date:
            issue.masthead.date = date
            issue.masthead.year = issue.masthead.year or date.year
        elif issue_line:
            issue.masthead.year = int(issue_line[1])
            issue.masthead.number = int(issue_line[2])
            issue.masthead.total_number = int(issue_line[3]) if issue_line[3] else None
        elif "研究院" in line and len(line) <= 30 and not issue.masthead.issuer:
            issue.masthead.issuer = line.split()[0]
        elif line not in ("双碳资讯", "雙碳資訊"):
            warnings.append(ImportNotice(f"报头中的“{line[:30]}”无法识别，已放入特别关注栏目，请检查", number))
            issue.sections.special_focus.items.insert(0, Item(paragraphs=[line]))


def import_text(text: str, options: ImportOptions | None = None) -> ImportResult:
    """A new issue from bulletin text; every cleaning step and guess goes into the result."""
    options = options or ImportOptions()
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    numbered = [(n, line.strip()) for n, line in enumerate(raw, 1) if line.strip()]
    cleaned, steps = clean_lines([line for _, line in numbered], options)
    issue = Issue()
    warnings: list[ImportNotice] = []
    parts: dict[str, list[Line]] = {"masthead": [], "closing": []}
    current = "masthead"
    for (number, _), line in zip(numbered, cleaned, strict=True):
        heading = _HEADING.match(line)
        if heading and heading["numeral"] in _SECTIONS and len(line) <= 20:
            current = _SECTIONS[heading["numeral"]]
            parts.setdefault(current, [])
        elif _CLOSING.match(line):
            current = "closing"
            issue.closing.heading = line
        else:
            parts.setdefault(current, []).append((number, line))
    profile = load_profile(issue.profile)
    _masthead(issue, parts["masthead"], warnings)
    for key in ("special_focus", "provincial_news", "institute_news"):
        section = [line for _, line in parts.get(key, [])]
        issue.news(key).items.extend(_news_items(section))
        if not section:
            warnings.append(ImportNotice(f"没有找到栏目“{profile.sections.get(key, key)}”，请检查"))
    _action(issue, parts.get("xingcheng_action", []), warnings)
    issue.closing.text = "".join(line for _, line in parts["closing"])
    if (issue.closing.heading, issue.closing.text) == (profile.closing.heading, profile.closing.text):
        issue.closing.heading = issue.closing.text = ""  # keep following the profile
    issue.masthead.issuer = issue.masthead.issuer or "成都兴城双碳研究院"
    return ImportResult(issue, steps=steps, warnings=warnings)
