"""Files shipped inside the package: the workshop's maps and the app's resources. No Qt.

The package is always a folder of files (an installed wheel, the source tree, the PyInstaller
bundle's ``mindmap_app`` folder), so they are found next to this module (what
``importlib.resources.files`` answers for such a package, with more work for each file).
"""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def python_path_with_app(existing: str | None) -> str:
    """``PYTHONPATH`` for a child Python process that runs one of the app's modules
    (``-m mindmap_app...``): the folder this package is in, then ``existing``."""
    package_root = str(Path(__file__).resolve().parents[1])
    return os.pathsep.join([package_root, *filter(None, [existing])])


def sample_map(name: str = "workshop.yaml") -> Path:
    """A map shipped inside the package (the workshop's maps)."""
    return _PACKAGE / "sample_maps" / name


def resource(name: str) -> Path:
    """A file shipped in the package's resources folder (the app icon, the .desktop file)."""
    return _PACKAGE / "resources" / name
