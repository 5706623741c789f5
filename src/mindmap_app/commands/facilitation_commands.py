"""Undo commands of the workshop actions (one class per user action)."""

from __future__ import annotations

from .map_commands import MapCommand


class VoteCommand(MapCommand):
    """A dot added to or taken from an idea."""


class SortByVotesCommand(MapCommand):
    pass


class ParkCommand(MapCommand):
    pass


class UnparkCommand(MapCommand):
    pass


class GroupCommand(MapCommand):
    pass


class UngroupCommand(MapCommand):
    pass


class MergeCommand(MapCommand):
    pass


class ActionCommand(MapCommand):
    """An idea marked as an action (owner, due date), changed, or unmarked."""


class ViewCommand(MapCommand):
    """A filter saved into the map by name (or removed)."""


class VotingRoundCommand(MapCommand):
    """End Voting: the round's record kept in the map."""
