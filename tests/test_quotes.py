"""The quotation detector: styles, interruptions, interviews, speakers and pull quotes."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import pytest

from magazine_index.analyze.conventions import (
    _CASE_ALIKE,
    _HEADING_WORDS,
    _PAIR_WORDS,
    INTERVIEW_HEADING,
    INTERVIEW_HEADINGS,
    may_hold_interview_heading,
)
from magazine_index.analyze.quotes import (
    _Names,
    _person_mentions,
    find_quotes,
    word_overlap,
)
from magazine_index.models import Credit, PageText, Quote

REPO = Path(__file__).resolve().parent.parent
SAMPLE_PDF = REPO / "samples" / "auenstadt-europe-2025.pdf"
SAMPLE_TRUTH = REPO / "samples" / "auenstadt-europe-2025.truth.json"


def quotes_in(*texts: str, credits: tuple[Credit, ...] = ()) -> list[Quote]:
    pages = [PageText(number, str(number), text) for number, text in enumerate(texts, 1)]
    return find_quotes(pages, credits)


def only(*texts: str, credits: tuple[Credit, ...] = ()) -> Quote:
    found = quotes_in(*texts, credits=credits)
    assert len(found) == 1, found
    return found[0]


# ---------------------------------------------------------------------------------------------
# Quotation marks


@pytest.mark.parametrize(
    "text",
    [
        "“We need more trust in our towns,” said Anna Westphal.",
        '"We need more trust in our towns," said Anna Westphal.',
        "„We need more trust in our towns“, sagt Anna Westphal.",
        "„We need more trust in our towns”, sagt Anna Westphal.",
        "»We need more trust in our towns«, sagt Anna Westphal.",
        "«We need more trust in our towns», said Anna Westphal.",
        "« We need more trust in our towns », said Anna Westphal.",
        "‘We need more trust in our towns,’ said Anna Westphal.",
        "‚We need more trust in our towns‘, sagt Anna Westphal.",
        "'We need more trust in our towns,' said Anna Westphal.",
    ],
)
def test_every_quotation_style(text: str) -> None:
    quote = only(text)
    assert quote.text == "We need more trust in our towns"
    assert quote.speaker == "Anna Westphal"
    assert quote.confidence == pytest.approx(0.95)
    assert quote.page == 1


def test_quotation_across_lines_and_columns() -> None:
    text = (
        "Im April kam die Ministerin. „Hier sieht man,\nwas europäische\n"
        "Strukturpolitik leisten kann“, betont\nMinisterin Dr. Aylin Kaya."
    )
    quote = only(text)
    assert quote.text == "Hier sieht man, was europäische Strukturpolitik leisten kann"
    assert quote.speaker == "Aylin Kaya"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "More than 1,500 people came. “We opened the doors,” said Albers, “and nobody left.”",
            "We opened the doors, and nobody left.",
        ),
        (
            "„Wir haben die Türen geöffnet“, sagt Albers, „und niemand ist gegangen.“",
            "Wir haben die Türen geöffnet und niemand ist gegangen.",
        ),
    ],
)
def test_interrupted_quotation_is_one(text: str, expected: str) -> None:
    quote = only(text, credits=(Credit("Greta Albers", "author", (5,)),))
    assert word_overlap(quote.text, expected) == 1.0
    assert quote.speaker == "Greta Albers"  # surname resolved through the credits


def test_sentences_after_a_full_stop_attribution_stay_apart() -> None:
    text = (
        "“Regional development is a marathon,” according to Lenka Horak, who runs a centre. "
        "“Give them time and they finish first,” Horak added."
    )
    first, second = quotes_in(text)
    assert first.text == "Regional development is a marathon"
    assert (first.speaker, second.speaker) == ("Lenka Horak", "Lenka Horak")


@pytest.mark.parametrize(
    "text",
    [
        "“He told me ‘never give up on it’ and I didn’t,” said Jan Novak.",
        "„Er sagte immer ‚gib nie auf‘ und ich habe es nie getan“, sagt Jan Novak.",
        "„Sie nannte es “the long road home” und ging“, sagt Jan Novak.",
        "»Er rief ›kommt alle her‹ und wir kamen«, sagt Jan Novak.",
    ],
)
def test_nested_quotation_stays_in_the_outer_one(text: str) -> None:
    quote = only(text)
    assert quote.speaker == "Jan Novak"
    assert len(quote.text.split()) >= 7


@pytest.mark.parametrize(
    "text",
    [
        "Siobhan O’Neill chairs the association. It’s the city’s oldest partnership and "
        "Auenstadt’s pride, and Kaya’s office supports it.",
        "The students’ project won a prize, and the teachers’ room was full.",
        "We met at the Rock ’n’ Roll café in the ’90s.",
    ],
)
def test_apostrophes_are_not_quotation_marks(text: str) -> None:
    assert quotes_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Germans even had a word for it: the so-called „Strukturwandel“.",
        "Die Reise war Teil unseres Projekts „Brücken bauen“, das gefördert wird.",
        "This is not “charity”, she said.",
        "Her book “The Future of European Cities” came out in May.",
        "Der Titel lautet „Europa vor der Haustür“ und passt gut.",
        "The campaign is called “Europe starts at home” and runs all year.",
    ],
)
def test_scare_quotes_and_titles_are_rejected(text: str) -> None:
    assert quotes_in(text) == []


def test_a_short_title_with_an_attribution_is_still_rejected() -> None:
    # Fewer than three words is never a quotation, whoever says it.
    assert quotes_in("“Never again,” said Anna Westphal.") == []


# ---------------------------------------------------------------------------------------------
# Speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“Europe is made in small places,” Westphal said.", "Anna Westphal"),
        ("“Europe is made in small places,” explains Anna Westphal.", "Anna Westphal"),
        ("Anna Westphal said: “Europe is made in small places.”", "Anna Westphal"),
        ("„Europa entsteht an kleinen Orten“, so Westphal.", "Anna Westphal"),
        ("„Europa entsteht an kleinen Orten“, erklärt Westphal.", "Anna Westphal"),
        ("„Europa entsteht an kleinen Orten“, meint Anna Westphal.", "Anna Westphal"),
        ("„Europa entsteht an kleinen Orten“, fügt Westphal hinzu.", "Anna Westphal"),
        ("„Europa entsteht an kleinen Orten“, sagt die Ministerin Anna Westphal.", "Anna Westphal"),
        ("„Europa entsteht an kleinen Orten“, sagt Staatsministerin Westphal.", "Anna Westphal"),
        ("„Europa entsteht an kleinen Orten“, sagt Minister Dr. Anna Westphal.", "Anna Westphal"),
        (
            "“Europe is made in small places,” said the jury chair, Dr. Anna Westphal, later.",
            "Anna Westphal",
        ),
        ("“Europe is made in small places,” according to Anna Westphal.", "Anna Westphal"),
        ("“Europe is made in small places,” said Jürgen Köster.", "Jürgen Köster"),
    ],
)
def test_named_attributions(text: str, speaker: str) -> None:
    credits = (Credit("Anna Westphal", "author", (9,)),)
    quote = only(text, credits=credits)
    assert quote.speaker == speaker
    assert quote.confidence >= 0.9


@pytest.mark.parametrize(
    "text",
    [
        "“Ich bin stolz auf unsere Stadt und auf alle, die mitmachen“ – Maria Lopez",
        "“It is not charity, it is an investment,” said the Commissioner, Maria Lopez.",
        "“It is not charity, it is an investment,” says Maria Lopez, who chairs the board.",
    ],
)
def test_dash_apposition_and_mismatched_marks(text: str) -> None:
    quote = only(text)
    assert quote.speaker == "Maria Lopez"
    assert quote.confidence == pytest.approx(0.95)


def test_speaker_name_folds_like_contributor_names() -> None:
    quote = only("“We built it together, all of us,” said Jürgen Köster.")
    assert quote.speaker == "Jürgen Köster"
    from magazine_index.analyze.names import name_key

    assert name_key(quote.speaker) == "juergen koester"


def test_surname_resolves_to_a_full_name_in_the_text() -> None:
    pages = (
        "Baudezernent Frank Reuter zeigt auf die Halle. „Ohne Europa stünde hier eine Ruine“, "
        "sagt Reuter.",
        "„Die Hälfte der Stellen ist für Menschen ohne Abschluss“, so Reuter.",
    )
    first, second = quotes_in(*pages)
    assert first.speaker == second.speaker == "Frank Reuter"
    assert second.page == 2


def test_unresolved_surname_is_kept_with_lower_confidence() -> None:
    quote = only("“We wanted a future for our children,” said Lewandowski.")
    assert quote.speaker == "Lewandowski"
    assert quote.confidence == pytest.approx(0.85)


@pytest.mark.parametrize(
    "text",
    [
        "Lea Marquardt is 19 and chairs the association. She grew up in the harbour district. "
        "“We are tired of being asked only once every five years,” she said in February.",
        "Unsere Klassenlehrerin Lea Marquardt sieht das genauso: »Austausch ist die beste "
        "Europapolitik einer Schule«, sagt sie.",
        "Bei einer Versammlung stellte Sprecherin Lea Marquardt die Frage, die viele "
        "umtreibt: „Europa bezahlt die Gebäude, aber wer bezahlt die Mieten?“",
    ],
)
def test_pronoun_or_no_attribution_uses_the_person_of_the_paragraph(text: str) -> None:
    quote = only(text)
    assert quote.speaker == "Lea Marquardt"
    assert quote.confidence == pytest.approx(0.6)


@pytest.mark.parametrize(
    "text",
    [
        "„Ich habe in einer Woche mehr gelernt als in drei Jahren“, schrieb mir eine Schülerin.",
        "“The paperwork is endless and nobody reads it,” a spokesperson said.",
        "The hall was full. “Nobody expected this many people tonight.”",
    ],
)
def test_unknown_speaker_is_none(text: str) -> None:
    quote = only(text)
    assert quote.speaker is None
    assert quote.confidence == 0.0


def test_the_paragraph_person_is_not_a_place() -> None:
    text = (
        "Die Klasse fuhr nach Dębowa Góra. „Wir haben jeden Abend zusammen gesungen“, erzählt sie."
    )
    assert only(text).speaker is None


# ---------------------------------------------------------------------------------------------
# Interviews

PREFIXED = """INTERVIEW
Interview with State Minister for Europe
Dr. Aylin Kaya
Aylin Kaya has been minister since 2022. We talked about money and networks.
Interview: Jonas Weber
Dr. Aylin Kaya in her office, October 2025.
Photo: Malte Brandt
Weber: Minister, Auenstadt is a city of 180,000 people. Why should anyone in Brussels
care about it?
Kaya: Europe is not made in Brussels. It is made in places like Auenstadt, where a school or a
tram line shows people what the Union does for them.
Weber: Critics say the application process is far too complicated.
Kaya: They are right, and I say that openly. We need fewer forms and more trust.
Dr. Aylin Kaya (54) studied law in Münster and Kraków."""


def test_name_prefixed_interview_from_heading() -> None:
    found = quotes_in(PREFIXED)
    assert [q.speaker for q in found] == ["Jonas Weber", "Aylin Kaya"] * 2
    assert found[0].text.endswith("Why should anyone in Brussels care about it?")
    assert (
        found[3].text
        == "They are right, and I say that openly. We need fewer forms and more trust."
    )
    assert all(q.confidence == pytest.approx(0.9) for q in found)


@pytest.mark.parametrize(
    ("question", "answer"),
    [("Q", "A"), ("F", "A"), ("Frage", "Antwort"), ("JW", "AK")],
)
def test_marker_prefixed_interview_uses_credits(question: str, answer: str) -> None:
    text = (
        f"{question}: Was erwarten Sie von der nächsten Förderperiode?\n"
        f"{answer}: Weniger Bürokratie für kleine Kommunen und mehr Geld für Klimaschutz.\n"
        f"{question}: Und Ihr persönlicher Wunsch?\n"
        f"{answer}: Dass sich die Jugendlichen ein Leben lang treffen."
    )
    credits = (
        Credit("Aylin Kaya", "interviewee", (1,)),
        Credit("Jonas Weber", "interviewer", (1,)),
    )
    found = quotes_in(text, credits=credits)
    assert [q.speaker for q in found] == ["Jonas Weber", "Aylin Kaya"] * 2
    assert found[1].text.startswith("Weniger Bürokratie")


def test_questions_without_a_known_interviewer_have_no_speaker() -> None:
    text = (
        "Q: What do you expect from the next funding period?\n"
        "A: Less red tape for small towns and more money for the climate.\n"
    )
    credits = (Credit("Aylin Kaya", "interviewee", (1,)),)
    question, answer = quotes_in(text, credits=credits)
    assert (question.speaker, question.confidence) == (None, 0.0)
    assert answer.speaker == "Aylin Kaya"


UNPREFIXED = """INTERVIEW
11
Interview mit MdEP Derya Kaya
Die Europaabgeordnete über Förderanträge, Talkshows und das, was nach 2027 kommt, in einem
langen Gespräch.
Interview: Lukas Brenner
Derya Kaya in ihrem Wahlkreisbüro in der Hafenstraße.
Foto: Ayşe Demir
Frau Kaya, Sie sitzen seit 2019 im Europäischen Parlament. Was hat Auenstadt davon?
Eine direkte Leitung nach Straßburg. Ich bin jede zweite Woche im Wahlkreis, und viele Anträge
für Förderprogramme sind in meinem Büro in der Hafenstraße entstanden.
Viele Menschen finden Europa trotzdem weit weg.
Das verstehe ich. Deshalb gehe ich lieber in Schulen als in Talkshows. Wer einmal erlebt hat,
wie eine Abstimmung im Plenum funktioniert, redet anders über Europa.
Und Ihr persönlicher Wunsch für 2026?
Dass sich die Jugendlichen aus unseren Partnerstädten nicht nur im Austauschjahr treffen,
sondern ein Leben lang.
Derya Kaya (41) ist seit 2019 Mitglied des Europäischen Parlaments und sitzt im Ausschuss für
regionale Entwicklung."""


def test_question_answer_interview_without_prefixes() -> None:
    found = quotes_in(UNPREFIXED)
    assert [q.speaker for q in found] == ["Lukas Brenner", "Derya Kaya"] * 3
    assert found[2].text == "Viele Menschen finden Europa trotzdem weit weg."
    assert found[-1].text.endswith("sondern ein Leben lang.")


def test_interview_continues_on_the_next_page_by_prefix() -> None:
    next_page = (
        "Weber: What will you tell the mayor?\n"
        "Kaya: I’ll tell her to keep asking for more. A city that knows what it wants gets it."
    )
    found = quotes_in(PREFIXED, next_page)
    assert [(q.page, q.speaker) for q in found[-2:]] == [(2, "Jonas Weber"), (2, "Aylin Kaya")]


def test_next_article_does_not_inherit_a_question_answer_layout() -> None:
    article = (
        "Who pays for the new harbour?\n"
        "The city and the European Union share the costs of the project.\n"
        "Building starts next spring, if the council agrees to the plans."
    )
    assert quotes_in(UNPREFIXED, article)[-1].page == 1


def test_contents_page_is_not_an_interview() -> None:
    text = "Contents\nInterview with Minister Dr. Aylin Kaya 3\nWeber: a caption? No.\nKaya: 4"
    assert quotes_in(text) == []


# ---------------------------------------------------------------------------------------------
# Pull quotes


def test_pull_quote_on_another_page_is_merged() -> None:
    body = PREFIXED
    pull = (
        "Kaya: It reminded us that our neighbours to the east are not a periphery.\n"
        "“Europe is not made in Brussels. It is made in places like\n"
        "Auenstadt, where a school or a tram line shows people what the\n"
        "Union does for them.”\n"
        "Aylin Kaya, State Minister for Europe"
    )
    found = quotes_in(body, pull)
    repeated = [q for q in found if q.text.startswith("Europe is not made")]
    assert len(repeated) == 1
    assert repeated[0].page == 1
    assert repeated[0].also_on == (2,)
    assert repeated[0].speaker == "Aylin Kaya"


def test_shortened_pull_quote_on_the_same_page_is_merged() -> None:
    text = (
        "Bei einer Versammlung stellte Sprecherin Ute Kessler die Frage, die viele umtreibt: "
        "„Europa bezahlt die Gebäude, aber wer bezahlt später die Mieten für die Familien im "
        "Viertel?“ Die Stadt hat reagiert.\n"
        "„Europa bezahlt die Gebäude,\naber wer bezahlt später die\nMieten?“\n"
        "Ute Kessler, Bürgerinitiative Hafenleben\n"
        "Wohnungen selbst kann der Fonds nicht bezahlen."
    )
    quote = only(text)
    assert quote.page == 1
    assert quote.also_on == ()
    assert quote.speaker == "Ute Kessler"
    assert quote.confidence == pytest.approx(0.95)  # the pull quote's name line is explicit
    assert quote.text.endswith("Familien im Viertel?")


def test_pull_quote_alone_takes_its_name_line() -> None:
    text = (
        "The harbour is changing.\n"
        "“Europe is the only place where my languages count.”\n"
        "— Tiago Ferreira, 17"
    )
    quote = only(text)
    assert quote.speaker == "Tiago Ferreira"


# ---------------------------------------------------------------------------------------------
# The sample magazine


@pytest.fixture(scope="module")
def sample_scores() -> dict[str, Any]:
    if not SAMPLE_PDF.exists() or not SAMPLE_TRUTH.exists():
        pytest.skip("sample magazine not generated")
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    from bench.accuracy import load_sample, load_truth, quote_scores, truth_credits

    truth = load_truth(SAMPLE_TRUTH)
    pages, _ = load_sample(SAMPLE_PDF, truth)
    return quote_scores(pages, truth_credits(truth), truth)


def test_sample_recall_and_speakers(sample_scores: dict[str, Any]) -> None:
    assert sample_scores["recall"] >= 0.9, sample_scores["missing"]
    assert sample_scores["speaker_accuracy"] >= 0.85, sample_scores["wrong_speaker"]
    assert sample_scores["precision"] >= 0.8, sample_scores["extra"]
    assert sample_scores["page_accuracy"] >= 0.9


def test_sample_with_detected_contributors() -> None:
    if not SAMPLE_PDF.exists() or not SAMPLE_TRUTH.exists():
        pytest.skip("sample magazine not generated")
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    from bench.accuracy import load_sample, load_truth, quote_scores
    from magazine_index.analyze.contributors import find_contributors

    truth = load_truth(SAMPLE_TRUTH)
    pages, outline = load_sample(SAMPLE_PDF, truth)
    scores = quote_scores(pages, find_contributors(pages, outline), truth)
    assert scores["recall"] >= 0.9, scores["missing"]
    assert scores["speaker_accuracy"] >= 0.85, scores["wrong_speaker"]


# ---------------------------------------------------------------------------------------------
# Conventions seen in a second magazine


def test_apposition_between_name_and_verb() -> None:
    quote = only("'Bridges you cannot see are never popular,' Ansgar Holm, the ferryman, said.")
    assert quote.speaker == "Ansgar Holm"


def test_a_place_s_office_is_not_a_name() -> None:
    text = (
        "Bürgermeisterin Tove Rasmussen kam mit der Fähre. Tarnby’s Borgmester said it plainly: "
        "“We will build the bridge together with our neighbours.”"
    )
    assert only(text).speaker != "Tarnby’s Borgmester"


def test_the_magazine_s_own_name_in_the_footer_is_nobody() -> None:
    footer = "Kleinhafen Bote · No. 2 · 2024"
    pages = [
        f"{footer}\nSome report about the harbour and its boats.",
        f"{footer}\nAnother report about the weather.",
        (
            f"{footer}\n“We pump heat out of the water,” Lasse Brink told the Kleinhafen Bote. "
            "“And the price falls every year,” he added."
        ),
        f"{footer}\nA last page of news.",
    ]
    speakers = {q.speaker for q in quotes_in(*pages)}
    assert speakers == {"Lasse Brink"}


@pytest.mark.parametrize(
    "attribution",
    ["sagt der 71-Jährige und lacht", "the 71-year-old said"],
)
def test_an_age_in_place_of_the_name_refers_back(attribution: str) -> None:
    text = (
        "Bernd Vosskamp hat 40 Jahre im Hafen gearbeitet. Für Vosskamp ist das neue Zentrum ein "
        "Glück. Seine Enkelin Mara hat dort angefangen. "
        f"„Sie baut jetzt, wovon wir nur geträumt haben“, {attribution}."
    )
    quote = only(text)
    assert quote.speaker == "Bernd Vosskamp"
    assert 0 < quote.confidence < 0.9  # inferred, not named


# ---------------------------------------------------------------------------------------------
# Possessive offices, publications as objects, subjects after the verb, interview headings

_BRIDGE_EN = "“We will build the bridge together with our neighbours,”"
_BRIDGE_DE = "„Wir bauen die Brücke gemeinsam mit unseren Nachbarn“,"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            f"Mayor Jane Holt opened the hall. Ruth Imber came too. {_BRIDGE_EN} "
            "Dunmore’s mayor said.",
            "Jane Holt",
        ),
        (
            f"Jane Holt, mayor of Dunmore, opened the hall. Ruth Imber came. {_BRIDGE_EN} said "
            "Dunmore’s mayor.",
            "Jane Holt",
        ),
        (
            "Mayor Jane Holt opened the hall. Ruth Imber came. Dunmore’s Mayor said: "
            f"{_BRIDGE_EN[:-2]}.”",
            "Jane Holt",
        ),
        (
            "Oberbürgermeisterin Vera Lindqvist eröffnete die Halle. Auch Paul Timm kam. "
            f"{_BRIDGE_DE} "
            "sagt Kielstedts Oberbürgermeisterin.",
            "Vera Lindqvist",
        ),
        (
            "Bürgermeister Jonas Keller eröffnete die Halle. Auch Paul Timm kam. "
            f"{_BRIDGE_DE} sagt "
            "Kielstedt’s Bürgermeister.",
            "Jonas Keller",
        ),
    ],
)
def test_a_place_s_office_is_the_person_with_that_office(text: str, speaker: str) -> None:
    quote = only(text)
    assert quote.speaker == speaker
    assert quote.confidence >= 0.9


@pytest.mark.parametrize(
    "text",
    [
        f"The hall opened on Friday. {_BRIDGE_EN} Dunmore’s mayor said.",
        f"The hall opened on Friday. {_BRIDGE_EN} said Dunmore’s mayor.",
        f"Die Halle ist offen. {_BRIDGE_DE} sagt Kielstedts Bürgermeisterin.",
        # Two different mayors on the page: nobody can tell which one.
        f"Mayor Jane Holt met Mayor Ruth Imber. {_BRIDGE_EN} Dunmore’s mayor said.",
    ],
)
def test_a_place_s_office_without_one_holder_is_nobody(text: str) -> None:
    quote = only(text)
    assert quote.speaker is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“We pump heat out of the lake into every home,” Anna Berg told the Lakeside Courier. "
            "“The pipes were made here in town,” she added.",
            "Anna Berg",
        ),
        (
            "“We pump heat out of the lake into every home,” Anna Berg told us on a tour. "
            "“The pipes were made here in town,” she added.",
            "Anna Berg",
        ),
        (
            "„Wir pumpen Wärme aus dem See in jedes Haus“, sagte Jonas Keller dem Seeboten Kurier. "
            "„Die Rohre wurden hier in der Stadt gebaut“, fügte er hinzu.",
            "Jonas Keller",
        ),
        (
            "„Wir pumpen Wärme aus dem See in jedes Haus“, erzählt Jonas Keller uns beim Rundgang. "
            "„Die Rohre wurden hier in der Stadt gebaut“, sagt er.",
            "Jonas Keller",
        ),
    ],
)
def test_the_publication_told_is_never_the_speaker(text: str, speaker: str) -> None:
    found = quotes_in(text)
    assert [q.speaker for q in found] == [speaker, speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Dem Magazin sagte Jonas Keller: „Wir pumpen Wärme aus dem See in jedes Haus.“",
        "Im Gespräch erklärte Jonas Keller: „Wir pumpen Wärme aus dem See in jedes Haus.“",
        "Jonas Keller told the Courier: “We pump heat out of the lake into every home.”",
    ],
)
def test_subject_after_the_verb_before_a_quotation(text: str) -> None:
    assert only(text).speaker == "Jonas Keller"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Maja Roth came along. 'We will never give up on this town,' said Maja Roth.",
            "Maja Roth",
        ),
        ("'Wir geben diese Stadt niemals auf', sagt Jonas Keller.", "Jonas Keller"),
        ("Anna Berg said: 'We will never give up on this town.'", "Anna Berg"),
        ("'We don't give up on this town, ever,' said Anna Berg.", "Anna Berg"),
        (
            "the engineers about the pipe. 'Policy\nthat you cannot see is never popular,' "
            "Tom Reed, "
            "the skipper, said as we came in.",
            "Tom Reed",
        ),
        (
            "'Politik, die man nicht sieht, wird nie beliebt', sagte Tom Reed, der Lotse, beim "
            "Einlaufen.",
            "Tom Reed",
        ),
    ],
)
def test_straight_single_quotes_with_attribution(text: str, speaker: str) -> None:
    assert only(text).speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Auch Maja Roth blickt schon weiter. „Die Halle ist erst der Anfang“, sagt sie.",
        "Jonas Keller gründete die Firma. Dann kam Maja Roth dazu. „Die Halle ist erst der "
        "Anfang“, sagt sie.",
        "Tom Reed founded the firm. Then Maja Roth joined. “The hall is only the beginning,” "
        "she said.",
    ],
)
def test_a_pronoun_takes_the_person_just_named(text: str) -> None:
    quote = only(text)
    assert quote.speaker == "Maja Roth"
    assert quote.confidence == pytest.approx(0.6)


@pytest.mark.parametrize("pull_quote_first", [False, True])
def test_a_pull_quote_takes_the_speaker_of_the_body_quote(pull_quote_first: bool) -> None:
    body = (
        "Für Jonas Keller war das ein langer Weg. „Damals dachten wir, hier wächst bald nur noch "
        "Gras“, sagt Keller.\n\nDie Halle steht heute leer."
    )
    pull = (
        "Im Frühjahr soll das Zentrum eröffnen.\n„Damals dachten wir, hier wächst bald nur noch "
        "Gras“\nDie Stadt will bis 2028 bauen. Oberbürgermeisterin Vera Lindqvist hat das "
        "Projekt zur Chefsache erklärt."
    )
    pages = (pull, body) if pull_quote_first else (body, pull)
    quote = only(*pages)
    assert quote.speaker == "Jonas Keller"
    assert quote.page == (2 if pull_quote_first else 1)
    assert quote.also_on == ((1,) if pull_quote_first else (2,))


_HEADED_INTERVIEW = (
    "Interview with Mayor Jane Holt of\nDunmore\nDunmore’s Mayor on bridges, ferries and why\n"
    "her council meets in two languages.\nInterview by Tom Reed\n"
    "Q: Mrs Holt, what has changed in the partnership with your neighbours?\n"
    "A: It used to be a partnership of choirs and clubs. Now our engineers call each other.\n"
    "Q: Is that realistic?\n"
    "A: It is realistic because we already trust each other a great deal.\n"
)


@pytest.mark.parametrize("with_credits", [False, True])
def test_interview_heading_with_a_place_after_the_name(with_credits: bool) -> None:
    credits = (
        (Credit("Jane Holt", "interviewee", (1,)), Credit("Tom Reed", "interviewer", (1,)))
        if with_credits
        else ()
    )
    found = quotes_in(_HEADED_INTERVIEW, credits=credits)
    assert [q.speaker for q in found] == ["Tom Reed", "Jane Holt"] * 2


def test_question_answer_interview_with_a_group_as_interviewer() -> None:
    text = (
        "Class 7b Asks the Minister\n"
        "For their project, Class 7b of the Lindenschule interviewed Ruth Imber, minister of\n"
        "education, about exams, phones and the school bus.\n"
        "Questions: Class 7b, Lindenschule\n"
        "Mrs Imber, most of us will take exams next year for the first time in our lives.\n"
        "Why are there so many of them?\n"
        "Because exams show you and your teachers what you have already learned, and what is\n"
        "still missing. And they are fewer than in my day, I promise you that.\n"
        "Why does the school bus come so late in the morning?\n"
        "Sometimes because the roads are full, and sometimes because we plan badly. I will\n"
        "look at the timetable with the district.\n"
    )
    credits = (
        Credit("Ruth Imber", "interviewee", (1,)),
        Credit("Class 7b, Lindenschule", "interviewer", (1,)),
    )
    found = quotes_in(text, credits=credits)
    assert [q.speaker for q in found] == ["Class 7b, Lindenschule", "Ruth Imber"] * 2


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Jonas Keller founded the firm. Keller still runs it. Then Maja Roth joined. "
            "“The hall is only the beginning,” she said.",
            "Maja Roth",
        ),
        (
            "Jonas Keller gründete die Firma. Keller leitet sie noch. Dann kam Maja Roth dazu. "
            "„Die Halle ist erst der Anfang“, sagt sie.",
            "Maja Roth",
        ),
        (
            "Bernd Vosskamp hat 40 Jahre im Hafen gearbeitet. Für Vosskamp ist das Zentrum ein "
            "Glück, denn Vosskamp hat lange gewartet. Seine Enkelin Mara Lenz hat dort "
            "angefangen. „Sie baut jetzt, wovon wir nur "
            "geträumt haben“, sagt der 71-Jährige.",
            "Bernd Vosskamp",
        ),
    ],
)
def test_pronoun_takes_the_latest_person_an_age_the_passage_s_person(
    text: str, speaker: str
) -> None:
    assert only(text).speaker == speaker


@pytest.mark.parametrize(
    ("before", "abbreviation"),
    [
        ("Am Kai erzählte Prof", True),  # a title before its name
        ("(vgl", True),  # an opening bracket before the word
        ("Block C", True),  # a single letter: an initial
        ("Die Mole ist lang", False),  # a sentence's end
        ("erzählte Dr\n", True),  # the word on the line before
        ("", False),
        ("  ", False),
    ],
)
def test_a_full_stop_after_an_abbreviation_ends_no_sentence(
    before: str, abbreviation: bool
) -> None:
    from magazine_index.analyze.quotes import _is_abbreviation

    text = f"{before}. Danach"
    assert _is_abbreviation(text, len(before)) is abbreviation


@pytest.mark.parametrize(
    "line",
    [
        *(example for _, example in INTERVIEW_HEADINGS),
        "INTERVIEW WITH DR. AMARA OKAFOR",
        "İnterview mit Jan Kurz",  # İ: the regex engine's i, two characters lowered
        "Five queſtions for Dr Ada Obi",
        "Drei FRAGEN AN Lea Roux",
    ],
)
def test_a_page_with_an_interview_heading_is_read_line_by_line(line: str) -> None:
    # Pages without a heading's words are not matched line by line; every heading has one.
    assert INTERVIEW_HEADING.match(line)
    assert may_hold_interview_heading(f"Seite 4\n{line}\nLorem ipsum.")


def test_a_page_without_the_words_of_a_heading_is_not_read_line_by_line() -> None:
    assert not may_hold_interview_heading("Ein Gespraech mit Anna Roth\nQuestion for Ada Obi")


def test_the_heading_words_are_found_in_any_case_the_regex_engine_knows() -> None:
    # The ignore-case matching of the heading words' letters takes a character for a letter
    # only where `str.lower` makes it that letter, apart from `_CASE_ALIKE` (the words of
    # interview pairs' headings too, which `may_name_a_pair` looks for the same way).
    letters = "".join(sorted(set("".join(_HEADING_WORDS + _PAIR_WORDS))))
    every_character = "".join(map(chr, range(0x110000)))
    for char in re.findall(f"(?i)[{letters}]", every_character):
        assert char in _CASE_ALIKE or (len(char.lower()) == 1 and char.lower() in letters)


def test_one_word_is_read_as_a_name_only_if_a_known_name_has_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = (
        "Die Stadträtin Jana Kowalczyk eröffnete das Hafenfest. Danach sprach KOWALCZYK "
        "über Boote. Jana lachte, und Herr Brandt nickte. Am Ende kam Ole Brandt, der "
        "Fährmann. Brandt winkte, Möwen kreisten über Kleinhafen."
    )
    names = _Names(["Jana Kowalczyk"], [PageText(1, "1", text)])
    assert names.may_name("Kowalczyk") and names.may_name("KOWALCZYK") and names.may_name("Jana")
    assert not names.may_name("Hafenfest") and not names.may_name("Möwen")
    shortcut = _person_mentions(text, names)
    # Without the shortcut every one-word run is read: the same people.
    monkeypatch.setattr(_Names, "may_name", lambda self, word: True)
    assert _person_mentions(text, _Names(["Jana Kowalczyk"], [PageText(1, "1", text)])) == shortcut
    assert "Jana Kowalczyk" in shortcut and "Ole Brandt" in shortcut
