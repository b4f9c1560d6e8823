"""Page images and word positions from PDFium, on PDFs drawn for the test."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from magazine_index.errors import RenderError
from magazine_index.render import cached_page_png, render_page_png, word_boxes

from .pdfs import make_pdf


def png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    return make_pdf(
        tmp_path / "two.pdf",
        [
            ["Harbour festival in Hafenberg", "", "The Wörthsee exchange began in 2019."],
            ["Page two"],
        ],
    )


def test_a_page_is_drawn_at_the_width_asked(pdf: Path) -> None:
    width, height = png_size(render_page_png(pdf, 2, 300))
    assert width == 300
    assert abs(height - 300 * 297 / 210) <= 1  # A4


def test_word_boxes_stand_where_the_words_are_printed(pdf: Path) -> None:
    [title] = word_boxes(pdf, 1, ["HAFENBERG"])  # any case, whole words
    [body] = word_boxes(pdf, 1, ["Wörthsee"])
    # make_pdf starts the text 50 pt from the left, 60 pt from the top of an A4 page.
    assert 0.05 < title.left < 0.5 and 0.05 < title.top < 0.08
    assert body.top > title.top + 2 * title.height
    assert 0 < title.width < 0.3 and 0 < title.height < 0.03
    assert word_boxes(pdf, 1, ["Hafen"]) == []  # part of a word only
    assert word_boxes(pdf, 1, ["nowhere"]) == []


def test_missing_and_damaged_files_raise_render_error(tmp_path: Path, pdf: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\nnot really\n")
    for path, page in [(tmp_path / "gone.pdf", 1), (broken, 1), (pdf, 3), (pdf, 0)]:
        with pytest.raises(RenderError, match=path.name):
            render_page_png(path, page, 100)


def test_the_cache_keeps_each_page_and_width_once(tmp_path: Path, pdf: Path) -> None:
    cache = tmp_path / "cache"
    first = cached_page_png(cache, pdf, "ab12", 1, 200)
    [stored] = list(cache.rglob("*.png"))
    assert stored.read_bytes() == first
    pdf.unlink()  # served from the cache, without the PDF
    assert cached_page_png(cache, pdf, "ab12", 1, 200) == first
    with pytest.raises(RenderError):
        cached_page_png(cache, pdf, "ab12", 1, 100)
