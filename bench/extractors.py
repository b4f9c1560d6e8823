"""PDFium against pypdf, per file: speed, text, and whether searches find the same pages.

Run `python bench/extractors.py [PDF...]` from the repository root (default: the PDFs in
`../shared/real-pdfs/`, `../shared/real-magazines/` and `samples/`). For each file it prints

- pages/s of `extract(path, extractor=...)` for each extractor, in this process, one core;
- whether page labels, outline, title and year are the same (else which differ);
- how many of pypdf's words PDFium's text has too, and the other way round (a multiset of
  words per page, so a word split in two or moved to another page counts as missing);
- for a file with a `*.truth.json` beside it that lists `search_terms` (each with the pages
  `pdfgrep -i -n -F` finds it on): how many terms a real index built with each extractor
  finds on exactly pdfgrep's pages, and the terms where the two extractors' pages differ.

Search runs through the library (`Store`, `index_paths`, `Searcher`) into a temporary index per
extractor, with one job, so the figures do not depend on the machine's other load.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from magazine_index.errors import MagazineIndexError  # noqa: E402 (path set above)
from magazine_index.extract import Extracted, extract  # noqa: E402 (path set above)
from magazine_index.indexer import index_paths  # noqa: E402 (path set above)
from magazine_index.models import EXTRACTORS  # noqa: E402 (path set above)
from magazine_index.search import Searcher  # noqa: E402 (path set above)
from magazine_index.store import Store  # noqa: E402 (path set above)

SHARED = ROOT.parent / "shared"
DEFAULT_FOLDERS = (SHARED / "real-pdfs", SHARED / "real-magazines", ROOT / "samples")
# Time each extraction for at least this long (small files are repeated), so that a one-page
# file's figure is not one timer tick.
MIN_SECONDS = 0.3
# More hits than any file has pages: a search must return every matching page.
SEARCH_LIMIT = 10_000


def default_files() -> list[Path]:
    return [
        pdf for folder in DEFAULT_FOLDERS if folder.is_dir() for pdf in sorted(folder.glob("*.pdf"))
    ]


def pages_per_second(path: Path, extractor: str) -> tuple[float, Extracted]:
    """Pages per second of one extractor on one file, and what it extracted."""
    runs, pages, started = 0, 0, time.perf_counter()
    while True:
        extracted = extract(path, extractor=extractor)
        runs += 1
        pages += len(extracted.texts)
        if time.perf_counter() - started >= MIN_SECONDS:
            return pages / (time.perf_counter() - started), extracted


def other_metadata(ours: Extracted, theirs: Extracted) -> str:
    """Which of page labels, outline, title and year differ ("same" where none does)."""
    differ = [
        name
        for name, mine, other in (
            ("labels", ours.pdf_labels, theirs.pdf_labels),
            ("outline", ours.outline, theirs.outline),
            ("title", ours.title, theirs.title),
            ("year", ours.year, theirs.year),
        )
        if mine != other
    ]
    return ",".join(differ) or "same"


def shared_words(ours: Sequence[str], theirs: Sequence[str]) -> float:
    """The share of `theirs`' words (per page, as a multiset) that `ours` has on the same page."""
    total = found = 0
    for mine, other in zip(ours, theirs, strict=True):
        want = Counter(re.findall(r"\w+", other.lower()))
        have = Counter(re.findall(r"\w+", mine.lower()))
        total += sum(want.values())
        found += sum((want & have).values())
    return found / total if total else 1.0


def search_terms(pdf: Path) -> list[dict[str, Any]]:
    truth = pdf.with_name(pdf.name.removesuffix(".pdf") + ".truth.json")
    if not truth.is_file():
        return []
    terms: list[dict[str, Any]] = json.loads(truth.read_text(encoding="utf-8")).get(
        "search_terms", []
    )
    return terms


def pages_found(searcher: Searcher, magazine: str, term: str) -> list[int]:
    # A term of several words is searched as a phrase, as pdfgrep -F matches it.
    query = f'"{term}"' if " " in term else term
    hits = searcher.search(query, magazine=magazine, limit=SEARCH_LIMIT).hits
    return sorted({hit.page for hit in hits if hit.kind == "page"})


def build_index(files: list[Path], extractor: str, folder: Path) -> dict[Path, str]:
    """A real index of `files` read with `extractor`; the magazine id of each file."""
    store = Store.create_or_open(folder)
    report = index_paths(store, files, jobs=1, extractor=extractor)
    for path, reason in report.failed:
        print(f"  ({extractor}: {Path(path).name} not indexed: {reason})", file=sys.stderr)
    return {Path(m.file): m.id for m in Store.open(folder).magazines()}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdfs", nargs="*", type=Path, help="PDFs (default: the three corpora)")
    args = parser.parse_args(argv)
    files = [p.resolve() for p in (args.pdfs or default_files())]
    speeds: dict[str, dict[Path, float]] = {e: {} for e in EXTRACTORS}
    extracted: dict[str, dict[Path, Extracted]] = {e: {} for e in EXTRACTORS}
    readable: list[Path] = []
    for path in files:
        try:
            for extractor in EXTRACTORS:
                speeds[extractor][path], extracted[extractor][path] = pages_per_second(
                    path, extractor
                )
        except MagazineIndexError as exc:
            print(f"{path.name}: skipped ({exc})")
            continue
        readable.append(path)

    found: dict[str, dict[tuple[Path, str], list[int]]] = {e: {} for e in EXTRACTORS}
    with_terms = [path for path in readable if search_terms(path)]
    with tempfile.TemporaryDirectory() as tmp:
        for extractor in EXTRACTORS:
            ids = build_index(with_terms, extractor, Path(tmp) / extractor)
            with Searcher(Store.open(Path(tmp) / extractor)) as searcher:
                for path in with_terms:
                    for term in search_terms(path):
                        key = (path, term["q"])
                        found[extractor][key] = (
                            pages_found(searcher, ids[path], term["q"]) if path in ids else []
                        )

    header = (
        f"{'file':38} {'pages':>5} {'pypdf p/s':>9} {'pdfium p/s':>10} {'x':>5} "
        f"{'labels etc.':>11} {'words kept':>10} {'words extra':>11} {'terms = pdfgrep':>15}"
    )
    print(header)
    print("-" * len(header))
    total_pages = 0
    seconds = {e: 0.0 for e in EXTRACTORS}
    equal_terms = {e: 0 for e in EXTRACTORS}
    all_terms = 0
    differences: list[str] = []
    for path in readable:
        texts = {e: extracted[e][path].texts for e in EXTRACTORS}
        pages = len(texts["pypdf"])
        total_pages += pages
        for extractor in EXTRACTORS:
            seconds[extractor] += pages / speeds[extractor][path]
        kept = shared_words(texts["pdfium"], texts["pypdf"])
        extra = shared_words(texts["pypdf"], texts["pdfium"])
        metadata = other_metadata(extracted["pdfium"][path], extracted["pypdf"][path])
        terms = search_terms(path)
        same = {
            e: sum(found[e][(path, t["q"])] == sorted(t["pages"]) for t in terms)
            for e in EXTRACTORS
        }
        for extractor in EXTRACTORS:
            equal_terms[extractor] += same[extractor]
        all_terms += len(terms)
        term_column = (
            f"{same['pypdf']:>2} / {same['pdfium']:>2} of {len(terms):>2}" if terms else ""
        )
        print(
            f"{path.name[:38]:38} {pages:>5} {speeds['pypdf'][path]:>9.0f} "
            f"{speeds['pdfium'][path]:>10.0f} "
            f"{speeds['pdfium'][path] / speeds['pypdf'][path]:>5.1f} "
            f"{metadata:>11} {kept:>10.1%} {1 - extra:>11.1%} {term_column:>15}"
        )
        for term in terms:
            by = {e: found[e][(path, term["q"])] for e in EXTRACTORS}
            if by["pypdf"] != by["pdfium"]:
                differences.append(
                    f"  {path.name}: {term['q']!r}: pdfgrep {sorted(term['pages'])}, "
                    f"pypdf {by['pypdf']}, pdfium {by['pdfium']}"
                )
    print("-" * len(header))
    rates = {e: total_pages / seconds[e] for e in EXTRACTORS}
    print(
        f"{'all files':38} {total_pages:>5} {rates['pypdf']:>9.0f} {rates['pdfium']:>10.0f} "
        f"{rates['pdfium'] / rates['pypdf']:>5.1f} {'':>11} {'':>10} {'':>11} "
        f"{equal_terms['pypdf']:>2} / {equal_terms['pdfium']:>2} of {all_terms:>2}"
    )
    print(
        "\nlabels etc.: page labels, outline, title and year; which differ between the two.\n"
        "words kept: share of pypdf's words (per page) in PDFium's text; words extra: share "
        "of PDFium's words that pypdf's text lacks.\nterms = pdfgrep: search terms of the "
        "truth file found on exactly pdfgrep's pages (pypdf / pdfium)."
    )
    if differences:
        print("\nTerms where the two extractors find different pages:")
        print("\n".join(differences))
    return 0


if __name__ == "__main__":
    sys.exit(main())
