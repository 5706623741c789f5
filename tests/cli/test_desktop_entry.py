"""``mindmap-app --install-desktop`` / ``--uninstall-desktop`` into a temporary HOME and XDG
data/config homes: the files written, what they say, that the menu entry starts this program,
that a map file is recognised by its first line, and that uninstalling removes exactly what
installing added."""

from __future__ import annotations

import configparser
import os
import shlex
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from mindmap_app import __version__
from mindmap_app.cli import SUBCOMMANDS, main
from mindmap_app.cli.desktop_entry import APP_ID, ICON_SIZES, MIME_TYPE, XdgDirs
from tests.conftest import SAMPLE_MAPS, SRC


@pytest.fixture
def home(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path


def all_files(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file()}


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


def read_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_install_writes_entry_icons_and_mime_type_for_the_current_user(home, capsys):
    assert main(["--install-desktop"]) == 0
    assert "installed the menu entry" in capsys.readouterr().out
    data = home / "data"
    entry = read_entry(data / "applications" / f"{APP_ID}.desktop")
    assert entry["Type"] == "Application" and entry["Name"] == "Mindmap"
    assert entry["Icon"] == APP_ID and entry["MimeType"].startswith(f"{MIME_TYPE};")
    assert entry["Name"] and entry["Comment[de]"]
    exec_args = shlex.split(entry["Exec"])
    assert exec_args[-1] == "%F" and Path(exec_args[0]).is_absolute()
    assert Path(entry["TryExec"]).exists()
    icons = data / "icons" / "hicolor"
    assert (icons / "scalable" / "apps" / f"{APP_ID}.svg").read_text().startswith("<svg")
    for size in ICON_SIZES:
        assert png_size(icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png") == (size, size)
    mime = (data / "mime" / "packages" / f"{APP_ID}.xml").read_text(encoding="utf-8")
    assert f'type="{MIME_TYPE}"' in mime and 'value="format: mindmap/"' in mime
    mimeapps = (home / "config" / "mimeapps.list").read_text(encoding="utf-8")
    assert f"{MIME_TYPE}={APP_ID}.desktop;" in mimeapps.splitlines()
    # nothing outside the XDG homes
    assert all_files(home / "home") == set()


def test_the_menu_entry_starts_this_program(home):
    main(["--install-desktop"])
    entry = read_entry(home / "data" / "applications" / f"{APP_ID}.desktop")
    command = [arg for arg in shlex.split(entry["Exec"]) if arg != "%F"]
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run([*command, "--version"], capture_output=True, text=True, env=env,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"mindmap-app {__version__}"


def test_uninstall_removes_exactly_what_install_added(home, capsys):
    config = home / "config"
    config.mkdir()
    (config / "mimeapps.list").write_text(
        "[Default Applications]\ntext/plain=editor.desktop;\n", encoding="utf-8")
    before = all_files(home)
    main(["--install-desktop"])
    added = all_files(home) - before
    assert len(added) >= 2 + len(ICON_SIZES) + 1
    assert main(["--uninstall-desktop"]) == 0
    assert "removed" in capsys.readouterr().out
    for path in XdgDirs.from_environment().icon_files() + [
            home / "data" / "applications" / f"{APP_ID}.desktop",
            home / "data" / "mime" / "packages" / f"{APP_ID}.xml"]:
        assert not path.exists(), path
    # the user's own choices stay as they were
    assert (config / "mimeapps.list").read_text(encoding="utf-8") == (
        "[Default Applications]\ntext/plain=editor.desktop;\n")


def test_install_keeps_another_application_the_user_chose_for_maps(home):
    config = home / "config"
    config.mkdir()
    chosen = f"[Default Applications]\n{MIME_TYPE}=other.desktop;\n"
    (config / "mimeapps.list").write_text(chosen, encoding="utf-8")
    main(["--install-desktop"])
    assert (config / "mimeapps.list").read_text(encoding="utf-8") == chosen
    main(["--uninstall-desktop"])
    assert (config / "mimeapps.list").read_text(encoding="utf-8") == chosen


def test_a_map_file_is_recognised_by_its_first_line_or_its_name(home, tmp_path):
    """Qt's MIME database (what file dialogs use) reads the installed type: a map is known by
    its first line (content sniffing) and by the ``.mindmap.yaml`` name; another YAML file is
    not taken for a map."""
    main(["--install-desktop"])
    map_bytes = (SAMPLE_MAPS / "national.yaml").read_bytes()
    named = tmp_path / "national.mindmap.yaml"
    named.write_bytes(map_bytes)
    unnamed = tmp_path / "national"              # no extension: the first line decides
    unnamed.write_bytes(map_bytes)
    plain = tmp_path / "config.yaml"
    plain.write_text("name: not a map\n", encoding="utf-8")
    script = ("import sys; from PySide6.QtCore import QMimeDatabase; db = QMimeDatabase(); "
              "print(*[db.mimeTypeForFile(p).name() for p in sys.argv[1:]])")
    env = {**os.environ, "XDG_DATA_DIRS": f"{home / 'data'}:/usr/share",
           "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script, str(named), str(unnamed), str(plain)],
                          capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    by_name, by_content, other = done.stdout.split()
    assert by_name == MIME_TYPE
    assert by_content == MIME_TYPE
    assert other != MIME_TYPE


def test_the_entry_opens_map_files_and_offers_itself_for_any_yaml(home):
    main(["--install-desktop"])
    entry = read_entry(home / "data" / "applications" / f"{APP_ID}.desktop")
    types = entry["MimeType"].rstrip(";").split(";")
    assert types[0] == MIME_TYPE and "application/x-yaml" in types
    # the default application only for map files, never for every YAML file
    mimeapps = (home / "config" / "mimeapps.list").read_text(encoding="utf-8")
    assert "yaml=" in mimeapps and "application/x-yaml=" not in mimeapps


def test_help_lists_every_subcommand_and_the_desktop_options(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for name in [*SUBCOMMANDS, "--install-desktop", "--uninstall-desktop", "--version"]:
        assert name in out


def test_python_dash_m_prints_the_same_version():
    done = subprocess.run([sys.executable, "-m", "mindmap_app", "--version"],
                          capture_output=True, text=True, env={**os.environ,
                                                               "PYTHONPATH": str(SRC)})
    assert done.stdout.strip() == f"mindmap-app {__version__}"


def test_xdg_homes_default_under_home_and_ignore_relative_paths(tmp_path):
    dirs = XdgDirs.from_environment({"HOME": str(tmp_path), "XDG_DATA_HOME": "rel/data"})
    assert dirs.data_home == tmp_path / ".local" / "share"
    assert dirs.config_home == tmp_path / ".config"
