"""Small forms of the workshop actions: start a voting round, mark an action, highlight the
top N. They are window-modal but not blocking (``open()``, not ``exec()``): the answer arrives
through a callback, so the window, its timer and the tests keep running."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ..facilitation.voting import Budget


class Form(QDialog):
    """OK/Cancel around a form layout; ``submit`` returns an error text or None (done)."""

    def __init__(self, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.form = QFormLayout(self)
        self.error = QLabel(self)
        self.error.setStyleSheet("QLabel { color: #b00020; }")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                        QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self, *fields: QWidget) -> None:
        """Add the error line and the buttons; Tab goes through ``fields`` in order, the
        first one has the focus."""
        self.form.addRow(self.error)
        self.form.addRow(self.buttons)
        chain = [*fields, self.buttons]
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)
        if fields:
            self.setFocusProxy(fields[0])
            fields[0].setFocus()

    def submit(self) -> str | None:  # pragma: no cover - overridden
        return None

    def _ok(self) -> None:
        problem = self.submit()
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        self.accept()


class StartVotingForm(Form):
    """Dots per person, the number of people (0: not counted), tallies hidden or shown."""

    def __init__(self, parent: QWidget, on_start: Callable[[Budget, bool], None],
                 dots: int = 3, people: int = 0) -> None:
        super().__init__("Start Voting", parent)
        self.on_start = on_start
        self.dots = QSpinBox(self)
        self.dots.setAccessibleName("Dots per person")
        self.dots.lineEdit().setAccessibleName("Dots per person")
        self.dots.setRange(1, 99)
        self.dots.setValue(dots)
        self.people = QSpinBox(self)
        self.people.setAccessibleName("Number of people")
        self.people.lineEdit().setAccessibleName("Number of people")
        self.people.setRange(0, 9999)
        self.people.setSpecialValueText("not counted")
        self.people.setValue(people)
        self.hidden = QCheckBox("Hide the tallies until the end", self)
        self.form.addRow("&Dots per person:", self.dots)
        self.form.addRow("&People:", self.people)
        self.form.addRow(self.hidden)
        self.finish_layout(self.dots, self.people, self.hidden)

    def submit(self) -> str | None:
        people = self.people.value() or None
        self.on_start(Budget(self.dots.value(), people), self.hidden.isChecked())
        return None


class ActionForm(Form):
    """Owner and due date of an action; "Not an Action" unmarks it."""

    def __init__(self, parent: QWidget, owner: str, due: str, is_action: bool,
                 on_set: Callable[[str, str], str | None], on_clear: Callable[[], None]) -> None:
        super().__init__("Mark as Action", parent)
        self.on_set, self.on_clear = on_set, on_clear
        self.owner = QLineEdit(owner, self)
        self.owner.setPlaceholderText("who does it")
        self.due = QLineEdit(due, self)
        self.due.setPlaceholderText("YYYY-MM-DD (optional)")
        self.form.addRow("&Owner:", self.owner)
        self.form.addRow("&Due date:", self.due)
        if is_action:
            clear = QPushButton("&Not an Action", self)
            clear.setAutoDefault(False)
            clear.clicked.connect(self._clear)
            self.buttons.addButton(clear, QDialogButtonBox.ButtonRole.ResetRole)
        self.finish_layout(self.owner, self.due)

    def submit(self) -> str | None:
        return self.on_set(self.owner.text(), self.due.text())

    def _clear(self) -> None:
        self.on_clear()
        self.accept()


class ViewNameForm(Form):
    """The name of a view (a filter kept in the map)."""

    def __init__(self, parent: QWidget, name: str,
                 on_save: Callable[[str], str | None]) -> None:
        super().__init__("Save View into Map", parent)
        self.on_save = on_save
        self.name = QLineEdit(name, self)
        self.name.setPlaceholderText("e.g. Top threats")
        self.form.addRow("&Name:", self.name)
        self.finish_layout(self.name)

    def submit(self) -> str | None:
        if not self.name.text().strip():
            return "A view needs a name"
        return self.on_save(self.name.text())


class TopForm(Form):
    """How many ideas to highlight, in the whole map or in the selected branch."""

    def __init__(self, parent: QWidget, on_show: Callable[[int, bool], None],
                 branch_possible: bool) -> None:
        super().__init__("Highlight Top Ideas", parent)
        self.on_show = on_show
        self.count = QSpinBox(self)
        self.count.setAccessibleName("How many")
        self.count.lineEdit().setAccessibleName("How many")
        self.count.setRange(1, 99)
        self.count.setValue(3)
        self.branch = QCheckBox("Only in the selected branch", self)
        self.branch.setEnabled(branch_possible)
        self.form.addRow("&Top:", self.count)
        self.form.addRow(self.branch)
        self.finish_layout(self.count, self.branch)

    def submit(self) -> str | None:
        self.on_show(self.count.value(), self.branch.isChecked())
        return None
