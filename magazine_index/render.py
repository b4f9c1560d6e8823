"""Render PDF pages to images with PDFium (pypdfium2), for OCR and page views.

This is the only module that imports pypdfium2. Rendering is bounded: a page is drawn at the
asked resolution unless the image would pass `MAX_RENDER_PIXELS`, in which case the resolution
is lowered to fit; a page whose embedded images are too large to decode safely is not drawn.

For `serve`: pages as PNG at a width (`render_page_png`, cached on disk by file hash, page and
width in `cached_page_png`) and where words stand on a page (`word_boxes`). PDFium is not
thread-safe, so these hold one lock; a web server's threads take turns.
"""

from __future__ import annotations

import contextlib
import io
import math
import os
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from .errors import RenderError

# An A4 page at 300 dpi is 8.7 million pixels; a tabloid spread about 35 million. Beyond this
# the resolution is lowered, so a poster-sized page cannot take gigabytes of memory.
MAX_RENDER_PIXELS = 40_000_000
# PDFium decodes an embedded image whole before scaling it: a 20,000 x 20,000 scan needs
# 400 MB (grey) to 1.2 GB (colour) whatever the output size. Pages holding a larger image are
# refused (about 14,000 x 14,000 pixels, four times a 600 dpi A4 scan).
MAX_IMAGE_PIXELS = 200_000_000
# Below this many pixels on either side there is nothing a reader (or Tesseract) could read.
MIN_RENDER_SIDE = 16
POINTS_PER_INCH = 72.0
# A page taller than this many widths (a scroll, a broken media box) is drawn smaller rather
# than as a bitmap of hundreds of megabytes.
MAX_ASPECT = 4
# zlib level 3 makes PNGs of rendered text pages about 10 % larger than level 6 in half the time.
PNG_COMPRESSION = 3
_PDFIUM_LOCK = threading.Lock()


@dataclass(frozen=True)
class PageGeometry:
    """A page's size in points and how much of it images cover."""

    width: float
    height: float
    image_share: float
    """The share of the page area covered by image objects (0..1, overlaps counted once)."""
    largest_image_pixels: int


def render_page(pdf_path: Path, page_number: int, dpi: float) -> Image.Image:
    """Render one page (1-based) as a greyscale PIL image at `dpi`, lowered to fit
    `MAX_RENDER_PIXELS`; raises `RenderError` with a one-line reason when it cannot be drawn."""
    with open_document(pdf_path) as document:
        return render_from(document, page_number, dpi)


@contextlib.contextmanager
def open_document(pdf_path: Path, passwords: tuple[str, ...] = ()) -> Iterator[Any]:
    """An open PDFium document, closed afterwards (render many pages of one file at once);
    an encrypted one is opened with no password, else with the first of `passwords` that fits."""
    document = None
    for password in (None, *passwords):
        try:
            document = pdfium.PdfDocument(str(pdf_path), password=password)
            break
        except (pdfium.PdfiumError, OSError) as exc:
            reason = str(exc)
    if document is None:
        raise RenderError(str(pdf_path), f"cannot be rendered ({reason})")
    try:
        yield document
    finally:
        document.close()


def page_geometry(document: Any, page_number: int) -> PageGeometry:
    """Size and image coverage of a page, without decoding any image."""
    page = document[page_number - 1]
    try:
        width, height = page.get_size()
        covered: list[tuple[float, float, float, float]] = []
        largest = 0
        for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=3):
            left, bottom, right, top = obj.get_bounds()
            covered.append((max(left, 0), max(bottom, 0), min(right, width), min(top, height)))
            with contextlib.suppress(pdfium.PdfiumError):
                # Read from the image's dictionary: nothing is decoded.
                metadata = obj.get_metadata()
                largest = max(largest, metadata.width * metadata.height)
        return PageGeometry(width, height, _covered_share(covered, width, height), largest)
    finally:
        page.close()


def render_from(document: Any, page_number: int, dpi: float) -> Image.Image:
    """Render one page of an open document (see `render_page`)."""
    geometry = page_geometry(document, page_number)
    if geometry.largest_image_pixels > MAX_IMAGE_PIXELS:
        side = math.isqrt(geometry.largest_image_pixels)
        raise RenderError(
            f"page {page_number}",
            f"holds an image of about {side:,} x {side:,} pixels, too large to render",
        )
    scale = dpi / POINTS_PER_INCH
    pixels = geometry.width * geometry.height * scale * scale
    if pixels > MAX_RENDER_PIXELS:
        scale *= math.sqrt(MAX_RENDER_PIXELS / pixels)
    if min(geometry.width, geometry.height) * scale < MIN_RENDER_SIDE:
        raise RenderError(
            f"page {page_number}",
            f"is too small to read ({geometry.width:g} x {geometry.height:g} pt)",
        )
    page = document[page_number - 1]
    try:
        bitmap = page.render(scale=scale, grayscale=True)
        image: Image.Image = bitmap.to_pil()
        # to_pil shares the bitmap's buffer; a copy outlives the page and the document.
        return image.convert("L")
    except pdfium.PdfiumError as exc:
        raise RenderError(f"page {page_number}", f"cannot be rendered ({exc})") from exc
    finally:
        page.close()


def _covered_share(
    boxes: list[tuple[float, float, float, float]], width: float, height: float
) -> float:
    """The share of the page the boxes cover, overlaps counted once (coarse grid)."""
    if not boxes or width <= 0 or height <= 0:
        return 0.0
    steps = 50
    covered = 0
    for row in range(steps):
        y = (row + 0.5) * height / steps
        for column in range(steps):
            x = (column + 0.5) * width / steps
            if any(left <= x <= right and bottom <= y <= top for left, bottom, right, top in boxes):
                covered += 1
    return covered / (steps * steps)


# -- page views ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Box:
    """A rectangle on a page, in fractions of the page's width and height from its top left,
    so it fits an image of the page at any size."""

    left: float
    top: float
    width: float
    height: float


def render_page_png(pdf_path: str | Path, page_number: int, width: int) -> bytes:
    """The 1-based PDF page `page_number` drawn `width` pixels wide (in colour), as PNG."""
    with _PDFIUM_LOCK, open_document(Path(pdf_path)) as document:
        _require_page(document, pdf_path, page_number)
        geometry = page_geometry(document, page_number)
        if geometry.largest_image_pixels > MAX_IMAGE_PIXELS:
            raise RenderError(str(pdf_path), f"page {page_number} holds too large an image")
        scale = min(width / geometry.width, MAX_ASPECT * width / geometry.height)
        page = document[page_number - 1]
        try:
            image = page.render(scale=scale, draw_annots=True).to_pil()
            png = io.BytesIO()
            image.save(png, "PNG", compress_level=PNG_COMPRESSION)
        except pdfium.PdfiumError as exc:
            raise RenderError(str(pdf_path), f"page {page_number}: {exc}") from exc
        finally:
            page.close()
    return png.getvalue()


def word_boxes(pdf_path: str | Path, page_number: int, words: Iterable[str]) -> list[Box]:
    """Where each of `words` stands on a page (whole words, any case), from PDFium's character
    boxes; a word broken across lines by a hyphen is not found."""
    wanted = [word for word in dict.fromkeys(words) if word.strip()]
    boxes: list[Box] = []
    with _PDFIUM_LOCK, open_document(Path(pdf_path)) as document:
        _require_page(document, pdf_path, page_number)
        page = document[page_number - 1]
        try:
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
        finally:
            page.close()
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


def _require_page(document: Any, pdf_path: str | Path, page_number: int) -> None:
    if not 1 <= page_number <= len(document):
        raise RenderError(str(pdf_path), f"has no page {page_number}")
