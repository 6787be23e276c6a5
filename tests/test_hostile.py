"""Hostile and broken input: every case gets a one-line message, nothing is damaged."""

from __future__ import annotations

import copy
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from editor_app.errors import IssueFileError, WriteError
from editor_app.export.docx.exporter import build_document, export_docx
from editor_app.issue.issue_file import dump_issue, load_issue, parse_issue
from editor_app.issue.model import Item
from editor_app.issue.validation import validate
from editor_app.layout.profile import load_profile

from .conftest import SAMPLE
from .kill_points import kill_at
from .strategies import any_text, leaf_paths, yaml_values

SAMPLE_DATA = yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))


def _one_line(exc: IssueFileError) -> str:
    message = exc.one_line()
    assert "\n" not in message and "Traceback" not in message
    return message


@pytest.mark.parametrize(("name", "data", "expected"), [
    ("empty", b"", "文件是空的"),
    ("junk", bytes(range(256)) * 8, "二进制"),
    ("truncated", SAMPLE.read_bytes()[: len(SAMPLE.read_bytes()) // 2] + b'\n  - "unfinished', "第"),
    ("alias bomb", b"schema_version: 1\na: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\n", "别名"),
    ("python tag", b"schema_version: 1\nx: !!python/object/apply:os.system [echo]\n", "YAML 标签"),
    ("deep nesting", b"schema_version: 1\nx: " + b"[" * 100_000, "嵌套超过 50 层"),
    ("gbk", "schema_version: 1\nmasthead:\n  issuer: 成都兴城双碳研究院\n".encode("gbk"), "GBK"),
    ("newer", b"schema_version: 3\n", "较新版本"),
])
def test_catalogue_of_bad_files(tmp_path: Path, name: str, data: bytes, expected: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_bytes(data)
    with pytest.raises(IssueFileError) as info:
        load_issue(path)
    message = _one_line(info.value)
    assert expected in message and str(path) in message


def test_hundred_megabyte_file(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    with open(path, "wb") as fh:
        fh.truncate(100 * 1024 * 1024)
    with pytest.raises(IssueFileError, match="过大"):
        load_issue(path)


def _sample_text_with(path: tuple, value: object) -> str:
    """The sample as YAML text, with ``value`` put at ``path``."""
    data = copy.deepcopy(SAMPLE_DATA)
    node = data
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    return yaml.safe_dump(data, allow_unicode=True)


@pytest.mark.parametrize("path", [p for p in leaf_paths(SAMPLE_DATA) if p != ("schema_version",)],
                         ids=lambda p: ".".join(map(str, p)))
def test_wrong_types_at_every_level(path: tuple) -> None:
    with pytest.raises(IssueFileError) as info:
        parse_issue(_sample_text_with(path, [1, 2]), "bad.yaml")
    assert info.value.place, "the message names the place"
    _one_line(info.value)


def test_ten_thousand_items_is_an_error_not_a_hang() -> None:
    issue = load_issue(SAMPLE)
    issue.sections.provincial_news.items = [Item(headline="标题。", paragraphs=["正文。"])] * 10_000
    reloaded = parse_issue(dump_issue(issue))
    findings = [f for f in validate(reloaded) if "条目过多" in f.message]
    assert findings and findings[0].place_in(load_profile().sections) == "二、省内双碳信息"


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(st.sampled_from(["schema_version", "masthead", "sections", "closing", "distribution",
                                        "profile", "x"]),
                       yaml_values(st.text(max_size=20), st.text(max_size=10), size=4, leaves=20), max_size=6))
def test_any_yaml_document_loads_or_gives_a_message(document: dict) -> None:
    text = yaml.safe_dump(document, allow_unicode=True)
    try:
        issue = parse_issue(text)
    except IssueFileError as exc:
        _one_line(exc)
        return
    validate(issue)  # never crashes on anything that loads


_node_values = yaml_values(any_text, any_text, size=3, leaves=8)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([p for p in leaf_paths(SAMPLE_DATA) if p != ("schema_version",)]), _node_values)
@example(path=("sections", "xingcheng_action", "projects", 0, "metrics"), value={"\n": None})
def test_any_value_anywhere_loads_or_gives_a_placed_message(path: tuple, value: object) -> None:
    try:
        issue = parse_issue(_sample_text_with(path, value), "bad.yaml")
    except IssueFileError as exc:
        assert exc.place, "the message names the place"
        _one_line(exc)
        return
    validate(issue)
    assert parse_issue(dump_issue(issue)) == issue


@settings(max_examples=60, deadline=None)
@given(st.text(), st.text(min_size=1))
def test_any_text_survives_save_and_load(headline: str, paragraph: str) -> None:
    issue = load_issue(SAMPLE)
    issue.sections.special_focus.items[0] = Item(headline=headline, paragraphs=[paragraph])
    assert parse_issue(dump_issue(issue)) == issue


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(), st.text(alphabet=st.characters(), min_size=1000, max_size=3000))
def test_exporter_never_crashes_on_any_text(headline: str, long_line: str) -> None:
    issue = load_issue(SAMPLE)
    issue.sections.special_focus.items[0] = Item(headline=headline, paragraphs=[long_line])
    build_document(issue, load_profile(), strict=False)


def test_target_folder_vanishing_mid_export(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    import editor_app.storage.atomic as atomic

    real_replace = os.replace

    def vanish(src: str, dst: str) -> None:
        for child in folder.iterdir():
            child.unlink()
        folder.rmdir()
        real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", vanish)
    with pytest.raises(WriteError, match="文件夹不存在"):
        export_docx(load_issue(SAMPLE), folder / "issue.docx", load_profile())


_EXPORTER = """
from editor_app.export.docx.exporter import export_docx, warm_template
from editor_app.issue.issue_file import load_issue
from editor_app.issue.model import Item
from editor_app.layout.profile import load_profile
issue = load_issue(sys.argv[1])
issue.sections.provincial_news.items += [Item(headline="补充标题。", paragraphs=["绿色低碳发展。" * 40])] * 200
profile = load_profile()
warm_template(profile)  # the styled template read or built (and cached) before the kill point
stop_at_kill_point()
export_docx(issue, sys.argv[2], profile)
"""

# The steps of an export over an older file: the temporary file written (stopped half-way)
# and synced, the temporary file renamed over the old one. Killed before the rename the old
# file is there, after it the new one.
_EXPORT_POINTS = [
    (("fdopen", 1, "during"), "old"),
    (("fsync", 1, "before"), "old"),
    (("replace", 1, "before"), "old"),
    (("replace", 1, "after"), "new"),
]


@pytest.mark.parametrize(("point", "expected"), _EXPORT_POINTS,
                         ids=[f"{p[0]}-{p[1]}-{p[2]}" for p, _ in _EXPORT_POINTS])
def test_killing_an_export_leaves_a_whole_file(tmp_path: Path, point: tuple[str, int, str],
                                               expected: str) -> None:
    target = tmp_path / "issue.docx"
    export_docx(load_issue(SAMPLE), target, load_profile())
    old = target.read_bytes()
    kill_at(_EXPORTER, [str(SAMPLE), str(target)], point)
    if expected == "old":
        assert target.read_bytes() == old
        left = list(tmp_path.glob(".~*.tmp"))  # the interrupted write, left behind
        assert len(left) == 1 and left[0].stat().st_size > 0
    with zipfile.ZipFile(target) as package:
        assert package.testzip() is None  # old or new, never a torn file
        document = package.read("word/document.xml").decode("utf-8")
    assert document.count("补充标题。") == (200 if expected == "new" else 0)



# --- the command line's outputs ------------------------------------------------------------


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    from editor_app import cli

    status = cli.main(list(argv))
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return status, err


def test_export_never_replaces_its_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "s.yaml"
    source.write_bytes(SAMPLE.read_bytes())
    link = tmp_path / "s.docx"
    link.symlink_to(source)
    for output in (source, link):
        status, err = _cli(capsys, "export", str(source), "-o", str(output), "--force")
        assert status == 2 and "输入文件" in err and len(err.splitlines()) == 1
    named_pdf = tmp_path / "t.pdf"
    named_pdf.write_bytes(SAMPLE.read_bytes())  # an issue file named like the --pdf output
    status, err = _cli(capsys, "export", str(named_pdf), "-o", str(tmp_path / "t.docx"), "--pdf", "--force")
    assert status == 2 and "输入文件" in err
    assert source.read_bytes() == named_pdf.read_bytes() == SAMPLE.read_bytes()
    assert not (tmp_path / "t.docx").exists() and not list(tmp_path.glob("*.bak"))


def test_export_replaces_an_existing_file_only_with_force(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "out.docx"
    output.write_bytes(b"old")
    status, err = _cli(capsys, "export", str(SAMPLE), "-o", str(output))
    assert (status, err.strip()) == (2, f"{output}: 文件已存在；如要覆盖请加 --force")
    assert output.read_bytes() == b"old"
    assert _cli(capsys, "export", str(SAMPLE), "-o", str(output), "--force")[0] == 0
    assert zipfile.is_zipfile(output)
    out_dir = tmp_path / "word"
    out_dir.mkdir()
    (out_dir / f"{SAMPLE.stem}.docx").write_bytes(b"old")
    status, err = _cli(capsys, "export", str(SAMPLE), "--out-dir", str(out_dir))
    assert status == 2 and "--force" in err and (out_dir / f"{SAMPLE.stem}.docx").read_bytes() == b"old"


@pytest.mark.parametrize("output", ["/dev/null", "fifo", "folder", "a.pdf", "long"])
def test_export_refuses_outputs_that_are_not_word_files(tmp_path: Path, output: str,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    target = {"fifo": tmp_path / "p.docx", "folder": tmp_path / "d.docx", "a.pdf": tmp_path / "a.pdf",
              "long": tmp_path / ("兴" * 90 + ".docx")}.get(output, Path(output))
    if output == "fifo":
        os.mkfifo(target)
    elif output == "folder":
        target.mkdir()
    status, err = _cli(capsys, "export", str(SAMPLE), "-o", str(target), "--pdf", "--force")
    assert status == 2 and len(err.splitlines()) == 1
    assert ("不是普通文件" in err or "文件夹" in err or ".docx 结尾" in err or "255 字节" in err)
    assert Path("/dev/null").is_char_device()
    assert not list(tmp_path.glob("*.docx")) or not target.is_file()


def test_out_dir_that_is_a_file_or_read_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plain = tmp_path / "plain"
    plain.write_bytes(b"x")
    read_only = tmp_path / "read-only"
    read_only.mkdir()
    folders = [plain, Path("/proc/bulletin-out")]
    if os.geteuid() == 0 and subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs",
                                             str(read_only)], capture_output=True).returncode == 0:
        folders += [read_only, read_only / "below"]
    try:
        for folder in folders:
            status, err = _cli(capsys, "export", str(SAMPLE), "--out-dir", str(folder))
            assert status == 2 and len(err.splitlines()) == 1 and str(folder) in err
            assert folder not in folders[2:] or "只读" in err
    finally:
        if len(folders) > 2:
            subprocess.run(["umount", str(read_only)], check=True)
    assert plain.read_bytes() == b"x"


def test_preview_output_checks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "s.yaml"
    source.write_bytes(SAMPLE.read_bytes())
    status, err = _cli(capsys, "preview", str(source), "-o", str(source), "--force")
    assert status == 2 and "输入文件" in err and source.read_bytes() == SAMPLE.read_bytes()
    old = tmp_path / "old.pdf"
    old.write_bytes(b"old")
    status, err = _cli(capsys, "preview", str(source), "-o", str(old))
    assert status == 2 and "--force" in err and old.read_bytes() == b"old"
    status, err = _cli(capsys, "preview", str(source), "-o", "/dev/null")
    assert status == 2 and "不是普通文件" in err and Path("/dev/null").is_char_device()


def test_import_and_new_never_replace_their_source(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = tmp_path / "pasted.txt"
    text.write_text("一、特别关注\n标题。\n正文正文正文。\n", encoding="utf-8")
    before = text.read_bytes()
    status, err = _cli(capsys, "import", str(text), "-o", str(text), "--force")
    assert status == 2 and "输入文件" in err and text.read_bytes() == before
    status, err = _cli(capsys, "new", "-o", str(tmp_path / ("兴" * 90 + ".yaml")))
    assert status == 2 and "255 字节" in err


# --- numbers and tags PyYAML's constructor raised on; a reader gone away ------------------------


_DIGITS = "9" * 5000


@pytest.mark.parametrize(("value", "expected"), [
    (_DIGITS, "数字过长"), ("-" + _DIGITS, "数字过长"), ("0x" + "f" * 4000, "数字过长"),
    ("0" + "7" * 5000, "数字过长"), ("0b" + "1" * 15000, "数字过长"),
    ("!!int abc", "不是 !!int"), ("!!bool x", "不是 !!bool"), ("!!float x", "不是 !!float"),
    ("!!timestamp x", "不是 !!timestamp"),
])
@pytest.mark.parametrize("where", ["schema_version", "masthead.number", "distribution.print_count"])
def test_numbers_python_cannot_convert_are_placed_messages(tmp_path: Path, where: str, value: str,
                                                             expected: str) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    if where == "schema_version":
        text = text.replace("schema_version: 1", f"schema_version: {value}")
        line = 1
    else:
        data = copy.deepcopy(SAMPLE_DATA)
        section, key = where.split(".")
        data[section][key] = "NUMBER"
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False).replace("NUMBER", value)
        line = text.splitlines().index(next(t for t in text.splitlines() if value in t)) + 1
    path = tmp_path / "big.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(IssueFileError) as info:
        load_issue(path)
    assert _one_line(info.value).startswith(f"{path}:第{line}行")
    assert expected in info.value.message


def test_validate_piped_into_head_stops_quietly(tmp_path: Path) -> None:
    blank = tmp_path / "blank.yaml"
    blank.write_bytes((SAMPLE.parent / "blank.yaml").read_bytes())
    command = [sys.executable, "-m", "editor_app.cli", "validate", *[str(blank)] * 300]
    for stderr in (subprocess.PIPE, subprocess.STDOUT):
        producer = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=stderr)
        assert producer.stdout is not None
        head = subprocess.run(["head", "-1"], stdin=producer.stdout, capture_output=True, timeout=60)
        producer.stdout.close()  # head's end is the only reader left
        status = producer.wait(timeout=60)
        err = producer.stderr.read().decode() if producer.stderr else ""
        assert head.stdout.decode().startswith(str(blank))
        assert status == 141 and "Traceback" not in err and "Exception ignored" not in err
