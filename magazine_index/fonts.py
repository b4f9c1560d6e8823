"""Bold and italic from what a PDF says about a font: its name, flags and weight.

One rule for every extractor: pypdf reads these from the font dictionary, PDFium reports them
per character.
"""

from __future__ import annotations

import re

_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi|extrabold|ultra", re.IGNORECASE)
_ITALIC_NAME = re.compile(r"italic|oblique|kursiv", re.IGNORECASE)
_ITALIC_FLAG = 1 << 6  # PDF 32000-1, table 123: FontDescriptor /Flags bit 7
_FORCE_BOLD_FLAG = 1 << 18  # bit 19
BOLD_WEIGHT = 600  # /FontWeight: 400 is normal, 700 bold; semibold (600) reads as bold


def font_style(name: str, flags: int, weight: float) -> tuple[bool, bool]:
    """(bold, italic) of a font from its base name, descriptor flags and weight (0: unknown)."""
    bold, italic = named_style(name, flags)
    return bold or weight >= BOLD_WEIGHT, italic


def named_style(name: str, flags: int) -> tuple[bool, bool]:
    """(bold, italic) of a font from its base name and descriptor flags alone: a font they do
    not make bold is bold by its weight (`font_style`), which an extractor need not look up
    for the others."""
    return (
        bool(_BOLD_NAME.search(name)) or bool(flags & _FORCE_BOLD_FLAG),
        bool(_ITALIC_NAME.search(name)) or bool(flags & _ITALIC_FLAG),
    )
