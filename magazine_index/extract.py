"""Read a PDF: the text of every page with its line styles, printed page labels, outline and
metadata.

With the default extractor PDFium (`pdfium_text`) reads everything, and pypdf any file or page
that PDFium cannot (an encrypted one, for instance); with `extractor="pypdf"` pypdf reads all.
This and `pdfium_text` are the only modules that import a PDF library. The output is plain
data (`Extracted`) that can be sent between processes and cached as JSON, so a file is never
extracted twice for no reason.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any

import pypdf._text_extraction as _pypdf_text_extraction
from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PyPdfError

from .errors import ExtractionError
from .fonts import font_style
from .models import (
    DEFAULT_EXTRACTOR,
    EXTRACTORS,
    LineStyle,
    OcrPage,
    OcrWord,
    OutlineEntry,
    PageText,
)
from .pdfium_text import PdfiumDocument, read
from .text import line_keys, normalise, remove_controls

log = logging.getLogger(__name__)

# Years printed on a cover or in a title, for citations.
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


@dataclass(frozen=True)
class Extracted:
    """Everything the rest of the flow needs from one PDF, as plain data."""

    texts: tuple[str, ...]
    """Normalised text of each page, in PDF page order."""
    styles: tuple[tuple[LineStyle, ...], ...]
    """Each page's line styles (one per line of its text; empty where unknown)."""
    pdf_labels: tuple[str, ...] | None
    """The PDF's own page labels, or None where the PDF defines none."""
    outline: tuple[OutlineEntry, ...]
    title: str | None
    """The metadata title, where it is a real one."""
    year: int | None
    ocr: tuple[OcrPage | None, ...] = ()
    """Per page, what OCR read where it was tried (None: not tried); empty: tried on none."""

    def to_json(self) -> dict[str, Any]:
        return {
            "texts": list(self.texts),
            # Tuples, which JSON writes as arrays as it writes lists: the encoder's copy of a
            # tuple costs less than a copy of each line as a list here (encoding a magazine's
            # extraction took 5 % fewer instructions).
            "styles": self.styles,
            "pdf_labels": None if self.pdf_labels is None else list(self.pdf_labels),
            "outline": [[e.title, e.page, e.level] for e in self.outline],
            "title": self.title,
            "year": self.year,
            "ocr": [_ocr_to_json(page) for page in self.ocr],
        }

    def pages(self, labels: Sequence[str | None]) -> list[PageText]:
        """The pages as the detectors take them, with the given printed labels."""
        styles = self.styles or ((),) * len(self.texts)
        ocr = self.ocr or (None,) * len(self.texts)
        return [
            PageText(number, label, text, page_styles, page_ocr)
            for number, (label, text, page_styles, page_ocr) in enumerate(
                zip(labels, self.texts, styles, ocr, strict=True), 1
            )
        ]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Extracted:
        labels = data["pdf_labels"]
        return cls(
            texts=tuple(data["texts"]),
            styles=tuple(
                tuple(LineStyle(t, sz, b, i, x) for t, sz, b, i, x in page)
                for page in data["styles"]
            ),
            pdf_labels=None if labels is None else tuple(labels),
            outline=tuple(OutlineEntry(t, p, lv) for t, p, lv in data["outline"]),
            title=data["title"],
            year=data["year"],
            ocr=tuple(_ocr_from_json(page) for page in data.get("ocr", ())),
        )


def _ocr_to_json(page: OcrPage | None) -> dict[str, Any] | None:
    if page is None:
        return None
    return {
        "lang": page.lang,
        "confidence": page.confidence,
        "used": page.used,
        "words": [[w.text, w.left, w.top, w.right, w.bottom, w.confidence] for w in page.words],
    }


def _ocr_from_json(data: dict[str, Any] | None) -> OcrPage | None:
    if data is None:
        return None
    return OcrPage(
        lang=data["lang"],
        confidence=data["confidence"],
        words=tuple(OcrWord(*word) for word in data["words"]),
        used=data["used"],
    )


def extract(
    path: Path,
    passwords: tuple[str, ...] = (),
    data: bytes | None = None,
    *,
    extractor: str = DEFAULT_EXTRACTOR,
) -> Extracted:
    """Extract a PDF, raising `ExtractionError` with a one-line reason for any unreadable file.

    `data` is the file's content where the caller has read it already (what is parsed is what
    was hashed). An encrypted file is opened with an empty password, else with the first of
    `passwords` that fits. `extractor` (one of `EXTRACTORS`) names the library that reads it.
    """
    if extractor not in EXTRACTORS:
        raise ValueError(f"unknown extractor {extractor!r}")
    if data is None:
        data = path.read_bytes()
    if not data:
        raise ExtractionError(str(path), "the file is empty")
    if b"%PDF-" not in data[:1024]:
        raise ExtractionError(str(path), "not a PDF file (no %PDF header)")
    if extractor == "pdfium":
        document = read(path, passwords, data)
        if document is not None and document.pages:
            return _from_pdfium(path, data, document, passwords)
    reader, page_count = _open(path, data, passwords)
    read_pages = [_page_text(reader, index, path) for index in range(page_count)]
    texts = tuple(text for text, _ in read_pages)
    title = _metadata_title(reader)
    return Extracted(
        texts=texts,
        styles=tuple(styles for _, styles in read_pages),
        pdf_labels=_pdf_labels(reader),
        outline=_outline(reader),
        title=title,
        year=_year(title, texts, _created_year(reader)),
    )


def _from_pdfium(
    path: Path, data: bytes, document: PdfiumDocument, passwords: tuple[str, ...]
) -> Extracted:
    """The extraction from what PDFium read; pypdf reads the pages PDFium could not."""
    reader: PdfReader | None = None
    read_pages: list[tuple[str, tuple[LineStyle, ...]]] = []
    for index, page in enumerate(document.pages):
        if page is not None:
            read_pages.append(_styled(*page))
            continue
        if reader is None:
            reader, _ = _open(path, data, passwords)
        read_pages.append(_page_text(reader, index, path))
    texts = tuple(text for text, _ in read_pages)
    title = _clean_title(document.title)
    created = _PDF_DATE_YEAR.match(document.created)
    outline = (
        OutlineEntry(normalise(title_text).replace("\n", " "), page, level)
        for title_text, page, level in document.outline
    )
    return Extracted(
        texts=texts,
        styles=tuple(styles for _, styles in read_pages),
        pdf_labels=None
        if document.labels is None
        else tuple(map(remove_controls, document.labels)),
        outline=tuple(entry for entry in outline if entry.title),
        title=title,
        year=_year(title, texts, int(created.group(1)) if created else None),
    )


# A PDF date: "D:20161231..." (the "D:" is optional in practice).
_PDF_DATE_YEAR = re.compile(r"(?:D:)?(\d{4})")


def _open(path: Path, data: bytes, passwords: tuple[str, ...]) -> tuple[PdfReader, int]:
    """A pypdf reader of `data`, unlocked (see `extract`), and its page count."""
    try:
        reader = PdfReader(BytesIO(data), strict=False)
        _unlock(reader, path, passwords)
        page_count = len(reader.pages)
    except ExtractionError:
        raise
    except DependencyError as exc:  # not a PyPdfError: a missing optional crypto package
        raise ExtractionError(str(path), f"cannot decrypt: {exc}") from exc
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise ExtractionError(str(path), f"damaged PDF ({_reason(exc)})") from exc
    except RecursionError as exc:
        raise ExtractionError(str(path), "damaged PDF (its object tree loops)") from exc
    if page_count == 0:
        raise ExtractionError(str(path), "damaged PDF (no pages could be read)")
    return reader, page_count


ENCRYPTED = (
    "encrypted with a password: give it with `index --password` (asked for) or "
    "`--password-file FILE`"
)
WRONG_PASSWORD = "encrypted, and the password given does not open it"


def _unlock(reader: PdfReader, path: Path, passwords: tuple[str, ...]) -> None:
    if not reader.is_encrypted:
        return
    # Many PDFs are encrypted only against editing and open with an empty password.
    for password in ("", *passwords):
        try:
            if reader.decrypt(password):
                return
        except FileNotDecryptedError:
            continue
    raise ExtractionError(str(path), WRONG_PASSWORD if passwords else ENCRYPTED)


def _styled(raw: str, raw_lines: list[LineStyle]) -> tuple[str, tuple[LineStyle, ...]]:
    """A page's normalised text and line styles from its raw text and raw lines."""
    text = normalise(raw)
    return text, align_styles(text, raw_lines)


def _page_text(reader: PdfReader, index: int, path: Path) -> tuple[str, tuple[LineStyle, ...]]:
    """A page's normalised text and the style of each of its lines.

    pypdf reports every text run it emits to `visitor_text` with its font and matrices, in the
    same pass that builds the text, so the typography costs no second parse of the page.
    """
    runs: list[_Run] = []
    fonts: dict[int, tuple[bool, bool]] = {}

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if not text:
            return
        bold, italic = _font_style(font, fonts)
        scale = math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3])
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        runs.append((text, size * scale, bold, italic, x))

    try:
        # Plain mode: layout mode splits words into letters spaced across columns.
        raw = reader.pages[index].extract_text(visitor_text=visit)
    except DependencyError:
        raise
    except Exception as exc:  # noqa: BLE001 - pypdf raises many types on broken content streams
        log.warning("%s: page %d: text could not be read (%s)", path, index + 1, _reason(exc))
        return "", ()
    return _styled(raw or "", _raw_lines(runs))


def _visit_text_streams_only() -> None:
    """Let a text visitor skip content streams that show no text, as plain extraction does.

    Given any visitor, pypdf 7 parses every form XObject (figures, logos) so that operator
    visitors can see them; ours only reads text runs, and that parsing alone made extraction
    19 % slower on the real magazines. Streams without text operators give no text either way,
    so the text is the same. A private function: if pypdf renames it, styles cost time, not
    correctness.
    """
    original = getattr(_pypdf_text_extraction, "_get_content_stream_for_text", None)
    if original is None or getattr(original, "text_only", False):
        return

    def text_streams(obj: Any, pdf: Any, content_key: Any, *, has_visitor: bool) -> Any:
        return original(obj, pdf, content_key, has_visitor=False)

    text_streams.text_only = True  # type: ignore[attr-defined]
    _pypdf_text_extraction._get_content_stream_for_text = text_streams


_visit_text_streams_only()


_Run = tuple[str, float, bool, bool, float]
"""A text run as pypdf emits it: text, font size in points, bold, italic, left edge."""


def _font_style(font: Any, cache: dict[int, tuple[bool, bool]]) -> tuple[bool, bool]:
    """(bold, italic) of a font dictionary, from its name and its descriptor."""
    if font is None:
        return False, False
    known = cache.get(id(font))
    if known is not None:
        return known
    try:
        name = str(font.get("/BaseFont", ""))
        descriptor = font.get("/FontDescriptor")
        descriptor = descriptor.get_object() if descriptor is not None else {}
        flags = int(descriptor.get("/Flags", 0) or 0)
        weight = float(descriptor.get("/FontWeight", 0) or 0)
    except Exception:  # noqa: BLE001 - a broken font dictionary only costs its style
        name, flags, weight = "", 0, 0.0
    style = font_style(name, flags, weight)
    cache[id(font)] = style
    return style


def _raw_lines(runs: list[_Run]) -> list[LineStyle]:
    """The extracted lines before normalisation, each with the style of most of its letters."""
    lines: list[LineStyle] = []
    parts: list[str] = []
    weights: dict[tuple[float, bool, bool], int] = {}
    left: float | None = None

    def close() -> None:
        nonlocal left
        text = "".join(parts)
        if text.strip():
            size, bold, italic = (
                max(weights, key=weights.__getitem__) if weights else (0, False, False)
            )
            lines.append(LineStyle(text, round(size, 1), bold, italic, round(left or 0.0, 1)))
        parts.clear()
        weights.clear()
        left = None

    for text, size, bold, italic, x in runs:
        pieces = text.split("\n")
        for position, piece in enumerate(pieces):
            if position:
                close()
            if piece.strip():
                parts.append(piece)
                key = (size, bold, italic)
                weights[key] = weights.get(key, 0) + len(piece.strip())
                left = x if left is None else left
    close()
    return lines


_ALIGN_LOOKAHEAD = 6
"""Raw lines searched ahead for a normalised line: joined hyphenation and dropped blank lines
shift the two sequences by a line or two, never by more on the pages we measured."""
_ALIGN_PREFIX = 10
_ALIGN_LETTERS = 4
"""Letters a line (and a raw line it is matched with) has at least: a shorter one, a folio or a
formula's index ("2", "n"), would match any raw line that holds it."""


def align_styles(text: str, raw_lines: list[LineStyle]) -> tuple[LineStyle, ...]:
    """One style per line of the normalised `text`, matched to the extracted lines in order.

    Normalisation joins hyphenated words (a line's last part moves up a line) and drops blank
    lines, so a line is matched to the next raw line that begins like it or contains it; a
    line that matches none takes the style of the line before it.
    """
    if not raw_lines:
        return ()
    keys = line_keys([r.text for r in raw_lines])
    # What a line that begins like a raw line begins with: the first letters of its key without
    # a line-end hyphen (None where too few), worked out once a key, not once for each line it
    # is compared with.
    stems = (key.rstrip("-\u2010") for key in keys)
    prefixes = [stem[:_ALIGN_PREFIX] if len(stem) >= _ALIGN_LETTERS else None for stem in stems]
    styles: list[LineStyle] = []
    pointer = 0
    previous = raw_lines[0]
    for line in text.split("\n"):
        if not line.strip():
            styles.append(LineStyle("", 0.0))
            continue
        # A line too short matches no raw line and is compared with none: it was compared with
        # all those ahead, a tenth of aligning the pages of the worker's bench.
        first = pointer if len(line) >= _ALIGN_LETTERS else len(keys)
        for ahead in range(first, min(pointer + _ALIGN_LOOKAHEAD, len(keys))):
            key, prefix = keys[ahead], prefixes[ahead]
            if (
                (prefix is not None and line.startswith(prefix))
                or line in key
                or (len(key) >= _ALIGN_LETTERS and key in line)
            ):
                previous = raw_lines[ahead]
                pointer = ahead + 1
                break
        styles.append(LineStyle(line, previous.size, previous.bold, previous.italic, previous.x))
    return tuple(styles)


def _pdf_labels(reader: PdfReader) -> tuple[str, ...] | None:
    try:
        if "/PageLabels" not in reader.root_object:
            return None
        return tuple(remove_controls(label) for label in reader.page_labels)
    except Exception as exc:  # noqa: BLE001 - a broken label tree should not fail the file
        log.warning("page labels could not be read (%s)", _reason(exc))
        return None


def _outline(reader: PdfReader) -> tuple[OutlineEntry, ...]:
    entries: list[OutlineEntry] = []

    def walk(items: Any, level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
                continue
            try:
                number = reader.get_destination_page_number(item)
            except Exception:  # noqa: BLE001 - a dangling bookmark is skipped, not fatal
                continue
            title = normalise(str(item.title or "")).replace("\n", " ")
            if number is not None and number >= 0 and title:
                entries.append(OutlineEntry(title, number + 1, level))

    try:
        walk(reader.outline, 0)
    except Exception as exc:  # noqa: BLE001 - a broken outline should not fail the file
        log.warning("outline could not be read (%s)", _reason(exc))
    return tuple(entries)


def _metadata_title(reader: PdfReader) -> str | None:
    try:
        title = reader.metadata.title if reader.metadata else None
    except Exception:  # noqa: BLE001 - undecodable metadata is as good as none
        return None
    return _clean_title(title)


def _clean_title(title: str | None) -> str | None:
    """The metadata title where it is a real one."""
    if not title:
        return None
    title = normalise(str(title)).replace("\n", " ").strip()
    # Producers fill the field with placeholders or the source document's file name.
    if not title or title.lower() in {"untitled", "unbenannt", "title", "titel"}:
        return None
    if re.search(r"\.(docx?|odt|indd|qxp|pdf)$", title, re.IGNORECASE):
        return None
    return title


def _year(title: str | None, texts: tuple[str, ...], created: int | None) -> int | None:
    for source in (title or "", texts[0] if texts else ""):
        match = _YEAR.search(source)
        if match:
            return int(match.group(1))
    return created


def _created_year(reader: PdfReader) -> int | None:
    try:
        created = reader.metadata.creation_date if reader.metadata else None
    except Exception:  # noqa: BLE001 - an unparsable date is as good as none
        return None
    return created.year if created else None


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:160]
