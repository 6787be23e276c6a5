"""YAML in and out: libyaml where it can, PyYAML's own Python code wherever libyaml fails."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from hypothesis import example, given, settings

from editor_app.errors import IssueFileError
from editor_app.issue.issue_file import dump_issue, load_issue, parse_issue
from editor_app.layout.profile import ProfileError, load_profile
from editor_app.storage import yaml_io
from editor_app.storage.yaml_io import dump_yaml, load_yaml

from ..conftest import SAMPLE
from ..strategies import any_text, yaml_values

pytestmark = pytest.mark.skipif(yaml_io._FastLoader is None, reason="PyYAML without libyaml")

LOADERS = {"libyaml": yaml_io._FastLoader, "PyYAML": yaml_io._PureLoader}


def _pure_dump(data: object) -> str:
    return yaml.dump(data, Dumper=yaml_io._PureDumper, **yaml_io._DUMP_OPTIONS)


def _texts(node: object) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _texts(key)
            yield from _texts(value)
    elif isinstance(node, list):
        for value in node:
            yield from _texts(value)


def _left_to_pyyaml(data: object) -> bool:
    """Text libyaml cannot write (a lone surrogate) or would escape (beyond the BMP)."""
    return any("\ud800" <= ch <= "\udfff" or ch > "\uffff" for text in _texts(data) for ch in text)


@settings(max_examples=300, deadline=None)
@given(yaml_values(any_text, any_text.filter(bool), size=4, leaves=20))
@example([{"\r": None}])  # libyaml: `- ? "\r"`, a complex key opening a list entry
def test_libyaml_writes_and_reads_what_pyyaml_does(value: object) -> None:
    data = {"value": value}
    text = _pure_dump(data)
    assert dump_yaml(data) == text
    assert load_yaml(text) == data
    if not _left_to_pyyaml(data):  # libyaml's own work, not the fallback's
        by_libyaml = yaml.dump(data, Dumper=yaml_io._FastDumper, **yaml_io._DUMP_OPTIONS)
        assert by_libyaml == text or yaml_io._not_as_pyyaml_writes(by_libyaml)  # then PyYAML writes
        assert yaml.load(text, Loader=yaml_io._FastLoader) == data


def test_the_sample_is_read_and_written_by_libyaml_as_by_pyyaml() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    data = yaml.load(text, Loader=yaml_io._PureLoader)
    assert yaml.load(text, Loader=yaml_io._FastLoader) == data
    assert dump_yaml(data) == _pure_dump(data)


def test_what_only_pyyaml_reads_or_writes_still_loads_and_saves() -> None:
    """libyaml refuses an escaped lone surrogate, in reading and in writing."""
    text = 'headline: "\\ud800"\n'
    with pytest.raises(yaml.YAMLError):
        yaml.load(text, Loader=yaml_io._FastLoader)
    assert load_yaml(text) == {"headline": "\ud800"}
    assert dump_yaml({"headline": "\ud800"}) == text.replace("ud800", "uD800")


def test_a_rare_hanzi_or_an_emoji_is_saved_as_itself() -> None:
    data = {"name": "𠮷野家 😀"}
    assert "\\U" in yaml.dump(data, Dumper=yaml_io._FastDumper, **yaml_io._DUMP_OPTIONS)
    assert dump_yaml(data) == "name: 𠮷野家 😀\n"


@pytest.mark.parametrize("text", [
    "a: \x07\n",             # a control character pasted from a PDF
    "a: [1, 2\n",            # an unclosed bracket
    "a:\n  b: 1\n c: 2\n",   # indentation
    "a: 'unfinished\n",
    "a: b: c\n",
])
def test_a_broken_text_gets_pyyaml_s_message_and_place(text: str) -> None:
    with pytest.raises(yaml.YAMLError) as by_pyyaml:
        yaml.load(text, Loader=yaml_io._PureLoader)
    with pytest.raises(yaml.YAMLError) as ours:
        load_yaml(text)
    assert str(ours.value) == str(by_pyyaml.value)


@pytest.mark.parametrize("libyaml", [True, False], ids=["libyaml", "PyYAML"])
@pytest.mark.parametrize(("text", "problem", "column"), [
    ("[" * 100_000, "嵌套超过 50 层", 50),
    ("a: &x [1]\nb: *x\n", "别名", 3),
])
def test_aliases_and_deep_nesting_are_refused_in_our_words(libyaml: bool, text: str, problem: str, column: int,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Whichever reader runs: the libyaml of PyYAML 6.0.4 refuses deep nesting itself, in English."""
    if not libyaml:
        monkeypatch.setattr(yaml_io, "_FastLoader", None)
    with pytest.raises(yaml.MarkedYAMLError) as info:
        load_yaml(text)
    error = info.value
    assert error.problem is not None and problem in error.problem
    assert error.problem_mark is not None and error.problem_mark.column == column


def test_dates_stay_text_for_the_model() -> None:
    for loader in LOADERS.values():
        assert yaml.load("date: 2023-09-25\n", Loader=loader) == {"date": "2023-09-25"}


def test_a_deeply_nested_profile_is_a_message_not_a_crash(tmp_path: Path) -> None:
    """libyaml's own composer recursed in C until the process died (segmentation fault)."""
    path = tmp_path / "deep.yaml"
    path.write_text("[" * 100_000, encoding="utf-8")
    with pytest.raises(ProfileError, match="嵌套超过 50 层") as info:
        load_profile(path)
    assert "第1行第51列" in info.value.one_line()


def test_without_libyaml_issues_load_and_save_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    issue = load_issue(SAMPLE)
    text = dump_issue(issue)
    monkeypatch.setattr(yaml_io, "_FastLoader", None)
    monkeypatch.setattr(yaml_io, "_FastDumper", None)
    assert dump_issue(issue) == text
    assert parse_issue(text) == issue
    with pytest.raises(IssueFileError, match="别名"):
        parse_issue("schema_version: 1\na: &x [1]\nb: *x\n")


@pytest.mark.parametrize("loader", LOADERS.values(), ids=LOADERS.keys())
@pytest.mark.parametrize(("text", "line", "first"), [
    ("标题: 一\n正文: 二\n标题: 三\n", 3, 1),
    ("items:\n  - {headline: 甲, headline: 乙}\n", 2, 2),
    ("1: a\n'1': b\n1: c\n", 3, 1),  # the text '1' is another key than the number 1
])
def test_a_key_written_twice_is_refused_with_both_lines(loader: type, text: str, line: int,
                                                         first: int) -> None:
    with pytest.raises(yaml.MarkedYAMLError) as info:
        yaml.load(text, Loader=loader)
    assert info.value.problem_mark is not None and info.value.problem_mark.line + 1 == line
    assert f"重复（第 {first} 行已有）" in str(info.value.problem)


def test_an_issue_with_a_key_twice_names_both_places(tmp_path: Path) -> None:
    path = tmp_path / "重复.yaml"
    text = SAMPLE.read_text(encoding="utf-8")
    path.write_text(text + "profile: xingcheng\n", encoding="utf-8")
    first = text.splitlines().index("profile: xingcheng")
    with pytest.raises(IssueFileError) as info:
        load_issue(path)
    message = info.value.one_line()
    assert message.startswith(f"{path}:第{len(text.splitlines()) + 1}行")
    assert f"键“profile”重复（第 {first + 1} 行已有）" in message


@pytest.mark.parametrize(("text", "comments"), [
    ("a: 1  # 注释\n", True),
    ("# 开头的说明\na: 1\n", True),
    ("a: [1, 2] # 注释\n", True),
    ("标题: 中文中文 # 注释\n", True),
    ("a: 1\n", False),
    ("a: \"第 #1 号\"\n", False),
    ("a: 第#1号\n", False),  # inside a plain scalar: text, not a comment
    ("a: |\n  一行 # 仍是正文\nb: '#'\n", False),
    ("a: [1\n", False),  # does not scan (and does not load)
])
def test_comments_are_told_from_hashes_in_text(text: str, comments: bool) -> None:
    assert yaml_io.has_comments(text) is comments


@pytest.mark.parametrize("libyaml", [True, False], ids=["libyaml", "PyYAML"])
@pytest.mark.parametrize(("text", "place", "message"), [
    ('masthead:\n  title: "\\U00110000"\n', "第2行第13列", "超出 Unicode 范围的转义字符"),  # PyYAML's chr() failed
    ('masthead:\n  title: "a\x07b"\n', "第2行第12列", "含有控制字符"),  # PyYAML gave an index only
    ("a: 1\n\x85b: 2\x1b\n", "第2行第6列", "含有控制字符"),
    # libyaml took them for line breaks: "could not find expected ':'" two lines further on
    ("masthead:\n  issuer: 兴城\u2028双碳\n", "第2行第13列",
     "含有 U+2028 LINE SEPARATOR（行分隔符）；请换成普通换行或删除它"),
    ('masthead:\n  issuer: "兴城\u2029双碳"\n', "第2行第14列",
     "含有 U+2029 PARAGRAPH SEPARATOR（段分隔符）；请换成普通换行或删除它"),
])
def test_characters_yaml_refuses_are_a_message_with_a_place(libyaml: bool, text: str, place: str, message: str,
                                                             monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    if not libyaml:
        monkeypatch.setattr(yaml_io, "_FastLoader", None)
    path = tmp_path / "issue.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(IssueFileError) as refused:
        load_issue(path)
    assert (refused.value.place, message in refused.value.message) == (place, True), refused.value.one_line()
