"""Word export: XML checks, golden files, and LibreOffice as the real reader."""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
import subprocess
import zipfile
from dataclasses import dataclass
from pathlib import Path

import lxml.etree as etree
import pytest

from editor_app import cli
from editor_app.errors import UserFacingError, WriteError
from editor_app.export.docx.exporter import ExportRefused, export_docx, export_file
from editor_app.export.pdf import render_pdf
from editor_app.issue.issue_file import save_issue
from editor_app.issue.model import Issue, Item
from editor_app.issue.textclean import find_pinyin_artefacts
from editor_app.layout.profile import DEFAULT_PROFILE, Profile, load_profile, profile_path

from ..conftest import SAMPLE, sample_with_distribution

GOLDEN = Path(__file__).resolve().parent / "golden"
PT_PER_MM = 72 / 25.4
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {
    "w": W,
}
SECTION_HEADINGS = ("一、特别关注", "二、省内双碳信息", "三、兴城双碳行动", "四、成都兴城双碳研究院动态")
PROJECT_NUMBERS = ("1000方", "1.7万吨标准煤（等价值）", "4.6万吨", "550方", "0.88万吨标准煤", "2.4万吨")


def _w(name: str) -> str:
    return f"{{{W}}}{name}"


def _part(docx_path: Path, name: str) -> etree._Element:
    with zipfile.ZipFile(docx_path) as archive:
        return etree.fromstring(archive.read(name))


def _style(styles: etree._Element, name: str) -> etree._Element:
    found = styles.xpath("w:style[w:name/@w:val=$n]", namespaces=NS, n=name)
    assert found, f"style {name} missing"
    return found[0]


def _twips(mm: float) -> int:
    return round(mm * 1440 / 25.4)


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample with its distribution lines filled in, exported."""
    folder = tmp_path_factory.mktemp("export")
    source = folder / "sample.yaml"
    save_issue(sample_with_distribution(), source, keep_backup=False)
    target = folder / "sample.docx"
    result = export_file(source, target)
    assert result.written == [target]
    assert result.warnings == []
    return target


# --- XML -----------------------------------------------------------------------------------


def test_styles_have_east_asian_fonts_and_no_theme_fonts(exported: Path) -> None:
    profile = load_profile()
    styles = _part(exported, "word/styles.xml")
    for key, spec in profile.styles.items():
        fonts = _style(styles, spec.word_name).find("w:rPr/w:rFonts", NS)
        assert fonts.get(_w("eastAsia")) == profile.font_of(key).east_asian
        assert fonts.get(_w("hint")) == "eastAsia"
    assert not [a for el in styles.iter() for a in el.attrib if a.lower().endswith("theme")]
    lang = styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:lang", NS)
    assert lang.get(_w("eastAsia")) == "zh-CN"


def test_normal_overrides_template_spacing(exported: Path) -> None:
    normal = _style(_part(exported, "word/styles.xml"), "Normal")
    spacing = normal.find("w:pPr/w:spacing", NS)
    assert (spacing.get(_w("after")), spacing.get(_w("line")), spacing.get(_w("lineRule"))) == (
        "0", "579", "exact")
    assert normal.find("w:rPr/w:spacing", NS).get(_w("val")) == "-5"


def test_paragraph_properties_in_schema_order(exported: Path) -> None:
    styles = _part(exported, "word/styles.xml")
    issuer = _style(styles, "简报发布单位").find("w:pPr", NS)
    tags = [etree.QName(child).localname for child in issuer]
    assert tags.index("pBdr") < tags.index("spacing") < tags.index("jc")
    bottom = issuer.find("w:pBdr/w:bottom", NS)
    assert (bottom.get(_w("color")), bottom.get(_w("sz"))) == ("FF0000", "12")
    assert issuer.find("w:tabs/w:tab", NS).get(_w("pos")) == "8844"
    heading = _style(styles, "简报栏目标题").find("w:pPr", NS)
    assert heading.find("w:outlineLvl", NS).get(_w("val")) == "0"
    body = _style(styles, "简报正文").find("w:pPr", NS)
    assert body.find("w:ind", NS).get(_w("firstLineChars")) == "200"
    assert body.find("w:jc", NS).get(_w("val")) == "both"


def test_rules_of_closing_block_and_distribution(exported: Path) -> None:
    styles = _part(exported, "word/styles.xml")
    above = _style(styles, "简报结尾标题").find("w:pPr/w:pBdr/w:top", NS)
    assert above is not None and above.get(_w("color")) == "000000"
    assert _style(styles, "简报版记").find("w:pPr/w:pBdr", NS) is None  # the table draws them
    rows = _part(exported, "word/document.xml").xpath("//w:p[w:pPr/w:framePr]", namespaces=NS)
    sizes = [{etree.QName(b).localname: b.get(_w("sz")) for b in p.find("w:pPr/w:pBdr", NS)
              if b.get(_w("val")) == "single"} for p in rows]
    # 0.35 mm above the first line and below the last, 0.25 mm between
    assert sizes == [{"top": "8"}, {"top": "6"}, {"top": "6"}, {"top": "6", "bottom": "8"}]


def test_distribution_in_frames_at_the_foot(exported: Path) -> None:
    """One frame per line, stacked so that the last ends on the foot of the type area, text
    flowing through; then an empty paragraph as tall as the 版记 that reserves its room."""
    body = _part(exported, "word/document.xml").find("w:body", NS)
    paragraphs = body.findall("w:p", NS)
    rows, reserve = paragraphs[-5:-1], paragraphs[-1]
    assert reserve.xpath("string(.)", namespaces=NS) == "" and reserve.find("w:pPr/w:framePr", NS) is None
    spacing = reserve.find("w:pPr/w:spacing", NS)
    assert spacing.get(_w("lineRule")) == "exact" and int(spacing.get(_w("line"))) > 4 * 579
    assert [p.xpath("string(w:pPr/w:pStyle/@w:val)", namespaces=NS) for p in rows] == ["简报版记"] * 4
    assert [p.xpath("string(.)", namespaces=NS) for p in rows] == [
        "报：四川省国资委，成都市国资委", "送：集团领导，集团各部门", "发：集团各子公司", "共印30份"]
    frames = [p.find("w:pPr/w:framePr", NS) for p in rows]
    page = load_profile().page
    for frame in frames:
        assert [frame.get(_w(k)) for k in ("wrap", "hAnchor", "vAnchor", "hRule")] == [
            "through", "page", "margin", "atLeast"]
        assert int(frame.get(_w("x"))) == _twips(page.margin_left_mm)
        assert int(frame.get(_w("w"))) == (
            _twips(page.width_mm) - _twips(page.margin_left_mm) - _twips(page.margin_right_mm))
    tops = [int(f.get(_w("y"))) for f in frames]
    bottoms = [y + int(f.get(_w("h"))) for y, f in zip(tops, frames, strict=True)]
    assert tops[1:] == bottoms[:-1]  # stacked, edge to edge
    assert bottoms[-1] == _twips(page.height_mm) - _twips(page.margin_top_mm) - _twips(page.margin_bottom_mm)
    assert bottoms[-1] - tops[0] <= int(spacing.get(_w("line")))  # the reserve holds them all


def test_distribution_reads_back(exported: Path) -> None:
    from editor_app.importing import import_source

    assert import_source(exported).issue.distribution == sample_with_distribution().distribution


def test_document_runs_and_page_setup(exported: Path) -> None:
    document = _part(exported, "word/document.xml")
    runs = document.xpath("//w:body/w:p/w:r[w:t]", namespaces=NS)
    assert runs and all(r.find("w:rPr/w:rFonts", NS).get(_w("eastAsia")) for r in runs)
    project = document.xpath("//w:p[w:pPr/w:pStyle/@w:val='简报项目']", namespaces=NS)[0]
    first = project.find("w:r", NS)
    assert first.find("w:rPr/w:b", NS) is not None
    assert first.findtext("w:t", namespaces=NS) == "内江新希望农牧科技有限公司绿色低碳先进技术示范工程项目"
    sect = document.find("w:body/w:sectPr", NS)
    size = sect.find("w:pgSz", NS)
    assert (size.get(_w("w")), size.get(_w("h"))) == ("11906", "16838")
    grid = sect.find("w:docGrid", NS)
    assert (grid.get(_w("type")), grid.get(_w("linePitch"))) == ("lines", "579")
    assert {r.get(_w("type")) for r in sect.findall("w:footerReference", NS)} == {"default", "even"}


def test_footers_have_page_fields(exported: Path) -> None:
    with zipfile.ZipFile(exported) as archive:
        footers = [n for n in archive.namelist() if re.fullmatch(r"word/footer\d+\.xml", n)]
    assert len(footers) == 2
    for name in footers:
        footer = _part(exported, name)
        assert " PAGE " in footer.xpath("string(//w:instrText)", namespaces=NS)
        assert footer.xpath("string(.)", namespaces=NS).startswith("— ")
    settings = _part(exported, "word/settings.xml")
    assert settings.find("w:evenAndOddHeaders", NS) is not None
    assert settings.find("w:themeFontLang", NS).get(_w("eastAsia")) == "zh-CN"


def test_font_table_names_fallbacks(exported: Path) -> None:
    fonts = _part(exported, "word/fontTable.xml")
    alt = fonts.xpath("w:font[@w:name='仿宋_GB2312']/w:altName/@w:val", namespaces=NS)
    assert alt == ["仿宋"]


def test_core_properties(exported: Path) -> None:
    import docx

    props = docx.Document(str(exported)).core_properties
    assert props.title == "双碳资讯 2023年第9期"
    assert props.author == "成都兴城双碳研究院"
    assert props.subject and "双碳" in props.keywords
    # The issue date at 00:00 in China (UTC+8), stored in UTC: the day before, 16:00.
    assert props.created is not None
    assert props.created == dt.datetime(2023, 9, 24, 16, 0, tzinfo=dt.timezone.utc)
    china = dt.timezone(dt.timedelta(hours=8))
    assert props.created.astimezone(china).isoformat() == "2023-09-25T00:00:00+08:00"


# --- no leftovers of python-docx's template ------------------------------------------------


def test_word_2013_compatibility_mode(exported: Path) -> None:
    """Mode 14 (Word 2010) makes Word 2013 and later show 兼容模式."""
    modes = _part(exported, "word/settings.xml").xpath(
        "w:compat/w:compatSetting[@w:name='compatibilityMode']/@w:val", namespaces=NS)
    assert modes == ["15"]


def test_app_properties_name_this_program_and_claim_no_counts(exported: Path) -> None:
    from editor_app import __version__

    app = _part(exported, "docProps/app.xml")
    ns = {"ep": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"}
    assert app.findtext("ep:Application", namespaces=ns) == f"Bulletin Editor {__version__}"
    counts = ("Pages", "Words", "Characters", "CharactersWithSpaces", "Lines", "Paragraphs", "Template")
    assert [c for c in counts if app.find(f"ep:{c}", ns) is not None] == []


def test_no_thumbnail_numbering_or_bibliography(exported: Path) -> None:
    with zipfile.ZipFile(exported) as archive:
        names = set(archive.namelist())
        relations = archive.read("_rels/.rels").decode() + archive.read("word/_rels/document.xml.rels").decode()
        content_types = archive.read("[Content_Types].xml").decode()
    assert not {n for n in names if n.startswith(("docProps/thumbnail", "customXml/")) or n == "word/numbering.xml"}
    for gone in ("thumbnail", "numbering", "customXml", "jpeg"):
        assert gone not in relations + content_types
    assert _part(exported, "word/settings.xml").find("w:savePreviewPicture", NS) is None


def test_only_used_and_default_styles(exported: Path) -> None:
    styles = _part(exported, "word/styles.xml")
    ids = styles.xpath("w:style/@w:styleId", namespaces=NS)
    profile_names = {spec.word_name for spec in load_profile().styles.values()}
    names = set(styles.xpath("w:style/w:name/@w:val", namespaces=NS))
    defaults = {"Normal", "DefaultParagraphFont", "TableNormal", "NoList"}
    assert set(styles.xpath("w:style[@w:default='1']/@w:styleId", namespaces=NS)) == defaults
    assert len(ids) == len(defaults) + len(profile_names) and profile_names <= names
    used = set(_part(exported, "word/document.xml").xpath("//w:pStyle/@w:val", namespaces=NS))
    for footer in ("word/footer1.xml", "word/footer2.xml"):
        used |= set(_part(exported, footer).xpath("//w:pStyle/@w:val", namespaces=NS))
    based_on = set(styles.xpath("w:style/w:basedOn/@w:val | w:style/w:next/@w:val | w:style/w:link/@w:val",
                                namespaces=NS))
    assert used | based_on <= set(ids)


def test_package_is_a_whole_zip_with_the_templates_parts(exported: Path) -> None:
    with zipfile.ZipFile(exported) as archive:
        assert archive.testzip() is None
        names = archive.namelist()
    assert names[0] == "[Content_Types].xml"
    assert {"word/document.xml", "word/styles.xml", "word/footer1.xml", "docProps/core.xml"} <= set(names)


# --- golden files --------------------------------------------------------------------------


def _normalised(xml: bytes) -> bytes:
    """Pretty-printed XML without revision ids, so that only layout changes show."""
    root = etree.fromstring(xml, etree.XMLParser(remove_blank_text=True))
    for element in list(root.iter(_w("rsid"))):
        element.getparent().remove(element)
    for element in root.iter():
        for name in [a for a in element.attrib if etree.QName(a).localname.startswith("rsid")]:
            del element.attrib[name]
    return etree.tostring(root, pretty_print=True, encoding="UTF-8", xml_declaration=True)


@pytest.mark.parametrize("part", ["document.xml", "styles.xml"])
def test_golden(exported: Path, part: str) -> None:
    with zipfile.ZipFile(exported) as archive:
        actual = _normalised(archive.read(f"word/{part}"))
    golden = GOLDEN / part
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.write_bytes(actual)
    assert golden.is_file(), "no golden file: run with UPDATE_GOLDEN=1 and review the diff"
    assert actual.decode() == golden.read_text(encoding="utf-8"), (
        f"word/{part} differs from tests/golden/{part}; if the change is intended, rerun with "
        "UPDATE_GOLDEN=1 and commit the reviewed diff")


# --- refusal, cleaning, writing ------------------------------------------------------------


def _with_negative_metric(issue):
    issue.sections.xingcheng_action.projects[0].metrics["co2_reduction"].value = "-4.6"
    return issue


def test_refuses_errors_unless_forced(tmp_path: Path, sample_issue) -> None:
    issue = _with_negative_metric(sample_issue)
    target = tmp_path / "out.docx"
    with pytest.raises(ExportRefused) as caught:
        export_docx(issue, target, load_profile())
    assert caught.value.findings and all(f.severity.value == "error" for f in caught.value.findings)
    assert not target.exists()
    result = export_docx(issue, target, load_profile(), force=True)
    assert target.is_file() and any("强制" in w for w in result.warnings)


def test_control_characters_cleaned_with_warning(tmp_path: Path, sample_issue) -> None:
    item = sample_issue.sections.special_focus.items[0]
    item.paragraphs[0] = "今年\x0b以来\x01，𠀀𪚥字保留"
    target = tmp_path / "out.docx"
    result = export_docx(sample_issue, target, load_profile(), force=True)
    cleaning = [w for w in result.warnings if "控制字符" in w]
    assert cleaning and "2 个" in cleaning[0]
    text = _part(target, "word/document.xml").xpath("string(//w:body)", namespaces=NS)
    assert "今年以来，𠀀𪚥字保留" in text


def test_read_only_target_left_untouched(tmp_path: Path, sample_issue) -> None:
    target = tmp_path / "out.docx"
    target.write_bytes(b"old")
    target.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    with pytest.raises(WriteError):
        export_docx(sample_issue, target, load_profile())
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.docx"]


def test_pdf_without_libreoffice_is_a_clear_error(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr("editor_app.export.pdf.shutil.which", lambda _name: None)
    with pytest.raises(UserFacingError, match="LibreOffice"):
        export_file(SAMPLE, tmp_path / "out.docx", pdf=True)


# --- command line --------------------------------------------------------------------------


def test_cli_exit_codes(tmp_path: Path, sample_issue, capsys) -> None:
    out = tmp_path / "out.docx"
    assert cli.main(["export", str(SAMPLE), "-o", str(out)]) == cli.EXIT_OK
    assert out.is_file()
    bad = tmp_path / "bad.yaml"
    save_issue(_with_negative_metric(sample_issue), bad, keep_backup=False)
    assert cli.main(["export", str(bad), "-o", str(tmp_path / "bad.docx")]) == cli.EXIT_FINDINGS
    assert "--force" in capsys.readouterr().err
    assert not (tmp_path / "bad.docx").exists()
    assert cli.main(["export", str(bad), "-o", str(tmp_path / "bad.docx"), "--force"]) == 0
    missing = tmp_path / "missing.yaml"
    assert cli.main(["export", str(missing), "-o", str(out)]) == cli.EXIT_UNREADABLE


# --- LibreOffice ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def rendered(soffice: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("pdf") / "sample.docx"
    result = export_file(SAMPLE, target, pdf=True)
    pdf = target.with_suffix(".pdf")
    assert result.written == [target, pdf]
    return pdf


def _pdftotext(pdf: Path, *args: str) -> str:
    return subprocess.run(["pdftotext", *args, str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def _page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = re.search(r"^Pages:\s+(\d+)", info, re.M)
    assert pages is not None, info
    return int(pages.group(1))


@pytest.mark.libreoffice
def test_pdf_sections_in_order_without_pinyin(rendered: Path) -> None:
    text = _compact(_pdftotext(rendered))
    positions = [text.find(h) for h in SECTION_HEADINGS]
    assert -1 not in positions and positions == sorted(positions)
    assert find_pinyin_artefacts(text) == []
    assert not re.search("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]", text)


@pytest.mark.libreoffice
@pytest.mark.parametrize("number", PROJECT_NUMBERS)
def test_pdf_project_numbers(rendered: Path, number: str) -> None:
    assert number in _compact(_pdftotext(rendered))


@pytest.mark.libreoffice
def test_pdf_first_page_masthead_and_page_numbers(rendered: Path) -> None:
    first = _compact(_pdftotext(rendered, "-f", "1", "-l", "1"))
    assert first.startswith("双碳资讯2023年第9期成都兴城双碳研究院2023年9月25日一、特别关注")
    assert "二、省内双碳信息" in first
    pages = _page_count(rendered)
    assert pages >= 2
    for page in range(1, pages + 1):
        text = _compact(_pdftotext(rendered, "-f", str(page), "-l", str(page)))
        assert f"—{page}—" in text, f"page {page} has no page number"


@pytest.mark.libreoffice
def test_pdf_fonts_are_cjk_substitutes(rendered: Path) -> None:
    fonts = subprocess.run(["pdffonts", str(rendered)], capture_output=True, text=True,
                           check=True).stdout
    assert "FandolFang" in fonts  # 仿宋
    assert "FandolKai" in fonts  # 楷体
    assert "NotoSerifCJK" in fonts  # 宋体 (page numbers), 小标宋 (masthead)
    assert "NotoSansCJK" in fonts  # 黑体
    assert "UKai" not in fonts  # FandolKai has every character of the sample: no fallback


def _grid(profile: Profile, indent_chars: float = 0) -> tuple[int, int]:
    """Lines of body text a page holds and body characters a line holds, from the page
    geometry: the type area's height in line pitches, and its width (less ``indent_chars``
    characters of indent) in body characters, each the body size plus the character spacing."""
    page, body = profile.page, profile.styles["body"]
    height = (page.height_mm - page.margin_top_mm - page.margin_bottom_mm) * PT_PER_MM
    width = (page.width_mm - page.margin_left_mm - page.margin_right_mm) * PT_PER_MM
    return (int(height // (page.line_pitch_twips / 20)),
            int((width - indent_chars * body.size) // (body.size + page.body_char_spacing_pt)))


def _page_lines(pdf: Path) -> list[list[str]]:
    """The lines of text of each page, without white space and without the page number."""
    text = _pdftotext(pdf, "-layout")
    return [[_compact(line) for line in page.splitlines() if line.strip()][:-1]
            for page in text.split("\f") if page.strip()]


@pytest.mark.libreoffice
def test_pdf_keeps_the_grid(rendered: Path) -> None:
    """The fullest page holds the grid's lines and the longest line of Chinese the grid's
    characters of 三号, none more (counted before the 四号 closing block: digits are narrower,
    四号 characters too)."""
    profile = load_profile()
    lines, chars = _grid(profile)
    pages = _page_lines(rendered)
    assert max(map(len, pages)) == lines
    body = [line for page in pages for line in page]
    body = body[:body.index(profile.closing.heading)]
    assert max(len(line) for line in body if not re.search(r"[\x21-\x7e]", line)) == chars


# Chinese with no mark inside it: nothing hangs, and any line breaks anywhere.
LONG_PARAGRAPH = "推动绿色低碳发展建设清洁能源体系" * 20 + "。"
LONG_PARAGRAPHS = 12  # several pages of nothing but body text


@pytest.fixture(scope="module")
def rendered_long(soffice: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample with a first item of long paragraphs, exported and rendered."""
    issue = sample_with_distribution()
    issue.sections.special_focus.items.insert(0, Item(paragraphs=[LONG_PARAGRAPH] * LONG_PARAGRAPHS))
    target = tmp_path_factory.mktemp("long") / "long.docx"
    export_docx(issue, target, load_profile())
    return render_pdf(target, target.with_suffix(".pdf"))


def _line_lengths(text: str, first: int, full: int) -> list[int]:
    """The lengths of the lines ``text`` fills: ``first`` characters, then ``full`` a line."""
    lengths, left, room = [], len(text), first
    while left:
        take = min(room, left)
        if left - take == 1 and text[-1] in "，。、；：？！":  # a mark alone would hang instead
            take += 1
        lengths.append(take)
        left -= take
        room = full
    return lengths


@pytest.mark.libreoffice
def test_pdf_of_many_pages_keeps_the_grid(rendered_long: Path) -> None:
    """Every line of every long paragraph holds what the grid gives it (the first line its
    indent less), and every page of nothing but body text the grid's lines (one less where
    widow control carries a line over to the next page)."""
    profile = load_profile()
    lines, chars = _grid(profile)
    _, first = _grid(profile, profile.styles["body"].indent_chars)
    pages = _page_lines(rendered_long)
    flow = [line for page in pages for line in page]
    start = flow.index(SECTION_HEADINGS[0]) + 1  # the long item comes first in its section
    end = next(n for n in range(start, len(flow)) if flow[n] not in LONG_PARAGRAPH)
    paragraphs: list[list[str]] = [[]]
    for line in flow[start:end]:
        paragraphs[-1].append(line)
        if line.endswith("。"):
            paragraphs.append([])
    assert paragraphs.pop() == []
    assert len(paragraphs) == LONG_PARAGRAPHS
    expected = _line_lengths(LONG_PARAGRAPH, first, chars)
    for paragraph in paragraphs:
        assert "".join(paragraph) == LONG_PARAGRAPH
        assert [len(line) for line in paragraph] == expected
    # The pages between the first and the one where the long item ends (the next item's
    # headline goes over with its text and leaves that page short).
    body_pages = [page for page in pages if all(line in LONG_PARAGRAPH for line in page)][:-1]
    assert len(body_pages) >= 3
    assert all(len(page) in (lines - 1, lines) for page in body_pages)
    assert max(map(len, pages)) == lines


# The 版记 at the foot of the last page. Paddings lengthen the last section line by line so
# that the page before the 版记 fills up: it fits below the text, then moves to a new page.
PADDINGS = (0, 7, 8, 9, 10)


@dataclass(frozen=True)
class Word:
    top: float
    bottom: float
    text: str


@dataclass(frozen=True)
class Render:
    pages: list[list[Word]]
    rules: list[tuple[float, float]]  # (top, bottom) in points of the last page's rules

    @property
    def last(self) -> list[Word]:
        return self.pages[-1]


def _words(pdf: Path) -> list[list[Word]]:
    html = _pdftotext(pdf, "-bbox")
    return [[Word(float(top), float(bottom), text) for top, bottom, text in re.findall(
                r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', page)]
            for page in html.split("<page ")[1:]]


def _rules(pdf: Path, page: int, dpi: int = 144) -> list[tuple[float, float]]:
    """Horizontal rules: pixel rows more than half dark across the page, merged into bands."""
    pgm = subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-f", str(page), "-l", str(page), str(pdf)],
                         capture_output=True, check=True).stdout
    _magic, size, _depth, pixels = pgm.split(b"\n", 3)
    width, height = map(int, size.split())
    rows = [y for y in range(height) if sum(b < 128 for b in pixels[y * width:(y + 1) * width]) > width / 2]
    bands: list[list[int]] = []
    for y in rows:
        if bands and y == bands[-1][-1] + 1:
            bands[-1].append(y)
        else:
            bands.append([y])
    return [(band[0] * 72 / dpi, (band[-1] + 1) * 72 / dpi) for band in bands]


def _padded(padding: int) -> Issue:
    issue = sample_with_distribution()
    issue.sections.institute_news.items.append(
        Item(headline="", paragraphs=["补充一句话。" * 4] * padding))  # one line each
    return issue


@pytest.fixture(scope="module")
def foot_renders(soffice: str, tmp_path_factory: pytest.TempPathFactory) -> dict[int, Render]:
    folder = tmp_path_factory.mktemp("foot")
    renders = {}
    for padding in PADDINGS:
        docx_path = folder / f"padded-{padding}.docx"
        export_docx(_padded(padding), docx_path, load_profile(), force=True)
        pdf = render_pdf(docx_path, docx_path.with_suffix(".pdf"))
        pages = _words(pdf)
        renders[padding] = Render(pages, _rules(pdf, len(pages)))
    return renders


def _distribution_lines(words: list[Word]) -> list[Word]:
    return [w for w in words if w.text.startswith(("报：", "送：", "发：", "共印"))]


def _on_a_row_of(word: Word, lines: list[Word]) -> bool:
    return any(abs(word.top - line.top) < 1 for line in lines)


@pytest.mark.libreoffice
@pytest.mark.parametrize("padding", PADDINGS)
def test_pdf_distribution_at_foot_of_last_page(foot_renders: dict[int, Render], padding: int) -> None:
    profile = load_profile()
    foot = (profile.page.height_mm - profile.page.margin_bottom_mm) * PT_PER_MM
    render = foot_renders[padding]
    assert all(not _distribution_lines(page) for page in render.pages[:-1])
    lines = _distribution_lines(render.last)
    assert [w.text[:2] for w in lines] == ["报：", "送：", "发：", "共印"]
    rules = [r for r in render.rules if r[0] > lines[0].top - 20]  # the 版记's: above, between, below
    assert len(rules) == 5, render.rules
    assert foot - 3 < rules[-1][1] <= foot + 0.5  # the last rule on the foot of the type area
    for above, line, below in zip(rules, lines, rules[1:], strict=False):
        assert above[1] <= line.top and line.bottom <= below[0]  # each line between its rules
    below_top_rule = [w for w in render.last if w.bottom > rules[0][0] and w.top < foot]
    assert all(_on_a_row_of(w, lines) for w in below_top_rule), "text runs into the 版记"


@pytest.mark.libreoffice
def test_pdf_distribution_moves_to_a_new_page_when_the_last_is_full(foot_renders: dict[int, Render]) -> None:
    counts = [len(foot_renders[p].pages) for p in PADDINGS]
    assert counts == sorted(counts) and counts[-1] == counts[0] + 1, counts
    first_moved = next(p for p, n in zip(PADDINGS, counts, strict=True) if n > counts[0])
    profile = load_profile()
    foot = (profile.page.height_mm - profile.page.margin_bottom_mm) * PT_PER_MM
    alone = [w for w in foot_renders[first_moved].last if w.bottom < foot]
    assert all(_on_a_row_of(w, _distribution_lines(alone)) for w in alone)
    before = PADDINGS[PADDINGS.index(first_moved) - 1]
    shared = foot_renders[before].last  # the page fills up to the 版记
    assert max(w.bottom for w in shared if w not in _distribution_lines(shared) and w.bottom < foot) > foot - 160


@pytest.mark.parametrize(
    ("change", "place", "message"),
    [
        (lambda d: d["page"].update(gutter_mm=5), "page.gutter_mm", "不认识此项"),
        (lambda d: d["styles"]["body"].update(size="三号"), "styles.body.size", "应为数字"),
        (lambda d: d["styles"]["body"].update(align="middle"), "styles.body.align", "不是可用的值"),
        (lambda d: d["page"].pop("line_pitch_twips"), "page.line_pitch_twips", "缺少此项"),
    ],
)
def test_broken_profile_names_the_place(tmp_path: Path, change, place: str, message: str) -> None:
    import yaml

    from editor_app.layout.profile import ProfileError

    data = yaml.safe_load(profile_path(DEFAULT_PROFILE).read_text(encoding="utf-8"))
    change(data)
    broken = tmp_path / "broken.yaml"
    broken.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ProfileError) as info:
        load_profile(broken)
    assert info.value.place == place
    assert message in info.value.one_line()


def test_profile_that_is_not_yaml_names_the_line(tmp_path: Path) -> None:
    from editor_app.layout.profile import ProfileError

    broken = tmp_path / "broken.yaml"
    broken.write_text("name: x\ntitle: y: z\n", encoding="utf-8")
    with pytest.raises(ProfileError) as info:
        load_profile(broken)
    assert info.value.place.startswith("第2行")
    assert "\n" not in info.value.one_line()


def test_second_profile_needs_no_code(tmp_path: Path) -> None:
    import yaml

    data = yaml.safe_load(profile_path(DEFAULT_PROFILE).read_text(encoding="utf-8"))
    data["name"], data["title"] = "other", "绿色资讯"
    data["styles"]["body"]["word_name"] = "正文段落"
    data["fonts"]["fangsong"]["east_asian"] = "仿宋"
    other = tmp_path / "other.yaml"
    other.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    target = tmp_path / "out.docx"
    export_file(SAMPLE, target, profile=str(other))
    body = _style(_part(target, "word/styles.xml"), "正文段落")
    assert body.find("w:rPr/w:rFonts", NS).get(_w("eastAsia")) == "仿宋"
    text = _part(target, "word/document.xml").xpath("string(//w:body)", namespaces=NS)
    assert text.startswith("绿色资讯")


def test_cli_batch_export_to_a_folder(tmp_path: Path) -> None:
    from editor_app import cli

    sources = []
    for n in range(3):
        source = tmp_path / f"issue-{n}.yaml"
        source.write_bytes(SAMPLE.read_bytes())
        sources.append(str(source))
    out_dir = tmp_path / "out"
    assert cli.main(["export", *sources, "--out-dir", str(out_dir)]) == cli.EXIT_OK
    assert sorted(p.name for p in out_dir.iterdir()) == ["issue-0.docx", "issue-1.docx", "issue-2.docx"]
    assert cli.main(["export", *sources, "-o", str(tmp_path / "one.docx")]) == cli.EXIT_UNREADABLE


def test_export_of_same_named_files_to_one_folder_names_them(tmp_path: Path, capsys) -> None:
    (tmp_path / "sub").mkdir()
    sources = [tmp_path / "a.yaml", tmp_path / "sub" / "a.yaml", tmp_path / "b.yaml"]
    for source in sources:
        source.write_bytes(SAMPLE.read_bytes())
    out_dir = tmp_path / "out"
    assert cli.main(["export", *map(str, sources), "--out-dir", str(out_dir)]) == cli.EXIT_UNREADABLE
    assert capsys.readouterr().err.strip() == (
        f"bulletin export: {sources[0]}、{sources[1]} 同名，导出到同一文件夹会互相覆盖；请改名后重试")
    assert list(out_dir.iterdir()) == []


def test_missing_number_is_refused_and_forced_prints_a_marker(tmp_path: Path, sample_issue) -> None:
    """An issue without its 期号 is not exported as ``2023年第期``: refused, naming the field;
    forced, the line shows the marker in the empty slot."""
    sample_issue.masthead.number = None
    target = tmp_path / "out.docx"
    with pytest.raises(ExportRefused) as caught:
        export_docx(sample_issue, target, load_profile())
    assert [f.path for f in caught.value.findings] == [("masthead", "number")]
    export_docx(sample_issue, target, load_profile(), force=True)
    text = _part(target, "word/document.xml").xpath("string(//w:body)", namespaces=NS)
    assert "2023年第□期" in text and "年第期" not in text
