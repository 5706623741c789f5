"""The participants' page in the phone's own language (no Qt).

The page is written in English (``page/index.html``, ``page/phone.js``); its texts, and the
replies the host sends to a phone, are listed in :data:`PAGE_TEXTS` so that
``make translations`` puts them into the app's catalogues (``i18n/mindmap_LANG.ts``) next to
the window's. When a phone asks for the page, :func:`language_for` picks the best catalogue
for its browser's ``Accept-Language``; :func:`localized_page` then puts that language's
texts into the page as a JSON data block (``<script type="application/json">``: data, not
code, so the strict Content-Security-Policy still runs no inline script), which ``phone.js``
uses for every text it shows. Replies to that phone go through :func:`localized`. A text
without a translation stays English.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from ..i18n import SOURCE_LANGUAGE, available_languages
from ..i18n.messages import catalogue, message

__all__ = ["PAGE_TEXTS", "language_for", "localized", "localized_page"]

#: every text the page shows (keys of phone.js's ``t()``) and every reply the host sends
PAGE_TEXTS = (
    # index.html
    "Workshop", "connecting", "Light or dark", "Join the workshop", "Your name",
    "Stay anonymous", "Join", "Your idea", "Send", "Sent", "The map", "Zoom out", "Fit",
    "Zoom in", "Ideas", "Vote", "Map",
    # phone.js
    "connected", "offline", "You have left the room: {reason}",
    "The facilitator has paused input.", "Your ideas go on the map under {branch}",
    "Your ideas go to the facilitator's inbox.", "Please give a name",
    "Offline: your idea was not sent", "sending...", "sent", "not sent",
    "No voting round right now.", "Place your dots. The results are shown at the end.",
    "Place your dots on the ideas you favour.", "1 dot left", "{n} dots left", "1 vote",
    "{n} votes", "Take a dot back", "Place a dot",
    # the host's replies (phones/gateway.py, app/phone_room.py, app/phone_voting.py)
    "Pick a name first", "Slow down a little", "Slow down a little: too many ideas at once",
    "The room is full", "removed by the facilitator", "the facilitator ended the room",
    "Not sent: {reason}", "the facilitator has paused input", "On the map",
    "In the facilitator's inbox", "There is no voting round right now",
    "That idea is not on the map any more", "You have no dot on this idea",
    "You have placed all {n} dots: take one back first",
    "This round is for {n} people, and they have all voted",
    # why a message was not taken (phones/messages.py)
    "the idea is empty", "the idea is longer than {limit} characters",
    "name is longer than {limit} characters", "the idea is not text", "name is not text",
    "not JSON", "unknown message type",
)

#: the placeholder in index.html that the page's texts replace
_SLOT = b'<script id="texts" type="application/json">{}</script>'


@cache
def _available() -> frozenset[str]:
    """The languages the app ships (looked up once, not on every phone's request)."""
    return frozenset(available_languages())


def language_for(accept_language: str | None) -> str:
    """The language to serve a browser that sent ``accept_language`` ("de-DE,de;q=0.9,en;
    q=0.8"): its most wanted one the app has a catalogue for, else English."""
    wanted: list[tuple[float, int, str]] = []
    for index, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        code = tag.strip().split("-")[0].lower()
        if code and quality > 0:
            wanted.append((-quality, index, code))
    available = _available()
    for _quality, _index, code in sorted(wanted):
        if code in available:
            return code
    return SOURCE_LANGUAGE


def texts(language: str) -> dict[str, str]:
    """English -> the language, for the page's texts that have a translation."""
    if language == SOURCE_LANGUAGE:
        return {}
    table = catalogue(language)
    return {text: table[text] for text in PAGE_TEXTS if text in table}


def localized_page(html: bytes, language: str) -> bytes:
    """``index.html`` in ``language``: its ``lang`` and the JSON block of texts."""
    if language == SOURCE_LANGUAGE:
        return html
    block = json.dumps(texts(language), ensure_ascii=False).replace("<", "\\u003c")
    html = html.replace(b'<html lang="en">', f'<html lang="{language}">'.encode(), 1)
    return html.replace(_SLOT, _SLOT.replace(b"{}", block.encode("utf-8")), 1)


def localized(data: dict[str, Any], language: str) -> dict[str, Any]:
    """A reply for a phone in ``language``: its ``text`` and ``reason`` translated."""
    if language == SOURCE_LANGUAGE:
        return data
    return {key: message(value, language) if key in ("text", "reason") and
            isinstance(value, str) else value for key, value in data.items()}
