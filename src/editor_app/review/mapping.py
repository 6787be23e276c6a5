"""A reviewed file's paragraphs mapped back onto the issue's fields.

The exported file prints ``layout.blocks.issue_blocks`` one paragraph per block, in order: the
field → paragraph map. The reviewed file's old view (every tracked change rejected) is that
export, so its paragraphs are aligned with the blocks by style and text; each aligned
paragraph's new view (every change accepted) becomes edits of the block's field (a project
sentence is re-read into its figures). What cannot be aligned or read back (a merged or split
paragraph, an inserted one, a table, a fixed text) is listed, never guessed.
"""

from __future__ import annotations

import difflib
import itertools
import re
from dataclasses import dataclass, field
from typing import Any

from ..issue.model import Issue, MetricValue, Project
from ..issue.places import Place
from ..layout.blocks import Block, issue_blocks
from ..layout.profile import Profile
from .markup import EDITOR, Comment, Paragraph, Reviewed
from .projects import project_edits

FIXED_STYLES = ("masthead_title", "section_heading")


@dataclass(frozen=True)
class Edit:
    """A proposed change of one field: its value now and the reviewer's."""

    place: Place
    old: Any
    new: Any
    before: str  # the paragraph as the issue prints it now
    after: str  # the paragraph as the reviewer left it
    tracked: bool  # made with change tracking
    authors: tuple[str, ...] = ()
    plain: bool = False  # has untracked edits too (found by comparing with the text as exported)

    @property
    def removes(self) -> bool:
        """Whether the edit removes a whole item or project."""
        return self.new is None and len(self.place) == 4 and self.place[2] in ("items", "projects")

    @property
    def kind(self) -> str:
        """删除条目, 修订, 直接修改, or both of the last two."""
        if self.removes:
            return "删除条目"
        if self.tracked and self.plain:
            return "修订及直接修改"
        return "修订" if self.tracked else "直接修改"


@dataclass(frozen=True)
class Listed:
    """A change that is not applied: a fixed text, or one that cannot be mapped to a field."""

    place: Place | None
    before: str
    after: str
    reason: str


@dataclass(frozen=True)
class Anchored:
    """A comment and the field whose text it marks (None: text that maps to no field)."""

    comment: Comment
    place: Place | None
    span: str


@dataclass
class Review:
    edits: list[Edit] = field(default_factory=list)
    listed: list[Listed] = field(default_factory=list)
    comments: list[Anchored] = field(default_factory=list)
    notice: str = ""  # said once before the edits (the file has no base to compare with)


NO_BASE = "审阅稿中没有导出时的内容，按当前期刊比较：导出后的修改会显示为审阅修改"
CONFLICT = "导出后本期也改了这里，与审阅者的修改不同，未采用；请手工决定"


@dataclass
class _Old:
    """A paragraph of the old view: the ``w:p`` it comes from, its style key and texts; ``new``
    is None when the reviewer's paragraph cannot be told apart (merged, split)."""

    index: int
    key: str | None
    old: str
    new: str | None
    source: Paragraph
    reason: str = ""


class ForeignReview(ValueError):
    """The reviewed file is another issue's: the message says which."""


def map_review(issue: Issue, profile: Profile, reviewed: Reviewed) -> Review:
    """The review's edits of ``issue``: a three-way merge when the file keeps what it was made
    from (base: as exported, theirs: the reviewer's, ours: the issue now) — a field only the
    reviewer changed is proposed, one only changed here is kept, one both changed differently is
    listed as a conflict; without a base, the reviewer's text is compared with the issue now."""
    base = _base_issue(reviewed)
    if base is None:
        review = _map(issue, profile, reviewed)
        review.notice = NO_BASE
        return review
    review = _map(base, profile, reviewed)
    mine, theirs = _masthead_lines(issue, profile), _masthead_lines(base, profile)
    if mine != theirs:
        raise ForeignReview(f"审阅稿是“{' '.join(theirs).replace(chr(9), ' ')}”，本期是“"
                            f"{' '.join(mine).replace(chr(9), ' ')}”；请选择本期的审阅稿")
    review.edits = _merge(issue, review)
    return review


def _base_issue(reviewed: Reviewed) -> Issue | None:
    from ..errors import UserFacingError
    from ..issue.issue_file import parse_issue

    if reviewed.base is None:
        return None
    try:
        return parse_issue(reviewed.base)
    except (UserFacingError, ValueError):
        return None


def _masthead_lines(issue: Issue, profile: Profile) -> list[str]:
    return [b.text for b in issue_blocks(issue, profile, strict=False) if b.style in ("issue_line", "issuer_line")]


_GONE = object()


def _merge(issue: Issue, review: Review) -> list[Edit]:
    """The edits (of the base) whose field the issue still has as exported; a field changed
    here to the reviewer's value drops out, one changed here otherwise is listed."""
    kept = []
    for edit in review.edits:
        try:
            now = _at(issue, edit.place, absent_key_is_none=True)
        except (LookupError, AttributeError):
            now = _GONE
        if now == edit.old:
            kept.append(edit)
        elif now != edit.new:
            shown = "（已删除）" if now is _GONE else describe_value(now)
            review.listed.append(Listed(edit.place, shown, describe_value(edit.new), CONFLICT))
    return kept


def _map(issue: Issue, profile: Profile, reviewed: Reviewed) -> Review:
    keys = {style.word_name: key for key, style in profile.styles.items()}
    review = Review()
    olds = _old_view(reviewed.paragraphs, keys, review)
    blocks = issue_blocks(issue, profile, strict=False)
    headings = {b.text for b in blocks if b.style == "section_heading"}
    for old in olds:  # a deletion next to it can leave a heading with another paragraph's style
        if old.old in headings:
            old.key = "section_heading"
    pairs = _align(olds, blocks, review)
    if not pairs or not any(old.new and old.new.strip() for old in olds):
        raise ForeignReview("审阅稿的内容与本期对不上（没有一段能对应到本期，或全部内容都被删除）；请选择本期的审阅稿")
    _check_same_issue(pairs)
    removed = _removed_entries(issue, blocks, pairs, review)
    for old, block in pairs:
        if id(old) in removed:
            continue
        if old.new is None:
            review.listed.append(Listed(block.path, block.text, old.old, old.reason))
        elif old.new != block.text:
            _field_edits(issue, profile, block, old, review)
    for text in reviewed.tables:
        review.listed.append(Listed(None, "", text, "审阅稿中插入了表格，简报不含表格，未导入"))
    review.comments = _anchor_comments(reviewed, olds, {id(o): b for o, b in pairs})
    return review


def _entry(place: Place) -> Place | None:
    """The item or project a field belongs to."""
    if len(place) >= 4 and place[0] == "sections" and place[2] in ("items", "projects"):
        return place[:4]
    return None


def _removed_entries(issue: Issue, blocks: list[Block], pairs: list[tuple[_Old, Block]], review: Review) -> set[int]:
    """Items and projects whose every paragraph the reviewer deleted, proposed as one removal
    each; the ids of the paragraphs they take."""
    sizes: dict[Place, int] = {}
    for block in blocks:
        if (entry := _entry(block.path)) is not None:
            sizes[entry] = sizes.get(entry, 0) + 1
    members: dict[Place, list[tuple[_Old, Block]]] = {}
    for old, block in pairs:
        if (entry := _entry(block.path)) is not None:
            members.setdefault(entry, []).append((old, block))
    taken: set[int] = set()
    for entry, group in members.items():
        if len(group) == sizes[entry] and all(old.new == "" and old.old for old, _ in group):
            sources = [old.source for old, _ in group]
            authors = tuple(dict.fromkeys(a for p in sources for a in _authors(p)))
            review.edits.append(Edit(entry, _at(issue, entry), None, "\n".join(b.text for _, b in group), "",
                                     any(p.tracked for p in sources), authors))
            taken.update(id(old) for old, _ in group)
    return taken


def _old_view(paragraphs: list[Paragraph], keys: dict[str, str], review: Review) -> list[_Old]:
    """The old view's paragraphs: ``w:p`` elements joined across inserted paragraph marks."""
    groups: list[list[tuple[int, Paragraph]]] = [[]]
    for index, paragraph in enumerate(paragraphs):
        groups[-1].append((index, paragraph))
        if not paragraph.mark_inserted:
            groups.append([])
    olds = []
    for group in filter(None, groups):
        written = [(i, p) for i, p in group if p.old]
        index, main = written[0] if len(written) == 1 else group[0]
        old = _Old(index, keys.get(main.style), "".join(p.old for _, p in group), main.new, main)
        if len(written) > 1:
            old.new, old.reason = None, "审阅者把这一段拆成了几段，无法对应到栏目，请手工修改"
        for _, inserted in group:
            if inserted is not main and inserted.new:
                review.listed.append(Listed(None, "", inserted.new, "审阅者插入了新段落，请手工加入"))
        if old.old or old.key is not None:
            olds.append(old)
        elif old.new:
            review.listed.append(Listed(None, "", old.new, "审阅者插入了新段落，请手工加入"))
    for old, following in itertools.pairwise(olds):
        if old.source.mark_deleted and old.new and following.new:
            old.new = following.new = None
            old.reason = following.reason = "审阅者把这一段与下一段合并了，无法对应到栏目，请手工修改"
    return olds


def _align(olds: list[_Old], blocks: list[Block], review: Review) -> list[tuple[_Old, Block]]:
    """Old paragraphs paired with blocks: same style and text first, then same style in a run
    of equal length (text the issue or an untracked edit changed); the rest listed."""
    a = [(o.key, o.old) for o in olds]
    b = [(blk.style, blk.text) for blk in blocks]
    pairs = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1
                              and all(olds[i].key == blocks[j].style
                                      for i, j in zip(range(i1, i2), range(j1, j2), strict=True))):
            pairs.extend(zip(olds[i1:i2], blocks[j1:j2], strict=True))
            continue
        for old in olds[i1:i2]:
            review.listed.append(Listed(None, old.old, old.new or "", "审阅稿中的这一段无法对应到本期的栏目"))
        for block in blocks[j1:j2]:
            review.listed.append(Listed(block.path, block.text, "", "审阅稿中找不到这一段（被删除或结构被改动）"))
    return pairs


def _check_same_issue(pairs: list[tuple[_Old, Block]]) -> None:
    for old, block in pairs:
        if block.style in ("issue_line", "issuer_line") and old.old != block.text:
            raise ForeignReview(f"审阅稿是“{old.old.replace(chr(9), ' ')}”，本期是“"
                                f"{block.text.replace(chr(9), ' ')}”；请选择本期的审阅稿")


def _authors(paragraph: Paragraph) -> tuple[str, ...]:
    return tuple(dict.fromkeys(a for a in paragraph.authors if a))


def _field_edits(issue: Issue, profile: Profile, block: Block, old: _Old, review: Review) -> None:
    assert old.new is not None
    new, style = old.new, block.style

    def edit(place: Place, before: Any, after: Any) -> None:
        if before != after:
            review.edits.append(Edit(place, before, after, block.text, new, old.source.tracked,
                                     _authors(old.source), plain=old.old != block.text))

    def listed(reason: str) -> None:
        review.listed.append(Listed(block.path, block.text, new, reason))

    if style in FIXED_STYLES:
        listed("这是版式中的固定文字，未改动；如需修改请改版式")
    elif style == "issue_line":
        values = _issue_line(profile, new)
        if values is None:
            listed("期号行无法识别，未改动")
        for name, value in (values or {}).items():
            edit(("masthead", name), getattr(issue.masthead, name), value)
    elif style == "issuer_line":
        issuer, tab, date_text = new.partition("\t")
        date = _date(profile, date_text)
        if not tab or date is None:
            listed("发布单位和日期一行无法识别，未改动")
            return
        if issuer != (issue.masthead.issuer or profile.issuer):
            edit(("masthead", "issuer"), issue.masthead.issuer, issuer)
        edit(("masthead", "date"), issue.masthead.date, date)
    elif style == "project":
        project = _at(issue, block.path)
        assert isinstance(project, Project)
        changes, problem = project_edits(project, block.text, new)
        if problem:
            listed(problem)
        for name, before, after in changes:
            edit((*block.path, *name), before, after)
    elif style == "distribution":
        _distribution_edit(issue, profile, block, new, edit, listed)
    elif style in ("closing_heading", "closing_text"):
        name = block.path[-1]
        assert isinstance(name, str)
        edit(block.path, getattr(issue.closing, name), new)
    else:  # headline, body paragraph, introduction: the text is the field
        edit(block.path, _at(issue, block.path), new)


def _distribution_edit(issue: Issue, profile: Profile, block: Block, new: str, edit: Any, listed: Any) -> None:
    key = block.path[-1]
    if key == "print_count":
        pattern = re.escape(profile.texts.print_count).replace(r"\{count\}", r"(\d+)")
        if match := re.fullmatch(pattern, new):
            edit(block.path, issue.distribution.print_count, int(match[1]))
        else:
            listed("印数一行无法识别，未改动")
        return
    assert isinstance(key, str)
    label = profile.texts.distribution[key]
    if new.startswith(label):
        edit(block.path, getattr(issue.distribution, key), new[len(label):])
    else:
        listed(f"版记的“{label}”是版式中的固定文字，未改动")


def _format_pattern(template: str, groups: dict[str, str]) -> str:
    pattern = re.escape(template)
    for name, group in groups.items():
        pattern = pattern.replace(re.escape("{" + name + "}"), group)
    return pattern


def _issue_line(profile: Profile, text: str) -> dict[str, int | None] | None:
    number = r"(\d+)"
    line = _format_pattern(profile.texts.issue_line, {"year": number, "number": number})
    total = _format_pattern(profile.texts.total_suffix, {"total": number})
    match = re.fullmatch(f"{line}(?:{total})?", text)
    if match is None:
        return None
    year, issue_number, total_number = match.groups()
    return {"year": int(year), "number": int(issue_number),
            "total_number": int(total_number) if total_number else None}


def _date(profile: Profile, text: str) -> Any:
    import datetime as dt

    number = r"(\d+)"
    pattern = _format_pattern(profile.texts.date, {"year": number, "month": number, "day": number})
    match = re.fullmatch(pattern, text.strip())
    if match is None:
        return None
    try:
        return dt.date(*(int(g) for g in match.groups()))
    except ValueError:
        return None


def _at(issue: Issue, place: Place, *, absent_key_is_none: bool = False) -> Any:
    """The value at ``place``; a key its dict lacks (a figure not given) is None when asked."""
    value: Any = issue
    for step in place:
        if absent_key_is_none and isinstance(value, dict) and step not in value:
            return None
        value = value[step] if isinstance(step, int) or isinstance(value, dict) else getattr(value, step)
    return value


def _anchor_comments(reviewed: Reviewed, olds: list[_Old], blocks: dict[int, Block]) -> list[Anchored]:
    """Each comment with the field of the paragraph its range starts in and the text it marks
    (as the reviewer left it; as it was when the reviewer deleted it)."""
    by_paragraph = {id(o.source): o for o in olds}
    streams = {"old": "", "new": ""}
    starts: dict[str, dict[str, int]] = {"old": {}, "new": {}}
    ends: dict[str, dict[str, int]] = {"old": {}, "new": {}}
    owner: dict[str, _Old | None] = {}
    current: _Old | None = None
    for paragraph in reviewed.paragraphs:
        current = by_paragraph.get(id(paragraph), current)
        for mark in paragraph.marks:
            owner.setdefault(mark.comment, current)
            for view, offset in (("old", mark.old_offset), ("new", mark.new_offset)):
                at = len(streams[view]) + offset
                if mark.kind in ("start", "reference"):
                    starts[view].setdefault(mark.comment, at)
                if mark.kind in ("end", "reference"):
                    ends[view].setdefault(mark.comment, at)
        streams["old"] += paragraph.old + "\n"
        streams["new"] += paragraph.new + "\n"
    anchored = []
    for comment_id, comment in reviewed.comments.items():
        if comment.author == EDITOR:
            continue
        old = owner.get(comment_id)
        block = blocks.get(id(old)) if old is not None else None
        span = ""
        for view in ("new", "old"):
            start = starts[view].get(comment_id, 0)
            span = span or streams[view][start:max(start, ends[view].get(comment_id, start))].strip("\n")
        anchored.append(Anchored(comment, block.path if block else None, span))
    return anchored


def describe_value(value: Any) -> str:
    """A field's value as a line of the edit list shows it."""
    if value is None:
        return "（无）"
    if isinstance(value, MetricValue):
        basis = f"（{value.basis}）" if value.basis else ""
        return f"{value.value}{value.unit}{basis}"
    return str(value)

