"""The conventions magazines print credits with, in English and German, as data.

Each row is one convention as printed: the label (a regular expression for its spellings), the
role or roles it gives, where the names stand, and an example with the names it credits (each
example is a test row in tests/test_conventions.py). The detectors build their patterns from
this table, so a new byline style is one row here and one in the tests.

Where the names stand (`form`):
- COLON: "Label: names", or the label alone on a line with the names on the lines below
  ("Redaktion:" / "Anna Berg"); "©" may stand for the colon ("Foto © Anna Berg").
- LEADING: "Label names" with no colon ("Von Anna Berg", "Photo by Anna Berg"). Matched with
  the label's capital as printed, so "by the council" in running text is no byline.
- ABOVE: the label alone on its line, the names on the lines below ("Technical Editor" /
  "Anna Berg"), as mastheads set them; a colon after the label is allowed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import cache

from .given_names import is_given_name

__all__ = [
    "ANSWER_MARKS",
    "CAPTION_PICTURE",
    "CONVENTIONS",
    "IMPRINT",
    "INLINE_PICTURE",
    "INTERVIEW_HEADING",
    "INTERVIEW_HEADINGS",
    "INTERVIEW_PAIRS",
    "QUESTION_MARKS",
    "SIGN_OFF",
    "SIGN_OFFS",
    "Convention",
    "Form",
    "LabelMatch",
    "caption_credit",
    "compile_labels",
    "interview_pair",
    "interviewer_in",
    "is_colon_label",
    "is_sign_off",
    "match_label",
    "may_hold_interview_heading",
    "may_name_a_pair",
]


class Form(Enum):
    COLON = "colon"
    LEADING = "leading"
    ABOVE = "above"


ARTICLE_ROLES = frozenset({"author", "interviewer", "interviewee"})
"""Roles that belong to every page of the article; the others to the page of the credit."""


@dataclass(frozen=True)
class Convention:
    """One way of printing a credit."""

    label: str
    """The label's spellings, a regular expression matched as a whole."""
    roles: tuple[str, ...]
    form: Form
    example: str
    """A credit as printed (several lines joined by "\\n")."""
    credits: tuple[str, ...]
    """The names the example credits, as the detector returns them."""
    people_only: bool = False
    """A team or organisation named here is no contributor (a publisher is one as a rule)."""


def _row(
    label: str,
    roles: str,
    form: Form,
    example: str,
    *credits: str,
    people_only: bool = False,
) -> Convention:
    return Convention(label, tuple(roles.split("+")), form, example, credits, people_only)


C, L, A = Form.COLON, Form.LEADING, Form.ABOVE

# The editors of a masthead, in English: "Editor", "Deputy Editor", "Picture editors",
# "Poetry Editor", "Senior Features Editor": up to two words of desk or rank before "editor",
# none of them a word of a heading or an address ("Letters to the Editor", "Dear Editor").
# A word's letters and the blanks after it are taken whole (`++`: no letter is a blank, so
# giving one back never matches): backtracking through every shorter word cost the imprint and
# masthead labels 23 % of their instructions on the corpus's lines.
_EDITORS = (
    r"(?:(?!(?:to|the|dear|from|our|your|an?|for|letters?|and)\b)[A-Za-z]++[\s-]++){0,2}"
    r"editors?|Editor-in-chief|Editorial\s+(?:team|assistants?)"
)

# A page reference in a picture credit: "Seite 5 und 6", "S. 12 oben", "Page 4 left", "p. 3".
_PAGE_REFERENCE = (
    r"(?:(?:Seiten?|S\.)\s*\d+[a-z]?(?:\s*(?:und|u\.|,|-|–|/)\s*\d+)*"
    r"(?:\s+(?:links|rechts|oben|unten|Mitte))*|"
    r"(?:Pages?|pp?\.)\s*\d+(?:\s*(?:and|,|-|–|/)\s*\d+)*"
    r"(?:\s+(?:left|right|top|bottom|cent(?:re|er)))*)"
)

CONVENTIONS: tuple[Convention, ...] = (
    # Authors
    _row(
        r"(?:Text|Words|Umfrage|Survey)\s+(?:und|and|&)\s+(?:Fotos?|Bilder|Photos?|Pictures)",
        "author+photographer",
        C,
        "Text und Fotos: Jana Berg",
        "Jana Berg",
    ),
    _row(
        r"Texte?|Words|Autor(?:in|en|innen)?|Autorinnen\s+und\s+Autoren|"
        r"Autoren\s+und\s+Autorinnen|Authors?|Bericht|Report",
        "author",
        C,
        "Text: Mia Kowalski und Ole Strand",
        "Mia Kowalski",
        "Ole Strand",
    ),
    _row(
        r"Von|By|Written\s+by|Words\s+by|Text\s+von|Geschrieben\s+von|Contributed\s+by|"
        r"Reported\s+by|Report\s+by|Compiled\s+by|Zusammengestellt\s+von|Foreword\s+by|"
        r"Vorwort\s+von|Editorial\s+by|"
        r"(?:Eine?\s+)?(?:Beitrag|Bericht|Kommentar|Essay|Rezension|Buchbesprechung)\s+von|"
        r"Besprochen\s+von|(?:An?\s+)?(?:essay|report|comment(?:ary)?|contribution|review)\s+by|"
        r"Answered\s+by|Beantwortet\s+von|Reviewed\s+by|Empfohlen\s+von|Recommended\s+by|"
        r"Aufgezeichnet\s+von|Recorded\s+by|As\s+told\s+to",
        "author",
        L,
        "Words by Siobhán Kearney",
        "Siobhán Kearney",
    ),
    _row(
        r"(?:Games|Puzzles?|Quiz|Crossword)\s+(?:designed|set|compiled)\s+by",
        "author",
        L,
        "Puzzles designed by Tuula Niemi",
        "Tuula Niemi",
    ),
    # Interviewers (interviewees come from headings: see INTERVIEWEE_HEADING)
    _row(
        r"Interview(?:er|erin)?|Fragen|Questions|Gespräch|Moderation",
        "interviewer",
        C,
        "Interview: Kemal Aydın",
        "Kemal Aydın",
    ),
    _row(
        r"Interview(?:ed)?\s+(?:conducted\s+)?by|Das\s+(?:Gespräch|Interview)\s+führten?|"
        r"Die\s+Fragen\s+stellten?|(?:Questions|Fragen)\s+(?:by|von)|Interview\s+von",
        "interviewer",
        L,
        "Das Gespräch führte Lotta Brandt.",
        "Lotta Brandt",
    ),
    # Pictures
    _row(
        r"Cover\s+photo(?:graph)?|Cover|Titelfoto|Titelbild|Photos?|Photographs?|Fotos?|"
        r"Bild(?:er)?|Pictures?|"
        r"Images?|Photography|Fotografie|Bildnachweise?|Fotonachweis|Photo\s+credits?|"
        r"Credits?|Picture\s+credits?|Image\s+credits?|"
        # "All photographs in this feature:", "Alle Fotos dieser Ausgabe:"
        r"(?:All\s+|Alle\s+)?(?:Photos|Photographs|Pictures|Images|Fotos|Bilder)\s+"
        r"(?:in\s+this|on\s+this|of\s+this|dieser|dieses|in\s+diese[mr])\s+\w+|"
        r"(?:All|Alle)\s+(?:Photos|Photographs|Pictures|Images|Fotos|Bilder)",
        "photographer",
        C,
        "Fotos: Aiko Tanaka, Piotr Nowak",
        "Aiko Tanaka",
        "Piotr Nowak",
    ),
    _row(
        rf"{_PAGE_REFERENCE}|Umschlag|Titelseite|Rückseite|Back\s+cover",
        "photographer",
        C,
        "Seite 12 oben: Lars Eriksen (Wikimedia Commons), CC BY-SA 4.0",
        "Lars Eriksen",
    ),
    _row(
        rf"(?:Fotos?|Photos?|Photographs?|Bilder?)\s+{_PAGE_REFERENCE}|"
        # "Foto oben", "Photo left", "Fotos Titelseite": where on the page the picture is
        r"(?:Fotos?|Photos?|Photographs?|Bilder?)\s+(?:oben|unten|links|rechts|Mitte|left|"
        r"right|top|bottom|above|below|Titelseite|Titel|Umschlag|cover)"
        r"(?:\s+(?:links|rechts|left|right))?",
        "photographer",
        C,
        "Fotos Seite 5 und 6: Inga Solberg",
        "Inga Solberg",
    ),
    _row(
        r"Photos?\s+by|Photographs?\s+by|Photography\s+by|Fotos?\s+von|Pictures?\s+by|"
        r"Images?\s+by|Imaged\s+by",
        "photographer",
        L,
        "Photo by Eamon Walsh",
        "Eamon Walsh",
    ),
    _row(
        r"Art\s+credit|Illustrations?|Grafik|Zeichnungen?|Drawings?|Artwork|Cover\s+illustration|"
        r"Karten?|Maps?|Abbildung(?:en)?",
        "illustrator",
        C,
        "Art credit: Nalini Rao",
        "Nalini Rao",
    ),
    _row(
        rf"(?:Illustrations?|Grafiken?|Zeichnungen?|Abbildung(?:en)?)\s+{_PAGE_REFERENCE}",
        "illustrator",
        C,
        "Illustration Seite 6: Malin Ekdahl",
        "Malin Ekdahl",
    ),
    _row(
        r"Illustrations?\s+by|Illustriert\s+von|Drawings?\s+by",
        "illustrator",
        L,
        "Illustration by Freya Lund",
        "Freya Lund",
    ),
    # Editors: imprints and mastheads
    _row(
        r"Redaktion|Redakteur(?:in)?|Redaktionsleitung|Chefredaktion|Chefredakteur(?:in)?|"
        rf"{_EDITORS}|Reviewed\s+by|Reviewers?|"
        r"V\.\s?i\.\s?S\.\s?d\.\s?P\.?|Verantwortlich(?:\s+für\s+den\s+Inhalt)?|"
        r"Verantwortlich\s+im\s+Sinne\s+des\s+Presserechts|Inhaltlich\s+verantwortlich|"
        r"Responsible(?:\s+for\s+(?:the\s+)?content)?",
        "editor",
        C,
        "Redaktion: Lena Vogt, Emre Şahin und Ida Berg",
        "Lena Vogt",
        "Emre Şahin",
        "Ida Berg",
    ),
    _row(
        r"Herausgeber(?:in)?|Publisher|Published\s+by",
        "editor",
        C,
        "Herausgeberin: Dr. Greta Lorenz",
        "Greta Lorenz",
        people_only=True,
    ),
    _row(
        r"Edited\s+by|Redigiert\s+von",
        "editor",
        L,
        "Edited by Hannah Lindqvist",
        "Hannah Lindqvist",
        people_only=True,
    ),
    _row(
        rf"{_EDITORS}|Reviewed\s+by|Chefredaktion|Redaktion|Redaktionsleitung",
        "editor",
        A,
        "Managing Editor\nOisín Byrne",
        "Oisín Byrne",
    ),
    _row(
        r"Illustrations?|Illustrators?|Illustratorin(?:nen)?|Cover\s+illustration|Zeichnungen",
        "illustrator",
        A,
        "Cover Illustration\nFreya Lindqvist",
        "Freya Lindqvist",
    ),
    _row(
        r"Photography|Photographers?|Photographs|Cover\s+photo(?:graph)?|Fotografie|Fotos",
        "photographer",
        A,
        "Photography\nHanna Lindgren\nYuki Mori",
        "Hanna Lindgren",
        "Yuki Mori",
    ),
    _row(
        r"Writers|Authors|Contributors|Autorinnen\s+und\s+Autoren|Autoren",
        "author",
        A,
        "Writers\nAmara Okafor\nTomasz Wiśniewski",
        "Amara Okafor",
        "Tomasz Wiśniewski",
    ),
)
del C, L, A


def _alternation(form: Form, roles: frozenset[str] | None = None) -> str:
    labels = [
        row.label
        for row in CONVENTIONS
        if row.form is form and (roles is None or roles.intersection(row.roles))
    ]
    return "|".join(labels)


_COLON_LABELS = _alternation(Form.COLON)
# Bilingual magazines print both labels: "Redaktion / Editor: ...".
_COLON = re.compile(
    rf"^(?P<label>(?:{_COLON_LABELS})(?:\s*/\s*(?:{_COLON_LABELS}))*)(?:\s*\([^)]*\))?"
    r"\s*(?::|©)\s*(?P<value>.*)$",
    re.IGNORECASE,
)
# Mastheads set labels in capitals ("REVIEWED BY"); running text never has a label alone.
_ABOVE = re.compile(rf"^(?P<label>{_alternation(Form.ABOVE)})\s*:?$", re.IGNORECASE)
_ABOVE_WORDS = 4
"""Words of a line that `_ABOVE` can match: a label of three at most ("Senior Features
Editor", "Autorinnen und Autoren") and its colon set apart. A longer line is not tried: half
the lines are, and the labels, ignoring case, cost each line tried as much as the other forms
together (measured on the corpus's lines)."""
_LEADING = re.compile(rf"^(?P<label>{_alternation(Form.LEADING)}):?\s+(?P<value>\S.*)$")
# A byline set all in capitals, label and names alike: "BY TOMASZ NOWAK", "VON ANNA BERG".
_LEADING_CAPS = re.compile(_LEADING.pattern, re.IGNORECASE)
_COPYRIGHT = re.compile(r"^©\s*(?P<value>.+)$")

IMPRINT = re.compile(
    rf"^(?P<label>{_alternation(Form.COLON, frozenset({'editor'}))})\s*:\s*(?P<value>.*)$",
    re.IGNORECASE,
)
"""An imprint line ("Redaktion: ..."): a contents entry's next line that matches is no credit."""

INLINE_PICTURE = re.compile(
    rf"[(\[]\s*(?:{_alternation(Form.COLON, frozenset({'photographer', 'illustrator'}))})"
    r"\s*:\s*(?P<value>[^)\]]+)[)\]]|"
    rf"[(\[]\s*(?:{_alternation(Form.LEADING, frozenset({'photographer', 'illustrator'}))})"
    r"\s+(?P<value2>[^)\]]+)[)\]]",
    re.IGNORECASE,
)
"""A picture credit in brackets inside a caption: "(Foto: Anna Berg)", "[Photo by Anna Berg]"."""

INTERVIEW_HEADINGS: tuple[tuple[str, str], ...] = (
    (
        r"(?:(?:Ein|An|Das|The)\s+)?(?:Interview|Gespräch|Conversation|Doppelinterview)\s+"
        r"(?:with|mit)",
        "Interview with Dr. Amara Okafor",
    ),
    (r"(?:Im\s+Gespräch|In\s+conversation|Talking)\s+(?:mit|with|to)", "Im Gespräch mit Jan Kurz"),
    (r"Entretien\s+avec", "Entretien avec Léa Roux"),
    (
        r"(?:\w+\s+)?questions\s+(?:for|to)|(?:\w+\s+)?Fragen\s+an",
        "Five questions for Dr Ada Obi",
    ),
)
"""Headings that name an interview's interviewee: (spellings, example)."""
INTERVIEW_HEADING = re.compile(
    r"^(?:" + "|".join(words for words, _ in INTERVIEW_HEADINGS) + r")\s+(?P<value>.+)$",
    re.IGNORECASE,
)

# The words between the two names of "A in conversation with B".
_TALKS_WITH = r"in\s+conversation\s+with|im\s+Gespräch\s+mit|talks\s+to|spricht\s+mit"
INTERVIEW_PAIRS: tuple[tuple[str, str], ...] = (
    (
        rf"(?P<interviewer>.+?)\s+(?:{_TALKS_WITH})\s+(?P<interviewee>.+)",
        "Aoife Brennan in conversation with Kenji Matsuda",
    ),
    (
        r"(?:Mit|With)\s+(?P<interviewee>.+?)\s+(?:sprach|sprachen|spoke|talked)\s+"
        r"(?P<interviewer>.+)",
        "Mit Hiroshi Nakamura sprach Annette Vogelsang",
    ),
    (
        r"(?:In\s+conversation|Im\s+Gespräch|In\s+dialogue|Im\s+Dialog)\s*:\s*"
        r"(?P<interviewer>.+?)\s+(?:and|und|&)\s+(?P<interviewee>.+)",
        "In conversation: Annette Vogelsang and Hiroshi Nakamura",
    ),
)
"""Heading lines that name both: who asks and who answers (spellings, example). Where the
order does not say who asks, the contributors detector tells it from the turns (`_who_asks`)."""
_INTERVIEW_PAIR_PATTERNS = tuple(
    re.compile(rf"^{words}$", re.IGNORECASE) for words, _ in INTERVIEW_PAIRS
)


# The first row tries its words after every blank of a line that starts with a name; a line
# it matches holds them between blanks, and one search for them first saves a third of the
# function's instructions on the corpus's lines (it was 5.7 % of the contributors detector's
# time, most of it this row's).
_TALKS_WITH_BETWEEN = re.compile(rf"\s(?:{_TALKS_WITH})\s", re.IGNORECASE)


# Each row of INTERVIEW_PAIRS holds one of these words (ignoring case), so a page without any
# of them has no line that names a pair: the rows, tried on every line (the first at every
# blank), took 7 % of the contributors detector's instructions on det.py's pages.
_PAIR_WORDS = (
    "conversation",
    "gespräch",
    "dialog",
    "talks",
    "spricht",
    "sprach",
    "spoke",
    "talked",
)
# A word each spelling of INTERVIEW_HEADINGS holds: a page that holds none of them has no
# interview heading, and its lines are not matched one by one (on det.py's 164 pages the
# matching took 52 million instructions, a tenth of the quotations').
_HEADING_WORDS = (
    "interview",
    "gespräch",
    "conversation",
    "talking",
    "entretien",
    "questions",
    "fragen",
)
_CASE_ALIKE = frozenset("\u0130\u0131\u017f")
"""Letters that the regex engine's ignore-case matching takes for an "i" or an "s" and that
`str.lower` does not make one ("İ" becomes two characters)."""


def _may_hold(text: str, words: tuple[str, ...]) -> bool:
    """False only where `text` holds none of `words` in any case the regex engine knows: the
    patterns that need one of them cannot match it."""
    if any(letter in text for letter in _CASE_ALIKE):  # a search in C a letter
        return True
    lowered = text.lower()
    return any(word in lowered for word in words)


def may_name_a_pair(text: str) -> bool:
    """Whether a line of `text` may be a heading that `interview_pair` reads: False where
    none can be."""
    return _may_hold(text, _PAIR_WORDS)


def may_hold_interview_heading(text: str) -> bool:
    """Whether a line of `text` may match `INTERVIEW_HEADING`: False where none can."""
    return _may_hold(text, _HEADING_WORDS)


def interview_pair(line: str) -> tuple[str, str] | None:
    """(interviewer, interviewee) named by an interview's heading line, else None."""
    patterns = _INTERVIEW_PAIR_PATTERNS
    if not _TALKS_WITH_BETWEEN.search(line):
        patterns = patterns[1:]
    for pattern in patterns:
        match = pattern.match(line)
        if match:
            return match.group("interviewer"), match.group("interviewee")
    return None


def interviewer_in(line: str) -> str | None:
    """The names of an interviewer credit line ("Interview: Kemal Aydın"), else None."""
    label = match_label(line)
    if label is None or "interviewer" not in label.convention.roles or not label.value:
        return None
    return label.value


QUESTION_MARKS = frozenset({"q", "f", "frage", "question", "fr"})
"""Marks of an interview's questions, folded: "Q:", "Frage:", "F:", "Fr:"."""
ANSWER_MARKS = frozenset({"a", "antwort", "answer", "r", "réponse"})
"""Marks of an interview's answers, folded: "A:", "Antwort:", "R:", "Réponse:"."""

SIGN_OFFS: tuple[tuple[str, str], ...] = (
    (r"Ihre?|Ihr/Ihre|Ihre/Ihr|Eure?|Euer", "Ihre"),
    # The editors sign as their desk: "Eure Chefredaktion" / names, "Your editors," / names.
    (
        r"(?:Ihre?|Eure?|Deine?)\s+(?:Chefredaktion|Redaktion|Redaktionsteam|Vorstand)",
        "Eure Redaktion",
    ),
    (r"Your\s+(?:editors|editorial\s+team)", "Your editors,"),
    (r"Yours(?:\s+sincerely|\s+faithfully|\s+truly|\s+ever)?|Sincerely", "Yours sincerely,"),
    (r"Yours\s+in\s+\w+(?:\s+\w+)?", "Yours in friendship,"),
    (r"(?:With\s+)?(?:best|kind|good|warm(?:est)?)\s+(?:regards|wishes)", "With good wishes,"),
    (
        r"(?:Many\s+)?thanks(?:\s+in\s+advance)?|Thank\s+you(?:\s+in\s+advance)?",
        "Thank you in advance,",
    ),
    (r"With\s+(?:warmth|love|gratitude|thanks)|Warmly|Best|Regards|Cheers", "With warmth,"),
    (r"(?:Lots\s+of\s+)?Love(?:\s+from)?|Alles\s+Liebe", "Love from"),
    (r"Herzlich(?:st)?|Alles\s+Gute|Bis\s+bald", "Herzlichst"),
    (r"Mit\s+(?:\w+\s+){0,2}Grüßen|Mit\s+\w+\s+Gruß", "Mit kameradschaftlichem Gruß"),
    # Signed as an office or for a body: "Ihr Bürgermeister" / name, "Für den Vorstand" / name.
    (r"(?:Ihre?|Euer|Eure|Your)\s+[A-ZÄÖÜ][\w-]+", "Ihr Gemeindewehrführer"),
    (
        r"(?:Für\s+(?:den|die|das)|For\s+the|On\s+behalf\s+of(?:\s+the)?)\s+[A-ZÄÖÜ][\w-]+",
        "Für den Vorstand",
    ),
    (r"(?:Herzliche|Viele|Liebe|Beste|Freundliche)\s+Grüße", "Herzliche Grüße,"),
)
"""The words a letter closes with, above its signature: (spellings, example)."""
_SIGN_OFF_WORDS = "|".join(words for words, _ in SIGN_OFFS)
SIGN_OFF_WORDS = _SIGN_OFF_WORDS
# Bilingual magazines sign in both languages: "Ihre / Yours,".
SIGN_OFF = re.compile(
    rf"^(?:{_SIGN_OFF_WORDS})(?:\s*/\s*(?:{_SIGN_OFF_WORDS}))*[,!]?$", re.IGNORECASE
)
_SIGN_OFF_MAX_WORDS = 5
"""Words of the longest sign-off ("On behalf of the Committee", "Lots of Love from"); a
longer line signs off only in two languages, with a slash between them."""


def is_sign_off(line: str) -> bool:
    """Whether a line holds nothing but a letter's sign-off (`SIGN_OFF`). A longer line is
    not tried: the rows, ignoring case, cost a line as much as the three forms of credit
    labels, and the sign-offs were read on every line of a page (4 % of the contributors
    detector's instructions)."""
    return (
        "/" in line or len(line.split(None, _SIGN_OFF_MAX_WORDS)) <= _SIGN_OFF_MAX_WORDS
    ) and bool(SIGN_OFF.match(line))


CAPTION_PICTURE = re.compile(
    r"[.!?…)]\s+(?:(?P<label>"
    + _alternation(Form.COLON, frozenset({"photographer", "illustrator"}))
    + r")\s*(?::|©)|(?P<leading>"
    + _alternation(Form.LEADING, frozenset({"photographer", "illustrator"}))
    + r")\s|(?P<copyright>©))\s*(?P<value>[^.:;!?©]*?)\s*$",
    re.IGNORECASE,
)
"""A picture credit closing a caption: "… in the new hall. Foto: Anna Berg", "… 1858. ©
Anna Berg", "… at f/2.8. Photo by Anna Berg" (the name may stand on the next line: "… in
March. Photograph:" / "Anna Berg")."""


def caption_credit(match: re.Match[str], value: str) -> str:
    """The credit line a `CAPTION_PICTURE` match stands for, with `value` as its names."""
    if match.group("label"):
        return f"{match.group('label')}: {value}"
    if match.group("leading"):
        return f"{match.group('leading')} {value}"
    return f"© {value}"


_PHOTOGRAPHER = next(row for row in CONVENTIONS if row.roles == ("photographer",))


@dataclass(frozen=True)
class LabelMatch:
    """A line that carries a credit label, with the text after it ("" for names below)."""

    convention: Convention
    value: str


def match_label(line: str) -> LabelMatch | None:
    """The convention a line is printed in, if any, and the credit text it carries."""
    # (`_COLON` tries every label at the start of the line: only a line with its mark is tried.)
    match = (_COLON.match(line) if ":" in line or "©" in line else None) or _LEADING.match(line)
    if match is None and line.isupper():
        match = _LEADING_CAPS.match(line)
        # "BY THE SEA WALL" is a headline: a byline in capitals starts with a given name.
        if match and not is_given_name(match.group("value").split()[0].title()):
            match = None
    if match:
        form = Form.COLON if match.re is _COLON else Form.LEADING
        label = match.group("label").split("/")[0]
        return LabelMatch(_row_for(label, form), match.group("value").strip())
    match = _ABOVE.match(line) if len(line.split(None, _ABOVE_WORDS)) <= _ABOVE_WORDS else None
    if match:
        return LabelMatch(_row_for(match.group("label"), Form.ABOVE), "")
    match = _COPYRIGHT.match(line) if line[:1] == "©" else None
    if match:
        return LabelMatch(_PHOTOGRAPHER, match.group("value").strip())
    return None


def is_colon_label(line: str) -> bool:
    """Whether `match_label` reads a line as a label with a colon ("Illustration: Name",
    "© Name"). Only those two patterns are tried: no other form's label starts with "©", and
    the other forms are what `match_label` costs a line without a colon."""
    return bool(("©" in line or ":" in line) and _COLON.match(line)) or bool(
        line[:1] == "©" and _COPYRIGHT.match(line)
    )


@cache
def _row_labels() -> tuple[tuple[Convention, re.Pattern[str], re.Pattern[str] | None], ...]:
    """Each row with its label compiled ignoring case and, for a leading label (matched with
    its capital as printed), as printed."""
    return tuple(
        (
            row,
            re.compile(row.label, re.IGNORECASE),
            re.compile(row.label) if row.form is Form.LEADING else None,
        )
        for row in CONVENTIONS
    )


def compile_labels() -> None:
    """Compile the rows' labels that `match_label` tells a credit's convention by: once, before
    worker processes fork, not in each worker at its first credit (25 patterns; `re`'s cache
    compiled them there, 5 % of the contributors detector's instructions on det.py's pages)."""
    _row_labels()


def _row_for(label: str, form: Form) -> Convention:
    ignore_case = form is not Form.LEADING or label.isupper()
    label = " ".join(label.split())
    if form is Form.COLON:
        label = label.split("/")[0].rstrip()
    for row, any_case, as_printed in _row_labels():
        pattern = any_case if ignore_case else as_printed
        if row.form is form and pattern is not None and pattern.fullmatch(label):
            return row
    raise AssertionError(f"no convention row matches the label {label!r}")  # pragma: no cover
