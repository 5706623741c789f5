"""A big map file named at launch is read by a second process while the window starts: the
window then opens the map that process read, the same in every detail, without parsing the
file itself; a file changed in between, or one the child cannot read, is read by the window
as ever (its error with its line); no child process is left behind."""

from __future__ import annotations

import os

import pytest

from mindmap_app.io import ahead_maps, freemind_format, map_cache, read_ahead, yaml_format
from mindmap_app.io.errors import MapFormatError
from mindmap_app.io.formats import read_map, write_map
from mindmap_app.io.yaml_format import dumps_map, load_map_keeping_later, loads_map
from tests.conftest import count_calls

from .test_map_cache import same_in_every_detail, workshop


@pytest.fixture
def ahead(monkeypatch):
    """Every YAML map file is read ahead (however small), with no map cache; a test process
    may run threads of its own (pytest's), which the child never touches."""
    monkeypatch.setenv("MINDMAP_CACHE_DIR", "")
    monkeypatch.setattr(read_ahead, "MIN_BYTES", 0)
    monkeypatch.setattr(read_ahead.threading, "active_count", lambda: 1)
    yield
    read_ahead.discard()


@pytest.fixture
def reads(monkeypatch):
    """Counts the YAML documents this process parses (the child's are its own)."""
    return count_calls(monkeypatch, yaml_format, "_read_document")


def gone(pid: int) -> bool:
    """The child has ended and was reaped (no zombie left)."""
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return not os.path.exists(f"/proc/{pid}")
    return False


def started_child(path) -> int:  # noqa: ANN001
    assert read_ahead.start(path)
    return ahead_maps.CHILDREN[path.resolve()].pid


def test_the_window_opens_the_map_the_child_read_without_parsing_it(ahead, reads, tmp_path):  # noqa: ARG001
    path = tmp_path / "big.yaml"
    path.write_text(dumps_map(workshop(300)), encoding="utf-8")
    pid = started_child(path)
    mind_map, _keep = load_map_keeping_later(path)
    assert reads[0] == 0
    same_in_every_detail(mind_map, loads_map(path.read_bytes(), path))
    assert gone(pid)


def test_a_freemind_map_named_at_launch_is_read_ahead_too(ahead, monkeypatch, tmp_path):  # noqa: ARG001
    path = tmp_path / "imported.mm"
    write_map(workshop(300), path)
    expected = read_map(path)
    parsed = count_calls(monkeypatch, freemind_format, "loads")
    pid = started_child(path)
    mind_map = read_map(path)
    assert parsed[0] == 0
    same_in_every_detail(mind_map, expected)
    assert gone(pid)


def test_a_file_changed_after_the_child_read_it_is_read_anew(ahead, tmp_path):  # noqa: ARG001
    """The window's bytes are not the child's (the file was saved over in between): the
    child's map is not taken, and the window reads its own bytes."""
    path = tmp_path / "big.yaml"
    path.write_text(dumps_map(workshop(300)), encoding="utf-8")
    pid = started_child(path)
    changed = dumps_map(workshop(301)).encode()
    assert read_ahead.take(path, changed) is None
    assert gone(pid)
    path.write_bytes(changed)
    assert len(load_map_keeping_later(path)[0]) == 302


def test_a_file_the_child_cannot_read_is_reported_by_the_window_with_its_line(ahead, reads,  # noqa: ARG001
                                                                             tmp_path):
    text = dumps_map(workshop(300))
    lines = text.splitlines()
    lines[200] = lines[200] + ": x"      # "- id: n123: x": not YAML
    path = tmp_path / "bad.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    pid = started_child(path)
    with pytest.raises(MapFormatError) as caught:
        load_map_keeping_later(path)
    assert caught.value.line == 201
    assert "bad.yaml" in str(caught.value)
    assert reads[0] == 1
    assert gone(pid)


def test_a_map_the_cache_keeps_is_not_read_again_by_the_child(ahead, reads, monkeypatch,  # noqa: ARG001
                                                               tmp_path):
    monkeypatch.setenv("MINDMAP_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "big.yaml"
    path.write_text(dumps_map(workshop(300)), encoding="utf-8")
    keep = load_map_keeping_later(path)[1]
    keep()          # the window keeps it once drawn
    assert reads[0] == 1
    pid = started_child(path)
    assert read_ahead.take(path, path.read_bytes()) is None     # it sent nothing
    assert gone(pid)
    load_map_keeping_later(path)
    assert reads[0] == 1        # from the cache
    assert map_cache.entry_for(path.read_bytes()).exists()


def test_a_child_the_window_did_not_take_is_stopped(ahead, tmp_path):  # noqa: ARG001
    path = tmp_path / "big.yaml"
    path.write_text(dumps_map(workshop(300)), encoding="utf-8")
    pid = started_child(path)
    read_ahead.discard()
    assert gone(pid)
    assert read_ahead.take(path, path.read_bytes()) is None


def test_only_big_yaml_files_are_read_ahead(monkeypatch, tmp_path):
    monkeypatch.setattr(read_ahead.threading, "active_count", lambda: 1)
    small = tmp_path / "small.yaml"
    small.write_text(dumps_map(workshop(20)), encoding="utf-8")
    assert not read_ahead.start(small)                 # reads in a few milliseconds
    monkeypatch.setattr(read_ahead, "MIN_BYTES", 0)
    other = tmp_path / "big.xmind"
    other.write_bytes(b"PK" * 100)
    assert not read_ahead.start(other)                 # a zip: its size says little
    image = tmp_path / "big.png"
    image.write_bytes(b"x" * 100)
    assert not read_ahead.start(image)                 # not read at all
    assert not read_ahead.start(tmp_path / "missing.yaml")
    monkeypatch.setattr(read_ahead, "MAX_BYTES", 100)
    assert not read_ahead.start(small)                 # too big to gain
    monkeypatch.setattr(read_ahead.threading, "active_count", lambda: 2)
    monkeypatch.setattr(read_ahead, "MAX_BYTES", 2**30)
    assert not read_ahead.start(small)                 # a process with threads is not forked
    assert not ahead_maps.CHILDREN
