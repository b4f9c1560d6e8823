"""The contributors, topics and quotes commands, and search filters, on the sample index."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from magazine_index.text import fold_key

from .conftest import SAMPLE_ID, run, run_json


def truth_pages(truth: dict[str, Any], name: str, role: str) -> set[int]:
    return {
        page["page"]
        for page in truth["pages"]
        for c in page["contributors"]
        if c["name"] == name and c["role"] == role
    }


def test_contributors_json_matches_the_truth_for_an_interview(
    sample_index: Path, truth: dict[str, Any]
) -> None:
    entries = run_json("contributors", "--role", "interviewee", index_dir=sample_index)
    by_name = {e["name"]: e for e in entries["contributors"]}
    for name, entry in by_name.items():
        assert entry["role"] == "interviewee"
        assert {p["page"] for p in entry["pages"]} == truth_pages(truth, name, "interviewee")
        assert all(p["magazine"] == SAMPLE_ID for p in entry["pages"])
    assert len(by_name) == len(
        {c["name"] for p in truth["pages"] for c in p["contributors"] if c["role"] == "interviewee"}
    )


def test_titles_and_offices_are_kept_apart(sample_index: Path) -> None:
    entries = run_json("contributors", index_dir=sample_index)["contributors"]
    for entry in entries:
        assert not entry["name"].startswith(("Dr.", "Prof.", "Mayor", "Minister"))
    assert any(e["titles"] for e in entries) and any(e["office"] for e in entries)


def test_topics_json_lists_pages(sample_index: Path) -> None:
    topics = run_json("topics", index_dir=sample_index)["topics"]
    names = {t["name"] for t in topics}
    assert "European funding" in names
    for topic in topics:
        assert topic["pages"] and all(isinstance(p["page"], int) for p in topic["pages"])


@pytest.mark.parametrize("name", ["Dvořáček", "dvoracek", "DVORACEK"])
def test_search_filters_by_contributor_accent_free(sample_index: Path, name: str) -> None:
    hits = run_json("search", "Europe", "--contributor", name, index_dir=sample_index)["hits"]
    assert hits
    for hit in hits:
        assert any(fold_key(c) == "tomas dvoracek" for c in hit["contributors"])


def test_search_filters_by_topic(sample_index: Path) -> None:
    hits = run_json("search", "Auenstadt", "--topic", "funding", index_dir=sample_index)["hits"]
    assert hits and all("European funding" in h["topics"] for h in hits)


def test_unknown_contributor_says_so(sample_index: Path) -> None:
    result = run("search", "Europe", "--contributor", "Nobody Atall", index_dir=sample_index)
    assert result.exit_code == 1
    assert "no contributor matches" in result.stderr


def test_quotes_of_a_speaker_match_the_truth(sample_index: Path, truth: dict[str, Any]) -> None:
    quotes = run_json("quotes", "--contributor", "sommerfeld", index_dir=sample_index)["quotes"]
    expected = [
        q["text"]
        for p in truth["pages"]
        for q in p["quotes"]
        if q["speaker"] == "Katrin Sommerfeld"
    ]
    assert quotes
    assert all(q["speaker"] == "Katrin Sommerfeld" for q in quotes)
    assert len({q["text"] for q in quotes}) == len(set(expected))


def test_quote_search_and_citation(sample_index: Path) -> None:
    result = run("quotes", "doors", "--cite", index_dir=sample_index)
    assert result.exit_code == 0
    first = result.stdout.splitlines()[0]
    assert first.startswith("Greta Albers: “We opened the doors")
    # The whole citation: the article and its author, the magazine, its year, the printed
    # page and the PDF page.
    assert first.endswith(
        "In: Miriam Köhnen, “The European Twinning Prize Comes to Auenstadt”, "
        "Auenstadt in Europe – Europe in Auenstadt (2025), p. 15 (PDF 16)."
    )


def test_csl_json(sample_index: Path) -> None:
    result = run("quotes", "doors", "--format", "csl-json", index_dir=sample_index)
    [item, *_] = json.loads(result.stdout)
    assert item["type"] == "article-magazine"
    assert item["container-title"] == "Auenstadt in Europe – Europe in Auenstadt"
    assert item["issued"] == {"date-parts": [[2025]]}
    assert item["page"] == "15"
    assert "We opened the doors" in item["note"]


def test_search_quotes_only(sample_index: Path) -> None:
    data = run_json("search", "doors", "--quotes", index_dir=sample_index)
    assert data["hits"] and all(h["kind"] == "quote" for h in data["hits"])
    assert data["hits"][0]["contributors"] == ["Greta Albers"]


def test_role_filter_ignores_case(sample_index: Path) -> None:
    lower = run_json("contributors", "--role", "author", index_dir=sample_index)
    capital = run_json("contributors", "--role", "Author", index_dir=sample_index)
    assert capital == lower and lower["contributors"]


def test_contributors_takes_a_name(sample_index: Path) -> None:
    everyone = run_json("contributors", index_dir=sample_index)["contributors"]
    found = run_json("contributors", "dvoracek", index_dir=sample_index)["contributors"]
    assert found and len(found) < len(everyone)
    assert all(entry["name"] == "Tomáš Dvořáček" for entry in found)
    result = run("contributors", "nobody-of-that-name", index_dir=sample_index)
    assert result.exit_code == 0 and "No contributors found" in result.stdout


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ursula von der Leyen", {"given": "Ursula", "family": "von der Leyen"}),
        ("Jan de Vries", {"given": "Jan", "family": "de Vries"}),
        ("Miriam Köhnen", {"given": "Miriam", "family": "Köhnen"}),
        ("Anna-Lena Maier Schulz", {"given": "Anna-Lena Maier", "family": "Schulz"}),
    ],
)
def test_csl_names_keep_particles_with_the_family_name(name: str, expected: dict[str, str]) -> None:
    from magazine_index.cli import _csl_name

    assert _csl_name(name) == expected
