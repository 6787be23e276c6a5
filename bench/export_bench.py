"""Word export figures against pandoc (peer) and a bare zip write (floor), in one run.

Run: python bench/export_bench.py   (pandoc from Debian's package must be on PATH)
"""

from __future__ import annotations

import io
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from editor_app.export.docx.exporter import export_docx
from editor_app.issue.issue_file import load_issue, save_issue
from editor_app.issue.model import Issue, Item
from editor_app.issue.sections import NEWS_KEYS, news_section
from editor_app.layout.blocks import issue_blocks
from editor_app.layout.profile import load_profile

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "issue_templates" / "bulletin-2023-09-25.yaml"
ITEMS_PER_PAGE = 2.5


def generated(pages: int) -> Issue:
    issue = load_issue(SAMPLE)
    news_section(issue, NEWS_KEYS[1]).items = [  # the second news section
        Item(headline=f"第{n}条：绿色低碳转型持续推进。",
             paragraphs=["全省各地加快推进能源结构调整，光伏和风电项目陆续投产。" * 7])
        for n in range(round(pages * ITEMS_PER_PAGE))
    ]
    return issue


def best_of(runs: int, work) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times) * 1000


def markdown(issue: Issue) -> str:
    return "\n\n".join(block.text.replace("\t", " ") for block in issue_blocks(issue, load_profile()))


def zip_floor(docx_bytes: bytes) -> float:
    """Writing the same parts into a zip, nothing else: the least any exporter pays."""
    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as source:
        parts = [(name, source.read(name)) for name in source.namelist()]

    def write() -> None:
        with zipfile.ZipFile(io.BytesIO(), "w", zipfile.ZIP_DEFLATED) as target:
            for name, data in parts:
                target.writestr(name, data)

    return best_of(5, write)


def main() -> int:
    pandoc = shutil.which("pandoc")
    profile = load_profile()
    work = Path(tempfile.mkdtemp())
    print("issue      | ours ms | zip floor ms | ours/floor | pandoc ms | ours/pandoc")
    per_page = []
    cases = [("sample", load_issue(SAMPLE), 4)] + [(f"{n} pages", generated(n), n) for n in (1, 10, 100, 400)]
    for name, issue, pages in cases:
        target = work / "out.docx"
        ours = best_of(3, lambda issue=issue, target=target: export_docx(issue, target, profile, force=True))
        floor = zip_floor(target.read_bytes())
        peer = float("nan")
        if pandoc:
            source = work / "in.md"
            source.write_text(markdown(issue), encoding="utf-8")
            peer = best_of(3, lambda source=source: subprocess.run(
                [pandoc, str(source), "-o", str(work / "peer.docx")], check=True))
        per_page.append(ours / pages)
        print(f"{name:10} | {ours:7.1f} | {floor:12.1f} | {ours / floor:10.1f} | {peer:9.1f} | {ours / peer:11.2f}")
    print(f"cost per page: 10 pages {per_page[2]:.2f} ms, 100 pages {per_page[3]:.2f} ms, "
          f"400 pages {per_page[4]:.2f} ms (linear when these stay close)")

    sources = []
    for n in range(100):
        source = work / f"issue-{n:03}.yaml"
        save_issue(load_issue(SAMPLE), source, keep_backup=False)
        sources.append(str(source))
    out_dir = work / "batch"
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "editor_app.cli", "export", *sources, "--out-dir", str(out_dir)],
                   check=True, stdout=subprocess.DEVNULL)
    batch = time.perf_counter() - start
    line = f"batch: 100 issues in one bulletin call {batch:.2f} s"
    if pandoc:
        source = work / "in.md"
        source.write_text(markdown(load_issue(SAMPLE)), encoding="utf-8")
        start = time.perf_counter()
        for n in range(100):
            subprocess.run([pandoc, str(source), "-o", str(work / f"p{n}.docx")], check=True)
        runs = time.perf_counter() - start
        line += f"; 100 pandoc runs {runs:.2f} s; ratio {batch / runs:.2f}"
    print(line)

    for command in (["validate", str(SAMPLE)], ["export", str(SAMPLE), "-o", str(work / "cli.docx")]):
        times = []
        for _ in range(5):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "editor_app.cli", *command], stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
            times.append(time.perf_counter() - start)
        print(f"whole process `bulletin {command[0]}` on the sample: median {statistics.median(times) * 1000:.0f} ms")
    shutil.rmtree(work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
