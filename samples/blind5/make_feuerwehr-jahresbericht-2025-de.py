#!/usr/bin/env python3
"""Generator: Jahresbericht 2025 der Freiwilligen Feuerwehr Lindenbrück (fiktiv).

Deterministic, self-contained. Writes feuerwehr-jahresbericht-2025-de.pdf next to this script.
"""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_CENTER, TA_RIGHT
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, Spacer, Frame, Table, TableStyle, Flowable
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "feuerwehr-jahresbericht-2025-de.pdf")
FD = "/usr/share/fonts/truetype/dejavu/"
for name, fn in [("Sans", "DejaVuSans.ttf"), ("Sans-B", "DejaVuSans-Bold.ttf"),
                 ("Sans-I", "DejaVuSans-Oblique.ttf"), ("Cond", "DejaVuSansCondensed.ttf"),
                 ("Cond-B", "DejaVuSansCondensed-Bold.ttf"), ("Cond-I", "DejaVuSansCondensed-Oblique.ttf"),
                 ("Serif", "DejaVuSerif.ttf"), ("Serif-I", "DejaVuSerif-Italic.ttf"),
                 ("Serif-B", "DejaVuSerif-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(name, FD + fn))
from reportlab.lib.fonts import addMapping
addMapping("Cond", 0, 0, "Cond"); addMapping("Cond", 1, 0, "Cond-B"); addMapping("Cond", 0, 1, "Cond-I"); addMapping("Cond", 1, 1, "Cond-B")
addMapping("Sans", 0, 0, "Sans"); addMapping("Sans", 1, 0, "Sans-B"); addMapping("Sans", 0, 1, "Sans-I"); addMapping("Sans", 1, 1, "Sans-B")

RED = colors.HexColor("#b3121b")
DARK = colors.HexColor("#222222")
GREY = colors.HexColor("#bdbdbd")
W, H = A4
ML, MR, MT, MB = 18 * mm, 18 * mm, 24 * mm, 20 * mm
CW = W - ML - MR

body = ParagraphStyle("body", fontName="Cond", fontSize=9.4, leading=12.6, alignment=TA_JUSTIFY, spaceAfter=4)
body1 = ParagraphStyle("body1", parent=body, firstLineIndent=0)
lead = ParagraphStyle("lead", fontName="Cond-B", fontSize=10.5, leading=14, spaceAfter=7, textColor=DARK)
h1 = ParagraphStyle("h1", fontName="Sans-B", fontSize=22, leading=26, textColor=RED, spaceAfter=4)
h2 = ParagraphStyle("h2", fontName="Sans-B", fontSize=14, leading=17, textColor=DARK, spaceBefore=6, spaceAfter=3)
h3 = ParagraphStyle("h3", fontName="Sans-B", fontSize=10.5, leading=13, textColor=RED, spaceBefore=5, spaceAfter=2)
kicker = ParagraphStyle("kicker", fontName="Sans-B", fontSize=8, leading=10, textColor=RED, spaceAfter=2)
byline = ParagraphStyle("byline", fontName="Cond-I", fontSize=8.8, leading=11, spaceAfter=6, textColor=DARK)
byline_r = ParagraphStyle("byline_r", parent=byline, alignment=TA_RIGHT, spaceBefore=2)
caps = ParagraphStyle("caps", fontName="Sans-B", fontSize=8.5, leading=11, spaceAfter=6, textColor=colors.HexColor("#555555"))
cap = ParagraphStyle("cap", fontName="Cond-I", fontSize=7.6, leading=9.4, spaceAfter=7, textColor=colors.HexColor("#444444"))
pull = ParagraphStyle("pull", fontName="Serif-I", fontSize=15, leading=19, textColor=RED, spaceBefore=6, spaceAfter=2)
pull_by = ParagraphStyle("pull_by", fontName="Sans", fontSize=8, leading=10, spaceAfter=8, textColor=DARK)
sign = ParagraphStyle("sign", fontName="Cond", fontSize=9.4, leading=12.6, spaceAfter=0)
small = ParagraphStyle("small", fontName="Cond", fontSize=8.2, leading=10.4, spaceAfter=2)
toc = ParagraphStyle("toc", fontName="Cond", fontSize=10, leading=15)
boxst = ParagraphStyle("boxst", fontName="Cond", fontSize=8.8, leading=11.4, spaceAfter=3)
boxh = ParagraphStyle("boxh", fontName="Sans-B", fontSize=9.5, leading=12, textColor=RED, spaceAfter=3)


class Photo(Flowable):
    """Grey placeholder rectangle standing in for a photograph."""
    def __init__(self, h, label=""):
        super().__init__()
        self.h = h
        self.label = label

    def wrap(self, aw, ah):
        self.w = aw
        return aw, self.h

    def draw(self):
        c = self.canv
        c.setFillColor(GREY)
        c.setStrokeColor(colors.HexColor("#9a9a9a"))
        c.rect(0, 0, self.w, self.h, fill=1, stroke=1)
        c.setStrokeColor(colors.HexColor("#a8a8a8"))
        c.line(0, 0, self.w, self.h)
        c.line(0, self.h, self.w, 0)


class Rule(Flowable):
    def __init__(self, color=RED, width=1.2, space=3):
        super().__init__()
        self.color, self.lw, self.space = color, width, space

    def wrap(self, aw, ah):
        self.w = aw
        return aw, self.space * 2

    def draw(self):
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(self.lw)
        self.canv.line(0, self.space, self.w, self.space)


def P(t, s=body):
    return Paragraph(t, s)


def box(items, bg=colors.HexColor("#f3e3e3")):
    t = Table([[items]], colWidths=None)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), bg),
                           ("BOX", (0, 0), (-1, -1), 0.8, RED),
                           ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return t


def pullquote(text, who):
    return [Rule(), P(text, pull), P(who, pull_by), Rule(width=0.5)]


def header(c, n, section):
    c.setFillColor(RED)
    c.rect(0, H - 12 * mm, W, 12 * mm, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Sans-B", 8.5)
    c.drawString(ML, H - 7.6 * mm, "FREIWILLIGE FEUERWEHR LINDENBRÜCK")
    c.setFont("Sans", 8.5)
    c.drawRightString(W - MR, H - 7.6 * mm, section)
    c.setFillColor(DARK)
    c.setStrokeColor(RED)
    c.setLineWidth(0.8)
    c.line(ML, 13 * mm, W - MR, 13 * mm)
    c.setFont("Sans", 7.5)
    c.drawString(ML, 9 * mm, "Jahresbericht 2025")
    c.setFont("Sans-B", 9)
    if n % 2 == 0:
        c.drawString(W / 2 - 2 * mm, 9 * mm, str(n))
    else:
        c.drawString(W / 2 - 2 * mm, 9 * mm, str(n))
    c.setFont("Sans", 7.5)
    c.drawRightString(W - MR, 9 * mm, "www.feuerwehr-lindenbrueck.de")


def place(c, items, x, y, w):
    """Draw items top-down from y; return new y."""
    for it in items:
        _, h = it.wrap(w, 1000)
        sb = getattr(it, "getSpaceBefore", lambda: 0)()
        sa = getattr(it, "getSpaceAfter", lambda: 0)()
        y -= sb + h
        it.drawOn(c, x, y)
        y -= sa
    return y


def cols(n, ytop, ybot=MB, x0=ML, width=CW, gap=6 * mm):
    cw = (width - gap * (n - 1)) / n
    return [(x0 + i * (cw + gap), ybot, cw, ytop - ybot) for i in range(n)]


def flow(c, items, frames, must_finish=False):
    for f in frames:
        fr = Frame(f[0], f[1], f[2], f[3], leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        fr.addFromList(items, c)
        if not items:
            break
    if must_finish and items:
        raise SystemExit("overflow on page %d: %r" % (c.getPageNumber(), items[0]))
    return items


TOP = H - MT

# ----------------------------------------------------------------------------------------------
c = canvas.Canvas(OUT, pagesize=A4, invariant=1)
c.setTitle("Jahresbericht 2025 – Freiwillige Feuerwehr Lindenbrück")
c.setAuthor("Freiwillige Feuerwehr Lindenbrück")

# ---------------------------------------------------------------- Seite 1: Titel
c.setFillColor(RED)
c.rect(0, H - 95 * mm, W, 95 * mm, fill=1, stroke=0)
c.setFillColor(colors.white)
c.setFont("Sans-B", 12)
c.drawString(ML, H - 22 * mm, "FREIWILLIGE FEUERWEHR LINDENBRÜCK")
c.setFont("Sans", 10)
c.drawString(ML, H - 28 * mm, "Ortswehren Lindenbrück · Oberholz · Kleinmoorbeck")
c.setFont("Sans-B", 46)
c.drawString(ML, H - 58 * mm, "Jahresbericht")
c.setFont("Sans-B", 46)
c.drawString(ML, H - 78 * mm, "2025")
c.setFont("Sans-I", 11)
c.drawRightString(W - MR, H - 78 * mm, "Einsatz · Ausbildung · Kameradschaft")
y = place(c, [Photo(120 * mm),
              P("Titelbild: Nachtübung am alten Kornspeicher im Oktober – die Drehleiter der Ortswehr Lindenbrück im Einsatz. "
                "Foto: Jonas Brettschneider", cap)], ML, H - 102 * mm, CW)
y = place(c, [P("<b>In diesem Heft:</b> 214 Einsätze im Rückblick · Scheunenbrand in Oberholz · "
                "50 Jahre Jugendfeuerwehr · Porträt: Hannelore Fitzek · Ehrungen und Beförderungen", small)],
          ML, y - 4 * mm, CW)
c.showPage()

# ---------------------------------------------------------------- Seite 2: Inhalt + Grußwort Bürgermeister
header(c, 2, "Inhalt · Grußwort")
fr = cols(2, TOP, gap=10 * mm)
left = [P("Inhalt", h1), Rule(),
        P("<b>3</b>&nbsp;&nbsp; Grußwort der Kreisbrandmeisterin", toc),
        P("<b>3</b>&nbsp;&nbsp; Vorwort des Gemeindewehrführers", toc),
        P("<b>4</b>&nbsp;&nbsp; Das Einsatzjahr 2025 im Überblick", toc),
        P("<b>5</b>&nbsp;&nbsp; Einsatzberichte", toc),
        P("<b>7</b>&nbsp;&nbsp; Jugendfeuerwehr: 50 Jahre und kein bisschen leise", toc),
        P("<b>8</b>&nbsp;&nbsp; Kinderfeuerwehr „Löschzwerge“", toc),
        P("<b>9</b>&nbsp;&nbsp; Ausbildung und Übungsdienst", toc),
        P("<b>9</b>&nbsp;&nbsp; Drei Fragen an den neuen Gerätewart", toc),
        P("<b>10</b>&nbsp; Porträt: Hannelore Fitzek", toc),
        P("<b>11</b>&nbsp; Aus dem Förderverein", toc),
        P("<b>12</b>&nbsp; Ehrungen, Beförderungen, Impressum", toc),
        Spacer(1, 8 * mm),
        box([P("Termine 2026", boxh),
             P("<b>17. Januar</b> – Jahreshauptversammlung im Gerätehaus Lindenbrück, 19 Uhr", boxst),
             P("<b>25. April</b> – Tag der offenen Tür mit Fahrzeugschau", boxst),
             P("<b>6. Juni</b> – Kreiszeltlager der Jugendfeuerwehren in Wendhausen", boxst),
             P("<b>12. September</b> – Leistungsvergleich der Ortswehren", boxst),
             P("<b>5. Dezember</b> – Adventsmarkt am Feuerwehrhaus", boxst)]),
        ]
flow(c, left, [fr[0]], must_finish=True)
right = [P("GRUSSWORT DES BÜRGERMEISTERS", kicker),
         P("Eine Wehr, auf die man sich verlassen kann", h2),
         Photo(38 * mm),
         P("Bürgermeister Friedhelm Oberdieck beim Neujahrsempfang. Foto: Gemeinde Lindenbrück", cap),
         P("Liebe Kameradinnen und Kameraden, liebe Bürgerinnen und Bürger,"),
         P("wer in diesem Jahr nachts die Sirene gehört hat, weiß, wie oft unsere Freiwillige Feuerwehr ausrücken "
           "musste. 214 Einsätze – das sind mehr als vier in jeder Woche, und hinter jeder Zahl stehen Menschen, "
           "die ihren Feierabend, ihren Schlaf oder ein Familienfest unterbrochen haben, um anderen zu helfen."),
         P("Der Gemeinderat hat im Frühjahr einstimmig beschlossen, das Gerätehaus in Kleinmoorbeck zu erweitern. "
           "Die Planung ist abgeschlossen, der erste Spatenstich ist für den Mai vorgesehen. Außerdem konnten wir "
           "das neue Löschgruppenfahrzeug für Oberholz bestellen; die Auslieferung erwartet der Hersteller im "
           "Herbst 2026. Ich weiß, dass das lange Wartezeiten sind, und ich danke allen für ihre Geduld."),
         P("Mein besonderer Dank gilt den Arbeitgebern in unserer Gemeinde, die ihre Beschäftigten für Einsätze "
           "und Lehrgänge freistellen. Ohne dieses Verständnis wäre ein Ehrenamt dieser Art nicht zu leisten. "
           "Und ich danke den Familien, die so oft auf ihre Liebsten verzichten."),
         P("Bleiben Sie gesund, und kommen Sie von jedem Einsatz heil nach Hause."),
         Spacer(1, 4),
         P("Ihr", sign),
         P("<b>Friedhelm Oberdieck</b>", sign),
         P("Bürgermeister der Gemeinde Lindenbrück", sign)]
flow(c, right, [fr[1]], must_finish=True)
c.showPage()

# ---------------------------------------------------------------- Seite 3: Grußwort KBM + Vorwort Wehrführer
header(c, 3, "Grußworte")
fr = cols(2, TOP, gap=10 * mm)
left = [P("GRUSSWORT DER KREISBRANDMEISTERIN", kicker),
        P("Zusammenarbeit über Gemeindegrenzen hinweg", h2),
        Photo(34 * mm),
        P("Kreisbrandmeisterin Ayşe Kaya-Rotermund. Foto: Landkreis Wendhausen", cap),
        P("Sehr geehrte Damen und Herren, liebe Kameradinnen und Kameraden,"),
        P("das Jahr 2025 hat uns im Landkreis vor Augen geführt, wie schnell aus einem Wetterereignis eine "
          "Großschadenslage werden kann. Beim Starkregen im Juli haben Einheiten aus sieben Gemeinden "
          "gemeinsam Keller ausgepumpt, Sandsäcke gefüllt und eine Pflegeeinrichtung gesichert. Die Wehr aus "
          "Lindenbrück war mit drei Fahrzeugen und 31 Einsatzkräften über zwei Tage dabei."),
        P("Solche Lagen zeigen, dass die überörtliche Zusammenarbeit kein Papier ist, sondern funktioniert. "
          "Dafür braucht es gemeinsame Übungen, einheitliche Ausbildung und vor allem Menschen, die sich "
          "kennen und vertrauen. Die Kreisfeuerwehrbereitschaft Süd, in der Lindenbrück den zweiten Zug "
          "stellt, ist dafür ein gutes Beispiel."),
        P("Ich danke allen Mitgliedern der Einsatzabteilung, der Jugend- und Kinderfeuerwehr und der "
          "Altersabteilung für ihren Dienst. Dem Gemeindewehrführer und seinem Team wünsche ich für 2026 "
          "ruhige Nächte und wenig Arbeit."),
        Spacer(1, 4),
        P("Mit freundlichen Grüßen", sign),
        P("<b>Ayşe Kaya-Rotermund</b>", sign),
        P("Kreisbrandmeisterin", sign)]
flow(c, left, [fr[0]], must_finish=True)
right = [P("VORWORT", kicker),
         P("Ein Jahr, das uns gefordert hat", h2),
         P("Liebe Leserinnen und Leser,"),
         P("wenn ich auf 2025 zurückblicke, fallen mir zuerst nicht die großen Brände ein, sondern die vielen "
           "kleinen Momente: der Junge aus der Jugendfeuerwehr, der nach seiner ersten Übung mit "
           "leuchtenden Augen erzählte, die Kameradin, die nach zwanzig Jahren Pause wieder eingetreten ist, "
           "das Abendessen, das uns Anwohner nach dem Scheunenbrand in Oberholz an die Einsatzstelle "
           "gebracht haben."),
         P("Natürlich hat uns das Jahr auch viel abverlangt. Mit 214 Alarmierungen haben wir einen neuen "
           "Höchststand erreicht. Besonders die technischen Hilfeleistungen nehmen zu – umgestürzte Bäume, "
           "Wasser in Kellern, Ölspuren. Gleichzeitig ist die Tagesalarmsicherheit unser größtes Sorgenkind: "
           "Werktags zwischen 7 und 17 Uhr stehen oft nur acht oder neun Kräfte zur Verfügung."),
         P("Deshalb werben wir um neue Mitglieder, gerade um Menschen, die in Lindenbrück arbeiten, aber "
           "anderswo wohnen. Eine Doppelmitgliedschaft ist möglich, und wir helfen gern bei den Formalitäten. "
           "Unser Motto für das kommende Jahr lautet deshalb „Gemeinsam stark – auch am Tag“."),
         P("Ich danke allen Kameradinnen und Kameraden für ihren Einsatz, dem Förderverein für die "
           "großzügige Unterstützung und der Gemeinde für die gute Zusammenarbeit. Viel Freude beim Lesen!"),
         Spacer(1, 4),
         P("Mit kameradschaftlichem Gruß", sign),
         P("Ihr Gemeindewehrführer", sign),
         P("<b>Thorsten Hagedorn</b>", sign),
         Spacer(1, 6),
         Photo(30 * mm),
         P("Gemeindewehrführer Thorsten Hagedorn (rechts) mit seinem Stellvertreter Marek Wiśniewski. "
           "Foto: Freya Sørensen", cap)]
flow(c, right, [fr[1]], must_finish=True)
c.showPage()

# ---------------------------------------------------------------- Seite 4-5: Einsatzjahr
header(c, 4, "Einsatzgeschehen")
y = place(c, [P("EINSATZGESCHEHEN", kicker),
              P("Das Einsatzjahr 2025 im Überblick", h1),
              P("So viele Alarme wie nie: 214-mal rückten die drei Ortswehren aus. Ein Rückblick auf zwölf "
                "Monate zwischen Sturmtief, Dürre und Dauerregen.", lead),
              P("Text: Marek Wiśniewski, stellvertretender Gemeindewehrführer", byline)], ML, TOP, CW)
stats = Table([["Einsatzart", "2024", "2025"],
               ["Brandeinsätze", "38", "41"],
               ["Technische Hilfeleistung", "97", "121"],
               ["Unwetter / Wasserschäden", "19", "29"],
               ["Fehlalarme (BMA)", "22", "17"],
               ["Sonstige Einsätze", "4", "6"],
               ["Gesamt", "180", "214"]], colWidths=[29 * mm, 9 * mm, 9 * mm])
stats.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Cond", 8.4),
                           ("FONT", (0, 0), (-1, 0), "Cond-B", 8.4),
                           ("FONT", (0, -1), (-1, -1), "Cond-B", 8.4),
                           ("BACKGROUND", (0, 0), (-1, 0), RED), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                           ("LINEBELOW", (0, 1), (-1, -2), 0.3, GREY), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                           ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
art = [P("Das Jahr begann, wie das alte aufgehört hatte: mit Sturm. Schon am 4. Januar fegte ein Orkantief "
         "über den Landkreis, und binnen sechs Stunden mussten wir zu 19 Einsatzstellen. Meist ging es um "
         "umgestürzte Bäume auf Kreisstraßen, in Kleinmoorbeck aber auch um ein abgedecktes Scheunendach, "
         "dessen Bleche auf die Bundesstraße zu fliegen drohten. Die Kameraden sicherten das Dach mit "
         "Spanngurten, bis eine Dachdeckerfirma übernehmen konnte."),
       P("Im Frühjahr folgte die Trockenheit. Zwischen März und Mai fiel in unserer Region kaum Regen, und "
         "wir wurden zu sieben Flächen- und Waldbränden gerufen. Der größte davon brannte am 22. April auf "
         "rund zwei Hektar am Hohen Knick. Dank der schnellen Alarmierung durch einen Landwirt und der "
         "Unterstützung durch die Nachbarwehren aus Wendhausen und Borstelde war das Feuer nach gut zwei "
         "Stunden unter Kontrolle."),
       box([P("Einsätze nach Art", boxh), stats,
            P("Grafik: Tobias Wendland", cap)]),
       Spacer(1, 6),
       P("Ganz anders der Juli. Nach dem Starkregen am 14. und 15. Juli standen in Lindenbrück und Oberholz "
         "mehr als sechzig Keller unter Wasser. Unsere Einsatzleitung im Gerätehaus koordinierte die "
         "Anfragen, die teilweise im Minutentakt eingingen. Ein Bürger rief an und sagte: „Bei uns steht "
         "das Wasser bis zur zweiten Treppenstufe, aber die Nachbarin ist über achtzig, fahrt bitte zuerst "
         "zu ihr.“ Solche Sätze bleiben hängen."),
       P("Auffällig ist der Anstieg der technischen Hilfeleistungen um fast ein Viertel. Neben den "
         "Unwettern tragen dazu die vielen Verkehrsunfälle auf der B 214 bei, die seit der Sperrung der "
         "Autobahnauffahrt Wendhausen-Nord deutlich mehr Verkehr aufnimmt. Neunmal mussten wir 2025 "
         "eingeklemmte Personen befreien, so oft wie noch nie."),
       P("Erfreulich ist dagegen, dass die Zahl der Fehlalarme durch Brandmeldeanlagen erneut gesunken "
         "ist. Die Gespräche mit den Betreibern der Gewerbebetriebe im Industriegebiet Am Mühlbach haben "
         "offenbar gewirkt. Jeder Fehlalarm bindet zehn bis fünfzehn Einsatzkräfte für eine Stunde – Zeit, "
         "die im Ernstfall fehlen kann."),
       P("Die Einsatzbelastung verteilt sich ungleich. Die Ortswehr Lindenbrück als Stützpunktwehr "
         "trug mit 151 Einsätzen den Löwenanteil, Oberholz kam auf 38, Kleinmoorbeck auf 25. Im Schnitt "
         "waren wir nach acht Minuten und zwanzig Sekunden am Einsatzort, knapp unter der Hilfsfrist, die "
         "der Landkreis im Brandschutzbedarfsplan vorgibt."),
       P("Unsere Einsatzkräfte leisteten insgesamt 4.870 Einsatzstunden. Rechnet man Ausbildung, "
         "Gerätepflege, Jugendarbeit und Verwaltung hinzu, kommen wir auf über 19.000 Stunden ehrenamtlicher "
         "Arbeit. Das entspricht der Jahresarbeitszeit von fast zwölf Vollzeitkräften."),
       ] + pullquote("„Die Technik wird immer besser. Aber am Ende sind es Menschen, die um drei Uhr "
                     "nachts aufstehen.“", "Marek Wiśniewski, stellv. Gemeindewehrführer") + [
       P("Zum Fuhrpark: Das Tanklöschfahrzeug der Ortswehr Oberholz ist inzwischen 31 Jahre alt und hat "
         "im Sommer zweimal den Dienst verweigert. Wir sind deshalb froh, dass die Ersatzbeschaffung "
         "beschlossen ist. Der Mannschaftstransportwagen in Kleinmoorbeck wurde über Spenden des "
         "Fördervereins mit einem neuen Funkgerät ausgestattet."),
       P("Zum Schluss ein Wort zu den Einsätzen, über die wir selten sprechen. Bei drei Einsätzen kam für "
         "die Betroffenen jede Hilfe zu spät. Nach solchen Einsätzen haben wir die Nachsorge durch das "
         "Team der Psychosozialen Notfallversorgung in Anspruch genommen, und ich möchte alle ermutigen, "
         "dieses Angebot zu nutzen. Stärke zeigt, wer über Belastendes redet."),
       P("<b>Ausblick.</b> Für das kommende Jahr haben wir uns drei Dinge vorgenommen. Erstens wollen wir die "
         "Tagesalarmsicherheit verbessern, indem wir gezielt Pendlerinnen und Pendler ansprechen, die "
         "tagsüber in den Betrieben am Mühlbach arbeiten. Zweitens soll die Alarmierung über eine "
         "Smartphone-App ergänzt werden, damit die Einsatzleitung früher weiß, wie viele Kräfte kommen."),
       P("Drittens wollen wir die Zusammenarbeit mit den Nachbarwehren weiter vertiefen. Eine gemeinsame "
         "Atemschutzwerkstatt mit Wendhausen ist im Gespräch, ebenso eine gemeinsame Ausbildung der "
         "Maschinisten. Bei kleinen Gemeinden wie unserer lohnt es sich nicht, dass jede Wehr alles selbst "
         "vorhält."),
       P("Mein Dank gilt allen, die 2025 ausgerückt sind, und ihren Familien, die das mittragen. Ein "
         "besonderer Dank geht an die Kameradinnen und Kameraden der Leitstelle in Wendhausen, die uns auch "
         "in den chaotischen Stunden des Juli-Unwetters den Rücken freigehalten haben."),
       Spacer(1, 6),
       Photo(36 * mm),
       P("Sturmschäden am 4. Januar: umgestürzte Eiche an der Kreisstraße nach Oberholz. "
         "Foto: Jonas Brettschneider", cap)]
rest = flow(c, art, cols(3, y - 2 * mm))
c.showPage()

header(c, 5, "Einsatzgeschehen")
rest = flow(c, [P("FORTSETZUNG VON SEITE 4", kicker)] + rest, cols(3, TOP)[:1], must_finish=True)
fr2 = cols(2, TOP, x0=ML + (CW - 12 * mm) / 3 + 6 * mm, width=CW - (CW - 12 * mm) / 3 - 6 * mm)
sch = [P("EINSATZBERICHTE", kicker),
       P("Scheunenbrand in Oberholz", h2),
       P("Am Abend des 9. August wurden die Ortswehren Oberholz und Lindenbrück zu einem Feuer auf einem "
         "Hof an der Dorfstraße alarmiert. Beim Eintreffen brannte eine Feldscheune mit rund 400 Strohballen "
         "bereits in voller Ausdehnung.", lead),
       Photo(42 * mm),
       P("Die Scheune war nicht zu retten; die Kräfte konzentrierten sich auf den Schutz des Wohnhauses. "
         "Foto: Freya Sørensen", cap),
       P("Einsatzleiter Jan-Hendrik Brodersen ließ sofort eine Riegelstellung zum angrenzenden Wohnhaus "
         "und zum Stall aufbauen, in dem noch 35 Rinder standen. Die Tiere konnten mit Hilfe des "
         "Landwirts und seiner Nachbarn ins Freie getrieben werden. „Wir hatten vielleicht zehn Minuten, "
         "bevor der Funkenflug den Stall erreicht hätte“, sagte Brodersen später. „Dass das geklappt hat, "
         "verdanken wir auch den Leuten aus dem Dorf, die einfach mit angepackt haben.“"),
       P("Die Wasserversorgung war die eigentliche Herausforderung. Der nächste Hydrant liegt 600 Meter "
         "entfernt, deshalb wurde eine lange Schlauchleitung verlegt und zusätzlich ein Pendelverkehr mit "
         "Tanklöschfahrzeugen aus Wendhausen und Borstelde eingerichtet. Insgesamt waren 74 Einsatzkräfte "
         "vor Ort."),
       P("Die Nachlöscharbeiten zogen sich bis in den Vormittag. Ein Bagger des Bauhofs zog das Stroh "
         "auseinander, damit die Glutnester abgelöscht werden konnten. Hofbesitzerin Margarete Kühnel "
         "bedankte sich noch an der Einsatzstelle: „Ohne euch stünde jetzt unser Haus nicht mehr.“ "
         "Die Brandursache ermittelt die Kriminalpolizei; ein technischer Defekt an einer Förderanlage gilt "
         "als wahrscheinlich."),
       P("Text: Sven Oltmanns", byline_r),
       Rule(width=0.5),
       P("Ölspur über sechs Kilometer", h3),
       P("Ein defekter Hydraulikschlauch an einem Traktor hinterließ am 3. März eine Ölspur von der "
         "Ortsmitte Kleinmoorbeck bis zum Gewerbegebiet. Die Kameradinnen und Kameraden streuten Bindemittel "
         "ab und sicherten die Gefahrenstellen, bis die Kehrmaschine der Straßenmeisterei eintraf. Ein "
         "Routineeinsatz, der dennoch vier Stunden dauerte."),
       P("Text: Chiara Benedetti", byline_r)]
flow(c, sch, fr2, must_finish=True)
c.showPage()

# ---------------------------------------------------------------- Seite 6: weitere Einsatzberichte
header(c, 6, "Einsatzgeschehen")
fr = cols(3, TOP)
e6 = [P("EINSATZBERICHTE", kicker),
      P("Schwerer Unfall auf der B 214", h2),
      P("Zwei Schwerverletzte, ein eingeklemmter Fahrer, Nebel: Der Einsatz am 18. November verlangte den "
        "Kräften alles ab.", lead),
      P("Gegen 6.40 Uhr stießen zwischen Lindenbrück und der Abzweigung Oberholz ein Kleintransporter und "
        "ein Pkw frontal zusammen. Der Fahrer des Transporters war in seinem Fahrzeug eingeklemmt. Noch "
        "während der Anfahrt forderte der Einsatzleiter den Rüstwagen aus Wendhausen nach."),
      P("Die Rettung gestaltete sich schwierig, weil sich die Fahrgastzelle stark verformt hatte. Mit "
        "Rettungsschere und Spreizer entfernten die Kräfte zunächst die Tür, dann das Dach. Nach 38 Minuten "
        "konnte der Mann patientengerecht an den Rettungsdienst übergeben werden. Der Notarzt lobte die "
        "ruhige Zusammenarbeit an der Einsatzstelle."),
      Photo(40 * mm),
      P("Technische Rettung im Morgennebel: Die Kräfte arbeiteten unter Flutlicht. "
        "Text und Foto: Dominik Krause-Lindqvist", cap),
      P("Die B 214 blieb für gut drei Stunden voll gesperrt. Für einige Kameraden war es der erste "
        "Einsatz dieser Art. Gruppenführerin Lena Vogelsang sagt dazu: „Wir haben diese Lage dutzendfach "
        "am Übungsplatz geprobt. Trotzdem ist es etwas anderes, wenn ein Mensch im Auto sitzt und dich "
        "anschaut.“ Nach dem Einsatz trafen sich alle Beteiligten zu einer Nachbesprechung im "
        "Gerätehaus."),
      Rule(width=0.5),
      P("Katze im Baum? Fast.", h3),
      P("Es gibt sie doch, die Einsätze aus dem Bilderbuch. Am 27. Mai meldete eine Anwohnerin im "
        "Lindenweg eine Katze, die seit zwei Tagen im Wipfel einer Pappel saß. Als die Drehleiter anrückte "
        "und ausgefahren wurde, kletterte das Tier seelenruhig allein herunter und verschwand im Garten. "
        "„Das macht sie jedes Mal so“, erklärte die Besitzerin entschuldigend. Die Kameraden nahmen es mit "
        "Humor – und nutzten die Gelegenheit für eine kleine Übung mit der Leiter."),
      P("– Oskar Pietrzak", byline_r),
      Rule(width=0.5),
      P("Gefahrgut im Industriegebiet", h3),
      P("Am 2. Oktober trat in einer Spedition Am Mühlbach aus einem beschädigten Kanister eine "
        "ätzende Flüssigkeit aus. Der Gefahrgutzug des Landkreises wurde nachalarmiert, unsere Kräfte "
        "sperrten den Bereich ab und stellten den Brandschutz sicher. Zwei Kameraden unter "
        "Chemikalienschutzanzügen dichteten das Leck ab. Verletzt wurde niemand."),
      P("Ein Lob gab es vom Fachberater Chemie, Dr. Rainer Osterkamp: Die Absperrung habe „vorbildlich“ "
        "funktioniert. Für die Zukunft soll der Gefahrgutzug bei Meldungen aus diesem Betrieb sofort "
        "mitalarmiert werden; der entsprechende Eintrag in der Alarm- und Ausrückeordnung ist bereits "
        "geändert."),
      P("Text: Chiara Benedetti", byline_r),
      Spacer(1, 4),
      box([P("Notruf 112 – richtig melden", boxh),
           P("<b>Wo</b> ist es passiert? <b>Was</b> ist passiert? <b>Wie viele</b> Verletzte? "
             "<b>Welche</b> Verletzungen? <b>Warten</b> auf Rückfragen!", boxst)]),
      ]
flow(c, e6, fr, must_finish=True)
c.showPage()

# ---------------------------------------------------------------- Seite 7-8: Jugendfeuerwehr
header(c, 7, "Jugendfeuerwehr")
y = place(c, [P("JUGENDFEUERWEHR", kicker),
              P("50 Jahre und kein bisschen leise", h1),
              P("Die Jugendfeuerwehr Lindenbrück feierte ihr Jubiläum mit einem Zeltlager, einem "
                "Berufsfeuerwehrtag und 27 Mitgliedern – so vielen wie lange nicht.", lead),
              P("Von Kübra Demir und Niklas Hartung", byline)], ML, TOP, CW)
jf = [Photo(45 * mm),
      P("Gruppenbild zum Jubiläum vor dem Gerätehaus. Foto: Jugendfeuerwehr Lindenbrück", cap),
      P("Als im Frühjahr 1975 eine Handvoll Jungen aus Lindenbrück die erste Jugendgruppe gründete, "
        "gab es weder Mädchen in der Feuerwehr noch eigene Uniformen für die Jugend. Fünfzig Jahre später "
        "sind fast die Hälfte unserer 27 Mitglieder Mädchen, und die Gruppe ist so bunt wie das Dorf "
        "selbst."),
      P("Gefeiert haben wir das Jubiläum am 21. Juni mit einem großen Fest auf dem Sportplatz. "
        "Gründungsmitglied Heinz-Werner Pagel, heute 64, erzählte von den Anfängen: „Wir hatten eine "
        "alte Tragkraftspritze und einen Schlauch, der an drei Stellen geflickt war. Aber wir waren "
        "stolz wie Oskar.“ Die heutige Jugend hörte gebannt zu, bevor sie selbst zeigte, wie ein "
        "Löschangriff im Jahr 2025 aussieht."),
      P("Höhepunkt des Jahres war der Berufsfeuerwehrtag im September. 24 Stunden lang lebten die "
        "Jugendlichen im Gerätehaus wie auf einer Wache: mit Schichtplan, gemeinsamem Kochen, "
        "Fahrzeugpflege und natürlich Einsätzen. Die Übungslagen hatten die Betreuer vorbereitet – vom "
        "brennenden Mülleimer bis zur vermissten Person im Wald."),
      ] + pullquote("„Um vier Uhr morgens ging der Piepser. Ich war so schnell in den Stiefeln wie noch nie.“",
                    "Emilia Nowak, 14 Jahre") + [
      P("Die vermisste Person war übrigens eine Puppe namens „Herbert“, die seit Jahren für solche "
        "Zwecke im Keller wohnt. Gefunden hat sie die Gruppe von Mehmet Aydın nach zwanzig Minuten in "
        "einem Holzstapel. Mehmet, 15, war danach nicht mehr zu bremsen: „Nächstes Jahr will ich "
        "Gruppenführer sein.“"),
      P("Im Juli fuhren wir mit 19 Jugendlichen und sechs Betreuern ins Kreiszeltlager nach "
        "Bad Fallingen. Das Lagermotto lautete „Feuer und Flamme für Europa“, und tatsächlich waren "
        "Gastgruppen aus Polen und den Niederlanden dabei. Beim Lagerwettkampf belegten wir den "
        "vierten Platz von 22 Mannschaften. Am letzten Abend sang das ganze Lager am Feuer "
        "„Über den Wolken“ – mit sehr unterschiedlicher Textsicherheit."),
      P("Auch die Ausbildung kam nicht zu kurz. Elf Jugendliche legten die Jugendflamme Stufe 1 ab, "
        "sechs die Stufe 2 und drei die Stufe 3. Zum ersten Mal haben wir zudem die Leistungsspange "
        "erworben, das höchste Abzeichen der Deutschen Jugendfeuerwehr. Die Prüfung umfasst neben "
        "einem Löschangriff auch Kugelstoßen, einen Staffellauf und Fragen zur Gesellschaftskunde."),
      ]
rest = flow(c, jf, cols(3, y - 2 * mm))
c.showPage()

header(c, 8, "Jugendfeuerwehr")
fr = cols(3, TOP)
jf2 = rest + [
      P("Besonders freut uns, dass vier Mitglieder in diesem Jahr in die Einsatzabteilung übergetreten "
        "sind. Eine von ihnen ist Sophie Brandt, die mit zehn Jahren in der Kinderfeuerwehr angefangen "
        "hat. Sie sagt: „Ich kenne das Gerätehaus besser als mein eigenes Kinderzimmer.“"),
      P("Unser Dank gilt allen Betreuerinnen und Betreuern, die jede Woche ihre Freizeit opfern, "
        "und den Eltern, die fahren, backen und Zelte schleppen. Wer zwischen zehn und sechzehn Jahre "
        "alt ist: Wir treffen uns dienstags um 18 Uhr im Gerätehaus. Schnuppern ist jederzeit möglich!"),
      P("<i>Kübra Demir ist Gemeindejugendfeuerwehrwartin, Niklas Hartung ihr Stellvertreter.</i>", small),
      ]
rest = flow(c, jf2, fr[:1], must_finish=True)
kf = [P("KINDERFEUERWEHR", kicker),
      P("Die „Löschzwerge“ werden fünf", h2),
      Photo(38 * mm),
      P("Beim Spritzenspiel im Garten des Kindergartens „Sonnenblume“. Foto: Freya Sørensen", cap),
      P("Liebe Löschzwerge, liebe Eltern,"),
      P("was für ein Jahr! Im Februar haben wir uns mit dem Thema Rauchmelder beschäftigt und "
        "herausgefunden, dass in fast jedem Haushalt mindestens ein Gerät eine neue Batterie brauchte. "
        "Im Frühling haben wir den Notruf geübt – mit einem echten Telefon und einer echten Leitstelle, "
        "die uns für eine halbe Stunde ein Ohr geliehen hat."),
      P("Im Sommer gab es unser großes Sommerfest mit Wasserspielen, und im Herbst haben wir Laternen "
        "gebastelt und beim Martinsumzug die Straße mit abgesichert. Ganz stolz waren alle, als sie danach "
        "ihre eigene Urkunde bekommen haben."),
      P("Besonders schön fand ich, was Ben (7) nach unserem Besuch in der Rettungswache sagte: „Wenn ich "
        "groß bin, werde ich Feuerwehr und Krankenwagen gleichzeitig.“ Wir arbeiten daran, Ben!"),
      P("Zur Zeit sind wir 18 Kinder zwischen sechs und zehn Jahren. Wir treffen uns jeden zweiten Samstag "
        "von 10 bis 12 Uhr. Die Warteliste ist leider lang; wir suchen deshalb dringend weitere "
        "Betreuerinnen und Betreuer."),
      Spacer(1, 3),
      P("Eure", sign),
      P("<b>Anke Mollenhauer</b>", sign),
      P("Kinderfeuerwehrwartin", sign)]
flow(c, kf, fr[1:], must_finish=True)
c.showPage()

# ---------------------------------------------------------------- Seite 9: Ausbildung + Interview
header(c, 9, "Ausbildung")
fr = cols(2, TOP, gap=8 * mm)
ab = [P("AUSBILDUNG", kicker),
      P("Üben, üben, üben", h2),
      P("1.260 Stunden Ausbildung, 43 bestandene Lehrgänge und eine neue Atemschutzstrecke: "
        "Der Übungsdienst 2025 in Zahlen und Geschichten.", lead),
      P("Von Rolf Ebbinghaus, Gemeindeausbildungsleiter", byline),
      P("Jede Einsatzkraft braucht mindestens vierzig Stunden Ausbildung im Jahr, um einsatzfähig zu "
        "bleiben. Dieses Ziel haben 2025 erfreulicherweise 88 Prozent unserer aktiven Mitglieder erreicht. "
        "Neben den wöchentlichen Übungsabenden setzten wir in diesem Jahr vor allem auf "
        "Schwerpunktausbildungen an Samstagen."),
      P("Ein großer Gewinn ist die neue Atemschutzübungsstrecke im Feuerwehrtechnischen Zentrum des "
        "Landkreises. Dort können unsere Trupps unter realistischen Bedingungen mit Hitze, Rauch und "
        "Dunkelheit trainieren. Elf Kameradinnen und Kameraden haben in diesem Jahr den Lehrgang "
        "Atemschutzgeräteträger abgeschlossen."),
      P("Auf Kreisebene wurden unter anderem die Lehrgänge Truppführer, Maschinist, Sprechfunker und "
        "Technische Hilfeleistung besucht. An der Landesfeuerwehrschule bestanden zwei Kameraden den "
        "Gruppenführerlehrgang und eine Kameradin den Zugführerlehrgang. Das Handbuch „Einsatzleitung im "
        "ländlichen Raum“ haben wir für alle Führungskräfte angeschafft."),
      P("Die große Herbstübung fand am 11. Oktober am alten Kornspeicher statt. Angenommen war ein "
        "Brand im Dachgeschoss mit mehreren vermissten Personen. Beobachterin war Kreisausbilderin "
        "Małgorzata Lis, die in der Abschlussbesprechung feststellte: „Die Menschenrettung lief "
        "strukturiert. Bei der Wasserversorgung habt ihr noch Luft nach oben.“ Genau das nehmen wir "
        "uns für 2026 vor."),
      P("Mein Dank gilt allen Ausbilderinnen und Ausbildern, die Abend für Abend Übungen vorbereiten, "
        "und allen, die trotz Beruf und Familie regelmäßig kommen."),
      ]
flow(c, ab, fr[:1], must_finish=True)
iv = [box([P("IM GESPRÄCH", kicker),
           P("Drei Fragen an den neuen Gerätewart", h2),
           Photo(34 * mm),
           P("Giuseppe Ferrante in der Schlauchwerkstatt. Foto: Freya Sørensen", cap),
           P("Seit März kümmert sich Giuseppe Ferrante, 41, hauptberuflich Kfz-Mechatroniker, um "
             "Fahrzeuge und Geräte der Gemeindefeuerwehr. Das Gespräch führte Ingrid Paulsen.", boxst),
           P("<b>Frage:</b> Herr Ferrante, was macht ein Gerätewart eigentlich den ganzen Tag?", boxst),
           P("<b>Antwort:</b> Vor allem prüfen. Jede Leiter, jeder Schlauch, jedes Atemschutzgerät hat "
             "Prüffristen, und alles muss dokumentiert werden. Dazu kommen kleinere Reparaturen und die "
             "Pflege der Fahrzeuge. Nach einem großen Einsatz sind es schnell dreißig Schläuche, die "
             "gewaschen, geprüft und getrocknet werden müssen.", boxst),
           P("<b>Frage:</b> Sie kommen ursprünglich aus Kalabrien. Wie sind Sie zur Feuerwehr gekommen?",
             boxst),
           P("<b>Antwort:</b> Über meine Tochter. Sie war in der Jugendfeuerwehr, und irgendwann habe ich "
             "gefragt, ob ich helfen kann, wenn die Pumpe wieder streikt. Meine Frau sagt, ich wohne "
             "inzwischen mehr im Gerätehaus als zu Hause. Da ist etwas dran.", boxst),
           P("<b>Frage:</b> Was wünschen Sie sich für 2026?", boxst),
           P("<b>Antwort:</b> Eine Schlauchwaschanlage, die nicht älter ist als ich. Und dass alle ihre "
             "Geräte so zurückbringen, wie sie sie gern vorfinden würden.", boxst),
           ], bg=colors.HexColor("#f4f4f4"))]
flow(c, iv, fr[1:], must_finish=True)
c.showPage()

# ---------------------------------------------------------------- Seite 10-11: Porträt
header(c, 10, "Porträt")
y = place(c, [P("PORTRÄT", kicker),
              P("„Man lässt niemanden allein“", h1),
              P("PETRA LANGKAMP", caps),
              P("Seit 46 Jahren ist Hannelore Fitzek Mitglied der Ortswehr Kleinmoorbeck. Sie war die "
                "erste Frau im Atemschutz im ganzen Landkreis – und denkt noch lange nicht ans Aufhören.",
                lead)], ML, TOP, CW)
pt = [Photo(56 * mm),
      P("Hannelore Fitzek in der Fahrzeughalle in Kleinmoorbeck, wo sie seit 1979 ihren Spind hat.", cap),
      P("Wer Hannelore Fitzek besuchen will, sollte nicht vor dem Frühstück kommen. Um halb sieben "
        "füttert sie die Hühner, um sieben liest sie die Zeitung, und danach, sagt sie, „ist die Welt "
        "bereit für mich“. Die 68-Jährige wohnt seit ihrer Geburt in Kleinmoorbeck, in einem "
        "Fachwerkhaus, das schon ihrem Großvater gehörte. Er war, natürlich, ebenfalls in der "
        "Feuerwehr."),
      P("Eingetreten ist sie 1979, als Frauen in der Einsatzabteilung noch die Ausnahme waren. "
        "„Der damalige Ortsbrandmeister hat mich angeschaut, als hätte ich gefragt, ob ich den Papst "
        "vertreten darf“, erinnert sie sich und lacht. „Aber es gab kein Gesetz, das es verboten hat. "
        "Also hat er mich genommen.“"),
      P("Leicht war es nicht. Die Schutzkleidung gab es nur in Herrengrößen, die Stiefel waren ihr zwei "
        "Nummern zu groß, und bei manchem Kameraden brauchte es Jahre, bis er sie ernst nahm. 1984 legte "
        "sie als erste Frau im Landkreis Wendhausen die Prüfung zur Atemschutzgeräteträgerin ab. Die "
        "Lokalzeitung schrieb damals von einem „Novum“, was sie bis heute amüsiert."),
      P("Über die Jahrzehnte hat sie fast alles gemacht, was man in einer Ortswehr machen kann: "
        "Maschinistin, Gruppenführerin, Kassenwartin, Jugendwartin. Fünfzehn Jahre lang leitete sie die "
        "Jugendgruppe in Kleinmoorbeck, aus der mehrere heutige Führungskräfte hervorgegangen sind."),
      ] + pullquote("„Man lernt in der Feuerwehr vor allem eines: Man lässt niemanden allein. "
                    "Nicht im Einsatz und nicht danach.“", "Hannelore Fitzek, Oberlöschmeisterin") + [
      P("An viele Einsätze erinnert sie sich genau. An das Hochwasser 2002, als sie drei Tage lang "
        "Sandsäcke schleppte. An den Brand in der Schreinerei Lindemann, bei dem sie als Truppführerin "
        "einen bewusstlosen Mann aus dem Obergeschoss holte. Und an Einsätze, über die sie nicht sprechen "
        "möchte. „Die trägt man mit sich“, sagt sie nur. „Das gehört dazu.“"),
      P("Mit 60 hat sie den Atemschutz abgegeben, aus dem Einsatzdienst ist sie deshalb aber nicht "
        "ausgeschieden. Sie fährt weiterhin das Löschfahrzeug, übernimmt die Verpflegung bei längeren "
        "Einsätzen und organisiert seit Jahren den Seniorennachmittag der Altersabteilung."),
      ]
rest = flow(c, pt, cols(3, y - 2 * mm))
c.showPage()

header(c, 11, "Porträt · Förderverein")
fr = cols(3, TOP)
pt2 = rest + [
      P("Die Feuerwehr ist bei den Fitzeks Familiensache. Ihr Sohn ist Gruppenführer in Lindenbrück, "
        "ihr Enkel Jannik gerade in die Jugendfeuerwehr eingetreten. Er hat beim Berufsfeuerwehrtag "
        "seine erste Nacht im Gerätehaus verbracht. „Oma hat mir vorher gesagt, ich soll die Stiefel "
        "neben das Bett stellen“, erzählt Jannik Fitzek. „Das war der beste Tipp von allen.“"),
      P("Gemeindewehrführer Thorsten Hagedorn nennt sie „das Gedächtnis der Wehr“. Wer wissen will, "
        "warum eine Tür im Gerätehaus klemmt oder wer 1991 beim Kreisentscheid den Schlauch verdreht hat, "
        "fragt Hannelore. Sie weiß es, und sie erzählt es gern, meist mit einem Stück Butterkuchen dazu."),
      P("Ans Aufhören denkt sie nicht. Die Altersgrenze für den Einsatzdienst liegt bei 67 Jahren, "
        "doch als Helferin in der Verpflegung und in der Öffentlichkeitsarbeit will sie weitermachen, "
        "„solange die Knie mitspielen“. Und wenn jemand fragt, warum sie sich das nach 46 Jahren noch "
        "antut, hat sie eine einfache Antwort: „Weil es mein Dorf ist.“"),
      Spacer(1, 4),
      Photo(34 * mm),
      P("Ehrung beim Kreisfeuerwehrtag 2019: Hannelore Fitzek erhält das Ehrenkreuz in Gold.", cap),
      ]
flow(c, pt2, fr[:1], must_finish=True)
fv = [P("AUS DEM FÖRDERVEREIN", kicker),
      P("Ein neues Funkgerät und viel Kuchen", h2),
      P("Der Förderverein der Freiwilligen Feuerwehr Lindenbrück zählt inzwischen 312 Mitglieder. "
        "Mit ihren Beiträgen und Spenden konnten wir 2025 wieder einiges bewegen, was im Haushalt der "
        "Gemeinde nicht vorgesehen ist."),
      P("Für die Ortswehr Kleinmoorbeck haben wir ein digitales Funkgerät für den "
        "Mannschaftstransportwagen finanziert. Die Jugendfeuerwehr erhielt einen Zuschuss für das "
        "Zeltlager und neue Trainingsanzüge. Außerdem haben wir die Kosten für die Jubiläumsfeier zum "
        "50. Geburtstag der Jugendfeuerwehr übernommen."),
      P("Unser Adventsmarkt am Feuerwehrhaus war mit mehr als 800 Besucherinnen und Besuchern so gut "
        "besucht wie nie. Die Tombola brachte allein 2.340 Euro ein. Ein besonderer Dank geht an die "
        "Bäckerei Grünewald, die uns wie jedes Jahr den Butterkuchen gespendet hat, und an den "
        "Posaunenchor, der „Tochter Zion“ so schön gespielt hat, dass sogar die Glühweinschlange "
        "kurz stillstand."),
      P("Schatzmeisterin Aoife Brennan hat zur Jahresversammlung eine solide Kasse vorgelegt. Für 2026 "
        "planen wir die Anschaffung einer Wärmebildkamera für die Ortswehr Oberholz. Wer Mitglied werden "
        "möchte, findet den Aufnahmeantrag auf unserer Internetseite; der Jahresbeitrag beträgt "
        "24 Euro."),
      Spacer(1, 3),
      P("Bernd Schoppmeier", sign),
      P("1. Vorsitzender des Fördervereins", sign),
      Spacer(1, 8),
      box([P("Spendenkonto", boxh),
           P("Förderverein der Freiwilligen Feuerwehr Lindenbrück e. V.<br/>"
             "Sparkasse Wendhausen<br/>IBAN DE00 0000 0000 0000 0000 00<br/>"
             "Spendenquittungen stellen wir gern aus.", boxst)])]
flow(c, fv, fr[1:], must_finish=True)
c.showPage()

# ---------------------------------------------------------------- Seite 12: Ehrungen, Bildnachweis, Impressum
header(c, 12, "Ehrungen · Impressum")
fr = cols(3, TOP)
eh = [P("EHRUNGEN UND BEFÖRDERUNGEN", kicker),
      P("Dank für lange Treue", h2),
      P("Auf der Jahreshauptversammlung im Januar wurden folgende Kameradinnen und Kameraden geehrt "
        "oder befördert:"),
      P("<b>Ehrenzeichen für 40 Jahre</b>", small),
      P("Hauptlöschmeister Wolfgang Retzlaff, Oberlöschmeister Bernhard Timmermann", small),
      P("<b>Ehrenzeichen für 25 Jahre</b>", small),
      P("Brandmeisterin Claudia Hoppenstedt, Oberfeuerwehrmann Kemal Özdemir, "
        "Hauptfeuerwehrmann Piet Janssen", small),
      P("<b>Beförderung zur Oberfeuerwehrfrau / zum Oberfeuerwehrmann</b>", small),
      P("Lea-Marie Köster, Tobias Strzelecki, Finn Albrecht", small),
      P("<b>Beförderung zum Löschmeister</b>", small),
      P("Sven Oltmanns, Dominik Krause-Lindqvist", small),
      P("<b>Ernennung</b>", small),
      P("Giuseppe Ferrante zum Gemeindegerätewart", small),
      Spacer(1, 6),
      P("Wir gratulieren allen Geehrten und danken ihnen für ihren Dienst. Unsere verstorbenen "
        "Kameraden Erich Baumgärtner und Hans-Dieter Wollny bleiben uns in ehrender Erinnerung."),
      ]
flow(c, eh, fr[:1], must_finish=True)
bn = [P("BILDNACHWEIS", kicker),
      P("Titelseite, Seite 5 (links) und 12: Jonas Brettschneider<br/>"
        "Seite 2: Gemeinde Lindenbrück<br/>"
        "Seite 3 (unten), 5, 8, 9: Freya Sørensen<br/>"
        "Seite 6: Dominik Krause-Lindqvist<br/>"
        "Seite 7: Jugendfeuerwehr Lindenbrück<br/>"
        "Seite 10 und 11: Petra Langkamp<br/>"
        "Grafik Seite 4: Tobias Wendland", small),
      Spacer(1, 6),
      Photo(40 * mm),
      P("Die Einsatzabteilung beim Leistungsvergleich im September. Foto: Jonas Brettschneider", cap),
      ]
flow(c, bn, fr[1:2], must_finish=True)
imp = [box([P("IMPRESSUM", boxh),
            P("<b>Herausgeber</b><br/>Freiwillige Feuerwehr der Gemeinde Lindenbrück<br/>"
              "Feuerwehrstraße 3, 31999 Lindenbrück", boxst),
            P("<b>V.i.S.d.P.:</b> Thorsten Hagedorn, Gemeindewehrführer", boxst),
            P("<b>Redaktion:</b> Ingrid Paulsen, Lukas Yılmaz und Petra Langkamp", boxst),
            P("<b>Schlussredaktion:</b> Renate Szymański", boxst),
            P("<b>Satz und Druck:</b> Druckerei Wendt &amp; Söhne, Wendhausen", boxst),
            P("<b>Auflage:</b> 1.800 Exemplare, kostenlos an alle Haushalte", boxst),
            P("Namentlich gekennzeichnete Beiträge geben die Meinung der Verfasser wieder. "
              "Redaktionsschluss für den Jahresbericht 2026 ist der 15. November 2026.", boxst),
            P("Kontakt: redaktion@feuerwehr-lindenbrueck.de", boxst)],
           bg=colors.HexColor("#f4f4f4"))]
flow(c, imp, fr[2:], must_finish=True)
c.showPage()
c.save()
print("wrote", OUT)
