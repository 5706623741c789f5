"""The quicker PySide6 import check (issue 12) answers as PySide6's own does."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

from mindmap_app import pyside_imports


@pytest.mark.parametrize("name", [
    "mindmap_app.canvas.node_item",    # uses PySide6
    "mindmap_app.model.mind_map",      # does not
    "mindmap_app.render.png_stream",   # does not (names Qt only in its notes)
    "json",                            # the standard library
    "sys",                             # built in: no file
    "shiboken6.Shiboken",              # compiled
])
def test_quickened_check_gives_pysides_answer(name: str) -> None:
    import PySide6.QtCore  # noqa: F401 - loads the hook
    from shibokensupport import feature

    pyside_imports.quicken()                       # what the window and the export do
    module = importlib.import_module(name)
    quick = feature._mod_uses_pyside
    assert getattr(quick, "quickened", False)
    original = quick.__closure__[0].cell_contents  # PySide6's own check
    assert quick(module) == original(module)


def test_quicken_twice_keeps_one_wrapper() -> None:
    from shibokensupport import feature

    pyside_imports.quicken()
    first = feature._mod_uses_pyside
    pyside_imports.quicken()
    assert feature._mod_uses_pyside is first


def test_help_and_version_still_work_in_a_fresh_process() -> None:
    for option, expected in (("--help", "export"), ("--version", "mindmap-app")):
        result = subprocess.run([sys.executable, "-m", "mindmap_app", option],
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 0 and expected in result.stdout, result.stderr
