"""docs/architecture.md's "where to change what" lists are complete: every file of the tree that
enumerates the sections or the metrics (names at least half of their keys) is on its list, and
no code spells an institute's printed texts."""

from __future__ import annotations

import ast
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from editor_app.issue.metrics import CATALOGUE
from editor_app.issue.sections import SECTION_KEYS
from editor_app.layout.profile import load_profile

from .conftest import ROOT

ARCHITECTURE = ROOT / "docs" / "architecture.md"
# What a change to the program touches: code and its data (not tests, prose or sample issues).
SEARCHED = ("src", "resources", "tools", "bench", "packaging")
SUFFIXES = {".py", ".yaml", ".ts", ".spec", ".sh", ".toml", ".iss", ".xml", ".desktop"}
# Build outputs, ignored by git: the packaging scripts unpack a whole Debian root there.
NOT_SEARCHED = {ROOT / "packaging" / "build", ROOT / "packaging" / "dist"}


def listed(name: str) -> set[str]:
    """The files of the list marked ``<!-- files: name -->`` in the architecture page."""
    text = ARCHITECTURE.read_text(encoding="utf-8")
    block = re.search(rf"<!-- files: {name} -->\n(.*?)<!-- end -->", text, re.S)
    assert block, f"docs/architecture.md has no list {name}"
    return set(re.findall(r"^- `([^`]+)`", block[1], re.M))


def searched_files() -> Iterator[Path]:
    """The files of the SEARCHED folders, without NOT_SEARCHED (not even walked into)."""
    for folder in SEARCHED:
        for parent, folders, files in os.walk(ROOT / folder):
            folders[:] = [name for name in folders if name != "__pycache__"
                          and Path(parent, name) not in NOT_SEARCHED]
            yield from (Path(parent, name) for name in files if Path(parent, name).is_file())


def files_enumerating(words: list[str]) -> set[str]:
    """Files naming at least half of ``words`` (a table of them, not one use of one)."""
    found = set()
    for path in searched_files():
        if path.suffix in SUFFIXES:
            text = path.read_text(encoding="utf-8", errors="replace")
            named = sum(bool(re.search(rf"\b{re.escape(word)}\b", text)) for word in words)
            if 2 * named >= len(words):
                found.add(path.relative_to(ROOT).as_posix())
    return found


@pytest.mark.parametrize(("change", "words"), [
    ("new-section", list(SECTION_KEYS)),
    ("new-metric", [metric.key for metric in CATALOGUE]),
])
def test_change_list_names_every_file_that_must_change(change: str, words: list[str]) -> None:
    assert listed(change) == files_enumerating(words)


def string_literals(source: str) -> Iterator[str]:
    """The strings a module's code uses (docstrings, which only explain, left out)."""
    tree = ast.parse(source)
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
                  and node.body and isinstance(node.body[0], ast.Expr)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            yield node.value


def test_no_code_names_an_institutes_texts() -> None:
    """A new institute needs no code change: no module's code spells the profile's printed texts."""
    profile = load_profile()
    texts = [profile.issuer, profile.closing.heading, *profile.sections.values()]
    offenders = {(path.relative_to(ROOT).as_posix(), text)
                 for path in (ROOT / "src").rglob("*.py")
                 for literal in string_literals(path.read_text(encoding="utf-8"))
                 for text in texts if text in literal}
    assert offenders == set()


def test_new_institute_list_is_data_only() -> None:
    assert all(not entry.endswith(".py") for entry in listed("new-institute"))
