#!/usr/bin/env python3
"""Generator for the blind test magazine 'Brückenschlag' 1/2026 (kulturverein-heft-2026-de).

All people, places and organisations are fictional. Run with the writer venv:
    /work/writer-venv/bin/python make_kulturverein-heft-2026-de.py
"""
import os
import sys

from reportlab.lib.colors import Color, black, white
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable, Frame, KeepTogether, Paragraph, Spacer, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "kulturverein-heft-2026-de.pdf")
FD = "/usr/share/fonts/truetype/dejavu/"

for name, fn in [
    ("Serif", "DejaVuSerif.ttf"), ("Serif-Bold", "DejaVuSerif-Bold.ttf"),
    ("Serif-Italic", "DejaVuSerif-Italic.ttf"), ("Serif-BoldItalic", "DejaVuSerif-BoldItalic.ttf"),
    ("Sans", "DejaVuSans.ttf"), ("Sans-Bold", "DejaVuSans-Bold.ttf"),
    ("Sans-Oblique", "DejaVuSans-Oblique.ttf"), ("Sans-BoldOblique", "DejaVuSans-BoldOblique.ttf"),
    ("SansCond", "DejaVuSansCondensed.ttf"), ("SansCond-Bold", "DejaVuSansCondensed-Bold.ttf"),
]:
    pdfmetrics.registerFont(TTFont(name, FD + fn))
addMapping("Serif", 0, 0, "Serif"); addMapping("Serif", 1, 0, "Serif-Bold")
addMapping("Serif", 0, 1, "Serif-Italic"); addMapping("Serif", 1, 1, "Serif-BoldItalic")
addMapping("Sans", 0, 0, "Sans"); addMapping("Sans", 1, 0, "Sans-Bold")
addMapping("Sans", 0, 1, "Sans-Oblique"); addMapping("Sans", 1, 1, "Sans-BoldOblique")

W, H = A4
ML, MR, MT, MB = 18 * mm, 18 * mm, 20 * mm, 18 * mm
GUT = 7 * mm
ACCENT = Color(0.55, 0.12, 0.18)
GREY = Color(0.78, 0.78, 0.78)
LIGHT = Color(0.94, 0.92, 0.88)

BODY = ParagraphStyle("body", fontName="Serif", fontSize=9.2, leading=12.6, alignment=TA_JUSTIFY,
                      firstLineIndent=9, spaceAfter=0)
BODY0 = ParagraphStyle("body0", parent=BODY, firstLineIndent=0, spaceAfter=2.5)
LEAD = ParagraphStyle("lead", fontName="Sans-Bold", fontSize=10.5, leading=14.5, textColor=Color(.2, .2, .2))
BYLINE = ParagraphStyle("byline", fontName="Sans", fontSize=9, leading=12, textColor=ACCENT)
TITLE = ParagraphStyle("title", fontName="Serif-Bold", fontSize=25, leading=29)
KICKER = ParagraphStyle("kicker", fontName="Sans-Bold", fontSize=9, leading=11, textColor=ACCENT)
CAPTION = ParagraphStyle("caption", fontName="Sans", fontSize=7.4, leading=9.4, textColor=Color(.25, .25, .25),
                         spaceBefore=2, spaceAfter=8)
SUBHEAD = ParagraphStyle("subhead", fontName="Sans-Bold", fontSize=9.6, leading=12.6, spaceBefore=7, spaceAfter=2)
PULL = ParagraphStyle("pull", fontName="Serif-Italic", fontSize=15, leading=19.5, textColor=ACCENT,
                      spaceBefore=6, spaceAfter=2)
PULLBY = ParagraphStyle("pullby", fontName="Sans", fontSize=8, leading=10.5, spaceAfter=10)
SIGN = ParagraphStyle("sign", parent=BODY0, alignment=TA_LEFT)
AUTHOR_END = ParagraphStyle("authend", fontName="Serif-Italic", fontSize=9.2, leading=12.6, alignment=TA_RIGHT,
                            spaceBefore=3)
BOX = ParagraphStyle("box", fontName="Sans", fontSize=8.2, leading=11)
BOXHEAD = ParagraphStyle("boxhead", fontName="Sans-Bold", fontSize=9.5, leading=12, textColor=ACCENT, spaceAfter=3)


class Photo(Flowable):
    """Grey placeholder rectangle standing in for a photograph."""

    def __init__(self, width, height):
        super().__init__()
        self.width, self.height = width, height

    def wrap(self, aw, ah):
        self.width = min(self.width, aw)
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.setFillColor(GREY)
        c.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        c.setStrokeColor(Color(.85, .85, .85))
        c.setLineWidth(0.5)
        c.line(0, 0, self.width, self.height)
        c.line(0, self.height, self.width, 0)


class PhotoCap(Flowable):
    """Photo placeholder with its caption, kept together as one block."""

    def __init__(self, photo, caption):
        super().__init__()
        self.photo, self.caption = photo, caption

    def wrap(self, aw, ah):
        pw, ph = self.photo.wrap(aw, ah)
        cw, ch = self.caption.wrap(aw, ah)
        self._ph, self._ch = ph, ch
        self.width, self.height = aw, ph + ch + CAPTION.spaceBefore + CAPTION.spaceAfter
        return self.width, self.height

    def draw(self):
        self.caption.drawOn(self.canv, 0, CAPTION.spaceAfter)
        self.photo.drawOn(self.canv, 0, self.height - self._ph)


def P(text, style=BODY):
    return Paragraph(text, style)


def box(flowables, width=None):
    t = Table([[f] for f in flowables], colWidths=[width] if width else None)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
        ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7),
        ("TOPPADDING", (0, 0), (0, 0), 7), ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
        ("TOPPADDING", (0, 1), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -2), 1),
        ("LINEABOVE", (0, 0), (-1, 0), 2, ACCENT),
    ]))
    return t


def pull(text, who):
    return [P(text, PULL), P(who, PULLBY)]


def chrome(c, pno, rubrik):
    """Running head (Rubrik) and folio."""
    c.setFillColor(ACCENT)
    c.setFont("Sans-Bold", 8)
    y = H - 12 * mm
    if pno % 2 == 0:
        c.drawString(ML, y, rubrik.upper())
        c.setFillColor(black); c.setFont("Sans", 8)
        c.drawRightString(W - MR, y, "Brückenschlag · Heft 1/2026")
    else:
        c.drawRightString(W - MR, y, rubrik.upper())
        c.setFillColor(black); c.setFont("Sans", 8)
        c.drawString(ML, y, "Brückenschlag · Heft 1/2026")
    c.setStrokeColor(ACCENT); c.setLineWidth(0.8)
    c.line(ML, y - 2.5 * mm, W - MR, y - 2.5 * mm)
    c.setFillColor(black); c.setFont("Sans-Bold", 9)
    if pno % 2 == 0:
        c.drawString(ML, 10 * mm, str(pno))
        c.setFont("Sans", 7); c.drawString(ML + 8 * mm, 10 * mm, "Kulturverein Lindenau-Oberwald e. V.")
    else:
        c.drawRightString(W - MR, 10 * mm, str(pno))
        c.setFont("Sans", 7); c.drawRightString(W - MR - 8 * mm, 10 * mm, "Kulturverein Lindenau-Oberwald e. V.")


def head_block(c, top, items, width=None):
    """Draw full-width opener paragraphs from top downwards, return new y."""
    width = width or (W - ML - MR)
    y = top
    for fl in items:
        w, h = fl.wrap(width, 1000)
        y -= h
        fl.drawOn(c, ML, y)
        y -= getattr(fl.style, "spaceAfter", 0) if hasattr(fl, "style") else 0
        y -= 4
    return y


def columns(c, top, bottom, story, ncols=2, x0=ML, x1=None, label=""):
    x1 = x1 or (W - MR)
    cw = (x1 - x0 - GUT * (ncols - 1)) / ncols
    story = list(story)
    for i in range(ncols):
        f = Frame(x0 + i * (cw + GUT), bottom, cw, top - bottom, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, showBoundary=0)
        f.addFromList(story, c)
    if story:
        sys.exit("overflow on %s: %d flowables left" % (label, len(story)))
    # column rule
    c.setStrokeColor(Color(.8, .8, .8)); c.setLineWidth(0.3)
    for i in range(1, ncols):
        x = x0 + i * (cw + GUT) - GUT / 2
        c.line(x, bottom, x, top)


COLW = (W - ML - MR - GUT) / 2

# ----------------------------------------------------------------------------- pages

def page1(c):
    c.setFillColor(ACCENT)
    c.rect(0, H - 62 * mm, W, 62 * mm, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Serif-Bold", 46)
    c.drawString(ML, H - 36 * mm, "Brückenschlag")
    c.setFont("Sans", 11)
    c.drawString(ML, H - 47 * mm, "Heft des Kulturvereins Lindenau-Oberwald e. V.")
    c.setFont("Sans-Bold", 11)
    c.drawRightString(W - MR, H - 47 * mm, "Heft 1/2026 · März")
    # cover photo
    c.setFillColor(GREY)
    c.rect(ML, 70 * mm, W - ML - MR, H - 62 * mm - 80 * mm, stroke=0, fill=1)
    c.setFillColor(Color(.45, .45, .45)); c.setFont("Sans", 8)
    c.drawString(ML + 3 * mm, 72 * mm, "Abendlicht in der Alten Zehntscheune")
    # teasers
    y = 58 * mm
    teasers = [
        ("Ausstellung", "Aylin Demirtaş zeigt „Schichten aus Licht“ in der Zehntscheune"),
        ("Porträt", "Vierzig Jahre am Pult: Hiroshi Nakamura im Gespräch"),
        ("Heimatgeschichte", "Als am Wiesenbach noch die Räder klapperten"),
        ("Literatur", "Ein Roman über Kraniche, ein Moor und das Heimkommen"),
    ]
    for kick, text in teasers:
        c.setFillColor(ACCENT); c.setFont("Sans-Bold", 8.5)
        c.drawString(ML, y, kick.upper())
        c.setFillColor(black); c.setFont("Serif", 12)
        c.drawString(ML + 36 * mm, y, text)
        y -= 9 * mm
    c.setFont("Sans", 7.5)
    c.drawString(ML, 12 * mm, "Für Mitglieder kostenlos · Schutzgebühr 3 Euro")


def page2(c):
    chrome(c, 2, "Inhalt")
    y = head_block(c, H - MT - 8 * mm, [P("Inhalt", TITLE)])
    rows = [
        ("3", "Vorwort", "Ein Jahr voller Türen", "Matthias Brenninger"),
        ("4", "Ausstellung", "Wo das Licht Schichten bildet. Aylin Demirtaş in der Alten Zehntscheune",
         "Katarzyna Wolny"),
        ("6", "Porträt", "Vierzig Jahre am Pult. Ein Gespräch mit Hiroshi Nakamura", "Annette Vogelsang"),
        ("8", "Heimatgeschichte", "Als am Wiesenbach noch die Räder klapperten", "Liam Fitzgerald"),
        ("9", "Literatur", "Kraniche über dem Moor", "Priya Raman"),
        ("9", "Literatur", "Neu in der Vereinsbücherei", "Tomasz Kowalczyk"),
        ("10", "Vereinsleben", "Das Sommerfest braucht Hände", "Élodie Marchand"),
        ("10", "Impressum", "", ""),
    ]
    TOCN = ParagraphStyle("tocn", fontName="Serif-Bold", fontSize=20, leading=22, textColor=ACCENT)
    TOCR = ParagraphStyle("tocr", fontName="Sans-Bold", fontSize=7.5, leading=9, textColor=ACCENT)
    TOCT = ParagraphStyle("toct", fontName="Serif-Bold", fontSize=11.5, leading=14.5)
    TOCA = ParagraphStyle("toca", fontName="Sans-Oblique", fontSize=8.5, leading=11)
    data = []
    for num, rub, tit, auth in rows:
        cell = [P(rub.upper(), TOCR)]
        if tit:
            cell.append(P(tit, TOCT))
        if auth:
            cell.append(P(auth, TOCA))
        data.append([P(num, TOCN), cell])
    t = Table(data, colWidths=[16 * mm, 100 * mm])
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -2), 0.4, GREY),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]))
    tw, th = t.wrap(120 * mm, 600)
    t.drawOn(c, ML, y - th - 4 * mm)
    # Termine box on the right
    termine = [
        P("Termine im Frühjahr", BOXHEAD),
        P("<b>bis 26. April</b><br/>Ausstellung „Schichten aus Licht“, Alte Zehntscheune, Sa und So 14–18 Uhr", BOX),
        P("<b>18. April, 19.30 Uhr</b><br/>Frühjahrskonzert des Oberwalder Liederkranzes unter dem Motto "
          "„Frühlingserwachen“, Gemeindesaal St. Michael", BOX),
        P("<b>7. Mai, 19 Uhr</b><br/>Lesekreis: Wir sprechen über Ole Sandviks Roman „Das Jahr der Kraniche“, "
          "Vereinsbücherei im Alten Rathaus", BOX),
        P("<b>16. Mai, 10 Uhr</b><br/>Mühlenwanderung entlang des Wiesenbachs, Treffpunkt Brücke an der "
          "Talstraße", BOX),
        P("<b>27. Juni, ab 15 Uhr</b><br/>Sommerfest im Pfarrgarten", BOX),
    ]
    b = box(termine, width=48 * mm)
    bw, bh = b.wrap(48 * mm, 600)
    b.drawOn(c, W - MR - 48 * mm, y - bh - 4 * mm)
    # small cover note
    note = P("<b>Zum Titelbild:</b> Die Alte Zehntscheune im Abendlicht, kurz vor der Eröffnung der Ausstellung "
             "im Februar.", CAPTION)
    nw, nh = note.wrap(120 * mm, 100)
    note.drawOn(c, ML, MB + 6 * mm)


def page3(c):
    chrome(c, 3, "Vorwort")
    top = H - MT - 8 * mm
    y = head_block(c, top, [P("VORWORT", KICKER), P("Ein Jahr voller Türen", TITLE)])
    story = [
        PhotoCap(Photo(COLW, 52 * mm),
        P("Der Vorsitzende beim Neujahrsempfang im Alten Rathaus. Foto: Sven Lindqvist", CAPTION)),
        P("Liebe Mitglieder, liebe Freundinnen und Freunde unseres Vereins,", BODY0),
        P("wer in diesen Wochen an der Alten Zehntscheune vorbeigeht, sieht abends Licht hinter den "
          "Holzlatten. Zum ersten Mal seit ihrer Sanierung zeigt der Verein dort eine große Ausstellung, "
          "und die Resonanz hat uns alle überrascht: Mehr als neunhundert Besucherinnen und Besucher kamen "
          "allein in den ersten drei Wochenenden, viele von ihnen zum ersten Mal überhaupt in das Gebäude, "
          "an dem die meisten jahrzehntelang achtlos vorbeigefahren sind."),
        P("Dass eine Scheune, in der früher der Zehnt an Korn und Wein abgeliefert wurde, heute Bilder "
          "beherbergt, ist für mich ein schönes Sinnbild für das, was ein Kulturverein leisten kann. Wir "
          "öffnen Türen, die lange verschlossen waren, und wir laden Menschen ein, die vielleicht glaubten, "
          "Kunst sei nichts für sie. Unsere Ehrenvorsitzende Hildegard Sommerfeld hat das bei der "
          "Gründungsfeier vor dreißig Jahren so formuliert: „Ein Dorf ohne Kultur ist wie ein Haus ohne "
          "Fenster. Man kann darin wohnen, aber man sieht nichts von der Welt.“ Ich habe diesen Satz nie "
          "vergessen."),
        P("Dieses Heft erzählt von solchen Türen. Katarzyna Wolny hat die Malerin Aylin Demirtaş beim "
          "Aufbau ihrer Ausstellung begleitet. Annette Vogelsang hat mit Hiroshi Nakamura gesprochen, der "
          "nach vierzig Jahren die Leitung unseres Liederkranzes abgibt und dem wir an dieser Stelle schon "
          "einmal von Herzen danken. Und Liam Fitzgerald, der vor zwölf Jahren aus Cork zu uns gezogen ist, "
          "hat sich in die Geschichte der Wiesenmühle vertieft, die viele Alteingesessene nur noch vom "
          "Hörensagen kennen."),
        P("Nicht alles in diesem Jahr ist leicht. Die Zuschüsse der Gemeinde sind gekürzt worden, und die "
          "Heizkosten für den Gemeindesaal haben sich verdoppelt. Der Vorstand hat deshalb beschlossen, den "
          "Mitgliedsbeitrag erstmals seit 2014 moderat anzuheben. Die Mitgliederversammlung im Januar hat "
          "diesem Vorschlag mit großer Mehrheit zugestimmt, wofür ich Ihnen ausdrücklich danke. Jeder Euro "
          "bleibt im Ort."),
        P("Ganz besonders freue ich mich über die vielen neuen Gesichter: Einundzwanzig Menschen sind seit "
          "dem Herbst eingetreten, darunter erstaunlich viele junge Familien. Auf der letzten Seite lesen "
          "Sie, wo wir beim Sommerfest noch Unterstützung brauchen. Kommen Sie vorbei, bringen Sie Ihre "
          "Nachbarn mit, und sagen Sie uns, was Ihnen fehlt. Ein Verein lebt von denen, die mitmachen."),
        P("Ich wünsche Ihnen eine anregende Lektüre und einen hellen Frühling.", BODY0),
        Spacer(1, 6),
        P("Mit herzlichen Grüßen", SIGN),
        Spacer(1, 10),
        P("<b>Matthias Brenninger</b>", SIGN),
        P("1. Vorsitzender", SIGN),
    ]
    columns(c, y - 4 * mm, MB + 4 * mm, story, label="p3")


def page4(c):
    chrome(c, 4, "Ausstellung")
    top = H - MT - 8 * mm
    y = head_block(c, top, [
        P("AUSSTELLUNG", KICKER),
        P("Wo das Licht Schichten bildet", TITLE),
        P("Von Katarzyna Wolny", BYLINE),
        P("Die Malerin Aylin Demirtaş hat für die Alte Zehntscheune eine Werkreihe geschaffen, die mit dem "
          "Raum selbst spricht. Ein Besuch beim Aufbau und an einem Sonntag voller Gäste.", LEAD),
    ])
    story = [
        PhotoCap(Photo(COLW, 60 * mm),
        P("Aylin Demirtaş vor ihrem Triptychon „Morgen im Hof“. Foto: Sven Lindqvist", CAPTION)),
        P("Es ist kurz nach zehn an einem kalten Februarmorgen, und in der Alten Zehntscheune riecht es "
          "nach Holz, Farbe und Kaffee aus der Thermoskanne. Aylin Demirtaş steht auf einer Leiter und "
          "rückt eine Leinwand um zwei Zentimeter nach links. Dann steigt sie herunter, tritt zurück, "
          "betrachtet das Bild lange und nickt. Für die Malerin, die 1981 in Izmir geboren wurde und seit "
          "ihrem Studium in Karlsruhe im Südwesten lebt, ist das Hängen einer Ausstellung fast so wichtig "
          "wie das Malen selbst."),
        P("„Ich male nicht, was ich sehe, sondern was das Licht mit einem Raum macht“, sagt sie. Die "
          "achtzehn großformatigen Arbeiten der Ausstellung „Schichten aus Licht“ sind in den vergangenen "
          "zwei Jahren entstanden, viele davon direkt vor Ort. Demirtaş hat die Scheune zu verschiedenen "
          "Tageszeiten besucht, hat skizziert, fotografiert und notiert, wie die Sonne durch die Ritzen "
          "zwischen den Brettern fällt. Aus diesen Notizen sind Bilder geworden, die auf den ersten Blick "
          "abstrakt wirken und sich beim zweiten Hinsehen als sehr genaue Beobachtungen erweisen."),
        P("Die Titel verraten, wie sie arbeitet: „Zehntscheune, 16 Uhr“ heißt eine der Tafeln, eine andere "
          "„Nordwand im November“. Jedes Bild ist in vielen dünnen Lasuren aufgebaut, manche Flächen hat "
          "die Künstlerin zwanzig- oder dreißigmal übermalt. Jedes Bild sei ein Protokoll eines "
          "Nachmittags, hat sie einmal gesagt. „Die Scheune hat selbst Schichten, Jahrhunderte davon. Das "
          "hat mich vom ersten Tag an gepackt“, erklärt Demirtaş, während sie mit dem Daumen über einen "
          "alten Balken streicht."),
        P("Ein Raum mit Geschichte", SUBHEAD),
        P("Dass die Ausstellung überhaupt in der Scheune stattfinden kann, ist einem langen Atem zu "
          "verdanken. Nach der Sanierung durch die Gemeinde stand das Gebäude zwei Jahre fast leer; nur der "
          "Flohmarkt im Herbst nutzte es regelmäßig. Die Kuratorin Francesca Morandi, die im Verein die "
          "Arbeitsgruppe Bildende Kunst leitet, hatte die Idee schon 2023. „Wir wollten keine weiße Wand, "
          "wir wollten einen Ort, der etwas erzählt“, erklärt Francesca Morandi. Der Boden ist uneben, die "
          "Wände sind nicht gerade, und die Heizung besteht aus zwei geliehenen Strahlern. Gerade das "
          "mache den Reiz aus, findet sie."),
    ]
    columns(c, y - 4 * mm, MB + 4 * mm, story, label="p4")


def page5(c):
    chrome(c, 5, "Ausstellung")
    top = H - MT - 6 * mm
    story = [
        P("Die Zusammenarbeit mit dem Bauhof, der die Stellwände gezimmert hat, und mit den vielen "
          "Ehrenamtlichen, die seit Februar die Aufsicht übernehmen, beschreibt Morandi als das eigentliche "
          "Kunstwerk dieses Winters. Fast vierzig Mitglieder haben sich in den Dienstplan eingetragen, "
          "manche kommen jedes Wochenende."),
        P("Sehen lernen", SUBHEAD),
        P("Wer an einem Sonntagnachmittag durch die Ausstellung geht, erlebt etwas Seltenes: Die Menschen "
          "bleiben stehen. Sie setzen sich auf die Bänke, die der Verein in die Mitte des Raums gestellt hat, "
          "und warten, bis das Licht draußen sich verändert. Denn das ist der eigentliche Trick der Schau: "
          "Die Bilder hängen so, dass das echte Licht aus den Ritzen auf sie fällt und mit dem gemalten "
          "Licht in Wettstreit tritt. Um vier Uhr sieht der Raum anders aus als um zwei."),
        P("Das Gästebuch am Ausgang ist nach sechs Wochen fast voll. Eine Besucherin hat hineingeschrieben: "
          "„Ich bin dreimal gekommen und habe jedes Mal ein anderes Bild gesehen, obwohl nichts umgehängt "
          "wurde.“ Ein Kind hat eine Sonne gemalt, darunter steht in krakeliger Schrift das Wort "
          "„Scheunenlicht“."),
        P("Demirtaş selbst ist an vielen Wochenenden da und spricht mit den Gästen, auch mit denen, die "
          "offen zugeben, mit moderner Malerei wenig anfangen zu können. Sie nimmt das gelassen. „Man muss "
          "nichts verstehen. Man muss nur lange genug hinschauen, dann fängt das Bild an zu reden“, sagt "
          "sie und lacht. Für den April plant sie zusammen mit der Grundschule eine Malwerkstatt, in der "
          "Kinder ihre eigenen Lichtprotokolle anfertigen sollen."),
        P("Und danach? Einige Arbeiten sind bereits verkauft, zwei davon an Familien aus dem Ort. Eine "
          "großformatige Tafel, das Triptychon „Morgen im Hof“, möchte der Verein gern dauerhaft im Alten "
          "Rathaus zeigen, wenn sich die Finanzierung klären lässt. Demirtaş wäre einverstanden. Die "
          "Scheune, sagt sie zum Abschied, habe ihr mehr beigebracht als manche Akademie."),
        PhotoCap(Photo(COLW, 46 * mm),
        P("Blick in den Ausstellungsraum am Eröffnungsabend. Foto: Katarzyna Wolny", CAPTION)),
        *pull("„Jedes Bild ist ein Protokoll eines Nachmittags.“", "Aylin Demirtaş, Malerin"),
        box([
            P("„Schichten aus Licht“", BOXHEAD),
            P("Malerei von Aylin Demirtaş", BOX),
            P("Alte Zehntscheune, Kirchgasse 3, Lindenau", BOX),
            P("bis 26. April 2026, Samstag und Sonntag 14–18 Uhr, Eintritt frei", BOX),
            P("Führungen mit der Künstlerin am 29. März und 19. April, jeweils 15 Uhr", BOX),
        ], width=COLW),
    ]
    columns(c, top, MB + 4 * mm, story, label="p5")


def page6(c):
    chrome(c, 6, "Porträt")
    top = H - MT - 8 * mm
    y = head_block(c, top, [
        P("PORTRÄT", KICKER),
        P("Vierzig Jahre am Pult", TITLE),
        P("Hiroshi Nakamura leitet seit 1986 den Oberwalder Liederkranz. Im Herbst gibt er den Taktstock "
          "ab. Ein Gespräch über Probenabende, Heimweh und die Frage, warum Männer so ungern Tenor singen.",
          LEAD),
        P("Mit Hiroshi Nakamura sprach Annette Vogelsang", BYLINE),
    ])
    story = [
        PhotoCap(Photo(COLW, 56 * mm),
        P("Hiroshi Nakamura bei der Probe im Gemeindesaal. Foto: Marco Bellandi", CAPTION)),
        P("<b>Vogelsang:</b> Herr Nakamura, Sie sind 1979 als Austauschstudent nach Freiburg gekommen. Wie "
          "wird aus einem Musikstudenten aus Osaka der Chorleiter eines Dorfchors im Oberwald?", BODY0),
        P("<b>Nakamura:</b> Durch einen Zufall und eine Panne. Ich hatte ein Zimmer bei einer Familie in "
          "Lindenau, und der Vater sang im Liederkranz. Eines Abends war der damalige Dirigent krank, und "
          "man fragte mich, ob ich nicht einspringen könnte. Ich konnte kaum Deutsch, aber Musik ist eine "
          "Sprache, die man mit den Händen spricht. Nach der Probe haben sie mich zum Bier eingeladen, und "
          "sieben Jahre später war ich fest angestellt.", BODY0),
        P("<b>Vogelsang:</b> Was war am Anfang am schwierigsten?", BODY0),
        P("<b>Nakamura:</b> Das Zuhören. Nicht meines, sondern das der Sänger. Viele kamen aus Tradition, "
          "weil schon der Großvater gesungen hatte. Sie sangen laut und gern, aber nicht miteinander. Meine "
          "erste Chorleiterin in Osaka, Michiko Tanabe, sagte immer: „Wer nicht zuhört, kann nicht singen. "
          "Er kann nur lauter sein als die anderen.“ Diesen Satz habe ich in den ersten Jahren bestimmt "
          "hundertmal übersetzt.", BODY0),
        P("<b>Vogelsang:</b> Und die Sänger haben das akzeptiert?", BODY0),
        P("<b>Nakamura:</b> Nicht sofort. Es gab Widerstand, als ich angefangen habe, neben „Der Mond ist "
          "aufgegangen“ auch japanische Volkslieder zu proben. Ein älterer Herr hat damals den Chor "
          "verlassen. Aber als wir „Sakura, Sakura“ zum ersten Mal beim Sängerfest gesungen haben, war es "
          "im Saal ganz still. Danach kam genau dieser Herr zu mir und hat gefragt, ob er wieder mitmachen "
          "darf.", BODY0),
        P("<b>Vogelsang:</b> Heute singen im Liederkranz auch Frauen. Das war nicht immer so.", BODY0),
        P("<b>Nakamura:</b> Nein, bis 1997 war es ein reiner Männerchor. Die Öffnung war die beste "
          "Entscheidung, die wir getroffen haben, und die umstrittenste. Es gab Abende, an denen die "
          "Jahreshauptversammlung bis Mitternacht dauerte. Heute haben wir zweiundvierzig Mitglieder, "
          "davon mehr als die Hälfte Frauen, und endlich genug Tenöre. Männer singen offenbar lieber "
          "Tenor, wenn Frauen zuhören.", BODY0),
    ]
    columns(c, y - 4 * mm, MB + 4 * mm, story, label="p6")


def page7(c):
    chrome(c, 7, "Porträt")
    top = H - MT - 6 * mm
    story = [
        P("<b>Vogelsang:</b> Haben Sie in all den Jahren nie Heimweh gehabt?", BODY0),
        P("<b>Nakamura:</b> Doch, natürlich. Besonders im Frühling, zur Kirschblüte. Aber irgendwann habe "
          "ich gemerkt, dass der Oberwald auch eine Kirschblüte hat, nur heißt sie hier anders und dauert "
          "länger. Meine Frau kommt aus Oberwald, unsere Kinder sind hier aufgewachsen. Wenn ich heute nach "
          "Osaka fliege, habe ich nach zwei Wochen Heimweh nach dem Wiesenbach.", BODY0),
        P("<b>Vogelsang:</b> Was hat sich an der Chorarbeit verändert?", BODY0),
        P("<b>Nakamura:</b> Die Menschen haben weniger Zeit, und sie wollen sich nicht mehr für Jahrzehnte "
          "binden. Früher kam man in den Chor und blieb bis zum Tod. Heute kommen viele für ein Projekt, "
          "für ein Konzert, und dann sehen wir weiter. Ich finde das nicht schlimm. Wir haben das "
          "Projektsingen eingeführt, und daraus sind einige unserer treuesten Mitglieder geworden. Was ich "
          "vermisse, ist die „Hausmusik“, das Singen ohne Anlass, am Küchentisch.", BODY0),
        P("<b>Vogelsang:</b> Im Herbst übernimmt Jana Lindemann-Ocak die Leitung. Was geben Sie ihr mit?",
          BODY0),
        P("<b>Nakamura:</b> Gar nichts, hoffe ich. Sie ist eine hervorragende Musikerin und hat ihre eigenen "
          "Ideen. Das Schlimmste, was ein Vorgänger tun kann, ist, in der ersten Reihe zu sitzen und "
          "die Stirn zu runzeln. Ich werde im Bass singen, ganz hinten, und den Mund halten. Das wird "
          "schwer genug.", BODY0),
        P("<b>Vogelsang:</b> Und worauf freuen Sie sich am meisten?", BODY0),
        P("<b>Nakamura:</b> Auf Dienstagabende, an denen ich nichts vorbereiten muss. Und darauf, endlich "
          "einmal von der anderen Seite zu hören, wie dieser Chor klingt. Ich habe ihn vierzig Jahre lang "
          "nur von vorn gehört.", BODY0),
        Spacer(1, 6),
        *pull("„Musik ist eine Sprache, die man mit den Händen spricht.“", "Hiroshi Nakamura, Chorleiter"),
        PhotoCap(Photo(COLW, 50 * mm),
        P("Der Liederkranz 1988 beim Sängerfest in Lindenau, Nakamura ganz links. "
          "Bild: Ingrid Pohl/Archiv", CAPTION)),
        box([
            P("Zur Person", BOXHEAD),
            P("Hiroshi Nakamura, geboren 1956 in Osaka, studierte Musik in Kyoto und Freiburg. Seit 1986 "
              "leitet er den Oberwalder Liederkranz, von 1991 bis 2018 unterrichtete er außerdem an der "
              "Musikschule im Nachbarort. Sein Abschiedskonzert findet am 10. Oktober 2026 in der "
              "Pfarrkirche St. Michael statt.", BOX),
        ], width=COLW),
    ]
    columns(c, top, MB + 4 * mm, story, label="p7")


def page8(c):
    chrome(c, 8, "Heimatgeschichte")
    top = H - MT - 8 * mm
    y = head_block(c, top, [
        P("HEIMATGESCHICHTE", KICKER),
        P("Als am Wiesenbach noch die Räder klapperten", TITLE),
        P("Fast dreihundert Jahre lang mahlte die Wiesenmühle das Korn des Oberwalds. Heute erinnert "
          "nur noch ein Mühlstein im Vorgarten an sie. Eine Spurensuche.", LEAD),
    ])
    story = [
        PhotoCap(Photo(COLW, 50 * mm),
        P("Die Wiesenmühle um 1910, links der Mühlkanal. Bild: Gerda Maurer/Archiv", CAPTION)),
        P("Wer heute die Talstraße hinunter zur Brücke geht, kommt an einem unscheinbaren Wohnhaus mit "
          "grünen Fensterläden vorbei. Nur der Mühlstein, der halb im Gras versunken neben der Haustür "
          "liegt, verrät, was hier einmal stand. Die Wiesenmühle wird 1612 zum ersten Mal in einem "
          "Zinsbuch erwähnt; vermutlich ist sie deutlich älter. Bis 1958 wurde hier Getreide gemahlen, "
          "zuletzt mit einem elektrischen Antrieb, der das alte Wasserrad ersetzt hatte."),
        P("Die beste Quelle für die Geschichte der Mühle ist das Buch „Mühlen und Hämmer im Oberwald“, "
          "das der Lehrer Gerhard Stolz 1964 im Selbstverlag herausgegeben hat. Stolz hat in den Archiven "
          "von Lindenau und Freiburg die Pachtverträge, Streitakten und Kaufbriefe zusammengetragen, "
          "die sonst längst verloren wären. Ein Exemplar steht in unserer Vereinsbücherei."),
        P("Das Hochwasser von 1874", SUBHEAD),
        P("Dramatisch wird die Überlieferung im Frühjahr 1874. Nach einem schneereichen Winter trat der "
          "Wiesenbach innerhalb einer Nacht über die Ufer. Pfarrer Anselm Hufnagel notierte in der "
          "Pfarrchronik: „Das Wasser stand bis an die Fensterbänke der Mühle, und der Müller rettete nur "
          "die Säcke und sein Vieh. Das Rad hat es fortgerissen bis hinunter zur Sägerei.“ Ein neues Rad "
          "wurde erst zwei Jahre später eingebaut, mit Geld, das die Gemeinde vorstreckte."),
        P("In den folgenden Jahrzehnten war die Mühle mehr als ein Betrieb. Sie war Treffpunkt, "
          "Nachrichtenbörse und, wie ältere Leute erzählen, eine Art „gute Stube“ des Unterdorfs. Wer sein "
          "Korn brachte, wartete oft stundenlang und erfuhr in dieser Zeit alles, was im Tal geschah."),
        P("„Man hat das Mahlwerk bis zum Kirchplatz gehört, und wenn es still war, wusste jeder, dass "
          "etwas nicht stimmt.“ So erinnerte sich Marianne Eckstein, die als Tochter des letzten Müllers "
          "in der Mühle aufwuchs, 2011 in einem Gespräch mit dem Verein. Sie ist 2019 gestorben; die "
          "Tonaufnahme liegt im Vereinsarchiv. Eckstein beschrieb, wie die Kinder des Unterdorfs als "
          "„Mühlenkinder“ galten, weil sie nach der Schule beim Säckeschleppen halfen und dafür eine Brezel "
          "bekamen."),
        P("Das Ende kam leise. Die großen Genossenschaftsmühlen im Rheintal mahlten billiger, die Bauern "
          "gaben ihr Getreide nach und nach ab, und 1958 legte der Müller den Betrieb still. Das Rad wurde "
          "verschrottet, der Kanal zugeschüttet. Geblieben sind der Stein, einige Fotografien und die "
          "Erinnerungen, die wir sammeln wollen, solange es noch Menschen gibt, die sie erzählen können. "
          "Wer alte Bilder oder Dokumente besitzt, melde sich bitte bei der Redaktion."),
        P("Liam Fitzgerald", AUTHOR_END),
    ]
    columns(c, y - 4 * mm, MB + 4 * mm, story, label="p8")


def page9(c):
    chrome(c, 9, "Literatur")
    top = H - MT - 8 * mm
    y = head_block(c, top, [
        P("LITERATUR", KICKER),
        P("Kraniche über dem Moor", TITLE),
        P("Von Priya Raman", BYLINE),
    ])
    story = [
        P("Ole Sandvik hat im November bei uns gelesen, und der Saal war so voll wie selten. Jetzt hat "
          "sich der Lesekreis seinen Roman vorgenommen.", LEAD),
        Spacer(1, 4),
        P("Es gibt Bücher, die man in einem Zug liest, und solche, die man immer wieder weglegt, weil ein "
          "Satz nachklingt. „Das Jahr der Kraniche“ gehört zur zweiten Sorte. Ole Sandvik, der in Bergen "
          "aufgewachsen ist und seit vielen Jahren am Rand des Oberwalds lebt, erzählt darin von einer "
          "Biologin, die nach dem Tod ihrer Mutter in ein norddeutsches Moordorf zurückkehrt, um die "
          "Kraniche zu zählen, und dabei ihre eigene Kindheit wiederfindet."),
        P("Die Handlung ist schnell erzählt, und doch passiert viel. Sandvik lässt sich Zeit mit seinen "
          "Figuren, mit dem Wetter, mit dem Geräusch der Vögel im Morgennebel. Schon sein Debüt „Salz im "
          "Wind“ war ein Buch der Landschaften; hier aber verbindet er die Natur mit einer sehr genauen "
          "Beobachtung von Familie. Die Schwestern, die sich nach Jahren wiedersehen, reden aneinander "
          "vorbei, und die Kraniche sind das Einzige, worüber sie sich einig sind."),
        P("Eine Stelle hat unser Lesekreis besonders lange besprochen. Gegen Ende schreibt Sandvik: "
          "„Die Kraniche kamen jedes Jahr zurück, nur wir hatten vergessen, wohin wir gehörten.“ Für "
          "manche in der Runde war das der Schlüssel zum ganzen Buch, für andere ein Satz, der zu sehr "
          "nach Kalenderspruch klingt."),
        PhotoCap(Photo(COLW, 44 * mm),
        P("Ole Sandvik bei seiner Lesung im Gemeindesaal. Foto: Marco Bellandi", CAPTION)),
        P("Der Lesekreis trifft sich seit acht Jahren einmal im Monat in der Vereinsbücherei. „Wir "
          "streiten gern, aber wir lesen jedes Buch bis zum Ende, auch wenn es wehtut“, meint Kemal "
          "Aksoy, der die Runde zusammenhält. Zum Treffen im Mai sind Gäste ausdrücklich willkommen; "
          "das Buch kann in der Bücherei ausgeliehen werden."),
        P("Mein Urteil: ein stilles, kluges Buch, das man nicht jedem empfehlen kann, das aber lange "
          "bleibt. Wer im Frühjahr einmal frühmorgens am Moor gestanden hat, wird es mögen."),
        Spacer(1, 6),
        box([
            P("Neu in der Vereinsbücherei", BOXHEAD),
            P("Unsere kleine Bücherei im Alten Rathaus wächst. Seit dem Herbst sind dank mehrerer "
              "Schenkungen über sechzig Bände hinzugekommen. Besonders empfehlen möchten wir:", BOX),
            P("• „Das Jahr der Kraniche“ von Ole Sandvik, in zwei Exemplaren<br/>"
              "• „Die Farben des Südwestens“, ein Bildband über Malerinnen der Region<br/>"
              "• „Chorleben“, eine Geschichte des Laiengesangs in Baden<br/>"
              "• „Mühlen und Hämmer im Oberwald“, Nachdruck der Ausgabe von 1964", BOX),
            P("Geöffnet ist die Bücherei dienstags von 16 bis 18 Uhr und nach jeder Veranstaltung im "
              "Rathaussaal. Die Ausleihe ist für Mitglieder kostenlos, Spenden sind willkommen. Wer Bücher "
              "abgeben möchte, spricht uns bitte vorher an, denn der Platz im Regal ist begrenzt.", BOX),
            P("<i>Tomasz Kowalczyk</i>", ParagraphStyle("bxr", parent=BOX, alignment=TA_RIGHT)),
        ], width=COLW),
    ]
    columns(c, y - 3 * mm, MB + 4 * mm, story, label="p9")


def page10(c):
    chrome(c, 10, "Vereinsleben")
    top = H - MT - 8 * mm
    y = head_block(c, top, [
        P("VEREINSLEBEN", KICKER),
        P("Das Sommerfest braucht Hände", ParagraphStyle("t2", parent=TITLE, fontSize=20, leading=24)),
    ])
    left = [
        P("Am 27. Juni feiern wir wieder im Pfarrgarten, und wie jedes Jahr steht und fällt das Fest mit "
          "den Menschen, die mit anpacken. Wir suchen Helferinnen und Helfer für den Aufbau am Freitagabend, "
          "für die Kuchentheke, den Grill und die Kinderecke sowie für das Aufräumen am Sonntagmorgen. "
          "Auch wer nur eine Stunde Zeit hat, ist herzlich willkommen."),
        P("Neu ist in diesem Jahr eine offene Bühne: Wer singen, musizieren, jonglieren oder ein Gedicht "
          "vortragen möchte, kann sich bis Ende Mai anmelden. Der Liederkranz hat bereits zugesagt, den "
          "Nachmittag zu eröffnen, und die Theatergruppe probt an einem kurzen Stück, über das noch nichts "
          "verraten wird."),
        P("Der Erlös des Festes geht in diesem Jahr an die geplante Dauerausstellung im Alten Rathaus. "
          "Kuchenspenden bitte bis zum 20. Juni anmelden, damit wir nicht wieder vierzehn "
          "Käsekuchen und keinen einzigen Zwetschgenkuchen haben. Die Liste hängt im Schaukasten am "
          "Rathaus, man kann sich aber auch einfach per E-Mail melden."),
        P("Élodie Marchand", AUTHOR_END),
        Spacer(1, 8),
        box([
            P("Neue Mitglieder", BOXHEAD),
            P("Seit dem Erscheinen des letzten Heftes sind dem Verein einundzwanzig Menschen beigetreten. "
              "Wir heißen alle herzlich willkommen und freuen uns darauf, Sie bei unseren Veranstaltungen "
              "kennenzulernen.", BOX),
        ], width=COLW),
    ]
    columns(c, y - 4 * mm, MB + 4 * mm, left, ncols=1, x0=ML, x1=ML + COLW, label="p10L")

    IMH = ParagraphStyle("imh", fontName="Sans-Bold", fontSize=7.8, leading=10, spaceBefore=5)
    IMT = ParagraphStyle("imt", fontName="Sans", fontSize=7.8, leading=10)
    imp = [
        P("Impressum", ParagraphStyle("imtitle", fontName="Serif-Bold", fontSize=14, leading=17,
                                      textColor=ACCENT, spaceAfter=4)),
        P("„Brückenschlag“ – Heft des Kulturvereins Lindenau-Oberwald e. V., Heft 1/2026, 31. Jahrgang", IMT),
        P("Herausgeber:", IMH),
        P("Kulturverein Lindenau-Oberwald e. V.<br/>Marktstraße 12<br/>79999 Lindenau<br/>"
          "heft@kulturverein-lindenau.example", IMT),
        P("Redaktion:", IMH),
        P("Annette Vogelsang (verantwortlich)<br/>Katarzyna Wolny<br/>Tobias Engelhardt", IMT),
        P("<b>Satz und Layout:</b> Nele Brandstätter", ParagraphStyle("imx", parent=IMT, spaceBefore=5)),
        P("<b>Druck:</b> Druckerei Schwarzwaldpresse GmbH, Lindenau", ParagraphStyle("imy", parent=IMT,
                                                                                       spaceBefore=5)),
        P("<b>Bildnachweis Titel:</b> Sven Lindqvist", ParagraphStyle("imz", parent=IMT, spaceBefore=5)),
        P("Auflage: 650 Exemplare. Das Heft erscheint zweimal im Jahr und ist im Mitgliedsbeitrag "
          "enthalten. Namentlich gekennzeichnete Beiträge geben nicht in jedem Fall die Meinung der "
          "Redaktion wieder. Für unverlangt eingesandte Manuskripte und Fotos wird keine Haftung "
          "übernommen. Redaktionsschluss für Heft 2/2026 ist der 15. August.",
          ParagraphStyle("imw", parent=IMT, spaceBefore=7)),
        P("Bankverbindung: Sparkasse Oberwald, IBAN DE00 0000 0000 0000 0000 00", ParagraphStyle(
            "imv", parent=IMT, spaceBefore=5)),
    ]
    x0 = ML + COLW + GUT
    t = box(imp, width=COLW)
    tw, th = t.wrap(COLW, 700)
    t.drawOn(c, x0, y - 4 * mm - th)
    c.setStrokeColor(Color(.8, .8, .8)); c.setLineWidth(0.3)
    c.line(x0 - GUT / 2, MB + 4 * mm, x0 - GUT / 2, y - 4 * mm)


def main():
    c = canvas.Canvas(OUT, pagesize=A4)
    c.setTitle("Brückenschlag – Heft 1/2026")
    c.setAuthor("Kulturverein Lindenau-Oberwald e. V.")
    for fn in [page1, page2, page3, page4, page5, page6, page7, page8, page9, page10]:
        fn(c)
        c.showPage()
    c.save()
    print("wrote", OUT)


if __name__ == "__main__":
    main()
