"""``mindmap-app serve`` and ``join``: one-line errors for bad addresses, codes and maps."""

from __future__ import annotations

from pathlib import Path

import pytest

from mindmap_app.cli import main

from ..conftest import SAMPLE_MAPS


@pytest.mark.parametrize(("argv", "status", "words"), [
    (["serve", str(SAMPLE_MAPS / "local.yaml"), "--host", "0.0.0.0"], 2, "every network"),
    (["serve", str(SAMPLE_MAPS / "local.yaml"), "--host", "example.org"], 2, "not an IP"),
    (["serve", str(SAMPLE_MAPS / "local.yaml"), "--port", "70000"], 2, "port 70000"),
    (["join", "not a code"], 2, "is not a join code"),
])
def test_bad_arguments_get_one_line(argv: list[str], status: int, words: str,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == status
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1


def test_serve_a_broken_map_names_the_file(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: mindmap/1\nroot: [\n", encoding="utf-8")
    assert main(["serve", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "bad.yaml" in err and err.count("\n") == 1


def test_join_opens_the_window_and_joins_once_it_shows(monkeypatch) -> None:  # noqa: ANN001
    import mindmap_app.app.main as app_main

    calls = {}

    def fake_run_gui(paths, after_start=None):  # noqa: ANN001, ANN202
        calls["paths"] = paths

        class Window:
            class sharing:  # noqa: N801
                @staticmethod
                def join(code, name):  # noqa: ANN001, ANN205
                    calls["joined"] = (str(code), name)
        after_start(Window)
        return 0

    monkeypatch.setattr(app_main, "run_gui", fake_run_gui)
    assert main(["join", "127.0.0.1:8765/Ab3dEf9hJk2m", "--name", "Bob"]) == 0
    assert calls == {"paths": [], "joined": ("127.0.0.1:8765/Ab3dEf9hJk2m", "Bob")}
