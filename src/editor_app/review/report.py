"""A review's proposed edits, listed changes and comments as lines of text."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from ..issue.places import Place, describe
from .diffing import opcodes
from .mapping import Review, describe_value

_CONTEXT = 8
_LONGEST = 40  # a longer deleted or inserted span shows its start and its length


def diff_pieces(old: str, new: str, *, whole: bool = False) -> list[tuple[str, str]]:
    """The difference as ("equal" | "delete" | "insert", text) pieces: the changed spans with a
    little text around them (long spans cut), or with ``whole`` all of both texts."""
    out: list[tuple[str, str]] = []
    changes = opcodes(old, new)
    for number, (tag, i1, i2, j1, j2) in enumerate(changes):
        if tag == "equal":
            text = old[i1:i2]
            out.append(("equal", text if whole else _context(text, number == 0, number == len(changes) - 1)))
            continue
        if i2 > i1:
            out.append(("delete", old[i1:i2] if whole else _cut(old[i1:i2])))
        if j2 > j1:
            out.append(("insert", new[j1:j2] if whole else _cut(new[j1:j2])))
    return out


def short_diff(old: str, new: str) -> str:
    """``…成都整体排名[-第二-]{+第三+}。``: the changed spans with a little text around them."""
    marks = {"equal": "{}", "delete": "[-{}-]", "insert": "{{+{}+}}"}
    return "".join(marks[kind].format(text) for kind, text in diff_pieces(old, new)).replace("\t", " ")


def _context(text: str, first: bool, last: bool) -> str:
    """Unchanged text around a change: its ends near the change."""
    if len(text) > 2 * _CONTEXT and not first and not last:
        return text[:_CONTEXT] + "…" + text[-_CONTEXT:]
    if first and len(text) > _CONTEXT:
        return "…" + text[-_CONTEXT:]
    if last and len(text) > _CONTEXT:
        return text[:_CONTEXT] + "…"
    return text


def _cut(text: str) -> str:
    return text if len(text) <= _LONGEST else f"{text[:_CONTEXT]}……（共{len(text)}字）"


def _where(place: Place | None, titles: Mapping[str, str]) -> str:
    return describe(place, titles) if place else "（无法对应的内容）"


def report_lines(review: Review, titles: Mapping[str, str]) -> Iterator[str]:
    if review.notice:
        yield review.notice
    for number, edit in enumerate(review.edits, 1):
        how = edit.kind
        who = f"，{'、'.join(edit.authors)}" if edit.authors else ""
        if edit.removes:
            change = short_diff(edit.before, "")
        elif isinstance(edit.old, str) and isinstance(edit.new, str):
            change = short_diff(edit.old, edit.new)
        else:
            change = f"{describe_value(edit.old)} → {describe_value(edit.new)}"
        yield f"修改 {number}：{_where(edit.place, titles)}（{how}{who}）：{change}"
    for item in review.listed:
        yield f"未采用：{_where(item.place, titles)}：{short_diff(item.before, item.after)}——{item.reason}"
    for anchored in review.comments:
        comment = anchored.comment
        state = "，已解决" if comment.resolved else ""
        span = anchored.span if len(anchored.span) <= _LONGEST else anchored.span[:_LONGEST] + "…"
        yield (f"批注：{_where(anchored.place, titles)}“{span}”（{comment.author}，{comment.date}{state}）："
               f"{comment.text}")
