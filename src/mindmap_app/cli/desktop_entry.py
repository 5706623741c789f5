"""``mindmap-app --install-desktop`` / ``--uninstall-desktop``: the app in the current user's
application menu, its icon, and a MIME type so that map files open by double-click. No Qt.

Follows the freedesktop.org specifications (Desktop Entry, Icon Theme, Shared MIME-info,
MIME Applications): files go under ``$XDG_DATA_HOME`` (default ``~/.local/share``) and the
default-application choice into ``$XDG_CONFIG_HOME/mimeapps.list`` (default ``~/.config``).
A map file is recognised by its first line, ``format: mindmap/`` (the MIME type is a
subclass of YAML, so the content wins over the ``.yaml`` name).
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from ..package_data import resource
from .common import say

APP_ID = "mindmap-app"
MIME_TYPE = "application/x-mindmap+yaml"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
MIMEAPPS_SECTION = "[Default Applications]"


@dataclass(frozen=True)
class XdgDirs:
    data_home: Path
    config_home: Path

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> XdgDirs:
        env = os.environ if environ is None else environ
        home = Path(env.get("HOME") or Path.home())
        data = env.get("XDG_DATA_HOME") or ""
        config = env.get("XDG_CONFIG_HOME") or ""
        # the specification: a relative path is invalid and is ignored
        return cls(Path(data) if os.path.isabs(data) else home / ".local" / "share",
                   Path(config) if os.path.isabs(config) else home / ".config")

    def desktop_file(self) -> Path:
        return self.data_home / "applications" / f"{APP_ID}.desktop"

    def mime_file(self) -> Path:
        return self.data_home / "mime" / "packages" / f"{APP_ID}.xml"

    def icon_files(self) -> list[Path]:
        icons = self.data_home / "icons" / "hicolor"
        return [icons / "scalable" / "apps" / f"{APP_ID}.svg"] + [
            icons / f"{n}x{n}" / "apps" / f"{APP_ID}.png" for n in ICON_SIZES]

    def mimeapps_list(self) -> Path:
        return self.config_home / "mimeapps.list"


def launch_command() -> list[str]:
    """How the menu starts this very program: the bundle's executable, the installed
    ``mindmap-app`` script, or this Python with ``-m mindmap_app``."""
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).resolve())]
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.name == APP_ID and script.exists():
        return [str(script.resolve())]
    found = shutil.which(APP_ID)
    if found:
        return [str(Path(found).resolve())]
    return [str(Path(sys.executable).resolve()), "-m", "mindmap_app"]


def desktop_entry(command: list[str]) -> str:
    """The shipped ``.desktop`` entry with ``Exec`` (and ``TryExec``) pointing at ``command``."""
    lines = []
    for line in resource(f"{APP_ID}.desktop").read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + " ".join(_desktop_quote(part) for part in command) + " %F"
        elif line.startswith("TryExec="):
            line = "TryExec=" + command[0]
        lines.append(line)
    return "\n".join(lines) + "\n"


def _desktop_quote(arg: str) -> str:
    """An argument of an Exec line (the Desktop Entry quoting rules)."""
    if arg and not any(c in arg for c in ' \t\n"\'\\><~|&;$*?#()`%'):
        return arg
    escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`")
    return '"' + escaped.replace("$", "\\$").replace("%", "%%") + '"'


def install(dirs: XdgDirs, command: list[str] | None = None) -> list[Path]:
    """Write the desktop entry, icons and MIME type for the current user; make the app the
    default for map files unless the user chose another. Returns the files written."""
    written = []
    entry = dirs.desktop_file()
    _write(entry, desktop_entry(command or launch_command()).encode("utf-8"))
    written.append(entry)
    _write(dirs.mime_file(), resource(f"{APP_ID}-mime.xml").read_bytes())
    written.append(dirs.mime_file())
    svg, *pngs = dirs.icon_files()
    _write(svg, resource(f"{APP_ID}.svg").read_bytes())
    written.append(svg)
    for size, path in zip(ICON_SIZES, pngs, strict=True):
        _write(path, resource(f"{APP_ID}-{size}.png").read_bytes())
        written.append(path)
    _set_default_application(dirs.mimeapps_list(), add=True)
    _refresh_caches(dirs)
    return written


def uninstall(dirs: XdgDirs) -> list[Path]:
    """Remove what :func:`install` wrote (and the default-application line it added).
    Returns the files removed."""
    removed = []
    for path in [dirs.desktop_file(), dirs.mime_file(), *dirs.icon_files()]:
        if path.exists():
            path.unlink()
            removed.append(path)
    _set_default_application(dirs.mimeapps_list(), add=False)
    _refresh_caches(dirs)
    return removed


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _set_default_application(mimeapps: Path, add: bool) -> None:
    """Add (when no default is set for map files) or remove our line in mimeapps.list,
    leaving every other line as it was."""
    ours = f"{MIME_TYPE}={APP_ID}.desktop;"
    lines = mimeapps.read_text(encoding="utf-8").splitlines() if mimeapps.exists() else []
    if not add:
        if ours not in lines:
            return
        lines.remove(ours)
    else:
        if any(line.split("=", 1)[0].strip() == MIME_TYPE for line in lines):
            return  # the user (or we, before) already chose an application
        if MIMEAPPS_SECTION not in lines:
            lines += ([""] if lines else []) + [MIMEAPPS_SECTION]
        lines.insert(lines.index(MIMEAPPS_SECTION) + 1, ours)
    _write(mimeapps, ("\n".join(lines) + "\n").encode("utf-8"))


def _refresh_caches(dirs: XdgDirs) -> None:
    """Ask the desktop to re-read MIME types, entries and icons (when its tools exist)."""
    for tool, folder in (("update-mime-database", dirs.data_home / "mime"),
                         ("update-desktop-database", dirs.data_home / "applications"),
                         ("gtk-update-icon-cache", dirs.data_home / "icons" / "hicolor")):
        if shutil.which(tool) and folder.is_dir():
            args = [tool, "-f", "-t", str(folder)] if tool.startswith("gtk") else [tool,
                                                                                  str(folder)]
            subprocess.run(args, capture_output=True, check=False, timeout=60)


def run_option(option: str) -> int:
    """``--install-desktop`` or ``--uninstall-desktop`` from the command line."""
    dirs = XdgDirs.from_environment()
    if option == "--install-desktop":
        command = launch_command()
        written = install(dirs, command)
        say(f"installed the menu entry, icons and map file type for this user "
            f"({len(written)} files under {dirs.data_home})")
        say(f"menu entry: {dirs.desktop_file()}  (starts: {shlex.join(command)})")
    else:
        removed = uninstall(dirs)
        say(f"removed the menu entry, icons and map file type ({len(removed)} files)")
    return 0
