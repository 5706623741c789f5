"""The app in more than one language, with Qt's translation system.

- :func:`translate` is ``QCoreApplication.translate`` in the app's one context, ``mindmap``:
  code that builds a string at run time (the help windows, table cells) calls it directly.
- The texts of widgets, menus, actions and dialogs written in English in the code are
  translated when they are shown by :class:`~.widget_translator.WidgetTranslator` (installed
  on the application once a language other than English is in force), which looks each text
  up in the same catalogue. So a feature adds its menus and dialogs in English as usual;
  ``make translations`` finds the new strings (tools/i18n_catalogue.py) and a translator
  fills them in ``mindmap_de.ts``.
- Catalogues: ``mindmap_LANG.ts`` (Qt Linguist's XML, the source) compiled to
  ``mindmap_LANG.qm`` by ``pyside6-lrelease``; both ship in this package. Qt's own strings
  (standard buttons, file dialogs, key names such as "Strg") come from Qt's ``qtbase_LANG.qm``.
- The language (:mod:`.translators`): ``--language LANG`` on the command line (or
  ``MINDMAP_LANG``), else the setting ``ui/language`` (Help > Language), else the system
  locale; English when the app has no catalogue for it.
"""

from __future__ import annotations

import os
from pathlib import Path

CONTEXT = "mindmap"
SOURCE_LANGUAGE = "en"
ENV = "MINDMAP_LANG"
SETTING = "ui/language"
#: language code -> its own name (what the Language menu shows)
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch"}
FOLDER = Path(__file__).resolve().parent


def translate(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the current language (itself when the catalogue has no translation)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


def catalogue_path(language: str, suffix: str = ".qm") -> Path:
    return FOLDER / f"mindmap_{language}{suffix}"


def available_languages() -> list[str]:
    """English and every language with a compiled catalogue."""
    return [SOURCE_LANGUAGE] + sorted(
        p.stem.split("_", 1)[1] for p in FOLDER.glob("mindmap_*.qm"))


def take_language_option(args: list[str]) -> list[str]:
    """Remove ``--language LANG`` / ``--language=LANG`` from the command line, putting the
    choice into the environment (``MINDMAP_LANG``) for the window; the rest is returned."""
    rest, i = [], 0
    while i < len(args):
        arg = args[i]
        if arg == "--language" and i + 1 < len(args):
            os.environ[ENV] = args[i + 1]
            i += 2
            continue
        if arg.startswith("--language="):
            os.environ[ENV] = arg.split("=", 1)[1]
        else:
            rest.append(arg)
        i += 1
    return rest
