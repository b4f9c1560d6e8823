"""magazine-index: search magazine PDFs page by page, with page references.

The library behind the `magazine-index` command: extract and analyse PDFs, keep them in a
Whoosh index, and answer searches with the magazine, printed page and PDF page of each hit.
"""

from __future__ import annotations

from .errors import MagazineIndexError
from .models import Credit, Hit, Magazine, OutlineEntry, PageText, Quote

__version__ = "0.1.0"

__all__ = [
    "Credit",
    "Hit",
    "Magazine",
    "MagazineIndexError",
    "OutlineEntry",
    "PageText",
    "Quote",
    "__version__",
]
