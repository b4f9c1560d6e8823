"""Topics: rubrics, vocabulary matching and thresholds, key terms, and the sample's figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from magazine_index.analyze.structure import detect_rubrics, readable_rubric
from magazine_index.analyze.topics import (
    PageTopics,
    Topic,
    Vocabulary,
    default_vocabulary,
    find_topics,
    key_terms,
    load_vocabulary,
    page_topics,
    sentences,
    topic_evidence,
    topic_kinds,
    topic_scores,
    vocabulary_by_page,
    vocabulary_topics,
)
from magazine_index.errors import SidecarError
from magazine_index.models import OutlineEntry, PageText

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
            "Die Städtepartnerschaft mit Lyon feiert. Der Partnerschaftsverein lädt ein.",
            ["City networks and partnerships"],
        ),
        (
            "Mit EFRE-Mitteln wurde die Halle saniert. Dazu kam Geld aus dem Kohäsionsfonds.",
            ["European funding"],
        ),
        (
            "The citizens' assembly met twice. Turnout in local elections is low.",
            ["Democracy and participation"],
        ),
        (
            "Der Strukturwandel kam nach dem Ende der Zeche. Der Bergbau ging.",
            ["Structural change"],
        ),
        # One passing mention does not tag a page.
        ("Der Bus fuhr am Klimahaus vorbei.", []),
        ("We met in Brussels.", []),
    ],
)
def test_vocabulary_topics(text: str, expected: list[str]) -> None:
    assert list(vocabulary_topics(text, default_vocabulary())) == expected


def test_relative_threshold_keeps_the_main_topics() -> None:
    text = (
        "Die Partnerstadt und die Städtepartnerschaft. Das Netzwerk der Partnerstädte, "
        "Delegationen und Zusammenarbeit, der Partnerschaftsverein, Twinning, das Städtenetzwerk. "
        "Am Rande: ein Preis. Der Preis."
    )
    vocabulary = default_vocabulary()
    evidence = topic_evidence(text, vocabulary)["Events and awards"]
    assert evidence.weight >= vocabulary.threshold and evidence.paragraph == 2
    assert vocabulary_topics(text, vocabulary) == ("City networks and partnerships",)


def test_custom_vocabulary(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(
        'threshold = 1\nmentions = 1\n[[topic]]\nname = "Trams"\n'
        'keywords = ["Straßenbahn", "tram"]\n',
        encoding="utf-8",
    )
    vocabulary = load_vocabulary(path)
    assert vocabulary == Vocabulary((Topic("Trams", ("strassenbahn", "tram")),), 1.0, mentions=1)
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
        "KULTUR\nJournal 2024\nDie Städtepartnerschaft feiert. Der Partnerschaftsverein lädt ein.",
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
    assert first.kinds() == {
        "City networks and partnerships": "subject",
        "Kultur": "rubric",
        "Leben in der Stadt": "section",
    }
    assert topic_kinds(topics)["Kultur"] == "rubric"
    assert PageTopics(rubric="Kultur", section="KULTUR").all() == ("Kultur",)


def test_a_paragraph_on_a_topic_tags_the_page_german() -> None:
    # Two sentences in a row on the funding: a paragraph, not a passing mention.
    text = (
        "Der Hafen wird umgebaut.\nDas Geld kommt aus dem EFRE. Die Förderperiode läuft bis "
        "2027, die Fördermittel sind bewilligt. Im Mai beginnt der Bau."
    )
    assert vocabulary_topics(text, default_vocabulary()) == ("European funding",)


def test_a_passing_mention_is_one_sentence_however_weighty() -> None:
    # Three funding terms, but in one sentence of a long report about something else.
    body = " ".join(f"Die Fähre fuhr am {day}. Mai wie immer pünktlich." for day in range(1, 9))
    text = (
        "Die Fähre\nSeit 1950 fährt sie.\nVon Ute Berg\n"
        + body
        + " Der Anleger wurde mit EFRE-Mitteln aus dem Kohäsionsfonds in der Förderperiode "
        "saniert. " + body
    )
    evidence = topic_evidence(text, default_vocabulary())["European funding"]
    assert evidence.weight >= 3 and evidence.sentences == 1
    assert vocabulary_topics(text, default_vocabulary()) == ()


def test_a_headline_names_the_topic_and_the_text_takes_it_up() -> None:
    filler = " ".join(f"Punkt {n} der Tagesordnung war kurz." for n in range(1, 8))
    headline_only = f"Klimaschutz im Rathaus\nEin Bericht\n{filler}"
    taken_up = headline_only + " Danach ging es um die Energiewende."
    vocabulary = default_vocabulary()
    assert topic_evidence(taken_up, vocabulary)["Climate and energy"].in_head
    assert vocabulary_topics(headline_only, vocabulary) == ()
    assert vocabulary_topics(taken_up, vocabulary) == ("Climate and energy",)


def test_a_page_is_judged_on_its_own_text() -> None:
    # The second page of an article about a partnership mentions it once: not its topic.
    pages = pages_of(
        "Our partner city and the twinning association. Town twinning began in 1964. "
        "The partnership still brings the choirs together.",
        "The partnership brought the choirs together. Then the market opened. It rained.",
    )
    topics = vocabulary_by_page(pages)
    assert topics == {1: ("City networks and partnerships",), 2: ()}


def test_sentences_split_after_stops_and_quotes() -> None:
    text = "Ein Titel\nohne Punkt Der Satz. „Ein Zitat.“ Dann 2025 der Rest! Und?"
    assert sentences(text) == [
        "Ein Titel ohne Punkt Der Satz.",
        "„Ein Zitat.“",
        "Dann 2025 der Rest!",
        "Und?",
    ]
    assert sentences("Nr. 3 liegt bei z. B. 4 Euro.") == ["Nr.", "3 liegt bei z.", "B.", "4 Euro."]


def test_cover_and_contents_are_read_alone() -> None:
    # A contents page lists stories; it is about none of them.
    pages = pages_of(
        "Contents\nBrücken bauen 2\nHafen 3\nImpressum",
        "Der Schüleraustausch mit der Partnerschule. Schülerinnen und Schüler, Gastfamilien.",
    )
    assert vocabulary_by_page(pages, listings=[1])[1] == ()
    assert vocabulary_by_page(pages, listings=[1])[2] == ("Youth and schools",)


def test_page_topics_leaves_out_the_cover() -> None:
    frame = "City Journal · 2024"
    text = "EFRE und Kohäsionsfonds. Fördermittel und Förderperiode."
    pages = [
        PageText(1, None, f"City Journal\n{text}"),
        PageText(2, "2", f"FÖRDERUNG\n{frame}\n{text}"),
    ]
    topics = page_topics(pages, top_terms=0)
    assert topics[1].vocabulary == ()
    assert topics[2].vocabulary == ("European funding",)


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
    # A term matches a whole word, not the start, middle or end of a longer one.
    assert scores("Industriepolitik und Stahlwerk") == {}
    # "tandem" is not "tandem+", each is its own term; "*austausch" also ends compounds.
    assert scores("Das Programm Tandem+") == {"Exchange": 1.0}
    assert scores("Tandem, Schüleraustausch") == {"Exchange": 2.0}
    # A repeat adds half.
    assert scores("Werk, Werk, Werk") == {"Industry": 2.0}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Die Industrie", True),
        ("Der Industrien", True),  # an inflection
        ("Industriepolitik", False),  # another word, not declared a compound
        ("Industrie-Politik", True),  # a hyphen ends the word
    ],
)
def test_a_term_matches_a_whole_word_with_its_inflection(text: str, found: bool) -> None:
    vocabulary = Vocabulary((Topic("Industry", keywords=("industrie",)),))
    assert (topic_scores(text, vocabulary)["Industry"] > 0) is found


def test_a_trailing_star_declares_compounds() -> None:
    vocabulary = Vocabulary(
        (
            Topic("Youth", keywords=("jugend*",)),
            Topic("Energy", keywords=("*energie*",)),
            Topic("Change", keywords=("*wandel",)),
        )
    )

    def scores(text: str) -> dict[str, float]:
        return {k: v for k, v in topic_scores(text, vocabulary).items() if v}

    assert scores("Der Jugendbeirat") == {"Youth": 1.0}
    assert scores("Windenergieanlagen") == {"Energy": 1.0}
    assert scores("des Strukturwandels") == {"Change": 1.0}
    # A term that only ends compounds is not the start of a longer word.
    assert scores("Sie verwandelt die Halle") == {}


def test_a_word_that_starts_with_a_term_is_not_about_it() -> None:
    # "FUNDAMENTALGRUPPE" in a topology script tagged European funding; "Fundusbrett" and
    # "FUNDORAKEL" are invented words of the same kind.
    text = (
        "FUNDORAKEL UND FUNDUSBRETT\nDie Fundorakel-Theorie ist alt. Das Fundusbrett ist neu. "
        "Jedes Fundorakel hat ein Fundusbrett. Die Fundusbretter liegen im Keller."
    )
    assert vocabulary_topics(text, default_vocabulary()) == ()


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Das Förderprogramm läuft. Die Förderprogramme wachsen.", "European funding"),
        ("Die Folgen des Strukturwandels. Der Strukturwandel geht weiter.", "Structural change"),
        (
            "Die Partnerschaftsvereine feiern. Der Partnerschaftsverein lädt ein.",
            "City networks and partnerships",
        ),
        ("The fund pays. The funds were funded by the EU budget.", "European funding"),
    ],
)
def test_the_vocabulary_still_finds_german_compounds_and_inflections(text: str, topic: str) -> None:
    assert topic_scores(text, default_vocabulary())[topic] > 0


def test_an_article_title_is_no_topic() -> None:
    pages = pages_of("SPORT\nText", "DAS GROSSE FEST\nText", "DAS GROSSE FEST\nText", "SPORT\nText")
    outline = [OutlineEntry("Sport", 1, 0), OutlineEntry("Das große Fest", 2, 0)]
    topics = page_topics(pages, outline, top_terms=0)
    # The running head repeats the article's title: it names the article, not a rubric.
    assert [topics[n].rubric for n in (1, 2, 3, 4)] == [None, None, None, None]
    without_articles = page_topics(pages, (), top_terms=0)
    assert [without_articles[n].rubric for n in (1, 2)] == ["Sport", "Das Grosse Fest"]
