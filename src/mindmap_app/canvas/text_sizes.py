"""Labels measured once are not measured again: the size of each box's text, kept in memory
and, per map file, in the user's cache folder for the next open.

Measuring text with Qt (shaping, and the wrapping of long labels) is the largest part of
opening a big map: 0.34 s of 20,000 ideas, 1.5 s of 100,000. A map opened again has the same
labels in the same fonts, so their sizes are kept: :func:`load_for` reads the sizes kept for
a map file before its boxes are measured, :func:`save_for` keeps them once the map is drawn
(or saved under a new name). :class:`~.node_item.NodeGeometry` asks :func:`natural_size`
first and tells :func:`remember` what it measured.

A size is kept only with the font it was measured in: its *fingerprint* (Qt's version and
platform, the font file Qt picked (its family, style and the checksum and date of its
``head`` table), the line height and a probe text measured on one line and wrapped at the
box's width). Sizes whose fingerprint differs from the font's now (another Qt, a font update,
another screen resolution) are dropped when they are read. The entries are sealed as the map
cache's are (:func:`mindmap_app.io.map_cache.write_sealed`): a damaged one is not used.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QRectF, Qt, qVersion
from PySide6.QtGui import QFont, QFontInfo, QFontMetricsF, QGuiApplication, QRawFont

from ..io import map_cache

#: a font and a box width: (family, point size, bold, max text width)
FontKey = tuple[str, float, bool, float]
#: what is kept: changes when the way a label is measured changes
VERSION = 1
#: sizes kept in memory at most (then the memory starts again: a cache, never the truth)
MAX_IN_MEMORY = 400_000
#: measured on one line and wrapped, with the font, to tell a font apart from another
PROBE = "Wij Ty.Äé fi — 12,5 % Kw"

#: how a box's text is laid out when it wraps (the box draws it with the same flags)
TEXT_FLAGS = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

#: font key -> label -> (width, height) as measured (before the box's narrowest width)
_SIZES: dict[FontKey, dict[str, tuple[float, float]]] = {}
_count = 0
_FINGERPRINTS: dict[FontKey, tuple] = {}
#: labels measured in this run so far; and, per entry, that number when it was read or written
#: (no label measured since: the entry holds what memory would write again)
_measured = 0
_in_step: dict[Path, int] = {}


def label_of(look) -> tuple[FontKey, str]:  # noqa: ANN001 - a NodeLook
    """A box's label as kept here: its font key and its text (an empty text measures as a
    space)."""
    return (look.font_family, look.font_size, look.bold, look.max_text_width), look.text or " "


def natural_size(key: FontKey, text: str) -> tuple[float, float] | None:
    """The size ``text`` measured in the font and width of ``key``, if kept."""
    sizes = _SIZES.get(key)
    return sizes.get(text) if sizes is not None else None


def remember(key: FontKey, text: str, size: tuple[float, float]) -> None:
    """Keep the size ``text`` measured in the font and width of ``key``."""
    global _count, _measured
    _measured += 1
    if _count >= MAX_IN_MEMORY:
        forget()
    sizes = _SIZES.get(key)
    if sizes is None:
        sizes = _SIZES[key] = {}
    sizes[text] = size
    _count += 1


def forget() -> None:
    """Drop every size kept in memory (tests; a long session's overflow)."""
    global _count
    _SIZES.clear()
    _count = 0


def fingerprint(key: FontKey) -> tuple:
    """What the sizes measured in ``key``'s font depend on, besides the text."""
    found = _FINGERPRINTS.get(key)
    if found is None:
        family, size, bold, width = key
        font = QFont(family)
        font.setPointSizeF(size)
        font.setBold(bold)
        info = QFontInfo(font)
        head = bytes(QRawFont.fromFont(font).fontTable("head").data())
        metrics = QFontMetricsF(font)
        wrapped = metrics.boundingRect(QRectF(0, 0, max(width, 1.0), 1e6),
                                       TEXT_FLAGS, PROBE * 3)
        found = _FINGERPRINTS[key] = (
            qVersion(), QGuiApplication.platformName(), info.family(), info.styleName(),
            hashlib.blake2b(head[8:12] + head[20:36], digest_size=8).hexdigest(),
            metrics.height(), metrics.ascent(), metrics.horizontalAdvance(PROBE),
            wrapped.width(), wrapped.height())
    return found


def _entry(path: str | Path) -> Path | None:
    try:
        where = str(Path(path).resolve())
    except OSError:
        return None
    return map_cache.entry_path("text", f"{VERSION}:{where}".encode())


def load_for(path: str | Path) -> int:
    """Take the sizes kept for the map file ``path`` (those still measured the same way);
    how many were taken."""
    entry = _entry(path)
    value = map_cache.read_sealed(entry) if entry is not None else None
    if not isinstance(value, dict):
        return 0
    taken = 0
    _in_step[entry] = _measured
    for key, (stored_print, sizes) in value.items():
        if fingerprint(key) != stored_print:
            continue
        have = _SIZES.get(key)
        if have is None:
            _SIZES[key] = dict(sizes)
        else:
            have.update(sizes)
        taken += len(sizes)
    global _count
    _count += taken
    return taken


def save_for(path: str | Path, labels: Iterable[tuple[FontKey, str]]) -> int:
    """Keep, for the map file ``path``, the sizes of ``labels`` (each box's font key and text)
    known in memory; how many were kept (0 also when no label was measured since its entry
    was read or written: it is not written again)."""
    entry = _entry(path)
    if entry is None or (_in_step.get(entry) == _measured and entry.exists()):
        return 0
    out: dict[FontKey, tuple[tuple, dict[str, tuple[float, float]]]] = {}
    kept = 0
    for key, text in labels:
        sizes = _SIZES.get(key)
        size = sizes.get(text) if sizes is not None else None
        if size is None:
            continue
        slot = out.get(key)
        if slot is None:
            slot = out[key] = (fingerprint(key), {})
        slot[1][text] = size
        kept += 1
    if not kept or not map_cache.write_sealed(entry, out):
        return 0
    _in_step[entry] = _measured
    return kept
