#!/usr/bin/env python3
"""Generator for the fictional youth newspaper 'JZ - Jugendzeitung Lindenbrueck', Ausgabe 1/2026.

All people, places and organisations are invented. Run with the writer venv:
    /work/writer-venv/bin/python make_jugendzeitung-2026-de.py
"""
import os
import sys

from reportlab.lib.colors import Color, HexColor, black, white
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable, Frame, KeepTogether, Paragraph, Spacer

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "jugendzeitung-2026-de.pdf")

FD = "/usr/share/fonts/truetype/dejavu/"
for name, fn in [("Serif", "DejaVuSerif.ttf"), ("Serif-B", "DejaVuSerif-Bold.ttf"),
                 ("Serif-I", "DejaVuSerif-Italic.ttf"), ("Serif-BI", "DejaVuSerif-BoldItalic.ttf"),
                 ("Sans", "DejaVuSans.ttf"), ("Sans-B", "DejaVuSans-Bold.ttf"),
                 ("Sans-I", "DejaVuSans-Oblique.ttf"), ("Cond-B", "DejaVuSansCondensed-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(name, FD + fn))
pdfmetrics.registerFontFamily("Serif", normal="Serif", bold="Serif-B", italic="Serif-I", boldItalic="Serif-BI")
pdfmetrics.registerFontFamily("Sans", normal="Sans", bold="Sans-B", italic="Sans-I", boldItalic="Sans-B")

W, H = 250 * mm, 350 * mm
ML, MR, MT, MB = 14 * mm, 14 * mm, 20 * mm, 16 * mm
GUT = 5 * mm
RED = HexColor("#c8102e")
GREY = HexColor("#b9b9b9")
LIGHT = HexColor("#f1ece2")
DARK = HexColor("#222222")

S = {}
S["body"] = ParagraphStyle("body", fontName="Serif", fontSize=9.3, leading=12.4, alignment=TA_JUSTIFY,
                           firstLineIndent=9, spaceAfter=0)
S["body0"] = ParagraphStyle("body0", parent=S["body"], firstLineIndent=0)
S["q"] = ParagraphStyle("q", parent=S["body"], firstLineIndent=0, spaceBefore=4)
S["lead"] = ParagraphStyle("lead", fontName="Sans-B", fontSize=11, leading=14.5, spaceAfter=6)
S["kicker"] = ParagraphStyle("kicker", fontName="Sans-B", fontSize=9, leading=11, textColor=RED, spaceAfter=2)
S["h1"] = ParagraphStyle("h1", fontName="Cond-B", fontSize=34, leading=36, spaceAfter=6)
S["h2"] = ParagraphStyle("h2", fontName="Cond-B", fontSize=24, leading=26, spaceAfter=5)
S["h3"] = ParagraphStyle("h3", fontName="Sans-B", fontSize=13, leading=16, spaceAfter=3, spaceBefore=2)
S["h4"] = ParagraphStyle("h4", fontName="Sans-B", fontSize=10.5, leading=13, spaceAfter=2, spaceBefore=8)
S["by"] = ParagraphStyle("by", fontName="Sans-B", fontSize=8.5, leading=11, textColor=HexColor("#555555"),
                         spaceAfter=6, spaceBefore=2)
S["cap"] = ParagraphStyle("cap", fontName="Sans", fontSize=7.8, leading=9.8, spaceBefore=2, spaceAfter=8,
                          textColor=HexColor("#333333"))
S["pull"] = ParagraphStyle("pull", fontName="Serif-BI", fontSize=17, leading=21, textColor=RED,
                           spaceBefore=6, spaceAfter=3)
S["pullby"] = ParagraphStyle("pullby", fontName="Sans-B", fontSize=8.5, leading=11, spaceAfter=8)
S["box"] = ParagraphStyle("box", fontName="Sans", fontSize=8.6, leading=11.4, spaceAfter=3)
S["boxh"] = ParagraphStyle("boxh", fontName="Sans-B", fontSize=11, leading=14, spaceAfter=4, textColor=RED)
S["sign"] = ParagraphStyle("sign", parent=S["body0"], fontName="Serif-I", alignment=TA_LEFT, spaceBefore=6)
S["iq"] = ParagraphStyle("iq", parent=S["body0"], fontName="Serif-B", spaceBefore=6, alignment=TA_LEFT)
S["ia"] = ParagraphStyle("ia", parent=S["body0"], spaceBefore=2, alignment=TA_LEFT)
S["news_h"] = ParagraphStyle("news_h", fontName="Sans-B", fontSize=11, leading=13.5, spaceBefore=4, spaceAfter=3)
S["bubble"] = ParagraphStyle("bubble", fontName="Sans-B", fontSize=8, leading=9.6, alignment=TA_CENTER)


class Photo(Flowable):
    """A grey rectangle standing in for a photograph."""

    def __init__(self, width, height, tone=GREY):
        super().__init__()
        self.w, self.h, self.tone = width, height, tone

    def wrap(self, aw, ah):
        return self.w, self.h

    def draw(self):
        c = self.canv
        c.setFillColor(self.tone)
        c.rect(0, 0, self.w, self.h, stroke=0, fill=1)
        c.setStrokeColor(HexColor("#999999"))
        c.setLineWidth(0.4)
        c.line(0, 0, self.w, self.h)
        c.line(0, self.h, self.w, 0)


class Rule(Flowable):
    def __init__(self, width, color=RED, thick=1.2, space=4):
        super().__init__()
        self.w, self.color, self.thick, self.space = width, color, thick, space

    def wrap(self, aw, ah):
        return self.w, self.thick + 2 * self.space

    def draw(self):
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(self.thick)
        self.canv.line(0, self.space, self.w, self.space)


def P(text, st="body"):
    return Paragraph(text, S[st])


def paras(text, first="body0"):
    """Split a block of text into paragraphs (blank-line separated)."""
    out = []
    for i, t in enumerate([x.strip() for x in text.strip().split("\n\n")]):
        t = " ".join(t.split())
        out.append(P(t, first if i == 0 else "body"))
    return out


def colx(i, n=3, x0=ML, x1=None):
    x1 = x1 if x1 is not None else W - MR
    cw = (x1 - x0 - (n - 1) * GUT) / n
    return x0 + i * (cw + GUT), cw


def flow(c, story, frames, label=""):
    """frames: list of (x, ybottom, w, h). Fails loudly on overflow."""
    story = list(story)
    for (x, y, w, h) in frames:
        f = Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, showBoundary=0)
        f.addFromList(story, c)
        if not story:
            return
    if story:
        print("OVERFLOW on", label, ":", len(story), "flowables left;", str(story[0])[:120], file=sys.stderr)
        sys.exit(1)


def draw_par(c, text, st, x, ytop, w):
    p = Paragraph(text, S[st]) if isinstance(st, str) else Paragraph(text, st)
    _, h = p.wrap(w, 1000)
    p.drawOn(c, x, ytop - h)
    return ytop - h - p.style.spaceAfter


def box(c, x, ytop, w, h, story, fill=LIGHT, label="box"):
    c.setFillColor(fill)
    c.rect(x, ytop - h, w, h, stroke=0, fill=1)
    c.setFillColor(RED)
    c.rect(x, ytop - 1.2 * mm, w, 1.2 * mm, stroke=0, fill=1)
    flow(c, story, [(x + 3 * mm, ytop - h + 3 * mm, w - 6 * mm, h - 7 * mm)], label)


def chrome(c, pno, section):
    """Running head and folio."""
    c.setFillColor(DARK)
    c.setFont("Cond-B", 13)
    c.drawString(ML, H - 12 * mm, "JZ")
    c.setFont("Sans", 8)
    c.drawString(ML + 9 * mm, H - 12 * mm, "Jugendzeitung Lindenbrück · Ausgabe 1/2026 · März 2026")
    c.setFont("Sans-B", 8.5)
    c.setFillColor(RED)
    c.drawRightString(W - MR, H - 12 * mm, section.upper())
    c.setStrokeColor(DARK)
    c.setLineWidth(0.8)
    c.line(ML, H - 14 * mm, W - MR, H - 14 * mm)
    c.setLineWidth(0.4)
    c.line(ML, MB - 4 * mm, W - MR, MB - 4 * mm)
    c.setFillColor(DARK)
    c.setFont("Sans-B", 9)
    if pno % 2 == 0:
        c.drawString(ML, MB - 9 * mm, "Seite %d" % pno)
        c.setFont("Sans", 7.5)
        c.drawRightString(W - MR, MB - 9 * mm, "www.jz-lindenbrueck.de")
    else:
        c.drawRightString(W - MR, MB - 9 * mm, "Seite %d" % pno)
        c.setFont("Sans", 7.5)
        c.drawString(ML, MB - 9 * mm, "www.jz-lindenbrueck.de")


TOP = H - MT  # top of the type area
BOT = MB      # bottom of the type area
FULLW = W - ML - MR


# ---------------------------------------------------------------- page 1: cover
def page1(c):
    # masthead
    c.setFillColor(RED)
    c.rect(ML, H - 52 * mm, FULLW, 40 * mm, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Cond-B", 88)
    c.drawString(ML + 6 * mm, H - 44 * mm, "JZ")
    c.setFont("Cond-B", 30)
    c.drawString(ML + 52 * mm, H - 30 * mm, "JUGENDZEITUNG")
    c.setFont("Sans", 10.5)
    c.drawString(ML + 52 * mm, H - 38 * mm, "für Lindenbrück und das Schulnetzwerk Oberes Auental")
    c.setFont("Sans", 8.5)
    c.drawString(ML + 52 * mm, H - 45 * mm, "Herausgegeben vom Jugendrat der Stadt Lindenbrück")
    c.setFillColor(DARK)
    c.setFont("Sans-B", 9)
    c.drawString(ML, H - 58 * mm, "Ausgabe 1/2026 · März 2026 · 14. Jahrgang")
    c.drawRightString(W - MR, H - 58 * mm, "kostenlos · Auflage 2.500")
    c.setLineWidth(0.8)
    c.line(ML, H - 61 * mm, W - MR, H - 61 * mm)

    # main story teaser, two columns wide photo
    x0, w0 = ML, colx(0)[1] * 2 + GUT
    y = H - 66 * mm
    story = [
        P("AUSTAUSCH MIT DER PARTNERSTADT", "kicker"),
        P("Zwölf Tage, zwei Sprachen, eine Klasse", "h1"),
        Photo(w0, 105 * mm),
        P("Ankunft in Brzezinowo: Die Klasse 9a der Gesamtschule am Mühlbach mit ihren Gastgeberinnen und "
          "Gastgebern vor dem Rathaus der Partnerstadt. Foto: Kerem Yıldız", "cap"),
        P("Zum ersten Mal seit sechs Jahren ist wieder eine ganze Klasse aus Lindenbrück in die polnische "
          "Partnerstadt Brzezinowo gefahren. Zwölf Tage lang lebten 24 Jugendliche in Gastfamilien, "
          "besuchten den Unterricht im Liceum, lernten Pierogi falten und standen am Ende sogar mit der "
          "Bürgermeisterin auf einer Bühne. Drei Schülerinnen und Schüler haben für die JZ aufgeschrieben, "
          "was sie erlebt haben – und warum der Abschied am Busbahnhof länger dauerte als geplant.", "lead"),
        P("<b>Die ganze Reportage lesen Sie auf den Seiten 3 und 4.</b>", "box"),
    ]
    flow(c, story, [(x0, BOT + 60 * mm, w0, y - BOT - 60 * mm)], "p1 main")

    # interview teaser box (right column)
    xr, wr = colx(2)
    box(c, xr, y, wr, 70 * mm, [
        P("DAS GROSSE JZ-INTERVIEW", "kicker"),
        P("„Wählen ab 16 war erst der Anfang“", "h3"),
        P("Die Landtagsabgeordnete Nilüfer Baştürk erklärt, warum Jugendräte ein eigenes Budget brauchen "
          "und was sie mit 17 im Ortsbeirat erlebt hat.", "box"),
        P("<b>Seite 5 und 6</b>", "box"),
    ], label="p1 box1")
    # sport teaser with small photo
    story = [
        Photo(wr, 42 * mm),
        P("Jubel nach dem Halbfinale in Auental-Nord. Foto: privat", "cap"),
        P("SPORT", "kicker"),
        P("Silber für die Mädchenfußball-AG", "h3"),
        P("Beim Kreisturnier scheitern die Mühlbach-Kickerinnen erst im Finale. <b>Seite 9</b>", "box"),
    ]
    flow(c, story, [(xr, BOT + 60 * mm, wr, y - 74 * mm - BOT - 60 * mm)], "p1 sport")

    # contents box across the bottom
    ytop = BOT + 55 * mm
    c.setFillColor(DARK)
    c.rect(ML, BOT, FULLW, 55 * mm, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Cond-B", 16)
    c.drawString(ML + 4 * mm, ytop - 8 * mm, "IN DIESER AUSGABE")
    items = [
        ("2", "Editorial der Chefredaktion"),
        ("2", "Handyregeln statt Handyverbot – von Fatma Demir"),
        ("3", "Zwölf Tage in Brzezinowo – Reportage der Klasse 9a"),
        ("5", "Interview mit Nilüfer Baştürk, MdL"),
        ("7", "Comic: Die Pausenhof-Piraten"),
        ("7", "Frühlings-Playlist und Kinotipp"),
        ("8", "Kurz &amp; knapp: Nachrichten aus dem Netzwerk"),
        ("9", "Ein Garten auf dem Turnhallendach"),
        ("10", "Zum Schluss · Termine · Impressum"),
    ]
    st = ParagraphStyle("toc", fontName="Sans", fontSize=9.5, leading=13, textColor=white)
    half = 5
    for k, (pg, t) in enumerate(items):
        col = 0 if k < half else 1
        row = k if k < half else k - half
        xx = ML + 4 * mm + col * (FULLW / 2)
        yy = ytop - 17 * mm - row * 7 * mm
        c.setFillColor(RED)
        c.setFont("Cond-B", 13)
        c.drawRightString(xx + 8 * mm, yy, pg)
        p = Paragraph(t, st)
        p.wrap(FULLW / 2 - 16 * mm, 20 * mm)
        p.drawOn(c, xx + 11 * mm, yy - 2.5)


# ---------------------------------------------------------------- page 2
EDITORIAL = """
Liebe Leserinnen und Leser,

ihr haltet die erste JZ des Jahres 2026 in den Händen – und sie ist dicker als jede Ausgabe davor. Das
liegt vor allem an euch: Noch nie haben uns so viele Texte, Fotos und Ideen aus allen fünf Schulen des
Netzwerks erreicht. Einiges mussten wir auf die Sommerausgabe verschieben, versprochen ist versprochen.

Im Mittelpunkt steht diesmal die Reise der Klasse 9a nach Brzezinowo. Dazu kommt ein langes Gespräch mit
einer Landtagsabgeordneten, die sich von unseren Fragen nicht aus der Ruhe bringen ließ, und natürlich
der Streit, der gerade an fast jeder Schule geführt wird: Was passiert mit unseren Handys?

Wir suchen übrigens Verstärkung, besonders Leute, die gern fotografieren oder zeichnen. Kommt einfach
donnerstags um 15 Uhr ins Jugendhaus, Kekse gibt es immer.
"""

HANDY = """
Seit den Herbstferien ist an der Gesamtschule am Mühlbach kaum ein Thema so oft diskutiert worden wie
die Frage, ob Smartphones in der Schule ganz verschwinden sollen. Auslöser war ein Antrag im
Elternbeirat, der ein striktes Verbot vom ersten bis zum letzten Gong forderte.

„Ein Verbot ist schnell beschlossen, aber es erklärt niemandem, wie man vernünftig mit dem Ding
umgeht“, sagt Jakob Reinholdt aus der 10b. Er sitzt für seine Klasse in der Arbeitsgruppe, die bis
zu den Osterferien einen Vorschlag erarbeiten soll. Die Gruppe hat in allen Jahrgängen Fragebögen
verteilt und mehr als 600 Antworten ausgewertet. Das Ergebnis ist eindeutiger als erwartet: Eine große
Mehrheit findet Regeln sinnvoll, aber nur eine kleine Minderheit will ein komplettes Verbot.

Schulleiter Konrad Pfisterer sieht das ähnlich. Er sagt: „Ich möchte keine Schule, in der wir morgens
Taschen kontrollieren. Ich möchte eine Schule, in der wir Absprachen treffen und uns daran halten.“
Gleichzeitig räumt er ein, dass auf dem Schulhof weniger gespielt und mehr gescrollt werde.

Der Vorschlag der Arbeitsgruppe sieht deshalb drei Zonen vor. Im Unterricht bleiben die Geräte
ausgeschaltet in der „Handy-Garage“, einem Regal mit nummerierten Fächern neben der Tafel, es sei denn,
die Lehrkraft plant ausdrücklich eine Aufgabe damit. In der großen Pause gibt es eine handyfreie Hälfte
des Hofes mit Tischtennisplatten und Spielen, in der anderen Hälfte ist das Smartphone erlaubt. Ab
Klasse 11 soll es außerdem einen Raum geben, in dem man in Freistunden arbeiten und auch telefonieren darf.

Nicht alle sind begeistert. Auf einem Zettel an der Pinnwand vor dem Lehrerzimmer stand in der letzten
Woche nur ein Satz: „Lasst uns in der Pause wenigstens Musik hören!“ Die Arbeitsgruppe hat ihn ernst
genommen und prüft, ob Kopfhörer in der Handy-Hälfte des Hofes erlaubt werden.

Auch die Eltern wollen mitreden. „Wir wollen, dass die Regeln gemeinsam entstehen und nicht von oben
kommen“, erklärt Elternbeiratsvorsitzende Dilek Şahin, die den ursprünglichen Antrag inzwischen
zurückgestellt hat. Im April soll die Schulkonferenz abstimmen. Bis dahin läuft an drei Tagen pro
Woche ein Testbetrieb unter dem Namen „Digitale Pause“.

Ich selbst war am Anfang klar gegen jede Einschränkung. Nach vier Wochen Testbetrieb muss ich zugeben:
Die Tischtennisplatte ist öfter besetzt als früher, und die Gespräche in der Pause sind länger
geworden. Ob das an den Regeln liegt oder am Frühling, kann ich noch nicht sagen.
"""


def page2(c):
    chrome(c, 2, "Meinung & Schule")
    # editorial in left column box
    x0, cw = colx(0)
    story = [P("EDITORIAL", "boxh")] + [P(" ".join(t.split()), "box") for t in EDITORIAL.strip().split("\n\n")]
    story += [P("Eure Chefredaktion<br/>Lena Hofstätter &amp; Emre Kılıç", "box")]
    box(c, x0, TOP, cw, 118 * mm, story, label="editorial")
    flow(c, [Photo(cw, 48 * mm),
             P("Planungssitzung im Jugendhaus: Die Redaktion sortiert die Beiträge für diese Ausgabe.", "cap"),
             Spacer(1, 4),
             P("MITMACHEN", "boxh"),
             P("Die JZ-Redaktion trifft sich jeden Donnerstag um 15 Uhr im Jugendhaus, Mühlgasse 7. "
               "Neue Leute aus allen Jahrgängen sind willkommen, Vorkenntnisse braucht niemand. "
               "Texte, Fotos und Leserbriefe könnt ihr auch per Mail schicken: redaktion@jz-lindenbrueck.de", "box"),
             ], [(x0, BOT, cw, TOP - 122 * mm - BOT)], "p2 left")

    # main article across columns 2-3
    x1, _ = colx(1)
    wide = W - MR - x1
    y = TOP
    y = draw_par(c, "SCHULE", "kicker", x1, y, wide)
    y = draw_par(c, "Handyregeln statt Handyverbot", "h1", x1, y, wide)
    y = draw_par(c, "An der Gesamtschule am Mühlbach wird über Smartphones gestritten. Eine Arbeitsgruppe aus "
                 "Schülerinnen, Schülern, Eltern und Lehrkräften sucht einen Kompromiss – und testet ihn "
                 "gerade im Schulalltag.", "lead", x1, y, wide)
    y = draw_par(c, "Text: Fatma Demir (16)", "by", x1, y, wide)
    body = paras(HANDY)
    c2x, c2w = colx(1)
    c3x, c3w = colx(2)
    pull = [Rule(c3w), P("„Ich möchte keine Schule, in der wir morgens Taschen kontrollieren.“<br/>"
                         "<font name='Sans-B' size='8.5' color='#222222'>Konrad Pfisterer, Schulleiter</font>", "pull"),
            Rule(c3w)]
    body = body[:5] + pull + body[5:]
    flow(c, body, [(c2x, BOT, c2w, y - 2 * mm - BOT), (c3x, BOT, c3w, y - 2 * mm - BOT)], "p2 body")


# ---------------------------------------------------------------- pages 3-4: exchange
EX1 = """
Der Bus stand schon um halb sechs vor der Schule, und trotzdem waren fast alle pünktlich. Das allein
war für unsere Klasse eine kleine Sensation. Vor uns lagen elf Stunden Fahrt, ein Koffer voller
Gastgeschenke und zwölf Tage in einer Stadt, die die meisten von uns nur von einem Schild am Ortseingang
kannten: „Partnerstadt Brzezinowo“ steht dort, gleich unter dem Wappen von Lindenbrück.

Brzezinowo liegt in Westpommern, hat ungefähr 18.000 Einwohner, einen See mit Badesteg und ein
Liceum, dessen Schülerinnen und Schüler im vergangenen Herbst bei uns zu Gast waren. Jetzt war der
Gegenbesuch dran. Jede und jeder von uns wohnte bei der Familie des Austauschpartners, mit dem man sich
vorher nur über Sprachnachrichten und ein paar Videocalls verständigt hatte.

„Am ersten Abend habe ich fast nichts verstanden. Beim Fußball im Hof brauchten wir dann aber überhaupt
keine Übersetzung.“ So beschreibt Leon Vogelsang seinen Start bei Familie Kubiak. Ähnlich ging es den
meisten von uns. Die berühmte „Sprachbarriere“, vor der uns alle gewarnt hatten, war zwar da, aber sie
war eher ein niedriger Zaun als eine Mauer. Mit Englisch, Händen, Füßen und einer Übersetzungs-App kamen
wir erstaunlich weit.

Für die polnischen Jugendlichen war es umgekehrt. Zuzanna Nowicka (15), die im Herbst bei einer Familie
in der Lindenbrücker Altstadt gewohnt hatte, sagt: „Für mich war es schön, endlich einmal die
Gastgeberin zu sein und nicht die, die immer fragen muss.“ Sie hatte für ihre Gastschwester Marlene
einen Plan mit allen Lieblingsorten gezeichnet, vom Eiscafé bis zur Bank am Seeufer.

Vormittags saßen wir im Unterricht des Liceums. Mathe war überraschend leicht zu verstehen, weil Zahlen
in jeder Sprache gleich aussehen. In Geschichte wurde es schwieriger, aber auch spannender: Eine Lehrerin
erklärte uns auf Englisch, wie die Stadt nach 1945 neu besiedelt wurde und warum viele Familien
Großeltern haben, die aus ganz anderen Gegenden kamen. Danach hatten wir mehr Fragen als vorher.
"""

EX2 = """
Nachmittags gab es Programm. Wir besuchten eine Bernsteinwerkstatt, wanderten um den See und traten bei
einem Kochabend gegeneinander an. Die deutsch-polnischen Teams mussten Pierogi falten, und die Jury
bestand aus drei Großmüttern, die keinerlei Gnade kannten. Gewonnen hat am Ende ein Team, in dem niemand
vorher je einen Teigkreis in der Hand gehabt hatte.

Höhepunkt war der Empfang im Rathaus am neunten Tag. Im Ratssaal hingen noch die Fotos von der Gründung
der Partnerschaft im Jahr 1998, auf denen ziemlich viele Schnauzbärte zu sehen sind. „Städtepartnerschaften
leben nicht von Urkunden im Rathausflur, sondern von Menschen, die sich wirklich besuchen“, sagt
Bürgermeisterin Agnieszka Wróblewska. Sie hatte für jede und jeden von uns ein kleines Glas Honig aus der
Stadtimkerei bereitgestellt und fragte alle nach ihren Gastfamilien.

Dann wurde sie fast feierlich. „Ich hoffe sehr, dass einige von euch in zwanzig Jahren mit den eigenen
Kindern wiederkommen“, meint sie. Ein paar von uns mussten da ein bisschen lachen, aber ganz ehrlich:
Vorstellen können wir es uns inzwischen.

Auch aus Lindenbrück kam ein Gruß. Bürgermeister Heiko Strathmann konnte nicht mitfahren, hatte uns aber
einen Brief mitgegeben, den unsere Lehrerin vorlas. In seinem Grußwort schrieb er: „Was ihr in diesen
zwölf Tagen erlebt, kann kein Vertrag und keine Sitzung ersetzen.“ Danach sangen die polnischen
Jugendlichen für uns „Sto lat“, weil Ben an diesem Tag zufällig Geburtstag hatte.

Begleitet wurde die Fahrt von unseren Lehrkräften Birgit Lohmann und Kerem Yıldız. „Wir haben keine
einzige Beschwerde von einer Gastfamilie bekommen, das gab es noch nie“, berichtet Birgit Lohmann, die
den Austausch seit elf Jahren organisiert. Herr Yıldız war vor allem mit der Kamera unterwegs, wofür wir
ihm jetzt sehr dankbar sind.

Der Abschied am Busbahnhof dauerte dann fast eine Stunde länger als geplant. Es gab Tränen, sehr viele
Umarmungen und das Versprechen, sich im Sommer wiederzusehen. Der Jugendrat will dafür das Projekt
„Brücken bauen 2026“ nutzen, mit dem Jugendliche aus beiden Städten gemeinsam eine Ferienwoche am See
planen können. Wir sind auf jeden Fall dabei.
"""


def page3(c):
    chrome(c, 3, "Austausch")
    y = TOP
    y = draw_par(c, "REPORTAGE · PARTNERSTADT", "kicker", ML, y, FULLW)
    y = draw_par(c, "Zwölf Tage in Brzezinowo", "h1", ML, y, FULLW)
    y = draw_par(c, "Pierogi, Bernstein und ein Empfang im Rathaus: 24 Jugendliche aus Lindenbrück haben in "
                 "Gastfamilien in unserer polnischen Partnerstadt gelebt. Ein Bericht aus drei Perspektiven.",
                 "lead", ML, y, FULLW * 0.8)
    y = draw_par(c, "Text: Marlene Kowalczyk, Ben Aydın und Sofie Ravn, Klasse 9a", "by", ML, y, FULLW)
    y -= 2 * mm
    # big photo across columns 1-2
    x0, cw = colx(0)
    pw = 2 * cw + GUT
    ph = 92 * mm
    c.setFillColor(GREY)
    c.rect(x0, y - ph, pw, ph, stroke=0, fill=1)
    cap = Paragraph("Am Badesteg des Jezioro Brzozowe: Deutsch-polnische Gruppen beim Stadtspiel am dritten Tag. "
                    "Foto: Sofie Ravn", S["cap"])
    _, chh = cap.wrap(pw, 30 * mm)
    cap.drawOn(c, x0, y - ph - chh - 2)
    ybelow = y - ph - chh - 6 * mm
    c3x, c3w = colx(2)
    c1x, _ = colx(0)
    c2x, _ = colx(1)
    story = paras(EX1) + [P("<i>Fortsetzung auf Seite 4</i>", "body0")]
    flow(c, story, [(c1x, BOT, cw, ybelow - BOT), (c2x, BOT, cw, ybelow - BOT), (c3x, BOT, c3w, y - BOT)], "p3")


def page4(c):
    chrome(c, 4, "Austausch")
    y = TOP
    y = draw_par(c, "FORTSETZUNG VON SEITE 3", "kicker", ML, y, FULLW)
    y = draw_par(c, "Honig vom Rathaus und Tränen am Busbahnhof", "h2", ML, y, FULLW)
    y -= 2 * mm
    c1x, cw = colx(0)
    c2x, _ = colx(1)
    c3x, _ = colx(2)
    # right column: photo, pull quote, info box
    right = [Photo(cw, 62 * mm),
             P("Kochabend im Liceum: Die Jury probiert die Pierogi der deutsch-polnischen Teams. Foto: Tomasz Urbanek", "cap"),
             Rule(cw),
             P("„Hier habe ich gemerkt, dass Heimweh und Fernweh gleichzeitig gehen.“", "pull"),
             P("Emil Hartwig (14), Klasse 9a", "pullby"),
             Rule(cw),
             Photo(cw, 40 * mm),
             P("Gruppenbild mit Gastgeschwistern am letzten Abend. Foto: privat", "cap")]
    flow(c, right, [(c3x, BOT + 72 * mm, cw, y - BOT - 72 * mm)], "p4 right")
    box(c, c3x, BOT + 68 * mm, cw, 68 * mm, [
        P("INFO: DIE PARTNERSCHAFT", "boxh"),
        P("Lindenbrück und Brzezinowo sind seit 1998 Partnerstädte. Seitdem gab es mehr als 40 Schul-, "
          "Sport- und Chorbegegnungen. Der Schüleraustausch der Gesamtschule am Mühlbach mit dem Liceum "
          "in Brzezinowo findet alle zwei Jahre statt und wird vom Deutsch-Polnischen Jugendwerk gefördert.", "box"),
        P("Wer im Sommer bei „Brücken bauen 2026“ mitmachen will, meldet sich beim Jugendrat.", "box"),
    ], label="p4 info")
    story = paras(EX2)
    story += [Spacer(1, 6), P("<b>Marlene Kowalczyk, Ben Aydın und Sofie Ravn</b> sind in der Klasse 9a der "
                              "Gesamtschule am Mühlbach und haben ihre Gastfamilien schon für den Sommer eingeladen.",
                              "body0")]
    flow(c, story, [(c1x, BOT, cw, y - BOT), (c2x, BOT, cw, y - BOT)], "p4 body")


# ---------------------------------------------------------------- pages 5-6: interview
INTERVIEW_A = [
    ("JZ", "Frau Baştürk, seit zwei Jahren dürfen in unserem Bundesland alle ab 16 den Landtag wählen. "
           "Hat sich dadurch irgendetwas verändert?"),
    ("NB", "Ja, aber langsamer, als viele gehofft haben. Bei der letzten Wahl lag die Beteiligung der "
           "16- und 17-Jährigen ungefähr im Landesdurchschnitt, das ist schon einmal ein gutes Zeichen. "
           "Viel wichtiger finde ich aber, dass Parteien plötzlich an Schulen auftauchen, die sie vorher "
           "nie betreten hätten. Wählen ab 16 war erst der Anfang. Jetzt muss sich zeigen, ob die Politik "
           "auch zuhört, wenn gerade keine Wahl ansteht."),
    ("JZ", "Viele in unserem Alter sagen trotzdem, dass Politik mit ihrem Leben nichts zu tun hat."),
    ("NB", "Das höre ich oft, und ich nehme es ernst. Aber es stimmt nicht. Ob euer Bus abends noch fährt, "
           "ob die Turnhalle saniert wird, wie viele Lehrkräfte an eurer Schule sind – das alles wird in "
           "Parlamenten und Räten entschieden. Die sogenannte „Politikverdrossenheit“ ist für mich oft eher "
           "eine Enttäuschung darüber, dass man nicht gefragt wird."),
    ("JZ", "Sie waren selbst sehr früh politisch aktiv. Wie kam das?"),
    ("NB", "Ich bin in Auental-Nord aufgewachsen, in einer Siedlung, in der es für Jugendliche genau einen "
           "Bolzplatz gab. Als der einem Parkplatz weichen sollte, bin ich mit 17 zusammen mit Freundinnen "
           "in die Sitzung des Ortsbeirats gegangen. Der damalige Ortsvorsteher Wilfried Jansing hat mich "
           "angesehen und gesagt: „Komm wieder, wenn du erwachsen bist.“ Ich bin wiedergekommen, und zwar "
           "jede Woche, bis der Bolzplatz gerettet war."),
    ("JZ", "Klingt, als hätte Sie das eher angespornt als abgeschreckt."),
    ("NB", "Beides. Ich war an dem Abend ziemlich wütend und ein bisschen gedemütigt. Aber ich habe "
           "gelernt, dass man Regeln und Geschäftsordnungen kennen muss, wenn man etwas erreichen will. "
           "Das rate ich heute jedem Jugendrat: Lest die Satzung eurer Gemeinde. Sie ist langweilig, aber "
           "sie ist euer Werkzeug."),
    ("JZ", "Ihr Wahlkreis ist ziemlich ländlich. Was hören Sie dort von Jugendlichen am häufigsten?"),
    ("NB", "Mobilität, mit großem Abstand. Wer in einem Dorf ohne Bahnhof wohnt und keinen Führerschein hat, "
           "ist abends praktisch eingesperrt. Danach kommen Wohnungen für Azubis und die Frage, warum an "
           "manchen Schulen seit Monaten Physik ausfällt. Über das Klima reden übrigens fast alle, aber meistens "
           "im Zusammenhang mit Bussen und Bahnen."),
    ("JZ", "Und was antworten Sie dann? Das Land kann ja nicht in jedes Dorf einen Bus schicken."),
    ("NB", "Nein, aber es kann Rufbusse und Sammeltaxis fördern, die man per App bestellt. In zwei Gemeinden "
           "meines Wahlkreises läuft das schon, und die Fahrgastzahlen sind deutlich höher als erwartet. "
           "Ich bin da ehrlich: Das kostet Geld, und es dauert. Aber ich verspreche lieber wenig und halte es, "
           "als umgekehrt."),
    ("JZ", "Sie sind auch in den sozialen Netzwerken sehr aktiv. Wie viel davon machen Sie selbst?"),
    ("NB", "Die Videos drehe ich fast alle selbst, meistens im Auto auf dem Parkplatz vor dem Landtag. "
           "Bei den Kommentaren hilft mir mein Büro, weil es einfach zu viele sind. Ein Teil davon ist "
           "leider so beleidigend, dass wir ihn löschen oder sogar anzeigen müssen. Das gehört zu den "
           "Seiten des Jobs, auf die mich niemand vorbereitet hat."),
    ("JZ", "Hat Sie das je an einen Rücktritt denken lassen?"),
    ("NB", "Einmal, nach einer besonders hässlichen Woche. Dann haben mir Schülerinnen aus meiner alten Schule "
           "einen Stapel Postkarten geschickt. Die hängen heute noch in meinem Büro."),
]
INTERVIEW_B = [
    ("JZ", "Der Jugendrat in Lindenbrück darf Anträge stellen, hat aber kein eigenes Geld. Reicht das?"),
    ("NB", "Nein. Jugendräte brauchen ein eigenes Budget, über das sie selbst entscheiden, sonst bleiben "
           "sie Dekoration. Es muss nicht viel sein. Schon ein paar tausend Euro im Jahr verändern, wie ernst "
           "ein Gremium genommen wird, auch von den Erwachsenen im Stadtrat. Ich setze mich im Landtag dafür "
           "ein, dass das Land solche Budgets mitfinanziert."),
    ("JZ", "Warum passiert das dann nicht längst?"),
    ("NB", "Weil Kommunen knapp bei Kasse sind und weil manche Angst haben, die Kontrolle abzugeben. Ich "
           "halte das für unbegründet. Wo Jugendräte eigene Mittel haben, sind die Projekte meistens sehr "
           "bodenständig: Bänke, Beleuchtung, ein Schließfach für den Skatepark."),
    ("JZ", "Was würden Sie einer Schülerin sagen, die sich engagieren will, aber keine Partei mag?"),
    ("NB", "Dass sie keine Partei braucht. Schülervertretung, Jugendrat, Umweltgruppe, Sportverein, "
           "eine Schülerzeitung wie eure – überall lernt man Demokratie. Parteien sind ein Weg, aber nicht "
           "der einzige. Und wer doch einmal in eine eintreten will, darf sich ruhig vorher alle anschauen."),
    ("JZ", "Letzte Frage: Welchen Song hören Sie auf dem Weg in den Landtag?"),
    ("NB", "Im Moment ehrlich gesagt nur Podcasts. Aber wenn eine Abstimmung knapp wird, dann läuft im "
           "Auto „Kein Bus nach Hause“ von den Kachelöfen. Den habe ich von meiner Nichte."),
]


def iv(turns):
    out = []
    for who, txt in turns:
        if who == "JZ":
            out.append(P("<b>JZ:</b> " + txt, "iq"))
        else:
            out.append(P("<b>%s:</b> %s" % (who, txt), "ia"))
    return out


def page5(c):
    chrome(c, 5, "Politik")
    y = TOP
    y = draw_par(c, "DAS GROSSE JZ-INTERVIEW", "kicker", ML, y, FULLW)
    y = draw_par(c, "„Wählen ab 16 war erst der Anfang“", "h1", ML, y, FULLW)
    c1x, cw = colx(0)
    c2x, _ = colx(1)
    c3x, _ = colx(2)
    pw = 2 * cw + GUT
    lead = Paragraph("Nilüfer Baştürk vertritt seit 2021 den Wahlkreis Auental-Nord im Landtag. Vor der "
                     "Plenarsitzung hat sie sich eine Stunde Zeit für die JZ genommen: über Wählen ab 16, "
                     "einen geretteten Bolzplatz und die Frage, warum Jugendräte Geld brauchen.", S["lead"])
    _, lh = lead.wrap(pw, 50 * mm)
    lead.drawOn(c, c1x, y - lh)
    y2 = y - lh - 3 * mm
    ph = 70 * mm
    c.setFillColor(GREY)
    c.rect(c1x, y2 - ph, pw, ph, stroke=0, fill=1)
    cap = Paragraph("Nilüfer Baştürk im Besucherfoyer des Landtags, wo das Gespräch stattfand. "
                    "Foto: Jana Wiechert", S["cap"])
    _, chh = cap.wrap(pw, 20 * mm)
    cap.drawOn(c, c1x, y2 - ph - chh - 2)
    ybelow = y2 - ph - chh - 6 * mm
    story = iv(INTERVIEW_A)
    flow(c, story, [(c1x, BOT, cw, ybelow - BOT), (c2x, BOT, cw, ybelow - BOT), (c3x, BOT, cw, y - BOT)], "p5")


def page6(c):
    chrome(c, 6, "Politik")
    c1x, cw = colx(0)
    c2x, _ = colx(1)
    c3x, _ = colx(2)
    y = TOP
    # pull quote on top across columns 1-2
    pw = 2 * cw + GUT
    c.setFillColor(RED)
    c.rect(c1x, y - 1.2 * mm, pw, 1.2 * mm, stroke=0, fill=1)
    pst = ParagraphStyle("bigpull", parent=S["pull"], fontSize=24, leading=29)
    yy = draw_par(c, "„Jugendräte brauchen ein eigenes Budget, sonst bleiben sie Dekoration.“", pst,
                  c1x, y - 4 * mm, pw)
    yy = draw_par(c, "Nilüfer Baştürk, Landtagsabgeordnete", "pullby", c1x, yy - 1 * mm, pw)
    c.setFillColor(RED)
    c.rect(c1x, yy - 2 * mm, pw, 1.2 * mm, stroke=0, fill=1)
    ystart = yy - 7 * mm
    story = iv(INTERVIEW_B) + [Spacer(1, 8), P("<i>Die Fragen stellten Arjun Mehta und Giulia Ferraresi.</i>", "body0")]
    flow(c, story, [(c1x, BOT, cw, ystart - BOT), (c2x, BOT, cw, ystart - BOT)], "p6 body")
    box(c, c3x, TOP, cw, 120 * mm, [
        P("ZUR PERSON", "boxh"),
        P("<b>Nilüfer Baştürk</b> wurde 1986 in Auental geboren und wuchs in Auental-Nord auf. Nach dem "
          "Abitur studierte sie Soziale Arbeit und leitete später ein Jugendzentrum im Nachbarkreis.", "box"),
        P("Seit 2021 ist sie direkt gewählte Abgeordnete im Landtag und dort Mitglied im Ausschuss für "
          "Bildung, Jugend und Sport. Sie ist verheiratet, hat zwei Kinder und spielt mittwochs Volleyball "
          "in einer Freizeitmannschaft.", "box"),
        P("Das Interview wurde Anfang Februar geführt und für die JZ gekürzt. Frau Baştürk hat die "
          "Abschrift vor dem Druck gelesen.", "box"),
    ], label="p6 person")
    box(c, c3x, TOP - 126 * mm, cw, 96 * mm, [
        P("GLOSSAR", "boxh"),
        P("<b>Landtag:</b> das Parlament eines Bundeslandes. Es beschließt zum Beispiel Schulgesetze.", "box"),
        P("<b>Ortsbeirat:</b> ein gewähltes Gremium für einen Stadtteil, das die Stadt berät.", "box"),
        P("<b>Jugendrat:</b> gewählte Vertretung der Jugendlichen einer Gemeinde. In Lindenbrück hat er "
          "15 Mitglieder zwischen 14 und 21 Jahren.", "box"),
        P("<b>Geschäftsordnung:</b> die Spielregeln, nach denen ein Gremium Sitzungen abhält und abstimmt.", "box"),
    ], fill=HexColor("#e6eef3"), label="p6 glossar")


# ---------------------------------------------------------------- page 7: comic + culture
PLAYLIST = """
Der Frühling kommt, die Fenster im Bus gehen wieder auf, und ich brauche neue Musik für den Schulweg.
Hier sind fünf Lieder, die bei mir gerade rauf und runter laufen, alle von Leuten, die man noch nicht
aus dem Radio kennt.

Ganz oben steht „Kein Bus nach Hause“ von den Kachelöfen, einer Band aus Auental, deren Sänger
Maximilian Drews vor drei Jahren noch an unserer Schule war. Der Song handelt von der letzten
Verbindung um 21.14 Uhr und davon, was passiert, wenn man sie verpasst. Jeder, der auf dem Land wohnt,
kennt das Gefühl.

Auf Platz zwei: „Neonmond“ von Ilvy Sander, elektronisch, ein bisschen traurig und perfekt für
Regentage. Danach kommt „Paper Planes in July“ von den Tallow Twins aus Cork, zwei Schwestern, die
ihre Lieder in der Küche aufnehmen, und das hört man auch, im besten Sinne.

Wer es lauter mag, sollte „Beton und Brombeeren“ von Rostschutz ausprobieren, ein Punksong mit
Blockflöte, kein Witz. Zum Runterkommen am Abend empfehle ich „Hayal Kahvesi“ von Deniz Aksoy, das
ihre Großmutter angeblich immer beim Kochen gesungen hat.
"""

KINO = """
Ein Leuchtturm, eine Insel, eine 16-Jährige, die den Sommer bei ihrer Tante verbringen muss: Die
Ausgangslage von „Die Leuchtturmwärterin“ klingt nach einem klassischen „Feelgood-Film“, und ein
bisschen ist er das auch. Regisseurin Mette Kallestrup erzählt aber mehr, als man erwartet.

Hauptfigur Ronja will eigentlich nur ihre Ruhe, stößt aber im Keller des Leuchtturms auf alte
Logbücher und beginnt, die Geschichte der Frauen zu erforschen, die hier vor ihr gewohnt haben. Die
Bilder von der dänischen Küste sind großartig, die Musik ist zurückhaltend, und die Dialoge wirken nie
gestellt.

Ein Minuspunkt: Die letzte halbe Stunde zieht sich. Trotzdem gehört der Film für mich zu den schönsten
Kinoerlebnissen des Winters. Er läuft noch bis Ende März im Kino am Marktplatz, dienstags zum
Schülertarif von fünf Euro.
"""


def page7(c):
    chrome(c, 7, "Comic & Kultur")
    y = TOP
    y = draw_par(c, "COMIC", "kicker", ML, y, FULLW)
    y = draw_par(c, "Die Pausenhof-Piraten · Folge 12: Die Mensa-Meuterei", "h3", ML, y, FULLW)
    y -= 2 * mm
    n = 4
    pw = (FULLW - 3 * 4 * mm) / 4
    ph = 78 * mm
    bubbles = [
        "Käpt'n, die Mensa hat schon wieder Linsensuppe!",
        "Dann entern wir eben den Kiosk, Leute!",
        "Halt! Heute gibt es dort nur Vollkornbrötchen.",
        "Meuterei abgesagt. Wer hat noch Kekse?",
    ]
    for i in range(n):
        px = ML + i * (pw + 4 * mm)
        c.setFillColor(HexColor("#fbf6e9"))
        c.setStrokeColor(DARK)
        c.setLineWidth(1.4)
        c.rect(px, y - ph, pw, ph, stroke=1, fill=1)
        # simple figures
        c.setFillColor(HexColor("#d7c7a3"))
        c.circle(px + pw * 0.35, y - ph + 30 * mm, 9 * mm, stroke=1, fill=1)
        c.setFillColor(HexColor("#7fa6c1"))
        c.rect(px + pw * 0.35 - 8 * mm, y - ph + 4 * mm, 16 * mm, 17 * mm, stroke=1, fill=1)
        c.setFillColor(DARK)
        c.circle(px + pw * 0.35 - 3 * mm, y - ph + 32 * mm, 1.2 * mm, stroke=0, fill=1)
        c.circle(px + pw * 0.35 + 3 * mm, y - ph + 32 * mm, 1.2 * mm, stroke=0, fill=1)
        # bubble
        c.setFillColor(white)
        c.roundRect(px + 3 * mm, y - 25 * mm, pw - 6 * mm, 21 * mm, 5 * mm, stroke=1, fill=1)
        p = Paragraph(bubbles[i], S["bubble"])
        _, bh = p.wrap(pw - 12 * mm, 20 * mm)
        p.drawOn(c, px + 6 * mm, y - 14.5 * mm - bh / 2)
    y -= ph
    y = draw_par(c, "Zeichnung: Yuki Tanabe", "by", W - MR - 60 * mm, y - 1 * mm, 60 * mm)
    c.setStrokeColor(DARK)
    c.setLineWidth(0.8)
    c.line(ML, y - 2 * mm, W - MR, y - 2 * mm)
    y -= 6 * mm
    # culture: playlist in cols 1-2, kino in col 3
    c1x, cw = colx(0)
    c2x, _ = colx(1)
    c3x, _ = colx(2)
    story = [P("MUSIK", "kicker"), P("Fünf Songs für den Frühling", "h2"),
             P("Text: Noah Wendland (15)", "by")] + paras(PLAYLIST)
    story += [Spacer(1, 6), Photo(cw, 45 * mm),
              P("Die Kachelöfen bei ihrem Auftritt im Jugendhaus im Januar. Foto: Leonie Baumgartner", "cap")]
    flow(c, story, [(c1x, BOT, cw, y - BOT), (c2x, BOT, cw, y - BOT)], "p7 playlist")
    story = [P("KINOTIPP", "kicker"), P("„Die Leuchtturmwärterin“", "h3"),
             P("Dänemark 2025, 104 Minuten, FSK 6", "cap"),
             P("Text: Hanna Sjöberg (17)", "by")] + paras(KINO)
    story += [Spacer(1, 4), P("<b>Wertung:</b> vier von fünf Leuchttürmen", "box")]
    c.setFillColor(LIGHT)
    c.rect(c3x - 2 * mm, BOT, cw + 4 * mm, y - BOT + 2 * mm, stroke=0, fill=1)
    flow(c, story, [(c3x, BOT + 2 * mm, cw, y - BOT - 2 * mm)], "p7 kino")


# ---------------------------------------------------------------- page 8: short news
NEWS = [
    ("Jugendrat hat neuen Vorstand",
     "Der Jugendrat der Stadt Lindenbrück hat in seiner Januarsitzung einen neuen Vorstand gewählt. "
     "Vorsitzende ist Amelie Fontaine (17) vom Auental-Gymnasium, ihr Stellvertreter Rahul Iyer (16) von "
     "der Gesamtschule am Mühlbach. „Wir wollen vor allem die Busverbindungen am Abend verbessern“, "
     "kündigte Fontaine nach der Wahl an. Die nächste öffentliche Sitzung findet am 18. März im Ratssaal "
     "statt. (ab)"),
    ("112 statt 40: Ansturm beim Bewerbungstraining",
     "Mit so vielen Teilnehmenden hatte niemand gerechnet: Zum kostenlosen Bewerbungstraining im "
     "Jugendhaus kamen an zwei Samstagen insgesamt 112 Jugendliche. „Wir hatten mit 40 Anmeldungen "
     "gerechnet und mussten am Ende Stühle aus dem Keller holen“, sagt Organisatorin Ingrid Halvorsen "
     "vom Stadtjugendring. Wegen der großen Nachfrage gibt es im Mai einen weiteren Termin. (mk)"),
    ("Benefizkonzert bringt 3.400 Euro",
     "Unter dem Motto „Laut für Leise“ haben Bands und Chöre aus dem Schulnetzwerk im Februar in der "
     "Stadthalle gespielt. Der Erlös von 3.400 Euro geht an die Kinderhospizgruppe Auental. Besonders "
     "gefeiert wurde der Auftritt des Unterstufenchors der Realschule Lindenbrück. (ps)"),
    ("Vorlesewettbewerb: Sieg mit einem Krimi",
     "Den Kreisentscheid im Vorlesewettbewerb der sechsten Klassen hat Kofi Mensah-Richter von der "
     "Grundschule am Anger gewonnen. Er las aus dem Jugendkrimi „Die Stadt unter dem See“ und überzeugte "
     "die Jury mit verschiedenen Stimmen für jede Figur. Im Mai geht es zum Bezirksentscheid. (gf)"),
    ("Neue Fahrradständer am Bahnhof",
     "Nach einem Antrag des Jugendrats hat die Stadt am Bahnhof 60 neue, überdachte Fahrradstellplätze "
     "gebaut. Viele Pendlerinnen und Pendler aus den Schulen hatten sich über nasse Sättel und "
     "gestohlene Räder beschwert. Die Kosten von rund 48.000 Euro trägt zum größten Teil das Land. (ab)"),
    ("Schule mit Courage",
     "Als fünfte Schule im Netzwerk trägt jetzt auch die Realschule Lindenbrück den Titel „Schule ohne "
     "Rassismus – Schule mit Courage“. Dafür hatten sich mehr als 70 Prozent aller Schülerinnen, Schüler "
     "und Beschäftigten per Unterschrift verpflichtet, gegen Diskriminierung aktiv zu werden. Pate ist "
     "der Handballer Jonas Erikstad vom TV Auental. (hs)"),
    ("Mensa testet Veggie-Tage",
     "Die Mensa der Gesamtschule am Mühlbach bietet seit Februar dienstags und donnerstags nur "
     "vegetarische Gerichte an. Nach einer ersten Umfrage sind rund zwei Drittel der Gäste zufrieden. "
     "Kritik gab es vor allem an der Linsensuppe, die inzwischen sogar in einem Comic auftaucht. (nw)"),
    ("Schülerfirma sucht Nachwuchs",
     "Die Schülerfirma „Mühlbach Print“, die T-Shirts und Beutel bedruckt, sucht ab dem Sommer neue "
     "Mitglieder aus den Klassen 8 und 9. Wer Lust auf Buchhaltung, Design oder Verkauf hat, kann sich "
     "im Sekretariat melden. (fd)"),
]


def page8(c):
    chrome(c, 8, "Kurz & knapp")
    y = TOP
    y = draw_par(c, "Kurz &amp; knapp", "h1", ML, y, FULLW)
    y = draw_par(c, "Nachrichten aus dem Jugendrat und den Schulen des Netzwerks Oberes Auental", "lead", ML, y, FULLW)
    c.setStrokeColor(RED)
    c.setLineWidth(1.5)
    c.line(ML, y - 1 * mm, W - MR, y - 1 * mm)
    y -= 5 * mm
    c1x, cw = colx(0)
    c2x, _ = colx(1)
    c3x, _ = colx(2)
    story = []
    for i, (h, t) in enumerate(NEWS):
        story.append(P(h, "news_h"))
        story.append(P(t, "body0"))
        if i == 0:
            story += [Spacer(1, 6), Photo(cw, 50 * mm),
                      P("Der neue Vorstand des Jugendrats nach der Wahl im Ratssaal. Foto: privat", "cap")]
        if i == 3:
            story += [Spacer(1, 6), Photo(cw, 42 * mm),
                      P("Überdacht und beleuchtet: die neuen Fahrradständer am Bahnhof. Foto: Rahul Iyer", "cap")]
        story.append(Rule(cw, color=GREY, thick=0.6, space=5))
    flow(c, story, [(c1x, BOT, cw, y - BOT), (c2x, BOT, cw, y - BOT), (c3x, BOT + 78 * mm, cw, y - BOT - 78 * mm)],
         "p8 news")
    box(c, c3x, BOT + 74 * mm, cw, 74 * mm, [
        P("ZAHL DES MONATS", "boxh"),
        Paragraph("<font name='Cond-B' size='40' color='#c8102e'>1.287</font>",
                  ParagraphStyle("big", parent=S["box"], leading=46)),
        P("Stimmen wurden bei der Jugendratswahl im Januar abgegeben. Das entspricht einer Wahlbeteiligung "
          "von 31 Prozent, so viel wie nie zuvor.", "box"),
        P("Im Jahr davor waren es nur 842 Stimmen.", "box"),
    ], label="p8 zahl")


# ---------------------------------------------------------------- page 9: environment + sport
GARTEN = """
Wer in der großen Pause die Feuertreppe an der Turnhalle hinaufsteigt, steht plötzlich in einem
Garten. Auf dem Flachdach der Gesamtschule am Mühlbach wachsen seit dem vergangenen Frühjahr Tomaten,
Bohnen, Kräuter und sogar zwei kleine Apfelbäume in Kübeln. Gepflegt wird alles von der Umwelt-AG,
in der inzwischen 26 Schülerinnen und Schüler aus sechs Jahrgängen mitmachen.

Die Idee stammt aus einem Projekttag vor zwei Jahren. Damals hatten Schülerinnen der Oberstufe
ausgerechnet, wie viel Regenwasser von dem Dach einfach in die Kanalisation fließt. Biologielehrerin
Amara Okonkwo sagt: „Am Anfang dachten alle, die Statik macht das nie mit. Dann hat uns ein Ingenieur
aus dem Elternbeirat vorgerechnet, dass es geht, solange wir mit leichtem Substrat arbeiten.“

Gebaut wurde in den Sommerferien, mit Spenden von drei Gärtnereien und einem Zuschuss aus dem
Klimafonds des Landkreises. Das Wasser kommt aus zwei großen Tanks, die das Regenwasser auffangen. Eine
kleine Solarpumpe verteilt es über Schläuche an die Beete. Den Zeitplan zum Gießen in den Ferien
organisiert die AG über eine Tabelle, in der sich alle eintragen.

Nicht jeder war von Anfang an überzeugt. „Ich hatte Angst, dass mir irgendwann Erde durch die Decke der
Umkleide rieselt“, sagt Hausmeister Dariusz Kamiński und lacht. Inzwischen hat er selbst ein Beet mit
Chilis, die er im Herbst an das Kollegium verschenkt hat.

Im vergangenen Jahr hat die AG mehr als 80 Kilogramm Gemüse geerntet, der größte Teil ging an die
Mensa. Für diesen Sommer plant die Gruppe ein Insektenhotel und Messgeräte, die Temperatur und
Feuchtigkeit aufzeichnen. Die Daten sollen im Physikunterricht ausgewertet werden.
"""

FUSSBALL = """
Es war knapp, aber es hat nicht ganz gereicht: Die Mädchenfußball-AG der Gesamtschule am Mühlbach ist
beim Hallen-Kreisturnier in Auental-Nord Zweite geworden. Im Finale unterlag das Team der
Sportschule Auental mit 1:2, nachdem es in der Vorrunde alle vier Spiele gewonnen hatte.

„Die Mädchen haben gezeigt, dass sie mit jedem Team im Kreis mithalten können“, sagt Trainerin
Siobhán Murphy, die früher selbst in der irischen Frauenliga gespielt hat. Sie leitet die AG seit drei
Jahren, damals kamen gerade einmal sieben Spielerinnen zum Training.

„Im Finale hatten wir in der zweiten Hälfte einfach keine Luft mehr“, gibt Torhüterin Mia Lindholm
zu. Im Sommer will das Team beim Feldturnier Revanche nehmen. Neue Spielerinnen ab Klasse 5 sind
willkommen, das Training ist montags um 15.30 Uhr.
"""


def page9(c):
    chrome(c, 9, "Umwelt & Sport")
    c1x, cw = colx(0)
    c2x, _ = colx(1)
    c3x, _ = colx(2)
    y = TOP
    y = draw_par(c, "UMWELT", "kicker", ML, y, FULLW)
    y = draw_par(c, "Ein Garten auf dem Turnhallendach", "h1", ML, y, FULLW)
    y = draw_par(c, "Tomaten über der Umkleide, Apfelbäume neben dem Lüftungsschacht: Die Umwelt-AG der "
                 "Gesamtschule am Mühlbach hat ein Flachdach in ein Beet verwandelt.", "lead", ML, y, FULLW * 0.8)
    y = draw_par(c, "Text: Tobias Engelhardt (17)", "by", ML, y, FULLW)
    y -= 1 * mm
    ysplit = BOT + 98 * mm  # sport article below
    story = paras(GARTEN)
    right = [Photo(cw, 58 * mm),
             P("Ernte im September: Mitglieder der Umwelt-AG zwischen den Hochbeeten auf dem Dach. "
               "Foto: Kerem Yıldız", "cap"),
             Rule(cw),
             P("„Wer hier oben gießt, lernt mehr über Chemie als in jedem Lehrbuch.“", "pull"),
             P("Amara Okonkwo, Biologielehrerin und Leiterin der Umwelt-AG", "pullby"),
             Rule(cw)]
    flow(c, right, [(c3x, ysplit + 4 * mm, cw, y - ysplit - 4 * mm)], "p9 right")
    flow(c, story, [(c1x, ysplit + 4 * mm, cw, y - ysplit - 4 * mm), (c2x, ysplit + 4 * mm, cw, y - ysplit - 4 * mm)],
         "p9 garten")
    # sport block
    c.setStrokeColor(DARK)
    c.setLineWidth(1.2)
    c.line(ML, ysplit, W - MR, ysplit)
    yy = ysplit - 3 * mm
    yy = draw_par(c, "SPORT", "kicker", ML, yy, FULLW)
    yy = draw_par(c, "Silber für die Mädchenfußball-AG", "h2", ML, yy, FULLW)
    yy = draw_par(c, "Text: Leonie Baumgartner (14)", "by", ML, yy, FULLW)
    flow(c, paras(FUSSBALL), [(c1x, BOT, cw, yy - BOT), (c2x, BOT, cw, yy - BOT)], "p9 sport")
    flow(c, [Photo(cw, 50 * mm),
             P("Das Team mit den Silbermedaillen und Trainerin Siobhán Murphy (hinten rechts). Foto: privat", "cap")],
         [(c3x, BOT, cw, yy - BOT)], "p9 sport photo")


# ---------------------------------------------------------------- page 10: column, dates, imprint
BUS = """
Jeden Morgen um 6.52 Uhr steige ich in Oberauen in die Linie 412. Ich kenne jede Kurve,
jedes Schlagloch und jede Haltestelle, an der die immer gleichen Leute zusteigen. Das klingt langweilig,
ist es aber nicht.

Im Bus wird nämlich mehr erzählt als in jeder Pause. Hier werden Hausaufgaben verglichen,
Liebeskummer besprochen und die Weltpolitik neu geordnet, alles in 34 Minuten. Wer gut zuhört, weiß
am Ende der Fahrt, wer sich mit wem gestritten hat und welche Lehrerin heute krank ist.

Und dann ist da Hakan Özdemir, unser Fahrer. Er grüßt jeden Morgen alle mit Namen, auch die aus der
fünften Klasse, die noch nie ein Wort gesagt haben. „Morgen wieder, gleiche Zeit?“, fragt Busfahrer
Hakan Özdemir jeden Tag beim Aussteigen, und jeden Tag antworten ein paar von uns im Chor. Nur einmal
im Jahr fährt er nicht: wenn er Urlaub hat, merkt man plötzlich, wie still ein Bus sein kann.

Natürlich gibt es auch die anderen Tage. Wenn der Bus im Schnee stecken bleibt, wenn er voll ist, bevor
er bei uns hält, oder wenn die letzte Verbindung am Abend schon um 21.14 Uhr fährt. Deshalb finde ich
es richtig, dass sich der neue Jugendrat um die Abendbusse kümmern will. Aber den Bus abschaffen und
alle mit dem Elterntaxi fahren? Niemals.
"""


def page10(c):
    chrome(c, 10, "Service")
    c1x, cw = colx(0)
    c2x, _ = colx(1)
    c3x, _ = colx(2)
    y = TOP
    story = [P("ZUM SCHLUSS", "kicker"), P("Warum ich den Schulbus liebe (meistens)", "h2"),
             P("Text: Piotr Zieliński (16)", "by")] + paras(BUS)
    flow(c, story, [(c1x, BOT + 80 * mm, cw, y - BOT - 80 * mm), (c2x, BOT + 80 * mm, cw, y - BOT - 80 * mm)], "p10 bus")
    # termine box bottom left two columns
    pw = 2 * cw + GUT
    box(c, c1x, BOT + 74 * mm, pw, 74 * mm, [
        P("TERMINE", "boxh"),
        P("<b>18. März, 17 Uhr</b> – Öffentliche Sitzung des Jugendrats, Ratssaal Lindenbrück", "box"),
        P("<b>27. März, 19 Uhr</b> – Poetry-Slam „Wortwechsel“ im Jugendhaus, Eintritt frei", "box"),
        P("<b>11. April</b> – Aktionstag „Saubere Aue“, Treffpunkt Parkplatz am Mühlbach, 10 Uhr", "box"),
        P("<b>25. April</b> – Info-Abend „Brücken bauen 2026“ zur Sommerfreizeit mit Brzezinowo", "box"),
        P("<b>15. Mai</b> – Redaktionsschluss für die Sommerausgabe der JZ", "box"),
    ], label="p10 termine")
    # imprint right column
    c.setFillColor(HexColor("#eeeeee"))
    c.rect(c3x - 2 * mm, BOT, cw + 4 * mm, TOP - BOT, stroke=0, fill=1)
    ist = ParagraphStyle("imp", fontName="Sans", fontSize=8.2, leading=10.8, spaceAfter=5)
    ih = ParagraphStyle("imph", fontName="Cond-B", fontSize=16, leading=19, spaceAfter=6)
    imp = [
        Paragraph("Impressum", ih),
        Paragraph("<b>JZ – Jugendzeitung für Lindenbrück und das Schulnetzwerk Oberes Auental</b><br/>"
                  "Ausgabe 1/2026, erscheint dreimal im Jahr", ist),
        Paragraph("<b>Herausgeber:</b> Jugendrat der Stadt Lindenbrück in Zusammenarbeit mit dem "
                  "Stadtjugendring Lindenbrück e. V.", ist),
        Paragraph("<b>Anschrift der Redaktion:</b><br/>Jugendhaus Lindenbrück, Mühlgasse 7, Lindenbrück<br/>"
                  "redaktion@jz-lindenbrueck.de", ist),
        Paragraph("<b>V.i.S.d.P.:</b> Miriam Albrecht (Stadtjugendpflege, Anschrift wie oben)", ist),
        Paragraph("<b>Chefredaktion:</b> Lena Hofstätter &amp; Emre Kılıç", ist),
        Paragraph("<b>Redaktion:</b> Aoife Brennan, Marek Kowalski, Paula Steinbrecher, "
                  "Giulia Ferraresi, Hanna Sjöberg, Noah Wendland, Fatma Demir, "
                  "Arjun Mehta, Piotr Zieliński, Tobias Engelhardt", ist),
        Paragraph("<b>Layout:</b> Tim Okafor", ist),
        Paragraph("<b>Bildnachweis:</b> Seite 2: Emre Kılıç; alle übrigen Fotos wie in den "
                  "Bildunterschriften angegeben.", ist),
        Paragraph("<b>Druck:</b> Auentaler Druckhaus GmbH, gedruckt auf Recyclingpapier", ist),
        Paragraph("<b>Auflage:</b> 2.500 Exemplare, kostenlos an allen Schulen des Netzwerks, im Jugendhaus "
                  "und in der Stadtbücherei", ist),
        Paragraph("Namentlich gekennzeichnete Beiträge geben die Meinung der Verfasserinnen und Verfasser "
                  "wieder, nicht unbedingt die der Redaktion. Die Redaktion behält sich vor, Leserbriefe "
                  "zu kürzen. Gefördert aus Mitteln des Kinder- und Jugendplans des Landes.", ist),
        Paragraph("<b>Redaktionsschluss</b> dieser Ausgabe: 20. Februar 2026", ist),
    ]
    flow(c, imp, [(c3x, BOT + 3 * mm, cw, TOP - BOT - 5 * mm)], "p10 imprint")


def main():
    c = canvas.Canvas(OUT, pagesize=(W, H))
    c.setTitle("JZ – Jugendzeitung Lindenbrück, Ausgabe 1/2026")
    c.setAuthor("Jugendrat der Stadt Lindenbrück")
    for fn in (page1, page2, page3, page4, page5, page6, page7, page8, page9, page10):
        fn(c)
        c.showPage()
    c.save()
    print("wrote", OUT)


if __name__ == "__main__":
    main()
