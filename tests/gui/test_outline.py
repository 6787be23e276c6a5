"""The outline under a real mouse: entries are dragged within their section (in a real X
session, as Qt's drag loop needs one)."""

from __future__ import annotations

import time
from pathlib import Path

from editor_app.issue.issue_file import load_issue

from .xsession import XSession, x_session

NEWS = ("sections", "provincial_news", "items")
PROJECTS = ("sections", "xingcheng_action", "projects")
FOCUS = ("sections", "special_focus", "items")


def headlines(path: Path) -> tuple[list[str], list[str], list[str]]:
    """The headlines of 一 and 二 and the company of each project of 三, as saved."""
    sections = load_issue(path).sections
    return ([item.headline for item in sections.special_focus.items],
            [item.headline for item in sections.provincial_news.items],
            [project.company + project.name for project in sections.xingcheng_action.projects])


def save(session: XSession, path: Path) -> None:
    """Ctrl+S, waiting until the file is written."""
    before = path.stat().st_mtime_ns
    session.key("ctrl+s")
    deadline = time.monotonic() + 10
    while path.stat().st_mtime_ns == before and time.monotonic() < deadline:
        time.sleep(0.1)
    assert path.stat().st_mtime_ns != before, "Ctrl+S did not save"


def above(point: tuple[int, int]) -> tuple[int, int]:
    """Just inside the top edge of the row centred at ``point``: drops above it."""
    return point[0], point[1] - 6


def below(point: tuple[int, int]) -> tuple[int, int]:
    return point[0], point[1] + 6


def test_dragging_moves_entries_within_their_section(sample_path: Path, tmp_path: Path) -> None:
    focus, news, projects = headlines(sample_path)
    assert len(news) == 2 and len(projects) == 2
    with x_session(sample_path, tmp_path) as session:
        # Onto another section's entry: refused (sections differ in kind and meaning).
        session.drag(session.node_at(*NEWS, 0), above(session.node_at(*FOCUS, 0)))
        session.drag(session.node_at(*NEWS, 1), above(session.node_at(*NEWS, 0)))
        session.drag(session.node_at(*PROJECTS, 0), below(session.node_at(*PROJECTS, 1)))
        save(session, sample_path)
        assert headlines(sample_path) == (focus, news[::-1], projects[::-1])

        session.key("ctrl+z")  # each drag is one undo step: the projects' only
        save(session, sample_path)
        assert headlines(sample_path) == (focus, news[::-1], projects)
