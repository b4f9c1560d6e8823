"""Text normalisation (ligatures, hyphenation, whitespace) and the folding used for matching.

Extraction gives text as the PDF draws it; these functions turn it into text a reader would
type: "ﬁ" becomes "fi", "Partner-\\nschaft" becomes "Partnerschaft", and names match whether a
user types "Köster", "Koester" or "Koster".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache, partial

SOFT_HYPHEN = "\u00ad"

# Words after which a line-end hyphen marks an elided compound part ("Jugend- und
# Schulprojekte", "short- and long-term"): the hyphen stays and the space with it.
_ELISION_WORDS = frozenset(
    {"und", "oder", "bis", "sowie", "als", "wie", "and", "or", "to", "nor", "&"}
)

# The patterns of normalising are compiled when first used (`re.sub` keeps them compiled): a
# search never normalises, and compiling them took 2 ms of a cold search.
# A hyphen after a letter at a line's end, and the word on the next line. The hyphen comes
# first and the letter before it is looked behind for, so the regex engine skips to the next
# hyphen: a pattern starting with the letter was tried at every letter of the page (a fifth of
# normalising it).
_LINE_END_HYPHEN = r"[-\u2010](?<=\w[-\u2010])\n[ \t]*(\S+)"
_SOFT_HYPHEN_BREAK = SOFT_HYPHEN + r"\s*\n[ \t]*"
# Each is looked for with `in` before any pattern: a quick search for one character (none at
# all for one beyond Latin-1 in a Latin-1 string), where a pattern of them all tested every
# character of the page against each (a quarter of normalising a page).
_BLANKS_BUT_SPACE = "\t\f\v" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"
_SPACES = f"[ {_BLANKS_BUT_SPACE}]+"
_MANY_NEWLINES = r"\n{3,}"
# Blanks that normalising keeps as they are besides the space and the line break
# (`unicodedata.normalize` maps the others to spaces, `_single_spaces` those to one space).
_KEPT_BLANKS = "\u1680\u2028\u2029"
# C0 and C1 control characters but tab, line feed, vertical tab, form feed and carriage return
# (blanks, which normalising turns into spaces and line breaks), and lone UTF-16 surrogates from
# a font's ToUnicode table. pypdf passes NULs through (81 of 117 pages of one real magazine),
# escape sequences would reach a terminal, and a surrogate cannot be written as UTF-8.
_CONTROLS = "[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff]"
# Spacing accents some PDFs draw before the letter they belong on: pypdf gives "M¨arz".
_SPACING_ACCENTS = {
    "¨": "\u0308",
    "´": "\u0301",
    "`": "\u0300",
    "˚": "\u030a",
    "ˆ": "\u0302",
    "˜": "\u0303",
    "ˇ": "\u030c",
}
_ACCENT_BEFORE_LETTER = "([¨´`˚ˆ˜ˇ\u0300-\u036f])([^\\W\\d_])"
# Letters an accent drawn before them is composed with: vowels, whatever the accent, and the
# consonants of a háček or tilde ("ˇs" -> "š", "˜n" -> "ñ"). An acute before a consonant is
# an apostrophe far more often ("it´s", not "itś").
_ACCENTED_VOWELS = frozenset("aeiouyAEIOUY")
_CONSONANT_ACCENTS = frozenset("ˇ˜\u030c\u0303")
# Composed letters in use in European languages: "`n" would make "ǹ", which nobody prints.
_LATIN_LETTERS = ("\u00c0", "\u017f")


def normalise(text: str) -> str:
    """Return extracted page text cleaned for indexing and display.

    NFKC folds ligatures and compatibility characters, soft hyphens go, line-end hyphenation
    is joined (see `dehyphenate`), runs of blanks become one space. Line breaks stay, since
    bylines, folios and interview turns are recognised line by line.
    """
    text = _nfkc(compose_accents(remove_controls(text)))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(_SOFT_HYPHEN_BREAK, "", text).replace(SOFT_HYPHEN, "")
    text = _single_spaces(text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = dehyphenate(text)
    if "\n\n\n" in text:  # a quick search; the pattern was tried at every line break
        text = re.sub(_MANY_NEWLINES, "\n\n", text)
    return text.strip()


def normalise_lines(lines: list[str]) -> list[str]:
    """`normalise` of each of `lines`, in one pass over them all (a call per line was a
    tenth of reading a page with PDFium): on one line, only the steps that change characters
    in place do anything. Lines holding a line break are normalised one by one."""
    at_once = _normalised_at_once(lines)
    return [normalise(line) for line in lines] if at_once is None else at_once[1]


def line_keys(lines: list[str]) -> list[str]:
    """Each of `lines` normalised with its blanks as single spaces, to match lines by:
    `" ".join(line.split())` of each of `normalise_lines(lines)`.

    Normalised in one pass, the lines hold single spaces and no other blank unless one of
    `_KEPT_BLANKS`: then they are their own keys (splitting and joining each line's words
    was an eighth of aligning a page's line styles).
    """
    at_once = _normalised_at_once(lines)
    if at_once is not None and not any(blank in at_once[0] for blank in _KEPT_BLANKS):
        return at_once[1]
    normalised = [normalise(line) for line in lines] if at_once is None else at_once[1]
    return [" ".join(line.split()) for line in normalised]


def _normalised_at_once(lines: list[str]) -> tuple[str, list[str]] | None:
    """`normalise_lines` in one pass (the text normalised and its lines), or None where the
    lines hold line breaks and must be normalised one by one."""
    joined = "\n".join(lines)
    if "\r" in joined:
        return None
    text = compose_accents(remove_controls(joined))
    text = _single_spaces(_nfkc(text).replace(SOFT_HYPHEN, ""))
    normalised = [line.strip() for line in text.split("\n")]
    return None if len(normalised) != len(lines) else (text, normalised)


_LINE_NFKC = partial(unicodedata.normalize, "NFKC")


def _nfkc(text: str) -> str:
    """`unicodedata.normalize("NFKC", text)`, line by line where the text is not normalised
    already: a line break neither changes nor combines with what is next to it, and most
    lines of a page that needs it (for a ligature, a no-break space) do not (the page's NFKC
    took a third fewer instructions)."""
    if unicodedata.is_normalized("NFKC", text):
        return text
    return "\n".join(map(_LINE_NFKC, text.split("\n")))


def _single_spaces(text: str) -> str:
    """Each run of blanks as one space. Most pages hold single spaces only: quick searches
    find that, where replacing did work at every space (a fifth of normalising a page)."""
    if "  " not in text and not any(blank in text for blank in _BLANKS_BUT_SPACE):
        return text
    return re.sub(_SPACES, " ", text)


def remove_controls(text: str) -> str:
    """Text without control characters (blanks and line breaks stay) or lone surrogates."""
    return re.sub(_CONTROLS, "", text)


# What `escape_controls` shows as an escape: controls, lone surrogates (a file name's bytes that
# are not UTF-8 arrive as U+DC80-U+DCFF) and the bidirectional overrides that reorder a line.
# None of them is printable (`str.isprintable`). Compiled when first needed: most text holds
# none of them, and compiling the class of surrogates was 1.3 % of a cold search.
_UNPRINTABLE = "[\x00-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]"


_NAMED_ESCAPES = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def escape_controls(text: str, keep: str = "") -> str:
    """Text safe to print: control characters but those in `keep` become visible escapes
    ("\\x1b", "\\n"), and a file name's bytes that are not UTF-8 are shown as "\\xff"."""

    def escape(match: re.Match[str]) -> str:
        char = match.group(0)
        if char in keep:
            return char
        code = ord(char)
        if 0xDC80 <= code <= 0xDCFF:  # os.fsdecode's escape for an undecodable byte
            return f"\\x{code - 0xDC00:02x}"
        if char in _NAMED_ESCAPES:
            return _NAMED_ESCAPES[char]
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    rest = text
    for char in keep:
        rest = rest.replace(char, "")
    if rest.isprintable():  # nothing to escape but what is kept
        return text
    return re.sub(_UNPRINTABLE, escape, text)


def compose_accents(text: str) -> str:
    """Put accents drawn before their letter onto it: "M¨arz" -> "März", "caf´e" -> "café".

    A combining mark before a letter moves onto it only where the letter before cannot carry
    it ("M\u0308arz"; in "Ma\u0308rz" it belongs to the "a").
    """

    def join(match: re.Match[str]) -> str:
        mark, letter = match.group(1), match.group(2)
        if letter not in _ACCENTED_VOWELS and mark not in _CONSONANT_ACCENTS:
            return match.group(0)
        combining = _SPACING_ACCENTS.get(mark, mark)
        if mark == combining and match.start() > 0:
            before = text[match.start() - 1]
            if len(unicodedata.normalize("NFC", before + mark)) == 1:
                return match.group(0)
        composed = unicodedata.normalize("NFC", letter + combining)
        if len(composed) == 1 and _LATIN_LETTERS[0] <= composed <= _LATIN_LETTERS[1]:
            return composed
        return match.group(0)

    return re.sub(_ACCENT_BEFORE_LETTER, join, text)


def dehyphenate(text: str) -> str:
    """Join words hyphenated at a line end, keeping hyphens that belong to the word.

    "Partner-\\nschaft" -> "Partnerschaft"; a capitalised continuation keeps its hyphen
    ("EU-\\nRatspräsidentschaft", "Holtkamp-\\nPfeiffer"), as does a digit or an elided compound
    part ("Jugend-\\nund Schule" -> "Jugend- und Schule").
    """

    def join(match: re.Match[str]) -> str:
        # The letter before the hyphen stays where it is: the match starts at the hyphen.
        before, after = text[match.start() - 1], match.group(1)
        word = after.rstrip(".,;:!?)»«\"'“”„")
        if word.lower() in _ELISION_WORDS:
            return f"- {after}"
        if after[0].islower() and not before.isdigit():
            return after
        return f"-{after}"

    return re.sub(_LINE_END_HYPHEN, join, text)


# German transliteration applied before accent stripping, so that "Köster" also meets "Koester".
_GERMAN_TABLE = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ẞ": "ss"})


@lru_cache(maxsize=100_000)
def strip_accents(word: str) -> str:
    """Remove diacritics: "guérot" -> "guerot", "köster" -> "koster", "dvořák" -> "dvorak"."""
    if word.isascii():  # nothing to decompose or strip
        return word
    decomposed = unicodedata.normalize("NFKD", word.replace("ß", "ss"))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    # Letters that do not decompose in Unicode but that readers type without the stroke.
    return stripped.translate(_STROKE_TABLE)


_STROKE_TABLE = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "æ": "ae", "œ": "oe"}
)


_WORDS_KEPT = 100_000
"""Words whose folded form `fold` keeps: many magazines' vocabularies, a few MB at most."""


class _Folded(dict[str, str]):
    """Each word's folded form, worked out once and then found by one lookup in a dict: half
    the instructions of a hit through `lru_cache` (370 against 710; the detectors fold every
    word of a page). Emptied when full."""

    def __missing__(self, word: str) -> str:
        if len(self) >= _WORDS_KEPT:
            self.clear()
        self[word] = folded = strip_accents(word.lower().translate(_GERMAN_TABLE))
        return folded


fold: Callable[[str], str] = _Folded().__getitem__
"""The primary folded form of a word: lowercase, German umlauts spelled out, no accents.

"Köster" -> "koester", "Weiß" -> "weiss", "Guérot" -> "guerot".
"""


@lru_cache(maxsize=100_000)
def surface_variants(word: str) -> tuple[str, ...]:
    """Folded spellings a reader may type for a word: "köster" -> ("koester", "koster")."""
    lowered = word.lower()
    first = fold(lowered)
    second = strip_accents(lowered)
    return (first,) if first == second else (first, second)


_WORD = re.compile(r"\w+")


def fold_key(text: str) -> str:
    """A matching key for names and labels: folded words joined by single spaces."""
    return " ".join(map(fold, _WORD.findall(text)))


def slugify(text: str) -> str:
    """A lowercase ASCII id for a file name stem: "Städte 2020" -> "staedte-2020"."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(text))
    return slug.strip("-") or "magazine"
