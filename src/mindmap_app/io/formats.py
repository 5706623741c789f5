"""Every file format the app reads or writes, by name and by file extension. Pure Python.

========  ==========================  =====================  ===========================
name      what                        extensions             read / write
========  ==========================  =====================  ===========================
yaml      mind map (the app's own)    .yaml .yml             both
md        Markdown outline (markmap)  .md .markdown          both
opml      OPML outline                .opml                  both
mm        FreeMind / Freeplane        .mm                    both
txt       indented text outline       .txt                   both
xmind     XMind workbook (zip)        .xmind                 read
png       image                       .png                   write (``mindmap_app.render``)
svg       vector image                .svg                   write (``mindmap_app.render``)
pdf       document                    .pdf                   write (``mindmap_app.render``)
========  ==========================  =====================  ===========================

The map and outline formats are read and written here (:func:`read_map`, :func:`write_map`);
images are drawn by :mod:`mindmap_app.render.export`, which needs Qt, so this module only
names them. Writes are atomic: the target is either the complete new file or untouched.

:func:`branch_map` (from :mod:`mindmap_app.model.operations`, kept here for the writers'
callers) makes a stand-alone map of one branch (for "export the selected branch").
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..model import MindMap
from ..model.edits import SetMapAttr
from ..model.operations import branch_map
from . import ahead_maps
from .atomic import atomic_write_bytes
from .errors import MapFormatError
from .yaml_format import dumps_map, load_map, loads_map

__all__ = [
    "FORMATS", "FileFormat", "UnknownFormatError", "branch_map", "format_for_path",
    "get_format", "read_map", "readable_formats", "writable_formats", "write_file", "write_map",
]


class UnknownFormatError(ValueError):
    """A format name or file extension the app does not know (or cannot use that way)."""


@dataclass(frozen=True)
class FileFormat:
    name: str                     # "md": what --format takes
    label: str                    # "Markdown outline": what a file dialog shows
    extensions: tuple[str, ...]   # (".md", ".markdown"); the first one is the default
    kind: str                     # "map" | "outline" | "image"
    loads: Callable[..., MindMap] | None = None   # (data, path) -> MindMap
    dumps: Callable[[MindMap], str] | None = None

    @property
    def readable(self) -> bool:
        return self.loads is not None

    @property
    def writable(self) -> bool:
        """True for the formats written here (images are written by ``render``)."""
        return self.dumps is not None

    @property
    def is_image(self) -> bool:
        return self.kind == "image"

    @property
    def extension(self) -> str:
        return self.extensions[0]

    def file_filter(self) -> str:
        """``"Markdown outline (*.md *.markdown)"``, for a Qt file dialog."""
        return f"{self.label} ({' '.join('*' + e for e in self.extensions)})"


def _on_call(module: str, name: str) -> Callable[..., Any]:
    """``module.name``, imported on its first call: opening or exporting a YAML map needs
    none of the outline formats (the Markdown reader alone takes 0.1 s to import)."""
    def call(*args: Any, **kwargs: Any) -> Any:
        function = getattr(importlib.import_module(f"{__package__}.{module}"), name)
        return function(*args, **kwargs)
    call.__name__ = call.__qualname__ = f"{module}.{name}"
    return call


def _outline(module: str, *, writes: bool = True) -> dict[str, Any]:
    return {"loads": _on_call(module, "loads"),
            "dumps": _on_call(module, "dumps") if writes else None}


_FORMATS = (
    FileFormat("yaml", "Mind map", (".yaml", ".yml"), "map", loads_map, dumps_map),
    FileFormat("md", "Markdown outline", (".md", ".markdown"), "outline",
               **_outline("markdown_format")),
    FileFormat("opml", "OPML outline", (".opml",), "outline", **_outline("opml_format")),
    FileFormat("mm", "FreeMind / Freeplane map", (".mm",), "outline",
               **_outline("freemind_format")),
    FileFormat("txt", "Indented text outline", (".txt",), "outline",
               **_outline("indented_text")),
    FileFormat("xmind", "XMind workbook", (".xmind",), "outline",
               **_outline("xmind_format", writes=False)),
    FileFormat("png", "PNG image", (".png",), "image"),
    FileFormat("svg", "SVG vector image", (".svg",), "image"),
    FileFormat("pdf", "PDF document", (".pdf",), "image"),
)

#: name -> format, in the order above (the order menus and --help list them)
FORMATS: dict[str, FileFormat] = {f.name: f for f in _FORMATS}
_ALIASES = {"yml": "yaml", "markdown": "md", "freemind": "mm", "freeplane": "mm",
            "text": "txt"}
_BY_EXTENSION = {ext: f for f in _FORMATS for ext in f.extensions}


def readable_formats() -> list[FileFormat]:
    return [f for f in _FORMATS if f.readable]


def writable_formats(*, images: bool = True) -> list[FileFormat]:
    """Formats a map can be saved or exported as (images included unless ``images=False``)."""
    return [f for f in _FORMATS if f.writable or (images and f.is_image)]


def _known() -> str:
    return ", ".join(f.name for f in _FORMATS)


def get_format(name: str) -> FileFormat:
    """The format called ``name`` ("md", "opml", ...; also "markdown" or ".md")."""
    key = str(name).strip().lower().lstrip(".")
    key = _ALIASES.get(key, key)
    if key in FORMATS:
        return FORMATS[key]
    raise UnknownFormatError(f"unknown format {name!r} (known: {_known()})")


def format_for_path(path: str | Path, name: str | None = None) -> FileFormat:
    """The format of ``path``: ``name`` when given, else the file's extension."""
    if name:
        return get_format(name)
    suffix = Path(path).suffix.lower()
    if suffix in _BY_EXTENSION:
        return _BY_EXTENSION[suffix]
    if not suffix:
        raise UnknownFormatError(f"{path}: no file extension to tell the format by; "
                                 f"name one with --format ({_known()})")
    raise UnknownFormatError(f"{path}: unknown file type {suffix!r} (known: "
                             f"{', '.join(sorted(_BY_EXTENSION))})")


def read_map(path: str | Path, fmt: FileFormat | str | None = None) -> MindMap:
    """Read a map in any readable format. Raises :class:`MapFormatError` for a bad or
    unreadable file (missing, no permission, a folder), :class:`UnknownFormatError` for a
    format that cannot be read."""
    fmt = fmt if isinstance(fmt, FileFormat) else format_for_path(path, fmt)
    if not fmt.readable:
        raise UnknownFormatError(f"{path}: {fmt.label} files cannot be read, only written")
    if fmt.name == "yaml":
        return load_map(path)
    from .outline_common import MAX_INPUT_BYTES

    path = Path(path)
    try:
        if path.is_dir():
            raise MapFormatError("this is a folder, not a map file", path)
        size = path.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise MapFormatError(f"the file is larger than {MAX_INPUT_BYTES // 2**20} MB; "
                                 "refusing to read it", path)
        data = path.read_bytes()
    except OSError as exc:
        raise MapFormatError(f"cannot read the file: {exc.strerror or exc}", path) from None
    mind_map = ahead_maps.take(path, data)      # read while the window started: these bytes
    if mind_map is None:
        mind_map = fmt.loads(data, path)
    if not mind_map.title and path.stem:
        # an imported outline without a title is called by its file name (and Save As
        # proposes that name)
        mind_map.apply(SetMapAttr("title", path.stem))
    return mind_map


def write_map(mind_map: MindMap, path: str | Path, fmt: FileFormat | str | None = None) -> None:
    """Write ``mind_map`` in a map or outline format, atomically. ``OSError`` when the file
    cannot be written (the target is then left as it was)."""
    fmt = fmt if isinstance(fmt, FileFormat) else format_for_path(path, fmt)
    if not fmt.writable:
        raise UnknownFormatError(f"{fmt.label} is drawn by the image export, not written "
                                 "as text")
    write_file(path, fmt.dumps(mind_map).encode("utf-8"))


def write_file(path: str | Path, data: bytes) -> None:
    """Write ``data`` atomically, with the usual permissions for a new file (see
    :func:`.atomic.atomic_write_bytes`): an exported picture is meant to be shared."""
    atomic_write_bytes(path, data)
