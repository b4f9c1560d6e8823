"""Who contributed to a magazine: authors, interviewees, interviewers, photographers, editors.

Only people (and teams) who *sign* count: a byline, an interview heading, a photo credit, an
imprint line, the contents page, an editorial's signature, an author box. People merely named
in running text or quoted are not contributors.

An article's author, interviewee and interviewer belong to all of its pages; a photographer
belongs to the page that carries the credit; an editor to the imprint's page. Article spans
come from the outline, the contents page (printed pages mapped to PDF pages through the page
labels) and changes of the running rubric. pypdf gives text in content-stream order, so no
signal depends on a byline standing before or after a title.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from ..models import Credit, LineStyle, OutlineEntry, PageText
from .conventions import (
    ANSWER_MARKS,
    ARTICLE_ROLES,
    CAPTION_PICTURE,
    INLINE_PICTURE,
    INTERVIEW_HEADING,
    QUESTION_MARKS,
    SIGN_OFF_WORDS,
    LabelMatch,
    caption_credit,
    interview_pair,
    is_colon_label,
    is_sign_off,
    match_label,
    may_name_a_pair,
)
from .given_names import is_given_name
from .names import (
    OFFICES,
    PARTICLES,
    TITLES,
    Person,
    initials,
    is_person_name,
    looks_like_person_name,
    name_key,
    normal_case,
    resolve_surname,
    split_person,
)
from .structure import (
    MAX_LEAD_LINES,
    QUOTE_OPENERS,
    _contents_pages,
    article_spans,
    body_size,
    contents_entries,
    outside_contents_entries,
)

__all__ = ["find_contributors"]

# Lines that start with a list bullet are teasers (a cover's "In this issue"), not headings.
_BULLETS = "›•▸►→✓*"

_TEAM_PREFIX = re.compile(
    r"^(?:the\s+team\s+(?:of|from|at)|das\s+Team\s+(?:de[sr]|von|vom)|die\s+Redaktion\s+de[sr]|"
    r"members\s+of|Mitglieder(?:n)?\s+de[sr]|the)\s+",
    re.IGNORECASE,
)
# "Die Fragen stellte die Klasse 9b": a lowercase article before a team's name.
_LEADING_ARTICLE = re.compile(r"^(?:die|der|den|das|the)\s+(?=[A-ZÀ-Þ])")
_INTERVIEWEE_AFTER = re.compile(r"^(?P<value>.+?)\s+im\s+(?:Interview|Gespräch)$")
_IMPRINT_MARKS = "·|•"
_IMPRINT_SEPARATOR = re.compile(rf"\s+[{_IMPRINT_MARKS}]\s+")
# A line without any of the marks is not split: the separator's pattern starts with blanks,
# so the regex engine tries it at every blank (1.1 % of the contributors detector's
# instructions on a 117-page book, measured). The three marks are looked for one by one: a
# quarter of the instructions of a pattern's search for them, on the corpus's lines.
_AUTHOR_BOX = re.compile(
    r"^(?P<value>(?:[A-ZÄÖÜ][\w.'’-]*\s+){1,6}?[A-ZÀ-Þ][\w'’-]+)(?:\s*\(\d{1,3}\))?,?\s+"
    r"(?:is|ist|lehrt|teaches|leitet|heads|works|arbeitet|studied|studierte|studiert|"
    r"was\s+born|wurde|lebt|lives|has\s+been|war|was|writes|schreibt)\b"
)
_AUTHOR_BOX_LABEL = re.compile(
    r"^(?:About\s+the\s+authors?|The\s+authors?|Die\s+Autorin(?:nen)?|Der\s+Autor|Die\s+Autoren|"
    r"Zur\s+Person|Zum\s+Autor|Zur\s+Autorin)\s*:?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_TURN = re.compile(r"^(?P<speaker>[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þa-z][\w'’.-]+){0,3})\s*:\s+\S")
_NOT_SPEAKERS = (
    QUESTION_MARKS
    | ANSWER_MARKS
    | frozenset(
        {
            "foto",
            "fotos",
            "photo",
            "photos",
            "text",
            "interview",
            "hinweis",
            "note",
            "quelle",
            "source",
            "info",
            "tipp",
            "tip",
            "kontakt",
            "contact",
            "web",
            "internet",
            "mail",
            "e mail",
            "tel",
            "telefon",
            "phone",
            "auf deutsch",
            "in english",
            "english",
            "deutsch",
            "bild",
            "cover photo",
        }
    )
)
_TEAM_WORDS = re.compile(
    r"(?:\be\.\s?V\.|\bgGmbH\b|\bKlasse\b|\bClass\b|\bForm\b\s+\d|\bTeam\b|\bJahrgang\b|"
    r"Gymnasium|Gymnasiums|Schule\b|Schulen\b|\bSchool\b|\bCollege\b|\bYouth\b|Jugend|"
    r"\bAmt\b|\bOffice\b|\bDepartment\b|Büro\b|\bReferat\b|Dezernat|\bVerein\b|Verband\b|"
    r"Netzwerk|\bNetwork\b|\bAssociation\b|\bClub\b|\bInitiative\b|\bStiftung\b|"
    r"\bFoundation\b|\bAG\b|\bArbeitsgruppe\b|\bWorking\s+group\b|\bStudents\b|\bPupils\b|"
    r"Schülerinnen|Schüler\b|Redaktion|Partnerschaftsverein|Twinning\s+Association)",
)
_TRIM_AFTER_NAME = re.compile(
    r"\s+(?:about|on|über|zu[mr]?|who|der|die|das|which|–|—|-)\s+.*$|[.:;!?]$"
)
_NOT_A_CREDIT_VALUE = frozenset({"privat", "private", "archiv", "archive", "privatarchiv"})
# An office as a line's first words ("Member of the European Parliament, ..."), longest first.
_OFFICE_LINE = re.compile(
    "(?:" + "|".join(re.escape(o) for o in sorted(OFFICES, key=len, reverse=True)) + r")(?: |\Z)",
    re.IGNORECASE,
)
# The word an office starts with, case-folded: a line's word that is none of them starts no
# office, and `_OFFICE_LINE` (142 offices tried in turn) is not run for it.
_OFFICE_FIRST_WORDS = frozenset(office.split()[0].casefold() for office in OFFICES)
_LEADING_ORDINAL = re.compile(r"^\d\.\s*")


@dataclass(frozen=True)
class _Signal:
    name: str
    role: str
    pages: tuple[int, ...]
    titles: str = ""
    office: str = ""
    strength: int = 1
    """How many independent places named the person in this role."""
    byline: tuple[int, bool] | None = None
    """For a byline inside an article: the page it is printed on, and whether it stands in the
    page's lower half (closing an article) rather than the upper (opening one)."""
    single: bool = False
    """One name alone under a role label ("Credit: Swarnendu"): the person credited in full
    elsewhere in the magazine whose given name or surname it is; dropped when none or several
    are (a lone word after a label is as often an archive or a user name)."""
    pair: str = ""
    """For the two of an interview heading "A in conversation with B": the other one's name
    (who asks is told afterwards, `_who_asks`)."""


def find_contributors(
    pages: Sequence[PageText], outline: Sequence[OutlineEntry] = ()
) -> list[Credit]:
    """One Credit per (person or team, role), with the PDF pages the contribution covers."""
    if not pages:
        return []
    contents = contents_entries(pages)
    contents_pages = {entry_page for entry_page, _ in _contents_pages(pages)}
    spans = article_spans(pages, outline, contents)
    span_of = {page: span for span in spans for page in span}
    signals: list[_Signal] = []

    for entry in contents:
        span = span_of.get(entry.page, (entry.page,))
        signals += _heading_signals(entry.title, span)
        signals += _credit_line_signals(entry.credit_line, span)
    for item in outline:
        if item.page in span_of:
            signals += _heading_signals(item.title, span_of[item.page])

    for page in pages:
        span = span_of.get(page.number, (page.number,))
        lines = _lines(page.text)
        # A contents page's credit lines are read with its entries, above; the rest of the
        # page may carry an article (a front page's lead story, an editorial).
        on_contents = page.number in contents_pages
        if on_contents:
            lines = tuple(outside_contents_entries(list(lines)))
        signals += _credit_signals(lines, page.number, span, article_roles=True)
        if on_contents:
            continue
        signals += _heading_line_signals(
            lines, span, page.number, first_page=page.number == span[0]
        )

    body = body_size(pages) or 0.0  # 0 where the extractor gave no line styles
    signals += _headline_byline_signals(pages, span_of, contents_pages, body)
    signals += _closing_name_signals(pages, span_of, contents_pages, body)

    # Fallbacks for articles that carry no byline: a signature or an author box.
    signed = {p for s in signals if s.role in ("author", "interviewee") for p in s.pages}
    for span in spans:
        span_pages = [p for p in pages if p.number in span]
        # A letter signed under a sign-off ("Ihre" / name) is its signer's on its own page
        # where the span has other authors or is a contents page (an editorial beside the
        # contents, whose other lines name the articles' authors and are read with them).
        shared = bool(signed.intersection(span)) or span[0] in contents_pages
        signals += _signature_signals(span_pages, span, sign_off_only=shared)

    signals += _initials_signals(pages)
    signals += _lead_interviewee_signals(pages, spans, signals)
    signals += _turn_signals(pages, spans, signals, contents_pages)
    signals = _who_asks(pages, signals)
    signals = _interview_bylines(_one_article_per_byline(signals))
    signals = _continued_articles(pages, signals)
    return _merge(_without_interview_authors(signals))


# The standfirst of an interview names whom it asks: "Class 8c interviewed Mayor Ana Ruiz".
# The person is the first name after the verb ("interviewed the district's Landrätin, Ana
# Ruiz"); German may put the subject between verb and object ("befragte die Klasse 9c
# Landrätin Ana Ruiz", "sprach die Klasse 9c mit X") or the verb last ("hat X befragt").
_INTERVIEWED = re.compile(
    r"\b(?:interviewed|spoke\s+(?:to|with)|talked\s+(?:to|with)|asked|"
    r"(?:put|puts|brought)\s+(?:their|its|our|his|her)\s+questions\s+to|"
    r"(?:in\s+)?(?:conversation|Gespräch|Interview)\s+(?:with|mit)|"
    r"(?:sprach(?:en)?|unterhielt(?:en)?\s+sich)\b[^.!?]*?\bmit|"
    r"befragte[n]?|interviewte[n]?|fragte[n]?)\s+(?P<value>.+)$|"
    r"\b(?:hat|haben)\s+(?P<value2>.+?)\s+(?:befragt|interviewt)\b"
)


def _first_person(text: str) -> Person | None:
    """The first person named in a stretch of text: runs of capitalised words, tried from
    each word on, so that "Lindenschule Landrätin Ana Ruiz" yields Ana Ruiz."""
    run: list[str] = []
    for token in [*text.split(), ""]:
        word = token.strip("\"“”„‚‘’'()[],;:!?")
        # A full stop ends the sentence unless it ends a title, an initial or "e.V.".
        bare = word.rstrip(".")
        sentence_end = token.endswith(("!", "?")) or (
            token.endswith(".") and token not in TITLES and len(bare) > 2 and "." not in bare
        )
        if word and (word[0].isupper() or (run and word in PARTICLES)):
            run.append(bare if sentence_end else word)
            if not (sentence_end or token.endswith((",", ";", ":", ")"))):
                continue
        for start in range(len(run)):
            person = _person_or_team(" ".join(run[start : start + 7]), teams=False)
            if person:
                return person
        if sentence_end:
            return None
        run = []
    return None


def _lead_interviewee_signals(
    pages: Sequence[PageText], spans: Sequence[tuple[int, ...]], signals: Sequence[_Signal]
) -> list[_Signal]:
    """The interviewee named in the lead of an interview whose heading names nobody.

    Only in articles that credit an interviewer: in a report, "we spoke with X" names a
    source, not a contributor.
    """
    by_number = {page.number: page for page in pages}
    found: list[_Signal] = []
    for span in spans:
        roles = {s.role for s in signals if set(s.pages) & set(span)}
        if "interviewer" not in roles or "interviewee" in roles or span[0] not in by_number:
            continue
        asking = {
            name_key(s.name)
            for s in signals
            if s.role == "interviewer" and set(s.pages) & set(span)
        }
        lines = _lines(by_number[span[0]].text)[:_LEAD_LINES]
        person = None
        for line in lines:
            match = _INTERVIEWED.search(line)
            named = _first_person(match.group("value") or match.group("value2")) if match else None
            # "She talked to X" names the one who asks.
            if named and name_key(named.name) not in asking:
                person = named
                break
        if person is None and _has_turns(by_number[span[0]].text):
            # Questions and answers: the first person the lead names answers them.
            for line in lines:
                named = _first_person(line) if match_label(line) is None else None
                if named and is_person_name(named.name) and name_key(named.name) not in asking:
                    person = named
                    break
        if person:
            found.append(_Signal(person.name, "interviewee", span, person.titles, person.office))
    return found


_LEAD_LINES = 12
"""Lines from an article's top in which its headline, lead and credits stand."""
_QA_TURN = re.compile(
    r"^(?:" + "|".join(sorted(QUESTION_MARKS | ANSWER_MARKS, key=len, reverse=True)) + r")\s*:\s",
    re.IGNORECASE,
)


def _has_turns(text: str) -> bool:
    """Whether a page is set as questions and answers: two turns of each kind at least."""
    marks: dict[str, int] = {}
    for line in _lines(text):
        match = (_QA_TURN.match(line) or _TURN.match(line)) if ":" in line else None
        if match:
            mark = match.group(0).split(":")[0].strip().lower()
            marks[mark] = marks.get(mark, 0) + 1
    return sum(1 for count in marks.values() if count >= _MIN_TURNS) >= _VOICES


def _without_interview_authors(signals: list[_Signal]) -> list[_Signal]:
    """Drop "author" credits of people who interview or are interviewed on the same pages.

    A contents page lists an interview under its interviewer's name, which reads like an
    author credit.
    """
    in_interview = {
        (name_key(s.name), page)
        for s in signals
        if s.role in ("interviewer", "interviewee")
        for page in s.pages
    }
    return [
        s
        for s in signals
        if s.role != "author" or not all((name_key(s.name), p) in in_interview for p in s.pages)
    ]


_PAGES_KEPT = 256
"""Pages whose lines `_lines` keeps: a magazine's, as a rule (a longer one is split again)."""


@lru_cache(maxsize=_PAGES_KEPT)
def _lines(text: str) -> tuple[str, ...]:
    """A page's lines, stripped, without blank ones. Split once a page: up to four steps
    read them (with `_at_most_words`, -1.0 % of the detector's instructions, measured)."""
    return tuple(line.strip() for line in text.split("\n") if line.strip())


def _at_most_words(text: str, count: int) -> bool:
    """Whether `text` holds at most `count` words. Splits off no more words than it needs to
    tell: most lines asked about are longer."""
    return len(text.split(None, count)) <= count


def _heading_signals(title: str, span: tuple[int, ...]) -> list[_Signal]:
    """An article title such as "Interview with Dr. Anna Muster" names its interviewee."""
    match = INTERVIEW_HEADING.match(title.strip()) or _INTERVIEWEE_AFTER.match(title.strip())
    if not match:
        return []
    value = match.group("value") or ""
    return _signals_for(_without_place(value), "interviewee", span, teams=False)


# "Interview with Mayor Ana Ruiz of Tarrasa": the place is not part of the name. A heading
# broken after "of" leaves the linking word dangling at the end of its first line.
_PLACE_SUFFIX = re.compile(r"\s+(?:of|from|aus)(?:\s+[A-ZÀ-Þ][\w'’-]*(?:[\s-][A-ZÀ-Þ][\w'’-]*)*)?$")


def _without_place(value: str) -> str:
    return _PLACE_SUFFIX.sub("", value.strip())


_HEADING_OVER_BYLINE = 1.5
"""A line this much larger than the body heads the byline under it. Lower than the headline
that starts an article (`structure.HEADLINE_FACTOR`, 1.8, above pull quotes): a byline also
stands under the subheads of a newsletter's shorter stories; with 1.8 the blind magazines
lose 0.04 recall (0.76 -> 0.72) and the real ones nothing."""
_AFFILIATION = re.compile(r"\s*\([^)]*(?:\)|$)\s*")
"""A byline's affiliation in brackets, closed on the line or not: "Anna Berg (IISER K"."""


def _headline_byline_signals(
    pages: Sequence[PageText],
    span_of: dict[int, tuple[int, ...]],
    contents_pages: set[int],
    body: float,
) -> list[_Signal]:
    """A byline without a label: the line right under a headline that holds nothing but
    names ("A. MANIS, M. MATNEY", "Sayan Choudhury (HRI Allahabad)"), anywhere on the page:
    a page of short items has a headline and byline for each. The article runs from that page
    to the end of its span."""
    found: list[_Signal] = []
    if body <= 0:
        return found
    for page in pages:
        if page.number in contents_pages or not page.styles:
            continue
        styled = [style for style in page.styles if style.text.strip()]
        span = span_of.get(page.number, (page.number,))
        span = tuple(p for p in span if p >= page.number)
        heading: list[str] = []
        for index in range(1, len(styled)):
            above, line = styled[index - 1], styled[index]
            if above.size < _HEADING_OVER_BYLINE * body:
                heading = []
                continue
            heading.append(above.text)
            # The byline steps down from the headline's size (it may still be large); a
            # large quotation is a pull quote, and the name under it its speaker's.
            pull_quote = heading[0].lstrip()[:1] in QUOTE_OPENERS or above.text.rstrip().endswith(
                _QUOTE_CLOSERS
            )
            if line.size < above.size and not pull_quote:
                # Under an interview's heading the byline names who asks.
                role = "interviewer" if INTERVIEW_HEADING.match(" ".join(heading)) else "author"
                people = _byline_names(line.text, span, role)
                under_lead = _line_after_lead(styled, index)
                if not people and under_lead is not None:
                    people = _byline_names(under_lead.text, span, role)
                if people:
                    # One author per line: the lines below in the byline's style name more.
                    for more in styled[index + 1 : index + 1 + _MAX_BYLINE_LINES]:
                        if (more.size, more.bold, more.italic) != (
                            line.size,
                            line.bold,
                            line.italic,
                        ):
                            break
                        people += _byline_names(more.text, span, role)
                    found += people
                    heading = []
    return found


_MAX_BYLINE_LINES = 4
"""Lines of one author each that a byline may run to under its headline."""


def _line_after_lead(styled: Sequence[LineStyle], start: int) -> LineStyle | None:
    """The line after a lead that starts at `start`: the byline of "headline / lead / byline".
    A lead is a few lines in one style; more lines in that style are the article itself."""
    lead = styled[start]
    if lead.text.lstrip()[:1] in QUOTE_OPENERS:
        return None  # a pull quote, and the name under it its speaker's
    end = start
    while end < len(styled) and end - start <= MAX_LEAD_LINES:
        line = styled[end]
        if (line.size, line.bold, line.italic) != (lead.size, lead.bold, lead.italic):
            return line if end > start else None
        if match_label(line.text) is not None:
            return None  # a masthead's role above its names ("Managing Editor" / name)
        end += 1
    return None


_SIGNED_LINE = re.compile(rf"^(?:{SIGN_OFF_WORDS}),?\s+(?P<name>\S.*)$", re.IGNORECASE)
# A dash before the name closes a report or a letter: "… from the reserve." / "— Ana Berg".
# After a quotation the dash names its speaker instead ("“…”" / "— Ana Berg, Mayor").
_DASH_SIGNED_LINE = re.compile(r"^[—–]\s*(?P<name>[A-ZÀ-Þ].*)$")
_QUOTE_CLOSERS = tuple('"”“»«’')
_SENTENCE_END = tuple('.!?"”“’»«)…')
_HEADING_STEP = 1.15
"""A heading over the next article is set at least this much larger than the body text
(subheads of the real and blind magazines: 1.2-1.4 times)."""
_LAST_LINES = 3


def _closing_name_signals(
    pages: Sequence[PageText],
    span_of: dict[int, tuple[int, ...]],
    contents_pages: set[int],
    body: float,
) -> list[_Signal]:
    """A name that closes an article without a label: after the last sentence, set apart
    (bold or italic) and followed by the next heading, an office or the page's end
    ("… in three hours." / "Margaret Ellery, Churchwarden"); or signed on one line ("Yours,
    Anna Berg")."""
    found: list[_Signal] = []
    for page in pages:
        # A contents page's names are read with its entries; only a letter beside them,
        # signed on one line ("Yours, Anna Berg"), is read here.
        on_contents = page.number in contents_pages
        styles = page.styles or tuple(LineStyle(line, 0.0) for line in page.text.split("\n"))
        lines = [style for style in styles if style.text.strip()]
        texts = [line.text for line in lines]
        for index in range(1, len(lines)):
            line, previous = lines[index], lines[index - 1]
            if not (
                previous.text.rstrip().endswith(_SENTENCE_END)
                or _complimentary_close(lines, index - 1)
            ):
                continue
            signed = _SIGNED_LINE.match(line.text)
            if on_contents and not signed:
                continue
            if not signed and previous.text.rstrip().endswith(_QUOTE_CLOSERS):
                continue  # the speaker under a pull quote
            if not signed:
                signed = _DASH_SIGNED_LINE.match(line.text)
            following = lines[index + 1] if index + 1 < len(lines) else None
            text = line.text
            # A signature run over two lines: "Gwen Evans-Hughes, CEng," / "Aberystwyth".
            rest = following if following is not None and _signature_rest(line, following) else None
            if rest is not None:
                text = f"{text.rstrip()} {rest.text.strip()}"
                following = lines[index + 2] if index + 2 < len(lines) else None
            if not signed:
                set_apart = (line.bold or line.italic) and body > 0
                closes = (
                    rest is not None
                    or following is None
                    or index >= len(lines) - _LAST_LINES
                    or following.size >= _HEADING_STEP * body
                    # a heading set bold in body size, or bolder and larger than the name
                    or (following.bold and (not line.bold or following.size > line.size))
                    or _starts_with_office(following.text)
                    or is_colon_label(following.text)  # "Illustration: Name"
                    # "Noah Berg, Year 10" in the body's size signs one entry of a diary
                    or _signed_with_comma(line, text, body)
                )
                if not (set_apart and closes) or _in_officer_list(texts, index):
                    continue
            span = (page.number,) if on_contents else span_of.get(page.number, (page.number,))
            if len(text) <= _MAX_CLOSING_LINE and (signed or _LIST_SEPARATOR.search(text)):
                # Two may sign: "— Kenji Mori & Ruth Abe", "Niamh Ryan & Chidi Obi".
                people = _signature_people(
                    signed.group("name") if signed else text, span, teams=False
                )
                if len(people) > 1 and (signed or any(is_person_name(p.name) for p in people)):
                    found += [replace(p, byline=(page.number, True)) for p in people]
                    continue
            # "Hugh Penrose (member no. 0412)": what stands in brackets is no part of the name.
            person = split_person(_AFFILIATION.sub(" ", signed.group("name") if signed else text))
            # A sign-off vouches for the name as a label does, and so does a signature's
            # "Name, Place" form set apart; a name alone needs a given name.
            signature_form = person.office[:1].isupper() or person.office[:1].isdigit()
            is_name = looks_like_person_name if signed or signature_form else is_person_name
            if not is_name(person.name) or len(text) > _MAX_CLOSING_LINE:
                continue
            if _AGE.match(person.office):
                continue  # "Name, 74, Town" heads a portrait or a vox pop; no one signs so
            office = person.office
            if not office and following is not None and _starts_with_office(following.text):
                office = following.text
            found.append(
                _Signal(
                    person.name, "author", span, person.titles, office, byline=(page.number, True)
                )
            )
    return found


_MAX_CLOSE_WORDS = 5
"""Words of a letter's closing phrase on a line of its own ("Clear skies,", "With my warmest
good wishes,"); a longer line ending with a comma is a sentence running on."""


def _complimentary_close(lines: Sequence[LineStyle], index: int) -> bool:
    """A short line ending with a comma after a sentence's end: a letter's closing phrase,
    whatever its words ("Clear skies," / name)."""
    text = lines[index].text.strip()
    return (
        index > 0
        and text.endswith(",")
        and _at_most_words(text, _MAX_CLOSE_WORDS)
        and lines[index - 1].text.rstrip().endswith(_SENTENCE_END)
    )


_MAX_CLOSING_LINE = 70
"""A closing name with its office fits on a short line; a longer line is a sentence."""
_AGE = re.compile(r"\d{1,3}\b")
_MAX_SIGNATURE_REST_WORDS = 4
"""Words of a signature's second line: a place, a class or member number ("(Diplom 1979),
Regensburg"); a longer line is the next paragraph."""


_SIGNATURE_SIZE = 0.97
"""A signature is set in the body's size or larger; a smaller line ("Name, Office" under a
portrait) is a caption."""


def _signed_with_comma(line: LineStyle, text: str, body: float) -> bool:
    """A line of a known given name, a comma and what the signer is ("Noah Berg, Year 10"),
    in the body's size: a signature, wherever the next entry begins."""
    name, comma, rest = text.partition(",")
    return (
        bool(comma and rest.strip())
        and line.size >= _SIGNATURE_SIZE * body
        and not text.rstrip().endswith(".")
        and is_person_name(split_person(name).name)
    )


def _signature_rest(line: LineStyle, following: LineStyle) -> bool:
    """Whether `following` ends a signature that `line` starts ("Name, Physik" / "(Diplom
    1979), Regensburg"): a short line in the same style, after a line with a comma."""
    return (
        "," in line.text
        and not line.text.rstrip().endswith(_SENTENCE_END)
        and (following.size, following.bold, following.italic)
        == (line.size, line.bold, line.italic)
        and _at_most_words(following.text, _MAX_SIGNATURE_REST_WORDS)
        and not following.text.rstrip().endswith(".")
    )


def _byline_names(line: str, span: tuple[int, ...], role: str = "author") -> list[_Signal]:
    """The authors of a line that holds only names, else nothing."""
    value = _AFFILIATION.sub("", line)
    if not value or any(c.isdigit() for c in value) or value.endswith((".", ":", "?", "!")):
        return []
    # "Dr Ana Ruiz CEng MICE, Hallberg Structures": one person with titles, then where she
    # works (in a list of names the first part carries no titles).
    first, comma, rest = value.partition(",")
    person = split_person(first)
    if comma and person.titles and is_person_name(person.name):
        return [_Signal(person.name, role, span, person.titles, rest.strip())]
    parts = [p for p in re.split(r"\s*(?:,|;|\s+und\s+|\s+and\s+|\s+&\s+)\s*", normal_case(value))]
    if not parts or not all(looks_like_person_name(split_person(p).name) for p in parts):
        return []
    named = line != value or any(is_person_name(p) for p in parts)
    return _signals_for(value, role, span, teams=False) if named else []


def _credit_line_signals(line: str, span: tuple[int, ...]) -> list[_Signal]:
    """The credit line under a contents entry: a byline, an interviewer, or a bare name."""
    if not line:
        return []
    label = match_label(line)
    if label is not None and label.value:
        return _label_signals(label, label.value, span[0], span)
    return _signals_for(line, "author", span, teams=True)


_MAX_NAMES_BELOW = 8
"""Lines of names read under a label that stands alone (a masthead's "Editors" / names)."""


def _credit_signals(
    lines: Sequence[str], page: int, span: tuple[int, ...], *, article_roles: bool
) -> list[_Signal]:
    """Credits printed with a label of `conventions` on one page: bylines, interviewers,
    picture credits, imprint and masthead lines; names on the label's line or below it."""
    found: list[_Signal] = []
    # An imprint set as one run of text separates its entries with "·" or "|".
    lines = [
        part.strip()
        for line in lines
        for part in (
            _IMPRINT_SEPARATOR.split(line) if "·" in line or "|" in line or "•" in line else (line,)
        )
    ]
    lines = [part for line in lines for part in _labels_of(line)]
    lines = _credit_list_items(lines)
    # A credit in brackets may run over a line end: "(Foto: Anna\nBerg, via Commons)".
    for inline in INLINE_PICTURE.finditer(" ".join(lines)):
        value = _picture_credit(inline.group("value") or inline.group("value2") or "")
        found += _signals_for(value, "photographer", (page,), teams=True, split_slash=True)
    for index, line in enumerate(lines):
        if line[0] in _BULLETS:
            continue
        label = match_label(line)
        caption = CAPTION_PICTURE.search(line)
        if (
            caption is None
            and label is None
            and index + 1 < len(lines)
            and _at_most_words(lines[index + 1], _BROKEN_LABEL_WORDS)
        ):
            # A caption's credit broken after its label: "… in Nakuru. Photo" / "by Name".
            joined = f"{line} {lines[index + 1]}"
            caption = CAPTION_PICTURE.search(joined)
            if caption is not None and caption.start("value") > len(line):
                line = joined
            else:
                caption = None
        # A label may head a caption that closes with its credit: "Titelbild: … Foto: Name".
        if caption and (label is None or caption.start() >= len(line) - len(label.value)):
            value = caption.group("value")
            if not value and index + 1 < len(lines):
                following = lines[index + 1]
                value = following if _at_most_words(following, _BROKEN_CREDIT_WORDS) else ""
            label = match_label(caption_credit(caption, value)) if value else None
        if label is None:
            continue
        if not article_roles and ARTICLE_ROLES.intersection(label.convention.roles):
            continue
        value = _continued_value(label.value, lines[index + 1 :]) if label.value else ""
        values = [value] if value else _names_below(lines[index + 1 :])
        # A credit broken inside the name: "Foto: Mirja" / "Thorsen", "Photo: Tadhg Ó" /
        # "Súilleabháin", "Das Gespräch führte Tobias" / "Reinhardt.".
        if label.value and index + 1 < len(lines):
            completed = _completed_name(label.value, lines[index + 1])
            values = [completed] if completed else values
        for value in values:
            closing = index >= len(lines) * _CLOSING_SHARE
            found += [
                replace(signal, byline=(page, closing)) if signal.role == "author" else signal
                for signal in _label_signals(label, value, page, span)
            ]
    return found


_BROKEN_LABEL_WORDS = 4
"""Words of the line that completes a caption's credit broken over a line end ("Photo" / "by
Njeri Mwangi", "Imaged by" / "Hiroshi Tanabe"); a longer line is the next caption or text."""
_NEXT_LABEL = re.compile(r",\s+(?=[A-ZÄÖÜ][\w.]*(?:\s+[\w.]+){0,2}\s*:)")


def _labels_of(line: str) -> list[str]:
    """A line of two credits, one per label: "Text: A, Fotos: B" -> "Text: A", "Fotos: B"."""
    if ":" not in line:
        return [line]  # no label to split at (`_NEXT_LABEL` needs its colon)
    parts = _NEXT_LABEL.split(line)
    if len(parts) > 1 and all(match_label(part) is not None for part in parts):
        return parts
    return [line]


def _credit_list_items(lines: list[str]) -> list[str]:
    """A picture-credit list set as running text, one line per item.

    "Bildnachweis: Titel: A; Seite 3: B; Seite" / "4: C, Grafik: D" becomes "Bildnachweis: A",
    "Seite 3: B", "Seite 4: C", "Grafik: D": items are separated by semicolons (or by a comma
    before the next "place:"), run over line ends, and an item whose place is no label of
    its own ("Titel:", "Cover photo p. 1 left:") is credited in the list's role.
    """
    result: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        label = match_label(line) if ";" in line else None
        if label is None or not label.value or label.convention.roles[0] not in _PICTURE_ROLES:
            result.append(line)
            continue
        block = line
        while index < len(lines) and _list_goes_on(block, lines[index]):
            block = f"{block} {lines[index]}"
            index += 1
        head = line[: len(line) - len(line.lstrip())] + line.split(":", 1)[0].split("©")[0]
        body = block[len(head) :].lstrip(" :©")
        for item in _LIST_ITEM_SEPARATOR.split(body):
            item = item.strip(" ;,")
            if not item:
                continue
            own = match_label(item)
            if own is not None and own.value:
                result.append(item)
                continue
            place, colon, name = item.partition(":")
            if colon and place[:1].isupper() and len(place.split()) <= _MAX_PLACE_WORDS:
                item = name.strip()
            result.append(f"{head.strip()}: {item}")
    return result


_LIST_ITEM_SEPARATOR = re.compile(r";|,\s+(?=[A-ZÄÖÜ][^,;:]{0,30}:)")
_MAX_PLACE_WORDS = 5
"""The words of a place in a credit list ("Seite 4 oben links", "Titel"); longer text
before a colon, or text in lower case ("adapted by user:Name"), is no place."""
_LIST_OPEN_END = re.compile(
    r"(?:[;:,&]|\b(?:und|and|Seiten?|S\.|Pages?|pp?\.)|\b(?:Seiten?|S\.|Pages?|pp?\.)\s*\d+)$"
)
_LIST_PAGE_START = re.compile(r"^\d+[a-z]?(?:\s*(?:und|and|,|-|–)\s*\d+)*(?:\s+\w+){0,2}\s*:")
_LIST_NAME_START = re.compile(r"^[^\s.;:!?]+(?:\s+[^\s.;:!?]+){0,2}\s*;")


def _list_goes_on(block: str, following: str) -> bool:
    """Whether the next line continues a credit list: the list ended open (";", "Seite 5:"),
    or the line goes on with a page number ("3: Name;") or the rest of a name ("Berg;")."""
    return bool(
        _LIST_OPEN_END.search(block.rstrip())
        or _LIST_PAGE_START.match(following)
        or _LIST_NAME_START.match(following)
    )


_CONTINUED_ON = re.compile(
    r"(?:continued|cont'd|fortsetzung|weiter)\s+(?:on|auf)\s+(?:page|p\.|seite|s\.)\s*(\d{1,3})\b"
)
"""A jump line: the article goes on at the printed page given ("continued on page 7"), in a
page's text lowercased (`_jump_target`)."""


def _jump_target(text: str) -> str | None:
    """The printed page a jump line of the page names, else None.

    The text is lowercased and the first word's start checked apart: a pattern that starts at
    a word boundary, or ignores case, is tried at every character of the page; this one only
    where a first word's first letter stands (a third of the time).
    """
    lowered = text.lower()
    for match in _CONTINUED_ON.finditer(lowered):
        before = lowered[match.start() - 1 : match.start()]
        if not (before.isalnum() or before == "_"):
            return match.group(1)
    return None


def _continued_articles(pages: Sequence[PageText], signals: list[_Signal]) -> list[_Signal]:
    """Authors of an article that jumps ("continued on page 7") are authors of the pages it
    jumps to, following the chain of jumps from page to page."""
    by_label = {page.label: page.number for page in pages if page.label}
    jumps: dict[int, int] = {}
    for page in pages:
        label = _jump_target(page.text)
        target = by_label.get(label) if label is not None else None
        if target is not None and target > page.number:
            jumps[page.number] = target
    if not jumps:
        return signals
    extended: list[_Signal] = []
    for signal in signals:
        if signal.role not in ARTICLE_ROLES:
            extended.append(signal)
            continue
        pages_of = set(signal.pages)
        current = signal.pages[-1]
        while current in jumps and jumps[current] not in pages_of:
            current = jumps[current]
            pages_of.add(current)
        extended.append(replace(signal, pages=tuple(sorted(pages_of))))
    return extended


# Short items signed with the writer's initials in brackets ("… ab 17 Uhr. (ts)"), resolved
# where the imprint spells them out: "Kürzel: ab = Anna Berg, ts = Tim Sommer" or
# "Redaktion: Anna Berg (ab), Tim Sommer (ts)".
_INITIALS_SIGNED = re.compile(r"(?:^|[.!?…”“\"]\s*)\((?P<initials>[a-zäöüß]{2,4})\)\s*$")
_NAME_TEXT = (
    r"[A-ZÀ-Þ][\w'’-]+(?:\s+(?:[A-ZÀ-Þ][\w'’-]+|von|van|de|der|den|zu))*\s+[A-ZÀ-Þ][\w'’-]+"
)
_INITIALS_EQUAL = re.compile(
    rf"(?<![\w-])(?P<initials>[a-zäöüß]{{2,4}})\s*=\s*(?P<name>{_NAME_TEXT})"
)
_NAME_INITIALS = re.compile(rf"(?P<name>{_NAME_TEXT})\s*\((?P<initials>[a-zäöüß]{{2,4}})\)")
# What a page holds where each of the two can match.
_EQUALS = re.compile("=")
_BRACKETED_INITIALS = re.compile(r"\([a-zäöüß]{2,4}\)")
# `_INITIALS_EQUAL` starts with a look-behind, so the regex engine tries it at every character
# of a page. Its "=" stands 2 to 5 characters after its start (two to four letters, then at
# most one blank in a text of single blanks): `_NEAR_EQUALS` tries the starts from 5 to 2
# characters before an "=", in that order (the look-behind still sees what stands before).
_BEFORE_EQUALS = 5
_NEAR_EQUALS = re.compile(rf"(?s:.){{0,{_BEFORE_EQUALS - 2}}}?{_INITIALS_EQUAL.pattern}")


def _equal_initials(text: str) -> Iterator[re.Match[str]]:
    """What `_INITIALS_EQUAL.finditer` finds in a text of single blanks, looked for around
    each "=" only: a book of formulas has one on most pages, and searching those whole took
    3.6 times the instructions (measured on the realistic corpus's pages)."""
    start = 0
    while (equals := text.find("=", start)) != -1:
        match = _NEAR_EQUALS.match(text, max(start, equals - _BEFORE_EQUALS))
        if match:
            yield match
            start = match.end()
        else:
            start = equals + 1


def _initials_signals(pages: Sequence[PageText]) -> list[_Signal]:
    """Authors of items signed with initials that the magazine resolves to a person."""
    people: dict[str, str] = {}
    for page in pages:
        # Each pattern tries a name at every capital: only a page with its mark is searched.
        finders = [
            find
            for find, mark in (
                (_equal_initials, _EQUALS),
                (_NAME_INITIALS.finditer, _BRACKETED_INITIALS),
            )
            if mark.search(page.text)
        ]
        text = " ".join(page.text.split()) if finders else ""
        for find in finders:
            for match in find(text):
                name = split_person(match.group("name")).name
                # The initials must be the name's own: "ab" for Anna Berg, "hs" for H. Sollmann.
                words = [w for w in name.split() if w[0].isupper()]
                own = "".join(w[0] for w in words).lower()
                if is_person_name(name) and match.group("initials") in (own, own[0] + own[-1]):
                    people.setdefault(match.group("initials"), name)
    if not people:
        return []
    found: list[_Signal] = []
    for page in pages:
        for line in page.text.split("\n"):
            # (`_INITIALS_SIGNED` ends with the bracket: no other line is searched.)
            line = line.strip()
            signed = _INITIALS_SIGNED.search(line) if line.endswith(")") else None
            signer = people.get(signed.group("initials")) if signed else None
            if signer:
                found.append(_Signal(signer, "author", (page.number,), byline=(page.number, True)))
    return found


def _who_asks(pages: Sequence[PageText], signals: list[_Signal]) -> list[_Signal]:
    """Tell who asks in "A in conversation with B": magazines print either one first.

    In order: the one whose turns are longer answers (turns marked by names or initials);
    the one printed with a title or an office ("Prof.", "Gastwissenschaftler") answers; the
    one credited as an editor of the magazine asks; else the first named asks.
    """
    paired = [s for s in signals if s.pair]
    if not paired:
        return signals
    editors = {name_key(s.name) for s in signals if s.role == "editor"}
    text_of = {page.number: page.text for page in pages}
    swapped: set[str] = set()
    for asking in (s for s in paired if s.role == "interviewer"):
        asked = next((s for s in paired if s.role == "interviewee" and s.pair == asking.name), None)
        if asked is None:
            continue
        text = "\n".join(text_of.get(page, "") for page in asked.pages)
        turns = (_turn_length(text, asking.name), _turn_length(text, asked.name))
        if all(turns):
            swap = turns[0] > turns[1]
        elif bool(asking.titles or asking.office) != bool(asked.titles or asked.office):
            swap = bool(asking.titles or asking.office)
        elif (name_key(asking.name) in editors) != (name_key(asked.name) in editors):
            swap = name_key(asked.name) in editors
        else:
            swap = False
        if swap:
            swapped |= {asking.name, asked.name}
    result: list[_Signal] = []
    for signal in signals:
        if signal.pair and signal.name in swapped:
            role = "interviewee" if signal.role == "interviewer" else "interviewer"
            signal = replace(signal, role=role)
        result.append(signal)
    return result


def _turn_length(text: str, name: str) -> int:
    """Characters of the interview turns marked with the person's name, surname or initials
    ("Anna Berg:", "Berg:", "AB:"), each up to the next turn."""
    words = name.replace("-", " ").split()
    marks = {
        re.escape(name),
        re.escape(name.split()[-1]),  # "Tanabe-Richter:"
        re.escape(words[-1]),
        initials(name),
    }
    turn = re.compile(
        r"^(?:" + "|".join(sorted(marks, key=len, reverse=True)) + r"):",
        re.MULTILINE | re.IGNORECASE,  # "HALVORSEN:" in capitals as well
    )
    any_turn = re.compile(r"^[A-ZÀ-Þ][\w.'’ -]{0,40}:", re.MULTILINE)
    total = 0
    for match in turn.finditer(text):
        following = any_turn.search(text, match.end())
        total += (following.start() if following else len(text)) - match.end()
    return total


def _interview_bylines(signals: list[_Signal]) -> list[_Signal]:
    """In an interview the byline names who asks: an author credited on the pages of an
    interviewee (named in the heading) is the interviewer."""
    asked = {
        (page, name_key(s.name)) for s in signals if s.role == "interviewee" for page in s.pages
    }
    interview_pages = {page for page, _ in asked}
    result: list[_Signal] = []
    for signal in signals:
        if (
            signal.role == "author"
            and signal.byline is not None
            and not signal.byline[1]  # a signature closing a letter beside the interview
            and set(signal.pages) <= interview_pages
            and not any((page, name_key(signal.name)) in asked for page in signal.pages)
        ):
            signal = replace(signal, role="interviewer")
        result.append(signal)
    return result


def _completed_name(value: str, following: str) -> str | None:
    """A credit whose last name is broken over the line end, completed by the next line
    ("Foto: Mirja" / "Thorsen (privat)"), else None."""
    last = _last_item(value).strip()
    rest = _AFFILIATION.sub(" ", following).split("/")[0].strip()  # "Berg/Archiv"
    if (
        not last
        or not rest
        or (rest.isupper() and not last.isupper())  # a heading in capitals follows
        or not _at_most_words(following, _BROKEN_CREDIT_WORDS)
        or looks_like_person_name(normal_case(_picture_credit(last)))
    ):
        return None
    joined = f"{value.strip()} {following.strip()}"
    completed = normal_case(_picture_credit(f"{last} {rest}"))
    return joined if looks_like_person_name(completed) else None


_BROKEN_CREDIT_WORDS = 3
"""A picture credit's name broken over a line end leaves at most a surname or two on the
next line; a longer line is the next caption or body text."""
_CLOSING_SHARE = 0.5
"""A byline in the lower half of a page closes an article ("Text: ..." at its end); one in
the upper half opens it ("Contributed by ..." under a title)."""


def _one_article_per_byline(signals: list[_Signal]) -> list[_Signal]:
    """Where one detected article carries bylines of different people on different pages, it
    holds several articles: each byline covers the pages from its page to the next byline
    (opening) or from the previous byline to its page (closing)."""
    by_span: dict[tuple[int, ...], list[_Signal]] = {}
    for signal in signals:
        if signal.byline is not None:
            by_span.setdefault(signal.pages, []).append(signal)
    changed: dict[int, _Signal] = {}
    for span, group in by_span.items():
        printed = sorted({s.byline[0] for s in group if s.byline is not None})
        if len(printed) < 2 or len({name_key(s.name) for s in group}) < 2:
            continue
        for signal in group:
            assert signal.byline is not None
            page, closing = signal.byline
            k = printed.index(page)
            if closing:
                first = printed[k - 1] + 1 if k > 0 else span[0]
                last = page
            else:
                first = page if k > 0 else span[0]
                last = printed[k + 1] - 1 if k + 1 < len(printed) else span[-1]
            pages = tuple(p for p in span if first <= p <= last)
            changed[id(signal)] = replace(signal, pages=pages or (page,))
    return [changed.get(id(signal), signal) for signal in signals]


def _names_below(lines: list[str]) -> list[str]:
    """The lines of names under a label that stands alone, up to the next label; a list
    broken inside a name ("A, B, Lucia" / "Ferrante, C") is joined again."""
    values: list[str] = []
    for following in lines[:_MAX_NAMES_BELOW]:
        if values and (
            _broken_name(values[-1], following) or _ENDS_WITH_SEPARATOR.search(values[-1])
        ):
            values[-1] = f"{values[-1].strip()} {following.strip()}"
            continue
        if match_label(following) is not None or not _signals_for(
            _AFFILIATION.sub(" ", following), "author", (0,), teams=True
        ):
            break
        values.append(following)
    return values


_ENDS_WITH_SEPARATOR = re.compile(r"(?:,|(?:^|\s)(?:und|and)|&)\s*$")
"""A list of names that ends with a separator goes on on the next line."""
_NAME_REST_START = re.compile(r"[A-ZÀ-Þ][\w'’-]+(?:\s*\([^)]*\))?(?:,|\s+(?:und|and|&)\s|$)")
"""The start of a line that goes on with a name broken after its given name: "Ferrante, …",
"Bergström (hb), …"."""


_ITEM_SEPARATOR = re.compile(r",|\s+(?:und|and|&)\s+")


def _last_item(value: str) -> str:
    """The last item of a list of names: "A, B und C" -> "C"."""
    return _ITEM_SEPARATOR.split(value)[-1]


def _broken_name(value: str, following: str) -> bool:
    """Whether a list of names ends with a given name alone that `following` completes."""
    items = _ITEM_SEPARATOR.split(value)
    return (
        len(items) > 1  # a list of names
        and len(items[-1].split()) == 1
        and bool(_NAME_REST_START.match(following.strip()))
    )


_SECOND_NAME = re.compile(r"^(?:and|und|&)\s+[A-ZÀ-Þ][\w'’-]+(?:\s+[\w'’-]+){0,3}$")


_NAME_REST_WORD = re.compile(r"[A-ZÀ-Þ][\w'’-]+|[a-z]{1,3}")


def _is_name_rest(line: str) -> bool:
    """A line that holds nothing but the rest of a name broken over a line end ("Moriarty",
    "Benedetti-Rossi", "van Dijk")."""
    if not _at_most_words(line, 2):
        return False
    words = line.split()
    return (
        len(words) >= 1
        and all(_NAME_REST_WORD.fullmatch(w) for w in words)
        and words[-1][0].isupper()
    )


def _continued_value(value: str, lines: list[str]) -> str:
    """A credit list that runs over line ends ("Redaktion: A, B," / "C und D"): the lines
    after a value that ends with a separator, up to the next label or a full stop."""
    for following in lines[:_MAX_NAMES_BELOW]:
        ends_list = _ENDS_WITH_SEPARATOR.search(value) or (
            re.match(r"(?:and|und|&)\s+[A-ZÀ-Þ]", following.strip())  # "… B" / "and C"
        )
        # A name broken after its given name: "…, Hanna" / "Sjöberg, Noah Wendland", or
        # "A and Chiara" / "Benedetti".
        if not (ends_list or _broken_name(value, following)):
            break
        if match_label(following) is not None:
            break
        value = f"{value.strip()} {following.strip()}"
        if following.rstrip().endswith("."):
            break
    return value


_SENTENCE_BREAK = re.compile(r"(?P<word>\S+)\.\s+(?=[A-ZÀ-Þ])")


def _first_sentence(value: str) -> str:
    """A credit run on in prose ends with its sentence: "Edited by Ana Ruiz. Designed by
    Studio North." credits Ana Ruiz alone. Titles and initials keep their full stops."""
    for match in _SENTENCE_BREAK.finditer(value):
        word = match.group("word")
        if f"{word}." not in TITLES and len(word.strip("(")) > 2 and not word.isupper():
            return value[: match.start("word") + len(word)]
    return value


def _label_signals(
    label: LabelMatch, value: str, page: int, span: tuple[int, ...]
) -> list[_Signal]:
    convention = label.convention
    value = _LEADING_ARTICLE.sub("", _TEAM_PREFIX.sub("", _first_sentence(value.strip())))
    if convention.roles[0] not in _PICTURE_ROLES:
        value = _AFFILIATION.sub(" ", value).strip()
    value = re.sub(
        r"\((?:verantwortlich|V\.i\.S\.d\.P\.|responsible)\)", "", value, flags=re.IGNORECASE
    )
    found: list[_Signal] = []
    if convention.roles[0] in _PICTURE_ROLES:
        value = _picture_credit(value)
    people = _signals_for(
        value,
        convention.roles[0],
        span,
        teams=not convention.people_only,
        split_slash=convention.roles[0] in _PICTURE_ROLES,
    )
    for role in convention.roles:
        pages = span if role in ARTICLE_ROLES else (page,)
        found += [_Signal(p.name, role, pages, p.titles, p.office) for p in people]
        if not people and _SINGLE_NAME.match(value.strip()):
            found.append(_Signal(value.strip(), role, pages, single=True))
    return found


_PICTURE_ROLES = frozenset({"photographer", "illustrator"})
# One given name or surname alone: "Games designed by Alekhya", "Credit: Swarnendu".
_SINGLE_NAME = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]{2,}$")
_LIST_SEPARATOR = re.compile(r"\s+(?:und|and|&)\s+", re.IGNORECASE)
# What follows a picture credit's name: the archive or agency in brackets, a licence, the
# picture's title in quotation marks, the client ("for", "im Auftrag von", "via").
_PICTURE_CREDIT_TAIL = re.compile(
    r"\s*(?:\([^)]*(?:\)|$)|\[[^\]]*(?:\]|$)|,?\s*https?://.*$|"
    r",?\s*(?:CC[ -]BY|CC0|CC-Zero|public\s+domain|"
    r"gemeinfrei)\b.*$|,?\s*[„“\"»«][^„“\"»«]*[“”\"«»]|,?\s+(?:for|für|im\s+Auftrag\s+von|via)\s+.*$)",
    re.IGNORECASE,
)


def _picture_credit(value: str) -> str:
    """The names of a picture credit without archive, licence, title or client."""
    previous = None
    while previous != value:
        previous, value = value, _PICTURE_CREDIT_TAIL.sub("", value).strip(" ,;")
    return value


def _heading_line_signals(
    lines: Sequence[str], span: tuple[int, ...], page: int, first_page: bool
) -> list[_Signal]:
    """Interview headings near the top of an article's first page name the interviewee; a
    heading broken over two lines continues on the next one. A heading that names both ("A in
    conversation with B") opens a short interview anywhere else: on its own page."""
    found: list[_Signal] = []
    # Below the lead only a pair's heading is read, on a page with its words.
    pairs = may_name_a_pair("\n".join(lines))
    read = lines if pairs else lines[:_LEAD_LINES] if first_page else ()
    for index, line in enumerate(read):
        near_top = first_page and index < _LEAD_LINES
        following = lines[index + 1] if index + 1 < len(lines) else ""
        # A heading broken inside a name ("… with Declan" / "Ryan") or before the second
        # ("In conversation: A" / "and B").
        if _is_name_rest(following) or _SECOND_NAME.match(following):
            line = f"{line} {following}"
        pair = interview_pair(line) if pairs else None
        if pair is not None:
            interviewer, interviewee = (_without_place(part) for part in pair)
            pages = span if near_top else (page,)
            asked = _signals_for(interviewee, "interviewee", pages, teams=False)
            asking = _signals_for(interviewer, "interviewer", pages, teams=True)
            if len(asked) == 1 and len(asking) == 1:
                found += [replace(asked[0], pair=asking[0].name)]
                found += [replace(asking[0], pair=asked[0].name)]
                continue
            if asked and asking and near_top:
                found += asked + asking
                continue
        if not near_top:
            continue
        heading = INTERVIEW_HEADING.match(line)
        if heading:
            value = _without_place(heading.group("value") or "")
            people = _signals_for(value, "interviewee", span, teams=False)
            if not people and index + 1 < len(lines):
                joined = _without_place(f"{value} {lines[index + 1]}")
                people = _signals_for(joined, "interviewee", span, teams=False)
            found += people
    return found


_AUTHOR_BOX_LINES = 8
"""An author box ("Anna Berg is a ...") stands in the last lines of an article; a caption
of the same form higher up describes someone pictured."""


def _signature_people(line: str, pages: tuple[int, ...], *, teams: bool) -> list[_Signal]:
    """Who signs a letter: "A & B", "A und B"; what follows a name after a comma is its
    office or place ("Ines Roth, Long Eaton"), not another signer."""
    found: list[_Signal] = []
    for part in _LIST_SEPARATOR.split(line):
        signer = _AFFILIATION.sub(" ", part).split(",", 1)
        people = _signals_for(signer[0], "author", pages, teams=teams)
        if len(people) == 1 and len(signer) > 1 and not people[0].office:
            people = [replace(people[0], office=signer[1].strip())]
        found += people
    return found


def _signature_signals(
    span_pages: list[PageText], span: tuple[int, ...], *, sign_off_only: bool = False
) -> list[_Signal]:
    """A letter's signature or an author box in an article that has no byline (with
    `sign_off_only`, only a signature under a sign-off, credited on its own page)."""
    found: list[_Signal] = []
    for page in span_pages:
        lines = _lines(page.text)
        for index, line in enumerate(lines):
            after_salutation = index > 0 and is_sign_off(lines[index - 1])
            # "Euer Festausschuss" / "Carina Mohr und Thorsten" / "Baumgart".
            if after_salutation and index + 1 < len(lines) and _broken_name(line, lines[index + 1]):
                line = f"{line} {lines[index + 1]}"
            labelled = _AUTHOR_BOX_LABEL.match(line)
            if sign_off_only:
                if after_salutation:
                    found += _signature_people(line, (page.number,), teams=True)
                elif labelled:
                    found += _author_box(labelled.group("rest"), (page.number,))
                continue
            office_follows = (
                index + 1 < len(lines)
                and _starts_with_office(lines[index + 1])
                # A name and office under a quotation name its speaker, not an author.
                and not (index > 0 and lines[index - 1].rstrip().endswith(_QUOTE_CLOSERS))
                # One of a list of officers ("Chair" / name / "Treasurer" / name) signs nothing,
                # nor does a masthead's name under its role ("Technical Editor" / name).
                and not _in_officer_list(lines, index)
                and not (index > 0 and match_label(lines[index - 1]) is not None)
            )
            if after_salutation and not _person_or_team(line, teams=True):
                found += _signature_people(line, span, teams=True)  # "A & B" signing
                continue
            if after_salutation or office_follows:
                person = _person_or_team(line, teams=after_salutation)
                if person and (after_salutation or person.office == ""):
                    office = person.office
                    if office_follows and not office:
                        office = lines[index + 1]
                    found.append(_Signal(person.name, "author", span, person.titles, office))
                    continue
            # An author box closes the article: the last lines of its last page.
            near_end = index >= len(lines) - _AUTHOR_BOX_LINES and page.number == span[-1]
            if labelled or near_end:
                found += _author_box(labelled.group("rest") if labelled else line, span)
    return found


def _author_box(text: str, pages: tuple[int, ...]) -> list[_Signal]:
    """The author an author box describes: "Anna Berg ist Pflegewissenschaftlerin …"."""
    box = _AUTHOR_BOX.match(text)
    person = _person_or_team(box.group("value"), teams=False) if box else None
    if person is None or not is_person_name(person.name):
        return []
    return [_Signal(person.name, "author", pages, person.titles)]


def _turn_signals(
    pages: Sequence[PageText],
    spans: list[tuple[int, ...]],
    signals: list[_Signal],
    contents_pages: set[int],
) -> list[_Signal]:
    """Name-prefixed interview turns ("Sommerfeld: ...") in articles known to be interviews."""
    known = sorted({s.name for s in signals if " " in s.name})
    found: list[_Signal] = []
    by_number = {p.number: p for p in pages}
    for span in spans:
        span_set = set(span)
        roles = {
            name_key(s.name): s.role
            for s in signals
            if s.role in ("interviewee", "interviewer") and span_set.intersection(s.pages)
        }
        if span[0] in contents_pages:
            continue
        counts: dict[str, int] = {}
        marks: dict[str, str] = {}  # each turn's mark with at least two turns -> its person
        mark_counts: dict[str, int] = {}
        text = "\n".join(by_number[number].text for number in span)
        for number in span:
            for line in _lines(by_number[number].text):
                # (A turn's mark ends with a colon: a line without one is not matched.)
                match = _TURN.match(line) if ":" in line else None
                if not match:
                    continue
                speaker = split_person(match.group("speaker")).name
                if name_key(speaker) in _NOT_SPEAKERS:
                    continue
                if _INITIALS_MARK.fullmatch(speaker):
                    full = _initials_person(speaker, text, known)
                elif " " in speaker:
                    full = speaker
                else:  # a surname, or a given name ("Sunniva:") of a name the article prints
                    full = resolve_surname(speaker, known)
                    if full is None and is_given_name(speaker):
                        full = _resolve_given_name(speaker, known) or _given_name_person(
                            speaker, text
                        )
                mark_counts[speaker] = mark_counts.get(speaker, 0) + 1
                if mark_counts[speaker] == _MIN_TURNS:
                    marks[speaker] = full or ""
                if full and (" " in full or looks_like_person_name(full)):
                    counts[full] = counts.get(full, 0) + 1
        if not roles:
            # Turns of two people and no heading: the one whose turns are longer answers.
            # The one who asks may be the magazine ("JZ:"), whose mark names nobody.
            pair = [n for n, c in counts.items() if c >= _MIN_TURNS and looks_like_person_name(n)]
            if len(pair) == _VOICES:
                asking, asked = sorted(pair, key=lambda n: _turn_length(text, n))
                found += [_Signal(asking, "interviewer", span), _Signal(asked, "interviewee", span)]
            elif len(pair) == 1 and len(marks) == _VOICES:
                other = next(mark for mark in marks if marks[mark] != pair[0])
                if _turn_length(text, pair[0]) > _turn_length(text, other):
                    found.append(_Signal(pair[0], "interviewee", span))
            continue
        # The two of "A in conversation with B" are told apart by `_who_asks`.
        paired = {name_key(s.name) for s in signals if s.pair and span_set.intersection(s.pages)}
        for name, count in counts.items():
            if name_key(name) in paired:
                continue
            role = roles.get(name_key(name))
            if role is None and count >= 2 and looks_like_person_name(name):
                role = "interviewee"
            if role is not None:
                found.append(_Signal(name, role, span))
    return found


_INITIALS_MARK = re.compile(r"[A-ZÀ-Þ]{2,3}")
"""A turn marked with the speaker's initials: "KM:", "MO:"."""
_NAME_WORD = r"[\w'’-]+"
_NAME_BEFORE = re.compile(r"(?:^|\s)[A-ZÀ-Þ][\w'’-]* +$")


def _initials_person(marks: str, text: str, known: Sequence[str]) -> str | None:
    """The person whose initials mark a turn: a name credited elsewhere, else the name of
    those initials the article itself prints most often ("MO:" for Mairéad O'Sullivan
    named in the lead)."""

    credited = [name for name in known if initials(name) == marks]
    if len(credited) > 1:  # the one the article prints
        credited = [name for name in credited if name in text]
    if len(credited) == 1:
        return credited[0]
    letters = [re.escape(letter) for letter in marks]
    pattern = re.compile(
        rf"\b{letters[0]}[^\W\d_]{_NAME_WORD}"
        + "".join(rf"[\s-]+(?:[a-z]{{1,3}}\s+)?{letter}{_NAME_WORD}" for letter in letters[1:])
    )
    return _most_printed(
        pattern, text, lambda name: initials(name) == marks and looks_like_person_name(name)
    )


def _given_name_person(given: str, text: str) -> str | None:
    """The full name the article prints most often for a given name ("Sunniva" -> "Sunniva
    Halvorsen"), else None."""
    pattern = re.compile(rf"\b{re.escape(given)}\s+[A-ZÀ-Þ]{_NAME_WORD}")
    return _most_printed(pattern, text, is_person_name)


def _most_printed(
    pattern: re.Pattern[str], text: str, is_name: Callable[[str], bool]
) -> str | None:
    """The name `pattern` finds most often in `text`, of those `is_name` accepts; a whole name
    only, not the end of a longer one ("Chandra Shekhar Sharma" is no "SS")."""
    counts: dict[str, int] = {}
    for match in pattern.finditer(text):
        name = " ".join(match.group(0).split())
        line_start = text.rfind("\n", 0, match.start()) + 1
        if _NAME_BEFORE.search(text[line_start : match.start()]) or not is_name(name):
            continue
        counts[name] = counts.get(name, 0) + 1
    return max(counts, key=lambda n: counts[n]) if counts else None


_VOICES = 2
"""The people of an interview's turns: the one who asks and the one who answers."""
_MIN_TURNS = 2
"""Turns each of two people must have for an article without an interview heading to be
read as their interview (one "Name:" line is a label or a quoted exchange)."""


def _starts_with_office(line: str) -> bool:
    """A line that names an office: "1. Vorsitzender" (the first of a board's chairs),
    "Programme Secretary", "Hon. Treasurer", "Senior Financial Adviser"."""
    text = line.strip()
    if text[:1].isdigit():
        text = _LEADING_ORDINAL.sub("", text)
    # Only the words an office may start at are split off: splitting every line whole took
    # most of this function's time, and few lines hold an office.
    words = text.split(None, _OFFICE_QUALIFIERS + 1)
    for skip, word in enumerate(words[: _OFFICE_QUALIFIERS + 1]):
        if word.casefold() in _OFFICE_FIRST_WORDS and _OFFICE_LINE.match(
            " ".join(text.split()[skip:])
        ):
            return True
        if not word[:1].isupper():
            return False
    return False


def _in_officer_list(lines: Sequence[str], index: int) -> bool:
    """Whether the name at `index`, its office on the next line, is one pair of a list of
    officers: two more pairs' offices stand before or after it (two who sign a letter
    together print just two pairs)."""
    others = [index + step for step in _OTHER_PAIRS if 0 <= index + step < len(lines)]
    return sum(1 for k in others if _starts_with_office(lines[k])) >= _OFFICERS_IN_A_LIST


_OTHER_PAIRS = (-3, -1, 3, 5)
"""Where the offices of the neighbouring pairs of "name / office" lines stand."""
_OFFICERS_IN_A_LIST = 2


_OFFICE_QUALIFIERS = 2
"""Capitalised words an office may follow on its line: its desk or rank ("Senior Financial")."""


def _signals_for(
    value: str,
    role: str,
    pages: tuple[int, ...],
    *,
    teams: bool,
    split_slash: bool = False,
) -> list[_Signal]:
    """People (or teams) named in a credit value such as "Anna Berg und Jan Kurz, MdB"."""
    value = _trim(normal_case(value))
    if not value or value.lower() in _NOT_A_CREDIT_VALUE:
        return []
    whole = _person_or_team(value, teams=False)
    if whole:
        return [_Signal(whole.name, role, pages, whole.titles, whole.office)]
    separators = r"\s*(?:,|;|\s+und\s+|\s+and\s+|\s+&\s+" + (r"|/" if split_slash else "") + r")\s*"
    parts = [part for part in re.split(separators, value) if part.strip()]
    found: list[_Signal] = []
    for part in parts:
        person = _person_or_team(part, teams=False)
        if person:
            found.append(_Signal(person.name, role, pages, person.titles, person.office))
        elif found and _starts_with_office(part) and not found[-1].office:
            last = found[-1]
            found[-1] = _Signal(last.name, last.role, last.pages, last.titles, part.strip())
    # People named in a list come before the team they belong to ("A und B, Klasse 10b").
    if found or not teams:
        return found
    team = _person_or_team(value, teams=True)
    if team:
        return [_Signal(team.name, role, pages, team.titles, team.office)]
    return [
        _Signal(t.name, role, pages, t.titles, t.office)
        for t in (_person_or_team(part, teams=True) for part in parts)
        if t is not None
    ]


def _person_or_team(text: str, *, teams: bool) -> Person | None:
    """The person or (where allowed) the team a short credit text names, else None."""
    text = _trim(re.sub(r"\s*\(\d{1,3}\)", "", text))
    text = _LEADING_ARTICLE.sub("", text)  # "the Reverend Kwame Asante"
    if not text or len(text) > 90:
        return None
    # "Petra Lind, Omar Haddad" names two people, not a person and an office.
    later = [bit for part in text.split(",")[1:] for bit in _LIST_SEPARATOR.split(part)]
    if any(looks_like_person_name(normal_case(bit.strip())) for bit in later):
        return None
    person = split_person(text)
    name = person.name
    if looks_like_person_name(name):
        return person
    trimmed = _TRIM_AFTER_NAME.sub("", name).strip()
    if trimmed != name and looks_like_person_name(trimmed):
        return Person(trimmed, person.titles, person.office)
    # A surname alone (resolved later) only where the text is nothing but that word.
    if teams and _TEAM_WORDS.search(text) and _looks_like_team(text):
        return Person(text, "", "")
    return None


def _trim(value: str) -> str:
    """Strip punctuation around a credit, keeping an abbreviation's full stop ("e.V.")."""
    value = value.strip().strip(",;:–—- ")
    if value.endswith(".") and not re.search(r"(?:^|[\s.])\w\.$", value):
        value = value[:-1].rstrip()
    return value


def _looks_like_team(text: str) -> bool:
    words = text.split()
    if not 1 <= len(words) <= 10 or not (words[0][0].isupper() or words[0][0].isdigit()):
        return False
    # Running text has verbs and sentence punctuation; a team name has neither.
    return not re.search(r"[!?]|\.\s+[A-Z]|\b(?:ist|sind|is|are|was|war|hat|has)\b", text)


def _resolve_given_name(given: str, full_names: Sequence[str]) -> str | None:
    """The one full name that starts with `given` ("Alekhya" -> "Alekhya Kundu"), else None."""
    matches = {n for n in full_names if name_key(n).split()[0] == name_key(given)}
    return matches.pop() if len(matches) == 1 else None


def _merge(signals: Iterable[_Signal]) -> list[Credit]:
    signals = list(signals)
    full_names = sorted({s.name for s in signals if " " in s.name})
    merged: dict[tuple[str, str], _Signal] = {}
    for signal in signals:
        name = signal.name
        if " " not in name:
            resolved = resolve_surname(name, full_names)
            if resolved is None and signal.single:
                resolved = _resolve_given_name(name, full_names)
            if resolved is None:
                continue
            name = resolved
        key = (name_key(name), signal.role)
        previous = merged.get(key)
        if previous is None:
            merged[key] = _Signal(name, signal.role, signal.pages, signal.titles, signal.office)
            continue
        merged[key] = _Signal(
            previous.name,
            previous.role,
            tuple(sorted(set(previous.pages) | set(signal.pages))),
            previous.titles or signal.titles,
            previous.office or signal.office,
            previous.strength + 1,
        )
    credits = [
        Credit(s.name, s.role, tuple(sorted(set(s.pages))), s.titles, s.office)
        for s in merged.values()
    ]
    return sorted(credits, key=lambda c: (c.pages[0], c.role, name_key(c.name)))
