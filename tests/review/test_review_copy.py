"""``bulletin export --review``: open warnings as Word comments on their fields' paragraphs,
read by LibreOffice; never brought back in as a reviewer's comments."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import lxml.etree as etree
import pytest

from editor_app import cli
from editor_app.issue.issue_file import load_issue, save_issue
from editor_app.issue.model import Issue

from .wordmarkup import w

Exported = tuple[Issue, Path, Path]


def _with_warning(exported: Exported) -> Path:
    issue, source, _ = exported
    issue.sections.special_focus.items[0].headline += " 半角"
    save_issue(issue, source, keep_backup=False)
    return source


def _part(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name)


def test_warnings_become_comments_on_their_fields(exported: Exported, tmp_path: Path) -> None:
    source = _with_warning(exported)
    copy = tmp_path / "review-copy.docx"
    assert cli.main(["export", "--review", str(source), "-o", str(copy)]) == 0
    comments = etree.fromstring(_part(copy, "word/comments.xml")).findall(w("comment"))
    [comment] = comments
    assert comment.get(w("author")) == "双碳资讯编辑器"
    assert "".join(comment.itertext()).startswith("警告（一、特别关注 › 第1条 › 标题）：标题中有半角空格")
    document = etree.fromstring(_part(copy, "word/document.xml"))
    [anchored] = [p for p in document.iter(w("p")) if p.find(w("commentRangeStart")) is not None]
    assert "".join(t.text for t in anchored.iter(w("t"))).endswith("。 半角")
    assert b"comments.xml" in _part(copy, "word/_rels/document.xml.rels")
    assert b"/word/comments.xml" in _part(copy, "[Content_Types].xml")


def test_without_warnings_the_review_copy_is_the_export(exported: Exported, tmp_path: Path) -> None:
    _, source, plain = exported
    copy = tmp_path / "review-copy.docx"
    assert cli.main(["export", "--review", str(source), "-o", str(copy)]) == 0
    assert _part(copy, "word/document.xml") == _part(plain, "word/document.xml")
    with zipfile.ZipFile(copy) as archive:
        assert "word/comments.xml" not in archive.namelist()


def test_the_editors_own_comments_do_not_come_back(exported: Exported, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    source = _with_warning(exported)
    copy = tmp_path / "review-copy.docx"
    assert cli.main(["export", "--review", str(source), "-o", str(copy)]) == 0
    before = load_issue(source)
    assert cli.main(["review", "apply", str(copy), str(source), "--accept-all"]) == 0
    assert "接受 0 处修改，新增 0 条批注" in capsys.readouterr().out
    assert load_issue(source) == before


@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice")
def test_libreoffice_shows_the_comments(exported: Exported, tmp_path: Path) -> None:
    source = _with_warning(exported)
    copy = tmp_path / "review-copy.docx"
    assert cli.main(["export", "--review", str(source), "-o", str(copy)]) == 0
    subprocess.run(["soffice", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless",
                    "--convert-to", "odt", "--outdir", str(tmp_path), str(copy)],
                   check=True, capture_output=True, timeout=180)
    content = etree.fromstring(_part(tmp_path / "review-copy.odt", "content.xml"))
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    [annotation] = content.iter(f"{{{office}}}annotation")
    assert "双碳资讯编辑器" in "".join(annotation.itertext())
    assert "标题中有半角空格" in "".join(annotation.itertext())
