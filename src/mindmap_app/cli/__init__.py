"""The ``mindmap-app`` command (also ``python -m mindmap_app``).

``mindmap-app [FILE...]`` opens the window (with those maps); the subcommands work without a
window::

    mindmap-app validate FILE...   check map files; exit 1 when any is bad
    mindmap-app info FILE...       title, layout, theme, node count, depth, floating, links
    mindmap-app export MAP -o OUT  PNG, SVG, PDF or an outline (see export_commands.py)
    mindmap-app convert IN OUT     between yaml, md, opml, mm and txt
    mindmap-app serve MAP          host a shared map for other laptops (see room_commands.py)
    mindmap-app join CODE          open a shared map in the window
    mindmap-app report MAP -o OUT  the meeting report (.html, .md, .pdf)

The package: this module (the table of subcommands, validate and info, main), ``common`` (the
program name, exit codes, ``arg``, ``error``, ``CommandError``, progress: what every
subcommand shares) and ``export_commands`` (export and convert: the front end of
:mod:`mindmap_app.render.engine`).

Adding a subcommand takes one function::

    @subcommand("export", "export a map as PNG, SVG or PDF",
                arg("file", metavar="FILE"), arg("-o", "--output", required=True))
    def export_command(args: argparse.Namespace) -> int:
        ...
        return 0

A subcommand returns the exit code and prints problems with :func:`error` (one line each on
stderr). Any exception escaping it is printed the same way, with exit code 1: the command line
never shows a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from .. import __version__
from ..i18n import take_language_option
from ..i18n.messages import language as message_language
from ..i18n.messages import language_from_environment, set_language
from . import export_commands, report_command, room_commands
from .common import (
    DESKTOP_OPTIONS,
    PROG,
    Argument,
    Handler,
    Subcommand,
    arg,
    error,
    say,
    translated,
)

__all__ = ["PROG", "SUBCOMMANDS", "arg", "build_parser", "error", "main", "run", "subcommand"]

#: name -> subcommand, in the order they were declared (the order --help lists them)
SUBCOMMANDS: dict[str, Subcommand] = {}


def subcommand(name: str, help: str, *arguments: Argument) -> Callable[[Handler], Handler]:
    """Declare a subcommand: the decorated function gets the parsed arguments and returns
    the exit code."""
    def register(run: Handler) -> Handler:
        SUBCOMMANDS[name] = Subcommand(name, help, arguments, run)
        return run
    return register


# ============================================================================ subcommands
@subcommand("validate", "check that map files are valid; exit 1 when any is not",
            arg("files", nargs="+", metavar="FILE", help="map files (.yaml)"))
def validate_command(args: argparse.Namespace) -> int:
    status = 0
    for path, mind_map in _load_each(args.files):
        if mind_map is None:
            status = 1
            continue
        count = len(mind_map)
        say(f"ok {path} (1 node)" if count == 1 else f"ok {path} ({count} nodes)")
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


@subcommand("info", "show a map's title, layout, theme, size, depth, floating ideas and links",
            arg("files", nargs="+", metavar="FILE", help="map files (.yaml)"))
def info_command(args: argparse.Namespace) -> int:
    status = 0
    for i, (path, mind_map) in enumerate(_load_each(args.files)):
        if mind_map is None:
            status = 1
            continue
        if i:
            print()
        lines = [(translated(label) + ":", value if label in ("file", "title") and
                  value != "(none)" else translated(value))
                 for label, value in [("file", path), *map_info(mind_map)]]
        width = max(11, *(len(label) + 1 for label, _ in lines))
        for label, value in lines:
            print(f"{label:<{width}}{value}")
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
        ("floating", f"{translated(_count(len(floating), 'subtree'))} "
                     f"({translated(_count(in_floating, 'node'))})" if floating else "none"),
        ("links", f"{len(links)} ({labelled} labelled)" if links else "none"),
        ("map links", f"{len(targets)} ({shown})" if targets else "none"),
    ]


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


# export and convert live in export_commands.py, which loads Qt only for image exports
SUBCOMMANDS.update((command.name, command) for command in export_commands.COMMANDS)
# the meeting report (report_command.py)
SUBCOMMANDS["report"] = Subcommand("report", report_command.REPORT_HELP,
                                   report_command.REPORT_ARGUMENTS, report_command.run_report)
# serve and join (a shared map across laptops) live in room_commands.py
SUBCOMMANDS["serve"] = Subcommand("serve", room_commands.SERVE_HELP,
                                  room_commands.SERVE_ARGUMENTS, room_commands.run_serve)
SUBCOMMANDS["join"] = Subcommand("join", room_commands.JOIN_HELP,
                                 room_commands.JOIN_ARGUMENTS, room_commands.run_join)


# ================================================================================= main
def build_parser() -> argparse.ArgumentParser:
    """The parser, its help in the user's language (argparse's own words too: "usage",
    "options", its errors)."""
    argparse._ = translated        # noqa: SLF001 - argparse looks its words up in gettext's _
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=translated("Mind maps for workshop facilitators. Without a command, opens "
                               f"the window with the given map files: {PROG} [FILE...]"))
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}",
                        help=translated("show program's version number and exit"))
    parser.add_argument("--language", metavar="LANG",
                        help=translated("the window's language (en, de); default: the "
                                        "system's"))
    for option, text in DESKTOP_OPTIONS.items():
        parser.add_argument(option, action="store_true", help=translated(text))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in SUBCOMMANDS.values():
        sub = commands.add_parser(command.name, help=translated(command.help),
                                  description=translated(command.help))
        for names, options in command.arguments:
            if options.get("help"):
                options = {**options, "help": translated(options["help"])}
            sub.add_argument(*names, **options)
        sub.set_defaults(run=command.run)
    return parser


def open_window(paths: list[str]) -> int:
    """Start the GUI with ``paths`` (imported only now: the subcommands never load Qt)."""
    try:
        from ..app.main import run_gui
    except ImportError as exc:
        error(f"{PROG}: cannot open the window: {exc}")
        return 1
    return run_gui(paths)


#: commands that read and write files, then end: once one returns, its process may end at once
#: (see :mod:`.quick_exit`); the window, ``join`` (a window too) and ``serve`` end as usual
ENDS_AT_ONCE = frozenset({"validate", "info", "export", "convert", "report"})


def run() -> NoReturn:
    """The ``mindmap-app`` program: :func:`main` on this process's command line; after a
    command of :data:`ENDS_AT_ONCE` the process ends without Python's tear-down."""
    args_list = sys.argv[1:]
    code = main(args_list)
    command = take_language_option(list(args_list))[:1]
    if command and command[0] in ENDS_AT_ONCE:
        from .quick_exit import end_process

        end_process(code)
    sys.exit(code)


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    args_list = take_language_option(args_list)      # --language LANG: for the window
    before = message_language()
    set_language(language_from_environment())         # ... and this command's output
    try:
        return _run(args_list)
    finally:
        set_language(before)                          # (main called in a running program)


def _run(args_list: list[str]) -> int:
    if args_list[:1] and args_list[0] in DESKTOP_OPTIONS:
        from .desktop_entry import run_option

        return run_option(args_list[0])
    if not args_list or (args_list[0] not in SUBCOMMANDS and not args_list[0].startswith("-")):
        return open_window(args_list)
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:  # --help, --version, or a usage error (already printed)
        return exc.code if isinstance(exc.code, int) else 2
    if getattr(args, "run", None) is None:
        parser.print_help()
        return 2
    try:
        return args.run(args)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # one line, never a traceback
        error(f"{type(exc).__name__}: {exc}", args.command)
        return 1
