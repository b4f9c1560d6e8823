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
_BOLD_WEIGHT = 600  # /FontWeight: 400 is normal, 700 bold; semibold (600) reads as bold


def font_style(name: str, flags: int, weight: float) -> tuple[bool, bool]:
    """(bold, italic) of a font from its base name, descriptor flags and weight (0: unknown)."""
    return (
        bool(_BOLD_NAME.search(name)) or bool(flags & _FORCE_BOLD_FLAG) or weight >= _BOLD_WEIGHT,
        bool(_ITALIC_NAME.search(name)) or bool(flags & _ITALIC_FLAG),
    )
