"""Does the Markdown import hold what a CommonMark parser says a file holds?

Run: ``python tools/md_corpus.py [--src DIR] [--worst N] [--list] [ROOT_OR_FILE ...]``

For every Markdown file found (``*.md``, ``*.markdown`` and their ``.gz`` forms under the
roots; by default the documentation and the Python packages installed on this machine), the
script counts the headings and list items that markdown-it-py (CommonMark, GFM tables on,
YAML front matter set aside as markmap does) finds, imports the file with the app's Markdown
reader, and compares the count with the ideas imported (the nodes of the map, less the root
the reader makes above several top-level items). It prints how many files agree, disagree and
crash (any exception other than the reader's one-line ``MapFormatError``), then the worst
disagreements.

``--src DIR`` imports ``mindmap_app`` from another source tree, e.g. an older commit
(``git archive OLD src | tar -x -C /tmp/old``, then ``--src /tmp/old/src``): the figures
before and after a change come from the same script and the same files.
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import os
import sys
import sysconfig
import time
from pathlib import Path

from markdown_it import MarkdownIt

DEFAULT_ROOTS = ["/usr/share/doc", str(Path.home() / ".pyenv"),
                 sysconfig.get_paths()["purelib"], "/usr/lib/python3/dist-packages"]
SUFFIXES = (".md", ".markdown", ".md.gz", ".markdown.gz")
MAX_BYTES = 50 * 1024 * 1024


def find_files(roots: list[str]) -> list[Path]:
    seen: set[str] = set()
    found: list[Path] = []
    for root in roots:
        base = Path(root)
        candidates = [base] if base.is_file() else (
            Path(d) / name for d, _dirs, names in os.walk(base) for name in names)
        for path in candidates:
            if not path.name.lower().endswith(SUFFIXES) or not path.is_file():
                continue
            real = os.path.realpath(path)
            if real not in seen:
                seen.add(real)
                found.append(path)
    return sorted(found)


def read(path: Path) -> bytes:
    data = path.read_bytes()
    if path.name.lower().endswith(".gz"):
        data = gzip.decompress(data)
    return data


_PARSER = MarkdownIt("commonmark").enable("table")


def strip_front_matter(text: str) -> str:
    """The text with a leading ``---`` ... ``---`` (or ``...``) block blanked out."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[0].strip() == "---":
        for end in range(1, len(lines)):
            if lines[end].strip() in ("---", "..."):
                return "\n" * end + "\n".join(lines[end + 1:])
    return text


def parser_count(data: bytes) -> int:
    """Headings plus list items, as markdown-it-py reads the file."""
    text = data.decode("utf-8-sig", "replace").replace("\x00", "\ufffd")
    tokens = _PARSER.parse(strip_front_matter(text))
    return sum(t.type in ("heading_open", "list_item_open") for t in tokens)


def imported_count(mind_map, path: Path, expected: int) -> int:
    """Ideas in the map, not counting a root the reader made above several top-level items
    (named by the front matter title, else the file's name, else "Imported outline")."""
    count = len(mind_map)
    made_names = {mind_map.title, Path(path.name).stem, path.name.split(".")[0],
                  "Imported outline"}
    if count != expected and mind_map.text(mind_map.root) in made_names:
        return count - 1
    return count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("roots", nargs="*", help="folders or files (default: "
                        + ", ".join(DEFAULT_ROOTS) + ")")
    parser.add_argument("--src", help="import mindmap_app from this source folder")
    parser.add_argument("--worst", type=int, default=10, help="how many worst cases to show")
    parser.add_argument("--list", action="store_true", help="print every disagreement")
    args = parser.parse_args()
    if args.src:
        sys.path.insert(0, str(Path(args.src).resolve()))
    markdown_format = importlib.import_module("mindmap_app.io.markdown_format")
    errors = importlib.import_module("mindmap_app.io.errors")
    print(f"reader: {Path(markdown_format.__file__).resolve()}")

    files = find_files(args.roots or [r for r in DEFAULT_ROOTS if Path(r).exists()])
    agree = disagree = crashes = 0
    cases: list[tuple[int, str, int, int, str]] = []
    elapsed = 0.0
    for path in files:
        try:
            data = read(path)
        except (OSError, EOFError, gzip.BadGzipFile):
            continue
        if len(data) > MAX_BYTES:
            continue
        expected = parser_count(data)
        start = time.perf_counter()
        try:
            mind_map = markdown_format.loads(data, path)
        except errors.MapFormatError as exc:
            got, note = 0, f"refused: {exc.message}"
        except Exception as exc:  # noqa: BLE001 - a crash is what this script counts
            crashes += 1
            cases.append((10**9, str(path), expected, -1, f"CRASH {type(exc).__name__}: {exc}"))
            continue
        else:
            got, note = imported_count(mind_map, path, expected), ""
        finally:
            elapsed += time.perf_counter() - start
        if got == expected:
            agree += 1
        else:
            disagree += 1
            cases.append((abs(got - expected), str(path), expected, got, note))
    total = agree + disagree + crashes
    print(f"{total} files: {agree} agree, {disagree} disagree, {crashes} crashes "
          f"(import time {elapsed:.2f} s in all)")
    cases.sort(key=lambda c: (-c[0], c[1]))
    shown = cases if args.list else cases[:args.worst]
    if shown:
        print(f"{'worst' if not args.list else 'all'} disagreements (headings+items per the "
              "parser / ideas imported):")
    for _diff, name, expected, got, note in shown:
        print(f"  {expected:6d} / {got:6d}  {name}  {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
