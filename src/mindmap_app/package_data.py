"""Files shipped inside the package: the workshop's maps and the app's resources. No Qt."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path


def python_path_with_app(existing: str | None) -> str:
    """``PYTHONPATH`` for a child Python process that runs one of the app's modules
    (``-m mindmap_app...``): the folder this package is in, then ``existing``."""
    package_root = str(Path(__file__).resolve().parents[1])
    return os.pathsep.join([package_root, *filter(None, [existing])])


def sample_map(name: str = "workshop.yaml") -> Path:
    """A map shipped inside the package (the workshop's maps)."""
    return Path(str(resources.files("mindmap_app") / "sample_maps" / name))


def resource(name: str) -> Path:
    """A file shipped in the package's resources folder (the app icon, the .desktop file)."""
    return Path(str(resources.files("mindmap_app") / "resources" / name))
