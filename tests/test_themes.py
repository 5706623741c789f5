"""Themes: every text/fill pair is readable, branch colours stay apart for colour-blind viewers,
the projector theme is bolder than the others."""

import itertools
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mindmap_app.themes import (
    THEMES,
    Theme,
    contrast_ratio,
    get_theme,
    mix,
    parse_color,
    relative_luminance,
)

SRC = Path(__file__).resolve().parents[1] / "src"

# Minimum WCAG contrast of text against any fill it is drawn on, per theme (issue 6).
TEXT_MINIMUM = {"light": 4.5, "dark": 4.5, "projector": 7.0}
# Minimum contrast of branch colours (edges, borders) against the background.
EDGE_MINIMUM = {"light": 3.0, "dark": 3.0, "projector": 4.5}
# Minimum CIEDE2000 distance between any two branch colours, for normal vision and under
# simulated protanopia and deuteranopia.
DISTANCE_MINIMUM = {"light": 12.0, "dark": 10.0, "projector": 14.0}

# Colours a map can set on its own nodes: the workshop's threat/opportunity colours and some
# arbitrary ones a user might pick, including the extremes.
MAP_COLORS = [
    "#b03a2e",  # threat, as in the Big Society workshop maps
    "#1e7b45",  # opportunity
    "#ff0000",
    "#00ff00",
    "#0000ff",
    "#ffff00",
    "#00ffff",
    "#ff00ff",
    "#ff8800",
    "#808080",
    "#000000",
    "#ffffff",
    "#123456",
    "#fedcba",
]


def text_fill_pairs(theme: Theme) -> dict[str, tuple[str, str]]:
    """Every (foreground, background) pair the theme draws text or a text-like mark on."""
    pairs = {
        "text on node_fill": (theme.text, theme.node_fill),
        "text on background (floating labels)": (theme.text, theme.background),
        "root_text on root_fill": (theme.root_text, theme.root_fill),
        "badge_text on badge_fill": (theme.badge_text, theme.badge_fill),
        "link_color on background (link labels)": (theme.link_color, theme.background),
    }
    colors = list(theme.branch_colors) + list(theme.tag_colors.values()) + MAP_COLORS
    for color in colors:
        pairs[f"text on branch_fill({color})"] = (theme.text, theme.branch_fill(color))
    return pairs


def minimum_text_contrast(theme: Theme) -> tuple[float, str]:
    pairs = text_fill_pairs(theme).items()
    return min((contrast_ratio(fg, bg), label) for label, (fg, bg) in pairs)


# --- colour-vision simulation and a perceptual distance, for the tests only ---------------

# Machado, Oliveira & Fernandes (2009), severity 1.0, applied to linear RGB.
MACHADO = {
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
}


def _to_linear(c: float) -> float:
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _linear_rgb(color: str) -> tuple[float, float, float]:
    return tuple(_to_linear(c / 255) for c in parse_color(color))


def simulate(color: str, deficiency: str | None) -> tuple[float, float, float]:
    """Linear RGB of `color` as seen with the given deficiency (None: normal vision)."""
    rgb = _linear_rgb(color)
    if deficiency is None:
        return rgb
    m = MACHADO[deficiency]
    return tuple(min(1.0, max(0.0, sum(m[i][j] * rgb[j] for j in range(3)))) for i in range(3))


def lab(rgb: tuple[float, float, float]) -> tuple[float, float, float]:
    """CIE L*a*b* (D65) of a linear RGB triple."""
    r, g, b = rgb
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def delta_e_2000(lab1: tuple[float, float, float], lab2: tuple[float, float, float]) -> float:
    """CIEDE2000 colour difference (Sharma, Wu & Dalal 2005)."""
    l1, a1, b1 = lab1
    l2, a2, b2 = lab2
    c_bar = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(c_bar**7 / (c_bar**7 + 25**7)))
    a1p, a2p = a1 * (1 + g), a2 * (1 + g)
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360 if c1p else 0.0
    h2p = math.degrees(math.atan2(b2, a2p)) % 360 if c2p else 0.0
    dl = l2 - l1
    dc = c2p - c1p
    if c1p * c2p == 0:
        dh = 0.0
    elif abs(h2p - h1p) <= 180:
        dh = h2p - h1p
    elif h2p - h1p > 180:
        dh = h2p - h1p - 360
    else:
        dh = h2p - h1p + 360
    d_h = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))
    l_bar = (l1 + l2) / 2
    cp_bar = (c1p + c2p) / 2
    if c1p * c2p == 0:
        hp_bar = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        hp_bar = (h1p + h2p) / 2
    elif h1p + h2p < 360:
        hp_bar = (h1p + h2p + 360) / 2
    else:
        hp_bar = (h1p + h2p - 360) / 2
    t = (
        1
        - 0.17 * math.cos(math.radians(hp_bar - 30))
        + 0.24 * math.cos(math.radians(2 * hp_bar))
        + 0.32 * math.cos(math.radians(3 * hp_bar + 6))
        - 0.20 * math.cos(math.radians(4 * hp_bar - 63))
    )
    d_theta = 30 * math.exp(-(((hp_bar - 275) / 25) ** 2))
    r_c = 2 * math.sqrt(cp_bar**7 / (cp_bar**7 + 25**7))
    s_l = 1 + 0.015 * (l_bar - 50) ** 2 / math.sqrt(20 + (l_bar - 50) ** 2)
    s_c = 1 + 0.045 * cp_bar
    s_h = 1 + 0.015 * cp_bar * t
    r_t = -math.sin(math.radians(2 * d_theta)) * r_c
    return math.sqrt(
        (dl / s_l) ** 2 + (dc / s_c) ** 2 + (d_h / s_h) ** 2 + r_t * (dc / s_c) * (d_h / s_h)
    )


def seen_distance(a: str, b: str, deficiency: str | None) -> float:
    return delta_e_2000(lab(simulate(a, deficiency)), lab(simulate(b, deficiency)))


# --- the helpers ----------------------------------------------------------------------------


def test_contrast_ratio_known_values():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#000000") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1.0)
    # WebAIM's checker: #777777 on white is 4.48:1, just failing AA; #767676 passes.
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert relative_luminance("#ffffff") == pytest.approx(1.0)
    assert relative_luminance("#000000") == pytest.approx(0.0)


def test_mix_blends_from_first_to_second_colour():
    assert mix("#000000", "#ffffff", 0.0) == "#000000"
    assert mix("#000000", "#ffffff", 1.0) == "#ffffff"
    assert mix("#000000", "#ffffff", 0.5) in {"#7f7f7f", "#808080"}
    assert mix("#ff0000", "#0000ff", 0.25) == "#bf0040"


def test_parse_color_accepts_short_and_upper_case_forms_and_rejects_names():
    assert parse_color("#FFF") == (255, 255, 255)
    assert parse_color("#B03A2E") == (0xB0, 0x3A, 0x2E)
    with pytest.raises(ValueError):
        parse_color("red")
    with pytest.raises(ValueError):
        parse_color("#12345")


def test_get_theme_by_name_and_fallback_to_light():
    assert set(THEMES) == {"light", "dark", "projector"}
    for name, theme in THEMES.items():
        assert get_theme(name) is theme
        assert theme.name == name
    assert get_theme("Projector") is THEMES["projector"]
    assert get_theme("no-such-theme") is THEMES["light"]
    assert get_theme("") is THEMES["light"]


def test_themes_module_does_not_import_qt():
    code = "import sys; import mindmap_app.themes; print('PySide6' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(SRC)},
    )
    assert out.stdout.strip() == "False"


# --- readability ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(THEMES))
def test_every_text_fill_pair_meets_the_theme_minimum(name):
    theme = THEMES[name]
    failures = {
        label: round(contrast_ratio(fg, bg), 2)
        for label, (fg, bg) in text_fill_pairs(theme).items()
        if contrast_ratio(fg, bg) < TEXT_MINIMUM[name]
    }
    assert not failures, f"{name}: below {TEXT_MINIMUM[name]}:1: {failures}"


def test_projector_text_meets_wcag_aaa():
    value, label = minimum_text_contrast(THEMES["projector"])
    assert value >= 7.0, label


@pytest.mark.parametrize("name", sorted(THEMES))
def test_branch_fill_is_a_visible_tint_of_the_branch_colour(name):
    """Depth-1 nodes are tinted, not plain background: a viewer can tell the branches apart."""
    theme = THEMES[name]
    fills = [theme.branch_fill(c) for c in theme.branch_colors]
    assert len(set(fills)) == len(fills)
    for color, fill in zip(theme.branch_colors, fills, strict=True):
        assert fill != theme.background
        # The fill lies between the background and the colour: closer to the colour than
        # the background is.
        assert seen_distance(fill, color, None) < seen_distance(theme.background, color, None)


@pytest.mark.parametrize("name", sorted(THEMES))
@pytest.mark.parametrize("color", MAP_COLORS)
def test_branch_fill_of_a_map_colour_keeps_text_readable(name, color):
    theme = THEMES[name]
    assert contrast_ratio(theme.text, theme.branch_fill(color)) >= theme.min_contrast
    assert theme.branch_fill(color.upper()) == theme.branch_fill(color)


@pytest.mark.parametrize("name", sorted(THEMES))
def test_theme_declares_the_minimum_it_is_held_to(name):
    assert THEMES[name].min_contrast >= TEXT_MINIMUM[name]


@pytest.mark.parametrize("name", sorted(THEMES))
def test_branch_and_tag_colours_stand_out_from_the_background(name):
    theme = THEMES[name]
    low = {
        c: round(contrast_ratio(c, theme.background), 2)
        for c in theme.branch_colors
        if contrast_ratio(c, theme.background) < EDGE_MINIMUM[name]
    }
    assert not low, f"{name}: branch colours too faint on the background: {low}"
    for tag, color in theme.tag_colors.items():
        # Tag marks are drawn on node fills.
        assert contrast_ratio(color, theme.node_fill) >= 3.0, tag


@pytest.mark.parametrize("name", sorted(THEMES))
@pytest.mark.parametrize("color", MAP_COLORS)
def test_stroke_colour_makes_a_map_colour_visible_on_the_background(name, color):
    """A dark red threat border on the dark theme is lifted until it shows; colours that
    already show are left alone, so the map keeps its look where it can."""
    theme = THEMES[name]
    stroke = theme.stroke_color(color)
    assert contrast_ratio(stroke, theme.background) >= EDGE_MINIMUM[name]
    if contrast_ratio(color, theme.background) >= EDGE_MINIMUM[name]:
        assert stroke == color


def test_stroke_colour_lifts_the_threat_colour_on_the_dark_theme():
    dark = THEMES["dark"]
    assert contrast_ratio("#b03a2e", dark.background) < 3.0
    lifted = dark.stroke_color("#b03a2e")
    assert lifted != "#b03a2e"
    assert relative_luminance(lifted) > relative_luminance("#b03a2e")
    # Still recognisably the same red: closer to it than to the neutral text colour.
    assert seen_distance(lifted, "#b03a2e", None) < seen_distance(lifted, dark.text, None)


@pytest.mark.parametrize("name", sorted(THEMES))
def test_branch_colours_need_no_lifting(name):
    theme = THEMES[name]
    assert theme.min_edge_contrast >= EDGE_MINIMUM[name]
    for color in theme.branch_colors:
        assert theme.stroke_color(color) == color


@pytest.mark.parametrize("name", sorted(THEMES))
def test_selection_and_drop_target_are_visible_on_the_background(name):
    theme = THEMES[name]
    for color in (theme.selection, theme.drop_target, theme.note_mark, theme.root_border):
        assert contrast_ratio(color, theme.background) >= 3.0, color
    assert theme.selection != theme.drop_target


# --- colour-blind viewers ------------------------------------------------------------------


def test_simulation_merges_red_and_green_for_a_deuteranope():
    """Sanity check of the simulation itself: a red/green pair that is obvious to normal
    vision becomes hard to tell apart, while blue/orange stays distinct."""
    assert seen_distance("#d00000", "#00a000", None) > 40
    assert seen_distance("#d00000", "#00a000", "deuteranopia") < 0.4 * seen_distance(
        "#d00000", "#00a000", None
    )
    assert seen_distance("#0072b2", "#e69f00", "deuteranopia") > 30


@pytest.mark.parametrize("name", sorted(THEMES))
@pytest.mark.parametrize("deficiency", [None, "protanopia", "deuteranopia"])
def test_branch_colours_stay_apart(name, deficiency):
    theme = THEMES[name]
    assert len(theme.branch_colors) >= 6
    close = {
        (a, b): round(seen_distance(a, b, deficiency), 1)
        for a, b in itertools.combinations(theme.branch_colors, 2)
        if seen_distance(a, b, deficiency) < DISTANCE_MINIMUM[name]
    }
    assert not close, f"{name} under {deficiency or 'normal vision'}: too close: {close}"


def test_branch_colour_cycles_through_the_palette():
    theme = THEMES["light"]
    n = len(theme.branch_colors)
    assert [theme.branch_color(i) for i in range(n)] == list(theme.branch_colors)
    assert theme.branch_color(n) == theme.branch_color(0)
    assert theme.branch_color(n + 2) == theme.branch_color(2)


# --- weight and size -----------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(THEMES))
def test_edges_get_thinner_with_depth_but_never_vanish(name):
    theme = THEMES[name]
    widths = [theme.edge_width_at(d) for d in range(1, 12)]
    assert widths[0] == theme.edge_width
    assert all(a >= b for a, b in itertools.pairwise(widths))
    assert widths[0] > widths[1] > widths[2]
    floor = 2.0 if name == "projector" else 1.0
    assert min(widths) >= floor
    assert theme.edge_width_at(0) == theme.edge_width


def test_projector_edges_and_borders_are_thicker():
    projector = THEMES["projector"]
    for other in (THEMES["light"], THEMES["dark"]):
        for depth in range(1, 10):
            assert projector.edge_width_at(depth) > other.edge_width_at(depth)
        assert projector.border_width > other.border_width


def test_projector_text_is_larger():
    projector = THEMES["projector"]
    for other in (THEMES["light"], THEMES["dark"]):
        assert projector.font_size > other.font_size
        assert projector.branch_font_size > other.branch_font_size
        assert projector.root_font_size > other.root_font_size


@pytest.mark.parametrize("name", sorted(THEMES))
def test_font_sizes_rank_root_then_branch_then_node(name):
    theme = THEMES[name]
    assert theme.root_font_size > theme.branch_font_size > theme.font_size > 0
    assert theme.font_family == "DejaVu Sans"
    assert theme.max_text_width > 0


@pytest.mark.parametrize("name", sorted(THEMES))
def test_threat_and_opportunity_have_tag_colours(name):
    theme = THEMES[name]
    assert {"threat", "opportunity"} <= set(theme.tag_colors)
    assert theme.tag_color("threat") == theme.tag_colors["threat"]
    assert theme.tag_color("unknown") is None


@pytest.mark.parametrize("name", sorted(THEMES))
def test_every_colour_is_a_hex_string(name):
    theme = THEMES[name]
    colours = [
        theme.background, theme.text, theme.node_fill, theme.root_fill, theme.root_text,
        theme.root_border, theme.link_color, theme.selection, theme.drop_target,
        theme.badge_fill, theme.badge_text, theme.note_mark,
        *theme.branch_colors, *theme.tag_colors.values(),
    ]  # fmt: skip
    for c in colours:
        assert len(c) == 7 and c.startswith("#") and c == c.lower()
        parse_color(c)


def test_themes_are_immutable():
    with pytest.raises(AttributeError):
        THEMES["light"].background = "#000000"  # type: ignore[misc]
    # A theme can key a cache of pens and brushes.
    cache = {theme: theme.name for theme in THEMES.values()}
    assert cache[get_theme("dark")] == "dark"
