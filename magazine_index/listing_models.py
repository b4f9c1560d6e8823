"""Records of the listings: contributors, topics and articles with their pages. The listing
commands build them, a search never does (see `models.py`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .models import Article


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


@dataclass(frozen=True)
class TopicEntry:
    """A topic with the pages about it."""

    name: str
    pages: tuple[PageRef, ...]
    kind: str = "subject"
    """One of `models.TOPIC_KINDS`."""


@dataclass(frozen=True)
class ArticleEntry:
    """An article of an indexed magazine, with printed labels for its first and last page."""

    magazine: str
    article: Article
    first_page_label: str | None
    last_page_label: str | None
