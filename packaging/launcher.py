"""Entry point of the frozen bundle (PyInstaller): the ``mindmap-app`` command.

The autosave worker is started as ``<python> -m mindmap_app.safety.worker``; in the bundle the
"python" is this program, so ``-m`` runs one of the app's own modules (and nothing else).
"""

import runpy
import sys

if len(sys.argv) >= 3 and sys.argv[1] == "-m":
    module = sys.argv[2]
    if module.split(".")[0] != "mindmap_app":
        sys.stderr.write(f"mindmap-app: -m runs only the app's own modules, not {module}\n")
        sys.exit(2)
    sys.argv = [sys.argv[0], *sys.argv[3:]]
    runpy.run_module(module, run_name="__main__", alter_sys=True)
    sys.exit(0)

from mindmap_app.cli import run  # noqa: E402

run()
