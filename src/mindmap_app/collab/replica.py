"""One laptop's copy of a shared map: the model mirrored into a Loro document (no Qt).

* Local model edits (whatever the app applies) are written into the document as one
  transaction each; the bytes to send go to :attr:`Replica.outbox` (and to ``on_local``).
* Remote bytes are imported into the document, then the model is brought to the document's
  state with ordinary model edits, which this replica does not write back.
* :meth:`undo` / :meth:`redo` ask Loro's undo manager, which undoes this replica's own
  changes only, never a colleague's.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from loro import ExportMode, LoroDoc, UndoManager, VersionVector

from ..model import Change, Composite, Edit, MindMap, SetNodeAttr
from ..model.mind_map import NODE_DEFAULTS
from .map_doc import MapDoc, MapState, read_state, tid_key
from .reconcile import bring_to

log = logging.getLogger(__name__)

#: the origin of edits made for participants' phones (skipped by this laptop's undo)
PARTICIPANT_ORIGIN = "participant"
#: the largest document a replica imports in one message (a 1,000-idea map is ~100 KB)
MAX_IMPORT_BYTES = 16 * 1024 * 1024


class BadUpdateError(ValueError):
    """Bytes that are not a Loro update (or too large): the message is dropped."""


def import_bytes(doc: LoroDoc, data: bytes) -> None:
    """Import ``data`` into ``doc``; BadUpdateError (never a crash) for bytes Loro rejects."""
    if len(data) > MAX_IMPORT_BYTES:
        raise BadUpdateError(f"update of {len(data):,} bytes is over the limit")
    try:
        doc.import_(data)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # noqa: BLE001 - Loro raises BaseException on bad bytes
        raise BadUpdateError(str(exc).splitlines()[0][:200] if str(exc) else "bad update") \
            from None


def check_update(data: bytes) -> None:
    """A quick look at an update's header and checksum (~20 us, without importing it):
    BadUpdateError for bytes that are not an intact Loro export."""
    if len(data) > MAX_IMPORT_BYTES:
        raise BadUpdateError(f"update of {len(data):,} bytes is over the limit")
    try:
        LoroDoc.decode_import_blob_meta(data, True)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # noqa: BLE001 - Loro raises BaseException on bad bytes
        raise BadUpdateError(str(exc).splitlines()[0][:200] if str(exc) else "bad update") \
            from None


def new_peer_id() -> int:
    return secrets.randbits(63) or 1


class Replica:
    """A MindMap mirrored into a shared Loro document."""

    def __init__(self, mind_map: MindMap, map_doc: MapDoc) -> None:
        self.mind_map = mind_map
        self.map_doc = map_doc
        self.doc = map_doc.doc
        self.doc.peer_id = new_peer_id()
        # a short id prefix per laptop: ideas added at once on two laptops never share an id
        mind_map.id_prefix = f"n{secrets.token_hex(2)}-"
        self.outbox: list[bytes] = []
        self.on_local: Callable[[bytes], None] | None = None
        #: called after remote changes reached the model (not for local edits)
        self.on_remote: Callable[[], None] | None = None
        self._applying = False
        self._sub = self.doc.subscribe_local_update(self._local_update)
        # what imports touched: only some ideas' fields (the common case: typing, votes) lets
        # refresh() read just those ideas; anything else reads the whole document
        self._touched: set[tuple[int, int]] = set()
        self._full = False
        self._events = self.doc.subscribe_root(self._on_event)
        self.undo_manager = UndoManager(self.doc)
        self.undo_manager.set_merge_interval(0)
        # what participants' phones send is applied here but is not this user's to undo
        self.undo_manager.add_exclude_origin_prefix(PARTICIPANT_ORIGIN)
        mind_map.subscribe(self._on_model_change)

    # ------------------------------------------------------------------ creation
    @classmethod
    def host(cls, mind_map: MindMap) -> Replica:
        """The first replica of a map: the document is made from the model."""
        map_doc = MapDoc.from_map(mind_map)
        return cls(mind_map, map_doc)

    @classmethod
    def join(cls, snapshot: bytes) -> Replica:
        """A replica made from the room's document (a late joiner gets the whole map)."""
        doc = LoroDoc()
        import_bytes(doc, snapshot)
        state = read_state(doc)
        map_doc = MapDoc(doc)
        map_doc.reindex(state)
        return cls(state.to_map(), map_doc)

    def close(self) -> None:
        self.mind_map.unsubscribe(self._on_model_change)
        self._sub.unsubscribe()
        self._events.unsubscribe()

    def _on_event(self, event) -> None:  # noqa: ANN001 - loro.DiffEvent
        if "Import" not in str(event.triggered_by):
            return                          # my own edits are in the model already
        for diff in event.events:
            path = diff.path
            node = path[1].index if len(path) > 1 else None
            target = getattr(node, "target", None)
            if len(path) < 2 or str(path[0].index) != "Key(key='tree')" or target is None:
                self._full = True          # the tree's shape, map settings, links...
            else:
                self._touched.add(tid_key(target))

    # ------------------------------------------------------------------ local side
    def _local_update(self, data: bytes) -> bool:
        if self.on_local is not None:
            self.on_local(bytes(data))
        else:
            self.outbox.append(bytes(data))
        return True

    def _on_model_change(self, change: Change) -> None:
        if self._applying:
            return
        self.map_doc.record(self.mind_map, change)

    @contextmanager
    def participant_edits(self) -> Iterator[None]:
        """Model edits applied inside are shared as usual but Ctrl+Z here never undoes them
        (an idea or a dot from a participant's phone)."""
        self.map_doc.origin = PARTICIPANT_ORIGIN
        try:
            yield
        finally:
            self.map_doc.origin = ""

    def take_outbox(self) -> list[bytes]:
        out, self.outbox = self.outbox, []
        return out

    # ----------------------------------------------------------------- remote side
    def receive(self, data: bytes) -> bool:
        """Import remote bytes and bring the model to the merged state; True if it changed.

        BadUpdateError for bytes that are not a Loro update (nothing changes then).
        """
        import_bytes(self.doc, data)
        return self.refresh(full=False)

    def receive_many(self, batch: list[bytes]) -> bool:
        """Import several updates, then update the model once (cheaper under load)."""
        for data in batch:
            try:
                import_bytes(self.doc, data)
            except BadUpdateError as exc:
                log.warning("shared map: dropped an update: %s", exc)
        return self.refresh(full=False)

    def refresh(self, full: bool = True) -> bool:
        """Bring the model to the document's state (outside any undo stack).

        ``full=False`` (after imports) reads only the ideas whose fields the imports touched,
        when that is all they did.
        """
        touched, self._touched = self._touched, set()
        full = full or self._full
        self._full = False
        self._applying = True
        try:
            edits = None if full else self._field_edits(touched)
            if edits is None:
                state = self.state()
                self.map_doc.reindex(state)
                changed = bring_to(self.mind_map, state)
            else:
                changed = bool(edits)
                if edits:
                    self.mind_map.apply(Composite(tuple(edits), "Remote changes"))
        finally:
            self._applying = False
        if changed and self.on_remote is not None:
            self.on_remote()
        return changed

    def _field_edits(self, touched: set[tuple[int, int]]) -> list[Edit] | None:
        """SetNodeAttr edits for the touched ideas; None when a full read is needed."""
        edits: list[Edit] = []
        for key in touched:
            node = self.map_doc.name_of(key)
            if node is None or node not in self.mind_map:
                return None
            attrs = self.map_doc.node_attrs(node)
            if attrs is None:
                return None
            current = self.mind_map.node_table()[node]
            for name in ("text", *NODE_DEFAULTS):
                if current.get(name) != attrs.get(name):
                    edits.append(SetNodeAttr(node, name, attrs.get(name)))
        return edits

    def state(self) -> MapState:
        return read_state(self.doc)

    # ------------------------------------------------------------------------ sync
    def version(self) -> bytes:
        return self.doc.oplog_vv.encode()

    def updates_since(self, version: bytes | None) -> bytes:
        """What a peer at ``version`` lacks (everything for None)."""
        if version is None:
            return self.doc.export(ExportMode.Snapshot())
        try:
            vv = VersionVector.decode(version)
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException:  # noqa: BLE001 - Loro raises BaseException on bad bytes
            raise BadUpdateError("bad version vector") from None
        return self.doc.export(ExportMode.Updates(vv))

    def snapshot(self) -> bytes:
        return self.doc.export(ExportMode.Snapshot())

    # ------------------------------------------------------------------------ undo
    def can_undo(self) -> bool:
        return self.undo_manager.can_undo()

    def undo(self) -> bool:
        """Undo my last change (only mine); True when something was undone."""
        if not self.undo_manager.can_undo():
            return False
        self.undo_manager.undo()
        self.refresh()
        return True

    def redo(self) -> bool:
        if not self.undo_manager.can_redo():
            return False
        self.undo_manager.redo()
        self.refresh()
        return True
