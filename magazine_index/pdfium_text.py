"""Page text with PDFium (pypdfium2): the text model pypdf gives, at C speed.

PDFium reads page text 5-20 times faster than pypdf. Its text differs in three ways that are
normalised here, so that everything after extraction sees the same model whichever extractor
ran: line ends are `\\r\\n`; a hyphen (or soft hyphen) that ends a line comes out as a marker
character (U+FFFE in PDFium since 2023, `\\x02` before) with the line break after it removed;
and control characters from broken font encodings are passed through. The marker becomes "-"
plus a line break again, so `text.dehyphenate` decides, as for pypdf's text, which hyphens
stay ("EU-Ratspräsidentschaft") and which go ("Zusammenarbeit").

Only this module imports pypdfium2; pypdf (in `extract.py`) still reads the page labels,
outline, metadata and encryption, and reads a file or page that PDFium cannot.
"""

from __future__ import annotations

import ctypes
import logging
import re
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

log = logging.getLogger(__name__)

# PDFium's marker for a hyphen at a line end (U+FFFE now, STX in older builds).
_LINE_END_HYPHEN_MARKS = re.compile("[\ufffe\x02]")
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


def page_texts(path: Path) -> list[str | None] | None:
    """The raw text of each page in pypdf's model (not yet `normalise`d).

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


def _page_text(document: pdfium.PdfDocument, index: int, path: Path) -> str | None:
    try:
        page = document[index]
        try:
            textpage = page.get_textpage()
            try:
                raw = textpage.get_text_range()
                raw = _without_kerning_spaces(textpage.raw, raw)
            finally:
                textpage.close()
        finally:
            page.close()
    except (pdfium.PdfiumError, ValueError) as exc:
        log.info(
            "%s: page %d: PDFium cannot read it (%s); reading it with pypdf", path, index + 1, exc
        )
        return None
    return to_pypdf_model(raw)


def _without_kerning_spaces(textpage: object, text: str) -> str:
    """The page text without the spaces PDFium put between kerned letters of one word.

    Only a page that spells out its spaces is checked: on one that does not (TeX output),
    every space is PDFium's own, and checking each would cost more than reading the page.
    """
    if pdfium_c.FPDFText_CountChars(textpage) != len(text):
        return text  # a character PDFium counts twice: the indexes are out of step
    spaces = [match.start() for match in _INNER_SPACE.finditer(text)]
    sample = spaces[:_SPACES_TO_JUDGE_A_PAGE]
    spelled = sum(pdfium_c.FPDFText_IsGenerated(textpage, at) != 1 for at in sample)
    if spelled * 2 < len(sample):
        return text
    drop: list[int] = []
    for at in spaces:
        if pdfium_c.FPDFText_IsGenerated(textpage, at) != 1 or _object_at(
            textpage, at - 1
        ) != _object_at(textpage, at + 1):
            continue
        before, after = _loose_box(textpage, at - 1), _loose_box(textpage, at + 1)
        if 0 <= after.left - before.right < _KERNING_GAP * abs(before.top - before.bottom):
            drop.append(at)
    if not drop:
        return text
    ends = zip([-1, *drop], [*drop, len(text)], strict=True)
    return "".join(text[start + 1 : end] for start, end in ends)


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
