"""Read a PDF: the text of every page, printed page labels, outline and metadata.

Page text comes from PDFium (`pdfium_text`, the default) or pypdf; everything else from pypdf,
which also reads any file or page that PDFium cannot. This and `pdfium_text` are the only
modules that import a PDF library. Its output is plain data (`Extracted`) that can be
sent between processes and cached as JSON, so a file is never extracted twice for no reason.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PyPdfError

from .errors import ExtractionError
from .models import DEFAULT_EXTRACTOR, EXTRACTORS, OutlineEntry
from .pdfium_text import page_texts
from .text import normalise

log = logging.getLogger(__name__)

# Years printed on a cover or in a title, for citations.
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


@dataclass(frozen=True)
class Extracted:
    """Everything the rest of the flow needs from one PDF, as plain data."""

    texts: tuple[str, ...]
    """Normalised text of each page, in PDF page order."""
    pdf_labels: tuple[str, ...] | None
    """The PDF's own page labels, or None where the PDF defines none."""
    outline: tuple[OutlineEntry, ...]
    title: str | None
    """The metadata title, where it is a real one."""
    year: int | None

    def to_json(self) -> dict[str, Any]:
        return {
            "texts": list(self.texts),
            "pdf_labels": None if self.pdf_labels is None else list(self.pdf_labels),
            "outline": [[e.title, e.page, e.level] for e in self.outline],
            "title": self.title,
            "year": self.year,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Extracted:
        labels = data["pdf_labels"]
        return cls(
            texts=tuple(data["texts"]),
            pdf_labels=None if labels is None else tuple(labels),
            outline=tuple(OutlineEntry(t, p, lv) for t, p, lv in data["outline"]),
            title=data["title"],
            year=data["year"],
        )


def extract(path: Path, extractor: str = DEFAULT_EXTRACTOR) -> Extracted:
    """Extract a PDF, raising `ExtractionError` with a one-line reason for any unreadable file.

    `extractor` (one of `EXTRACTORS`) names the library that reads the page text.
    """
    if extractor not in EXTRACTORS:
        raise ValueError(f"unknown extractor {extractor!r}")
    if path.stat().st_size == 0:
        raise ExtractionError(str(path), "the file is empty")
    with path.open("rb") as stream:
        if b"%PDF-" not in stream.read(1024):
            raise ExtractionError(str(path), "not a PDF file (no %PDF header)")
    try:
        reader = PdfReader(path, strict=False)
        _unlock(reader, path)
        # PDFium counts the pages itself, which spares pypdf walking the page tree (a third of
        # the time on a magazine) where neither page labels nor an outline need it.
        fast = page_texts(path) if extractor == "pdfium" else None
        page_count = len(fast) if fast else len(reader.pages)
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

    texts = tuple(
        _page_text(reader, index, path) if raw is None else normalise(raw)
        for index, raw in enumerate(fast or [None] * page_count)
    )
    title = _metadata_title(reader)
    return Extracted(
        texts=texts,
        pdf_labels=_pdf_labels(reader, page_count),
        outline=_outline(reader, page_count),
        title=title,
        year=_year(title, texts, reader),
    )


_LOCKED = "encrypted with a password (index a decrypted copy, e.g. from `qpdf --decrypt`)"


def _unlock(reader: PdfReader, path: Path) -> None:
    if not reader.is_encrypted:
        return
    try:
        # Many PDFs are encrypted only against editing and open with an empty password.
        unlocked = reader.decrypt("")
    except FileNotDecryptedError as exc:
        raise ExtractionError(str(path), _LOCKED) from exc
    if not unlocked:
        raise ExtractionError(str(path), _LOCKED)


def _page_text(reader: PdfReader, index: int, path: Path) -> str:
    try:
        # Plain mode: layout mode splits words into letters spaced across columns.
        raw = reader.pages[index].extract_text()
    except DependencyError:
        raise
    except Exception as exc:  # noqa: BLE001 - pypdf raises many types on broken content streams
        log.warning("%s: page %d: text could not be read (%s)", path, index + 1, _reason(exc))
        return ""
    return normalise(raw or "")


def _pdf_labels(reader: PdfReader, page_count: int) -> tuple[str, ...] | None:
    try:
        if "/PageLabels" not in reader.root_object:
            return None
        labels = tuple(reader.page_labels)
    except Exception as exc:  # noqa: BLE001 - a broken label tree should not fail the file
        log.warning("page labels could not be read (%s)", _reason(exc))
        return None
    if len(labels) != page_count:  # a damaged page tree that PDFium and pypdf read apart
        log.info("page labels ignored: pypdf counts %d pages, PDFium %d", len(labels), page_count)
        return None
    return labels


def _outline(reader: PdfReader, page_count: int) -> tuple[OutlineEntry, ...]:
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
            if number is not None and 0 <= number < page_count and title:
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
    if not title:
        return None
    title = normalise(str(title)).replace("\n", " ").strip()
    # Producers fill the field with placeholders or the source document's file name.
    if not title or title.lower() in {"untitled", "unbenannt", "title", "titel"}:
        return None
    if re.search(r"\.(docx?|odt|indd|qxp|pdf)$", title, re.IGNORECASE):
        return None
    return title


def _year(title: str | None, texts: tuple[str, ...], reader: PdfReader) -> int | None:
    for source in (title or "", texts[0] if texts else ""):
        match = _YEAR.search(source)
        if match:
            return int(match.group(1))
    try:
        created = reader.metadata.creation_date if reader.metadata else None
    except Exception:  # noqa: BLE001 - an unparsable date is as good as none
        return None
    return created.year if created else None


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:160]
