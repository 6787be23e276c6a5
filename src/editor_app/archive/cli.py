"""``bulletin archive list | check | search | next``: the archive on the command line.

Registered by ``cli.py`` (``add_parser``); this module imports only argparse at load time, the
archive's modules when a command runs.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

# As cli.py's: 0 no errors, 1 findings or files with errors, 2 the archive cannot be read.
EXIT_OK, EXIT_FINDINGS = 0, 1


def _err(message: str) -> None:
    print(message, file=sys.stderr)


def cmd_list(args: argparse.Namespace) -> int:
    """One line per issue file: file, numbers, date, first headline, validation state."""
    from .listing import list_archive

    status = EXIT_OK
    for entry in list_archive(args.folder):
        if entry.issue is None:
            print(f"{entry.path}\t（无法读取）")
            _err(entry.problem)
            status = EXIT_FINDINGS
            continue
        date = entry.date.isoformat() if entry.date else "（无日期）"
        state = f"{entry.errors} 个错误，{entry.warnings} 个警告"
        print(f"{entry.path}\t{entry.label}\t{date}\t{entry.headline or '（无标题）'}\t{state}")
        if entry.errors:
            status = EXIT_FINDINGS
    return status


def print_findings(found: Sequence) -> int:
    """``file:place: 错误: message`` per finding (``checks.FileFinding``); the exit status."""
    from ..issue.findings import Severity
    from ..issue.issue_file import load_issue
    from ..layout.titles import section_titles

    titles: dict[Path, dict[str, str]] = {}
    for path, finding in found:
        if path not in titles:
            titles[path] = dict(section_titles(load_issue(path).profile)) if path.exists() else {}
        print(f"{path}:{finding.place_in(titles[path])}: {finding.severity.label}: {finding.message}")
    return EXIT_FINDINGS if any(f.severity is Severity.ERROR for _, f in found) else EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    """The checks across the archive's issues."""
    from .checks import check_archive
    from .listing import list_archive

    entries = list_archive(args.folder)
    found = check_archive(entries)
    status = print_findings(found)
    _err(f"{args.folder}: {len(entries)} 个期刊文件，跨期检查发现 {len(found)} 个问题")
    return status


def cmd_next(args: argparse.Namespace) -> int:
    """A new issue file following the archive's last issue."""
    from ..issue.issue_file import save_issue
    from ..storage.outputs import check_output
    from .listing import list_archive
    from .next_issue import next_issue

    check_output(args.output, inputs=[], force=args.force)
    issue = next_issue(list_archive(args.folder), args.folder)
    save_issue(issue, args.output, keep_backup=False)
    m = issue.masthead
    date = m.date.isoformat() if m.date else "（请填写日期）"
    print(f"已新建 {args.output}：{m.year}年第{m.number}期"
          + (f"（总第{m.total_number}期）" if m.total_number else "") + f"，出刊日期 {date}")
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    """The fields holding the words, as ``file:place: text``."""
    from ..layout.titles import section_titles
    from .search import search_archive

    hits = search_archive(args.folder, args.query, limit=args.limit)
    for hit in hits:
        print(f"{hit.path}:{hit.place_in(section_titles(hit.profile))}: {hit.snippet}")
    more = f"（只列出前 {args.limit} 处，可用 --limit 增加）" if len(hits) == args.limit else ""
    _err(f"找到 {len(hits)} 处{more}")
    return EXIT_OK if hits else EXIT_FINDINGS


def add_parser(sub: argparse._SubParsersAction) -> None:
    """``bulletin archive …`` and its commands."""
    p = sub.add_parser("archive", help="期刊库：列出、跨期检查、搜索、接续下一期", description=(
        "期刊库是存放期刊文件（.yaml）的文件夹。"))
    commands = p.add_subparsers(dest="archive_command", required=True, metavar="命令")

    c = commands.add_parser("list", help="列出期刊库中的各期", description=(
        "每期一行：文件、期号、日期、第一条标题、检查结果。退出码：0 都无错误，1 有错误或无法读取的文件。"))
    c.add_argument("folder", type=Path, metavar="DIR")
    c.set_defaults(run=cmd_list)

    c = commands.add_parser("check", help="跨期检查", description=(
        "检查各期之间的问题：期号和总期号的缺号、重号，日期顺序，同一项目数据前后不一致，标题重复。"))
    c.add_argument("folder", type=Path, metavar="DIR")
    c.set_defaults(run=cmd_check)

    c = commands.add_parser("search", help="全文搜索", description=(
        "在期刊库的各期中搜索文字（简体、繁体均可，两个字的词也可以）。"))
    c.add_argument("folder", type=Path, metavar="DIR")
    c.add_argument("query", metavar="WORDS")
    c.add_argument("--limit", type=int, default=50, help="最多列出几处（默认 50）")
    c.set_defaults(run=cmd_search)

    c = commands.add_parser("next", help="接续最后一期新建下一期", description=(
        "按期刊库的最后一期新建下一期：年份、期号、总期号接续，日期按通常间隔推算，"
        "结尾和版记沿用，栏目为空。"))
    c.add_argument("folder", type=Path, metavar="DIR")
    c.add_argument("-o", "--output", type=Path, required=True, help="新期刊文件（.yaml）")
    c.add_argument("--force", action="store_true", help="覆盖已有文件")
    c.set_defaults(run=cmd_next)
