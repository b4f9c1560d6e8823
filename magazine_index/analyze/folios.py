"""Printed page labels: the page numbers a reader sees, which the PDF page index is not.

A magazine's cover is usually unnumbered, so printed page 2 is often PDF page 3. Where the PDF
defines page labels they are used as they are; otherwise the numbers printed in running headers
and footers (folios) are found by voting: every number near the top or bottom of a page proposes
an offset between PDF page and printed page, and the offset most pages agree on wins. Other
numbers on folio lines ("No. 27", "2025") propose a different offset on every page and lose.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

# How many non-empty lines at each end of a page may hold a folio. pypdf gives text in
# content-stream order, and producers draw headers and footers either first or last.
EDGE_LINES = 3
# A folio line is short: a number, perhaps with the magazine's name, issue and year.
MAX_FOLIO_LINE = 90
_NUMBER = re.compile(r"(?<![\w.,/:-])(\d{1,4})(?![\w,/:%€-]|\.\d)")
_NOT_A_FOLIO = re.compile(r"(?:no|nr|no\.|nr\.|heft|issue|vol|ausgabe|#|klasse)\s*$", re.IGNORECASE)


def printed_labels(
    texts: Sequence[str], pdf_labels: Sequence[str] | None = None
) -> list[str | None]:
    """Return the printed label of each page (None where the page prints no number).

    With no evidence of printed numbers at all, the PDF page numbers are the labels.
    """
    if pdf_labels is not None and len(pdf_labels) == len(texts):
        return list(pdf_labels)
    candidates = [folio_candidates(text) for text in texts]
    offset = _agreed_offset(candidates)
    if offset is None:
        return [str(number) for number in range(1, len(texts) + 1)]
    labels: list[str | None] = []
    for number, found in enumerate(candidates, start=1):
        printed = number - offset
        labels.append(str(printed) if printed in found else None)
    return labels


def folio_candidates(text: str) -> dict[int, int]:
    """Numbers on the lines of a page where a folio can stand, with the weight of their vote.

    A line that is nothing but a number is a folio wherever the content stream put it and
    weighs double; a number inside a short line at the top or bottom of the page weighs one.
    """
    lines = [line for line in text.split("\n") if line.strip()]
    edges = lines[:EDGE_LINES] + lines[-EDGE_LINES:]
    found: dict[int, int] = {}
    for line in edges:
        if len(line) > MAX_FOLIO_LINE:
            continue
        for match in _NUMBER.finditer(line):
            if _NOT_A_FOLIO.search(line[: match.start()]):
                continue
            found.setdefault(int(match.group(1)), 1)
    for line in lines:
        if line.isdigit() and len(line) <= 4:
            found[int(line)] = 2
    return found


def _agreed_offset(candidates: Sequence[dict[int, int]]) -> int | None:
    votes: Counter[int] = Counter()
    for number, found in enumerate(candidates, start=1):
        for value, weight in found.items():
            votes[number - value] += weight
    if not votes:
        return None
    offset, _ = votes.most_common(1)[0]
    support = sum(1 for number, found in enumerate(candidates, 1) if number - offset in found)
    pages_with_numbers = sum(1 for found in candidates if found)
    # At least two pages, and a good share of the pages that print any number, must agree.
    if support < 2 or support < 0.4 * pages_with_numbers:
        return None
    return offset
