"""The brainstorm timer in the status bar while editing: minutes, Start/Pause, the countdown,
and a gentle flash when the time is up. Never a dialog; it reuses the presentation's
:class:`~mindmap_app.app.presentation_timer.RoundTimer`.

Keys (Facilitate > Timer): Ctrl+Alt+T puts the cursor in the minutes box (type, Enter starts);
Ctrl+Alt+P pauses or resumes; Esc in the box goes back to the map.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from ..i18n import translate as tr
from .presentation_timer import RoundTimer

FLASH_MS = 600
FLASHES = 6
CALM = "QLabel { padding: 0 8px; font-weight: bold; }"
FLASH_ON = "QLabel { padding: 0 8px; font-weight: bold; color: #ffffff; background: #c0392b;" \
           " border-radius: 4px; }"
FLASH_OFF = "QLabel { padding: 0 8px; font-weight: bold; color: #c0392b; }"


class MinutesBox(QSpinBox):
    escaped = Signal()

    def keyPressEvent(self, event) -> None:  # noqa: ANN001
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        super().keyPressEvent(event)


class StatusTimer(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timer = RoundTimer(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel("Timer", self))
        self.minutes = MinutesBox(self)
        self.minutes.setAccessibleName("Timer minutes")
        self.minutes.lineEdit().setAccessibleName("Timer minutes")
        self.minutes.setRange(1, 180)
        self.minutes.setValue(5)
        self.minutes.setSuffix(" min")
        self.minutes.setToolTip("Minutes to count down (Enter starts)")
        self.minutes.lineEdit().returnPressed.connect(self.start_countdown)
        layout.addWidget(self.minutes)
        self.button = QPushButton("Start", self)
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.start_or_pause)
        layout.addWidget(self.button)
        self.display = QLabel("", self)
        self.display.setStyleSheet(CALM)
        layout.addWidget(self.display)
        self.flashes_left = 0
        self._flash = QTimer(self)
        self._flash.setInterval(FLASH_MS)
        self._flash.timeout.connect(self._flash_step)
        self._was_expired = False
        self.timer.changed.connect(self.refresh)

    # ----------------------------------------------------------------------- control
    def focus_minutes(self) -> None:
        self.minutes.setFocus()
        self.minutes.selectAll()

    def start_countdown(self) -> None:
        self.timer.set_countdown(self.minutes.value())
        self._was_expired = False
        self._stop_flash()

    def start_or_pause(self) -> None:
        if self.timer.countdown is None or self.timer.expired:
            self.start_countdown()
        else:
            self.timer.toggle()

    def reset(self) -> None:
        self.timer.countdown = None
        self.timer.reset()
        self._stop_flash()
        self.display.setText("")

    # ------------------------------------------------------------------------ showing
    def refresh(self) -> None:
        t = self.timer
        if t.countdown is None:
            return
        self.display.setText(t.text() if t.running or t.expired else
                             tr("{time} (paused)").format(time=t.text()))
        self.button.setText(tr("Pause") if t.running else (tr("Start") if t.expired else
                                                           tr("Resume")))
        if t.expired and not self._was_expired:
            self._was_expired = True
            self.flashes_left = FLASHES
            self._flash.start()
            self._flash_step()

    def _flash_step(self) -> None:
        """A few gentle blinks of the time, then it stays red: no sound, no dialog."""
        if self.flashes_left <= 0:
            self._flash.stop()
            self.display.setStyleSheet(FLASH_OFF)
            return
        self.display.setStyleSheet(FLASH_ON if self.flashes_left % 2 == 0 else FLASH_OFF)
        self.flashes_left -= 1

    def _stop_flash(self) -> None:
        self._flash.stop()
        self.flashes_left = 0
        self.display.setStyleSheet(CALM)

    def shutdown(self) -> None:
        self.timer.stop()
        self._flash.stop()
