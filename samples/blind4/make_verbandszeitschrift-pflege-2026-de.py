#!/usr/bin/env python3
"""Generator for the blind test magazine `verbandszeitschrift-pflege-2026-de.pdf`.

"PFLEGEPERSPEKTIVE", Ausgabe 2/2026 - member magazine of a fictional German
nursing professional association ("Verband der Pflegefachberufe e. V.", VPF).
14 pages, A4, two and three columns. All persons and the association are
invented. Deterministic: no randomness, no clock.
"""
import os

from reportlab.lib.colors import HexColor, white, black
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Frame, Paragraph, Spacer, Table, TableStyle, Flowable
from reportlab.platypus.flowables import HRFlowable

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "verbandszeitschrift-pflege-2026-de.pdf")

FD = "/usr/share/fonts/truetype/dejavu/"
for name, fn in [("Serif", "DejaVuSerif.ttf"), ("Serif-B", "DejaVuSerif-Bold.ttf"),
                 ("Serif-I", "DejaVuSerif-Italic.ttf"), ("Serif-BI", "DejaVuSerif-BoldItalic.ttf"),
                 ("Sans", "DejaVuSans.ttf"), ("Sans-B", "DejaVuSans-Bold.ttf"),
                 ("Sans-I", "DejaVuSans-Oblique.ttf"), ("Sans-BI", "DejaVuSans-BoldOblique.ttf"),
                 ("Cond", "DejaVuSansCondensed.ttf"), ("Cond-B", "DejaVuSansCondensed-Bold.ttf"),
                 ("Cond-I", "DejaVuSansCondensed-Oblique.ttf"),
                 ("Cond-BI", "DejaVuSansCondensed-BoldOblique.ttf")]:
    pdfmetrics.registerFont(TTFont(name, FD + fn))
pdfmetrics.registerFontFamily("Serif", normal="Serif", bold="Serif-B", italic="Serif-I", boldItalic="Serif-BI")
pdfmetrics.registerFontFamily("Sans", normal="Sans", bold="Sans-B", italic="Sans-I", boldItalic="Sans-BI")
pdfmetrics.registerFontFamily("Cond", normal="Cond", bold="Cond-B", italic="Cond-I", boldItalic="Cond-BI")

W, H = A4
ML, MR, MT, MB = 40, 40, 56, 48
PLUM = HexColor("#6a1b4d")
ROSE = HexColor("#c2185b")
MINT = HexColor("#e6f2ef")
SAND = HexColor("#f6efe4")
GREY = HexColor("#b8bcc2")
DARK = HexColor("#2f2f2f")
TEAL = HexColor("#00796b")

# ---------------------------------------------------------------- styles
body = ParagraphStyle("body", fontName="Serif", fontSize=8.5, leading=11.8,
                      alignment=TA_JUSTIFY, spaceAfter=4.5, textColor=black,
                      embeddedHyphenation=1)
body3 = ParagraphStyle("body3", parent=body, alignment=TA_LEFT)
bullet = ParagraphStyle("bullet", parent=body, alignment=TA_LEFT, leftIndent=9, firstLineIndent=-9,
                        spaceAfter=3)
sub = ParagraphStyle("sub", fontName="Sans-B", fontSize=9.4, leading=12,
                     spaceBefore=5, spaceAfter=3, textColor=PLUM)
lead = ParagraphStyle("lead", fontName="Sans-B", fontSize=10.2, leading=14,
                      spaceAfter=8, textColor=DARK)
byline = ParagraphStyle("byline", fontName="Sans", fontSize=8.6, leading=11,
                        spaceAfter=4, textColor=ROSE)
sign = ParagraphStyle("sign", fontName="Sans-I", fontSize=8.2, leading=11,
                      alignment=TA_RIGHT, spaceBefore=1, spaceAfter=7)
cap = ParagraphStyle("cap", fontName="Cond", fontSize=7.3, leading=9,
                     textColor=HexColor("#444444"), spaceBefore=2, spaceAfter=8)
kicker = ParagraphStyle("kicker", fontName="Sans-B", fontSize=8, leading=10,
                        textColor=ROSE, spaceAfter=3)
h_big = ParagraphStyle("hbig", fontName="Sans-B", fontSize=30, leading=34,
                       textColor=PLUM, spaceAfter=6)
h_mid = ParagraphStyle("hmid", fontName="Sans-B", fontSize=17, leading=20,
                       textColor=PLUM, spaceAfter=4)
h_small = ParagraphStyle("hsmall", fontName="Sans-B", fontSize=10.5, leading=13,
                         textColor=PLUM, spaceBefore=2, spaceAfter=3)
boxhead = ParagraphStyle("boxhead", fontName="Sans-B", fontSize=9.3, leading=12,
                         textColor=PLUM, spaceAfter=4)
boxtext = ParagraphStyle("boxtext", fontName="Cond", fontSize=8, leading=10.6,
                         spaceAfter=3, alignment=TA_LEFT)
pull = ParagraphStyle("pull", fontName="Serif-BI", fontSize=14.5, leading=18.5,
                      textColor=ROSE, alignment=TA_LEFT, spaceBefore=2, spaceAfter=3)
pull_by = ParagraphStyle("pullby", fontName="Sans-B", fontSize=7.8, leading=10,
                         textColor=DARK, spaceAfter=8)
turn = ParagraphStyle("turn", parent=body, spaceAfter=5)
turn_q = ParagraphStyle("turnq", parent=body, fontName="Serif-B", spaceAfter=4, spaceBefore=3)
small = ParagraphStyle("small", fontName="Cond", fontSize=7.4, leading=9.6, spaceAfter=2.5)
imp = ParagraphStyle("imp", fontName="Cond", fontSize=8.2, leading=11, spaceAfter=4)
imp_h = ParagraphStyle("imph", fontName="Cond-B", fontSize=8.2, leading=11, spaceAfter=0)


def P(text, style=body):
    return Paragraph(text, style)


def paras(text, style=body):
    out = []
    for block in text.strip().split("\n\n"):
        block = " ".join(block.split())
        if block.startswith("## "):
            out.append(P(block[3:], sub))
        elif block.startswith("\u2013 "):
            out.append(P(block, bullet))
        else:
            out.append(P(block, style))
    return out


class Photo(Flowable):
    """Grey picture rectangle with its caption underneath; never split."""

    def __init__(self, height, caption):
        super().__init__()
        self.h = height
        self.caption = P(caption, cap)

    def wrap(self, aw, ah):
        self.w = aw
        _, self.ch = self.caption.wrap(aw, 1000)
        return aw, self.h + 2 + self.ch + cap.spaceAfter

    def split(self, aw, ah):
        return []

    def draw(self):
        c = self.canv
        c.setFillColor(GREY)
        c.rect(0, self.ch + 2 + cap.spaceAfter, self.w, self.h, fill=1, stroke=0)
        self.caption.drawOn(c, 0, cap.spaceAfter)


class Keep(Flowable):
    """Stack of flowables drawn as one block; never split."""

    def __init__(self, items):
        super().__init__()
        self.items = items

    def wrap(self, aw, ah):
        self.w = aw
        self.sizes = []
        total = 0
        for it in self.items:
            _, h = it.wrap(aw, 1000)
            sb, sa = it.getSpaceBefore(), it.getSpaceAfter()
            self.sizes.append((h, sb, sa))
            total += h + sb + sa
        self.h = total
        return aw, total

    def split(self, aw, ah):
        return []

    def draw(self):
        y = self.h
        for it, (h, sb, sa) in zip(self.items, self.sizes):
            y -= sb + h
            it.drawOn(self.canv, 0, y)
            y -= sa


def rule(color=PLUM, w=0.8, before=2, after=6):
    return HRFlowable(width="100%", thickness=w, color=color, spaceBefore=before, spaceAfter=after)


def pullquote(text, who):
    return Keep([rule(ROSE, 1.6, 4, 6), P(text, pull), P(who, pull_by), rule(ROSE, 0.6, 0, 8)])


def photo(h, caption):
    return Photo(h, caption)


def box(flowables, bg=MINT, pad=7):
    t = Table([[flowables]], colWidths=["100%"])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), bg),
                           ("LEFTPADDING", (0, 0), (-1, -1), pad),
                           ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                           ("TOPPADDING", (0, 0), (-1, -1), pad),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def columns(x0, y0, x1, y1, n, gap=13):
    cw = (x1 - x0 - gap * (n - 1)) / n
    return [Frame(x0 + i * (cw + gap), y0, cw, y1 - y0, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, showBoundary=0) for i in range(n)]


HEADING_STYLES = ("sub", "hsmall", "turnq")


def fill(frame, story, c):
    """Fill one frame from the front of story, splitting paragraphs where needed."""
    while story:
        f = story[0]
        style = getattr(f, "style", None)
        if style is not None and style.name in HEADING_STYLES and len(story) > 1:
            _, hh = f.wrap(frame._width, 1000)
            if frame._y - frame._y1p < hh + style.spaceBefore + 36:
                return
        if frame.add(f, c, trySplit=1):
            story.pop(0)
            continue
        parts = frame.split(f, c)
        if parts and frame.add(parts[0], c, trySplit=0):
            story[0:1] = parts[1:]
        return


def flow(c, frames, story):
    for f in frames:
        fill(f, story, c)
    return story


def place(c, flowable, x, ytop, w):
    """Draw a flowable with its top-left corner at (x, ytop); return height + space after."""
    _, h = flowable.wrapOn(c, w, 2000)
    flowable.drawOn(c, x, ytop - h)
    return h + min(flowable.getSpaceAfter(), 8)


def check_empty(story, where):
    if story:
        raise SystemExit("Überlauf auf %s: %d Elemente übrig" % (where, len(story)))


def header(c, n, rubric):
    """Running head: magazine name on the outer side, rubric on the inner side."""
    c.setStrokeColor(PLUM)
    c.setLineWidth(0.5)
    c.line(ML, H - 36, W - MR, H - 36)
    c.setFillColor(PLUM)
    if n % 2 == 0:
        c.setFont("Sans-B", 7.2)
        c.drawString(ML, H - 31, "PFLEGEPERSPEKTIVE 2/2026")
        c.setFont("Sans", 7.2)
        c.drawRightString(W - MR, H - 31, rubric.upper())
    else:
        c.setFont("Sans", 7.2)
        c.drawString(ML, H - 31, rubric.upper())
        c.setFont("Sans-B", 7.2)
        c.drawRightString(W - MR, H - 31, "PFLEGEPERSPEKTIVE 2/2026")


def footer(c, n):
    c.setFillColor(ROSE)
    if n % 2 == 0:
        c.rect(0, 22, ML - 8, 14, fill=1, stroke=0)
        c.setFillColor(white)
        c.setFont("Sans-B", 8.5)
        c.drawRightString(ML - 12, 26, str(n))
        c.setFillColor(DARK)
        c.setFont("Sans", 6.8)
        c.drawString(ML, 26, "Verband der Pflegefachberufe e. V.")
    else:
        c.rect(W - MR + 8, 22, MR - 8, 14, fill=1, stroke=0)
        c.setFillColor(white)
        c.setFont("Sans-B", 8.5)
        c.drawString(W - MR + 12, 26, str(n))
        c.setFillColor(DARK)
        c.setFont("Sans", 6.8)
        c.drawRightString(W - MR, 26, "www.vpf-pflege.example")


# ================================================================ S. 1 Titel
def page1(c):
    c.setFillColor(PLUM)
    c.rect(0, H - 150, W, 150, fill=1, stroke=0)
    c.setFillColor(white)
    c.setFont("Sans-B", 44)
    c.drawString(ML, H - 88, "PFLEGEPERSPEKTIVE")
    c.setFont("Sans", 10)
    c.drawString(ML, H - 110, "Das Mitgliedermagazin des Verbands der Pflegefachberufe e. V.")
    c.setFont("Sans-B", 10)
    c.drawString(ML, H - 132, "Ausgabe 2/2026  \u00b7  April  \u00b7  12. Jahrgang")
    # cover photo
    c.setFillColor(GREY)
    c.rect(0, 150, W, H - 300, fill=1, stroke=0)
    c.setFillColor(white)
    c.setLineWidth(0.8)
    c.setStrokeColor(white)
    # cover lines
    c.setFillColor(ROSE)
    c.rect(ML, 420, 300, 110, fill=1, stroke=0)
    c.setFillColor(white)
    c.setFont("Sans-B", 9)
    c.drawString(ML + 12, 508, "TITELTHEMA")
    c.setFont("Sans-B", 26)
    c.drawString(ML + 12, 478, "Wer z\u00e4hlt die Pflege?")
    c.setFont("Sans", 10)
    c.drawString(ML + 12, 456, "Personalbemessung zwischen Anspruch")
    c.drawString(ML + 12, 442, "und Stationsalltag")
    # bottom teaser band
    c.setFillColor(SAND)
    c.rect(0, 0, W, 150, fill=1, stroke=0)
    teasers = [
        ("FACHARTIKEL", "Delir erkennen, bevor es eskaliert: was Pflegende bei \u00e4lteren "
                        "Menschen nach einer H\u00fcftfraktur tun k\u00f6nnen"),
        ("IM GESPR\u00c4CH", "Jana Sommerfeld \u00fcber Community Health Nursing in Vorpommern"),
        ("VERBAND", "Neuigkeiten aus den Landesverb\u00e4nden, Leserbriefe und der Bundeskongress "
                    "in Leipzig"),
    ]
    cw = (W - ML - MR - 26) / 3
    for i, (k, t) in enumerate(teasers):
        x = ML + i * (cw + 13)
        place(c, P(k, kicker), x, 128, cw)
        place(c, P(t, ParagraphStyle("tz", fontName="Sans-B", fontSize=10.5, leading=13.5,
                                     textColor=DARK)), x, 114, cw)


# ================================================================ S. 2 Inhalt + Editorial
EDITORIAL = """
Liebe Kolleginnen und Kollegen,

seit Jahresbeginn sind die Vorgaben zur Personalbemessung in den Krankenh\u00e4usern verbindlicher
geworden, und die ersten Monate zeigen, wie weit Anspruch und Alltag noch auseinanderliegen. In
unserer Mitgliederbefragung, an der sich im Februar mehr als 4.300 von Ihnen beteiligt haben, gaben
zwei Drittel an, dass sich an der Besetzung ihrer Schichten bisher nichts ver\u00e4ndert habe.
Gleichzeitig berichten viele, dass sie mehr Zeit denn je mit dem Erfassen von Daten verbringen.

Wir nehmen diese R\u00fcckmeldungen sehr ernst. Eine Personalbemessung, die nur misst, wie gro\u00df
die L\u00fccke ist, ohne sie zu schlie\u00dfen, verfehlt ihren Zweck. Unser Titelthema ab Seite 3 geht
deshalb der Frage nach, was die Instrumente leisten k\u00f6nnen und wo die Politik nachsteuern muss.
Unsere Autorinnen und Autoren haben daf\u00fcr mit Pflegenden auf Station, mit Pflegedirektionen und
mit Abgeordneten gesprochen.

Mit dem \u201ePflegekompetenzgesetz\u201c hat der Gesetzgeber im vergangenen Jahr zudem einen Schritt
getan, den wir lange gefordert haben: Pflegefachpersonen d\u00fcrfen k\u00fcnftig mehr heilkundliche
Aufgaben eigenverantwortlich \u00fcbernehmen. Das ist ein Erfolg unserer Berufsgruppe, und er wird nur
dann im Alltag ankommen, wenn Weiterbildung, Verg\u00fctung und Verantwortung zusammenpassen. Wie das
konkret aussehen kann, zeigt das Gespr\u00e4ch mit einer Community Health Nurse aus Vorpommern auf
Seite 8.

Im Mai starten wir au\u00dferdem unsere Kampagne \u201ePflege z\u00e4hlt\u201c. Wir wollen sichtbar machen, was
in Zahlen nicht aufgeht: die Zeit f\u00fcr ein Gespr\u00e4ch, das Erkennen einer Verschlechterung, bevor
sie auf dem Monitor erscheint, die Verantwortung in einer Nacht, in der man allein f\u00fcr drei\u00dfig
Menschen zust\u00e4ndig ist. Ich lade Sie herzlich ein, sich daran zu beteiligen \u2013 mit Ihren
Geschichten, Ihren Fotos und Ihrer Stimme.

Ich w\u00fcnsche Ihnen eine anregende Lekt\u00fcre und freue mich auf viele Begegnungen beim
Bundeskongress Pflege im Juni in Leipzig.
"""


def page2(c):
    header(c, 2, "Inhalt \u00b7 Editorial")
    top = H - 52
    # left: contents column
    lw = 165
    c.setFillColor(SAND)
    c.rect(ML - 6, MB - 6, lw + 12, top - MB + 10, fill=1, stroke=0)
    st = [P("Inhalt", ParagraphStyle("inh", parent=h_mid, fontSize=20, leading=24, spaceAfter=10))]
    toc = [
        ("2", "Editorial", None),
        ("3", "Titelthema: Wer z\u00e4hlt die Pflege? Personalbemessung zwischen Anspruch und "
              "Stationsalltag", "Katharina Wendt und Emre Ayd\u0131n"),
        ("6", "Fachartikel: Delir erkennen, bevor es eskaliert", "Agnieszka Nowicka und Luca Marchetti"),
        ("8", "Im Gespr\u00e4ch: Gesundheit beginnt an der Haust\u00fcr", "mit Jana Sommerfeld"),
        ("10", "Aus den Landesverb\u00e4nden", None),
        ("11", "Leserbriefe", None),
        ("12", "Berufspolitik: Bundeskongress Pflege 2026 \u2013 Kommentar", None),
        ("13", "Junge Pflege: Mein erster Nachtdienst", None),
        ("13", "Buchtipp \u00b7 Termine", None),
        ("14", "Impressum \u00b7 Mitglied werden", None),
    ]
    for pg, t, who in toc:
        txt = "<font name='Sans-B' size='13' color='#c2185b'>%s</font>&nbsp;&nbsp;%s" % (pg, t)
        if who:
            txt += "<br/><font name='Cond-I'>%s</font>" % who
        st.append(P(txt, ParagraphStyle("toc", fontName="Cond", fontSize=8.6, leading=11.5,
                                        spaceAfter=7)))
    st.append(Spacer(1, 6))
    st.append(photo(120, "Titelfoto: Fr\u00fchdienst auf einer internistischen Station. Mehr zum "
                         "Thema ab Seite 3."))
    f = Frame(ML, MB, lw, top - MB, 0, 0, 0, 0)
    fill(f, st, c)
    check_empty(st, "S. 2 Inhalt")
    # right: editorial
    xr = ML + lw + 22
    wr = W - MR - xr
    y = top
    y -= place(c, P("EDITORIAL", kicker), xr, y, wr)
    y -= place(c, P("Z\u00e4hlen allein entlastet niemanden", h_mid), xr, y, wr)
    cw = (wr - 14) / 2
    x2 = xr + cw + 14
    # portrait at the top of the second column
    c.setFillColor(GREY)
    c.rect(x2, y - 130, cw, 130, fill=1, stroke=0)
    hc = place(c, P("Dr. Friederike Albrecht, Pr\u00e4sidentin des VPF. Foto: privat", cap),
               x2, y - 132, cw)
    story = paras(EDITORIAL, body3) + [
        Spacer(1, 4), P("Ihre", ParagraphStyle("ihre", parent=body, alignment=TA_LEFT, spaceAfter=8)),
        P("<font name='Serif-BI' size='11'>Dr. Friederike Albrecht</font>",
          ParagraphStyle("sig", parent=body, alignment=TA_LEFT, spaceAfter=1)),
        P("Pr\u00e4sidentin", ParagraphStyle("sig2", parent=body, alignment=TA_LEFT))]
    frames = [Frame(xr, MB, cw, y - 4 - MB, 0, 0, 0, 0),
              Frame(x2, MB, cw, y - 132 - hc - 6 - MB, 0, 0, 0, 0)]
    flow(c, frames, story)
    check_empty(story, "S. 2 Editorial")
    footer(c, 2)


# ================================================================ S. 3-5 Titelthema
TT_1 = """
Es ist 6.12 Uhr, als Sabine Kr\u00e4mer den Dienstplan f\u00fcr den Tag aufruft. Die Stationsleiterin
einer internistischen Station am Klinikum Nordhessen in Kassel kennt das Bild: Zwei Kolleginnen haben
sich krankgemeldet, eine Stelle ist seit Monaten unbesetzt, und die Leasingkraft, die einspringen
sollte, hat kurzfristig abgesagt. F\u00fcr 32 Patientinnen und Patienten stehen an diesem Morgen vier
Pflegefachpersonen und eine Auszubildende im zweiten Jahr bereit.

Nach der Pflegepersonalregelung, kurz PPR 2.0, h\u00e4tten es sechs sein m\u00fcssen. Die Station
erfasst seit \u00fcber einem Jahr t\u00e4glich, in welche Pflegestufe jede Patientin und jeder Patient
eingestuft wird, und das System berechnet daraus den Personalbedarf. Sabine Kr\u00e4mer sagt:
\u201eWir wissen jetzt auf die Minute genau, wie viel Personal uns fehlt. Nur kommt deshalb noch
niemand zus\u00e4tzlich durch die T\u00fcr.\u201c

Genau hier liegt das Dilemma, das viele Pflegende beschreiben. Die Instrumente, f\u00fcr die
Berufsverb\u00e4nde \u00fcber Jahre gek\u00e4mpft haben, sind da. Mit dem
\u201eKrankenhauspflege\u00adentlastungs\u00adgesetz\u201c von 2022 wurde die Grundlage geschaffen, die
Personalbemessung schrittweise verbindlich zu machen. Doch zwischen der Erfassung des Bedarfs und
seiner Deckung klafft eine L\u00fccke, die weder Software noch Verordnung schlie\u00dfen k\u00f6nnen.

## Zwischen Dokumentation und Versorgung

Auf der Intensivstation eines Universit\u00e4tsklinikums in Regensburg hat Tobias Neumeier
\u00e4hnliche Erfahrungen gemacht. Der Fachkrankenpfleger f\u00fcr Intensivpflege und An\u00e4sthesie
arbeitet seit 14 Jahren in der Akutversorgung. \u201eAm Anfang hatte ich die Sorge, dass wir nur eine
weitere Tabelle ausf\u00fcllen\u201c, sagt Tobias Neumeier. \u201eInzwischen sehe ich, dass die Zahlen
uns in Gespr\u00e4chen mit der Gesch\u00e4ftsf\u00fchrung den R\u00fccken st\u00e4rken.\u201c

Denn die Daten machen sichtbar, was fr\u00fcher nur gef\u00fchlt wurde. Auf seiner Station lag die
Unterbesetzung im vergangenen Quartal an 41 von 90 Tagen \u00fcber zehn Prozent. Die Pflegedirektion
hat daraufhin zwei zus\u00e4tzliche Stellen ausgeschrieben und ein Ausfallkonzept mit einem
stations\u00fcbergreifenden Springerpool eingef\u00fchrt. Ob sich die Stellen besetzen lassen, ist
allerdings offen: Auf die letzte Ausschreibung kamen drei Bewerbungen, zwei davon aus dem eigenen
Haus.

Eine Befragung des VPF unter 4.312 Mitgliedern best\u00e4tigt das gemischte Bild. Zwar geben 58
Prozent der Befragten an, dass die Personalbemessung Probleme sichtbarer gemacht habe. Doch nur 17
Prozent sehen bereits eine sp\u00fcrbare Entlastung im Alltag. Fast die H\u00e4lfte berichtet, dass der
Dokumentationsaufwand gestiegen sei, weil die Einstufung zus\u00e4tzlich zur Pflegedokumentation
erfolgen m\u00fcsse. Die Ergebnisse der Studie \u201eSchichtbilanz 2025\u201c hat der Verband im M\u00e4rz in
Berlin vorgestellt.

## \u201eMinutenpflege\u201c durch die Hintert\u00fcr?

Kritikerinnen und Kritiker warnen davor, dass die Logik der Pflegeminuten den Blick auf die Pflege
verengen k\u00f6nnte. Was nicht als Leistung erfasst wird, droht unsichtbar zu werden: das Gespr\u00e4ch
mit einer Angeh\u00f6rigen, die Anleitung einer neuen Kollegin, das aufmerksame Beobachten eines
Patienten, der sich kaum merklich ver\u00e4ndert.

\u201eEine gute Schicht ist f\u00fcr mich eine, in der niemand auf mich warten musste.\u201c Aylin Demir,
Pflegefachfrau auf einer geriatrischen Station in K\u00f6ln, beschreibt damit einen Anspruch, der
sich in keiner Tabelle findet. Sie w\u00fcnscht sich, dass die Personalbemessung nicht nur z\u00e4hlt,
was getan wird, sondern auch, was unterbleibt. In der Pflegewissenschaft spricht man von
impliziter Rationierung, dem stillen Weglassen notwendiger Pflege aus Zeitmangel.

F\u00fcr Prof. Dr. Hanne \u00d8stergaard, Pflegewissenschaftlerin an der Hochschule f\u00fcr Gesundheit
Weserland, ist dieser Befund nicht neu. Sie untersucht seit Jahren, welche Folgen
Unterbesetzung f\u00fcr Patientinnen und Patienten hat, von Druckgeschw\u00fcren bis zu
St\u00fcrzen. \u201ePersonalbemessung ist kein Selbstzweck. Sie ist nur dann ein Fortschritt, wenn sie
mit Konsequenzen verbunden ist, und zwar f\u00fcr die Tr\u00e4ger, nicht f\u00fcr die Pflegenden\u201c,
sagt sie.

## Was die Politik sagt

Im Bundestag ist das Thema angekommen. \u201eWir haben die Instrumente, jetzt m\u00fcssen wir sie auch
scharf stellen.\u201c Mit diesen Worten er\u00f6ffnete Mareike Lorenzen, Mitglied im
Gesundheitsausschuss, im Februar ein Fachgespr\u00e4ch zur Umsetzung der Personalbemessung. Die
Abgeordnete fordert Sanktionen f\u00fcr Kliniken, die dauerhaft unter den Vorgaben bleiben, und
zugleich ein F\u00f6rderprogramm, um Pflegefachpersonen zur\u00fcckzugewinnen, die den Beruf verlassen
haben. \u201eWer die Pflege entlasten will, muss auch bereit sein, Stationen zeitweise zu
schlie\u00dfen\u201c, sagte sie.

Aus dem Bundesgesundheitsministerium kommen vorsichtigere T\u00f6ne. Ein Sprecher erkl\u00e4rte auf
Anfrage, man \u201epr\u00fcfe alle Optionen, die Versorgungssicherheit und Entlastung miteinander
verbinden\u201c. Konkrete Sanktionen seien derzeit nicht geplant.

Auch aus Sicht der Klinikleitungen ist die Lage verzwickt. Dr. J\u00f6rg Baumbach,
Gesch\u00e4ftsf\u00fchrer eines Klinikverbunds in S\u00fcdniedersachsen, warnt: \u201eWenn wir Betten
sperren m\u00fcssen, weil zwei Stellen fehlen, trifft das am Ende die Patientinnen und Patienten in
der Region.\u201c Er pl\u00e4diert f\u00fcr \u00dcbergangsfristen und f\u00fcr eine F\u00f6rderung von
Ausbildungspl\u00e4tzen, die nicht aus den Budgets der H\u00e4user bezahlt werden muss.

## Was auf Station hilft

Dass es auch anders gehen kann, zeigt das Marienhospital in Lindenau. Dort hat Pflegedirektorin
Ma\u0142gorzata Kaczmarek gemeinsam mit den Stationsleitungen ein Modell entwickelt, in dem die Daten
der Personalbemessung nicht nur gesammelt, sondern jeden Morgen in einer kurzen Besprechung
ausgewertet werden. Wo eine Station unterbesetzt ist, wird gemeinsam entschieden, welche
Aufgaben verschoben, welche Betten vor\u00fcbergehend nicht belegt und welche Kolleginnen aus dem
Pool eingesetzt werden.

\u201eWir haben aufgeh\u00f6rt, L\u00fccken zu verwalten, und angefangen, Dienste gemeinsam mit den Teams zu
planen\u201c, sagt Ma\u0142gorzata Kaczmarek. Seit Einf\u00fchrung des Modells ist die Zahl der
kurzfristigen Einspringdienste um ein Drittel gesunken, und die Fluktuation auf den beteiligten
Stationen hat sich halbiert. Zus\u00e4tzlich bietet das Haus ein R\u00fcckkehrprogramm an, das
ehemaligen Pflegefachpersonen einen Wiedereinstieg mit Mentoring und flexiblen Arbeitszeiten
erm\u00f6glicht. Elf Kolleginnen und zwei Kollegen sind auf diesem Weg bereits zur\u00fcckgekehrt.

Solche Beispiele zeigen, dass die Personalbemessung mehr sein kann als ein Kontrollinstrument.
Sie setzt aber voraus, dass Tr\u00e4ger bereit sind, die Zahlen ernst zu nehmen, und dass Pflegende
an Entscheidungen beteiligt werden, statt sie nur zu erdulden.

## Blick \u00fcber die Grenzen

Ein Blick ins Ausland zeigt, dass verbindliche Vorgaben wirken k\u00f6nnen, wenn sie konsequent
durchgesetzt werden. Im US-Bundesstaat Kalifornien gelten seit 2004 gesetzliche
Mindestbesetzungen, die je nach Fachgebiet festlegen, f\u00fcr wie viele Patientinnen und Patienten
eine Pflegefachperson h\u00f6chstens zust\u00e4ndig sein darf. Der australische Bundesstaat Queensland
hat 2016 \u00e4hnliche Verh\u00e4ltniszahlen f\u00fcr Akutkrankenh\u00e4user eingef\u00fchrt. Begleitende
Untersuchungen berichten von weniger Komplikationen, k\u00fcrzeren Liegezeiten und einer h\u00f6heren
Zufriedenheit der Besch\u00e4ftigten.

\u00dcbertragbar sind solche Modelle nicht eins zu eins, schon weil sich Ausbildung, Aufgabenteilung
und Finanzierung der Krankenh\u00e4user stark unterscheiden. Sie zeigen aber, dass es weniger auf die
Methode der Bemessung ankommt als auf die Frage, was geschieht, wenn die Vorgaben nicht erf\u00fcllt
werden. In Kalifornien m\u00fcssen Kliniken in diesem Fall zus\u00e4tzliche Kr\u00e4fte einsetzen oder
Aufnahmen begrenzen, und Verst\u00f6\u00dfe k\u00f6nnen mit Bu\u00dfgeldern geahndet werden.

## Auch die Ausbildung leidet

Besonders sp\u00fcrbar ist die Personalnot f\u00fcr diejenigen, die den Beruf gerade erst lernen.
Nach dem Pflegeberufegesetz m\u00fcssen mindestens zehn Prozent der praktischen Ausbildungszeit als
geplante und strukturierte Praxisanleitung stattfinden. In der Befragung gaben jedoch 44 Prozent
der Praxisanleiterinnen und Praxisanleiter an, diese Vorgabe regelm\u00e4\u00dfig nicht einhalten zu
k\u00f6nnen, weil sie selbst fest im Dienstplan eingeplant sind.

\u201eWenn alle im Stress sind, bleibt f\u00fcr Anleitung keine Zeit\u201c, sagt Lea-Marie Schuster,
Auszubildende im dritten Jahr an einem Klinikum in Kassel. Sie habe in manchen Eins\u00e4tzen mehr
Zeit mit dem Aufr\u00e4umen von Lagern verbracht als mit Patientinnen und Patienten. Viele ihrer
Mitsch\u00fclerinnen denken bereits dar\u00fcber nach, nach dem Examen in Teilzeit zu gehen oder den
Beruf ganz zu wechseln. F\u00fcr eine Personalbemessung, die auf Nachwuchs angewiesen ist, ist das
ein Alarmsignal, denn wer heute schlecht angeleitet wird, fehlt morgen auf den Stationen.

Der VPF fordert deshalb, Praxisanleitung in der Personalbemessung gesondert auszuweisen, damit
sie nicht l\u00e4nger die erste Aufgabe ist, die in einer knappen Schicht wegf\u00e4llt.

## Was der VPF fordert

Der Verband hat seine Forderungen im M\u00e4rz in einem Positionspapier zusammengefasst. Er verlangt
verbindliche Konsequenzen bei dauerhafter Unterschreitung der Vorgaben, eine Entlastung von
doppelter Dokumentation durch digitale Schnittstellen, eine Einbeziehung der Pflegenden in die
Auswertung der Daten und eine bundesweite Offensive zur R\u00fcckgewinnung von Fachpersonen. Mit der
Kampagne \u201ePflege z\u00e4hlt\u201c will der VPF ab Mai zeigen, was hinter den Zahlen steht.

F\u00fcr Sabine Kr\u00e4mer in Kassel ist der Fr\u00fchdienst inzwischen fast vorbei. Sie hat zwei
Entlassungen organisiert, einen Sturz dokumentiert und eine Angeh\u00f6rige getr\u00f6stet, die seit
Tagen auf ein Arztgespr\u00e4ch wartet. Die Einstufung f\u00fcr den n\u00e4chsten Tag ist erledigt.
\u201eIch gebe die Hoffnung nicht auf\u201c, sagt sie zum Abschied. \u201eAber ich m\u00f6chte sie nicht noch
zehn Jahre lang dokumentieren m\u00fcssen.\u201c
"""


def page3(c):
    header(c, 3, "Titelthema \u00b7 Personalbemessung")
    y = H - 56
    # byline ABOVE the headline
    y -= place(c, P("Von Katharina Wendt und Emre Ayd\u0131n",
                    ParagraphStyle("by3", parent=byline, fontName="Sans-B", fontSize=9.5)),
               ML, y, W - ML - MR)
    y -= place(c, P("Wer z\u00e4hlt die Pflege?", h_big), ML, y, W - ML - MR)
    y -= place(c, P("Seit Jahresbeginn sollen verbindlichere Vorgaben zur Personalbemessung die "
                    "Krankenhauspflege entlasten. Ein Besuch auf Station, in der "
                    "Pflegedirektion und im Bundestag zeigt: Die Zahlen stimmen selten mit dem "
                    "\u00fcberein, was Pflegende erleben.", lead), ML, y, 420)
    # photo across columns 2-3
    cw = (W - ML - MR - 26) / 3
    xp = ML + cw + 13
    pw = 2 * cw + 13
    c.setFillColor(GREY)
    c.rect(xp, y - 250, pw, 250, fill=1, stroke=0)
    hc = place(c, P("Fr\u00fchdienst in Kassel: Stationsleiterin Sabine Kr\u00e4mer (links) bespricht "
                    "mit ihrem Team die Einsatzplanung. Foto: Lena Marquardt", cap),
               xp, y - 252, pw)
    yb = y - 252 - hc - 4
    global TT_STORY
    TT_STORY = paras(TT_1, body3)
    TT_STORY.insert(14, pullquote("\u201eIch m\u00f6chte am Ende des Dienstes nach Hause gehen und "
                                  "wissen, dass ich niemanden \u00fcbersehen habe.\u201c",
                                  "Aylin Demir, Pflegefachfrau in K\u00f6ln"))
    frames = [Frame(ML, MB, cw, y - MB, 0, 0, 0, 0),
              Frame(xp, MB, cw, yb - MB, 0, 0, 0, 0),
              Frame(xp + cw + 13, MB, cw, yb - MB, 0, 0, 0, 0)]
    flow(c, frames, TT_STORY)
    footer(c, 3)


def page4(c):
    header(c, 4, "Titelthema \u00b7 Personalbemessung")
    top = H - 52
    cw = (W - ML - MR - 26) / 3
    xp = ML + cw + 13
    pw = 2 * cw + 13
    c.setFillColor(GREY)
    c.rect(xp, top - 260, pw, 260, fill=1, stroke=0)
    hc = place(c, P("Einstufung am Stationsrechner: Auf vielen Stationen dauert die t\u00e4gliche "
                    "Erfassung nach der PPR 2.0 zwischen 20 und 40 Minuten pro Schicht. "
                    "Foto: Jonas Eberhardt", cap), xp, top - 262, pw)
    yb = top - 262 - hc - 4
    frames = [Frame(ML, MB, cw, top - MB, 0, 0, 0, 0),
              Frame(xp, MB, cw, yb - MB, 0, 0, 0, 0),
              Frame(xp + cw + 13, MB, cw, yb - MB, 0, 0, 0, 0)]
    flow(c, frames, TT_STORY)
    footer(c, 4)


def page5(c):
    header(c, 5, "Titelthema \u00b7 Personalbemessung")
    top = H - 52
    cw = (W - ML - MR - 26) / 3
    x3 = ML + 2 * (cw + 13)
    side = [photo(230, "Mareike Lorenzen beim Fachgespr\u00e4ch im Gesundheitsausschuss. "
                       "Foto: Jonas Eberhardt"),
            box([P("Hintergrund: Die PPR 2.0", boxhead)] + [P(t, boxtext) for t in [
                "Die Pflegepersonalregelung 2.0 ist ein Instrument zur Ermittlung des "
                "Pflegepersonalbedarfs auf bettenf\u00fchrenden Normalstationen. Sie wurde vom "
                "Deutschen Pflegerat, der Gewerkschaft ver.di und der Deutschen "
                "Krankenhausgesellschaft gemeinsam entwickelt.",
                "Jede Patientin und jeder Patient wird t\u00e4glich in Leistungsstufen der "
                "allgemeinen und der speziellen Pflege eingestuft. Aus den hinterlegten Minutenwerten "
                "ergibt sich der Soll-Personalbedarf, der mit der tats\u00e4chlichen Besetzung "
                "verglichen wird.",
                "Gesetzliche Grundlage ist \u00a7 137k SGB V, eingef\u00fchrt durch das "
                "\u201eKrankenhauspflegeentlastungsgesetz\u201c. Die Einzelheiten regelt eine "
                "Rechtsverordnung des Bundesgesundheitsministeriums."]], bg=MINT)]
    f3 = Frame(x3, MB, cw, top - MB, 0, 0, 0, 0)
    fill(f3, side, c)
    check_empty(side, "S. 5 Seitenleiste")
    zahlen = box([P("\u201eSchichtbilanz 2025\u201c: die wichtigsten Zahlen", boxhead),
                  Table([[P("<font name='Sans-B' size='16' color='#c2185b'>%s</font><br/>%s" % (z, t),
                            boxtext) for z, t in row] for row in [
                      [("4.312", "Mitglieder haben an der Befragung teilgenommen"),
                       ("58 %", "sagen: Die Personalbemessung macht Probleme sichtbarer")],
                      [("17 %", "sp\u00fcren bereits eine Entlastung im Alltag"),
                       ("47 %", "berichten von mehr Dokumentationsaufwand")],
                      [("44 %", "der Praxisanleitenden schaffen die vorgeschriebene Anleitung nicht"),
                       ("2 von 3", "sehen keine Ver\u00e4nderung bei der Schichtbesetzung")]]],
                        style=TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                          ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                                          ("VALIGN", (0, 0), (-1, -1), "TOP")]))], bg=SAND)
    _, zh = zahlen.wrap(x3 - 13 - ML, 500)
    zahlen.drawOn(c, ML, MB)
    frames = columns(ML, MB + zh + 10, x3 - 13, top, 2)
    flow(c, frames, TT_STORY)
    check_empty(TT_STORY, "S. 5 Titelthema")
    footer(c, 5)


# ================================================================ S. 6-7 (+11) Fachartikel
FA_1 = """
Ein Delir ist eine akute, meist vor\u00fcbergehende St\u00f6rung von Aufmerksamkeit, Bewusstsein und
Denken. Es entwickelt sich innerhalb von Stunden bis Tagen und schwankt typischerweise im
Tagesverlauf. Bei \u00e4lteren Menschen nach einer h\u00fcftgelenksnahen Fraktur geh\u00f6rt es zu den
h\u00e4ufigsten Komplikationen \u00fcberhaupt: Je nach Studie entwickeln zwischen einem Viertel und der
H\u00e4lfte der Betroffenen w\u00e4hrend des Krankenhausaufenthalts ein Delir.

Die Folgen sind erheblich. Ein Delir verl\u00e4ngert den Krankenhausaufenthalt, erh\u00f6ht das Risiko
f\u00fcr St\u00fcrze, Pflegebed\u00fcrftigkeit und dauerhafte kognitive Einbu\u00dfen und ist mit einer
h\u00f6heren Sterblichkeit verbunden. F\u00fcr die Betroffenen selbst ist es oft eine zutiefst
ver\u00e4ngstigende Erfahrung. Eine Patientin beschrieb sie r\u00fcckblickend so: \u201eIch wusste nicht
mehr, ob die Pflegenden echt waren oder ob ich tr\u00e4ume.\u201c

Gleichzeitig gilt ein gro\u00dfer Teil der Delirien als vermeidbar. Internationale Studien zeigen,
dass nicht-medikament\u00f6se, multikomponentielle Ma\u00dfnahmen die Inzidenz um bis zu 40 Prozent
senken k\u00f6nnen. Viele dieser Ma\u00dfnahmen liegen im Kern pflegerischer Verantwortung. Dieser Beitrag
fasst den Stand des Wissens zusammen und beschreibt die Erfahrungen aus einem Praxisprojekt auf
einer alterstraumatologischen Station.

## Risikofaktoren erkennen

Man unterscheidet pr\u00e4disponierende und ausl\u00f6sende Faktoren. Zu den pr\u00e4disponierenden
Faktoren z\u00e4hlen ein hohes Alter, eine vorbestehende Demenz oder kognitive Einschr\u00e4nkung,
Seh- und H\u00f6rminderungen, Multimorbidit\u00e4t und ein schlechter Ern\u00e4hrungszustand. Ausl\u00f6sende
Faktoren sind unter anderem Operation und Narkose, Schmerzen, Fl\u00fcssigkeitsmangel, Infektionen,
Harnverhalt, Obstipation, Schlafentzug und bestimmte Medikamente, etwa Anticholinergika oder
Benzodiazepine.

F\u00fcr die Praxis bedeutet das: Je mehr pr\u00e4disponierende Faktoren vorliegen, desto geringer ist
der Ausl\u00f6ser, der gen\u00fcgt. Eine 89-j\u00e4hrige Patientin mit beginnender Demenz und
Schwerh\u00f6rigkeit kann bereits durch eine schlaflose Nacht in einem lauten Mehrbettzimmer in ein
Delir geraten.

## Screening: fr\u00fch und regelm\u00e4\u00dfig

Weil insbesondere das hypoaktive Delir leicht \u00fcbersehen wird, empfehlen Fachgesellschaften ein
strukturiertes Screening bei allen Risikopatientinnen und -patienten. Das hypoaktive Delir zeigt
sich nicht durch Unruhe, sondern durch R\u00fcckzug, Verlangsamung und Schl\u00e4frigkeit, und wird
deshalb h\u00e4ufig als M\u00fcdigkeit oder Depression fehlgedeutet.

F\u00fcr Normalstationen hat sich der 4AT-Test bew\u00e4hrt. Er dauert weniger als zwei Minuten,
erfordert keine spezielle Schulung und pr\u00fcft Wachheit, Orientierung, Aufmerksamkeit sowie akute
Ver\u00e4nderungen. F\u00fcr Intensivstationen empfiehlt die S3-Leitlinie \u201eAnalgesie, Sedierung und
Delirmanagement in der Intensivmedizin\u201c validierte Instrumente wie die CAM-ICU oder die ICDSC.
Entscheidend ist weniger die Wahl des Instruments als die Regelm\u00e4\u00dfigkeit: Ein Screening pro
Schicht ist sinnvoller als ein ausf\u00fchrliches Assessment bei Aufnahme, das danach nicht wiederholt
wird.
"""

FA_2 = """
## Nicht-medikament\u00f6se Pr\u00e4vention

Das bekannteste Pr\u00e4ventionskonzept ist das in den USA entwickelte \u201eHospital Elder Life
Program\u201c, das inzwischen in zahlreichen L\u00e4ndern adaptiert wurde. Es b\u00fcndelt Ma\u00dfnahmen, die
einzeln banal erscheinen, gemeinsam aber wirksam sind:

\u2013 <b>Orientierung:</b> Uhren und Kalender in Sichtweite, wiederholte Hinweise auf Ort, Datum und
Tagesablauf, vertraute Gegenst\u00e4nde von zu Hause.

\u2013 <b>Sinne:</b> Brille und H\u00f6rger\u00e4te fr\u00fch nach der Operation wieder einsetzen und
funktionsf\u00e4hig halten.

\u2013 <b>Mobilisation:</b> fr\u00fche Mobilisation, m\u00f6glichst am ersten postoperativen Tag, und
Vermeidung unn\u00f6tiger Katheter und Fixierungen.

\u2013 <b>Schlaf:</b> n\u00e4chtliche Ruhe sch\u00fctzen, Vitalzeichenkontrollen und Medikamentengaben
b\u00fcndeln, Licht und L\u00e4rm reduzieren.

\u2013 <b>Fl\u00fcssigkeit und Ern\u00e4hrung:</b> Trinkmengen im Blick behalten, Unterst\u00fctzung beim
Essen, Obstipation vorbeugen.

\u2013 <b>Schmerz:</b> regelm\u00e4\u00dfige Schmerzeinsch\u00e4tzung, auch bei kognitiv eingeschr\u00e4nkten
Menschen mit geeigneten Fremdeinsch\u00e4tzungsinstrumenten.

Angeh\u00f6rige spielen dabei eine wichtige Rolle. Sie kennen die Gewohnheiten der Betroffenen,
bemerken Ver\u00e4nderungen oft fr\u00fcher als das Team und k\u00f6nnen durch ihre Anwesenheit Sicherheit
geben. Flexible Besuchszeiten und die Einladung, bei der Orientierung zu helfen, sind deshalb Teil
vieler Pr\u00e4ventionskonzepte.

## Medikamente kritisch pr\u00fcfen

Ein erheblicher Teil der Delirien wird durch Arzneimittel mit ausgel\u00f6st oder verst\u00e4rkt.
Besonders problematisch sind Substanzen mit anticholinerger Wirkung, Benzodiazepine, manche Opioide
sowie die Kombination mehrerer zentral wirksamer Medikamente. Pflegefachpersonen verabreichen diese
Medikamente nicht nur, sie beobachten auch deren Wirkung \u00fcber den ganzen Tag. Sie sind deshalb
oft die Ersten, denen eine Ver\u00e4nderung nach einer neuen Verordnung auff\u00e4llt.

Bew\u00e4hrt hat sich eine gemeinsame Medikationspr\u00fcfung mit dem \u00e4rztlichen Dienst und, wo
vorhanden, der Stationsapotheke. Schlafmittel bei Bedarf sollten bei \u00e4lteren Menschen nur nach
sorgf\u00e4ltiger Abw\u00e4gung gegeben werden; h\u00e4ufig helfen ein warmes Getr\u00e4nk, ein ruhiges
Gespr\u00e4ch oder das Abdunkeln des Zimmers ebenso gut. Eine konsequente Schmerztherapie beugt einem
Delir dagegen eher vor, als es auszul\u00f6sen, denn unbehandelte Schmerzen z\u00e4hlen selbst zu den
wichtigsten Ausl\u00f6sern.

## Haltung und Kommunikation

Menschen im Delir erleben ihre Umgebung oft als bedrohlich. Ruhige, kurze S\u00e4tze, Blickkontakt
und das Ank\u00fcndigen jeder Handlung helfen, \u00c4ngste zu verringern. Widerspruch gegen wahnhafte
Wahrnehmungen f\u00fchrt dagegen selten zum Ziel und kann die Unruhe noch steigern. Sinnvoller ist es,
das Gef\u00fchl hinter der \u00c4u\u00dferung aufzugreifen und Sicherheit zu vermitteln.

Nach Abklingen des Delirs sollten Betroffene die M\u00f6glichkeit bekommen, \u00fcber das Erlebte zu
sprechen. Viele sch\u00e4men sich f\u00fcr ihr Verhalten oder haben be\u00e4ngstigende Erinnerungen, die
sie allein nicht einordnen k\u00f6nnen. Ein kurzes Nachgespr\u00e4ch, in dem Pflegende erkl\u00e4ren, was
geschehen ist, kann viel zur Verarbeitung beitragen.

## Ein Praxisprojekt in der Alterstraumatologie

Auf der alterstraumatologischen Station eines Klinikums in Niedersachsen wurde 2024 das Projekt
\u201eDelir-Lotsen\u201c eingef\u00fchrt. Kern des Projekts ist eine Gruppe von sechs speziell geschulten
Pflegefachpersonen, die in jeder Schicht als Ansprechpersonen f\u00fcr Delirpr\u00e4vention zur
Verf\u00fcgung stehen. Sie f\u00fchren bei allen Patientinnen und Patienten ab 70 Jahren bei
Aufnahme und danach einmal pro Schicht den 4AT durch, leiten bei Risikopatientinnen und -patienten
ein Ma\u00dfnahmenb\u00fcndel ein und beraten Angeh\u00f6rige.

Begleitend wurden alle Pflegenden der Station in einer vierst\u00fcndigen Fortbildung geschult. Die
Pflegedokumentation wurde um ein Delir-Modul erg\u00e4nzt, das Screening-Ergebnisse und Ma\u00dfnahmen
auf einen Blick zeigt. In der t\u00e4glichen Visite wird jeder Fall mit positivem Screening
gemeinsam mit dem \u00e4rztlichen Dienst besprochen, insbesondere im Hinblick auf die Medikation.

## Ergebnisse nach zw\u00f6lf Monaten

Im ersten Projektjahr wurden 412 Patientinnen und Patienten mit einer hüftgelenksnahen Fraktur
versorgt. Die Screeningrate stieg von zuvor unter 20 Prozent auf 91 Prozent. Die Inzidenz des
postoperativen Delirs sank im Vergleich zum Vorjahr von 31 auf 19 Prozent. Gleichzeitig ging der
Einsatz von Neuroleptika um fast die H\u00e4lfte zur\u00fcck, und die Zahl der Fixierungen reduzierte
sich deutlich.
"""

FA_3 = """
Bemerkenswert ist, dass die gr\u00f6\u00dften Effekte nicht von aufw\u00e4ndigen Ma\u00dfnahmen ausgingen,
sondern von einfachen: Brillen und H\u00f6rger\u00e4te wurden systematisch vom Rettungsdienst
mitgegeben oder am ersten Tag von Angeh\u00f6rigen angefordert, n\u00e4chtliche Vitalzeichenkontrollen
wurden bei stabilen Patientinnen und Patienten ausgesetzt, und die Station f\u00fchrte eine
\u201eRuhezeit\u201c zwischen 22 und 6 Uhr ein.

Die Pflegenden bewerteten das Projekt in einer Befragung \u00fcberwiegend positiv. Sie gaben an,
sicherer im Erkennen eines Delirs zu sein und sich in der Kommunikation mit dem \u00e4rztlichen
Dienst st\u00e4rker wahrgenommen zu f\u00fchlen. Als Herausforderung nannten sie vor allem die
Personalsituation in Nachtdiensten, in denen die Ma\u00dfnahmen nicht immer vollst\u00e4ndig umgesetzt
werden konnten.

## Fazit

Delirpr\u00e4vention ist keine Zusatzaufgabe, sondern Kern guter pflegerischer Versorgung \u00e4lterer
Menschen. Sie erfordert kein teures Equipment, wohl aber Wissen, Aufmerksamkeit und Zeit. Damit
ist sie eng mit der Frage der Personalausstattung verkn\u00fcpft: Ein Ma\u00dfnahmenb\u00fcndel, das in der
Fr\u00fchschicht gelingt, scheitert in der Nacht, wenn eine Pflegefachperson allein f\u00fcr 28
Patientinnen und Patienten zust\u00e4ndig ist. Pflegerische Delirpr\u00e4vention braucht deshalb
strukturelle R\u00fcckendeckung durch Einrichtungen und Politik.
"""

LITERATUR = [
    "Brandt, S.; Yilmaz, D. (2023): Delirscreening mit dem 4AT auf Normalstationen. "
    "Zeitschrift f\u00fcr Gerontologische Pflegepraxis 9 (3), 112\u2013120.",
    "Haugland, M. et al. (2022): Multicomponent delirium prevention in hip fracture patients: "
    "a systematic review. Journal of Clinical Nursing Research 41, 77\u201391.",
    "K\u00f6hler, R.; Ferraro, G. (2024): Angeh\u00f6rige als Partner in der Delirpr\u00e4vention. "
    "Pflegewissenschaft im Dialog 15 (1), 23\u201331.",
    "Lindqvist, A.; Okafor, C. (2021): Sleep protection bundles on orthogeriatric wards. "
    "Nordic Journal of Acute Care 12, 204\u2013213.",
    "Wagner, T. (2025): Hypoaktives Delir \u2013 das \u00fcbersehene Syndrom. "
    "Intensiv- und Akutpflege kompakt 7 (2), 45\u201350.",
]


def fa_header(c, n):
    header(c, n, "Fachartikel \u00b7 Geriatrie")


def page6(c):
    fa_header(c, 6)
    y = H - 56
    y -= place(c, P("FACHARTIKEL", kicker), ML, y, 300)
    y -= place(c, P("Delir erkennen, bevor es eskaliert",
                    ParagraphStyle("fah", parent=h_mid, fontSize=19, leading=23)), ML, y, W - ML - MR)
    y -= place(c, P("Pflegerische Delirpr\u00e4vention bei \u00e4lteren Menschen nach "
                    "h\u00fcftgelenksnaher Fraktur: Risikofaktoren, Screening und ein "
                    "Ma\u00dfnahmenb\u00fcndel, das sich im Stationsalltag bew\u00e4hrt hat.",
                    ParagraphStyle("fal", parent=lead, fontName="Sans", fontSize=9.8)),
               ML, y, 440)
    global FA_STORY
    FA_STORY = paras(FA_1) + paras(FA_2) + paras(FA_3)
    FA_STORY.insert(3, photo(130, "Orientierungshilfen wie gut lesbare Uhren und Kalender sind "
                                  "ein einfacher Baustein der Delirpr\u00e4vention. "
                                  "Foto: Lena Marquardt"))
    frames = columns(ML, MB, W - MR, y - 4, 2, gap=16)
    flow(c, frames, FA_STORY)
    footer(c, 6)


def page7(c):
    fa_header(c, 7)
    top = H - 52
    cw = (W - ML - MR - 16) / 2
    x2 = ML + cw + 16
    # box at the bottom of column 2
    bx = box([P("Merkmale eines Delirs", boxhead)] + [P(t, boxtext) for t in [
        "\u2022 akuter Beginn und schwankender Verlauf \u00fcber den Tag",
        "\u2022 gest\u00f6rte Aufmerksamkeit: Betroffene k\u00f6nnen einem Gespr\u00e4ch kaum folgen",
        "\u2022 desorganisiertes Denken, unzusammenh\u00e4ngende Antworten",
        "\u2022 ver\u00e4nderte Bewusstseinslage: \u00fcberwach und unruhig oder auff\u00e4llig "
        "schl\u00e4frig",
        "\u2022 h\u00e4ufig zus\u00e4tzlich: Wahrnehmungsst\u00f6rungen, gest\u00f6rter Schlaf-Wach-Rhythmus, "
        "\u00c4ngste"]], bg=SAND)
    _, bh = bx.wrap(cw, 500)
    bx.drawOn(c, x2, MB + 26)
    # figure at the top of column 2
    fig = photo(215, "Abbildung 1: Screeningrate und Delir-Inzidenz vor und nach Einf\u00fchrung der "
                     "Delir-Lotsen (Station f\u00fcr Alterstraumatologie, n = 412). "
                     "Grafik: Luca Marchetti")
    _, fh = fig.wrap(cw, 500)
    fig.drawOn(c, x2, top - fh)
    tip = box([P("Praxistipp: der 4AT in vier Schritten", boxhead)] + [P(t, boxtext) for t in [
        "<b>1 Wachheit:</b> Ist die Person auff\u00e4llig schl\u00e4frig oder \u00fcberwach?",
        "<b>2 AMT4:</b> Alter, Geburtsdatum, Ort und aktuelles Jahr erfragen.",
        "<b>3 Aufmerksamkeit:</b> die Monate r\u00fcckw\u00e4rts aufsagen lassen, beginnend mit "
        "Dezember.",
        "<b>4 Akute Ver\u00e4nderung:</b> Hat sich der Zustand in den letzten zwei Wochen "
        "ver\u00e4ndert? Angeh\u00f6rige fragen!",
        "Ab 4 Punkten besteht der Verdacht auf ein Delir."]], bg=MINT)
    _, th = tip.wrap(cw, 500)
    tip.drawOn(c, ML, MB + 26)
    frames = [Frame(ML, MB + 26 + th + 10, cw, top - MB - 26 - th - 10, 0, 0, 0, 0),
              Frame(x2, MB + 26 + bh + 10, cw, top - fh - 4 - MB - 26 - bh - 10, 0, 0, 0, 0)]
    flow(c, frames, FA_STORY)
    if not FA_STORY:
        raise SystemExit("Fachartikel endet schon auf S. 7")
    c.setFillColor(ROSE)
    c.setFont("Sans-BI", 8.5)
    c.drawRightString(W - MR, MB + 6, "Fortsetzung auf Seite 11 \u25b6")
    footer(c, 7)


# ================================================================ S. 8-9 Interview
INTRO = """
Seit zwei Jahren arbeitet Jana Sommerfeld als Community Health Nurse im Amt Landhagen bei
Greifswald. Die Pflegefachfrau mit Masterabschluss besucht chronisch kranke und alte Menschen zu
Hause, koordiniert Hilfen und ist Anlaufstelle f\u00fcr alle, die nicht wissen, wohin mit ihren
Gesundheitsfragen. Ein Gespr\u00e4ch \u00fcber lange Wege, volle K\u00fchlschr\u00e4nke und eine Rolle, die es
in Deutschland offiziell noch kaum gibt.
"""

TURNS = [
    ("MK", "Frau Sommerfeld, wie sieht ein typischer Arbeitstag bei Ihnen aus?"),
    ("JS", """Einen typischen Tag gibt es eigentlich nicht, und genau das mag ich. Meistens beginne
     ich im B\u00fcro im Gemeindehaus mit Telefonaten: R\u00fcckrufe von Angeh\u00f6rigen, Absprachen mit
     der Hausarztpraxis, manchmal eine Anfrage vom Sozialdienst des Krankenhauses, weil jemand
     entlassen wird. Danach fahre ich zu Hausbesuchen, an guten Tagen vier oder f\u00fcnf, verteilt
     auf Orte, zwischen denen zwanzig Kilometer liegen k\u00f6nnen. Nachmittags habe ich eine offene
     Sprechstunde, zu der jeder kommen kann."""),
    ("MK", "Mit welchen Anliegen kommen die Menschen zu Ihnen?"),
    ("JS", """Mit allem, was man sich vorstellen kann. Eine Frau wollte wissen, ob sie ihre
     Blutdrucktabletten auch abends nehmen darf, ein Mann brauchte Hilfe beim Antrag auf einen
     Pflegegrad f\u00fcr seine Mutter, eine junge Familie suchte nach einer Kinder\u00e4rztin, weil die
     n\u00e4chste Praxis keine neuen Patienten mehr aufnimmt. Vieles davon ist keine Pflege im
     klassischen Sinn, aber es entscheidet dar\u00fcber, ob jemand gesund bleibt oder im
     Krankenhaus landet."""),
    ("MK", "Was k\u00f6nnen Sie bei einem Hausbesuch sehen, was in der Praxis verborgen bleibt?"),
    ("JS", """Sehr viel. Ich sehe, ob die Treppe zum Schlafzimmer noch zu schaffen ist, ob die
     Medikamente in der K\u00fcche durcheinanderliegen, ob jemand allein lebt und seit Tagen mit
     niemandem gesprochen hat. Ein 84-j\u00e4hriger Landwirt hat mir beim ersten Besuch gesagt:
     \u201eSie sind die Erste, die mal in meinen K\u00fchlschrank guckt.\u201c Der K\u00fchlschrank war fast
     leer, und er hatte in drei Monaten sechs Kilo verloren. In der Sprechstunde h\u00e4tte er
     gesagt, dass es ihm gut geht."""),
    ("MK", "Wie sind Sie zu dieser Aufgabe gekommen?"),
    ("JS", """Ich habe zw\u00f6lf Jahre in der Inneren Medizin gearbeitet, zuletzt als
     Stationsleitung. Irgendwann hat mich gest\u00f6rt, dass wir immer dieselben Menschen wieder
     aufgenommen haben, oft mit Problemen, die man zu Hause h\u00e4tte l\u00f6sen k\u00f6nnen. Dann habe ich
     berufsbegleitend den Masterstudiengang Community Health Nursing absolviert. Als das Amt die
     Stelle im Rahmen eines Modellprojekts ausgeschrieben hat, habe ich mich sofort beworben."""),
    ("MK", "Wer finanziert Ihre Stelle?"),
    ("JS", """Das ist der wunde Punkt. Die Stelle wird derzeit aus einem Landesprogramm und von
     zwei Krankenkassen gemeinsam getragen, befristet bis Ende 2027. Eine Regelfinanzierung gibt
     es nicht, weil Community Health Nursing in den Sozialgesetzb\u00fcchern bisher nicht vorgesehen
     ist. Das \u201ePflegekompetenzgesetz\u201c ist ein erster Schritt, weil es Pflegefachpersonen mehr
     Befugnisse gibt. Aber eine Rolle wie meine braucht eine eigene rechtliche Grundlage und eine
     verl\u00e4ssliche Finanzierung."""),
    ("MK", "Welche Befugnisse w\u00fcrden Ihnen im Alltag am meisten helfen?"),
    ("JS", """Ganz praktisch: Verbandsmaterial und Hilfsmittel selbst verordnen zu d\u00fcrfen, ohne
     den Umweg \u00fcber die Hausarztpraxis. Und bei stabilen chronischen Erkrankungen Folgerezepte
     ausstellen zu k\u00f6nnen. Ich telefoniere heute oft eine halbe Stunde hinterher, um etwas zu
     organisieren, das ich fachlich l\u00e4ngst beurteilen kann. Diese Zeit fehlt mir dann bei den
     Menschen."""),
    ("MK", "Wie reagieren die Hausarztpraxen auf Ihre Arbeit?"),
    ("JS", """Anfangs gab es Skepsis, das will ich nicht verschweigen. Manche hatten die Sorge,
     dass ich ihnen Patienten wegnehme oder mich in Therapien einmische. Inzwischen ist das
     Gegenteil der Fall. Die beiden Praxen, mit denen ich am engsten zusammenarbeite, schicken mir
     Menschen, bei denen sie merken, dass ein Hausbesuch n\u00f6tig ist. Wir treffen uns einmal im
     Monat zu einer Fallbesprechung, und die \u00c4rztinnen sagen selbst, dass sie entlastet
     werden."""),
    ("MK", "Wie messen Sie, ob Ihre Arbeit etwas bewirkt?"),
    ("JS", """Das Modellprojekt wird von einer Hochschule wissenschaftlich begleitet. Wir erfassen
     zum Beispiel, wie oft die Menschen, die ich betreue, ins Krankenhaus eingewiesen werden, wie
     h\u00e4ufig der Rettungsdienst kommt und wie zufrieden sie mit ihrer Versorgung sind. Die ersten
     Zwischenergebnisse sind ermutigend: Die Zahl der Notfalleinweisungen in meiner Gruppe ist im
     ersten Jahr um fast ein Viertel gesunken. Aber ehrlich gesagt sind es oft die kleinen Dinge,
     an denen ich merke, dass es wirkt."""),
    ("MK", "Zum Beispiel?"),
    ("JS", """Ein Ehepaar, beide \u00fcber achtzig, hat sich lange geweigert, einen Pflegedienst ins
     Haus zu lassen. Wir haben uns \u00fcber Monate kennengelernt, ich habe bei Kaffee und Kuchen
     zugeh\u00f6rt, und irgendwann konnten die beiden selbst sagen, welche Hilfe sie brauchen. Heute
     kommt morgens ein Pflegedienst, und die beiden leben weiter in ihrem Haus. Das steht in keiner
     Statistik, aber es ist genau das, worum es geht."""),
    ("MK", "Welche Rolle spielt die Digitalisierung in Ihrer Arbeit?"),
    ("JS", """Eine gr\u00f6\u00dfere, als man denkt. Ich nutze Videosprechstunden f\u00fcr Menschen, die
     schlecht mobil sind, und wir haben ein gemeinsames digitales Fallmanagement mit den
     Hausarztpraxen. Allerdings ist die Netzabdeckung hier nicht \u00fcberall gut. In manchen D\u00f6rfern
     stehe ich mit dem Tablet im Garten, um \u00fcberhaupt eine Verbindung zu bekommen."""),
    ("MK", "Sie sind viel allein unterwegs. F\u00fchlen Sie sich manchmal einsam in dieser Rolle?"),
    ("JS", """Manchmal, ja. Auf Station hatte ich ein Team, mit dem ich nach einem schweren Dienst
     reden konnte. Heute fahre ich nach einem belastenden Besuch allein im Auto zur\u00fcck. Deshalb
     ist mir das Netzwerk so wichtig: Wir sind in Mecklenburg-Vorpommern inzwischen sieben
     Community Health Nurses, wir treffen uns regelm\u00e4\u00dfig und haben eine Supervision
     organisiert. Und der Verband hat eine Fachgruppe gegr\u00fcndet, in der wir uns bundesweit
     austauschen."""),
    ("MK", "Was w\u00fcrden Sie Kolleginnen und Kollegen raten, die \u00fcber einen \u00e4hnlichen Weg "
           "nachdenken?"),
    ("JS", """Mutig sein und sich gut vernetzen. Die Rolle ist neu, man muss sie zum Teil selbst
     erfinden, und das ist anstrengend. Aber ich habe selten so deutlich gesp\u00fcrt, was Pflege
     bewirken kann. Wenn eine Frau, die vor einem Jahr dreimal im Krankenhaus war, jetzt seit zehn
     Monaten stabil zu Hause lebt, dann wei\u00df ich, wof\u00fcr ich morgens losfahre."""),
    ("MK", "Und was w\u00fcnschen Sie sich von der Politik?"),
    ("JS", """Dass sie Modellprojekte nicht endlos verl\u00e4ngert, sondern aus ihnen lernt. Die
     Erfahrungen aus Skandinavien und Kanada liegen seit Jahren auf dem Tisch. Wir brauchen
     keine weiteren Pilotphasen, wir brauchen eine Entscheidung."""),
]


def page8(c):
    header(c, 8, "Im Gespr\u00e4ch")
    y = H - 56
    y -= place(c, P("IM GESPR\u00c4CH", kicker), ML, y, 300)
    y -= place(c, P("Gesundheit beginnt an der Haust\u00fcr",
                    ParagraphStyle("ih", parent=h_big, fontSize=27, leading=31)), ML, y, W - ML - MR)
    cw = (W - ML - MR - 16) / 2
    x2 = ML + cw + 16
    # photo top right
    c.setFillColor(GREY)
    c.rect(x2, y - 200, cw, 200, fill=1, stroke=0)
    hc = place(c, P("Jana Sommerfeld vor dem Gemeindehaus in Landhagen, wo sie ihre offene "
                    "Sprechstunde anbietet. Foto: privat", cap), x2, y - 202, cw)
    yb = y - 202 - hc - 6
    global IV_STORY
    IV_STORY = [P(" ".join(INTRO.split()), ParagraphStyle("intro", parent=lead, fontName="Sans",
                                                          fontSize=9.6, leading=13.2))]
    for who, text in TURNS:
        text = " ".join(text.split())
        st = turn_q if who == "MK" else turn
        IV_STORY.append(P("<b>%s:</b> %s" % (who, text), st))
    IV_STORY.append(P("Das Gespr\u00e4ch f\u00fchrte Markus Kellner.",
                      ParagraphStyle("gf", parent=sign, alignment=TA_LEFT, fontName="Sans-BI")))
    frames = [Frame(ML, MB, cw, y - MB, 0, 0, 0, 0), Frame(x2, MB, cw, yb - MB, 0, 0, 0, 0)]
    flow(c, frames, IV_STORY)
    footer(c, 8)


def page9(c):
    header(c, 9, "Im Gespr\u00e4ch")
    top = H - 52
    cw = (W - ML - MR - 16) / 2
    x2 = ML + cw + 16
    side = [pullquote("\u201eWir brauchen keine weiteren Pilotphasen, wir brauchen eine "
                      "Entscheidung.\u201c", "Jana Sommerfeld, Community Health Nurse"),
            photo(150, "Hausbesuch in Wackerow: Blutdruckkontrolle und ein Blick in den "
                       "Medikamentenplan. Foto: Jonas Eberhardt"),
            box([P("Community Health Nursing", boxhead)] + [P(t, boxtext) for t in [
                "Community Health Nurses sind akademisch qualifizierte Pflegefachpersonen, die in "
                "Gemeinden und Stadtteilen Gesundheitsf\u00f6rderung, Pr\u00e4vention und die Versorgung "
                "chronisch kranker Menschen koordinieren.",
                "In Deutschland gibt es die Rolle bisher nur in Modellprojekten. Mehrere "
                "Hochschulen bieten entsprechende Masterstudieng\u00e4nge an.",
                "Der VPF fordert eine gesetzliche Verankerung und eine Regelfinanzierung "
                "\u00fcber die Kranken- und Pflegeversicherung."]], bg=MINT),
            Spacer(1, 10),
            box([P("Zur Person", boxhead)] + [P(t, boxtext) for t in [
                "Jana Sommerfeld, geboren 1986 in Stralsund, ist Gesundheits- und "
                "Krankenpflegerin und hat zw\u00f6lf Jahre in der Inneren Medizin gearbeitet, "
                "zuletzt als Stationsleitung an einem Klinikum in Greifswald.",
                "2023 schloss sie berufsbegleitend den Master Community Health Nursing ab. Seit "
                "2024 ist sie im Amt Landhagen t\u00e4tig. Sie engagiert sich in der "
                "Bundesfachgruppe Community Health Nursing des VPF.",
                "Markus Kellner ist Redakteur der PFLEGEPERSPEKTIVE."]], bg=SAND)]
    sk = Keep(side)
    _, sh = sk.wrap(cw, 2000)
    sk.drawOn(c, x2, top - sh)
    flow(c, [Frame(ML, MB, cw, top - MB, 0, 0, 0, 0),
             Frame(x2, MB, cw, top - sh - 8 - MB, 0, 0, 0, 0)], IV_STORY)
    check_empty(IV_STORY, "S. 9 Interview")
    footer(c, 9)


# ================================================================ S. 10 Landesverbände
LV = [
    ("Bayern", "Fachtag zur Pflegekompetenz in N\u00fcrnberg",
     """Rund 250 Pflegende aus ganz Bayern kamen am 7. M\u00e4rz zum Fachtag des Landesverbands nach
     N\u00fcrnberg. Im Mittelpunkt stand die Frage, wie die neuen heilkundlichen Befugnisse in Kliniken
     und ambulanten Diensten umgesetzt werden k\u00f6nnen. Besonders gefragt war der Vortrag
     \u201ePflege als Heilberuf: Was jetzt auf uns zukommt\u201c. In sechs Workshops erarbeiteten die
     Teilnehmenden Empfehlungen f\u00fcr Weiterbildungen, die der Landesverband im Sommer
     ver\u00f6ffentlichen will.""",
     "(hb)"),
    ("Nordrhein-Westfalen", "Pflege vor dem Landtag",
     """Mit Trillerpfeifen, Transparenten und 600 Teilnehmenden hat der Landesverband am 18. M\u00e4rz
     vor dem D\u00fcsseldorfer Landtag f\u00fcr bessere Arbeitsbedingungen demonstriert. Die Aktion war
     zugleich der Auftakt f\u00fcr die Kampagne \u201ePflege z\u00e4hlt\u201c in Nordrhein-Westfalen.
     \u201eWir stehen hier nicht f\u00fcr uns, sondern f\u00fcr die Menschen, die wir versorgen\u201c, sagte
     die Landesvorsitzende Dilara Ko\u00e7. Sie \u00fcbergab den Fraktionen eine Liste mit zehn
     Forderungen.""",
     "(ts)"),
    ("Niedersachsen", "Neuer Vorstand gew\u00e4hlt",
     """Die Mitgliederversammlung des Landesverbands hat am 21. Februar in Hannover einen neuen
     Vorstand gew\u00e4hlt. Vorsitzende ist Merve \u00c7elik, Praxisanleiterin an einem Klinikum in
     Oldenburg. Ihr Stellvertreter ist Jens-Ole Petersen aus der ambulanten Pflege in L\u00fcneburg.
     Die bisherige Vorsitzende Brigitte Hahnemann wurde nach zehn Jahren mit viel Applaus
     verabschiedet und zum Ehrenmitglied ernannt.""",
     "(kw)"),
    ("Hamburg", "Azubi-Stammtisch w\u00e4chst",
     """Was im Herbst mit acht Auszubildenden in einem Caf\u00e9 in Altona begann, ist inzwischen eine
     feste Einrichtung: Zum Azubi-Stammtisch des Landesverbands kommen jeden ersten Dienstag im
     Monat bis zu 40 junge Pflegende. \u201eHier merkt man, dass man mit seinen Fragen nicht allein
     ist\u201c, sagt Finn Albers, Auszubildender im dritten Jahr. Der n\u00e4chste Termin ist der 5.
     Mai.""",
     "(gr)"),
    ("Baden-W\u00fcrttemberg", "Kooperation mit Hochschulen",
     """Der Landesverband hat mit drei Hochschulen eine Kooperationsvereinbarung unterzeichnet.
     Mitglieder erhalten k\u00fcnftig erm\u00e4\u00dfigten Zugang zu Zertifikatskursen, unter anderem zu
     Wundmanagement, Palliative Care und Pflegeberatung. Zudem sollen gemeinsame
     Praxisforschungsprojekte entstehen, in die Pflegende ihre Fragen aus dem Alltag einbringen
     k\u00f6nnen.""",
     "(mk)"),
    ("Sachsen", "Gespr\u00e4ch im Sozialministerium",
     """Vertreterinnen des Landesverbands trafen sich im Februar mit Staatssekret\u00e4r Dr. Henning
     Falkenberg zu einem Austausch \u00fcber die Zukunft der Pflegeausbildung im l\u00e4ndlichen Raum.
     Themen waren die Finanzierung der Praxisanleitung und die Fahrtkosten der Auszubildenden.
     Falkenberg sagte zu, die Anregungen des Verbands \u201ein die Beratungen zum Landespflegegesetz
     einzubeziehen\u201c. Ein Folgetermin ist f\u00fcr den Herbst vereinbart.""",
     "Stefanie Oberl\u00e4nder, Landesverband Sachsen"),
]


def page10(c):
    header(c, 10, "Aus den Landesverb\u00e4nden")
    y = H - 56
    y -= place(c, P("Aus den Landesverb\u00e4nden", h_big), ML, y, W - ML - MR)
    story = []
    for i, (land, head, text, sig) in enumerate(LV):
        story.append(P(land.upper(), kicker))
        story.append(P(head, h_small))
        story += paras(text, body3)
        story.append(P(sig, sign))
        if i == 1:
            story.append(photo(105, "Auftakt der Kampagne in D\u00fcsseldorf: Rund 600 Pflegende "
                                    "versammelten sich vor dem Landtag. Foto: Tomasz Sadowski"))
        if i < len(LV) - 1:
            story.append(rule(GREY, 0.6, 2, 6))
    story.append(Spacer(1, 6))
    story.append(box([P("Ihr Landesverband", boxhead),
                      P("Alle Adressen, Ansprechpartnerinnen und Termine der Landesverb\u00e4nde "
                        "finden Sie unter www.vpf-pflege.example/lv. Beitr\u00e4ge "
                        "f\u00fcr diese Rubrik senden Sie bitte bis zum 15. Mai an die Redaktion.",
                        boxtext)], bg=MINT))
    flow(c, columns(ML, MB, W - MR, y - 2, 3), story)
    check_empty(story, "S. 10")
    footer(c, 10)


# ================================================================ S. 11 Fortsetzung + Leserbriefe
LETTERS = [
    ("Nachts allein verantwortlich",
     """Ihr Beitrag \u201eNachtdienst allein?\u201c in der letzten Ausgabe hat mir aus der Seele
     gesprochen. Ich arbeite seit 26 Jahren in der station\u00e4ren Langzeitpflege und bin in vielen
     N\u00e4chten die einzige Pflegefachkraft f\u00fcr zwei Wohnbereiche. Was mir in der Debatte fehlt,
     ist die Altenpflege. Wir brauchen verbindliche Vorgaben f\u00fcr die Nacht, nicht nur f\u00fcr die
     Krankenh\u00e4user.""",
     "Ingrid Vogelsang, L\u00fcbeck"),
    ("Mehr Mut zur Selbstverwaltung",
     """Ich w\u00fcnsche mir, dass sich der Verband st\u00e4rker f\u00fcr eine Pflegekammer in allen
     Bundesl\u00e4ndern einsetzt. Solange andere \u00fcber unsere Berufsordnung entscheiden, bleiben wir
     Bittsteller. Die Erfahrungen aus Rheinland-Pfalz zeigen, dass eine Kammer etwas bewegen
     kann, wenn man sie l\u00e4sst.""",
     "Kerem \u00d6zt\u00fcrk, Duisburg"),
    ("Danke f\u00fcr den Praxisteil",
     """Die Checklisten zur Wundversorgung aus Heft 1 h\u00e4ngen inzwischen in unserem
     Dienstzimmer. Gerne mehr davon!""",
     "Annika Johansson, Freiburg im Breisgau"),
]


def page11(c):
    fa_header(c, 11)
    top = H - 52
    c.setFillColor(ROSE)
    c.setFont("Sans-BI", 8.5)
    c.drawString(ML, top - 6, "\u25c0 Fortsetzung von Seite 7")
    c.setFont("Sans-B", 11)
    c.setFillColor(PLUM)
    c.drawString(ML + 130, top - 7, "Delir erkennen, bevor es eskaliert")
    y = top - 18
    lit = [P("Literatur", ParagraphStyle("lith", parent=small, fontName="Cond-B", spaceAfter=3))]
    lit += [P(t, small) for t in LITERATUR]
    autoren = box([
        P("<b>Die Autorin:</b> Dr. Agnieszka Nowicka ist Pflegewissenschaftlerin an der "
          "Evangelischen Hochschule Nordheide und leitet dort den Studiengang Angewandte "
          "Gerontologische Pflege.", boxtext),
        P("<b>Der Autor:</b> Luca Marchetti ist Pflegeexperte (APN) f\u00fcr Geriatrie am Klinikum "
          "Weserbergland und koordiniert dort das interprofessionelle Delir-Team.", boxtext),
        P("Kontakt: delir@eh-nordheide.example", boxtext)], bg=SAND)
    story = FA_STORY + [Spacer(1, 4)] + lit + [Spacer(1, 6), autoren]
    frames = columns(ML, 372, W - MR, y, 3)
    flow(c, frames, story)
    check_empty(story, "S. 11 Fortsetzung")
    # letters
    yl = 360
    c.setStrokeColor(PLUM)
    c.setLineWidth(1.5)
    c.line(ML, yl, W - MR, yl)
    c.setFillColor(PLUM)
    c.setFont("Sans-B", 16)
    c.drawString(ML, yl - 22, "Leserbriefe")
    c.setFont("Sans", 7.5)
    c.setFillColor(DARK)
    c.drawRightString(W - MR, yl - 20, "Zuschriften an: leserbriefe@vpf-pflege.example")
    story = []
    for head, text, who in LETTERS:
        story.append(P(head, h_small))
        story += paras(text, body3)
        story.append(P(who, sign))
    story.append(P("Die Redaktion beh\u00e4lt sich vor, Leserbriefe zu k\u00fcrzen. Ver\u00f6ffentlichte "
                   "Zuschriften geben nicht die Meinung der Redaktion wieder.",
                   ParagraphStyle("lbn", parent=small, textColor=HexColor("#555555"))))
    flow(c, columns(ML, MB, W - MR, yl - 34, 3), story)
    check_empty(story, "S. 11 Leserbriefe")
    footer(c, 11)


# ================================================================ S. 12 Berufspolitik
KONGRESS = """
Drei Tage, mehr als 3.000 Teilnehmende und eine klare Botschaft: Beim Bundeskongress Pflege 2026
in Leipzig stand die Frage im Mittelpunkt, wie die Pflege ihre neuen Befugnisse mit Leben f\u00fcllen
kann. In \u00fcber 80 Veranstaltungen diskutierten Pflegende aus Kliniken, Heimen, ambulanten Diensten
und Hochschulen mit Vertreterinnen und Vertretern aus Politik, Kostentr\u00e4gern und \u00c4rzteschaft.

VPF-Pr\u00e4sidentin Dr. Friederike Albrecht er\u00f6ffnete den Kongress mit einem deutlichen Appell.
\u201eWir haben jahrzehntelang um Verantwortung gebeten. Jetzt haben wir sie, und jetzt m\u00fcssen wir
zeigen, dass wir sie tragen k\u00f6nnen\u201c, sagte sie vor vollem Saal. Zugleich forderte sie, dass die
neuen Aufgaben auch in den Tarifvertr\u00e4gen und Stellenpl\u00e4nen abgebildet werden.

Die Parlamentarische Staatssekret\u00e4rin Ulrike Brandst\u00e4tter sicherte in ihrem Gru\u00dfwort zu, die
Umsetzung der Gesetze eng zu begleiten. \u201eDie Pflege ist der gr\u00f6\u00dfte Gesundheitsberuf in
Deutschland, und sie muss auch so behandelt werden\u201c, sagte Brandst\u00e4tter. Konkrete Zusagen zur
Finanzierung neuer Rollen wie der Community Health Nurse blieb sie allerdings schuldig, was im
Publikum f\u00fcr h\u00f6rbares Murren sorgte.

Am lebhaftesten war die Debatte im Forum zur Personalbemessung. Ein Pflegefachmann aus einer
Rehaklinik brachte die Stimmung auf den Punkt: \u201eIch will keine Minutenwerte mehr diskutieren,
ich will Kolleginnen.\u201c Der Mann, Dimitrios Papadakis aus Bad Kissingen, erhielt daf\u00fcr den
l\u00e4ngsten Applaus des Tages.

Viel Aufmerksamkeit bekamen auch die Foren zur Pflegebildung und zur Digitalisierung. In einem
gut besuchten Workshop stellten Auszubildende aus Thüringen eine App vor, mit der sie ihre
Praxiseins\u00e4tze dokumentieren und bewerten. Ein weiteres Forum besch\u00e4ftigte sich mit der
Frage, wie ausl\u00e4ndische Pflegefachpersonen schneller anerkannt und besser eingearbeitet werden
k\u00f6nnen. Mehrere Rednerinnen berichteten, dass Anerkennungsverfahren in einzelnen
Bundesl\u00e4ndern noch immer mehr als ein Jahr dauern.

Ein H\u00f6hepunkt war am zweiten Abend die Verleihung des Pflegeinnovationspreises des Verbands.
Ausgezeichnet wurde ein Team aus einer Kinderklinik in Rostock, das ein Konzept zur
Schmerzeinsch\u00e4tzung bei Fr\u00fchgeborenen entwickelt hat. Den Publikumspreis erhielt ein
ambulanter Pflegedienst aus dem Allg\u00e4u f\u00fcr ein Nachbarschaftsprojekt gegen Einsamkeit im
Alter.

Zum Abschluss verabschiedeten die Delegierten die \u201eLeipziger Erkl\u00e4rung\u201c, in der der
Verband seine Forderungen f\u00fcr die kommenden zwei Jahre b\u00fcndelt. Der n\u00e4chste Bundeskongress
findet 2028 in Bremen statt.
"""

KOMMENTAR = """
Es ist leicht, auf Kongressen gro\u00dfe S\u00e4tze zu sagen. Schwieriger ist es, am Montag danach auf
Station etwas zu ver\u00e4ndern. Die neuen Befugnisse sind ein Erfolg, den niemand kleinreden sollte.
Aber sie werden zur Belastung, wenn sie auf eine Berufsgruppe treffen, die schon heute am Limit
arbeitet.

Wer Pflegefachpersonen mehr Verantwortung \u00fcbertr\u00e4gt, muss ihnen auch die Zeit geben, sie
wahrzunehmen. Das hei\u00dft: mehr Personal, weniger Doppeldokumentation, bezahlte Weiterbildung. Ohne
diese Voraussetzungen bleibt die Aufwertung der Pflege ein Versprechen auf dem Papier. Die
Politik hat jetzt zwei Jahre Zeit, zu zeigen, dass sie es ernst meint.

Und wir selbst? Auch wir m\u00fcssen uns bewegen. Verantwortung \u00fcbernehmen hei\u00dft, sich
fortzubilden, sich in Gremien einzubringen und die eigene Expertise selbstbewusst zu vertreten,
auch gegen\u00fcber anderen Berufsgruppen. Die Leipziger Tage haben gezeigt, dass die Pflege dazu
bereit ist. Wir werden genau hinsehen, ob die anderen Beteiligten es auch sind.
"""


def page12(c):
    header(c, 12, "Berufspolitik")
    y = H - 56
    y -= place(c, P("BERUFSPOLITIK", kicker), ML, y, 300)
    y -= place(c, P("Bundeskongress Pflege 2026: Mehr Verantwortung, mehr Tempo", h_mid),
               ML, y, W - ML - MR)
    y -= place(c, P("Text: Hanna Bergstr\u00f6m", byline), ML, y, 300)
    cw = (W - ML - MR - 26) / 3
    wide = 2 * cw + 13
    # photo top of columns 1-2
    c.setFillColor(GREY)
    c.rect(ML, y - 130, wide, 130, fill=1, stroke=0)
    hc = place(c, P("Voller Saal zur Er\u00f6ffnung: Der Bundeskongress Pflege fand im Congress Center "
                    "Leipzig statt. Foto: Lena Marquardt", cap), ML, y - 132, wide)
    yb = y - 132 - hc + 2
    story = paras(KONGRESS, body3)
    flow(c, columns(ML, MB, ML + wide, yb, 2), story)
    check_empty(story, "S. 12 Kongress")
    # commentary in column 3
    x3 = ML + wide + 13
    kom = [P("KOMMENTAR", ParagraphStyle("kk", parent=kicker, textColor=white)),
           P("Vom Reden ins Handeln", ParagraphStyle("kh", parent=h_small, textColor=white,
                                                     fontSize=13, leading=16))]
    kom += [P(" ".join(p.split()), ParagraphStyle("kb", parent=body3, textColor=white,
                                                  fontName="Serif-I"))
            for p in KOMMENTAR.strip().split("\n\n")]
    kom.append(P("Tomasz Sadowski", ParagraphStyle("ks", parent=sign, textColor=white,
                                                   fontName="Sans-B")))
    c.setFillColor(PLUM)
    c.rect(x3 - 6, MB, cw + 12, y - MB + 4, fill=1, stroke=0)
    f = Frame(x3, MB + 6, cw, y - MB - 10, 0, 0, 0, 0)
    fill(f, kom, c)
    check_empty(kom, "S. 12 Kommentar")
    footer(c, 12)


# ================================================================ S. 13 Junge Pflege / Buchtipp / Termine
NACHT = """
Um 21.15 Uhr stand ich mit meinem Kaffeebecher im Dienstzimmer und hatte das Gef\u00fchl, dass die
ganze Station mich ansieht. Mein erster Nachtdienst, Innere Medizin, 28 Betten, zusammen mit einer
examinierten Kollegin und einer Praxisanleiterin, die extra f\u00fcr mich eingeteilt war.

Ich hatte mir die Nacht ruhig vorgestellt. Das war sie nicht. Ein Patient war verwirrt und wollte
immer wieder nach Hause, eine Patientin klingelte st\u00fcndlich, weil sie nicht schlafen konnte, und
gegen drei Uhr verschlechterte sich ein \u00e4lterer Herr so pl\u00f6tzlich, dass wir den Notfallarzt
rufen mussten. Ich durfte dabei sein, Werte messen, dokumentieren. Meine H\u00e4nde haben gezittert.

\u201eDu musst nicht alles wissen. Du musst nur wissen, wen du fragst\u201c, sagte meine
Praxisanleiterin Sunniva Berg, als wir um f\u00fcnf Uhr endlich kurz sa\u00dfen. Dieser Satz hat mir mehr
geholfen als jede Unterrichtseinheit zu Notfallsituationen. Er hat mir erlaubt, unsicher zu sein,
ohne mich daf\u00fcr zu sch\u00e4men.

Als ich morgens nach Hause fuhr, war ich m\u00fcde wie noch nie. Aber ich war auch stolz. Ich habe in
dieser Nacht verstanden, warum Menschen diesen Beruf jahrzehntelang aus\u00fcben, trotz allem. Ich
freue mich auf die n\u00e4chste.
"""

BUCH = """
Vierzig Pflegende aus Kliniken, Heimen und ambulanten Diensten erz\u00e4hlen in diesem Band von
Begegnungen, die sie nicht vergessen haben: vom ersten Todesfall in der Ausbildung, von einer
Hochzeit auf der Palliativstation, von N\u00e4chten, in denen alles schiefging, und von Momenten, die
alles aufwogen. Die Texte sind kurz, ehrlich und oft \u00fcberraschend komisch.

Herausgeberin Tanja Rieger, selbst Intensivpflegerin, hat die Beitr\u00e4ge behutsam redigiert und
ihnen ihre Eigenheiten gelassen. Im Vorwort schreibt sie: \u201eWer \u00fcber Pflege reden will, sollte
zuerst den Pflegenden zuh\u00f6ren.\u201c Genau das macht dieses Buch m\u00f6glich. Eine klare Empfehlung
f\u00fcr das Dienstzimmer, den Pausenraum und alle, die verstehen wollen, was dieser Beruf bedeutet.
"""


def page13(c):
    header(c, 13, "Junge Pflege \u00b7 Service")
    top = H - 52
    cw = (W - ML - MR - 26) / 3
    wide = 2 * cw + 13
    y = top
    y -= place(c, P("JUNGE PFLEGE", kicker), ML, y, wide)
    y -= place(c, P("Mein erster Nachtdienst", h_mid), ML, y, wide)
    y -= place(c, P("MIRA HOLZAPFEL", ParagraphStyle("caps", parent=byline, fontName="Sans-B",
                                                     fontSize=8.5, textColor=DARK)), ML, y, wide)
    # portrait
    c.setFillColor(GREY)
    c.rect(ML, y - 120, cw, 120, fill=1, stroke=0)
    hc = place(c, P("Mira Holzapfel macht ihre Ausbildung zur Pflegefachfrau in Rostock. "
                    "Foto: privat", cap), ML, y - 122, cw)
    story = paras(NACHT, body3)
    frames = [Frame(ML, 330, cw, y - 122 - hc - 4 - 330, 0, 0, 0, 0),
              Frame(ML + cw + 13, 330, cw, y - 330, 0, 0, 0, 0)]
    flow(c, frames, story)
    check_empty(story, "S. 13 Junge Pflege")
    # Buchtipp below
    yb = 318
    c.setStrokeColor(PLUM)
    c.setLineWidth(1)
    c.line(ML, yb + 4, ML + wide, yb + 4)
    st = [P("BUCHTIPP", kicker),
          P("Geschichten, die bleiben", h_small),
          P("Tanja Rieger (Hg.): \u201eZwischen den Schichten. Geschichten aus der Pflege\u201c. "
            "Verlag am Deich, Husum 2025, 236 Seiten, 22 Euro.",
            ParagraphStyle("bib", parent=small, fontName="Cond-I", spaceAfter=5))]
    st += paras(BUCH, body3)
    st.append(P("Rezension von Ole Christiansen", sign))
    flow(c, columns(ML, MB, ML + wide, yb - 4, 2), st)
    check_empty(st, "S. 13 Buchtipp")
    # Termine column 3
    x3 = ML + wide + 13
    term = [P("Termine", ParagraphStyle("th", parent=h_mid, fontSize=15, leading=18))]
    for d, t in [
        ("5. Mai", "Azubi-Stammtisch Hamburg, Caf\u00e9 Elbblick, 18 Uhr"),
        ("12. Mai", "Internationaler Tag der Pflegenden: Aktionen der Kampagne \u201ePflege "
                    "z\u00e4hlt\u201c in allen Landesverb\u00e4nden"),
        ("20. Mai", "Online-Seminar: Die neuen heilkundlichen Befugnisse im \u00dcberblick. "
                    "Referentin: Prof. Dr. Hanne \u00d8stergaard"),
        ("3. Juni", "Fachgruppe Community Health Nursing, digitales Treffen, 17 Uhr"),
        ("17.\u201319. Juni", "Bundeskongress Pflege, Leipzig"),
        ("26. Juni", "Mitgliederversammlung Landesverband Berlin-Brandenburg, Potsdam"),
        ("9. Sept.", "Fachtag Delirpr\u00e4vention, Hannover. Mit Luca Marchetti und Dr. Agnieszka "
                     "Nowicka"),
    ]:
        term.append(P("<font name='Cond-B' color='#c2185b'>%s</font><br/>%s" % (d, t), boxtext))
    term.append(Spacer(1, 4))
    term.append(P("Anmeldung und weitere Termine unter www.vpf-pflege.example/termine", small))
    c.setFillColor(MINT)
    c.rect(x3 - 6, MB, cw + 12, top - MB + 2, fill=1, stroke=0)
    f = Frame(x3, MB + 6, cw, top - MB - 10, 0, 0, 0, 0)
    fill(f, term, c)
    check_empty(term, "S. 13 Termine")
    footer(c, 13)


# ================================================================ S. 14 Impressum
def page14(c):
    header(c, 14, "Impressum \u00b7 Mitglied werden")
    top = H - 52
    cw = (W - ML - MR - 26) / 3
    # left two columns: become a member
    wide = 2 * cw + 13
    c.setFillColor(ROSE)
    c.rect(ML, top - 250, wide, 250, fill=1, stroke=0)
    st = [P("Mitglied werden", ParagraphStyle("mw", parent=h_big, textColor=white, fontSize=26)),
          P("Gemeinsam sind wir die st\u00e4rkste Stimme der Pflege. Als Mitglied im VPF erhalten "
            "Sie die PFLEGEPERSPEKTIVE sechsmal im Jahr, eine Berufshaftpflichtversicherung, "
            "kostenlose Rechtsberatung in arbeits- und berufsrechtlichen Fragen sowie "
            "verg\u00fcnstigte Fort- und Weiterbildungen.",
            ParagraphStyle("mwt", parent=body3, textColor=white, fontSize=9.5, leading=13)),
          P("Der Beitrag betr\u00e4gt f\u00fcr Pflegefachpersonen 14 Euro im Monat, f\u00fcr "
            "Auszubildende und Studierende 4 Euro. Jetzt online beitreten: "
            "www.vpf-pflege.example/mitglied",
            ParagraphStyle("mwt2", parent=body3, textColor=white, fontSize=9.5, leading=13))]
    f = Frame(ML + 14, top - 244, wide - 28, 236, 0, 0, 0, 0)
    fill(f, st, c)
    check_empty(st, "S. 14 Mitglied")
    c.setFillColor(GREY)
    c.rect(ML, MB + 40, wide, top - 270 - MB - 40, fill=1, stroke=0)
    place(c, P("Die n\u00e4chste Ausgabe erscheint im Juni 2026, Schwerpunkt: Pflege in der "
               "Hitze \u2013 Gesundheitsschutz f\u00fcr Patienten und Personal.",
               ParagraphStyle("nx", parent=cap, fontName="Cond-B", fontSize=8.5, leading=11)),
          ML, MB + 34, wide)
    # Impressum column 3
    x3 = ML + wide + 13
    rows = [
        ("Impressum", None),
        ("PFLEGEPERSPEKTIVE", "Mitgliedermagazin des Verbands der Pflegefachberufe e. V., "
                              "12. Jahrgang, Ausgabe 2/2026"),
        ("Herausgeber:", "Verband der Pflegefachberufe e. V. (VPF), Bundesgesch\u00e4ftsstelle, "
                         "Kastanienallee 48, 10119 Berlin, Telefon 030 000 44 71, "
                         "redaktion@vpf-pflege.example"),
        ("Chefredaktion:", "Katharina Wendt (kw)"),
        ("Redaktion:", "Markus Kellner (mk), Hanna Bergstr\u00f6m (hb), Tomasz Sadowski (ts)"),
        ("Freie Mitarbeit an dieser Ausgabe:", "Giulia Rossi (gr), Emre Ayd\u0131n"),
        ("V.i.S.d.P.:", "Dr. Friederike Albrecht, Pr\u00e4sidentin"),
        ("Titelfoto:", "Jonas Eberhardt"),
        ("Fotos:", "Lena Marquardt (S. 3, 6, 12), Jonas Eberhardt (S. 4, 5, 9), Tomasz Sadowski "
                   "(S. 10), privat (S. 2, 8, 13)"),
        ("Gestaltung:", "Studio Hafenkante, Hamburg"),
        ("Druck:", "Druckhaus Spreebogen GmbH, Berlin"),
        ("Anzeigen:", "anzeigen@vpf-pflege.example, es gilt die Preisliste Nr. 12"),
        ("Erscheinungsweise:", "sechsmal j\u00e4hrlich. Der Bezugspreis ist im Mitgliedsbeitrag "
                               "enthalten. Auflage: 38.500 Exemplare."),
        (None, "Namentlich gekennzeichnete Beitr\u00e4ge geben nicht unbedingt die Meinung der "
               "Redaktion oder des Verbands wieder. Mit K\u00fcrzel gezeichnete Beitr\u00e4ge stammen "
               "von den oben genannten Redaktionsmitgliedern. F\u00fcr unverlangt eingesandte "
               "Manuskripte und Fotos \u00fcbernehmen wir keine Haftung."),
    ]
    INLINE = ("Chefredaktion:", "Redaktion:", "V.i.S.d.P.:", "Titelfoto:", "Druck:",
              "Gestaltung:")
    st = []
    for k, v in rows:
        if v is None:
            st.append(P(k, ParagraphStyle("ih", parent=h_mid, fontSize=15, leading=18)))
        elif k is None:
            st.append(P(v, ParagraphStyle("impn", parent=imp, fontSize=7.2, leading=9.4)))
        elif k in INLINE:
            st.append(P("<font name='Cond-B'>%s</font> %s" % (k, v), imp))
        else:
            st.append(P(k, imp_h))
            st.append(P(v, imp))
    f = Frame(x3, MB, cw, top - MB, 0, 0, 0, 0)
    fill(f, st, c)
    check_empty(st, "S. 14 Impressum")
    footer(c, 14)


def main():
    c = canvas.Canvas(OUT, pagesize=A4, invariant=1)
    c.setTitle("PFLEGEPERSPEKTIVE 2/2026")
    for fn in [page1, page2, page3, page4, page5, page6, page7, page8, page9, page10,
               page11, page12, page13, page14]:
        fn(c)
        c.showPage()
    c.save()
    print("geschrieben:", OUT)


if __name__ == "__main__":
    main()
