"""The size of a label, on one line or wrapped at a box's width, worked out from its words
(issue 12: a 20,000-idea map's first open measured three in four labels wrapped, 13 us each
in Qt, and the rest on one line, 5 us each).

Qt lays a wrapped label out line by line (``QFontMetricsF.boundingRect`` with word wrap):
the lines break at spaces, each as long as fits. For the plain labels most maps hold (ASCII
and Latin-1 letters, digits and the punctuation of sentences, words apart by single spaces)
the same lines come from the words' own widths: a word's advance is measured once per font
(a map's labels share a few thousand words), a line is its words and spaces added up, and a
line's width, as Qt gives it, takes in the overhang of its last letter past its advance (an
"f" or an "r": ``-rightBearing``). The result is Qt's to the last bit (a test compares
thousands of labels in several fonts). A label that fits one line is as wide as its words
and spaces added up (Qt's advances are whole 64ths of a pixel: their sums are exact in any
order). Wherever the result might not be Qt's, :func:`label_size` answers None and the
caller asks Qt:

* a label with any other character, or words whose spaces Qt might not break at (before
  closing punctuation, after an opening bracket: Unicode's line breaking rules);
* a line that comes within :data:`NEAR` of the width (sums in another order could tip it);
* a word wider than the box (Qt would overflow it), or with a letter the font lacks (drawn in
  a fallback font, whose height could make its line taller);
* a font whose words do not add up to its lines: each font is checked once against Qt on a
  few labels, wrapped and on one line, before its first use (kerning across a space would
  show there).
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF

#: a line this close to the box's width (pixels) is left to Qt
NEAR = 1.5
#: letters and digits: ASCII's and the Latin-1 letters (German, French, Spanish... words; the
#: same class for Unicode's line breaking as ASCII letters, one glyph each in NFC form)
_LETTER = "A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff"
#: a word whose spaces Qt breaks at and nothing else: not one that starts with closing
#: punctuation (no break before it) nor ends with an opening bracket (none after it), and
#: "!" or "?" only at its end (Qt may break after one); the long form tried first (most words)
_WORD = (rf"""(?:[{_LETTER}'"(][{_LETTER}.,;:'"()]*[{_LETTER}.,;:!?'")]"""
         rf"""|[{_LETTER}'"])""")
#: labels whose lines break only at their spaces, as the words' widths say
_PLAIN = re.compile(rf"{_WORD}(?: {_WORD})*")
#: words measured per font, at most (a map's labels share far fewer)
MAX_WORDS = 50_000
_CHECK = ("Local groups take over the library and the youth club when the council closes them",
          "Fear of the unknown, staff (and volunteers) lose heart: who pays for it?",
          "Transfer of assets 2011 to 2015, first the parks then the leisure centres",
          "Hard to reach groups stay hard to reach; evaluate the effect of every offer",
          "Bürgerbeteiligung über Vereine: große Chancen für Öffentlichkeit und Straßenfeste")


class _Font:
    """What one font's labels need: its words' advances, its letters' overhangs, the height
    of k lines, and whether its words add up to its lines at all."""

    def __init__(self, metrics: QFontMetricsF, flags: int) -> None:
        self.metrics = metrics
        self.flags = flags
        self.space = metrics.horizontalAdvance(" ")
        #: word -> its advance and its last letter's overhang
        self.words: dict[str, tuple[float, float]] = {}
        self.overhangs: dict[str, float] = {}
        self.heights: dict[tuple[float, int], float] = {}
        self.works = True
        short = [" ".join(text.split(" ")[:count]) for text in _CHECK for count in (2, 4)]
        verdicts = [self._agrees(text, width) for text in _CHECK
                    for width in (120.0, 160.0, 220.0, 300.0)]
        verdicts += [self._agrees(text, 220.0) for text in short]
        # no label worked out otherwise than Qt does, and enough of them worked out to say
        self.works = False not in verdicts and verdicts.count(True) >= len(verdicts) // 2

    def _agrees(self, text: str, width: float) -> bool | None:
        """Whether the size worked out for ``text`` is Qt's (None: none worked out): on one
        line its advance, wrapped its bounding rect."""
        mine = self.size(text, width, -1.0)
        if mine is None:
            return None
        if mine[1] == -1.0:
            return mine[0] == self.metrics.horizontalAdvance(text)
        theirs = self.metrics.boundingRect(QRectF(0, 0, width, 1e6), self.flags, text)
        return mine == (theirs.width(), theirs.height())

    def overhang(self, letter: str) -> float:
        found = self.overhangs.get(letter)
        if found is None:
            found = self.overhangs[letter] = max(0.0, -self.metrics.rightBearing(letter))
        return found

    def height(self, width: float, lines: int) -> float:
        """The height Qt gives ``lines`` wrapped lines (measured once per count)."""
        key = (width, lines)
        found = self.heights.get(key)
        if found is None:
            word = "M"
            while self.metrics.horizontalAdvance(word + " " + word) <= width:
                word += "M"
            found = self.heights[key] = self.metrics.boundingRect(
                QRectF(0, 0, width, 1e6), self.flags, " ".join([word] * lines)).height()
        return found

    def word(self, word: str) -> tuple[float, float]:
        """A word's advance and the overhang of its last letter, measured once."""
        words = self.words
        if len(words) > MAX_WORDS:
            words.clear()
        metrics = self.metrics
        if word.isascii():
            found = (metrics.horizontalAdvance(word), self.overhang(word[-1]))
        elif all(metrics.inFontUcs4(ord(c)) for c in word):
            # an accented letter's overhang is not its rightBearing (a glyph made of two: 0
            # for a "Â" that reaches 1 px past its advance): the word alone, laid out by Qt
            advance = metrics.horizontalAdvance(word)
            alone = metrics.boundingRect(QRectF(0, 0, 1e6, 1e6), self.flags, word).width()
            found = (advance, max(0.0, alone - advance))
        else:       # drawn in a fallback font, which could make its line taller: Qt says
            found = (math.inf, 0.0)
        words[word] = found
        return found

    def size(self, text: str, width: float, line_height: float) -> tuple[float, float] | None:
        """The label's size: on one line (its advance) when it fits, else wrapped."""
        if not self.works or not _PLAIN.fullmatch(text):
            return None
        words, measure = self.words, self.word
        space, limit = self.space, width - NEAR
        lines = 0
        widest = -1.0
        parts = iter(text.split(" "))
        first = next(parts)
        line, end = words.get(first) or measure(first)
        if line + end > limit:
            return None                 # wider than the box: Qt overflows it
        for word in parts:
            w, hang = words.get(word) or measure(word)
            if w + hang > limit:
                return None
            longer = line + space + w
            # it fits, or it does not, by NEAR at least with its overhang and without (the
            # overhang is never negative): else too near to call
            if longer + hang - width <= -NEAR:
                line, end = longer, hang
            elif longer - width >= NEAR:
                if line + end > widest:
                    widest = line + end
                lines += 1
                line, end = w, hang
            else:
                return None
        if not lines:       # its advance, at least NEAR inside the width (checked above)
            return line, line_height
        return max(widest, line + end), self.height(width, lines + 1)


#: (font key, text flags) -> what its labels need
_FONTS: dict[tuple, _Font] = {}
#: a font's first labels are left to Qt: its words are worth measuring, and the font worth
#: checking against Qt (some 30 layouts, 1-2 ms), only once it has more labels than this; a
#: small map's title and branch fonts never get there (2-4 ms of its first open)
QT_FIRST = 40
#: (font key, text flags) -> how many labels were left to Qt before its check
_LEFT_TO_QT: dict[tuple, int] = {}


def label_size(text: str, metrics: QFontMetricsF, font_key: tuple, width: float, flags: int,
               line_height: float) -> tuple[float, float] | None:
    """The size of a box's label as Qt measures it, or None when only Qt can say (see the
    module): on one line, ``metrics.horizontalAdvance(text)`` and ``line_height``, when that
    advance is within ``width``; else wrapped at ``width``,
    ``metrics.boundingRect(QRectF(0, 0, width, 1e6), flags, text)``'s width and height."""
    key = (font_key, flags)
    font = _FONTS.get(key)
    if font is None:
        left = _LEFT_TO_QT.get(key, 0)
        if left < QT_FIRST:
            _LEFT_TO_QT[key] = left + 1
            return None
        font = _FONTS[key] = _Font(metrics, flags)
    return font.size(text, width, line_height)
