"""What every subcommand shares: the program name, exit codes, argument declarations, the
one-line error, the command that stops with an exit code, progress on stderr. Imports nothing
heavy (the subcommands must start fast and never load Qt unless they draw)."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

PROG = "mindmap-app"
OK, FAILED, USAGE = 0, 1, 2
#: the options of ``desktop_entry`` (``mindmap-app --help`` lists them); here, so that a start
#: of the window need not import that module (and ``subprocess``, ``shutil``) to see them
DESKTOP_OPTIONS = {
    "--install-desktop": "add the app to this user's application menu, with its icon, and open "
                         "map files with it by double-click",
    "--uninstall-desktop": "remove what --install-desktop added",
}

Argument = tuple[tuple[str, ...], dict[str, Any]]
Handler = Callable[[argparse.Namespace], int]


@dataclass(frozen=True)
class Subcommand:
    name: str
    help: str
    arguments: tuple[Argument, ...]
    run: Handler


def arg(*names: str, **options: Any) -> Argument:
    """One argument of a subcommand, as for ``ArgumentParser.add_argument``."""
    return names, options


def error(message: str, command: str | None = None) -> None:
    """Print one line on stderr (what every problem looks like to the user), after
    ``mindmap-app COMMAND:`` when a command is named; in the user's language."""
    prefix = f"{PROG} {command}: " if command else ""
    print(prefix + translated(" ".join(str(message).split())), file=sys.stderr)


def say(text: str = "", **options: Any) -> None:
    """``print`` in the user's language (the command's output for a person to read)."""
    print(translated(text) if text else text, **options)


def translated(text: str) -> str:
    """``text`` in the language of the setting or locale (English when none; no Qt)."""
    from ..i18n.messages import message

    return message(text)


class CommandError(Exception):
    """Ends a command with an exit code after printing one line."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code


def number(option: str, value: str | None) -> float | None:
    """The number given to ``option`` (``2x`` reads as 2), None when it was not given."""
    if value is None:
        return None
    try:
        return float(value.strip().rstrip("xX"))
    except ValueError:
        raise CommandError(USAGE, f"{option} needs a number, not {value!r}") from None


class Progress:
    """Progress of a long command on stderr: one line rewritten in place on a terminal, one
    line per step otherwise (logs in CI)."""

    def __init__(self, command: str, enabled: bool) -> None:
        self.command = command
        self.enabled = enabled
        self.tty = enabled and sys.stderr.isatty()
        self.started = time.perf_counter()

    def __call__(self, step: str) -> None:
        if not self.enabled:
            return
        line = f"{PROG} {self.command}: {translated(step)}..."
        if self.tty:
            print(f"\r\033[K{line}", end="", file=sys.stderr, flush=True)
        else:
            print(line, file=sys.stderr, flush=True)

    def done(self) -> None:
        if self.enabled:
            line = f"{PROG} {self.command}: " + translated(
                f"done in {time.perf_counter() - self.started:.1f} s")
            print(f"\r\033[K{line}" if self.tty else line, file=sys.stderr, flush=True)
