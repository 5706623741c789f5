"""Undo commands: one per user action, thin wrappers over model edits."""

from .facilitation_commands import (
    ActionCommand,
    GroupCommand,
    MergeCommand,
    ParkCommand,
    SortByVotesCommand,
    UngroupCommand,
    UnparkCommand,
    ViewCommand,
    VoteCommand,
    VotingRoundCommand,
)
from .map_commands import (
    AddNodeCommand,
    DeleteCommand,
    EditTextCommand,
    FoldCommand,
    LinkCommand,
    MapCommand,
    MapSettingCommand,
    MoveCommand,
    PasteCommand,
    ReorderCommand,
    ReparentCommand,
    StyleCommand,
    TidyCommand,
)

__all__ = [
    "ActionCommand", "GroupCommand", "MergeCommand", "ParkCommand", "SortByVotesCommand",
    "UngroupCommand", "UnparkCommand", "ViewCommand", "VoteCommand", "VotingRoundCommand",
    "AddNodeCommand", "DeleteCommand", "EditTextCommand", "FoldCommand", "LinkCommand",
    "MapCommand", "MapSettingCommand", "MoveCommand", "PasteCommand", "ReorderCommand",
    "ReparentCommand", "StyleCommand", "TidyCommand",
]
