"""How fast is a big Markdown change log imported? Run:
``python benchmarks/markdown_bench.py [FILE.md]``.

Without a file, reads the Rust release notes installed with rustup, if any
(``~/.rustup/toolchains/*/share/doc/rust/html/releases.md``), and a file written here in
their shape (RELEASES.md: about 7,000 headings and list items in 700 KB): per release a
setext heading, an HTML anchor, setext sections (Language, Compiler, Libraries...), bullet
items with reference links, some nested items, and the release's link reference definitions
at its end. Prints each file's size, the ideas imported and the median of several imports
(the target: under 1 s).
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

from mindmap_app.io import markdown_format

RUNS = 7
WORDS = ("stabilize impl trait async fn const generics borrow checker lint warn deny allow "
         "cargo rustdoc target tier macro pattern closure iterator slice vec string unsafe "
         "pointer").split()
SECTIONS = ("Language", "Compiler", "Libraries", "Stabilized APIs", "Cargo",
            "Compatibility Notes")


def release_notes(releases: int = 125, seed: int = 5) -> str:
    rng = random.Random(seed)

    def words(low: int, high: int) -> str:
        return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high))).capitalize()

    out: list[str] = []
    for number in range(releases, 0, -1):
        title = f"Version 1.{number}.0 (2023-12-28)"
        out += [title, "=" * len(title), "", f'<a id="1.{number}.0-Language"></a>', ""]
        refs = []
        for section in SECTIONS:
            out += [section, "-" * len(section), ""]
            for _ in range(rng.randint(3, 9)):
                pull = rng.randint(10_000, 130_000)
                out.append(f"- [{words(4, 14)} `{rng.choice(WORDS)}`.][{pull}]")
                refs.append(f"[{pull}]: https://github.com/rust-lang/rust/pull/{pull}/")
                if rng.random() < 0.2:
                    out += [f"  - {words(3, 10)}" for _ in range(rng.randint(1, 3))]
            out.append("")
        out += [*refs, ""]
    return "\n".join(out)


def main() -> None:
    if len(sys.argv) > 1:
        files = [Path(sys.argv[1])]
    else:
        files = sorted(Path.home().glob(".rustup/toolchains/*/share/doc/rust/html/"
                                        "releases.md"))[:1]
    for path in files:
        measure(path, path.read_bytes())
    if len(sys.argv) == 1:
        measure(Path("RELEASES.md (generated)"), release_notes().encode("utf-8"))


def measure(path: Path, data: bytes) -> None:
    times, cpu = [], []
    mind_map = None
    for _ in range(RUNS):
        start, start_cpu = time.perf_counter(), time.process_time()
        mind_map = markdown_format.loads(data, path)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    # on a shared machine the CPU time is the steadier figure
    print(f"Markdown import of {path.name}: {len(data) / 1024:.0f} KB, "
          f"{len(mind_map):,} ideas: median {statistics.median(times) * 1000:.0f} ms "
          f"(CPU {statistics.median(cpu) * 1000:.0f} ms; best {min(times) * 1000:.0f} ms; "
          f"{RUNS} runs; target < 1000 ms)")


if __name__ == "__main__":
    main()
