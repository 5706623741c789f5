"""``mindmap-app export`` and ``mindmap-app convert``: no window, no display needed.

::

    mindmap-app export MAP -o OUT.{png,svg,pdf,md,opml,mm,txt,yaml} [--scale N | --dpi N]
                       [--theme NAME] [--branch ID] [--transparent] [--legend] [--margin PX]
                       [--page fit|A4|A3] [--orientation auto|portrait|landscape]
                       [--format F] [--from F]
    mindmap-app convert IN OUT [--format F] [--from F]

The formats follow the file extensions unless ``--format`` (output) or ``--from`` (input)
names them. Exit codes: 0 done; 1 the input cannot be read or the output cannot be written;
2 a usage problem (unknown format, bad option value, unknown branch id). Every problem is one
line on stderr, never a traceback; the output file is either complete or absent (it is
written to a temporary file in the same folder and renamed).

This is a front end of the export engine (:mod:`mindmap_app.render.engine`): it turns the
arguments into :class:`~mindmap_app.render.options.ExportOptions`, which the engine checks
once (:func:`~mindmap_app.render.engine.prepare`), and writes what the engine makes. Qt is
imported only for image exports, and only after choosing the ``offscreen`` platform when there
is no display (:mod:`mindmap_app.render.headless`); outline exports and conversions never load
it. This module itself imports nothing heavy, so ``mindmap-app validate`` and ``info`` stay
fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from .common import (
    FAILED,
    OK,
    PROG,
    USAGE,
    Argument,
    CommandError,
    Progress,
    Subcommand,
    error,
    number,
    say,
)
from .common import arg as _arg

#: Maps with more nodes than this report their progress on stderr.
LARGE_MAP = 2000


_FORMAT_HELP = "png, svg, pdf, md, opml, mm, txt or yaml"
_IO_ARGUMENTS: tuple[Argument, ...] = (
    _arg("--format", "--to", dest="format", metavar="F",
         help=f"output format ({_FORMAT_HELP}); default: the output's extension"),
    _arg("--from", dest="input_format", metavar="F",
         help="input format (yaml, md, opml, mm, txt); default: the input's extension"),
    _arg("-q", "--quiet", action="store_true", help="no summary line and no progress"),
)

EXPORT_HELP = "export a map as PNG, SVG, PDF or an outline (Markdown, OPML, FreeMind, text)"
EXPORT_ARGUMENTS: tuple[Argument, ...] = (
    _arg("map", metavar="MAP", help="the map to export (any format mindmap-app reads)"),
    _arg("-o", "--output", required=True, metavar="OUT",
         help="file to write; its extension chooses the format"),
    _arg("--scale", metavar="N", help="PNG: pixels per map pixel, 0.25 to 8 (default 1)"),
    _arg("--dpi", metavar="N", help="PNG: resolution instead of --scale, 24 to 768 (96 = 1x)"),
    _arg("--theme", metavar="NAME",
         help="light, dark or projector (default: the map's theme)"),
    _arg("--branch", metavar="ID", help="export only this node and its descendants"),
    _arg("--transparent", action="store_true",
         help="PNG/SVG/PDF: no background (PNG keeps alpha)"),
    _arg("--margin", metavar="PX", help="space around the map, in pixels (default 24)"),
    _arg("--legend", action="store_true",
         help="PNG/SVG/PDF: the legend of tags (their colours and counts) beside the map"),
    _arg("--page", metavar="SIZE", help="PDF page: fit (default; page = map), A4 or A3"),
    _arg("--orientation", metavar="O",
         help="PDF on A4/A3: auto (default), portrait or landscape"),
    *_IO_ARGUMENTS,
)

CONVERT_HELP = "convert a map between formats (yaml, md, opml, mm, txt; also png, svg, pdf)"
CONVERT_ARGUMENTS: tuple[Argument, ...] = (
    _arg("input", metavar="IN", help="the file to read"),
    _arg("output", metavar="OUT", help="the file to write; its extension chooses the format"),
    *_IO_ARGUMENTS,
)


def _formats(args: argparse.Namespace, source: str, target: str) -> tuple[Any, Any]:
    from ..io.formats import UnknownFormatError, format_for_path

    try:
        out_fmt = format_for_path(target, args.format)
        in_fmt = format_for_path(source, args.input_format)
    except UnknownFormatError as exc:
        raise CommandError(USAGE, str(exc)) from None
    if not in_fmt.readable:
        raise CommandError(USAGE, f"{source}: {in_fmt.label} files cannot be read; maps are "
                            "read from yaml, md, opml, mm or txt")
    return in_fmt, out_fmt


def _check_target(target: str) -> None:
    """Refuse, before any work, an output that cannot be written at all."""
    path = Path(target)
    if path.is_dir():
        raise CommandError(FAILED, f"cannot write {target}: it is a folder")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise CommandError(FAILED, f"cannot write {target}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise CommandError(FAILED, f"cannot write {target}: no permission to write in {folder}")


def _options(args: argparse.Namespace) -> Any:
    """The export options the arguments ask for (not yet checked: the engine does that)."""
    from ..render.options import ExportOptions

    scale = number("--scale", getattr(args, "scale", None))
    dpi = number("--dpi", getattr(args, "dpi", None))
    margin = number("--margin", getattr(args, "margin", None))
    return ExportOptions(
        theme=getattr(args, "theme", None),
        branch=getattr(args, "branch", None),
        scale=1.0 if scale is None else scale,
        dpi=dpi,
        transparent=bool(getattr(args, "transparent", False)),
        legend=bool(getattr(args, "legend", False)),
        page_size=getattr(args, "page", None) or "fit",
        orientation=getattr(args, "orientation", None) or "auto",
        **({} if margin is None else {"margin": margin}),
    )


def _quiet_qt() -> None:
    """Keep Qt's own chatter (offscreen plugin notes, font warnings) off the command line;
    critical messages still get through, as one line."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind, _context, message) -> None:  # noqa: ANN001
        if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            print(f"{PROG}: Qt: " + " ".join(str(message).split()), file=sys.stderr)
    qInstallMessageHandler(handler)


def _summary(out_fmt: Any, target: str, options: Any, mind_map: Any) -> str:
    size = Path(target).stat().st_size
    what = f"{size / 1024:.0f} KB" if size < 2**20 else f"{size / 2**20:.1f} MB"
    scope = f"branch {options.branch!r}" if options.branch else f"{len(mind_map):,} nodes"
    return f"wrote {target} ({out_fmt.label}, {scope}, {what})"


def _write(job: Any, target: str, progress: Progress) -> None:
    if job.fmt.is_image:  # Qt, offscreen when there is no display, its chatter kept quiet
        from ..render.headless import ensure_app, prepare_environment

        prepare_environment()
        _quiet_qt()
        ensure_app()
    from ..render.engine import write

    write(job, target, progress)


def _run(command: str, args: argparse.Namespace, source: str, target: str) -> int:
    import gc

    from ..collector import collector_paused

    # imports, the map, the scene: nothing cyclic to find; they live to the end, so the
    # drawing's collections need not walk them (set apart, given back after)
    set_apart = not gc.get_freeze_count()
    try:
        with collector_paused():
            out_fmt, mind_map, job, options = _prepare(args, source, target)
            if set_apart:
                gc.freeze()
        from ..render.options import ExportError

        progress = Progress(command, not args.quiet and len(mind_map) > LARGE_MAP)
        try:
            _write(job, target, progress)
        except ExportError as exc:
            raise CommandError(FAILED, str(exc)) from None
        except OSError as exc:
            raise CommandError(FAILED, f"cannot write {target}: {exc.strerror or exc}") from None
        progress.done()
        if not args.quiet:
            say(_summary(out_fmt, target, options, mind_map))
        return OK
    except CommandError as stop:
        error(str(stop), command)
        return stop.code
    finally:
        if set_apart:
            gc.unfreeze()


def _prepare(args: argparse.Namespace, source: str, target: str) -> tuple[Any, ...]:
    """The output format, the map read from ``source``, the export job and its options (raises
    :class:`CommandError` with the one line to print)."""
    in_fmt, out_fmt = _formats(args, source, target)
    options = _options(args)
    from ..render.engine import prepare
    from ..render.options import ExportOptionError

    try:
        options = options.checked()   # before any work; prepare() takes them as they are
    except ExportOptionError as exc:
        raise CommandError(USAGE, str(exc)) from None
    _check_target(target)
    from ..io.errors import MapFormatError
    from ..io.formats import read_map

    try:
        mind_map = read_map(source, in_fmt)
    except MapFormatError as exc:
        raise CommandError(FAILED, str(exc)) from None
    try:
        job = prepare(mind_map, out_fmt, options)
    except ExportOptionError as exc:
        raise CommandError(USAGE, f"{source}: {exc}") from None
    return out_fmt, mind_map, job, options


def run_export(args: argparse.Namespace) -> int:
    """``mindmap-app export MAP -o OUT [options]``."""
    return _run("export", args, args.map, args.output)


def run_convert(args: argparse.Namespace) -> int:
    """``mindmap-app convert IN OUT``: the whole map, default look for images."""
    return _run("convert", args, args.input, args.output)


COMMANDS = (
    Subcommand("export", EXPORT_HELP, EXPORT_ARGUMENTS, run_export),
    Subcommand("convert", CONVERT_HELP, CONVERT_ARGUMENTS, run_convert),
)
