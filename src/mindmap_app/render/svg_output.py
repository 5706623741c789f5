"""Tidying what ``QSvgGenerator`` writes. Pure Python (bytes in, bytes out).

What Qt 6 writes for a scene (checked against its output):

* one ``<g>`` per painter state change, most of them empty (a state set and never drawn
  with): they are dropped, which makes the file about a third smaller;
* ``font-family="DejaVu Sans"`` on every text: a viewer without that font (most Windows and
  Mac machines) falls back to its default serif font, whose letters differ from the ones the
  boxes were measured for. A ``<style>`` rule gives each family used a list of fallbacks
  (Bitstream Vera Sans, the font DejaVu grew from, and Verdana, drawn to nearly the same
  widths) ending in the generic ``sans-serif``. A style rule rather than a list in the
  attribute, because CSS outranks presentation attributes in browsers, Inkscape and librsvg,
  while simpler renderers (ImageMagick's own) read the attribute, which they would not
  understand as a list;
* ``width``/``height`` in millimetres computed from the resolution: they are replaced by the
  view box size in pixels, so browsers and converters show the map at 1:1;
* one ``<text>`` per line, placed by its start only: a viewer lays the letters out with its
  own font engine, and its lines come out up to 2-3 % longer or shorter than Qt's (measured
  in Chromium: bold titles 2.7 px wider, so the root's note mark overlapped its text). Given
  a ``measure`` function, each ``<text>`` gets ``textLength`` (Qt's width of that line) with
  ``lengthAdjust="spacing"``: viewers that know it (browsers, Inkscape) then fit every line
  exactly into its box, even with a fallback font;
* nothing that varies between runs (no dates, no random ids); :func:`tidy_svg` keeps it so.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

_EMPTY_GROUP = re.compile(rb"<g\b[^<>]*>\s*</g>\s*")
_TEXT_FAMILY = re.compile(rb'<text [^<>]*?font-family="([^"<>]*)"')
_DEFS = re.compile(rb"<defs>\s*</defs>")
_SIZE = re.compile(rb'<svg width="[^"]*" height="[^"]*"')
_BLANK_LINES = re.compile(rb"\n{3,}")
_TEXT = re.compile(rb"<text ([^<>]*)>([^<]*)</text>")
_ATTRIBUTE = re.compile(rb'([a-z:-]+)="([^"]*)"')

#: (family, pixel size, weight, italic, text) -> width of ``text`` in pixels
Measure = Callable[[str, float, int, bool, str], float]

#: Fonts with nearly the same letter widths, tried when the first one is missing.
FALLBACKS = {
    "dejavu sans": ("Bitstream Vera Sans", "Verdana"),
}


def _font_rules(data: bytes) -> bytes:
    """A ``<style>`` giving every font family used by a ``<text>`` its fallbacks."""
    rules = []
    for raw in sorted(set(_TEXT_FAMILY.findall(data))):
        family = raw.decode("utf-8")
        names = [family.strip().strip("'\""), *FALLBACKS.get(family.strip().lower(), ())]
        listed = ", ".join(f"'{n}'" if not n.replace("-", "").isalnum() else n for n in names)
        rules.append(f'text[font-family="{family}"] {{ font-family: {listed}, sans-serif; }}')
    if not rules:
        return b""
    return ("<style type=\"text/css\"><![CDATA[\n" + "\n".join(rules) + "\n]]></style>\n"
            ).encode("utf-8")


def _number(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _fit_text(measure: Measure) -> Callable[[re.Match], bytes]:
    def fit(match: re.Match) -> bytes:
        attrs = dict(_ATTRIBUTE.findall(match.group(1)))
        text = html.unescape(match.group(2).decode("utf-8"))
        if not text.strip() or b"textLength" in attrs:
            return match.group(0)
        try:
            size = float(attrs.get(b"font-size", b"12"))
            weight = int(attrs.get(b"font-weight", b"400"))
        except ValueError:
            return match.group(0)
        family = attrs.get(b"font-family", b"").decode("utf-8")
        italic = attrs.get(b"font-style", b"normal") != b"normal"
        length = measure(family, size, weight, italic, text)
        fitted = f' textLength="{_number(length)}" lengthAdjust="spacing"'.encode()
        return b"<text " + match.group(1).rstrip() + fitted + b">" + match.group(2) + b"</text>"
    return fit


def tidy_svg(data: bytes, width: float, height: float, measure: Measure | None = None) -> bytes:
    """``data`` (an SVG from ``QSvgGenerator``) with empty groups dropped, font fallbacks
    added, the size set to ``width`` x ``height`` pixels and, given ``measure``, each line of
    text fitted to the width Qt gave it."""
    if measure is not None:
        data = _TEXT.sub(_fit_text(measure), data)
    previous = None
    while previous != data:  # an emptied group may leave its parent empty
        previous = data
        data = _EMPTY_GROUP.sub(b"", data)
    style = _font_rules(data)
    if style:
        data = _DEFS.sub(lambda _: b"<defs>\n" + style + b"</defs>", data, count=1)
    data = _SIZE.sub(f'<svg width="{_number(width)}px" height="{_number(height)}px"'.encode(),
                     data, count=1)
    return _BLANK_LINES.sub(b"\n\n", data)
