"""Plain records passed between the stages: extraction, analysis, storage and search."""

from __future__ import annotations

from dataclasses import dataclass, field

from .extractors import DEFAULT_EXTRACTOR as DEFAULT_EXTRACTOR
from .extractors import EXTRACTORS as EXTRACTORS

ROLES = ("author", "interviewee", "interviewer", "photographer", "editor")


@dataclass(frozen=True)
class LineStyle:
    """How one line of a page is printed: its font size, weight, slant and left edge."""

    text: str
    """The line as it stands in the page's normalised text (blank for a blank line)."""
    size: float
    """Font size in points as printed (text and page matrices applied); 0 where unknown."""
    bold: bool = False
    italic: bool = False
    x: float = 0.0
    """Left edge in points from the page's left side."""


@dataclass(frozen=True)
class PageText:
    """One page of a magazine after extraction and normalisation."""

    number: int
    """1-based PDF page index."""
    label: str | None
    """The printed page number a reader sees, or None where the page prints none."""
    text: str
    """Normalised text; line breaks are kept (bylines and folios are line-based)."""
    styles: tuple[LineStyle, ...] = ()
    """One style per line of `text`, in order; empty where the extractor knows none."""
    ocr: OcrPage | None = None
    """How OCR read the page, where its text came from OCR (see `text_source`)."""

    @property
    def text_source(self) -> str:
        """Where the text came from: "ocr" (Tesseract read the page) or "pdf" (its text layer)."""
        return "ocr" if self.ocr is not None and self.ocr.used else "pdf"


@dataclass(frozen=True)
class OcrWord:
    """A word Tesseract read, with its box in points from the page's top-left corner."""

    text: str
    left: float
    top: float
    right: float
    bottom: float
    confidence: float
    """Tesseract's confidence in the word, 0..100."""


@dataclass(frozen=True)
class OcrPage:
    """What OCR made of one page: kept in the extraction cache, so it never runs twice."""

    lang: str
    """The Tesseract languages it was read with ("deu+eng")."""
    confidence: float
    """Mean word confidence, 0..100 (0 when nothing was read)."""
    words: tuple[OcrWord, ...]
    used: bool
    """Whether the page's text is the OCR text (False: OCR found less than the text layer)."""


@dataclass(frozen=True)
class OutlineEntry:
    """A bookmark of the PDF's outline."""

    title: str
    page: int
    """1-based PDF page the bookmark points at."""
    level: int = 0


@dataclass(frozen=True)
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


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class Quote:
    """A quotation found on a page, with its speaker where one can be told."""

    text: str
    """The quoted words without quote marks; interrupted parts joined by a space."""
    speaker: str | None
    """Plain name of the speaker, or None when no speaker can be found."""
    page: int
    """1-based PDF page of the body text (the first page where it appears)."""
    confidence: float = 0.0
    """How sure the attribution is, 0..1 (0 when speaker is None)."""
    also_on: tuple[int, ...] = ()
    """Other pages where the same quotation appears (a pull quote)."""


@dataclass(frozen=True)
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
    outline: tuple[OutlineEntry, ...] = field(default=())
    sidecar_sha256: str | None = None
    """Hash of the editor's corrections file used, so that editing it re-analyses the PDF."""
    analysis_version: int = 0
    """The `ANALYSIS_VERSION` of the detectors that analysed it (0: before versions were kept)."""
    ocr_pages: tuple[int, ...] = ()
    """1-based PDF pages whose text was read by OCR."""
    ocr_lang: str | None = None
    """The Tesseract languages OCR was tried with on its pages without text (None: not tried)."""


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class PageRef:
    """A page reference: the magazine, its PDF page and the printed label."""

    magazine: str
    page: int
    page_label: str | None


@dataclass(frozen=True)
class ContributorEntry:
    """A person or team in one role, with every page they contributed to across magazines."""

    name: str
    role: str
    pages: tuple[PageRef, ...]
    titles: str = ""
    office: str = ""


TOPIC_KINDS = ("rubric", "subject", "section")
"""What a topic is: a magazine's rubric, a vocabulary subject, or an outline section."""


@dataclass(frozen=True)
class TopicEntry:
    """A topic with the pages about it."""

    name: str
    pages: tuple[PageRef, ...]
    kind: str = "subject"
    """One of TOPIC_KINDS."""


@dataclass(frozen=True)
class ArticleEntry:
    """An article of an indexed magazine, with printed labels for its first and last page."""

    magazine: str
    article: Article
    first_page_label: str | None
    last_page_label: str | None
