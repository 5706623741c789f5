"""What an idea's ``link:`` points to, and whether the app may open it.

http(s) and mailto open in the browser or mail program; a path to a map (any format the app
reads) opens in a tab; anything else (``file:``, ``javascript:``, a program) is refused with a
message: a map from someone else must never run something on the facilitator's laptop.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..io.formats import readable_formats

WEB_SCHEMES = ("http", "https", "mailto")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")


def map_extensions() -> tuple[str, ...]:
    return tuple(ext for f in readable_formats() for ext in f.extensions)


def classify_link(link: str) -> tuple[str, str]:
    """``("web", url)``, ``("map", path)`` or ``("refused", one-line reason)``."""
    link = link.strip()
    if not link:
        return "refused", "The link is empty"
    match = _SCHEME.match(link)
    # "C:\\maps\\a.yaml" is a Windows path, not a scheme "c"
    if match and len(match.group(1)) > 1:
        scheme = match.group(1).lower()
        if scheme in WEB_SCHEMES:
            if scheme != "mailto" and not link[match.end():].startswith("//"):
                return "refused", f"Not a web address: {link}"
            return "web", link
        return "refused", (f"Links of the kind '{scheme}:' are not opened (only http, https, "
                           "mailto and map files): " + link)
    if not link.lower().endswith(map_extensions()):
        return "refused", f"Not a map file, not opened: {link}"
    return "map", link


def resolve_map_link(link: str, base: Path | None) -> Path:
    path = Path(link).expanduser()
    if not path.is_absolute():
        path = (base or Path.cwd()) / path
    return path
