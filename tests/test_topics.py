"""Topics: rubrics, vocabulary matching and thresholds, key terms, and the sample's figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from magazine_index.analyze.topics import (
    PageTopics,
    Topic,
    Vocabulary,
    article_topics,
    default_vocabulary,
    detect_rubrics,
    find_topics,
    key_terms,
    load_vocabulary,
    page_topics,
    readable_rubric,
    topic_scores,
    vocabulary_topics,
)
from magazine_index.errors import SidecarError
from magazine_index.models import OutlineEntry, PageText

from .test_contributors import SAMPLE_PDF, SAMPLE_TRUTH, load_bench

DEFAULT_NAMES = {
    "EU Council presidency",
    "European funding",
    "City networks and partnerships",
    "Structural change",
    "Youth and schools",
    "Events and awards",
    "Democracy and participation",
    "Climate and energy",
}


def pages_of(*texts: str) -> list[PageText]:
    return [PageText(i + 1, str(i + 1), text) for i, text in enumerate(texts)]


def test_default_vocabulary_names() -> None:
    assert {t.name for t in default_vocabulary().topics} == DEFAULT_NAMES


@pytest.mark.parametrize(
    ("rubric", "readable"),
    [
        ("SCHULE & JUGEND", "Schule & Jugend"),
        ("EUROPE IN THE CITY", "Europe in the City"),
        ("EU-FÖRDERUNG", "EU-Förderung"),
        ("INHALT · CONTENTS", "Inhalt · Contents"),
    ],
)
def test_readable_rubric(rubric: str, readable: str) -> None:
    assert readable_rubric(rubric) == readable


def test_rubrics_recur_or_sit_in_the_running_frame() -> None:
    frame = "City Journal · 2024"
    pages = pages_of(
        "Stadt Nordheim\nCity Journal\nCover story",  # cover: no frame, no caps line
        f"VORWORT\n{frame}\n2\nLiebe Leser",  # once, but in the frame
        f"KULTUR\n{frame}\n3\nText",
        f"{frame}\nKULTUR\n4\nMore text",  # order in the stream differs
        "SOMMERFEST\nAm 3. Juli\nEintritt frei",  # an advertisement: once, no frame
    )
    assert detect_rubrics(pages) == {1: None, 2: "VORWORT", 3: "KULTUR", 4: "KULTUR", 5: None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # German compounds and umlaut-free spellings meet the folded terms.
        (
            "Die Städtepartnerschaft mit Lyon und der Partnerschaftsverein feiern.",
            ["City networks and partnerships"],
        ),
        (
            "Mit EFRE-Mitteln und Geld aus dem Kohäsionsfonds wurde die Halle saniert.",
            ["European funding"],
        ),
        (
            "The citizens' assembly met twice; turnout in local elections is low.",
            ["Democracy and participation"],
        ),
        ("Der Strukturwandel nach dem Ende der Zeche und des Bergbaus.", ["Structural change"]),
        # One passing mention does not tag a page.
        ("Der Bus fuhr am Klimahaus vorbei.", []),
        ("We met in Brussels.", []),
    ],
)
def test_vocabulary_topics(text: str, expected: list[str]) -> None:
    assert list(vocabulary_topics(text, default_vocabulary())) == expected


def test_relative_threshold_keeps_the_main_topics() -> None:
    text = (
        "Die Partnerstadt und die Städtepartnerschaft, das Netzwerk der Partnerstädte, "
        "Delegationen und Zusammenarbeit. Am Rande: ein Preis."
    )
    vocabulary = default_vocabulary()
    assert vocabulary_topics(text, vocabulary) == ("City networks and partnerships",)


def test_custom_vocabulary(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(
        'threshold = 1\n[[topic]]\nname = "Trams"\nkeywords = ["Straßenbahn", "tram"]\n',
        encoding="utf-8",
    )
    vocabulary = load_vocabulary(path)
    assert vocabulary == Vocabulary((Topic("Trams", ("strassenbahn", "tram")),), 1.0)
    topics = find_topics(pages_of("Die neue Strassenbahn fährt."), vocabulary=vocabulary)
    assert topics == {1: ("Trams",)}


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("threshold = ", "not valid TOML"),
        ("threshold = 2\n", "no [[topic]]"),
        ('[[topic]]\nkeywords = ["x"]\n', "'name'"),
        ('[[topic]]\nname = "A"\nkeywords = "x"\n', "list of strings"),
        ('[[topic]]\nname = "A"\nwords = ["x"]\n', "unknown key 'words'"),
        ('threshold = "high"\n[[topic]]\nname = "A"\nkeywords = ["x"]\n', "'threshold'"),
        (
            '[[topic]]\nname = "A"\nkeywords = ["x"]\n[[topic]]\nname = "a"\nstrong = ["y"]\n',
            "named twice",
        ),
    ],
)
def test_malformed_vocabulary(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(SidecarError) as error:
        load_vocabulary(path)
    message = str(error.value)
    assert str(path) in message and reason in message and "\n" not in message


def test_key_terms_are_readable_and_skip_stop_words() -> None:
    pages = pages_of(
        "Die Straßenbahn fährt, dass es eine Freude ist. Straßenbahn, Straßenbahn! Nordheim",
        "Der Hafen und die Hafenstadt. Nordheim",
        "Das Rathaus. Nordheim",
    )
    terms = key_terms(pages, top=3)
    assert terms[1][0] == "Straßenbahn"
    assert "dass" not in terms[1] and "Nordheim" not in terms[1][:1]
    assert terms[2][0] in {"Hafen", "Hafenstadt"}


def test_page_topics_sources_and_display() -> None:
    pages = pages_of(
        "KULTUR\nJournal 2024\nDie Städtepartnerschaft und der Partnerschaftsverein.",
        "KULTUR\nJournal 2024\nText",
        "SPORT\nJournal 2024\nText",
    )
    outline = [
        OutlineEntry("Leben in der Stadt", 1, 0),
        OutlineEntry("Partner", 1, 1),
        OutlineEntry("Sport", 3, 0),
    ]
    topics = page_topics(pages, outline)
    first = topics[1]
    assert first.rubric == "Kultur"
    assert first.section == "Leben in der Stadt"
    assert first.vocabulary == ("City networks and partnerships",)
    assert first.all() == ("City networks and partnerships", "Kultur", "Leben in der Stadt")
    assert topics[3].section is None  # a bookmark without children is an article, not a section
    assert PageTopics(rubric="Kultur", section="KULTUR").all() == ("Kultur",)


@pytest.mark.skipif(not SAMPLE_TRUTH.exists(), reason="sample magazine not generated")
def test_sample_topic_accuracy() -> None:
    bench = load_bench()
    truth = bench.load_truth(SAMPLE_TRUTH)
    pages, outline = bench.load_sample(SAMPLE_PDF, truth)
    precision, recall = bench.topic_scores(pages, outline, truth)
    # Measured 0.81 / 0.93 (bench/accuracy.py) against the blind topic annotation (see
    # samples/README.md); the second magazine gives 0.79 / 0.79. The issue asks for 0.9 on
    # both: NOT reached by keyword weighting; the misses are judgment calls between a passing
    # mention and a paragraph. This floor guards the measured level against regressions.
    assert precision >= 0.8
    assert recall >= 0.9


def test_article_topic_carries_to_pages_that_mention_it_german() -> None:
    # The second page mentions the funding only once: alone it would not be tagged.
    pages = pages_of(
        "Der EFRE und der Kohäsionsfonds: Fördermittel für den Hafen, Förderperiode bis 2027.",
        "Der Hafen wird umgebaut. Die Fördermittel reichen bis zum Herbst.",
        "Die Sommerferien beginnen am Montag.",
    )
    alone = vocabulary_topics(pages[1].text, default_vocabulary())
    assert alone == ()
    topics = article_topics(pages, [(1, 2, 3)])
    assert topics[1] == ("European funding",)
    assert topics[2] == ("European funding",)
    assert topics[3] == ()  # a page of the article that never touches the topic


def test_article_topic_carries_to_pages_that_mention_it_english() -> None:
    pages = pages_of(
        "Our partner city and the twinning association: town twinning for sixty years.",
        "The partnership brought the choirs together. Then the market opened.",
    )
    assert vocabulary_topics(pages[1].text, default_vocabulary()) == ()
    by_article = article_topics(pages, [(1, 2)])
    assert by_article[2] == ("City networks and partnerships",)
    # Read as separate articles, the second page keeps only its own evidence.
    assert article_topics(pages, [(1,), (2,)])[2] == ()


def test_page_evidence_still_adds_a_topic_within_an_article() -> None:
    pages = pages_of(
        "Die Städtepartnerschaft mit Lyon: Partnerstadt, Partnerschaftsverein, Delegationen.",
        "Am Rande: Klimaschutz und Energiewende, Solardach und Windpark für die Schule.",
    )
    topics = article_topics(pages, [(1, 2)])
    assert "Climate and energy" in topics[2]
    assert "Climate and energy" not in topics[1]


def test_cover_and_contents_are_read_alone() -> None:
    # A contents page listing an article's title does not inherit the article's topics.
    pages = pages_of(
        "Contents\nBrücken bauen 2\nHafen 3\nImpressum",
        "Der Schüleraustausch mit der Partnerschule: Schülerinnen und Schüler, Gastfamilien.",
    )
    assert article_topics(pages, [(1,), (2,)])[1] == ()


def test_page_topics_uses_article_spans() -> None:
    # The running rubric joins pages 2 and 3 into one article; page 1 is a cover.
    frame = "City Journal · 2024"
    pages = pages_of(
        "City Journal\nDie Förderung",
        f"FÖRDERUNG\n{frame}\nEFRE und Kohäsionsfonds: Fördermittel und Förderperiode.",
        f"FÖRDERUNG\n{frame}\nDie Fördermittel kamen im Mai.",
    )
    topics = page_topics(pages, top_terms=0)
    assert topics[1].vocabulary == ()
    assert topics[2].vocabulary == ("European funding",)
    assert topics[3].vocabulary == ("European funding",)


def test_terms_match_at_word_starts_longest_first() -> None:
    vocabulary = Vocabulary(
        (
            Topic("Industry", keywords=("industrie", "werk")),
            Topic("Old regions", strong=("alte industriegebiete",)),
            Topic("Exchange", keywords=("tandem", "tandem+", "*austausch")),
            Topic("Sites", keywords=("industriegebiet",)),
        )
    )

    def scores(text: str) -> dict[str, float]:
        return {k: v for k, v in topic_scores(text, vocabulary).items() if v}

    # The longer term claims the text: "industrie" inside it counts no more.
    assert scores("Alte Industriegebiete im Wandel") == {"Old regions": 1.5}
    assert scores("Neue Industriegebiete") == {"Sites": 1.0}
    # A term matches the start of a longer word, not its middle or end.
    assert scores("Industriepolitik und Stahlwerk") == {"Industry": 1.0}
    # "tandem" is not "tandem+", each is its own term; "*austausch" also ends compounds.
    assert scores("Das Programm Tandem+") == {"Exchange": 1.0}
    assert scores("Tandem, Schüleraustausch") == {"Exchange": 2.0}
    # A repeat adds half.
    assert scores("Werk, Werk, Werk") == {"Industry": 2.0}
