# -*- coding: utf-8 -*-
"""Generator for the fictional IHK magazine 'Elmtal Wirtschaft' 03/2026 (blind test sample).
Deterministic: no random numbers, no clock dates."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Frame, Spacer, Flowable
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_CENTER, TA_RIGHT
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase import pdfmetrics

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ihk-wirtschaftsmagazin-2026-de.pdf")
FD = "/usr/share/fonts/truetype/dejavu/"
for name, fn in [("Serif", "DejaVuSerif.ttf"), ("Serif-B", "DejaVuSerif-Bold.ttf"),
                 ("Serif-I", "DejaVuSerif-Italic.ttf"), ("Sans", "DejaVuSans.ttf"),
                 ("Sans-B", "DejaVuSans-Bold.ttf"), ("Sans-I", "DejaVuSans-Oblique.ttf"),
                 ("Cond", "DejaVuSansCondensed.ttf"), ("Cond-B", "DejaVuSansCondensed-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(name, FD + fn))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("Serif", normal="Serif", bold="Serif-B", italic="Serif-I", boldItalic="Serif-B")
registerFontFamily("Sans", normal="Sans", bold="Sans-B", italic="Sans-I", boldItalic="Sans-B")
registerFontFamily("Cond", normal="Cond", bold="Cond-B", italic="Cond", boldItalic="Cond-B")

W, H = A4
ML, MR, MT, MB = 42, 42, 60, 52
BLUE = colors.HexColor("#0b4f7c")
LIGHT = colors.HexColor("#e3eef6")
GREY = colors.HexColor("#b9b9b9")

body = ParagraphStyle("body", fontName="Serif", fontSize=9.2, leading=12.6, alignment=TA_JUSTIFY,
                      spaceAfter=5)
body1 = ParagraphStyle("body1", parent=body, firstLineIndent=0)
lead = ParagraphStyle("lead", fontName="Sans-B", fontSize=11.5, leading=15.5, spaceAfter=8,
                      textColor=colors.HexColor("#222222"))
h1 = ParagraphStyle("h1", fontName="Sans-B", fontSize=25, leading=29, spaceAfter=8, textColor=BLUE)
h2 = ParagraphStyle("h2", fontName="Sans-B", fontSize=16, leading=19.5, spaceAfter=5, textColor=BLUE)
h3 = ParagraphStyle("h3", fontName="Sans-B", fontSize=11.5, leading=14, spaceAfter=3, spaceBefore=4)
inter = ParagraphStyle("inter", fontName="Sans-B", fontSize=9.6, leading=12.6, spaceBefore=5,
                       spaceAfter=2, textColor=BLUE)
kicker = ParagraphStyle("kicker", fontName="Cond-B", fontSize=9, leading=11, textColor=BLUE,
                        spaceAfter=3)
byline = ParagraphStyle("byline", fontName="Sans", fontSize=8.6, leading=11, spaceAfter=8,
                        textColor=colors.HexColor("#444444"))
cap = ParagraphStyle("cap", fontName="Sans-I", fontSize=7.4, leading=9.2, spaceAfter=8,
                     textColor=colors.HexColor("#333333"))
pull = ParagraphStyle("pull", fontName="Serif-I", fontSize=15, leading=19.5, textColor=BLUE,
                      spaceBefore=8, spaceAfter=3)
pullwho = ParagraphStyle("pullwho", fontName="Sans-B", fontSize=8.2, leading=10.5, spaceAfter=10,
                         textColor=colors.HexColor("#333333"))
box = ParagraphStyle("box", fontName="Sans", fontSize=8.4, leading=11.4, backColor=LIGHT,
                     borderColor=LIGHT, borderWidth=0, borderPadding=6, spaceBefore=8, spaceAfter=12)
boxh = ParagraphStyle("boxh", parent=box, fontName="Sans-B", fontSize=10, leading=13, spaceAfter=0,
                      spaceBefore=10)
small = ParagraphStyle("small", fontName="Sans", fontSize=8.2, leading=11, spaceAfter=4)
smallb = ParagraphStyle("smallb", parent=small, fontName="Sans-B")
sign = ParagraphStyle("sign", parent=body, alignment=TA_LEFT, spaceAfter=0)


class Photo(Flowable):
    def __init__(self, h, label="Foto"):
        Flowable.__init__(self)
        self.h = h
        self.label = label

    def wrap(self, aw, ah):
        self.w = aw
        return aw, self.h

    def draw(self):
        self.canv.setFillColor(GREY)
        self.canv.rect(0, 0, self.w, self.h, stroke=0, fill=1)
        self.canv.setStrokeColor(colors.white)
        self.canv.setLineWidth(0.6)
        self.canv.line(0, 0, self.w, self.h)
        self.canv.line(0, self.h, self.w, 0)


class Rule(Flowable):
    def __init__(self, color=BLUE, width=1.2, space=4):
        Flowable.__init__(self)
        self.c, self.lw, self.space = color, width, space

    def wrap(self, aw, ah):
        self.w = aw
        return aw, self.space * 2

    def draw(self):
        self.canv.setStrokeColor(self.c)
        self.canv.setLineWidth(self.lw)
        self.canv.line(0, self.space, self.w, self.space)


def P(t, s=body):
    return Paragraph(t, s)


def paras(text, s=body):
    return [Paragraph(p.strip(), s) for p in text.strip().split("\n\n")]


def columns(ytop, ybot, n, x0=ML, x1=None, gap=14):
    x1 = W - MR if x1 is None else x1
    cw = (x1 - x0 - gap * (n - 1)) / n
    return [Frame(x0 + i * (cw + gap), ybot, cw, ytop - ybot, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, showBoundary=0) for i in range(n)]


def fill(c, frames, story, where):
    story = list(story)
    for f in frames:
        f.addFromList(story, c)
    if story:
        raise RuntimeError("Overflow on %s: %d flowables left, first: %r" % (
            where, len(story), getattr(story[0], "text", story[0])[:80] if hasattr(story[0], "text") else story[0]))


def fill_part(c, frames, story):
    for f in frames:
        f.addFromList(story, c)


TSTORY = []


def block(c, flows, ytop, x0=ML, x1=None):
    x1 = W - MR if x1 is None else x1
    y = ytop
    for f in flows:
        w, h = f.wrap(x1 - x0, 1000)
        sb = getattr(f, "style", None)
        sa = sb.spaceAfter if sb is not None else 0
        f.drawOn(c, x0, y - h)
        y -= h + sa
    return y


def chrome(c, num, rubrik):
    c.setFillColor(BLUE)
    c.rect(0, H - 34, W, 34, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Cond-B", 9)
    even = num % 2 == 0
    if even:
        c.drawString(ML, H - 21, rubrik.upper())
        c.drawRightString(W - MR, H - 21, "ELMTAL WIRTSCHAFT  03 | 2026")
    else:
        c.drawString(ML, H - 21, "ELMTAL WIRTSCHAFT  03 | 2026")
        c.drawRightString(W - MR, H - 21, rubrik.upper())
    c.setFillColor(colors.black)
    c.setStrokeColor(BLUE)
    c.setLineWidth(0.6)
    c.line(ML, 38, W - MR, 38)
    c.setFont("Sans-B", 9)
    if even:
        c.drawString(ML, 26, str(num))
        c.setFont("Sans", 7.5)
        c.drawString(ML + 18, 26, "IHK Elmtal  ·  www.ihk-elmtal.example")
    else:
        c.drawRightString(W - MR, 26, str(num))
        c.setFont("Sans", 7.5)
        c.drawRightString(W - MR - 18, 26, "IHK Elmtal  ·  www.ihk-elmtal.example")


def photo_at(c, x, y, w, h):
    c.setFillColor(GREY)
    c.rect(x, y, w, h, stroke=0, fill=1)
    c.setStrokeColor(colors.white)
    c.setLineWidth(0.6)
    c.line(x, y, x + w, y + h)
    c.line(x, y + h, x + w, y)
    c.setFillColor(colors.black)


# ---------------------------------------------------------------- page 1: cover
def page1(c):
    c.setFillColor(BLUE)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    photo_at(c, 0, 150, W, 470)
    c.setFillColor(colors.white)
    c.setFont("Sans-B", 46)
    c.drawString(ML, H - 95, "Elmtal")
    c.setFont("Sans", 46)
    c.drawString(ML + 170, H - 95, "Wirtschaft")
    c.setFont("Cond", 11)
    c.drawString(ML, H - 120, "Das Magazin der Industrie- und Handelskammer Elmtal")
    c.drawRightString(W - MR, H - 120, "Ausgabe 03 | März 2026  ·  76. Jahrgang")
    c.setFont("Cond-B", 12)
    c.drawString(ML, 128, "TITELTHEMA")
    c.setFont("Sans-B", 30)
    c.drawString(ML, 95, "Strom vom eigenen Dach")
    c.setFont("Sans", 13)
    c.drawString(ML, 72, "Wie Mittelständler im Elmtal ihre Energiekosten selbst in die Hand nehmen")
    c.setFont("Sans", 10)
    c.drawString(ML, 40, "Außerdem: Interview mit Vizepräsidentin Eleni Papadopoulou  ·  "
                         "Seilerei Wendt wird 100")


# ---------------------------------------------------------------- page 2: Inhalt + Editorial
def page2(c):
    chrome(c, 2, "Inhalt / Editorial")
    # contents column (left)
    x1 = ML + 190
    y = block(c, [P("Inhalt", h2), Rule()], H - MT, ML, x1)
    toc = [
        ("3", "Titelthema", "Strom vom eigenen Dach. Photovoltaik, Speicher und Lastmanagement im Mittelstand. "
                            "Von Katharina Ellerbrock und Mehmet Aydın"),
        ("6", "Unternehmen", "100 Jahre Seilerei Wendt; Frostline aus Nordhausen-Süd"),
        ("7", "Interview", "Eleni Papadopoulou über Logistik, Lkw-Maut und den Mut zur Nachfolge"),
        ("8", "Kurz gemeldet", "Ausbildungsmesse, Nachfolge-Sprechtage, Ehrungen, Konjunktur"),
        ("9", "Gastkommentar", "Bürokratieabbau beginnt im Rathaus"),
        ("10", "Standort", "Vierzehn Kilometer Umweg: die gesperrte Elmbrücke"),
        ("11", "Service", "Termine, Impressum"),
    ]
    fl = []
    for num, rub, txt in toc:
        fl.append(P("<font name='Sans-B' color='#0b4f7c' size='15'>%s</font>&nbsp;&nbsp;"
                    "<font name='Cond-B'>%s</font>" % (num, rub.upper()), small))
        fl.append(P(txt, ParagraphStyle("t", parent=small, spaceAfter=10)))
    fl.append(Photo(110))
    fl.append(P("Titelbild: Solarmodule auf dem Hallendach der Schlüter Metallbau GmbH in Elmstedt.", cap))
    fill(c, columns(y, MB, 1, ML, x1), fl, "p2 toc")
    # editorial (right)
    xe = ML + 210
    y = block(c, [P("EDITORIAL", kicker), P("Mut zur eigenen Energie", h2)], H - MT, xe, W - MR - 64)
    photo_at(c, W - MR - 56, H - MT - 62, 56, 62)
    ed = """Liebe Leserinnen und Leser,

als ich im vergangenen Herbst mit unserem Vorstand zwölf Betriebe zwischen Elmstedt und Nordhausen besucht habe, war ein Thema in jedem Gespräch präsent: die Energiekosten. Nicht als Klage, sondern als Aufgabe. Viele Unternehmerinnen und Unternehmer haben längst begonnen, ihre Versorgung neu zu denken, mit Anlagen auf dem Dach, mit Speichern im Keller und mit Maschinen, die dann laufen, wenn der Strom günstig ist.

Unser Titelthema zeigt, wie unterschiedlich diese Wege sind. Ein Metallbauer erzeugt heute mehr als ein Drittel seines Bedarfs selbst, ein Feinkosthersteller hat seine Kühlung zum Zwischenspeicher umgebaut. Gemeinsam ist allen, dass sie zu lange auf Netzanschlüsse und Genehmigungen warten mussten.

„Wir brauchen keine neuen Förderprogramme, wir brauchen schnellere Entscheidungen“, hat mir ein Inhaber aus dem Hunteland bei einem dieser Besuche gesagt. Ich habe den Satz seither oft wiederholt, im Landtag ebenso wie beim Netzbetreiber. Die IHK Elmtal wird in diesem Jahr eine Anlaufstelle einrichten, die Betriebe durch das Verfahren begleitet, vom ersten Antrag bis zur Inbetriebnahme.

Ebenso wichtig ist mir ein zweites Thema dieser Ausgabe: die Nachfolge. In den kommenden fünf Jahren suchen in unserem Bezirk rund 1.400 Inhaber eine Lösung für ihren Betrieb. Unsere neue Vizepräsidentin Eleni Papadopoulou hat diesen Schritt selbst erlebt und erzählt im Interview offen davon. Ich wünsche Ihnen eine anregende Lektüre."""
    fl = paras(ed)
    fl += [Spacer(1, 4), P("Ihre", sign), Spacer(1, 14),
           P("<font name='Serif-I' size='13'>Henrike Vossberg</font>", sign), Spacer(1, 4),
           P("Dr. Henrike Vossberg<br/>Präsidentin der IHK Elmtal", ParagraphStyle("s2", parent=small))]
    fr = [Frame(xe, MB, (W - MR - xe - 84), y - MB, leftPadding=0, rightPadding=0, topPadding=0,
                bottomPadding=0)]
    # editorial: first frame narrower (portrait at right), second below it full width
    f2 = Frame(xe, MB, W - MR - xe, y - 14 - MB, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    fill(c, [f2], fl, "p2 editorial")


# ---------------------------------------------------------------- pages 3-5: Titelthema
T1 = """Wenn Bernd Schlüter morgens über den Hof seines Betriebs geht, schaut er zuerst nach oben. Auf dem Dach der neuen Fertigungshalle liegen seit dem Sommer 2024 knapp 1.900 Solarmodule, dazu kommen zwei Carports auf dem Mitarbeiterparkplatz. An einem klaren Märztag liefert die Anlage mehr Strom, als die Laserschneidanlage, die Abkantpressen und die Büros zusammen verbrauchen. Der Überschuss fließt in einen Batteriespeicher, der in einem umgebauten Seecontainer neben der Halle steht.

„Vor drei Jahren hätte ich jeden für verrückt erklärt, der mir so etwas vorschlägt“, sagt der Geschäftsführer der Schlüter Metallbau GmbH in Elmstedt. Das Unternehmen beschäftigt 85 Menschen und fertigt Treppen, Geländer und Stahlkonstruktionen für Gewerbebauten. Die Stromrechnung hatte sich im Winter 2022 innerhalb weniger Monate fast verdreifacht. „Da ging es nicht mehr um Klimaschutz oder Image. Da ging es um die Frage, ob wir unsere Preise noch halten können.“

Schlüter ist mit dieser Erfahrung nicht allein. In der jüngsten Energieumfrage der IHK Elmtal gaben 58 Prozent der befragten Industriebetriebe an, bereits eigene Erzeugungsanlagen zu betreiben oder bis Ende 2027 in solche zu investieren. Vor vier Jahren lag dieser Anteil noch bei einem Viertel. Besonders stark ist der Zuwachs bei Betrieben mit 20 bis 250 Beschäftigten, also genau im Kern des regionalen Mittelstands.

Der Weg dahin ist allerdings selten geradlinig. Tobias Reinhardt, Energieberater der IHK, kennt die typischen Stolpersteine. Oft scheitere es nicht an der Wirtschaftlichkeit, sondern an der Statik alter Hallendächer, an fehlenden Unterlagen für den Netzanschluss oder an Lieferzeiten für Transformatoren. „Die Technik ist heute das kleinste Problem. Die meisten Betriebe verlieren ihre Zeit zwischen dem Antrag und dem Anschluss“, sagt Reinhardt. In manchen Fällen vergehen zwischen Planung und Einspeisung mehr als anderthalb Jahre.

Bei Schlüter Metallbau dauerte es vierzehn Monate. Die größte Hürde war der Hausanschluss: Der Netzbetreiber verlangte zunächst eine neue Übergabestation, was die Kalkulation um einen sechsstelligen Betrag verteuert hätte. Erst nach mehreren Gesprächen und einem zweiten Gutachten einigte man sich auf eine Lösung, bei der die Einspeiseleistung begrenzt wird. Heute nutzt der Betrieb rund 80 Prozent des selbst erzeugten Stroms direkt."""

T2 = """Dass der Eigenverbrauch so hoch ist, liegt an einer Entscheidung, die auf den ersten Blick wenig mit Energie zu tun hat. Schlüter hat die Schichtplanung umgestellt. Energieintensive Arbeiten wie das Laserschneiden werden, wann immer es die Auftragslage erlaubt, in die Mittagsstunden gelegt. Die Beschäftigten waren anfangs skeptisch, inzwischen schätzen viele den früheren Feierabend in den Sommermonaten.

Ein ganz anderes Modell verfolgt Ferraro Feinkost in Nordhausen. Der Familienbetrieb stellt Antipasti, Pesto und frische Pasta für den Lebensmitteleinzelhandel her, rund 140 Tonnen im Monat. Der größte Stromverbraucher ist hier nicht die Produktion, sondern die Kühlung. „Unsere Kühlhäuser sind im Grunde riesige Batterien“, sagt Giulia Ferraro, die das Energiemanagement des Unternehmens leitet. Statt in einen teuren Speicher zu investieren, kühlt der Betrieb seine Lager mittags um zwei Grad tiefer herunter, als nötig wäre. In den Abendstunden, wenn der Strom teuer ist, laufen die Kompressoren dann deutlich seltener.

Das Prinzip klingt einfach, verlangte aber eine genaue Messung. Ein Jahr lang hat das Team die Temperaturverläufe jedes einzelnen Kühlraums aufgezeichnet, bevor die Steuerung umgestellt wurde. Die Lebensmittelsicherheit hatte dabei Vorrang. Ferraro betont, dass keine Ware jemals außerhalb der vorgeschriebenen Bereiche gelagert worden sei. Die Einsparung beziffert sie auf gut 90.000 Euro im Jahr.

Sie sagt: „Das Wichtigste war nicht die neue Software, sondern dass unsere Schichtleiter verstanden haben, warum wir das machen.“ Deshalb hängt in jeder Halle ein Bildschirm, der zeigt, wie viel Strom gerade vom eigenen Dach kommt und was er kostet. Die Beschäftigten hätten daraus sogar einen kleinen Wettbewerb gemacht, erzählt sie.

Für kleinere Betriebe sind solche Projekte oft eine Nummer zu groß. Hier setzt die Energie-Scout-Initiative an, die die IHK gemeinsam mit der Handwerkskammer betreibt. Auszubildende aus Mitgliedsbetrieben lernen in einem dreitägigen Kurs, Verbrauchsdaten zu erfassen und Einsparpotenziale zu erkennen. Anschließend untersuchen sie im eigenen Unternehmen ein konkretes Projekt. Im vergangenen Jahrgang haben 46 junge Leute teilgenommen, ihre Vorschläge summieren sich auf rechnerische Einsparungen von mehr als 1,2 Gigawattstunden."""

T3 = """Zu den Teilnehmern gehörte auch Emre Yılmaz, Auszubildender zum Elektroniker für Betriebstechnik bei einem Kunststoffverarbeiter in Hunteburg. Er entdeckte, dass die Druckluftanlage seines Betriebs auch an Wochenenden durchlief, weil niemand für das Abschalten zuständig war. Eine Zeitschaltung und ein Dutzend abgedichteter Leitungen später lag die Ersparnis bei rund 11.000 Euro im Jahr. „Am Anfang dachte ich, das merkt doch keiner“, erinnert sich der 20-Jährige. „Dann hat mich der Chef zur Betriebsversammlung eingeladen.“

Trotz solcher Erfolge warnen Fachleute vor zu viel Euphorie. Die Preise für Solarmodule sind zwar deutlich gesunken, doch Speicher, Wechselrichter und vor allem die Netzanbindung bleiben teuer. Wer heute plant, sollte nach Einschätzung der IHK mit Amortisationszeiten von acht bis zwölf Jahren rechnen. Hinzu kommen offene Fragen bei der Besteuerung und bei der Weitergabe von Strom an Mieter oder benachbarte Betriebe, etwa in Gewerbegebieten mit mehreren Eigentümern.

Die Vollversammlung der IHK Elmtal hat deshalb im Dezember ein Positionspapier unter dem Titel „Energie vor Ort“ beschlossen. Darin fordert sie unter anderem feste Fristen für Netzbetreiber, eine einheitliche digitale Anmeldung und die Möglichkeit, Strom innerhalb eines Gewerbegebiets unbürokratisch zu teilen. Ein Modellprojekt im Gewerbepark Elmstedt-Ost soll zeigen, wie ein solches „Quartier“ für Unternehmen funktionieren kann.

Bernd Schlüter ist dort einer der Initiatoren. Er hat mit seinen Nachbarn, einer Druckerei und einem Logistiker, eine gemeinsame Gesellschaft gegründet. Die Druckerei hat große Dachflächen, aber wenig Verbrauch tagsüber, der Logistiker lädt nachts seine elektrischen Gabelstapler. Zusammen passen die Profile gut. Noch fehlt die rechtliche Sicherheit. Schlüter bleibt trotzdem optimistisch: „Wir machen das nicht, weil es modern ist. Wir machen das, weil wir hier auch in zwanzig Jahren noch produzieren wollen.“"""


def page3(c):
    chrome(c, 3, "Titelthema")
    photo_at(c, 0, H - 34 - 190, W, 190)
    c.setFillColor(colors.black)
    y = H - 34 - 190 - 6
    y = block(c, [P("Das Dach der Fertigungshalle von Schlüter Metallbau in Elmstedt: 1.900 Module, "
                    "rund 780 Kilowatt Spitzenleistung. Foto: Jannik Brandes", cap)], y)
    y = block(c, [P("TITELTHEMA  ·  ENERGIE", kicker), P("Strom vom eigenen Dach", h1),
                  P("Hohe Preise, lange Wartezeiten, unsichere Netze: Immer mehr Betriebe im Elmtal "
                    "erzeugen ihre Energie selbst. Drei Beispiele zeigen, was dabei gelingt und wo es hakt.",
                    lead),
                  P("Von Katharina Ellerbrock und Mehmet Aydın", byline)], y)
    fl = paras(T1)
    p2 = paras(T2)
    p2.insert(3, P("„Unsere Kühlhäuser sind im Grunde riesige Batterien.“", pull))
    p2.insert(4, P("Giulia Ferraro<br/>Leiterin Energiemanagement, Ferraro Feinkost", pullwho))
    TSTORY[:] = fl + p2 + paras(T3)
    fill_part(c, columns(y, MB, 3), TSTORY)


def page4(c):
    chrome(c, 4, "Titelthema")
    cols = columns(H - MT, MB, 3)
    TSTORY.insert(0, Photo(130))
    TSTORY.insert(1, P("Giulia Ferraro vor dem Steuerpult der Kühlanlage in Nordhausen. Foto: Jannik Brandes", cap))
    fill_part(c, cols, TSTORY)


def page5(c):
    chrome(c, 5, "Titelthema")
    cols = columns(H - MT, 300, 2)
    fill(c, cols, TSTORY, "p5 text")
    # box at the bottom
    photo_at(c, ML, MB + 40, 200, 190)
    block(c, [P("Emre Yılmaz hat als Energie-Scout die Druckluftanlage seines Ausbildungsbetriebs "
                "unter die Lupe genommen. Foto: Selin Korkmaz", cap)], MB + 34, ML, ML + 200)
    bx = [P("Info: So unterstützt die IHK", boxh),
          P("<b>Erstberatung Energie:</b> kostenfreies Gespräch mit den Energieberatern der IHK, "
            "auch vor Ort im Betrieb. Terminvereinbarung unter 05199 870-412.<br/><br/>"
            "<b>Energie-Scouts:</b> Der nächste Kurs für Auszubildende beginnt am 14. April in Elmstedt. "
            "Anmeldeschluss ist der 27. März.<br/><br/>"
            "<b>Leitfaden Netzanschluss:</b> Die Broschüre „Vom Antrag zur Einspeisung“ steht im "
            "Download-Bereich der IHK-Website bereit und wird laufend aktualisiert.<br/><br/>"
            "<b>Positionspapier:</b> Die vollständigen Forderungen der Vollversammlung finden Sie unter "
            "www.ihk-elmtal.example/energie.", box)]
    fill(c, [Frame(ML + 220, MB, W - MR - ML - 226, 250, leftPadding=6, rightPadding=6, topPadding=0,
                   bottomPadding=0)], bx, "p5 box")


# ---------------------------------------------------------------- page 6: Unternehmen
WENDT = """Es riecht nach Hanf und Maschinenöl, wenn man die alte Werkhalle der Seilerei Wendt in Hunteburg betritt. Auf einer Länge von 120 Metern laufen hier die Litzen zusammen, aus denen später Festmacher für Binnenschiffe, Absperrseile für Museen oder Taue für Kletterparks werden. Vor hundert Jahren gründete Wilhelm Wendt den Betrieb mit zwei Gesellen, heute führt seine Urenkelin Maren Wendt das Unternehmen mit 23 Beschäftigten.

„Wir haben jede Krise überlebt, weil wir nie nur ein Produkt hatten“, sagt die 44-Jährige. In den Fünfzigerjahren lieferte die Seilerei vor allem an Bauernhöfe, später an Werften, seit den Neunzigern zunehmend an Theater und Veranstaltungstechnik. Inzwischen stammt fast ein Drittel des Umsatzes aus Kletter- und Spielanlagen in ganz Europa.

Zum Jubiläum öffnet der Betrieb am 9. Mai seine Tore. Besucher können dann selbst ein Seil schlagen. Das Motto des Tages, „Hundert Jahre in einem Strang“, hat sich die Belegschaft selbst ausgedacht. Eine Ausstellung im Heimatmuseum Hunteburg mit dem Titel „Gedreht, geschlagen, geknotet“ zeigt ab April historische Maschinen und Fotografien aus der Firmengeschichte."""

FROST = """Die Idee entstand in einem Studentenwohnheim. Arjun Mehta und Hiroshi Tanabe studierten Logistik an der Hochschule Elmtal und ärgerten sich darüber, wie viele Lebensmittel auf dem Weg vom Großhändler zum Restaurant verderben. Ihr Start-up Frostline entwickelt kleine Funksensoren, die in Kühlboxen und Transportern die Temperatur messen und bei Abweichungen sofort eine Nachricht an den Fahrer schicken.

„Die meisten Lieferungen gehen nicht auf der Autobahn kaputt, sondern auf den letzten fünfhundert Metern“, erklärt Mehta. Eine geöffnete Tür bei der Anlieferung, eine Kiste, die zu lange in der Sonne steht: Solche Momente erfasste bisher niemand. Frostline beschäftigt inzwischen elf Menschen im Gründerzentrum Nordhausen-Süd und beliefert 30 Kunden, darunter zwei Großküchen und eine Apothekenkette.

Im Januar hat das Unternehmen eine Finanzierungsrunde über 1,8 Millionen Euro abgeschlossen. Das Geld soll in die Zulassung für Medikamententransporte fließen. „Wir wollen im Elmtal bleiben“, sagt Tanabe. „Hier finden wir Leute, die wissen, wie ein Lager von innen aussieht.“"""


def page6(c):
    chrome(c, 6, "Unternehmen")
    y = block(c, [P("UNTERNEHMEN IM PORTRÄT", kicker)], H - MT)
    # left story: Wendt (two columns), right: Frostline
    xm = ML + 320
    y1 = block(c, [P("Hundert Jahre in einem Strang", h2),
                   P("Die Seilerei Wendt in Hunteburg feiert Jubiläum und setzt auf Kletterparks.", lead)],
               y, ML, xm - 12)
    fl = [Photo(120), P("Maren Wendt an der Seilschlagmaschine von 1958.", cap)] + paras(WENDT)
    fl.append(P("<b>Text: Anna Kowalczyk</b>", ParagraphStyle("e", parent=body, alignment=TA_RIGHT)))
    fill(c, columns(y1, MB, 2, ML, xm - 12, gap=12), fl, "p6 wendt")
    c.setStrokeColor(GREY)
    c.line(xm, MB, xm, y)
    y2 = block(c, [P("Kälte mit Köpfchen", h2), P("Von Luca Bianchi", byline)], y, xm + 12)
    fl = [Photo(90), P("Arjun Mehta (links) und Hiroshi Tanabe mit einem ihrer Sensoren.", cap)] + paras(FROST)
    fill(c, columns(y2, MB, 1, xm + 12), fl, "p6 frost")


# ---------------------------------------------------------------- page 7 + 9: Interview
INT1 = [
    ("JH", "Frau Papadopoulou, Sie sind seit Januar Vizepräsidentin der IHK Elmtal. Was hat Sie bewogen, "
           "sich neben dem eigenen Unternehmen ehrenamtlich zu engagieren?"),
    ("EP", "Ehrlich gesagt, die Erfahrung mit meiner eigenen Nachfolge. Als mein Vater 2017 krank wurde, "
           "stand ich plötzlich mit einer Spedition mit 60 Lkw da, ohne darauf vorbereitet zu sein. Die "
           "IHK hat mir damals Ansprechpartner vermittelt, die ich allein nie gefunden hätte. Davon möchte "
           "ich etwas zurückgeben."),
    ("JH", "Wie ist der Übergang gelaufen?"),
    ("EP", "Holprig. Mein Vater hat alles im Kopf gehabt: Kunden, Preise, die Eigenheiten jedes Fahrers. "
           "Es gab kaum etwas Schriftliches. Ich habe das erste Jahr damit verbracht, Wissen einzusammeln, "
           "bevor ich überhaupt etwas verändern konnte. Heute rate ich jedem Inhaber: Fangen Sie mit "
           "der Übergabe an, solange Sie gesund sind und Lust auf Ihren Betrieb haben."),
    ("JH", "Die Logistikbranche steht unter Druck: Maut, Fahrermangel, Kosten für neue Antriebe. Wie "
           "geht es Ihrem Unternehmen?"),
    ("EP", "Wir sind zufrieden, aber die Margen sind dünn. Die CO₂-Maut hat unsere Kosten pro Tour "
           "spürbar erhöht, und wir können sie nicht vollständig weitergeben. Gleichzeitig kostet ein "
           "elektrischer Sattelzug noch immer mehr als das Doppelte eines Diesels. Wir haben vier im "
           "Einsatz, für den Regionalverkehr funktioniert das gut. Für die Langstrecke fehlen Ladepunkte, "
           "an denen ein 40-Tonner überhaupt halten kann."),
    ("JH", "Und die Fahrer?"),
    ("EP", "Das ist die eigentliche Sorge. Das Durchschnittsalter unserer Fahrer liegt bei 51 Jahren. "
           "Wir bilden selbst aus, derzeit sieben junge Leute, darunter zwei Frauen und drei Geflüchtete "
           "aus Syrien und der Ukraine. Der Führerschein kostet uns pro Person rund 12.000 Euro. Das ist "
           "viel Geld, aber ohne diese Investition gäbe es uns in zehn Jahren nicht mehr."),
]
INT2 = [
    ("JH", "Welche Rolle spielt dabei die Sprache?"),
    ("EP", "Eine große, aber nicht die entscheidende. Wir haben einen Kollegen, der selbst vor 25 Jahren "
           "aus Thessaloniki gekommen ist und heute unsere Disposition leitet. Er begleitet die Neuen in "
           "den ersten Monaten. Viel wichtiger als perfektes Deutsch ist, dass jemand pünktlich ist und "
           "Verantwortung für Fahrzeug und Ladung übernimmt."),
    ("JH", "Was wollen Sie als Vizepräsidentin erreichen?"),
    ("EP", "Ich möchte, dass Nachfolge kein Tabuthema mehr ist. Viele Inhaber sprechen erst darüber, "
           "wenn es zu spät ist. Die neuen Sprechtage der IHK sind ein guter Anfang. Außerdem will ich "
           "mich für die Verkehrsinfrastruktur einsetzen, vor allem für die Sanierung der Elmbrücke "
           "bei Hunteburg. Jeder Umweg kostet unsere Betriebe Zeit und Geld."),
    ("JH", "Zum Schluss: Was würden Sie Ihrem Vater heute sagen?"),
    ("EP", "Danke, dass du mich hast machen lassen. Und: Du hättest ruhig mehr aufschreiben können."),
]


def iturns(turns):
    out = []
    for who, t in turns:
        if who == "JH":
            out.append(P("<b>%s:</b> %s" % (who, t), ParagraphStyle("q", parent=body, fontName="Serif-B",
                                                                    textColor=BLUE)))
        else:
            out.append(P("<b>%s:</b> %s" % (who, t), body))
    return out


def page7(c):
    chrome(c, 7, "Interview")
    photo_at(c, ML, H - MT - 250, 230, 250)
    block(c, [P("Eleni Papadopoulou führt die Spedition Papadopoulos &amp; Söhne in Nordhausen in "
                "zweiter Generation. Foto: Selin Korkmaz", cap)], H - MT - 256, ML, ML + 230)
    y = block(c, [P("INTERVIEW", kicker),
                  P("„Fangen Sie an, solange Sie Lust auf Ihren Betrieb haben“", h2),
                  P("Die Unternehmerin Eleni Papadopoulou ist neue Vizepräsidentin der IHK Elmtal. Ein "
                    "Gespräch über eine unverhoffte Nachfolge, teure Lkw und die Frage, warum "
                    "Führerscheine eine Zukunftsinvestition sind.", lead),
                  P("Das Gespräch führte Jonas Hartwig.", byline)], H - MT, ML + 246)
    f0 = Frame(ML + 246, H - MT - 300, W - MR - ML - 246, y - (H - MT - 300), leftPadding=0,
               rightPadding=0, topPadding=0, bottomPadding=0)
    cols = [f0] + columns(H - MT - 310, MB, 2)
    fl = iturns(INT1)
    fl.append(P("<i>Fortsetzung auf Seite 9</i>", ParagraphStyle("f", parent=small, alignment=TA_RIGHT)))
    fill(c, cols, fl, "p7")


# ---------------------------------------------------------------- page 8: Kurz gemeldet
def page8(c):
    chrome(c, 8, "Kurz gemeldet")
    y = block(c, [P("Kurz gemeldet", h1), Rule()], H - MT)
    cols = columns(y, MB, 3)
    fl = []
    fl += [P("Ausbildungsmesse zieht 3.200 Besucher an", h3)]
    fl += paras("""Mehr als 3.200 Schülerinnen und Schüler haben Ende Februar die Ausbildungsmesse „Zukunft Elmtal“ in der Stadthalle Elmstedt besucht. An 96 Ständen stellten Betriebe aus Industrie, Handel und Dienstleistung ihre Ausbildungsberufe vor. Erstmals gab es eine Speed-Dating-Ecke, in der Jugendliche in zehn Minuten mit Personalverantwortlichen sprechen konnten.

„Ich wusste vorher gar nicht, dass man Mechatronikerin auch bei einem Lebensmittelhersteller werden kann“, sagte die 16-jährige Lara Schimmelpfennig aus Hunteburg nach ihrem Gespräch. Die nächste Messe findet am 26. Februar 2027 statt.""")
    fl += [P("<i>Sophie Lindqvist</i>", ParagraphStyle("e", parent=small, alignment=TA_RIGHT))]
    fl += [Rule(GREY, 0.5), P("Neue Sprechtage zur Nachfolge", h3), P("Von Kevin O'Connell", byline)]
    fl += paras("""Ab April bietet die IHK Elmtal monatliche Sprechtage zur Unternehmensnachfolge an, abwechselnd in Elmstedt, Nordhausen und Hunteburg. Inhaber und Interessierte erhalten dort eine vertrauliche Erstberatung zu Unternehmensbewertung, Finanzierung und Steuerfragen.

„Wer zu spät anfängt, verkauft fast immer unter Wert“, sagt Nachfolgeberater Rainer Kolbe. Er empfiehlt, mindestens fünf Jahre vor dem geplanten Ausstieg mit der Vorbereitung zu beginnen. Die Termine finden Sie im Veranstaltungskalender auf Seite 11.""")
    fl += [Rule(GREY, 0.5), P("Ehrennadel für langjährige Prüfer", h3)]
    fl += paras("""Für ihr jahrzehntelanges Engagement in den Prüfungsausschüssen hat die IHK Elmtal im Februar 14 ehrenamtliche Prüferinnen und Prüfer ausgezeichnet. Die goldene Ehrennadel für 30 Jahre Prüfertätigkeit erhielten Hans-Peter Mühlenkamp (Industriemechanik) und Zofia Nowicka (Kaufleute im Einzelhandel). Hauptgeschäftsführer Dr. Friedrich Albers dankte allen Geehrten: Ohne ihren Einsatz sei die duale Ausbildung nicht denkbar.

Wer selbst Prüferin oder Prüfer werden möchte, erhält Informationen bei der Abteilung Berufsbildung.""")
    fl += [Rule(GREY, 0.5), P("Konjunktur: Stimmung hellt sich auf", h3)]
    fl += paras("""Die Unternehmen im Elmtal blicken wieder etwas zuversichtlicher auf das Jahr. Das zeigt die Konjunkturumfrage der IHK unter 412 Betrieben. Der Geschäftsklimaindex stieg gegenüber dem Herbst um sechs Punkte auf 104. Vor allem die Industrie meldet mehr Aufträge aus dem Ausland, während Handel und Gastgewerbe weiter über schwachen Konsum klagen.""")
    fl += [Photo(95), P("Geschäftsklimaindex der IHK Elmtal, 2022 bis 2026. Illustration: Ole Fredriksen", cap)]
    fl += paras("""„Von einem Aufschwung zu sprechen, wäre verfrüht“, heißt es in der Auswertung. Als größtes Risiko nennen 61 Prozent der Betriebe den Fachkräftemangel, gefolgt von den Energiepreisen. Die vollständige Umfrage steht online zum Download bereit.""")
    fl += [P("Text: Lena Marquardt", ParagraphStyle("e", parent=small, alignment=TA_RIGHT, fontName="Sans-B"))]
    fill(c, cols, fl, "p8")


# ---------------------------------------------------------------- page 9: Interview (Forts.) + Gastkommentar
GAST = """Wer in diesen Wochen mit Unternehmerinnen und Unternehmern spricht, hört eine Klage häufiger als jede andere: Es dauert alles zu lange. Die Bundesregierung hat ein weiteres Entlastungspaket angekündigt, die Landesregierung eine Taskforce eingesetzt. Das ist richtig. Doch die meisten Genehmigungen, die einen Betrieb ausbremsen, werden weder in Berlin noch in der Landeshauptstadt erteilt, sondern im Rathaus und im Kreishaus.

Meine Studierenden haben im vergangenen Semester 38 Bauanträge für Gewerbehallen im Elmtal nachverfolgt. Die durchschnittliche Bearbeitungszeit lag bei sieben Monaten. Auffällig war nicht, dass die Verwaltungen langsam arbeiten, sondern dass Unterlagen mehrfach nachgefordert wurden, weil verschiedene Ämter nichts voneinander wussten. In elf Fällen wurde dasselbe Gutachten zweimal verlangt.

Die Lösung ist unspektakulär: eine einzige digitale Akte pro Vorhaben, auf die alle beteiligten Stellen zugreifen, und eine feste Ansprechperson für den Antragsteller. Einige Kommunen in Skandinavien und den Niederlanden arbeiten seit Jahren so. Dafür braucht es kein neues Gesetz, sondern den Willen der Landräte und Bürgermeister, ihre Zuständigkeiten zu teilen.

Die Wirtschaft kann dazu beitragen, indem sie vollständige Anträge einreicht und frühzeitig das Gespräch sucht. Bürokratieabbau ist kein Geschenk, das von oben kommt. Er beginnt dort, wo Verwaltung und Betriebe einander am nächsten sind."""


def page9(c):
    chrome(c, 9, "Interview / Gastkommentar")
    y = block(c, [P("<i>Fortsetzung von Seite 7: Interview mit Eleni Papadopoulou</i>", small)], H - MT)
    fill(c, columns(y - 2, 470, 3), iturns(INT2), "p9 interview")
    c.setFillColor(LIGHT)
    c.rect(ML - 8, MB - 6, W - ML - MR + 16, 460 - MB, stroke=0, fill=1)
    c.setFillColor(colors.black)
    photo_at(c, W - MR - 64, 460 - 80, 64, 70)
    y = block(c, [P("GASTKOMMENTAR", kicker), P("Bürokratieabbau beginnt im Rathaus", h2),
                  P("AYŞE DEMIRTAŞ", ParagraphStyle("bc", parent=byline, fontName="Sans-B", fontSize=9))],
              460 - 12, ML, W - MR - 80)
    fl = paras(GAST)
    fl.append(P("<i>Prof. Dr. Ayşe Demirtaş lehrt Verwaltungswissenschaft an der Hochschule Elmtal. "
                "Gastbeiträge geben nicht unbedingt die Meinung der IHK wieder.</i>", small))
    fill(c, columns(y, MB, 3), fl, "p9 gast")



# ---------------------------------------------------------------- page 10: Standort
BRUECKE = """Um kurz nach sechs stauen sich die Lastwagen an der Ampel vor Wellhausen. Seit die Elmbrücke bei Hunteburg im Februar 2024 für Fahrzeuge über 7,5 Tonnen gesperrt wurde, rollt der gesamte Schwerverkehr zwischen dem Gewerbegebiet Hunteburg-Nord und der Autobahn durch drei Ortschaften. Der Umweg beträgt 14 Kilometer, zu Stoßzeiten oft mehr als eine halbe Stunde.

„Jeden Tag vierzig Minuten Umweg, das sind im Jahr fast drei Wochen Arbeitszeit pro Fahrer.“ So rechnet es Jürgen Häberle vor, Disponent bei einem Baustoffhändler mit 30 Fahrzeugen. Er hat die Mehrkosten für sein Unternehmen auf rund 140.000 Euro im Jahr geschätzt, für Diesel, Lohn und Verschleiß. Hinzu kommen Kunden, die ihre Ware inzwischen lieber bei einem Wettbewerber jenseits der Elm bestellen.

Eine Umfrage der IHK unter 86 Betrieben aus dem Gewerbegebiet bestätigt das Bild. Zwei Drittel berichten von höheren Transportkosten, knapp jeder fünfte hat bereits Aufträge verloren. Besonders betroffen sind Betriebe, die auf pünktliche Anlieferung angewiesen sind, etwa Zulieferer der Automobilindustrie, die im Takt der Bänder liefern müssen.

Der Ersatzneubau ist beschlossen, doch der Zeitplan hat sich bereits zweimal verschoben. Nach aktueller Planung der Landesstraßenbaubehörde soll der Verkehr frühestens im Herbst 2028 über die neue Brücke rollen. Die IHK fordert in ihrem Papier „Verkehrsinfrastruktur Elmtal 2030“ unter anderem, die Bauzeit durch Nachtarbeit und ein vorgezogenes Vergabeverfahren zu verkürzen, und hat eine Behelfsbrücke ins Gespräch gebracht.

Dass Umwege auch Anwohner belasten, weiß Małgorzata Lewandowska. Sie betreibt in Wellhausen ein kleines Café an der Durchgangsstraße. „Früher haben die Leute draußen gesessen. Heute trinkt bei dem Lärm keiner mehr seinen Kaffee auf der Terrasse“, sagt sie. Sie hofft, dass die Behelfsbrücke kommt, und hat eine Unterschriftenliste ausgelegt. Mehr als 900 Namen stehen bereits darauf."""

OHLSEN = [
    ("Frage:", "Herr Ohlsen, warum dauert der Neubau so lange?"),
    ("Antwort:", "Weil wir an einer Brücke über ein Naturschutzgebiet bauen und jede Abkürzung im Verfahren "
                 "ein Klagerisiko bedeutet. Das will niemand, am wenigsten die Betriebe."),
    ("Frage:", "Kommt die Behelfsbrücke?"),
    ("Antwort:", "Wir prüfen sie ernsthaft. Eine Entscheidung erwarte ich bis zum Sommer."),
    ("Frage:", "Was können Unternehmen bis dahin tun?"),
    ("Antwort:", "Sich an den Baustellenbeirat wenden, den wir eingerichtet haben. Dort sitzt auch die IHK mit am Tisch."),
]


def page10(c):
    chrome(c, 10, "Standort")
    y = block(c, [P("STANDORT  ·  VERKEHR", kicker), P("Vierzehn Kilometer Umweg", h1),
                  P("Seit zwei Jahren ist die Elmbrücke bei Hunteburg für Lkw gesperrt. Die Betriebe im "
                    "Gewerbegebiet zahlen einen hohen Preis, und die Anwohner auch.", lead)], H - MT)
    xs = ML + 345
    fl = [Photo(140), P("Ausweichverkehr in der Ortsdurchfahrt Wellhausen.", cap)] + paras(BRUECKE)
    fl.append(P("<b>Text und Fotos: Fatma Çelik</b>", ParagraphStyle("tf", parent=small, alignment=TA_RIGHT)))
    fill(c, columns(y, MB, 2, ML, xs - 14), fl, "p10 bruecke")
    c.setFillColor(LIGHT)
    c.rect(xs, MB, W - MR - xs, y - MB, stroke=0, fill=1)
    c.setFillColor(colors.black)
    fl = [P("NACHGEFRAGT", kicker), P("Drei Fragen an Landrat Malte Ohlsen",
                                       ParagraphStyle("nh", parent=h3, textColor=BLUE)), Photo(90),
          P("Malte Ohlsen ist seit 2021 Landrat des Elmtalkreises.", cap)]
    for a, b in OHLSEN:
        fl.append(P("<b>%s</b> %s" % (a, b), ParagraphStyle("fa", parent=small, fontName="Sans" if a == "Antwort:" else "Sans-B",
                                                            spaceAfter=6)))
    fl.append(Spacer(1, 8))
    fl.append(P("JUBILÄEN IM MÄRZ", kicker))
    fl.append(P("<b>100 Jahre:</b> Seilerei Wendt GmbH, Hunteburg<br/><b>50 Jahre:</b> Autohaus Krömer KG, "
                "Elmstedt<br/><b>25 Jahre:</b> Elmtaler Reisebüro Yıldız, Nordhausen; Brandt Elektrotechnik GmbH, "
                "Wellhausen", ParagraphStyle("jb", parent=small, fontSize=7.8)))
    fill(c, [Frame(xs + 8, MB + 6, W - MR - xs - 16, y - MB - 14, leftPadding=0, rightPadding=0, topPadding=0,
                   bottomPadding=0)], fl, "p10 box")


# ---------------------------------------------------------------- page 11: Service + Impressum
def page11(c):
    chrome(c, 11, "Service")
    y = block(c, [P("Termine", h2), Rule()], H - MT, ML, ML + 250)
    ev = [("17. März", "Sprechtag Unternehmensnachfolge, IHK Elmstedt, 9–16 Uhr"),
          ("24. März", "Forum Energie vor Ort, Gewerbepark Elmstedt-Ost, 17 Uhr"),
          ("2. April", "Zoll-Workshop: Ursprungsregeln im Handel mit dem Vereinigten Königreich"),
          ("14. April", "Start Energie-Scouts, Kurs 7, Berufsbildungszentrum Elmstedt"),
          ("9. Mai", "Tag der offenen Tür, 100 Jahre Seilerei Wendt, Hunteburg")]
    fl = []
    for d, t in ev:
        fl.append(P("<b>%s</b><br/>%s" % (d, t), ParagraphStyle("ev", parent=small, spaceAfter=7)))
    fl.append(Spacer(1, 10))
    fl.append(P("ANZEIGE", ParagraphStyle("an", parent=small, fontSize=6.5, textColor=colors.grey)))
    fl.append(P("<font size='15'><b>Hunteburger Volksbank eG</b></font><br/><br/>Ihr Partner für "
                "Investitionen in Energie und Nachfolge. Sprechen Sie mit unseren Firmenkundenberatern."
                "<br/><br/>www.hunteburger-vb.example", ParagraphStyle("ad", parent=box, backColor=colors.HexColor("#fde9c8"),
                                                                       borderColor=colors.HexColor("#fde9c8"),
                                                                       fontSize=9.5, leading=13, borderPadding=10)))
    fl.append(Spacer(1, 14))
    fl.append(P("ANZEIGE", ParagraphStyle("an2", parent=small, fontSize=6.5, textColor=colors.grey)))
    fl.append(P("<font size='14'><b>Elmtaler Hof</b></font><br/>Tagen im Grünen: 9 Räume, bis 220 Personen. "
                "Hotel, Restaurant, Parkplätze.", ParagraphStyle("ad2", parent=box, backColor=colors.HexColor("#dfe9d8"),
                                                               borderColor=colors.HexColor("#dfe9d8"),
                                                               fontSize=9.5, leading=13, borderPadding=10)))
    fill(c, [Frame(ML, MB, 250, y - MB, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)],
         fl, "p10 left")
    xi = ML + 275
    c.setStrokeColor(BLUE)
    c.line(xi - 12, MB, xi - 12, H - MT)
    imp = ParagraphStyle("imp", fontName="Sans", fontSize=7.6, leading=10, spaceAfter=5)
    fl = [P("Impressum", h2), Rule(),
          P("<b>Elmtal Wirtschaft</b><br/>Magazin der Industrie- und Handelskammer Elmtal<br/>"
            "76. Jahrgang, Ausgabe 03/2026, erscheint zehnmal jährlich", imp),
          P("<b>Herausgeber:</b><br/>Industrie- und Handelskammer Elmtal<br/>Am Kornmarkt 4, 38999 Elmstedt"
            "<br/>Telefon 05199 870-0, magazin@ihk-elmtal.example", imp),
          P("<b>V.i.S.d.P.:</b> Dr. Friedrich Albers, Hauptgeschäftsführer", imp),
          P("<b>Chefredaktion:</b> Claudia Neumeister", imp),
          P("<b>Redaktion:</b> Jonas Hartwig, Sophie Lindqvist", imp),
          P("<b>Mitarbeit an dieser Ausgabe:</b> Katharina Ellerbrock, Mehmet Aydın (freie Autoren), "
            "Anna Kowalczyk, Luca Bianchi, Kevin O'Connell, Lena Marquardt, Fatma Çelik", imp),
          P("<b>Fotos:</b> Titel, Seite 3, 4: Jannik Brandes; Seite 5, 7: Selin Korkmaz; "
            "Seite 6: Marta Wiśniewska; Seite 10: Fatma Çelik; Seite 2, 9: IHK Elmtal", imp),
          P("<b>Grafik:</b> Ole Fredriksen", imp),
          P("<b>Gestaltung und Satz:</b> Studio Kranich, Nordhausen", imp),
          P("<b>Anzeigen:</b> Verlag Elmtaler Medien GmbH, Anzeigenleitung: Beate Kühn, "
            "Telefon 05199 4410-22. Es gilt die Preisliste Nr. 54 vom 1. Januar 2026.", imp),
          P("<b>Druck:</b> Druckhaus Hunteburg GmbH & Co. KG", imp),
          P("Der Bezug des Magazins ist für IHK-Mitglieder im Beitrag enthalten. Namentlich gekennzeichnete "
            "Beiträge geben nicht unbedingt die Meinung der IHK wieder. Nachdruck nur mit Genehmigung der "
            "Redaktion. Für unverlangt eingesandte Manuskripte und Fotos wird keine Haftung übernommen.", imp),
          P("Die nächste Ausgabe erscheint am 2. April 2026. Redaktionsschluss: 11. März 2026.", imp)]
    fill(c, [Frame(xi, MB, W - MR - xi, H - MT - MB, leftPadding=0, rightPadding=0, topPadding=0,
                   bottomPadding=0)], fl, "p10 impressum")


def main():
    c = canvas.Canvas(OUT, pagesize=A4, invariant=1)
    c.setTitle("Elmtal Wirtschaft 03/2026")
    c.setAuthor("IHK Elmtal")
    for fn in [page1, page2, page3, page4, page5, page6, page7, page8, page9, page10, page11]:
        fn(c)
        c.showPage()
    c.save()


if __name__ == "__main__":
    main()
