"""Proposed edits applied to an issue, and a review's comments kept in the issue file."""

from __future__ import annotations

import copy
from collections.abc import Iterable
from typing import Any

from ..issue.model import Issue, ReviewNote
from ..issue.places import Place, dotted
from .mapping import Anchored, Edit


def set_at(issue: Issue, place: Place, value: Any) -> None:
    """Set the field at ``place``; a metric set to None is removed."""
    parent: Any = issue
    for step in place[:-1]:
        parent = parent[step] if isinstance(step, int) or isinstance(parent, dict) else getattr(parent, step)
    last = place[-1]
    if isinstance(parent, dict):
        if value is None:
            parent.pop(last, None)
        else:
            parent[last] = copy.deepcopy(value)
    elif isinstance(last, int):
        parent[last] = value
    else:
        setattr(parent, last, copy.deepcopy(value))


def apply_edits(issue: Issue, edits: Iterable[Edit]) -> Issue:
    """A copy of ``issue`` with the edits' new values."""
    changed = copy.deepcopy(issue)
    removals = []
    for edit in edits:
        if edit.removes:
            removals.append(edit.place)
        else:
            set_at(changed, edit.place, edit.new)
    for place in sorted(removals, key=lambda p: p[-1], reverse=True):  # later entries first
        entries = getattr(getattr(changed, place[0]), place[1])
        getattr(entries, str(place[2])).pop(place[3])
    return changed


def note_of(anchored: Anchored) -> ReviewNote:
    comment = anchored.comment
    return ReviewNote(place=dotted(anchored.place) if anchored.place else "", author=comment.author,
                      date=comment.date, text=comment.text, anchor=anchored.span,
                      resolved=comment.resolved)


def keep_comments(issue: Issue, comments: Iterable[Anchored]) -> int:
    """Add the comments to the issue's review notes (a comment already kept updates its
    resolved flag); returns how many are new."""
    added = 0
    for anchored in comments:
        note = note_of(anchored)
        same = next((n for n in issue.review if (n.place, n.author, n.date, n.text)
                     == (note.place, note.author, note.date, note.text)), None)
        if same is None:
            issue.review.append(note)
            added += 1
        else:
            same.resolved = same.resolved or note.resolved
    return added
