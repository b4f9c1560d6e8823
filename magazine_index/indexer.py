"""Index PDFs: find them, skip the unchanged, extract and analyse the rest in worker processes,
and write each magazine into the index as one unit.
"""

from __future__ import annotations

import gc
import gzip
import hashlib
import json
import logging
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from .analyze.folios import printed_labels
from .analyze.pipeline import analyse, warm_up
from .analyze.topics import Vocabulary
from .analyze.version import ANALYSIS_VERSION
from .errors import ExtractionError, MagazineIndexError, OcrUnavailableError
from .models import DEFAULT_EXTRACTOR, Magazine, PageText, Quote
from .scan import MAX_FILE_MB as MAX_FILE_MB
from .scan import FileState, file_hash, find_pdfs, sidecar_hash, sidecar_path, too_large
from .store import MagazineRecord, Store, StoreWriter
from .text import slugify
from .workers import Failed, run_all

if TYPE_CHECKING:
    from .extract import Extracted

log = logging.getLogger(__name__)

# Bump when extraction output changes, so cached pages of older versions are not reused. The
# cache file name also names the extractor, so pypdf's and PDFium's texts are never mixed.
# 3: line styles; 4: no control characters or surrogates, accents printed before letters
# composed; 5: PDFium reads the text, labels, outline and metadata by default.
EXTRACTION_VERSION = 5
# Commit after this many pages (or seconds), so an interrupted run keeps what it finished.
COMMIT_EVERY_PAGES = 2000
COMMIT_EVERY_SECONDS = 60.0
DEFAULT_TIMEOUT = 300.0


@dataclass
class IndexReport:
    """What an `index` run did."""

    indexed: list[str] = field(default_factory=list)
    unchanged: int = 0
    removed: list[str] = field(default_factory=list)
    """Magazines dropped by `prune` because their files are gone."""
    failed: list[tuple[str, str]] = field(default_factory=list)
    pages: int = 0
    pages_without_text: int = 0
    from_cache: int = 0
    warnings: list[str] = field(default_factory=list)
    """Folders skipped because they cannot be read."""
    files_without_text: list[str] = field(default_factory=list)
    """Files indexed with pages without text that OCR has not tried (`--ocr` reads them)."""
    ocr_pages: int = 0
    """Pages whose text was read by OCR, in this run or one before (from the cache)."""
    ocr_problems: list[tuple[str, str]] = field(default_factory=list)
    """Per file, one line on the pages OCR could not read."""
    ocr_unavailable: str | None = None
    """Why OCR was asked for and not run (Tesseract or a language missing)."""

    def retried(self, again: IndexReport) -> IndexReport:
        """This report with the files run `again` (e.g. with a password) counted as they went
        the second time."""
        retried = set(again.indexed) | {path for path, _ in again.failed}
        return IndexReport(
            indexed=self.indexed + again.indexed,
            unchanged=self.unchanged + again.unchanged,
            removed=self.removed,
            failed=[f for f in self.failed if f[0] not in retried] + again.failed,
            pages=self.pages + again.pages,
            pages_without_text=self.pages_without_text + again.pages_without_text,
            from_cache=self.from_cache + again.from_cache,
            warnings=self.warnings + again.warnings,
            files_without_text=self.files_without_text + again.files_without_text,
            ocr_pages=self.ocr_pages + again.ocr_pages,
            ocr_problems=self.ocr_problems + again.ocr_problems,
            ocr_unavailable=self.ocr_unavailable,
        )


@dataclass(frozen=True)
class _Task:
    path: str
    sha256: str
    magazine_id: str
    size: int
    mtime: float
    cache_dir: str
    sidecar_sha256: str | None
    vocabulary: Vocabulary | None
    extractor: str
    ocr_lang: str | None
    passwords: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Prepared:
    record: MagazineRecord
    pages: list[PageText]
    quotes: list[Quote]
    from_cache: bool
    ocr_problem: str | None


ProgressCallback = Callable[[str], None]


def index_paths(
    store: Store,
    paths: Sequence[Path],
    *,
    rebuild: bool = False,
    jobs: int | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    wait_seconds: float = 0.0,
    on_wait: Callable[[], None] | None = None,
    on_start: Callable[[int], None] | None = None,
    on_progress: ProgressCallback | None = None,
    vocabulary: Vocabulary | None = None,
    prune: bool = False,
    extractor: str = DEFAULT_EXTRACTOR,
    passwords: tuple[str, ...] = (),
    max_mb: float = MAX_FILE_MB,
    ocr_lang: str | None = None,
) -> IndexReport:
    """Bring the index up to date with the PDFs at `paths`.

    Unchanged files (same size and modification time, or same content hash) are skipped; a
    changed file replaces all its pages; `rebuild` re-analyses everything (extraction comes
    from the cache) and drops magazines not found again. `passwords` open encrypted files.
    With `ocr_lang` ("deu+eng"), pages without a text layer are read by Tesseract, also in
    files indexed before without it.
    """
    report = IndexReport()
    if ocr_lang is not None:
        # Imported here, before the workers fork: a run without OCR never loads PDFium,
        # Pillow and pytesseract.
        from .ocr import check_tesseract

        try:
            check_tesseract(ocr_lang)
        except OcrUnavailableError as exc:
            report.ocr_unavailable = str(exc)
            ocr_lang = None
    files, missing = find_pdfs(paths, report.warnings)
    report.failed.extend(missing)
    writer = store.writer(wait_seconds, on_wait)
    try:
        # Read the records under the lock, so a run that waited sees the other run's work.
        records = {} if rebuild else {r.magazine.id: r for r in store.records()}
        tasks = _plan(
            files, records, store, writer, report, vocabulary, extractor, ocr_lang, max_mb
        )
        tasks = [replace(task, passwords=passwords) for task in tasks]
        if prune:
            for record in records.values():
                if not Path(record.magazine.file).exists():
                    writer.delete_magazine(record.magazine.id)
                    report.removed.append(record.magazine.id)
        if on_start is not None:
            on_start(len(files))
        for _ in range(len(files) - len(tasks)):
            if on_progress is not None:
                on_progress("")
        last_commit = time.monotonic()
        if tasks:
            # Workers are forked from here and start with these compiled and imported; a run
            # with nothing to extract never loads the PDF libraries (a third of its time).
            warm_up(vocabulary)
            from . import extract  # noqa: F401
        # Largest files first, so no big file is left running alone at the end of the run.
        tasks.sort(key=lambda task: -task.size)
        results = run_all(_prepare, tasks, jobs or os.cpu_count() or 1, timeout, _describe)
        for task, result in results:
            if on_progress is not None:
                on_progress(task.path)
            if isinstance(result, Failed):
                report.failed.append((task.path, result.reason))
                continue
            writer.replace_magazine(result.record, result.pages, result.quotes)
            # The postings the writer holds until it commits are no garbage: left out of the
            # collector's passes, which went over all of them again and again (2 % of writing).
            gc.freeze()
            magazine = result.record.magazine
            report.indexed.append(task.path)
            report.pages += magazine.pages
            report.pages_without_text += magazine.pages_without_text
            report.from_cache += result.from_cache
            report.ocr_pages += len(magazine.ocr_pages)
            if magazine.pages_without_text and magazine.ocr_lang is None:
                report.files_without_text.append(task.path)
            if result.ocr_problem:
                report.ocr_problems.append((task.path, result.ocr_problem))
            due = time.monotonic() - last_commit > COMMIT_EVERY_SECONDS
            if not rebuild and (writer.pending_pages >= COMMIT_EVERY_PAGES or due):
                writer.commit()
                gc.unfreeze()
                writer = store.writer(max(wait_seconds, 60.0), on_wait)
                last_commit = time.monotonic()
        writer.commit(clear_others=rebuild)
    except OSError as exc:  # a full disk, a read-only folder: what the index wrote
        writer.cancel()
        store.remove_leftovers()
        raise store.write_error(exc) from None
    except BaseException:
        writer.cancel()
        raise
    finally:
        gc.unfreeze()
    store.write_file_list()
    return report


def _plan(
    files: list[Path],
    records: dict[str, MagazineRecord],
    store: Store,
    writer: StoreWriter,
    report: IndexReport,
    vocabulary: Vocabulary | None,
    extractor: str,
    ocr_lang: str | None,
    max_mb: float = MAX_FILE_MB,
) -> list[_Task]:
    """Decide per file: unchanged (skip), moved or touched (update its record), or (re)index."""
    by_path = {r.magazine.file: r for r in records.values()}
    by_hash = {r.magazine.sha256: r for r in records.values()}
    taken = set(records)
    tasks: list[_Task] = []
    for path in files:
        try:
            stat = path.stat()
            if too_large(stat.st_size, max_mb):
                report.failed.append((str(path), _too_large_reason(stat.st_size, max_mb)))
                continue
            sidecar_sha = sidecar_hash(path)
            known = by_path.get(str(path))
            if (
                known is not None
                and _state(known.magazine).unchanged(stat, sidecar_sha)
                and not _wants_ocr(known.magazine, ocr_lang)
            ):
                report.unchanged += 1
                continue
            # The content's hash finds an indexed file moved or touched. With none indexed, the
            # worker hashes the bytes it reads to extract them (each file hashed once, not
            # twice: 140 MB took the index process a third of a second).
            sha = file_hash(path) if by_hash else ""
            magazine_id = _magazine_id(path, sha, by_path, records, taken)
        except OSError as exc:
            report.failed.append((str(path), f"cannot read the file ({exc.strerror or exc})"))
            continue
        same = by_hash.get(sha)
        if (
            same is not None
            and same.magazine.sidecar_sha256 == sidecar_sha
            and same.magazine.analysis_version == ANALYSIS_VERSION
            and not _wants_ocr(same.magazine, ocr_lang)
            and (same.magazine.file == str(path) or not Path(same.magazine.file).exists())
        ):
            # The same content at the same place (touched) or at a new place (moved).
            moved = replace(same.magazine, file=str(path), size=stat.st_size, mtime=stat.st_mtime)
            same.magazine = moved
            writer.update_file(same)
            report.unchanged += 1
            continue
        taken.add(magazine_id)
        tasks.append(
            _Task(
                path=str(path),
                sha256=sha,
                magazine_id=magazine_id,
                size=stat.st_size,
                mtime=stat.st_mtime,
                cache_dir=str(store.cache_dir),
                sidecar_sha256=sidecar_sha,
                vocabulary=vocabulary,
                extractor=extractor,
                ocr_lang=ocr_lang,
            )
        )
    return tasks


def _state(magazine: Magazine) -> FileState:
    return FileState(
        magazine.file,
        magazine.size,
        magazine.mtime,
        magazine.sidecar_sha256,
        magazine.analysis_version,
    )


def _wants_ocr(magazine: Magazine, ocr_lang: str | None) -> bool:
    """Whether an indexed magazine has pages without text that OCR has not tried yet."""
    return (
        ocr_lang is not None and magazine.pages_without_text > 0 and magazine.ocr_lang != ocr_lang
    )


def _magazine_id(
    path: Path,
    sha: str,
    by_path: dict[str, MagazineRecord],
    records: dict[str, MagazineRecord],
    taken: set[str],
) -> str:
    """A slug of the file name; made unique with the content hash when another file has it."""
    known = by_path.get(str(path))
    if known is not None:
        return known.magazine.id
    slug = slugify(path.stem)
    other = records.get(slug)
    if slug not in taken or (other is not None and not Path(other.magazine.file).exists()):
        return slug
    return f"{slug}-{(sha or file_hash(path))[:8]}"


def _too_large_reason(size: int, max_mb: float) -> str:
    def shown(mib: float) -> str:
        return f"{mib / 1024:.1f} GiB" if mib >= 1024 else f"{mib:.0f} MiB"

    return (
        f"larger than the size limit ({shown(size / 2**20)} > {shown(max_mb)}); "
        "raise it with --max-size MB"
    )


def _prepare(task: _Task) -> _Prepared:
    """Worker: extract (or load from the cache) and analyse one PDF."""
    path = Path(task.path)
    data = None
    if not task.sha256:  # planned with nothing indexed to compare it with (`_plan`)
        data = path.read_bytes()
        task = replace(task, sha256=hashlib.sha256(data).hexdigest())
    extracted = _cached(task)
    from_cache = extracted is not None
    changed = not from_cache
    if extracted is None:
        from .extract import extract

        # What is parsed is what is hashed: a file that changed since it was planned has its
        # text stored under the hash of the bytes read, never under the old content's hash.
        if data is None:
            data = path.read_bytes()
            task = replace(task, sha256=hashlib.sha256(data).hexdigest())
        extracted = extract(path, task.passwords, data, extractor=task.extractor)
    del data
    ocr_problem = None
    if task.ocr_lang is not None:
        from .ocr import read_scanned_pages

        outcome = read_scanned_pages(path, extracted, task.ocr_lang, task.passwords)
        changed = changed or outcome.extracted != extracted
        extracted = outcome.extracted
        ocr_problem = "; ".join(outcome.problems) or None
    if changed:
        _save_cache(task, extracted)
    labels = printed_labels(extracted.texts, extracted.pdf_labels)
    pages = extracted.pages(labels)
    sidecar = sidecar_path(path) if task.sidecar_sha256 else None
    analysis = analyse(pages, extracted.outline, sidecar, task.vocabulary)
    magazine = Magazine(
        id=task.magazine_id,
        title=extracted.title or path.stem,
        file=task.path,
        sha256=task.sha256,
        size=task.size,
        mtime=task.mtime,
        pages=len(pages),
        pages_without_text=sum(1 for page in pages if not page.text.strip()),
        year=extracted.year,
        outline=extracted.outline,
        sidecar_sha256=task.sidecar_sha256,
        analysis_version=ANALYSIS_VERSION,
        ocr_pages=tuple(page.number for page in pages if page.text_source == "ocr"),
        ocr_lang=task.ocr_lang or next((p.ocr.lang for p in pages if p.ocr is not None), None),
    )
    record = MagazineRecord(
        magazine,
        labels,
        analysis.credits,
        analysis.page_topics,
        analysis.articles,
        analysis.topic_kinds,
    )
    # The index process writes the pages' text; their line styles, which the detectors read,
    # stay here (two thirds of the bytes sent back, and of the time pickling them).
    written = [replace(page, styles=()) for page in pages]
    return _Prepared(record, written, analysis.quotes, from_cache, ocr_problem)


def _cache_file(task: _Task) -> Path:
    return Path(task.cache_dir) / f"{task.sha256}.{task.extractor}.v{EXTRACTION_VERSION}.json.gz"


def _cached(task: _Task) -> Extracted | None:
    from .extract import Extracted

    try:
        with gzip.open(_cache_file(task), "rt", encoding="utf-8") as stream:
            return Extracted.from_json(json.load(stream))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, EOFError):
        log.warning("%s: ignoring a damaged cache entry", task.path)
        return None


def _save_cache(task: _Task, extracted: Extracted) -> None:
    target = _cache_file(task)
    try:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        with gzip.open(tmp, "wt", encoding="utf-8", compresslevel=3) as stream:
            # One string from the C encoder: `json.dump` encodes piece by piece in Python
            # (2.5 times slower, for the same text). Plain data holds no cycles: not looking
            # for them saves a twentieth of encoding (a dict entry for each line's style).
            stream.write(json.dumps(extracted.to_json(), check_circular=False))
        os.replace(tmp, target)
    except OSError as exc:  # a full disk costs the cache, not the run
        log.warning("%s: could not cache the extracted text (%s)", task.path, exc)


def _describe(exc: BaseException) -> str:
    if isinstance(exc, ExtractionError):
        return exc.reason
    if isinstance(exc, MagazineIndexError):
        return str(exc)
    if isinstance(exc, OSError):
        return f"cannot read the file ({exc.strerror or exc})"
    if isinstance(exc, MemoryError):
        return "ran out of memory"
    return f"unexpected error ({type(exc).__name__}: {exc})"
