"""Page text and line styles with PDFium (pypdfium2): the model pypdf gives, at C speed.

PDFium reads page text 5-20 times faster than pypdf. Its text differs in three ways that are
normalised here, so that everything after extraction sees the same model whichever extractor
ran: line ends are `\\r\\n`; a hyphen (or soft hyphen) that ends a line comes out as a marker
character (U+FFFE in PDFium since 2023, `\\x02` before) with the line break after it removed;
and control characters from broken font encodings are passed through. The marker becomes "-"
plus a line break again, so `text.dehyphenate` decides, as for pypdf's text, which hyphens
stay ("EU-Ratspräsidentschaft") and which go ("Zusammenarbeit").

Each line's style (size as printed, bold, italic, left edge) comes from PDFium's per-character
font information, sampled on a line's first, middle and last letters. Only this module imports
pypdfium2; pypdf (in `extract.py`) still reads the page labels,
outline, metadata and encryption, and reads a file or page that PDFium cannot.
"""

from __future__ import annotations

import ctypes
import logging
import math
import re
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .fonts import font_style
from .models import LineStyle

log = logging.getLogger(__name__)

# PDFium's marker for a hyphen at a line end (U+FFFE now, STX in older builds).
_LINE_END_HYPHEN_MARKS = re.compile("[\ufffe\x02]")
# A line of PDFium's text: up to a line break, or up to and with a line-end hyphen.
_LINE = re.compile("[^\r\n\ufffe\x02]+[\ufffe\x02]?")
# Control characters (other than tab and line breaks) come from fonts whose encoding PDFium
# cannot map; pypdf drops or maps them, and a terminal must never see them raw.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
# A space between two letters, which PDFium may have put there itself.
_INNER_SPACE = re.compile(r"(?<=\S) (?=\S)")
# PDFium puts a space of its own into some words whose letters are kerned within one text
# object ("Par tnerschaft", "Wir tschaft" in the WMDE reports, where the font kerns "rt").
# Such a space is no wider than this share of the letters' height; the narrowest real gap
# between words that PDFium finds in our corpora, in one object or across two, is 0.15 of it.
_KERNING_GAP = 0.03
# A page where most of the first spaces are PDFium's own does not spell out its spaces.
_SPACES_TO_JUDGE_A_PAGE = 20


PdfiumPage = tuple[str, list[LineStyle]]
"""A page's raw text in pypdf's model (not yet `normalise`d) and its lines with their styles."""


def page_texts(path: Path) -> list[PdfiumPage | None] | None:
    """The raw text and styled lines of each page.

    A page PDFium cannot read is None, and so is the whole result when PDFium cannot open the
    file: the caller reads those with pypdf.
    """
    try:
        document = pdfium.PdfDocument(path)
    except (pdfium.PdfiumError, OSError, ValueError) as exc:
        log.info("%s: PDFium cannot open it (%s); reading it with pypdf", path, exc)
        return None
    try:
        return [_page_text(document, index, path) for index in range(len(document))]
    finally:
        document.close()


def _page_text(document: pdfium.PdfDocument, index: int, path: Path) -> PdfiumPage | None:
    try:
        page = document[index]
        try:
            textpage = page.get_textpage()
            try:
                raw = textpage.get_text_range()
                # Character indexes and string positions agree unless a character is counted
                # twice; then the text is kept as PDFium gives it, without styles.
                if pdfium_c.FPDFText_CountChars(textpage.raw) != len(raw):
                    return to_pypdf_model(raw), []
                drop = _kerning_spaces(textpage.raw, raw)
                lines = _styled_lines(textpage.raw, raw, drop)
            finally:
                textpage.close()
        finally:
            page.close()
    except (pdfium.PdfiumError, ValueError) as exc:
        log.info(
            "%s: page %d: PDFium cannot read it (%s); reading it with pypdf", path, index + 1, exc
        )
        return None
    return to_pypdf_model(_without(raw, drop, 0, len(raw))), lines


def _without(text: str, drop: list[int], start: int, end: int) -> str:
    """`text[start:end]` without the characters at the (sorted) indexes in `drop`."""
    cuts = [at for at in drop if start <= at < end]
    if not cuts:
        return text[start:end]
    bounds = zip([start - 1, *cuts], [*cuts, end], strict=True)
    return "".join(text[begin + 1 : stop] for begin, stop in bounds)


def _kerning_spaces(textpage: object, text: str) -> list[int]:
    """Indexes of the spaces PDFium put between kerned letters of one word.

    Only a page that spells out its spaces is checked: on one that does not (TeX output),
    every space is PDFium's own, and checking each would cost more than reading the page.
    """
    spaces = [match.start() for match in _INNER_SPACE.finditer(text)]
    sample = spaces[:_SPACES_TO_JUDGE_A_PAGE]
    spelled = sum(pdfium_c.FPDFText_IsGenerated(textpage, at) != 1 for at in sample)
    if spelled * 2 < len(sample):
        return []
    drop: list[int] = []
    for at in spaces:
        if pdfium_c.FPDFText_IsGenerated(textpage, at) != 1 or _object_at(
            textpage, at - 1
        ) != _object_at(textpage, at + 1):
            continue
        before, after = _loose_box(textpage, at - 1), _loose_box(textpage, at + 1)
        if 0 <= after.left - before.right < _KERNING_GAP * abs(before.top - before.bottom):
            drop.append(at)
    return drop


_Style = tuple[float, bool, bool]
"""Size as printed (points), bold, italic."""


class _Fonts:
    """Reads a character's style from PDFium, remembering each font's bold and italic."""

    def __init__(self, textpage: object) -> None:
        self.textpage = textpage
        self.known: dict[tuple[bytes, int, int], tuple[bool, bool]] = {}
        self.name = ctypes.create_string_buffer(_FONT_NAME_BYTES)
        self.flags = ctypes.c_int()
        self.matrix = pdfium_c.FS_MATRIX()

    def style(self, index: int) -> _Style:
        textpage = self.textpage
        length = pdfium_c.FPDFText_GetFontInfo(
            textpage, index, self.name, _FONT_NAME_BYTES, ctypes.byref(self.flags)
        )
        weight = pdfium_c.FPDFText_GetFontWeight(textpage, index)
        key = (self.name.raw[: max(length - 1, 0)], self.flags.value, weight)
        slant = self.known.get(key)
        if slant is None:
            name = key[0].decode("latin-1")
            slant = self.known[key] = font_style(name, self.flags.value, max(weight, 0))
        # The font size is the one set with Tf; the matrix scales it to the size as printed.
        pdfium_c.FPDFText_GetMatrix(textpage, index, ctypes.byref(self.matrix))
        scale = math.hypot(self.matrix.c, self.matrix.d)
        size = pdfium_c.FPDFText_GetFontSize(textpage, index) * scale
        return round(size, 1), slant[0], slant[1]

    def left(self, index: int) -> float:
        x, y = ctypes.c_double(), ctypes.c_double()
        pdfium_c.FPDFText_GetCharOrigin(self.textpage, index, ctypes.byref(x), ctypes.byref(y))
        return round(x.value, 1)


_FONT_NAME_BYTES = 128


def _styled_lines(textpage: object, text: str, drop: list[int]) -> list[LineStyle]:
    """PDFium's lines with the style of most of their letters (of the first, middle and last)."""
    fonts = _Fonts(textpage)
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
        styles = [fonts.style(at) for at in sorted({first, middle, last})]
        style = max(styles, key=styles.count)
        line = _LINE_END_HYPHEN_MARKS.sub("-", _without(text, drop, start, end))
        lines.append(LineStyle(line, style[0], style[1], style[2], fonts.left(first)))
    return lines


def _object_at(textpage: object, index: int) -> int | None:
    found = pdfium_c.FPDFText_GetTextObject(textpage, index)
    address: int | None = ctypes.cast(found, ctypes.c_void_p).value
    return address


def _loose_box(textpage: object, index: int) -> pdfium_c.FS_RECTF:
    """A character's box from its origin to its advance and from the font's descent to ascent."""
    box = pdfium_c.FS_RECTF()
    pdfium_c.FPDFText_GetLooseCharBox(textpage, index, ctypes.byref(box))
    return box


def to_pypdf_model(raw: str) -> str:
    """PDFium's page text with pypdf's line ends, hyphens and no control characters."""
    text = raw.replace("\r\n", "\n")
    text = _LINE_END_HYPHEN_MARKS.sub("-\n", text)
    return _CONTROL.sub("", text)
