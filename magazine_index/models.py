"""Plain records passed between the stages: extraction, analysis, storage and search.

The records a search builds (a magazine with its outline, credits and articles, a hit) are
defined here; those of a page (`page_models.py`) and of the listings (`listing_models.py`) are
defined apart and load when first asked for from this module, as `from .models import PageText`.
Python 3.11's dataclasses compile six methods of each frozen record from source: the nine
records a search never builds took 6-8 ms of a cold search. The records here are `frozen`
(`records.py`): frozen dataclasses made when the first of each is built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .extractors import DEFAULT_EXTRACTOR as DEFAULT_EXTRACTOR
from .extractors import EXTRACTORS as EXTRACTORS
from .records import frozen

if TYPE_CHECKING:
    from .listing_models import ArticleEntry as ArticleEntry
    from .listing_models import ContributorEntry as ContributorEntry
    from .listing_models import PageRef as PageRef
    from .listing_models import TopicEntry as TopicEntry
    from .page_models import LineStyle as LineStyle
    from .page_models import OcrPage as OcrPage
    from .page_models import OcrWord as OcrWord
    from .page_models import PageText as PageText
    from .page_models import Quote as Quote

# Record -> the module that defines it, for the records defined apart.
_DEFINED_APART = {
    **dict.fromkeys(("LineStyle", "PageText", "OcrWord", "OcrPage", "Quote"), "page_models"),
    **dict.fromkeys(
        ("PageRef", "ContributorEntry", "TopicEntry", "ArticleEntry"), "listing_models"
    ),
}


def __getattr__(name: str) -> Any:
    if name in _DEFINED_APART:
        from importlib import import_module

        return getattr(import_module(f".{_DEFINED_APART[name]}", __package__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


ROLES = ("author", "interviewee", "interviewer", "photographer", "editor")


@frozen
class OutlineEntry:
    """A bookmark of the PDF's outline."""

    title: str
    page: int
    """1-based PDF page the bookmark points at."""
    level: int = 0


@frozen
class Credit:
    """A person or team who contributed to pages of one magazine, in one role."""

    name: str
    """Plain name without titles or offices: "Dietmar Beispiel"."""
    role: str
    """One of ROLES (more where a magazine names them)."""
    pages: tuple[int, ...]
    """1-based PDF pages the contribution covers."""
    titles: str = ""
    """Academic titles kept apart from the name: "Prof. Dr."."""
    office: str = ""
    """Office or function: "MEP", "Oberbürgermeisterin"."""


@frozen
class Article:
    """One article of a magazine: its title, where it runs and who made it."""

    title: str
    """The headline as printed (or as the contents page, the outline or the editor names it)."""
    rubric: str | None
    """The section it is printed under ("Interview"), in readable form."""
    lead: str | None
    """The standfirst below the headline, where one is printed."""
    first_page: int
    """1-based PDF page the article starts on."""
    last_page: int
    pages: tuple[int, ...]
    """Every PDF page of the article, in order (a page belongs to one article at most)."""
    authors: tuple[str, ...] = ()
    interviewees: tuple[str, ...] = ()
    interviewers: tuple[str, ...] = ()
    photographers: tuple[str, ...] = ()


@frozen
class Magazine:
    """What the index records about one indexed PDF."""

    id: str
    title: str
    file: str
    sha256: str
    size: int
    mtime: float
    pages: int
    pages_without_text: int
    year: int | None = None
    outline: tuple[OutlineEntry, ...] = ()
    sidecar_sha256: str | None = None
    """Hash of the editor's corrections file used, so that editing it re-analyses the PDF."""
    analysis_version: int = 0
    """The `ANALYSIS_VERSION` of the detectors that analysed it (0: before versions were kept)."""
    ocr_pages: tuple[int, ...] = ()
    """1-based PDF pages whose text was read by OCR."""
    ocr_lang: str | None = None
    """The Tesseract languages OCR was tried with on its pages without text (None: not tried)."""


@frozen
class Hit:
    """One search result: a page (or a quotation on a page) with its reference."""

    magazine: str
    title: str
    file: str
    page: int
    page_label: str | None
    score: float
    snippet: str
    """Passage around the hit; matched words wrapped in HIGHLIGHT_START/END markers."""
    contributors: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    kind: str = "page"
    speaker: str | None = None
    article: str | None = None
    """Title of the article the page belongs to (None: no article, such as an advertisement)."""
    text_source: str = "pdf"
    """"pdf" or "ocr": whether the page's text was read by OCR from a scan."""
    ocr_confidence: float | None = None
    """Tesseract's mean word confidence (0..100) on an OCR'd page."""
    key: str = ""
    """The index document's key: "magazine#8" for a page, "magazine#q3" for a quotation."""


TOPIC_KINDS = ("rubric", "subject", "section")
"""What a topic is: a magazine's rubric, a vocabulary subject, or an outline section."""
