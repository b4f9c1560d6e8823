"""Erzeugt stadtteilzeitung-2026-de.pdf (fiktive Stadtteilzeitung „Lindenhof-Rundschau“).

Eigenständig und deterministisch; mit der Writer-venv (reportlab) ausführen.
Alle Personen, Vereine, Firmen und Orte sind erfunden.
"""

import io
import os

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.fonts import addMapping
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable, Frame, Paragraph, Spacer, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "stadtteilzeitung-2026-de.pdf")
FONTDIR = "/usr/share/fonts/truetype/dejavu/"

for name, fn in [
    ("Serif", "DejaVuSerifCondensed.ttf"),
    ("Serif-Bold", "DejaVuSerifCondensed-Bold.ttf"),
    ("Serif-Italic", "DejaVuSerifCondensed-Italic.ttf"),
    ("Serif-BoldItalic", "DejaVuSerifCondensed-BoldItalic.ttf"),
    ("Sans", "DejaVuSans.ttf"),
    ("Sans-Bold", "DejaVuSans-Bold.ttf"),
    ("Sans-Oblique", "DejaVuSans-Oblique.ttf"),
    ("Sans-BoldOblique", "DejaVuSans-BoldOblique.ttf"),
    ("Cond", "DejaVuSansCondensed.ttf"),
    ("Cond-Bold", "DejaVuSansCondensed-Bold.ttf"),
    ("Cond-Oblique", "DejaVuSansCondensed-Oblique.ttf"),
    ("Cond-BoldOblique", "DejaVuSansCondensed-BoldOblique.ttf"),
]:
    pdfmetrics.registerFont(TTFont(name, FONTDIR + fn))
for fam, it in (("Serif", "Italic"), ("Sans", "Oblique"), ("Cond", "Oblique")):
    addMapping(fam, 0, 0, fam)
    addMapping(fam, 1, 0, fam + "-Bold")
    addMapping(fam, 0, 1, fam + "-" + it)
    addMapping(fam, 1, 1, fam + "-Bold" + it)

PAGE_W, PAGE_H = A4
ML, MR, MT, MB = 32, 32, 58, 36
CONTENT_W = PAGE_W - ML - MR
TOP = PAGE_H - MT
GAP = 11
RED = colors.HexColor("#c0262d")
INK = colors.HexColor("#1a1a1a")
PAPER = colors.HexColor("#f3efe6")
GREY = colors.HexColor("#b5b5b0")

# ---------------------------------------------------------------- Stile
body = ParagraphStyle("body", fontName="Serif", fontSize=8.7, leading=11.4, alignment=TA_JUSTIFY,
                      firstLineIndent=9, textColor=INK)
body0 = ParagraphStyle("body0", parent=body, firstLineIndent=0)
sub = ParagraphStyle("sub", fontName="Cond-Bold", fontSize=9.4, leading=11.5, spaceBefore=5, spaceAfter=2)
kicker = ParagraphStyle("kicker", fontName="Cond-Bold", fontSize=8.5, leading=10, textColor=RED, spaceAfter=2)
h_lead = ParagraphStyle("h_lead", fontName="Cond-Bold", fontSize=30, leading=32, spaceAfter=6)
h_big = ParagraphStyle("h_big", fontName="Cond-Bold", fontSize=20, leading=22.5, spaceAfter=5)
h_mid = ParagraphStyle("h_mid", fontName="Cond-Bold", fontSize=14.5, leading=17, spaceAfter=4)
h_small = ParagraphStyle("h_small", fontName="Cond-Bold", fontSize=11, leading=13, spaceAfter=3)
teaser = ParagraphStyle("teaser", fontName="Sans-Bold", fontSize=10, leading=13.5, spaceAfter=8)
byline = ParagraphStyle("byline", fontName="Cond-Bold", fontSize=8.2, leading=10.5, spaceAfter=6, textColor=RED)
caption = ParagraphStyle("caption", fontName="Cond", fontSize=7.3, leading=9, spaceBefore=2, spaceAfter=8)
cont = ParagraphStyle("cont", fontName="Cond-BoldOblique", fontSize=7.8, leading=10, textColor=RED, spaceBefore=3,
                      spaceAfter=3)
sign = ParagraphStyle("sign", fontName="Serif", fontSize=8.7, leading=11.4)
sign_b = ParagraphStyle("sign_b", fontName="Serif-Bold", fontSize=8.7, leading=11.4)
box_head = ParagraphStyle("box_head", fontName="Cond-Bold", fontSize=12, leading=14, spaceAfter=4, textColor=RED)
small = ParagraphStyle("small", fontName="Cond", fontSize=7.9, leading=10.2, spaceAfter=3)
vox_name = ParagraphStyle("vox_name", fontName="Cond-Bold", fontSize=8.2, leading=10, spaceBefore=3)
vox = ParagraphStyle("vox", fontName="Serif-Italic", fontSize=9.2, leading=12, spaceAfter=4)
q_style = ParagraphStyle("q", fontName="Cond-Bold", fontSize=9, leading=12, spaceAfter=4)
a_style = ParagraphStyle("a", parent=body0)


def P(text, style=body):
    return Paragraph(text, style)


class Photo(Flowable):
    def __init__(self, w, h, tone=GREY):
        super().__init__()
        self.w, self.h, self.tone = w, h, tone

    def wrap(self, aw, ah):
        self.w = min(self.w, aw)
        return self.w, self.h

    def draw(self):
        c = self.canv
        c.setFillColor(self.tone)
        c.rect(0, 0, self.w, self.h, stroke=0, fill=1)
        c.setStrokeColor(colors.HexColor("#9d9d98"))
        c.setLineWidth(0.5)
        c.line(0, 0, self.w, self.h)
        c.line(0, self.h, self.w, 0)


class Rule(Flowable):
    def __init__(self, color=INK, width=0.6, space=3):
        super().__init__()
        self.color, self.lw, self.space = color, width, space

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.space * 2

    def draw(self):
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(self.lw)
        self.canv.line(0, self.space, self.aw, self.space)


def box(flowables, width, bg=PAPER, pad=7, border=None):
    t = Table([[flowables]], colWidths=[width])
    st = [
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if border:
        st.append(("BOX", (0, 0), (-1, -1), 0.8, border))
    t.setStyle(TableStyle(st))
    return t


# ---------------------------------------------------------------- Satzspiegel
class Overflow(Exception):
    pass


def _fill(frame, story, canv):
    """Wie Frame.addFromList, teilt aber Absätze und lässt keine Zwischenzeile allein am Spaltenfuß."""
    while story:
        f = story[0]
        if getattr(f, "style", None) is sub and not frame._atTop:
            _, h = f.wrap(frame._width, frame._height)
            if frame._y - frame._y1p < h + 50:
                return
        if frame.add(f, canv, trySplit=0):
            story.pop(0)
            continue
        parts = frame.split(f, canv)
        if len(parts) >= 2 and frame.add(parts[0], canv, trySplit=0):
            story[0:1] = parts[1:]
        return


def _try_fit(rects, make):
    story = make()
    dummy = canvas.Canvas(io.BytesIO())
    for x, y, w, h in rects:
        _fill(Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0), story, dummy)
        if not story:
            return True
    return False


def flow(c, rects, make, balance=False, where=""):
    if balance:
        full = rects[0][3]
        top = rects[0][1] + full
        for h in range(40, int(full) + 1, 3):
            trial = [(x, top - h, w, h) for (x, y, w, hh) in rects]
            if _try_fit(trial, make):
                rects = trial
                break
    story = make()
    for x, y, w, h in rects:
        _fill(Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0), story, c)
        if not story:
            return rects[0][1]
    raise Overflow(f"{where}: Text bleibt übrig: {story[0]!r:.200}")


def cols(n, x0, width, y_top, y_bottom, gap=GAP):
    w = (width - gap * (n - 1)) / n
    return [(x0 + i * (w + gap), y_bottom, w, y_top - y_bottom) for i in range(n)]


W1 = (CONTENT_W - 2 * GAP) / 3
W2 = 2 * W1 + GAP


def colx(i):
    return ML + i * (W1 + GAP)


def chrome(c, pno):
    """Kolumnentitel: nur Zeitungsname, Ausgabe/Datum und Seitenzahl."""
    c.setFillColor(INK)
    c.setFont("Cond-Bold", 9)
    if pno % 2 == 0:
        c.drawString(ML, PAGE_H - 36, f"Seite {pno}")
        c.drawRightString(PAGE_W - MR, PAGE_H - 36, "LINDENHOF-RUNDSCHAU")
    else:
        c.drawString(ML, PAGE_H - 36, "LINDENHOF-RUNDSCHAU")
        c.drawRightString(PAGE_W - MR, PAGE_H - 36, f"Seite {pno}")
    c.setFont("Cond", 9)
    c.drawCentredString(PAGE_W / 2, PAGE_H - 36, "Nr. 1  ·  März 2026")
    c.setStrokeColor(RED)
    c.setLineWidth(2)
    c.line(ML, PAGE_H - 43, PAGE_W - MR, PAGE_H - 43)
    c.setStrokeColor(INK)
    c.setLineWidth(0.4)


def vline(c, x, y0, y1):
    c.setStrokeColor(colors.HexColor("#999999"))
    c.setLineWidth(0.4)
    c.line(x, y0, x, y1)


# ================================================================ Seiten
def page1(c):
    # Zeitungskopf
    c.setFillColor(RED)
    c.rect(ML, PAGE_H - 96, CONTENT_W, 66, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Cond-Bold", 31)
    c.drawString(ML + 10, PAGE_H - 76, "Lindenhof-Rundschau")
    c.setFont("Cond", 9)
    c.drawRightString(PAGE_W - MR - 10, PAGE_H - 52, "Die Stadtteilzeitung für")
    c.drawRightString(PAGE_W - MR - 10, PAGE_H - 63, "Lindenhof und Am Mühlgraben")
    c.setFont("Cond-Bold", 9)
    c.drawRightString(PAGE_W - MR - 10, PAGE_H - 78, "kostenlos")
    c.setFillColor(INK)
    c.setFont("Cond", 8.5)
    c.drawString(ML, PAGE_H - 108, "14. Jahrgang  ·  Nr. 1  ·  März 2026")
    c.drawRightString(PAGE_W - MR, PAGE_H - 108, "Erscheint viermal im Jahr  ·  Auflage 7.500")
    c.setLineWidth(0.6)
    c.line(ML, PAGE_H - 113, PAGE_W - MR, PAGE_H - 113)
    top = PAGE_H - 122

    def head():
        return [
            P("MARKTHALLE AM LINDENPLATZ", kicker),
            P("Verkaufen, verpachten oder selbst machen?", h_lead),
            P("Die Stadt sucht einen Partner für die leere Markthalle. Eine Genossenschaft aus dem Viertel will sie "
              "retten. Am 24. März gibt der Bezirksbeirat seine Empfehlung ab.",
              ParagraphStyle("dek", fontName="Cond-Bold", fontSize=10.5, leading=13.5, spaceAfter=6)),
            P("Text: Dilek Aydın und Bartosz Nowicki", byline),
        ]

    flow(c, [(ML, top - 152, W2, 152)], head, where="S1 Kopf")

    def photo():
        return [
            Photo(W2, 190),
            P("Seit der letzte Händler 2023 ausgezogen ist, steht die Markthalle am Lindenplatz leer. Foto: Jonas "
              "Reinhardt", caption),
        ]

    flow(c, [(ML, top - 366, W2, 212)], photo, where="S1 Foto")

    def lead():
        return [
            P("Wer an einem Samstagvormittag über den Lindenplatz geht, sieht es sofort: Der Wochenmarkt drängt sich "
              "zwischen Brunnen und Bushaltestelle, während gleich daneben das schönste Gebäude des Viertels mit "
              "verhängten Fenstern dasteht. Die Markthalle, 1911 als städtische Fleisch- und Gemüsehalle eröffnet, "
              "ist seit drei Jahren geschlossen. Das Dach ist undicht, die Heizung stammt aus den Siebzigerjahren, "
              "und im Keller steht nach jedem Starkregen das Wasser.", body0),
            P("Nun kommt Bewegung in die Sache. Die Stadt hat im Januar angekündigt, das Gebäude im Erbbaurecht an "
              "einen privaten Partner zu vergeben. Im Gespräch ist die Sporer Projektentwicklung aus dem Umland, die "
              "in der Halle ein Kino, Gastronomie und Büros unterbringen möchte. Gleichzeitig hat sich im Viertel die "
              "Initiative „Markthalle für alle“ gegründet, die das Haus als Genossenschaft übernehmen will."),
            P("Am 24. März soll der Bezirksbeirat eine Empfehlung abgeben. Die endgültige Entscheidung fällt im "
              "Gemeinderat, voraussichtlich noch vor der Sommerpause."),
            P("„Wir verkaufen nicht das Tafelsilber“, betont Baudezernentin Katrin Wolters. Es gehe um ein "
              "Erbbaurecht über 66 Jahre, die Halle bleibe im Eigentum der Stadt. „Aber wir können die Sanierung "
              "aus eigener Kraft nicht bezahlen. Das ist die ehrliche Wahrheit.“"),
            P("Weiter auf Seite 2", cont),
        ]

    flow(c, cols(2, ML, W2, top - 372, MB), lead, balance=True, where="S1 Text")

    # rechte Spalte: Inhalt + Kurzmeldung
    def right():
        return [
            box(
                [
                    P("In dieser Ausgabe", box_head),
                    P("Nachgefragt: Wie geht es dem kleinen Laden am Mühlgraben? <font name='Cond'>Seite 5</font>",
                      teaser),
                    P("„Lindenhof leuchtet“: Laternen, Lesungen, Flohmarkt <font name='Cond'>Seite 5</font>", teaser),
                    P("Ein Garten für die Kanalschule <font name='Cond'>Seite 6</font>", teaser),
                    P("Der Winter im Viertel in Bildern <font name='Cond'>Seite 7</font>", teaser),
                    P("Ausstellung „Hundert Jahre Mühlgraben“ <font name='Cond'>Seite 8</font>", teaser),
                    P("Sport, Geschichte, Leserbriefe <font name='Cond'>Seiten 9 und 10</font>", teaser),
                ],
                W1,
                pad=8,
            ),
            Spacer(1, 12),
            Rule(RED, 1.5),
            P("WOCHENMARKT", kicker),
            P("Drei neue Stände ab April", h_small),
            P("Ab dem 4. April kommen drei neue Stände auf den Wochenmarkt am Lindenplatz: eine Käserei aus dem "
              "Allgäu, ein Stand mit syrischen Backwaren und eine Gärtnerei, die Jungpflanzen für Balkon und "
              "Hochbeet verkauft. Der Markt öffnet dann samstags schon um 7 Uhr, mittwochs bleibt es bei 8 bis "
              "13 Uhr.", body0),
            P("Wegen der Bauarbeiten an der Haltestelle rücken die Stände ab Mai etwas näher an den Brunnen. Der "
              "Marktmeister bittet um Verständnis, falls es in den ersten Wochen eng wird. (mk)"),
        ]

    flow(c, [(colx(2), MB, W1, top - MB)], right, where="S1 rechts")
    vline(c, colx(2) - GAP / 2, MB, top)


def page2(c):
    chrome(c, 2)

    def head():
        return [
            P("Fortsetzung von Seite 1", cont),
            P("Zwei Konzepte für ein Gebäude", h_big),
        ]

    flow(c, [(ML, TOP - 46, CONTENT_W, 44)], head, where="S2 Kopf")

    def story():
        return [
            P("Die Sanierungskosten schätzt das städtische Hochbauamt auf rund 9,4 Millionen Euro. Allein das Dach, "
              "eine genietete Stahlkonstruktion mit gläsernen Oberlichtern, verschlingt nach ersten Gutachten fast "
              "drei Millionen. Hinzu kommen Brandschutz, barrierefreie Zugänge, neue Toiletten und eine komplett "
              "neue Haustechnik.", body0),
            P("Zum Vergleich: Der gesamte Bauunterhalt für alle städtischen Gebäude im Bezirk lag im vergangenen Jahr "
              "bei knapp 2,1 Millionen Euro. Dass die Stadt die Halle allein saniert, hält deshalb niemand im "
              "Rathaus für realistisch, auch nicht die Fraktionen, die einen Verkauf grundsätzlich ablehnen."),
            P("Das Konzept des Investors", sub),
            P("Die Sporer Projektentwicklung hat ihre Pläne Ende Januar im Bürgerhaus vorgestellt. Im Erdgeschoss "
              "soll ein Kino mit zwei Sälen entstehen, daneben Gastronomie und eine kleine Markthalle mit acht "
              "Ständen. In einem eingezogenen Obergeschoss sind Büros geplant. Geschäftsführer Maximilian Sporer warb "
              "vor rund 200 Zuhörerinnen und Zuhörern für das Vorhaben: „Wir bringen das Geld mit, und wir bringen "
              "Leben auf den Platz. Ein Kino hat Lindenhof seit vierzig Jahren nicht mehr.“"),
            P("Applaus gab es dafür nur vereinzelt. Mehrere Anwohnerinnen fragten nach den Mieten für die "
              "Marktstände, andere nach den Öffnungszeiten der Gastronomie und dem Lärm am Abend. Sporer versprach, "
              "die Standmieten in den ersten fünf Jahren auf dem heutigen Niveau des Wochenmarkts zu halten. "
              "Schriftlich zusagen wollte er das an diesem Abend allerdings nicht."),
            P("Kritik kommt auch vom Denkmalschutz. Die Halle steht seit 1987 unter Schutz, und das Landesamt hat "
              "bereits signalisiert, dass ein Einbau von Kinosälen in das offene Hallenschiff nur schwer "
              "genehmigungsfähig sei. Die Sporer-Pläne sehen deshalb vor, die Säle als „Haus im Haus“ in den "
              "hinteren Teil zu stellen, ohne die Stahlstützen anzutasten."),
            P("Die Idee der Genossenschaft", sub),
            P("Ganz anders stellt sich die Initiative „Markthalle für alle“ die Zukunft vor. Sie will eine "
              "Genossenschaft gründen, die das Erbbaurecht übernimmt und die Halle in mehreren Abschnitten saniert. "
              "Unten sollen wieder Händlerinnen und Händler einziehen, dazu eine Stadtteilküche und ein Saal für "
              "Vereine; das Obergeschoss könnte an soziale Träger vermietet werden."),
            P("Sprecher der Initiative ist Jan-Erik Halvorsen, Architekt und seit zwanzig Jahren im Viertel zu "
              "Hause. Er sitzt an einem Dienstagabend mit uns im Café Kranich gegenüber der Halle und zeigt Pläne "
              "auf seinem Laptop. „Eine Markthalle ist kein Kino mit ein paar Gemüsekisten davor“, sagt er. „Sie ist "
              "ein Ort, an dem Leute einkaufen, die sich kein Kino leisten können.“"),
            P("Rund 430 Menschen haben bisher erklärt, Anteile zeichnen zu wollen, die meisten zu 500 Euro. Das ergäbe "
              "gut 200.000 Euro Eigenkapital: ein Anfang, aber bei Weitem nicht genug. Die Initiative setzt deshalb "
              "auf Fördermittel aus dem Bund-Länder-Programm „Lebendige Zentren“ und auf einen Kredit einer "
              "Genossenschaftsbank, mit der bereits Gespräche laufen."),
            P("Halvorsen gibt offen zu, dass der Zeitplan der Genossenschaft länger ist. Zuerst müsste das Dach "
              "gesichert werden, dann das Erdgeschoss, erst in einigen Jahren das Obergeschoss. „Wir sind langsamer, "
              "das stimmt. Aber wir gehen nicht wieder weg, wenn die Rendite nicht stimmt.“"),
            P("Wer rechnet richtig?", sub),
            P("Die Stadtverwaltung hat beide Seiten gebeten, ihre Zahlen offenzulegen. Die Sporer Projektentwicklung "
              "hat eine Kostenschätzung eingereicht, will aber ihre Renditeerwartung nicht öffentlich machen. Die "
              "Initiative hat ihren Finanzplan ins Netz gestellt, samt einer Liste der Risiken, die sie selbst "
              "sieht. Ganz oben steht dort: „Das Dach ist teurer als gedacht.“ Es ist wohl der einzige Satz, auf "
              "den sich in diesem Streit alle einigen können."),
            P("Ein unabhängiges Gutachten soll bis Mitte März klären, welches Modell die Stadt langfristig weniger "
              "kostet. Die Mitglieder des Bezirksbeirats sollen es eine Woche vor ihrer Sitzung erhalten."),
        ]

    y = flow(c, cols(3, ML, CONTENT_W, TOP - 52, MB + 214), story, balance=True, where="S2")
    ph = y - 12 - MB - 34

    def photo():
        return [
            Photo(W2, ph),
            P("Blick in das Hallenschiff: Die genietete Stahlkonstruktion des Dachs steht seit 1987 unter "
              "Denkmalschutz. Foto: Kaito Fujimori", caption),
        ]

    flow(c, [(ML, MB, W2, y - 12 - MB)], photo, where="S2 Foto")

    def facts():
        rows = [
            ("Eröffnet", "2. Oktober 1911"),
            ("Nutzfläche", "rund 2.300 Quadratmeter"),
            ("Denkmalschutz", "seit 1987"),
            ("Leerstand", "seit Juli 2023"),
            ("Sanierungskosten", "rund 9,4 Mio. Euro (Schätzung)"),
            ("Erbbaurecht", "66 Jahre"),
        ]
        st = [P("Die Markthalle in Zahlen", box_head)]
        for k, v in rows:
            st.append(P(f"<b>{k}:</b> {v}", small))
        return [box(st, W1, pad=8)]

    flow(c, [(colx(2), MB, W1, y - 12 - MB)], facts, where="S2 Zahlen")


def page3(c):
    chrome(c, 3)

    def story():
        return [
            Photo(W1, 120),
            P("Ayşe Demirtaş an ihrem Stand auf dem Lindenplatz. Foto: Jonas Reinhardt", caption),
            P("Was die Händler sagen", sub),
            P("Ayşe Demirtaş verkauft seit 1998 Obst und Gemüse auf dem Lindenplatz, zuerst in der Halle, seit "
              "deren Schließung draußen unter einem Pavillon. Sie hat beide Präsentationen besucht und ist hin- und "
              "hergerissen. Ein Kino bringe Kundschaft, das sei nicht zu bestreiten. „Aber ich will nicht Dekoration "
              "sein für ein Kino“, sagt sie. „Ich will einen Stand, den ich im Winter heizen kann, und eine Miete, "
              "die ich mir in zehn Jahren noch leisten kann.“", body0),
            P("Auch im Bezirksbeirat ist die Stimmung gespalten. Die eine Seite will die Sanierung möglichst schnell "
              "in private Hände geben, die andere verlangt ein offenes Verfahren, in dem beide Konzepte nach "
              "denselben Kriterien geprüft werden. Bezirksbeirätin Mirela Vuković gehört zu denen, die auf Zeit "
              "setzen. „Wir dürfen die Halle nicht dem geben, der am lautesten ist, sondern dem, der sie in dreißig "
              "Jahren noch betreibt“, sagte sie nach der letzten Sitzung."),
            P("Was, wenn keiner gewinnt?", sub),
            P("Eine dritte Möglichkeit wird im Rathaus nur hinter vorgehaltener Hand besprochen: dass sich der "
              "Gemeinderat auf keines der beiden Modelle einigt. Dann, so heißt es aus der Verwaltung, bliebe nur "
              "eine Notsicherung des Dachs für rund 1,2 Millionen Euro, und die Halle stünde weitere Jahre leer. Für "
              "die Händlerinnen und Händler auf dem Platz wäre das die schlechteste aller Lösungen.", body0),
            P("Dabei drängt die Zeit. Bei einer Begehung im Dezember fanden Gutachter durchgerostete Anschlüsse an "
              "zwei Dachträgern. Der hintere Teil der Halle ist seitdem mit Bauzäunen gesperrt; Tauben und Marder "
              "sind die einzigen regelmäßigen Besucher. Ein Statiker, der die Halle seit Jahren kennt, schätzt, dass "
              "das Dach noch zwei, vielleicht drei Winter hält."),
            P("Wie geht es weiter?", sub),
            P("Die Sitzung am 24. März ist öffentlich, sie beginnt um 18 Uhr im großen Saal des Bürgerhauses. Die "
              "Initiative ruft dazu auf, zahlreich zu erscheinen; die Sporer Projektentwicklung hat angekündigt, "
              "ihre Pläne dort noch einmal vorzustellen.", body0),
            P("Baudezernentin Wolters hofft auf eine Lösung, die mehr ist als ein fauler Kompromiss. Eine Kombination "
              "beider Modelle sei denkbar, sagte sie uns, etwa eine Genossenschaft für das Erdgeschoss und ein "
              "privater Partner für das Obergeschoss. Ob das trägt, wird sich zeigen. Sicher ist nur: Noch ein "
              "Winter mit undichtem Dach, und die Entscheidung hat sich von selbst erledigt."),
        ]

    y = flow(c, cols(3, ML, CONTENT_W, TOP - 8, MB + 300), story, balance=True, where="S3")

    # Umfrage
    ytop = y - 14
    n = 5
    pw = (CONTENT_W - 12 - (n - 1) * 9) / n
    ybot = ytop - 70 - pw * 1.45 - 112
    c.setFillColor(PAPER)
    c.rect(ML - 4, ybot, CONTENT_W + 8, ytop - ybot + 4, stroke=0, fill=1)

    def vhead():
        return [
            P("UMFRAGE", kicker),
            P("Was soll aus der Markthalle werden?", h_big),
            P("Umfrage und Fotos: Jonas Reinhardt", byline),
        ]

    flow(c, [(ML + 6, ytop - 62, CONTENT_W - 12, 58)], vhead, where="S3 Umfrage Kopf")
    people = [
        ("Helga Brandstätter, 71, Rentnerin",
         "„Ich habe in der Halle als Kind Sauerkraut aus dem Fass gekauft. Ein Kino brauche ich nicht, aber einen "
         "Bäcker, der um sieben aufmacht.“"),
        ("Murat Kaya, 38, Busfahrer",
         "„Hauptsache, es passiert endlich etwas. Drei Jahre Leerstand mitten auf dem Platz, das ist doch "
         "peinlich für so ein Viertel.“"),
        ("Sophie Lemaire, 24, Studentin der Sozialen Arbeit",
         "„Eine Stadtteilküche fände ich toll. Da könnte man zusammen kochen, auch wenn die eigene Wohnung winzig "
         "ist.“"),
        ("Wojciech Malinowski, 52, Elektromeister",
         "„Ich habe mir das Dach mal von innen angeschaut. Wer das saniert, muss wissen, was er tut, egal ob "
         "Investor oder Genossenschaft.“"),
        ("Lina Okonkwo, 16, Schülerin",
         "„Kino wäre schon cool. Aber bitte mit Preisen, die man sich mit Taschengeld leisten kann.“"),
    ]
    for i, (name, q) in enumerate(people):
        x = ML + 6 + i * (pw + 9)
        flow(c, [(x, ybot + 4, pw, ytop - 70 - ybot - 4)],
             lambda name=name, q=q: [Photo(pw, pw * 1.45), P(name, vox_name), P(q, vox)], where="S3 vox")
    chronik(c, ybot - 12)


def chronik(c, ytop):
    def story():
        items = [
            ("1911", "Eröffnung als städtische Fleisch- und Gemüsehalle"),
            ("1978", "Der letzte Fischhändler zieht aus"),
            ("1987", "Die Halle wird unter Denkmalschutz gestellt"),
            ("2023", "Schließung nach einem Wasserschaden"),
            ("Jan. 2026", "Die Stadt sucht einen Partner im Erbbaurecht"),
            ("24.3.2026", "Empfehlung des Bezirksbeirats"),
        ]
        s = [P("Chronik der Markthalle", box_head)]
        row = [[P(f"<b>{a}</b><br/>{b}", small) for a, b in items]]
        t = Table(row, colWidths=[(CONTENT_W - 16) / len(items)] * len(items))
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                               ("LINEBEFORE", (1, 0), (-1, -1), 0.5, RED)]))
        s.append(t)
        return [box(s, CONTENT_W, bg=colors.white, pad=8, border=RED)]

    flow(c, [(ML, MB, CONTENT_W, ytop - MB)], story, where="S3 Chronik")


def page4(c):
    chrome(c, 4)

    def head():
        return [
            P("GRUSSWORT", kicker),
            P("Streiten Sie weiter – aber fair", h_big),
        ]

    flow(c, [(ML, TOP - 52, W2, 48)], head, where="S4 Kopf")

    def letter():
        return [
            Photo(W1, 150),
            P("Friedrich Almeroth im Bürgerhaus. Foto: Nadia Benali", caption),
            P("Liebe Lindenhoferinnen und Lindenhofer,", body0),
            P("der Frühling kommt in diesem Jahr mit einer ganzen Reihe von Baustellen, im wörtlichen wie im "
              "übertragenen Sinn. Die Haltestelle am Lindenplatz wird barrierefrei umgebaut, die Kanalstraße bekommt "
              "endlich einen durchgehenden Radweg, und über die Zukunft der Markthalle wird in diesen Wochen so "
              "leidenschaftlich gestritten wie über kaum ein anderes Thema in unserem Stadtteil."),
            P("Ich finde diesen Streit gut. Er zeigt, dass Ihnen Ihr Viertel nicht egal ist. Ich bitte Sie aber auch, "
              "fair zu bleiben: Wer ein Kino in der Halle sehen möchte, verrät nicht das Viertel, und wer für eine "
              "Genossenschaft wirbt, ist kein Träumer. Beide Seiten wollen, dass das Haus wieder lebt."),
            P("Ein Schüler der Kanalschule hat mir in der vergangenen Woche geschrieben: „Wenn die Markthalle ein Kino "
              "wird, komme ich jeden Tag. Wenn sie ein Markt wird, kommt meine Oma jeden Tag. Können nicht beide "
              "kommen?“ Klüger lässt sich die Aufgabe kaum beschreiben, die vor uns liegt."),
            P("Bis zur Entscheidung im Gemeinderat biete ich an jedem ersten Donnerstag im Monat von 17 bis 19 Uhr im "
              "Bürgerhaus eine offene Sprechstunde an. Kommen Sie vorbei, auch wenn es nicht um die Markthalle geht. "
              "Über die Baustelle an der Haltestelle, über Lärm, Müll und Parkplätze rede ich genauso gern, und ich "
              "verspreche Ihnen, dass jede Frage eine Antwort bekommt, notfalls schriftlich."),
            P("Zum Schluss eine Einladung: Am 20. März zieht der Laternenumzug „Lindenhof leuchtet“ wieder vom "
              "Mühlgraben zum Lindenplatz. Ich freue mich darauf, viele von Ihnen dort zu treffen, und danke allen, "
              "die in ihrer freien Zeit dieses Fest vorbereiten, den Verkehr regeln und am Ende den Platz wieder "
              "aufräumen."),
            Spacer(1, 6),
            P("Ihr", sign),
            P("Friedrich Almeroth", sign_b),
            P("Bürgermeister", sign),
        ]

    flow(c, cols(2, ML, W2, TOP - 58, MB + 180), letter, balance=True, where="S4 Brief")

    def lower():
        return [
            Rule(RED, 1.5),
            P("BAUSTELLE", kicker),
            P("Haltestelle Lindenplatz: Ersatzhalt bis Oktober", h_mid),
            P("Von Selin Çelik", byline),
            P("Seit dem 2. März wird die Haltestelle am Lindenplatz umgebaut. Die Bahnsteige werden angehoben, damit "
              "man künftig ohne Stufe in Bus und Straßenbahn einsteigen kann, und das Wartehäuschen bekommt ein "
              "begrüntes Dach. Bis voraussichtlich Oktober halten die Linien 4 und 17 an einem Ersatzhalt in der "
              "Lindenstraße, rund 150 Meter weiter nördlich.", body0),
            P("Die Verkehrsbetriebe raten, an Markttagen etwas mehr Zeit einzuplanen. Für Menschen mit Rollator "
              "oder Kinderwagen gibt es einen provisorischen Überweg mit abgesenktem Bordstein. Beschwerden und "
              "Hinweise nimmt das Baustellentelefon der Verkehrsbetriebe entgegen, werktags von 7 bis 18 Uhr."),
        ]

    flow(c, cols(2, ML, W2, MB + 170, MB), lower, balance=True, where="S4 unten")

    # rechte Spalte: Kurz notiert
    def right():
        return [
            box([P("Kurz notiert", ParagraphStyle("kn", parent=box_head, textColor=colors.white))], W1,
                bg=RED, pad=5),
            Spacer(1, 6),
            P("Radweg Kanalstraße", h_small),
            P("Zwischen der Mühlgrabenbrücke und der Einmündung Lindenstraße beginnen am 13. April die Arbeiten am "
              "neuen Radweg. Die Kanalstraße wird dafür abschnittsweise zur Einbahnstraße, Parkplätze fallen "
              "während der Bauzeit weg. Fertig sein soll alles bis zu den Sommerferien. (ab)", body0),
            Rule(),
            P("Bücherschrank wieder offen", h_small),
            P("Der offene Bücherschrank am Brunnen ist repariert. Unbekannte hatten im Januar die Tür aus den Angeln "
              "gerissen; ein Tischler aus dem Viertel hat sie kostenlos ersetzt. Die Paten des Schranks bitten "
              "darum, keine Lexika und keine nassen Kartons mehr abzustellen. (mk)", body0),
            Rule(),
            P("Neue Hebammenpraxis", h_small),
            P("In der Mühlgrabenstraße 31 hat Anfang Februar eine Hebammenpraxis eröffnet. Drei Hebammen bieten "
              "dort Vorsorge, Kurse und Nachsorge an, auch auf Türkisch, Arabisch und Englisch. Eine Anmeldung ist "
              "ab der zwölften Schwangerschaftswoche möglich. (ab)", body0),
            Rule(),
            P("Sprechstunde der Polizei", h_small),
            P("Der Bezirksdienst der Polizei ist ab März jeden zweiten Dienstag von 10 bis 12 Uhr im Bürgerhaus "
              "erreichbar. Wer Fragen zu Sicherheit, Fahrraddiebstahl oder Nachbarschaftsstreit hat, kann ohne "
              "Termin kommen. (mk)", body0),
        ]

    flow(c, [(colx(2), MB, W1, TOP - 8 - MB)], right, where="S4 rechts")
    vline(c, colx(2) - GAP / 2, MB, TOP - 8)


def page5(c):
    chrome(c, 5)
    # Nachgefragt (oben, ganze Breite)
    def nq_head():
        return [
            P("NACHGEFRAGT", kicker),
            P("„Die Beratung kann mir kein Onlineshop nachmachen“", h_big),
        ]

    flow(c, [(ML, TOP - 76, CONTENT_W, 72)], nq_head, where="S5 Kopf")

    def nq():
        return [
            Photo(W1, 170),
            P("Giuseppe Marchetti in seinem Laden in der Mühlgrabenstraße. Foto: Kaito Fujimori", caption),
            P("Seit 1987 führt Giuseppe Marchetti die Eisenwarenhandlung Marchetti in der Mühlgrabenstraße 14, die "
              "sein Vater Salvatore Marchetti 1962 gegründet hat. Wir wollten von ihm wissen, wie es dem kleinen "
              "Einzelhandel im Viertel geht.", ParagraphStyle("intro", parent=body0, fontName="Serif-Bold")),
            P("<b>Frage:</b> Herr Marchetti, wie lange gibt es einen Laden wie Ihren noch am Mühlgraben?", q_style),
            P("<b>Antwort:</b> So lange, wie die Leute eine einzelne Schraube kaufen wollen und nicht eine Packung "
              "mit zweihundert. Im Ernst: Das Internet hat uns viel weggenommen, aber es kann keinen tropfenden "
              "Wasserhahn anschauen und sagen, welche Dichtung fehlt. Das kann ich. Meine Kundschaft ist älter "
              "geworden, aber in den letzten zwei Jahren kommen auch wieder junge Familien, die ihre "
              "Altbauwohnungen selbst renovieren. Die brauchen Beratung, nicht nur Ware. Manche stehen eine halbe "
              "Stunde mit mir vor dem Regal mit den Dübeln, und danach kaufen sie für drei Euro ein. Das ist in "
              "Ordnung, die kommen wieder.", a_style),
            P("Was mir Sorgen macht, sind die Gewerbemieten. Mein Vermieter ist anständig, aber wenn das Haus "
              "verkauft wird, weiß ich nicht, was passiert. Und ich wünsche mir, dass die Stadt bei der Markthalle "
              "an uns Kleine denkt. Wenn dort wieder Leben ist, profitiert die ganze Straße. Wenn dort nur Büros "
              "sind, nicht. Mein Vater hat immer gesagt: „Ein Laden ohne Nachbarn ist nur ein Lager.“ Daran glaube "
              "ich bis heute.", a_style),
            P("<i>Die Frage stellte Mara Krüger.</i>", ParagraphStyle("nqby", parent=body0, spaceBefore=3)),
        ]

    y = flow(c, cols(3, ML, CONTENT_W, TOP - 80, TOP - 420), nq, balance=True, where="S5 Nachgefragt")
    c.setStrokeColor(RED)
    c.setLineWidth(1.5)
    c.line(ML, y - 10, PAGE_W - MR, y - 10)
    y2 = y - 18

    def ev_head():
        return [
            P("FRÜHLING IM VIERTEL", kicker),
            P("Laternen, Lesungen und ein Flohmarkt", h_mid),
            P("Von Ole Brandvold", byline),
        ]

    flow(c, [(ML, y2 - 58, W2, 58)], ev_head, where="S5 Ev Kopf")

    def ev():
        return [
            P("Kaum sind die letzten Streusalzreste von den Gehwegen gefegt, füllt sich der Kalender im Viertel. Den "
              "Anfang macht am Freitag, 20. März, der Laternenumzug „Lindenhof leuchtet“, der inzwischen zum "
              "neunten Mal stattfindet. Treffpunkt ist um 18.30 Uhr die Brücke am Mühlgraben, von dort zieht der "
              "Umzug mit Blaskapelle über die Kanalstraße bis zum Lindenplatz, wo es Punsch und Maronen gibt.",
              body0),
            P("„Letztes Jahr hatten wir ungefähr 600 Laternen, dieses Jahr wollen wir die Tausend knacken“, sagt "
              "Beatrix Holzapfel, die den Umzug seit 2019 mit einer Handvoll Freiwilliger organisiert. Laternen "
              "werden in der Woche davor in der Stadtteilbibliothek gebastelt, Material ist vorhanden."),
            P("Eine Woche später, am Samstag, 28. März, ruft der Bürgerverein zum Frühjahrsputz „Sauberer "
              "Mühlgraben“ auf. Handschuhe, Zangen und Säcke stellt die Stadtreinigung, Treffpunkt ist um 10 Uhr am "
              "Bootsanleger. Im vergangenen Jahr kamen 140 Helferinnen und Helfer und sammelten mehr als zwei Tonnen "
              "Abfall, darunter vier Fahrräder und ein Einkaufswagen."),
            P("Wer lieber tauscht als sammelt, ist am 11. April richtig: Dann verwandelt sich der Schulhof der "
              "Kanalschule in den Flohmarkt „Kram &amp; Klönschnack“. Standgebühr ist ein selbst gebackener Kuchen, "
              "der Erlös aus dem Kuchenverkauf geht an den Förderverein der Schule. Anmeldung für Stände bis 3. "
              "April im Bürgerbüro."),
            P("Und schließlich startet im April die neue Lesereihe „Lesen am Kanal“: Einmal im Monat lesen Autorinnen "
              "und Autoren aus der Region im Café Kranich, den Anfang macht am 16. April die Krimiautorin Ilka "
              "Sandmeier mit ihrem neuen Roman „Schleusenzeit“. Der Eintritt ist frei, um eine Spende wird gebeten."),
        ]

    flow(c, cols(2, ML, W2, y2 - 62, MB), ev, balance=True, where="S5 Ev")

    def evphoto():
        return [
            Photo(W1, 200),
            P("Beim Laternenumzug im vergangenen Jahr: Die Blaskapelle führt den Zug über die Kanalstraße. "
              "Foto: Ole Brandvold", caption),
        ]

    flow(c, [(colx(2), MB, W1, y2 - MB)], evphoto, where="S5 Foto")


def page6(c):
    chrome(c, 6)

    def head():
        return [
            P("SCHULE", kicker),
            P("Wo früher Asphalt war, sollen bald Bohnen wachsen", h_big),
            P("Die Kanalschule verwandelt ihren halben Schulhof in einen Garten. Eltern, Kleingärtner und ein "
              "Hausmeister mit grünem Daumen packen mit an.",
              ParagraphStyle("dek6", fontName="Cond-Bold", fontSize=9.8, leading=12.5, spaceAfter=4)),
            P("Von Hanne Sørensen", byline),
        ]

    flow(c, [(ML, TOP - 124, W2, 120)], head, where="S6 Kopf")

    def story():
        return [
            Photo(W2, 150),
            P("Noch ist der hintere Schulhof grau: Hier sollen bis zum Sommer Hochbeete, ein Teich und ein "
              "Weidentunnel entstehen. Foto: Jonas Reinhardt", caption),
        ]

    flow(c, [(ML, TOP - 306, W2, 178)], story, where="S6 Foto")

    def text():
        return [
            P("Wer morgens um Viertel vor acht an der Kanalschule vorbeikommt, hört zuerst die Kinder und dann Rolf "
              "Bäumler. Der Hausmeister steht mit einer Schubkarre am Rand des hinteren Schulhofs und erklärt einer "
              "Gruppe Drittklässler, warum man Regenwürmer nicht in die Hosentasche steckt. Bäumler arbeitet seit "
              "23 Jahren an der Schule. So viel Gesprächsbedarf über Würmer, sagt er, habe es noch nie gegeben.",
              body0),
            P("Der Grund ist ein Projekt, das im Herbst mit einem Elternabend begann und inzwischen das halbe "
              "Kollegium beschäftigt. Der hintere Teil des Schulhofs, rund 900 Quadratmeter Asphalt mit zwei "
              "Basketballkörben und einer Tischtennisplatte, soll zu einem Schulgarten werden. Geplant sind zwölf "
              "Hochbeete, ein kleiner Teich, eine Obstwiese mit alten Sorten und ein Tunnel aus Weidenruten, in "
              "dem man sich verstecken kann."),
            P("„Wir haben eine Schule ohne einen einzigen Baum auf dem Gelände“, sagt Schulleiterin Annette "
              "Grünewald-Osei. „Die Kinder wachsen hier zwischen Kanal und Hauptstraße auf. Viele haben noch nie "
              "eine Kartoffel aus der Erde gezogen.“ Der Garten solle deshalb kein Schmuckstück für den Tag der "
              "offenen Tür werden, sondern ein Unterrichtsraum: für Sachkunde, für Mathe beim Ausmessen der Beete, "
              "für Deutsch beim Beschriften der Pflanzschilder."),
            P("Hilfe aus der Kolonie", sub),
            P("Dass aus der Idee so schnell ein Plan wurde, liegt auch an den Nachbarn. Der Kleingartenverein Am "
              "Mühlgraben, dessen Kolonie nur durch einen Zaun vom Schulhof getrennt ist, hat eine Patenschaft "
              "übernommen. Vereinsmitglieder zeigen den Klassen, wie man Saatgut gewinnt, und haben versprochen, "
              "in den Sommerferien das Gießen zu übernehmen."),
            P("Der Vorsitzende des Vereins, Stanisław Dąbrowski, hat selbst drei Enkel an der Schule. Er erzählt "
              "von einem Mädchen, das beim ersten Besuch in der Kolonie fragte, ob die Erdbeeren aus dem Supermarkt "
              "geliefert werden. Er lacht, wenn er davon erzählt, aber er meint es ernst. „Wer einmal eine Tomate "
              "selbst großgezogen hat, wirft keine mehr achtlos weg“, sagt Dąbrowski."),
            P("Fortsetzung auf Seite 10", cont),
        ]

    flow(c, cols(2, ML, W2, TOP - 312, MB), text, balance=True, where="S6 Text")

    def right():
        return [
            box([P("Aus den Vereinen", ParagraphStyle("av", parent=box_head, textColor=colors.white))], W1,
                bg=RED, pad=5),
            Spacer(1, 6),
            P("Hausaufgabenhilfe auf Türkisch und Deutsch", h_small),
            P("Text: Emre Yıldız", byline),
            P("Der Elternverein Köprü bietet ab sofort zweimal pro Woche eine zweisprachige Hausaufgabenhilfe für "
              "Grundschulkinder an, dienstags und donnerstags von 15 bis 17 Uhr im Jugendhaus an der Kanalstraße. "
              "Betreut werden die Kinder von Studierenden und Eltern. Der Verein sucht noch Freiwillige, "
              "besonders für Mathematik, und freut sich über gespendete Wörterbücher.", body0),
            Rule(),
            P("Mühlgrabenspatzen mit neuer Leitung", h_small),
            P("Der Kinderchor Mühlgrabenspatzen hat eine neue Chorleiterin: Die Musikpädagogin Fiona Gallagher-Roth "
              "übernimmt den Chor nach den Osterferien. Ihr Vorgänger Hartmut Ebeling geht nach 19 Jahren in den "
              "Ruhestand und wird beim Frühjahrskonzert am 9. Mai verabschiedet. Neue Sängerinnen und Sänger "
              "zwischen 6 und 12 Jahren sind willkommen, Proben sind mittwochs um 16 Uhr. (ts)", body0),
            Rule(),
            P("Zehn Jahre polnische Samstagsschule", h_small),
            P("Von Agnieszka Lewandowska", byline),
            P("Was 2016 mit sieben Kindern in einem Klassenzimmer begann, ist heute eine Schule mit 64 Schülerinnen "
              "und Schülern: Die polnische Samstagsschule im Gemeindehaus St. Bonifatius feiert ihr zehnjähriges "
              "Bestehen. Unterrichtet werden Sprache, Landeskunde und Geschichte. Zum Jubiläum gibt es am 25. April "
              "ein Fest mit Theateraufführung, Piroggen und Kuchen; auch Nachbarn ohne Polnischkenntnisse sind "
              "ausdrücklich eingeladen.", body0),
        ]

    flow(c, [(colx(2), MB, W1, TOP - 8 - MB)], right, where="S6 rechts")
    vline(c, colx(2) - GAP / 2, MB, TOP - 8)


def page7(c):
    chrome(c, 7)

    def head():
        return [
            P("BILDERBOGEN", kicker),
            P("Der Winter im Viertel", h_big),
            P("Wenig Schnee, viel Nebel, ein zugefrorener Kanal für genau drei Tage: So sah der Winter am Mühlgraben "
              "aus.", ParagraphStyle("dek7", fontName="Cond-Bold", fontSize=10, leading=13, spaceAfter=4)),
        ]

    flow(c, [(ML, TOP - 74, CONTENT_W, 70)], head, where="S7 Kopf")
    photos = [
        # (x, y_top, w, h, caption)
        (ML, TOP - 80, W2, 200,
         "Drei Tage Eis im Januar: Schlittschuhläufer auf dem zugefrorenen Kanal unterhalb der Mühlgrabenbrücke. "
         "Foto: Jonas Reinhardt"),
        (colx(2), TOP - 80, W1, 200,
         "Frühschicht: Bäckermeister Hakan Sezer holt um halb fünf die ersten Brezeln aus dem Ofen. "
         "Foto: Nadia Benali"),
        (ML, TOP - 324, W1, 150,
         "Nebel über der Kleingartenkolonie Am Mühlgraben. Foto: Kaito Fujimori"),
        (colx(1), TOP - 324, W1, 150,
         "Weihnachtsbaum-Sammelstelle am Lindenplatz, kurz nach Dreikönig. Foto: Ole Brandvold"),
        (colx(2), TOP - 324, W1, 150,
         "Streuen im Akkord: der Winterdienst in der Lindenstraße. Foto: Nadia Benali"),
        (ML, TOP - 518, W2, 172,
         "Die Blaskapelle Lindenhof probt im Januar im Saal des Bürgerhauses für den Laternenumzug. "
         "Foto: Kaito Fujimori"),
        (colx(2), TOP - 518, W1, 172,
         "Abendlicht auf dem Dach der Markthalle. Foto: Jonas Reinhardt"),
    ]
    for x, yt, w, h, cap in photos:
        flow(c, [(x, yt - h - 36, w, h + 36)], lambda w=w, h=h, cap=cap: [Photo(w, h), P(cap, caption)],
             where="S7 Foto")


def page8(c):
    chrome(c, 8)

    def head():
        return [
            P("AUSSTELLUNG", kicker),
            P("Hundert Jahre in einer Straße", h_big),
            P("Die Stadtteilbibliothek zeigt die Ausstellung „Hundert Jahre Mühlgraben“. Sie erzählt die Geschichte "
              "des Viertels über die Menschen, die in seinen Häusern gewohnt haben.",
              ParagraphStyle("dek8", fontName="Cond-Bold", fontSize=9.8, leading=12.5, spaceAfter=4)),
            P("Von Léa Fontaine", byline),
        ]

    flow(c, [(ML, TOP - 124, W2, 120)], head, where="S8 Kopf")

    def story():
        return [
            Photo(W2, 160),
            P("Kuratorin Henrike Lassahn vor der Wand mit den Klingelschildern aus der Mühlgrabenstraße 8. "
              "Foto: Nadia Benali", caption),
            P("Am Anfang steht ein Klingelbrett. Vierzehn Namen aus dem Jahr 1926, gefunden auf einer "
              "Hausmeisterliste im Stadtarchiv, daneben vierzehn Namen von heute. Aus Schulze, Brettschneider und "
              "Kowalski sind Nguyen, Ferreira, Schulze und Abdi geworden. Mehr als diese eine Wand bräuchte es "
              "eigentlich nicht, um zu verstehen, was die Ausstellung „Hundert Jahre Mühlgraben“ erzählen will.",
              body0),
            P("Zusammengestellt hat sie die Geschichtswerkstatt Lindenhof, eine Gruppe von zwölf Ehrenamtlichen, die "
              "seit drei Jahren Fotos, Briefe, Mietverträge und Erinnerungen sammelt. Die Kuratorin Henrike Lassahn, "
              "pensionierte Geschichtslehrerin, hat aus rund 4.000 Fundstücken etwa 250 ausgewählt. „Wir wollten "
              "keine Heimatstube mit Spinnrad“, sagt sie. „Wir wollten zeigen, dass diese Straße immer ein Ort "
              "des Ankommens war.“"),
            P("Drei Räume, drei Zeiten", sub),
            P("Der erste Raum widmet sich den Jahren der Mühlen und Gerbereien, als der Mühlgraben noch nach Lohe "
              "stank und Kinder im Kanal badeten, obwohl es verboten war. Der zweite erzählt von Krieg, Zerstörung "
              "und dem Wiederaufbau, von Ausgebombten und Geflüchteten, die in Notunterkünften im Keller der "
              "Markthalle lebten. Der dritte Raum gehört den Jahrzehnten seit 1960: den Gastarbeiterfamilien aus "
              "Italien, Jugoslawien und der Türkei, den Studierenden der Achtziger, den Spätaussiedlern und den "
              "jungen Familien von heute."),
            P("Besonders berührend ist eine Hörstation, an der Bewohnerinnen und Bewohner von ihrem ersten Tag im "
              "Viertel erzählen. Ein Mann berichtet, wie er 1971 mit einem Koffer und einer Adresse auf einem Zettel "
              "am Bahnhof stand. Eine junge Frau erzählt von ihrem ersten Winter nach der Flucht aus Syrien und "
              "davon, wie eine Nachbarin ihr wortlos eine Wolldecke vor die Tür legte."),
            P("Kleine Schwächen", sub),
            P("Nicht alles gelingt. Die Texttafeln sind oft zu lang und zu klein gedruckt, und wer nicht gut Deutsch "
              "liest, bleibt vor vielen Vitrinen außen vor. Die Geschichtswerkstatt hat angekündigt, bis Ende April "
              "Kurzfassungen auf Englisch, Türkisch und Arabisch nachzureichen. Das wäre dieser Ausstellung sehr zu "
              "wünschen, denn sie handelt genau von den Menschen, die sie im Moment noch ausschließt."),
            P("Trotzdem: Wer im Viertel wohnt, sollte hingehen. Und wer alte Fotos im Schrank hat, sollte sie "
              "mitbringen. Die Geschichtswerkstatt scannt sie vor Ort und gibt sie sofort zurück."),
            P("„Hundert Jahre Mühlgraben“, Stadtteilbibliothek Lindenhof, bis 30. Mai, Di bis Fr 10 bis 18 Uhr, "
              "Sa 10 bis 14 Uhr. Eintritt frei.", ParagraphStyle("info", parent=body0, fontName="Cond-Bold")),
        ]

    flow(c, cols(2, ML, W2, TOP - 130, MB), story, balance=True, where="S8")

    def termine():
        items = [
            ("Fr 20.3., 18.30 Uhr", "Laternenumzug „Lindenhof leuchtet“, Start an der Mühlgrabenbrücke"),
            ("Di 24.3., 18 Uhr", "Öffentliche Sitzung des Bezirksbeirats zur Markthalle, Bürgerhaus, großer Saal"),
            ("Sa 28.3., 10 Uhr", "Frühjahrsputz „Sauberer Mühlgraben“, Treffpunkt Bootsanleger"),
            ("Do 2.4., 17 Uhr", "Offene Sprechstunde des Bürgermeisters, Bürgerhaus, Raum 2"),
            ("Sa 11.4., 10 Uhr", "Flohmarkt „Kram &amp; Klönschnack“, Schulhof der Kanalschule"),
            ("Do 16.4., 19.30 Uhr", "„Lesen am Kanal“: Ilka Sandmeier liest aus „Schleusenzeit“, Café Kranich"),
            ("Sa 25.4., 14 Uhr", "Jubiläumsfest der polnischen Samstagsschule, Gemeindehaus St. Bonifatius"),
            ("So 26.4., 11 Uhr", "Führung durch „Hundert Jahre Mühlgraben“ mit der Geschichtswerkstatt"),
            ("Sa 9.5., 16 Uhr", "Frühjahrskonzert der Mühlgrabenspatzen, Aula der Kanalschule"),
            ("jeden Mi, 9 Uhr", "Sprachcafé „Deutsch beim Frühstück“, Stadtteilbibliothek"),
        ]
        s = [P("Termine", box_head), Rule(RED, 1)]
        for d, t in items:
            s.append(P(f"<b>{d}</b><br/>{t}", ParagraphStyle("ter", parent=small, spaceAfter=5)))
        s.append(P("Alle Angaben ohne Gewähr. Termine für die nächste Ausgabe bitte bis 24. April an die Redaktion. "
                   "(red)", ParagraphStyle("ter2", parent=small, fontName="Cond-Oblique")))
        return [box(s, W1, pad=8)]

    flow(c, [(colx(2), MB, W1, TOP - 8 - MB)], termine, where="S8 Termine")


def page9(c):
    chrome(c, 9)

    def sport():
        return [
            box([P("Sport", ParagraphStyle("sp", parent=box_head, textColor=colors.white))], W2, bg=RED, pad=5),
            Spacer(1, 6),
        ]

    flow(c, [(ML, TOP - 36, W2, 32)], sport, where="S9 Sport")

    def s1head():
        return [
            P("SV Lindenhof 09: Der Aufstieg ist in Reichweite", h_mid),
            P("Von Kacper Wiśniewski", byline),
            Photo(W2, 140),
            P("Jubel nach dem 3:1 gegen den FC Nordhafen: Die erste Mannschaft des SV Lindenhof 09 steht auf Platz "
              "zwei. Foto: Kaito Fujimori", caption),
        ]

    flow(c, [(ML, TOP - 250, W2, 206)], s1head, where="S9 s1 Kopf")

    def s1():
        return [
            P("Sieben Spiele vor Saisonende steht die erste Mannschaft des SV Lindenhof 09 auf dem zweiten "
              "Tabellenplatz der Bezirksliga, zwei Punkte hinter dem Spitzenreiter und mit einem Spiel weniger. Nach "
              "dem 3:1 gegen den FC Nordhafen am vergangenen Sonntag war die Stimmung auf dem Sportplatz am Kanal "
              "so gut wie seit Jahren nicht.", body0),
            P("Trainer Dragan Petrović bremst trotzdem. „Wir haben noch nichts erreicht. Die Mannschaft ist jung, "
              "und im April spielen wir dreimal auswärts gegen Gegner, die uns im Hinspiel geschlagen haben.“ Sorgen "
              "macht ihm vor allem die Verletzung von Kapitän Niklas Obermeier, der mit einem Bänderriss mindestens "
              "vier Wochen ausfällt."),
            P("Abseits des Platzes hat der Verein andere Probleme: Der Kunstrasen ist zwölf Jahre alt, und die "
              "Flutlichtanlage fällt bei Regen regelmäßig aus. Ein Antrag auf Sanierung liegt seit zwei Jahren bei "
              "der Stadt. Das nächste Heimspiel ist am 29. März um 15 Uhr gegen Eintracht Weidenau."),
        ]

    flow(c, cols(2, ML, W2, TOP - 252, TOP - 470), s1, balance=True, where="S9 s1")

    def s2():
        return [
            Rule(),
            P("Lauftreff am Kanal wächst", h_small),
            P("Jeden Samstag um 9 Uhr startet am Bootsanleger der offene Lauftreff, inzwischen mit bis zu 40 "
              "Teilnehmenden. Es gibt drei Gruppen, vom gemütlichen Einsteigertempo bis zur Zehn-Kilometer-Runde. "
              "Anmelden muss sich niemand, Kosten entstehen keine. (ts)", body0),
            Rule(),
            P("Hallenbad: Wiedereröffnung verschiebt sich", h_small),
            P("Text: Anna Bertram und Emre Yıldız", byline),
            P("Das Hallenbad an der Weidenstraße bleibt länger geschlossen als geplant. Bei der Sanierung des "
              "Beckens wurden Risse in der Bodenplatte entdeckt, die zusätzliche Gutachten erfordern. Statt im Mai "
              "soll das Bad nun frühestens im Herbst öffnen. Schulen und Vereine weichen weiter in das Bad in der "
              "Nachbarstadt aus, was für die Grundschulen lange Busfahrten bedeutet.", body0),
            Rule(),
            P("Tischtennis: Pokal für die Damen", h_small),
            P("Die Damenmannschaft des TTC Mühlgraben hat den Bezirkspokal gewonnen. Im Finale in der Turnhalle der "
              "Kanalschule setzte sie sich mit 6:4 gegen den Titelverteidiger durch. Der Verein sucht für seine "
              "Jugendgruppe noch Mädchen und Jungen ab acht Jahren; Training ist montags ab 17 Uhr. (ab)", body0),
        ]

    flow(c, [(colx(2), TOP - 470, W1, 426)], s2, where="S9 s2")
    vline(c, colx(2) - GAP / 2, TOP - 470, TOP - 44)

    # Aus der Geschichte
    c.setStrokeColor(RED)
    c.setLineWidth(1.5)
    c.line(ML, TOP - 478, PAGE_W - MR, TOP - 478)

    def hist():
        return [
            P("AUS DER GESCHICHTE", kicker),
            P("Als die Markthalle noch Fischhalle hieß", h_mid),
            Photo(W1, 110),
            P("Die Markthalle um 1925, damals noch mit Markisen an der Südseite. Foto: Stadtarchiv Lindenhof",
              caption),
            P("Als die Markthalle am 2. Oktober 1911 eröffnet wurde, nannte sie im Viertel niemand so. Für die "
              "Lindenhofer war sie von Anfang an die Fischhalle, denn an der Stirnseite lagen die Stände der "
              "Fischhändler, deren Geruch man bis zur Kirche roch. Die Stadt hatte den Bau nach langem Streit "
              "beschlossen: Der Wochenmarkt unter freiem Himmel galt als unhygienisch, und die Händler klagten "
              "über Regen und Frost.", body0),
            P("Die Zeitungen waren begeistert. „Die neue Halle ist ein Schmuckstück, wie es auch einer größeren "
              "Stadt wohl anstünde“, schrieb der Lindenhofer Anzeiger zur Eröffnung. Das Dach aus Stahl und Glas "
              "galt als technisches Wunder; an sonnigen Tagen kamen Schulklassen, um das Licht in der Halle zu "
              "bestaunen."),
            P("Ihre beste Zeit erlebte die Halle in den Fünfzigerjahren, als hier 46 Händler ihre Stände hatten. "
              "Dann kamen die Supermärkte. 1978 zog der letzte Fischhändler aus, in den Neunzigern standen nur noch "
              "eine Handvoll Stände im vorderen Teil der Halle, der Rest diente als Lager. Die Stadt überlegte "
              "mehrfach, das Gebäude abzureißen. Dass es noch steht, verdankt es dem Denkmalschutz von 1987 und "
              "einer Unterschriftensammlung, bei der damals mehr als 5.000 Namen zusammenkamen."),
            P("Wer heute über die Zukunft der Halle streitet, steht also in einer langen Tradition. Dass sie "
              "überhaupt noch da ist, haben die Lindenhofer schon einmal selbst entschieden. (gw)"),
        ]

    flow(c, cols(3, ML, CONTENT_W, TOP - 486, MB), hist, balance=True, where="S9 Geschichte")


def page10(c):
    chrome(c, 10)

    def head():
        return [
            P("Fortsetzung von Seite 6", cont),
            P("Kanalschule: Ein Garten für alle", h_mid),
        ]

    flow(c, [(ML, TOP - 44, W2, 40)], head, where="S10 Kopf")

    def story():
        return [
            P("Das Geld für den Umbau kommt aus mehreren Töpfen. Das Schulamt übernimmt das Aufbrechen des Asphalts, "
              "was mit Abstand der teuerste Teil ist. Eine Stiftung hat 18.000 Euro für Hochbeete, Werkzeug und "
              "Pflanzen zugesagt, und der Förderverein der Schule sammelt für den Teich. Den Weidentunnel wollen "
              "Eltern an einem Aktionswochenende im April selbst flechten.", body0),
            P("Nicht alle sind begeistert. Einige Eltern fürchten, dass den älteren Kindern Platz zum Toben und "
              "Ballspielen verloren geht. Die Schule hat deshalb zugesagt, einen der beiden Basketballkörbe zu "
              "erhalten und den vorderen Schulhof neu zu markieren. „Wir nehmen den Kindern nichts weg, wir geben "
              "ihnen etwas dazu“, sagt Grünewald-Osei. Ganz überzeugt hat sie damit noch nicht jeden."),
            P("Die Kinder selbst haben eine klare Meinung. Bei einer Abstimmung in den Klassen stimmten 81 Prozent für "
              "den Garten. Der neunjährige Emil hat seine Begründung auf einen Zettel geschrieben, der jetzt im "
              "Lehrerzimmer hängt: „Fußball kann man überall spielen, aber Erdbeeren gibt es nur im Garten.“"),
            P("Und Rolf Bäumler? Der Hausmeister hat sich für die Sommerferien schon Urlaub genommen, in der ersten "
              "Woche. „Danach komme ich gießen“, sagt er. „Mit den Kleingärtnern zusammen. Das lasse ich mir nicht "
              "nehmen.“"),
        ]

    yfeat = flow(c, cols(2, ML, W2, TOP - 50, TOP - 400), story, balance=True, where="S10")

    def right():
        return [
            Photo(W1, 170),
            P("Hausmeister Rolf Bäumler mit den ersten Setzlingen. Foto: Jonas Reinhardt", caption),
            box(
                [
                    P("Mitmachen", box_head),
                    P("Aktionswochenende am Schulgarten: Samstag, 18. April, und Sonntag, 19. April, jeweils ab 10 "
                      "Uhr. Gesucht werden Helferinnen und Helfer mit Spaten, Schubkarren und Geduld. Für Essen ist "
                      "gesorgt.", small),
                ],
                W1,
            ),
        ]

    flow(c, [(colx(2), TOP - 400, W1, 392)], right, where="S10 rechts")

    # Leserbriefe
    c.setStrokeColor(RED)
    c.setLineWidth(1.5)
    yl = min(yfeat, TOP - 300) - 10
    c.line(ML, yl, PAGE_W - MR, yl)

    def lb_head():
        return [P("Leserbriefe", h_big)]

    flow(c, [(ML, yl - 34, CONTENT_W, 30)], lb_head, where="S10 LB Kopf")
    letters = [
        ("Zu „Markthalle: Stadt sucht Partner“ (Ausgabe 4/2025)",
         ["Ich wohne seit 1974 am Lindenplatz und habe die Halle noch voller Leben erlebt. Ein Kino wäre mir "
          "lieber als gar nichts, aber warum fragt eigentlich niemand die Händler, die heute draußen im Regen "
          "stehen? Die sollten als Erste mitreden dürfen. Und bitte keine Büros: Davon haben wir schon genug "
          "leere Etagen in der Lindenstraße."],
         "Helmut Krawczyk, Am Mühlgraben"),
        ("Zum Radweg in der Kanalstraße",
         ["Endlich! Ich fahre jeden Tag mit meinen beiden Kindern im Lastenrad zur Kita und habe mehr als einmal "
          "erlebt, wie knapp uns Autos überholen. Dass dafür Parkplätze wegfallen, ist für manche ärgerlich. Aber "
          "Sicherheit geht vor, und vielleicht lassen dann auch ein paar Nachbarn das Auto für die kurzen Wege "
          "stehen."],
         "Fatma Öztürk, Lindenhof"),
        ("Zur Weihnachtsbeleuchtung",
         ["Ein Dank an die Geschäftsleute in der Mühlgrabenstraße, die die Lichterketten in diesem Jahr aus eigener "
          "Tasche bezahlt haben. Eine Bitte für das nächste Jahr: etwas weniger Blau, etwas mehr warmes Licht. Ich "
          "bin aus Cork hierhergezogen, und dort sieht die Straße im Dezember aus wie ein gemütliches Wohnzimmer. "
          "Das würde ich mir hier auch wünschen."],
         "Ruairí Doyle, Kanalstraße"),
        ("Zu „Kita-Plätze: Die Warteliste wird länger“ (Ausgabe 4/2025)",
         ["Vielen Dank, dass Sie das Thema aufgegriffen haben. Wir haben unsere Tochter vierzehn Monate vor dem "
          "gewünschten Termin angemeldet und warten trotzdem noch. Was in Ihrem Artikel fehlte: Viele Familien im "
          "Viertel arbeiten im Schichtdienst und brauchen Betreuung vor sieben Uhr morgens. Die gibt es im ganzen "
          "Stadtteil an keiner einzigen Einrichtung.",
          "Ich würde mir wünschen, dass die Stadt bei der Planung der neuen Kita am Kanal auch an diese Familien "
          "denkt, und dass die Rundschau an dem Thema dranbleibt."],
         "Dr. Ingrid Holmqvist-Baran, Lindenstraße"),
    ]
    def lb():
        st = []
        for topic, paras, who in letters:
            st.append(P(topic, ParagraphStyle("lbt", parent=h_small, spaceBefore=4)))
            for t in paras:
                st.append(P(t, body0))
            st.append(P(who, ParagraphStyle("lbw", parent=body0, fontName="Serif-Italic", alignment=TA_LEFT,
                                            spaceBefore=3, spaceAfter=8)))
        return st

    flow(c, cols(3, ML, CONTENT_W, yl - 40, MB + 22), lb, balance=True, where="S10 LB")
    c.setFont("Cond-Oblique", 7.3)
    c.setFillColor(INK)
    c.drawString(ML, MB + 6, "Leserbriefe geben nicht die Meinung der Redaktion wieder. Die Redaktion behält sich "
                             "Kürzungen vor. Zuschriften bitte mit vollem Namen und Anschrift.")


def page11(c):
    chrome(c, 11)

    def service():
        return [
            box(
                [
                    P("Service", box_head),
                    P("<b>Notruf</b> Polizei 110, Feuerwehr und Rettungsdienst 112", small),
                    P("<b>Ärztlicher Bereitschaftsdienst</b> 116 117", small),
                    P("<b>Bürgerbüro Lindenhof</b> Lindenplatz 3, Mo, Di, Do 8 bis 16 Uhr, Mi 8 bis 18 Uhr", small),
                    P("<b>Stadtteilbibliothek</b> Di bis Fr 10 bis 18 Uhr, Sa 10 bis 14 Uhr", small),
                    P("<b>Jugendhaus Kanalstraße</b> Mo bis Fr 14 bis 20 Uhr", small),
                    P("<b>Wertstoffhof</b> Weidenstraße 40, Mo bis Sa 8 bis 17 Uhr", small),
                ],
                W1,
            ),
            Spacer(1, 10),
            box(
                [
                    P("Kleinanzeigen", box_head),
                    P("Suche Nachhilfe in Mathe für meinen Sohn (8. Klasse), gern zweimal pro Woche. "
                      "Tel. 0000 482193", small),
                    P("Verschenke Kinderfahrrad, 20 Zoll, blau, fahrbereit. Abholung Mühlgrabenstraße, "
                      "Tel. 0000 771204", small),
                    P("Gartenzwerg-Sammlung in gute Hände abzugeben. Nur an echte Liebhaber! Tel. 0000 319955", small),
                    P("Chor sucht Tenöre. Keine Vorkenntnisse nötig, nur Freude am Singen. Proben montags, "
                      "Gemeindehaus St. Bonifatius", small),
                    P("Kleinanzeigen sind für Privatleute kostenlos. Bitte an die Redaktion schicken.",
                      ParagraphStyle("ka", parent=small, fontName="Cond-Oblique")),
                ],
                W1,
            ),
        ]

    flow(c, [(ML, MB, W1, TOP - 8 - MB)], service, where="S11 Service")

    def imprint():
        lab = ParagraphStyle("lab", parent=small, fontSize=8.4, leading=11.2, spaceAfter=5)
        return [
            P("Impressum", h_big),
            Rule(RED, 1.2),
            P("<b>Lindenhof-Rundschau</b> – Die Stadtteilzeitung für Lindenhof und Am Mühlgraben. 14. Jahrgang, "
              "Nr. 1, März 2026. Erscheint viermal im Jahr und wird kostenlos an alle Haushalte im Stadtteil "
              "verteilt.", lab),
            P("<b>Herausgeber:</b> Bürgerverein Lindenhof e. V., Lindenplatz 3, Bürgerhaus", lab),
            P("<b>Redaktion:</b> Dilek Aydın, Bartosz Nowicki, Anna Bertram, Mara Krüger", lab),
            P("<b>V.i.S.d.P.:</b> Renate Hollstein", lab),
            P("<b>Mitarbeit an dieser Ausgabe:</b> Ole Brandvold, Selin Çelik, Léa Fontaine, Agnieszka Lewandowska, "
              "Tobias Schreiner, Hanne Sørensen, Gerlinde Wachsmuth, Kacper Wiśniewski, Emre Yıldız", lab),
            P("<b>Fotos:</b> Nadia Benali, Ole Brandvold, Kaito Fujimori, Jonas Reinhardt", lab),
            P("<b>Kürzel:</b> ab = Anna Bertram, gw = Gerlinde Wachsmuth, mk = Mara Krüger, ts = Tobias Schreiner, "
              "red = Redaktion", lab),
            P("<b>Layout:</b> Kemal Aksoy", lab),
            P("<b>Anzeigen:</b> Bürgerverein Lindenhof e. V., Anzeigenpreisliste Nr. 9", lab),
            P("<b>Druck:</b> Druckerei Wiesengrund, auf Recyclingpapier", lab),
            P("<b>Auflage:</b> 7.500 Exemplare", lab),
            Spacer(1, 6),
            P("Namentlich gekennzeichnete Beiträge geben nicht unbedingt die Meinung der Redaktion wieder. Für "
              "unverlangt eingesandte Manuskripte und Fotos wird keine Haftung übernommen. Nachdruck nur mit "
              "Genehmigung der Redaktion.", lab),
            P("<b>Redaktionsschluss</b> für die nächste Ausgabe (Nr. 2, Juni 2026): 24. April 2026. Die Redaktion "
              "trifft sich jeden zweiten Montag um 19 Uhr im Bürgerhaus; Gäste sind willkommen.", lab),
        ]

    flow(c, [(colx(1), MB + 200, W2, TOP - 8 - MB - 200)], imprint, where="S11 Impressum")

    def ad():
        return [
            box(
                [
                    P("Café Kranich", ParagraphStyle("ad1", fontName="Serif-BoldItalic", fontSize=22, leading=26,
                                                     alignment=TA_CENTER)),
                    P("Frühstück · Kuchen · Lesungen<br/>am Lindenplatz, gegenüber der Markthalle<br/>"
                      "täglich 8 bis 19 Uhr", ParagraphStyle("ad2", parent=small, alignment=TA_CENTER, fontSize=9,
                                                            leading=12)),
                ],
                W2,
                bg=colors.white,
                pad=14,
                border=INK,
            )
        ]

    flow(c, [(colx(1), MB, W2, 180)], ad, where="S11 Anzeige")
    vline(c, colx(1) - GAP / 2, MB, TOP - 8)


def main():
    c = canvas.Canvas(OUT, pagesize=A4, invariant=1)
    c.setTitle("Lindenhof-Rundschau Nr. 1, März 2026")
    c.setAuthor("Bürgerverein Lindenhof e. V.")
    for fn in (page1, page2, page3, page4, page5, page6, page7, page8, page9, page10, page11):
        fn(c)
        c.showPage()
    c.save()
    print("geschrieben:", OUT)


if __name__ == "__main__":
    main()
