"""Hostile and broken text layers: what a PDF's text may hold never reaches the index, a
terminal or JSON raw."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from magazine_index.extract import EXTRACTORS, extract

from .conftest import run
from .pdfs import add_page_labels, make_pdf, remap_characters

# Drawn letters and what the hostile font's ToUnicode table says they are.
HOSTILE = {"X": "\ud800", "Q": "\x00", "Z": "\x1b]0;owned\x07", "W": "\x1b[2J"}


@pytest.fixture
def hostile_pdf(tmp_path: Path) -> Path:
    drawn = make_pdf(
        tmp_path / "drawn.pdf",
        [
            [
                "Europa im M¨arz: XQZW Bericht",
                "“We opened the doorsX, and nobody left,” said Greta Albers.",
            ]
        ],
    )
    return remap_characters(drawn, tmp_path / "hostile.pdf", HOSTILE)


def test_accents_printed_before_the_letter_are_composed_at_extraction(tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "umlauts.pdf", [["Im M¨arz tagte der Stadtrat in K¨oln."]])
    [text] = extract(pdf).texts
    assert "März" in text and "Köln" in text
    assert run("index", pdf).exit_code == 0
    hits = json.loads(run("search", "März", "--json").stdout)["hits"]
    assert [hit["page"] for hit in hits] == [1]


def test_no_control_character_or_surrogate_is_stored(hostile_pdf: Path) -> None:
    [text] = extract(hostile_pdf).texts
    assert "Europa im März:" in text
    assert not any(ord(c) < 32 and c not in "\n\t" for c in text)
    text.encode("utf-8")


@pytest.mark.parametrize(
    "command",
    [
        ["search", "Europa"],
        ["search", "Europa", "--json"],
        ["show", "hostile", "--pdf-page", "1"],
        ["show", "hostile", "--pdf-page", "1", "--json"],
        ["quotes"],
        ["quotes", "--cite"],
        ["quotes", "--format", "csl-json"],
        ["quotes", "--json"],
    ],
)
def test_every_command_prints_a_hostile_page(hostile_pdf: Path, command: list[str]) -> None:
    assert run("index", hostile_pdf).exit_code == 0
    result = run(*command)
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "\x00" not in result.stdout
    result.stdout_bytes.decode("utf-8")
    if "--json" in command or "csl-json" in command:
        json.loads(result.stdout)


def test_file_names_that_are_not_utf8_or_hold_a_line_break_are_escaped(tmp_path: Path) -> None:
    folder = tmp_path / "pdfs"
    folder.mkdir()
    name = os.fsdecode(b"caf\xe9\nissue\x1b[2J.pdf")
    make_pdf(folder / name, [["Europe and the city"]])
    result = run("index", folder)
    assert result.exit_code == 0, result.output
    listing = run("magazines")
    assert listing.exit_code == 0
    [line] = listing.stdout.splitlines()
    assert "caf\\xe9\\nissue\\x1b[2J" in line
    data = run("magazines", "--json")
    [magazine] = json.loads(data.stdout_bytes.decode("utf-8"))["magazines"]
    assert magazine["file"].endswith("caf\\xe9\nissue\\x1b[2J.pdf")
    shown = run("show", magazine["id"], "--pdf-page", "1")
    assert shown.exit_code == 0 and "\x1b" not in shown.stdout


def test_control_characters_in_titles_and_page_labels_never_reach_the_output(
    tmp_path: Path,
) -> None:
    drawn = make_pdf(
        tmp_path / "drawn.pdf",
        [["Europa page one"], ["Europa page two"]],
        title="Evil\x1b]0;owned\x07 \x9b2J",
    )
    labelled = add_page_labels(drawn, tmp_path / "labels.pdf", [(0, 1, "/D", 1)])
    writer = PdfWriter(clone_from=PdfReader(labelled))
    writer.set_page_label(0, 1, style="/D", prefix="\x1b[2J")
    hostile = tmp_path / "hostile.pdf"
    with hostile.open("wb") as stream:
        writer.write(stream)
    controls = {chr(c) for c in range(32)} | {chr(c) for c in range(127, 160)}
    for extractor in EXTRACTORS:
        extracted = extract(hostile, extractor=extractor)
        # pypdf keeps the printable rest ("Evil]0;owned 2J"); PDFium ends the title at the
        # first control character. Neither lets one through.
        assert (extracted.title or "").startswith("Evil"), extractor
        assert not set(extracted.title or "") & controls, extractor
        labels = extracted.pdf_labels or ()
        assert [label[-1:] for label in labels] == ["1", "2"], extractor
        assert not set("".join(labels)) & controls, extractor
    assert run("index", hostile).exit_code == 0
    for command in (["magazines"], ["search", "Europa"], ["show", "hostile", "--pdf-page", "2"]):
        result = run(*command)
        assert result.exit_code == 0
        assert not set(result.stdout) & {"\x1b", "\x07", "\x9b"}, command
