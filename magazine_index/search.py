"""Answer queries from the index: hits with page references and passages. Never prints.

Queries use Whoosh's syntax (AND/OR/NOT, "phrases", prefix*, fuzzy~). Each plain word is
expanded into the spellings and stems it is indexed under (see `language.py`), so "Städte"
finds "Stadt" and "Koester" finds "Köster"; phrase words match by spelling only, in order.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from whoosh import query as wq
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.collectors import FilterCollector, TopCollector
from whoosh.matching import (
    FilterMatcher,
    ListMatcher,
    Matcher,
    NullMatcherClass,
    UnionMatcher,
    WrappingMatcher,
)
from whoosh.query.spans import SpanNear2, SpanOr
from whoosh.scoring import WeightLengthScorer
from whoosh.searching import Searcher as WhooshSearcher

from .errors import NotFoundError, QueryError
from .language import STEM_MARK, STOP_WORDS, index_variants, query_stems
from .models import Hit, Magazine
from .records import frozen
from .store import TEXT_FIELDS, MagazineRecord, Store, stored_article_title
from .text import fold, fold_key, surface_variants

if TYPE_CHECKING:  # records a search never builds (`models.py`)
    from .models import ArticleEntry, ContributorEntry, OcrWord, PageRef, TopicEntry

HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"
SNIPPET_WORDS = 36
MAX_EDITS = 2
# Words whose index terms are remembered for marking matches: stemming every word of every
# page shown took most of a search's time; an archive's vocabulary is mostly this size.
WORD_TERMS_CACHE = 100_000
# Queries whose decisions about the words of pages are remembered (`_token_terms`): a server
# marks the hits of the next page of results, and the pages it shows, with the same query.
QUERIES_REMEMBERED = 8
# Filters (kind, magazine, contributor, …) whose documents are remembered per view of the index.
FILTER_CACHE = 64
# Exact spellings rank above stem matches ("Köster" above "Kosten", which shares a stem).
SURFACE_BOOST = 2.0
# Each word of a query becomes up to six index terms, and a word not in the index is looked up
# for a spelling suggestion. Measured on the samples, a 1,000-character query took 0.75 s and
# 2 s with suggestions (4 s and 10 s for 1,000 and 5,000 characters before suggestions were
# capped); a quoted paragraph stays under 500 characters.
MAX_QUERY_CHARS = 500
# Words of one query looked up for a "Did you mean": each lookup scans the index's terms.
MAX_SUGGESTED_WORDS = 8
# How much of a query an error message repeats.
SHOWN_QUERY_CHARS = 60

_WORD = re.compile(r"\w+(?:['’]\w+)*")
# A query that is one word of letters, digits and underscores, and nothing else.
_ONE_WORD = re.compile(r"\w+")
# A query that is a phrase of two or more such words, one space apart (compiled when first used).
_PLAIN_PHRASE = r'"(\w+(?: \w+)+)"'
_OPERATORS = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"}


@frozen
class Source:
    """The publication details of a page, for citing it."""

    year: int | None
    article: str | None
    """Title of the article the page belongs to (else of the outline entry before it)."""
    authors: tuple[str, ...]


class SearchResult(NamedTuple):
    """The hits of a query, with the total and a spelling suggestion where it found nothing.

    A named tuple, not a `frozen` record: a search makes one, and the methods Python's
    dataclasses compile for a record took 1 % of a cold search.
    """

    query: str
    total: int
    hits: list[Hit]
    suggestion: str | None = None


class _TopCollector(TopCollector):  # type: ignore[misc]  # whoosh ships no type hints
    """Whoosh's collector of the top hits, scoring every match in full, with the matches of a
    query of words (an `Or` of terms, boosted or not) scored term by term.

    Whoosh steps through a union of terms one document at a time, through a tree of matchers
    and several calls each: ranking the 610 pages of "Europa" took 9 % of a cold search. Here
    each term's postings are scored in one pass (the same calls to its scorer), and the union's
    scores added as Whoosh's union adds them (`_union_scores`); the documents are then
    collected in the order Whoosh visits them, so the hits, their scores and their order are the
    same. Any other matcher (a phrase, a filter) is stepped through as Whoosh does.
    """

    def __init__(self, limit: int) -> None:
        super().__init__(limit=limit, usequality=False, replace=0)

    def collect_matches(self) -> None:
        if self.final_fn is not None or not _of_terms(self.matcher):
            super().collect_matches()
            return
        scores = _union_scores(self.matcher)
        collect, offset = self._collect, self.offset
        for docnum in sorted(scores):
            collect(offset + docnum, scores[docnum])


def _of_terms(matcher: Matcher) -> bool:
    """Whether a matcher is a term's, or a union of terms (boosted or not): looked at before
    any is stepped through, for Whoosh's stepping of the others."""
    kind = type(matcher)
    if kind is UnionMatcher:
        return _of_terms(matcher.a) and _of_terms(matcher.b)
    if kind is WrappingMatcher:  # a boosted term
        return _of_terms(matcher.child)
    if kind is FilterMatcher and matcher._exclude:  # a segment's deleted documents left out
        return _of_terms(matcher.child)
    # A term's postings, or a term a part of the index does not hold.
    return kind is W3LeafMatcher or kind is ListMatcher or kind is NullMatcherClass


def _union_scores(matcher: Matcher) -> dict[int, float]:
    """Each matched document's score, as Whoosh's union of the matchers of terms (`_of_terms`)
    gives it (`UnionMatcher.score`: the sum where both sides match)."""
    kind = type(matcher)
    if kind is UnionMatcher:
        left, right = _union_scores(matcher.a), _union_scores(matcher.b)
        for docnum, score in right.items():
            known = left.get(docnum)
            left[docnum] = score if known is None else known + score
        return left
    if kind is WrappingMatcher:
        boost = matcher.boost
        return {docnum: score * boost for docnum, score in _union_scores(matcher.child).items()}
    if kind is FilterMatcher:  # as `FilterMatcher.score`, without the documents it excludes
        excluded, boost = matcher._ids, matcher.boost
        scores = _union_scores(matcher.child)
        return {docnum: scores[docnum] * boost for docnum in scores if docnum not in excluded}
    if kind is W3LeafMatcher and type(matcher.scorer).score is WeightLengthScorer.score:
        return _term_scores(matcher)
    scores = {}
    while matcher.is_active():
        scores[matcher.id()] = matcher.score()
        matcher.next()
    return scores


def _term_scores(matcher: W3LeafMatcher) -> dict[int, float]:
    """A term's postings scored block by block, each as `WeightLengthScorer.score` scores the
    current posting (`_score(weight, length)`), without the matcher's four calls a posting."""
    score, length = matcher.scorer._score, matcher.scorer.dfl
    scores = {}
    while matcher.is_active():
        matcher.id(), matcher.weight()  # read the block's documents and weights
        ids, weights = matcher._ids, matcher._weights
        for i in range(matcher._i, matcher._blocklength):
            scores[ids[i]] = score(weights[i], length(ids[i]))
        matcher._next_block()
    return scores


class Searcher:
    """A read-only view of an index for searching; open once, query many times."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._searcher: WhooshSearcher = store.searcher()
        self._records: dict[str, MagazineRecord | None] = {}
        self._stored_data: dict[str, dict[str, Any] | None] = {}
        self._all_records: list[MagazineRecord] | None = None
        self._allowed: dict[str, Any] = {}  # a filter's documents, None when used once

    def is_current(self) -> bool:
        """Whether this view still shows the index's latest commit (an `index` run may add one)."""
        return bool(self._searcher.up_to_date())

    def close(self) -> None:
        self._searcher.close()

    def __enter__(self) -> Searcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- queries ---------------------------------------------------------------------------

    def parse(self, text: str, field: str = "content") -> wq.Query:
        """Parse a query string, raising `QueryError` with what is wrong with it; its words
        are looked for in `field` (pages' text; "quote": quotations')."""
        _check_syntax(text)
        word = text.strip()
        phrase = word.startswith('"') and re.fullmatch(_PLAIN_PHRASE, word)
        if _ONE_WORD.fullmatch(word) and word.lower() not in STOP_WORDS:
            # What Whoosh's parser makes of one plain word (`parse_with_whoosh`), without
            # loading and running it: a twentieth of a cold search.
            parsed: wq.Query = wq.Term(field, word.lower())
        elif phrase and STOP_WORDS.isdisjoint(words := [w.lower() for w in phrase[1].split()]):
            # The same of a phrase of plain words (7 % of a cold search of one).
            parsed = wq.Phrase(field, words, slop=1)
        else:
            parsed = self.parse_with_whoosh(text, field)
        rewritten = _expand(parsed, field)
        if rewritten is wq.NullQuery or isinstance(rewritten, wq.qcore._NullQuery):
            raise QueryError(
                f"the query {_shown(text)} has no searchable words "
                "(only stop words like 'the', 'und')"
            )
        return rewritten

    def parse_with_whoosh(self, text: str, field: str = "content") -> wq.Query:
        """Whoosh's reading of a query string, before its words are expanded (`parse`)."""
        from whoosh.qparser import FuzzyTermPlugin, QueryParser

        parser = QueryParser(field, self.store.ix.schema)
        parser.add_plugin(FuzzyTermPlugin())
        try:
            parsed = parser.parse(text)
        except Exception as exc:  # whoosh raises assorted errors on odd input
            reason = str(exc)[:SHOWN_QUERY_CHARS]
            raise QueryError(f"cannot read the query {_shown(text)}: {reason}") from exc
        # Whoosh does not raise on what it cannot read: it marks the node with `error`.
        for node in _leaves(parsed):
            if getattr(node, "error", None):
                raise QueryError(f"cannot read the query {_shown(text)}: {node.error}")
        return parsed

    def search(
        self,
        text: str,
        *,
        contributor: str | None = None,
        topic: str | None = None,
        magazine: str | None = None,
        year: int | None = None,
        quotes_only: bool = False,
        limit: int = 10,
        offset: int = 0,
    ) -> SearchResult:
        """Ranked hits for a query, one per page (or per quotation with `quotes_only`);
        `offset` skips that many hits first, for the next page of results."""
        field = "quote" if quotes_only else "content"
        parsed = self.parse(text, field)
        restrict = self._filters(contributor, topic, magazine, year=year)
        results = self._ranked(parsed, restrict, offset + limit)
        terms = self._highlight_terms(parsed)
        hits = [self._hit(result, terms) for result in results[offset:]]
        suggestion = None
        if not hits and not offset:
            suggestion = self.suggest(text, restrict, field)
        return SearchResult(text, len(results), hits, suggestion)

    def quotes(
        self,
        text: str | None = None,
        *,
        contributor: str | None = None,
        magazine: str | None = None,
        limit: int | None = None,
    ) -> list[Hit]:
        """Quotations ranked by a query, or all of them in page order without one."""
        if text:
            restrict = self._filters(contributor, None, magazine)
            parsed = self.parse(text, "quote")
            results = self._ranked(parsed, restrict, limit)
            terms = self._highlight_terms(parsed)
            return [self._hit(result, terms, whole=True) for result in results]
        restrict = self._filters(contributor, None, magazine, kind="quote")
        results = self._searcher.search(wq.Every(), filter=restrict, limit=None)
        hits = [self._hit(result, set(), whole=True) for result in results]
        hits.sort(key=lambda h: (h.magazine, h.page))
        return hits[:limit] if limit else hits

    def suggest(
        self, text: str, restrict: wq.Query | None = None, field: str = "content"
    ) -> str | None:
        """A corrected query where a word is not in the index but a near spelling is."""
        reader = self._searcher.reader()
        changed = False
        corrected = text
        looked_up: dict[str, str | None] = {}
        for match in reversed(list(_WORD.finditer(text))):
            word = match.group(0)
            if word in _OPERATORS or word.lower() in STOP_WORDS or word.isdigit():
                continue
            if any(_frequency(reader, v) for v in index_variants(word.lower())):
                continue
            if word.lower() not in looked_up:
                if len(looked_up) == MAX_SUGGESTED_WORDS:
                    return None
                looked_up[word.lower()] = self._nearest_word(word.lower())
            replacement = looked_up[word.lower()]
            if replacement:
                corrected = corrected[: match.start()] + replacement + corrected[match.end() :]
                changed = True
        if not changed:
            return None
        try:
            found = self._ranked(self.parse(corrected, field), restrict, 1)
        except QueryError:
            return None
        return corrected if len(found) else None

    def _nearest_word(self, word: str) -> str | None:
        """The most frequent indexed word at the smallest edit distance (1, then 2), spelled
        as the pages print it ("Städte", not the folded "staedte")."""
        reader = self._searcher.reader()
        for distance in (1, 2):
            near = {
                _as_text(term)
                for field in TEXT_FIELDS
                for term in reader.terms_within(field, fold(word), distance, 1)
            }
            options = [
                term for term in near if not term.startswith(STEM_MARK) and term != fold(word)
            ]
            if options:
                best = max(options, key=lambda o: (_frequency(reader, o), o))
                return self._printed_spelling(best) or best
        return None

    def _printed_spelling(self, term: str) -> str | None:
        """A word of a stored page that is indexed as `term`, as it is printed."""
        found = self._searcher.search(wq.Or([wq.Term(f, term) for f in TEXT_FIELDS]), limit=1)
        for hit in found:
            for match in _WORD.finditer(hit.get("content") or hit.get("quote", "")):
                if term in surface_variants(match.group(0)):
                    return match.group(0)
        return None

    # -- filters ---------------------------------------------------------------------------

    def _ranked(self, parsed: wq.Query, restrict: wq.Query | None, limit: int | None) -> Any:
        """Whoosh's results for a query within a filter, with the exact number of matches.

        Every match is scored in full, so the total comes from the same pass. Whoosh's
        defaults skip blocks and swap in cheaper matchers once the top hits are known (which
        leaves some matches uncounted), then run the query a second time to count: slower
        when most matches are scored anyway, as with one word on thousands of pages.

        The first search with a filter requires the filter's terms alongside the query
        (scored by the query alone); from the second on, the filter's set of documents is
        built and kept for this view of the index. Building the set of 10,000 pages took
        longer than ranking them, which is worth it for a server's many searches but not
        for the one search of a command.
        """
        allowed = None
        if restrict is not None:
            key = repr(restrict)
            allowed = self._allowed.get(key)
            if allowed is None and key not in self._allowed:
                if len(self._allowed) >= FILTER_CACHE:
                    self._allowed.clear()
                self._allowed[key] = None
                parsed = wq.Require(parsed, restrict)
            elif allowed is None:
                allowed = self._allowed[key] = self._searcher._filter_to_comb(restrict)
        if limit is None:
            return self._searcher.search(parsed, filter=allowed, limit=None)
        collector = FilterCollector(_TopCollector(limit=limit), allow=allowed)
        self._searcher.search_with_collector(parsed, collector)
        return collector.results()

    def _filters(
        self,
        contributor: str | None,
        topic: str | None,
        magazine: str | None,
        kind: str | None = None,
        year: int | None = None,
    ) -> wq.Query | None:
        """What a search is restricted to (None: everything its query matches)."""
        parts: list[wq.Query] = [wq.Term("kind", kind)] if kind else []
        if magazine is not None:
            parts.append(wq.Term("magazine", self._require_record(magazine).magazine.id))
        if year is not None:
            of_year = [r.magazine.id for r in self.records() if r.magazine.year == year]
            if not of_year:
                raise NotFoundError(
                    f"no magazine of {year} in the index; `magazine-index magazines` lists them"
                )
            parts.append(wq.Or([wq.Term("magazine", id_) for id_ in of_year]))
        if contributor is not None:
            parts.append(self._keyword_filter("contributors", contributor, "contributor"))
        if topic is not None:
            parts.append(self._keyword_filter("topics", topic, "topic"))
        return wq.And(parts) if parts else None

    def _keyword_filter(self, field: str, wanted: str, what: str) -> wq.Query:
        """Terms of a comma-separated field that contain every folded word of `wanted`."""
        words = _filter_words(wanted, what)
        keys = [key for key in self.keys(field) if _name_matches(key, words)]
        if not keys and field == "topics":
            # A vocabulary term names its topic: "Strukturwandel" is "Structural change".
            named = {fold_key(name) for name in topic_for_term(wanted)}
            keys = [key for key in self.keys(field) if key in named]
        if not keys:
            raise NotFoundError(
                f"no {what} matches {wanted!r}; `magazine-index {what}s` lists them"
            )
        return wq.Or([wq.Term(field, key) for key in keys])

    def articles(
        self, magazine: str | None = None, contributor: str | None = None
    ) -> list[ArticleEntry]:
        """Articles in magazine and page order; with `contributor`, those whose authors,
        interviewees, interviewers or photographers include a matching name (partial, accents
        optional, as the search filter matches)."""
        from .models import ArticleEntry

        words = _filter_words(contributor, "contributor") if contributor is not None else None
        found: list[ArticleEntry] = []
        for record in self._chosen_records(magazine):
            for article in record.articles:
                people = (
                    *article.authors,
                    *article.interviewees,
                    *article.interviewers,
                    *article.photographers,
                )
                if words is not None and not any(
                    _name_matches(fold_key(name), words) for name in people
                ):
                    continue
                found.append(
                    ArticleEntry(
                        record.magazine.id,
                        article,
                        record.label(article.first_page),
                        record.label(article.last_page),
                    )
                )
        if not found and contributor is not None:
            raise NotFoundError(
                f"no article credits a contributor matching {contributor!r}; "
                "`magazine-index contributors` lists them"
            )
        return found

    def keys(self, field: str) -> list[str]:
        reader = self._searcher.reader()
        return [_as_text(term) for term in reader.lexicon(field)]

    # -- records and hits ------------------------------------------------------------------

    def records(self) -> list[MagazineRecord]:
        """Every magazine's record, in id order (read once per view of the index)."""
        if self._all_records is None:
            found = [
                MagazineRecord.from_data(doc["data"])
                for doc in self._searcher.documents(kind="magazine")
            ]
            self._all_records = sorted(found, key=lambda r: r.magazine.id)
            self._records.update((r.magazine.id, r) for r in self._all_records)
        return self._all_records

    def magazines(self) -> list[Magazine]:
        """The magazines in the index, in id order."""
        return [record.magazine for record in self.records()]

    def years(self) -> list[int]:
        """The years of the indexed magazines that have one, latest first."""
        return sorted({m.year for m in self.magazines() if m.year}, reverse=True)

    def record(self, magazine_id: str) -> MagazineRecord | None:
        if magazine_id not in self._records:
            data = self._stored(magazine_id)
            self._records[magazine_id] = None if data is None else MagazineRecord.from_data(data)
        return self._records[magazine_id]

    def _stored(self, magazine_id: str) -> dict[str, Any] | None:
        """A magazine's record as its document stores it (`MagazineRecord.to_data`).

        A hit needs its magazine's title, file and one article's title: building the whole
        record (every credit, article and outline entry, and the classes of those records,
        `records.py`) for the magazines of ten hits took 7 % of a cold search.
        """
        if magazine_id not in self._stored_data:
            # By its key, the first live document with the term: asking for kind and magazine
            # intersected the postings of every magazine, and asking for all documents with
            # the key looked in every segment (a tenth of a cold search for its ten hits).
            number = self._searcher.document_number(key=magazine_id)
            doc: dict[str, Any] = self._searcher.stored_fields(number) if number is not None else {}
            found = doc.get("kind") == "magazine"
            self._stored_data[magazine_id] = doc["data"] if found else None
        return self._stored_data[magazine_id]

    def _require_record(self, magazine_id: str) -> MagazineRecord:
        """The magazine with this id, or the only one whose id starts with it."""
        record = self.record(magazine_id)
        if record is not None:
            return record
        wanted = magazine_id.lower()
        ids = [m.id for m in self.magazines() if m.id.lower().startswith(wanted)]
        if len(ids) > 1:
            raise NotFoundError(
                f"{magazine_id!r} matches more than one magazine: {', '.join(ids)}; "
                "give more of the id"
            )
        record = self.record(ids[0]) if ids else None
        if record is None:
            raise NotFoundError(
                f"no magazine {magazine_id!r} in the index; `magazine-index magazines` lists them"
            )
        return record

    def source(self, hit: Hit) -> Source:
        """What a citation of a hit needs: the year, the article and its authors."""
        record = self.record(hit.magazine)
        if record is None:
            return Source(None, None, ())
        found = record.article(hit.page)
        if found is not None:
            return Source(record.magazine.year, found.title, found.authors)
        starts = [e for e in record.magazine.outline if e.page <= hit.page]
        article = max(starts, key=lambda e: e.page).title if starts else None
        authors = tuple(c.name for c in record.page_credits(hit.page) if c.role == "author")
        return Source(record.magazine.year, article, authors)

    def _hit(self, result: Any, terms: set[str], whole: bool = False) -> Hit:
        fields = result.fields()
        stored = self._stored(fields["magazine"])
        magazine = stored["magazine"] if stored else None
        data = fields.get("data") or {}
        content = fields.get("quote" if fields["kind"] == "quote" else "content", "")
        snippet = highlight_all(content, terms) if whole else make_snippet(content, terms)
        if fields["kind"] == "quote":
            contributors: tuple[str, ...] = (data["speaker"],) if data.get("speaker") else ()
            page_topics = stored["page_topics"] if stored else {}
            topics = tuple(page_topics.get(str(fields["page"]), ()))
        else:
            contributors = tuple(data.get("contributors", ()))
            topics = tuple(data.get("topics", ()))
        return Hit(
            magazine=fields["magazine"],
            title=magazine["title"] if magazine else fields["magazine"],
            file=magazine["file"] if magazine else "",
            page=fields["page"],
            page_label=fields.get("page_label"),
            score=float(result.score or 0.0),
            snippet=snippet,
            contributors=contributors,
            topics=topics,
            kind=fields["kind"],
            speaker=data.get("speaker"),
            key=fields.get("key", ""),
            article=stored_article_title(stored, fields["page"]) if stored else None,
            **_source(self._page_data(fields) if fields["kind"] == "quote" else data),
        )

    @staticmethod
    def _article_title(record: MagazineRecord | None, page: int) -> str | None:
        found = record.article(page) if record is not None else None
        return found.title if found is not None else None

    def mark(self, query: str, text: str) -> str:
        """`text` with the words `query` matches wrapped in highlight markers, line breaks kept."""
        terms = self._highlight_terms(self.parse(query))
        return _mark(text, 0, len(text), _matches(text, terms))

    def quote(self, magazine_id: str, number: int) -> Hit:
        """One quotation by its magazine and number (the `#qN` of its key)."""
        self._require_record(magazine_id)
        key = f"{magazine_id}#q{number}"
        results = self._searcher.search(wq.Term("key", key), limit=1)
        if not len(results):
            raise NotFoundError(f"{magazine_id} has no quotation {number}")
        return self._hit(results[0], set(), whole=True)

    def _highlight_terms(self, parsed: wq.Query) -> set[str]:
        """Index terms the query matches positively (not under NOT), prefixes expanded."""
        reader = self._searcher.reader()
        found: set[str] = set()
        for node in _leaves(parsed, skip_not=True):
            if isinstance(node, (wq.Term, wq.Phrase)):
                words = node.words if isinstance(node, wq.Phrase) else [node.text]
                found.update(_as_text(w) for w in words)
            elif node.field() in TEXT_FIELDS:
                for fieldname, term in node.existing_terms(reader, expand=True):
                    if fieldname in TEXT_FIELDS:
                        found.add(_as_text(term))
        return found

    def contributors(
        self, role: str | None = None, magazine: str | None = None, name: str | None = None
    ) -> list[ContributorEntry]:
        """Each person or team and role, merged across magazines by accent-free name; `name`
        keeps those whose name holds its words (partial, accents optional)."""
        from .models import ContributorEntry, PageRef

        merged: dict[tuple[str, str], ContributorEntry] = {}
        words = fold_key(name).split() if name else []
        for record in self._chosen_records(magazine):
            for credit in record.credits:
                if role is not None and credit.role != role:
                    continue
                if words and not _name_matches(fold_key(credit.name), words):
                    continue
                refs = tuple(
                    PageRef(record.magazine.id, page, record.label(page)) for page in credit.pages
                )
                key = (fold_key(credit.name), credit.role)
                known = merged.get(key)
                if known is None:
                    merged[key] = ContributorEntry(
                        credit.name, credit.role, refs, credit.titles, credit.office
                    )
                else:
                    merged[key] = ContributorEntry(
                        known.name,
                        known.role,
                        known.pages + refs,
                        known.titles or credit.titles,
                        known.office or credit.office,
                    )
        return sorted(merged.values(), key=lambda e: (fold_key(e.name), e.role))

    def topics(self, magazine: str | None = None) -> list[TopicEntry]:
        """Each topic with its pages and kind (rubric, subject, section), most pages first."""
        from .models import PageRef, TopicEntry

        pages: dict[str, list[PageRef]] = {}
        names: dict[str, str] = {}
        for record in self._chosen_records(magazine):
            for page, topics in sorted(record.page_topics.items()):
                for name in topics:
                    key = fold_key(name)
                    names.setdefault(key, name)
                    pages.setdefault(key, []).append(
                        PageRef(record.magazine.id, page, record.label(page))
                    )
        kinds: dict[str, str] = {}
        for record in self._chosen_records(magazine):
            for name, kind in record.topic_kinds.items():
                kinds.setdefault(fold_key(name), kind)
        entries = [
            TopicEntry(names[key], tuple(refs), kinds.get(key, "subject"))
            for key, refs in pages.items()
        ]
        return sorted(entries, key=lambda e: (-len(e.pages), fold_key(e.name)))

    def _chosen_records(self, magazine: str | None) -> list[MagazineRecord]:
        if magazine is None:
            return self.records()
        return [self._require_record(magazine)]

    def page(self, magazine_id: str, label: str | None = None, pdf_page: int | None = None) -> Hit:
        """One page by printed label or PDF page, its whole text as the snippet."""
        record = self._require_record(magazine_id)
        magazine_id = record.magazine.id
        if pdf_page is None:
            if label is None:
                raise NotFoundError("name a printed page or a PDF page (--pdf-page N)")
            numbers = [n for n, lab in enumerate(record.labels, 1) if lab == label]
            if not numbers:
                printed = ", ".join(lab for lab in record.labels if lab) or "none"
                raise NotFoundError(
                    f"{magazine_id} has no printed page {label!r} (printed pages: {printed}); "
                    "use --pdf-page N for a PDF page"
                )
            pdf_page = numbers[0]
        if not 1 <= pdf_page <= record.magazine.pages:
            raise NotFoundError(
                f"{magazine_id} has PDF pages 1 to {record.magazine.pages}, not {pdf_page}"
            )
        doc = self._searcher.document(key=f"{magazine_id}#{pdf_page}")
        data = doc.get("data", {}) if doc else {}
        return Hit(
            magazine=magazine_id,
            title=record.magazine.title,
            file=record.magazine.file,
            page=pdf_page,
            page_label=record.label(pdf_page),
            score=0.0,
            snippet=doc.get("content", "") if doc else "",
            contributors=tuple(data.get("contributors", ())),
            topics=tuple(data.get("topics", ())),
            key=f"{magazine_id}#{pdf_page}",
            article=self._article_title(record, pdf_page),
            **_source(data),
        )

    def page_words(self, magazine_id: str, pdf_page: int) -> list[OcrWord]:
        """The words OCR read on a page, with boxes in points from its top-left corner (to
        mark hits on a scan); empty for a page with a text layer."""
        from .models import OcrWord

        self._require_record(magazine_id)
        doc = self._searcher.document(key=f"{magazine_id}#{pdf_page}")
        data = doc.get("data", {}) if doc else {}
        return [OcrWord(*word) for word in data.get("words", ())]

    def _page_data(self, fields: dict[str, Any]) -> dict[str, Any]:
        doc = self._searcher.document(key=f"{fields['magazine']}#{fields['page']}")
        data: dict[str, Any] = doc.get("data", {}) if doc else {}
        return data


def _source(data: dict[str, Any]) -> dict[str, Any]:
    """A hit's text source ("pdf" or "ocr") and OCR confidence, from a page's stored data."""
    return {
        "text_source": data.get("text_source", "pdf"),
        "ocr_confidence": data.get("ocr_confidence"),
    }


def _filter_words(wanted: str, what: str) -> list[str]:
    words = fold_key(wanted).split()
    if not words:
        raise QueryError(f"the {what} filter {wanted!r} has no letters or digits")
    return words


# -- query rewriting ---------------------------------------------------------------------------


def _check_syntax(text: str) -> None:
    """Catch the mistakes Whoosh would silently reinterpret."""
    if not text.strip():
        raise QueryError("the query is empty")
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(
            f"the query {_shown(text)} is longer than {MAX_QUERY_CHARS} characters; "
            "search for a few of its words or a shorter phrase"
        )
    if text.count('"') % 2:
        raise QueryError(f'the query {_shown(text)} has an unclosed quotation mark (")')
    depth = 0
    for char in text.replace('"', " ").strip():
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            raise QueryError(f"the query {_shown(text)} closes a bracket it never opened")
    if depth:
        raise QueryError(f"the query {_shown(text)} has an unclosed bracket")
    # Each pattern is compiled when a query first holds its character (a plain word holds none).
    outside_phrases = re.sub(r'"[^"]*"', " ", text) if '"' in text else text
    field = ":" in text and re.search(r"(?<![\w:])([A-Za-z_]\w*):(?=[^\s:/])", outside_phrases)
    if field:
        raise QueryError(
            f"the query {_shown(text)} names a field {field.group(1)!r}; search words only, and "
            "filter with --contributor, --topic or --magazine"
        )
    words = text.split()
    if words[0] in {"AND", "OR"} or words[-1] in _OPERATORS:
        raise QueryError(f"the query {_shown(text)} starts or ends with an operator")
    for match in re.finditer(r"~(\S*)", text) if "~" in text else ():
        if match.group(1) and not match.group(1).isdigit():
            raise QueryError(f"in {_shown(text)}, '~' takes a number of edits, like fund~2")
        if (
            match.group(1).isdigit()
            and int(match.group(1)) > MAX_EDITS
            and not _after_phrase(text, match.start())
        ):
            raise QueryError(
                f"in {_shown(text)}, a fuzzy word allows at most {MAX_EDITS} edits (fund~2); "
                "more would match nearly every word"
            )


def _after_phrase(text: str, position: int) -> bool:
    """Whether a '~' at `position` closes a phrase ("a b"~3 is a phrase's word distance)."""
    return position > 0 and text[position - 1] == '"'


def _expand(node: wq.Query, field: str) -> wq.Query:
    """Rewrite the terms of `field` into the spellings and stems the index holds."""
    if isinstance(node, wq.Term) and node.fieldname == field:
        return wq.Or(_word_forms(_as_text(node.text), node.boost, field))
    if isinstance(node, wq.Phrase) and node.fieldname == field:
        words = [_as_text(w) for w in node.words]
        exact = wq.Phrase(
            field, [fold(w) for w in words], slop=node.slop, boost=node.boost * SURFACE_BOOST
        )
        if len(words) < 2:
            return wq.Or([exact, *_word_forms(words[0], node.boost, field)]) if words else exact
        # All the index terms of a word sit at its position, so "school exchange" also finds
        # "school exchanges"; the phrase as spelled ranks first.
        forms = SpanNear2(
            [_SpanForms(_word_forms(w, 1.0, field)) for w in words], slop=node.slop, ordered=True
        )
        forms.boost = node.boost
        return wq.Or([exact, forms])
    if isinstance(node, wq.FuzzyTerm) and node.fieldname == field:
        return wq.FuzzyTerm(
            field,
            fold(_as_text(node.text)),
            boost=node.boost,
            maxdist=node.maxdist,
            prefixlength=node.prefixlength,
        )
    if isinstance(node, (wq.Prefix, wq.Wildcard)) and node.fieldname == field:
        kind = type(node)
        options = dict.fromkeys(surface_variants(_as_text(node.text)))
        return wq.Or([kind(field, v, boost=node.boost) for v in options])
    return node.apply(lambda child: _expand(child, field)) if node.is_leaf() is False else node


def topic_for_term(term: str) -> tuple[str, ...]:
    """Names of the default vocabulary's topics that list `term` ("Strukturwandel")."""
    # Imported here: the analysis modules cost a cold search a fifth of its import time.
    from .analyze.topics import default_vocabulary

    wanted = fold_key(term)
    return tuple(
        topic.name
        for topic in default_vocabulary().topics
        if any(fold_key(t) == wanted for t in (*topic.keywords, *topic.strong))
    )


class _SpanForms(SpanOr):  # type: ignore[misc]  # whoosh ships no type hints
    """The forms of one phrase word, at one position. Whoosh's `SpanOr` cannot estimate its
    size, which an `And` around it (a filter) asks for."""

    def estimate_size(self, reader: Any) -> int:
        return int(sum(q.estimate_size(reader) for q in self.subqs))

    def estimate_min_size(self, reader: Any) -> int:
        return int(min(q.estimate_min_size(reader) for q in self.subqs))


def _name_matches(key: str, words: list[str]) -> bool:
    """Whether a folded name holds every folded word, as a word's start or anywhere."""
    return all(any(part.startswith(w) for part in key.split()) or w in key for w in words)


def _word_forms(word: str, boost: float, field: str) -> list[wq.Query]:
    """The index terms of a query word: its spellings (ranked higher), then its stems."""
    surface = [wq.Term(field, v, boost=boost * SURFACE_BOOST) for v in surface_variants(word)]
    spelled = {term.text for term in surface}
    stemmed = [
        wq.Term(field, stem, boost=boost) for stem in query_stems(word) if stem not in spelled
    ]
    return surface + stemmed


def _shown(text: str) -> str:
    """A query as an error message repeats it: quoted, and cut short when long."""
    if len(text) <= SHOWN_QUERY_CHARS:
        return repr(text)
    return repr(text[:SHOWN_QUERY_CHARS]) + f"… ({len(text)} characters)"


def _leaves(node: wq.Query, skip_not: bool = False) -> Iterator[wq.Query]:
    if skip_not and isinstance(node, wq.Not):
        return
    if isinstance(node, wq.AndNot) and skip_not:
        yield from _leaves(node.a, skip_not)
        return
    if node.is_leaf():
        yield node
        return
    # Whoosh's span queries do not list their parts as children.
    if isinstance(node, SpanNear2):
        children = node.qs
    elif isinstance(node, SpanOr):
        children = node.subqs
    else:
        children = node.children()
    for child in children:
        yield from _leaves(child, skip_not)


def _frequency(reader: Any, term: str) -> int:
    """In how many documents' text (a page's or a quotation's) a term is."""
    return int(sum(reader.doc_frequency(field, term) for field in TEXT_FIELDS))


def _as_text(term: Any) -> str:
    return term.decode("utf-8") if isinstance(term, bytes) else str(term)


# -- snippets ----------------------------------------------------------------------------------


def _matches(text: str, terms: set[str]) -> list[tuple[int, int, str]]:
    """Spans of the words in `text` that the query's terms match."""
    tokens = list(_WORD.finditer(text))
    return _spans(tokens, _token_terms(tokens, terms))


def _spans(
    tokens: list[re.Match[str]], token_terms: list[str | None]
) -> list[tuple[int, int, str]]:
    """(start, end, term) of the words that match a term."""
    return [
        (token.start(), token.end(), term)
        for token, term in zip(tokens, token_terms, strict=True)
        if term is not None
    ]


def _token_terms(tokens: list[re.Match[str]], terms: set[str]) -> list[str | None]:
    """For each word of a page, the query's term it matches (the first in order), or None."""
    # Every index term of a word (its spellings and stems) starts with the first letter of
    # one of its spellings, so a word whose spellings start otherwise is not stemmed: on the
    # ten pages of a search, stemming every word was a tenth of a cold search.
    initials = {term.lstrip(STEM_MARK)[:1] for term in terms}
    # A page repeats its words, and the pages of a search share many of theirs: each is
    # decided once per query (deciding each page's words anew was 1.5 % of a cold search of
    # the bench's corpus, whose magazines come in copies).
    decided = _decisions(frozenset(terms))
    if len(decided) > WORD_TERMS_CACHE:
        decided.clear()
    found: list[str | None] = []
    for token in tokens:
        text = token.group(0)
        known = decided.get(text, _UNDECIDED)  # one look-up: a server's threads share it
        if known != _UNDECIDED:
            found.append(known)
            continue
        word = text.lower()
        term = None
        if "" in initials or not initials.isdisjoint(_initials(word)):
            hit = _word_terms(word) & terms
            term = min(hit) if hit else None
        found.append(term)
        decided[text] = term
    return found


# What `_decisions` gives for a word not decided yet: no term is empty.
_UNDECIDED = ""


@lru_cache(maxsize=QUERIES_REMEMBERED)
def _decisions(terms: frozenset[str]) -> dict[str, str | None]:
    """What each word met so far matches of a query's terms (`_token_terms`)."""
    return {}


def _initials(word: str) -> frozenset[str]:
    """The first letters of a lowercase word's spellings.

    Folding maps each letter on its own, so they are those of the word's first letter; only a
    first letter that folds to nothing (a halfwidth kana sound mark) needs the whole word.
    Folding every word of the ten pages of a search took 5 ms of a cold search.
    """
    found = _letter_initials(word[0])
    return frozenset(v[:1] for v in surface_variants(word)) if "" in found else found


@cache
def _letter_initials(letter: str) -> frozenset[str]:
    return frozenset(v[:1] for v in surface_variants(letter))


@lru_cache(maxsize=WORD_TERMS_CACHE)
def _word_terms(word: str) -> frozenset[str]:
    return frozenset(index_variants(word))


def make_snippet(text: str, terms: set[str], words: int = SNIPPET_WORDS) -> str:
    """The passage of about `words` words that holds the most distinct matched terms."""
    tokens = list(_WORD.finditer(text))
    if not tokens:
        return ""
    token_terms = _token_terms(tokens, terms)
    matched = [number for number, term in enumerate(token_terms) if term is not None]
    spans = _spans(tokens, token_terms)
    start_index = 0
    if spans:
        # Slide a window of `words` tokens along the page, counting the matched terms in it;
        # the first window with the most distinct terms (then the most matches) wins. The
        # count changes only where a matched word enters or leaves the window: only those
        # windows are looked at (stepping through every word was a tenth of a cold search).
        window = Counter(term for term in token_terms[:words] if term)
        count = sum(window.values())
        best = (len(window), count)
        last = len(tokens) - words
        steps = {n + 1 for n in matched} | {n - words + 1 for n in matched}
        for i in sorted(step for step in steps if 1 <= step <= last):
            leaving, entering = token_terms[i - 1], token_terms[i + words - 1]
            if leaving:
                window[leaving] -= 1
                count -= 1
                if not window[leaving]:
                    del window[leaving]
            if entering:
                window[entering] += 1
                count += 1
            if (len(window), count) > best:
                best, start_index = (len(window), count), i
        # Start a few words before the first match, so the passage reads into it.
        first = next(i for i in range(start_index, len(tokens)) if token_terms[i])
        start_index = max(0, min(start_index, first - 6))
    end_index = min(len(tokens), start_index + words) - 1
    begin, end = tokens[start_index].start(), tokens[end_index].end()
    # Include the punctuation that closes the last word's sentence or quotation.
    while end < len(text) and text[end] in ".,;:!?\"”“»«)'’":
        end += 1
    passage = _mark(text, begin, end, spans)
    prefix = "…" if begin > 0 else ""
    suffix = "…" if end < len(text) else ""
    return prefix + " ".join(passage.split()) + suffix


def highlight_all(text: str, terms: set[str]) -> str:
    """The whole text on one line with matched words marked."""
    return " ".join(_mark(text, 0, len(text), _matches(text, terms)).split())


def _mark(text: str, begin: int, end: int, spans: Iterable[tuple[int, int, str]]) -> str:
    out: list[str] = []
    position = begin
    for start, stop, _ in spans:
        if start < begin or stop > end:
            continue
        out.append(text[position:start])
        out.append(HIGHLIGHT_START + text[start:stop] + HIGHLIGHT_END)
        position = stop
    out.append(text[position:end])
    return "".join(out)


def marked_parts(snippet: str) -> list[tuple[str, bool]]:
    """A snippet as (text, matched) parts, for rendering the matched words in any markup."""
    parts: list[tuple[str, bool]] = []
    for number, piece in enumerate(snippet.split(HIGHLIGHT_START)):
        if number == 0:
            parts.append((piece, False))
            continue
        word, _, rest = piece.partition(HIGHLIGHT_END)
        parts.extend([(word, True), (rest, False)])
    return [(text, matched) for text, matched in parts if text]


def plain(snippet: str) -> str:
    """A snippet without highlight markers."""
    return snippet.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")


def pdf_link(file: str, page: int) -> str:
    """A link that opens the PDF at a page in browsers and most PDF viewers."""
    return f"{Path(file).as_uri()}#page={page}" if file else ""
