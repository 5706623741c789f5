"""How fast are the workshop tools on a big map? Run:
``python benchmarks/facilitation_bench.py [NODES]``.

On a bushy map (10,000 nodes by default, from io_bench) prints the median time of: the filter
(match and what to show, dim and hide), the filtered copy an export draws, park / merge / group
and their undo, a voting round's count, and the meeting report (HTML with the map as SVG).
Apply the filter on the canvas too: the scene hides the filtered branches and lays out again.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from io_bench import bushy_map, timing  # noqa: E402

from mindmap_app.facilitation.idea_filter import IdeaFilter, apply_filter, filtered_map  # noqa: E402
from mindmap_app.facilitation.voting import Budget, VotingRound  # noqa: E402
from mindmap_app.model import facilitation_ops as fops  # noqa: E402


def main(argv: list[str]) -> int:
    count = int(argv[0]) if argv else 10_000
    m = bushy_map(count)
    print(f"map: {len(m):,} nodes")
    nodes = sorted(m.nodes())
    some = [n for n in nodes if m.parent(n) not in (None, m.root)][:50]
    spec = IdeaFilter(tags=frozenset({"threat"}), text="local", min_votes=1)
    hide = IdeaFilter(spec.tags, spec.text, spec.min_votes, "hide")
    print("filter (tag+text+votes), dim:  ", timing(lambda: apply_filter(m, spec)))
    print("filter (tag+text+votes), hide: ", timing(lambda: apply_filter(m, hide)))
    print("filtered copy for export:      ", timing(lambda: filtered_map(m, hide)))

    def round_trip(build) -> None:  # noqa: ANN001
        m.apply(m.apply(build()))

    print("park 50 ideas + undo:          ", timing(lambda: round_trip(lambda: fops.park(m, some))))
    print("group 50 ideas + undo:         ",
          timing(lambda: round_trip(lambda: fops.group(m, some, "g"))))
    print("merge 10 ideas + undo:         ",
          timing(lambda: round_trip(lambda: fops.merge(m, some[:10]))))
    voting = VotingRound.start(m, Budget(3, 30))
    print("voting round count (placed):   ", timing(lambda: voting.placed(m)))

    from mindmap_app.canvas.map_scene import MapScene
    from mindmap_app.render.headless import ensure_app
    from mindmap_app.render.report import render_report

    ensure_app()
    scene = MapScene(m)
    shown = apply_filter(m, hide)
    hidden = frozenset(n for n in m.nodes() if n not in shown.shown)

    def on_and_off() -> None:
        scene.set_view_marks(hidden=hidden, dimmed=shown.dimmed)
        scene.set_view_marks(hidden=frozenset(), dimmed=frozenset())

    print("canvas: hide filter on + off:  ", timing(on_and_off, runs=5))
    print("meeting report (HTML):         ", timing(lambda: render_report(m, "html"), runs=3))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
