"""The one error every reader raises for bad input."""

from __future__ import annotations

from pathlib import Path

#: A longer message is cut in the middle (its start and its hint at the end are kept).
MAX_MESSAGE = 500


class MapFormatError(ValueError):
    """Bad input: names the file and, where known, the line and column; one line of text.

    ``str(error)`` is what the user sees, e.g. ``national.yaml:12:5: 'text' must be a string``.
    """

    def __init__(self, message: str, path: str | Path | None = None,
                 line: int | None = None, column: int | None = None) -> None:
        self.message = " ".join(str(message).split())  # always one line
        if len(self.message) > MAX_MESSAGE:  # quoting a huge key or value from the file
            self.message = f"{self.message[:300]} [...] {self.message[-150:]}"
        self.path = str(path) if path is not None else None
        self.line = line
        self.column = column
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = self.path or "<input>"
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.message}"
