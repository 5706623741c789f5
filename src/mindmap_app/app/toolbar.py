"""The toolbar: the actions a facilitator uses most, with SVG icons from ``resources/icons``
drawn in the palette's text colour (crisp at any scale, legible on a dark desktop too), and
tooltips that name the key."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QAction, QIcon, QPainter, QPalette, QPixmap
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
SIZES = (16, 22, 24, 32, 48, 64)


def svg_icon(name: str, colour: str) -> QIcon:
    """The icon ``name`` from resources/icons, its strokes in ``colour``, at every size."""
    data = resource(f"icons/{name}.svg").read_text(encoding="utf-8")
    renderer = QSvgRenderer(QByteArray(data.replace("currentColor", colour).encode()))
    icon = QIcon()
    for size in SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


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
    colour = (QApplication.palette() if QApplication.instance() else QPalette()).color(
        QPalette.ColorRole.ButtonText).name()
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
        action.setIcon(svg_icon(icon, colour))
        bar.addAction(action)
        button = bar.widgetForAction(action)
        if isinstance(button, QToolButton) and action.menu() is not None:
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    window.addToolBar(bar)
    return bar
