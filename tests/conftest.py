"""Test set-up: Qt renders offscreen, before anything imports PySide6."""

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# QSettings (geometry, recent files) go to a throw-away folder, never the developer's own.
os.environ["MINDMAP_ANIMATIONS"] = "0"   # nodes jump to their places: no timing in tests
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="mindmap-test-config-")
# Recovery files, session markers and backups too (autosave runs in every test window).
os.environ["MINDMAP_DATA_DIR"] = tempfile.mkdtemp(prefix="mindmap-test-data-")

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
if str(SRC) not in sys.path:
    sys.path.insert(0, str(SRC))
SAMPLE_MAPS = ROOT / "sample_maps"
