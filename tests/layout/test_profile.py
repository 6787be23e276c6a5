"""Layout profiles: every broken value refused on loading, in one line naming file, key and
what is allowed; never a KeyError or an invalid Word file later."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor_app.layout.profile import (
    DEFAULT_PROFILE,
    MAX_PROFILE_BYTES,
    ProfileError,
    installed_profiles,
    load_profile,
    profile_path,
    profile_problem,
)

from ..conftest import DATA
from ..strategies import any_text, leaf_paths, yaml_values

Change = Callable[[dict], object]


def _profile_data() -> dict:
    return yaml.safe_load(profile_path(DEFAULT_PROFILE).read_text(encoding="utf-8"))


def _write(folder: Path, data: object, name: str = "broken.yaml") -> Path:
    path = folder / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _set(*keys: str, value: object) -> Change:
    def change(data: dict) -> None:
        node = data
        for key in keys[:-1]:
            node = node[key]
        node[keys[-1]] = value
    return change


def _pop(*keys: str) -> Change:
    def change(data: dict) -> None:
        node = data
        for key in keys[:-1]:
            node = node[key]
        del node[keys[-1]]
    return change


def _both(*changes: Change) -> Change:
    return lambda data: [change(data) for change in changes]


BROKEN = {
    # values out of their range: the key and the whole allowed range
    "negative size": (_set("styles", "body", "size", value=-3), "styles.body.size", ["1–200", "-3"]),
    "NaN size": (_set("styles", "body", "size", value=float("nan")), "styles.body.size", ["1–200", "nan"]),
    "zero line pitch": (_set("page", "line_pitch_twips", value=0), "page.line_pitch_twips", ["100–1440"]),
    "0 mm page": (_set("page", "width_mm", value=0), "page.width_mm", ["50–558"]),
    "10⁹ mm page": (_set("page", "height_mm", value=1e9), "page.height_mm", ["50–558"]),
    "negative margin": (_set("page", "margin_top_mm", value=-1), "page.margin_top_mm", ["0–200"]),
    "char spacing": (_set("page", "body_char_spacing_pt", value=float("inf")), "page.body_char_spacing_pt",
                     ["-10–10"]),
    "huge indent": (_set("styles", "body", "indent_chars", value=21), "styles.body.indent_chars", ["0–20"]),
    "rule width": (_set("styles", "issuer_line", "rule_below", "size_eighths", value=0),
                   "styles.issuer_line.rule_below.size_eighths", ["2–96"]),
    "outline level": (_set("styles", "section_heading", "outline_level", value=0),
                      "styles.section_heading.outline_level", ["1–9"]),
    "space before": (_set("styles", "closing_heading", "space_before_pt", value=-14),
                     "styles.closing_heading.space_before_pt", ["0–144"]),
    # texts Word cannot hold
    "colour not hex": (_set("styles", "masthead_title", "color", value="red"), "styles.masthead_title.color",
                       ["六位十六进制"]),
    "control character in a font name": (_set("fonts", "fangsong", "east_asian", value="仿宋\x07"),
                                         "fonts.fangsong.east_asian", ["控制字符"]),
    "line break in the title": (_set("title", value="双碳\n资讯"), "title", ["控制字符"]),
    "empty style name": (_set("styles", "body", "word_name", value=""), "styles.body.word_name", ["1–100"]),
    "language": (_set("language", value="zh CN"), "language", ["zh-CN"]),
    # placeholders the code does not fill
    "misspelt placeholder": (_set("texts", "issue_line", value="{yaer}年第{number}期"), "texts.issue_line",
                             ["{yaer}", "{year}、{number}"]),
    "placeholder with a format": (_set("texts", "date", value="{year:04}年"), "texts.date", ["{year}"]),
    "lone brace": (_set("texts", "print_count", value="共印{count份"), "texts.print_count", ["{{"]),
    "page number without {page}": (_set("texts", "page_number", value="第页"), "texts.page_number", ["{page}"]),
    # keys the code looks up
    "missing section": (_pop("sections", "institute_news"), "sections.institute_news", ["缺少", "special_focus"]),
    "unknown section": (_set("sections", "extra", value="五、其他"), "sections.extra", ["不认识"]),
    "missing distribution label": (_pop("texts", "distribution", "send"), "texts.distribution.send",
                                   ["report", "send", "issue"]),
    "unknown distribution label": (_set("texts", "distribution", "cc", value="抄："), "texts.distribution.cc",
                                   ["report", "send", "issue"]),
    "missing style": (_pop("styles", "body"), "styles.body", ["缺少"]),
    "unknown style": (_set("styles", "sidebar", value={"word_name": "侧栏", "font": "heiti", "size": 12}),
                      "styles.sidebar", ["不认识"]),
    "style font undefined": (_set("styles", "body", "font", value="songti_gb"), "styles.body.font",
                             ["songti_gb", "fangsong"]),
    "two styles one Word name": (_set("styles", "project", "word_name", value="简报 正文"),
                                 "styles.project.word_name", ["styles.body"]),
    "Word's Normal": (_set("styles", "body", "word_name", value="normal"), "styles.body.word_name", ["Normal"]),
    # geometry
    "margins wider than the page": (_both(_set("page", "margin_left_mm", value=100),
                                          _set("page", "margin_right_mm", value=100)),
                                    "page", ["版心宽 10", "20 毫米"]),
    "margins higher than the page": (_both(_set("page", "margin_top_mm", value=150),
                                           _set("page", "margin_bottom_mm", value=140)),
                                     "page", ["版心高 7", "3 行"]),
    "tab stop beyond the type area": (_set("page", "right_tab_twips", value=9000), "page.right_tab_twips",
                                      ["0–8844"]),
    "indent wider than the type area": (_both(_set("styles", "body", "size", value=40),
                                              _set("styles", "body", "indent_chars", value=12)),
                                        "styles.body.indent_chars", ["超出版心"]),
}


@pytest.mark.parametrize(("change", "key", "allowed"), BROKEN.values(), ids=BROKEN.keys())
def test_a_broken_profile_is_refused_in_one_line_naming_file_key_and_range(
        tmp_path: Path, change: Change, key: str, allowed: list[str]) -> None:
    data = _profile_data()
    change(data)
    path = _write(tmp_path, data)
    with pytest.raises(ProfileError) as info:
        load_profile(path)
    line = info.value.one_line()
    assert info.value.place == key
    assert line.startswith(f"{path}:{key}: 版式文件有误：")
    assert "\n" not in line and line.isprintable()
    for text in allowed:
        assert text in line, line


def test_the_bundled_profile_loads() -> None:
    profile = load_profile()
    assert profile.title == "双碳资讯" and profile.page.line_pitch_twips == 579


def test_a_changed_profile_file_is_read_again(tmp_path: Path) -> None:
    data = _profile_data()
    path = _write(tmp_path, data, "mine.yaml")
    first = load_profile(path)
    assert load_profile(path) is first
    data["title"] = ""
    _write(tmp_path, data, "mine.yaml")
    os.utime(path, ns=(time.time_ns(), time.time_ns() + 10**9))
    for _ in range(2):  # the second time from the cache, as a new error
        with pytest.raises(ProfileError, match="1–100"):
            load_profile(path)
    data["title"] = "绿色资讯"
    _write(tmp_path, data, "mine.yaml")
    os.utime(path, ns=(time.time_ns(), time.time_ns() + 2 * 10**9))
    assert load_profile(path).title == "绿色资讯"


# --- files that are not profiles -----------------------------------------------------------


def _refused_quickly(name: str, *expected: str) -> None:
    start = time.monotonic()
    with pytest.raises(ProfileError) as info:
        load_profile(name)
    assert time.monotonic() - start < 1
    line = info.value.one_line()
    assert "\n" not in line and line.isprintable()
    for text in expected:
        assert text in line, line


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_dev_zero_is_refused_at_once() -> None:
    _refused_quickly("/dev/zero", "/dev/zero", "不是普通文件")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    _refused_quickly(str(fifo), str(fifo), "不是普通文件")


def test_a_directory_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "folder.yaml"
    folder.mkdir()
    _refused_quickly(str(folder), "文件夹")


def test_an_oversize_profile_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_text("# " + "x" * MAX_PROFILE_BYTES + "\n", encoding="utf-8")
    _refused_quickly(str(path), "256 KB")


@pytest.mark.parametrize("name", ["xing\x00cheng", "a\nb", "\ud800"])
def test_a_name_no_file_can_have_is_refused(name: str) -> None:
    _refused_quickly(name, "控制字符")


# --- installed profiles --------------------------------------------------------------------


@pytest.fixture
def second_institute(user_folder: Path) -> Iterator[Path]:
    """The second institute's profile (tests/data/profiles) in the user's profile folder."""
    folder = user_folder / "bulletin-editor" / "profiles"
    folder.mkdir(parents=True, exist_ok=True)
    installed = Path(shutil.copy(DATA / "profiles" / "lvjian.yaml", folder))
    yield installed
    installed.unlink()


def test_a_second_institute_by_the_command_line(second_institute: Path, tmp_path: Path) -> None:
    def bulletin(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "editor_app.cli", *args],
                              capture_output=True, text=True, timeout=60)

    listed = bulletin("profiles")
    assert listed.stdout.splitlines()[0] == f"lvjian\t绿建简报\t{second_institute}"
    issue = tmp_path / "lvjian.yaml"
    assert bulletin("new", "--template", "bulletin-2023-09-25", "--profile", "lvjian", "-o", str(issue)).returncode == 0
    assert "issuer: 天府绿色建筑研究中心" in issue.read_text(encoding="utf-8")
    assert bulletin("validate", str(issue)).returncode == 0
    target = tmp_path / "lvjian.docx"
    assert bulletin("export", str(issue), "-o", str(target)).returncode == 0
    with zipfile.ZipFile(target) as package:
        document = package.read("word/document.xml").decode("utf-8")
    assert "绿建简报" in document and "一、本期聚焦" in document and "特别关注" not in document


def test_a_profile_in_the_user_folder_is_installed_by_name(user_folder: Path) -> None:
    data = _profile_data()
    data["name"], data["title"] = "lvse", "绿色资讯"
    folder = user_folder / "bulletin-editor" / "profiles"
    folder.mkdir(parents=True, exist_ok=True)
    try:
        _write(folder, data, "lvse.yaml")
        assert [(p.name, p.title) for p in installed_profiles()] == [("lvse", "绿色资讯"), ("xingcheng", "双碳资讯")]
        assert load_profile("lvse").title == "绿色资讯"
        assert profile_problem("lvse") is None
    finally:
        (folder / "lvse.yaml").unlink()


def test_an_unknown_profile_names_the_installed_ones_and_the_user_folder(user_folder: Path) -> None:
    folder = user_folder / "bulletin-editor" / "profiles"
    assert profile_problem("nosuch") == f"没有名为“nosuch”的版式；已安装的版式：xingcheng；自己的版式请放在 {folder}"
    with pytest.raises(ProfileError) as info:
        load_profile("nosuch")
    assert info.value.one_line() == profile_problem("nosuch")


@pytest.fixture
def profiles_folder(user_folder: Path) -> Iterator[Path]:
    """The user's profile folder, emptied again after the test."""
    folder = user_folder / "bulletin-editor" / "profiles"
    folder.mkdir(parents=True, exist_ok=True)
    yield folder
    shutil.rmtree(folder)


def test_a_broken_installed_profile_says_why(profiles_folder: Path) -> None:
    data = _profile_data()
    data["name"] = "broken"
    data["page"]["line_pitch_twips"] = 0
    path = _write(profiles_folder, data)
    problem = profile_problem("broken")
    assert problem is not None
    assert problem.startswith(f"版式“broken”无法使用：{path}:page.line_pitch_twips") and "100–1440" in problem


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
def test_an_installed_fifo_gives_its_real_reason(profiles_folder: Path) -> None:
    os.mkfifo(profiles_folder / "fifo.yaml")
    listed = {p.name: p.problem for p in installed_profiles()}
    problem = profile_problem("fifo")
    assert problem is not None and "不是普通文件" in problem and "不存在" not in problem
    assert listed["fifo"] in problem


@pytest.mark.parametrize("name", ["local.yaml", "../../../etc/passwd", "/etc/passwd", "a/b", "..", "has space",
                                  "天府"])
def test_an_issue_names_an_installed_profile_only(profiles_folder: Path, tmp_path: Path, name: str,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from editor_app.issue.issue_file import load_issue
    from editor_app.issue.validation import validate

    _write(tmp_path, _profile_data(), "local.yaml")
    monkeypatch.chdir(tmp_path)  # a file in the current folder is not found either
    issue = load_issue(DATA.parent.parent / "issue_templates" / "blank.yaml")
    issue.profile = name
    (finding,) = [f for f in validate(issue, profile_problem=profile_problem) if f.path == ("profile",)]
    assert "不是版式名" in finding.message and str(profiles_folder) in finding.message
    assert "root:" not in finding.message


def test_the_command_line_may_still_give_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(tmp_path, _profile_data(), "local.yaml")
    monkeypatch.chdir(tmp_path)
    assert load_profile("local.yaml").name == DEFAULT_PROFILE


def test_a_name_that_differs_from_the_file_name_is_refused(profiles_folder: Path) -> None:
    data = _profile_data()
    data["name"] = "other"
    path = _write(profiles_folder, data, "bad.yaml")
    (listed,) = [p for p in installed_profiles() if p.name == "bad"]
    assert listed.problem == (f"{path}:name: name: other 与文件名 bad.yaml 不符；"
                              "请把 name 改为 bad，或把文件改名为 other.yaml")
    assert profile_problem("bad") == f"版式“bad”无法使用：{listed.problem}"


@pytest.mark.parametrize("file_name", ["has space.yaml", "天府.yaml"])
def test_a_file_name_that_is_no_profile_name_is_listed_as_unusable(profiles_folder: Path, file_name: str) -> None:
    path = _write(profiles_folder, _profile_data(), file_name)
    (listed,) = [p for p in installed_profiles() if p.path == path]
    assert listed.title == "" and "版式名只能用字母、数字、_ . -" in listed.problem and "改名" in listed.problem


@pytest.mark.parametrize(("value", "expected"), [
    (6400, '颜色应为六位十六进制数，写在引号中，如 "006400"'),
    (True, "字号（磅）应在 1–200 之间"),
    ("36", "字号（磅）应在 1–200 之间"),
    ("1e400", "字号（磅）应在 1–200 之间"),
])
def test_a_value_of_the_wrong_type_says_what_the_key_expects(tmp_path: Path, value: object, expected: str) -> None:
    data = _profile_data()
    key = "color" if value == 6400 else "size"
    data["styles"]["body"][key] = value
    with pytest.raises(ProfileError) as info:
        load_profile(_write(tmp_path, data))
    assert info.value.place == f"styles.body.{key}"
    assert info.value.message.startswith("版式文件有误：应为") and info.value.message.endswith(expected)


def test_a_colour_yaml_reads_as_a_number(tmp_path: Path) -> None:
    path = tmp_path / "num.yaml"
    text = yaml.safe_dump(_profile_data(), allow_unicode=True)
    path.write_text(text.replace("color: '000000'", "color: 006400", 1), encoding="utf-8")
    with pytest.raises(ProfileError) as info:
        load_profile(path)
    assert '如 "006400"' in info.value.message


@pytest.mark.parametrize("tag", ["!custom", "!!python/object/apply:os.system"])
def test_a_tag_in_a_profile_is_refused_in_chinese(tmp_path: Path, tag: str) -> None:
    path = tmp_path / "tag.yaml"
    path.write_text(f"name: {tag} x\n", encoding="utf-8")
    with pytest.raises(ProfileError) as info:
        load_profile(path)
    assert "不允许的 YAML 标签" in info.value.message and "constructor" not in info.value.message


def test_a_binary_profile_is_not_utf8_text(tmp_path: Path) -> None:
    path = tmp_path / "bin.yaml"
    path.write_bytes(b"\xff\xfe\x00\x81binary")
    with pytest.raises(ProfileError) as info:
        load_profile(path)
    assert "不是 UTF-8 编码的文本文件" in info.value.message and "invalid" not in info.value.message


# --- any value anywhere ----------------------------------------------------------------------


_VALUES = (st.floats() | st.integers(min_value=-(10**30), max_value=10**30) | any_text | st.booleans() | st.none()
           | st.sampled_from(["{year}", "{page}{page}", "{", "}", "{0}", "{page.real}", "{count!r}", "FFFFFF",
                              "Normal", "title", "  ", "", "xingcheng", "../x"])
           | yaml_values(any_text, any_text, size=2, leaves=4))
_NAMES = iter(range(10**9))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(path=st.sampled_from(leaf_paths(_profile_data())), value=_VALUES)
def test_any_value_anywhere_is_refused_in_one_line_or_exports_and_paginates(
        qapp, tmp_path_factory: pytest.TempPathFactory, path: tuple, value: object) -> None:
    from editor_app.export.docx.exporter import build_document
    from editor_app.render.layout import paginate

    from ..conftest import sample_with_distribution

    data = _profile_data()
    node = data
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    file = _write(tmp_path_factory.getbasetemp(), data, f"any-{next(_NAMES)}.yaml")
    try:
        profile = load_profile(file)
    except ProfileError as exc:
        line = exc.one_line()
        assert line.startswith(str(file)) and "\n" not in line
        return
    issue = sample_with_distribution()
    build_document(issue, profile, strict=False)
    assert paginate(issue, profile).pages
