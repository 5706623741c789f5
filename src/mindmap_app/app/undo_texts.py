"""The Edit menu's Undo and Redo items name the step in the user's language: "Undo Add Tag
'threat'" in English, "Rückgängig: Schlagwort „threat“ hinzufügen" in German (the step's
name is translated when it is pushed, :meth:`Document.run`). The keyboard reference lists them
as plain "Undo" and "Redo" (:data:`mindmap_app.app.shortcuts_dialog.KEYS_NAME`)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QUndoGroup

from ..i18n import translate as tr
from .shortcuts_dialog import KEYS_NAME


def name_undo_steps(group: QUndoGroup, undo: QAction, redo: QAction) -> None:
    """Keep ``undo`` and ``redo`` (made by ``group``) named "Undo STEP" / "Redo STEP"."""
    undo.setProperty(KEYS_NAME, "Undo")
    redo.setProperty(KEYS_NAME, "Redo")
    def update(*_args: object) -> None:
        step = group.undoText() if group.canUndo() else ""
        undo.setText(tr("Undo {step}").format(step=step) if step else tr("Undo"))
        step = group.redoText() if group.canRedo() else ""
        redo.setText(tr("Redo {step}").format(step=step) if step else tr("Redo"))

    # connected after the group's own updates of the two actions, so these texts win
    for signal in (group.undoTextChanged, group.redoTextChanged, group.canUndoChanged,
                   group.canRedoChanged, group.activeStackChanged):
        signal.connect(update)
    update()
