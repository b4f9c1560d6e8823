#!/usr/bin/env python3
"""Generator for the blind test magazine 'turnverein-vereinsheft-2026-de'.

Eschenbrücker Turnblatt 1/2026 - Vereinsheft des (fiktiven) TV Eschenbrück 1887 e.V.
All people, clubs and events are invented. Deterministic: no randomness, no clock.
Run:  /work/writer-venv/bin/python make_turnverein-vereinsheft-2026-de.py
"""
import os
import sys

from reportlab.lib.colors import Color, HexColor, white, black
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Frame, Paragraph, Spacer
from reportlab.pdfgen import canvas as rl_canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "turnverein-vereinsheft-2026-de.pdf")

FONTDIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("Sans", FONTDIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("Sans-Bold", FONTDIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Sans-Oblique", FONTDIR + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("Sans-BoldOblique", FONTDIR + "DejaVuSans-BoldOblique.ttf"))
pdfmetrics.registerFont(TTFont("Cond", FONTDIR + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("Cond-Bold", FONTDIR + "DejaVuSansCondensed-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Cond-Oblique", FONTDIR + "DejaVuSansCondensed-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("Cond-BoldOblique", FONTDIR + "DejaVuSansCondensed-BoldOblique.ttf"))
pdfmetrics.registerFont(TTFont("Serif", FONTDIR + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("Serif-Bold", FONTDIR + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Serif-Italic", FONTDIR + "DejaVuSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("Serif-BoldItalic", FONTDIR + "DejaVuSerif-BoldItalic.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("Sans", normal="Sans", bold="Sans-Bold", italic="Sans-Oblique", boldItalic="Sans-BoldOblique")
registerFontFamily("Cond", normal="Cond", bold="Cond-Bold", italic="Cond-Oblique", boldItalic="Cond-BoldOblique")
registerFontFamily("Serif", normal="Serif", bold="Serif-Bold", italic="Serif-Italic", boldItalic="Serif-BoldItalic")

PW, PH = A4
ML, MR = 40, 40
CW = PW - ML - MR
TOP = PH - 66          # top of content area below running head
BOT = 52               # bottom of content area above footer
SPL6 = 322             # split line on page 6

GREEN = HexColor("#1f6b3a")
LIGHTGREEN = HexColor("#e3efe6")
GREY = HexColor("#b9b9b9")
DARK = HexColor("#222222")
ORANGE = HexColor("#d9822b")

# ---------------------------------------------------------------- styles
body = ParagraphStyle("body", fontName="Serif", fontSize=9.1, leading=12.3,
                      alignment=TA_JUSTIFY, firstLineIndent=0, spaceAfter=0)
body_ind = ParagraphStyle("body_ind", parent=body, firstLineIndent=9)
lead = ParagraphStyle("lead", fontName="Sans-Bold", fontSize=9.6, leading=13,
                      textColor=DARK, spaceAfter=6)
kicker = ParagraphStyle("kicker", fontName="Cond-Bold", fontSize=9, leading=11,
                        textColor=ORANGE, spaceAfter=2)
h1 = ParagraphStyle("h1", fontName="Sans-Bold", fontSize=24, leading=27, textColor=GREEN, spaceAfter=6)
h2 = ParagraphStyle("h2", fontName="Sans-Bold", fontSize=15, leading=18, textColor=GREEN, spaceAfter=4)
h3 = ParagraphStyle("h3", fontName="Sans-Bold", fontSize=11, leading=13.5, textColor=DARK, spaceAfter=3)
byline = ParagraphStyle("byline", fontName="Cond-Oblique", fontSize=8.5, leading=11, textColor=DARK, spaceAfter=6)
endsig = ParagraphStyle("endsig", fontName="Cond-Oblique", fontSize=8.5, leading=11, alignment=TA_RIGHT, spaceBefore=3)
caption = ParagraphStyle("caption", fontName="Cond", fontSize=7.4, leading=9.2, textColor=HexColor("#444444"),
                         spaceBefore=2, spaceAfter=8)
small = ParagraphStyle("small", fontName="Cond", fontSize=8, leading=10.4)
smallb = ParagraphStyle("smallb", parent=small, fontName="Cond-Bold")
jump = ParagraphStyle("jump", fontName="Sans-Bold", fontSize=8, leading=11, textColor=GREEN,
                      alignment=TA_RIGHT, spaceBefore=4)
jumpfrom = ParagraphStyle("jumpfrom", fontName="Sans-Bold", fontSize=8, leading=11, textColor=GREEN, spaceAfter=1)
pull = ParagraphStyle("pull", fontName="Serif-BoldItalic", fontSize=15, leading=19, textColor=GREEN,
                      alignment=TA_LEFT, spaceBefore=6, spaceAfter=2)
pullsrc = ParagraphStyle("pullsrc", fontName="Cond", fontSize=8, leading=10, textColor=DARK, spaceAfter=10)
boxh = ParagraphStyle("boxh", fontName="Sans-Bold", fontSize=10, leading=12.5, textColor=GREEN, spaceAfter=3)
boxt = ParagraphStyle("boxt", fontName="Cond", fontSize=8.3, leading=10.8, alignment=TA_LEFT)
qa_q = ParagraphStyle("qa_q", fontName="Sans-Bold", fontSize=8.5, leading=11.4, spaceBefore=5, textColor=GREEN)
qa_a = ParagraphStyle("qa_a", parent=body)


def P(text, style=body):
    return Paragraph(text, style)


def paras(text, style=body_ind, first=body):
    """Split a block of text on blank lines into Paragraphs."""
    out = []
    for i, chunk in enumerate([t.strip() for t in text.strip().split("\n\n") if t.strip()]):
        chunk = " ".join(chunk.split())
        out.append(Paragraph(chunk, first if i == 0 else style))
    return out


class Photo(Flowable):
    """A grey placeholder rectangle standing for a photograph."""

    def __init__(self, height, width=None, tone=0.72):
        super().__init__()
        self.h = height
        self.w = width
        self.tone = tone

    def wrap(self, aw, ah):
        self._w = self.w or aw
        return self._w, self.h

    def draw(self):
        c = self.canv
        c.setFillColor(Color(self.tone, self.tone, self.tone))
        c.setStrokeColor(Color(self.tone - 0.1, self.tone - 0.1, self.tone - 0.1))
        c.rect(0, 0, self._w, self.h, fill=1, stroke=1)
        c.setStrokeColor(Color(self.tone + 0.08, self.tone + 0.08, self.tone + 0.08))
        c.line(0, 0, self._w, self.h)
        c.line(0, self.h, self._w, 0)


class Rule(Flowable):
    def __init__(self, color=GREEN, thick=0.8, space=4):
        super().__init__()
        self.color, self.thick, self.space = color, thick, space

    def wrap(self, aw, ah):
        self._w = aw
        return aw, self.space * 2

    def draw(self):
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(self.thick)
        self.canv.line(0, self.space, self._w, self.space)


def stack(c, flowables, x, ytop, w):
    """Draw flowables one under another, full width; return new y."""
    y = ytop
    for f in flowables:
        fw, fh = f.wrap(w, 2000)
        sb = getattr(f, "style", None)
        before = sb.spaceBefore if sb is not None else 0
        after = sb.spaceAfter if sb is not None else 0
        y -= before
        f.drawOn(c, x, y - fh)
        y -= fh + after
    return y


REPORT = []


def fill(f, story, canv):
    """Fill one Frame from the story, splitting paragraphs across frames."""
    while story:
        head = story[0]
        if f.add(head, canv, trySplit=0):
            del story[0]
            continue
        parts = f.split(head, canv)
        if not parts:
            return
        if not f.add(parts[0], canv, trySplit=0):
            return
        story[0:1] = parts[1:]


def columns(c, story, x, ytop, ybot, ncol, w=None, gap=13, label=""):
    """Flow a story through ncol columns; error on overflow."""
    w = CW if w is None else w
    colw = (w - gap * (ncol - 1)) / ncol
    story = list(story)
    free = []
    for i in range(ncol):
        f = Frame(x + i * (colw + gap), ybot, colw, ytop - ybot,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, showBoundary=0)
        fill(f, story, c)
        free.append(round(f._y - f._y1))
    if story:
        raise SystemExit("OVERFLOW p%d %s: %d flowables left, first: %r" %
                         (c.getPageNumber(), label, len(story), str(getattr(story[0], "text", story[0]))[:80]))
    REPORT.append("p%d %-22s free per column: %s" % (c.getPageNumber(), label, free))
    return colw


def _fits(story, ncol, colw, gap, h):
    import io
    tc = rl_canvas.Canvas(io.BytesIO())
    st = list(story)
    for i in range(ncol):
        f = Frame(0, 0, colw, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        fill(f, st, tc)
    return not st


def bcolumns(c, story, x, ytop, ybot_min, ncol, w=None, gap=13, label=""):
    """Balanced columns: the smallest equal height that holds the story. Returns the bottom y."""
    w = CW if w is None else w
    colw = (w - gap * (ncol - 1)) / ncol
    lo, hi = 10.0, float(ytop - ybot_min)
    if not _fits(story, ncol, colw, gap, hi):
        raise SystemExit("OVERFLOW p%d %s (balanced)" % (c.getPageNumber(), label))
    while hi - lo > 1:
        mid = (lo + hi) / 2
        if _fits(story, ncol, colw, gap, mid):
            hi = mid
        else:
            lo = mid
    h = hi + 1
    columns(c, story, x, ytop, ytop - h, ncol, w=w, gap=gap, label=label)
    return ytop - h


def box(c, x, ybot, w, h, fill=LIGHTGREEN, stroke=None):
    c.setFillColor(fill)
    if stroke:
        c.setStrokeColor(stroke)
    c.rect(x, ybot, w, h, fill=1, stroke=1 if stroke else 0)


def running_head(c, left, issue="Eschenbrücker Turnblatt 1/2026"):
    c.setFillColor(GREEN)
    c.rect(0, PH - 40, PW, 40, fill=1, stroke=0)
    c.setFillColor(white)
    c.setFont("Sans-Bold", 11)
    c.drawString(ML, PH - 26, left)
    c.setFont("Cond", 8.5)
    c.drawRightString(PW - MR, PH - 26, issue)


def footer(c, n):
    c.setStrokeColor(GREEN)
    c.setLineWidth(0.6)
    c.line(ML, 38, PW - MR, 38)
    c.setFillColor(DARK)
    c.setFont("Sans-Bold", 9)
    if n % 2 == 0:
        c.drawString(ML, 24, str(n))
        c.setFont("Cond", 7.5)
        c.drawRightString(PW - MR, 24, "TV Eschenbrück 1887 e.V. · www.tv-eschenbrueck.example")
    else:
        c.drawRightString(PW - MR, 24, str(n))
        c.setFont("Cond", 7.5)
        c.drawString(ML, 24, "TV Eschenbrück 1887 e.V. · www.tv-eschenbrueck.example")


# ====================================================================== pages

def page1(c):
    # cover
    c.setFillColor(GREEN)
    c.rect(0, PH - 190, PW, 190, fill=1, stroke=0)
    c.setFillColor(white)
    c.setFont("Sans-Bold", 44)
    c.drawString(ML, PH - 95, "Eschenbrücker")
    c.setFont("Sans-Bold", 44)
    c.drawString(ML, PH - 142, "Turnblatt")
    c.setFont("Cond", 11)
    c.drawString(ML, PH - 170, "Vereinsheft des TV Eschenbrück 1887 e.V.")
    c.setFont("Cond-Bold", 11)
    c.drawRightString(PW - MR, PH - 170, "Ausgabe 1/2026 · März bis Mai")
    c.setFont("Cond-Bold", 9)
    c.drawRightString(PW - MR, PH - 60, "58. Jahrgang")
    # cover photo
    ph = Photo(400, CW, tone=0.66)
    ph.wrap(CW, 400)
    ph.drawOn(c, ML, PH - 615)
    y = stack(c, [P("Unser Titelbild: Die E-Jugend der Handballer beim „Eschenbrücker Wintercup“ im Januar "
                    "in der Realschulhalle.", caption)], ML, PH - 620, CW)
    # teasers
    teas = [
        ("Handball", "Die Erste kämpft sich aus dem Tabellenkeller", "Seite 3"),
        ("Leichtathletik", "Elf Kreismeistertitel und ein Rekord in der Halle", "Seite 5"),
        ("Porträt", "Sechzig Jahre im Verein: Gerhard Brzezinski", "Seite 7"),
        ("Gerätturnen", "Neue Trainerin Yuki Tanabe-Roth im Interview", "Seite 10"),
    ]
    x = ML
    w = (CW - 3 * 10) / 4
    for k, t, s in teas:
        c.setFillColor(LIGHTGREEN)
        c.rect(x, 60, w, 88, fill=1, stroke=0)
        stack(c, [P(k, kicker), P(t, ParagraphStyle("tt", fontName="Sans-Bold", fontSize=10, leading=12.5)),
                  P(s, ParagraphStyle("ts", fontName="Cond", fontSize=8, leading=10, textColor=GREEN))],
              x + 6, 142, w - 12)
        x += w + 10
    c.setFillColor(DARK)
    c.setFont("Cond", 7.5)
    c.drawString(ML, 40, "Mitgliederzeitschrift · erscheint viermal im Jahr · für Mitglieder kostenlos")


GRUSSWORT = """
der Winter war lang, die Hallen waren voll – und das ist für einen Turnverein die beste Nachricht, die es
gibt. Mit 1.412 Mitgliedern sind wir zum Jahresbeginn so groß wie nie zuvor in unserer fast 140-jährigen
Geschichte. Besonders erfreulich: Mehr als ein Drittel davon ist jünger als 18 Jahre. Das verdanken wir vor
allem den vielen Übungsleiterinnen und Übungsleitern, die Woche für Woche in der Halle stehen, Matten
schleppen, Anwesenheitslisten führen und dabei auch noch gute Laune verbreiten.

Beim Neujahrsempfang der Stadt hat Bürgermeisterin Henrike Lammers unseren Verein ausdrücklich gelobt.
„Ohne Vereine wie den TVE wäre Eschenbrück ein ärmerer Ort, sportlich wie menschlich“, sagte sie vor rund
200 Gästen im Ratssaal. Ich habe dieses Lob gern entgegengenommen – und gebe es hiermit an euch weiter,
denn verdient habt ihr es.

Nicht alles ist einfach. Die Sanierung der Sporthalle Am Mühlbach verzögert sich weiter, und mehrere
Abteilungen müssen noch bis mindestens zu den Sommerferien mit Ausweichzeiten leben. Der Vorstand hat mit
der Stadt zusätzliche Stunden in der Realschulhalle vereinbart. Über die neuen Zeiten informiert euch unsere
Geschäftsstelle auf Seite 9.

Auch finanziell stehen wir solide da. Die Beiträge bleiben 2026 stabil, obwohl Energie und Hallenmieten
teurer geworden sind. Möglich macht das nicht zuletzt unser Förderverein, der im vergangenen Jahr neue
Turnmatten, zwei Sprungbretter und einen Satz Hürden finanziert hat. Dafür ein herzliches Dankeschön an alle
Spenderinnen und Spender.

Zum Schluss eine Einladung: Unsere Jahreshauptversammlung findet am Freitag, 24. April, um 19.30 Uhr im
Vereinsheim statt. Neben den Berichten der Abteilungen stehen Wahlen zum Vorstand an, und wir ehren
langjährige Mitglieder. Kommt zahlreich, redet mit und bringt eure Ideen ein! Getreu dem alten Wahlspruch
der Turner, „Frisch, fromm, fröhlich, frei“, wünsche ich euch einen sportlichen und gesunden Frühling.
"""


def page2(c):
    running_head(c, "Inhalt · Grußwort")
    # left: contents in a tinted column
    lw = 150
    box(c, ML, BOT, lw, TOP - BOT)
    toc = [("2", "Grußwort des Vorsitzenden"),
           ("3", "Handball: Die Erste auf Aufholjagd"),
           ("4", "Minis in Talheim · Damen mit neuem Gesicht · Schiedsrichter gesucht"),
           ("5", "Leichtathletik: Hallenkreismeisterschaften"),
           ("5", "Sportabzeichen 2025"),
           ("6", "Kinderturnen: Dschungelfieber beim Kinderturnfest"),
           ("6", "Eltern-Kind-Turnen jetzt auch samstags"),
           ("7", "Porträt: Sechzig Jahre und kein bisschen müde"),
           ("9", "Aus dem Verein · Hallenzeiten · Leserbrief · Sommerfest"),
           ("10", "Interview: Neue Trainerin im Gerätturnen"),
           ("11", "Jubilare, Geburtstage, Termine"),
           ("12", "Impressum · Ansprechpartner")]
    st = [P("Inhalt", ParagraphStyle("toch", fontName="Sans-Bold", fontSize=18, leading=22, textColor=GREEN,
                                      spaceAfter=10))]
    for n, t in toc:
        st.append(P("<b>%s</b>  %s" % (n, t), ParagraphStyle("toc", fontName="Cond", fontSize=9, leading=12,
                                                             spaceAfter=6, leftIndent=14, firstLineIndent=-14)))
    st += [Spacer(1, 12), Rule(),
           P("Geschäftsstelle", boxh),
           P("Am Sportpark 4, Eschenbrück<br/>Montag und Mittwoch 9 bis 12 Uhr<br/>Telefon 07354 88 21 40<br/>"
             "info@tv-eschenbrueck.example", boxt), Spacer(1, 8),
           P("Redaktionsschluss für Heft 2/2026 ist der <b>15. Mai 2026</b>. Beiträge und Fotos bitte an "
             "redaktion@tv-eschenbrueck.example schicken.", boxt)]
    columns(c, st, ML + 8, TOP - 10, BOT + 8, 1, w=lw - 16, label="toc")
    # right: Grußwort
    x = ML + lw + 18
    w = PW - MR - x
    y = stack(c, [P("Grußwort", kicker),
                  P("Liebe Mitglieder, liebe Freundinnen und Freunde des TVE,", h2)], x, TOP - 4, w)
    story = [Photo(118), P("Reinhard Kolbeck", caption)] + paras(GRUSSWORT)
    story += [Spacer(1, 8),
              P("Euer", ParagraphStyle("sig", parent=body, fontName="Serif-Italic")),
              P("Reinhard Kolbeck", ParagraphStyle("sign", parent=body, fontName="Sans-Bold", fontSize=10,
                                                   leading=14)),
              P("1. Vorsitzender", body)]
    yb = bcolumns(c, story, x, y, BOT + 150, 2, w=w, label="grusswort")
    # invitation box below
    bh = yb - 14 - BOT
    box(c, x, BOT, w, bh, fill=HexColor("#fbeedd"))
    inv = [P("Einladung zur Jahreshauptversammlung", boxh),
           P("Freitag, 24. April 2026, 19.30 Uhr, Vereinsheim am Sportpark. Tagesordnung:", boxt), Spacer(1, 3),
           P("1. Begrüßung und Feststellung der Beschlussfähigkeit<br/>2. Berichte des Vorstands und der "
             "Abteilungen<br/>3. Kassenbericht und Bericht der Kassenprüfer<br/>4. Entlastung des Vorstands", boxt),
           P("5. Wahlen: 2. Vorsitz, Kassenwart, Jugendwart<br/>6. Ehrungen langjähriger Mitglieder<br/>"
             "7. Anträge (bis 10. April schriftlich)<br/>8. Verschiedenes", boxt)]
    columns(c, inv, x + 8, BOT + bh - 8, BOT + 4, 2, w=w - 16, label="einladung")
    footer(c, 2)


# ---------------------------------------------------------------- Handball

HB_MAIN_1 = """
Wer Mitte Dezember in die Tabelle der Bezirksliga schaute, musste sich Sorgen machen. Platz zwölf, nur vier
Punkte aus elf Spielen, dazu eine Verletztenliste, die länger war als die Ersatzbank: Die Erste Herren des
TVE steckte tief im Abstiegskampf. Drei Monate später sieht die Welt anders aus. Sechs Siege in Folge haben
die Mannschaft auf Rang sieben geführt, der Abstand zu den Abstiegsplätzen beträgt inzwischen komfortable
acht Punkte.

Die Gründe für den schwachen Start waren schnell gefunden. Gleich am ersten Spieltag verletzte sich
Spielmacher Florian Weißkopf am Knie, zwei Wochen später fiel auch Rückraumschütze Emre Doğan mit einem
Mittelhandbruch aus. Hinzu kamen knappe Niederlagen, die das Selbstvertrauen kosteten: Viermal verlor der TVE
mit nur einem Tor Unterschied, zweimal davon durch Gegentreffer in den letzten zehn Sekunden.

„Wir haben im Dezember nicht alles über den Haufen geworfen, sondern an Kleinigkeiten gearbeitet“, sagt
Trainer Dariusz Nowicki. „Die Abwehr steht kompakter, und wir laufen endlich wieder die zweite Welle.“
Tatsächlich kassierte der TVE in der Rückrunde im Schnitt nur noch 24 Gegentore pro Spiel, in der Hinrunde
waren es fast 30 gewesen. Nowicki hatte in der Weihnachtspause zusätzliche Einheiten im Kraftraum angesetzt
und die Abwehr von einer offensiven 3:2:1- auf eine kompakte 6:0-Formation umgestellt.

Den Wendepunkt markierte das Derby gegen den TSV Obermühl am zweiten Januarwochenende. Vor mehr als 300
Zuschauern in der Realschulhalle lag der TVE zur Pause mit drei Toren zurück, ehe Torhüter Kai-Uwe Brandt mit
mehreren Paraden in Folge die Wende einleitete. Am Ende stand ein 27:25-Erfolg, der nach Aussage vieler
Spieler mehr wert war als zwei Punkte.

„Nach dem Spiel saßen wir noch eine Stunde in der Kabine und haben einfach nur geredet. Da ist etwas
entstanden.“ So beschreibt Kapitän Jonas Eberle den Abend. Der 29-Jährige führt die Mannschaft seit dieser
Saison an und ist mit 71 Treffern zugleich bester Werfer des Teams. Von seiner Ruhe im Angriff profitieren
vor allem die jungen Außen, die erst im Sommer aus der A-Jugend nachgerückt sind.

Auch die Rückkehr von Linkshänder Florian Weißkopf nach seinem Kreuzbandriss hat geholfen. Im Spiel gegen
den Tabellendritten aus Lindenau stand er erstmals seit März wieder länger auf der Platte und traf fünfmal,
darunter zweimal vom Siebenmeterpunkt. Er selbst blieb nach dem Abpfiff bescheiden: „Ich bin einfach froh,
dass das Knie hält.“

Dass die Mannschaft so geschlossen auftritt, hat auch mit dem Umfeld zu tun. Die Fans der „Mühlbach-Kurve“
begleiten das Team inzwischen auch zu Auswärtsspielen, und beim Heimspiel gegen Lindenau verkaufte der
Förderverein so viele Waffeln wie nie zuvor. Abteilungsleiterin Stefanie Vogt-Ramadani freut sich über die
Entwicklung: „Wir merken, dass die Leute wieder Lust auf Handball in Eschenbrück haben. Das ist für unsere
Jugend ein ganz wichtiges Signal.“
"""

HB_MAIN_2 = """
Tatsächlich kommen inzwischen regelmäßig ganze Jugendmannschaften zu den Heimspielen der Ersten. Die
C-Jugend läuft seit Januar vor jedem Heimspiel mit den Spielern ein, eine Idee von Kapitän Eberle, die bei
Kindern und Eltern gleichermaßen gut ankommt. Mehrere Spieler der Ersten trainieren zudem selbst
Jugendmannschaften, Torhüter Brandt etwa die D-Jugend.

Sportlich gibt es trotz des Aufschwungs noch Baustellen. Im Positionsangriff gegen offensive Abwehrreihen tut
sich die Mannschaft weiterhin schwer, und die Chancenverwertung von den Außenpositionen liegt deutlich unter
dem Ligaschnitt. Im Training wird deshalb seit Wochen vor allem an Würfen aus spitzem Winkel gefeilt. Dazu
kommt die dünne Personaldecke auf der Torhüterposition: Fällt Brandt aus, steht mit Lukas Hennig ein
A-Jugendlicher zwischen den Pfosten.

Bis zum Saisonende stehen noch sechs Partien aus, darunter das Rückspiel in Obermühl am 18. April. Von
Tabellenrechnerei will Nowicki nichts wissen. Er sagt: „Jedes Spiel ist ein Endspiel. Das klingt
abgedroschen, ist aber so.“ Das Saisonziel ist ohnehin längst ein anderes als im Dezember: ein Platz unter
den ersten sechs und ein gelungener Abschluss beim „Rasen-Cup am Mühlbach“ im Juni, für den sich bereits
zwölf Mannschaften angemeldet haben.
"""

HB_MINIS = """
Zum ersten Mal seit Jahren hat der TVE wieder zwei Mannschaften zum Minispielfest nach Talheim geschickt.
Achtzehn Kinder zwischen fünf und acht Jahren spielten dort auf verkleinerten Feldern. Ergebnisse wurden wie
immer nicht gezählt – was die Kinder selbst freilich anders sahen. „Ich hab drei Tore geworfen, drei!“, rief
die sechsjährige Mia nach ihrem ersten Spiel und hielt zur Sicherheit drei Finger in die Höhe.

Betreut wurden die Minis von Claudia Brenner und Yusuf Çelik, die das Training immer freitags um 15 Uhr in
der kleinen Halle leiten. Neue Kinder sind jederzeit willkommen; Hallenschuhe und eine Trinkflasche genügen
für den Anfang.
"""

HB_DAMEN = """
Nach dem Rückzug aus der Landesliga im vergangenen Sommer hat sich die Damenmannschaft neu aufgestellt.
Sieben Spielerinnen sind aus der eigenen A-Jugend nachgerückt, das Durchschnittsalter liegt jetzt bei gerade
einmal 21 Jahren. In der Kreisoberliga belegt das Team nach 14 Spielen einen ordentlichen fünften Platz.

Trainerin Ewa Malinowska setzt bewusst auf Tempo: „Wir sind nicht die Größten, also müssen wir die
Schnellsten sein.“ Dass dieses Konzept aufgeht, zeigte zuletzt der 31:22-Sieg gegen den Spitzenreiter aus
Hohenfeld. Für die kommende Saison sucht die Mannschaft noch Verstärkung, vor allem im Rückraum.
"""

HB_SCHIRI = """
Ohne Schiedsrichter kein Spielbetrieb: Der Handballverband verlangt von jedem Verein eine bestimmte Zahl
aktiver Unparteiischer, sonst drohen Geldstrafen und im schlimmsten Fall Punktabzüge. Der TVE erfüllt sein
Soll derzeit nur knapp.

Deshalb bieten wir im Mai einen Neulingslehrgang an, der an zwei Wochenenden im Vereinsheim stattfindet.
Teilnehmen kann jede und jeder ab 14 Jahren, Vorkenntnisse sind nicht nötig. Die Lehrgangsgebühr übernimmt
der Verein, dazu gibt es für jedes gepfiffene Spiel eine Aufwandsentschädigung.

Wer Fragen hat, spricht mich einfach beim Training an.
"""


def standings_table():
    from reportlab.platypus import Table, TableStyle
    rows = [["Pl.", "Mannschaft", "Sp.", "Pkt."],
            ["1", "HSG Hohenfeld", "19", "32:6"],
            ["2", "SG Talheim-Rosenbach", "19", "29:9"],
            ["3", "HSG Lindenau", "19", "27:11"],
            ["4", "TSV Obermühl", "19", "22:16"],
            ["5", "TV Kernried", "18", "20:16"],
            ["6", "SV Bad Wendlingen", "19", "19:19"],
            ["7", "TV Eschenbrück", "19", "18:20"],
            ["8", "HC Staufenberg", "18", "16:20"],
            ["…", "", "", ""],
            ["13", "TSG Wiesental II", "19", "8:30"],
            ["14", "SG Oberes Tal", "19", "4:34"]]
    t = Table(rows, colWidths=[20, 92, 22, 30], rowHeights=12)
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "Cond", 7.8),
        ("FONT", (0, 0), (-1, 0), "Cond-Bold", 7.8),
        ("FONT", (0, 7), (-1, 7), "Cond-Bold", 7.8),
        ("BACKGROUND", (0, 7), (-1, 7), HexColor("#c9e2cf")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, GREEN),
        ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return t


def page3(c):
    running_head(c, "Abteilung Handball")
    y = stack(c, [P("Bezirksliga Herren", kicker),
                  P("Mit Kampfgeist raus aus dem Keller", h1),
                  P("Nach einer verkorksten Hinrunde hat sich die Erste Herren mit sechs Siegen in Folge ins "
                    "Mittelfeld der Bezirksliga vorgearbeitet. Eine Zwischenbilanz zur Halbzeit der Rückrunde.",
                    lead),
                  P("Bericht: Tobias Wendland", byline)], ML, TOP, CW)
    # photo across columns 2-3 at top
    colw = (CW - 26) / 3
    pw = colw * 2 + 13
    ph = Photo(190, pw)
    ph.wrap(pw, 190)
    px = ML + colw + 13
    ph.drawOn(c, px, y - 190)
    cap = P("Kreisläufer Jonas Eberle setzt sich im Heimspiel gegen die HSG Lindenau durch. "
            "Foto: Kerstin Albers", caption)
    cw_, chh = cap.wrap(pw, 100)
    cap.drawOn(c, px, y - 194 - chh)
    ytop2 = y - 194 - chh - 10
    # standings box at the foot of column 3
    tbl = standings_table()
    tw, th = tbl.wrap(colw, 500)
    bh = th + 34
    bx = ML + 2 * (colw + 13)
    box(c, bx, BOT, colw, bh)
    stack(c, [P("Bezirksliga Männer (Stand 15. März)", ParagraphStyle("tb", parent=boxh, fontSize=8.6,
                                                                       leading=10.5))], bx + 4, BOT + bh - 5,
          colw - 8)
    tbl.drawOn(c, bx + (colw - tw) / 2, BOT + 5)
    story = paras(HB_MAIN_1)
    f = Frame(ML, BOT, colw, y - BOT, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    fill(f, story, c)
    free = [round(f._y - f._y1)]
    for i, yb in ((1, BOT), (2, BOT + bh + 12)):
        f = Frame(ML + i * (colw + 13), yb, colw, ytop2 - yb, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
        fill(f, story, c)
        free.append(round(f._y - f._y1))
    REPORT.append("p3 hb-main-1             free per column: %s" % free)
    if story:
        raise SystemExit("OVERFLOW p3: %r" % story[0].text[:80])
    footer(c, 3)


def page4(c):
    running_head(c, "Abteilung Handball")
    # continuation of the main report (no jump line: it simply runs on)
    story = paras(HB_MAIN_2, first=body_ind)
    ysplit = bcolumns(c, story, ML, TOP, 300, 3, label="hb-main-2")
    c.setStrokeColor(GREEN)
    c.setLineWidth(1.2)
    c.line(ML, ysplit - 8, PW - MR, ysplit - 8)
    colw = (CW - 30) / 3
    xs = [ML + i * (colw + 15) for i in range(3)]
    s1 = [P("Jugend", kicker), P("Minis: Großer Auftritt in Talheim", h2)] + paras(HB_MINIS) + \
         [P("– Aylin Demirci", endsig)]
    yb1 = bcolumns(c, s1, xs[0], ysplit - 20, BOT, 1, w=colw, label="minis")
    # home games box under the minis item
    box(c, xs[0], BOT, colw, yb1 - 12 - BOT)
    hs = [P("Heimspiele im April", boxh),
          P("<b>Sa 11.4., 18 Uhr</b><br/>Herren I – HC Staufenberg", boxt), Spacer(1, 3),
          P("<b>So 12.4., 15 Uhr</b><br/>Damen – TSV Kernried", boxt), Spacer(1, 3),
          P("<b>Sa 25.4., 19 Uhr</b><br/>Herren I – SV Bad Wendlingen", boxt), Spacer(1, 3),
          P("Alle Spiele in der Realschulhalle.", boxt)]
    columns(c, hs, xs[0] + 7, yb1 - 18, BOT + 4, 1, w=colw - 14, label="heimspiele")
    s2 = [P("Damen", kicker), P("Neustart mit vielen jungen Gesichtern", h2),
          P("Von Piotr Zieliński", byline), Photo(96),
          P("Jung, schnell, hungrig: die neu formierte Damenmannschaft. Foto: Piotr Zieliński", caption)] + \
        paras(HB_DAMEN)
    columns(c, s2, xs[1], ysplit - 20, BOT, 1, w=colw, label="damen")
    s3 = [P("In eigener Sache", kicker), P("Schiedsrichter gesucht!", h2), Photo(95),
          P("Pfeife, Karten, Regelheft: Beim Neulingslehrgang 2025 im Vereinsheim.", caption)] + \
        paras(HB_SCHIRI) + \
         [P("Jörg Pawlak, Schiedsrichterwart", endsig)]
    columns(c, s3, xs[2], ysplit - 20, BOT, 1, w=colw, label="schiri")
    c.setStrokeColor(GREY)
    c.setLineWidth(0.5)
    for xx in xs[1:]:
        c.line(xx - 7.5, ysplit - 20, xx - 7.5, BOT)
    footer(c, 4)


# ---------------------------------------------------------------- Leichtathletik

LA_1 = """
Schon am frühen Samstagmorgen war klar, dass es ein langer Tag werden würde. 34 Athletinnen und Athleten des
TVE hatten für die Hallenkreismeisterschaften gemeldet, so viele wie seit Jahren nicht mehr. Am Sonntagabend
standen elf Kreismeistertitel, neun zweite und sieben dritte Plätze zu Buche – in der Vereinswertung
bedeutete das Platz eins, deutlich vor der LG Talheim-Rosenbach.

Herausragend war der Auftritt von Leonie Adeyemi. Die 15-Jährige gewann in der Altersklasse W15 die 60 Meter
in 7,79 Sekunden und verbesserte damit einen Kreisrekord, der seit 1997 Bestand hatte. „Ich habe auf die
Anzeigetafel geschaut und erst gedacht, da ist ein Fehler drin“, erzählte sie hinterher lachend. Eine halbe
Stunde später holte sie sich auch noch den Titel im Weitsprung.

Ihr Trainer Bernd Hagedorn, der die Sprintgruppe seit mehr als zwanzig Jahren betreut, ist vorsichtig mit
Prognosen. „Leonie ist talentiert, aber vor allem ist sie fleißig. Wenn sie gesund bleibt, ist bei den
Süddeutschen Meisterschaften einiges möglich.“

Im Kugelstoßen der Männer sicherte sich Mateusz Grabowski mit 14,12 Metern seinen dritten Kreistitel in
Folge. Bei den Seniorinnen war einmal mehr Verlass auf Renate Pohlmann, die mit 68 Jahren über 200 Meter
allen Konkurrentinnen ihrer Altersklasse davonlief und dabei eine neue persönliche Hallenbestzeit
aufstellte.
"""

LA_2 = """
Bemerkenswert war auch die Breite des Teams. In der U14 standen gleich fünf Eschenbrücker Kinder in den
Endläufen über 60 Meter Hürden, und die Staffel der weiblichen U16 über 4 × 200 Meter gewann in 1:47,36
Minuten mit fast zwei Sekunden Vorsprung. Schlussläuferin Zeynep Arslan hatte den Stab als Zweite übernommen
und die Führung auf der letzten Runde noch herausgelaufen.

Nicht alles lief nach Plan. Hochspringer Nils Haraldsen, im Vorjahr noch Kreismeister, musste wegen
Wadenproblemen auf einen Start verzichten und feuerte seine Trainingskameraden stattdessen von der Tribüne
aus an. Und im Dreisprung der Frauen blieb der erhoffte Titel knapp aus, weil der letzte Versuch um zwei
Zentimeter übertreten war.

Erfreulich aus Sicht der Trainer: Viele der Medaillengewinner stammen aus der Talentgruppe, die der TVE vor
drei Jahren gemeinsam mit der Grundschule Eschenbrück-Nord ins Leben gerufen hat. Dort trainieren Kinder ab
acht Jahren zweimal pro Woche, betreut von Übungsleitern des Vereins und von Sportlehrkräften der Schule. Das
Projekt wird vom Landessportbund gefördert und soll im Herbst auf eine zweite Schule ausgeweitet werden.

Bei der Siegerehrung würdigte Kreisvorsitzender Jürgen Ostwald die Nachwuchsarbeit des TVE: „Was in
Eschenbrück seit Jahren im Sprint passiert, ist vorbildlich für den ganzen Kreis.“

Für die Sommersaison hat sich die Abteilung einiges vorgenommen. Über Ostern fahren 22 Jugendliche ins
Trainingslager nach Lignano, und am 16. Mai richtet der TVE selbst das „Eschenbrücker Abendsportfest“
im Sportpark aus. Dafür werden noch Kampfrichterinnen, Zeitnehmer und Kuchenspenden gesucht.
"""

SPORTABZEICHEN = """
Das Deutsche Sportabzeichen bleibt beim TVE beliebt: 63 Mal wurde es im vergangenen Jahr auf unserem
Sportplatz abgenommen, davon 41 Mal bei Kindern und Jugendlichen. Die älteste Teilnehmerin war 81 Jahre alt,
der jüngste Teilnehmer gerade einmal sechs. Die Urkunden werden bei der Jahreshauptversammlung überreicht.

Die Abnahmetermine für 2026 beginnen am 5. Mai, jeweils dienstags ab 18 Uhr. Wer selbst Prüferin oder Prüfer
werden möchte: Wir freuen uns über jede Unterstützung!
"""


def page5(c):
    running_head(c, "Abteilung Leichtathletik")
    mainw = CW - 165
    y = stack(c, [P("Hallenkreismeisterschaften", kicker),
                  P("Elf Titel und ein Kreisrekord", h1),
                  P("Bei den Hallenkreismeisterschaften in Bad Wendlingen war der TVE der erfolgreichste Verein. "
                    "Vor allem der Nachwuchs sorgte für Schlagzeilen.", lead),
                  P("Text und Fotos: Annika Lindqvist", byline)], ML, TOP, mainw)
    ph = Photo(165, mainw)
    ph.wrap(mainw, 165)
    ph.drawOn(c, ML, y - 165)
    y = stack(c, [P("Leonie Adeyemi (Mitte) nach ihrem Rekordlauf über 60 Meter.", caption)], ML, y - 167, mainw)
    story = paras(LA_1) + [P("weiter auf Seite 9 ›", jump)]
    yb = bcolumns(c, story, ML, y - 2, BOT + 90, 2, w=mainw, label="la-1")
    # results box
    box(c, ML, BOT, mainw, yb - 12 - BOT, fill=HexColor("#f1f1f1"))
    rl = ParagraphStyle("rl", fontName="Cond", fontSize=8.2, leading=10.8)
    res = [P("Die Kreismeisterinnen und Kreismeister des TVE", boxh),
           P("<b>Leonie Adeyemi</b> (W15) 60 m und Weitsprung", rl),
           P("<b>Mateusz Grabowski</b> (M) Kugelstoßen", rl),
           P("<b>Renate Pohlmann</b> (W65) 200 m", rl),
           P("<b>Jannik Fölsch</b> (M14) 60 m Hürden", rl),
           P("<b>Amara Diallo</b> (W14) Hochsprung", rl),
           P("<b>Lotta Westphal</b> (W13) 800 m", rl),
           P("<b>Kacper Wiśniewski</b> (M15) Dreisprung", rl),
           P("<b>Sophie Brandl</b> (W) 60 m Hürden", rl),
           P("<b>Staffel WU16</b> 4 × 200 m (Ida Kessler, Hannah Roos, Zeynep Arslan, Leonie Adeyemi)", rl),
           P("<b>Staffel M</b> 4 × 200 m", rl)]
    columns(c, res, ML + 8, yb - 20, BOT + 4, 2, w=mainw - 16, label="results")
    # side box: Sportabzeichen
    bx = ML + mainw + 15
    bw = PW - MR - bx
    box(c, bx, BOT + 175, bw, TOP - BOT - 175)
    c.setStrokeColor(DARK)
    c.setLineWidth(0.8)
    c.rect(bx, BOT, bw, 160, fill=0, stroke=1)
    c.setFillColor(DARK)
    c.setFont("Cond", 6.5)
    c.drawRightString(bx + bw, BOT + 163, "ANZEIGE")
    ad = [P("Sporthaus Kılıç", ParagraphStyle("adh5", fontName="Serif-Bold", fontSize=13, leading=16,
                                              alignment=TA_CENTER, spaceAfter=4)),
          P("Laufschuhe · Spikes · Vereinsbedarf", ParagraphStyle("ad5", fontName="Cond-Bold", fontSize=8.5,
                                                                   leading=11, alignment=TA_CENTER, spaceAfter=6)),
          P("Laufbandanalyse kostenlos für Mitglieder des TVE. 10 % Rabatt gegen Vorlage des "
            "Mitgliedsausweises.", ParagraphStyle("ad5t", fontName="Cond", fontSize=8, leading=10.5,
                                                   alignment=TA_CENTER, spaceAfter=6)),
          P("Bahnhofstraße 7 · Eschenbrück", ParagraphStyle("ad5a", fontName="Cond", fontSize=8, leading=10.5,
                                                            alignment=TA_CENTER))]
    columns(c, ad, bx + 8, BOT + 148, BOT + 4, 1, w=bw - 16, label="ad kilic")
    s = [P("Sportabzeichen 2025: 63 Abnahmen", boxh)] + paras(SPORTABZEICHEN, style=boxt, first=boxt) + \
        [Spacer(1, 6), P("Eure Gisela Marquardt", ParagraphStyle("s", parent=boxt, fontName="Cond-Oblique")),
         P("Sportabzeichen-Obfrau", boxt), Spacer(1, 8), Rule(), Spacer(1, 4),
         P("Lauftreff für alle", boxh),
         P("Jeden Samstag um 9 Uhr startet am Vereinsheim der offene Lauftreff. Gelaufen wird in drei "
           "Tempogruppen zwischen fünf und zwölf Kilometern, niemand wird zurückgelassen. Mitglieder anderer "
           "Abteilungen und Gäste sind herzlich willkommen.", boxt), Spacer(1, 8), Rule(), Spacer(1, 4),
         P("Termine Leichtathletik", boxh),
         P("<b>6.–10. April</b> Trainingslager Lignano (U16/U18)", boxt),
         P("<b>5. Mai</b> Beginn der Sportabzeichen-Abnahme", boxt),
         P("<b>16. Mai</b> „Eschenbrücker Abendsportfest“, Sportpark", boxt),
         P("<b>27. Juni</b> Kreismeisterschaften U14/U16 in Talheim", boxt)]
    columns(c, s, bx + 7, TOP - 8, BOT + 181, 1, w=bw - 14, label="sportabzeichen")
    footer(c, 5)


# ---------------------------------------------------------------- Kinderturnen

KT_1 = """
Lianen aus Kletterseilen, ein Krokodilsumpf aus blauen Weichbodenmatten und eine Hängebrücke über dem Barren
– die Realschulhalle war am 8. Februar kaum wiederzuerkennen. Bereits am Freitagabend hatten Eltern,
Jugendliche und Übungsleiterinnen stundenlang aufgebaut, damit am Samstagmorgen pünktlich um neun Uhr die
ersten kleinen Abenteurerinnen und Abenteurer starten konnten.

An zwölf Stationen durften die Kinder klettern, balancieren, springen und rollen. Wer alle Stationen
geschafft hatte, bekam einen Stempel in seinen „Dschungelpass“ und am Ende eine Urkunde. Besonders beliebt
war die Affenschaukel am Tau, vor der sich zeitweise eine lange Schlange bildete.

„Es ist jedes Jahr wieder schön zu sehen, wie mutig die Kleinen werden, wenn sie sich gegenseitig
anfeuern“, sagte Abteilungsleiterin Katharina Lindner. Sie dankte vor allem den Jugendlichen aus der
Turngruppe, die als Stationshelferinnen und -helfer im Einsatz waren.

Zum Abschluss versammelten sich alle Kinder zu einem großen Bewegungslied in der Hallenmitte. Dabei
stellte sich heraus, dass der Schaumstofftiger, der den ganzen Tag am Eingang Wache gehalten hatte, einen
Namen bekommen hatte: Die Kinder hatten ihn nach dem Hausmeister der Realschule benannt.

Für das leibliche Wohl sorgte das Team um Heike Sandmann mit Bananenmuffins und Obstspießen. Der Erlös von
612 Euro kommt der Anschaffung neuer Turnmatten zugute. Im nächsten Jahr soll das Kinderturnfest wieder in
der sanierten Halle Am Mühlbach stattfinden. Das Motto steht noch nicht fest; Vorschläge nimmt die
Abteilungsleitung gern entgegen.
"""

KT_2 = """
Die Nachfrage nach dem Eltern-Kind-Turnen ist so groß, dass wir seit Januar eine zweite Gruppe anbieten. Sie
trifft sich samstags von 10 bis 11 Uhr in der Gymnastikhalle der Grundschule Eschenbrück-Nord. Eingeladen
sind Kinder von anderthalb bis vier Jahren mit Mama, Papa, Oma oder Opa.

Im Mittelpunkt stehen Bewegungslandschaften, Lieder und kleine Spiele. Viele Eltern schätzen besonders, dass
sie selbst mitmachen dürfen. Eine Mutter schrieb uns nach der ersten Stunde: „Mein Sohn hat zum ersten Mal
eine Rolle vorwärts gemacht, und ich habe fast geweint.“ Schöner kann man es nicht sagen.

Die Samstagsgruppe wird von uns beiden im Wechsel geleitet. Wir sind selbst Mütter und haben im vergangenen
Herbst die Übungsleiter-Ausbildung für das Kleinkinderturnen abgeschlossen.

Eine Anmeldung ist über die Geschäftsstelle möglich, die erste Schnupperstunde ist kostenlos.
"""


def page6(c):
    running_head(c, "Abteilung Kinderturnen")
    y = stack(c, [P("Kinderturnfest 2026", kicker),
                  P("Dschungelfieber in der Realschulhalle", h1),
                  P("140 Kinder, 36 Helferinnen und Helfer und ein Tiger aus Schaumstoff: Das Kinderturnfest "
                    "stand in diesem Jahr unter dem Motto „Dschungelfieber“.", lead),
                  P("Bericht: Sabine Ehrlich", byline)], ML, TOP, CW)
    colw = (CW - 26) / 3
    pw = 2 * colw + 13
    ph = Photo(150, pw)
    ph.wrap(pw, 150)
    ph.drawOn(c, ML, y - 150)
    cap = P("Balancieren über dem Krokodilsumpf: Auch die Jüngsten wagten sich auf die Hängebrücke. "
            "Bild: Mehmet Aksoy", caption)
    _, chh = cap.wrap(pw, 100)
    cap.drawOn(c, ML, y - 153 - chh)
    ytext = y - 153 - chh - 10
    story = paras(KT_1)
    # columns 1-2 under the photo, column 3 from the top
    f1 = Frame(ML, SPL6, colw, ytext - SPL6, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    f2 = Frame(ML + colw + 13, SPL6, colw, ytext - SPL6, leftPadding=0, rightPadding=0, topPadding=0,
               bottomPadding=0)
    f3 = Frame(ML + 2 * (colw + 13), SPL6, colw, y - SPL6, leftPadding=0, rightPadding=0, topPadding=0,
               bottomPadding=0)
    free = []
    for f in (f3, f1, f2):
        pass
    for f in (f1, f2, f3):
        fill(f, story, c)
        free.append(round(f._y - f._y1))
    if story:
        raise SystemExit("OVERFLOW p6 kinderturnfest")
    REPORT.append("p6 kinderturnfest         free per column: %s" % free)
    ysplit = SPL6
    c.setStrokeColor(GREEN)
    c.setLineWidth(1.2)
    c.line(ML, ysplit - 8, PW - MR, ysplit - 8)
    w1 = CW - 150
    s = [P("Eltern-Kind-Turnen jetzt auch am Samstag", h3),
         P("Text: Marta Kowalczyk und Lena Hoffmeister", byline)] + paras(KT_2)
    s.insert(4, Photo(60))
    s.insert(5, P("Bewegungslandschaft in der Samstagsgruppe.", caption))
    columns(c, s, ML, ysplit - 18, BOT, 2, w=w1, label="eltern-kind")
    bx = ML + w1 + 15
    bw = PW - MR - bx
    box(c, bx, BOT, bw, ysplit - 14 - BOT)
    s2 = [P("Helferinnen und Helfer gesucht!", boxh),
          P("Für unsere Gruppe „Turnzwerge“ (3 bis 5 Jahre, dienstags 15.30 Uhr) suchen wir ab sofort "
            "Unterstützung. Ihr müsst keine Profis sein: Wer Freude am Umgang mit Kindern hat und ab und zu "
            "eine Stunde Zeit mitbringt, ist herzlich willkommen. Die Kosten für eine Übungsleiter-Ausbildung "
            "übernimmt der Verein.", boxt),
          Spacer(1, 6),
          P("Meldet euch bei der Abteilungsleitung oder einfach direkt in der Halle.", boxt)]
    columns(c, s2, bx + 7, ysplit - 22, BOT + 6, 1, w=bw - 14, label="helfer")
    footer(c, 6)


# ---------------------------------------------------------------- Portrait (pp. 7-8)

PORT_1 = """
Der Händedruck ist fest, der Blick wach. Wer Gerhard Brzezinski zum ersten Mal begegnet, würde ihm seine
82 Jahre kaum abnehmen. Wir treffen uns im Vereinsheim, wo an der Wand hinter dem Tresen ein vergilbtes
Mannschaftsfoto hängt. Er zeigt auf einen schmalen jungen Mann in der zweiten Reihe. „Das bin ich, 1968,
kurz vor dem Turnfest in Berlin. Damals hatte ich noch Haare“, sagt er und lacht.

Geboren wurde Brzezinski 1943 in Gelsenkirchen als Sohn eines Bergmanns, dessen Familie Jahrzehnte zuvor
aus Masuren ins Ruhrgebiet gekommen war. Nach Eschenbrück kam er 1965 als junger Werkzeugmacher, und schon
ein Jahr später stand er zum ersten Mal in der alten Turnhalle an der Kirchstraße. „Ich kannte hier keinen
Menschen. Der Verein war meine erste Familie in der Stadt“, erinnert sich Brzezinski.

Geprägt hat ihn vor allem der damalige Oberturnwart Wilhelm Sauter, ein strenger, aber herzlicher Mann, der
die Männerriege jahrzehntelang führte. Sauter hatte einen Satz, den Brzezinski bis heute auswendig kann:
„Am Reck lernt man nicht das Fliegen, sondern das Wiederaufstehen.“ Brzezinski hat ihn später selbst an
Generationen von Jugendlichen weitergegeben.

1968 fuhr die Riege des TVE zum Deutschen Turnfest nach Berlin, für viele der jungen Männer die erste große
Reise ihres Lebens. Brzezinski erinnert sich an Massenquartiere in Schulturnhallen, an die Vorführungen im
Olympiastadion und an eine Dampferfahrt auf dem Wannsee. „Wir hatten kaum Geld, aber wir waren die Könige
der Welt.“

Zurück in Eschenbrück wurde aus dem Turner bald ein Übungsleiter. 1971 übernahm Brzezinski seine erste
Jugendgruppe, zwölf Jungen zwischen zehn und vierzehn Jahren, die er mit einer Mischung aus Strenge und Humor
bis zu den Gaumeisterschaften führte. Einige von ihnen, inzwischen selbst im Rentenalter, grüßen ihn noch
heute mit „Herr Trainer“.

Einer dieser Jungen war Ludger Hamann, der später selbst zwanzig Jahre lang die Turnabteilung leitete. Er
erinnert sich gut an die Dienstagabende in der alten Halle: „Gerhard hat nie herumgeschrien. Er hat nur die
Augenbraue hochgezogen, und dann wussten wir Bescheid.“
"""

PORT_2 = """
Ab 1978 kümmerte sich Brzezinski außerdem um die Kasse des Vereins. Zwölf Jahre lang führte er die Bücher,
in einer Zeit, in der jeder Beitrag noch bar kassiert und in ein großes grünes Kassenbuch eingetragen wurde.
Dieses Buch liegt bis heute in seinem Keller. „Irgendwann gebe ich es ans Vereinsarchiv, versprochen“, sagt
er mit einem Augenzwinkern.

Als der Verein 1984 das neue Vereinsheim am Sportpark bezog, war Brzezinski einer der Männer, die an den
Wochenenden Fliesen legten und Leitungen zogen. Seine Frau Hannelore, die 2019 gestorben ist, kümmerte sich
damals um die Verpflegung der Helfer. Über sie spricht er leise und mit großer Wärme. „Ohne Hannelore hätte
ich das alles nicht machen können. Sie hat den Verein genauso gelebt wie ich.“

Nach der Wende knüpfte der TVE Kontakte zu einem Turnverein in Thüringen, und Brzezinski war einer der
treibenden Köpfe hinter den gegenseitigen Besuchen. Später organisierte er mit der Seniorengruppe sogar zwei
Reisen nach Masuren, in die Gegend, aus der seine Großeltern stammten. Auf einem Dorfplatz bei Mrągowo turnte
die Gruppe damals zur Überraschung der Einheimischen ein kleines Programm vor.

Heute turnt Brzezinski nicht mehr am Reck, aber jeden Dienstag ist er in der Seniorengymnastik von
Übungsleiterin Dagmar Fechner zu finden. Danach trinkt die Gruppe gemeinsam Kaffee im Vereinsheim, eine
Tradition, die er selbst vor zwanzig Jahren eingeführt hat. Fechner schätzt ihn sehr: „Gerhard ist unser
Gedächtnis. Wenn jemand wissen will, wie etwas früher war, fragt man ihn.“

Auch die Jungen suchen seinen Rat. Als die Handballer im vergangenen Herbst eine Chronik für ihr
Jubiläum zusammenstellten, saß er drei Abende mit ihnen über alten Zeitungsausschnitten und Fotoalben. Die
meisten Gesichter auf den Bildern konnte er ohne Zögern benennen.

Was er sich für den Verein wünscht? Brzezinski muss nicht lange nachdenken. Mehr junge Leute, die sich
nicht nur als Sportler, sondern auch als Ehrenamtliche einbringen, und eine Halle, die endlich fertig wird.
Die Eröffnung der sanierten Halle Am Mühlbach wolle er auf jeden Fall noch erleben, sagt er, am liebsten mit
einer kleinen Vorführung der Seniorengruppe.

Bei der Jahreshauptversammlung im April wird Gerhard Brzezinski für sechzig Jahre Mitgliedschaft geehrt.
Ob ihm solche Ehrungen etwas bedeuten? Er überlegt lange. Dann sagt er: „Mir bedeutet mehr, dass die Kinder
heute noch in derselben Halle turnen wie wir damals. Das ist die eigentliche Ehrung.“
"""


def page7(c):
    # no running head on the portrait pages: a feature opener
    c.setFillColor(GREEN)
    c.rect(0, PH - 12, PW, 12, fill=1, stroke=0)
    y = stack(c, [P("Porträt", ParagraphStyle("k2", parent=kicker, fontSize=11, leading=13)),
                  P("Sechzig Jahre und kein bisschen müde",
                    ParagraphStyle("hp", parent=h1, fontName="Serif-Bold", fontSize=30, leading=34,
                                   textColor=DARK)),
                  P("Gerhard Brzezinski trat 1966 in den TVE ein. Seitdem war er Turner, Übungsleiter, "
                    "Kassenwart und Handwerker – und bis heute ist er jeden Dienstag in der Halle.", lead),
                  P("Von Ingrid Sommerfeld", byline)], ML, PH - 40, CW)
    ph = Photo(215, CW)
    ph.wrap(CW, 215)
    ph.drawOn(c, ML, y - 215)
    y = stack(c, [P("Gerhard Brzezinski im Vereinsheim vor dem Mannschaftsfoto von 1968. Foto: Helmut Zieger",
                    caption)], ML, y - 217, CW)
    colw = (CW - 26) / 3
    # timeline box at the foot of column 3
    bh = 150
    bx = ML + 2 * (colw + 13)
    box(c, bx, BOT, colw, bh)
    s = [P("Stationen", boxh),
         P("<b>1966</b> Eintritt in die Männerriege<br/><b>1968</b> Deutsches Turnfest in Berlin<br/>"
           "<b>1971–1995</b> Übungsleiter Jugendturnen<br/><b>1978–1990</b> Kassenwart<br/><b>1984</b> Mitarbeit "
           "beim Bau des Vereinsheims<br/><b>2006</b> Gründung des Seniorenkaffees<br/><b>2011</b> Ernennung "
           "zum Ehrenmitglied", boxt)]
    columns(c, s, bx + 7, BOT + bh - 7, BOT + 4, 1, w=colw - 14, label="stationen")
    story = paras(PORT_1)
    free = []
    for i, yb in ((0, BOT), (1, BOT), (2, BOT + bh + 12)):
        f = Frame(ML + i * (colw + 13), yb, colw, y - 4 - yb, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0)
        fill(f, story, c)
        free.append(round(f._y - f._y1))
    if story:
        raise SystemExit("OVERFLOW p7: %r" % story[0].text[:60])
    REPORT.append("p7 portrait-1             free per column: %s" % free)
    footer(c, 7)


def page8(c):
    c.setFillColor(GREEN)
    c.rect(0, PH - 12, PW, 12, fill=1, stroke=0)
    colw = (CW - 26) / 3
    ph = Photo(205, CW, tone=0.7)
    ph.wrap(CW, 205)
    ph.drawOn(c, ML, PH - 40 - 205)
    y = stack(c, [P("Mit der Seniorengruppe auf Reisen: Gerhard Brzezinski (links) 2009 in Masuren. Foto: privat",
                    caption)], ML, PH - 40 - 207, CW)
    story = paras(PORT_2, first=body_ind)
    # column 1 carries the pull quotes and the old photo
    side = [Rule(),
            P("„Der Verein war meine erste Familie in der Stadt.“", pull),
            P("Gerhard Brzezinski, Ehrenmitglied", pullsrc), Rule(), Spacer(1, 8),
            Photo(130),
            P("Die Riege des TVE beim Deutschen Turnfest 1968 in Berlin, Brzezinski vorne als Zweiter von "
              "rechts. Foto: privat", caption), Spacer(1, 4), Rule(),
            P("„Gerhard ist unser Gedächtnis.“", pull),
            P("Dagmar Fechner, Übungsleiterin der Seniorengymnastik", pullsrc), Rule()]
    columns(c, side, ML, y - 4, BOT, 1, w=colw, label="portrait-side")
    columns(c, story, ML + colw + 13, y - 4, BOT, 2, w=2 * colw + 13, label="portrait-2")
    footer(c, 8)


# ---------------------------------------------------------------- page 9

HALLENZEITEN = """
Wegen der verlängerten Sanierung der Halle Am Mühlbach gelten ab dem 1. März geänderte Trainingszeiten. Die
Stadt hat uns zusätzlich den Montag- und Donnerstagabend in der Realschulhalle zugesagt. Die Handball-Jugend
trainiert dort montags ab 17 Uhr, das Gerätturnen donnerstags ab 16.30 Uhr. Die Seniorengymnastik bleibt im
Vereinsheim.

Alle Zeiten stehen tagesaktuell auf unserer Internetseite. Bei Fragen erreicht ihr die Geschäftsstelle
montags und mittwochs von 9 bis 12 Uhr.
"""

LESERBRIEF = """
Mit großem Interesse habe ich in Heft 4/2025 den Beitrag „Wohin mit dem Vereinsheim?“ gelesen. Ich bin seit
über dreißig Jahren Mitglied und möchte dafür werben, das Vereinsheim nicht zu verkaufen, sondern behutsam zu
modernisieren. Es ist die „gute Stube“ des Vereins: Hier feiern wir Jubiläen, hier trifft sich die
Seniorengruppe, hier sitzen die Eltern, während die Kinder turnen.

Ein Neubau am Stadtrand wäre vielleicht günstiger im Unterhalt, aber er wäre nicht mehr mitten im Ort.
Vielleicht ließe sich ein Teil der Kosten über Fördermittel des Landes finanzieren, wie es der Nachbarverein
in Talheim vorgemacht hat. Ich bin gern bereit, in einer Arbeitsgruppe
mitzumachen.
"""

SOMMERFEST = """
Am 18. Juli feiern wir unser Sommerfest im Sportpark, und wie jedes Jahr lebt es von euren Ideen und eurer
Mithilfe. Gesucht werden Helferinnen und Helfer für Aufbau, Grill, Kuchentheke und Kinderspiele sowie
Abteilungen, die etwas vorführen möchten.

Neu ist in diesem Jahr ein Flohmarkt für gebrauchte Sportsachen: Wer Trikots, Schuhe oder Schläger abgeben
möchte, kann sie ab Juni in der Geschäftsstelle abgeben.
"""


def page9(c):
    running_head(c, "Leichtathletik · Aus dem Verein")
    y = stack(c, [P("Fortsetzung von Seite 5", jumpfrom),
                  P("Elf Titel und ein Kreisrekord", h3)], ML, TOP, CW)
    story = paras(LA_2, first=body)
    story.insert(2, Photo(82))
    story.insert(3, P("Siegreich: die Staffel der weiblichen U16 mit Schlussläuferin Zeynep Arslan (rechts).",
                      caption))
    ysplit = bcolumns(c, story, ML, y, 330, 3, label="la-2") - 6
    c.setFillColor(GREEN)
    c.rect(ML, ysplit - 24, CW, 20, fill=1, stroke=0)
    c.setFillColor(white)
    c.setFont("Sans-Bold", 11)
    c.drawString(ML + 6, ysplit - 18, "Aus dem Verein")
    colw = (CW - 30) / 3
    xs = [ML + i * (colw + 15) for i in range(3)]
    yt = ysplit - 36
    s1 = [P("Neue Hallenzeiten ab 1. März", h3)] + paras(HALLENZEITEN) + \
         [P("Murat Yıldırım, Geschäftsstelle", endsig)]
    yb1 = bcolumns(c, s1, xs[0], yt, BOT, 1, w=colw, label="hallenzeiten")
    from reportlab.platypus import Table, TableStyle
    rows = [["Mo", "17.00–20.00", "Handball-Jugend"], ["Di", "18.00–20.00", "Leichtathletik"],
            ["Do", "16.30–18.30", "Gerätturnen"], ["Do", "18.30–21.00", "Herren I"],
            ["Fr", "15.00–16.00", "Minis"]]
    t = Table(rows, colWidths=[18, 54, colw - 72], rowHeights=11.5)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Cond", 7.8), ("FONT", (0, 0), (0, -1), "Cond-Bold", 7.8),
                           ("LINEBELOW", (0, 0), (-1, -2), 0.3, GREY),
                           ("LEFTPADDING", (0, 0), (-1, -1), 1), ("RIGHTPADDING", (0, 0), (-1, -1), 1),
                           ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    columns(c, [P("Realschulhalle (Ausweichzeiten)", smallb), t], xs[0], yb1 - 8, BOT, 1, w=colw,
            label="hallentabelle")
    s2 = [P("Leserbrief", kicker), P("Ein Vereinsheim für alle", h3)] + paras(LESERBRIEF) + \
         [P("Friedhelm Oberländer, Eschenbrück", endsig), Spacer(1, 6),
          P("<i>Leserbriefe geben die Meinung ihrer Verfasser wieder. Die Redaktion behält sich Kürzungen "
            "vor.</i>", ParagraphStyle("ln", parent=small, fontSize=7.2, leading=9))]
    columns(c, s2, xs[1], yt, BOT, 1, w=colw, label="leserbrief")
    s3 = [P("Sommerfest", kicker), P("Ideen und Hände gesucht", h3)] + paras(SOMMERFEST) + \
         [Spacer(1, 4), P("<b>Vorläufiges Programm</b><br/>14 Uhr Eröffnung mit dem Musikverein<br/>"
                          "15 Uhr Vorführungen der Abteilungen<br/>17 Uhr Ehrung der Vereinsmeister<br/>"
                          "ab 19 Uhr Livemusik mit der Band „Die Reckstangen“", small),
          Spacer(1, 6), P("Euer Festausschuss", ParagraphStyle("fa", parent=body, fontName="Serif-Italic")),
          P("Carina Mohr und Thorsten Baumgart", ParagraphStyle("fb", parent=body, fontName="Sans-Bold",
                                                                fontSize=8.6))]
    columns(c, s3, xs[2], yt, BOT, 1, w=colw, label="sommerfest")
    c.setStrokeColor(GREY)
    c.setLineWidth(0.5)
    for xx in xs[1:]:
        c.line(xx - 7.5, yt, xx - 7.5, BOT)
    footer(c, 9)


# ---------------------------------------------------------------- Interview p10

INTERVIEW = [
    ("Frau Tanabe-Roth, Sie sind jetzt seit zwei Monaten in Eschenbrück. Wie war der Start?",
     "Ehrlich gesagt besser, als ich erwartet hatte. Die Mädchen sind unglaublich motiviert, und die Eltern "
     "helfen, wo sie können. Nur die Hallensituation ist gerade schwierig, weil wir oft in die kleine Halle "
     "ausweichen müssen. Dort können wir den Stufenbarren nicht aufbauen."),
    ("Wie sind Sie selbst zum Turnen gekommen?",
     "Meine Mutter stammt aus Osaka und hat dort als Kind geturnt. Sie hat mich mit fünf Jahren in einen "
     "Verein in Braunschweig gebracht, und ich bin einfach geblieben. Mit sechzehn war ich in der "
     "Bundesliga-Riege, mit vierundzwanzig habe ich nach einer Schulterverletzung aufgehört und meine "
     "Trainerlizenz gemacht."),
    ("Warum haben Sie sich für einen Verein wie den TVE entschieden?",
     "Ich wollte wieder näher an der Basis arbeiten. In Hannover hatte ich fast nur mit Kaderturnerinnen zu "
     "tun, das war spannend, aber auch sehr verbissen. Hier sehe ich Mädchen, die aus Freude kommen, und "
     "trotzdem ehrgeizig sind. Außerdem wohnt die Familie meines Mannes hier in der Gegend."),
    ("Was ist Ihnen im Training am wichtigsten?",
     "Dass die Mädchen lernen, mit Angst umzugehen. Jedes neue Element am Balken ist am Anfang beängstigend. "
     "Technik kann man üben, aber Mut muss wachsen. Deshalb sage ich immer: Turnen ist vor allem Kopfsache. "
     "Wir arbeiten viel mit Vorstellungsübungen und kleinen Zwischenschritten, bis ein Element wirklich sitzt."),
    ("Welche Ziele haben Sie mit der Gruppe?",
     "Kurzfristig wollen wir bei den Gaumeisterschaften im Mai mit zwei Mannschaften antreten. Langfristig "
     "wünsche ich mir, dass der TVE wieder eine Mannschaft in der Landesliga hat. Aber Ergebnisse sind nicht "
     "alles. Wenn ein Mädchen mit zwölf aufhört und trotzdem sein Leben lang gern Sport treibt, haben wir auch "
     "etwas richtig gemacht."),
    ("Was wünschen Sie sich vom Verein?",
     "Vor allem mehr Hallenzeit, aber das liegt nicht am Verein. Und mehr Kampfrichterinnen! Ohne sie dürfen "
     "wir keine Wettkämpfe ausrichten. Wer Lust hat, den Lehrgang zu machen, darf mich jederzeit ansprechen."),
    ("Gibt es ein Vorbild, das Sie geprägt hat?",
     "Meine erste Trainerin in Braunschweig. Sie hat uns nie angeschrien und trotzdem alles aus uns "
     "herausgeholt. Von ihr habe ich gelernt, dass man Kinder ernst nehmen muss, auch wenn sie Angst haben."),
    ("Und was machen Sie, wenn Sie nicht in der Halle stehen?",
     "Ich lese viel, am liebsten Krimis, und ich backe gern. Die Mädchen wissen inzwischen, dass es nach jedem "
     "Wettkampf Matcha-Kekse gibt, egal wie er ausgegangen ist."),
]


def page10(c):
    running_head(c, "Gerätturnen · Interview")
    y = stack(c, [P("Neu im Verein", kicker),
                  P("„Turnen ist vor allem Kopfsache“", h1),
                  P("Seit Januar leitet Yuki Tanabe-Roth das Leistungstraining im Gerätturnen der Mädchen. Die "
                    "31-Jährige turnte selbst in der 2. Bundesliga und hat zuletzt in Hannover als Trainerin "
                    "gearbeitet. Ein Gespräch über Angst, Geduld und gute Hallenzeiten.", lead)], ML, TOP, CW)
    colw = (CW - 26) / 3
    side = [Photo(175),
            P("Yuki Tanabe-Roth gibt einer Turnerin am Schwebebalken Hilfestellung. Foto: Lukas Brandner",
              caption)]
    yb = bcolumns(c, side, ML, y, BOT, 1, w=colw, label="iv-side")
    story = []
    for q, a in INTERVIEW:
        story.append(P("Frage: " + q, qa_q))
        story.append(P("<b>Antwort:</b> " + a, qa_a))
    story.append(P("Das Gespräch führte Janina Wróbel.", endsig))
    box(c, ML, BOT, colw, yb - 8 - BOT)
    s = [P("Gerätturnen weiblich", boxh),
         P("<b>Leistungsgruppe</b><br/>Mo + Do 16.30–18.30 Uhr, Realschulhalle", boxt), Spacer(1, 4),
         P("<b>Nachwuchs (6–9 Jahre)</b><br/>Di 16.00–17.30 Uhr, kleine Halle", boxt), Spacer(1, 4),
         P("<b>Freizeitturnen (ab 10 Jahre)</b><br/>Fr 17.00–18.30 Uhr, kleine Halle", boxt), Spacer(1, 8),
         P("Probetraining nach Absprache über die Geschäftsstelle.", boxt), Spacer(1, 12),
         P("Zur Person", boxh),
         P("Geboren 1994 in Braunschweig · 2010–2018 Turnerin in der 2. Bundesliga · A-Trainerlizenz des "
           "Deutschen Turner-Bundes · 2019–2025 Trainerin in Hannover · seit Januar 2026 beim TVE", boxt)]
    columns(c, s, ML + 7, yb - 16, BOT + 6, 1, w=colw - 14, label="iv-box")
    columns(c, story, ML + colw + 13, y, BOT, 2, w=2 * colw + 13, label="interview")
    footer(c, 10)


def page11(c):
    running_head(c, "Wir gratulieren · Termine")
    y = stack(c, [P("Wir gratulieren", h1),
                  P("Im Namen des gesamten Vereins gratulieren wir allen Jubilarinnen und Jubilaren sehr herzlich "
                    "und danken für ihre Treue. Die Ehrungen finden bei der Jahreshauptversammlung am 24. April "
                    "statt.", lead)], ML, TOP, CW)
    lh = ParagraphStyle("lh", fontName="Sans-Bold", fontSize=10, leading=13, textColor=GREEN, spaceBefore=6,
                        spaceAfter=2)
    li = ParagraphStyle("li", fontName="Cond", fontSize=9, leading=12.5)
    jub = [P("Vereinsjubiläen", h3),
           P("60 Jahre Mitgliedschaft", lh), P("Gerhard Brzezinski", li),
           P("50 Jahre Mitgliedschaft", lh), P("Ursula Kempf<br/>Hans-Peter Dörr<br/>Margarete Lindemann", li),
           P("40 Jahre Mitgliedschaft", lh), P("Klaus Rieger<br/>Sevgi Aydın<br/>Wolfgang Thamm", li),
           P("25 Jahre Mitgliedschaft", lh),
           P("Agnieszka Nowak<br/>Björn Fredriksen<br/>Daniela Russo<br/>Thomas Heuer<br/>Carsten Mühlberg", li)]
    geb = [P("Runde Geburtstage März bis Mai", h3),
           P("90 Jahre", lh), P("Elfriede Wacker (12. März)", li),
           P("85 Jahre", lh), P("Rudolf Janssen (3. April)<br/>Irmgard Sölle (28. Mai)", li),
           P("80 Jahre", lh), P("Günter Assmann (9. März)<br/>Brigitte Hollender (17. April)", li),
           P("75 Jahre", lh), P("Heinz Kaltenbach (2. April)<br/>Marianne O’Connell (19. April)<br/>"
                                "Giuseppe Lombardi (7. Mai)", li),
           P("70 Jahre", lh), P("Rosemarie Tietz (14. März)<br/>Ahmet Korkmaz (30. März)<br/>"
                                "Jutta Lorenz (22. Mai)", li)]
    colw = (CW - 26) / 3
    ybot = 300
    columns(c, jub, ML, y, ybot, 1, w=colw, label="jubilare")
    columns(c, geb, ML + colw + 13, y, ybot, 1, w=colw, label="geburtstage")
    # Nachruf box in col 3
    bx = ML + 2 * (colw + 13)
    c.setStrokeColor(DARK)
    c.setLineWidth(1)
    c.rect(bx, ybot + 60, colw, y - ybot - 60, fill=0, stroke=1)
    s = [P("Wir trauern um", ParagraphStyle("tr", parent=h3, alignment=TA_CENTER)), Spacer(1, 6),
         P("<b>Erwin Haberkorn</b>", ParagraphStyle("tn", parent=li, alignment=TA_CENTER, fontSize=11,
                                                    leading=14)),
         P("1938 – 2026", ParagraphStyle("td", parent=li, alignment=TA_CENTER)), Spacer(1, 8),
         P("Ehrenmitglied, jahrzehntelang Kampfrichter bei unseren Sportfesten und ein stets hilfsbereiter "
           "Freund. Wir werden ihn nicht vergessen.", ParagraphStyle("tt", parent=boxt, alignment=TA_CENTER)),
         Spacer(1, 8),
         P("Vorstand und Mitglieder des TV Eschenbrück", ParagraphStyle("tv", parent=boxt, alignment=TA_CENTER,
                                                                      fontName="Cond-Oblique"))]
    columns(c, s, bx + 10, y - 14, ybot + 70, 1, w=colw - 20, label="nachruf")
    stack(c, [P("Wer nicht im Vereinsheft genannt werden möchte, teilt dies bitte der Geschäftsstelle mit.",
                ParagraphStyle("dn", parent=small, fontSize=7.2, leading=9, textColor=HexColor("#555555")))],
          bx, ybot + 50, colw)
    # Termine box
    c.setFillColor(LIGHTGREEN)
    c.rect(ML, BOT, CW, ybot - BOT - 12, fill=1, stroke=0)
    tl = ParagraphStyle("tl", fontName="Cond", fontSize=9, leading=12, leftIndent=95, firstLineIndent=-95,
                        spaceAfter=4)
    t = [P("Termine 2026", h2),
         P("<b>6.–10. April</b>         „Osterferien-Sportcamp“ für Kinder von 6 bis 12 Jahren, Sportpark", tl),
         P("<b>24. April</b>               Jahreshauptversammlung mit Ehrungen und Wahlen, 19.30 Uhr, Vereinsheim",
           tl),
         P("<b>16. Mai</b>                 „Eschenbrücker Abendsportfest“ der Leichtathletik, Sportpark", tl),
         P("<b>23. Mai</b>                 Gaumeisterschaften Gerätturnen weiblich, Realschulhalle", tl),
         P("<b>13./14. Juni</b>        „Rasen-Cup am Mühlbach“, Handballturnier für Jugend und Aktive", tl),
         P("<b>5. Juli</b>                  „Eschenbrücker Volkslauf“ über 5 und 10 Kilometer", tl),
         P("<b>18. Juli</b>                Sommerfest des TVE mit Ehrung der Vereinsmeister", tl)]
    columns(c, t, ML + 10, ybot - 22, BOT + 6, 1, w=CW - 20, label="termine")
    footer(c, 11)

# ---------------------------------------------------------------- page 12

def page12(c):
    running_head(c, "Impressum · Ansprechpartner")
    colw = (CW - 26) / 3
    il = ParagraphStyle("il", fontName="Cond", fontSize=8.6, leading=11.5, spaceAfter=5)
    imp = [P("Impressum", h2),
           P("<b>Eschenbrücker Turnblatt</b><br/>Vereinsheft des TV Eschenbrück 1887 e.V.<br/>"
             "Ausgabe 1/2026, 58. Jahrgang<br/>Auflage: 1.100 Exemplare", il),
           P("<b>Herausgeber:</b> TV Eschenbrück 1887 e.V., Am Sportpark 4, Eschenbrück, "
             "Telefon 07354 88 21 40", il),
           P("<b>V.i.S.d.P.:</b> Reinhard Kolbeck", il),
           P("<b>Redaktion:</b> Sabine Ehrlich, Murat Yıldırım und Janina Wróbel", il),
           P("<b>Anzeigen:</b> Frank Osterkamp, anzeigen@tv-eschenbrueck.example", il),
           P("<b>Fotos:</b> wenn nicht anders angegeben Helmut Zieger", il),
           P("<b>Titelfoto:</b> Lukas Brandner", il),
           P("<b>Druck:</b> Druckerei Lenz &amp; Söhne, Eschenbrück", il),
           P("Das Turnblatt erscheint viermal jährlich und ist im Mitgliedsbeitrag enthalten. Namentlich "
             "gekennzeichnete Beiträge geben nicht unbedingt die Meinung der Redaktion wieder. Für unverlangt "
             "eingesandte Manuskripte und Fotos wird keine Haftung übernommen.", il),
           P("<b>Redaktionsschluss</b> für Heft 2/2026: 15. Mai 2026", il),
           Spacer(1, 6), Rule(),
           P("Bankverbindung", boxh),
           P("Kreissparkasse Eschenbrück<br/>IBAN DE00 6005 0000 0000 1887 00<br/>BIC XXXXDEXX000", il),
           P("Mitgliedsbeiträge", boxh),
           P("Erwachsene 12 € im Monat · Kinder und Jugendliche 8 € · Familien 26 € · Ermäßigungen auf "
             "Antrag. Der Beitrag wird vierteljährlich per Lastschrift eingezogen.", il)]
    box(c, ML, BOT, colw, TOP - BOT)
    columns(c, imp, ML + 8, TOP - 8, BOT + 8, 1, w=colw - 16, label="impressum")
    x2 = ML + colw + 13
    w2 = CW - colw - 13
    al = ParagraphStyle("al", fontName="Cond", fontSize=8.6, leading=11.5, spaceAfter=6)
    ans = [P("Ansprechpartner", h2),
           P("<b>Geschäftsstelle</b><br/>Murat Yıldırım · Mo und Mi 9–12 Uhr<br/>"
             "info@tv-eschenbrueck.example", al),
           P("<b>Handball</b><br/>Stefanie Vogt-Ramadani<br/>handball@tv-eschenbrueck.example", al),
           P("<b>Leichtathletik</b><br/>Bernd Hagedorn<br/>leichtathletik@tv-eschenbrueck.example", al),
           P("<b>Kinderturnen</b><br/>Katharina Lindner<br/>kinderturnen@tv-eschenbrueck.example", al),
           P("<b>Gerätturnen</b><br/>Oliver Schenk<br/>turnen@tv-eschenbrueck.example", al),
           P("<b>Gymnastik und Senioren</b><br/>Dagmar Fechner<br/>gymnastik@tv-eschenbrueck.example", al),
           P("<b>Sportabzeichen</b><br/>Gisela Marquardt<br/>sportabzeichen@tv-eschenbrueck.example", al),
           P("<b>Schiedsrichterwesen</b><br/>Jörg Pawlak<br/>schiri@tv-eschenbrueck.example", al)]
    ya = bcolumns(c, ans, x2, TOP, 480, 2, w=w2, label="ansprechpartner")
    yad = 325
    ph = Photo(ya - 12 - (yad + 22), w2)
    ph.wrap(w2, 300)
    ph.drawOn(c, x2, yad + 22)
    stack(c, [P("Unser Vereinsheim am Sportpark, Treffpunkt für alle Abteilungen.", caption)], x2, yad + 20, w2)
    c.setFillColor(DARK)
    c.setFont("Cond", 7)
    c.drawString(x2, yad - 6, "ANZEIGEN")
    aw = (w2 - 10) / 2
    ads = [
        (x2, 190, aw, yad - 14 - 190, "Bäckerei Hollmann",
         "Seit 1921 in Eschenbrück<br/>Brot, Brezeln und Kuchen<br/>Kirchstraße 12 · Mo–Sa ab 6 Uhr"),
        (x2 + aw + 10, 190, aw, yad - 14 - 190, "Physiotherapie am Mühlbach",
         "Krankengymnastik · Manuelle Therapie · Sportphysiotherapie<br/>Inhaber: Deniz Kaya<br/>"
         "Mühlbachweg 3 · Termine nach Vereinbarung"),
        (x2, BOT, w2, 190 - 10 - BOT, "Autohaus Strobel – Ihr Partner im Kreis",
         "Neu- und Gebrauchtwagen · Werkstatt aller Marken · Reifenservice<br/>Stolzer Trikotsponsor der "
         "Handballabteilung des TVE<br/>Industriestraße 40 · Eschenbrück"),
    ]
    for (x, yb, w, h, t, txt) in ads:
        c.setStrokeColor(DARK)
        c.setLineWidth(0.8)
        c.rect(x, yb, w, h, fill=0, stroke=1)
        s = [P(t, ParagraphStyle("adh", fontName="Serif-Bold", fontSize=12, leading=14.5, alignment=TA_CENTER,
                                 spaceAfter=6)),
             P(txt, ParagraphStyle("adt", fontName="Cond", fontSize=8, leading=10.5, alignment=TA_CENTER))]
        columns(c, s, x + 8, yb + h - 14, yb + 6, 1, w=w - 16, label="ad %s" % t)
    footer(c, 12)


def main():
    c = rl_canvas.Canvas(OUT, pagesize=A4, invariant=1)
    c.setTitle("Eschenbrücker Turnblatt 1/2026")
    c.setAuthor("TV Eschenbrück 1887 e.V.")
    c.setSubject("Vereinsheft")
    for fn in (page1, page2, page3, page4, page5, page6, page7, page8, page9, page10, page11, page12):
        fn(c)
        c.showPage()
    c.save()
    if "-v" in sys.argv:
        print("\n".join(REPORT))
    print("wrote", OUT)


if __name__ == "__main__":
    main()
