"""OCR of scanned pages: real Tesseract on simulated scans of the sample magazine.

Tests that read pages need Tesseract with German and English and skip without it (one line
saying how to get it); the others (no Tesseract, the summary without --ocr, the cache format,
which pages are read) run everywhere.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytesseract
import pytest
from PIL import Image, ImageDraw

from magazine_index.errors import OcrUnavailableError
from magazine_index.extract import Extracted, extract
from magazine_index.models import LineStyle, OcrPage, OcrWord
from magazine_index.ocr import DEFAULT_OCR_LANG, check_tesseract, pages_to_read
from magazine_index.search import Searcher
from magazine_index.store import Store

from .conftest import REPO, SAMPLE_PDF, run, run_json
from .pdfs import encrypt, make_huge_image_pdf, make_image_only_pdf, make_pdf, make_scan_pdf


def _tesseract_missing() -> str | None:
    try:
        check_tesseract(DEFAULT_OCR_LANG)
    except OcrUnavailableError:
        return (
            "Tesseract with German and English is not installed: "
            "apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-deu"
        )
    return None


needs_tesseract = pytest.mark.skipif(
    _tesseract_missing() is not None, reason=_tesseract_missing() or ""
)


def _make_scans() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_scans", REPO / "samples" / "make_scans.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_scans"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


# Sample pages 8 and 9 (printed 7 and 8): Dvořáček's essay with "Strukturwandel", and a page
# with a running footer; two pages keep the OCR tests at a few seconds.
SCANNED_PAGES = (8, 9)


@pytest.fixture(scope="session")
def scan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A simulated scan (askew, blurred, grey, noisy, JPEG, no text) of two sample pages."""
    folder = tmp_path_factory.mktemp("scans")
    return _make_scans().simulate_scan(SAMPLE_PDF, folder / "scan.pdf", pages=SCANNED_PAGES)


@dataclass(frozen=True)
class OcrRuns:
    """One scan indexed without --ocr, with it, rebuilt with it, and again unchanged."""

    index_dir: Path
    outputs: list[str]
    """stdout of each run."""
    reads: list[int]
    """Pages Tesseract had read after each run."""


@pytest.fixture(scope="session")
def ocr_runs(scan: Path, tmp_path_factory: pytest.TempPathFactory) -> OcrRuns:
    """Tesseract runs behind a script that logs each call (the workers fork with it)."""
    if _tesseract_missing():
        pytest.skip(_tesseract_missing() or "")
    folder = tmp_path_factory.mktemp("ocr-index")
    log = folder / "tesseract-calls.log"
    script = folder / "tesseract"
    script.write_text(f'#!/bin/sh\necho "$@" >> {log}\nexec tesseract "$@"\n', encoding="utf-8")
    script.chmod(0o755)
    index_dir = folder / "index"
    outputs, reads = [], []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pytesseract.pytesseract, "tesseract_cmd", str(script))
        for args in ([], ["--ocr"], ["--rebuild", "--ocr"], ["--ocr"]):
            result = run("index", *args, scan, index_dir=index_dir)
            assert result.exit_code == 0, result.output
            outputs.append(result.stdout)
            reads.append(page_reads(log))
    return OcrRuns(index_dir, outputs, reads)


@pytest.fixture(scope="session")
def ocr_index(ocr_runs: OcrRuns) -> Path:
    return ocr_runs.index_dir


def page_reads(log: Path) -> int:
    """Calls that read an image (not --version or --list-langs)."""
    if not log.exists():
        return 0
    return sum("tessedit_create_tsv" in line for line in log.read_text().splitlines())


# -- without Tesseract -------------------------------------------------------------------------


def test_without_ocr_the_summary_names_files_with_pages_without_text(tmp_path: Path) -> None:
    make_image_only_pdf(tmp_path / "scanned-1998.pdf")
    make_pdf(tmp_path / "digital.pdf", [["Europe and its cities"]])
    result = run("index", tmp_path)
    assert result.exit_code == 0, result.output
    assert "2 without a text layer" in result.stdout
    assert "Pages without text in: scanned-1998.pdf; `index --ocr` reads them." in result.stdout
    assert "digital.pdf" not in result.stdout.split("Pages without text in:")[1]


def test_missing_tesseract_is_one_line_and_the_other_pages_are_indexed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", str(tmp_path / "no-tesseract"))
    make_image_only_pdf(tmp_path / "scanned.pdf")
    make_pdf(tmp_path / "digital.pdf", [["Europe and its cities"]])
    result = run("index", "--ocr", tmp_path)
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if line]
    assert lines == [
        "ocr: Tesseract is not installed, so pages without text were not read "
        "(install it: apt-get install tesseract-ocr tesseract-ocr-deu)"
    ]
    assert "Indexed 2 file(s)" in result.stdout
    assert run_json("search", "cities")["total"] == 1


@needs_tesseract
def test_a_missing_language_says_which_package_to_install(tmp_path: Path) -> None:
    make_image_only_pdf(tmp_path / "scanned.pdf")
    result = run("index", "--ocr-lang", "deu+xyz", tmp_path)
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        "ocr: Tesseract has no language 'xyz', so pages without text were not read "
        "(install it: apt-get install tesseract-ocr-xyz)"
    )
    assert "Indexed 1 file(s)" in result.stdout


def test_ocr_results_survive_the_extraction_cache() -> None:
    word = OcrWord("Strukturwandel", 72.5, 100.0, 160.25, 112.0, 96.5)
    extracted = Extracted(
        texts=("Strukturwandel", ""),
        styles=((LineStyle("Strukturwandel", 12.0, x=72.5),), ()),
        pdf_labels=None,
        outline=(),
        title=None,
        year=None,
        ocr=(OcrPage("deu+eng", 96.5, (word,), used=True), None),
    )
    assert Extracted.from_json(extracted.to_json()) == extracted


def test_only_pages_without_a_text_layer_or_with_noise_on_an_image_are_read(
    tmp_path: Path,
) -> None:
    photo = Image.new("L", (600, 850), 200)
    scan = make_scan_pdf(tmp_path / "scan.pdf", [photo], dpi=72)
    # A scan with a page number stamped as text: a few letters over a full-page image.
    stamped = tmp_path / "stamped.pdf"
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(stamped), pagesize=(600, 850), invariant=1)
    pdf.drawImage(ImageReader(photo), 0, 0, 600, 850)
    pdf.drawString(300, 20, "p. 7")
    pdf.showPage()
    pdf.drawString(300, 20, "p. 8")  # the same few letters on a page with no image
    pdf.showPage()
    pdf.save()
    digital = make_pdf(
        tmp_path / "digital.pdf", [["A page of ordinary text, well over the noise."]]
    )
    assert pages_to_read(scan, extract(scan), DEFAULT_OCR_LANG) == [1]
    assert pages_to_read(stamped, extract(stamped), DEFAULT_OCR_LANG) == [1]
    assert pages_to_read(digital, extract(digital), DEFAULT_OCR_LANG) == []
    tried = (OcrPage(DEFAULT_OCR_LANG, 0.0, (), False),)
    read = Extracted(("",), ((),), None, (), None, None, tried)
    assert pages_to_read(scan, read, DEFAULT_OCR_LANG) == []  # tried before: not again
    assert pages_to_read(scan, read, "eng") == [1]  # in other languages: again


# -- with Tesseract ----------------------------------------------------------------------------


@needs_tesseract
def test_scanned_pages_are_searchable_and_say_they_were_read_by_ocr(ocr_index: Path) -> None:
    found = run_json("search", "Strukturwandel", index_dir=ocr_index)
    assert [hit["page"] for hit in found["hits"]] == [1]
    hit = found["hits"][0]
    assert hit["text_source"] == "ocr"
    assert 80 <= hit["ocr_confidence"] <= 100
    text = run("search", "Strukturwandel", index_dir=ocr_index)
    assert "(text read by OCR, confidence" in text.stdout
    assert run_json("search", '"the same loss"', index_dir=ocr_index)["total"] == 1


@needs_tesseract
def test_magazines_lists_ocr_pages(ocr_index: Path) -> None:
    [magazine] = run_json("magazines", index_dir=ocr_index)["magazines"]
    assert magazine["ocr_pages"] == [1, 2]
    assert magazine["pages_without_text"] == 0
    assert "OCR on PDF pp. 1–2" in run("magazines", index_dir=ocr_index).stdout


@needs_tesseract
def test_printed_labels_are_read_from_the_scanned_running_footers(ocr_index: Path) -> None:
    pages = [run_json("show", "scan", "--pdf-page", str(n), index_dir=ocr_index) for n in (1, 2)]
    assert [page["page_label"] for page in pages] == ["7", "8"]


@needs_tesseract
def test_word_boxes_are_kept_in_points(ocr_index: Path) -> None:
    with Searcher(Store.open(ocr_index)) as searcher:
        words = searcher.page_words("scan", 1)
    assert len(words) > 200
    width, height = 595.3, 841.9  # A4 in points
    assert all(0 <= w.left < w.right <= width and 0 <= w.top < w.bottom <= height for w in words)
    [found] = [w for w in words if "Strukturwandel" in w.text]
    assert 5 < found.bottom - found.top < 20  # a line of body text, not the page


@needs_tesseract
def test_ocr_reads_pages_once_and_a_rebuild_takes_them_from_the_cache(ocr_runs: OcrRuns) -> None:
    without, first, rebuilt, unchanged = ocr_runs.outputs
    assert "2 without a text layer" in without and "`index --ocr` reads them" in without
    assert "0 without a text layer, 2 read by OCR" in first
    assert "2 read by OCR, 1 from the cache" in rebuilt
    assert "Unchanged, skipped: 1" in unchanged
    assert ocr_runs.reads == [0, 2, 2, 2]


@needs_tesseract
def test_unreadable_scans_end_as_one_line_each(tmp_path: Path) -> None:
    folder = tmp_path / "pdfs"
    folder.mkdir()
    picture = Image.new("L", (300, 420), 230)  # A6 at 72 dpi: a drawing, no letters
    ImageDraw.Draw(picture).ellipse((40, 60, 260, 360), fill=90)
    make_scan_pdf(folder / "picture.pdf", [picture], dpi=72)
    make_scan_pdf(folder / "one-pixel.pdf", [Image.new("L", (1, 1), 0)], dpi=72)
    make_huge_image_pdf(folder / "huge.pdf", 20_000)
    page = Image.new("L", (1240, 300), 255)
    ImageDraw.Draw(page).text((40, 100), "Partnerstadt Auenstadt", fill=0, font_size=60)
    make_scan_pdf(folder / "readable.pdf", [page], dpi=150)
    result = run("index", "--ocr", folder)
    assert result.exit_code == 0, result.output
    lines = sorted(line for line in result.stderr.splitlines() if line)
    assert lines == [
        f"ocr: {folder / 'huge.pdf'}: page 1 holds an image of about 20,000 x 20,000 pixels, "
        "too large to render",
        f"ocr: {folder / 'one-pixel.pdf'}: page 1 is too small to read (1 x 1 pt)",
        f"ocr: {folder / 'picture.pdf'}: no text recognised on page 1",
    ]
    assert "Indexed 4 file(s)" in result.stdout
    assert run_json("search", "Partnerstadt")["total"] == 1
    rebuilt = run("index", "--rebuild", folder)  # OCR tried them all: no hint to try it
    assert rebuilt.exit_code == 0, rebuilt.output
    assert "Pages without text" not in rebuilt.stdout
    assert "3 without a text layer, 1 read by OCR, 4 from the cache" in rebuilt.stdout


@needs_tesseract
def test_ocr_keeps_the_time_limit_per_file(scan: Path, tmp_path: Path) -> None:
    make_pdf(tmp_path / "digital.pdf", [["Europe and its cities"]])
    result = run("index", "--ocr", "--timeout", "1", "--jobs", "1", scan, tmp_path / "digital.pdf")
    assert result.exit_code == 1
    assert f"failed: {scan}: took longer than 1 s (time limit)" in result.stderr
    assert run_json("search", "cities")["total"] == 1


def _descendants(pid: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry.name))
    found: set[int] = set()
    todo = [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def _tesseracts(pids: set[int]) -> set[int]:
    """The Tesseracts reading a page among `pids` that still run (a zombie has stopped: an orphan
    waits there until a container's first process, which may never, collects it)."""
    running = set()
    for pid in pids:
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            continue
        name, state = stat.split("(", 1)[1].rsplit(")", 1)[0], stat.rsplit(")", 1)[1].split()[0]
        try:
            reading = b"tessedit_create_tsv" in Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            continue
        if name == "tesseract" and state != "Z" and reading:  # not `tesseract --version`
            running.add(pid)
    return running


@pytest.mark.slow
@needs_tesseract
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_ctrl_c_during_ocr_stops_tesseract_too(scan: Path, tmp_path: Path) -> None:
    process = _index_with_ocr(scan, tmp_path / "index")
    readers = _tesseracts_seen(process)
    os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C in a terminal does
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert "Interrupted" in stderr and "Traceback" not in stderr
    time.sleep(0.5)
    assert not _tesseracts(readers), "Tesseract kept reading after Ctrl-C"


@pytest.mark.slow
@needs_tesseract
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_run_that_ignores_ctrl_c_reads_on(scan: Path, tmp_path: Path) -> None:
    """A run started in a shell's background ignores Ctrl-C, and so do its Tesseracts: no file
    fails for a Ctrl-C that stops nothing else."""
    # `trap "" INT`: what a shell does to a command it starts in the background (`&`).
    process = _index_with_ocr(scan, tmp_path / "index", shell='trap "" INT; exec "$@"')
    _tesseracts_seen(process)
    os.killpg(process.pid, signal.SIGINT)
    stdout, stderr = process.communicate(timeout=120)
    assert process.returncode == 0, stderr
    assert "Failed: 0." in stdout and "read by OCR" in stdout


def _index_with_ocr(scan: Path, index_dir: Path, shell: str = "") -> subprocess.Popen[str]:
    """`index --ocr` of the scan, started in its own process group, as a terminal gives a
    command (through `sh -c shell` where given)."""
    command = [sys.executable, "-m", "magazine_index", "--index-dir", str(index_dir)]
    command += ["index", "--ocr", str(scan)]
    return subprocess.Popen(
        ["sh", "-c", shell, "sh", *command] if shell else command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def _tesseracts_seen(process: subprocess.Popen[str]) -> set[int]:
    """The Tesseracts reading a page for `process`, once one is seen (the test skips where the
    run ends first)."""
    deadline = time.monotonic() + 60
    readers: set[int] = set()
    while not readers and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.1)
        readers = _tesseracts(_descendants(process.pid))
    if not readers:
        pytest.skip("no Tesseract was seen running before the run ended")
    return readers


@needs_tesseract
def test_ocr_pages_get_line_styles_from_their_word_boxes(ocr_index: Path) -> None:
    [cached] = (ocr_index / "cache").glob("*.json.gz")
    with gzip.open(cached, "rt", encoding="utf-8") as stream:
        extracted = Extracted.from_json(json.load(stream))
    styles = {style.text: style for style in extracted.styles[0]}
    assert len(extracted.styles[0]) == len(extracted.texts[0].splitlines())
    headline = styles["From Coal to Code"]
    body = next(s for text, s in styles.items() if text.startswith("kitchen table in the middle"))
    assert headline.size > 1.5 * body.size > 12  # 24 pt over 10 pt body text, roughly
    assert 40 < body.x < 60  # the left margin, 50 pt


@needs_tesseract
def test_an_encrypted_scan_is_read_with_its_password(tmp_path: Path) -> None:
    page = Image.new("L", (1240, 300), 255)
    ImageDraw.Draw(page).text((40, 100), "Partnerstadt Auenstadt", fill=0, font_size=60)
    plain = make_scan_pdf(tmp_path / "plain.pdf", [page], dpi=150)
    folder = tmp_path / "pdfs"
    folder.mkdir()
    encrypt(plain, folder / "locked.pdf", "geheim")
    (tmp_path / "password.txt").write_text("geheim\n", encoding="utf-8")
    result = run("index", "--ocr", "--password-file", tmp_path / "password.txt", folder)
    assert result.exit_code == 0, result.output
    assert "1 read by OCR" in result.stdout
    assert run_json("search", "Partnerstadt")["total"] == 1
