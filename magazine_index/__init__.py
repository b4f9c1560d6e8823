"""magazine-index: search magazine PDFs page by page, with page references.

The library behind the `magazine-index` command: extract and analyse PDFs, keep them in a
Whoosh index, and answer searches with the magazine, printed page and PDF page of each hit.
"""

from __future__ import annotations

from .errors import MagazineIndexError

# Names for the type checker only: `typing` is not loaded by an `index` run over an unchanged
# archive (`entry.py`).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from .models import Credit, Hit, Magazine, OutlineEntry, PageText, Quote

__version__ = "0.1.0"

# The records load on first use: an `index` run over an unchanged archive needs none of them.
_MODELS = {"Credit", "Hit", "Magazine", "OutlineEntry", "PageText", "Quote"}


def __getattr__(name: str) -> Any:
    if name in _MODELS:
        from . import models

        return getattr(models, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
