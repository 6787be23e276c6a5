"""Every text the core makes for the editor (finding messages, place names) is translated."""

from __future__ import annotations

import importlib.util
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from editor_app.issue.validation import validate
from editor_app.paths import resources_dir

TOOLS = Path(__file__).resolve().parents[2] / "tools"
_spec = importlib.util.spec_from_file_location("core_texts", TOOLS / "core_texts.py")
assert _spec is not None and _spec.loader is not None
core_texts = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(core_texts)


def finished(language: str) -> dict[tuple[str, str], str]:
    """The finished translations of a catalogue, by context and source."""
    root = ET.parse(resources_dir() / "translations" / f"editor_{language}.ts").getroot()
    found = {}
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None and translation.text:
                found[(context.findtext("name") or "", message.findtext("source") or "")] = translation.text
    return found


def fields(template: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}


def test_every_finding_template_is_a_literal() -> None:
    templates, refused = core_texts.finding_templates()
    assert refused == [], "write each finding's template as a string literal, its values as arguments"
    assert len(templates) > 40 and "请填写年份" in templates and "请填写数值" in templates


def test_an_f_string_template_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    module = tmp_path / "checks.py"
    module.write_text('def check(n):\n    yield error_at(("masthead",), f"期号 {n} 不对")\n', encoding="utf-8")
    monkeypatch.setattr(core_texts, "ROOT", tmp_path)  # the file is named relative to it
    assert core_texts.templates_in(module) == (set(), ["checks.py:2"])


@pytest.mark.parametrize("language", ["en", "zh_TW"])
def test_every_core_text_has_a_translation_with_the_same_fields(language: str) -> None:
    translations = finished(language)
    for context, texts in core_texts.core_texts().items():
        missing = [text for text in texts if (context, text) not in translations]
        assert missing == [], f"{language}: run tools/update_translations.py and translate"
        for text in texts:
            assert fields(translations[(context, text)]) == fields(text), text


def test_findings_made_from_a_real_issue_use_collected_templates(sample_issue) -> None:
    sample_issue.masthead.year = 1999
    sample_issue.masthead.number = None
    templates = set(core_texts.core_texts()["Findings"])
    findings = validate(sample_issue)
    assert findings and {f.template for f in findings} <= templates
    assert "年份 1999 不合理，请填写四位年份，如 2023" in [f.message for f in findings]


def test_a_carbon_warning_reads_in_english_but_for_its_data() -> None:
    from editor_app.issue.factors import carbon_factors
    from editor_app.issue.findings import fill
    from editor_app.issue.model import Issue, MetricValue, Project

    issue = Issue()
    issue.sections.xingcheng_action.projects.append(Project(
        company="某公司", name="屋顶光伏项目", carbon_basis="可再生能源发电",
        metrics={"annual_generation": MetricValue(value="260", unit="万千瓦时"),
                 "co2_reduction": MetricValue(value="360", unit="吨")}))
    (warning,) = [f for f in validate(issue, carbon=carbon_factors("carbon-factors", "grid-national-2022"))
                  if f.check]
    english = finished("en")
    shown = fill(warning.template, dict(warning.arguments), lambda text: english[("Findings", text)])
    assert shown == (
        "CO2 reduction is 360吨; annual generation × 全国电力平均二氧化碳排放因子（2022年）0.5366 kgCO2/kWh"
        "（生态环境部、国家统计局《关于发布2022年电力二氧化碳排放因子的公告》） gives about 1395吨; about 0.258 times "
        "the expected figure; it looks like carbon (C) instead of carbon dioxide (CO2 = C × 44/12); please check; "
        "factors not verified against the published text: 全国电力平均二氧化碳排放因子（2022年）")
