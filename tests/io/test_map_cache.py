"""The cache of maps read before: a map opened again comes from its entry, exactly as the file
reads, and only for the file's exact bytes; a damaged, foreign or missing entry means the file
is read; the cache never stops a map from opening."""

from __future__ import annotations

import marshal
import os

import pytest
from hypothesis import HealthCheck, given, settings

from mindmap_app.io import cache_warm, map_cache, yaml_format
from mindmap_app.io.errors import MapFormatError
from mindmap_app.io.yaml_format import dumps_map, load_map
from mindmap_app.model import Fragment, InsertSubtree, MindMap, check_invariants
from mindmap_app.model import operations as ops
from tests.conftest import count_calls

from .test_yaml_format import mind_maps


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """A fresh cache folder; every map file gets an entry, however small."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("MINDMAP_CACHE_DIR", str(folder))
    monkeypatch.setattr(map_cache, "MIN_FILE_BYTES", 0)
    return folder


@pytest.fixture
def reads(monkeypatch):
    """Counts the YAML documents parsed (a map from the cache parses none)."""
    return count_calls(monkeypatch, yaml_format, "_read_document")


def entries(folder) -> list:
    maps = folder / "maps"
    return sorted(maps.iterdir()) if maps.exists() else []


def workshop(size: int = 40) -> MindMap:
    m = MindMap("Workshop", "Big Society", root_id="root")
    for i in range(size):
        parent = "root" if i < 4 else f"n{i // 4}"
        m.apply(InsertSubtree(parent, len(m.children(parent)), Fragment.single(
            f"n{i + 1}", f"idea {i + 1}", tags=("local",) if i % 3 else (), votes=i % 5)))
    if size >= 9:
        m.apply(ops.add_link("n5", "n9", "feeds"))
    return m


def same_in_every_detail(a: MindMap, b: MindMap) -> None:
    """The same graph dicts with the same types (marshal writes a tuple, a list, a bool, an
    int apart), edges' key dicts shared by both ends as networkx makes them."""
    assert marshal.dumps(a.plain_form()) == marshal.dumps(b.plain_form())
    for parent, kids in b.graph._succ.items():
        for child, keys in kids.items():
            assert b.graph._pred[child][parent] is keys


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(m=mind_maps())
def test_a_map_read_again_comes_from_the_cache_exactly_as_the_file_reads(m, tmp_path, cache,
                                                                         reads):
    path = tmp_path / "map.yaml"
    path.write_text(dumps_map(m), encoding="utf-8")
    first = load_map(path)
    parsed = reads[0]
    second = load_map(path)
    assert reads[0] == parsed, "the second open parsed the YAML again"
    check_invariants(second)
    same_in_every_detail(first, second)
    assert second.floating == first.floating
    assert dumps_map(second) == path.read_text(encoding="utf-8")


def test_edits_to_a_map_from_the_cache_behave_as_on_a_read_map(tmp_path, cache, reads):
    path = tmp_path / "map.yaml"
    path.write_text(dumps_map(workshop()), encoding="utf-8")
    read = load_map(path)
    cached = load_map(path)
    assert reads[0] == 1
    for m in (read, cached):
        m.apply(ops.move(m, "n6", "n2", 0))
        m.apply(ops.remove_link("n5", "n9"))
        m.apply(ops.add_link("n9", "n5"))
        m.apply(ops.delete_subtree(m, "n3"))
        check_invariants(m)
    same_in_every_detail(read, cached)
    # the entry is not the edited map: the next open is the file again
    again = load_map(path)
    assert reads[0] == 1
    assert "n3" in again and again.children("n2")[0] != "n6"
    assert dumps_map(again) == path.read_text(encoding="utf-8")


def test_reading_for_the_window_keeps_the_entry_only_when_asked(tmp_path, cache, reads):
    path = tmp_path / "m.yaml"
    path.write_text(dumps_map(workshop()), encoding="utf-8")
    first, keep = yaml_format.load_map_keeping_later(path)
    assert entries(cache) == []         # nothing written until the window asks
    keep()
    (entry,) = entries(cache)
    again, keep_again = yaml_format.load_map_keeping_later(path)
    assert reads[0] == 1                # from the entry
    assert keep_again is None           # a map from the cache: nothing to keep
    assert entries(cache) == [entry]
    same_in_every_detail(first, again)


def test_a_changed_file_is_read_again(tmp_path, cache, reads):
    path = tmp_path / "map.yaml"
    path.write_text(dumps_map(workshop()), encoding="utf-8")
    load_map(path)
    path.write_text(path.read_text(encoding="utf-8").replace("idea 7", "idea 7!"),
                    encoding="utf-8")
    m = load_map(path)
    assert reads[0] == 2
    assert m.text("n7") == "idea 7!"
    assert len(entries(cache)) == 2


@pytest.mark.parametrize("damage", ["flip", "truncate", "magic", "python", "shape", "stale"])
def test_a_damaged_or_foreign_entry_is_dropped_and_the_file_read(tmp_path, cache, reads,
                                                                damage):
    path = tmp_path / "map.yaml"
    path.write_text(dumps_map(workshop()), encoding="utf-8")
    load_map(path)
    (entry,) = entries(cache)
    blob = bytearray(entry.read_bytes())
    if damage == "flip":
        blob[len(blob) // 2] ^= 0x20
    elif damage == "truncate":
        del blob[len(blob) - 100:]
    elif damage == "magic":
        blob[:len(map_cache.MAGIC)] = b"mindmap-cache/0\n"
    elif damage == "python":
        blob[len(map_cache.MAGIC):len(map_cache.MAGIC) + 4] = b"py27"
    elif damage == "shape":     # sealed as the cache seals, but not a map's plain form
        map_cache.write_sealed(entry, ("not", "a", "map"))
        blob = bytearray(entry.read_bytes())
    else:   # a map's plain form whose values the model refuses (an attribute stored otherwise)
        stale = load_map(path).plain_form()
        stale[1]["n8"]["tags"] = ["local"]          # stored as a tuple
        map_cache.write_sealed(entry, stale)
        blob = bytearray(entry.read_bytes())
    entry.write_bytes(bytes(blob))
    m = load_map(path)
    assert reads[0] == 2, "the damaged entry was used"
    assert m.text("n7") == "idea 7"
    assert m.get("n8", "tags") == ("local",)
    assert entry.read_bytes() != bytes(blob), "the damaged entry was kept"


def test_without_a_usable_cache_folder_maps_open_as_before(tmp_path, monkeypatch, reads):
    monkeypatch.setattr(map_cache, "MIN_FILE_BYTES", 0)
    path = tmp_path / "map.yaml"
    path.write_text(dumps_map(workshop()), encoding="utf-8")
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("MINDMAP_CACHE_DIR", str(blocker / "cache"))
    assert load_map(path).text("n7") == "idea 7"
    monkeypatch.setenv("MINDMAP_CACHE_DIR", "")       # off
    assert map_cache.cache_root() is None
    assert load_map(path).text("n7") == "idea 7"
    assert load_map(path).text("n7") == "idea 7"
    assert reads[0] == 3


def test_a_bad_file_gets_no_entry_and_is_reported_every_time(tmp_path, cache):
    path = tmp_path / "bad.yaml"
    path.write_text("format: mindmap/1\nroot:\n  text: x\n  votes: many\n", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(MapFormatError, match=r"bad.yaml:4:3: .votes. .* whole number"):
            load_map(path)
    assert entries(cache) == []


def test_small_files_get_no_entry(tmp_path, monkeypatch):
    monkeypatch.setenv("MINDMAP_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "map.yaml"
    path.write_text(dumps_map(workshop(4)), encoding="utf-8")
    assert path.stat().st_size < map_cache.MIN_FILE_BYTES
    load_map(path)
    assert entries(tmp_path / "cache") == []


def test_only_the_newest_entries_by_use_are_kept(tmp_path, cache, monkeypatch, reads):
    monkeypatch.setattr(map_cache, "MAX_ENTRIES", 3)
    paths = []
    for i in range(5):
        path = tmp_path / f"map{i}.yaml"
        m = workshop()
        m.apply(InsertSubtree("root", 0, Fragment.single(f"x{i}", f"map {i}")))
        path.write_text(dumps_map(m), encoding="utf-8")
        paths.append(path)
    for path in paths[:3]:
        load_map(path)
    old = os.stat(entries(cache)[0]).st_mtime_ns
    for entry in entries(cache):        # make their order plain: map0 oldest
        os.utime(entry, ns=(old, old))
    load_map(paths[0])                  # used again: now the newest
    assert reads[0] == 3
    for path in paths[3:]:
        load_map(path)
    assert len(entries(cache)) == 3
    load_map(paths[0])
    assert reads[0] == 5, "the map used last was dropped"
    load_map(paths[1])
    assert reads[0] == 6, "an old entry was kept beyond the limit"


def test_the_background_reader_makes_the_entry_and_ignores_bad_files(tmp_path, cache, reads):
    path, bad = tmp_path / "map.yaml", tmp_path / "bad.yaml"
    path.write_text(dumps_map(workshop()), encoding="utf-8")
    bad.write_text("format: mindmap/1\nroot: [", encoding="utf-8")
    assert cache_warm.main([str(bad), str(path), str(tmp_path / "gone.yaml")]) == 0
    assert len(entries(cache)) == 1
    load_map(path)
    assert reads[0] == 2    # the bad file and the map, each once: the open used the entry
