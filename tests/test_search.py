"""Search semantics: folding, stemming, phrases, query errors, filters, snippets."""

from __future__ import annotations

import random
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from magazine_index.errors import QueryError
from magazine_index.models import Magazine, PageText
from magazine_index.search import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    MAX_QUERY_CHARS,
    Searcher,
    make_snippet,
    plain,
)
from magazine_index.store import MagazineRecord, Store

from .conftest import SAMPLE_ID, run, run_json

PAGES = {
    "names": "Ein Gespräch mit Dietrich Köster über Europa.\nAuch Frau Weiß und Herr Guérot "
    "kamen, dazu Jiří Dvořák aus Brno.",
    "english": "The city was funded by the European Union. Funding for schools grew.",
    "german": "Die Städte der Region arbeiten zusammen. Jede Stadt hat einen Plan.",
    "phrase": "We talk about the European\nstructural funds and the Strukturwandel in the "
    "region.\nRunning footer · Auenstadt in Europe · No. 27",
    "other": "Kosten und Nutzen der Kooperation wurden geprüft.",
}


@pytest.fixture(scope="module")
def searcher(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Searcher]:
    """A real index of a few hand-written pages, one magazine per page."""
    store = Store.create_or_open(tmp_path_factory.mktemp("search-index"))
    writer = store.writer()
    for name, text in PAGES.items():
        magazine = Magazine(name, name.title(), f"/tmp/{name}.pdf", name, 1, 0.0, 1, 0)
        record = MagazineRecord(magazine, ["1"], [], {})
        writer.replace_magazine(record, [PageText(1, "1", text)], [])
    writer.commit()
    with Searcher(store) as opened:
        yield opened


def magazines_for(searcher: Searcher, query: str) -> set[str]:
    return {hit.magazine for hit in searcher.search(query, limit=50).hits}


@pytest.mark.parametrize("query", ["Köster", "Koester", "Koster", "köster", "KOESTER"])
def test_umlauts_fold_both_ways(searcher: Searcher, query: str) -> None:
    assert "names" in magazines_for(searcher, query)


@pytest.mark.parametrize("query", ["Weiß", "Weiss", "Guérot", "Guerot", "Dvořák", "Dvorak", "Jiri"])
def test_sharp_s_and_accents_fold(searcher: Searcher, query: str) -> None:
    assert magazines_for(searcher, query) == {"names"}


def test_exact_name_ranks_above_a_shared_stem(searcher: Searcher) -> None:
    hits = searcher.search("Köster").hits
    assert hits[0].magazine == "names"


@pytest.mark.parametrize("query", ["funding", "funded", "fund"])
def test_english_inflections_match(searcher: Searcher, query: str) -> None:
    assert "english" in magazines_for(searcher, query)


@pytest.mark.parametrize("query", ["Städte", "Stadt", "staedte"])
def test_german_inflections_match(searcher: Searcher, query: str) -> None:
    assert "german" in magazines_for(searcher, query)


def test_phrase_across_a_line_break(searcher: Searcher) -> None:
    assert magazines_for(searcher, '"European structural funds"') == {"phrase"}
    assert magazines_for(searcher, '"structural European"') == set()


def test_running_footer_words_are_searchable(searcher: Searcher) -> None:
    assert magazines_for(searcher, '"Auenstadt in Europe"') == {"phrase"}


def test_boolean_prefix_and_fuzzy(searcher: Searcher) -> None:
    assert magazines_for(searcher, "Europa OR Union") == {"names", "english"}
    assert magazines_for(searcher, "region NOT Strukturwandel") == {"german"}
    assert magazines_for(searcher, "Struktur*") == {"phrase"}
    assert magazines_for(searcher, "Strukturwandl~1") == {"phrase"}


def test_snippet_marks_matched_words(searcher: Searcher) -> None:
    [hit] = searcher.search("Guerot").hits
    assert HIGHLIGHT_START + "Guérot" in hit.snippet
    assert "Guérot kamen" in plain(hit.snippet)


FILLER = " ".join(f"w{number}" for number in range(20))


@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        # The window holding both terms wins over earlier ones holding one.
        (
            f"alpha {FILLER} beta {FILLER} alpha beta {FILLER}",
            "…w14 w15 w16 w17 w18 w19 [alpha] [beta]…",
        ),
        # With as many distinct terms, more matches win ...
        (f"alpha {FILLER} alpha alpha {FILLER} alpha", "…w14 w15 w16 w17 w18 w19 [alpha] [alpha]…"),
        # ... and with as many matches, the first window.
        (f"alpha beta {FILLER} beta alpha {FILLER}", "[alpha] [beta] w0 w1 w2 w3 w4 w5…"),
        (f"{FILLER} {FILLER} alpha", "…w13 w14 w15 w16 w17 w18 w19 [alpha]"),
        (f"alpha {FILLER} {FILLER}", "[alpha] w0 w1 w2 w3 w4 w5 w6…"),
        ("alpha beta " * 6, "[alpha] [beta] [alpha] [beta] [alpha] [beta] [alpha] [beta]…"),
    ],
)
def test_a_snippet_is_the_window_with_the_most_distinct_terms(text: str, snippet: str) -> None:
    # Only the windows a matched word enters or leaves are compared (`make_snippet`): the
    # same window as stepping through every word.
    found = make_snippet(text, {"alpha", "beta"}, words=8)
    assert found.replace(HIGHLIGHT_START, "[").replace(HIGHLIGHT_END, "]") == snippet


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ('"european funds', "unclosed quotation mark"),
        ("(europe OR city", "unclosed bracket"),
        ("europe)", "closes a bracket"),
        ("europe AND", "operator"),
        ("the and", "no searchable words"),
        ("fund~x", "number of edits"),
        ("europe~9", "at most 2 edits"),
        ("  ", "empty"),
        ("title:Europe", "names a field 'title'"),
        ("magazine:x", "names a field 'magazine'"),
    ],
)
def test_malformed_queries_say_what_is_wrong(searcher: Searcher, query: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        searcher.search(query)


def test_did_you_mean(searcher: Searcher) -> None:
    result = searcher.search("Strukturwandl")
    assert result.total == 0
    assert result.suggestion == "Strukturwandel"  # spelled as printed, not folded


def test_sample_search_gives_page_references(sample_index: Path) -> None:
    data = run_json("search", "Twinning Prize", index_dir=sample_index)
    assert data["total"] >= 1
    hit = data["hits"][0]
    assert hit["magazine"] == SAMPLE_ID
    assert hit["page"] == int(hit["page_label"]) + 1
    assert hit["link"].endswith(f"#page={hit['page']}")
    assert set(hit) >= {
        "magazine",
        "title",
        "file",
        "page",
        "page_label",
        "score",
        "snippet",
        "contributors",
        "topics",
    }


def test_human_output_shows_printed_and_pdf_page(sample_index: Path) -> None:
    result = run("search", "Twinning Prize", "--limit", "1", index_dir=sample_index)
    assert result.exit_code == 0
    assert "p. 15 (PDF 16)" in result.stdout
    assert "\x1b[" not in result.stdout  # not a terminal: no bold


def test_magazine_filter(sample_index: Path) -> None:
    assert (
        run_json("search", "Europe", "--magazine", SAMPLE_ID, index_dir=sample_index)["total"] > 0
    )
    result = run("search", "Europe", "--magazine", "nope", index_dir=sample_index)
    assert result.exit_code == 1 and "no magazine 'nope'" in result.stderr


def test_bad_query_on_the_command_line_is_one_line(sample_index: Path) -> None:
    result = run("search", '"unclosed', index_dir=sample_index)
    assert result.exit_code == 1
    assert result.stderr.strip().count("\n") == 0
    assert "unclosed quotation mark" in result.stderr


# -- what a new user found ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("umlaut", "spelled_out"),
    [("Städte", "Staedte"), ("Schüler", "Schueler"), ("Brüssel", "Bruessel")],
)
def test_spelled_out_umlauts_find_the_same_word_forms(
    sample_index: Path, umlaut: str, spelled_out: str
) -> None:
    def pages(query: str) -> set[int]:
        hits = run_json("search", query, "--limit", "100", index_dir=sample_index)["hits"]
        return {hit["page"] for hit in hits}

    assert pages(spelled_out) == pages(umlaut)


def test_a_phrase_matches_the_word_forms_of_its_words(sample_index: Path) -> None:
    def pages(query: str) -> list[int]:
        hits = run_json("search", query, "--limit", "100", index_dir=sample_index)["hits"]
        return [hit["page"] for hit in hits]

    exact = pages('"school exchanges"')
    assert exact
    assert set(pages('"school exchange"')) >= set(exact)
    # Words still have to stand in order and side by side.
    assert pages('"exchange school"') == []


def test_a_phrase_ranks_the_exact_spelling_first(searcher: Searcher) -> None:
    hits = searcher.search('"Städte der Region"').hits
    assert [hit.magazine for hit in hits] == ["german"]
    assert magazines_for(searcher, '"Stadt der Region"') == {"german"}
    assert magazines_for(searcher, '"European structural fund"') == {"phrase"}


def test_a_long_query_is_answered_fast_or_refused_in_one_line(searcher: Searcher) -> None:
    started = time.monotonic()
    with pytest.raises(QueryError, match=r"longer than \d+ characters") as raised:
        searcher.search("Europa " * 800)
    assert time.monotonic() - started < 1.0
    assert len(str(raised.value)) < 200
    started = time.monotonic()
    searcher.search(" ".join(["Europa", "Region", "Stadt", "Union"] * 40)[:MAX_QUERY_CHARS])
    assert time.monotonic() - started < 2.0


def test_an_error_about_a_long_query_does_not_repeat_all_of_it(searcher: Searcher) -> None:
    query = "(" * (MAX_QUERY_CHARS // 2) + "europe"
    with pytest.raises(QueryError) as raised:
        searcher.search(query)
    assert len(str(raised.value)) < 200


def test_filters_as_people_type_them(sample_index: Path) -> None:
    lower = run_json("search", "Europe", "--topic", "structural change", index_dir=sample_index)
    german = run_json("search", "Europe", "--topic", "Strukturwandel", index_dir=sample_index)
    assert german["total"] == lower["total"] > 0
    prefix = run_json("search", "Europe", "--magazine", "auenstadt", index_dir=sample_index)
    whole = run_json("search", "Europe", "--magazine", SAMPLE_ID, index_dir=sample_index)
    assert prefix == whole


def test_an_ambiguous_magazine_prefix_is_named(tmp_path: Path) -> None:
    from .pdfs import make_pdf

    folder = tmp_path / "pdfs"
    folder.mkdir()
    make_pdf(folder / "issue-1.pdf", [["Europe and the city"]])
    make_pdf(folder / "issue-2.pdf", [["Europe and the region"]])
    assert run("index", folder).exit_code == 0
    result = run("search", "Europe", "--magazine", "issue")
    assert result.exit_code == 1
    assert "'issue' matches more than one magazine: issue-1, issue-2" in result.stderr


def test_a_phrase_marks_the_word_forms_it_matched(searcher: Searcher) -> None:
    [hit] = searcher.search('"European structural fund"').hits
    assert HIGHLIGHT_START + "funds" in hit.snippet


def test_every_index_term_of_a_word_starts_as_one_of_its_spellings() -> None:
    # Marking matches in a snippet stems only the words whose spellings start with the
    # initial of a query term (`search._matches`); this is the rule that makes it exact.
    from magazine_index.language import STEM_MARK, index_variants
    from magazine_index.text import surface_variants

    text = " ".join([*PAGES.values(), SAMPLE_PDF_TEXT_WORDS])
    words = {w.lower() for w in re.findall(r"\w+(?:['’]\w+)*", text)}
    for word in sorted(words):
        initials = {spelling[:1] for spelling in surface_variants(word)}
        for term in index_variants(word):
            assert term.lstrip(STEM_MARK)[:1] in initials, (word, term)


def test_the_initials_of_a_word_are_those_of_its_first_letter() -> None:
    # `search._initials` folds a word's first letter only; exact for every letter but the
    # halfwidth kana sound marks, which fold to nothing (and so fold the word).
    import sys

    from magazine_index.search import _initials
    from magazine_index.text import surface_variants

    examples = [*SAMPLE_PDF_TEXT_WORDS.lower().split(), "\uff9ex", "\uff9fß", "ǆemal", "ﬃx"]
    letters = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]
    examples += [w.lower() for w in (c + "xß" for c in letters) if re.match(r"\w", w)]
    for word in examples:
        assert _initials(word) == {s[:1] for s in surface_variants(word)}, word


# Words whose stems change letters or whose first letter folds to two: umlauts, ß, ligatures,
# a leading "y" (English), spelled-out umlauts read back as umlauts (German), other scripts.
SAMPLE_PDF_TEXT_WORDS = (
    "Äpfel Ärger Öffnung Übung Ueberblick aerger oel ßtraße Straße ﬁnanzen ﬂügel Æther Œuvre "
    "yelling yes dying lying skies news gently early only singly idly Ørsted Łódź Đorđe "
    "Ελλάδα Москва 東京 naïve Zoë café 2025 1990er x y u a e i o Quelle Frauen neue teuer "
    "fund's Europe’s don't"
)


def test_a_filter_used_again_gives_the_same_hits(sample_index: Path) -> None:
    # The first search with a filter requires its terms; later ones use its kept set of
    # documents (`Searcher._ranked`). Both must rank and count alike.
    with Searcher(Store.open(sample_index)) as searcher:
        for options in ({}, {"magazine": SAMPLE_ID}, {"quotes_only": True}):
            first = searcher.search("Europa OR Stadt", limit=50, **options)  # type: ignore[arg-type]
            again = searcher.search("Europa OR Stadt", limit=50, **options)  # type: ignore[arg-type]
            assert first.total > 0
            assert (first.total, first.hits) == (again.total, again.hits)


def test_a_store_reuses_its_first_reader_once(sample_index: Path) -> None:
    store = Store.open(sample_index)
    first, second = store.searcher(), store.searcher()
    assert first.reader() is not second.reader()
    assert first.doc_count() == second.doc_count() > 0
    first.close()
    second.close()


@pytest.mark.parametrize(
    "text",
    [
        "",
        "the and of",
        "The city and the region: a plan. Die Stadt und die Region!",
        SAMPLE_PDF_TEXT_WORDS,
        *PAGES.values(),
        # Lowercased into two characters ("i̇"), and by the neighbours ("ς" at a word's end).
        "İSTANBUL und İzmir: Partnerstädte",
        "ΟΔΟΣ.ΑΘΗΝΑ, ΟΔΟΣ Α.Σ, ΣΟΦΙΑ's",
    ],
)
def test_a_page_is_indexed_as_whoosh_s_chain_of_filters_would(text: str) -> None:
    # `PagePositions.term_positions` does in one pass what the chain does token by token.
    from whoosh.formats import Positions

    from magazine_index.store import make_schema

    content = make_schema()["content"]
    chain = content.analyzer(text, positions=True, boosts=True, mode="index")
    positions: dict[str, list[int]] = {}
    for token in chain:
        if not token.stopped:
            positions.setdefault(token.text, []).append(token.pos)
    found = content.format.term_positions(text, content.analyzer)
    assert list(found.items()) == list(positions.items())  # the same terms in the same order
    expected = list(Positions().word_values(text, content.analyzer, mode="index"))
    assert list(content.format.word_values(text, content.analyzer, mode="index")) == expected
    postings = [(term.encode(), tuple(posting)) for term, *posting in expected]
    assert content.format.page_postings(text, content.analyzer) == postings  # segment_writer


def test_a_text_lowercased_whole_splits_into_its_words_lowercased() -> None:
    # `PageAnalyzer.lowered_words` lowercases a page before splitting it where no character
    # becomes two or changes with its neighbours: then no character may become or stop
    # being a word character or an apostrophe.
    import sys

    from magazine_index.store import WORD_PATTERN, PageAnalyzer

    word = re.compile(r"\w")

    def kind(char: str) -> tuple[bool, bool]:
        return bool(word.match(char)), char in "'’"

    changed = []
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        lowered = char.lower()
        if len(lowered) != 1 or char == "\u03a3" or kind(char) != kind(lowered):
            changed.append(char)
    assert changed == ["\u0130", "\u03a3"]  # "İ", "Σ": texts holding them are split first
    analyzer = PageAnalyzer()
    texts = ["Ein ÜBERBLICK: Europa’s Städte, O'Brien; 3,5 % ΟΔΟΣ", "''a'b’’c' d'’e_f'"]
    rng = random.Random(8)  # words, apostrophes and what is neither, at random
    for letters in ("aÄ1_'’ .-İ", "aÄ1_ .-İΣ", "aÄ1_ .-"):  # with and without apostrophes
        texts += ["".join(rng.choice(letters) for _ in range(40)) for _ in range(1000)]
    for text in texts:
        expected = [word.lower() for word in re.findall(WORD_PATTERN, text)]
        assert analyzer.lowered_words(text) == expected, text


def test_field_lengths_read_whole_are_whoosh_s(sample_index: Path) -> None:
    # `store._doc_field_length` reads a field's column of lengths once; Whoosh read a byte per
    # call, and gave None for a length of zero.
    from whoosh.codec import whoosh3
    from whoosh.util.numeric import byte_to_length

    store = Store.open(sample_index)
    with store.ix.reader() as reader:
        for segment, _ in reader.leaf_readers():
            per_doc = segment._perdoc
            for field in ("content", "contributors", "topics", "kind", "page_label"):
                column = per_doc._cached_reader(whoosh3._lenfield(field), whoosh3.LENGTHS_COLUMN)
                for number in range(segment.doc_count_all() + 1):
                    found = per_doc.doc_field_length(number, field, default=-1)
                    if column is None:
                        assert found == -1
                        continue
                    byte = column[number]
                    assert found == (byte_to_length(byte) if byte else None), (field, number)


def test_skipping_through_postings_lands_where_stepping_would(sample_index: Path) -> None:
    # `store._skip_to` bisects within a block of postings; stepping one posting at a time
    # lands on the first posting at or after the target, or runs out.
    store = Store.open(sample_index)
    with store.ix.reader() as reader:
        for segment, _ in reader.leaf_readers():
            for field, term in (("kind", b"page"), ("content", b"europa"), ("kind", b"quote")):
                if (field, term) not in segment:
                    continue
                ids = list(segment.postings(field, term).all_ids())
                last = segment.doc_count_all() + 2
                for step in (1, 3, 50, 129):
                    matcher = segment.postings(field, term)
                    for target in range(0, last, step):
                        if not matcher.is_active():
                            assert not [i for i in ids if i >= target]
                            break
                        matcher.skip_to(target)
                        expected = [i for i in ids if i >= target]
                        assert matcher.is_active() == bool(expected)
                        if expected:
                            assert matcher.id() == expected[0]


def test_one_word_is_parsed_as_whoosh_s_parser_would(searcher: Searcher) -> None:
    # `Searcher.parse` reads a query of one plain word without Whoosh's parser.
    import sys

    from whoosh import query as wq

    from magazine_index.language import STOP_WORDS

    words = re.findall(r"\w+", " ".join([*PAGES.values(), SAMPLE_PDF_TEXT_WORDS, "a_b İstanbul"]))
    letters = (chr(c) for c in range(0, sys.maxunicode + 1, 97) if not 0xD800 <= c <= 0xDFFF)
    words += [w for w in (c + "x" for c in letters) if re.fullmatch(r"\w+", w)]
    for word in dict.fromkeys(words):
        if word.lower() in STOP_WORDS:
            continue
        assert searcher.parse_with_whoosh(word) == wq.Term("content", word.lower()), word
        assert searcher.parse(f" {word} ") == searcher.parse(f"({word})"), word


def test_a_phrase_of_plain_words_is_parsed_as_whoosh_s_parser_would(searcher: Searcher) -> None:
    # `Searcher.parse` reads a phrase of plain words without Whoosh's parser too.
    from whoosh import query as wq

    from magazine_index.language import STOP_WORDS
    from magazine_index.search import _expand

    words = re.findall(r"\w+", " ".join([*PAGES.values(), SAMPLE_PDF_TEXT_WORDS, "İSTANBUL ΟΔΟΣ"]))
    phrases = [words[i : i + size] for size in (2, 3) for i in range(len(words) - size + 1)]
    shortcut = 0
    for phrase in phrases:
        text = '"' + " ".join(phrase) + '"'
        for field in ("content", "quote"):
            if STOP_WORDS.intersection(w.lower() for w in phrase):
                continue  # read by Whoosh's parser
            whooshs = searcher.parse_with_whoosh(text, field)
            assert whooshs == wq.Phrase(field, [w.lower() for w in phrase], slop=1), text
            assert repr(searcher.parse(text, field)) == repr(_expand(whooshs, field)), text
            shortcut += 1
    assert shortcut > 20


def test_pages_and_quotations_rank_as_one_text(tmp_path: Path) -> None:
    """A quotation's text is a field of its own (`quote`), ranked with the statistics of pages
    and quotations together: each score is the one Whoosh's BM25F gives where both are in one
    field, as before they were kept apart (schema 7)."""
    from whoosh import index, scoring
    from whoosh import query as wq

    from magazine_index.store import Ranking, make_schema

    documents = [
        ("page", "Europa beginnt vor der Haustür. Europa im Alltag, Europa in der Stadt."),
        ("quote", "Europa im Alltag"),
        ("page", "Die Stadt und ihre Partner in Europa"),
        ("quote", "Die Stadt braucht Europa, sagt sie"),
        ("page", "Nichts davon hier"),
    ]
    kept_apart = index.create_in(str(tmp_path), make_schema(), indexname="apart")
    in_one_field = index.create_in(str(tmp_path), make_schema(), indexname="one")
    for ix, apart in ((kept_apart, True), (in_one_field, False)):
        writer = ix.writer()
        for kind, text in documents:
            writer.add_document(
                kind=kind, **{"quote" if apart and kind == "quote" else "content": text}
            )
        writer.commit()
    with (
        kept_apart.searcher(weighting=Ranking) as apart,
        in_one_field.searcher(weighting=scoring.BM25F) as one,
    ):
        for word in ("europa", "stadt", "alltag"):
            pages = apart.search(wq.Term("content", word), limit=None)
            quotes = apart.search(wq.Term("quote", word), limit=None)
            together = one.search(wq.Term("content", word), limit=None)
            assert len(pages) and len(quotes), word
            scores = {hit.docnum: hit.score for hit in (*pages, *quotes)}
            assert scores == {hit.docnum: hit.score for hit in together}, word


def test_a_hit_s_article_read_from_the_stored_record_is_the_record_s(sample_index: Path) -> None:
    # Hits read their article's title from the record as stored (`stored_article_title`),
    # without building it: the same article `MagazineRecord.article` finds, on every page.
    from magazine_index.store import stored_article_title

    [record] = Store.open(sample_index).records()
    data = record.to_data()
    titles = [stored_article_title(data, page) for page in range(1, record.magazine.pages + 1)]
    articles = [record.article(page) for page in range(1, record.magazine.pages + 1)]
    assert titles == [a.title if a is not None else None for a in articles]
    assert any(titles)  # the sample has articles to find


@pytest.mark.parametrize(
    "query",
    [
        "Europa",
        "Städte",
        "funding",
        "Köster OR Kosten",
        "Stadt Region",
        "europ*",
        "Europa~",
        '"European funding"',
        "Europa NOT Brno",
        "zzzz OR Europa",
        "Auenstadt",
        'Europa OR "European funding"',
        '"Stadt hat" OR Region',
    ],
)
def test_words_are_ranked_as_whoosh_ranks_them(
    searcher: Searcher, sample_index: Path, query: str
) -> None:
    # `_TopCollector` scores the terms of a query of words one by one (`_union_scores`):
    # the same hits, scores (to the bit) and order as Whoosh's stepping through them.
    from magazine_index.search import _of_terms, _union_scores

    with Searcher(Store.open(sample_index)) as sample:
        for view in (searcher, sample):
            parsed = view.parse(query)
            for limit in (1, 3, 1000):
                whooshs, ours = _ranked_both_ways(view, parsed, limit)
                assert whooshs == ours
    # A word is the union of its spellings and stems: scored term by term, not stepped through.
    leaf = searcher._searcher.leaf_searchers()[0][0]
    matcher = searcher.parse("Europa").matcher(leaf, leaf.context())
    assert _of_terms(matcher) and _union_scores(matcher)


def test_words_are_ranked_as_whoosh_ranks_them_past_deleted_pages(tmp_path: Path) -> None:
    # A segment whose documents were deleted (a magazine indexed again) wraps each term's
    # postings in a `FilterMatcher`; those are scored term by term too, without the deleted.
    from whoosh.matching import FilterMatcher

    from magazine_index.search import _of_terms

    store = Store.create_or_open(tmp_path)
    writer = store.writer()
    for copy in (1, 2):
        for name, text in PAGES.items():
            magazine = Magazine(f"{name}-{copy}", name, f"/tmp/{name}.pdf", name, 1, 0.0, 1, 0)
            record = MagazineRecord(magazine, ["1"], [], {})
            writer.replace_magazine(record, [PageText(1, "1", text)], [])
    writer.commit()
    deleting = store.ix.writer()
    for name in ("names-1", "english-2", "german-1", "phrase-2"):
        deleting.delete_by_term("magazine", name)
    deleting.commit(merge=False)  # the segment keeps its deleted documents
    with Searcher(Store.open(tmp_path)) as view:
        leaf = view._searcher.leaf_searchers()[0][0]
        matcher = view.parse("Europa").matcher(leaf, leaf.context())
        assert _of_terms(matcher) and FilterMatcher in _matcher_kinds(matcher)
        for query in ("Europa", "Städte", "funding", "Köster OR Kosten", "Stadt Region"):
            parsed = view.parse(query)
            for limit in (1, 3, 1000):
                whooshs, ours = _ranked_both_ways(view, parsed, limit)
                assert whooshs == ours and whooshs[0], query


def _ranked_both_ways(view: Searcher, parsed: Any, limit: int) -> list[tuple[int, list[Any]]]:
    """The number of hits and the top hits' (document, score), by Whoosh's collector and ours."""
    from whoosh.collectors import TopCollector

    from magazine_index.search import _TopCollector

    hits = []
    for collector in (TopCollector(limit, usequality=False, replace=0), _TopCollector(limit)):
        view._searcher.search_with_collector(parsed, collector)
        results = collector.results()
        hits.append((len(results), [(h.docnum, h.score) for h in results]))
    return hits


def _matcher_kinds(matcher: Any) -> set[type]:
    children = [getattr(matcher, name) for name in ("a", "b", "child") if hasattr(matcher, name)]
    return {type(matcher)}.union(*(_matcher_kinds(child) for child in children))
