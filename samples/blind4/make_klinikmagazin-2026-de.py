"""Generator für das fiktive Klinikmagazin „PULS“ des Klinikums Rotbachtal, Ausgabe 1/2026.

Eigenständig und deterministisch: mit dem Writer-venv (reportlab) ausführen; erzeugt
klinikmagazin-2026-de.pdf neben diesem Skript.  Jede Seite ist von Hand gesetzt; passt der
Text einer Seite nicht in ihre Rahmen, bricht das Skript ab.
"""

from pathlib import Path

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable, Frame, Paragraph, Spacer
from reportlab.platypus.flowables import HRFlowable

OUT = Path(__file__).with_name("klinikmagazin-2026-de.pdf")
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
for name, fn in [
    ("Serif", "DejaVuSerif.ttf"),
    ("Serif-Bold", "DejaVuSerif-Bold.ttf"),
    ("Serif-Italic", "DejaVuSerif-Italic.ttf"),
    ("Serif-BoldItalic", "DejaVuSerif-BoldItalic.ttf"),
    ("Sans", "DejaVuSans.ttf"),
    ("Sans-Bold", "DejaVuSans-Bold.ttf"),
    ("Cond", "DejaVuSansCondensed.ttf"),
    ("Cond-Bold", "DejaVuSansCondensed-Bold.ttf"),
    ("Cond-Oblique", "DejaVuSansCondensed-Oblique.ttf"),
    ("Light", "DejaVuSans-ExtraLight.ttf"),
]:
    pdfmetrics.registerFont(TTFont(name, FONT_DIR + fn))
pdfmetrics.registerFontFamily(
    "Serif", normal="Serif", bold="Serif-Bold", italic="Serif-Italic",
    boldItalic="Serif-BoldItalic")
pdfmetrics.registerFontFamily("Cond", normal="Cond", bold="Cond-Bold", italic="Cond-Oblique",
                              boldItalic="Cond-Bold")

W, H = A4
ML, MR = 40, 40
TOP = H - 66
BOT = 56
GUT = 14
BLUE = HexColor("#1f4e79")
RED = HexColor("#c0392b")
INK = HexColor("#222222")
SKY = HexColor("#e8eff6")
GREY = HexColor("#bcc3c9")
GREY_D = HexColor("#9ea6ad")
MAG = "PULS"
ISSUE = "Ausgabe 1/2026"

# ---------------------------------------------------------------- Stile
body = ParagraphStyle("body", fontName="Serif", fontSize=8.9, leading=12.9, textColor=INK,
                      spaceAfter=0, firstLineIndent=10, alignment=TA_LEFT)
body0 = ParagraphStyle("body0", parent=body, firstLineIndent=0)
lead = ParagraphStyle("lead", fontName="Sans-Bold", fontSize=10.5, leading=14.5,
                      textColor=BLUE, spaceAfter=10)
h_big = ParagraphStyle("h_big", fontName="Sans-Bold", fontSize=30, leading=33, textColor=BLUE)
h_mid = ParagraphStyle("h_mid", fontName="Sans-Bold", fontSize=19, leading=22, textColor=BLUE,
                       spaceAfter=6)
h_item = ParagraphStyle("h_item", fontName="Sans-Bold", fontSize=11.2, leading=13.8,
                        textColor=BLUE, spaceAfter=4, spaceBefore=2, keepWithNext=1)
h_small = ParagraphStyle("h_small", fontName="Cond-Bold", fontSize=10, leading=12.5,
                         textColor=BLUE, spaceAfter=2, spaceBefore=6, keepWithNext=1)
kicker = ParagraphStyle("kicker", fontName="Cond-Bold", fontSize=9, leading=11.5,
                        textColor=RED, spaceAfter=3, keepWithNext=1)
byline = ParagraphStyle("byline", fontName="Cond-Bold", fontSize=8.8, leading=11.5,
                        textColor=INK, spaceAfter=8)
sig = ParagraphStyle("sig", fontName="Cond-Oblique", fontSize=8.8, leading=11.5,
                     textColor=BLUE, spaceBefore=3, spaceAfter=10)
credit = ParagraphStyle("credit", fontName="Cond", fontSize=8.3, leading=11, textColor=INK,
                        spaceBefore=0)
caption = ParagraphStyle("caption", fontName="Cond", fontSize=7.4, leading=9.3,
                         textColor=HexColor("#555c62"), spaceAfter=9)
pq = ParagraphStyle("pq", fontName="Light", fontSize=19, leading=24, textColor=RED)
pq_name = ParagraphStyle("pq_name", fontName="Cond-Bold", fontSize=9, leading=11.5,
                         textColor=INK)
pq_office = ParagraphStyle("pq_office", fontName="Cond", fontSize=8.5, leading=11,
                           textColor=INK)
box_h = ParagraphStyle("box_h", fontName="Sans-Bold", fontSize=10.5, leading=13,
                       textColor=BLUE, spaceAfter=5)
box_t = ParagraphStyle("box_t", fontName="Cond", fontSize=8.8, leading=12, textColor=INK,
                       spaceAfter=4)
contd = ParagraphStyle("contd", fontName="Cond-Bold", fontSize=8.3, leading=10.5,
                       textColor=RED, spaceBefore=6, spaceAfter=4)
frage = ParagraphStyle("frage", fontName="Cond-Bold", fontSize=9.2, leading=12.6,
                       textColor=BLUE, spaceBefore=5, spaceAfter=2, keepWithNext=1)
antwort = ParagraphStyle("antwort", parent=body0, spaceAfter=2)


# ---------------------------------------------------------------- Zeichenhilfen
class Photo(Flowable):
    """Grauer Platzhalter für ein Foto."""

    def __init__(self, height, width=None):
        super().__init__()
        self.h = height
        self.fixed_w = width

    def wrap(self, aw, ah):
        self.w = self.fixed_w or aw
        return self.w, self.h

    def draw(self):
        draw_photo(self.canv, 0, 0, self.w, self.h)


class Stack(Flowable):
    """Untrennbarer Block (Foto mit Bildunterschrift, Termin)."""

    def __init__(self, items):
        super().__init__()
        self.items = items

    def wrap(self, aw, ah):
        self.w = aw
        self.sizes = []
        total = 0
        for i, it in enumerate(self.items):
            _, h = it.wrap(aw, 10000)
            sb = it.getSpaceBefore() if i else 0
            sa = it.getSpaceAfter() if i < len(self.items) - 1 else 0
            self.sizes.append((h, sb, sa))
            total += h + sb + sa
        self.h = total
        return aw, total

    def getSpaceAfter(self):
        return self.items[-1].getSpaceAfter()

    def getSpaceBefore(self):
        return self.items[0].getSpaceBefore()

    def draw(self):
        y = self.h
        for it, (h, sb, sa) in zip(self.items, self.sizes):
            y -= sb + h
            it.drawOn(self.canv, 0, y)
            y -= sa


def draw_photo(c, x, y, w, h, shade=GREY):
    c.saveState()
    c.setFillColor(shade)
    c.rect(x, y, w, h, fill=1, stroke=0)
    c.setFillColor(GREY_D)
    # stilisierte Person als Bildsymbol
    r = min(w, h) * 0.13
    cx = x + w * 0.5
    c.circle(cx, y + h * 0.62, r, fill=1, stroke=0)
    p = c.beginPath()
    p.moveTo(cx - r * 2.2, y)
    p.curveTo(cx - r * 2.2, y + h * 0.42, cx + r * 2.2, y + h * 0.42, cx + r * 2.2, y)
    p.close()
    c.drawPath(p, fill=1, stroke=0)
    c.restoreState()


def photo(h, cap):
    return Stack([Photo(h), Spacer(0, 3), Paragraph(cap, caption)])


def para_at(c, text, style, x, y_top, w):
    p = Paragraph(text, style)
    _, ph = p.wrap(w, 1000)
    p.drawOn(c, x, y_top - ph)
    return y_top - ph


def columns(x0, x1, y_top, y_bot, n, gut=GUT):
    cw = (x1 - x0 - gut * (n - 1)) / n
    return [Frame(x0 + i * (cw + gut), y_bot, cw, y_top - y_bot, leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0, showBoundary=0)
            for i in range(n)]


def col_x(i, n=3, x0=ML, x1=None, gut=GUT):
    x1 = x1 if x1 is not None else W - MR
    cw = (x1 - x0 - gut * (n - 1)) / n
    return x0 + i * (cw + gut), cw


def fill(c, story, frames, label):
    story = list(story)
    for f in frames:
        while story:
            head = story[0]
            if getattr(getattr(head, "style", None), "keepWithNext", 0) and len(story) > 1:
                _, hh = head.wrap(f._aW, 1000)
                nxt = story[1]
                if isinstance(nxt, Paragraph):
                    need = nxt.style.leading * 3 + nxt.style.spaceBefore
                else:
                    need = nxt.wrap(f._aW, 1000)[1]
                if f._y - f._y1p < hh + need + head.style.spaceBefore + head.style.spaceAfter:
                    break
            if f.add(head, c, trySplit=0):
                story.pop(0)
                continue
            if isinstance(head, Paragraph):
                parts = f.split(head, c)
                if len(parts) == 2 and f.add(parts[0], c, trySplit=0):
                    story[0:1] = [parts[1]]
            break
    if story:
        raise SystemExit(f"{label}: Text passt nicht ({len(story)} Elemente übrig)")
    last = frames[-1]
    print(f"  {label}: frei im letzten Rahmen {last._y - last._y1:.0f}pt", flush=True)


def header(c, page, rubric=None):
    """Kopfzeile mit Rubrik (optional) und Seitenzahl unten mittig."""
    if rubric:
        c.setFillColor(BLUE)
        c.rect(0, H - 40, W, 40, fill=1, stroke=0)
        c.setFillColor(white)
        c.setFont("Sans-Bold", 10)
        c.drawString(ML, H - 26, MAG)
        c.setFont("Cond", 8.5)
        c.drawString(ML + 38, H - 26, ISSUE)
        c.setFont("Cond-Bold", 8.5)
        c.drawRightString(W - MR, H - 26, rubric)
    c.setFillColor(RED)
    c.circle(W / 2, 30, 11, fill=1, stroke=0)
    c.setFillColor(white)
    c.setFont("Sans-Bold", 9)
    c.drawCentredString(W / 2, 27, str(page))


def box(c, x, y_bot, w, h, heading, paras, color=SKY, style=box_t, hstyle=box_h):
    c.setFillColor(color)
    c.rect(x, y_bot, w, h, fill=1, stroke=0)
    c.setFillColor(RED)
    c.rect(x, y_bot + h - 3, w, 3, fill=1, stroke=0)
    f = Frame(x + 9, y_bot + 7, w - 18, h - 18, leftPadding=0, rightPadding=0,
              topPadding=0, bottomPadding=0)
    story = [Paragraph(heading, hstyle)] + [Paragraph(t, style) for t in paras]
    f.addFromList(story, c)
    if story:
        raise SystemExit(f"Kasten {heading!r} läuft über")


def B(paras, first_plain=True):
    out = []
    for i, t in enumerate(paras):
        out.append(Paragraph(t, body0 if (i == 0 and first_plain) else body))
    return out


# ---------------------------------------------------------------- Seite 1: Titel
def page1(c):
    draw_photo(c, 0, 0, W, H, shade=HexColor("#aab6c2"))
    c.setFillColor(white)
    c.rect(0, H - 150, W, 150, fill=1, stroke=0)
    c.setFillColor(BLUE)
    c.setFont("Sans-Bold", 78)
    c.drawString(ML - 4, H - 105, MAG)
    c.setFillColor(RED)
    c.circle(ML + 230, H - 78, 9, fill=1, stroke=0)
    c.setFillColor(INK)
    c.setFont("Cond", 11)
    c.drawString(ML, H - 130, "Das Magazin des Klinikums Rotbachtal für Mitarbeitende, "
                              "Patienten und Freunde")
    c.setFont("Cond-Bold", 11)
    c.drawRightString(W - MR, H - 60, ISSUE)
    c.setFont("Cond", 10)
    c.drawRightString(W - MR, H - 76, "Frühjahr")
    c.drawRightString(W - MR, H - 92, "kostenlos zum Mitnehmen")
    cl_h = ParagraphStyle("cl_h", fontName="Sans-Bold", fontSize=22, leading=25,
                          textColor=white)
    cl_t = ParagraphStyle("cl_t", fontName="Cond", fontSize=11, leading=14, textColor=white,
                          spaceAfter=10)
    cl_k = ParagraphStyle("cl_k", fontName="Cond-Bold", fontSize=9.5, leading=12,
                          textColor=white)
    c.setFillColor(Color(0.12, 0.3, 0.47, alpha=0.85))
    c.rect(W - MR - 250, 118, 250, 252, fill=1, stroke=0)
    x, w = W - MR - 236, 222
    y = 356
    y = para_at(c, "ZENTRALE NOTAUFNAHME", cl_k, x, y, w)
    y = para_at(c, "Wenn jede Minute zählt", cl_h, x, y - 2, w)
    y = para_at(c, "41.000 Patienten im Jahr: ein Tag mit dem Team der Notaufnahme", cl_t,
                x, y - 4, w) - 8
    for k, t in [("PATIENTENGESCHICHTE", "Nach dem Schlaganfall zurück auf den Beinen"),
                 ("GEBURTSHILFE", "Der neue Hebammenkreißsaal: Geburt ohne Eile"),
                 ("AZUBI IM PORTRÄT", "Mit Herz und Dienstplan")]:
        y = para_at(c, k, cl_k, x, y, w)
        y = para_at(c, t, cl_t, x, y - 1, w) - 4


# ---------------------------------------------------------------- Seite 2: Vorwort + Inhalt
def page2(c):
    header(c, 2, "VORWORT")
    x2, cw = col_x(2)
    left_w = x2 - GUT - ML
    # Porträts nebeneinander
    y = para_at(c, "Liebe Leserinnen und Leser, liebe Kolleginnen und Kollegen,", h_mid, ML,
                TOP, left_w)
    pw = (left_w - GUT) / 2
    ph = 120
    draw_photo(c, ML, y - 10 - ph, pw, ph)
    draw_photo(c, ML + pw + GUT, y - 10 - ph, pw, ph, shade=HexColor("#c3c8cc"))
    yt = y - 24 - ph
    sig_top = BOT + 62
    frames = columns(ML, x2 - GUT, yt, sig_top + 8, 2)
    story = B([
        "ein Krankenhaus schläft nie. Während Sie diese Zeilen lesen, wird in unserer "
        "Notaufnahme vermutlich gerade ein Mensch versorgt, der vor einer Stunde noch nicht "
        "wusste, dass er heute zu uns kommen würde. Im Kreißsaal wartet vielleicht eine Familie "
        "auf ihr erstes Kind, und auf einer unserer Stationen übt jemand nach einer schweren "
        "Erkrankung die ersten Schritte.",
        "Von genau diesen Momenten erzählt die neue Ausgabe unseres Magazins. Wir blicken hinter "
        "die Kulissen der Zentralen Notaufnahme, in der im vergangenen Jahr mehr als 41.000 "
        "Patientinnen und Patienten behandelt wurden – so viele wie nie zuvor. Und wir stellen "
        "Ihnen den neuen Hebammenkreißsaal vor, in dem gesunde Schwangere ihr Kind in der Obhut "
        "erfahrener Hebammen zur Welt bringen können, ärztliche Hilfe jederzeit in Rufweite.",
        "Besonders berührt hat uns die Geschichte von Herbert Sommerfeld, der nach einem "
        "Schlaganfall im Herbst heute wieder mit seinem Enkel Fußball spielt. Sie zeigt, was "
        "möglich ist, wenn Medizin, Pflege und Therapie eng zusammenarbeiten – und wenn ein "
        "Patient nicht aufgibt.",
        "Das vergangene Jahr hat uns auch viel abverlangt. Fachkräftemangel, steigende Kosten und "
        "die Krankenhausreform stellen uns vor Entscheidungen, die wir uns nicht leicht machen. "
        "Umso mehr freut es uns, dass wir im Herbst 74 junge Menschen in der Pflegeausbildung "
        "begrüßen konnten, so viele wie noch nie. Eine von ihnen stellen wir Ihnen auf Seite 10 "
        "vor.",
        "Eine Patientin schrieb uns nach ihrer Entlassung im Januar: „Ich habe mich bei Ihnen nie "
        "wie eine Nummer gefühlt, obwohl ich gesehen habe, wie voll es war.“ Dieser Satz gehört "
        "allen, die hier arbeiten. Wir danken Ihnen für Ihren Einsatz, bei Tag und bei Nacht.",
        "Wir wünschen Ihnen eine anregende Lektüre und einen guten Start in den Frühling.",
    ])
    fill(c, story, frames, "S2 Vorwort")
    # Unterschriften nebeneinander
    sig_n = ParagraphStyle("sig_n", fontName="Serif-Italic", fontSize=11, leading=14,
                           textColor=INK)
    sig_r = ParagraphStyle("sig_r", fontName="Cond", fontSize=8.8, leading=11.5,
                           textColor=INK)
    yy = para_at(c, "Ihre", sig_n, ML, sig_top, pw)
    y1 = para_at(c, "Matthias Kerschbaumer", sig_n, ML, yy - 4, pw)
    para_at(c, "Geschäftsführer", sig_r, ML, y1, pw)
    y2 = para_at(c, "Prof. Dr. Ayşe Demirtaş", sig_n, ML + pw + GUT, yy - 4, pw)
    para_at(c, "Ärztliche Direktorin", sig_r, ML + pw + GUT, y2, pw)
    # Inhalt
    c.setFillColor(SKY)
    c.rect(x2 - 4, BOT - 8, cw + 4 + MR - 10, TOP - BOT + 16, fill=1, stroke=0)
    y = para_at(c, "Inhalt", h_mid, x2 + 6, TOP, cw)
    toc_n = ParagraphStyle("toc_n", fontName="Sans-Bold", fontSize=20, leading=22,
                           textColor=RED)
    toc_k = ParagraphStyle("toc_k", fontName="Cond-Bold", fontSize=8.3, leading=10.5,
                           textColor=BLUE)
    toc_t = ParagraphStyle("toc_t", fontName="Cond", fontSize=9.5, leading=12.3,
                           textColor=INK)
    y -= 10
    for n, k, t in [
        ("3", "KURZ GEMELDET", "Pflegepreis, neue Station, Gesundheitsprogramm, Spende"),
        ("4", "AUS DEN KLINIKEN", "Wenn jede Minute zählt: ein Tag in der Zentralen "
                                  "Notaufnahme"),
        ("6", "PATIENTENGESCHICHTE", "Zurück auf den Beinen: Leben nach dem Schlaganfall"),
        ("8", "GEBURTSHILFE", "Geburt ohne Eile: der neue Hebammenkreißsaal"),
        ("10", "AZUBI IM PORTRÄT", "Mariam Haddad, angehende Pflegefachfrau"),
        ("11", "KOLUMNE", "Ingrid Solberg-Mayer über das Warten"),
        ("12", "SERVICE", "Termine, Kontakte und Impressum"),
    ]:
        y = para_at(c, n, toc_n, x2 + 6, y, cw - 12)
        y = para_at(c, k, toc_k, x2 + 6, y - 2, cw - 12)
        y = para_at(c, t, toc_t, x2 + 6, y - 1, cw - 12) - 14


# ---------------------------------------------------------------- Seite 3: Kurz gemeldet
def page3(c):
    header(c, 3, "KURZ GEMELDET")
    y = para_at(c, "Kurz gemeldet", h_big, ML, TOP, 400)
    c.setStrokeColor(RED)
    c.setLineWidth(2)
    c.line(ML, y - 8, W - MR, y - 8)
    frames = columns(ML, W - MR, y - 20, BOT, 3)
    rule = lambda: HRFlowable(width="100%", thickness=0.5, color=GREY, spaceBefore=2,  # noqa
                              spaceAfter=7)
    story = [
        Paragraph("Rotbachtaler Pflegepreis für die Station „Birke 2“", h_item),
    ] + B([
        "Das Team der geriatrischen Station „Birke 2“ ist mit dem „Rotbachtaler Pflegepreis "
        "2025“ ausgezeichnet worden. Die Jury würdigte vor allem das Konzept gegen nächtliche "
        "Verwirrtheit bei älteren Patientinnen und Patienten: gedimmtes Licht ab 20 Uhr, feste "
        "Ansprechpersonen und ein „Nachtcafé“, in dem schlaflose Patienten bei Tee und leiser "
        "Musik zur Ruhe kommen können.",
        "„Wir haben nichts Revolutionäres erfunden. Wir nehmen uns nachts nur genauso viel Zeit "
        "wie tagsüber“, sagt Stationsleiterin Aleksandra Nowak. Das Preisgeld von 5.000 Euro "
        "will das Team in Fortbildungen investieren.",
    ]) + [
        Paragraph("Jana Vogelsang", sig),
        rule(),
        Paragraph("Neue Kurzliegerstation „Ahorn 3“ eröffnet", h_item),
        photo(118, "Helle Zimmer, kurze Wege: die neue Station im früheren Verwaltungstrakt. "
                   "Foto: Malte Brinkmann"),
    ] + B([
        "Seit dem 2. März hat das Klinikum eine interdisziplinäre Kurzliegerstation. Auf "
        "„Ahorn 3“ stehen 24 Betten für Patientinnen und Patienten bereit, die voraussichtlich "
        "nicht länger als drei Tage bleiben, etwa nach kleineren Eingriffen oder zur Überwachung. "
        "Das entlastet die Fachstationen und verkürzt die Wartezeiten in der Notaufnahme.",
        "Die Station wurde in nur neun Monaten im ehemaligen Verwaltungstrakt eingerichtet. Alle "
        "Zimmer haben ein eigenes Bad, WLAN und einen Blick in den Klinikpark.",
    ]) + [
        Paragraph("Piotr Zieliński", sig),
        rule(),
        Paragraph("„Gesund im Dienst“: neues Programm für Mitarbeitende", h_item),
    ] + B([
        "Rückenschule, Yoga in der Mittagspause, vergünstigte Beiträge im Fitnessstudio und "
        "vertrauliche psychologische Beratung: Mit dem Programm „Gesund im Dienst“ baut das "
        "Klinikum sein betriebliches Gesundheitsmanagement deutlich aus. Alle Angebote stehen den "
        "rund 2.300 Beschäftigten kostenlos oder stark vergünstigt offen, auch in Teilzeit und "
        "im Schichtdienst.",
        "Anmeldungen sind ab sofort über das Intranet möglich. Die Kurse finden in den neuen "
        "Räumen im Haus C statt, einige auch online.",
    ]) + [
        Paragraph("Lucia Ferrante", sig),
        rule(),
        Paragraph("Förderverein spendet für die Kinderklinik", h_item),
    ] + B([
        "18.000 Euro hat der Förderverein des Klinikums im vergangenen Jahr gesammelt – beim "
        "Sommerfest, beim Adventsbasar und durch zahlreiche Einzelspenden. Von dem Geld wurden "
        "für die Kinderklinik Elternbetten, Spielzeug für das Wartezimmer und ein Tablet-Wagen "
        "angeschafft, mit dem kleine Patienten vor Untersuchungen spielerisch erfahren, was sie "
        "erwartet.",
        "Die Vorsitzende des Fördervereins, Gerlinde Haas, sagt: „Jeder Euro kommt direkt bei den "
        "Kindern an. Wer einmal ein Kind vor einer MRT-Untersuchung lachen gesehen hat, weiß, "
        "warum wir das machen.“",
    ]) + [
        Paragraph("Piotr Zieliński", sig),
        rule(),
        Paragraph("Neue Chefärztin in der Radiologie", h_item),
    ] + B([
        "Dr. Yuki Tanabe-Roth leitet seit dem 1. Januar die Klinik für Radiologie und "
        "Nuklearmedizin. Die gebürtige Hamburgerin war zuletzt leitende Oberärztin an einem "
        "Universitätsklinikum und hat sich auf die interventionelle Radiologie spezialisiert.",
        "Sie folgt auf Dr. Wolfgang Eberle, der nach 22 Jahren am Klinikum in den Ruhestand "
        "gegangen ist. Eberle hatte die Abteilung seit 2004 geleitet und unter anderem den "
        "ersten Kernspintomografen im Landkreis in Betrieb genommen.",
    ]) + [
        Paragraph("Lucia Ferrante", sig),
        rule(),
        Paragraph("Blut spenden im Klinikum", h_item),
    ] + B([
        "Der Blutspendedienst kommt jeden zweiten Donnerstag im Monat von 14 bis 19 Uhr in das "
        "Foyer von Haus A. Erstspender sind willkommen; bitte bringen Sie einen "
        "Lichtbildausweis mit.",
    ]) + [
        Paragraph("Jana Vogelsang", sig),
        rule(),
        Paragraph("Cafeteria mit neuem Konzept", h_item),
    ] + B([
        "Nach dreimonatigem Umbau hat die Cafeteria in Haus B wieder geöffnet. Neu sind eine "
        "Salatbar mit Zutaten von Höfen aus der Region, ein vegetarisches Tagesgericht und "
        "längere Öffnungszeiten bis 19 Uhr, damit auch die Spätschicht noch warm essen kann.",
        "Für Patientinnen und Patienten, die ihr Zimmer verlassen dürfen, gibt es eine ruhige "
        "Ecke mit Blick auf den Klinikpark.",
    ]) + [Paragraph("Katharina Lindqvist", sig)]
    fill(c, story, frames, "S3 Kurz gemeldet")


# ---------------------------------------------------------------- Seiten 4-5: Notaufnahme
ZNA_RUBRIC = "AUS DEN KLINIKEN"


def page4(c):
    header(c, 4, ZNA_RUBRIC)
    ph = 255
    draw_photo(c, ML, TOP - ph, W - ML - MR, ph, shade=HexColor("#b0bcc6"))
    y = para_at(c, "Im Schockraum zählt jeder Handgriff: das Team der Zentralen Notaufnahme bei "
                   "einer Übung.", caption, ML, TOP - ph - 4, 360)
    y = para_at(c, "ZENTRALE NOTAUFNAHME", kicker, ML, y - 4, 300)
    y = para_at(c, "Wenn jede Minute zählt", h_big, ML, y, W - ML - MR)
    y = para_at(c, "Mehr als 41.000 Menschen kamen im vergangenen Jahr in die Zentrale "
                   "Notaufnahme des Klinikums – mit Herzinfarkt, Knochenbruch oder "
                   "Bauchschmerzen. Ein Besuch an einem ganz normalen Dienstag, an dem nichts "
                   "normal ist.", lead, ML, y - 6, W - ML - MR - 60)
    frames = columns(ML, W - MR, y - 4, BOT, 3)
    story = B([
        "Um 7.42 Uhr bringt der Rettungsdienst den ersten Patienten des Tages: ein 58-jähriger "
        "Mann, Brustschmerzen seit dem Frühstück, kalter Schweiß auf der Stirn. Noch bevor er "
        "von der Trage in das Bett im Schockraum gehoben ist, klebt eine Pflegekraft die "
        "Elektroden für das EKG auf seine Brust. Drei Minuten später steht fest: Herzinfarkt. "
        "Um 8.11 Uhr liegt er im Herzkatheterlabor, um 8.34 Uhr ist das verschlossene Gefäß "
        "wieder offen.",
        "„Das ist der Teil unserer Arbeit, den man aus dem Fernsehen kennt“, sagt Dr. Jonas "
        "Petrović, Chefarzt der Zentralen Notaufnahme. „Aber er macht vielleicht zehn Prozent "
        "aus. Der Rest ist genauso wichtig, nur weniger spektakulär.“",
        "Zum Rest gehört die Frau mit der Schnittwunde an der Hand, der Student mit Fieber und "
        "Husten, die 91-Jährige, die nachts gestürzt ist und seitdem nicht mehr richtig laufen "
        "kann. Sie alle werden wenige Minuten nach ihrer Ankunft von einer speziell geschulten "
        "Pflegekraft gesehen und einer von fünf Dringlichkeitsstufen zugeordnet. Rot bedeutet: "
        "sofort. Blau bedeutet: Es kann dauern, unter Umständen mehrere Stunden.",
        "Genau das sorgt immer wieder für Unmut im Wartebereich. „Viele Menschen verstehen nicht, "
        "warum jemand, der nach ihnen kommt, vor ihnen drankommt“, sagt Aylin Kaya, die "
        "pflegerische Leiterin der Notaufnahme. Sie hat deshalb große Bildschirme aufhängen "
        "lassen, die anonymisiert anzeigen, wie viele Patienten gerade in welcher Stufe warten. "
        "Seitdem, sagt sie, sei der Ton im Wartezimmer spürbar freundlicher geworden.",
        "Ein Teil der Patientinnen und Patienten wäre eigentlich in einer Hausarztpraxis besser "
        "aufgehoben. Das Team spricht trotzdem ungern von „Bagatellfällen“ – wer nachts mit "
        "starken Ohrenschmerzen kommt, hat einen Grund. Doch jede dieser Behandlungen bindet Zeit "
        "und Personal. Seit Oktober arbeitet deshalb direkt neben der Notaufnahme eine "
        "Bereitschaftspraxis der niedergelassenen Ärztinnen und Ärzte, in die leichtere Fälle "
        "nach der Ersteinschätzung weitergeleitet werden.",
    ])
    fill(c, story, frames, "S4 Notaufnahme")


def page5(c):
    header(c, 5, ZNA_RUBRIC)
    x1, cw = col_x(1)
    x2, _ = col_x(2)
    # großes Zitat über Spalte 2 und 3
    y = para_at(c, "„Eine Notaufnahme ist nur so gut wie das Krankenhaus, das hinter ihr "
                   "steht.“", ParagraphStyle("pq5", parent=pq, fontSize=22, leading=27),
                x1, TOP - 4, W - MR - x1)
    y = para_at(c, "Dr. Jonas Petrović", pq_name, x1, y - 8, W - MR - x1)
    y = para_at(c, "Chefarzt der Zentralen Notaufnahme", pq_office, x1, y, W - MR - x1)
    # Infokasten unten rechts
    bh = 205
    box(c, x2, BOT, cw, bh, "Notaufnahme oder Bereitschaftsdienst?", [
        "<b>Lebensgefahr</b> – etwa bei Brustschmerz, Atemnot, Lähmungen oder starker "
        "Blutung: sofort die 112 wählen.",
        "<b>Nicht lebensbedrohlich</b>, aber die Hausarztpraxis ist geschlossen: "
        "Ärztlicher Bereitschaftsdienst unter 116 117.",
        "<b>Bereitschaftspraxis</b> im Klinikum, Haus A: Mo–Fr 18–22 Uhr, Sa/So 9–21 Uhr.",
    ])
    ph = 150
    draw_photo(c, ML, BOT + 26, x1 - GUT - ML, ph)
    para_at(c, "Schichtübergabe am Abend: Pflegekräfte und Ärzte besprechen jeden Patienten.",
            caption, ML, BOT + 22, x1 - GUT - ML)
    frames = (columns(ML, x1 - GUT, TOP, BOT + ph + 40, 1)
              + columns(x1, x2 - GUT, y - 14, BOT, 1)
              + columns(x2, W - MR, y - 14, BOT + bh + 12, 1))
    story = B([
        "Gegen Mittag wird es voll. Auf dem Flur stehen zwei Betten, weil alle Behandlungsräume "
        "belegt sind. Im Schockraum versorgt ein Team aus Unfallchirurgie, Anästhesie und Pflege "
        "einen jungen Motorradfahrer, der auf der Landstraße gestürzt ist. Jeder Handgriff sitzt, "
        "gesprochen wird wenig und laut. Nach zwanzig Minuten ist er stabil genug für die "
        "Computertomografie.",
        "Die Betten auf dem Flur gehören zu den Dingen, die Dr. Petrović am meisten beschäftigen. "
        "Das Problem liege oft nicht in der Notaufnahme selbst, sondern dahinter: Wenn auf den "
        "Stationen keine Betten frei sind, müssen Patienten, die aufgenommen werden sollen, "
        "stundenlang in der Notaufnahme warten. Die neue Kurzliegerstation „Ahorn 3“ soll hier "
        "Abhilfe schaffen. Erste Zahlen sind ermutigend: Die durchschnittliche Verweildauer in der "
        "Notaufnahme ist seit März um fast vierzig Minuten gesunken.",
        "Für das Team bedeutet die Arbeit hier vor allem eines: nie zu wissen, was als Nächstes "
        "kommt. Rund 120 Pflegekräfte und 45 Ärztinnen und Ärzte arbeiten im Schichtdienst, rund "
        "um die Uhr, an 365 Tagen im Jahr. Viele von ihnen sind seit Jahren dabei.",
        "Ole Brandtner ist einer davon. Der 34-Jährige hat als Rettungssanitäter angefangen, "
        "später die Pflegeausbildung gemacht und sich zum Fachpfleger für Notfallpflege "
        "weitergebildet. „Ich mag es, dass man hier wirklich alles sieht. Kein Tag ist wie der "
        "andere, und am Ende einer Schicht weiß man, dass man etwas bewegt hat“, sagt er. Und "
        "dann, nach einer kurzen Pause: „Manchmal nimmt man auch etwas mit nach Hause. Dafür gibt "
        "es bei uns die Nachbesprechungen, und die sind wichtig.“",
        "Wie belastend die Arbeit sein kann, zeigt sich nicht nur im Schockraum. Auch in Bad "
        "Rotbach werden Pflegekräfte und Ärzte immer wieder beschimpft, gelegentlich sogar "
        "angegriffen. Seit dem vergangenen Jahr gibt es deshalb nachts einen Sicherheitsdienst im "
        "Wartebereich und regelmäßige Deeskalationstrainings für das gesamte Team. „Die "
        "allermeisten Menschen sind dankbar und geduldig“, sagt Aylin Kaya. „Aber wer Angst hat "
        "oder Schmerzen, reagiert manchmal anders, als er es sonst tun würde. Darauf bereiten "
        "wir uns vor.“",
    ]) + [
        photo(140, "Im Wartebereich zeigen Bildschirme, wie viele Patienten in welcher "
                   "Dringlichkeitsstufe warten."),
    ] + B([
        "Im kommenden Jahr soll die Notaufnahme wachsen: Geplant sind sechs zusätzliche "
        "Behandlungsplätze, ein eigener Bereich für Kinder und ein ruhiger Raum für Angehörige, "
        "die auf Nachrichten warten. Die Bauarbeiten sollen im Herbst beginnen und bei laufendem "
        "Betrieb stattfinden.",
        "Um 19.30 Uhr übergibt die Tagschicht an die Nacht. Im Wartezimmer sitzen elf Menschen, "
        "draußen fährt der nächste Rettungswagen vor. Der Mann mit dem Herzinfarkt vom Morgen "
        "liegt inzwischen auf der Intensivstation. Es geht ihm gut.",
    ]) + [
        Spacer(0, 6),
        Paragraph("Text: Katharina Lindqvist", credit),
        Paragraph("Fotos: Klinikum / Malte Brinkmann", credit),
    ]
    fill(c, story, frames, "S5 Notaufnahme")


# ---------------------------------------------------------------- Seiten 6-7 (+11): Patientengeschichte
STORY_RUBRIC = "PATIENTENGESCHICHTE"


def page6(c):
    header(c, 6, STORY_RUBRIC)
    x1, _ = col_x(1)
    left_w = x1 - GUT - ML
    y = para_at(c, "PATIENTENGESCHICHTE", kicker, ML, TOP, left_w)
    y = para_at(c, "Zurück auf den Beinen", ParagraphStyle("h6", parent=h_big, fontSize=27,
                                                            leading=30), ML, y, left_w)
    y = para_at(c, "Im Oktober erlitt Herbert Sommerfeld einen schweren Schlaganfall. Fünf "
                   "Monate später steht er wieder auf dem Bolzplatz. Eine Geschichte über Glück, "
                   "Geduld und ein Team, das an ihn geglaubt hat.", lead, ML, y - 8, left_w)
    y = para_at(c, "Von Emre Yıldız", byline, ML, y, left_w)
    ph = 300
    draw_photo(c, x1, TOP - ph, W - MR - x1, ph, shade=HexColor("#b9c1b5"))
    yc = para_at(c, "Herbert Sommerfeld mit seiner Frau Renate im Garten ihres Hauses. "
                    "Foto: Sophie Marchand", caption, x1, TOP - ph - 4, W - MR - x1)
    frames = ([Frame(ML, BOT, left_w, y - 4 - BOT, leftPadding=0, rightPadding=0,
                     topPadding=0, bottomPadding=0)]
              + columns(x1, W - MR, yc - 4, BOT, 2))
    story = B([
        "Es war ein Sonntagmorgen, und Herbert Sommerfeld wollte nur die Zeitung holen. Auf "
        "halbem Weg zum Briefkasten gab sein rechtes Bein nach. Er hielt sich am Gartenzaun fest, "
        "wollte nach seiner Frau rufen und merkte, dass die Worte nicht so kamen, wie er sie "
        "dachte.",
        "„Ich habe gesehen, wie sein Mundwinkel herunterhing, und wusste sofort, was los ist“, "
        "erzählt Renate Sommerfeld. „Wir hatten ein paar Wochen vorher einen Bericht darüber im "
        "Fernsehen gesehen. Ich habe ihn auf die Bank gesetzt und die 112 gerufen.“ Diese "
        "Entscheidung, sagen die Ärzte heute, hat ihm vermutlich seine Selbstständigkeit "
        "gerettet.",
        "Zwölf Minuten später war der Rettungswagen da, 26 Minuten später lag der 67-Jährige im "
        "Computertomografen des Klinikums. Die Bilder zeigten den Verschluss einer großen "
        "Hirnarterie. Das Team der Stroke Unit entschied sich für eine Thrombektomie: Über einen "
        "dünnen Katheter, der von der Leiste bis ins Gehirn vorgeschoben wird, entfernten die "
        "Neuroradiologen das Gerinnsel.",
        "„Bei einem Schlaganfall sterben in jeder Minute fast zwei Millionen Nervenzellen ab“, "
        "erklärt Oberärztin Dr. Sanna Virtanen, die Herrn Sommerfeld an diesem Morgen "
        "behandelte. „Dass seine Frau so schnell reagiert hat, war entscheidend. Jede Minute, "
        "die wir früher da sind, ist ein Stück Leben, das wir zurückgeben können.“",
        "Als Herbert Sommerfeld am nächsten Morgen aufwachte, konnte er die rechte Hand wieder "
        "ein wenig bewegen. Sprechen fiel ihm schwer, Laufen war unmöglich. Auf der Stroke Unit "
        "„Linde 1“ begann noch am selben Tag die Frührehabilitation.",
        "Für das Team der Stroke Unit war der Fall zunächst einer von vielen. Rund 900 "
        "Patientinnen und Patienten mit Schlaganfall werden hier jedes Jahr behandelt, rund um die "
        "Uhr steht ein Team aus Neurologie, Neuroradiologie und speziell ausgebildeter Pflege "
        "bereit. Vom Eintreffen im Klinikum bis zum Beginn der Behandlung vergehen im Durchschnitt "
        "weniger als 30 Minuten.",
        "Die ersten Tage auf der Station hat Herbert Sommerfeld nur bruchstückhaft in Erinnerung. "
        "Er weiß noch, dass eine Pflegekraft ihm jeden Morgen die Zähne putzte, weil er es selbst "
        "nicht konnte, und dass er sich dafür schämte. „Sie hat gesagt, das sei ihr Job und ich "
        "solle mir das Schämen für später aufheben“, erzählt er. „Das hat mir gutgetan.“",
        "Nach fünf Tagen konnte er mit Hilfe auf der Bettkante sitzen, nach einer Woche ging er "
        "die ersten Schritte, gestützt von zwei Therapeuten. Seine Frau kam jeden Tag, meistens "
        "mit dem Bus, weil sie sich das Autofahren in die Stadt nicht zutraute.",
    ])
    fill(c, story, frames, "S6 Patientengeschichte")


def page7(c):
    header(c, 7, STORY_RUBRIC)
    x2, cw = col_x(2)
    ph = 210
    draw_photo(c, x2, TOP - ph, cw, ph)
    yc = para_at(c, "Gleichgewichtstraining mit Physiotherapeut Dariusz Lewandowski. "
                    "Foto: Sophie Marchand", caption, x2, TOP - ph - 4, cw)
    box(c, x2, BOT, cw, yc - 14 - BOT, "Schlaganfall erkennen: der FAST-Test", [
        "<b>F wie Face (Gesicht):</b> Bitten Sie die Person zu lächeln. Hängt ein Mundwinkel "
        "herab?",
        "<b>A wie Arms (Arme):</b> Kann die Person beide Arme nach vorn strecken und halten?",
        "<b>S wie Speech (Sprache):</b> Kann sie einen einfachen Satz nachsprechen, ohne zu "
        "lallen?",
        "<b>T wie Time (Zeit):</b> Wenn eines der Zeichen auftritt, sofort die 112 wählen und "
        "die Uhrzeit notieren, zu der die Beschwerden begonnen haben.",
        "Jedes Jahr erleiden in Deutschland rund 270.000 Menschen einen Schlaganfall.",
    ])
    frames = columns(ML, x2 - GUT, TOP, BOT, 2)
    story = B([
        "Dariusz Lewandowski erinnert sich gut an die erste Begegnung. Der Physiotherapeut "
        "arbeitet seit 14 Jahren mit Schlaganfallpatienten. „Herr Sommerfeld hat mich angeschaut "
        "und gefragt, wann er wieder Fußball spielen kann. Ich habe ihm gesagt, dass das nicht "
        "wir beide heute entscheiden, sondern seine Beine in ein paar Monaten.“",
        "Die ersten Wochen waren mühsam: Aufsetzen, Stehen, ein paar Schritte am Gehbarren. Dazu "
        "kamen Logopädie, Ergotherapie und Gedächtnistraining. „Es gab Tage, an denen ich alles "
        "hinwerfen wollte“, sagt Herbert Sommerfeld heute. Seine Sprache ist fast wieder so klar "
        "wie früher, nur bei langen Wörtern stockt er manchmal. „Aber dann kam meine Frau mit "
        "Fotos von unserem Enkel, und ich habe weitergemacht.“",
        "Dass er so weit gekommen ist, ist auch das Ergebnis einer Abstimmung, die man von außen "
        "kaum sieht. Jeden Mittwoch sitzen auf der Stroke Unit Ärztinnen, Pflegekräfte, Physio-, "
        "Ergo- und Sprachtherapeuten sowie der Sozialdienst zusammen und besprechen jeden "
        "Patienten. Welche Ziele sind realistisch? Welche Hilfsmittel werden gebraucht? Wer "
        "kümmert sich um die Reha, wer um die Pflege zu Hause?",
        "Auch Renate Sommerfeld saß bei einigen dieser Gespräche mit am Tisch. „Am Anfang habe "
        "ich nur die Hälfte verstanden“, gibt sie zu. „Aber man hat mir alles erklärt, auch "
        "zweimal, und ich durfte jede Frage stellen. Ich hatte nie das Gefühl, dass ich störe.“",
        "Nach drei Wochen wechselte er in eine Rehabilitationsklinik, seit Januar kommt er "
        "zweimal pro Woche zur ambulanten Therapie ins Klinikum zurück. Dort übt er mit Dariusz "
        "Lewandowski Gleichgewicht und Koordination – inzwischen auch mit dem Ball.",
        "Der Therapeut ist vorsichtig mit großen Worten. Jeder Schlaganfall sei anders, sagt er, "
        "und nicht jeder Patient habe so viel Glück gehabt. Aber Herbert Sommerfeld habe etwas "
        "mitgebracht, das man nicht verordnen könne: einen Grund, jeden Morgen wieder "
        "anzufangen. „Er hatte von Anfang an ein Ziel vor Augen, und das war nicht die nächste "
        "Übung, sondern sein Enkel im Tor“, sagt Lewandowski.",
        "Ein wichtiger Teil der Behandlung ist die Zeit nach dem Krankenhaus. Im Programm "
        "„Schlaganfall-Lotsen“ begleiten speziell geschulte Fachkräfte Patientinnen und "
        "Patienten ein Jahr lang nach der Entlassung. Sie koordinieren Termine, helfen bei "
        "Anträgen und achten darauf, dass Blutdruck und Medikamente gut eingestellt sind. Denn "
        "das Risiko für einen zweiten Schlaganfall ist in den ersten Monaten besonders hoch.",
        "Das Programm wurde vor drei Jahren gemeinsam mit zwei Krankenkassen gestartet und wird "
        "wissenschaftlich begleitet. Erste Auswertungen zeigen, dass die begleiteten Patienten "
        "seltener erneut ins Krankenhaus müssen als eine Vergleichsgruppe.",
    ]) + [
        photo(150, "Übung an der Sprossenwand: Koordination braucht Geduld."),
        Paragraph("Fortsetzung auf Seite 11", contd),
    ]
    fill(c, story, frames, "S7 Patientengeschichte")


# ---------------------------------------------------------------- Seiten 8-9: Hebammenkreißsaal (ohne Kolumnentitel)
def page8(c):
    header(c, 8, None)
    # kleine Überschrift, kaum größer als die Grundschrift
    y = para_at(c, "Geburtshilfe", ParagraphStyle("k8", parent=kicker, fontSize=8.5), ML,
                H - 46, 300)
    y = para_at(c, "Geburt ohne Eile: Der neue Hebammenkreißsaal",
                ParagraphStyle("h8", fontName="Serif-Bold", fontSize=13.5, leading=17,
                               textColor=INK), ML, y - 1, W - ML - MR)
    y = para_at(c, "Seit November können gesunde Schwangere im Klinikum ihr Kind in einem "
                   "Kreißsaal bekommen, in dem Hebammen die Verantwortung tragen. Das Modell "
                   "kommt aus Skandinavien – und stößt auch hier auf großes Interesse.",
                ParagraphStyle("l8", parent=body0, fontName="Serif-Italic", fontSize=10,
                               leading=14), ML, y - 5, W - ML - MR - 120)
    x1, cw = col_x(1, n=2)
    ph = 250
    draw_photo(c, ML, y - 12 - ph, W - ML - MR, ph, shade=HexColor("#c8bfb6"))
    yc = para_at(c, "Gedimmtes Licht, Gebärwanne und Seil: der neue Raum im zweiten Stock der "
                    "Frauenklinik.", caption, ML, y - 12 - ph - 4, 360)
    frames = columns(ML, W - MR, yc - 4, BOT, 2, gut=20)
    story = B([
        "Gedimmtes Licht, eine große Badewanne, ein Gymnastikball, ein Tuch, das von der Decke "
        "hängt: Wer den neuen Hebammenkreißsaal im zweiten Stock der Frauenklinik betritt, denkt "
        "zunächst nicht an ein Krankenhaus. Genau das ist gewollt. Seit November können gesunde "
        "Schwangere mit unkompliziertem Schwangerschaftsverlauf hier ihr Kind zur Welt bringen – "
        "betreut ausschließlich von Hebammen, solange alles normal verläuft.",
        "„Eine Geburt ist keine Krankheit“, sagt die leitende Hebamme Clara Bianchi. „Die "
        "allermeisten Frauen brauchen keinen Arzt, sondern Zeit, Ruhe und jemanden, der ihnen "
        "zutraut, dass sie das schaffen.“ Im Hebammenkreißsaal betreut eine Hebamme möglichst "
        "durchgehend nur eine Gebärende. Ärztinnen und Ärzte kommen nur dazu, wenn es medizinisch "
        "nötig wird – oder wenn die Frau es wünscht.",
        "Die Idee ist nicht neu. In Skandinavien und Großbritannien gehören hebammengeleitete "
        "Geburtsräume seit Jahrzehnten zum Alltag, in Deutschland gibt es inzwischen einige "
        "Dutzend. Studien zeigen, dass Frauen dort seltener Schmerzmittel und Eingriffe brauchen, "
        "ohne dass die Sicherheit für Mutter und Kind leidet.",
        "Voraussetzung ist ein ausführliches Aufnahmegespräch ab der 36. Schwangerschaftswoche. "
        "Dabei prüfen die Hebammen anhand klarer Kriterien, ob eine Geburt im Hebammenkreißsaal "
        "in Frage kommt. Bei bestimmten Vorerkrankungen, bei Zwillingen oder einer "
        "Beckenendlage ist das nicht der Fall.",
        "Für die Hebammen ist der neue Kreißsaal auch eine Rückkehr zu den Wurzeln ihres Berufs. "
        "„Viele von uns haben diesen Beruf gewählt, weil sie Frauen durch die Geburt begleiten "
        "wollten, und nicht, um fünf Geburten gleichzeitig zu überwachen“, sagt Clara Bianchi. "
        "Das Team besteht aus elf Hebammen, die im Wechsel auch im ärztlich geleiteten Kreißsaal "
        "arbeiten.",
        "Umgebaut wurden die Räume mit Spenden und Mitteln des Landes. Die Hebammen haben bei der "
        "Planung mitgeredet, bis hin zur Farbe der Wände und der Höhe der Haltegriffe. Ein "
        "Wunsch, der sich erfüllt hat: ein Fenster, das sich öffnen lässt.",
    ])
    fill(c, story, frames, "S8 Kreißsaal")


def page9(c):
    header(c, 9, None)
    x2, cw = col_x(2)
    # großes Zitat oben über die ganze Breite
    c.setStrokeColor(RED)
    c.setLineWidth(1)
    c.line(ML, TOP + 6, W - MR, TOP + 6)
    y = para_at(c, "„Wir geben den Frauen etwas zurück, das in vielen Kreißsälen verloren "
                   "gegangen ist: Zeit.“",
                ParagraphStyle("pq9", parent=pq, fontSize=24, leading=30), ML + 30, TOP - 8,
                W - ML - MR - 60)
    y = para_at(c, "Clara Bianchi", pq_name, ML + 30, y - 8, 300)
    y = para_at(c, "Leitende Hebamme", pq_office, ML + 30, y, 300)
    c.line(ML, y - 10, W - MR, y - 10)
    ph = 170
    draw_photo(c, x2, y - 24 - ph, cw, ph)
    yc = para_at(c, "Hebamme Clara Bianchi beim Aufnahmegespräch.", caption, x2,
                 y - 24 - ph - 4, cw)
    bh9 = 215
    box(c, x2, BOT, cw, bh9, "Auf einen Blick", [
        "<b>Für wen?</b> Gesunde Schwangere mit unkompliziertem Verlauf, ab der 37. Woche",
        "<b>Aufnahmegespräch</b> ab der 36. Woche, Termin unter 07999 88-4410",
        "<b>Betreuung</b> möglichst eins zu eins durch eine Hebamme",
        "<b>Ärztliche Hilfe</b> jederzeit im Nebenraum",
    ])
    frames = (columns(ML, x2 - GUT, y - 24, BOT, 2)
              + columns(x2, W - MR, yc - 4, BOT + bh9 + 12, 1))
    story = B([
        "Wird es während der Geburt kompliziert, ist der ärztliche Kreißsaal nur eine Tür "
        "entfernt. „Das ist der große Vorteil gegenüber einer Hausgeburt“, sagt Chefarzt "
        "Dr. Thomas Grünewald. „Wir halten uns im Hintergrund, aber wir sind in Sekunden da, wenn "
        "man uns braucht.“ In den ersten vier Monaten wurde etwa jede fünfte Frau im Lauf der "
        "Geburt in den ärztlichen Kreißsaal übergeleitet, meist wegen eines sehr langen "
        "Geburtsverlaufs oder auf eigenen Wunsch nach einer Periduralanästhesie.",
        "Sina Hoffmann hat ihre Tochter im Januar im Hebammenkreißsaal bekommen. Bei ihrem ersten "
        "Kind hatte die 31-Jährige in einem anderen Krankenhaus wenig Zeit und ständig wechselnde "
        "Gesichter erlebt. Diesmal blieb dieselbe Hebamme vom ersten Wehenschmerz bis zum ersten "
        "Stillen an ihrer Seite. „Ich durfte mich bewegen, wie ich wollte, und niemand hat auf "
        "die Uhr geschaut. Als die Kleine da war, hat mein Mann geweint und die Hebamme auch ein "
        "bisschen“, sagt sie und lacht.",
        "Für die Hebammen selbst bedeutet das Modell mehr Verantwortung – und mehr Zufriedenheit. "
        "Nach Jahren, in denen viele Kolleginnen den Beruf wegen der Belastung verlassen haben, "
        "bekommt das Team wieder Initiativbewerbungen. Zwei Hebammen sind eigens aus Österreich "
        "und den Niederlanden nach Bad Rotbach gezogen.",
        "Ganz ohne „Technik“ geht es natürlich auch hier nicht: Die Herztöne des Kindes werden "
        "regelmäßig kontrolliert, und alle Hebammen trainieren viermal im Jahr gemeinsam mit dem "
        "ärztlichen Team Notfälle wie eine Schulterdystokie oder eine starke Blutung nach der "
        "Geburt.",
        "Im vergangenen Jahr kamen im Klinikum 1.486 Kinder zur Welt. Die Frauenklinik ist als "
        "„Babyfreundliche Geburtsklinik“ zertifiziert und hat eine Kinderklinik mit "
        "Frühgeborenen-Intensivstation im selben Haus. Der Hebammenkreißsaal ergänzt dieses "
        "Angebot um eine Möglichkeit, die viele Familien bisher vermisst haben.",
        "Informationsabende finden jeden ersten Mittwoch im Monat um 19 Uhr im Konferenzraum der "
        "Frauenklinik statt. Eine Anmeldung ist nicht erforderlich; Partnerinnen und Partner sind "
        "herzlich willkommen.",
    ]) + [
        Spacer(0, 6),
        Paragraph("Text: Friederike Oppermann und Kenji Watanabe", credit),
        Paragraph("Fotos: Klinikum / Lars Henriksen", credit),
    ]
    fill(c, story, frames, "S9 Kreißsaal")


# ---------------------------------------------------------------- Seite 10: Azubi im Porträt
def qa(pairs):
    out = []
    for f, a in pairs:
        out.append(Paragraph(f"Frage: {f}", frage))
        out.append(Paragraph(f"<b>Antwort:</b> {a}", antwort))
    return out


def page10(c):
    header(c, 10, "AZUBI IM PORTRÄT")
    x1, cw = col_x(1)
    left_w = x1 - GUT - ML
    y = para_at(c, "AZUBI IM PORTRÄT", kicker, ML, TOP, 300)
    y = para_at(c, "Mit Herz und Dienstplan", h_big, ML, y, W - ML - MR)
    y = para_at(c, "Mariam Haddad, 21, ist im zweiten Jahr ihrer Ausbildung zur Pflegefachfrau. "
                   "Geboren in Aleppo, kam sie mit zwölf Jahren nach Bad Rotbach. Heute arbeitet "
                   "sie auf der Kardiologie – und weiß genau, wo sie hinwill.", lead, ML, y - 6,
                W - ML - MR - 80)
    ph = 250
    draw_photo(c, ML, y - ph, left_w, ph)
    yc = para_at(c, "Mariam Haddad auf der kardiologischen Station „Eiche 4“. "
                    "Foto: Lars Henriksen", caption, ML, y - ph - 4, left_w)
    box(c, ML, BOT, left_w, yc - 12 - BOT, "Ausbildung am Klinikum", [
        "<b>Pflegefachfrau / Pflegefachmann:</b> drei Jahre, Start jeweils am 1. April und "
        "1. Oktober",
        "<b>Pflegefachassistenz:</b> ein Jahr",
        "<b>Hebammenstudium:</b> dual, gemeinsam mit der Hochschule",
        "<b>Bewerbung</b> für den Start im Oktober bis 31. Mai: ausbildung@klinikum-rotbachtal.de",
    ])
    frames = columns(x1, W - MR, y, BOT, 2)
    story = [Paragraph("Das Gespräch führte Tobias Reinhardt.", byline)] + qa([
        ("Frau Haddad, warum haben Sie sich für die Pflege entschieden?",
         "Ich wollte nie einen Schreibtischjob. Als meine Großmutter vor ein paar Jahren krank "
         "war, habe ich gesehen, wie wichtig die Pflegekräfte für sie waren – wichtiger als die "
         "Ärzte, ehrlich gesagt, weil sie einfach öfter da waren. Meine Oma hat damals zu mir "
         "gesagt: „Such dir eine Arbeit, bei der du abends weißt, wofür du müde bist.“ Daran "
         "denke ich oft."),
        ("Wie ist Ihre Ausbildung aufgebaut?",
         "Sie dauert drei Jahre und wechselt zwischen Theorie an unserer Pflegeschule und "
         "Praxiseinsätzen auf verschiedenen Stationen. Ich war schon in der Chirurgie, in der "
         "Kinderklinik und bei einem ambulanten Pflegedienst. Gerade bin ich auf der Kardiologie, "
         "und das gefällt mir bisher am besten."),
        ("Was war bisher Ihr schwierigster Moment?",
         "Als zum ersten Mal ein Patient gestorben ist, den ich länger betreut hatte. Ich war "
         "danach ziemlich durcheinander. Meine Praxisanleiterin hat sich nach der Schicht eine "
         "Stunde mit mir hingesetzt. Da habe ich gemerkt, dass man hier nicht allein gelassen "
         "wird."),
        ("Das Klinikum hat das Programm „Pflege mit Zukunft“ gestartet. Was bringt es Ihnen?",
         "Sehr viel. Jede Auszubildende hat feste Praxisanleiterinnen, und es gibt eine "
         "Ausbildungsstation, auf der wir Azubis unter Anleitung eine ganze Station selbst "
         "organisieren. Das war anstrengend, aber ich habe dort mehr gelernt als aus jedem "
         "Lehrbuch."),
        ("Wie reagieren die Patienten auf Sie?",
         "Meistens sehr herzlich. Manchmal fragt jemand, woher ich komme, und dann erzähle ich "
         "ein bisschen. Ältere Patienten aus Syrien oder dem Irak freuen sich oft riesig, wenn ich "
         "Arabisch mit ihnen spreche. Dann werde ich auch mal zum Dolmetschen auf andere Stationen "
         "gerufen."),
        ("Und was machen Sie, wenn Sie nicht im Dienst sind?",
         "Schlafen, vor allem nach der Nachtschicht! Und ich spiele Volleyball im Verein, "
         "zweimal die Woche. Das ist mein Ausgleich, da denke ich an nichts anderes."),
        ("Wo wollen Sie nach dem Examen hin?",
         "Erst einmal muss ich es bestehen! Danach möchte ich auf die Intensivstation und "
         "irgendwann die Fachweiterbildung machen. Vielleicht studiere ich später noch "
         "Pflegewissenschaft. Aber eins nach dem anderen."),
    ])
    fill(c, story, frames, "S10 Azubi")


# ---------------------------------------------------------------- Seite 11: Fortsetzung + Kolumne
def page11(c):
    header(c, 11, "PATIENTENGESCHICHTE  ·  KOLUMNE")
    x2, cw = col_x(2)
    left_w = x2 - GUT - ML
    y = para_at(c, "Fortsetzung von Seite 7", contd, ML, TOP, left_w)
    y = para_at(c, "Zurück auf den Beinen", h_item, ML, y, left_w)
    ph = 175
    bh11 = 150
    box(c, ML, BOT, left_w, bh11, "Das Programm „Schlaganfall-Lotsen“", [
        "Die Lotsinnen und Lotsen begleiten Patientinnen und Patienten nach einem Schlaganfall "
        "oder einer transitorischen ischämischen Attacke ein Jahr lang. Sie helfen bei "
        "Terminen, Anträgen und Fragen zur Nachsorge und halten Kontakt zu Hausarztpraxis, "
        "Reha und Therapeuten. Die Teilnahme ist kostenlos.",
        "<b>Kontakt:</b> Neurologische Klinik, Telefon 07999 88-3120",
    ])
    frames = columns(ML, x2 - GUT, y - 2, BOT + bh11 + 14, 2)
    story = B([
        "Herbert Sommerfeld hat seine Lotsin, Svetlana Morozova, inzwischen fünfmal getroffen. "
        "Sie hat ihm geholfen, einen Schwerbehindertenausweis zu beantragen, und mit ihm "
        "besprochen, wann er wieder Auto fahren darf. „Man ist nach so einer Sache ziemlich "
        "allein mit den ganzen Formularen. Dass da jemand ist, den man anrufen kann, ist Gold "
        "wert“, sagt er.",
        "Ende Februar stand er zum ersten Mal wieder auf dem Bolzplatz hinter seinem Haus. Sein "
        "Enkel Jonte, acht Jahre alt, stand im Tor. Herbert Sommerfeld schoss, eher vorsichtig "
        "als kraftvoll, und der Ball rollte langsam an Jontes ausgestreckter Hand vorbei ins "
        "Netz.",
    ]) + [
        photo(ph, "Tor ist Tor: Herbert Sommerfeld mit seinem Enkel auf dem Bolzplatz."),
    ] + B([
        "„Er hat ihn durchgelassen, da bin ich mir sicher“, sagt Herbert Sommerfeld und lacht. "
        "„Aber das ist mir egal. Tor ist Tor.“",
        "Renate Sommerfeld hat die Szene vom Gartenzaun aus beobachtet, an derselben Stelle, an "
        "der im Oktober alles begann. Sie hat nichts gesagt, erzählt sie, sie habe nur genickt. "
        "Dann ist sie ins Haus gegangen und hat für alle drei Kakao gekocht.",
        "Bis Herbert Sommerfeld wieder Auto fahren darf, wird es noch einige Wochen dauern. Die "
        "Enkel holt er trotzdem schon wieder von der Schule ab – zu Fuß, an guten Tagen ohne "
        "Stock. Zur Therapie kommt er weiterhin zweimal in der Woche. Das Ziel für den Sommer "
        "steht schon fest: eine Radtour mit seiner Frau an den Rotbachsee, zwölf Kilometer hin "
        "und zurück.",
        "Auf der Stroke Unit erinnert ein Foto an der Pinnwand im Stationszimmer an ihn. Es zeigt "
        "ihn mit einem Fußball unter dem Arm, darunter hat er mit etwas zittriger Schrift einen "
        "Dank an das Team geschrieben.",
    ])
    fill(c, story, frames, "S11 Fortsetzung")
    # Kolumne in der rechten Spalte
    c.setFillColor(SKY)
    c.rect(x2 - 6, BOT - 6, cw + 12, TOP - BOT + 12, fill=1, stroke=0)
    yk = para_at(c, "KOLUMNE", ParagraphStyle("kk", parent=kicker, fontSize=11, leading=13),
                 x2, TOP - 2, cw)
    pw, phk = 70, 84
    draw_photo(c, x2, yk - 6 - phk, pw, phk)
    para_at(c, "Foto: privat", caption, x2 + pw + 8, yk - 6 - phk + 10, cw - pw - 8)
    yy = para_at(c, "Ingrid Solberg-Mayer", ParagraphStyle("kn", fontName="Sans-Bold",
                                                           fontSize=10.5, leading=13,
                                                           textColor=BLUE),
                 x2, yk - 6 - phk - 6, cw)
    yy = para_at(c, "ist evangelische Klinikseelsorgerin am Klinikum Rotbachtal.", caption,
                 x2, yy - 1, cw)
    kf = columns(x2, x2 + cw, yy - 6, BOT, 1)
    kst = ParagraphStyle("kst", parent=body, fontName="Serif-Italic")
    kst0 = ParagraphStyle("kst0", parent=kst, firstLineIndent=0)
    paras = [
        "Ein Krankenhaus ist ein Ort des Wartens. Man wartet auf den Befund, auf die Visite, auf "
        "das Ergebnis der Operation, auf die Entlassung. Man wartet im Flur, im Zimmer, im Auto "
        "auf dem Parkplatz. Wer hier arbeitet, wartet manchmal sehnsüchtig auf den Feierabend.",
        "Wir mögen das Warten nicht. Es fühlt sich an wie verlorene Zeit. In den Gesprächen, die "
        "ich hier führe, erlebe ich aber oft etwas anderes: Im Warten öffnet sich ein Raum, in "
        "dem Dinge gesagt werden, für die im Alltag keine Zeit war.",
        "Neulich saß ich mit einem älteren Herrn vor dem OP-Bereich. Seine Frau wurde operiert, "
        "es dauerte länger als angekündigt. Nach einer halben Stunde Schweigen fing er an, von "
        "ihrer ersten Begegnung zu erzählen, bei einem Tanzabend im Jahr 1968. Als der Arzt kam "
        "und sagte, dass alles gut gegangen sei, sagte der Mann: „Jetzt weiß ich wieder, warum "
        "ich so lange mit ihr verheiratet bin.“",
        "Ich will das Warten nicht schönreden. Es kann quälend sein. Aber vielleicht können wir "
        "es einander ein wenig leichter machen: mit einem Stuhl, einem Becher Tee, einem Satz, "
        "der zeigt, dass niemand vergessen ist.",
        "Die Kapelle im Erdgeschoss ist übrigens immer geöffnet. Man muss dort nicht beten. Man "
        "darf auch einfach warten.",
    ]
    story = [Paragraph("Vom Warten", ParagraphStyle("kt", parent=h_item, fontSize=13,
                                                    leading=16))]
    story += [Paragraph(t, kst0 if i == 0 else kst) for i, t in enumerate(paras)]
    fill(c, story, kf, "S11 Kolumne")


# ---------------------------------------------------------------- Seite 12: Termine + Impressum
def page12(c):
    header(c, 12, "SERVICE")
    x2, cw = col_x(2)
    left_w = x2 - GUT - ML
    y = para_at(c, "Termine", h_big, ML, TOP, left_w)
    t_date = ParagraphStyle("td", fontName="Cond-Bold", fontSize=9, leading=11.5,
                            textColor=RED, spaceBefore=4)
    t_title = ParagraphStyle("tt", fontName="Sans-Bold", fontSize=9.6, leading=12.3,
                             textColor=BLUE)
    t_text = ParagraphStyle("tx", parent=body0, spaceAfter=7)

    def termin(d, t, x):
        return Stack([Paragraph(d, t_date), Paragraph(t, t_title), Paragraph(x, t_text)])

    frames = columns(ML, x2 - GUT, y - 12, 300, 2)
    story = [
        termin("Mittwoch, 8. April, 18 Uhr", "Patientenforum „Vorhofflimmern – was tun?“",
               "Die Medizinische Klinik informiert über Ursachen, Behandlung und Vorbeugung. "
               "Hörsaal, Haus A. Eintritt frei."),
        termin("Samstag, 25. April, 10–14 Uhr", "Tag der offenen Tür im Hebammenkreißsaal",
               "Führungen durch die Räume, Gespräche mit dem Hebammenteam, Kinderbetreuung. "
               "Frauenklinik, 2. Stock."),
        termin("Dienstag, 5. Mai", "Internationaler Hebammentag",
               "Infostand im Foyer von Haus A, 10 bis 16 Uhr."),
        termin("Mittwoch, 13. Mai, 18 Uhr", "„Medizin am Abend“: Wenn der Rücken schmerzt",
               "Die Vortragsreihe für Bürgerinnen und Bürger geht weiter. Orthopädie und "
               "Physiotherapie erklären, was wirklich hilft. Hörsaal, Haus A."),
        termin("Samstag, 13. Juni, ab 14 Uhr", "Sommerfest des Fördervereins",
               "Musik, Kuchenbuffet, Kinderschminken und Führungen zum "
               "Hubschrauberlandeplatz. Klinikpark."),
        termin("Jeden zweiten Donnerstag, 14–19 Uhr", "Blutspende im Klinikum",
               "Foyer Haus A. Bitte Lichtbildausweis mitbringen."),
        termin("Jeden Dienstag, 15 Uhr", "Selbsthilfegruppe Schlaganfall",
               "Für Betroffene und Angehörige, Cafeteria Haus B. Ohne Anmeldung."),
    ]
    fill(c, story, frames, "S12 Termine")
    box(c, ML, BOT, left_w, 220, "So erreichen Sie uns", [
        "<b>Klinikum Rotbachtal</b>, Am Rotbach 12, 77999 Bad Rotbach",
        "<b>Zentrale</b> 07999 88-0",
        "<b>Zentrale Notaufnahme</b> 07999 88-2100 (rund um die Uhr)",
        "<b>Kreißsaal</b> 07999 88-4400",
        "<b>Patientenfürsprecherin</b> 07999 88-1050, dienstags 10–12 Uhr",
        "<b>Besuchszeiten</b> täglich 10–20 Uhr; Intensivstationen nach Absprache",
        "<b>Anfahrt</b> Buslinien 3 und 7, Haltestelle Klinikum; Parkhaus P2 mit "
        "Ermäßigung für Besucher von Langzeitpatienten",
    ])
    # Impressum rechts
    c.setFillColor(HexColor("#f4f4f2"))
    c.rect(x2 - 6, BOT - 6, cw + 12, TOP - BOT + 12, fill=1, stroke=0)
    lab = ParagraphStyle("lab", fontName="Cond-Bold", fontSize=8.3, leading=10.8,
                         textColor=INK, spaceBefore=4)
    val = ParagraphStyle("val", fontName="Cond", fontSize=8.3, leading=10.8, textColor=INK)
    imp_story = [
        Paragraph("Impressum", ParagraphStyle("ih", parent=h_mid, fontSize=15, leading=18)),
        Paragraph("PULS – Das Magazin des Klinikums Rotbachtal, Ausgabe 1/2026 "
                  "(Frühjahr)", val),
        Paragraph("Herausgeber:", lab),
        Paragraph("Klinikum Rotbachtal gGmbH<br/>Am Rotbach 12<br/>77999 Bad Rotbach", val),
        Paragraph("Redaktionsleitung:", lab),
        Paragraph("Katharina Lindqvist (Unternehmenskommunikation)", val),
        Paragraph("Redaktion:", lab),
        Paragraph("Piotr Zieliński, Jana Vogelsang, Lucia Ferrante, Emre Yıldız", val),
        Paragraph("<b>Verantwortlich für den Inhalt:</b> Matthias Kerschbaumer, "
                  "Geschäftsführer", ParagraphStyle("v2", parent=val, spaceBefore=4)),
        Paragraph("Gestaltung:", lab),
        Paragraph("Studio Feldlinie, Bad Rotbach", val),
        Paragraph("Druck:", lab),
        Paragraph("Druckerei Haller &amp; Söhne KG", val),
        Paragraph("Auflage:", lab),
        Paragraph("6.500 Exemplare", val),
        Paragraph("Bildnachweis:", lab),
        Paragraph("Titel: Malte Brinkmann<br/>Seite 2: Malte Brinkmann<br/>Seite 3: Malte "
                  "Brinkmann, Klinikum<br/>Seite 4–5: Malte Brinkmann<br/>Seite 6–7: Sophie "
                  "Marchand<br/>Seite 8–9: Lars Henriksen<br/>Seite 10: Lars Henriksen<br/>"
                  "Seite 11: Sophie Marchand, privat<br/>Seite 12: Klinikum", val),
        Paragraph("Kontakt zur Redaktion:", lab),
        Paragraph("puls@klinikum-rotbachtal.de", val),
        Paragraph("Redaktionsschluss dieser Ausgabe war der 6. März 2026. Nachdruck, auch "
                  "auszugsweise, nur mit Genehmigung der Redaktion. Aus Gründen der Lesbarkeit "
                  "verwenden wir nicht in jedem Fall alle Geschlechterformen; gemeint sind "
                  "immer alle.", ParagraphStyle("v3", parent=val, spaceBefore=8,
                                                 textColor=HexColor("#555c62"))),
    ]
    fill(c, imp_story, columns(x2, x2 + cw, TOP, BOT, 1), "S12 Impressum")


def main():
    c = canvas.Canvas(str(OUT), pagesize=A4, pageCompression=1, invariant=1)
    c.setTitle("PULS – Das Magazin des Klinikums Rotbachtal, Ausgabe 1/2026")
    c.setAuthor("Klinikum Rotbachtal")
    for fn in (page1, page2, page3, page4, page5, page6, page7, page8, page9, page10, page11,
               page12):
        fn(c)
        c.showPage()
    c.save()
    print("geschrieben:", OUT)


if __name__ == "__main__":
    main()
