"""`segment_writer.TermPoolWriter` writes the very bytes Whoosh's own writer writes.

Each test runs the same writes through Whoosh's `SegmentWriter` and through ours, into two
indexes, and compares every file of every segment (named apart only by the random segment ids).
"""

from __future__ import annotations

import pickle
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from whoosh import fields, formats, index
from whoosh.analysis import StemmingAnalyzer
from whoosh.writing import SegmentWriter

from magazine_index import segment_writer
from magazine_index.segment_writer import TermPoolWriter, supports
from magazine_index.store import PagePositions, make_schema

pytestmark = pytest.mark.skipif(
    not segment_writer.SUPPORTED, reason="another Whoosh: the index keeps Whoosh's own writer"
)

Writes = Callable[[Callable[[], Any]], None]
"""Writes into an index, given a function that opens a writer on it."""

WORDS = [
    "Europa",
    "Städte",
    "Strukturwandel",
    "Förderung",
    "Jugend",
    "Austausch",
    "Schule",
    "Bürgermeisterin",
    "Kohle",
    "Partnerschaft",
    "Weiß",
    "Straße",
    "Zukunft",
    "Hafen",
    "Brücke",
    "climate",
    "funding",
    "exchange",
    "youth",
    "council",
    "mayor",
    "structural",
    "change",
    "harbour",
    "bridge",
    "students",
    "teachers",
    "interview",
    "minister",
]


def page_text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words))


def segment_files(folder: Path) -> list[dict[str, bytes]]:
    ix = index.open_dir(str(folder))
    found = []
    for segment in ix._read_toc().segments:
        files = segment.open_compound_file(ix.storage)
        segment_id = segment.segment_id()
        found.append(
            {name.replace(segment_id, "*"): files.open_file(name).read() for name in files.list()}
        )
        files.close()
    return found


def whooshs_own(schema: fields.Schema) -> fields.Schema:
    """The schema with Whoosh's positions format where it has ours (`store.PagePositions`)."""
    for _, field in schema.items():
        if isinstance(field.format, PagePositions):
            field.format = formats.Positions(field_boost=field.format.field_boost)
    return schema


def written_both_ways(tmp_path: Path, schema: Callable[[], fields.Schema], writes: Writes) -> None:
    """Run `writes` with Whoosh's writer and format and with ours, and compare the segments'
    files."""
    results = []
    for name, writer_class in (("whoosh", SegmentWriter), ("ours", TermPoolWriter)):
        folder = tmp_path / name
        folder.mkdir()
        made = whooshs_own(schema()) if name == "whoosh" else schema()
        ix = index.create_in(str(folder), made)
        writes(lambda ix=ix, writer_class=writer_class: writer_class(ix))
        results.append(segment_files(folder))
    whoosh_files, our_files = results
    assert len(our_files) == len(whoosh_files)
    for whoosh_segment, our_segment in zip(whoosh_files, our_files, strict=True):
        assert sorted(our_segment) == sorted(whoosh_segment)
        for name, data in whoosh_segment.items():
            assert our_segment[name] == data, name
    assert any(name.endswith(".pst") for name in whoosh_files[0])


def test_pages_and_quotes_as_the_index_writes_them(tmp_path: Path) -> None:
    # 300 pages: the common words have more postings than a block holds (128).
    def writes(open_writer: Callable[[], Any]) -> None:
        rng = random.Random(14)
        writer = open_writer()
        for number in range(300):
            writer.add_document(
                kind="page",
                key=f"m{number % 7}#{number}",
                magazine=f"m{number % 7}",
                page=number,
                page_label=str(number + 2),
                content=page_text(rng, rng.randrange(0, 400)),
                contributors="anna beispiel,jens muster" if number % 3 else "",
                topics="europe" if number % 5 else "europe,youth",
                data={"contributors": ["Anna Beispiel"], "topics": ["Europe"]},
            )
            if number % 10 == 0:
                writer.add_document(kind="quote", key=f"q{number}", content="„Zukunft“ für Städte")
        writer.commit()

    written_both_ways(tmp_path, make_schema, writes)


def test_merged_segments_with_deletions(tmp_path: Path) -> None:
    # Small commits: Whoosh merges small segments into the new one (their postings come after
    # the new documents'), leaving out the deleted documents.
    def writes(open_writer: Callable[[], Any]) -> None:
        rng = random.Random(5)
        for batch in range(9):
            writer = open_writer()
            writer.delete_by_term("magazine", f"m{batch - 2}")
            for number in range(4):
                writer.add_document(
                    kind="page",
                    key=f"m{batch}#{number}",
                    magazine=f"m{batch}",
                    content=page_text(rng, 60),
                    topics="europe",
                )
            writer.commit()

    written_both_ways(tmp_path, make_schema, writes)
    assert len(segment_files(tmp_path / "ours")) < 9  # merged


def test_postings_past_the_memory_limit_go_to_whooshs_runs(tmp_path: Path) -> None:
    def writes(open_writer: Callable[[], Any]) -> None:
        rng = random.Random(7)
        writer = open_writer()
        writer.pool.limit = 20_000  # bytes: spills several times
        for number in range(120):
            writer.add_document(kind="page", key=f"k{number}", content=page_text(rng, 80))
        if isinstance(writer, TermPoolWriter):
            assert writer.pool.runs
        writer.commit()

    written_both_ways(tmp_path, make_schema, writes)


def test_other_fields_boosts_and_columns(tmp_path: Path) -> None:
    # Weights that are not whole numbers (float32 in a block), frequencies, a sortable column,
    # a field boost per document, and an empty value.
    schema = fields.Schema(
        title=fields.TEXT(stored=True, field_boost=1.7),
        body=fields.TEXT(phrase=False),
        tags=fields.KEYWORD(scorable=True, commas=True),
        year=fields.NUMERIC(stored=True, sortable=True),
        ident=fields.ID(unique=True),
    )

    def writes(open_writer: Callable[[], Any]) -> None:
        rng = random.Random(3)
        writer = open_writer()
        for number in range(200):
            writer.add_document(
                title=page_text(rng, 5),
                body=page_text(rng, rng.randrange(0, 50)),
                tags=",".join(rng.sample(WORDS, 3)),
                year=1990 + number % 30,
                ident=f"id{number}",
                _title_boost=1 + number % 4 / 3,
            )
        writer.commit()

    written_both_ways(tmp_path, lambda: schema, writes)


def test_schemas_it_leaves_to_whoosh() -> None:
    assert supports(make_schema())
    assert not supports(fields.Schema(body=fields.TEXT(analyzer=StemmingAnalyzer(), spelling=True)))
    assert not supports(fields.Schema(body=fields.TEXT(vector=True)))


@pytest.mark.parametrize("seed", range(4))
def test_a_block_is_pickled_as_pickle_pickles_it(seed: int) -> None:
    # `_BlockPickler` writes what `pickle.dumps((gaps, weights, values), 2)` writes when each
    # value is an object of its own (Whoosh's), also where the values share objects (ours),
    # with memo numbers past 255 and values of one byte (Python's shared strings).
    from magazine_index.segment_writer import _BlockPickler

    rng = random.Random(seed)
    pickler = _BlockPickler()
    for _ in range(300):
        count = rng.choice([1, 2, 3, 4, 100, 128, rng.randrange(1, 300)])
        gaps = tuple(rng.choice([0, 1, 255, 256, 65536, 2**31, 2**40]) for _ in range(count))
        weights = rng.choice([None, 2.0, tuple(rng.random() * 9 for _ in range(count))])
        shared = [bytes(rng.randrange(256) for _ in range(rng.randrange(1, 30))) for _ in range(6)]
        values = [rng.choice(shared) for _ in range(rng.choice([0, count]))]
        own = tuple(bytes(bytearray(value)) for value in values)
        assert pickler.block(gaps, weights, values) == pickle.dumps((gaps, weights, own), 2)


def test_positions_are_encoded_as_whoosh_encodes_them() -> None:
    # `store.encode_positions` writes short lists of small gaps itself, the rest by `pickle`.
    from magazine_index.store import encode_positions

    rng = random.Random(11)
    encode = formats.Positions().encode
    for _ in range(3000):
        count = rng.choice([1, 2, 3, 999, 1000, 1001, 2001, rng.randrange(1, 60)])
        top = rng.choice([300, 5000, 100_000])
        found = sorted({rng.randrange(top) for _ in range(count)})
        assert encode_positions(found) == encode(found)
