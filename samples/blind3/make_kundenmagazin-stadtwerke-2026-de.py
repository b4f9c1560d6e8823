"""Generate the fictional customer magazine "STRÖMUNG" 1/2026 of the
(fictional) Stadtwerke Haldenbrück: kundenmagazin-stadtwerke-2026-de.pdf.

Self-contained and deterministic: every page is laid out explicitly and the
script stops with an error if any text does not fit its frames.
Run with /work/writer-venv/bin/python.
"""

from __future__ import annotations

import io
import os
import sys

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable, Frame, Paragraph, Spacer

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "kundenmagazin-stadtwerke-2026-de.pdf")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

for name, fn in [
    ("Sans", "DejaVuSans.ttf"),
    ("Sans-Bold", "DejaVuSans-Bold.ttf"),
    ("Sans-Oblique", "DejaVuSans-Oblique.ttf"),
    ("Cond", "DejaVuSansCondensed.ttf"),
    ("Cond-Bold", "DejaVuSansCondensed-Bold.ttf"),
    ("Serif", "DejaVuSerif.ttf"),
    ("Serif-Bold", "DejaVuSerif-Bold.ttf"),
    ("Serif-Italic", "DejaVuSerif-Italic.ttf"),
]:
    pdfmetrics.registerFont(TTFont(name, os.path.join(FONT_DIR, fn)))
pdfmetrics.registerFontFamily("Serif", normal="Serif", bold="Serif-Bold", italic="Serif-Italic", boldItalic="Serif-Bold")
pdfmetrics.registerFontFamily("Sans", normal="Sans", bold="Sans-Bold", italic="Sans-Oblique", boldItalic="Sans-Bold")

W, H = A4
MARGIN_L = 16 * mm
MARGIN_R = 16 * mm
TOP = H - 20 * mm
BOTTOM = 18 * mm
GUTTER = 5 * mm

PETROL = HexColor("#0b5563")
ORANGE = HexColor("#e8772e")
SAND = HexColor("#f3ead9")
LIGHT = HexColor("#e4f0f1")
GREY = HexColor("#9aa3a6")
DARK = HexColor("#1f2a2e")

# ---------------------------------------------------------------- styles
body = ParagraphStyle("body", fontName="Serif", fontSize=8.6, leading=12.2, alignment=TA_LEFT, textColor=DARK)
body_first = ParagraphStyle("body_first", parent=body)
body_ind = ParagraphStyle("body_ind", parent=body, firstLineIndent=9)
lead = ParagraphStyle("lead", fontName="Sans-Bold", fontSize=10.2, leading=14, textColor=PETROL, alignment=TA_LEFT)
kicker = ParagraphStyle("kicker", fontName="Sans-Bold", fontSize=8, leading=10, textColor=ORANGE)
head_xl = ParagraphStyle("head_xl", fontName="Sans-Bold", fontSize=30, leading=33, textColor=PETROL)
head_l = ParagraphStyle("head_l", fontName="Sans-Bold", fontSize=20, leading=23, textColor=PETROL)
head_s = ParagraphStyle("head_s", fontName="Sans-Bold", fontSize=9.6, leading=12, textColor=PETROL, spaceBefore=2)
subhead = ParagraphStyle("subhead", fontName="Sans-Bold", fontSize=8.8, leading=12, textColor=PETROL, spaceBefore=5, spaceAfter=1)
byline = ParagraphStyle("byline", fontName="Sans", fontSize=7.6, leading=10, textColor=GREY, spaceAfter=4)
caption = ParagraphStyle("caption", fontName="Sans-Oblique", fontSize=7, leading=9, textColor=DARK, spaceBefore=2, spaceAfter=6)
pull = ParagraphStyle("pull", fontName="Serif-Italic", fontSize=16, leading=21, textColor=ORANGE, alignment=TA_LEFT)
pull_name = ParagraphStyle("pull_name", fontName="Sans-Bold", fontSize=8.5, leading=11, textColor=PETROL, spaceBefore=5)
pull_role = ParagraphStyle("pull_role", fontName="Sans", fontSize=7.6, leading=10, textColor=GREY)
box_head = ParagraphStyle("box_head", fontName="Sans-Bold", fontSize=9.5, leading=12, textColor=PETROL, spaceAfter=3)
box_text = ParagraphStyle("box_text", fontName="Sans", fontSize=7.8, leading=10.8, textColor=DARK)
q_style = ParagraphStyle("q", fontName="Sans-Bold", fontSize=8.4, leading=12, textColor=PETROL, spaceBefore=5)
a_style = ParagraphStyle("a", parent=body, spaceBefore=1)
sign = ParagraphStyle("sign", fontName="Sans", fontSize=8.4, leading=11.5, textColor=DARK)
sign_b = ParagraphStyle("sign_b", fontName="Sans-Bold", fontSize=8.8, leading=11.5, textColor=DARK)
toc_num = ParagraphStyle("toc_num", fontName="Sans-Bold", fontSize=17, leading=19, textColor=ORANGE)
toc_title = ParagraphStyle("toc_title", fontName="Sans-Bold", fontSize=9.6, leading=12, textColor=PETROL)
toc_text = ParagraphStyle("toc_text", fontName="Sans", fontSize=7.8, leading=10.4, textColor=DARK, spaceAfter=7)
imp = ParagraphStyle("imp", fontName="Cond", fontSize=7.2, leading=9.4, textColor=DARK, spaceAfter=2)
end_mark = " <font color='#e8772e'>■</font>"


class Photo(Flowable):
    """A grey rectangle standing in for a photograph."""

    def __init__(self, height: float, tone: float = 0.78, width: float | None = None):
        super().__init__()
        self.h = height
        self.tone = tone
        self.fixed_w = width

    def wrap(self, aw, ah):
        self.w = self.fixed_w or aw
        return self.w, self.h

    def draw(self):
        c = self.canv
        c.setFillColor(Color(self.tone, self.tone, self.tone))
        c.rect(0, 0, self.w, self.h, stroke=0, fill=1)
        c.setStrokeColor(Color(self.tone - 0.08, self.tone - 0.08, self.tone - 0.08))
        c.setLineWidth(0.6)
        c.line(0, 0, self.w, self.h)
        c.line(0, self.h, self.w, 0)


class Box(Flowable):
    """A tinted box with paragraphs inside."""

    def __init__(self, items, bg=LIGHT, pad=6):
        super().__init__()
        self.items = items
        self.bg = bg
        self.pad = pad

    def wrap(self, aw, ah):
        self.w = aw
        inner = aw - 2 * self.pad
        total = 0
        self.sizes = []
        for it in self.items:
            w, h = it.wrap(inner, ah)
            sb = it.getSpaceBefore() if total else 0
            sa = it.getSpaceAfter()
            self.sizes.append((h, sb, sa))
            total += sb + h + sa
        self.h = total + 2 * self.pad
        return self.w, self.h

    def draw(self):
        c = self.canv
        c.setFillColor(self.bg)
        c.rect(0, 0, self.w, self.h, stroke=0, fill=1)
        y = self.h - self.pad
        for it, (h, sb, sa) in zip(self.items, self.sizes):
            y -= sb + h
            it.drawOn(c, self.pad, y)
            y -= sa


class Rule(Flowable):
    def __init__(self, color=ORANGE, width=1.2, space=4):
        super().__init__()
        self.color, self.lw, self.space = color, width, space

    def wrap(self, aw, ah):
        self.w = aw
        return aw, self.space * 2

    def draw(self):
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(self.lw)
        self.canv.line(0, self.space, self.w, self.space)


def P(text, style=body):
    return Paragraph(text, style)


def paras(text, first_style=body_first, style=body_ind):
    out = []
    for i, t in enumerate(p.strip() for p in text.strip().split("\n\n")):
        out.append(Paragraph(" ".join(t.split()), first_style if i == 0 else style))
    return out


def columns(x0, y0, x1, y1, n, gutter=GUTTER):
    """Frames for n columns between x0..x1 and y0 (bottom)..y1 (top)."""
    cw = (x1 - x0 - (n - 1) * gutter) / n
    return [(x0 + i * (cw + gutter), y0, cw, y1 - y0) for i in range(n)]


def flow(c, story, frames, where):
    story = list(story)
    for x, y, w, h in frames:
        f = Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, showBoundary=0)
        f.addFromList(story, c)
    if story:
        sys.exit(f"overflow on {where}: {getattr(story[0], 'text', story[0])!r:.80}")


def stack(c, items, x, ytop, w):
    """Draw flowables top-down from ytop; return the y below the last one."""
    y = ytop
    for i, it in enumerate(items):
        _, h = it.wrap(w, H)
        if i:
            y -= it.getSpaceBefore()
        y -= h
        it.drawOn(c, x, y)
        y -= it.getSpaceAfter()
    return y


def balanced(c, story, x0, x1, ytop, n, ybottom, gutter=GUTTER):
    """Flow story into n columns of equal fill below ytop (not lower than ybottom)."""
    cw = (x1 - x0 - (n - 1) * gutter) / n
    total = 0.0
    for it in story:
        _, h = it.wrap(cw, H)
        total += h + it.getSpaceBefore() + it.getSpaceAfter()
    colh = total / n
    while colh < ytop - ybottom:
        trial = list(story)
        scratch = canvas.Canvas(io.BytesIO())
        for x, y, w, h in columns(x0, ytop - colh, x1, ytop, n, gutter):
            Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0).addFromList(trial, scratch)
        if not trial:
            break
        colh += 4
    colh = min(colh, ytop - ybottom)
    flow(c, story, columns(x0, ytop - colh, x1, ytop, n, gutter), "balanced")
    return ytop - colh


def header_footer(c, page, rubric=None):
    """Running head (optional) and folio. Even pages: folio left, odd pages: right."""
    c.setFillColor(DARK)
    if rubric:
        c.setFont("Sans-Bold", 7)
        c.setFillColor(ORANGE)
        if page % 2 == 0:
            c.drawString(MARGIN_L, H - 12 * mm, rubric)
        else:
            c.drawRightString(W - MARGIN_R, H - 12 * mm, rubric)
        c.setStrokeColor(ORANGE)
        c.setLineWidth(0.5)
        c.line(MARGIN_L, H - 13.5 * mm, W - MARGIN_R, H - 13.5 * mm)
    c.setFont("Sans", 7)
    c.setFillColor(GREY)
    folio = f"{page}"
    mag = "STRÖMUNG 1 | 2026"
    if page % 2 == 0:
        c.setFont("Sans-Bold", 9)
        c.setFillColor(PETROL)
        c.drawString(MARGIN_L, 10 * mm, folio)
        c.setFont("Sans", 7)
        c.setFillColor(GREY)
        c.drawString(MARGIN_L + 9 * mm, 10 * mm, mag)
    else:
        c.setFont("Sans-Bold", 9)
        c.setFillColor(PETROL)
        c.drawRightString(W - MARGIN_R, 10 * mm, folio)
        c.setFont("Sans", 7)
        c.setFillColor(GREY)
        c.drawRightString(W - MARGIN_R - 9 * mm, 10 * mm, mag)


def edge_credits(c, lines, x=W - 8 * mm, y=BOTTOM + 4 * mm):
    """Photo credits set vertically at the page edge, one line next to the other."""
    c.saveState()
    c.setFont("Sans", 6)
    c.setFillColor(GREY)
    for i, t in enumerate(lines):
        c.saveState()
        c.translate(x + i * 7.5, y)
        c.rotate(90)
        c.drawString(0, 0, t)
        c.restoreState()
    c.restoreState()


def photo_at(c, x, y, w, h, tone=0.78):
    ph = Photo(h, tone, w)
    ph.wrap(w, h)
    ph.drawOn(c, x, y)


# ================================================================ page 1: cover
def page1(c):
    c.setFillColor(PETROL)
    c.rect(0, H - 62 * mm, W, 62 * mm, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Sans-Bold", 54)
    c.drawString(MARGIN_L, H - 36 * mm, "STRÖMUNG")
    c.setFont("Sans", 11)
    c.drawString(MARGIN_L, H - 46 * mm, "Das Kundenmagazin der Stadtwerke Haldenbrück")
    c.setFont("Sans-Bold", 9)
    c.drawRightString(W - MARGIN_R, H - 46 * mm, "Ausgabe 1 | 2026 · Frühjahr")
    # cover photo
    photo_at(c, 0, 70 * mm, W, H - 62 * mm - 70 * mm, tone=0.72)
    # main teaser on the photo
    c.setFillColor(ORANGE)
    c.rect(MARGIN_L, 150 * mm, 118 * mm, 44 * mm, stroke=0, fill=1)
    t = [
        P("TITELTHEMA", ParagraphStyle("ck", parent=kicker, textColor=white)),
        P("Ein Viertel heizt sich selbst", ParagraphStyle("ch", parent=head_l, textColor=white, fontSize=21, leading=24)),
        P("Wärmepumpe im alten Ringofen, Solarstrom vom Dach, Abwärme aus der Backstube: "
          "So versorgt sich das Quartier Am Ziegelkamp mit Energie  › Seite 4",
          ParagraphStyle("cl", parent=lead, textColor=white, fontSize=9, leading=12)),
    ]
    flow(c, t, [(MARGIN_L + 5 * mm, 152 * mm, 108 * mm, 40 * mm)], "cover teaser")
    # teaser lines below
    c.setFillColor(SAND)
    c.rect(0, 0, W, 70 * mm, stroke=0, fill=1)
    teasers = [
        ("Im Gespräch", "Technikchefin Sabine Kowalczyk über das Stromnetz von morgen  › Seite 8"),
        ("Kundenporträts", "Drei Haldenbrücker erzählen, wie sie heute heizen  › Seite 7"),
        ("Gewinnspiel", "Ein E-Lastenrad und Freibad-Saisonkarten zu gewinnen  › Seite 11"),
    ]
    frames = columns(MARGIN_L, 20 * mm, W - MARGIN_R, 62 * mm, 3, 7 * mm)
    for (k, t), fr in zip(teasers, frames):
        flow(c, [P(k.upper(), kicker), Spacer(1, 2), P(t, ParagraphStyle("tt", parent=toc_title, fontSize=11, leading=14))], [fr], "cover teasers")
    c.setFont("Sans", 6)
    c.setFillColor(DARK)
    c.drawString(MARGIN_L, 9 * mm, "Titelfoto: Jonas Brandtner")
    c.drawRightString(W - MARGIN_R, 9 * mm, "www.stadtwerke-haldenbrueck.de")


# ================================================================ page 2: Inhalt + Editorial
def page2(c):
    header_footer(c, 2)
    c.setFillColor(PETROL)
    c.setFont("Sans-Bold", 22)
    c.drawString(MARGIN_L, TOP - 8 * mm, "Inhalt")
    toc = [
        ("3", "Kurz notiert", "Neue Ladesäulen am Bahnhof, längere Öffnungszeiten, Bestnoten fürs Trinkwasser"),
        ("4", "Titelthema: Ein Viertel heizt sich selbst", "Energie im Quartier Am Ziegelkamp. Von Katharina Oltmanns und Deniz Aydın"),
        ("7", "Kundenporträts", "Drei Wege zur neuen Wärme"),
        ("8", "Im Gespräch mit Sabine Kowalczyk", "Warum das Stromnetz lernen muss, mitzudenken"),
        ("10", "Service", "Frühjahrsputz für die Stromrechnung"),
        ("11", "Gewinnspiel", "Mitmachen und ein E-Lastenrad gewinnen"),
        ("12", "Kinderseite · Impressum", "Funke erklärt, wie die Wärme ins Haus kommt"),
    ]
    y = TOP - 20 * mm
    for num, title, text in toc:
        n = P(num, toc_num)
        n.wrap(14 * mm, 20 * mm)
        n.drawOn(c, MARGIN_L, y - 17)
        tp = [P(title, toc_title), P(text, toc_text)]
        hh = 0
        for p in tp:
            _, h = p.wrap(44 * mm, 100)
            hh += h + p.getSpaceAfter()
        flow(c, tp, [(MARGIN_L + 13 * mm, y - hh, 44 * mm, hh + 1)], "toc")
        y -= max(hh, 20) + 4
    # small photo of the editorial writer
    xr = MARGIN_L + 66 * mm
    c.setStrokeColor(ORANGE)
    c.setLineWidth(0.8)
    c.line(xr - 4 * mm, BOTTOM, xr - 4 * mm, TOP)
    ed_head = [
        P("EDITORIAL", kicker),
        P("Liebe Leserinnen und Leser,", ParagraphStyle("eh", parent=head_l, fontSize=17, leading=21)),
    ]
    ed = paras(
        """
        wenn Sie dieses Heft in den Händen halten, ist der Winter hoffentlich vorbei – und mit ihm die
        Jahreszeit, in der wir alle am deutlichsten spüren, wie wichtig eine verlässliche Versorgung mit
        Wärme ist. Für uns bei den Stadtwerken war es ein besonderer Winter: Zum ersten Mal hat ein
        ganzer Stadtteil von Haldenbrück seine Heizwärme fast vollständig aus erneuerbaren Quellen
        bezogen.

        Das Quartier Am Ziegelkamp steht deshalb im Mittelpunkt dieser Ausgabe. Unsere Redaktion hat
        Bewohnerinnen, Handwerker und Kolleginnen aus dem Netzbetrieb besucht und nachgefragt, was gut
        funktioniert und wo es noch hakt. Denn auch das gehört zur Wahrheit: Nicht jeder Tag auf der
        Baustelle war ein guter Tag, und nicht jede Frage aus der Nachbarschaft hatten wir sofort
        beantwortet.

        Wärmepumpen, Wallboxen, Solaranlagen – all das verändert auch unser Stromnetz. Wie wir es fit
        machen für die kommenden Jahre, erklärt unsere Technische Geschäftsführerin im ausführlichen
        Gespräch ab Seite 8. Und wer wissen möchte, wie andere Haushalte den Umstieg erlebt haben, findet
        auf Seite 7 drei sehr persönliche Geschichten.

        Für die Jüngsten gibt es wie immer die Kinderseite, für alle anderen ein Gewinnspiel mit einem
        Preis, der gut zum Frühling passt. Ich wünsche Ihnen viel Freude beim Lesen und freue mich über
        Ihre Rückmeldungen an unsere Redaktion.
        """,
        ParagraphStyle("edf", parent=body, fontName="Sans", fontSize=9, leading=13.4, alignment=TA_LEFT),
        ParagraphStyle("edi", parent=body, fontName="Sans", fontSize=9, leading=13.4, alignment=TA_LEFT, spaceBefore=6),
    )
    signoff = [Spacer(1, 8), P("Ihre", sign), P("Henrike Vosskuhl", sign_b),
               P("Sprecherin der Geschäftsführung", sign)]
    photo_w = 34 * mm
    photo_at(c, W - MARGIN_R - photo_w, TOP - 44 * mm, photo_w, 42 * mm, tone=0.8)
    y = stack(c, ed_head, xr, TOP - 2 * mm, W - MARGIN_R - xr - photo_w - 4 * mm)
    balanced(c, ed + signoff, xr, W - MARGIN_R, min(y - 6 * mm, TOP - 50 * mm), 2, BOTTOM + 4 * mm)


# ================================================================ page 3: Kurz notiert
def page3(c):
    header_footer(c, 3, "KURZ NOTIERT")
    c.setFillColor(PETROL)
    c.setFont("Sans-Bold", 22)
    c.drawString(MARGIN_L, TOP - 9 * mm, "Kurz notiert")
    c.setFont("Sans", 9)
    c.setFillColor(GREY)
    c.drawString(MARGIN_L + 58 * mm, TOP - 9 * mm, "Neues aus Haldenbrück und von Ihren Stadtwerken")
    fr = columns(MARGIN_L, BOTTOM + 2 * mm, W - MARGIN_R, TOP - 16 * mm, 3)
    story = [
        Photo(40 * mm, 0.76),
        P("Seit Februar in Betrieb: die vier Schnellladepunkte am Bahnhofsvorplatz.", caption),
        P("Neue Ladesäulen am Bahnhof", head_s),
        P("Von Paulina Kaczmarek", byline),
    ]
    story += paras(
        """
        Wer mit dem Elektroauto zum Zug fährt, kann es jetzt während der Reise aufladen. Am
        Bahnhofsvorplatz haben die Stadtwerke vier Schnellladepunkte mit jeweils bis zu 150 Kilowatt
        Leistung in Betrieb genommen. Bezahlt wird per Ladekarte, App oder direkt mit der Girokarte
        am Terminal.

        Die Ladepunkte werden zu hundert Prozent mit Ökostrom versorgt. Für Kundinnen und Kunden mit
        dem Tarif HaldenStrom Natur gilt an allen städtischen Säulen ein ermäßigter Preis. Zwei weitere
        Standorte, am Freibad und am Marktplatz, sollen bis zum Sommer folgen.
        """
    )
    story += [Rule(GREY, 0.5, 5), P("Kundencenter länger geöffnet", head_s)]
    story += paras(
        """
        Ab dem 1. April hat das Kundencenter in der Kesselstraße donnerstags bis 19 Uhr geöffnet.
        Damit reagieren die Stadtwerke auf viele Wünsche von Berufstätigen, die es bisher nicht vor
        Feierabend in die Beratung geschafft haben. An den übrigen Werktagen bleibt es bei den
        gewohnten Zeiten von 8 bis 17 Uhr.

        Neu ist auch die Terminbuchung im Internet: Wer einen festen Gesprächstermin reserviert,
        muss nicht warten und bekommt auf Wunsch eine Erinnerung per SMS. Beratungen zu
        Wärmepumpen und Solaranlagen finden ausschließlich mit Termin statt.
        """
    )
    story += [P("Text: Lars Henningsen", ParagraphStyle("bl2", parent=byline, spaceBefore=3)),
              Rule(GREY, 0.5, 5), P("Trinkwasser: Bestnoten für Haldenbrück", head_s)]
    story += paras(
        """
        Das Haldenbrücker Trinkwasser hat auch im vergangenen Jahr alle Grenzwerte der
        Trinkwasserverordnung deutlich unterschritten. Das Labor der Stadtwerke hat dafür mehr als
        2.600 Proben aus dem Netz, den Hochbehältern und den drei Brunnen am Eichholz untersucht.

        „Unser Wasser kommt aus 80 Metern Tiefe und ist dort seit Jahrzehnten vor Einflüssen von
        außen geschützt. Man kann es bedenkenlos aus dem Hahn trinken, auch für Babynahrung“, sagt
        Laborleiter Óscar Villanueva. Der vollständige Analysebericht steht auf der Internetseite der
        Stadtwerke zum Herunterladen bereit.

        Mit einer Gesamthärte von 11,8 Grad deutscher Härte liegt das Wasser im Bereich „mittel“.
        Eine Enthärtungsanlage ist für Haushalte daher in der Regel nicht nötig.
        """
    )
    story += [P("<i>Jana Wolters</i>", ParagraphStyle("bl3", parent=sign, alignment=TA_RIGHT, spaceBefore=2)),
              Rule(GREY, 0.5, 5), P("Saunawelt im Wellenbad öffnet wieder", head_s)]
    story += paras(
        """
        Nach acht Monaten Umbau ist die Saunawelt im Wellenbad Haldenbrück wieder geöffnet. Die
        beiden Saunen werden jetzt mit Wärme aus dem Blockheizkraftwerk des Bades beheizt, ein neuer
        Ruheraum mit Blick auf den Stadtpark ist hinzugekommen. Die Eintrittspreise bleiben bis
        Jahresende unverändert.
        """
    )
    story += [P("Text: Fenna Rademacher", ParagraphStyle("bl4", parent=byline, spaceBefore=3)),
              Rule(GREY, 0.5, 5), P("Zwölf neue Auszubildende", head_s)]
    story += paras(
        """
        Zum Ausbildungsstart haben bei den Stadtwerken zwölf junge Menschen angefangen, so viele wie
        nie zuvor. Sie lernen Berufe wie Elektronikerin für Betriebstechnik, Anlagenmechaniker oder
        Industriekauffrau. Erstmals gibt es auch zwei duale Studienplätze im Fach Energietechnik.

        „Wer heute bei uns lernt, baut die Netze, mit denen Haldenbrück in zwanzig Jahren heizt und
        fährt. Langweilig wird das bestimmt nicht“, sagt Ausbildungsleiter Henrik Aasland. Bewerbungen
        für das kommende Jahr sind ab sofort möglich.
        """
    )
    story += [P("Text: Kaan Öztürk", ParagraphStyle("bl5", parent=byline, spaceBefore=3)), Spacer(1, 6),
              Box([
                  P("Termine", box_head),
                  P("<b>18. März</b> · Informationsabend Quartiersenergie, Quartierszentrum Ziegelkamp, 18.30 Uhr", box_text),
                  P("<b>25. April</b> · Energieberatung auf dem Wochenmarkt, 9 bis 13 Uhr", box_text),
                  P("<b>14. Juni</b> · Tag der offenen Tür im Betriebshof an der Kesselstraße, 11 bis 17 Uhr", box_text),
              ], SAND, 7)]
    flow(c, story, fr, "page 3")


# ================================================================ pages 4-6: feature
FEATURE_HEAD = "TITELTHEMA · ENERGIE IM QUARTIER"


def page4(c):
    header_footer(c, 4, FEATURE_HEAD)
    photo_at(c, 0, H - 92 * mm, W, 78 * mm, tone=0.7)
    edge_credits(c, ["Foto: Jonas Brandtner"], x=W - 6 * mm, y=H - 90 * mm)
    head = [
        P("TITELTHEMA", kicker),
        Spacer(1, 2),
        P("Ein Viertel heizt sich selbst", head_xl),
        Spacer(1, 5),
        P("Im ehemaligen Ziegeleigelände am Nordrand von Haldenbrück wohnen heute rund 900 Menschen. "
          "Ihre Wärme kommt nicht mehr aus Hunderten einzelner Gaskessel, sondern aus einem gemeinsamen "
          "Netz – gespeist von einer Großwärmepumpe, Solardächern und der Abwärme einer Bäckerei. "
          "Ein Besuch in einem Stadtteil, der zeigt, wie die Energiewende vor der Haustür aussieht.", lead),
        Spacer(1, 5),
        P("Von Katharina Oltmanns und Deniz Aydın", ParagraphStyle("fb", parent=byline, fontName="Sans-Bold", textColor=ORANGE)),
    ]
    ybot = stack(c, head, MARGIN_L, H - 98 * mm, W - MARGIN_L - MARGIN_R - 20 * mm)
    story = paras(
        """
        Wer an einem kalten Januarmorgen durch die Straße Am Ringofen geht, riecht zuerst frisches
        Brot und sieht dann den hohen Backsteinschornstein. Er gehört zu dem alten Ziegelbrennofen,
        der 1968 stillgelegt wurde. Lange stand das Gebäude leer, die Fenster waren mit Spanplatten
        verschlossen. Seit dem vergangenen Herbst brummt darin wieder etwas: eine Wärmepumpe mit
        1,2 Megawatt Leistung, die das gesamte Quartier mit Heizwärme und Warmwasser versorgt.

        Das Projekt „Wärmewende Ziegelkamp“ ist das bislang größte Vorhaben der Stadtwerke
        Haldenbrück außerhalb der Innenstadt. Rund 14 Kilometer Leitungen wurden in den vergangenen
        drei Jahren verlegt, 212 Gebäude sind inzwischen angeschlossen – Reihenhäuser aus den
        Sechzigern ebenso wie die neuen Mehrfamilienhäuser an der Lehmkuhle.

        Marek Wiśniewski kennt jeden Meter davon. Der Netzmeister war von der ersten Probebohrung an
        dabei und hat die Baustellen im Quartier koordiniert. Marek Wiśniewski sagt: „Das
        Schwierigste waren nicht die Rohre, sondern die Gespräche am Gartenzaun. Wir haben manche
        Einfahrt zweimal aufgerissen, und trotzdem haben uns die Leute Kaffee rausgebracht.“

        Die Technik dahinter ist weniger exotisch, als sie klingt. Die Wärmepumpe entzieht dem
        Wasser des Mühlenbachs und einem Feld aus 48 Erdsonden Energie und hebt sie auf eine
        Vorlauftemperatur von etwa 65 Grad. Für die kältesten Tage steht ein Spitzenlastkessel
        bereit, der mit Biomethan betrieben wird. Im vergangenen Winter lief er nach Angaben der
        Stadtwerke an gerade einmal elf Tagen.
        """
    )
    balanced(c, story, MARGIN_L, W - MARGIN_R, ybot - 5 * mm, 3, BOTTOM + 2 * mm)


def page5(c):
    header_footer(c, 5, FEATURE_HEAD)
    colw = (W - MARGIN_L - MARGIN_R - 2 * GUTTER) / 3
    x2 = MARGIN_L + colw + GUTTER
    # photo top spanning columns 2-3, photo bottom spanning columns 2-3
    photo_at(c, x2, TOP - 70 * mm, 2 * colw + GUTTER, 70 * mm, tone=0.74)
    cap1 = P("Im alten Ringofen arbeitet heute die Großwärmepumpe. Netzmeister Marek Wiśniewski "
             "prüft die Anzeige am Verdichter.", caption)
    flow(c, [cap1], [(x2, TOP - 84 * mm, 2 * colw + GUTTER, 13 * mm)], "cap1")
    photo_at(c, x2, BOTTOM + 14 * mm, 2 * colw + GUTTER, 58 * mm, tone=0.8)
    cap2 = P("Nachts um drei in der Backstube: Giulia Fontanella an ihren Etagenöfen, deren Abwärme "
             "ins Quartiersnetz fließt.", caption)
    flow(c, [cap2], [(x2, BOTTOM + 1 * mm, 2 * colw + GUTTER, 12 * mm)], "cap2")
    edge_credits(c, ["Foto oben: Jonas Brandtner", "Foto unten: Emilia Sørensen"], x=W - 9 * mm, y=BOTTOM + 40 * mm)
    col1 = paras(
        """
        „Am Anfang dachten viele, wir wollten ihnen die Gasheizung wegnehmen.“ So erinnert sich
        Ingrid Hallstein an die ersten Versammlungen im Gemeindesaal. Die pensionierte Lehrerin ist
        Vorsitzende der Mietergemeinschaft Ziegelkamp und hat damals die Fragen der Nachbarschaft
        gesammelt: Was kostet der Anschluss? Was passiert, wenn die Pumpe ausfällt? Und wer haftet,
        wenn der Vorgarten danach anders aussieht?

        Die Stadtwerke richteten daraufhin eine Sprechstunde im Quartiersbüro ein, jeden Dienstag
        von 16 bis 19 Uhr. Aus der Sprechstunde wurde schnell mehr: Nachbarn tauschten
        Handwerkeradressen, ein Rentner aus der Tonstraße baute aus Kupferrohr ein Modell des
        Wärmenetzes für das Schaufenster, und eine vierte Klasse der Grundschule Am Ringofen maß
        einen Winter lang die Temperaturen im Schulkeller.

        Für den Anschluss zahlten die Eigentümer einmalig zwischen 3.000 und 6.500 Euro, je nach
        Länge der Hausanschlussleitung. Einen Teil davon übernimmt die Bundesförderung für
        effiziente Gebäude; beim Ausfüllen der Anträge halfen Fachleute der Stadtwerke.

        Heute ist Ingrid Hallstein selbst angeschlossen. Ihre Bilanz fällt
        nüchtern aus. „Die Heizkosten sind ungefähr gleich geblieben, aber ich muss mich um nichts
        mehr kümmern – kein Schornsteinfeger, keine Wartung, kein Öltank im Keller“, sagt sie.

        Was das Quartier zusammenhält, lässt sich in der Backstube von Giulia Fontanella
        beobachten. Die Bäckermeisterin betreibt seit 2011 die Bäckerei „Korn &amp; Kruste“ an der Ecke
        Lehmkuhle. Ihre drei Etagenöfen laufen jede Nacht ab zwei Uhr – und geben dabei Wärme ab,
        die früher einfach durch das Dach entwich.
        """
    )
    flow(c, col1, [(MARGIN_L, BOTTOM + 2 * mm, colw, TOP - BOTTOM - 2 * mm)], "page 5 col1")
    # middle band between the photos: pull quote + text in two columns
    band_top = TOP - 88 * mm
    band_bot = BOTTOM + 76 * mm
    pq = [
        Rule(ORANGE, 1.5, 3),
        P("„Ein Quartier, das seine Wärme selbst erzeugt, funktioniert wie ein gutes Straßenfest: "
          "Jeder bringt etwas mit.“", pull),
        P("Frank Oberländer", pull_name),
        P("Projektleiter Quartiersenergie bei den Stadtwerken Haldenbrück", pull_role),
    ]
    flow(c, pq, [(x2, band_bot, colw, band_top - band_bot)], "pull quote")
    col3 = paras(
        """
        Heute fängt ein Wärmetauscher über den Öfen einen Teil dieser Wärme ein und speist ihn ins
        Quartiersnetz. „Ich habe am Anfang gelacht, als die Stadtwerke mit der Idee kamen. Jetzt
        heize ich mit meinen Brötchen die Wohnungen meiner Kundschaft“, erzählt Giulia Fontanella.

        Die Bäckerei erhält für jede eingespeiste Kilowattstunde eine Vergütung; über das Jahr
        gerechnet deckt sie damit einen Teil ihrer eigenen Stromkosten.
        """
    )
    flow(c, col3, [(x2 + colw + GUTTER, band_bot, colw, band_top - band_bot)], "page 5 col3")


def page6(c):
    header_footer(c, 6, FEATURE_HEAD)
    colw = (W - MARGIN_L - MARGIN_R - 2 * GUTTER) / 3
    story = [P("Strom vom eigenen Dach", subhead)]
    story += paras(
        """
        Neben der Wärme spielt Strom im Ziegelkamp eine immer größere Rolle. Auf 64 Dächern liegen
        inzwischen Solarmodule mit zusammen rund 1,9 Megawatt Spitzenleistung. Ein Teil davon wird
        über ein Mieterstrommodell direkt an die Bewohnerinnen und Bewohner der Mehrfamilienhäuser
        geliefert – ohne Umweg über das öffentliche Netz. Für die Mieter ist dieser Strom etwas
        günstiger als der Grundversorgungstarif.

        Im Keller des Quartierszentrums steht außerdem ein Batteriespeicher von der Größe zweier
        Kühlschränke. Er nimmt mittags den Solarstrom auf, den gerade niemand braucht, und gibt ihn
        abends ab, wenn in den Küchen gekocht wird. Im Quartier heißt er nur der
        „Sonnenkühlschrank“.
        """
    )
    story += [P("Nicht alles lief glatt", subhead)]
    story += paras(
        """
        Im ersten Winter fiel die Wärmepumpe zweimal für einige Stunden aus, einmal wegen eines
        defekten Sensors, einmal wegen eines Softwarefehlers. Beide Male sprang der
        Spitzenlastkessel ein, in den Wohnungen wurde es nicht kalt. Die Stadtwerke haben seitdem
        eine zweite Steuerung eingebaut, die im Notfall automatisch übernimmt.

        Auch die Abrechnung sorgte zunächst für Verwirrung, weil Grundpreis und Arbeitspreis anders
        aufgeteilt sind als beim Gas. Quartiersmanager Yusuf Demirci hat deshalb im Herbst eine
        Reihe von Abenden organisiert, an denen Fachleute der Stadtwerke die Rechnungen Zeile für
        Zeile erklärt haben. Mehr als 150 Haushalte kamen.
        """
    )
    story += [P("Wie geht es weiter?", subhead)]
    story += paras(
        """
        Bis 2028 sollen zwei weitere Stadtteile nach dem Vorbild des Ziegelkamps erschlossen werden:
        das Gewerbegebiet Ostermoor und die Siedlung Am Galgenberg. Dort gibt es keinen Bach, dafür
        ein Rechenzentrum, dessen Abwärme genutzt werden könnte. Die Gespräche mit dem Betreiber
        laufen, ein Ergebnis wird für den Sommer erwartet.

        Ingrid Hallstein hat für die neuen Quartiere einen Rat parat: Man solle die Menschen früh
        einbinden, lieber zu oft als zu selten informieren – und Kaffee kochen. „Die besten Ideen
        kamen bei uns nicht aus dem Planungsbüro, sondern aus der Nachbarschaft“, sagt sie.
        """
    )
    story[-1] = P(story[-1].text + end_mark, body_ind)
    fr = columns(MARGIN_L, BOTTOM + 2 * mm, MARGIN_L + 2 * colw + GUTTER, TOP - 2 * mm, 2)
    # a photo at the top of column 1-2
    photo_at(c, MARGIN_L, TOP - 62 * mm, 2 * colw + GUTTER, 60 * mm, tone=0.76)
    capt = P("Solarmodule auf den Reihenhäusern an der Lehmkuhle. Der Strom fließt über das "
             "Mieterstrommodell direkt in die Nachbarhäuser. © Emilia Sørensen", caption)
    flow(c, [capt], [(MARGIN_L, TOP - 76 * mm, 2 * colw + GUTTER, 13 * mm)], "cap p6")
    fr = columns(MARGIN_L, BOTTOM + 2 * mm, MARGIN_L + 2 * colw + GUTTER, TOP - 78 * mm, 2)
    flow(c, story, fr, "page 6")
    # fact box in column 3
    x3 = MARGIN_L + 2 * (colw + GUTTER)
    facts = [
        P("Das Quartier in Zahlen", box_head),
        P("<b>900</b> Bewohnerinnen und Bewohner", box_text),
        P("<b>212</b> angeschlossene Gebäude", box_text),
        P("<b>14 km</b> Wärmeleitungen", box_text),
        P("<b>48</b> Erdsonden, bis zu 120 Meter tief", box_text),
        P("<b>1,2 MW</b> Leistung der Großwärmepumpe", box_text),
        P("<b>64</b> Dächer mit Solarmodulen", box_text),
        P("<b>11</b> Tage Betrieb des Spitzenlastkessels im Winter 2025/26", box_text),
    ]
    info = [
        P("Informationsabend", box_head),
        P("Am Mittwoch, 18. März, stellen die Stadtwerke die Pläne für Ostermoor und Am Galgenberg "
          "im Quartierszentrum Ziegelkamp vor. Beginn ist um 18.30 Uhr, der Eintritt ist frei. "
          "Um Anmeldung unter Telefon 05531 9870-400 wird gebeten.", box_text),
    ]
    flow(c, [Box(facts, LIGHT, 7), Spacer(1, 8), Box(info, SAND, 7)],
         [(x3, BOTTOM + 2 * mm, colw, TOP - BOTTOM - 2 * mm)], "facts")


# ================================================================ page 7: Kundenporträts
def portrait(name_line, text_paras):
    return [P(name_line, head_s)] + paras(text_paras)


def page7(c):
    header_footer(c, 7, "KUNDENPORTRÄTS")
    head = [
        P("KUNDENPORTRÄTS", kicker),
        P("Drei Wege zur neuen Wärme", head_l),
        Spacer(1, 4),
        P("Eine Rentnerin, ein Cafébetreiber und eine Hebamme haben im vergangenen Jahr ihre "
          "Heizung umgestellt. Wir haben sie gefragt, wie es ihnen dabei ergangen ist.", lead),
        Spacer(1, 3),
        P("Text: Emre Yıldırım · Fotos: Ole Martensen", byline),
    ]
    flow(c, head, [(MARGIN_L, TOP - 40 * mm, W - MARGIN_L - MARGIN_R, 40 * mm)], "p7 head")
    fr = columns(MARGIN_L, BOTTOM + 2 * mm, W - MARGIN_R, TOP - 42 * mm, 3)
    s1 = [Photo(78 * mm, 0.8), P("Hannelore Duvenbeck in ihrem Wintergarten.", caption)]
    s1 += portrait("Hannelore Duvenbeck, 74, Haldenbrück-Süd", """
        Vierzig Jahre lang hat Hannelore Duvenbeck jeden Herbst den Öltank füllen lassen. Als der
        alte Kessel im vorletzten Winter zum dritten Mal ausfiel, entschied sie sich gemeinsam mit
        ihrem Sohn für eine Luft-Wärmepumpe. Die Förderung hat die Energieberatung der Stadtwerke
        für sie beantragt.

        Hannelore Duvenbeck sagt: „Ich hatte Angst, dass es im Haus nicht mehr richtig warm wird.
        Jetzt sitze ich im Januar im Wintergarten und lese, und meine Enkel fragen, warum es bei
        Oma so gemütlich ist.“ Nur das leise Summen im Garten habe sie anfangs gestört. Inzwischen
        höre sie es gar nicht mehr.
        """)
    s2 = [Photo(78 * mm, 0.74), P("Rahul Mehta hinter dem Tresen seines Cafés.", caption)]
    s2 += portrait("Rahul Mehta, 41, Innenstadt", """
        Das kleine Café von Rahul Mehta liegt direkt am Marktplatz, in einem Fachwerkhaus von 1782.
        Eine Wärmepumpe kam hier wegen des Denkmalschutzes nicht in Frage. Stattdessen ist das Haus
        seit Oktober an die Fernwärme der Stadtwerke angeschlossen, die Leitung lag ohnehin schon
        unter dem Pflaster.

        „Ich brauche morgens um sechs heißes Wasser für die Espressomaschine und warme Räume für die
        ersten Gäste. Seit dem Anschluss muss ich mir darüber keine Gedanken mehr machen“, erzählt
        Rahul Mehta. Den frei gewordenen Heizungskeller nutzt er jetzt als Lager für Kaffeebohnen.
        """)
    s3 = [Photo(78 * mm, 0.78), P("Siobhán Gallagher-Röhrs mit ihrem Lastenrad.", caption)]
    s3 += portrait("Siobhán Gallagher-Röhrs, 36, Am Ziegelkamp", """
        Die gebürtige Irin arbeitet als freiberufliche Hebamme und ist täglich in ganz Haldenbrück
        unterwegs, meist mit dem Lastenrad. Als sie vor zwei Jahren mit ihrer Familie ein Reihenhaus
        im Ziegelkamp kaufte, war der Anschluss an das neue Wärmenetz schon geplant.

        „Wir haben das Haus ehrlich gesagt auch wegen des Wärmenetzes gekauft. Eine alte Gasheizung
        hätten wir in ein paar Jahren ohnehin ersetzen müssen“, erzählt Siobhán Gallagher-Röhrs.
        """)
    s3.append(P("<b>Fortsetzung auf Seite 10</b>", ParagraphStyle("fs", parent=byline, textColor=ORANGE, spaceBefore=4)))
    for s, f in zip((s1, s2, s3), fr):
        flow(c, s, [f], "page 7")


# ================================================================ pages 8-9: interview
def qa(turns):
    out = []
    for who, text in turns:
        text = " ".join(text.split())
        if who == "TB":
            out.append(P(f"TB: {text}", q_style))
        else:
            out.append(P(f"<b>SK:</b> {text}", a_style))
    return out


def page8(c):
    header_footer(c, 8, "INTERVIEW")
    photo_at(c, MARGIN_L, TOP - 92 * mm, 105 * mm, 92 * mm, tone=0.72)
    cap = P("Sabine Kowalczyk im Leitstand der Stadtwerke an der Kesselstraße. © Matthias Quaden", caption)
    flow(c, [cap], [(MARGIN_L, TOP - 104 * mm, 105 * mm, 11 * mm)], "cap p8")
    xr = MARGIN_L + 110 * mm
    head = [
        P("INTERVIEW", kicker),
        Spacer(1, 2),
        P("„Das Netz muss lernen, mitzudenken“", ParagraphStyle("ih", parent=head_l, fontSize=19, leading=23)),
        Spacer(1, 6),
        P("Im Gespräch mit Sabine Kowalczyk, Technische Geschäftsführerin der Stadtwerke "
          "Haldenbrück, über Wärmepumpen, Wallboxen und die Frage, wie viel Strom ein "
          "städtisches Netz eigentlich verträgt.", lead),
        Spacer(1, 5),
        P("Die Fragen stellte Tobias Brenninkmeyer.", byline),
    ]
    flow(c, head, [(xr, TOP - 104 * mm, W - MARGIN_R - xr, 104 * mm)], "p8 head")
    turns = [
        ("TB", """Frau Kowalczyk, vor zehn Jahren hat in Haldenbrück kaum jemand über das Stromnetz
              nachgedacht. Heute ist es ein Dauerthema. Was hat sich verändert?"""),
        ("SK", """Fast alles, was früher mit Öl, Gas oder Benzin lief, wandert jetzt ins Stromnetz. Ein
              Ortsnetz in einer Siedlung aus den Siebzigern wurde für Herd, Waschmaschine und
              Fernseher ausgelegt. Jetzt kommen Wärmepumpen und Ladestationen dazu, und die laufen
              oft gleichzeitig, nämlich am Abend. Das ist machbar, aber nicht nebenbei."""),
        ("TB", "Wie viele Wallboxen und Wärmepumpen sind denn inzwischen angemeldet?"),
        ("SK", """Bei uns sind gut 3.400 Wallboxen und rund 1.900 Wärmepumpen registriert. Vor fünf
              Jahren waren es zusammen keine 600. Dazu kommen mehr als 2.000 Solaranlagen, die bei
              Sonnenschein Strom ins Netz zurückspeisen. Das Netz muss also in beide Richtungen
              funktionieren."""),
        ("TB", """Müssen Kundinnen und Kunden befürchten, dass ihre neue Wärmepumpe nicht angeschlossen
              werden kann?"""),
        ("SK", """Nein. Seit 2024 gilt bundesweit eine Regel im Energiewirtschaftsgesetz, der
              Paragraf 14a. Wir als Netzbetreiber dürfen den Anschluss einer Wärmepumpe oder Wallbox
              nicht mehr mit Verweis auf fehlende Kapazität ablehnen. Im Gegenzug dürfen wir diese
              Geräte in seltenen Engpässen vorübergehend drosseln. Dafür zahlen die Kunden ein
              geringeres Netzentgelt."""),
        ("TB", "Drosseln klingt nach kalter Wohnung."),
        ("SK", """Das ist die häufigste Sorge, und ich verstehe sie. Eine Kundin hat uns im Herbst
              geschrieben: „Ich will nicht, dass mein Haus abends einfach ausgeknipst wird.“ Aber
              genau das passiert nicht. Das Gerät wird nur gedrosselt, nie abgeschaltet, und 4,2
              Kilowatt bleiben immer verfügbar. Damit läuft jede gängige Wärmepumpe im
              Einfamilienhaus weiter."""),
    ]
    balanced(c, qa(turns), MARGIN_L, W - MARGIN_R, TOP - 108 * mm, 3, BOTTOM + 2 * mm)


def page9(c):
    header_footer(c, 9, "INTERVIEW")
    turns = [
        ("TB", "Wie oft mussten Sie in Haldenbrück schon drosseln?"),
        ("SK", """Bisher kein einziges Mal. Wir beobachten aber sehr genau, wo es eng wird. Dafür
              bauen wir gerade Messtechnik in unsere Ortsnetzstationen ein, rund 80 pro Jahr. Früher
              wussten wir dort nur, wie viel Strom im Jahr durchgeflossen ist. Heute sehen wir die
              Belastung im Viertelstundentakt."""),
        ("TB", "Ihr Investitionsprogramm heißt „Netz 2035“. Was steckt dahinter?"),
        ("SK", """Wir investieren in den nächsten zehn Jahren rund 140 Millionen Euro in das Strom-
              und Wärmenetz. Das meiste Geld fließt in neue Kabel und größere Transformatoren in
              den Wohngebieten, die am schnellsten wachsen. Dazu kommen digitale Stromzähler, die
              sogenannten intelligenten Messsysteme, die wir bis 2030 in allen Haushalten mit
              Wärmepumpe, Wallbox oder Solaranlage einbauen."""),
        ("TB", "Was bedeutet das für die Menschen in der Stadt ganz praktisch?"),
        ("SK", """Zunächst einmal: Baustellen. Wir versuchen, mit der Stadt und den anderen
              Versorgern gemeinsam zu graben, damit eine Straße nicht dreimal hintereinander
              aufgerissen wird. Das klappt nicht immer, aber immer öfter. Und wer ein intelligentes
              Messsystem bekommt, kann seinen Verbrauch künftig tagesgenau in unserem Kundenportal
              verfolgen und einen dynamischen Tarif nutzen."""),
        ("TB", """Sie haben in Gliwice und Aachen Elektrotechnik studiert und sind seit 2021 in
              Haldenbrück. Was hat Sie hierher gebracht?"""),
        ("SK", """Ein Stadtwerk ist nah genug an den Menschen, dass man die Wirkung seiner Arbeit
              sieht. Wenn bei uns eine Ortsnetzstation erneuert wird, bekomme ich am nächsten Tag
              beim Bäcker eine Rückmeldung dazu. Das gibt es in einem großen Konzern nicht."""),
        ("TB", "Zum Schluss: Was wünschen Sie sich von den Haldenbrückerinnen und Haldenbrückern?"),
        ("SK", """Geduld mit unseren Baustellen und Neugier. Wer eine Wärmepumpe oder eine Solaranlage
              plant, sollte uns früh Bescheid geben. Je eher wir davon wissen, desto besser können
              wir das Netz vorbereiten. Und ich lade alle ein, sich unseren Leitstand einmal beim
              Tag der offenen Tür im Juni anzusehen."""),
        ("TB", "Frau Kowalczyk, vielen Dank für das Gespräch."),
    ]
    colw = (W - MARGIN_L - MARGIN_R - 2 * GUTTER) / 3
    fr = columns(MARGIN_L, BOTTOM + 2 * mm, MARGIN_L + 2 * colw + GUTTER, TOP - 2 * mm, 2)
    flow(c, qa(turns), fr, "page 9")
    x3 = MARGIN_L + 2 * (colw + GUTTER)
    side = [
        Photo(52 * mm, 0.76),
        P("Von hier aus wird das Mittelspannungsnetz der Stadt rund um die Uhr überwacht.", caption),
        Spacer(1, 4),
        Box([
            P("Zur Person", box_head),
            P("Sabine Kowalczyk, geboren 1979 in Gliwice, studierte Elektrotechnik in ihrer "
              "Heimatstadt und an der RWTH Aachen. Nach Stationen bei einem Übertragungsnetzbetreiber "
              "und einem Stadtwerk im Rheinland kam sie 2021 als Leiterin Netze nach Haldenbrück. Seit "
              "2024 ist sie Technische Geschäftsführerin. Sie lebt mit ihrer Familie in der Altstadt "
              "und fährt, wie sie sagt, bei jedem Wetter mit dem Rad zur Arbeit.", box_text),
        ], LIGHT, 7),
        Spacer(1, 8),
        Box([
            P("Was ist Paragraf 14a?", box_head),
            P("Die Regel im Energiewirtschaftsgesetz gilt seit dem 1. Januar 2024 für neue "
              "steuerbare Verbrauchseinrichtungen wie Wärmepumpen, Wallboxen und Batteriespeicher "
              "mit mehr als 4,2 Kilowatt Leistung. Netzbetreiber müssen sie anschließen, dürfen sie "
              "bei Überlastung aber zeitweise drosseln. Dafür sinkt das Netzentgelt.", box_text),
        ], SAND, 7),
    ]
    flow(c, side, [(x3, BOTTOM + 2 * mm, colw, TOP - BOTTOM - 2 * mm)], "page 9 side")


# ================================================================ page 10: Service + Fortsetzung
def page10(c):
    header_footer(c, 10, "SERVICE")
    colw = (W - MARGIN_L - MARGIN_R - 2 * GUTTER) / 3
    story = [
        P("SERVICE", kicker),
        P("Frühjahrsputz für die Stromrechnung", ParagraphStyle("hs10", parent=head_s, fontSize=10.5, leading=13)),
        P("Von Aino Lehtonen", byline),
    ]
    story += paras(
        """
        Wenn die Tage länger werden, lohnt sich ein Rundgang durch Haus oder Wohnung. Viele kleine
        Stromfresser fallen im Winter gar nicht auf, weil ohnehin überall Licht brennt und die
        Heizung läuft. Mit ein paar Handgriffen lassen sich in einem durchschnittlichen Haushalt
        leicht 100 Kilowattstunden im Jahr einsparen.
        """
    )
    tips = [
        ("Kühlschrank abtauen.", "Schon eine Eisschicht von einem halben Zentimeter erhöht den Verbrauch "
         "spürbar. Sieben Grad im Kühlteil und minus 18 Grad im Gefrierfach reichen völlig."),
        ("Standby aufspüren.", "Fernseher, Spielkonsole, Router und Kaffeemaschine ziehen auch im "
         "Ruhezustand Strom. Eine schaltbare Steckdosenleiste macht dem ein Ende."),
        ("Heizungspumpe prüfen.", "Ältere ungeregelte Pumpen laufen rund um die Uhr. Eine moderne "
         "Hocheffizienzpumpe braucht oft nur ein Fünftel des Stroms."),
        ("Waschen mit Eco.", "Das Eco-Programm dauert länger, spart aber Energie, weil das Wasser "
         "weniger stark erhitzt wird. Für normal verschmutzte Wäsche reichen 30 Grad."),
        ("Zählerstand notieren.", "Wer jeden Monat abliest, erkennt schnell, ob sich der Verbrauch "
         "verändert. Im Kundenportal können Sie die Werte bequem eintragen."),
    ]
    story += [P(f"<bullet>•</bullet><b>{t}</b> {d}", ParagraphStyle("tipb", parent=body, spaceBefore=4, leftIndent=8, bulletIndent=0)) for t, d in tips]
    story += [Spacer(1, 6), Box([
        P("Abschlag online anpassen", box_head),
        P("Sie haben eine Wärmepumpe oder ein Elektroauto angeschafft? Dann passen Sie Ihren "
          "monatlichen Abschlag im Kundenportal an, damit die Jahresrechnung keine böse "
          "Überraschung bringt. Bei Fragen hilft das Kundencenter unter 05531 9870-0.", box_text),
    ], SAND, 7)]
    fr = columns(MARGIN_L, BOTTOM + 2 * mm, MARGIN_L + 2 * colw + GUTTER, TOP - 2 * mm, 2)
    # the service article takes column 1 and part of column 2; the continuation sits in column 3
    flow(c, story, fr, "page 10 service")
    x3 = MARGIN_L + 2 * (colw + GUTTER)
    c.setStrokeColor(GREY)
    c.setLineWidth(0.4)
    c.line(x3 - GUTTER / 2, BOTTOM + 2 * mm, x3 - GUTTER / 2, TOP - 2 * mm)
    cont = [
        P("Fortsetzung von Seite 7", ParagraphStyle("fv", parent=byline, textColor=ORANGE, fontName="Sans-Bold")),
        P("Drei Wege zur neuen Wärme", head_s),
        Spacer(1, 3),
    ]
    cont += paras(
        """
        Mehr als der Preis hat Siobhán Gallagher-Röhrs anfangs die Frage beschäftigt, wie viel
        Platz die Übergabestation im Keller braucht. Die Antwort überraschte sie: Der kleine
        Kasten ist kaum größer als ein Schuhschrank und ersetzt Gastherme, Warmwasserspeicher und
        Schornstein.

        Ihr Strom kommt aus dem Mieterstrommodell, ihr Lastenrad lädt sie an der Säule vor dem
        Quartierszentrum. „Manchmal komme ich nach einer Nachtschicht nach Hause, und die Sonne
        scheint schon auf die Module. Dann weiß ich, dass mein Frühstück gerade vom Dach kommt“,
        sagt die Hebamme und lacht.

        Ihren Nachbarn hat sie inzwischen beim Anschlussantrag geholfen. Sie sagt: „Wenn man es
        einmal gemacht hat, ist es gar nicht kompliziert. Man muss nur jemanden haben, den man
        fragen kann.“
        """
    )
    cont[-1] = P(cont[-1].text + end_mark, body_ind)
    cont += [Spacer(1, 8), Photo(44 * mm, 0.8),
             P("Die Übergabestation im Keller der Familie Gallagher-Röhrs.", caption)]
    flow(c, cont, [(x3, BOTTOM + 2 * mm, colw, TOP - BOTTOM - 2 * mm)], "page 10 cont")


# ================================================================ page 11: Gewinnspiel
def page11(c):
    header_footer(c, 11, "GEWINNSPIEL")
    c.setFillColor(ORANGE)
    c.rect(0, H - 78 * mm, W, 64 * mm, stroke=0, fill=1)
    head = [
        P("GEWINNSPIEL", ParagraphStyle("gk", parent=kicker, textColor=white)),
        P("Mitmachen und gewinnen!", ParagraphStyle("gh", parent=head_xl, textColor=white)),
        Spacer(1, 4),
        P("Unser Gewinnspiel steht diesmal unter dem Motto „Frühling im Quartier“. Beantworten "
          "Sie die Preisfrage – mit etwas Glück fahren Sie schon bald mit einem neuen E-Lastenrad "
          "durch Haldenbrück.", ParagraphStyle("gl", parent=lead, textColor=white)),
    ]
    flow(c, head, [(MARGIN_L, H - 74 * mm, 120 * mm, 56 * mm)], "p11 head")
    photo_at(c, W - MARGIN_R - 48 * mm, H - 72 * mm, 48 * mm, 52 * mm, tone=0.85)
    c.setFont("Sans", 6)
    c.setFillColor(white)
    c.drawRightString(W - MARGIN_R, H - 76 * mm, "Foto: Stadtwerke Haldenbrück")
    fr = columns(MARGIN_L, BOTTOM + 84 * mm, W - MARGIN_R, H - 86 * mm, 3)
    col1 = [
        P("Die Preisfrage", subhead),
        P("Wie viele Erdsonden liegen unter dem Quartier Am Ziegelkamp? Kleiner Tipp: Die Antwort "
          "finden Sie in unserem Titelthema ab Seite 4.", body),
        Spacer(1, 6),
        Box([P("A) 24 Erdsonden", ParagraphStyle("o", parent=box_text, fontSize=9, leading=14)),
             P("B) 48 Erdsonden", ParagraphStyle("o", parent=box_text, fontSize=9, leading=14)),
             P("C) 96 Erdsonden", ParagraphStyle("o", parent=box_text, fontSize=9, leading=14))], LIGHT, 8),
        Spacer(1, 6),
        P("So machen Sie mit", subhead),
        P("Schicken Sie den richtigen Buchstaben mit Ihrem Namen und Ihrer Adresse per Postkarte an: "
          "Stadtwerke Haldenbrück, Redaktion STRÖMUNG, Kesselstraße 12, 31857 Haldenbrück. Oder "
          "nehmen Sie online unter www.stadtwerke-haldenbrueck.de/gewinnspiel teil. "
          "Einsendeschluss ist der 30. April 2026.", body),
    ]
    col2 = [
        P("Das können Sie gewinnen", subhead),
        P("<b>1. Preis:</b> ein E-Lastenrad mit Transportbox im Wert von 4.200 Euro", body),
        Spacer(1, 3),
        P("<b>2. bis 4. Preis:</b> je eine Familien-Saisonkarte für das Freibad am Stadtpark", body),
        Spacer(1, 3),
        P("<b>5. bis 10. Preis:</b> je ein Gutschein über 25 Euro für die Bäckerei „Korn &amp; Kruste“", body),
        Spacer(1, 8),
        P("Teilnahmebedingungen", subhead),
        P("Teilnahmeberechtigt sind alle Kundinnen und Kunden der Stadtwerke Haldenbrück ab 18 Jahren. "
          "Beschäftigte der Stadtwerke und ihre Angehörigen sind ausgeschlossen. Die Gewinner werden "
          "unter allen richtigen Einsendungen ausgelost und schriftlich benachrichtigt. Eine "
          "Barauszahlung ist nicht möglich. Ihre Daten verwenden wir ausschließlich für die "
          "Durchführung des Gewinnspiels.", ParagraphStyle("small", parent=body, fontSize=7.4, leading=10)),
    ]
    col3 = [
        Box([
            P("Gewonnen!", box_head),
            P("Den Wasserkocher aus unserem Herbst-Gewinnspiel hat Gerlinde Ahrens-Topaloğlu aus "
              "Haldenbrück-Süd gewonnen. Die richtige Antwort lautete „Mühlenbach“. „Ich mache seit "
              "zwanzig Jahren bei jedem Rätsel mit und habe noch nie etwas gewonnen. Jetzt hat es "
              "endlich geklappt“, freut sich die Gewinnerin. Herzlichen Glückwunsch!", box_text),
        ], SAND, 8),
        Spacer(1, 10),
        P("Noch mehr Rätselspaß", subhead),
        P("Auf der Kinderseite hat Funke ein Bilderrätsel für die jüngsten Leserinnen und Leser "
          "vorbereitet. Die Lösung finden Sie wie immer auf unserer Internetseite.", body),
    ]
    for s, f in zip((col1, col2, col3), fr):
        flow(c, s, [f], "page 11")
    # decorative puzzle: an empty 9x9 grid with a few given digits
    gx, gy, cell = MARGIN_L, BOTTOM + 4 * mm, 7 * mm
    c.setFillColor(PETROL)
    c.setFont("Sans-Bold", 10)
    c.drawString(gx, gy + 9 * cell + 4 * mm, "Sudoku für Zwischendurch")
    c.setStrokeColor(PETROL)
    for i in range(10):
        c.setLineWidth(1.4 if i % 3 == 0 else 0.4)
        c.line(gx, gy + i * cell, gx + 9 * cell, gy + i * cell)
        c.line(gx + i * cell, gy, gx + i * cell, gy + 9 * cell)
    givens = {(0, 0): 5, (0, 4): 7, (1, 3): 1, (1, 5): 5, (2, 1): 9, (2, 7): 6, (3, 0): 8,
              (3, 8): 3, (4, 4): 6, (5, 2): 3, (6, 6): 2, (7, 3): 4, (8, 4): 8, (8, 8): 9}
    c.setFont("Sans", 10)
    c.setFillColor(DARK)
    for (r, k), v in sorted(givens.items()):
        c.drawCentredString(gx + k * cell + cell / 2, gy + (8 - r) * cell + 2.2 * mm, str(v))
    side = [P("Die Lösung des Sudokus veröffentlichen wir in der nächsten Ausgabe und ab dem "
              "15. Mai auf unserer Internetseite.", ParagraphStyle("sl", parent=body, textColor=GREY))]
    flow(c, side, [(gx + 9 * cell + 6 * mm, gy, 60 * mm, 40 * mm)], "sudoku note")


# ================================================================ page 12: Kinderseite + Impressum
def page12(c):
    header_footer(c, 12, "KINDERSEITE")
    c.setFillColor(HexColor("#fff4c9"))
    c.rect(MARGIN_L - 4 * mm, 98 * mm, W - MARGIN_L - MARGIN_R + 8 * mm, TOP - 98 * mm + 2 * mm, stroke=0, fill=1)
    # drawn mascot: a little spark (illustration)
    c.setFillColor(ORANGE)
    cx, cy = W - MARGIN_R - 24 * mm, TOP - 30 * mm
    pts = []
    import math
    for i in range(16):
        r = 20 * mm if i % 2 == 0 else 9 * mm
        a = math.pi * 2 * i / 16
        pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    p = c.beginPath()
    p.moveTo(*pts[0])
    for q in pts[1:]:
        p.lineTo(*q)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.setFillColor(white)
    c.circle(cx - 3 * mm, cy + 2 * mm, 1.6 * mm, stroke=0, fill=1)
    c.circle(cx + 3 * mm, cy + 2 * mm, 1.6 * mm, stroke=0, fill=1)
    c.setFont("Sans-Oblique", 6.5)
    c.setFillColor(DARK)
    c.drawRightString(W - MARGIN_R, TOP - 56 * mm, "Illustration: Yuki Tanabe")
    head = [
        P("FUNKES ENERGIE-ECKE", kicker),
        P("Wie kommt die Wärme ins Haus?", ParagraphStyle("kh", parent=head_l, fontName="Sans-Bold", fontSize=20)),
        Spacer(1, 3),
        P("Text: Mira Lindqvist", byline),
    ]
    flow(c, head, [(MARGIN_L, TOP - 30 * mm, 120 * mm, 30 * mm)], "kids head")
    kid = ParagraphStyle("kid", fontName="Sans", fontSize=9, leading=13, textColor=DARK)
    colw = (W - MARGIN_L - MARGIN_R - 2 * GUTTER) / 3
    x3 = MARGIN_L + 2 * (colw + GUTTER)
    # the picture puzzle: a little house with pipes and hidden sparks
    px, py, pw, ph = x3, 106 * mm, colw, TOP - 64 * mm - 106 * mm
    c.setFillColor(white)
    c.rect(px, py, pw, ph, stroke=0, fill=1)
    c.setFillColor(HexColor("#c9604a"))
    c.rect(px + 10 * mm, py + 18 * mm, pw - 20 * mm, ph * 0.45, stroke=0, fill=1)
    roof = c.beginPath()
    roof.moveTo(px + 6 * mm, py + 18 * mm + ph * 0.45)
    roof.lineTo(px + pw / 2, py + 18 * mm + ph * 0.45 + 28 * mm)
    roof.lineTo(px + pw - 6 * mm, py + 18 * mm + ph * 0.45)
    roof.close()
    c.setFillColor(PETROL)
    c.drawPath(roof, stroke=0, fill=1)
    c.setStrokeColor(ORANGE)
    c.setLineWidth(3)
    c.line(px, py + 10 * mm, px + pw, py + 10 * mm)
    c.line(px + pw / 2, py + 10 * mm, px + pw / 2, py + 18 * mm)
    c.setFillColor(HexColor("#ffd34d"))
    for fx, fy in [(0.15, 0.9), (0.8, 0.82), (0.3, 0.35), (0.7, 0.45), (0.5, 0.05)]:
        c.circle(px + fx * pw, py + fy * ph, 2.2 * mm, stroke=0, fill=1)
    c.setFillColor(ORANGE)
    fr = columns(MARGIN_L, 104 * mm, x3 - GUTTER, TOP - 60 * mm, 2)
    s = [
        P("Hallo, ich bin Funke! Hast du schon einmal überlegt, warum dein Zimmer im Winter warm ist? "
          "In vielen Häusern steht im Keller eine Heizung. Sie macht Wasser heiß, und das heiße Wasser "
          "fließt durch Rohre zu den Heizkörpern in jedem Zimmer.", kid),
        Spacer(1, 5),
        P("In manchen Stadtteilen gibt es ein Wärmenetz. Dann wird das Wasser an einem Ort für alle "
          "Häuser zusammen heiß gemacht. Dicke Rohre unter der Straße bringen es zu dir nach Hause – "
          "so ähnlich wie die Wasserleitung.", kid),
        Spacer(1, 5),
        P("Eine Wärmepumpe funktioniert wie ein umgedrehter Kühlschrank. Der Kühlschrank holt die "
          "Wärme aus seinem Inneren und gibt sie hinten ab. Die Wärmepumpe holt Wärme aus der Luft, "
          "aus der Erde oder aus einem Bach – sogar im Winter!", kid),
        Spacer(1, 5),
        Box([P("Probier es aus!", box_head),
             P("Lege deine Hand hinten an den Kühlschrank (nicht an das Gitter, nur daneben). Spürst du, "
               "dass es dort warm ist? Das ist die Wärme, die der Kühlschrank innen weggenommen hat.", box_text)],
            white, 6),
        Box([P("Funkes Bilderrätsel", box_head),
             P("Im Bild auf dieser Seite hat sich Funke fünfmal versteckt. Wie oft findest du ihn? "
               "Schreib die Zahl auf eine Postkarte und schick sie bis zum 30. April an die Redaktion. "
               "Unter allen Einsendungen verlosen wir zehn Malbücher.", box_text)],
            white, 6),
    ]
    flow(c, s, fr, "kids")
    # Impressum
    c.setStrokeColor(PETROL)
    c.setLineWidth(0.8)
    c.line(MARGIN_L, 94 * mm, W - MARGIN_R, 94 * mm)
    c.setFont("Sans-Bold", 10)
    c.setFillColor(PETROL)
    c.drawString(MARGIN_L, 88 * mm, "Impressum")
    fr = columns(MARGIN_L, BOTTOM, W - MARGIN_R, 85 * mm, 4, 4 * mm)
    s = [
        P("<b>STRÖMUNG</b> – Das Kundenmagazin der Stadtwerke Haldenbrück, Ausgabe 1/2026, "
          "erscheint viermal im Jahr.", imp),
        P("<b>Herausgeberin:</b> Stadtwerke Haldenbrück GmbH, Kesselstraße 12, 31857 Haldenbrück, "
          "Telefon 05531 9870-0, redaktion@stadtwerke-haldenbrueck.de", imp),
        P("<b>Chefredaktion:</b> Katharina Oltmanns", imp),
        P("<b>Inhaltlich verantwortlich:</b> Bernd Achterberg", imp),
        P("<b>Redaktion:</b> Deniz Aydın, Tobias Brenninkmeyer, Emre Yıldırım", imp),
        P("<b>Gestaltung:</b> Lena Marquardt, Atelier Nordlicht, Hameln", imp),
        P("<b>Bildnachweis:</b> Titel: Jonas Brandtner; Seite 2: Ole Martensen; Seite 3: Ole Martensen; "
          "Seite 4: Jonas Brandtner; Seite 5 oben: Jonas Brandtner; Seite 5 unten: Emilia Sørensen; "
          "Seite 6: Emilia Sørensen; Seite 7 und 10: Ole Martensen; Seite 8 und 9: Matthias Quaden; "
          "Seite 11: Stadtwerke Haldenbrück; Illustration Seite 12: Yuki Tanabe", imp),
        P("<b>Druck:</b> Druckhaus Weserbogen GmbH, Holzminden. Gedruckt auf 100 % Recyclingpapier, "
          "ausgezeichnet mit dem Blauen Engel.", imp),
        P("<b>Auflage:</b> 38.500 Exemplare", imp),
        P("Namentlich gekennzeichnete Beiträge geben nicht unbedingt die Meinung der Herausgeberin "
          "wieder. Nachdruck, auch auszugsweise, nur mit Genehmigung der Redaktion. Für unverlangt "
          "eingesandte Manuskripte und Fotos übernehmen wir keine Haftung.", imp),
        P("Sie möchten STRÖMUNG nicht mehr erhalten oder lieber digital lesen? Eine kurze Nachricht an "
          "die Redaktion genügt.", imp),
    ]
    flow(c, s, fr, "impressum")


def main():
    c = canvas.Canvas(OUT, pagesize=A4, invariant=1)
    c.setTitle("STRÖMUNG 1/2026 – Das Kundenmagazin der Stadtwerke Haldenbrück")
    c.setAuthor("Stadtwerke Haldenbrück GmbH")
    c.setCreator("make_kundenmagazin-stadtwerke-2026-de.py")
    for fn in (page1, page2, page3, page4, page5, page6, page7, page8, page9, page10, page11, page12):
        fn(c)
        c.showPage()
    c.save()
    print("wrote", OUT)


if __name__ == "__main__":
    main()
