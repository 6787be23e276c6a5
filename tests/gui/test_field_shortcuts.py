"""Window shortcuts typed while the cursor is in a field, on X11, whose line edits take
emacs-style keys (Ctrl+E goes to the line's end there): the window's action must win."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.issue.issue_file import load_issue

from ..xsession import Editor, XSession, missing_tools
from .test_outline import NEWS, save

MISSING = missing_tools()
pytestmark = pytest.mark.skipif(bool(MISSING), reason=f"no {', '.join(MISSING)} for an X session")


def test_ctrl_d_in_a_headline_field_duplicates_the_item(sample_path: Path, tmp_path: Path) -> None:
    news = [item.headline for item in load_issue(sample_path).sections.provincial_news.items]
    with XSession(tmp_path) as session:
        ed = Editor.start(session, sample_path)
        ed.select(NEWS, 0)
        session.click(ed.field("标题"))
        session.key("End", "ctrl+d")
        save(session, sample_path)
    saved = [item.headline for item in load_issue(sample_path).sections.provincial_news.items]
    assert saved == [news[0], news[0], *news[1:]]


def test_ctrl_e_in_a_headline_field_opens_the_export(sample_path: Path, tmp_path: Path) -> None:
    with XSession(tmp_path) as session:
        ed = Editor.start(session, sample_path)
        ed.select(NEWS, 0)
        session.click(ed.field("标题"))
        session.key("Home", "ctrl+e")  # not the field's own "go to the line's end"
        session.wait_for(lambda: "导出 Word" in session.window_title() or None,
                         "the export dialog", timeout=10)
