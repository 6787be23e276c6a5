"""Window shortcuts typed while the cursor is in a field, on X11, whose line edits take
emacs-style keys (Ctrl+E goes to the line's end there): the window's action must win."""

from __future__ import annotations

from pathlib import Path

from editor_app.issue.issue_file import load_issue

from .test_outline import NEWS, save
from .xsession import x_session


def test_ctrl_d_in_a_headline_field_duplicates_the_item(sample_path: Path, tmp_path: Path) -> None:
    news = [item.headline for item in load_issue(sample_path).sections.provincial_news.items]
    with x_session(sample_path, tmp_path) as session:
        session.xdotool("mousemove", *session.node_at(*NEWS, 0))
        session.xdotool("click", 1)
        session.key("ctrl+2", "End", "ctrl+d")  # the cursor at the headline's end, then 复制条目
        save(session, sample_path)
    saved = [item.headline for item in load_issue(sample_path).sections.provincial_news.items]
    assert saved == [news[0], news[0], *news[1:]]


def test_ctrl_e_in_a_headline_field_opens_the_export(sample_path: Path, tmp_path: Path) -> None:
    with x_session(sample_path, tmp_path) as session:
        session.xdotool("mousemove", *session.node_at(*NEWS, 0))
        session.xdotool("click", 1)
        session.key("ctrl+2", "Home", "ctrl+e")  # not the field's own "go to the line's end"
        assert session.xdotool("search", "--sync", "--onlyvisible", "--name", "导出 Word")
