"""Normalisation and folding on plain strings."""

from __future__ import annotations

import random
import unicodedata

import pytest

from magazine_index.text import (
    fold,
    line_keys,
    normalise,
    normalise_lines,
    slugify,
    surface_variants,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Partner-\nschaft", "Partnerschaft"),
        ("develop-\nment", "development"),
        ("EU-\nRatspräsidentschaft", "EU-Ratspräsidentschaft"),
        ("Holtkamp-\nPfeiffer", "Holtkamp-Pfeiffer"),
        ("Jugend-\nund Schulprojekte", "Jugend- und Schulprojekte"),
        ("short-\nand long-term", "short- and long-term"),
        ("2025-\n2026", "2025-2026"),
        ("Zusammen\u00ad\narbeit", "Zusammenarbeit"),
        ("Zu\u00adkunft", "Zukunft"),
        ("\ufb01nancing and Ein\ufb02uss", "financing and Einfluss"),
        ("two   spaces\tand\u00a0nbsp", "two spaces and nbsp"),
        ("  line one  \n\n\n\n line two ", "line one\n\nline two"),
        ("ends with a dash -\nnext", "ends with a dash -\nnext"),
    ],
)
def test_normalise(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


@pytest.mark.parametrize(
    ("word", "folded"),
    [
        ("Köster", "koester"),
        ("Weiß", "weiss"),
        ("Guérot", "guerot"),
        ("Dvořák", "dvorak"),
        ("Zieliński", "zielinski"),
        ("Łódź", "lodz"),
        ("ÄRGER", "aerger"),
    ],
)
def test_fold(word: str, folded: str) -> None:
    assert fold(word) == folded


def test_surface_variants_cover_both_ways_of_typing_an_umlaut() -> None:
    assert surface_variants("Köster") == ("koester", "koster")
    assert surface_variants("Guérot") == ("guerot",)


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Dortmund in Europa 2020", "dortmund-in-europa-2020"),
        ("Städte & Höfe", "staedte-hoefe"),
        ("---", "magazine"),
    ],
)
def test_slugify(name: str, slug: str) -> None:
    assert slugify(name) == slug


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("M¨arz und Gr¨oße, S¨UD", "März und Größe, SÜD"),
        ("caf´e, `a la, ˚Arhus, ˆetre", "café, à la, Århus, être"),
        ("M\u0308arz", "März"),  # a combining mark drawn before its letter
        ("Ma\u0308rz", "März"),  # after it, decomposed
        ("Zo\u0308e\u0301", "Zöé"),
        ("ˇSkoda, ˇcesk´y, ˜nandu", "Škoda, český, ñandu"),
        ("`n stays", "`n stays"),
    ],
)
def test_accents_printed_before_their_letter_are_composed(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Euro\x00pa", "Europa"),
        ("red \x1b[31mtext\x1b[0m", "red [31mtext[0m"),
        ("link \x1b]8;;http://x\x07here\x1b]8;;\x07", "link ]8;;http://xhere]8;;"),
        ("bell\x07 and C1\x9b2J", "bell and C12J"),
        ("lone \ud800surrogate \udfff", "lone surrogate"),
        ("tab\tand\nnewline", "tab and\nnewline"),
    ],
)
def test_control_characters_and_surrogates_are_removed(raw: str, expected: str) -> None:
    cleaned = normalise(raw)
    assert cleaned == expected
    cleaned.encode("utf-8")  # storable and printable


def test_an_acute_before_a_consonant_is_an_apostrophe() -> None:
    assert "ś" not in normalise("it´s")


def test_lines_normalised_together_come_out_as_one_by_one() -> None:
    pieces = [
        "",
        " ",
        "\t",
        "\u00a0",
        "\u2003",
        "\u00ad",
        "\x00",
        "\x1b",
        "\x85",
        "\ud800",
        "ﬁ",
        "¨",
        "´",
        "\u0308",
        "ˇ",
        "a",
        "o",
        "s",
        "M",
        "-",
        "\u2010",
        "Wort",
        "é",
        "\v",
        "\f",
        "①",
        "\n",
        "\r",
    ]
    rng = random.Random(7)
    for _ in range(3000):
        lines = [
            "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
            for _ in range(rng.randint(0, 5))
        ]
        assert normalise_lines(lines) == [normalise(line) for line in lines], lines


def test_line_keys_are_the_normalised_lines_with_single_spaces() -> None:
    # `line_keys` skips splitting and joining where one pass of normalising left single spaces.
    pieces = ["Wort", " ", "  ", "\t", "\u2003", "\u1680", "\u2028", "\u2029", "\xa0", "\r", "\n"]
    pieces += ["ﬁ", "\xad", "-", "é", "\x07"]
    rng = random.Random(11)
    for _ in range(3000):
        lines = [
            "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
            for _ in range(rng.randint(0, 5))
        ]
        expected = [" ".join(line.split()) for line in normalise_lines(lines)]
        assert line_keys(lines) == expected, lines


def test_nfkc_line_by_line_is_nfkc_of_the_whole() -> None:
    # `text._nfkc` normalises only the lines that need it.
    from magazine_index.text import _nfkc

    pieces = ["\n", "a", "e", "\u0301", "\u0308", "ﬁ", "\xa0", "ᄀ", "ᅡ", "ᆨ", "…", "²", "Å", "x"]
    rng = random.Random(5)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert _nfkc(text) == unicodedata.normalize("NFKC", text), text
