"""The meeting report: one self-contained document after a workshop.

Sections: the map picture, the ideas ranked by votes, the ideas by tag, the parking lot, the
actions with owners and due dates, the notes, and the voting rounds held. Three forms:

* HTML: one file, the map as inline SVG, styles inline, no script and no reference to
  anything outside the file (it works offline in any browser), every text escaped, print CSS
  for A4;
* Markdown: the same sections, the picture as an SVG ``data:`` image, texts escaped;
* PDF: A4 pages drawn by Qt (the HTML's content, the picture as an image).

:func:`report_content` gathers the content without Qt; the picture needs Qt (the export's
drawing code), which :func:`write_report` starts when needed (offscreen without a display).
"""

from __future__ import annotations

import base64
import html
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..i18n.messages import language
from ..i18n.messages import message as _t
from ..io.atomic import atomic_write_bytes
from ..model import MindMap
from ..model.facilitation_ops import actions, parking_lot

FORMATS = {".html": "html", ".htm": "html", ".md": "md", ".pdf": "pdf"}


class ReportError(ValueError):
    """A report that cannot be written (an unknown format); one line."""


@dataclass
class Idea:
    node: str
    text: str
    votes: int
    branch: str           # the main branch (or floating branch) it is in; "" for the centre
    tags: tuple[str, ...]
    note: str = ""
    owner: str = ""
    due: str = ""
    came_from: str = ""   # parked ideas: the text of the idea it was under


@dataclass
class ReportContent:
    title: str
    ranked: list[Idea] = field(default_factory=list)
    by_tag: dict[str, list[Idea]] = field(default_factory=dict)
    parked: list[Idea] = field(default_factory=list)
    actions: list[Idea] = field(default_factory=list)
    notes: list[Idea] = field(default_factory=list)
    rounds: list[dict] = field(default_factory=list)
    idea_count: int = 0


def report_content(mind_map: MindMap) -> ReportContent:
    """What the report says, in map order (no Qt)."""
    m = mind_map
    lot = parking_lot(m)
    ideas: dict[str, Idea] = {}
    for root in m.roots():
        for node in m.subtree(root):
            path = m.path_to_root(node)          # node ... its root
            if path[-1] != m.root:
                branch = m.text(path[-1])           # a floating branch (the parking lot...)
            else:
                branch = m.text(path[-2]) if len(path) >= 2 else ""
            action = m.get(node, "action") or {}
            origin = m.get(node, "parked_from") or {}
            parent = origin.get("parent")
            ideas[node] = Idea(node, m.text(node), m.get(node, "votes"), branch,
                               m.get(node, "tags"), m.get(node, "note"),
                               action.get("owner", ""), action.get("due", ""),
                               m.text(parent) if parent in m else "")
    order = list(ideas)
    content = ReportContent(m.title or m.text(m.root), idea_count=len(order))
    content.ranked = sorted((ideas[n] for n in order if ideas[n].votes),
                            key=lambda i: -i.votes)
    for node in order:
        for tag in ideas[node].tags:
            content.by_tag.setdefault(tag, []).append(ideas[node])
    if lot is not None:
        content.parked = [ideas[n] for n in m.subtree(lot)[1:]]
    content.actions = sorted((ideas[n] for n in actions(m)),
                             key=lambda i: (i.due == "", i.due))
    content.notes = [ideas[n] for n in order if ideas[n].note]
    content.rounds = [dict(r) for r in m.voting_rounds]
    return content


# ==================================================================================== HTML
CSS = """
body { font-family: 'DejaVu Sans', Arial, sans-serif; color: #1b1f27; margin: 2em auto;
       max-width: 60em; padding: 0 1em; line-height: 1.4; }
h1 { font-size: 1.8em; margin-bottom: 0.2em; }
h2 { font-size: 1.3em; border-bottom: 2px solid #0077cc; padding-bottom: 0.15em;
     margin-top: 1.6em; page-break-after: avoid; break-after: avoid; }
h3 { font-size: 1.05em; margin: 1em 0 0.3em; page-break-after: avoid; break-after: avoid; }
.summary { color: #555; }
figure { margin: 1em 0; text-align: center; }
figure svg { max-width: 100%; height: auto; border: 1px solid #ddd; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0; }
th, td { border: 1px solid #ccc; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
th { background: #eef3f8; }
td.num { text-align: right; width: 4em; }
td.date { white-space: nowrap; }
tr { page-break-inside: avoid; break-inside: avoid; }
.tag { display: inline-block; background: #eef3f8; border-radius: 0.6em; padding: 0 0.5em;
       margin-right: 0.3em; font-size: 0.85em; }
.note { white-space: pre-wrap; margin: 0 0 0.8em 1em; }
.none { color: #777; font-style: italic; }
@page { size: A4; margin: 15mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  figure svg { border: none; max-height: 205mm; width: auto; }
  figure { margin: 0.5em 0; }
  a { color: inherit; text-decoration: none; }
}
"""


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def summary(content: ReportContent) -> str:
    c = content
    return _t("Meeting report: {ideas}, {ranked} with votes, {actions}, {parked} parked.").format(
        ideas=_t(_count(c.idea_count, "idea")), ranked=len(c.ranked),
        actions=_t(_count(len(c.actions), "action")), parked=len(c.parked))


def _heads(*names: str) -> list[str]:
    """Column headings, in the report's language."""
    return [_t(name) for name in names]


def _votes(n: int) -> str:
    return _t("1 vote") if n == 1 else _t("{n} votes").format(n=n)


def _came_from(text: str) -> str:
    return _t("(from: {branch})").format(branch=text)


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _inline_svg(svg: bytes) -> str:
    """The SVG as an element for inlining: no XML declaration."""
    text = svg.decode("utf-8")
    text = re.sub(r"^<\?xml[^>]*\?>\s*", "", text)
    return re.sub(r"<!DOCTYPE[^>]*>\s*", "", text)


def _tags(idea: Idea) -> str:
    return "".join(f'<span class="tag">{_e(t)}</span>' for t in idea.tags)


def _table(head: list[str], rows: list[list[str]], numeric: set[int] = frozenset(),
           dates: set[int] = frozenset()) -> str:
    out = ["<table><thead><tr>", *(f"<th>{h}</th>" for h in head), "</tr></thead><tbody>"]
    for row in rows:
        out.append("<tr>" + "".join(
            f'<td class="{"num" if i in numeric else "date"}">{c}</td>'
            if i in numeric or i in dates else f"<td>{c}</td>"
            for i, c in enumerate(row)) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def _none(text: str) -> str:
    return f'<p class="none">{text}</p>'


def html_body(content: ReportContent, picture: str) -> str:
    """The report's sections as HTML (``picture``: an ``<svg>`` or ``<img>`` element)."""
    c = content
    parts = [f"<h1>{_e(c.title)}</h1>", f'<p class="summary">{summary(c)}</p>',
             f"<h2>{_t('The map')}</h2>", f"<figure>{picture}</figure>",
             f"<h2>{_t('Ideas ranked by votes')}</h2>"]
    if c.ranked:
        parts.append(_table(_heads("#", "Votes", "Idea", "Branch"),
                            [[str(i + 1), str(idea.votes), _e(idea.text), _e(idea.branch)]
                             for i, idea in enumerate(c.ranked)], {0, 1}))
    else:
        parts.append(_none(_t("No votes yet.")))
    parts.append(f"<h2>{_t('Actions')}</h2>")
    if c.actions:
        parts.append(_table(_heads("Action", "Owner", "Due", "Branch"),
                            [[_e(a.text), _e(a.owner) or "—", _e(a.due) or "—", _e(a.branch)]
                             for a in c.actions], dates={2}))
    else:
        parts.append(_none(_t("No idea is marked as an action.")))
    parts.append(f"<h2>{_t('Parking lot')}</h2>")
    if c.parked:
        parts.append("<ul>" + "".join(
            f"<li>{_e(p.text)}" + (f" <em>{_came_from(_e(p.came_from))}</em>" if p.came_from
                                   else "") + "</li>" for p in c.parked) + "</ul>")
    else:
        parts.append(_none(_t("Nothing was parked.")))
    parts.append(f"<h2>{_t('Ideas by tag')}</h2>")
    if c.by_tag:
        for tag, ideas in c.by_tag.items():
            parts.append(f"<h3>{_e(tag)} ({len(ideas)})</h3><ul>" + "".join(
                f"<li>{_e(i.text)}" + (f" — {_votes(i.votes)}" if i.votes else "") + "</li>"
                for i in ideas) + "</ul>")
    else:
        parts.append(_none(_t("No idea has a tag.")))
    parts.append(f"<h2>{_t('Notes')}</h2>")
    if c.notes:
        for idea in c.notes:
            parts.append(f"<h3>{_e(idea.text)} {_tags(idea)}</h3>"
                         f'<div class="note">{_e(idea.note)}</div>')
    else:
        parts.append(_none(_t("No notes.")))
    if c.rounds:
        parts.append(f"<h2>{_t('Voting rounds')}</h2>")
        parts.append(_table(_heads("Date", "Dots each", "People", "Dots placed"),
                            [[_e(str(r["date"])), str(r["dots"]), str(r.get("people", "—")),
                              str(r["placed"])] for r in c.rounds], {1, 2, 3}))
    return "\n".join(parts)


def report_html(mind_map: MindMap, svg: bytes) -> str:
    content = report_content(mind_map)
    title = _t("{title} - meeting report").format(title=_e(content.title))
    return (f"<!DOCTYPE html>\n<html lang=\"{language()}\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{title}</title>\n"
            f"<style>{CSS}</style>\n</head>\n<body>\n"
            f"{html_body(content, _inline_svg(svg))}\n</body>\n</html>\n")


# ================================================================================ Markdown
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~])")


def md_escape(text: str) -> str:
    """Text that Markdown shows as it is: punctuation escaped, HTML made harmless."""
    text = " ".join(text.split())
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _md_row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def report_markdown(mind_map: MindMap, svg: bytes) -> str:
    c = report_content(mind_map)
    picture = base64.b64encode(svg).decode("ascii")
    the_map = _t("The map")
    out = [f"# {md_escape(c.title)}", "", summary(c), "",
           f"## {the_map}", "", f"![{the_map}](data:image/svg+xml;base64,{picture})", "",
           f"## {_t('Ideas ranked by votes')}", ""]
    if c.ranked:
        out += [_md_row(_heads("#", "Votes", "Idea", "Branch")), "| ---: | ---: | --- | --- |"]
        out += [f"| {i + 1} | {idea.votes} | {md_escape(idea.text)} | {md_escape(idea.branch)} |"
                for i, idea in enumerate(c.ranked)]
    else:
        out.append(f"_{_t('No votes yet.')}_")
    out += ["", f"## {_t('Actions')}", ""]
    if c.actions:
        out += [_md_row(_heads("Action", "Owner", "Due", "Branch")), "| --- | --- | --- | --- |"]
        out += [f"| {md_escape(a.text)} | {md_escape(a.owner) or '—'} | {a.due or '—'} | "
                f"{md_escape(a.branch)} |" for a in c.actions]
    else:
        out.append(f"_{_t('No idea is marked as an action.')}_")
    out += ["", f"## {_t('Parking lot')}", ""]
    out += [f"- {md_escape(p.text)}" + (f" _{_came_from(md_escape(p.came_from))}_"
                                        if p.came_from else "") for p in c.parked] or \
        [f"_{_t('Nothing was parked.')}_"]
    out += ["", f"## {_t('Ideas by tag')}", ""]
    for tag, ideas in c.by_tag.items():
        out += [f"### {md_escape(tag)} ({len(ideas)})", ""]
        out += [f"- {md_escape(i.text)}" + (f" — {_t('{n} votes').format(n=i.votes)}"
                                            if i.votes else "") for i in ideas]
        out.append("")
    if not c.by_tag:
        out += [f"_{_t('No idea has a tag.')}_", ""]
    out += [f"## {_t('Notes')}", ""]
    for idea in c.notes:
        out += [f"### {md_escape(idea.text)}", ""]
        out += [md_escape(line) if line.strip() else "" for line in idea.note.splitlines()]
        out.append("")
    if not c.notes:
        out += [f"_{_t('No notes.')}_", ""]
    if c.rounds:
        out += [f"## {_t('Voting rounds')}", "",
                _md_row(_heads("Date", "Dots each", "People", "Dots placed")),
                "| --- | ---: | ---: | ---: |"]
        out += [f"| {md_escape(str(r['date']))} | {r['dots']} | {r.get('people', '—')} | "
                f"{r['placed']} |" for r in c.rounds]
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


# ===================================================================================== PDF
def report_pdf(mind_map: MindMap) -> bytes:
    """A4 pages: the HTML's content laid out by Qt, the map as a picture."""
    from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QSizeF, QUrl
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    from .export import render_image
    from .options import ExportOptions

    content = report_content(mind_map)
    image = render_image(mind_map, ExportOptions(theme="light", scale=2.0))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(_t("{title} - meeting report").format(title=content.title))
    writer.setCreator("mindmap-app")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    writer.setResolution(96)
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    width = page.width()
    shown = min(width, image.width() / 2.0)
    height = image.height() / 2.0 * shown / (image.width() / 2.0)
    limit = page.height() * 0.8
    if height > limit:
        shown, height = shown * limit / height, limit
    document = QTextDocument()
    document.setDefaultStyleSheet("h2 { color: #0077cc; } th { background: #eef3f8; } "
                                  ".none { color: #777777; }")
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("map.png"), image)
    picture = f'<img src="map.png" width="{int(shown)}" height="{int(height)}">'
    body = html_body(content, picture)
    # Qt's rich text knows no <figure>: the picture goes in a centred paragraph
    body = body.replace("<figure>", '<p align="center">').replace("</figure>", "</p>")
    body = body.replace("<table>", '<table border="1" cellspacing="0" cellpadding="4" '
                                   'width="100%">')
    document.setHtml(f"<html><body>{body}</body></html>")
    document.setPageSize(QSizeF(page.width(), page.height()))
    document.print_(writer)
    del writer
    data = bytes(buffer.data())
    buffer.close()
    return data


# ==================================================================================== entry
def report_format(path: str | Path) -> str:
    fmt = FORMATS.get(Path(path).suffix.lower())
    if fmt is None:
        suffix = Path(path).suffix or "a name without an extension"
        raise ReportError(f"a report is .html, .md or .pdf, not {suffix}")
    return fmt


def render_report(mind_map: MindMap, fmt: str) -> bytes:
    """The report as bytes in ``fmt`` (html, md, pdf). Starts Qt (offscreen) if needed."""
    from .headless import ensure_app

    ensure_app()
    from .export import render_svg
    from .options import ExportOptions

    if fmt == "pdf":
        return report_pdf(mind_map)
    svg = render_svg(mind_map, ExportOptions(theme="light"))
    if fmt == "html":
        return report_html(mind_map, svg).encode("utf-8")
    if fmt == "md":
        return report_markdown(mind_map, svg).encode("utf-8")
    raise ReportError(f"unknown report format {fmt!r} (html, md or pdf)")


def write_report(mind_map: MindMap, path: str | Path) -> Path:
    """Write the report; the format follows the extension. Atomic: complete or absent."""
    path = Path(path)
    atomic_write_bytes(path, render_report(mind_map, report_format(path)))
    return path
