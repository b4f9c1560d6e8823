"""The console script answers an `index` run over an unchanged archive before the command line
loads (`entry.py`): the same line as the command line's, and anything else left to it."""

from __future__ import annotations

import os
import site
import subprocess
import sys
from pathlib import Path

import pytest

from magazine_index.entry import unchanged_index_answer

from .conftest import REPO, run
from .pdfs import make_pdf


def _magazine(path: Path, word: str) -> Path:
    return make_pdf(path, [["Cover"], [f"Notes on {word} by Oda Wennberg"]], title=word)


@pytest.fixture
def archive(tmp_path: Path) -> tuple[Path, Path]:
    """A folder of two indexed magazines, and the index folder."""
    folder = tmp_path / "archive"
    folder.mkdir()
    _magazine(folder / "first.pdf", "lighthouses")
    _magazine(folder / "Second.PDF", "ferries")
    index_dir = tmp_path / "idx"
    assert run("index", folder, index_dir=index_dir).exit_code == 0
    return folder, index_dir


def test_the_plain_forms_get_the_command_lines_answer(archive: tuple[Path, Path]) -> None:
    folder, index_dir = archive
    expected = run("index", folder, index_dir=index_dir).stdout.strip()
    assert expected.endswith("Unchanged, skipped: 2. Failed: 0.")
    forms = [
        ["--index-dir", str(index_dir), "index", str(folder)],
        [f"--index-dir={index_dir}", "index", str(folder)],
        ["index", str(folder), "--index-dir", str(index_dir)],
        ["index", str(folder / "first.pdf"), str(folder), "--index-dir", str(index_dir)],
    ]
    for argv in forms:
        assert unchanged_index_answer(argv, {}) == expected, argv
    from_variable = {"MAGAZINE_INDEX_DIR": str(index_dir)}
    assert unchanged_index_answer(["index", str(folder)], from_variable) == expected


def test_every_other_form_is_left_to_the_command_line(archive: tuple[Path, Path]) -> None:
    folder, index_dir = archive
    given = ["--index-dir", str(index_dir)]
    others = [
        [*given, "index"],  # no path: click says what is missing
        [*given, "-v", "index", str(folder)],
        [*given, "index", "--prune", str(folder)],
        [*given, "index", "--jobs", "1", str(folder)],
        [*given, "index", "--", str(folder)],
        [*given, "index", "--help"],
        [*given, *given, "index", str(folder)],  # twice: click decides which counts
        ["--index-dir", "", "index", str(folder)],
        ["--index-dir", "index", str(folder)],  # "index" is the folder here
        ["--index-dir"],
        [*given, "search", str(folder)],
        [*given, "magazines"],
        [*given, "index", str(folder / "missing.pdf")],  # the command line names it
    ]
    for argv in others:
        assert unchanged_index_answer(argv, {}) is None, argv


def test_any_change_goes_the_full_way(archive: tuple[Path, Path], tmp_path: Path) -> None:
    folder, index_dir = archive
    argv = ["--index-dir", str(index_dir), "index", str(folder)]
    assert unchanged_index_answer(argv, {}) is not None
    (folder / "first.toml").write_text("[[article]]\npages = '2'\ntopics = ['Harbours']\n")
    assert unchanged_index_answer(argv, {}) is None
    assert "Indexed 1 file(s)" in run("index", folder, index_dir=index_dir).stdout
    assert unchanged_index_answer(argv, {}) is not None
    _magazine(folder / "third.pdf", "bridges")
    assert unchanged_index_answer(argv, {}) is None


def test_a_corrections_file_beside_a_linked_pdf_is_seen(tmp_path: Path) -> None:
    # The corrections file of a PDF that is a symbolic link lies beside the file it points
    # to, which the folder's listing does not show.
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    target = _magazine(elsewhere / "linked.pdf", "tides")
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "link.pdf").symlink_to(target)
    index_dir = tmp_path / "idx"
    assert run("index", folder, index_dir=index_dir).exit_code == 0
    argv = ["--index-dir", str(index_dir), "index", str(folder)]
    assert unchanged_index_answer(argv, {}) is not None
    (elsewhere / "linked.toml").write_text("[[article]]\npages = '2'\ntopics = ['Tides']\n")
    assert unchanged_index_answer(argv, {}) is None


_CONSOLE_SCRIPT = (
    "import sys\n"
    "from magazine_index.entry import main\n"
    "main()\n"
    "loaded = {'click', 'typing', 'pathlib', 'magazine_index.cli', 'magazine_index.startup'}\n"
    "print(sorted(loaded & set(sys.modules)), file=sys.stderr)\n"
)


def test_the_console_script_answers_without_the_command_line(
    archive: tuple[Path, Path],
) -> None:
    folder, index_dir = archive
    # Python starts as for a regular install: without the finder of an editable install.
    path = os.pathsep.join([str(REPO), *site.getsitepackages()])
    argv = ["--index-dir", str(index_dir), "index", str(folder)]
    done = subprocess.run(
        [sys.executable, "-S", "-c", _CONSOLE_SCRIPT, *argv],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": path},
    )
    assert done.returncode == 0
    assert done.stdout == run(*argv).stdout
    assert done.stderr.strip() == "[]"


def test_the_console_script_reports_an_answer_it_cannot_write(
    archive: tuple[Path, Path],
) -> None:
    folder, index_dir = archive
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full on this system to stand for a full disk")
    argv = ["--index-dir", str(index_dir), "index", str(folder)]
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "magazine_index", *argv],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
        )
    assert done.returncode == 1
    assert done.stderr == "Error: cannot write the output (No space left on device)\n"
