"""`index`: incremental runs, bad input, index versions, through the command line."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from magazine_index.analyze.pipeline import ANALYSIS_VERSION
from magazine_index.cli import cli
from magazine_index.store import META_FILE, Store

from .conftest import SAMPLE_PDF, run, run_json
from .pdfs import encrypt, make_image_only_pdf, make_pdf


def page_keys(index_dir: Path) -> list[str]:
    store = Store.open(index_dir)
    with store.ix.searcher() as searcher:
        return sorted(doc["key"] for doc in searcher.documents(kind="page"))


def small_magazine(path: Path, word: str) -> Path:
    pages = [["Cover"], [f"Page about {word} and Europe", "Text: Anna Beispiel"]]
    return make_pdf(path, pages, title=f"Magazine {word}")


def test_index_twice_skips_unchanged_and_never_duplicates(
    tmp_path: Path, private_index_dir: Path
) -> None:
    folder = tmp_path / "pdfs"
    folder.mkdir()
    small_magazine(folder / "one.pdf", "alpha")
    small_magazine(folder / "two.pdf", "beta")
    first = run("index", folder)
    assert first.exit_code == 0, first.output
    assert "Indexed 2 file(s): 4 page(s)" in first.stdout
    keys = page_keys(private_index_dir)
    second = run("index", folder)
    assert "Indexed 0 file(s)" in second.stdout and "Unchanged, skipped: 2" in second.stdout
    assert page_keys(private_index_dir) == keys == ["one#1", "one#2", "two#1", "two#2"]


def test_touched_file_is_not_extracted_again(tmp_path: Path) -> None:
    pdf = small_magazine(tmp_path / "one.pdf", "alpha")
    run("index", pdf)
    os.utime(pdf, (1_000_000, 1_000_000))
    result = run("index", pdf)
    assert "Unchanged, skipped: 1" in result.stdout


def test_changed_file_replaces_all_its_pages(tmp_path: Path, private_index_dir: Path) -> None:
    pdf = small_magazine(tmp_path / "issue.pdf", "alpha")
    run("index", pdf)
    make_pdf(pdf, [["Only one page now, about gamma"]], title="Changed")
    result = run("index", pdf)
    assert "Indexed 1 file(s): 1 page(s)" in result.stdout
    assert page_keys(private_index_dir) == ["issue#1"]
    assert run_json("search", "alpha")["total"] == 0
    assert run_json("search", "gamma")["total"] == 1


def test_a_new_index_records_each_file_s_hash(tmp_path: Path, private_index_dir: Path) -> None:
    # With nothing indexed, the index process hashes only a file whose id needs its hash (a
    # name already taken); the workers hash the others from the bytes they read.
    import hashlib

    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
    first = small_magazine(tmp_path / "a" / "issue.pdf", "alpha")
    second = small_magazine(tmp_path / "b" / "issue.pdf", "beta")
    assert run("index", first.parent, second.parent).exit_code == 0
    hashes = {
        str(path.resolve()): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in (first, second)
    }
    magazines = run_json("magazines")["magazines"]
    assert sorted(m["id"] for m in magazines) == [
        "issue",
        f"issue-{hashes[str(second.resolve())][:8]}",
    ]
    store = Store.open(private_index_dir)
    assert {r.magazine.file: r.magazine.sha256 for r in store.records()} == hashes
    # The run froze what its writer held (`gc.freeze`), and left nothing frozen.
    import gc

    assert gc.get_freeze_count() == 0


def test_moved_file_keeps_its_pages(tmp_path: Path, private_index_dir: Path) -> None:
    pdf = small_magazine(tmp_path / "issue.pdf", "alpha")
    run("index", pdf)
    moved = tmp_path / "archive" / "issue.pdf"
    moved.parent.mkdir()
    shutil.move(pdf, moved)
    result = run("index", moved)
    assert "Unchanged, skipped: 1" in result.stdout
    [magazine] = run_json("magazines")["magazines"]
    assert magazine["file"] == str(moved.resolve())
    assert page_keys(private_index_dir) == ["issue#1", "issue#2"]


def test_magazines_analysed_by_an_older_version_are_analysed_again(
    tmp_path: Path, private_index_dir: Path
) -> None:
    pdf = small_magazine(tmp_path / "issue.pdf", "alpha")
    run("index", pdf)
    store = Store.open(private_index_dir)
    [record] = store.records()
    record.magazine = replace(record.magazine, analysis_version=ANALYSIS_VERSION - 1)
    writer = store.writer()
    writer.update_file(record)
    writer.commit()
    result = run("index", pdf)
    assert "Indexed 1 file(s): 2 page(s)" in result.stdout
    assert "1 from the cache" in result.stdout  # pypdf did not run again
    [record] = Store.open(private_index_dir).records()
    assert record.magazine.analysis_version == ANALYSIS_VERSION
    assert "Unchanged, skipped: 1" in run("index", pdf).stdout


def test_same_file_name_in_two_folders_gets_two_ids(tmp_path: Path) -> None:
    for folder, word in (("2024", "alpha"), ("2025", "beta")):
        (tmp_path / folder).mkdir()
        small_magazine(tmp_path / folder / "issue.pdf", word)
    run("index", tmp_path)
    ids = [m["id"] for m in run_json("magazines")["magazines"]]
    assert len(ids) == 2 and "issue" in ids


def test_rebuild_starts_over(tmp_path: Path, private_index_dir: Path) -> None:
    one = small_magazine(tmp_path / "one.pdf", "alpha")
    two = small_magazine(tmp_path / "two.pdf", "beta")
    run("index", one, two)
    result = run("index", "--rebuild", one)
    assert result.exit_code == 0
    assert "1 from the cache" in result.stdout  # pypdf did not run again
    assert page_keys(private_index_dir) == ["one#1", "one#2"]


def test_bad_files_fail_one_line_each_and_the_rest_is_indexed(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    small_magazine(folder / "good.pdf", "alpha")
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "notes.pdf").write_text("not a pdf at all\n")
    (folder / "noise.pdf").write_bytes(os.urandom(4096))
    whole = SAMPLE_PDF.read_bytes()
    (folder / "truncated.pdf").write_bytes(whole[:2000])
    encrypt(folder / "good.pdf", folder / "locked.pdf", user_password="secret")
    make_image_only_pdf(folder / "scan.pdf", pages=2)
    result = run("index", folder)
    assert result.exit_code == 1
    failures = [line for line in result.stderr.splitlines() if line.startswith("failed: ")]
    failed_names = sorted(Path(line.split(": ")[1]).name for line in failures)
    assert failed_names == ["empty.pdf", "locked.pdf", "noise.pdf", "notes.pdf", "truncated.pdf"]
    assert any("password" in line for line in failures)
    assert "Traceback" not in result.output
    assert "Indexed 2 file(s): 4 page(s), 2 without a text layer" in result.stdout
    by_id = {m["id"]: m for m in run_json("magazines")["magazines"]}
    assert by_id["scan"]["pages_without_text"] == 2
    assert run_json("search", "alpha")["total"] == 1


def test_a_file_that_goes_bad_keeps_its_old_pages(tmp_path: Path) -> None:
    pdf = small_magazine(tmp_path / "issue.pdf", "alpha")
    run("index", pdf)
    pdf.write_bytes(b"%PDF-1.4 broken")
    result = run("index", pdf)
    assert result.exit_code == 1
    assert run_json("search", "alpha")["total"] == 1


def test_missing_path_is_reported(tmp_path: Path) -> None:
    result = run("index", tmp_path / "nowhere")
    assert result.exit_code == 1
    assert "no such file or folder" in result.stderr


def test_search_before_indexing_says_to_index_first() -> None:
    result = run("search", "europe")
    assert result.exit_code == 1
    assert "run `magazine-index index PATH...` first" in result.stderr


def test_incompatible_index_version_says_rebuild(tmp_path: Path, private_index_dir: Path) -> None:
    pdf = small_magazine(tmp_path / "one.pdf", "alpha")
    run("index", pdf)
    (private_index_dir / META_FILE).write_text(json.dumps({"schema_version": 0}))
    result = run("search", "alpha")
    assert result.exit_code == 1
    assert "--rebuild" in result.stderr
    assert run("index", "--rebuild", pdf).exit_code == 0
    assert run_json("search", "alpha")["total"] == 1


def test_index_folder_is_private(tmp_path: Path, private_index_dir: Path) -> None:
    run("index", small_magazine(tmp_path / "one.pdf", "alpha"))
    assert private_index_dir.stat().st_mode & 0o077 == 0


def test_prune_drops_magazines_whose_files_are_gone(
    tmp_path: Path, private_index_dir: Path
) -> None:
    one = small_magazine(tmp_path / "one.pdf", "alpha")
    two = small_magazine(tmp_path / "two.pdf", "beta")
    run("index", one, two)
    two.unlink()
    kept = run("index", one)
    assert "removed" not in kept.stderr
    assert page_keys(private_index_dir) == ["one#1", "one#2", "two#1", "two#2"]
    pruned = run("index", "--prune", one)
    assert pruned.exit_code == 0
    assert "removed: two" in pruned.stderr
    assert page_keys(private_index_dir) == ["one#1", "one#2"]


def test_a_folder_without_pdfs_says_so(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("no PDFs here")
    result = run("index", tmp_path)
    assert result.exit_code == 0
    assert "No PDF files found" in result.stderr


def test_an_encrypted_file_says_how_to_give_its_password(tmp_path: Path) -> None:
    plain = small_magazine(tmp_path / "plain.pdf", "alpha")
    locked = encrypt(plain, tmp_path / "locked.pdf", user_password="s3cret")
    result = run("index", locked)
    assert result.exit_code == 1
    assert "--password" in result.stderr and "qpdf" not in result.stderr


def test_password_file_and_prompt_open_an_encrypted_file(tmp_path: Path) -> None:
    plain = small_magazine(tmp_path / "plain.pdf", "alpha")
    locked = encrypt(plain, tmp_path / "locked.pdf", user_password="s3cret")
    secret = tmp_path / "password.txt"
    secret.write_text("s3cret\n")
    result = run("index", "--password-file", secret, locked)
    assert result.exit_code == 0, result.output
    assert run_json("search", "alpha")["total"] == 1
    # Asked for, without echo; a wrong one is named as such.
    other = encrypt(plain, tmp_path / "other.pdf", user_password="0ther")
    prompted = CliRunner().invoke(cli, ["index", "--password", str(other)], input="0ther\n")
    assert prompted.exit_code == 0, prompted.output
    assert "0ther" not in prompted.output
    wrong = encrypt(plain, tmp_path / "wrong.pdf", user_password="right")
    failed = run("index", "--password-file", secret, wrong)
    assert failed.exit_code == 1 and "does not open it" in failed.stderr


def test_on_a_terminal_the_password_is_asked_for_when_a_file_needs_one(tmp_path: Path) -> None:
    pty = pytest.importorskip("pty")
    plain = small_magazine(tmp_path / "plain.pdf", "alpha")
    locked = encrypt(plain, tmp_path / "locked.pdf", user_password="s3cret")
    index_dir = tmp_path / "idx"
    command = [sys.executable, "-m", "magazine_index", "--index-dir", str(index_dir)]
    pid, terminal = pty.fork()
    if pid == 0:  # the child: the command on a terminal
        os.execv(sys.executable, [*command, "index", str(locked)])
    output = b""
    while b"password" not in output:
        output += os.read(terminal, 1024)
    os.write(terminal, b"s3cret\n")
    with contextlib.suppress(OSError):  # EIO when the child has closed the terminal
        while chunk := os.read(terminal, 1024):
            output += chunk
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, output
    assert b"s3cret" not in output
    assert run_json("search", "alpha", index_dir=index_dir)["total"] == 1


def test_a_run_over_an_unchanged_folder_still_sees_each_kind_of_change(
    tmp_path: Path, private_index_dir: Path
) -> None:
    # A run that finds every file as the last run listed it ends early (`scan.py`); each of
    # these changes must take it the full way.
    folder = tmp_path / "pdfs"
    folder.mkdir()
    one = small_magazine(folder / "one.pdf", "alpha")
    small_magazine(folder / "two.pdf", "beta")
    run("index", folder)
    assert (private_index_dir / "files.json").is_file()
    assert "Unchanged, skipped: 2" in run("index", folder).stdout
    small_magazine(folder / "three.pdf", "gamma")
    assert "Indexed 1 file(s)" in run("index", folder).stdout
    small_magazine(one, "delta")  # new content, another size
    changed = run("index", folder)
    assert "Indexed 1 file(s)" in changed.stdout and "Unchanged, skipped: 2" in changed.stdout
    assert run_json("search", "delta")["total"] == 1
    (folder / "two.toml").write_text("[[article]]\npages = '2'\ntopics = ['Sport']\n")
    assert "Indexed 1 file(s)" in run("index", folder).stdout
    assert "Indexed 1 file(s)" not in run("index", "--max-size", "0.000001", folder).stdout
    (private_index_dir / META_FILE).write_text(json.dumps({"schema_version": 0}))
    outdated = run("index", folder)
    assert outdated.exit_code == 1 and "--rebuild" in outdated.stderr


def test_an_unchanged_run_never_hides_a_missing_path(tmp_path: Path) -> None:
    pdf = small_magazine(tmp_path / "one.pdf", "alpha")
    run("index", pdf)
    result = run("index", pdf, tmp_path / "gone.pdf")
    assert result.exit_code == 1 and "gone.pdf" in result.stderr


def test_verbose_after_the_command_reaches_a_run_that_reads_files(tmp_path: Path) -> None:
    import logging

    pdf = small_magazine(tmp_path / "one.pdf", "alpha")
    assert run("index", pdf).exit_code == 0
    assert logging.getLogger("magazine_index").level == logging.WARNING
    small_magazine(pdf, "beta")
    assert run("index", pdf, "-v").exit_code == 0
    assert logging.getLogger("magazine_index").level == logging.INFO
    small_magazine(pdf, "gamma")
    assert run("index", pdf).exit_code == 0
    assert logging.getLogger("magazine_index").level == logging.WARNING


@pytest.mark.parametrize(
    "name", ["a.pdf", "A.PDF", ".pdf", "..pdf", "a.pdf.", "a", "a.b.pdf", "a.tar"]
)
def test_a_pdf_is_told_by_its_suffix_as_pathlib_tells_it(name: str) -> None:
    from pathlib import PurePath

    from magazine_index.scan import _suffix

    assert _suffix(name) == PurePath(name).suffix


@pytest.mark.parametrize("name", ["a.pdf", "dir.x/A.PDF", "/d/.pdf", "/d/a.", "/d/a", "a.b.pdf"])
def test_a_corrections_file_is_named_as_pathlib_would_name_it(name: str) -> None:
    from magazine_index.scan import sidecar_path

    assert sidecar_path(Path(name)) == Path(name).with_suffix(".toml")
