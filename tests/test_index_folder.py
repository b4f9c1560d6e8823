"""The index folder: where it can and cannot be, damage, planted files, and the default."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest
from whoosh.filedb.filestore import FileStorage
from whoosh.index import TOC

from magazine_index.store import WHOOSH_DIR

from .conftest import run, run_json
from .pdfs import make_pdf


def whoosh_leaves_files_open(test: Any) -> Any:
    """Whoosh leaves a file open when it fails to read it; Python warns when it is collected."""
    test = pytest.mark.filterwarnings("ignore::ResourceWarning")(test)
    return pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")(test)


def one_magazine(tmp_path: Path) -> Path:
    return make_pdf(tmp_path / "one.pdf", [["Europe and the city"], ["Partnership pages"]])


def one_line_error(result: object, *words: str) -> None:
    assert result.exit_code == 1, result.output  # type: ignore[attr-defined]
    stderr: str = result.stderr  # type: ignore[attr-defined]
    assert stderr.startswith("Error: ") and stderr.count("\n") == 1, stderr
    assert "Traceback" not in stderr
    for word in words:
        assert word in stderr, stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_an_unwritable_parent_is_one_line(tmp_path: Path) -> None:
    parent = tmp_path / "locked"
    parent.mkdir(mode=0o500)
    result = run("index", one_magazine(tmp_path), index_dir=parent / "idx")
    one_line_error(result, str(parent / "idx"))


def test_a_folder_that_cannot_be_made_is_one_line(tmp_path: Path) -> None:
    result = run("index", one_magazine(tmp_path), index_dir=Path("/proc/magazine-index-test"))
    one_line_error(result, "/proc/magazine-index-test")


def test_a_file_in_the_way_is_one_line(tmp_path: Path) -> None:
    in_the_way = tmp_path / "idx"
    in_the_way.write_text("a file, not a folder")
    result = run("index", one_magazine(tmp_path), index_dir=in_the_way)
    one_line_error(result, str(in_the_way))
    assert in_the_way.read_text() == "a file, not a folder"
    one_line_error(run("search", "Europe", index_dir=in_the_way), str(in_the_way))


def test_an_existing_empty_folder_keeps_its_mode(tmp_path: Path) -> None:
    folder = tmp_path / "shared-with-group"
    folder.mkdir()
    folder.chmod(0o775)
    assert run("index", one_magazine(tmp_path), index_dir=folder).exit_code == 0
    assert stat.S_IMODE(folder.stat().st_mode) == 0o775
    # What holds the index is private all the same.
    assert stat.S_IMODE((folder / WHOOSH_DIR).stat().st_mode) == 0o700
    assert run_json("search", "Europe", index_dir=folder)["total"] == 1


def test_a_folder_of_other_files_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "letter.txt").write_text("mine")
    folder.chmod(0o755)
    result = run("index", one_magazine(tmp_path), index_dir=folder)
    one_line_error(result, str(folder), "holds other files")
    assert sorted(p.name for p in folder.iterdir()) == ["letter.txt"]
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755


def test_a_folder_others_can_write_to_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "idx"
    assert run("index", one_magazine(tmp_path), index_dir=folder).exit_code == 0
    folder.chmod(0o777)
    one_line_error(run("search", "Europe", index_dir=folder), "others can write")


@whoosh_leaves_files_open
def test_a_damaged_index_says_so_and_rebuild_mends_it(tmp_path: Path) -> None:
    folder = tmp_path / "idx"
    pdf = one_magazine(tmp_path)
    assert run("index", pdf, index_dir=folder).exit_code == 0
    [segment] = (folder / WHOOSH_DIR).glob("*.seg")
    os.truncate(segment, 100)
    for command in (["search", "Europe"], ["magazines"], ["index", pdf]):
        one_line_error(run(*command, index_dir=folder), "damaged", "index --rebuild")
    rebuilt = run("index", "--rebuild", pdf, index_dir=folder)
    assert rebuilt.exit_code == 0, rebuilt.output
    assert "1 from the cache" in rebuilt.stdout  # no PDF read again
    assert run_json("search", "Europe", index_dir=folder)["total"] == 1


class _Payload:
    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.system, ("touch planted-payload-ran",))


@whoosh_leaves_files_open
def test_a_planted_pickle_in_the_index_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "idx"
    assert run("index", one_magazine(tmp_path), index_dir=folder).exit_code == 0
    monkeypatch.chdir(tmp_path)
    # A table of contents whose pickled list of segments runs a command when it is loaded.
    storage = FileStorage(str(folder / WHOOSH_DIR))
    toc = TOC.read(storage, "MAIN")
    storage.delete_file(f"_MAIN_{toc.generation}.toc")
    TOC(toc.schema, _Payload(), toc.generation).write(storage, "MAIN")
    assert b"planted-payload-ran" in next((folder / WHOOSH_DIR).glob("_MAIN_*.toc")).read_bytes()
    result = run("search", "Europe", index_dir=folder)
    assert not (tmp_path / "planted-payload-ran").exists()
    one_line_error(result, "damaged")


def test_segment_files_read_as_streams_from_the_map() -> None:
    from magazine_index.store import _MapStream

    stream = _MapStream(memoryview(b"line one\nline two"))
    assert stream.read(4) == b"line"
    assert stream.readline() == b" one\n"
    assert stream.tell() == 9
    assert stream.read() == b"line two"
    assert stream.read(3) == b""
    assert stream.seek(-3, os.SEEK_END) == 14 and stream.read(10) == b"two"
    assert stream.seek(-2, os.SEEK_CUR) == 15 and stream.read(1) == b"w"
    assert stream.seek(0) == 0 and stream.readline(4) == b"line"


def test_a_commits_table_of_contents_is_told_by_its_name() -> None:
    from magazine_index.scan import toc_generation

    assert toc_generation("_MAIN_12.toc") == 12
    assert toc_generation("_MAIN_0.toc") == 0
    for other in ("_MAIN_.toc", "_MAIN_x.toc", "MAIN_abc.seg", "_MAIN_3.toc.tmp", "notes.toc"):
        assert toc_generation(other) is None
