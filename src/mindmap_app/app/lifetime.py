"""Whatever opens also closes: the links a tab, panel, dialog or window makes to things that
outlive it, undone in one place when it goes.

Why it is needed. A Qt connection lives in the *sender*: a panel that connects a slot to the
document's undo stack, or subscribes a listener to the map, is referenced from there for as
long as the document lives, and a lambda or bound method that reaches the panel keeps its
whole widget tree (and through it the scene, thousands of items, the map) alive after the tab
closed. Python's garbage collector cannot see such a cycle, because part of it is in C++.

How to use it (an idea panel, the outline, a filter bar, the inbox, ...)::

    from .lifetime import lifetime_of

    class OutlinePanel(QWidget):
        def __init__(self, document, parent):
            super().__init__(parent)                      # parented: deleted with the tab
            life = lifetime_of(self)
            life.connect(document.undo_stack.indexChanged, self.refresh)
            life.subscribe(document.mind_map, self.on_model_change)
            life.on_close(self.timer.stop)

Every connection, model subscription and callback registered there is undone when
``life.close()`` is called, or at the latest when the widget is destroyed (its parent, the tab,
is deleted, or ``dispose(widget)``); closing a tab (``MapEditor.close_editor``) closes the
lifetimes of everything under it. A panel that outlives the tab (a dock that follows the
current map) registers its links to that map in the *tab's* lifetime instead:
``lifetime_of(editor).connect(editor.document.undo_stack.indexChanged, self.refresh)``.

``dispose(obj)`` closes the lifetime of ``obj`` and of all its children, hides a widget and
deletes it with ``deleteLater``; :func:`drain` runs Qt's deferred deletes and a garbage
collection (tests and ``benchmarks/soak_bench.py`` check with it that a closed thing is
really gone). Connections *to* the panel's own children
need no registering: they die with them.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QMetaObject, QObject

from ..collector import collect_all, release_survivors

_ATTR = "_mindmap_lifetime"


class Lifetime:
    """Connections, subscriptions and callbacks to undo when its owner closes."""

    def __init__(self, owner: QObject | None = None) -> None:
        self._connections: list[QMetaObject.Connection] = []
        self._undo: list[Callable[[], Any]] = []
        self.closed = False
        if owner is not None:
            # a weak link: the owner's ``destroyed`` must not keep this (and what the slots
            # reach) alive; the owner keeps it in an attribute instead
            ref = weakref.ref(self)
            owner.destroyed.connect(lambda *_: _close_ref(ref))

    def connect(self, signal, slot: Callable) -> QMetaObject.Connection:  # noqa: ANN001
        """``signal.connect(slot)``, disconnected on close."""
        connection = signal.connect(slot)
        self._connections.append(connection)
        return connection

    def subscribe(self, model, listener: Callable) -> None:  # noqa: ANN001
        """``model.subscribe(listener)`` (a MindMap's change notices), undone on close."""
        model.subscribe(listener)
        self._undo.append(lambda: model.unsubscribe(listener))

    def on_close(self, callback: Callable[[], Any]) -> None:
        """Call ``callback`` on close (stop a timer, forget a cache entry...)."""
        self._undo.append(callback)

    def close(self) -> None:
        """Undo everything registered, newest first. Safe to call twice."""
        if self.closed:
            return
        self.closed = True
        connections, self._connections = self._connections, []
        for connection in connections:
            try:
                QObject.disconnect(connection)
            except (RuntimeError, TypeError):  # the sender is gone already
                pass
        undo, self._undo = self._undo, []
        for callback in reversed(undo):
            try:
                callback()
            except RuntimeError:  # a Qt object it touches was deleted meanwhile
                pass


def _close_ref(ref: weakref.ref) -> None:
    lifetime = ref()
    if lifetime is not None:
        lifetime.close()


def lifetime_of(owner: QObject) -> Lifetime:
    """The :class:`Lifetime` of ``owner`` (made on first use, closed when ``owner`` is
    destroyed at the latest)."""
    lifetime = getattr(owner, _ATTR, None)
    if lifetime is None or lifetime.closed:
        lifetime = Lifetime(owner)
        setattr(owner, _ATTR, lifetime)
    return lifetime


def close_lifetimes(root: QObject) -> None:
    """Close the lifetime of ``root`` and of every object under it."""
    for obj in [root, *root.findChildren(QObject)]:
        lifetime = getattr(obj, _ATTR, None)
        if lifetime is not None:
            lifetime.close()


def dispose(obj: QObject | None) -> None:
    """Close ``obj`` for good: its lifetimes (and its children's) closed, hidden if it is a
    widget, deleted by Qt at the next turn of the event loop."""
    if obj is None or not shiboken6.isValid(obj):
        return
    close_lifetimes(obj)
    if hasattr(obj, "hide"):
        obj.hide()
    obj.deleteLater()


def drain() -> None:
    """Run Qt's deferred deletes, then Python's garbage collector (twice: deleting a Qt
    object can free Python objects that free further Qt objects), over every object: those
    an open map set apart (:func:`~mindmap_app.collector.settle_survivors`) too."""
    release_survivors()
    for _ in range(2):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        collect_all()
