"""The Export dialog as a user meets it: choose, press Export..., find the file; come back and
find the last choices; File > Export... (Ctrl+E) in the main window exports the open tab."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog

from mindmap_app.app import export_dialog
from mindmap_app.app.export_dialog import ExportDialog
from mindmap_app.io.formats import read_map
from mindmap_app.render.export import ExportOptions, prepared_scene
from tests.conftest import SAMPLE_MAPS
from tests.gui_helpers import copy_samples, open_window


@pytest.fixture(autouse=True)
def fresh_settings() -> None:
    settings = QSettings("mindmap-app", "mindmap-app")
    settings.remove("export")
    settings.sync()


@pytest.fixture
def national(qapp):  # noqa: ANN001, ANN201
    return read_map(SAMPLE_MAPS / "national.yaml")


def make_dialog(qtbot, mind_map, tmp_path: Path, **kwargs) -> ExportDialog:  # noqa: ANN001
    dialog = ExportDialog(mind_map, screen_theme="light", name="national", folder=tmp_path,
                          **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def save_as(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """The file dialog answers ``path``; returns the suggestions it was shown."""
    shown: list[str] = []

    def answer(parent, caption, start, file_filter):  # noqa: ANN001, ANN202
        shown.append(start)
        return str(path), file_filter
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return shown


def test_png_2x_export_writes_the_file(qtbot, national, tmp_path: Path,  # noqa: ANN001
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = make_dialog(qtbot, national, tmp_path)
    dialog.set_choices(format="png", scale=2)
    target = tmp_path / "chosen.png"
    shown = save_as(monkeypatch, target)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert shown == [str(tmp_path / "national.png")]
    image = QImage(str(target))
    with prepared_scene(national, ExportOptions()) as prepared:
        width = prepared.source.width()
    assert abs(image.width() - 2 * width) <= 2
    assert "2x" not in dialog.info.text() and "×" in dialog.info.text()


def test_choices_are_remembered_in_a_new_dialog(qtbot, national, tmp_path: Path,  # noqa: ANN001
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    first = make_dialog(qtbot, national, tmp_path, selected="threats")
    first.set_choices(format="png", scale=2, theme="dark", background="transparent",
                      scope="branch")
    save_as(monkeypatch, tmp_path / "x.png")
    qtbot.mouseClick(first.export_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "x.png").exists()

    second = make_dialog(qtbot, national, tmp_path, selected="opportunities")
    assert second.chosen_format().name == "png"
    assert second.scale_box.currentText() == "2x"
    options = second.options()
    assert (options.scale, options.theme, options.transparent) == (2.0, "dark", True)
    assert options.branch == "opportunities"        # the branch chosen now, not the old id


def test_cancel_remembers_nothing_and_writes_nothing(qtbot, national,  # noqa: ANN001
                                                     tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, national, tmp_path)
    dialog.set_choices(format="pdf")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert make_dialog(qtbot, national, tmp_path).chosen_format().name == "png"
    assert list(tmp_path.iterdir()) == []


def test_outline_export_of_the_selected_branch(qtbot, national, tmp_path: Path) -> None:  # noqa: ANN001
    dialog = make_dialog(qtbot, national, tmp_path, selected="threats")
    dialog.set_choices(format="md", scope="branch")
    dialog.update_preview()
    assert dialog.preview.currentWidget() is dialog.text_view
    assert dialog.text_view.toPlainText().startswith("# Threats")
    assert dialog.suggested_path().name == "national-threats.md"
    assert dialog.export_to(tmp_path / "threats.md")
    text = (tmp_path / "threats.md").read_text()
    assert "Power ‘devolved’ to corporations" in text and "Opportunities" not in text


def test_formats_offered_include_images_and_outlines(qtbot, national, tmp_path) -> None:  # noqa: ANN001
    dialog = make_dialog(qtbot, national, tmp_path)
    offered = [dialog.format_box.itemData(i) for i in range(dialog.format_box.count())]
    assert offered[:3] == ["png", "svg", "pdf"]
    assert {"md", "opml", "mm", "txt", "yaml"} <= set(offered)
    # no selection: only the whole map can be exported
    assert dialog.scope_box.count() == 1


def test_preview_shows_the_map_and_the_theme_leaves_the_map_alone(qtbot, national,  # noqa: ANN001
                                                                  tmp_path) -> None:  # noqa: ANN001
    dialog = make_dialog(qtbot, national, tmp_path)
    dialog.set_choices(format="svg", theme="projector")
    dialog.update_preview()
    pixmap = dialog.image_view.pixmap()
    assert not pixmap.isNull() and pixmap.height() <= export_dialog.PREVIEW_SIZE.height()
    assert dialog.options().theme == "projector"
    assert national.theme == "light"


def test_a_failed_export_says_why_and_keeps_the_dialog_open(qtbot, national,  # noqa: ANN001
                                                            tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    messages: list[str] = []
    monkeypatch.setattr(ExportDialog, "_fail", lambda self, message: messages.append(message))
    dialog = make_dialog(qtbot, national, tmp_path)
    assert not dialog.export_to(tmp_path / "no-such-folder" / "m.png")
    assert messages and "Cannot write" in messages[0]
    assert dialog.isVisible()


def test_file_export_in_the_main_window(qtbot, tmp_path: Path,  # noqa: ANN001
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    window, editor = open_window(qtbot, copy_samples(tmp_path) / "national.yaml")
    action = window.actions_by_name["export"]
    assert QKeySequence("Ctrl+E") in action.shortcuts()
    editor.select("opportunities")
    seen: list[ExportDialog] = []

    def run(dialog: ExportDialog) -> int:
        seen.append(dialog)
        dialog.set_choices(format="svg", scope="branch")
        # next to the map, named after it and the branch
        assert dialog.suggested_path() == tmp_path / "maps" / "national-opportunities.svg"
        return int(dialog.export_to(tmp_path / "opportunities.svg"))
    monkeypatch.setattr(ExportDialog, "exec", run)
    action.trigger()
    assert len(seen) == 1
    text = (tmp_path / "opportunities.svg").read_text()
    assert "Opportunities" in text and "Threats" not in text
    assert editor.scene.theme.name == "light" and editor.current() == "opportunities"
