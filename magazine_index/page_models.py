"""Records of a page as extraction and analysis give it: its text, line styles, what OCR read,
its quotations. An `index` run builds them, a search never does (see `models.py`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple


class LineStyle(NamedTuple):
    """How one line of a page is printed: its font size, weight, slant and left edge.

    A named tuple, not a frozen dataclass as the other records: a page's lines are built
    twice each in extraction (raw, then aligned to the normalised text), some hundred a page,
    and a frozen dataclass sets each field through `object.__setattr__` (2.3 µs a line against
    0.7 µs, measured; a fortieth of reading a page).
    """

    text: str
    """The line as it stands in the page's normalised text (blank for a blank line)."""
    size: float
    """Font size in points as printed (text and page matrices applied); 0 where unknown."""
    bold: bool = False
    italic: bool = False
    x: float = 0.0
    """Left edge in points from the page's left side."""


@dataclass(frozen=True)
class PageText:
    """One page of a magazine after extraction and normalisation."""

    number: int
    """1-based PDF page index."""
    label: str | None
    """The printed page number a reader sees, or None where the page prints none."""
    text: str
    """Normalised text; line breaks are kept (bylines and folios are line-based)."""
    styles: tuple[LineStyle, ...] = ()
    """One style per line of `text`, in order; empty where the extractor knows none."""
    ocr: OcrPage | None = None
    """How OCR read the page, where its text came from OCR (see `text_source`)."""

    @property
    def text_source(self) -> str:
        """Where the text came from: "ocr" (Tesseract read the page) or "pdf" (its text layer)."""
        return "ocr" if self.ocr is not None and self.ocr.used else "pdf"


@dataclass(frozen=True)
class OcrWord:
    """A word Tesseract read, with its box in points from the page's top-left corner."""

    text: str
    left: float
    top: float
    right: float
    bottom: float
    confidence: float
    """Tesseract's confidence in the word, 0..100."""


@dataclass(frozen=True)
class OcrPage:
    """What OCR made of one page: kept in the extraction cache, so it never runs twice."""

    lang: str
    """The Tesseract languages it was read with ("deu+eng")."""
    confidence: float
    """Mean word confidence, 0..100 (0 when nothing was read)."""
    words: tuple[OcrWord, ...]
    used: bool
    """Whether the page's text is the OCR text (False: OCR found less than the text layer)."""


@dataclass(frozen=True)
class Quote:
    """A quotation found on a page, with its speaker where one can be told."""

    text: str
    """The quoted words without quote marks; interrupted parts joined by a space."""
    speaker: str | None
    """Plain name of the speaker, or None when no speaker can be found."""
    page: int
    """1-based PDF page of the body text (the first page where it appears)."""
    confidence: float = 0.0
    """How sure the attribution is, 0..1 (0 when speaker is None)."""
    also_on: tuple[int, ...] = ()
    """Other pages where the same quotation appears (a pull quote)."""
