"""The names and folders the file dialogs propose: from the issue, in the last folder used.

``双碳资讯-2023年第10期.yaml``: the profile's masthead title, the year and the number, each
left out when empty; characters Windows does not allow in file names are dropped.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..issue.model import Issue
from ..layout.profile import ProfileError, load_named
from . import settings

# Not allowed in Windows file names (nor "/" anywhere); control characters neither.
_ILLEGAL = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_FALLBACK = "期刊"  # an issue without title, year and number; content, like the title


def issue_stem(issue: Issue) -> str:
    """``双碳资讯-2023年第10期``, from the masthead (title of the issue's layout profile)."""
    try:
        title = load_named(issue.profile).title
    except ProfileError:
        title = ""
    m = issue.masthead
    when = (f"{m.year}年" if m.year else "") + (f"第{m.number}期" if m.number else "")
    title = _ILLEGAL.sub("", title).strip(" .")  # Windows drops a name's trailing dots and spaces
    return "-".join(part for part in (title, when) if part) or _FALLBACK


def proposed_path(issue: Issue, kind: str, suffix: str, current: Path | None = None) -> Path:
    """Where a dialog for ``kind`` ("issues" or "exports") proposes to write ``issue``: in
    the last folder used for that kind, else the folder of ``current`` (the issue's file)."""
    folder = settings.last_folder(kind) or (str(current.parent) if current is not None else "")
    if not folder and kind != "issues":
        folder = settings.last_folder("issues")
    return Path(folder or Path.home(), issue_stem(issue) + suffix)
