"""Dot voting: a round's budget, the dots placed and left, per-person ledgers, the record kept
in the map, and the ranking of ideas by votes. Qt-free, so a shared room or a phone page can
reuse it.

The dots themselves are the ideas' ``votes`` values in the map (changed by undoable edits,
:func:`mindmap_app.model.facilitation_ops.add_vote`). A :class:`VotingRound` remembers the votes
every idea had when the round started, so "placed" is always read from the map: undoing a dot
gives it back to the budget, and nothing can drift.

    round_ = VotingRound.start(mind_map, Budget(dots_per_person=3, people=12))
    round_.can_add(mind_map)          # True while dots are left
    round_.placed(mind_map), round_.left(mind_map)
    mind_map.apply(record_voting_round(mind_map, round_.record(mind_map)))

For rooms where each person votes from their own device, :class:`Ledger` counts each
person's dots against ``dots_per_person``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ..model import MindMap


class VoteRefusedError(ValueError):
    """A dot that the round's rules do not allow (budget spent, nothing to take back)."""


@dataclass(frozen=True)
class Budget:
    """Dots per person and, when counted, the number of people (``None``: not counted, so
    the room's total is open)."""

    dots_per_person: int = 3
    people: int | None = None

    def __post_init__(self) -> None:
        if self.dots_per_person < 1:
            raise ValueError("a person needs at least one dot")
        if self.people is not None and self.people < 1:
            raise ValueError("the number of people is 1 or more (or not counted)")

    @property
    def total(self) -> int | None:
        return None if self.people is None else self.dots_per_person * self.people


def current_votes(mind_map: MindMap) -> dict[str, int]:
    """Every idea with votes, and how many."""
    return {n: v for n in mind_map.nodes() if (v := mind_map.get(n, "votes"))}


@dataclass
class VotingRound:
    budget: Budget
    #: the votes each idea had when the round started
    baseline: dict[str, int]
    started: datetime
    #: the tallies are hidden from the room until revealed (the dots people place still show
    #: to the facilitator's counter)
    hidden: bool = False

    @classmethod
    def start(cls, mind_map: MindMap, budget: Budget, now: datetime | None = None,
              hidden: bool = False) -> VotingRound:
        return cls(budget, current_votes(mind_map), now or datetime.now(), hidden)

    # ------------------------------------------------------------------ counting
    def placed_on(self, mind_map: MindMap, node: str) -> int:
        """Dots this round put on ``node`` (0 for an idea that is gone)."""
        if node not in mind_map:
            return 0
        return max(0, mind_map.get(node, "votes") - self.baseline.get(node, 0))

    def placed(self, mind_map: MindMap) -> int:
        votes = current_votes(mind_map)
        return sum(max(0, v - self.baseline.get(n, 0)) for n, v in votes.items())

    def left(self, mind_map: MindMap) -> int | None:
        total = self.budget.total
        return None if total is None else max(0, total - self.placed(mind_map))

    def can_add(self, mind_map: MindMap) -> bool:
        left = self.left(mind_map)
        return left is None or left > 0

    def can_remove(self, mind_map: MindMap, node: str) -> bool:
        """Only a dot of this round can be taken back during the round."""
        return self.placed_on(mind_map, node) > 0

    def check_add(self, mind_map: MindMap) -> None:
        if not self.can_add(mind_map):
            raise VoteRefusedError(f"all {self.budget.total} dots are placed: end the round, or "
                              f"take a dot back first")

    def check_remove(self, mind_map: MindMap, node: str) -> None:
        if not self.can_remove(mind_map, node):
            raise VoteRefusedError("this idea has no dot of this round to take back")

    def counter_text(self, mind_map: MindMap) -> str:
        placed = self.placed(mind_map)
        left = self.left(mind_map)
        dots = "dot" if placed == 1 else "dots"
        if left is None:
            return f"Voting: {placed} {dots} placed ({self.budget.dots_per_person} each)"
        return f"Voting: {placed} {dots} placed, {left} left"

    # ------------------------------------------------------------------ the record
    def record(self, mind_map: MindMap, ended: datetime | None = None) -> dict[str, Any]:
        """What the map keeps about this round (``voting_rounds`` in the file)."""
        del ended  # the start time names the round; kept in the signature for callers
        out: dict[str, Any] = {"date": self.started.strftime("%Y-%m-%d %H:%M"),
                               "dots": self.budget.dots_per_person}
        if self.budget.people is not None:
            out["people"] = self.budget.people
        out["placed"] = self.placed(mind_map)
        return out


@dataclass
class Ledger:
    """Each person's dots, for rooms where people vote from their own devices."""

    budget: Budget
    dots: dict[str, Counter] = field(default_factory=dict)

    def left_for(self, voter: str) -> int:
        return self.budget.dots_per_person - sum(self.dots.get(voter, Counter()).values())

    def cast(self, voter: str, node: str) -> None:
        if self.left_for(voter) <= 0:
            raise VoteRefusedError(f"{voter} has placed all {self.budget.dots_per_person} dots")
        if voter not in self.dots:
            if self.budget.people is not None and len(self.dots) >= self.budget.people:
                raise VoteRefusedError(f"the round is for {self.budget.people} people")
            self.dots[voter] = Counter()
        self.dots[voter][node] += 1

    def retract(self, voter: str, node: str) -> None:
        mine = self.dots.get(voter)
        if not mine or mine[node] <= 0:
            raise VoteRefusedError(f"{voter} has no dot on this idea")
        mine[node] -= 1
        if not mine[node]:
            del mine[node]


# ------------------------------------------------------------------------- ranking
def ranked(mind_map: MindMap, within: str | None = None) -> list[str]:
    """Ideas with votes, most first; ties in map order. ``within``: only that branch."""
    tops = [within] if within is not None else mind_map.roots()
    order = [n for top in tops for n in mind_map.subtree(top)]
    voted = [n for n in order if mind_map.get(n, "votes")]
    return sorted(voted, key=lambda n: -mind_map.get(n, "votes"))


def top_ideas(mind_map: MindMap, count: int, within: str | None = None) -> list[str]:
    """The ``count`` ideas with most votes, plus any tied with the last of them (a tie at the
    cut is not broken arbitrarily)."""
    order = ranked(mind_map, within)
    if count <= 0 or not order:
        return []
    if len(order) <= count:
        return order
    cut = mind_map.get(order[count - 1], "votes")
    return [n for n in order if mind_map.get(n, "votes") >= cut]
