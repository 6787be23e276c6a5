from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.export.docx.exporter import export_docx
from editor_app.issue.issue_file import save_issue
from editor_app.issue.model import Issue
from editor_app.layout.profile import load_named

from ..conftest import sample_with_distribution


@pytest.fixture
def exported(tmp_path: Path) -> tuple[Issue, Path, Path]:
    """The sample issue (with its 版记) saved and exported: (issue, issue file, Word file)."""
    issue = sample_with_distribution()
    source = tmp_path / "issue.yaml"
    save_issue(issue, source, keep_backup=False)
    output = tmp_path / "issue.docx"
    export_docx(issue, output, load_named(issue.profile))
    return issue, source, output
