# The magazine prose is set by hand; some string lines run past 100 columns.
# ruff: noqa: E501
"""Build the held-out magazine ``hafenberg-letter-2024.pdf`` and its hand-written truth file.

Run from the repository root::

    python samples/make_heldout.py           # writes the PDF and the truth JSON next to this file
    python samples/make_heldout.py --check   # also re-reads the PDF with pypdf and checks the truth

This second sample exists to measure how the detectors generalise, so it was written without
looking at the detectors and is styled differently from ``make_sample.py``: folios "Seite N" /
"Page N" at the top right of the running header (offset 2, cover and inside cover unnumbered),
Title Case rubrics, serif body text, bylines "Written by" / "Words:" / "Autorin:" /
"Ein Beitrag von", an author box at the end, "Q:"/"A:" and bold-question interviews, and
quotations in „…“, “…”, »…« and '…' with varied attributions. Everything is fiction: the twin
cities Hafenberg and Sølvvig, all people and all prose. The truth (``TRUTH``) is written down as
data next to each page, describing what a careful reader sees; it is never computed from the PDF.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

import layout  # samples/layout.py: the engine both sample magazines are set with
from layout import DEJAVU, PAGE_H, PAGE_W, TruthPages, reading_text, wrap, write_truth
from reportlab.lib.colors import Color, black, white

HERE = Path(__file__).resolve().parent
PDF_NAME = "hafenberg-letter-2024.pdf"
TRUTH_NAME = "hafenberg-letter-2024.truth.json"
TITLE = "Hafenberg Letter – News from the Twin Cities"
AUTHOR = "Stadt Hafenberg, Büro für Städtepartnerschaften / Sølvvig Kommune"
FOOTER = "Hafenberg Letter · No. 4 · Winter 2024"

LEFT, RIGHT = 56.0, PAGE_W - 56.0
WIDTH = RIGHT - LEFT
TOP, BOTTOM = 758.0, 58.0
GUTTER = 20.0

TEAL = Color(0.05, 0.36, 0.40)
SAND = Color(0.95, 0.92, 0.85)
PHOTO = Color(0.78, 0.83, 0.84)

FONT_FILES = {
    "Body": [DEJAVU / "DejaVuSerif.ttf"],
    "BodyBold": [DEJAVU / "DejaVuSerif-Bold.ttf"],
    "BodyItalic": [DEJAVU / "DejaVuSerif-Italic.ttf"],
    "Head": [DEJAVU / "DejaVuSansCondensed-Bold.ttf"],
    "Cond": [DEJAVU / "DejaVuSansCondensed.ttf"],
    "CondItalic": [DEJAVU / "DejaVuSansCondensed-Oblique.ttf"],
}
NEEDED_GLYPHS = "äöüßæøåÆØÅ„“”»«‘’·–—…©"


def register_fonts() -> None:
    layout.register_fonts(FONT_FILES, NEEDED_GLYPHS, "install fonts-dejavu")


# ---------------------------------------------------------------------------------------------
# this magazine's layout (the engine is in layout.py)


class Flow(layout.Flow):
    """Serif body text set in black; rounded pictures, teal pull quotes, sand boxes."""

    FONT, SIZE, LEADING, AFTER, COLOR = "Body", 9.7, 1.42, 6.0, black

    def photo(self, height: float, caption: str, credit: str) -> None:
        """A placeholder picture; caption and credit on one line below, credit right-aligned."""
        self.need(height + 26)
        c = self.c
        c.setFillColor(PHOTO)
        c.roundRect(self.x, self.y - height, self.width, height, 4, stroke=0, fill=1)
        c.setStrokeColor(white)
        c.setLineWidth(1.5)
        c.circle(self.x + self.width * 0.75, self.y - height * 0.3, height * 0.12, stroke=1, fill=0)
        c.line(self.x + 6, self.y - height * 0.7, self.x + self.width - 6, self.y - height * 0.62)
        c.setStrokeColor(black)
        c.setFillColor(black)
        self.y -= height + 4
        self.para(caption, "CondItalic", 7.8, after=1)
        self.para(credit, "Cond", 7.0, after=10)

    def pull_quote(self, text: str, who: str) -> None:
        self.gap(6)
        c = self.c
        top = self.y
        self.para(text, "BodyItalic", 16, leading=21, after=3, color=TEAL)
        self.para(who, "Cond", 8.5, after=0)
        c.setStrokeColor(TEAL)
        c.setLineWidth(3)
        c.line(self.x - 8, top, self.x - 8, self.y)
        c.setStrokeColor(black)
        self.gap(14)

    def box(self, text: str, font: str = "CondItalic", size: float = 8.6) -> None:
        leading = size * 1.4
        lines = wrap([(text, font)], size, self.width - 20)
        height = len(lines) * leading + 14
        self.need(height)
        c = self.c
        c.setFillColor(SAND)
        c.rect(self.x, self.y - height, self.width, height, stroke=0, fill=1)
        c.setFillColor(black)
        self.y -= 7
        for line in lines:
            t = c.beginText(self.x + 10, self.y - size)
            t.setFont(font, size)
            t.textOut(" ".join("".join(p for p, _ in w) for w in line))
            c.drawText(t)
            self.y -= leading
        self.y -= 16


class Magazine(layout.Magazine):
    FLOW, LEFT, TOP, BOTTOM, GUTTER = Flow, LEFT, TOP, BOTTOM, GUTTER

    def __init__(self, path: Path):
        super().__init__(
            path,
            {
                "title": TITLE,
                "author": AUTHOR,
                "subject": "Newsletter of the twin cities Hafenberg and Sølvvig, No. 4, Winter 2024",
                "keywords": "Hafenberg, Sølvvig, twin cities, Interreg, EFRE, district heating",
                "creator": "samples/make_heldout.py (reportlab)",
            },
        )

    def start(self, rubric: str | None, folio: str | None, outline: str | None) -> None:
        """Begin a page: bookmark, running header (rubric left, "Seite N"/"Page N" right)."""
        self.number += 1
        c = self.c
        if outline:
            key = f"h{self.number}"
            c.bookmarkPage(key)
            c.addOutlineEntry(outline, key, level=0)
        if rubric or folio:
            c.setFillColor(TEAL)
            c.rect(LEFT, PAGE_H - 44, 4, 14, stroke=0, fill=1)
            if rubric:
                c.setFont("Head", 10)
                c.drawString(LEFT + 10, PAGE_H - 42, rubric)
            if folio:
                c.setFont("Cond", 9.5)
                c.drawRightString(RIGHT, PAGE_H - 42, folio)
            c.setFillColor(black)
            c.setStrokeColor(TEAL)
            c.setLineWidth(0.5)
            c.line(LEFT, PAGE_H - 52, RIGHT, PAGE_H - 52)
            c.setStrokeColor(black)
        if folio:
            c.setFont("Cond", 7.2)
            c.setFillColor(TEAL)
            c.drawCentredString(PAGE_W / 2, 32, FOOTER)
            c.setFillColor(black)


def headline(m: Magazine, title: str, standfirst: str | None, byline: str | None) -> Flow:
    f = m.full()
    f.para(title, "Head", 23, leading=27, after=7, color=TEAL)
    if standfirst:
        f.para(standfirst, "BodyItalic", 10.8, leading=15, after=6)
    if byline:
        f.para(byline, "Cond", 9, after=10)
    return f


# ---------------------------------------------------------------------------------------------
# the pages and, next to each, its truth (hand-written)

TRUTH = TruthPages()
truth = TRUTH.page
# interrupted quotations: truth text -> the parts printed inside the marks (for --check)
SPLIT: dict[str, list[str]] = {}


EU = "EU Council presidency"
FUND = "European funding"
NET = "City networks and partnerships"
STRUCT = "Structural change"
YOUTH = "Youth and schools"
EVENTS = "Events and awards"
DEMO = "Democracy and participation"
CLIMATE = "Climate and energy"

A_EDITORIAL = "Editorial: Zwei Städte, ein Winter / Two Towns, One Winter"
A_MAYOR = "Interview with Mayor Lars Kjærgaard of Sølvvig"
A_WERFT = "Neues Leben auf der Nordwerft"
A_HEAT = "A Harbour That Heats Two Towns"
A_JUGEND = "Ein Jahr Jugendrat: Mitreden über die Grenze hinweg"
A_GUEST = "Small Towns, Big Presidency"
A_CLASS = "Class 10a Asks the Landrätin"


def page_cover(m: Magazine) -> None:
    m.start(None, None, "Cover")
    c = m.c
    c.setFillColor(TEAL)
    c.rect(0, PAGE_H - 230, PAGE_W, 230, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Cond", 10.5)
    c.drawString(
        LEFT, PAGE_H - 48, "Hafenberg · Sølvvig — Partnerstädte seit 1984 / Venskabsbyer siden 1984"
    )
    c.setFont("Head", 46)
    c.drawString(LEFT, PAGE_H - 112, "Hafenberg Letter")
    c.setFont("BodyItalic", 15)
    c.drawString(LEFT, PAGE_H - 146, "News from the Twin Cities")
    c.setFont("Cond", 11)
    c.drawString(
        LEFT, PAGE_H - 168, "Nachrichten aus den Zwillingsstädten · Nyt fra venskabsbyerne"
    )
    c.setFont("Head", 14)
    c.drawRightString(RIGHT, PAGE_H - 210, "No. 4 / Winter 2024")
    c.setFillColor(black)
    f = Flow(c, [(LEFT, PAGE_H - 252, 40, WIDTH)])
    f.photo(
        350,
        "Ice on the Förde: the ferry Ellen Marie on her way from Hafenberg to Sølvvig, December 2024.",
        "© Søren Mikkelsen",
    )
    for teaser in (
        "Fjord heat for 4,000 homes – and soon for Hafenberg too",
        "Nordwerft: Neues Leben in alten Hallen",
        "Sølvvig’s mayor on the coming Danish EU Council presidency",
        "Ein Jahr Jugendrat: Die Fähre fährt jetzt früher",
    ):
        f.para("■  " + teaser, "Head", 11.5, after=4)
    m.end()
    truth(1, None, None, "Cover", [], [("Søren Mikkelsen", "photographer")], [])


CONTENTS = [
    (A_EDITORIAL, "Katharina Vogelsang", "1"),
    (A_MAYOR, "Interview by Paula Steenbock", "2"),
    (A_WERFT, "Merle Harms", "3"),
    (A_HEAT, "Frauke Ohlsen", "5"),
    (A_JUGEND, "Jugendrat Hafenberg", "6"),
    ("Guest Column: " + A_GUEST, "Mads Vestergaard-Holm", "7"),
    (A_CLASS, "Class 10a, Nordschule", "8"),
]


def page_contents(m: Magazine) -> None:
    m.start("Inhalt / Contents", None, "Contents")
    c = m.c
    f = m.full()
    f.para("In dieser Ausgabe", "Head", 22, leading=26, after=2, color=TEAL)
    f.para("In this issue", "BodyItalic", 13, after=16)
    for title, who, page in CONTENTS:
        y = f.y
        c.setFont("Head", 18)
        c.setFillColor(TEAL)
        c.drawString(LEFT, y - 15, page)
        c.setFillColor(black)
        g = Flow(c, [(LEFT + 34, y, BOTTOM, WIDTH - 34)])
        g.para(title, "BodyBold", 10.8, after=1)
        g.para(who, "CondItalic", 9, after=12)
        f.y = g.y
    f.gap(14)
    f.box(
        "Impressum / Imprint · Herausgeber / Publisher: Stadt Hafenberg, Büro für "
        "Städtepartnerschaften, Am Markt 3, 24999 Hafenberg, together with Sølvvig Kommune · "
        "Redaktion / Editor: Birte Lauridsen · Druck / Print: Nordsee-Druck, Hafenberg · "
        "Auflage / Print run: 2,500 · erscheint zweimal im Jahr / published twice a year · "
        "No. 4, December 2024. Namentlich gekennzeichnete Beiträge geben die Meinung der "
        "Verfasser wieder. Signed articles reflect the views of their authors.",
        "Cond",
        8.4,
    )
    m.end()
    truth(2, None, "Inhalt / Contents", "Contents", [], [("Birte Lauridsen", "editor")], [])


VISITOR = "I came for the mulled wine and stayed for the climate debate"


def page_editorial(m: Magazine) -> None:
    m.start("Editorial", "Seite 1", A_EDITORIAL)
    f = headline(m, "Zwei Städte, ein Winter\nTwo Towns, One Winter", None, None)
    f.photo(
        150,
        "Katharina Vogelsang und Lars Kjærgaard auf dem Weihnachtsmarkt am Hafen.",
        "Image: Maren Thiessen",
    )
    f.para("Liebe Leserinnen und Leser, dear friends in Sølvvig,", "BodyBold", after=6)
    f.para(
        "in diesem Winter ist die Fähre zwischen Hafenberg und Sølvvig jeden Tag gefahren, auch "
        "als die Förde im Dezember zum ersten Mal seit Jahren zugefroren war. Für mich ist das ein "
        "schönes Bild für unsere Partnerschaft: Sie hält auch dann, wenn das Wetter schlecht ist."
    )
    f.para(
        "Seit vierzig Jahren sind unsere Städte verbunden. Was mit einem Chor und einem "
        "Handballturnier begann, ist heute ein Netz aus Schulen, Vereinen, Betrieben und "
        "Verwaltungen. Gemeinsam mit Bürgermeister Lars Kjærgaard haben wir im Herbst beschlossen, "
        "unsere Wärmenetze unter der Förde zu verbinden – ein Projekt, das ohne das "
        "Interreg-Programm Deutschland-Danmark nicht denkbar wäre."
    )
    f.para(
        "This autumn, while Hungary held the presidency of the Council of the EU, Denmark was "
        "already preparing for its own turn in the second half of 2025. Sølvvig will host one of "
        "the informal ministerial meetings, and Hafenberg will be there too. We want to show that "
        "the border between our countries is not where Europe ends, but where it is practised "
        "every day."
    )
    f.para(
        "At our Christmas market on the harbour, Danish and German stalls stood side by side for "
        f"the first time. “{VISITOR},” one visitor said to me at the fjord-heat stand. I cannot "
        "think of a better compliment for this Letter."
    )
    f.para(
        "Ich danke allen, die an dieser Ausgabe mitgewirkt haben, und wünsche Ihnen frohe "
        "Festtage und ein gutes Jahr 2025. God jul og godt nytår!",
        after=12,
    )
    f.para("Ihre / Yours,", "BodyItalic", after=3)
    f.para("Katharina Vogelsang, Lord Mayor", "Head", 11, after=0)
    m.end()
    truth(
        3,
        "1",
        "Editorial",
        A_EDITORIAL,
        ["City networks and partnerships", "EU Council presidency"],
        [("Katharina Vogelsang", "author"), ("Maren Thiessen", "photographer")],
        [(VISITOR, None)],
    )


MAYOR_QA = [
    (
        "Mr Kjærgaard, you have been mayor of Sølvvig for six years. What has changed in the "
        "partnership with Hafenberg?",
        "It used to be a partnership of choirs and sports clubs, which was lovely. Now our "
        "engineers call each other before they call their own ministries. That is a big change.",
    ),
    (
        "The two towns want to connect their district heating networks under the fjord. Is that "
        "realistic?",
        "It is realistic because we have already done the hard part, which is trusting each "
        "other. The pipe itself is only four kilometres long. Interreg pays for the planning, and "
        "the rest we will finance together.",
    ),
    (
        "Denmark takes over the presidency of the Council of the EU in July 2025. What does a "
        "town of 22,000 people expect from it?",
        "Not much money, to be honest. But attention. When ministers come to Sølvvig for an "
        "informal meeting, they will see a border region where Europe works without anyone having "
        "to explain it.",
    ),
    (
        "Your town council now publishes its agendas in Danish and German. Why?",
        "Because almost a thousand people from Sølvvig work in Hafenberg, and the other way round. "
        "Democracy starts with understanding what is being decided.",
    ),
    (
        "And what do you wish for the next forty years?",
        "That my grandchildren think of Hafenberg simply as the other half of town.",
    ),
]


def page_mayor(m: Magazine) -> None:
    m.start("Partner Cities", "Page 2", A_MAYOR)
    f = headline(
        m,
        A_MAYOR,
        "Sølvvig’s Borgmester on heat pipes under the fjord, the Danish EU Council presidency and "
        "why his council now meets in two languages.",
        "Interview by Paula Steenbock",
    )
    f.photo(
        130,
        "Lars Kjærgaard in Sølvvig’s town hall, which looks across the fjord to Hafenberg.",
        "Fotos: Søren Mikkelsen",
    )
    for q, a in MAYOR_QA:
        f.para([("Q: ", "BodyBold"), (q, "Body")], after=3)
        f.para([("A: ", "BodyBold"), (a, "Body")], after=8)
    f.gap(2)
    f.box(
        "Lars Kjærgaard (58) trained as a ship’s engineer and has been Borgmester (mayor) of "
        "Sølvvig since 2018. He speaks German, he says, “like a ferry passenger: well enough to "
        "get across”."
    )
    m.end()
    quotes = []
    for q, a in MAYOR_QA:
        quotes += [(q, "Paula Steenbock"), (a, "Lars Kjærgaard")]
    quotes.append(("like a ferry passenger: well enough to get across", "Lars Kjærgaard"))
    truth(
        4,
        "2",
        "Partner Cities",
        A_MAYOR,
        ["City networks and partnerships", "Climate and energy", "EU Council presidency"],
        [
            ("Lars Kjærgaard", "interviewee"),
            ("Paula Steenbock", "interviewer"),
            ("Søren Mikkelsen", "photographer"),
        ],
        quotes,
    )


CARSTENSEN = "Damals dachten wir, hier wächst bald nur noch Gras"
ALBRECHT = (
    "Allein hätten wir das nicht geschafft. Die Dänen wussten, wie man ein Interreg-Projekt aufbaut"
)
THORSEN = "Wir sind hier, weil man an der Förde versteht, was ein Hafen braucht"


def page_werft_1(m: Magazine) -> None:
    m.start("Aus der Stadt", "Seite 3", A_WERFT)
    top = headline(
        m,
        A_WERFT,
        "Wo bis 2009 Fähren gebaut wurden, entstehen Werkstätten, Labore und ein "
        "Ausbildungszentrum. Europa zahlt kräftig mit.",
        "Autorin: Merle Harms",
    ).y
    f = m.two_columns(top)
    f.photo(
        120, "Die große Schiffbauhalle der Nordwerft im November 2024.", "Fotos: Jonas Brüggemann"
    )
    f.para(
        "Die große Halle der Nordwerft ist im Winter so kalt wie eh und je. Doch wo früher "
        "Stahlplatten für Fähren geschweißt wurden, stehen heute Werkbänke, ein 3D-Drucker und "
        "zwei Container mit Büros. Seit dem Sommer arbeiten hier elf junge Firmen, die meisten "
        "in der Meerestechnik und im Energiebereich."
    )
    f.para(
        "Uwe Carstensen hat 31 Jahre auf der Werft gearbeitet, zuletzt als Meister im Schiffbau. "
        "Als 2009 das letzte Schiff vom Stapel lief, verloren fast 900 Menschen ihre Arbeit. "
        f"„{CARSTENSEN}“, sagt Carstensen. Heute führt er Besuchergruppen über das Gelände und "
        "zeigt, wo einmal die Helling war."
    )
    f.para(
        "Dass aus der Brache wieder ein Arbeitsort wurde, hat viel mit Geld aus Brüssel zu tun. "
        "Rund 14 Millionen Euro aus dem Europäischen Fonds für regionale Entwicklung (EFRE) "
        "fließen bis 2027 in den Umbau."
    )
    f.next_column()
    f.para(
        "Weitere 3,2 Millionen Euro kommen aus dem Interreg-Programm Deutschland-Danmark, für "
        "ein gemeinsames Ausbildungszentrum mit der Berufsschule in Sølvvig."
    )
    f.para(
        "Wirtschaftsförderin Ines Albrecht hat die Anträge zusammen mit Kolleginnen aus Sølvvig "
        f"geschrieben. „{ALBRECHT}“, so Albrecht. Die Stadt trägt einen Eigenanteil von knapp "
        "vier Millionen Euro."
    )
    f.para(
        "Nicht alle sind begeistert. Im Stadtrat kritisierte die Fraktion der Freien Wähler, "
        "dass die Mieten auf dem Gelände für Handwerksbetriebe zu hoch seien. Stadtbaurat Dieter "
        "Hansen verweist auf die Förderregeln, die eine gewerbliche Nutzung verlangen. Eine "
        "Lösung soll bis zum Frühjahr gefunden werden."
    )
    f.para(
        "Eine der neuen Firmen ist Fjordlys, gegründet von zwei Ingenieurinnen aus Hafenberg und "
        "einem Schiffbauer aus Sølvvig. Sie entwickeln Wärme-\npumpen für Schiffe und Häfen. "
        f"»{THORSEN}«, erzählt Mitgründerin Lene Thorsen."
    )
    m.end()
    truth(
        5,
        "3",
        "Aus der Stadt",
        A_WERFT,
        ["Structural change", "European funding", "City networks and partnerships"],
        [("Merle Harms", "author"), ("Jonas Brüggemann", "photographer")],
        [(CARSTENSEN, "Uwe Carstensen"), (ALBRECHT, "Ines Albrecht"), (THORSEN, "Lene Thorsen")],
    )


JANNIK = "Er baut jetzt die Technik, von der wir damals nur geträumt haben"
HALLE = "Die Halle ist erst der Anfang"


def page_werft_2(m: Magazine) -> None:
    m.start("Aus der Stadt", "Seite 4", None)
    f = m.full()
    f.para(
        "Im Frühjahr 2025 soll das Ausbildungszentrum eröffnen. Dann lernen Auszubildende aus "
        "beiden Städten gemeinsam, wie man Offshore-Anlagen wartet und Schiffe auf neue Antriebe "
        "umrüstet. Unterrichtet wird auf Deutsch, Dänisch und Englisch."
    )
    f.pull_quote(f"„{CARSTENSEN}“", "Uwe Carstensen, früher Meister auf der Nordwerft")
    f.para(
        "Für Carstensen schließt sich damit ein Kreis. Sein Enkel Jannik hat im Herbst eine "
        f"Ausbildung bei Fjordlys begonnen. „{JANNIK}“, sagt der 68-Jährige und lacht. Jannik "
        "wohnt inzwischen in Sølvvig und fährt jeden Morgen mit der Ellen Marie zur Arbeit – dem "
        "letzten Schiff, das die Nordwerft 2009 verlassen hat."
    )
    f.para(
        f"Auch Ines Albrecht blickt schon weiter. „{HALLE}“, sagt sie. Auf dem östlichen Teil "
        "des Geländes sollen bis 2028 Wohnungen und eine Kita entstehen; dafür will die Stadt im "
        "kommenden Jahr einen neuen Förderantrag stellen. Oberbürgermeisterin Katharina "
        "Vogelsang hat das Projekt zur Chefsache erklärt.",
        after=14,
    )
    f.box(
        "Die Nordwerft in Zahlen: gegründet 1921 · geschlossen 2009 · 6,5 Hektar · 14 Mio. Euro "
        "EFRE · 3,2 Mio. Euro Interreg · 11 Firmen mit 74 Arbeitsplätzen (Stand: November 2024)",
        "Cond",
    )
    f.para(
        "— Merle Harms ist Redakteurin im Büro für Städtepartnerschaften und lebt seit 2015 in "
        "Hafenberg.",
        "CondItalic",
        8.8,
    )
    m.end()
    truth(
        6,
        "4",
        "Aus der Stadt",
        A_WERFT,
        ["Structural change"],
        [("Merle Harms", "author")],
        [(CARSTENSEN, "Uwe Carstensen"), (JANNIK, "Uwe Carstensen"), (HALLE, "Ines Albrecht")],
    )


BAKKE_1 = "We pump heat out of the fjord water and into 4,000 homes"
BAKKE_2 = "The technology is Danish, but half of the pipes were made in Hafenberg"
KROHN_A = "For years the harbour was the coldest place in town,"
KROHN_B = "and soon it will be the one that keeps us warm."
KROHN = KROHN_A + " " + KROHN_B
SPLIT[KROHN] = [KROHN_A, KROHN_B]
JESSEN = "My bill is a third lower and the house is warmer than it ever was"


def page_heat(m: Magazine) -> None:
    m.start("Climate & Energy", "Page 5", A_HEAT)
    f = headline(
        m,
        A_HEAT,
        "Sølvvig already warms 4,000 homes with heat from the fjord. Hafenberg wants to join – "
        "through a pipe under the water.",
        "Words: Frauke Ohlsen",
    )
    f.photo(120, "The heat pump station on Sølvvig’s harbour front.", "Image: Maren Thiessen")
    f.para(
        "On a grey morning in December, the water in Sølvvig’s harbour is four degrees cold. That "
        "is warm enough. Inside a red brick building on the quay, two large heat pumps take those "
        "few degrees out of the fjord and turn them into hot water for radiators across the town."
    )
    f.para(
        f"“{BAKKE_1},” Niels Bakke told the Letter on a tour of the plant he has run since it "
        f"opened in 2021. “{BAKKE_2},” he added, pointing at a stamp on a steel flange."
    )
    f.para(
        "Hafenberg wants the same. Its municipal utility plans to lay a four-kilometre pipe under "
        "the Förde and connect the two district heating networks by 2028. The European Union pays "
        "60 per cent of the planning costs through Interreg, and the towns hope for a grant from "
        "the EU Innovation Fund for the construction."
    )
    f.para(
        f"“{KROHN_A}” says Sabine Krohn, head of Stadtwerke Hafenberg, “{KROHN_B}” Krohn expects "
        "heating prices to fall by around a fifth once the link is running."
    )
    f.para(
        f"Residents in Sølvvig already notice the difference. “{JESSEN},” pensioner Ove Jessen "
        "says. On the German side, not everyone is convinced: some owners of old houses fear the "
        "cost of connecting to the network. The city will hold information evenings in January."
    )
    f.para(
        "For Hafenberg the pipe is also part of its climate plan. The city wants to be "
        "climate-neutral by 2040, five years before the national target.",
        after=14,
    )
    f.para("— Frauke Ohlsen is the city’s climate officer.", "CondItalic", 9.2)
    m.end()
    truth(
        7,
        "5",
        "Climate & Energy",
        A_HEAT,
        ["Climate and energy", "City networks and partnerships"],
        [("Frauke Ohlsen", "author"), ("Maren Thiessen", "photographer")],
        [
            (BAKKE_1, "Niels Bakke"),
            (BAKKE_2, "Niels Bakke"),
            (KROHN, "Sabine Krohn"),
            (JESSEN, "Ove Jessen"),
        ],
    )


REIMERS = "Ihr müsst uns nerven, sonst ändert sich nichts"
BRODERSEN_PRIZE = "Ihr zeigt, wie Demokratie im Kleinen funktioniert"


def page_jugend(m: Magazine) -> None:
    m.start("Youth", "Seite 6", A_JUGEND)
    f = headline(
        m,
        A_JUGEND,
        "Fünfzehn Jugendliche, drei Gäste aus Dänemark und ein neuer Fährplan: unsere Bilanz nach "
        "dem ersten Jahr.",
        "Ein Beitrag von Jugendrat Hafenberg",
    )
    f.para(
        "Vor einem Jahr hat der Jugendrat Hafenberg zum ersten Mal getagt. Wir sind 15 "
        "Jugendliche zwischen 14 und 21 Jahren, gewählt von allen Schulen der Stadt. Seit dem "
        "Frühjahr sitzen bei unseren Sitzungen auch drei Mitglieder des Ungdomsråd aus Sølvvig "
        "mit am Tisch."
    )
    f.para(
        "Unser wichtigstes Thema war der Schulweg über die Grenze. Viele Schülerinnen und Schüler "
        "aus Sølvvig besuchen die Nordschule in Hafenberg, aber der Fährplan passte nicht zu den "
        "Unterrichtszeiten. Wir haben 1.200 Unterschriften gesammelt und im Stadtrat gesprochen. "
        "Seit November fährt die erste Fähre zwanzig Minuten früher."
    )
    f.para(
        "Im September hat uns MdB Tobias Reimers besucht. Er wollte wissen, warum so wenige junge "
        "Leute aus Hafenberg bei der Europawahl im Juni abgestimmt haben. Wir haben ihm viele "
        f"Gründe genannt, vom fehlenden Unterricht bis zu langweiligen Plakaten. „{REIMERS}“, "
        "sagte Reimers am Ende der Diskussion. Das haben wir uns gemerkt."
    )
    f.para(
        "Im Oktober haben wir für unser Projekt „Fähre für alle“ den Grenzlandpreis für junges "
        "Engagement bekommen. Das Preisgeld von 2.000 Euro verwenden wir für ein gemeinsames "
        f"Sommercamp mit dem Ungdomsråd. „{BRODERSEN_PRIZE}“, sagte Landrätin Gesa Brodersen bei "
        "der Preisverleihung im Kreishaus."
    )
    f.para(
        "Wer mitmachen will: Wir treffen uns jeden zweiten Dienstag um 17 Uhr im Jugendhaus am "
        "Hafen. Neue Ideen sind immer willkommen, auf Deutsch, Dänisch oder Englisch.",
        after=10,
    )
    f.para("Euer Jugendrat Hafenberg", "Head", 10.5)
    m.end()
    truth(
        8,
        "6",
        "Youth",
        A_JUGEND,
        ["Youth and schools", "Democracy and participation", "Events and awards"],
        [("Jugendrat Hafenberg", "author")],
        [(REIMERS, "Tobias Reimers"), (BRODERSEN_PRIZE, "Gesa Brodersen")],
    )


PILOT = "Climate policy that you cannot see will never be popular"


def page_guest(m: Magazine) -> None:
    m.start("Guest Column", "Page 7", "Guest Column: " + A_GUEST)
    f = headline(
        m,
        A_GUEST,
        "Denmark takes over the presidency of the Council of the EU in July 2025. Why places "
        "like Sølvvig and Hafenberg belong at the centre of it.",
        "Written by Mads Vestergaard-Holm, Minister for Climate",
    )
    f.para(
        "When people in Copenhagen talk about the coming EU Council presidency, they talk about "
        "summits, security and the budget. Those things matter. But I want to start somewhere "
        "else: on the ferry between Sølvvig and Hafenberg, where I travelled last month with a "
        "group of engineers, teachers and one very talkative harbour pilot."
    )
    f.para(
        "In forty minutes on that ferry I learned more about European climate policy than in many "
        "meetings in Brussels. The teachers told me about their shared vocational school, the "
        "engineers about the pipe that will soon connect two heating networks across a national "
        f"border. '{PILOT},' Erik Sand, the pilot, said as we came into the harbour. He is right."
    )
    f.para(
        "During our presidency, Denmark will push for an ambitious 2040 climate target and for "
        "simpler rules on cross-border energy projects. Today a town that wants to share heat with "
        "its neighbour across a border needs two sets of permits, two grid regulators and a great "
        "deal of patience. That is not a small problem. It is exactly the kind of problem that "
        "makes people doubt that Europe is on their side."
    )
    f.para(
        "I also want the presidency to listen. We will hold one of our informal ministerial "
        "meetings in the border region, and I have asked Mayor Lars Kjærgaard and Lord Mayor "
        "Katharina Vogelsang to bring not only officials but also the youth councils of both "
        "towns. Young people will live with the results of our decisions far longer than any "
        "minister."
    )
    f.para(
        "The twin cities have shown that partnership is not about ceremonies. It is about pipes, "
        "timetables and classrooms. Europe should be built the same way.",
        after=14,
    )
    f.box(
        "Mads Vestergaard-Holm has been Minister for Climate since 2022. He grew up in Sølvvig and "
        "still sails on the Förde every summer."
    )
    m.end()
    truth(
        9,
        "7",
        "Guest Column",
        "Guest Column: " + A_GUEST,
        ["EU Council presidency", "Climate and energy", "City networks and partnerships"],
        [("Mads Vestergaard-Holm", "author")],
        [(PILOT, "Erik Sand")],
    )


CLASS_QA = [
    (
        "Mrs Brodersen, most of us will vote for the first time in the next European elections. "
        "Why should we bother?",
        "Because the European Parliament decides on things you care about, from your phone "
        "charger to the air in this classroom. And if you do not vote, others will decide for you.",
    ),
    (
        "Many of our classmates from Sølvvig cannot vote in the elections here. Is that fair?",
        "As EU citizens they can vote in local elections where they live, but not where they go "
        "to school. We should give them a voice anyway, for example through the youth councils.",
    ),
    (
        "Why does it take so long to get anything done at the district office?",
        "Sometimes because we are careful, and sometimes because we are slow. I promise to work "
        "on the second part.",
    ),
    (
        "What was the best day of your year?",
        "The day I gave the Grenzland prize to the Jugendrat. Fifteen young people changed a ferry "
        "timetable. Some adults had been trying for ten years.",
    ),
]


def page_class(m: Magazine) -> None:
    m.start("Youth", "Page 8", A_CLASS)
    f = headline(
        m,
        A_CLASS,
        "For their politics project, Class 10a of the Nordschule interviewed Gesa Brodersen, "
        "Landrätin of the district of Nordmarsch, about voting, the border and slow offices.",
        "Questions: Class 10a, Nordschule",
    )
    f.photo(
        120,
        "Gesa Brodersen with Class 10a in the school library.",
        "© Maren Thiessen",
    )
    for q, a in CLASS_QA:
        f.para(q, "BodyBold", after=3)
        f.para(a, after=9)
    f.gap(4)
    f.para(
        "Class 10a, Nordschule. With thanks to our politics teacher Jens Paulsen.",
        "CondItalic",
        9,
    )
    m.end()
    quotes = []
    for q, a in CLASS_QA:
        quotes += [(q, "Class 10a, Nordschule"), (a, "Gesa Brodersen")]
    truth(
        10,
        "8",
        "Youth",
        A_CLASS,
        ["Youth and schools", "Democracy and participation"],
        [
            ("Gesa Brodersen", "interviewee"),
            ("Class 10a, Nordschule", "interviewer"),
            ("Maren Thiessen", "photographer"),
        ],
        quotes,
    )


PAGES = [
    page_cover,
    page_contents,
    page_editorial,
    page_mayor,
    page_werft_1,
    page_werft_2,
    page_heat,
    page_jugend,
    page_guest,
    page_class,
]


def build() -> None:
    register_fonts()
    TRUTH.clear()
    m = Magazine(HERE / PDF_NAME)
    for make_page in PAGES:
        make_page(m)
    m.save()
    write_truth(HERE / TRUTH_NAME, {"file": PDF_NAME, "title": TITLE, "year": 2024, "pages": TRUTH})


# ---------------------------------------------------------------------------------------------
# verification with pypdf


def found(quote: str, text: str) -> bool:
    parts = SPLIT.get(quote, [quote])
    return all(re.sub(r"\s+", " ", unicodedata.normalize("NFKC", p)) in text for p in parts)


FOLIO = re.compile(r"\b(?:Seite|Page) (\d+)\b")


def check() -> int:
    from pypdf import PdfReader

    reader = PdfReader(HERE / PDF_NAME)
    data = json.loads((HERE / TRUTH_NAME).read_text(encoding="utf-8"))
    problems = 0
    print(
        f"pages: {len(reader.pages)}, title: {reader.metadata.title!r}, "
        f"page_labels: {reader.page_labels}"
    )
    for entry in data["pages"]:
        raw = reader.pages[entry["page"] - 1].extract_text()
        text = reading_text(raw)
        head = raw.splitlines()[:2]
        for quote in entry["quotes"]:
            if not found(quote["text"], text):
                problems += 1
                print(f"  page {entry['page']}: quote not found: {quote['text']!r}")
        label = entry["page_label"]
        folios = [mt.group(1) for ln in head for mt in FOLIO.finditer(ln)]
        if label is None:
            if folios:
                problems += 1
                print(f"  page {entry['page']}: folio {folios} printed on an unnumbered page")
        elif folios != [label] or int(label) != entry["page"] - 2:
            problems += 1
            print(f"  page {entry['page']}: folio {label} not found in header {head!r}")
        if entry["rubric"] and not any(entry["rubric"] in ln for ln in head):
            problems += 1
            print(f"  page {entry['page']}: rubric {entry['rubric']!r} not in header {head!r}")
        print(
            f"page {entry['page']:2} label {label!s:>4}  quotes {len(entry['quotes'])}  "
            f"header {head!r}"
        )
    outline = [
        (item.title, reader.get_destination_page_number(item) + 1) for item in reader.outline
    ]
    print("outline:", outline)
    starts: dict[str, int] = {}
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
