"""Participants' phones against the real app: the page in Chromium (Playwright), the idea in
the desktop map and on the phone's map, hostile texts inert (issue 16)."""

from __future__ import annotations

import time

import pytest

from mindmap_app.model import check_invariants
from tests.gui_helpers import copy_samples, open_window

from .browser import phone_page

HOSTILE = '<img src=x onerror=alert(1)>'


def until(qtbot, page, script: str, timeout: float = 8.0):  # noqa: ANN001, ANN201
    """Run the Qt loop (the app answers phones in it) until ``script`` is true in the page."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = page.evaluate(script)
        if value:
            return value
        qtbot.wait(25)
    raise AssertionError(f"the page never got to: {script}")


@pytest.fixture
def room(qtbot, tmp_path):  # noqa: ANN001, ANN201
    """The facilitator shares national.yaml on 127.0.0.1; its PhoneRoom and page address."""
    folder = copy_samples(tmp_path)
    window, editor = open_window(qtbot, folder / "national.yaml")
    session = window.sharing.share(editor, "127.0.0.1", 0, "Facilitator")
    phones = window.sharing.phones.room_for(editor)
    qtbot.waitUntil(lambda: bool(session.connected and phones.url), timeout=5000)
    yield window, editor, session, phones
    window.sharing.shutdown()


def join(qtbot, page, name: str) -> None:  # noqa: ANN001
    until(qtbot, page, "!!(window.mindmapPhone && window.mindmapPhone.room)")
    page.fill("#name", name)
    page.click("#join")
    until(qtbot, page, "window.mindmapPhone.joined")


def test_a_phone_sends_an_idea_onto_the_map_and_sees_it_on_its_map(room, browser, qtbot):  # noqa: ANN001
    window, editor, session, phones = room
    assert phones.url == f"{session.code.url}"          # the QR code's address is the page
    assert window.sharing.panel.qr.toolTip() == phones.url
    phones.open_branch("opportunities")
    phones.set_to_map(True)
    page = phone_page(browser, phones.url)
    join(qtbot, page, "Alice")
    qtbot.waitUntil(lambda: [p["name"] for p in phones.people.values()] == ["Alice"])
    until(qtbot, page, "document.getElementById('where').textContent.includes('Opportunities')")
    page.fill("#idea", "Neighbourhood tool library")
    page.click("#send")
    qtbot.waitUntil(lambda: "Neighbourhood tool library" in
                    [editor.mind_map.text(n) for n in editor.mind_map.children("opportunities")],
                    timeout=5000)
    check_invariants(editor.mind_map)
    assert editor.document.modified
    until(qtbot, page, "document.querySelector('#sent li .state').textContent === 'On the map'")
    # the facilitator's Ctrl+Z is for the facilitator's own edits: the idea stays
    assert not editor.document.undo_stack.canUndo()
    # the phone's map view: the same SVG as the export, with the new idea
    page.click("nav button[data-tab=map]")
    until(qtbot, page, "document.getElementById('map').naturalWidth > 0")
    svg = page.evaluate("fetch(document.getElementById('map').src).then(r => r.text())")
    assert "Neighbourhood tool library" in svg and svg.lstrip().startswith("<?xml")
    assert page.dialogs == [] and page.errors == []


def test_hostile_texts_stay_text_on_the_page_in_the_app_and_in_the_export(  # noqa: ANN001
        room, browser, qtbot):
    window, editor, session, phones = room
    phones.set_anonymous(True)
    page = phone_page(browser, phones.url)
    until(qtbot, page, "!document.getElementById('anon-row').hidden")
    page.check("#anon")
    page.click("#join")
    until(qtbot, page, "window.mindmapPhone.joined")
    for text in (HOSTILE, "<script>alert(2)</script>", '"><svg onload=alert(3)>'):
        page.fill("#idea", text)
        page.click("#send")
    qtbot.waitUntil(lambda: len(phones.inbox) == 3, timeout=5000)
    panel = window.sharing.phones.panel
    window.sharing.phones.show_inbox()
    assert panel.texts() == [HOSTILE, "<script>alert(2)</script>", '"><svg onload=alert(3)>']
    assert {i.shown_author for i in phones.inbox.items} == {"Anonymous"}
    # shown as text on the page: the list holds the characters, no element was made of them
    until(qtbot, page, "document.querySelectorAll('#sent li').length === 3")
    assert page.evaluate("document.querySelector('#sent img, #sent script, #sent svg')") is None
    assert page.inner_text("#sent li:last-child").startswith(HOSTILE)
    # placed on the map, drawn in the SVG the phones see as escaped text
    phones.accept(phones.inbox.items[0].id, "threats")
    page.click("nav button[data-tab=map]")
    svg = until(qtbot, page, "fetch(document.getElementById('map').src).then(r => r.text())"
                ".then(t => t.includes('onerror') && t)")     # the live view got the new map
    # (wrapped into two <text> lines)
    assert ">&lt;img src=x<" in svg and ">onerror=alert(1)&gt;<" in svg and "<img" not in svg
    qtbot.wait(300)
    assert page.dialogs == [] and page.errors == []


def test_the_page_needs_the_rooms_token(room, browser, qtbot):  # noqa: ANN001
    _window, _editor, session, phones = room
    page = phone_page(browser)
    wrong = phones.url.replace(session.code.token, "A" * len(session.code.token))
    response = page.goto(wrong)
    assert response.status == 404
    response = page.goto(phones.url)
    assert response.status == 200
    headers = response.headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert headers["referrer-policy"] == "no-referrer"
    # no external resources: every request the page made went to the room's own address
    urls = []
    page.on("request", lambda r: urls.append(r.url))
    page.reload()
    join(qtbot, page, "Bob")
    origin = phones.url.split("/", 3)[:3]
    assert urls and all(u.split("/", 3)[:3] == origin for u in urls)


def test_input_paused_and_a_removed_participant(room, browser, qtbot):  # noqa: ANN001
    _window, _editor, _session, phones = room
    page = phone_page(browser, phones.url)
    join(qtbot, page, "Carol")
    phones.set_locked(True)
    until(qtbot, page, "document.getElementById('send').disabled")
    page.evaluate("window.mindmapPhone.ws.send(JSON.stringify({t: 'idea', text: 'sneaky', n: 9}))")
    qtbot.wait(300)
    assert len(phones.inbox) == 0
    phones.set_locked(False)
    until(qtbot, page, "!document.getElementById('send').disabled")
    session_id = next(iter(phones.people))
    phones.remove(session_id)
    until(qtbot, page, "!document.getElementById('bye').hidden")
    assert "removed" in page.inner_text("#bye")
    page.reload()                      # the same phone, its session remembered: still out
    until(qtbot, page, "!document.getElementById('bye').hidden")
    assert phones.people == {}


def test_the_map_view_zooms_pans_and_follows_light_or_dark(room, browser, qtbot):  # noqa: ANN001
    _window, _editor, _session, phones = room
    page = phone_page(browser, phones.url, dark=True)
    join(qtbot, page, "Dana")
    assert page.evaluate("document.documentElement.dataset.theme") == "dark"   # the phone's
    page.click("nav button[data-tab=map]")
    until(qtbot, page, "document.getElementById('map').naturalWidth > 0")
    assert "theme=dark" in page.get_attribute("#map", "src")
    scale = "new DOMMatrix(getComputedStyle(document.getElementById('map')).transform)"
    fitted = page.evaluate(f"{scale}.a")
    box = page.locator("#mapview").bounding_box()
    assert 0 < fitted < 1                     # the whole map fits the phone's width at first
    page.click("#zoom-in")
    page.click("#zoom-in")
    assert page.evaluate(f"{scale}.a") == pytest.approx(fitted * 1.25 * 1.25)
    before = page.evaluate(f"[{scale}.e, {scale}.f]")
    cx, cy = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(cx, cy)
    page.mouse.down()
    page.mouse.move(cx - 60, cy + 40, steps=5)
    page.mouse.up()
    after = page.evaluate(f"[{scale}.e, {scale}.f]")
    assert after == pytest.approx([before[0] - 60, before[1] + 40], abs=0.01)
    page.click("#zoom-fit")
    assert page.evaluate(f"{scale}.a") == pytest.approx(fitted)
    page.click("#theme")                      # light, by hand (remembered by the phone)
    assert page.evaluate("document.documentElement.dataset.theme") == "light"
    until(qtbot, page, "document.getElementById('map').src.includes('theme=light')")
    until(qtbot, page, "document.getElementById('map').complete")
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(247, 247, 244)"
