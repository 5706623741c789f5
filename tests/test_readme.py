"""The README's promises: its map example is a valid map, its quick start names make targets."""

from __future__ import annotations

import re

from mindmap_app.io.yaml_format import loads_map
from mindmap_app.model import check_invariants
from tests.conftest import ROOT


def test_the_format_example_in_the_readme_loads():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    example = re.search(r"```yaml\n(.*?)```", text, re.S).group(1)
    mind_map = loads_map(example, "README.md")
    check_invariants(mind_map)
    assert mind_map.layout == "balanced"
    assert mind_map.links() == [("threats", "opportunities", "turn into")]
    assert mind_map.get(mind_map.children("threats")[1], "pos") == (420.0, -80.0)


def test_quick_start_commands_exist_in_the_makefile_and_ci_uses_make_test():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "make run" in readme and "make test" in readme
    assert re.search(r"^run:", makefile, re.M) and re.search(r"^test:", makefile, re.M)
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
