"""The one table of node attributes: name, default and stored form, in the order files list them.

The model stores an attribute only when it differs from its default, in the form its
normaliser gives; the YAML reader checks a value's type and then stores what the normaliser
gives; the YAML writer writes the attributes in this table's order. Adding an attribute means
one row here, a type check in the reader and an emitter in the writer (both check at import
that they cover this table).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any


@dataclass(frozen=True)
class NodeAttribute:
    name: str
    #: the value an absent attribute has
    default: Any
    #: value -> stored form, or None when it equals the default (ValueError/TypeError when it
    #: cannot be one)
    normalise: Callable[[Any], Any]


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _optional_text(value: Any) -> str | None:
    return str(value) if value else None


def _tags(value: Any) -> tuple[str, ...] | None:
    # a bare string is one tag, not one tag per letter
    value = (value,) if isinstance(value, str) else tuple(value or ())
    return tuple(str(t) for t in value) or None


def _style(value: Any) -> dict | None:
    return dict(value) if value else None


def _votes(value: Any) -> int | None:
    value = int(value or 0)
    return value or None


def _folded(value: Any) -> bool | None:
    return True if value else None


def _pos(value: Any) -> tuple[float, float] | None:
    if value is None:
        return None
    x, y = value
    if not (math.isfinite(float(x)) and math.isfinite(float(y))):
        raise ValueError("a position needs finite coordinates")
    return (float(x), float(y))


#: the sides of the root a main branch may be pinned to (balanced layout)
SIDES = ("left", "right")


def _side(value: Any) -> str | None:
    if not value:
        return None
    if value not in SIDES:
        raise ValueError(f"a side is one of {', '.join(SIDES)}, not {value!r}")
    return str(value)


def normalise_action(value: Any) -> dict[str, str] | None:
    """``{"owner": text, "due": "YYYY-MM-DD" or ""}``; True marks an action with neither."""
    if not value:
        return None
    if value is True:
        return {"owner": "", "due": ""}
    if not isinstance(value, dict):
        raise TypeError("an action is a mapping with 'owner' and 'due'")
    unknown = set(value) - {"owner", "due"}
    if unknown:
        raise ValueError(f"unknown action key {sorted(unknown)[0]!r} (known: owner, due)")
    owner = value.get("owner") or ""
    if not isinstance(owner, str):
        raise TypeError("the owner of an action is text")
    due = value.get("due") or ""
    if isinstance(due, date):
        due = due.isoformat()
    if not isinstance(due, str):
        raise TypeError("the due date of an action is a date written YYYY-MM-DD")
    due = due.strip()
    if due:
        try:
            due = date.fromisoformat(due).isoformat()
        except ValueError:
            raise ValueError(f"due date {due!r} is not a date written YYYY-MM-DD") from None
    return {"owner": owner.strip(), "due": due}


def normalise_origin(value: Any) -> dict[str, Any] | None:
    """Where a parked idea came from: ``{"parent": id, "index": n}`` (no parent: floating)."""
    if not value:
        return None
    if not isinstance(value, dict):
        raise TypeError("'parked_from' is a mapping with 'parent' and 'index'")
    unknown = set(value) - {"parent", "index", "pos"}
    if unknown:
        raise ValueError(f"unknown key {sorted(unknown)[0]!r} (known: parent, index, pos)")
    index = value.get("index", 0)
    if isinstance(index, bool) or not isinstance(index, int) or index < 0:
        raise ValueError("'index' is a whole number, 0 or more")
    out: dict[str, Any] = {"index": index}
    parent = value.get("parent")
    if parent is not None:
        if not isinstance(parent, str) or not parent:
            raise TypeError("'parent' is a node id")
        out["parent"] = parent
    pos = _pos(value.get("pos"))
    if pos is not None:
        out["pos"] = pos
    return out


#: Every node attribute, in the order a map file lists them (``id`` before, ``children``
#: after). ``text`` is always stored; the others only when they differ from the default.
NODE_ATTRS: tuple[NodeAttribute, ...] = (
    NodeAttribute("text", "", _text),
    NodeAttribute("note", "", _optional_text),
    NodeAttribute("tags", (), _tags),
    NodeAttribute("style", None, _style),
    NodeAttribute("votes", 0, _votes),
    NodeAttribute("folded", False, _folded),
    NodeAttribute("pos", None, _pos),
    #: the side of the root a main branch is drawn on in the balanced layout ("left" or
    #: "right"); None: the layout chooses (kept from FreeMind/Freeplane's POSITION)
    NodeAttribute("side", None, _side),
    NodeAttribute("link", None, _optional_text),
    # facilitation (format mindmap/2): an action with its owner and due date, where a parked
    # idea came from, and the mark of the floating "Parking lot" branch
    NodeAttribute("action", None, normalise_action),
    NodeAttribute("parked_from", None, normalise_origin),
    NodeAttribute("parking_lot", False, _folded),
)
#: attribute names, in file order
NODE_ATTRIBUTES: tuple[str, ...] = tuple(a.name for a in NODE_ATTRS)
#: Default value of every optional node attribute; an attribute equal to its default is absent.
NODE_DEFAULTS: dict[str, Any] = {a.name: a.default for a in NODE_ATTRS if a.name != "text"}
_NORMALISERS: dict[str, Callable[[Any], Any]] = {a.name: a.normalise for a in NODE_ATTRS}


def normalise_attr(key: str, value: Any) -> Any:
    """Return the stored form of a node attribute, or None when it equals the default."""
    try:
        normalise = _NORMALISERS[key]
    except KeyError:
        raise KeyError(f"unknown node attribute {key!r}") from None
    return normalise(value)
