"""Editor corrections kept next to a PDF: `<pdf stem>.toml` overrides what detection found.

```toml
[[article]]
title = "Editorial"
pages = "2"                      # printed pages: "3-4", "3, 5-6", 7 or ["3", "4"]
contributors = [{ name = "Greta Albers", role = "author", office = "Mayor" }]
topics = ["City networks and partnerships"]
```
For an article's pages, `contributors` replaces the detected credits of the roles it names (a
photographer detected on the page stays unless the list names a photographer); an empty list
removes every detected credit there. `topics` replaces the pages' topics. A key left out keeps
detection as it is. Each `[[article]]` also replaces the detected articles on its pages
(`apply_sidecar_articles`): its title and pages stand, its people come from the corrected credits.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import SidecarError
from ..models import ROLES, Article, Credit, PageText
from .names import name_key, split_person
from .structure import make_article

__all__ = [
    "Sidecar",
    "SidecarArticle",
    "SidecarCredit",
    "apply_sidecar",
    "apply_sidecar_articles",
    "load_sidecar",
    "parse_sidecar",
    "sidecar_path",
]


@dataclass(frozen=True)
class SidecarCredit:
    """A contributor as the editor names them."""

    name: str
    role: str
    titles: str = ""
    office: str = ""


@dataclass(frozen=True)
class SidecarArticle:
    """One `[[article]]` table."""

    title: str
    pages: tuple[str, ...]
    """Printed page labels, ranges expanded."""
    contributors: tuple[SidecarCredit, ...] | None = None
    """None where the table has no `contributors` key (detection stays)."""
    topics: tuple[str, ...] | None = None
    """None where the table has no `topics` key (detection stays)."""


@dataclass(frozen=True)
class Sidecar:
    """An editor's corrections for one magazine."""

    source: str
    """The file the corrections come from, for error messages."""
    articles: tuple[SidecarArticle, ...]


def sidecar_path(pdf: str | Path) -> Path:
    """Where the corrections for a PDF live: the same folder and stem, `.toml`."""
    return Path(pdf).with_suffix(".toml")


def load_sidecar(path: str | Path) -> Sidecar | None:
    """The corrections in `path`, or None where there is no such file.

    A file that cannot be read or is malformed raises SidecarError naming the file and the
    reason in one line.
    """
    path = Path(path)
    if not path.is_file():
        return None
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise SidecarError(f"{path}: cannot read the corrections file ({error})") from error
    return parse_sidecar(text, str(path))


def parse_sidecar(text: str, source: str = "sidecar") -> Sidecar:
    """Parse corrections TOML; `source` names the file in error messages."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise SidecarError(f"{source}: not valid TOML ({error})") from error
    unknown = set(data) - {"article"}
    if unknown:
        raise SidecarError(f"{source}: unknown key {sorted(unknown)[0]!r} (expected [[article]])")
    tables = data.get("article", [])
    if not isinstance(tables, list):
        raise SidecarError(f"{source}: 'article' must be an array of tables ([[article]])")
    articles = tuple(
        _parse_article(table, f"{source}: article {index}")
        for index, table in enumerate(tables, start=1)
    )
    return Sidecar(source, articles)


def _parse_article(table: Any, where: str) -> SidecarArticle:
    if not isinstance(table, dict):
        raise SidecarError(f"{where}: must be a table")
    unknown = set(table) - {"title", "pages", "contributors", "topics"}
    if unknown:
        raise SidecarError(f"{where}: unknown key {sorted(unknown)[0]!r}")
    title = table.get("title", "")
    if not isinstance(title, str):
        raise SidecarError(f"{where}: 'title' must be a string")
    if title:
        where = f"{where} ({title})"
    if "pages" not in table:
        raise SidecarError(f"{where}: 'pages' is missing")
    pages = parse_pages(table["pages"], where)
    contributors: tuple[SidecarCredit, ...] | None = None
    if "contributors" in table:
        value = table["contributors"]
        if not isinstance(value, list):
            raise SidecarError(f"{where}: 'contributors' must be a list of tables")
        contributors = tuple(_parse_credit(item, where) for item in value)
    topics: tuple[str, ...] | None = None
    if "topics" in table:
        value = table["topics"]
        if not isinstance(value, list) or not all(isinstance(t, str) and t.strip() for t in value):
            raise SidecarError(f"{where}: 'topics' must be a list of non-empty strings")
        topics = tuple(t.strip() for t in value)
    return SidecarArticle(title, pages, contributors, topics)


def _parse_credit(item: Any, where: str) -> SidecarCredit:
    if not isinstance(item, dict):
        raise SidecarError(f"{where}: each contributor must be a table {{name = ..., role = ...}}")
    unknown = set(item) - {"name", "role", "titles", "office"}
    if unknown:
        raise SidecarError(f"{where}: unknown contributor key {sorted(unknown)[0]!r}")
    name, role = item.get("name"), item.get("role")
    if not isinstance(name, str) or not name.strip():
        raise SidecarError(f"{where}: a contributor needs a 'name'")
    if role not in ROLES:
        raise SidecarError(
            f"{where}: contributor {name!r} has role {role!r}; use one of {', '.join(ROLES)}"
        )
    titles, office = item.get("titles", ""), item.get("office", "")
    if not isinstance(titles, str) or not isinstance(office, str):
        raise SidecarError(f"{where}: 'titles' and 'office' of {name!r} must be strings")
    # "Prof. Dr. Anna Berg, MdB" in the name field still gives a plain name.
    person = split_person(name)
    return SidecarCredit(person.name, str(role), titles or person.titles, office or person.office)


_RANGE = re.compile(r"^(\d+)\s*[-–]\s*(\d+)$")


def parse_pages(value: Any, where: str = "pages") -> tuple[str, ...]:
    """Printed page labels from "3-4", "3, 5-6", 7 or a list of those."""
    items: list[Any] = value if isinstance(value, list) else [value]
    labels: list[str] = []
    for item in items:
        if isinstance(item, bool) or not isinstance(item, (int, str)):
            raise SidecarError(f'{where}: pages must be numbers or strings like "3-4, 7"')
        for part in str(item).split(","):
            part = part.strip()
            if not part:
                continue
            span = _RANGE.match(part)
            if span:
                first, last = int(span.group(1)), int(span.group(2))
                if last < first or last - first > 500:
                    raise SidecarError(f"{where}: page range {part!r} runs backwards or too far")
                labels += [str(n) for n in range(first, last + 1)]
            else:
                labels.append(part)
    if not labels:
        raise SidecarError(f"{where}: 'pages' is empty")
    return tuple(dict.fromkeys(labels))


def apply_sidecar(
    sidecar: Sidecar | None,
    pages: Sequence[PageText],
    credits: Sequence[Credit],
    topics: Mapping[int, Sequence[str]],
) -> tuple[list[Credit], dict[int, tuple[str, ...]]]:
    """Detected credits and topics (PDF page -> names) with the editor's corrections applied.

    Printed pages are mapped to PDF pages through `PageText.label`; a printed page the PDF
    does not have raises SidecarError.
    """
    new_topics = {number: tuple(names) for number, names in topics.items()}
    if sidecar is None:
        return list(credits), new_topics
    by_label = {page.label: page.number for page in pages if page.label is not None}
    # page -> roles whose detection the corrections replace (None: every role)
    overridden: dict[int, set[str] | None] = {}
    added: list[Credit] = []
    for article in sidecar.articles:
        span = _pdf_pages(sidecar, article, by_label)
        if article.topics is not None:
            for number in span:
                new_topics[number] = article.topics
        if article.contributors is None:
            continue
        roles: set[str] | None = {c.role for c in article.contributors} or None
        for number in span:
            if number in overridden:
                before = overridden[number]
                overridden[number] = None if before is None or roles is None else before | roles
            else:
                overridden[number] = roles
        added += [Credit(c.name, c.role, span, c.titles, c.office) for c in article.contributors]

    kept: list[Credit] = []
    for credit in credits:
        remaining = tuple(
            p
            for p in credit.pages
            if p not in overridden or not _replaced(overridden[p], credit.role)
        )
        if remaining:
            kept.append(_with_pages(credit, remaining))
    return _merge_credits(kept + added), new_topics


def _pdf_pages(
    sidecar: Sidecar, article: SidecarArticle, by_label: Mapping[str, int]
) -> tuple[int, ...]:
    """The PDF pages of an `[[article]]`'s printed pages; one the PDF lacks raises SidecarError."""
    numbers: list[int] = []
    for label in article.pages:
        if label not in by_label:
            name = f" ({article.title})" if article.title else ""
            raise SidecarError(
                f"{sidecar.source}: article{name} names printed page "
                f"{label}, which the PDF does not have"
            )
        numbers.append(by_label[label])
    return tuple(sorted(numbers))


def apply_sidecar_articles(
    sidecar: Sidecar | None,
    pages: Sequence[PageText],
    articles: Sequence[Article],
    credits: Sequence[Credit],
) -> list[Article]:
    """Detected articles with the editor's `[[article]]` tables put in their place.

    An editor's article replaces every detected article that shares a page with it (a detected
    article the editor splits or joins does not survive in part). Its title is the editor's
    (the detected one where the table has none); its rubric and lead are those detected on its
    first page; its people come from `credits`, which already carry the corrections.
    """
    if sidecar is None or not sidecar.articles:
        return list(articles)
    by_label = {page.label: page.number for page in pages if page.label is not None}
    detected_at = {number: article for article in articles for number in article.pages}
    edited: list[Article] = []
    claimed: set[int] = set()
    for table in sidecar.articles:
        span = tuple(
            number for number in _pdf_pages(sidecar, table, by_label) if number not in claimed
        )
        if not span:
            continue
        claimed.update(span)
        detected = detected_at.get(span[0])
        title = table.title or (detected.title if detected else "")
        rubric = detected.rubric if detected else None
        lead = detected.lead if detected and detected.first_page == span[0] else None
        edited.append(make_article(title, span, credits, rubric, lead))
    kept = [article for article in articles if not claimed & set(article.pages)]
    return sorted(kept + edited, key=lambda article: article.first_page)


def _replaced(roles: set[str] | None, role: str) -> bool:
    return roles is None or role in roles


def _with_pages(credit: Credit, pages: tuple[int, ...]) -> Credit:
    return Credit(credit.name, credit.role, pages, credit.titles, credit.office)


def _merge_credits(credits: Sequence[Credit]) -> list[Credit]:
    merged: dict[tuple[str, str], Credit] = {}
    for credit in credits:
        key = (name_key(credit.name), credit.role)
        if key in merged:
            first = merged[key]
            merged[key] = Credit(
                first.name,
                first.role,
                tuple(sorted(set(first.pages) | set(credit.pages))),
                first.titles or credit.titles,
                first.office or credit.office,
            )
        else:
            merged[key] = _with_pages(credit, tuple(sorted(set(credit.pages))))
    return sorted(merged.values(), key=lambda c: (c.pages[0], c.role, name_key(c.name)))
