"""Labels measured from their words' widths (issue 12, :mod:`.text_wrap`) are the sizes Qt
gives, to the last bit, or not given at all: on one line Qt's advance, wrapped the size Qt's
own wrapping gives. Every box of a map is the box Qt's measuring makes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QRectF

from mindmap_app.canvas import node_item, text_sizes, text_wrap
from mindmap_app.canvas.node_item import NodeGeometry, cached_font
from mindmap_app.canvas.node_look import NodeLook
from mindmap_app.canvas.text_sizes import TEXT_FLAGS
from mindmap_app.io.yaml_format import load_map
from tests.conftest import SAMPLE_MAPS

FONTS = [("DejaVu Sans", 11.0, False), ("DejaVu Sans", 14.0, True), ("DejaVu Sans", 16.5, False)]
WORDS = ["the", "Local", "groups", "take", "over", "library", "(and", "volunteers)", "staff,",
         "who", "pays?", "it's", '"Big', 'Society"', "2011", "e.g.", "fear:", "offer;", "r",
         "f", "youth", "club", "closes", "devastatingly", "A", "T", "Transition", "wait!",
         "co-operation", "a/b", "–", "(", ")", "!", "Ünïcode", "x" * 40]


#: the line height passed in, given back for a label on one line
LINE = 17.25


@pytest.fixture(autouse=True)
def words_from_the_first_label(monkeypatch):  # noqa: ANN001, ANN201
    """These tests ask about a font's words at once (a font's first labels are left to Qt:
    see the last test)."""
    monkeypatch.setattr(text_wrap, "QT_FIRST", 0)


def qt_size(text: str, font: tuple, width: float) -> tuple[float, float]:
    """Qt's size of a box's label: its advance on one line when that is within the width,
    else its bounding rect wrapped at the width."""
    metrics = cached_font(*font)[1]
    advance = metrics.horizontalAdvance(text)
    if "\n" not in text and advance <= width:
        return advance, LINE
    rect = metrics.boundingRect(QRectF(0, 0, width, 1e6), TEXT_FLAGS, text)
    return rect.width(), rect.height()


def ours(text: str, font: tuple, width: float) -> tuple[float, float] | None:
    return text_wrap.label_size(text, cached_font(*font)[1], font, width, TEXT_FLAGS, LINE)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=24),
       st.sampled_from([" ", " ", " ", "  ", "\n"]), st.sampled_from(FONTS),
       st.floats(80, 400))
def test_a_size_given_is_the_size_qt_gives(qapp, words, gap, font, width):  # noqa: ARG001
    text = gap.join(words) if gap != " " else " ".join(words)
    found = ours(text, font, width)
    if found is not None:
        assert found == qt_size(text, font, width)


@pytest.mark.parametrize("font", FONTS)
def test_a_line_ending_in_an_accented_letter_is_as_wide_as_qt_lays_it(qapp, font):  # noqa: ARG001
    """An accented capital is a glyph of two (a letter and its accent) whose ink reaches past
    its advance by a pixel that its right bearing does not tell."""
    text = "Bürger CAFÂ über Straße ÀÂ Öffentlichkeit ÑANDÚ große Chancen für Vereine Â"
    answered = [width for width in range(60, 420, 3) if ours(text, font, float(width))]
    assert len(answered) > 40
    for width in answered:
        assert ours(text, font, float(width)) == qt_size(text, font, float(width)), width


def labels() -> list[str]:
    return [m.get(n, "text") for path in sorted(SAMPLE_MAPS.glob("*.yaml"))
            for m in [load_map(path)] for n in m.graph.nodes]


@pytest.mark.parametrize("font", FONTS)
def test_most_wrapped_labels_of_the_workshop_are_worked_out_from_their_words(qapp, font):  # noqa: ARG001
    wrapping = [t for t in labels()
                if cached_font(*font)[1].horizontalAdvance(t) > 220.0 and "\n" not in t]
    answered = [t for t in wrapping if ours(t, font, 220.0) is not None]
    assert len(wrapping) > 40
    assert len(answered) >= len(wrapping) // 3, (len(answered), len(wrapping))
    for text in answered:
        assert ours(text, font, 220.0) == qt_size(text, font, 220.0)


@pytest.mark.parametrize("font", FONTS)
def test_most_one_line_labels_of_the_workshop_are_their_words_added_up(qapp, font):  # noqa: ARG001
    metrics = cached_font(*font)[1]
    one_line = [t for t in labels() if metrics.horizontalAdvance(t) <= 220.0 and "\n" not in t]
    answered = [t for t in one_line if ours(t, font, 220.0) is not None]
    assert len(one_line) > 40
    assert len(answered) >= len(one_line) // 2, (len(answered), len(one_line))
    for text in answered:
        assert ours(text, font, 220.0) == (metrics.horizontalAdvance(text), LINE)


class Kerned:
    """Metrics whose words do not add up to their lines (as a font that kerns across spaces)."""

    def __init__(self, metrics) -> None:  # noqa: ANN001
        self._metrics = metrics

    def horizontalAdvance(self, text: str) -> float:  # noqa: N802
        return self._metrics.horizontalAdvance(text) + (0.5 if " " not in text else 0.0)

    def __getattr__(self, name: str):  # noqa: ANN204
        return getattr(self._metrics, name)


def test_a_font_whose_words_do_not_add_up_is_left_to_qt(qapp, monkeypatch):  # noqa: ARG001
    monkeypatch.setattr(text_wrap, "_FONTS", {})
    metrics = Kerned(cached_font("DejaVu Sans", 11.0, False)[1])
    text = "Local groups take over the library and the youth club when the council closes it"
    assert text_wrap.label_size(text, metrics, ("kerned",), 220.0, TEXT_FLAGS, LINE) is None
    assert text_wrap.label_size("Local groups", metrics, ("kerned",), 220.0, TEXT_FLAGS,
                                LINE) is None
    plain = cached_font("DejaVu Sans", 11.0, False)[1]
    assert text_wrap.label_size(text, plain, ("plain",), 220.0, TEXT_FLAGS, LINE) is not None
    assert text_wrap.label_size("Local groups", plain, ("plain",), 220.0, TEXT_FLAGS,
                                LINE) == (plain.horizontalAdvance("Local groups"), LINE)


def look(text: str, size: float, bold: bool) -> NodeLook:
    return NodeLook(text=text, depth=2, is_main_root=False, color="#336699", fill="#ffffff",
                    text_color="#000000", border_width=1.0, font_size=size, bold=bold,
                    tags=(), votes=0, has_note=False, link=None, folded_count=0,
                    max_text_width=220.0, font_family="DejaVu Sans")


def test_every_box_of_the_sample_maps_is_the_box_qt_measuring_makes(qapp, monkeypatch,  # noqa: ARG001
                                                                    tmp_path):
    monkeypatch.setenv("MINDMAP_CACHE_DIR", str(tmp_path / "cache"))
    looks = [look(t, size, bold) for t in labels() for _, size, bold in FONTS]
    text_sizes.forget()
    from_words = [NodeGeometry(lk).size for lk in looks]
    text_sizes.forget()
    monkeypatch.setattr(node_item, "label_size", lambda *_args: None)
    by_qt = [NodeGeometry(lk).size for lk in looks]
    text_sizes.forget()
    assert from_words == by_qt


def test_a_font_the_check_cannot_judge_is_left_to_qt(qapp, monkeypatch):  # noqa: ARG001
    """No evidence is no licence: when the check's labels are all left to Qt (here: hyphens),
    the font's labels are too."""
    monkeypatch.setattr(text_wrap, "_FONTS", {})
    monkeypatch.setattr(text_wrap, "_CHECK", ("co-operation and self-help groups in every ward",))
    plain = cached_font("DejaVu Sans", 11.0, False)[1]
    text = "Local groups take over the library and the youth club when the council closes it"
    assert text_wrap.label_size(text, plain, ("unjudged",), 220.0, TEXT_FLAGS, LINE) is None


def test_a_fonts_first_labels_are_left_to_qt_and_the_rest_worked_out(qapp, monkeypatch):  # noqa: ARG001
    """A small map's fonts (the title's, the branches') never pay for the words' check: their
    first labels are measured by Qt; past them the words are, and the sizes are Qt's."""
    monkeypatch.setattr(text_wrap, "_FONTS", {})
    monkeypatch.setattr(text_wrap, "_LEFT_TO_QT", {})
    monkeypatch.setattr(text_wrap, "QT_FIRST", 5)
    font = ("DejaVu Sans", 11.0, False)
    plain = cached_font(*font)[1]
    text = "Local groups take over the library and the youth club when the council closes it"
    for _ in range(5):
        assert text_wrap.label_size(text, plain, font, 220.0, TEXT_FLAGS, LINE) is None
    assert not text_wrap._FONTS                         # not measured, not checked yet
    assert text_wrap.label_size(text, plain, font, 220.0, TEXT_FLAGS, LINE) == \
        qt_size(text, font, 220.0)
    assert text_wrap.label_size("Local groups", plain, font, 220.0, TEXT_FLAGS, LINE) == \
        (plain.horizontalAdvance("Local groups"), LINE)
