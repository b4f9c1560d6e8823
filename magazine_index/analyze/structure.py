"""The structure of a magazine: contents pages, rubrics, and the article each page belongs to.

Shared by the contributors detector (an author's pages are their article's pages) and the
topics detector (a contents page is about nothing; a rubric is a topic), which do not import
each other.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..models import OutlineEntry, PageText
from .conventions import IMPRINT

__all__ = [
    "ContentsEntry",
    "article_spans",
    "contents_entries",
    "contents_pages",
    "detect_rubrics",
    "listing_pages",
    "readable_rubric",
]

_CONTENTS_HEADING = re.compile(
    r"^(?:(?:Contents|Inhalt|Inhaltsverzeichnis|Table\s+of\s+contents|In\s+this\s+issue|"
    r"Inside\s+this\s+issue|In\s+dieser\s+Ausgabe|In\s+diesem\s+Heft)\b.*)$",
    re.IGNORECASE,
)
_CONTENTS_LINE = re.compile(r"^(?P<title>\D.{2,}?)\s*\.*\s+(?P<page>\d{1,3})$")
_CONTENTS_LINE_NUMBER_FIRST = re.compile(r"^(?P<page>\d{1,3})\s+(?P<title>\D.{2,})$")


@dataclass(frozen=True)
class ContentsEntry:
    """One line of a contents page: an article title, its first PDF page, its credit line."""

    title: str
    page: int
    credit_line: str


def contents_entries(pages: Sequence[PageText]) -> list[ContentsEntry]:
    """Articles listed on the contents page(s), mapped to PDF pages via the printed labels."""
    by_label = {p.label: p.number for p in pages if p.label}
    entries: list[ContentsEntry] = []
    for contents_page, lines in _contents_pages(pages):
        for index, line in enumerate(lines):
            match = _CONTENTS_LINE.match(line) or _CONTENTS_LINE_NUMBER_FIRST.match(line)
            if not match or _CONTENTS_HEADING.match(match.group("title")):
                continue
            pdf_page = by_label.get(match.group("page"))
            if pdf_page is None or pdf_page == contents_page:
                continue
            following = lines[index + 1] if index + 1 < len(lines) else ""
            is_entry = _CONTENTS_LINE.match(following) or _CONTENTS_LINE_NUMBER_FIRST.match(
                following
            )
            credit = "" if is_entry or IMPRINT.match(following) else following
            entries.append(ContentsEntry(match.group("title").strip(), pdf_page, credit))
    return entries


def article_spans(
    pages: Sequence[PageText],
    outline: Sequence[OutlineEntry] = (),
    contents: Sequence[ContentsEntry] = (),
) -> list[tuple[int, ...]]:
    """Split the magazine into articles: runs of PDF pages, each page in exactly one run.

    An article starts where the outline or the contents page says one does, on and after a
    contents page, and wherever the running rubric changes (so an advertisement page without
    the rubric ends the article before it). With none of these signals every page stands alone.
    """
    numbers = [p.number for p in pages]
    known = set(numbers)
    starts = {e.page for e in outline if e.page in known} | {
        e.page for e in contents if e.page in known
    }
    # A contents page stands alone: the article after it starts on the next page.
    for number, _ in _contents_pages(pages):
        starts.update({number, number + 1} & known)
    rubrics = detect_rubrics(pages)
    if any(rubrics.values()):
        previous: str | None = None
        for number in numbers:
            if rubrics.get(number) != previous:
                starts.add(number)
            previous = rubrics.get(number)
    if not starts:
        starts = known
    starts.add(numbers[0])
    spans: list[tuple[int, ...]] = []
    current: list[int] = []
    for number in numbers:
        if number in starts and current:
            spans.append(tuple(current))
            current = []
        current.append(number)
    if current:
        spans.append(tuple(current))
    return spans


def _contents_pages(pages: Sequence[PageText]) -> list[tuple[int, list[str]]]:
    """Pages that hold a contents heading and at least three lines ending in a page number."""
    found: list[tuple[int, list[str]]] = []
    for page in pages:
        lines = _lines(page.text)
        if not any(_CONTENTS_HEADING.match(line) and len(line) < 60 for line in lines):
            continue
        lines = _join_bare_numbers(lines)
        numbered = sum(
            1
            for line in lines
            if _CONTENTS_LINE.match(line) or _CONTENTS_LINE_NUMBER_FIRST.match(line)
        )
        if numbered >= 3:
            found.append((page.number, lines))
    return found


def _join_bare_numbers(lines: list[str]) -> list[str]:
    """Contents set as a page number above its title: "7" + "Title" becomes "7 Title"."""
    joined: list[str] = []
    skip = False
    for index, line in enumerate(lines):
        if skip:
            skip = False
            continue
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if line.isdigit() and len(line) <= 3 and following and not following[0].isdigit():
            joined.append(f"{line} {following}")
            skip = True
        else:
            joined.append(line)
    return joined


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def contents_pages(pages: Sequence[PageText]) -> list[int]:
    """The PDF pages that are contents pages (lists of articles with printed pages)."""
    return [number for number, _ in _contents_pages(pages)]


# ---------------------------------------------------------------------------------------------
# Rubrics

# How many lines at each end of a page can hold a running header, in content-stream order.
_HEAD_LINES = 4
_TAIL_LINES = 2
_MAX_RUBRIC_LENGTH = 40
# Acronyms kept upper-case when a rubric is made readable.
_ACRONYMS = frozenset(
    {
        "EU",
        "UN",
        "UK",
        "USA",
        "NRW",
        "NATO",
        "MEP",
        "ERDF",
        "EFRE",
        "FAQ",
        "ESF",
        "SDG",
        "SDGS",
        "KI",
        "AI",
        "IT",
        "TV",
    }
)
_SMALL_WORDS = frozenset(
    {
        "in",
        "im",
        "the",
        "of",
        "and",
        "und",
        "a",
        "an",
        "for",
        "für",
        "to",
        "on",
        "at",
        "der",
        "die",
        "das",
        "des",
        "vor",
        "mit",
        "with",
        "from",
        "aus",
        "am",
        "zum",
        "zur",
        "by",
    }
)


def _is_caps_line(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return (
        len(letters) >= 3 and len(line) <= _MAX_RUBRIC_LENGTH and all(c.isupper() for c in letters)
    )


def detect_rubrics(pages: Sequence[PageText]) -> dict[int, str | None]:
    """The raw rubric printed on each page (None where a page shows none).

    A candidate is a short all-caps line in the first or last lines of a page. It counts where
    it recurs on another page, or where the page carries the magazine's running frame (a line
    repeated on most pages, such as "Magazine · No. 27 · 2025"), which an advertisement or a
    cover lacks. A caps line on nearly every page is the magazine's name, not a rubric.
    """
    edges: dict[int, list[str]] = {}
    for page in pages:
        lines = [line.strip() for line in page.text.split("\n") if line.strip()]
        edges[page.number] = lines[:_HEAD_LINES] + lines[-_TAIL_LINES:]
    line_pages: Counter[str] = Counter()
    for lines in edges.values():
        line_pages.update(set(lines))
    total = len(pages)
    frame = {
        line
        for line, count in line_pages.items()
        if count >= 3 and count >= 0.5 * total and not line.isdigit()
    }
    rubrics: dict[int, str | None] = {}
    for number, lines in edges.items():
        in_frame = any(line in frame for line in lines)
        found: str | None = None
        for line in lines:
            if not _is_caps_line(line):
                continue
            if line_pages[line] >= 3 and line_pages[line] >= 0.8 * total:
                continue  # the magazine's own name in caps
            if line_pages[line] >= 2 or in_frame:
                found = line
                break
        rubrics[number] = found
    return rubrics


def readable_rubric(rubric: str) -> str:
    """ "SCHULE & JUGEND" -> "Schule & Jugend", "EUROPE IN THE CITY" -> "Europe in the City"."""
    shown: list[str] = []
    for index, word in enumerate(rubric.split()):
        if index > 0 and word.lower() in _SMALL_WORDS:
            shown.append(word.lower())
        else:
            shown.append("-".join(_readable_part(part) for part in word.split("-")))
    return " ".join(shown)


def _readable_part(part: str) -> str:
    core = part.strip(".,:;!?()")
    if core.upper() in _ACRONYMS:
        return part
    return part[:1].upper() + part[1:].lower()


def listing_pages(pages: Sequence[PageText]) -> set[int]:
    """Pages that list the magazine's stories rather than tell one: the contents page(s) and
    an unnumbered first page (the cover)."""
    listed = set(contents_pages(pages))
    if pages and pages[0].number == 1 and pages[0].label is None:
        listed.add(1)
    return listed
