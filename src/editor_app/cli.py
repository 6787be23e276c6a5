"""The ``bulletin`` command: new, validate, export, import and preview issues.

Imports are lazy so that ``validate`` loads neither Qt nor python-docx.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

import msgspec

from .errors import UserFacingError
from .storage import pattern_cache

EXIT_OK, EXIT_FINDINGS, EXIT_UNREADABLE = 0, 1, 2
EXIT_BROKEN_PIPE = 128 + 13  # as a shell reports a process ended by SIGPIPE


def _err(message: str) -> None:
    print(message, file=sys.stderr)


def cmd_new(args: argparse.Namespace) -> int:
    from .issue.issue_file import load_issue, save_issue
    from .paths import template_names, template_path
    from .storage.outputs import check_output

    template = template_path(args.template)
    if not template.is_file():
        _err(f"bulletin new: 没有模板“{args.template}”；可用模板：{'、'.join(template_names())}")
        return EXIT_UNREADABLE
    check_output(args.output, inputs=[template], force=args.force)
    issue = load_issue(template)
    if args.profile is not None:
        from .layout.profile import use_profile

        use_profile(issue, args.profile)  # ProfileError: one line, exit 2 (main)
    save_issue(issue, args.output, keep_backup=False)
    print(f"已从模板“{template.stem}”新建 {args.output}")
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    from .issue.findings import Severity
    from .issue.issue_file import load_issue
    from .layout.profile import validate_in_profile
    from .layout.titles import section_titles

    previous = load_issue(args.previous) if args.previous else None
    archive = _archive_entries(args.archive)
    status = EXIT_OK
    for name in args.files:
        try:
            issue = load_issue(name)
        except UserFacingError as exc:
            _err(exc.one_line())
            status = EXIT_UNREADABLE
            continue
        findings = validate_in_profile(issue, previous)
        if archive is not None:
            from .archive.checks import check_in_archive

            findings += [f.finding for f in check_in_archive(name, issue, archive)]
        titles = section_titles(issue.profile)
        for f in findings:
            print(f.line(name, titles))
        errors = sum(f.severity is Severity.ERROR for f in findings)
        warnings = sum(f.severity is Severity.WARNING for f in findings)
        _err(f"{name}: {errors} 个错误，{warnings} 个警告")
        if errors and status == EXIT_OK:
            status = EXIT_FINDINGS
    return status


def _archive_entries(folder: Path | None) -> list | None:
    """The issues of the archive ``validate --archive`` checks against, or None."""
    if folder is None:
        return None
    from .archive.listing import list_archive

    return list_archive(folder)


def _export_targets(args: argparse.Namespace) -> list[tuple[Path, Path]] | None:
    from .storage.outputs import make_folder

    if args.out_dir is not None:
        make_folder(args.out_dir)
        targets = [(f, args.out_dir / f"{f.stem}.docx") for f in args.files]
        sources: dict[Path, list[Path]] = {}
        for source, target in targets:
            sources.setdefault(target, []).append(source)
        clashes = [names for names in sources.values() if len(names) > 1]
        if clashes:
            named = "；".join("、".join(map(str, names)) for names in clashes)
            _err(f"bulletin export: {named} 同名，导出到同一文件夹会互相覆盖；请改名后重试")
            return None
        return targets
    if args.output is None or len(args.files) != 1:
        _err("bulletin export: 导出一个文件请用 -o OUT.docx，导出多个文件请用 --out-dir 文件夹")
        return None
    return [(args.files[0], args.output)]


def cmd_export(args: argparse.Namespace) -> int:
    """Export one issue (-o) or many in one process (--out-dir)."""
    from .export.docx.exporter import ExportRefused, export_file

    if (args.since is not None or args.since_last_review is not None) and not args.review:
        _err("bulletin export: --since 和 --since-last-review 只用于审阅稿，请同时加 --review")
        return EXIT_UNREADABLE
    targets = _export_targets(args)
    if targets is None:
        return EXIT_UNREADABLE
    status = EXIT_OK
    for source, output in targets:
        try:
            if args.review:
                from .review.copy import export_review_file

                result = export_review_file(source, output, profile=args.profile, force=args.force,
                                            pdf=args.pdf, since=args.since, since_review=args.since_last_review)
            else:
                result = export_file(source, output, profile=args.profile, force=args.force, pdf=args.pdf)
        except ExportRefused as exc:
            for f in exc.findings:
                _err(f.line(source, exc.section_titles))
            if any(f.path == ("profile",) for f in exc.findings):  # --force cannot help
                _err(f"{source}: 版式无法使用，未导出；请改正或安装版式（bulletin profiles 列出已安装的版式），"
                     "或用 --profile 指定版式")
            else:
                _err(f"{source}: 有 {len(exc.findings)} 个错误，未导出；改正后重试，或加 --force 强制导出")
            status = max(status, EXIT_FINDINGS)
            continue
        except UserFacingError as exc:
            _err(exc.one_line())
            status = EXIT_UNREADABLE
            continue
        for warning in result.warnings:
            _err(f"{source}: 警告: {warning}")
        for path in result.written:
            print(f"已导出 {path}")
    return status


def cmd_import(args: argparse.Namespace) -> int:
    from .importing import ImportOptions, import_source
    from .issue.issue_file import save_issue
    from .storage.outputs import check_output

    check_output(args.output, inputs=[args.source], force=args.force)
    options = ImportOptions(
        remove_pinyin=not args.keep_pinyin,
        full_width_punctuation=not args.keep_punctuation,
        simplified=not args.keep_traditional,
        profile=args.profile,
        archive=args.archive,
    )
    result = import_source(args.source, options)
    for line in result.report:
        _err(f"{args.source}: {line}")
    save_issue(result.issue, args.output, keep_backup=False)
    print(f"已导入到 {args.output}")
    return EXIT_OK


def cmd_profiles(_args: argparse.Namespace) -> int:
    """The installed layout profiles: name, title and file; a broken one with its problem."""
    from .layout.profile import installed_profiles
    from .paths import user_profiles_dir

    status = EXIT_OK
    for entry in installed_profiles():
        if entry.problem:
            print(f"{entry.name}\t（无法使用）\t{entry.path}")
            _err(entry.problem)
            status = EXIT_FINDINGS
        else:
            print(f"{entry.name}\t{entry.title}\t{entry.path}")
    _err(f"用户版式文件夹：{user_profiles_dir()}（放入 <名称>.yaml 即可使用）")
    return status


def cmd_preview(args: argparse.Namespace) -> int:
    from .render.pdf import preview_to_pdf
    from .storage.outputs import check_output

    inputs = [args.file] + ([Path(args.profile)] if args.profile is not None else [])
    check_output(args.output, inputs=inputs, force=args.force)
    pages = preview_to_pdf(args.file, args.output, profile=args.profile)
    print(f"已生成预览 {args.output}（{pages} 页）")
    return EXIT_OK


class _VersionAction(argparse.Action):
    """``--version``: the version is read only when asked for, not by every command."""

    def __init__(self, option_strings: Sequence[str], dest: str) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS,
                         help="show program's version number and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> None:
        from . import __version__

        print(f"{parser.prog} {__version__}")
        parser.exit()


def _fill_new(p: argparse.ArgumentParser) -> None:
    p.add_argument("--template", default="blank", help="模板名（默认 blank；另有 bulletin-2023-09-25）")
    p.add_argument("-o", "--output", type=Path, required=True, help="新期刊文件（.yaml）")
    p.add_argument("--profile", default=None, help="版式名（默认 xingcheng；可用的版式见 bulletin profiles）")
    p.add_argument("--force", action="store_true", help="覆盖已有文件")
    p.set_defaults(run=cmd_new)


def _fill_validate(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--previous", type=Path, help="上一期的期刊文件（检查期号是否递增）")
    p.add_argument("--archive", type=Path, metavar="DIR",
                   help="期刊库文件夹：与库中各期比对（期号、日期、项目数据、重复标题）")
    p.set_defaults(run=cmd_validate)


def _fill_export(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("-o", "--output", type=Path, help="输出的 .docx 文件（导出一个期刊时）")
    target.add_argument("--out-dir", type=Path, help="输出文件夹（一次导出多个期刊，文件名同期刊文件）")
    p.add_argument("--profile", default=None, help="版式名或版式文件（默认用期刊文件中的版式）")
    p.add_argument("--force", action="store_true", help="有错误也导出，并覆盖已有文件")
    p.add_argument("--pdf", action="store_true", help="同时用 LibreOffice 生成 PDF")
    p.add_argument("--review", action="store_true", help="导出审阅稿：未解决的检查警告作为 Word 批注")
    since = p.add_mutually_exclusive_group()
    since.add_argument("--since", type=Path, metavar="EARLIER.yaml", help="审阅稿中把相对这一期刊文件的改动标为修订")
    since.add_argument("--since-last-review", type=Path, metavar="REVIEW_COPY.docx",
                       help="审阅稿中把自上次导出这份审阅稿（或其审阅后的文件）以来的改动标为修订")
    p.set_defaults(run=cmd_export)


def _fill_import(p: argparse.ArgumentParser) -> None:
    p.add_argument("source", type=Path, metavar="SOURCE")
    p.add_argument("-o", "--output", type=Path, required=True, help="输出的期刊文件（.yaml）")
    p.add_argument("--force", action="store_true", help="覆盖已有文件")
    p.add_argument("--keep-pinyin", action="store_true", help="不删除拼音注音残留")
    p.add_argument("--keep-punctuation", action="store_true", help="不把半角标点改为全角")
    p.add_argument("--keep-traditional", action="store_true", help="不转换为简体")
    p.add_argument("--profile", default=None, help=(
        "来源所用的版式名或版式文件（默认：Word 文件按其样式自动识别，文本用默认版式）"))
    p.add_argument("--archive", type=Path, metavar="DIR", help="期刊库文件夹：来源没有期号时按最后一期接续")
    p.set_defaults(run=cmd_import)


def _fill_profiles(p: argparse.ArgumentParser) -> None:
    p.set_defaults(run=cmd_profiles)


def _fill_preview(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("-o", "--output", type=Path, required=True, help="输出的 PDF")
    p.add_argument("--profile", default=None, help="版式名或版式文件")
    p.add_argument("--force", action="store_true", help="覆盖已有文件")
    p.set_defaults(run=cmd_preview)


def _fill_archive(p: argparse.ArgumentParser) -> None:
    from .archive.cli import add_commands

    add_commands(p)


def _fill_review(p: argparse.ArgumentParser) -> None:
    from .review.command import add_commands

    add_commands(p)


class _Command(msgspec.Struct, frozen=True):
    name: str
    help: str
    description: str
    fill: Callable[[argparse.ArgumentParser], None]  # adds the command's arguments


COMMANDS = (
    _Command("new", "从模板新建一期", "从模板新建一期期刊文件。", _fill_new),
    _Command("validate", "检查期刊文件",
             "检查期刊文件，每个问题一行。退出码：0 无错误，1 有错误，2 文件无法读取。", _fill_validate),
    _Command("export", "导出 Word 文件", "按版式导出 Word（.docx）。", _fill_export),
    _Command("import", "从文本或 Word 导入",
             "把纯文本（UTF-8、UTF-16、UTF-32、GB18030、Big5）或 Word 文件转成期刊文件。", _fill_import),
    _Command("profiles", "列出已安装的版式",
             "列出已安装的版式（随程序提供的，和用户版式文件夹中的）：名称、标题、文件。"
             "退出码：0 都可用，1 有无法使用的版式。", _fill_profiles),
    _Command("preview", "把预览页面画成 PDF（需要 Qt）", "把编辑器的预览页面离屏画成 PDF。", _fill_preview),
    _Command("archive", "期刊库：列出、跨期检查、搜索、接续下一期", "期刊库是存放期刊文件（.yaml）的文件夹。",
             _fill_archive),
    _Command("review", "审阅稿：导入审阅意见",
             "读取审阅者在 Word/WPS 中修订、批注过的审阅稿，列出对本期各栏的修改和批注。", _fill_review),
)


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser, with only the command ``argv`` starts with when it starts with one: building
    every command's parser, with the imports behind archive and review, was a twentieth of a
    whole ``bulletin validate``. Otherwise (``bulletin -h``, ``bulletin -h validate``, a
    misspelt command) all of them, for the help and the error to list."""
    named = [command for command in COMMANDS if argv and command.name == argv[0]]
    parser = argparse.ArgumentParser(
        prog="bulletin", description="双碳资讯期刊：新建、检查、导出 Word、导入文本。"
    )
    parser.add_argument("--version", action=_VersionAction)
    sub = parser.add_subparsers(dest="command", required=True, metavar="命令")
    for command in named or COMMANDS:
        command.fill(sub.add_parser(command.name, help=command.help, description=command.description))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    # A lone surrogate in a file (an escape such as "\ud800") is printed escaped, not a crash;
    # standard error does so by default.
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="backslashreplace")
    args = build_parser(argv).parse_args(argv)
    try:
        status = args.run(args)
        sys.stdout.flush()  # a reader gone away is found here, not at exit
        return status
    except BrokenPipeError:
        return _reader_gone()
    except UserFacingError as exc:
        _err(exc.one_line())
        return EXIT_UNREADABLE
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("editor_app."):
            _err(f"bulletin {args.command}: 此功能尚未实现（缺少 {exc.name}）")
            return EXIT_UNREADABLE
        raise
    except KeyboardInterrupt:
        return 130


def run() -> NoReturn:
    """The ``bulletin`` command's entry point: ``main``, its output flushed, then an exit that
    skips tearing the interpreter down (freeing every module's objects took 25–40 ms, as long
    as the rest of an export). Nothing is left to clean up: each output file is closed (and
    synced) when ``main`` returns, and the one atexit handler of the program, the pattern
    cache's, is called here."""
    # Importing allocates some 10^5 objects that live until the exit: the collector's default
    # threshold (700 allocations) would scan them hundreds of times, 5–9 ms in all. Garbage
    # cycles are still collected, every 50,000 allocations (a batch export's memory stays flat).
    gc.set_threshold(50_000)
    status = main()
    sys.stdout.flush()
    sys.stderr.flush()
    pattern_cache.record()
    os._exit(status)


def _reader_gone() -> int:
    """Output piped to a reader that stopped (``| head -1``): stop quietly.

    As the Python docs' "Note on SIGPIPE" does: point stdout at devnull, so that flushing it
    at exit does not fail again, and exit without a traceback (status 141, like SIGPIPE).
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return EXIT_BROKEN_PIPE


if __name__ == "__main__":
    run()
