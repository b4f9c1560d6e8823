"""Names and contributors: plain-string magazines in German and English, then the sample."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

from magazine_index.analyze.contributors import find_contributors
from magazine_index.analyze.names import (
    OFFICES,
    Person,
    looks_like_person_name,
    name_key,
    resolve_surname,
    split_person,
    word_trie,
)
from magazine_index.analyze.structure import article_spans, contents_entries
from magazine_index.models import Credit, OutlineEntry, PageText

REPO = Path(__file__).resolve().parent.parent
SAMPLE_PDF = REPO / "samples" / "auenstadt-europe-2025.pdf"
SAMPLE_TRUTH = REPO / "samples" / "auenstadt-europe-2025.truth.json"


def load_bench() -> ModuleType:
    """bench/accuracy.py, the shared measurement script (not a package)."""
    if "bench_accuracy" in sys.modules:
        return sys.modules["bench_accuracy"]
    spec = importlib.util.spec_from_file_location("bench_accuracy", REPO / "bench" / "accuracy.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_accuracy"] = module
    spec.loader.exec_module(module)
    return module


# --------------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Prof. Dr. Dietmar Beispiel, MEP", Person("Dietmar Beispiel", "Prof. Dr.", "MEP")),
        ("Oberbürgermeisterin Greta Albers", Person("Greta Albers", "", "Oberbürgermeisterin")),
        (
            "State Minister for Europe Dr. Aylin Kaya",
            Person("Aylin Kaya", "Dr.", "State Minister for Europe"),
        ),
        ("Dr. h. c. Hans Meier", Person("Hans Meier", "Dr. h.c.", "")),
        ("Jan de Vries", Person("Jan de Vries", "", "")),
        ("Lord Mayor Ines Carvalho", Person("Ines Carvalho", "", "Lord Mayor")),
        ("Anna Berg MdB", Person("Anna Berg", "", "MdB")),
        ("Dipl.-Ing. Paul Ostrowski, Senator", Person("Paul Ostrowski", "Dipl.-Ing.", "Senator")),
        (
            "Außenministerin Dr. Lena Hartwig",
            Person("Lena Hartwig", "Dr.", "Außenministerin"),
        ),
        (
            "Ursula von der Leyen, President of the European Commission",
            Person("Ursula von der Leyen", "", "President of the European Commission"),
        ),
        (
            "Staatsminister für Europa Mag. Jakob Steiner",
            Person("Jakob Steiner", "Mag.", "Staatsminister für Europa"),
        ),
    ],
)
def test_split_person(raw: str, expected: Person) -> None:
    assert split_person(raw) == expected


def test_word_trie_matches_what_the_plain_alternation_matches() -> None:
    words = (*OFFICES, "MEPs", "Vice", "Minister of")
    plain = "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )
    first = re.compile(rf"(?:{plain})(?![\w-])", re.IGNORECASE)
    factored = re.compile(rf"(?:{word_trie(words)})(?![\w-])", re.IGNORECASE)
    for word in words:
        for text in (word, word.upper(), word.lower(), word.replace(" ", " \n ")):
            for after in ("", " Ana Ruiz", "in", "-Elect", "s", " of Lyon", ", Lyon", "er"):
                expected = first.match(text + after)
                found = factored.match(text + after)
                assert (found and found.group()) == (expected and expected.group())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Greta Albers", True),
        ("Ursula von der Leyen", True),
        ("Hans-Peter Müller-Lüdenscheidt", True),
        ("Siobhan O'Neill", True),
        ("Anna Maria Rossi", True),
        ("European Union", False),
        ("Die Stadt", False),
        ("Neue Wege", False),
        ("Europäische Zusammenarbeit", False),
        ("Greta", False),
        ("Klasse 9b", False),
        ("the mayor said", False),
    ],
)
def test_looks_like_person_name(text: str, expected: bool) -> None:
    assert looks_like_person_name(text) is expected


@pytest.mark.parametrize(
    ("surname", "known", "expected"),
    [
        ("Koester", ["Jürgen Köster", "Anna Berg"], "Jürgen Köster"),
        ("Guerot", ["Ulrike Guérot"], "Ulrike Guérot"),
        ("von der Leyen", ["Ursula von der Leyen"], "Ursula von der Leyen"),
        ("Berg", ["Anna Berg", "Tom Berg"], None),
        ("Schmidt", ["Anna Berg"], None),
    ],
)
def test_resolve_surname(surname: str, known: list[str], expected: str | None) -> None:
    assert resolve_surname(surname, known) == expected


def test_name_key_meets_spellings() -> None:
    assert name_key("Jürgen Köster") == name_key("Juergen  Koester")


# --------------------------------------------------------------------------- contributors


def pages_of(*texts: str) -> list[PageText]:
    return [PageText(i + 1, str(i + 1), text) for i, text in enumerate(texts)]


def triples(credits: list[Credit]) -> set[tuple[str, str, int]]:
    return {(c.name, c.role, p) for c in credits for p in c.pages}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Neue Wege\nText: Anna Berg\nDie Stadt plant viel.", {("Anna Berg", "author")}),
        (
            "New Roads\nWritten by Dr. Paul Ostrowski\nThe city plans.",
            {("Paul Ostrowski", "author")},
        ),
        (
            "Ein Bericht von Lina Vogt und Tom Weber\nAm Montag...",
            {("Lina Vogt", "author"), ("Tom Weber", "author")},
        ),
        (
            "Text und Fotos: Carla Reis\nDie Reise begann.",
            {("Carla Reis", "author"), ("Carla Reis", "photographer")},
        ),
        ("Rathaus\nBild: Jens Möller\nDas Rathaus.", {("Jens Möller", "photographer")}),
        (
            "Harbour\nPhotos: Ana Ruiz / Tom Ek\nThe harbour.",
            {("Ana Ruiz", "photographer"), ("Tom Ek", "photographer")},
        ),
        ("Die Gäste im Saal (Foto: Nina Hahn).", {("Nina Hahn", "photographer")}),
        ("Foto: privat\nDer Autor im Urlaub.", set()),
        (
            "Im Gespräch mit Senatorin Ilse Brandt\nDas Gespräch führte Max Kühn\nFrage?",
            {("Ilse Brandt", "interviewee"), ("Max Kühn", "interviewer")},
        ),
        (
            "Our trip\nBy the team of Jugendforum Nordstadt e.V.\nWe went.",
            {("Jugendforum Nordstadt e.V.", "author")},
        ),
        (
            "Unser Projekt\nText: Klasse 10a der Gesamtschule Süd\nWir haben...",
            {("Klasse 10a der Gesamtschule Süd", "author")},
        ),
        (
            "Impressum\nRedaktion: Petra Lind, Omar Haddad\nDruck: Druckhaus",
            {("Petra Lind", "editor"), ("Omar Haddad", "editor")},
        ),
        ("Imprint\nEditor:\nRuth Baker\nPrinted by Example Press", {("Ruth Baker", "editor")}),
        # A publisher that is an organisation is not a person who edits.
        ("Herausgeber: Stadt Nordheim, Amt für Europa, Markt 1", set()),
    ],
)
def test_single_page_signals(text: str, expected: set[tuple[str, str]]) -> None:
    credits = find_contributors(pages_of(text))
    assert {(c.name, c.role) for c in credits} == expected


@pytest.mark.parametrize(
    "text",
    [
        # A politician mentioned in running text, and a quoted person: no contributors.
        "Mayor Ines Carvalho opened the fair.\n“We need Europe,” said Tom Ek, a teacher.",
        "Oberbürgermeister Jens Möller eröffnete das Fest. „Europa lebt“, sagte Ilse Brandt.",
        "Von Anfang an war klar, dass die Stadt mitmacht.",
        "By 2030 the city wants to be climate neutral.",
        "Lea Marquardt is 19 and chairs the youth council.\nBy Tom Ek",
    ],
)
def test_people_named_in_text_are_no_contributors(text: str) -> None:
    names = {c.name for c in find_contributors(pages_of(text))}
    assert names <= {"Tom Ek"}
    assert all(c.role == "author" for c in find_contributors(pages_of(text)))


def test_editorial_signature_spans_pages() -> None:
    pages = pages_of(
        "VORWORT\nMagazin 2024\nLiebe Leserinnen und Leser,\nes war ein gutes Jahr.",
        "VORWORT\nMagazin 2024\nViel Freude beim Lesen!\nIhr\nDr. Karl Brenner\n"
        "Bürgermeister der Stadt Nordheim\nFoto: Lina Vogt",
        "REPORT\nMagazin 2024\nText: Anna Berg\nDie Stadt plant viel.",
    )
    credits = find_contributors(pages)
    assert triples(credits) == {
        ("Karl Brenner", "author", 1),
        ("Karl Brenner", "author", 2),
        ("Lina Vogt", "photographer", 2),
        ("Anna Berg", "author", 3),
    }
    brenner = next(c for c in credits if c.name == "Karl Brenner")
    assert brenner.titles == "Dr."
    assert brenner.office.startswith("Bürgermeister")


def test_author_box_without_byline() -> None:
    text = (
        "Warum Städte Europa brauchen\nDie Kommunen tragen Europa.\n"
        "Dr. Maren Falk ist Politologin und lehrt an der Universität Nordheim."
    )
    assert triples(find_contributors(pages_of(text))) == {("Maren Falk", "author", 1)}


def test_interview_turns_resolve_surnames() -> None:
    pages = pages_of(
        "INTERVIEW\nMagazin\nInterview with Mayor Ines Carvalho\nInterview: Tom Ek\n"
        "Ek: Why Europe?\nCarvalho: Because we trade with it.\n"
        "Photo: Ana Ruiz",
        "INTERVIEW\nMagazin\nEk: And tomorrow?\nCarvalho: More of the same.",
        "NEWS\nMagazin\nCarvalho visited the school, says Ek.",
    )
    credits = find_contributors(pages)
    assert triples(credits) == {
        ("Ines Carvalho", "interviewee", 1),
        ("Ines Carvalho", "interviewee", 2),
        ("Tom Ek", "interviewer", 1),
        ("Tom Ek", "interviewer", 2),
        ("Ana Ruiz", "photographer", 1),
    }


def test_spans_from_outline_and_contents() -> None:
    pages = [
        PageText(1, None, "Cover photo: Ana Ruiz"),
        PageText(
            2,
            "2",
            "Inhalt\nGrußwort 3\nVon Jens Möller\nJugend 5\nText: Klasse 7c\nPartner 6\nBy Tom Ek",
        ),
        PageText(3, "3", "Liebe Leserinnen und Leser, ..."),
        PageText(4, "4", "... weiter geht es."),
        PageText(5, "5", "Wir waren in Lyon."),
        PageText(6, "6", "Twinning matters."),
    ]
    outline = [OutlineEntry("Cover", 1)]
    assert article_spans(pages, outline) == [(1,), (2,), (3, 4, 5, 6)]
    spans = article_spans(pages, outline, contents_entries(pages))
    assert spans == [(1,), (2,), (3, 4), (5,), (6,)]
    credits = find_contributors(pages, outline)
    assert triples(credits) == {
        ("Ana Ruiz", "photographer", 1),
        ("Jens Möller", "author", 3),
        ("Jens Möller", "author", 4),
        ("Klasse 7c", "author", 5),
        ("Tom Ek", "author", 6),
    }


def test_no_pages() -> None:
    assert find_contributors([]) == []


# --------------------------------------------------------------------------------- sample


@pytest.mark.skipif(not SAMPLE_TRUTH.exists(), reason="sample magazine not generated")
def test_sample_contributor_accuracy() -> None:
    bench = load_bench()
    truth = bench.load_truth(SAMPLE_TRUTH)
    pages, outline = bench.load_sample(SAMPLE_PDF, truth)
    precision, recall = bench.contributor_scores(pages, outline, truth)
    assert precision >= 0.9
    assert recall >= 0.9


# -------------------------------------------------- conventions seen in a second magazine


def test_imprint_set_as_one_line_with_bilingual_labels() -> None:
    imprint = (
        "Impressum / Imprint · Herausgeber / Publisher: Gemeinde Tannfeld · "
        "Redaktion / Editor: Wiebke Sandvoss · Druck / Print: Norddruck"
    )
    credits = find_contributors(pages_of(imprint, "Body text of the issue."))
    assert triples(credits) == {("Wiebke Sandvoss", "editor", 1)}


def test_bilingual_signature_with_office_on_the_same_line() -> None:
    editorial = (
        "Editorial\nLiebe Leserinnen und Leser, dear readers,\nthe ferry ran all winter.\n"
        "Ihre / Yours,\nRagnhild Ostermann, Lord Mayor"
    )
    [credit] = find_contributors(pages_of(editorial))
    assert (credit.name, credit.role, credit.office) == (
        "Ragnhild Ostermann",
        "author",
        "Lord Mayor",
    )


def test_interview_heading_with_a_place_and_a_by_line() -> None:
    page = (
        "Interview with Mayor Tomasz Wierzba of Kolbrzeg\nInterview by Ilka Brammer\n"
        "Q: What changed?\nA: Everything, slowly."
    )
    assert triples(find_contributors(pages_of(page))) == {
        ("Tomasz Wierzba", "interviewee", 1),
        ("Ilka Brammer", "interviewer", 1),
    }


@pytest.mark.parametrize(
    ("lead", "questions"),
    [
        (
            "For a school project, Class 9c of the Lindenschule interviewed Petra Vollmer, "
            "district administrator, about buses.",
            "Questions: Class 9c, Lindenschule",
        ),
        (
            "Für ein Schulprojekt sprach die Klasse 9c der Lindenschule mit Petra Vollmer "
            "über Busse.",
            "Fragen: Klasse 9c, Lindenschule",
        ),
    ],
)
def test_team_asks_and_the_lead_names_the_interviewee(lead: str, questions: str) -> None:
    page = f"Pupils Ask the Administrator\n{lead}\n{questions}\nWhy are buses late?\nBecause."
    found = triples(find_contributors(pages_of(page)))
    assert ("Petra Vollmer", "interviewee", 1) in found
    assert {role for _, role, _ in found} == {"interviewee", "interviewer"}


def test_a_source_in_a_report_is_not_an_interviewee() -> None:
    page = "Text: Jonna Feld\nWe spoke with Mayor Karl Benz about the bridge. It will open in May."
    assert triples(find_contributors(pages_of(page))) == {("Jonna Feld", "author", 1)}


def test_contents_with_page_numbers_above_titles() -> None:
    contents = (
        "Inhalt / Contents\n2\nEditorial: A Cold Winter\nMarit Olsen\n3\nThe Bridge Report\n"
        "Jonas Egger\n4\nInterview with Dr. Lea Brandt\nInterview by Ole Wiik"
    )
    pages = [PageText(1, None, contents)] + [
        PageText(n, str(n - 1), f"Page {n - 1} body.") for n in range(2, 6)
    ]
    entries = {(e.title, e.page) for e in contents_entries(pages)}
    assert entries == {
        ("Editorial: A Cold Winter", 3),
        ("The Bridge Report", 4),
        ("Interview with Dr. Lea Brandt", 5),
    }
    found = triples(find_contributors(pages))
    assert ("Ole Wiik", "interviewer", 5) in found and ("Lea Brandt", "interviewee", 5) in found
    assert not any(page == 1 and role != "editor" for _, role, page in found)


@pytest.mark.parametrize(
    "heading", ["In this issue", "Inside this issue", "In dieser Ausgabe", "In diesem Heft"]
)
def test_contents_headed_in_this_issue(heading: str) -> None:
    contents = (
        f"Bulletin | Spring\n2\n{heading}\n3 From the chair\n4 Report: After the mill\n6 Calendar"
    )
    pages = [PageText(1, None, "Bulletin"), PageText(2, "2", contents)] + [
        PageText(n, str(n), f"Page {n} body.") for n in range(3, 8)
    ]
    assert [(e.title, e.page) for e in contents_entries(pages)] == [
        ("From the chair", 3),
        ("Report: After the mill", 4),
        ("Calendar", 6),
    ]
    assert article_spans(pages, (), contents_entries(pages)) == [(1,), (2,), (3,), (4, 5), (6, 7)]


@pytest.mark.parametrize(
    "imprint",
    [
        "Impressum\nRedaktion / Editor:\nWiebke Sandvoss\nDruck: Norddruck",
        "Impressum · Herausgeberin: Gemeinde Tannfeld · Redaktion: Wiebke Sandvoss · Druck: X",
        "Imprint | Editor / Redaktion: Wiebke Sandvoss | Print: Norddruck",
    ],
)
def test_bilingual_and_one_line_imprint_variants(imprint: str) -> None:
    assert triples(find_contributors(pages_of(imprint))) == {("Wiebke Sandvoss", "editor", 1)}


@pytest.mark.parametrize(
    ("closing", "signature", "office"),
    [
        ("Ihr", "Jan Obermeier, Oberbürgermeister", "Oberbürgermeister"),
        (
            "Mit herzlichen Grüßen / With warm regards,",
            "Jana Obermeier, Bürgermeisterin der Stadt Tannfeld",
            "Bürgermeisterin der Stadt Tannfeld",
        ),
        ("Yours / Ihre,", "Jana Obermeier, Mayor", "Mayor"),
        ("Best wishes,", "Jana Obermeier, Mayor of Tannfeld", "Mayor of Tannfeld"),
    ],
)
def test_signature_variants_with_the_office_after_a_comma(
    closing: str, signature: str, office: str
) -> None:
    editorial = (
        f"Editorial\nLiebe Leserinnen und Leser,\nder Winter war kalt.\n{closing}\n{signature}"
    )
    [credit] = find_contributors(pages_of(editorial))
    assert (credit.role, credit.office) == ("author", office)
    assert credit.name in ("Jan Obermeier", "Jana Obermeier")


@pytest.mark.parametrize(
    ("heading", "by_line", "interviewee"),
    [
        (
            "Interview mit Bürgermeisterin Agnieszka Nowak aus Kolbrzeg",
            "Interview von Ilka Brammer",
            "Agnieszka Nowak",
        ),
        (
            "Interview with Mayor Tomasz Wierzba of\nKolbrzeg",
            "Interview by: Ilka Brammer",
            "Tomasz Wierzba",
        ),
        (
            "Interview mit Oberbürgermeisterin Agnieszka Nowak aus\nBad Kolbrzeg",
            "Das Interview führte Ilka Brammer.",
            "Agnieszka Nowak",
        ),
        # "von" is a name particle, never a place: the name keeps it.
        ("Gespräch mit Anna von Arnim", "Fragen: Ilka Brammer", "Anna von Arnim"),
    ],
)
def test_interview_heading_variants(heading: str, by_line: str, interviewee: str) -> None:
    page = f"{heading}\n{by_line}\nF: Was hat sich geändert?\nA: Alles, langsam."
    assert triples(find_contributors(pages_of(page))) == {
        (interviewee, "interviewee", 1),
        ("Ilka Brammer", "interviewer", 1),
    }


@pytest.mark.parametrize(
    ("lead", "questions", "team"),
    [
        # German may put the subject between the verb and the person asked ...
        (
            "Für ihr Projekt befragte die Klasse 9b der Lindenschule Landrätin Petra Vollmer.",
            "Fragen: Klasse 9b, Lindenschule",
            "Klasse 9b, Lindenschule",
        ),
        # ... or the verb last; the team may be named with an article.
        (
            "Die Klasse 9b hat Landrätin Petra Vollmer über Busse befragt.",
            "Die Fragen stellte die Klasse 9b der Lindenschule.",
            "Klasse 9b der Lindenschule",
        ),
        (
            "The youth council interviewed the district administrator, Petra Vollmer.",
            "Questions by the Youth Council of Tannfeld",
            "Youth Council of Tannfeld",
        ),
        (
            "Form 9 of Hill School put their questions to Petra Vollmer.",
            "Interview von: Form 9, Hill School",
            "Form 9, Hill School",
        ),
    ],
)
def test_team_interviewer_variants(lead: str, questions: str, team: str) -> None:
    page = f"Pupils Ask the Administrator\n{lead}\n{questions}\nWhy are buses late?\nBecause."
    assert triples(find_contributors(pages_of(page))) == {
        ("Petra Vollmer", "interviewee", 1),
        (team, "interviewer", 1),
    }


def test_an_office_inside_a_run_of_capitals_is_not_part_of_a_name() -> None:
    assert not looks_like_person_name("Lindenschule Landrätin Petra Vollmer")
    assert not looks_like_person_name("Tannfeld Mayor Jana Obermeier")
    assert looks_like_person_name("Petra Vollmer")
