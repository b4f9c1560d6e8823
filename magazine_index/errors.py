"""The errors magazine-index raises; the CLI turns each into one line for the user."""

from __future__ import annotations


class MagazineIndexError(Exception):
    """Base class of every error a user can cause."""


class ExtractionError(MagazineIndexError):
    """A file could not be read as a PDF (damaged, encrypted, not a PDF)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class IndexMissingError(MagazineIndexError):
    """There is no index yet at the chosen location."""


class IndexVersionError(MagazineIndexError):
    """The index was written by an incompatible version of magazine-index."""


class IndexFolderError(MagazineIndexError):
    """The index folder cannot be used: not writable, a file in its place, other files in it,
    or others can write to it."""


class IndexDamagedError(MagazineIndexError):
    """The index's files are damaged, or hold what magazine-index did not write."""


class IndexBusyError(MagazineIndexError):
    """Another run holds the index's write lock."""


class QueryError(MagazineIndexError):
    """A search query is malformed."""


class NotFoundError(MagazineIndexError):
    """A magazine or page asked for is not in the index."""


class SidecarError(MagazineIndexError):
    """An editor's corrections file is malformed."""


class RenderError(MagazineIndexError):
    """A page could not be rendered to an image (too large, too small, damaged)."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


class OcrUnavailableError(MagazineIndexError):
    """Tesseract, or a language asked for, is not installed."""
