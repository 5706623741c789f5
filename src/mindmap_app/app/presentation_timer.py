"""A small on-screen timer for a presentation: a stopwatch, or a countdown for a round.

:class:`RoundTimer` keeps the time (its ``clock`` can be replaced, e.g. in tests);
:class:`TimerLabel` shows it in a corner of the presentation, hidden until it is used.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

TICK_MS = 250
CORNER_PX = 24


def format_seconds(seconds: float) -> str:
    """"m:ss" (or "h:mm:ss" from an hour on)."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class RoundTimer(QObject):
    """Counts up from zero, or down from a set time (``countdown`` seconds) to zero."""

    #: the shown time or the running state changed
    changed = Signal()

    def __init__(self, parent: QObject | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.clock = clock
        self.countdown: float | None = None
        self._banked = 0.0                 # seconds counted before the last start
        self._started_at: float | None = None
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._on_tick)

    # ------------------------------------------------------------------------ state
    @property
    def running(self) -> bool:
        return self._started_at is not None

    def elapsed(self) -> float:
        if self._started_at is None:
            return self._banked
        return self._banked + max(0.0, self.clock() - self._started_at)

    def remaining(self) -> float | None:
        """Seconds left of the countdown (None for a stopwatch)."""
        if self.countdown is None:
            return None
        return max(0.0, self.countdown - self.elapsed())

    @property
    def expired(self) -> bool:
        return self.countdown is not None and self.remaining() == 0.0

    def text(self) -> str:
        left = self.remaining()
        if left is None:
            return format_seconds(math.floor(self.elapsed()))
        return format_seconds(math.ceil(left))

    # ------------------------------------------------------------------------ control
    def start(self) -> None:
        if self.running:
            return
        if self.expired:
            self._banked = 0.0
        self._started_at = self.clock()
        self._tick.start()
        self.changed.emit()

    def pause(self) -> None:
        if not self.running:
            return
        self._banked = self.elapsed()
        self._started_at = None
        self._tick.stop()
        self.changed.emit()

    def toggle(self) -> None:
        self.pause() if self.running else self.start()

    def reset(self) -> None:
        """Back to zero (or to the full countdown), stopped."""
        self._banked = 0.0
        self._started_at = None
        self._tick.stop()
        self.changed.emit()

    def set_countdown(self, minutes: float | None, start: bool = True) -> None:
        """Count down ``minutes`` (None: count up again), from the start."""
        self.countdown = None if minutes is None else float(minutes) * 60.0
        self.reset()
        if start:
            self.start()

    def stop(self) -> None:
        self._tick.stop()

    def _on_tick(self) -> None:
        if self.expired and self.running:
            self._banked = self.countdown or 0.0
            self._started_at = None
            self._tick.stop()
        self.changed.emit()


class TimerLabel(QLabel):
    """The timer in the top right corner of ``parent``: large, readable from the back."""

    def __init__(self, timer: RoundTimer, parent: QWidget) -> None:
        super().__init__(parent)
        self.timer = timer
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        timer.changed.connect(self.refresh)
        self.hide()

    def refresh(self) -> None:
        expired = self.timer.expired
        paused = not self.timer.running and not expired
        background = "#b00020" if expired else ("#555555" if paused else "#000000")
        self.setStyleSheet(
            f"QLabel {{ color: #ffffff; background: {background}; border-radius: 10px;"
            " padding: 6px 18px; font-family: 'DejaVu Sans'; font-size: 40px;"
            " font-weight: bold; }")
        self.setText(self.timer.text())
        self.place()

    def place(self) -> None:
        """Top right; below the legend when the presentation shows one there."""
        parent = self.parentWidget()
        self.adjustSize()
        legend = getattr(parent, "legend", None)
        top = legend.geometry().bottom() + CORNER_PX if legend is not None and \
            legend.isVisible() else CORNER_PX
        self.move(parent.width() - self.width() - CORNER_PX, top)
        self.raise_()
