"""An imported text without its 期号: numbered from the archive's last issue, and said so."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from editor_app.importing import ImportOptions, import_source
from editor_app.issue.issue_file import load_issue, save_issue

from ..conftest import DATA, SAMPLE

SAMPLE_TEXT = DATA / "bulletin-2023-09-25.txt"  # dated 2023.09.25, no issue line


def _archive(folder: Path) -> Path:
    issue = load_issue(SAMPLE)
    m = issue.masthead
    m.number, m.total_number, m.date = 8, 20, dt.date(2023, 8, 25)
    folder.mkdir()
    save_issue(issue, folder / "2023-08.yaml", keep_backup=False)
    return folder


def test_numbers_continue_the_archive(tmp_path: Path) -> None:
    result = import_source(SAMPLE_TEXT, ImportOptions(archive=_archive(tmp_path / "archive")))
    m = result.issue.masthead
    assert (m.year, m.number, m.total_number) == (2023, 9, 21)
    assert ("警告：来源中的期号不全（2023年第□期），已按期刊库最后一期 2023-08.yaml（2023年第8期（总第20期））"
            "接续为 2023年第9期（总第21期）；请核对") in result.report


def test_without_an_archive_the_import_says_the_number_is_missing() -> None:
    result = import_source(SAMPLE_TEXT)
    assert result.issue.masthead.number is None
    assert ("没有找到期号（如“2023年第9期”）；请在报头填写年份和期号，或指定期刊库按上一期接续"
            in result.report)


def test_an_unusable_archive_is_named(tmp_path: Path) -> None:
    result = import_source(SAMPLE_TEXT, ImportOptions(archive=tmp_path / "nowhere"))
    assert result.issue.masthead.number is None
    assert any("期刊库文件夹不存在" in line and str(tmp_path / "nowhere") in line for line in result.report)
