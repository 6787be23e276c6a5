"""Every reader against random bytes and random structures: a result or one line, in bounds.

The issue file (``load_issue``), the layout profile (``load_profile``), text and Word import
(``import_source``) each get random bytes, random YAML structures and their own valid input
damaged (bytes changed, cut short; Word packages rebuilt with random members, deflated or
not, one of them a 60 MB inflating member). The readers run in a child process, which
reports for each input ``ok`` or ``refused`` (a UserFacingError of one line) or the exception
that escaped, and its peak memory (``VmHWM``, else ``resource``'s ``ru_maxrss``, which on Linux
starts from the size of the process that forked it); the harness gives it a time limit.
"""

from __future__ import annotations

import functools
import io
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor_app.export.docx.exporter import export_docx
from editor_app.issue.issue_file import load_issue
from editor_app.layout.profile import load_profile
from editor_app.paths import resources_dir

from .conftest import DATA, SAMPLE
from .strategies import any_text, yaml_values

MEMORY_MB = 400  # the child's peak: its imports take about 80 MB, a Word file's 50 MB cap the rest
SECONDS = 90  # for one batch of at most 12 inputs: each takes well under a second

CHILD = r"""
import json, resource, sys
from pathlib import Path
from editor_app.errors import UserFacingError
from editor_app.importing import import_source
from editor_app.issue.issue_file import load_issue
from editor_app.layout.profile import load_profile

READERS = {"issue": load_issue, "profile": load_profile, "import": import_source}
results = []
for reader, name in json.loads(sys.stdin.read()):
    try:
        READERS[reader](Path(name))
        results.append("ok")
    except UserFacingError as exc:
        line = exc.one_line()
        results.append("refused" if line and "\n" not in line else f"not one line: {line!r}")
    except BaseException as exc:  # what must never happen
        results.append(f"{type(exc).__name__}: {exc}"[:300])
try:  # this process's own high-water mark: ru_maxrss keeps the forking test runner's across exec
    status = Path("/proc/self/status").read_text()
    peak = int(status.split("VmHWM:")[1].split()[0]) / 1024
except (OSError, IndexError):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
print(json.dumps({"results": results, "peak_mb": peak}))
"""


@functools.cache
def sample_docx() -> bytes:
    """The sample issue exported: a real Word file to damage."""
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "sample.docx"
        export_docx(load_issue(SAMPLE), target, load_profile(), force=True)
        return target.read_bytes()


PROFILE = resources_dir() / "profiles" / "xingcheng.yaml"
SAMPLE_TEXT = DATA / "bulletin-2023-09-25.txt"


@st.composite
def damaged(draw: st.DrawFn, data: bytes) -> bytes:
    """``data`` with a few bytes changed, inserted or removed, and maybe cut short."""
    out = bytearray(data)
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, max(len(out) - 1, 0)))
        op = draw(st.sampled_from(["set", "insert", "delete"]))
        byte = draw(st.integers(0, 255))
        if op == "set" and out:
            out[at] = byte
        elif op == "insert":
            out.insert(at, byte)
        elif out:
            del out[at]
    if draw(st.booleans()):
        out = out[: draw(st.integers(0, len(out)))]
    return bytes(out)


def _yaml_bytes(value: object) -> bytes:
    return yaml.safe_dump(value, allow_unicode=True).encode("utf-8", errors="surrogatepass")


structures = yaml_values(any_text, any_text, size=4, leaves=25).map(_yaml_bytes)


@st.composite
def word_packages(draw: st.DrawFn) -> bytes:
    """A zip of random members, some under the names a Word file has."""
    buffer = io.BytesIO()
    names = ["[Content_Types].xml", "word/document.xml", "word/styles.xml", "_rels/.rels", "x.bin"]
    with zipfile.ZipFile(buffer, "w") as package:
        for name in draw(st.lists(st.sampled_from(names), max_size=5, unique=True)):
            content = draw(st.binary(max_size=300) | any_text.map(
                lambda t: f"<w:document><w:body><w:p>{t}</w:p></w:body></w:document>".encode(
                    "utf-8", errors="surrogatepass")))
            method = draw(st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED]))
            package.writestr(name, content, compress_type=method)
        if draw(st.booleans()):  # 60 MB of zeros in 60 kB: past the 50 MB cap as it inflates
            package.writestr("word/media/big.bin", b"\0" * (60 << 20), compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def inputs() -> st.SearchStrategy[tuple[str, str, bytes]]:
    """(reader, file suffix, bytes)."""
    issue_text, profile_text = SAMPLE.read_bytes(), PROFILE.read_bytes()
    text = SAMPLE_TEXT.read_bytes()
    encodings = st.sampled_from(["utf-8", "utf-16", "utf-32", "gb18030", "big5", "shift_jis"])
    return st.one_of(
        st.tuples(st.just("issue"), st.just(".yaml"),
                  st.binary(max_size=2000) | structures | damaged(issue_text)),
        st.tuples(st.just("profile"), st.just(".yaml"),
                  st.binary(max_size=2000) | structures | damaged(profile_text)),
        st.tuples(st.just("import"), st.just(".txt"),
                  st.binary(max_size=2000) | damaged(text)
                  | st.tuples(any_text, encodings).map(lambda te: te[0].encode(te[1], errors="ignore"))),
        st.tuples(st.just("import"), st.just(".docx"),
                  st.binary(max_size=2000) | word_packages() | st.builds(sample_docx).flatmap(damaged)),
    )


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                HealthCheck.data_too_large])
@given(st.lists(inputs(), min_size=6, max_size=12))
def test_every_reader_gives_a_result_or_one_line_within_bounds(
        tmp_path_factory, batch: list[tuple[str, str, bytes]]) -> None:
    folder = tmp_path_factory.mktemp("readers")
    jobs = []
    for n, (reader, suffix, data) in enumerate(batch):
        path = folder / f"{n}{suffix}"
        path.write_bytes(data)
        jobs.append((reader, str(path)))
    child = subprocess.run([sys.executable, "-c", CHILD], input=json.dumps(jobs), text=True,
                           capture_output=True, timeout=SECONDS, check=True)
    report = json.loads(child.stdout)
    failures = [(job, result) for job, result in zip(jobs, report["results"], strict=True)
                if result not in ("ok", "refused")]
    assert failures == []
    assert report["peak_mb"] < MEMORY_MB
