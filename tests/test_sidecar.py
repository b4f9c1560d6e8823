"""Editor corrections: parsing, errors a user can cause, applying them, and the sample's file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from magazine_index.analyze.sidecar import (
    SidecarCredit,
    apply_sidecar,
    load_sidecar,
    parse_pages,
    parse_sidecar,
    sidecar_path,
)
from magazine_index.errors import SidecarError
from magazine_index.models import Credit, PageText

from .test_contributors import SAMPLE_PDF, SAMPLE_TRUTH, load_bench

# Printed page n is PDF page n + 1 (an unnumbered cover).
PAGES = [PageText(1, None, "")] + [PageText(n + 1, str(n), "") for n in range(1, 8)]


@pytest.mark.parametrize(
    ("value", "labels"),
    [
        ("3-4", ("3", "4")),
        ("3, 5-6", ("3", "5", "6")),
        (7, ("7",)),
        (["2", 4, "4"], ("2", "4")),
        ("iv", ("iv",)),
    ],
)
def test_parse_pages(value: object, labels: tuple[str, ...]) -> None:
    assert parse_pages(value) == labels


def test_missing_file_is_no_sidecar(tmp_path: Path) -> None:
    assert load_sidecar(tmp_path / "none.toml") is None
    assert sidecar_path(tmp_path / "mag.pdf") == tmp_path / "mag.toml"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("[[article]\n", "not valid TOML"),
        ("[[article]]\ntitle = 'A'\n", "'pages' is missing"),
        ("[[article]]\npages = '4-2'\n", "runs backwards"),
        ("[[article]]\npages = true\n", "pages must be"),
        (
            "[[article]]\npages = '2'\ncontributors = [{name = 'A B', role = 'boss'}]\n",
            "role 'boss'",
        ),
        ("[[article]]\npages = '2'\ncontributors = [{role = 'author'}]\n", "needs a 'name'"),
        ("[[article]]\npages = '2'\ntopics = 'Sport'\n", "'topics' must be"),
        ("[[article]]\npages = '2'\nauthor = 'A B'\n", "unknown key 'author'"),
        ("title = 'x'\n", "unknown key 'title'"),
    ],
)
def test_malformed_sidecar(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "mag.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(SidecarError) as error:
        load_sidecar(path)
    message = str(error.value)
    assert message.startswith(str(path)) and reason in message and "\n" not in message


def test_apply_overrides_roles_named_and_topics() -> None:
    sidecar = parse_sidecar(
        """
        [[article]]
        title = "Vorwort"
        pages = "1-2"
        contributors = [{ name = "Prof. Dr. Anna Berg, MdB", role = "author" }]
        topics = ["Democracy and participation"]

        [[article]]
        pages = "5"
        contributors = []
        """,
        "mag.toml",
    )
    assert sidecar.articles[0].contributors == (
        SidecarCredit("Anna Berg", "author", "Prof. Dr.", "MdB"),
    )
    detected = [
        Credit("Tom Ek", "author", (2, 3, 4)),  # wrong on PDF pages 2-3, right on 4
        Credit("Ana Ruiz", "photographer", (3,)),  # a role the correction does not name
        Credit("Lina Vogt", "author", (6,)),  # on a page the editor cleared
    ]
    topics = {2: ("Sport",), 4: ["Sport"]}
    credits, new_topics = apply_sidecar(sidecar, PAGES, detected, topics)
    assert credits == [
        Credit("Anna Berg", "author", (2, 3), "Prof. Dr.", "MdB"),
        Credit("Ana Ruiz", "photographer", (3,)),
        Credit("Tom Ek", "author", (4,)),
    ]
    assert new_topics == {
        2: ("Democracy and participation",),
        3: ("Democracy and participation",),
        4: ("Sport",),
    }


def test_unknown_printed_page() -> None:
    sidecar = parse_sidecar("[[article]]\ntitle = 'X'\npages = '40'\n", "mag.toml")
    with pytest.raises(SidecarError, match=r"^mag\.toml: article \(X\) names printed page 40"):
        apply_sidecar(sidecar, PAGES, [], {})


def test_no_sidecar_changes_nothing() -> None:
    credits = [Credit("Tom Ek", "author", (2,))]
    assert apply_sidecar(None, PAGES, credits, {2: ("A",)}) == (credits, {2: ("A",)})


@pytest.mark.skipif(not SAMPLE_TRUTH.exists(), reason="sample magazine not generated")
def test_sample_sidecar_agrees_with_truth() -> None:
    bench = load_bench()
    truth = json.loads(SAMPLE_TRUTH.read_text(encoding="utf-8"))
    pages, outline = bench.load_sample(SAMPLE_PDF, truth)
    sidecar = load_sidecar(sidecar_path(SAMPLE_PDF))
    assert sidecar is not None
    from magazine_index.analyze.contributors import find_contributors
    from magazine_index.analyze.topics import page_topics

    detected = find_contributors(pages, outline)
    vocabulary = {n: t.vocabulary for n, t in page_topics(pages, outline, top_terms=0).items()}
    credits, topics = apply_sidecar(sidecar, pages, detected, vocabulary)
    by_label = {p.label: p.number for p in pages}
    truth_pages = {p["page"]: p for p in truth["pages"]}
    for article in sidecar.articles:
        for label in article.pages:
            number = by_label[label]
            expected = {(c["name"], c["role"]) for c in truth_pages[number]["contributors"]}
            assert {(c.name, c.role) for c in credits if number in c.pages} == expected
            if article.topics is not None:
                assert set(topics[number]) == set(truth_pages[number]["topics"])
