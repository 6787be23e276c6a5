"""``bulletin archive list | check | search | next | volume``: the archive on the command line.

Registered by ``cli.py`` (``add_commands``); this module imports only argparse at load time, the
archive's modules when a command runs.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

# As cli.py's: 0 no errors, 1 findings or files with errors, 2 the archive cannot be used.
EXIT_OK, EXIT_FINDINGS, EXIT_UNREADABLE = 0, 1, 2
MAX_LIMIT = 10_000  # hits listed by search at most (SQLite's LIMIT overflows beyond 2^63 - 1)


def _err(message: str) -> None:
    print(message, file=sys.stderr)


def cmd_list(args: argparse.Namespace) -> int:
    """One line per issue file: file, numbers, date, first headline, validation state (the
    issue's own findings, then those across issues)."""
    from ..issue.findings import Severity
    from ..issue.textclean import shown_plainly
    from .checks import check_archive, findings_by_file
    from .listing import list_archive

    entries = list_archive(args.folder)
    across = findings_by_file(check_archive(entries))
    status = EXIT_OK
    for entry in entries:
        if entry.issue is None:
            print(f"{entry.path}\t（无法读取）")
            _err(entry.problem)
            status = EXIT_FINDINGS
            continue
        date = entry.date.isoformat() if entry.date else "（无日期）"
        state = f"{entry.errors} 个错误，{entry.warnings} 个警告"
        found = across.get(entry.path, [])
        cross_errors = sum(f.severity is Severity.ERROR for f in found)
        if found:
            state += f"；跨期 {cross_errors} 个错误，{len(found) - cross_errors} 个警告"
        print(f"{entry.path}\t{entry.label}\t{date}\t{shown_plainly(entry.headline) or '（无标题）'}\t{state}")
        if entry.errors or cross_errors:
            status = EXIT_FINDINGS
    return status


def print_findings(found: Sequence, entries: Sequence) -> int:
    """``file:place: 错误: message`` per finding (``checks.FileFinding``), places named by the
    profile of the issue its file holds (``entries``, the archive as listed); the exit status."""
    from ..issue.findings import Severity
    from ..layout.titles import section_titles

    profiles = {entry.path: entry.issue.profile for entry in entries if entry.issue is not None}
    for path, finding in found:
        print(finding.line(path, section_titles(profiles[path]) if path in profiles else {}))
    return EXIT_FINDINGS if any(f.severity is Severity.ERROR for _, f in found) else EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    """The checks across the archive's issues."""
    from .checks import check_archive
    from .listing import list_archive

    entries = list_archive(args.folder)
    unreadable = [e for e in entries if e.issue is None]
    for entry in unreadable:
        print(f"{entry.problem}（无法读取，未参加跨期检查）")
    found = check_archive(entries)
    status = print_findings(found, entries)
    skipped = f"（其中 {len(unreadable)} 个无法读取）" if unreadable else ""
    _err(f"{args.folder}: {len(entries)} 个期刊文件{skipped}，跨期检查发现 {len(found)} 个问题")
    return EXIT_FINDINGS if unreadable else status


def cmd_next(args: argparse.Namespace) -> int:
    """A new issue file following the archive's last issue."""
    from ..issue.issue_file import save_issue
    from ..storage.outputs import check_output
    from .listing import issue_files, list_archive, masthead_label
    from .next_issue import UnreadableIssues, next_issue

    # Never over an issue of the archive (the last one is the usual slip), even with --force.
    check_output(args.output, inputs=issue_files(args.folder), force=args.force)
    try:
        issue = next_issue(list_archive(args.folder), args.folder)
    except UnreadableIssues as exc:
        for problem in exc.problems:
            _err(problem)
        _err(exc.one_line())
        return EXIT_UNREADABLE
    save_issue(issue, args.output, keep_backup=False)
    m = issue.masthead
    date = m.date.isoformat() if m.date else "（请填写日期）"
    print(f"已新建 {args.output}：{masthead_label(m)}，出刊日期 {date}")
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    """The fields holding the words, as ``file:place: text``."""
    from ..issue.textclean import shown_plainly
    from ..layout.titles import section_titles
    from .search import search_archive

    hits = search_archive(args.folder, args.query, limit=args.limit)
    if hits.note:
        _err(hits.note)
    for hit in hits:
        print(f"{hit.path}:{hit.place_in(section_titles(hit.profile))}: {shown_plainly(hit.snippet)}")
    more = f"（只列出前 {len(hits)} 处，可用 --limit 增加）" if hits.total > len(hits) else ""
    _err(f"找到 {hits.total} 处{more}")
    return EXIT_OK if hits else EXIT_FINDINGS


def cmd_volume(args: argparse.Namespace) -> int:
    """The year volume (合订本) of the archive's issues of ``--year``: .docx, and PDF if asked."""
    from ..export.docx.volume import write_volume
    from ..issue.findings import Severity
    from ..issue.validation import validate
    from ..layout.profile import load_named, profile_problem
    from ..layout.titles import section_titles
    from ..storage.outputs import check_output
    from .checks import check_archive
    from .listing import list_archive

    check_output(args.output, force=args.force, suffix=".docx")
    if args.pdf:
        check_output(args.output.with_suffix(".pdf"), force=args.force)
    entries = list_archive(args.folder)
    # A file that cannot be read may be an issue of the year: no volume silently without it.
    unreadable = [e for e in entries if e.issue is None]
    if unreadable and not args.force:
        for entry in unreadable:
            _err(entry.problem)
        _err(f"{args.folder}: {len(unreadable)} 个期刊文件无法读取，合订本可能因此缺期；"
             "请改正这些文件或把它们移出期刊库文件夹，或加 --force 不收入它们")
        return EXIT_UNREADABLE
    for entry in unreadable:
        _err(f"{entry.problem}（无法读取，未收入合订本）")
    chosen = [e for e in entries if e.issue is not None and e.issue.masthead.year == args.year]
    if not chosen:
        _err(f"{args.folder}: 期刊库中没有 {args.year} 年的期刊；请核对 --year")
        return EXIT_UNREADABLE
    profiles = {e.issue.profile for e in chosen if e.issue is not None}
    if len(profiles) > 1:
        _err(f"{args.folder}: {args.year} 年各期的版式不同（{'、'.join(sorted(profiles))}），"
             "合订本只能用一个版式；请统一各期的版式")
        return EXIT_UNREADABLE
    errors = 0
    for entry in chosen:
        assert entry.issue is not None
        titles = section_titles(entry.issue.profile)
        for f in validate(entry.issue, profile_problem=profile_problem):
            if f.severity is Severity.ERROR:
                errors += 1
                _err(f.line(entry.path, titles))
    by_number: dict[int, list[Path]] = {}
    for entry in chosen:  # the same issue twice (a copy), or two issues numbered alike
        assert entry.issue is not None
        if entry.issue.masthead.number is not None:
            by_number.setdefault(entry.issue.masthead.number, []).append(entry.path)
    for number, paths in sorted(by_number.items()):
        if len(paths) > 1:
            errors += 1
            _err(f"{args.folder}: {args.year} 年第{number}期有 {len(paths)} 个期刊文件（"
                 f"{'、'.join(path.name for path in paths)}），合订本只能收其中一个；请删除或改正重复的")
    bound = {entry.path: entry for entry in chosen}
    for path, f in check_archive(entries):  # the series: numbers repeated, dates out of order
        if path in bound and f.severity is Severity.ERROR:
            errors += 1
            issue = bound[path].issue
            assert issue is not None
            _err(f.line(path, section_titles(issue.profile)))
    if errors and not args.force:
        _err(f"{args.folder}: {args.year} 年各期共有 {errors} 个错误，未生成合订本；改正后重试，或加 --force")
        return EXIT_FINDINGS
    issues = [e.issue for e in chosen if e.issue is not None]
    for warning in write_volume(issues, load_named(profiles.pop()), args.year, args.output, strict=not args.force):
        _err(f"{args.output}: 警告: {warning}")
    left_out = f"；{len(unreadable)} 个无法读取的期刊文件未收入" if unreadable else ""
    print(f"已生成合订本 {args.output}（{len(issues)} 期{left_out}）")
    if args.pdf:
        from ..export.pdf import render_pdf

        print(f"已生成 {render_pdf(args.output, args.output.with_suffix('.pdf'))}")
    return EXIT_OK


def _positive(text: str) -> int:
    """``--limit``: a whole number from 1 to ``MAX_LIMIT``."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"“{text}”不是正整数；请给出至少为 1 的数目，如 --limit 100")
    if value > MAX_LIMIT:
        raise argparse.ArgumentTypeError(f"“{text}”超出范围；--limit 最多为 {MAX_LIMIT}")
    return value


def _words(text: str) -> str:
    """The search's WORDS: not empty or blank."""
    if not text.strip():
        raise argparse.ArgumentTypeError("请给出要查找的文字")
    return text


def _given(run: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """``run``, saying of a missing folder that the command names it (not the editor's settings)."""
    def command(args: argparse.Namespace) -> int:
        from .listing import MissingFolder

        try:
            return run(args)
        except MissingFolder as exc:
            raise MissingFolder(args.folder, f"请在命令中给出存在的期刊库文件夹，如 bulletin archive "
                                f"{args.archive_command} 期刊库/") from exc
    return command


def add_commands(p: argparse.ArgumentParser) -> None:
    """The commands of ``bulletin archive`` (``p``)."""
    commands = p.add_subparsers(dest="archive_command", required=True, metavar="命令")

    c = commands.add_parser("list", help="列出期刊库中的各期", description=(
        "每期一行：文件、期号、日期、第一条标题、检查结果（本期的，和跨期的）。"
        "退出码：0 都无错误，1 有错误或无法读取的文件。"))
    c.add_argument("folder", type=Path, metavar="DIR")
    c.set_defaults(run=_given(cmd_list))

    c = commands.add_parser("check", help="跨期检查", description=(
        "检查各期之间的问题：期号和总期号的缺号、重号，日期顺序，同一项目数据前后不一致，标题重复；"
        "按各期顺序列出。无法读取的文件逐一列出原因。退出码：0 无错误，1 有错误或无法读取的文件。"))
    c.add_argument("folder", type=Path, metavar="DIR")
    c.set_defaults(run=_given(cmd_check))

    c = commands.add_parser("search", help="全文搜索", description=(
        "在期刊库的各期中搜索文字（简体、繁体均可，两个字的词也可以）。"))
    c.add_argument("folder", type=Path, metavar="DIR")
    c.add_argument("query", metavar="WORDS", type=_words)
    c.add_argument("--limit", type=_positive, default=50, help=f"最多列出几处（默认 50，至多 {MAX_LIMIT}）")
    c.set_defaults(run=_given(cmd_search))

    c = commands.add_parser("next", help="接续最后一期新建下一期", description=(
        "按期刊库的最后一期新建下一期：年份、期号、总期号接续，日期按通常间隔推算，"
        "结尾和版记沿用，栏目为空。"))
    c.add_argument("folder", type=Path, metavar="DIR")
    c.add_argument("-o", "--output", type=Path, required=True, help="新期刊文件（.yaml）")
    c.add_argument("--force", action="store_true", help="覆盖已有文件")
    c.set_defaults(run=_given(cmd_next))

    c = commands.add_parser("volume", help="合订本：一年的各期合成一个 Word 文件", description=(
        "把期刊库中某一年的各期合成一个 Word 文件：目录页（各期期号、日期、标题），"
        "每期从新的奇数页开始、带自己的报头，页码连续。"))
    c.add_argument("folder", type=Path, metavar="DIR")
    c.add_argument("--year", type=int, required=True, help="年份，如 2023")
    c.add_argument("-o", "--output", type=Path, required=True, help="输出的 .docx 文件")
    c.add_argument("--pdf", action="store_true", help="同时用 LibreOffice 生成 PDF")
    c.add_argument("--force", action="store_true", help="有错误也生成（不收入无法读取的文件），并覆盖已有文件")
    c.set_defaults(run=_given(cmd_volume))
