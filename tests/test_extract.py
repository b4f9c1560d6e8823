"""Extraction (PDFium and pypdf): text, printed labels, outline, metadata, real and made PDFs."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest

from magazine_index.analyze.folios import printed_labels
from magazine_index.errors import ExtractionError
from magazine_index.extract import Extracted, extract
from magazine_index.models import EXTRACTORS
from magazine_index.pdfium_text import read, to_pypdf_model

from .conftest import REPO, SAMPLE_PDF
from .pdfs import add_page_labels, encrypt, make_image_only_pdf, make_pdf, make_styled_pdf


@pytest.fixture(scope="module", params=EXTRACTORS)
def sample(request: pytest.FixtureRequest) -> Any:
    return extract(SAMPLE_PDF, extractor=request.param)


def test_sample_labels_match_the_truth(sample: Any, truth: dict[str, Any]) -> None:
    labels = printed_labels(sample.texts, sample.pdf_labels)
    assert sample.pdf_labels is None  # the sample prints folios but defines no /PageLabels
    assert labels == [page["page_label"] for page in truth["pages"]]


def test_sample_text_is_normalised(sample: Any) -> None:
    text = "\n".join(sample.texts)
    assert "\ufb01" not in text and "\ufb02" not in text and "\u00ad" not in text
    assert "financing" in text and "Einfluss" in text
    assert "Partnerschaft" in text and "Partner-\nschaft" not in text
    assert "EU-Ratspräsidentschaft" in text
    assert "Holtkamp-Pfeiffer" in text
    assert "development" in text


def test_sample_metadata_and_outline(sample: Any, truth: dict[str, Any]) -> None:
    assert sample.title == truth["title"]
    assert sample.year == truth["year"]
    starts = {}
    for page in truth["pages"]:
        if page["article"] and page["article"] not in starts:
            starts[page["article"]] = page["page"]
    assert {(e.title, e.page) for e in sample.outline} == set(starts.items())


@pytest.mark.parametrize("extractor", EXTRACTORS)
def test_two_columns_come_out_column_by_column(tmp_path: Path, extractor: str) -> None:
    left = ["The first column starts here", "and ends with Partner-", "schaft in the city."]
    right = ["The second column follows", "with its own text."]
    pdf = make_pdf(tmp_path / "columns.pdf", [[left, right]])
    text = extract(pdf, extractor=extractor).texts[0]
    assert text.index("Partnerschaft in the city.") < text.index("The second column follows")


def test_pdf_page_labels_are_read(tmp_path: Path) -> None:
    plain = make_pdf(tmp_path / "plain.pdf", [["front"], ["matter"], ["chapter one"], ["more"]])
    labelled = add_page_labels(plain, tmp_path / "labelled.pdf", [(0, 1, "/r", 1), (2, 3, "/D", 1)])
    assert extract(labelled).pdf_labels == ("i", "ii", "1", "2")
    assert extract(plain).pdf_labels is None


def test_real_pdf_with_roman_labels_and_outline(real_pdfs: Path) -> None:
    extracted = extract(real_pdfs / "GeoTopo-komprimiert.pdf")
    assert extracted.pdf_labels is not None
    assert extracted.pdf_labels[0] != "1"
    assert "1" in extracted.pdf_labels
    assert len(extracted.outline) > 5


@pytest.mark.parametrize(("extractor", "symbols"), [("pypdf", "(∀,∃)"), ("pdfium", "(∀, ∃)")])
def test_cff_fonts_are_decoded(real_pdfs: Path, extractor: str, symbols: str) -> None:
    # Without fontTools, pypdf reads this pdfLaTeX file's commas as ";" and symbols as digits.
    # PDFium decodes them itself, and puts a space where the gap between glyphs is wide.
    text = "\n".join(extract(real_pdfs / "GeoTopo-komprimiert.pdf", extractor=extractor).texts[:30])
    assert "ein Paar (X, T) bestehend aus" in text
    assert symbols in text


def test_empty_password_opens(tmp_path: Path) -> None:
    plain = make_pdf(tmp_path / "plain.pdf", [["Protected against editing only"]])
    locked = encrypt(plain, tmp_path / "owner-only.pdf", user_password="")
    assert "editing only" in extract(locked).texts[0]


def test_real_aes_files(real_pdfs: Path) -> None:
    assert extract(real_pdfs / "encrypted" / "encrypted-owner-only.pdf").texts
    with pytest.raises(ExtractionError, match="password"):
        extract(real_pdfs / "encrypted" / "encrypted-user-password.pdf")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"just some notes, not a PDF\n", "not a PDF"),
        (bytes(range(256)) * 8, "not a PDF"),
        (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog", "damaged"),
    ],
)
def test_bad_files_raise_one_clear_reason(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.pdf"
    path.write_bytes(content)
    with pytest.raises(ExtractionError, match=reason) as raised:
        extract(path)
    assert "\n" not in str(raised.value)


def test_truncated_pdf_fails_or_keeps_what_it_can(tmp_path: Path) -> None:
    whole = SAMPLE_PDF.read_bytes()
    path = tmp_path / "truncated.pdf"
    path.write_bytes(whole[: len(whole) // 3])
    try:
        extracted = extract(path)
    except ExtractionError as error:
        assert error.path == str(path)
    else:
        assert len(extracted.texts) >= 1


def test_pages_without_text_layer(tmp_path: Path) -> None:
    extracted = extract(make_image_only_pdf(tmp_path / "scan.pdf", pages=3))
    assert extracted.texts == ("", "", "")


@pytest.mark.parametrize(
    ("pdfium", "pypdf"),
    [
        ("Partner\ufffeschaft", "Partner-\nschaft"),  # PDFium's line-end hyphen, line joined
        ("EU\x02Rats", "EU-\nRats"),  # the same marker in older PDFium builds
        ("first\r\nsecond", "first\nsecond"),
    ],
)
def test_pdfium_text_takes_pypdfs_model(pdfium: str, pypdf: str) -> None:
    assert to_pypdf_model(pdfium) == pypdf


def test_pdfium_hyphens_are_joined_like_pypdfs(tmp_path: Path) -> None:
    lines = ["Die Zusammen-", "arbeit mit der EU-", "Ratspräsidentschaft und Jugend-", "und Schule"]
    pdf = make_pdf(tmp_path / "hyphens.pdf", [lines])
    assert extract(pdf, extractor="pdfium").texts == extract(pdf, extractor="pypdf").texts
    assert (
        "Zusammenarbeit mit der EU-Ratspräsidentschaft" in extract(pdf, extractor="pdfium").texts[0]
    )


def test_a_file_pdfium_cannot_open_is_left_to_pypdf(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\nnot a PDF body")
    with caplog.at_level(logging.INFO, logger="magazine_index"):
        assert read(broken) is None
    assert "PDFium cannot open it" in caplog.text and "broken.pdf" in caplog.text


def test_pdfium_keeps_kerned_words_whole() -> None:
    # The WMDE reports' font kerns "rt": PDFium put a space between them ("Har tenstein").
    report = REPO.parent / "shared" / "real-magazines" / "wmde-taetigkeitsbericht-2013-de.pdf"
    if not report.is_file():
        pytest.skip("the shared real magazines are not beside the repository")
    imprint = extract(report, extractor="pdfium").texts[26]
    assert "Redaktion: Tjane Hartenstein, Michael Jahn" in imprint
    assert "Har tenstein" not in imprint


@pytest.mark.parametrize("extractor", EXTRACTORS)
def test_each_line_has_its_size_weight_slant_and_edge(tmp_path: Path, extractor: str) -> None:
    pdf = make_styled_pdf(
        tmp_path / "styled.pdf",
        [
            [
                ("Harbour Lights Return", "Helvetica-Bold", 24),
                ("A lead set in italics for the reader", "Helvetica-Oblique", 12),
                ("By Wenke Arvidsson", "Helvetica", 9),
                ("Body text of the story begins here and it runs on.", "Times-Roman", 10),
                ("\tCaption under a picture", "Helvetica", 8),
            ]
        ],
    )
    extracted = extract(pdf, extractor=extractor)
    lines = extracted.texts[0].split("\n")
    styles = extracted.styles[0]
    assert [style.text for style in styles] == lines
    by_text = {style.text: style for style in styles}
    headline = by_text["Harbour Lights Return"]
    assert (headline.size, headline.bold, headline.italic) == (24.0, True, False)
    lead = by_text["A lead set in italics for the reader"]
    assert (lead.size, lead.bold, lead.italic) == (12.0, False, True)
    assert by_text["By Wenke Arvidsson"].size == 9.0
    assert by_text["Caption under a picture"].x - by_text["By Wenke Arvidsson"].x == 40.0


@pytest.mark.parametrize("extractor", EXTRACTORS)
def test_styles_survive_joined_hyphenation(tmp_path: Path, extractor: str) -> None:
    pdf = make_styled_pdf(
        tmp_path / "hyphen.pdf",
        [
            [
                ("Die Städtepartner-", "Times-Roman", 10),
                ("schaft wächst weiter", "Times-Roman", 10),
                ("Zwischentitel", "Times-Bold", 14),
            ]
        ],
    )
    extracted = extract(pdf, extractor=extractor)
    # The hyphenated word is joined, and the rest of its second line with it.
    assert extracted.texts[0].split("\n") == [
        "Die Städtepartnerschaft wächst weiter",
        "Zwischentitel",
    ]
    assert [(s.size, s.bold) for s in extracted.styles[0]] == [(10.0, False), (14.0, True)]


@pytest.mark.parametrize("extractor", EXTRACTORS)
def test_styles_are_cached_with_the_text(tmp_path: Path, extractor: str) -> None:
    pdf = make_styled_pdf(tmp_path / "c.pdf", [[("Title", "Helvetica-Bold", 20)]])
    extracted = extract(pdf, extractor=extractor)
    assert Extracted.from_json(extracted.to_json()) == extracted


def test_a_real_pdf_with_nul_bytes_in_its_text_layer(real_pdfs: Path) -> None:
    # pypdf gives NULs on 81 of this file's 117 pages; none may be stored.
    texts = extract(real_pdfs / "GeoTopo-komprimiert.pdf").texts
    assert len(texts) == 117
    assert not any("\x00" in text for text in texts)


def test_pdfium_opens_an_encrypted_file_with_its_password(tmp_path: Path) -> None:
    plain = make_pdf(tmp_path / "plain.pdf", [["Only for subscribers"]])
    locked = encrypt(plain, tmp_path / "locked.pdf", user_password="s3cret")
    assert read(locked) is None  # pypdf then says that it needs a password
    document = read(locked, ("wrong", "s3cret"))
    assert document is not None and document.pages[0] is not None
    assert "Only for subscribers" in document.pages[0][0]


def test_pdfium_splits_a_running_head_as_pypdf_does(tmp_path: Path) -> None:
    # PDFium puts texts on one baseline into one line: the rubric, the magazine's name and the
    # folio of a running head; pypdf gives them a line each, and the rubric is bold.
    from reportlab.pdfgen.canvas import Canvas

    pdf = tmp_path / "head.pdf"
    canvas = Canvas(str(pdf))
    canvas.setFont("Helvetica-Bold", 8)
    canvas.drawString(57, 800, "MOORFORSCHUNG")
    canvas.setFont("Helvetica", 8)
    canvas.drawRightString(540, 800, "Einblick 1 | 2026 03")
    canvas.setFont("Times-Roman", 10)
    canvas.drawString(57, 760, "Body text of the page.")
    canvas.save()
    for extractor in EXTRACTORS:
        extracted = extract(pdf, extractor=extractor)
        assert extracted.texts[0].split("\n")[:2] == ["MOORFORSCHUNG", "Einblick 1 | 2026 03"]
        assert extracted.styles[0][0].bold


def test_characters_beyond_the_basic_plane_are_all_found() -> None:
    # PDFium counts each as two characters (`pdfium_text._page_text`).
    from magazine_index.pdfium_text import _ASTRAL

    text = "Grüße 😀 aus 𝄞 Köln\ud800 \U0010ffff\uffff\ue000 \U00010000"
    assert _ASTRAL.findall(text) == [c for c in text if ord(c) > 0xFFFF]
    assert len(_ASTRAL.findall(text)) == 4


def test_pdfium_page_text_is_what_pypdfium2s_text_page_gives(tmp_path: Path) -> None:
    # `pdfium_text._text` calls PDFium itself, into one buffer grown to the longest page.
    import pypdfium2 as pdfium

    from magazine_index.pdfium_text import _address, _text

    long_page = [f"Zeile {n}: Grüße aus Köln, Zusammen-" for n in range(80)]
    pdf = make_pdf(tmp_path / "pages.pdf", [["Kurz"], [""], long_page, ["Ende", "der Probe"]])
    document = pdfium.PdfDocument(pdf)
    try:
        for page in document:
            textpage = page.get_textpage()
            count = textpage.count_chars()
            assert _text(_address(textpage.raw), count) == textpage.get_text_range()
            textpage.close()
            page.close()
    finally:
        document.close()


def test_a_line_too_short_to_match_takes_the_style_of_the_line_before() -> None:
    from magazine_index.extract import align_styles
    from magazine_index.models import LineStyle

    raw = [LineStyle("Großer Titel", 20.0, True), LineStyle("2", 8.0), LineStyle("Fließtext", 10.0)]
    styles = align_styles("Großer Titel\n2\nFließtext", raw)
    assert [(s.text, s.size, s.bold) for s in styles] == [
        ("Großer Titel", 20.0, True),
        ("2", 20.0, True),
        ("Fließtext", 10.0, False),
    ]


def test_tenths_round_as_round_does() -> None:
    # `pdfium_text._tenths` keeps each rounding; -0.0 equals 0.0 as a key and must not mix.
    import math

    from magazine_index.pdfium_text import _tenths

    values = [-0.0, 0.0, -0.0, 0.04, -0.04, 1.25, 2.675, 0.05, 10.0, 56.692913, -3.35, 1e300]
    for value in values * 2:
        expected = round(value, 1)
        assert _tenths(value) == expected
        assert math.copysign(1.0, _tenths(value)) == math.copysign(1.0, expected)
    assert math.isnan(_tenths(math.nan))
