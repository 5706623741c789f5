"""File dialog filters, built from the formats registry (``io/formats.py``): a format added
there (XMind, say) appears in File > Open without a change here."""

from __future__ import annotations

from ..io.formats import readable_formats

SAVE_FILTER = "Mind maps (*.yaml *.yml);;All files (*)"


def open_filter() -> str:
    """"Maps and outlines (*.yaml ... *.mm)", then one entry per readable format, then all."""
    formats = readable_formats()
    every = " ".join("*" + ext for f in formats for ext in f.extensions)
    return ";;".join([f"Maps and outlines ({every})", *(f.file_filter() for f in formats),
                      "All files (*)"])
