"""The Help menu: Keyboard Shortcuts (F1), User Guide, Open the Workshop Example, Language,
Report a Problem, About. Hooked into the window by :func:`install_help_menu` (one line in
``MainWindow.__init__``)."""

from __future__ import annotations

import platform
import sys
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QActionGroup, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
)

from .. import __version__
from ..i18n import LANGUAGE_NAMES, SETTING, available_languages, translate
from ..package_data import resource, sample_map
from .app_log import log_file, log_folder

if TYPE_CHECKING:
    from .main_window import MainWindow

HELP_KEY = "F1"


def install_help_menu(window: MainWindow) -> QMenu:
    menu = window.menuBar().addMenu("&Help")
    window._action("help_shortcuts", "&Keyboard Shortcuts", (HELP_KEY,),
                   lambda: _show_shortcuts(window), menu)
    window._action("help_guide", "&User Guide", (), lambda: _show(window, UserGuide(window)),
                   menu)
    window._action("help_example", "Open the &Workshop Example", (),
                   lambda: window.open_path(sample_map()), menu)
    menu.addSeparator()
    languages = menu.addMenu("&Language")
    group = QActionGroup(window)
    chosen = str(window.settings.value(SETTING, "") or "")
    for code in ["", *available_languages()]:
        text = "System Default" if not code else LANGUAGE_NAMES.get(code, code)
        action = window._action(f"language_{code or 'system'}", text, (),
                                lambda _=False, c=code: set_language(window, c), languages)
        action.setCheckable(True)
        action.setChecked(code == chosen)
        group.addAction(action)
        if not code:
            languages.addSeparator()
    menu.addSeparator()
    window._action("help_report", "&Report a Problem...", (),
                   lambda: _show(window, ProblemReport(window)), menu)
    window._action("help_about", "&About Mindmap", (), lambda: show_about(window), menu)
    return menu


def _show_shortcuts(window: MainWindow) -> QDialog:
    from .shortcuts_dialog import ShortcutsDialog  # imported when asked for (3 ms)

    return _show(window, ShortcutsDialog(window))


def _show(window: MainWindow, dialog: QDialog) -> QDialog:
    """Show a help window (not modal: it may stay open beside the map); it is deleted when
    closed."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    window.help_dialog = dialog   # the one opened last (tests look at it)
    return dialog


def set_language(window: MainWindow, code: str) -> None:
    """Remember the language (empty: follow the system) and switch to it now."""
    from ..i18n.translators import choose_language, install_translators

    window.settings.setValue(SETTING, code)
    app = QApplication.instance()
    install_translators(app, choose_language(window.settings, {}))


def about_text() -> str:
    return (f"<h2>Mindmap {__version__}</h2>"
            + "<p>" + translate("Mind maps for workshop facilitators: rearrange ideas by "
                                "keyboard and mouse, present them to the room, export them "
                                "for the report.") + "</p>"
            + f"<p>Qt {qVersion()}, PySide6 {pyside_version}, Python "
              f"{platform.python_version()}</p>"
            + "<p>" + translate("Free software under the MIT licence.") + "</p>")


def show_about(window: MainWindow) -> None:
    QMessageBox.about(window, translate("About Mindmap"), about_text())


def problem_report() -> str:
    """What a problem report needs: versions, system, language, where the log is."""
    from ..i18n.translators import current_language

    return "\n".join([
        f"Mindmap {__version__}",
        f"Qt {qVersion()}, PySide6 {pyside_version}",
        f"Python {platform.python_version()} ({sys.executable})"
        + (" [bundle]" if getattr(sys, "frozen", False) else ""),
        f"{platform.system()} {platform.release()} {platform.machine()}, "
        f"{QGuiApplication.platformName()}",
        f"language: {current_language()}",
        f"log: {log_file()}",
    ])


class ProblemReport(QDialog):
    """Help > Report a Problem: the facts to paste into a report, copyable, and the log."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("problemReport")
        self.setWindowTitle("Report a Problem")
        self.resize(620, 360)
        box = QVBoxLayout(self)
        label = QLabel("Please describe what you did and what happened, and paste these "
                       "lines into your report. The log folder holds the app's warnings and "
                       "errors; attach its newest file.", self)
        label.setWordWrap(True)
        box.addWidget(label)
        self.details = QPlainTextEdit(problem_report(), self)
        self.details.setReadOnly(True)
        box.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton("&Copy to Clipboard", self)
        self.folder_button = QPushButton("Open &Log Folder", self)
        for button in (self.copy_button, self.folder_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        self.folder_button.clicked.connect(self.open_log_folder)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())

    def open_log_folder(self) -> None:
        folder = log_folder()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class UserGuide(QDialog):
    """Help > User Guide: the guide shipped with the app, in the app's language."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        from ..i18n.translators import current_language

        self.setObjectName("userGuide")
        self.setWindowTitle("User Guide")
        self.resize(720, 620)
        box = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        language = current_language()
        guide = resource(f"user-guide.{language}.md")
        if not guide.exists():
            guide = resource("user-guide.en.md")
        self.browser.setMarkdown(guide.read_text(encoding="utf-8"))
        box.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
