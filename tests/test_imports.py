"""How the modules of editor_app depend on one another: no import cycles, a Qt-free core.

Every import statement counts, also those under ``if TYPE_CHECKING:`` and inside functions:
a cycle hidden there still ties two modules together (gui/files.py once reached into the
main window's private members that way).
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "editor_app"


def _modules() -> dict[str, Path]:
    modules = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return modules


def _imports(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The editor_app modules that ``path`` (module ``name``) imports."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            candidates = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            target = node.module or ""
            if node.level:  # relative: from the package, one level up per further dot
                base = package
                for _ in range(node.level - 1):
                    base = base.rpartition(".")[0]
                target = ".".join(filter(None, (base, node.module)))
            candidates = [target] + [f"{target}.{alias.name}" for alias in node.names]
        else:
            continue
        found |= {c for c in candidates if c in modules and c != name}
    return found


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle of ``graph`` as a list of modules (first == last), or None."""
    done: set[str] = set()
    path: list[str] = []

    def visit(module: str) -> list[str] | None:
        if module in path:
            return [*path[path.index(module):], module]
        if module in done:
            return None
        path.append(module)
        for imported in sorted(graph[module]):
            if (cycle := visit(imported)) is not None:
                return cycle
        path.pop()
        done.add(module)
        return None

    return next((c for m in sorted(graph) if (c := visit(m)) is not None), None)


def test_the_import_graph_is_read_whole() -> None:
    modules = _modules()
    graph = {name: _imports(name, path, modules) for name, path in modules.items()}
    # Relative, absolute, TYPE_CHECKING and function-level imports are all seen.
    assert "editor_app.gui.main_window" in graph["editor_app.gui.app"]
    assert "editor_app.gui.import_dialog" in graph["editor_app.gui.files"]
    assert "editor_app.issue.model" in graph["editor_app.issue.validation"]
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]


def test_no_module_imports_itself_through_others() -> None:
    modules = _modules()
    graph = {name: _imports(name, path, modules) for name, path in modules.items()}
    assert _cycle(graph) is None


_WITHOUT_QT = """
import importlib, sys

class NoQt:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6"):
            raise ImportError(f"{name} is blocked")

sys.meta_path.insert(0, NoQt())
for name in sys.argv[1:]:
    importlib.import_module(name)
print(len(sys.argv) - 1, sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6"))))
"""


def test_the_core_imports_without_pyside6() -> None:
    core = sorted(name for name in _modules()
                  if name.split(".")[1:2] not in (["gui"], ["render"], ["__main__"]))
    assert {"editor_app", "editor_app.cli", "editor_app.export.docx.exporter",
            "editor_app.importing.word", "editor_app.storage.yaml_io"} <= set(core)
    done = subprocess.run([sys.executable, "-c", _WITHOUT_QT, *core], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(PACKAGE.parent)}, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [str(len(core)), "[]"]
