"""Articles: headlines from the typography, spans, titles, people, the editor's corrections,
the `articles` command and the article each search hit names."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from magazine_index.analyze.pipeline import analyse
from magazine_index.analyze.sidecar import apply_sidecar_articles, parse_sidecar
from magazine_index.analyze.structure import (
    HEADLINE_FACTOR,
    _running_key,
    _running_keys,
    article_spans,
    body_size,
    detect_rubrics,
    find_articles,
    headline,
)
from magazine_index.analyze.topics import page_topics
from magazine_index.models import Credit, LineStyle, OutlineEntry, PageText
from magazine_index.store import MagazineRecord

from .conftest import REPO, SAMPLE_ID, SAMPLES, run, run_json

if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
from bench.accuracy import article_scores, load_styled_sample, load_truth

BODY = 9.5
BODY_TEXT = "Body text of the article, set in the size most characters of the magazine use."


def styled_page(
    number: int, label: str | None, lines: list[tuple[str, float]], bold: bool = False
) -> PageText:
    """A page whose lines carry the given sizes (all at the left margin)."""
    styles = tuple(LineStyle(text, size, bold, False, 50.0) for text, size in lines)
    return PageText(number, label, "\n".join(text for text, _ in lines), styles)


def article_page(number: int, rubric: str, title: str | None = None) -> PageText:
    lines = [(rubric, 8.0), (f"Journal · {number}", 7.0)]
    if title:
        lines += [(title, BODY * 2.2), (f"What {title} is about.", 10.5)]
    lines += [(BODY_TEXT, BODY)] * 6
    return styled_page(number, str(number), lines)


# ---------------------------------------------------------------------------------------------
# Typography


def test_body_size_is_the_size_of_most_characters() -> None:
    pages = [article_page(1, "Youth", "A Long Headline Over Many Words Indeed")]
    assert body_size(pages) == BODY
    assert body_size([PageText(1, "1", "no styles")]) is None


def test_the_running_frame_is_read_from_the_top_lines_of_each_page() -> None:
    # `_running_keys` reads all of a page's top lines at once; each line's key is still the
    # one `_running_key` gives it, blank lines are skipped, and only the first 40 count.
    body = [f"Zeile {n} des Berichts über die Werft" for n in range(45)]
    pages = [
        PageText(
            n, str(n), "\n".join(["", f"  Kleinhafen  Bote · {n}/2025 ", "", *body, "Fußnote"])
        )
        for n in range(1, 4)
    ]
    assert _running_key(" Kleinhafen  Bote · 3/2025") == "kleinhafen bote · /"
    keys = _running_keys(pages)
    assert "kleinhafen bote · /" in keys
    assert "zeile des berichts über die werft" in keys
    assert "fußnote" not in keys  # the 47th line of each page, below the top lines


@pytest.mark.parametrize(
    ("size", "is_headline"),
    [(BODY * HEADLINE_FACTOR, True), (BODY * 2.4, True), (BODY * 1.6, False), (BODY, False)],
)
def test_a_headline_is_set_large_at_the_top(size: float, is_headline: bool) -> None:
    page = styled_page(1, "1", [("Youth", 8.0), ("Title Words", size), (BODY_TEXT, BODY)])
    found = headline(page, BODY)
    assert (found is not None and found.text == "Title Words") is is_headline


def test_a_headline_over_two_lines_with_its_lead() -> None:
    page = styled_page(
        1,
        "1",
        [
            ("Brücken bauen: Unsere Erasmus+-", 21.0),
            ("Woche in Polen", 21.0),
            ("Sieben Tage, zwei Sprachen.", 10.5),
            ("Ein Bericht.", 10.5),
            ("Text: Klasse 9b", 8.8),
            (BODY_TEXT, BODY),
        ],
    )
    found = headline(page, BODY)
    assert found is not None
    assert found.text == "Brücken bauen: Unsere Erasmus+-Woche in Polen"
    assert found.lead == "Sieben Tage, zwei Sprachen. Ein Bericht."


def test_a_large_line_below_the_top_is_no_headline() -> None:
    # A pull quote half-way down the page, set as large as a headline.
    lines = [("Youth", 8.0)] + [(BODY_TEXT, BODY)] * 8 + [("“A pull quote”", 21.0)]
    assert headline(styled_page(1, "1", lines), BODY) is None


def test_a_pull_quote_at_the_top_is_no_headline() -> None:
    # The second page of an interview opens with a pull quote over two lines, set large.
    lines = [
        ("Interview", 8.0),
        ("„Wer zuerst im Einer sauber rudern lernt,", 19.0),
        ("ist später auch im Großboot wertvoller.“", 19.0),
        (BODY_TEXT, BODY),
    ]
    assert headline(styled_page(1, "1", lines, bold=True), BODY) is None


def test_without_styles_there_is_no_headline() -> None:
    assert headline(PageText(1, "1", "Title\nBody"), BODY) is None


# ---------------------------------------------------------------------------------------------
# Spans and articles


def test_a_headline_starts_an_article() -> None:
    pages = [
        article_page(1, "Youth", "First Story of the Issue"),
        article_page(2, "Youth"),
        article_page(3, "Youth", "Second Story of the Issue"),
        article_page(4, "Youth"),
    ]
    assert article_spans(pages) == [(1, 2), (3, 4)]
    # Without the typography nothing tells the stories apart: each page stands alone.
    plain = [PageText(p.number, p.label, p.text) for p in pages]
    assert article_spans(plain) == [(1,), (2,), (3,), (4,)]


def test_find_articles_names_spans_and_credits_their_people() -> None:
    pages = [
        article_page(1, "Youth", "First Story of the Issue"),
        article_page(2, "Youth"),
        styled_page(3, None, [("SUMMER FAIR", 28.0), ("Free admission", 14.0)]),
        article_page(4, "Interview", "Second Story of the Issue"),
    ]
    credits = [
        Credit("Anna Berg", "author", (1, 2)),
        Credit("Ole Lund", "photographer", (2,)),
        Credit("Mia Roe", "interviewee", (4,)),
        Credit("Tom Ek", "interviewer", (4,)),
    ]
    articles = find_articles(pages, (), credits)
    assert [(a.title, a.pages, a.rubric) for a in articles] == [
        ("First Story of the Issue", (1, 2), "Youth"),
        ("Second Story of the Issue", (4,), "Interview"),
    ]  # the advertisement (no folio, no rubric, not listed) belongs to no article
    first, second = articles
    assert first.lead == "What First Story of the Issue is about."
    assert (first.authors, first.photographers) == (("Anna Berg",), ("Ole Lund",))
    assert (second.interviewees, second.interviewers, second.authors) == (
        ("Mia Roe",),
        ("Tom Ek",),
        (),
    )


def test_a_bookmark_names_the_article_before_its_headline() -> None:
    pages = [article_page(1, "Youth", "Printed Headline of It"), article_page(2, "Youth")]
    outline = [OutlineEntry("Youth", 1, 0), OutlineEntry("Bookmarked title", 1, 1)]
    assert [a.title for a in find_articles(pages, outline, ())] == ["Bookmarked title"]
    # A bookmark that names a page says nothing about the article.
    paged = [OutlineEntry("Page 1", 1, 0)]
    assert [a.title for a in find_articles(pages, paged, ())] == ["Printed Headline of It"]


def test_a_contents_entry_names_the_article_and_its_rubric() -> None:
    contents = PageText(
        2,
        "2",
        "Contents\nGuest Column: Small Towns, Big Presidency 3\nThe Secret Life of 4\nEditorial 5",
    )
    pages = [
        article_page(1, "Journal"),
        contents,
        article_page(3, "", "Small Towns, Big Presidency"),
        article_page(4, "", "The Secret Life of Urban Soil"),
        article_page(5, "", "Letters From Our Readers"),
    ]
    by_page = {a.first_page: a for a in find_articles(pages, (), ())}
    # The rubric is named once, before the headline the page prints.
    assert (by_page[3].title, by_page[3].rubric) == (
        "Guest Column: Small Towns, Big Presidency",
        "Guest Column",
    )
    # An entry cut at a line's end is the start of the headline: the headline is the title.
    assert by_page[4].title == "The Secret Life of Urban Soil"
    topics = page_topics(pages, (), top_terms=0)
    assert topics[3].kinds().get("Guest Column") == "rubric"


def test_a_running_head_in_its_style_is_a_rubric_on_one_page_only() -> None:
    pages = [
        styled_page(n, str(n), [(rubric, 10.0), (BODY_TEXT, BODY)], bold=True)
        for n, rubric in enumerate(["Editorial", "Partner Cities", "Youth", "Guest Column"], 1)
    ]
    assert detect_rubrics(pages) == {
        1: "Editorial",
        2: "Partner Cities",
        3: "Youth",
        4: "Guest Column",
    }


def test_on_mirrored_pages_the_rubric_stands_beside_the_magazines_name() -> None:
    def page(number: int, rubric: str) -> PageText:
        name = LineStyle("HÖHENWEG 1/2026", 8.5, True, False, 45.0)
        head = LineStyle(rubric, 8.5, True, False, 45.0 if number % 2 else 430.0)
        heads = (head, name._replace(x=460.0)) if number % 2 else (name, head)
        body = LineStyle(BODY_TEXT, BODY, False, False, 45.0)
        styles = (*heads, *[body] * 6)
        return PageText(number, str(number), "\n".join(s.text for s in styles), styles)

    rubrics = ["Tourenbericht"] * 3 + ["Interview"] * 2 + ["Leserbriefe"] * 2 + ["Termine"]
    pages = [page(n, rubric) for n, rubric in enumerate(rubrics, 3)]
    assert detect_rubrics(pages) == dict(enumerate(rubrics, 3))


def test_a_subhead_inside_a_rubrics_run_of_pages_does_not_start_an_article() -> None:
    def page(number: int, rubric: str, head: tuple[str, float] | None, lead: bool) -> PageText:
        lines = [(rubric, 8.0)]
        if head:
            lines.append(head)
            if lead:
                lines.append(("What the story is about, told in two lines of lead.", 12.0))
        lines += [(BODY_TEXT, BODY)] * 8
        return styled_page(number, str(number), lines)

    pages = [
        page(1, "COVER STORY", ("The Town as a Sponge", BODY * 3), True),
        page(2, "COVER STORY", None, False),
        page(3, "COVER STORY", ("From Lecture Hall to Town Hall", BODY * 1.9), False),
        page(4, "NEWS", ("A New Bridge", BODY * 3), True),
        page(5, "NEWS", ("A Second Story at Full Size", BODY * 3), False),
    ]
    assert article_spans(pages) == [(1, 2, 3), (4,), (5,)]


SEASONS = {1: "Spring", 2: "Summer", 3: "Autumn", 4: "Winter"}
SIDECAR = """
[[article]]
title = "Corrected title"
pages = "2-3"
contributors = [{ name = "Eva Holm", role = "author" }]
"""


def test_the_editors_article_replaces_the_detected_ones() -> None:
    pages = [article_page(n, "Youth", f"The {SEASONS[n]} Story") for n in (1, 2, 3, 4)]
    credits = [Credit("Eva Holm", "author", (2, 3)), Credit("Ben Falk", "author", (4,))]
    detected = find_articles(pages, (), credits)
    assert [a.pages for a in detected] == [(1,), (2,), (3,), (4,)]
    corrected = apply_sidecar_articles(parse_sidecar(SIDECAR), pages, detected, credits)
    assert [(a.title, a.pages, a.authors) for a in corrected] == [
        ("The Spring Story", (1,), ()),
        ("Corrected title", (2, 3), ("Eva Holm",)),
        ("The Winter Story", (4,), ("Ben Falk",)),
    ]
    assert corrected[1].lead == "What The Summer Story is about."


def test_analyse_applies_the_sidecar_to_articles(tmp_path: Path) -> None:
    pages = [article_page(n, "Youth", f"The {SEASONS[n]} Story") for n in (1, 2, 3, 4)]
    sidecar = tmp_path / "mag.toml"
    sidecar.write_text(SIDECAR, encoding="utf-8")
    analysis = analyse(pages, (), sidecar)
    by_title = {a.title: a for a in analysis.articles}
    assert by_title["Corrected title"].pages == (2, 3)
    assert by_title["Corrected title"].authors == ("Eva Holm",)
    assert "The Summer Story" not in by_title


def test_articles_survive_the_store() -> None:
    pages = [article_page(1, "Youth", "First Story of the Issue")]
    analysis = analyse(pages, ())
    from magazine_index.models import Magazine

    magazine = Magazine("m", "M", "m.pdf", "0", 1, 0.0, 1, 0)
    record = MagazineRecord(
        magazine, ["1"], [], analysis.page_topics, analysis.articles, analysis.topic_kinds
    )
    again = MagazineRecord.from_data(record.to_data())
    assert again.articles == analysis.articles
    assert again.topic_kinds == analysis.topic_kinds
    assert again.article(1) == analysis.articles[0] and again.article(2) is None


# ---------------------------------------------------------------------------------------------
# The samples

# Floors just under what bench/accuracy.py measures (README, Accuracy): the share of pages in
# the right article, and of articles found whole with their title. Without the outline only
# the contents page, the headlines and the rubrics tell the articles apart.
ARTICLE_FLOORS = {"with outline": (1.0, 1.0), "without outline": (0.95, 0.95)}


@pytest.fixture(scope="module", params=["auenstadt-europe-2025", "hafenberg-letter-2024"])
def styled_sample(request: pytest.FixtureRequest) -> tuple[Any, ...]:
    truth = load_truth(SAMPLES / f"{request.param}.truth.json")
    pages, outline = load_styled_sample(SAMPLES / f"{request.param}.pdf", truth)
    return pages, outline, truth


@pytest.mark.parametrize("use_outline", [True, False], ids=["with outline", "without outline"])
def test_articles_on_the_samples(styled_sample: tuple[Any, ...], use_outline: bool) -> None:
    pages, outline, truth = styled_sample
    scores = article_scores(pages, outline if use_outline else [], truth)
    floor_pages, floor_spans = ARTICLE_FLOORS["with outline" if use_outline else "without outline"]
    assert scores["pages"] >= floor_pages and scores["spans"] >= floor_spans, scores


# ---------------------------------------------------------------------------------------------
# The command line


def test_articles_json(sample_index: Path, truth: dict[str, Any]) -> None:
    articles = run_json("articles", index_dir=sample_index)["articles"]
    by_title = {a["title"]: a for a in articles}
    interview = by_title["Interview with State Minister for Europe Dr. Katrin Sommerfeld"]
    assert interview == {
        "magazine": SAMPLE_ID,
        "title": "Interview with State Minister for Europe Dr. Katrin Sommerfeld",
        "rubric": "Interview",
        "lead": interview["lead"],
        "first_page": 4,
        "last_page": 5,
        "first_page_label": "3",
        "last_page_label": "4",
        "authors": [],
        "interviewees": ["Katrin Sommerfeld"],
        "interviewers": ["Jonas Weißbach"],
        "photographers": ["Malte Brandt"],
    }
    assert interview["lead"].startswith("Katrin Sommerfeld has been the state’s Minister")
    # Every page of the truth's articles is in the article of that title; the ad in none.
    for page in truth["pages"]:
        holding = [
            a["title"] for a in articles if a["first_page"] <= page["page"] <= a["last_page"]
        ]
        assert holding == ([page["article"]] if page["article"] else []), page["page"]


def test_articles_filtered_by_contributor_and_magazine(sample_index: Path) -> None:
    found = run_json("articles", "--contributor", "koehnen", index_dir=sample_index)["articles"]
    assert [a["first_page_label"] for a in found] == ["5", "15"]
    assert all("Miriam Köhnen" in a["authors"] for a in found)
    photos = run_json("articles", "-c", "ayse", "-m", SAMPLE_ID, index_dir=sample_index)
    assert [a["first_page_label"] for a in photos["articles"]] == ["2", "11"]


def test_articles_human_output(sample_index: Path) -> None:
    result = run("articles", "--contributor", "Weissbach", index_dir=sample_index)
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "Interview with State Minister for Europe Dr. Katrin Sommerfeld  (Interview · pp. 3–4)"
        f"  [{SAMPLE_ID}]",
        "  Interviewee: Katrin Sommerfeld",
        "  Interviewer: Jonas Weißbach",
        "  Photos: Malte Brandt",
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--magazine", "no-such-issue"], "no magazine 'no-such-issue'"),
        (["--contributor", "Nobody Atall"], "no article credits a contributor"),
        (["--contributor", "  "], "has no letters or digits"),
    ],
)
def test_articles_errors_exit_1(sample_index: Path, args: list[str], message: str) -> None:
    result = run("articles", *args, index_dir=sample_index)
    assert result.exit_code == 1
    assert message in result.stderr and "Traceback" not in result.output


def test_articles_without_an_index_exit_1(tmp_path: Path) -> None:
    result = run("articles", index_dir=tmp_path / "none")
    assert result.exit_code == 1 and "no index" in result.stderr


def test_search_hits_name_their_article(sample_index: Path) -> None:
    hits = run_json("search", "Strukturwandel", "-c", "dvoracek", index_dir=sample_index)["hits"]
    assert [h["article"] for h in hits] == ["From Coal to Code"]
    advert = run_json("search", "Streetfood", index_dir=sample_index)["hits"]
    assert advert and advert[0]["page_label"] is None and advert[0]["article"] is None
    human = run("search", "Strukturwandel", "-c", "dvoracek", index_dir=sample_index).stdout
    assert "  Article: From Coal to Code" in human.splitlines()


def test_topics_carry_their_kind(sample_index: Path) -> None:
    topics = {t["name"]: t["kind"] for t in run_json("topics", index_dir=sample_index)["topics"]}
    assert topics["European funding"] == "subject"
    assert topics["Europe in the City"] == "rubric"
    assert not set(topics) & {a for a in _article_titles(sample_index)}
    human = run("topics", index_dir=sample_index).stdout.splitlines()
    assert human[0] == "Subjects (from the vocabulary):"
    rubrics = human.index("Rubrics (the magazines' sections):")
    assert any(line.startswith("  Europe in the City: ") for line in human[rubrics:])


def _article_titles(index_dir: Path) -> set[str]:
    return {a["title"] for a in run_json("articles", index_dir=index_dir)["articles"]}


def test_a_reindexed_sidecar_changes_the_articles(tmp_path: Path) -> None:
    pdf = tmp_path / "issue.pdf"
    shutil.copy(SAMPLES / "auenstadt-europe-2025.pdf", pdf)
    (tmp_path / "issue.toml").write_text(
        '[[article]]\ntitle = "Two guest essays"\npages = "7-8"\n', encoding="utf-8"
    )
    index_dir = tmp_path / "index"
    assert run("index", pdf, index_dir=index_dir).exit_code == 0
    articles = run_json("articles", index_dir=index_dir)["articles"]
    essays = [a for a in articles if a["title"] == "Two guest essays"]
    assert [(a["first_page_label"], a["last_page_label"]) for a in essays] == [("7", "8")]
    assert essays[0]["authors"] == ["Tomáš Dvořáček", "Sabine Holtkamp-Pfeiffer"]
    assert not any(a["title"] in {"From Coal to Code", "Demokratie braucht Nähe"} for a in articles)


def test_show_names_the_article(sample_index: Path) -> None:
    page = run_json("show", SAMPLE_ID, "11", index_dir=sample_index)
    assert page["article"] == "Interview mit MdEP Derya Kaya"
    human = run("show", SAMPLE_ID, "11", index_dir=sample_index).stdout.splitlines()
    assert "Article: Interview mit MdEP Derya Kaya" in human[:3]
