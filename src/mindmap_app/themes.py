"""Colour themes: light, dark and projector, in one place.

Pure Python (no PySide6): the canvas, the exports and the presentation mode all read their
colours, fonts and line widths from here.

Colours are "#rrggbb" strings. Every text/fill pair a theme uses meets its minimum contrast
ratio (WCAG 2.x): 4.5:1 for light and dark, 7:1 (AAA) for the projector theme, because
projectors wash colours out. Fills that depend on a colour the map chooses (``branch_fill``)
are computed so the minimum holds for any colour.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

__all__ = [
    "THEMES",
    "Theme",
    "contrast_ratio",
    "get_theme",
    "mix",
    "parse_color",
    "relative_luminance",
    "scaled",
]


# --- colour arithmetic ---------------------------------------------------------------------


def parse_color(color: str) -> tuple[int, int, int]:
    """Return (r, g, b) 0..255 for "#rrggbb" or "#rgb"; ValueError for anything else."""
    if not isinstance(color, str):
        raise ValueError(f"not a colour: {color!r}")
    s = color.strip()
    if s.startswith("#"):
        s = s[1:]
    if len(s) == 3:
        s = "".join(ch * 2 for ch in s)
    if len(s) != 6:
        raise ValueError(f"not a #rrggbb colour: {color!r}")
    try:
        value = int(s, 16)
    except ValueError:
        raise ValueError(f"not a #rrggbb colour: {color!r}") from None
    return (value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF


def _to_hex(rgb: tuple[float, float, float]) -> str:
    r, g, b = (max(0, min(255, round(c))) for c in rgb)
    return f"#{r:02x}{g:02x}{b:02x}"


def _linear(channel: int) -> float:
    c = channel / 255.0
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(color: str) -> float:
    """WCAG 2.x relative luminance, 0 (black) .. 1 (white)."""
    r, g, b = (_linear(c) for c in parse_color(color))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    """WCAG 2.x contrast ratio of two colours: 1 (same) .. 21 (black on white)."""
    la, lb = relative_luminance(a), relative_luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def mix(a: str, b: str, t: float) -> str:
    """Blend two colours channel by channel: t=0 gives a, t=1 gives b."""
    t = max(0.0, min(1.0, t))
    ca, cb = parse_color(a), parse_color(b)
    return _to_hex(tuple(x + (y - x) * t for x, y in zip(ca, cb, strict=True)))


@lru_cache(maxsize=1024)
def _tint(color: str, background: str, text: str, strength: float, minimum: float) -> str:
    """The strongest tint of `color` over `background`, at most `strength`, on which `text`
    has at least `minimum` contrast. Strength 0 is the background itself."""
    steps = round(strength * 100)
    for step in range(steps, -1, -1):
        fill = mix(background, color, step / 100)
        if contrast_ratio(text, fill) >= minimum:
            return fill
    return background


@lru_cache(maxsize=1024)
def _visible(color: str, background: str, toward: str, minimum: float) -> str:
    """`color` moved toward `toward` just far enough to have `minimum` contrast against
    `background`; unchanged when it already has."""
    for step in range(101):
        candidate = mix(color, toward, step / 100)
        if contrast_ratio(candidate, background) >= minimum:
            return candidate
    return toward


# --- the theme -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Theme:
    """Everything a drawing needs to know about colour, type and line weight."""

    name: str  # "light" | "dark" | "projector"
    background: str  # canvas/export background
    text: str  # text colour on node fills (all non-root nodes) and floating labels
    node_fill: str  # fill of ordinary nodes (depth >= 2)
    root_fill: str
    root_text: str
    root_border: str
    branch_colors: tuple[str, ...]  # cycled by branch index: borders, edges, tints, marks
    link_color: str  # dashed cross-link arrows and their label text
    selection: str  # selection outline
    drop_target: str  # drag-and-drop target highlight
    badge_fill: str  # folded-count / vote badges
    badge_text: str
    note_mark: str  # colour of the note mark glyph
    # Mark colours for tags, e.g. "threat", "opportunity". Read-only by convention; left out
    # of the hash so that a Theme can key a cache.
    tag_colors: dict[str, str] = field(hash=False)
    font_family: str
    font_size: float  # pt for ordinary nodes
    root_font_size: float
    branch_font_size: float  # depth-1 nodes
    edge_width: float  # width of a main-branch edge; thinner with depth
    border_width: float
    max_text_width: float  # px before text wraps
    # Extra knobs (not needed by drawing code, which should call the methods below):
    min_contrast: float = 4.5  # minimum text/fill contrast ratio this theme guarantees
    min_edge_contrast: float = 3.0  # branch colours / stroke_color() against the background
    branch_tint: float = 0.2  # how strongly a depth-1 fill is tinted, at most (0..1)
    min_edge_width: float = 1.0  # edges never get thinner than this
    edge_taper: float = 0.7  # each level deeper multiplies the edge width by this

    def branch_color(self, index: int) -> str:
        """Colour of the main branch `index` (0-based); the palette repeats."""
        return self.branch_colors[index % len(self.branch_colors)]

    def branch_fill(self, color: str) -> str:
        """Fill for a depth-1 node of branch colour `color` (any "#rrggbb", also the map's
        own colours): a tint of it over the background on which `text` keeps at least
        `min_contrast`."""
        return _tint(color.lower(), self.background, self.text, self.branch_tint, self.min_contrast)

    def idea_fill(self, color: str) -> str:
        """A fill offered for an idea (the fill picker's swatches): a stronger tint of
        `color` than a main branch's, on which `text` keeps at least `min_contrast`."""
        return _tint(color.lower(), self.background, self.text, 0.45, self.min_contrast)

    def highlight_fill(self) -> str:
        """Fill of a find match: a strong tint of the selection colour on which the theme's
        text keeps `min_contrast` (Freeplane fills found nodes the same way)."""
        return _tint(self.selection.lower(), self.background, self.text, 0.5, self.min_contrast)

    def text_on(self, fill: str, preferred: str) -> str:
        """The text colour for a box of the map's own colour ``fill``: ``preferred`` when it
        keeps `min_contrast` there, else whichever of the theme's text colours, black and
        white reads best (black or white always reaches 4.5:1)."""
        if contrast_ratio(preferred, fill) >= self.min_contrast:
            return preferred
        return max((preferred, self.text, self.root_text, "#000000", "#ffffff"),
                   key=lambda colour: contrast_ratio(colour, fill))

    def stroke_color(self, color: str) -> str:
        """A map's own colour (style.color) made visible as an edge or border on this
        background: unchanged when it already has `min_edge_contrast`, else moved toward
        the text colour just far enough. The theme's branch colours come back unchanged."""
        return _visible(color.lower(), self.background, self.text, self.min_edge_contrast)

    def edge_width_at(self, depth: int) -> float:
        """Width of the edge into a node at `depth` (1 = main branch from the root)."""
        level = max(0, depth - 1)
        return max(self.min_edge_width, self.edge_width * self.edge_taper**level)

    def tag_color(self, tag: str) -> str | None:
        """Mark colour for a tag, or None when the theme has none for it."""
        return self.tag_colors.get(tag)


LIGHT = Theme(
    name="light",
    background="#ffffff",
    text="#1f2328",
    node_fill="#f6f8fa",
    root_fill="#2e3440",
    root_text="#ffffff",
    root_border="#1b1f27",
    # Okabe-Ito hues (blue, vermillion, bluish green, reddish purple, orange, sky blue),
    # darkened to at least 3.3:1 against white and nudged apart for colour-blind viewers.
    branch_colors=("#0077cc", "#aa4400", "#228866", "#bb7799", "#cc7700", "#226677"),
    link_color="#5b6270",
    selection="#1a73e8",
    drop_target="#b35900",
    badge_fill="#3c4048",
    badge_text="#ffffff",
    note_mark="#5b6270",
    tag_colors={"threat": "#b03a2e", "opportunity": "#1e7b45"},
    font_family="DejaVu Sans",
    font_size=11.0,
    root_font_size=16.0,
    branch_font_size=13.0,
    edge_width=3.0,
    border_width=1.5,
    max_text_width=220.0,
    min_contrast=4.5,
    branch_tint=0.22,
    min_edge_width=1.0,
)

DARK = Theme(
    name="dark",
    background="#1c1e22",
    text="#e8eaed",
    node_fill="#2a2d33",
    root_fill="#d8dee9",
    root_text="#1c1e22",
    root_border="#eceff4",
    # Okabe-Ito hues (sky blue, orange, bluish green, reddish purple, yellow, vermillion),
    # kept light enough to stand out against the dark background, nudged apart for
    # colour-blind viewers.
    branch_colors=("#55bbee", "#ddaa66", "#119977", "#cc77aa", "#eedd44", "#dd6611"),
    link_color="#a9b1bd",
    selection="#6ab0ff",
    drop_target="#ffb347",
    badge_fill="#d8dee9",
    badge_text="#1c1e22",
    note_mark="#a9b1bd",
    tag_colors={"threat": "#ff7b6b", "opportunity": "#4cc38a"},
    font_family="DejaVu Sans",
    font_size=11.0,
    root_font_size=16.0,
    branch_font_size=13.0,
    edge_width=3.0,
    border_width=1.5,
    max_text_width=220.0,
    min_contrast=4.5,
    branch_tint=0.3,
    min_edge_width=1.0,
)

PROJECTOR = Theme(
    name="projector",
    background="#ffffff",
    text="#000000",
    node_fill="#ffffff",
    root_fill="#000000",
    root_text="#ffffff",
    root_border="#000000",
    # Okabe-Ito hues (blue, vermillion, bluish green, reddish purple, orange, black),
    # darkened to at least 5:1 against white and pushed apart so that every pair stays
    # distinct (CIEDE2000 >= 15) under simulated protanopia and deuteranopia.
    branch_colors=("#0066aa", "#881100", "#116655", "#cc2266", "#aa5500", "#000000"),
    link_color="#333333",
    selection="#0050c8",
    drop_target="#b33c00",
    badge_fill="#000000",
    badge_text="#ffffff",
    note_mark="#000000",
    tag_colors={"threat": "#a12a1f", "opportunity": "#126b38"},
    font_family="DejaVu Sans",
    font_size=16.0,
    root_font_size=26.0,
    branch_font_size=20.0,
    edge_width=6.0,
    border_width=3.0,
    max_text_width=300.0,
    min_contrast=7.0,
    min_edge_contrast=4.5,
    branch_tint=0.18,
    min_edge_width=2.0,
)

THEMES: dict[str, Theme] = {t.name: t for t in (LIGHT, DARK, PROJECTOR)}


#: what a theme's boxes and edges take their size and shape from (its colours aside)
SHAPE_FIELDS = ("font_family", "font_size", "root_font_size", "branch_font_size",
                "edge_width", "border_width", "max_text_width", "min_edge_width", "edge_taper")


def same_shapes(a: Theme, b: Theme) -> bool:
    """True when boxes and edges drawn with ``a`` and with ``b`` differ in colour alone (light
    and dark do): a switch between them needs no measuring and no layout."""
    return all(getattr(a, name) == getattr(b, name) for name in SHAPE_FIELDS)


def scaled(theme: Theme, factor: float) -> Theme:
    """``theme`` with its text ``factor`` times bigger (the text-size setting; 1: itself)."""
    if factor == 1.0:
        return theme
    from dataclasses import replace

    return replace(theme, font_size=theme.font_size * factor,
                   root_font_size=theme.root_font_size * factor,
                   branch_font_size=theme.branch_font_size * factor,
                   max_text_width=theme.max_text_width * factor)


def get_theme(name: str) -> Theme:
    """The theme called `name` (case-insensitive); unknown or empty names give light."""
    key = name.strip().lower() if isinstance(name, str) else ""
    return THEMES.get(key, LIGHT)
