"""Every credit convention of `conventions.CONVENTIONS`, as printed in its example, with invented
names; and the person test that keeps capitalised nouns, works and publications out."""

from __future__ import annotations

import pytest

from magazine_index.analyze.contributors import find_contributors
from magazine_index.analyze.conventions import (
    ARTICLE_ROLES,
    CONVENTIONS,
    INTERVIEW_HEADINGS,
    INTERVIEW_PAIRS,
    SIGN_OFFS,
    Convention,
    Form,
    interview_pair,
    is_colon_label,
    is_sign_off,
    match_label,
    may_name_a_pair,
)
from magazine_index.analyze.given_names import build, gender, is_given_name
from magazine_index.analyze.names import (
    is_person_name,
    looks_like_person_name,
    normal_case,
    split_person,
)
from magazine_index.analyze.quotes import find_quotes
from magazine_index.models import Article, LineStyle, OutlineEntry, PageText

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


def test_masthead_titles_of_editors_and_the_cover_photograph_in_capitals() -> None:
    masthead = ["EDITOR", "Róisín Nagle", "DEPUTY EDITOR", "Kwabena Owusu", "PICTURE EDITOR"]
    text = "\n".join([*masthead, "Hedda Strand", "COVER PHOTOGRAPH", "Ilkka Rantanen"])
    credits = {(c.name, c.role) for c in find_contributors([PageText(1, "1", text)])}
    assert credits == {
        ("Róisín Nagle", "editor"),
        ("Kwabena Owusu", "editor"),
        ("Hedda Strand", "editor"),
        ("Ilkka Rantanen", "photographer"),
    }


def test_any_desk_of_editors_above_names_but_no_letters_heading() -> None:
    masthead = ["Poetry Editor", "Tadhg Mac Giolla", "Reviews Editor", "Ilse Vandermeulen"]
    letters = ["Letters to the Editor", "Irmgard Wollenhaupt wrote to us about the bridge."]
    text = "\n".join([*masthead, *letters])
    credits = {(c.name, c.role) for c in find_contributors([PageText(1, "1", text)])}
    assert credits == {("Tadhg Mac Giolla", "editor"), ("Ilse Vandermeulen", "editor")}


def test_lists_of_names_broken_inside_a_name_are_joined() -> None:
    text = (
        "Redaktion:\nPiotr Zalewski, Jana Hoffmeister, Lucia\nFerraresi, Emre Yılmaz\n"
        "Chefredaktion: Katharina Wendeborn (kw)\n"
        "Redaktion: Markus Kellermann (mk), Hanna\nBergqvist (hb), Tomasz Sadlik (ts)\n"
        "Gestaltung: Studio Hafenkante"
    )
    credits = {(c.name, c.role) for c in find_contributors([PageText(1, "1", text)])}
    assert credits == {
        (name, "editor")
        for name in (
            "Piotr Zalewski",
            "Jana Hoffmeister",
            "Lucia Ferraresi",
            "Emre Yılmaz",
            "Katharina Wendeborn",
            "Markus Kellermann",
            "Hanna Bergqvist",
            "Tomasz Sadlik",
        )
    }


def test_a_credit_run_on_in_prose_ends_with_its_sentence() -> None:
    text = (
        "Edited by Hannelore Whitfield. Designed by Northlight Studio.\n"
        "Photography: Prof. Dr. Sanjay Mehra and Ewa Kowalska. Cover image: Sanjay Mehra."
    )
    credits = {(c.name, c.role) for c in find_contributors([PageText(1, "1", text)])}
    assert credits == {
        ("Hannelore Whitfield", "editor"),
        ("Sanjay Mehra", "photographer"),
        ("Ewa Kowalska", "photographer"),
    }


def test_a_caption_whose_credit_name_stands_on_the_next_line() -> None:
    text = f"{BODY}\nThe survey pole on the mud flats in May. Photograph:\nTeodora Ilić\n{BODY}"
    credits = {(c.name, c.role) for c in find_contributors([PageText(1, "1", text)])}
    assert credits == {("Teodora Ilić", "photographer")}


def test_an_editorial_signed_by_two_shares_its_page_with_a_bylined_article() -> None:
    text = (
        f"EDITORIAL\nLiebe Leserinnen und Leser,\n{BODY}\nEure Chefredaktion\n"
        "Maren Thorsdóttir & Yusuf Arslan\nSCHULE\nDer Schulhof wird grün\n"
        f"Text: Ida Korhonen\n{BODY}"
    )
    pages = [PageText(1, None, "Titelseite"), PageText(2, "2", text), PageText(3, "3", BODY)]
    credits = {(c.name, c.role, c.pages) for c in find_contributors(pages)}
    assert {("Maren Thorsdóttir", "author", (2,)), ("Yusuf Arslan", "author", (2,))} <= credits
    assert ("Ida Korhonen", "author", (2,)) in credits


def test_an_editorial_signed_on_the_contents_page_is_credited_there() -> None:
    contents = PageText(
        2,
        "2",
        "Inhalt\nHafen im Wandel 4\nDie neue Fähre 6\nTermine 8\nLiebe Leserinnen und Leser,\n"
        f"{BODY}\nHerzliche Grüße\nWiebke Asmussen\nGeschäftsführerin",
    )
    pages = [
        PageText(1, None, "Titelseite"),
        contents,
        *(PageText(n, str(n), f"{BODY}\n{BODY}") for n in range(3, 10)),
    ]
    credits = {(c.name, c.role, c.pages) for c in find_contributors(pages)}
    assert ("Wiebke Asmussen", "author", (2,)) in credits


def test_a_caption_right_under_the_contents_list_is_the_pages_own() -> None:
    contents = PageText(
        2,
        "2",
        "Inhalt\nHafen im Wandel 4\nDie neue Fähre 6\nImpressum 9\n[Foto]\n"
        "Die Vorsitzende beim Hüttenabend im November. Foto: Rainer\nVogelsberg\n"
        f"VORWORT\n{BODY}",
    )
    pages = [
        PageText(1, None, "Titelseite"),
        contents,
        *(PageText(n, str(n), f"{BODY}\n{BODY}") for n in range(3, 10)),
    ]
    credits = {(c.name, c.role, c.pages) for c in find_contributors(pages)}
    assert credits == {("Rainer Vogelsberg", "photographer", (2,))}


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


def test_each_short_article_of_a_page_has_its_headline_and_byline() -> None:
    body = [(f"Body line {n} of the group's report about the weekend.", 9.0) for n in range(40)]
    page = _styled(
        [
            ("Aus den Gruppen", 24.0),
            ("Durch die Wand am Hochstaufen", 15.0),
            ("Von Tomasz Wróblewski", 9.0),
            *body,
            ("Nachtlager im Iglu", 15.0),
            ("LUCA BENEDETTINI", 8.5),
            *body,
        ]
    )
    names = {(c.name, c.role) for c in find_contributors([page])}
    assert names == {("Tomasz Wróblewski", "author"), ("Luca Benedettini", "author")}


def test_a_mastheads_roles_under_its_title_are_no_lead() -> None:
    page = _styled(
        [
            ("KEYSTONE", 20.0),
            ("The journal of the Society of Bridge Builders", 7.8),
            ("Managing Editor", 7.8),
            ("Clarissa Dunford", 9.4),
            ("Art Editor", 7.8),
            ("Tomás Ferreiro", 9.4),
            *[(f"Body line {n} about subscriptions and members.", 9.0) for n in range(20)],
        ]
    )
    credits = {(c.name, c.role) for c in find_contributors([page])}
    assert credits == {("Clarissa Dunford", "editor"), ("Tomás Ferreiro", "editor")}


def test_a_line_of_names_under_the_lead_is_a_byline() -> None:
    body = [
        (f"Body line {n} of the report about the quay and its cranes.", 10.0) for n in range(30)
    ]
    page = _styled(
        [
            ("The Quiet Life of Harbour Mud", 26.0),
            ("Under the pontoons lies a crowded world. Two students", 12.0),
            ("went down with a corer to count who lives there.", 12.0),
            ("SIGRÚN HALLDÓRSDÓTTIR AND EOGHAN MAC GIOLLA", 8.5),
            *body,
        ]
    )
    names = {(c.name, c.role) for c in find_contributors([page])}
    assert names == {("Sigrún Halldórsdóttir", "author"), ("Eoghan Mac Giolla", "author")}


def test_a_subheading_under_a_headline_is_no_byline() -> None:
    body = [
        (f"Body line {n} of the report about the quay and its cranes.", 10.0) for n in range(30)
    ]
    page = _styled([("Ten Harbours, One Network", 24.0), ("Wort Gottes und Welt", 10.0), *body])
    assert find_contributors([page]) == []


@pytest.mark.parametrize(
    "text",
    [
        "Wort Gottes",
        "Nature Communications",
        "General Assembly",
        "Millionen Artikel",
        "Open Data",
        "Yuki Tanabe-Roth das Leistungstraining",
    ],
)
def test_capitalised_nouns_works_and_publications_are_no_people(text: str) -> None:
    assert not is_person_name(text)


@pytest.mark.parametrize(
    "text",
    [
        "Jede Parzelle",
        "Beim Erntedankfest",
        "Seinen Schülerinnen",
        "When I",
        "Audit Committee",
        "Tischlerei Yılmaz",
        "Familie Lindqvist",
        "St Nicholas",
        "Assistant Warden",
        "Reserve Officer",
    ],
)
def test_determiners_firms_families_and_offices_are_not_even_name_shaped(text: str) -> None:
    # Printed runs of this shape resolve surnames and pronouns; these must never be one.
    assert not looks_like_person_name(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ayşe Demir",
        "Siobhán Kearney",
        "Kenji Watanabe",
        "Priya Nair",
        "A. B. Okafor",
        "Bríd Ní Fhloinn",
        "Tadhg Ó Ceallaigh",
        "Hamza ibn Tariq",
        "Mieke Van den Broeck",
        "Maria das Dores",
        "Ursula von der Leyen",
    ],
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


def test_a_short_phrase_closing_the_writers_sentence_is_no_quotation() -> None:
    text = (
        "Contributed by Ilona Varga\nThe lens works almost as if the cell had its own "
        "“lamp and shutter.” Curious, isn’t it?"
    )
    assert find_quotes([PageText(1, "1", text)]) == []


@pytest.mark.parametrize(
    "text",
    [
        "The meeting in Tromsø took up the theme of “Cold Seas. New Routes. Old Rules.” this year.",
        "Die Tagung stand unter dem Motto „Mehr Licht. Weniger Lärm.“ und zog viele an.",
    ],
)
def test_the_theme_or_motto_of_an_event_is_no_quotation(text: str) -> None:
    assert find_quotes([PageText(1, "1", text)]) == []


def test_a_file_title_in_a_licence_credit_is_no_quotation() -> None:
    text = (
        "Titelbild: Halvard Moe (https://example.org/wiki/File:Der_alte_Kran_02.jpg), "
        "„Der alte Kran wartet am Nordkai 02“, https://creativecommons.org/licenses/by/4.0/"
    )
    assert find_quotes([PageText(1, "1", text)]) == []


def test_a_handle_after_the_speakers_name_is_part_of_the_name() -> None:
    text = (
        "“Nowhere else have I seen so many people share their tools so freely” said Ruairí "
        "@ruairi_builds when he summed up the meeting online."
    )
    assert [q.speaker for q in find_quotes([PageText(1, "1", text)])] == ["Ruairí @ruairi_builds"]


def test_a_teaser_repeating_another_articles_words_keeps_its_own_page() -> None:
    answer = "Measure twice, because the river never forgives a hasty bridge or a lazy survey."
    editorial = PageText(2, "2", f"Dear readers,\n“{answer}” – Dr. Aino Leppänen in her interview.")
    interview = PageText(
        9, "9", f"Our questions went to Aino Leppänen.\nShe told us: “{answer}” We agreed."
    )
    pages = [editorial, interview]
    articles = [
        Article("A Word from the Editor", None, None, 2, 2, (2,)),
        Article("Bridges", None, None, 9, 9, (9,)),
    ]
    apart = find_quotes(pages, (), articles)
    assert sorted((q.page, q.speaker) for q in apart) == [
        (2, "Aino Leppänen"),
        (9, "Aino Leppänen"),
    ]
    # Within one article the two are a pull quote and its text: one quotation on two pages.
    together = find_quotes(pages, (), [Article("Bridges", None, None, 2, 9, (2, 9))])
    assert [{q.page, *q.also_on} for q in together] == [{2, 9}]


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


@pytest.mark.parametrize(("_", "example"), SIGN_OFFS, ids=[e for _, e in SIGN_OFFS])
def test_each_sign_off_closes_a_letter_signed_below_it(_: str, example: str) -> None:
    letter = f"{BODY}\n{BODY}\n{example}\nMarit Solheim\nVorsitzende"
    credits = {(c.name, c.role) for c in find_contributors([PageText(1, "1", letter)])}
    assert credits == {("Marit Solheim", "author")}


def test_reviewers_printed_with_initials_for_surnames_are_editors() -> None:
    text = f"{BODY}\nREVIEWED BY\nKavya R, Ilker D and Oona V\nSUBMITTED\nMar 3, 2025\n{BODY}"
    names = {(c.name, c.role) for c in find_contributors([PageText(1, "1", text)])}
    assert names == {("Kavya R", "editor"), ("Ilker D", "editor"), ("Oona V", "editor")}


def test_bylines_on_several_pages_of_one_rubric_split_it_into_articles() -> None:
    digest = "RESEARCH DIGEST"
    pages = [
        PageText(n, str(n), f"{digest}\n{head}\n{BODY}\n{BODY}\n{BODY}\n{BODY}")
        for n, head in (
            (1, "Contributed by Leilani Kahale (Dept. of Physics)"),
            (2, "Contributed by Ossian Berg (Dept. of Biology)"),
            (3, "A second page of the biology summary."),
        )
    ]
    # The outline makes the three pages one article, as a rubric's running head would.
    credits = {(c.name, c.pages) for c in find_contributors(pages, [OutlineEntry("Digest", 1)])}
    assert credits == {("Leilani Kahale", (1,)), ("Ossian Berg", (2, 3))}


def test_bylines_closing_articles_take_the_pages_before_them() -> None:
    pages = [
        PageText(1, "1", f"NEWS\n{BODY}\n{BODY}\n{BODY}\n{BODY}\nText: Ronja Heikkinen"),
        PageText(2, "2", f"NEWS\n{BODY}\n{BODY}\n{BODY}\n{BODY}"),
        PageText(3, "3", f"NEWS\n{BODY}\n{BODY}\n{BODY}\n{BODY}\nText: Dario Esposito"),
    ]
    credits = {(c.name, c.pages) for c in find_contributors(pages, [OutlineEntry("News", 1)])}
    assert credits == {("Ronja Heikkinen", (1,)), ("Dario Esposito", (2, 3))}


def test_an_article_that_jumps_keeps_its_authors_on_the_pages_it_jumps_to() -> None:
    pages = [
        PageText(1, None, f"{BODY}\nBy Henrike Lund\n{BODY}\ncontinued on page 3"),
        PageText(2, "2", f"Another story\nBy Arjun Mehta\n{BODY}"),
        PageText(3, "3", f"continued from page 1\n{BODY}"),
    ]
    credits = {(c.name, c.pages) for c in find_contributors(pages)}
    assert ("Henrike Lund", (1, 3)) in credits
    assert ("Arjun Mehta", (2,)) in credits


def test_a_picture_credit_in_brackets_may_run_over_a_line_end() -> None:
    text = f"{BODY}\nThe reading room (Foto: Kerttu\nLaine, via Stadtarchiv, CC BY 4.0)\n{BODY}"
    credits = {(c.name, c.role) for c in find_contributors([PageText(1, "1", text)])}
    assert credits == {("Kerttu Laine", "photographer")}


@pytest.mark.parametrize(
    ("caption", "name"),
    [
        ("The new hall seen from the gallery. Foto: Ylva Sandberg", "Ylva Sandberg"),
        ("Snow on the lychgate at dawn. Photo: Tadhg Byrne", "Tadhg Byrne"),
        ("The darker layer at the top. Art credit: Anaïs Moreau", "Anaïs Moreau"),
        ("A combination print of 1858. © Kenta Morioka", "Kenta Morioka"),
        ("Single exposure at f/2.8. Photo by Olumide Adebayo", "Olumide Adebayo"),
        ("Sunspots through a solar telescope. Imaged by Hiroshi Tanabe", "Hiroshi Tanabe"),
        ("The valley before the floods. Photography by Siôn Prydderch", "Siôn Prydderch"),
        ("Titelbild: Nachtübung am Kornspeicher. Foto: Jonas Brettfeld", "Jonas Brettfeld"),
        ("Der Weg über den Grat. Karte: Annelie Brandstätter", "Annelie Brandstätter"),
        ("A tea bowl given in 1911. © Wexcombe Museum & Art Gallery", None),
    ],
)
def test_a_picture_credit_may_close_a_caption(caption: str, name: str | None) -> None:
    credits = find_contributors([PageText(1, "1", f"{BODY}\n{caption}\n{BODY}")])
    assert [c.name for c in credits] == ([name] if name else [])


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        ("Counting the votes after the meeting. Foto: Rainer\nVogelsberg", "Rainer Vogelsberg"),
        ("Counting the votes after the meeting. ©\nSunita Raoul", "Sunita Raoul"),
        ("Tuesday delivery team, 7.45am. Photo by Bartek\nKowalski", "Bartek Kowalski"),
        ("The valley before the floods. Photo: Tadhg Ó\nSúilleabháin", "Tadhg Ó Súilleabháin"),
        ("Die Wiesenmühle um 1910. Bild: Gerda\nMaurer/Archiv", "Gerda Maurer"),
        ("All photographs in this feature: Kenji\nWatanabe", "Kenji Watanabe"),
    ],
)
def test_a_caption_credit_broken_inside_the_name(lines: str, name: str) -> None:
    credits = find_contributors([PageText(1, "1", f"{BODY}\n{lines}\nVORWORT\n{BODY}")])
    assert [c.name for c in credits] == [name]


@pytest.mark.parametrize(
    ("lines", "credits"),
    [
        (
            "A book bike loaded for its round in Nakuru. Photo\nby Njeri Mwangaza",
            ["Njeri Mwangaza"],
        ),
        ("Reed at the levels. Illustration\nby Sakura Ishikami", ["Sakura Ishikami"]),
        ("The quay in spring. Photo: TOMASZ\nKOWALEWSKI", ["Tomasz Kowalewski"]),
        (
            "Foto oben: Jonas Brandtmann\nFoto unten: Emilia Sørlie",
            ["Jonas Brandtmann", "Emilia Sørlie"],
        ),
        ("Fotos Titelseite: Friedhelm Brandau", ["Friedhelm Brandau"]),
        ("Photographs pp. 4–5: Saoirse\nDelahunt", ["Saoirse Delahunt"]),
        ("in Zentimetern. Abbildung: Tobias Lindroth", ["Tobias Lindroth"]),
        (
            "Text: Dorota Wiśniak-Hahn, Fotos: Matteo Ferrandi",
            ["Dorota Wiśniak-Hahn", "Matteo Ferrandi"],
        ),
        (
            "Photography: Hannah Oyelade, David Llewelyn\nand Kenji Whitford",
            ["Hannah Oyelade", "David Llewelyn", "Kenji Whitford"],
        ),
        (
            "PHOTOGRAPHY\nSaoirse Kavan, Lars Eriksby and\nHamza Rahman\n"
            "Cover Illustration\nFreya Lindhagen",
            ["Saoirse Kavan", "Lars Eriksby", "Hamza Rahman", "Freya Lindhagen"],
        ),
    ],
)
def test_picture_credits_in_the_forms_of_captions_and_imprints(
    lines: str, credits: list[str]
) -> None:
    found = find_contributors([PageText(1, "1", f"{BODY}\n{lines}\nVORWORT\n{BODY}")])
    assert sorted(c.name for c in found) == sorted(credits)


def test_a_picture_credit_list_set_as_running_text_credits_each_item() -> None:
    imprint = (
        "Impressum\nBildnachweise: Titel: Saana Kivelä; Seite 2: Saana Kivelä; Seite\n"
        "3: Oisín Farrell; Seite 4: Oisín Farrell, Grafik: Leocadia\n"
        "Wiśniewska; Seite 5 und 6: Tarek Haddad; Seite 7:\n"
        "Jorunn Lie (Archiv), adapted by user:Tomek Zaręba\n"
        "Nachdruck nur mit Genehmigung der Redaktion."
    )
    credits = {(c.name, c.role, c.pages) for c in find_contributors([PageText(9, "9", imprint)])}
    assert credits == {
        ("Saana Kivelä", "photographer", (9,)),
        ("Oisín Farrell", "photographer", (9,)),
        ("Leocadia Wiśniewska", "illustrator", (9,)),
        ("Tarek Haddad", "photographer", (9,)),
        ("Jorunn Lie", "photographer", (9,)),
    }


def test_a_picture_credit_broken_after_the_given_name() -> None:
    text = f"{BODY}\nFoto: Mirela\nPopescu\n{BODY}"
    assert [c.name for c in find_contributors([PageText(1, "1", text)])] == ["Mirela Popescu"]


def test_people_listed_before_their_class_are_people_not_a_team() -> None:
    text = f"{BODY}\nText: Ilka Brandt und Mehmet Aksoy, Klasse 10b\n{BODY}"
    names = {c.name for c in find_contributors([PageText(1, "1", text)])}
    assert names == {"Ilka Brandt", "Mehmet Aksoy"}


def test_the_byline_of_an_interview_names_the_interviewer() -> None:
    text = f"In Conversation with Prof. Selin Aydemir\nBy Tomasz Zielinski\n{BODY}"
    credits = {(c.name, c.role) for c in find_contributors([PageText(1, "1", text)])}
    assert credits == {("Selin Aydemir", "interviewee"), ("Tomasz Zielinski", "interviewer")}


def test_a_name_set_apart_after_the_last_sentence_closes_the_article() -> None:
    lines = [
        ("PARISH NEWS", 14.0, False),
        ("The new ringers meet on Thursdays at seven.", 9.6, False),
        ("Everyone is welcome to come and try.", 9.6, False),
        ("Henrike Aalto, Tower Captain", 9.8, True),
        ("The organ fund", 11.5, True),
        *[("Body text of the next article on the organ.", 9.6, False)] * 12,
    ]
    text = "\n".join(line for line, _, _ in lines)
    page = PageText(1, "1", text, tuple(LineStyle(t, size, italic=it) for t, size, it in lines))
    assert {(c.name, c.role) for c in find_contributors([page])} == {("Henrike Aalto", "author")}


def _page_of(lines: list[tuple[str, float, bool, bool]], number: int = 1) -> PageText:
    """A page of (text, size, bold, italic) lines."""
    text = "\n".join(line for line, *_ in lines)
    styles = tuple(LineStyle(t, size, bold=b, italic=i) for t, size, b, i in lines)
    return PageText(number, str(number), text, styles)


def test_letters_signed_with_name_and_place_before_a_bold_heading() -> None:
    body = [("Body text of a letter about the swifts in the old mill.", 10.4, False, False)] * 6
    page = _page_of(
        [
            ("Letters", 16.0, True, False),
            *body,
            ("We counted forty of them in one evening.", 10.4, False, False),
            ("Oskar Lindgren, Millbrook", 10.4, False, True),
            ("Sparrows in the square", 10.8, True, False),
            *body,
            ("Perhaps the Society could count them again.", 10.4, False, False),
            ("Amaia Etxeberria, Eastholm", 10.4, False, True),
            ("Ivy in winter", 10.8, True, False),
            *body,
        ]
    )
    credits = {(c.name, c.role) for c in find_contributors([page])}
    assert credits == {("Oskar Lindgren", "author"), ("Amaia Etxeberria", "author")}


def test_a_dash_before_the_names_closes_a_report_and_a_pull_quotes_dash_does_not() -> None:
    body = [("Body text of the report on the wildfowl count at the lake.", 10.4, False, False)] * 8
    page = _page_of(
        [
            ("Winter count", 16.0, True, False),
            *body,
            ("“The lake has never held so many wigeon.”", 14.0, False, True),
            ("— Mirela Constantin, Warden", 9.0, False, False),
            *body,
            ("The next count is on the first Sunday of March.", 10.4, False, False),
            ("— Lars-Ove Nyberg & Chiamaka Obi", 10.4, False, True),
            ("Moths in the garden", 16.0, True, False),
            *body,
        ]
    )
    credits = {(c.name, c.role) for c in find_contributors([page])}
    assert credits == {("Lars-Ove Nyberg", "author"), ("Chiamaka Obi", "author")}


def test_a_letter_signed_on_one_line_beside_the_contents() -> None:
    contents = PageText(
        1,
        "1",
        "In this issue\nChair’s report 1\nThe saltmarsh walk 2\nBook reviews 5\n"
        f"{BODY}\nI look forward to seeing you at the meeting.\nYours, Tamsin Penhaligon",
    )
    pages = [contents, *(PageText(n, str(n), BODY) for n in range(2, 7))]
    credits = {(c.name, c.role, c.pages) for c in find_contributors(pages)}
    assert ("Tamsin Penhaligon", "author", (1,)) in credits


def test_an_articles_headline_read_as_a_rubric_does_not_end_it_on_the_next_page() -> None:
    # Each page opens with its heading in one style, read as the page's rubric; the walk's
    # second page opens with body text and no rubric.
    body = [
        (f"Body line {n} of the walk along the saltmarsh.", 10.0, False, False) for n in range(30)
    ]
    heads = {1: "Notices", 2: "The saltmarsh walk", 4: "Book reviews", 5: "Letters"}
    pages = [
        _page_of(
            [
                *([(heads[n], 9.0, True, False)] if n in heads else []),
                *([("Contributed by Noor Haddad", 10.0, False, True)] if n == 2 else []),
                *body,
            ],
            n,
        )
        for n in range(1, 6)
    ]
    credits = {(c.name, c.role, c.pages) for c in find_contributors(pages)}
    assert ("Noor Haddad", "author", (2, 3)) in credits


def test_a_sign_off_and_a_name_on_one_line() -> None:
    text = f"{BODY}\nI hope others will write as well.\nYours, Bartosz Nowicki\n{BODY}"
    assert [c.name for c in find_contributors([PageText(1, "1", text)])] == ["Bartosz Nowicki"]


def test_a_pronoun_refers_back_to_the_last_person_of_its_gender() -> None:
    text = (
        "Ingrid Halvorsen has run the ferry kiosk for thirty years. Her nephew Lars helps on "
        "Saturdays. The kiosk opens at six. Tourists come by the dozen. The coffee is cheap. "
        "The gulls are bold. “I have never once closed early,” she said."
    )
    assert [q.speaker for q in find_quotes([PageText(1, "1", text)])] == ["Ingrid Halvorsen"]


def test_a_surname_resolves_to_a_full_name_printed_elsewhere() -> None:
    pages = [
        PageText(1, "1", "Our guest this spring is Obiageli Nwachukwu from the coast."),
        PageText(2, "2", "“The tide decides when we work,” says Nwachukwu."),
    ]
    assert [q.speaker for q in find_quotes(pages)] == ["Obiageli Nwachukwu"]


@pytest.mark.parametrize(
    ("text", "step", "speaker"),
    [
        ("“The tide is late,” said Ingrid Halvorsen.", "_from_clause_after", "Ingrid Halvorsen"),
        (
            "“The tide is late today.” -\nProf. Ingrid Halvorsen",
            "_from_clause_after",
            "Ingrid Halvorsen",
        ),
        (
            "Umfrage: Jonas Berg\nIngrid Halvorsen,\n71, Rentnerin\n„Die Flut kommt spät.“\n"
            "Ole Strand, 38,\nBusfahrer",
            "_from_header_above",
            "Ingrid Halvorsen",
        ),
        (
            "The harbour was quiet.\n“The tide is late today.”\nIngrid Halvorsen, harbour master",
            "_from_name_line",
            "Ingrid Halvorsen",
        ),
        (
            "Ingrid Halvorsen sagte: „Die Flut kommt spät.“",
            "_from_clause_before",
            "Ingrid Halvorsen",
        ),
        (
            "The tide turned at noon. “A saltmarsh cannot make up its mind.” The words were "
            "those of our guide, Ingrid Halvorsen.",
            "_from_next_sentence",
            "Ingrid Halvorsen",
        ),
        (
            "Ingrid Halvorsen looks at the quay. “The tide is late today, again.”",
            "_from_paragraph",
            "Ingrid Halvorsen",
        ),
    ],
)
def test_each_sieve_step_names_the_speaker_it_is_for(text: str, step: str, speaker: str) -> None:
    from magazine_index.analyze import quotes

    start = min(i for i in (text.find("“"), text.find("„")) if i >= 0)
    end = max(text.rfind("”"), text.rfind("“"))
    context = quotes._QuoteContext(
        text, start, end, None, quotes._is_standalone(text, start, end), quotes._Names([])
    )
    answering = next(s for s in quotes.SPEAKER_SIEVE if s(context) is not None)
    assert answering.__name__ == step
    assert [q.speaker for q in find_quotes([PageText(1, "1", text)])] == [speaker]


@pytest.mark.parametrize(
    ("_", "example"), INTERVIEW_HEADINGS, ids=[e for _, e in INTERVIEW_HEADINGS]
)
def test_each_interview_heading_names_the_interviewee(_: str, example: str) -> None:
    credits = find_contributors([PageText(1, "1", f"{example}\n{BODY}")])
    expected = example.rsplit(" ", 2)[-2:]
    assert [(c.name, c.role) for c in credits] == [(" ".join(expected), "interviewee")]


def test_a_quotation_inside_an_interview_answer_is_a_quotation_too() -> None:
    text = (
        "Interview with Dr. Halina Wrona\n"
        "Q: How did you come to the observatory?\n"
        "A: I saw the advertisement and I thought, ‘Let me try and see what happens.’ "
        "A year later I moved here.\n"
        "Q: And your first night?\n"
        "A: My supervisor said: „Never trust the first clear sky of the season.“ She was right.\n"
    )
    quotes = {q.text: q.speaker for q in find_quotes([PageText(1, "1", text)])}
    assert quotes["Let me try and see what happens."] == "Halina Wrona"
    assert "Never trust the first clear sky of the season." in quotes


@pytest.mark.parametrize(
    "text",
    [
        "References\n1. Olu K. Bankole, “Herons and Egrets of the Western Delta”, 2014, Press.",
        "For this report the data are graphed as “objects per ten kilometres of altitude.”",
    ],
)
def test_reference_entries_and_defined_terms_are_no_quotations(text: str) -> None:
    assert find_quotes([PageText(1, "1", text)]) == []


def test_a_single_name_under_a_label_is_the_person_credited_in_full_elsewhere() -> None:
    pages = [
        PageText(1, "1", f"{BODY}\nCredit: Swantje\n{BODY}"),
        PageText(2, "2", "Chief Editor\nSwantje Ohlsen\nEditors\nAiko Tanaka"),
    ]
    credits = {(c.name, c.role) for c in find_contributors(pages)}
    assert ("Swantje Ohlsen", "photographer") in credits


def test_a_single_word_under_a_label_that_names_nobody_is_dropped() -> None:
    text = f"{BODY}\nCredit: Screenshot\n{BODY}"
    assert find_contributors([PageText(1, "1", text)]) == []


def test_a_german_sign_off_without_a_comma() -> None:
    text = f"{BODY}\nWir sehen uns beim Sommerfest.\nIhre Henrike Albers\n{BODY}"
    assert [c.name for c in find_contributors([PageText(1, "1", text)])] == ["Henrike Albers"]


@pytest.mark.parametrize(("_", "example"), INTERVIEW_PAIRS, ids=[e for _, e in INTERVIEW_PAIRS])
def test_each_interview_pair_heading_names_both(_: str, example: str) -> None:
    credits = {
        (c.name, c.role) for c in find_contributors([PageText(1, "1", f"{example}\n{BODY}")])
    }
    assert {role for _, role in credits} == {"interviewer", "interviewee"}
    assert {name for name, _ in credits} <= {
        "Aoife Brennan",
        "Kenji Matsuda",
        "Hiroshi Nakamura",
        "Annette Vogelsang",
    }


def test_an_imprint_list_running_over_line_ends() -> None:
    text = f"{BODY}\nRedaktion: Ilka Brandt, Mehmet Aksoy,\nSunniva Dahl, Jonas\nFeldmann\n{BODY}"
    names = {c.name for c in find_contributors([PageText(1, "1", text)])}
    assert names == {"Ilka Brandt", "Mehmet Aksoy", "Sunniva Dahl", "Jonas Feldmann"}


def test_names_below_a_bare_label_may_carry_a_note() -> None:
    text = f"{BODY}\nRedaktion:\nAnnette Lorenz (verantwortlich)\nKaan Öztürk\n{BODY}"
    names = {c.name for c in find_contributors([PageText(1, "1", text)])}
    assert names == {"Annette Lorenz", "Kaan Öztürk"}


def test_a_caps_line_on_every_other_page_is_the_frame_not_a_rubric() -> None:
    from magazine_index.analyze.structure import detect_rubrics

    pages = [
        PageText(n, str(n), f"{BODY}\n{BODY}\n{'JUMP TO CONTENTS' if n % 2 else 'BACK TO START'}")
        for n in range(1, 9)
    ]
    assert set(detect_rubrics(pages).values()) == {None}


def _roles(text: str, *pages: PageText) -> set[tuple[str, str]]:
    found = find_contributors([PageText(1, "1", text), *pages])
    return {(c.name, c.role) for c in found if c.role in ("interviewer", "interviewee")}


def test_turns_of_two_people_without_a_heading_are_their_interview() -> None:
    text = (
        "Sprachen, Stipendien, Partnerschaften\n"
        "Seit Oktober leitet sie das Institut. Ein Gespräch über Sprachen und Stipendien.\n"
        "Mateusz Grabowski: Was hat Sie am meisten überrascht?\n"
        "Henrike Oyelaran-Voss: Wie viele Sprachen man in der Mensa hört. An meinem ersten "
        "Tag saß ich neben einer Doktorandin aus Ghana und zwei Erstsemestern aus dem Dorf.\n"
        "Mateusz Grabowski: Und was wünschen Sie sich?\n"
        "Henrike Oyelaran-Voss: Partnerschaften, die atmen können, und mehr Zeit für "
        "Besuche, die nicht in einen Kalender passen.\n"
    )
    assert _roles(text) == {
        ("Mateusz Grabowski", "interviewer"),
        ("Henrike Oyelaran-Voss", "interviewee"),
    }
    # One exchange is no interview.
    assert _roles(text.split("Mateusz Grabowski: Und")[0]) == set()


def test_turns_marked_with_initials_name_the_people_of_the_lead() -> None:
    text = (
        "„Eine Hütte ist kein Hotel“\n"
        "Seit Januar führen Saoirse O’Donovan und Cem Yılmazer das Talhaus. Sie kommt aus "
        "Galway, er aus Bad Reichenhall.\n"
        "Das Gespräch führte Katrin Mühlenbeck.\n"
        "KM: Wie war der Anfang?\n"
        "SO: Kalt! Im Haus hatte es drei Grad, und bis der Ofen zog, dauerte es zwei Tage.\n"
        "CY: Aber ein schöner Anfang. Man lernt ein Haus am besten im Winter kennen.\n"
        "KM: Und die Gäste?\n"
        "SO: Kommen trotzdem, mit Schneeschuhen und mit Kuchen für die Hüttenwirte.\n"
        "CY: Und manche bleiben länger, als sie geplant hatten, wegen des Wetters.\n"
    )
    assert _roles(text) == {
        ("Katrin Mühlenbeck", "interviewer"),
        ("Saoirse O’Donovan", "interviewee"),
        ("Cem Yılmazer", "interviewee"),
    }


def test_initials_name_a_whole_name_and_the_magazine_may_ask() -> None:
    text = (
        "DAS GROSSE JZ-INTERVIEW\n"
        "Prof. Chandra Nilüfer Baştan sprach mit uns. Nilüfer Baştan ist Abgeordnete.\n"
        "JZ: Hat sich etwas verändert?\n"
        "NB: Ja, aber langsamer, als viele gehofft haben. Die Beteiligung lag im Schnitt.\n"
        "JZ: Und die Jugendräte?\n"
        "NB: Brauchen Geld, sonst bleiben sie ein Feigenblatt, und das merken alle.\n"
    )
    assert _roles(text) == {("Nilüfer Baştan", "interviewee")}


def test_questions_and_answers_ask_the_first_person_of_the_lead() -> None:
    qa = "Q: How did it start?\nA: With a summer job.\nQ: And now?\nA: I teach it.\n"
    heading = "MEET THE TEAM\nRosalind Esparza\nBranch manager, Millbrook.\n"
    assert _roles(f"{heading}Interview: Callum Frazer\n{qa}") == {
        ("Callum Frazer", "interviewer"),
        ("Rosalind Esparza", "interviewee"),
    }
    # "She talked to X" names the one who asks; the one she is stays the first person named.
    lead = (
        "After 34 years of teaching, Mrs Margarethe Holmqvist retires. She talked to "
        "Ruairí Brennan about chalk.\nInterview by Ruairí Brennan, Year 12\n"
    )
    assert _roles(f"{lead}{qa}") == {
        ("Ruairí Brennan", "interviewer"),
        ("Margarethe Holmqvist", "interviewee"),
    }
    # Without questions and answers, a person in the lead is only mentioned.
    assert _roles(f"{heading}Interview: Callum Frazer\nA report on the branch.\n") == {
        ("Callum Frazer", "interviewer")
    }


def test_turns_marked_with_given_names_name_the_people_of_the_article() -> None:
    text = (
        "Sunniva Halvorsrud has been a ranger for eleven years.\n"
        "Interview: Oliver Trentham\n"
        "Oliver: How did you end up as a ranger?\n"
        "Sunniva: I grew up in the north, where being outdoors is simply life, not a hobby.\n"
        "Oliver: And the park?\n"
        "Sunniva: Every tree here has a story, and most of them are older than the town.\n"
    )
    assert _roles(text) == {
        ("Oliver Trentham", "interviewer"),
        ("Sunniva Halvorsrud", "interviewee"),
    }


def test_a_short_interview_pair_further_down_a_page_is_on_that_page() -> None:
    diary = "\n".join(f"{n}.00pm The ward was quiet, and the tea was hot." for n in range(1, 14))
    text = (
        f"A nurse's diary\n{diary}\nTen minutes with our chaplain\n"
        "Hannah Whitlow in conversation with the Reverend Kwame Asante-Mensah, who leads the\n"
        "spiritual care team.\nQ: Do patients have to be religious?\nA: Not at all.\n"
    )
    pages = [PageText(1, "1", f"Our hospice\n{BODY}"), PageText(2, "2", text)]
    credits = {(c.name, c.role, c.pages, c.titles) for c in find_contributors(pages)}
    assert ("Kwame Asante-Mensah", "interviewee", (2,), "Reverend") in credits
    assert ("Hannah Whitlow", "interviewer", (2,), "") in credits


def test_a_letter_signed_beside_the_end_of_an_interview_stays_a_letter() -> None:
    interview = _page_of(
        [
            ("In conversation with Ingrid Solvang", 18.0, True, False),
            ("BARRETT: What are you working on now?", 9.0, False, False),
            (
                "SOLVANG: A series of small paintings of one window, a hundred of them.",
                9.0,
                False,
                False,
            ),
            ("BARRETT: Why stop at a hundred?", 9.0, False, False),
            ("SOLVANG: Because a series needs an end, or it becomes a habit.", 9.0, False, False),
        ]
        + [("Letters", 14.0, True, False)]
        + [("Body text of a letter about the estuary and its light.", 9.0, False, False)] * 6
        + [
            ("It sent me back to the estuary with a flask.", 9.0, False, False),
            ("Tavita Leiataua, Swansea", 9.0, False, True),
            ("Correction", 11.0, True, False),
            ("In our winter issue a photograph was wrongly credited.", 9.0, False, False),
        ]
    )
    credits = {(c.name, c.role) for c in find_contributors([interview])}
    assert ("Tavita Leiataua", "author") in credits
    assert ("Ingrid Solvang", "interviewee") in credits


def test_in_an_interview_pair_who_answers_at_length_is_the_interviewee() -> None:
    turns = (
        "MR: What brought you here?\n"
        "TO: The river, mostly. I came for a summer of fieldwork and the summer never ended; "
        "the floods of that first year taught me more than any lecture.\n"
        "MR: And now?\n"
        "TO: Now I teach the same lessons to students who arrive as I did, with boots too new.\n"
    )
    text = f"Maja Rüütel in conversation with Tomasz Ostrowski\n{turns}"
    assert _roles(text) == {("Maja Rüütel", "interviewer"), ("Tomasz Ostrowski", "interviewee")}
    text = f"Tomasz Ostrowski in conversation with Maja Rüütel\n{turns}"
    assert _roles(text) == {("Maja Rüütel", "interviewer"), ("Tomasz Ostrowski", "interviewee")}


def test_in_an_interview_pair_the_one_named_with_an_office_answers() -> None:
    text = f"Gastwissenschaftlerin Hana Kobayashi im Gespräch mit Lene Vestergaard\n{BODY}"
    assert _roles(text) == {("Lene Vestergaard", "interviewer"), ("Hana Kobayashi", "interviewee")}


def test_in_an_interview_pair_the_magazines_editor_asks() -> None:
    text = f"Ingvild Rasmussen in conversation with Ciarán Walsh\nQ: Why ice?\nA: {BODY}"
    masthead = PageText(2, "2", f"{BODY}\nFEATURES EDITOR\nCiarán Walsh\n{BODY}")
    assert _roles(text, masthead) == {
        ("Ciarán Walsh", "interviewer"),
        ("Ingvild Rasmussen", "interviewee"),
    }


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("BY OLUWAKEMI ADEYEMI-HART", ["Oluwakemi Adeyemi-Hart"]),
        ("VON ELSBETH KRANZLER", ["Elsbeth Kranzler"]),
        ("BY THE SEA WALL", []),
        (
            "Autorinnen und Autoren: Jorun Halvorsen, Matteo Ricci",
            ["Jorun Halvorsen", "Matteo Ricci"],
        ),
        ("Report by Caoimhe Byrne", ["Caoimhe Byrne"]),
    ],
)
def test_bylines_in_capitals_and_author_lists(line: str, names: list[str]) -> None:
    credits = find_contributors([PageText(1, "1", f"{line}\n{BODY}\n{BODY}")])
    assert sorted(c.name for c in credits if c.role == "author") == names


def test_the_name_under_a_large_pull_quote_is_no_byline() -> None:
    body = [(f"Body line {n} about the peat and its drains.", 9.7, False, False) for n in range(30)]
    page = _page_of(
        [
            *body[:10],
            ("“Every drain we block is a small", 20.0, True, True),
            ("chimney shut for good.”", 20.0, True, True),
            ("Radomir Wiśniewski", 8.2, False, False),
            ("Professor of Physical Geography", 8.2, False, False),
            *body[10:],
        ]
    )
    assert find_contributors([page]) == []


def test_a_byline_broken_inside_the_last_name_of_a_list() -> None:
    text = f"Night Shift\nWords by Rohan Varma and Chiara\nBenedetti-Lund\n{BODY}\n{BODY}"
    credits = {(c.name, c.role) for c in find_contributors([PageText(1, "1", text)])}
    assert credits == {("Rohan Varma", "author"), ("Chiara Benedetti-Lund", "author")}


def test_an_interview_pair_heading_broken_inside_a_name() -> None:
    text = f"Sólveig Arnardóttir in conversation with Declan\nMcGrath\nQ: Why ice?\nA: {BODY}"
    assert _roles(text) == {
        ("Sólveig Arnardóttir", "interviewer"),
        ("Declan McGrath", "interviewee"),
    }


def test_a_front_page_with_a_contents_box_credits_its_lead_story() -> None:
    front = (
        "Stadtteilblatt\nIn dieser Ausgabe\nMarkt 4\nSchule 6\nLeserbriefe 8\nVon Ilse Brandl\n"
        "MARKTHALLE\nDie Halle am Platz\nDie Stadt sucht einen Partner für die leere Halle.\n"
        f"Text: Yaren Koç und Piotr Sadowski\n{BODY}\nWeiter auf Seite 2"
    )
    pages = [PageText(1, "1", front), *(PageText(n, str(n), BODY) for n in range(2, 9))]
    credits = {(c.name, c.role, c.pages) for c in find_contributors(pages)}
    assert ("Yaren Koç", "author", (1, 2)) in credits
    assert ("Piotr Sadowski", "author", (1, 2)) in credits
    # The name under a contents entry is that entry's author, on the entry's pages.
    assert ("Ilse Brandl", "author", (1,)) not in credits


def test_letters_signed_under_a_sign_off_with_a_place_or_a_bracket() -> None:
    body = [("Body text of a letter about the wagons at the show.", 9.3, False, False)] * 6
    page = _page_of(
        [
            ("Letters", 16.0, True, False),
            *body,
            ("Any photograph would help.", 9.3, False, False),
            ("Thank you in advance,", 8.6, False, True),
            ("Radek Nowicki, Long Eaton", 8.6, False, True),
            ("A wagon called Biscuit", 10.5, True, False),
            *body,
            ("It took me a year to find the right buffers.", 9.3, False, False),
            ("Gareth Prothero (member no. 0412)", 8.6, False, True),
            ("Coalbrook remembered", 10.5, True, False),
            *body,
        ]
    )
    credits = {(c.name, c.role) for c in find_contributors([page])}
    assert credits == {("Radek Nowicki", "author"), ("Gareth Prothero", "author")}


@pytest.mark.parametrize(
    ("printed", "name", "titles"),
    [
        ("Radhika Venkatesan FREng", "Radhika Venkatesan", "FREng"),
        ("Dr Tomasz Zieliński CEng MICE", "Tomasz Zieliński", "Dr CEng MICE"),
        ("Anna Maria McAllister", "Anna Maria McAllister", ""),
        ("Lindqvist Antriebe GmbH", "Lindqvist Antriebe GmbH", ""),
    ],
)
def test_post_nominal_letters_are_no_part_of_the_name(printed: str, name: str, titles: str) -> None:
    person = split_person(printed)
    assert (person.name, person.titles) == (name, titles)


def test_letters_signed_in_bold_before_a_larger_bold_heading() -> None:
    body = [("Body text of a letter about the new bridge standard.", 9.3, False, False)] * 6
    page = _page_of(
        [
            ("Letters", 16.0, True, False),
            *body,
            ("We should measure before we decide.", 9.3, False, False),
            ("Fiona MacRae, CEng, Inverness", 9.0, True, False),
            ("Timber and the insurers", 9.6, True, False),
            *body,
        ]
    )
    credits = {(c.name, c.role) for c in find_contributors([page])}
    assert credits == {("Fiona MacRae", "author")}


def test_a_letters_signature_run_over_two_lines_and_a_given_name_not_in_the_list() -> None:
    body = [("Body text of a letter about the old observatory dome.", 8.2, False, False)] * 6
    page = _page_of(
        [
            ("Post an die Redaktion", 9.5, True, False),
            *body,
            ("Machen Sie weiter so!", 8.2, False, False),
            ("Dr. Wendelin Aufschnaiter, Physik", 8.2, False, True),
            ("(Diplom 1981), Kempten", 8.2, False, True),
            *body,
            ("Das wünsche ich mir.", 8.2, False, False),
            # "Tavita" is no given name of the list: the "Name, Place" form vouches for it.
            ("Tavita Leiataua, CEng,", 8.2, False, True),
            ("Nelson", 8.2, False, True),
            *body,
        ]
    )
    credits = {(c.name, c.role) for c in find_contributors([page])}
    assert credits == {("Wendelin Aufschnaiter", "author"), ("Tavita Leiataua", "author")}


def test_any_short_closing_phrase_before_a_name_and_its_office() -> None:
    body = [("Body text of the chair's letter about the winter programme.", 9.6, False, False)]
    page = _page_of(
        [
            ("From the chair", 16.0, True, False),
            *body * 6,
            ("I look forward to seeing you there.", 9.6, False, False),
            ("Clear skies,", 9.6, False, False),
            ("Mairéad Ó Flaithearta", 9.6, True, False),
            ("President", 9.6, False, True),
            ("Ordinal offices", 14.0, True, False),
            *body * 6,
            ("Der Jahresbeitrag beträgt 24 Euro.", 9.6, False, False),
            ("Bernhard Schöppner", 9.6, True, False),
            ("1. Vorsitzender des Fördervereins", 9.6, False, False),
        ]
    )
    credits = {(c.name, c.office) for c in find_contributors([page])}
    assert credits == {
        ("Mairéad Ó Flaithearta", "President"),
        ("Bernhard Schöppner", "1. Vorsitzender des Fördervereins"),
    }


def test_entries_signed_with_name_and_class_in_the_bodys_size() -> None:
    body = [("Body text of the diary about the glacier walk and the ice.", 7.8, False, False)]
    page = _page_of(
        [
            ("Iceland diary", 16.0, True, False),
            *body * 6,
            ("I would still go back tomorrow.", 7.8, False, False),
            ("Ingrid Solvang, Year 10", 7.8, True, True),
            ("Thursday. The glacier was grey and the guide was cheerful.", 7.8, False, False),
            *body * 6,
            ("We never saw the geyser go off.", 7.8, False, False),
            ("Zainab Hussaini, Year 9", 8.4, False, True),
            ("Illustration: Daniel Oseibo, Year 10", 7.2, False, True),
            *body * 3,
            ("The mayor opened the new hall.", 7.8, False, False),
            # A portrait's caption is smaller than the body; a subhead's rest is lower case.
            ("Anneliese Bergmann, Mayor", 7.0, False, True),
            *body * 3,
            ("Die Daten liegen bei den Behörden.", 7.8, False, False),
            ("Offene Daten, offene Fragen", 7.8, True, False),
            ("Von Anfang an war vereinbart, dass alles offen bleibt.", 7.8, False, False),
            *body * 3,
        ]
    )
    credits = {(c.name, c.role) for c in find_contributors([page])}
    assert credits == {
        ("Ingrid Solvang", "author"),
        ("Zainab Hussaini", "author"),
        ("Daniel Oseibo", "illustrator"),
    }


def test_a_letter_signed_under_an_honorific_and_by_two_over_a_line_end() -> None:
    text = (
        f"Letters\n{BODY}\nKind regards,\nMrs Catherine Doyleson\nHeadteacher\n"
        f"Notices\n{BODY}\nEuer Festausschuss\nCarina Mohrmann und Thorsten\nBaumgartner\n"
    )
    credits = {(c.name, c.titles) for c in find_contributors([PageText(1, "1", text)])}
    assert credits == {
        ("Catherine Doyleson", "Mrs"),
        ("Carina Mohrmann", ""),
        ("Thorsten Baumgartner", ""),
    }


def test_a_labelled_author_box_on_a_page_shared_with_letters() -> None:
    text = (
        f"Fortsetzung von Seite 7\n{BODY}\n"
        "Die Autorin: Dr. Agnieszka Nowakowska ist Pflegewissenschaftlerin an der Hochschule.\n"
        f"Kurz gemeldet\nText: Marta Wielgosz\n{BODY}\n"
    )
    credits = {c.name for c in find_contributors([PageText(1, "1", text)])}
    assert credits == {"Agnieszka Nowakowska", "Marta Wielgosz"}


def test_a_name_over_its_office_signs_but_a_list_of_officers_does_not() -> None:
    body = [("Body text about the society's programme for the coming spring.", 10.4, False, False)]
    page = _page_of(
        [
            ("Programme notes", 14.0, True, False),
            *body * 6,
            ("Entries should reach the Secretary by 26 March.", 10.4, False, False),
            ("Rhiannon Hughesby", 10.4, True, False),
            ("Hon. Secretary", 10.4, False, False),
            *body * 6,
            ("Committee", 14.0, True, False),
            ("Chair", 8.0, False, False),
            ("Nkechi Obiora", 8.0, True, False),
            ("Vice-Chair", 8.0, False, False),
            ("Tomasz Achterfeld", 8.0, True, False),
            ("Treasurer", 8.0, False, False),
            ("Bronwen McAtamney", 8.0, True, False),
            ("Trustee (retired December 2025)", 8.0, False, False),
            ("Technical Editor", 8.0, True, False),
            ("Christoph Ostermann", 8.0, False, False),
            ("Managing Editor", 8.0, True, False),
            ("Brady Freiberg", 8.0, False, False),
        ]
    )
    authors = {c.name for c in find_contributors([page]) if c.role == "author"}
    assert authors == {"Rhiannon Hughesby"}


def test_a_qa_column_answered_by_and_names_with_an_elided_article() -> None:
    text = (
        f"{BODY}\nAnswered by Dr Ingrid Sethuraman, Department of Physics\n"
        f"{BODY}\nUmfrage und Fotos: Jonas Reinholdt\n{BODY}\n"
        "Text: M. D'ANGELO AND P. KOWALSKI\n"
    )
    credits = {(c.name, c.role) for c in find_contributors([PageText(1, "1", text)])}
    assert credits == {
        ("Ingrid Sethuraman", "author"),
        ("Jonas Reinholdt", "author"),
        ("Jonas Reinholdt", "photographer"),
        ("M. D'Angelo", "author"),
        ("P. Kowalski", "author"),
    }


def test_a_book_review_signed_below_and_a_childs_letter_and_two_who_report() -> None:
    body = [("Body text of a review of a book about the old mill pond.", 9.0, False, False)]
    page = _page_of(
        [
            ("Books", 16.0, True, False),
            *body * 6,
            ("The maps alone are worth the price.", 9.0, False, False),
            ("Reviewed by Lotte Jansma", 9.0, False, True),
            ("Letters", 13.0, True, False),
            *body * 3,
            ("It will be very hard for me.", 9.0, False, False),
            ("Love from", 9.0, False, False),
            ("Isla Donnellan, age 9", 9.0, True, False),
            ("Field notes", 13.0, True, False),
            *body * 3,
            ("We watched until the ducklings had gone.", 9.0, False, False),
            ("Niamh Gallaher & Chidi Okafo", 8.5, False, True),
        ]
    )
    credits = {(c.name, c.role) for c in find_contributors([page])}
    assert credits == {
        ("Lotte Jansma", "author"),
        ("Isla Donnellan", "author"),
        ("Niamh Gallaher", "author"),
        ("Chidi Okafo", "author"),
    }


def test_a_portraits_header_with_an_age_is_no_signature() -> None:
    body = [("Body text of the portrait of a woman and her heat pump.", 8.6, False, False)] * 6
    page = _page_of(
        [
            ("Three ways to warm a house", 20.0, True, False),
            *body,
            ("Mirela Constantin in her garden.", 7.0, False, True),
            ("Mirela Constantin, 71,", 9.6, True, False),
            ("Eastholm", 9.6, True, False),
            *body,
        ]
    )
    assert find_contributors([page]) == []


def test_an_interview_in_conversation_colon_broken_before_the_second_name() -> None:
    text = (
        "In conversation: Maja Rüütel\nand Tomasz Ostrowski\n"
        "RÜÜTEL: What brought you here?\n"
        "OSTROWSKI: The river, mostly. I came for a summer of fieldwork and the summer never "
        "ended; the floods of that first year taught me more than any lecture.\n"
        "RÜÜTEL: And now?\n"
        "OSTROWSKI: Now I teach the same lessons to students who arrive as I did.\n"
    )
    assert _roles(text) == {("Maja Rüütel", "interviewer"), ("Tomasz Ostrowski", "interviewee")}


def test_items_signed_with_initials_that_the_imprint_resolves() -> None:
    news = PageText(
        3,
        "3",
        f"Kurz notiert\n{BODY} Anmeldung bis Freitag. (ib)\n{BODY} Training ab 17 Uhr. (tk)\n"
        f"{BODY} Das teilt die Redaktion mit. (red)",
    )
    imprint = PageText(
        4, "4", "Impressum\nKürzel: ib = Ines Brandauer, tk = Tarik\nKaya, red = Redaktion"
    )
    credits = {(c.name, c.role, c.pages) for c in find_contributors([news, imprint])}
    assert {("Ines Brandauer", "author", (3,)), ("Tarik Kaya", "author", (3,))} <= credits
    assert not any(name == "Redaktion" for name, _, _ in credits)


def test_initials_after_names_in_the_imprint_resolve_too() -> None:
    news = PageText(2, "2", f"Aus den Ländern\n{BODY} Die Tagung ist ausgebucht. (hb)")
    imprint = PageText(5, "5", "Redaktion: Markus Keller (mk), Hanna\nBerglund (hb)")
    credits = {(c.name, c.role, c.pages) for c in find_contributors([news, imprint])}
    assert ("Hanna Berglund", "author", (2,)) in credits


def test_bylines_one_author_a_line_with_post_nominals_and_firm() -> None:
    body = [
        (f"Body line {n} about the timber frame on the quay.", 9.3, False, False) for n in range(30)
    ]
    page = _page_of(
        [
            ("Building tall in timber", 27.0, True, False),
            ("Dr Annika Sørlie CEng MICE, Hallberg Structures", 8.6, False, False),
            ("Tom Fairweather CEng FIStructE, Fairweather Lowe", 8.6, False, False),
            *body,
        ]
    )
    credits = {(c.name, c.role) for c in find_contributors([page])}
    assert credits == {("Annika Sørlie", "author"), ("Tom Fairweather", "author")}


def test_a_pull_quote_under_a_headline_is_no_lead_for_a_byline() -> None:
    body = [(f"Body line {n} about the workshop in Lisbon.", 8.0, False, False) for n in range(30)]
    page = _page_of(
        [
            ("9th Workshop on Space Traffic, Lisbon", 14.5, True, False),
            ("“We have moved from counting", 12.0, True, True),
            ("objects to managing traffic.”", 12.0, True, True),
            ("Dr. Ingrid Solvang, Nordic Orbital Safety Centre", 7.6, False, False),
            *body,
        ]
    )
    assert find_contributors([page]) == []


def test_masthead_art_editor_and_editorial_assistant() -> None:
    text = "\n".join(["Art Editor", "Matteo Ricciardi", "Editorial Assistant", "Hanne Lindberg"])
    credits = {(c.name, c.role) for c in find_contributors([PageText(1, "1", f"{text}\n{BODY}")])}
    assert credits == {("Matteo Ricciardi", "editor"), ("Hanne Lindberg", "editor")}


def test_a_list_broken_after_a_given_name_before_und() -> None:
    text = f"{BODY}\nRedaktion: Sabine Ehrlich, Murat\nYıldırım und Janina Wróbel\n{BODY}"
    credits = {c.name for c in find_contributors([PageText(1, "1", text)])}
    assert credits == {"Sabine Ehrlich", "Murat Yıldırım", "Janina Wróbel"}


def test_a_given_name_alone_after_the_person_was_introduced() -> None:
    text = (
        "Ingrid Solvang has built the layout for six years.\n"
        "“Real sea lochs are calm on most days,” said Ingrid. “The foam is the lie.”"
    )
    speakers = {q.speaker for q in find_quotes([PageText(1, "1", text)])}
    assert speakers == {"Ingrid Solvang"}


@pytest.mark.parametrize(
    "heading",
    [
        *(example for _, example in INTERVIEW_PAIRS),
        "AOIFE BRENNAN IN CONVERSATION WITH KENJI MATSUDA",
        # Letters the regex engine folds to an "s" or an "i" and `str.lower` does not.
        "Annette Vogelsang \u017fpricht mit Hiroshi Nakamura",
        "Annette Vogelsang SPR\u0130CHT MIT Hiroshi Nakamura",
    ],
)
def test_a_page_with_an_interview_pair_heading_may_name_a_pair(heading: str) -> None:
    assert interview_pair(heading) is not None
    assert may_name_a_pair(f"{BODY}\n{heading}\n{BODY}")


def test_a_page_without_a_pairs_words_names_no_pair() -> None:
    assert not may_name_a_pair(f"{BODY}\nMit dem Boot fuhr sie los.\nIn conclusion: Anna and Ben")


def test_an_interview_pair_below_the_lead_of_an_articles_first_page() -> None:
    lines = [BODY] * 14 + ["Aoife Brennan in conversation with Kenji Matsuda", BODY]
    credits = {(c.name, c.role) for c in find_contributors([PageText(1, "1", "\n".join(lines))])}
    assert credits == {("Aoife Brennan", "interviewer"), ("Kenji Matsuda", "interviewee")}


@pytest.mark.parametrize("line", ["Senior Features Editor", "AUTORINNEN UND AUTOREN", "Fotografie"])
def test_a_label_above_names_of_up_to_three_words(line: str) -> None:
    label = match_label(line)
    assert label is not None and label.convention.form is Form.ABOVE
    assert match_label(f"{line} and more") is None


@pytest.mark.parametrize(
    "line",
    [
        *(example for _, example in SIGN_OFFS),
        "On behalf of the Committee,",
        "Lots of Love from",
        "Ihre / Yours sincerely / Herzliche Grüße,",
    ],
)
def test_a_sign_off_of_up_to_five_words_or_in_two_languages(line: str) -> None:
    assert is_sign_off(line)
    assert not is_sign_off(f"{line.rstrip(',')} and all the best to the whole crew")


@pytest.mark.parametrize(
    ("line", "colon"),
    [
        ("Illustration: Malin Ekdahl", True),
        ("© Lars Eriksen", True),
        ("Foto © Inga Solberg", True),
        ("Photo by Eamon Walsh", False),
        ("Managing Editor", False),
        ("The council met at 10:30 in the hall", False),
    ],
)
def test_a_colon_label_is_what_match_label_reads_as_one(line: str, colon: bool) -> None:
    label = match_label(line)
    assert is_colon_label(line) is colon
    assert (label is not None and label.convention.form is Form.COLON) is colon


def test_turns_with_a_blank_before_the_colon_and_lines_without_one() -> None:
    text = (
        "Ein Gespräch über Sprachen und Stipendien.\n"
        "Mateusz Grabowski : Was hat Sie am meisten überrascht?\n"
        "Henrike Oyelaran-Voss : Wie viele Sprachen man in der Mensa hört, und wie laut.\n"
        "Mateusz Grabowski : Und was wünschen Sie sich?\n"
        "Henrike Oyelaran-Voss : Partnerschaften, die atmen können, und mehr Zeit für Besuche.\n"
        "Henrike Oyelaran-Voss leitet das Institut seit Oktober\n"
    )
    assert _roles(text) == {
        ("Mateusz Grabowski", "interviewer"),
        ("Henrike Oyelaran-Voss", "interviewee"),
    }
