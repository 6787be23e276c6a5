"""The year volume (合订本), rendered by LibreOffice: a contents page, each issue on a new odd
page with its own masthead, page numbers continuous, blank pages where a section needs one."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from editor_app import cli
from editor_app.issue.issue_file import save_issue

from ..issues import series_issue

YEAR = 2016  # the series' issues 13–16: 2016年第1–4期


def _page_text(pdf: Path, page: int) -> str:
    return subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    match = re.search(r"^Pages:\s+(\d+)", info, re.M)
    assert match
    return int(match[1])


@pytest.fixture(scope="module")
def volume(soffice: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three issues of 2016 (short headlines: one contents page) and one of 2017, left out.
    The second issue has no 二、 items, so that it ends on an odd page and the third issue
    needs a blank page before it."""
    folder = tmp_path_factory.mktemp("volume-archive")
    for k in (12, 13, 14, 24):
        issue = series_issue(k)
        for section in (issue.sections.special_focus, issue.sections.provincial_news):
            for item in section.items:
                item.headline = item.headline[:14]
        if k == 13:
            issue.sections.provincial_news.items = issue.sections.provincial_news.items[:1]
        save_issue(issue, folder / f"issue-{k + 1:04d}.yaml", keep_backup=False)
    output = folder.parent / "volume.docx"
    assert cli.main(["archive", "volume", str(folder), "--year", str(YEAR), "-o", str(output), "--pdf"]) == 0
    return output.with_suffix(".pdf")


def test_contents_page_lists_each_issue_with_date_page_and_headlines(volume: Path) -> None:
    first = _page_text(volume, 1)
    assert first.startswith("双碳资讯2016年合订本")
    lines = [line.strip() for line in first.splitlines()]
    for number, page in ((1, 3), (2, 7), (3, 11)):  # each issue's first page, as LibreOffice laid it out
        assert f"2016年第{number}期（总第{12 + number}期） 2016年{number}月25日 第{page}页" in lines
    assert "第13号光伏动态1：8月4日" in first and "第15号储能动态2：“中" in first
    assert "2017年" not in first


def test_each_issue_starts_on_an_odd_page_with_its_masthead(volume: Path) -> None:
    pages = _pages(volume)
    starts = [page for page in range(1, pages + 1)
              if re.match(r"\s*双碳资讯\s+2016年第\d期", _page_text(volume, page))]
    assert starts == [3, 7, 11]
    assert [re.findall(r"2016年第(\d)期", _page_text(volume, page))[:1] for page in starts] == [["1"], ["2"], ["3"]]
    # The contents take page 1, page 2 is left blank; 第2期 (three pages) ends on page 9,
    # page 10 is blank; 第3期 takes pages 11–14.
    assert pages == 14
    blank = [page for page in range(1, pages + 1) if not _page_text(volume, page).strip()]
    assert blank == [2, 10]


def test_page_numbers_run_on(volume: Path) -> None:
    for page in range(1, _pages(volume) + 1):
        text = _page_text(volume, page)
        if text.strip():
            assert re.search(rf"—\s*{page}\s*—", text), f"page {page}: {text[-60:]!r}"


def test_no_issue_of_the_year(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    save_issue(series_issue(0), tmp_path / "one.yaml", keep_backup=False)
    status = cli.main(["archive", "volume", str(tmp_path), "--year", "2030", "-o", str(tmp_path / "v.docx")])
    assert status == cli.EXIT_UNREADABLE
    assert capsys.readouterr().err.strip() == f"{tmp_path}: 期刊库中没有 2030 年的期刊；请核对 --year"


def test_errors_refuse_the_volume_unless_forced(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    issue = series_issue(12)
    issue.masthead.number = None
    save_issue(issue, tmp_path / "one.yaml", keep_backup=False)
    output = tmp_path / "out" / "v.docx"
    output.parent.mkdir()
    args = ["archive", "volume", str(tmp_path), "--year", str(YEAR), "-o", str(output)]
    assert cli.main(args) == cli.EXIT_FINDINGS and not output.exists()
    err = capsys.readouterr().err.splitlines()
    assert err == [f"{tmp_path / 'one.yaml'}:报头 › 期号: 错误: 请填写期号",
                   f"{tmp_path}: 2016 年各期共有 1 个错误，未生成合订本；改正后重试，或加 --force"]
    assert cli.main([*args, "--force"]) == cli.EXIT_OK and output.is_file()
