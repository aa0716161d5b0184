"""No module of conversion_gui imports, directly or through others, a module that imports it.

The graph is read from the source (ast), not from ``sys.modules``: every ``import`` and
``from … import`` anywhere in a file counts, also inside functions, since a function-level
import is a cycle postponed, not removed. Imports under ``if TYPE_CHECKING:`` never run and
are left out. Modules and packages are found on disk, so files moving (``x.py`` becoming
``x/__init__.py``) need no change here.
"""

from __future__ import annotations

import ast
from pathlib import Path

import conversion_gui

Graph = dict[str, set[str]]


def _modules(root: Path, package: str) -> dict[str, Path]:
    """Dotted name -> file, for every module and package under ``root``."""
    found: dict[str, Path] = {}
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join([package, *parts])] = path
    return found


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(tree: ast.AST) -> list[ast.Import | ast.ImportFrom]:
    """Every import statement that can run: at module level, in functions, in branches."""
    found: list[ast.Import | ast.ImportFrom] = []
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            stack.extend(node.orelse)
            continue
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.append(node)
        stack.extend(ast.iter_child_nodes(node))
    return found


def _deepest(name: str, known: dict[str, Path]) -> str | None:
    """The module ``import a.b.c`` is about: the longest prefix that is one of ours."""
    parts = name.split(".")
    for end in range(len(parts), 0, -1):
        candidate = ".".join(parts[:end])
        if candidate in known:
            return candidate
    return None


def import_graph(root: Path, package: str) -> Graph:
    known = _modules(root, package)
    graph: Graph = {name: set() for name in known}
    for name, path in known.items():
        is_package = path.name == "__init__.py"
        here = name if is_package else name.rpartition(".")[0]
        for node in _imports(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            targets: list[str | None] = []
            if isinstance(node, ast.Import):
                targets = [_deepest(alias.name, known) for alias in node.names]
            else:
                if node.level:
                    base_parts = here.split(".")
                    base_parts = base_parts[: len(base_parts) - (node.level - 1)]
                    base = ".".join(base_parts + ([node.module] if node.module else []))
                else:
                    base = node.module or ""
                for alias in node.names:
                    sub = f"{base}.{alias.name}"
                    # ``from . import x`` where x is a module: the edge goes to x; a name
                    # defined in the package (or module) ``base``: the edge goes to base.
                    targets.append(sub if sub in known else _deepest(base, known))
            graph[name].update(t for t in targets if t is not None and t != name)
    return graph


def find_cycle(graph: Graph) -> list[str] | None:
    """One cycle as ``[a, b, …, a]``, or None; depth-first, iterative."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    for start in sorted(graph):
        if state.get(start):
            continue
        path: list[str] = [start]
        iters = [iter(sorted(graph[start]))]
        state[start] = 1
        while iters:
            nxt = next(iters[-1], None)
            if nxt is None:
                state[path.pop()] = 2
                iters.pop()
                continue
            if state.get(nxt) == 1:
                return [*path[path.index(nxt):], nxt]
            if not state.get(nxt):
                state[nxt] = 1
                path.append(nxt)
                iters.append(iter(sorted(graph.get(nxt, ()))))
    return None


def test_conversion_gui_has_no_import_cycle() -> None:
    root = Path(conversion_gui.__file__).parent
    graph = import_graph(root, "conversion_gui")
    assert graph.get("conversion_gui.cli")  # the walk sees edges
    cycle = find_cycle(graph)
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def _write(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_the_walk_finds_cycles_through_packages_and_function_imports(tmp_path: Path) -> None:
    """The checker itself: a cycle hidden in a function and behind a package is found."""
    _write(tmp_path, {
        "__init__.py": "",
        "a.py": "def f():\n    from .store import thing\n",
        "store/__init__.py": "from .inner import thing\n",
        "store/inner.py": "from .. import b\nthing = 1\n",
        "b.py": "import pkg.a\n",
        "c.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from . import a\n",
    })
    graph = import_graph(tmp_path, "pkg")
    assert graph["pkg.store"] == {"pkg.store.inner"}
    assert graph["pkg.c"] == set()
    assert find_cycle(graph) == ["pkg.a", "pkg.store", "pkg.store.inner", "pkg.b", "pkg.a"]
    graph["pkg.b"].clear()
    assert find_cycle(graph) is None
