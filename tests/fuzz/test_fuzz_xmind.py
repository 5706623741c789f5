"""Fuzzing the XMind reader the way every other reader is fuzzed (see test_fuzz_readers.py).

The property: a workbook loads as a map that keeps the invariants and saves and opens again
unchanged, or it is refused with a one-line :class:`MapFormatError` that starts with the file
name; within the time budget, whatever the bytes.

Inputs: zips built by hypothesis around structured-but-wrong ``content.json`` (sheets and
topics with wrong types, odd text, deep nesting, dangling relationships) and ``content.xml``
(XMind 8 elements in odd arrangements), with odd extra entries; seeded mutations of the
content before zipping and of the zip bytes themselves; the corpus ``corpus/xmind``.
"""

from __future__ import annotations

import io
import json
import random
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mindmap_app.io import xmind_format
from mindmap_app.io.errors import MapFormatError
from mindmap_app.io.yaml_format import dumps_map, loads_map
from mindmap_app.model import check_invariants

from .test_fuzz_readers import (
    CORPUS,
    HYPOTHESIS,
    MUTATIONS,
    SEED,
    TOKENS,
    XML_TRICKS,
    InputTimeout,
    check_error,
    corpus_files,
    mutate,
    odd_text,
    render_xml,
    time_budget,
    with_tricks,
    xml_elements,
)

pytestmark = pytest.mark.fuzz
NAME = "fuzz-input.xmind"


def run_xmind(data: Any, name: str = NAME) -> str:
    """Read ``data`` as a workbook and check the property: "map" or "error"."""
    with time_budget(f"reading {len(data)} bytes as xmind"):
        try:
            mind_map = xmind_format.loads(data, name)
        except MapFormatError as error:
            check_error(error, name)
            return "error"
    with time_budget(f"checking and saving a map of {len(mind_map)} nodes", 15.0):
        check_invariants(mind_map)
        again = loads_map(dumps_map(mind_map).encode("utf-8"), "resaved.yaml")
        assert again.same_as(mind_map), "saved and opened again, the map is not the same"
    return "map"


def workbook(entries: dict[str, bytes], stored: bool = False) -> bytes:
    buffer = io.BytesIO()
    method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


# ============================================================== structured but wrong
ODD_VALUES = st.one_of(odd_text, st.none(), st.booleans(), st.integers(), st.floats(),
                       st.just([]), st.just({}), st.just(["a", 1]))
IDS = st.sampled_from(["a", "b", "root", "", "xmind:#a", 1, None])


def json_topic(depth: int = 0) -> st.SearchStrategy:
    below = (st.lists(json_topic(depth + 1), max_size=3) if depth < 4 else st.just([]))
    return st.fixed_dictionaries({}, optional={
        "id": IDS,
        "title": ODD_VALUES,
        "notes": st.one_of(ODD_VALUES, st.fixed_dictionaries({}, optional={
            "plain": st.one_of(ODD_VALUES, st.builds(lambda c: {"content": c}, ODD_VALUES)),
            "realHTML": st.builds(lambda c: {"content": c}, ODD_VALUES)})),
        "labels": st.one_of(ODD_VALUES, st.lists(ODD_VALUES, max_size=3)),
        "markers": st.one_of(ODD_VALUES, st.lists(st.one_of(
            ODD_VALUES, st.builds(lambda m: {"markerId": m}, ODD_VALUES)), max_size=3)),
        "href": st.one_of(ODD_VALUES, st.sampled_from(["xmind:#a", "xmind:#", "https://x"])),
        "branch": st.sampled_from(["folded", "", None, 1]),
        "children": st.one_of(ODD_VALUES, st.fixed_dictionaries({}, optional={
            "attached": st.one_of(ODD_VALUES, below),
            "detached": st.one_of(ODD_VALUES, below),
            "summary": below})),
    })


json_sheets = st.lists(st.one_of(ODD_VALUES, st.fixed_dictionaries({}, optional={
    "title": ODD_VALUES,
    "rootTopic": st.one_of(ODD_VALUES, json_topic()),
    "relationships": st.one_of(ODD_VALUES, st.lists(st.one_of(ODD_VALUES, st.fixed_dictionaries(
        {}, optional={"end1Id": IDS, "end2Id": IDS, "title": ODD_VALUES})), max_size=3)),
})), max_size=3)

XMIND_NAMES = ["topic"] * 4 + ["topics", "children", "title", "notes", "plain", "html",
                               "xhtml:p", "labels", "label", "marker-refs", "marker-ref",
                               "relationships", "relationship", "sheet", "xmap-content"]
XMIND_ATTRS = ["id", "type", "branch", "xlink:href", "marker-id", "end1", "end2"]
xml_content = st.builds(
    lambda element, raw: '<?xml version="1.0" encoding="UTF-8"?>' + render_xml(
        ("xmap-content", {"xmlns": "urn:xmind:xmap:xmlns:content:2.0"},
         [("sheet", {"id": "s"}, [element], "")], ""), raw),
    xml_elements(XMIND_NAMES, XMIND_ATTRS), st.sampled_from([False, False, True]))


def _json_bytes(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, allow_nan=True).encode("utf-8",
                                                                        "surrogatepass")


contents = st.one_of(
    st.builds(lambda v: {"content.json": _json_bytes(v)}, json_sheets),
    st.builds(lambda t: {"content.xml": t.encode("utf-8", "surrogatepass")},
              with_tricks(xml_content, XML_TRICKS)),
    st.builds(lambda v, t: {"content.json": _json_bytes(v), "content.xml": t.encode("utf-8",
                                                                                    "surrogatepass")},
              json_sheets, xml_content),
)
EXTRA_ENTRIES = st.dictionaries(st.sampled_from(
    ["metadata.json", "manifest.json", "META-INF/manifest.xml", "resources/a.png", "../x",
     "/abs", "C:\\x", "a/../../b", "Thumbnails/thumbnail.png", "content.JSON", "dir/"]),
    st.binary(max_size=20), max_size=3)


@given(contents, EXTRA_ENTRIES, st.booleans())
@HYPOTHESIS
def test_structured_but_wrong_workbooks_load_or_fail_cleanly(entries: dict, extra: dict,
                                                              stored: bool) -> None:
    run_xmind(workbook({**extra, **entries}, stored))


# ======================================================================== mutations
def seed_workbooks() -> list[bytes]:
    return [p.read_bytes() for p in corpus_files("xmind")]


def _content_of(data: bytes) -> tuple[str, bytes] | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for name in ("content.json", "content.xml"):
                if name in archive.namelist():
                    return name, archive.read(name)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError, RuntimeError):
        return None
    return None


def test_content_and_byte_mutations_load_or_fail_cleanly() -> None:
    pool = seed_workbooks()
    contents_pool = [c for c in map(_content_of, pool) if c]
    tokens = TOKENS["mm"] + [b'"attached"', b'"detached"', b'"title"', b"[", b"{", b"]}",
                             b'"xmind:#', b"null", b"<topic>", b"</topics>"]
    for number in range(MUTATIONS):
        rng = random.Random(f"{SEED}xmind:{number}")
        if rng.random() < 0.7 and contents_pool:       # a damaged map inside a good zip
            name, content = rng.choice(contents_pool)
            data = workbook({name: mutate(rng, content, [c for _, c in contents_pool],
                                          tokens)})
        else:                                          # a damaged zip
            data = mutate(rng, rng.choice(pool), pool, [b"PK\x03\x04", b"PK\x01\x02",
                                                        b"PK\x05\x06", b"\xff" * 4])
        try:
            run_xmind(data)
        except (Exception, InputTimeout) as exc:  # noqa: BLE001 - every failure counts
            raise AssertionError(f"xmind reader failed on mutation {SEED}{number} "
                                 f"({type(exc).__name__}: {exc!s:.300}); input "
                                 f"{data!r:.300}") from exc


# =========================================================================== corpus
@pytest.mark.parametrize("path", corpus_files("xmind"), ids=lambda p: p.name)
def test_xmind_corpus_replays_cleanly(path: Path) -> None:
    run_xmind(path.read_bytes(), path.name)


def test_xmind_corpus_is_there() -> None:
    assert (CORPUS / "xmind").is_dir()
    assert len(corpus_files("xmind")) >= 10
