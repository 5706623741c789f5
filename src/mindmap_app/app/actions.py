"""The editing actions and their keys (what mind-map users' hands already know).

Each entry: (name, menu text, shortcuts, method called on the current MapEditor, menu).
Node actions are bound to the map area (WidgetWithChildrenShortcut), so keys typed into the
find bar or a dialog never delete or add nodes.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ActionSpec:
    name: str
    text: str
    keys: tuple[str, ...]
    call: str                      # "method" or "method:arg"
    menu: str                      # "Edit", "Node", "View"
    separator_before: bool = False


EDITOR_ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("cut", "Cu&t", ("Ctrl+X",), "cut", "Edit", True),
    ActionSpec("copy", "&Copy", ("Ctrl+C",), "copy", "Edit"),
    ActionSpec("paste", "&Paste", ("Ctrl+V",), "paste", "Edit"),
    ActionSpec("edit_text", "&Edit Text", ("F2",), "start_edit", "Edit", True),
    ActionSpec("add_child", "Add &Child", ("Tab", "Insert"), "add_child", "Node"),
    ActionSpec("add_sibling", "Add &Sibling", ("Return", "Enter"), "add_sibling", "Node"),
    ActionSpec("add_sibling_before", "Add Sibling &Before", ("Shift+Return", "Shift+Enter"),
               "add_sibling:before", "Node"),
    ActionSpec("insert_parent", "Insert &Parent", ("Shift+Tab", "Ctrl+Return", "Ctrl+Enter"),
               "insert_parent", "Node"),
    ActionSpec("add_floating", "New Fl&oating Idea", ("Ctrl+Shift+N",), "add_floating", "Node"),
    ActionSpec("delete", "&Delete Branch", ("Delete",), "delete_subtree", "Node", True),
    ActionSpec("delete_node", "Delete &Node Only", ("Shift+Delete",), "delete_node_only",
               "Node"),
    ActionSpec("move_up", "Move &Up", ("Ctrl+Up",), "reorder:-1", "Node", True),
    ActionSpec("move_down", "Move Do&wn", ("Ctrl+Down",), "reorder:1", "Node"),
    ActionSpec("level_left", "Move Level &Left (up a level on the right side)", ("Ctrl+Left",),
               "change_level:left", "Node"),
    ActionSpec("level_right", "Move Level &Right (into the sibling above on the right side)",
               ("Ctrl+Right",), "change_level:right", "Node"),
    ActionSpec("fold", "&Fold / Unfold", ("Space",), "toggle_fold", "Node"),
    ActionSpec("open_link", "Open &Linked Map", ("Alt+Return", "Alt+Enter"), "activate_link",
               "Node"),
    ActionSpec("tidy_branch", "Tidy Up &Branch", (), "tidy_up:branch", "Node", True),
    ActionSpec("tidy_all", "Tidy Up &Whole Map", (), "tidy_up", "Node"),
    ActionSpec("go_left", "Select Left", ("Left",), "navigate:left", "Select"),
    ActionSpec("go_right", "Select Right", ("Right",), "navigate:right", "Select"),
    ActionSpec("go_up", "Select Up", ("Up",), "navigate:up", "Select"),
    ActionSpec("go_down", "Select Down", ("Down",), "navigate:down", "Select"),
    ActionSpec("go_root", "Select Central Idea", ("Home",), "select_root", "Select"),
    ActionSpec("zoom_in", "Zoom &In", ("Ctrl+=", "Ctrl++"), "view.zoom_in", "View"),
    ActionSpec("zoom_out", "Zoom &Out", ("Ctrl+-",), "view.zoom_out", "View"),
    ActionSpec("fit", "&Fit Whole Map", ("Ctrl+0",), "fit", "View"),
)


def invoke(editor, call: str) -> None:  # noqa: ANN001
    """Call ``call`` ("method", "method:arg" or "view.method") on ``editor``."""
    name, _, arg = call.partition(":")
    target = editor
    if name.startswith("view."):
        target, name = editor.view, name[5:]
    method = getattr(target, name)
    if not arg:
        method()
    elif arg == "before":
        method(before=True)
    elif arg == "branch":
        method(branch_only=True)
    elif arg.lstrip("-").isdigit():
        method(int(arg))
    else:
        method(arg)
