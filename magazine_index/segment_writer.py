"""Whoosh's segment writer with the postings gathered per term, written term by term.

Whoosh puts every posting of a segment as a tuple (field, term, document, weight, value) into a
pool, sorts all of them when the segment is written and hands them one at a time through three
layers of calls (`FieldWriter.add_postings`, `W3FieldWriter.add`, `W3PostingsWriter.add_posting`)
to be cut into blocks, asking the file for its position three times a term (a system call
each). Here a segment's postings are kept per field and term as they come (a document's postings
come in document order, and so do a merged segment's, after the new documents), and at the end
each term's postings are cut into blocks and encoded at once, the file positions counted: the
same bytes in the same files as Whoosh writes, which `tests/test_segment_writer.py` checks
against Whoosh's own writer. Writing 2,465 pages of the realistic corpus took 20.4 billion
instructions with Whoosh's writer, 17.2 with this one, and 14.5 with a page's postings taken from
its terms directly (`store.PagePositions.page_postings`) and a value many documents share analysed
once.

Used by `store.py`; only for the Whoosh it was written against (`SUPPORTED`), any other keeps
Whoosh's own writer.
"""

from __future__ import annotations

import zlib
from array import array
from collections.abc import Iterator
from operator import itemgetter
from struct import Struct
from typing import Any

import whoosh
from whoosh import formats
from whoosh.analysis import IDTokenizer
from whoosh.codec import whoosh3
from whoosh.compat import dumps
from whoosh.filedb.filetables import _lengths as _HASH_ENTRY_LENGTHS
from whoosh.system import pack_int, pack_ushort
from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.writing import PostingPool, SegmentWriter

from .store import length_column

# The Whoosh whose internals (the pool, the field and postings writers, the block and term info
# encodings) this module was written against and checked byte for byte with.
SUPPORTED = whoosh.__version__ == (2, 7, 5)

# Rough sizes in memory, in bytes, of a posting kept (two list slots, the posting's tuple, a
# page's encoded positions) and of a new term (its key and list in a dict), for the memory limit.
_POSTING_BYTES = 130
_TERM_BYTES = 200

Posting = tuple[int, float, bytes]
"""A term's posting in a document: count, weight, encoded value (`FieldType.index`, less the
term). Postings alike are one object (`store.PagePositions`)."""

# One term's postings, in document order, flat: document number, posting, the next document
# number... (one call to add a posting, and one list a term).
_Postings = list[Any]

_COUNT, _WEIGHT, _VALUE = itemgetter(0), itemgetter(1), itemgetter(2)  # of a `Posting`
_POSTING = itemgetter(1)  # of a (term, posting) pair


class TermPool(PostingPool):  # type: ignore[misc]  # whoosh ships no type hints
    """A segment's postings per field and term, in memory while they fit in `limitmb`.

    Past the limit (a `--rebuild` of many pages writes one segment) they go, sorted, into
    Whoosh's runs on disk and the segment is written Whoosh's way.
    """

    def __init__(self, tempstore: Any, segment: Any, limitmb: int = 128, **kwargs: Any) -> None:
        super().__init__(tempstore, segment, limitmb=limitmb, **kwargs)
        self.fields: dict[str, dict[bytes, _Postings]] = {}

    def add(self, item: tuple[str, bytes, int, float, bytes | None]) -> None:
        """One posting, as Whoosh's pool takes it (a merged segment's postings come this way)."""
        fieldname, tbytes, docnum, weight, value = item
        terms = self.fields.setdefault(fieldname, {})
        posting = (0, weight, value or b"")  # the count is the length's, counted before
        known = terms.get(tbytes)
        if known is None:
            terms[tbytes] = [docnum, posting]
            self.currentsize += _TERM_BYTES
        else:
            known += (docnum, posting)
        self.currentsize += _POSTING_BYTES
        if self.currentsize > self.limit:
            self._spill()

    def add_document_postings(
        self, fieldname: str, docnum: int, postings: list[tuple[bytes, Posting]]
    ) -> int:
        """A document's postings of one field, each term with its posting, the weights
        boosted. Gives the sum of the counts, the field's length in the document."""
        terms = self.fields.get(fieldname)
        if terms is None:
            terms = self.fields[fieldname] = {}
        new_terms = 0
        known_term = terms.get
        for tbytes, posting in postings:
            known = known_term(tbytes)
            if known is None:
                terms[tbytes] = [docnum, posting]
                new_terms += 1
            else:
                known += (docnum, posting)
        length: int = sum(map(_COUNT, map(_POSTING, postings)))
        self.currentsize += _POSTING_BYTES * len(postings) + _TERM_BYTES * new_terms
        if self.currentsize > self.limit:
            self._spill()
        return length

    def _sorted_items(self) -> list[tuple[str, bytes, int, float, bytes]]:
        items = [
            (fieldname, tbytes, docnum, posting[1], posting[2])
            for fieldname, terms in sorted(self.fields.items())
            for tbytes, flat in sorted(terms.items())
            for docnum, posting in zip(flat[0::2], flat[1::2], strict=True)
        ]
        self.fields = {}
        return items

    def _spill(self) -> None:
        self.current = self._sorted_items()
        self.save()  # a sorted run on disk; Whoosh merges the runs when the segment is written

    def iter_postings(self) -> Iterator[tuple[str, bytes, int, float, bytes]]:
        """Every posting in Whoosh's order, for Whoosh's way of writing a segment.

        Each value a new object, as Whoosh's own are: `pickle` would write an object shared
        by postings of one block (`store.PagePositions` shares them) as a reference. (Spilled
        postings are read back from disk, each a new object.)"""
        self.current = [
            (*item[:4], None if item[4] is None else bytes(bytearray(item[4])))
            for item in self._sorted_items()
        ]
        return iter(self.items())


class TermPoolWriter(SegmentWriter):  # type: ignore[misc]  # whoosh ships no type hints
    """Whoosh's `SegmentWriter` with a `TermPool`, writing each term's postings at once."""

    def __init__(self, ix: Any, limitmb: int = 128, **kwargs: Any) -> None:
        super().__init__(ix, limitmb=limitmb, **kwargs)
        self.pool = TermPool(self._tempstorage, self.newsegment, limitmb=limitmb)
        # Postings of a field's value that many documents share (a magazine's id, a kind, a
        # page's contributors), kept for the segment: see `_postings`.
        self._known_postings: dict[tuple[str, str, float], list[tuple[bytes, Posting]]] = {}

    def add_document(self, **fields: Any) -> None:
        """Whoosh's `SegmentWriter.add_document` (less spelling words and term vectors, which
        `supports` rules out), giving each field's postings to the pool at once; a page's
        come from its format's `page_postings` where it has one (`store.PagePositions`)."""
        self._check_state()
        perdocwriter = self.perdocwriter
        schema = self.schema
        docnum = self.docnum
        docboost = self._doc_boost(fields)
        fieldnames = sorted(name for name in fields if not name.startswith("_"))
        # Boosts and stored values given apart (`_title_boost`, `_stored_title`): rare, so
        # their keys are looked for only where a document has any.
        options = len(fieldnames) < len(fields)
        self._check_fields(schema, fieldnames)
        schema_fields = schema._fields
        perdocwriter.start_doc(docnum)
        try:
            for fieldname in fieldnames:
                value = fields.get(fieldname)
                if value is None:
                    continue
                field = schema_fields.get(fieldname) or schema[fieldname]
                length = 0
                if field.indexed:
                    boost = self._field_boost(fields, fieldname, docboost) if options else docboost
                    postings = self._postings(fieldname, field, value, boost)
                    length = self.pool.add_document_postings(fieldname, docnum, postings)
                    if not field.scorable:
                        length = 0
                stored = fields.get(f"_stored_{fieldname}", value) if options else value
                perdocwriter.add_field(fieldname, field, stored if field.stored else None, length)
                column = field.column_type
                if column and stored is not None:
                    perdocwriter.add_column_value(fieldname, column, field.to_column_value(stored))
        except Exception:
            perdocwriter.cancel_doc()
            raise
        perdocwriter.finish_doc()
        self._added = True
        self.docnum += 1

    def _postings(
        self, fieldname: str, field: Any, value: Any, boost: float
    ) -> list[tuple[bytes, Posting]]:
        """A field's postings of a value, each weight multiplied by `boost` as Whoosh does: a
        page's from its format's `page_postings` (see `store.PagePositions`); a value of a
        field whose encoded values have a fixed size (Whoosh joins them, never pickles them: a
        shared object is written as any other) is analysed once per segment."""
        page_postings = getattr(field.format, "page_postings", None)
        postings: list[tuple[bytes, Posting]] | None = None
        if page_postings is not None:
            postings = page_postings(value, field.analyzer)
        if postings is not None:
            if boost == 1.0:  # `page_postings` weighs in floats, which `* 1.0` keeps
                return postings
            return [(term, (count, weight * boost, v)) for term, (count, weight, v) in postings]
        if (
            type(field.analyzer) is IDTokenizer
            and type(field.format) is formats.Existence
            and isinstance(value, str)
        ):
            # What Whoosh's chain gives for the one token of an ID field (a page's key): the
            # whole value, once, weighed by the field's boost.
            return [(value.encode(), (1, field.format.field_boost * boost, b""))]
        size = field.format.fixed_value_size()
        if not isinstance(value, str) or size is None or size < 0:
            return _boosted(field.index(value), boost)
        known = self._known_postings.get((fieldname, value, boost))
        if known is None:
            known = self._known_postings[fieldname, value, boost] = _boosted(
                field.index(value), boost
            )
        return known

    def _flush_segment(self) -> None:
        pool = self.pool
        codec = self.codec
        # Spilled postings, or a codec other than the default W3Codec(): Whoosh's own way
        # (`_write_field` writes no postings inline in the term info, as inlinelimit=1 does).
        if pool.runs or not isinstance(codec, whoosh3.W3Codec) or codec._inlinelimit > 1:
            super()._flush_segment()
            return
        self.perdocwriter.close()
        lengths = self.per_document_reader()
        try:
            fieldwriter = self.fieldwriter
            for fieldname, terms in sorted(pool.fields.items()):
                column = length_column(lengths, fieldname)
                _write_field(fieldwriter, fieldname, self.schema[fieldname], terms, column)
            pool.fields = {}
            fieldwriter.close()
        finally:
            lengths.close()


def _boosted(
    postings: Iterator[tuple[bytes, int, float, bytes]], boost: float
) -> list[tuple[bytes, Posting]]:
    """Postings as `FieldType.index` gives them (term, count, weight, value), each term with
    its posting, the weight multiplied by `boost`."""
    return [(term, (count, weight * boost, value)) for term, count, weight, value in postings]


def supports(schema: Any) -> bool:
    """Whether `TermPoolWriter` writes an index of this schema as Whoosh would: the Whoosh it
    knows, and no field with spelling words or term vectors (which it leaves out)."""
    return SUPPORTED and not any(
        field.separate_spelling() or field.vector for _, field in schema.items()
    )


def _write_field(
    fieldwriter: whoosh3.W3FieldWriter,
    fieldname: str,
    fieldobj: Any,
    terms: dict[bytes, _Postings],
    column: bytes | None,
) -> None:
    """Write a field's terms in order, each term's postings in blocks, as `FieldWriter.add_postings`
    does through `W3PostingsWriter` (its `start_postings`, `add_posting`, `_write_block` and
    `finish_postings`) and `OrderedHashWriter.add`: the same bytes. The file positions are
    counted here; Whoosh asks the file for them three times a term (a system call each)."""
    fieldwriter.start_field(fieldname, fieldobj)
    codec = fieldwriter._codec
    blocklimit = codec._blocklimit
    compression = codec._compression
    fixed_size = fieldobj.format.fixed_value_size()
    pickler = _BlockPickler()
    # Each document's length as the lengths column gives it back (rounded to a byte), or 0,
    # for every document a posting names (past the column's end, none have the field).
    lengths = [byte_to_length(code) if code else 0 for code in column or b""]
    last_doc = max((flat[-2] for flat in terms.values()), default=-1)
    lengths += [0] * (last_doc + 1 - len(lengths))
    document_length = lengths.__getitem__
    field_key = pack_ushort(fieldwriter._fieldid)
    postfile = fieldwriter._postfile
    position = postfile.tell()
    tindex = fieldwriter._tindex
    term_file = tindex.dbfile
    term_position = term_file.tell()
    key_positions = tindex.index
    buckets = tindex.buckets
    hashfn = tindex.hashfn
    key = tindex.lastkey
    for tbytes in sorted(terms):
        flat = terms[tbytes]
        docnums, postings = flat[0::2], flat[1::2]
        weights = list(map(_WEIGHT, postings))
        values = list(map(_VALUE, postings))
        terminfo = whoosh3.W3TermInfo()
        start = position
        chunks = [whoosh3.WHOOSH3_HEADER_MAGIC]
        count = len(docnums)
        for first in range(0, count, blocklimit):
            block_ids = docnums[first : first + blocklimit]
            block_weights = array("f", weights[first : first + blocklimit])
            size = len(block_ids)
            # `add_posting` keeps the greatest weight as given, before it becomes a float32.
            max_weight: float = max(weights[first : first + blocklimit])
            if not max_weight > 0:
                max_weight = 0
            block_lengths = list(map(document_length, block_ids))
            min_length = min(filter(None, block_lengths), default=None)
            max_length = max(block_lengths)
            # W3TermInfo.add_block
            terminfo._weight += sum(block_weights)
            terminfo._df += size
            if terminfo._minlength is None:
                terminfo._minlength = min_length
            else:
                terminfo._minlength = min(terminfo._minlength, min_length)
            terminfo._maxlength = max(terminfo._maxlength, max_length)
            terminfo._maxweight = max(terminfo._maxweight, max_weight)
            if terminfo._minid is None:
                terminfo._minid = block_ids[0]
            terminfo._maxid = block_ids[-1]
            # W3PostingsWriter._write_block, with _mini_ids, _mini_weights and _mini_values
            gaps = tuple(map(int.__sub__, block_ids, [0, *block_ids[:-1]]))
            if block_weights.count(1.0) == size:
                mini_weights: Any = None
            elif block_weights.count(block_weights[0]) == size:
                mini_weights = block_weights[0]
            else:
                mini_weights = tuple(block_weights)
            block_values = list(filter(None, values[first : first + blocklimit]))
            if fixed_size is None or fixed_size < 0:
                data = pickler.block(gaps, mini_weights, block_values)
            else:
                if fixed_size == 0:
                    mini_values: Any = None
                else:
                    mini_values = b"".join(block_values)
                data = dumps((gaps, mini_weights, mini_values), 2)
            if compression:
                data = zlib.compress(data, compression)
            info = dumps(
                (
                    size,
                    block_ids[-1],
                    max_weight,
                    compression,
                    length_to_byte(min_length),
                    length_to_byte(max_length),
                ),
                2,
            )
            block_length = len(info) + len(data)
            if first + blocklimit >= count:
                block_length = -block_length  # the term's last block
            chunks += (pack_int(block_length), info, data)
        written = b"".join(chunks)
        postfile.write(written)
        position += len(written)
        terminfo.set_extent(start, position - start)
        # W3FieldWriter.finish_term and OrderedHashWriter.add
        key = field_key + tbytes
        value = terminfo.to_bytes()
        key_positions.append(term_position)
        term_file.write(_HASH_ENTRY_LENGTHS.pack(len(key), len(value)) + key + value)
        hashed = hashfn(key)
        buckets[hashed & 255].append((hashed, term_position))
        term_position += _HASH_ENTRY_LENGTHS.size + len(key) + len(value)
    tindex.lastkey = key
    fieldwriter.finish_field()


class _BlockPickler:
    """`pickle.dumps((gaps, weights, values), 2)` of a block whose values are a tuple of bytes
    (`W3PostingsWriter._write_block`), the same bytes, with each value's part made once.

    Protocol 2 has no opcode for bytes: the pickler writes each one as a call of
    `_codecs.encode` on the bytes read as Latin-1, remembering the function, the text, the
    string "latin1", the arguments and the result by number (memo). Here each distinct value's
    text is encoded once (`_Texts`), and the opcodes between the texts depend only on where the
    values start in the memo and how many there are, so they are made once (`_Joins`). Every
    value is written as a new object, as Whoosh's own are, also where one object stands for
    several postings (`store.PagePositions` shares them): pickled by `pickle`, the repeat would
    be a reference to the first. Pickling a block's 128 values took three times as long.
    """

    def __init__(self) -> None:
        self._texts: dict[bytes, bytes] = _Texts()
        self._joins: dict[int, _Joins] = {}

    def block(self, gaps: tuple[int, ...], weights: Any, values: list[bytes]) -> bytes:
        # The ids and weights as the pickler writes them, numbered from 0, then the pair's
        # TUPLE2, its memo number (the first free one) and STOP.
        count = len(values)
        if not count:  # values all empty, left out
            empty: bytes = dumps((gaps, weights, ()), 2)
            return empty
        head = dumps((gaps, weights), 2)
        base = head[-2]
        joins = self._joins.get(base)
        if joins is None or count > len(joins.ends):
            joins = self._joins[base] = _Joins(base, max(count, 128))
        parts: list[bytes] = [b""] * (2 * count + 1)
        try:
            parts[1::2] = map(self._texts.__getitem__, values)
        except _OneByte:
            # Read as Latin-1, a value of one byte is one of Python's shared one-character
            # strings, which the pickler writes again as references. (Positions take ten bytes
            # or more.)
            own = tuple(bytes(bytearray(value)) for value in values)
            pickled: bytes = dumps((gaps, weights, own), 2)
            return pickled
        parts[0] = head[:-4] + (joins.opening if count < 4 else joins.marked_opening)
        parts[2:-1:2] = joins.between[: count - 1]
        parts[-1] = joins.ends[count - 1]
        return b"".join(parts)


class _OneByte(Exception):
    """A value of fewer than two bytes, which `_BlockPickler` leaves to `pickle`."""


class _Texts(dict[bytes, bytes]):
    """A value's text as the pickler writes it: BINUNICODE, its length, its UTF-8."""

    def __missing__(self, value: bytes) -> bytes:
        if len(value) < 2:
            raise _OneByte
        if len(self) >= _KEPT_TEXTS:
            self.clear()
        text = value.decode("latin-1").encode("utf-8")
        pickled = self[value] = b"X" + pack_uint_le(len(text)) + text
        return pickled


# Texts kept: a page's words found once (most postings) have one value for each position, and
# a segment's pages are rarely longer than this; other values come back less often.
_KEPT_TEXTS = 20_000


class _Joins:
    """What the pickler writes around the values' texts when they start at memo number
    `base`: before the first text (the function, with a MARK first for more than three
    values); after value i of more, up to the next value's text (`between`); after value i
    as the last, to the end: the tuple of values, the block's tuple, STOP (`ends`)."""

    def __init__(self, base: int, limit: int) -> None:
        self.opening = _ENCODE + _memo_put(base)
        self.marked_opening = _MARK + self.opening
        self.between: list[bytes] = []
        self.ends: list[bytes] = []
        for i in range(limit):
            # Memo numbers: the function `base`, the first text `base + 1`, "latin1"
            # `base + 2`, the first arguments and result `base + 3` and `base + 4`; each later
            # value's text, arguments and result take the next three.
            text = base + 1 if i == 0 else base + 3 * i + 2
            arguments = base + 3 if i == 0 else text + 1
            after = _memo_put(text)
            after += _LATIN1 + _memo_put(base + 2) if i == 0 else _memo_get(base + 2)
            after += _TUPLE2 + _memo_put(arguments) + _REDUCE + _memo_put(arguments + 1)
            self.between.append(after + _memo_get(base))
            count = i + 1
            self.ends.append(
                after
                + _TUPLES.get(count, _TUPLE)
                + _memo_put(base + 3 * count + 2)
                + _TUPLE3
                + _memo_put(base + 3 * count + 3)
                + _STOP
            )


def _memo_put(number: int) -> bytes:
    return b"q" + bytes((number,)) if number < 256 else b"r" + pack_uint_le(number)


def _memo_get(number: int) -> bytes:
    return b"h" + bytes((number,)) if number < 256 else b"j" + pack_uint_le(number)


pack_uint_le = Struct("<I").pack
_ENCODE = b"c_codecs\nencode\n"
_LATIN1 = b"X\x06\x00\x00\x00latin1"
_MARK, _TUPLE, _TUPLE2, _TUPLE3, _REDUCE, _STOP = b"(", b"t", b"\x86", b"\x87", b"R", b"."
_TUPLES = {1: b"\x85", 2: _TUPLE2, 3: _TUPLE3}
