"""The detectors against the hand-written truth of both sample magazines.

The first magazine is the one the detectors were developed on; the second was written by
someone who had not seen them, in another style (its first measurement is in the README), and
has been used for development since. Thresholds sit just under what is measured, to catch
regressions; the README gives the exact figures.
"""

from __future__ import annotations

import sys
from typing import Any

import pytest

from magazine_index.analyze.contributors import find_contributors
from magazine_index.analyze.folios import printed_labels
from magazine_index.extract import extract

from .conftest import REPO, SAMPLES

if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
from bench.accuracy import (
    _without_titles,
    contributor_scores,
    load_sample,
    load_truth,
    quote_scores,
    topic_scores,
    topic_set_scores,
)

MAGAZINES = ["auenstadt-europe-2025", "hafenberg-letter-2024"]


@pytest.fixture(scope="module", params=MAGAZINES)
def magazine(request: pytest.FixtureRequest) -> dict[str, Any]:
    pdf = SAMPLES / f"{request.param}.pdf"
    truth = load_truth(pdf.with_name(f"{request.param}.truth.json"))
    pages, outline = load_sample(pdf, truth)
    return {"pdf": pdf, "truth": truth, "pages": pages, "outline": outline}


def test_printed_labels(magazine: dict[str, Any]) -> None:
    extracted = extract(magazine["pdf"])
    expected = [page["page_label"] for page in magazine["truth"]["pages"]]
    assert printed_labels(extracted.texts, extracted.pdf_labels) == expected


def test_contributors(magazine: dict[str, Any]) -> None:
    precision, recall = contributor_scores(
        magazine["pages"], magazine["outline"], magazine["truth"]
    )
    assert precision >= 0.9 and recall >= 0.9, (precision, recall)


def test_quotations_with_detected_contributors(magazine: dict[str, Any]) -> None:
    credits = find_contributors(magazine["pages"], magazine["outline"])
    scores = quote_scores(magazine["pages"], credits, magazine["truth"])
    assert scores["recall"] >= 0.9, scores["missing"]
    assert scores["precision"] >= 0.9, scores["extra"]
    assert scores["speaker_accuracy"] >= 0.85, scores["wrong_speaker"]
    assert scores["page_accuracy"] >= 0.9


# Topic floors per magazine, just under what bench/accuracy.py measures (README, Accuracy).
# The issue asks for 0.9 precision and recall; keyword evidence does not reach it (see the
# README): these floors guard the measured level.
TOPIC_FLOORS = {"auenstadt-europe-2025": (0.9, 0.85), "hafenberg-letter-2024": (0.85, 0.85)}


def test_topics(magazine: dict[str, Any]) -> None:
    precision, recall = topic_scores(magazine["pages"], magazine["outline"], magazine["truth"])
    floor_precision, floor_recall = TOPIC_FLOORS[magazine["pdf"].stem]
    assert precision >= floor_precision and recall >= floor_recall, (precision, recall)


def test_topics_on_the_topic_set() -> None:
    # Magazines the rule was not written for, against the majority of three blind annotators
    # (samples/topic-set); the annotators reach 0.89-1.00 against the same truth.
    scores = topic_set_scores()
    precision, recall = scores["all"]
    assert precision >= 0.7 and recall >= 0.65, scores


@pytest.mark.parametrize(
    ("name", "scored"),
    [
        ("Dr. Helga Ostermann-Yıldız", "Helga Ostermann-Yıldız"),
        ("Prof. Dr. Ana Ruiz", "Ana Ruiz"),
        ("Mrs Catherine Doyle", "Catherine Doyle"),
        ("Ana Ruiz", "Ana Ruiz"),
    ],
)
def test_truth_names_are_scored_without_their_titles(name: str, scored: str) -> None:
    assert _without_titles(name) == scored
