"""Generate werkszeitung-2026-de.pdf: a fictional German staff magazine (12 pages).

"ZAHNRAD", the Mitarbeiterzeitung of the fictional Hollenbeck Antriebstechnik GmbH.
All people, the company and all text are invented. Run with a Python that has reportlab:

    /work/writer-venv/bin/python make_werkszeitung-2026-de.py
"""

import copy
import io
from pathlib import Path

from reportlab.lib.colors import Color, black, white
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable, Frame, Paragraph, Spacer
from reportlab.platypus.flowables import HRFlowable

OUT = Path(__file__).with_name("werkszeitung-2026-de.pdf")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

for name, file in [
    ("Sans", "DejaVuSans.ttf"),
    ("Sans-Bold", "DejaVuSans-Bold.ttf"),
    ("Sans-Oblique", "DejaVuSans-Oblique.ttf"),
    ("Sans-BoldOblique", "DejaVuSans-BoldOblique.ttf"),
    ("Serif", "DejaVuSerif.ttf"),
    ("Serif-Bold", "DejaVuSerif-Bold.ttf"),
    ("Serif-Italic", "DejaVuSerif-Italic.ttf"),
    ("Serif-BoldItalic", "DejaVuSerif-BoldItalic.ttf"),
    ("Cond-Bold", "DejaVuSansCondensed-Bold.ttf"),
]:
    pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
pdfmetrics.registerFontFamily(
    "Sans", normal="Sans", bold="Sans-Bold", italic="Sans-Oblique", boldItalic="Sans-BoldOblique"
)
pdfmetrics.registerFontFamily(
    "Serif", normal="Serif", bold="Serif-Bold", italic="Serif-Italic", boldItalic="Serif-BoldItalic"
)

W, H = A4
ML = MR = 40
CW = W - ML - MR
TOP = H - 58
BOT = 50
ACCENT = Color(0.72, 0.18, 0.10)
TINT = Color(0.96, 0.92, 0.86)
GREY = Color(0.45, 0.45, 0.45)

S = {
    "body": ParagraphStyle("body", fontName="Serif", fontSize=9.2, leading=12.6, alignment=TA_LEFT),
    "bodyfirst": ParagraphStyle("bodyfirst", fontName="Serif", fontSize=9.2, leading=12.6, alignment=TA_LEFT),
    "sub": ParagraphStyle("sub", fontName="Sans-Bold", fontSize=8.8, leading=11.6, spaceBefore=5, spaceAfter=1),
    "kicker": ParagraphStyle("kicker", fontName="Sans-Bold", fontSize=8, leading=10, textColor=ACCENT),
    "h1": ParagraphStyle("h1", fontName="Sans-Bold", fontSize=23, leading=26, spaceAfter=5),
    "h2": ParagraphStyle("h2", fontName="Sans-Bold", fontSize=15, leading=18, spaceAfter=4),
    "lead": ParagraphStyle("lead", fontName="Sans", fontSize=10, leading=13.5, spaceAfter=5),
    "byline": ParagraphStyle("byline", fontName="Sans-Oblique", fontSize=8, leading=10, textColor=GREY, spaceAfter=6),
    "caption": ParagraphStyle("caption", fontName="Sans-Oblique", fontSize=7, leading=8.8, spaceBefore=2, spaceAfter=6),
    "box": ParagraphStyle("box", fontName="Sans", fontSize=7.6, leading=10),
    "boxhead": ParagraphStyle("boxhead", fontName="Sans-Bold", fontSize=8.6, leading=11, spaceAfter=2),
    "pull": ParagraphStyle("pull", fontName="Serif-BoldItalic", fontSize=14, leading=17.5, textColor=ACCENT, spaceBefore=4),
    "pullby": ParagraphStyle("pullby", fontName="Sans", fontSize=7.6, leading=9.5, spaceAfter=4, spaceBefore=3),
    "sign": ParagraphStyle("sign", fontName="Serif", fontSize=9.2, leading=12.6),
    "signname": ParagraphStyle("signname", fontName="Serif-Italic", fontSize=10, leading=13),
    "endby": ParagraphStyle("endby", fontName="Sans-Oblique", fontSize=7.8, leading=10, alignment=TA_RIGHT, spaceBefore=2),
    "toc": ParagraphStyle("toc", fontName="Sans", fontSize=8.4, leading=11, spaceAfter=5, leftIndent=18, firstLineIndent=-18),
    "list": ParagraphStyle("list", fontName="Sans", fontSize=8, leading=10.6, spaceAfter=2),
    "imp": ParagraphStyle("imp", fontName="Sans", fontSize=7.6, leading=10.2, spaceAfter=3),
}


def P(text, style="body"):
    return Paragraph(text, S[style])


def paras(text, style="body"):
    """Blank-line separated paragraphs; a line starting with '## ' is a subhead."""
    out = []
    for chunk in [c.strip() for c in text.strip().split("\n\n") if c.strip()]:
        chunk = " ".join(chunk.split())
        if chunk.startswith("## "):
            out.append(P(chunk[3:], "sub"))
        else:
            out.append(P(chunk, style))
            out.append(Spacer(0, 3))
    return out


class Photo(Flowable):
    """A grey rectangle standing in for a photograph."""

    def __init__(self, height, width=None, tone=0.72):
        super().__init__()
        self.h, self.w, self.tone = height, width, tone

    def wrap(self, aw, ah):
        self.dw = self.w or aw
        return self.dw, self.h

    def draw(self):
        c = self.canv
        c.setFillColor(Color(self.tone, self.tone, self.tone))
        c.rect(0, 0, self.dw, self.h, stroke=0, fill=1)
        c.setStrokeColor(Color(self.tone + 0.08, self.tone + 0.08, self.tone + 0.08))
        c.setLineWidth(0.8)
        c.line(0, 0, self.dw, self.h)
        c.line(0, self.h, self.dw, 0)


class Chart(Flowable):
    """A simple bar graphic (no text inside)."""

    def __init__(self, height, values):
        super().__init__()
        self.h, self.values = height, values

    def wrap(self, aw, ah):
        self.dw = aw
        return aw, self.h

    def draw(self):
        c = self.canv
        c.setFillColor(TINT)
        c.rect(0, 0, self.dw, self.h, stroke=0, fill=1)
        n = len(self.values)
        bw = (self.dw - 20) / n
        for i, v in enumerate(self.values):
            c.setFillColor(ACCENT if i == n - 1 else GREY)
            c.rect(10 + i * bw + 3, 8, bw - 6, (self.h - 16) * v, stroke=0, fill=1)


class Grid(Flowable):
    """An empty crossword grid."""

    def __init__(self, cols, rows, cell=14):
        super().__init__()
        self.cols, self.rows, self.cell = cols, rows, cell

    def wrap(self, aw, ah):
        return self.cols * self.cell, self.rows * self.cell

    def draw(self):
        c = self.canv
        c.setStrokeColor(GREY)
        c.setLineWidth(0.5)
        for r in range(self.rows):
            for k in range(self.cols):
                shade = (r * 3 + k * 5) % 7 == 0
                c.setFillColor(Color(0.8, 0.8, 0.8) if shade else white)
                c.rect(k * self.cell, r * self.cell, self.cell, self.cell, stroke=1, fill=1)


class Box(Flowable):
    """Non-splitting tinted box around a few flowables."""

    def __init__(self, content, bg=TINT, pad=7, rule=None):
        super().__init__()
        self.content, self.bg, self.pad, self.rule = content, bg, pad, rule

    def wrap(self, aw, ah):
        self.aw = aw
        self.sizes = []
        h = 0
        for f in self.content:
            _, fh = f.wrap(aw - 2 * self.pad, ah)
            sb, sa = f.getSpaceBefore(), f.getSpaceAfter()
            self.sizes.append((fh, sb, sa))
            h += fh + sb + sa
        self.hh = h + 2 * self.pad
        return aw, self.hh

    def draw(self):
        c = self.canv
        c.setFillColor(self.bg)
        c.rect(0, 0, self.aw, self.hh, stroke=0, fill=1)
        if self.rule:
            c.setFillColor(self.rule)
            c.rect(0, self.hh - 2.5, self.aw, 2.5, stroke=0, fill=1)
        y = self.hh - self.pad
        for f, (fh, sb, sa) in zip(self.content, self.sizes):
            y -= sb + fh
            f.drawOn(c, self.pad, y)
            y -= sa


OVERFLOWS = []


def fill_frame(f, story, c):
    """Add flowables to one frame, splitting the first one that does not fit."""
    while story:
        if f.add(story[0], c, trySplit=0):
            story.pop(0)
            continue
        parts = f.split(story[0], c)
        if parts:
            story[0:1] = parts
            if f.add(story[0], c, trySplit=0):
                story.pop(0)
        break


def frames_fill(c, rects, story, label):
    """Fill the frames in order; record an error if anything is left over."""
    story = list(story)
    free = []
    for x, y, w, h in rects:
        f = Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        fill_frame(f, story, c)
        free.append(round(f._y - f._y1))
    if story:
        OVERFLOWS.append(label)
        print(f"  OVERFLOW on {label}: {len(story)} flowables left, first: {story[0]!r:.200}")
    print(f"  {label}: free space per frame {free}")
    return free


def fits(rects, story):
    scratch = canvas.Canvas(io.BytesIO())
    story = copy.deepcopy(story)
    for x, y, w, h in rects:
        f = Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        fill_frame(f, story, scratch)
    return not story


def columns(c, ytop, ybot, n, story, label, x0=ML, width=CW, gap=13, balance=True):
    """n columns from ytop down to at most ybot; balanced to the shortest height that fits."""
    cw = (width - gap * (n - 1)) / n

    def rects(h):
        return [(x0 + i * (cw + gap), ytop - h, cw, h) for i in range(n)]

    h = ytop - ybot
    if balance and fits(rects(h), story):
        lo, hi = 20.0, h
        while hi - lo > 2:
            mid = (lo + hi) / 2
            if fits(rects(mid), story):
                hi = mid
            else:
                lo = mid
        h = hi + 1
    frames_fill(c, rects(h), story, label)
    return ytop - h


def block(c, ytop, story, x0=ML, width=CW):
    """Draw flowables one under another at full width; return the y below them."""
    y = ytop
    for f in story:
        _, h = f.wrap(width, 1000)
        y -= f.getSpaceBefore() + h
        f.drawOn(c, x0, y)
        y -= f.getSpaceAfter()
    return y


def chrome(c, pno, rubric):
    c.setFont("Sans-Bold", 8)
    c.setFillColor(ACCENT)
    c.drawString(ML, H - 32, "ZAHNRAD")
    c.setFillColor(GREY)
    c.setFont("Sans", 7.5)
    c.drawString(ML + 44, H - 32, "Ausgabe 1 | 2026")
    c.drawRightString(W - MR, H - 32, rubric)
    c.setStrokeColor(GREY)
    c.setLineWidth(0.5)
    c.line(ML, H - 38, W - MR, H - 38)
    c.line(ML, 40, W - MR, 40)
    c.setFont("Sans-Bold", 9)
    c.setFillColor(black)
    if pno % 2 == 0:
        c.drawString(ML, 27, str(pno))
        c.setFont("Sans", 7)
        c.drawString(ML + 16, 27, "Hollenbeck Antriebstechnik GmbH")
    else:
        c.drawRightString(W - MR, 27, str(pno))
        c.setFont("Sans", 7)
        c.drawRightString(W - MR - 16, 27, "Hollenbeck Antriebstechnik GmbH")


def rule(c, y):
    c.setStrokeColor(ACCENT)
    c.setLineWidth(1.2)
    c.line(ML, y, W - MR, y)


def author_box(text):
    return Box([P(text, "box")], bg=TINT, pad=6, rule=ACCENT)


def pull(text, who):
    return [
        HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceBefore=4, spaceAfter=4),
        P(text, "pull"),
        P(who, "pullby"),
        HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceBefore=2, spaceAfter=8),
    ]


# ---------------------------------------------------------------- page 1: cover
def page1(c):
    c.setFillColor(ACCENT)
    c.rect(0, H - 150, W, 150, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Sans-Bold", 62)
    c.drawString(ML, H - 95, "ZAHNRAD")
    c.setFont("Sans", 11)
    c.drawString(ML, H - 120, "Die Mitarbeiterzeitung der Hollenbeck Antriebstechnik GmbH")
    c.setFont("Sans-Bold", 11)
    c.drawRightString(W - MR, H - 60, "Ausgabe 1 | 2026")
    c.setFont("Sans", 9)
    c.drawRightString(W - MR, H - 75, "38. Jahrgang")
    y = block(
        c,
        H - 170,
        [
            Photo(370, tone=0.66),
            P(
                "Richtfest an der neuen Montagehalle 4 im Februar: Rund 300 Kolleginnen und Kollegen "
                "feierten mit, der Werkschor sang das Firmenlied.",
                "caption",
            ),
        ],
    )
    teasers = [
        ("Seite 3", "Halle 4 ist in Betrieb", "Mehr Platz, kürzere Wege: Was sich in der Montage jetzt ändert."),
        ("Seite 5", "„Ich wollte nie ins Büro“", "Azubi Lena Wójcik im Porträt: Warum sie Mechatronikerin wird."),
        ("Seite 7", "Energie im Prüffeld", "Ein Gespräch mit Energiemanager Dr. Aleksander Nowak über Lastspitzen und Abwärme."),
        ("Seite 11", "Wir gratulieren", "23 Kolleginnen und Kollegen feiern 2026 ein Dienstjubiläum."),
    ]
    story = []
    for pg, head, text in teasers:
        story += [Box([P(pg, "kicker"), P(head, "h2"), P(text, "lead")], bg=white, pad=0), Spacer(0, 6)]
    columns(c, y - 10, BOT + 10, 2, story, "p1 teasers", gap=24)
    c.setFont("Sans-Bold", 10)
    c.setFillColor(ACCENT)
    c.drawString(ML, 36, "Präzision, die bewegt.")


# ---------------------------------------------------------------- page 2: contents + editorial
TOC = [
    ("3", "Neue Montagehalle: Mehr Platz, kürzere Wege", "Katrin Albers"),
    ("5", "Porträt: Lena will es genau wissen", "Jonas Petersen"),
    ("7", "Interview: „Jede Kilowattstunde zählt“", "Stefanie Brandt mit Dr. Aleksander Nowak"),
    ("9", "Firmenlauf und Gesundheitstag", "Mehmet Arslan"),
    ("10", "Der Betriebsrat informiert: Das neue Schichtmodell", "Sabine Hoffmann-Kaya"),
    ("10", "Ideenmanagement: 4.200 Euro für eine Vorrichtung", "Piotr Zieliński"),
    ("11", "Wir gratulieren: Jubiläen und Ruhestand", ""),
    ("12", "Termine, Zitat der Ausgabe, Impressum", ""),
]

EDITORIAL = """
Liebe Kolleginnen und Kollegen,

wer in den letzten Wochen durch das Werkstor gefahren ist, hat es gesehen: Halle 4 steht, und seit dem 2. März
wird darin montiert. Vierzehn Monate nach dem ersten Spatenstich ist aus einer Wiese am Mühlbach die modernste
Montagefläche geworden, die unser Unternehmen je hatte. Ich danke allen, die dafür Überstunden, Geduld und gute
Ideen eingebracht haben, und ganz besonders den Kolleginnen und Kollegen aus der Montage, die den Umzug bei
laufender Produktion gestemmt haben.

Das vergangene Jahr war für den Maschinenbau kein leichtes. Viele unserer Kunden haben Investitionen verschoben,
die Energiepreise sind hoch geblieben, und der Wettbewerb aus Fernost schläft nicht. Trotzdem haben wir den
Umsatz um knapp vier Prozent gesteigert, vor allem mit dem „HK-Compact 300“, der sich inzwischen in
Verpackungsanlagen von Portugal bis Finnland dreht. Dass unsere Arbeit draußen ankommt, zeigen Rückmeldungen wie
diese: Lars Mikkelsen, Einkaufsleiter eines dänischen Windparkbetreibers, schrieb uns im Januar: „Eure Getriebe
laufen bei uns seit 22 Jahren, und ich kann mich an keinen einzigen ungeplanten Stillstand erinnern.“ Solche Sätze
hängen wir nicht an die Wand, aber wir sollten sie uns merken.

Für 2026 haben wir uns drei Dinge vorgenommen. Erstens wollen wir den Energieverbrauch je gefertigtem Getriebe
um weitere zehn Prozent senken; wie das gehen kann, erklärt unser Energiemanager im Interview auf Seite 7.
Zweitens stellen wir zum Herbst 14 neue Auszubildende ein, so viele wie nie. Und drittens führen wir gemeinsam mit
dem Betriebsrat das neue Schichtmodell ein, über das Sie auf Seite 10 mehr lesen.

Unser Leitsatz „Präzision, die bewegt“ ist kein Werbespruch, den sich eine Agentur ausgedacht hat. Er beschreibt,
was Sie jeden Tag tun. Ich freue mich darauf, das mit Ihnen beim Sommerfest am 4. Juli zu feiern, und ja: Der
Werkschor hat mir versprochen, dass „Wir drehen uns um die Welt“ diesmal in allen drei Strophen erklingt.
"""


KURZ = """
## Essen per App vorbestellen

Seit Februar lässt sich das Mittagessen in der Kantine per App vorbestellen. Rund 400 Beschäftigte nutzen das
Angebot bereits. „Wir werfen seitdem fast ein Drittel weniger Essen weg, und die Schlange an der Ausgabe ist
deutlich kürzer geworden“, sagt Küchenchef Luca Bianchi.

## Besuch aus Nagoya

Eine sechsköpfige Delegation unseres japanischen Kunden Morimoto Seiki hat im März zwei Tage lang das Werk
besucht. Delegationsleiter Hiroshi Tanabe zeigte sich besonders vom Prüffeld beeindruckt und kündigte einen
Folgeauftrag für Servoline-Getriebe an.

## Dienstrad: 212 Räder unterwegs

Das Dienstrad-Leasing ist ein Erfolg: 212 Kolleginnen und Kollegen fahren inzwischen mit einem geleasten Rad
oder E-Bike zur Arbeit. Neue Stellplätze mit Ladesäulen entstehen bis zum Sommer an Tor 2.
"""


def page2(c):
    chrome(c, 2, "Inhalt und Editorial")
    # contents column (left, narrow)
    toc = [P("Inhalt", "h2"), Spacer(0, 4)]
    for pg, title, who in TOC:
        line = f"<font name='Sans-Bold' color='#b82e1a'>{pg}</font>&nbsp;&nbsp;{title}"
        if who:
            line += f"<br/><font name='Sans-Oblique' color='#737373'>{who}</font>"
        toc.append(P(line, "toc"))
    toc += [Spacer(0, 6), HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceAfter=4), P("Kurz notiert", "h2")]
    toc += paras(KURZ, "box")
    frames_fill(c, [(ML, BOT, 150, TOP - BOT)], toc, "p2 toc")
    # editorial (two columns to the right)
    x0 = ML + 150 + 18
    wid = W - MR - x0
    y = block(
        c,
        TOP,
        [P("Editorial", "kicker"), P("Ein Jahr, das sich sehen lassen kann", "h1")],
        x0=x0,
        width=wid,
    )
    story = [Photo(165, tone=0.7), P("Matthias Ehrenreich leitet das Unternehmen seit 2019. Foto: Nadine Vogel", "caption")]
    story += paras(EDITORIAL)
    story += [Spacer(0, 2), P("Herzliche Grüße", "sign"), Spacer(0, 3), P("Matthias Ehrenreich", "signname"), P("Geschäftsführer", "sign")]
    columns(c, y - 6, BOT, 2, story, "p2 editorial", x0=x0, width=wid, gap=14, balance=False)


# ---------------------------------------------------------------- pages 3-4: Halle 4
HALLE_A = """
Am Morgen des 2. März lief in Halle 4 das erste Getriebe vom Band, ein „HK-Compact 300“ für einen Kunden aus
dem Allgäu. Spektakulär sah das nicht aus, und genau so war es gewollt. „Wenn am ersten Tag alle nur herumstehen
und staunen, haben wir etwas falsch gemacht“, sagt Werkleiter Hakan Yıldırım. Tatsächlich wurde in den Wochen
davor so gründlich geprobt, dass die erste Schicht fast wie gewohnt arbeiten konnte.

Die neue Halle misst 6.800 Quadratmeter und hat rund 14 Millionen Euro gekostet. Sie ersetzt die beiden alten
Montagebereiche in Halle 1 und im sogenannten „Schuhkarton“, dem Flachbau aus den Siebzigern, den viele
Kolleginnen und Kollegen nur mit einem Seufzer betreten haben. Dort mussten Baugruppen mehrfach über den Hof
gefahren werden, bevor ein fertiges Getriebe ins Prüffeld kam. Allein dieser Weg summierte sich nach einer
Messung des Projektteams auf gut elf Kilometer pro Woche.

## Vom Wareneingang bis zur Prüfung in einer Linie

In Halle 4 läuft alles in eine Richtung: Auf der Nordseite kommen Gehäuse, Wellen und Zahnräder an, auf der
Südseite verlassen geprüfte Getriebe das Gebäude. Dazwischen liegen acht Montageinseln, zwei Lackierkabinen und
ein eigenes kleines Prüffeld für Serienprüfungen. „Wir haben die Halle um die Menschen herum geplant, nicht um die
Maschinen“, erklärt Yıldırım. Die Arbeitshöhe jeder Insel lässt sich elektrisch verstellen, schwere Teile hebt ein
Portalkran, und an jedem Platz gibt es Tageslicht.

Dass die Halle so aussieht, ist auch das Verdienst von Julia Schneider-Okafor. Die Wirtschaftsingenieurin hat das
Projekt seit der ersten Skizze geleitet und dabei mehr als 40 Workshops mit Beschäftigten aus Montage,
Logistik und Instandhaltung moderiert. „Am Anfang dachten viele, das sei nur Beschäftigungstherapie. Spätestens
beim dritten Termin haben sie gemerkt, dass ihre Vorschläge wirklich im Plan landen“, sagt Schneider-Okafor.
"""

HALLE_B = """
Ein Beispiel dafür sind die Materialwagen. Ursprünglich sollten fahrerlose Transportsysteme alle Inseln
beliefern. Die Monteurinnen und Monteure schlugen stattdessen einfache Routenzüge vor, die ein Kollege aus der
Logistik im Takt abfährt. Das war günstiger und, wie sich zeigte, auch zuverlässiger. „Ein Roboter sieht nicht,
dass an Insel 5 gerade die Dichtungen knapp werden. Ich schon“, sagt Dariusz Nowicki, der die Route seit März fährt.

## Photovoltaik auf dem Dach, Wärme aus dem Prüffeld

Auf dem Dach der Halle liegen 2.900 Solarmodule mit zusammen 1,2 Megawatt Spitzenleistung. An sonnigen Tagen
deckt die Anlage den Strombedarf der gesamten Montage. Geheizt wird zu einem großen Teil mit der Abwärme der
Prüfstände, die früher ungenutzt über das Dach abgegeben wurde. Mehr dazu erzählt Energiemanager Dr. Aleksander
Nowak im Interview ab Seite 7.

Nicht alles lief nach Plan. Der nasse Herbst hat die Bodenplatte um drei Wochen verzögert, und eine Lieferung
Brandschutztüren kam zunächst in der falschen Größe. Dass der Umzug dennoch nur zwei Wochen später als geplant
stattfand, lag nach Einschätzung der Projektleiterin vor allem an der Bereitschaft der Teams, Samstagsschichten
zu übernehmen.

Auch die Sicherheit hat profitiert. Weil Gabelstapler in Halle 4 nur noch auf einer eigenen Spur am Rand
fahren, kreuzen sich Fußwege und Fahrwege praktisch nicht mehr. Die Fachkraft für Arbeitssicherheit, Henrik
Strand, hat in den ersten acht Wochen keinen einzigen Beinahe-Unfall registriert. In den alten Hallen waren es im
gleichen Zeitraum des Vorjahres elf. „Das ist kein Zufall, das ist Planung“, sagt Strand, der selbst an fast allen
Workshops teilgenommen hat.

## Was kommt als Nächstes?

Die frei gewordene Fläche in Halle 1 wird bis Ende des Jahres umgebaut. Dort entstehen eine größere
Ausbildungswerkstatt und ein Schulungszentrum für Kundentechniker. Den „Schuhkarton“ will die Geschäftsführung
abreißen lassen; an seiner Stelle sollen Parkplätze für Fahrräder und E-Autos entstehen.

Wer die Halle noch nicht von innen gesehen hat, kann das am 18. April nachholen: Beim Tag der offenen Tür führen
Auszubildende durch die Montage. Yıldırım lädt ausdrücklich auch Familien ein: „Die Kinder sollen sehen, wo das
Getriebe herkommt, über das Mama oder Papa beim Abendessen schimpfen.“
"""


def page3(c):
    chrome(c, 3, "Standort")
    y = block(
        c,
        TOP,
        [
            P("Neue Montagehalle", "kicker"),
            P("Mehr Platz, kürzere Wege: Halle 4 ist in Betrieb", "h1"),
            P(
                "Nach 14 Monaten Bauzeit ist die neue Montagehalle fertig. Seit März entstehen dort die "
                "Getriebe der Baureihen HK-Compact und Servoline. Ein Rundgang mit den Menschen, die die "
                "Halle geplant haben und jetzt darin arbeiten.",
                "lead",
            ),
            P("Von Katrin Albers", "byline"),
            Photo(235, tone=0.68),
            P(
                "Acht Montageinseln, ein Materialfluss: Blick von der Galerie in die neue Halle 4. "
                "Foto: Oliver Sturm",
                "caption",
            ),
        ],
    )
    columns(c, y - 4, BOT, 3, paras(HALLE_A), "p3 columns")


def page4(c):
    chrome(c, 4, "Standort")
    left = paras(HALLE_B)
    left += [
        Spacer(0, 6),
        Box(
            [
                P("Stimmen aus der Halle", "boxhead"),
                P("„Zum ersten Mal seit zwanzig Jahren sehe ich bei der Arbeit, ob draußen die Sonne scheint.“", "box"),
                P("<i>Renate Kühn, Montageinsel 3</i>", "box"),
                Spacer(0, 5),
                P(
                    "„Mit meinen 1,62 Metern sind die höhenverstellbaren Arbeitstische für mich das Beste an der "
                    "ganzen Halle. Ich muss mich nicht mehr strecken.“",
                    "box",
                ),
                P("<i>Mai Linh Nguyen, Montageinsel 6</i>", "box"),
                Spacer(0, 5),
                P("„Den Schuhkarton vermisse ich kein bisschen. Nur den Kaffeeautomaten von dort.“", "box"),
                P("<i>Bogdan Lewandowski, Lackiererei</i>", "box"),
            ]
        ),
        Spacer(0, 4),
        author_box(
            "<b>Katrin Albers</b> ist Referentin für interne Kommunikation bei Hollenbeck und leitet die "
            "Redaktion des ZAHNRAD. Themenvorschläge nimmt sie gern per Mail oder in der Kantine entgegen."
        ),
    ]
    gap = 14
    colw = (CW - 2 * gap) / 3
    # two text columns on the left, a side column on the right
    frames_fill(
        c,
        [(ML, BOT, colw, TOP - BOT), (ML + colw + gap, BOT, colw, TOP - BOT)],
        left,
        "p4 text",
    )
    side = pull(
        "„Wir haben die Halle um die Menschen herum geplant, nicht um die Maschinen.“",
        "<b>Hakan Yıldırım</b>, Werkleiter",
    )
    side += [
        Photo(210, tone=0.7),
        P("Dariusz Nowicki versorgt die Montageinseln mit dem Routenzug. Foto: Oliver Sturm", "caption"),
        Spacer(0, 4),
        P("Halle 4 in Zahlen", "boxhead"),
        Chart(90, [0.35, 0.5, 0.62, 0.8, 1.0]),
        P(
            "Montierte Getriebe pro Woche, Januar bis Mai 2026 (Plan für Mai). Grafik: Eleni Papadopoulos",
            "caption",
        ),
        Box(
            [
                P("Fakten", "boxhead"),
                P(
                    "Fläche: 6.800 m²<br/>Investition: rund 14 Mio. Euro<br/>Montageinseln: 8<br/>"
                    "Arbeitsplätze: 96 in zwei Schichten<br/>Photovoltaik: 1,2 MWp auf dem Dach<br/>"
                    "Bauzeit: Januar 2025 bis Februar 2026",
                    "box",
                ),
            ]
        ),
    ]
    frames_fill(c, [(ML + 2 * (colw + gap), BOT, colw, TOP - BOT)], side, "p4 side")


# ---------------------------------------------------------------- pages 5-6: Azubi-Porträt
LENA_A = """
„Ich wollte nie ins Büro“, sagt Lena Wójcik und lacht, als hätte sie diesen Satz schon oft gesagt. Wahrscheinlich
hat sie das. Die 19-Jährige ist im zweiten Lehrjahr zur Mechatronikerin, und wer sie an einem Dienstagmorgen in der
Ausbildungswerkstatt erlebt, versteht schnell, warum. Sie hat einen Schaltschrank vor sich, dessen Verdrahtung sie
selbst geplant hat, und erklärt jedem, der stehen bleibt, wofür welches Relais da ist.

Aufgewachsen ist sie in Bad Lindenau, zwei Straßen vom Werk entfernt. Ihr Vater arbeitet als Schweißer bei einem
Zulieferer, ihre Mutter als Krankenpflegerin. „Meine Mutter hat immer gesagt: ‚Kind, mach was mit den Händen.‘ Sie
hatte recht, auch wenn ich das mit 15 nicht zugeben wollte“, erzählt sie. Nach der Realschule probierte sie es
trotzdem zuerst mit einem Praktikum in einer Steuerkanzlei. Nach einer Woche war die Sache entschieden.

## Erst falsch, dann nie wieder

Bei Hollenbeck bewarb sie sich, weil eine Freundin aus dem Handballverein hier gelernt hatte. Das erste Lehrjahr
verbrachte sie vor allem mit Feilen, Bohren, Drehen und den Grundlagen der Elektrotechnik. Dass dabei nicht alles
auf Anhieb klappt, gehört dazu. „Beim ersten Mal habe ich ein Lager falsch herum eingepresst. Der Meister hat nichts
gesagt, nur die Augenbraue hochgezogen. Das passiert mir nie wieder“, sagt sie.

Ihr Ausbilder Giuseppe Moretti kennt viele Jahrgänge. Seit 2011 bildet er bei Hollenbeck aus, vorher hat er
selbst zwanzig Jahre in der Instandhaltung gearbeitet. „Lena fragt so lange nach, bis sie es wirklich verstanden
hat. Das ist manchmal anstrengend, aber es ist Gold wert“, sagt Moretti. Genau solche Leute suche die
Instandhaltung händeringend. „Wer eine Anlage nur nach Handbuch repariert, ist bei der zweiten Störung verloren“,
erzählt er.
"""

LENA_B = """
In der Berufsschule in Kassel ist Lena eine von zwei Frauen in ihrer Klasse. „Am Anfang haben ein paar Jungs
gefragt, ob ich mich verlaufen habe. Nach der ersten Klassenarbeit hat keiner mehr gefragt“, sagt sie trocken. Ihr
Notenschnitt liegt bei 1,6. Besonders mag sie die Steuerungstechnik, weniger die Wirtschaftskunde.

## Die Azubi-Werkstatt als Labor

Seit dem Herbst arbeitet sie im Projekt „Azubi-Werkstatt 2.0“ mit. Auszubildende aus drei Lehrjahren bauen dort
eine alte Fräsmaschine zu einem vernetzten Lernobjekt um, an dem künftige Jahrgänge Fehlersuche üben können. Lena
hat die Sensorik übernommen. „Wenn eine Anlage steht“, sagt sie, „will ich die Erste sein, die weiß, warum.“

Can Öztürk hat am selben Tag wie sie angefangen und sitzt in der Berufsschule neben ihr. „Lena erklärt besser als
manches Lehrbuch. Ich frage sie lieber als den Lehrer, aber das darf der nicht lesen“, meint er.

Im Oktober wartet auf sie das nächste Abenteuer: Als eine von drei Auszubildenden darf sie vier Wochen bei einem
Kunden in Tampere in Finnland verbringen, der dort Papiermaschinen mit Hollenbeck-Getrieben betreibt. Die
Vorfreude ist groß, die Aufregung auch. „Ich war noch nie weiter weg als auf Mallorca, und da habe ich nur am
Pool gelegen“, gibt sie zu. Finnisch lernt sie seit Januar mit einer App, bisher kann sie vor allem Zahlen und
das Wort für Kaffee.

Außerhalb des Werks steht sie im Tor der zweiten Handballmannschaft des TV Lindenau und singt, was sie selbst
„ein bisschen peinlich“ findet, im Werkschor mit. Und was kommt nach der Abschlussprüfung im Sommer 2027? Sie muss
nicht lange überlegen. „Ein paar Jahre Instandhaltung, dann die Meisterschule. Und dann sehen wir weiter“, sagt
sie. Moretti hört den Satz im Vorbeigehen und nickt nur.
"""


def page5(c):
    chrome(c, 5, "Porträt")
    y = block(
        c,
        TOP,
        [
            P("Azubi-Porträt", "kicker"),
            P("Lena will es genau wissen", "h1"),
            P(
                "Sie verdrahtet Schaltschränke, steht im Handballtor und stellt so lange Fragen, bis alles "
                "klar ist. Ein Besuch bei Lena Wójcik, die bei Hollenbeck Mechatronikerin lernt.",
                "lead",
            ),
            P("Text und Fotos: Jonas Petersen", "byline"),
        ],
    )
    gap = 14
    colw = (CW - gap) / 2
    story = [Photo(200, tone=0.66), P("Lena Wójcik prüft die Verdrahtung ihres Schaltschranks in der Ausbildungswerkstatt.", "caption")]
    story += paras(LENA_A)
    columns(c, y - 4, BOT, 2, story, "p5 columns", gap=gap)


def page6(c):
    chrome(c, 6, "Porträt")
    gap = 14
    colw = (CW - gap) / 2
    story = paras(LENA_B)
    story += [
        Spacer(0, 4),
        author_box(
            "<b>Jonas Petersen</b> ist Volontär in der Unternehmenskommunikation. Für das ZAHNRAD schreibt "
            "er und fotografiert, am liebsten in der Werkstatt."
        ),
    ]
    right = [
        Photo(270, tone=0.7),
        P("Ausbilder Giuseppe Moretti (links) und Lena Wójcik beim Messen einer Welle.", "caption"),
        Spacer(0, 6),
        Box(
            [
                P("Steckbrief", "boxhead"),
                P(
                    "<b>Name:</b> Lena Wójcik<br/><b>Alter:</b> 19 Jahre<br/><b>Ausbildung:</b> Mechatronikerin, "
                    "2. Lehrjahr<br/><b>Lieblingswerkzeug:</b> Drehmomentschlüssel<br/><b>Lieblingsort im Werk:</b> "
                    "das Prüffeld in der Nachtschicht<br/><b>Motto:</b> „Erst messen, dann meckern.“",
                    "box",
                ),
            ],
            rule=ACCENT,
        ),
        Spacer(0, 8),
        Box(
            [
                P("Ausbildung bei Hollenbeck", "boxhead"),
                P(
                    "Zum 1. September 2026 stellen wir 14 Auszubildende ein: Mechatronik, Industriemechanik, "
                    "Fachkraft für Lagerlogistik, Technisches Produktdesign und Industriekaufleute. "
                    "Bewerbungen nimmt die Personalabteilung bis zum 30. April entgegen. Kinder von "
                    "Beschäftigten sind ausdrücklich willkommen.",
                    "box",
                ),
            ]
        ),
    ]
    frames_fill(c, [(ML, BOT, colw, TOP - BOT)], story, "p6 text")
    frames_fill(c, [(ML + colw + gap, BOT, colw, TOP - BOT)], right, "p6 side")


# ---------------------------------------------------------------- pages 7-8: Interview
def turn(name, text):
    return [P(f"<b>{name}:</b> {' '.join(text.split())}"), Spacer(0, 4)]


IV_A = [
    ("Stefanie Brandt", "Herr Nowak, Sie sind seit einem Jahr Energiemanager bei Hollenbeck. Wie erklären Sie "
     "Ihren Job jemandem, der am Band steht?"),
    ("Aleksander Nowak", "Ich suche nach Strom, Gas und Druckluft, die wir bezahlen, ohne dass sie etwas Nützliches "
     "tun. Das klingt banal, aber in einem Werk mit sechs Hallen und 40 Jahre alten Leitungen findet man erstaunlich "
     "viel. Mein erster Chef in einer Gießerei in Gliwice, Bernd Aschenbach, sagte immer: „Was man nicht misst, kann "
     "man nicht verbessern.“ Also habe ich zuerst gemessen."),
    ("Stefanie Brandt", "Und was haben Sie gefunden?"),
    ("Aleksander Nowak", "Zum Beispiel, dass unsere Druckluftanlage am Wochenende fast ein Drittel ihrer Wochenleistung "
     "verbraucht, obwohl kaum jemand arbeitet. Der Grund waren Leckagen: kleine, zischende Löcher in Schläuchen und "
     "Kupplungen, die man im Lärm der Woche nicht hört. Wir haben an zwei Samstagen mit einem Ultraschallgerät über "
     "300 Stellen markiert. Die Instandhaltung hat fast alle abgedichtet. Das spart im Jahr so viel Strom, wie 60 "
     "Einfamilienhäuser verbrauchen."),
    ("Stefanie Brandt", "Das Prüffeld gilt als größter Verbraucher im Werk. Stimmt das?"),
    ("Aleksander Nowak", "Ja. Jedes Getriebe läuft vor der Auslieferung unter Last, und bisher haben wir diese Energie "
     "einfach in Wärme verwandelt und über das Dach geblasen. Seit Januar speisen die neuen Prüfstände einen großen Teil "
     "davon zurück ins Netz des Werks, und die Abwärme heizt Halle 4. Ein Kunde, der uns im Herbst besucht hat, stand "
     "lange vor der Anzeige und meinte dann: „Ihr testet eure Getriebe und heizt dabei die Halle. Das ist fast schon "
     "unverschämt clever.“"),
    ("Stefanie Brandt", "Wie hat die Instandhaltung reagiert, als Sie mit Ihrer Liste voller Leckagen kamen?"),
    ("Aleksander Nowak", "Zuerst skeptisch, und das verstehe ich. Da kommt einer aus dem Büro, der noch nie einen "
     "Kompressor gewartet hat, und erzählt erfahrenen Leuten, wo ihre Leitungen undicht sind. Aber nach dem ersten "
     "Samstag war das Eis gebrochen. Gegen Mittag haben die Kollegen angefangen, Wetten abzuschließen, wer die "
     "lauteste Leckage findet. Gewonnen hat eine Kupplung hinter dem alten Härteofen. Die hat man bis in den "
     "Pausenraum gehört."),
]

IV_B = [
    ("Stefanie Brandt", "Die Energiepreise sind seit 2022 stark gestiegen. Wie sehr trifft das Hollenbeck?"),
    ("Aleksander Nowak", "Spürbar. Strom und Gas machen heute etwa vier Prozent unserer Kosten aus, vor fünf Jahren "
     "waren es knapp zwei. Das klingt nach wenig, aber in einem Markt, in dem beim Angebotspreis um jeden Euro gerungen "
     "wird, ist das viel. Jede Kilowattstunde, die wir nicht verbrauchen, macht unsere Getriebe ein Stück "
     "wettbewerbsfähiger. Energiesparen ist bei uns deshalb nicht nur eine Frage der Umwelt, sondern auch eine "
     "Frage der Arbeitsplätze."),
    ("Stefanie Brandt", "Viele Kolleginnen und Kollegen fragen sich, was sie selbst beitragen können. Licht aus, "
     "Fenster zu?"),
    ("Aleksander Nowak", "Das hilft, aber ehrlich gesagt ist es nicht der große Hebel. Der große Hebel sind die "
     "Lastspitzen. Wenn morgens um sechs alle Öfen, Kompressoren und Prüfstände gleichzeitig anlaufen, zahlen wir für "
     "diese eine Viertelstunde einen Leistungspreis, der sich durch das ganze Jahr zieht. Wer an einer Anlage arbeitet, "
     "die nicht sofort gebraucht wird, kann sie zehn Minuten später starten. Dafür hängen jetzt an den großen "
     "Verbrauchern gelbe Schilder mit einer Startreihenfolge."),
    ("Stefanie Brandt", "Gab es etwas, das Sie überrascht hat?"),
    ("Aleksander Nowak", "Die Nachtschicht. Ich dachte, nachts läuft weniger, also wird weniger verbraucht. "
     "Tatsächlich liefen nachts die Lüftungen der Lackierkabinen durch, obwohl dort ab 22 Uhr niemand mehr lackiert. "
     "Eine Zeitschaltuhr für 80 Euro hat das Problem gelöst. Manchmal sind die besten Maßnahmen die langweiligsten."),
    ("Stefanie Brandt", "Und die Kantine? Eine Großküche braucht ja auch viel Energie."),
    ("Aleksander Nowak", "Die Küche ist vorbildlich. Luca Bianchi und sein Team haben die Spülmaschine auf den "
     "Nachtbetrieb umgestellt, lange bevor ich kam, einfach weil der Nachttarif günstiger war. Von solchen Leuten "
     "bräuchten wir mehr."),
    ("Stefanie Brandt", "Sie leiten auch das Projekt „Grüner Strom 2030“. Worum geht es da?"),
    ("Aleksander Nowak", "Bis 2030 wollen wir den Strom, den wir kaufen, vollständig aus erneuerbaren Quellen beziehen "
     "und einen möglichst großen Teil selbst erzeugen. Die Photovoltaik auf Halle 4 ist der erste Schritt, Halle 2 und "
     "das Lager folgen. Außerdem prüfen wir einen Batteriespeicher, der genau diese Spitzen am Morgen abfängt."),
    ("Stefanie Brandt", "Sie sind in Polen aufgewachsen und haben in Aachen promoviert. Was hat Sie nach Bad Lindenau "
     "gebracht?"),
    ("Aleksander Nowak", "Ehrlich? Die Größe. In einem Konzern hätte ich Berichte über Berichte geschrieben. Hier gehe "
     "ich mit einer Idee zur Geschäftsführung, und vier Wochen später hängt das Messgerät an der Anlage. Und meine Frau "
     "wollte aufs Land, das hat es leichter gemacht."),
    ("Stefanie Brandt", "Zum Schluss: Welche Zahl würden Sie gern in einem Jahr in dieser Zeitung lesen?"),
    ("Aleksander Nowak", "Minus zehn Prozent Energie pro Getriebe. Wenn wir das schaffen, lade ich das Prüffeld auf "
     "einen Kaffee ein. Mit Strom vom eigenen Dach gekocht, versteht sich."),
]


def page7(c):
    chrome(c, 7, "Im Gespräch")
    y = block(
        c,
        TOP,
        [
            P("Interview", "kicker"),
            P("„Jede Kilowattstunde zählt“", "h1"),
            P(
                "Seit einem Jahr kümmert sich Dr. Aleksander Nowak bei Hollenbeck um den Energieverbrauch. Ein "
                "Gespräch über zischende Druckluftleitungen, Lastspitzen am Morgen und ein Prüffeld, das heizt.",
                "lead",
            ),
            P("Stefanie Brandt im Gespräch mit Dr. Aleksander Nowak", "byline"),
        ],
    )
    story = [Photo(170, tone=0.66), P("Dr. Aleksander Nowak im Prüffeld, dem größten Energieverbraucher des Werks. Foto: Nadine Vogel", "caption")]
    for name, text in IV_A:
        story += turn(name, text)
    columns(c, y - 4, BOT, 2, story, "p7 columns", gap=14)


def page8(c):
    chrome(c, 8, "Im Gespräch")
    gap = 14
    colw = (CW - 2 * gap) / 3
    story = []
    for name, text in IV_B:
        story += turn(name, text)
    story += [
        Spacer(0, 4),
        author_box(
            "<b>Stefanie Brandt</b> arbeitet im Personalmarketing und schreibt seit 2022 für das ZAHNRAD. "
            "Sie hat nach dem Gespräch ihre Kaffeemaschine im Büro vom Netz genommen."
        ),
    ]
    frames_fill(
        c,
        [(ML, BOT, colw, TOP - BOT), (ML + colw + gap, BOT, colw, TOP - BOT)],
        story,
        "p8 text",
    )
    side = [
        Photo(250, tone=0.7),
        P("Gelbe Schilder zeigen jetzt, in welcher Reihenfolge die großen Anlagen morgens starten.", "caption"),
        Spacer(0, 6),
        Box(
            [
                P("Energie in Zahlen", "boxhead"),
                P(
                    "Stromverbrauch 2025: 11,4 GWh<br/>davon Prüffeld: 38 Prozent<br/>davon Druckluft: 14 Prozent<br/>"
                    "Gefundene Leckagen: 312<br/>Eigenstrom aus Photovoltaik (Plan 2026): 1,1 GWh<br/>"
                    "Ziel bis Ende 2026: minus 10 Prozent Energie je Getriebe",
                    "box",
                ),
            ],
            rule=ACCENT,
        ),
        Spacer(0, 8),
        Box(
            [
                P("Zur Person", "boxhead"),
                P(
                    "Dr. Aleksander Nowak, 41, studierte Elektrotechnik in Gliwice und promovierte an der RWTH "
                    "Aachen über Lastmanagement in Gießereien. Vor Hollenbeck arbeitete er sieben Jahre für einen "
                    "Energieversorger. Er lebt mit seiner Familie in Niederlindenau.",
                    "box",
                ),
            ]
        ),
    ]
    frames_fill(c, [(ML + 2 * (colw + gap), BOT, colw, TOP - BOT)], side, "p8 side")


# ---------------------------------------------------------------- page 9: Miteinander
LAUF = """
46 Läuferinnen und Läufer in roten Hollenbeck-Trikots, so viele wie nie: Beim 12. Lindenauer Firmenlauf am
25. April stellte unser Unternehmen das drittgrößte Team, hinter der Sparkasse und dem Kreisklinikum. Auf der
6,4 Kilometer langen Strecke am Mühlbach entlang zählte für die meisten nicht die Zeit, sondern das Ankommen.
Ganz vorne mitgemischt haben trotzdem einige: Die schnellste Hollenbeck-Staffel belegte in der Mixed-Wertung
Platz vier.

„Nächstes Jahr knacken wir die 24 Minuten, das habe ich dem Team schon angedroht“, sagte Ayşe Demir aus der
Arbeitsvorbereitung im Ziel, noch ziemlich außer Atem. Sie hatte die Anmeldung organisiert und im Winter eine
Laufgruppe gegründet, die sich dienstags nach der Frühschicht am Werkstor trifft. Neue Mitglieder sind willkommen,
auch langsame.

Für die Verpflegung an der Strecke sorgte das Team der Kantine, das mit einem Stand voller Bananen und
alkoholfreiem Weizenbier die Zuschauer anlockte. Der Erlös aus dem Startgeld, das Hollenbeck für alle Teilnehmenden
übernommen hat, geht in diesem Jahr an die Jugendabteilung des TV Lindenau.
"""

GESUND = """
Rund 180 Beschäftigte nutzten am 12. März den Gesundheitstag in der Kantine. Neben Blutdruckmessung und
Sehtest gab es erstmals eine Rückenanalyse am Gerät und einen Workshop zur Ergonomie am Schreibtisch. „Die meisten
Rückenprobleme entstehen nicht beim Heben, sondern beim stundenlangen Sitzen“, sagt Betriebsärztin Dr. Ingrid
Halvorsen, die den Tag gemeinsam mit der Krankenkasse organisiert hat. Sie rät zu kurzen Pausen im Stehen,
mindestens einmal pro Stunde.

Zum Abschluss trat der Werkschor unter der Leitung von Magdalena Krawczyk auf. Neben „Wir drehen uns um die Welt“
hatte er diesmal einen Schlager aus den Sechzigern im Programm, den er beim Sommerfest am 4. Juli wiederholen will.
"""


def page9(c):
    chrome(c, 9, "Miteinander")
    y = block(
        c,
        TOP,
        [
            P("Firmenlauf", "kicker"),
            P("46 rote Trikots am Mühlbach", "h1"),
            P(
                "Beim Lindenauer Firmenlauf war Hollenbeck so stark vertreten wie nie. Eine Staffel lief "
                "sogar bis knapp vor das Podest.",
                "lead",
            ),
        ],
    )
    story = paras(LAUF)
    story += [P("Text und Foto: Mehmet Arslan", "endby")]
    gap = 14
    colw = (CW - gap) / 2
    ymid = 300
    frames_fill(c, [(ML, ymid, colw, y - 4 - ymid)], story, "p9 run text")
    right = [
        Photo(175, tone=0.66),
        P(
            "Gut gelaunt im Ziel: das Hollenbeck-Team mit (v. l.) TOBIAS KRÜGER, AYŞE DEMIR, FINN O'CONNOR, "
            "MARIA ROSSI und SVEN LUNDQVIST.",
            "caption",
        ),
    ]
    frames_fill(c, [(ML + colw + gap, ymid, colw, y - 4 - ymid)], right, "p9 run photo")
    rule(c, ymid - 6)
    y2 = block(c, ymid - 14, [P("Gesundheitstag", "kicker"), P("Pausen im Stehen, Lieder zum Schluss", "h2")])
    story2 = paras(GESUND) + [P("(mas)", "endby")]
    columns(c, y2 - 2, BOT, 3, story2, "p9 health")


# ---------------------------------------------------------------- page 10: Betriebsrat + Ideen
BR = """
Liebe Kolleginnen und Kollegen,

nach fast einem Jahr Verhandlungen haben Betriebsrat und Geschäftsführung im Februar eine neue
Betriebsvereinbarung zur Schichtarbeit unterschrieben. Ab dem 1. April gilt in Montage, Prüffeld und Lager ein
Schichtmodell, das Ihnen deutlich mehr Planungssicherheit gibt. Die wichtigsten Punkte möchte ich Ihnen hier
zusammenfassen.

Künftig steht der Schichtplan acht Wochen im Voraus fest statt bisher zwei. Kurzfristige Änderungen sind nur noch
mit Zustimmung der Betroffenen möglich. Für die sogenannten „Springer“, die bisher zwischen den Abteilungen hin und
her geschoben wurden, gibt es einen festen Pool mit eigener Zulage. Samstagsschichten werden gleichmäßig verteilt
und mit einem Zuschlag von 35 Prozent vergütet.

Grundlage der Vereinbarung war unsere Umfrage vom vergangenen Sommer, an der sich 71 Prozent der Beschäftigten im
Schichtbetrieb beteiligt haben. Ein Kollege aus der Frühschicht schrieb damals in das Freitextfeld: „Ich will
einfach wissen, ob ich am Geburtstag meiner Tochter arbeiten muss.“ Dieser Satz hat uns durch viele Sitzungen
begleitet.

Natürlich ist nicht jeder Wunsch erfüllt worden. Die Vier-Tage-Woche in der Montage wird zunächst nur in einer
Pilotgruppe erprobt. Wir werden die Erfahrungen im Herbst auswerten und dann neu verhandeln. Bei Fragen sprechen
Sie uns an: Das Betriebsratsbüro in Halle 2 ist montags bis Donnerstag von 7 bis 15 Uhr besetzt.
"""

IDEE = """
Manchmal reicht ein Stück Aluminium, um einer ganzen Abteilung den Tag leichter zu machen. Karin Meißner aus der
Montage hat eine Vorrichtung entworfen, mit der sich die Deckel der Servoline-Getriebe beim Verschrauben nicht mehr
verziehen. Bisher mussten rund zwei Prozent der Deckel nachgearbeitet werden, seit Januar ist es keiner mehr.

„Ich habe mich einfach jeden Tag über dieselbe Stelle geärgert, und irgendwann habe ich eine Skizze auf die
Rückseite eines Lieferscheins gemalt“, sagt Karin Meißner. Die Werkzeugmacher haben aus der Skizze in zwei Wochen
ein funktionierendes Teil gebaut. Die Kommission des Ideenmanagements hat die Einsparung auf rund 21.000 Euro im
Jahr geschätzt; Karin Meißner erhält eine Prämie von 4.200 Euro.

Insgesamt gingen 2025 genau 187 Verbesserungsvorschläge ein, 64 davon wurden umgesetzt. Vorschläge können Sie
jederzeit über das Formular im Intranet oder direkt bei Ihrer Führungskraft einreichen.
"""


def page10(c):
    chrome(c, 10, "Betriebsrat und Ideen")
    y = block(
        c,
        TOP,
        [
            P("Der Betriebsrat informiert", "kicker"),
            P("Das neue Schichtmodell: Was sich ab April ändert", "h1"),
        ],
    )
    story = paras(BR)
    story += [P("Ihre", "sign"), Spacer(0, 2), P("Sabine Hoffmann-Kaya", "signname"), P("Betriebsratsvorsitzende", "sign")]
    ymid = 335
    columns(c, y - 4, ymid, 3, story, "p10 BR")
    rule(c, ymid - 8)
    y2 = block(
        c,
        ymid - 16,
        [
            P("Ideenmanagement", "kicker"),
            P("4.200 Euro für eine Vorrichtung aus Aluminium", "h2"),
            P("Von Piotr Zieliński", "byline"),
        ],
    )
    gap = 13
    colw = (CW - 2 * gap) / 3
    frames_fill(
        c,
        [(ML, BOT, colw, y2 - BOT), (ML + colw + gap, BOT, colw, y2 - BOT)],
        paras(IDEE),
        "p10 idea text",
    )
    frames_fill(
        c,
        [(ML + 2 * (colw + gap), BOT, colw, y2 - BOT)],
        [Photo(110, tone=0.7), P("Karin Meißner mit ihrer Vorrichtung. Foto: Piotr Zieliński", "caption")],
        "p10 idea photo",
    )


# ---------------------------------------------------------------- page 11: Jubiläen
JUBI = [
    ("40 Jahre", ["Werner Schulte, Montage", "Gisela Brandl, Einkauf"]),
    ("35 Jahre", ["Rainer Oberholz, Werkzeugbau", "Ute Lammers, Buchhaltung", "Stanisław Grabowski, Härterei"]),
    ("25 Jahre", [
        "Dragan Petrović, Instandhaltung", "Anja Kowalski, Vertrieb Inland", "Rüdiger Hahn, Versand",
        "Fatma Yılmaz, Qualitätssicherung", "Thomas Berger, Konstruktion",
    ]),
    ("10 Jahre", [
        "Sophie Marchand, Konstruktion", "Kenji Watanabe, Prüffeld", "Emre Şahin, Lager",
        "Claire Fitzgerald, Export", "Niklas Jäger, Montage", "Priya Raghunathan, IT",
        "Jan-Erik Solberg, Arbeitsvorbereitung", "Bianca Ferraro, Personal", "Marek Dvořák, Lackiererei",
        "Helga Timm, Empfang", "Oskar Wendt, Montage", "Leonie Brückner, Controlling", "Yusuf Kaplan, Instandhaltung",
    ]),
]

RUHE = """
Nach 44 Jahren hat sich Heinz-Dieter Vogt Ende Februar in den Ruhestand verabschiedet. Er begann 1982 als
Lehrling im Werkzeugbau, wurde 1991 Meister und leitete zuletzt die Härterei. Generationen von Auszubildenden
haben bei ihm gelernt, wie man einen Härteofen anfährt, ohne den Feueralarm auszulösen. Bei seiner
Verabschiedung in der Kantine war kein Platz mehr frei.

„Ich habe hier mehr Zeit verbracht als zu Hause, und ich bereue keinen einzigen Tag davon. Na gut, vielleicht den
einen Montag im Winter 1987“, sagte Vogt, als ihm die Kolleginnen und Kollegen ein Modell seines alten Ofens
überreichten. Gebaut hatten es die Auszubildenden des dritten Lehrjahrs. Was er mit der freien Zeit anfangen will,
weiß er schon genau: Er will mit seiner Frau die Donau entlang bis zum Schwarzen Meer radeln.

Wir sagen Danke für 44 Jahre und wünschen alles Gute.
"""


def page11(c):
    chrome(c, 11, "Wir gratulieren")
    y = block(
        c,
        TOP,
        [
            P("Jubiläen 2026", "kicker"),
            P("Wir gratulieren", "h1"),
            P(
                "23 Kolleginnen und Kollegen feiern in diesem Jahr ein rundes Dienstjubiläum. Geschäftsführung, "
                "Betriebsrat und Redaktion sagen Danke für die Treue.",
                "lead",
            ),
        ],
    )
    story = []
    for head, names in JUBI:
        story.append(P(head, "sub"))
        for n in names:
            story.append(P(n, "list"))
        story.append(Spacer(0, 4))
    ymid = 390
    columns(c, y - 4, ymid, 3, story, "p11 list")
    rule(c, ymid - 8)
    y2 = block(c, ymid - 16, [P("Ruhestand", "kicker"), P("Abschied nach 44 Jahren: Heinz-Dieter Vogt", "h2")])
    gap = 13
    colw = (CW - 2 * gap) / 3
    frames_fill(
        c,
        [(ML, BOT, colw, y2 - BOT), (ML + colw + gap, BOT, colw, y2 - BOT)],
        paras(RUHE) + [P("(ka)", "endby")],
        "p11 retire text",
    )
    frames_fill(
        c,
        [(ML + 2 * (colw + gap), BOT, colw, y2 - BOT)],
        [
            Photo(120, tone=0.7),
            P("Heinz-Dieter Vogt im Jahr 1982, damals Lehrling im ersten Jahr. Foto: Firmenarchiv", "caption"),
        ],
        "p11 retire photo",
    )


# ---------------------------------------------------------------- page 12: Termine + Impressum
IMPRESSUM = [
    "<b>ZAHNRAD</b> – Die Mitarbeiterzeitung der Hollenbeck Antriebstechnik GmbH<br/>Ausgabe 1 | 2026, 38. Jahrgang",
    "<b>Herausgeber:</b> Hollenbeck Antriebstechnik GmbH, Am Mühlbach 12, 34567 Bad Lindenau",
    "<b>Redaktionsleitung:</b> Katrin Albers",
    "<b>Redaktion:</b> Jonas Petersen, Stefanie Brandt, Mehmet Arslan",
    "<b>Verantwortlich im Sinne des Presserechts:</b> Matthias Ehrenreich",
    "<b>Gestaltung:</b> Studio Feldblau, Kassel",
    "<b>Druck:</b> Druckerei Wendland &amp; Söhne, Bad Lindenau",
    "<b>Auflage:</b> 1.400 Exemplare. Das ZAHNRAD erscheint dreimal im Jahr und wird allen Beschäftigten "
    "kostenlos nach Hause geschickt.",
    "<b>Bildnachweise:</b> Titel: Nadine Vogel; Seite 2: Nadine Vogel; Seite 3: Oliver Sturm; Seite 4: Oliver "
    "Sturm, Grafik: Eleni Papadopoulos; Seite 5 und 6: Jonas Petersen; Seite 7 und 8: Nadine Vogel; "
    "Seite 9: Mehmet Arslan; Seite 10: Piotr Zieliński; Seite 11: Firmenarchiv Hollenbeck",
    "Nachdruck, auch auszugsweise, nur mit Genehmigung der Redaktion. Namentlich gekennzeichnete Beiträge geben "
    "nicht unbedingt die Meinung der Redaktion wieder.",
]

TERMINE = [
    ("18. April", "Tag der offenen Tür mit Führungen durch Halle 4"),
    ("30. April", "Bewerbungsschluss Ausbildung 2026"),
    ("15. Mai", "Redaktionsschluss ZAHNRAD 2 | 2026"),
    ("4. Juli", "Sommerfest auf dem Werksgelände, ab 14 Uhr"),
    ("11. September", "Begrüßung der neuen Auszubildenden"),
    ("27. November", "Betriebsversammlung in der Kantine"),
]


def page12(c):
    chrome(c, 12, "Termine und Impressum")
    gap = 16
    colw = (CW - gap) / 2
    left = [P("Termine 2026", "h2"), Spacer(0, 4)]
    for d, t in TERMINE:
        left.append(P(f"<b>{d}</b><br/>{t}", "list"))
        left.append(Spacer(0, 3))
    left += [
        Spacer(0, 14),
        Box(
            [
                P("Zitat der Ausgabe", "boxhead"),
                P(
                    "„Ein Getriebe ist erst dann gut, wenn der Kunde vergessen hat, dass er eins gekauft hat.“",
                    "pull",
                ),
                P("August Hollenbeck (1921–1998), Gründer des Unternehmens", "pullby"),
            ],
            rule=ACCENT,
        ),
        Spacer(0, 14),
        Box(
            [
                P("Rätsel-Auflösung aus Heft 3 | 2025", "boxhead"),
                P(
                    "Gesucht war das Lösungswort ZAHNFLANKE. Gewonnen haben eine Ballonfahrt über Bad Lindenau "
                    "Fatih Aydın (Versand) und je einen Kantinengutschein Renate Holm (Lager) und Mikael "
                    "Lindgren (Vertrieb). Herzlichen Glückwunsch!",
                    "box",
                ),
            ]
        ),
    ]
    left += [
        Spacer(0, 14),
        Box(
            [
                P("Ihre Meinung zählt", "boxhead"),
                P(
                    "Sie haben ein Thema für die nächste Ausgabe, ein Jubiläum im Team oder ein Foto vom "
                    "Betriebsausflug? Schreiben Sie an zahnrad@hollenbeck-antriebe.example oder werfen Sie "
                    "einen Zettel in den Briefkasten neben der Kantine. Redaktionsschluss für Ausgabe 2 ist "
                    "der 15. Mai 2026.",
                    "box",
                ),
            ]
        ),
        Spacer(0, 14),
        P("Herzlich willkommen", "h2"),
        P(
            "Seit Januar neu an Bord: Amelie Hartung (Personal), Ömer Çelik (Montage), Ruairí Ó Briain "
            "(Vertrieb Export), Chiara Esposito (Konstruktion), Mateusz Wróbel (Instandhaltung), Ingvild Haugen "
            "(Qualitätssicherung) und Deniz Aksoy (Lager). Schön, dass Sie da sind!",
            "list",
        ),
    ]
    frames_fill(c, [(ML, BOT, colw, TOP - BOT)], left, "p12 left")
    right = [
        P("Preisrätsel", "h2"),
        P(
            "Tragen Sie die gesuchten Begriffe rund um Halle 4 ein. Das Lösungswort ergibt sich aus den grauen "
            "Feldern. Einsendeschluss ist der 15. Mai; unter allen richtigen Lösungen verlosen wir eine "
            "Ballonfahrt und zwei Kantinengutscheine.",
            "list",
        ),
        Spacer(0, 4),
        Grid(9, 7),
        Spacer(0, 16),
        P("Impressum", "h2"),
        Spacer(0, 4),
    ] + [P(t, "imp") for t in IMPRESSUM]
    frames_fill(c, [(ML + colw + gap, BOT, colw, TOP - BOT)], right, "p12 impressum")


def main():
    c = canvas.Canvas(str(OUT), pagesize=A4, invariant=1)
    c.setTitle("ZAHNRAD – Die Mitarbeiterzeitung der Hollenbeck Antriebstechnik GmbH, Ausgabe 1 | 2026")
    c.setAuthor("Hollenbeck Antriebstechnik GmbH")
    for fn in [page1, page2, page3, page4, page5, page6, page7, page8, page9, page10, page11, page12]:
        print(fn.__name__)
        fn(c)
        c.showPage()
    c.save()
    print("wrote", OUT)
    if OVERFLOWS:
        raise SystemExit(f"text overflowed its frames on: {OVERFLOWS}")


if __name__ == "__main__":
    main()
