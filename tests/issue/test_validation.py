import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor_app.issue.factors import carbon_factors
from editor_app.issue.issue_file import load_issue, parse_issue
from editor_app.issue.model import MetricValue, Project
from editor_app.issue.validation import Severity, validate
from editor_app.layout.profile import load_profile

from ..conftest import SAMPLE

TITLES = load_profile().sections


def _errors(issue) -> dict[str, str]:
    return {f.place_in(TITLES): f.message for f in validate(issue) if f.severity is Severity.ERROR}


def _warnings(issue, carbon=None) -> dict[str, str]:
    return {f.place_in(TITLES): f.message for f in validate(issue, carbon=carbon)
            if f.severity is Severity.WARNING}


def test_sample_is_clean(sample_issue) -> None:
    assert validate(sample_issue) == []


def test_negative_and_zero_metrics_are_errors(sample_issue) -> None:
    metrics = sample_issue.sections.xingcheng_action.projects[0].metrics
    metrics["energy_saving"].value = "-1.7"
    metrics["daily_capacity"].value = "0"
    errors = _errors(sample_issue)
    assert "负数" in errors["三、兴城双碳行动 › 项目1 › 年节能量 › 数值"]
    assert "0" in errors["三、兴城双碳行动 › 项目1 › 日处理能力 › 数值"]


def test_units_decimals_magnitudes_and_basis(sample_issue) -> None:
    project = sample_issue.sections.xingcheng_action.projects[1]
    project.metrics["co2_reduction"].unit = "千瓦"
    project.metrics["daily_capacity"].value = "550.123"
    project.metrics["energy_saving"].basis = None
    project.metrics["investment"] = MetricValue(value="5万", unit="亿元")
    errors = _errors(sample_issue)
    place = "三、兴城双碳行动 › 项目2 › "
    assert "单位“千瓦”不可用" in errors[place + "二氧化碳减排 › 单位"]
    assert "小数" in errors[place + "日处理能力 › 数值"]
    assert "口径" in errors[place + "年节能量 › 口径"]
    assert errors[place + "总投资 › 数值"] == "总投资 5万亿元 大得不合理，请核对数值和单位"  # as typed


def test_typed_forms_are_accepted(sample_issue) -> None:
    project = sample_issue.sections.xingcheng_action.projects[0]
    project.metrics["daily_capacity"].value = "１，０００"
    project.metrics["co2_reduction"] = MetricValue(value="4.6万", unit="吨")
    assert _errors(sample_issue) == {}


def test_plausibility_warnings(sample_issue) -> None:
    """The figures are checked by what the project measures (details in test_carbon.py)."""
    national = carbon_factors("carbon-factors", "grid-national-2022")
    project = sample_issue.sections.xingcheng_action.projects[0]
    project.metrics["co2_reduction"].value = "17"  # ten times the energy saving
    warnings = _warnings(sample_issue, national)
    assert "约为预期的3.61倍，超出±10%的容差" in warnings["三、兴城双碳行动 › 项目1 › 二氧化碳减排"]
    solar = Project(company="某公司", name="光伏项目", carbon_basis="可再生能源发电", metrics={
        "installed_capacity": MetricValue(value="1", unit="兆瓦"),
        "annual_generation": MetricValue(value="2000", unit="万千瓦时"),
        "co2_reduction": MetricValue(value="100", unit="吨"),
    })
    sample_issue.sections.xingcheng_action.projects.append(solar)
    warnings = _warnings(sample_issue, national)
    assert "年利用小时数为20000小时" in warnings["三、兴城双碳行动 › 项目3 › 年发电量"]
    assert "排放因子" in warnings["三、兴城双碳行动 › 项目3 › 二氧化碳减排"]
    solar.name = "示范项目"  # no technology the catalogue knows: the full year is the limit
    assert "满发" in _warnings(sample_issue, national)["三、兴城双碳行动 › 项目3 › 年发电量"]


def test_text_findings(sample_issue) -> None:
    item = sample_issue.sections.provincial_news.items[0]
    item.headline = "特別關(guān)注"
    item.paragraphs[0] = "9月3日,公众\x0c环境" + item.paragraphs[0]
    errors, warnings = _errors(sample_issue), _warnings(sample_issue)
    assert "關(guān)" in errors["二、省内双碳信息 › 第1条 › 标题"]
    assert "控制字符" in errors["二、省内双碳信息 › 第1条 › 正文第1段"]
    assert "半角标点" in warnings["二、省内双碳信息 › 第1条 › 正文第1段"]


def test_invisible_and_look_alike_characters(sample_issue) -> None:
    item = sample_issue.sections.provincial_news.items[0]
    item.headline = "全省\u200b\u200b“双碳”⽅⾯\ue000"
    item.paragraphs[0] = "今年\u202e之省“记牢、”\u2009者大之国\ufffd"
    found = [(f.severity, f.message, f.fix) for f in validate(sample_issue)
             if f.path[:4] == ("sections", "provincial_news", "items", 0)]
    assert found == [
        (Severity.WARNING, "含有不可见字符 U+200B ZERO WIDTH SPACE（2 处，常见于从 PDF 粘贴）；"
                           "请删除它，或用“工具 › 清除不可见字符和形似字”", "invisible"),
        (Severity.WARNING, "“⽅”是 U+2F45 KANGXI RADICAL SQUARE，形似汉字而不是汉字，检索和换字体时会出错；"
                           "请换成普通的“方”，或用“工具 › 清除不可见字符和形似字”", "invisible"),
        (Severity.WARNING, "“⾯”是 U+2FAF KANGXI RADICAL FACE，形似汉字而不是汉字，检索和换字体时会出错；"
                           "请换成普通的“面”，或用“工具 › 清除不可见字符和形似字”", "invisible"),
        (Severity.WARNING, "含有私用区字符 U+E000（1 处）：PDF 字体自造的字形，别处显示不出；"
                           "请删除它，换成应有的字", None),
        (Severity.ERROR, "含有方向控制字符 U+202E RIGHT-TO-LEFT OVERRIDE（1 处）：它不显示，却使打印出的文字"
                         "顺序颠倒；请删除它，或用“工具 › 清除不可见字符和形似字”", "invisible"),
        (Severity.WARNING, "含有特殊空格 U+2009 THIN SPACE（1 处）；汉字旁的请删除，其余换成普通空格，"
                           "或用“工具 › 清除不可见字符和形似字”", "invisible"),
        (Severity.WARNING, "含有替换字符 U+FFFD REPLACEMENT CHARACTER（1 处）：原来的字在转换中已丢失；"
                           "请删除它，换成应有的字", None),
    ]


def test_invisible_characters_are_found_in_every_field(sample_issue) -> None:
    sample_issue.masthead.issuer = "成都兴城双碳研究院\u200f"
    sample_issue.sections.xingcheng_action.projects[0].metrics["energy_saving"].unit = "万吨\u200d"
    places = {f.place_in(TITLES) for f in validate(sample_issue) if "U+200" in f.message}
    assert places == {"报头 › 发布单位", "三、兴城双碳行动 › 项目1 › 年节能量 › 单位"}


def test_a_line_separator_pasted_into_a_field(sample_issue) -> None:
    sample_issue.closing.text = "请各单位\u2028认真学习"
    [found] = [f for f in validate(sample_issue) if f.path == ("closing", "text")]
    assert (found.severity, found.message, found.fix) == (
        Severity.WARNING, "含有分隔符 U+2028 LINE SEPARATOR（1 处），是粘贴带入的换行；汉字旁的请删除，"
                          "其余换成普通空格，或用“工具 › 清除不可见字符和形似字”", "invisible")


def test_genuine_parentheses_and_digit_commas_are_not_flagged() -> None:
    issue = parse_issue("schema_version: 1\nsections: {special_focus: {items: "
                        "[{headline: 节能（等价值）1,000方, paragraphs: [正文]}]}}\n")
    assert "一、特别关注 › 第1条 › 标题" not in {f.place_in(TITLES) for f in validate(issue)}


def test_wording_placeholders(sample_issue) -> None:
    project = sample_issue.sections.xingcheng_action.projects[0]
    project.wording = "采用{技术}，年发电{年发电量}，{不存在}。"
    place = "三、兴城双碳行动 › 项目1 › 表述"
    # Both problems are reported, each exactly; the project has no 年发电量 (annual_generation).
    assert "annual_generation" not in project.metrics
    assert [f.message for f in validate(sample_issue) if f.place_in(TITLES) == place] == [
        "表述中的占位符“{不存在}”不认识；可用：{技术}、{设施}、{日处理能力}、{装机容量}、{年发电量}、"
        "{年节能量}、{二氧化碳减排}、{总投资}",
        "表述用到了{年发电量}，但没有填写年发电量",
    ]


def test_issue_number_against_previous(sample_issue) -> None:
    previous = load_issue(SAMPLE)
    previous.masthead.number = 10
    errors = {f.place_in(TITLES): f.message for f in validate(sample_issue, previous=previous)}
    assert "小于上一期" in errors["报头 › 期号"]


def _bulletin(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "editor_app.cli", *args],
                          capture_output=True, text=True, timeout=60)


def test_cli_validate_sample_exits_0() -> None:
    result = _bulletin("validate", str(SAMPLE))
    assert result.returncode == 0, result.stdout + result.stderr


def test_cli_validate_broken_copy_names_each_place(tmp_path: Path) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    text = text.replace("value: '1.7'", "value: '-1.7'", 1)  # negative energy saving
    text = text.replace("value: '2.4'", "value: '8.8'", 1)  # CO2 / tce = 10
    text = text.replace("新鲜出炉", "新鮮出爐(lú)", 1)  # pinyin artefact
    text = text.replace("date: 2023-09-25", "date: 2023-09-31", 1)
    broken = tmp_path / "broken.yaml"
    broken.write_text(text, encoding="utf-8")
    result = _bulletin("validate", str(broken))
    assert result.returncode == 1
    out = result.stdout
    assert f"{broken}:三、兴城双碳行动 › 项目1 › 年节能量 › 数值: 错误:" in out
    assert f"{broken}:三、兴城双碳行动 › 项目2 › 二氧化碳减排: 警告:" in out and "约为预期的3.61倍" in out
    assert f"{broken}:二、省内双碳信息 › 第1条 › 标题: 错误:" in out and "爐(lú)" in out
    assert f"{broken}:报头 › 出刊日期: 错误:" in out and "2023-09-31" in out


def test_cli_unreadable_files_exit_2(tmp_path: Path) -> None:
    cases = {
        "tag.yaml": "schema_version: 1\nx: !!python/object/apply:os.system ['true']\n",
        "malformed.yaml": "schema_version: 1\nmasthead: {year: [\n",
        "newer.yaml": "schema_version: 2\n",
    }
    for name, text in cases.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        result = _bulletin("validate", str(path))
        assert result.returncode == 2, name
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(str(path)), result.stderr
        assert "Traceback" not in result.stderr


def test_cli_new_from_template(tmp_path: Path) -> None:
    target = tmp_path / "new.yaml"
    assert _bulletin("new", "--template", "bulletin-2023-09-25", "-o", str(target)).returncode == 0
    assert load_issue(target) == load_issue(SAMPLE)
    again = _bulletin("new", "-o", str(target))
    assert again.returncode == 2 and "已存在" in again.stderr
    assert _bulletin("new", "--template", "nope", "-o", str(tmp_path / "x.yaml")).returncode == 2


def test_cli_help_everywhere() -> None:
    for args in ([], ["validate"], ["new"], ["export"], ["import"]):
        result = _bulletin(*args, "--help")
        assert result.returncode == 0 and "usage" in result.stdout


def test_core_imports_without_qt_or_docx() -> None:
    code = (
        "import sys\n"
        "from editor_app.cli import main\n"
        "import editor_app.layout.blocks, editor_app.issue.issue_file, editor_app.issue.validation\n"
        "assert main(['validate', sys.argv[1]]) == 0\n"
        "assert 'PySide6' not in sys.modules and 'docx' not in sys.modules\n"
    )
    result = subprocess.run([sys.executable, "-c", code, str(SAMPLE)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


# --- the layout profile an issue names -------------------------------------------------------


def test_an_unknown_profile_is_an_error_at_its_place(sample_issue) -> None:
    from editor_app.layout.profile import profile_problem

    sample_issue.profile = "nosuch"
    assert validate(sample_issue) == []  # without a profile check, as before
    first = validate(sample_issue, profile_problem=profile_problem)[0]
    assert (first.severity, first.path, first.place_in(TITLES)) == (Severity.ERROR, ("profile",), "版式")
    assert first.message.startswith("没有名为“nosuch”的版式；已安装的版式：xingcheng；自己的版式请放在 ")


def _issue_with_profile(tmp_path: Path, profile: str) -> Path:
    path = tmp_path / "issue.yaml"
    path.write_text(SAMPLE.read_text(encoding="utf-8").replace("profile: xingcheng", f"profile: {profile}", 1),
                    encoding="utf-8")
    return path


def test_cli_validate_and_export_refuse_an_unknown_profile(tmp_path: Path) -> None:
    issue = _issue_with_profile(tmp_path, "nosuch")
    result = _bulletin("validate", str(issue))
    assert result.returncode == 1
    folder = Path(os.environ["XDG_CONFIG_HOME"]) / "bulletin-editor" / "profiles"
    assert result.stdout == (f"{issue}:版式: 错误: 没有名为“nosuch”的版式；已安装的版式：xingcheng；"
                             f"自己的版式请放在 {folder}\n")
    target = tmp_path / "out.docx"
    result = _bulletin("export", str(issue), "-o", str(target))
    assert result.returncode == 1 and not target.exists()
    assert f"{issue}:版式: 错误: 没有名为“nosuch”的版式" in result.stderr and "Traceback" not in result.stderr
    assert "--force 强制导出" not in result.stderr and "请改正或安装版式" in result.stderr  # --force cannot help
    forced = _bulletin("export", str(issue), "-o", str(target), "--force")
    assert forced.returncode == 2 and not target.exists()
    assert forced.stderr == f"没有名为“nosuch”的版式；已安装的版式：xingcheng；自己的版式请放在 {folder}\n"


def test_cli_validate_and_export_refuse_a_right_to_left_override(tmp_path: Path) -> None:
    """Pasted from a PDF, U+202E printed the paragraph reversed in the reviewer's PDF."""
    issue = tmp_path / "issue.yaml"
    text = SAMPLE.read_text(encoding="utf-8")
    issue.write_text(text.replace("新鲜出炉", "新鲜\u202e出炉", 1), encoding="utf-8")
    result = _bulletin("validate", str(issue))
    assert result.returncode == 1
    assert (f"{issue}:二、省内双碳信息 › 第1条 › 标题: 错误: 含有方向控制字符 U+202E RIGHT-TO-LEFT OVERRIDE"
            in result.stdout), result.stdout
    target = tmp_path / "out.docx"
    refused = _bulletin("export", str(issue), "-o", str(target))
    assert refused.returncode == 1 and not target.exists()
    assert "U+202E RIGHT-TO-LEFT OVERRIDE" in refused.stderr and "Traceback" not in refused.stderr
    assert f"{issue}: 有 1 个错误，未导出；改正后重试，或加 --force 强制导出" in refused.stderr


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_cli_validate_refuses_dev_zero_as_issue_and_as_profile(tmp_path: Path) -> None:
    result = _bulletin("validate", "/dev/zero")
    assert result.returncode == 2
    assert result.stderr.startswith("/dev/zero: 这不是普通文件") and result.stderr.count("\n") == 1
    issue = _issue_with_profile(tmp_path, "/dev/zero")  # an issue names an installed profile, no file
    result = _bulletin("validate", str(issue))
    assert result.returncode == 1 and f"{issue}:版式: 错误: “/dev/zero”不是版式名" in result.stdout


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
def test_cli_validate_refuses_a_fifo_as_issue_and_as_profile(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    result = _bulletin("validate", str(fifo))  # would wait for a writer forever (60 s timeout)
    assert result.returncode == 2 and "不是普通文件" in result.stderr
    issue = _issue_with_profile(tmp_path, str(fifo))  # not read at all: an issue names no file
    result = _bulletin("validate", str(issue))
    assert result.returncode == 1 and "不是版式名" in result.stdout


def test_cli_lists_the_installed_profiles() -> None:
    result = _bulletin("profiles")
    assert result.returncode == 0
    name, title, path = result.stdout.splitlines()[0].split("\t")
    assert (name, title, Path(path).name) == ("xingcheng", "双碳资讯", "xingcheng.yaml")
    assert "用户版式文件夹" in result.stderr


def test_cli_new_with_a_profile(tmp_path: Path) -> None:
    target = tmp_path / "new.yaml"
    refused = _bulletin("new", "--profile", "nosuch", "-o", str(target))
    assert refused.returncode == 2 and not target.exists()
    assert refused.stderr.count("\n") == 1 and "已安装的版式：xingcheng" in refused.stderr
    assert _bulletin("new", "--profile", "xingcheng", "-o", str(target)).returncode == 0
    assert load_issue(target).profile == "xingcheng"


def test_issue_number_gap_against_previous(sample_issue) -> None:
    """``--previous`` flags a jump from 10 to 13, naming the missing numbers."""
    previous = load_issue(SAMPLE)
    previous.masthead.number, sample_issue.masthead.number = 10, 13
    found = [f for f in validate(sample_issue, previous=previous) if f.path == ("masthead", "number")]
    assert [f.message for f in found] == ["期号从上一期的 10 跳到 13，缺第11–12期；请核对期号"]


def test_issue_numbers_longer_than_the_form_takes_are_errors(sample_issue) -> None:
    """A 30-digit 期号 passed validation and printed whole, where the editor takes 4 digits."""
    sample_issue.masthead.number = 10**29
    sample_issue.masthead.total_number = 100_000
    found = {f.path: f.message for f in validate(sample_issue) if f.path[0] == "masthead"}
    assert found[("masthead", "number")] == f"期号 {10**29} 过大，最多 4 位"
    assert found[("masthead", "total_number")] == "总期号 100000 过大，最多 5 位"
    sample_issue.masthead.number, sample_issue.masthead.total_number = 9999, 99999
    assert not [f for f in validate(sample_issue) if f.path[0] == "masthead"]
