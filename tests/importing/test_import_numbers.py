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


def _archive_of_three(folder: Path) -> Path:
    """2023年第8、9、10期（总第20–22期）, dated the 25th of their months."""
    folder.mkdir()
    for number in (8, 9, 10):
        issue = load_issue(SAMPLE)
        m = issue.masthead
        m.number, m.total_number, m.date = number, number + 12, dt.date(2023, number, 25)
        save_issue(issue, folder / f"2023-{number:02}.yaml", keep_backup=False)
    return folder


def test_a_date_the_archive_holds_gets_no_numbers(tmp_path: Path) -> None:
    """Dated 2023-09-25, the date of the archive's 第9期: not numbered 第11期 after its last
    issue (which validation would then find dated later), but the issue of that date named."""
    result = import_source(SAMPLE_TEXT, ImportOptions(archive=_archive_of_three(tmp_path / "archive")))
    m = result.issue.masthead
    assert (m.number, m.total_number) == (None, None)
    assert ("警告：来源中的期号不全（2023年第□期），出刊日期 2023-09-25："
            "期刊库中 2023-09.yaml（2023年第9期（总第21期））也是这一天出刊；"
            "未按期刊库接续，请在报头填写期号") in result.report


def test_a_number_the_archive_holds_takes_its_total(tmp_path: Path) -> None:
    source = tmp_path / "numbered.txt"
    source.write_text("2023年第9期\n" + SAMPLE_TEXT.read_text(encoding="utf-8"), encoding="utf-8")
    result = import_source(source, ImportOptions(archive=_archive_of_three(tmp_path / "archive")))
    m = result.issue.masthead
    assert (m.year, m.number, m.total_number) == (2023, 9, 21)
    assert ("警告：来源中的期号不全（2023年第9期），期刊库中已有 2023-09.yaml（2023年第9期（总第21期）），"
            "已按其填写总期号；如非同一期，请核对期号") in result.report


def test_an_unreadable_archive_file_gets_no_numbers(tmp_path: Path) -> None:
    """The archive's last issue (2023年第8期) saved in GBK: skipping it would number the text
    with the numbers of the issue before; no numbers, and the file named."""
    archive = _archive_of_three(tmp_path / "archive")
    for name in ("2023-09.yaml", "2023-10.yaml"):
        (archive / name).unlink()
    gbk = archive / "2023-08.yaml"
    gbk.write_bytes(gbk.read_text(encoding="utf-8").encode("gbk"))
    earlier = load_issue(SAMPLE)
    earlier.masthead.number, earlier.masthead.total_number, earlier.masthead.date = 7, 19, dt.date(2023, 7, 25)
    save_issue(earlier, archive / "2023-07.yaml", keep_backup=False)
    result = import_source(SAMPLE_TEXT, ImportOptions(archive=archive))
    m = result.issue.masthead
    assert (m.number, m.total_number) == (None, None)
    assert ("警告：来源中的期号不全（2023年第□期），期刊库中有 1 个期刊文件无法读取（2023-08.yaml），"
            "接续的期号可能与它们的期号重复，未按期刊库接续；请改正这些文件或把它们移出期刊库文件夹，"
            "或在报头填写期号") in result.report
