"""Fuzzing, continued (see test_fuzz_readers.py for the property and the kinds of input): inputs
too big or too deep are refused quickly and cleanly, and clipboard paste never raises and keeps
the map whole (what it returns is pasted, or refused with ``EditError`` changing nothing)."""

from __future__ import annotations

import functools
import random
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mindmap_app.io import indented_text
from mindmap_app.io.errors import MapFormatError
from mindmap_app.io.outline_common import MAX_INPUT_BYTES
from mindmap_app.io.yaml_format import MAX_FILE_SIZE, load_map, loads_map
from mindmap_app.model import MAX_DEPTH, EditError, Fragment, MindMap, check_invariants
from mindmap_app.model import operations as ops

from .test_fuzz_readers import (
    BUDGET,
    FAILURES,
    FORMATS,
    HYPOTHESIS,
    LONG,
    MUTATIONS,
    PATH_LOADERS,
    READERS,
    ROOT,
    SAMPLE_MAPS,
    SEED,
    STYLES,
    SUFFIX,
    VALID,
    InputTimeout,
    check_error,
    check_loaded_map,
    corpus_files,
    deep_document,
    mutate,
    odd_text,
    run_reader,
    time_budget,
    txt_texts,
)


# ====================================================================== size and depth
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_file_over_50_mb_is_refused_quickly_before_parsing(fmt: str, tmp_path: Path) -> None:
    limit = MAX_FILE_SIZE if fmt == "yaml" else MAX_INPUT_BYTES
    assert limit == 50 * 2**20
    path = tmp_path / f"huge{SUFFIX[fmt]}"
    with open(path, "wb") as handle:        # sparse: a byte at the end, nothing read
        handle.seek(limit)
        handle.write(b"\n")
    from mindmap_app.io.formats import read_map

    for load in (PATH_LOADERS[fmt], read_map):    # the reader's own load(), and by extension
        start = time.perf_counter()
        with pytest.raises(MapFormatError) as info, time_budget("refusing a 50 MB file", 2.0):
            load(path)
        assert time.perf_counter() - start < 0.5
        check_error(info.value, str(path))
        assert "50 MB" in str(info.value)


@pytest.mark.parametrize("fmt", FORMATS)
def test_50_mb_of_data_handed_to_loads_is_refused_by_its_length(fmt: str) -> None:
    """loads() takes the data itself (bytes or str): over the limit, it is refused by its
    length before anything is decoded or parsed; a str counts characters."""
    limit = MAX_FILE_SIZE if fmt == "yaml" else MAX_INPUT_BYTES
    data = b"<" * (limit + 1)
    for value in (data, data.decode("ascii")):
        start = time.perf_counter()
        with pytest.raises(MapFormatError) as info, time_budget("refusing 50 MB", 2.0):
            READERS[fmt](value, "big")
        assert time.perf_counter() - start < 0.5
        check_error(info.value, "big")
        assert "50 MB" in str(info.value)


DEEP_CASES = [(fmt, style) for fmt in FORMATS for style in STYLES.get(fmt, [""])]


@pytest.mark.parametrize(("fmt", "style"), DEEP_CASES, ids=[f"{f}-{s}" if s else f
                                                             for f, s in DEEP_CASES])
def test_a_1000_level_outline_is_refused_and_500_levels_load(fmt: str, style: str,
                                                            tmp_path: Path) -> None:
    deepest = loads = None
    for depth in (MAX_DEPTH, MAX_DEPTH + 1, 1000):
        path = tmp_path / f"deep{depth}{SUFFIX[fmt]}"
        path.write_text(deep_document(fmt, depth, style), encoding="utf-8")
        with time_budget(f"{depth} levels of {fmt}"):
            try:
                mind_map = PATH_LOADERS[fmt](path)
            except MapFormatError as error:
                check_error(error, str(path))
                assert depth > MAX_DEPTH, f"{depth} levels refused: {error}"
                assert str(MAX_DEPTH) in str(error) and "deep" in str(error)
                continue
        assert depth <= MAX_DEPTH, f"{depth} levels loaded"
        check_loaded_map(mind_map, fmt)
        deepest, loads = mind_map.height(), True
    assert loads and deepest == MAX_DEPTH


def tiny_nodes(fmt: str, count: int) -> bytes:
    """``count`` nodes in as few bytes as the format allows."""
    if fmt == "yaml":
        return b"format: mindmap/1\nroot: {children: [" + b"{}," * count + b"]}\n"
    if fmt == "opml":
        return b"<opml><body>" + b"<outline/>" * count + b"</body></opml>"
    if fmt == "mm":
        return b"<map><node>" + b"<node/>" * count + b"</node></map>"
    return (b"-\n" if fmt == "md" else b"x\n") * count


@pytest.mark.parametrize("fmt", FORMATS)
def test_more_nodes_than_the_limit_are_refused(fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The node limit (1,000,000; lowered to 1,000 here) is checked while reading."""
    from mindmap_app.io import outline_common, yaml_format, yaml_validate

    for module in (outline_common, indented_text, yaml_validate, yaml_format):
        if hasattr(module, "MAX_NODES"):
            monkeypatch.setattr(module, "MAX_NODES", 1000)
    monkeypatch.setattr(yaml_format, "MAX_CONTAINERS", 3000)
    monkeypatch.setattr(yaml_format, "MAX_VALUES", 10_000)
    assert run_reader(fmt, tiny_nodes(fmt, 990)) == "map"
    with pytest.raises(MapFormatError, match="more than 1,000 nodes"):
        READERS[fmt](tiny_nodes(fmt, 1001), "wide")
    if fmt == "yaml":
        many = [b"[]," * 3001, b"a," * 10_001]
        for data, words in zip(many, ("3,000 mappings and lists", "10,000 values"), strict=True):
            with pytest.raises(MapFormatError, match=words):
                loads_map(b"format: mindmap/1\nroot: {text: a, tags: [" + data + b"]}\n")


@pytest.mark.fuzz_long      # 5 x ~6 s and 1 GB: make fuzz, not make test
@pytest.mark.parametrize("fmt", FORMATS)
def test_50_mb_of_tiny_nodes_is_refused_in_bounded_time(fmt: str) -> None:
    """Just under the size limit, millions of one-byte nodes: refused by the node limit
    instead of filling the memory."""
    per_node = len(tiny_nodes(fmt, 2)) - len(tiny_nodes(fmt, 1))
    data = tiny_nodes(fmt, (MAX_INPUT_BYTES - 100) // per_node)
    assert len(data) <= MAX_INPUT_BYTES
    with time_budget(f"50 MB of tiny {fmt} nodes", 20.0), pytest.raises(MapFormatError) as info:
        READERS[fmt](data, "tiny")
    check_error(info.value, "tiny")
    assert "more than" in str(info.value)


def _big_inputs() -> Iterator[tuple[str, str, str | bytes]]:
    """Inputs too big for the corpus: (name, format, data)."""
    wide = 100_000 if LONG else 5_000
    head = "format: mindmap/1\n"
    yield "yaml-sexagesimal-votes", "yaml", head + "root: {votes: 1" + ":59" * 300_000 + "}\n"
    yield "yaml-sexagesimal-float", "yaml", head + "root: {pos: [1" + ":59" * 300_000 + ".5, 1]}\n"
    yield "yaml-hex-int-1mb", "yaml", head + "root: {text: a, votes: 0x" + "f" * 10**6 + "}\n"
    yield "yaml-long-key", "yaml", head + "k" * 10**6 + ": 1\nroot: {text: a}\n"
    yield "yaml-long-plain-scalar", "yaml", head + "root: {text: " + "a " * 10**6 + "}\n"
    yield "yaml-many-keys", "yaml", (head + "root: {text: a, children: ["
                                     + ", ".join(f"{{id: i{i}}}" for i in range(wide)) + "]}\n")
    yield "md-front-matter-sexagesimal", "md", "---\ntitle: 1" + ":59" * 20_000 + "\n---\n# a\n"
    yield "md-10k-unclosed-comments", "md", "<!--\n- a\n" * 10_000
    yield "md-backslash-run", "md", "# " + "\\" * 10**6 + "\n"
    yield "md-entity-run", "md", "# " + "&#" * 10**6 + "\n"
    yield "md-comment-run", "md", "# " + "<!--" * 250_000 + "\n"
    yield "md-wide", "md", "".join(f"- item {i}\n" for i in range(wide))
    yield "md-deep-quotes", "md", "> " * 5000 + "- x\n"
    yield "md-deep-quoted-lists", "md", "".join("> " * i + "- q\n" for i in range(600))
    yield "md-many-definitions", "md", "".join(f"[r{i}]: https://x.org/{i}\n"
                                               for i in range(wide))
    yield "md-many-paragraphs", "md", "# h\n" + "para\n\n" * wide
    yield "md-setext-run", "md", "a\n=\n" * wide
    yield "txt-wide", "txt", "".join(f"line {i}\n" for i in range(wide))
    yield "txt-long-indent", "txt", " " * 10**6 + "x\n"
    yield "txt-bullet-run", "txt", "- " * 10**5 + "x\n"
    yield "opml-many-attributes", "opml", ("<opml><body><outline "
                                           + " ".join(f'a{i}="x"' for i in range(wide))
                                           + ' text="t"/></body></opml>')
    yield "opml-nbsp-run", "opml", ('<opml><body><outline text="' + "&nbsp;" * 200_000
                                    + '"/></body></opml>')
    yield "mm-html-text-run", "mm", ('<map><node TEXT="&lt;html&gt;' + "&lt;p&gt;x" * 100_000
                                     + '"/></map>')
    yield "mm-richcontent-deep-html", "mm", ('<map><node><richcontent TYPE="NODE"><html><body>'
                                             + "<div>" * 50_000 + "x" + "</div>" * 50_000
                                             + "</body></html></richcontent></node></map>")
    yield "mm-wide", "mm", "<map><node TEXT='r'>" + "<node TEXT='x'/>" * wide + "</node></map>"


@pytest.mark.parametrize(("name", "fmt", "data"), list(_big_inputs()),
                         ids=[name for name, _, _ in _big_inputs()])
def test_big_nasty_inputs_load_or_fail_in_bounded_time(name: str, fmt: str,
                                                        data: str | bytes) -> None:
    # The CommonMark parser (markdown-it-py, pure Python) reads about 25,000 list items or
    # headings a second, linearly: the 100,000-item inputs of make fuzz take about 5 s of CPU
    # to read (0.55 s for 7,000 items in a 700 KB change log), so they get twice the budget.
    budget = 2 * BUDGET if fmt == "md" and LONG else BUDGET
    run_reader(fmt, data, name + SUFFIX[fmt], budget)
    if isinstance(data, str):
        run_reader(fmt, data.encode("utf-8"), name + SUFFIX[fmt], budget)


# ======================================================================= clipboard paste
def _clipboard_mime(text: str | None, payload: bytes | None) -> Any:
    from PySide6.QtCore import QByteArray, QMimeData

    from mindmap_app.app.clipboard import MIME_FRAGMENT

    mime = QMimeData()
    if text is not None:
        mime.setText(text)
    if payload is not None:
        mime.setData(MIME_FRAGMENT, QByteArray(payload))
    return mime


@functools.cache
def _deep_paste_target() -> tuple[MindMap, str]:
    """A map with a chain 498 levels deep, and its deepest node: a paste there nearly hits
    the depth limit. Shared: every paste into it is undone."""
    mind_map = MindMap("Deep", "level 0")
    parent = mind_map.root
    for level in range(1, MAX_DEPTH - 1):
        edit = ops.add_child(mind_map, parent, f"level {level}")
        mind_map.apply(edit)
        parent = edit.fragment.root
    return mind_map, parent


def check_paste(text: str | None, payload: bytes | None) -> None:
    """Reading the clipboard never raises; pasting keeps the invariants (and the map saves
    and opens again unchanged) or is refused with EditError and changes nothing."""
    from mindmap_app.app.clipboard import fragments_from_mime

    mime = _clipboard_mime(text, payload)
    with time_budget("reading the clipboard"):
        fragments = fragments_from_mime(mime)
    assert isinstance(fragments, list)
    assert all(isinstance(f, Fragment) for f in fragments)
    if not fragments:
        return
    small = load_map(ROOT / "sample_maps" / "workshop.yaml")
    deep, deepest = _deep_paste_target()
    for mind_map, target in ((small, small.root), (deep, deepest)):
        before = mind_map.snapshot()
        with time_budget("pasting"):
            try:
                undo = mind_map.apply(ops.paste(mind_map, target, fragments))
            except EditError:
                assert mind_map.snapshot() == before, "a refused paste changed the map"
                continue
            if mind_map is small:
                check_loaded_map(mind_map, "yaml")
            else:
                check_invariants(mind_map)
                mind_map.apply(undo)
                assert mind_map.snapshot() == before, "undoing a paste left a change"


JSON_TRICKS = ["[", "]", "{", "}", ",", ":", '"', "null", "true", "NaN", "Infinity", "-Infinity",
               "1e999", "-0", "\\ud800", "\\u0000", '"nodes"', '"links"', '"text"', '"votes"',
               '"pos"', '"style"', '"tags"', "[" * 3000, '{"a":' * 3000]


def _json_containers(inner: st.SearchStrategy) -> st.SearchStrategy:
    return st.lists(inner, max_size=3) | st.dictionaries(odd_text, inner, max_size=3)


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | odd_text,
                           _json_containers, max_leaves=6)
ATTR_NAMES = st.sampled_from(["text", "note", "tags", "style", "votes", "folded", "pos", "link",
                              "colour", ""])
json_nodes = st.tuples(st.sampled_from(["a", "b", "c", ""]) | json_values,
                       st.sampled_from([None, "a", "b", "x"]) | json_values,
                       st.dictionaries(ATTR_NAMES, VALID["tags"] | VALID["votes"] | odd_text
                                       | json_values, max_size=4) | json_values)
json_payloads = st.lists(st.fixed_dictionaries(
    {"nodes": st.lists(json_nodes.map(list), max_size=5) | json_values},
    optional={"links": st.lists(st.lists(st.sampled_from(["a", "b", "c"]) | json_values,
                                         max_size=4), max_size=3) | json_values}),
    max_size=3) | json_values


@st.composite
def fragment_bytes(draw: Any) -> bytes:
    import json

    choice = draw(st.integers(0, 3))
    if choice == 0:
        return draw(st.binary(max_size=64))
    text = json.dumps(draw(json_payloads), ensure_ascii=draw(st.booleans()))
    if choice == 1:
        for position, trick in draw(st.lists(st.tuples(st.integers(0, 10**6),
                                                       st.sampled_from(JSON_TRICKS)),
                                             min_size=1, max_size=3)):
            at = position % (len(text) + 1)
            text = text[:at] + trick + text[at:]
    return text.encode("utf-8", "surrogatepass")


@HYPOTHESIS
@given(text=st.none() | txt_texts | odd_text, payload=st.none() | fragment_bytes())
def test_clipboard_paste_never_raises_and_keeps_the_map_whole(qapp: Any, text: str | None,
                                                             payload: bytes | None) -> None:
    check_paste(text, payload)


def test_clipboard_corpus_and_mutations(qapp: Any) -> None:  # noqa: ARG001 - needs Qt
    files = corpus_files("clipboard")
    texts = [p.read_bytes() for p in files if p.suffix == ".txt"]
    payloads = [p.read_bytes() for p in files if p.suffix == ".json"]
    for data in texts:
        check_paste(data.decode("utf-8"), None)
    for data in payloads:
        check_paste(None, data)
        check_paste("fallback text", data)
    pool = texts + payloads
    for number in range(MUTATIONS):
        rng = random.Random(f"{SEED}clipboard:{number}")
        data = mutate(rng, rng.choice(pool), pool, [t.encode() for t in JSON_TRICKS])
        try:
            if rng.random() < 0.5:
                check_paste(rng.choice([None, "x\n\ty"]), data)
            else:
                check_paste(data.decode("utf-8", "replace"), None)
        except (Exception, InputTimeout) as exc:  # noqa: BLE001
            FAILURES.mkdir(parents=True, exist_ok=True)
            target = FAILURES / f"clipboard-mutation-{SEED}{number}.bin"
            target.write_bytes(data)
            raise AssertionError(f"clipboard paste failed on mutation {number} "
                                 f"({type(exc).__name__}: {exc!s:.300}); saved as {target}"
                                 ) from exc


def test_pasting_a_1000_level_outline_is_refused_and_changes_nothing(qapp: Any) -> None:  # noqa: ARG001
    from mindmap_app.app.clipboard import fragments_from_mime

    fragments = fragments_from_mime(_clipboard_mime(deep_document("txt", 1000), None))
    assert [f.height() for f in fragments] == [1000]
    mind_map = load_map(SAMPLE_MAPS[0])
    before = mind_map.snapshot()
    with pytest.raises(EditError, match=str(MAX_DEPTH)):
        mind_map.apply(ops.paste(mind_map, mind_map.root, fragments))
    assert mind_map.snapshot() == before
