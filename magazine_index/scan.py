"""Find PDFs and tell whether they changed since the last `index` run, without Whoosh, the
detectors or the PDF libraries.

After each run the index folder keeps a list of the indexed files (`FILE_LIST`): path, size,
modification time, the hash of the editor's corrections file and the analysis version, beside
the names and sizes of the Whoosh files it describes. A run over an archive that has not
changed finds every file as listed and ends there: loading Whoosh, the detectors and the
magazine records took 0.8 s at 10,000 pages, where Recoll's own check takes 0.1 s. Whatever
the list cannot vouch for (a new, changed, moved or missing file; a commit or a damaged
segment since; a run with options that act on unchanged files) goes the full way
(`indexer.index_paths`).
"""

from __future__ import annotations

import os
import stat
import time

from .analyze.version import ANALYSIS_VERSION

# Names for the type checker only: an `index` run over an unchanged archive is told before
# `typing` or `pathlib` are loaded (`entry.py`), so this module imports neither at run time.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator
    from pathlib import Path
    from typing import Any

SCHEMA_VERSION = 7
"""Raised when what the index stores changes shape; an index of another version is rebuilt.
4: German stems read ae/oe/ue as umlauts. 5: magazine records hold their articles and the kind
of each topic. 6: the page number is stored only (no query asks for it). 7: a quotation's
text is a field of its own (`quote`)."""
META_FILE = "magazine-index.json"
META_TEXT = f'{{"schema_version": {SCHEMA_VERSION}}}'
"""META_FILE as this version writes it (`write_json_atomically`): a search that finds it so
reads it without loading `json` (1.5 % of a cold search; a test keeps the two the same)."""
WHOOSH_DIR = "whoosh"
FILE_LIST = "files.json"
FILE_LIST_VERSION = 2
"""2: each file is a row of its state's values (`FileState.row`), not an object with their
names: a third less to parse, and no names to match."""
# The Whoosh index's name inside WHOOSH_DIR; each commit writes `_MAIN_<generation>.toc`.
_TOC_PREFIX, _TOC_SUFFIX = "_MAIN_", ".toc"
# Files above this size are refused before they are read: pypdf holds a whole file in memory,
# and the largest real magazines we have seen are under 300 MB (a 4 GiB file took a worker to
# 8 GB). `index --max-size` raises it.
MAX_FILE_MB = 1024


class FileState:
    """What decides whether an indexed file must be read again.

    A plain class: a named tuple (`typing` or `collections`) compiles its constructor from
    text, and the first `compile` of a process sets up the classes of Python's syntax tree
    (9.5 million instructions); the `dataclasses` module, with the `inspect` it loads, took
    a tenth of an `index` run over an unchanged archive.
    """

    __slots__ = ("analysis_version", "file", "mtime", "sidecar_sha256", "size")

    def __init__(
        self,
        file: str,
        size: int,
        mtime: float,
        sidecar_sha256: str | None,
        analysis_version: int,
    ) -> None:
        self.file = file
        self.size = size
        self.mtime = mtime
        self.sidecar_sha256 = sidecar_sha256
        self.analysis_version = analysis_version

    def row(self) -> list[Any]:
        """The state as the list of indexed files keeps it (`FileState(*row)` reads it)."""
        return [self.file, self.size, self.mtime, self.sidecar_sha256, self.analysis_version]

    def unchanged(self, found: os.stat_result, sidecar_sha256: str | None) -> bool:
        """Whether the file as found is the one indexed, analysed by the current detectors."""
        return (
            self.size == found.st_size
            and self.mtime == found.st_mtime
            and self.sidecar_sha256 == sidecar_sha256
            and self.analysis_version == ANALYSIS_VERSION
        )


def find_pdfs(
    paths: Iterable[Path], unreadable: list[str] | None = None
) -> tuple[list[Path], list[tuple[str, str]]]:
    """PDF files named or found (recursively) in folders, resolved; and the paths that do
    not exist. A folder's files come in the order of their paths within it.

    Subfolders that cannot be read are added to `unreadable` with the reason."""
    from pathlib import Path

    found, missing = _pdf_names(paths, [] if unreadable is None else unreadable)
    return [Path(name) for name in found], missing


def _pdf_names(
    paths: Iterable[str | os.PathLike[str]],
    unreadable: list[str],
    sidecars: dict[str, bool] | None = None,
) -> tuple[list[str], list[tuple[str, str]]]:
    """`find_pdfs` with the files as strings (making 10,000 paths takes a while). A file is
    resolved with `os.path.realpath`, which `Path.resolve` calls. Given `sidecars`, it is told
    for each PDF found in a folder's listing whether its folder holds its corrections file."""
    found: list[str] = []
    missing: list[tuple[str, str]] = []
    for path in paths:
        if os.path.isdir(path):
            found.extend(_pdfs_in(path, unreadable, sidecars))
        elif os.path.isfile(path):
            found.append(os.path.realpath(path))
        else:
            missing.append((os.fspath(path), "no such file or folder"))
    return list(dict.fromkeys(found)), missing


def _pdfs_in(
    folder: str | os.PathLike[str], unreadable: list[str], sidecars: dict[str, bool] | None
) -> list[str]:
    """The PDF files under a folder, resolved, in the order of their paths (as `os.walk`
    finds them: symbolic links to folders are not followed), and in `sidecars` (where given)
    whether each one that is no symbolic link has its corrections file beside it.

    A folder reached without a symbolic link resolves to the resolved top folder and the
    names below it, so only files that are symbolic links are resolved one by one: resolving
    every path took a third of a run over 10,000 unchanged pages. The names are joined to the
    top folder without `os.path.join` (a third of the rest), and whether a corrections file
    is there is read off the listing: asking the system for each was a tenth of a run over
    792 unchanged PDFs.
    """
    top = os.fspath(folder)
    real_top = os.path.realpath(top)
    below = real_top if real_top.endswith(os.sep) else real_top + os.sep
    found: list[tuple[tuple[str, ...], str]] = []
    plain: list[str] = []
    corrections: set[str] = set()
    for parts, entry in _file_entries(top, (), unreadable):
        name = entry.name
        # What `_suffix(name).lower() == ".pdf"` tells, without the call for every entry.
        is_pdf = name[-4:].lower() == _PDF and len(name) > 4
        if not is_pdf and not (sidecars is not None and name.endswith(_SIDECAR_SUFFIX)):
            continue
        try:
            if not entry.is_file():
                continue
            linked = entry.is_symlink()
        except OSError:
            continue
        if not is_pdf:
            corrections.add(below + os.sep.join(parts))
        elif linked:
            found.append((parts, os.path.realpath(entry.path)))
        else:
            real = below + os.sep.join(parts)
            found.append((parts, real))
            plain.append(real)
    if sidecars is not None:
        for real in plain:  # `_sidecar_name` of a name that ends in ".pdf"
            sidecars[real] = bool(corrections) and real[:-4] + _SIDECAR_SUFFIX in corrections
    found.sort()
    return [real for _, real in found]


_PDF = ".pdf"  # four characters, as the slices above have it


def _suffix(name: str) -> str:
    """A file name's suffix as `PurePath.suffix` has it ("" for ".pdf" alone), without
    making a path of it."""
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


def _file_entries(
    folder: str, parts: tuple[str, ...], unreadable: list[str]
) -> Iterator[tuple[tuple[str, ...], os.DirEntry[str]]]:
    """Every entry under `folder` that is no folder, with its path's parts below the top; a
    folder that cannot be read is noted in `unreadable` and skipped (as `os.walk` does)."""
    entries: list[os.DirEntry[str]] = []
    try:
        with os.scandir(folder) as listing:
            entries = list(listing)
    except OSError as error:
        unreadable.append(f"{error.filename}: cannot read the folder ({error.strerror}); skipped")
        return
    folders = []
    for entry in entries:
        try:
            is_folder = entry.is_dir()
        except OSError:
            is_folder = False
        if is_folder:
            folders.append(entry)
        else:
            yield (*parts, entry.name), entry
    for entry in folders:
        if not os.path.islink(entry.path):
            yield from _file_entries(entry.path, (*parts, entry.name), unreadable)


def file_hash(path: str | os.PathLike[str]) -> str:
    import hashlib  # here: a run that finds nothing changed has nothing to hash

    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def sidecar_path(pdf: Path) -> Path:
    """The editor's corrections file for a PDF: the same name with `.toml`."""
    from pathlib import Path

    return Path(_sidecar_name(os.fspath(pdf)))


def _sidecar_name(pdf: str) -> str:
    """`sidecar_path` of a path as a string: its suffix replaced as `Path.with_suffix` does."""
    return pdf[: len(pdf) - len(_suffix(os.path.basename(pdf)))] + _SIDECAR_SUFFIX


_SIDECAR_SUFFIX = ".toml"


def sidecar_hash(pdf: str | os.PathLike[str]) -> str | None:
    path = _sidecar_name(os.fspath(pdf))
    return file_hash(path) if os.path.isfile(path) else None


def index_summary(
    indexed: int = 0,
    pages: int = 0,
    without_text: int = 0,
    ocr_pages: int = 0,
    from_cache: int = 0,
    unchanged: int = 0,
    failed: int = 0,
) -> str:
    """The last line of an `index` run."""
    cached = f", {from_cache} from the cache" if from_cache else ""
    read = f", {ocr_pages} read by OCR" if ocr_pages else ""
    return (
        f"Indexed {indexed} file(s): {pages} page(s), {without_text} without a text "
        f"layer{read}{cached}. Unchanged, skipped: {unchanged}. Failed: {failed}."
    )


def too_large(size: int, max_mb: float) -> bool:
    return size > max_mb * 2**20


def default_index_dir() -> Path:
    """The platform's per-user data folder: ~/.local/share/magazine-index on Linux (or under
    $XDG_DATA_HOME), ~/Library/Application Support/magazine-index on macOS, and
    %LOCALAPPDATA%\\magazine-index on Windows."""
    # Imported here: a command given --index-dir does not need it (4 ms of a cold search).
    from platformdirs import user_data_path

    return user_data_path("magazine-index", appauthor=False)


# -- the list of indexed files -----------------------------------------------------------------


def write_file_list(root: Path, generation: int, states: Iterable[FileState]) -> None:
    """Record the indexed files as of Whoosh generation `generation` (just committed), with
    the Whoosh folder's files as they are then. When another run has committed since, no list
    is kept: the next run takes the full way and writes it."""
    whoosh_files = _whoosh_files(root)
    path = root / FILE_LIST
    if _latest_generation(whoosh_files) != generation:
        path.unlink(missing_ok=True)
        return
    data = {
        "version": FILE_LIST_VERSION,
        "whoosh_files": whoosh_files,
        "files": [state.row() for state in states],
    }
    write_json_atomically(path, data)


def _whoosh_files(root: str | os.PathLike[str]) -> dict[str, int]:
    """The Whoosh folder's entries and their sizes: a commit, a damaged or removed segment,
    a run writing now, all change them."""
    with os.scandir(os.path.join(root, WHOOSH_DIR)) as entries:
        return {entry.name: entry.stat().st_size for entry in entries}


def toc_generation(name: str) -> int | None:
    """The generation of a commit's table of contents from its file name in the Whoosh folder
    (`_MAIN_<generation>.toc`); None for any other file. Told without a pattern: a search
    asks it and compiles none."""
    if not (name.startswith(_TOC_PREFIX) and name.endswith(_TOC_SUFFIX)):
        return None
    number = name[len(_TOC_PREFIX) : -len(_TOC_SUFFIX)]
    return int(number) if number.isdecimal() else None


def _latest_generation(whoosh_files: dict[str, int]) -> int | None:
    found = [number for name in whoosh_files if (number := toc_generation(name)) is not None]
    return max(found, default=None)


def unchanged_files(
    root: str | os.PathLike[str],
    paths: Iterable[str | os.PathLike[str]],
    *,
    prune: bool,
    max_mb: float,
) -> int | None:
    """How many PDFs `paths` holds, when each of them is indexed and unchanged (and, with
    `prune`, every indexed file still exists); None when a full run must decide."""
    listed = _read_file_list(root)
    if listed is None:
        return None
    unreadable: list[str] = []
    beside: dict[str, bool] = {}
    files, missing = _pdf_names(paths, unreadable, beside)
    if missing or unreadable or not files:
        return None
    try:
        for name in files:
            state = listed.get(name)
            found = os.stat(name)
            if state is None or too_large(found.st_size, max_mb):
                return None
            sidecar = sidecar_hash(name) if beside.get(name, True) else None
            if not state.unchanged(found, sidecar):
                return None
        if prune and not all(os.path.exists(name) for name in listed):
            return None
    except OSError:
        return None  # the full run names the file and the reason
    return len(files)


def _read_file_list(root: str | os.PathLike[str]) -> dict[str, FileState] | None:
    """The indexed files by path, when the list describes the Whoosh folder as it is, the
    index is of this version and the folder is one a full run would accept."""
    try:
        for folder in (root, os.path.join(root, WHOOSH_DIR)):
            if os.stat(folder).st_mode & stat.S_IWOTH:
                return None  # a full run refuses it, with the reason
        import json  # a search never reads the list (`META_TEXT`)

        meta = json.loads(_read_text(os.path.join(root, META_FILE)))
        data = json.loads(_read_text(os.path.join(root, FILE_LIST)))
        if (
            meta.get("schema_version") != SCHEMA_VERSION
            or data.get("version") != FILE_LIST_VERSION
            or data.get("whoosh_files") != _whoosh_files(root)
        ):
            return None
        states = [FileState(*row) for row in data["files"]]
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None
    return {state.file: state for state in states}


def _read_text(path: str) -> str:
    with open(path, encoding="utf-8") as stream:
        return stream.read()


def write_json_atomically(path: Path, data: Any) -> None:
    import json  # a search never writes (`META_TEXT`)

    tmp = path.with_name(f".{path.name}.{os.getpid()}.{time.monotonic_ns()}.tmp")
    tmp.write_text(json.dumps(data), encoding="utf-8")
    os.replace(tmp, path)
