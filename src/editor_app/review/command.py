"""``bulletin review apply``: a reviewed Word file's edits and comments into the issue file."""

from __future__ import annotations

import argparse
import copy
from pathlib import Path

from ..errors import UserFacingError

EXIT_OK = 0  # refusals raise UserFacingError, which ``bulletin`` reports with status 2


def add_commands(review: argparse.ArgumentParser) -> None:
    """The commands of ``bulletin review`` (``review``): ``apply``."""
    commands = review.add_subparsers(dest="review_command", required=True, metavar="命令")
    p = commands.add_parser("apply", help="把审阅稿的修改和批注带回期刊文件", description=(
        "列出审阅稿中的修改（修订和直接修改）和批注；--accept-all 全部接受，--reject-all 全部拒绝。"
        "批注都保存到期刊文件的 review 中；栏目标题、刊名等固定文字的改动只列出，不采用。"
        "审阅稿（export --review）保存了导出时的内容：导出后在本期改过的地方不算审阅修改，"
        "审阅者和本期都改了且不同的列为冲突，不采用。"))
    p.add_argument("reviewed", type=Path, metavar="REVIEWED.docx")
    p.add_argument("issue", type=Path, metavar="ISSUE.yaml")
    choice = p.add_mutually_exclusive_group()
    choice.add_argument("--accept-all", action="store_true", help="接受全部修改")
    choice.add_argument("--reject-all", action="store_true", help="拒绝全部修改（只保存批注）")
    p.add_argument("-o", "--output", type=Path, help="写入的期刊文件（默认改写 ISSUE.yaml，原文件留作 .bak）")
    p.add_argument("--force", action="store_true", help="覆盖已有的输出文件")
    p.set_defaults(run=cmd_review_apply)


def cmd_review_apply(args: argparse.Namespace) -> int:
    from ..issue.issue_file import load_issue, save_issue
    from ..layout.profile import load_named
    from ..storage.outputs import check_output
    from .apply import apply_edits, keep_comments
    from .mapping import ForeignReview, map_review
    from .markup import read_reviewed
    from .report import report_lines

    output = args.output or args.issue
    if args.output is not None:
        check_output(args.output, inputs=[args.issue, args.reviewed], force=args.force)
    issue = load_issue(args.issue)
    profile = load_named(issue.profile)
    try:
        review = map_review(issue, profile, read_reviewed(args.reviewed))
    except ForeignReview as exc:
        raise UserFacingError(args.reviewed, str(exc)) from exc
    for line in report_lines(review, profile.sections):
        print(line)
    if not (args.accept_all or args.reject_all):
        print(f"共 {len(review.edits)} 处修改、{len(review.comments)} 条批注；"
              "加 --accept-all 全部接受，或 --reject-all 全部拒绝（批注都会保存）")
        return EXIT_OK
    changed = apply_edits(issue, review.edits) if args.accept_all else copy.deepcopy(issue)
    added = keep_comments(changed, review.comments)
    if changed == issue and args.output is None:
        print(f"没有要写入的改动，{args.issue} 未改写")
        return EXIT_OK
    if args.output is None:
        _keep_backup(args.issue)
    save_issue(changed, output, keep_backup=False)
    taken = len(review.edits) if args.accept_all else 0
    print(f"已写入 {output}：接受 {taken} 处修改，新增 {added} 条批注")
    return EXIT_OK


def _keep_backup(path: Path) -> None:
    """Copy the issue file to ``<name>.bak`` before it is rewritten; a backup an earlier run
    left is never overwritten: the next one is ``<name>.2.bak``, then ``.3.bak``…"""
    from ..storage.atomic import backup_path, write_atomic

    target, number = backup_path(path), 1
    while target.exists():
        number += 1
        target = path.with_name(f"{path.name}.{number}.bak")
    write_atomic(target, path.read_bytes())
    print(f"原文件留作 {target}")
