"""The printed sentence of a section-three project, built from its validated metrics.

This is the one place where metric values become text: the form's sentence and the page
blocks of the preview and the Word export (``layout.blocks``) all come from
``project_sentence``, which prints each metric with ``metric_text``.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .metrics import BY_KEY, BY_LABEL, Metric
from .model import MetricValue, Project
from .numbers import NumberError, parse_number, printed_number

PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
TEXT_PLACEHOLDERS = {"技术": "technology", "设施": "facility"}


class MetricError(ValueError):
    """A metric that cannot be printed; the message says what to fix."""


def metric_value(metric: Metric, entry: MetricValue) -> Decimal:
    """The exact value of a metric entry; MetricError when it cannot be read."""
    if metric.unit(entry.unit) is None:
        allowed = "、".join(u.name for u in metric.units)
        raise MetricError(f"{metric.label}的单位“{entry.unit}”不可用，请选择：{allowed}")
    try:
        return parse_number(entry.value)
    except NumberError as exc:
        raise MetricError(f"{metric.label}：{exc}") from exc


def metric_text(key: str, entry: MetricValue) -> str:
    """``日处理1000方``, ``1.7万吨标准煤（等价值）``, ``4.6万吨``: the number as the editor wrote
    it (``printed_number``), so that ``5.0`` prints as ``5.0``, as the warnings quote it."""
    metric = BY_KEY[key]
    metric_value(metric, entry)  # MetricError when it cannot be read
    unit = metric.unit(entry.unit)
    assert unit is not None  # checked by metric_value
    basis = f"（{entry.basis}）" if entry.basis else ""
    return f"{metric.prefix}{printed_number(entry.value)}{unit.printed}{basis}"


def default_wording(project: Project) -> str:
    """The usual sentence shape of the bulletin, for the fields the project has."""
    has = {key for key in project.metrics if key in BY_KEY}
    clauses: list[str] = []
    if project.technology:
        clauses.append("采用{技术}")
    if project.facility or "daily_capacity" in has or "installed_capacity" in has:
        built = "建设"
        if "daily_capacity" in has:
            built += "{日处理能力}的"
        elif "installed_capacity" in has:
            built += "装机{装机容量}的"
        clauses.append(built + ("{设施}" if project.facility else "设施"))
    if "daily_capacity" in has and "installed_capacity" in has:
        clauses.append("装机容量{装机容量}")
    if "investment" in has:
        clauses.append("总投资{总投资}")
    results = []
    if "annual_generation" in has:
        results.append("年发电量{年发电量}")
    if "energy_saving" in has:
        results.append("年节能量达{年节能量}")
    if "co2_reduction" in has:
        results.append("减少二氧化碳排放{二氧化碳减排}")
    if results:
        clauses.append("项目建成后")
        clauses.extend(results)
    return "，".join(clauses) + "。" if clauses else ""


def wording_of(project: Project) -> str:
    return project.wording or default_wording(project)


def unknown_placeholders(wording: str) -> list[str]:
    return [
        name for name in PLACEHOLDER.findall(wording)
        if name not in TEXT_PLACEHOLDERS and name not in BY_LABEL
    ]


def project_sentence(project: Project, *, strict: bool = True) -> tuple[str, str]:
    """(bold lead, rest): ``内江…公司`` + ``…项目``, then the wording with values filled in.

    With ``strict`` a metric that cannot be printed raises MetricError; otherwise it shows
    as 【年节能量？】 so that the preview of an unfinished form still draws.
    """

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in TEXT_PLACEHOLDERS:
            return getattr(project, TEXT_PLACEHOLDERS[name])
        metric = BY_LABEL.get(name)
        if metric is None:
            if strict:
                raise MetricError(f"表述中的占位符“{{{name}}}”不认识")
            return match.group(0)
        entry = project.metrics.get(metric.key)
        try:
            if entry is None:
                raise MetricError(f"表述用到了{{{name}}}，但没有填写{name}")
            return metric_text(metric.key, entry)
        except MetricError:
            if strict:
                raise
            return f"【{name}？】"

    return project.company + project.name, PLACEHOLDER.sub(fill, wording_of(project))
