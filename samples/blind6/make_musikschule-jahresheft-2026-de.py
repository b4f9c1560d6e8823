# Generator: Jahresheft 2026 der Städtischen Musikschule Wallersheim (fiktiv)
import os
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Frame, Spacer, Table, TableStyle, Flowable
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

D = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("S", D + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("SB", D + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("SI", D + "DejaVuSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("H", D + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("HB", D + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("HI", D + "DejaVuSans-Oblique.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("S", 0, 0, "S"); addMapping("S", 1, 0, "SB"); addMapping("S", 0, 1, "SI"); addMapping("S", 1, 1, "SB")
addMapping("H", 0, 0, "H"); addMapping("H", 1, 0, "HB"); addMapping("H", 0, 1, "HI"); addMapping("H", 1, 1, "HB")

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "musikschule-jahresheft-2026-de.pdf")
W, Hh = A4
M = 42
RED = colors.HexColor("#8a1c2b")

body = ParagraphStyle("b", fontName="S", fontSize=8.8, leading=11.6, firstLineIndent=9, spaceAfter=1)
body0 = ParagraphStyle("b0", parent=body, firstLineIndent=0)
head = ParagraphStyle("h", fontName="HB", fontSize=21, leading=24, textColor=RED, spaceAfter=5)
head2 = ParagraphStyle("h2", fontName="HB", fontSize=14, leading=17, textColor=RED, spaceAfter=3, spaceBefore=4)
kicker = ParagraphStyle("k", fontName="HB", fontSize=8, leading=10, textColor=colors.grey, spaceAfter=2)
lead = ParagraphStyle("l", fontName="HI", fontSize=10.5, leading=14, spaceAfter=5)
byl = ParagraphStyle("by", fontName="HB", fontSize=8, leading=10, spaceAfter=6)
cap = ParagraphStyle("c", fontName="HI", fontSize=7.2, leading=9, textColor=colors.HexColor("#444444"), spaceAfter=6)
pull = ParagraphStyle("p", fontName="SI", fontSize=15, leading=19, textColor=RED, spaceBefore=5, spaceAfter=2)
pullwho = ParagraphStyle("pw", fontName="H", fontSize=7.5, leading=9.5, spaceAfter=8)
sub = ParagraphStyle("s", fontName="HB", fontSize=9, leading=12, spaceBefore=4, spaceAfter=1)
sign = ParagraphStyle("sg", parent=body0, spaceBefore=4)
small = ParagraphStyle("sm", fontName="H", fontSize=7.8, leading=10)
smallb = ParagraphStyle("smb", fontName="HB", fontSize=7.8, leading=10, spaceBefore=4)

class Photo(Flowable):
    def __init__(self, h, label=""):
        Flowable.__init__(self); self.h = h; self.label = label
    def wrap(self, aw, ah):
        self.w = aw; return aw, self.h
    def draw(self):
        c = self.canv; c.setFillColor(colors.HexColor("#bdbdbd")); c.rect(0, 0, self.w, self.h, fill=1, stroke=0)
        c.setFillColor(colors.HexColor("#9a9a9a")); c.setFont("H", 7); c.drawString(5, 5, self.label)

def P(t, s=body): return Paragraph(t, s)
def paras(txt, s=body):
    return [Paragraph(x.strip(), s) for x in txt.strip().split("\n\n")]

def box(flows, bg="#f1e6e3"):
    t = Table([[flows]], colWidths=None)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)),
                           ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return t

def header(c, n, section):
    c.setStrokeColor(RED); c.setLineWidth(0.8); c.line(M, Hh - 30, W - M, Hh - 30)
    c.setFont("H", 7.5); c.setFillColor(colors.black)
    if n % 2 == 0:
        c.drawString(M, Hh - 26, "JAHRESHEFT 2026 · Städtische Musikschule Wallersheim")
        c.drawRightString(W - M, Hh - 26, section)
    else:
        c.drawString(M, Hh - 26, section)
        c.drawRightString(W - M, Hh - 26, "JAHRESHEFT 2026 · Städtische Musikschule Wallersheim")
    c.line(M, 34, W - M, 34)
    c.setFont("HB", 9)
    if n % 2 == 0: c.drawString(M, 22, str(n))
    else: c.drawRightString(W - M, 22, str(n))

def layout(c, n, segments):
    """segments: list of (ncols, height or None, flowables). Stacked from top."""
    top = Hh - 40
    for ncols, h, flows in segments:
        if h is None: h = top - 40
        gap = 12
        cw = (W - 2 * M - gap * (ncols - 1)) / ncols
        flows = list(flows)
        for i in range(ncols):
            f = Frame(M + i * (cw + gap), top - h, cw, h, leftPadding=0, rightPadding=0, topPadding=2, bottomPadding=0, showBoundary=0)
            f.addFromList(flows, c)
        if flows:
            raise SystemExit("Overflow on page %d: %r" % (n, flows[0]))
        top -= h + 6

pages = []

# ---------------- Seite 1: Titel ----------------
def p1(c):
    c.setFillColor(RED); c.rect(0, Hh - 190, W, 190, fill=1, stroke=0)
    c.setFillColor(colors.white); c.setFont("HB", 40); c.drawString(M, Hh - 95, "Jahresheft 2026")
    c.setFont("H", 14); c.drawString(M, Hh - 122, "Städtische Musikschule Wallersheim")
    c.setFont("H", 9.5); c.drawString(M, Hh - 145, "Mitteilungen für Schülerinnen, Schüler, Eltern und Freunde · Nr. 31")
    c.setFillColor(colors.HexColor("#bdbdbd")); c.rect(M, 210, W - 2 * M, Hh - 190 - 230, fill=1, stroke=0)
    c.setFillColor(colors.black); c.setFont("HI", 7.5)
    c.drawString(M, 198, "Das Jugendsinfonieorchester beim Sommerkonzert im Stadtpark-Pavillon. Titelfoto: Aylin Demir")
    c.setFont("HB", 12); y = 165
    for t in ["Sommerkonzert: Ein Abend unter Linden", "Drei neue Gesichter im Kollegium",
              "„Ich übe lieber nachts“ – Emilia im Gespräch", "Jugend musiziert: Zwölf Preise für Wallersheim"]:
        c.drawString(M, y, "›  " + t); y -= 20
    c.setFont("H", 8); c.drawString(M, 40, "Schuljahr 2025/26 · kostenlos")
pages.append(p1)

# ---------------- Seite 2: Inhalt + Grußwort Bürgermeisterin ----------------
def p2(c):
    header(c, 2, "Inhalt · Grußwort")
    inhalt = [P("INHALT", kicker)]
    for s, t in [("3", "Grußwort der Schulleitung"), ("4", "Sommerkonzert im Stadtpark"), ("6", "Neu im Kollegium"),
                 ("7", "Schülerinterview: Emilia Nowak"), ("9", "Wettbewerbe 2026"), ("10", "Förderverein"),
                 ("11", "Bildnachweis · Impressum")]:
        inhalt.append(P("<b>%s</b>&nbsp;&nbsp;%s" % (s, t), small))
    inhalt += [Spacer(1, 8), Photo(120, "Foto"), P("Bürgermeisterin Dr. Helga Ostermann-Yıldız beim Neujahrsempfang. Foto: Stadt Wallersheim / Timo Reinecke", cap)]
    gruss = [P("GRUSSWORT", kicker), P("Musik verbindet unsere Stadt", head),
             P("Die Bürgermeisterin über ein Jahr voller Konzerte – und warum jeder Euro für die Musikschule gut angelegt ist.", lead)]
    gruss += paras("""
Liebe Schülerinnen und Schüler, liebe Eltern, liebe Lehrkräfte,

wer im vergangenen Jahr an einem Samstagvormittag durch die Hafenstraße gegangen ist, hat es gehört: Aus den geöffneten Fenstern der Musikschule klangen Tonleitern, Etüden und gelegentlich ein kräftiges Schlagzeugsolo. Für mich gehört dieser Klang inzwischen so selbstverständlich zu Wallersheim wie das Glockenspiel am Rathaus.

Mehr als 1.400 Kinder, Jugendliche und Erwachsene haben im Schuljahr 2025/26 an unserer Musikschule Unterricht genommen. Das ist ein Rekord, und es ist zugleich eine Verpflichtung. Der Gemeinderat hat deshalb im Frühjahr beschlossen, die Sozialermäßigung auszuweiten und zwei zusätzliche Unterrichtsräume im Alten Zollhaus auszubauen. Die Arbeiten sollen bis zum Herbst abgeschlossen sein.

Besonders beeindruckt hat mich die Kooperation mit den Grundschulen. Beim Projekt „Jedem Kind ein Instrument“ haben in diesem Jahr alle dritten Klassen der Stadt ein Instrument kennengelernt. Eine Schülerin der Lindenschule sagte mir nach der Abschlussvorführung: „Die Geige ist schwer, aber ich will sie nicht mehr hergeben.“ Einen schöneren Satz kann man über Bildung kaum sagen.

Ich danke allen Lehrkräften, dem Team der Verwaltung und dem Förderverein für ihren Einsatz. Und ich danke Ihnen, liebe Eltern, dass Sie Ihre Kinder zu den Proben bringen, bei Regen und bei Sonnenschein.
""")
    gruss += [P("Ihre", sign), P("<b>Dr. Helga Ostermann-Yıldız</b><br/>Bürgermeisterin der Stadt Wallersheim", body0)]
    layout(c, 2, [(3, None, inhalt + [Spacer(1, 400)] if False else inhalt)]) if False else None
    # left narrow column: inhalt; right: gruss in two columns
    f = Frame(M, 40, 150, Hh - 80, leftPadding=0, rightPadding=0, topPadding=2, bottomPadding=0)
    fl = list(inhalt); f.addFromList(fl, c)
    assert not fl
    gw = (W - 2 * M - 150 - 14 - 12) / 2
    fl = list(gruss)
    for i in range(2):
        Frame(M + 164 + i * (gw + 12), 40, gw, Hh - 80, leftPadding=0, rightPadding=0, topPadding=2, bottomPadding=0).addFromList(fl, c)
    if fl: raise SystemExit("overflow p2")
pages.append(p2)

# ---------------- Seite 3: Grußwort Schulleitung ----------------
def p3(c):
    header(c, 3, "Aus der Schulleitung")
    top = [P("VORWORT", kicker), P("Ein Jahr, das nach mehr klingt", head),
           P("Neue Räume, neue Ensembles, neue Lehrkräfte: Der Schulleiter blickt zurück – und nach vorn.", lead)]
    txt = paras("""
Liebe Musikschulfamilie,

als ich vor sechs Jahren die Leitung dieser Schule übernommen habe, hatten wir eine Warteliste von knapp 200 Namen. Heute sind es, trotz dreier zusätzlicher Stellen, immer noch 160. Das zeigt zweierlei: Die Nachfrage nach gutem Instrumentalunterricht ist ungebrochen, und wir haben noch viel zu tun.

Das Schuljahr begann mit einer Überraschung. Unser Bläserensemble „Brassissimo“ wurde zum Landesmusikfest nach Rottweil eingeladen und kehrte mit einem Sonderpreis für Programmgestaltung zurück. Ensembleleiter Kenji Matsuda sagte nach dem Auftritt: „Die Jugendlichen haben sich getraut, leise zu spielen. Das ist das Schwerste überhaupt.“ Ich kann ihm nur zustimmen.

Im Januar haben wir zum ersten Mal einen Tag der offenen Tür gemeinsam mit der Stadtbibliothek veranstaltet. Zwischen Bücherregalen durften Kinder Harfe, Tuba und Cajón ausprobieren. Über 600 Besucherinnen und Besucher kamen, und manche Eltern mussten ihre Kinder geradezu von der Tuba wegtragen.

Nicht alles ist gelungen. Die Sanierung des Kammermusiksaals hat sich verzögert, und wir mussten mehrere Vortragsabende in die Aula des Kepler-Gymnasiums verlegen. Ich danke der Schulleitung dort für die unkomplizierte Gastfreundschaft.

Mit dem Schuljahr 2026/27 startet unser neues Angebot „Musik ab 60“, ein Gruppenunterricht für Erwachsene, die ein Instrument neu oder wieder lernen möchten. Die ersten Anmeldungen zeigen, dass der Bedarf groß ist. Eine Interessentin schrieb uns: „Ich habe vierzig Jahre lang auf diesen Kurs gewartet.“

Ich wünsche Ihnen viel Freude beim Lesen dieses Heftes – und beim Musizieren.
""")
    txt += [P("Ihr", sign), P("<b>Matthias Kowalczyk</b><br/>Leiter der Musikschule", body0)]
    boxc = [P("TERMINE 2026/27", smallb), P("19. September: Saisoneröffnung im Rathaushof<br/>8. November: Lehrerkonzert „Saitenwechsel“<br/>13. Dezember: Adventssingen in St. Georg<br/>24. Januar: Tag der offenen Tür", small)]
    layout(c, 3, [(1, 105, top), (3, None, txt + [Spacer(1, 6), box(boxc)])])
pages.append(p3)

# ---------------- Seiten 4-5: Sommerkonzert ----------------
def p4(c):
    header(c, 4, "Konzerte")
    top = [P("KONZERTBERICHT", kicker), P("Ein Abend unter Linden", head),
           P("Mehr als 900 Zuhörerinnen und Zuhörer kamen zum Sommerkonzert in den Stadtpark. Ein Bericht über Gänsehaut, Gewitterwolken und eine Zugabe, die niemand geplant hatte.", lead),
           P("Von Franziska Lenz", byl)]
    txt = paras("""
Um kurz nach sieben roch es nach frisch gemähtem Gras und Bratwurst, und auf der Bühne des Pavillons stimmten 62 Jugendliche ihre Instrumente. Am westlichen Himmel zogen dunkle Wolken auf, doch niemand im Publikum schien daran zu denken, nach Hause zu gehen. Das Sommerkonzert der Musikschule ist in Wallersheim längst eine Institution.

Den Auftakt machte das Jugendsinfonieorchester unter der Leitung von Beatrice Colombo mit der Ouvertüre zu „Die Hebriden“ von Felix Mendelssohn Bartholdy. Schon in den ersten Takten war zu hören, wie viel Probenarbeit in diesem Programm steckte: Die Celli sangen, die Hörner waren sauber, und das Meer, das Mendelssohn beschreiben wollte, wogte tatsächlich.

„Wir haben im Februar angefangen, und im März dachte ich ehrlich gesagt, das schaffen wir nie“, gestand Colombo in der Pause. „Aber die Jugendlichen haben zu Hause geübt wie noch nie. Man hört das.“

Es folgte ein Block des Jazz-Ensembles „Blue Harbour“. Der 16-jährige Tenorsaxofonist Deniz Arslan spielte in „Autumn Leaves“ ein Solo, das so manchen Erwachsenen im Publikum ungläubig den Kopf schütteln ließ. Seine Lehrerin Małgorzata Wiśniewska stand am Bühnenrand und lächelte nur.
""")
    ph = [Photo(150, "Foto"), P("Konzentriert bis zum letzten Ton: Deniz Arslan am Tenorsaxofon. Foto: Aylin Demir", cap)]
    layout(c, 4, [(1, 130, top), (3, None, txt[:3] + ph + txt[3:])])
pages.append(p4)

def p5(c):
    header(c, 5, "Konzerte · Sommerkonzert")
    txt = paras("""
Nach der Pause wurde es feierlich. Der Kinderchor „Spatzennest“, zu dem inzwischen 48 Kinder zwischen sechs und zehn Jahren gehören, sang unter der Leitung von Ines Håkansson drei Volkslieder aus Schweden, Polen und der Türkei. Die Kinder hatten die Texte in allen drei Sprachen auswendig gelernt. Eine Mutter neben mir flüsterte: „Zu Hause singt sie das beim Zähneputzen.“

Dann kam der Moment, auf den viele gewartet hatten. Das Jugendsinfonieorchester spielte den ersten Satz aus Antonín Dvořáks Sinfonie „Aus der Neuen Welt“. Die Konzertmeisterin Emilia Nowak, von der in diesem Heft noch ausführlich die Rede sein wird, führte das Orchester mit sicherer Hand durch die schwierigen Übergänge.

Gerade als der letzte Akkord verklungen war, fielen die ersten Regentropfen. Statt abzubrechen, griff Beatrice Colombo zum Mikrofon. „Wer jetzt geht, verpasst die Zugabe“, rief sie – und das Orchester stimmte, halb unter Regenschirmen, den Radetzky-Marsch an. Das Publikum klatschte mit, und der Regen hörte nach zwei Minuten wieder auf, als hätte er sich geschämt.

Nach dem Konzert sammelte der Förderverein an seinem Stand 2.380 Euro für neue Notenpulte. Vorsitzender Patrick O'Donnell zeigte sich gerührt: „So viel haben wir an einem einzigen Abend noch nie eingenommen.“

Das nächste Sommerkonzert findet am 4. Juli 2027 statt. Ein Regenschirm kann nicht schaden.
""")
    pq = [P("„Wer jetzt geht, verpasst die Zugabe.“", pull), P("Beatrice Colombo, Dirigentin des Jugendsinfonieorchesters", pullwho)]
    ph = [Photo(120, "Foto"), P("Der Kinderchor „Spatzennest“ sang in drei Sprachen. Foto: Aylin Demir", cap)]
    info = [P("PROGRAMM", smallb), P("Mendelssohn: Die Hebriden, op. 26<br/>Kosma: Autumn Leaves (Arr. W. Bremer)<br/>Volkslieder aus Schweden, Polen und der Türkei<br/>Dvořák: Sinfonie Nr. 9, 1. Satz<br/>Strauss (Vater): Radetzky-Marsch", small)]
    layout(c, 5, [(3, None, txt[:2] + pq + txt[2:] + ph + [box(info)])])
pages.append(p5)

# ---------------- Seite 6: Lehrerporträts ----------------
def p6(c):
    header(c, 6, "Kollegium")
    top = [P("PORTRÄTS", kicker), P("Neu im Kollegium", head),
           P("Drei Lehrkräfte haben in diesem Schuljahr bei uns angefangen. Wir stellen sie vor.", lead)]
    a = [P("Sunita Rajagopalan, Violine", head2), Photo(70, "Foto"), P("Foto: Jonas Brettschneider", cap)] + paras("""
Aufgewachsen ist Sunita Rajagopalan in Chennai und in Köln, studiert hat sie in Detmold und Wien. Seit September unterrichtet sie 23 Schülerinnen und Schüler an der Violine, die jüngste ist fünf Jahre alt.

„Ein Kind, das mit fünf Jahren eine Geige hält, lernt vor allem Geduld“, sagt sie. „Den Ton lernt es nebenbei.“ In ihrem Unterricht arbeitet sie viel mit Bewegung und Gesang, bevor der Bogen überhaupt die Saite berührt.
""") + [P("<i>Text: Giulia Ferraro</i>", body0)]
    b = [P("Lukas Brenninkmeyer, Schlagzeug", head2), Photo(70, "Foto"), P("Foto: Jonas Brettschneider", cap)] + paras("""
Lukas Brenninkmeyer hat zwölf Jahre lang in Big Bands und Musicalorchestern gespielt, bevor er sich für den Unterricht entschied. Sein Raum im Keller des Zollhauses ist schallgedämmt, was die Nachbarn freut.

Seinen Schülerinnen und Schülern gibt er gern einen Satz mit, den er von seinem eigenen Lehrer gehört hat. Der lautet: „Wer nicht zählen kann, kann auch nicht grooven.“ Am Ende der Stunde wird trotzdem meistens frei gespielt.
""") + [P("<i>Text: Giulia Ferraro</i>", body0)]
    d = [P("Aoife Gallagher, Harfe", head2), Photo(70, "Foto"), P("Foto: Jonas Brettschneider", cap)] + paras("""
Die Harfe ist an unserer Schule ein seltenes Instrument, und Aoife Gallagher möchte das ändern. Die gebürtige Irin aus Galway spielt sowohl die Konzertharfe als auch die irische Hakenharfe.

„Viele Eltern glauben, die Harfe sei nur etwas für Engel“, sagt sie und lacht. Sie hat zwei Leihinstrumente mitgebracht, damit Kinder erst einmal ausprobieren können, ohne gleich ein teures Instrument kaufen zu müssen.
""") + [P("<i>Text: Tobias Reinhold-Şahin</i>", body0)]
    layout(c, 6, [(1, 95, top), (3, None, a + [Spacer(1, 200)]) if False else (3, None, a + b + d)])
pages.append(p6)

# ---------------- Seiten 7-8: Interview ----------------
Q = ParagraphStyle("q", parent=body0, fontName="SB", spaceBefore=5)
def qa(pairs):
    out = []
    for q, a in pairs:
        out.append(P("SV: " + q, Q)); out.append(P("EN: " + a, body0))
    return out

def p7(c):
    header(c, 7, "Schülerinterview")
    top = [P("IM GESPRÄCH", kicker), P("„Ich übe lieber nachts“", head),
           P("Emilia Nowak ist 17, Konzertmeisterin des Jugendsinfonieorchesters und Bundespreisträgerin. Ein Gespräch über Lampenfieber, Mathe und einen geklauten Bogen.", lead),
           P("Das Gespräch führte Sören Vik.", byl)]
    ph = [Photo(130, "Foto"), P("Emilia Nowak im Probenraum 12. Foto: Jonas Brettschneider", cap)]
    t = qa([
        ("Emilia, seit wann spielst du Geige?", "Seit ich sechs bin. Meine Oma hat in Krakau im Orchester gespielt, und bei ihr stand immer eine Geige auf dem Klavier. Ich wollte sie unbedingt anfassen, und irgendwann hat sie es mir erlaubt."),
        ("Und dann bist du an die Musikschule gekommen?", "Ja, erst in die Früherziehung, dann zu Frau Wiśniewska, und seit vier Jahren bin ich bei Herrn Petrović. Er ist streng, aber er merkt sofort, wenn ich einen schlechten Tag habe."),
        ("Du bist Konzertmeisterin. Was heißt das eigentlich?", "Ich sitze ganz vorne links und gebe den Ton zum Stimmen an. Bei den Proben bin ich so etwas wie die Verbindung zwischen der Dirigentin und den Streichern. Wenn die Bogenstriche nicht klar sind, fragen alle zuerst mich."),
        ("Ist das nicht viel Verantwortung mit 17?", "Schon. Am Anfang hatte ich Angst, dass die Älteren mich nicht ernst nehmen. Aber im Orchester zählt eigentlich nur, ob man vorbereitet ist. Wenn ich meine Stimme kann, hören sie auf mich."),
        ("Wie viel übst du am Tag?", "Unter der Woche ungefähr zwei Stunden, am Wochenende mehr. Und ich übe lieber nachts, so ab neun. Dann ist das Haus ruhig, und ich habe den Kopf frei von der Schule. Meine Nachbarn sind zum Glück sehr tolerant."),
    ])
    layout(c, 7, [(1, 125, top), (3, None, ph + t)])
pages.append(p7)

def p8(c):
    header(c, 8, "Schülerinterview · Fortsetzung")
    t = qa([
        ("Beim Bundeswettbewerb in Lübeck hast du einen ersten Preis gewonnen. Wie war das?", "Unwirklich. Ich hatte am Morgen so starkes Lampenfieber, dass ich nichts frühstücken konnte. Dann bin ich auf die Bühne gegangen, und nach den ersten Tönen war alles weg. Ich erinnere mich an fast nichts mehr, nur an das Gesicht von meinem Klavierpartner Jan am Ende."),
        ("Stimmt die Geschichte mit dem geklauten Bogen?", "Leider ja. Im Zug nach Lübeck hat jemand meinen Bogenkasten mitgenommen, wahrscheinlich aus Versehen. Herr Petrović hat mir dann seinen eigenen Bogen geliehen. Ich habe mit dem Bogen meines Lehrers gewonnen, das ist eigentlich eine schöne Geschichte."),
        ("Was machst du, wenn du nicht Geige spielst?", "Mathe, ehrlich. Ich mag es, wenn Dinge aufgehen. Das ist bei Bach ähnlich. Und ich gehe gern mit meinem Hund an der Wallach spazieren."),
        ("Willst du Musik studieren?", "Ich habe mich noch nicht entschieden. Vielleicht Mathematik, vielleicht Musik, vielleicht beides. Ich weiß nur, dass ich nie aufhören werde zu spielen, egal was ich später mache."),
        ("Was würdest du jüngeren Schülerinnen und Schülern raten?", "Nicht aufgeben, wenn es quietscht. Bei mir hat es zwei Jahre lang gequietscht. Und: Geht in ein Ensemble. Allein üben ist wichtig, aber zusammen spielen ist der Grund, warum man das alles macht."),
        ("Danke für das Gespräch, Emilia.", "Gerne!"),
    ])
    boxc = [P("ZUR PERSON", smallb), P("Emilia Nowak, geboren 2009 in Wallersheim, besucht die 12. Klasse des Kepler-Gymnasiums. 1. Preis beim Bundeswettbewerb Jugend musiziert 2026 (Violine solo, Altersgruppe V). Sie spielt eine Geige aus dem Instrumentenfonds des Fördervereins.", small)]
    pq = [P("„Allein üben ist wichtig, aber zusammen spielen ist der Grund.“", pull), P("Emilia Nowak", pullwho)]
    layout(c, 8, [(3, None, t[:6] + pq + t[6:] + [Spacer(1, 6), box(boxc)])])
pages.append(p8)

# ---------------- Seite 9: Wettbewerbe ----------------
def p9(c):
    header(c, 9, "Wettbewerbe")
    top = [P("ERGEBNISSE", kicker), P("Zwölf Preise, ein Bundessieg", head),
           P("Beim Wettbewerb Jugend musiziert war die Musikschule Wallersheim so erfolgreich wie nie. Eine Übersicht.", lead),
           P("Von Ulrike Hansen-Ohtani, Fachbereichsleiterin Streicher", byl)]
    txt = paras("""
Wenn im Januar die Regionalwettbewerbe beginnen, ist das Haus in der Hafenstraße bis in den späten Abend erleuchtet. In diesem Jahr hat sich die Arbeit besonders gelohnt: 19 Schülerinnen und Schüler traten beim Regionalwettbewerb an, zwölf erreichten einen ersten Preis, sieben davon mit Weiterleitung zum Landeswettbewerb.

Beim Landeswettbewerb in Freiburg gab es drei erste Preise. Emilia Nowak fuhr anschließend zum Bundeswettbewerb nach Lübeck und kam mit einem ersten Bundespreis zurück, dem ersten in der Geschichte unserer Schule in der Wertung Violine solo.

Bemerkenswert ist auch der Erfolg unserer Duos. Das Klavierduo Mika Lindqvist und Hannah Okonkwo spielte sich mit einer eigenen Bearbeitung von „Der Karneval der Tiere“ in die Herzen der Jury. Eine Jurorin schrieb in ihr Protokoll: „Selten so viel Humor bei so viel Präzision gehört.“

Ich danke allen Lehrkräften, die ihre Schülerinnen und Schüler über Monate begleitet haben, oft weit über die bezahlten Unterrichtsstunden hinaus, und den Eltern, die Fahrdienste, Übernachtungen und viel Nervenkitzel auf sich genommen haben.
""")
    rows = [["Name", "Kategorie", "Ergebnis"],
            ["Emilia Nowak", "Violine solo, AG V", "1. Bundespreis"],
            ["Mika Lindqvist / Hannah Okonkwo", "Klavier vierhändig, AG III", "1. Landespreis"],
            ["Deniz Arslan", "Saxofon solo, AG IV", "1. Landespreis"],
            ["Chiara Bellandi", "Gesang (Pop), AG IV", "2. Landespreis"],
            ["Jakub Zieliński", "Posaune solo, AG III", "1. Regionalpreis"],
            ["Lea Brunnhuber", "Harfe solo, AG II", "1. Regionalpreis"],
            ["Yusuf Demirci / Malte Engström", "Gitarrenduo, AG III", "1. Regionalpreis"]]
    t = Table(rows, colWidths=[None, None, None])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "H", 7.4), ("FONT", (0, 0), (-1, 0), "HB", 7.4),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.6, RED), ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f3f3f3")]),
                           ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]))
    ph = [Photo(95, "Foto"), P("Das Klavierduo Mika Lindqvist und Hannah Okonkwo in Freiburg. Foto: privat", cap)]
    layout(c, 9, [(1, 125, top), (2, 330, txt + ph), (1, None, [P("Preisträgerinnen und Preisträger (Auswahl)", sub), t])])
pages.append(p9)

# ---------------- Seite 10: Förderverein ----------------
def p10(c):
    header(c, 10, "Förderverein")
    top = [P("FÖRDERVEREIN", kicker), P("Notenpulte, Geigen und ein Bus", head),
           P("Der Verein der Freunde und Förderer der Musikschule Wallersheim e. V. hatte ein gutes Jahr. Ein Bericht des Vorstands.", lead)]
    txt = paras("""
Liebe Mitglieder, liebe Freundinnen und Freunde der Musikschule,

unser Verein zählt inzwischen 312 Mitglieder, 41 mehr als vor einem Jahr. Mit Ihren Beiträgen und Spenden konnten wir 2026 mehr bewegen als je zuvor: Wir haben zwei Geigen in halber Größe, eine Hakenharfe und 30 Notenpulte angeschafft und den Bus für die Fahrt zum Landesmusikfest nach Rottweil bezahlt.

Unser Instrumentenfonds verleiht derzeit 27 Instrumente an Kinder aus Familien, die sich den Kauf nicht leisten können. Eine Mutter schrieb uns nach der ersten Stunde ihres Sohnes: „Er hat die Trompete mit ins Bett genommen.“ Briefe wie dieser sind der Grund, warum wir weitermachen.

Beim Sommerkonzert haben wir mit Kuchen, Waffeln und einer Tombola 2.380 Euro eingenommen. Besonders danken möchten wir der Bäckerei Mertens und dem Blumenhaus Castellano, die uns mit Sachspenden unterstützt haben.

Im kommenden Jahr wollen wir einen Stipendienfonds für besonders begabte Jugendliche aufbauen, die sich auf ein Musikstudium vorbereiten. Unsere Schatzmeisterin Renate Vogelsang ist zuversichtlich: „Wenn jedes Mitglied nur einen neuen Menschen mitbringt, schaffen wir das.“

Die nächste Mitgliederversammlung findet am 12. März 2027 um 19 Uhr im Alten Zollhaus statt. Wir freuen uns auf Sie.
""")
    txt += [P("Für den Vorstand", sign), P("<b>Patrick O'Donnell</b>, 1. Vorsitzender<br/><b>Renate Vogelsang</b>, Schatzmeisterin", body0)]
    boxc = [P("MITGLIED WERDEN", smallb), P("Jahresbeitrag ab 24 Euro, Familien 36 Euro. Beitrittserklärungen liegen im Sekretariat aus.<br/>Spendenkonto: Sparkasse Wallersheim<br/>IBAN DE00 6005 0000 0000 1234 56<br/>Stichwort „Instrumentenfonds“", small)]
    ph = [Photo(110, "Foto"), P("Neue Notenpulte für den Orchestersaal. Foto: Renate Vogelsang", cap)]
    layout(c, 10, [(1, 100, top), (3, None, txt + ph + [box(boxc)])])
pages.append(p10)

# ---------------- Seite 11: Bildnachweis / Impressum ----------------
def p11(c):
    header(c, 11, "Bildnachweis · Impressum")
    left = [P("Bildnachweis", head2)]
    for s in ["Titel, Seiten 4, 5: Aylin Demir", "Seite 2: Timo Reinecke", "Seiten 6, 7: Jonas Brettschneider",
              "Seite 9: privat", "Seite 10: Renate Vogelsang", "Rückseite: Musikschule Wallersheim"]:
        left.append(P(s, small))
    left += [Spacer(1, 14), P("Gedruckt auf Recyclingpapier. Nachdruck, auch auszugsweise, nur mit Genehmigung der Redaktion.", small)]
    mid = [P("Impressum", head2), P("Herausgeberin", smallb), P("Städtische Musikschule Wallersheim<br/>Hafenstraße 14<br/>77999 Wallersheim<br/>Telefon 07999 123-400<br/>info@musikschule-wallersheim.example", small),
           P("V.i.S.d.P.", smallb), P("Matthias Kowalczyk, Leiter der Musikschule", small),
           P("Redaktion", smallb), P("Franziska Lenz (Leitung), Sören Vik, Giulia Ferraro", small),
           P("Gestaltung und Satz", smallb), P("Mirela Kovačević", small),
           P("Lektorat", smallb), P("Bernhard Achterberg", small)]
    right = [P("Mitarbeit an dieser Ausgabe", smallb), P("Tobias Reinhold-Şahin, Ulrike Hansen-Ohtani", small),
             P("Druck", smallb), P("Druckhaus Wallach, Wallersheim", small), P("Auflage", smallb), P("2.500 Exemplare", small),
             P("Redaktionsschluss", smallb), P("15. Oktober 2026", small),
             Spacer(1, 12), box([P("Das nächste Jahresheft erscheint im Herbst 2027. Beiträge, Fotos und Leserbriefe nimmt die Redaktion gern entgegen.", small)])]
    layout(c, 11, [(3, None, left + [Spacer(1, 600)] if False else left)])
    f2w = (W - 2 * M - 24) / 3
    for i, fl in [(1, mid), (2, right)]:
        fl = list(fl)
        Frame(M + i * (f2w + 12), 40, f2w, Hh - 80, leftPadding=0, rightPadding=0, topPadding=2, bottomPadding=0).addFromList(fl, c)
        if fl: raise SystemExit("overflow p11")
pages.append(p11)

c = canvas.Canvas(OUT, pagesize=A4, invariant=1)
c.setTitle("Jahresheft 2026 – Städtische Musikschule Wallersheim")
c.setAuthor("Städtische Musikschule Wallersheim")
for p in pages:
    p(c); c.showPage()
c.save()
print("wrote", OUT, len(pages), "pages")
