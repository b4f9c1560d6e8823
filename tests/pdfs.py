"""Small PDFs for tests, drawn with reportlab line by line so every quirk is deliberate."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import DecodedStreamObject, NameObject
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

Column = Sequence[str]
"""Lines of one column, drawn top to bottom."""


def make_pdf(
    path: Path,
    pages: Sequence[Sequence[Column] | Column],
    *,
    title: str | None = None,
    footers: Sequence[str | None] | None = None,
    outline: Sequence[tuple[str, int]] = (),
) -> Path:
    """Write a PDF: each page is a list of lines, or a list of columns (lists of lines).

    `footers` draws a footer line per page (None for none); `outline` adds bookmarks as
    (title, 1-based page).
    """
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    if title:
        pdf.setTitle(title)
    width, height = A4
    for number, page in enumerate(pages, start=1):
        columns: Sequence[Column] = (
            [page] if page and isinstance(page[0], str) else page  # type: ignore[list-item]
        )
        column_width = (width - 100) / len(columns)
        for index, column in enumerate(columns):
            text = pdf.beginText(50 + index * column_width, height - 60)
            text.setFont("Helvetica", 10)
            for line in column:
                text.textLine(line)
            pdf.drawText(text)
        if footers and footers[number - 1]:
            pdf.setFont("Helvetica", 8)
            pdf.drawString(50, 30, footers[number - 1] or "")
        for bookmark, target in outline:
            if target == number:
                key = f"b{number}-{bookmark}"
                pdf.bookmarkPage(key)
                pdf.addOutlineEntry(bookmark, key, level=0)
        pdf.showPage()
    pdf.save()
    return path


def make_image_only_pdf(path: Path, pages: int = 2) -> Path:
    """A PDF whose pages carry only drawings, like a scan without a text layer."""
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for _ in range(pages):
        pdf.rect(100, 100, 300, 400, fill=1)
        pdf.showPage()
    pdf.save()
    return path


def add_page_labels(
    source: Path, target: Path, ranges: Sequence[tuple[int, int, str, int]]
) -> Path:
    """Copy a PDF with page labels: (first page index, last page index, style, start number)."""
    writer = PdfWriter(clone_from=PdfReader(source))
    for first, last, style, start in ranges:
        writer.set_page_label(first, last, style=style, start=start)
    with target.open("wb") as stream:
        writer.write(stream)
    return target


def encrypt(source: Path, target: Path, user_password: str, owner_password: str = "owner") -> Path:
    """Copy a PDF encrypted with AES-256 (an empty user password opens without asking)."""
    writer = PdfWriter(clone_from=PdfReader(source))
    writer.encrypt(user_password, owner_password, algorithm="AES-256")
    with target.open("wb") as stream:
        writer.write(stream)
    return target


def remap_characters(source: Path, target: Path, mapping: dict[str, str]) -> Path:
    """Copy a PDF whose fonts map the given characters to other text through a ToUnicode
    table, as hostile or broken PDFs do: "X" -> a lone surrogate, "Q" -> NUL, "Z" -> ESC.

    The characters keep their glyphs; only the extracted text changes.
    """
    entries = "\n".join(
        f"<{ord(drawn):02X}> <{''.join(f'{ord(c):04X}' for c in text)}>"
        for drawn, text in mapping.items()
    )
    cmap = (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CMapName /Remapped def\n1 begincodespacerange\n<00> <FF>\nendcodespacerange\n"
        f"{len(mapping)} beginbfchar\n{entries}\nendbfchar\n"
        "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend"
    )
    writer = PdfWriter(clone_from=PdfReader(source))
    for page in writer.pages:
        fonts = page["/Resources"]["/Font"]
        for name in fonts:
            stream = DecodedStreamObject()
            stream.set_data(cmap.encode("ascii"))
            fonts[name].get_object()[NameObject("/ToUnicode")] = writer._add_object(stream)
    with target.open("wb") as out:
        writer.write(out)
    return target


StyledLine = tuple[str, str, float]
"""A line drawn in a font and size: (text, reportlab font name, size in points)."""


def make_styled_pdf(path: Path, pages: Sequence[Sequence[StyledLine]]) -> Path:
    """Write a PDF whose lines each have their own font and size, indented by 40 points when
    the text starts with a tab (a hanging caption, say)."""
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    _, height = A4
    for page in pages:
        y = height - 60
        for text, font, size in page:
            indent = 40 if text.startswith("\t") else 0
            pdf.setFont(font, size)
            pdf.drawString(50 + indent, y, text.lstrip("\t"))
            y -= size * 1.4
        pdf.showPage()
    pdf.save()
    return path
