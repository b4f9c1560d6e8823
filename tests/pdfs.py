"""Small PDFs for tests, drawn with reportlab line by line so every quirk is deliberate."""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

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


def make_scan_pdf(path: Path, images: Sequence[Any], dpi: float = 300) -> Path:
    """An image-only PDF of PIL images, one a page, as a scanner writes it."""
    first, *rest = images
    first.save(path, "PDF", resolution=float(dpi), save_all=True, append_images=rest)
    return path


def make_huge_image_pdf(path: Path, side: int) -> Path:
    """A one-page A4 PDF showing a `side` x `side` pixel grey image, written without ever
    holding the image in memory (its pixels are zeros)."""
    data = _deflated_zeros(side * side)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /XObject << /Im1 5 0 R >> >> >>",
    ]
    content = b"q 595 0 0 842 0 0 cm /Im1 Do Q"
    body = b"%PDF-1.7\n"
    offsets = []
    streams = {
        4: (b"<< /Length %d >>" % len(content), content),
        5: (
            b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray"
            b" /BitsPerComponent 8 /Filter /FlateDecode /Length %d >>" % (side, side, len(data)),
            data,
        ),
    }
    for number in range(1, 6):
        offsets.append(len(body))
        if number in streams:
            head, stream = streams[number]
            body += b"%d 0 obj\n%s\nstream\n%s\nendstream\nendobj\n" % (number, head, stream)
        else:
            body += b"%d 0 obj\n%s\nendobj\n" % (number, objects[number - 1])
    xref = len(body)
    body += b"xref\n0 6\n0000000000 65535 f \n"
    body += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    body += b"trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    path.write_bytes(body)
    return path


def _deflated_zeros(count: int) -> bytes:
    """A zlib stream of `count` zero bytes, made in milliseconds: one block compressed once
    and repeated (a full flush makes each block stand alone)."""
    block = bytes(1 << 20)
    packer = zlib.compressobj(1)
    first = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    repeat = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    blocks, rest = divmod(count, len(block))
    last = packer.compress(bytes(rest)) + packer.flush()
    # Adler-32 of n zeros: a stays 1, b is n (mod 65521).
    checksum = ((count % 65521) << 16 | 1).to_bytes(4, "big")
    return first + repeat * (blocks - 1) + last[:-4] + checksum
