"""The issue numbers an import could not find: proposed from the archive's last issue, and
said so; without an archive, the import says they are missing."""

from __future__ import annotations

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
        last = _last(list_archive(archive))
    except ArchiveError as exc:
        result.warnings.append(ImportNotice(f"没有找到期号，也无法按期刊库接续：{exc.one_line()}"))
        return
    if last is None:
        result.warnings.append(ImportNotice(f"没有找到期号，期刊库 {archive} 中也没有可读的期刊；请在报头填写期号"))
        return
    before = masthead_label(m)
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


def _last(entries: list[Entry]) -> Entry | None:
    readable = [e for e in entries if e.issue is not None]
    return readable[-1] if readable else None
