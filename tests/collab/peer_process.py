"""A participant in its own process, driven by lines on stdin (for test_processes.py).

Commands: ``add PARENT TEXT``, ``text NODE TEXT``, ``offline SECONDS`` (leave the network, keep
editing, come back), ``dump`` (prints ``MAP <sha256 of the map> <json of node texts>``), ``quit``.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import sys

from mindmap_app.collab.client import Peer
from mindmap_app.collab.join_code import JoinCode
from mindmap_app.model import check_invariants
from mindmap_app.model import operations as ops


def describe(peer: Peer) -> str:
    mm = peer.replica.mind_map
    check_invariants(mm)
    digest = hashlib.sha256(repr(mm.snapshot()).encode()).hexdigest()
    texts = sorted(mm.text(n) for n in mm.nodes())
    return f"MAP {digest} {json.dumps(texts)}"


async def main(code: str, name: str) -> None:
    peer = await Peer(JoinCode.parse(code), name).start()
    print("READY", flush=True)
    loop = asyncio.get_running_loop()
    tasks = []
    while True:
        line = await loop.run_in_executor(None, sys.stdin.readline)
        if not line or line.strip() == "quit":
            break
        command, _, rest = line.strip().partition(" ")
        mm = peer.replica.mind_map
        if command == "add":
            parent, _, text = rest.partition(" ")
            mm.apply(ops.add_child(mm, parent, text))
        elif command == "text":
            node, _, text = rest.partition(" ")
            mm.apply(ops.set_text(node, text))
        elif command == "offline":
            tasks.append(asyncio.ensure_future(peer.client.drop_connection(float(rest))))
            await asyncio.sleep(0.05)
        elif command == "dump":
            print(describe(peer), flush=True)
        print("OK", flush=True)
    await peer.stop()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2]))
