"""The exported 版记 across readers: every reader reads every text of the issue exactly once,
and LibreOffice puts the 版记 at the foot of the last page, in its PDF and in its .doc export.

The checks are those of tools/reader_table.py, which measured the candidate constructs
(docs/readers.md); here they run on the exporter's own output. A reader whose tool is not
installed is skipped.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from editor_app.export.docx.exporter import export_docx
from editor_app.layout.blocks import issue_blocks
from editor_app.layout.foot import DISTRIBUTION_STYLE
from editor_app.layout.profile import load_profile

from ..conftest import ROOT


def _reader_table() -> ModuleType:
    spec = importlib.util.spec_from_file_location("reader_table", ROOT / "tools" / "reader_table.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


rt = _reader_table()
# The sample (the 版记 below the text of the last page) and the issue whose 版记 must move to a
# page of its own; tools/reader_table.py also measures a longer one.
ISSUES = ("sample", "full page")


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("readers")
    files = {}
    for name in ISSUES:
        files[name] = folder / "docx" / f"{name.replace(' ', '_')}.docx"
        files[name].parent.mkdir(exist_ok=True)
        export_docx(rt.ISSUES[name](), files[name], load_profile(), force=True)
    return files


@pytest.fixture(scope="module")
def converted(soffice: str, exported: dict[str, Path]) -> Path:
    """The conversions' folder: PDFs, .odt and .doc round trips (tools/reader_table.convert_all)."""
    folder = next(iter(exported.values())).parent.parent
    rt.convert_all(rt.LibreOffice(folder), list(exported.values()), folder)
    return folder


def _texts(issue_name: str) -> tuple[list[str], list[str]]:
    blocks = issue_blocks(rt.ISSUES[issue_name](), load_profile(), strict=False)
    return ([rt.letters(b.text) for b in blocks],
            [rt.letters(b.text) for b in blocks if b.style == DISTRIBUTION_STYLE])


@pytest.mark.parametrize("issue_name", ISSUES)
@pytest.mark.parametrize("reader", list(rt.PYTHON_READERS))
def test_text_readers_read_every_text_once(exported: dict[str, Path], reader: str, issue_name: str) -> None:
    tool, read = rt.PYTHON_READERS[reader]
    if not rt.reader_available(tool):
        pytest.skip(f"{tool} is not installed (tools/test.sh installs pandoc; the test extra the rest)")
    texts, distribution = _texts(issue_name)
    assert rt.text_problem(read(exported[issue_name]), texts, distribution) is None


def test_the_checks_notice_a_lost_or_doubled_distribution(tmp_path: Path) -> None:
    """The former text box, which python-docx does not read and docx2python reads twice."""
    target = tmp_path / "text-box.docx"
    rt.export(rt.ISSUES["sample"](), rt.CONSTRUCTS["text box"], target)
    texts, distribution = _texts("sample")
    assert rt.text_problem(rt.read_python_docx(target), texts, distribution) == "版记 missing"
    if rt.reader_available("docx2python"):
        assert rt.text_problem(rt.read_docx2python(target), texts, distribution) == "版记 repeated"


@pytest.mark.libreoffice
@pytest.mark.parametrize("issue_name", ISSUES)
@pytest.mark.parametrize("reader", ["LibreOffice PDF", ".odt round trip", ".doc round trip"])
def test_libreoffice_reads_every_text_once(converted: Path, exported: dict[str, Path], reader: str,
                                           issue_name: str) -> None:
    texts, distribution = _texts(issue_name)
    read = rt.TEXT_READERS[reader](converted, exported[issue_name])
    assert rt.text_problem(read, texts, distribution) is None


@pytest.mark.libreoffice
@pytest.mark.parametrize("issue_name", ISSUES)
@pytest.mark.parametrize("rendering", list(rt.POSITION_READERS))
def test_distribution_at_the_foot_of_the_last_page(converted: Path, exported: dict[str, Path], rendering: str,
                                                   issue_name: str) -> None:
    """In LibreOffice's PDF of the .docx and of the .doc it exports: on the last page, its last
    line just above the foot of the type area, no text beside it, clear of the page number."""
    distribution = _texts(issue_name)[1]
    pdf = converted / rt.POSITION_READERS[rendering].format(exported[issue_name].stem)
    assert rt.foot_position(pdf, load_profile(), distribution) is None
