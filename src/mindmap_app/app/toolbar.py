"""The toolbar: the actions a facilitator uses most, with SVG icons from ``resources/icons``
drawn in the palette's text colour (crisp at any scale, legible on a dark desktop too), and
tooltips that name the key. An icon is drawn at a size when Qt first asks for it (the
toolbar's one size, a menu's), not at every size at start: that was 120 renderings, 12-14 ms
of a launch (issue 12)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QAction, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QMenu, QToolBar, QToolButton

from ..package_data import resource

if TYPE_CHECKING:
    from .main_window import MainWindow

#: (action name, icon file); "|" is a separator; "layout" and "theme" open their menus
TOOLBAR = ("new:new", "open:open", "save:save", "|", "undo:undo", "redo:redo", "|",
           "add_child:add_child", "delete:delete", "|", "add_tag:tag", "color:color",
           "fill:fill", "add_vote:vote", "edit_note:note", "web_link:link",
           "cross_link:cross_link", "|",
           "layout:layout", "theme:theme", "legend:legend", "idea_panel:panel", "|",
           "present:present", "export:export")


class SvgIconEngine(QIconEngine):
    """An SVG icon (its strokes ``currentColor``) drawn at each size and mode the first time
    Qt asks for it, then kept: in ``colour``, or ``disabled`` for a disabled button (the
    palette's disabled text colour: as crisp as the icon, no style involved)."""

    def __init__(self, svg: str, colour: str, disabled: str) -> None:
        super().__init__()
        self._svg, self._colours = svg, (colour, disabled)
        self._renderers: dict[bool, QSvgRenderer] = {}
        self._drawn: dict[tuple[int, int, bool], QPixmap] = {}

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        key = (size.width(), size.height(), mode == QIcon.Mode.Disabled)
        drawn = self._drawn.get(key)
        if drawn is None:
            drawn = self._drawn[key] = self._draw(size, key[2])
        return drawn

    def _draw(self, size: QSize, disabled: bool) -> QPixmap:
        renderer = self._renderers.get(disabled)
        if renderer is None:
            svg = self._svg.replace("currentColor", self._colours[disabled])
            renderer = self._renderers[disabled] = QSvgRenderer(QByteArray(svg.encode()))
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        if not size.isEmpty():
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(painter, QRectF(0, 0, size.width(), size.height()))
            painter.end()
        return pixmap

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        painter.drawPixmap(rect, self.pixmap(rect.size(), mode, state))

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self._svg, *self._colours)


def button_text_colours() -> tuple[str, str]:
    """The palette's button text colour, enabled and disabled (``#rrggbb``)."""
    palette = QApplication.palette() if QApplication.instance() else QPalette()
    role = QPalette.ColorRole.ButtonText
    return (palette.color(role).name(),
            palette.color(QPalette.ColorGroup.Disabled, role).name())


def svg_icon(name: str, colour: str, disabled: str | None = None) -> QIcon:
    """The icon ``name`` from resources/icons, its strokes in ``colour`` (``disabled``, by
    default the palette's disabled button text, for a disabled button), at any size."""
    if disabled is None:
        disabled = button_text_colours()[1]
    data = resource(f"icons/{name}.svg").read_text(encoding="utf-8")
    return QIcon(SvgIconEngine(data, colour, disabled))


def tooltip(action: QAction) -> str:
    text = action.text().replace("&", "").replace("...", "").strip()
    keys = [k.toString(k.SequenceFormat.NativeText) for k in action.shortcuts()]
    return f"{text} ({', '.join(keys)})" if keys else text


def _submenu(window: MainWindow, title: str) -> QMenu | None:
    for menu in window.menuBar().findChildren(QMenu):
        if menu.title() == title:
            return menu
    return None


def build_toolbar(window: MainWindow) -> QToolBar:
    bar = QToolBar("Toolbar", window)
    bar.setObjectName("toolbar")
    bar.setIconSize(QSize(22, 22))
    colour, disabled = button_text_colours()
    for entry in TOOLBAR:
        if entry == "|":
            bar.addSeparator()
            continue
        name, icon = entry.split(":")
        if name in ("layout", "theme"):
            menu = _submenu(window, f"&{name.capitalize()}")
            action = QAction(name.capitalize(), window)
            action.setMenu(menu)
            action.setToolTip(f"{name.capitalize()} of the map")
            action.triggered.connect(lambda _=False, m=menu, b=bar, a=action:
                                     m.exec(b.mapToGlobal(b.widgetForAction(a).geometry()
                                                          .bottomLeft())))
            window.actions_by_name[f"toolbar_{name}"] = action
        else:
            action = window.actions_by_name[name]
            action.setToolTip(tooltip(action))
        action.setIcon(svg_icon(icon, colour, disabled))
        bar.addAction(action)
        button = bar.widgetForAction(action)
        if isinstance(button, QToolButton) and action.menu() is not None:
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    window.addToolBar(bar)
    return bar
