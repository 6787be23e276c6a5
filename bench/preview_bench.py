"""Preview update figures: model change → pages updated, GUI stalls, peak memory.

Run: QT_QPA_PLATFORM=offscreen python bench/preview_bench.py
Peer in the same run: Qt's own QTextDocument laying out the same text on A4 pages.
"""

from __future__ import annotations

import os
import resource
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from editor_app.gui import resume_collection
from editor_app.gui.preview_pane import PreviewPane
from editor_app.issue.issue_file import load_issue
from editor_app.issue.model import Issue, Item
from editor_app.issue.sections import NEWS_KEYS, news_section
from editor_app.layout.blocks import issue_blocks
from editor_app.layout.profile import load_profile

SAMPLE = Path(__file__).resolve().parent.parent / "issue_templates" / "bulletin-2023-09-25.yaml"
EDITS = 200

resume_collection()  # paused by importing the editor until its window is up; there is none here


def big_issue(pages: int) -> Issue:
    issue = load_issue(SAMPLE)
    per_page = 2.5  # items of ~9 lines: about two and a half fill a page
    news_section(issue, NEWS_KEYS[1]).items += [  # the second news section
        Item(headline=f"第{n}条：绿色低碳转型持续推进。",
             paragraphs=["全省各地加快推进能源结构调整，光伏和风电项目陆续投产。" * 7])
        for n in range(round(pages * per_page))
    ]
    return issue


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def measure(name: str, issue: Issue) -> None:
    pane = PreviewPane(lambda: issue)
    pane.resize(800, 1000)
    first = pane.refresh()
    assert first is not None, "the bundled profile lays out"
    item = news_section(issue, NEWS_KEYS[0]).items[0]
    times = []
    for n in range(EDITS):
        item.headline = item.headline[:-1] + "。" if n % 2 else item.headline + "字"
        start = time.perf_counter()
        pane.refresh()  # what the debounce timer runs on the GUI thread
        pane.view.repaint()
        times.append((time.perf_counter() - start) * 1000)
    text = "\n".join(b.text for b in issue_blocks(issue, load_profile(), strict=False))
    peer = []
    for _ in range(20):
        start = time.perf_counter()
        document = QTextDocument(text)
        document.setPageSize(QSizeF(595, 842))
        document.pageCount()
        peer.append((time.perf_counter() - start) * 1000)
    print(f"{name}: {len(first.pages)} pages; update median {statistics.median(times):.1f} ms, "
          f"p95 {percentile(times, 0.95):.1f} ms, longest GUI stall {max(times):.1f} ms; "
          f"peer QTextDocument layout median {statistics.median(peer):.1f} ms")


def main() -> int:
    app = QApplication(sys.argv)
    measure("sample", load_issue(SAMPLE))
    measure("100-page issue", big_issue(100))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory {peak:.0f} MB")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
