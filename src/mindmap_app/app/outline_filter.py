"""The outline's filter: ideas whose text or tags match, shown with their ancestors.

Words are matched case-insensitively and all must match. A plain word matches the idea's text
or one of its tags; ``#word`` (or ``tag:word``) matches a tag only.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel

from .outline_model import OutlineModel


def parse_query(query: str) -> tuple[list[str], list[str]]:
    """``"power #threat"`` -> (["power"], ["threat"]): text words and tag words, folded."""
    words, tags = [], []
    for word in query.casefold().split():
        if word.startswith("#") and len(word) > 1:
            tags.append(word[1:])
        elif word.startswith("tag:") and len(word) > 4:
            tags.append(word[4:])
        else:
            words.append(word)
    return words, tags


def matches(text: str, tags: tuple[str, ...], words: list[str], tag_words: list[str]) -> bool:
    text = text.casefold()
    folded = [t.casefold() for t in tags]
    if any(t not in folded for t in tag_words):
        return False
    return all(w in text or any(w in t for t in folded) for w in words)


class OutlineFilter(QSortFilterProxyModel):
    def __init__(self, source: OutlineModel) -> None:
        super().__init__(source)
        self.setSourceModel(source)
        self.setRecursiveFilteringEnabled(True)      # ancestors of a match stay
        self.setAutoAcceptChildRows(False)          # children of a match do not
        self.setDynamicSortFilter(True)
        self.query = ""
        self._words: list[str] = []
        self._tags: list[str] = []

    def set_query(self, query: str) -> None:
        staged = hasattr(self, "beginFilterChange")       # Qt 6.10+; invalidateFilter before
        if staged:
            self.beginFilterChange()
        self.query = query
        self._words, self._tags = parse_query(query)
        if staged:
            self.endFilterChange()
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        source: OutlineModel = self.sourceModel()  # type: ignore[assignment]
        node = source.node_at(source.index(row, 0, parent))
        m = source.mind_map
        if node is None or node not in m:
            return False
        return matches(m.text(node), m.get(node, "tags"), self._words, self._tags)
