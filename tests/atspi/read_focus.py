"""Outside the app, as a screen reader does: find the focused object over AT-SPI and print
its name and description. Run with the system's python3 (Debian's python3-pyatspi).

``read_focus.py APP_NAME [KEY ...]``: prints ``NAME<TAB>DESCRIPTION`` of the focused object;
then for each KEY, types it with xdotool and prints the focused object's name (and
description) again once it has changed.
"""

from __future__ import annotations

import subprocess
import sys
import time

import pyatspi


def find_app(name: str, timeout: float = 20.0):  # noqa: ANN201
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == name:
                return app
        time.sleep(0.3)
    return None


def focused(root, limit: int = 5000):  # noqa: ANN001, ANN201
    """The deepest object whose state set holds FOCUSED (a tab may say so as well)."""
    queue, seen, found = [(root, 0)], 0, []
    while queue and seen < limit:
        node, depth = queue.pop(0)
        seen += 1
        try:
            if node.getState().contains(pyatspi.STATE_FOCUSED):
                found.append((depth, node))
            queue.extend((node.getChildAtIndex(i), depth + 1) for i in range(node.childCount))
        except Exception:  # noqa: BLE001 - an object gone while walking
            continue
    if "-v" in sys.argv:
        for depth, node in found:
            print("focused:", depth, node.getRoleName(), repr(node.name), file=sys.stderr)
    return max(found, key=lambda f: f[0])[1] if found else None


def wait_for_focus(app, timeout: float = 10.0):  # noqa: ANN001, ANN201
    end = time.monotonic() + timeout
    obj = None
    while time.monotonic() < end:
        obj = focused(app)
        if obj is not None and obj.name:
            return obj
        time.sleep(0.2)
    return obj


def main() -> int:
    app = find_app(sys.argv[1])
    if app is None:
        print("NO-APP")
        return 2
    obj = wait_for_focus(app)
    if obj is None:
        print("NO-FOCUS")
        return 3
    print(f"{obj.name}\t{obj.description}", flush=True)
    for key in sys.argv[2:]:
        before = obj.name
        subprocess.run(["xdotool", "key", key], check=True)
        end = time.monotonic() + 10
        while obj.name == before and time.monotonic() < end:   # the same focused object,
            time.sleep(0.1)                                    # now named for another idea
        print(f"{obj.name}\t{obj.description}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
