"""File > Export...: choose format, scale, background, branch or whole map and theme, with a
preview; the last choices are remembered (``QSettings("mindmap-app", "mindmap-app")``, group
``export``).

The dialog never changes the map or the canvas: images are drawn from a scene of their own
(:mod:`mindmap_app.render.export`) in the chosen theme; everything goes through the export
engine (:mod:`mindmap_app.render.engine`), which checks the options once.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QRectF, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..i18n import translate as tr
from ..io.formats import FileFormat, get_format, writable_formats
from ..model import MindMap
from ..render.engine import export, outline_text, prepare
from ..render.export import png_size, render_preview
from ..render.options import PAGE_SIZES, PNG_SCALES, ExportError, ExportOptions
from ..themes import THEMES

PREVIEW_SIZE = QSize(520, 380)
PREVIEW_TEXT_LINES = 400
SETTINGS_GROUP = "export"


def _settings() -> QSettings:
    return QSettings("mindmap-app", "mindmap-app")


def _checkerboard(size: QSize) -> QPixmap:
    """The usual grey squares that show where a picture is transparent."""
    pixmap = QPixmap(size)
    pixmap.fill(QColor("#ffffff"))
    painter = QPainter(pixmap)
    step = 8
    for y in range(0, size.height(), step):
        for x in range(0, size.width(), step):
            if (x // step + y // step) % 2:
                painter.fillRect(x, y, step, step, QColor("#d8d8d8"))
    painter.end()
    return pixmap


COMBO_CHARS = 28         # the choices column is this many characters wide, always


class ExportDialog(QDialog):
    """Export ``mind_map`` (or the ``selected`` node's branch)."""

    def __init__(self, mind_map: MindMap, *, selected: str | None = None,
                 screen_theme: str | None = None, name: str = "map",
                 folder: str | Path | None = None, parent: QWidget | None = None,
                 legend: bool = False) -> None:
        super().__init__(parent)
        #: the legend is in the picture when it is shown in the window (View > Legend)
        self.legend = legend
        self.setWindowTitle("Export")
        self.mind_map = mind_map
        self.selected = selected if selected in mind_map else None
        self.screen_theme = (screen_theme or mind_map.theme).lower()
        self.name = name or "map"
        self.folder = str(folder) if folder else None
        #: the file written by the last successful export
        self.exported_path: Path | None = None
        self._preview_key: tuple | None = None
        self._preview_image: QImage | None = None
        self._source_size = QSize()
        self._build()
        self._restore()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.update_preview)
        for combo in self._combos():
            combo.currentIndexChanged.connect(self._changed)
        self._changed()
        self.update_preview()

    # ---------------------------------------------------------------------- widgets
    def _build(self) -> None:
        self.format_box = QComboBox(self)
        kinds = {"image": 0, "outline": 1, "map": 2}   # pictures first, the map file last
        for fmt in sorted(writable_formats(), key=lambda f: kinds.get(f.kind, 3)):
            self.format_box.addItem(f"{tr(fmt.label)} ({fmt.extension})", fmt.name)
        self.scope_box = QComboBox(self)
        self.scope_box.addItem("Whole map", "map")
        if self.selected is not None:
            text = " ".join(self.mind_map.text(self.selected).split())
            text = text if len(text) <= 40 else text[:39] + "…"
            self.scope_box.addItem(f"Selected branch: {text}", "branch")
        self.theme_box = QComboBox(self)
        self.theme_box.addItem(f"As on screen ({self.screen_theme.capitalize()})", "screen")
        for name in THEMES:
            self.theme_box.addItem(name.capitalize(), name)
        self.scale_box = QComboBox(self)
        for scale in PNG_SCALES:
            self.scale_box.addItem(f"{scale}x", scale)
        self.background_box = QComboBox(self)
        self.background_box.addItem("Theme background", "theme")
        self.background_box.addItem("Transparent", "transparent")
        self.page_box = QComboBox(self)
        for page in PAGE_SIZES:
            self.page_box.addItem("Fit the map" if page == "fit" else page, page)
        self.orientation_box = QComboBox(self)
        for value in ("auto", "portrait", "landscape"):
            self.orientation_box.addItem(value.capitalize(), value)

        for combo in self._combos():     # a stable width, whatever the branch's text
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(COMBO_CHARS)
        form = QFormLayout()
        form.addRow("&Format:", self.format_box)
        form.addRow("&Content:", self.scope_box)
        form.addRow("&Theme:", self.theme_box)
        form.addRow("&Scale:", self.scale_box)
        form.addRow("&Background:", self.background_box)
        form.addRow("&Page:", self.page_box)
        form.addRow("&Orientation:", self.orientation_box)
        self.legend_box = QCheckBox("Show the &legend of tags", self)
        self.legend_box.setChecked(self.legend)
        self.legend_box.toggled.connect(self._changed)
        form.addRow("", self.legend_box)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.info.setFixedWidth(self.format_box.sizeHint().width())
        form.addRow(self.info)

        self.image_view = QLabel(self)
        self.image_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_view.setMinimumSize(PREVIEW_SIZE)
        self.text_view = QPlainTextEdit(self)
        self.text_view.setReadOnly(True)
        self.text_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text_view.setFixedSize(PREVIEW_SIZE)
        self.preview = QStackedWidget(self)
        self.preview.addWidget(self.image_view)
        self.preview.addWidget(self.text_view)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(
            "&Export...", QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.choose_and_export)
        self.buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addLayout(form)
        row.addWidget(self.preview, 1)
        box = QVBoxLayout(self)
        box.addLayout(row, 1)
        box.addWidget(self.buttons)

    def _combos(self) -> list[QComboBox]:
        return [self.format_box, self.scope_box, self.theme_box, self.scale_box,
                self.background_box, self.page_box, self.orientation_box]

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        for i in range(combo.count()):
            if str(combo.itemData(i)) == str(value):
                combo.setCurrentIndex(i)
                return

    # ---------------------------------------------------------------------- choices
    def chosen_format(self) -> FileFormat:
        return get_format(self.format_box.currentData())

    def options(self) -> ExportOptions:
        theme = self.theme_box.currentData()
        branch = self.selected if self.scope_box.currentData() == "branch" else None
        return ExportOptions(
            theme=self.screen_theme if theme == "screen" else theme, branch=branch,
            scale=float(self.scale_box.currentData()),
            transparent=self.background_box.currentData() == "transparent",
            page_size=self.page_box.currentData(), orientation=self.orientation_box.currentData(),
            legend=self.legend_box.isChecked())

    def set_choices(self, **choices: object) -> None:
        """Set combos by value: format="png", scale=2, scope="branch", theme="dark",
        background="transparent", page="A4", orientation="landscape"."""
        boxes = {"format": self.format_box, "scope": self.scope_box, "theme": self.theme_box,
                 "scale": self.scale_box, "background": self.background_box,
                 "page": self.page_box, "orientation": self.orientation_box}
        for key, value in choices.items():
            self._select(boxes[key], value)

    def _restore(self) -> None:
        s = _settings()
        s.beginGroup(SETTINGS_GROUP)
        self.set_choices(**{key: s.value(key) for key in
                            ("format", "scope", "theme", "scale", "background", "page",
                             "orientation") if s.value(key) is not None})
        if self.folder is None:
            self.folder = s.value("folder") or str(Path.home())
        s.endGroup()

    def remember(self) -> None:
        s = _settings()
        s.beginGroup(SETTINGS_GROUP)
        for key, combo in (("format", self.format_box), ("scope", self.scope_box),
                           ("theme", self.theme_box), ("scale", self.scale_box),
                           ("background", self.background_box), ("page", self.page_box),
                           ("orientation", self.orientation_box)):
            s.setValue(key, str(combo.currentData()))
        if self.folder:
            s.setValue("folder", self.folder)
        s.endGroup()
        s.sync()

    def _changed(self) -> None:
        fmt = self.chosen_format()
        pdf = fmt.name == "pdf"
        self.scale_box.setEnabled(fmt.name == "png")
        self.background_box.setEnabled(fmt.is_image)
        self.theme_box.setEnabled(fmt.is_image)
        self.page_box.setEnabled(pdf)
        self.orientation_box.setEnabled(pdf and self.page_box.currentData() != "fit")
        self._update_info()
        self._timer.start()

    # ---------------------------------------------------------------------- preview
    def update_preview(self) -> None:
        """Redraw the preview now (the dialog does it shortly after each change)."""
        self._timer.stop()
        fmt = self.chosen_format()
        options = self.options()
        if not fmt.is_image:
            lines = outline_text(prepare(self.mind_map, fmt, options)).splitlines()
            more = len(lines) - PREVIEW_TEXT_LINES
            text = "\n".join(lines[:PREVIEW_TEXT_LINES])
            self.text_view.setPlainText(text + (f"\n… {more:,} more lines" if more > 0 else ""))
            self.preview.setCurrentWidget(self.text_view)
            return
        key = (options.theme, options.branch, options.transparent, options.legend)
        if key != self._preview_key:
            image, source = render_preview(self.mind_map, options, PREVIEW_SIZE.width(),
                                           PREVIEW_SIZE.height())
            self._preview_key, self._preview_image = key, image
            self._source_size = QSize(round(source.width()), round(source.height()))
        image = self._preview_image
        pixmap = _checkerboard(image.size()) if options.transparent else QPixmap(image.size())
        if not options.transparent:
            pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.drawImage(0, 0, image)
        painter.end()
        self.image_view.setPixmap(pixmap)
        self.preview.setCurrentWidget(self.image_view)
        self._update_info()

    def _update_info(self) -> None:
        fmt = self.chosen_format()
        size = self._source_size
        if fmt.name == "png" and not size.isEmpty():
            out = png_size_for(size, self.options())
            self.info.setText(tr("{width} × {height} pixels").format(
                width=f"{out.width():,}", height=f"{out.height():,}"))
        elif fmt.name == "pdf":
            page = self.page_box.currentData()
            self.info.setText(tr("One page the size of the map") if page == "fit"
                              else tr("The map fitted on one {page} page").format(page=page))
        elif fmt.name == "svg":
            self.info.setText(tr("Vector image; text stays text (selectable, searchable)"))
        elif not fmt.is_image:
            self.info.setText(tr("{format}: text only (no colours or positions)").format(
                format=tr(fmt.label)) if fmt.kind == "outline" else tr("A mind map file"))
        else:
            self.info.setText("")

    # ---------------------------------------------------------------------- export
    def suggested_path(self) -> Path:
        fmt = self.chosen_format()
        stem = self.name
        branch = self.options().branch
        if branch is not None:
            stem += "-" + (_slug(self.mind_map.text(branch)) or branch)
        return Path(self.folder or Path.home()) / f"{stem}{fmt.extension}"

    def choose_and_export(self) -> None:
        """Ask where to save, then export (the Export... button)."""
        fmt = self.chosen_format()
        path, _ = QFileDialog.getSaveFileName(self, "Export as", str(self.suggested_path()),
                                              fmt.file_filter())
        if not path:
            return
        if Path(path).suffix.lower() not in fmt.extensions:
            path += fmt.extension
        self.export_to(path)

    def export_to(self, path: str | Path) -> bool:
        """Export with the current choices to ``path``; True (and the dialog accepted) when
        done, else a message box says why and the dialog stays open."""
        path = Path(path)
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            export(self.mind_map, path, self.chosen_format(), self.options())
        except (ExportError, ValueError) as exc:
            self._fail(str(exc))
            return False
        except OSError as exc:
            self._fail(f"Cannot write {path}: {exc.strerror or exc}")
            return False
        finally:
            self.unsetCursor()
        self.folder = str(path.parent)
        self.exported_path = path
        self.remember()
        self.accept()
        return True

    def _fail(self, message: str) -> None:
        QMessageBox.warning(self, "Export failed", message)


def png_size_for(source: QSize, options: ExportOptions) -> QSize:
    return png_size(QRectF(0, 0, source.width(), source.height()), options)


def _slug(text: str, limit: int = 32) -> str:
    """``"Power 'devolved' to corporations"`` -> ``"power-devolved-to-corporations"``."""
    words = re.findall(r"\w+", text.lower())
    return "-".join(words)[:limit].strip("-")


def open_export_dialog(window) -> ExportDialog | None:  # noqa: ANN001 - a MainWindow
    """File > Export...: export the current tab's map (or its selected branch)."""
    editor = window.editor()
    if editor is None:
        return None
    editor.commit_pending_edit()
    document = editor.document
    dialog = ExportDialog(
        editor.mind_map, selected=editor.current(), screen_theme=editor.scene.theme.name,
        name=document.path.stem if document.path else document.title,
        folder=document.path.parent if document.path else None, parent=window,
        legend=bool(getattr(getattr(window, "ideas", None), "legend_shown", False)))
    if dialog.exec() and dialog.exported_path is not None:
        window.statusBar().showMessage(f"Exported {dialog.exported_path}", 5000)
    dialog.deleteLater()   # a child of the window: freed with its preview, not at exit
    return dialog
