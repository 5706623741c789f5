"""PySide6-Essentials 6.12.0 aborts CPython 3.11 ("none_dealloc: deallocating None") after a
few thousand void calls such as QGraphicsItem.setPos: dragging a branch makes exactly such calls.

The stress run happens in a subprocess, so an abort shows as a failed test rather than a dead
test run; the pyproject must keep the broken release out on the interpreters it breaks.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"

STRESS = textwrap.dedent("""
    import sys
    from PySide6.QtGui import QBrush, QColor
    from PySide6.QtWidgets import QApplication, QGraphicsRectItem, QGraphicsScene

    app = QApplication(sys.argv)
    scene = QGraphicsScene()
    items = [scene.addRect(0, 0, 120, 40) for _ in range(100)]
    assert all(isinstance(item, QGraphicsRectItem) for item in items)
    brushes = [QBrush(QColor(c)) for c in ("#b03a2e", "#1e8449", "#2e86c1")]
    for i in range(50_000):
        item = items[i % 100]
        item.setPos(float(i % 700), float(i % 300))      # void
        if i % 5 == 0:
            item.setZValue(float(i % 7))                 # void
        if i % 10 == 0:
            item.update()                                # void
        if i % 25 == 0:
            item.setBrush(brushes[i % 3])                # void
    app.processEvents()
    last = items[49_999 % 100]
    assert (last.pos().x(), last.pos().y()) == (49_999 % 700, 49_999 % 300), last.pos()
    print("ok", len(scene.items()))
""")


def test_many_void_calls_on_graphics_items_do_not_abort() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", STRESS], capture_output=True, text=True,
                            env=env, timeout=300)
    assert result.returncode == 0, (result.returncode, result.stderr[-2000:])
    assert "ok 100" in result.stdout.splitlines(), result.stdout


def _pyside_requirements() -> list[Requirement]:
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    reqs = [Requirement(line) for line in project["dependencies"]]
    return [r for r in reqs if canonicalize_name(r.name) == "pyside6-essentials"]


def _admits(python_version: str, pyside_version: str) -> bool:
    """Whether the pyproject lets ``pyside_version`` install on ``python_version``."""
    env = {"python_version": python_version, "python_full_version": f"{python_version}.0"}
    active = [r for r in _pyside_requirements() if r.marker is None or r.marker.evaluate(env)]
    assert active, f"no PySide6-Essentials requirement applies on Python {python_version}"
    return all(r.specifier.contains(pyside_version, prereleases=True) for r in active)


def test_pyproject_excludes_the_aborting_release_on_python_3_11() -> None:
    assert not _admits("3.11", "6.12.0")
    # the exclusion is that one release only, and only where it breaks
    assert _admits("3.11", "6.11.3") and _admits("3.11", "6.12.1")
    assert _admits("3.12", "6.12.0") and _admits("3.13", "6.12.0")


def test_installed_pyside_is_admitted_by_the_pyproject() -> None:
    installed = metadata.version("PySide6-Essentials")
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    assert _admits(python, installed), (python, installed)
