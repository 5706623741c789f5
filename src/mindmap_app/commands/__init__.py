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
    NoteCommand,
    PasteCommand,
    ReorderCommand,
    ReparentCommand,
    StyleCommand,
    TagCommand,
    TidyCommand,
    VoteCommand,
    WebLinkCommand,
)

__all__ = [
    "ActionCommand", "GroupCommand", "MergeCommand", "ParkCommand", "SortByVotesCommand",
    "UngroupCommand", "UnparkCommand", "ViewCommand", "VotingRoundCommand",
    "AddNodeCommand", "DeleteCommand", "EditTextCommand", "FoldCommand", "LinkCommand",
    "MapCommand", "MapSettingCommand", "MoveCommand", "NoteCommand", "PasteCommand",
    "ReorderCommand", "ReparentCommand", "StyleCommand", "TagCommand", "TidyCommand",
    "VoteCommand", "WebLinkCommand",
]
