"""``mindmap-app export`` and ``mindmap-app convert`` from a shell with no display (SSH, CI):
files come out right, round trips keep the tree, every problem is one line and an exit code,
and a failed run leaves no file behind."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from mindmap_app import cli
from mindmap_app.io.formats import read_map
from mindmap_app.io.yaml_format import save_map
from mindmap_app.model import Fragment, InsertSubtree, MindMap
from tests.conftest import SAMPLE_MAPS, SRC

NATIONAL = SAMPLE_MAPS / "national.yaml"


def headless_env() -> dict[str, str]:
    """The environment of an SSH session or a CI job: no display, no Qt platform chosen."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(SRC) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mindmap_app", *map(str, args)],
                          env=headless_env(), cwd=cwd, capture_output=True, text=True,
                          timeout=120)


def tree(mind_map: MindMap) -> list[tuple[int, str]]:
    """(depth, text) of every node of the main tree, in order."""
    return [(mind_map.depth(n), mind_map.text(n)) for n in mind_map.subtree(mind_map.root)]


def one_line_error(result: subprocess.CompletedProcess | tuple[int, str], code: int) -> str:
    returncode, stderr = ((result.returncode, result.stderr)
                          if isinstance(result, subprocess.CompletedProcess) else result)
    assert returncode == code, stderr
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    return lines[0]


# ----------------------------------------------------------------- images, no display
def test_export_images_without_a_display(tmp_path: Path) -> None:
    for name in ("n.png", "n.svg", "n.pdf"):
        result = run("export", NATIONAL, "-o", tmp_path / name, "--scale", "2")
        assert result.returncode == 0, result.stderr
        assert result.stderr == ""
        assert result.stdout.startswith(f"wrote {tmp_path / name}")
    assert (tmp_path / "n.png").read_bytes().startswith(b"\x89PNG")
    assert (tmp_path / "n.pdf").read_bytes().startswith(b"%PDF")
    texts = "".join(el.text or "" for el in ET.parse(tmp_path / "n.svg").iter()
                    if el.tag.endswith("text"))
    assert "Threats" in texts and "Opportunities" in texts


def test_svg_from_the_command_line_is_the_same_every_time(tmp_path: Path) -> None:
    for name in ("a.svg", "b.svg"):
        assert run("export", NATIONAL, "-o", tmp_path / name, "--theme", "dark",
                   "-q").returncode == 0
    assert (tmp_path / "a.svg").read_bytes() == (tmp_path / "b.svg").read_bytes()


def test_branch_and_format_options(tmp_path: Path) -> None:
    out = tmp_path / "threats.outline"
    result = run("export", NATIONAL, "-o", out, "--branch", "threats", "--format", "md")
    assert result.returncode == 0, result.stderr
    text = out.read_text()
    assert text.startswith("# Threats") and "Opportunities" not in text


# ----------------------------------------------------------------------- round trips
@pytest.mark.parametrize("ext", ["md", "opml", "mm", "txt"])
def test_convert_round_trip_keeps_the_tree_and_texts(tmp_path: Path, ext: str) -> None:
    original = read_map(NATIONAL)
    there = tmp_path / f"national.{ext}"
    back = tmp_path / "back.yaml"
    assert run("convert", NATIONAL, there, "-q").returncode == 0
    result = run("convert", there, back)
    assert result.returncode == 0, result.stderr
    assert tree(read_map(back)) == tree(original)


def test_convert_with_named_formats(tmp_path: Path) -> None:
    source = tmp_path / "notes.list"
    source.write_text("Workshop\n\tThreats\n\t\tCuts\n\tOpportunities\n", encoding="utf-8")
    result = run("convert", source, tmp_path / "notes.map", "--from", "txt", "--to", "yaml")
    assert result.returncode == 0, result.stderr
    assert tree(read_map(tmp_path / "notes.map", "yaml")) == [
        (0, "Workshop"), (1, "Threats"), (2, "Cuts"), (1, "Opportunities")]


# ------------------------------------------------------------------------ problems
def test_unknown_output_format_exits_2(tmp_path: Path) -> None:
    line = one_line_error(run("export", NATIONAL, "-o", tmp_path / "n.docx"), 2)
    assert "unknown file type '.docx'" in line
    assert list(tmp_path.iterdir()) == []


def test_unreadable_input_exits_1(tmp_path: Path) -> None:
    line = one_line_error(run("convert", tmp_path / "missing.yaml", tmp_path / "m.md"), 1)
    assert "missing.yaml" in line and "No such file" in line
    bad = tmp_path / "bad.opml"
    bad.write_text("<opml><body><outline text='x'></body></opml>")
    line = one_line_error(run("export", bad, "-o", tmp_path / "bad.png"), 1)
    assert line.startswith("mindmap-app export: ") and "bad.opml" in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.opml"]


def test_unwritable_output_exits_1(tmp_path: Path) -> None:
    line = one_line_error(run("export", NATIONAL, "-o", tmp_path / "nowhere" / "n.png"), 1)
    assert "cannot write" in line and "does not exist" in line
    line = one_line_error(run("convert", NATIONAL, tmp_path), 2)   # a folder has no type
    assert "no file extension" in line
    (tmp_path / "taken.svg").mkdir()
    line = one_line_error(run("export", NATIONAL, "-o", tmp_path / "taken.svg"), 1)
    assert "it is a folder" in line


@pytest.mark.parametrize("args, message", [
    (["--scale", "big"], "--scale needs a number"),
    (["--scale", "40"], "out of range"),
    (["--theme", "neon"], "unknown theme 'neon'"),
    (["--branch", "nope"], "no node with id 'nope'"),
    (["--page", "Letter"], "unknown page size"),
    (["--format", "gif"], "unknown format 'gif'"),
])
def test_bad_options_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture,
                            args: list[str], message: str) -> None:
    code = cli.main(["export", str(NATIONAL), "-o", str(tmp_path / "n.png"), *args])
    line = one_line_error((code, capsys.readouterr().err), 2)
    assert message in line
    assert list(tmp_path.iterdir()) == []


def test_images_cannot_be_read(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    picture = tmp_path / "n.png"
    picture.write_bytes(b"\x89PNG")
    code = cli.main(["convert", str(picture), str(tmp_path / "n.md")])
    assert "cannot be read" in one_line_error((code, capsys.readouterr().err), 2)


# ------------------------------------------------------------------- large maps
def big_map(count: int) -> MindMap:
    m = MindMap("Big", "Big map", root_id="root")
    per_branch = count // 10
    for b in range(10):
        nodes = [(f"b{b}", None, {"text": f"Branch {b}"})]
        nodes += [(f"b{b}-{i}", f"b{b}", {"text": f"Idea {b}.{i}"}) for i in range(per_branch - 1)]
        m.apply(InsertSubtree("root", b, Fragment(tuple(nodes))))
    return m


def test_large_map_reports_progress_on_stderr(tmp_path: Path) -> None:
    source = tmp_path / "big.yaml"
    save_map(big_map(2500), source)
    result = run("export", source, "-o", tmp_path / "big.svg")
    assert result.returncode == 0, result.stderr
    assert "laying out 2,501 nodes" in result.stderr
    assert "done in" in result.stderr and "Traceback" not in result.stderr
    assert "Idea 9.248" in (tmp_path / "big.svg").read_text()
    quiet = run("export", source, "-o", tmp_path / "big.md", "--quiet")
    assert quiet.returncode == 0 and quiet.stderr == "" and quiet.stdout == ""


# ------------------------------------------------------------------------- speed
def test_validate_and_info_do_not_load_qt() -> None:
    code = ("import sys; from mindmap_app import cli; "
            f"assert cli.main(['info', {str(NATIONAL)!r}]) == 0; "
            "assert cli.main(['export', '--help']) == 0; "
            "print('PySide6' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], env=headless_env(),
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "False"


@pytest.mark.parametrize("name", sorted(p.stem for p in SAMPLE_MAPS.glob("*.yaml")))
def test_every_sample_map_exports_to_every_format(name: str, tmp_path: Path, qapp) -> None:  # noqa: ANN001
    source = SAMPLE_MAPS / f"{name}.yaml"
    mind_map = read_map(source)
    texts = {mind_map.text(n) for n in mind_map.visible_nodes()}
    heads = {"png": b"\x89PNG", "pdf": b"%PDF", "svg": b"<?xml"}
    for ext in ("png", "svg", "pdf", "md", "opml", "mm", "txt"):
        out = tmp_path / f"{name}.{ext}"
        assert cli.main(["export", str(source), "-o", str(out)]) == 0, ext
        data = out.read_bytes()
        if ext in heads:
            assert data.startswith(heads[ext]), ext
            if ext == "svg":
                ET.fromstring(data)
        else:
            back = read_map(out)
            assert len(back) == len(mind_map), ext
            if ext != "txt":     # the plain outline joins multi-line texts into one line
                assert texts <= {back.text(n) for n in back.nodes()}, ext
