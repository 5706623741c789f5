"""The Qt-free facilitation logic: voting rounds and budgets, ranking, the idea filter."""

from __future__ import annotations

from datetime import datetime

import pytest

from mindmap_app.facilitation.idea_filter import (
    IdeaFilter,
    all_tags,
    apply_filter,
    filtered_map,
)
from mindmap_app.facilitation.voting import (
    Budget,
    Ledger,
    VoteRefusedError,
    VotingRound,
    ranked,
    top_ideas,
)
from mindmap_app.io.yaml_format import load_map
from mindmap_app.model import check_invariants
from mindmap_app.model import facilitation_ops as fops
from tests.conftest import SAMPLE_MAPS
from tests.model.test_facilitation_ops import small_map


def test_a_round_counts_dots_from_the_map_so_undo_gives_them_back():
    m = small_map()
    round_ = VotingRound.start(m, Budget(2, people=2), now=datetime(2026, 12, 3, 10, 30))
    assert round_.placed(m) == 0 and round_.left(m) == 4
    undo = m.apply(fops.add_vote(m, "d"))
    m.apply(fops.add_vote(m, "b"))
    assert round_.placed(m) == 2 and round_.left(m) == 2
    assert round_.counter_text(m) == "Voting: 2 dots placed, 2 left"
    m.apply(undo)    # not the last one, but the dot on d
    assert round_.placed(m) == 1
    assert round_.can_remove(m, "b") and not round_.can_remove(m, "c")   # c's 5 are older
    with pytest.raises(VoteRefusedError):
        round_.check_remove(m, "c")
    for node in "def":
        m.apply(fops.add_vote(m, node))
    assert round_.left(m) == 0 and not round_.can_add(m)
    with pytest.raises(VoteRefusedError, match="all 4 dots"):
        round_.check_add(m)
    assert round_.record(m) == {"date": "2026-12-03 10:30", "dots": 2, "people": 2,
                                "placed": 4}


def test_an_open_round_has_no_total():
    m = small_map()
    round_ = VotingRound.start(m, Budget(3))
    for _ in range(50):
        m.apply(fops.add_vote(m, "d"))
    assert round_.can_add(m) and round_.left(m) is None
    assert "people" not in round_.record(m)
    assert round_.counter_text(m) == "Voting: 50 dots placed (3 each)"
    with pytest.raises(ValueError):
        Budget(0)


def test_a_ledger_keeps_each_persons_budget():
    ledger = Ledger(Budget(2, people=2))
    ledger.cast("ana", "a")
    ledger.cast("ana", "a")
    with pytest.raises(VoteRefusedError, match="ana has placed all 2"):
        ledger.cast("ana", "b")
    ledger.cast("ben", "b")
    with pytest.raises(VoteRefusedError, match="2 people"):
        ledger.cast("cy", "b")
    ledger.retract("ana", "a")
    assert ledger.left_for("ana") == 1 and ledger.left_for("ben") == 1
    with pytest.raises(VoteRefusedError):
        ledger.retract("ben", "a")


def test_ranking_and_top_n_keep_ties_at_the_cut():
    m = small_map()
    m.apply(fops.add_vote(m, "f", 2))
    assert ranked(m) == ["c", "b", "f"]
    assert top_ideas(m, 1) == ["c"]
    assert top_ideas(m, 2) == ["c", "b", "f"]     # b and f tie for second place
    assert top_ideas(m, 5, within="e") == ["f"]
    assert top_ideas(m, 0) == []


def test_filter_by_tag_text_votes_combined():
    m = load_map(SAMPLE_MAPS / "national.yaml")
    assert all_tags(m)[:2] == ["threat", "opportunity"]
    by_tag = apply_filter(m, IdeaFilter(tags={"threat"}))
    assert by_tag.matched == {n for n in m.nodes() if "threat" in m.get(n, "tags")}
    assert by_tag.shown == set(m.nodes()) and by_tag.dimmed == set(m.nodes()) - by_tag.matched
    text = apply_filter(m, IdeaFilter(text="TRANSITION"))
    assert text.matched and all("transition" in (m.text(n) + m.get(n, "note")).lower()
                                for n in text.matched)
    voted = apply_filter(m, IdeaFilter(min_votes=1))
    assert voted.matched == {n for n in m.nodes() if m.get(n, "votes") >= 1}
    both = apply_filter(m, IdeaFilter(text="transition", min_votes=1))
    assert both.matched == text.matched & voted.matched
    off = apply_filter(m, IdeaFilter())
    assert off.dimmed == set() and off.shown == set(m.nodes())


def test_hide_keeps_the_ancestors_of_every_match():
    m = small_map()
    result = apply_filter(m, IdeaFilter(tags={"x"}, mode="hide"))
    assert result.matched == {"c"}
    assert result.shown == {"c", "a", "root"} and result.dimmed == {"a", "root"}
    copy = filtered_map(m, IdeaFilter(tags={"x"}, mode="hide"))
    check_invariants(copy)
    assert set(copy.nodes()) == {"root", "a", "c"} and copy.children("a") == ["c"]
    linked = filtered_map(m, IdeaFilter(text="b"))    # b and f... only b's text has "b"
    assert ("b", "f", "see") not in linked.links()
    both = filtered_map(m, IdeaFilter(min_votes=1))
    assert set(both.nodes()) == {"root", "a", "b", "c"}
    assert filtered_map(m, None).same_as(m)
