"""How fast are map files read and written? Run: ``python benchmarks/io_bench.py [NODES]``.

Generates a bushy map (about 10,000 nodes by default, realistic workshop texts, some notes,
tags, votes, hand-placed positions, floating ideas and links), then prints the median time of
several runs for loading, dumping and atomically saving it, and the file size.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from mindmap_app.io.errors import MapFormatError
from mindmap_app.io.yaml_format import FAST_DUMPER, FAST_LOADER, dumps_map, loads_map, save_map
from mindmap_app.model import MindMap
from mindmap_app.model.mind_map import LINK, TREE

RUNS = 7
WORDS = (
    "power devolved to corporations time scale devastatingly fast local councils lose funding "
    "volunteers burn out trust in institutions community groups take over services national "
    "level threats opportunities organisational personal breakout group neighbourhood forum "
    "charities compete for contracts social enterprise mutual aid library closes youth club "
    "parish council housing association food bank faith groups residents association"
).split()
TAGS = ("threat", "opportunity", "national", "local", "personal", "organisational", "action")


def sentence(rng: random.Random, low: int = 2, high: int = 12) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    return " ".join(words).capitalize()


def bushy_map(count: int, seed: int = 7) -> MindMap:
    """A map of ``count`` nodes: 4-9 children per node, breadth first, and three floating
    ideas."""
    rng = random.Random(seed)
    parked = 3
    mind_map = MindMap("Big Society workshop", "Big Society", root_id="root")
    g = mind_map.graph
    queue = ["root"]
    made = 1
    kids: dict[str, int] = {}
    while made < count - parked:
        parent = queue.pop(0)
        for _ in range(rng.randint(4, 9)):
            if made >= count - parked:
                break
            node = f"n{made}"
            made += 1
            attrs = {"text": sentence(rng)}
            if rng.random() < 0.15:
                attrs["note"] = "\n".join(sentence(rng, 6, 18) for _ in range(rng.randint(1, 4)))
            if rng.random() < 0.2:
                attrs["tags"] = tuple(rng.sample(TAGS, rng.randint(1, 2)))
            if rng.random() < 0.1:
                attrs["votes"] = rng.randint(1, 9)
            if rng.random() < 0.05:
                attrs["pos"] = (round(rng.uniform(-900, 900), 1), round(rng.uniform(-600, 600), 1))
            if rng.random() < 0.02:
                attrs["folded"] = True
            g.add_node(node, **attrs)
            g.add_edge(parent, node, TREE, order=kids.get(parent, 0))
            kids[parent] = kids.get(parent, 0) + 1
            queue.append(node)
    # a few ideas parked beside the tree, and cross-links
    for i in range(parked):
        node = f"park{i}"
        g.add_node(node, text=f"Parking lot {i + 1}: {sentence(rng)}")
        g.graph["floating"].append(node)
    nodes = list(g.nodes)
    for _ in range(count // 200):
        a, b = rng.sample(nodes, 2)
        if not g.has_edge(a, b, LINK):
            g.add_edge(a, b, LINK, **({"label": sentence(rng, 1, 3)} if rng.random() < 0.5
                                      else {}))
    return mind_map


def timing(action, runs: int = RUNS) -> str:
    """Median and best of ``runs`` runs (the best shows the cost on a quiet machine)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return (f"{statistics.median(times) * 1000:.1f} ms (median of {runs}; best "
            f"{min(times) * 1000:.1f} ms)")


def main(argv: list[str]) -> int:
    count = int(argv[0]) if argv else 10_000
    mind_map = bushy_map(count)
    text = dumps_map(mind_map)
    data = text.encode("utf-8")
    assert loads_map(data).same_as(mind_map)
    n = len(mind_map)
    print(f"parser {FAST_LOADER.__name__}, emitter {FAST_DUMPER.__name__}")
    print(f"file size {n} nodes: {len(data) / 1024:.0f} KiB ({len(data) / n:.0f} bytes a node)")
    print(f"yaml load {n} nodes: {timing(lambda: loads_map(data))}")
    print(f"yaml dump {n} nodes: {timing(lambda: dumps_map(mind_map))}")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.yaml"
        print(f"yaml save {n} nodes: {timing(lambda: save_map(mind_map, path))} "
              f"(dump + atomic write)")
    deep = "format: mindmap/1\nroot: " + "[" * 100_000 + "]" * 100_000 + "\n"

    def refuse() -> None:
        try:
            loads_map(deep)
        except MapFormatError:
            return
        raise AssertionError("a 100,000-level file was not refused")

    print(f"refuse 100,000 nested levels: {timing(refuse)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
