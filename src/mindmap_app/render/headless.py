"""Qt without a screen: what the command line does before it draws anything. Imports no Qt.

``mindmap-app export`` has to work over SSH and in CI, where there is no display: there Qt's
default platform plugin (xcb or wayland) would abort the process. :func:`prepare_environment`
chooses the ``offscreen`` plugin in that case; it must run before PySide6 is imported.
:func:`ensure_app` makes the application object Qt needs for fonts and scenes when the caller
(a script, the command line) has none.
"""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping


def prepare_environment(environ: MutableMapping[str, str] | None = None) -> bool:
    """Choose Qt's ``offscreen`` platform when there is no display and none was chosen.

    True when it set ``QT_QPA_PLATFORM``. Only Linux and the other X11/Wayland systems need
    this; Windows and macOS always have their own platform plugin.
    """
    env = os.environ if environ is None else environ
    if env.get("QT_QPA_PLATFORM") or sys.platform in ("win32", "darwin"):
        return False
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return False
    env["QT_QPA_PLATFORM"] = "offscreen"
    return True


def ensure_app():  # noqa: ANN201 - returns the QApplication (PySide6 imported lazily)
    """The running Qt application, or a new ``QApplication`` when there is none."""
    prepare_environment()
    from PySide6.QtWidgets import QApplication

    from ..pyside_imports import quicken

    quicken()       # the drawing code imported next loads faster

    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv and sys.argv[0] else "mindmap-app"])
    return app
