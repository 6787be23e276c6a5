import datetime as dt
import os
import zipfile
from copy import deepcopy
from pathlib import Path

import pytest

from editor_app.errors import IssueFileError, WriteError
from editor_app.issue.issue_file import dump_issue, load_issue, parse_issue, save_issue
from editor_app.issue.model import Item

from ..conftest import SAMPLE, TEMPLATES
from ..kill_points import kill_at


def test_sample_round_trips_byte_for_byte(tmp_path: Path) -> None:
    issue = load_issue(SAMPLE)
    target = tmp_path / "copy.yaml"
    save_issue(issue, target)
    assert target.read_text(encoding="utf-8") == SAMPLE.read_text(encoding="utf-8")
    assert load_issue(target) == issue


def test_files_are_readable_yaml_in_stable_order() -> None:
    text = dump_issue(load_issue(SAMPLE))
    assert text.startswith("schema_version: 1\nprofile: xingcheng\nmasthead:")
    assert "成都兴城双碳研究院" in text  # Chinese written as is, not escaped
    assert text.index("special_focus") < text.index("provincial_news") < text.index("institute_news")


def test_every_template_loads() -> None:
    for template in TEMPLATES.glob("*.yaml"):
        assert load_issue(template).schema_version == 1


def test_unknown_keys_are_kept() -> None:
    issue = parse_issue("schema_version: 1\nreviewer: 张三\nmasthead: {year: 2023, colour: red}\n")
    text = dump_issue(issue)
    assert "reviewer: 张三" in text and "colour: red" in text


def test_unknown_keys_survive_any_name_and_copying() -> None:
    """The key unknown keys are kept under internally is, in a file, just another unknown key."""
    text = ("schema_version: 1\nmasthead: {year: 2023, __unknown_keys__: 5, extra: {a: 1}}\n"
            "sections: {special_focus: {items: [{headline: 标题, note: 备注}]}}\n")
    issue = parse_issue(text)
    assert issue.masthead.year == 2023
    assert deepcopy(issue) == issue
    again = parse_issue(dump_issue(deepcopy(issue)))
    assert again == issue
    assert again.masthead.extra == {"__unknown_keys__": 5, "extra": {"a": 1}}
    assert again.sections.special_focus.items[0].extra == {"note": "备注"}


@pytest.mark.parametrize(
    ("text", "place", "message"),
    [
        ("masthead: {year: 2023.5}", "报头 › 年份（第2行第18列）", "应为整数（不带小数）"),
        ("masthead: {date: 20230925}", "报头 › 出刊日期（第2行第18列）", "应为日期"),
        ("masthead: {date: [2023]}", "报头 › 出刊日期（第2行第18列）", "应为日期"),
        ("distribution: {print_count: true}", "版记 › 印数（第2行第29列）", "应为整数"),
        ("sections: {xingcheng_action: {projects: [{metrics: {energy_saving: {value: '1'}, "
         "co2_reduction: {value: 5}}}]}}", "三、兴城双碳行动 › 项目1 › 二氧化碳减排 › 数值（第2行第105列）",
         '请加引号，如 "1000"'),
        ("sections: {xingcheng_action: {projects: [{}, {metrics: {energy_saving: 3}}]}}",
         "三、兴城双碳行动 › 项目2 › 年节能量（第2行第72列）", "应为键值对"),
        # a lone surrogate (escaped) where an item belongs: msgspec cannot even encode it
        ('sections: {institute_news: {items: ["\\ud800"]}}', "四、成都兴城双碳研究院动态 › 第1条", "应为键值对"),
        ('sections: {xingcheng_action: {projects: [{metrics: {energy_saving: "\\udc00"}}]}}',
         "三、兴城双碳行动 › 项目1 › 年节能量", "应为键值对"),
        ('masthead: {year: "\\ud800"}', "报头 › 年份", "应为整数"),
    ],
)
def test_type_errors_name_the_field(text: str, place: str, message: str) -> None:
    with pytest.raises(IssueFileError) as info:
        parse_issue(f"schema_version: 1\n{text}\n")
    assert info.value.place == place
    assert message in info.value.one_line()


def test_dates_are_read_as_dates_and_impossible_ones_kept_as_typed() -> None:
    assert parse_issue("schema_version: 1\nmasthead: {date: 2023-09-25}\n").masthead.date == dt.date(2023, 9, 25)
    assert parse_issue("schema_version: 1\nmasthead: {date: 2023-02-30}\n").masthead.date == "2023-02-30"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("schema_version: 1\nmasthead: !!python/object:os.system {}\n", "不允许的 YAML 标签"),
        ("schema_version: 1\nmasthead: [unclosed\n", "第"),
        ("schema_version: 9\n", "较新版本"),
        ("", "文件是空的"),
        ("- a\n- b\n", "最外层应为键值对"),
        ("masthead: {}\n", "缺少 schema_version"),
        ("schema_version: 1\nmasthead: {year: 二〇二三}\n", "应为整数"),
        ("schema_version: 1\nsections: {special_focus: {items: 3}}\n", "应为列表"),
        ("schema_version: 1\na: &x [1]\nb: *x\n", "别名"),
        ("schema_version: 1\nmasthead: {issuer: \"a\x07b\"}\n", "控制字符"),
    ],
)
def test_bad_files_give_one_line_errors(text: str, expected: str) -> None:
    with pytest.raises(IssueFileError) as info:
        parse_issue(text, "bad.yaml")
    message = info.value.one_line()
    assert expected in message
    assert message.startswith("bad.yaml")
    assert "\n" not in message


def test_wrong_type_error_names_the_place() -> None:
    with pytest.raises(IssueFileError) as info:
        parse_issue("schema_version: 1\nsections: {provincial_news: {items: [{headline: 5}]}}\n")
    assert info.value.place == "二、省内双碳信息 › 第1条 › 标题（第2行第49列）"


def test_a_value_on_its_own_line_is_placed_by_its_line_and_column() -> None:
    text = "schema_version: 1\nmasthead:\n  year: 2023\n  issuer: yes\n"
    with pytest.raises(IssueFileError) as info:
        parse_issue(text, "x.yaml")
    assert info.value.one_line() == ('x.yaml:报头 › 发布单位（第4行第11列）: 应为文本；'
                                     '数字或 yes、true 等作文本时请加引号，如 "1000"、"yes"')


def test_gbk_file_is_refused_with_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "gbk.yaml"
    path.write_bytes("schema_version: 1\nmasthead: {issuer: 成都兴城}\n".encode("gbk"))
    with pytest.raises(IssueFileError, match="GBK"):
        load_issue(path)


@pytest.mark.parametrize(("codec", "name"), [("utf-16", "UTF-16"), ("utf-16-le", "UTF-16"), ("utf-16-be", "UTF-16"),
                                            ("utf-32", "UTF-32"), ("utf-32-le", "UTF-32")])
def test_a_file_saved_as_notepad_s_unicode_is_refused_with_the_fix(tmp_path: Path, codec: str, name: str) -> None:
    """Not called binary (bulletin import then calls it an issue file: a loop for the user)."""
    path = tmp_path / "unicode.yaml"
    path.write_bytes(SAMPLE.read_text(encoding="utf-8").encode(codec))
    with pytest.raises(IssueFileError) as info:
        load_issue(path)
    notepad = "（记事本另存时的“Unicode”）" if name == "UTF-16" else ""  # Notepad writes no UTF-32
    assert info.value.message == f"文件是 {name} 编码{notepad}，而期刊文件须为 UTF-8；请以 UTF-8 另存"


def test_a_word_file_named_yaml_is_still_binary(tmp_path: Path) -> None:
    path = tmp_path / "renamed.yaml"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:  # what a .docx is
        package.writestr("word/document.xml", "<w:document>双碳资讯</w:document>" * 50)
    with pytest.raises(IssueFileError, match="二进制"):
        load_issue(path)


def test_binary_and_huge_files_are_refused(tmp_path: Path) -> None:
    junk = tmp_path / "junk.yaml"
    junk.write_bytes(os.urandom(2000) + b"\x00")
    with pytest.raises(IssueFileError, match="二进制"):
        load_issue(junk)
    huge = tmp_path / "huge.yaml"
    with open(huge, "wb") as fh:
        fh.truncate(11 * 1024 * 1024)
    with pytest.raises(IssueFileError, match="过大"):
        load_issue(huge)


def test_save_keeps_a_backup(tmp_path: Path, sample_path: Path) -> None:
    issue = load_issue(sample_path)
    before = sample_path.read_bytes()
    issue.sections.special_focus.items.append(Item(headline="新条目", paragraphs=["正文"]))
    save_issue(issue, sample_path)
    assert sample_path.with_name("sample.yaml.bak").read_bytes() == before
    assert load_issue(sample_path).sections.special_focus.items[-1].headline == "新条目"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []


def test_read_only_target_is_left_untouched(sample_path: Path) -> None:
    sample_path.chmod(0o444)
    before = sample_path.read_bytes()
    with pytest.raises(WriteError, match="只读"):
        save_issue(load_issue(sample_path), sample_path)
    assert sample_path.read_bytes() == before


def test_failed_write_leaves_old_file_and_no_temporary(tmp_path: Path, sample_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    before = sample_path.read_bytes()

    def full_disk(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(WriteError, match="磁盘空间不足"):
        save_issue(load_issue(sample_path), sample_path)
    assert sample_path.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


_SAVER = """
from editor_app.issue.issue_file import load_issue, save_issue
from editor_app.issue.model import Item
issue = load_issue(sys.argv[2])  # the pristine sample
issue.sections.special_focus.items += [Item(headline="长" * 200, paragraphs=["很长的正文。" * 5000])] * 20
stop_at_kill_point()
save_issue(issue, sys.argv[1])
"""

# The steps of a save with a backup, in order: the temporary file written and synced, given
# the file's mode, the old file linked and renamed to .bak, the temporary file renamed over
# the old one, the folder synced. Killed before that rename the old file is there, after it
# the new one.
_SAVE_POINTS = [
    (("fdopen", 1, "during"), "old"),
    (("fsync", 1, "before"), "old"),
    (("chmod", 1, "before"), "old"),
    (("link", 1, "after"), "old"),
    (("replace", 1, "after"), "old"),
    (("replace", 2, "before"), "old"),
    (("replace", 2, "after"), "new"),
    (("fsync", 2, "before"), "new"),
]


@pytest.mark.parametrize(("point", "expected"), _SAVE_POINTS, ids=[f"{p[0]}-{p[1]}-{p[2]}" for p, _ in _SAVE_POINTS])
def test_killing_a_save_leaves_old_or_new_file(sample_path: Path, point: tuple[str, int, str],
                                               expected: str) -> None:
    """A save killed at each step of the write leaves the whole old or the whole new file."""
    old = sample_path.read_bytes()
    issue = load_issue(SAMPLE)
    issue.sections.special_focus.items += [Item(headline="长" * 200, paragraphs=["很长的正文。" * 5000])] * 20
    new = dump_issue(issue).encode("utf-8")
    kill_at(_SAVER, [str(sample_path), str(SAMPLE)], point)
    assert sample_path.read_bytes() == (new if expected == "new" else old)
    backup = sample_path.with_name("sample.yaml.bak")
    if point[0] == "replace" or expected == "new":  # the .bak is in place before the rename
        assert backup.read_bytes() == old
    else:
        assert not backup.exists()
    # Killed while writing: the temporary file (left behind) holds what had been written; killed
    # after linking the old file to the backup's temporary name, that link is left too.
    left = sorted(t.read_bytes() for t in sample_path.parent.glob(".~*.tmp"))
    if expected == "old":
        written = new[: len(new) // 2] if point[2] == "during" else new
        assert left == sorted([written, old] if point == ("link", 1, "after") else [written])
    else:
        assert left == []
    load_issue(sample_path)  # a whole, valid issue


def test_an_issue_too_large_to_open_again_is_not_written(tmp_path: Path) -> None:
    """A 9.5 MB text imported to an 11 MB issue file that validate and the editor then refused."""
    issue = load_issue(SAMPLE)
    issue.sections.special_focus.items = [Item(headline=f"标题{n}", paragraphs=["碳" * 3000 + "。"])
                                          for n in range(1200)]
    target = tmp_path / "huge.yaml"
    with pytest.raises(WriteError) as info:
        save_issue(issue, target)
    assert info.value.one_line().startswith(f"{target}: 期刊内容过多：写成文件有 10.4 MB，")
    assert info.value.one_line().endswith("期刊文件最多 10 MB，未写入；请分成几期")
    assert not target.exists()
