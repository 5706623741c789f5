"""Fuzzing every reader (YAML, Markdown, OPML, FreeMind .mm, indented text) and clipboard paste.

The property, for every input: the reader returns a :class:`MindMap` that passes
``check_invariants`` and can be saved as a map file and opened again unchanged, or it raises
:class:`MapFormatError` whose text is one line starting with the file's name. Anything else
(another exception, ``RecursionError``, ``MemoryError``, more than ``BUDGET`` seconds) fails.
Clipboard paste never raises; pasting what it returns keeps the invariants or is refused with
``EditError`` and changes nothing.

Three kinds of input:

* hypothesis strategies that write *structured but wrong* documents per format (valid shapes
  with wrong types, odd unicode, control characters, BOMs, CRLF, NUL bytes, bad encodings,
  DOCTYPE and entity tricks, YAML anchors, tags and merge keys, deep nesting...);
* seeded byte mutations (flip, insert, delete, duplicate, repeat, splice, truncate) of the
  corpus and of the sample maps exported in every format;
* the corpus itself (``corpus/<format>/``), replayed in full on every run.

``make test`` runs a short, deterministic pass; ``make fuzz`` (``FUZZ_LONG=1``) runs about 30
times more, with fresh random hypothesis examples. ``FUZZ_EXAMPLES`` and ``FUZZ_MUTATIONS``
override the counts; ``FUZZ_SEED`` (any text) picks other mutations. A failing mutated input
is minimised and written to ``$FUZZ_FAILURES`` (default: ``<tmp>/mindmap-fuzz-failures``):
add it to the corpus once fixed.
"""

from __future__ import annotations

import faulthandler
import functools
import os
import random
import signal
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mindmap_app.io import freemind_format, indented_text, markdown_format, opml_format
from mindmap_app.io.errors import MapFormatError
from mindmap_app.io.yaml_format import dumps_map, load_map, loads_map
from mindmap_app.model import MAX_DEPTH, MindMap, check_invariants

pytestmark = pytest.mark.fuzz

LONG = os.environ.get("FUZZ_LONG", "") not in ("", "0")
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "1500" if LONG else "50"))
MUTATIONS = int(os.environ.get("FUZZ_MUTATIONS", "6000" if LONG else "200"))
#: mutation number n of format f uses the random generator seeded with f"{SEED}{f}:{n}"
SEED = os.environ.get("FUZZ_SEED", "")
#: seconds one input may take to read (checking the map, saving and reading it back: 3 times)
BUDGET = 5.0
#: a rejection's message (after the file name) longer than this is no longer a clear message
MAX_MESSAGE = 1000

HERE = Path(__file__).parent
CORPUS = HERE / "corpus"
ROOT = HERE.parents[1]
SAMPLE_MAPS = sorted((ROOT / "sample_maps").glob("*.yaml"))
FAILURES = Path(os.environ.get("FUZZ_FAILURES",
                               Path(tempfile.gettempdir()) / "mindmap-fuzz-failures"))

READERS: dict[str, Callable[..., MindMap]] = {
    "yaml": loads_map, "md": markdown_format.loads, "opml": opml_format.loads,
    "mm": freemind_format.loads, "txt": indented_text.loads,
}
PATH_LOADERS: dict[str, Callable[[Any], MindMap]] = {
    "yaml": load_map, "md": markdown_format.load, "opml": opml_format.load,
    "mm": freemind_format.load, "txt": indented_text.load,
}
WRITERS: dict[str, Callable[[MindMap], str]] = {
    "yaml": dumps_map, "md": markdown_format.dumps, "opml": opml_format.dumps,
    "mm": freemind_format.dumps, "txt": indented_text.dumps,
}
SUFFIX = {"yaml": ".yaml", "md": ".md", "opml": ".opml", "mm": ".mm", "txt": ".txt"}
FORMATS = list(READERS)

HYPOTHESIS = settings(
    max_examples=EXAMPLES, deadline=None, derandomize=not LONG, database=None,
    suppress_health_check=list(HealthCheck))


# ====================================================================== time and outcome
class InputTimeout(BaseException):
    """One input took longer than its budget (a BaseException: no reader may swallow it)."""


@contextmanager
def time_budget(what: str, seconds: float = BUDGET) -> Iterator[None]:
    """Fail (``InputTimeout``) when the block runs longer than ``seconds``. A hang inside C
    code, where no signal handler runs, ends the whole run with every thread's traceback
    instead of hanging it."""
    def on_alarm(_signum: int, _frame: Any) -> None:
        raise InputTimeout(f"{what} took more than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    faulthandler.dump_traceback_later(4 * seconds + 10, exit=True)
    start = time.monotonic()
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        faulthandler.cancel_dump_traceback_later()
        signal.signal(signal.SIGALRM, previous)
    # the alarm's exception is lost when it strikes inside a gc callback: check the clock too
    if time.monotonic() - start > seconds:
        raise InputTimeout(f"{what} took {time.monotonic() - start:.1f} s (more than "
                           f"{seconds:g} s)")


def check_error(error: MapFormatError, path: str) -> None:
    """A clear rejection: one line, the file's name first, then a short message."""
    text = str(error)
    assert len(text.splitlines()) == 1, f"the error is not one line: {text!r:.300}"
    assert text.startswith(f"{path}:"), f"the error does not start with the path: {text!r:.300}"
    message = text[len(path) + 1:].lstrip(":0123456789").strip()
    assert message, f"the error says nothing: {text!r}"
    assert len(message) <= MAX_MESSAGE, f"the error is {len(message)} characters long"


def check_loaded_map(mind_map: MindMap, fmt: str) -> None:
    """The map keeps the invariants, saves as a map file and opens again unchanged, and
    exports to its own format without an error."""
    check_invariants(mind_map)
    text = dumps_map(mind_map)
    again = loads_map(text.encode("utf-8"), "resaved.yaml")
    assert again.same_as(mind_map), "saved and opened again, the map is not the same"
    if fmt != "yaml":
        WRITERS[fmt](mind_map).encode("utf-8")


def run_reader(fmt: str, data: str | bytes, path: str | None = None,
               budget: float = BUDGET) -> str:
    """Read ``data`` as ``fmt`` and check the property: returns "map" or "error"; anything
    else raises."""
    path = path or f"fuzz-input{SUFFIX[fmt]}"
    with time_budget(f"reading {len(data)} characters as {fmt}", budget):
        try:
            mind_map = READERS[fmt](data, path)
        except MapFormatError as error:
            check_error(error, path)
            return "error"
    with time_budget(f"checking, saving and reading back a map of {len(mind_map)} nodes",
                     3 * BUDGET):
        check_loaded_map(mind_map, fmt)
    return "map"


def signature(fmt: str, data: str | bytes) -> str | None:
    """None when ``data`` passes, else the kind of failure (for minimising)."""
    try:
        run_reader(fmt, data)
    except (Exception, InputTimeout) as exc:  # noqa: BLE001 - every failure counts
        return type(exc).__name__
    return None


def minimise(data: str | bytes, fails: Callable[[str | bytes], bool],
             seconds: float = 30.0) -> str | bytes:
    """A smaller input that still fails (delta debugging by chunks, time-boxed)."""
    deadline = time.monotonic() + seconds
    chunk = max(1, len(data) // 2)
    while time.monotonic() < deadline:
        index, changed = 0, False
        while index < len(data) and time.monotonic() < deadline:
            candidate = data[:index] + data[index + chunk:]
            if fails(candidate):
                data, changed = candidate, True
            else:
                index += chunk
        if not changed:
            if chunk == 1:
                break
            chunk = max(1, chunk // 2)
    return data


def report_failure(fmt: str, data: str | bytes, label: str, exc: BaseException) -> None:
    """Minimise ``data``, keep it under FAILURES and fail with the minimised input."""
    kind = type(exc).__name__
    small = minimise(data, lambda d: signature(fmt, d) == kind)
    FAILURES.mkdir(parents=True, exist_ok=True)
    name = f"{fmt}-{label}-{kind}".replace("/", "_")
    raw = small if isinstance(small, bytes) else small.encode("utf-8", "surrogatepass")
    target = FAILURES / (name + SUFFIX.get(fmt, ".bin"))
    target.write_bytes(raw)
    (FAILURES / (name + ".original")).write_bytes(
        data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass"))
    raise AssertionError(f"{fmt} reader failed on {label} ({kind}: {exc!s:.300}); minimised "
                         f"input ({type(small).__name__}) {small!r:.600} saved as {target}"
                         ) from exc


# ============================================================================ corpus
def corpus_files(kind: str) -> list[Path]:
    folder = CORPUS / kind
    return sorted(p for p in folder.iterdir() if p.is_file()) if folder.is_dir() else []


@pytest.mark.parametrize("path", [p for f in FORMATS for p in corpus_files(f)],
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_corpus_replays_cleanly(path: Path) -> None:
    fmt = path.parent.name
    data = path.read_bytes()
    run_reader(fmt, data, path.name)
    if b"\x00" not in data:     # the same input as text (a str may hold lone surrogates)
        run_reader(fmt, data.decode("utf-8", "surrogateescape"), path.name)


def test_corpus_has_every_format() -> None:
    for kind in [*FORMATS, "clipboard"]:
        assert len(corpus_files(kind)) >= 10, f"corpus/{kind} is nearly empty"


# ==================================================================== odd text pieces
ODD_CHARS = (
    "aZ0 \t\n\r\x00\x01\x08\x0b\x0c\x1b\x1f\x7f\x80\x85\x9f\xa0\xad\xe9\u0301\u200b\u200d"
    "\u202e\u2028\u2029\u3000\ufeff\ufffd\ufffe\uffff\U0001f600\U0010ffff\ud800\udfff"
    "&<>\"'#-*:{}[]!%@`|\\/,?=~_+.1"
)
NASTY_STRINGS = [
    "", " ", "null", "~", "yes", "no", "on", "true", "1e3", "1.5e3", "0x1F", "0o17", "0b101",
    "017", "1:30", "-1", "2024-13-45", "2024-01-01", "2001-12-14t21:59:43.10-05:00", ".nan",
    ".inf", "-.inf", "<<", "=", "&a", "*a", "!!binary", "---", "...", "- ", "? ", "# x",
    "%YAML 1.1", "<!--", "-->", "<![CDATA[x]]>", "&nbsp;", "&amp;", "&#0;", "&#xD800;",
    "&#x110000;", "&bogus;", "<br>", "\\", "\\#", "1.", "1)", "a)", "\u2022", "\u2013", " x ",
    "0x" + "f" * 300, "1" + ":59" * 200, "9" * 5000, "\xe9" * 100, "\u202eevil", "\U0001f600" * 3,
    "<html><body><p>x</p><br>y</body></html>", "<html><p>unclosed", "<script>x</script>",
    "]]>", "a\r\nb", "a\rb", "a\u2028b", "\t", "\x00", "\ud800", "\x85",
]
odd_text = st.one_of(
    st.text(st.sampled_from(ODD_CHARS), max_size=12),
    st.text(max_size=12),
    st.sampled_from(NASTY_STRINGS),
    st.builds(lambda c, n: c * n, st.sampled_from("a \t\u00e9\U0001f600<&#-"),
              st.sampled_from([1000, 20000])),
)

ENCODINGS = ["str", "utf-8", "utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be",
             "utf-32", "cp1252", "latin-1", "crlf", "cr", "bad-byte"]


@st.composite
def encoded(draw: Any, texts: st.SearchStrategy[str]) -> str | bytes:
    """A document as the reader may get it: a str, or bytes in some encoding (or none)."""
    text = draw(texts)
    how = draw(st.sampled_from(ENCODINGS))
    if how == "str":
        return text
    if how in ("crlf", "cr"):
        text = text.replace("\n", "\r\n" if how == "crlf" else "\r")
        how = "utf-8"
    if how == "bad-byte":
        data = text.encode("utf-8", "surrogatepass")
        at = draw(st.integers(0, len(data)))
        bad = draw(st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xf4\x90\x80\x80",
                                    b"\xc0\xaf", b"\x80"]))
        return data[:at] + bad + data[at:]
    errors = "surrogatepass" if how.startswith("utf") else "replace"
    return text.encode(how, errors)


@st.composite
def with_tricks(draw: Any, documents: st.SearchStrategy[str], tricks: list[str]) -> str:
    """``documents`` with a few of ``tricks`` inserted at random places."""
    text = draw(documents)
    for position, trick in draw(st.lists(st.tuples(st.integers(0, 10**6),
                                                   st.sampled_from(tricks)), max_size=4)):
        at = position % (len(text) + 1)
        text = text[:at] + trick + text[at:]
    return text


# ====================================================================== deep documents
def deep_document(fmt: str, depth: int, style: str = "") -> str:
    """An outline ``depth`` levels below its root (a single chain), in ``fmt``."""
    levels = range(depth + 1)
    if fmt == "yaml" and style == "flow":
        return ("format: mindmap/1\nroot: " + "".join(f"{{text: l{i}, children: [" for i in
                                                       range(depth))
                + f"{{text: l{depth}}}" + "]}" * depth + "\n")
    if fmt == "yaml":
        lines, indent = ["format: mindmap/1", "root:", "  text: l0"], "  "
        for i in range(1, depth + 1):
            lines += [f"{indent}children:", f"{indent}- text: l{i}"]
            indent += "  "
        return "\n".join(lines) + "\n"
    if fmt == "md" and style == "headings":
        return ("".join("#" * (i + 1) + f" h{i}\n" for i in range(min(6, depth + 1)))
                + "".join("  " * i + f"- l{i + 6}\n" for i in range(depth + 1 - 6)))
    if fmt == "md":
        return "".join("  " * i + f"- l{i}\n" for i in levels)
    if fmt == "opml":
        return ('<?xml version="1.0"?>\n<opml version="2.0"><head/><body>'
                + "".join(f'<outline text="l{i}">' for i in levels)
                + "</outline>" * (depth + 1) + "</body></opml>\n")
    if fmt == "mm":
        return ("<map>" + "".join(f'<node TEXT="l{i}">' for i in levels)
                + "</node>" * (depth + 1) + "</map>\n")
    if fmt == "txt":
        return "".join("\t" * i + f"l{i}\n" for i in levels)
    raise ValueError(fmt)


DEPTHS = st.sampled_from([MAX_DEPTH - 1, MAX_DEPTH, MAX_DEPTH + 1, 1000])
STYLES = {"yaml": ["block", "flow"], "md": ["list", "headings"]}

# ================================================================= YAML: wrong documents
NODE_KEYS = ["id", "text", "note", "tags", "style", "votes", "folded", "pos", "link",
             "children", "Text", "colour", "<<", ""]
IDS = st.sampled_from(["a", "b", "n1", "n2", "1", 1, 2, None, "", True, 1.5])
yaml_scalars = st.one_of(st.none(), st.booleans(), st.integers(),
                         st.integers(-2**70, 2**70), st.floats(), odd_text)


def _yaml_containers(inner: st.SearchStrategy) -> st.SearchStrategy:
    return st.one_of(st.lists(inner, max_size=3),
                     st.dictionaries(st.one_of(odd_text, st.integers(), st.none()), inner,
                                     max_size=3))


yaml_values = st.recursive(yaml_scalars, _yaml_containers, max_leaves=6)
VALID = {
    "id": IDS, "text": odd_text, "note": odd_text, "link": odd_text,
    "tags": st.lists(odd_text, max_size=3),
    "style": st.dictionaries(st.sampled_from(["color", "background", "shape"]) | odd_text,
                             st.sampled_from(["#b03a2e", "#fff", "red"]) | odd_text, max_size=3),
    "votes": st.integers(-3, 10**20), "folded": st.booleans(),
    "pos": st.lists(st.floats() | st.integers(), min_size=1, max_size=3),
}


def yaml_node(depth: int = 0) -> st.SearchStrategy[dict]:
    @st.composite
    def node(draw: Any) -> dict:
        out: dict[Any, Any] = {}
        for key in draw(st.lists(st.sampled_from(NODE_KEYS), max_size=6, unique=True)):
            if key == "children" and depth < 3:
                value = draw(st.lists(yaml_node(depth + 1), max_size=3) | yaml_values)
            else:
                value = draw(VALID.get(key, yaml_values) | yaml_values
                             if draw(st.integers(0, 3)) == 0 else VALID.get(key, yaml_values))
            out[key] = value
        return out
    return node()


@st.composite
def yaml_documents(draw: Any) -> str:
    doc: dict[Any, Any] = {}
    keys = draw(st.lists(st.sampled_from(["format", "title", "layout", "theme", "root",
                                          "floating", "links", "extra"]),
                         max_size=8, unique=True))
    for key in ["format", "root", *keys]:
        if key in doc:
            continue
        if key == "format":
            doc[key] = draw(st.sampled_from(["mindmap/1", " mindmap/1 ", "mindmap/2",
                                             "mindmap/0", "mindmap/01", "mindmap/" + "9" * 30,
                                             1, None]) | odd_text)
        elif key == "root":
            doc[key] = draw(yaml_node() | yaml_values)
        elif key == "floating":
            doc[key] = draw(st.lists(yaml_node(1), max_size=3) | yaml_values)
        elif key == "links":
            doc[key] = draw(st.lists(st.fixed_dictionaries(
                {"from": IDS, "to": IDS},
                optional={"label": odd_text | yaml_values, "extra": yaml_values}), max_size=3)
                | yaml_values)
        elif key in ("layout", "theme"):
            doc[key] = draw(st.sampled_from(["right", "radial", "dark", "light", "Right"])
                            | yaml_values)
        else:
            doc[key] = draw(odd_text | yaml_values)
    return yaml.safe_dump(doc, default_flow_style=draw(st.sampled_from([False, True, None])),
                          allow_unicode=draw(st.booleans()), sort_keys=False,
                          width=draw(st.sampled_from([20, 80, 10**6])),
                          explicit_start=draw(st.booleans()))


YAML_TRICKS = [
    "&a ", "*a", "&a [x]", "!!python/object/apply:os.system ['true']", "!!binary aGk=",
    "!custom ", "!!str ", "!!int ", "!!float ", "!!map ", "!!seq ", "!!set ", "!!omap ",
    "!!timestamp ", "!!null ", "!!bool ", "!!bool x ", "!!null x ", "!!int ,", "! ", "<<: *a\n",
    "<<: {text: x}\n", "? ",
    "? [a]\n: b\n", "%YAML 1.1\n---\n", "%YAML 1.3\n---\n", "%TAG ! tag:example.com,2000:\n---\n",
    "---\n", "...\n", "\t", "{", "}", "[", "]", ",", "'", '"', "|\n", "|-\n", ">-\n", "|9\n",
    "#", " #", "\ufeff", "\x00", "\r", "\x85", "\u2028", ": ", "- ", "-", "\n  ", "\n\t",
    "0x" + "f" * 300, "1" + ":59" * 300, "!!int 0x" + "f" * 300, "\\", "\\U0001F600", "\\ud800",
    "\\x00", "\n" + "  " * 50 + "- ", "[" * 200, "{a: " * 200,
]
BILLION_LAUGHS_YAML = ("format: mindmap/1\na: &a [x, x, x, x, x, x, x, x, x]\n"
                       + "".join(f"{b}: &{b} [{', '.join(['*' + a] * 9)}]\n"
                                 for a, b in zip("abcdefgh", "bcdefghi", strict=True))
                       + "root: {text: *i}\n")
yaml_texts = st.one_of(
    with_tricks(yaml_documents(), YAML_TRICKS),
    yaml_documents(),
    st.just(BILLION_LAUGHS_YAML),
    st.builds(deep_document, st.just("yaml"), DEPTHS, st.sampled_from(STYLES["yaml"])),
)

# ============================================================ Markdown: wrong documents
_indents = st.text(st.sampled_from(" \t\u00a0\u3000"), max_size=12)
_md_markers = st.sampled_from(["-", "*", "+", "1.", "1)", "123456789.", "1234567890.", "0.",
                               "\u2022", "- -", "-\t", "*-"])
_gaps = st.sampled_from(["", " ", "\t", "     ", "\u00a0", "  \t "])
MD_FIXED = ["```", "~~~", "````python", "``` x ```", "---", "***", "___", "- - -", "===",
            "<!-- markmap: fold -->", "<!--", "-->", "<!-- mindmap: floating -->",
            "<!-- markmap: foldAll -->", "<!-- markmap:fold -->", "|a|b|", "> quote",
            "    code", "", " ", "\t", "\\", "<br>", "<br/>", "&#0;", "&#xD800;", "&#x110000;",
            "&#99999999;", "&#9999999;", "&nbsp;", "&bogus;", "# <!-- mindmap: floating -->",
            "#", "######", "####### seven", "#\t#", "# # #", "\\# not a heading", "- \\",
            "1. <!-- x", "...",
            # CommonMark constructs the markdown-it-py reader builds from
            "Setext", "=====", "-----", "> - quoted item", "> > - nested quote", ">",
            "|---|---|", "| - x | 1. y |", "[ref]: https://x.org", "[ref]: <x y> 'title'",
            "'title on the next line'", "[a\\]b]: /u", "<details>", "</details>",
            "<div>\n- in html", "- [x] task", "1) a", "2) b", "   - three spaces",
            "- ```", "-\n  text after an empty item", "* * *", "- # heading in an item"]
md_lines = st.one_of(
    st.builds(lambda n, gap, text, tail: "#" * n + gap + text + tail, st.integers(1, 8), _gaps,
              odd_text, st.sampled_from(["", " #", " ##", " <!-- markmap: fold -->", " \\#"])),
    st.builds(lambda ind, marker, gap, text: ind + marker + gap + text, _indents, _md_markers,
              _gaps, odd_text),
    st.sampled_from(MD_FIXED),
    odd_text,
)
FRONT_MATTERS = ["title: x", "title: [a", "title: &a x\nb: *a", "title: !!python/name:os.system",
                 "title: 0x" + "f" * 4000, "title: 1" + ":59" * 3000, "title: 2024-01-01",
                 "title: null", "title: " + "[" * 3000, "title: {a: 1}", "title: 12.5",
                 "title: true", "title:\n  - a", "- a", "title: '\\x00'", "title: \"\\ud800\"",
                 "title: " + "é" * 70000]
md_front = st.one_of(st.sampled_from(FRONT_MATTERS),
                     yaml_values.map(lambda v: yaml.safe_dump({"title": v})))
md_documents = st.builds(
    lambda front, close, lines: ("---\n" + front + "\n" + close + "\n" if front is not None
                                 else "") + "\n".join(lines),
    st.none() | md_front, st.sampled_from(["---", "...", "", "--- x"]),
    st.lists(md_lines, max_size=15))
md_texts = st.one_of(
    with_tricks(md_documents, ["\n", "\r", "\r\n", "\x00", "\ufeff", "\t", "  ", "- ", "# ",
                               "<!--", "-->", "```", "\\", "&#", "<br>", "\u2028", "\x85"]),
    st.builds(deep_document, st.just("md"), DEPTHS, st.sampled_from(STYLES["md"])),
)

# =================================================================== XML: wrong documents
XML_PROLOGS = [
    "", '<?xml version="1.0"?>\n', '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<?xml version="1.0" encoding="ISO-8859-1"?>\n', '<?xml version="1.0" encoding="UTF-16"?>\n',
    '<?xml version="1.0" encoding="bogus"?>\n', '<?xml version="1.0" encoding="utf-32"?>\n',
    '<?xml version="1.1"?>\n', '<?xml version="2.0"?>\n', " <?xml version='1.0'?>", "\ufeff",
    '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>',
    '<!DOCTYPE x SYSTEM "file:///etc/passwd">', '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
    '<!DOCTYPE x [<!ENTITY % p "x"> %p;]>', '<!DOCTYPE html>', "<!-- comment -->", "<?pi data?>",
    '<!DOCTYPE x PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
]
XML_TRICKS = [
    "&", "<", ">", "&nbsp;", "&amp;", "&bogus;", "&#0;", "&#1;", "&#xD800;", "&#x110000;",
    "&#65535;", "&#10;", "&#13;", "<![CDATA[x<y]]>", "]]>", "<!--", "-->", "<!DOCTYPE x>",
    '<!ENTITY e "x">', "<?xml version='1.0'?>", "</outline>", "<outline>", "</node>", "<node>",
    '"', "'", "\x00", "\x1f", "\ufeff", "\ufffe", "\r", " xmlns:x='urn:x'", "<x:a/>",
    "<a b='1' b='2'/>", "&e;", "&a;" * 3, '<node TEXT="x">' * 30,
]
XML_ATTR_VALUES = st.one_of(
    odd_text,
    st.sampled_from(["ID_1", "ID_2", "ID_1 ", "NODE", "NOTE", "DETAILS", "note", "plain/auto",
                     "plain/html", "true", "TRUE", "false", "#ff0000", "#FFF", "red", "#gggggg",
                     "FreeNode", "2.0", "idea,threat", "/a, ,b,,", "left", "right"]))


def xml_elements(names: list[str], attributes: list[str], depth: int = 0) -> st.SearchStrategy:
    """(name, {attribute: value}, children, text) trees."""
    children = (st.lists(xml_elements(names, attributes, depth + 1), max_size=3) if depth < 4
                else st.just([]))
    return st.tuples(st.sampled_from(names), st.dictionaries(st.sampled_from(attributes),
                                                             XML_ATTR_VALUES, max_size=4),
                     children, st.just("") | odd_text)


def _escape(text: str, quote: bool = False) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;") if quote else text


def render_xml(element: tuple, raw: bool) -> str:
    """The element as XML, escaped (``raw``: text and values written as they are)."""
    name, attributes, children, text = element
    escape = (lambda s, _q=False: s) if raw else _escape
    attrs = "".join(f' {k}="{escape(v, True)}"' for k, v in attributes.items())
    inner = escape(text) + "".join(render_xml(child, raw) for child in children)
    return f"<{name}{attrs}>{inner}</{name}>" if inner else f"<{name}{attrs}/>"


OPML_NAMES = ["outline"] * 5 + ["body", "head", "title", "opml", "dateCreated", "x:outline",
                                "OUTLINE"]
OPML_ATTRS = ["text", "text", "_note", "category", "type", "url", "TEXT", "xmlns:x", "x:text"]
MM_NAMES = ["node"] * 5 + ["richcontent", "richcontent", "icon", "arrowlink", "hook", "font",
                           "edge", "cloud", "attribute", "html", "body", "p", "br", "pre",
                           "head", "script", "map", "li", "table", "tr", "td"]
MM_ATTRS = ["TEXT", "TEXT", "LOCALIZED_TEXT", "ID", "FOLDED", "COLOR", "BACKGROUND_COLOR",
            "POSITION", "DESTINATION", "MIDDLE_LABEL", "SOURCE_LABEL", "TARGET_LABEL", "NAME",
            "BUILTIN", "TYPE", "CONTENT-TYPE"]


def xml_documents(fmt: str) -> st.SearchStrategy[str]:
    names, attributes = (OPML_NAMES, OPML_ATTRS) if fmt == "opml" else (MM_NAMES, MM_ATTRS)
    body = st.lists(xml_elements(names, attributes), max_size=4)
    if fmt == "opml":
        top = st.builds(lambda title, kids, version: (
            "opml", {"version": version},
            [("head", {}, [("title", {}, [], title)], ""), ("body", {}, kids, "")], ""),
            odd_text, body, st.sampled_from(["2.0", "1.0", ""]))
    else:
        top = st.builds(lambda kids, version: ("map", {"version": version}, kids, ""), body,
                        st.sampled_from(["freeplane 1.3.0", "1.0.1", ""]))
    top = top | xml_elements(names, attributes)
    document = st.builds(lambda prolog, element, raw, epilog: prolog + render_xml(element, raw)
                         + epilog, st.sampled_from(XML_PROLOGS), top,
                         st.sampled_from([False, False, False, True]),
                         st.sampled_from(["", "\n", "<extra/>", "junk", "<!-- c -->", "\x00"]))
    return st.one_of(with_tricks(document, XML_TRICKS), document,
                     st.builds(deep_document, st.just(fmt), DEPTHS))


# ==================================================================== indented text
_txt_markers = st.sampled_from(["", "", "-", "*", "+", "\u2022", "\u2013", "\u2014", "\u25e6",
                                "\u25aa", "\u2023", "1.", "1.2.", "999)", "1000.", "a)", "A)",
                                "- \u2013 \u2013", "- -", "--", "1.2.3.4.5.6."])
txt_lines = st.builds(lambda ind, marker, gap, text: ind + marker + gap + text, _indents,
                      _txt_markers, _gaps, odd_text)
txt_texts = st.one_of(
    with_tricks(st.lists(txt_lines, max_size=20).map("\n".join),
                ["\n", "\r", "\r\n", "\x00", "\ufeff", "\t" * 40, " " * 200, "\u2028", "\x85",
                 "\x0b", "\x0c", "\x1c"]),
    st.builds(deep_document, st.just("txt"), DEPTHS),
)

TEXT_STRATEGIES = {
    "yaml": yaml_texts, "md": md_texts, "opml": xml_documents("opml"),
    "mm": xml_documents("mm"), "txt": txt_texts,
}


@pytest.mark.parametrize("fmt", FORMATS)
@HYPOTHESIS
@given(data=st.data())
def test_structured_but_wrong_inputs_load_or_fail_cleanly(fmt: str, data: Any) -> None:
    run_reader(fmt, data.draw(encoded(TEXT_STRATEGIES[fmt]), label="input"))


# ==================================================================== byte mutations
TOKENS: dict[str, list[bytes]] = {
    "yaml": [t.encode("utf-8", "surrogatepass") for t in YAML_TRICKS + ["text: ", "children:\n",
                                                                       "id: ", "root: "]],
    "md": [b"# ", b"## ", b"- ", b"  - ", b"1. ", b"```\n", b"---\n", b"<!--", b"-->",
           b"<!-- markmap: fold -->", b"&#0;", b"&nbsp;", b"\\", b"<br>", b"\t",
           b"===\n", b"> ", b"|---|\n", b"[x]: /u\n", b"1) ", b"<div>\n", b"    "],
    "opml": [t.encode("utf-8", "surrogatepass") for t in XML_TRICKS + XML_PROLOGS[1:]],
    "mm": [t.encode("utf-8", "surrogatepass") for t in XML_TRICKS + XML_PROLOGS[1:]]
    + [b'<richcontent TYPE="NOTE">', b"</richcontent>", b'<hook NAME="FreeNode"/>',
       b'<arrowlink DESTINATION="ID_1"/>', b'TEXT="&lt;html&gt;&lt;p&gt;x"'],
    "txt": [b"\t", b"    ", b"- ", b"\xe2\x80\xa2 ", b"1. ", b"a) ", b"\xc2\xa0", b"\r", b"\n"],
}
INTERESTING_BYTES = b"\x00\xff\x7f\x80\xc0\xc3\xed\xef\xbb\xbf\n\r\t <>&#-:[]{}\"'!*\\"
#: what may replace a quoted value or a word and keep the document well formed
VALUES = [v.encode("utf-8") for v in (
    "", " ", "0", "-1", "1e309", "0x" + "f" * 200, "yes", "null", "ID_1", "ID_2", "true",
    "#ff0000", "NODE", "NOTE", "DETAILS", "FreeNode", "idea,threat", "&amp;", "&lt;html&gt;x",
    "&#10;", "&nbsp;", "\u00e9\u202e\U0001f600", "\u3000", "x" * 3000, "a b", "mindmap/2",
    "balanced", "radial", "[a, b]", "{a: b}")]


def _replace_quoted(buf: bytearray, at: int, value: bytes) -> bytearray:
    """The next quoted value after ``at`` ("..." or '...') replaced by ``value``."""
    for quote in (b'"', b"'"):
        first = buf.find(quote, at)
        second = buf.find(quote, first + 1) if first >= 0 else -1
        if second > first >= 0:
            return buf[:first + 1] + value + buf[second:]
    return buf


def _replace_word(buf: bytearray, at: int, value: bytes) -> bytearray:
    """The next run of letters or digits after ``at`` replaced by ``value``."""
    start = at
    while start < len(buf) and not chr(buf[start]).isalnum():
        start += 1
    end = start
    while end < len(buf) and chr(buf[end]).isalnum():
        end += 1
    return buf[:start] + value + buf[end:] if end > start else buf


def mutate(rng: random.Random, data: bytes, seeds: list[bytes], tokens: list[bytes]) -> bytes:
    """``data`` after a few random edits: usually one or two, as a pile of edits seldom leaves
    anything a reader accepts, and the point is to reach the code behind the syntax check."""
    buf = bytearray(data)
    for _ in range(rng.choice([1, 1, 1, 2, 2, 3, 6])):
        size = len(buf)
        at = rng.randint(0, size)
        span = rng.choice([1, 2, 4, 8, 64, 1024])
        op = rng.randrange(14)
        if op == 0 and size:                                   # flip a bit
            i = rng.randrange(size)
            buf[i] ^= 1 << rng.randrange(8)
        elif op == 1 and size:                                 # set an interesting byte
            buf[rng.randrange(size)] = rng.choice(INTERESTING_BYTES)
        elif op == 2:                                          # insert random bytes
            buf[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        elif op in (3, 4):                                     # insert a token
            buf[at:at] = rng.choice(tokens)
        elif op == 5:                                          # delete a range
            del buf[at:at + span]
        elif op == 6 and size:                                 # duplicate a range
            piece = buf[at:at + span]
            where = rng.randint(0, size)
            buf[where:where] = piece
        elif op == 7 and size:                                 # repeat a range many times
            piece = bytes(buf[at:at + rng.choice([1, 4, 16, 40])])
            buf[at:at] = piece * rng.choice([10, 100, 600, 2000])
        elif op == 8:                                          # splice with another input
            other = rng.choice(seeds)
            cut = rng.randint(0, len(other))
            buf = buf[:at] + other[cut:]
        elif op == 9 and rng.random() < 0.3:                   # truncate
            del buf[at:]
        elif op == 10 and size:                                # swap two ranges
            a, b = sorted((rng.randrange(size), rng.randrange(size)))
            buf = buf[:a] + buf[b:b + span] + buf[a + span:b] + buf[a:a + span] + buf[b + span:]
        elif op == 11:                                         # line endings
            buf = bytearray(bytes(buf).replace(b"\n", rng.choice([b"\r\n", b"\r", b"\n\n"])))
        elif op == 12:                                         # a quoted value
            buf = _replace_quoted(buf, at, rng.choice(VALUES))
        elif op == 13:                                         # a word
            buf = _replace_word(buf, at, rng.choice(VALUES + tokens))
    return bytes(buf)


@functools.cache
def seeds(fmt: str) -> tuple[bytes, ...]:
    """Where mutation starts: the corpus, and every sample map in ``fmt``."""
    out = [p.read_bytes() for p in corpus_files(fmt)]
    for sample in SAMPLE_MAPS:
        out.append(sample.read_bytes() if fmt == "yaml"
                   else WRITERS[fmt](load_map(sample)).encode("utf-8"))
    if fmt == "txt":
        out.append((ROOT / "tests" / "data" / "big-society-workshop.txt").read_bytes())
    if fmt == "mm":
        real = sorted((ROOT / "tests" / "data" / "freeplane").glob("*.mm"))
        out += [p.read_bytes() for p in real]
    return tuple(out)


@pytest.mark.parametrize("fmt", FORMATS)
def test_byte_mutations_load_or_fail_cleanly(fmt: str) -> None:
    pool = list(seeds(fmt))
    valid = pool[len(corpus_files(fmt)):]       # the sample maps and real files
    for number in range(MUTATIONS):
        rng = random.Random(f"{SEED}{fmt}:{number}")
        base = rng.choice(valid if rng.random() < 0.6 else pool)
        data: str | bytes = mutate(rng, base, pool, TOKENS[fmt])
        if rng.random() < 0.15:      # also as text, odd bytes as lone surrogates
            data = data.decode("utf-8", "surrogateescape")
        try:
            run_reader(fmt, data)
        except (Exception, InputTimeout) as exc:  # noqa: BLE001
            report_failure(fmt, data, f"mutation-{SEED}{number}", exc)

