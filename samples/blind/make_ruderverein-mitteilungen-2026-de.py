#!/usr/bin/env python3
"""Generator for ruderverein-mitteilungen-2026-de.pdf

"Riemen & Skull" - Mitteilungen des Rudervereins Wellenstein 1889 e. V., Ausgabe 1/2026.
A fictional rowing club's members' magazine (10 pages, A4, mostly two columns).
All people, the club and the town are invented.

Run with:  /work/writer-venv/bin/python make_ruderverein-mitteilungen-2026-de.py
"""
import os
import sys

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Frame, Spacer, Table, TableStyle, Flowable
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_CENTER, TA_RIGHT
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.pdfmetrics import registerFontFamily

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ruderverein-mitteilungen-2026-de.pdf")
FD = "/usr/share/fonts/truetype/dejavu/"

W, H = A4
ML, MR = 42, 42          # page margins
TOP, BOTTOM = 778, 58    # text area (below running head, above footer)
GUT = 16

# ---------------------------------------------------------------- fonts
for name, fn in [
    ("Serif", "DejaVuSerifCondensed.ttf"), ("Serif-B", "DejaVuSerifCondensed-Bold.ttf"),
    ("Serif-I", "DejaVuSerifCondensed-Italic.ttf"), ("Serif-BI", "DejaVuSerifCondensed-BoldItalic.ttf"),
    ("Sans", "DejaVuSans.ttf"), ("Sans-B", "DejaVuSans-Bold.ttf"),
    ("Sans-I", "DejaVuSans-Oblique.ttf"), ("Sans-BI", "DejaVuSans-BoldOblique.ttf"),
    ("Cond", "DejaVuSansCondensed.ttf"), ("Cond-B", "DejaVuSansCondensed-Bold.ttf"),
    ("Cond-I", "DejaVuSansCondensed-Oblique.ttf"), ("Cond-BI", "DejaVuSansCondensed-BoldOblique.ttf"),
]:
    pdfmetrics.registerFont(TTFont(name, FD + fn))
registerFontFamily("Serif", normal="Serif", bold="Serif-B", italic="Serif-I", boldItalic="Serif-BI")
registerFontFamily("Sans", normal="Sans", bold="Sans-B", italic="Sans-I", boldItalic="Sans-BI")
registerFontFamily("Cond", normal="Cond", bold="Cond-B", italic="Cond-I", boldItalic="Cond-BI")

BLUE = colors.Color(0.05, 0.22, 0.45)
LIGHTBLUE = colors.Color(0.86, 0.91, 0.96)
RED = colors.Color(0.72, 0.12, 0.12)
GREY = colors.Color(0.35, 0.35, 0.35)

# ---------------------------------------------------------------- styles
S = {}
S["body"] = ParagraphStyle("body", fontName="Serif", fontSize=9.2, leading=12.6,
                           alignment=TA_JUSTIFY, firstLineIndent=10)
S["body0"] = ParagraphStyle("body0", parent=S["body"], firstLineIndent=0)
S["kicker"] = ParagraphStyle("kicker", fontName="Cond-B", fontSize=9, leading=11,
                             textColor=RED, spaceAfter=3)
S["h1"] = ParagraphStyle("h1", fontName="Sans-B", fontSize=23, leading=27, textColor=BLUE,
                         spaceAfter=6)
S["h2"] = ParagraphStyle("h2", fontName="Sans-B", fontSize=14, leading=17, textColor=BLUE,
                         spaceBefore=4, spaceAfter=5)
S["h3"] = ParagraphStyle("h3", fontName="Cond-B", fontSize=10, leading=13, textColor=BLUE,
                         spaceBefore=7, spaceAfter=2)
S["lead"] = ParagraphStyle("lead", fontName="Serif-B", fontSize=11, leading=15, spaceAfter=10)
S["caption"] = ParagraphStyle("caption", fontName="Cond-I", fontSize=7.4, leading=9.2,
                              textColor=GREY, spaceBefore=3, spaceAfter=8)
S["credit"] = ParagraphStyle("credit", fontName="Cond-I", fontSize=8.2, leading=10.5,
                             alignment=TA_RIGHT, spaceBefore=1)
S["q"] = ParagraphStyle("q", parent=S["body0"], spaceBefore=6)
S["box"] = ParagraphStyle("box", fontName="Cond", fontSize=8.4, leading=11)
S["boxh"] = ParagraphStyle("boxh", fontName="Cond-B", fontSize=10, leading=13, textColor=BLUE,
                           spaceAfter=3)
S["small"] = ParagraphStyle("small", fontName="Cond", fontSize=8.4, leading=11.2)
S["pull"] = ParagraphStyle("pull", fontName="Serif-BI", fontSize=19, leading=24, textColor=BLUE,
                           alignment=TA_CENTER, spaceAfter=4)
S["pullby"] = ParagraphStyle("pullby", fontName="Cond-B", fontSize=9, leading=12,
                             textColor=RED, alignment=TA_CENTER)
S["sign"] = ParagraphStyle("sign", fontName="Serif-I", fontSize=9.5, leading=13)


def P(text, style="body"):
    return Paragraph(text, S[style])


# ---------------------------------------------------------------- flowables
class Photo(Flowable):
    """Grey placeholder for a photograph (no text inside)."""

    def __init__(self, height, width=None, tone=0.72, seed=0):
        super().__init__()
        self.h = height
        self.w = width
        self.tone = tone
        self.seed = seed

    def wrap(self, aw, ah):
        self._w = min(self.w or aw, aw)
        return self._w, self.h

    def draw(self):
        draw_photo(self.canv, 0, 0, self._w, self.h, self.tone, self.seed)


def draw_photo(c, x, y, w, h, tone=0.72, seed=0):
    c.saveState()
    c.setFillGray(tone)
    c.rect(x, y, w, h, fill=1, stroke=0)
    # a few soft shapes so it reads as a picture
    c.setFillGray(min(tone + 0.1, 0.95))
    c.rect(x, y, w, h * (0.35 + 0.1 * (seed % 3)), fill=1, stroke=0)
    c.setFillGray(max(tone - 0.12, 0.2))
    r = min(w, h) * 0.12
    c.circle(x + w * (0.25 + 0.15 * (seed % 4)), y + h * 0.62, r, fill=1, stroke=0)
    c.restoreState()


def box(flowables, width=None, bg=LIGHTBLUE, pad=8):
    t = Table([[flowables]], colWidths=[width] if width else None)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return t


# ---------------------------------------------------------------- layout helpers
REPORT = []
ERRORS = []


def columns(x0, y0, width, height, n=2, gutter=GUT):
    cw = (width - gutter * (n - 1)) / n
    return [Frame(x0 + i * (cw + gutter), y0, cw, height, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, showBoundary=0) for i in range(n)]


def fill_frame(frame, story, c):
    while story:
        f = story[0]
        if frame.add(f, c, trySplit=0):
            story.pop(0)
            continue
        parts = frame.split(f, c)
        if parts and len(parts) > 1 and frame.add(parts[0], c, trySplit=0):
            story[0:1] = parts[1:]
        break


def flow(c, story, frames, label):
    story = list(story)
    left = []
    for fr in frames:
        fill_frame(fr, story, c)
        left.append(round(fr._y - fr._y1, 1))
    if story:
        ERRORS.append("overflow on %s: %d flowables left, first=%r" %
                      (label, len(story), str(getattr(story[0], "text", story[0]))[:80]))
    REPORT.append((label, left))


def running_head(c, page, section):
    c.saveState()
    c.setFillColor(BLUE)
    c.setFont("Cond-B", 8)
    c.drawString(ML, H - 34, "Riemen & Skull · 1/2026")
    c.setFont("Cond", 8)
    c.drawRightString(W - MR, H - 34, section)
    c.setStrokeColor(BLUE)
    c.setLineWidth(0.6)
    c.line(ML, H - 40, W - MR, H - 40)
    # footer
    c.line(ML, 44, W - MR, 44)
    c.setFont("Cond", 7.5)
    c.setFillColor(GREY)
    if page % 2 == 0:
        c.setFont("Sans-B", 9)
        c.setFillColor(BLUE)
        c.drawString(ML, 30, str(page))
        c.setFont("Cond", 7.5)
        c.setFillColor(GREY)
        c.drawRightString(W - MR, 30, "Ruderverein Wellenstein 1889 e. V.")
    else:
        c.drawString(ML, 30, "Ruderverein Wellenstein 1889 e. V.")
        c.setFont("Sans-B", 9)
        c.setFillColor(BLUE)
        c.drawRightString(W - MR, 30, str(page))
    c.restoreState()


def head_block(c, y, kicker, title, lead=None, width=W - ML - MR):
    """Draw kicker/headline/lead across the full width; return y below it."""
    story = [P(kicker, "kicker"), P(title, "h1")]
    if lead:
        story.append(P(lead, "lead"))
    fr = Frame(ML, y - 200, width, 200, leftPadding=0, rightPadding=0, topPadding=0,
               bottomPadding=0)
    fill_frame(fr, story, c)
    assert not story, "headline block overflow"
    return fr._y


# ================================================================ pages
def page1(c):
    # cover: blue band with title, large photo, cover lines
    c.setFillColor(BLUE)
    c.rect(0, H - 170, W, 170, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Sans-B", 50)
    c.drawString(ML, H - 95, "Riemen & Skull")
    c.setFont("Cond", 12)
    c.drawString(ML, H - 122, "Mitteilungen des Rudervereins Wellenstein 1889 e. V.")
    c.setFont("Cond-B", 11)
    c.drawString(ML, H - 148, "Ausgabe 1/2026 · April 2026 · 58. Jahrgang")
    draw_photo(c, 0, 230, W, H - 170 - 230, tone=0.62, seed=1)
    c.setFillColor(RED)
    c.rect(ML, 250, 250, 64, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Sans-B", 20)
    c.drawString(ML + 12, 288, "Anrudern 2026")
    c.setFont("Cond", 11)
    c.drawString(ML + 12, 266, "Willkommen, „Fräulein Lahn“!")
    y = 195
    lines = [
        ("Regatta", "Sechs Medaillen in Hollerbach"),
        ("Interview", "Cheftrainerin Giulia Santangelo im Gespräch"),
        ("Wanderfahrt", "Fast 200 Kilometer Mosel in fünf Tagen"),
        ("Vereinsleben", "Geburtstage, neue Mitglieder, Termine"),
    ]
    for k, t in lines:
        c.setFillColor(RED)
        c.setFont("Cond-B", 10)
        c.drawString(ML, y, k.upper())
        c.setFillColor(BLUE)
        c.setFont("Sans-B", 14)
        c.drawString(ML + 95, y, t)
        y -= 30
    c.setFillColor(GREY)
    c.setFont("Cond", 7.5)
    c.drawString(ML, 40, "Für Mitglieder kostenlos · www.rv-wellenstein.de")


def page2(c):
    running_head(c, 2, "Inhalt · Vorwort")
    c.setFillColor(BLUE)
    c.setFont("Sans-B", 26)
    c.drawString(ML, TOP - 24, "Inhalt")
    rows = [
        ("3", "Anrudern 2026: Taufe für die „Fräulein Lahn“", "Mehmet Aydın"),
        ("4", "Sechs Medaillen bei der Frühjahrsregatta in Hollerbach",
         "Henrike Albers und Tobias Reinhold"),
        ("6", "Im Gespräch mit Giulia Santangelo", "Unsere neue Cheftrainerin stellt sich vor"),
        ("8", "Fünf Tage Mosel – die Herbstwanderfahrt 2025", "Siobhán Kearney"),
        ("8", "Termine 2026", ""),
        ("9", "Aus dem Vereinsleben: Geburtstage, neue Mitglieder, Nachruf", ""),
        ("9", "Neues aus der Jugend", "Yuki Tanaka-Berg"),
        ("10", "Ansprechpartner und Impressum", ""),
    ]
    data = [[Paragraph('<font name="Sans-B" color="#b81f1f" size="13">%s</font>' % n, S["small"]),
             Paragraph('<b>%s</b>%s' % (t, ("<br/><i>%s</i>" % a) if a else ""), S["small"])]
            for n, t, a in rows]
    tb = Table(data, colWidths=[36, 454])
    tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.Color(.7, .7, .7)),
                            ("TOPPADDING", (0, 0), (-1, -1), 3),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    fr = Frame(ML, 400, W - ML - MR, TOP - 40 - 400, leftPadding=0, rightPadding=0,
               topPadding=0, bottomPadding=0)
    st = [tb]
    fill_frame(fr, st, c)
    assert not st
    ytab = fr._y
    c.setStrokeColor(BLUE)
    c.setLineWidth(1.5)
    c.line(ML, ytab - 8, W - MR, ytab - 8)

    y = head_block(c, ytab - 20, "VORWORT", "Liebe Mitglieder, liebe Freundinnen und Freunde des RVW,")
    story = [
        Photo(95, 80, tone=0.66, seed=2),
        P("Annegret Vollmer, Vorsitzende des RVW seit 2021", "caption"),
        P("wenn Sie dieses Heft in den Händen halten, liegen die Boote längst wieder auf dem "
          "Wasser. Der Winter war lang, die Lahn führte bis in den März hinein Hochwasser, und "
          "mehr als einmal standen wir am Steg und sahen Treibholz vorbeiziehen, statt selbst zu "
          "rudern. Umso schöner war das Anrudern am 22. März: Über hundert Mitglieder, Eltern und "
          "Gäste kamen zum Bootshaus, und mit der Taufe unseres neuen Gig-Vierers haben wir die "
          "Saison so begonnen, wie es sich für einen Verein mit 137 Jahren Geschichte gehört – "
          "feierlich, ein bisschen nass und mit Kuchen.", "body0"),
        P("In diesem Heft blicken wir auf einen Winter zurück, in dem trotzdem viel passiert ist. "
          "Unsere Juniorinnen und Junioren haben bei der Frühjahrsregatta in Hollerbach sechs "
          "Medaillen gewonnen, die Wanderruderer haben im vergangenen Herbst die Mosel von Trier "
          "bis Koblenz bezwungen, und seit Januar hat der Verein eine neue Cheftrainerin. Giulia "
          "Santangelo stellt sich ab Seite 6 im Interview vor, und ich bin sicher, dass Sie ihr am "
          "Steg bald begegnen werden – meistens mit Megafon und immer mit einem Lächeln."),
        P("Nicht verschweigen möchte ich, dass uns auch Sorgen begleiten. Die Sanierung des "
          "Bootshausdachs wird teurer als geplant, und die Mitgliederversammlung am 9. Mai wird über "
          "eine Umlage beraten müssen. Der Vorstand hat sich die Entscheidung nicht leicht gemacht. "
          "Wie unser Ehrenvorsitzender Konrad Piepenbrink gern sagt: „Ein Verein ist wie ein Achter "
          "– er kommt nur voran, wenn alle im selben Takt ziehen.“ Ich bitte Sie deshalb herzlich, "
          "zur Versammlung zu kommen und mitzudiskutieren."),
        P("Mein Dank gilt allen, die dieses Heft möglich gemacht haben: dem Redaktionsteam, den "
          "Fotografinnen und Fotografen, den Schreibenden und nicht zuletzt den vielen "
          "Ehrenamtlichen, die im Winter Boote geschliffen, Rollsitze geölt und Hallenböden gefegt "
          "haben. Ohne Sie gäbe es keinen Ruderverein Wellenstein."),
        P("Ich wünsche Ihnen eine gute Lektüre und uns allen eine unfallfreie, erfolgreiche Saison "
          "2026."),
        Spacer(1, 8),
        P("Ihre", "sign"),
        P("Annegret Vollmer", "sign"),
        P("Vorsitzende", "sign"),
    ]
    flow(c, story, columns(ML, BOTTOM, W - ML - MR, y - 6 - BOTTOM), "p2")


def page3(c):
    running_head(c, 3, "Vereinsleben")
    y = head_block(c, TOP, "SAISONAUFTAKT", "Anrudern 2026: Willkommen, „Fräulein Lahn“!",
                   "Mit einer Bootstaufe, einer Rede der Bürgermeisterin und dem traditionellen "
                   "Sternrudern hat der RVW die Saison eröffnet. Der neue Gig-Vierer ist ein "
                   "Geschenk der Familie Oberschelp.")
    ph = 165
    draw_photo(c, ML, y - ph, W - ML - MR, ph, tone=0.7, seed=3)
    fr = Frame(ML, y - ph - 30, W - ML - MR, 28, leftPadding=0, rightPadding=0, topPadding=0,
               bottomPadding=0)
    st = [P("Taufpatin Hildegard Oberschelp lässt den mit Lahnwasser verdünnten Sekt über den Bug "
            "laufen. Im Hintergrund hält die Jugendmannschaft die Vereinsfahne.", "caption")]
    fill_frame(fr, st, c)
    y = y - ph - 30
    story = [
        P("Pünktlich um elf Uhr läutete Sportwart Marek Wiśniewski die alte Schiffsglocke am "
          "Bootshaus, und auf dem Vorplatz wurde es still. Rund 120 Mitglieder und Gäste hatten "
          "sich am 22. März versammelt, um das „Anrudern 2026“ zu feiern – und vor allem, um einem "
          "Boot einen Namen zu geben, auf das der Verein lange gewartet hat. Der neue "
          "Gig-Doppelvierer mit Steuermann, gebaut in einer kleinen Werft am Bodensee, ersetzt die "
          "betagte „Wellenstein III“, die nach 41 Jahren und geschätzten 90.000 Kilometern in den "
          "verdienten Ruhestand geht.", "body0"),
        P("Dass das Boot überhaupt angeschafft werden konnte, verdankt der Verein einer großzügigen "
          "Spende der Familie Oberschelp. Hildegard Oberschelp, seit 1971 Mitglied und in den "
          "Siebzigerjahren mehrfache Hessenmeisterin im Doppelzweier, übernahm selbst die "
          "Patenschaft. Mit fester Stimme und einer Flasche Sekt, die vorsorglich mit Lahnwasser "
          "verdünnt worden war, taufte sie das Boot auf den Namen „Fräulein Lahn“. „Ich bin auf "
          "diesem Fluss groß geworden, und er hat mir mehr beigebracht als jede Schule. Möge dieses "
          "Boot den jungen Leuten genauso viel Freude schenken“, sagte die Taufpatin unter lautem "
          "Beifall."),
        P("Auch Bürgermeisterin Sevgi Arslan war zum Bootshaus gekommen. Sie erinnerte daran, dass "
          "der RVW mit seinen knapp 480 Mitgliedern der größte Sportverein der Stadt ist, und lobte "
          "die Schulkooperation, über die inzwischen drei Wellensteiner Schulen eine Ruder-AG "
          "anbieten. Bürgermeisterin Arslan sagte: „Wer einmal gesehen hat, wie ein Dutzend "
          "Fünftklässler zum ersten Mal gemeinsam ein Boot ins Wasser trägt, der weiß, was "
          "Gemeinschaft bedeutet.“ Eine Zusage für den Zuschuss zur Dachsanierung hatte sie nicht "
          "im Gepäck, wohl aber das Versprechen, sich im Stadtrat dafür einzusetzen."),
        P("Nach der Taufe ging es aufs Wasser. Beim traditionellen Sternrudern steuerten 17 Boote "
          "aus allen Richtungen die Brücke an der Alten Mühle an, darunter erstmals auch die "
          "„Fräulein Lahn“ mit der Taufpatin als Steuerfrau. Dass der Wind pünktlich zum Start "
          "auffrischte, tat der Stimmung keinen Abbruch. Die Seniorinnen im Achter „Stadt "
          "Wellenstein“ meldeten später stolz, sie hätten als einzige Mannschaft keinen einzigen "
          "„Krebs“ gefangen – was die Jugend lautstark bezweifelte."),
        P("Zum Abschluss gab es Erbsensuppe aus der Gulaschkanone der Freiwilligen Feuerwehr und "
          "ein Kuchenbuffet, das die Eltern der Jugendabteilung gestiftet hatten. Ein Stück weiter "
          "stand ein zweites neues Boot, noch ohne Namen: ein Renneiner, den Vereinsmitglied Lars "
          "Holmqvist gespendet hat. Er bat sich aus, das Boot „Alter Schwede“ nennen zu dürfen. Die "
          "Taufe soll beim Sommerfest im Juli nachgeholt werden."),
        Spacer(1, 4),
        P("Text: Mehmet Aydın", "credit"),
        P("Fotos: Ewa Kowalczyk", "credit"),
        Spacer(1, 10),
        box([P("Die „Fräulein Lahn“ in Zahlen", "boxh"),
             P("<b>Bootstyp:</b> C-Gig-Doppelvierer mit Steuermann<br/>"
               "<b>Länge:</b> 10,40 m · <b>Gewicht:</b> 118 kg<br/>"
               "<b>Rumpf:</b> Mahagoni-Furnier auf Glasfaser<br/>"
               "<b>Baujahr:</b> 2025<br/>"
               "<b>Heimat:</b> Halle 2, Lager 7", "box")]),
    ]
    flow(c, story, columns(ML, BOTTOM, W - ML - MR, y - BOTTOM), "p3")


def page4(c):
    running_head(c, 4, "Rennsport")
    y = head_block(c, TOP, "REGATTA", "Sechs Medaillen auf dem Hollerbacher Kanal",
                   "Bei der „47. Hollerbacher Frühjahrsregatta“ hat die Wellensteiner "
                   "Rennmannschaft gezeigt, dass sich das Wintertraining gelohnt hat. Ein "
                   "Rückblick auf ein windiges Wochenende.")
    ph = 200
    draw_photo(c, ML, y - ph, W - ML - MR, ph, tone=0.68, seed=5)
    fr = Frame(ML, y - ph - 30, W - ML - MR, 28, leftPadding=0, rightPadding=0, topPadding=0,
               bottomPadding=0)
    st = [P("Jubel im Ziel: Der Junioren-Doppelvierer nach dem Finalsieg am Sonntag. "
            "Foto: Bernd Kuhlmann", "caption")]
    fill_frame(fr, st, c)
    y = y - ph - 30
    story = [
        P("Wer am Samstagmorgen um halb sieben am Bootsanhänger stand, brauchte zwei Dinge: eine "
          "Thermoskanne und gute Nerven. Über Nacht hatte der Wind auf Südwest gedreht, und auf dem "
          "Hollerbacher Kanal, sonst eine der fairsten Regattastrecken im Südwesten, standen kurze, "
          "steile Wellen. Die Regattaleitung verschob den ersten Start um eine Stunde, dann ging es "
          "doch los – und für den RVW begann ein Wochenende, über das im Bootshaus wohl noch lange "
          "gesprochen wird.", "body0"),
        P("Den Anfang machte der Junioren-Doppelvierer der Mädchen in der Besetzung Lena "
          "Brandstetter, Aylin Şahin, Marta Nowicka und Sophie Gallagher, gesteuert von Jonas "
          "Eriksen. Im Vorlauf lag das Boot nach 500 Metern noch auf Rang drei, schob sich dann "
          "aber mit einem beherzten Zwischenspurt an den Favoritinnen aus Mainz vorbei. Im Finale "
          "am Sonntag wiederholte sich das Spiel: Die Mainzerinnen zogen früh davon, der RVW blieb "
          "ruhig, und auf den letzten 300 Metern ging die Schlagzahl auf 38 hoch. Mit 1,2 Sekunden "
          "Vorsprung kam der Vierer ins Ziel."),
        P("„Wir haben uns die letzten 250 Meter einfach nicht mehr umgeschaut, wir haben nur noch "
          "auf Jonas gehört.“ Schlagfrau Aylin Şahin konnte nach dem Rennen kaum stehen, strahlte "
          "aber über das ganze Gesicht. Für die 16-Jährige war es der erste Sieg in einem großen "
          "Boot."),
        P("„Die Mädchen haben im Winter jede Ergo-Einheit durchgezogen, auch an den Tagen, an denen "
          "draußen alles zugefroren war. Das zahlt sich jetzt aus“, erzählt Trainerin Katharina "
          "Lindqvist, die die Juniorinnen seit drei Jahren betreut. Sie warnt aber auch vor zu "
          "großen Erwartungen: Die Saison sei lang, und die Konkurrenz aus Frankfurt und Mainz "
          "werde bis zu den Landesmeisterschaften noch zulegen."),
        P("Im Junioren-Einer B ging Matteo Ferrante an den Start, der erst im vergangenen Sommer "
          "vom Fußball zum Rudern gewechselt ist. Dass er bei seiner ersten Regatta überhaupt ins "
          "A-Finale kam, überraschte selbst ihn. Dort wurde er Zweiter hinter einem Athleten aus "
          "Gießen, der bereits bei den Deutschen Meisterschaften gestartet war. Der Streckensprecher "
          "war hörbar beeindruckt und rief bei der Zieldurchfahrt ins Mikrofon: „Merken Sie sich "
          "diesen Namen, meine Damen und Herren!“ Im Bootshaus wird der Satz seitdem bei jeder "
          "Gelegenheit zitiert."),
        Spacer(1, 10),
        box([P("Die Regatta", "boxh"),
             P("<b>Veranstalter:</b> Hollerbacher Ruder-Gesellschaft<br/>"
               "<b>Strecke:</b> 1000 m, sechs Bahnen, Kanal mit Spundwänden<br/>"
               "<b>Teilnehmende:</b> 71 Vereine, 1.140 Meldungen<br/>"
               "<b>Wetter:</b> Südwest 4 bis 5 Beaufort, am Sonntag Regen<br/>"
               "<b>RVW-Aufgebot:</b> 23 Athletinnen und Athleten, 14 Boote", "box")]),
    ]
    flow(c, story, columns(ML, BOTTOM, W - ML - MR, y - BOTTOM), "p4")


def page5(c):
    running_head(c, 5, "Rennsport")
    results = Table(
        [[Paragraph("<b>Platz</b>", S["box"]), Paragraph("<b>Rennen</b>", S["box"]),
          Paragraph("<b>Mannschaft</b>", S["box"])],
         [P("Gold", "box"), P("JF 4x+ B", "box"),
          P("L. Brandstetter, A. Şahin, M. Nowicka, S. Gallagher, Stf. J. Eriksen", "box")],
         [P("Gold", "box"), P("MM 2x E", "box"), P("U. Sandmann, K. Dąbrowski", "box")],
         [P("Silber", "box"), P("JM 1x B", "box"), P("M. Ferrante", "box")],
         [P("Silber", "box"), P("LF 2x", "box"), P("J. Petzold, P. Nair", "box")],
         [P("Bronze", "box"), P("JM 1x A", "box"), P("B. Okonkwo", "box")],
         [P("Bronze", "box"), P("MM 8+ D", "box"), P("Mannschaft um Schlagmann D. Whelan", "box")]],
        colWidths=[40, 52, 140])
    results.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.Color(.6, .65, .75)),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]))
    story = [
        P("Nicht jedes Rennen lief nach Wunsch. Der Junioren-Doppelvierer der Jungen verpasste "
          "das Finale um drei Zehntelsekunden, und der Achter der Junioren B musste nach einem "
          "Skulltreffer an der Bahnmarkierung mit gebrochenem Ausleger aufgeben. Verletzt wurde "
          "zum Glück niemand, und die Mannschaft nahm es mit Galgenhumor: Bis zur "
          "Landesmeisterschaft sei ja noch Zeit, den Ausleger zu schweißen.", "body0"),
        P("Auch die Masters bewiesen, dass Erfahrung bei Seitenwind ein echter „Heimvorteil“ sein "
          "kann, obwohl der Kanal gut 80 Kilometer von Wellenstein entfernt liegt. Ulrich Sandmann "
          "und Kazimierz Dąbrowski gewannen im Masters-Doppelzweier der Altersklasse E souverän mit "
          "mehr als drei Längen Vorsprung. Der Masters-Achter um Schlagmann Declan Whelan holte "
          "Bronze, nach eigener Einschätzung vor allem dank der besseren Verpflegung."),
        P("Im Frauen-Doppelzweier der Leichtgewichte erkämpften Johanna Petzold und Priya Nair die "
          "Silbermedaille, und Ben Okonkwo sicherte sich im Junioren-Einer A Bronze, nachdem er im "
          "Vorlauf noch mit einem verklemmten Rollsitz zu kämpfen gehabt hatte."),
        P("Ein Sonderlob verdienen die Eltern und Ehemaligen, die als Landdienst, Bootsträger und "
          "Fahrer mitgekommen waren. Ohne sie wäre ein Regattawochenende mit 14 Booten nicht zu "
          "stemmen. Besonders gefeiert wurde Bootswart Sven Aaltonen, der am Samstagabend noch "
          "einmal nach Wellenstein fuhr, um das Ersatzteil für den Rollsitz zu holen, und kurz vor "
          "Mitternacht mit Werkzeugkiste und einer Tüte Brezeln zurückkam."),
        P("Am Sonntagabend wurden die Boote im strömenden Regen verladen, und auf der Rückfahrt lief "
          "im Vereinsbus in Dauerschleife „Eye of the Tiger“. Die Bilanz des Wochenendes: zwei "
          "Siege, zwei zweite und zwei dritte Plätze, dazu vier weitere Finalteilnahmen. Als "
          "Nächstes steht im Juni die Landesmeisterschaft in Frankfurt an, für die sich fünf "
          "Wellensteiner Boote qualifizieren wollen."),
        P("Für die kommenden Wochen hat das Trainerteam einen klaren Plan: mehr Kilometer im "
          "Kleinboot, zwei Tempoeinheiten pro Woche und ein gemeinsames Trainingswochenende mit "
          "befreundeten Vereinen aus Gießen und Wetzlar Anfang Mai. Der Doppelvierer der "
          "Juniorinnen will außerdem bei einer großen Juniorenregatta im Rheinland starten, um sich "
          "mit der Konkurrenz aus dem Norden zu messen."),
        Spacer(1, 4),
        P("Text: Henrike Albers und Tobias Reinhold", "credit"),
        P("Fotos: Bernd Kuhlmann", "credit"),
    ]
    right = [
        Photo(215, tone=0.7, seed=6),
        P("Premiere mit Silber: Matteo Ferrante im Junioren-Einer B.", "caption"),
        box([P("Ergebnisse im Überblick", "boxh"), results]),
        Spacer(1, 10),
        box([P("Kleines Regatta-ABC", "boxh"),
             P("<b>Vorlauf, Hoffnungslauf, Finale:</b> Wer im Vorlauf nicht direkt weiterkommt, "
               "bekommt im Hoffnungslauf eine zweite Chance.<br/>"
               "<b>J, M, L:</b> Junioren, Masters, Leichtgewichte; <b>F</b> steht für Frauen.<br/>"
               "<b>1x, 2x, 4x, 8+:</b> Einer, Doppelzweier, Doppelvierer, Achter mit "
               "Steuermann.<br/>"
               "<b>Stf.:</b> Steuerfrau oder Steuermann.<br/>"
               "<b>Altersklassen A bis E:</b> bei den Masters nach dem Durchschnittsalter der "
               "Mannschaft.", "box")], bg=colors.Color(0.93, 0.93, 0.93)),
    ]
    cols = columns(ML, BOTTOM, W - ML - MR, TOP - BOTTOM)
    flow(c, story, [cols[0]], "p5-left")
    flow(c, right, [cols[1]], "p5-right")


def QA(q, a):
    return [P("<b>Frage:</b> " + q, "q"), P("<b>Antwort:</b> " + a, "body0")]


def page6(c):
    running_head(c, 6, "Interview")
    y = head_block(c, TOP, "IM GESPRÄCH MIT GIULIA SANTANGELO",
                   "Neue Cheftrainerin mit italienischem Akzent",
                   "Seit Januar ist Giulia Santangelo Cheftrainerin des RVW. Ein Gespräch über "
                   "Kleinboote, Geduld und den Kaffee am Steg.")
    ph = 200
    draw_photo(c, ML, y - ph, W - ML - MR, ph, tone=0.66, seed=7)
    fr = Frame(ML, y - ph - 26, W - ML - MR, 24, leftPadding=0, rightPadding=0, topPadding=0,
               bottomPadding=0)
    st = [P("Giulia Santangelo am Steg des RVW. Foto: Friederike Hansen-Obi", "caption")]
    fill_frame(fr, st, c)
    y = y - ph - 26
    story = [
        P("Giulia Santangelo, 38, ruderte für die italienische Nationalmannschaft im "
          "Leichtgewichts-Doppelvierer, studierte in Köln Sportwissenschaft und trainierte zuletzt "
          "sechs Jahre lang einen Ruderclub in Hamburg. Zum 1. Januar hat sie die Nachfolge von "
          "Horst Beckmann angetreten, der nach 22 Jahren als Cheftrainer in den Ruhestand gegangen "
          "ist.", "body0"),
    ]
    story += QA("Frau Santangelo, Sie sind seit drei Monaten in Wellenstein. Wie war der Anfang?",
                "Kalt! Im Ernst: Ich wusste, dass der Winter hier länger ist als in Varese, aber dass "
                "ich im Januar fast nur Hallentraining planen würde, hatte ich unterschätzt. Dafür "
                "habe ich die Leute schnell kennengelernt. In einer Ergometerhalle kann sich niemand "
                "verstecken, auch die Trainerin nicht.")
    story += QA("Was haben Sie sich für die erste Saison vorgenommen?",
                "Ich möchte nicht alles umwerfen. Horst Beckmann hat hier eine Struktur aufgebaut, "
                "um die uns viele Vereine beneiden. Aber ich möchte, dass die Jugendlichen mehr "
                "Kilometer im Kleinboot sammeln. Im Einer und im Zweier merkt man jeden Fehler "
                "sofort, im Achter kann man sich mitziehen lassen. Wer zuerst im Einer sauber rudern "
                "lernt, ist später auch im Großboot wertvoller.")
    story += QA("Wie sind Sie überhaupt zum Rudern gekommen?",
                "Durch meinen älteren Bruder. Er ruderte im Club am See, und ich war zwölf und wollte "
                "alles machen, was er machte. Nach drei Monaten war ich schneller als er. Er ist "
                "danach zum Segeln gewechselt, und wir sprechen bis heute nicht gern darüber.")
    story += QA("Wer hat Sie als junge Ruderin geprägt?",
                "Mein erster Trainer am Lago di Varese, Franco Bellandi. Er war streng, aber nie "
                "laut. Wenn jemand nach einem schlechten Training Ausreden suchte, sagte er nur: "
                "„Das Wasser lügt nicht.“ Damals fand ich das furchtbar, heute sage ich es selbst, "
                "allerdings auf Deutsch und mit italienischem Akzent.")
    story += QA("Was unterscheidet das Rudern in Deutschland vom Rudern in Italien?",
                "Die Vereinskultur. In Italien sind viele Clubs eher Leistungszentren, hier gibt es "
                "Wanderruderer, Masters, Schulkinder und Kaderathleten unter einem Dach. Am "
                "Samstagmorgen sitzt die 80-jährige Ehrenmitgliedin neben dem 14-jährigen Anfänger "
                "beim Frühstück. Das finde ich großartig, und ich glaube, es ist auch sportlich ein "
                "Vorteil.")
    flow(c, story, columns(ML, BOTTOM, W - ML - MR, y - BOTTOM), "p6")


def page7(c):
    running_head(c, 7, "Interview")
    pq = [Paragraph("„Wer zuerst im Einer sauber rudern lernt, ist später auch im Großboot "
                    "wertvoller.“", S["pull"]),
          Paragraph("Giulia Santangelo, Cheftrainerin", S["pullby"])]
    fr = Frame(ML + 40, TOP - 110, W - ML - MR - 80, 110, leftPadding=0, rightPadding=0,
               topPadding=0, bottomPadding=0)
    fill_frame(fr, pq, c)
    assert not pq
    c.setStrokeColor(RED)
    c.setLineWidth(2)
    c.line(ML + 40, fr._y - 6, W - MR - 40, fr._y - 6)
    y = fr._y - 18
    cols = columns(ML, BOTTOM, W - ML - MR, y - BOTTOM)
    x2 = cols[1]._x1
    cw = cols[1]._width
    ph = 180
    draw_photo(c, x2, y - ph, cw, ph, tone=0.7, seed=8)
    cap = [P("Beim Techniktraining mit den Juniorinnen: Die neue Cheftrainerin setzt auf "
             "Kleinboote.", "caption")]
    fr = Frame(x2, y - ph - 30, cw, 28, leftPadding=0, rightPadding=0, topPadding=0,
               bottomPadding=0)
    fill_frame(fr, cap, c)
    col2 = Frame(x2, BOTTOM, cw, y - ph - 34 - BOTTOM, leftPadding=0, rightPadding=0,
                 topPadding=0, bottomPadding=0)
    story = []
    story += QA("Was hat Sie ausgerechnet nach Wellenstein gelockt?",
                "Die Lahn. Ein Fluss mit Strömung, Kurven und Brücken ist eine ganz andere Schule "
                "als ein See. Wer hier sauber steuern lernt, kann überall fahren. Und ehrlich gesagt "
                "hat mich auch der Verein überzeugt: Beim Vorstellungsgespräch saßen nicht nur "
                "Vorstandsleute am Tisch, sondern auch zwei Jugendliche, die mir die schwierigsten "
                "Fragen gestellt haben.")
    story += QA("Viele Vereine klagen über Nachwuchsmangel. Wie sieht es beim RVW aus?",
                "Besser als anderswo, vor allem dank der Schul-AGs. Das Problem ist eher, die "
                "Jugendlichen nach dem Abitur zu halten. Viele gehen zum Studium weg, und dann "
                "reißt der Kontakt oft ab. Wir überlegen gerade, wie wir den Ehemaligen das Rudern "
                "an ihrem Studienort erleichtern können, etwa über Partnervereine.")
    story += QA("Und was ist mit den Erwachsenen, die erst spät anfangen?",
                "Die sind mir genauso wichtig. Im April startet wieder ein Anfängerkurs für "
                "Erwachsene, und ich übernehme selbst zwei Einheiten. Wer mit fünfzig zum ersten Mal "
                "im Boot sitzt, hat oft mehr Geduld als ein Teenager. Und meistens die besseren "
                "Kuchenrezepte.")
    story += QA("Wie wollen Sie die Trainerinnen und Trainer im Verein einbinden?",
                "Wir sind ein Team. Jeden Montag setzen wir uns zusammen, schauen Videos vom "
                "Wochenende an und planen die Woche. Ich bringe Erfahrung aus dem Leistungssport mit, "
                "aber die Übungsleiterinnen und Übungsleiter kennen die Kinder viel länger als ich. "
                "Ohne sie wäre ich hier verloren.")
    story += QA("Welche sportlichen Ziele haben Sie?",
                "Kurzfristig möchte ich bei den Landesmeisterschaften in jedem Jahrgang ein Boot im "
                "Finale sehen. Langfristig wünsche ich mir, dass wieder jemand aus Wellenstein den "
                "Sprung in einen Bundeskader schafft. Das letzte Mal ist über zehn Jahre her. Aber "
                "Medaillen sind nicht alles: Wenn jemand mit 70 noch gern ins Boot steigt, haben "
                "wir auch etwas richtig gemacht.")
    story += QA("Und wie sieht Ihr eigenes Training heute aus?",
                "Bescheidener als früher. Zweimal pro Woche sitze ich morgens um sechs im Einer, "
                "bevor die ersten Schülerinnen kommen. Das ist meine Stunde. Da bin ich nicht "
                "Trainerin, da bin ich nur eine Frau auf einem Fluss, die versucht, beide Skulls "
                "gleichzeitig einzusetzen.")
    story += QA("Sie haben sechs Jahre in Hamburg gearbeitet. Was nehmen Sie von dort mit?",
                "Die Liebe zum schlechten Wetter. In Hamburg habe ich gelernt, dass es kein "
                "schlechtes Ruderwetter gibt, nur falsche Kleidung. Und ich habe gelernt, wie wichtig "
                "Ehrenamtliche sind. Der Club dort hatte zwei hauptamtliche Trainer und fünfzig "
                "Freiwillige. Das ist hier ähnlich, und das ist ein Schatz.")
    story += QA("Zum Schluss: Was vermissen Sie aus Italien?",
                "Den Espresso am Steg. Aber daran arbeite ich. Der Kaffeevollautomat im Bootshaus "
                "und ich, wir sind noch keine Freunde, aber wir nähern uns an.")
    story += [
        Spacer(1, 6),
        P("Interview: Friederike Hansen-Obi", "credit"),
        Spacer(1, 12),
        box([P("Steckbrief", "boxh"),
             P("<b>Geboren:</b> 1987 in Varese (Lombardei)<br/>"
               "<b>Größter Erfolg als Athletin:</b> Bronze bei der U23-WM im "
               "Leichtgewichts-Doppelvierer<br/>"
               "<b>Ausbildung:</b> Sportwissenschaft in Köln, A-Trainerlizenz<br/>"
               "<b>Lieblingsboot:</b> der Einer<br/>"
               "<b>Lieblingsstrecke:</b> der Lago di Varese an einem Oktobermorgen<br/>"
               "<b>Sprachen:</b> Italienisch, Deutsch, Englisch und ein bisschen Hessisch", "box")]),
    ]
    flow(c, story, [cols[0], col2], "p7")


def page8(c):
    running_head(c, 8, "Wanderrudern · Termine")
    y = head_block(c, TOP, "WANDERRUDERN", "Fünf Tage Mosel: fast 200 Kilometer und jede Menge Schleusen",
                   "Im Oktober ging es für 14 Wanderruderinnen und Wanderruderer von Trier nach "
                   "Koblenz. Ein Reisebericht zwischen Weinbergen, Schleusenwärtern und "
                   "Nebelbänken.")
    story = [
        Photo(140, tone=0.74, seed=9),
        P("Nebel über der Mosel bei Piesport: Die „Lahnperle“ auf der ersten Etappe.", "caption"),
        P("Die Idee entstand, wie so viele gute Ideen im Verein, beim Bier nach dem "
          "Dienstagsrudern. Man könne doch einmal die Mosel ganz fahren, hatte jemand gesagt, und "
          "Dieter Hollmann, unser unermüdlicher Fahrtenleiter, hatte eine Woche später bereits "
          "einen Plan mit Etappen, Quartieren und Schleusenzeiten auf dem Tisch. Am 4. Oktober "
          "rollte der Bootsanhänger mit zwei Gig-Vierern, der „Lahnperle“ und der „Wellenstein "
          "III“, Richtung Trier. Für die alte Dame sollte es die letzte große Fahrt werden.",
          "body0"),
        P("Die erste Etappe bis Bernkastel-Kues war zugleich die längste. Der Nebel lag bis zum "
          "Mittag so dicht über dem Fluss, dass die Steuerleute die Ufer eher ahnten als sahen. "
          "Danach riss der Himmel auf, und die Weinberge leuchteten in allen Farben zwischen Gelb "
          "und Rostrot. Spätestens an der dritten Schleuse stellte sich bei einigen der gefürchtete "
          "„Schleusenkoller“ ein: warten, festmachen, warten, losmachen, warten. Dieter Hollmann "
          "nahm es gelassen. Er sagt: „Wer auf der Mosel rudert, muss Geduld mitbringen. Die "
          "Berufsschifffahrt hat Vorfahrt, und die Schleusenwärter haben immer recht.“"),
        P("Den Ruhetag in Traben-Trarbach nutzten die meisten für einen Spaziergang zwischen den "
          "Jugendstilvillen, einige für eine Weinprobe und zwei Unerschrockene für eine Runde im "
          "Einer, den uns ein gastgebender Verein geliehen hatte. Für Heiterkeit sorgte am Abend die "
          "Frage, wer eigentlich den Schlüssel für den Bootsanhänger eingesteckt hatte. Er fand sich "
          "nach einer halben Stunde Suche in der Jackentasche des Fahrtenleiters."),
        P("Danach ging es über Zell nach Cochem. Übernachtet "
          "wurde in Gasthöfen und einmal in einem Ruderclub, dessen Mitglieder uns mit Zwiebelkuchen "
          "und neuem Wein empfingen. Die Gastfreundschaft unter Ruderern ist eben keine Legende. Am "
          "vierten Tag brachte ein kräftiger Gegenwind die Mannschaften an ihre Grenzen, und bei der "
          "Ankunft in Cochem war von der guten Laune des Vortags wenig übrig – bis zum Abendessen."),
        P("Die letzte Etappe führte nach Koblenz. Am Deutschen Eck legten die Boote am frühen "
          "Nachmittag an, und unsere jüngste Teilnehmerin, die 19-jährige Amelie Kranz, fasste die "
          "Woche treffend zusammen: „Ich hatte noch nie so viel Muskelkater und so wenig Lust, nach "
          "Hause zu fahren.“ Eine Fortsetzung ist schon in Planung: 2027 soll es auf die Saar "
          "gehen."),
        Spacer(1, 4),
        P("Text: Siobhán Kearney", "credit"),
        P("Fotos: Piotr Zieliński", "credit"),
        Spacer(1, 10),
        Photo(175, tone=0.72, seed=4),
        P("Mittagspause am Ufer bei Zell: Brote, Thermoskannen und Sonnencreme im Oktober.",
          "caption"),
        box([P("Termine 2026", "boxh"),
             P("<b>26. April</b> – „Lahnpokal“ der Wellensteiner Schulen<br/>"
               "<b>9. Mai</b> – Mitgliederversammlung im Bootshaus, 19 Uhr<br/>"
               "<b>13./14. Juni</b> – Landesmeisterschaften in Frankfurt<br/>"
               "<b>11. Juli</b> – Sommerfest mit Taufe des Renneiners „Alter Schwede“<br/>"
               "<b>19. September</b> – „Nacht der Skuller“ auf der Lahn<br/>"
               "<b>17. Oktober</b> – „Wellensteiner Herbstachter“<br/>"
               "<b>6. Dezember</b> – Abrudern und Nikolausfeier", "box")]),
    ]
    flow(c, story, columns(ML, BOTTOM, W - ML - MR, y - BOTTOM), "p8")


def page9(c):
    running_head(c, 9, "Aus dem Vereinsleben")
    y = head_block(c, TOP, "MITGLIEDERNACHRICHTEN", "Aus dem Vereinsleben")
    cols = columns(ML, BOTTOM, W - ML - MR, y - BOTTOM)
    left = [
        P("Wir gratulieren", "h3"),
        P("Herzliche Glückwünsche gehen an alle Mitglieder, die zwischen April und Juni einen "
          "runden Geburtstag feiern:", "small"),
        Spacer(1, 3),
        P("<b>zum 90. Geburtstag:</b> Erna Stockhausen (12. April)", "small"),
        P("<b>zum 85. Geburtstag:</b> Wilhelm Brückner (3. Mai)", "small"),
        P("<b>zum 80. Geburtstag:</b> Gisela Krämer-Voss (21. April), Hans-Peter Mahlmann "
          "(8. Juni)", "small"),
        P("<b>zum 75. Geburtstag:</b> Bożena Lewandowska (30. April), Rainer Tiedemann (17. Mai)",
          "small"),
        P("<b>zum 70. Geburtstag:</b> Fatma Yıldız (2. Juni), Klaus-Dieter Ohm (25. Juni)",
          "small"),
        P("<b>zum 60. Geburtstag:</b> Brigitte O'Connell (14. Mai)", "small"),
        Spacer(1, 6),
        Photo(140, width=170, tone=0.8, seed=10),
        P("Illustration: Noemi Castellucci", "caption"),
        P("Neue Mitglieder", "h3"),
        P("Herzlich willkommen im RVW: Noah Baptiste, Emilia Virtanen, Kenta Mori, Ida Sørensen, "
          "Lukas Hoffmeister und Familie Çelik. Wir freuen uns auf viele gemeinsame Kilometer!",
          "small"),
        P("Kilometerkönige 2025", "h3"),
        P("Die meisten Ruderkilometer im vergangenen Jahr sammelten Ingrid Halvorsen (2.314 km) "
          "und Wojciech Malinowski (2.108 km). In der Jugend lag Emre Kaya mit 1.276 km vorn. Die "
          "Fahrtenabzeichen werden beim Sommerfest überreicht.", "small"),
        P("Jubiläen", "h3"),
        P("Seit 50 Jahren halten uns Ute und Reinhold Gerlach die Treue. Beide lernten sich 1976 "
          "im Anfängerkurs kennen und rudern bis heute jeden Sonntag im Doppelzweier.", "small"),
        Spacer(1, 8),
        box([P("Nachruf", "boxh"),
             P("Wir trauern um Gerhard Lüttkemeyer, der am 2. Februar im Alter von 87 Jahren "
               "gestorben ist. Gerhard war 66 Jahre lang Mitglied, davon 30 als Bootswart, und hat "
               "mehr Boote repariert, als irgendjemand zählen konnte. Sein Motto „Erst rudern, dann "
               "reden“ hing jahrzehntelang über der Werkstatttür. Wir werden ihn vermissen.", "box")],
            bg=colors.Color(0.92, 0.92, 0.92)),
    ]
    right = [
        P("Neues aus der Jugend: Ergo-Cup und Osterlager", "h2"),
        P("Beim „Wellensteiner Ergo-Cup“ am 14. Februar traten 46 Kinder und Jugendliche aus vier "
          "Vereinen auf den Ruderergometern gegeneinander an. Die Halle der Gesamtschule war so laut "
          "wie lange nicht mehr, was vor allem an den Eltern lag, die mit Trommeln und selbst "
          "gemalten Plakaten angereist waren. Der RVW stellte mit 19 Startenden das größte Team und "
          "gewann die Vereinswertung knapp vor Limburg.", "body0"),
        P("In den Osterferien fuhren 22 Jugendliche für fünf Tage ins Trainingslager an den "
          "Edersee. Auf dem Programm standen zwei Wassereinheiten pro Tag, Technikvideos am Abend "
          "und ein Ausflug in den Kletterwald. „Am meisten Spaß hatten wir beim Staffelrudern am "
          "letzten Tag, auch wenn in unserem Boot am Ende mehr Wasser war als draußen“, meint "
          "Jugendsprecherin Lotta Engström."),
        P("Neu im Trainerteam der Jugend sind Clara Neuhaus und Aiden Murphy, die im Winter ihre "
          "Übungsleiterlizenz erworben haben. Clara betreut die Anfängergruppe am Montag, Aiden "
          "kümmert sich um die Dreizehn- und Vierzehnjährigen, die im Sommer ihre ersten Regatten "
          "fahren wollen. Wir wünschen beiden viel Freude und Geduld."),
        P("Ein großes Dankeschön geht an alle Betreuerinnen und Betreuer, die dafür Urlaub genommen "
          "haben, und an die Bäckerei Kleinschmidt, die uns jeden Morgen mit Brötchen versorgt hat. "
          "Wer im Sommer beim Kinderrudern mithelfen möchte, meldet sich bitte bei der "
          "Jugendleitung."),
        Spacer(1, 4),
        P("Text: Yuki Tanaka-Berg", "credit"),
        Spacer(1, 10),
        Photo(165, tone=0.7, seed=11),
        P("Volle Halle, volle Kraft: der „Wellensteiner Ergo-Cup“ in der Gesamtschule.", "caption"),
    ]
    flow(c, left, [cols[0]], "p9-left")
    flow(c, right, [cols[1]], "p9-right")


def page10(c):
    running_head(c, 10, "Ansprechpartner · Impressum")
    y = head_block(c, TOP, "SERVICE", "Ansprechpartner und Impressum")
    cols = columns(ML, BOTTOM, W - ML - MR, y - BOTTOM)
    rows = [("Vorsitzende", "Annegret Vollmer"), ("Stellv. Vorsitzender", "Tarık Güneş"),
            ("Sportwart", "Marek Wiśniewski"), ("Kassenwart", "Jürgen Ostendorf"),
            ("Jugendwartin", "Yuki Tanaka-Berg"), ("Bootswart", "Sven Aaltonen"),
            ("Cheftrainerin", "Giulia Santangelo"), ("Wanderrudern", "Dieter Hollmann")]
    tb = Table([[P("<b>%s</b>" % a, "small"), P(b, "small")] for a, b in rows],
               colWidths=[95, 140])
    tb.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.Color(.7, .7, .7)),
                            ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    left = [
        P("Der Vorstand", "h3"),
        tb,
        Spacer(1, 6),
        P("Geschäftsstelle: dienstags und donnerstags 17–19 Uhr im Bootshaus, "
          "Telefon 06471 93 08 12, info@rv-wellenstein.de", "small"),
        Spacer(1, 12),
        Photo(150, tone=0.74, seed=12),
        P("Das Bootshaus am Lahnufer im Februar. Foto: Archiv RVW", "caption"),
        P("Aus dem Vorstand: Das Dach wird teurer", "h3"),
        P("Bei der Begutachtung im Januar stellte sich heraus, dass nicht nur die Dachpappe, "
          "sondern auch Teile der Holzkonstruktion über Halle 1 erneuert werden müssen. Die Kosten "
          "steigen dadurch von geplanten 86.000 auf rund 131.000 Euro. Der Vorstand hat Zuschüsse "
          "beim Landessportbund und bei der Stadt beantragt und schlägt der Mitgliederversammlung "
          "eine einmalige Umlage von 40 Euro pro erwachsenem Mitglied vor. Alle Unterlagen liegen "
          "ab dem 20. April in der Geschäftsstelle aus.", "small"),
        P("Jürgen Ostendorf, Kassenwart", "credit"),
        P("Bootshausdienst", "h3"),
        P("Der Arbeitsdienst für das Frühjahr findet am 18. April ab 9 Uhr statt. Jedes Mitglied "
          "ab 16 Jahren leistet laut Beitragsordnung acht Stunden im Jahr. Bitte tragen Sie sich in "
          "die Liste am Schwarzen Brett ein.", "small"),
    ]
    imp = [
        P("Impressum", "h2"),
        P("<b>Riemen &amp; Skull</b> – Mitteilungen des Rudervereins Wellenstein 1889 e. V., "
          "58. Jahrgang, Ausgabe 1/2026, erscheint dreimal jährlich.", "small"),
        Spacer(1, 5),
        P("<b>Herausgeber:</b> Ruderverein Wellenstein 1889 e. V., Am Bootshaus 3, "
          "35799 Wellenstein an der Lahn, Vereinsregister Amtsgericht Limburg VR 1127", "small"),
        Spacer(1, 5),
        P("<b>Chefredaktion:</b> Henrike Albers", "small"),
        P("<b>Redaktion:</b> Mehmet Aydın, Siobhán Kearney und Lukas Brenninkmeyer", "small"),
        P("<b>Inhaltlich verantwortlich:</b> Annegret Vollmer (Anschrift wie Herausgeber)",
          "small"),
        Spacer(1, 5),
        P("<b>Titelfoto:</b> Ewa Kowalczyk", "small"),
        P("<b>Gestaltung:</b> Satzwerk Lahntal GbR", "small"),
        P("<b>Druck:</b> Druckhaus Seibold, Weilburg", "small"),
        P("<b>Auflage:</b> 650 Exemplare", "small"),
        Spacer(1, 5),
        P("Namentlich gekennzeichnete Beiträge geben nicht unbedingt die Meinung der Redaktion "
          "wieder. Die Redaktion behält sich vor, eingesandte Texte zu kürzen. Für unverlangt "
          "eingesandte Fotos wird keine Haftung übernommen.", "small"),
        Spacer(1, 5),
        P("<b>Redaktionsschluss für Heft 2/2026:</b> 15. Juli 2026. Beiträge und Fotos bitte an "
          "redaktion@rv-wellenstein.de.", "small"),
        Spacer(1, 10),
        P("Beiträge 2026", "h3"),
        P("Erwachsene 192 € · Studierende und Auszubildende 120 € · Jugendliche bis 18 Jahre "
          "96 € · Familien 312 € · Fördermitglieder 60 € (jeweils pro Jahr). Die Aufnahmegebühr "
          "entfällt für Kinder und Jugendliche.", "small"),
        Spacer(1, 8),
        P("Spenden für die Dachsanierung sind steuerlich absetzbar; eine Zuwendungsbestätigung "
          "stellt die Geschäftsstelle aus. Geburtstage veröffentlichen wir nur mit Einverständnis "
          "der Mitglieder. Wer nicht genannt werden möchte, sagt bitte in der Geschäftsstelle "
          "Bescheid.", "small"),
        Spacer(1, 14),
        box([P("Mitglied werden", "boxh"),
             P("Schnupperrudern für Erwachsene gibt es von Mai bis September jeden Samstag um 10 "
               "Uhr. Kinder ab zehn Jahren, die sicher schwimmen können, sind montags und "
               "mittwochs um 16 Uhr willkommen. Einfach vorbeikommen, Sportkleidung mitbringen!",
               "box")]),
    ]
    flow(c, left, [cols[0]], "p10-left")
    flow(c, imp, [cols[1]], "p10-right")


def main():
    c = canvas.Canvas(OUT, pagesize=A4)
    c.setTitle("Riemen & Skull 1/2026 – Mitteilungen des Rudervereins Wellenstein 1889 e. V.")
    c.setAuthor("Ruderverein Wellenstein 1889 e. V.")
    for fn in (page1, page2, page3, page4, page5, page6, page7, page8, page9, page10):
        fn(c)
        c.showPage()
    c.save()
    for label, left in REPORT:
        print("%-10s space left per column: %s" % (label, left))
    print("wrote", OUT)
    if ERRORS:
        print("\n".join(ERRORS))
        sys.exit(1)


if __name__ == "__main__":
    main()
