"""Text normalisation (ligatures, hyphenation, whitespace) and the folding used for matching.

Extraction gives text as the PDF draws it; these functions turn it into text a reader would
type: "ﬁ" becomes "fi", "Partner-\\nschaft" becomes "Partnerschaft", and names match whether a
user types "Köster", "Koester" or "Koster".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

SOFT_HYPHEN = "\u00ad"

# Words after which a line-end hyphen marks an elided compound part ("Jugend- und
# Schulprojekte", "short- and long-term"): the hyphen stays and the space with it.
_ELISION_WORDS = frozenset(
    {"und", "oder", "bis", "sowie", "als", "wie", "and", "or", "to", "nor", "&"}
)

_LINE_END_HYPHEN = re.compile(r"(\w)[-\u2010]\n[ \t]*(\S+)")
_SOFT_HYPHEN_BREAK = re.compile(SOFT_HYPHEN + r"\s*\n[ \t]*")
_SPACES = re.compile(r"[ \t\f\v\u2000-\u200a\u202f\u205f\u3000]+")
_MANY_NEWLINES = re.compile(r"\n{3,}")


def normalise(text: str) -> str:
    """Return extracted page text cleaned for indexing and display.

    NFKC folds ligatures and compatibility characters, soft hyphens go, line-end hyphenation
    is joined (see `dehyphenate`), runs of blanks become one space. Line breaks stay, since
    bylines, folios and interview turns are recognised line by line.
    """
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SOFT_HYPHEN_BREAK.sub("", text).replace(SOFT_HYPHEN, "")
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = dehyphenate(text)
    return _MANY_NEWLINES.sub("\n\n", text).strip()


def dehyphenate(text: str) -> str:
    """Join words hyphenated at a line end, keeping hyphens that belong to the word.

    "Partner-\\nschaft" -> "Partnerschaft"; a capitalised continuation keeps its hyphen
    ("EU-\\nRatspräsidentschaft", "Holtkamp-\\nPfeiffer"), as does a digit or an elided compound
    part ("Jugend-\\nund Schule" -> "Jugend- und Schule").
    """

    def join(match: re.Match[str]) -> str:
        before, after = match.group(1), match.group(2)
        word = after.rstrip(".,;:!?)»«\"'“”„")
        if word.lower() in _ELISION_WORDS:
            return f"{before}- {after}"
        if after[0].islower() and not before.isdigit():
            return before + after
        return f"{before}-{after}"

    return _LINE_END_HYPHEN.sub(join, text)


# German transliteration applied before accent stripping, so that "Köster" also meets "Koester".
_GERMAN_TABLE = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ẞ": "ss"})


@lru_cache(maxsize=100_000)
def strip_accents(word: str) -> str:
    """Remove diacritics: "guérot" -> "guerot", "köster" -> "koster", "dvořák" -> "dvorak"."""
    decomposed = unicodedata.normalize("NFKD", word.replace("ß", "ss"))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    # Letters that do not decompose in Unicode but that readers type without the stroke.
    return stripped.translate(_STROKE_TABLE)


_STROKE_TABLE = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "æ": "ae", "œ": "oe"}
)


@lru_cache(maxsize=100_000)
def fold(word: str) -> str:
    """The primary folded form of a word: lowercase, German umlauts spelled out, no accents.

    "Köster" -> "koester", "Weiß" -> "weiss", "Guérot" -> "guerot".
    """
    return strip_accents(word.lower().translate(_GERMAN_TABLE))


@lru_cache(maxsize=100_000)
def surface_variants(word: str) -> tuple[str, ...]:
    """Folded spellings a reader may type for a word: "köster" -> ("koester", "koster")."""
    lowered = word.lower()
    first = fold(lowered)
    second = strip_accents(lowered)
    return (first,) if first == second else (first, second)


def fold_key(text: str) -> str:
    """A matching key for names and labels: folded words joined by single spaces."""
    return " ".join(fold(w) for w in re.findall(r"\w+", text))


def slugify(text: str) -> str:
    """A lowercase ASCII id for a file name stem: "Städte 2020" -> "staedte-2020"."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(text))
    return slug.strip("-") or "magazine"
