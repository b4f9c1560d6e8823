"""The console script (`magazine-index`, `python -m magazine_index`): an `index` run over an
archive that has not changed is answered here, before the command line is loaded; everything
else goes to the command line (`startup.main`).

Over an unchanged archive an `index` run reads the list of indexed files and looks at each PDF's
size and time (`scan.unchanged_files`), and no more. Loading click for it, with the `typing`
and `pathlib` it needs, took more than that check: of 199 million instructions for a run over
792 unchanged PDFs, 97 million went to loading the command line (regular install; Python's
own start, 36 million, and the `re` that the console script of pip imports are in both).

Only the plainest form of the command is answered here: `index` and one or more paths, with at
most one `--index-dir` (before or after the command; else `MAGAZINE_INDEX_DIR` or the default
folder). Any other option, help, or a path that begins with "-" is the command line's to read,
as is an archive with anything to do: both ways give the same line (`scan.index_summary`).
"""

from __future__ import annotations

import os
import sys

# Names for the type checker only (`scan.py` says why).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

_INDEX_DIR_OPTION = "--index-dir"
_INDEX_DIR_VARIABLE = "MAGAZINE_INDEX_DIR"


def main() -> None:
    line = unchanged_index_answer(sys.argv[1:], os.environ)
    if line is not None:
        try:
            sys.stdout.write(line + "\n")
            sys.stdout.flush()
            return
        except OSError:
            pass  # the command line says what went wrong with the output, as for any command
    from .startup import main as command_line

    command_line()


def unchanged_index_answer(argv: Sequence[str], environ: Mapping[str, str]) -> str | None:
    """The last line of `index` run with these arguments, where they are the plainest form of
    the command and every PDF they name is indexed and unchanged; else None."""
    parsed = _plain_index_command(argv)
    if parsed is None:
        return None
    index_dir, paths = parsed
    from . import scan

    if index_dir is None:
        index_dir = environ.get(_INDEX_DIR_VARIABLE) or os.fspath(scan.default_index_dir())
    unchanged = scan.unchanged_files(index_dir, paths, prune=False, max_mb=scan.MAX_FILE_MB)
    return None if unchanged is None else scan.index_summary(unchanged=unchanged)


def _plain_index_command(argv: Sequence[str]) -> tuple[str | None, list[str]] | None:
    """The index folder given (None: none) and the paths of `index PATH...` with at most one
    `--index-dir DIR` or `--index-dir=DIR` before or after the command; None for anything
    else."""
    index_dir: str | None = None
    command_seen = False
    paths: list[str] = []
    words = iter(argv)
    for word in words:
        if word == _INDEX_DIR_OPTION or word.startswith(_INDEX_DIR_OPTION + "="):
            value = next(words, "") if word == _INDEX_DIR_OPTION else word.partition("=")[2]
            if index_dir is not None or not value or value.startswith("-"):
                return None
            index_dir = value
        elif word.startswith("-"):
            return None
        elif command_seen:
            paths.append(word)
        elif word == "index":
            command_seen = True
        else:
            return None
    return (index_dir, paths) if paths else None
