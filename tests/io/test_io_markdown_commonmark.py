"""Markdown import against CommonMark: the structures real files use, and real files.

The corpus (``tests/data/markdown_corpus``, see its SOURCES.txt) holds files written by other
projects; for each, the ideas imported must be exactly the headings plus list items that
markdown-it-py finds (what ``tools/md_corpus.py`` checks on every Markdown file installed).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from mindmap_app.io import formats
from mindmap_app.io import markdown_format as md
from mindmap_app.model import check_invariants

from .test_io_markdown import outline

CORPUS = Path(__file__).parents[1] / "data" / "markdown_corpus"
CORPUS_FILES = sorted(CORPUS.glob("*.md"))


def parser_count(text: str) -> int:
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    return sum(t.type in ("heading_open", "list_item_open") for t in tokens)


def test_the_corpus_is_there_with_its_licences():
    assert len(CORPUS_FILES) >= 5
    sources = (CORPUS / "SOURCES.txt").read_text(encoding="utf-8")
    for path in CORPUS_FILES:
        assert path.name in sources
    for licence in ("procps.copyright", "pyenv.LICENSE", "libpipeline.copyright",
                    "openssl.copyright", "polkit.copyright"):
        assert (CORPUS / "licenses" / licence).stat().st_size > 500


@pytest.mark.parametrize("path", CORPUS_FILES, ids=[p.name for p in CORPUS_FILES])
def test_real_files_import_every_heading_and_item_the_parser_finds(path):
    mind_map = md.load(path)
    check_invariants(mind_map)
    expected = parser_count(path.read_text(encoding="utf-8"))
    made_root = mind_map.text(mind_map.root) == path.stem
    assert len(mind_map) - made_root == expected


def test_setext_headings_of_procps_bugs_are_the_sections():
    mind_map = md.load(CORPUS / "procps-bugs.md")
    rows = outline(mind_map, ("text",))
    assert rows[0] == (0, 0, "BUG REPORTS")
    assert (0, 1, "Where to send") in rows
    assert mind_map.get(mind_map.root, "note").startswith("The following is information")


def test_pyenv_contributing_keeps_all_its_section_headings():
    path = CORPUS / "pyenv-CONTRIBUTING.md"
    tokens = MarkdownIt("commonmark").parse(path.read_text(encoding="utf-8"))
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    setext = [tokens[i + 1].content for i, t in enumerate(tokens)
              if t.type == "heading_open" and t.markup in ("=", "-")]
    assert len(headings) == 7 and len(setext) >= 5   # what the old reader lost
    mind_map = md.load(path)
    texts = {mind_map.text(n) for n in mind_map.nodes()}
    assert set(headings) <= texts


def test_atx_and_setext_headings_nest_by_level():
    mind_map = md.loads("Title\n=====\n\nSection\n-------\n\n### Sub ###\n\nOther\n---\n")
    assert outline(mind_map, ("text",)) == [
        (0, 0, "Title"), (0, 1, "Section"), (0, 2, "Sub"), (0, 1, "Other")]


def test_ordered_lists_with_dot_and_parenthesis_and_nested_lists():
    mind_map = md.loads("# R\n1. one\n2. two\n   1) two a\n   2) two b\n      - deep\n3. three\n")
    assert outline(mind_map, ("text",)) == [
        (0, 0, "R"), (0, 1, "one"), (0, 1, "two"), (0, 2, "two a"), (0, 2, "two b"),
        (0, 3, "deep"), (0, 1, "three")]


def test_lists_inside_block_quotes_are_ideas_and_the_quote_text_a_note():
    mind_map = md.loads("# R\n> Said in the room:\n>\n> - first\n>   - nested\n> - second\n")
    assert outline(mind_map, ("text", "note")) == [
        (0, 0, "R", "> Said in the room:"), (0, 1, "first", ""), (0, 2, "nested", ""),
        (0, 1, "second", "")]


def test_loose_and_tight_lists_read_the_same_and_later_paragraphs_are_notes():
    tight = md.loads("# R\n- a\n- b\n  - c\n")
    loose = md.loads("# R\n\n- a\n\n- b\n\n  - c\n")
    assert outline(tight) == outline(loose)
    several = md.loads("# R\n- item that\n  wraps\n\n  a second paragraph\n\n  a third\n- next\n")
    assert outline(several) == [(0, 0, "R", ""), (0, 1, "item that wraps",
                                                   "a second paragraph\n\na third"),
                                (0, 1, "next", "")]


def test_code_blocks_tables_and_html_go_into_notes_never_into_the_tree():
    text = ("# R\n\n```python\n# not a heading\n- not an item\n```\n\n"
            "    # indented code\n\n| a | b |\n|---|---|\n| - x | 1. y |\n\n"
            "<details>\n<summary>More</summary>\n\n- inside html? no, markdown again\n"
            "</details>\n\n<!-- a comment, dropped -->\n")
    mind_map = md.loads(text)
    assert len(mind_map) == 2      # R and the item CommonMark finds after the HTML block
    note = mind_map.get(mind_map.root, "note")
    assert "```python\n# not a heading\n- not an item\n```" in note
    assert "    # indented code" in note
    assert "| a | b |\n|---|---|\n| - x | 1. y |" in note
    assert "<details>\n<summary>More</summary>" in note
    assert "comment" not in note


def test_hard_breaks_entities_and_escapes_in_node_texts():
    mind_map = md.loads("# R\n- one\\\n  two\n- three  \n  four\n- a &amp; b \\*c\\* <br> d\n")
    texts = [t for _, _, t in outline(mind_map, ("text",))]
    assert texts == ["R", "one\ntwo", "three\nfour", "a & b *c* \n d"]


def test_markmap_front_matter_and_fold_comments_round_trip():
    text = ("---\ntitle: Workshop\nmarkmap:\n  colorFreezeLevel: 2\n---\n\n# Root\n"
            "## Branch <!-- markmap: fold -->\n- idea <!-- markmap: fold -->\n  - child\n")
    mind_map = md.loads(text)
    assert mind_map.title == "Workshop"
    assert outline(mind_map, ("text", "folded")) == [
        (0, 0, "Root", False), (0, 1, "Branch", True), (0, 2, "idea", True),
        (0, 3, "child", False)]
    again = md.loads(md.dumps(mind_map))
    assert outline(again, ("text", "folded")) == outline(mind_map, ("text", "folded"))
    assert again.title == "Workshop"


def test_opening_a_markdown_file_without_a_title_takes_the_file_name(tmp_path):
    path = tmp_path / "flipchart notes.md"
    path.write_text("# Threats\n- cuts\n", encoding="utf-8")
    mind_map = formats.read_map(path)
    assert mind_map.title == "flipchart notes"
    assert mind_map.text(mind_map.root) == "Threats"
    titled = tmp_path / "t.md"
    titled.write_text("---\ntitle: Day one\n---\n# Threats\n", encoding="utf-8")
    assert formats.read_map(titled).title == "Day one"


def test_the_corpus_script_reports_agreement_and_the_worst_cases(tmp_path):
    import subprocess
    import sys

    odd = tmp_path / "odd.md"
    odd.write_text("Title\n=====\n\n- a\n- b\n", encoding="utf-8")
    script = Path(__file__).parents[2] / "tools" / "md_corpus.py"
    result = subprocess.run([sys.executable, str(script), str(CORPUS), str(odd)],
                            capture_output=True, text=True, timeout=120, check=True)
    assert f"{len(CORPUS_FILES) + 1} files: {len(CORPUS_FILES) + 1} agree, 0 disagree, " \
           "0 crashes" in result.stdout
