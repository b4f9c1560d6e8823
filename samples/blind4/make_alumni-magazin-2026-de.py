# -*- coding: utf-8 -*-
"""Generator for the blind test magazine 'alumni-magazin-2026-de'.

Fictional alumni magazine "Brückenschlag" of the fictional Universität Altenbrück.
All people, organisations and texts are invented. Deterministic: no randomness, no clock.
Run with /work/writer-venv/bin/python make_alumni-magazin-2026-de.py
"""
import os

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable, Frame, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.fonts import addMapping

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "alumni-magazin-2026-de.pdf")
FONTDIR = "/usr/share/fonts/truetype/dejavu/"

# ---------------------------------------------------------------- fonts
for name, fn in [
    ("Sans", "DejaVuSans.ttf"), ("Sans-B", "DejaVuSans-Bold.ttf"),
    ("Sans-I", "DejaVuSans-Oblique.ttf"), ("Sans-BI", "DejaVuSans-BoldOblique.ttf"),
    ("Serif", "DejaVuSerif.ttf"), ("Serif-B", "DejaVuSerif-Bold.ttf"),
    ("Serif-I", "DejaVuSerif-Italic.ttf"), ("Serif-BI", "DejaVuSerif-BoldItalic.ttf"),
    ("Cond", "DejaVuSansCondensed.ttf"), ("Cond-B", "DejaVuSansCondensed-Bold.ttf"),
]:
    pdfmetrics.registerFont(TTFont(name, FONTDIR + fn))
for fam in ("Sans", "Serif"):
    addMapping(fam, 0, 0, fam)
    addMapping(fam, 1, 0, fam + "-B")
    addMapping(fam, 0, 1, fam + "-I")
    addMapping(fam, 1, 1, fam + "-BI")
addMapping("Cond", 0, 0, "Cond")
addMapping("Cond", 1, 0, "Cond-B")
addMapping("Cond", 0, 1, "Cond")
addMapping("Cond", 1, 1, "Cond-B")

# ---------------------------------------------------------------- colours
PETROL = HexColor("#0f5a6b")
SAND = HexColor("#efe7d8")
GREY = HexColor("#b9bcbf")
DARK = HexColor("#222222")
MID = HexColor("#5c6166")
ORANGE = HexColor("#d2691e")

W, H = A4
ML, MR = 44, 44
TOP = H - 70
BOT = 60

# ---------------------------------------------------------------- styles
def S(name, **kw):
    base = dict(fontName="Serif", fontSize=9.2, leading=12.6, textColor=DARK,
                alignment=TA_LEFT, spaceAfter=5)
    base.update(kw)
    return ParagraphStyle(name, **base)

BODY = S("body")
BODY_FIRST = S("bodyfirst")
BODYI = S("bodyi", fontName="Serif-I")
SIGN_R = S("signr", fontName="Serif-I", alignment=TA_RIGHT, spaceBefore=2, spaceAfter=10)
SIGN = S("sign", fontName="Sans", fontSize=8.6, leading=11.5, alignment=TA_LEFT, spaceAfter=2)
LEAD = S("lead", fontName="Sans-B", fontSize=11.2, leading=15.2, alignment=TA_LEFT, spaceAfter=8)
LEAD_S = S("leads", fontName="Sans-B", fontSize=9.6, leading=13, alignment=TA_LEFT, spaceAfter=6)
BYLINE = S("byline", fontName="Sans", fontSize=8.2, leading=11, alignment=TA_LEFT,
           textColor=MID, spaceAfter=10)
KICKER = S("kicker", fontName="Sans-B", fontSize=8.5, leading=11, textColor=ORANGE,
           alignment=TA_LEFT, spaceAfter=3)
H1 = S("h1", fontName="Sans-B", fontSize=30, leading=33, alignment=TA_LEFT, textColor=PETROL,
       spaceAfter=8)
H2 = S("h2", fontName="Sans-B", fontSize=17, leading=20, alignment=TA_LEFT, textColor=PETROL,
       spaceAfter=5)
H3 = S("h3", fontName="Sans-B", fontSize=12.5, leading=15, alignment=TA_LEFT, textColor=DARK,
       spaceAfter=3)
H4 = S("h4", fontName="Sans-B", fontSize=9.8, leading=12.5, alignment=TA_LEFT, textColor=PETROL,
       spaceBefore=4, spaceAfter=3)
SUB = S("sub", fontName="Sans", fontSize=8.2, leading=10.5, textColor=MID, alignment=TA_LEFT,
        spaceAfter=5)
CAP = S("cap", fontName="Sans", fontSize=7.2, leading=9.2, textColor=MID, alignment=TA_LEFT,
        spaceBefore=2, spaceAfter=9)
PULL = S("pull", fontName="Serif-BI", fontSize=15.5, leading=20, textColor=PETROL,
         alignment=TA_LEFT, spaceAfter=3)
PULL_WHO = S("pullwho", fontName="Sans", fontSize=8, leading=10.5, textColor=MID,
             alignment=TA_LEFT, spaceAfter=0)
BOX = S("box", fontName="Sans", fontSize=8.2, leading=11, alignment=TA_LEFT, spaceAfter=4)
BOXH = S("boxh", fontName="Sans-B", fontSize=9.5, leading=12, alignment=TA_LEFT,
         textColor=PETROL, spaceAfter=4)
TOC = S("toc", fontName="Sans", fontSize=8.6, leading=11.4, alignment=TA_LEFT, spaceAfter=7)
IMP = S("imp", fontName="Sans", fontSize=8.4, leading=11.6, alignment=TA_LEFT, spaceAfter=5)
Q_NAME = "Sans-B"


def P(text, style=BODY):
    return Paragraph(text, style)


def paras(block, style=BODY):
    return [P(t.strip(), style) for t in block.strip().split("\n\n")]


# ---------------------------------------------------------------- flowables
class Photo(Flowable):
    """Grey placeholder for a photograph."""

    def __init__(self, height, width=None, tone=0):
        Flowable.__init__(self)
        self.h = height
        self.w0 = width
        self.tone = tone

    def wrap(self, aw, ah):
        self.w = self.w0 if self.w0 else aw
        return self.w, self.h

    def draw(self):
        c = self.canv
        base = 0.70 + 0.05 * (self.tone % 3)
        c.setFillColor(Color(base, base, base + 0.01))
        c.rect(0, 0, self.w, self.h, fill=1, stroke=0)
        c.setFillColor(Color(base - 0.12, base - 0.12, base - 0.11))
        p = c.beginPath()
        p.moveTo(0, 0)
        p.lineTo(self.w * 0.28, self.h * 0.45)
        p.lineTo(self.w * 0.45, self.h * 0.25)
        p.lineTo(self.w * 0.7, self.h * 0.6)
        p.lineTo(self.w, self.h * 0.2)
        p.lineTo(self.w, 0)
        p.close()
        c.drawPath(p, fill=1, stroke=0)
        c.setFillColor(Color(base + 0.12, base + 0.12, base + 0.1))
        c.circle(self.w * 0.78, self.h * 0.78, min(self.w, self.h) * 0.08, fill=1, stroke=0)


class Rule(Flowable):
    def __init__(self, color=PETROL, thick=1.2, space=4):
        Flowable.__init__(self)
        self.color, self.thick, self.space = color, thick, space

    def wrap(self, aw, ah):
        self.w = aw
        return aw, self.thick + 2 * self.space

    def draw(self):
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(self.thick)
        self.canv.line(0, self.space, self.w, self.space)


def box(flows, width, bg=SAND, pad=8):
    t = Table([[flows]], colWidths=[width])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return t


def pull(text, who, width):
    t = Table([[[P(text, PULL), P(who, PULL_WHO)]]], colWidths=[width])
    t.setStyle(TableStyle([
        ("LINEABOVE", (0, 0), (-1, 0), 2, ORANGE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, ORANGE),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]))
    return t


# ---------------------------------------------------------------- page frame helpers
def frames(n, x0=ML, x1=W - MR, top=TOP, bot=BOT, gap=14):
    w = (x1 - x0 - (n - 1) * gap) / n
    return [Frame(x0 + i * (w + gap), bot, w, top - bot, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, showBoundary=0) for i in range(n)]


def colw(n, x0=ML, x1=W - MR, gap=14):
    return (x1 - x0 - (n - 1) * gap) / n


def fill(c, frs, story, page):
    story = list(story)
    for f in frs:
        while story:
            head = story[0]
            if f.add(head, c, trySplit=0):
                del story[0]
                continue
            parts = f.split(head, c)
            if len(parts) >= 2 and f.add(parts[0], c, trySplit=0):
                story[0:1] = parts[1:]
            break
        if not story:
            break
    if os.environ.get("FILLDEBUG"):
        print("page %d: free heights %s" % (page, [round(f._y - f._y1) for f in frs]))
    if story:
        raise SystemExit("overflow on page %d: %d flowables left (%r)" % (
            page, len(story), type(story[0]).__name__ + " " + str(story[0].wrap(frs[0]._aW, 1000)) + " " + str(getattr(story[0], "getPlainText", lambda: "")())[:80]))


def chrome(c, page, rubric=None):
    """Running head (rubric) and footer with the printed page number."""
    c.setFillColor(PETROL)
    c.rect(0, H - 26, W, 26, fill=1, stroke=0)
    if rubric:
        c.setFillColor(white)
        c.setFont("Sans-B", 8.5)
        if page % 2 == 0:
            c.drawString(ML, H - 17, rubric)
        else:
            c.drawRightString(W - MR, H - 17, rubric)
    c.setStrokeColor(GREY)
    c.setLineWidth(0.5)
    c.line(ML, 44, W - MR, 44)
    c.setFillColor(MID)
    c.setFont("Sans", 7.5)
    if page % 2 == 0:
        c.setFont("Sans-B", 9)
        c.drawString(ML, 31, str(page))
        c.setFont("Sans", 7.5)
        c.drawString(ML + 22, 31, "Brückenschlag 1 | 2026")
    else:
        c.drawRightString(W - MR - 22, 31, "Das Alumni-Magazin der Universität Altenbrück")
        c.setFont("Sans-B", 9)
        c.drawRightString(W - MR, 31, str(page))


# ================================================================ PAGES
def page1(c):
    c.setFillColor(PETROL)
    c.rect(0, 0, W, H, fill=1, stroke=0)
    c.setFillColor(white)
    c.setFont("Sans-B", 46)
    c.drawString(ML, H - 95, "Brückenschlag")
    c.setFont("Sans", 11)
    c.drawString(ML, H - 117, "Das Alumni-Magazin der Universität Altenbrück")
    c.setFont("Sans-B", 11)
    c.drawRightString(W - MR, H - 117, "Ausgabe 1 | 2026 · Nr. 31")
    ph = Photo(470, W - 2 * ML, tone=1)
    ph.wrapOn(c, W - 2 * ML, 470)
    ph.drawOn(c, ML, 250)
    c.saveState()
    c.setFillColor(white)
    c.setFont("Sans", 6.5)
    c.translate(W - MR + 10, 252)
    c.rotate(90)
    c.drawString(0, 0, "Titelfoto: Sven Ekholm")
    c.restoreState()
    st_h = S("coverh", fontName="Sans-B", fontSize=34, leading=37, textColor=white)
    st_l = S("coverl", fontName="Sans", fontSize=12.5, leading=16.5, textColor=white,
             alignment=TA_LEFT)
    st_t = S("covert", fontName="Sans", fontSize=9.5, leading=12.5, textColor=white,
             alignment=TA_LEFT, spaceAfter=8)
    f = Frame(ML, 120, W - 2 * ML, 122, leftPadding=0, rightPadding=0, topPadding=6,
              bottomPadding=0)
    fill(c, [f], [
        P("Die Stadt als Schwamm", st_h),
        P("Wie Forschende und Alumni aus Altenbrück den Regen zurück in die Stadt holen – "
          "und warum Hitze und Hochwasser zwei Seiten derselben Frage sind", st_l),
    ], 1)
    c.setStrokeColor(white)
    c.line(ML, 112, W - MR, 112)
    fl = frames(3, top=104, bot=30)
    fill(c, fl, [
        P("<b>Wo sind sie heute?</b><br/>Vier Lebenswege nach dem Abschluss – von der "
          "Satellitensteuerung bis zur Backstube", st_t),
        P("<b>Im Gespräch</b><br/>Die neue Vizepräsidentin Yuki Tanabe-Richter über "
          "Partnerschaften, Sprachen und Tischgespräche", st_t),
        P("<b>Forschung kompakt &amp; Buchtipps</b><br/>Zugvögel, Urkunden, Mikroplastik – "
          "und Lesestoff aus der Alumni-Gemeinschaft", st_t),
    ], 1)


def page2(c):
    chrome(c, 2, "INHALT · GRUSSWORT")
    # contents column
    left = Frame(ML, BOT, 150, TOP - BOT, leftPadding=0, rightPadding=0, topPadding=0,
                 bottomPadding=0)
    toc = [
        P("Inhalt", H2), Rule(ORANGE, 1.5, 3), Spacer(1, 4),
        P("<b>03</b>  Campus kompakt<br/>Lernzentrum, Stipendien, Chorreise – und Post an "
          "die Redaktion", TOC),
        P("<b>04</b>  TITELTHEMA<br/><b>Die Stadt als Schwamm</b><br/>Wie Altenbrück den "
          "Regen festhalten will. Von Friederike Langenscheidt", TOC),
        P("<b>08</b>  Wo sind sie heute?<br/>Vier Alumni, vier Wege", TOC),
        P("<b>10</b>  Im Gespräch<br/>Yuki Tanabe-Richter, Vizepräsidentin für "
          "Internationales, über lebendige Partnerschaften", TOC),
        P("<b>12</b>  Forschung kompakt<br/>Neues aus den Fakultäten", TOC),
        P("<b>13</b>  Buchtipps<br/>Neuerscheinungen von Alumni und Lehrenden", TOC),
        P("<b>14</b>  Impressum", TOC),
        Spacer(1, 12),
        Photo(250, tone=2),
        P("Die Weststadt von oben: Hier misst das Projekt zur Schwammstadt seit 2022 "
          "Bodenfeuchte und Abfluss.", CAP),
    ]
    fill(c, [left], toc, 2)
    c.setStrokeColor(GREY)
    c.line(ML + 162, BOT, ML + 162, TOP)
    x0 = ML + 176
    fr = frames(2, x0=x0, top=TOP, gap=14)
    cw = colw(2, x0=x0)
    grus = [
        P("GRUSSWORT", KICKER),
        P("Verbunden bleiben – über alle Grenzen hinweg", H2),
        Photo(150, tone=0),
        P("Prof. Dr. Matthias Brandhorst im Lichthof des Hauptgebäudes. "
          "Foto: Uwe Marckwardt", CAP),
    ] + paras("""
Liebe Alumnae und Alumni, liebe Freundinnen und Freunde der Universität Altenbrück,

als ich im vergangenen Herbst die Absolventenfeier im Audimax eröffnete, saßen dort mehr als neunhundert junge Menschen, die ihren Abschluss feierten – und in den hinteren Reihen ihre Eltern, Großeltern und manchmal schon die eigenen Kinder. Mir wurde an diesem Abend wieder bewusst, wie viele Lebensgeschichten mit unserer Universität verbunden sind. Sie, liebe Leserinnen und Leser, gehören dazu, ganz gleich, ob Ihr Examen zwei oder vierzig Jahre zurückliegt.

Das Titelthema dieser Ausgabe führt zu einer Frage, die Städte überall in Europa umtreibt: Wohin mit dem Wasser, wenn es zu viel oder zu wenig davon gibt? Am Institut für Wasserbau und Siedlungswasserwirtschaft arbeiten Forschende seit Jahren daran, Regen dort zu halten, wo er fällt. Dass einige unserer Alumni diese Ideen heute in den Rathäusern umsetzen, freut mich besonders. Es zeigt, dass Wissen aus Altenbrück nicht im Labor bleibt.

Internationalität ist für eine Universität unserer Größe kein Luxus, sondern eine Voraussetzung. Mit Prof. Dr. Yuki Tanabe-Richter haben wir eine Vizepräsidentin gewonnen, die selbst zwischen zwei Wissenschaftskulturen aufgewachsen ist. Im Gespräch in diesem Heft erklärt sie, warum sie Partnerschaften lieber klein und lebendig als groß und leer hält.

Eine Studentin schrieb mir nach der Absolventenfeier eine kurze Nachricht: „Ich gehe jetzt nach Lissabon, aber ich nehme Altenbrück mit.“ Schöner lässt sich kaum sagen, was ein Alumni-Netzwerk ausmacht. Ich lade Sie herzlich ein, beim Alumni-Tag am 20. Juni wieder einmal vorbeizuschauen – die Mensa hat sich verändert, die Aussicht vom Bibliotheksturm nicht.

Ein Wort in eigener Sache: Von dieser Ausgabe an erscheint Brückenschlag auf Recyclingpapier und in einem neuen Layout. Wer das Magazin lieber digital liest, kann die gedruckte Ausgabe mit wenigen Klicks abbestellen. Ihre Rückmeldungen zu beidem sind uns jederzeit willkommen.

Ich wünsche Ihnen eine anregende Lektüre und freue mich auf ein Wiedersehen auf dem Campus.
""") + [
        Spacer(1, 4),
        P("Ihr", SIGN),
        P("<b>Prof. Dr. Matthias Brandhorst</b>", SIGN),
        P("Präsident", SIGN),
    ]
    fill(c, fr, grus, 2)


def page3(c):
    chrome(c, 3, "CAMPUS KOMPAKT")
    c.setFillColor(PETROL)
    c.setFont("Sans-B", 22)
    c.drawString(ML, TOP - 18, "Campus kompakt")
    c.setFillColor(MID)
    c.setFont("Sans", 9)
    c.drawString(ML, TOP - 34, "Neuigkeiten aus der Universität Altenbrück")
    top = TOP - 48
    fr = frames(3, top=top)
    cw = colw(3)
    news = [
        Photo(85, tone=2),
        P("Lesesaal im neuen Lernzentrum. Foto: Uwe Marckwardt", CAP),
        P("Lernzentrum am Mühlgraben eröffnet", H3),
    ] + paras("""
Nach drei Jahren Bauzeit ist das Lernzentrum am Mühlgraben im Januar eröffnet worden. Das ehemalige Lagerhaus einer Tuchfabrik bietet auf vier Etagen 640 Arbeitsplätze, zwölf Gruppenräume und eine Dachterrasse, die im Sommer als Lesegarten dient. Geöffnet ist das Haus täglich bis Mitternacht.

„Wir haben nicht einfach Tische aufgestellt, sondern gefragt, wie Studierende heute tatsächlich lernen“, sagte Kanzlerin Dr. Beate Lorenzen-Kraus bei der Eröffnung. Die Antwort fiel überraschend aus: Gewünscht wurden vor allem ruhige Einzelplätze – und mehr Steckdosen.
""") + [P("<i>Merve Kaya</i>", SIGN_R),
        Rule(GREY, 0.6, 3),
        P("Stipendien: Rekord dank Alumni", H3),
    ] + paras("""
So viele Stipendien wie nie zuvor: Im laufenden Studienjahr erhalten 212 Studierende der Universität Altenbrück ein Deutschlandstipendium. Die Hälfte der Mittel kommt von Unternehmen und Stiftungen aus der Region, die andere Hälfte vom Bund. Erstmals hat sich auch der Alumni-Fonds mit zwanzig Stipendien beteiligt.

Möglich wurde das durch mehr als 1.400 Einzelspenden von Ehemaligen, viele davon unter hundert Euro. Wer sich beteiligen möchte, findet alle Informationen auf der Website des Alumni-Netzwerks.
""") + [P("– Friedrich Oltmanns", SIGN_R),
        Rule(GREY, 0.6, 3),
        P("Universitätschor singt in Kraków", H3),
    ] + paras("""
Zum ersten Mal seit zehn Jahren geht der Universitätschor wieder auf Reise. Im Mai singen die 58 Sängerinnen und Sänger gemeinsam mit dem Chor der Jagiellonen-Universität in der Marienkirche in Kraków. Auf dem Programm stehen Josef Rheinbergers „Abendlied“ und der mittelalterliche Hymnus „Gaude Mater Polonia“, den beide Chöre gemeinsam einstudieren.

Chorleiterin Dorota Wiśniewska, selbst in Kraków geboren, hat die Partnerschaft eingefädelt. „Musik ist die einzige Sprache, in der beide Chöre sofort fließend sind“, sagt sie. Geprobt wurde bisher per Videokonferenz, im April treffen sich die Chöre zu einem gemeinsamen Probenwochenende in Altenbrück.
""") + [P("<i>Merve Kaya</i>", SIGN_R),
        Photo(80, tone=0),
        P("Probe in der Aula. Foto: Uwe Marckwardt", CAP),
        Rule(GREY, 0.6, 3),
        P("Neuer Alumni-Stammtisch in Singapur", H3),
    ] + paras("""
Altenbrück ist jetzt auch in Südostasien vertreten: Sieben Ehemalige haben in Singapur einen Alumni-Stammtisch gegründet, der sich jeden ersten Donnerstag im Monat trifft. Initiiert hat ihn ein Maschinenbauer, der seit zwölf Jahren in der Stadt lebt. Damit gibt es weltweit 23 Regionalgruppen, von Reykjavík bis Melbourne. Die Kontakte vermittelt das Alumni-Büro.
""") + [P("Ewa Sadowska", SIGN_R)]
    # letters box at the end of column 3
    letters = [
        P("Post an die Redaktion", BOXH),
        P("<b>Zu „Die Bibliothek der Zukunft“, Brückenschlag 2 | 2025</b>", BOX),
        P("Ihr Beitrag über die Universitätsbibliothek hat mich an meine eigene Studienzeit "
          "erinnert, als wir noch mit Karteikarten und Bleistift durch die Magazine zogen. "
          "Der Satz von Bibliotheksdirektor Harald Quenstedt, „Bücher sind keine Möbel, "
          "sondern Einladungen“, hängt jetzt über meinem Schreibtisch. Machen Sie weiter so!",
          BOX),
        P("<i>Dr. Wolfgang Eichinger, Physik (Diplom 1979), Regensburg</i>", BOX),
        Spacer(1, 3),
        P("Als Lehrerin freue ich mich über jede Ausgabe. Ein Wunsch: Berichten Sie doch "
          "einmal über die Lehramtsausbildung, die sich seit meinem Examen sehr verändert "
          "haben dürfte.", BOX),
        P("<i>Sabine Tran-Huber, Lehramt Gymnasium (2002), Freiburg</i>", BOX),
        Spacer(1, 3),
        P("<b>Zum Porträt „Ein Leben für die Botanik“, Brückenschlag 2 | 2025</b>", BOX),
        P("Mit großer Freude habe ich den Beitrag über meine frühere Lehrerin gelesen. Dass "
          "die Exkursionen in den Harz erwähnt wurden, hat mich besonders berührt – ich habe "
          "dort zum ersten Mal eine Orchidee in freier Natur gesehen.", BOX),
        P("<i>Stefano Marchetti, Biologie (Diplom 1995), Bozen</i>", BOX),
    ]
    news.append(Spacer(1, 6))
    news.append(box(letters, cw))
    fill(c, fr, news, 3)


# ---------------------------------------------------------------- Titelthema 4-7
RUB_T = "TITELTHEMA  ·  DIE STADT ALS SCHWAMM"


def page4(c):
    chrome(c, 4, RUB_T)
    ph = Photo(300, W - ML - MR, tone=0)
    ph.wrapOn(c, W, H)
    ph.drawOn(c, ML, TOP - 300)
    cap = Frame(ML, TOP - 322, W - ML - MR, 20, leftPadding=0, rightPadding=0, topPadding=0,
                bottomPadding=0)
    fill(c, [cap], [P("Nach dem Gewitter: Der Marktplatz von Altenbrück steht unter Wasser, "
                       "während die Kanäle überlaufen.", CAP)], 4)
    top = TOP - 330
    head = Frame(ML, top - 150, W - ML - MR, 150, leftPadding=0, rightPadding=0,
                 topPadding=0, bottomPadding=0)
    fill(c, [head], [
        P("TITELTHEMA", KICKER),
        P("Die Stadt als Schwamm", H1),
        P("Hitzesommer, Starkregen, ausgetrocknete Stadtbäume: Am Institut für Wasserbau und "
          "Siedlungswasserwirtschaft suchen Forschende nach Wegen, Regen dort zu halten, wo "
          "er fällt. Einige ihrer früheren Studierenden setzen die Ideen längst in den "
          "Rathäusern um.", LEAD),
        P("Text: Friederike Langenscheidt | Fotos: Sven Ekholm", BYLINE),
    ], 4)
    fr = frames(3, top=top - 152)
    fill(c, fr, paras("""
Wer an einem Julinachmittag über den Marktplatz von Altenbrück geht, spürt, was Stadtklimatologen mit dem Wort Wärmeinsel meinen. Das Pflaster speichert die Hitze des Tages, die Fassaden strahlen sie zurück, und die wenigen Platanen am Rand werfen einen Schatten, der kaum bis zur Mitte reicht. Drei Wochen später, nach einem Gewitter, steht an derselben Stelle das Wasser knöcheltief, weil die Kanäle die Menge nicht fassen.

Zwischen diesen beiden Bildern liegt das Arbeitsfeld von Okan Yıldırım. Der Professor für Siedlungswasserwirtschaft forscht seit gut fünfzehn Jahren daran, wie Städte mit Regen umgehen. „Wir haben hundert Jahre lang gelernt, Wasser so schnell wie möglich loszuwerden. Jetzt müssen wir lernen, es festzuhalten“, sagt Okan Yıldırım. Sein Büro im dritten Stock des Ingenieurgebäudes ist vollgestellt mit Bodenproben in Einmachgläsern, auf der Fensterbank wächst Moos in einer flachen Schale.

Das Prinzip, für das sich international der Begriff Schwammstadt eingebürgert hat, ist schnell erklärt. Statt Regenwasser über versiegelte Flächen in die Kanalisation zu leiten, soll es versickern, verdunsten oder gespeichert werden: in Mulden und Rigolen, auf begrünten Dächern, unter Baumscheiben mit mehr Wurzelraum.
"""), 4)



def page5(c):
    chrome(c, 5, RUB_T)
    fr = frames(3)
    cw = colw(3)
    story = paras("""
Die Umsetzung ist weniger einfach. Jede Straße hat andere Leitungen im Untergrund, jeder Boden nimmt Wasser anders auf, und jede Behörde hat eigene Zuständigkeiten. Was in Kopenhagen oder Rotterdam funktioniert, lässt sich nicht eins zu eins auf eine Mittelstadt mit Lehmböden und engen Altstadtgassen übertragen.

Genau hier setzt das Forschungsprojekt „RegenRaum“ an, das die Universität gemeinsam mit drei Kommunen und einem Ingenieurbüro betreibt. Seit 2022 messen Sensoren in zwölf Straßen der Altenbrücker Weststadt Bodenfeuchte, Lufttemperatur und Abfluss. Die Daten laufen in einem Modell zusammen, das vorhersagen soll, welche Maßnahme an welchem Ort den größten Nutzen bringt.

„Wir haben drei Sommer lang gemessen und am Anfang kaum etwas verstanden.“ So beschreibt Lucia Bertolini die ersten Jahre des Projekts. Die Doktorandin aus Bologna kam für ihren Master nach Altenbrück und blieb. Heute betreut sie das Messnetz und verbringt, wie sie lachend erzählt, mehr Zeit in Schächten als am Schreibtisch.

Das Messnetz ist bewusst einfach gehalten. Die Sensoren stecken in Kunststoffrohren einen halben Meter tief im Boden und funken ihre Werte alle zehn Minuten an einen Empfänger auf dem Dach der Grundschule. Die Batterien halten etwa zwei Jahre. Kaputt gehen die Geräte trotzdem regelmäßig, meist durch Baumaschinen, gelegentlich durch neugierige Hunde.
""") + [
        Photo(150, tone=1),
        P("Lucia Bertolini prüft einen Bodenfeuchtesensor in der Weststadt. "
          "Foto: Sven Ekholm", CAP),
    ] + paras("""
Der Durchbruch kam, als das Team begann, die Messwerte nicht mehr Straße für Straße, sondern nach Bodentypen zu sortieren. Auf einmal zeigte sich, dass zwei Straßen mit ähnlichem Pflaster völlig unterschiedlich reagierten, weil unter der einen ein alter Bachlauf verfüllt worden war. „Plötzlich ergaben die Kurven einen Sinn“, sagt sie.

Für Yıldırım ist diese Verbindung von Grundlagenforschung und Praxis das Besondere an seinem Fach. Er erinnert sich an seine eigene Studienzeit in Ankara, als Siedlungswasserwirtschaft vor allem aus Rohrdimensionierung bestand. „Damals hat niemand gefragt, ob ein Baum Durst hat“, sagt er. Heute gehören Vegetationskunde und Stadtplanung selbstverständlich zum Lehrplan, ebenso Seminare, in denen Studierende mit Anwohnerinnen und Anwohnern über Entsiegelungspläne diskutieren.

Die Studierenden nehmen das Angebot an. Der Masterstudiengang Wasser und Stadt, 2019 eingeführt, ist inzwischen einer der gefragtesten der Fakultät. Viele Absolventinnen und Absolventen gehen in Ingenieurbüros, einige in die Forschung, eine wachsende Zahl in die Verwaltung. Dort, sagt Yıldırım, werde über den Erfolg der Schwammstadt am Ende entschieden.

Dass die Verbindung zwischen Hochschule und Praxis funktioniert, liegt auch an den kurzen Wegen. Das Rathaus ist vom Institut aus zu Fuß in zehn Minuten zu erreichen, und einige der wichtigsten Gesprächspartner in der Verwaltung haben selbst einmal in den Hörsälen am Schlossplatz gesessen.
""") + [
        Spacer(1, 4),
        box([
            P("Das Prinzip Schwammstadt", BOXH),
            P("<b>Versickern:</b> Regen gelangt über Mulden, Rigolen und durchlässige Beläge "
              "ins Grundwasser.", BOX),
            P("<b>Verdunsten:</b> Gründächer und Stadtbäume geben Wasser an die Luft ab und "
              "kühlen ihre Umgebung.", BOX),
            P("<b>Speichern:</b> Zisternen und Baumrigolen halten Wasser für trockene "
              "Wochen zurück.", BOX),
            P("<b>Entlasten:</b> Bei Starkregen werden Kanäle und Kläranlagen weniger "
              "stark belastet.", BOX),
        ], cw),
        Spacer(1, 10),
        Photo(190, tone=0),
        P("Messstation auf dem Dach der Grundschule am Mühlbach: Hier laufen die Daten aus "
          "zwölf Straßen zusammen. Foto: Sven Ekholm", CAP),
    ]
    fill(c, fr, story, 5)


def page6(c):
    chrome(c, 6, RUB_T)
    fr = frames(3)
    cw = colw(3)
    story = [P("Vom Hörsaal ins Rathaus", H2)] + paras("""
Eine von ihnen ist Marit Solberg. Die gebürtige Norwegerin studierte Bauingenieurwesen in Altenbrück, promovierte 2014 bei Yıldırım über Versickerung in Lehmböden und leitet heute die Stadtentwässerung ihrer Wahlheimat. Marit Solberg sagt: „Im Studium dachte ich, die schwierigste Aufgabe sei die Hydraulik. Heute weiß ich, dass es die Abstimmung zwischen sieben Ämtern ist.“

Seit ihrem Amtsantritt hat die Stadt mehr als vierzig Schulhöfe, Parkplätze und Straßenränder entsiegelt. Auf dem Gelände der Grundschule am Mühlbach, früher eine Asphaltfläche mit zwei Basketballkörben, wachsen heute Felsenbirnen und Weiden. Bei Starkregen läuft das Wasser in eine flache Mulde, die an trockenen Tagen als Bolzplatz dient. Die Kinder nennen sie den „Teich“, auch wenn sie meistens trocken ist.
""") + [
        Spacer(1, 4),
        pull("„Jeder Quadratmeter, den wir entsiegeln, ist ein kleiner Sieg.“",
             "Marit Solberg, Leiterin der Stadtentwässerung Altenbrück", cw),
        Spacer(1, 8),
    ] + paras("""
Solberg verschweigt nicht, dass vieles langsamer geht, als ihr lieb wäre. Förderprogramme laufen aus, Baufirmen sind auf Monate ausgebucht, und nicht jeder Anwohner freut sich über eine Mulde vor dem Haus, wo früher ein Parkplatz war. Dennoch ist sie überzeugt, dass sich der Aufwand lohnt. „Die Frage ist nicht, ob der nächste Starkregen kommt, sondern wann“, sagt sie.

Hilfreich sei der enge Draht zur Universität. Wenn in der Verwaltung eine Frage auftaucht, ruft sie nicht selten direkt bei ihren früheren Kolleginnen und Kollegen an. Umgekehrt liefert die Stadt dem Projekt „RegenRaum“ Daten aus dem Kanalnetz, die sonst kaum zugänglich wären.
""") + [
        Photo(165, tone=2),
        P("Die Mulde an der Grundschule am Mühlbach – bei trockenem Wetter ein Bolzplatz, "
          "bei Starkregen ein Rückhaltebecken. Foto: Sven Ekholm", CAP),
    ] + paras("""
In einem gemeinsamen Aufsatz mit dem Titel „Infiltration Capacity of Urban Clay Soils under Climate Stress“ haben Solberg, Bertolini und Yıldırım im vergangenen Jahr erste Ergebnisse veröffentlicht. Die wichtigste Erkenntnis klingt unspektakulär: Auch schwere Lehmböden nehmen deutlich mehr Wasser auf als gedacht, wenn man sie nicht verdichtet. Für die Praxis heißt das, dass Baustellenfahrzeuge künftig nicht mehr über jede Grünfläche rollen dürfen.

Solberg hat diese Regel inzwischen in die Ausschreibungen der Stadt aufgenommen. Es ist eine kleine Zeile im Vertrag, aber sie zeigt, wie Forschung in die Verwaltung wandert: nicht als großer Wurf, sondern Paragraf für Paragraf.

Bis die Regel überall gilt, wird es dauern. In vielen Ausschreibungen stehen noch Vorgaben aus einer Zeit, in der es vor allem darum ging, Flächen schnell und billig zu befestigen. Solberg und ihr Team gehen sie nacheinander durch, Amt für Amt. Für die Grünflächenämter ist das ungewohnt, für die Tiefbauer auch.

Unterstützung bekommt sie aus einer Richtung, mit der sie anfangs nicht gerechnet hatte: von den Schulen. Seit die Mulde am Mühlbach angelegt wurde, haben sich zwölf weitere Schulen gemeldet, die ihre Höfe ebenfalls umgestalten möchten. Die Eltern packen bei den Pflanzaktionen mit an, die Kinder messen mit einfachen Regenmessern, wie viel Wasser im Schulgarten ankommt. Ihre Daten landen, sauber in Tabellen eingetragen, im Postfach von Lucia Bertolini.
""") + [
        Photo(120, tone=1),
        P("Pflanzaktion auf dem Schulhof am Mühlbach.", CAP),
        Spacer(1, 6),
        box([
            P("Schwammstädte in Europa", BOXH),
            P("<b>Kopenhagen</b> beschloss nach einem verheerenden Wolkenbruch im Juli 2011 "
              "einen Plan, der Straßen und Parks gezielt als Notwasserwege nutzt.", BOX),
            P("<b>Rotterdam</b> hat Wasserplätze gebaut: Sport- und Spielflächen, die sich bei "
              "Starkregen in Rückhaltebecken verwandeln.", BOX),
            P("<b>Berlin</b> verlangt bei Neubauquartieren, dass Regenwasser möglichst "
              "vollständig auf dem eigenen Grundstück bleibt.", BOX),
            P("<b>Altenbrück</b> hat seit 2021 mehr als vierzig Flächen entsiegelt und "
              "erprobt neue Baumstandorte in der Weststadt.", BOX),
        ], cw),
    ]
    fill(c, fr, story, 6)


def page7(c):
    chrome(c, 7, RUB_T)
    fr = frames(3)
    cw = colw(3)
    story = [P("Was Alumni beitragen können", H2)] + paras("""
Nicht alle, die sich für die Schwammstadt einsetzen, sind Ingenieure. Der Landschaftsarchitekt Benedikt Ausserhofer, Abschluss 2008, hat mit seinem Büro in Innsbruck ein Verfahren entwickelt, mit dem sich Baumstandorte unter Gehwegen vergrößern lassen, ohne die Leitungen darunter zu gefährden. Als er von dem Projekt in Altenbrück las, meldete er sich beim Institut. Inzwischen testen beide Seiten das Verfahren in zwei Straßen der Weststadt.

Die Zusammenarbeit kam über das Alumni-Netzwerk zustande, und sie ist kein Einzelfall. „Unsere Ehemaligen sitzen an Stellen, an die wir als Forschende sonst schwer herankommen“, sagt Okan Yıldırım. Deshalb lädt das Institut einmal im Jahr zu einem Praxistag ein, bei dem Alumni aus Verwaltung und Planungsbüros ihre offenen Fragen mitbringen. Aus den Gesprächen entstehen Abschlussarbeiten, manchmal ganze Projekte.

So war es auch bei Jana Wischnewski. Die Bauingenieurin arbeitet für einen Wasserversorger im Harzvorland und brachte zum Praxistag im vergangenen Jahr eine Frage mit, die sie seit Langem beschäftigte: Wie viel Regenwasser aus einem Neubaugebiet darf man versickern lassen, ohne das Grundwasser zu belasten? Zwei Masterstudierende haben sich der Frage angenommen, ihre Arbeiten werden im Sommer fertig. „Ich hätte nie gedacht, dass aus einem einzigen Nachmittag so viel entsteht“, sagt Wischnewski.
""") + [
        Photo(150, tone=0),
        P("Benedikt Ausserhofer (links) und Okan Yıldırım an einem der neuen "
          "Baumstandorte in der Weststadt.", CAP),
    ] + paras("""
Im Herbst zeigt das Stadtmuseum die Ausstellung „Wasser. Stadt. Zukunft.“, die das Institut mit Studierenden der Gestaltung vorbereitet. Zu sehen sind unter anderem Bodenprofile aus der Weststadt, historische Karten der verrohrten Bäche und ein begehbares Modell einer Rigole. Marit Solberg wird bei der Eröffnung sprechen, Lucia Bertolini führt durch die Messstationen.

Und der Marktplatz? Für ihn gibt es seit dem vergangenen Jahr einen Entwurf, der die Hälfte des Pflasters durch wasserdurchlässige Beläge ersetzen und zwölf neue Bäume vorsieht. Ob und wann er umgesetzt wird, entscheidet der Stadtrat im Sommer. Die Kosten sind hoch, der Widerstand der Marktbeschicker ebenfalls.

Dass die Stadt überhaupt über eine Umgestaltung nachdenkt, hat mit einem Abend im vergangenen August zu tun. Innerhalb von vierzig Minuten fielen damals 62 Liter Regen pro Quadratmeter, mehr als sonst im ganzen Monat. Keller liefen voll, die Feuerwehr war die ganze Nacht im Einsatz. Am nächsten Morgen stand der Oberbürgermeister in Gummistiefeln auf dem Marktplatz und ließ sich von Marit Solberg erklären, was man hätte anders machen können.

Okan Yıldırım gibt sich dennoch zuversichtlich. Er habe schon einen Platz auf der Bank unter der ersten neuen Linde reserviert, erzählt er, zumindest in Gedanken. Bis dahin wird er weiter messen, rechnen und Bodenproben in Einmachgläser füllen – und darauf hoffen, dass der nächste Starkregen die Stadt ein wenig besser vorbereitet findet als der letzte.
""") + [
        Spacer(1, 6),
        box([
            P("Mitmachen: Praxistag 2026", BOXH),
            P("Sie arbeiten in einer Kommune, einem Planungsbüro oder einem Versorger und "
              "haben eine offene Frage zum Umgang mit Regenwasser? Der nächste Praxistag des "
              "Instituts findet am 9. Oktober 2026 statt. Anmeldung und Themenvorschläge bis "
              "zum 31. August über das Alumni-Büro.", BOX),
            P("<b>Das Projekt in Zahlen:</b> 12 Messstraßen, 86 Sensoren, 3 Partnerkommunen, "
              "4 Doktorarbeiten, 19 Abschlussarbeiten seit 2022.", BOX),
        ], cw),
        Spacer(1, 10),
        box([
            P("Zum Weiterlesen", BOXH),
            P("Solberg, M.; Bertolini, L.; Yıldırım, O.: „Infiltration Capacity of Urban Clay "
              "Soils under Climate Stress“. Journal of Urban Hydrology 14 (2025), 211–229.", BOX),
            P("Yıldırım, O.: „Regen in der Stadt. Ein Handbuch für Kommunen“. Altenbrück: "
              "Universitätsverlag 2023.", BOX),
            P("Ausserhofer, B.; Pohl, K.: „Wurzelraum unter Gehwegen“. Garten + Landschaft "
              "(2024), Heft 6.", BOX),
        ], cw, bg=white),
    ]
    fill(c, fr, story, 7)


# ---------------------------------------------------------------- Wo sind sie heute? 8-9
def portrait(name_head, study, photo_cap, text, author, cw, tone, ph=120):
    return [
        Photo(ph, tone=tone),
        P(photo_cap, CAP),
        P(name_head, H3),
        P(study, SUB),
    ] + paras(text) + [P("<i>%s</i>" % author, SIGN_R)]


def page8(c):
    chrome(c, 8, "ALUMNI · WO SIND SIE HEUTE?")
    head = Frame(ML, TOP - 78, W - ML - MR, 78, leftPadding=0, rightPadding=0, topPadding=0,
                 bottomPadding=0)
    fill(c, [head], [
        P("WO SIND SIE HEUTE?", KICKER),
        P("Vier Alumni, vier Wege", H2),
        P("Was wird aus Menschen, die einmal in Altenbrück studiert haben? Diesmal führen "
          "die Lebenswege von der Satellitensteuerung bis in die Backstube.", LEAD_S),
    ], 8)
    c.setStrokeColor(ORANGE)
    c.setLineWidth(1.5)
    c.line(ML, TOP - 82, W - MR, TOP - 82)
    fr = frames(2, top=TOP - 92, gap=22)
    cw = colw(2, gap=22)
    story = portrait(
        "Siobhan Gallagher: Die Frau, die Satelliten wach hält",
        "Physik, Promotion 2011 · heute Darmstadt",
        "Siobhan Gallagher im Kontrollraum. © privat",
        """
Wenn nachts in einem Kontrollraum in Darmstadt ein Alarm losgeht, klingelt oft das Telefon von Siobhan Gallagher. Die Physikerin aus Galway leitet bei einem europäischen Satellitenbetreiber das Team, das Erdbeobachtungssatelliten auf ihren Bahnen hält. Nach Altenbrück kam sie 2006 mit einem Erasmus-Stipendium, eigentlich nur für ein Semester. Es wurden fünf Jahre und eine Doktorarbeit über Plasmawellen in der Ionosphäre.

„Ich habe in Altenbrück gelernt, dass man eine Frage so lange umdrehen muss, bis sie eine Antwort zulässt“, sagt Gallagher. Die Arbeitsgruppe am Institut für Geophysik sei klein gewesen, die Türen offen, die Diskussionen in der Kaffeeküche manchmal ergiebiger als jedes Seminar. Heute versucht sie, diese Kultur in ihr eigenes Team zu tragen: keine Frage ist zu dumm, kein Fehler wird versteckt.

An ihren Studienort kehrt sie regelmäßig zurück, zuletzt als Rednerin beim Tag der Physik. Den Studierenden riet sie dort, keine Angst vor Umwegen zu haben. „Mein Lebenslauf sieht im Nachhinein geradlinig aus. Das war er nie“, sagte sie.
""", "Aylin Demirci", cw, 1, 150)
    fill(c, [fr[0]], story, 8)
    story = portrait(
        "Kemal Arslan: Brot mit Haltung",
        "Betriebswirtschaftslehre, Diplom 2004 · heute Duisburg",
        "Kemal Arslan in seiner Backstube. © Chiara Lombardi",
        """
Um vier Uhr morgens riecht es in der Backstube in der Duisburger Altstadt nach Sauerteig und Kardamom. Kemal Arslan steht selten selbst am Ofen, aber er ist fast jeden Morgen da. Seine Bäckerei mit inzwischen sechs Filialen beschäftigt Menschen, die auf dem Arbeitsmarkt sonst wenig Chancen hätten: Geflüchtete, Langzeitarbeitslose, junge Leute ohne Schulabschluss.

Betriebswirtschaft studierte er, wie er sagt, aus Vernunft. Die Leidenschaft fürs Backen kam von seiner Großmutter, die in Kayseri ein kleines Café betrieb. „Im Studium habe ich gelernt, wie man eine Bilanz liest. Bei meiner Oma habe ich gelernt, wie man Menschen satt macht. Ich brauche beides“, sagt Arslan.

Sein Unternehmen wurde 2024 als „Sozialunternehmen des Jahres“ in Nordrhein-Westfalen ausgezeichnet. Sein Rat an Gründungswillige ist nüchtern: erst rechnen, dann träumen. Und danach beides immer wieder.
""", "Jonas Pietrzak", cw, 2, 150)
    fill(c, [fr[1]], story, 8)


def page9(c):
    chrome(c, 9, "ALUMNI · WO SIND SIE HEUTE?")
    fr = frames(2, gap=22)
    cw = colw(2, gap=22)
    story = portrait(
        "Ingrid Halvorsen: Die Zuhörerin",
        "Musikwissenschaft, Magister 1998 · heute Bergen",
        "Ingrid Halvorsen im Konzertsaal ihres Orchesters. © Øystein Brekke",
        """
Ingrid Halvorsen hat in ihrem Berufsleben vermutlich mehr Proben gehört als irgendjemand sonst in dieser Ausgabe. Seit 2017 ist sie Intendantin eines Kammerorchesters in Bergen, davor leitete sie das Programmbüro eines Musikfestivals in Lübeck. Nach Altenbrück kam sie über einen Austausch zwischen den Universitäten Bergen und Altenbrück, der damals noch per Briefpost organisiert wurde.

Was sie aus dem Studium mitgenommen hat? „Die Geduld, einer Partitur zuzuhören, bevor man sie beurteilt. Mit Menschen ist es genauso“, sagt Ingrid Halvorsen. In ihrer Magisterarbeit beschäftigte sie sich mit Volksmelodien in der norwegischen Kammermusik. Eine Kopie von Edvard Griegs Bearbeitung des Chorals „Den store hvide flok“ liegt bis heute auf ihrem Schreibtisch.

Ihr Orchester gastiert im Herbst zum ersten Mal in Altenbrück. Halvorsen freut sich auf den Abend, auch wenn sie zugibt, nervös zu sein. Sie sagt: „In die eigene Universität zurückzukehren ist schwieriger als jedes Gastspiel in Tokio.“
""", "Paulina Zielińska", cw, 0, 150) + [
        Spacer(1, 6),
        box([
            P("Und wo sind Sie heute?", BOXH),
            P("Wir suchen Lebensgeschichten für die nächsten Ausgaben: ungewöhnliche Berufe, "
              "späte Umwege, Rückkehrerinnen und Auswanderer. Schreiben Sie uns ein paar "
              "Zeilen an brueckenschlag@uni-altenbrueck.de – gern mit einem Foto.", BOX),
            P("<b>Alumni in Zahlen:</b> rund 61.000 Ehemalige in 118 Ländern, davon 9.400 "
              "im Alumni-Portal registriert; 23 Regionalgruppen weltweit.", BOX),
        ], cw),
    ]
    fill(c, [fr[0]], story, 9)
    story = portrait(
        "Arjun Mehta: Gebärden für Maschinen",
        "Informatik, Master 2016 · heute Berlin",
        "Arjun Mehta (Mitte) mit seinem Team. © privat",
        """
In Arjun Mehtas Berliner Büro sprechen die Hände. Das Start-up, das der Informatiker 2019 mit zwei Kommilitonen gegründet hat, entwickelt Software, die Gebärdensprache per Kamera erkennt und in Text übersetzt. Zwölf der dreißig Beschäftigten sind gehörlos, die Teamsitzungen finden in Deutscher Gebärdensprache statt, mit Dolmetscherin für die Hörenden.

Die Idee entstand in einem Seminar über maschinelles Sehen. Mehta, der in Pune aufwuchs und für den Master nach Altenbrück kam, hatte eine gehörlose Kommilitonin, mit der er sich anfangs nur per Notizblock unterhalten konnte. „Ich fand es absurd, dass mein Telefon mein Gesicht erkennt, aber nicht ihre Sprache“, erzählt er. Aus dem Seminarprojekt wurde eine Masterarbeit, daraus ein Prototyp, daraus eine Firma.

Inzwischen arbeitet das Unternehmen mit Gehörlosenverbänden in vier Ländern zusammen. Mehta ist im Alumni-Netzwerk aktiv und betreut als Mentor zwei Studierende. Was er ihnen mitgibt? „Baut nichts für Menschen, ohne sie vorher zu fragen.“
""", "Aylin Demirci", cw, 2, 150)
    fill(c, [fr[1]], story, 9)


# ---------------------------------------------------------------- Interview 10-11 (no running head)
QN = S("qn", fontName="Serif", spaceAfter=6)


def turn(who, text):
    return P("<font name='%s'>%s:</font> %s" % (Q_NAME, who, text), QN)


def page10(c):
    chrome(c, 10, None)
    ph = Photo(250, 230, tone=1)
    ph.wrapOn(c, W, H)
    ph.drawOn(c, W - MR - 230, TOP - 250)
    capf = Frame(W - MR - 230, TOP - 290, 230, 36, leftPadding=0, rightPadding=0,
                 topPadding=0, bottomPadding=0)
    fill(c, [capf], [P("Yuki Tanabe-Richter in ihrem Büro im Schloss. "
                        "Fotos: Chiara Lombardi", CAP)], 10)
    head = Frame(ML, TOP - 290, W - ML - MR - 250, 290, leftPadding=0, rightPadding=0,
                 topPadding=0, bottomPadding=0)
    fill(c, [head], [
        P("IM GESPRÄCH", KICKER),
        P("„Partnerschaften müssen atmen können“", S("h1i", fontName="Serif-B", fontSize=25,
                                                      leading=29, textColor=PETROL,
                                                      alignment=TA_LEFT, spaceAfter=10)),
        P("Seit Oktober ist Prof. Dr. Yuki Tanabe-Richter Vizepräsidentin für Internationales. "
          "Die Linguistin wuchs in Osaka und Hamburg auf und forschte zuletzt in Edinburgh. "
          "Jonas Pietrzak im Gespräch mit der neuen Vizepräsidentin über Sprachen, Stipendien "
          "und die Frage, wie viele Partneruniversitäten eine Universität eigentlich braucht.",
          LEAD),
    ], 10)
    fr = frames(3, top=TOP - 305)
    fill(c, fr, [
        turn("Pietrzak", "Frau Tanabe-Richter, Sie sind seit einem halben Jahr im Amt. Was hat "
             "Sie an Altenbrück am meisten überrascht?"),
        turn("Tanabe-Richter", "Wie viele Sprachen man in der Mensa hört. An meinem ersten Tag saß ich beim Mittagessen neben "
             "einer Doktorandin aus Ghana, einem Austauschstudenten aus Chile und zwei "
             "Erstsemestern aus dem Nachbardorf, die sich über ihre Mathe-Klausur "
             "unterhielten. Das fand ich wunderbar normal."),
        turn("Pietrzak", "Die Universität hat mehr als 180 Partnerhochschulen. Ist das viel "
             "oder wenig?"),
        turn("Tanabe-Richter", "Ehrlich gesagt: Es sind zu viele, die auf dem Papier stehen, "
             "und zu wenige, die gelebt werden. Manche Verträge stammen aus den "
             "Neunzigerjahren, und niemand weiß mehr, wer sie damals unterschrieben hat. "
             "Partnerschaften müssen atmen können. Sie brauchen Menschen auf beiden Seiten, die "
             "sich kennen und einander anrufen, wenn etwas schiefgeht."),
        Spacer(1, 4),
        pull("„Lieber dreißig lebendige Partnerschaften als zweihundert Urkunden an der "
             "Wand.“", "Yuki Tanabe-Richter", colw(3)),
        Spacer(1, 8),
        turn("Pietrzak", "Das klingt nach Kürzungen."),
        turn("Tanabe-Richter", "Es klingt nach Ehrlichkeit. Wir werden keinen Austausch "
             "beenden, der funktioniert. Aber wir schauen genau hin, wo seit Jahren niemand "
             "mehr hin- oder hergefahren ist, und fragen die Fakultäten, was sie wirklich "
             "brauchen. Ich pflege lieber dreißig lebendige Partnerschaften als zweihundert "
             "Urkunden an der Wand."),
        turn("Pietrzak", "Sie sind in Osaka und Hamburg aufgewachsen. Wie hat das Ihren Blick "
             "auf Wissenschaft geprägt?"),
        turn("Tanabe-Richter", "Ich habe früh gemerkt, dass dieselbe Frage in zwei Sprachen "
             "unterschiedlich klingt. In der japanischen Wissenschaftskultur ist der Respekt "
             "vor den Älteren sehr ausgeprägt, in der deutschen die Lust am Widerspruch. Mein Doktorvater in Kyoto, Professor Hiroshi Matsumoto, sagte "
             "immer: „Eine Sprache lernt man nicht im Kopf, sondern am Esstisch.“ Daran denke "
             "ich oft, wenn wir über internationale Studierende sprechen."),
        turn("Pietrzak", "Was heißt das konkret?"),
        turn("Tanabe-Richter", "Dass wir nicht nur Sprachkurse anbieten, sondern Orte, an "
             "denen man sich begegnet. Im Sommersemester starten wir ein Programm, bei dem "
             "Studierende aus dem Ausland ein Semester lang einmal im Monat von Alumni-Familien "
             "zum Essen eingeladen werden. Das Projekt heißt „Tischgespräche“, und ich hoffe "
             "auf viele Gastgeber."),
    ], 10)


def page11(c):
    chrome(c, 11, None)
    fr = frames(3)
    cw = colw(3)
    fill(c, fr, [
        turn("Pietrzak", "Die Alumni als Gastgeber?"),
        turn("Tanabe-Richter", "Warum nicht? Viele unserer Ehemaligen haben selbst im Ausland "
             "studiert und wissen, wie es sich anfühlt, im November in einer fremden Stadt zu "
             "sitzen, wenn es um halb fünf dunkel wird. Außerdem sind Alumni die besten "
             "Botschafter, die eine Universität haben kann. Wer in Singapur oder São Paulo "
             "arbeitet und gern an Altenbrück zurückdenkt, erzählt das weiter."),
        turn("Pietrzak", "Gleichzeitig wird es für internationale Studierende immer "
             "schwieriger, in Altenbrück eine Wohnung zu finden."),
        turn("Tanabe-Richter", "Das ist unser größtes Problem, und ich will es nicht "
             "kleinreden. Wir verhandeln mit dem Studierendenwerk und der Stadt über zusätzliche "
             "Wohnheimplätze. Bis die gebaut sind, vergehen Jahre. Deshalb bitten wir auch hier "
             "um Hilfe: Wer ein Zimmer übrig hat, kann es über unsere Wohnbörse anbieten, auch "
             "für einige Wochen zur Überbrückung."),
        Photo(190, tone=2),
        P("Beim Gespräch im Senatssaal.", CAP),
        turn("Pietrzak", "Sie forschen selbst zur Mehrsprachigkeit. Bleibt dafür noch Zeit?"),
        turn("Tanabe-Richter", "Weniger, als mir lieb ist. Ich betreue noch zwei "
             "Doktorandinnen und versuche, mir jeden Freitagvormittag für das Schreiben "
             "freizuhalten. Das klappt ungefähr jede zweite Woche. Aber die Arbeit als "
             "Vizepräsidentin ist in gewisser Weise auch angewandte Sprachwissenschaft: Ich "
             "übersetze ständig zwischen Fakultäten, Verwaltung und Partnern im Ausland."),
        turn("Pietrzak", "Viele Studiengänge werden inzwischen auf Englisch angeboten. "
             "Verliert das Deutsche an Boden?"),
        turn("Tanabe-Richter", "Ich sehe das gelassener als manche Kolleginnen und Kollegen. "
             "Englisch ist in vielen Fächern die Sprache der Forschung, das lässt sich nicht "
             "wegdiskutieren. Aber wer drei Jahre hier lebt, sollte die Chance haben, auch "
             "Deutsch zu lernen, und zwar kostenlos und zu Zeiten, die zum Stundenplan passen. "
             "Daran arbeiten wir gerade mit dem Sprachenzentrum."),
        turn("Pietrzak", "Sie kommen aus Edinburgh. Was nehmen Sie von dort mit?"),
        turn("Tanabe-Richter", "Die Erfahrung, wie schnell internationale Beziehungen "
             "zerbrechlich werden können. Nach dem Brexit haben wir erlebt, wie Austauschprogramme "
             "von heute auf morgen wegfielen. Das hat mich gelehrt, dass man Partnerschaften "
             "nicht nur auf Förderprogramme bauen darf. Man braucht Menschen, die sich auch "
             "dann noch schreiben, wenn das Geld ausbleibt."),
        turn("Pietrzak", "Zum Schluss: Welches Buch liegt gerade auf Ihrem Nachttisch?"),
        turn("Tanabe-Richter", "Ein Roman von Yoko Tawada, „Etüden im Schnee“. Sie schreibt auf "
             "Deutsch und auf Japanisch, und in ihren Büchern spürt man, wie sich zwischen zwei "
             "Sprachen ein dritter Raum öffnet. Das ist ungefähr das, was ich mir für diese "
             "Universität wünsche."),
        turn("Pietrzak", "Vielen Dank für das Gespräch."),
        Spacer(1, 8),
        box([
            P("Zur Person", BOXH),
            P("Prof. Dr. Yuki Tanabe-Richter, geboren 1974 in Osaka, studierte Linguistik und "
              "Japanologie in Hamburg und Kyoto. Nach der Promotion forschte sie in Tokio und "
              "Edinburgh, zuletzt als Professorin für Mehrsprachigkeitsforschung. Seit 2021 "
              "lehrt sie in Altenbrück, im Oktober 2025 wählte der Senat sie zur "
              "Vizepräsidentin für Internationales.", BOX),
            Spacer(1, 4),
            P("Tischgespräche", BOXH),
            P("Alumni, die internationale Studierende zum Essen einladen möchten, melden sich "
              "beim International Office. Die erste Runde beginnt im April 2026.", BOX),
        ], cw),
        Spacer(1, 10),
        Photo(150, tone=0),
        P("Sprachtandem im Innenhof des Schlosses: Studierende aus elf Ländern treffen sich "
          "hier jeden Mittwoch.", CAP),
        box([
            P("Internationales in Zahlen", BOXH),
            P("3.870 internationale Studierende aus 112 Ländern · 184 Partnerhochschulen · "
              "612 Studierende im Auslandssemester · 41 Gastwissenschaftlerinnen und "
              "Gastwissenschaftler im Jahr 2025", BOX),
        ], cw, bg=white),
    ], 11)


# ---------------------------------------------------------------- Forschung 12
def page12(c):
    chrome(c, 12, "FORSCHUNG KOMPAKT")
    c.setFillColor(PETROL)
    c.setFont("Sans-B", 22)
    c.drawString(ML, TOP - 18, "Forschung kompakt")
    c.setFillColor(MID)
    c.setFont("Sans", 9)
    c.drawString(ML, TOP - 34, "Neues aus Laboren, Archiven und Kliniken der Universität")
    fr = frames(3, top=TOP - 48)
    cw = colw(3)
    story = [P("Warum Störche Umwege fliegen", H4)] + paras("""
Weißstörche aus Ostdeutschland fliegen auf dem Weg nach Afrika oft Hunderte Kilometer Umweg, statt das Mittelmeer auf kürzestem Weg zu überqueren. Eine Arbeitsgruppe am Institut für Biologie hat 74 Störche mit GPS-Sendern ausgestattet und ihre Routen über drei Jahre verfolgt. Das Ergebnis: Die Vögel folgen nicht der Landkarte, sondern der Thermik über Land, die ihnen kräftesparendes Segeln erlaubt.

„Ein Storch rechnet nicht in Kilometern, sondern in Energie“, erklärt Projektleiterin Dr. Agnieszka Nowak-Brenner. Jüngere Tiere, so zeigen die Daten, lernen die günstigsten Routen offenbar von erfahrenen Artgenossen.
""") + [P("(Mikael Lindqvist)", SIGN_R),
        Rule(GREY, 0.6, 3),
        P("Maschinen lesen mittelalterliche Urkunden", H4),
        Photo(95, tone=0),
        P("So stellt sich unser Zeichner die lesende Maschine vor. "
          "Illustration: Kenji Hayashida", CAP),
    ] + paras("""
Rund 9.000 Urkunden aus dem Stadtarchiv Altenbrück, die ältesten aus dem 13. Jahrhundert, sollen in den kommenden vier Jahren vollständig erschlossen werden. Historikerinnen und Informatiker entwickeln dafür gemeinsam eine Software, die Handschriften liest, Abkürzungen auflöst und Ortsnamen mit historischen Karten verknüpft.

Das Projekt „Codex Altenbrugensis digital“ wird von der Deutschen Forschungsgemeinschaft gefördert. Die Ergebnisse sollen frei zugänglich sein, auch für Heimatforscherinnen und Schulklassen.
""") + [P("<i>Henrike Sollmann</i>", SIGN_R),
        Rule(GREY, 0.6, 3),
        P("Mikroplastik im Stausee", H4),
    ] + paras("""
Wie viel Mikroplastik gelangt in einen Trinkwasserspeicher, und woher kommt es? Ein Team der Chemie hat zwei Jahre lang Proben aus dem Altenbrücker Stausee und seinen Zuflüssen genommen. Die Konzentrationen im Rohwasser lagen deutlich unter den Werten großer Flüsse, schwankten aber stark mit dem Wetter: Nach Starkregen stiegen sie um das Zehnfache.

Die wichtigste Quelle war überraschend nicht die Landwirtschaft, sondern Reifenabrieb von einer Bundesstraße, die am Ufer entlangführt. Die Studie ist unter dem Titel „Microplastic Fluxes in a Central European Drinking Water Reservoir“ erschienen.
""") + [P("Text: Lea Brunnhuber", SIGN_R),
        Rule(GREY, 0.6, 3),
        P("Leise Hoffnung bei Tinnitus", H4),
    ] + paras("""
Eine kleine Studie der Universitätsklinik gibt Menschen mit chronischem Tinnitus Anlass zu vorsichtiger Hoffnung. Vierzig Patientinnen und Patienten trainierten zwölf Wochen lang mit einer App, die gezielt Töne rund um die Frequenz ihres Ohrgeräuschs abspielt. Bei gut der Hälfte wurde das Geräusch als deutlich leiser empfunden.

„Wir stehen ganz am Anfang, und vierzig Personen sind keine Grundlage für Versprechen“, betont der Neurologe Prof. Dr. Farid Haddad. Eine größere Studie mit mehreren Kliniken soll im Herbst beginnen; Interessierte können sich bereits melden.
""") + [P("– Tiago Fernandes", SIGN_R),
        Rule(GREY, 0.6, 3),
        P("Ein Kleinplanet namens Altenbrück", H4),
        Photo(100, tone=1),
        P("Die Sternwarte auf dem Galgenberg. Foto: Uwe Marckwardt", CAP),
    ] + paras("""
Seit Februar trägt ein Asteroid im Hauptgürtel zwischen Mars und Jupiter den Namen der Stadt. Entdeckt wurde der etwa drei Kilometer große Brocken bereits 2009 von Studierenden an der Universitätssternwarte; die Internationale Astronomische Union hat den Namensvorschlag nun bestätigt. Sichtbar ist er nur mit größeren Teleskopen.

Sternwartenleiter Dr. Henrik Vestergaard freut sich vor allem für die damaligen Entdecker. Er sagt: „Die meisten von ihnen arbeiten längst in ganz anderen Berufen, aber ihr Name steht jetzt für immer in den Katalogen.“ Eine kleine Feier für die Ehemaligen ist für den Sommer geplant.
""") + [P("<i>Saoirse Kinsella</i>", SIGN_R)]
    fill(c, fr, story, 12)


# ---------------------------------------------------------------- Buchtipps 13
def book(title, meta, text, ini, cw, tone):
    return [
        Table([[Photo(78, 54, tone=tone), [P(title, H4), P(meta, SUB)]]],
              colWidths=[62, cw - 62],
              style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                ("TOPPADDING", (0, 0), (-1, -1), 0),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 4)])),
    ] + paras(text) + [P("(%s)" % ini, SIGN_R)]


def page13(c):
    chrome(c, 13, "BUCHTIPPS")
    c.setFillColor(PETROL)
    c.setFont("Sans-B", 22)
    c.drawString(ML, TOP - 18, "Buchtipps")
    c.setFillColor(MID)
    c.setFont("Sans", 9)
    c.drawString(ML, TOP - 34, "Neuerscheinungen von Alumni und Lehrenden der Universität Altenbrück")
    fr = frames(2, top=TOP - 48, gap=22)
    cw = colw(2, gap=22)
    story = book(
        "„Das leise Jahrhundert. Eine Geschichte des Hörens“",
        "Clemens Aufderheide · Lindwurm Verlag · 312 Seiten · 28 Euro",
        """
Wie klang das 19. Jahrhundert? Der Historiker Clemens Aufderheide, der in Altenbrück studiert und promoviert hat, erzählt die Geschichte einer Epoche aus der Perspektive des Ohrs: vom Lärm der ersten Fabriken über die Stille der Lesesäle bis zum Rauschen der frühen Telefone. Das Buch ist kenntnisreich und dabei so anschaulich geschrieben, dass man beim Lesen die Kutschen auf dem Pflaster zu hören glaubt. Ein Kapitel widmet sich übrigens den Glocken der Altenbrücker Stadtkirche.
""", "av", cw, 0) + book(
        "„Unter dem Pflaster der Fluss“",
        "Nilüfer Çelik · Roman · Edition Tannhorst · 248 Seiten · 24 Euro",
        """
Eine Stadtplanerin entdeckt beim Umbau einer Fußgängerzone einen vergessenen Bach – und mit ihm die Geschichte ihrer eigenen Familie, die in den Sechzigerjahren aus Izmir an den Niederrhein kam. Nilüfer Çelik, Germanistik-Absolventin des Jahrgangs 2010, verwebt in ihrem zweiten Roman Stadt- und Familiengeschichte mit leichter Hand. Wer das Titelthema dieser Ausgabe gelesen hat, wird manches wiedererkennen.
""", "tw", cw, 1) + book(
        "„Statik für Neugierige“",
        "Rainer Kühnholz · Sachbuch · Brückenhaus Verlag · 190 Seiten · 19 Euro",
        """
Warum stürzt eine Brücke nicht ein, und weshalb schwankt ein Hochhaus im Wind? Rainer Kühnholz, bis zu seiner Emeritierung Professor für Baustatik in Altenbrück, erklärt die Grundlagen seines Fachs ohne eine einzige Formel. Kühnholz schreibt: „Ein Gebäude ist ein Gespräch zwischen Schwerkraft und Eigensinn.“ Ein ideales Geschenk für Jugendliche, die über ein Ingenieurstudium nachdenken – und für ihre Eltern.
""", "hs", cw, 2) + book(
        "„Mensa, Mitternacht, Milchreis“",
        "Hg. vom Studierendenwerk Altenbrück · 144 Seiten · 16 Euro",
        """
Ein Kochbuch, das eigentlich ein Erinnerungsbuch ist: 60 Rezepte aus siebzig Jahren Mensa-Geschichte, vom legendären Linseneintopf der Fünfzigerjahre bis zum Kichererbsen-Curry von heute, ergänzt um Anekdoten von Ehemaligen. Die Rezepte sind auf vier Personen umgerechnet. Der Erlös fließt in den Notfonds für Studierende.
""", "av", cw, 0) + [
        Spacer(1, 6),
        box([
            P("Termine für Alumni", BOXH),
            P("<b>20. Juni 2026</b> · Alumni-Tag auf dem Campus mit Führungen, Vorträgen und "
              "Sommerfest im Schlossgarten", BOX),
            P("<b>9. Oktober 2026</b> · Praxistag Schwammstadt am Institut für Wasserbau", BOX),
            P("<b>ab 16. Oktober 2026</b> · Ausstellung „Wasser. Stadt. Zukunft.“ im "
              "Stadtmuseum Altenbrück", BOX),
            P("<b>7. November 2026</b> · Gastkonzert des Kammerorchesters von Alumna Ingrid "
              "Halvorsen in der Aula", BOX),
        ], cw),
        Spacer(1, 8),
        P("Außerdem erschienen", H4),
        P("Mehrsprachig aufwachsen. Ein Ratgeber für Familien (Universitätsverlag Altenbrück, "
          "2025) · Die Weststadt. Ein Viertel und seine Geschichte (Geschichtsverein "
          "Altenbrück, 2025) · Hundert Jahre Studierendenwerk (Festschrift, 2026)", BOX),
    ]
    fill(c, fr, story, 13)


# ---------------------------------------------------------------- Impressum 14
def page14(c):
    chrome(c, 14, "IMPRESSUM")
    fr = frames(2, top=TOP, gap=30)
    cw = colw(2, gap=30)
    imp = [
        P("Impressum", H2), Rule(ORANGE, 1.5, 3), Spacer(1, 4),
        P("<b>Brückenschlag</b> – Das Alumni-Magazin der Universität Altenbrück<br/>"
          "Ausgabe 1 | 2026, Nr. 31. Erscheint zweimal im Jahr.", IMP),
        P("<b>Herausgeber:</b> Universität Altenbrück, Stabsstelle Kommunikation und "
          "Marketing, gemeinsam mit dem Alumni-Netzwerk Altenbrück e. V.", IMP),
        P("<b>Redaktion:</b> Dr. Henrike Sollmann (Leitung, V.i.S.d.P.), Jonas Pietrzak, "
          "Aylin Demirci", IMP),
        P("<b>Mitarbeit:</b> Lena Hoxha (Schlussredaktion), Konstantin Brell (Online), "
          "Ewa Sadowska (Alumni-Service)", IMP),
        P("<b>Kürzel der Buchtipps:</b> av = Annika Vollmer, tw = Tomasz Wierzbicki, "
          "hs = Henrike Sollmann", IMP),
        P("<b>Gestaltung:</b> Mareike Thorsen, Studio Kranich, Leipzig", IMP),
        P("<b>Bildnachweis:</b> Titel und S. 4–7: Sven Ekholm; S. 2 und S. 3: Uwe "
          "Marckwardt; S. 8: privat, Chiara Lombardi; S. 9: Øystein Brekke, privat; "
          "S. 10–11: Chiara Lombardi; S. 12: Kenji Hayashida (Illustration), Uwe "
          "Marckwardt; "
          "S. 13: Verlage", IMP),
        P("<b>Druck:</b> Druckhaus Elstertal, Altenbrück · gedruckt auf Recyclingpapier", IMP),
        P("<b>Auflage:</b> 24.000 Exemplare", IMP),
        P("<b>Anschrift der Redaktion:</b> Universität Altenbrück, Redaktion Brückenschlag, "
          "Schlossplatz 1, 06999 Altenbrück, brueckenschlag@uni-altenbrueck.de", IMP),
        P("Namentlich gekennzeichnete Beiträge geben nicht unbedingt die Meinung der "
          "Redaktion wieder. Für unverlangt eingesandte Manuskripte und Fotos übernehmen wir "
          "keine Haftung. Nachdruck nur mit Genehmigung der Redaktion.", IMP),
        P("<b>Datenschutz:</b> Ihre Adresse verwenden wir ausschließlich für den Versand "
          "dieses Magazins und für Einladungen des Alumni-Netzwerks. Sie können der Nutzung "
          "jederzeit widersprechen.", IMP),
        P("ISSN 1862-0000", IMP),
    ]
    right = [
        box([
            P("Alumni-Netzwerk Altenbrück", BOXH),
            P("Sie sind umgezogen, haben eine neue E-Mail-Adresse oder möchten das Magazin "
              "künftig nur noch digital lesen? Teilen Sie uns Ihre Änderungen mit – am "
              "einfachsten über das Alumni-Portal.", BOX),
            P("Das Alumni-Büro ist montags bis donnerstags von 9 bis 15 Uhr erreichbar, "
              "Telefon 0345 999 1200.", BOX),
            P("Mitglied werden: Der Jahresbeitrag im Alumni-Netzwerk beträgt 30 Euro, für "
              "Absolventinnen und Absolventen der letzten drei Jahre ist die Mitgliedschaft "
              "kostenlos.", BOX),
        ], cw),
        Spacer(1, 14),
        Photo(300, tone=1),
        P("Zum Schluss: Der Blick vom Bibliotheksturm über den Schlossgarten – er hat sich "
          "seit Generationen kaum verändert.", CAP),
        Spacer(1, 8),
        P("Die nächste Ausgabe erscheint im November 2026. Schwerpunkt: Lehrerbildung.",
          S("next", fontName="Sans-B", fontSize=10, leading=13, textColor=PETROL,
            alignment=TA_LEFT)),
    ]
    fill(c, [fr[0]], imp, 14)
    fill(c, [fr[1]], right, 14)


def main():
    c = canvas.Canvas(OUT, pagesize=A4, invariant=1)
    c.setTitle("Brückenschlag 1 | 2026 – Das Alumni-Magazin der Universität Altenbrück")
    c.setAuthor("Universität Altenbrück")
    c.setCreator("make_alumni-magazin-2026-de.py")
    c.setProducer("reportlab")
    for fn in (page1, page2, page3, page4, page5, page6, page7, page8, page9, page10, page11,
               page12, page13, page14):
        fn(c)
        c.showPage()
    c.save()
    print("wrote", OUT)


if __name__ == "__main__":
    main()
