"""Word-level language handling shared by indexing and querying: stop words, stems, variants.

A magazine mixes German and English, often on one page. Every word is indexed under the
spellings a reader may type (umlauts spelled out or dropped, accents dropped) and under its
stem in the page's language(s), all at the word's position, so phrases still match. Stems carry
a mark (`STEM_MARK`) that no word can contain, so they never pass for words: prefix and fuzzy
queries and spelling suggestions see only words a reader typed ("demokratie", not "demokrati").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from whoosh.lang import stopwords_for_language
from whoosh.lang.snowball.english import EnglishStemmer
from whoosh.lang.snowball.german import GermanStemmer

from .text import fold, surface_variants

LANGUAGES = ("de", "en")
STEM_MARK = "§"

# Whoosh's German list lacks "dass" (DESIGN.md); a few more frequent function words join it.
STOP_WORDS: frozenset[str] = frozenset(
    set(stopwords_for_language("en")) | set(stopwords_for_language("de")) | {"dass", "daß"}
)

# Whoosh's Snowball stemmers, as `whoosh.lang.stemmer_for_language` gives them (which loads the
# stemmers of fourteen languages; `startup.py` loads these two only).
_STEMMERS: dict[str, Callable[[str], str]] = {
    "de": GermanStemmer().stem,
    "en": EnglishStemmer().stem,
}
# German stop words that are not English words and vice versa: votes for a page's language.
_GERMAN_ONLY = frozenset(stopwords_for_language("de")) - frozenset(stopwords_for_language("en"))
_ENGLISH_ONLY = frozenset(stopwords_for_language("en")) - frozenset(stopwords_for_language("de"))


# The words that vote for a page's language are all stop words, so a page's words with the
# stop words dropped (as the index's chain drops them before `VariantsFilter`) hold none, and
# `page_languages` of them is both languages: the index need not count them.
VOTES_ARE_STOP_WORDS = (_GERMAN_ONLY | _ENGLISH_ONLY) <= STOP_WORDS


def page_languages(words: list[str]) -> tuple[str, ...]:
    """The languages of a page's lowercase words: ("de",), ("en",) or both when mixed."""
    german = sum(map(_GERMAN_ONLY.__contains__, words))
    english = sum(map(_ENGLISH_ONLY.__contains__, words))
    if german > 2 * english + 2:
        return ("de",)
    if english > 2 * german + 2:
        return ("en",)
    return LANGUAGES


# "Städte" and "Staedte" fold alike ("staedte"). The German stemmer is given the folded word with
# ae/oe/ue read as the umlauts they spell (Snowball's "german2" rule), so both spellings get the
# stems of "Städte"; stemming the unfolded word gave "staedt". As in german2, a "u" after "q" or
# between vowels is a consonant ("Quelle", "Frauen", "neue") and stays.
_SPELLED_UMLAUT = re.compile(r"ae|oe|(?<![qaeiouyäöü])ue")
_UMLAUTS = {"ae": "ä", "oe": "ö", "ue": "ü"}


def _stem_input(word: str, lang: str) -> str:
    folded = fold(word)
    if lang != "de":
        return folded
    return _SPELLED_UMLAUT.sub(lambda match: _UMLAUTS[match.group(0)], folded)


@lru_cache(maxsize=100_000)
def stems(word: str, languages: tuple[str, ...] = LANGUAGES) -> tuple[str, ...]:
    """Marked, folded stems of a lowercase word in the given languages ("städte" -> ("§stadt",)).

    Every spelling of a word that folds alike (Städte, Staedte) has the same stems.
    """
    found: list[str] = []
    for lang in languages:
        stem = STEM_MARK + fold(_STEMMERS[lang](_stem_input(word, lang)))
        if stem not in found:
            found.append(stem)
    return tuple(found)


@lru_cache(maxsize=100_000)
def index_variants(word: str, languages: tuple[str, ...] = LANGUAGES) -> tuple[str, ...]:
    """Every term a lowercase word is indexed under: its folded spellings and its stems."""
    surface = surface_variants(word)
    # A stem that is itself one of the word's spellings ("fund") is found through that
    # spelling: queries ask for stems both marked and bare (see `query_stems`).
    return surface + tuple(stem for stem in stems(word, languages) if stem[1:] not in surface)


def query_stems(word: str) -> tuple[str, ...]:
    """The terms a query word's stems can be indexed under: "§fund" and the word "fund"."""
    found: list[str] = []
    for stem in stems(word, LANGUAGES):
        found += [stem, stem[1:]]
    return tuple(dict.fromkeys(found))
