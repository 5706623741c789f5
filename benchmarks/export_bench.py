"""How long does exporting a large map take? Run:
``QT_QPA_PLATFORM=offscreen python benchmarks/export_bench.py [NODES] [RUNS]``.

Generates a bushy map (5,000 nodes by default: 4-8 children per node, workshop-like texts of
2-14 words, some tags, votes and notes), then prints the median time of several complete
exports to SVG, PNG and PDF: building the scene and laying it out, drawing, encoding and
tidying, everything up to the bytes of the file (writing them is not timed). Prints e.g.::

    map: 5000 nodes, 2,995 x 185,416 px at 1x
    export svg 5000 nodes: 812.0 ms (median of 5), 12.0 MB

Such a map is far taller than PNG export allows at 1x (``MAX_PNG_PIXELS``, 256 megapixels,
the largest canvas browsers draw), so the PNG is made at the largest scale that fits, and the
line says which.
"""

from __future__ import annotations

import random
import statistics
import sys
import time

from mindmap_app.render.headless import ensure_app

ensure_app()

from mindmap_app.model import Fragment, InsertSubtree, MindMap  # noqa: E402
from mindmap_app.render.export import (  # noqa: E402
    MAX_PNG_PIXELS,
    ExportOptions,
    prepared_scene,
    render_bytes,
)

WORDS = (
    "power devolved to corporations time scale devastatingly fast local councils lose funding "
    "volunteers burn out trust in institutions community groups take over services national "
    "level threats opportunities organisational personal breakout group neighbourhood forum "
    "charities compete for contracts social enterprise mutual aid library closes youth club"
).split()
TAGS = ("threat", "opportunity", "local", "action")


def sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 14))).capitalize()


def bushy_map(count: int, seed: int = 5) -> MindMap:
    """``count`` nodes, breadth first, 4-8 children each, built with the model's own edits."""
    rng = random.Random(seed)
    mind_map = MindMap("Export benchmark", "Big Society", root_id="root")
    queue = ["root"]
    made = 1
    while made < count:
        parent = queue.pop(0)
        for index in range(rng.randint(4, 8)):
            if made >= count:
                break
            node = f"n{made}"
            made += 1
            attrs: dict = {"text": sentence(rng)}
            if rng.random() < 0.2:
                attrs["tags"] = (rng.choice(TAGS),)
            if rng.random() < 0.1:
                attrs["votes"] = rng.randint(1, 9)
            if rng.random() < 0.1:
                attrs["note"] = sentence(rng)
            mind_map.apply(InsertSubtree(parent, index, Fragment(((node, None, attrs),))))
            queue.append(node)
    return mind_map


def median_ms(fn, runs: int) -> float:  # noqa: ANN001
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    mind_map = bushy_map(count)
    with prepared_scene(mind_map, ExportOptions()) as prepared:
        size = prepared.source.size()
    print(f"map: {len(mind_map)} nodes, {size.width():,.0f} x {size.height():,.0f} px at 1x")
    fit = min(1.0, (MAX_PNG_PIXELS / (size.width() * size.height())) ** 0.5)
    png_scale = max(0.25, int(fit * 0.98 * 20) / 20)     # a round scale that fits
    for fmt in ("svg", "png", "pdf"):
        options = ExportOptions(scale=png_scale if fmt == "png" else 1.0)
        data: list[bytes] = []
        ms = median_ms(lambda f=fmt, o=options, out=data: out.append(
            render_bytes(mind_map, f, o)), runs)
        at = f" at {png_scale:g}x" if fmt == "png" else ""
        print(f"export {fmt} {len(mind_map)} nodes{at}: {ms:.1f} ms (median of {runs}), "
              f"{len(data[-1]) / 2**20:.1f} MB")

    def scene_only() -> None:
        with prepared_scene(mind_map, ExportOptions()):
            pass
    print(f"  of which building and laying out the scene: {median_ms(scene_only, runs):.1f} ms")


if __name__ == "__main__":
    main()
