# -*- coding: utf-8 -*-
"""Generator: 'Handwerk zwischen Ems und Weser' - Magazin der (fiktiven) Handwerkskammer Ems-Weser, Ausgabe 1/2026."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable, Frame, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("Serif", FD + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("SerifI", FD + "DejaVuSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("SerifB", FD + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Sans", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("SansB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("SansC", FD + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("SansCB", FD + "DejaVuSansCondensed-Bold.ttf"))

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "handwerkskammer-magazin-2026-de.pdf")
W, H = A4
M = 42
RED = colors.HexColor("#b3122e")
GREY = colors.HexColor("#c8c8c8")

body = ParagraphStyle("body", fontName="Serif", fontSize=8.6, leading=11.6, alignment=TA_JUSTIFY, spaceAfter=4)
lead = ParagraphStyle("lead", fontName="SansB", fontSize=10.5, leading=14, spaceAfter=8, textColor=colors.HexColor("#333333"))
h1 = ParagraphStyle("h1", fontName="SansB", fontSize=24, leading=27, spaceAfter=6)
h2 = ParagraphStyle("h2", fontName="SansB", fontSize=15, leading=18, spaceAfter=5)
h3 = ParagraphStyle("h3", fontName="SansCB", fontSize=10, leading=12.5, spaceBefore=4, spaceAfter=2, textColor=RED)
kicker = ParagraphStyle("kicker", fontName="SansCB", fontSize=9, leading=11, textColor=RED, spaceAfter=3)
byline = ParagraphStyle("byline", fontName="SansC", fontSize=8.5, leading=11, spaceAfter=6, textColor=colors.HexColor("#555555"))
cap = ParagraphStyle("cap", fontName="SansC", fontSize=7.2, leading=9, spaceAfter=6, textColor=colors.HexColor("#444444"))
pull = ParagraphStyle("pull", fontName="SerifI", fontSize=15, leading=19, spaceBefore=6, spaceAfter=2, textColor=RED)
pullby = ParagraphStyle("pullby", fontName="SansC", fontSize=8, leading=10, spaceAfter=8)
box = ParagraphStyle("box", fontName="Sans", fontSize=8, leading=10.5, spaceAfter=3)
boxh = ParagraphStyle("boxh", fontName="SansB", fontSize=9.5, leading=12, spaceAfter=3)
imp = ParagraphStyle("imp", fontName="Sans", fontSize=8.2, leading=11, spaceAfter=1)
impr = ParagraphStyle("impr", fontName="SansB", fontSize=7.4, leading=9.5, spaceBefore=5, textColor=RED)
toc = ParagraphStyle("toc", fontName="Sans", fontSize=9.5, leading=13, spaceAfter=5)
qa_q = ParagraphStyle("qaq", fontName="SansB", fontSize=8.6, leading=11.6, spaceAfter=3)


class Photo(Flowable):
    """Grey placeholder rectangle for a photo, full column width."""
    def __init__(self, h, label=""):
        Flowable.__init__(self)
        self.h, self.label = h, label

    def wrap(self, aw, ah):
        self.w = aw
        return aw, self.h + 3

    def draw(self):
        c = self.canv
        c.setFillColor(GREY)
        c.rect(0, 3, self.w, self.h, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#8a8a8a"))
        c.setFont("Sans", 6)
        c.drawString(4, 7, self.label.strip())


def photo(h, label=""):
    return Photo(h, label)


def boxed(paras, bg="#f3e7e9"):
    t = Table([[paras]])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)),
                           ("BOX", (0, 0), (-1, -1), 0.6, RED),
                           ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                           ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return t


def P(t, s=body):
    return Paragraph(t, s)


def chrome(c, no, section):
    c.setFillColor(RED)
    c.rect(M, H - 30, 6, 10, stroke=0, fill=1)
    c.setFont("SansCB", 7.5)
    c.drawString(M + 10, H - 29, section.upper())
    c.setFont("SansC", 7.5)
    c.setFillColor(colors.black)
    c.drawRightString(W - M, H - 29, "Handwerk zwischen Ems und Weser · Ausgabe 1/2026")
    c.setStrokeColor(colors.HexColor("#999999"))
    c.setLineWidth(0.4)
    c.line(M, H - 34, W - M, H - 34)
    c.line(M, 34, W - M, 34)
    c.setFont("SansB", 9)
    if no % 2 == 0:
        c.drawString(M, 22, str(no))
        c.setFont("SansC", 7)
        c.drawString(M + 20, 22, "hwk-ems-weser.de")
    else:
        c.drawRightString(W - M, 22, str(no))
        c.setFont("SansC", 7)
        c.drawRightString(W - M - 20, 22, "hwk-ems-weser.de")


def fill(c, regions):
    """regions: list of (x, y, w, h, ncols, story)."""
    for (x, y, w, h, n, story) in regions:
        gap = 12
        cw = (w - gap * (n - 1)) / n
        story = list(story)
        for i in range(n):
            f = Frame(x + i * (cw + gap), y, cw, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            f.addFromList(story, c)
        if story:
            raise SystemExit("OVERFLOW on page %d: %r" % (c.getPageNumber(), story[0]))


TOP = H - 44
BOT = 44
FULLW = W - 2 * M


def page(c, no, section, regions):
    chrome(c, no, section)
    fill(c, regions)
    c.showPage()


def build():
    c = canvas.Canvas(OUT, pagesize=A4, invariant=1)
    c.setTitle("Handwerk zwischen Ems und Weser 1/2026")
    c.setAuthor("Handwerkskammer Ems-Weser")

    # ---------------- 1 Cover
    c.setFillColor(RED)
    c.rect(0, H - 150, W, 150, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("SansB", 34)
    c.drawString(M, H - 75, "Handwerk")
    c.setFont("Sans", 20)
    c.drawString(M, H - 102, "zwischen Ems und Weser")
    c.setFont("SansC", 9)
    c.drawString(M, H - 130, "Das Magazin der Handwerkskammer Ems-Weser  ·  Ausgabe 1/2026  ·  Januar/Februar  ·  64. Jahrgang")
    c.setFillColor(GREY)
    c.rect(M, 170, FULLW, H - 340, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#777777"))
    c.setFont("Sans", 8)
    c.drawCentredString(W / 2, 400, "[Foto: Hobelbank in der Werkstatt Yıldırım, Leer]")
    c.setFillColor(colors.black)
    c.setFont("SansB", 20)
    c.drawString(M, 135, "Holz, Geduld und ein langer Atem")
    c.setFont("Sans", 10.5)
    c.drawString(M, 117, "Porträt: Wie eine Tischlerei in Leer ihre dritte Generation findet")
    c.setFont("SansC", 9.5)
    c.drawString(M, 92, "Meisterprüfung: 212 neue Meisterinnen und Meister  ·  Azubi-Gespräch: Mit 19 auf dem Dach")
    c.drawString(M, 78, "Recht: Abnahme verweigert – was nun?  ·  Kurznachrichten aus der Region")
    c.setFont("SansC", 6.8)
    c.drawString(M, 58, "Titelfoto: Jana Wilkowski")
    c.showPage()

    # ---------------- 2 Inhalt + Kommentar
    toc_items = [
        ("3", "Betriebsporträt", "Tischlerei Yıldırım, Leer: Holz, Geduld und ein langer Atem"),
        ("5", "Betriebsporträt", "Konditorei Sæther, Cloppenburg: Die Torte als Visitenkarte"),
        ("6", "Meisterprüfung", "212 Meisterbriefe für die Region"),
        ("8", "Nachwuchs", "Mit 19 auf dem Dach – ein Gespräch"),
        ("9", "Recht", "Leserfragen an die Rechtsabteilung"),
        ("10", "Kurz notiert", "Nachrichten aus Kammer und Kreishandwerkerschaften"),
        ("11", "Impressum", ""),
    ]
    tstory = [P("Inhalt", h2)]
    for n, k, t in toc_items:
        tstory.append(P("<font name='SansB' color='#b3122e'>%s</font>&nbsp;&nbsp;<font name='SansCB'>%s</font><br/>%s" % (n, k, t), toc))
    tstory += [Spacer(1, 10), photo(120, "  Foto"), P("Unser Präsident beim Neujahrsempfang in der Kammer. Foto: Piotr Zieliński", cap)]
    kstory = [
        P("KOMMENTAR DES PRÄSIDENTEN", kicker),
        P("Wer ausbildet, baut am Fundament", h1),
        P("Das neue Jahr beginnt mit vollen Auftragsbüchern und leeren Werkbänken. Beides zugleich zu erleben, ist für viele Betriebe bei uns Alltag geworden.", lead),
        P("Liebe Kolleginnen und Kollegen, als ich im Dezember durch unsere Bildungszentren in Oldenburg und Papenburg gegangen bin, ist mir etwas aufgefallen: Die Werkstätten sind hell, die Maschinen neu, die Ausbilder hoch motiviert. Was fehlt, sind an manchen Tagen schlicht die jungen Leute. Die Zahl der neu abgeschlossenen Lehrverträge im Kammerbezirk ist zwar leicht gestiegen, doch in den Bau- und Ausbaugewerken bleiben weiterhin mehr als vierhundert Stellen unbesetzt."),
        P("Ich sage das nicht, um zu klagen. Das Handwerk hat in den vergangenen Jahren bewiesen, dass es sich neu erfinden kann. Betriebe, die in ihre Auszubildenden investieren, ihnen Verantwortung übertragen und sie ernst nehmen, finden auch Nachwuchs. Das zeigen die Porträts in diesem Heft, und das zeigt vor allem das Gespräch mit Noah Pietrzak, der mit neunzehn Jahren schon eigene Baustellen betreut."),
        P("Von der Politik erwarte ich in diesem Jahr zweierlei. Erstens: die berufliche Bildung endlich genauso ernst zu nehmen wie die akademische. Ein Meisterbrief darf nicht mehr kosten als ein Masterstudium. Zweitens: weniger Formulare. Jede Stunde, die eine Inhaberin mit Nachweisen und Meldungen verbringt, fehlt auf der Baustelle und in der Ausbildung."),
        P("Unsere Kammer wird im Frühjahr eine neue Kampagne starten, die den Titel „Hände hoch fürs Handwerk“ trägt. Machen Sie mit, öffnen Sie Ihre Werkstatt, laden Sie Schulklassen ein. Niemand erklärt das Handwerk besser als Sie selbst."),
        P("Ich wünsche Ihnen ein gesundes, erfolgreiches Jahr 2026."),
        P("Ihr"),
        P("<font name='SansB'>Hartmut Oltmanns</font><br/>Präsident der Handwerkskammer Ems-Weser", byline),
    ]
    page(c, 2, "Editorial", [
        (M, BOT, 170, TOP - BOT, 1, tstory),
        (M + 190, BOT, FULLW - 190, TOP - BOT, 2, kstory),
    ])

    # ---------------- 3-4 Porträt Tischlerei
    p3 = [
        P("BETRIEBSPORTRÄT", kicker),
        P("Holz, Geduld und ein langer Atem", h1),
        P("Seit 1978 hobelt, leimt und restauriert die Tischlerei Yıldırım in der Leeraner Altstadt. Jetzt übernimmt die Tochter – und bringt eine CNC-Fräse mit.", lead),
        P("Text: Miriam Kowalczyk", byline),
    ]
    p3cols = [
        P("Wer die Werkstatt an der Rathausstraße betritt, riecht zuerst Eiche und Leinöl, dann Kaffee. Der steht in einer verbeulten Kanne auf der Fensterbank, gleich neben einem Stapel Zeichnungen, die mit Bleistift auf Packpapier skizziert sind. Enver Yıldırım, 63 Jahre alt, Tischlermeister seit 1989, schenkt ein und schiebt dabei eine halbfertige Schranktür zur Seite."),
        P("„Mein Vater hat diese Werkstatt mit zwei Hobelbänken und einer Bandsäge aufgemacht. Die Bandsäge läuft heute noch“, sagt er und klopft auf das grün lackierte Gehäuse. Sein Vater war 1971 aus der Gegend um Trabzon nach Ostfriesland gekommen, hatte zuerst auf der Werft gearbeitet und dann bei einem Leeraner Meister die Lehre nachgeholt."),
        P("Der Betrieb hat heute neun Beschäftigte, darunter drei Auszubildende. Das Spektrum reicht von Einbauküchen und Treppen bis zur Restaurierung historischer Fenster für die Denkmalpflege. Gerade die Fensterarbeiten haben der Tischlerei einen Namen gemacht: Im vergangenen Jahr hat das Team die Sprossenfenster eines Gulfhofs bei Jemgum originalgetreu nachgebaut."),
        P("Es geht nicht ums Schnellsein", h3),
        P("„Bei einem alten Fenster muss man erst verstehen, was der Kollege vor zweihundert Jahren gedacht hat. Erst dann darf man die Säge anfassen.“ Enver Yıldırım sagt diesen Satz ruhig, fast beiläufig. Man merkt, dass er ihn schon oft gesagt hat, vielleicht den Lehrlingen, vielleicht sich selbst."),
        photo(95, "  Foto"),
        P("Enver und Deniz Yıldırım vor den restaurierten Sprossenfenstern. Foto: Jana Wilkowski", cap),
        P("Dass der Betrieb weiterlebt, war lange nicht sicher. Seine beiden Söhne sind in andere Berufe gegangen, einer ist Lehrer in Bremen, der andere Ingenieur bei einem Windkraftunternehmen. Die Tochter Deniz hatte nach dem Abitur zunächst Architektur in Hannover studiert, brach nach vier Semestern ab und begann mit 22 Jahren die Tischlerlehre im eigenen Familienbetrieb."),
    ]
    page(c, 3, "Betriebsporträt", [
        (M, TOP - 120, FULLW, 120, 1, p3),
        (M, BOT, FULLW, TOP - 128 - BOT, 3, p3cols),
    ])
    p4 = [
        P("„Ich wollte nicht mehr nur am Bildschirm Häuser zeichnen, ich wollte sie anfassen“, erzählt Deniz Yıldırım. Inzwischen ist sie 31 und seit dem vergangenen Sommer selbst Tischlermeisterin. Zum 1. Juli 2026 übernimmt sie den Betrieb, der Vater bleibt als Berater und, wie er sagt, als „teuerster Azubi der Firma“."),
        P("Mit der neuen Chefin kommt auch neue Technik. Im Herbst wurde eine fünfachsige CNC-Fräse angeschafft, gefördert über das Investitionsprogramm des Landes. Deniz Yıldırım sieht darin keinen Widerspruch zur Handarbeit. „Die Maschine macht die langweiligen Teile. Die schönen Teile machen wir weiter von Hand.“"),
        P("Übergabe mit Plan", h3),
        P("Den Generationswechsel hat die Familie zwei Jahre lang vorbereitet, begleitet von der Betriebsberatung der Handwerkskammer. Berater Florian Esterhuizen hat dabei viele Abende am Küchentisch der Familie verbracht. Er betont, wie wichtig ein früher Beginn ist: „Die meisten Übergaben scheitern nicht am Geld, sondern daran, dass niemand rechtzeitig miteinander redet.“"),
        P("Für die Yıldırıms ging es vor allem um Fragen, die in keiner Bilanz stehen. Wer entscheidet künftig über Aufträge? Wie wird der Vater bezahlt, wenn er weiter mitarbeitet? Und was passiert mit den Stammkunden, die seit dreißig Jahren nur mit „dem Meister“ telefonieren wollen?"),
        P("Die Antwort auf die letzte Frage war überraschend einfach: Seit einem Jahr gehen Vater und Tochter gemeinsam zu jedem Aufmaß. Mittlerweile, erzählt Enver Yıldırım lachend, riefen manche Kunden schon direkt bei Deniz an."),
        P("Nachwuchs aus der Nachbarschaft", h3),
        P("Auszubildende findet die Tischlerei bislang ohne große Mühe. Das liegt auch an einer Tradition: Jedes Jahr im Mai baut das Team mit einer achten Klasse der benachbarten Oberschule eine Sitzbank für den Schulhof. Zwei der drei aktuellen Lehrlinge haben so den Weg in den Betrieb gefunden."),
        P("Eine von ihnen ist Hatice Brouwer, 18, im zweiten Lehrjahr. Sie arbeitet gerade an ihrem Gesellenstück-Entwurf, einem Sekretär aus Kirschholz. Über ihre neue Chefin sagt sie knapp: „Sie erklärt alles zweimal, aber nie dreimal.“"),
        boxed([P("Tischlerei Yıldırım GmbH", boxh),
               P("Gegründet: 1978 in Leer (Ostfriesland)", box),
               P("Beschäftigte: 9, davon 3 Auszubildende", box),
               P("Schwerpunkte: Fenster, Treppen, Innenausbau, Denkmalpflege", box),
               P("Übergabe: zum 1. Juli 2026 an Deniz Yıldırım", box)]),
        Spacer(1, 8),
        P("„Die Maschine macht die langweiligen Teile.“", pull),
        P("Deniz Yıldırım, Tischlermeisterin", pullby),
        photo(110, "  Foto"),
        P("Hatice Brouwer an der neuen CNC-Fräse. Foto: Jana Wilkowski", cap),
    ]
    page(c, 4, "Betriebsporträt", [(M, BOT, FULLW, TOP - BOT, 3, p4)])

    # ---------------- 5 Porträt Konditorei
    p5top = [
        P("BETRIEBSPORTRÄT", kicker),
        P("Die Torte als Visitenkarte", h1),
        P("Ingrid Sæther backt in Cloppenburg norwegische Kransekake und friesische Sahnetorten – und bildet dabei jedes Jahr zwei Konditorinnen aus.", lead),
        P("Von Lorenzo Bellandi", byline),
    ]
    p5 = [
        P("Um halb vier Uhr morgens brennt in der Backstube an der Langen Straße bereits Licht. Ingrid Sæther, geboren in Bergen, seit 1998 in Cloppenburg, rührt den Mandelteig für ein Dutzend Kransekake-Ringe an. Die norwegische Kranztorte ist hier zu einem kleinen Verkaufsschlager geworden, vor allem zu Hochzeiten und Konfirmationen."),
        P("„Am Anfang haben die Leute gefragt, ob das ein Turm aus Keksen ist. Heute bestellen sie ihn ein halbes Jahr im Voraus“, sagt die Konditormeisterin, die ihre Meisterprüfung 2004 in Hannover abgelegt hat."),
        P("Die Konditorei beschäftigt elf Menschen, davon vier in der Backstube und sieben im Café und Verkauf. Neben den norwegischen Spezialitäten führt Sæther auch die Klassiker des Oldenburger Münsterlands: Buchweizentorte, Butterkuchen, Friesentorte mit Pflaumenmus. Sie legt Wert darauf, dass alles im Haus entsteht, inklusive der Marzipanfiguren."),
        P("Ausbildung als Haltung", h3),
        P("Jedes Jahr beginnen zwei junge Menschen bei ihr die Ausbildung zur Konditorin oder zum Konditor. Im Bundesvergleich ist das eine hohe Quote für einen Betrieb dieser Größe. Sæther sieht das pragmatisch: Wer ausbilde, müsse später nicht verzweifelt suchen. Ihre erste Auszubildende, Beata Nowicka, ist inzwischen selbst Meisterin und leitet die Backstube."),
        P("Nowicka erinnert sich noch gut an ihren ersten Tag. „Ich durfte drei Stunden lang nur Eier trennen. Am Abend dachte ich, das war's mit der Konditorei.“ Geblieben ist sie trotzdem, und heute sagt sie, gerade diese Geduld habe sie am meisten gelernt."),
        P("Energiepreise und „Kundenbindung“", h3),
        P("Leicht war das vergangene Jahr nicht. Die Stromrechnung für die Öfen und Kühlanlagen hat sich seit 2021 fast verdoppelt. Sæther hat mit einer Photovoltaikanlage auf dem Dach der Backstube reagiert und die Öffnungszeiten des Cafés am Montag gestrichen. Die Preise hat sie nur moderat erhöht."),
        P("Was ihr mehr Sorgen macht als der Strompreis, ist die Bürokratie. Allein die Dokumentation zur Lebensmittelhygiene koste sie pro Woche einen halben Arbeitstag, rechnet sie vor. Sie wünscht sich keine geringeren Standards, wohl aber einfachere Formulare."),
        P("„Eine Torte ist wie ein Handschlag. Man merkt sofort, ob sie ehrlich gemeint ist.“", pull),
        P("Ingrid Sæther, Konditormeisterin", pullby),
        photo(92, "  Foto"),
        P("Kransekake in der Backstube. Foto: Lorenzo Bellandi", cap),
    ]
    page(c, 5, "Betriebsporträt", [
        (M, TOP - 112, FULLW, 112, 1, p5top),
        (M, BOT, FULLW, TOP - 120 - BOT, 3, p5),
    ])

    # ---------------- 6-7 Meisterprüfung
    p6top = [
        P("MEISTERPRÜFUNG", kicker),
        P("212 Meisterbriefe für die Region", h1),
        P("In der Weser-Ems-Halle feierten die neuen Meisterinnen und Meister aus 24 Gewerken ihren Abschluss. Ein Bericht über Prüfungsstress, Familienstolz und die Frage, was nach dem Meisterbrief kommt.", lead),
        P("Von Tobias Ahrens und Selin Demir", byline),
    ]
    p6 = [
        P("Der Saal ist voll, als um kurz nach sieben die Musik einsetzt. Mehr als 1.400 Gäste sind an diesem Freitagabend nach Oldenburg gekommen: Eltern, Partnerinnen, Kinder, Ausbildungsbetriebe. Auf der Bühne sitzen die Mitglieder der Prüfungsausschüsse, vor ihnen in den ersten Reihen die 212 Absolventinnen und Absolventen des Prüfungsjahrgangs 2025."),
        P("Die Zahl ist im Vergleich zum Vorjahr leicht gestiegen. Die meisten Meisterbriefe gingen an das Elektrotechniker-Handwerk (38), gefolgt von Installateur und Heizungsbauer (31) sowie Kraftfahrzeugtechnik (27). Der Frauenanteil liegt bei 19 Prozent, so hoch wie nie zuvor in der Geschichte der Kammer."),
        P("„Sie haben nicht nur eine Prüfung bestanden. Sie haben sich entschieden, Verantwortung zu übernehmen – für einen Betrieb, für Mitarbeitende und für die jungen Leute, die Sie ausbilden werden.“ Mit diesen Worten eröffnete Kammerpräsident Hartmut Oltmanns die Feier."),
        P("Jahrgangsbeste aus Aurich", h3),
        P("Besonderen Applaus bekam Saoirse Ní Bhriain. Die 27-jährige Augenoptikerin, die vor acht Jahren aus Galway nach Ostfriesland gezogen ist, legte mit der Note 1,2 die beste Prüfung des Jahrgangs ab. Sie arbeitet in einem Optikergeschäft in Aurich und will es in drei Jahren übernehmen."),
        P("Auf der Bühne wirkte sie fast verlegen. „Ich habe mein Deutsch in der Berufsschule gelernt, ehrlich gesagt zwischen Brillengläsern und Kundenberatung“, sagte Ní Bhriain. Die Prüfung im Teil III, Betriebswirtschaft, sei für sie die größte Hürde gewesen."),
        P("Prüfen heißt zuhören", h3),
        P("Hinter jedem Meisterbrief stehen ehrenamtliche Prüferinnen und Prüfer. Allein im vergangenen Jahr haben rund 380 Handwerkerinnen und Handwerker in den Ausschüssen mitgewirkt, viele davon seit Jahrzehnten. Einer von ihnen ist Kfz-Technikermeister Bernd Haverkamp aus Vechta, Vorsitzender des Prüfungsausschusses für sein Gewerk."),
        P("Haverkamp hat in 26 Jahren mehr als 600 Prüflinge erlebt. Was sich verändert habe, fragen wir ihn. Er überlegt lange. Dann sagt er, die Technik sei eine völlig andere, die Nervosität aber exakt dieselbe wie 1999."),
        photo(100, "  Foto"),
        P("Die 212 neuen Meisterinnen und Meister auf der Bühne der Weser-Ems-Halle. Foto: Piotr Zieliński", cap),
    ]
    page(c, 6, "Meisterprüfung", [
        (M, TOP - 125, FULLW, 125, 1, p6top),
        (M, BOT, FULLW, TOP - 133 - BOT, 3, p6),
    ])
    p7 = [
        P("Fortsetzung von Seite 6", byline),
        P("„Früher haben die Prüflinge gefragt, wo der Vergaser sitzt. Heute fragen sie, wo die Hochvoltbatterie abgeschaltet wird.“ Den Satz sagt Haverkamp mit einem Lächeln, denn er weiß, dass gerade die Elektromobilität den Prüfungsaufwand in seinem Gewerk erheblich erhöht hat."),
        P("Kosten und Förderung", h3),
        P("Eine Meisterausbildung in Vollzeit kostet je nach Gewerk zwischen 8.000 und 14.000 Euro an Lehrgangs- und Prüfungsgebühren. Über das Aufstiegs-BAföG werden davon inzwischen bis zu 75 Prozent erstattet. Das Land Niedersachsen zahlt zusätzlich eine Meisterprämie von 4.000 Euro an alle, die die Prüfung bestanden haben."),
        P("Trotzdem bleibt für viele eine finanzielle Lücke, vor allem bei Vollzeitkursen, die ein halbes Jahr ohne regulären Lohn bedeuten. Kemal Arslan, frisch gebackener Elektrotechnikermeister aus Delmenhorst, hat deshalb den Teilzeitweg gewählt und drei Jahre lang abends und samstags gelernt."),
        P("„Meine Tochter ist in der Zeit von eins auf vier geworden. Ich habe viele Samstage verpasst“, sagt Arslan. Sein Meisterbrief hänge jetzt trotzdem nicht im Büro, sondern im Kinderzimmer, ergänzt er. Seine Tochter habe darauf bestanden."),
        P("Was kommt danach?", h3),
        P("Eine Umfrage der Kammer unter den Absolventinnen und Absolventen zeigt: Rund ein Drittel will sich innerhalb der nächsten fünf Jahre selbstständig machen oder einen bestehenden Betrieb übernehmen. Ein weiteres Drittel plant, als angestellte Meisterin oder angestellter Meister Führungsaufgaben zu übernehmen. Der Rest nennt Weiterbildung, etwa zum Betriebswirt oder zur Restauratorin im Handwerk."),
        P("Für die Kammer ist das eine gute Nachricht, denn in den kommenden zehn Jahren stehen im Bezirk rund 3.500 Betriebe zur Übergabe an. Das Motto der Feier, „Meister machen Zukunft“, war insofern nicht nur ein Spruch für die Banner an der Hallenwand."),
        P("Um Mitternacht standen die letzten Gäste noch auf der Tanzfläche. Saoirse Ní Bhriain war schon auf dem Heimweg nach Aurich. Am nächsten Morgen, erzählte sie noch beim Hinausgehen, habe sie um neun Uhr den ersten Kunden."),
        boxed([P("Zahlen zum Prüfungsjahrgang 2025", boxh),
               P("212 bestandene Meisterprüfungen in 24 Gewerken", box),
               P("19 Prozent Frauenanteil", box),
               P("Durchschnittsalter: 29,4 Jahre", box),
               P("Jüngster Meister: 21 Jahre (Dachdecker)", box),
               P("Nächste Meisterfeier: 13. November 2026", box)]),
        Spacer(1, 8),
        P("„Die Nervosität ist exakt dieselbe wie 1999.“", pull),
        P("Bernd Haverkamp, Vorsitzender des Prüfungsausschusses Kfz-Technik", pullby),
        photo(88, "  Foto"),
        P("Jahrgangsbeste Saoirse Ní Bhriain mit ihrem Meisterbrief. Foto: Piotr Zieliński", cap),
    ]
    page(c, 7, "Meisterprüfung", [(M, BOT, FULLW, TOP - BOT, 3, p7)])

    # ---------------- 8 Interview Azubi
    p8top = [
        P("NACHWUCHS", kicker),
        P("„Ich wollte nie ins Büro“", h1),
        P("Noah Pietrzak, 19, lernt im dritten Jahr Dachdecker bei einem Betrieb in Westerstede. Im Herbst wurde er Landessieger im Leistungswettbewerb des Handwerks. Ein Gespräch über Höhenangst, Schiefer und den Stolz auf ein dichtes Dach.", lead),
        P("Das Gespräch führte Katrin Hollenbeck.", byline),
    ]
    p8 = [
        P("Herr Pietrzak, wann standen Sie zum ersten Mal auf einem Dach?", qa_q),
        P("Mit vierzehn, im Schulpraktikum. Ich hatte eigentlich Kfz-Mechatroniker im Kopf, aber da war kein Platz mehr frei. Also bin ich zum Dachdecker gegangen, weil der Betrieb direkt bei uns um die Ecke lag. Am ersten Tag war ich auf dem Gerüst und habe nach unten geschaut, da waren mir die Knie weich."),
        P("Und trotzdem sind Sie geblieben.", qa_q),
        P("Nach einer Woche war die Angst weg. Und dann kam dieser Moment, den vergesse ich nicht: Wir hatten ein Reetdach ausgebessert, und am Abend hat es richtig geregnet. Am nächsten Morgen hat die Kundin angerufen und gesagt, es sei alles trocken. Da wusste ich, was ich machen will."),
        P("Was hat Ihre Familie gesagt?", qa_q),
        P("Meine Eltern wollten erst, dass ich Abitur mache. Mein Vater ist in Posen geboren und hat selbst auf dem Bau gearbeitet, er wusste, wie hart das ist. Aber als ich den Landessieg geholt habe, hat er das Foto sofort an die ganze Familie in Polen geschickt."),
        P("Beim Wettbewerb mussten Sie eine Gaube in Schiefer eindecken. Wie bereitet man sich auf so etwas vor?", qa_q),
        P("Üben, üben, üben. Mein Ausbilder, Meister Henrik Lindqvist, hat mir samstags die Halle aufgeschlossen. Er hat immer gesagt: „Schiefer verzeiht nichts, also verzeih dir auch nichts.“ Das klingt streng, aber er meint es eigentlich nett."),
        P("Viele Gleichaltrige studieren. Fühlen Sie sich manchmal im Nachteil?", qa_q),
        P("Nein. Ein Kumpel von mir studiert BWL in Oldenburg und hat einen Nebenjob an der Kasse. Ich verdiene im dritten Lehrjahr gut über tausend Euro und habe nach der Gesellenprüfung gleich einen festen Platz. Ich will danach auch den Meister machen, vielleicht mit 24 oder 25."),
        P("Was müsste sich ändern, damit mehr junge Leute ins Handwerk gehen?", qa_q),
        P("Die Schulen müssten mehr zeigen. Bei uns kam nie ein Handwerker in den Unterricht, nur Leute von Banken und Versicherungen. Und die Betriebe müssten mehr auf Social Media zeigen, was sie machen. Ein gutes Video von einem Dach im Sonnenaufgang überzeugt mehr als jede Broschüre."),
        P("Und Ihre Höhenangst?", qa_q),
        P("Die habe ich nur noch auf Leitern im Baumarkt. Keine Ahnung, warum."),
        photo(100, "  Illustration"),
        P("Noah Pietrzak auf einer Baustelle in Westerstede. Foto: Hanne Mikkelsen", cap),
        boxed([P("Leistungswettbewerb", boxh),
               P("Beim Leistungswettbewerb des Deutschen Handwerks, der unter dem Motto „Profis leisten was“ ausgetragen wird, treten die besten Gesellinnen und Gesellen eines Jahrgangs gegeneinander an. Die Landessieger fahren im Dezember zum Bundesentscheid.", box)]),
    ]
    page(c, 8, "Nachwuchs", [
        (M, TOP - 130, FULLW, 130, 1, p8top),
        (M, BOT, FULLW, TOP - 138 - BOT, 3, p8),
    ])

    # ---------------- 9 Recht
    p9top = [
        P("RECHT IM HANDWERK", kicker),
        P("Leser fragen – unsere Rechtsabteilung antwortet", h2),
        P("In jeder Ausgabe beantwortet das Team der Rechtsberatung Fragen aus den Mitgliedsbetrieben. Die Fragen sind gekürzt und anonymisiert. Diesmal antwortet Rechtsanwältin Dr. Aylin Korkmaz, Leiterin der Rechtsabteilung der Kammer.", lead),
    ]
    p9 = [
        P("Abnahme verweigert – was nun?", h3),
        P("<i>Wir haben im Oktober bei einem privaten Kunden ein Bad vollständig saniert. Der Kunde verweigert die Abnahme, weil eine Fliese einen Haarriss hat, und zahlt die Schlussrechnung nicht. Was können wir tun?</i> – Installateurbetrieb aus dem Landkreis Ammerland"),
        P("Ein Kunde darf die Abnahme nur wegen eines wesentlichen Mangels verweigern. Ein einzelner Haarriss in einer Fliese wird in aller Regel als unwesentlich gelten, zumal er sich mit überschaubarem Aufwand beheben lässt. Setzen Sie dem Kunden schriftlich eine angemessene Frist zur Abnahme, etwa zwei Wochen, und bieten Sie zugleich an, die Fliese auszutauschen."),
        P("Reagiert der Kunde nicht oder verweigert er die Abnahme ohne Angabe von Mängeln, gilt das Werk nach Fristablauf als abgenommen (§ 640 Abs. 2 BGB). Achtung: Bei Verbrauchern wirkt diese Abnahmefiktion nur, wenn Sie den Kunden zusammen mit der Aufforderung in Textform auf die Folgen hingewiesen haben. Nutzen Sie dafür am besten unser Musterschreiben."),
        P("Darf ich Fotos von Kundenbaustellen zeigen?", h3),
        P("<i>Ich würde gern Vorher-nachher-Bilder unserer Arbeiten auf Instagram zeigen. Muss ich die Kunden fragen?</i> – Malerbetrieb aus Emden"),
        P("Ja, in den meisten Fällen. Fotos aus dem Inneren einer Wohnung berühren die Privatsphäre der Bewohner, und wenn Personen, Hausnummern oder Autokennzeichen zu erkennen sind, handelt es sich zudem um personenbezogene Daten. Lassen Sie sich die Einwilligung schriftlich geben, am besten gleich mit dem Auftrag. Eine Klausel dazu finden Sie in unseren Muster-AGB."),
        P("Reine Außenaufnahmen von Gebäuden, die von der Straße aus sichtbar sind, sind dagegen in der Regel zulässig. Verzichten Sie trotzdem auf Adressen in der Bildunterschrift. Ein Satz wie „Neues Dach in der Gartenstraße 12“ ist schnell geschrieben und schwer zurückzuholen."),
        P("Urlaub in der Probezeit", h3),
        P("<i>Unser neuer Geselle ist seit sechs Wochen bei uns und möchte zwei Wochen Urlaub nehmen. Müssen wir das genehmigen?</i> – Zimmerei aus dem Emsland"),
        P("Der volle Urlaubsanspruch entsteht erst nach sechs Monaten Betriebszugehörigkeit. Vorher hat der Mitarbeiter Anspruch auf ein Zwölftel des Jahresurlaubs für jeden vollen Monat. Nach sechs Wochen wären das bei 30 Urlaubstagen also zweieinhalb Tage. Sie können ihm freiwillig mehr gewähren, müssen es aber nicht."),
        Spacer(1, 6),
        boxed([P("Ihre Frage an uns", boxh),
               P("Schreiben Sie an recht@hwk-ems-weser.de. Die Erstberatung ist für Mitgliedsbetriebe kostenlos. Die Antworten ersetzen keine individuelle Rechtsberatung.", box)]),
        Spacer(1, 6),
        photo(70, "  Illustration"),
        P("Illustration: Kenji Morimoto", cap),
        P("<font name='SansB'>Dr. Aylin Korkmaz</font><br/>Rechtsanwältin, Leiterin der Rechtsabteilung", byline),
    ]
    page(c, 9, "Recht", [
        (M, TOP - 92, FULLW, 92, 1, p9top),
        (M, BOT, FULLW, TOP - 100 - BOT, 3, p9),
    ])

    # ---------------- 10 Kurznachrichten
    p10top = [P("KURZ NOTIERT", kicker), P("Nachrichten aus der Region", h1)]
    p10 = [
        P("Neues Bildungszentrum in Papenburg eröffnet", h3),
        P("Nach zwei Jahren Bauzeit hat die Kammer ihr erweitertes Bildungszentrum in Papenburg eröffnet. Auf 2.800 Quadratmetern entstehen dort Werkstätten für Elektro- und Gebäudetechnik sowie ein Schulungsraum für Wärmepumpen. Die Baukosten lagen bei 11,4 Millionen Euro, davon trugen Bund und Land zusammen rund 80 Prozent."),
        P("Text: Jonas Feldkamp", byline),
        P("Handwerkerinnen-Stammtisch in Vechta", h3),
        P("Seit September treffen sich Unternehmerinnen aus dem Handwerk jeden ersten Mittwoch im Monat in Vechta zum Austausch. Initiatorin ist Friseurmeisterin Małgorzata Lewandowska. „Wir reden über Personal, Preise und Kinderbetreuung, also über alles, was im Alltag wirklich zählt“, sagt sie. Gäste sind willkommen."),
        P("Text: Elif Şahin", byline),
        P("Ausstellung zum Bauhandwerk", h3),
        P("Im Ostfriesischen Landesmuseum in Emden ist noch bis zum 15. März die Ausstellung „Backstein und Brise“ zu sehen. Sie zeigt, wie Maurer und Zimmerleute seit dem 17. Jahrhundert mit dem Küstenklima umgegangen sind. Für Mitgliedsbetriebe der Kammer ist der Eintritt frei."),
        P("Text: Jonas Feldkamp", byline),
        P("Digitalisierungsberatung ausgebaut", h3),
        P("Die Beratungsstelle für Digitalisierung hat Verstärkung bekommen. Neu im Team ist Rajesh Venkataraman, der zuvor bei einem Softwarehaus in Bremen gearbeitet hat. Er berät Betriebe zu Warenwirtschaft, digitaler Zeiterfassung und IT-Sicherheit. Die Beratung ist für Mitglieder kostenfrei."),
        P("Text: Annika Brüggemann", byline),
        P("Ehrung für 50 Jahre Meisterschaft", h3),
        P("Mit dem Goldenen Meisterbrief wurden beim Neujahrsempfang 46 Handwerksmeisterinnen und -meister ausgezeichnet, die ihre Prüfung vor 50 Jahren abgelegt haben. Der älteste Geehrte, Schuhmachermeister Gerhard Tjaden aus Norden, ist 89 Jahre alt und steht noch zweimal pro Woche in seiner Werkstatt. Sein Rat an die Jüngeren: „Nie aufhören, neugierig zu sein.“"),
        P("Text: Annika Brüggemann", byline),
        photo(80, "  Foto"),
        P("Gerhard Tjaden mit dem Goldenen Meisterbrief. Foto: Piotr Zieliński", cap),
        P("Termine", h3),
        P("12. Februar: Infoabend Meisterschule, Oldenburg<br/>5. März: Vollversammlung der Kammer<br/>21.–22. März: „Tag des offenen Betriebs“ in der ganzen Region<br/>18. April: Freisprechungsfeier der Kreishandwerkerschaft Aurich", box),
    ]
    page(c, 10, "Kurz notiert", [
        (M, TOP - 55, FULLW, 55, 1, p10top),
        (M, BOT, FULLW, TOP - 62 - BOT, 3, p10),
    ])

    # ---------------- 11 Impressum
    impl = [
        P("Impressum", h2),
        P("Handwerk zwischen Ems und Weser", boxh),
        P("Das Magazin der Handwerkskammer Ems-Weser. Erscheint sechsmal jährlich. Der Bezugspreis ist für Mitgliedsbetriebe im Kammerbeitrag enthalten.", imp),
        P("Herausgeberin", impr),
        P("Handwerkskammer Ems-Weser, Körperschaft des öffentlichen Rechts<br/>Theaterwall 31, 26122 Oldenburg<br/>Telefon 0441 555 0 · magazin@hwk-ems-weser.de", imp),
        P("V.i.S.d.P.", impr),
        P("Dr. Reinhard Lüttjohann, Hauptgeschäftsführer", imp),
        P("Chefredaktion", impr),
        P("Katrin Hollenbeck", imp),
        P("Redaktion", impr),
        P("Miriam Kowalczyk, Tobias Ahrens, Selin Demir", imp),
        P("Freie Mitarbeit an dieser Ausgabe", impr),
        P("Lorenzo Bellandi, Jonas Feldkamp, Elif Şahin", imp),
        P("Gestaltung und Satz", impr),
        P("Atelier Deichgrafik, Leer", imp),
        P("Druck", impr),
        P("Druckhaus Friesland, Jever", imp),
    ]
    impr_r = [
        P("Bildnachweis", h2),
        P("Titel, Seite 3 und 4: Jana Wilkowski", imp),
        P("Seite 2, 6, 7 und 10: Piotr Zieliński", imp),
        P("Seite 5: Lorenzo Bellandi", imp),
        P("Seite 8: Hanne Mikkelsen", imp),
        P("Illustration Seite 9: Kenji Morimoto", imp),
        Spacer(1, 10),
        P("Anzeigen", impr),
        P("Verlagsgesellschaft Nordhandwerk mbH, Anzeigenleitung: Ole Brandsma, Telefon 0441 555 210. Es gilt die Anzeigenpreisliste Nr. 41 vom 1. Januar 2026.", imp),
        Spacer(1, 10),
        P("Hinweise", impr),
        P("Namentlich gekennzeichnete Beiträge geben nicht unbedingt die Meinung der Herausgeberin wieder. Für unverlangt eingesandte Manuskripte und Fotos wird keine Haftung übernommen. Nachdruck nur mit Genehmigung der Redaktion.", imp),
        Spacer(1, 10),
        P("Die nächste Ausgabe erscheint am 20. März 2026. Redaktionsschluss: 20. Februar 2026.", imp),
        Spacer(1, 16),
        photo(130, "  Anzeige"),
    ]
    page(c, 11, "Impressum", [(M, BOT, FULLW / 2 - 8, TOP - BOT, 1, impl),
                               (M + FULLW / 2 + 8, BOT, FULLW / 2 - 8, TOP - BOT, 1, impr_r)])
    c.save()


if __name__ == "__main__":
    build()
    print("wrote", OUT)
