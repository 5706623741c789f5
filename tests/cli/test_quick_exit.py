"""A command that has done its work ends its process at once (``cli.quick_exit``): what the
user gets from it is all there (the file whole, every line printed through a pipe, the exit
code), the exit handlers still run, and a thread still at work is waited for."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtGui import QImage

from tests.cli.test_convert_cli import NATIONAL, headless_env, one_line_error


def buffered_env() -> dict[str, str]:
    """A shell's environment: output to a pipe is block-buffered (a quick end must flush it)."""
    return {k: v for k, v in headless_env().items() if k != "PYTHONUNBUFFERED"}


def run(*args: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mindmap_app", *map(str, args)],
                          env=buffered_env(), capture_output=True, text=True, timeout=120)


def as_program(prelude: str, *args: str | Path) -> subprocess.CompletedProcess:
    """``python -m mindmap_app ARGS`` with ``prelude`` run first in the same process."""
    code = (f"import runpy, sys\n{prelude}\nsys.argv = ['mindmap_app', *{list(map(str, args))!r}]\n"
            "runpy.run_module('mindmap_app', run_name='__main__', alter_sys=True)\n")
    return subprocess.run([sys.executable, "-c", code], env=buffered_env(), capture_output=True,
                          text=True, timeout=120)


def test_an_export_ends_with_its_file_whole_and_its_line_printed(tmp_path: Path) -> None:
    png, svg = tmp_path / "national.png", tmp_path / "national.svg"
    for out in (png, svg):
        result = run("export", NATIONAL, "-o", out)       # stdout is a pipe: block-buffered
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith(f"wrote {out} (") and result.stdout.endswith(")\n")
        assert result.stderr == ""
    image = QImage(str(png))
    assert not image.isNull() and image.width() > 400 and image.height() > 200
    root = ET.parse(svg).getroot()
    texts = " ".join(t.strip() for t in root.itertext())
    assert "Big Society" in texts or len(texts) > 200


def test_a_failed_command_keeps_its_exit_code_and_its_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("title: x\nroot:\n  text: [unclosed\n", encoding="utf-8")
    result = run("validate", bad)
    assert "bad.yaml" in one_line_error(result, 1)
    result = run("export", NATIONAL, "-o", tmp_path / "missing" / "out.svg")
    assert "missing" in one_line_error(result, 1)
    assert not (tmp_path / "missing").exists()


def test_the_exit_handlers_run_and_a_working_thread_is_waited_for(tmp_path: Path) -> None:
    out = tmp_path / "n.svg"
    handlers = as_program("import atexit\natexit.register(print, 'exit handler ran')",
                          "export", NATIONAL, "-o", out)
    assert handlers.returncode == 0, handlers.stderr
    assert handlers.stdout.splitlines()[-1] == "exit handler ran"
    thread = as_program(
        "import threading, time\n"
        "threading.Thread(target=lambda: (time.sleep(0.5), print('thread done', flush=True)))"
        ".start()", "info", NATIONAL)
    assert thread.returncode == 0, thread.stderr
    assert "thread done" in thread.stdout.splitlines()
