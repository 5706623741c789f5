"""The frozen bundle's entry point (packaging/launcher.py), run from source: it behaves as the
``mindmap-app`` command, and its ``-m`` (used by the autosave worker) runs only the app's own
modules. The bundle itself is built and smoke-tested by ``make dist`` / ``make dist-check``."""

from __future__ import annotations

import os
import subprocess
import sys

from mindmap_app import __version__
from tests.conftest import ROOT

LAUNCHER = ROOT / "packaging" / "launcher.py"


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, str(LAUNCHER), *args], input=stdin, env=env,
                          capture_output=True, text=True, timeout=60)


def test_launcher_is_the_mindmap_app_command():
    done = run("--version")
    assert done.returncode == 0
    assert done.stdout.strip() == f"mindmap-app {__version__}"


def test_launcher_runs_the_autosave_worker_but_no_foreign_module():
    assert run("-m", "mindmap_app.safety.worker").returncode == 0
    refused = run("-m", "http.server")
    assert refused.returncode == 2
    assert "only the app's own modules" in refused.stderr


def test_make_test_does_not_build_the_bundle():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    test_rule = makefile.split("\ntest:", 1)[1].split("\n\n", 1)[0]
    assert "dist" not in test_rule and "pyinstaller" not in test_rule
    assert "\ndist:" in makefile and "\ndist-check:" in makefile
