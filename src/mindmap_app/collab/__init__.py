"""Sharing a map across laptops: a Loro CRDT document mirrored to the model (no Qt here).

``map_doc`` holds the document layout and its reading back into a map, ``reconcile`` turns
remote changes into model edits, ``replica`` is one laptop's copy, ``protocol`` the wire
messages and their limits, ``server`` the room a host runs and ``client`` a participant's
connection to it.
"""
