# The magazine prose is set line by line by hand; some string lines run past 100 columns.
# ruff: noqa: E501
"""Build the sample magazine ``auenstadt-europe-2025.pdf`` and its hand-written truth file.

Run from the repository root::

    python samples/make_sample.py           # writes the PDF and the truth JSON next to this file
    python samples/make_sample.py --check   # also re-reads the PDF with pypdf and checks the truth

The magazine is fiction: a fictional city, fictional people, original prose. Line breaks are
set by hand (``\\n`` inside a paragraph forces a break) so that the hyphenation cases the indexer
must handle sit exactly at line ends. The truth (``TRUTH``) is written down as data next to each
page, describing what a careful reader sees; it is never computed from the PDF.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

import layout  # samples/layout.py: the engine both sample magazines are set with
import reportlab
from layout import (
    DEJAVU,
    PAGE_H,
    PAGE_W,
    Run,
    TruthPages,
    as_runs,
    reading_text,
    wrap,
    write_truth,
)
from reportlab.lib.colors import Color, black, white

HERE = Path(__file__).resolve().parent
PDF_NAME = "auenstadt-europe-2025.pdf"
TRUTH_NAME = "auenstadt-europe-2025.truth.json"
TITLE = "Auenstadt in Europe – Europe in Auenstadt"
AUTHOR = "City of Auenstadt, International Office (Büro für Internationale Beziehungen)"
FOOTER = "Auenstadt in Europe · No. 27 · 2025"

LEFT, RIGHT = 50.0, PAGE_W - 50.0
WIDTH = RIGHT - LEFT
TOP, BOTTOM = 772.0, 62.0
GUTTER = 18.0

GREY = Color(0.85, 0.86, 0.88)
DARK = Color(0.12, 0.2, 0.42)
BOXBG = Color(0.93, 0.94, 0.97)

# ---------------------------------------------------------------------------------------------
# fonts: DejaVu, or reportlab's bundled Vera where DejaVu is not installed

_VERA = Path(reportlab.__file__).parent / "fonts"
FONT_FILES = {
    name: [DEJAVU / dejavu, _VERA / vera]
    for name, (dejavu, vera) in {
        "Sans": ("DejaVuSans.ttf", "Vera.ttf"),
        "Bold": ("DejaVuSans-Bold.ttf", "VeraBd.ttf"),
        "Italic": ("DejaVuSans-Oblique.ttf", "VeraIt.ttf"),
        "Serif": ("DejaVuSerif-Bold.ttf", "VeraBd.ttf"),
        "SerifItalic": ("DejaVuSerif-Italic.ttf", "VeraIt.ttf"),
    }.items()
}
NEEDED_GLYPHS = "äöüßéřęńłşó„“”«»‘’‚·–…\u00ad\ufb01\ufb02"


def register_fonts() -> None:
    layout.register_fonts(FONT_FILES, NEEDED_GLYPHS, "install fonts-dejavu-core")


# ---------------------------------------------------------------------------------------------
# this magazine's layout (the engine is in layout.py)


class Flow(layout.Flow):
    """Sans body text; grey pictures, rules around pull quotes, tinted boxes."""

    FONT, SIZE, LEADING, AFTER = "Sans", 9.6, 1.38, 5.0

    def rule(self, after: float = 6.0) -> None:
        self.c.setLineWidth(0.6)
        self.c.line(self.x, self.y, self.x + self.width, self.y)
        self.y -= after

    def photo(self, height: float, credit: str, caption: str = "") -> None:
        """A grey placeholder 'photograph' with a caption line and a photo credit."""
        self.need(height + 30)
        c = self.c
        c.setFillColor(GREY)
        c.rect(self.x, self.y - height, self.width, height, stroke=0, fill=1)
        c.setStrokeColor(white)
        c.setLineWidth(1.2)
        for k in range(1, 4):  # a horizon and some roofs, so it reads as a picture
            yy = self.y - height * k / 4
            c.line(self.x + 8, yy, self.x + self.width - 8, yy - 6 * k)
        c.setStrokeColor(black)
        c.setFillColor(black)
        self.y -= height + 3
        if caption:
            self.para(caption, "Italic", 7.6, after=0)
        self.para(credit, "Sans", 6.8, after=8)

    def pull_quote(self, text: str, who: str) -> None:
        self.gap(4)
        self.rule(after=4)
        self.para(text, "SerifItalic", 14.5, leading=19, after=2)
        self.para(who, "Bold", 8, after=4)
        self.rule(after=10)

    def box(self, text: str | list[Run], font: str = "Italic", size: float = 8.4) -> None:
        """A tinted box (author box, fact box) that must fit in the current column."""
        leading = size * 1.38
        lines = wrap(as_runs(text, font), size, self.width - 16)
        height = len(lines) * leading + 12
        self.need(height)
        self.c.setFillColor(BOXBG)
        self.c.rect(self.x, self.y - height, self.width, height, stroke=0, fill=1)
        self.c.setFillColor(black)
        self.y -= 6
        for line in lines:
            self.draw_line(line, self.x + 8, self.y - size, size)
            self.y -= leading
        self.y -= 14


class Magazine(layout.Magazine):
    FLOW, LEFT, TOP, BOTTOM, GUTTER = Flow, LEFT, TOP, BOTTOM, GUTTER

    def __init__(self, path: Path):
        super().__init__(
            path,
            {
                "title": TITLE,
                "author": AUTHOR,
                "subject": "Magazine of the City of Auenstadt on its European partnerships, "
                "No. 27, 2025",
                "keywords": "Auenstadt, Europe, EU, twinning, ERDF, EFRE, Erasmus+",
                "creator": "samples/make_sample.py (reportlab)",
            },
        )

    def start(self, rubric: str | None, label: str | None, outline: str | None) -> None:
        """Begin a PDF page: bookmark, running header (rubric) and footer with folio."""
        self.number += 1
        c = self.c
        if outline:
            key = f"p{self.number}"
            c.bookmarkPage(key)
            c.addOutlineEntry(outline, key, level=0)
        if rubric:
            c.setFont("Bold", 8.5)
            c.setFillColor(DARK)
            c.drawString(LEFT, PAGE_H - 40, rubric)
            c.setFillColor(black)
            c.setLineWidth(0.8)
            c.line(LEFT, PAGE_H - 46, RIGHT, PAGE_H - 46)
        if label:
            c.setLineWidth(0.4)
            c.line(LEFT, 46, RIGHT, 46)
            # folio outside: even printed pages on the left, odd ones on the right
            if int(label) % 2 == 0:
                c.setFont("Bold", 10)
                c.drawString(LEFT, 30, label)
                c.setFont("Sans", 7.5)
                c.drawString(LEFT + 28, 30, FOOTER)
            else:
                c.setFont("Sans", 7.5)
                c.drawRightString(RIGHT - 28, 30, FOOTER)
                c.setFont("Bold", 10)
                c.drawRightString(RIGHT, 30, label)


def headline(m: Magazine, title: str, standfirst: str | None, byline: str | None) -> Flow:
    f = m.full()
    f.para(title, "Serif", 21, leading=25, after=6)
    if standfirst:
        f.para(standfirst, "Italic", 10.5, leading=14, after=5)
    if byline:
        f.para(byline, "Bold", 8.8, after=8)
    return f


# ---------------------------------------------------------------------------------------------
# the pages and, next to each, its truth (hand-written)

TRUTH = TruthPages()
truth = TRUTH.page


EU = "EU Council presidency"
FUND = "European funding"
NET = "City networks and partnerships"
STRUCT = "Structural change"
YOUTH = "Youth and schools"
EVENTS = "Events and awards"
DEMO = "Democracy and participation"
CLIMATE = "Climate and energy"

A_EDITORIAL = "Europa beginnt vor unserer Haustür"
A_SOMMERFELD = "Interview with State Minister for Europe Dr. Katrin Sommerfeld"
A_HAFEN = "Europa vor der Haustür: Wie EFRE-Mittel den alten Hafen verändern"
A_COAL = "From Coal to Code"
A_DEMO = "Demokratie braucht Nähe"
A_SCHOOL = "Brücken bauen: Unsere Erasmus+-Woche in Dębowa Góra"
A_YOUTH = "Young Europeans, Loud and Local"
A_KAYA = "Interview mit MdEP Derya Kaya"
A_MONTCLAIRE = "Montclaire and Auenstadt: Sixty Years of Friendship"
A_THREE = "Three Cities, One Network"
A_PRIZE = "The European Twinning Prize Comes to Auenstadt"


def page_cover(m: Magazine) -> None:
    m.start(None, None, "Cover")
    c = m.c
    c.setFillColor(DARK)
    c.rect(0, PAGE_H - 250, PAGE_W, 250, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Sans", 10)
    c.drawString(LEFT, PAGE_H - 45, "Stadt Auenstadt · Büro für Internationale Beziehungen")
    c.setFont("Serif", 40)
    c.drawString(LEFT, PAGE_H - 110, "Auenstadt in Europe –")
    c.drawString(LEFT, PAGE_H - 156, "Europe in Auenstadt")
    c.setFont("Italic", 13)
    c.drawString(LEFT, PAGE_H - 190, "Europa in Auenstadt – Auenstadt in Europa")
    c.setFont("Bold", 15)
    c.drawRightString(RIGHT, PAGE_H - 230, "No. 27 · 2025")
    c.setFillColor(black)
    f = Flow(c, [(LEFT, PAGE_H - 270, BOTTOM - 20, WIDTH)])
    f.photo(
        330,
        "Cover photo: Jana Kowalczyk",
        "The Auenbrücke at dusk, lit in blue and yellow for the Europe Day on 9 May 2025.",
    )
    f.gap(6)
    f.para("In this issue · In dieser Ausgabe", "Bold", 11, after=6)
    for teaser in (
        "Interview with State Minister for Europe Dr. Katrin Sommerfeld",
        "Europa vor der Haustür: 38 Millionen Euro für den alten Hafen",
        "From coal to code: an MEP on structural change",
        "Zwanzig Jahre Partnerschaft mit Dębowa Góra",
        "The European Twinning Prize 2025 goes to Auenstadt",
    ):
        f.para("›  " + teaser, "Sans", 10.5, after=3)
    m.end()
    truth(1, None, None, "Cover", [], [("Jana Kowalczyk", "photographer")], [])


CONTENTS = [
    ("Editorial: " + A_EDITORIAL, "Oberbürgermeisterin Greta Albers", "2"),
    (A_SOMMERFELD, "Interview: Jonas Weißbach", "3"),
    (A_HAFEN, "Von Miriam Köhnen", "5"),
    (A_COAL, "By Tomáš Dvořáček, MEP", "7"),
    (A_DEMO, "Von Prof. Dr. Sabine Holtkamp-Pfeiffer", "8"),
    (A_SCHOOL, "Klasse 9b des Hansa-Gymnasiums", "9"),
    (A_YOUTH, "Junge Europäer Auenstadt e.V.", "10"),
    (A_KAYA, "Interview: Lukas Brenner", "11"),
    (A_MONTCLAIRE, "Text: Hélène Guérin", "12"),
    (A_THREE, "By Marta Zielińska", "13"),
    (A_PRIZE, "Text: Miriam Köhnen", "15"),
]


def page_contents(m: Magazine) -> None:
    m.start("INHALT · CONTENTS", "1", "Contents")
    c = m.c
    f = m.full()
    f.para("Contents / Inhalt", "Serif", 24, leading=28, after=14)
    for title, who, page in CONTENTS:
        f.need(34)
        y = f.y
        f.para(title, "Bold", 10.5, after=1)
        c.setFont("Serif", 13)
        c.drawRightString(RIGHT, y - 11, page)
        f.para(who, "Italic", 9, after=9)
    f.gap(8)
    f.box(
        "Impressum / Imprint\n"
        "Herausgeber / Publisher: Stadt Auenstadt, Büro für Internationale Beziehungen, "
        "Rathausplatz 1, Auenstadt\n"
        "Redaktion / Editor: Sven Oltmanns\n"
        "Auflage / Print run: 3,000 · erscheint jährlich / published yearly · No. 27, December 2025\n"
        "Die Beiträge geben die Meinung der Autorinnen und Autoren wieder. "
        "Articles reflect the views of their authors.",
        "Sans",
        8.4,
    )
    m.end()
    truth(2, "1", "INHALT · CONTENTS", "Contents", [], [("Sven Oltmanns", "editor")], [])


def page_editorial(m: Magazine) -> None:
    m.start("EDITORIAL", "2", "Editorial: " + A_EDITORIAL)
    f = headline(m, A_EDITORIAL, None, None)
    f.para("Liebe Leserinnen und Leser,", after=6)
    f.para(
        "als ich vor zwanzig Jahren zum ersten Mal mit einer Schulklasse nach Dębowa Góra gefahren "
        "bin, hat niemand von Fördermitteln oder Netzwerken gesprochen. Wir wollten einfach wissen, "
        "wie die Menschen auf der anderen Seite der Oder leben, was sie essen und worüber sie lachen. "
        "Heute ist aus dieser Neugier eine Freundschaft geworden, die unsere Stadt jeden Tag ein "
        "Stück verändert."
    )
    f.para(
        "Das Jahr 2025 war für Auenstadt ein besonders europäisches Jahr. Während der polnischen EU-\n"
        "Ratspräsidentschaft haben wir im März die Bürgermeisterinnen und Bürgermeister des "
        "Städtenetzwerks RiverCities zu Gast gehabt, mit Delegationen aus elf Ländern. Unsere "
        "Partnerstadt Dębowa Góra hat uns dabei geholfen, die richtigen Türen in Warschau und "
        "Brüssel zu finden. Diese Art der Zusammen\u00ad\n"
        "arbeit ist es, die Europa im Alltag trägt: nicht die großen Gipfel, sondern die vielen "
        "kleinen Verabredungen zwischen Rathäusern, Schulen und Vereinen."
    )
    f.para(
        "Europa ist für Auenstadt auch eine Frage der Zukunft unserer Arbeit. Wo früher die Zeche "
        "Glückauf Kohle förderte und am Hafen die Schiffe beladen wurden, entwickeln heute junge "
        "Unternehmen Software für Stromnetze. Dieser Wandel war schmerzhaft, und er ist nicht "
        "abgeschlossen. Ohne die Mittel aus dem Europäischen Fonds für regionale Entwicklung hätten "
        "wir ihn nicht in dieser Geschwindigkeit geschafft. In diesem Heft lesen Sie, wofür das "
        "Geld ausgegeben wird und wo es noch Kritik gibt."
    )
    f.para(
        "Am meisten berührt haben mich in diesem Jahr aber die jungen Menschen. „Ich habe in einer "
        "Woche mehr über Europa gelernt als in drei Jahren Unterricht“, schrieb mir eine Schülerin "
        "nach dem Austausch mit Dębowa Góra. Einen schöneren Satz kann eine Oberbürgermeisterin "
        "kaum bekommen. Die Klasse 9b des Hansa-Gymnasiums berichtet in diesem Heft selbst "
        "von ihrer Reise."
    )
    f.para(
        "Ich danke allen, die dieses Heft möglich gemacht haben, und allen, die in Auenstadt Europa "
        "leben: in den Partnerschaftsvereinen, in den Schulen, in der Verwaltung und auf dem "
        "Europafest im kommenden Mai. Ich wünsche Ihnen eine anregende Lektüre.",
        after=12,
    )
    f.para("Ihre", after=2)
    f.para("Greta Albers", "Bold", 10.5, after=1)
    f.para("Oberbürgermeisterin der Stadt Auenstadt", "Italic", 9.6, after=14)
    f.photo(150, "Foto: Ayşe Demir", "Greta Albers beim Europatag 2025 auf dem Rathausplatz.")
    m.end()
    truth(
        3,
        "2",
        "EDITORIAL",
        "Editorial: " + A_EDITORIAL,
        ["City networks and partnerships", "Structural change", "Youth and schools"],
        [("Greta Albers", "author"), ("Ayşe Demir", "photographer")],
        [("Ich habe in einer Woche mehr über Europa gelernt als in drei Jahren Unterricht", None)],
    )


SOMMERFELD_A1 = (
    "Europe is not made in Brussels. It is made in places like Auenstadt, where a school "
    "or a tram line shows people what the Union does for them."
)


def qa(f: Flow, who: str, text: str, question: bool) -> None:
    body_font = "Bold" if question else "Sans"
    f.para([(who + ": ", "Bold"), (text, body_font)], after=7)


def page_sommerfeld_1(m: Magazine) -> None:
    m.start("INTERVIEW", "3", A_SOMMERFELD)
    f = headline(
        m,
        A_SOMMERFELD,
        "Katrin Sommerfeld has been the state’s Minister for Europe and International Affairs since "
        "2022. We talked about money, networks and why a mid-sized city matters in Brussels.",
        "Interview: Jonas Weißbach",
    )
    f.photo(
        170,
        "Photo: Malte Brandt",
        "Dr. Katrin Sommerfeld in her office in the state capital, October 2025.",
    )
    qa(
        f,
        "Weißbach",
        "Minister, Auenstadt is a city of 180,000 people. Why should anyone in "
        "Brussels care about it?",
        True,
    )
    qa(f, "Sommerfeld", SOMMERFELD_A1, False)
    qa(
        f,
        "Weißbach",
        "This year the city received almost 40 million euros from the European "
        "Regional Development Fund. What is the money for?",
        True,
    )
    qa(
        f,
        "Sommerfeld",
        "Most of it goes into the old harbour and the new technology campus. The "
        "ERDF is not charity; it is an investment in regions that have had to reinvent themselves, "
        "and Auenstadt has done that better than most.",
        False,
    )
    qa(
        f,
        "Weißbach",
        "Critics say the application process is far too complicated for smaller municipalities.",
        True,
    )
    qa(
        f,
        "Sommerfeld",
        "They are right, and I say that openly. We need fewer forms and more "
        "trust, and that is exactly what our state will argue for in the negotiations on the "
        "funding period after 2027.",
        False,
    )
    m.end()
    truth(
        4,
        "3",
        "INTERVIEW",
        A_SOMMERFELD,
        ["European funding"],
        [
            ("Katrin Sommerfeld", "interviewee"),
            ("Jonas Weißbach", "interviewer"),
            ("Malte Brandt", "photographer"),
        ],
        [
            (
                "Minister, Auenstadt is a city of 180,000 people. Why should anyone in Brussels care "
                "about it?",
                "Jonas Weißbach",
            ),
            (SOMMERFELD_A1, "Katrin Sommerfeld"),
            (
                "This year the city received almost 40 million euros from the European Regional "
                "Development Fund. What is the money for?",
                "Jonas Weißbach",
            ),
            (
                "Most of it goes into the old harbour and the new technology campus. The ERDF is not "
                "charity; it is an investment in regions that have had to reinvent themselves, and "
                "Auenstadt has done that better than most.",
                "Katrin Sommerfeld",
            ),
            (
                "Critics say the application process is far too complicated for smaller "
                "municipalities.",
                "Jonas Weißbach",
            ),
            (
                "They are right, and I say that openly. We need fewer forms and more trust, and that "
                "is exactly what our state will argue for in the negotiations on the funding period "
                "after 2027.",
                "Katrin Sommerfeld",
            ),
        ],
    )


def page_sommerfeld_2(m: Magazine) -> None:
    m.start("INTERVIEW", "4", None)
    f = m.full()
    qa(
        f,
        "Weißbach",
        "What did the Polish EU Council presidency in the first half of 2025 mean "
        "for a region like ours?",
        True,
    )
    qa(
        f,
        "Sommerfeld",
        "It reminded us that our neighbours to the east are not a periphery. "
        "Some of the best ideas on energy security came from cities that had to solve the problem "
        "on their own.",
        False,
    )
    f.pull_quote("“" + SOMMERFELD_A1 + "”", "Katrin Sommerfeld, State Minister for Europe")
    qa(
        f,
        "Weißbach",
        "You will visit Auenstadt again in spring. What will you tell the mayor?",
        True,
    )
    qa(
        f,
        "Sommerfeld",
        "I’ll tell her to keep asking for more. A city that knows what it wants "
        "from Europe usually gets it.",
        False,
    )
    f.gap(10)
    f.box(
        "Dr. Katrin Sommerfeld (54) studied law in Münster and Kraków. She was a member of the "
        "state parliament from 2012 to 2022 and has been State Minister for Europe and "
        "International Affairs since then."
    )
    m.end()
    truth(
        5,
        "4",
        "INTERVIEW",
        A_SOMMERFELD,
        ["EU Council presidency"],
        [("Katrin Sommerfeld", "interviewee"), ("Jonas Weißbach", "interviewer")],
        [
            (
                "What did the Polish EU Council presidency in the first half of 2025 mean for a "
                "region like ours?",
                "Jonas Weißbach",
            ),
            (
                "It reminded us that our neighbours to the east are not a periphery. Some of the best "
                "ideas on energy security came from cities that had to solve the problem on their "
                "own.",
                "Katrin Sommerfeld",
            ),
            (SOMMERFELD_A1, "Katrin Sommerfeld"),
            (
                "You will visit Auenstadt again in spring. What will you tell the mayor?",
                "Jonas Weißbach",
            ),
            (
                "I’ll tell her to keep asking for more. A city that knows what it wants from Europe "
                "usually gets it.",
                "Katrin Sommerfeld",
            ),
        ],
    )


KESSLER = "Europa bezahlt die Gebäude, aber wer bezahlt später die Mieten?"


def page_hafen_1(m: Magazine) -> None:
    m.start("EUROPE IN THE CITY", "5", A_HAFEN)
    top = headline(
        m,
        A_HAFEN,
        "Rund 38 Millionen Euro aus Brüssel fließen bis 2027 in das Gelände am Kohlenhafen. "
        "Ein Rundgang über die größte Baustelle der Stadt.",
        "Von Miriam Köhnen",
    ).y
    f = m.two_columns(top)
    f.para(
        "Wer im Sommer 2025 am alten Kohlenhafen entlanggeht, sieht Kräne, Bauzäune und sehr viele "
        "blaue Schilder mit gelben Sternen. Auf jedem steht, dass das Vorhaben von der Europäischen "
        "Union ko\ufb01nanziert wird. Dort, wo bis 1998 Kohle aus dem Revier auf Schiffe verladen "
        "wurde, sollen im Herbst 2026 die ersten Firmen in den neuen Technologiecampus einziehen."
    )
    f.para(
        "„Ohne Europa stünde hier immer noch eine Ruine“, sagt Baudezernent Frank Reuter. Er "
        "zeigt auf die ehemalige Lohnhalle, deren Dach vor zehn Jahren eingestürzt war. Heute "
        "sitzen dort zwei Start-ups, eine Kantine und eine Ausstellung über die Geschichte des "
        "Hafens."
    )
    f.photo(120, "Foto: Ole Petersen", "Die sanierte Lohnhalle am Kohlenhafen im August 2025.")
    f.para(
        "Im April besuchte Europaministerin Dr. Katrin Sommerfeld die Baustelle. Sie ließ sich "
        "von Auszubildenden die Pläne für das neue Werkstattgebäude erklären und blieb länger als "
        "geplant. „Hier sieht man, was europäische Strukturpolitik leisten kann, wenn eine Stadt "
        "einen langen Atem hat“, betont Sommerfeld."
    )
    f.next_column()
    f.para(
        "Das Projekt ist auch ein Ergebnis der Partner-\n"
        "schaft mit Dębowa Góra. Die polnische Partnerstadt hatte ihren eigenen Bahnhofsumbau "
        "schon 2019 mit EFRE-Mitteln finanziert und teilte ihre Erfahrungen bereitwillig. "
        "„Wir haben von der Stadtverwaltung in Dębowa Góra gelernt, wie man Anträge gemeinsam "
        "schreibt. Diese Zusammen-\n"
        "arbeit hat uns Jahre gespart“, erklärt Projektleiterin Nadine Yilmaz."
    )
    f.para(
        "Der Campus soll vor allem Arbeitsplätze bringen, und zwar nicht nur für Menschen mit "
        "Diplom. „Die Hälfte der neuen Stellen wird für Menschen ohne Hochschulabschluss sein“, so "
        "Reuter. Dafür baut die Stadt gemeinsam mit der Handwerkskammer ein Ausbildungszentrum, "
        "das ebenfalls aus dem Fonds gefördert wird."
    )
    m.end()
    truth(
        6,
        "5",
        "EUROPE IN THE CITY",
        A_HAFEN,
        ["European funding", "Structural change", "City networks and partnerships"],
        [("Miriam Köhnen", "author"), ("Ole Petersen", "photographer")],
        [
            ("Ohne Europa stünde hier immer noch eine Ruine", "Frank Reuter"),
            (
                "Hier sieht man, was europäische Strukturpolitik leisten kann, wenn eine Stadt einen "
                "langen Atem hat",
                "Katrin Sommerfeld",
            ),
            (
                "Wir haben von der Stadtverwaltung in Dębowa Góra gelernt, wie man Anträge gemeinsam "
                "schreibt. Diese Zusammenarbeit hat uns Jahre gespart",
                "Nadine Yilmaz",
            ),
            (
                "Die Hälfte der neuen Stellen wird für Menschen ohne Hochschulabschluss sein",
                "Frank Reuter",
            ),
        ],
    )


def page_hafen_2(m: Magazine) -> None:
    m.start("EUROPE IN THE CITY", "6", None)
    f = m.two_columns(TOP)
    f.para(
        "Nicht alle in Auenstadt sind begeistert. Die Bürgerinitiative Hafenleben sammelt seit dem "
        "Frühjahr Unterschriften für mehr bezahlbare Wohnungen auf dem Gelände. Bei einer "
        "Versammlung im Juni stellte Initiativensprecherin Ute Kessler die Frage, die viele im "
        "Viertel umtreibt: „" + KESSLER + "“"
    )
    f.para(
        "Die Stadt hat reagiert. Oberbürgermeisterin Greta Albers kündigte im September an, dass "
        "auf dem nördlichen Teil des Geländes Wohnungen entstehen sollen. „Wir werden dort "
        "mindestens 300 geförderte Wohnungen bauen, und zwar bevor der letzte Bürobau fertig "
        "ist“, sagte Albers vor dem Stadtrat."
    )
    f.pull_quote("„" + KESSLER + "“", "Ute Kessler, Bürgerinitiative Hafenleben")
    f.para(
        "Wohnungen selbst kann der EFRE nicht bezahlen; das ist in den Förderregeln so festgelegt. "
        "Die Stadt will dafür Landesmittel einsetzen. Die Initiative bleibt skeptisch, will aber "
        "im Beirat des Campus mitarbeiten, der im Januar 2026 zum ersten Mal tagt."
    )
    f.para(
        "Für Nadine Yilmaz ist der Streit kein schlechtes Zeichen. Europa, sagt sie, werde in "
        "Auenstadt nicht mehr als fernes Geld wahrgenommen, sondern als etwas, über das man "
        "streiten kann. Das sei mehr, als man vor zehn Jahren habe sagen können."
    )
    f.gap(6)
    f.box(
        "EFRE in Auenstadt\n"
        "Förderperiode 2021–2027: rund 38 Mio. Euro\n"
        "Technologiecampus Kohlenhafen: 24 Mio. Euro\n"
        "Ausbildungszentrum mit der Handwerkskammer: 6 Mio. Euro\n"
        "Radwege und Grünzug am Hafen: 8 Mio. Euro\n"
        "Geplante Arbeitsplätze bis 2030: rund 1.200",
        "Sans",
        8.2,
    )
    m.end()
    truth(
        7,
        "6",
        "EUROPE IN THE CITY",
        A_HAFEN,
        ["Democracy and participation", "European funding"],
        [("Miriam Köhnen", "author")],
        [
            (KESSLER, "Ute Kessler"),
            (
                "Wir werden dort mindestens 300 geförderte Wohnungen bauen, und zwar bevor der letzte "
                "Bürobau fertig ist",
                "Greta Albers",
            ),
        ],
    )


def page_coal(m: Magazine) -> None:
    m.start("GASTBEITRAG", "7", A_COAL)
    f = headline(
        m,
        A_COAL,
        "Regions like Auenstadt and Ostrava have shown that structural change can work. "
        "Europe should learn from them, argues a Czech member of the European Parliament.",
        "By Tomáš Dvořáček",
    )
    f.para(
        "I grew up in a mining town near Ostrava, and I remember the winter when the last shaft "
        "closed. Nobody in my street used the words structural change. People talked about fathers "
        "who sat at the kitchen table in the middle of the day and did not know what to do with "
        "their hands."
    )
    f.para(
        "When I first visited Auenstadt in 2019, I recognised that kitchen table. The city had "
        "lived through the same loss, and the Germans even had a technical word for it: the "
        "so-called „Strukturwandel“. What struck me was not the word but the patience behind it. "
        "Auenstadt’s council did not promise a miracle. It promised twenty years of hard work, and "
        "then it delivered them."
    )
    f.para(
        "Horst Lewandowski worked underground for 27 years before he retrained as an electrician. "
        "Today he installs solar panels on the roofs of schools. “We did not want a museum of our "
        "past. We wanted a future that our children would not have to leave,” said Lewandowski "
        "when I met him at the harbour."
    )
    f.para(
        "Europe’s cohesion policy is often described as a machine for \ufb01nancing roads. That is "
        "unfair. In Auenstadt, as in my own region, the money paid for training courses, for a "
        "start-up centre in an old wage hall and for research on hydrogen storage. It paid, in "
        "other words, for people. “Regional develop-\n"
        "ment is a marathon, and most of the runners are over fifty,” according to Lenka Horáková, "
        "who runs a retraining centre in Karviná and has twice visited her colleagues in "
        "Auenstadt. “Give them time and they finish first,” Horáková added."
    )
    f.para(
        "The next budget, which the European Parliament will negotiate from 2026, must keep this "
        "promise. There are voices in every capital that want to cut cohesion funds in favour of "
        "defence or new industrial subsidies. I understand the pressure. But if Europe abandons "
        "its old industrial regions now, it will lose the people who have the most reason to "
        "distrust it, and the most experience of how change can be made to work."
    )
    f.para(
        "Auenstadt, Ostrava and many others are not asking for charity. They are asking for a "
        "partner who stays for the whole race.",
        after=14,
    )
    f.box(
        "Tomáš Dvořáček is a Member of the European Parliament from the Moravian-Silesian Region. "
        "He sits on the Committee on Regional Development and was an energy engineer before "
        "entering politics."
    )
    m.end()
    truth(
        8,
        "7",
        "GASTBEITRAG",
        A_COAL,
        ["Structural change", "European funding"],
        [("Tomáš Dvořáček", "author")],
        [
            (
                "We did not want a museum of our past. We wanted a future that our children would "
                "not have to leave",
                "Horst Lewandowski",
            ),
            (
                "Regional development is a marathon, and most of the runners are over fifty",
                "Lenka Horáková",
            ),
            ("Give them time and they finish first", "Lenka Horáková"),
        ],
    )


def page_democracy(m: Magazine) -> None:
    m.start("GASTBEITRAG", "8", A_DEMO)
    top = headline(
        m,
        A_DEMO,
        "Europa wird in den Kommunen gewonnen oder verloren. Warum Bürgerdialoge mehr sind als "
        "Symbolpolitik.",
        "Von Prof. Dr. Sabine Holtkamp-Pfeiffer",
    ).y
    f = m.two_columns(top)
    f.para(
        "Wer über die Europäische Union spricht, spricht meist über Brüssel, Straßburg und die "
        "Hauptstädte. Doch die Frage, ob Menschen der Union vertrauen, entscheidet sich an anderen "
        "Orten: im Jobcenter, in der Berufsschule, auf dem Wochenmarkt. Dort erfahren sie, ob "
        "europäische Politik ihr Leben besser macht oder nur komplizierter."
    )
    f.para(
        "Auenstadt hat während der polnischen Ratspräsidentschaft im Frühjahr 2025 ein Experiment "
        "gewagt. Fünfzig zufällig ausgeloste Bürgerinnen und Bürger berieten an drei Wochenenden "
        "darüber, was die Stadt von der Europäischen Union erwartet. Die Empfehlungen gingen an "
        "den Stadtrat, an die Landesregierung und an die Abgeordneten im Europäischen Parlament."
    )
    f.para(
        "Die Ergebnisse sind bemerkenswert nüchtern. Niemand forderte einen Austritt, niemand "
        "einen europäischen Superstaat. Gewünscht wurden verständlichere Förderprogramme, mehr "
        "Austausch für Auszubildende und eine Sprechstunde der Europaabgeordneten im Rathaus. "
        "„Ich wusste nicht, dass meine Meinung in Brüssel irgendjemanden interessiert“, sagte die "
        "Rentnerin Helga Schotte am Ende der dritten Sitzung."
    )
    f.next_column()
    f.para(
        "Solche Sätze sind das eigentliche Ergebnis. Die Forschung zeigt seit Jahren, dass das "
        "Gefühl, Ein\ufb02uss zu haben, stärker mit dem Vertrauen in Institutionen zusammenhängt als "
        "das Einkommen oder der Bildungsabschluss. Die Wahlbeteiligung bei der Europawahl 2024 "
        "lag in Auenstadt bei 58 Prozent, in den Stadtteilen am Hafen aber nur bei 41 Prozent."
    )
    f.para(
        "Bürgerräte ersetzen keine Wahlen. Sie können aber dort Vertrauen schaffen, wo es am "
        "dünnsten ist, wenn die Politik die Empfehlungen ernst nimmt und öffentlich begründet, "
        "was sie umsetzt und was nicht. Auenstadt hat angekündigt, 2026 einen zweiten Bürgerrat "
        "einzuberufen. Es wäre gut, wenn andere Städte folgten.",
        after=12,
    )
    f.box(
        "Prof. Dr. Sabine Holtkamp-\n"
        "Pfeiffer lehrt Politikwissenschaft an der Universität Auenstadt und leitet dort die "
        "Forschungsstelle Europäische Kommunalpolitik. Sie hat den Bürgerrat 2025 "
        "wissenschaftlich begleitet."
    )
    m.end()
    truth(
        9,
        "8",
        "GASTBEITRAG",
        A_DEMO,
        ["Democracy and participation"],
        [("Sabine Holtkamp-Pfeiffer", "author")],
        [
            (
                "Ich wusste nicht, dass meine Meinung in Brüssel irgendjemanden interessiert",
                "Helga Schotte",
            )
        ],
    )


def page_school(m: Magazine) -> None:
    m.start("SCHULE & JUGEND", "9", A_SCHOOL)
    top = headline(
        m,
        A_SCHOOL,
        "Sieben Tage, 26 Schülerinnen und Schüler, zwei Sprachen und ein gemeinsames Lied. "
        "Ein Bericht aus erster Hand.",
        "Text: Klasse 9b des Hansa-Gymnasiums",
    ).y
    f = m.two_columns(top)
    f.para(
        "Im Mai 2025 sind wir mit dem Zug nach Dębowa Góra gefahren, in die polnische "
        "Partnerstadt von Auenstadt. Die Reise war Teil unseres Projekts „Brücken bauen“, das über "
        "das Programm Erasmus+ gefördert wird. Unsere Partnerschule, das Liceum Nr. 2, hatte uns "
        "schon im Herbst besucht, jetzt waren wir dran."
    )
    f.para(
        "Jede und jeder von uns wohnte bei einer Gastfamilie. Am Anfang war das für viele "
        "ungewohnt. »Am ersten Abend haben wir nur Englisch geredet, am letzten Abend haben wir "
        "zusammen auf Polnisch gesungen«, erzählt Mia Schröder."
    )
    f.photo(
        110,
        "Foto: Ole Petersen",
        "Die Klasse 9b mit ihren Gastgebern vor dem Rathaus von Dębowa Góra.",
    )
    f.next_column()
    f.para(
        "Tagsüber haben wir in gemischten Gruppen an der Frage gearbeitet, wie unsere beiden "
        "Städte nach dem Ende von Kohle und Stahl aussehen sollen. Wir haben ein stillgelegtes "
        "Kraftwerk besucht, das jetzt ein Kulturzentrum ist, und mit Ingenieurinnen eines "
        "Windparks gesprochen. Am Ende hat jede Gruppe ein Modell gebaut, das wir im Juni im "
        "Rathaus von Auenstadt ausgestellt haben."
    )
    f.para(
        "Nicht alles war einfach. Ein paar von uns hatten Heimweh, und beim Fußballspiel gegen "
        "die Lehrkräfte haben wir verloren. Trotzdem will fast die ganze Klasse im nächsten Jahr "
        "wieder mitfahren. Unsere Klassenlehrerin Petra Hoffmann sieht das genauso: »Austausch "
        "ist die beste Europapolitik, die eine Schule machen kann«, sagt sie."
    )
    f.para(
        "Wir danken der Stadt Auenstadt, dem Partnerschaftsverein und natürlich unseren "
        "Gastfamilien. Dziękujemy!"
    )
    m.end()
    truth(
        10,
        "9",
        "SCHULE & JUGEND",
        A_SCHOOL,
        ["Youth and schools", "Structural change", "European funding"],
        [("Klasse 9b des Hansa-Gymnasiums", "author"), ("Ole Petersen", "photographer")],
        [
            (
                "Am ersten Abend haben wir nur Englisch geredet, am letzten Abend haben wir zusammen "
                "auf Polnisch gesungen",
                "Mia Schröder",
            ),
            (
                "Austausch ist die beste Europapolitik, die eine Schule machen kann",
                "Petra Hoffmann",
            ),
        ],
    )


def page_youth(m: Magazine) -> None:
    m.start("SCHULE & JUGEND", "10", A_YOUTH)
    f = headline(
        m,
        A_YOUTH,
        "A debate night, a solar roof and a bus to Strasbourg: a year in the life of Auenstadt’s "
        "youngest European association.",
        "By the team of Junge Europäer Auenstadt e.V.",
    )
    f.para(
        "We are 140 members between 15 and 27 years old, and we meet every Thursday in the old "
        "pump house at the harbour. In 2025 we organised four debate nights, ran a climate "
        "workshop with our friends from Montclaire and sent a full bus to the European Youth Event "
        "in Strasbourg."
    )
    f.para(
        "Lea Marquardt is 19 and has chaired the association since January. She grew up in the "
        "harbour district, where turnout in European elections is the lowest in the city, and she "
        'wants to change that. "We are tired of being asked for our opinion only once every five '
        'years," she said at our general assembly in February.'
    )
    f.para(
        "In May, MEP Derya Kaya came to our debate night at the Kulturwerft and answered questions "
        'for almost two hours. "Ask me anything, but ask me in plain language," Kaya told the '
        "audience, and then answered a question about fishing quotas with a drawing on a napkin."
    )
    f.photo(
        150,
        "Photo: Jana Kowalczyk",
        "The solar roof on the pump house, installed by members in July 2025.",
    )
    f.para(
        "Our biggest project was the solar roof on the pump house. With a grant from the European "
        "Solidarity Corps and a lot of help from two retired electricians, we installed 48 panels "
        'in July. "Europe is the only place where my Spanish, my German and my bad Polish all '
        'count as skills," said Tiago Ferreira, 17, who spent three weekends on the roof.'
    )
    f.para(
        "For 2026 we are planning a youth exchange with Ashcombe, our partner town in England. "
        "Since the United Kingdom left the Erasmus+ programme, this has become much harder to "
        "finance, but it’s worth the effort. If you want to join us, come by on a Thursday."
    )
    m.end()
    truth(
        11,
        "10",
        "SCHULE & JUGEND",
        A_YOUTH,
        ["Youth and schools", "Democracy and participation", "Climate and energy"],
        [("Junge Europäer Auenstadt e.V.", "author"), ("Jana Kowalczyk", "photographer")],
        [
            (
                "We are tired of being asked for our opinion only once every five years",
                "Lea Marquardt",
            ),
            ("Ask me anything, but ask me in plain language", "Derya Kaya"),
            (
                "Europe is the only place where my Spanish, my German and my bad Polish all count as "
                "skills",
                "Tiago Ferreira",
            ),
        ],
    )


KAYA_QA = [
    (
        "Frau Kaya, Sie sitzen seit 2019 im Europäischen Parlament. Was hat Auenstadt davon?",
        "Eine direkte Leitung nach Straßburg. Ich bin jede zweite Woche im Wahlkreis, und viele "
        "Anträge für Förderprogramme sind in meinem Büro in der Hafenstraße entstanden.",
    ),
    (
        "Viele Menschen finden Europa trotzdem weit weg.",
        "Das verstehe ich. Deshalb gehe ich lieber in Schulen als in Talkshows. Wer einmal erlebt "
        "hat, wie eine Abstimmung im Plenum funktioniert, redet anders über Europa.",
    ),
    (
        "Was erwarten Sie von der nächsten Förderperiode ab 2028?",
        "Weniger Bürokratie für kleine Kommunen und mehr Geld für Klimaschutz in den alten "
        "Industrieregionen. Beides gehört zusammen.",
    ),
    (
        "Und Ihr persönlicher Wunsch für 2026?",
        "Dass sich die Jugendlichen aus Auenstadt, Montclaire und Dębowa Góra nicht nur im "
        "Austauschjahr treffen, sondern ein Leben lang.",
    ),
]


def page_kaya(m: Magazine) -> None:
    m.start("INTERVIEW", "11", A_KAYA)
    f = headline(
        m,
        A_KAYA,
        "Die Europaabgeordnete aus Auenstadt über Förderanträge, Talkshows und das, was nach "
        "2027 kommt.",
        "Interview: Lukas Brenner",
    )
    f.photo(160, "Foto: Ayşe Demir", "Derya Kaya in ihrem Wahlkreisbüro in der Hafenstraße.")
    for question, answer in KAYA_QA:
        f.para(question, "Bold", after=4)
        f.para(answer, after=9)
    f.gap(6)
    f.box(
        "Derya Kaya (41) ist seit 2019 Mitglied des Europäischen Parlaments (MdEP) und sitzt im "
        "Ausschuss für regionale Entwicklung. Sie wurde in Auenstadt geboren."
    )
    m.end()
    quotes: list[tuple[str, str | None]] = []
    for question, answer in KAYA_QA:
        quotes += [(question, "Lukas Brenner"), (answer, "Derya Kaya")]
    truth(
        12,
        "11",
        "INTERVIEW",
        A_KAYA,
        ["European funding"],
        [
            ("Derya Kaya", "interviewee"),
            ("Lukas Brenner", "interviewer"),
            ("Ayşe Demir", "photographer"),
        ],
        quotes,
    )


def page_montclaire(m: Magazine) -> None:
    m.start("PARTNERSTÄDTE", "12", A_MONTCLAIRE)
    f = headline(
        m,
        A_MONTCLAIRE,
        "In 1965 the first group of children from Montclaire-sur-Loire arrived at Auenstadt’s "
        "station. The head of international relations in our French partner city looks back.",
        "Text: Hélène Guérin",
    )
    f.para(
        "The photograph hangs in the corridor of our town hall: thirty children with cardboard "
        "suitcases, squinting into the sun on a platform in Auenstadt. Most of them had been born "
        "during the war. Some of their fathers had fought against the fathers of the children who "
        "were waiting for them with flowers."
    )
    f.para(
        "Jean-Marc Dufresne was eleven years old on that platform. He still remembers the smell "
        "of coal and the taste of his first Berliner. «Nous étions des enfants de la guerre, et "
        "nous voulions être les premiers enfants de l’Europe», recalls Dufresne, who later taught "
        "German in Montclaire for thirty-five years."
    )
    f.photo(
        140,
        "Picture (photographer): Pierre-Yves Lambert",
        "Jean-Marc Dufresne (right) with pupils from both cities, September 2025.",
    )
    f.para(
        "Claudine Berthier has been mayor of Montclaire since 2020. She was fourteen when she "
        "first stayed with a host family in Auenstadt, and she still writes to them every "
        "Christmas. «I learned German in a kitchen, not in a classroom», she said at the "
        "anniversary dinner in September."
    )
    f.para(
        "Sixty years later, the partnership has changed. Alongside the school exchanges there is "
        "now a joint climate programme, in which both cities compare how they heat their "
        "schools, and a network of nurses and carers who spend a week in each other’s hospitals. "
        "The cities applied together to the European Union’s town-twinning programme and will "
        "host a joint citizens’ forum in 2026.",
        after=10,
    )
    f.box(
        "Auf Deutsch: Seit 1965 sind Auenstadt und Montclaire-sur-Loire Partnerstädte. Zum "
        "60. Jubiläum erinnert Hélène Guérin, Leiterin der internationalen Beziehungen in "
        "Montclaire, an die ersten Besuche und stellt neue gemeinsame Projekte vor."
    )
    m.end()
    truth(
        13,
        "12",
        "PARTNERSTÄDTE",
        A_MONTCLAIRE,
        ["City networks and partnerships", "Youth and schools"],
        [("Hélène Guérin", "author"), ("Pierre-Yves Lambert", "photographer")],
        [
            (
                "Nous étions des enfants de la guerre, et nous voulions être les premiers enfants de "
                "l’Europe",
                "Jean-Marc Dufresne",
            ),
            ("I learned German in a kitchen, not in a classroom", "Claudine Berthier"),
        ],
    )


def page_three(m: Magazine) -> None:
    m.start("PARTNERSTÄDTE", "13", A_THREE)
    f = headline(
        m,
        A_THREE,
        "Dębowa Góra hosted Europe during the Polish EU Council presidency; Ashcombe is finding "
        "its way after Brexit. What Auenstadt’s partnerships look like in 2025.",
        "By Marta Zielińska",
    )
    f.para(
        "Dębowa Góra has 42,000 inhabitants, a beautiful market square and, since January 2025, "
        "some experience in European diplomacy. During the Polish presidency of the Council of "
        "the European Union the town hosted two informal meetings of ministers’ advisers and a "
        "conference on rail links between Poland and Germany."
    )
    f.para(
        "“We wanted to show that Europe is also built in towns of forty thousand people,” said "
        "Krzysztof Wróbel, the mayor of Dębowa Góra. Delegates from Auenstadt were there for "
        "every event, and the cities agreed to apply together for a cross-border rail study."
    )
    f.para(
        "The partnership with Ashcombe in the south of England is twenty-two years old and lives "
        "mostly through its choirs, football clubs and twinning association. For Ashcombe, it’s "
        "the school exchanges that suffered most after the United Kingdom left the European "
        "Union: passports, visas and the end of Erasmus+ funding made trips more expensive."
    )
    f.para(
        "‘Brexit changed the paperwork, not the friendships,’ says Siobhan O’Neill, who chairs "
        "the Ashcombe Twinning Association. Her association now raises money for the trips "
        "through a Christmas market stall in Auenstadt, where it sells mince pies and English "
        "tea."
    )
    f.para(
        "All three partner cities, and Montclaire as the fourth, will meet in Auenstadt in May "
        "2026 for the first Europafest. The plan is to turn the partnerships into a network in "
        "which all four cities work with one another, not only with Auenstadt."
    )
    m.end()
    truth(
        14,
        "13",
        "PARTNERSTÄDTE",
        A_THREE,
        ["City networks and partnerships", "EU Council presidency"],
        [("Marta Zielińska", "author")],
        [
            (
                "We wanted to show that Europe is also built in towns of forty thousand people",
                "Krzysztof Wróbel",
            ),
            ("Brexit changed the paperwork, not the friendships", "Siobhan O’Neill"),
        ],
    )


def page_advert(m: Magazine) -> None:
    m.start(None, None, None)
    c = m.c
    c.setFillColor(Color(0.98, 0.82, 0.1))
    c.rect(30, 30, PAGE_W - 60, PAGE_H - 60, stroke=0, fill=1)
    c.setFillColor(DARK)
    c.circle(PAGE_W / 2, 470, 175, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Serif", 28)
    c.drawCentredString(PAGE_W / 2, 490, "EUROPAFEST")
    c.drawCentredString(PAGE_W / 2, 448, "AUENSTADT 2026")
    c.setFillColor(DARK)
    c.setFont("Bold", 18)
    c.drawCentredString(PAGE_W / 2, 720, "9.–11. Mai 2026 · 9–11 May 2026")
    c.setFont("Sans", 14)
    c.drawCentredString(PAGE_W / 2, 690, "Rathausplatz & Alter Hafen")
    c.drawCentredString(PAGE_W / 2, 260, "Musik, Streetfood und Debatten aus 27 Ländern")
    c.drawCentredString(PAGE_W / 2, 238, "Music, street food and debates from 27 countries")
    c.setFont("Bold", 16)
    c.drawCentredString(PAGE_W / 2, 190, "Eintritt frei · Free admission")
    c.setFont("Sans", 11)
    c.drawCentredString(PAGE_W / 2, 120, "www.europafest-auenstadt.example")
    c.setFont("Sans", 7)
    c.drawString(40, 40, "Anzeige")
    m.end()
    truth(15, None, None, None, ["Events and awards"], [], [])


def page_prize(m: Magazine) -> None:
    m.start("EUROPE IN THE CITY", "15", A_PRIZE)
    top = headline(
        m,
        A_PRIZE,
        "On 14 November 2025 the city received Europe’s most important award for town twinning. "
        "The ceremony turned into a party.",
        "Text: Miriam Köhnen",
    ).y
    f = m.two_columns(top)
    f.para(
        "The European Twinning Prize has been awarded every year since 2011 by a foundation of "
        "European municipal associations. In 2025 the jury chose Auenstadt from 96 applications "
        "because, as the citation says, the city has turned four partnerships into one network."
    )
    f.para(
        "“Auenstadt shows that twinning is not nostalgia. It is infrastructure,” said the jury "
        "chair, Dr. Henrik Aaltonen, in his speech in the town hall. The prize comes with "
        "25,000 euros, which the city will give to the youth exchange fund."
    )
    f.para(
        "The mayor had decided to hold the ceremony in the market hall instead of the council "
        "chamber, and to invite everyone. More than 1,500 people came. “We opened the doors,” "
        "said Albers, “and nobody left.”"
    )
    f.photo(110, "Photo: Malte Brandt", "Mayor Greta Albers with the prize, 14 November 2025.")
    f.next_column()
    f.para(
        "Hélène Guérin had travelled from Montclaire with a delegation of twenty. “Our "
        "grandparents started this, and tonight our grandchildren are dancing to it,” Guérin "
        "added, pointing at the stage, where a band from Dębowa Góra was playing."
    )
    f.para(
        "The evening ended, as so many evenings in Auenstadt’s partnerships do, with a choir from "
        "Ashcombe and a long queue at the sausage stand.",
        after=10,
    )
    f.box(
        "Auf Deutsch: Auenstadt hat am 14. November 2025 den Europäischen Partnerschaftspreis "
        "erhalten. Das Preisgeld von 25.000 Euro fließt in den Jugendaustausch."
    )
    m.end()
    truth(
        16,
        "15",
        "EUROPE IN THE CITY",
        A_PRIZE,
        ["Events and awards", "City networks and partnerships"],
        [("Miriam Köhnen", "author"), ("Malte Brandt", "photographer")],
        [
            (
                "Auenstadt shows that twinning is not nostalgia. It is infrastructure",
                "Henrik Aaltonen",
            ),
            ("We opened the doors, and nobody left.", "Greta Albers"),
            (
                "Our grandparents started this, and tonight our grandchildren are dancing to it",
                "Hélène Guérin",
            ),
        ],
    )


PAGES = [
    page_cover,
    page_contents,
    page_editorial,
    page_sommerfeld_1,
    page_sommerfeld_2,
    page_hafen_1,
    page_hafen_2,
    page_coal,
    page_democracy,
    page_school,
    page_youth,
    page_kaya,
    page_montclaire,
    page_three,
    page_advert,
    page_prize,
]


def build() -> None:
    register_fonts()
    TRUTH.clear()
    m = Magazine(HERE / PDF_NAME)
    for make_page in PAGES:
        make_page(m)
    m.save()
    write_truth(HERE / TRUTH_NAME, {"file": PDF_NAME, "title": TITLE, "year": 2025, "pages": TRUTH})


# ---------------------------------------------------------------------------------------------
# verification with pypdf


def found(quote: str, text: str) -> bool:
    quote = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", quote))
    if quote in text:
        return True
    # a quotation interrupted by its attribution: both halves must be there
    for match in re.finditer(", ", quote):
        if quote[: match.start() + 1] in text and quote[match.end() :] in text:
            return True
    return False


def check() -> int:
    from pypdf import PdfReader

    reader = PdfReader(HERE / PDF_NAME)
    data = json.loads((HERE / TRUTH_NAME).read_text(encoding="utf-8"))
    problems = 0
    print(
        f"pages: {len(reader.pages)}, title: {reader.metadata.title!r}, "
        f"author: {reader.metadata.author!r}, page_labels: {reader.page_labels}"
    )
    for entry in data["pages"]:
        raw = reader.pages[entry["page"] - 1].extract_text()
        text = reading_text(raw)
        # the folio comes out as a line of its own, next to the footer line
        lines = raw.splitlines()
        footer_at = [i for i, ln in enumerate(lines) if ln.startswith(FOOTER)]
        footer_lines = [ln for i in footer_at for ln in lines[max(i - 1, 0) : i + 2]]
        for quote in entry["quotes"]:
            if not found(quote["text"], text):
                problems += 1
                print(f"  page {entry['page']}: quote not found: {quote['text']!r}")
        label = entry["page_label"]
        if label is not None and label not in footer_lines:
            problems += 1
            print(f"  page {entry['page']}: folio {label} not found in {footer_lines!r}")
        if label is None and footer_at:
            problems += 1
            print(f"  page {entry['page']}: a footer is printed on a page without folio")
        ligatures = [w for w in re.findall(r"\w*[\ufb01\ufb02]\w*", raw)]
        print(
            f"page {entry['page']:2} label {label!s:>4}  quotes {len(entry['quotes'])}  "
            f"footer {footer_lines!r}" + (f"  ligatures {ligatures}" if ligatures else "")
        )
    outline = [
        (item.title, reader.get_destination_page_number(item) + 1) for item in reader.outline
    ]
    print("outline:", outline)
    starts = {}
    for entry in data["pages"]:
        if entry["article"] and entry["article"] not in starts:
            starts[entry["article"]] = entry["page"]
    if dict(outline) != starts:
        problems += 1
        print("outline differs from the truth's article starts:", starts)
    print("problems:", problems)
    return 1 if problems else 0


if __name__ == "__main__":
    build()
    if "--check" in sys.argv:
        sys.exit(check())
