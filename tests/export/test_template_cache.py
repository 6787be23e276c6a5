"""The styled template cached per profile in the user's cache folder: used when whole and
written for this key, ignored and rebuilt otherwise, and an export from it byte-identical."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time
import types
import zlib
from pathlib import Path

import msgspec
import pytest
from docx.opc.coreprops import CoreProperties
from docx.oxml import parse_xml

from editor_app import __version__
from editor_app.export.docx import builder, exporter, package, template_cache
from editor_app.layout.profile import Profile, load_profile

from ..conftest import SAMPLE

ROOT = Path(__file__).resolve().parents[2]
NOW = dt.datetime(2026, 12, 3, 8, 0, 0, tzinfo=dt.timezone.utc)


class _FrozenDatetime(dt.datetime):
    @classmethod
    def now(cls, tz: dt.tzinfo | None = None) -> _FrozenDatetime:  # type: ignore[override]
        return cls.fromtimestamp(NOW.timestamp(), tz)


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder, nothing kept in memory, and the clock stopped (core properties
    and zip entries carry the time of the export)."""
    home = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    monkeypatch.setattr(exporter, "_TEMPLATES", {})
    monkeypatch.setattr(exporter, "dt", types.SimpleNamespace(**{**vars(dt), "datetime": _FrozenDatetime}))
    monkeypatch.setattr(package, "time", types.SimpleNamespace(localtime=lambda: time.localtime(NOW.timestamp())))
    return home


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The profiles whose template python-docx built, by name."""
    built: list[str] = []
    real = builder.build_template

    def counted(profile: Profile, version: str):
        built.append(profile.name)
        return real(profile, version)

    monkeypatch.setattr(builder, "build_template", counted)
    return built


def _export(issue, profile: Profile) -> bytes:
    exporter._TEMPLATES.clear()  # as a new process would: the template from the cache or built
    return exporter.build_document(issue, profile)[0]


def test_an_export_from_the_cache_is_byte_identical_and_builds_nothing(cache_home, builds, sample_issue):
    profile = load_profile()
    cold = _export(sample_issue, profile)
    assert builds == [profile.name]
    assert template_cache.cache_path(profile).is_file()
    assert template_cache.cache_path(profile).is_relative_to(cache_home / "bulletin-editor")
    warm = _export(sample_issue, profile)
    assert builds == [profile.name]  # not built again
    assert warm == cold


def _truncated(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _corrupt(path: Path) -> None:
    content = bytearray(path.read_bytes())
    content[len(content) * 2 // 3] ^= 0x01
    path.write_bytes(bytes(content))


def _foreign(path: Path) -> None:
    path.write_bytes(SAMPLE.read_bytes())


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _stale_version(path: Path) -> None:
    """Written by another version of the program, for this very profile."""
    profile = load_profile()
    template_cache.store(profile, "0.0.1-older", *builder.build_template(profile, "0.0.1-older"))


def _stale_profile(path: Path) -> None:
    """Written for an earlier content of the profile of this name."""
    earlier = msgspec.structs.replace(load_profile(), author="另一位作者")
    template_cache.store(earlier, __version__, *builder.build_template(earlier, __version__))


def _valid_crc_wrong_payload(path: Path) -> None:
    """Whole, for this key, but not a template inside: msgspec refuses it."""
    profile = load_profile()
    payload = msgspec.msgpack.encode({"members": "none"})
    key = template_cache.cache_key(profile, __version__)
    path.write_bytes(template_cache.MAGIC + len(key).to_bytes(8, "little") + key
                     + zlib.crc32(payload).to_bytes(4, "little") + payload)


@pytest.mark.parametrize("spoil", [_truncated, _corrupt, _foreign, _empty, _stale_version, _stale_profile,
                                   _valid_crc_wrong_payload])
def test_a_spoilt_cache_file_is_ignored_and_rebuilt(cache_home, builds, sample_issue, spoil):
    profile = load_profile()
    cold = _export(sample_issue, profile)
    path = template_cache.cache_path(profile)
    spoil(path)
    assert template_cache.load(profile, __version__) is None
    builds.clear()
    assert _export(sample_issue, profile) == cold
    assert builds == [profile.name]
    assert template_cache.load(profile, __version__) is not None  # rebuilt and written again
    builds.clear()
    assert _export(sample_issue, profile) == cold
    assert builds == []


def test_an_unwritable_cache_folder_still_exports(tmp_path, monkeypatch, builds, sample_issue):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    monkeypatch.setattr(exporter, "_TEMPLATES", {})
    profile = load_profile()
    assert exporter.build_document(sample_issue, profile)[0].startswith(b"PK")
    assert builds == [profile.name]
    assert blocked.read_text() == "not a folder"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX's")
def test_a_fifo_in_place_of_the_cache_file_neither_blocks_nor_fails_an_export(cache_home, builds, sample_issue):
    """Opening a FIFO to read waits for a writer: the export would hang for good."""
    profile = load_profile()
    path = template_cache.cache_path(profile)
    path.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(path)
    assert template_cache.load(profile, __version__) is None
    assert _export(sample_issue, profile).startswith(b"PK")
    assert builds == [profile.name]


_RACER = """
import sys
from editor_app import __version__
from editor_app.export.docx import builder, template_cache
from editor_app.layout.profile import load_profile
profile = load_profile()
built = builder.build_template(profile, __version__)
print("ready", flush=True)
sys.stdin.readline()
for _ in range(100):
    template_cache.store(profile, __version__, *built)
"""


def test_two_processes_racing_to_write_the_cache_leave_a_valid_one(tmp_path, monkeypatch):
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"),
               PYTHONPATH=os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]))
    monkeypatch.setenv("XDG_CACHE_HOME", env["XDG_CACHE_HOME"])
    profile = load_profile()
    expected = builder.build_template(profile, __version__)
    path = template_cache.cache_path(profile)
    racers = [subprocess.Popen([sys.executable, "-c", _RACER], env=env, stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True) for _ in range(2)]
    for racer in racers:
        assert racer.stdout is not None and racer.stdout.readline() == "ready\n"
    for racer in racers:  # both start writing at once
        assert racer.stdin is not None
        racer.stdin.write("go\n")
        racer.stdin.flush()
    seen = 0
    while any(racer.poll() is None for racer in racers):
        if path.exists():  # from then on, every read finds a whole file: never a half-written one
            found = template_cache.load(profile, __version__)
            assert found is not None
            assert found[0].members == expected[0].members and found[1] == expected[1]
            seen += 1
    assert all(racer.wait() == 0 for racer in racers)
    assert template_cache.load(profile, __version__) is not None
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file left behind
    assert seen > 0


def test_an_export_from_the_cache_does_not_load_python_docx(tmp_path):
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"),
               PYTHONPATH=os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]))
    script = ("import sys\nfrom editor_app import cli\n"
              f"status = cli.main(['export', {str(SAMPLE)!r}, '-o', {str(tmp_path / 'out.docx')!r}, '--force'])\n"
              "print(status, 'docx' in sys.modules, 'importlib.metadata' in sys.modules)")
    first = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    assert first.stdout.split()[-3:] == ["0", "True", "False"]  # built with python-docx
    second = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    assert second.stdout.split()[-3:] == ["0", "False", "False"]


def test_core_properties_are_what_python_docx_wrote(cache_home, sample_issue):
    """The same values set with python-docx's CoreProperties give the same bytes."""
    profile = load_profile()
    template = exporter.styled_template(profile).core
    ours = exporter.serialise(exporter.core_properties(template, sample_issue, profile))
    element = parse_xml(template)
    props = CoreProperties(element)
    props.title = f"{profile.title} {exporter.issue_line(sample_issue, profile)}"
    props.subject = f"{profile.title}（{sample_issue.masthead.issuer or profile.issuer}）"
    props.author = props.last_modified_by = profile.author
    props.keywords = "；".join(profile.keywords)
    props.comments = ""
    props.revision = 1
    props.created = exporter.issue_day_start(sample_issue.masthead.date)
    props.modified = NOW
    assert ours == exporter.serialise(element)


@pytest.mark.parametrize("distribution", ["editor_app", "python_docx", "lxml"])
def test_versions_are_read_as_importlib_metadata_reads_them(distribution):
    from importlib.metadata import version

    from editor_app import installed

    assert installed.version(distribution) == version(distribution)
    assert installed.version("no_such_distribution") is None


def test_the_program_version_is_the_installed_metadata():
    from importlib.metadata import version

    assert __version__ == version("editor_app")
