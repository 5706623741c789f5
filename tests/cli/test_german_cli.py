"""The command line in German: with a German system locale (``LANG=de_DE.UTF-8``), the
setting ``ui/language`` or ``--language de``, ``mindmap-app --help`` and every subcommand's
help, its output and its one-line errors are German; fails on any help text left in
English. English stays English."""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys

import pytest

from mindmap_app.cli import build_parser
from mindmap_app.i18n import ENV, messages
from tests.conftest import SAMPLE_MAPS, SRC

COMMANDS = ("validate", "info", "export", "convert", "report", "serve", "join")
#: argparse's own words, English
ARGPARSE = ("usage:", "positional arguments", "options:", "show this help message",
            "show program's version")


def run(args: list[str], tmp_path, lang: str = "de_DE.UTF-8", **extra: str):  # noqa: ANN001, ANN201
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("LC_") and k not in (ENV, "LANGUAGE")}
    env.update(LANG=lang, PYTHONPATH=str(SRC), XDG_CONFIG_HOME=str(tmp_path / "config"),
               COLUMNS="100", **extra)
    return subprocess.run([sys.executable, "-m", "mindmap_app", *args], capture_output=True,
                          text=True, env=env, timeout=120, cwd=tmp_path)


def help_texts() -> list[str]:
    """Every description and argument help of the parser, in English."""
    parser = build_parser()
    texts = [parser.description]
    parsers = [parser]
    for action in parser._actions:  # noqa: SLF001
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            parsers += action.choices.values()
    for each in parsers:
        texts.append(each.description)
        texts += [a.help for a in each._actions if a.help]  # noqa: SLF001
    return [t for t in texts if t]


def squeeze(text: str) -> str:
    """Without white space (argparse wraps the lines where it likes)."""
    return re.sub(r"\s+", "", text)


def test_every_help_line_is_german_with_a_german_locale(tmp_path):
    english = help_texts()
    assert len(english) > 30
    outputs = {"": run(["--help"], tmp_path)}
    outputs.update({name: run([name, "--help"], tmp_path) for name in COMMANDS})
    problems = []
    for name, done in outputs.items():
        assert done.returncode == 0, done.stderr
        page = squeeze(done.stdout)
        problems += [f"mindmap-app {name} --help: {text!r}" for text in english
                     if squeeze(text) in page]
        problems += [f"mindmap-app {name} --help: {word!r}" for word in ARGPARSE
                     if squeeze(word) in page]
        assert done.stdout.startswith("Aufruf: mindmap-app"), done.stdout
        assert "Optionen:" in done.stdout
    assert problems == [], "left in English:\n" + "\n".join(problems)
    german = {squeeze(messages.message(text, "de")) for text in english}
    shown = squeeze("".join(d.stdout for d in outputs.values()))
    assert not [t for t in german if t not in shown]     # each help text, translated


def test_english_stays_english(tmp_path):
    done = run(["--help"], tmp_path, lang="en_GB.UTF-8")
    assert done.stdout.startswith("usage: mindmap-app")
    assert "check that map files are valid" in done.stdout


def test_output_and_errors_are_german(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: mindmap/1\nroot:\n  text: [unclosed\n", encoding="utf-8")
    done = run(["validate", str(SAMPLE_MAPS / "national.yaml"), str(bad),
                str(tmp_path / "missing.yaml")], tmp_path)
    assert done.returncode == 1
    assert re.search(r"^ok .*national\.yaml \(\d+ Knoten\)$", done.stdout, re.M), done.stdout
    lines = done.stderr.splitlines()
    assert len(lines) == 2, done.stderr
    assert lines[0].startswith(f"{bad}:4:1: kein gültiges YAML: ")
    assert "fehlt" in lines[0] and "did not" not in lines[0]
    assert lines[1].endswith("missing.yaml: die Datei kann nicht gelesen werden: Datei oder "
                             "Ordner nicht gefunden")
    info = run(["info", str(SAMPLE_MAPS / "national.yaml")], tmp_path)
    assert re.search(r"^Anordnung: +\S", info.stdout, re.M), info.stdout
    assert "Knoten:" in info.stdout and "layout:" not in info.stdout
    usage = run(["export", str(SAMPLE_MAPS / "national.yaml")], tmp_path)
    assert usage.returncode == 2
    assert "Fehler: diese Argumente fehlen: -o/--output" in usage.stderr
    out = tmp_path / "national.md"
    done = run(["export", str(SAMPLE_MAPS / "national.yaml"), "-o", str(out)], tmp_path)
    assert done.returncode == 0 and out.exists()
    assert done.stdout.startswith(f"{out} geschrieben (") and "Knoten" in done.stdout
    refused = run(["export", str(SAMPLE_MAPS / "national.yaml"), "-o", str(out),
                   "--page", "A5"], tmp_path)
    assert "unbekanntes Seitenformat 'A5'" in refused.stderr, refused.stderr


@pytest.mark.parametrize("how", ["setting", "option"])
def test_the_setting_or_the_option_chooses_german_too(tmp_path, how):
    if how == "setting":        # written by Qt's QSettings, read back without Qt
        script = ("from PySide6.QtCore import QSettings; s = QSettings('mindmap-app', "
                  "'mindmap-app'); s.setValue('ui/language', 'de'); s.sync()")
        env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config")}
        subprocess.run([sys.executable, "-c", script], env=env, check=True, timeout=60)
        done = run(["validate", "--help"], tmp_path, lang="en_GB.UTF-8")
    else:
        done = run(["--language", "de", "validate", "--help"], tmp_path, lang="en_GB.UTF-8")
    assert done.stdout.startswith("Aufruf:"), done.stdout
    assert "prüfen, ob Mindmap-Dateien gültig sind" in done.stdout


def test_the_meeting_report_is_german(tmp_path):
    out = tmp_path / "bericht.md"
    done = run(["report", str(SAMPLE_MAPS / "workshop.yaml"), "-o", str(out)], tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"{out} geschrieben"
    text = out.read_text(encoding="utf-8")
    headings = re.findall(r"^## (.+)$", text, re.M)
    assert headings[:5] == ["Die Mindmap", "Ideen nach Stimmen", "Aufgaben", "Parkplatz",
                            "Ideen nach Schlagwort"], headings
    assert re.search(r"^Sitzungsbericht: \d+ Ideen, \d+ mit Stimmen, ", text, re.M)
    english = run(["report", str(SAMPLE_MAPS / "workshop.yaml"), "-o", str(out)], tmp_path,
                  lang="en_GB.UTF-8")
    assert english.returncode == 0
    assert "## Ideas ranked by votes" in out.read_text(encoding="utf-8")


def test_main_in_a_running_program_leaves_its_language_alone(monkeypatch, capsys):
    """``main`` called in-process (a test, the window's start) gives the language back."""
    from mindmap_app.cli import main

    monkeypatch.delenv(ENV, raising=False)
    before = messages.language()
    assert main(["--language", "de", "validate", str(SAMPLE_MAPS / "national.yaml")]) == 0
    assert "Knoten" in capsys.readouterr().out
    assert messages.language() == before
