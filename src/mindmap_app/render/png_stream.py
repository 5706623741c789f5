"""A PNG file written a band of rows at a time, so that an image far larger than memory can be
exported (issue 12: a 20,000-idea map at 1x is some 2.7 gigapixels). Imports no Qt: the caller
draws each band (see :func:`.export.write_png`) and hands over its rows.

The file is 8-bit RGB (colour type 2), or RGBA (colour type 6) when the background is
transparent, with the resolution in a ``pHYs`` chunk. Every row uses PNG's filter 0 (none):
on drawn maps (flat backgrounds, boxes, text) zlib finds the repeats itself, and the files come
out smaller than with the adaptive filters of libpng (what Qt's writer uses) while costing no
work per pixel in Python. The compressed stream goes out in IDAT chunks of about 1 MiB, so at
most one band of raw rows and one chunk are held at a time.

::

    stream = PngStream(handle, width, height, alpha=False, dots_per_metre=3780)
    stream.write_rows(rows)        # bytes: whole rows, each a 0 byte then the pixels
    stream.close()                 # IEND; raises ValueError if rows are missing
"""

from __future__ import annotations

import struct
import zlib
from typing import BinaryIO

__all__ = ["MAX_SIDE", "PNG_LEVEL", "PngStream"]

SIGNATURE = b"\x89PNG\r\n\x1a\n"
#: the largest width or height the PNG format allows (a 31-bit number)
MAX_SIDE = 2**31 - 1
#: zlib level: 6 (zlib's default) gives files 10 % smaller than level 3 for under twice the time
PNG_LEVEL = 6
#: IDAT chunks of about this many bytes
CHUNK_BYTES = 2**20


class PngStream:
    """Writes one PNG to ``out`` (any binary file object) row by row."""

    def __init__(self, out: BinaryIO, width: int, height: int, *, alpha: bool,
                 dots_per_metre: int | None = None, level: int = PNG_LEVEL) -> None:
        if not (0 < width <= MAX_SIDE and 0 < height <= MAX_SIDE):
            raise ValueError(f"a PNG is 1 to {MAX_SIDE:,} pixels a side, not "
                             f"{width:,} x {height:,}")
        self.out = out
        self.width, self.height = width, height
        self.channels = 4 if alpha else 3
        #: bytes of one row as :meth:`write_rows` takes it: the filter byte, then the pixels
        self.row_bytes = 1 + width * self.channels
        self.rows_written = 0
        self._deflate = zlib.compressobj(level, zlib.DEFLATED, 15, 9)
        self._pending: list[bytes] = []
        self._pending_size = 0
        out.write(SIGNATURE)
        self._chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8,
                                         6 if alpha else 2, 0, 0, 0))
        if dots_per_metre:
            self._chunk(b"pHYs", struct.pack(">IIB", dots_per_metre, dots_per_metre, 1))

    def _chunk(self, kind: bytes, data: bytes) -> None:
        self.out.write(struct.pack(">I", len(data)))
        self.out.write(kind)
        self.out.write(data)
        self.out.write(struct.pack(">I", zlib.crc32(data, zlib.crc32(kind))))

    def _take(self, data: bytes) -> None:
        if data:
            self._pending.append(data)
            self._pending_size += len(data)
        if self._pending_size >= CHUNK_BYTES:
            self._flush_pending()

    def _flush_pending(self) -> None:
        if self._pending:
            self._chunk(b"IDAT", b"".join(self._pending))
            self._pending, self._pending_size = [], 0

    def write_rows(self, rows: bytes | bytearray | memoryview) -> None:
        """Whole rows, one after the other, each its filter byte (0) and then the pixels
        (R, G, B[, A] per pixel)."""
        count, rest = divmod(len(rows), self.row_bytes)
        if rest or self.rows_written + count > self.height:
            raise ValueError(f"{len(rows)} bytes are not whole rows of {self.row_bytes} bytes "
                             f"within the {self.height:,} rows of the image")
        self._take(self._deflate.compress(rows))
        self.rows_written += count

    def close(self) -> None:
        """End the file (every row must have been written)."""
        if self.rows_written != self.height:
            raise ValueError(f"the PNG has {self.rows_written:,} of its {self.height:,} rows")
        self._take(self._deflate.flush())
        self._flush_pending()
        self._chunk(b"IEND", b"")
