"""Loading the catalogues: which language, and Qt's translators for it."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from . import ENV, SETTING, SOURCE_LANGUAGE, available_languages, catalogue_path
from .messages import set_language as set_message_language


def system_language() -> str:
    """The language of the system locale (``de`` for ``de_AT.UTF-8``)."""
    return QLocale.system().name().split("_")[0] or SOURCE_LANGUAGE


def choose_language(settings: QSettings | None = None,
                    environ: dict[str, str] | None = None) -> str:
    """The command line / environment override, else the setting, else the system's
    language; English when there is no catalogue for the one chosen."""
    env = os.environ if environ is None else environ
    settings = settings or QSettings("mindmap-app", "mindmap-app")
    wanted = env.get(ENV) or str(settings.value(SETTING, "") or "") or system_language()
    wanted = wanted.split("_")[0].split(".")[0].lower()
    return wanted if wanted in available_languages() else SOURCE_LANGUAGE


_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, language: str) -> str:
    """Load the app's catalogue and Qt's own for ``language`` into ``app`` (replacing any
    loaded before). Returns the language in force."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    set_message_language(SOURCE_LANGUAGE)
    if language == SOURCE_LANGUAGE:
        return language
    ours = QTranslator(app)
    if not ours.load(str(catalogue_path(language))):
        return SOURCE_LANGUAGE
    set_message_language(language)       # undo step names, status messages, errors
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator(app)
    if qt_own.load(QLocale(language), "qtbase", "_", qt_folder):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    app.installTranslator(ours)
    _installed.append(ours)
    if isinstance(app, QApplication):
        # the widget translator watches every event of the app: only once a language other
        # than the source one is in force (kept after, to give the English texts back)
        from .widget_translator import install

        install(app)
    return language


def current_language() -> str:
    """The language installed by :func:`install_translators` (English when none)."""
    for translator in reversed(_installed):
        name = Path(translator.filePath()).stem
        if name.startswith("mindmap_"):
            return name.split("_", 1)[1]
    return SOURCE_LANGUAGE


def setup_translation(app: QCoreApplication) -> str:
    """The app's start: install the chosen language (and with it the widget translator)."""
    return install_translators(app, choose_language())
