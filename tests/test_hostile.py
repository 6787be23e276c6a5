"""Hostile and broken input: every case gets a one-line message, nothing is damaged."""

from __future__ import annotations

import copy
import os
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
from .strategies import any_text, yaml_values

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


def _leaf_paths(node: object, path: tuple = ()) -> list[tuple]:
    paths = [path] if path else []
    if isinstance(node, dict):
        for key, child in node.items():
            paths += _leaf_paths(child, (*path, key))
    elif isinstance(node, list):
        for i, child in enumerate(node):
            paths += _leaf_paths(child, (*path, i))
    return paths


def _sample_text_with(path: tuple, value: object) -> str:
    """The sample as YAML text, with ``value`` put at ``path``."""
    data = copy.deepcopy(SAMPLE_DATA)
    node = data
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    return yaml.safe_dump(data, allow_unicode=True)


@pytest.mark.parametrize("path", [p for p in _leaf_paths(SAMPLE_DATA) if p != ("schema_version",)],
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
@given(st.sampled_from([p for p in _leaf_paths(SAMPLE_DATA) if p != ("schema_version",)]), _node_values)
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
from editor_app.export.docx.exporter import export_docx
from editor_app.issue.issue_file import load_issue
from editor_app.issue.model import Item
from editor_app.layout.profile import load_profile
issue = load_issue(sys.argv[1])
issue.sections.provincial_news.items += [Item(headline="补充标题。", paragraphs=["绿色低碳发展。" * 40])] * 200
profile = load_profile()
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
        left = list(tmp_path.glob(".issue.docx.*.tmp"))  # the interrupted write, left behind
        assert len(left) == 1 and left[0].stat().st_size > 0
    with zipfile.ZipFile(target) as package:
        assert package.testzip() is None  # old or new, never a torn file
        document = package.read("word/document.xml").decode("utf-8")
    assert document.count("补充标题。") == (200 if expected == "new" else 0)
