"""The Whoosh index: schema, opening and creating it, and writing magazines into it.

One document per page, one per quotation and one per magazine (its record: file, hash,
contributors, topics). A magazine is replaced within one commit, so a reader sees either its
old or its new pages, never a mix. Only this module and `search.py` import whoosh.
"""

from __future__ import annotations

import contextlib
import io
import operator
import os
import pickle
import re
import shutil
import stat
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict
from functools import cache
from itertools import filterfalse
from math import log
from pathlib import Path
from typing import TYPE_CHECKING, Any

from whoosh import fields, formats, index, scoring
from whoosh.analysis import (
    CompositeAnalyzer,
    Filter,
    LowercaseFilter,
    RegexTokenizer,
    StopFilter,
)
from whoosh.analysis.acore import Token
from whoosh.codec import whoosh3  # what opening an index loads, imported leanly
from whoosh.filedb import compound, structfile
from whoosh.index import LockError
from whoosh.matching import ReadTooFar
from whoosh.searching import Searcher as WhooshSearcher
from whoosh.system import pack_uint
from whoosh.util.numeric import byte_to_length

from .errors import (
    IndexBusyError,
    IndexDamagedError,
    IndexFolderError,
    IndexMissingError,
    IndexVersionError,
)
from .language import LANGUAGES, STOP_WORDS, VOTES_ARE_STOP_WORDS, index_variants, page_languages
from .models import Article, Credit, Magazine, OutlineEntry
from .scan import (
    FILE_LIST,
    META_TEXT,
    FileState,
    toc_generation,
    write_file_list,
    write_json_atomically,
)
from .scan import META_FILE as META_FILE
from .scan import SCHEMA_VERSION as SCHEMA_VERSION
from .scan import WHOOSH_DIR as WHOOSH_DIR
from .text import fold_key

if TYPE_CHECKING:
    from whoosh.writing import IndexWriter

    from .models import PageText, Quote  # records a search never builds (`models.py`)

# Whoosh buffers postings up to this size before it spills them to temporary files; its
# Python objects take about twice that, which sets most of the writing process's memory.
WRITER_MEMORY_MB = 64


class VariantsFilter(Filter):  # type: ignore[misc]  # whoosh ships no type hints
    """Index each word under its folded spellings and stems, all at the word's position.

    At query time it passes words through unchanged: `search.py` expands query terms itself,
    so that a phrase keeps one word per position.
    """

    def __call__(self, tokens: Iterable[Token]) -> Iterator[Token]:
        # The page's language decides which stems apply, so words are buffered first. Whoosh
        # reuses one Token object; only what the index records (text, position) is copied.
        buffered: list[tuple[str, int]] = []
        last: Token | None = None
        for token in tokens:
            if token.mode == "query":
                yield token
                continue
            last = token
            buffered.append((token.text, getattr(token, "pos", 0)))
        if last is None:
            return
        languages = page_languages([text for text, _ in buffered])
        for text, pos in buffered:
            for variant in index_variants(text, languages):
                last.text, last.pos = variant, pos
                yield last


WORD_PATTERN = r"\w+(?:['’]\w+)*"
# The same words, found without the bookkeeping for going back (possessive `++`, `*+`): a
# shorter run of letters is never followed by an apostrophe, so the pattern never goes back.
# Splitting a page took a sixth less time. In a text without apostrophes the words are the
# runs of letters and digits, found in a fifth less time again (in the realistic corpus, 95 %
# of the pages). Compiled when the first page is indexed: a search never needs them.
_POSSESSIVE_WORD_PATTERN = r"\w++(?:['’]\w++)*+"
_APOSTROPHES = "'’"


@cache
def _index_words(apostrophes: bool) -> re.Pattern[str]:
    return re.compile(_POSSESSIVE_WORD_PATTERN if apostrophes else r"\w+")


class PageAnalyzer(CompositeAnalyzer):  # type: ignore[misc]  # whoosh ships no type hints
    """Words (letters and digits), lowercased, stop words removed, folded and stemmed.

    Whoosh runs the steps as a chain of generators, one token at a time: for a page to be
    indexed, `word_positions` and `PagePositions` give the same terms at the same positions in
    one pass, which took the indexing process a third less time. Queries go through the
    chain.
    """

    def __init__(self) -> None:
        super().__init__(
            RegexTokenizer(WORD_PATTERN),
            LowercaseFilter(),
            StopFilter(stoplist=STOP_WORDS, minsize=1),
            VariantsFilter(),
        )
        self._words = re.compile(WORD_PATTERN)

    def lowered_words(self, text: str) -> list[str]:
        """The words of a text, lowercased, as the tokenizer and `LowercaseFilter` give them.

        The text is lowercased whole before it is split: one call instead of one a word. That
        finds the same words wherever lowercasing keeps every character one character and a
        word character a word character (`tests/test_search.py` checks every code point);
        "İ" (two characters in lowercase) and "Σ" (lowercased by its neighbours: "ς" at a
        word's end) are the exceptions, and a text holding them is split first.
        """
        words = _index_words(_APOSTROPHES[0] in text or _APOSTROPHES[1] in text)
        lowered = text.lower()
        if len(lowered) == len(text) and _CONTEXT_CASED not in text:
            return words.findall(lowered)
        return list(map(str.lower, words.findall(text)))

    def word_positions(self, text: str) -> tuple[dict[str, list[int]], tuple[str, ...]]:
        """Each distinct word of a page's text (lowercased, stop words dropped) with its
        positions, in the order of the text, and the page's languages. The words after a stop
        word are renumbered, as `StopFilter` does."""
        lowered = self.lowered_words(text)
        words = list(filterfalse(_is_stop_word, lowered))
        if not words:
            return {}, LANGUAGES
        first = 0
        while lowered[first] in STOP_WORDS:
            first += 1
        word_positions: dict[str, list[int]] = {}
        known_word = word_positions.get
        for position, word in enumerate(words, first):
            known = known_word(word)
            if known is None:
                word_positions[word] = [position]
            else:
                known.append(position)
        return word_positions, LANGUAGES if VOTES_ARE_STOP_WORDS else page_languages(words)


_is_stop_word = STOP_WORDS.__contains__


class _Terms(dict[str, tuple[bytes, ...]]):
    """A word's index terms in UTF-8 (`index_variants`, a pure function of the word) for one
    set of page languages: looked up once a word a page, with no key tuple to build and hash
    as `lru_cache` does, and encoded once. Kept out of the analyzer, which Whoosh pickles with
    the schema into every commit."""

    def __init__(self, languages: tuple[str, ...]) -> None:
        super().__init__()
        self.languages = languages

    def __missing__(self, word: str) -> tuple[bytes, ...]:
        if len(self) >= _CACHED_WORDS:
            self.clear()
        terms = self[word] = tuple(t.encode() for t in index_variants(word, self.languages))
        return terms


_TERMS: dict[tuple[str, ...], _Terms] = {}
# Words kept per set of languages: the distinct words of a long run (the realistic 10,000
# pages have some 4,000) fit many times over.
_CACHED_WORDS = 100_000
# Lowercased by its neighbours, not alone (final sigma): see `PageAnalyzer.lowered_words`.
_CONTEXT_CASED = "\u03a3"


class PagePositions(formats.Positions):  # type: ignore[misc]  # whoosh ships no type hints
    """Whoosh's positions format, taking a page's terms from `PageAnalyzer.word_positions`."""

    def word_values(self, value: Any, analyzer: Any, **kwargs: Any) -> Iterator[Any]:
        if not (isinstance(value, str) and isinstance(analyzer, PageAnalyzer)):
            yield from super().word_values(value, analyzer, **kwargs)
            return
        if kwargs.get("mode") != "index" or set(kwargs) - {"mode"}:
            yield from super().word_values(value, analyzer, **kwargs)
            return
        for term, found in self.term_positions(value, analyzer).items():
            yield (term, *self._posting(found))  # each value encoded anew, as Whoosh's are

    def term_positions(self, text: str, analyzer: PageAnalyzer) -> dict[str, list[int]]:
        """Each index term of a page's text with the positions of its words, in the order the
        chain first gives each term: stop words are dropped and the words after them
        renumbered (`StopFilter`)."""
        postings, positions = self._postings(text, analyzer)
        return {term.decode(): positions[id(posting)] for term, posting in postings.items()}

    def page_postings(
        self, value: Any, analyzer: Any
    ) -> list[tuple[bytes, tuple[int, float, bytes]]] | None:
        """A page's postings as Whoosh's `FieldType.index` gives them, each term (in UTF-8)
        with its (count, weight, encoded positions), in a list (`segment_writer` takes them
        whole); None for a value that is not a page's text."""
        if not (isinstance(value, str) and isinstance(analyzer, PageAnalyzer)):
            return None
        return list(self._postings(value, analyzer)[0].items())

    def _postings(
        self, text: str, analyzer: PageAnalyzer
    ) -> tuple[dict[bytes, tuple[int, float, bytes]], dict[int, list[int]]]:
        """A page's terms with their postings, and each posting's positions by its id.

        Each distinct word is expanded into its terms and its positions encoded once: its
        terms (spellings and stems) share the posting, and all words found once at the same
        position share one, kept for every page (seven in ten terms occur once on a page).
        `segment_writer` writes a shared value as Whoosh writes each of its own."""
        word_positions, languages = analyzer.word_positions(text)
        terms_of = _TERMS.get(languages)
        if terms_of is None:
            terms_of = _TERMS[languages] = _Terms(languages)
        kept = _ONE_POSITION.get(self.field_boost)
        if kept is None:
            kept = _ONE_POSITION[self.field_boost] = {}
        found: dict[bytes, tuple[int, float, bytes]] = {}
        positions_of: dict[int, list[int]] = {}
        add = found.setdefault
        for word, positions in word_positions.items():
            posting = kept.get(positions[0]) if len(positions) == 1 else None
            if posting is None:
                posting = self._posting(positions)
                if len(positions) == 1 and positions[0] < _KEPT_POSITIONS:
                    kept[positions[0]] = posting
            positions_of[id(posting)] = positions
            for term in terms_of[word]:
                known = add(term, posting)
                if known is not posting:  # two spellings of a word ("Städte", "Staedte")
                    merged = sorted(positions_of[id(known)] + positions)
                    shared = found[term] = self._posting(merged)
                    positions_of[id(shared)] = merged
        return found, positions_of

    def _posting(self, found: list[int]) -> tuple[int, float, bytes]:
        # As Whoosh weighs them: each occurrence adds a boost of 1.0.
        count = len(found)
        return count, float(count) * self.field_boost, encode_positions(found)


def encode_positions(found: list[int]) -> bytes:
    """Whoosh's `Positions.encode`: the count, and the list of gaps between positions pickled
    (protocol 2). A list of two to a thousand gaps under 256 is written here, the same bytes
    as `pickle.dumps` gives in a third of the time (a pickler made and freed for each)."""
    count = len(found)
    counted: bytes = pack_uint(count)
    if 1 < count <= _PICKLE_BATCH:
        try:
            gaps = b"".join(map(_BININT1.__getitem__, map(operator.sub, found, [0, *found])))
        except KeyError:  # a gap that is not a byte
            pass
        else:
            # PROTO 2, EMPTY_LIST, BINPUT 0, MARK, the gaps (BININT1 each), APPENDS, STOP.
            return counted + _LIST_OPENING + gaps + _LIST_CLOSING
    return counted + pickle.dumps(list(map(operator.sub, found, [0, *found])), 2)


_PICKLE_BATCH = 1000  # items the pickler appends to a list at a time (`APPENDS`)
_BININT1 = {gap: b"K" + bytes((gap,)) for gap in range(256)}  # the opcode and its byte
_LIST_OPENING = b"\x80\x02]q\x00("
_LIST_CLOSING = b"e."


# Per field boost, a position: the posting of a word found there alone.
_ONE_POSITION: dict[float, dict[int, tuple[int, float, bytes]]] = {}
# Positions kept there: a page of 10,000 words is a long one.
_KEPT_POSITIONS = 10_000


def text_analyzer() -> PageAnalyzer:
    return PageAnalyzer()


def make_schema() -> fields.Schema:
    return fields.Schema(
        kind=fields.ID(stored=True),
        key=fields.ID(stored=True, unique=True),
        magazine=fields.ID(stored=True),
        # Stored only: no query asks for a page number, and the index sorts no hits by it
        # (a NUMERIC field indexed eight terms and a column per document, 9 % of its postings).
        page=fields.STORED(),
        page_label=fields.STORED(),
        content=_text_field(),
        # A quotation's text is a field of its own: a search of pages (`content`) never meets
        # a quotation, and needs no filter on `kind`, which every match was intersected with
        # (a third of ranking the hits of a cold search). Both rank as one text (`Ranking`).
        quote=_text_field(),
        # Folded names and topic names, comma-separated, for --contributor and --topic filters.
        contributors=fields.KEYWORD(commas=True, lowercase=True),
        topics=fields.KEYWORD(commas=True, lowercase=True),
        data=fields.STORED(),
    )


TEXT_FIELDS = ("content", "quote")
"""The fields of text: a page's, a quotation's."""


def _text_field() -> fields.TEXT:
    text = fields.TEXT(
        analyzer=text_analyzer(),
        stored=True,
        phrase=True,
        multitoken_query="phrase",
    )
    text.format = PagePositions(field_boost=text.format.field_boost)
    return text


class Ranking(scoring.BM25F):  # type: ignore[misc]  # whoosh ships no type hints
    """Whoosh's BM25F, where the statistics of a word (in how many documents) and of the
    length of a text are those of pages and quotations together (`TEXT_FIELDS`), as when
    they were one field: a hit's score does not depend on where quotations are kept."""

    def scorer(self, searcher: Any, fieldname: str, text: Any, qf: int = 1) -> Any:
        if fieldname not in TEXT_FIELDS:
            return super().scorer(searcher, fieldname, text, qf)
        return _TextScorer(searcher, fieldname, text, self.B, self.K1, qf)


class _TextScorer(scoring.BM25FScorer):  # type: ignore[misc]  # whoosh ships no type hints
    def __init__(self, searcher: Any, fieldname: str, text: Any, B: float, K1: float, qf: int):
        # As `BM25FScorer` and `WeightingModel.idf` compute them, over both fields.
        parent = searcher.get_parent()  # the top-level searcher: its statistics are global
        documents = parent.doc_count_all()
        holding = sum(parent.doc_frequency(field, text) for field in TEXT_FIELDS)
        self.idf = log(documents / (holding + 1)) + 1
        length = sum(parent.field_length(field) for field in TEXT_FIELDS)
        self.avgfl = length / (documents or 1) or 1
        self.B, self.K1, self.qf = B, K1, qf
        self.setup(searcher, fieldname, text)


# Whoosh unpickles the index's list of segments and each segment's table of files, and would
# run whatever a planted pickle asks for. Its pickles hold only these classes (and plain data):
# anything else is refused before it is built. The schema, also a pickle, is never read: the
# index is opened with `make_schema()`, checked by `SCHEMA_VERSION`.
_PICKLED_CLASSES = {
    ("whoosh.codec.whoosh3", "W3Segment"),
    ("whoosh.codec.whoosh3", "W3Codec"),
    ("collections", "defaultdict"),
    ("collections", "OrderedDict"),
    *(("builtins", name) for name in ("int", "float", "str", "bytes", "set", "frozenset")),
    *(("whoosh.idsets", name) for name in ("BitSet", "OnDiskBitSet", "SortedIntSet")),
}


class _IndexUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if (module, name) not in _PICKLED_CLASSES:
            raise pickle.UnpicklingError(f"the index holds a pickled {module}.{name}")
        return super().find_class(module, name)


def _load_index_pickle(stream: io.BufferedIOBase) -> Any:
    return _IndexUnpickler(stream).load()


# Every pickle Whoosh reads from an index's files goes through StructFile's `load_pickle`.
structfile.load_pickle = _load_index_pickle


class _MapStream:
    """A read-only stream over part of a memory map that copies only what is read."""

    def __init__(self, view: memoryview) -> None:
        self._view = view
        self._position = 0

    def read(self, size: int | None = -1) -> bytes:
        start = self._position
        end = len(self._view) if size is None or size < 0 else start + size
        self._position = min(max(end, start), len(self._view))
        return self._view[start : self._position].tobytes()

    def readline(self, size: int | None = -1) -> bytes:
        # Whoosh's pickles are binary and never read by lines; this is here because
        # `pickle.Unpickler` asks that a stream has it.
        rest = self._view[self._position :].tobytes()
        end = rest.find(b"\n") + 1 or len(rest)
        if size is not None and size >= 0:
            end = min(end, size)
        self._position += end
        return rest[:end]

    def seek(self, position: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._position, io.SEEK_END: len(self._view)}
        self._position = max(base[whence] + position, 0)
        return self._position

    def tell(self) -> int:
        return self._position

    def close(self) -> None:
        pass


class _MappedFile(structfile.BufferFile):  # type: ignore[misc]  # whoosh ships no type hints
    """A file of a segment, read from the segment's memory map.

    Whoosh's own `BufferFile` copies the whole file into a `BytesIO` when it is opened, though
    most reads take a few bytes: opening and searching a 10,000-page index copied 27 MB, a
    tenth of a cold search. This one reads from the map, copying only the bytes read.
    """

    def __init__(self, buf: memoryview, name: str | None = None, onclose: Any = None) -> None:
        super().__init__(b"", name, onclose)
        self._buf = buf
        self.file = _MapStream(buf)


# Segments are opened as compound files; their parts are `BufferFile`s.
compound.BufferFile = _MappedFile


def length_column(reader: whoosh3.W3PerDocReader, fieldname: str) -> bytes | None:
    """A field's whole column of lengths (a byte per document, `length_to_byte`), or None
    when no document has the field."""
    column = reader._cached_reader(whoosh3._lenfield(fieldname), whoosh3.LENGTHS_COLUMN)
    return None if column is None else bytes(column._dbfile.get(column._basepos, column._count))


def _doc_field_length(
    self: whoosh3.W3PerDocReader, docnum: int, fieldname: str, default: int = 0
) -> int | None:
    """Whoosh's `W3PerDocReader.doc_field_length`, with a field's column of lengths (a byte
    per document) read whole on first use instead of one read per call.

    Writing a segment asks for the length of each posting's document (130,000 calls for
    1,000 pages, a tenth of the index process's time), and ranking for each scored page. As
    Whoosh's, it gives None for a length of zero.
    """
    if docnum > self._doccount:
        raise IndexError(f"Asked for docnum {docnum!r} of {self._doccount}")
    columns: dict[str, bytes | None] = self.__dict__.setdefault("_whole_lengths", {})
    if fieldname not in columns:
        columns[fieldname] = length_column(self, fieldname)
    lengths = columns[fieldname]
    if lengths is None:
        return default
    found = lengths[docnum] if docnum < len(lengths) else 0
    return byte_to_length(found) if found else None


# The whole-column read holds where a length is one byte per document, as in Whoosh 2.7.5;
# another Whoosh keeps its own method.
if whoosh3.LENGTHS_COLUMN._typecode == "B":
    whoosh3.W3PerDocReader.doc_field_length = _doc_field_length


def _skip_to(self: whoosh3.W3LeafMatcher, target: Any) -> None:
    """Whoosh's `W3LeafMatcher.skip_to`, finding the target within a block of postings by
    bisection instead of a call to `next` for each posting before it.

    A search's filter (pages, not quotations) is a term of nearly every document, which an
    intersection skips through to each match: stepping took a third of ranking the hits.
    """
    if not self.is_active():
        raise ReadTooFar
    if target <= self.id():
        return
    block_max_id = self.block_max_id
    if target > block_max_id():
        self._skip_to_block(lambda: target > block_max_id())
    while self.is_active():
        if self._ids is None:
            self._read_ids()
        found = bisect_left(self._ids, target, self._i, self._blocklength)
        if found < self._blocklength:
            self._i = found
            return
        self._i = self._blocklength - 1
        self.next()  # on to the next block, as stepping would


whoosh3.W3LeafMatcher.skip_to = _skip_to

# What Whoosh raises on files it cannot read: truncated (EOFError, struct.error), garbled
# (UnpicklingError, ValueError, ...), or gone (OSError).
_DAMAGE = (Exception,)


class Store:
    """An index folder: the Whoosh index, the extraction cache and a version record."""

    def __init__(self, root: Path, ix: index.Index, reader: Any = None) -> None:
        self.root = root
        self.ix = ix
        # The reader `open` checked the index with, kept for the first searcher: opening every
        # segment a second time took a tenth of a cold search.
        self._reader = reader

    @property
    def cache_dir(self) -> Path:
        return self.root / "cache"

    @classmethod
    def open(cls, root: Path) -> Store:
        """Open an existing index for reading."""
        whoosh_dir = root / WHOOSH_DIR
        if root.exists() and not root.is_dir():
            raise IndexFolderError(f"{root} is a file, not an index folder; choose another")
        try:
            # Not `index.exists_in`: it reads the index, pickles and all. Not a glob, which
            # compiles a pattern for the names.
            found = whoosh_dir.is_dir() and any(
                toc_generation(name) is not None for name in os.listdir(whoosh_dir)
            )
        except OSError as exc:
            raise IndexFolderError(f"cannot read the index folder {root} ({_reason(exc)})") from exc
        if not found:
            raise IndexMissingError(f"no index at {root}: run `magazine-index index PATH...` first")
        _check_private(root)
        _check_version(root)
        try:
            ix = index.open_dir(str(whoosh_dir), schema=make_schema())
            reader = ix.reader()  # reads every segment's table of files
        except _DAMAGE as exc:
            reason = _reason(exc)
        else:
            return cls(root, ix, reader)
        # Raised outside the handler, so the traceback, and with it the files Whoosh left open
        # on the damaged index, are let go now.
        raise IndexDamagedError(
            f"the index at {root} is damaged ({reason}); rebuild it with "
            "`magazine-index index --rebuild PATH...` (extracted text is reused)"
        )

    @classmethod
    def create_or_open(cls, root: Path, rebuild: bool = False) -> Store:
        """Open the index for writing, creating it (private to the user) where there is none."""
        whoosh_dir = root / WHOOSH_DIR
        try:
            store = cls.open(root)
            store.searcher().close()  # a writer reads segments itself
            return store
        except IndexMissingError:
            pass
        except (IndexVersionError, IndexDamagedError):
            # --rebuild starts a new index without reading the old one: its text comes from
            # the extraction cache.
            if not rebuild:
                raise
        try:
            _make_index_folder(root)
            whoosh_dir.mkdir(exist_ok=True, mode=0o700)
            for leftover in whoosh_dir.iterdir():  # a damaged index's files
                if leftover.is_file():
                    leftover.unlink()
            # The version goes first: a run killed after it finds no index and creates one.
            write_json_atomically(root / META_FILE, {"schema_version": SCHEMA_VERSION})
            ix = index.create_in(str(whoosh_dir), make_schema())
        except OSError as exc:
            raise IndexFolderError(
                f"cannot make an index in {root} ({_reason(exc)}); choose another --index-dir"
            ) from exc
        return cls(root, ix)

    def searcher(self) -> WhooshSearcher:
        """A Whoosh searcher on the index's latest commit (the first one reuses the reader
        `open` checked the index with)."""
        reader, self._reader = self._reader, None
        if reader is None:
            return self.ix.searcher(weighting=Ranking)
        return WhooshSearcher(reader, weighting=Ranking, fromindex=self.ix)

    def writer(
        self, wait_seconds: float = 0.0, on_wait: Callable[[], None] | None = None
    ) -> StoreWriter:
        """Take the index's write lock, waiting up to `wait_seconds` for another run."""
        try:
            return StoreWriter(_segment_writer(self.ix))
        except OSError as exc:  # a folder where the lock file goes, a read-only folder
            raise self.write_error(exc) from None
        except LockError:
            if wait_seconds <= 0:
                raise IndexBusyError(
                    f"another `magazine-index index` run is writing to {self.root}"
                ) from None
        if on_wait is not None:
            on_wait()
        try:
            return StoreWriter(_segment_writer(self.ix, timeout=wait_seconds, delay=0.25))
        except LockError:
            raise IndexBusyError(
                f"another `magazine-index index` run still holds {self.root} "
                f"after {wait_seconds:.0f} s; try again when it has finished"
            ) from None

    def write_error(self, exc: OSError) -> IndexFolderError:
        """One line for a failed write (a full disk, a read-only folder, a folder in place of
        a file), naming the index folder, the reason and the file."""
        where = f": {Path(exc.filename).name}" if exc.filename else ""
        return IndexFolderError(
            f"cannot write the index at {self.root} ({_reason(exc)}{where}); it keeps what it "
            "had before this run and every batch committed since"
        )

    def remove_leftovers(self) -> None:
        """Delete the files a failed commit left behind (segments no generation refers to),
        so that a full disk is not kept full by them."""
        lock = self.ix.lock("WRITELOCK")
        try:
            # Holding the lock, no other run is writing now. Not a writer: it writes files.
            if not lock.acquire(False):
                return  # the next successful commit removes them
        except OSError:
            return
        try:
            storage = self.ix.storage
            toc = index.TOC.read(storage, self.ix.indexname, schema=self.ix.schema)
            index.clean_files(storage, self.ix.indexname, toc.generation, toc.segments)
            # Where the writer spilled postings it had no room for in memory.
            shutil.rmtree(self.root / WHOOSH_DIR / f"{self.ix.indexname}.tmp", ignore_errors=True)
        except _DAMAGE:
            pass  # the next successful commit removes them
        finally:
            lock.release()

    def write_file_list(self) -> None:
        """Record the indexed files of the latest commit, for the next run's check of what
        changed (`scan.unchanged_files`). Without the list (a full disk), the next run
        takes the full way."""
        try:
            self._write_file_list()
        except OSError:
            with contextlib.suppress(OSError):
                (self.root / FILE_LIST).unlink(missing_ok=True)

    def _write_file_list(self) -> None:
        with self.searcher() as searcher:
            states = [
                FileState(
                    file=magazine["file"],
                    size=magazine["size"],
                    mtime=magazine["mtime"],
                    sidecar_sha256=magazine.get("sidecar_sha256"),
                    analysis_version=magazine.get("analysis_version", 0),
                )
                for magazine in (
                    doc["data"]["magazine"] for doc in searcher.documents(kind="magazine")
                )
            ]
            generation = searcher.reader().generation()
        write_file_list(self.root, generation, states)

    def magazines(self) -> list[Magazine]:
        """The magazines in the index, in id order."""
        return [record.magazine for record in self.records()]

    def records(self) -> list[MagazineRecord]:
        """Stored records (magazine, contributors, page topics, articles) of every magazine."""
        with self.searcher() as searcher:
            found = [
                MagazineRecord.from_data(doc["data"]) for doc in searcher.documents(kind="magazine")
            ]
        return sorted(found, key=lambda r: r.magazine.id)


class MagazineRecord:
    """A magazine with what analysis found in it, as stored in its magazine document."""

    def __init__(
        self,
        magazine: Magazine,
        labels: list[str | None],
        credits: list[Credit],
        page_topics: dict[int, list[str]],
        articles: list[Article] | None = None,
        topic_kinds: dict[str, str] | None = None,
    ) -> None:
        self.magazine = magazine
        self.labels = labels
        self.credits = credits
        self.page_topics = page_topics
        self.articles = articles or []
        self.topic_kinds = topic_kinds or {}

    def to_data(self) -> dict[str, Any]:
        magazine = asdict(self.magazine)
        magazine["outline"] = [asdict(e) for e in self.magazine.outline]
        return {
            "magazine": magazine,
            "labels": self.labels,
            "credits": [asdict(c) for c in self.credits],
            "page_topics": {str(k): v for k, v in self.page_topics.items()},
            "articles": [asdict(a) for a in self.articles],
            "topic_kinds": self.topic_kinds,
        }

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> MagazineRecord:
        magazine = dict(data["magazine"])
        magazine["outline"] = tuple(OutlineEntry(**e) for e in magazine["outline"])
        credits = [Credit(**{**c, "pages": tuple(c["pages"])}) for c in data["credits"]]
        articles = [_article_from_data(a) for a in data.get("articles", [])]
        return cls(
            Magazine(**magazine),
            list(data["labels"]),
            credits,
            {int(k): list(v) for k, v in data["page_topics"].items()},
            articles,
            dict(data.get("topic_kinds", {})),
        )

    def label(self, page: int) -> str | None:
        return self.labels[page - 1] if 0 < page <= len(self.labels) else None

    def article(self, page: int) -> Article | None:
        """The article a PDF page belongs to (None: a page of no article, an advertisement)."""
        return next((a for a in self.articles if page in a.pages), None)

    def page_credits(self, page: int) -> list[Credit]:
        return [c for c in self.credits if page in c.pages]


def stored_article_title(data: dict[str, Any], page: int) -> str | None:
    """The title of the article a PDF page belongs to, as `MagazineRecord.article` finds it,
    read from the record as stored (`MagazineRecord.to_data`) without building it."""
    return next((a["title"] for a in data.get("articles", []) if page in a["pages"]), None)


class StoreWriter:
    """Writes magazines into the index; `commit` makes what was written visible at once."""

    def __init__(self, writer: IndexWriter) -> None:
        self._writer = writer
        self.pending_pages = 0
        self.changed = False

    def replace_magazine(
        self, record: MagazineRecord, pages: list[PageText], quotes: list[Quote]
    ) -> None:
        """Put a magazine in the index in place of any earlier version of it."""
        writer = self._writer
        magazine = record.magazine
        writer.delete_by_term("magazine", magazine.id)
        writer.add_document(
            kind="magazine", key=magazine.id, magazine=magazine.id, data=record.to_data()
        )
        # A page's credits, as `record.page_credits` gives them, found for all pages at once.
        page_credits: dict[int, list[Credit]] = {}
        for credit in record.credits:
            for number in dict.fromkeys(credit.pages):
                page_credits.setdefault(number, []).append(credit)
        for page in pages:
            credits = page_credits.get(page.number, [])
            topics = record.page_topics.get(page.number, [])
            writer.add_document(
                kind="page",
                key=f"{magazine.id}#{page.number}",
                magazine=magazine.id,
                page=page.number,
                page_label=page.label,
                content=page.text,
                contributors=",".join(_keys(c.name for c in credits)),
                topics=",".join(_keys(topics)),
                data={
                    "contributors": _unique(c.name for c in credits),
                    "topics": topics,
                    **_ocr_data(page),
                },
            )
        for number, quote in enumerate(quotes, start=1):
            writer.add_document(
                kind="quote",
                key=f"{magazine.id}#q{number}",
                magazine=magazine.id,
                page=quote.page,
                page_label=record.label(quote.page),
                quote=quote.text,
                contributors=",".join(_keys([quote.speaker] if quote.speaker else [])),
                topics=",".join(_keys(record.page_topics.get(quote.page, []))),
                data={
                    "speaker": quote.speaker,
                    "confidence": quote.confidence,
                    "also_on": list(quote.also_on),
                },
            )
        self.pending_pages += len(pages)
        self.changed = True

    def update_file(self, record: MagazineRecord) -> None:
        """Record a new path or modification time for a magazine whose content is unchanged."""
        self._writer.update_document(
            kind="magazine",
            key=record.magazine.id,
            magazine=record.magazine.id,
            data=record.to_data(),
        )
        self.changed = True

    def delete_magazine(self, magazine_id: str) -> None:
        """Remove a magazine with its pages and quotations."""
        self._writer.delete_by_term("magazine", magazine_id)
        self.changed = True

    def commit(self, clear_others: bool = False) -> None:
        """Make everything written so far visible; `clear_others` drops all older segments.

        With nothing written, the lock is released without writing a new index generation.
        """
        if clear_others:
            # Loaded with the writer; a search leaves Whoosh's writing module unloaded (1 ms).
            from whoosh.writing import CLEAR

            self._writer.commit(mergetype=CLEAR)
        elif self.changed:
            self._writer.commit()
        else:
            self._writer.cancel()

    def cancel(self) -> None:
        """Drop what was written since the last commit and let go of the lock, even when the
        disk is too full to close the files written."""
        try:
            self._writer.cancel()
        except OSError:
            lock = getattr(self._writer, "writelock", None)
            if lock is not None:
                lock.release()


def _segment_writer(ix: index.Index, **lock: float) -> IndexWriter:
    """A writer holding the index's lock (`lock`: Whoosh's `timeout` and `delay`), with the
    postings kept per term (`segment_writer`) where the Whoosh and the schema allow."""
    # Loaded here: a search leaves Whoosh's writing module unloaded.
    from .segment_writer import TermPoolWriter, supports

    if supports(ix.schema):
        return TermPoolWriter(ix, limitmb=WRITER_MEMORY_MB, **lock)
    return ix.writer(limitmb=WRITER_MEMORY_MB, **lock)


def _article_from_data(data: dict[str, Any]) -> Article:
    return Article(
        title=str(data["title"]),
        rubric=data["rubric"],
        lead=data["lead"],
        first_page=int(data["first_page"]),
        last_page=int(data["last_page"]),
        pages=tuple(data["pages"]),
        authors=tuple(data["authors"]),
        interviewees=tuple(data["interviewees"]),
        interviewers=tuple(data["interviewers"]),
        photographers=tuple(data["photographers"]),
    )


def _ocr_data(page: PageText) -> dict[str, Any]:
    """What a page document records about OCR: nothing for a text-layer page."""
    if page.ocr is None or not page.ocr.used:
        return {}
    return {
        "text_source": "ocr",
        "ocr_confidence": page.ocr.confidence,
        "words": [[w.text, w.left, w.top, w.right, w.bottom, w.confidence] for w in page.ocr.words],
    }


def _keys(names: Iterable[str]) -> list[str]:
    return _unique(map(_name_key, names))


def _name_key(name: str) -> str:
    """A name's (or topic's) key in the comma-separated fields, made once for a run: a
    magazine's names come back on many of its pages."""
    key = _NAME_KEYS.get(name)
    if key is None:
        if len(_NAME_KEYS) >= _CACHED_NAMES:
            _NAME_KEYS.clear()
        key = _NAME_KEYS[name] = fold_key(name).replace(",", " ")
    return key


_NAME_KEYS: dict[str, str] = {}
_CACHED_NAMES = 100_000


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _make_index_folder(root: Path) -> None:
    """Make the index folder, private to the user; an existing folder is used only when it is
    empty or already an index, and its permissions stay as they are."""
    if root.exists() and not root.is_dir():
        raise IndexFolderError(f"{root} is a file, not an index folder; choose another")
    if root.is_dir():
        mine = {WHOOSH_DIR, META_FILE, "cache"}
        others = sorted(p.name for p in root.iterdir() if p.name not in mine)
        if others and not (root / META_FILE).exists():
            raise IndexFolderError(
                f"{root} holds other files ({others[0]}...); give --index-dir an empty or a "
                "new folder"
            )
        _check_private(root)
        return
    root.mkdir(parents=True, mode=0o700)


def _check_private(root: Path) -> None:
    """Refuse a folder that others can write to: they could plant files the index reads."""
    for folder in (root, root / WHOOSH_DIR):
        try:
            mode = folder.stat().st_mode
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise IndexFolderError(f"cannot read {folder} ({_reason(exc)})") from exc
        if mode & stat.S_IWOTH:
            raise IndexFolderError(
                f"others can write to {folder}; make it yours alone (chmod o-w) or choose "
                "another --index-dir"
            )


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:120]


def _check_version(root: Path) -> None:
    try:
        text = (root / META_FILE).read_text(encoding="utf-8")
        if text == META_TEXT:
            version = SCHEMA_VERSION
        else:  # another version's, or written by hand
            import json

            version = int(json.loads(text)["schema_version"])
    except (OSError, ValueError, KeyError, TypeError):
        version = 0
    if version != SCHEMA_VERSION:
        raise IndexVersionError(
            f"the index at {root} has schema version {version}, this magazine-index "
            f"needs {SCHEMA_VERSION}: re-index with `magazine-index index --rebuild PATH...`"
        )
