"""How long Up/Down take on a big map. Run: ``python benchmarks/navigation_bench.py [NODES]``.

On a generated map (100,000 nodes by default, ``io_bench.bushy_map``) laid out once, the
column neighbour below and above 200 random nodes is found two ways; medians and maxima in
milliseconds: the app's walk out from the node, and listing the whole column first.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from io_bench import bushy_map  # noqa: E402

from mindmap_app.canvas.navigation import column, column_neighbour  # noqa: E402
from mindmap_app.layout import compute_layout  # noqa: E402


def timed(call, nodes: list[str]) -> list[float]:  # noqa: ANN001
    out = []
    for node in nodes:
        start = time.perf_counter()
        call(node)
        out.append((time.perf_counter() - start) * 1000)
    return out


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    m = bushy_map(count)
    layout = compute_layout(m, {})
    random.seed(20)
    nodes = random.sample(sorted(layout.centers), min(200, len(layout.centers)))
    walk = timed(lambda n: (column_neighbour(m, layout, n, 1),
                            column_neighbour(m, layout, n, -1)), nodes)
    whole = timed(lambda n: column(m, layout, n), nodes[:20])
    print(f"navigation on {len(m):,} nodes (Up and Down from {len(nodes)} nodes)")
    print(f"  walk out from the node: median {statistics.median(walk):.3f} ms, "
          f"max {max(walk):.1f} ms")
    print(f"  list the whole column:  median {statistics.median(whole):.1f} ms, "
          f"max {max(whole):.1f} ms (20 nodes)")


if __name__ == "__main__":
    main()
