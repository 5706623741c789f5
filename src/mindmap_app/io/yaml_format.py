"""The map file format, version 1: YAML a person can read, diff and hand-edit.

::

    format: mindmap/1
    title: National level
    layout: balanced
    theme: light
    root:
      id: national
      text: National level
      children:
      - id: threats
        text: Threats
        tags: [threat]
    floating:
    - text: Parking lot
    links:
    - {from: threats, to: national, label: turn into}

Public API: :func:`loads_map`, :func:`load_map` (and :func:`load_map_keeping_later`),
:func:`dumps_map`, :func:`save_map`. Every problem with the input raises
:class:`~mindmap_app.io.errors.MapFormatError` naming the file, line and column.

How it works
------------
*Reading* walks the YAML *event stream* of the C parser (``yaml.CSafeLoader``; the pure-Python
``SafeLoader`` when libyaml is missing or the file nests deeper than libyaml allows) and builds
plain values itself, iteratively: anchors, aliases and unknown tags are refused at the first
event that carries them (so an alias bomb costs nothing), nesting depth is capped, and every
mapping remembers its line. :mod:`mindmap_app.io.yaml_validate` then checks the schema and
builds the :class:`MindMap`.

*Writing* generates the event stream from the map iteratively and hands it to the safe C
emitter (``yaml.CSafeDumper``), keys in a fixed order, so a 500-level map needs no recursion
and saving an unchanged map gives the same bytes.
"""

from __future__ import annotations

import codecs
import math
import re
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.events import (
    AliasEvent,
    DocumentEndEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
    StreamStartEvent,
)
from yaml.nodes import ScalarNode
from yaml.resolver import Resolver

from ..collector import collector_paused
from ..model import MAX_DEPTH, MindMap
from ..model.attributes import NODE_ATTRIBUTES
from . import ahead_maps, map_cache
from .atomic import atomic_write_bytes
from .errors import MapFormatError
from .outline_common import MAX_NODES
from .yaml_validate import (
    FORMAT,
    FORMAT_2,
    LINK_KEYS,
    MAP_KEYS,
    NODE_KEYS,
    ROUND_KEYS,
    V2_NODE_KEYS,
    VIEW_KEYS,
    MapBuilder,
    MarkedList,
    MarkedMap,
)

__all__ = ["FORMAT", "MAX_FILE_SIZE", "dumps_map", "load_map", "load_map_keeping_later",
           "loads_map", "save_map"]

#: Files larger than this are refused before they are read.
MAX_FILE_SIZE = 50 * 1024 * 1024
#: Lines longer than this are wrapped (at spaces, so the text loads back unchanged).
WIDTH = 100

#: a file nested deeper than libyaml reads is parsed by the slow pure-Python parser only when
#: it has fewer characters than this besides the spaces of its indentation
MAX_DEEP_FILE_CHARS = 1_000_000
FAST_LOADER: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
FAST_DUMPER: type = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

#: A file holding more mappings and lists, or more plain values, than this is refused while it
#: is read, before they fill the memory (a node is one mapping, with a list of children and
#: maybe tags or a style, and a few keys and values).
MAX_CONTAINERS = 3 * MAX_NODES
MAX_VALUES = 10 * MAX_NODES
#: Mappings and lists may nest this deep: the document, then a mapping and a children list
#: per tree level, then a node's own tags/style/pos.
MAX_NESTING = 2 * MAX_DEPTH + 3

_TAG = "tag:yaml.org,2002:"
_STR = _TAG + "str"
_MAP = _TAG + "map"
_SEQ = _TAG + "seq"
_SCALAR_TAGS = {_TAG + name for name in ("null", "bool", "int", "float", "timestamp")}
_NUMBER_TAGS = {_TAG + "int", _TAG + "float"}
#: A number written with more characters than this is read as text (an explicit !!int or
#: !!float is refused): no value in a map needs one, and huge hex or sexagesimal numbers
#: (0xfff..., 1:59:59:...) take quadratic time to convert and cannot be printed or saved.
MAX_NUMBER_CHARS = 100
#: first character -> [(tag, regexp)]: how a plain scalar is typed (YAML 1.1, as PyYAML does)
_IMPLICIT: dict[str, list[tuple[str, re.Pattern]]] = Resolver.yaml_implicit_resolvers
_CONSTRUCTOR = SafeConstructor()
#: characters allowed in a YAML stream (the same set PyYAML's reader accepts)
_NOT_PRINTABLE = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd"
                            "\U00010000-\U0010ffff]")
_NO_KEY = object()
#: a '#' comment after an opening '{' or '[' that is not closed before it
_COMMENT_IN_FLOW = re.compile(r"[\[{][^\]}'\"]*\s#")


# ================================================================================ reading
def load_map(path: str | Path) -> MindMap:
    """Read the map file at ``path``. Raises :class:`MapFormatError` for any problem, also
    for a missing file, a folder or a file over :data:`MAX_FILE_SIZE`."""
    mind_map, keep = load_map_keeping_later(path)
    if keep is not None:
        keep()
    return mind_map


def load_map_keeping_later(path: str | Path) -> tuple[MindMap, Callable[[], None] | None]:
    """:func:`load_map`, and the call that keeps the map just read in the cache for the next
    read of the same bytes (:mod:`.map_cache`; None when there is nothing to keep: the map
    came from there, or the file gets no entry). Call it once the map is shown, before any
    edit of it, or not at all: the app's first paint of a big map need not wait for the
    entry (0.23 s on 100,000 ideas)."""
    path = Path(path)
    try:
        if path.is_dir():
            raise MapFormatError("this is a folder, not a map file", path)
        size = path.stat().st_size
        if size > MAX_FILE_SIZE:
            raise MapFormatError(_too_large(size), path)
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_SIZE + 1)
    except OSError as exc:
        raise MapFormatError(f"cannot read the file: {exc.strerror or exc}", path) from None
    entry = map_cache.entry_for(data)     # named by the bytes' hash: they are not kept
    cached = map_cache.lookup(entry)      # read before: the same bytes, checked then
    if cached is not None:
        return cached, None
    mind_map = ahead_maps.take(path, data)      # read while the window started: these bytes
    if mind_map is None:
        mind_map = loads_map(data, path)
    return mind_map, None if entry is None else partial(map_cache.store, entry, mind_map)


def loads_map(data: str | bytes, path: str | Path | None = None) -> MindMap:
    """Read a map from the text (or UTF-8 bytes) of a map file; ``path`` names it in errors."""
    if isinstance(data, bytes | bytearray | memoryview):
        data = bytes(data)
        if len(data) > MAX_FILE_SIZE:
            raise MapFormatError(_too_large(len(data)), path)
        text = _decode(data, path)
    elif isinstance(data, str):
        if len(data) > MAX_FILE_SIZE:
            raise MapFormatError(_too_large(len(data)), path)
        text = data
    else:
        raise TypeError(f"loads_map needs str or bytes, not {type(data).__name__}")
    bad = _NOT_PRINTABLE.search(text)
    if bad:
        line, column = _line_column(text, bad.start())
        raise MapFormatError(f"the character U+{ord(bad.group()):04X} is not allowed in a map "
                             f"file (a control character?)", path, line, column)
    with collector_paused():      # many small objects, no cycles
        document, mark = _read_document(text, path)
        return MapBuilder(path).build(document, mark)


def _too_large(size: int) -> str:
    return (f"the file is too large to be a map ({size / 2**20:.1f} MB; the limit is "
            f"{MAX_FILE_SIZE // 2**20} MB)")


def _decode(data: bytes, path: Any) -> str:
    """UTF-8 (with or without a BOM), or UTF-16 with a BOM; bad bytes are reported by line."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise MapFormatError("the file starts like UTF-16 text but is not", path) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        start = exc.start
        line = data.count(b"\n", 0, start) + 1
        line_start = data.rfind(b"\n", 0, start) + 1
        column = len(data[line_start:start].decode("utf-8", "replace")) + 1
        raise MapFormatError(f"the file is not UTF-8 text (byte 0x{data[start]:02x} cannot "
                             f"be read); save it as UTF-8", path, line, column) from None


def _line_column(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def _read_document(text: str, path: Any) -> tuple[Any, Any]:
    """The single document of ``text`` as marked plain values, with its start mark."""
    loader_class = FAST_LOADER
    while True:
        loader = loader_class(text)
        try:
            return _build_values(loader, path)
        except yaml.MarkedYAMLError as exc:
            deep = "maximum nesting depth" in str(exc.problem)
            if deep and loader_class is not yaml.SafeLoader:
                # libyaml caps nesting; the Python parser does not, but it reads ~60,000
                # values a second: only a file small enough to read in a few seconds gets it
                # (a 500-level map is far smaller than this)
                if len(text) - text.count(" ") > MAX_DEEP_FILE_CHARS:
                    raise MapFormatError(
                        f"the file nests more than about 1,000 YAML levels and holds more than "
                        f"{MAX_DEEP_FILE_CHARS:,} characters besides indentation; a map holds "
                        f"at most {MAX_DEPTH} levels", path) from None
                loader_class = yaml.SafeLoader
                continue
            raise _yaml_error(exc, path, text) from None
        except yaml.YAMLError as exc:
            raise _yaml_error(exc, path, text) from None
        finally:
            loader.dispose()


def _yaml_error(exc: yaml.YAMLError, path: Any, text: str) -> MapFormatError:
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        message = exc.problem or exc.context or "cannot read"
        if exc.context and exc.problem:
            message = f"{message} ({exc.context})"
        if mark is None:
            return MapFormatError(f"not valid YAML: {message}", path)
        lines = text.splitlines()
        here = lines[mark.line] if mark.line < len(lines) else ""
        if here[mark.column:mark.column + 1] == "\t":
            message += "; YAML is indented with spaces, not tabs"
        line, column = mark.line + 1, mark.column + 1
        if "flow" in str(exc.context):  # e.g. {color: #fff}: a comment ate the closing '}'
            for number in range(min(mark.line, len(lines) - 1), -1, -1):
                comment = _COMMENT_IN_FLOW.search(lines[number])
                if comment:
                    line, column = number + 1, comment.end()
                    message += "; an unquoted # starts a comment: write '#b03a2e' in quotes"
                    break
        return MapFormatError(f"not valid YAML: {message}", path, line, column)
    if isinstance(exc, yaml.reader.ReaderError):
        line, column = _line_column(text, min(exc.position, len(text)))
        return MapFormatError(f"not valid YAML: {exc.reason}", path, line, column)
    return MapFormatError(f"not valid YAML: {exc}", path)


def _fail(message: str, path: Any, mark: Any) -> MapFormatError:
    return MapFormatError(message, path, mark.line + 1, mark.column + 1)


def _build_values(loader: Any, path: Any) -> tuple[Any, Any]:
    """Walk the event stream and build the document's values, without recursion."""
    get_event = loader.get_event
    stack: list[tuple[Any, bool, Any, Any]] = []
    container: Any = None  # the mapping or list being filled
    is_map = False
    key: Any = _NO_KEY  # in a mapping: the key waiting for its value
    key_mark: Any = None
    document: Any = _NO_KEY
    document_mark = document_raw = None
    documents = 0
    containers = values = 0
    #: plain keys found to be strings although they start like a YAML 1.1 bool, null or
    #: number might ("text", "tags", "note": each node has them)
    strings: set[str] = set()
    while True:
        event = get_event()
        kind = type(event)
        if kind is ScalarEvent:
            if event.anchor is not None:
                raise _anchor_error(event, path)
            mark = event.start_mark
            values += 1
            if values > MAX_VALUES:
                raise _fail(f"the file holds more than {MAX_VALUES:,} values (a map holds at "
                            f"most {MAX_NODES:,} nodes)", path, mark)
            value = event.value
            if event.tag is None and (not event.implicit[0] or value[:1] not in _IMPLICIT
                                      or value in strings):
                raw = None  # a string (the common case, decided without a call)
            else:
                value, raw = _scalar(event, path)
                if raw is None and key is _NO_KEY and is_map and event.tag is None:
                    strings.add(value)      # a key such as "text": the next ones are too
            if container is None:
                document, document_mark, document_raw = value, mark, raw
            elif not is_map:
                container.append(value)
                container.item_marks.append(mark)
                if raw is not None:
                    if container.raw is None:
                        container.raw = {}
                    container.raw[len(container) - 1] = raw
            elif key is _NO_KEY:
                if value in container.key_marks:
                    first = container.key_marks[value].line + 1
                    raise _fail(f"duplicate key {value!r} (first at line {first})", path, mark)
                key, key_mark = value, mark
            else:
                container[key] = value
                container.key_marks[key] = key_mark
                if raw is not None:
                    if container.raw is None:
                        container.raw = {}
                    container.raw[key] = raw
                key = _NO_KEY
        elif kind is MappingStartEvent or kind is SequenceStartEvent:
            mark = event.start_mark
            if event.anchor is not None:
                raise _anchor_error(event, path)
            if kind is MappingStartEvent:
                if event.tag not in (None, "!", _MAP):
                    raise _fail(f"unsupported YAML tag {_tag_name(event.tag)}", path, mark)
                value = MarkedMap(mark)
            else:
                if event.tag not in (None, "!", _SEQ):
                    raise _fail(f"unsupported YAML tag {_tag_name(event.tag)}", path, mark)
                value = MarkedList(mark)
            if len(stack) >= MAX_NESTING:
                raise _fail(f"the file nests too deeply: a map holds at most {MAX_DEPTH} "
                            f"levels below a root", path, mark)
            containers += 1
            if containers > MAX_CONTAINERS:
                raise _fail(f"the file holds more than {MAX_CONTAINERS:,} mappings and lists "
                            f"(a map holds at most {MAX_NODES:,} nodes)", path, mark)
            if container is None:
                document, document_mark = value, mark
            elif not is_map:
                container.append(value)
                container.item_marks.append(mark)
            elif key is _NO_KEY:
                raise _fail("a key must be plain text, not a mapping or a list", path, mark)
            else:
                container[key] = value
                container.key_marks[key] = key_mark
            stack.append((container, is_map, _NO_KEY, None))
            container, is_map, key, key_mark = value, kind is MappingStartEvent, _NO_KEY, None
        elif kind is MappingEndEvent or kind is SequenceEndEvent:
            container, is_map, key, key_mark = stack.pop()
        elif kind is AliasEvent:
            raise _fail(f"aliases (*{event.anchor}) are not allowed in map files: write the "
                        f"value out", path, event.start_mark)
        elif kind is DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise _fail("the file holds several YAML documents (a second '---'); a map "
                            "file holds one", path, event.start_mark)
        elif kind is StreamEndEvent:
            break
    if document is _NO_KEY or (document is None and document_raw == ""):
        raise MapFormatError("the file is empty", path)
    return document, document_mark


def _anchor_error(event: Any, path: Any) -> MapFormatError:
    return _fail(f"anchors (&{event.anchor}) are not allowed in map files: write the value "
                 f"out", path, event.start_mark)


def _tag_name(tag: str) -> str:
    return "!!" + tag[len(_TAG):] if tag.startswith(_TAG) else tag


def _implicit_tag(value: str) -> str | None:
    """The type YAML 1.1 gives the plain scalar ``value`` (None: a string)."""
    for tag, regexp in _IMPLICIT.get(value[:1], ()):
        if regexp.match(value):
            return tag
    return None


def _scalar(event: Any, path: Any) -> tuple[Any, str | None]:
    """The value of a scalar event, and its source text when it is not a string."""
    value = event.value
    tag = event.tag
    explicit = tag is not None and tag != "!"
    if not explicit:
        if not event.implicit[0]:
            return value, None  # quoted: a string
        tag = _implicit_tag(value)
        if tag not in _SCALAR_TAGS:  # a string; '<<' and '=' mean nothing without anchors
            return value, None
    elif tag == _STR:
        return value, None
    elif tag not in _SCALAR_TAGS:
        raise _fail(f"unsupported YAML tag {_tag_name(tag)}", path, event.start_mark)
    if len(value) > MAX_NUMBER_CHARS and tag in _NUMBER_TAGS:
        if not explicit:
            return value, None
        raise _fail(f"{value[:20]!r}... is too long to be a number ({len(value)} characters)",
                    path, event.start_mark)
    try:
        return SafeConstructor.yaml_constructors[tag](_CONSTRUCTOR, ScalarNode(tag, value)), value
    except (ValueError, TypeError, AttributeError, OverflowError, KeyError, IndexError,
            yaml.YAMLError):
        if not explicit:
            return value, None  # looks like a date but is none (2024-13-45): keep the text
        raise _fail(f"{value!r} is not a valid {_tag_name(tag)}", path,
                    event.start_mark) from None


# ================================================================================ writing
def save_map(mind_map: MindMap, path: str | Path) -> None:
    """Write ``mind_map`` to ``path`` atomically: the file is either the complete new map or
    left exactly as it was."""
    atomic_write_bytes(path, dumps_map(mind_map).encode("utf-8"))


def dumps_map(mind_map: MindMap) -> str:
    """The text of the map file (the same map always gives the same text)."""
    text = _emit(mind_map, FAST_DUMPER)
    if "\\U" in text and FAST_DUMPER is not yaml.SafeDumper:
        # libyaml escapes characters beyond U+FFFF (emoji: "\U0001F600"); the Python emitter
        # writes them as they are. Only maps holding such characters pay for the slower one.
        text = _emit(mind_map, yaml.SafeDumper)
    return text


def _emit(mind_map: MindMap, dumper: type) -> str:
    return yaml.emit(_map_events(mind_map), Dumper=dumper, allow_unicode=True, width=WIDTH)


def _key(name: str) -> ScalarEvent:
    return ScalarEvent(None, None, (True, False), name)


_KEYS = {name: _key(name) for name in (*MAP_KEYS, *NODE_KEYS, *LINK_KEYS)}
_BLOCK_MAP = MappingStartEvent(None, None, True, flow_style=False)
_FLOW_MAP = MappingStartEvent(None, None, True, flow_style=True)
_BLOCK_SEQ = SequenceStartEvent(None, None, True, flow_style=False)
_FLOW_SEQ = SequenceStartEvent(None, None, True, flow_style=True)
_MAP_END = MappingEndEvent()
_SEQ_END = SequenceEndEvent()
_TRUE = ScalarEvent(None, None, (True, False), "true")
_CHILD_END = (_SEQ_END, _MAP_END)  # closes a children list and its node
#: line breaks other than \n: YAML folds some of them in plain, quoted and block scalars
_ODD_BREAKS = re.compile("[\r\x85\u2028\u2029]")


#: a one-line note longer than this is written as a folded block (``>``), wrapped at WIDTH
FOLD_NOTES_OVER = 90


def _text(value: str, fold_long: bool = False) -> ScalarEvent:
    """A string scalar: plain when it reads back as the same string, multi-line text as a
    literal block, long one-line notes (``fold_long``) as a folded block, odd line breaks
    double-quoted (escaped); the emitter quotes the rest (and refuses a block style that
    would not read back, e.g. with trailing spaces)."""
    style = None
    if _ODD_BREAKS.search(value):
        style = '"'
    elif "\n" in value:
        style = "|"
    elif (fold_long and len(value) > FOLD_NOTES_OVER and "  " not in value
          and not value.startswith(" ")):  # a more-indented first line keeps its break
        style = ">"
    return ScalarEvent(None, None, (_implicit_tag(value) is None, True), value, style=style)


def _number(value: float | int) -> ScalarEvent:
    if isinstance(value, float):
        text = repr(value).lower()
        if "." not in text and "e" in text:
            text = text.replace("e", ".0e", 1)  # YAML 1.1 floats need a dot
    else:
        text = str(int(value))
    return ScalarEvent(None, None, (True, False), text)


def format_of(mind_map: MindMap) -> str:
    """``mindmap/2`` when the map holds facilitation data (actions, a parking lot, voting
    rounds), else ``mindmap/1``: a map without them stays readable by older versions."""
    if mind_map.voting_rounds or mind_map.views:
        return FORMAT_2
    for data in mind_map.node_table().values():
        for key in V2_NODE_KEYS:
            if key in data:
                return FORMAT_2
    return FORMAT


_ROUND_KEY_EVENTS = {name: _key(name) for name in ("owner", "due", "parent", "index", "pos",
                                                     *ROUND_KEYS, *VIEW_KEYS)}


def _flow_record(record: dict[str, Any], keys: tuple[str, ...]) -> Iterator[Any]:
    """A small mapping on one line, keys in the given order: {owner: Ana, due: '2026-12-31'}."""
    yield _FLOW_MAP
    for key in keys:
        if key not in record:
            continue
        value = record[key]
        yield _ROUND_KEY_EVENTS[key]
        if isinstance(value, tuple):     # a position (numbers) or a view's tags (text)
            yield _FLOW_SEQ
            for item in value:
                yield _text(item) if isinstance(item, str) else _number(float(item))
            yield _SEQ_END
        elif isinstance(value, int | float) and not isinstance(value, bool):
            yield _number(value)
        else:
            yield _text(str(value))
    yield _MAP_END


def _map_events(mind_map: MindMap) -> Iterator[Any]:
    yield StreamStartEvent()
    yield DocumentStartEvent(explicit=False)
    yield _BLOCK_MAP
    yield _KEYS["format"]
    yield _text(format_of(mind_map))
    for key, value in (("title", mind_map.title), ("layout", mind_map.layout),
                       ("theme", mind_map.theme)):
        yield _KEYS[key]
        yield _text(str(value))
    tag_colors = mind_map.tag_colors
    if tag_colors:
        yield _KEYS["tags"]
        yield _BLOCK_MAP
        for tag, colour in tag_colors.items():
            yield _text(tag)
            yield _text(colour)
        yield _MAP_END
    order: dict[str, int] = {}
    yield _KEYS["root"]
    yield from _tree_events(mind_map, mind_map.root, order)
    floating = mind_map.floating
    if floating:
        yield _KEYS["floating"]
        yield _BLOCK_SEQ
        for root in floating:
            yield from _tree_events(mind_map, root, order)
        yield _SEQ_END
    links = mind_map.links()
    if links:
        links.sort(key=lambda link: (order[link[0]], order[link[1]]))
        yield _KEYS["links"]
        yield _BLOCK_SEQ
        for source, target, label in links:
            yield _FLOW_MAP
            yield _KEYS["from"]
            yield _text(source)
            yield _KEYS["to"]
            yield _text(target)
            if label:
                yield _KEYS["label"]
                yield _text(label)
            yield _MAP_END
        yield _SEQ_END
    rounds = mind_map.voting_rounds
    if rounds:
        yield _KEYS["voting_rounds"]
        yield _BLOCK_SEQ
        for record in rounds:
            yield from _flow_record(record, ROUND_KEYS)
        yield _SEQ_END
    views = mind_map.views
    if views:
        yield _KEYS["views"]
        yield _BLOCK_SEQ
        for record in views:
            yield from _flow_record(record, VIEW_KEYS)
        yield _SEQ_END
    yield _MAP_END
    yield DocumentEndEvent(explicit=False)
    yield StreamEndEvent()


def _tree_events(mind_map: MindMap, top: str, order: dict[str, int]) -> Iterator[Any]:
    """Events for the subtree under ``top``, in pre-order, without recursion; records each
    node's position in ``order`` (links are written in that order)."""
    node_data = mind_map.node_table()
    children_of = mind_map.children
    keys = _KEYS
    emitters = _ATTR_EVENTS
    optional = _OPTIONAL_ATTRS
    stack: list[Any] = [top]
    while stack:
        item = stack.pop()
        if type(item) is tuple:  # the end of a node with children
            yield from item
            continue
        order[item] = len(order)
        data = node_data[item]
        yield _BLOCK_MAP
        yield keys["id"]
        yield _text(item)
        yield keys["text"]
        yield _text(data.get("text", ""))
        for name in optional:
            value = data.get(name)
            if value:  # absent or (in a map built by hand) the default: not written
                yield from emitters[name](value)
        children = children_of(item)
        if children:
            yield keys["children"]
            yield _BLOCK_SEQ
            stack.append(_CHILD_END)
            stack.extend(reversed(children))
        else:
            yield _MAP_END


# ---------------------------------------------------------------- node attributes
def _note_events(note: str) -> tuple:
    return _KEYS["note"], _text(note, fold_long=True)


def _tags_events(tags: tuple[str, ...]) -> tuple:
    return (_KEYS["tags"], _FLOW_SEQ, *(_text(tag) for tag in tags), _SEQ_END)


def _style_events(style: dict) -> tuple:
    items = [(_text(str(name)), _text(str(style[name]))) for name in sorted(style, key=str)]
    return (_KEYS["style"], _FLOW_MAP, *(e for pair in items for e in pair), _MAP_END)


def _votes_events(votes: int) -> tuple:
    return _KEYS["votes"], _number(votes)


def _folded_events(_folded: bool) -> tuple:
    return _KEYS["folded"], _TRUE


def _pos_events(pos: tuple[float, float]) -> tuple:
    if not (math.isfinite(pos[0]) and math.isfinite(pos[1])):
        return ()
    return (_KEYS["pos"], _FLOW_SEQ, _number(float(pos[0])), _number(float(pos[1])), _SEQ_END)


def _action_events(action: dict) -> tuple:
    return (_KEYS["action"], *_flow_record(action, ("owner", "due")))


def _parked_from_events(origin: dict) -> tuple:
    return (_KEYS["parked_from"], *_flow_record(origin, ("parent", "index", "pos")))


def _parking_lot_events(_mark: bool) -> tuple:
    return _KEYS["parking_lot"], _TRUE


def _side_events(side: str) -> tuple:
    return _KEYS["side"], _text(side)


def _link_events(link: str) -> tuple:
    return _KEYS["link"], _text(link)


#: the events of each optional attribute, written in the model's table order
_ATTR_EVENTS = {"note": _note_events, "tags": _tags_events, "style": _style_events,
                "votes": _votes_events, "folded": _folded_events, "pos": _pos_events,
                "side": _side_events, "link": _link_events, "action": _action_events,
                "parked_from": _parked_from_events, "parking_lot": _parking_lot_events}
_OPTIONAL_ATTRS = tuple(name for name in NODE_ATTRIBUTES if name != "text")
assert set(_ATTR_EVENTS) == set(_OPTIONAL_ATTRS), "yaml_format: attribute table"
