"""The outline under a real mouse: entries are dragged within their section (in a real X
session, as Qt's drag loop needs one)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from editor_app.issue.issue_file import load_issue

from ..xsession import Editor, XSession, missing_tools

# The outline's rows of these sections' entries (found by their accessible names, AT-SPI).
FOCUS, NEWS, PROJECTS = "一、特别关注", "二、省内双碳信息", "三、兴城双碳行动"
REFUSED = "条目只能在本栏目内拖动"
MISSING = missing_tools()
pytestmark = pytest.mark.skipif(bool(MISSING), reason=f"no {', '.join(MISSING)} for an X session")


def headlines(path: Path) -> tuple[list[str], list[str], list[str]]:
    """The headlines of 一 and 二 and the company of each project of 三, as saved."""
    sections = load_issue(path).sections
    return ([item.headline for item in sections.special_focus.items],
            [item.headline for item in sections.provincial_news.items],
            [project.company + project.name for project in sections.xingcheng_action.projects])


def node(ed: Editor, section: str, index: int) -> tuple[int, int]:
    """The centre of the outline's row of the section's ``index``-th entry."""
    return ed.x.wait_for(lambda: (lambda rows: rows[index].centre if len(rows) > index else None)(
        ed.entries(section)), f"entry {index + 1} of {section} in the outline")


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
    with XSession(tmp_path) as session:
        ed = Editor.start(session, sample_path)
        # Onto another section's entry: refused (sections differ in kind and meaning), and
        # the status bar says why.
        session.drag(node(ed, NEWS, 0), above(node(ed, FOCUS, 0)))
        ed.expect(lambda: any(REFUSED in (w.name + (w.text or "")) for w in session.widgets()
                              if w.role == "status bar"), f"{REFUSED} in the status bar")
        session.drag(node(ed, NEWS, 1), above(node(ed, NEWS, 0)))
        session.drag(node(ed, PROJECTS, 0), below(node(ed, PROJECTS, 1)))
        save(session, sample_path)
        assert headlines(sample_path) == (focus, news[::-1], projects[::-1])

        session.key("ctrl+z")  # each drag is one undo step: the projects' only
        save(session, sample_path)
        assert headlines(sample_path) == (focus, news[::-1], projects)
