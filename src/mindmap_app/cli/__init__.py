"""The ``mindmap-app`` command (also ``python -m mindmap_app``).

``mindmap-app [FILE...]`` opens the window (with those maps); the subcommands work without a
window::

    mindmap-app validate FILE...   check map files; exit 1 when any is bad
    mindmap-app info FILE...       title, layout, theme, node count, depth, floating, links
    mindmap-app export MAP -o OUT  PNG, SVG, PDF or an outline (see export_commands.py)
    mindmap-app convert IN OUT     between yaml, md, opml, mm and txt

The package: ``common`` (program name, exit codes, ``arg``, ``error``, ``CommandError``,
progress), ``map_commands`` (validate, info), ``export_commands`` (export, convert: the
front end of :mod:`mindmap_app.render.engine`); this module keeps the table of subcommands.

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

from .. import __version__
from . import export_commands, map_commands
from .common import PROG, Argument, Handler, Subcommand, arg, error

__all__ = ["PROG", "SUBCOMMANDS", "arg", "build_parser", "error", "main", "subcommand"]

#: name -> subcommand, in the order they were declared (the order --help lists them)
SUBCOMMANDS: dict[str, Subcommand] = {
    c.name: c for c in (*map_commands.COMMANDS, *export_commands.COMMANDS)}


def subcommand(name: str, help: str, *arguments: Argument) -> Callable[[Handler], Handler]:
    """Declare a subcommand: the decorated function gets the parsed arguments and returns
    the exit code."""
    def register(run: Handler) -> Handler:
        SUBCOMMANDS[name] = Subcommand(name, help, arguments, run)
        return run
    return register


# ================================================================================= main
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Mind maps for workshop facilitators. Without a command, opens the window "
                    f"with the given map files: {PROG} [FILE...]")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in SUBCOMMANDS.values():
        sub = commands.add_parser(command.name, help=command.help, description=command.help)
        for names, options in command.arguments:
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


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
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
