"""The quotation detector: styles, interruptions, interviews, speakers and pull quotes."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from magazine_index.analyze.quotes import find_quotes, word_overlap
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
