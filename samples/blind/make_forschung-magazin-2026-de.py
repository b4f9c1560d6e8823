"""Generate the blind test magazine ``forschung-magazin-2026-de.pdf``.

A fictional German university research magazine ("Einblick", Universität Lindenau), 12 pages, A4, two or three
columns.  All people, institutes and texts are invented (facts about the world may be real).  Every page is laid
out explicitly; text flows through the column frames of its page (or page pair) and the script stops with an error
if an article does not fit, so the page of every line is fixed and the hand-written truth file stays valid.

Run:  /work/writer-venv/bin/python make_forschung-magazin-2026-de.py      (DRAFT=1 reports overflow instead)
"""

from __future__ import annotations

import os
from pathlib import Path

from reportlab.lib.colors import Color, black, white
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, Paragraph, Spacer, Table, TableStyle

OUT = Path(__file__).with_name("forschung-magazin-2026-de.pdf")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
for name, file in {
    "Serif": "DejaVuSerif.ttf",
    "Serif-Bold": "DejaVuSerif-Bold.ttf",
    "Serif-Italic": "DejaVuSerif-Italic.ttf",
    "Serif-BoldItalic": "DejaVuSerif-BoldItalic.ttf",
    "Sans": "DejaVuSans.ttf",
    "Sans-Bold": "DejaVuSans-Bold.ttf",
    "Sans-Oblique": "DejaVuSans-Oblique.ttf",
    "Cond": "DejaVuSansCondensed.ttf",
    "Cond-Bold": "DejaVuSansCondensed-Bold.ttf",
}.items():
    pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
pdfmetrics.registerFontFamily("Serif", normal="Serif", bold="Serif-Bold", italic="Serif-Italic",
                              boldItalic="Serif-BoldItalic")
pdfmetrics.registerFontFamily("Sans", normal="Sans", bold="Sans-Bold", italic="Sans-Oblique", boldItalic="Sans-Bold")

W, H = A4
MARGIN = 46
GUTTER = 14
TOP = H - 64
BOTTOM = 54
TEAL = Color(0.0, 0.42, 0.45)
DARK = Color(0.15, 0.15, 0.18)
GREY = Color(0.70, 0.72, 0.72)
PALE = Color(0.90, 0.95, 0.95)

BODY = ParagraphStyle("body", fontName="Serif", fontSize=8.8, leading=12.2, alignment=TA_JUSTIFY, spaceAfter=4.5,
                      splitLongWords=0)
BODY3 = ParagraphStyle("body3", parent=BODY, alignment=TA_LEFT)
KICKER = ParagraphStyle("kicker", fontName="Cond-Bold", fontSize=10, leading=13, textColor=TEAL, spaceAfter=2)
HEAD = ParagraphStyle("head", fontName="Sans-Bold", fontSize=27, leading=31, textColor=DARK, spaceAfter=6)
LEAD = ParagraphStyle("lead", fontName="Sans", fontSize=11.2, leading=15.5, textColor=DARK, spaceAfter=6)
BYLINE = ParagraphStyle("byline", fontName="Cond-Bold", fontSize=9.5, leading=12, textColor=TEAL, spaceAfter=4)
SUB = ParagraphStyle("sub", fontName="Sans-Bold", fontSize=9.6, leading=12.5, spaceBefore=5, spaceAfter=2.5,
                     textColor=TEAL)
CAPTION = ParagraphStyle("caption", fontName="Cond", fontSize=7.4, leading=9.4, textColor=Color(0.3, 0.3, 0.3))
SMALL = ParagraphStyle("small", fontName="Sans", fontSize=8, leading=10.8, spaceAfter=3)
SMALLB = ParagraphStyle("smallb", parent=SMALL, fontName="Sans-Bold")
PULL = ParagraphStyle("pull", fontName="Serif-BoldItalic", fontSize=14.5, leading=19, textColor=TEAL,
                      alignment=TA_LEFT, spaceAfter=4)
PULLBY = ParagraphStyle("pullby", fontName="Cond", fontSize=8.6, leading=11, textColor=DARK, alignment=TA_LEFT)
QUESTION = ParagraphStyle("question", parent=BODY, fontName="Serif-Bold")
SIGN = ParagraphStyle("sign", parent=BODY, alignment=TA_LEFT)


def columns(n: int, top: float, bottom: float = BOTTOM, left: float = MARGIN,
            right: float = W - MARGIN) -> list[tuple[float, float, float, float]]:
    width = (right - left - (n - 1) * GUTTER) / n
    return [(left + i * (width + GUTTER), bottom, width, top - bottom) for i in range(n)]


COL3 = (W - 2 * MARGIN - 2 * GUTTER) / 3
COL2 = (W - 2 * MARGIN - GUTTER) / 2


class Photo(Flowable):
    """Grey rectangle standing in for a photograph, caption underneath."""

    def __init__(self, height: float, caption: str, width: float | None = None) -> None:
        super().__init__()
        self.ph, self.req_w = height, width
        self.caption = Paragraph(caption, CAPTION)

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.pw = min(self.req_w or aw, aw)
        _, self.ch = self.caption.wrap(self.pw, ah)
        return self.pw, self.ph + 4 + self.ch + 8

    def draw(self) -> None:
        self.canv.setFillColor(GREY)
        self.canv.rect(0, self.ch + 12, self.pw, self.ph, stroke=0, fill=1)
        self.caption.drawOn(self.canv, 0, 8)


class Diagram(Flowable):
    """A small drawn infographic: three stages with arrows, then the caption."""

    def __init__(self, stages: list[str], caption: str) -> None:
        super().__init__()
        self.stages = stages
        self.caption = Paragraph(caption, CAPTION)

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.pw = aw
        _, self.ch = self.caption.wrap(aw, ah)
        return aw, 96 + 4 + self.ch + 8

    def draw(self) -> None:
        c = self.canv
        base = self.ch + 12
        c.setFillColor(PALE)
        c.rect(0, base, self.pw, 96, stroke=0, fill=1)
        n = len(self.stages)
        bw = (self.pw - 20 - (n - 1) * 22) / n
        for i, label in enumerate(self.stages):
            x = 10 + i * (bw + 22)
            c.setFillColor(TEAL)
            c.roundRect(x, base + 30, bw, 36, 6, stroke=0, fill=1)
            c.setFillColor(white)
            c.setFont("Cond-Bold", 8.5)
            c.drawCentredString(x + bw / 2, base + 45, label)
            if i < n - 1:
                c.setStrokeColor(DARK)
                c.setLineWidth(1.2)
                c.line(x + bw + 4, base + 48, x + bw + 18, base + 48)
                c.line(x + bw + 13, base + 52, x + bw + 18, base + 48)
                c.line(x + bw + 13, base + 44, x + bw + 18, base + 48)
        self.caption.drawOn(c, 0, 8)


def P(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(text, style)


def paras(text: str, style: ParagraphStyle = BODY) -> list:
    out = []
    for block in text.strip().split("\n\n"):
        block = " ".join(block.split())
        if block.startswith("## "):
            out.append(P(block[3:], SUB))
        else:
            out.append(P(block, style))
    return out


def box(flowables: list, width: float, bg: Color = PALE, pad: float = 7) -> Table:
    t = Table([[flowables]], colWidths=[width])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
    ]))
    return t


def pullquote(text: str, speaker: str, office: str) -> Table:
    inner = [P(text, PULL), P(f"<b>{speaker}</b>", PULLBY), P(office, PULLBY)]
    t = Table([[inner]], colWidths=[COL3])
    t.setStyle(TableStyle([
        ("LINEABOVE", (0, 0), (-1, 0), 2, TEAL), ("LINEBELOW", (0, -1), (-1, -1), 0.6, TEAL),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]))
    return t


def flow(c: Canvas, story: list, rects: list[tuple[float, float, float, float]]) -> list:
    """Fill the frames in order, splitting paragraphs across columns; keep a subhead with its next lines."""
    for x, y, w, h in rects:
        frame = Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        while story:
            head = story[0]
            avail = frame._y - frame._y1p
            if isinstance(head, Paragraph) and head.style.name == SUB.name and len(story) > 1:
                need = head.wrap(w, avail)[1] + head.getSpaceBefore() + head.getSpaceAfter() + 3 * BODY.leading
                if need > avail:
                    break
            if frame.add(head, c, trySplit=0):
                story.pop(0)
                continue
            parts = frame.split(head, c)
            if len(parts) >= 2 and frame.add(parts[0], c, trySplit=0):
                story[0:1] = parts[1:]
            break
        if not story:
            break
    return story


def fit(c: Canvas, story: list, rects: list[tuple[float, float, float, float]], what: str) -> None:
    rest = flow(c, story, rects)
    if rest:
        msg = f"{what}: {len(rest)} flowables did not fit"
        if os.environ.get("DRAFT"):
            print(msg)
        else:
            raise SystemExit(msg)


def must_flow(c: Canvas, story: list, rects: list[tuple[float, float, float, float]], what: str) -> list:
    """Flow into this page's frames; the rest must go on the next page (and something must be left)."""
    rest = flow(c, story, rects)
    if not rest:
        print(f"warning: {what} ended early")
    return rest


def running_head(c: Canvas, page: int, section: str) -> None:
    c.setFillColor(TEAL)
    c.rect(MARGIN, H - 40, 6, 10, stroke=0, fill=1)
    c.setFont("Cond-Bold", 8.5)
    c.drawString(MARGIN + 11, H - 39, section.upper())
    c.setFillColor(DARK)
    c.setFont("Cond", 8.5)
    c.drawRightString(W - MARGIN, H - 39, "Einblick 1 | 2026 \u00b7 Forschungsmagazin der Universit\u00e4t Lindenau")
    c.setStrokeColor(GREY)
    c.setLineWidth(0.5)
    c.line(MARGIN, H - 46, W - MARGIN, H - 46)
    c.line(MARGIN, 40, W - MARGIN, 40)
    c.setFont("Sans-Bold", 9)
    c.setFillColor(TEAL)
    if page % 2 == 0:
        c.drawString(MARGIN, 26, f"{page:02d}")
    else:
        c.drawRightString(W - MARGIN, 26, f"{page:02d}")
    c.setFillColor(black)


def opener(c: Canvas, kicker: str, title: str, lead: str, byline: str | None, top: float = TOP,
           width: float = W - 2 * MARGIN) -> float:
    story = [P(kicker, KICKER), P(title, HEAD), P(lead, LEAD)] + ([P(byline, BYLINE)] if byline else [])
    y = top
    for f in story:
        _, h = f.wrap(width, 400)
        y -= h
        f.drawOn(c, MARGIN, y)
        y -= f.getSpaceAfter()
    return y - 10


# --------------------------------------------------------------------------- 1 cover
def page_cover(c: Canvas) -> None:
    c.setFillColor(GREY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(TEAL)
    c.rect(0, H - 150, W, 150, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Sans-Bold", 58)
    c.drawString(MARGIN, H - 92, "Einblick")
    c.setFont("Sans", 12.5)
    c.drawString(MARGIN, H - 120, "Das Forschungsmagazin der Universit\u00e4t Lindenau")
    c.setFont("Cond-Bold", 12)
    c.drawRightString(W - MARGIN, H - 92, "Ausgabe 1 | 2026")
    c.setFillColor(DARK)
    c.setFont("Sans-Bold", 30)
    c.drawString(MARGIN, 250, "Die stillen")
    c.drawString(MARGIN, 214, "Klimasch\u00fctzer")
    c.setFont("Sans", 12)
    c.drawString(MARGIN, 190, "Wie Lindenauer \u00d6kologinnen und \u00d6kologen entw\u00e4sserte Moore zur\u00fcckholen wollen")
    c.setFillColor(white)
    c.rect(MARGIN, 62, W - 2 * MARGIN, 100, stroke=0, fill=1)
    teasers = [
        P("<b>Computerlinguistik</b><br/>Wenn die Maschine Platt versteht", SMALL),
        P("<b>Interview</b><br/>Sunita Bhattacharya \u00fcber resistente Keime im Abwasser", SMALL),
        P("<b>Nachwuchs</b><br/>Drei K\u00f6pfe, drei Wege", SMALL),
    ]
    for i, t in enumerate(teasers):
        fit(c, [t], [(MARGIN + 10 + i * 168, 70, 158, 84)], "cover teaser")
    c.setFont("Cond", 7)
    c.setFillColor(DARK)
    c.drawString(MARGIN, 44, "Titelbild: Morgennebel \u00fcber dem Gro\u00dfen Lindmoor")


# --------------------------------------------------------------------------- 2 contents + editorial
CONTENTS = [
    ("03", "Moorforschung", "Die stillen Klimaschützer", "Von Jana Petersen"),
    ("05", "Computerlinguistik", "Wenn die Maschine Platt versteht", "Text: Emre Yıldız und Clara Neumann"),
    ("07", "Interview", "„Das Abwasser erzählt uns, was in der Stadt los ist“",
     "Sunita Bhattacharya im Gespräch mit Konstantin Weidner"),
    ("09", "Nachwuchs", "Drei Köpfe, drei Wege", "Von Anneliese Vogt"),
    ("10", "Aus der Forschung", "Neue Publikationen und Auszeichnungen", ""),
    ("11", "Standpunkt", "Offene Daten brauchen Pflege", "Von Aoife Brennan"),
    ("12", "Termine", "Veranstaltungen im Sommersemester", ""),
    ("12", "Impressum", "", ""),
]

EDITORIAL = """
Liebe Leserinnen und Leser,

Wasser zieht sich wie ein roter Faden durch diese Ausgabe, und das ist kein Zufall. Ob im Moor, im Abwasser oder
auf den Bahnsteigen, über die sich nach einem Fußballspiel Menschenmengen wie Flüssigkeiten bewegen: Vieles von
dem, was unsere Forschenden derzeit umtreibt, hat mit Strömen, Kreisläufen und Speichern zu tun. Und mit der Frage,
wie wir sie so gestalten, dass auch kommende Generationen noch davon leben können.

Besonders freut mich, wie selbstverständlich dabei Fächergrenzen überschritten werden. Im Projekt zur
Wiedervernässung der Moore sitzen Bodenkundlerinnen neben Agrarökonomen, in der Computerlinguistik arbeiten
Informatiker mit Heimatvereinen zusammen, und eine Mikrobiologin baut gemeinsam mit dem Gesundheitsamt ein
Frühwarnsystem auf. Solche Verbindungen entstehen nicht von allein. Sie brauchen Zeit, Vertrauen und eine
Universität, die ihnen Raum gibt.

Dass dieser Raum auch Pflege braucht, daran erinnert unser Standpunkt auf Seite 11. Offene Forschungsdaten sind nur
so gut wie die Menschen, die sich um sie kümmern. Ich nehme diesen Appell gern mit in die anstehenden
Haushaltsberatungen.

Ich wünsche Ihnen eine anregende Lektüre.
"""


def page_contents(c: Canvas) -> None:
    running_head(c, 2, "Inhalt")
    y = opener(c, "Ausgabe 1 | 2026", "Inhalt", "Moore, Mundarten und Mikroben: Forschung aus Lindenau.", None)
    rows = []
    for num, kick, title, by in CONTENTS:
        text = f"<font name='Cond-Bold' color='#006b73'>{kick}</font>"
        if title:
            text += f"<br/><b>{title}</b>"
        if by:
            text += f"<br/><font name='Cond'>{by}</font>"
        rows.append([P(f"<font size='17' name='Sans-Bold' color='#006b73'>{num}</font>", SMALL), P(text, SMALL)])
    t = Table(rows, colWidths=[34, COL2 - 34])
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, GREY),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    left = [t]
    right = [P("Editorial", ParagraphStyle("eh", parent=HEAD, fontSize=17, leading=21))] + paras(EDITORIAL)
    right += [Spacer(1, 4), P("Ihre<br/><b>Prof. Dr. Birgit Hallstein</b><br/>Vizepräsidentin für Forschung und "
                              "wissenschaftlichen Nachwuchs", SIGN)]
    right += [Spacer(1, 10), Photo(120, "Birgit Hallstein im Lesesaal der Universitätsbibliothek.")]
    cols = columns(2, y)
    fit(c, left, cols[:1], "contents")
    fit(c, right, cols[1:], "editorial")


# --------------------------------------------------------------------------- 3-4 Moore
MOOR = """
Wer an einem Märzmorgen mit Henrik Aalto durch das Große Lindmoor stapft, lernt schnell, dass Gummistiefel hier nur
eine Empfehlung sind. Bei jedem Schritt gibt der Boden nach, Wasser quillt zwischen den Torfmoosen hervor, und
irgendwo im Schilf ruft eine Rohrammer. „Vor fünf Jahren war das hier noch eine Mähwiese“, sagt Prof. Dr. Henrik
Aalto. „Man konnte mit dem Traktor drüberfahren. Heute würde er bis zur Achse versinken.“

Aalto leitet die Arbeitsgruppe Moorökologie am Institut für Landschaftsökologie der Universität Lindenau. Seit 2021
koordiniert der gebürtige Finne das Verbundprojekt „MoorWert“, in dem Forschende aus Ökologie, Bodenkunde,
Agrarökonomie und Soziologie gemeinsam mit Landwirtinnen und Landwirten aus der Region arbeiten. Die Frage, die sie
antreibt, klingt einfach: Wie bekommt man das Wasser zurück in die Moore, ohne den Menschen, die auf diesen Flächen
wirtschaften, die Lebensgrundlage zu entziehen?

Die Dringlichkeit ergibt sich aus den Zahlen. Moore bedecken nur rund drei Prozent der Landfläche der Erde, speichern
aber etwa doppelt so viel Kohlenstoff wie alle Wälder zusammen. In Deutschland sind mehr als neunzig Prozent der
Moorböden entwässert, meist für Grünland oder Ackerbau. Sobald Luft an den Torf gelangt, zersetzen Mikroorganismen
das organische Material, und der über Jahrtausende gebundene Kohlenstoff entweicht als Kohlendioxid. Entwässerte
Moore verursachen hierzulande rund sieben Prozent aller Treibhausgasemissionen.

## Messen, wo der Boden atmet

Um zu verstehen, was bei der Wiedervernässung genau passiert, hat das Team auf sechs Versuchsflächen Messtürme
errichtet. Die Sensoren erfassen zehnmal pro Sekunde, wie viel Kohlendioxid, Methan und Wasserdampf zwischen Boden
und Atmosphäre ausgetauscht wird. Dazu kommen Hauben, die regelmäßig über kleine Bodenflächen gestülpt werden, und
Pegel, die den Wasserstand im Torf aufzeichnen.

Die Auswertung dieser Datenflut liegt zu einem großen Teil bei Dr. Oluwaseun Adeyemi. Der Postdoktorand kam vor drei
Jahren von der University of Ibadan nach Lindenau und hat ein Verfahren entwickelt, mit dem sich Lücken in den
Messreihen, etwa bei Gewitter oder Frost, zuverlässig schließen lassen. Adeyemi sagt: „Ein Moor verzeiht keine
Abkürzungen. Wenn der Wasserstand nur zehn Zentimeter zu niedrig ist, kippt die Bilanz.“

Genau darin liegt die Schwierigkeit. Steht das Wasser knapp unter der Oberfläche, stoppt die Torfzehrung, und die
Fläche wird im besten Fall wieder zur Kohlenstoffsenke. Steht es zu hoch, kann kurzfristig viel Methan entstehen, ein
Treibhausgas, das über hundert Jahre betrachtet fast dreißigmal so stark wirkt wie Kohlendioxid. Die ersten fünf
Messjahre zeigen allerdings, dass sich dieser Effekt nach zwei bis drei Jahren deutlich abschwächt.

## Nasse Wiesen, neue Märkte

Doch was wird aus den Betrieben, deren Kühe bisher auf den entwässerten Flächen weideten? Mit dieser Frage
beschäftigt sich die Doktorandin Marta Kowalczyk am Lehrstuhl für Agrarökonomie. Sie hat mit mehr als vierzig
landwirtschaftlichen Betrieben in der Lindniederung gesprochen und deren Zahlen ausgewertet. „Die meisten Landwirte
sind nicht gegen Klimaschutz“, sagt Kowalczyk. „Sie wollen nur wissen, wovon sie in zehn Jahren leben sollen.“

Eine mögliche Antwort heißt Paludikultur: die Bewirtschaftung nasser Moorflächen mit Pflanzen, die Staunässe
vertragen. Auf einer Versuchsfläche am Rand des Lindmoors wachsen seit zwei Jahren Rohrkolben und Schilf, aus denen
ein Partnerunternehmen Dämmplatten für den Holzbau herstellt. Auch Torfmoose lassen sich kultivieren und könnten
eines Tages den Torf in Blumenerden ersetzen, der heute zum großen Teil aus dem Baltikum importiert wird.

Noch rechnen sich solche Verfahren allerdings nur mit Förderung. Kowalczyk hat ausgerechnet, dass ein Hektar
Rohrkolben derzeit etwa ein Drittel des Deckungsbeitrags einer Milchviehweide erwirtschaftet. Sie schlägt deshalb
vor, die Klimaleistung der Flächen direkt zu vergüten, etwa über regionale Zertifikate, die Unternehmen zum Ausgleich
ihrer Emissionen erwerben können. Erste Gespräche mit dem Landwirtschaftsministerium laufen.

## Vertrauen wächst langsam

Dass das Projekt in der Region inzwischen breite Unterstützung findet, hat viel mit Geduld zu tun. In den ersten
Monaten, erzählt Aalto, sei er auf Versammlungen mehr als einmal ausgebuht worden. Heute laden ihn die Landfrauen zu
Vorträgen ein, und zwei Betriebe haben ihre Flächen freiwillig für die nächste Projektphase angeboten. Landwirt
Jürgen Habermann aus Ostlinden, dessen Familie seit vier Generationen am Moorrand wirtschaftet, formuliert es
nüchtern: „Das Wasser kommt sowieso zurück. Die Frage ist nur, ob wir dann vorbereitet sind.“

Die Deutsche Forschungsgemeinschaft hat die Förderung von „MoorWert“ im vergangenen Herbst um weitere vier Jahre
verlängert. In der nächsten Phase wollen die Forschenden untersuchen, wie sich wiedervernässte Moore in längeren
Dürreperioden verhalten, eine Frage, die nach den trockenen Sommern der vergangenen Jahre drängender geworden ist.
Aalto bleibt zuversichtlich. Ein Moor, sagt er, habe Zeit. Die Frage sei nur, ob die Menschen sie auch hätten.
"""

MOOR_BOX = [
    P("Das Projekt MoorWert", SUB),
    P("<b>Laufzeit:</b> 2021 bis 2029", SMALL),
    P("<b>Förderung:</b> Deutsche Forschungsgemeinschaft", SMALL),
    P("<b>Beteiligt:</b> Institut für Landschaftsökologie, Institut für Bodenkunde, Lehrstuhl für Agrarökonomie, "
      "Institut für Soziologie sowie elf landwirtschaftliche Betriebe der Lindniederung", SMALL),
    P("<b>Sprecher:</b> Prof. Dr. Henrik Aalto", SMALL),
]


def pages_moor(c: Canvas) -> None:
    running_head(c, 3, "Moorforschung")
    c.setFillColor(GREY)
    c.rect(MARGIN, H - 290, W - 2 * MARGIN, 222, stroke=0, fill=1)
    cap = P("Messmast im Großen Lindmoor: Die Sensoren erfassen zehnmal pro Sekunde den Gasaustausch zwischen Boden "
            "und Luft.", CAPTION)
    cap.wrap(W - 2 * MARGIN, 40)
    cap.drawOn(c, MARGIN, H - 302)
    y = opener(c, "Moorforschung", "Die stillen Klimaschützer",
               "Entwässerte Moore setzen Jahr für Jahr Millionen Tonnen Kohlendioxid frei. Im Projekt „MoorWert“ "
               "untersuchen Lindenauer Ökologinnen und Ökologen, wie sich die Flächen wiedervernässen lassen, und "
               "was das für die Landwirtschaft bedeutet.", "Von Jana Petersen", top=H - 312)
    story = paras(MOOR, BODY3)
    # the pull quote and the second photo go on page 4
    i = next(k for k, f in enumerate(story) if isinstance(f, Paragraph) and f.text.startswith("Eine mögliche"))
    story[i:i] = [Spacer(1, 4), pullquote(
        "„Wir haben in hundert Jahren entwässert, was in zehntausend Jahren gewachsen ist. Zurückholen müssen wir es "
        "in einer Generation.“", "Henrik Aalto", "Professor für Moorökologie am Institut für Landschaftsökologie"),
        Spacer(1, 8)]
    rest = must_flow(c, story, columns(3, y), "moor p3")
    c.showPage()
    running_head(c, 4, "Moorforschung")
    cols = columns(3, TOP)
    ph = [Photo(120, "Marta Kowalczyk (links) im Gespräch mit Landwirt Jürgen Habermann am Rand einer "
                "Rohrkolben-Versuchsfläche. Foto: Mirja Thorsen")]
    rest = ph + rest + [Spacer(1, 8), box(MOOR_BOX, COL3)]
    fit(c, rest, cols, "moor p4")


# --------------------------------------------------------------------------- 5-6 Platt
PLATT = """
Hauke Brodersen spricht mit seinem Lautsprecher, seit seine Enkelin ihm zu Weihnachten einen Sprachassistenten
geschenkt hat. Verstanden hat ihn das Gerät bisher selten. Wann immer der 78-jährige ehemalige Fischer aus Süderhafen
auf Plattdeutsch nach dem Wetter fragt, antwortet der Assistent mit einer höflichen Fehlermeldung. „Dat Ding versteiht
mi eenfach nich“, sagt Brodersen und lacht. „Mien Hund versteiht mi beter.“

Was für Brodersen ein Ärgernis ist, ist für Prof. Dr. Yuki Tanabe eine Forschungsfrage. Die Computerlinguistin leitet
am Institut für Computerlinguistik das Projekt „PlattNet“, das seit 2024 vom Land gefördert wird. Ihr Ziel sind
Spracherkennungssysteme, die Niederdeutsch ebenso zuverlässig verstehen wie Hochdeutsch. Nach Schätzungen sprechen
mehr als zwei Millionen Menschen in Norddeutschland Platt, viele von ihnen sind älter, und gerade für sie könnten
Sprachassistenten im Alltag eine große Hilfe sein.

Das Problem sind die Daten. Moderne Spracherkennung lernt aus Zehntausenden Stunden aufgezeichneter Sprache, zu denen
jeweils eine genaue Abschrift vorliegen muss. Für Englisch oder Hochdeutsch gibt es solche Sammlungen im Überfluss, für
Niederdeutsch kaum. Lange galt Platt als „Küchensprache“, gut genug für den Alltag, aber nicht für Schule und Amt.
Hinzu kommt, dass Platt nicht gleich Platt ist: Zwischen Ostfriesland und Vorpommern unterscheiden sich Aussprache,
Wortschatz und sogar Grammatik erheblich. Tanabe betont: „Es gibt nicht das eine Plattdeutsch. Ein System, das nur
eine Variante kennt, lässt die Hälfte der Sprecherinnen und Sprecher im Stich.“

## Vorlesen für die Wissenschaft

Um die Datenlücke zu schließen, hat das Team eine Mitmach-Plattform aufgebaut. Freiwillige lesen dort kurze Sätze
vor, nehmen freie Erzählungen auf oder überprüfen die Abschriften anderer. Mehr als 1.400 Menschen haben sich bisher
beteiligt, die meisten über Heimatvereine, Kirchengemeinden und plattdeutsche Theatergruppen. Zusammen sind so
bislang rund 900 Stunden Sprachaufnahmen entstanden.

„Am Anfang dachten wir, wir müssten die Leute überreden. Dann kamen so viele Aufnahmen, dass unsere Server in die Knie
gingen.“ So erinnert sich Doktorand Mikkel Sørensen an den Start der Plattform im Frühjahr 2025. Der gebürtige Däne
ist für die technische Infrastruktur zuständig und hat die Nächte nach dem ersten Zeitungsbericht größtenteils im
Rechenzentrum verbracht.

Besonders wertvoll sind die freien Erzählungen. Darin berichten die Sprecherinnen und Sprecher von Sturmfluten und
Schlachtfesten, von der ersten Fahrt zur See oder von der Dorfschule, in der Platt auf dem Pausenhof noch verboten
war. Für die Forschung sind diese Aufnahmen doppelt interessant: Sie liefern natürliche, ungekünstelte Sprache, und
sie bewahren nebenbei ein Stück Alltagsgeschichte, das sonst verloren zu gehen droht. Mit Zustimmung der Sprechenden
gehen sie deshalb auch an das Landesarchiv.

## Fehlerquote mehr als halbiert

Die ersten Ergebnisse sind ermutigend. Ein Modell, das zunächst mit hochdeutschen Daten vortrainiert und dann mit den
Platt-Aufnahmen weitertrainiert wurde, erkennt inzwischen etwa acht von zehn Wörtern korrekt. Handelsübliche Systeme
kommen bei denselben Testaufnahmen auf kaum mehr als die Hälfte. Die Fehlerquote ließ sich damit mehr als halbieren.

Dass das Modell noch an Grenzen stößt, zeigt sich vor allem bei älteren Sprecherinnen und Sprechern mit starkem
Ortsdialekt. Hier setzt die nächste Projektphase an, für die das Team gezielt Aufnahmen aus Regionen sammelt, die
bisher unterrepräsentiert sind. Außerdem arbeiten die Forschenden mit einem Hersteller von Pflegetechnik zusammen,
um eine Sprachsteuerung für Hausnotrufgeräte zu entwickeln.

Und Hauke Brodersen? Er hat im vergangenen Herbst selbst zwei Stunden Erzählungen aufgenommen, vor allem über die
Heringsfischerei der Sechzigerjahre. Eine Testversion des neuen Systems hat ihn bei einem Besuch im Institut auf
Anhieb verstanden. Was er gefragt hat, wollen wir wissen. Er grinst: natürlich nach dem Wetter.
"""

PLATT_BOX = [
    P("Mitmachen", SUB),
    P("Wer Platt spricht und seine Stimme spenden möchte, findet die Plattform unter plattnet.uni-lindenau.example. "
      "Aufnahmen sind auch telefonisch möglich: 04321 998877 (dienstags und donnerstags, 10 bis 12 Uhr).", SMALL),
]


KURZ = [
    ("Neuer Sonderforschungsbereich zur Küste", """
Die Deutsche Forschungsgemeinschaft fördert ab Juli den Sonderforschungsbereich „Küste im Wandel“ mit rund zwölf
Millionen Euro für zunächst vier Jahre. Beteiligt sind neben Geographie und Ökologie auch Geschichte,
Rechtswissenschaft und Tourismusforschung. „Wir wollen verstehen, wie Sturmfluten, Landwirtschaft und Tourismus an
der Küste zusammenwirken“, sagt Sprecherin Prof. Dr. Ingrid Mæland vom Institut für Geographie.
"""),
    ("Graduiertenkolleg geht in die zweite Runde", """
Das Graduiertenkolleg „Materialien für die Energiewende“ wird für weitere viereinhalb Jahre gefördert. Sechzehn
Promovierende aus neun Ländern forschen dort an Batterien, Solarzellen und Wasserstoffspeichern. Sprecher Prof. Dr.
Stefan Krüger-Nakamura freut sich besonders über die neuen Kooperationen mit Unternehmen aus der Region.
"""),
    ("Mehr Platz für Gründungen", """
Im ehemaligen Zollamt am Hafen eröffnet im Mai das Gründungszentrum „Werfthaus“. Auf 1.800 Quadratmetern finden dort
bis zu dreißig junge Unternehmen aus der Universität Platz, dazu Werkstätten und ein Labor für Prototypen. Die
Leiterin der Transferstelle, Dr. Chiara Benedetti, sagt: „Gute Ideen gibt es hier genug. Jetzt haben sie endlich auch
einen Ort.“
"""),
]


def pages_platt(c: Canvas) -> None:
    running_head(c, 5, "Computerlinguistik")
    y = opener(c, "Computerlinguistik", "Wenn die Maschine Platt versteht",
               "Spracherkennung funktioniert gut, solange man Hochdeutsch spricht. Ein Team am Institut für "
               "Computerlinguistik bringt Sprachassistenten das Niederdeutsche bei. Die Daten dafür liefern "
               "Hunderte Freiwillige.", "Text: Emre Yıldız und Clara Neumann")
    story = [Photo(140, "Hauke Brodersen in seiner Küche in Süderhafen. Seine Erzählungen über die Heringsfischerei "
                   "gehören zu den ersten Aufnahmen im Korpus.")] + paras(PLATT)
    rest = must_flow(c, story, columns(2, y), "platt p5")
    c.showPage()
    running_head(c, 6, "Computerlinguistik")
    diagram = Diagram(["Aufnahme", "Abschrift", "Training"],
                      "So lernt das System: Sprachaufnahmen werden abgeschrieben, in kurze Abschnitte zerlegt und "
                      "einem neuronalen Netz vorgelegt. Illustration: Greta Holmqvist")
    _, dh = diagram.wrap(W - 2 * MARGIN, 300)
    diagram.drawOn(c, MARGIN, TOP - dh)
    cols = columns(2, TOP - dh - 12)
    rest += [Spacer(1, 8), box(PLATT_BOX, COL2)]
    fit(c, rest, cols[:1], "platt p6")
    kurz: list = [P("Kurz berichtet", ParagraphStyle("kh", parent=HEAD, fontSize=17, leading=21, textColor=TEAL))]
    for title, text in KURZ:
        kurz += [P(title, SUB)] + paras(text)
    fit(c, kurz, cols[1:], "kurz berichtet")


# --------------------------------------------------------------------------- 7-8 interview
INTERVIEW = [
    ("KW", "Frau Bhattacharya, Sie verbringen viel Zeit in Kläranlagen. Wie reagieren die Leute, wenn Sie das auf "
           "einer Party erzählen?"),
    ("SB", "Meistens mit einer Mischung aus Ekel und Neugier, und die Neugier gewinnt fast immer. Spätestens wenn ich "
           "erkläre, dass wir im Abwasser einer Stadt ablesen können, welche Krankheitserreger dort gerade unterwegs "
           "sind, stellen die Leute Fragen. Während der Corona-Pandemie hat das Abwassermonitoring ja eine gewisse "
           "Berühmtheit erlangt."),
    ("KW", "Ihr Schwerpunkt sind aber nicht Viren, sondern Bakterien."),
    ("SB", "Genau. Uns interessieren Bakterien, die gegen Antibiotika resistent sind, und vor allem die Gene, die "
           "diese Resistenzen vermitteln. Bakterien können solche Gene untereinander austauschen, sogar über "
           "Artgrenzen hinweg. Eine Kläranlage ist dafür ein idealer Ort: Dort treffen Keime aus Haushalten, "
           "Krankenhäusern und Tierhaltung auf engem Raum aufeinander, bei angenehmen Temperaturen und mit reichlich "
           "Nahrung."),
    ("KW", "Das klingt nach einer Brutstätte."),
    ("SB", "Das Wort höre ich oft, und es ist nicht ganz falsch. Aber Kläranlagen sind gleichzeitig unsere beste "
           "Barriere. Sie entfernen den allergrößten Teil der Bakterien, bevor das Wasser in die Flüsse gelangt. Die "
           "Frage ist, was mit dem Rest passiert und ob wir die Reinigung gezielt verbessern können."),
    ("KW", "Wie gehen Sie dabei vor?"),
    ("SB", "Wir nehmen an sechs Kläranlagen in der Region regelmäßig Proben, am Zulauf, in den einzelnen "
           "Reinigungsstufen und am Ablauf. Das heißt für mein Team: früh aufstehen. Die aussagekräftigsten Proben "
           "bekommen wir morgens, wenn die Stadt aufwacht. Im Labor sequenzieren wir dann das gesamte Erbgut in der "
           "Probe und suchen nach bekannten Resistenzgenen."),
    ("KW", "Was haben Sie bisher herausgefunden?"),
    ("SB", "Zwei Dinge haben uns überrascht. Erstens schwankt die Menge an Resistenzgenen stark mit den Jahreszeiten. "
           "Im Winter, wenn mehr Antibiotika verschrieben werden, steigt sie deutlich an. Zweitens macht die vierte "
           "Reinigungsstufe, die einige Anlagen inzwischen haben, einen großen Unterschied. Mit Ozon oder Aktivkohle "
           "lassen sich noch einmal bis zu neunzig Prozent der verbliebenen Resistenzgene entfernen."),
    ("KW", "Sollte dann jede Kläranlage nachgerüstet werden?"),
    ("SB", "Das ist eine politische Entscheidung, und sie kostet Geld. Aus wissenschaftlicher Sicht spricht viel dafür, "
           "zumindest bei großen Anlagen und bei solchen, die Krankenhausabwasser aufnehmen. Die Europäische Union hat "
           "mit der überarbeiteten Kommunalabwasserrichtlinie bereits einen Schritt in diese Richtung gemacht."),
    ("KW", "Sie haben in Kolkata studiert, in Uppsala promoviert und forschen seit 2023 in Lindenau. Wie sind Sie zu "
           "diesem Thema gekommen?"),
    ("SB", "Eigentlich durch einen Satz meiner Doktormutter. Ingeborg Halvorsen hat uns im ersten Laborseminar gesagt: "
           "„Die Probe lügt nie. Aber sie beantwortet nur die Fragen, die man ihr stellt.“ Das hat mich nicht mehr "
           "losgelassen. Im Abwasser steckt so viel Information über unsere Gesellschaft. Wir müssen nur lernen, die "
           "richtigen Fragen zu stellen."),
    ("KW", "Was kann jede und jeder Einzelne beitragen?"),
    ("SB", "Antibiotika nur nehmen, wenn sie wirklich nötig sind, und dann so lange wie verordnet. Und Reste von "
           "Medikamenten niemals in die Toilette oder den Ausguss kippen, sondern in den Hausmüll geben oder in die "
           "Apotheke zurückbringen. Das klingt banal, aber in der Summe macht es einen Unterschied."),
    ("KW", "Woran arbeiten Sie als Nächstes?"),
    ("SB", "Wir bauen gerade mit dem Gesundheitsamt ein Frühwarnsystem auf. Wenn in einer Kläranlage plötzlich ein "
           "seltenes Resistenzgen auftaucht, sollen die Kliniken im Einzugsgebiet innerhalb weniger Tage davon "
           "erfahren. Das wäre ein echter Fortschritt für die Patientensicherheit."),
    ("KW", "Frau Bhattacharya, vielen Dank für das Gespräch."),
]

PERSON = [
    P("Zur Person", SUB),
    P("Prof. Dr. Sunita Bhattacharya, geboren 1987 in Kolkata, studierte Biotechnologie in Kolkata und promovierte an "
      "der Universität Uppsala über Resistenzgene in Flusssedimenten. Seit 2023 ist sie Juniorprofessorin für "
      "Umweltmikrobiologie an der Universität Lindenau. Ihre Arbeitsgruppe wird vom Europäischen Forschungsrat mit "
      "einem Starting Grant gefördert.", SMALL),
]


GLOSSAR = [
    P("Kurz erklärt", SUB),
    P("<b>Resistenzgen:</b> Abschnitt im Erbgut eines Bakteriums, der es unempfindlich gegen ein Antibiotikum macht.",
      SMALL),
    P("<b>Vierte Reinigungsstufe:</b> zusätzliche Behandlung des bereits gereinigten Abwassers, etwa mit Ozon oder "
      "Aktivkohle, die Spurenstoffe und Keime entfernt.", SMALL),
    P("<b>Metagenomik:</b> Analyse des gesamten Erbguts aller Organismen in einer Umweltprobe, ohne sie vorher "
      "einzeln anzuzüchten.", SMALL),
]


def pages_interview(c: Canvas) -> None:
    running_head(c, 7, "Interview")
    y = opener(c, "Interview", "„Das Abwasser erzählt uns, was in der Stadt los ist“",
               "Prof. Dr. Sunita Bhattacharya untersucht, wie sich antibiotikaresistente Bakterien über Kläranlagen "
               "verbreiten. Ein Gespräch über Proben im Morgengrauen, Frühwarnsysteme und die Frage, was jede und "
               "jeder Einzelne tun kann.", "Das Gespräch führte Konstantin Weidner.")
    story: list = [Photo(150, "Sunita Bhattacharya im Labor des Instituts für Umweltmikrobiologie.")]
    for who, text in INTERVIEW:
        style = QUESTION if who == "KW" else BODY
        story.append(P(f"<b>{who}:</b> {text}", style))
    rest = must_flow(c, story, columns(2, y), "interview p7")
    c.showPage()
    running_head(c, 8, "Interview")
    photo = Photo(190, "Probenahme am Zulauf der Kläranlage Lindenau-Süd: Doktorand Tariq Haddad füllt die Flaschen, "
                  "bevor die Stadt erwacht. Foto: Finn Albrecht")
    _, ph = photo.wrap(W - 2 * MARGIN, 400)
    photo.drawOn(c, MARGIN, TOP - ph)
    rest += [Spacer(1, 10), box(PERSON, COL2), Spacer(1, 10), box(GLOSSAR, COL2)]
    fit(c, rest, columns(2, TOP - ph - 8), "interview p8")


# --------------------------------------------------------------------------- 9 Nachwuchs
PORTRAITS = [
    ("Dr. Leandro Rossi", "Materialwissenschaft", "Leandro Rossi im Batterielabor. Foto: Mirja Thorsen", """
Als Kind hat Leandro Rossi in der Werkstatt seines Großvaters in Bergamo Fahrradlampen auseinandergeschraubt. Heute
zerlegt der 34-Jährige Batterien, allerdings unter dem Rasterelektronenmikroskop. In seiner Nachwuchsgruppe am
Institut für Materialforschung entwickelt er Natrium-Ionen-Akkus, die ohne Lithium und Kobalt auskommen.

„Natrium gibt es in jedem Salzstreuer. Wenn wir damit Strom speichern können, verändert das die Rohstofffrage
grundlegend“, sagt Rossi. Noch halten seine Zellen nicht so viele Ladezyklen aus wie herkömmliche Akkus, doch der
Abstand schrumpft. Seit Januar fördert das Bundesforschungsministerium seine Gruppe mit 1,5 Millionen Euro. Der
Großvater, erzählt Rossi, frage bei jedem Telefonat, wann der erste Akku in einem Fahrrad stecke.
"""),
    ("Ayşe Demir", "Geschichtswissenschaft", "Ayşe Demir mit Briefen aus dem Stadtarchiv. Foto: Mirja Thorsen", """
Im Keller des Stadtarchivs hat Ayşe Demir gefunden, wonach sie zwei Jahre gesucht hatte: einen Karton mit mehr als
dreihundert Briefen, die Arbeiterinnen aus der Türkei in den Sechziger- und Siebzigerjahren an ihre Familien
schrieben, samt vieler Antworten. Die Doktorandin am Historischen Seminar rekonstruiert daraus den Alltag von Frauen,
die in der Lindenauer Textilindustrie arbeiteten.

„Diese Frauen kommen in den Geschichtsbüchern fast nur als Zahlen vor. In den Briefen haben sie endlich eine eigene
Stimme“, sagt Ayşe Demir. Für ihre Arbeit erhielt sie im vergangenen Jahr den Nachwuchspreis der Stadt Lindenau. Mit
dem Stadtmuseum bereitet sie eine Ausstellung vor, die im Herbst unter dem Titel „Briefe nach Hause“ eröffnet.
„Manche Briefe lese ich bis heute nicht ohne Gänsehaut“, sagt sie.
"""),
    ("Niamh Fitzgerald", "Angewandte Mathematik", "Niamh Fitzgerald. Foto: privat", """
Wie bewegen sich vierzigtausend Menschen nach einem Fußballspiel durch einen Bahnhof? Niamh Fitzgerald beantwortet
solche Fragen mit Differentialgleichungen. Die Irin, die nach dem Studium in Galway für die Promotion nach Lindenau
kam, beschreibt Menschenmengen wie Flüssigkeiten, mit dem Unterschied, dass die Teilchen Entscheidungen treffen.

Ihre Simulationen helfen Veranstaltern und Verkehrsbetrieben, Engpässe früh zu erkennen. Fitzgerald betont: „Eine
Menschenmenge ist nie einfach chaotisch. Sie folgt Regeln, man muss sie nur kennen.“ In ihrer Freizeit spielt sie
Geige in einer Folkband und meidet, wie sie sagt, volle Bahnhöfe nach Möglichkeit.
"""),
]


def page_nachwuchs(c: Canvas) -> None:
    running_head(c, 9, "Nachwuchs")
    y = opener(c, "Nachwuchs", "Drei Köpfe, drei Wege",
               "Sie erforschen Batteriematerialien, vergessene Briefwechsel und die Mathematik von Menschenmengen. "
               "Drei junge Forschende der Universität Lindenau im Porträt.", "Von Anneliese Vogt")
    for rect, (name, field, caption, text) in zip(columns(3, y), PORTRAITS):
        story = [Photo(190, caption), P(field.upper(), KICKER),
                 P(name, ParagraphStyle("pn", parent=SUB, fontSize=12.5, leading=15, textColor=DARK))]
        story += paras(text, BODY3)
        fit(c, story, [rect], name)


# --------------------------------------------------------------------------- 10 Publikationen
PUBS = [
    ("Natur- und Lebenswissenschaften", [
        "Henrik Aalto, Oluwaseun Adeyemi, Marta Kowalczyk, Sven Lindqvist: „Five years of rewetting: carbon dioxide "
        "and methane fluxes from a temperate fen“. In: Journal of Peatland Science 14 (2026), S. 201–219.",
        "Sunita Bhattacharya, Tobias Reinhardt, Priyanka Sen: „Seasonal dynamics of antibiotic resistance genes in "
        "six municipal wastewater treatment plants“. In: Water and Health Letters 8 (2026), S. 112–125.",
        "Leandro Rossi, Park Hyun-woo: „Cobalt-free layered oxide cathodes for sodium-ion batteries“. In: Energy "
        "Materials Reports 4 (2025), Art. 2401187.",
        "Niamh Fitzgerald, Jonas Wittkamp: „A kinetic model of pedestrian flows at railway stations“. In: Journal of "
        "Applied Modelling 51 (2025), S. 88–107.",
        "Ingrid Mæland, Fenja Carstens, Rui Costa: „Storm surge exposure and land use change on the North Sea coast "
        "since 1950“. In: Coastal Geography Review 19 (2026), S. 5–31.",
        "Stefan Krüger-Nakamura et al.: „Hydrogen uptake in porous metal hydrides under cyclic loading“. In: "
        "International Journal of Energy Storage 33 (2025), S. 877–890.",
    ]),
    ("Geistes- und Sozialwissenschaften", [
        "Yuki Tanabe, Mikkel Sørensen, Frauke Ohlsen: „PlattNet: A crowd-sourced speech corpus for Low German“. In: "
        "Proceedings of the Nordic Conference on Language Resources 2026, S. 311–320.",
        "Ayşe Demir: „Briefe über das Meer. Korrespondenzen türkischer Arbeitsmigrantinnen, 1964–1979“. In: "
        "Zeitschrift für Migrationsgeschichte 12 (2025), S. 45–78.",
        "Aoife Brennan: „Wer pflegt die Daten? Infrastrukturarbeit in der Wissenschaft“. Lindenau: "
        "Universitätsverlag Lindenau 2026, 264 Seiten.",
        "Matthias Grünewald-Sato, Lena Hoffmeister (Hg.): „Stadt, Land, Wasser. Beiträge zur Umweltgeschichte "
        "Norddeutschlands“. Lindenau: Universitätsverlag Lindenau 2026, 412 Seiten.",
        "Chiara Benedetti, Malte Jessen: „Transfer als Beziehungsarbeit. Eine Fallstudie zu Ausgründungen aus "
        "Hochschulen“. In: Hochschulmanagement heute 7 (2025), S. 14–29.",
    ]),
]

AWARDS = """
Prof. Dr. Henrik Aalto ist im Februar als ordentliches Mitglied in die Akademie der Wissenschaften zu Lindenau
gewählt worden. „Die Auszeichnung gehört dem ganzen Team, vor allem denen, die bei Frost um fünf Uhr morgens die
Messtürme warten“, sagte Aalto bei der Aufnahmefeier.

Dr. Tobias Reinhardt aus der Arbeitsgruppe Umweltmikrobiologie erhält den Posterpreis der Jahrestagung der
Gesellschaft für Hygiene und Umweltmedizin.

Frauke Ohlsen, Doktorandin am Institut für Computerlinguistik, ist mit einem Stipendium der Studienstiftung für
einen Forschungsaufenthalt an der Universität Kopenhagen ausgezeichnet worden.
"""


BERUFEN = [
    ("Prof. Dr. Kwabena Mensah-Bonsu", "Professur für Hydrologie, zuvor an der ETH Zürich"),
    ("Prof. Dr. Elif Şahin", "Professur für Öffentliches Recht und Umweltrecht, zuvor an der Universität Münster"),
    ("Prof. Dr. Lars-Erik Holm", "Professur für Musikwissenschaft, zuvor an der Universität Göteborg"),
]


def page_pubs(c: Canvas) -> None:
    running_head(c, 10, "Aus der Forschung")
    y = opener(c, "Aus der Forschung", "Neue Publikationen",
               "Eine Auswahl aktueller Veröffentlichungen aus der Universität Lindenau. Die vollständige Liste finden "
               "Sie in der Forschungsdatenbank unter forschung.uni-lindenau.example.", None)
    entry = ParagraphStyle("pub", parent=SMALL, fontSize=8.4, leading=11.4, leftIndent=8, firstLineIndent=-8,
                           spaceAfter=7)
    story: list = []
    for group, items in PUBS:
        story.append(P(group, SUB))
        story += [P("\u25aa\u00a0" + it, entry) for it in items]
    story += [Spacer(1, 6), box([P("Ausgezeichnet", SUB)] + [P(" ".join(p.split()), SMALL) for p in
                                                               AWARDS.strip().split("\n\n")], COL2)]
    story += [Spacer(1, 8), P("Neu berufen", SUB)]
    for name, chair in BERUFEN:
        story += [P(f"<b>{name}</b><br/>{chair}", SMALL)]
    fit(c, story, columns(2, y), "pubs")


# --------------------------------------------------------------------------- 11 Standpunkt + Termine
ESSAY = """
Kaum ein Förderantrag kommt heute ohne einen Datenmanagementplan aus. Das ist gut so. Die Forderung, Forschungsdaten
nach den FAIR-Prinzipien auffindbar, zugänglich, interoperabel und wiederverwendbar zu machen, hat in wenigen Jahren
viel bewegt. Wer heute eine Studie veröffentlicht, legt die zugrunde liegenden Daten immer häufiger offen, und andere
können die Ergebnisse prüfen, erweitern oder mit ganz neuen Fragen auswerten.

Doch zwischen Anspruch und Wirklichkeit klafft eine Lücke, über die selten gesprochen wird. Daten sind keine
Fossilien, die man einmal ausgräbt, beschriftet und in eine Vitrine legt. Dateiformate veralten, Software
verschwindet, Verknüpfungen brechen ab. Ein Datensatz, der heute vorbildlich dokumentiert ist, kann in zehn Jahren
unlesbar sein, wenn sich niemand um ihn kümmert. Offenheit ist kein Zustand, sondern eine Daueraufgabe.

Diese Aufgabe übernehmen an unseren Hochschulen Menschen, deren Arbeit kaum jemand sieht: Data Stewards,
Bibliothekarinnen, Softwareentwickler in den Rechenzentren. Ihre Stellen sind häufig befristet und an Projekte
gebunden. Endet das Projekt, endet die Stelle, und mit ihr oft das Wissen darüber, wie die Daten entstanden sind und
was die Abkürzungen in Spalte 17 bedeuten. Eine Kollegin aus der Universitätsbibliothek hat es mir gegenüber einmal
so zusammengefasst: „Wir werden für jedes neue Portal gefeiert und für kein einziges Update bezahlt.“

In meiner eigenen Forschung zur Geschichte wissenschaftlicher Sammlungen begegnet mir dieses Muster immer wieder.
Herbarien, Gesteinssammlungen und Tonbandarchive des 19. und 20. Jahrhunderts sind selten an mangelndem Interesse
zugrunde gegangen, sondern an fehlender Pflege. Es fehlte nicht an Forschenden, die sie nutzen wollten, sondern an
Kustodinnen und Präparatoren, die sie erhielten. Die digitale Welt wiederholt diesen Fehler gerade in hohem Tempo.

Was wäre zu tun? Erstens brauchen wir dauerhafte Stellen für die Datenpflege, finanziert nicht aus Projektmitteln,
sondern aus der Grundausstattung. Zweitens sollte die Arbeit an Infrastruktur in Berufungsverfahren und Evaluationen
als wissenschaftliche Leistung zählen. Wer einen Datensatz über Jahre pflegt, leistet für das Fach oft mehr als mit
dem dritten Aufsatz zum selben Thema. Drittens sollten Förderer nicht nur neue Plattformen finanzieren, sondern auch
den Betrieb der bestehenden.

Die Universität Lindenau hat mit dem neuen Kompetenzzentrum für Forschungsdaten einen ersten Schritt getan. Es ist
ein guter Anfang. Aber solange die Pflege von Daten als „Dienstleistung“ gilt und nicht als Teil der Forschung
selbst, bleibt die offene Wissenschaft ein Versprechen auf Zeit.
"""

TERMINE = [
    ("22. April, 18 Uhr", "Auftakt der Ringvorlesung „Wasser im Wandel“: Prof. Dr. Henrik Aalto spricht über "
                          "„Moore als Klimaschützer“, Audimax"),
    ("9. Mai, 17 bis 24 Uhr", "Lange Nacht der Wissenschaften auf dem Campus Schlossgarten"),
    ("20. Mai, 19 Uhr", "Lesung und Gespräch „Briefe nach Hause“ mit Ayşe Demir, Stadtmuseum Lindenau"),
    ("11. Juni, 14 bis 18 Uhr", "Tag der offenen Labore am Institut für Umweltmikrobiologie"),
    ("2. Juli, 18 Uhr", "Podiumsdiskussion „Wem gehören Forschungsdaten?“ mit Dr. Aoife Brennan und Dr. Rasmus "
                        "Eklund, Leiter des Kompetenzzentrums für Forschungsdaten"),
]


DATEN = [
    P("Forschungsdaten in Lindenau", SUB),
    P("<b>312</b> Datensätze im Repositorium der Universität", SMALL),
    P("<b>4</b> unbefristete Stellen für Datenpflege", SMALL),
    P("<b>27</b> befristete Projektstellen mit Datenaufgaben", SMALL),
    P("<b>1</b> Kompetenzzentrum für Forschungsdaten, seit Januar 2026", SMALL),
]


def page_standpunkt(c: Canvas) -> None:
    running_head(c, 11, "Standpunkt")
    width = 2 * COL3 + GUTTER
    y = opener(c, "Standpunkt", "Offene Daten brauchen Pflege",
               "Forschungsdaten sollen frei zugänglich sein, fordern Politik und Förderer. Doch wer kümmert sich um "
               "sie, wenn das Projekt endet? Ein Plädoyer für die unsichtbare Arbeit an der Infrastruktur.",
               "Von Dr. Aoife Brennan", width=width)
    photo = Photo(118, "Aoife Brennan", width=COL3)
    _, ph = photo.wrap(COL3, 300)
    photo.drawOn(c, W - MARGIN - COL3, TOP - ph)
    story = paras(ESSAY, BODY3) + [Spacer(1, 4), P("<i>Dr. Aoife Brennan ist Akademische Rätin am Institut für "
                                                   "Wissenschafts- und Technikgeschichte der Universität Lindenau. "
                                                   "Ihr Buch über Infrastrukturarbeit ist im Frühjahr erschienen.</i>",
                                                   SMALL), Spacer(1, 8), box(DATEN, COL3)]
    cols = columns(3, y)
    cols[2] = (cols[2][0], BOTTOM, COL3, TOP - ph - 10 - BOTTOM)
    fit(c, story, cols, "essay")


# --------------------------------------------------------------------------- 12 Impressum
IMP = ParagraphStyle("imp", parent=SMALL, fontSize=8.6, leading=12, spaceAfter=5)


def page_impressum(c: Canvas) -> None:
    running_head(c, 12, "Termine · Impressum")
    cols = columns(2, TOP)
    left: list = [P("Sommersemester 2026", KICKER), P("Termine", ParagraphStyle("th", parent=HEAD, fontSize=22,
                                                                                leading=26))]
    for when, what in TERMINE:
        left += [P(when, SMALLB), P(what, SMALL), Spacer(1, 4)]
    left += [Spacer(1, 10), box([P("Vorschau", SUB), P("Die nächste Ausgabe erscheint im Oktober 2026 mit dem "
                                                       "Schwerpunkt „Gesund älter werden“.", SMALL)], COL2)]
    fit(c, left, cols[:1], "termine")
    right = [
        P("Einblick 1 | 2026", KICKER),
        P("Impressum", ParagraphStyle("ih", parent=HEAD, fontSize=22, leading=26)),
        P("Einblick – Das Forschungsmagazin der Universität Lindenau erscheint zweimal im Jahr. 14. Jahrgang, "
          "ISSN 0000-0000 (fiktiv).", IMP),
        P("<b>Herausgeber:</b> Universität Lindenau, Stabsstelle Hochschulkommunikation, Schlossplatz 1, "
          "31999 Lindenau", IMP),
        P("<b>Redaktion:</b> Konstantin Weidner, Anneliese Vogt und Jana Petersen", IMP),
        P("<b>V.i.S.d.P.:</b> Dr. Franziska Obermaier", IMP),
        P("<b>Gestaltung:</b> Tilman Roos", IMP),
        P("<b>Fotos:</b> Titel: Lukas Brandstetter; Seite 2: Universität Lindenau; Seite 3: Lukas Brandstetter; "
          "Seite 5: Universität Lindenau; Seite 7: Finn Albrecht; Seite 11: Kaori Nishimura", IMP),
        P("<b>Illustration Seite 6:</b> Greta Holmqvist", IMP),
        P("<b>Druck:</b> Druckhaus Lindenau GmbH, gedruckt auf Recyclingpapier", IMP),
        P("<b>Auflage:</b> 6.000 Exemplare", IMP),
        Spacer(1, 6),
        P("<b>Kontakt</b><br/>Redaktion Einblick<br/>Schlossplatz 1, 31999 Lindenau<br/>Telefon 04321 99-1020<br/>"
          "einblick@uni-lindenau.example", IMP),
        P("Namentlich gekennzeichnete Beiträge geben nicht unbedingt die Meinung der Redaktion oder der "
          "Hochschulleitung wieder. Nachdruck mit Quellenangabe gestattet, Belegexemplar erbeten.", IMP),
        P("Einblick gibt es auch als PDF und im Abonnement, kostenfrei unter uni-lindenau.example/einblick.", IMP),
    ]
    fit(c, right, cols[1:], "impressum")


def main() -> None:
    c = Canvas(str(OUT), pagesize=A4)
    c.setTitle("Einblick 1/2026 \u2013 Das Forschungsmagazin der Universität Lindenau")
    c.setAuthor("Universität Lindenau")
    page_cover(c)
    c.showPage()
    page_contents(c)
    c.showPage()
    pages_moor(c)
    c.showPage()
    pages_platt(c)
    c.showPage()
    pages_interview(c)
    c.showPage()
    page_nachwuchs(c)
    c.showPage()
    page_pubs(c)
    c.showPage()
    page_standpunkt(c)
    c.showPage()
    page_impressum(c)
    c.showPage()
    c.save()
    print(OUT)


if __name__ == "__main__":
    main()
