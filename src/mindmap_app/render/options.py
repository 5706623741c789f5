"""What an export should look like: format-independent options, checked. Imports no Qt, so the
command line can refuse a bad option before it starts Qt.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from ..themes import THEMES

__all__ = [
    "DEFAULT_MARGIN", "MAX_PNG_PIXELS", "ORIENTATIONS", "PAGE_MARGIN_MM", "PAGE_SIZES",
    "PDF_MAX_POINTS", "PNG_SCALES", "ExportError", "ExportOptionError", "ExportOptions",
    "Progress",
]

PNG_SCALES = (1, 2, 3, 4)
MIN_SCALE, MAX_SCALE = 0.25, 8.0
#: Refuse PNGs over this many pixels (4 bytes each while drawing): 256 Mpx, 1 GiB.
MAX_PNG_PIXELS = 256 * 2**20
PAGE_SIZES = ("fit", "A4", "A3")
ORIENTATIONS = ("auto", "portrait", "landscape")
#: Space around the map, in scene pixels.
DEFAULT_MARGIN = 24.0
#: White space at the edge of an A4/A3 page.
PAGE_MARGIN_MM = 10.0
#: Largest page side PDF readers accept (200 inches); a "fit" page is scaled down to it.
PDF_MAX_POINTS = 14_400.0

Progress = Callable[[str], None]


class ExportError(Exception):
    """An export the user asked for that cannot be made (one line, shown as it is)."""


class ExportOptionError(ExportError, ValueError):
    """A bad option (a usage problem: the command line exits 2), or a branch the map lacks."""


@dataclass(frozen=True)
class ExportOptions:
    """What to draw and how. Sizes are in scene pixels (1/96 inch at 1x)."""

    theme: str | None = None        # light | dark | projector; None: the map's own theme
    branch: str | None = None       # a node id: only that branch; None: the whole map
    scale: float = 1.0              # PNG: 1x .. 4x (0.25 .. 8 accepted)
    dpi: float | None = None        # PNG: overrides scale (scale = dpi / 96)
    transparent: bool = False       # no background (PNG alpha 0; SVG/PDF draw none)
    margin: float = DEFAULT_MARGIN  # space around the map
    page_size: str = "fit"          # PDF: fit (page = map) | A4 | A3
    orientation: str = "auto"       # PDF on A4/A3: auto (by the map's shape) | portrait | ...
    legend: bool = False            # the legend of tags beside the map (View > Legend)
    #: set by :meth:`checked` only (``replace()`` of checked options gives unchecked ones)
    is_checked: bool = field(default=False, init=False, repr=False, compare=False)

    @property
    def png_scale(self) -> float:
        return self.dpi / 96.0 if self.dpi else float(self.scale)

    def checked(self) -> ExportOptions:
        """These options, normalised, or :class:`ExportOptionError` (a ValueError) naming the
        bad one in one line. Options already checked are returned as they are."""
        if self.is_checked:
            return self
        try:
            out = self._normalised()
        except ValueError as exc:
            raise ExportOptionError(str(exc)) from None
        object.__setattr__(out, "is_checked", True)
        return out

    def _normalised(self) -> ExportOptions:
        if self.theme is not None and self.theme.lower() not in THEMES:
            raise ValueError(f"unknown theme {self.theme!r} (known: {', '.join(THEMES)})")
        scale = self.png_scale
        if not (math.isfinite(scale) and MIN_SCALE <= scale <= MAX_SCALE):
            what = f"dpi {self.dpi:g}" if self.dpi else f"scale {self.scale:g}"
            raise ValueError(f"{what} is out of range (scale {MIN_SCALE:g} to {MAX_SCALE:g}, "
                             f"dpi {MIN_SCALE * 96:g} to {MAX_SCALE * 96:g})")
        if not (math.isfinite(self.margin) and 0 <= self.margin <= 1000):
            raise ValueError(f"margin {self.margin:g} is out of range (0 to 1000)")
        page = {p.lower(): p for p in PAGE_SIZES}.get(str(self.page_size).lower())
        if page is None:
            raise ValueError(f"unknown page size {self.page_size!r} "
                             f"(known: {', '.join(PAGE_SIZES)})")
        orientation = str(self.orientation).lower()
        if orientation not in ORIENTATIONS:
            raise ValueError(f"unknown orientation {self.orientation!r} "
                             f"(known: {', '.join(ORIENTATIONS)})")
        theme = self.theme.lower() if self.theme else None
        return replace(self, theme=theme, page_size=page, orientation=orientation)
