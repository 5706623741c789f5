"""Launch -> drawn and command-line export, whole processes, on generated maps.

Run: ``python benchmarks/open_export_bench.py [--runs N] [--sizes 100,1000,20000]``.

The rows of issue 12's table for this app: each figure is the wall time of a whole process
(Python start-up and imports included), median of ``--runs`` runs after one warm-up:

* ``launch -> drawn, N ideas``: ``python -m tests.app_with_script`` (the real app, offscreen
  unless ``QT_QPA_PLATFORM`` says otherwise) opening the map; its script forces the map view's
  first paint and quits, so the process ends once the map has been drawn;
* ``PNG export, N`` / ``SVG export, N``: ``python -m mindmap_app export MAP -o OUT`` (the
  peak memory of the PNG export is printed too, from the kernel's accounting of the child).

The maps are ``canvas_bench.workshop_map`` (notes, tags, votes, a few hand-placed ideas,
floating trees, cross-links), saved as YAML.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

DRAWN_SCRIPT = """
editor = window.editor()
editor.view.viewport().repaint()      # the first paint, now, before quitting
app.exit(0)
"""


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, int, float]:
    """(wall seconds, exit code, peak memory of the process in MB)."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        child = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                                 stderr=err)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        child.returncode = code = os.waitstatus_to_exitcode(status)
        if code:
            err.seek(0)
            lines = err.read().decode(errors="replace").strip().splitlines()
            print(f"  ({cmd[-1]}: exit {code}: {lines[-1] if lines else ''})")
    return wall, code, usage.ru_maxrss / 1024


def median_run(cmd: list[str], env: dict[str, str], runs: int) -> tuple[float, int, float]:
    timed(cmd, env)                                    # warm-up: disk caches, .pyc files
    results = [timed(cmd, env) for _ in range(runs)]
    return (statistics.median(r[0] for r in results), results[-1][1],
            max(r[2] for r in results))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", default="100,1000,5000,20000")
    args = parser.parse_args(argv)
    from canvas_bench import workshop_map

    from mindmap_app.io.yaml_format import save_map

    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               PYTHONPATH=f"{ROOT / 'src'}{os.pathsep}{ROOT}",
               XDG_CONFIG_HOME=tempfile.mkdtemp(prefix="mindmap-bench-config-"),
               MINDMAP_DATA_DIR=tempfile.mkdtemp(prefix="mindmap-bench-data-"))
    py = sys.executable
    print(f"whole processes, median of {args.runs} after a warm-up; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"{'workload':<34}{'wall s':>8}  notes")
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        script = tmp / "drawn.py"
        script.write_text(DRAWN_SCRIPT, encoding="utf-8")
        for count in (int(s) for s in args.sizes.split(",")):
            path = tmp / f"map-{count}.yaml"
            save_map(workshop_map(count, branch=max(2, min(1000, count // 10))), path)
            if count <= 20000:
                wall, code, _ = median_run([py, "-m", "tests.app_with_script", str(script),
                                            str(path)], env, args.runs)
                print(f"{f'launch -> drawn, {count:,} ideas':<34}{wall:8.2f}"
                      f"  {'' if code == 0 else f'exit {code}'}")
            for fmt in ("png", "svg"):
                out = tmp / f"out-{count}.{fmt}"
                wall, code, peak = median_run([py, "-m", "mindmap_app", "export", str(path),
                                               "-o", str(out)], env, args.runs)
                size = out.stat().st_size // 1024 if out.exists() and code == 0 else 0
                note = f"{size:,} KiB, peak {peak:.0f} MB" if code == 0 else f"exit {code}"
                print(f"{f'{fmt.upper()} export, {count:,}':<34}{wall:8.2f}  {note}")
                if out.exists():
                    out.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
