"""Archive search figures: the SQLite FTS5 trigram index against ``grep -r`` over the same
files, on generated archives of 120 and 1,200 issues (``tests/issues.py``'s series).

Run: python bench/archive_bench.py [--sizes 120 1200]

Per size: building the index from nothing, an update when nothing changed (a stat of every
file), an update after one file is edited, the archive's list (every file read and
validated), and queries — a 5-character word (trigram ``MATCH``), a 2-character word
(``LIKE`` on the indexed text), a Traditional form, two words — each as a query on an index
already open and up to date, as ``search_archive`` (open, update, query: what
``bulletin archive search`` does in-process), and as ``grep -rl`` (a process) over the files.
grep finds no Simplified text for a Traditional query, nor two words in one field. Best of
five for each query, in ms.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from export_bench import best_of

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # tests/issues.py: the generated series

from tests.issues import write_archive  # noqa: E402

from editor_app.archive.index import ArchiveIndex  # noqa: E402
from editor_app.archive.listing import list_archive  # noqa: E402
from editor_app.archive.search import search, search_archive  # noqa: E402
from editor_app.issue.issue_file import load_issue, save_issue  # noqa: E402

QUERIES = {"5 characters": "项目编号0007", "2 characters": "碳汇", "Traditional": "風電動態", "two words": "光伏 进展"}


def once(work) -> float:
    start = time.perf_counter()
    work()
    return (time.perf_counter() - start) * 1000


def run(size: int, base: Path) -> None:
    folder = base / f"archive-{size}"
    write_archive(folder, size)
    os.environ["XDG_CACHE_HOME"] = str(base / f"cache-{size}")
    index = ArchiveIndex(folder)
    build = once(index.update)
    unchanged = best_of(5, index.update)
    path = folder / "issue-0007.yaml"
    issue = load_issue(path)
    issue.sections.special_focus.items[0].headline += "（修订）"
    save_issue(issue, path, keep_backup=False)
    edited = once(index.update)
    listing = once(lambda: list_archive(folder))
    size_kb = index.path.stat().st_size / 1024
    files_kb = sum(p.stat().st_size for p in folder.iterdir()) / 1024
    print(f"\n{size} issues ({files_kb:.0f} KB of files, index {size_kb:.0f} KB): build {build:.0f} ms, "
          f"update unchanged {unchanged:.1f} ms, update after one edit {edited:.1f} ms, list {listing:.0f} ms")
    print("| query | hits | index open | search_archive | grep -rl | grep files |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name, query in QUERIES.items():
        hits = search(index, query, limit=100_000)
        open_ms = best_of(5, lambda q=query: search(index, q, limit=100_000))
        whole = best_of(5, lambda q=query: search_archive(folder, q, limit=100_000))
        grep = ["grep", "-rl", "--include=*.yaml", *(a for w in query.split()[:1] for a in ("-e", w)), str(folder)]
        grep_ms = best_of(5, lambda g=grep: subprocess.run(g, capture_output=True, check=False))
        found = subprocess.run(grep, capture_output=True, text=True, check=False).stdout.split()
        print(f"| {name} `{query}` | {len(hits)} fields in {len({h.path for h in hits})} files | "
              f"{open_ms:.1f} ms | {whole:.1f} ms | {grep_ms:.1f} ms | {len(found)} |")
    index.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[120, 1200])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as base:
        for size in args.sizes:
            run(size, Path(base))


if __name__ == "__main__":
    main()
