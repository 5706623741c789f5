"""Test set-up: Qt renders offscreen, before anything imports PySide6."""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
if str(SRC) not in sys.path:
    sys.path.insert(0, str(SRC))
SAMPLE_MAPS = ROOT / "sample_maps"
