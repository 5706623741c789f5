"""Undo commands: one per user action, thin wrappers over model edits."""

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
    "AddNodeCommand", "DeleteCommand", "EditTextCommand", "FoldCommand", "LinkCommand",
    "MapCommand", "MapSettingCommand", "MoveCommand", "NoteCommand", "PasteCommand",
    "ReorderCommand", "ReparentCommand", "StyleCommand", "TagCommand", "TidyCommand",
    "VoteCommand", "WebLinkCommand",
]
