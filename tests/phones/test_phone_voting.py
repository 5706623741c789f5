"""Dot voting from phones in a real browser during the tab's voting round: each participant's
budget, own dots placed and taken back, dots left, tallies hidden until revealed (issue 16)."""

from __future__ import annotations

from mindmap_app.app.facilitate_menu import workshop
from mindmap_app.app.phone_room import MAP_DELAY_MS, without_votes
from mindmap_app.facilitation.voting import Budget
from mindmap_app.render.export import render_svg
from mindmap_app.render.options import ExportOptions

from .browser import phone_page
from .test_phone_page import join, room, until  # noqa: F401 - the room fixture

ROW = "#vote-list li[data-node='{}']"


def votes_of(editor, node: str) -> int:  # noqa: ANN001
    return editor.mind_map.get(node, "votes")


def test_phones_place_and_take_back_their_own_dots(room, browser, qtbot) -> None:  # noqa: ANN001, F811
    window, editor, _session, phones = room
    voting = workshop(editor).voting
    before = votes_of(editor, "threats")
    voting.start(Budget(dots_per_person=2), hidden=True)
    alice = phone_page(browser, phones.url)
    join(qtbot, alice, "Alice")
    alice.click("nav button[data-tab=vote]")
    until(qtbot, alice, "document.querySelectorAll('#vote-list li').length > 5")
    assert "2 dots left" in alice.inner_text("#dots")
    assert alice.evaluate("document.querySelector('#vote-list .tally')") is None   # hidden
    alice.click(ROW.format("threats") + " .plus")
    qtbot.waitUntil(lambda: votes_of(editor, "threats") == before + 1)
    until(qtbot, alice, "document.getElementById('dots').textContent.includes('1 dot left')")
    alice.click(ROW.format("threats") + " .plus")
    qtbot.waitUntil(lambda: votes_of(editor, "threats") == before + 2)
    until(qtbot, alice, "document.getElementById('dots').textContent.includes('0 dots left')")
    assert alice.is_disabled(ROW.format("opportunities") + " .plus")     # budget spent
    # a third dot sent anyway (a tampered page) is refused by the app
    alice.evaluate("window.mindmapPhone.ws.send(JSON.stringify("
                   "{t: 'vote', node: 'opportunities', d: 1}))")
    until(qtbot, alice, "document.getElementById('vote-error').textContent.includes('all 2')")
    assert votes_of(editor, "opportunities") == 0
    alice.click(ROW.format("threats") + " .minus")
    qtbot.waitUntil(lambda: votes_of(editor, "threats") == before + 1)
    until(qtbot, alice, "document.getElementById('dots').textContent.includes('1 dot left')")
    # Bob has his own budget; he cannot take back Alice's dot
    bob = phone_page(browser, phones.url)
    join(qtbot, bob, "Bob")
    bob.click("nav button[data-tab=vote]")
    until(qtbot, bob, "document.getElementById('dots').textContent.includes('2 dots left')")
    assert bob.is_disabled(ROW.format("threats") + " .minus")
    bob.evaluate("window.mindmapPhone.ws.send(JSON.stringify({t: 'vote', node: 'threats', d: -1}))")
    until(qtbot, bob, "document.getElementById('vote-error').textContent.includes('no dot')")
    bob.click(ROW.format("threats") + " .plus")
    qtbot.waitUntil(lambda: votes_of(editor, "threats") == before + 2)
    assert voting.round.placed(editor.mind_map) == 2
    assert not editor.document.undo_stack.canUndo()     # the phones' dots are theirs
    # the map the phones see has no tallies while they are hidden
    alice.click("nav button[data-tab=map]")
    qtbot.wait(MAP_DELAY_MS * 2)
    svg = until(qtbot, alice, "fetch(document.getElementById('map').src).then(r => r.text())")
    assert svg.encode() == render_svg(without_votes(editor.mind_map), ExportOptions(theme="light"))
    assert svg.encode() != render_svg(editor.mind_map, ExportOptions(theme="light"))
    alice.click("nav button[data-tab=vote]")
    # the tallies appear on the phones when the facilitator shows them
    voting.toggle_tallies()
    until(qtbot, alice, "!!document.querySelector(\"" + ROW.format("threats") + " .tally\")")
    assert alice.inner_text(ROW.format("threats") + " .tally") == f"{before + 2} votes"
    voting.end()
    until(qtbot, bob, "document.getElementById('vote-head').textContent.includes('No voting')")
    assert votes_of(editor, "threats") == before + 2
    assert alice.dialogs == bob.dialogs == [] and alice.errors == bob.errors == []
