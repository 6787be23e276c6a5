"""Profiles on the command line, in process: the same wording in every command, a hint that
can help, and an issue file refused as a source to import."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app import cli

from ..conftest import SAMPLE

pytestmark = pytest.mark.usefixtures("user_folder")


@pytest.fixture
def folder(user_folder: Path) -> Path:
    return user_folder / "bulletin-editor" / "profiles"


@pytest.fixture
def nosuch_issue(tmp_path: Path) -> Path:
    path = tmp_path / "issue.yaml"
    path.write_text(SAMPLE.read_text(encoding="utf-8").replace("profile: xingcheng", "profile: nosuch", 1),
                    encoding="utf-8")
    return path


def _missing(folder: Path) -> str:
    return f"没有名为“nosuch”的版式；已安装的版式：xingcheng；自己的版式请放在 {folder}"


def test_new_with_a_missing_profile_names_the_user_folder(tmp_path: Path, folder: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["new", "--profile", "nosuch", "-o", str(tmp_path / "n.yaml")]) == cli.EXIT_UNREADABLE
    assert capsys.readouterr().err == _missing(folder) + "\n"


def test_forced_export_with_a_missing_profile_says_the_same(nosuch_issue: Path, folder: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    target = nosuch_issue.with_suffix(".docx")
    assert cli.main(["export", str(nosuch_issue), "-o", str(target), "--force"]) == cli.EXIT_UNREADABLE
    assert capsys.readouterr().err == _missing(folder) + "\n" and not target.exists()


def test_export_refused_for_the_profile_alone_does_not_offer_force(nosuch_issue: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["export", str(nosuch_issue), "-o", str(nosuch_issue.with_suffix(".docx"))]) == cli.EXIT_FINDINGS
    last = capsys.readouterr().err.splitlines()[-1]
    assert "--force" not in last and "请改正或安装版式" in last


def test_an_issue_naming_a_file_is_not_read_by_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    issue = tmp_path / "issue.yaml"
    issue.write_text(SAMPLE.read_text(encoding="utf-8").replace(
        "profile: xingcheng", "profile: ../../../../../../etc/passwd", 1), encoding="utf-8")
    assert cli.main(["export", str(issue), "-o", str(tmp_path / "x.docx"), "--force"]) == cli.EXIT_UNREADABLE
    err = capsys.readouterr().err
    assert "不是版式名" in err and "root:" not in err


@pytest.mark.parametrize("suffix", [".yaml", ".yml", ".txt"])
def test_importing_an_issue_file_is_refused_in_one_line(tmp_path: Path, suffix: str,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / f"s{suffix}"
    source.write_bytes(SAMPLE.read_bytes())
    target = tmp_path / "out.yaml"
    assert cli.main(["import", str(source), "-o", str(target)]) == cli.EXIT_UNREADABLE
    assert capsys.readouterr().err == f"{source}: 这已经是期刊文件；请直接打开或用 bulletin validate 检查\n"
    assert not target.exists()


def test_an_issue_file_with_a_bom_is_refused_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "s.txt"
    source.write_bytes(b"\xef\xbb\xbf" + SAMPLE.read_bytes())
    assert cli.main(["import", str(source), "-o", str(tmp_path / "out.yaml")]) == cli.EXIT_UNREADABLE
    assert "这已经是期刊文件" in capsys.readouterr().err
