"""Pages as images, and where words stand on them, with PDFium (pypdfium2).

Only this module imports pypdfium2. PDFium is not thread-safe, so every call into it holds one
lock; a web server's threads take turns. Images are PNG, encoded here with zlib (no imaging
library needed), and cached on disk by the file's hash, the page and the width, so each page
is rendered once per size.
"""

from __future__ import annotations

import os
import struct
import threading
import time
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium

from .errors import RenderError

# A page taller than this many widths (a scroll, a broken media box) is drawn smaller rather
# than as a bitmap of hundreds of megabytes.
MAX_ASPECT = 4
# zlib level 3 makes PNGs of rendered text pages about 10 % larger than level 6 in half the time.
PNG_COMPRESSION = 3
_PDFIUM_LOCK = threading.Lock()


@dataclass(frozen=True)
class Box:
    """A rectangle on a page, in fractions of the page's width and height from its top left,
    so it fits an image of the page at any size."""

    left: float
    top: float
    width: float
    height: float


def render_page_png(pdf_path: str | Path, page_number: int, width: int) -> bytes:
    """The 1-based PDF page `page_number` drawn `width` pixels wide, as PNG bytes."""
    with _PDFIUM_LOCK:
        document = _open(pdf_path)
        try:
            page = _page(document, pdf_path, page_number)
            page_width, page_height = page.get_size()
            scale = min(width / page_width, MAX_ASPECT * width / page_height)
            bitmap = page.render(scale=scale, rev_byteorder=True, draw_annots=True)
            pixels = bytes(bitmap.buffer)
            size = (bitmap.width, bitmap.height, bitmap.stride, bitmap.n_channels)
            bitmap.close()
            page.close()
        finally:
            document.close()
    return encode_png(pixels, *size)


def word_boxes(pdf_path: str | Path, page_number: int, words: Iterable[str]) -> list[Box]:
    """Where each of `words` stands on a page (whole words, any case), from PDFium's character
    boxes; a word broken across lines by a hyphen is not found."""
    wanted = [word for word in dict.fromkeys(words) if word.strip()]
    boxes: list[Box] = []
    with _PDFIUM_LOCK:
        document = _open(pdf_path)
        try:
            page = _page(document, pdf_path, page_number)
            # Text rectangles are in unrotated page space; mapping them onto a rotated page's
            # image is left out (magazines are rarely stored rotated): no marks there.
            if page.get_rotation() % 360:
                return []
            left, bottom, right, top = page.get_cropbox()
            width, height = right - left, top - bottom
            text_page = page.get_textpage()
            for word in wanted:
                searcher = text_page.search(word, match_case=False, match_whole_word=True)
                while (found := searcher.get_next()) is not None:
                    start, count = found
                    for number in range(text_page.count_rects(start, count)):
                        x0, y0, x1, y1 = text_page.get_rect(number)
                        boxes.append(
                            Box(
                                (x0 - left) / width,
                                (top - y1) / height,
                                (x1 - x0) / width,
                                (y1 - y0) / height,
                            )
                        )
                searcher.close()
            text_page.close()
            page.close()
        finally:
            document.close()
    return boxes


def cached_page_png(
    cache_dir: Path, pdf_path: str | Path, file_hash: str, page_number: int, width: int
) -> bytes:
    """`render_page_png`, kept in `cache_dir` by file hash, page and width. The file is written
    under a temporary name and renamed, so a reader never sees half an image; where the folder
    cannot be written, the image is served all the same."""
    target = cache_dir / file_hash[:2] / f"{file_hash}-p{page_number}-w{width}.png"
    try:
        return target.read_bytes()
    except OSError:
        pass
    image = render_page_png(pdf_path, page_number, width)
    try:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        temporary = target.with_name(f".{target.name}.{os.getpid()}.{time.monotonic_ns()}.tmp")
        temporary.write_bytes(image)
        os.replace(temporary, target)
    except OSError:
        pass  # a full disk or a read-only index folder costs speed, not the answer
    return image


def encode_png(pixels: bytes, width: int, height: int, stride: int, channels: int) -> bytes:
    """An 8-bit PNG (RGB, RGBA or grey) of rows `stride` bytes apart."""
    color_type = {1: 0, 3: 2, 4: 6}[channels]
    row_bytes = width * channels
    view = memoryview(pixels)
    rows = b"".join(
        b"\x00" + view[offset : offset + row_bytes] for offset in range(0, height * stride, stride)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, color_type, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, PNG_COMPRESSION))
        + chunk(b"IEND", b"")
    )


def _open(pdf_path: str | Path) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(str(pdf_path))
    except (OSError, pdfium.PdfiumError) as exc:
        raise RenderError(f"{pdf_path}: cannot be opened to draw its pages ({exc})") from exc


def _page(document: pdfium.PdfDocument, pdf_path: str | Path, page_number: int) -> pdfium.PdfPage:
    if not 1 <= page_number <= len(document):
        raise RenderError(f"{pdf_path}: has no page {page_number}")
    try:
        return document[page_number - 1]
    except pdfium.PdfiumError as exc:
        raise RenderError(f"{pdf_path}: page {page_number} cannot be read ({exc})") from exc
