"""What is printed: the issue line never shows an empty slot."""

from __future__ import annotations

from editor_app.issue.issue_file import load_issue
from editor_app.layout.blocks import MISSING_NUMBER, issue_line
from editor_app.layout.profile import load_profile

from ..conftest import SAMPLE


def test_issue_line_marks_a_missing_year_and_number() -> None:
    issue = load_issue(SAMPLE)
    issue.masthead.year = issue.masthead.number = None
    assert issue_line(issue, load_profile()) == f"{MISSING_NUMBER}年第{MISSING_NUMBER}期"
