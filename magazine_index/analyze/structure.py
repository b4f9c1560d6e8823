"""The structure of a magazine: contents pages, rubrics, and the article each page belongs to.

Shared by the contributors detector (an author's pages are their article's pages) and the
topics detector (a contents page is about nothing; a rubric is a topic), which do not import
each other.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import TypeVar

from ..models import Article, Credit, LineStyle, OutlineEntry, PageText
from ..text import fold_key
from .conventions import IMPRINT

__all__ = [
    "COVER_TITLE",
    "HEADLINE_FACTOR",
    "MAX_LEAD_LINES",
    "QUOTE_OPENERS",
    "ContentsEntry",
    "Headline",
    "article_people",
    "article_spans",
    "body_size",
    "contents_entries",
    "contents_pages",
    "detect_rubrics",
    "find_articles",
    "headline",
    "headlines",
    "listing_pages",
    "make_article",
    "outside_contents_entries",
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
            is_entry = _is_contents_line(following)
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
    contents page, on a page whose top carries a headline (`headline`), and wherever the running
    rubric changes (so an advertisement page without the rubric ends the article before it).
    With none of these signals every page stands alone.
    """
    numbers = [p.number for p in pages]
    known = set(numbers)
    starts = {e.page for e in outline if e.page in known} | {
        e.page for e in contents if e.page in known
    }
    # A contents page stands alone: the article after it starts on the next page.
    for number, _ in _contents_pages(pages):
        starts.update({number, number + 1} & known)
    # A page whose top carries a headline starts an article (pages without styles carry none).
    rubrics = detect_rubrics(pages)
    starts.update(_article_headlines(pages, rubrics))
    if any(rubrics.values()):
        previous: str | None = None
        run = 0  # pages the previous rubric has run on
        for number in numbers:
            rubric = rubrics.get(number)
            # A rubric that ran over pages and stops ends its article (an advertisement
            # page follows); one printed on a single page that stops is the article's own
            # heading, and the article runs on.
            if rubric != previous and (rubric is not None or run >= 2):
                starts.add(number)
            run = run + 1 if rubric == previous else 1
            previous = rubric
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


_SUBHEAD_SHARE = 0.75
"""A headline this much smaller than the one that opened its rubric's run of pages, with no
lead under it, is a subhead of that article ("Vom Hörsaal ins Rathaus" at 17 pt in a cover
story opened at 30 pt), not a new article's."""


def _article_headlines(pages: Sequence[PageText], rubrics: dict[int, str | None]) -> set[int]:
    """Pages whose headline starts an article: every headline, but a subhead inside a run of
    pages under one rubric (`_SUBHEAD_SHARE`)."""
    found = headlines(pages)
    starts: set[int] = set()
    opening = 0.0  # the size of the headline that opened the current rubric's run
    previous: str | None = None
    for page in pages:
        rubric = rubrics.get(page.number)
        line = found.get(page.number)
        same_run = rubric is not None and rubric == previous
        previous = rubric
        if line is None:
            opening = opening if same_run else 0.0
            continue
        if same_run and line.lead is None and line.size < _SUBHEAD_SHARE * opening:
            continue
        starts.add(page.number)
        opening = line.size if not same_run or line.size > opening else opening
    return starts


def _is_contents_line(line: str) -> bool:
    """A contents entry: a title with its page number ("Harbour news 4", "4 Harbour news")."""
    return bool(_CONTENTS_LINE.match(line) or _CONTENTS_LINE_NUMBER_FIRST.match(line))


def outside_contents_entries(lines: list[str]) -> list[str]:
    """A contents page's lines without its list of entries: from the first entry to the
    last, and the lines under the last that may continue its title and name its author."""
    lines = _join_bare_numbers(lines)
    entries = [index for index, line in enumerate(lines) if _is_contents_line(line)]
    if not entries:
        return lines
    # The list runs while entries follow one another; a later line with a number at its
    # end ("Weiter auf Seite 2") is the article's own.
    last = entries[0]
    for index in entries[1:]:
        if index - last > _ENTRY_TAIL_LINES + 1:
            break
        last = index
    # A caption's sentences under the list are the page's own ("… im November. Foto: Name").
    end = last + 1
    while end < min(len(lines), last + 1 + _ENTRY_TAIL_LINES) and not _SENTENCES.search(lines[end]):
        end += 1
    return lines[: entries[0]] + lines[end:]


_SENTENCES = re.compile(r"[a-zäöüß]{2}[.!?]\s+[A-ZÄÖÜ]")
"""A sentence's end inside a line: the line is prose, not an entry's title or author."""


_ENTRY_TAIL_LINES = 2
"""Lines under a contents entry that belong to it: its title's second line, its author."""


_Found = TypeVar("_Found")
_MAGAZINES_REMEMBERED = 4
"""Magazines whose structure `_once_per_magazine` keeps: one analysis asks about one, tests and
the accuracy bench about a few in turn."""


def _once_per_magazine(
    find: Callable[[Sequence[PageText]], _Found],
) -> Callable[[Sequence[PageText]], _Found]:
    """`find`, worked out once per magazine: the contributors, the articles and the topics all
    ask, and none changes what it returns. A magazine is known by the identity of its page
    records. (An `lru_cache` keyed by the pages hashed and compared each record's text and
    line styles in Python on every call: 5 % of a worker's time on copies of real PDFs.)"""
    recent: list[tuple[tuple[PageText, ...], _Found]] = []

    def once(pages: Sequence[PageText]) -> _Found:
        for known, found in recent:
            if len(known) == len(pages) and all(a is b for a, b in zip(known, pages, strict=True)):
                return found
        found = find(pages)
        recent.insert(0, (tuple(pages), found))
        del recent[_MAGAZINES_REMEMBERED:]
        return found

    return once


def _contents_pages(pages: Sequence[PageText]) -> list[tuple[int, list[str]]]:
    """Pages that hold a contents heading and at least three lines ending in a page number."""
    return [(number, list(lines)) for number, lines in _cached_contents_pages(pages)]


@_once_per_magazine
def _cached_contents_pages(
    pages: Sequence[PageText],
) -> tuple[tuple[int, tuple[str, ...]], ...]:
    return tuple((number, tuple(lines)) for number, lines in _find_contents_pages(pages))


def _find_contents_pages(pages: Sequence[PageText]) -> list[tuple[int, list[str]]]:
    found: list[tuple[int, list[str]]] = []
    for page in pages:
        lines = _lines(page.text)
        # The length first: a line of running text is too long for a heading, and is not matched.
        if not any(len(line) < 60 and _CONTENTS_HEADING.match(line) for line in lines):
            continue
        lines = _join_bare_numbers(lines)
        numbered = sum(1 for line in lines if _is_contents_line(line))
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
    # Stripped and the empty ones dropped through `map` and `filter` in C: a loop of Python
    # stripped each line twice.
    return list(filter(None, map(str.strip, text.split("\n"))))


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


_ONE_SIDE_SHARE = 0.35
"""A caps line on this share of all pages, every one of them a left (or every one a right)
page, belongs to that side's running frame: a magazine's name or its page links, printed on
every other page, not a rubric (which runs over both sides of its spread)."""


@_once_per_magazine
def detect_rubrics(pages: Sequence[PageText]) -> dict[int, str | None]:
    """The raw rubric printed on each page (None where a page shows none).

    A candidate is a short all-caps line in the first or last lines of a page. It counts where
    it recurs on another page, or where the page carries the magazine's running frame (a line
    repeated on most pages, such as "Magazine · No. 27 · 2025"), which an advertisement or a
    cover lacks. A caps line on nearly every page is the magazine's name, not a rubric. Where
    the extractor knows the typography, a page's first line in the running head's style
    (`_running_head_style`) is its rubric too, in any case and on one page only ("Youth").
    """
    edges: dict[int, list[str]] = {}
    for page in pages:
        # The first and the last lines only are stripped, from each end of the page.
        lines = page.text.split("\n")
        head = list(islice(filter(None, map(str.strip, lines)), _HEAD_LINES))
        tail = list(islice(filter(None, map(str.strip, reversed(lines))), _TAIL_LINES))
        edges[page.number] = head + tail[::-1]
    line_pages: Counter[str] = Counter()
    parities: dict[str, set[int]] = {}
    for number, lines in edges.items():
        line_pages.update(set(lines))
        for line in set(lines):
            parities.setdefault(line, set()).add(number % 2)
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
            if (
                len(parities[line]) == 1
                and line_pages[line] >= 3
                and line_pages[line] >= _ONE_SIDE_SHARE * total
            ):
                continue  # the frame of left or right pages ("JUMP TO TOC" on every right page)
            if line_pages[line] >= 2 or in_frame:
                found = line
                break
        rubrics[number] = found
    head_style = _running_head_style(pages)
    if head_style is not None:
        for page in pages:
            first = _first_styled_line(page)
            if first is not None and _style_key(first) != head_style:
                first = None
            if first is not None and first.text.strip() in frame:
                # Left pages mirror right ones: the magazine's name outside, the rubric
                # beside it in the same type ("GIPFELBUCH 1/2026" … "Interview").
                first = next(
                    (
                        line
                        for line in page.styles[1:_HEAD_LINES]
                        if line.text.strip()
                        and _style_key(line)[:2] == head_style[:2]
                        and line.text.strip() not in frame
                    ),
                    None,
                )
            if rubrics[page.number] is None and first is not None:
                text = first.text.strip()
                # A running head with a number is a folio with the chapter ("4 1.1. Spaces").
                if (
                    len(text) <= _MAX_RUBRIC_LENGTH
                    and any(c.isalpha() for c in text)
                    and not any(c.isdigit() for c in text)
                    and text not in frame
                    and line_pages[text] < 0.8 * total
                ):
                    rubrics[page.number] = text
    return rubrics


# A running head is set in one style (size, weight, left edge) as the first line of at least
# this share of the pages; its text changes with the section ("Editorial", "Youth"), so a
# mixed-case rubric printed on one page only is still known by its place and style.
_RUNNING_HEAD_SHARE = 0.5


def _style_key(style: LineStyle) -> tuple[float, bool, float]:
    return (round(style.size / _SIZE_STEP) * _SIZE_STEP, style.bold, round(style.x))


def _first_styled_line(page: PageText) -> LineStyle | None:
    return next((style for style in page.styles if style.text.strip()), None)


def _running_head_style(pages: Sequence[PageText]) -> tuple[float, bool, float] | None:
    """The style of the pages' first lines where most pages share it (None without styles)."""
    firsts = [_style_key(line) for page in pages if (line := _first_styled_line(page))]
    if not firsts:
        return None
    style, count = Counter(firsts).most_common(1)[0]
    return style if count >= 3 and count >= _RUNNING_HEAD_SHARE * len(pages) else None


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


# ---------------------------------------------------------------------------------------------
# Typography and articles

# Sizes are compared in steps of half a point: extraction gives 9.6 and 9.60000001 for one font.
_SIZE_STEP = 0.5
# A headline is set at least this many times the body size. The samples set headlines at 2.2-2.4
# times their body (21-23 pt on 9.6-9.7 pt), leads at 1.1 and pull quotes at 1.5-1.65 times:
# 1.8 lies between pull quotes and headlines.
HEADLINE_FACTOR = 1.8
# (The space-debris bulletin of samples/blind sets bold headlines at 1.6 times its body; taking
# bold lines from 1.5 times found its articles but cost the contributors of the real and blind
# magazines more precision than it gave recall, measured with bench/accuracy.py --real/--blind.)
# A lead (standfirst) is set larger than the body and smaller than the headline: 1.1 times the
# body in both samples, captions below it (0.8).
LEAD_FACTOR = 1.05
# The headline sits in the first lines of a page, below the running frame (the lines repeated on
# many pages, not counted) and a rubric or kicker, above the body. Pull quotes further down are
# not headlines.
HEADLINE_ZONE = 6
# A large line that opens with a quotation mark is a pull quote, even at a page's top (the
# second page of an interview in samples/blind opens with one, set at twice the body size).
QUOTE_OPENERS = frozenset("„“”\"»«‚‘’'")
# A lead longer than this many lines is body text set large, not a standfirst.
MAX_LEAD_LINES = 4


@_once_per_magazine
def body_size(pages: Sequence[PageText]) -> float | None:
    """The magazine's body size: the font size most characters are set in (None without
    styles). Weighted by characters, so a page of headlines does not outvote the body text."""
    # The characters of each size as extracted first, then rounded: most lines of a page share
    # a few sizes (26 against 36 million instructions on the 164 pages of the detector bench).
    by_size: dict[float, int] = {}
    for page in pages:
        for style in page.styles:
            if style.text.strip():
                by_size[style.size] = by_size.get(style.size, 0) + len(style.text)
    weights: Counter[float] = Counter()
    for size, characters in by_size.items():
        if size > 0:
            weights[round(size / _SIZE_STEP) * _SIZE_STEP] += characters
    return weights.most_common(1)[0][0] if weights else None


@dataclass(frozen=True)
class Headline:
    """The headline at the top of a page, with the lead printed below it."""

    text: str
    size: float
    lead: str | None


def headline(
    page: PageText, body: float | None, running: frozenset[str] = frozenset()
) -> Headline | None:
    """The headline of `page`: the first of its top lines set at `HEADLINE_FACTOR` times the
    body size or more, joined with the lines after it in the same size. None without styles.

    `running` holds lines the magazine repeats on many pages (`_running_keys`), such as a large
    "2 Annual report 2015" footer: those are no headline, nor is a pull quote.
    """
    if not body or not _large_enough(page, body):
        return None
    lines = [
        style
        for style in page.styles[:_TOP_LINES]
        if any(c.isalpha() for c in style.text) and _running_key(style.text) not in running
    ]
    index = 0
    while index < min(len(lines), HEADLINE_ZONE):
        style = lines[index]
        taken = _same_size_run(lines, index)
        index += len(taken)
        if style.size < HEADLINE_FACTOR * body or style.text.lstrip()[:1] in QUOTE_OPENERS:
            continue  # body text, a lead, a kicker; or a pull quote, all its lines
        return Headline(_join(taken), style.size, _lead(lines[index:], body, style.size))
    return None


def _same_size_run(lines: Sequence[LineStyle], start: int) -> list[LineStyle]:
    """The line at `start` and the lines after it set in the same size (one headline)."""
    run = [lines[start]]
    for following in lines[start + 1 :]:
        if abs(following.size - lines[start].size) >= _SIZE_STEP:
            break
        run.append(following)
    return run


@_once_per_magazine
def headlines(pages: Sequence[PageText]) -> dict[int, Headline]:
    """PDF page -> the headline at its top, for the pages that carry one (see `headline`)."""
    body = body_size(pages)
    candidates = [page for page in pages if _large_enough(page, body)] if body else []
    running = _running_keys(pages) if candidates else frozenset()
    found = {page.number: headline(page, body, running) for page in candidates}
    return {number: line for number, line in found.items() if line is not None}


def _large_enough(page: PageText, body: float) -> bool:
    """Whether a line among the page's top lines is set large enough for a headline: most
    pages have none, and need not be looked at line by line."""
    least = HEADLINE_FACTOR * body
    return any(style.size >= least for style in page.styles[:_TOP_LINES])


# A line printed on at least this share of the pages (page numbers aside) is part of the running
# frame: the magazine's name, a footer. Three pages at least, so a short magazine's repeated
# headline (an article over two pages that repeats its title) is not taken for one.
_RUNNING_SHARE = 0.3
# A headline is looked for among a page's first lines (in content-stream order, where a footer
# may come first); the frame is counted among as many.
_TOP_LINES = 40
# A digit first, so that the regex engine skips from digit to digit: `\d+` it tried at every
# character (the keys of the pages' top lines: 102 million instructions on the 164 pages of the
# detector bench, now 84).
_DIGITS = re.compile(r"\d\d*")


def _running_key(text: str) -> str:
    # Lowercase, not folded: a frame line repeats letter for letter, and folding every line of
    # every page cost more than the rest of the headline search.
    return " ".join(_DIGITS.sub("", text).lower().split())


def _running_keys(pages: Sequence[PageText]) -> frozenset[str]:
    counts: Counter[str] = Counter()
    for page in pages:
        # `_running_key` of each of the page's top lines, each step over all of them at once:
        # the lines looked at only until there are enough, their digits taken out and their
        # case lowered in one call (a call a line was half the headlines' search).
        top = islice(filter(None, map(str.strip, page.text.split("\n"))), _TOP_LINES)
        keys = _DIGITS.sub("", "\n".join(top)).lower().split("\n")
        counts.update(set(map(" ".join, map(str.split, keys))))
    return frozenset(
        key for key, count in counts.items() if key and count >= max(3, _RUNNING_SHARE * len(pages))
    )


def _lead(lines: Sequence[LineStyle], body: float, headline_size: float) -> str | None:
    lead: list[LineStyle] = []
    for style in lines:
        if not LEAD_FACTOR * body <= style.size < headline_size:
            break
        lead.append(style)
    return _join(lead) if 0 < len(lead) <= MAX_LEAD_LINES else None


def _join(lines: Sequence[LineStyle]) -> str:
    joined = ""
    for style in lines:
        text = style.text.strip()
        # A headline broken after a hyphen keeps it ("Erasmus+-" + "Woche").
        joined = joined + text if joined.endswith("-") else f"{joined} {text}".strip()
    return joined


PAGE_BOOKMARK = re.compile(r"^\s*(?:(?:page|seite|p\.|s\.)\s*)?\d+\s*$", re.IGNORECASE)
"""A bookmark that names a page, not what is on it ("Page 2", "Seite 3", "7")."""

# The title of an unnumbered first page that no bookmark names: its headline is the magazine's
# own name, which says less in a list of articles than what the page is.
COVER_TITLE = "Cover"

# Credit roles an article lists, in the order of Article's fields.
_ARTICLE_ROLES = ("author", "interviewee", "interviewer", "photographer")


def article_people(span: Sequence[int], credits: Sequence[Credit]) -> dict[str, tuple[str, ...]]:
    """Role -> names credited on any page of `span`, in page order, each name once."""
    wanted = set(span)
    people: dict[str, dict[str, str]] = {role: {} for role in _ARTICLE_ROLES}
    for credit in sorted(credits, key=lambda c: min(c.pages, default=0)):
        if credit.role in people and wanted & set(credit.pages):
            people[credit.role].setdefault(fold_key(credit.name), credit.name)
    return {role: tuple(names.values()) for role, names in people.items()}


def make_article(
    title: str,
    span: Sequence[int],
    credits: Sequence[Credit],
    rubric: str | None = None,
    lead: str | None = None,
) -> Article:
    """An article over the PDF pages `span`, its people taken from the credits there."""
    people = article_people(span, credits)
    return Article(
        title=title,
        rubric=rubric,
        lead=lead,
        first_page=span[0],
        last_page=span[-1],
        pages=tuple(span),
        authors=people["author"],
        interviewees=people["interviewee"],
        interviewers=people["interviewer"],
        photographers=people["photographer"],
    )


def find_articles(
    pages: Sequence[PageText],
    outline: Sequence[OutlineEntry],
    credits: Sequence[Credit],
) -> list[Article]:
    """The magazine's articles: `article_spans` named and credited.

    The title is the outline's bookmark for the first page, else the contents page's entry,
    else "Cover" for an unnumbered first page, else the headline printed at the page's top; a
    run with none of these is no article. A page
    with no printed folio, no rubric and no bookmark or contents entry of its own (an
    advertisement, an insert) belongs to no article. The rubric is the one most of the pages
    carry; the people come from the contributor credits of the pages (`article_people`).
    """
    if not pages:
        return []
    contents = contents_entries(pages)
    spans = article_spans(pages, outline, contents)
    by_number = {page.number: page for page in pages}
    bookmarks: dict[int, str] = {}
    for entry in sorted(outline, key=lambda e: e.level):
        if not PAGE_BOOKMARK.match(entry.title):
            bookmarks[entry.page] = entry.title.strip()  # the deepest bookmark names the article
    listed = {entry.page: entry.title for entry in contents}
    contents_titles = {number: _contents_heading(lines) for number, lines in _contents_pages(pages)}
    rubrics = detect_rubrics(pages)
    tops = headlines(pages)
    first_number = pages[0].number
    listings = listing_pages(pages)
    articles: list[Article] = []
    for span in spans:
        first = by_number[span[0]]
        found = tops.get(first.number)
        rubric = _common_rubric(rubrics, span)
        named = bookmarks.get(first.number) or listed.get(first.number)
        listing = first.number in contents_titles or (
            found is not None and _CONTENTS_HEADING.match(found.text) is not None
        )
        if (
            not named
            and not listing
            and first.number != first_number
            and first.label is None
            and rubric is None
            and len(span) == 1
        ):
            continue  # an advertisement or insert: no folio, no rubric, not listed
        cover = first.number == first_number and first.number in listings
        title = (
            named
            or contents_titles.get(first.number)
            or (COVER_TITLE if cover else None)
            or (found.text if found else None)
        )
        if not title:
            continue
        if found is not None and not listing:
            title = _fuller_title(title, found.text)
            rubric = rubric or _rubric_before(title, found.text)
        # A contents page's "lead" is its first entry.
        lead = found.lead if found is not None and not listing else None
        articles.append(make_article(title.strip(_TITLE_MARKS), span, credits, rubric, lead))
    return articles


# Marks a contents page sets before or after an entry ("› Interview", "· Lab Notes").
_TITLE_MARKS = " ·•›■–-|"


def _fuller_title(title: str, printed: str) -> str:
    """The headline where a contents entry is the start of it (an entry cut at a line end)."""
    short, full = fold_key(title.strip(_TITLE_MARKS)), fold_key(printed)
    return printed if short and full.startswith(short) and len(full) > len(short) else title


def _rubric_before(title: str, printed: str) -> str | None:
    """ "Guest Column" from the entry "Guest Column: Small Towns" over the headline "Small
    Towns": a rubric the contents page or outline names once, on this article only."""
    before, colon, after = title.partition(": ")
    if (
        colon
        and before
        and len(before) <= _MAX_RUBRIC_LENGTH
        and fold_key(after) == fold_key(printed)
    ):
        return before.strip(_TITLE_MARKS)
    return None


def _contents_heading(lines: Sequence[str]) -> str:
    return next((line for line in lines if _CONTENTS_HEADING.match(line)), "")


def _common_rubric(rubrics: dict[int, str | None], span: Sequence[int]) -> str | None:
    counts = Counter(rubrics[number] for number in span if rubrics.get(number))
    if not counts:
        return None
    return readable_rubric(str(counts.most_common(1)[0][0]))
