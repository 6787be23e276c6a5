"""Recognising the project sentences of section 三 and their metrics."""

from __future__ import annotations

import re

from ..issue.carbon import FUEL, POWER, RENEWABLE
from ..issue.metrics import BY_KEY
from ..issue.model import MetricValue, Project
from ..issue.projects import default_wording
from .normalise import Normalised

_NUM = r"(\d[\d,，.]*)"
_LEAD = re.compile(r"^(?P<company>.+?(?:有限责任公司|有限公司|股份公司|公司))(?P<name>[^，。；]*?项目)(?P<rest>.*)$")
# metric key -> pattern: group 1 the number, ``unit`` as printed, ``basis`` (energy only)
_METRICS: dict[str, re.Pattern[str]] = {
    "daily_capacity": re.compile(rf"日处理(?:能力)?{_NUM}(?P<unit>方|吨)"),
    "installed_capacity": re.compile(rf"{_NUM}(?P<unit>千瓦|兆瓦)(?!时)"),
    "annual_generation": re.compile(rf"{_NUM}(?P<unit>万千瓦时|亿千瓦时|千瓦时)"),
    "energy_saving": re.compile(rf"{_NUM}(?P<unit>万吨标准煤|吨标准煤)(?:（(?P<basis>等价值|当量值)）)?"),
    "co2_reduction": re.compile(rf"二氧化碳(?:排放)?(?:减排量?)?(?:达|约)?{_NUM}(?P<unit>万吨|吨)(?!标准煤)"),
    "investment": re.compile(rf"{_NUM}(?P<unit>万元|亿元)"),
}
_UNITS = {"方": "方/日", "吨": "吨/日"}
# The carbon basis the wording suggests, first match wins (the editor confirms it in the form):
# a PV sentence also names the 标准煤 it saves, an electricity-saving one the 标准煤 it amounts to.
_BASES = (
    (RENEWABLE, re.compile(r"发电|光伏|风电|水电")),
    (POWER, re.compile(r"节电|节约电量|节约电力|节约用电")),
    (FUEL, re.compile(r"标准煤|天然气|燃料|燃煤|燃气|沼气")),
)
_TECHNOLOGY = re.compile(r"采用(?P<text>[^，。]+?)，")
# 建设[日处理1000方的]粪水处理设施: the facility is what the 建设 clause ends with.
_FACILITY = re.compile(r"建设(?:[^，。]*的)?(?P<text>[^，。的]+)")


def proposed_basis(sentence: str) -> str | None:
    """The carbon basis (``issue.carbon.BASES``) the words of a project sentence suggest."""
    return next((basis for basis, words in _BASES if words.search(sentence)), None)


def parse_project(sentence: Normalised | str) -> Project | None:
    """A Project when ``sentence`` reads like one (company, 项目, at least one metric).

    The sentence is read in its normalised text; the company, name, technology, facility and
    wording are cut from its kept text. Metric values and units are the normalised ones."""
    if isinstance(sentence, str):
        sentence = Normalised.same(sentence)
    lead = _LEAD.match(sentence.text)
    if not lead:
        return None
    rest = sentence.part(lead.start("rest"), lead.end("rest"))
    project = Project(company=sentence.kept_span(*lead.span("company")),
                      name=sentence.kept_span(*lead.span("name")))
    spans: list[tuple[int, int, str]] = []
    for key, pattern in _METRICS.items():
        match = pattern.search(rest.text)
        if not match:
            continue
        unit = match["unit"]
        if key == "daily_capacity":
            unit = _UNITS[unit]
        project.metrics[key] = MetricValue(
            value=match.group(1).replace("，", ","), unit=unit, basis=match.groupdict().get("basis")
        )
        start = match.start(1) - len(BY_KEY[key].prefix) if key == "daily_capacity" else match.start(1)
        spans.append((start, match.end(), BY_KEY[key].placeholder))
    if not project.metrics:
        return None
    project.carbon_basis = proposed_basis(sentence.text)
    for pattern, field, placeholder in ((_TECHNOLOGY, "technology", "{技术}"), (_FACILITY, "facility", "{设施}")):
        match = pattern.search(rest.text)
        if match and not any(s <= match.start("text") < e for s, e, _ in spans):
            setattr(project, field, rest.kept_span(*match.span("text")))
            spans.append((match.start("text"), match.end("text"), placeholder))
    pieces: list[str] = []  # the kept text with placeholders for the spans, built from the end
    end = len(rest.text)
    for start, stop, placeholder in sorted(spans, reverse=True):
        pieces[:0] = [placeholder, rest.kept_span(stop, end)]
        end = start
    wording = rest.kept_span(0, end) + "".join(pieces)
    # Keep the wording only when it differs from what the bulletin would print by default.
    project.wording = "" if wording == default_wording(project) else wording
    return project
