"""Quotations on magazine pages, with who said them.

Two sources of quotations:

* **Quotation marks** in every style magazines print: “…”, "…", „…“, „…”, »…«, «…» (also the
  French « … » with inner spaces), ‘…’, ‚…‘ and '…'. A quotation may run across line and column
  breaks (pypdf gives text in content-stream order), may be interrupted by its attribution
  (“We opened the doors,” said X, “and nobody left.” is one quotation, the parts joined by a
  space), and may contain another quotation, which stays part of it. An apostrophe (O’Neill,
  it’s, Kaya’s) is never a quotation mark: a closing single mark must not be followed by a
  letter, an opening one must follow a space.
* **Interview turns**: answers are quotations of the interviewee, questions of the interviewer,
  both in name-prefixed layouts ("Kaya: …", "AK: …", "Q: …", "Frage: …") and in question/answer
  layouts without prefixes (questions are paragraphs ending in "?" or short one-line
  statements between answers). Interviewee and interviewer come from the credits of the page
  and from headings ("Interview with …", "Im Gespräch mit …", "Interview: …").

**Scare quotes and titles are not quotations.** The rule: a quoted span is rejected when it has
fewer than three words (a term, a scare quote, a short title: „Strukturwandel“, „Brücken
bauen“); or, when nobody is named as saying it, when a naming word stands before it ("the
so-called", "the project", "unter dem Titel") or it reads as a title: at most eight words, no
sentence punctuation inside, and every word of four letters or more capitalised ("Young
Europeans, Loud and Local", „Europa vor der Haustür“).

**Speakers**, with a confidence: a named attribution next to the quotation ("said Westphal",
"Westphal said", "according to …", "sagt X", "so X", "fügt X hinzu", a name line under a pull
quote) is 0.95; an attribution before it ("Albers sagte: „…“") or an interview turn 0.9; a
surname that no full name in the magazine explains 0.85; a pronoun ("she said", "sagt sie") or
no attribution at all resolves to the last person named in the paragraph or the two sentences
before, at 0.6; an attribution to someone unnamed ("a pupil wrote") gives no speaker. Speaker
names are plain names as the contributors detector gives them (`split_person`), and a surname
alone becomes the full name used elsewhere in the magazine (credits first, then names in text).
A possessive is never a name: "Dunmore’s mayor said" / "sagt Kielstedts Bürgermeisterin" is the
one person the page names with that office ("Mayor Jane Holt", "Jane Holt, mayor of …"), else
nobody. A publication or firm after "the" / "dem" ("told the Courier", "sagte dem Magazin") is
never a speaker; the verb's subject is. Before a quotation the subject may follow the verb
("Dem Magazin sagte Keller: „…“"). A place after an interview heading's name ("Interview with
Mayor Jane Holt of Dunmore") is not part of the interviewee's name. A vox pop's header above
the quotation ("Helga Brandt, 71, Rentnerin") names its speaker at 0.95; a next sentence that
points back at it ("The words were those of our guide, Ana Ruiz") at 0.6. A given name alone
("said Ingrid") is the one person of that given name the magazine introduced; a handle after a
name ("Jakob @jakob_w") is part of it. The steps run in the order of `SPEAKER_SIEVE`.

A pull quote that repeats a quotation of the body text of the same article (on the same page or
another, perhaps shortened) is merged into it: `page` is the body text's page, `also_on` the pull
quote's. A repeat on another article's page (an editorial quoting the interview inside) is a
teaser and keeps its own page.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum

from ..models import Article, Credit, PageText, Quote
from ..text import fold, fold_key
from .conventions import (
    ANSWER_MARKS,
    INTERVIEW_HEADING,
    QUESTION_MARKS,
    interviewer_in,
    may_hold_interview_heading,
)
from .given_names import gender as given_gender
from .given_names import is_given_name
from .names import (
    OFFICES,
    PARTICLES,
    Person,
    initials,
    is_person_name,
    looks_like_person_name,
    name_key,
    name_tail,
    resolve_surname,
    split_person,
)

__all__ = ["find_quotes", "word_overlap"]

# Confidence of each kind of attribution.
NAMED = 0.95
BEFORE = 0.9
TURN = 0.9
SURNAME_ONLY = 0.85
NEARBY = 0.6

# Opening mark -> the marks that may close it.
_PAIRS: dict[str, str] = {
    "“": "”“",  # “…“ is a common typesetting slip
    "„": "“”",
    "»": "«",
    "«": "»",
    "‘": "’",
    "‚": "‘’",
    '"': '"',
    "'": "'",
}
_OPENERS = frozenset(_PAIRS)
_OPENER = re.compile("[" + re.escape("".join(sorted(_OPENERS))) + "]")
"""Any opening mark: the next one is found by the regex engine, not a character at a time."""
_SINGLE = frozenset("‘’‚'")
_ALL_MARKS = "“”„»«‘’‚\"'"
# What may stand before an opening mark, and after a closing one.
_BEFORE_OPENER = set(" \n\t\u00a0([{—–-/") | set(_ALL_MARKS)
_AFTER_CLOSER = set(" \n\t\u00a0.,;:!?)]}—–-…/") | set(_ALL_MARKS)
_MAX_QUOTE_CHARS = 2500

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_SPACES = re.compile(r"\s+")

# Speech verbs, English, German, French; "so" only right after the quotation ("…“, so Reuter").
_SPEECH_VERB_TEXT = """
    said says say added adds explained explains recalled recalls told tells wrote writes asked
    asks replied replies noted notes stressed stresses insisted insists argued argues continued
    continues admitted admits remembered remembers laughed laughs observed observes commented
    comments declared declares warned warns emphasised emphasises emphasized emphasizes agreed
    agrees concluded concludes promised promises announced announces confirmed confirms
    suggested suggests joked jokes recounted recounts answered answers shouted whispered
    sighed smiled reflected reflects quipped summed sums put puts
    sagt sagte sagten sagen erklärt erklärte betont betonte meint meinte fügt fügte ergänzt
    ergänzte erzählt erzählte berichtet berichtete schreibt schrieb fragt fragte antwortet
    antwortete erinnert erinnerte warnt warnte glaubt glaubte findet fand unterstreicht
    unterstrich resümiert resümierte lacht lachte bestätigt bestätigte kritisiert kritisierte
    fordert forderte verspricht versprach ruft rief urteilt urteilte beschreibt beschrieb
    bekräftigt bekräftigte stellt stellte weiß wusste
    dit explique expliqua raconte ajoute affirme souligne déclare rappelle
"""
_SPEECH_VERBS = frozenset(_SPEECH_VERB_TEXT.split())
_AFTER_ONLY_VERBS = frozenset({"so"})
# Two-word attributions that work like a verb: "according to X", "laut X", "selon X".
_ACCORDING = re.compile(r"^(?:according\s+to|laut|zufolge|selon|d['’]après)\s", re.IGNORECASE)
_PRONOUNS = frozenset({"she", "he", "sie", "er", "elle", "il"})
# An age in place of the name refers back like a pronoun: "sagt der 68-Jährige", "the
# 68-year-old said".
_ANAPHORA = re.compile(r"(?:der|die|the)\s+\d{1,3}-(?:jährige|year-old)")
# A place's or person's possessive before an office: "Dunmore’s mayor", "Kielstedts Landrätin".
_POSSESSIVE = re.compile(r"[^\W\d_]['’]s?$")
_DETERMINER_TEXT = """
    a an the ein eine einer eines einem einen der die das den dem des un une le la les l
    mir ihm ihr uns one his her their our unsere unser ihre seine sein
"""
_DETERMINERS = frozenset(_DETERMINER_TEXT.split())
# Words that end the search for a name after a speech verb.
_STOP_TEXT = """
    in at on to from into with when while after before during as and but or who which that
    because since if for im am an auf aus bei nach vor während als und aber oder weil wenn
    dass seit mit zum zur über unter dans à en et qui pour avec lors
"""
_STOP_WORDS = frozenset(_STOP_TEXT.split())
# Prepositions before a capitalised run that make it a place, not a person ("in Dębowa Góra").
_PLACE_TEXT = "in nach aus from at near into bei im am ins gen towards toward à dans"
_PLACE_PREPOSITIONS = frozenset(_PLACE_TEXT.split())
# Words before a quoted span that make it a name or a title, not a quotation.
_NAMING = re.compile(
    r"(?:so-called|called|named|titled|entitled|dubbed|motto|slogan|title|label|project|"
    r"programme|program|campaign|book|film|exhibition|series|sogenannte[nmrs]?|"
    r"sog\.|genannte[nmrs]?|namens|titel|motto|projekt|projekts|programm|programms|aktion|"
    r"kampagne|buch|ausstellung|reihe|slogan|dit|dite|appelé|appelée|"
    # songs and pieces: what is sung or played is a title
    r"sang|sangen|singt|singen|sing|sings|sung|spielte|spielten|played|performed|"
    r"song|lied|hymn|hymne|anthem|chorale?|"
    # themes of events and talks
    r"thema|themen|theme|topic|motto|talk|vortrag|"
    # a term being defined: "graphed as “…”", "known as", "bezeichnet als"
    r"(?:graphed|plotted|labell?ed|termed|defined|known|referred\s+to|bezeichnet|definiert)"
    r"\s+as|als)(?:\s+(?:of|von))?\s*[:,]?\s*$",  # "the theme of “…”"
    re.IGNORECASE,
)
_ABBREVIATION_TEXT = "dr prof st mr mrs ms nr no vol bzw ca etc vgl z.b u.a e.v jr sr mag dipl"
_ABBREVIATIONS = frozenset(_ABBREVIATION_TEXT.split())

# Interview layouts.
_CREDIT_LINE = re.compile(
    r"^(?:photos?|fotos?|bild(?:er)?|pictures?|illustrations?|grafik|text|texte|interview|"
    r"quelle|source|credits?)\b[^:]{0,30}:\s",
    re.IGNORECASE,
)
_TURN = re.compile(
    r"^(?P<prefix>[^\s:“”„»«\"]{1,40}(?:\s[^\s:“”„»«\"]{1,40}){0,3})\s?:\s+(?P<rest>\S.*)$"
)
_TERMINAL = '.!?…:"”“»«’)'
_BULLETS = "›‹•·▪►-–—*"


@dataclass
class _Found:
    """A quotation while the page is analysed: its place in the page text and its speaker."""

    text: str
    page: int
    start: int
    end: int
    speaker: str | None = None
    confidence: float = 0.0
    standalone: bool = False
    """Set apart from the running text (a pull quote): preferred as the duplicate when merging."""
    also_on: set[int] = field(default_factory=set)


class _Names:
    """The people a magazine names: credits first, then names found in its text.

    The names printed in the text are looked for only when first needed: most pages of most
    PDFs hold no quotation to attribute, and the scan costs as much as the rest of the search.
    """

    def __init__(self, credited: Iterable[str], pages: Sequence[PageText] = ()) -> None:
        self.credited = list(dict.fromkeys(credited))
        self._credited_set = frozenset(self.credited)
        self._pages = pages
        self._running: frozenset[str] | None = None
        self._by_key: dict[str, str] = {}
        self.persons: dict[tuple[tuple[str, ...], bool], tuple[str, float] | None] = {}
        """`_person_from_tokens` answers, remembered: a page's runs are read for each quote."""
        # Last word of the key -> names, so that a surname is resolved without a scan.
        self._by_last: dict[str, list[str]] = {}
        self._words: frozenset[str] = frozenset()
        """Every word of the known names' keys (`may_name`)."""

    @property
    def running(self) -> frozenset[str]:
        """Keys of names printed on most pages (the magazine's own): never a speaker."""
        return self._load()

    def by_key(self, key: str) -> str | None:
        """The known name with this folded key (the credited spelling first)."""
        self._load()
        return self._by_key.get(key)

    def canonical(self, name: str) -> str:
        """The credited (or first found) spelling of `name`, or `name` itself."""
        self._load()
        return self._by_key.get(name_key(name), name)

    def resolve(self, surname: str) -> str | None:
        """The one full name (credited first) that ends with `surname`, else None."""
        key = name_key(surname).split()
        if not key:
            return None
        self._load()
        candidates = self._by_last.get(key[-1], [])
        credited = [n for n in candidates if n in self._credited_set]
        found = resolve_surname(surname, credited)
        return found if found is not None else resolve_surname(surname, candidates)

    def resolve_given(self, given: str) -> str | None:
        """The one full name known whose first word is `given` ("said Ingrid" after "Ingrid
        Solberg" was introduced), else None."""
        self._load()
        key = name_key(given)
        if not key or " " in key:
            return None
        found = {name for name in self._by_key.values() if name_key(name).split()[0] == key}
        return found.pop() if len(found) == 1 else None

    def may_name(self, word: str) -> bool:
        """Whether one capitalised word may name a known person: a word of its key is a word
        of a known name's key. `_read_person` finds a word that may not nothing known (no
        full name, surname or given name), so that it reads it as a surname alone at most."""
        self._load()
        return "" in self._by_key or any(part in self._words for part in name_key(word).split())

    def _load(self) -> frozenset[str]:
        if self._running is None:
            printed, running = _names_in_text(self._pages) if self._pages else ([], set())
            self._running = frozenset(running)
            for name in dict.fromkeys([*self.credited, *printed]):
                key = name_key(name)
                # Any printed name resolves a surname; only a person's name is a speaker.
                if name in self._credited_set or is_person_name(name):
                    self._by_key.setdefault(key, name)
                # A name with a particle ("Schreiben von Artikeln") must be a person's as well.
                lenient_ok = not any(word in PARTICLES for word in name.split())
                if key and (lenient_ok or key in self._by_key):
                    self._by_last.setdefault(key.split()[-1], []).append(name)
            self._words = frozenset(
                word for key in (*self._by_key, *self._by_last) for word in key.split()
            )
        return self._running


# ---------------------------------------------------------------------------------------------
# Public API


_FIRST_PERSON = re.compile(r"\b(?:I|ich|we|wir)\b[^.!?]*$")
"""A quotation introduced in the first person inside an interview answer ("I thought, ‘…’",
"ich dachte: „…“") gives the words of the one who answers."""


def find_quotes(
    pages: Sequence[PageText],
    credits: Sequence[Credit] = (),
    articles: Sequence[Article] | None = None,
) -> list[Quote]:
    """Return every quotation on the pages, in page order, with its speaker where one is named.

    `credits` (from the contributors detector) name the interviewee and interviewer of
    interview pages and give the full names that surnames resolve to. `articles` tell a pull
    quote, which repeats its own article's words and is merged with them, from a teaser that
    repeats another article's words on its own page (an editorial quoting the interview
    inside); without them every repeat is merged.
    """
    names = _Names((c.name for c in credits if c.name), pages)
    found: list[_Found] = []
    previous_interview: _Interview | None = None
    for page in pages:
        interview = _interview_on_page(page, credits, names, previous_interview)
        turns = _interview_turns(page, interview, names) if interview else []
        previous_interview = interview if turns else None
        found.extend(turns)
        for quote in _marked_quotes(page, names):
            turn = next((t for t in turns if t.start <= quote.start < t.end), None)
            if turn is not None and turn.text.strip() == quote.text.strip():
                continue  # the turn itself, printed in quotation marks
            if turn is not None and _FIRST_PERSON.search(_clause_before(page.text, quote.start)):
                # "I thought, ‘Let me apply’" inside an answer: the words of who answers.
                quote = replace(quote, speaker=turn.speaker, confidence=NEARBY)
            found.append(quote)
    return [
        Quote(
            text=q.text,
            speaker=q.speaker,
            page=q.page,
            confidence=q.confidence if q.speaker else 0.0,
            also_on=tuple(sorted(q.also_on - {q.page})),
        )
        for q in _merge_repeats(found, _article_of(articles))
    ]


def _article_of(articles: Sequence[Article] | None) -> dict[int, int] | None:
    """PDF page -> index of the article it belongs to; None where no articles are known."""
    if articles is None:
        return None
    return {page: index for index, article in enumerate(articles) for page in article.pages}


def word_overlap(first: str, second: str) -> float:
    """|words in common| / max(len a, len b) over folded words: 1.0 for the same words."""
    a, b = _folded_words(first), _folded_words(second)
    if not a or not b:
        return 0.0
    return sum((a & b).values()) / max(sum(a.values()), sum(b.values()))


def _folded_words(text: str) -> Counter[str]:
    return Counter(fold(w) for w in _WORD.findall(text))


# ---------------------------------------------------------------------------------------------
# Quotation marks


def _marked_quotes(page: PageText, names: _Names) -> list[_Found]:
    text = page.text
    spans = _quote_spans(text)
    result: list[_Found] = []
    index = 0
    while index < len(spans):
        start, end = spans[index]
        parts = [_inner(text, start, end)]
        clause: str | None = None
        # Interrupted by the attribution: “A,” said X, “b.” -> one quotation "A, b."
        while index + 1 < len(spans):
            between = text[end + 1 : spans[index + 1][0]]
            if not _is_interruption(parts[-1], between):
                break
            clause = clause or between
            index += 1
            end = spans[index][1]
            parts.append(_inner(text, spans[index][0], end))
        index += 1
        quote_text = _SPACES.sub(" ", " ".join(parts)).strip().rstrip(",;:–—- ").strip()
        standalone = _is_standalone(text, start, end) or _set_apart(page, start, end)
        speaker, confidence, named = _attribute(text, start, end, clause, standalone, names)
        if not _is_quotation(quote_text, text[:start], named, text[end + 1 : end + 120]):
            continue
        result.append(
            _Found(quote_text, page.number, start, end + 1, speaker, confidence, standalone)
        )
    return result


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """(opening, closing) offsets of the outermost quotations, in text order."""
    spans: list[tuple[int, int]] = []
    found = _OPENER.search(text)
    while found is not None:
        position = found.start()
        if _is_opener(text, position):
            close = _find_closer(text, position, depth=0)
            if close is not None:
                spans.append((position, close))
                found = _OPENER.search(text, close + 1)
                continue
        found = _OPENER.search(text, position + 1)
    return spans


def _is_opener(text: str, index: int) -> bool:
    mark = text[index]
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    if before not in _BEFORE_OPENER:
        return False
    if mark == "«" and after in " \u00a0\u202f":  # French spacing: « Nous … »
        return index + 2 < len(text) and text[index + 2].isalnum()
    if mark in _SINGLE:
        return after.isalpha()
    return not after.isspace()


def _is_closer(text: str, index: int, opener: str) -> bool:
    mark = text[index]
    if mark not in _PAIRS[opener]:
        return False
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    if before.isspace() and not (opener == "«" and before in " \u00a0\u202f"):
        return False
    if mark in _SINGLE and (after.isalnum()):
        return False  # an apostrophe: O’Neill, it’s
    return after in _AFTER_CLOSER or after.isspace()


_CLOSER_STOPS = {
    opener: re.compile("[" + re.escape("".join(sorted({*closers, *_OPENERS, "\n"}))) + "]")
    for opener, closers in _PAIRS.items()
}
"""The characters `_find_closer` stops at after an opening mark (its closers, an opener, a
line end): it passes over the others at C speed, not one loop a character (the quotations'
spans on det.py's 164 pages: 31 -> 21 million instructions)."""


def _find_closer(text: str, open_index: int, depth: int) -> int | None:
    opener = text[open_index]
    limit = min(len(text), open_index + _MAX_QUOTE_CHARS)
    candidates: list[int] = []
    stops = _CLOSER_STOPS[opener]
    position = open_index + 1
    while (found := stops.search(text, position, limit)) is not None:
        position = found.start()
        char = text[position]
        if _is_closer(text, position, opener):
            if opener not in _SINGLE or (position > 0 and text[position - 1] in ".,;:!?…"):
                return position
            # A closing single mark may be a plural possessive ("the students’ project"):
            # prefer one after punctuation, else the first.
            candidates.append(position)
        elif char in _OPENERS and depth < 3 and _is_opener(text, position):
            inner = _find_closer(text, position, depth + 1)
            if inner is not None:
                position = inner
        if char == "\n" and position + 1 < limit and text[position + 1] == "\n":
            break  # a blank line ends a paragraph
        position += 1
    return candidates[0] if candidates else None


def _inner(text: str, start: int, end: int) -> str:
    return _SPACES.sub(" ", text[start + 1 : end]).strip()


def _is_interruption(first_part: str, between: str) -> bool:
    """True when `between` is an attribution that splits one quotation: `, said X, `."""
    if "\n\n" in between or len(between) > 90:
        return False
    if not (first_part.endswith(",") or between.lstrip().startswith(",")):
        return False
    stripped = between.strip()
    if not stripped.endswith((",", ":")):
        return False
    words = _WORD.findall(stripped)
    if not 1 <= len(words) <= 10:
        return False
    return any(w.lower() in _SPEECH_VERBS or w.lower() in _AFTER_ONLY_VERBS for w in words) or (
        _ACCORDING.match(stripped.lstrip(", ")) is not None
    )


def _is_standalone(text: str, start: int, end: int) -> bool:
    """A quotation set as its own block: opens a line after a sentence end, closes a line."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(" -–—"):
        return False
    after = text[end + 1 : text.find("\n", end) if "\n" in text[end:] else len(text)]
    if after.strip():
        return False
    previous = text[:line_start].rstrip()
    return not previous or previous[-1] in _TERMINAL or not previous[-1].isalnum()


# A title in a list of papers or references: an author list, a year, a volume, pages or a DOI
# stand around it ("Liu, A. (2021). “Title.” J. Phys. 12, pp. 3-9").
_REFERENCE_CONTEXT = re.compile(
    r"\((?:19|20)\d\d[a-z]?\)|\bet\s+al\b|\b(?:vol|pp|no|Bd|Jg|S)\.\s*\d|\bdoi\b|"
    r"\bJournal\b|\bProceedings\b|\barXiv\b|\bISBN\b|\b[A-Z][a-z]+,\s+(?:[A-Z]\.\s?){1,3}[,;&]",
)
# A year right after the title ("“Title”, 2011,") or a numbered entry before it ("1. A. Nair,").
_YEAR_AFTER = re.compile(r"^[”“\"»«’]?\s*[,.(]\s*(?:19|20)\d\d\b")
# A web address right after the title: a picture or text credited under a free licence
# ("Author (URL), “Title of the file”, https://creativecommons.org/...").
_URL_AFTER = re.compile(r"^[”“\"»«’]?\s*[,.(]?\s*(?:https?://|www\.)")
_NUMBERED_ENTRY = re.compile(r"^\s*\[?\d{1,3}[.\]]\s+[A-ZÀ-Þ]")
_REFERENCE_WINDOW = 80
"""Characters before and after a quoted title that are searched for a reference's parts."""


def _is_quotation(quote: str, before: str, named: bool, after: str = "") -> bool:
    """Apply the scare-quote and title rule of the module docstring.

    A title is never a quotation, named speaker or not ("Nature Communications" reads as a
    speaker of the paper title before it); nor is a title in a list of references.
    """
    words = _WORD.findall(quote)
    if len(words) < 3:
        return False
    long_words = [w for w in words if len(w) >= 4]
    title_like = (
        not re.search(r"[.!?;]", quote)
        and bool(long_words)
        and all(w[0].isupper() or w[0].isdigit() for w in long_words)
    )
    if title_like:
        return False
    around = before[-_REFERENCE_WINDOW:] + " " + after[:_REFERENCE_WINDOW]
    if _REFERENCE_CONTEXT.search(around) or _YEAR_AFTER.match(after) or _URL_AFTER.match(after):
        return False
    if _NUMBERED_ENTRY.search(before[before.rfind("\n") + 1 :]):
        return False
    # "called", "titled", "zum Thema": what follows is a name, even with a person nearby.
    if _NAMING.search(before[-40:]):
        return False
    if named:
        return True
    # A short phrase nobody is said to have said is a scare quote or a name ("in real life",
    # "Use of funds"); an unattributed quotation is a sentence or a longer passage. A sentence
    # starts with a capital: "its own “eye and brain.”" closes the writer's sentence inside
    # the marks, as English sets it, and is a phrase.
    sentence = bool(re.search(r"[.!?…]", quote)) and words[0][0].isupper()
    return len(words) >= _MIN_UNATTRIBUTED_WORDS or sentence


_MIN_UNATTRIBUTED_WORDS = 6
"""The fewest words of a quotation that no one is named for, unless it is a whole sentence:
the real magazines' scare quotes and names in marks have 3-5 words, their unattributed
quotations (pull quotes, remembered sayings) 7 or more."""


def _set_apart(page: PageText, start: int, end: int) -> bool:
    """A pull quote: its lines hold nothing but the quotation and are set in another size
    than the page's body text (pypdf gives the pull quote amid the column's lines)."""
    if not page.styles:
        return False
    text = page.text
    first = text.count("\n", 0, start)
    last = text.count("\n", 0, end)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:start].strip(" -–—") or text[end + 1 : line_end].strip(" -–—.,"):
        return False
    sizes: dict[float, int] = {}
    for style in page.styles:
        sizes[style.size] = sizes.get(style.size, 0) + len(style.text)
    body = max(sizes, key=sizes.__getitem__)
    quoted = page.styles[first : last + 1]
    return bool(quoted) and all(style.size != body for style in quoted)


# ---------------------------------------------------------------------------------------------
# Attribution


class Pointer(Enum):
    """What an attribution clause points at."""

    NAME = "name"
    PRONOUN = "pronoun"
    ANAPHORA = "anaphora"
    """An age or description in place of the name: "sagt der 68-Jährige"."""
    OFFICE = "office"
    UNNAMED = "unnamed"
    """Someone the text does not name: "a pupil wrote"."""
    NONE = "none"


@dataclass(frozen=True)
class Reading:
    """What one attribution clause says about who spoke."""

    pointer: Pointer
    speaker: str | None = None
    """The name (Pointer.NAME) or the office (Pointer.OFFICE) the clause gives."""
    confidence: float = 0.0


@dataclass(frozen=True)
class Attribution:
    """A step's answer: the speaker (None for someone unnamed), how sure, and whether an
    explicit attribution named or pointed at someone."""

    speaker: str | None
    confidence: float
    explicit: bool


@dataclass(frozen=True)
class _QuoteContext:
    text: str
    start: int
    end: int
    clause: str | None
    """The attribution that split the quotation, if any."""
    standalone: bool
    names: _Names


def _from_clause_after(ctx: _QuoteContext) -> Attribution | None:
    """1. The attribution that split the quotation, or the words right after it: "…," said
    Ana Ruiz / she said / said the mayor."""
    for after in ([ctx.clause] if ctx.clause else []) + [_clause_after(ctx.text, ctx.end + 1)]:
        reading = _read_attribution(after, ctx.names, after_quote=True)
        pointer = reading.pointer
        if pointer is Pointer.NAME:
            return Attribution(reading.speaker, reading.confidence, True)
        if pointer in (Pointer.PRONOUN, Pointer.ANAPHORA):
            gender = _pronoun_gender(after) if pointer is Pointer.PRONOUN else None
            person = _last_person_before(
                ctx.text,
                ctx.start,
                ctx.names,
                most_named=pointer is Pointer.ANAPHORA,
                gender=gender,
            )
            return Attribution(person, NEARBY if person else 0.0, True)
        if pointer is Pointer.OFFICE:
            person = _office_holder(ctx.text, reading.speaker or "", ctx.names)
            return Attribution(person, NAMED if person else 0.0, True)
        if pointer is Pointer.UNNAMED:
            return Attribution(None, 0.0, True)
    return None


def _from_header_above(ctx: _QuoteContext) -> Attribution | None:
    """2. A vox pop's header: the quotation opens a line under "Name, age, job" set on the
    line or lines right above it ("Helga Brandt," / "71, Rentnerin" / „…“)."""
    person = _header_above(ctx.text, ctx.start)
    return Attribution(person, NAMED, True) if person else None


def _from_name_line(ctx: _QuoteContext) -> Attribution | None:
    """3. A name line under a pull quote: “…” / Katrin Sommerfeld, State Minister for Europe.
    A pull quote without one is nobody's rather than the paragraph's."""
    if not ctx.standalone:
        return None
    person = _attribution_line(ctx.text, ctx.end + 1, ctx.names)
    return Attribution(person, NAMED, True) if person else Attribution(None, 0.0, False)


def _from_clause_before(ctx: _QuoteContext) -> Attribution | None:
    """4. An attribution before it: Albers sagte: „…“ / Kaya: “…”."""
    before = _clause_before(ctx.text, ctx.start)
    if not before.endswith((":", ",")):
        return None
    reading = _read_attribution(before[:-1], ctx.names, after_quote=False)
    if reading.pointer is Pointer.NAME:
        return Attribution(reading.speaker, BEFORE, True)
    if reading.pointer is Pointer.OFFICE:
        person = _office_holder(ctx.text, reading.speaker or "", ctx.names)
        return Attribution(person, BEFORE if person else 0.0, True)
    if reading.pointer is Pointer.UNNAMED:
        return Attribution(None, 0.0, True)
    return None


# The sentence after a quotation that points back at it and names who said it: "So erinnert
# sich Ingrid Berg", "That is how Adeyemi sums it up", "The words were those of our guide,
# Ana Ruiz", "Mit diesen Worten fasste Ana Ruiz … zusammen".
_POINTING_BACK = re.compile(
    r"^\s*(?:So|Thus|That\s+is\s+how|This\s+is\s+how|Those\s+were|These\s+were|"
    r"The\s+words\s+(?:were|are|came\s+from)|Mit\s+diesen\s+Worten|Das\s+sagt|Das\s+sagte|"
    r"Diese\s+Worte|Worte\s+von|With\s+these\s+words)\b",
    re.IGNORECASE,
)


def _from_next_sentence(ctx: _QuoteContext) -> Attribution | None:
    """5. The next sentence points back at the quotation and names its speaker (the
    quotation ends its own sentence: “….” So erinnert sich Ingrid Berg an …)."""
    rest = ctx.text[ctx.end + 1 : ctx.end + 1 + 300]
    if not ctx.text[ctx.start : ctx.end].rstrip().endswith((".", "!", "?", "…")):
        return None
    sentence = _clause_after(rest.lstrip(), 0)
    if not _POINTING_BACK.match(sentence):
        return None
    mentions = _person_mentions(sentence, ctx.names)
    return Attribution(mentions[0], NEARBY, True) if mentions else None


def _from_paragraph(ctx: _QuoteContext) -> Attribution | None:
    """6. Nobody named or pointed at: the person the paragraph is about."""
    person = _last_person_before(ctx.text, ctx.start, ctx.names)
    return Attribution(person, NEARBY if person else 0.0, False)


SPEAKER_SIEVE = (
    _from_clause_after,
    _from_header_above,
    _from_name_line,
    _from_clause_before,
    _from_next_sentence,
    _from_paragraph,
)
"""The steps that name a quotation's speaker, most explicit first; the first answer wins."""


def _attribute(
    text: str, start: int, end: int, clause: str | None, standalone: bool, names: _Names
) -> tuple[str | None, float, bool]:
    """Speaker, confidence, and whether an explicit attribution names or points at someone."""
    context = _QuoteContext(text, start, end, clause, standalone, names)
    for step in SPEAKER_SIEVE:
        found = step(context)
        if found is not None:
            return found.speaker, found.confidence, found.explicit
    return None, 0.0, False  # pragma: no cover - the last step always answers


def _clause_after(text: str, position: int) -> str:
    """The words after a closing mark, up to the sentence end or the next quotation."""
    window = text[position : position + 200]
    cut = len(window)
    for match in re.finditer(r"[.!?](?=\s|$)|[“„»«‘‚\"]|\n\n", window):
        if match.group(0) == "." and _is_abbreviation(window, match.start()):
            continue
        cut = match.start()
        break
    return window[:cut]


def _clause_before(text: str, position: int) -> str:
    """The words of the current sentence before an opening mark."""
    window = text[max(0, position - 250) : position]
    start = 0
    for match in re.finditer(r"[.!?](?=\s)|[”“«»]", window):
        if match.group(0) == "." and _is_abbreviation(window, match.start()):
            continue
        start = match.end()
    return window[start:].strip()


def _is_abbreviation(text: str, dot: int) -> bool:
    # The word before the dot, read back from it: a search for the last word of everything
    # before the dot went over the whole window (up to 700 characters) for each full stop.
    end = dot - 1 if dot and text[dot - 1] == "\n" else dot  # where `$` would match
    start = end
    while start and not text[start - 1].isspace():
        start -= 1
    if start == end:
        return False
    token = text[start:end].lower().lstrip("(")
    return token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha())


def _tokens(text: str) -> list[str]:
    return text.replace("\u00a0", " ").split()


_PUNCTUATION = ",;:.!?()[]–—\"'“”„»«‘’‚"
"""What `_bare` strips off a token's ends."""


def _bare(token: str) -> str:
    return token.strip(_PUNCTUATION)


_DASH_NAME = re.compile(r"^\s*[-–—―]\s*(?P<name>(?:[A-ZÀ-Þ][\w.'’-]*\s+){0,4}[A-ZÀ-Þ][\w'’-]+)")


def _read_attribution(clause: str, names: _Names, *, after_quote: bool) -> Reading:
    """Read "said X" / "X said" / "she said" / "a pupil wrote" in a short clause.

    The reading points at a name, a pronoun, an anaphora (an age in place of the name), an
    office (a possessive office: the speaker is the office), someone unnamed, or nobody.
    """
    dash = _DASH_NAME.match(clause)
    # “…” – Greta Albers, Oberbürgermeisterin / "…" -\nProf. Ana Ruiz in her interview.
    if dash and after_quote:
        person = _person_from_tokens([_bare(t) for t in _tokens(dash.group("name"))[:6]], names)
        if person:
            return Reading(Pointer.NAME, person[0], person[1])
    stripped = clause.strip().lstrip(",–— ").strip()
    according = _ACCORDING.match(stripped)
    if according and after_quote:
        return _subject_after_verb(_tokens(stripped[according.end() :]), names)
    tokens = _tokens(stripped)
    # Before a quotation the verb sits at the end: "…, sagte Albers:" / "Albers said:".
    window = tokens[:8] if after_quote else tokens[-8:]
    verb_at = None
    for index, token in enumerate(window):
        word = _bare(token).lower()
        if word in _SPEECH_VERBS or (after_quote and index == 0 and word in _AFTER_ONLY_VERBS):
            verb_at = index
            if after_quote:
                break
    if verb_at is None:
        if not after_quote and tokens:
            # "Minister Dr. Aylin Kaya: „…“": the clause is a name only.
            person = _person_from_tokens([_bare(t) for t in tokens[-6:]], names)
            if person and _bare(tokens[-1]) and _bare(tokens[-1])[0].isupper():
                return Reading(Pointer.NAME, person[0], BEFORE)
        return Reading(Pointer.NONE, None, 0.0)
    if after_quote and verb_at > 0 and any(t.endswith((".", "!", "?")) for t in window[:verb_at]):
        return Reading(Pointer.NONE, None, 0.0)
    subject_before = window[:verb_at]
    subject_after = window[verb_at + 1 :]
    if after_quote and verb_at == 0:
        return _subject_after_verb(subject_after, names)
    # Name before the verb: "Horáková added", "Mayor Greta Albers said", "she said".
    reading = _subject_before_verb(subject_before, names)
    if reading.pointer in (Pointer.NONE, Pointer.UNNAMED) and not after_quote:
        # The subject after the verb: "Dem Magazin sagte Keller:", "Told by …".
        after = _subject_after_verb(subject_after, names)
        if after.pointer is not Pointer.NONE or reading.pointer is Pointer.NONE:
            reading = after
    return reading


def _subject_before_verb(tokens: list[str], names: _Names) -> Reading:
    if not tokens:
        return Reading(Pointer.NONE, None, 0.0)
    words = [_bare(t) for t in tokens]
    if words[-1].lower() in _PRONOUNS:
        return Reading(Pointer.PRONOUN, None, 0.0)
    if _ANAPHORA.fullmatch(" ".join(words[-2:]).lower()):
        return Reading(Pointer.ANAPHORA, None, 0.0)
    if len(words) >= 2 and _is_possessive(words[-2], words[-1]):
        return Reading(
            Pointer.OFFICE, words[-1], 0.0
        )  # "Dunmore’s mayor said", "Kielstedts Bürgermeister"
    # An apposition between name and verb: "Ansgar Holm, the ferryman, said".
    comma = next((i for i, t in enumerate(tokens) if t.rstrip().endswith(",")), None)
    if comma is not None and comma + 1 < len(tokens):
        head = words[: comma + 1]
        if all(w and (w[0].isupper() or w in PARTICLES) for w in head):
            person = _person_from_tokens(head, names)
            if person:
                return Reading(Pointer.NAME, person[0], person[1])
    # The capitalised run that ends right before the verb.
    run: list[str] = []
    for word in reversed(words):
        if word and (word[0].isupper() or word in PARTICLES):
            run.insert(0, word)
        else:
            break
    if run:
        determiner = len(run) < len(words) and words[-len(run) - 1].lower() in _DETERMINERS
        person = _person_from_tokens(run, names, after_determiner=determiner)
        if person:
            return Reading(Pointer.NAME, person[0], person[1])
    if any(w.lower() in _DETERMINERS for w in words):
        return Reading(Pointer.UNNAMED, None, 0.0)
    return Reading(Pointer.NONE, None, 0.0)


def _subject_after_verb(tokens: list[str], names: _Names) -> Reading:
    """Find the speaker in the words after a speech verb: "the jury chair, Dr. Henrik Aaltonen"."""
    skipped = 0
    determiner = False
    index = 0
    while index < len(tokens) and index < 10:
        token = tokens[index]
        word = _bare(token)
        lower = word.lower()
        if not word:
            index += 1
            continue
        if lower in _PRONOUNS:
            return Reading(Pointer.PRONOUN, None, 0.0)
        if index + 1 < len(tokens) and _ANAPHORA.fullmatch(
            f"{lower} {_bare(tokens[index + 1]).lower()}"
        ):
            return Reading(Pointer.ANAPHORA, None, 0.0)
        following = _bare(tokens[index + 1]) if index + 1 < len(tokens) else ""
        if following and _is_possessive(word, following):
            return Reading(Pointer.OFFICE, _bare(tokens[index + 1]), 0.0)  # "said Dunmore’s mayor"
        if word[0].isupper():
            run = [word]
            ends = token.rstrip()[-1:] in ",;:!?" or (
                token.endswith(".") and not _is_title_or_initial(token)
            )
            index += 1
            while not ends and index < len(tokens):
                nxt = tokens[index]
                bare = _bare(nxt)
                if not bare or not (bare[0].isupper() or bare in PARTICLES):
                    break
                run.append(bare)
                ends = nxt.rstrip()[-1:] in ",;:!?" or (
                    nxt.endswith(".") and not _is_title_or_initial(nxt)
                )
                index += 1
            while run and run[-1] in PARTICLES:
                run.pop()
            person = _person_from_tokens(run, names, after_determiner=determiner)
            if person:
                handle = (
                    _HANDLE.fullmatch(tokens[index].rstrip(",;:.!?"))
                    if not ends and index < len(tokens)
                    else None
                )
                name = f"{person[0]} {handle.group()}" if handle else person[0]
                return Reading(Pointer.NAME, name, person[1])
            if (determiner or skipped) and tokens[index - 1].rstrip().endswith(","):
                determiner = False  # an apposition may follow: "the Commissioner, Maria Lopez"
                continue
            return Reading(Pointer.UNNAMED) if determiner or skipped else Reading(Pointer.NONE)
        if lower in _STOP_WORDS:
            break
        if lower in _DETERMINERS:
            determiner = True
        skipped += 1
        if skipped > 4:
            break
        index += 1
    return Reading(Pointer.UNNAMED) if determiner else Reading(Pointer.NONE)


# A social-media handle printed after a name is part of how the speaker is named: "said Jakob
# @jakob_w when summing up the conference" (a post quoted by a given name and its handle).
_HANDLE = re.compile(r"@[A-Za-z0-9_.]{2,30}")


def _is_title_or_initial(token: str) -> bool:
    bare = token.strip(",;:")
    return (
        bare.lower().rstrip(".") in _ABBREVIATIONS or re.fullmatch(r"[A-ZÀ-Þ]\.", bare) is not None
    )


def _person_from_tokens(
    run: list[str], names: _Names, *, after_determiner: bool = False
) -> tuple[str, float] | None:
    """The person a capitalised run names ("Baudezernent Frank Reuter" -> "Frank Reuter")."""
    key = (tuple(run), after_determiner)
    if key not in names.persons:
        names.persons[key] = _read_person(run, names, after_determiner)
    return names.persons[key]


def _split_run(run: Iterable[str]) -> Person | None:
    """A capitalised run split into name, titles and office (`split_person`); None for a
    possessive ("Dunmore’s mayor", "Holt’s deputy": about someone, not a name)."""
    words = [w for w in run if w]
    # Only a word with an apostrophe is searched: the possessive's pattern needs one.
    if not words or any(("’" in w or "'" in w) and _POSSESSIVE.search(w) for w in words):
        return None
    return split_person(" ".join(words))


def _read_person(run: list[str], names: _Names, after_determiner: bool) -> tuple[str, float] | None:
    person = _split_run(run)
    words = person.name.split() if person else []
    if not person or not words:
        return None
    had_prefix = bool(person.titles or person.office)
    # A known name at the end of the run wins: "Unsere Klassenlehrerin Petra Hoffmann".
    keys = [name_key(w) for w in words]
    for size in range(min(len(words), 5), 0, -1):
        known = names.by_key(" ".join(keys[-size:]))
        if known is not None:
            return known, NAMED
    if len(words) == 1:
        if after_determiner and not had_prefix:
            return None  # "eine Schülerin", "the mayor"
        resolved = names.resolve(words[0])
        if resolved:
            return resolved, NAMED
        # A given name alone after the person was introduced: "said Ingrid".
        if is_given_name(words[0]):
            full = names.resolve_given(words[0])
            if full:
                return full, NAMED
        if _looks_like_surname(words[0]):
            return words[0], SURNAME_ONLY
        return None
    tail = _name_tail_text(words)
    if _plausible_name(tail):
        return names.canonical(tail), NAMED
    # A known surname after a sentence's first word: "Für Vosskamp beginnt damit ...". The
    # run itself, found in the text but not a person's name, resolves nothing.
    resolved = names.resolve(words[-1])
    if resolved and name_key(resolved) != name_key(" ".join(words)):
        return resolved, NAMED
    return None


def _name_tail_text(words: list[str]) -> str:
    """The name at the end of a run of words: "Ursula von der Leyen" (see `name_tail`)."""
    return " ".join(name_tail(words))


_POSSESSIVE_S = re.compile(r"['’]s\b")


def _plausible_name(candidate: str, *, lenient: bool = False) -> bool:
    """A speaker needs a given name (`is_person_name`); the names printed in the magazine,
    which only resolve a surname a speech verb already points at, need the name's shape."""
    is_name = looks_like_person_name if lenient else is_person_name
    # "Dunmore’s mayor" is an office of a place, not a name.
    possessive = ("’" in candidate or "'" in candidate) and _POSSESSIVE_S.search(candidate)
    if possessive or not is_name(candidate):
        return False
    first = candidate.split()[0]
    # German compound nouns ("Bürgerinitiative Seeufer") pass the capitalisation test;
    # given names are short.
    return all(len(part) <= 11 for part in first.split("-"))


def _looks_like_surname(word: str) -> bool:
    return looks_like_person_name(f"Anna {word}")


_HEADER_LINES = 3
"""Lines a vox pop's header runs to: "Sophie Lemaire, 24," / "Studentin der Sozialen" / "Arbeit"."""


def _header_above(text: str, start: int) -> str | None:
    """The person of a "Name, age, job" header ending on the line above a quotation that
    opens its line; the header starts after a sentence's end, a quotation or a label."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(" -–—"):
        return None
    above = text[: max(line_start - 1, 0)].split("\n")[-_HEADER_LINES:]
    for first in range(len(above) - 1, -1, -1):
        line = above[first].strip()
        if not line or line[-1] in _TERMINAL or ":" in line:
            return None  # the end of a sentence, a quotation or a label: no header
        header = " ".join(part.strip() for part in above[first:])
        head = header.split(",", 1)[0].strip()
        if "," in header and is_person_name(head):
            return head
    return None


def _attribution_line(text: str, position: int, names: _Names) -> str | None:
    """The name line set under a pull quote: "Katrin Sommerfeld, State Minister for Europe"."""
    rest = text[position:].lstrip(" \t")
    if rest.startswith("\n"):
        rest = rest[1:]
    line = rest.split("\n", 1)[0].strip().lstrip("—–-― ").strip()
    if not line or len(line) > 100 or line[0] in _ALL_MARKS:
        return None
    head = re.split(r"\s*(?:,|\(|\s[–—|]\s)", line, maxsplit=1)[0]
    words = [_bare(t) for t in _tokens(head)]
    if not words or any(w and w[0].islower() and w not in PARTICLES for w in words):
        return None
    person = _person_from_tokens(words, names)
    return person[0] if person else None


_OFFICE_WORDS = frozenset(fold(office) for office in OFFICES if " " not in office)


def _is_possessive(word: str, following: str | None = None) -> bool:
    """ "Dunmore’s", or a German genitive before an office: "Kielstedts Bürgermeisterin"."""
    if not word or not word[0].isupper():
        return False
    if _POSSESSIVE.search(word):
        return True
    return (
        following is not None
        and word.endswith("s")
        and len(word) > 3
        and fold(_bare(following)) in _OFFICE_WORDS
    )


def _office_holder(text: str, office: str, names: _Names) -> str | None:
    """The one person the page names with this office: "Mayor Jane Holt", "Jane Holt, mayor"."""
    office = _bare(office)
    if not office or not office[0].isalpha():
        return None
    word = r"[^\W\d_][\w’'.-]*"
    mark = rf"(?<![\w-])(?i:{re.escape(office)})(?![\w-])"
    people: set[str] = set()
    for match in re.finditer(rf"{mark}(?=,?\s+(?P<name>{word}(?:\s+{word}){{0,4}}))", text):
        run: list[str] = []
        for token in match.group("name").split():
            bare = _bare(token)
            if not bare or not (bare[0].isupper() or bare in PARTICLES):
                break
            run.append(bare)
            if _ends_run(token):
                break
        person = _person_from_tokens(run, names) if len(run) >= 2 else None
        if person:
            people.add(person[0])
    apposition = rf"(?P<name>{word}(?:\s+{word}){{1,3}}),\s+(?:the\s+|die\s+|der\s+)?{mark}"
    for match in re.finditer(apposition, text):
        words = [_bare(t) for t in match.group("name").split()]
        while words and not words[0][:1].isupper():
            words.pop(0)
        person = _person_from_tokens(words, names) if len(words) >= 2 else None
        if person:
            people.add(person[0])
    return people.pop() if len(people) == 1 else None


_PRONOUN_GENDERS = {"she": "f", "elle": "f", "he": "m", "er": "m", "il": "m"}
"""Pronouns that tell the speaker's gender; German "sie" may be "they" and tells none."""
_PASSAGE_WINDOW = 3000
"""Characters before a quotation searched for the person a pronoun refers to, when the three
sentences before name nobody: a portrait names its subject once and quotes them for a page."""


def _pronoun_gender(clause: str) -> str | None:
    for word in _tokens(clause.lower()):
        if _bare(word) in _PRONOUN_GENDERS:
            return _PRONOUN_GENDERS[_bare(word)]
    return None


def _of_gender(name: str, gender: str | None) -> bool:
    """True unless the name's given name is known to be of the other gender."""
    if gender is None:
        return True
    known = given_gender(name.split()[0]) if " " in name else None
    return known in (None, "u", gender)


def _last_person_before(
    text: str,
    position: int,
    names: _Names,
    *,
    most_named: bool = False,
    gender: str | None = None,
) -> str | None:
    """The last person named in the current sentence and the two before it: a pronoun ("she
    said") refers to the person just introduced. With `most_named`, the most often named one
    (the latest among equals): an age in place of the name ("sagt der 68-Jährige") describes
    the person the passage is about, not someone mentioned on the way (a grandchild)."""
    window = text[max(0, position - 700) : position]
    boundaries = [
        m.end()
        for m in re.finditer(r"[.!?][”“«»\"]?(?=\s)", window)
        if not (m.group(0) == "." and _is_abbreviation(window, m.start()))
    ]
    paragraph = window.rfind("\n\n")
    start = boundaries[-3] if len(boundaries) >= 3 else 0
    start = max(start, paragraph + 1 if paragraph >= 0 else 0)
    mentions = [m for m in _person_mentions(window[start:], names) if _of_gender(m, gender)]
    if not mentions and gender is not None:
        # The pronoun refers back past the sentences before it: to the last person of its
        # gender named earlier in the passage.
        passage = text[max(0, position - _PASSAGE_WINDOW) : position]
        mentions = [m for m in _person_mentions(passage, names) if _of_gender(m, gender)]
    if not mentions:
        return None
    if not most_named:
        return mentions[-1]
    counts = Counter(mentions)
    return max(reversed(mentions), key=lambda name: counts[name])


def _line_tokens(text: str) -> tuple[list[str], set[int]]:
    """A text's tokens, and the indexes of those a run of names may not continue past.

    A name wraps across a line break in running text ("Petra\nHoffmann"), but not past the
    end of a short line: a heading, a contents entry or a byline ("Interview: Lukas Brenner").
    """
    lines = text.replace("\u00a0", " ").split("\n")
    # The widest of each line and the three before and after it, all at once (a slice and
    # a `max` per line took a tenth of the search for names).
    padded = [0] * _NEIGHBOURS + list(map(len, lines)) + [0] * _NEIGHBOURS
    widest = map(max, *(padded[shift:] for shift in range(2 * _NEIGHBOURS + 1)))
    tokens: list[str] = []
    stops: set[int] = set()
    for line, width in zip(lines, widest, strict=True):
        words = line.split()
        if not words:
            continue
        tokens += words
        if len(line) < 0.6 * width:
            stops.add(len(tokens) - 1)
    return tokens, stops


_NEIGHBOURS = 3
"""Lines on either side of a line that `_line_tokens` compares its width with."""


_RUN_END_MARKS = frozenset(',;:!?)"”“»«')


def _ends_run(token: str) -> bool:
    """Whether a run of names ends with this token (from `str.split`, so never blank)."""
    return token[-1] in _RUN_END_MARKS or (token[-1] == "." and not _is_title_or_initial(token))


def _capital_runs(text: str, min_words: int = 1) -> Iterable[tuple[str, list[str]]]:
    """(word before, run) for every run of capitalised words (particles allowed inside) of
    at least `min_words` words."""
    tokens, stops = _line_tokens(text)
    # Every token's bare word at once, and only the capitalised ones visited: a page holds
    # ten lowercase words for each capitalised one (a call per token was most of the time).
    bares = [token.strip(_PUNCTUATION) for token in tokens]
    capitals = [i for i, word in enumerate(bares) if word[:1].isupper()]
    count = len(tokens)
    index = 0
    for start in capitals:
        if start < index:
            continue  # inside the run before
        if min_words > 1:
            # Five runs in six are one word long: one that no word can continue is passed
            # over before it is read (the next run starts after it all the same).
            after = bares[start + 1] if start + 1 < count else ""
            if not after or not (after[0].isupper() or after in PARTICLES):
                continue
        index = start
        previous = bares[index - 1].lower() if index else ""
        run = [bares[index]]
        ends = index in stops or _ends_run(tokens[index])
        index += 1
        while not ends and index < count:
            bare = bares[index]
            if not bare or not (bare[0].isupper() or bare in PARTICLES):
                break
            run.append(bare)
            ends = index in stops or _ends_run(tokens[index])
            index += 1
        while run and run[-1] in PARTICLES:
            run.pop()
        if len(run) >= min_words:
            yield previous, run


def _person_mentions(text: str, names: _Names) -> list[str]:
    people: list[str] = []
    for previous, run in _capital_runs(text):
        if previous in _PLACE_PREPOSITIONS or _names_a_thing(previous, run):
            continue
        # Most runs are one word (a sentence's first, a noun) that names nobody known, and
        # one such is not counted (below): it is not read.
        if len(run) == 1 and not names.may_name(run[0]):
            continue
        person = _person_from_tokens(run, names)
        if person is None or name_key(person[0]) in names.running:
            continue
        if person[1] == SURNAME_ONLY:
            continue  # a lone capitalised word in running text is too often a noun
        people.append(person[0])
    return people


def _names_a_thing(previous: str, run: list[str]) -> bool:
    """A run after "the" / "dem" without an office or title names a publication, a firm or a
    place ("told the Lakeside Courier", "sagte dem Seeboten"), not a person."""
    if previous not in ("the", "dem"):
        return False
    person = split_person(" ".join(run))
    return not (person.office or person.titles)


def _names_in_text(pages: Sequence[PageText]) -> tuple[list[str], set[str]]:
    """Full names (two words or more) printed in the magazine, for resolving surnames, and
    the keys of name-like runs printed on most pages: the magazine's own name in a running
    footer ("Kleinhafen Bote"), which is nobody's.
    """
    found: dict[str, str] = {}
    pages_with: Counter[str] = Counter()
    # A run read once a magazine: the name it prints and that name's key (None for none).
    read: dict[tuple[str, ...], tuple[str, str] | None] = {}
    for page in pages:
        on_page: set[str] = set()
        for previous, run in _capital_runs(page.text, min_words=2):
            if previous in _PLACE_PREPOSITIONS or _names_a_thing(previous, run):
                continue
            words = tuple(run)
            if words not in read:
                name = _printed_name(words)
                read[words] = (name, name_key(name)) if name is not None else None
            known = read[words]
            if known is not None:
                name, key = known
                found.setdefault(key, name)
                on_page.add(key)
        pages_with.update(on_page)
    running = {key for key, count in pages_with.items() if count >= 3 and count > len(pages) / 2}
    return [name for key, name in found.items() if key not in running], running


def _printed_name(run: tuple[str, ...]) -> str | None:
    """The full name (two words or more) a capitalised run prints, by its shape alone.

    What `_read_person` reads with no name known yet, as here, where the known names are being
    found: no name to match, no surname to resolve, and a single word is no full name. Read
    through `_read_person` with an empty `_Names`, the lookups and the single words took a
    fifth of the search for names (GeoTopo's 117 pages, 831 distinct runs: 66 -> 54 ms).
    """
    person = _split_run(run)
    words = person.name.split() if person else []
    if len(words) < 2:
        return None
    tail = _name_tail_text(words)
    return tail if _plausible_name(tail, lenient=True) else None


# ---------------------------------------------------------------------------------------------
# Interviews


@dataclass(frozen=True)
class _Interview:
    interviewees: tuple[str, ...]
    interviewers: tuple[str, ...]
    inherited: bool = False
    """Carried over from the page before: only name-prefixed turns can continue it."""


_ENDS_WITH_PAGE_NUMBER = re.compile(r"\s\d{1,3}$")
"""A contents entry or a teaser: a line that ends with a page number."""


def _interview_on_page(
    page: PageText,
    credits: Sequence[Credit],
    names: _Names,
    previous: _Interview | None,
) -> _Interview | None:
    interviewees = [c.name for c in credits if c.role == "interviewee" and page.number in c.pages]
    interviewers = [c.name for c in credits if c.role == "interviewer" and page.number in c.pages]
    heading_words = may_hold_interview_heading(page.text)
    # Without a heading's words and a credited interviewee, no line is read (below).
    lines = page.text.split("\n") if heading_words or interviewees else []
    heading_found = False
    for index, raw in enumerate(lines):
        line = raw.strip()
        # A line is read only as a heading, or after one (or on a credited interviewee's
        # page): the heading is looked for first, the costlier search for a page number at
        # the line's end only then (14 million instructions fewer on det.py's 164 pages).
        match = INTERVIEW_HEADING.match(line) if heading_words else None
        if not (match or heading_found or interviewees):
            continue
        if not line or line[0] in _BULLETS or _ENDS_WITH_PAGE_NUMBER.search(line):
            continue  # contents entries and teasers, not the heading of this page
        if match:
            heading_found = True
            rest = match.group("value")
            following = lines[index + 1].strip() if index + 1 < len(lines) else ""
            for candidate in (rest, f"{rest} {following}"):
                # "Interview with Mayor Jane Holt of Dunmore": the place is not part of the name.
                candidate = re.sub(r"\s+(?:of|from|aus|in|at)(?:\s.*)?$", "", candidate)
                person = split_person(candidate).name
                if _plausible_name(_name_tail_text(person.split()) if person else ""):
                    interviewees.append(names.canonical(_name_tail_text(person.split())))
                    break
        else:
            who = interviewer_in(line)
            if who and not interviewers:
                person = split_person(who).name
                if person and _plausible_name(_name_tail_text(person.split())):
                    interviewers.append(names.canonical(_name_tail_text(person.split())))
    if interviewees or interviewers:
        return _Interview(tuple(dict.fromkeys(interviewees)), tuple(dict.fromkeys(interviewers)))
    # A continued interview: its turns still carry the speakers' prefixes.
    return replace(previous, inherited=True) if previous else None


def _interview_turns(page: PageText, interview: _Interview, names: _Names) -> list[_Found]:
    lines = page.text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    roles = [_turn_role(line, interview, names) for line in lines]
    if sum(1 for r in roles if r is not None) >= 2:
        return _prefixed_turns(page, lines, offsets, roles, interview)
    if interview.interviewees and not interview.inherited:
        return _unprefixed_turns(page, lines, offsets, interview)
    return []


def _turn_role(line: str, interview: _Interview, names: _Names) -> tuple[str | None, str] | None:
    """(speaker, text) when the line starts a name-prefixed turn ("Kaya: …", "Q: …")."""
    match = _TURN.match(line.strip())
    if not match or _CREDIT_LINE.match(line.strip()):
        return None
    prefix = match.group("prefix").strip("*_ ")
    key = fold_key(prefix)
    rest = match.group("rest")
    if key in QUESTION_MARKS:
        return (interview.interviewers[0] if len(interview.interviewers) == 1 else None), rest
    if key in ANSWER_MARKS:
        return (interview.interviewees[0] if len(interview.interviewees) == 1 else None), rest
    for person in (*interview.interviewees, *interview.interviewers):
        if _prefix_names(prefix, person):
            return person, rest
    return None


def _prefix_names(prefix: str, person: str) -> bool:
    """Does a turn prefix ("Kaya", "Derya Kaya", "DK", "Minister Kaya") name the person?"""
    key = fold_key(prefix).split()
    person_key = name_key(person).split()
    if not key or not person_key:
        return False
    if key == person_key or (key[-1:] == person_key[-1:] and len(key) <= 3):
        return True
    letters = re.sub(r"[^A-ZÀ-Þ]", "", prefix)
    return len(prefix.replace(".", "")) <= 4 and len(letters) >= 2 and letters == initials(person)


def _ends_turn(line: str, previous: str, interview: _Interview) -> bool:
    """A line that cannot continue a turn: a pull quote, a caption, a bio, a credit line."""
    stripped = line.strip()
    if not stripped:
        return False
    if _CREDIT_LINE.match(stripped):
        return True
    if stripped[0] in _OPENERS and previous.rstrip()[-1:] in _TERMINAL:
        return True
    return _starts_with_participant(stripped, interview)


def _starts_with_participant(line: str, interview: _Interview) -> bool:
    plain_key = fold_key(re.sub(r"^(?:(?:Prof|Dr)\.\s*)+", "", line))
    for name in (*interview.interviewees, *interview.interviewers):
        key = name_key(name)
        if key and (plain_key == key or plain_key.startswith(key + " ")):
            return True
    return False


def _prefixed_turns(
    page: PageText,
    lines: list[str],
    offsets: list[int],
    roles: list[tuple[str | None, str] | None],
    interview: _Interview,
) -> list[_Found]:
    turns: list[_Found] = []
    index = 0
    while index < len(lines):
        role = roles[index]
        if role is None:
            index += 1
            continue
        speaker, first = role
        parts = [first]
        end = index + 1
        while end < len(lines) and roles[end] is None:
            if _ends_turn(lines[end], lines[end - 1], interview):
                break
            parts.append(lines[end])
            end += 1
        text = _SPACES.sub(" ", " ".join(parts)).strip()
        if len(_WORD.findall(text)) >= 2:
            turns.append(
                _Found(
                    text,
                    page.number,
                    offsets[index],
                    offsets[end],
                    speaker,
                    TURN if speaker else 0.0,
                )
            )
        index = end
    return turns


def _paragraphs(lines: list[str]) -> list[list[int]]:
    """Group line indexes into paragraphs by line length and end punctuation."""
    widths = [len(line) for line in lines]
    paragraphs: list[list[int]] = []
    current: list[int] = []
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            if current:
                paragraphs.append(current)
                current = []
            continue
        current.append(index)
        local = max(widths[max(0, index - 4) : index + 5])
        following = lines[index + 1].strip() if index + 1 < len(lines) else ""
        ends = stripped[-1] in _TERMINAL
        if (
            (ends and len(stripped) < 0.85 * local)
            or len(stripped) < 0.6 * local
            or (stripped.endswith("?") and following[:1].isupper())
            or _CREDIT_LINE.match(stripped)
            or _CREDIT_LINE.match(following)
            or (ends and following[:1] in _OPENERS)
        ):
            paragraphs.append(current)
            current = []
    if current:
        paragraphs.append(current)
    return paragraphs


def _unprefixed_turns(
    page: PageText, lines: list[str], offsets: list[int], interview: _Interview
) -> list[_Found]:
    """Question/answer layout without prefixes: questions end in "?" (or are one short line)."""
    paragraphs = _paragraphs(lines)
    texts = [" ".join(lines[i].strip() for i in para) for para in paragraphs]
    widths = [max(len(lines[i]) for i in para) for para in paragraphs]
    full = max(widths, default=0)

    def skip(number: int) -> bool:
        text = texts[number]
        return (
            bool(_CREDIT_LINE.match(text))
            or text[:1] in _OPENERS
            or _starts_with_participant(text, interview)
            or (len(paragraphs[number]) == 1 and text[-1:] not in _TERMINAL)
        )

    first = next((n for n, t in enumerate(texts) if t.endswith("?") and not skip(n)), None)
    if first is None:
        return []
    interviewer = interview.interviewers[0] if len(interview.interviewers) == 1 else None
    interviewee = interview.interviewees[0] if len(interview.interviewees) == 1 else None
    turns: list[tuple[str, list[int]]] = []
    for number in range(first, len(paragraphs)):
        if skip(number):
            continue
        text = texts[number]
        previous = turns[-1][0] if turns else None
        if previous == "q":
            kind = "a"
        elif text.endswith("?") or (
            len(paragraphs[number]) == 1 and widths[number] < 0.8 * full and previous == "a"
        ):
            kind = "q"
        else:
            kind = "a"
        if turns and kind == "a" and previous == "a":
            turns[-1][1].append(number)  # an answer in several paragraphs
        else:
            turns.append((kind, [number]))
    found: list[_Found] = []
    for kind, numbers in turns:
        text = _SPACES.sub(" ", " ".join(texts[n] for n in numbers)).strip()
        speaker = interviewer if kind == "q" else interviewee
        start = offsets[paragraphs[numbers[0]][0]]
        end = offsets[paragraphs[numbers[-1]][-1] + 1]
        found.append(_Found(text, page.number, start, end, speaker, TURN if speaker else 0.0))
    return found


# ---------------------------------------------------------------------------------------------
# Pull quotes


def _merge_repeats(found: list[_Found], article_of: dict[int, int] | None) -> list[_Found]:
    """Merge quotations that repeat one another (a pull quote and its body text) within one
    article; a page outside every article is an article of its own."""

    def same_article(first: _Found, second: _Found) -> bool:
        if article_of is None or first.page == second.page:
            return True
        return article_of.get(first.page, -first.page) == article_of.get(second.page, -second.page)

    words = [_folded_words(q.text) for q in found]
    groups: dict[int, list[int]] = {}
    # Word -> groups whose first quotation holds it: only groups sharing words are compared.
    holders: dict[str, list[int]] = {}
    for index in range(len(found)):
        shared: Counter[int] = Counter()
        for word in words[index]:
            shared.update(holders.get(word, ()))
        target = next(
            (
                group
                for group, _ in shared.most_common()
                if _repeats(words[index], words[group])
                and not _nested(found[index], found[group])
                and same_article(found[index], found[group])
            ),
            None,
        )
        if target is None:
            groups[index] = [index]
            for word in words[index]:
                holders.setdefault(word, []).append(index)
        else:
            groups[target].append(index)
    result: list[_Found] = []
    for members in groups.values():
        quotes = [found[i] for i in members]
        body = min(quotes, key=lambda q: (q.standalone, -len(q.text)))
        best = max(quotes, key=lambda q: q.confidence if q.speaker else -1.0)
        pages = {q.page for q in quotes}
        result.append(
            replace(
                body,
                speaker=best.speaker if best.speaker else body.speaker,
                confidence=best.confidence if best.speaker else body.confidence,
                also_on=pages - {body.page},
            )
        )
    result.sort(key=lambda q: (q.page, q.start))
    return result


def _nested(first: _Found, second: _Found) -> bool:
    """One stands inside the other on the page: a quotation within an interview answer, not
    a pull quote repeating it."""
    if first.page != second.page:
        return False
    return second.start <= first.start < second.end or first.start <= second.start < first.end


def _repeats(first: Counter[str], second: Counter[str]) -> bool:
    """Fuzzy word overlap: the shorter one's words are nearly all in the longer one."""
    size_a, size_b = sum(first.values()), sum(second.values())
    shorter, longer = min(size_a, size_b), max(size_a, size_b)
    if shorter < 4 or shorter < 0.4 * longer:
        return False
    # The words in common, as `first & second` counts them, without the Counter it builds
    # and its `__missing__` call a word not in `second` (det.py quotes: 9 million
    # instructions fewer, a sixtieth of the quotations' own).
    common = sum(min(count, second[word]) for word, count in first.items() if word in second)
    return common >= 0.8 * shorter
