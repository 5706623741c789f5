"""``mindmap-app validate`` and ``mindmap-app info``: read maps, print what they hold."""

from __future__ import annotations

import argparse
from typing import Any

from .common import Subcommand, arg, error


def validate_command(args: argparse.Namespace) -> int:
    status = 0
    for path, mind_map in _load_each(args.files):
        if mind_map is None:
            status = 1
            continue
        count = len(mind_map)
        print(f"ok {path} ({count} node{'s' if count != 1 else ''})")
    return status


def _load_each(files: list[str]):  # noqa: ANN202
    """``(path, map)`` for each file; ``(path, None)`` after printing the one-line error of a
    file that does not load."""
    from ..io.errors import MapFormatError
    from ..io.yaml_format import load_map

    for path in files:
        try:
            yield path, load_map(path)
        except MapFormatError as exc:
            error(str(exc))
            yield path, None


def info_command(args: argparse.Namespace) -> int:
    status = 0
    for i, (path, mind_map) in enumerate(_load_each(args.files)):
        if mind_map is None:
            status = 1
            continue
        if i:
            print()
        for label, value in [("file", path), *map_info(mind_map)]:
            print(f"{label + ':':<11}{value}")
    return status


def map_info(mind_map: Any) -> list[tuple[str, str]]:
    """The lines of ``info`` for one map, as (label, value)."""
    floating = mind_map.floating
    in_floating = sum(len(mind_map.subtree(root)) for root in floating)
    links = mind_map.links()
    labelled = sum(1 for _, _, label in links if label)
    targets = [mind_map.get(node, "link") for root in mind_map.roots()
               for node in mind_map.subtree(root) if mind_map.get(node, "link")]
    shown = ", ".join(targets[:4]) + (", ..." if len(targets) > 4 else "")
    return [
        ("title", mind_map.title or "(none)"),
        ("layout", mind_map.layout),
        ("theme", mind_map.theme),
        ("nodes", str(len(mind_map))),
        ("depth", str(mind_map.height())),
        ("floating", f"{_count(len(floating), 'subtree')} ({_count(in_floating, 'node')})"
         if floating else "none"),
        ("links", f"{len(links)} ({labelled} labelled)" if links else "none"),
        ("map links", f"{len(targets)} ({shown})" if targets else "none"),
    ]


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


_FILES = arg("files", nargs="+", metavar="FILE", help="map files (.yaml)")
COMMANDS = (
    Subcommand("validate", "check that map files are valid; exit 1 when any is not", (_FILES,),
               validate_command),
    Subcommand("info", "show a map's title, layout, theme, size, depth, floating ideas and "
               "links", (_FILES,), info_command),
)
