"""A reviewed project sentence read back into the project's fields and figures.

Both the sentence as printed now and the reviewer's are re-read with the importer's pattern
(``importing.project_parse``); the fields whose reading differs take the reviewer's value. The
result is kept only if the project then prints exactly the reviewer's sentence.
"""

from __future__ import annotations

import copy
from typing import Any

from ..importing.project_parse import parse_project
from ..issue.model import Project
from ..issue.projects import MetricError, project_sentence

_TEXTS = ("company", "name", "technology", "facility", "wording")
Change = tuple[tuple[str, ...], Any, Any]  # (place within the project, value now, reviewer's)


def project_edits(project: Project, printed: str, reviewed: str) -> tuple[list[Change], str]:
    """The changes turning ``project`` (printed as ``printed``) into the reviewer's sentence;
    or none and the reason it cannot be mapped."""
    before, after = parse_project(printed), parse_project(reviewed)
    if before is None or after is None:
        return [], "改动后的句子不是项目句式，无法对应到项目的各项数值，请手工修改"
    changes: list[Change] = []
    changed = copy.deepcopy(project)
    for name in _TEXTS:
        if getattr(before, name) != getattr(after, name):
            changes.append(((name,), getattr(project, name), getattr(after, name)))
            setattr(changed, name, getattr(after, name))
    for key in dict.fromkeys([*before.metrics, *after.metrics]):
        old, new = before.metrics.get(key), after.metrics.get(key)
        if old != new:
            changes.append((("metrics", key), project.metrics.get(key), new))
            if new is None:
                changed.metrics.pop(key, None)
            else:
                changed.metrics[key] = new
    try:
        printed_after = "".join(project_sentence(changed))
    except MetricError:
        printed_after = None
    if printed_after != reviewed:
        return [], "改动无法准确对应到项目的各项数值，请手工修改"
    return changes, ""
