"""Files shipped inside the package: the workshop's maps and the app's resources. No Qt."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def sample_map(name: str = "workshop.yaml") -> Path:
    """A map shipped inside the package (the workshop's maps)."""
    return Path(str(resources.files("mindmap_app") / "sample_maps" / name))


def resource(name: str) -> Path:
    """A file shipped in the package's resources folder (the app icon, the .desktop file)."""
    return Path(str(resources.files("mindmap_app") / "resources" / name))
