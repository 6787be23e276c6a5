"""Word export figures against pandoc (peer) and a bare zip write (floor), in one run.

Run: python bench/export_bench.py [--whole-only] [--runs N] [--other CHECKOUT]   (pandoc from
Debian's package must be on PATH). ``--whole-only`` runs only the whole-process comparison;
``--other`` alternates another checkout's export and validate with it (before and after).
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from editor_app.export.docx.exporter import build_document, export_docx
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


def child_env(scratch: Path) -> dict[str, str]:
    """Bytecode cached (in the scratch folder) as in an installed application, even where the
    environment sets PYTHONDONTWRITEBYTECODE; the template cache in the scratch folder."""
    env = dict(os.environ, PYTHONPYCACHEPREFIX=str(scratch / "pycache"), XDG_CACHE_HOME=str(scratch / "cache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def whole_process(work: Path, runs: int, other: Path | None = None) -> None:
    """``bulletin export`` and ``bulletin validate`` of the sample as whole processes against
    pandoc converting the same issue, alternated, so that drift hits all alike; with ``other``
    (another checkout's folder), its export and validate alternated with them too."""
    pandoc = shutil.which("pandoc")
    source = work / "in.md"
    source.write_text(markdown(load_issue(SAMPLE)), encoding="utf-8")
    env = child_env(work)
    # What the installed `bulletin` script runs (python -m would add runpy's imports); a tree
    # from before cli.run (issue 24) as its script ran it, to compare before and after.
    bulletin = [sys.executable, "-c", "import sys; from editor_app import cli; "
                "cli.run() if hasattr(cli, 'run') else sys.exit(cli.main())"]
    commands = {
        "export": [*bulletin, "export", str(SAMPLE), "-o", str(work / "cli.docx"), "--force"],
        "validate": [*bulletin, "validate", str(SAMPLE)],
        "pandoc": [pandoc or "pandoc", str(source), "-o", str(work / "peer.docx")],
        # The floor of this stack: the interpreter and the libraries the two commands need, as
        # the program loads them (editor_app.lean_imports, run by the package's __init__).
        "python": [sys.executable, "-c", "pass"],
        "libs": [sys.executable, "-c", "import editor_app, argparse, pathlib, yaml, msgspec, lxml.etree"],
    }
    envs = {name: env for name in commands}
    if other is not None:  # its sources first on the path, its bytecode apart from ours
        other_env = dict(env, PYTHONPATH=str(other / "src"), PYTHONPYCACHEPREFIX=str(work / "pycache-other"))
        commands["export@other"] = [*bulletin, "export", str(SAMPLE), "-o", str(work / "other.docx"), "--force"]
        commands["validate@other"] = [*bulletin, "validate", str(SAMPLE)]
        envs["export@other"] = envs["validate@other"] = other_env

    def timed(name: str) -> tuple[float, float]:
        """Wall time and the child's CPU time (user + system), ms."""
        start = time.perf_counter()
        child = subprocess.Popen(commands[name], env=envs[name], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, _, usage = os.wait4(child.pid, 0)
        return (time.perf_counter() - start) * 1000, (usage.ru_utime + usage.ru_stime) * 1000

    cold = timed("export")[0]  # no bytecode and no template cached yet
    shutil.rmtree(work / "cache", ignore_errors=True)
    first = timed("export")[0]  # bytecode cached, the template built and cached
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands if name != "pandoc" or pandoc}
    for _ in range(runs):
        for name in times:
            times[name].append(timed(name))
    print(f"whole process on the sample, {runs} alternated runs (ms):")
    medians = {}
    for name, values in times.items():
        wall, cpu = [v[0] for v in values], [v[1] for v in values]
        medians[name] = statistics.median(wall), statistics.median(cpu)
        quartiles = statistics.quantiles(wall, n=4)
        print(f"  {name:14} wall median {medians[name][0]:6.1f}  IQR {quartiles[0]:.1f}–{quartiles[2]:.1f}  "
              f"min {min(wall):.1f}   CPU median {medians[name][1]:5.1f}")
    if pandoc:
        rows = [("export", 2), ("validate", 1.5), ("libs", None), ("python", None)]
        rows += [(name, None) for name in medians if name.endswith("@other")]
        for name, target in rows:
            print(f"  {name}/pandoc: wall {medians[name][0] / medians['pandoc'][0]:.2f}, "
                  f"CPU {medians[name][1] / medians['pandoc'][1]:.2f}" + (f" (target ≤ {target})" if target else ""))
    print(f"  export with the template not cached: {first:.1f} ms (and no bytecode either: {cold:.1f} ms)")


def main() -> int:
    options = argparse.ArgumentParser()
    options.add_argument("--whole-only", action="store_true", help="only the whole-process comparison")
    options.add_argument("--runs", type=int, default=15, help="alternated whole-process runs")
    options.add_argument("--other", type=Path, metavar="CHECKOUT",
                         help="another checkout of the program (a git worktree of an earlier commit) to alternate with")
    args = options.parse_args()
    work = Path(tempfile.mkdtemp())
    whole_process(work, args.runs, args.other)
    if args.whole_only:
        shutil.rmtree(work)
        return 0
    pandoc = shutil.which("pandoc")
    profile = load_profile()
    # "ours" includes writing the file: two fsyncs, which on a disk other work keeps busy take
    # 1–15 ms; "unwritten" is the same export up to the package's bytes.
    print("issue      | ours ms | unwritten ms | zip floor ms | ours/floor | pandoc ms | ours/pandoc")
    per_page = []
    cases = [("sample", load_issue(SAMPLE), 4)] + [(f"{n} pages", generated(n), n) for n in (1, 10, 100, 400)]
    for name, issue, pages in cases:
        target = work / "out.docx"
        ours = best_of(3, lambda issue=issue, target=target: export_docx(issue, target, profile, force=True))
        unwritten = best_of(3, lambda issue=issue: build_document(issue, profile, strict=False))
        floor = zip_floor(target.read_bytes())
        peer = float("nan")
        if pandoc:
            source = work / "in.md"
            source.write_text(markdown(issue), encoding="utf-8")
            peer = best_of(3, lambda source=source: subprocess.run(
                [pandoc, str(source), "-o", str(work / "peer.docx")], check=True))
        per_page.append(ours / pages)
        print(f"{name:10} | {ours:7.1f} | {unwritten:12.1f} | {floor:12.1f} | {ours / floor:10.1f} | {peer:9.1f} "
              f"| {ours / peer:11.2f}")
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
                   check=True, stdout=subprocess.DEVNULL, env=child_env(work))
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

    shutil.rmtree(work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
