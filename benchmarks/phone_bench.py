"""Participants' phones under load. Run: ``python benchmarks/phone_bench.py [--phones 40]
[--seconds 60] [--idea-every 5] [--vote-every 2]``.

The host is the real app in another process (offscreen Qt): the national map shared on
127.0.0.1, "Opportunities" open for input with ideas going straight onto the map, a voting
round running. ``--phones`` simulated phones (this process, one asyncio loop, the page's own
JSON messages over websockets) each send an idea every ``--idea-every`` seconds and place or
take back a dot every ``--vote-every`` seconds (each with a random start); a quarter of them
fetch the map's SVG whenever it changes, as a phone on the Map tab does. Printed:

* latency of an idea from the phone to the desktop map (sent -> the app's "On the map" ack,
  sent once the edit is in the model), p50 and p95; and of a dot (sent -> my dots updated);
* how long until a phone is told of a new drawing of the map that holds its idea (p50, p95);
* the host process's CPU (share of one core) and resident memory;
* nothing lost: every idea acknowledged is on the host's map, and the votes on the map equal
  the dots the phones hold.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

HOST = r'''
import json, os, shutil, sys, threading, resource
from pathlib import Path
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["MINDMAP_ANIMATIONS"] = "0"
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from mindmap_app.app.facilitate_menu import workshop
from mindmap_app.app.main_window import MainWindow
from mindmap_app.facilitation.voting import Budget
folder = Path(sys.argv[1])
window = MainWindow(); window.resize(1280, 800); window.show()
window.ask_save = lambda document: "discard"
window.open_path(folder / "national.yaml")
editor = window.editor()
session = window.sharing.share(editor, "127.0.0.1", 0, "Host")
phones = window.sharing.phones.room_for(editor)
lines = []
threading.Thread(target=lambda: [lines.append(l.strip()) for l in sys.stdin],
                 daemon=True).start()
def tick():
    if phones.url and not getattr(tick, "told", False):
        tick.told = True
        phones.open_branch("opportunities"); phones.set_to_map(True)
        workshop(editor).voting.start(Budget(dots_per_person=3))
        print(json.dumps({"url": phones.url}), flush=True)
    while lines:
        if lines.pop(0) == "report":
            m = editor.mind_map
            print(json.dumps({
                "ideas": [m.text(n) for n in m.children("opportunities")],
                "votes": {n: m.get(n, "votes") for n in m.nodes() if m.get(n, "votes")},
                "renders": phones.map_renders, "nodes": len(m),
                "people": len(phones.people)}), flush=True)
            window.sharing.shutdown(); app.quit()
QTimer(app, timeout=tick, interval=50).start()
app.exec()
'''


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))] if values else float("nan")


class Phone:
    def __init__(self, index: int, url: str, args, stats) -> None:  # noqa: ANN001
        self.index, self.url, self.args, self.stats = index, url, args, stats
        self.mine: dict[str, int] = {}
        self.left = 3
        self.sent: dict[int, float] = {}
        self.waiting_map: list[tuple[float, int]] = []      # (sent, map version at the ack)
        self.map_version = 0
        self.vote_sent: float | None = None
        self.ideas: list[str] = []
        self.nodes: list[str] = []
        self.fetching = False

    async def fetch_map(self, version: int) -> None:
        self.fetching = True
        try:
            host, port = self.url.split("/")[2].split(":")
            reader, writer = await asyncio.open_connection(
                host, int(port), local_addr=(f"127.0.0.{2 + self.index // 10}", 0))
            theme = "dark" if self.index % 8 == 0 else "light"       # some phones are dark
            path = "/" + self.url.split("/", 3)[3] + f"map.svg?theme={theme}&v={version}"
            writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
            data = await reader.read()
            writer.close()
            self.stats["svg_bytes"].append(len(data))
        finally:
            self.fetching = False

    async def run(self, until: float) -> None:
        from websockets.asyncio.client import connect

        ws_url = self.url.replace("http", "ws", 1) + "ws"
        # ten phones per source address (127.0.0.2, .3, ...): the room allows a dozen per
        # address, as phones on a room's network each have their own
        local = (f"127.0.0.{2 + self.index // 10}", 0)
        async with connect(ws_url, origin=self.url.rsplit("/", 2)[0], local_addr=local) as ws:
            await ws.send(json.dumps({"t": "join", "name": f"Phone {self.index}",
                                      "session": ""}))
            reader = asyncio.ensure_future(self.read(ws))
            rng = random.Random(self.index)
            next_idea = time.monotonic() + rng.uniform(0, self.args.idea_every)
            next_vote = time.monotonic() + rng.uniform(0, self.args.vote_every)
            number = 0
            while time.monotonic() < until:
                now = time.monotonic()
                if now >= next_idea:
                    number += 1
                    text = f"idea {self.index}-{number}"
                    self.sent[number] = time.perf_counter()
                    self.ideas.append(text)
                    await ws.send(json.dumps({"t": "idea", "text": text, "n": number}))
                    self.stats["ideas_sent"] += 1
                    next_idea += self.args.idea_every
                if now >= next_vote and self.nodes and self.vote_sent is None:
                    if self.left > 0 and (not self.mine or rng.random() < 0.6):
                        node, delta = rng.choice(self.nodes), 1
                    else:
                        node, delta = rng.choice(sorted(self.mine)), -1
                    self.vote_sent = time.perf_counter()
                    await ws.send(json.dumps({"t": "vote", "node": node, "d": delta}))
                    self.stats["votes_sent"] += 1
                    next_vote += self.args.vote_every
                await asyncio.sleep(0.05)
            await asyncio.sleep(3)               # the last answers
            reader.cancel()

    async def read(self, ws) -> None:  # noqa: ANN001
        async for frame in ws:
            msg = json.loads(frame)
            now = time.perf_counter()
            if msg["t"] == "ack":
                started = self.sent.pop(msg["n"], None)
                if started is not None and msg["ok"]:
                    self.stats["idea_ms"].append((now - started) * 1000)
                    self.stats["ideas_acked"] += 1
                    self.waiting_map.append((started, self.map_version))
                elif not msg["ok"]:
                    self.stats["refused"].append(msg["text"])
            elif msg["t"] == "you":
                if msg.get("left") is not None:
                    self.left = msg["left"]
                self.mine = msg.get("mine") or {}
                if self.vote_sent is not None:
                    self.stats["vote_ms"].append((now - self.vote_sent) * 1000)
                    self.vote_sent = None
            elif msg["t"] == "error":
                self.stats["errors"].append(msg["text"])
                self.vote_sent = None
            elif msg["t"] == "room":
                voting = msg.get("voting")
                if voting and not self.nodes:
                    self.nodes = [i["id"] for i in voting["ideas"]][:60]
                if msg.get("map", 0) > self.map_version:
                    self.map_version = msg["map"]
                    for started, _version in self.waiting_map:
                        self.stats["map_ms"].append((now - started) * 1000)
                    self.waiting_map = []
                    if self.index % 4 == 0 and not self.fetching:
                        asyncio.ensure_future(self.fetch_map(self.map_version))


async def drive(url: str, args) -> tuple[dict, list[Phone]]:  # noqa: ANN001
    stats = {"idea_ms": [], "vote_ms": [], "map_ms": [], "ideas_sent": 0, "ideas_acked": 0,
             "votes_sent": 0, "refused": [], "errors": [], "svg_bytes": []}
    until = time.monotonic() + args.seconds
    phones = [Phone(i, url, args, stats) for i in range(args.phones)]
    await asyncio.gather(*(p.run(until) for p in phones))
    return stats, phones


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--phones", type=int, default=40)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--idea-every", type=float, default=5.0)
    parser.add_argument("--vote-every", type=float, default=2.0)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="phone-bench-"))
    (folder / "national.yaml").write_bytes((ROOT / "sample_maps" / "national.yaml").read_bytes())
    env = dict(os.environ, MINDMAP_DATA_DIR=tempfile.mkdtemp(),
               XDG_CONFIG_HOME=tempfile.mkdtemp(), PYTHONPATH=str(ROOT / "src"))
    host = subprocess.Popen([sys.executable, "-c", HOST, str(folder)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, env=env,
                            stderr=open(folder / "host.log", "w"))  # noqa: SIM115
    print(f"host log: {folder / 'host.log'}", flush=True)
    url = json.loads(host.stdout.readline())["url"]
    print(f"page: {url}", flush=True)
    cpu0, t0 = cpu_seconds(host.pid), time.monotonic()
    stats, phones = asyncio.run(drive(url, args))
    cpu = (cpu_seconds(host.pid) - cpu0) / (time.monotonic() - t0)
    rss = rss_mb(host.pid)
    host.stdin.write("report\n")
    host.stdin.flush()
    report = json.loads(host.stdout.readline())
    try:
        host.wait(30)
    except subprocess.TimeoutExpired:
        host.kill()
    on_map = set(report["ideas"])
    acked_ideas = {t for p in phones for t in p.ideas} & on_map
    dots = {}
    for phone in phones:
        for node, count in phone.mine.items():
            dots[node] = dots.get(node, 0) + count
    renders = report["renders"]
    print(f"{args.phones} phones for {args.seconds:.0f} s (an idea every {args.idea_every:g} s "
          f"and a dot every {args.vote_every:g} s each); the host's map grew to "
          f"{report['nodes']} ideas")
    print(f"ideas: {stats['ideas_sent']} sent, {stats['ideas_acked']} on the map "
          f"(acknowledged), {len(acked_ideas)} found on the host's map; refused: "
          f"{len(stats['refused'])}; dot refusals: {len(stats['errors'])}")
    print(f"idea phone -> desktop map: p50 {pct(stats['idea_ms'], .5):.1f} ms, "
          f"p95 {pct(stats['idea_ms'], .95):.1f} ms")
    print(f"dot phone -> map and back: p50 {pct(stats['vote_ms'], .5):.1f} ms, "
          f"p95 {pct(stats['vote_ms'], .95):.1f} ms ({stats['votes_sent']} dots sent)")
    print(f"idea -> phones told of a map drawing holding it: p50 {pct(stats['map_ms'], .5):.0f}"
          f" ms, p95 {pct(stats['map_ms'], .95):.0f} ms; map drawn {len(renders)} times, "
          f"median {statistics.median(renders) * 1000 if renders else 0:.0f} ms, "
          f"{len(stats['svg_bytes'])} SVG fetches, median "
          f"{statistics.median(stats['svg_bytes']) / 1024 if stats['svg_bytes'] else 0:.0f} KB")
    print(f"host: CPU {cpu * 100:.0f}% of one core, resident memory {rss:.0f} MB")
    lost = stats["ideas_acked"] - len(acked_ideas)
    votes_ok = all(report["votes"].get(n, 0) >= c for n, c in dots.items())
    print(f"nothing lost: {'yes' if lost == 0 and votes_ok else 'NO'} (ideas missing: {lost}; "
          f"dots on the map match the phones': {votes_ok})")
    return 0 if lost == 0 and votes_ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
