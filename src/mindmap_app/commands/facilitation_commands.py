"""Undo commands of the workshop actions (one class per user action)."""

from __future__ import annotations

from .map_commands import MapCommand, VoteCommand

__all__ = ["VoteCommand"]   # a dot added or taken back: the idea panel's command too


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
