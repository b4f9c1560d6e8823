"""Person names as magazines print them: titles and offices split off, keys for matching.

Shared by the contributors and quotations detectors, so that "Prof. Dr. Dietmar Beispiel, MEP"
on one page and "Beispiel" on the next end up as one person, "Dietmar Beispiel".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ..text import fold, fold_key
from .given_names import is_given_name

__all__ = [
    "OFFICES",
    "TITLES",
    "Person",
    "initials",
    "is_person_name",
    "looks_like_person_name",
    "name_key",
    "name_tail",
    "normal_case",
    "resolve_surname",
    "split_person",
    "word_trie",
]


_NAME_CACHE = 65536
"""Strings whose person tests are remembered: the detectors ask about the same capitalised runs
on every quotation of a page (the answers depend on the string alone)."""


@dataclass(frozen=True)
class Person:
    """A printed name split into its parts."""

    name: str
    """Plain name: "Dietmar Beispiel"."""
    titles: str = ""
    """Academic titles in printed order: "Prof. Dr."."""
    office: str = ""
    """Office or function: "MEP", "Oberbürgermeisterin", "State Minister for Europe"."""


# Academic titles, as single tokens after splitting on spaces. "h.c." only follows "Dr.".
TITLES: tuple[str, ...] = (
    "Prof.",
    "Prof",  # British style prints titles without the full stop: "Dr Ada Obi"
    "Dr",
    "Professor",
    "Professorin",
    "Dr.",
    "Dr.-Ing.",
    "Dr.phil.",
    "Dr.med.",
    "h.c.",
    "h. c.",
    "mult.",
    "phil.",
    "rer.",
    "nat.",
    "pol.",
    "Dipl.-Ing.",
    "Dipl.-Kfm.",
    "Dipl.-Pol.",
    "Mag.",
    "PD",
    "PhD",
    "Ph.D.",
    "M.A.",
    "MA",
    "B.A.",
    "LL.M.",
    # Clergy: "the Reverend Kwame Asante", "Revd Ann Lee".
    "Reverend",
    "Rev.",
    "Rev",
    "Revd",
    # Honorifics, as a school or a parish prints its staff: "Mrs Catherine Doyle".
    "Mr",
    "Mr.",
    "Mrs",
    "Mrs.",
    "Ms",
    "Ms.",
    "Miss",
    "Mx",
)
_TITLE_KEYS = frozenset(t.lower() for t in TITLES)

# Offices and functions, English and German. Matched case-insensitively as whole words,
# longest first, so "Lord Mayor" wins over "Mayor" and "Staatsministerin" over "Ministerin".
OFFICES: tuple[str, ...] = (
    "Member of the European Parliament",
    "Member of the Bundestag",
    "Member of Parliament",
    "Mitglied des Europäischen Parlaments",
    "Mitglied des Europäischen Parlamentes",
    "Mitglied des Bundestages",
    "Mitglied des Landtages",
    "Europaabgeordnete",
    "Europaabgeordneter",
    "Bundestagsabgeordnete",
    "Bundestagsabgeordneter",
    "Landtagsabgeordnete",
    "Landtagsabgeordneter",
    "Abgeordnete",
    "Abgeordneter",
    "MEP",
    "MdEP",
    "MdB",
    "MdL",
    "MP",
    "Lord Mayor",
    "Deputy Mayor",
    "Mayor",
    "Oberbürgermeisterin",
    "Oberbürgermeister",
    "Bürgermeisterin",
    "Bürgermeister",
    "Stadträtin",
    "Stadtrat",
    "Landrätin",
    "Landrat",
    "Ministerpräsidentin",
    "Ministerpräsident",
    "Minister-President",
    "Prime Minister",
    "Federal Chancellor",
    "Chancellor",
    "Bundeskanzlerin",
    "Bundeskanzler",
    "Federal Foreign Minister",
    "Foreign Minister",
    "Federal Minister",
    "Minister of State",
    "State Minister",
    "Minister",
    "Bundesaußenministerin",
    "Bundesaußenminister",
    "Außenministerin",
    "Außenminister",
    "Bundesministerin",
    "Bundesminister",
    "Staatsministerin",
    "Staatsminister",
    "Staatssekretärin",
    "Staatssekretär",
    "State Secretary",
    "Ministerin",
    "Commissioner",
    "EU-Kommissarin",
    "EU-Kommissar",
    "Kommissarin",
    "Kommissar",
    "Vice-President",
    "Vice President",
    "Vizepräsidentin",
    "Vizepräsident",
    "President",
    "Präsidentin",
    "Präsident",
    "Senatorin",
    "Senator",
    "Ambassador",
    "Botschafterin",
    "Botschafter",
    "Consul General",
    "Generalkonsulin",
    "Generalkonsul",
    "Dezernentin",
    "Dezernent",
    "Beigeordnete",
    "Beigeordneter",
    "Schulleiterin",
    "Schulleiter",
    "Head Teacher",
    "Headteacher",
    "Headmistress",
    "Headmaster",
    "Principal",
    "Director",
    "Direktorin",
    "Direktor",
    "Chair",
    "Vorsitzende",
    "Vorsitzender",
    "Editor-in-Chief",
    "Chefredakteurin",
    "Chefredakteur",
    # Church and research offices printed before a name ("Pfarrerin Dorothea Kranz").
    "Pfarrerin",
    "Pfarrer",
    "Pastorin",
    "Pastor",
    "Diakonin",
    "Diakon",
    "Vicar",
    "Churchwarden",
    "Councillor",
    "Cllr",
    "Gastwissenschaftlerin",
    "Gastwissenschaftler",
    "Doktorandin",
    "Doktorand",
    # Offices of clubs, societies, charities and firms signing their pages.
    "Vice-Chair",
    "Vice Chair",
    "Deputy Chair",
    "Trustee",
    "Officer",
    "Warden",
    "Chief Executive",
    "General Secretary",
    "Secretary",
    "Treasurer",
    "Editor",
    "Curator",
    "Adviser",
    "Advisor",
    "Manager",
    "Managerin",
    "Coach",
    "Geschäftsführerin",
    "Geschäftsführer",
    "Schriftführerin",
    "Schriftführer",
    "Kassenwartin",
    "Kassenwart",
    "Kassiererin",
    "Kassierer",
    "Pressewartin",
    "Pressewart",
    "Jugendwartin",
    "Jugendwart",
    "Trainerin",
    "Trainer",
)


_Trie = dict[str, "_Trie"]


def word_trie(words: Iterable[str]) -> str:
    """A regex alternation of `words`, a space matching any run of whitespace, with their
    common beginnings factored out: "Minister(?:präsident(?:in|)|in|)".

    It matches what the plain alternation, longest word first, matches, faster: `re` tries
    each of the plain one's ~140 branches at every word start, the factored one's few first
    letters (`_OFFICE_ANYWHERE` on a two-word name: 6.9 -> 1.8 µs). The words that match at
    one place are beginnings of one another, so they lie on one branch, where a longer word
    is tried before a shorter one ends: the same match. (Case-insensitively, one letter may
    start two branches, as "MEP" and "Member": words that part there never both match.)
    """
    tree: _Trie = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def alternation(node: _Trie) -> str:
        # A word that ends here comes last: the longer words through this node first.
        branches = [
            (r"\s+" if char == " " else re.escape(char)) + alternation(rest)
            for char, rest in node.items()
            if char
        ] + ([""] if "" in node else [])
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return alternation(tree)


_OFFICE_PATTERN = word_trie(OFFICES)
_OFFICE_AT_START = re.compile(rf"^(?:{_OFFICE_PATTERN})(?![\w-])", re.IGNORECASE)
_OFFICE_ANYWHERE = re.compile(rf"(?<![\w-])(?:{_OFFICE_PATTERN})(?![\w-])", re.IGNORECASE)
# An office may continue with its portfolio or place: "Minister für Europa", "Mayor of Lyon".
_OFFICE_LINKS = frozenset(
    {"for", "of", "für", "fuer", "des", "der", "von", "the", "and", "und", "in", "im", "to"}
)

# Lowercase particles that belong to a name: "Ursula von der Leyen", "Jan de Vries".
PARTICLES = frozenset(
    {
        "von",
        "van",
        "de",
        "da",
        "di",
        "du",
        "del",
        "della",
        "der",
        "den",
        "le",
        "la",
        "zu",
        "zum",
        "zur",
        "dos",
        "das",
        "ten",
        "ter",
        "bin",
        "al",
        "y",
        # Irish and Scottish Gaelic surnames: "Ciarán Ó Dálaigh", "Áine Ní Bhriain".
        "Ó",
        "Ní",
        "Nic",
        "Mac",
        "Uí",
        # Arabic: "Yusuf ibn Rashid", "Amira bint Salem".
        "ibn",
        "bint",
    }
)

_ARTICLE_PARTICLES = frozenset({"das", "der", "den", "dos"})
_NAME_WORD = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿā-ſ'’]+(?:-[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿā-ſ'’]+)*$")
# "O'Neill", "McAllister", "DeLuca": a capital after the first letters.
_NAME_WORD_INNER_CAP = re.compile(r"^(?:O['’]|D['’]|L['’]|Mc|Mac|De|Di|La|Le)[A-Z][a-zß-ÿ]+$")
_INITIAL = re.compile(r"^[A-ZÀ-Þ]\.$")

# Capitalised words that start or make up phrases which are not names. Folded, lowercase.
_NOT_NAME_TEXT = """
    the a an this that these those our your their my his her its we you they he she it i
    and or but for with from into about over under after before during between through
    of in on at to by as is are was were be been has have had will would can could should
    all any every each some many most more new old other another first last next
    der die das den dem des ein eine einer eines einem einen und oder aber mit von vom zum zur
    im in am an auf aus bei nach über unter vor für durch gegen ohne um bis seit wie als
    ist sind war waren wird werden hat haben kann können soll sollen muss müssen
    wir ihr sie er es ich du uns euch unser unsere mein meine sein seine dieser diese dieses
    alle viele neue neuen neuer junge jungen neues erste ersten europa europe european
    europäische europäischen europäischer eu union council commission parliament
    parlament rat kommission city stadt town village dorf land state staat bund
    gemeinde kommune municipality county kreis landkreis bezirk district region verlag press
    kommune stadtwerke company gmbh ag
    republic republik kingdom königreich federal bundes government regierung
    school schule gymnasium gesamtschule realschule grundschule university universität
    hochschule college institute institut foundation stiftung center centre zentrum
    office amt department dezernat ministry ministerium agency agentur network netzwerk
    team klasse class club verein association verband group gruppe project projekt
    programme program programm fund fonds award preis prize festival week woche day tag
    january february march april may june july august september october november december
    januar februar märz mai juni juli oktober dezember
    monday tuesday wednesday thursday friday saturday sunday
    montag dienstag mittwoch donnerstag freitag samstag sonntag
    north south east west nord süd ost west northern southern eastern western
    photo photos foto fotos text texte interview editorial contents inhalt impressum imprint
    editor redaktion herausgeber publisher page seite issue ausgabe heft edition
    mayor minister president präsident präsidentin bürgermeister bürgermeisterin
    oberbürgermeister oberbürgermeisterin professor professorin doctor senator
    youth jugend climate klima energy energie democracy demokratie culture kultur
    mr mrs ms herr frau dear liebe lieber sehr geehrte geehrter hallo hello welcome willkommen
    enkel enkelin sohn tochter mutter vater bruder schwester oma opa großmutter großvater
    ehefrau ehemann kollege kollegin freund freundin nachbar nachbarin neffe nichte
    grandson granddaughter son daughter mother father brother sister grandmother grandfather
    wife husband colleague friend neighbour neighbor nephew niece
    green greens grüne social sozial christlich liberal free freie democrats democratic
    demokraten
    general assembly conference konferenz science research support wishes
    museum museen gallery galerie archive archives archiv stadtarchiv library bibliothek
    society gesellschaft collection sammlung klinikum hospital krankenhaus studio trust
    committee ausschuss board vorstand students studierende
    familie family tischlerei schreinerei konditorei bäckerei metzgerei gärtnerei werkstatt
    st saint
    jede jeder jedes jedem jeden beim vom ins ans seinen seinem seiner ihren ihrem ihrer
    unseren unserem euren eurem keine keinem keinen kein manche manchen vielen wenige
    diesem diesen jener gute guten guter gutes
    when while if then every each none such whose which what where why how however although
    because since until unless once
"""
_NOT_NAME_WORDS = frozenset(fold(w) for w in _NOT_NAME_TEXT.split())
# Noun endings (German and English) that names rarely have.
_NOUN_ENDINGS = (
    "ung",
    "heit",
    "keit",
    "schaft",
    "tion",
    "tät",
    "ismus",
    "ität",
    "ment",
    "ness",
    "ship",
    "ation",
    "ismus",
    "istik",
    "logie",
    "ieren",
    "isch",
    "ische",
    "ischen",
)
_ROMAN_OR_CLASS = re.compile(r"^(?:[IVX]+|\d+\w?)$")


def _is_title(token: str) -> bool:
    return token.lower() in _TITLE_KEYS


@lru_cache(maxsize=_NAME_CACHE)
def split_person(raw: str) -> Person:
    """Split a printed name into plain name, academic titles and office.

    "Prof. Dr. Dietmar Beispiel, MEP" -> Person("Dietmar Beispiel", "Prof. Dr.", "MEP");
    "Oberbürgermeisterin Greta Albers" -> Person("Greta Albers", "", "Oberbürgermeisterin");
    "State Minister for Europe Dr. Aylin Kaya" -> Person("Aylin Kaya", "Dr.", "State Minister
    for Europe"). Text that holds no office or title comes back as the name, trimmed.
    """
    text = normal_case(" ".join(raw.replace("\u00a0", " ").split()).strip(" ,;:–—-|/"))
    if "h." in text:  # "Dr. h. c." is printed with and without the inner space
        text = _H_C.sub("h.c.", text)
    offices: list[str] = []
    # A comma (or dash) separates the name from what follows: "Greta Albers, Mayor of Lyon".
    pieces = [text] if _PART_MARKS.isdisjoint(text) else _NAME_PARTS.split(text)
    parts = [p.strip() for p in pieces if p.strip()]
    name_part = ""
    for part in parts:
        if not name_part:
            lead_office, rest = _take_leading_office(part)
            if lead_office:
                offices.append(lead_office)
            if rest and _strip_titles(rest)[1]:
                name_part = rest
            continue
        offices.append(part)
    titles, name = _strip_titles(name_part)
    # An office after the name without a comma: "Greta Albers MdB".
    tail = _OFFICE_ANYWHERE.search(name)
    if tail and tail.start() > 0 and looks_like_person_name(name[: tail.start()].strip()):
        offices.append(name[tail.start() :].strip())
        name = name[: tail.start()].strip()
    # Post-nominal letters after the name: "Rajesh Rao FREng", "Ana Ruiz CEng MICE".
    words = name.split()
    post = len(words)
    while (
        post > 2
        and _POST_NOMINAL.fullmatch(words[post - 1])
        and not _NAME_WORD_INNER_CAP.match(words[post - 1])  # "McDonald", "DeLuca"
        and words[post - 1] not in _LEGAL_FORMS
    ):
        post -= 1
    if post < len(words) and any(c.islower() for c in " ".join(words[:post])):
        titles.extend(words[post:])
        name = " ".join(words[:post])
    return Person(name=name, titles=" ".join(titles), office=", ".join(offices))


_H_C = re.compile(r"\bh\.\s+c\.")
_NAME_PARTS = re.compile(r"\s*(?:,|\s[–—]\s|\s\|\s)\s*")
"""What parts a name from its office: "Greta Albers, Mayor of Lyon", "Ana Ruiz – MEP"."""
_PART_MARKS = frozenset(",–—|")
"""A mark each of `_NAME_PARTS`'s separators holds: a name without one is not split. With
"h." before `_H_C` and the letters filtered in C (`normal_case`): `split_person` on GeoTopo's
831 capitalised runs, 75 -> 64 million instructions."""

_LEGAL_FORMS = frozenset({"GmbH", "gGmbH", "AG", "KG", "KGaA", "SE", "UG", "LLP", "LLC", "PLC"})
"""A firm's legal form ends its name as post-nominals end a person's: the name is a firm's."""
_POST_NOMINAL = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z]{1,8}|Ph\.?D\.?")
"""Letters after a name for a degree, a fellowship or a membership: "FREng", "CEng", "MICE",
"PhD", "MBE" (two capitals at least, so no surname is one)."""


_LIST_WORDS = frozenset({"and", "und", "&"})
_CAPITALS_WORD = re.compile(r"[A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž'’.-]*")


def normal_case(text: str) -> str:
    """A name printed in capitals, in its normal case: "A. MANIS" -> "A. Manis",
    "J.-C. LIOU" -> "J.-C. Liou", "TOMÁS Ó BRIAIN" -> "Tomás Ó Briain". Text with lowercase
    letters is returned as it is."""
    letters = list(filter(str.isalpha, text))  # not a loop of Python a character
    if len(letters) < 3 or any(map(str.islower, letters)):
        return text

    def word(match: re.Match[str]) -> str:
        token = match.group(0)
        if (token.lower() in PARTICLES or token.lower() in _LIST_WORDS) and match.start() > 0:
            return token.lower()
        return re.sub(r"[^\W\d_]+", lambda part: part.group(0).capitalize(), token)

    return _CAPITALS_WORD.sub(word, text)


def _take_leading_office(part: str) -> tuple[str, str]:
    """Split "State Minister for Europe Dr. Aylin Kaya" into the office and the rest."""
    match = _OFFICE_AT_START.match(part)
    if not match:
        return "", part
    office = [match.group(0)]
    tokens = part[match.end() :].split()
    # Portfolio or place after a linking word: consume words until a title starts or only
    # the name is left (the last two words, or the last word with its particles).
    while tokens and tokens[0].lower() in _OFFICE_LINKS:
        office.append(tokens.pop(0))
        while tokens and not _is_title(tokens[0]) and len(name_tail(tokens)) < len(tokens):
            if tokens[0].lower() in _OFFICE_LINKS and office[-1].lower() not in _OFFICE_LINKS:
                break
            office.append(tokens.pop(0))
    return " ".join(office), " ".join(tokens)


def name_tail(tokens: list[str]) -> list[str]:
    """The tokens at the end that make up a name: given name(s), particles, surname."""
    if len(tokens) <= 2:
        return tokens
    tail = tokens[-2:]
    index = len(tokens) - 2
    while index > 0 and tokens[index - 1].lower() in PARTICLES:
        index -= 1
    if index < len(tokens) - 2:
        # particles sit between given name and surname: "Ursula von der Leyen"
        tail = tokens[max(index - 1, 0) :]
    return tail


def _strip_titles(text: str) -> tuple[list[str], str]:
    titles: list[str] = []
    words: list[str] = []
    for token in text.split():
        if _is_title(token) or (titles and token.lower() in {"h.c.", "mult."}):
            titles.append(token)
        else:
            words.append(token)
    return titles, " ".join(words)


def name_key(name: str) -> str:
    """The key two spellings of one name share: "Jürgen Köster" -> "juergen koester"."""
    return fold_key(name)


@lru_cache(maxsize=_NAME_CACHE)
def looks_like_person_name(text: str) -> bool:
    """True for 2-4 capitalised words that can be a person's name ("Ursula von der Leyen").

    Particles (von, van, de, zu, ...) and hyphenated parts are allowed; common capitalised
    words that are not names ("European Union", "Die Stadt", "Neue Wege") are rejected.
    """
    words = text.strip().split()
    core = [w for w in words if w not in PARTICLES]
    if not 2 <= len(core) <= 4 or len(words) > 6:
        return False
    if words[0] in PARTICLES or words[-1] in PARTICLES:
        return False
    # An article is a particle after another ("von der Leyen") or the given name ("Maria das
    # Dores"); after a surname it starts the sentence's object ("Ana Roth das Training").
    if any(
        word in _ARTICLE_PARTICLES and position > 1 and words[position - 1].lower() not in PARTICLES
        for position, word in enumerate(words)
    ):
        return False
    # An office is never part of a name: "Lindenschule Landrätin Ana Ruiz" is not one.
    if _OFFICE_ANYWHERE.search(text):
        return False
    for position, word in enumerate(core):
        if (_INITIAL.match(word) or _INITIALS.match(word)) and position < len(core) - 1:
            continue
        # A surname cut to its initial, as reviewers' lists print it: "Ayan B".
        if position == len(core) - 1 and position > 0 and re.fullmatch(r"[A-ZÀ-Þ]\.?", word):
            continue
        if not (_NAME_WORD.match(word) or _NAME_WORD_INNER_CAP.match(word)):
            return False
        folded = fold(word)
        if folded in _NOT_NAME_WORDS or _ROMAN_OR_CLASS.match(word):
            return False
        if any(part.endswith(_NOUN_ENDINGS) and len(part) > 6 for part in folded.split("-")):
            return False
    return True


def initials(name: str) -> str:
    """A name's initials as an interview marks its turns: the first letter of each
    capitalised word, hyphenated parts apart ("Yuki Tanabe-Richter" -> "YTR")."""
    return "".join(word[0] for word in re.split(r"[\s-]+", name) if word[:1].isupper())


@lru_cache(maxsize=_NAME_CACHE)
def is_person_name(text: str) -> bool:
    """A person's name beyond doubt: name-shaped (`looks_like_person_name`) and led by a given
    name of some language, or by initials ("A. Manis"), before the surname.

    Used where no role label vouches for the words (a speaker in running text, an author box,
    a line under a headline): "Wort Gottes", "Nature Communications" or "General Assembly"
    are name-shaped but start with no given name.
    """
    words = [w for w in text.split() if w not in PARTICLES]
    if not looks_like_person_name(text) or len(words) < 2:
        return False
    first = words[0]
    if first in _INITIALS_OR_GENERIC:
        return False
    return bool(_INITIAL.match(first) or _INITIALS.match(first)) or any(
        is_given_name(part) for part in first.split("-")
    )


_INITIALS = re.compile(r"^(?:[A-ZÀ-Þ]\.-?){1,3}$")
# Given names of the source that are ordinary words at the start of a capitalised phrase.
_INITIALS_OR_GENERIC = frozenset({"General", "May", "Will", "Mark", "Art", "Grant", "Rose"})


def resolve_surname(surname: str, known_names: Iterable[str]) -> str | None:
    """The one known full name whose surname is `surname` (accent-insensitive), else None.

    "Koester" resolves to "Jürgen Köster" when the magazine names him in full somewhere;
    when two known people share the surname, the mention stays unresolved.
    """
    wanted = name_key(surname).split()
    if not wanted:
        return None
    found: dict[str, str] = {}
    for full in known_names:
        key = name_key(full).split()
        if key == wanted:
            return full
        if len(key) > len(wanted) and key[-len(wanted) :] == wanted:
            found.setdefault(" ".join(key), full)
    if len(found) == 1:
        (full_name,) = found.values()
        return full_name
    return None
