"""The Edit menu's Undo and Redo items name the step in the user's language: "Undo Add Tag
'threat'" in English, "Rückgängig: Schlagwort „threat“ hinzufügen" in German (the step's
name is translated when it is pushed, :meth:`Document.run`). The keyboard reference lists them
as plain "Undo" and "Redo" (:data:`KEYS_NAME`, read by :mod:`.shortcuts_dialog`, which is
imported only when the reference is opened)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QUndoGroup

from ..i18n import translate as tr

#: dynamic property of an action whose menu text changes with the state ("Undo Edit Text"
#: names the last step): its plain English name, for the reference ("Undo"; translated)
KEYS_NAME = "keysName"


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
