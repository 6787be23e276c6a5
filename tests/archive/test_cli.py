"""``bulletin archive list | check | search | next`` and ``bulletin validate --archive``."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from editor_app import cli
from editor_app.issue.issue_file import load_issue, save_issue

from .conftest import COUNT


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str], list[str]]:
    status = cli.main(list(args))
    out, err = capsys.readouterr()
    return status, out.splitlines(), err.splitlines()


def test_list(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (archive / "broken.yaml").write_text("schema_version: 1\nmasthead: [", encoding="utf-8")
    status, out, err = _run(capsys, "archive", "list", str(archive))
    assert status == cli.EXIT_FINDINGS and len(out) == COUNT + 1
    assert out[0].split("\t")[1:3] == ["2015年第1期（总第1期）", "2015-01-25"]
    assert out[0].endswith("\t0 个错误，0 个警告")
    assert out[-1] == f"{archive / 'broken.yaml'}\t（无法读取）"
    assert len(err) == 1 and err[0].startswith(f"{archive / 'broken.yaml'}:")


def test_check_and_validate_against_the_archive(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (archive / "issue-0050.yaml").unlink()
    status, out, _ = _run(capsys, "archive", "check", str(archive))
    assert status == cli.EXIT_OK  # gaps are warnings
    at = archive / "issue-0051.yaml"
    assert out == [f"{at}:报头 › 期号: 警告: 期号从上一期的 1 跳到 3，缺第2期；请核对期号",
                   f"{at}:报头 › 总期号: 警告: 总期号从上一期的 49 跳到 51，缺总第50期；请核对"]

    outside = archive.parent / "draft.yaml"  # an issue not yet in the archive, repeating 第49期
    shutil.copy(archive / "issue-0049.yaml", outside)
    status, out, _ = _run(capsys, "validate", "--archive", str(archive), str(outside))
    assert status == cli.EXIT_FINDINGS
    assert f"{outside}:报头 › 总期号: 错误: 总期号 49 与上一期 issue-0049.yaml 的总期号相同，应大于它" in out


def test_next(archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "next.yaml"
    status, out, _ = _run(capsys, "archive", "next", str(archive), "-o", str(target))
    assert status == cli.EXIT_OK and out == [f"已新建 {target}：2025年第1期（总第121期），出刊日期 2025-01-25"]
    assert load_issue(target).masthead.total_number == COUNT + 1
    status, _, err = _run(capsys, "archive", "next", str(tmp_path / "empty"), "-o", str(tmp_path / "x.yaml"))
    assert status == cli.EXIT_UNREADABLE and "期刊库文件夹不存在" in err[0]


def test_search(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(capsys, "archive", "search", str(archive), "項目編號0120")
    assert status == cli.EXIT_OK and err == ["找到 3 处"]
    assert out[0].startswith(f"{archive / 'issue-0120.yaml'}:一、特别关注 › 第1条 › 正文第1段: 绿电项目编号0120")
    status, _, err = _run(capsys, "archive", "search", str(archive), "没有的词")
    assert (status, err) == (cli.EXIT_FINDINGS, ["找到 0 处"])


def test_import_numbers_from_the_archive(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The sample text (2023-09-25, no 期号) against an archive ending in 2023年第8期 (总第20期)."""
    from ..conftest import DATA, SAMPLE

    archive = tmp_path / "archive"
    archive.mkdir()
    last = load_issue(SAMPLE)
    last.masthead.number, last.masthead.total_number = 8, 20
    last.masthead.date = dt.date(2023, 8, 25)  # before the text's date: the text may follow it
    save_issue(last, archive / "last.yaml", keep_backup=False)
    target = tmp_path / "imported.yaml"
    status, _, err = _run(capsys, "import", str(DATA / "bulletin-2023-09-25.txt"), "-o", str(target),
                          "--archive", str(archive))
    assert status == cli.EXIT_OK and any("接续为 2023年第9期（总第21期）" in line for line in err)
    m = load_issue(target).masthead
    assert (m.year, m.number, m.total_number) == (2023, 9, 21)


def test_check_names_each_unreadable_file(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Broken YAML, a FIFO, a folder named x.yaml, a symlink loop, an empty file and one not in
    UTF-8: each named with its reason, and the check fails."""
    import os

    (archive / "broken.yaml").write_text("schema_version: 1\nmasthead: [", encoding="utf-8")
    os.mkfifo(archive / "fifo.yaml")
    (archive / "folder.yaml").mkdir()
    (archive / "loop.yaml").symlink_to(archive / "loop.yaml")
    (archive / "empty.yaml").write_bytes(b"")
    (archive / "gbk.yaml").write_bytes((archive / "issue-0001.yaml").read_text(encoding="utf-8").encode("gbk"))
    status, out, err = _run(capsys, "archive", "check", str(archive))
    assert status == cli.EXIT_FINDINGS
    names = ("broken", "empty", "fifo", "folder", "gbk", "loop")
    assert [line.split(":", 1)[0] for line in out] == [str(archive / f"{name}.yaml") for name in names]
    assert all(line.endswith("（无法读取，未参加跨期检查）") and len(line) > len(str(archive)) + 30 for line in out)
    assert err == [f"{archive}: {COUNT + 6} 个期刊文件（其中 6 个无法读取），跨期检查发现 0 个问题"]


def test_volume_refuses_a_series_with_errors(archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """2024年第2期 twice and a date out of order: refused with the check's errors unless --force."""
    shutil.copy(archive / "issue-0110.yaml", archive / "issue-0110b.yaml")
    issue = load_issue(archive / "issue-0115.yaml")
    issue.masthead.date = dt.date(2024, 1, 1)
    save_issue(issue, archive / "issue-0115.yaml", keep_backup=False)
    target = tmp_path / "2024.docx"
    status, out, err = _run(capsys, "archive", "volume", str(archive), "--year", "2024", "-o", str(target))
    assert status == cli.EXIT_FINDINGS and out == [] and not target.exists()
    assert err == [f"{archive}: 2024 年第2期有 2 个期刊文件（issue-0110.yaml、issue-0110b.yaml），"
                   "合订本只能收其中一个；请删除或改正重复的",
                   f"{archive / 'issue-0110b.yaml'}:报头 › 总期号: 错误: "
                   "总期号 110 与上一期 issue-0110.yaml 的总期号相同，应大于它",
                   f"{archive / 'issue-0115.yaml'}:报头 › 出刊日期: 错误: 出刊日期早于上一期（2024-06-25）",
                   f"{archive}: 2024 年各期共有 3 个错误，未生成合订本；改正后重试，或加 --force"]


def test_list_counts_findings_across_issues(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copy(archive / "issue-0030.yaml", archive / "issue-0030b.yaml")
    status, out, _ = _run(capsys, "archive", "list", str(archive))
    assert status == cli.EXIT_FINDINGS
    row = next(line for line in out if line.startswith(str(archive / "issue-0030b.yaml")))
    assert row.endswith("\t0 个错误，0 个警告；跨期 1 个错误，4 个警告")
    first = next(line for line in out if line.startswith(str(archive / "issue-0030.yaml")))
    assert first.endswith("\t0 个错误，0 个警告")


def test_search_says_the_total_and_refuses_a_bad_limit_or_query(
        archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(capsys, "archive", "search", str(archive), "项目编号01", "--limit", "3")
    assert status == cli.EXIT_OK and len(out) == 3
    assert err == ["找到 63 处（只列出前 3 处，可用 --limit 增加）"]
    for args, message in ((("光伏", "--limit", "0"), "“0”不是正整数"), (("光伏", "--limit", "-2"), "“-2”不是正整数"),
                          (("  ",), "请给出要查找的文字")):
        with pytest.raises(SystemExit) as exit_:
            cli.main(["archive", "search", str(archive), *args])
        assert exit_.value.code == 2 and message in capsys.readouterr().err


def test_missing_folder_says_what_to_type(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = _run(capsys, "archive", "search", str(tmp_path / "nonexist"), "光伏")
    assert status == cli.EXIT_UNREADABLE
    assert err == [f"{tmp_path / 'nonexist'}: 期刊库文件夹不存在；请在命令中给出存在的期刊库文件夹，"
                   "如 bulletin archive search 期刊库/"]


def test_validate_an_issue_without_total_number_against_the_archive(
        archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A copy of 2017年第6期 with its 总期号 removed still repeats the archive's 第6期."""
    draft = load_issue(archive / "issue-0030.yaml")
    draft.masthead.total_number = None
    save_issue(draft, tmp_path / "dup.yaml", keep_backup=False)
    _, out, _ = _run(capsys, "validate", str(tmp_path / "dup.yaml"), "--archive", str(archive))
    assert f"{tmp_path / 'dup.yaml'}:报头 › 期号: 警告: 期号与上一期 issue-0030.yaml 相同（6），请核对" in out
    assert sum("中的一条相同" in line for line in out) == 3


def test_a_lone_surrogate_in_a_headline_is_listed_and_searched_not_a_crash(
        archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An escape such as "\\ud800" loads (validation calls it a control character); it cannot be
    printed or stored in the index as it is."""
    path = archive / "issue-0120.yaml"
    issue = load_issue(path)
    issue.sections.special_focus.items[0].headline = "坏\ud800标题"
    save_issue(issue, path, keep_backup=False)
    status, out, _ = _run(capsys, "archive", "list", str(archive))
    assert status == cli.EXIT_FINDINGS and f"{path}\t2024年第12期（总第120期）\t" in out[-1]
    assert out[-1].split("\t")[3] == "坏\\ud800标题"
    status, out, err = _run(capsys, "archive", "search", str(archive), "坏")
    assert (status, err) == (cli.EXIT_OK, ["找到 1 处"])
    assert out == [f"{path}:一、特别关注 › 第1条 › 标题: 坏\ufffd标题"]


def test_next_never_writes_over_an_issue_it_read(
        archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """-o naming the last issue (as given, by ``./``, through a symlink) or any other issue of the
    folder is refused even with --force: the issue stays as it was."""
    last = archive / "issue-0120.yaml"
    before = last.read_bytes(), (archive / "issue-0007.yaml").read_bytes()
    (tmp_path / "link.yaml").symlink_to(last)
    monkeypatch.chdir(archive)
    for output, named in ((str(last), last), ("./issue-0120.yaml", Path("issue-0120.yaml")),
                          (str(tmp_path / "link.yaml"), tmp_path / "link.yaml"),
                          (str(archive / "issue-0007.yaml"), archive / "issue-0007.yaml")):
        status, out, err = _run(capsys, "archive", "next", str(archive), "-o", output, "--force")
        assert (status, out) == (cli.EXIT_UNREADABLE, [])
        assert len(err) == 1 and err[0].startswith(f"{named}: 就是输入文件 ")
        assert err[0].endswith("写入会毁掉它；请换一个输出文件名")
    assert (last.read_bytes(), (archive / "issue-0007.yaml").read_bytes()) == before


def test_next_refuses_while_an_issue_cannot_be_read(
        archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The last issue, 2025年第1期, saved in GBK: skipping it would propose 第1期 (总第121期) again.
    Each unreadable file is named, with why the numbers are not proposed; nothing is written."""
    from ..issues import series_issue

    gbk = archive / "issue-0121.yaml"
    save_issue(series_issue(COUNT), gbk, keep_backup=False)
    gbk.write_bytes(gbk.read_text(encoding="utf-8").encode("gbk"))
    (archive / "broken.yaml").write_text("schema_version: 1\nmasthead: [", encoding="utf-8")
    target = tmp_path / "next.yaml"
    status, out, err = _run(capsys, "archive", "next", str(archive), "-o", str(target))
    assert (status, out) == (cli.EXIT_UNREADABLE, []) and not target.exists()
    assert [line.split(":", 1)[0] for line in err] == [str(archive / "broken.yaml"), str(gbk), str(archive)]
    assert err[-1] == (f"{archive}: 2 个期刊文件无法读取，接续的期号可能与它们的期号重复；"
                       "请改正这些文件，或把它们移出期刊库文件夹后重试")


def test_volume_refuses_while_an_issue_cannot_be_read(
        archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Two files that cannot be read (of 2024, for all anyone knows): no volume that silently
    lacks them; with --force it is made of the others, and says so."""
    for name in ("issue-0110.yaml", "issue-0111.yaml"):
        path = archive / name
        path.write_bytes(path.read_text(encoding="utf-8").encode("gbk"))
    target = tmp_path / "gv.docx"
    args = ("archive", "volume", str(archive), "--year", "2024", "-o", str(target))
    status, out, err = _run(capsys, *args)
    assert (status, out) == (cli.EXIT_UNREADABLE, []) and not target.exists()
    assert [line.split(":", 1)[0] for line in err] == [str(archive / "issue-0110.yaml"),
                                                        str(archive / "issue-0111.yaml"), str(archive)]
    assert err[-1] == (f"{archive}: 2 个期刊文件无法读取，合订本可能因此缺期；"
                       "请改正这些文件或把它们移出期刊库文件夹，或加 --force 不收入它们")
    status, out, err = _run(capsys, *args, "--force")
    assert status == cli.EXIT_OK and target.exists()
    assert out == [f"已生成合订本 {target}（10 期；2 个无法读取的期刊文件未收入）"]
    assert len(err) == 2 and all(line.endswith("（无法读取，未收入合订本）") for line in err)


def test_volume_refuses_an_issue_number_twice(
        archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A copy of an issue in the folder was bound in twice, without --force (a repeat is only
    a warning for the series)."""
    (archive / "copy.yaml").write_bytes((archive / "issue-0110.yaml").read_bytes())
    number = load_issue(archive / "issue-0110.yaml").masthead.number
    target = tmp_path / "twice.docx"
    args = ("archive", "volume", str(archive), "--year", "2024", "-o", str(target))
    status, out, err = _run(capsys, *args)
    assert (status, out) == (cli.EXIT_FINDINGS, []) and not target.exists()
    assert (f"{archive}: 2024 年第{number}期有 2 个期刊文件（copy.yaml、issue-0110.yaml），"
            "合订本只能收其中一个；请删除或改正重复的") in err
    status, out, err = _run(capsys, *args, "--force")
    assert status == cli.EXIT_OK and target.exists()


def test_search_refuses_a_limit_beyond_its_maximum(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A number SQLite cannot hold (2^63) was an OverflowError traceback: now one argparse line."""
    for limit in ("9223372036854775808", "10001"):
        with pytest.raises(SystemExit) as exit_:
            cli.main(["archive", "search", str(archive), "光伏", "--limit", limit])
        err = capsys.readouterr().err.splitlines()
        assert exit_.value.code == 2 and "Traceback" not in "".join(err)
        assert err[-1].endswith(f"“{limit}”超出范围；--limit 最多为 10000")
    status, out, _ = _run(capsys, "archive", "search", str(archive), "光伏", "--limit", "10000")
    assert status == cli.EXIT_OK and len(out) > 50


def test_list_and_search_show_invisible_and_control_characters_by_their_code_points(
        archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A direction control printed as it is reverses the rest of the terminal line, ESC starts
    a terminal command: the listing shows them as <U+…>."""
    path = archive / "issue-0120.yaml"
    issue = load_issue(path)
    issue.sections.special_focus.items[0].headline = "零碳\u202e园区\u200b建设\x1b[2J完成"
    save_issue(issue, path, keep_backup=False)
    shown = "零碳<U+202E>园区<U+200B>建设<U+001B>[2J完成"
    _, out, _ = _run(capsys, "archive", "list", str(archive))
    assert out[-1].split("\t")[3] == shown
    status, out, err = _run(capsys, "archive", "search", str(archive), "零碳")
    assert (status, err) == (cli.EXIT_OK, ["找到 1 处"])
    assert out == [f"{path}:一、特别关注 › 第1条 › 标题: {shown}"]
