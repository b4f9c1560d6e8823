"""Faults from outside: a file swapped during a run, huge files, a full disk, a folder where
the lock file goes, unreadable folders. Each case is made for real by a generator here."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from magazine_index.indexer import index_paths
from magazine_index.store import WHOOSH_DIR, Store

from .conftest import run, run_json
from .pdfs import make_pdf


def magazine(path: Path, word: str, pages: int = 3) -> Path:
    return make_pdf(path, [[f"{word} page {n}", "Europe and the city"] for n in range(pages)])


def test_a_file_swapped_during_the_run_does_not_poison_the_cache(
    tmp_path: Path, private_index_dir: Path
) -> None:
    pdf = magazine(tmp_path / "issue.pdf", "original", pages=10)
    original = pdf.read_bytes()
    other = magazine(tmp_path / "other.pdf", "impostor", pages=1).read_bytes()

    def swap(_: int) -> None:  # after the file was hashed, before it is read
        pdf.write_bytes(other)

    store = Store.create_or_open(private_index_dir)
    index_paths(store, [pdf], on_start=swap)
    # The original comes back (a new modification time, the old content).
    pdf.write_bytes(original)
    os.utime(pdf, (time.time() + 5, time.time() + 5))
    assert run("index", pdf).exit_code == 0
    assert run_json("search", "original")["total"] == 10
    assert run_json("search", "impostor")["total"] == 0
    assert run("index", "--rebuild", pdf).exit_code == 0
    assert run_json("search", "original")["total"] == 10
    [listed] = run_json("magazines")["magazines"]
    assert listed["pages"] == 10


def test_a_file_above_the_size_limit_is_refused_at_once(tmp_path: Path) -> None:
    huge = tmp_path / "huge.pdf"
    with huge.open("wb") as stream:  # sparse: 3 GiB that take no room on disk
        stream.write(b"%PDF-1.7\n")
        stream.truncate(3 << 30)
    small = magazine(tmp_path / "small.pdf", "small")
    started = time.monotonic()
    result = run("index", huge, small)
    assert time.monotonic() - started < 20
    assert result.exit_code == 1
    [line] = [ln for ln in result.stderr.splitlines() if ln.startswith("failed:")]
    assert str(huge) in line and "--max-size" in line and "3.0 GiB" in line
    assert run_json("search", "small")["total"] == 3
    two_mib = tmp_path / "two.pdf"
    two_mib.write_bytes(b"%PDF-1.7\n" + bytes(2 << 20))
    limited = run("index", "--max-size", "1", two_mib)
    assert limited.exit_code == 1 and "(2 MiB > 1 MiB)" in limited.stderr
    read = run("index", two_mib)  # under the default limit: read, and found damaged
    assert read.exit_code == 1 and "--max-size" not in read.stderr


def _full_disk(limit_bytes: int) -> None:
    """In the child: files cannot grow past `limit_bytes`, as on a nearly full disk (EFBIG
    instead of ENOSPC; Python reports both as OSError)."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))


def test_a_full_disk_is_one_line_and_leaves_no_half_written_segments(tmp_path: Path) -> None:
    index_dir = tmp_path / "idx"
    first = magazine(tmp_path / "first.pdf", "first")
    assert run("index", first, index_dir=index_dir).exit_code == 0
    before = sorted(p.name for p in (index_dir / WHOOSH_DIR).iterdir())
    folder = tmp_path / "more"
    folder.mkdir()
    for number in range(6):
        magazine(folder / f"more-{number}.pdf", f"more{number}", pages=40)
    command = [sys.executable, "-m", "magazine_index", "--index-dir", str(index_dir)]
    result = subprocess.run(
        [*command, "index", str(folder)],
        capture_output=True,
        text=True,
        preexec_fn=lambda: _full_disk(20_000),
        timeout=120,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    errors = [ln for ln in result.stderr.splitlines() if ln.startswith("Error:")]
    assert len(errors) == 1 and str(index_dir) in errors[0], result.stderr
    # What the failed commit wrote is gone; the index is as it was and still works.
    assert sorted(p.name for p in (index_dir / WHOOSH_DIR).iterdir()) == before
    assert run_json("search", "first", index_dir=index_dir)["total"] == 3
    assert run("index", folder, index_dir=index_dir).exit_code == 0


def test_a_folder_in_place_of_the_lock_file_is_one_line(tmp_path: Path) -> None:
    index_dir = tmp_path / "idx"
    pdf = magazine(tmp_path / "one.pdf", "one")
    assert run("index", pdf, index_dir=index_dir).exit_code == 0
    lock = index_dir / WHOOSH_DIR / "MAIN_WRITELOCK"
    lock.unlink(missing_ok=True)
    lock.mkdir()
    result = run("index", magazine(tmp_path / "two.pdf", "two"), index_dir=index_dir)
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1, result.stderr
    assert "MAIN_WRITELOCK" in result.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads and writes every folder")
def test_an_unreadable_subfolder_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "pdfs"
    locked = folder / "locked"
    locked.mkdir(parents=True)
    magazine(folder / "one.pdf", "one")
    locked.chmod(0)
    try:
        result = run("index", folder)
    finally:
        locked.chmod(0o700)
    assert result.exit_code == 0
    assert f"warning: {locked}: cannot read the folder" in result.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only folders")
def test_a_read_only_index_folder_is_one_line(tmp_path: Path) -> None:
    index_dir = tmp_path / "idx"
    assert run("index", magazine(tmp_path / "one.pdf", "one"), index_dir=index_dir).exit_code == 0
    (index_dir / WHOOSH_DIR).chmod(0o500)
    try:
        result = run("index", magazine(tmp_path / "two.pdf", "two"), index_dir=index_dir)
    finally:
        (index_dir / WHOOSH_DIR).chmod(0o700)
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1


def test_the_size_limit_in_the_help_is_the_indexers() -> None:
    from magazine_index.indexer import MAX_FILE_MB

    assert f"[default: {MAX_FILE_MB}]" in " ".join(run("index", "--help").stdout.split())


def test_commands_that_only_read_do_not_import_pypdf() -> None:
    # A cold search is mostly Python starting and importing: pypdf and the analysis are for
    # `index` only.
    code = "import sys, magazine_index.cli, magazine_index.search; print('pypdf' in sys.modules)"
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert found.stdout.strip() == "False"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (run it on Linux)")
def test_an_answer_that_cannot_be_written_is_one_line(tmp_path: Path) -> None:
    index_dir = tmp_path / "idx"
    assert (
        run("index", magazine(tmp_path / "one.pdf", "harbour"), index_dir=index_dir).exit_code == 0
    )
    command = [sys.executable, "-m", "magazine_index", "--index-dir", str(index_dir)]
    for args in (["search", "harbour"], ["search", "harbour", "--json"], ["topics"], ["magazines"]):
        # /dev/full takes no byte: every write fails as on a full disk (ENOSPC).
        with open("/dev/full", "w") as full:
            result = subprocess.run(
                [*command, *args], stdout=full, stderr=subprocess.PIPE, text=True, timeout=60
            )
        assert result.returncode == 1, args
        assert result.stderr.splitlines() == [
            "Error: cannot write the output (No space left on device)"
        ], result.stderr
