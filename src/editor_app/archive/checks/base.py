"""What a check across issues reports: a finding in one issue file."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from ...issue.findings import Finding


class FileFinding(NamedTuple):
    """A finding in the issue file ``path``."""

    path: Path
    finding: Finding
