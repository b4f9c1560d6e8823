"""What one index worker does, measured alone: read, analyse and cache PDFs in one process.

Run `python bench/worker.py [--every 40] [--out bench/out]` from the repository root. It copies
the realistic corpus of `bench/run.py` (10,000 pages) and hands every Nth of its PDFs, largest
first, to the function the index's workers run (`indexer._prepare`: extraction by PDFium with
line styles, the detectors, the extraction cache), one after another, as a worker does. It
prints the CPU seconds this took and a digest of everything the worker hands back (each page's
text, credits, topics, articles, printed labels and quotations), so that two versions of the
code can be compared for speed and for giving the same answers.

The machines are shared, and the CPU time of one run varies by 10-20 % with the others' load.
For a figure that does not, count instructions: `valgrind --tool=callgrind
--callgrind-out-file=/dev/null python bench/worker.py --every 40` (about three minutes; compare
"Collected"), and subtract those of `--every 0`, which only imports and warms up.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from run import make_realistic_corpus, note  # noqa: E402 (bench/ is this script's folder)

import magazine_index.extract  # noqa: E402, F401 (loaded before timing, as a worker has it)
from magazine_index import indexer  # noqa: E402 (path set above)
from magazine_index.analyze.pipeline import warm_up  # noqa: E402 (path set above)

PAGES = 10_000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--every", type=int, default=40, help="every Nth PDF (0: none)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    args = parser.parse_args(argv)
    corpus = make_realistic_corpus(args.out / f"realistic-{PAGES}", PAGES)
    files = sorted(corpus.files, key=lambda path: (-path.stat().st_size, path.name))
    chosen = files[:: args.every] if args.every > 0 else []
    warm_up()
    digest = hashlib.sha256()
    pages = 0
    with tempfile.TemporaryDirectory() as cache:
        tasks = [
            indexer._Task(
                str(path),
                "",
                path.stem,
                path.stat().st_size,
                0.0,
                cache,
                None,
                None,
                "pdfium",
                None,
            )
            for path in chosen
        ]
        # As a worker: what it inherits is left out of collections, young objects are
        # collected every 10,000 allocations, and everything after each file (`workers.py`).
        gc.freeze()
        gc.set_threshold(10_000, 10, 10)
        start = time.process_time()
        for task in tasks:
            result = indexer._prepare(task)
            record = result.record
            answer = (
                [page.text for page in result.pages],
                record.credits,
                record.page_topics,
                record.articles,
                record.labels,
                result.quotes,
            )
            digest.update(repr(answer).encode())
            pages += len(result.pages)
            del result, record, answer
            gc.collect()
            gc.freeze()
        seconds = time.process_time() - start
    note(f"{len(tasks)} PDFs, {pages} pages: {seconds:.2f} CPU-s, digest {digest.hexdigest()[:16]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
