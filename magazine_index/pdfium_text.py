"""A PDF read with PDFium (pypdfium2): page text and line styles in the model pypdf gives,
page labels, outline and metadata, at C speed.

PDFium reads page text 5-20 times faster than pypdf. Its text differs in two ways that are
normalised here, so that everything after extraction sees the same model whichever extractor
ran: line ends are `\\r\\n`, and a hyphen (or soft hyphen) that ends a line comes out as a
marker character (U+FFFE in PDFium since 2023, `\\x02` before) with the line break after it
removed. The marker becomes "-" plus a line break again, so `text.dehyphenate` decides, as for
pypdf's text, which hyphens stay ("EU-Ratspräsidentschaft") and which go ("Zusammenarbeit").

Each line's style (size as printed, bold, italic, left edge) comes from PDFium's per-character
font information, taken from a line's middle letter. PDFium reads page labels, the outline
and metadata in well under a millisecond where pypdf took a second on a 117-page book (it
parses the object tree in Python). Only this module imports pypdfium2; pypdf (in
`extract.py`) reads any file or page that PDFium cannot, and says why a file cannot be opened.
"""

from __future__ import annotations

import codecs
import ctypes
import itertools
import logging
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .fonts import BOLD_WEIGHT, named_style
from .models import LineStyle

log = logging.getLogger(__name__)

# PDFium's marker for a hyphen at a line end (U+FFFE now, STX in older builds).
_MARKS = "\ufffe\x02"
# A line of PDFium's text: up to a line break, or up to and with a line-end hyphen.
_LINE = re.compile(f"[^\r\n{_MARKS}]+[{_MARKS}]?")
# A space between two letters, which PDFium may have put there itself.
_INNER_SPACE = re.compile(r"(?<=\S) (?=\S)")
# PDFium puts a space of its own into some words whose letters are kerned within one text
# object ("Par tnerschaft", "Wir tschaft" in the WMDE reports, where the font kerns "rt").
# Such a space is no wider than this share of the letters' height; the narrowest real gap
# between words that PDFium finds in our corpora, in one object or across two, is 0.15 of it.
_KERNING_GAP = 0.03
# Texts of two objects on one line this far apart (in letter heights), or the second this far
# left of the first, are two lines in pypdf's text. PDFium's own spaces between words measure
# 0.15-0.5 letter heights in our corpora; the parts of a running head 18, and a contents entry's
# page number set left of its title -46.
_APART_GAP = 1.0
# A page where most of the first spaces are PDFium's own does not spell out its spaces.
_SPACES_TO_JUDGE_A_PAGE = 20


_Handle = ctypes.c_void_p
"""A page or text page as the address PDFium gave (an int in Python; see `_cheap`)."""


def _address(handle: Any) -> int:
    """The address a pypdfium2 handle or function holds."""
    return ctypes.cast(handle, ctypes.c_void_p).value or 0


def _cheap(function: Any, restype: Any, *argtypes: Any) -> Any:
    """PDFium's `function` declared with plain C types, a page passed as its address: for the
    calls made once a page (`_per_character` for the others).

    pypdfium2 declares each handle as a pointer to its own struct type, which ctypes checks
    on every call: 1.5 µs a call against 1.0 µs declared so (FPDFText_GetUnicode, measured).
    """
    cheap = type(function)(_address(function))
    cheap.restype = restype
    cheap.argtypes = argtypes
    return cheap


_INT, _POINTER = ctypes.c_int, ctypes.c_void_p
# A page is loaded, read and closed through PDFium's functions, not pypdfium2's `PdfPage` and
# `PdfTextPage`: making them, their finalizers (weak references) and closing them took 5 % of
# a worker's time besides PDFium's own (py-spy). The page is closed after its text page, and
# both before the document (`read`).
_load_page = _cheap(pdfium_c.FPDF_LoadPage, _POINTER, _POINTER, _INT)
_close_page = _cheap(pdfium_c.FPDF_ClosePage, None, _POINTER)
_load_textpage = _cheap(pdfium_c.FPDFText_LoadPage, _POINTER, _POINTER)
_close_textpage = _cheap(pdfium_c.FPDFText_ClosePage, None, _Handle)
_count_chars = _cheap(pdfium_c.FPDFText_CountChars, _INT, _Handle)
_text_index = _cheap(pdfium_c.FPDFText_GetTextIndexFromCharIndex, _INT, _Handle, _INT)
_get_text = _cheap(pdfium_c.FPDFText_GetText, _INT, _Handle, _INT, _INT, _POINTER)


def _per_character(function: Any, restype: Any = ctypes.c_int) -> Any:
    """PDFium's `function` for the calls made for each line of a page (five) and each space of
    a page that spells out its spaces (up to five), with no argument types declared and the
    GIL kept.

    ctypes then converts no argument through its type's `from_param`, which was a third of a
    call: 4,200 instructions a call against 3,000 (FPDFText_GetFontSize), 5,800 against 3,500
    with a pointer to a matrix. It checks none either: the text page goes in as a `c_void_p`,
    an index as an int, a buffer or `byref` as it is, a length as a `c_ulong`; never a bare
    int for a pointer or for a wider type. A query of PDFium's character list takes no time
    worth letting other threads run in: releasing and taking back the GIL was another 400.
    """
    return ctypes.PYFUNCTYPE(restype)(_address(function))


_is_generated = _per_character(pdfium_c.FPDFText_IsGenerated)
_loose_char_box = _per_character(pdfium_c.FPDFText_GetLooseCharBox)
_text_object = _per_character(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p)
"""The address of the page object a character belongs to (None for one PDFium made up)."""
_font_info = _per_character(pdfium_c.FPDFText_GetFontInfo, ctypes.c_ulong)
_font_weight = _per_character(pdfium_c.FPDFText_GetFontWeight)
_font_size = _per_character(pdfium_c.FPDFText_GetFontSize, ctypes.c_double)
_matrix = _per_character(pdfium_c.FPDFText_GetMatrix)
_char_origin = _per_character(pdfium_c.FPDFText_GetCharOrigin)


PdfiumPage = tuple[str, list[LineStyle]]
"""A page's raw text in pypdf's model (not yet `normalise`d) and its lines with their styles."""


@dataclass(frozen=True)
class PdfiumDocument:
    """What PDFium read of a PDF, as stored in it (not normalised)."""

    pages: list[PdfiumPage | None]
    """Each page's text and lines; None where PDFium cannot read the page."""
    labels: tuple[str, ...] | None
    """The PDF's page labels, or None where it defines none."""
    outline: list[tuple[str, int, int]]
    """Bookmarks that point at a page: (title, 1-based page, level)."""
    title: str
    created: str
    """The metadata title and creation date ("D:2020..."), "" where absent."""


def read(
    path: Path, passwords: tuple[str, ...] = (), data: bytes | None = None
) -> PdfiumDocument | None:
    """The PDF as PDFium reads it (from `data` where the caller has read the file), opened
    with no password or the first of `passwords` that fits; None where it cannot open it
    (the caller uses pypdf, which says why)."""
    document, problem = None, ""
    for password in (None, *passwords):
        try:
            document = pdfium.PdfDocument(data if data is not None else path, password=password)
            break
        except (pdfium.PdfiumError, OSError, ValueError) as exc:
            problem = str(exc)
    if document is None:
        log.info("%s: PDFium cannot open it (%s); reading it with pypdf", path, problem)
        return None
    try:
        count = len(document)
        labels = tuple(document.get_page_label(index) for index in range(count))
        handle = _address(document.raw)
        return PdfiumDocument(
            pages=[_page_text(handle, index, path) for index in range(count)],
            labels=labels if any(labels) else None,
            outline=_outline(document, path),
            title=document.get_metadata_value("Title"),
            created=document.get_metadata_value("CreationDate"),
        )
    finally:
        document.close()


def _outline(document: pdfium.PdfDocument, path: Path) -> list[tuple[str, int, int]]:
    entries: list[tuple[str, int, int]] = []
    try:
        for bookmark in document.get_toc():
            destination = pdfium_c.FPDFBookmark_GetDest(document.raw, bookmark.raw)
            if not destination:  # a bookmark may go to its page through a GoTo action instead
                action = pdfium_c.FPDFBookmark_GetAction(bookmark.raw)
                if action and pdfium_c.FPDFAction_GetType(action) == pdfium_c.PDFACTION_GOTO:
                    destination = pdfium_c.FPDFAction_GetDest(document.raw, action)
            if not destination:
                continue
            index = pdfium_c.FPDFDest_GetDestPageIndex(document.raw, destination)
            if index >= 0:
                entries.append((bookmark.get_title(), index + 1, bookmark.level))
    except (pdfium.PdfiumError, ValueError) as exc:  # a broken outline should not fail the file
        log.warning("%s: outline could not be read (%s)", path, exc)
    return entries


def _page_text(document: int, index: int, path: Path) -> PdfiumPage | None:
    try:
        page = _load_page(document, index)
        if not page:
            raise pdfium.PdfiumError("Failed to load page.")
        try:
            textpage = _load_textpage(page)
            if not textpage:
                raise pdfium.PdfiumError("Failed to load text page.")
            try:
                count = _count_chars(textpage)
                if count == -1:
                    raise pdfium.PdfiumError("Failed to get character count.")
                raw = _text(textpage, count)
                # PDFium counts a character beyond the Basic Multilingual Plane (an emoji)
                # as two, as UTF-16 does: a pair of stand-ins keeps indexes and positions in
                # step, and the character is put back afterwards.
                astral = _ASTRAL.findall(raw)
                if astral:
                    raw = "".join(_STAND_IN if ord(c) > _BMP_END else c for c in raw)
                # Character indexes and string positions agree unless a character is counted
                # twice; then the text is kept as PDFium gives it, without styles.
                if count != len(raw):
                    return to_pypdf_model(_put_back(raw, astral)), []
                handle = ctypes.c_void_p(textpage)  # as `_per_character` functions take it
                drop, breaks = _made_up_spaces(handle, raw)
                if breaks:  # a character for a character: the indexes stay in step
                    letters = list(raw)
                    for at in breaks:
                        letters[at] = "\n"
                    raw = "".join(letters)
                lines = _styled_lines(handle, raw, drop)
            finally:
                _close_textpage(textpage)
        finally:
            _close_page(page)
    except (pdfium.PdfiumError, ValueError) as exc:
        log.info(
            "%s: page %d: PDFium cannot read it (%s); reading it with pypdf", path, index + 1, exc
        )
        return None
    if astral:
        remaining = iter(astral)
        lines = [
            line._replace(
                text=_put_back(
                    line.text, [next(remaining, "") for _ in range(line.text.count(_STAND_IN))]
                ),
            )
            for line in lines
        ]
    return to_pypdf_model(_put_back(_without(raw, drop, 0, len(raw)), astral)), lines


class _TextBuffer:
    """The UTF-16 buffer PDFium writes a page's text into: one a worker, grown to the largest
    page read, where `PdfTextPage.get_text_range` made a new array (and a new ctypes array type)
    for each page."""

    def __init__(self) -> None:
        self.units = 0
        self.buffer = ctypes.create_string_buffer(0)

    def of(self, units: int) -> ctypes.Array[ctypes.c_char]:
        """A buffer of at least `units` UTF-16 code units."""
        if units > self.units:
            self.units = max(units, 2 * self.units)
            self.buffer = ctypes.create_string_buffer(2 * self.units)
        return self.buffer


_TEXT_BUFFER = _TextBuffer()


def _text(textpage: int, count: int) -> str:
    """The text of a text page's `count` characters, as `PdfTextPage.get_text_range()` gives it.

    As there, characters PDFium leaves out of the text at either end are left out of the range
    asked for (pypdfium2 issue 261: PDFium otherwise reads beyond it), and code units that are
    not UTF-16 (a lone surrogate) are dropped.
    """
    first, last = 0, count - 1
    while first <= last and (start := _text_index(textpage, first)) == -1:
        first += 1
    if first > last:
        return ""
    while (end := _text_index(textpage, last)) == -1:  # stops at `first` at the latest
        last -= 1
    buffer = _TEXT_BUFFER.of(end + 2 - start)  # with the terminating NUL
    written = _get_text(textpage, first, last + 1 - first, buffer)
    return codecs.decode(memoryview(buffer)[: 2 * max(written - 1, 0)], "utf-16-le", "ignore")


_BMP_END = 0xFFFF
# Characters beyond the Basic Multilingual Plane, found by the regex engine: testing each
# character of a page in Python took a tenth of PDFium's reading time.
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_STAND_IN = "\ue000\ue001"  # private-use characters, which no extracted text holds here


def _put_back(text: str, astral: list[str]) -> str:
    """`text` with each pair of stand-ins replaced by the character it stood for, in order."""
    if not astral:
        return text
    parts = text.split(_STAND_IN)
    if len(parts) - 1 != len(astral):
        return text.replace(_STAND_IN, "")
    return "".join(part + (astral[i] if i < len(astral) else "") for i, part in enumerate(parts))


def _without(text: str, drop: list[int], start: int, end: int) -> str:
    """`text[start:end]` without the characters at the (sorted) indexes in `drop`."""
    cuts = [at for at in drop if start <= at < end]
    if not cuts:
        return text[start:end]
    bounds = zip([start - 1, *cuts], [*cuts, end], strict=True)
    return "".join(text[begin + 1 : stop] for begin, stop in bounds)


def _made_up_spaces(textpage: ctypes.c_void_p, text: str) -> tuple[list[int], list[int]]:
    """Spaces PDFium put in itself that pypdf's model has otherwise: those between kerned
    letters of one word (to drop), and those between two texts set apart on one line, a
    running head's rubric and its folio, say, or a page number left of its title in a contents
    list (to be line breaks, as pypdf has them).

    Only a page that spells out its spaces is checked: on one that does not (TeX output),
    every space is PDFium's own, and checking each would cost more than reading the page.
    """
    found = (match.start() for match in _INNER_SPACE.finditer(text))
    sample = list(itertools.islice(found, _SPACES_TO_JUDGE_A_PAGE))
    made_up: list[int] = []
    for at in sample:
        if _is_generated(textpage, at) == 1:
            made_up.append(at)
            if len(made_up) * 2 > len(sample):  # most of the sample, whatever the rest is
                return [], []  # the rest of the page's spaces are not even looked for
    made_up += (at for at in found if _is_generated(textpage, at) == 1)
    drop: list[int] = []
    breaks: list[int] = []
    before, after = pdfium_c.FS_RECTF(), pdfium_c.FS_RECTF()
    before_ref, after_ref = ctypes.byref(before), ctypes.byref(after)
    for at in made_up:
        # Each character's box from its origin to its advance and from the font's descent to
        # its ascent.
        _loose_char_box(textpage, at - 1, before_ref)
        _loose_char_box(textpage, at + 1, after_ref)
        gap = (after.left - before.right) / (abs(before.top - before.bottom) or 1.0)
        one_object = _text_object(textpage, at - 1) == _text_object(textpage, at + 1)
        if one_object and 0 <= gap < _KERNING_GAP:
            drop.append(at)
        elif not one_object and abs(gap) > _APART_GAP:
            breaks.append(at)
    return drop, breaks


_FONTS_REMEMBERED = 1024
"""Fonts whose style a worker keeps: more than a magazine uses, few enough to be small."""


@lru_cache(maxsize=_FONTS_REMEMBERED)
def _slant(name: bytes, flags: int) -> tuple[bool, bool]:
    """A font's bold, as far as its name and flags tell, and its italic, worked out once per
    worker and not on every page (a file's pages share their fonts)."""
    return named_style(name.decode("latin-1"), flags)


_TENTHS_KEPT = 100_000
"""Values whose rounding `_tenths` keeps: far more than a file's sizes and left edges."""


class _Tenths(dict[float, float]):
    """Each value rounded to a tenth, `round(value, 1)`, worked out once and then found by a
    lookup: rounding to a number of digits goes through the value's decimal digits (3,300
    instructions; a lookup 1,200), and sizes and left edges repeat from line to line. Zero is
    never kept, so that 0.0 and -0.0, equal keys, each come back as they went in."""

    def __missing__(self, value: float) -> float:
        rounded = round(value, 1)
        if value:
            if len(self) >= _TENTHS_KEPT:
                self.clear()
            self[value] = rounded
        return rounded


_tenths = _Tenths().__getitem__


_FONT_NAME_BYTES = 128
_FONT_NAME_BUFFER_LENGTH = ctypes.c_ulong(_FONT_NAME_BYTES)  # an unsigned long (`_per_character`)


def _styled_lines(textpage: ctypes.c_void_p, text: str, drop: list[int]) -> list[LineStyle]:
    """PDFium's lines, each with the style of its middle letter (a line mixing styles is
    mostly in the style of its middle: "By **Name**"; asking PDFium about every letter would
    cost more than reading the page) and the left edge of its first letter."""
    # What PDFium writes through, made once for all of the page's lines.
    name = ctypes.create_string_buffer(_FONT_NAME_BYTES)
    flags, matrix = ctypes.c_int(), pdfium_c.FS_MATRIX()
    left, bottom = ctypes.c_double(), ctypes.c_double()
    flags_ref, matrix_ref = ctypes.byref(flags), ctypes.byref(matrix)
    left_ref, bottom_ref = ctypes.byref(left), ctypes.byref(bottom)
    lines: list[LineStyle] = []
    for match in _LINE.finditer(text):
        start, end = match.span()
        segment = match.group()
        first = start + len(segment) - len(segment.lstrip())
        if first >= end:
            continue  # a blank line
        last = start + len(segment.rstrip()) - 1
        middle = (first + last) // 2
        middle += text[middle].isspace()  # a space PDFium made up has no font
        length = _font_info(textpage, middle, name, _FONT_NAME_BUFFER_LENGTH, flags_ref)
        bold, italic = _slant(name.raw[: max(length - 1, 0)], flags.value)
        # Its weight is asked for only where the name and flags do not make it bold.
        bold = bold or _font_weight(textpage, middle) >= BOLD_WEIGHT
        # The font size is the one set with Tf; the matrix scales it to the size as printed.
        _matrix(textpage, middle, matrix_ref)
        size = _font_size(textpage, middle) * math.hypot(matrix.c, matrix.d)
        _char_origin(textpage, first, left_ref, bottom_ref)
        line = _without(text, drop, start, end) if drop else segment
        if line[-1] in _MARKS:  # a line-end hyphen ends its line (`_LINE`)
            line = line[:-1] + "-"
        lines.append(LineStyle(line, _tenths(size), bold, italic, _tenths(left.value)))
    return lines


def to_pypdf_model(raw: str) -> str:
    """PDFium's page text with pypdf's line ends and hyphens (`normalise` does the rest)."""
    # A replacement for each marker: a string without the character is left as it is after
    # a search at C speed (none for U+FFFE in a string of Latin-1 letters), where a pattern of
    # both tested every character of the page.
    text = raw.replace("\r\n", "\n")
    for mark in _MARKS:
        text = text.replace(mark, "-\n")
    return text
