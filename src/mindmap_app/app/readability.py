"""Reading comfort: a text-size setting and the system's high-contrast preference.

* Text size (View > Text Size; Ctrl+Alt+= bigger, Ctrl+Alt+- smaller, Ctrl+Alt+0 reset)
  scales the interface font and the map's text together, in steps from 80 % to 250 %, and is
  kept between runs (QSettings ``view/text_scale``). Exports are not affected: they draw the
  map at its own sizes.
* High contrast: where Qt reports the system's contrast preference (Qt 6.10+,
  ``QStyleHints.accessibility().contrastPreference()``), a map shown in the light or dark
  theme is shown in the projector theme instead (black on white, 7:1 contrast), following
  the setting while the app runs. This is view state: the map file is not changed.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QFont, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication

STEPS = (0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0, 2.5)
SETTING = "view/text_scale"
HIGH_CONTRAST_THEME = "projector"
_BASE_FONT: list[QFont] = []       # the interface font before any scaling (once a process)


def system_high_contrast() -> bool:
    """True when the system asks for high contrast and Qt can tell (Qt 6.10+)."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    preference = getattr(Qt, "ContrastPreference", None)
    if accessibility is None or preference is None:
        return False
    return accessibility().contrastPreference() == preference.HighContrast


class Readability(QObject):
    def __init__(self, window) -> None:  # noqa: ANN001 - a MainWindow
        super().__init__(window)
        self.window_ = window
        if not _BASE_FONT:
            _BASE_FONT.append(QFont(QApplication.font()))
        try:
            saved = float(window.settings.value(SETTING, 1.0))
        except (TypeError, ValueError):
            saved = 1.0
        self.scale = min(STEPS, key=lambda s: abs(s - saved))
        self.high_contrast = system_high_contrast()
        self._contrast_done: WeakKeyDictionary = WeakKeyDictionary()
        self._add_actions()
        window.tabs.currentChanged.connect(lambda _i: self.apply_to_editors())
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "accessibility"):
            hints.accessibility().contrastPreferenceChanged.connect(self.follow_system)
        self._apply_font()

    def _add_actions(self) -> None:
        w = self.window_
        view_menu = next(a.menu() for a in w.menuBar().actions() if a.text() == "&View")
        menu = view_menu.addMenu("Te&xt Size")
        for name, text, keys, slot in (
                ("text_bigger", "&Bigger Text", ("Ctrl+Alt+=", "Ctrl+Alt++"), self.bigger),
                ("text_smaller", "&Smaller Text", ("Ctrl+Alt+-",), self.smaller),
                ("text_reset", "&Reset Text Size", ("Ctrl+Alt+0",), self.reset)):
            action = QAction(text, w)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.triggered.connect(slot)
            menu.addAction(action)
            w.addAction(action)                # works wherever the focus is in the window
            w.actions_by_name[name] = action

    # ------------------------------------------------------------------ text size
    def bigger(self) -> None:
        self.set_scale(next((s for s in STEPS if s > self.scale), STEPS[-1]))

    def smaller(self) -> None:
        self.set_scale(next((s for s in reversed(STEPS) if s < self.scale), STEPS[0]))

    def reset(self) -> None:
        self.set_scale(1.0)

    def set_scale(self, scale: float) -> None:
        self.scale = scale
        self.window_.settings.setValue(SETTING, scale)
        self._apply_font()
        self.apply_to_editors()
        self.window_.statusBar().showMessage(f"Text size {round(scale * 100)} %", 3000)

    def _apply_font(self) -> None:
        base = _BASE_FONT[0]
        font = QFont(base)
        if base.pointSizeF() > 0:
            font.setPointSizeF(base.pointSizeF() * self.scale)
        else:
            font.setPixelSize(max(1, round(base.pixelSize() * self.scale)))
        if QApplication.font() != font:
            QApplication.setFont(font)

    def apply_to_editors(self) -> None:
        for editor in self.window_.editors():
            editor.scene.set_text_scale(self.scale)
            self._apply_contrast(editor)

    # ------------------------------------------------------------------ contrast
    def follow_system(self, *_args) -> None:
        self.high_contrast = system_high_contrast()
        self.apply_to_editors()

    def _apply_contrast(self, editor) -> None:  # noqa: ANN001
        """Show ``editor``'s map in high contrast when the system asks (once per change, so
        a theme the user picks afterwards stays)."""
        if self._contrast_done.get(editor) == self.high_contrast:
            return
        self._contrast_done[editor] = self.high_contrast
        scene = editor.scene
        if self.high_contrast and scene.theme.name in ("light", "dark"):
            scene.set_theme(HIGH_CONTRAST_THEME)
        elif not self.high_contrast and scene.theme.name == HIGH_CONTRAST_THEME and \
                editor.mind_map.theme != HIGH_CONTRAST_THEME:
            scene.set_theme(editor.mind_map.theme)
        else:
            return
        self.window_._sync_checks()
