#!/usr/bin/env python3
"""Erzeugt den fiktiven Gemeindebrief 'Die Brücke', Ausgabe 1/2026 (März bis Mai),
der Ev.-luth. Kirchengemeinde St. Markus Lindenhain.

Alle Personen, Orte und Einrichtungen sind erfunden.  Deterministisch: keine Uhrzeit, kein Zufall.
Ausgabe: gemeindebrief-2026-de.pdf neben diesem Skript.
"""
import os

from reportlab.lib.colors import Color, HexColor, black, white
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Frame, Paragraph, Spacer

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "gemeindebrief-2026-de.pdf")
FONTDIR = "/usr/share/fonts/truetype/dejavu/"
for name, fn in [("Sans", "DejaVuSans.ttf"), ("Sans-Bold", "DejaVuSans-Bold.ttf"),
                 ("Sans-Oblique", "DejaVuSans-Oblique.ttf"),
                 ("SansC", "DejaVuSansCondensed.ttf"), ("SansC-Bold", "DejaVuSansCondensed-Bold.ttf"),
                 ("SansC-Oblique", "DejaVuSansCondensed-Oblique.ttf"),
                 ("Serif", "DejaVuSerifCondensed.ttf"), ("Serif-Bold", "DejaVuSerifCondensed-Bold.ttf"),
                 ("Serif-Italic", "DejaVuSerifCondensed-Italic.ttf"),
                 ("Serif-BoldItalic", "DejaVuSerifCondensed-BoldItalic.ttf")]:
    pdfmetrics.registerFont(TTFont(name, FONTDIR + fn))
pdfmetrics.registerFontFamily("Serif", normal="Serif", bold="Serif-Bold", italic="Serif-Italic",
                              boldItalic="Serif-BoldItalic")
pdfmetrics.registerFontFamily("Sans", normal="Sans", bold="Sans-Bold", italic="Sans-Oblique",
                              boldItalic="Sans-Bold")
pdfmetrics.registerFontFamily("SansC", normal="SansC", bold="SansC-Bold", italic="SansC-Oblique",
                              boldItalic="SansC-Bold")

W, H = A5
MI = 30   # inner margin
MO = 30   # outer margin
CW = W - MI - MO
GAP = 12
COLW = (CW - GAP) / 2
TOP = H - 52
BOT = 44
BLUE = HexColor("#2b4c7e")
GOLD = HexColor("#c8962e")
GREY = Color(0.78, 0.78, 0.78)
DARK = Color(0.3, 0.3, 0.3)
LIGHT = Color(0.93, 0.94, 0.97)

# ---------------------------------------------------------------- Stile
body = ParagraphStyle("body", fontName="Serif", fontSize=8.7, leading=11.6, alignment=TA_LEFT,
                      spaceAfter=3.5)
body_i = ParagraphStyle("body_i", parent=body, fontName="Serif-Italic")
lead = ParagraphStyle("lead", fontName="Sans-Bold", fontSize=8.6, leading=11.6, spaceAfter=6,
                      textColor=DARK)
head_big = ParagraphStyle("head_big", fontName="Sans-Bold", fontSize=17, leading=20, textColor=BLUE)
head_mid = ParagraphStyle("head_mid", fontName="Sans-Bold", fontSize=13, leading=15.5,
                          textColor=BLUE, spaceAfter=3)
head_small = ParagraphStyle("head_small", fontName="Sans-Bold", fontSize=10, leading=12.5,
                            textColor=BLUE, spaceBefore=6, spaceAfter=3)
kicker = ParagraphStyle("kicker", fontName="Sans-Bold", fontSize=7, leading=9, textColor=GOLD)
byline = ParagraphStyle("byline", fontName="Sans-Oblique", fontSize=7.6, leading=10, spaceAfter=5)
credit = ParagraphStyle("credit", fontName="SansC-Oblique", fontSize=7.3, leading=9.5,
                        spaceBefore=3, spaceAfter=6)
caption = ParagraphStyle("caption", fontName="SansC-Oblique", fontSize=6.8, leading=8.6,
                         textColor=DARK)
cont = ParagraphStyle("cont", fontName="Sans-Bold", fontSize=7.4, leading=10, alignment=TA_RIGHT,
                      textColor=GOLD, spaceBefore=4)
cont_from = ParagraphStyle("cont_from", fontName="Sans-Oblique", fontSize=7.2, leading=9.5,
                           textColor=GOLD, spaceAfter=2)
sig = ParagraphStyle("sig", fontName="Serif-Italic", fontSize=9.2, leading=12, spaceBefore=5)
turn = ParagraphStyle("turn", parent=body)
small = ParagraphStyle("small", fontName="SansC", fontSize=7.4, leading=9.6, spaceAfter=2)
small_b = ParagraphStyle("small_b", parent=small, fontName="SansC-Bold")
termin = ParagraphStyle("termin", fontName="SansC", fontSize=7.5, leading=9.6, leftIndent=52,
                        firstLineIndent=-52, spaceAfter=2.5)
termin_h = ParagraphStyle("termin_h", fontName="Sans-Bold", fontSize=9, leading=11,
                          textColor=BLUE, spaceBefore=5, spaceAfter=3)
imp = ParagraphStyle("imp", fontName="SansC", fontSize=7.6, leading=10.2, spaceAfter=3)
quote_big = ParagraphStyle("quote_big", fontName="Serif-Italic", fontSize=12, leading=15,
                           textColor=BLUE, alignment=TA_CENTER)
quote_ref = ParagraphStyle("quote_ref", fontName="Sans", fontSize=7.2, leading=9,
                           alignment=TA_CENTER, textColor=DARK)


def P(t):
    return Paragraph(t, body)


def HS(t):
    return Paragraph(t, head_small)


# ---------------------------------------------------------------- Satz-Maschine
OPEN_Q, CLOSE_Q = "\u201e", "\u201c"


def frag_text(p):
    return " ".join(" ".join(getattr(f, "words", None) or [getattr(f, "text", "")])
                    for f in p.frags)


def split_outside_quote(f, fr, parts):
    """Zitate sollen nie über einen Seitenumbruch laufen."""
    def unbalanced(p):
        t = frag_text(p)
        return t.count(OPEN_Q) != t.count(CLOSE_Q)

    h = fr._y - fr._y1p - f.getSpaceBefore()
    while len(parts) >= 2 and unbalanced(parts[0]) and h > 0:
        h -= f.style.leading
        parts = f.split(fr._aW, h) if h > 0 else []
    return parts


class Flow:
    def __init__(self, name, items):
        self.name = name
        self.items = list(items)
        self.pages = []

    def fill(self, c, page, frames):
        for k, fr in enumerate(frames):
            while self.items:
                f = self.items[0]
                if fr.add(f, c, trySplit=0):
                    self.items.pop(0)
                    self._mark(page)
                    continue
                parts = fr.split(f, c)
                if k == len(frames) - 1 and len(parts) >= 2:
                    parts = split_outside_quote(f, fr, parts)
                if len(parts) >= 2 and fr.add(parts[0], c, trySplit=0):
                    self.items[0:1] = parts[1:]
                    self._mark(page)
                break
            if not self.items:
                print(f"  [{self.name}] endet auf S. {page}, Rest {fr._y - fr._y1p:.0f}pt")
                return

    def _mark(self, page):
        if page not in self.pages:
            self.pages.append(page)


def frame(x, y_top, w, y_bot):
    return Frame(x, y_bot, w, y_top - y_bot, leftPadding=0, rightPadding=0, topPadding=0,
                 bottomPadding=0, showBoundary=0)


def left_x(n):
    # ungerade Seiten: rechte Seiten (Innenrand links), gerade: linke Seiten
    return MI if n % 2 == 1 else MO


def colx(n, i):
    return left_x(n) + i * (COLW + GAP)


def draw_para(c, text, style, x, y_top, w):
    p = Paragraph(text, style)
    _, h = p.wrap(w, 2000)
    p.drawOn(c, x, y_top - h)
    return h


def photo(c, x, y_top, w, h, cap=None):
    c.setFillColor(GREY)
    c.rect(x, y_top - h, w, h, fill=1, stroke=0)
    c.setFillColor(black)
    y = y_top - h
    if cap:
        y -= 3 + draw_para(c, cap, caption, x, y - 3, w)
    return y - 8


def page_frame(c, n, head=None):
    """Kopfzeile (Rubrik oder nur Name des Gemeindebriefs) und Seitenzahl unten außen."""
    x0 = left_x(n)
    c.setStrokeColor(GOLD)
    c.setLineWidth(0.8)
    c.line(x0, H - 34, x0 + CW, H - 34)
    c.setFont("Sans-Bold", 7.5)
    c.setFillColor(BLUE)
    if head:
        if n % 2 == 0:
            c.drawString(x0, H - 30, head)
            c.setFont("Sans", 6.8)
            c.setFillColor(DARK)
            c.drawRightString(x0 + CW, H - 30, "Die Brücke 1/2026")
        else:
            c.drawRightString(x0 + CW, H - 30, head)
            c.setFont("Sans", 6.8)
            c.setFillColor(DARK)
            c.drawString(x0, H - 30, "Die Brücke 1/2026")
    else:
        c.setFont("Sans", 6.8)
        c.setFillColor(DARK)
        if n % 2 == 0:
            c.drawString(x0, H - 30, "Die Brücke · Gemeindebrief St. Markus Lindenhain")
        else:
            c.drawRightString(x0 + CW, H - 30, "Die Brücke · Gemeindebrief St. Markus Lindenhain")
    c.setFillColor(BLUE)
    c.setFont("Sans-Bold", 9)
    if n % 2 == 0:
        c.drawString(x0, 24, str(n))
    else:
        c.drawRightString(x0 + CW, 24, str(n))
    c.setFillColor(black)


# ================================================================ INHALT
# ---------------------------------------------------------------- Angedacht (S. 2)
angedacht = [
    Paragraph("Liebe Leserinnen und Leser,", body),
    P("in der Jackentasche meiner Großmutter steckte im Frühjahr immer ein kleines Papiertütchen. "
      "Darin: Ringelblumensamen, Kapuzinerkresse, manchmal ein paar Bohnen. Wo auch immer sie ein "
      "Stück nackte Erde sah – am Zaun der Kirche, am Rand des Friedhofs, im Kübel vor dem "
      "Bäckerladen –, drückte sie ein paar Körner hinein. „Wer Samen in der Tasche hat, hat Hoffnung "
      "in der Hand“, hat sie gesagt, wenn ich sie dabei ertappte."),
    P("An sie muss ich denken, wenn ich in diesen Wochen über unser Gemeindegelände gehe. Noch ist "
      "vieles grau. Die Orgel ist verstummt und wartet auf ihre Sanierung, im Gemeindehaus stapeln "
      "sich Kartons für den neuen Jugendraum, und manche von uns tragen Sorgen durch den Winter, "
      "die nicht so schnell auftauen."),
    P("„Wenn das Weizenkorn nicht in die Erde fällt und stirbt, bleibt es allein; wenn es aber "
      "stirbt, bringt es viel Frucht“, sagt Jesus im Johannesevangelium. Das ist kein bequemer "
      "Satz. Er erzählt davon, dass etwas vergehen muss, damit Neues wachsen kann. In der "
      "Passionszeit gehen wir diesen Weg mit: durch das Dunkel des Karfreitags hindurch auf den "
      "Ostermorgen zu."),
    P("Ostern ist kein Schalter, der umgelegt wird. Es ist eher wie ein Samenkorn, das im Dunkeln "
      "keimt, lange bevor man etwas sieht. Am Ende der Bibel steht die große Verheißung: „Siehe, "
      "ich mache alles neu!“ (Offenbarung 21,5). Alles – nicht nur das, was wir selbst für "
      "reparabel halten."),
    P("Ich wünsche Ihnen in diesem Frühjahr offene Augen für das, was unter der Oberfläche wächst. "
      "Und vielleicht ein Tütchen Samen in der Jackentasche. Wenn wir am Ostermorgen um sechs Uhr "
      "am Osterfeuer „Christ ist erstanden“ singen, dann singen wir gegen alles Graue an. Und die "
      "Ringelblumen am Kirchzaun singen irgendwann mit."),
    Paragraph("Ihre", sig),
    Paragraph("Pfarrerin Dorothea Kranz", ParagraphStyle("sig2", parent=sig, spaceBefore=0)),
]

# ---------------------------------------------------------------- Orgel (S. 3, Fortsetzung S. 8)
orgel_1 = [
    Paragraph("Von Klaus-Peter Wendland", byline),
    P("Wer in den vergangenen Wochen den Gottesdienst in St. Markus besucht hat, wird es bemerkt "
      "haben: Die Lieder begleitet derzeit ein E-Piano, das etwas verloren vor dem Altar steht. "
      "Unsere Orgel auf der Westempore schweigt. Bei der Wartung im Dezember stellte der Orgelbauer "
      "fest, dass sich der Holzwurm in den Windladen eingenistet hat und die Lederbälge rissig "
      "geworden sind. Einige Pfeifen klangen schon länger nicht mehr sauber, im Advent versagte "
      "dann mitten in „Macht hoch die Tür“ ein ganzes Register."),
    P("Die Orgel wurde 1894 von dem Celler Orgelbauer Hermann Lühmann gebaut und gehört zu den "
      "wenigen weitgehend erhaltenen Instrumenten ihrer Art im Kirchenkreis. Sie hat zwei Manuale, "
      "Pedal und 18 Register. Zwei Weltkriege hat sie überstanden – im Ersten Weltkrieg mussten "
      "allerdings die Prospektpfeifen aus Zinn abgeliefert werden; sie wurden 1925 durch "
      "Zinkpfeifen ersetzt."),
    P("„Man hört der Orgel ihr Alter an, aber sie hat eine wunderbar warme Stimme“, sagt Mirela "
      "Popescu, die seit elf Jahren Organistin in unserer Gemeinde ist. „Es wäre ein Jammer, wenn "
      "wir sie verstummen ließen.“"),
    P("Gemeinsam mit dem Orgelsachverständigen der Landeskirche hat der Kirchenvorstand inzwischen "
      "ein Gutachten eingeholt. Das Ergebnis: Eine gründliche Sanierung ist nötig, ein Neubau aber "
      "nicht. Die Windladen müssen ausgebaut und behandelt, die Bälge neu beledert und sämtliche "
      "Pfeifen gereinigt und nachintoniert werden. Die Kosten werden auf rund 148.000 Euro "
      "geschätzt."),
    Paragraph("Fortsetzung auf Seite 8 ›", cont),
]

orgel_2 = [
    Paragraph("‹ Fortsetzung von Seite 3", cont_from),
    Paragraph("Die Orgel braucht Hilfe", head_mid),
    P("Etwa die Hälfte der Summe trägt die Landeskirche, weitere Zuschüsse haben die Klosterkammer "
      "und eine Stiftung der Sparkasse in Aussicht gestellt. Rund 35.000 Euro muss die Gemeinde "
      "selbst aufbringen. Der Kirchenvorstand hat deshalb beschlossen, einen Orgelförderverein zu "
      "gründen; die Gründungsversammlung ist am 22. April um 19.30 Uhr im Gemeindehaus."),
    P("Wenn alles nach Plan läuft, wird die Orgel im Herbst abgebaut und in der Werkstatt "
      "überholt. Die Wiedereinweihung ist für den Advent 2027 geplant. Bis dahin begleiten "
      "E-Piano, Posaunenchor und bei besonderen Anlässen eine Leihorgel aus der Nachbargemeinde "
      "unsere Gottesdienste."),
    P("Ideen für Spendenaktionen gibt es schon viele. Die Konfirmandinnen und Konfirmanden wollen "
      "Pfeifenpatenschaften anbieten: Für 50 Euro kann man symbolisch eine Pfeife „adoptieren“. "
      "Der Seniorenkreis backt für den Ostermarkt. Und Mirela Popescu plant mit Gastmusikern eine "
      "Benefizreihe unter dem Motto „Wir geben den Ton an“."),
    P("Orgelbauer Tobias Weinreich, dessen Werkstatt die Arbeiten übernehmen soll, ist "
      "zuversichtlich. Er sagt: „Das Instrument ist im Kern gesund. Wenn wir jetzt handeln, spielt "
      "es noch weitere hundert Jahre.“"),
    Paragraph("<b>Spendenkonto:</b> Ev.-luth. Kirchengemeinde St. Markus, IBAN DE00 2505 0000 0018 "
              "9400 00, Stichwort „Orgel“. Auf Wunsch stellen wir eine Spendenbescheinigung aus.",
              ParagraphStyle("spk", parent=small, backColor=LIGHT, borderPadding=5, spaceBefore=6,
                             spaceAfter=8)),
]

# ---------------------------------------------------------------- Neujahrsempfang (S. 8)
empfang = [
    Paragraph("RÜCKBLICK", kicker),
    Paragraph("Viele Hände, ein Netz", head_mid),
    Paragraph("Von Anneliese Rautenberg", byline),
    P("Rund 120 Gäste kamen am 11. Januar zum Neujahrsempfang ins Gemeindehaus. Pfarrerin Kranz "
      "dankte den gut 150 Ehrenamtlichen der Gemeinde, ohne die „hier kein Licht brennen und kein "
      "Kaffee kochen würde“."),
    P("Bürgermeisterin Sabine Osterkamp lobte in ihrem Grußwort die Zusammenarbeit mit der "
      "Kirchengemeinde, etwa bei der Tafel und im neuen Quartier Lindenhain-Nord. „Die Kirche ist "
      "in unserer Stadt oft der Ort, an dem sich Menschen begegnen, die sich sonst nie treffen "
      "würden“, sagte sie."),
    P("Für 25 Jahre Dienst als Küster wurde Wilfried Janssen geehrt, der nach eigener Rechnung "
      "in dieser Zeit rund 1.300 Gottesdienste vorbereitet und etwa 40.000 Gesangbücher "
      "eingesammelt hat. Zum Abschluss sangen alle gemeinsam „Von guten Mächten wunderbar "
      "geborgen“."),
]

# ---------------------------------------------------------------- Konfis (S. 4)
konfis = [
    P("Mitte Februar machten sich 23 Konfirmandinnen und Konfirmanden mit fünf Teamern, Pfarrerin "
      "Kranz und unserem neuen Diakon auf den Weg in den Harz. Drei Tage lang war das Freizeitheim "
      "„Haus Bergfrieden“ unser Zuhause. Das Thema stand schon vorher fest: „Wer bin ich – und wer "
      "sagt mir das?“"),
    P("Nach der Ankunft ging es erst einmal in den Schnee, der dort oben noch reichlich lag. Danach "
      "wurde es ernster: In einem Workshop gestalteten die Jugendlichen Selbstporträts aus "
      "Zeitschriftenschnipseln, in einem anderen schrieben sie Briefe an sich selbst, die sie erst "
      "am Tag ihrer Konfirmation öffnen dürfen. Was darin steht, weiß niemand außer ihnen."),
    P("Besonders beliebt war die Nachtwanderung mit Fackeln, die an einer kleinen Kapelle im Wald "
      "endete. Dort feierten wir eine Andacht mit Kerzen und Stille. „Ich hätte nicht gedacht, dass "
      "mir so eine Andacht gefällt. Aber abends im Dunkeln mit den Kerzen war das echt schön“, sagt "
      "Finn (14)."),
    P("Auch Aylin fand die Tage gelungen: „Das Beste war, dass man mit Leuten geredet hat, mit "
      "denen man sonst nie redet.“ Tatsächlich saßen beim Abendessen am zweiten Tag die beiden "
      "Konfigruppen, die sich vorher kaum kannten, bunt gemischt an den Tischen."),
    P("Am Sonntag feierten wir einen Gottesdienst, den die Konfis selbst vorbereitet hatten – mit "
      "Anspiel, Fürbitten und einer sehr kurzen Predigt über den Satz „Du bist gewollt“. Zum "
      "Abschluss sangen alle „Da berühren sich Himmel und Erde“, so laut, dass die Hausmeisterin "
      "aus der Küche kam, um zuzuhören."),
    P("Die Konfirmationen finden am 10. Mai (Gruppe A) und am 17. Mai (Gruppe B) jeweils um 10 Uhr "
      "statt. Die Namen der Konfirmandinnen und Konfirmanden veröffentlichen wir nur in der "
      "gedruckten Ausgabe."),
    Paragraph("Text: Lea Hoffmann, Teamerin &nbsp;·&nbsp; Fotos: Jonas Albrecht", credit),
]

# ---------------------------------------------------------------- Posaunenchor + Seniorenkreis (S. 5)
gruppen5 = [
    Paragraph("POSAUNENCHOR", kicker),
    Paragraph("75 Jahre Posaunenchor St. Markus", head_mid),
    Paragraph("Text: Hartmut Seidel | Fotos: Renate Kowalski", credit),
    P("Im Jahr 1951 trafen sich sechs junge Männer mit geliehenen Instrumenten im Keller des "
      "Pfarrhauses – die Geburtsstunde unseres Posaunenchores. 75 Jahre später zählt der Chor 19 "
      "Bläserinnen und Bläser zwischen 12 und 81 Jahren. Gefeiert wird das Jubiläum am 31. Mai mit "
      "einem Festgottesdienst und der anschließenden „Bläserserenade“ im Pfarrgarten."),
    P("Chorleiter Bernd Olschewski freut sich besonders über den Nachwuchs. Er sagt: „Vier "
      "Jungbläser sind im letzten Jahr dazugekommen. Wer ein Instrument lernen möchte, kann einfach "
      "dienstags vorbeikommen – Trompeten haben wir genug.“"),
    P("Auf dem Programm stehen neben Klassikern wie „Lobe den Herren“ und „Tochter Zion“ auch neue "
      "Stücke, darunter ein Arrangement von „Über sieben Brücken musst du gehn“, ein Wunsch der "
      "Jüngsten. Die älteste Bläserin, Edeltraut Wilkens, spielt seit 1968 Tenorhorn. „Ich habe "
      "schon bei drei Pastoren den Ostermorgen geweckt“, erzählt sie lachend."),
    Spacer(1, 6),
    Paragraph("SENIORENKREIS", kicker),
    Paragraph("Wie Lindenhain früher war", head_mid),
    Paragraph("Text: Gisela Neumann · Fotos: Ingeborg Vogt", credit),
    P("Einen besonderen Gast hatte der Seniorenkreis im Januar: Der Heimatforscher Konrad Albers "
      "zeigte alte Aufnahmen aus Lindenhain unter dem Titel „Zwischen Zuckerfabrik und "
      "Schützenplatz“. Über 40 Gäste drängten sich im Gemeindesaal, und bei jedem Bild ging ein "
      "Raunen durch den Raum."),
    P("Viele erkannten Häuser, Geschäfte und sogar Gesichter wieder. Die 91-jährige Hildegard "
      "Brinkmann entdeckte sich selbst auf einem Klassenfoto von 1941. „Das Mädchen mit den Zöpfen "
      "in der zweiten Reihe, das bin ich“, sagte sie unter großem Applaus."),
    P("Bei Kaffee und Butterkuchen wurde noch lange erzählt. Der Seniorenkreis trifft sich jeden "
      "zweiten Mittwoch im Monat um 15 Uhr im Gemeindehaus. Neue Gäste sind herzlich willkommen, "
      "einen Fahrdienst können wir organisieren."),
]

# ---------------------------------------------------------------- Interview (S. 6-7)
US = "<b>Ulrike Sommerfeld:</b> "
DA = "<b>Deniz Aydın:</b> "


def T(who, text):
    return Paragraph(who + text, turn)


interview = [
    T(US, "Herr Aydın, Sie sind seit dem 1. Januar bei uns. Wie waren die ersten Wochen?"),
    T(DA, "Voll! Ich habe, glaube ich, in sechs Wochen mehr Hände geschüttelt als im ganzen letzten "
          "Jahr. Alle waren sehr herzlich. Und ich habe gelernt, dass man in Lindenhain nach dem "
          "Gottesdienst nicht einfach geht, sondern beim Kirchkaffee bleibt – mindestens eine "
          "Stunde."),
    T(US, "Erzählen Sie uns etwas über sich."),
    T(DA, "Ich bin 34 Jahre alt und in Hannover-Linden aufgewachsen. Meine Familie stammt aus dem "
          "Südosten der Türkei, wir sind syrisch-orthodoxe Christen. Evangelisch geworden bin ich "
          "über die Jugendarbeit: Als Teenager war ich fast jeden Nachmittag im Jugendkeller der "
          "Nachbargemeinde, weil es da einen Kicker und Tee umsonst gab. Irgendwann habe ich dann "
          "auch bei den Andachten zugehört."),
    T(US, "Und dann wollten Sie Diakon werden?"),
    T(DA, "Nicht sofort. Ich habe erst eine Ausbildung zum Kfz-Mechatroniker gemacht. Aber ich war "
          "nebenbei immer Teamer auf Freizeiten. Mein erster Jugendleiter, Matthias Brenner, hat mal "
          "zu mir gesagt: „Du musst nicht alles können. Du musst nur da sein.“ Das hat mich nicht "
          "mehr losgelassen. Mit 26 habe ich dann Religionspädagogik und Soziale Arbeit studiert."),
    T(US, "Was sind Ihre Aufgaben bei uns?"),
    T(DA, "Zur Hälfte bin ich für die Jugendarbeit da: Konfirmandenunterricht zusammen mit "
          "Pfarrerin Kranz, Teamerausbildung, Freizeiten. Die andere Hälfte gehört der "
          "Quartiersarbeit im Neubaugebiet Lindenhain-Nord. Dort wohnen inzwischen über 600 "
          "Familien, aber es gibt kaum Treffpunkte."),
    T(US, "Was haben Sie dort vor?"),
    T(DA, "Zuerst einmal zuhören. Ich gehe jeden Dienstag mit einer Thermoskanne und zwei "
          "Klappstühlen auf den Spielplatz an der Ahornstraße. Am Anfang haben die Leute komisch "
          "geguckt. Inzwischen kommen jede Woche zehn, zwölf Leute vorbei, und wir reden über alles "
          "Mögliche: über fehlende Kitaplätze, über Einsamkeit, über die Frage, wo man hier Fußball "
          "spielen kann."),
    T(US, "Und wo kann man?"),
    T(DA, "Bisher nirgends. Deshalb sprechen wir gerade mit der Stadt über eine Fläche für einen "
          "Bolzplatz. Kirche muss dahin, wo die Leute sind, nicht umgekehrt."),
    T(US, "Im Gemeindehaus entsteht gerade ein neuer Jugendraum."),
    T(DA, "Ja, und die Jugendlichen planen ihn selbst. Sie haben die Farben ausgesucht, ein Sofa "
          "vom Sperrmüll gerettet und eine Liste mit Regeln geschrieben. Regel Nummer eins: Wer den "
          "letzten Kakao nimmt, kauft neuen. Eröffnung ist am 25. April, alle sind eingeladen."),
    T(US, "Gibt es einen Bibelvers, der Sie begleitet?"),
    T(DA, "Ja, aus dem Buch Rut: „Wo du hingehst, da will ich auch hingehen.“ Den Vers hat meine "
          "Großmutter bei ihrer Hochzeit gehört, und wir haben ihn für unsere Hochzeit auch "
          "ausgesucht. Für mich ist das ein Satz über Treue, aber auch über Aufbruch."),
    T(US, "Was wünschen Sie sich von der Gemeinde?"),
    T(DA, "Neugier. Und dass niemand erschrickt, wenn im Gemeindehaus mal laute Musik läuft. Das ist "
          "ein gutes Zeichen."),
    Paragraph("Das Gespräch führte Ulrike Sommerfeld.", ParagraphStyle("gf", parent=body_i,
                                                                       spaceBefore=4)),
]

# ---------------------------------------------------------------- Kinder und Familie (S. 9)
seite9 = [
    Paragraph("KITA REGENBOGEN", kicker),
    Paragraph("Ein Hotel für Wildbienen", head_mid),
    P("Hämmern, sägen, bohren: In der Kita Regenbogen ging es im Februar handwerklich zu. Die "
      "Vorschulkinder bauten gemeinsam mit Opa Gerd, der uns jede Woche im Garten hilft, ein "
      "großes Insektenhotel. Gefüllt wurde es mit Schilfrohr, Tannenzapfen und Holzstücken, in die "
      "die Kinder Löcher in verschiedenen Größen gebohrt haben."),
    P("„Die Bienen brauchen auch ein Zuhause, sonst frieren die“, erklärt der fünfjährige Mats. "
      "Aufgestellt wird das Hotel im April neben dem Kirchgarten, wo schon die Ringelblumen "
      "ausgesät sind. Wer vorbeikommt, darf gern einen Blick hineinwerfen – aber bitte nicht "
      "hineinpusten."),
    Paragraph("Text: Sabine Krüger, Kita-Leitung · Fotos: Kita Regenbogen", credit),
    Paragraph("KINDERBIBELTAGE", kicker),
    Paragraph("Drei Tage mit Josef", head_mid),
    P("In den Osterferien, vom 30. März bis 1. April, laden wir Kinder von 6 bis 11 Jahren zu den "
      "Kinderbibeltagen ein, jeweils von 9 bis 13 Uhr. In diesem Jahr geht es um „Josef und seine "
      "Brüder“: um einen bunten Mantel, einen tiefen Brunnen und eine Familie, die sich am Ende "
      "wiederfindet. Wir singen, basteln, spielen und essen zusammen. Anmeldung bis 20. März im "
      "Gemeindebüro; der Beitrag beträgt 10 Euro."),
    Paragraph("LESERBRIEF", kicker),
    Paragraph("Zum Artikel „Bänke für den Friedhof“ in Ausgabe 4/2025",
              ParagraphStyle("lb", parent=head_small, spaceBefore=0)),
    P("Mit großer Freude habe ich gelesen, dass auf dem Friedhof drei neue Bänke aufgestellt "
      "werden. Ich besuche das Grab meines Mannes jeden zweiten Tag, und der Weg vom Tor bis zu "
      "seinem Platz ist für meine Knie inzwischen eine kleine Wanderung. Mein verstorbener Mann "
      "Heinrich sagte immer: „Ein Friedhof ohne Bank ist wie eine Kirche ohne Orgel.“ Nun fehlt "
      "unserer Kirche ja zurzeit die Orgel – umso schöner, dass der Friedhof seine Bänke "
      "bekommt. Vielen Dank an alle, die das möglich gemacht haben!"),
    Paragraph("Irmgard Feldmann, Lindenhain", ParagraphStyle("lbn", parent=body_i,
                                                             alignment=TA_RIGHT)),
]

# ---------------------------------------------------------------- Termine (S. 10)
def TE(d, t):
    return Paragraph("<b>" + d + "</b>\u00a0\u00a0" + t, termin)


def TH(t):
    return Paragraph(t, termin_h)


termine = [
    TH("Gottesdienste in St. Markus"),
    TE("So 1.3.", "10.00 Uhr Gottesdienst mit Abendmahl (Pfarrerin Kranz)"),
    TE("Fr 6.3.", "18.00 Uhr Weltgebetstag im Gemeindehaus (ökumenisches Team)"),
    TE("So 8.3.", "10.00 Uhr Gottesdienst (Prädikant Jens Ahlers)"),
    TE("So 15.3.", "10.00 Uhr Familiengottesdienst „Kirche kunterbunt“ (Diakon Aydın und "
                   "Kita-Team)"),
    TE("So 22.3.", "10.00 Uhr Gottesdienst (Pfarrerin Kranz)"),
    TE("So 29.3.", "Palmsonntag, 10.00 Uhr Gottesdienst mit Vorstellung der Konfirmandinnen und "
                   "Konfirmanden"),
    TE("Do 2.4.", "Gründonnerstag, 19.00 Uhr Tischabendmahl im Gemeindehaus"),
    TE("Fr 3.4.", "Karfreitag, 10.00 Uhr Gottesdienst mit Abendmahl; 15.00 Uhr Andacht zur "
                  "Sterbestunde"),
    TE("So 5.4.", "Ostersonntag, 6.00 Uhr Feier der Osternacht mit Osterfeuer, anschließend "
                  "Osterfrühstück; 10.00 Uhr Festgottesdienst mit Posaunenchor"),
    TE("Mo 6.4.", "Ostermontag, 10.00 Uhr Regionalgottesdienst in St. Petri, Altenbrück"),
    TE("So 12.4.", "10.00 Uhr Gottesdienst (Prädikant Ahlers)"),
    TE("So 19.4.", "10.00 Uhr Gottesdienst mit Taufen (Pfarrerin Kranz)"),
    TE("So 26.4.", "11.00 Uhr Gottesdienst im Grünen „Unter der Linde“ am Dorfteich"),
    TE("So 3.5.", "10.00 Uhr Gottesdienst (Pfarrerin Kranz)"),
    TE("So 10.5.", "10.00 Uhr Konfirmation, Gruppe A"),
    TE("Do 14.5.", "Himmelfahrt, 11.00 Uhr Regionalgottesdienst am Wasserturm"),
    TE("So 17.5.", "10.00 Uhr Konfirmation, Gruppe B"),
    TE("So 24.5.", "Pfingstsonntag, 10.00 Uhr Festgottesdienst"),
    TE("Mo 25.5.", "Pfingstmontag, 11.00 Uhr ökumenischer Gottesdienst auf dem Marktplatz"),
    TE("So 31.5.", "10.00 Uhr Festgottesdienst 75 Jahre Posaunenchor, anschließend "
                   "„Bläserserenade“ im Pfarrgarten"),
    TH("Besondere Veranstaltungen"),
    TE("mittwochs", "4.3. bis 25.3., 19.00 Uhr Passionsandachten „Atempause“ in der Kirche"),
    TE("Sa 21.3.", "14.00 bis 17.00 Uhr Ostermarkt im Gemeindehaus, mit Kuchen vom "
                   "Seniorenkreis"),
    TE("30.3.–1.4.", "Kinderbibeltage „Josef und seine Brüder“, 9.00 bis 13.00 Uhr"),
    TE("Mi 22.4.", "19.30 Uhr Gründung des Orgelfördervereins, Gemeindehaus"),
    TE("Sa 25.4.", "15.00 Uhr Eröffnung des Jugendraums mit Grillen"),
    TE("Fr 8.5.", "19.00 Uhr Benefizkonzert „Wir geben den Ton an“ mit Mirela Popescu und Gästen"),
    TE("Sa 16.5.", "18.00 bis 23.00 Uhr „Nacht der offenen Kirche“ mit Musik, Lesungen und "
                   "Turmbesteigung"),
]

# ---------------------------------------------------------------- Gruppen und Kreise (S. 11)
def GK(name, when, who):
    return [Paragraph(name, small_b), Paragraph(when + "<br/>Kontakt: " + who, small)]


kreise = []
for args in [
    ("Krabbelgruppe „Kirchenmäuse“", "montags 9.30 bis 11.00 Uhr, Gemeindehaus", "Julia Petersen"),
    ("Kinderchor „Markusspatzen“", "donnerstags 16.00 Uhr, Gemeindesaal", "Mirela Popescu"),
    ("Jugendtreff", "freitags 18.00 bis 21.00 Uhr, Jugendraum (ab 25. April)", "Deniz Aydın"),
    ("Posaunenchor", "dienstags 19.30 Uhr, Gemeindesaal", "Bernd Olschewski"),
    ("Kirchenchor", "mittwochs 19.30 Uhr (außer 2. Mittwoch)", "Mirela Popescu"),
    ("Seniorenkreis", "2. Mittwoch im Monat, 15.00 Uhr", "Gisela Neumann"),
    ("Besuchsdienstkreis", "nach Absprache", "Hannelore Stegemann"),
    ("Eine-Welt-Laden", "sonntags nach dem Gottesdienst", "Piotr Zieliński"),
]:
    kreise += GK(*args)

kv = [
    Paragraph("AUS DEM KIRCHENVORSTAND", kicker),
    Paragraph("Beschlüsse der letzten Sitzungen", head_mid),
    P("Der Kirchenvorstand hat in seinen Sitzungen im Januar und Februar die Sanierung der "
      "Lühmann-Orgel auf den Weg gebracht (siehe Seite 3) und die Gründung eines "
      "Orgelfördervereins unterstützt. Außerdem wurde beschlossen, das Dach des Gemeindehauses "
      "mit einer Photovoltaikanlage auszustatten; die Arbeiten beginnen voraussichtlich im Juni."),
    P("Für die Quartiersarbeit in Lindenhain-Nord stellt die Gemeinde in diesem Jahr 4.000 Euro "
      "aus Kollekten und Rücklagen bereit. Der Friedhofsausschuss hat drei neue Bänke bestellt, "
      "die noch vor Ostern aufgestellt werden sollen."),
    P("Die Sitzungen des Kirchenvorstandes sind in ihrem ersten Teil öffentlich. Die nächsten "
      "Termine: 17. März, 21. April und 19. Mai, jeweils um 19.30 Uhr im Gemeindehaus."),
    Paragraph("Für den Kirchenvorstand", ParagraphStyle("kv1", parent=body_i, spaceBefore=3,
                                                        spaceAfter=0)),
    Paragraph("Hans-Jürgen Bollmann, Vorsitzender", body_i),
]

# ---------------------------------------------------------------- Impressum/Kontakte (S. 12)
kontakte = []
for role, txt in [
    ("Pfarramt", "Pfarrerin Dorothea Kranz<br/>Markusplatz 3, 31999 Lindenhain<br/>"
                 "Telefon 05099 41 27 0"),
    ("Gemeindebüro", "Petra Lindemann<br/>Di und Do 9.00 bis 12.00 Uhr, Mi 15.00 bis 18.00 Uhr"
                     "<br/>Telefon 05099 41 27 1"),
    ("Diakon für Jugend und Quartier", "Deniz Aydın<br/>Telefon 05099 41 27 4"),
    ("Kirchenmusik", "Mirela Popescu<br/>Telefon 05099 41 27 5"),
    ("Küster", "Wilfried Janssen<br/>Telefon 05099 41 27 6"),
    ("Kita Regenbogen", "Sabine Krüger (Leitung)<br/>Lindenweg 12, Telefon 05099 41 27 8"),
    ("Telefonseelsorge", "kostenfrei und rund um die Uhr: 0800 111 0 111"),
]:
    kontakte += [Paragraph(role, small_b), Paragraph(txt, ParagraphStyle("kt", parent=small,
                                                                       spaceAfter=5))]

impressum = [
    Paragraph("Impressum", head_mid),
    Paragraph("<b>Die Brücke</b> – Gemeindebrief der Ev.-luth. Kirchengemeinde St. Markus "
              "Lindenhain, Ausgabe 1/2026 (März bis Mai)", imp),
    Paragraph("<b>Herausgeber:</b> Der Kirchenvorstand der Ev.-luth. Kirchengemeinde St. Markus, "
              "Markusplatz 3, 31999 Lindenhain", imp),
    Paragraph("<b>Redaktion:</b> Ulrike Sommerfeld, Klaus-Peter Wendland und Magdalena "
              "Wiśniewska", imp),
    Paragraph("<b>V.i.S.d.P.:</b> Pfarrerin Dorothea Kranz", imp),
    Paragraph("<b>Fotos Titelseite:</b> Friedhelm Brandt", imp),
    Paragraph("<b>Layout:</b> Jonas Albrecht", imp),
    Paragraph("<b>Druck:</b> Druckhaus Leinetal, Auflage 2.900 Exemplare", imp),
    Paragraph("Namentlich gekennzeichnete Beiträge geben nicht unbedingt die Meinung der Redaktion "
              "wieder. Die Redaktion behält sich Kürzungen vor.", imp),
    Paragraph("<b>Redaktionsschluss</b> für die Ausgabe 2/2026 (Juni bis August): 15. April 2026. "
              "Beiträge bitte an gemeindebrief@st-markus-lindenhain.example", imp),
]

# ================================================================ SEITEN
FLOWS = {
    "angedacht": Flow("angedacht", angedacht),
    "orgel_1": Flow("orgel_1", orgel_1),
    "konfis": Flow("konfis", konfis),
    "gruppen5": Flow("gruppen5", gruppen5),
    "interview": Flow("interview", interview),
    "orgel_2": Flow("orgel_2", orgel_2),
    "empfang": Flow("empfang", empfang),
    "seite9": Flow("seite9", seite9),
    "termine": Flow("termine", termine),
    "kreise": Flow("kreise", kreise),
    "kv": Flow("kv", kv),
    "kontakte": Flow("kontakte", kontakte),
    "impressum": Flow("impressum", impressum),
}
EXPECT = {"angedacht": [2], "orgel_1": [3], "konfis": [4], "gruppen5": [5], "interview": [6, 7],
          "orgel_2": [8], "empfang": [8], "seite9": [9], "termine": [10], "kreise": [11],
          "kv": [11], "kontakte": [12], "impressum": [12]}


def two_cols(n, y_top, y_bot=BOT):
    return [frame(colx(n, 0), y_top, COLW, y_bot), frame(colx(n, 1), y_top, COLW, y_bot)]


def page1(c):
    c.setFillColor(BLUE)
    c.rect(0, H - 118, W, 118, fill=1, stroke=0)
    c.setFillColor(white)
    c.setFont("Sans-Bold", 38)
    c.drawString(MI, H - 66, "Die Brücke")
    c.setFont("Sans", 8.5)
    c.drawString(MI, H - 84, "Gemeindebrief der Ev.-luth. Kirchengemeinde St. Markus Lindenhain")
    c.setFont("Sans-Bold", 9)
    c.drawString(MI, H - 102, "Ausgabe 1/2026  ·  März bis Mai")
    photo(c, 0, H - 118, W, 270)
    y = H - 118 - 270 - 18
    h = draw_para(c, "Monatsspruch April", ParagraphStyle("ms", fontName="Sans-Bold", fontSize=7.5,
                  leading=9, alignment=TA_CENTER, textColor=GOLD), MI, y, CW)
    y -= h + 4
    y -= draw_para(c, "„Meine Zeit steht in deinen Händen.“", quote_big, MI, y, CW) + 3
    y -= draw_para(c, "Psalm 31,16", quote_ref, MI, y, CW) + 14
    c.setStrokeColor(GOLD)
    c.line(MI, y + 6, W - MO, y + 6)
    teaser = [("Die Orgel braucht Hilfe", "Sanierung der Lühmann-Orgel · Seite 3"),
              ("Drei Tage Harz", "Die Konfis auf Freizeit · Seite 4"),
              ("Neu bei uns", "Diakon Deniz Aydın im Gespräch · Seite 6")]
    for i, (t, s) in enumerate(teaser):
        x = MI + i * (CW / 3)
        draw_para(c, t, ParagraphStyle("tt", fontName="Sans-Bold", fontSize=8.5, leading=10,
                                       textColor=BLUE), x, y, CW / 3 - 8)
        draw_para(c, s, ParagraphStyle("ts", fontName="SansC", fontSize=7.3, leading=9),
                  x, y - 12, CW / 3 - 8)
    c.setFont("Sans", 6.5)
    c.setFillColor(DARK)
    c.drawCentredString(W / 2, 20, "www.st-markus-lindenhain.example")


def page2(c):
    page_frame(c, 2, "Angedacht")
    x0 = left_x(2)
    y = TOP
    y -= draw_para(c, "ANGEDACHT", kicker, x0, y, CW) + 3
    y -= draw_para(c, "Samen in der Tasche", head_big, x0, y, CW) + 8
    # Inhaltskasten rechts unten
    box_h = 150
    c.setFillColor(LIGHT)
    c.rect(colx(2, 1) - 4, BOT - 4, COLW + 8, box_h, fill=1, stroke=0)
    c.setFillColor(black)
    yb = BOT - 4 + box_h - 8
    yb -= draw_para(c, "In dieser Ausgabe", ParagraphStyle("ih", parent=head_small, spaceBefore=0),
                    colx(2, 1) + 2, yb, COLW - 4) + 2
    for seite, titel in [("2", "Angedacht"), ("3", "Die Orgel braucht Hilfe"),
                         ("4", "Aus den Gruppen"), ("6", "Im Gespräch: Diakon Deniz Aydın"),
                         ("8", "Rückblick: Neujahrsempfang"), ("9", "Kinder und Familie"),
                         ("10", "Termine"), ("11", "Gruppen und Kreise"),
                         ("12", "Kontakte und Impressum")]:
        yb -= draw_para(c, "<b>" + seite + "</b>\u00a0\u00a0" + titel, small, colx(2, 1) + 2, yb,
                        COLW - 4)
    por_top = BOT + box_h + 112
    photo(c, colx(2, 1), por_top, 70, 86)
    draw_para(c, "Pfarrerin Dorothea Kranz ist seit 2019 in St. Markus.", caption,
              colx(2, 1) + 76, por_top - 60, COLW - 76)
    FLOWS["angedacht"].fill(c, 2, [frame(colx(2, 0), y, COLW, BOT),
                                   frame(colx(2, 1), y, COLW, por_top + 8)])


def page3(c):
    page_frame(c, 3, None)
    x0 = left_x(3)
    y = TOP
    y -= draw_para(c, "AUS DER GEMEINDE", kicker, x0, y, CW) + 3
    y -= draw_para(c, "Die Orgel braucht Hilfe", head_big, x0, y, CW) + 5
    y -= draw_para(c, "Seit Januar ist es still auf der Empore: Unsere Lühmann-Orgel von 1894 muss "
                      "saniert werden. Was das bedeutet, was es kostet und wie Sie helfen können.",
                   lead, x0, y, CW) + 4
    yp = photo(c, colx(3, 1), y, COLW, 150,
               "Die Lühmann-Orgel auf der Westempore, aufgenommen im Januar. "
               "Foto: Friedhelm Brandt")
    box_h = 118
    c.setFillColor(LIGHT)
    c.rect(colx(3, 1) - 4, BOT - 4, COLW + 8, box_h, fill=1, stroke=0)
    c.setFillColor(black)
    yb = BOT - 4 + box_h - 8
    yb -= draw_para(c, "Die Orgel in Zahlen", ParagraphStyle("oz", parent=head_small,
                    spaceBefore=0), colx(3, 1) + 2, yb, COLW - 4) + 2
    for k, v in [("Baujahr", "1894, Hermann Lühmann, Celle"), ("Manuale", "2 und Pedal"),
                 ("Register", "18"), ("Pfeifen", "1.106, die größte 2,60 m lang"),
                 ("Kosten der Sanierung", "rund 148.000 Euro"),
                 ("Eigenanteil der Gemeinde", "rund 35.000 Euro")]:
        yb -= draw_para(c, "<b>" + k + ":</b> " + v, small, colx(3, 1) + 2, yb, COLW - 4)
    FLOWS["orgel_1"].fill(c, 3, [frame(colx(3, 0), y, COLW, BOT),
                                 frame(colx(3, 1), yp, COLW, BOT + box_h + 4)])


def page4(c):
    page_frame(c, 4, "Aus den Gruppen")
    x0 = left_x(4)
    y = TOP
    y -= draw_para(c, "KONFIRMANDEN", kicker, x0, y, CW) + 3
    y -= draw_para(c, "Drei Tage Harz und eine große Frage", head_big, x0, y, CW) + 8
    yp = photo(c, x0, y, CW, 110, "Schneeballschlacht statt Unterricht: die Konfis am ersten "
                                  "Nachmittag vor dem Haus Bergfrieden.")
    FLOWS["konfis"].fill(c, 4, two_cols(4, yp))


def page5(c):
    page_frame(c, 5, "Aus den Gruppen")
    # Foto unten in der rechten Spalte
    ph_top = BOT + 250
    photo(c, colx(5, 1), ph_top, COLW, 228, "Hildegard Brinkmann zeigt auf das Klassenfoto von "
                                           "1941.")
    FLOWS["gruppen5"].fill(c, 5, [frame(colx(5, 0), TOP, COLW, BOT),
                                  frame(colx(5, 1), TOP, COLW, ph_top + 6)])


def page6(c):
    page_frame(c, 6, "Im Gespräch")
    x0 = left_x(6)
    y = TOP
    y -= draw_para(c, "NEU IM TEAM", kicker, x0, y, CW) + 3
    y -= draw_para(c, "„Kirche muss dahin, wo die Leute sind“", head_big, x0, y, CW) + 5
    y -= draw_para(c, "Seit Januar verstärkt Deniz Aydın unser Team als Diakon für Jugend- und "
                      "Quartiersarbeit. Ein Gespräch über Bolzplätze, Bibelverse und einen "
                      "Jugendraum, der noch nach Farbe riecht.", lead, x0, y, CW) + 4
    yp = photo(c, colx(6, 0), y, COLW, 120, "Deniz Aydın im neuen Jugendraum. "
                                            "Foto: Ulrike Sommerfeld")
    FLOWS["interview"].fill(c, 6, [frame(colx(6, 0), yp, COLW, BOT), frame(colx(6, 1), y, COLW, BOT)])


def page7(c):
    page_frame(c, 7, "Im Gespräch")
    box_h = 122
    c.setFillColor(LIGHT)
    c.rect(colx(7, 1) - 4, BOT - 4, COLW + 8, box_h, fill=1, stroke=0)
    c.setFillColor(black)
    yb = BOT - 4 + box_h - 8
    yb -= draw_para(c, "Zur Person", ParagraphStyle("zp", parent=head_small, spaceBefore=0),
                    colx(7, 1) + 2, yb, COLW - 4) + 2
    draw_para(c, "Deniz Aydın, geboren 1991 in Hannover, ist Diakon und Sozialarbeiter. Er ist "
                 "verheiratet und hat eine kleine Tochter. Die Familie wohnt in Lindenhain-Nord. "
                 "Sprechzeit im Gemeindehaus: mittwochs 16 bis 18 Uhr und nach Vereinbarung.",
              small, colx(7, 1) + 2, yb, COLW - 4)
    yp = photo(c, colx(7, 1), TOP, COLW, 140, "Dienstags auf dem Spielplatz an der Ahornstraße: "
                                              "Thermoskanne, Klappstühle, offene Ohren. "
                                              "Foto: Ulrike Sommerfeld")
    c.setStrokeColor(GOLD)
    c.setLineWidth(1.2)
    c.line(colx(7, 1), yp, colx(7, 1) + COLW, yp)
    yq = yp - 8
    yq -= draw_para(c, "„Am Anfang haben die Leute komisch geguckt.“",
                    ParagraphStyle("pq", parent=quote_big, fontSize=13, leading=16,
                                   alignment=TA_LEFT), colx(7, 1), yq, COLW) + 4
    yq -= draw_para(c, "Deniz Aydın über seine Dienstage im Quartier",
                    ParagraphStyle("pqw", parent=quote_ref, alignment=TA_LEFT), colx(7, 1), yq,
                    COLW) + 6
    c.line(colx(7, 1), yq, colx(7, 1) + COLW, yq)
    FLOWS["interview"].fill(c, 7, [frame(colx(7, 0), TOP, COLW, BOT),
                                   frame(colx(7, 1), yq - 10, COLW, BOT + box_h + 6)])


def page8(c):
    page_frame(c, 8, None)
    FLOWS["orgel_2"].fill(c, 8, [frame(colx(8, 0), TOP, COLW, BOT)])
    yp = photo(c, colx(8, 1), TOP, COLW, 95, "Küster Wilfried Janssen mit Pfarrerin Dorothea "
                                             "Kranz beim Neujahrsempfang. Foto: Jonas Albrecht")
    FLOWS["empfang"].fill(c, 8, [frame(colx(8, 1), yp, COLW, BOT)])


def page9(c):
    page_frame(c, 9, None)
    yp = photo(c, colx(9, 0), TOP, COLW, 85, "Das fertige Insektenhotel wartet auf seine Gäste.")
    ph_top = BOT + 150
    photo(c, colx(9, 1), ph_top, COLW, 128, "Kinderbibeltage 2025: Die Arche aus Umzugskartons "
                                            "war drei Meter lang. Foto: Magdalena Wiśniewska")
    FLOWS["seite9"].fill(c, 9, [frame(colx(9, 0), yp, COLW, BOT),
                                frame(colx(9, 1), TOP, COLW, ph_top + 8)])


def page10(c):
    page_frame(c, 10, "Termine")
    x0 = left_x(10)
    y = TOP
    y -= draw_para(c, "Termine März bis Mai", head_big, x0, y, CW) + 6
    FLOWS["termine"].fill(c, 10, two_cols(10, y))


def page11(c):
    page_frame(c, 11, "Gruppen und Kreise")
    x0 = left_x(11)
    y = TOP
    y -= draw_para(c, "Gruppen und Kreise", head_big, x0, y, CW) + 6
    FLOWS["kreise"].fill(c, 11, [frame(colx(11, 0), y, COLW, BOT)])
    FLOWS["kv"].fill(c, 11, [frame(colx(11, 1), y, COLW, BOT)])


def page12(c):
    page_frame(c, 12, "Kontakte · Impressum")
    x0 = left_x(12)
    y = TOP
    y -= draw_para(c, "So erreichen Sie uns", head_big, x0, y, CW) + 6
    FLOWS["kontakte"].fill(c, 12, [frame(colx(12, 0), y, COLW, BOT)])
    c.setFillColor(LIGHT)
    c.rect(colx(12, 1) - 4, BOT - 4, COLW + 8, y - BOT + 8, fill=1, stroke=0)
    c.setFillColor(black)
    FLOWS["impressum"].fill(c, 12, [frame(colx(12, 1) + 2, y - 4, COLW - 4, BOT)])


PAGES = [page1, page2, page3, page4, page5, page6, page7, page8, page9, page10, page11, page12]


def main():
    c = canvas.Canvas(OUT, pagesize=A5, invariant=1)
    c.setTitle("Die Brücke – Gemeindebrief St. Markus Lindenhain 1/2026")
    c.setAuthor("Ev.-luth. Kirchengemeinde St. Markus Lindenhain")
    for fn in PAGES:
        fn(c)
        c.showPage()
    c.save()
    ok = True
    for name, fl in FLOWS.items():
        if fl.items:
            print(f"ÜBERLAUF in {name}: {len(fl.items)} Elemente übrig")
            ok = False
        if fl.pages != EXPECT[name]:
            print(f"SEITEN FALSCH {name}: {fl.pages} != {EXPECT[name]}")
            ok = False
    print("geschrieben:", OUT, "OK" if ok else "MIT PROBLEMEN")


if __name__ == "__main__":
    main()
