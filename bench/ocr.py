"""OCR on simulated scans: speed, character error rate, search, page labels and detectors.

Run `python bench/ocr.py` from the repository root (Tesseract with German and English
installed). It makes scans of the sample magazines (`samples/make_scans.py`: rendered, askew,
blurred, grey, noisy, JPEG, no text layer), indexes the digital samples and the scans (`--ocr`,
one worker, so the time is one core's), and prints each figure beside its target:

- pages per second per core: OCR'd pages over the CPU time of the run (Tesseract included);
- character error rate (CER): edit distance between each page's OCR text and the digital
  page's own text, over the digital text's length. Lines are paired with their closest
  counterpart first, so a running footer read before instead of after the body is not counted
  as errors (reading order is not what CER measures); unpaired lines count in full;
- search: queries made from the truth files (each contributor's name, the first words of each
  quotation, a few topic words) that find their page in the digital samples; page recall is
  the share of those pages found in the scans;
- printed labels: the share of numbered pages (truth label not null) whose label is right;
- detectors: contributors, quotations and topics on the OCR'd text against the truth, next to
  the digital text (the functions of `bench/accuracy.py`; labels and outline as there).

`python bench/ocr.py --real [--pages-per-file N]` does the speed and CER part for scans of the
real-world PDFs beside the repository (`../shared/real-pdfs`, `../shared/real-magazines`),
made in a temporary folder that is removed afterwards (those files are not ours).
"""

from __future__ import annotations

import argparse
import re
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rapidfuzz.distance import Levenshtein

ROOT = Path(__file__).resolve().parent.parent
for folder in (ROOT, ROOT / "samples", ROOT / "bench"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

import accuracy  # noqa: E402 (path set above)
from make_scans import REAL_FOLDERS, simulate_scan  # noqa: E402 (path set above)

from magazine_index.errors import QueryError  # noqa: E402 (path set above)
from magazine_index.extract import extract  # noqa: E402 (path set above)
from magazine_index.indexer import index_paths  # noqa: E402 (path set above)
from magazine_index.models import PageText  # noqa: E402 (path set above)
from magazine_index.ocr import DEFAULT_OCR_LANG, check_tesseract  # noqa: E402 (path set above)
from magazine_index.search import Searcher  # noqa: E402 (path set above)
from magazine_index.store import Store  # noqa: E402 (path set above)
from magazine_index.text import normalise  # noqa: E402 (path set above)

SAMPLES = sorted((ROOT / "samples").glob("*.pdf"))
TARGET_CER = 0.02
TARGET_RECALL = 0.95
TARGET_LABELS = 0.95
# Topic words searched in every sample (besides names and quotations from the truth).
TOPIC_QUERIES = ("Strukturwandel", "Partnerstadt", "funding", "Jugend", "climate", "Europe")
PHRASE_WORDS = 6
SEARCH_LIMIT = 200


# ---------------------------------------------------------------------------------------------
# Character error rate


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in normalise(text).splitlines() if line.strip()]


def char_errors(truth: str, read: str) -> tuple[int, int]:
    """(edit operations, truth characters) for one page, lines paired with their closest
    counterpart (see the module docstring)."""
    truth_lines, read_lines = _lines(truth), _lines(read)
    remaining = list(range(len(read_lines)))
    errors = 0
    for line in truth_lines:
        if not remaining:
            errors += len(line)
            continue
        best = min(remaining, key=lambda i: Levenshtein.normalized_distance(line, read_lines[i]))
        distance = Levenshtein.distance(line, read_lines[best])
        if distance >= len(line):  # nothing in common: a missed line
            errors += len(line)
            continue
        errors += distance
        remaining.remove(best)
    errors += sum(len(read_lines[i]) for i in remaining)
    return errors, sum(len(line) for line in truth_lines)


# ---------------------------------------------------------------------------------------------
# Indexing


@dataclass
class Run:
    store: Store
    pages: int
    ocr_pages: int
    wall: float
    cpu: float
    problems: list[tuple[str, str]]


def _cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def index_folder(pdfs: Sequence[Path], folder: Path, ocr_lang: str | None, jobs: int) -> Run:
    store = Store.create_or_open(folder)
    cpu, start = _cpu_seconds(), time.perf_counter()
    report = index_paths(store, list(pdfs), jobs=jobs, timeout=3600, ocr_lang=ocr_lang)
    wall, cpu = time.perf_counter() - start, _cpu_seconds() - cpu
    if report.failed or report.ocr_unavailable:
        raise SystemExit(f"indexing failed: {report.failed} {report.ocr_unavailable}")
    return Run(store, report.pages, report.ocr_pages, wall, cpu, report.ocr_problems)


def page_texts(store: Store, magazine: str) -> tuple[list[str], list[str | None]]:
    with Searcher(store) as searcher:
        record = searcher.record(magazine)
        assert record is not None, magazine
        texts = [
            searcher.page(magazine, pdf_page=n).snippet for n in range(1, record.magazine.pages + 1)
        ]
        return texts, list(record.labels)


# ---------------------------------------------------------------------------------------------
# Search cases


def _phrase(text: str) -> str | None:
    words = re.findall(r"\w+", text)[:PHRASE_WORDS]
    return '"' + " ".join(words) + '"' if len(words) >= 2 else None


def search_cases(truth: dict[str, Any]) -> list[tuple[str, int]]:
    """(query, expected PDF page) from a truth file."""
    cases: list[tuple[str, int]] = []
    for page in truth["pages"]:
        queries = [_phrase(person["name"]) for person in page["contributors"]]
        queries += [_phrase(quote["text"]) for quote in page["quotes"]]
        cases.extend((query, page["page"]) for query in queries if query)
    return list(dict.fromkeys(cases))


def found_pages(store: Store, magazine: str, query: str) -> set[int]:
    with Searcher(store) as searcher:
        try:
            result = searcher.search(query, magazine=magazine, limit=SEARCH_LIMIT)
        except QueryError:  # a phrase of stop words only: not a case
            return set()
        return {hit.page for hit in result.hits}


def topic_cases(store: Store, magazine: str) -> list[tuple[str, int]]:
    """Topic words with every page the digital sample finds them on."""
    return [
        (query, page) for query in TOPIC_QUERIES for page in found_pages(store, magazine, query)
    ]


# ---------------------------------------------------------------------------------------------
# Report


def _share(right: int, total: int) -> float:
    return right / total if total else 1.0


def _mark(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def measure_samples(out: Path, jobs: int, lang: str) -> None:
    scans = out / "scans"
    scan_files = []
    for sample in SAMPLES:
        target = scans / f"{sample.stem}-scan.pdf"
        if not target.exists():
            simulate_scan(sample, target)
        scan_files.append(target)
    work = out / "work"
    shutil.rmtree(work, ignore_errors=True)
    digital = index_folder(SAMPLES, work / "digital", None, jobs)
    scanned = index_folder(scan_files, work / "scans", lang, jobs)
    print(f"OCR of {scanned.ocr_pages} scanned pages ({len(SAMPLES)} samples), {jobs} job(s):")
    print(
        f"  pages per second per core      {scanned.ocr_pages / scanned.cpu:.2f}"
        f"   (CPU {scanned.cpu:.0f} s; wall {scanned.wall:.0f} s,"
        f" {scanned.ocr_pages / scanned.wall:.2f} pages/s)"
    )
    for path, problem in scanned.problems:
        print(f"  ocr problem: {Path(path).name}: {problem}")

    errors = chars = 0
    labels_right = labels_total = 0
    cases_digital = cases_found = 0
    missed: list[str] = []
    detector_rows: list[tuple[str, str, str]] = []
    for sample in SAMPLES:
        magazine = sample.stem
        scan_id = f"{magazine}-scan"
        truth = accuracy.load_truth(sample.with_name(f"{magazine}.truth.json"))
        digital_texts, _ = page_texts(digital.store, magazine)
        scan_texts, scan_labels = page_texts(scanned.store, scan_id)
        page_errors = []
        for number, (truth_text, read) in enumerate(zip(digital_texts, scan_texts, strict=True), 1):
            e, c = char_errors(truth_text, read)
            errors, chars = errors + e, chars + c
            page_errors.append(f"{number}:{_share(e, c):.1%}")
        print(f"  {magazine}: CER per page " + " ".join(page_errors))
        for page in truth["pages"]:
            if page["page_label"] is not None:
                labels_total += 1
                labels_right += scan_labels[page["page"] - 1] == page["page_label"]
        for query, page in search_cases(truth) + topic_cases(digital.store, magazine):
            if page not in found_pages(digital.store, magazine, query):
                continue
            cases_digital += 1
            if page in found_pages(scanned.store, scan_id, query):
                cases_found += 1
            else:
                missed.append(f"{magazine} p{page}: {query}")
        _, outline = accuracy.load_sample(sample, truth)
        for label, texts in (("digital", digital_texts), ("scan", scan_texts)):
            pages = [
                PageText(p["page"], p["page_label"], texts[p["page"] - 1]) for p in truth["pages"]
            ]
            contributors = accuracy.contributor_scores(pages, outline, truth)
            topics = accuracy.topic_scores(pages, outline, truth)
            quotes = accuracy.quote_scores(pages, accuracy.truth_credits(truth), truth)
            detector_rows.append(
                (
                    f"{magazine} {label}",
                    f"{contributors[0]:.2f} / {contributors[1]:.2f}",
                    f"{quotes['precision']:.2f} / {quotes['recall']:.2f}   "
                    f"{topics[0]:.2f} / {topics[1]:.2f}",
                )
            )
    cer = _share(errors, chars)
    recall = _share(cases_found, cases_digital)
    labels = _share(labels_right, labels_total)
    cer_mark, recall_mark = _mark(cer <= TARGET_CER), _mark(recall >= TARGET_RECALL)
    print(f"  character error rate           {cer:.2%}  (target <= {TARGET_CER:.0%})  {cer_mark}")
    print(
        f"  search page recall             {recall:.3f}  ({cases_found} of {cases_digital} cases"
        f" passing on the digital samples; target >= {TARGET_RECALL})  {recall_mark}"
    )
    for case in missed:
        print(f"    missed: {case}")
    print(
        f"  printed labels right           {labels:.1%}  ({labels_right} of {labels_total} numbered"
        f" pages; target >= {TARGET_LABELS:.0%})  {_mark(labels >= TARGET_LABELS)}"
    )
    print("  detectors, precision / recall: contributors | quotations   topics")
    for name, contributors, rest in detector_rows:
        print(f"    {name:<34} {contributors} | {rest}")


def measure_real(pages_per_file: int, jobs: int, lang: str) -> None:
    sources = [
        p for folder in REAL_FOLDERS if folder.is_dir() for p in sorted(folder.glob("*.pdf"))
    ]
    if not sources:
        raise SystemExit("no real-world PDFs beside the repository (../shared/real-pdfs)")
    with tempfile.TemporaryDirectory(prefix="ocr-real-") as temporary:
        folder = Path(temporary)
        scans: list[Path] = []
        truths: dict[str, list[str]] = {}
        for source in sources:
            try:
                texts = extract(source).texts[:pages_per_file]
                target = folder / "scans" / f"{source.stem}.pdf"
                simulate_scan(source, target, pages=range(1, len(texts) + 1))
            except Exception as exc:  # noqa: BLE001 - encrypted or damaged: not part of the set
                print(f"  skipped {source.name}: {str(exc)[:80]}")
                continue
            scans.append(target)
            truths[target.stem] = list(texts)
        run = index_folder(scans, folder / "index", lang, jobs)
        print(f"OCR of {run.ocr_pages} scanned pages of {len(scans)} real-world PDFs:")
        print(f"  pages per second per core      {run.ocr_pages / run.cpu:.2f}")
        errors = chars = 0
        with Searcher(run.store) as searcher:
            ids = {Path(m.file).stem: m.id for m in searcher.store.magazines()}
        for stem, truth_texts in truths.items():
            texts, _ = page_texts(run.store, ids[stem])
            file_errors = file_chars = 0
            for truth_text, read in zip(truth_texts, texts, strict=True):
                e, c = char_errors(truth_text, read)
                file_errors, file_chars = file_errors + e, file_chars + c
            errors, chars = errors + file_errors, chars + file_chars
            print(f"  {stem:<40} CER {_share(file_errors, file_chars):6.2%}  ({file_chars} chars)")
        print(f"  character error rate, all      {_share(errors, chars):.2%}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "ocr")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    parser.add_argument("--lang", default=DEFAULT_OCR_LANG)
    parser.add_argument("--real", action="store_true", help="scans of the real-world PDFs")
    parser.add_argument("--pages-per-file", type=int, default=3, help="with --real")
    args = parser.parse_args(argv)
    check_tesseract(args.lang)
    if args.real:
        measure_real(args.pages_per_file, args.jobs, args.lang)
    else:
        measure_samples(args.out, args.jobs, args.lang)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
