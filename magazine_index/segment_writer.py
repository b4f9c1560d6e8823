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
from typing import Any

import whoosh
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

# Rough sizes in memory, in bytes, of a posting kept (three list slots, the weight, a page's
# encoded positions) and of a new term (its key and list in a dict), for the memory limit.
_POSTING_BYTES = 130
_TERM_BYTES = 200

# One term's postings, in document order, flat: document number, weight, encoded value, the
# next document number... (one call to add a posting, and one list a term).
_Postings = list[Any]


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
        known = terms.get(tbytes)
        if known is None:
            terms[tbytes] = [docnum, weight, value or b""]
            self.currentsize += _TERM_BYTES
        else:
            known += (docnum, weight, value or b"")
        self.currentsize += _POSTING_BYTES
        if self.currentsize > self.limit:
            self._spill()

    def add_document_postings(
        self,
        fieldname: str,
        docnum: int,
        postings: list[tuple[bytes, int, float, bytes]],
        boost: float,
    ) -> int:
        """A document's postings of one field, as `FieldType.index` gives them (term, count,
        weight, encoded value); each weight is multiplied by `boost`, as Whoosh does. Gives the
        sum of the counts, the field's length in the document."""
        terms = self.fields.get(fieldname)
        if terms is None:
            terms = self.fields[fieldname] = {}
        length = 0
        new_terms = 0
        for tbytes, count, weight, value in postings:
            length += count
            known = terms.get(tbytes)
            if known is None:
                terms[tbytes] = [docnum, weight * boost, value]
                new_terms += 1
            else:
                known += (docnum, weight * boost, value)
        self.currentsize += _POSTING_BYTES * len(postings) + _TERM_BYTES * new_terms
        if self.currentsize > self.limit:
            self._spill()
        return length

    def _sorted_items(self) -> list[tuple[str, bytes, int, float, bytes]]:
        items = [
            (fieldname, tbytes, *posting)
            for fieldname, terms in sorted(self.fields.items())
            for tbytes, flat in sorted(terms.items())
            for posting in zip(flat[0::3], flat[1::3], flat[2::3], strict=True)
        ]
        self.fields = {}
        return items

    def _spill(self) -> None:
        self.current = self._sorted_items()
        self.save()  # a sorted run on disk; Whoosh merges the runs when the segment is written

    def iter_postings(self) -> Iterator[tuple[str, bytes, int, float, bytes]]:
        """Every posting in Whoosh's order, for Whoosh's way of writing a segment."""
        self.current = self._sorted_items()
        return iter(self.items())


class TermPoolWriter(SegmentWriter):  # type: ignore[misc]  # whoosh ships no type hints
    """Whoosh's `SegmentWriter` with a `TermPool`, writing each term's postings at once."""

    def __init__(self, ix: Any, limitmb: int = 128, **kwargs: Any) -> None:
        super().__init__(ix, limitmb=limitmb, **kwargs)
        self.pool = TermPool(self._tempstorage, self.newsegment, limitmb=limitmb)
        # Postings of a field's value that many documents share (a magazine's id, a kind, a
        # page's contributors), kept for the segment: see `_postings`.
        self._known_postings: dict[tuple[str, str], list[tuple[bytes, int, float, bytes]]] = {}

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
        self._check_fields(schema, fieldnames)
        perdocwriter.start_doc(docnum)
        try:
            for fieldname in fieldnames:
                value = fields.get(fieldname)
                if value is None:
                    continue
                field = schema[fieldname]
                length = 0
                if field.indexed:
                    boost = self._field_boost(fields, fieldname, docboost)
                    postings = self._postings(fieldname, field, value)
                    length = self.pool.add_document_postings(fieldname, docnum, postings, boost)
                    if not field.scorable:
                        length = 0
                stored = fields.get(f"_stored_{fieldname}", value)
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
        self, fieldname: str, field: Any, value: Any
    ) -> list[tuple[bytes, int, float, bytes]]:
        """A field's postings of a value: a page's from its format's `page_postings` (see
        `store.PagePositions`); a value of a field whose encoded values have a fixed size
        (Whoosh joins them, never pickles them: a shared object is written as any other) is
        analysed once per segment."""
        page_postings = getattr(field.format, "page_postings", None)
        postings = page_postings and page_postings(value, field.analyzer)
        if postings is not None:
            return postings  # type: ignore[no-any-return]
        size = field.format.fixed_value_size()
        if not isinstance(value, str) or size is None or size < 0:
            return list(field.index(value))
        known = self._known_postings.get((fieldname, value))
        if known is None:
            known = self._known_postings[fieldname, value] = list(field.index(value))
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
    # Each document's length as the lengths column gives it back (rounded to a byte), or 0.
    lengths = [byte_to_length(code) if code else 0 for code in column or b""]
    lengths.append(0)  # documents past the column's end (none have the field)
    last_doc = len(lengths) - 1
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
        docnums, weights, values = flat[0::3], flat[1::3], flat[2::3]
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
            block_lengths = [lengths[min(docnum, last_doc)] for docnum in block_ids]
            present = [length for length in block_lengths if length]
            min_length = min(present) if present else None
            max_length = max(present) if present else 0
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
            block_values = [value for value in values[first : first + blocklimit] if value]
            if fixed_size is None or fixed_size < 0:
                mini_values: Any = tuple(block_values)
            elif fixed_size == 0:
                mini_values = None
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
