"""What a page is about: the magazine's rubric, the outline section, vocabulary topics, key terms.

Three sources are kept apart (`PageTopics`) so each can be checked, and joined for display:
- the **rubric**: the running section header a magazine prints at the top of its pages
  ("SCHULE & JUGEND"), found as a short all-caps line in the page's head that recurs on other
  pages or sits in the magazine's running frame; shown in a readable form ("Schule & Jugend");
- the **section**: the parent bookmark of a hierarchical outline (a flat outline lists
  articles, which are not topics);
- the **vocabulary** topics: a page is about a topic when its headline or lead names the topic
  or the page spends a paragraph on it, not when it mentions it in passing (`topic_evidence`).
  Each page is judged on its own text, as the annotators of the samples judged it; a cover or
  contents page, which lists other pages' stories, gets none.
`key_terms` adds readable, unstemmed words that stand out on a page (TF-IDF).
"""

from __future__ import annotations

import math
import re
import tomllib
from bisect import bisect_right
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from itertools import accumulate
from pathlib import Path
from typing import Any

from ..errors import SidecarError
from ..models import OutlineEntry, PageText
from ..text import fold, fold_key
from .structure import PAGE_BOOKMARK, detect_rubrics, find_articles, listing_pages, readable_rubric

__all__ = [
    "PageTopics",
    "Topic",
    "TopicEvidence",
    "Vocabulary",
    "default_vocabulary",
    "find_topics",
    "key_terms",
    "load_vocabulary",
    "page_topics",
    "parse_vocabulary",
    "sentences",
    "topic_evidence",
    "topic_kinds",
    "topic_scores",
    "vocabulary_by_page",
    "vocabulary_topics",
]


@dataclass(frozen=True)
class Topic:
    """A named topic and the terms that signal it (folded when the vocabulary is loaded)."""

    name: str
    keywords: tuple[str, ...] = ()
    """Terms that weigh 1 each (each repeat adds half)."""
    strong: tuple[str, ...] = ()
    """Unambiguous terms that weigh `Vocabulary.strong_weight` each."""


@dataclass(frozen=True)
class Vocabulary:
    """Topics with their terms and the weight a page needs to get a topic."""

    topics: tuple[Topic, ...]
    threshold: float = 2.0
    """The weight a page needs for a topic."""
    strong_weight: float = 1.5
    """The weight of a strong term (a keyword weighs 1)."""
    relative: float = 0.2
    """The share of the page's strongest topic's weight a topic needs as well."""
    max_topics: int = 3
    """The most topics one page is given, those mentioned in most sentences first."""
    mentions: int = 2
    """The sentences among five consecutive ones that must mention a topic (a paragraph)."""


@dataclass(frozen=True)
class PageTopics:
    """The topics of one page, by source."""

    rubric: str | None = None
    """The magazine's running section header, in readable form."""
    section: str | None = None
    """The parent bookmark of a hierarchical outline."""
    vocabulary: tuple[str, ...] = ()
    """Vocabulary topics, those mentioned in most sentences first."""
    key_terms: tuple[str, ...] = ()
    """Words that stand out on the page, in their printed casing."""

    def all(self) -> tuple[str, ...]:
        """The display list: vocabulary topics, then rubric and section, without repeats."""
        return tuple(self.kinds())

    def kinds(self) -> dict[str, str]:
        """The display list with each topic's kind (`models.TOPIC_KINDS`): "subject" for a
        vocabulary topic, "rubric", "section"; a name given by two sources keeps the first."""
        seen: set[str] = set()
        shown: dict[str, str] = {}
        named: list[tuple[str | None, str]] = [(name, "subject") for name in self.vocabulary]
        named += [(self.rubric, "rubric"), (self.section, "section")]
        for name, kind in named:
            if name and fold_key(name) not in seen:
                seen.add(fold_key(name))
                shown[name] = kind
        return shown


# ---------------------------------------------------------------------------------------------
# Vocabulary


@lru_cache(maxsize=1)
def default_vocabulary() -> Vocabulary:
    """The vocabulary shipped with magazine-index (`analyze/vocabulary.toml`)."""
    source = resources.files(__package__ or "magazine_index.analyze").joinpath("vocabulary.toml")
    return parse_vocabulary(source.read_text(encoding="utf-8"), "vocabulary.toml")


def load_vocabulary(path: str | Path) -> Vocabulary:
    """A user's vocabulary file; a malformed one raises SidecarError naming file and reason."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise SidecarError(f"{path}: cannot read the vocabulary file ({error})") from error
    return parse_vocabulary(text, str(path))


_SETTINGS = ("threshold", "strong_weight", "relative", "max_topics", "mentions")


def parse_vocabulary(text: str, source: str = "vocabulary") -> Vocabulary:
    """Parse vocabulary TOML: `threshold = 2` and `[[topic]]` tables (name, keywords, strong)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise SidecarError(f"{source}: not valid TOML ({error})") from error
    defaults = Vocabulary(())
    settings: dict[str, float] = {}
    for key in _SETTINGS:
        value = data.get(key, getattr(defaults, key))
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            raise SidecarError(f"{source}: {key!r} must be a number of 0 or more")
        settings[key] = float(value)
    unknown = set(data) - {*_SETTINGS, "topic"}
    if unknown:
        raise SidecarError(f"{source}: unknown key {sorted(unknown)[0]!r}")
    tables = data.get("topic")
    if not isinstance(tables, list) or not tables:
        raise SidecarError(f"{source}: no [[topic]] tables found")
    topics: list[Topic] = []
    for index, table in enumerate(tables, start=1):
        topics.append(_parse_topic(table, f"{source}: topic {index}"))
    names = [fold_key(t.name) for t in topics]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise SidecarError(f"{source}: topic named twice: {duplicates[0]}")
    return Vocabulary(
        tuple(topics),
        settings["threshold"],
        settings["strong_weight"],
        settings["relative"],
        max(1, int(settings["max_topics"])),
        max(1, int(settings["mentions"])),
    )


def _parse_topic(table: Any, where: str) -> Topic:
    if not isinstance(table, dict):
        raise SidecarError(f"{where}: must be a table")
    unknown = set(table) - {"name", "keywords", "strong"}
    if unknown:
        raise SidecarError(f"{where}: unknown key {sorted(unknown)[0]!r}")
    name = table.get("name")
    if not isinstance(name, str) or not name.strip():
        raise SidecarError(f"{where}: 'name' must be a non-empty string")
    terms: dict[str, tuple[str, ...]] = {}
    for key in ("keywords", "strong"):
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise SidecarError(f"{where} ({name}): {key!r} must be a list of strings")
        terms[key] = tuple(dict.fromkeys(_fold_term(v) for v in value if _fold_term(v)))
    if not terms["keywords"] and not terms["strong"]:
        raise SidecarError(f"{where} ({name}): no keywords")
    return Topic(name.strip(), terms["keywords"], terms["strong"])


def _fold_term(term: str) -> str:
    # Keep "+" and "'" that are part of terms ("Erasmus+", "citizens' assembly").
    return " ".join(fold(word) for word in term.split())


def _folded_text(text: str) -> str:
    return " " + " ".join(map(fold, text.split())) + " "


_WORD_START = r"(?<![\w'+-])"
# Endings a term may take and still be the same word: German plural and case endings ("Förder-
# programme", "Strukturwandels", "Schülerinnen") and English ones ("funds", "funded"). Anything
# longer is another word: "fund" is not "FUNDAMENTALGRUPPE". A term that starts compounds is
# declared with a trailing "*" ("jugend*" finds "Jugendbeirat").
INFLECTIONS = ("s", "es", "e", "en", "n", "er", "ern", "em", "ens", "r", "in", "innen", "ed", "d")
_WORD_END = "(?=(?:" + "|".join(sorted(INFLECTIONS, key=len, reverse=True)) + r")?(?![\w+]))"


def _trie_pattern(terms: Iterable[str], open_ended: frozenset[str] = frozenset()) -> str:
    """One regular expression for all `terms`, as a tree of their shared beginnings.

    A plain alternation makes the engine try every term in turn at each word start; the tree
    tries one branch per letter. Longer continuations come before the end of a term, so the
    longest term claims the text ("alten industrieregionen" counts once, "industrie" inside
    it no more). A term ends where the word ends, after one of the `INFLECTIONS` at most; a term
    in `open_ended` may go on into a compound. A term not ending in "+" does not match before a
    "+" ("erasmus" is not "erasmus+"). The match is the term itself, without its ending.
    """
    tree: dict[str, Any] = {}
    for term in terms:
        node = tree
        for char in term:
            node = node.setdefault(char, {})
        node[""] = term

    def pattern(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            term = node[""]
            if term.endswith("+"):
                branches.append("")
            elif term in open_ended:
                branches.append("(?![+])")
            else:
                branches.append(_WORD_END)
        if not branches:
            return "(?!)"  # no terms: match nothing
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return pattern(tree)


@dataclass(frozen=True)
class _Matcher:
    """A vocabulary's terms as two regular expressions, and what each term is worth.

    Terms match whole words (with an inflection, `INFLECTIONS`); a term marked "*" at its end
    also at the start of a compound ("jugend*" finds "Jugendbeirat"), one marked "*" at its
    start also at the end of one ("*energie" finds "Windenergie"). English does not build
    closed compounds, so "children" must not match in "grandchildren" nor "fund" in
    "fundamental": compounds are opted into per term, not guessed.
    """

    at_word_start: re.Pattern[str]
    in_compounds: re.Pattern[str] | None
    weights: dict[str, tuple[tuple[str, float], ...]]
    """Matched text -> (topic name, weight) for each topic that lists the term."""


@lru_cache(maxsize=16)
def _matcher(vocabulary: Vocabulary) -> _Matcher:
    weights: dict[str, list[tuple[str, float]]] = {}
    compound: set[str] = set()
    open_ended: set[str] = set()
    for topic in vocabulary.topics:
        weighted = [(term, vocabulary.strong_weight) for term in topic.strong]
        weighted += [(term, 1.0) for term in topic.keywords]
        for term, weight in weighted:
            plain = term.strip("*")
            if term.startswith("*"):
                compound.add(plain)
            if term.endswith("*"):
                open_ended.add(plain)
            weights.setdefault(plain, []).append((topic.name, weight))

    # One shared word-start test in front of the terms lets the engine skip every position
    # inside a word at once, instead of trying each term there.
    opened = frozenset(open_ended)
    at_word_start = re.compile(_WORD_START + _trie_pattern(weights, opened))
    in_compounds = re.compile(_trie_pattern(compound, opened)) if compound else None
    return _Matcher(
        at_word_start, in_compounds, {term: tuple(found) for term, found in weights.items()}
    )


def _hits(folded: str, matcher: _Matcher) -> list[tuple[int, str]]:
    """(position, term) of every term found in folded text; a term inside a longer term's
    match counts no more."""
    hits: list[tuple[int, str]] = []
    claimed: list[tuple[int, int]] = []
    for match in matcher.at_word_start.finditer(folded):
        hits.append((match.start(), match.group(0)))
        claimed.append(match.span())
    if matcher.in_compounds is not None:
        for match in matcher.in_compounds.finditer(folded):
            start, end = match.span()
            if not any(s < end and start < e for s, e in claimed):
                hits.append((start, match.group(0)))
    return hits


def _weights(terms: Iterable[str], matcher: _Matcher, vocabulary: Vocabulary) -> dict[str, float]:
    scores = {topic.name: 0.0 for topic in vocabulary.topics}
    for term, count in Counter(terms).items():
        for name, weight in matcher.weights[term]:
            scores[name] += weight * (1 + 0.5 * (count - 1))
    return scores


def topic_scores(text: str, vocabulary: Vocabulary) -> dict[str, float]:
    """Every topic's weight in `text` (0 where none of its terms occurs).

    Each distinct term weighs 1 (a strong one `strong_weight`), each repeat half of that; a
    term inside a longer term's match counts no more.
    """
    matcher = _matcher(vocabulary)
    hits = _hits(_folded_text(text), matcher)
    return _weights((term for _, term in hits), matcher, vocabulary)


# How a page shows what it is about. Lines lose their paragraph breaks in extraction, so a
# paragraph is approximated by a run of sentences: the rule's "at least a paragraph" is
# `Vocabulary.mentions` (2) of any five consecutive sentences mentioning the topic; its
# "headline or lead" are the first lines (running header and folio, headline, lead), where a
# mention counts when as many sentences of the page take the topic up. Chosen on the two samples
# and the first four magazines of samples/topic-set, against blind annotations: the figures are
# flat around these values (head 6-10 lines, runs of 4-6 sentences).
_HEAD_LINES = 8
_PARAGRAPH_SENTENCES = 5
# The spaces between two sentences (group 1). The pattern starts at the stop, whose characters
# the regex engine skips to; with the stop in a lookbehind (`(?<=[.!?…])\s+(?=…)`, which
# `re.split` could use) the engine tried it at every character of the page: the split took
# twice the instructions (47 against 23 million on the 164 pages of the detector bench).
_SENTENCE_END = re.compile(r"[.!?…“”\"»«](\s+)(?=[„“\"»A-ZÀ-Þ0-9])")


def sentences(text: str) -> list[str]:
    """The page's text as sentences: lines joined, split after a full stop, question or
    exclamation mark (or a closing quotation mark) before a capital, digit or opening mark.

    Headlines and captions, which end without a stop, join the sentence after them.
    """
    # The lines stripped and the empty ones dropped through `map` and `filter` in C, not a
    # generator of Python stripping each line twice.
    joined = " ".join(filter(None, map(str.strip, text.split("\n"))))
    found: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(joined):
        found.append(joined[start : match.start(1)])
        start = match.end(1)
    found.append(joined[start:])
    return [sentence for sentence in found if sentence]


@dataclass(frozen=True)
class TopicEvidence:
    """How much of a page one topic takes up."""

    weight: float
    """The topic's weight on the whole page (`topic_scores`)."""
    sentences: int
    """Sentences of the page that mention the topic."""
    paragraph: int
    """The most sentences mentioning the topic among any five consecutive ones."""
    in_head: bool
    """Whether the page's first lines (headline, lead) mention the topic."""


def topic_evidence(text: str, vocabulary: Vocabulary) -> dict[str, TopicEvidence]:
    """Every topic's evidence on one page (see `TopicEvidence`)."""
    return _evidence(text, vocabulary, _head_topics(text, vocabulary))


def _head_topics(text: str, vocabulary: Vocabulary) -> set[str]:
    """The topics the page's first lines (headline, lead) mention."""
    head = "\n".join([line for line in text.split("\n") if line.strip()][:_HEAD_LINES])
    return {name for name, weight in topic_scores(head, vocabulary).items() if weight > 0}


def _evidence(
    text: str, vocabulary: Vocabulary, in_head: Collection[str]
) -> dict[str, TopicEvidence]:
    """`topic_evidence`, the topics `in_head` taken as those the page's first lines mention."""
    matcher = _matcher(vocabulary)
    parts = [_folded_text(sentence) for sentence in sentences(text)]
    starts = list(accumulate(map(len, parts), initial=0))  # and the end, after every hit
    hits = _hits("".join(parts), matcher)
    weights = _weights((term for _, term in hits), matcher, vocabulary)
    mentioned: dict[str, set[int]] = {topic.name: set() for topic in vocabulary.topics}
    for position, term in hits:
        index = bisect_right(starts, position) - 1
        for name, _ in matcher.weights[term]:
            mentioned[name].add(index)
    evidence: dict[str, TopicEvidence] = {}
    for name, indices in mentioned.items():
        paragraph = max(
            (
                sum(1 for i in indices if first <= i < first + _PARAGRAPH_SENTENCES)
                for first in indices
            ),
            default=0,
        )
        evidence[name] = TopicEvidence(weights[name], len(indices), paragraph, name in in_head)
    return evidence


def _about(evidence: TopicEvidence, best: float, vocabulary: Vocabulary) -> bool:
    return (
        evidence.weight >= vocabulary.threshold
        and evidence.weight >= vocabulary.relative * best
        and (
            evidence.paragraph >= vocabulary.mentions
            or (evidence.in_head and evidence.sentences >= vocabulary.mentions)
        )
    )


def vocabulary_topics(text: str, vocabulary: Vocabulary) -> tuple[str, ...]:
    """The topics `text` (one page) is about, at most `max_topics`, those mentioned in most
    sentences first (then by weight).

    A topic needs `threshold` weight, and `relative` times the weight of the page's strongest
    topic (so a page about one thing is not tagged with every topic it brushes), and one of:
    `mentions` (2) of any five consecutive sentences mention it (a paragraph spent on it), or
    the first lines (headline, lead) mention it and a second sentence takes it up. A passing
    mention, however weighty its terms, is one sentence and tags nothing.
    """
    evidence = _evidence(text, vocabulary, ())
    best = max((e.weight for e in evidence.values()), default=0.0)
    # The first lines decide only a topic with the weight and the sentences but no paragraph
    # (`_about`). Most pages have none, and their first lines are not searched a second time:
    # that search was a sixth of `topic_evidence` (51 of 324 million instructions on the 164
    # pages of the detector bench).
    # A topic mentioned in fewer sentences than `mentions` is decided without its head: it
    # is not copied to be asked (most topics of most pages are in no sentence).
    if any(
        e.sentences >= vocabulary.mentions
        and _about(replace(e, in_head=True), best, vocabulary)
        and not _about(e, best, vocabulary)
        for e in evidence.values()
    ):
        in_head = _head_topics(text, vocabulary)
        evidence = {name: replace(e, in_head=name in in_head) for name, e in evidence.items()}
    order = {topic.name: index for index, topic in enumerate(vocabulary.topics)}
    chosen = [name for name, e in evidence.items() if _about(e, best, vocabulary)]
    # The topics the page gives most space (sentences) first, as a reader would rank them.
    chosen.sort(key=lambda name: (-evidence[name].sentences, -evidence[name].weight, order[name]))
    return tuple(chosen[: vocabulary.max_topics])


# ---------------------------------------------------------------------------------------------
# Key terms

# A compact German and English stop list (the analysis package does not import whoosh), with
# "dass", which Whoosh's German list lacks, and words every magazine page uses.
_STOP_TEXT = """
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each even ever every few for
from further get gets got had has have having he her here hers herself him himself his how i if
in into is it its itself just let like made make many may me might more most much must my myself
new no nor not now of off on once one only or other others our ours ourselves out over own per
said same say says she should since so some still such than that the their theirs them
themselves then there these they this those through to too two under until up upon us very
was we well were what when where which while who whom why will with within without would yet
you your yours yourself yourselves year years first last next three four time times
aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes
anderm andern anderr anders auch auf aus bei beim bin bis bist da damit dann das dass daß dasselbe
dazu dein deine deinem deinen deiner deines dem demselben den denn denselben der derer derselbe
derselben des desselben dessen dich die dies diese dieselbe dieselben diesem diesen dieser dieses
dir doch dort du durch ein eine einem einen einer eines einig einige einigem einigen einiger
einiges einmal er es etwas euch euer eure eurem euren eurer eures für gegen gewesen hab habe
haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres im in
indem ins ist jede jedem jeden jeder jedes jene jenem jenen jener jenes jetzt kann kein keine
keinem keinen keiner keines können könnte machen man manche manchem manchen mancher manches mein
meine meinem meinen meiner meines mich mir mit muss musste nach nicht nichts noch nun nur ob oder
ohne sehr sein seine seinem seinen seiner seines selbst sich sie sind so solche solchem solchen
solcher solches soll sollte sondern sonst über um und uns unsere unserem unseren unserer unseres
unter viel vom von vor während war waren warst was weg weil weiter welche welchem welchen welcher
welches wenn werde werden wie wieder will wir wird wirst wo wollen wollte würde würden zu zum zur
zwar zwischen mehr schon immer heute seit sagt sagte ab beim bereits dabei dafür damals darauf
ganz gibt jahr jahre jahren gut neue neuen neuer erst ersten zwei drei vier seite page foto photo
fotos photos text interview no nr
"""
STOP_WORDS: frozenset[str] = frozenset(fold(w) for w in _STOP_TEXT.split())
_WORD = re.compile(r"[^\W\d_][\w'’+-]*[^\W_]|[^\W\d_]{2,}")


def key_terms(pages: Sequence[PageText], top: int = 8) -> dict[int, tuple[str, ...]]:
    """Words that stand out on each page (TF-IDF over the magazine's pages), printed casing.

    Words are compared folded and unstemmed; each is shown in its most frequent printed form.
    Stop words of German and English and words of fewer than three letters are left out.
    """
    counts: dict[int, Counter[str]] = {}
    surfaces: dict[str, Counter[str]] = {}
    for page in pages:
        page_counts: Counter[str] = Counter()
        for match in _WORD.finditer(page.text):
            word = match.group(0).strip("'’-")
            key = fold(word)
            if len(key) < 3 or key in STOP_WORDS:
                continue
            page_counts[key] += 1
            surfaces.setdefault(key, Counter())[word] += 1
        counts[page.number] = page_counts
    document_frequency: Counter[str] = Counter()
    for page_counts in counts.values():
        document_frequency.update(page_counts.keys())
    total = len(pages)
    result: dict[int, tuple[str, ...]] = {}
    for number, page_counts in counts.items():
        length = sum(page_counts.values()) or 1
        scored = sorted(
            (
                -(count / length) * math.log((total + 1) / document_frequency[key]),
                key,
            )
            for key, count in page_counts.items()
        )
        result[number] = tuple(_surface(surfaces[key]) for score, key in scored[:top] if score < 0)
    return result


def _surface(forms: Counter[str]) -> str:
    # The most frequent printed form; on a tie the capitalised one (a noun, a name).
    return max(forms.items(), key=lambda item: (item[1], item[0][:1].isupper(), item[0]))[0]


# ---------------------------------------------------------------------------------------------
# Combining the sources


def vocabulary_by_page(
    pages: Sequence[PageText],
    vocabulary: Vocabulary | None = None,
    listings: Iterable[int] = (),
) -> dict[int, tuple[str, ...]]:
    """Vocabulary topics of every page, each judged on its own text (`vocabulary_topics`).

    `listings` are pages that list other pages' stories (a cover, a contents page): they name
    many topics in passing and are about none, so they get no vocabulary topics. An article's
    topic does not carry to its other pages: a page of a report on funding that turns to the
    shipyard's apprentices is about the apprentices, as the blind annotators judged it.
    """
    vocabulary = vocabulary if vocabulary is not None else default_vocabulary()
    skipped = set(listings)
    return {
        page.number: () if page.number in skipped else vocabulary_topics(page.text, vocabulary)
        for page in pages
    }


def page_topics(
    pages: Sequence[PageText],
    outline: Sequence[OutlineEntry] = (),
    vocabulary: Vocabulary | None = None,
    *,
    top_terms: int = 8,
) -> dict[int, PageTopics]:
    """The topics of every page, by source (see `PageTopics.all` for the display list).

    Vocabulary topics are judged per page (`vocabulary_by_page`); the cover and the contents page
    (`listing_pages`) get none.
    """
    vocabulary = vocabulary if vocabulary is not None else default_vocabulary()
    rubrics = detect_rubrics(pages)
    sections = _outline_sections(pages, outline)
    terms = key_terms(pages, top_terms) if top_terms > 0 else {}
    by_page = vocabulary_by_page(pages, vocabulary, listing_pages(pages))
    # An article's title is what one article is called, not a topic: a running head or a
    # bookmark that repeats it names no rubric or section.
    articles = find_articles(pages, outline, ())
    titles = {fold_key(article.title) for article in articles}
    # A rubric printed once, as the start of a contents entry or bookmark ("Guest Column: …"
    # over the headline), is known from the article.
    article_rubrics = {n: a.rubric for a in articles for n in a.pages if a.rubric}
    result: dict[int, PageTopics] = {}
    for page in pages:
        rubric = rubrics.get(page.number)
        readable = readable_rubric(rubric) if rubric else article_rubrics.get(page.number)
        section = sections.get(page.number)
        result[page.number] = PageTopics(
            rubric=readable if readable and fold_key(readable) not in titles else None,
            section=section if section and fold_key(section) not in titles else None,
            vocabulary=by_page.get(page.number, ()),
            key_terms=terms.get(page.number, ()),
        )
    return result


def find_topics(
    pages: Sequence[PageText],
    outline: Sequence[OutlineEntry] = (),
    vocabulary: Vocabulary | None = None,
) -> dict[int, tuple[str, ...]]:
    """PDF page -> topic names for display: vocabulary topics, then rubric and section."""
    by_page = page_topics(pages, outline, vocabulary, top_terms=0)
    return {number: topics.all() for number, topics in by_page.items()}


def topic_kinds(by_page: Mapping[int, PageTopics]) -> dict[str, str]:
    """Topic name -> kind over a magazine's pages (the first source that names it wins)."""
    kinds: dict[str, str] = {}
    for number in sorted(by_page):
        for name, kind in by_page[number].kinds().items():
            kinds.setdefault(name, kind)
    return kinds


def _outline_sections(
    pages: Sequence[PageText], outline: Sequence[OutlineEntry]
) -> Mapping[int, str]:
    """Each page's enclosing top-level bookmark, where that bookmark has children.

    A flat outline lists articles, whose titles are no topics; only a bookmark with entries
    below it names a section.
    """
    entries = sorted(outline, key=lambda e: e.page)
    parents = [
        entry
        for index, entry in enumerate(outline)
        if index + 1 < len(outline)
        and outline[index + 1].level > entry.level
        and entry.level == min(e.level for e in outline)
        and not PAGE_BOOKMARK.match(entry.title)  # "Page 2" names a page, not a section
    ]
    if not parents:
        return {}
    top_level = min(e.level for e in entries)
    sections: dict[int, str] = {}
    for page in pages:
        current: str | None = None
        for entry in entries:
            if entry.page > page.number:
                break
            if entry.level == top_level:
                current = entry.title if entry in parents else None
        if current:
            sections[page.number] = current
    return sections
