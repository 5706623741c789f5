"""Read and write Qt Linguist catalogues (``.ts``, XML) for the app's one context. No Qt.

``pyside6-lrelease`` compiles them to ``.qm``; ``pyside6-linguist`` edits them. Entries are
kept sorted by source text so that a regenerated catalogue diffs cleanly.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from . import CONTEXT


@dataclass
class Entry:
    source: str
    translation: str = ""
    state: str = "unfinished"     # "finished", "unfinished", "vanished" (no longer used)

    @property
    def finished(self) -> bool:
        return self.state == "finished" and bool(self.translation)


def read_ts(path: Path) -> dict[str, Entry]:
    """source text -> entry (empty when the file does not exist)."""
    if not path.exists():
        return {}
    entries = {}
    for context in ET.parse(path).getroot().iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            text = (node.text or "") if node is not None else ""
            kind = node.get("type") if node is not None else "unfinished"
            entries[source] = Entry(source, text, kind or "finished")
    return entries


def write_ts(path: Path, language: str, entries: dict[str, Entry]) -> None:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source in sorted(entries, key=lambda s: (s.casefold().lstrip("&"), s)):
        entry = entries[source]
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        node = ET.SubElement(message, "translation")
        node.text = entry.translation
        if entry.state != "finished" or not entry.translation:
            node.set("type", "vanished" if entry.state == "vanished" else "unfinished")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def merge(entries: dict[str, Entry], sources: set[str]) -> dict[str, Entry]:
    """The catalogue for ``sources``: translations kept, new sources unfinished. A translated
    text not found this time stays in force (a window shows some texts only in some states:
    "Pause" or "Resume"); an untranslated one no longer found is dropped."""
    merged = {}
    for source in sources:
        old = entries.get(source)
        if old is None:
            merged[source] = Entry(source)
        else:
            state = "finished" if old.translation and old.state == "vanished" else old.state
            merged[source] = Entry(source, old.translation, state)
    for source, old in entries.items():
        if source not in sources and old.finished:
            merged[source] = old
    return merged
