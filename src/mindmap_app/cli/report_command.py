"""``mindmap-app report MAP -o report.html|.md|.pdf``: the meeting report from the command
line (see :mod:`mindmap_app.render.report`). Errors are one line; exit 1 for an unreadable
map or an unwritable output, 2 for an unknown format."""

from __future__ import annotations

import argparse
from typing import Any

from .common import error, say

REPORT_HELP = "write the meeting report (votes, actions, parking lot, notes) as HTML, MD or PDF"
REPORT_ARGUMENTS: tuple[tuple[tuple[Any, ...], dict[str, Any]], ...] = (
    (("file",), {"metavar": "MAP", "help": "the map file (.yaml)"}),
    (("-o", "--output"), {"required": True, "metavar": "OUT",
                          "help": "report.html, report.md or report.pdf"}),
)


def run_report(args: argparse.Namespace) -> int:
    from ..io.errors import MapFormatError
    from ..io.yaml_format import load_map
    from ..render.report import ReportError, report_format

    try:
        report_format(args.output)
    except ReportError as exc:
        error(f"mindmap-app report: {args.output}: {exc}")
        return 2
    try:
        mind_map = load_map(args.file)
    except MapFormatError as exc:
        error(str(exc))
        return 1
    from ..render.headless import prepare_environment

    prepare_environment()
    from ..render.report import write_report

    try:
        path = write_report(mind_map, args.output)
    except OSError as exc:
        error(f"mindmap-app report: cannot write {args.output}: {exc.strerror or exc}")
        return 1
    say(f"wrote {path}")
    return 0
