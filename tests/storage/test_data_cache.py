"""The parsed data of profiles and factor catalogues, cached between runs: used only when it
was parsed from exactly the file's bytes now; anything else is parsed again and replaced."""

from __future__ import annotations

import os
import zlib
from pathlib import Path

import msgspec
import pytest
import yaml

from editor_app.layout.profile import ProfileError, load_profile
from editor_app.paths import profiles_dir
from editor_app.storage import data_cache
from editor_app.storage.data_cache import TAG, cache_path, cached_yaml, parser_key
from editor_app.storage.yaml_io import load_yaml


@pytest.fixture(autouse=True)
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "cache"))
    return tmp_path / "cache"


class Parser:
    """``load_yaml`` of a file's text, counting its calls."""

    def __init__(self, raw: bytes) -> None:
        self.raw, self.calls = raw, 0

    def __call__(self) -> object:
        self.calls += 1
        return load_yaml(self.raw.decode())


def _data_file(tmp_path: Path, text: str = "name: x\nsizes: [1, 2.5, true, null]\nnested: {a: 文字}\n") -> Path:
    path = tmp_path / "profile.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_second_read_of_the_same_bytes_comes_from_the_cache(tmp_path: Path) -> None:
    source = _data_file(tmp_path)
    raw = source.read_bytes()
    first, second = Parser(raw), Parser(raw)
    assert cached_yaml(source, raw, first) == {"name": "x", "sizes": [1, 2.5, True, None], "nested": {"a": "文字"}}
    assert cached_yaml(source, raw, second) == first()
    assert (first.calls, second.calls) == (2, 0)  # the second run did not parse
    assert cache_path(source).is_file()


def test_changed_bytes_are_parsed_again_and_replace_the_entry(tmp_path: Path) -> None:
    source = _data_file(tmp_path)
    raw = source.read_bytes()
    cached_yaml(source, raw, Parser(raw))
    changed = raw.replace(b"name: x", b"name: y")
    parser = Parser(changed)
    assert cached_yaml(source, changed, parser)["name"] == "y"
    assert parser.calls == 1
    assert list(cache_path(source).parent.iterdir()) == [cache_path(source)]  # one file per data file


def _entry(raw: bytes, data: object, key: str | None = None, tag: str = TAG) -> bytes:
    """A cache file as ``data_cache`` writes it."""
    payload = msgspec.msgpack.encode(data)
    return msgspec.msgpack.encode([tag, key or parser_key(), raw, zlib.crc32(payload), payload])


_DEEP = b"\x91" * 100_000 + b"\xc0"  # a list in a list … a hundred thousand deep

_BROKEN = {
    "empty": lambda raw: b"",
    "not msgpack": lambda raw: b"\x00garbage",
    "truncated": lambda raw: msgspec.msgpack.encode([TAG, parser_key()]),
    "foreign": lambda raw: _entry(raw, {"name": "forged"}, tag="another program"),
    "another parser": lambda raw: _entry(raw, {"name": "forged"}, key=f"0.0 {parser_key()}"),
    "other bytes": lambda raw: _entry(raw + b"#", {"name": "forged"}),
    "the first format": lambda raw: msgspec.msgpack.encode(["bulletin-editor data cache 1", parser_key(), raw,
                                                            {"name": "forged"}]),
    "data changed after its checksum": lambda raw: _entry(raw, {"name": "x"}).replace(b"\xa1x", b"\xa1y"),
    "data nested too deep": lambda raw: msgspec.msgpack.encode(
        [TAG, parser_key(), raw, zlib.crc32(_DEEP), _DEEP]),
    "nested too deep": lambda raw: _DEEP,
}


@pytest.mark.parametrize("broken", _BROKEN.values(), ids=_BROKEN.keys())
def test_a_corrupt_foreign_or_stale_cache_file_is_ignored_and_replaced(tmp_path: Path, broken) -> None:
    source = _data_file(tmp_path)
    raw = source.read_bytes()
    cache_path(source).parent.mkdir(parents=True)
    cache_path(source).write_bytes(broken(raw))
    parser = Parser(raw)
    assert cached_yaml(source, raw, parser)["name"] == "x"
    assert parser.calls == 1
    assert cache_path(source).read_bytes() == _entry(raw, parser())


@pytest.mark.parametrize("offset", range(-60, 0))
def test_any_byte_changed_in_the_parsed_data_is_noticed(tmp_path: Path, offset: int) -> None:
    """A changed byte of the stored data (a number of the profile, a key) must not be read
    back as the file's data: it is parsed again and the entry replaced."""
    source = _data_file(tmp_path, "name: x\nmargin_top_mm: 37\nsizes: [1, 2.5, true, null]\nnested: {a: 文字}\n")
    raw = source.read_bytes()
    expected = cached_yaml(source, raw, Parser(raw))
    content = bytearray(cache_path(source).read_bytes())
    content[offset] ^= 0x3B
    cache_path(source).write_bytes(bytes(content))
    parser = Parser(raw)
    assert cached_yaml(source, raw, parser) == expected
    assert parser.calls == 1
    assert cache_path(source).read_bytes() == _entry(raw, expected)


def test_a_cache_file_larger_than_any_cache_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = _data_file(tmp_path)
    raw = source.read_bytes()
    cached_yaml(source, raw, Parser(raw))
    monkeypatch.setattr(data_cache, "MAX_CACHE_BYTES", 10)
    parser = Parser(raw)
    assert cached_yaml(source, raw, parser)["name"] == "x"
    assert parser.calls == 1


def test_data_msgpack_cannot_hold_or_give_back_as_it_was_is_not_cached(tmp_path: Path) -> None:
    source = _data_file(tmp_path)
    for value in ({"when": {1, 2}}, {"ratio": float("nan")}, {"pair": (1, 2)}, {"size": -(2**63) - 1}):
        assert cached_yaml(source, b"x", lambda value=value: value) is value
        assert not cache_path(source).exists()


def test_a_parse_error_passes_through_and_caches_nothing(tmp_path: Path) -> None:
    source = _data_file(tmp_path, "name: [unclosed\n")
    raw = source.read_bytes()
    with pytest.raises(yaml.YAMLError):
        cached_yaml(source, raw, Parser(raw))
    assert not cache_path(source).exists()


def test_an_unwritable_cache_folder_only_costs_the_parse(tmp_path: Path, own_cache: Path) -> None:
    own_cache.mkdir()
    (own_cache / "bulletin-editor").write_text("a file where the folder should be")
    source = _data_file(tmp_path)
    raw = source.read_bytes()
    parser = Parser(raw)
    assert cached_yaml(source, raw, parser)["name"] == "x"
    assert cached_yaml(source, raw, parser)["name"] == "x"
    assert parser.calls == 2


def test_a_profile_reads_the_same_from_a_cold_and_a_warm_cache_and_its_errors_stay(tmp_path: Path) -> None:
    target = tmp_path / "mine.yaml"
    target.write_bytes((profiles_dir() / "xingcheng.yaml").read_bytes().replace(b"name: xingcheng", b"name: mine"))
    cold = load_profile(target)
    assert cache_path(target).is_file()
    os.utime(target, ns=(1, 1))  # a new stamp: the process's own cache of loaded profiles misses
    assert load_profile(target) == cold
    target.write_bytes(target.read_bytes() + b"\nunknown_key: 1\n")
    with pytest.raises(ProfileError, match="unknown_key"):
        load_profile(target)


def test_the_folder_keeps_the_newest_entries_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(data_cache, "MAX_ENTRIES", 3)
    sources = []
    for n in range(5):
        folder = tmp_path / f"given-{n}"  # a profile given by path, each time in a new folder
        folder.mkdir()
        sources.append(_data_file(folder))
        cached_yaml(sources[-1], sources[-1].read_bytes(), Parser(sources[-1].read_bytes()))
        os.utime(cache_path(sources[-1]), ns=(n * 10**9, n * 10**9))
    kept = sorted(cache_path(sources[0]).parent.iterdir())
    assert kept == sorted(cache_path(source) for source in sources[2:])


def test_the_key_names_pyyaml_and_the_code_that_parses(tmp_path: Path) -> None:
    code = (Path(data_cache.__file__).parent / "yaml_io.py").read_bytes()
    assert parser_key() == f"{yaml.__version__} {zlib.crc32(code):08x}"
