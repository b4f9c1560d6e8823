"""Read pages without a text layer with Tesseract (through pytesseract).

A scanned page has no text layer, or one of a few stray characters. Such a page is rendered
at `OCR_DPI` (`render.py`) and read by the Tesseract program, German and English together by
default. Its words keep their boxes (in points), so that a page view can mark hits on a scan.
Only this module imports pytesseract.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import statistics
import threading
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytesseract

from .errors import OcrUnavailableError, RenderError
from .extract import align_styles
from .models import LineStyle, OcrPage, OcrWord
from .render import open_document, page_geometry, render_from
from .text import normalise
from .workers import run_ignores_ctrl_c

if TYPE_CHECKING:
    from PIL import Image

    from .extract import Extracted

DEFAULT_OCR_LANG = "deu+eng"
# Tesseract's models are trained on text of 10-12 pt at 300 dpi; less loses accents and
# punctuation, more only costs time.
OCR_DPI = 300
# A text layer with fewer letters than this is noise (a stray page number, a scanner's stamp)
# when the page is mostly image: OCR reads what the image shows.
MIN_TEXT_LAYER_LETTERS = 20
MOSTLY_IMAGE = 0.5
# A dense A4 page takes Tesseract 2-6 s on one core. A page past this is given up, so a
# worker killed at the file's time limit leaves no Tesseract running for long behind it.
PAGE_TIMEOUT_SECONDS = 60
INSTALL_HINT = "apt-get install tesseract-ocr tesseract-ocr-deu"

_LETTER = re.compile(r"[^\W\d_]")
_LANGUAGE_PACKAGES = {"deu": "tesseract-ocr-deu", "eng": "tesseract-ocr-eng"}


@dataclass(frozen=True)
class OcrOutcome:
    """A file after OCR: its extraction with OCR'd pages, and what went wrong page by page."""

    extracted: Extracted
    problems: tuple[str, ...]
    """One short reason per page that could not be read ("page 3: is too small to read")."""


def check_tesseract(lang: str) -> None:
    """Raise `OcrUnavailableError` saying what to install when Tesseract or a language of
    `lang` ("deu+eng") is missing."""
    try:
        pytesseract.get_tesseract_version()
        installed = set(pytesseract.get_languages())
    # pytesseract raises SystemExit for a program whose version it cannot read.
    except (pytesseract.TesseractNotFoundError, OSError, SystemExit) as exc:
        raise OcrUnavailableError(
            f"Tesseract is not installed, so pages without text were not read "
            f"(install it: {INSTALL_HINT})"
        ) from exc
    missing = [code for code in lang.split("+") if code and code not in installed]
    if missing or not lang.strip("+"):
        packages = " ".join(
            _LANGUAGE_PACKAGES.get(code, f"tesseract-ocr-{code}") for code in missing
        )
        raise OcrUnavailableError(
            f"Tesseract has no language {'+'.join(missing) or lang!r}, so pages without text "
            f"were not read (install it: apt-get install {packages or 'tesseract-ocr-eng'})"
        )


def letters(text: str) -> int:
    return len(_LETTER.findall(text))


def _may_need_reading(extracted: Extracted, lang: str) -> list[int]:
    """Pages with too few letters for a text layer that were not read with `lang` before."""
    wanted = []
    for number, text in enumerate(extracted.texts, 1):
        done = extracted.ocr[number - 1] if extracted.ocr else None
        if done is not None and done.lang == lang:
            continue
        # A page read before in other languages is read again, whatever its text is now.
        if (done is not None and done.used) or letters(text) < MIN_TEXT_LAYER_LETTERS:
            wanted.append(number)
    return wanted


def pages_to_read(path: Path, extracted: Extracted, lang: str) -> list[int]:
    """1-based pages of `path` that OCR reads: no text layer, or fewer than
    `MIN_TEXT_LAYER_LETTERS` letters on a mostly-image page, and not read with `lang` before."""
    candidates = _may_need_reading(extracted, lang)
    if not candidates:
        return []
    with open_document(path) as document:
        return _pages_to_read(extracted, candidates, document)


def _pages_to_read(extracted: Extracted, candidates: list[int], document: Any) -> list[int]:
    """Of the candidates, those with no text at all or few letters on a mostly-image page."""
    return [
        number
        for number in candidates
        if letters(extracted.texts[number - 1]) == 0
        or (extracted.ocr and extracted.ocr[number - 1] is not None)
        or page_geometry(document, number).image_share >= MOSTLY_IMAGE
    ]


def read_scanned_pages(
    path: Path, extracted: Extracted, lang: str, passwords: tuple[str, ...] = ()
) -> OcrOutcome:
    """OCR the pages of `path` that need it (`pages_to_read`) and return the extraction with
    their text. Pages OCR cannot read stay as they were, each with a reason."""
    candidates = _may_need_reading(extracted, lang)
    if not candidates:
        return OcrOutcome(extracted, ())
    try:
        with open_document(path, passwords) as document:
            return _read_pages(document, extracted, candidates, lang)
    except RenderError as exc:  # PDFium cannot open a file pypdf could read: its text stays
        return OcrOutcome(extracted, (exc.reason,))


def _read_pages(
    document: Any, extracted: Extracted, candidates: list[int], lang: str
) -> OcrOutcome:
    texts = list(extracted.texts)
    styles = list(extracted.styles) or [()] * len(texts)
    results: list[OcrPage | None] = list(extracted.ocr) or [None] * len(texts)
    problems: list[str] = []
    empty: list[int] = []
    for number in _pages_to_read(extracted, candidates, document):
        try:
            image = render_from(document, number, OCR_DPI)
            width = page_geometry(document, number).width
            text, page_styles, page = read_image(image, lang, width / image.width)
        except RenderError as exc:
            problems.append(f"page {number} {exc.reason}")
            # Tried: a page that cannot be drawn now cannot be drawn next time either.
            results[number - 1] = OcrPage(lang, 0.0, (), used=False)
            continue
        except (pytesseract.TesseractError, RuntimeError) as exc:
            problems.append(f"page {number}: Tesseract failed ({_first_line(exc)})")
            continue
        previous = texts[number - 1]
        used = letters(text) > letters(previous)
        if used:
            texts[number - 1], styles[number - 1] = text, page_styles
        elif not previous.strip():
            empty.append(number)
        results[number - 1] = replace(page, used=used)
    if empty:
        listed = ", ".join(map(str, empty))
        problems.append(f"no text recognised on page{'s' if len(empty) > 1 else ''} {listed}")
    read = replace(extracted, texts=tuple(texts), styles=tuple(styles), ocr=tuple(results))
    return OcrOutcome(read, tuple(problems))


def read_image(
    image: Image.Image, lang: str, points_per_pixel: float
) -> tuple[str, tuple[LineStyle, ...], OcrPage]:
    """Read one rendered page: its normalised text, the style of each line (size and left
    edge from the word boxes; OCR tells no weight or slant) and the words with boxes in points."""
    # Tesseract spreads one page over all cores by default; pages are already spread over
    # worker processes, and its threads only slow each other down there.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    # BMP: pytesseract hands the image over as a file, and BMP is written 20x faster than PNG.
    image.format = "BMP"
    try:
        with _tesseract_stops_on_ctrl_c():
            data = pytesseract.image_to_data(
                image,
                lang=lang,
                output_type=pytesseract.Output.DICT,
                timeout=PAGE_TIMEOUT_SECONDS,
            )
    except pytesseract.TesseractNotFoundError as exc:
        raise OcrUnavailableError(
            f"Tesseract is not installed (install it: {INSTALL_HINT})"
        ) from exc
    lines: dict[tuple[int, int, int], list[OcrWord]] = {}
    words: list[OcrWord] = []
    for i, word in enumerate(data["text"]):
        word = (word or "").strip()
        confidence = float(data["conf"][i])
        if not word or confidence < 0:
            continue
        left, top = data["left"][i], data["top"][i]
        words.append(
            OcrWord(
                text=word,
                left=round(left * points_per_pixel, 1),
                top=round(top * points_per_pixel, 1),
                right=round((left + data["width"][i]) * points_per_pixel, 1),
                bottom=round((top + data["height"][i]) * points_per_pixel, 1),
                confidence=round(confidence, 1),
            )
        )
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        lines.setdefault(key, []).append(words[-1])
    raw_lines = [
        LineStyle(
            " ".join(w.text for w in line),
            # The tallest word box runs from ascender to descender: about the font size.
            round(max(w.bottom - w.top for w in line), 1),
            x=min(w.left for w in line),
        )
        for line in lines.values()
    ]
    text = normalise("\n".join(line.text for line in raw_lines))
    confidence = round(statistics.fmean(w.confidence for w in words), 1) if words else 0.0
    page = OcrPage(lang=lang, confidence=confidence, words=tuple(words), used=True)
    return text, align_styles(text, raw_lines), page


@contextlib.contextmanager
def _tesseract_stops_on_ctrl_c() -> Iterator[None]:
    """Let Ctrl-C stop the Tesseract started in here.

    Index workers ignore Ctrl-C (the parent alone handles it), and a program they start would
    inherit that and read on after the run has stopped. For the call, Ctrl-C raises
    KeyboardInterrupt as usual; the program starts with the default (stop), and the worker,
    which the parent is stopping anyway, reports the interruption as its file's error. A run
    that ignores Ctrl-C itself (started in a shell's background) goes on, and so do its
    Tesseracts: a worker stopped alone would fail its file in a run that carries on.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.getsignal(signal.SIGINT)
    if previous is not signal.SIG_IGN or run_ignores_ctrl_c():
        yield
        return
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:160] if text else type(exc).__name__
