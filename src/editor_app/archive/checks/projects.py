"""The same project (company + name) reported with other figures than in an earlier issue,
with no note saying why.

A note is one of ``NOTE_WORDS`` in the later report's wording (``更正`` …): figures that
changed on purpose say so in print.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal
from pathlib import Path

from ...issue.findings import Finding, Severity
from ...issue.metrics import BY_KEY
from ...issue.model import Project
from ...issue.projects import MetricError, metric_value
from ...issue.sections import ACTION, action_section
from ..listing import Entry
from .base import FileFinding

NOTE_WORDS = ("更正", "修正", "调整", "更新")


def _figures(project: Project) -> dict[str, tuple[Decimal, str]]:
    """Each metric's value in its base unit, with the figure as printed, where readable."""
    figures = {}
    for key, entry in project.metrics.items():
        metric, unit = BY_KEY.get(key), None
        if metric is not None:
            unit = metric.unit(entry.unit)
        if metric is None or unit is None:
            continue
        try:
            figures[key] = (metric_value(metric, entry) * unit.to_base, f"{entry.value.strip()}{entry.unit}")
        except MetricError:
            continue
    return figures


def check_projects(entries: Sequence[Entry]) -> Iterator[FileFinding]:
    """A warning at each figure that differs from the project's earlier report."""
    seen: dict[tuple[str, str], tuple[Entry, dict[str, tuple[Decimal, str]]]] = {}
    for entry in entries:
        assert entry.issue is not None
        for i, project in enumerate(action_section(entry.issue).projects):
            key = (project.company.strip(), project.name.strip())
            if not all(key):
                continue
            figures = _figures(project)
            earlier = seen.get(key)
            noted = any(word in project.wording for word in NOTE_WORDS)
            if earlier is not None and not noted:
                yield from _differences(entry.path, (*ACTION.entries_place, i), figures, earlier)
            seen[key] = (entry, figures)


def _differences(path: Path, base: tuple, figures: dict[str, tuple[Decimal, str]],
                 earlier: tuple[Entry, dict[str, tuple[Decimal, str]]]) -> Iterator[FileFinding]:
    before, old = earlier
    for key, (value, shown) in figures.items():
        if key in old and old[key][0] != value:
            message = (f"{BY_KEY[key].label}为 {shown}，而{before.label}（{before.path.name}）中同一项目为 "
                       f"{old[key][1]}；如为更正，请在表述中注明“更正”，否则请核对")
            yield FileFinding(path, Finding(Severity.WARNING, (*base, "metrics", key, "value"), message))
