import sys

from mindmap_app.cli import main

sys.exit(main())
