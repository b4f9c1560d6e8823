"""Printed page labels inferred from folios, on plain page texts."""

from __future__ import annotations

from magazine_index.analyze.folios import printed_labels


def magazine(pages: int, offset: int, unnumbered: set[int], footer: str) -> list[str]:
    texts = []
    for number in range(1, pages + 1):
        body = f"Some article text on this page.\nIt talks about {number * 3} projects."
        if number in unnumbered:
            texts.append(body)
        else:
            texts.append(f"{footer} {number - offset}\n{body}")
    return texts


def test_offset_of_an_unnumbered_cover_is_found() -> None:
    texts = magazine(12, 1, {1}, "Auenstadt in Europe · No. 27 · 2025")
    labels = printed_labels(texts)
    assert labels[0] is None
    assert labels[1:] == [str(n) for n in range(1, 12)]


def test_unnumbered_advert_in_the_middle_gets_no_label() -> None:
    texts = magazine(10, 2, {1, 2, 6}, "City Magazine 2024 Nr. 4")
    labels = printed_labels(texts)
    assert labels[:2] == [None, None]
    assert labels[5] is None
    assert labels[6] == "5"


def test_folio_at_the_end_of_the_page_text() -> None:
    texts = [f"Body of page {n}.\nMore body.\n{n + 4}" for n in range(1, 6)]
    assert printed_labels(texts) == ["5", "6", "7", "8", "9"]


def test_no_evidence_gives_pdf_page_numbers() -> None:
    texts = ["Nothing numbered here.", "Nor here, in the year 2025.", ""]
    assert printed_labels(texts) == ["1", "2", "3"]


def test_issue_numbers_and_years_alone_are_not_folios() -> None:
    texts = [f"No. 27 · 2025\nText of page {n}" for n in range(1, 8)]
    assert printed_labels(texts) == [str(n) for n in range(1, 8)]


def test_pdf_labels_win() -> None:
    texts = magazine(4, 1, {1}, "Footer")
    assert printed_labels(texts, ["i", "ii", "1", "2"]) == ["i", "ii", "1", "2"]
