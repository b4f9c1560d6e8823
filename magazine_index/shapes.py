"""What answers look like: the JSON of `--json` and of the web API, page references, citations.

Built once here, so the command line and the web page give the same answers (the web API
returns exactly the CLI's `--json`). Plain data in, plain data out; nothing prints.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from .models import Hit, Magazine
from .search import SearchResult, Source, pdf_link, plain
from .text import escape_controls

if TYPE_CHECKING:  # records a search never builds (`models.py`)
    from .models import ArticleEntry, ContributorEntry, PageRef, TopicEntry

UNKNOWN_SPEAKER = "Unknown speaker"


# -- page references ---------------------------------------------------------------------------


def reference(hit: Hit | PageRef) -> str:
    """How a reader finds the page: "p. 7 (PDF 8)", "p. 3" or "PDF p. 1 (no printed number)"."""
    if hit.page_label is None:
        return f"PDF p. {hit.page} (no printed number)"
    if hit.page_label == str(hit.page):
        return f"p. {hit.page}"
    return f"p. {hit.page_label} (PDF {hit.page})"


def cited_page(hit: Hit | PageRef) -> str:
    """The page as a citation gives it: "p. 7 (PDF 8)", or "PDF p. 1" with no printed number."""
    return f"p. {hit.page_label} (PDF {hit.page})" if hit.page_label else f"PDF p. {hit.page}"


def refs_text(refs: Iterable[PageRef]) -> str:
    """Page references per magazine, runs of printed pages joined: "issue-27 pp. 3–5, 9"."""
    by_magazine: dict[str, list[PageRef]] = {}
    for ref in refs:
        by_magazine.setdefault(ref.magazine, []).append(ref)
    return "; ".join(f"{magazine} {page_runs(pages)}" for magazine, pages in by_magazine.items())


def page_runs(refs: Sequence[PageRef]) -> str:
    """Pages of one magazine, consecutive printed pages joined: "p. 2, pp. 5–7, PDF 16"."""
    runs: list[list[PageRef]] = []
    for ref in sorted(refs, key=lambda r: r.page):
        last = runs[-1][-1] if runs else None
        consecutive = (
            last is not None
            and ref.page == last.page + 1
            and (ref.page_label or "").isdigit()
            and (last.page_label or "").isdigit()
            and int(ref.page_label or 0) == int(last.page_label or 0) + 1
        )
        if consecutive:
            runs[-1].append(ref)
        else:
            runs.append([ref])
    parts = []
    for run in runs:
        first, last_ref = run[0], run[-1]
        if first.page_label is None:
            parts.append(f"PDF {first.page}")
        elif len(run) == 1:
            parts.append(f"p. {first.page_label}")
        else:
            parts.append(f"pp. {first.page_label}–{last_ref.page_label}")
    return ", ".join(parts)


# -- citations ---------------------------------------------------------------------------------


def citation(hit: Hit, source: Source) -> str:
    """A whole citation: for a quotation its speaker and words, then the article's authors
    and title, the magazine, its year, the printed page and the PDF page."""
    authors = " and ".join(source.authors)
    article = f"{authors}, " if authors and (source.article or hit.kind != "quote") else ""
    article += f"“{source.article}”, " if source.article else ""
    when = f" ({source.year})" if source.year else ""
    where = f"{article}{hit.title}{when}, {cited_page(hit)}."
    if hit.kind == "quote":
        return f"{hit.speaker or UNKNOWN_SPEAKER}: “{plain(hit.snippet)}” In: {where}"
    return where


def csl_item(hit: Hit, source: Source, number: int) -> dict[str, Any]:
    """A quotation as CSL-JSON (for Zotero and other reference managers)."""
    item: dict[str, Any] = {
        "id": f"{hit.magazine}-p{hit.page}-q{number}",
        "type": "article-magazine",
        "title": source.article or hit.title,
        "container-title": hit.title,
        "page": hit.page_label or str(hit.page),
        "URL": pdf_link(hit.file, hit.page),
        "note": f"{hit.speaker or UNKNOWN_SPEAKER}: “{plain(hit.snippet)}”",
    }
    if source.year:
        item["issued"] = {"date-parts": [[source.year]]}
    if source.authors:
        item["author"] = [csl_name(name) for name in source.authors]
    return item


def csl_json(hits: Sequence[Hit], sources: Sequence[Source]) -> list[dict[str, Any]]:
    return [
        csl_item(hit, source, number)
        for number, (hit, source) in enumerate(zip(hits, sources, strict=True), start=1)
    ]


def csl_name(name: str) -> dict[str, str]:
    # Imported here: compiling the name patterns took a tenth of a cold search's imports.
    from .analyze.names import PARTICLES, looks_like_person_name

    words = name.split()
    # The family name starts at the first particle after the given name ("von der Leyen"),
    # else it is the last word.
    start = next((i for i in range(1, len(words) - 1) if words[i] in PARTICLES), len(words) - 1)
    given, family = " ".join(words[:start]), " ".join(words[start:])
    if given and looks_like_person_name(name):
        return {"family": family, "given": given}
    return {"literal": name}  # a team: "Klasse 9b des Hansa-Gymnasiums"


# -- JSON shapes (README, "JSON output") -------------------------------------------------------


def to_json(data: Any) -> str:
    """JSON text as `--json` prints it, indented by two: letters as they are (ä, not
    \\u00e4), and always valid UTF-8: what a file name or a PDF holds that is not printable
    text is written as an escape (JSON escapes the rest of the controls itself)."""
    import json  # only for `--json` (`scan.META_TEXT`)

    return json.dumps(_printable(data), ensure_ascii=False, indent=2)


def _printable(data: Any) -> Any:
    if isinstance(data, str):
        return escape_controls(data, keep="\n\t")
    if isinstance(data, dict):
        return {key: _printable(value) for key, value in data.items()}
    if isinstance(data, (list, tuple)):
        return [_printable(value) for value in data]
    return data


def hit_json(hit: Hit) -> dict[str, Any]:
    return {
        "magazine": hit.magazine,
        "title": hit.title,
        "file": hit.file,
        "page": hit.page,
        "page_label": hit.page_label,
        "score": round(hit.score, 4),
        "snippet": plain(hit.snippet),
        "contributors": list(hit.contributors),
        "topics": list(hit.topics),
        "link": pdf_link(hit.file, hit.page),
        "kind": hit.kind,
        "article": hit.article,
        "text_source": hit.text_source,
        "ocr_confidence": hit.ocr_confidence,
    }


def search_json(result: SearchResult) -> dict[str, Any]:
    return {
        "query": result.query,
        "total": result.total,
        "hits": [hit_json(hit) for hit in result.hits],
        "suggestion": result.suggestion,
    }


def page_json(hit: Hit) -> dict[str, Any]:
    """One page (`show --json`): a hit with the page's whole text in place of the snippet."""
    data = hit_json(hit)
    data["text"] = data.pop("snippet")
    del data["score"]
    return data


def refs_json(refs: Iterable[PageRef]) -> list[dict[str, Any]]:
    return [{"magazine": r.magazine, "page": r.page, "page_label": r.page_label} for r in refs]


def contributors_json(entries: Iterable[ContributorEntry]) -> dict[str, Any]:
    return {
        "contributors": [
            {
                "name": e.name,
                "role": e.role,
                "titles": e.titles or None,
                "office": e.office or None,
                "pages": refs_json(e.pages),
            }
            for e in entries
        ]
    }


def topics_json(entries: Iterable[TopicEntry]) -> dict[str, Any]:
    return {
        "topics": [{"name": e.name, "kind": e.kind, "pages": refs_json(e.pages)} for e in entries]
    }


def quotes_json(hits: Iterable[Hit]) -> dict[str, Any]:
    return {
        "quotes": [
            {
                "text": plain(h.snippet),
                "speaker": h.speaker,
                "magazine": h.magazine,
                "title": h.title,
                "page": h.page,
                "page_label": h.page_label,
                "link": pdf_link(h.file, h.page),
            }
            for h in hits
        ]
    }


def magazines_json(magazines: Iterable[Magazine]) -> dict[str, Any]:
    return {
        "magazines": [
            {
                "id": m.id,
                "title": m.title,
                "file": m.file,
                "pages": m.pages,
                "pages_without_text": m.pages_without_text,
                "year": m.year,
                "ocr_pages": list(m.ocr_pages),
            }
            for m in magazines
        ]
    }


def article_json(entry: ArticleEntry) -> dict[str, Any]:
    article = entry.article
    return {
        "magazine": entry.magazine,
        "title": article.title,
        "rubric": article.rubric,
        "lead": article.lead,
        "first_page": article.first_page,
        "last_page": article.last_page,
        "first_page_label": entry.first_page_label,
        "last_page_label": entry.last_page_label,
        "authors": list(article.authors),
        "interviewees": list(article.interviewees),
        "interviewers": list(article.interviewers),
        "photographers": list(article.photographers),
    }


def articles_json(entries: Iterable[ArticleEntry]) -> dict[str, Any]:
    return {"articles": [article_json(e) for e in entries]}
