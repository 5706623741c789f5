"""Imports after PySide6 at the speed of plain Python (issue 12: opening and exporting).

Once PySide6 is loaded, it looks at every module imported after it, to learn whether the module
uses PySide6 (for its optional ``from __feature__ import snake_case``): it reads the module's
source with ``inspect.getsource`` and searches it for the word "PySide6". ``inspect`` makes
that slow, some 0.3 s over the modules the window or an export imports, on every start.
:func:`quicken` gives PySide6 the same answer, read straight from the module's ``.py`` file
(anything else still goes to PySide6's own check). It changes nothing when PySide6 has no such
hook (another version), and does nothing twice.
"""

from __future__ import annotations

import sys
from types import ModuleType

__all__ = ["quicken"]


def quicken() -> None:
    """Call right after importing PySide6 (before the app's Qt modules are imported)."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "quickened", False):
        return

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as handle:
                    return b"PySide6" in handle.read()
            except OSError:
                pass
        return original(module)

    uses_pyside.quickened = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]
