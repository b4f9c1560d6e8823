"""Run every detector over one magazine's pages and apply the editor's corrections."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..models import Article, Credit, OutlineEntry, PageText, Quote
from .contributors import find_contributors
from .conventions import compile_labels
from .given_names import is_given_name
from .quotes import find_quotes
from .sidecar import apply_sidecar, apply_sidecar_articles, load_sidecar
from .structure import find_articles
from .topics import Vocabulary, default_vocabulary, page_topics, topic_kinds, topic_scores
from .version import ANALYSIS_VERSION as ANALYSIS_VERSION


@dataclass(frozen=True)
class Analysis:
    """What the detectors found in one magazine."""

    credits: list[Credit]
    page_topics: dict[int, list[str]]
    quotes: list[Quote]
    articles: list[Article] = field(default_factory=list)
    topic_kinds: dict[str, str] = field(default_factory=dict)
    """Topic name -> kind ("subject", "rubric", "section"); the editor's topics are subjects
    unless detection knows them as another kind."""


def analyse(
    pages: Sequence[PageText],
    outline: Sequence[OutlineEntry],
    sidecar: Path | None = None,
    vocabulary: Vocabulary | None = None,
) -> Analysis:
    """Contributors, topics per page (with their kinds), articles and quotations; a sidecar
    file overrides detection.

    Quotations are found after the corrections, so a corrected interviewee is the speaker of
    the interview's answers.
    """
    credits: Sequence[Credit] = find_contributors(pages, outline)
    by_page = page_topics(pages, outline, vocabulary, top_terms=0)
    topics: dict[int, tuple[str, ...]] = {n: found.all() for n, found in by_page.items()}
    detected_kinds = topic_kinds(by_page)
    corrections = load_sidecar(sidecar) if sidecar is not None else None
    if corrections is not None:
        credits, topics = apply_sidecar(corrections, pages, credits, topics)
    articles = find_articles(pages, outline, credits)
    articles = apply_sidecar_articles(corrections, pages, articles, credits)
    quotes = find_quotes(pages, credits, articles)
    kinds = {
        name: detected_kinds.get(name, "subject") for names in topics.values() for name in names
    }
    return Analysis(
        list(credits), {k: list(v) for k, v in topics.items()}, list(quotes), articles, kinds
    )


def warm_up(vocabulary: Vocabulary | None = None) -> None:
    """Load and compile what every analysis needs, once, before worker processes fork."""
    topic_scores("", vocabulary if vocabulary is not None else default_vocabulary())
    # The given names' table (187 million instructions to load): once here, not in each worker.
    is_given_name("")
    compile_labels()
