"""Names of the parts of an issue and of finding severities, in the interface language.

The core names places in Chinese for its messages (``issue.places.describe``) and keeps each
finding's message as a Chinese template with arguments; ``finding_place`` and
``finding_message`` put both into the interface language. The outline,
the form headings and the undo texts name the parts with these translatable names. Sections
are named by their titles in the issue's layout profile: content, not interface text.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..issue.findings import fill
from ..issue.metrics import Metric
from ..issue.places import Place
from ..issue.validation import Finding, Severity
from .i18n import QT_TRANSLATE_NOOP, translate

BLOCK_NAMES = {
    "masthead": QT_TRANSLATE_NOOP("Parts", "报头"),
    "closing": QT_TRANSLATE_NOOP("Parts", "结尾"),
    "distribution": QT_TRANSLATE_NOOP("Parts", "版记"),
}
# The core's metric labels (metrics.CATALOGUE), as the forms name them.
METRIC_NAMES = {
    "daily_capacity": QT_TRANSLATE_NOOP("Metrics", "日处理能力"),
    "installed_capacity": QT_TRANSLATE_NOOP("Metrics", "装机容量"),
    "annual_generation": QT_TRANSLATE_NOOP("Metrics", "年发电量"),
    "energy_saving": QT_TRANSLATE_NOOP("Metrics", "年节能量"),
    "co2_reduction": QT_TRANSLATE_NOOP("Metrics", "二氧化碳减排"),
    "investment": QT_TRANSLATE_NOOP("Metrics", "总投资"),
}
SEVERITY_NAMES = {
    Severity.ERROR: QT_TRANSLATE_NOOP("Findings", "错误"),
    Severity.WARNING: QT_TRANSLATE_NOOP("Findings", "警告"),
    Severity.INFO: QT_TRANSLATE_NOOP("Findings", "已确认"),
}


def entry_name(kind: str, index: int) -> str:
    """The name of the ``index``-th entry of an ``items`` or ``projects`` list."""
    if kind == "projects":
        return translate("Parts", "项目{number}").format(number=index + 1)
    return translate("Parts", "第{number}条").format(number=index + 1)


def metric_name(metric: Metric) -> str:
    """The metric's label in the interface language (the core's label for an unlisted one)."""
    return translate("Metrics", METRIC_NAMES.get(metric.key, metric.label))


def part_name(part: Place, section_titles: Mapping[str, str]) -> str:
    """``('sections', key, 'items', 0)`` → ``<section title> › 第1条``, the section named by
    ``section_titles`` (the profile's: ``layout.titles.section_titles``)."""
    if part[0] != "sections":
        return translate("Parts", BLOCK_NAMES[str(part[0])])
    name = section_titles.get(str(part[1]), str(part[1]))
    if len(part) >= 4:
        name += " › " + entry_name(str(part[2]), int(part[3]))
    return name


def severity_name(severity: Severity) -> str:
    return translate("Findings", SEVERITY_NAMES[severity])


# Arguments of a finding that name something the interface translates: the context to look in.
_NAMED_ARGUMENTS = {"metric": "Metrics", "field": "Places"}


def finding_message(finding: Finding) -> str:
    """The finding's message in the interface language: its template looked up in the
    catalogues (context ``Findings``, filled by ``tools/update_translations.py``)."""
    arguments = {name: translate(_NAMED_ARGUMENTS[name], value) if name in _NAMED_ARGUMENTS else value
                 for name, value in finding.arguments}
    return fill(finding.template, arguments, lambda text: translate("Findings", text))


def finding_place(finding: Finding, section_titles: Mapping[str, str]) -> str:
    """The finding's place in the interface language; sections keep the profile's titles."""
    return finding.place_in(section_titles, translate)


def finding_text(finding: Finding) -> str:
    """``错误：message`` in the interface language."""
    return translate("Findings", "{severity}：{message}").format(
        severity=severity_name(finding.severity), message=finding_message(finding))
