"""The layers below the GUI stay free of Qt: model, layout, io and collab import without PySide6."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "mindmap_app"
QT_FREE = ("model", "layout", "io", "collab", "phones", "facilitation")

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
            parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            names.append(".".join(parts))
    return names


def test_model_layout_and_io_never_import_pyside6():
    modules = qt_free_modules()
    assert "mindmap_app.io.yaml_format" in modules and "mindmap_app.model.mind_map" in modules
    result = subprocess.run([sys.executable, "-c", PROBE, json.dumps(modules)],
                            capture_output=True, text=True, timeout=120, cwd=PACKAGE.parent)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert set(modules) <= set(report["imported"])
    assert report["qt"] == [], f"PySide6 imported by {modules}: {report['qt']}"


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
