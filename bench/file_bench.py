"""Issue file figures: reading and writing YAML with libyaml (ours) against PyYAML's
pure-Python code (the peer, and what the editor used before), in one run.

Run: python bench/file_bench.py

Reading is ``parse_issue`` on the file's text (YAML to a checked Issue); writing is
``dump_issue`` (an Issue to YAML text), which is also what autosave does on the GUI thread.
The peer runs the same functions with libyaml switched off. Best of five, in-process.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from export_bench import SAMPLE, best_of, generated

from editor_app.issue.issue_file import dump_issue, load_issue, parse_issue
from editor_app.storage import yaml_io


@contextmanager
def pyyaml_only() -> Iterator[None]:
    saved = yaml_io._FastLoader, yaml_io._FastDumper
    yaml_io._FastLoader = yaml_io._FastDumper = None
    try:
        yield
    finally:
        yaml_io._FastLoader, yaml_io._FastDumper = saved


def timed(work: Callable[[], object]) -> tuple[float, float]:
    """(ours, peer) in ms."""
    ours = best_of(5, work)
    with pyyaml_only():
        peer = best_of(5, work)
    return ours, peer


def main() -> int:
    if yaml_io._FastLoader is None:
        print("PyYAML has no libyaml here: nothing to compare")
        return 1
    print("issue      | size KB | read ms (PyYAML) | ratio | write ms (PyYAML) | ratio")
    for name, issue in (("sample", load_issue(SAMPLE)), *((f"{p} pages", generated(p)) for p in (100, 400))):
        text = dump_issue(issue)
        read, read_peer = timed(functools.partial(parse_issue, text))
        write, write_peer = timed(functools.partial(dump_issue, issue))
        print(f"{name:10} | {len(text.encode()) // 1024:7} | {read:6.1f} ({read_peer:6.1f}) | "
              f"{read / read_peer:5.2f} | {write:6.1f} ({write_peer:6.1f}) | {write / write_peer:5.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
