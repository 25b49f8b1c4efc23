"""The house's rules, read from the source: no import cycle in wizard/, a Qt-free core, harnesses only
under ``__main__``, and the export in wizard/export/ only.

Imports are read with :mod:`ast`, all of them: at module level, inside functions, and under
``TYPE_CHECKING`` (a type-only import still ties two modules together).  Only code under
``if __name__ == "__main__":`` is left out, as it never runs on import.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "wizard"


@dataclass(frozen=True)
class Import:
    target: str
    top_level: bool  # runs when the module is imported (not inside a function or class)
    line: int


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts}


def _is_main_guard(node: ast.stmt) -> bool:
    if not isinstance(node, ast.If) or not isinstance(node.test, ast.Compare):
        return False
    names = [node.test.left, *node.test.comparators]
    return any(isinstance(n, ast.Name) and n.id == "__name__" for n in names) and any(
        isinstance(n, ast.Constant) and n.value == "__main__" for n in names)


def imports_in(source: str, name: str, is_package: bool, known: set[str]) -> list[Import]:
    """Every import of a ``wizard`` module in ``source`` (module ``name``), resolved to the module it loads."""
    package = name if is_package else name.rpartition(".")[0]
    found: list[Import] = []

    def resolve(target: str) -> str | None:
        while target and target not in known:
            target = target.rpartition(".")[0]
        return target or None

    def record(node: ast.Import | ast.ImportFrom, top: bool) -> None:
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        else:
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([base] if base else []))
            # "from wizard.export import charts" loads the submodule; "from wizard.export import X" the package.
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
        for target in targets:
            resolved = resolve(target)
            if resolved is not None and resolved.split(".")[0] == "wizard":
                found.append(Import(resolved, top, node.lineno))

    def visit(nodes: list[ast.stmt], top: bool) -> None:
        for node in nodes:
            if _is_main_guard(node):
                continue
            if isinstance(node, ast.Import | ast.ImportFrom):
                record(node, top)
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                visit(node.body, False)
            else:
                for field in ("body", "orelse", "finalbody"):
                    inner = getattr(node, field, None)
                    if isinstance(inner, list):
                        visit([n for n in inner if isinstance(n, ast.stmt)], top)
                for handler in getattr(node, "handlers", []) or []:
                    visit(handler.body, top)

    visit(ast.parse(source).body, True)
    return found


def imports_of(path: Path, known: set[str]) -> list[Import]:
    return imports_in(path.read_text(encoding="utf-8"), module_name(path), path.name == "__init__.py", known)


def graph() -> dict[str, set[str]]:
    found = modules()
    known = set(found)
    return {name: {i.target for i in imports_of(path, known) if i.target != name} for name, path in found.items()}


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []
    counter = 0

    def strong(v: str) -> None:
        nonlocal counter
        index[v] = low[v] = counter
        counter += 1
        stack.append(v)
        on_stack.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for v in sorted(edges):
        if v not in index:
            strong(v)
    return out


def test_the_reader_finds_imports_and_cycles() -> None:
    # The checks below are only as good as this reader: it must see imports everywhere they hide.
    source = ("from wizard import steps\nimport wizard.fields\ndef f():\n    from wizard.gui import tasks\n"
              "if TYPE_CHECKING:\n    from wizard.analysis import Analysis\n"
              "if __name__ == '__main__':\n    import wizard.cli\n")
    found = {(i.target, i.top_level) for i in imports_in(source, "wizard.gui.probe", False, set(modules()))}
    assert found == {("wizard.steps", True), ("wizard.fields", True), ("wizard.gui.tasks", False),
                     ("wizard.analysis", True)}
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_import_cycle_in_wizard() -> None:
    assert cycles(graph()) == []


def _core_modules() -> Iterator[tuple[str, Path]]:
    for name, path in modules().items():
        if not name.startswith("wizard.gui"):
            yield name, path


def test_the_core_imports_no_qt() -> None:
    """Model, analysis, finance, readiness, project files and the export work without Qt."""
    offenders = []
    known = set(modules())
    for name, path in _core_modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
                if any(n.split(".")[0] in ("PySide6", "shiboken6") for n in names):
                    offenders.append(f"{name}:{node.lineno}")
        # Only the command that opens the window may reach into the Qt layer, and only when it runs.
        for imported in imports_of(path, known):
            if imported.target.startswith("wizard.gui") and (imported.top_level or name != "wizard.cli"):
                offenders.append(f"{name}:{imported.line} -> {imported.target}")
    assert offenders == []


def test_harnesses_are_imported_only_by_main_modules() -> None:
    known = set(modules())
    users = [name for name, path in modules().items()
             if any(i.target == "wizard.gui.harness" for i in imports_of(path, known))]
    assert users and all(name.endswith(".__main__") for name in users), users


def test_the_export_lives_in_wizard_export() -> None:
    # The child process, its protocol and the render the Export step runs are all in wizard/export/.
    for gone in ("wizard/isolation.py", "wizard/export_worker.py", "wizard/gui/preview.py", "wizard/gui/status.py"):
        assert not (ROOT / gone).exists(), gone
    # The Qt layer starts no process of its own (the form compiler, a developer's tool, aside) and talks
    # to the export's child only through wizard.export.isolation.
    known = set(modules())
    offenders = []
    for name, path in modules().items():
        if not name.startswith("wizard.gui") or name == "wizard.gui.steps.uiforms":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        stdlib = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        stdlib |= {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        if stdlib & {"subprocess", "multiprocessing"}:
            offenders.append(name)
        if any(i.target == "wizard.export.worker" for i in imports_of(path, known)):
            offenders.append(name)
    assert offenders == []
