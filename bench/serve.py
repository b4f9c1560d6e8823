"""Speed of `magazine-index serve` at 10,000 pages: search pages and page images over HTTP.

Run `python bench/serve.py [--pages 10000] [--out bench/out]`. It generates the corpus as
`bench/run.py` does (cached in the output folder, shared with it), indexes it once (the index
is kept in `<out>/serve-<pages>/` and reused while the corpus is unchanged), starts the real
waitress server on a free port and times requests made over HTTP from this process:

- a search page (the HTML of `/?q=…`), warm: after one request of each query;
- a page image, the first time (drawn by PDFium, written to the cache) and again (from the
  cache), each for pages not asked for before; the page-image cache is emptied first.

Prints each figure beside its target; nothing asserts timings.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Callable, Sequence
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH.parent), str(BENCH)]

from run import SEED, _plan_sizes, cli_command, make_corpus, note, percentile  # noqa: E402

QUERIES = ["Europa", "partnership", "Städtepartnerschaft", '"city council"', "Ausbildung"]
SEARCH_REPEATS = 20
IMAGE_PAGES = 20
TARGETS = {"search page": 0.150, "page image, first": 0.200, "page image, cached": 0.020}


def build_index(corpus_folder: Path, files: Sequence[Path], index_dir: Path) -> None:
    """Index the corpus once; a kept index of the same corpus and schema is reused, and one of
    an older schema is rebuilt from its extraction cache."""
    from magazine_index.store import SCHEMA_VERSION

    stamp = index_dir / "bench-corpus.json"
    wanted = {"files": [f.name for f in files], "schema_version": SCHEMA_VERSION}
    try:
        kept = json.loads(stamp.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        kept = None
    if kept == wanted:
        note(f"index {index_dir}: reused")
        return
    same_corpus = isinstance(kept, dict) and kept.get("files") == wanted["files"]
    if not same_corpus:
        shutil.rmtree(index_dir, ignore_errors=True)
    rebuild = ["--rebuild"] if same_corpus else []
    note(f"indexing {len(files)} PDFs into {index_dir} {' '.join(rebuild)}...")
    start = time.perf_counter()
    subprocess.run(
        [*cli_command(), "--index-dir", str(index_dir), "index", *rebuild, str(corpus_folder)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    note(f"  indexed in {time.perf_counter() - start:.1f} s")
    stamp.write_text(json.dumps(wanted), encoding="utf-8")


def fetch(url: str) -> float:
    start = time.perf_counter()
    with urllib.request.urlopen(url, timeout=60) as response:
        response.read()
        if response.status != 200:
            raise RuntimeError(f"{url}: HTTP {response.status}")
    return time.perf_counter() - start


def call(function: Callable[..., object], *args: object) -> float:
    start = time.perf_counter()
    function(*args)
    return time.perf_counter() - start


def timed(urls: Sequence[str]) -> list[float]:
    return [fetch(url) for url in urls]


def show(rows: list[tuple[str, list[float]]]) -> str:
    lines = [f"{'figure':40} {'median':>9} {'p95':>9} {'runs':>5}  target"]
    for name, times in rows:
        target = TARGETS.get(name)
        median = statistics.median(times)
        verdict = "" if target is None else ("ok" if median < target else "MISSED")
        target_text = f"< {target * 1000:.0f} ms {verdict}" if target else ""
        lines.append(
            f"{name:40} {median * 1000:7.1f}ms {percentile(times, 0.95) * 1000:7.1f}ms "
            f"{len(times):5}  {target_text}"
        )
    return "\n".join(lines)


def benchmark(pages: int, out: Path) -> str:
    from magazine_index.render import render_page_png
    from magazine_index.search import Searcher
    from magazine_index.store import Store
    from magazine_index.web import IMAGE_WIDTHS, address, make_server

    corpus = make_corpus(
        out / f"corpus-{pages}", f"mag{pages}", _plan_sizes(pages, random.Random(SEED))
    )
    index_dir = out / f"serve-{pages}" / "index"
    build_index(corpus.folder, corpus.files, index_dir)
    shutil.rmtree(index_dir / "page-images", ignore_errors=True)
    magazines = Store.open(index_dir).magazines()

    server = make_server(index_dir, port=0)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = address(server)
    try:
        search_urls = [f"{base}?{urllib.parse.urlencode({'q': q})}" for q in QUERIES]
        with Searcher(Store.open(index_dir)) as searcher:
            for query, url in zip(QUERIES, search_urls, strict=True):  # warm-up: each once
                searcher.search(query, limit=10)
                fetch(url)
            # The page and the bare library call, taking turns: the machine's load drifts.
            search, library = [], []
            for n in range(SEARCH_REPEATS):
                search.append(fetch(search_urls[n % len(QUERIES)]))
                library.append(call(searcher.search, QUERIES[n % len(QUERIES)]))
        page_view = timed([f"{base}m/{m.id}/1?q=Europa" for m in magazines[:SEARCH_REPEATS]])

        rng = random.Random(SEED)
        chosen = rng.sample(magazines, IMAGE_PAGES)
        picks = [(m, rng.randint(1, m.pages)) for m in chosen]
        image_urls = [f"{base}m/{m.id}/{page}/page.png" for m, page in picks]
        thumb_urls = [f"{base}m/{m.id}/1/thumb.png" for m in chosen]
        first = timed(image_urls)
        cached = timed(image_urls)
        drawing = [call(render_page_png, m.file, page, IMAGE_WIDTHS["page"]) for m, page in picks]
        thumb_first = timed(thumb_urls)
        thumb_cached = timed(thumb_urls)
    finally:
        server.task_dispatcher.shutdown()  # its threads first, then the listening socket
        server.close()
    header = (
        f"serve at {corpus.pages:,} pages ({len(magazines)} PDFs), over HTTP on this machine; "
        "times per request"
    )
    rows: list[tuple[str, list[float]]] = [
        ("search page", search),
        ("  Searcher.search alone (same queries)", library),
        ("page view (HTML, marks)", page_view),
        ("page image, first", first),
        ("  render_page_png alone (same pages)", drawing),
        ("page image, cached", cached),
        ("thumbnail, first", thumb_first),
        ("thumbnail, cached", thumb_cached),
    ]
    return header + "\n" + show(rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--out", type=Path, default=BENCH / "out")
    args = parser.parse_args(argv)
    print(benchmark(args.pages, args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
