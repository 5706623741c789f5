"""The meeting report: content, self-contained and escaped HTML, print CSS, Markdown, PDF,
the command line; and the HTML as Chromium reads it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser

import pytest

from mindmap_app.cli import main
from mindmap_app.io.yaml_format import load_map, save_map
from mindmap_app.model import facilitation_ops as fops
from mindmap_app.model import operations as ops
from mindmap_app.render.report import render_report, report_content
from tests.conftest import SAMPLE_MAPS

EVIL = "<script>alert(1)</script>"


def workshop_map():  # noqa: ANN201
    """The national map after a session: votes, actions, a parked idea, an evil text."""
    m = load_map(SAMPLE_MAPS / "national.yaml")
    threats, opps = m.children("threats"), m.children("opportunities")
    for node, votes in ((threats[0], 4), (opps[2], 6), (threats[3], 1)):
        m.apply(fops.add_vote(m, node, votes))
    m.apply(fops.set_action(m, opps[2], "Ana", "2026-12-31"))
    m.apply(fops.set_action(m, threats[0], "Ben", "2026-12-10"))
    m.apply(fops.set_action(m, threats[3]))
    m.apply(fops.park(m, [threats[5]]))
    m.apply(ops.add_child(m, "opportunities", EVIL, node_id="evil"))
    m.apply(ops.set_attr("evil", "note", f"note {EVIL} & more"))
    m.apply(ops.set_attr("evil", "tags", [EVIL]))
    m.apply(fops.record_voting_round(m, {"date": "2026-12-03 10:30", "dots": 3,
                                         "people": 4, "placed": 11}))
    return m


def test_the_content_ranks_votes_sorts_actions_by_date_and_lists_the_lot():
    m = workshop_map()
    c = report_content(m)
    opps, threats = m.children("opportunities"), m.children("threats")
    assert [i.node for i in c.ranked] == [opps[2], threats[0], threats[3]]
    assert [(i.owner, i.due) for i in c.actions] == [("Ben", "2026-12-10"),
                                                     ("Ana", "2026-12-31"), ("", "")]
    assert [i.came_from for i in c.parked] == ["Threats"]
    assert c.by_tag[EVIL][0].node == "evil" and c.notes[-1].node == "evil"


class _Refs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.refs: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:  # noqa: ANN001
        self.tags.append(tag)
        for name, value in attrs:
            if name in ("src", "href", "xlink:href", "action", "poster", "data", "srcset"):
                self.refs.append(value or "")
            if name == "style" and value and "url(" in value:
                self.refs.append(value)


def test_the_html_is_self_contained_escaped_and_prints_on_a4():
    text = render_report(workshop_map(), "html").decode("utf-8")
    parser = _Refs()
    parser.feed(text)
    assert "svg" in parser.tags and "table" in parser.tags
    assert not {"script", "link", "iframe", "object", "embed", "img", "base"} & set(parser.tags)
    assert all(r.startswith(("#", "data:")) for r in parser.refs), parser.refs
    assert not re.search(r"url\(\s*['\"]?(?!#|data:)", text), "a CSS url() to elsewhere"
    assert "@import" not in text
    assert "<script" not in text.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "note &lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in text
    assert "@page { size: A4" in text and "@media print" in text
    assert "Ana" in text and "2026-12-31" in text and "Parking lot" in text


def test_markdown_report_is_escaped_with_the_picture_inside():
    text = render_report(workshop_map(), "md").decode("utf-8")
    assert "![The map](data:image/svg+xml;base64," in text
    assert "<script" not in text and "&lt;script&gt;alert\\(1\\)&lt;/script&gt;" in text
    for heading in ("## Ideas ranked by votes", "## Actions", "## Parking lot",
                    "## Ideas by tag", "## Notes", "## Voting rounds"):
        assert heading in text
    assert "| Ben | 2026-12-10 |" in text


def test_pdf_report_is_a4():
    data = render_report(workshop_map(), "pdf")
    assert data.startswith(b"%PDF")
    boxes = re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", data)
    assert boxes and all(abs(float(w) - 595.3) < 1 and abs(float(h) - 841.9) < 1
                         for w, h in boxes)


def test_report_command_line(tmp_path, capsys):
    source = tmp_path / "national.yaml"
    save_map(workshop_map(), source)
    for ext in ("html", "md", "pdf"):
        out = tmp_path / f"report.{ext}"
        assert main(["report", str(source), "-o", str(out)]) == 0
        assert out.stat().st_size > 1000
    assert main(["report", str(source), "-o", str(tmp_path / "r.doc")]) == 2
    assert main(["report", str(tmp_path / "missing.yaml"), "-o",
                 str(tmp_path / "r.html")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and "r.doc" in err[0] and "missing.yaml" in err[1]
    assert not (tmp_path / "r.html").exists()


def test_report_command_runs_without_a_display(tmp_path):
    source = tmp_path / "m.yaml"
    save_map(workshop_map(), source)
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM",
                                                             "WAYLAND_DISPLAY")}
    result = subprocess.run([sys.executable, "-m", "mindmap_app", "report", str(source), "-o",
                             str(tmp_path / "r.html")], capture_output=True, text=True,
                            timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "r.html").read_text(encoding="utf-8").count("<svg") == 1


def _chromium() -> str | None:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail("chromium is missing on CI (.ci/run installs it)")
        print("chromium is not installed: the browser check is skipped")
    return found


def test_chromium_reads_the_report_offline_with_no_script_element(tmp_path):
    browser = _chromium()
    if browser is None:
        pytest.skip("chromium is not installed")
    path = tmp_path / "report.html"
    path.write_bytes(render_report(workshop_map(), "html"))
    result = subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--host-resolver-rules=MAP * ~NOTFOUND", f"--user-data-dir={tmp_path / 'profile'}",
         "--dump-dom", path.as_uri()], capture_output=True, text=True, timeout=120)
    dom = result.stdout
    assert "Ideas ranked by votes" in dom, result.stderr[-500:]
    assert "<svg" in dom and "<script" not in dom.lower()     # the evil text stayed text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dom
