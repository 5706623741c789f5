"""PNG export in bands (issue 12): a picture larger than memory would allow is drawn and written a
band of rows at a time, and comes out the same as one drawn whole; the file is plain RGB (RGBA
only when transparent) and readable by Qt."""

from __future__ import annotations

import io
import os
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage, QImageReader

from mindmap_app.io.formats import read_map
from mindmap_app.model import MindMap
from mindmap_app.render import export, png_stream
from mindmap_app.render.engine import prepare
from mindmap_app.render.export import ExportOptions, render_image, render_png
from mindmap_app.render.options import MAX_PNG_PIXELS
from mindmap_app.render.png_stream import PngStream, adler32_combine
from mindmap_app.themes import get_theme
from tests.conftest import SAMPLE_MAPS

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def national(qapp) -> MindMap:  # noqa: ANN001 - qapp: the QApplication of pytest-qt
    return read_map(SAMPLE_MAPS / "national.yaml")


def decoded(data: bytes) -> QImage:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, QByteArray(b"png"))
    image = reader.read()
    assert not image.isNull(), reader.errorString()
    return image


def header(data: bytes) -> tuple[int, int, int, int]:
    """(width, height, bit depth, colour type) from the IHDR chunk."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return struct.unpack(">IIBB", data[16:26])


def chunks(handle) -> list[tuple[bytes, bytes]]:  # noqa: ANN001
    found = []
    handle.seek(8)
    while True:
        length, kind = struct.unpack(">I4s", handle.read(8))
        if kind == b"IDAT":  # not kept: the caller decompresses them one by one
            found.append((kind, handle.tell()))
            handle.seek(length + 4, os.SEEK_CUR)
        else:
            data = handle.read(length)
            (crc,) = struct.unpack(">I", handle.read(4))
            assert crc == zlib.crc32(data, zlib.crc32(kind))
            found.append((kind, data))
        if kind == b"IEND":
            return found


@pytest.mark.parametrize("transparent", [False, True])
def test_a_png_drawn_in_bands_is_the_png_drawn_whole(national: MindMap, transparent: bool,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    options = ExportOptions(transparent=transparent)
    whole = render_image(national, options)        # one QImage, as before bands
    one_band = render_png(national, options)
    assert header(one_band)[3] == (6 if transparent else 2)   # RGBA only when it needs alpha
    # bands of 37 rows: text and lines cross many band edges
    monkeypatch.setattr(export, "BAND_PIXELS", whole.width() * 37)
    banded = render_png(national, options)
    assert header(banded)[:2] == (whole.width(), whole.height())
    fmt = (QImage.Format.Format_ARGB32 if transparent else QImage.Format.Format_RGB32)
    want = whole.convertToFormat(fmt)
    assert decoded(banded).convertToFormat(fmt) == want
    assert decoded(one_band).convertToFormat(fmt) == want
    assert round(decoded(banded).dotsPerMeterX() * 0.0254) == 96


def test_each_band_draws_only_the_ideas_it_shows(national: MindMap,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """A band draws the boxes that reach into it, not the whole map again (a tall map's PNG
    has hundreds of bands): in 10 bands each box is drawn about once, not 10 times."""
    from mindmap_app.canvas.node_item import NodeItem

    whole = render_image(national, ExportOptions())
    monkeypatch.setattr(export, "BAND_PIXELS", whole.width() * (whole.height() // 10 + 1))
    drawn: list[str] = []
    paint = NodeItem.paint
    monkeypatch.setattr(NodeItem, "paint",
                        lambda self, *args: (drawn.append(self.node_id), paint(self, *args))[1])
    banded = render_png(national, ExportOptions())
    assert decoded(banded).convertToFormat(QImage.Format.Format_RGB32) == \
        whole.convertToFormat(QImage.Format.Format_RGB32)
    assert set(drawn) == set(national.visible_nodes())
    assert len(drawn) < 2 * len(set(drawn)), "a box is drawn by the bands it reaches into"


def test_banded_png_keeps_the_background_and_draws_the_map(national: MindMap,
                                                           monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    monkeypatch.setattr(export, "BAND_PIXELS", 200_000)
    image = decoded(render_png(national, ExportOptions(scale=2)))
    assert image.width() > 1000 and image.height() > 1000
    background = QColor(get_theme("light").background).rgb()
    assert image.pixel(2, 2) == background and image.pixel(2, image.height() - 3) == background
    centre = image.copy(image.width() // 2 - 60, image.height() // 2 - 15, 120, 30)
    colours = {centre.pixel(x, y) for x in range(centre.width()) for y in range(centre.height())}
    assert len(colours) > 10   # the root box and its text


def test_png_stream_refuses_missing_or_extra_rows() -> None:
    stream = PngStream(io.BytesIO(), 3, 2, alpha=False)
    with pytest.raises(ValueError, match="not whole rows"):
        stream.write_rows(b"\0" * 5)
    stream.write_rows(b"\0" * stream.row_bytes)
    with pytest.raises(ValueError, match="1 of its 2 rows"):
        stream.close()
    with pytest.raises(ValueError, match="not whole rows"):
        stream.write_rows(b"\0" * stream.row_bytes * 2)


#: the command line, then its own peak resident memory (``VmHWM``: since it started; the
#: kernel's ``ru_maxrss`` of a child counts the parent's memory at the fork, which a test
#: process grown by the whole suite would put over any bound) on stderr
PEAK_AFTER = """import sys
from mindmap_app.cli import main
try:
    code = main()
finally:
    with open("/proc/self/status", encoding="ascii") as status:
        sys.stderr.write(next(line for line in status if line.startswith("VmHWM")))
sys.exit(code)
"""


def peak_kb(stderr: str) -> int:
    """The child's ``VmHWM: N kB`` line, in kB."""
    line = next(line for line in stderr.splitlines() if line.startswith("VmHWM"))
    return int(line.split()[1])


def test_png_over_the_in_memory_limit_is_written_in_bands_within_little_memory(
        tmp_path: Path) -> None:
    """A map at 8x with the largest margin: 17,201 x 16,400 pixels, over the 256 megapixels
    that one QImage may hold (1.1 GB while drawing). The command line writes it in bands; the
    file is whole, every row there, and the process stays below a gigabyte."""
    source = tmp_path / "one.yaml"
    source.write_text("format: mindmap/1\ntitle: Big\nroot:\n  id: root\n  text: One idea\n",
                      encoding="utf-8")
    out = tmp_path / "big.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.run([sys.executable, "-c", PEAK_AFTER, "export", str(source),
                            "-o", str(out), "--scale", "8", "--margin", "1000", "-q"],
                           env=env, cwd=ROOT, stderr=subprocess.PIPE, check=False)
    errors = child.stderr.decode()
    assert child.returncode == 0, errors
    # one band at a time: some 250 MB alone (up to 550 MB seen during the full suite, with
    # other processes' fonts and caches about), where the whole picture would take 1.1 GB
    assert peak_kb(errors) * 1024 < 2**30
    with out.open("rb") as handle:
        width, height, depth, colour = header(handle.read(26))
        assert width * height > MAX_PNG_PIXELS and (depth, colour) == (8, 2)
        found = chunks(handle)
        assert [k for k, _ in found if k != b"IDAT"] == [b"IHDR", b"pHYs", b"IEND"]
        # every row decompresses: a filter byte, then width RGB pixels
        inflate, rows, row_bytes, pending = zlib.decompressobj(), 0, 1 + 3 * width, b""
        middle = None
        for kind, offset in found:
            if kind != b"IDAT":
                continue
            handle.seek(offset - 8)
            length, _ = struct.unpack(">I4s", handle.read(8))
            pending += inflate.decompress(handle.read(length))
            whole = len(pending) // row_bytes
            for i in range(whole):
                row = pending[i * row_bytes:(i + 1) * row_bytes]
                assert row[0] == 0
                if rows + i == height // 2:
                    middle = row
            pending = pending[whole * row_bytes:]
            rows += whole
        assert inflate.eof and not pending and rows == height
    background = bytes(QColor(get_theme("light").background).getRgb()[:3])
    assert middle[1:4] == background                      # the margin
    assert len({middle[i:i + 3] for i in range(1, len(middle), 3)}) > 3   # the idea's box


def test_png_bytes_match_the_job_written_to_a_file(national: MindMap, tmp_path: Path) -> None:
    from mindmap_app.render.engine import write

    path = tmp_path / "out.png"
    write(prepare(national, "png", ExportOptions(theme="dark")), path)
    assert path.read_bytes() == render_png(national, ExportOptions(theme="dark"))


def test_adler32_of_pieces_combines_into_the_adler32_of_the_whole() -> None:
    data = bytes(range(256)) * 3000 + b"mind map" * 12345
    for cut in (0, 1, 5551, 65521, 400_000, len(data)):
        first, second = data[:cut], data[cut:]
        assert adler32_combine(zlib.adler32(first), zlib.adler32(second),
                               len(second)) == zlib.adler32(data)


@pytest.mark.parametrize("threads", [1, 3])
@pytest.mark.parametrize("deflate", ["zlib-ng", "zlib"])
def test_rows_compressed_in_pieces_on_threads_make_one_zlib_stream(
        threads: int, deflate: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """With zlib-ng (a dependency) and with Python's zlib (what is used without it)."""
    if deflate == "zlib":
        monkeypatch.setattr(png_stream, "deflate_lib", zlib)
    else:
        assert png_stream.deflate_lib.__name__ == "zlib_ng.zlib_ng", "zlib-ng is installed"
    monkeypatch.setattr(png_stream, "PIECE_BYTES", 50_000)   # many pieces, some tiny
    width, height = 97, 1000
    out = io.BytesIO()
    stream = PngStream(out, width, height, alpha=True, threads=threads)
    rows = [bytes([0]) + bytes((x * y + y) % 251 for x in range(4 * width))
            for y in range(height)]
    for first in range(0, height, 333):                   # bands of 333 rows, then 1
        stream.write_rows(b"".join(rows[first:first + 333]))
    stream.close()
    data = out.getvalue()
    assert header(data) == (width, height, 8, 6)
    found = chunks(io.BytesIO(data))
    idat = b"".join(data[offset:offset + struct.unpack(">I", data[offset - 8:offset - 4])[0]]
                    for kind, offset in found if kind == b"IDAT")
    assert zlib.decompress(idat) == b"".join(rows)        # checks the Adler-32 too
    image = decoded(data)
    assert (image.width(), image.height()) == (width, height)
    x, y = 40, 777
    pixel = QColor.fromRgba(image.pixel(x, y))
    start = 1 + 4 * x
    assert pixel.getRgb() == tuple(rows[y][start:start + 4])
