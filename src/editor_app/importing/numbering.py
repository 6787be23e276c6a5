"""The issue numbers an import could not find: proposed from the archive's last issue when the
issue can follow it, and said so; an issue the archive already holds (its 期号 or its date)
is named instead, never contradicted; without an archive, the import says they are missing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from ..issue.model import Masthead
from .options import ImportNotice, ImportResult

if TYPE_CHECKING:
    from ..archive.listing import Entry


def complete_numbers(result: ImportResult, archive: Path | None) -> None:
    """Fill the year, 期号 and 总期号 the source did not give from ``archive``'s last issue
    (a warning says which and from where: a guess to check); with no archive, the report
    says what is missing (``unfilled``)."""
    m = result.issue.masthead
    if m.year is not None and m.number is not None and (m.total_number is not None or archive is None):
        return
    if archive is None:
        result.unfilled.append("没有找到期号（如“2023年第9期”）；请在报头填写年份和期号，或指定期刊库按上一期接续")
        return
    from ..archive.listing import ArchiveError, list_archive, masthead_label

    try:
        entries = list_archive(archive)
    except ArchiveError as exc:
        result.warnings.append(ImportNotice(f"没有找到期号，也无法按期刊库接续：{exc.one_line()}"))
        return
    if not any(e.issue is not None for e in entries):
        result.warnings.append(ImportNotice(f"没有找到期号，期刊库 {archive} 中也没有可读的期刊；请在报头填写期号"))
        return
    readable = [e for e in entries if e.issue is not None]
    before = masthead_label(m)
    if unreadable := [e.path.name for e in entries if e.issue is None]:  # one may be the last issue
        names = "、".join(unreadable)
        result.warnings.append(ImportNotice(
            f"来源中的期号不全（{before}），期刊库中有 {len(unreadable)} 个期刊文件无法读取（{names}），"
            "接续的期号可能与它们的期号重复，未按期刊库接续；请改正这些文件或把它们移出期刊库文件夹，或在报头填写期号"))
        return
    held = _contradiction(m, readable)
    if held is not None:
        result.warnings.append(ImportNotice(f"来源中的期号不全（{before}），{held}"))
        return
    last = readable[-1]
    p = last.issue.masthead if last.issue is not None else Masthead()
    if m.year is None:
        m.year = p.year
    if m.number is None and m.year is not None and p.year is not None:
        m.number = (p.number + 1 if p.number else None) if m.year == p.year else (1 if m.year > p.year else None)
    if m.total_number is None and p.total_number:
        m.total_number = p.total_number + 1
    result.warnings.append(ImportNotice(
        f"来源中的期号不全（{before}），已按期刊库最后一期 {last.path.name}（{masthead_label(p)}）"
        f"接续为 {masthead_label(m)}；请核对"))


def _contradiction(m: Masthead, readable: list[Entry]) -> str | None:
    """What the archive already holds that continuing its last issue would contradict: the same
    year and 期号 (then its 总期号 is taken, the same issue's), or a date not after the last
    issue's; None when the issue may follow the last."""
    from ..archive.listing import masthead_label

    if m.year is not None and m.number is not None:
        for entry in readable:
            held = entry.issue.masthead if entry.issue is not None else Masthead()
            if (held.year, held.number) == (m.year, m.number):
                if m.total_number is None and held.total_number:
                    m.total_number = held.total_number
                    return (f"期刊库中已有 {entry.path.name}（{masthead_label(held)}），已按其填写总期号；"
                            "如非同一期，请核对期号")
                return f"期刊库中已有 {entry.path.name}（{masthead_label(held)}）；请核对期号"
    last = readable[-1]
    if isinstance(m.date, dt.date) and last.date is not None and m.date <= last.date:
        same = next((e for e in readable if e.date == m.date), None)
        held = f"期刊库中 {same.path.name}（{same.label}）也是这一天出刊" if same is not None else (
            f"不晚于期刊库最后一期 {last.path.name}（{last.label}，{last.date.isoformat()}）")
        return f"出刊日期 {m.date.isoformat()}：{held}；未按期刊库接续，请在报头填写期号"
    p = last.issue.masthead if last.issue is not None else Masthead()
    if m.year and m.number and p.year and p.number and (m.year, m.number) < (p.year, p.number):
        return (f"期号早于期刊库最后一期 {last.path.name}（{last.label}）；未按期刊库接续总期号，"
                "请在报头填写")
    return None
