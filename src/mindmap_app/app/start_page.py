"""The start page, shown instead of an empty grey window when no map is open.

It offers what a facilitator needs next: a new map, Open..., the workshop example shipped
with the app, the recent maps (Enter or a click opens one), and the keys used most. Every
part is reachable by keyboard (Tab moves between them) and by mouse.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from .main_window import MainWindow

#: the keys a new user needs first: (keys, what they do)
MOST_USED_KEYS = (
    ("Tab", "add an idea under the selected one"),
    ("Enter", "add an idea beside it"),
    ("F2 or just type", "edit the text"),
    ("Arrows", "move around the map"),
    ("Ctrl+Left / Ctrl+Right", "move an idea up a level / into the one above"),
    ("Ctrl+Up / Ctrl+Down", "move an idea among its siblings"),
    ("Space", "fold or unfold a branch"),
    ("Ctrl+F", "find"),
    ("Ctrl+Z", "undo"),
    ("F5", "present to the room"),
)


#: the window's actions that work on a map: greyed out while none is open (the toolbar's
#: tag, colour, vote... and the Node and Facilitate menus did nothing then, silently)
MAP_ACTIONS = (
    "add_child", "add_floating", "add_sibling", "add_sibling_before", "add_tag", "add_vote",
    "close_tab", "color", "copy", "cross_link", "cut", "delete", "delete_node", "edit_note",
    "edit_text", "export", "export_filtered", "fill", "filter", "find", "find_next",
    "find_previous", "fit", "fold", "go_down", "go_left", "go_right", "go_root", "go_up",
    "group", "highlight_top", "insert_parent", "layout_balanced", "layout_down", "layout_left",
    "layout_radial", "layout_right", "level_left", "level_right", "link_label", "map_link",
    "map_title", "mark_action", "meeting_report", "merge", "move_down", "move_up",
    "open_link", "park", "paste", "present", "remove_vote", "save", "save_as", "save_theme",
    "share", "sort_votes", "tallies", "tidy_all", "tidy_branch", "toolbar_layout", "ungroup",
    "unpark", "voting", "web_link", "zoom_in", "zoom_out",
)


class StartPage(QWidget):
    """Shown by the window while it has no tab (see :meth:`sync`)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("startPage")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 36, 48, 36)
        title = QLabel("<h1>Mindmap</h1><p>No map is open. Start a new one, open one, or "
                       "try the workshop example.</p>", self)
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setWordWrap(True)         # a long line (German) must not widen the window
        outer.addWidget(title)

        buttons = QHBoxLayout()
        self.new_button = QPushButton("&New Map  (Ctrl+N)", self)
        self.new_button.clicked.connect(window.new_map)
        self.open_button = QPushButton("&Open...  (Ctrl+O)", self)
        self.open_button.clicked.connect(window.open_dialog)
        self.example_button = QPushButton("&Workshop Example", self)
        self.example_button.clicked.connect(self.open_example)
        for button in (self.new_button, self.open_button, self.example_button):
            button.setMinimumHeight(40)
            buttons.addWidget(button)
        buttons.addStretch(1)
        outer.addLayout(buttons)

        columns = QHBoxLayout()
        recent_box = QVBoxLayout()
        recent_box.addWidget(QLabel("<h3>Recent maps</h3>", self))
        self.no_recent = QLabel("None yet: the maps you open appear here.", self)
        self.no_recent.setWordWrap(True)
        recent_box.addWidget(self.no_recent)      # right under its heading
        self.recent = QListWidget(self)
        self.recent.setStyleSheet("QListWidget::item { padding: 5px 4px; }")
        # a long folder is cut in its middle, never scrolled sideways
        self.recent.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.recent.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recent.itemActivated.connect(self._open_item)
        self.recent.itemClicked.connect(self._open_item)
        recent_box.addWidget(self.recent, 1)
        recent_box.addStretch(0)        # takes the room while there is no list
        columns.addLayout(recent_box, 3)

        keys_box = QVBoxLayout()
        keys_box.addWidget(QLabel("<h3>Most used keys</h3>", self))
        grid = QGridLayout()
        for row, (keys, action) in enumerate(MOST_USED_KEYS):
            key_label = QLabel(f"<b>{keys}</b>", self)
            grid.addWidget(key_label, row, 0)
            what = QLabel(action, self)
            what.setWordWrap(True)
            grid.addWidget(what, row, 1)
        keys_box.addLayout(grid)
        keys_box.addStretch(1)
        columns.addSpacing(32)
        columns.addLayout(keys_box, 2)
        outer.addLayout(columns, 1)
        self.hide()

    # ------------------------------------------------------------------ contents
    def fill(self) -> None:
        """The recent maps that still exist, newest first."""
        self.recent.clear()
        for path in self.window_.recent_files():
            if not Path(path).is_file():
                continue
            p = Path(path)
            item = QListWidgetItem(f"{p.name}    \u2014    {p.parent}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            self.recent.addItem(item)
        has_recent = self.recent.count() > 0
        self.recent.setVisible(has_recent)
        self.no_recent.setVisible(not has_recent)
        if has_recent:
            self.recent.setCurrentRow(0)

    def paths(self) -> list[str]:
        return [self.recent.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.recent.count())]

    def _open_item(self, item: QListWidgetItem) -> None:
        self.window_.open_path(item.data(Qt.ItemDataRole.UserRole))

    def open_example(self) -> None:
        from ..package_data import sample_map

        self.window_.open_path(sample_map())

    # ------------------------------------------------------------------ showing
    def sync(self, *_args) -> None:
        """Show the page (and hide the tabs) exactly when no map is open."""
        empty = self.window_.tabs.count() == 0
        self.window_.tabs.setVisible(not empty)
        actions = self.window_.actions_by_name
        for name in MAP_ACTIONS:
            if name in actions:
                actions[name].setEnabled(not empty)
        if empty:
            self.fill()
            self.show()
            (self.recent if self.recent.count() else self.new_button).setFocus()
        else:
            self.hide()
