"""File > Open and ``mindmap-app FILE`` open every format the registry reads: the map comes
in untitled (Save asks where, as YAML); an unreadable file gets one line naming it."""

from __future__ import annotations

from pathlib import Path

import pytest

from mindmap_app.app.file_filters import open_filter
from mindmap_app.io.formats import readable_formats, write_map
from mindmap_app.io.yaml_format import load_map
from tests.conftest import SAMPLE_MAPS

#: formats the app reads and also writes: a file made here opens again in the window (a
#: read-only format, such as XMind, has its own reader tests under io)
OUTLINES = [f for f in readable_formats() if f.name != "yaml" and f.writable]


def make_window(qtbot):  # noqa: ANN001, ANN201
    from mindmap_app.app.main_window import MainWindow

    window = MainWindow()
    window.errors = []
    window.show_error = lambda title, message: window.errors.append(message)
    window.ask_save = lambda document: "discard"
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_open_dialog_lists_every_readable_format_from_the_registry():
    text = open_filter()
    entries = text.split(";;")
    every = entries[0]
    for fmt in readable_formats():
        for ext in fmt.extensions:
            assert f"*{ext}" in every
        assert fmt.file_filter() in entries
    assert entries[-1] == "All files (*)"


@pytest.mark.parametrize("fmt", OUTLINES, ids=lambda f: f.name)
def test_open_an_outline_format_in_a_tab_untitled_and_save_as_yaml(qtbot, tmp_path, fmt):
    source = load_map(SAMPLE_MAPS / "local.yaml")
    path = tmp_path / f"local{fmt.extension}"
    write_map(source, path, fmt)
    imported_bytes = path.read_bytes()
    window = make_window(qtbot)
    editor = window.open_path(path)
    assert editor is not None, window.errors
    doc = editor.document
    assert doc.path is None and doc.imported_from == path
    texts = {editor.mind_map.text(n) for n in editor.mind_map.nodes()}
    assert {source.text(n) for n in source.children(source.root)} <= texts
    asked = []

    def save_name(*args):  # noqa: ANN002, ANN202
        asked.append(args[2])
        return str(tmp_path / "kept"), "Mind maps (*.yaml *.yml)"

    from PySide6.QtWidgets import QFileDialog

    original = QFileDialog.getSaveFileName
    QFileDialog.getSaveFileName = staticmethod(save_name)
    try:
        window.actions_by_name["save"].trigger()
    finally:
        QFileDialog.getSaveFileName = original
    assert asked and asked[0].endswith("local.yaml"), "Save asks where, as YAML"
    assert (tmp_path / "kept.yaml").exists()
    assert load_map(tmp_path / "kept.yaml").same_as(editor.mind_map)
    assert path.read_bytes() == imported_bytes, "the imported file is left as it was"
    assert not doc.modified


@pytest.mark.parametrize("name, content", [
    ("broken.mm", b"<map><node TEXT='a'>"),
    ("broken.opml", b"<opml><body><outline"),
    ("picture.png", b"\x89PNG\r\n"),
    ("missing.md", None),
])
def test_unreadable_files_get_one_line_naming_the_file(qtbot, tmp_path, name, content):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    window = make_window(qtbot)
    assert window.open_path(path) is None
    assert len(window.errors) == 1
    message = window.errors[0]
    assert "\n" not in message and name in message
    assert "Traceback" not in message


def test_command_line_opens_an_outline(qtbot, tmp_path):
    from mindmap_app.app.main import build_window

    path = tmp_path / "notes.txt"
    path.write_text("Workshop\n  Threats\n  Opportunities\n", encoding="utf-8")
    window = build_window([str(path)])
    qtbot.addWidget(window)
    window.ask_save = lambda document: "discard"
    editor = window.editor()
    m = editor.mind_map
    assert [m.text(c) for c in m.children(m.root)] == ["Threats", "Opportunities"]
    assert editor.document.path is None


def test_yaml_without_a_known_extension_still_opens(qtbot, tmp_path):
    path = tmp_path / "map.backup"
    path.write_bytes((SAMPLE_MAPS / "local.yaml").read_bytes())
    window = make_window(qtbot)
    editor = window.open_path(path)
    assert editor is not None and editor.document.path == Path(path).resolve()
