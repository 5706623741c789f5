"""Time the automatic layout on generated maps of 1,000 to 100,000 nodes.

Run: ``.venv/bin/python benchmarks/layout_bench.py [--styles right,balanced] [--sizes 1000,10000]``

Two shapes of tree: *bushy* (random fan-out, depth 6-8) and *chain* (a spine thousands of nodes
deep with one or two short side branches on every spine node). Box sizes are random (widths
20-300, heights 16-120). Each case prints the median over several runs of ``compute_layout``,
conversion from the MindMap included and tree generation excluded:

    layout bushy 10000 nodes: 12.3 ms

(wall-clock), followed by the process CPU time (lower than wall-clock on a busy machine) and
where the time goes: the conversion to flat arrays (``flatten``, which calls
``MindMap.children`` once per visible node), the layout on those arrays (``layout_flat``), and
inside that the tidy-tree core alone (``TidyForest.run``).
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from mindmap_app.layout import compute_layout, layout_flat  # noqa: E402
from mindmap_app.layout.flat_tree import flatten  # noqa: E402
from mindmap_app.layout.tidy import TidyForest  # noqa: E402
from mindmap_app.model import MindMap  # noqa: E402


def _new_map(layout: str) -> MindMap:
    return MindMap("bench", "root", root_id="b0", layout=layout)


def _add(m: MindMap, counts: dict[str, int], parent: str, node: str) -> None:
    m.graph.add_node(node, text=node)
    m.graph.add_edge(parent, node, key="tree", order=counts.get(parent, 0))
    counts[parent] = counts.get(parent, 0) + 1


def bushy_map(n: int, rnd: random.Random, layout: str = "right") -> tuple[MindMap, int]:
    """Breadth-first random fan-out tuned so the depth lands around 7."""
    m = _new_map(layout)
    fan = n ** (1 / 7)
    counts: dict[str, int] = {}
    queue = [("b0", 0)]
    made, head, depth = 1, 0, 0
    while made < n:
        parent, level = queue[head] if head < len(queue) else queue[-1]
        head += 1
        for _ in range(rnd.randint(1, max(2, round(2 * fan - 1)))):
            if made >= n:
                break
            node = f"b{made}"
            made += 1
            _add(m, counts, parent, node)
            queue.append((node, level + 1))
            depth = max(depth, level + 1)
    return m, depth


def chain_map(n: int, rnd: random.Random, layout: str = "right") -> tuple[MindMap, int]:
    """A long spine; each spine node carries one or two side branches of one or two nodes."""
    m = _new_map(layout)
    counts: dict[str, int] = {}
    spine, made, depth = "b0", 1, 0
    while made < n:
        node = f"b{made}"
        made += 1
        _add(m, counts, spine, node)
        spine = node
        depth += 1
        for _ in range(rnd.randint(1, 2)):
            side = spine
            for _ in range(rnd.randint(1, 2)):
                if made >= n:
                    break
                leaf = f"b{made}"
                made += 1
                _add(m, counts, side, leaf)
                side = leaf
    return m, depth


def random_sizes(m: MindMap, rnd: random.Random) -> dict[str, tuple[float, float]]:
    return {node: (rnd.uniform(20, 300), rnd.uniform(16, 120)) for node in m.nodes()}


def median_ms(fn, runs: int, clock=time.perf_counter) -> float:
    """Median wall-clock (or ``clock``) time of ``fn`` in ms, with the garbage collector held
    as ``compute_layout`` itself holds it."""
    times = []
    for _ in range(runs):
        gc.disable()
        try:
            start = clock()
            fn()
            times.append((clock() - start) * 1000)
        finally:
            gc.enable()
    return statistics.median(times)


def bench_case(shape: str, n: int, style: str, runs: int) -> None:
    rnd = random.Random(n)
    m, depth = (bushy_map if shape == "bushy" else chain_map)(n, rnd, style)
    sizes = random_sizes(m, rnd)
    total = median_ms(lambda: compute_layout(m, sizes, style), runs)
    cpu = median_ms(lambda: compute_layout(m, sizes, style), runs, time.process_time)
    conversion = median_ms(lambda: flatten(m, sizes), runs)
    flat = flatten(m, sizes)
    on_arrays = median_ms(lambda: layout_flat(flat, style), runs)

    def core() -> None:
        kids = [list(k) for k in flat.kids]
        forest = TidyForest(kids, flat.widths, flat.heights, 40.0, 12.0)
        forest.run([0])

    core_ms = median_ms(core, runs)
    label = "" if style == "right" else f" {style}"
    print(f"layout{label} {shape} {n} nodes: {total:.1f} ms")
    print(f"    depth {depth}; cpu {cpu:.1f} ms; of the wall time: conversion {conversion:.1f} ms,"
          f" layout on arrays {on_arrays:.1f} ms (tidy core alone {core_ms:.1f} ms)", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--styles", default="right")
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--shapes", default="bushy,chain")
    args = parser.parse_args()
    for style in args.styles.split(","):
        for shape in args.shapes.split(","):
            for n in (int(s) for s in args.sizes.split(",")):
                bench_case(shape, n, style, runs=9 if n <= 10_000 else 5)


if __name__ == "__main__":
    main()
