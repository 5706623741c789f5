"""The presentation's keys, as a table (what a presenter clicker sends, and a few more).

Each row: the keys, the method called on the :class:`~.presentation.Presentation` (with
``:arg`` an integer argument, like :mod:`.actions`), whether Ctrl must be held, whether Shift
must be held (None: either), whether the row applies only after a typed number (True), only
without one (False) or either way (None), and whether Alt must be held (rows without Alt ignore
it, as a clicker may send it). The first matching row wins, Alt rows first while Alt is held.
Digits typed without Ctrl build a number of up to three digits first (``3`` then Enter: branch
3); rows with ``number=True`` get that number's text.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

K = Qt.Key
FORWARD_KEYS = (K.Key_Right, K.Key_Down, K.Key_PageDown, K.Key_Space)
BACK_KEYS = (K.Key_Left, K.Key_Up, K.Key_PageUp)
ENTER_KEYS = (K.Key_Return, K.Key_Enter)
#: the longest number a presenter can type (branch or minutes)
MAX_DIGITS = 3


@dataclass(frozen=True)
class PresentKey:
    keys: tuple[Qt.Key, ...]
    call: str                  # "method" or "method:arg"
    ctrl: bool = False
    shift: bool | None = None
    alt: bool = False
    number: bool | None = None


PRESENTATION_KEYS: tuple[PresentKey, ...] = (
    PresentKey((K.Key_Z,), "undo", ctrl=True, shift=False),
    PresentKey((K.Key_Z,), "redo", ctrl=True, shift=True),
    PresentKey((K.Key_Y,), "redo", ctrl=True),
    PresentKey(ENTER_KEYS, "go_to_typed_branch", number=True),
    PresentKey((K.Key_Backspace,), "erase_digit", number=True),
    PresentKey((*FORWARD_KEYS, *ENTER_KEYS), "forward"),
    PresentKey((*BACK_KEYS, K.Key_Backspace), "back"),
    PresentKey((K.Key_Home,), "go_to:0"),
    PresentKey((K.Key_End,), "go_to_last"),
    PresentKey((K.Key_Tab, K.Key_Insert), "add_idea"),
    PresentKey((K.Key_R,), "toggle_reveal"),
    PresentKey((K.Key_T,), "count_down", number=True),
    PresentKey((K.Key_T,), "reset_timer", shift=True),
    PresentKey((K.Key_T,), "toggle_timer"),
    PresentKey((K.Key_Equal, K.Key_Plus), "vote_up", alt=True),       # a dot on the close-up
    PresentKey((K.Key_Minus,), "vote_down", alt=True),
    PresentKey((K.Key_R,), "reveal_tallies", ctrl=True, alt=True),
    PresentKey((K.Key_Escape,), "drop_number", number=True),
    PresentKey((K.Key_Escape,), "leave"),
)


def find_key(key: int, ctrl: bool, shift: bool, has_number: bool,
             alt: bool = False) -> PresentKey | None:
    """The first row for ``key`` with these modifiers, or None."""
    for wants_alt in ((True, False) if alt else (False,)):
        for row in PRESENTATION_KEYS:
            if key in row.keys and row.ctrl == ctrl and row.alt == wants_alt and \
                    row.shift in (None, shift) and row.number in (None, has_number):
                return row
    return None


def invoke_key(target: object, row: PresentKey, typed: str) -> None:
    """Call the row's method on ``target``."""
    name, _, arg = row.call.partition(":")
    method = getattr(target, name)
    if row.number:
        method(typed)
    elif arg:
        method(int(arg))
    else:
        method()
