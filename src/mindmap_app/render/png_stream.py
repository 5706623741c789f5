"""A PNG file written a band of rows at a time, so that an image far larger than memory can be
exported (issue 12: a 20,000-idea map at 1x is some 2.7 gigapixels). Imports no Qt: the caller
draws each band (see :func:`.export.write_png`) and hands over its rows.

Compression is deflate, by zlib-ng (the same format, 3-5x quicker than zlib at the same
level; Python's ``zlib`` if the package is missing), spread over the processors (see
:data:`PIECE_BYTES`). The file is 8-bit RGB (colour type 2), or RGBA (colour type 6) when the
background is transparent, with the resolution in a ``pHYs`` chunk. Every row uses PNG's
filter 0 (none): on drawn maps (flat backgrounds, boxes, text) deflate finds the repeats
itself, and the files come out smaller than with the adaptive filters of libpng (what Qt's
writer uses) while costing no work per pixel in Python. The compressed stream goes out in
IDAT chunks of about 1 MiB, so at most one band of raw rows and one chunk are held at a time.

::

    stream = PngStream(handle, width, height, alpha=False, dots_per_metre=3780)
    stream.write_rows(rows)        # bytes: whole rows, each a 0 byte then the pixels
    stream.close()                 # IEND; raises ValueError if rows are missing
    stream.discard()               # (in a finally) stops the threads of an abandoned file
"""

from __future__ import annotations

import os
import struct
import zlib
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from typing import BinaryIO

try:                    # deflate 3-5x quicker than zlib's, the same stream format and API
    from zlib_ng import zlib_ng as deflate_lib
except ImportError:     # pragma: no cover - a dependency; kept working without it
    deflate_lib = zlib

__all__ = ["MAX_SIDE", "PNG_LEVEL", "PngStream", "adler32_combine"]

SIGNATURE = b"\x89PNG\r\n\x1a\n"
#: the largest width or height the PNG format allows (a 31-bit number)
MAX_SIDE = 2**31 - 1
#: deflate level: zlib-ng's 5 writes the 1,000-idea map's picture (260 MB of rows) in 0.30 s
#: where zlib's 4 took 1.12 s, 1.6 % larger (its 4: 0.23 s, 4 % larger; its 6: 0.52 s, 1.2 %);
#: with zlib, 4 gave files 1 % larger than its default (6) in 70 % of the time
PNG_LEVEL = 5 if deflate_lib is not zlib else 4
#: IDAT chunks of about this many bytes
CHUNK_BYTES = 2**20
#: rows are compressed in pieces of about this many bytes, on as many threads as there are
#: processors (zlib lets go of Python's lock while it works), each piece primed with the 32 KiB
#: before it, so the pieces join into one zlib stream as if compressed in one go (as pigz does)
PIECE_BYTES = 4 * 2**20
WINDOW = 32 * 1024
THREADS = max(1, min(4, os.cpu_count() or 1))
_BASE = 65521


def adler32_combine(first: int, second: int, second_length: int) -> int:
    """The Adler-32 of two pieces of data one after the other, from theirs (zlib's
    ``adler32_combine``, which Python's zlib does not offer)."""
    rem = second_length % _BASE
    low = ((first & 0xFFFF) + (second & 0xFFFF) + _BASE - 1) % _BASE
    high = ((first >> 16) + (second >> 16) + rem * ((first & 0xFFFF) - 1)) % _BASE
    return low | (high << 16)


def _deflate(data: memoryview, window: bytes, last: bool, level: int) -> tuple[bytes, int]:
    """One piece as raw deflate (ending on a byte boundary unless it is the last), and its
    Adler-32."""
    lib = deflate_lib
    if window:
        packer = lib.compressobj(level, lib.DEFLATED, -15, 9, lib.Z_DEFAULT_STRATEGY, window)
    else:
        packer = lib.compressobj(level, lib.DEFLATED, -15, 9)
    packed = packer.compress(data) + packer.flush(lib.Z_FINISH if last else lib.Z_SYNC_FLUSH)
    return packed, lib.adler32(data)


class PngStream:
    """Writes one PNG to ``out`` (any binary file object) row by row."""

    def __init__(self, out: BinaryIO, width: int, height: int, *, alpha: bool,
                 dots_per_metre: int | None = None, level: int = PNG_LEVEL,
                 threads: int = THREADS) -> None:
        if not (0 < width <= MAX_SIDE and 0 < height <= MAX_SIDE):
            raise ValueError(f"a PNG is 1 to {MAX_SIDE:,} pixels a side, not "
                             f"{width:,} x {height:,}")
        self.out = out
        self.width, self.height = width, height
        self.channels = 4 if alpha else 3
        #: bytes of one row as :meth:`write_rows` takes it: the filter byte, then the pixels
        self.row_bytes = 1 + width * self.channels
        self.rows_written = 0
        self.level = level
        self._threads = threads
        self._pool: ThreadPoolExecutor | None = None
        self._waiting: deque[Future[tuple[bytes, int, int]]] = deque()
        self._buffers = [bytearray(), bytearray()]
        self._turn = 0
        self._window = b""
        self._adler = 1
        self._pending: list[bytes] = []
        self._pending_size = 0
        out.write(SIGNATURE)
        self._chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8,
                                         6 if alpha else 2, 0, 0, 0))
        if dots_per_metre:
            self._chunk(b"pHYs", struct.pack(">IIB", dots_per_metre, dots_per_metre, 1))
        self._take(b"\x78\x9c")          # the zlib header: deflate, 32 KiB window

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

    def _collect(self, keep: int) -> None:
        """Write out the compressed pieces, in order, until ``keep`` are still at work."""
        while len(self._waiting) > keep:
            packed, adler, length = self._waiting.popleft().result()
            self._adler = adler32_combine(self._adler, adler, length)
            self._take(packed)

    def band_buffer(self, rows: int) -> bytearray:
        """Room for the next ``rows`` rows, filter bytes 0, to fill and hand to
        :meth:`write_rows` (one buffer per call). Two buffers are taken in turn: when
        :meth:`write_rows` returns, the rows before the ones it was given are compressed,
        so their buffer is free again. (A new 50 MB buffer for every band would cost more
        than drawing it: the system hands out fresh memory a page at a time.)"""
        size = rows * self.row_bytes
        self._turn = 1 - self._turn
        if len(self._buffers[self._turn]) < size:
            self._buffers[self._turn] = bytearray(size)
        return self._buffers[self._turn]

    def write_rows(self, rows: bytes | bytearray | memoryview) -> None:
        """Whole rows, one after the other, each its filter byte (0) and then the pixels
        (R, G, B[, A] per pixel). The caller must not change ``rows`` afterwards (it may
        still be being compressed): give each band its own buffer."""
        count, rest = divmod(len(rows), self.row_bytes)
        if rest or self.rows_written + count > self.height:
            raise ValueError(f"{len(rows)} bytes are not whole rows of {self.row_bytes} bytes "
                             f"within the {self.height:,} rows of the image")
        self.rows_written += count
        data = memoryview(rows).cast("B")
        pieces = max(1, round(len(data) / PIECE_BYTES))
        step = -(-len(data) // pieces)
        for start in range(0, len(data), step):
            piece = data[start:start + step]
            last = self.rows_written == self.height and start + step >= len(data)
            if self._pool is None and self._threads > 1 and (pieces > 1 or self._waiting
                                                              or not last):
                self._pool = ThreadPoolExecutor(self._threads, "png-deflate")
            if self._pool is None:
                packed, adler = _deflate(piece, self._window, last, self.level)
                done: Future[tuple[bytes, int, int]] = Future()   # done here, now
                done.set_result((packed, adler, len(piece)))
                self._waiting.append(done)
            else:
                self._waiting.append(self._pool.submit(self._piece, piece, self._window, last))
            self._window = (bytes(piece[-WINDOW:]) if len(piece) >= WINDOW
                            else (self._window + bytes(piece))[-WINDOW:])
        # the pieces of this call compress while the caller draws the next band; those of
        # the call before are written out now (so at most two bands are held)
        self._collect(keep=len(range(0, len(data), step)))

    def _piece(self, piece: memoryview, window: bytes, last: bool) -> tuple[bytes, int, int]:
        packed, adler = _deflate(piece, window, last, self.level)
        return packed, adler, len(piece)

    def close(self) -> None:
        """End the file (every row must have been written)."""
        try:
            if self.rows_written != self.height:
                raise ValueError(f"the PNG has {self.rows_written:,} of its {self.height:,} "
                                 "rows")
            self._collect(keep=0)
            self._take(struct.pack(">I", self._adler))
            self._flush_pending()
            self._chunk(b"IEND", b"")
        finally:
            self.discard()

    def discard(self) -> None:
        """Stop the compressing threads (after :meth:`close`, or when the file is abandoned
        because drawing failed)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        self._waiting.clear()
        self._buffers = [bytearray(), bytearray()]
