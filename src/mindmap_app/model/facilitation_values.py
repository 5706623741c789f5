"""The stored forms of the map-level facilitation values: voting rounds and named views
(format ``mindmap/2``). Node-level ones (``action``, ``parked_from``, ``parking_lot``) are rows
of the attribute table in :mod:`.attributes`."""

from __future__ import annotations

from datetime import date
from typing import Any

ROUND_KEYS = ("date", "dots", "people", "placed")


def normalise_rounds(value: Any) -> tuple[dict[str, Any], ...]:
    """The stored form of the map's voting rounds: a tuple of ``{"date": text, "dots": n,
    "people": n (absent: not counted), "placed": n}``."""
    out = []
    for record in value or ():
        if not isinstance(record, dict):
            raise TypeError("a voting round is a mapping with date, dots, people, placed")
        unknown = set(record) - set(ROUND_KEYS)
        if unknown:
            raise ValueError(f"unknown voting round key {sorted(unknown)[0]!r} "
                             f"(known: {', '.join(ROUND_KEYS)})")
        stamp = record.get("date")
        if isinstance(stamp, date):   # a date written unquoted in a file
            stamp = str(stamp)
        if not isinstance(stamp, str) or not stamp.strip():
            raise ValueError("a voting round needs its date (text such as 2026-12-03 10:30)")
        clean: dict[str, Any] = {"date": stamp.strip()}
        for key, least in (("dots", 1), ("people", 1), ("placed", 0)):
            number = record.get(key)
            if number is None:
                if key == "people":
                    continue
                number = 0 if key == "placed" else None
            if isinstance(number, bool) or not isinstance(number, int) or number < least:
                raise ValueError(f"'{key}' of a voting round is a whole number, {least} or more")
            clean[key] = number
        out.append(clean)
    return tuple(out)


VIEW_KEYS = ("name", "tags", "text", "min_votes", "mode")
VIEW_MODES = ("dim", "hide")


def normalise_views(value: Any) -> tuple[dict[str, Any], ...]:
    """The stored form of the map's named views (filters saved by name): a tuple of
    ``{"name": text, "tags": (tag, ...), "text": text, "min_votes": n, "mode": dim|hide}``;
    names are unique."""
    out: list[dict[str, Any]] = []
    names: set[str] = set()
    for record in value or ():
        if not isinstance(record, dict):
            raise TypeError("a view is a mapping with name, tags, text, min_votes, mode")
        unknown = set(record) - set(VIEW_KEYS)
        if unknown:
            raise ValueError(f"unknown view key {sorted(unknown)[0]!r} "
                             f"(known: {', '.join(VIEW_KEYS)})")
        name = record.get("name")
        if not isinstance(name, str) or not name.strip():
            raise ValueError("a view needs a name")
        name = name.strip()
        if name in names:
            raise ValueError(f"two views are named {name!r}")
        names.add(name)
        tags = record.get("tags") or ()
        tags = (tags,) if isinstance(tags, str) else tuple(tags)
        if not all(isinstance(t, str) for t in tags):
            raise TypeError("the tags of a view are text")
        text = record.get("text") or ""
        if not isinstance(text, str):
            raise TypeError("the text of a view is text")
        votes = record.get("min_votes") or 0
        if isinstance(votes, bool) or not isinstance(votes, int) or votes < 0:
            raise ValueError("'min_votes' of a view is a whole number, 0 or more")
        mode = record.get("mode") or "dim"
        if mode not in VIEW_MODES:
            raise ValueError(f"the mode of a view is {' or '.join(VIEW_MODES)}")
        out.append({"name": name, "tags": tuple(sorted(set(tags))), "text": text,
                    "min_votes": votes, "mode": mode})
    return tuple(out)
