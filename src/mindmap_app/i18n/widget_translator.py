"""Translate the English texts of widgets, menus, actions and dialogs when they are shown.

The code of a feature writes its menus, labels, buttons and dialogs in English as usual. The
:class:`WidgetTranslator`, installed on the application, looks each text up in the catalogue
(:func:`mindmap_app.i18n.translate`) when a window, dialog, menu or widget is shown, and again
when the language changes (``QEvent.LanguageChange``, sent by ``installTranslator``). It keeps
the English source of every text it replaced in a dynamic property, so a text is never
translated twice and a language switch goes back to the source; a text that the code set
anew is taken as the new source.

What it translates: action texts, tool and status tips (menu titles are their menu's
action), window titles of dialogs, label and button texts, group box titles, line edit and
text edit placeholders, spin boxes' special value texts ("any" shown at the minimum),
prefixes and suffixes, tooltips, combo box items, message box texts, and the header texts of
item views whose model takes them (``setHeaderData``: a QTreeWidget's or QTableWidget's
header labels; a model of the app's own translates its header data itself, and
:func:`texts_of` shows it for the check). It does not touch the content of
maps (canvas items, outline rows, tab titles) nor texts that are not in the catalogue (file
paths, node texts). A widget with the dynamic property ``noTranslate`` set to True is left
alone with all it holds (for a widget that shows user content in a label).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QDockWidget,
    QDoubleSpinBox,
    QGraphicsView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QToolButton,
    QWidget,
)

from . import translate
from .messages import message

SKIP = "noTranslate"
_SOURCE = "_i18nSource_"
_SHOWN = "_i18nShown_"
Accessor = tuple[str, Callable[[QObject], str], Callable[[QObject, str], None]]


def _accessors(obj: QObject) -> list[Accessor]:
    """The translatable texts of ``obj``: (name, getter, setter)."""
    if isinstance(obj, QAction):
        return [("text", QAction.text, QAction.setText),
                ("toolTip", _action_tip_get, QAction.setToolTip),
                ("statusTip", QAction.statusTip, QAction.setStatusTip)]
    if not isinstance(obj, QWidget) or is_qt_internal(obj):
        return []
    found: list[Accessor] = [("toolTip", QWidget.toolTip, QWidget.setToolTip),
                             ("whatsThis", QWidget.whatsThis, QWidget.setWhatsThis)]
    if not isinstance(obj, QGraphicsView):      # the map's view names the idea selected
        found += [("accessibleName", QWidget.accessibleName, QWidget.setAccessibleName),
                  ("accessibleDescription", QWidget.accessibleDescription,
                   QWidget.setAccessibleDescription)]
    if (obj.isWindow() and not isinstance(obj, QMainWindow)) or isinstance(
            obj, (QDockWidget, QToolBar)):
        # the main window's title names the open map; dialogs' and panels' titles are fixed
        found.append(("windowTitle", QWidget.windowTitle, QWidget.setWindowTitle))
    if isinstance(obj, QMessageBox):
        found += [("text", QMessageBox.text, QMessageBox.setText),
                  ("informativeText", QMessageBox.informativeText,
                   QMessageBox.setInformativeText)]
    elif isinstance(obj, QLabel):
        found.append(("text", QLabel.text, QLabel.setText))
    elif isinstance(obj, QAbstractButton):
        if is_standard_button(obj):
            return found       # Qt translates OK, Cancel, Close... itself (qtbase catalogue)
        found.append(("text", QAbstractButton.text, QAbstractButton.setText))
    elif isinstance(obj, QGroupBox):
        found.append(("title", QGroupBox.title, QGroupBox.setTitle))
    elif isinstance(obj, QLineEdit):
        found.append(("placeholderText", QLineEdit.placeholderText,
                      QLineEdit.setPlaceholderText))
    elif isinstance(obj, (QPlainTextEdit, QTextEdit)):
        found.append(("placeholderText", type(obj).placeholderText,
                      type(obj).setPlaceholderText))
    elif isinstance(obj, QAbstractSpinBox):
        found.append(("specialValueText", QAbstractSpinBox.specialValueText,
                      QAbstractSpinBox.setSpecialValueText))
        if isinstance(obj, (QSpinBox, QDoubleSpinBox)):
            found += [("prefix", type(obj).prefix, type(obj).setPrefix),
                      ("suffix", type(obj).suffix, type(obj).setSuffix)]
    elif isinstance(obj, QHeaderView):
        found += _header_accessors(obj)
    elif isinstance(obj, QComboBox):
        for i in range(obj.count()):
            found.append((f"item{i}", lambda w, i=i: w.itemText(i),
                          lambda w, text, i=i: w.setItemText(i, text)))
    elif isinstance(obj, QTabWidget) and obj.property("translateTabs"):
        for i in range(obj.count()):
            found.append((f"tab{i}", lambda w, i=i: w.tabText(i),
                          lambda w, text, i=i: w.setTabText(i, text)))
    return found


_HEADER_ROLES = {"": Qt.ItemDataRole.DisplayRole, "Tip": Qt.ItemDataRole.ToolTipRole}


def _header_accessors(header: QHeaderView) -> list[Accessor]:
    """The texts and tooltips of a header's shown sections (Qt asks the model for them)."""
    model = header.model()
    if model is None:
        return []
    found: list[Accessor] = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        for suffix, role in _HEADER_ROLES.items():
            def get(h: QHeaderView, section: int = section, role: int = role) -> str:
                value = h.model().headerData(section, h.orientation(), role) \
                    if h.model() is not None else None
                return value if isinstance(value, str) else ""

            def set_(h: QHeaderView, text: str, section: int = section,
                     role: int = role) -> None:
                if h.model() is not None:
                    h.model().setHeaderData(section, h.orientation(), text, role)
            found.append((f"header{section}{suffix}", get, set_))
    return found


def is_standard_button(button: QAbstractButton) -> bool:
    """A button of a QDialogButtonBox or QMessageBox made from a StandardButton."""
    parent = button.parentWidget()
    while parent is not None and not isinstance(parent, (QDialogButtonBox, QMessageBox)):
        parent = parent.parentWidget() if not parent.isWindow() else None
    if parent is None:
        return False
    none = QDialogButtonBox.StandardButton.NoButton
    if isinstance(parent, QMessageBox):
        return parent.standardButton(button) != QMessageBox.StandardButton.NoButton
    return parent.standardButton(button) != none


def texts_of(root: QWidget) -> Iterator[tuple[QObject, str, str, str]]:
    """(object, which text, its English source, what it shows) for every translatable text
    in ``root`` (as :func:`translate_tree` would see them)."""
    for obj in objects_in(root):
        for name, get, _set in _accessors(obj):
            shown = get(obj)
            source = obj.property(_SOURCE + name)
            if source is None or shown != obj.property(_SHOWN + name):
                source = shown
            if source:
                yield obj, name, source, shown


def _action_tip_get(action: QAction) -> str:
    # QAction.toolTip() falls back to the text (without "&" and "...") when no tip was set
    tip = action.toolTip()
    plain = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    return "" if tip in (plain, plain.removesuffix("..."), plain.removesuffix("…")) else tip


def is_qt_internal(obj: QObject) -> bool:
    """A widget Qt makes itself (a tab's close button, a line edit's clear button): Qt
    translates its texts with its own catalogue."""
    cls = type(obj)
    return cls.__module__.startswith("PySide6") and obj.metaObject().className() != cls.__name__


#: "Colour (Ctrl+Shift+C)": a text and the keys (Qt writes the keys in the user's language)
_WITH_KEYS = re.compile(r"^(?P<text>.*\S) \((?P<keys>[^()]+)\)$")


def translate_text(source: str) -> str:
    """``source`` from the catalogue; a tooltip "Text (keys)" that is not in it as a whole
    gets its text translated and keeps its keys."""
    shown = translate(source)
    if shown == source:
        match = _WITH_KEYS.match(source)
        if match:
            text = match["text"]
            dots = "..." if text.endswith("...") else ""
            translated = translate(text)
            if translated == text and dots:
                translated = translate(text.removesuffix(dots)) + dots
            if translated != text:
                shown = f"{translated} ({match['keys']})"
    if shown == source:                 # a text filled in from a template: "3 of 10"
        shown = message(source)
    return shown


def translate_object(obj: QObject, only: str | None = None) -> None:
    """Translate the texts of ``obj`` alone (from their English sources); ``only``: just
    that text ("toolTip")."""
    for name, get, set_ in _accessors(obj):
        if only is not None and name != only:
            continue
        current = get(obj)
        if not current and obj.property(_SOURCE + name) is None:
            continue
        source = obj.property(_SOURCE + name)
        if source is None or current != obj.property(_SHOWN + name):
            source = current              # first time, or the code set a new text
        shown = translate_text(source) if source else source
        if shown != current:
            set_(obj, shown)
        obj.setProperty(_SOURCE + name, source)
        obj.setProperty(_SHOWN + name, shown)


def source_text(obj: QObject, name: str = "text") -> str | None:
    """The English source of a text translated here (None when it never was)."""
    return obj.property(_SOURCE + name)


def _skipped(widget: QWidget) -> bool:
    while widget is not None:
        if widget.property(SKIP):
            return True
        widget = widget.parentWidget()
    return False


def objects_in(root: QWidget) -> Iterator[QObject]:
    """``root``, its widgets and actions (their menus' too), minus those marked to skip."""
    if _skipped(root):
        return
    yield root
    yield from root.actions()
    for child in root.findChildren(QObject):
        if isinstance(child, QWidget):
            if not _skipped(child):
                yield child
                yield from child.actions()
        elif isinstance(child, QAction):
            parent = child.parent()
            if not (isinstance(parent, QWidget) and _skipped(parent)):
                yield child


def translate_tree(root: QWidget) -> None:
    """Translate ``root`` and everything in it (hidden parts too: menus not yet opened)."""
    seen: set[int] = set()
    for obj in objects_in(root):
        if id(obj) not in seen:
            seen.add(id(obj))
            translate_object(obj)


class WidgetTranslator(QObject):
    """Application event filter: translates windows when shown and on a language change,
    and any other widget (with its actions) when shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show:
            if isinstance(watched, QWidget) and not _skipped(watched):
                if watched.isWindow():
                    translate_tree(watched)
                else:
                    translate_object(watched)
                    for action in watched.actions():
                        translate_object(action)
        elif kind == QEvent.Type.ToolTip and isinstance(watched, QWidget) \
                and not _skipped(watched):
            translate_object(watched, "toolTip")   # a tooltip set while it was shown
            if isinstance(watched, QToolButton) and watched.defaultAction() is not None:
                translate_object(watched.defaultAction(), "toolTip")
        elif kind == QEvent.Type.LanguageChange and isinstance(watched, QWidget) \
                and watched.isWindow():
            translate_tree(watched)
        return False


def install(app: QApplication) -> WidgetTranslator:
    """Install the translator on ``app`` (once) and translate the windows open already."""
    existing = app.findChild(WidgetTranslator)
    if existing is not None:
        return existing
    translator = WidgetTranslator(app)
    app.installEventFilter(translator)
    for window in app.topLevelWidgets():
        translate_tree(window)
    return translator
