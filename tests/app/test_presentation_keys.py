"""The presentation's key table: every row calls a method the presentation has, and no row
is hidden behind an earlier one."""

from __future__ import annotations

import itertools

from mindmap_app.app.presentation import Presentation
from mindmap_app.app.presentation_keys import PRESENTATION_KEYS, find_key


def test_every_row_calls_a_method_of_the_presentation():
    for row in PRESENTATION_KEYS:
        name = row.call.partition(":")[0]
        assert callable(getattr(Presentation, name, None)), row


def test_every_row_is_reachable():
    reached = set()
    for key in {k for row in PRESENTATION_KEYS for k in row.keys}:
        for ctrl, shift, number, alt in itertools.product((False, True), repeat=4):
            row = find_key(key, ctrl, shift, number, alt)
            if row is not None:
                reached.add(row)
    assert reached == set(PRESENTATION_KEYS)
