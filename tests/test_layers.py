"""The layers below the GUI stay free of Qt: model, layout, io, facilitation, collab and the
Qt-free parts of safety import without PySide6; no module outside model/ reaches into the
map's graph."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "mindmap_app"
QT_FREE = ("model", "layout", "io", "safety", "facilitation", "collab", "phones")
#: the window's side of safety/ (every other module there is Qt-free)
SAFETY_QT = {"controller", "autosave", "file_guard", "recovery_dialog"}

PROBE = """
import json, sys
for name in json.loads(sys.argv[1]):
    __import__(name)
print(json.dumps({"qt": sorted(m for m in sys.modules if m.split(".")[0] == "PySide6"),
                  "imported": sorted(m for m in sys.modules if m.startswith("mindmap_app."))}))
"""


def qt_free_modules() -> list[str]:
    names = []
    for layer in QT_FREE:
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            if layer == "safety" and path.stem in SAFETY_QT:
                continue
            parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            names.append(".".join(parts))
    return names


def test_model_layout_io_and_safety_files_never_import_pyside6():
    modules = qt_free_modules()
    assert "mindmap_app.io.yaml_format" in modules and "mindmap_app.model.mind_map" in modules
    assert {"mindmap_app.safety.sessions", "mindmap_app.safety.recovery_files",
            "mindmap_app.safety.backups", "mindmap_app.safety.worker",
            "mindmap_app.safety.locks", "mindmap_app.safety.candidates"} <= set(modules)
    assert {p.stem for p in (PACKAGE / "safety").glob("*.py")} >= SAFETY_QT
    result = subprocess.run([sys.executable, "-c", PROBE, json.dumps(modules)],
                            capture_output=True, text=True, timeout=120, cwd=PACKAGE.parent)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert set(modules) <= set(report["imported"])
    assert report["qt"] == [], f"PySide6 imported by {modules}: {report['qt']}"


def test_io_holds_file_formats_only():
    """Autosave, recovery and backups live in safety/, not among the file formats."""
    names = {p.stem for p in (PACKAGE / "io").glob("*.py")}
    assert not names & {"recovery_store", "backups", "autosave", "sessions"}, names


def test_the_shipped_app_runs_no_outside_code():
    """No test hook in the product: nothing reads a script path from the environment and
    nothing compiles or executes source text."""
    for path in sorted(PACKAGE.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        assert "MINDMAP_TEST_SCRIPT" not in text, path
        assert "exec(compile(" not in text, path


def test_the_cli_subcommands_do_not_import_pyside6(tmp_path):
    path = tmp_path / "m.yaml"
    path.write_text("format: mindmap/1\nroot: {text: a}\n", encoding="utf-8")
    code = ("import sys\nfrom mindmap_app.cli import main\n"
            "code = main(['validate', sys.argv[1]])\n"
            "assert code == 0, code\n"
            "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt loaded'\n")
    result = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr


# ------------------------------------------------------------------ one door into the model
#: the map's graph: networkx's internals (``_node``, ``_succ``...) are reached only through it
GRAPH_NAMES = {"graph"}


def reach_ins(path: Path) -> list[str]:
    """Where ``path`` reads ``x.graph`` (or networkx internals) or imports networkx."""
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in GRAPH_NAMES:
            found.append(f"{path.name}:{node.lineno} .{node.attr}")
        elif isinstance(node, ast.Import | ast.ImportFrom):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [
                node.module or ""]
            if any(n.split(".")[0] == "networkx" for n in names):
                found.append(f"{path.name}:{node.lineno} imports networkx")
    return found


def test_only_the_model_touches_the_graph():
    model = PACKAGE / "model"
    outside = [p for p in sorted(PACKAGE.rglob("*.py")) if model not in p.parents]
    assert len(outside) > 20
    found = [hit for path in outside for hit in reach_ins(path)]
    assert found == [], f"modules outside model/ reach into the map's graph: {found}"


def test_the_reach_in_check_sees_a_reach_in(tmp_path):
    path = tmp_path / "bad.py"
    path.write_text("import networkx as nx\n\ndef f(m):\n    return m.graph.nodes\n")
    assert reach_ins(path) == ["bad.py:1 imports networkx", "bad.py:4 .graph"]


# ---------------------------------------------------------------------------- import cycles
#: cycles made on purpose by an import inside a function, each for a reason
ALLOWED_CYCLES = [
    # MindMap.apply and from_records use the edits and the invariant check, which are built
    # on MindMap
    {"mindmap_app.model.edits", "mindmap_app.model.fragment", "mindmap_app.model.invariants",
     "mindmap_app.model.mind_map"},
    # the engine loads the Qt renderer only when an image is asked for
    {"mindmap_app.render.engine", "mindmap_app.render.export"},
]


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Modules ``path`` imports, at the top or inside functions (not under TYPE_CHECKING)."""
    import ast

    name = _module_name(path)
    package = name if path.stem == "__init__" else name.rsplit(".", 1)[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {id(sub) for node in ast.walk(tree)
                   if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
                   for sub in ast.walk(node)}
    out: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.ImportFrom):
            base = package.split(".")[:len(package.split(".")) - node.level + 1] \
                if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            out.add(module)
            out.update(f"{module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
    return out


def import_cycles() -> list[set[str]]:
    """Groups of modules that import each other (strongly connected, more than one)."""
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph = {m: sorted(i for i in _imports(p) if i in modules and i != m)
             for m, p in modules.items()}
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles = []
    for start in sorted(graph):  # Tarjan's algorithm, iteratively
        if start in order:
            continue
        work = [(start, 0)]
        while work:
            node, i = work.pop()
            if i == 0:
                order[node] = low[node] = len(order)
                stack.append(node)
            if i < len(graph[node]):
                work.append((node, i + 1))
                nxt = graph[node][i]
                if nxt not in order:
                    work.append((nxt, 0))
                elif nxt in stack:
                    low[node] = min(low[node], order[nxt])
                continue
            if low[node] == order[node]:
                group = set()
                while True:
                    member = stack.pop()
                    group.add(member)
                    if member == node:
                        break
                if len(group) > 1:
                    cycles.append(group)
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return cycles


def test_no_import_cycles_but_the_deliberate_ones():
    cycles = import_cycles()
    assert [c for c in cycles if c not in ALLOWED_CYCLES] == []
    assert not any("mindmap_app.app.main" in c for c in cycles)


# ------------------------------------------------------------------------- the test folders
QT_FREE_TESTS = ("model", "layout", "io", "facilitation")


def test_the_model_layout_and_io_tests_load_without_qt():
    """Their modules and conftests import no Qt: collected with pytest-qt switched off,
    PySide6 never loads."""
    tests = Path(__file__).resolve().parent
    code = ("import json, sys, pytest\n"
            "rc = pytest.main(['--collect-only', '-q', '-p', 'no:pytest-qt', '-p',\n"
            "                  'no:cacheprovider', *sys.argv[1:]])\n"
            "print(json.dumps([rc, sorted(m for m in sys.modules if m.startswith('PySide6'))]))")
    result = subprocess.run([sys.executable, "-c", code,
                             *(str(tests / name) for name in QT_FREE_TESTS)],
                            capture_output=True, text=True, timeout=300, cwd=tests.parent)
    rc, qt = json.loads(result.stdout.strip().splitlines()[-1])
    assert rc == 0, result.stdout[-2000:]
    assert qt == []
    assert " collected" in result.stdout and "no tests" not in result.stdout
