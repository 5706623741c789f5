"""The ``mindmap-app`` command line: validate, info, opening the window, exit codes."""

from __future__ import annotations

import subprocess
import sys
import types
from pathlib import Path

import pytest

from mindmap_app import cli
from mindmap_app.cli import main

GOOD = """\
format: mindmap/1
title: Local level
layout: right
theme: projector
root:
  id: local
  text: Local community level
  children:
    - id: threats
      text: Threats
      children:
        - text: Councils lose funding
          link: national.yaml
    - id: opps
      text: Opportunities
floating:
  - text: Parking lot
    children:
      - text: later
links:
  - {from: threats, to: opps, label: turn into}
  - {from: opps, to: local}
"""
BAD = "format: mindmap/1\nroot:\n  text: Centre\n  children:\n    - text: no\n"


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    good = tmp_path / "local.yaml"
    good.write_text(GOOD, encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text(BAD, encoding="utf-8")
    return {"good": good, "bad": bad, "missing": tmp_path / "missing.yaml", "dir": tmp_path}


def test_validate_good_files(files, capsys):
    assert main(["validate", str(files["good"]), str(files["good"])]) == 0
    out, err = capsys.readouterr()
    assert out == f"ok {files['good']} (6 nodes)\n" * 2
    assert err == ""


def test_validate_reports_each_problem_on_one_line(files, capsys):
    paths = [str(files[k]) for k in ("good", "bad", "missing", "dir")]
    assert main(["validate", *paths]) == 1
    out, err = capsys.readouterr()
    assert out == f"ok {files['good']} (6 nodes)\n"
    assert err.splitlines() == [
        f"{files['bad']}:5:7: 'text' of the node at line 5 must be text, found no (YAML reads "
        f"it as the boolean false): put it in quotes",
        f"{files['missing']}: cannot read the file: No such file or directory",
        f"{files['dir']}: this is a folder, not a map file",
    ]


def test_validate_needs_a_file(capsys):
    assert main(["validate"]) == 2
    assert "the following arguments are required: FILE" in capsys.readouterr().err


def test_info_describes_the_map(files, capsys):
    assert main(["info", str(files["good"])]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out.splitlines() == [
        f"file:      {files['good']}",
        "title:     Local level",
        "layout:    right",
        "theme:     projector",
        "nodes:     6",
        "depth:     2",
        "floating:  1 subtree (2 nodes)",
        "links:     2 (1 labelled)",
        "map links: 1 (national.yaml)",
    ]


def test_info_on_a_bad_file(files, capsys):
    assert main(["info", str(files["bad"])]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"{files['bad']}:5:7: ") and err.count("\n") == 1


def test_info_on_a_minimal_map(tmp_path, capsys):
    path = tmp_path / "one.yaml"
    path.write_text("format: mindmap/1\nroot: {text: alone}\n", encoding="utf-8")
    assert main(["info", str(path)]) == 0
    out = capsys.readouterr().out
    assert "title:     (none)\n" in out
    assert "nodes:     1\n" in out and "depth:     0\n" in out
    assert "floating:  none\n" in out and "links:     none\n" in out


@pytest.fixture
def fake_gui(monkeypatch):
    """Stands in for mindmap_app.app.main, so no window opens."""
    calls = []
    module = types.ModuleType("mindmap_app.app.main")

    def run_gui(paths):
        calls.append(paths)
        return 0

    module.run_gui = run_gui
    monkeypatch.setitem(sys.modules, "mindmap_app.app.main", module)
    return calls


def test_no_arguments_opens_the_window(fake_gui):
    assert main([]) == 0
    assert fake_gui == [[]]


def test_file_arguments_open_them_in_the_window(fake_gui):
    assert main(["a.yaml", "b.yaml"]) == 0
    assert fake_gui == [["a.yaml", "b.yaml"]]


def test_subcommands_never_open_the_window(fake_gui, files):
    main(["validate", str(files["good"])])
    main(["info", str(files["good"])])
    assert fake_gui == []


def test_help_and_version(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "validate" in out and "info" in out and "[FILE...]" in out
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("mindmap-app 0.")


def test_an_unexpected_failure_is_one_line_not_a_traceback(files, capsys, monkeypatch):
    def broken(path):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("mindmap_app.io.yaml_format.load_map", broken)
    assert main(["validate", str(files["good"])]) == 1
    assert capsys.readouterr().err == "mindmap-app validate: RuntimeError: disk on fire\n"


def test_a_new_subcommand_takes_one_function(capsys, monkeypatch):
    monkeypatch.setattr(cli, "SUBCOMMANDS", dict(cli.SUBCOMMANDS))

    @cli.subcommand("shout", "say it loud", cli.arg("word"), cli.arg("--times", type=int,
                                                                     default=1))
    def shout(args):
        print(args.word.upper() * args.times)
        return 3

    assert main(["shout", "hi", "--times", "2"]) == 3
    assert capsys.readouterr().out == "HIHI\n"
    main(["--help"])
    assert "say it loud" in capsys.readouterr().out


def test_python_dash_m_validate_in_a_real_process(files):
    result = subprocess.run(
        [sys.executable, "-m", "mindmap_app", "validate", str(files["good"]), str(files["bad"])],
        capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert result.stdout == f"ok {files['good']} (6 nodes)\n"
    assert result.stderr.startswith(f"{files['bad']}:5:7: 'text' of the node at line 5")
    assert "Traceback" not in result.stderr
    ok = subprocess.run([sys.executable, "-m", "mindmap_app", "validate", str(files["good"])],
                        capture_output=True, text=True, timeout=120)
    assert ok.returncode == 0


def test_an_export_run_in_a_program_leaves_its_collector_as_it_was(files, tmp_path):
    """The export holds the collector while it reads and lays out, and sets the map apart
    while it draws (a quicker command); a program that runs it goes on as before."""
    import gc

    assert gc.isenabled() and gc.get_freeze_count() == 0
    assert main(["export", str(files["good"]), "-o", str(tmp_path / "out.svg"), "-q"]) == 0
    assert (tmp_path / "out.svg").stat().st_size > 1000
    assert gc.isenabled() and gc.get_freeze_count() == 0
    assert main(["export", str(tmp_path / "missing.yaml"), "-o", str(tmp_path / "x.svg")]) == 1
    assert gc.isenabled() and gc.get_freeze_count() == 0
