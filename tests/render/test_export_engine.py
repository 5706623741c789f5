"""The export engine's one entry point: options and the branch are checked once, on the way
from the command line or the dialog to the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from mindmap_app import cli
from mindmap_app.io.yaml_format import load_map
from mindmap_app.model.operations import branch_map
from mindmap_app.render import engine
from mindmap_app.render.options import ExportError, ExportOptionError, ExportOptions
from tests.conftest import SAMPLE_MAPS

NATIONAL = SAMPLE_MAPS / "national.yaml"


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[ExportOptions]:
    """Every time export options are actually checked."""
    seen: list[ExportOptions] = []
    original = ExportOptions._normalised

    def counting(self: ExportOptions) -> ExportOptions:
        seen.append(self)
        return original(self)

    monkeypatch.setattr(ExportOptions, "_normalised", counting)
    return seen


@pytest.mark.parametrize("name", ["n.png", "n.svg", "n.md"])
def test_the_command_line_checks_the_options_once(tmp_path: Path, capsys, checks,  # noqa: ANN001
                                                  name: str) -> None:
    out = tmp_path / name
    code = cli.main(["export", str(NATIONAL), "-o", str(out), "--scale", "2", "--branch",
                     "threats", "--theme", "DARK"])
    assert code == 0, capsys.readouterr().err
    assert out.stat().st_size > 0
    assert len(checks) == 1 and checks[0].theme == "DARK"


def test_a_bad_request_is_refused_before_anything_is_drawn(tmp_path: Path, checks) -> None:  # noqa: ANN001
    mind_map = load_map(NATIONAL)
    with pytest.raises(ExportOptionError, match="no node with id 'nope'") as caught:
        engine.export(mind_map, tmp_path / "n.png", options=ExportOptions(branch="nope"))
    assert isinstance(caught.value, ValueError) and isinstance(caught.value, ExportError)
    with pytest.raises(ValueError, match="scale 40 is out of range"):
        engine.prepare(mind_map, "pdf", ExportOptions(scale=40))
    assert list(tmp_path.iterdir()) == []


def test_checked_options_stay_checked_until_changed(checks) -> None:  # noqa: ANN001
    from dataclasses import replace

    options = ExportOptions(theme="Dark", page_size="a4").checked()
    assert (options.theme, options.page_size) == ("dark", "A4")
    assert options.checked() is options and len(checks) == 1
    changed = replace(options, margin=-5)
    with pytest.raises(ExportOptionError, match="margin"):
        changed.checked()


def test_one_branch_as_an_outline_is_made_in_one_place(tmp_path: Path) -> None:
    mind_map = load_map(NATIONAL)
    job = engine.prepare(mind_map, "md", ExportOptions(branch="threats"))
    text = engine.outline_text(job)
    assert text == job.fmt.dumps(branch_map(mind_map, "threats"))
    engine.export(mind_map, tmp_path / "t.md", options=ExportOptions(branch="threats"))
    assert (tmp_path / "t.md").read_text(encoding="utf-8") == text
    assert text.splitlines()[0].lstrip("# ") == mind_map.text("threats")
