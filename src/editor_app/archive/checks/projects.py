"""The same project (company + name) reported with other figures than in an earlier issue,
with no note saying why.

A note is one of ``NOTE_WORDS`` in the later report's wording (``更正`` …): figures that
changed on purpose say so in print.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal
from pathlib import Path

from ...issue.findings import warning_at
from ...issue.metrics import BY_KEY
from ...issue.model import Project
from ...issue.projects import MetricError, metric_value
from ...issue.sections import ACTION, action_section
from ..listing import Entry
from .base import FileFinding

NOTE_WORDS = ("更正", "修正", "调整", "更新")


Figures = dict[str, tuple[Decimal, str]]  # metric key: value in the base unit, figure as printed


def _figures(project: Project) -> Figures:
    """Each metric's value in its base unit, with the figure as printed, where readable."""
    figures: Figures = {}
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


class ProjectMemory:
    """Each project's latest report in the issues remembered so far."""

    def __init__(self) -> None:
        self.seen: dict[tuple[str, str], tuple[Entry, Figures]] = {}

    def check(self, entry: Entry) -> Iterator[FileFinding]:
        """A warning at each figure of ``entry`` that differs from the project's latest report."""
        assert entry.issue is not None
        for i, project in enumerate(action_section(entry.issue).projects):
            earlier = self.seen.get((project.company.strip(), project.name.strip()))
            if earlier is not None and not any(word in project.wording for word in NOTE_WORDS):
                yield from _differences(entry.path, (*ACTION.entries_place, i), _figures(project), earlier)

    def remember(self, entry: Entry) -> None:
        assert entry.issue is not None
        for project in action_section(entry.issue).projects:
            key = (project.company.strip(), project.name.strip())
            if all(key):
                self.seen[key] = (entry, _figures(project))


def check_projects(entries: Sequence[Entry]) -> Iterator[FileFinding]:
    """A warning at each figure that differs from the project's earlier report."""
    memory = ProjectMemory()
    for entry in entries:
        yield from memory.check(entry)
        memory.remember(entry)


def _differences(path: Path, base: tuple, figures: Figures,
                 earlier: tuple[Entry, Figures]) -> Iterator[FileFinding]:
    before, old = earlier
    for key, (value, shown) in figures.items():
        if key in old and old[key][0] != value:
            yield FileFinding(path, warning_at(
                (*base, "metrics", key, "value"),
                "{metric}为 {value}，而{issue}（{file}）中同一项目为 {earlier}；"
                "如为更正，请在表述中注明“更正”，否则请核对",
                metric=BY_KEY[key].label, value=shown, issue=before.label, file=before.path.name,
                earlier=old[key][1]))
