"""Editor start-up and memory figures against a bare PySide6 window, measured in the same run.

Run: python bench/editor_bench.py [--runs N] [--sets K]   (children use QT_QPA_PLATFORM=offscreen)

``--instructions``: instead, each child once under valgrind's callgrind, which counts the
instructions it runs up to its marker: repeatable to a fraction of a percent, whatever else the
machine does, so it shows a change to the start that the wall time's noise hides. It leaves out
what the wall time also holds (waiting for the disk, page faults, loading shared libraries).

Every figure is a whole process, started fresh: the time runs from just before the child
(``startup_child.py``, which imports nothing of this script) is spawned until it prints its
marker at the window's first paint; the editor has opened the sample by then. The CPU time is
the child's own up to that marker. Peak memory is the child's ru_maxrss from wait4.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from startup_child import MARKER

ROOT = Path(__file__).resolve().parent.parent
CHILD = Path(__file__).resolve().parent / "startup_child.py"
SAMPLE = ROOT / "issue_templates" / "bulletin-2023-09-25.yaml"
BIG_PAGES = 400
TARGET_RATIO = 2  # issue 8: the window shown within 2× the bare window


@dataclass
class Run:
    seconds: float
    cpu_seconds: float  # the child's user + system time up to the marker
    peak_mb: float
    output: list[str]


def spawn(kind: str, env: dict[str, str], file: Path | None = None, wait_preview: bool = False,
          extra: tuple[str, ...] = ()) -> Run:
    """One fresh child: seconds until its marker, its peak memory and the rest of its output."""
    command = [sys.executable, str(CHILD), kind]
    if file is not None:
        command.append(str(file))
    command.extend(extra)
    if wait_preview:
        command.append("--wait-preview")
    with tempfile.TemporaryFile("w+") as errors:  # Qt's warnings, shown only on failure
        start = time.perf_counter()
        process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=errors, text=True)
        stdout = process.stdout
        assert stdout is not None  # stdout=PIPE
        line = stdout.readline().split()
        seconds = time.perf_counter() - start
        output = stdout.read().split()
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        if not line or line[0] != MARKER or process.returncode != 0:
            errors.seek(0)
            raise RuntimeError(f"{kind} child failed ({line!r}, exit {process.returncode}):\n{errors.read()}")
    stdout.close()
    return Run(seconds, float(line[1]) / 1000, usage.ru_maxrss / 1024, output)


def child_env(home: Path) -> dict[str, str]:
    """Offscreen Qt; settings and recovery files in a scratch home, not the user's; bytecode
    cached (in the scratch folder) as in an installed application, even where the environment
    sets PYTHONDONTWRITEBYTECODE."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home),
               PYTHONPYCACHEPREFIX=str(home / "pycache"), XDG_CACHE_HOME=str(home / "cache"))
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "PYTHONDONTWRITEBYTECODE"):
        env.pop(name, None)
    return env


def spread(values: list[float]) -> str:
    """Median, quartiles, extremes, and the runs over 1.5× the median: a disturbed machine."""
    median = statistics.median(values)
    quartiles = statistics.quantiles(values, n=4)
    slow = sum(v > 1.5 * median for v in values)
    return (f"median {median:7.1f}  IQR {quartiles[0]:.1f}–{quartiles[2]:.1f}  "
            f"min {min(values):.1f}  max {max(values):.1f}  slow {slow}")


def big_issue_file(directory: Path) -> Path:
    """The export benchmark's generated issue of BIG_PAGES (Word) pages, saved."""
    from export_bench import generated

    from editor_app.issue.issue_file import save_issue

    path = directory / f"generated-{BIG_PAGES}.yaml"
    save_issue(generated(BIG_PAGES), path, keep_backup=False)
    return path


def editor_classes(env: dict[str, str]) -> tuple[str, ...]:
    """The PySide6 classes made by the editor's first paint (``QtWidgets.QLineEdit`` …)."""
    output = spawn("editor", env, SAMPLE, extra=("--list-classes",)).output
    assert output[:1] == ["classes"], output[:3]
    return tuple(output[1:])


def start_up(env: dict[str, str], runs: int) -> dict[str, float]:
    """One set of ``runs`` interleaved triples; prints its figures, returns the wall ratios
    editor/bare (the target's) and editor/floor."""
    classes = editor_classes(env)  # also warms the file cache, the bytecode cache and the settings
    kinds = (("bare", None, ()), ("floor", None, classes), ("editor", SAMPLE, ()))
    results: dict[str, list[Run]] = {kind: [] for kind, _, _ in kinds}
    for kind, file, extra in kinds:
        spawn(kind, env, file, extra=extra)
    for _ in range(runs):  # interleaved, so that drift hits all alike
        for kind, file, extra in kinds:
            results[kind].append(spawn(kind, env, file, extra=extra))
    print(f"(a) process start → main window shown, {runs} runs each, ms (floor: the bare window naming "
          f"the {len(classes)} PySide6 classes the editor has made by then, with a line of Chinese text)")
    for kind, runs_of_kind in results.items():
        cpu = statistics.median(r.cpu_seconds * 1000 for r in runs_of_kind)
        peak = statistics.median(r.peak_mb for r in runs_of_kind)
        print(f"  {kind:7} {spread([r.seconds * 1000 for r in runs_of_kind])}   CPU {cpu:.0f}   peak {peak:.0f} MB")
    ratios: dict[str, float] = {}
    for over, under in (("editor", "bare"), ("editor", "floor"), ("floor", "bare")):
        for name, value in (("wall", lambda r: r.seconds), ("CPU", lambda r: r.cpu_seconds)):
            ratio = (statistics.median(map(value, results[over]))
                     / statistics.median(map(value, results[under])))
            ratios.setdefault(f"{over}/{under}", ratio)  # the wall time's
            # Each run against the other kind's run just before it: the machine's speed drifts.
            pairs = statistics.median(value(a) / value(b)
                                      for a, b in zip(results[over], results[under], strict=True))
            target = f"; target ≤ {TARGET_RATIO}" if (over, under) == ("editor", "bare") else ""
            print(f"  {over}/{under}, {name} time: {ratio:.2f} (ratio of medians{target}), "
                  f"{pairs:.2f} (median of the runs' pairs)")
    return ratios


def start_up_sets(env: dict[str, str], runs: int, sets: int) -> None:
    """``sets`` sets one after the other: on a machine whose speed wanders, one set's ratio
    moves by about ±0.07, so several sets show how far a single one can be trusted."""
    results = [start_up(env, runs) for _ in range(sets)]
    if sets > 1:
        for name in ("editor/bare", "editor/floor"):
            ratios = [r[name] for r in results]
            listed = ", ".join(f"{r:.2f}" for r in ratios)
            within = (f", {sum(r <= TARGET_RATIO for r in ratios)} of {sets} within {TARGET_RATIO}"
                      if name == "editor/bare" else "")
            print(f"  {name} over {sets} sets (wall): {listed}; median {statistics.median(ratios):.2f}{within}")


def instructions(env: dict[str, str], scratch: Path) -> None:
    """Each child once under callgrind: the instructions it runs until its marker."""
    if shutil.which("valgrind") is None:
        print("(a′) valgrind is not installed (Debian: apt-get install valgrind)")
        return
    classes = editor_classes(env)
    counts: dict[str, int] = {}
    for kind, file, extra in (("bare", None, ()), ("floor", None, classes), ("editor", SAMPLE, ())):
        spawn(kind, env, file, extra=extra)  # each child's bytecode cached, as in the timed sets
        out = scratch / f"callgrind.{kind}"
        command = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable,
                   str(CHILD), kind, *([str(file)] if file else []), *extra, "--under-valgrind"]
        run = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        found = re.search(r"Collected : (\d+)", run.stderr)
        if run.returncode != 0 or not run.stdout.startswith(MARKER) or found is None:
            raise RuntimeError(f"{kind} child under valgrind failed (exit {run.returncode}):\n{run.stderr[-2000:]}")
        counts[kind] = int(found.group(1))
    print("(a′) instructions up to the marker (callgrind; one run each, repeatable)")
    for kind, count in counts.items():
        print(f"  {kind:7} {count / 1e6:8.1f} M")
    print(f"  editor/bare {counts['editor'] / counts['bare']:.2f} (the wall time's target ≤ {TARGET_RATIO}), "
          f"editor/floor {counts['editor'] / counts['floor']:.2f}, floor/bare {counts['floor'] / counts['bare']:.2f}")


def memory(env: dict[str, str], runs: int, scratch: Path) -> None:
    cases = [("bare window", "bare", None), ("editor, sample", "editor", SAMPLE),
             (f"editor, {BIG_PAGES}-page issue", "editor", big_issue_file(scratch))]
    print(f"(b) peak memory (ru_maxrss) with the preview laid out and painted, median of {runs}")
    for name, kind, file in cases:
        results = [spawn(kind, env, file, wait_preview=True) for _ in range(runs)]
        pages = " ".join(results[0].output)
        target = "  (target < 200 MB)" if file == SAMPLE else ""
        print(f"  {name:26} {statistics.median(r.peak_mb for r in results):6.0f} MB  {pages}{target}")


def first_export(env: dict[str, str], runs: int, scratch: Path) -> None:
    """File ▸ Export Word twice in a fresh editor, a while after its window is shown (the
    warm-up readies the export in the meantime), and right at the first paint (no time to)."""
    target = str(scratch / "export.docx")
    cache = scratch / "cache"
    print(f"(c) File ▸ Export Word of the sample in a fresh editor, first and second time, median of {runs} (ms)")
    for delay in (2000, 0):
        shutil.rmtree(cache, ignore_errors=True)
        built = spawn("export", env, SAMPLE, extra=(target, str(delay))).output[1:3]  # export FIRST SECOND
        results = [[float(t) for t in spawn("export", env, SAMPLE, extra=(target, str(delay))).output[1:3]]
                   for _ in range(runs)]
        first, second = (statistics.median(r[i] for r in results) for i in (0, 1))
        when = f"{delay / 1000:.0f} s after the window is shown" if delay else "at the first paint"
        print(f"  {when:32} first {first:6.1f}  second {second:5.1f}  first/second {first / second:.2f}"
              f"   (template not yet cached: first {float(built[0]):.1f})")


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").partition("\n")[0])
    parser.add_argument("--runs", type=int, default=30, help="pairs of runs in a set")
    parser.add_argument("--sets", type=int, default=1, help="sets of start-up runs, one after the other")
    parser.add_argument("--export-only", action="store_true", help="only (c), the first and second export")
    parser.add_argument("--instructions", action="store_true",
                        help="only (a′), the instructions of each start counted under valgrind")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        env = child_env(Path(scratch))
        print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, QT_QPA_PLATFORM=offscreen")
        if options.instructions:
            instructions(env, Path(scratch))
            return 0
        if not options.export_only:
            start_up_sets(env, options.runs, options.sets)
            memory(env, max(3, options.runs // 6), Path(scratch))
        first_export(env, max(5, options.runs // 3), Path(scratch))
    print("(d) preview update after an edit: see bench/preview_bench.py")
    return 0


if __name__ == "__main__":
    sys.exit(main())
