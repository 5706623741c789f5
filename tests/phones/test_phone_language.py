"""The participants' page in the phone's own language (issue 17: German complete): the page,
its live texts and the host's replies follow the browser's Accept-Language; English stays
the fallback. The browser test drives Debian's chromium set to German."""

from __future__ import annotations

import json
import re
from importlib import resources

from mindmap_app.i18n.messages import catalogue
from mindmap_app.phones.page_texts import PAGE_TEXTS, language_for, localized, localized_page

from .browser import phone_page
from .test_phone_page import join, room, until  # noqa: F401 - room is a fixture

PAGE = resources.files("mindmap_app.phones") / "page"


def test_the_language_is_the_browsers_most_wanted_one_the_app_has():
    assert language_for("de-DE,de;q=0.9,en;q=0.8") == "de"
    assert language_for("en-US,en;q=0.9,de;q=0.8") == "en"
    assert language_for("fr-FR,fr;q=0.9,de;q=0.7,en;q=0.5") == "de"     # no French yet
    assert language_for("fr-CH, de;q=0, en;q=0.3") == "en"                # q=0: not wanted
    assert language_for("") == "en" and language_for(None) == "en"
    assert language_for("de;q=bogus,en") == "en"


def test_every_text_of_the_page_is_listed_and_has_german():
    """A text added to the page without an entry in PAGE_TEXTS (or without German) fails."""
    script = (PAGE / "phone.js").read_text(encoding="utf-8")
    html = (PAGE / "index.html").read_text(encoding="utf-8")
    used = set(re.findall(r'\bt\("([^"]+)"', script))
    used |= {text.strip() for text in re.findall(r">([^<>]*[A-Za-z][^<>]*)<", html)
             if not re.fullmatch(r"\s*&#?\w+;\s*", text)}      # not a sign such as &minus;
    used |= set(re.findall(r'(?:placeholder|aria-label|alt)="([^"]+)"', html))
    assert used - set(PAGE_TEXTS) == set()
    german = catalogue("de")
    missing = [text for text in PAGE_TEXTS if not german.get(text)]
    assert missing == []
    for text in PAGE_TEXTS:      # the page fills {name} in: the German keeps the same ones
        assert set(re.findall(r"\{\w+\}", german[text])) == set(re.findall(r"\{\w+\}", text))


def test_the_page_and_the_replies_in_german():
    html = (PAGE / "index.html").read_bytes()
    german = localized_page(html, "de").decode("utf-8")
    assert '<html lang="de">' in german
    block = re.search(r'<script id="texts" type="application/json">(.*?)</script>', german, re.S)
    texts = json.loads(block.group(1))
    assert texts["Join the workshop"] == "Am Workshop teilnehmen"
    assert "<" not in block.group(1)            # no text can close the data block early
    assert localized_page(html, "en") == html
    reply = localized({"t": "ack", "n": 3, "ok": False,
                       "text": "Not sent: the facilitator has paused input"}, "de")
    assert reply == {"t": "ack", "n": 3, "ok": False,
                     "text": "Nicht gesendet: die Moderation hat die Eingabe pausiert"}
    placed = localized({"t": "error", "text": "You have placed all 5 dots: take one back first"},
                       "de")["text"]
    assert placed == "Sie haben alle 5 Punkte gesetzt: nehmen Sie zuerst einen zurück"
    assert localized({"t": "bye", "reason": "removed by the facilitator"}, "en")["reason"] == \
        "removed by the facilitator"


def test_a_german_phone_reads_german_an_english_one_english(room, browser, qtbot):  # noqa: ANN001, F811
    window, editor, _session, phones = room
    phones.open_branch("opportunities")
    phones.set_to_map(True)
    page = phone_page(browser, phones.url, locale="de-DE")
    until(qtbot, page, "!!(window.mindmapPhone && window.mindmapPhone.room)")
    assert page.inner_text("#join-screen h2") == "Am Workshop teilnehmen"
    assert page.inner_text("#join") == "Beitreten"
    assert page.inner_text("label[for=name]") == "Ihr Name"
    assert page.get_attribute("#idea", "placeholder") == "Ihre Idee"
    page.click("#join")                                    # no name: refused, in German
    assert page.inner_text("#join-error") == "Bitte geben Sie einen Namen an"
    join(qtbot, page, "Anna")
    assert page.inner_text("#status") == "verbunden"
    assert [page.inner_text(f"nav button[data-tab={tab}]") for tab in ("ideas", "vote", "map")
            ] == ["Ideen", "Abstimmen", "Karte"]
    until(qtbot, page, "document.getElementById('where').textContent.startsWith("
                       "'Ihre Ideen kommen auf die Karte unter')")
    assert page.inner_text("#where strong") == editor.mind_map.text("opportunities")
    page.fill("#idea", "Reparaturcafé im Gemeindehaus")
    page.click("#send")
    until(qtbot, page, "document.querySelector('#sent li .state').textContent === 'Auf der Karte'")
    phones.set_locked(True)                      # the host's reply to this phone, in German
    until(qtbot, page, "document.getElementById('where').textContent === "
                       "'Die Moderation hat die Eingabe pausiert.'")
    page.evaluate("window.heard = []; window.mindmapPhone.ws.addEventListener('message',"
                  " (e) => window.heard.push(JSON.parse(e.data)));"
                  "window.mindmapPhone.ws.send(JSON.stringify({t: 'idea', text: 'x', n: 99}))")
    ack = until(qtbot, page, "window.heard.find((m) => m.t === 'ack' && m.n === 99)")
    assert ack["ok"] is False
    assert ack["text"] == "Nicht gesendet: die Moderation hat die Eingabe pausiert"
    page.click("nav button[data-tab=vote]")
    assert page.inner_text("#vote-head") == "Gerade läuft keine Abstimmungsrunde."
    # an English phone in the same room reads English
    other = phone_page(browser, phones.url, locale="en-GB")
    until(qtbot, other, "!!(window.mindmapPhone && window.mindmapPhone.room)")
    assert other.inner_text("#join-screen h2") == "Join the workshop"
    join(qtbot, other, "Ben")
    assert other.inner_text("#where") == "The facilitator has paused input."
    assert page.errors == [] and other.errors == []
    assert page.dialogs == [] and other.dialogs == []
    del window
