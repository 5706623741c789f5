"""Launch -> drawn and command-line export, whole processes, on generated maps.

Run: ``python benchmarks/open_export_bench.py [--runs N] [--sizes 100,1000,20000] [--again]``.

The rows of issue 12's table for this app: each figure is the wall time of a whole process
(Python start-up and imports included), median of ``--runs`` runs after one warm-up:

* ``launch -> drawn, N ideas``: ``python -m tests.app_with_script`` (the real app, offscreen
  unless ``QT_QPA_PLATFORM`` says otherwise; ``--xvfb``: on Qt's xcb platform under X, an
  ``Xvfb`` started on ``--display`` when ``DISPLAY`` is not set, as the issue measured) opening
  the map; its script waits for the map
  view's first paint and quits, so the process ends once the map has been drawn. The note
  gives the *first frame* too: when that paint (and the rest of the window's, painted with
  it) was done, from the launch (the script prints the clock right after it; the process's
  exit, some 25 ms more, is not in it): what the user waits for before the map shows;
* ``... opened again`` (``--again``): the same launch on a map opened before, whose cache
  entries (the map read, its labels' sizes) a first start left; the ``launch`` rows above and
  the exports run with the cache emptied before every run, as on a map never opened;
* ``PNG export, N`` / ``SVG export, N``: ``python -m mindmap_app export MAP -o OUT`` (the
  peak memory of the PNG export is printed too, from the kernel's accounting of the child).

The maps are ``canvas_bench.workshop_map`` (notes, tags, votes, a few hand-placed ideas,
floating trees, cross-links), saved as YAML. The app's ``.pyc`` files are compiled first,
as a pip install does.

``--floor`` adds a row under each launch, and under each export of a map it draws whole (up
to 200 ideas): ``stack_floor.py`` on the same map (the least a program on this stack does to
show the file's ideas: imports, libyaml's events, one Qt measure per label, a window or a
file with a few of them), run in turn with the app's command, and the ratio app / floor of
the two medians: what is the app's own work.

``--panels`` adds a row under each launch: the same start with the outline and the idea
panel showing (a first start shows them and closes the window, which keeps them so), as a
facilitator who works beside the outline starts the app.

``--peers`` times vym (Debian's ``vym``) on the same maps, saved as FreeMind ``.mm`` by this
app's own writer, in the same session, the two apps taking turns run by run; each row then
prints vym's median and the ratio app / vym. vym runs headless as the issue describes:
``dbus-run-session -- vym -t -b -q -r SCRIPT MAP.mm`` with ``exportImage("out.png","PNG");``
or ``exportSVG("out.svg");`` in SCRIPT; "launch -> drawn" is ``vym -t -q MAP.mm`` (opens the
window, draws the map, quits). vym needs an X display: without ``DISPLAY`` the benchmark
starts ``Xvfb`` on ``--display``. (vym leaves a ``MAP.mm.lock`` behind and asks about it the
next time, so the lock is removed before every run.) PNG rows also print the file's bytes per
megapixel. Freeplane has no headless export that works without its GUI scripting set-up, so
it is not timed here.
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

#: what the launch script and ``stack_floor.py`` print on stderr with the clock (``time.time``)
#: once the map is drawn
FIRST_FRAME = "first-frame-at"
DRAWN_SCRIPT = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
viewport = window.editor().view.viewport()
def drawn():
    print("FIRST_FRAME", f"{time.time():.4f}", file=sys.stderr, flush=True)
    app.exit(0)
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, drawn)      # runs once this paint (the window's) is done
        return False
watch = FirstPaint(viewport)
viewport.installEventFilter(watch)
viewport.update()         # (the window is not painted yet when this runs: the first frame)
""".replace("FIRST_FRAME", FIRST_FRAME)
#: shows the outline and the idea panel and closes the window, which keeps them so for the
#: next start (``--panels``)
PANELS_SCRIPT = """
for name in ("outline", "idea_panel"):
    if not window.actions_by_name[name].isChecked():
        window.actions_by_name[name].trigger()
window.close()
app.exit(0)
"""


#: stays open until the window has kept its labels' sizes for the next open, then quits
#: (``--again``: readies the cache the "opened again" rows read)
KEEP_SCRIPT = """
import time
from PySide6.QtCore import QTimer
from mindmap_app.app.main_window import KEEP_SIZES_AFTER_MS, KEEP_SIZES_FROM
from mindmap_app.canvas import text_sizes
editor = window.editor()
entry = text_sizes._entry(editor.document.path)
keeps = editor.scene.idea_count() >= KEEP_SIZES_FROM    # a small map keeps no sizes
give_up = time.monotonic() + (120 if keeps else KEEP_SIZES_AFTER_MS / 1000 + 0.5)
def check():
    if entry.exists() or time.monotonic() > give_up:
        app.exit(0 if entry.exists() or not keeps else 4)
    else:
        QTimer.singleShot(100, check)
check()
"""


class Run(NamedTuple):
    wall: float                 # seconds, the whole process
    code: int                   # exit code
    peak: float                 # peak memory of the process, MB
    first_frame: float | None   # seconds from the start to the first frame (a launch)


def timed(cmd: list[str], env: dict[str, str]) -> Run:
    """One run of ``cmd``. With ``FRESH_CACHE`` in ``env`` the cache folder
    (``MINDMAP_CACHE_DIR``) is emptied first, outside the timing: a first open, or an export
    of a map never opened."""
    if env.get("FRESH_CACHE"):
        shutil.rmtree(env["MINDMAP_CACHE_DIR"], ignore_errors=True)
    with tempfile.TemporaryFile() as err:
        clock, start = time.time(), time.perf_counter()
        child = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                                 stderr=err)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        child.returncode = code = os.waitstatus_to_exitcode(status)
        err.seek(0)
        lines = err.read().decode(errors="replace").strip().splitlines()
        if code:
            print(f"  ({cmd[-1]}: exit {code}: {lines[-1] if lines else ''})")
    frames = [float(line.split()[1]) - clock for line in lines if line.startswith(FIRST_FRAME)]
    return Run(wall, code, usage.ru_maxrss / 1024, frames[0] if frames else None)


def summary(results: list[Run]) -> Run:
    """Medians of the times, the last exit code, the largest peak."""
    frames = [r.first_frame for r in results if r.first_frame is not None]
    return Run(statistics.median(r.wall for r in results), results[-1].code,
               max(r.peak for r in results), statistics.median(frames) if frames else None)


def median_run(cmd: list[str], env: dict[str, str], runs: int) -> Run:
    timed(cmd, env)                                    # warm-up: disk caches, .pyc files
    return summary([timed(cmd, env) for _ in range(runs)])


def paired_runs(ours: list[str], theirs: list[str] | None, env: dict[str, str], runs: int,
                before_theirs: Callable[[], None] = lambda: None
                ) -> tuple[Run, Run | None]:
    """Medians of this app's command and (when given) the peer's, run in turn (one warm-up
    each, then A B A B ...), so that both see the same machine."""
    timed(ours, env)
    if theirs is not None:
        before_theirs()
        timed(theirs, env)
    mine: list[Run] = []
    peer: list[Run] = []
    for _ in range(runs):
        mine.append(timed(ours, env))
        if theirs is not None:
            before_theirs()
            peer.append(timed(theirs, env))
    return summary(mine), summary(peer) if peer else None


def png_figures(path: Path) -> str:
    """``W x H, N KiB/MP`` from a PNG's header and size."""
    if not path.exists():
        return "no file"
    with path.open("rb") as handle:
        head = handle.read(24)
    width, height = struct.unpack(">II", head[16:24])
    per_mp = path.stat().st_size / 1024 / (width * height / 1e6)
    return f"{width:,} x {height:,}, {per_mp:.0f} KiB/MP"


class Vym:
    """vym's command lines for a map (see the module notes)."""

    def __init__(self, folder: Path, mind_map_mm: str, count: int) -> None:
        self.folder = folder
        # vym 2.6 refuses FreeMind files newer than 0.9.0 with a dialog: say 0.9.0
        _, _, rest = mind_map_mm.partition("\n")
        self.map = folder / f"vym-{count}.mm"
        self.map.write_text('<map version="0.9.0">\n' + rest, encoding="utf-8")
        self.count = count

    def unlock(self) -> None:
        Path(f"{self.map}.lock").unlink(missing_ok=True)

    def _run(self, *args: str) -> list[str]:
        return ["dbus-run-session", "--", "vym", "--locale", "en", "-t", *args, str(self.map)]

    def launch(self) -> list[str]:
        return self._run("-q")

    def export(self, fmt: str) -> tuple[list[str], Path]:
        out = self.folder / f"vym-out-{self.count}.{fmt}"
        line = (f'exportImage("{out}","PNG");' if fmt == "png" else f'exportSVG("{out}");')
        script = self.folder / f"vym-{fmt}.vys"
        script.write_text(line + "\n", encoding="utf-8")
        return self._run("-b", "-q", "-r", str(script)), out


def start_display(display: str) -> subprocess.Popen | None:
    """Xvfb on ``display`` when there is no X display (vym needs one, and ``--xvfb``)."""
    if os.environ.get("DISPLAY"):
        return None
    if not shutil.which("Xvfb"):
        raise SystemExit("--peers and --xvfb need an X display or Xvfb")
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", "1600x1000x24"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    return server


def row(label: str, mine: Run, peer: Run | None, note: str, peer_note: str = "") -> None:
    text = f"{label:<34}{mine.wall:8.2f}"
    if peer is not None:
        text += f"{peer.wall:8.2f}{mine.wall / peer.wall:9.2f}"
    if mine.first_frame is not None:
        note = f"first frame {mine.first_frame:.3f} s" + (f"; {note}" if note else "")
    notes = note if mine.code == 0 else f"exit {mine.code}"
    if peer is not None and peer.code != 0:
        peer_note = f"vym exit {peer.code}"
    print(text + f"  {notes}" + (f"; vym: {peer_note}" if peer_note else ""), flush=True)


#: the floor program draws this many ideas (``stack_floor.SHOWN``)
FLOOR_DRAWS = 200


def floor_row(ours: list[str], floor: list[str], env: dict[str, str], runs: int) -> None:
    """The stack's floor for the same work (see ``stack_floor.py``), in turn with ours."""
    mine, least = paired_runs(ours, floor, env, runs)
    assert least is not None
    note = f"app {mine.wall:.2f} s in turn: app / floor {mine.wall / least.wall:.2f}"
    if mine.first_frame is not None and least.first_frame is not None:
        note += (f"; first frames {mine.first_frame:.3f} / {least.first_frame:.3f} s: "
                 f"{mine.first_frame / least.first_frame:.2f}")
    row("  ... the stack's floor", least._replace(first_frame=None), None, note)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", default="100,1000,5000,20000")
    parser.add_argument("--peers", action="store_true", help="time vym too, in turn")
    parser.add_argument("--display", default=":113",
                        help="Xvfb display for --peers and --xvfb (when DISPLAY is not set)")
    parser.add_argument("--xvfb", action="store_true",
                        help="run the app on Qt's xcb platform under X (the issue's "
                             "conditions: Xvfb), not offscreen")
    parser.add_argument("--no-launch", action="store_true", help="exports only")
    parser.add_argument("--panels", action="store_true",
                        help="also launch with the outline and the idea panel showing")
    parser.add_argument("--again", action="store_true",
                        help="also launch on each map opened before (its cache entries)")
    parser.add_argument("--floor", action="store_true",
                        help="also time stack_floor.py (the stack's least), in turn")
    parser.add_argument("--launch-up-to", type=int, default=20000,
                        help="launch rows for maps up to this many ideas")
    args = parser.parse_args(argv)
    from canvas_bench import workshop_map

    from mindmap_app.io.freemind_format import dumps as freemind_dumps
    from mindmap_app.io.yaml_format import save_map

    platform = "xcb" if args.xvfb else os.environ.get("QT_QPA_PLATFORM", "offscreen")
    env = dict(os.environ, QT_QPA_PLATFORM=platform,
               PYTHONPATH=f"{ROOT / 'src'}{os.pathsep}{ROOT}",
               XDG_CONFIG_HOME=tempfile.mkdtemp(prefix="mindmap-bench-config-"),
               MINDMAP_DATA_DIR=tempfile.mkdtemp(prefix="mindmap-bench-data-"),
               MINDMAP_CACHE_DIR=tempfile.mkdtemp(prefix="mindmap-bench-cache-"),
               FRESH_CACHE="1")
    server = start_display(args.display) if args.peers or args.xvfb else None
    if args.peers or args.xvfb:
        env.update(DISPLAY=os.environ.get("DISPLAY", args.display), LANG="en_US.UTF-8")
    # as installed by pip: the .pyc files exist (with PYTHONDONTWRITEBYTECODE set, as on
    # this team's machines, an editable checkout would compile every module at each start)
    compileall.compile_dir(ROOT / "src", quiet=1)
    py = sys.executable
    print(f"whole processes, median of {args.runs} after a warm-up; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs; Qt platform {platform}"
          + (f" (DISPLAY {env['DISPLAY']})" if platform == "xcb" else ""))
    print(f"{'workload':<34}{'app s':>8}" + (f"{'vym s':>8}{'app/vym':>9}" if args.peers
                                               else "") + "  notes")
    try:
        with tempfile.TemporaryDirectory() as folder:
            tmp = Path(folder)
            script = tmp / "drawn.py"
            script.write_text(DRAWN_SCRIPT, encoding="utf-8")
            floor = Path(__file__).resolve().parent / "stack_floor.py"
            panels_env = dict(env, XDG_CONFIG_HOME=str(tmp / "panels-config"))
            if args.panels:     # a first start shows the panels; later starts keep them
                panels = tmp / "panels.py"
                panels.write_text(PANELS_SCRIPT, encoding="utf-8")
                subprocess.run([py, "-m", "tests.app_with_script", str(panels)],
                               env=panels_env, cwd=ROOT, check=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for count in (int(s) for s in args.sizes.split(",")):
                mind_map = workshop_map(count, branch=max(2, min(1000, count // 10)))
                path = tmp / f"map-{count}.yaml"
                save_map(mind_map, path)
                vym = Vym(tmp, freemind_dumps(mind_map), count) if args.peers else None
                if count <= args.launch_up_to and not args.no_launch:
                    mine, peer = paired_runs(
                        [py, "-m", "tests.app_with_script", str(script), str(path)],
                        vym.launch() if vym else None, env, args.runs,
                        vym.unlock if vym else lambda: None)
                    row(f"launch -> drawn, {count:,} ideas", mine, peer, "first open")
                    if args.floor:
                        floor_row([py, "-m", "tests.app_with_script", str(script), str(path)],
                                  [py, str(floor), str(path)], env, args.runs)
                    if args.again:
                        again_env = dict(env, FRESH_CACHE="",
                                         MINDMAP_CACHE_DIR=str(tmp / f"cache-{count}"))
                        keep = tmp / "keep.py"
                        keep.write_text(KEEP_SCRIPT, encoding="utf-8")
                        subprocess.run([py, "-m", "tests.app_with_script", str(keep),
                                        str(path)], env=again_env, cwd=ROOT, check=True,
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                        mine, _ = paired_runs(
                            [py, "-m", "tests.app_with_script", str(script), str(path)],
                            None, again_env, args.runs)
                        row("  ... opened again", mine, None, "map and sizes from the cache")
                    if args.panels:
                        mine, _ = paired_runs(
                            [py, "-m", "tests.app_with_script", str(script), str(path)],
                            None, panels_env, args.runs)
                        row("  ... beside outline, idea panel", mine, None, "")
                for fmt in ("png", "svg"):
                    out = tmp / f"out-{count}.{fmt}"
                    theirs, their_out = vym.export(fmt) if vym else (None, None)
                    mine, peer = paired_runs(
                        [py, "-m", "mindmap_app", "export", str(path), "-o", str(out)],
                        theirs, env, args.runs, vym.unlock if vym else lambda: None)
                    size = out.stat().st_size // 1024 if out.exists() else 0
                    note = f"{size:,} KiB, peak {mine.peak:.0f} MB"
                    peer_note = ""
                    if fmt == "png":
                        note += f", {png_figures(out)}"
                    if peer is not None and their_out is not None:
                        their_size = (their_out.stat().st_size // 1024
                                      if their_out.exists() else 0)
                        peer_note = f"{their_size:,} KiB, peak {peer.peak:.0f} MB"
                        if fmt == "png":
                            peer_note += f", {png_figures(their_out)}"
                    row(f"{fmt.upper()} export, {count:,}", mine, peer, note, peer_note)
                    if args.floor and count <= FLOOR_DRAWS:    # it draws every idea
                        floor_row([py, "-m", "mindmap_app", "export", str(path), "-o", str(out)],
                                  [py, str(floor), str(path), f"--{fmt}", str(out)], env,
                                  args.runs)
                    for made in (out, their_out):
                        if made is not None and made.exists():
                            made.unlink()
    finally:
        if server is not None:
            server.terminate()
            server.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
