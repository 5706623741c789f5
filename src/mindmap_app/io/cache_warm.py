"""``python -m mindmap_app.io.cache_warm FILE...``: read map files so that their cache entries
exist (:mod:`mindmap_app.io.map_cache`). The app starts it in the background after saving a
big map, so the next open of that map reads the entry instead of the YAML. Prints nothing;
a file that does not read is left to the open that follows to report."""

from __future__ import annotations

import sys

from .errors import MapFormatError
from .yaml_format import load_map


def main(paths: list[str]) -> int:
    for path in paths:
        try:
            load_map(path)
        except MapFormatError:
            continue
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
