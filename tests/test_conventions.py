"""Every credit convention of `conventions.CONVENTIONS`, as printed in its example, with invented
names; and the person test that keeps capitalised nouns, works and publications out."""

from __future__ import annotations

import pytest

from magazine_index.analyze.contributors import find_contributors
from magazine_index.analyze.conventions import ARTICLE_ROLES, CONVENTIONS, Convention, Form
from magazine_index.analyze.given_names import build, gender, is_given_name
from magazine_index.analyze.names import is_person_name, normal_case
from magazine_index.analyze.quotes import find_quotes
from magazine_index.models import LineStyle, PageText

BODY = "Der Hafen wächst. Die Boote liegen still. The harbour grows. The boats lie still."


@pytest.mark.parametrize("row", CONVENTIONS, ids=lambda row: row.example.split("\n")[0])
def test_each_convention_credits_its_example(row: Convention) -> None:
    page = PageText(1, "1", f"{BODY}\n{row.example}\n{BODY}")
    credits = find_contributors([page])
    for role in row.roles:
        named = {c.name for c in credits if c.role == role}
        assert named == set(row.credits), (role, credits)
    assert {c.role for c in credits} == set(row.roles)


@pytest.mark.parametrize(
    "row", [r for r in CONVENTIONS if r.form is Form.LEADING], ids=lambda row: row.example
)
def test_leading_labels_need_their_capital(row: Convention) -> None:
    # "by the harbour" in running text is no byline.
    line = row.example[0].lower() + row.example[1:]
    assert find_contributors([PageText(1, "1", f"{BODY}\n{line}\n{BODY}")]) == []


def test_article_roles_cover_the_article_and_picture_roles_their_page() -> None:
    pages = [
        PageText(1, "1", "FEATURE\nA Long Story\nWords by Ingrid Solberg\n" + BODY),
        PageText(2, "2", "FEATURE\n" + BODY + "\nPhoto by Kenji Watanabe"),
    ]
    credits = {(c.name, c.role): c.pages for c in find_contributors(pages)}
    assert credits[("Ingrid Solberg", "author")] == (1, 2)
    assert credits[("Kenji Watanabe", "photographer")] == (2,)
    assert "author" in ARTICLE_ROLES and "photographer" not in ARTICLE_ROLES


def test_masthead_roles_above_names_stop_at_the_next_label() -> None:
    masthead = ["Chief Editor", "Ranveer Iyer", "Editors", "Aiko Tanaka", "Björn Lindqvist"]
    text = "\n".join([*masthead, "Photography", "Noor Haddad"])
    credits = {(c.name, c.role) for c in find_contributors([PageText(1, "1", text)])}
    assert credits == {
        ("Ranveer Iyer", "editor"),
        ("Aiko Tanaka", "editor"),
        ("Björn Lindqvist", "editor"),
        ("Noor Haddad", "photographer"),
    }


def test_picture_credits_lose_archive_licence_title_and_client() -> None:
    text = (
        "Seite 4 links: Jorunn Aas (Stadtarchiv), CC BY-SA 4.0\n"
        "Seite 9: Matteo Ricci for Hafenverein e. V. (Commons), „Kran am Kai“, CC BY 4.0"
    )
    credits = {(c.name, c.role) for c in find_contributors([PageText(1, "1", text)])}
    assert credits == {("Jorunn Aas", "photographer"), ("Matteo Ricci", "photographer")}


def test_lists_of_names_in_capitals_are_split_and_cased() -> None:
    text = f"{BODY}\nText: K. OYELADE, S. HALVORSEN AND J.-P. MARCHETTI\n{BODY}"
    names = {c.name for c in find_contributors([PageText(1, "1", text)])}
    assert names == {"K. Oyelade", "S. Halvorsen", "J.-P. Marchetti"}


@pytest.mark.parametrize(
    ("printed", "normal"),
    [
        ("A. MANIS", "A. Manis"),
        ("J.-C. LIOU", "J.-C. Liou"),
        ("PRIYA NAIR AND TOMÁS Ó BRIAIN", "Priya Nair and Tomás Ó Briain"),
        ("GRETA VON DER AU", "Greta von der Au"),
        ("Greta Albers", "Greta Albers"),
    ],
)
def test_names_in_capitals_in_their_normal_case(printed: str, normal: str) -> None:
    assert normal_case(printed) == normal


def _styled(lines: list[tuple[str, float]]) -> PageText:
    text = "\n".join(line for line, _ in lines)
    return PageText(1, "1", text, tuple(LineStyle(line, size) for line, size in lines))


def test_a_line_of_names_under_a_headline_is_a_byline() -> None:
    body = [
        (f"Body line {n} of the report about the quay and its cranes.", 10.0) for n in range(30)
    ]
    page = _styled(
        [
            ("QUAY NEWS", 30.0),
            ("Cranes Return to the Quay", 24.0),
            ("R. OKONKWO, L. FERREIRA", 10.0),
            *body,
        ]
    )
    names = {(c.name, c.role) for c in find_contributors([page])}
    assert names == {("R. Okonkwo", "author"), ("L. Ferreira", "author")}


def test_a_subheading_under_a_headline_is_no_byline() -> None:
    body = [
        (f"Body line {n} of the report about the quay and its cranes.", 10.0) for n in range(30)
    ]
    page = _styled([("Ten Harbours, One Network", 24.0), ("Wort Gottes und Welt", 10.0), *body])
    assert find_contributors([page]) == []


@pytest.mark.parametrize(
    "text",
    ["Wort Gottes", "Nature Communications", "General Assembly", "Millionen Artikel", "Open Data"],
)
def test_capitalised_nouns_works_and_publications_are_no_people(text: str) -> None:
    assert not is_person_name(text)


@pytest.mark.parametrize(
    "text", ["Ayşe Demir", "Siobhán Kearney", "Kenji Watanabe", "Priya Nair", "A. B. Okafor"]
)
def test_people_of_many_languages_are_people(text: str) -> None:
    assert is_person_name(text)


def test_given_names_carry_gender_where_the_source_gives_it() -> None:
    assert is_given_name("Søren") and gender("Ingrid") == "f" and gender("Mehmet") == "m"
    assert not is_given_name("Hafen")


def test_the_shipped_name_list_is_what_the_source_gives() -> None:
    pytest.importorskip("faker", reason="pip install -e '.[dev]' brings Faker")
    from importlib import resources

    shipped = resources.files("magazine_index.analyze").joinpath("data", "given_names.tsv")
    assert shipped.read_text(encoding="utf-8") == build()


@pytest.mark.parametrize(
    "text",
    [
        "Berg, A. (2021). “Wave Patterns in Shallow Harbours.” J. Coast. Res. 12, pp. 3-9.",
        "The team read “Cranes and Their Keepers” aloud, said Ingrid Solberg.",
        "Sie sangen „Wir drehen uns um die Welt“ zum Schluss.",
    ],
)
def test_titles_of_works_are_no_quotations(text: str) -> None:
    assert find_quotes([PageText(1, "1", text)]) == []


def test_a_capitalised_noun_is_never_a_speaker() -> None:
    text = "„Das Wasser steigt jedes Jahr ein wenig höher“, schreibt Open Science im Bericht."
    quotes = find_quotes([PageText(1, "1", text)])
    assert [q.speaker for q in quotes] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "The volunteers meet “in real life” twice a year at the harbour.",
        "Im Haushalt steht der Posten „noch nicht verbrauchte Mittel“ auf der Passivseite.",
    ],
)
def test_short_phrases_nobody_said_are_no_quotations(text: str) -> None:
    assert find_quotes([PageText(1, "1", text)]) == []


def test_a_quotation_nobody_is_named_for_is_kept_when_it_is_a_sentence() -> None:
    quotes = find_quotes([PageText(1, "1", "A sign at the gate read “Gate stays shut.” all week.")])
    assert [q.text for q in quotes] == ["Gate stays shut."]


def test_a_name_after_a_dash_is_the_speaker() -> None:
    text = "“Ask about everything, even the obvious questions.” – Prof. Oona Virtanen in her talk."
    assert [q.speaker for q in find_quotes([PageText(1, "1", text)])] == ["Oona Virtanen"]


def test_a_pull_quote_set_in_its_own_size_takes_the_name_line_under_it() -> None:
    lines = [
        ("The museum opened its doors to the public for the first time", 9.0),
        ("„DIE SAMMLUNG GEHÖRT ALLEN, DIE SIE", 7.0),
        ("BESUCHEN UND WEITERTRAGEN.“", 7.0),
        ("Ilse Marquardt, Leiterin des Stadtarchivs", 7.0),
        ("in the old customs house, and the queue reached the quay.", 9.0),
        *[(f"More body text on line {n} about the customs house.", 9.0) for n in range(8)],
    ]
    text = "\n".join(line for line, _ in lines)
    page = PageText(1, "1", text, tuple(LineStyle(line, size) for line, size in lines))
    assert [q.speaker for q in find_quotes([page])] == ["Ilse Marquardt"]
