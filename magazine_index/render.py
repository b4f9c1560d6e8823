"""Render PDF pages to images with PDFium (pypdfium2), for OCR and page views.

This is the only module that imports pypdfium2. Rendering is bounded: a page is drawn at the
asked resolution unless the image would pass `MAX_RENDER_PIXELS`, in which case the resolution
is lowered to fit; a page whose embedded images are too large to decode safely is not drawn.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Iterator
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
