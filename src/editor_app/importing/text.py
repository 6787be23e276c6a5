"""Recognising the structure of a bulletin typed or pasted as plain text."""

from __future__ import annotations

import datetime as dt
import re
from itertools import pairwise

from ..issue.model import Issue, Item
from ..issue.sections import ACTION, NEWS_KEYS, SECTIONS, action_section, news_section
from ..layout.profile import DEFAULT_PROFILE, Profile, load_profile
from .decoding import read_text_file
from .distribution import Labels, flexible_template, template_parts
from .normalise import Normalised, normalise_lines
from .options import ImportNotice, ImportOptions, ImportResult
from .project_parse import parse_project
from .wrapping import continued

__all__ = ["Headings", "import_text", "read_text_file"]

# A numbered heading: 一、 二. 三， … and its name.
_NUMBERED = re.compile(r"^(?P<numeral>[一二三四五六七八九十]+)\s*[、.．，,]\s*(?P<name>\S.{0,40})$")
HEADING_MAX = 20  # characters of a numbered line taken as a heading by its numeral alone
_DATES = (
    re.compile(r"^(\d{4})\s*[.．/-]\s*(\d{1,2})\s*[.．/-]\s*(\d{1,2})$"),
    re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$"),
)
# An issuer line of another institute: its name, then the date after a tab or spaces.
_ISSUER_DATE = re.compile(r"^(?P<issuer>.*?\S)[\t ]+(?P<date>\d{4}\s*[年.．/-].*)$")
_ISSUE_LINE = re.compile(r"^(\d{4})年第(\d+)期(?:（总第(\d+)期）)?$")
HEADLINE_MAX = 64
_SENTENCE = re.compile(r"[^。：]*[。：]|[^。：]+$")


def _compact(text: str) -> str:
    return "".join(text.split())


def _name(title: str) -> str:
    """A section title without its number: ``一、特别关注`` → ``特别关注``."""
    match = _NUMBERED.match(title)
    return match["name"] if match else title


class Headings:
    """What marks the start of a section and of the closing block in the profile's bulletin."""

    def __init__(self, profile: Profile) -> None:
        self.numerals: dict[str, str] = {}
        self.titles: dict[str, str] = {}
        self.longest = HEADING_MAX
        for spec in SECTIONS:
            title = profile.sections.get(spec.key, "")
            if not title:
                continue
            self.titles[_compact(title)] = self.titles[_compact(_name(title))] = spec.key
            self.longest = max(self.longest, len(title))
            if match := _NUMBERED.match(title):
                self.numerals[match["numeral"]] = spec.key
        heading = _compact(profile.closing.heading)
        # The profile's closing heading, or one that begins and ends as it does (关于……研究院):
        # an issue may name its closing block in its own words.
        self.closing = (re.compile(f"^{re.escape(heading[:2])}.{{2,24}}{re.escape(heading[-3:])}$")
                        if len(heading) >= 5 else re.compile(f"^{re.escape(heading)}$"))

    def titled(self, line: str) -> str | None:
        """The key of the section whose title ``line`` is, with or without its number."""
        return self.titles.get(_compact(line))

    def section(self, line: str) -> str | None:
        """The key of the section ``line`` is the heading of, if it is one: its title, or a
        short line with its number (二、省内信息)."""
        if key := self.titled(line):
            return key
        match = _NUMBERED.match(line)
        if match and match["numeral"] in self.numerals and len(line) <= self.longest:
            return self.numerals[match["numeral"]]
        return None

    def is_closing(self, line: str) -> bool:
        return bool(self.closing.match(_compact(line)))


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


def _news_items(lines: list[Normalised]) -> list[Item]:
    """Items of kept text, told apart on the normalised text."""
    items: list[Item] = []
    for i, line in enumerate(lines):
        if _is_headline(line.text, lines[i + 1].text if i + 1 < len(lines) else None):
            items.append(Item(headline=line.kept, paragraphs=[]))
        elif items and (items[-1].headline or items[-1].paragraphs):
            items[-1].paragraphs.append(line.kept)
        else:
            items.append(Item(headline="", paragraphs=[line.kept]))
    for item in items:
        item.paragraphs = item.paragraphs or [""]
    return items


Line = tuple[int, Normalised]  # (number of the line in the source, counting from 1; its text)


def _action(issue: Issue, lines: list[Line], title: str, warnings: list[ImportNotice]) -> None:
    action = action_section(issue)
    intro: list[str] = []
    for number, line in lines:
        for match in _SENTENCE.finditer(line.text):
            sentence = line.part(*match.span())
            project = parse_project(sentence)
            if project is not None:
                action.projects.append(project)
            elif not action.projects:
                intro.append(sentence.kept)
            else:
                warnings.append(ImportNotice(
                    f"{title}中“{sentence.kept[:20]}……”不是项目句式，已并入导语，请检查", number))
                intro.append(sentence.kept)
    action.introduction = "".join(intro)
    if lines and not action.projects:
        warnings.append(ImportNotice(
            f"{title}中没有识别出项目（公司、项目名称和至少一项指标），全文已作为导语，请检查", lines[0][0]))


def _masthead(issue: Issue, lines: list[Line], profile: Profile, warnings: list[ImportNotice]) -> None:
    """The date, the issue line and the issuer; the masthead title is the profile's. Other
    lines go to the first news section, with a warning."""
    first = NEWS_KEYS[0]
    unplaced: list[str] = []
    for number, normalised in lines:
        line, simple = normalised.kept, normalised.text
        issuer = (simple[len(profile.issuer):].strip()
                  if profile.issuer and simple.startswith(profile.issuer) else None)
        date = _date(simple) or (_date(issuer) if issuer else None)
        dated = _ISSUER_DATE.match(simple) if date is None and issuer is None else None
        if dated and (date := _date(dated["date"])):
            issue.masthead.issuer = dated["issuer"]  # another institute's issuer line
        issue_line = _ISSUE_LINE.match(simple)
        if issuer is not None and not issue.masthead.issuer and (not issuer or date):
            issue.masthead.issuer = profile.issuer
        if date:
            issue.masthead.date = date
            issue.masthead.year = issue.masthead.year or date.year
        elif issue_line:
            issue.masthead.year = int(issue_line[1])
            issue.masthead.number = int(issue_line[2])
            issue.masthead.total_number = int(issue_line[3]) if issue_line[3] else None
        elif issuer != "" and profile.title not in (line, simple):
            warnings.append(ImportNotice(
                f"报头中的“{line[:30]}”无法识别，已放入{_name(profile.sections.get(first, first))}栏目，请检查",
                number))
            unplaced.append(line)
    news_section(issue, first).items[:0] = [Item(paragraphs=[line]) for line in unplaced]


Paragraph = tuple[int, Normalised, str | None]  # a Line and the section (or "closing") it heads


def _page_number(profile: Profile) -> re.Pattern[str] | None:
    """A page's number as the profile prints it (— 3 —), as a PDF copy has it on a line; None
    where the profile prints the bare number, which may as well be a line of the text."""
    if not "".join(template_parts(profile.texts.page_number, "page")).strip():
        return None
    return re.compile(flexible_template(profile.texts.page_number, "page", r"\d+"))


# Line ends as other programs write them: old Mac files, Word's manual line break (VT) copied
# as text, Unicode's line and paragraph separators (a paragraph: a blank line), NEL; a page
# break (form feed) is no line end.
_LINE_BREAKS = str.maketrans({"\r": "\n", "\x0b": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n\n",
                              "\f": ""})


def _paragraphs(text: str, options: ImportOptions, profile: Profile, headings: Headings,
                labels: Labels) -> tuple[list[Paragraph], dict[str, int], list[str]]:
    """The text's paragraphs, lines hard-wrapped at a page's width joined again and the page
    numbers of a PDF copy left out; the cleaning steps' counts and notes on what was done."""
    raw = text.replace("\r\n", "\n").translate(_LINE_BREAKS).split("\n")
    numbered = [(n, line.strip()) for n, line in enumerate(raw, 1) if line.strip()]
    page_number = _page_number(profile)
    pages = {n for n, line in numbered if page_number and page_number.fullmatch(line)}
    numbered = [(n, line) for n, line in numbered if n not in pages]
    # Blank lines around a page's number are the page break, not the end of a paragraph.
    gaps = [range(before + 1, n) for before, n in pairwise([0, *(n for n, _ in numbered)])]
    blank_before = [any(not raw[k - 1].strip() for k in gap) and not pages.intersection(gap) for gap in gaps]
    cleaned, steps = normalise_lines([line for _, line in numbered], options)
    found = [headings.section(line.text) or ("closing" if headings.is_closing(line.text) else None)
             for line in cleaned]
    # A wrapped line may begin with a section's number (二，仅次于……): only a title, the closing
    # heading or a 版记 label opens a block there.
    opens = [key == "closing" or bool(headings.titled(line.text)) or labels.starts(line.text)
             for key, line in zip(found, cleaned, strict=True)]
    column, joins = continued([raw[n - 1].rstrip() for n, _ in numbered], blank_before, opens,
                              [bool(key) for key in found], HEADLINE_MAX)
    paragraphs: list[Paragraph] = []
    for (number, _), line, key, join in zip(numbered, cleaned, found, joins, strict=True):
        if join:
            first, before, _ = paragraphs[-1]
            paragraphs[-1] = (first, before.joined(line), None)
        else:
            paragraphs.append((number, line, key))
    notes = [f"删除页码 {len(pages)} 行"] if pages else []
    if column and any(joins):
        notes.append(f"按每行约 {column.characters} 字折行的文字：{sum(joins)} 行已接回所在段落")
    return paragraphs, steps, notes


def import_text(text: str, options: ImportOptions | None = None) -> ImportResult:
    """A new issue from bulletin text in the layout of ``options.profile`` (the default
    profile when None); every cleaning step and guess goes into the result."""
    options = options or ImportOptions()
    issue = Issue(profile=options.profile or DEFAULT_PROFILE)
    profile = load_profile(issue.profile)
    headings = Headings(profile)
    labels = Labels(profile)
    paragraphs, steps, notes = _paragraphs(text, options, profile, headings, labels)
    warnings: list[ImportNotice] = []
    parts: dict[str, list[Line]] = {"masthead": [], "closing": []}
    current = "masthead"
    # The 版记 is looked for after the last heading only: a paragraph may open with 报：. With no
    # closing heading that is a news section, where 发：院长在会上讲话 may open a paragraph: then
    # only the text's last lines may be the 版记 (and run on after the paragraph before them).
    last = max((i for i, (_, _, key) in enumerate(paragraphs) if key), default=-1)
    foot = last + 1
    if last < 0 or paragraphs[last][2] != "closing":
        end = len(paragraphs)
        while end > foot and labels.entries(paragraphs[end - 1][1].text):
            end -= 1
        foot = max(foot, end - 1)
    for index, (number, line, key) in enumerate(paragraphs):
        if key == "closing":
            current = "closing"
            issue.closing.heading = line.kept
        elif key:
            current = key
            parts.setdefault(current, [])
        elif index >= foot and (entries := labels.entries(line.text)):
            labels.fill(issue.distribution, line, entries, number, warnings)
            current = "distribution"
        elif current == "distribution":
            warnings.append(ImportNotice(f"版记中的“{line.kept[:20]}”无法识别，未导入，请检查", number))
        elif index >= foot and (tail := labels.tail(line.text)):
            cut, entries = tail
            parts.setdefault(current, []).append((number, line.part(0, len(line.text[:cut].rstrip()))))
            labels.fill(issue.distribution, line, entries, number, warnings)
            current = "distribution"
        else:
            parts.setdefault(current, []).append((number, line))
    _masthead(issue, parts["masthead"], profile, warnings)
    for key in NEWS_KEYS:
        section = [line for _, line in parts.get(key, [])]
        news_section(issue, key).items.extend(_news_items(section))
        if not section:
            warnings.append(ImportNotice(f"没有找到栏目“{profile.sections.get(key, key)}”，请检查"))
    _action(issue, parts.get(ACTION.key, []), profile.sections.get(ACTION.key, ACTION.key), warnings)
    issue.closing.text = "".join(line.kept for _, line in parts["closing"])
    if (issue.closing.heading, issue.closing.text) == (profile.closing.heading, profile.closing.text):
        issue.closing.heading = issue.closing.text = ""  # keep following the profile
    issue.masthead.issuer = issue.masthead.issuer or profile.issuer
    return ImportResult(issue, notes=notes, steps=steps, warnings=warnings)
