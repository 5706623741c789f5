"""Fill translations into a catalogue from a Python file holding ``DE = {english: german}``
(how the German catalogue was first written; Qt Linguist, pyside6-linguist, does the same
interactively):

    .venv/bin/python tools/i18n_fill.py de translations.py
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from mindmap_app.i18n import FOLDER, ts_file  # noqa: E402


def main() -> int:
    language, source = sys.argv[1], sys.argv[2]
    table = runpy.run_path(source)[language.upper()]
    path = FOLDER / f"mindmap_{language}.ts"
    entries = ts_file.read_ts(path)
    filled = 0
    for text, entry in entries.items():
        if text in table and (entry.translation != table[text] or not entry.finished):
            entry.translation, entry.state = table[text], "finished"
            filled += 1
    ts_file.write_ts(path, language, entries)
    left = [t for t, e in entries.items() if e.state != "vanished" and not e.finished]
    print(f"{path.name}: {filled} filled, {len(left)} still untranslated")
    for text in left:
        print(f"  {text!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
