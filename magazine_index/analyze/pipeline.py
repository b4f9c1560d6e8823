"""Run every detector over one magazine's pages and apply the editor's corrections."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..models import Credit, OutlineEntry, PageText, Quote
from .contributors import find_contributors
from .quotes import find_quotes
from .sidecar import apply_sidecar, load_sidecar
from .topics import Vocabulary, default_vocabulary, find_topics, topic_scores

ANALYSIS_VERSION = 4
"""Raised whenever a detector's results change, so that `index` re-analyses magazines analysed
by an older version (from the extraction cache; pypdf does not run again). 2: topics are
judged per page by headline, lead and paragraph. 3: credit conventions as a table, bylines
under headlines, picture credits by page, titles are no quotations, speakers have given names.
4: one article per byline, jumps, closing names, the speaker sieve as typed steps."""


@dataclass(frozen=True)
class Analysis:
    """What the detectors found in one magazine."""

    credits: list[Credit]
    page_topics: dict[int, list[str]]
    quotes: list[Quote]


def analyse(
    pages: Sequence[PageText],
    outline: Sequence[OutlineEntry],
    sidecar: Path | None = None,
    vocabulary: Vocabulary | None = None,
) -> Analysis:
    """Contributors, topics per page and quotations; a sidecar file overrides detection.

    Quotations are found after the corrections, so a corrected interviewee is the speaker of
    the interview's answers.
    """
    credits: Sequence[Credit] = find_contributors(pages, outline)
    topics: dict[int, tuple[str, ...]] = find_topics(pages, outline, vocabulary)
    corrections = load_sidecar(sidecar) if sidecar is not None else None
    if corrections is not None:
        credits, topics = apply_sidecar(corrections, pages, credits, topics)
    quotes = find_quotes(pages, credits)
    return Analysis(list(credits), {k: list(v) for k, v in topics.items()}, list(quotes))


def warm_up(vocabulary: Vocabulary | None = None) -> None:
    """Load and compile what every analysis needs, once, before worker processes fork."""
    topic_scores("", vocabulary if vocabulary is not None else default_vocabulary())
