"""The largest issue the editor admits: how long it takes to open, against ``bulletin
validate`` on the same file in the same run; and how quickly a larger one is refused.

Run: QT_QPA_PLATFORM=offscreen python bench/huge_issue_bench.py

The issue is the sample with each news section holding as many items as the editor's limits
allow (``gui.document.MAX_ENTRIES`` a list, ``MAX_TOTAL_ENTRIES`` in all). Opening is
File ▸ Open's work until the preview has laid out its pages (outline, form, validation,
preview); the peer is the command line's ``validate`` (reading and validation only).
"""

from __future__ import annotations

import contextlib
import copy
import io
import resource
import tempfile
import time
from pathlib import Path

from export_bench import SAMPLE
from PySide6.QtWidgets import QApplication

from editor_app.cli import main as bulletin
from editor_app.gui.app import setup_application
from editor_app.gui.document import MAX_ENTRIES, MAX_TOTAL_ENTRIES
from editor_app.issue.issue_file import load_issue, save_issue
from editor_app.issue.model import Issue
from editor_app.issue.sections import NEWS_KEYS, action_section, news_section


def entries(node: object) -> int:
    """List entries in all of ``node``, as the editor's limit counts them."""
    if isinstance(node, list):
        return len(node) + sum(entries(value) for value in node)
    if isinstance(node, dict):
        return sum(entries(value) for value in node.values())
    fields = getattr(node, "__struct_fields__", ())
    return sum(entries(getattr(node, name)) for name in fields)


def grow(issue: Issue, entries_list: list) -> None:
    """Copies of the list's own entries appended while the limits allow."""
    originals, total = list(entries_list), entries(issue)
    while len(entries_list) < MAX_ENTRIES:
        entry = copy.deepcopy(originals[len(entries_list) % len(originals)])
        total += 1 + entries(entry)
        if total > MAX_TOTAL_ENTRIES:
            break
        entries_list.append(entry)


def largest(extra: int = 0) -> Issue:
    """The sample grown, list by list, to the limits (``extra`` items past them)."""
    issue = load_issue(SAMPLE)
    for key in NEWS_KEYS:
        grow(issue, news_section(issue, key).items)
    grow(issue, action_section(issue).projects)
    first = news_section(issue, NEWS_KEYS[0])
    first.items.extend(copy.deepcopy(first.items[:extra]))
    return issue


def open_in_editor(app: QApplication, path: Path) -> tuple[float, int]:
    """Seconds until the editor shows ``path`` with its preview laid out, and the pages."""
    from editor_app.gui.main_window import MainWindow

    window = MainWindow()
    window.show()
    app.processEvents()
    pages: list[int] = []
    window.preview.page_count_changed.connect(pages.append)
    start = time.perf_counter()
    assert window.files.open_path(path, ask=False)
    while not pages or pages[-1] == 0:
        app.processEvents()
    seconds = time.perf_counter() - start
    window.doc.undo_stack.setClean()
    window.close()
    return seconds, pages[-1]


def validate(path: Path) -> float:
    start = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        bulletin(["validate", str(path)])
    return time.perf_counter() - start


def main() -> None:
    app = QApplication([])
    setup_application(app)
    folder = Path(tempfile.mkdtemp())
    path, over = folder / "largest.yaml", folder / "over.yaml"
    issue = largest()
    save_issue(issue, path)
    save_issue(largest(extra=MAX_ENTRIES), over)
    items = sum(len(news_section(issue, key).items) for key in NEWS_KEYS)
    projects = len(action_section(issue).projects)
    print(f"largest admitted: {items} items, {projects} projects, {entries(issue)} list entries, "
          f"{path.stat().st_size / 1e6:.1f} MB of YAML")
    seconds, pages = open_in_editor(app, path)
    print(f"editor open until the preview is laid out: {seconds:.2f} s ({pages} pages)")
    print(f"bulletin validate, same file: {validate(path):.2f} s")
    from editor_app.errors import UserFacingError
    from editor_app.gui.document import Document

    start = time.perf_counter()
    try:
        Document().open(over)
    except UserFacingError as exc:
        print(f"refused in {time.perf_counter() - start:.2f} s: {exc.one_line()}")
    print(f"peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
