"""Small things a new user trips over (issue 20): the export dialog's width, the scale range
``export --help`` states, and Qt's warning about the window title's ``[*]``."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import QSettings

from mindmap_app.app.export_dialog import ExportDialog
from mindmap_app.commands import EditTextCommand
from mindmap_app.io.formats import read_map
from mindmap_app.model import operations as ops
from mindmap_app.render.options import MAX_SCALE, MIN_SCALE
from tests.conftest import SAMPLE_MAPS
from tests.gui_helpers import copy_samples, open_window


def test_export_dialog_opens_at_the_same_width_whatever_is_selected(qtbot, tmp_path):
    QSettings("mindmap-app", "mindmap-app").remove("export")
    m = read_map(SAMPLE_MAPS / "national.yaml")
    longest = max(m.nodes(), key=lambda n: len(m.text(n)))
    widths = set()
    for selected, fmt in ((None, "png"), (m.root, "png"), (longest, "png"), (longest, "md"),
                          (None, "opml"), (longest, "pdf")):
        dialog = ExportDialog(m, selected=selected, screen_theme="light", folder=tmp_path)
        qtbot.addWidget(dialog)
        dialog.set_choices(format=fmt, scope="branch" if selected else "map")
        dialog.update_preview()
        dialog.show()
        qtbot.waitExposed(dialog)
        widths.add(dialog.width())
        dialog.reject()
    assert len(widths) == 1, widths


def test_export_help_states_the_scale_range_the_exporter_accepts(tmp_path):
    out = subprocess.run([sys.executable, "-m", "mindmap_app", "export", "--help"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0
    text = " ".join(out.stdout.split())
    assert f"{MIN_SCALE:g} to {MAX_SCALE:g}" in text
    assert "1 to 4" not in text
    source = SAMPLE_MAPS / "personal.yaml"
    for scale, ok in ((MIN_SCALE, True), (MAX_SCALE + 0.5, False)):
        done = subprocess.run([sys.executable, "-m", "mindmap_app", "export", str(source), "-o",
                               str(tmp_path / f"x{scale}.png"), "--scale", str(scale)],
                              capture_output=True, text=True, timeout=120)
        assert (done.returncode == 0) == ok, done.stderr


@pytest.mark.parametrize("modified", [False, True])
def test_no_qt_warning_about_the_window_title(qtbot, qtlog, tmp_path, modified):
    from PySide6.QtCore import Qt

    from mindmap_app.app.document import Document

    window, editor = open_window(qtbot, copy_samples(tmp_path) / "personal.yaml")
    if modified:
        qtbot.keyClick(editor.view, Qt.Key.Key_Space)
    window.close_tab(0)
    window.new_map()
    window.close_tab(0)        # no tab: the title has no "[*]"; then a changed map comes in
    (tmp_path / "again").mkdir()
    document = Document.open(copy_samples(tmp_path / "again") / "personal.yaml")
    document.run(ops.set_text(document.mind_map.root, "Changed"), "Edit Text",
                 EditTextCommand, node=document.mind_map.root, after_add=False)
    assert document.modified
    window.add_document(document)
    messages = [r.message for r in qtlog.records]
    assert not [m for m in messages if "[*]" in m], messages
    assert window.isWindowModified() == window.editor().document.modified
