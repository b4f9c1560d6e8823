#!/usr/bin/env python3
# Generator: "Lindenhof Leben" - Mitgliederzeitung der Wohnungsbaugenossenschaft Lindenhof eG (fiktiv)
import os
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT, TA_CENTER, TA_JUSTIFY
from reportlab.platypus import Paragraph, Frame, Spacer, Table, TableStyle, Flowable
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

D = "/usr/share/fonts/truetype/dejavu/"
for n, f in [("S", "DejaVuSans.ttf"), ("SB", "DejaVuSans-Bold.ttf"), ("R", "DejaVuSerif.ttf"),
             ("RB", "DejaVuSerif-Bold.ttf"), ("RI", "DejaVuSerif-Italic.ttf"), ("SI", "DejaVuSans-Oblique.ttf")]:
    pdfmetrics.registerFont(TTFont(n, D + f))
W, H = A4
M = 42
GREEN = colors.HexColor("#2f6b4f")
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "mieterzeitung-genossenschaft-2026-de.pdf")


class Photo(Flowable):
    def __init__(self, h, label=""):
        Flowable.__init__(self)
        self.h = h
        self.label = label

    def wrap(self, aw, ah):
        self.w = aw
        return aw, self.h

    def draw(self):
        self.canv.setFillColor(colors.HexColor("#b8b8b8"))
        self.canv.rect(0, 0, self.w, self.h, stroke=0, fill=1)
        if self.label:
            self.canv.setFillColor(colors.white)
            self.canv.setFont("S", 7)
            self.canv.drawCentredString(self.w / 2, self.h / 2, self.label)


def styles(s=1.0):
    return {
        "h": ParagraphStyle("h", fontName="RB", fontSize=21 * s, leading=25 * s, textColor=GREEN, spaceAfter=5),
        "h2": ParagraphStyle("h2", fontName="SB", fontSize=13 * s, leading=16 * s, spaceBefore=6, spaceAfter=3),
        "kick": ParagraphStyle("k", fontName="SB", fontSize=8 * s, leading=10 * s, textColor=GREEN, spaceAfter=2),
        "lead": ParagraphStyle("l", fontName="SB", fontSize=10.5 * s, leading=14 * s, spaceAfter=6),
        "by": ParagraphStyle("b", fontName="SI", fontSize=8.5 * s, leading=11 * s, spaceAfter=6),
        "p": ParagraphStyle("p", fontName="R", fontSize=9 * s, leading=12.2 * s, alignment=TA_JUSTIFY, spaceAfter=4),
        "sub": ParagraphStyle("sub", fontName="SB", fontSize=9.5 * s, leading=12 * s, spaceBefore=4, spaceAfter=2),
        "cap": ParagraphStyle("c", fontName="SI", fontSize=7.2 * s, leading=9 * s, spaceBefore=2, spaceAfter=7),
        "pq": ParagraphStyle("pq", fontName="RI", fontSize=15 * s, leading=19 * s, textColor=GREEN,
                             spaceBefore=6, spaceAfter=2),
        "pqs": ParagraphStyle("pqs", fontName="S", fontSize=8 * s, leading=10 * s, spaceAfter=8),
        "sign": ParagraphStyle("sg", fontName="RI", fontSize=9 * s, leading=12 * s, alignment=TA_RIGHT, spaceAfter=4),
        "small": ParagraphStyle("sm", fontName="S", fontSize=8 * s, leading=10.5 * s, spaceAfter=3),
        "q": ParagraphStyle("q", fontName="SB", fontSize=9 * s, leading=12.2 * s, spaceAfter=3),
    }


def build(items, s):
    st = styles(s)
    out = []
    for it in items:
        k = it[0]
        if k == "photo":
            out.append(Photo(it[1] * s, "FOTO"))
            out.append(Paragraph(it[2], st["cap"]))
        elif k == "space":
            out.append(Spacer(1, it[1]))
        elif k == "box":
            inner = build(it[1], s)
            t = Table([[inner]], colWidths=[None])
            t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e4efe8")),
                                   ("BOX", (0, 0), (-1, -1), 0.8, GREEN),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                                   ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
            out.append(t)
            out.append(Spacer(1, 6))
        else:
            out.append(Paragraph(it[1], st[k]))
    return out


def header(c, n, head):
    c.setFillColor(GREEN)
    c.rect(0, H - 30, W, 30, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("SB", 8.5)
    c.drawString(M, H - 19, "LINDENHOF LEBEN  |  Ausgabe 1 · Frühjahr 2026")
    c.drawRightString(W - M, H - 19, head)
    c.setFillColor(colors.black)
    c.setFont("S", 8)
    c.line(M, 36, W - M, 36)
    if n % 2 == 0:
        c.drawString(M, 24, "Seite %d" % n)
        c.drawRightString(W - M, 24, "Wohnungsbaugenossenschaft Lindenhof eG")
    else:
        c.drawString(M, 24, "Wohnungsbaugenossenschaft Lindenhof eG")
        c.drawRightString(W - M, 24, "Seite %d" % n)


def layout(c, n, head, top, body, ncols=2):
    header(c, n, head)
    for s in [1.0, 0.96, 0.92, 0.88, 0.85, 0.82, 0.79, 0.76]:
        y = H - 44
        tops = build(top, s)
        th = 0
        for f in tops:
            _, h = f.wrap(W - 2 * M, 1000)
            th += h + f.getSpaceBefore() + f.getSpaceAfter()
        bodyf = build(body, s)
        gap = 14
        cw = (W - 2 * M - gap * (ncols - 1)) / ncols
        bh = y - th - 44
        rest = list(bodyf)
        ok = True
        import io
        dc = canvas.Canvas(io.BytesIO(), pagesize=A4)
        trial = build(body, s)
        for i in range(ncols):
            fr = Frame(M + i * (cw + gap), 44, cw, bh, 0, 0, 0, 0)
            fr.addFromList(trial, dc)
        if trial:
            continue
        ft = Frame(M, y - th - 4, W - 2 * M, th + 6, 0, 0, 0, 0)
        ft.addFromList(tops, c)
        for i in range(ncols):
            fr = Frame(M + i * (cw + gap), 44, cw, bh, 0, 0, 0, 0)
            fr.addFromList(rest, c)
        if ncols > 1:
            c.setStrokeColor(colors.HexColor("#999999"))
            for i in range(1, ncols):
                x = M + i * (cw + gap) - gap / 2
                c.line(x, 48, x, 44 + bh)
            c.setStrokeColor(colors.black)
        assert not rest
        c.showPage()
        return
    raise SystemExit("Seite %d passt nicht" % n)


def cover(c):
    c.setFillColor(GREEN)
    c.rect(0, H - 190, W, 190, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("RB", 46)
    c.drawString(M, H - 95, "Lindenhof Leben")
    c.setFont("S", 12)
    c.drawString(M, H - 122, "Die Mitgliederzeitung der Wohnungsbaugenossenschaft Lindenhof eG")
    c.drawString(M, H - 142, "Ausgabe 1 · Frühjahr 2026 · kostenlos für alle Mitglieder")
    c.setFillColor(colors.HexColor("#b8b8b8"))
    c.rect(M, 210, W - 2 * M, H - 190 - 230, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont("SI", 7.5)
    c.drawString(M, 198, "Frühlingsfest im Innenhof Ahornweg: Die Kinder der Hausgemeinschaft bemalen den neuen Bauzaun.  Titelfoto: Jana Wierzbicki")
    c.setFont("RB", 17)
    c.drawString(M, 160, "Ahornweg 12–18: Das Gerüst fällt")
    c.setFont("R", 11)
    c.drawString(M, 142, "Die große Sanierung ist fast geschafft – ein Rundgang mit der Bauleitung.")
    c.setFont("RB", 13)
    c.drawString(M, 112, "Außerdem: Zu Hause im Lindenhof · Hausmeister")
    c.drawString(M, 130 - 48, "")
    c.drawString(M, 94, "Paolo Bianchi im Gespräch · Aus dem Mieterbeirat · Rätsel")
    c.setFont("S", 8)
    c.drawRightString(W - M, 30, "Seite 1")
    c.showPage()


P = []  # list of (head, top, body, ncols)

# ---------------- Seite 2: Inhalt + Editorial
P.append(("Inhalt & Editorial", [
    ("kick", "INHALT"),
], [
    ("box", [
        ("sub", "In dieser Ausgabe"),
        ("small", "2  Vorwort des Vorstands"),
        ("small", "3  Sanierung Ahornweg: Das Gerüst fällt"),
        ("small", "5  Neubau an der Kastanienallee: Richtfest im Mai"),
        ("small", "6  Zu Hause im Lindenhof – drei Porträts"),
        ("small", "8  „Ich kenne jeden Heizungskeller“ – Hausmeister-Interview"),
        ("small", "10 Aus dem Mieterbeirat"),
        ("small", "10 Nachbarschaft: Garten, Repair-Café, Lesekreis"),
        ("small", "11 Frühjahrsrätsel und Termine"),
        ("small", "12 Impressum"),
    ]),
    ("photo", 110, "Der Vorstand auf dem Dach des Hauses Ahornweg 14. Foto: Jana Wierzbicki"),
    ("kick", "VORWORT"),
    ("h2", "Liebe Mitglieder, liebe Nachbarinnen und Nachbarn,"),
    ("p", "wer in den vergangenen Monaten durch den Ahornweg gegangen ist, hat gesehen, wie viel sich dort bewegt. "
          "Vier Häuser aus den Fünfzigerjahren bekommen eine neue Hülle, neue Fenster und eine Heizung, die ohne Öl "
          "auskommt. Das war für die Bewohnerinnen und Bewohner eine anstrengende Zeit mit Lärm, Staub und manchem "
          "Umweg. Wir danken allen, die diese Monate mit Geduld und Humor getragen haben."),
    ("p", "Eine Genossenschaft ist kein Vermieter wie jeder andere. Sie gehört ihren Mitgliedern, und jede "
          "Entscheidung über Geld, das wir in Dächer, Dämmung und Neubau stecken, ist auch eine Entscheidung über "
          "die Nutzungsgebühren von morgen. Deshalb haben wir die Sanierung so geplant, dass die monatliche "
          "Belastung im Ahornweg um höchstens 38 Cent je Quadratmeter steigt, während die Heizkosten nach unseren "
          "Berechnungen deutlich sinken werden."),
    ("p", "Auch an der Kastanienallee geht es voran. Im Mai feiern wir Richtfest für 42 neue Wohnungen, davon 14 "
          "mit Belegungsbindung. Die Vergabe beginnt im Herbst; wie Sie sich bewerben können, lesen Sie auf Seite 5. "
          "Wir freuen uns besonders, dass zwei Wohnungen für eine Wohngemeinschaft älterer Mitglieder vorgesehen sind – "
          "ein Wunsch, der aus der letzten Mitgliederversammlung kam."),
    ("p", "Diese Ausgabe stellt aber vor allem Menschen vor: Mitglieder, die seit Jahrzehnten bei uns wohnen, und "
          "solche, die gerade erst eingezogen sind, dazu unseren Hausmeister, der mehr über unsere Keller weiß als "
          "jeder Plan im Archiv. Wir wünschen Ihnen viel Freude beim Lesen und einen guten Start in den Frühling."),
    ("sign", "Ihre"),
    ("sign", "Renate Holtkamp und Okan Demirci"),
    ("sign", "Vorstand der Wohnungsbaugenossenschaft Lindenhof eG"),
], 2))

# ---------------- Seite 3-4: Sanierung
P.append(("Bauen & Sanieren", [
    ("kick", "BAUEN & SANIEREN"),
    ("h", "Ahornweg 12–18: Das Gerüst fällt"),
    ("lead", "Nach vierzehn Monaten Bauzeit sind die vier Häuser im Ahornweg fast fertig saniert. Ein Rundgang "
             "mit Architektin und Bauleitung – und mit den Menschen, die währenddessen hier gewohnt haben."),
    ("by", "Text: Matthias Krüger · Fotos: Jana Wierzbicki"),
], [
    ("p", "Der Kran ist schon abgebaut, als wir an einem kalten Februarmorgen im Hof stehen. Nur an der Giebelseite "
          "von Haus 18 hängt noch ein Gerüst, auf dem zwei Maler die letzten Flächen streichen. Die Fassaden, früher "
          "grau und fleckig, leuchten jetzt in einem hellen Sandton, die Balkone sind größer geworden und haben "
          "Geländer aus verzinktem Stahl."),
    ("p", "„Wir wollten den Charakter der Siedlung erhalten und trotzdem ein Haus bauen, das die nächsten fünfzig "
          "Jahre übersteht“, sagt Giulia Ferraresi. Die Architektin aus dem Büro Ferraresi Lang hat die Sanierung "
          "geplant und ist fast jede Woche auf der Baustelle gewesen. Sie zeigt auf die Fensterlaibungen: Die "
          "Dämmung ist zwanzig Zentimeter stark, die Fenster sitzen jetzt in der Dämmebene, damit keine Wärmebrücken "
          "entstehen."),
    ("sub", "Wärmepumpe statt Ölkessel"),
    ("p", "Das Herz der Sanierung liegt im Keller von Haus 14. Wo früher zwei Öltanks standen, brummt heute leise "
          "eine Wärmepumpe, die ihre Energie aus vier Erdsonden zieht. Unterstützt wird sie von einer Photovoltaikanlage "
          "auf den Dächern, deren Strom zuerst im Haus verbraucht wird. Bauleiter Stefan Wojcik rechnet vor, dass die "
          "Anlage im Jahresmittel rund ein Drittel des Strombedarfs der Wärmepumpe deckt."),
    ("p", "Wojcik hat in seinem Berufsleben viele Baustellen gesehen, aber eine bewohnte Sanierung dieser Größe sei "
          "etwas Besonderes. „Man baut nicht nur, man wohnt gewissermaßen mit“, sagt er. „Wenn morgens um sieben "
          "die Bohrhämmer anlaufen, dann steht irgendwo jemand im Bademantel am Fenster. Das vergisst man nicht.“"),
    ("photo", 120, "Neue Balkone an Haus 16: Die Geländer wurden vor Ort montiert. Foto: Jana Wierzbicki"),
    ("p", "Tatsächlich war der Lärm das größte Thema in den Sprechstunden, die die Genossenschaft während der Bauzeit "
          "jeden Donnerstag im Gemeinschaftsraum angeboten hat. Die Bewohnerinnen und Bewohner konnten dort Fragen "
          "stellen, Beschwerden loswerden und sich für ruhigere Ausweichräume eintragen. Eine Wohnung im Erdgeschoss "
          "von Haus 12 wurde dafür eigens als „Ruheraum“ eingerichtet, mit Sofa, Schreibtisch und WLAN."),
    ("pq", "„Man baut nicht nur, man wohnt gewissermaßen mit.“"),
    ("pqs", "Stefan Wojcik, Bauleiter"),
    ("p", "Für Hannelore Straub, die seit 1979 im zweiten Stock von Haus 16 wohnt, war dieser Raum ein Rettungsanker. "
          "Sie hat dort an vielen Vormittagen Zeitung gelesen und Briefe geschrieben, während über ihrem Kopf das Dach "
          "neu gedeckt wurde. Sie sagt: „Ich hatte Angst vor dem Winter ohne Fenster. Am Ende waren es drei Tage, "
          "und die Handwerker haben mir sogar die Gardinen wieder aufgehängt.“"),
    ("p", "Nicht alles lief glatt. Im Sommer verzögerten Lieferprobleme bei den Fenstern den Zeitplan um fast sechs "
          "Wochen, und bei der Öffnung der Decken in Haus 18 fanden die Handwerker alte Holzbalken, die vom Hausschwamm "
          "befallen waren. Sie mussten ausgetauscht werden, was zusätzliche Kosten von rund 90.000 Euro verursachte."),
], 3))

P.append(("Bauen & Sanieren", [
    ("kick", "BAUEN & SANIEREN · FORTSETZUNG"),
], [
    ("p", "Technikvorstand Okan Demirci sieht die Mehrkosten gelassen. Die Rücklagen der Genossenschaft seien für "
          "solche Überraschungen gebildet worden, und ein Teil werde durch Fördermittel aufgefangen. Wichtiger sei, "
          "dass der Schaden jetzt entdeckt wurde und nicht in zehn Jahren. „Hätten wir nur die Fassade gemacht, wäre "
          "uns das Haus irgendwann unter den Händen weggefault“, sagt Demirci."),
    ("sub", "Was sich für die Mitglieder ändert"),
    ("p", "Für die Bewohnerinnen und Bewohner ändert sich vor allem die Abrechnung. Statt eines Ölpreises, der in den "
          "letzten Jahren stark geschwankt hat, zahlen sie künftig für Wärme aus der eigenen Anlage. Die Genossenschaft "
          "will die Verbrauchswerte ein Jahr lang genau beobachten und die Vorauszahlungen danach anpassen. Wer möchte, "
          "kann sich seinen Verbrauch monatlich per Brief oder über das Mitgliederportal anzeigen lassen."),
    ("p", "Neu sind auch die Fahrradräume. In jedem Haus wurde ein ehemaliger Kohlenkeller zu einem hellen Raum mit "
          "Ladesteckdosen für E-Bikes umgebaut. Die Idee stammt aus einer Bewohnerversammlung im Herbst 2024. Damals "
          "hatte ein junger Vater aus Haus 12 gefragt, warum Lastenräder im Treppenhaus stehen müssen, wenn unten "
          "Räume leer stehen. Die Frage war berechtigt, fand die Architektin."),
    ("photo", 140, "Giulia Ferraresi und Stefan Wojcik im neuen Technikraum von Haus 14. Foto: Jana Wierzbicki"),
    ("p", "Bleibt der Hof. Der soll im April neu gestaltet werden, mit Hochbeeten, einem Sandkasten und zwei langen "
          "Bänken unter den alten Linden, die während der Bauzeit mit Holzverschalungen geschützt wurden. Die "
          "Gartengruppe des Quartiers hat dafür bereits einen Plan gezeichnet, über den die Hausgemeinschaft im März "
          "abstimmen kann."),
    ("p", "Als wir den Rundgang beenden, kommt ein Paketbote vorbei und bleibt kurz stehen. Er liefert seit Jahren "
          "in den Ahornweg. „Sieht aus wie neu“, sagt er und fährt weiter. Giulia Ferraresi lacht. Ein größeres "
          "Lob, sagt sie, könne man sich als Architektin kaum wünschen."),
    ("box", [
        ("sub", "Die Sanierung in Zahlen"),
        ("small", "4 Häuser, 64 Wohnungen"),
        ("small", "14 Monate Bauzeit (geplant: 12)"),
        ("small", "Gesamtkosten: 7,9 Mio. Euro, davon 2,1 Mio. Euro Fördermittel"),
        ("small", "Erwartete Einsparung Heizenergie: rund 70 Prozent"),
        ("small", "Neue Fahrradstellplätze: 96, davon 24 mit Ladestrom"),
    ]),
    ("sub", "Einladung zum Hoffest"),
    ("p", "Zum Abschluss der Arbeiten lädt die Genossenschaft alle Mitglieder am Samstag, 9. Mai, ab 15 Uhr zu einem "
          "Hoffest in den Ahornweg ein. Es gibt Kuchen aus der Nachbarschaft, Führungen durch den Technikkeller und "
          "eine kleine Ausstellung mit Fotos aus der Bauzeit unter dem Titel „Vierzehn Monate Ahornweg“."),
    ("sign", "Matthias Krüger"),
], 2))

# ---------------- Seite 5: Neubau
P.append(("Neubau", [
    ("kick", "NEUBAU"),
    ("h", "Kastanienallee: Richtfest im Mai"),
    ("lead", "An der Kastanienallee entstehen 42 Wohnungen in Holz-Hybrid-Bauweise. Die Vergabe an Mitglieder beginnt im Herbst."),
    ("by", "Von Sabine Dreher"),
], [
    ("p", "Wer in diesen Wochen an der Baustelle an der Kastanienallee vorbeikommt, sieht ein ungewöhnliches Bild: Die "
          "Treppenhäuser sind aus Beton, die Wände der Wohnungen dagegen werden als fertige Holzelemente angeliefert "
          "und innerhalb weniger Stunden montiert. Diese Bauweise spart Zeit und bindet Kohlenstoff im Holz."),
    ("p", "Projektleiterin Aylin Kaya von der Genossenschaft ist zufrieden mit dem Fortschritt. Die Rohbauarbeiten "
          "liegen im Plan, das Richtfest ist für den 22. Mai angesetzt. „Wir haben uns für Holz entschieden, weil wir "
          "als Genossenschaft langfristig denken müssen“, sagt sie. „Ein Haus, das wir heute bauen, steht noch, wenn "
          "die Enkel unserer Mitglieder hier wohnen.“"),
    ("p", "Die 42 Wohnungen haben zwischen zwei und fünf Zimmer. Vierzehn davon sind öffentlich gefördert und nur mit "
          "Wohnberechtigungsschein zu beziehen. Im Erdgeschoss sind ein Gemeinschaftsraum, eine Werkstatt und ein "
          "Büro für die Nachbarschaftshilfe vorgesehen."),
    ("photo", 120, "Die ersten Holzelemente werden an der Kastanienallee eingehoben. Foto: Lukas Brandt"),
    ("sub", "So bewerben Sie sich"),
    ("p", "Bewerben können sich alle Mitglieder, die seit mindestens einem Jahr der Genossenschaft angehören. Die "
          "Unterlagen gibt es ab September in der Geschäftsstelle und im Mitgliederportal. Vorrang haben Mitglieder, "
          "die innerhalb der Genossenschaft in eine kleinere oder größere Wohnung wechseln möchten und damit eine "
          "passende Wohnung für andere frei machen."),
    ("p", "Zwei Wohnungen im zweiten Obergeschoss sind für eine Wohngemeinschaft älterer Mitglieder reserviert. "
          "Interessierte treffen sich bereits regelmäßig unter dem Motto „Gemeinsam statt einsam“ im Gemeinschaftsraum "
          "Ahornweg. Wer mitmachen möchte, meldet sich bei der Geschäftsstelle."),
    ("box", [
        ("sub", "Termin"),
        ("small", "Richtfest Kastanienallee: Freitag, 22. Mai, 16 Uhr. Alle Mitglieder sind herzlich eingeladen."),
    ]),
], 2))

# ---------------- Seite 6-7: Porträts
P.append(("Menschen", [
    ("kick", "MENSCHEN IM LINDENHOF"),
    ("h", "Zu Hause im Lindenhof"),
    ("lead", "Rund 2.300 Menschen wohnen in den Häusern unserer Genossenschaft. Drei von ihnen haben uns die Tür "
             "geöffnet und erzählt, was Zuhause für sie bedeutet."),
    ("by", "Aufgezeichnet von Sabine Dreher · Fotos: Lukas Brandt"),
], [
    ("h2", "Halina Nowak, Birkenstraße 7"),
    ("photo", 100, "Halina Nowak auf ihrem Balkon. Foto: Lukas Brandt"),
    ("p", "Als Halina Nowak 1991 aus Posen nach Deutschland kam, sprach sie kaum ein Wort Deutsch. Eine Kollegin aus "
          "der Wäscherei, in der sie damals arbeitete, gab ihr den Tipp mit der Genossenschaft. „Ich habe zwei Jahre "
          "gewartet, dann kam der Brief mit der Zusage. Ich habe ihn heute noch“, erzählt sie und holt eine "
          "vergilbte Mappe aus dem Schrank."),
    ("p", "Seitdem wohnt sie in derselben Dreizimmerwohnung im dritten Stock. Ihre beiden Töchter sind hier groß "
          "geworden, inzwischen kommen die Enkel zu Besuch. Auf dem Balkon wachsen Tomaten, Dill und eine Pflanze, "
          "deren Namen sie nur auf Polnisch kennt. Was sie an der Genossenschaft schätzt? Sie überlegt kurz. "
          "„Dass man nicht Angst haben muss. Niemand kündigt mir, weil jemand mehr bezahlen will.“"),
    ("p", "Halina Nowak engagiert sich seit Jahren im Hausflur, wie sie es nennt: Sie gießt die Blumen der Nachbarn, "
          "wenn diese verreist sind, und organisiert jedes Jahr im Dezember ein kleines Treffen mit Mohnkuchen im "
          "Treppenhaus. Im vergangenen Jahr kamen zwanzig Leute."),
    ("h2", "Yusuf Aydın, Ahornweg 12"),
    ("p", "Yusuf Aydın ist erst im vergangenen Sommer eingezogen, mitten in die Sanierung. Der 34-jährige "
          "Krankenpfleger arbeitet im Schichtdienst, und die Bauarbeiten fielen oft genau in die Stunden, in denen er "
          "schlafen wollte. Trotzdem bereut er den Umzug nicht."),
    ("p", "„Ich habe vorher in einer WG gewohnt, in der jedes halbe Jahr die Miete gestiegen ist“, sagt er. „Hier "
          "weiß ich, was in fünf Jahren ist. Das ist für mich mehr wert als ein ruhiger Sommer.“ Er hat den Ruheraum "
          "im Erdgeschoss oft genutzt, manchmal auch nachts, wenn er nach der Spätschicht nicht schlafen konnte."),
], 2))

P.append(("Menschen", [
    ("kick", "MENSCHEN IM LINDENHOF · FORTSETZUNG"),
], [
    ("p", "Inzwischen ist Aydın im Festausschuss des Hoffests aktiv und plant den Grill. Seine Mutter, die in Gaziantep "
          "lebt, hat ihm am Telefon ein Rezept für Köfte diktiert, das er beim Fest ausprobieren will. Auf die Frage, "
          "ob er Lampenfieber habe, lacht er nur."),
    ("h2", "Ingrid und Lars Sörensen, Lindenplatz 3"),
    ("photo", 120, "Ingrid und Lars Sörensen mit ihrem Hund Pelle vor dem Haus Lindenplatz 3. Foto: Lukas Brandt"),
    ("p", "Ingrid und Lars Sörensen haben die Genossenschaft mitgeprägt. Lars Sörensen war in den Neunzigerjahren "
          "zwölf Jahre lang im Aufsichtsrat, Ingrid Sörensen leitete die Kindergruppe im Gemeinschaftsraum, als es "
          "dort noch einen Kicker und eine Tischtennisplatte gab. Beide sind in Flensburg aufgewachsen, die Familie von "
          "Lars stammt ursprünglich aus Dänemark."),
    ("p", "Heute ist das Paar Mitte siebzig und denkt über einen Umzug nach – in die geplante Wohngemeinschaft an der "
          "Kastanienallee. „Die Treppen werden nicht weniger, und wir werden nicht jünger“, sagt Ingrid Sörensen. "
          "Ihr Mann ergänzt: „Aber ausziehen aus der Genossenschaft? Nie. Dann lieber mit anderen zusammen alt werden.“"),
    ("p", "Lars Sörensen hat in einem Ordner die Protokolle aller Mitgliederversammlungen seit 1987 gesammelt. Er "
          "blättert darin und findet einen Antrag aus dem Jahr 1994, in dem es um Fahrradständer im Hof ging. "
          "„Sehen Sie“, sagt er, „manches dauert eben dreißig Jahre.“"),
    ("p", "Gefragt, was sie jüngeren Mitgliedern mitgeben möchten, antworten beide fast gleichzeitig: zur "
          "Versammlung gehen. Eine Genossenschaft lebe davon, dass Menschen sich einmischen, und nicht nur dann, wenn "
          "es um die eigene Wohnung geht."),
    ("box", [
        ("sub", "Ihre Geschichte?"),
        ("small", "Sie wohnen schon lange im Lindenhof oder sind gerade erst angekommen und möchten erzählen? "
                  "Schreiben Sie an die Redaktion – Adresse im Impressum auf Seite 12."),
    ]),
    ("sign", "Sabine Dreher"),
], 2))

# ---------------- Seite 8-9: Hausmeister-Interview
P.append(("Interview", [
    ("kick", "IM GESPRÄCH"),
    ("h", "„Ich kenne jeden Heizungskeller“"),
    ("lead", "Paolo Bianchi ist seit 22 Jahren Hausmeister der Genossenschaft. Ein Gespräch über verstopfte "
             "Dachrinnen, nächtliche Anrufe und die Frage, warum Mülltrennung ein Beziehungsthema ist."),
    ("by", "Das Gespräch führte Tobias Lenz."),
], [
    ("photo", 110, "Paolo Bianchi in seiner Werkstatt im Keller Birkenstraße 5. Foto: Lukas Brandt"),
    ("q", "Tobias Lenz: Herr Bianchi, wie beginnt Ihr Arbeitstag?"),
    ("p", "Paolo Bianchi: Mit einem Kaffee und dem Diensthandy. Zwischen sechs und sieben kommen die ersten Nachrichten: "
          "Ein Licht im Treppenhaus ist kaputt, eine Tür klemmt, irgendwo tropft es. Ich sortiere dann, was sofort "
          "sein muss und was bis zum Nachmittag warten kann."),
    ("q", "TL: Sie betreuen über 400 Wohnungen. Kennen Sie die Menschen noch persönlich?"),
    ("p", "PB: Viele, ja. Nicht alle Namen, aber die Gesichter. Ich weiß, wer morgens mit dem Hund rausgeht, wer "
          "Nachtschicht hat und wer sich freut, wenn man kurz stehen bleibt. Das gehört für mich zur Arbeit dazu. "
          "Ein Hausmeister, der nur repariert, verpasst die Hälfte."),
    ("q", "TL: Was war der merkwürdigste Einsatz in 22 Jahren?"),
    ("p", "PB: Da gibt es einige. Einmal hat mich eine Mieterin um zwei Uhr nachts angerufen, weil ein Eichhörnchen "
          "durch ihre Küche lief. Es war durch das gekippte Fenster gekommen und wollte nicht mehr gehen. Wir haben "
          "es am Ende mit einer Schüssel Walnüsse hinausgelockt. Meine Frau sagt bis heute, ich sei der einzige "
          "Mann in der Stadt mit Bereitschaftsdienst für Eichhörnchen."),
    ("q", "TL: Während der Sanierung im Ahornweg waren Sie täglich auf der Baustelle. Wie haben Sie das erlebt?"),
    ("p", "PB: Anstrengend, aber auch spannend. Ich war so etwas wie der Übersetzer zwischen den Bewohnern und den "
          "Firmen. Die Handwerker wollen schnell fertig werden, die Bewohner wollen ihre Ruhe. Da muss man vermitteln. "
          "Und ich kenne die Keller. Die Pläne im Archiv stimmen nicht immer, manche Leitung liegt ganz woanders."),
    ("pq", "„Ein Hausmeister, der nur repariert, verpasst die Hälfte.“"),
    ("pqs", "Paolo Bianchi"),
], 2))

P.append(("Interview", [
    ("kick", "IM GESPRÄCH MIT PAOLO BIANCHI · FORTSETZUNG"),
], [
    ("q", "TL: Was ärgert Sie im Alltag am meisten?"),
    ("p", "PB: Sperrmüll im Hof, ohne dass jemand Bescheid sagt. Ein altes Sofa steht dann drei Wochen im Regen, und "
          "alle ärgern sich, aber keiner fühlt sich zuständig. Dabei ist es so einfach: Termin bei der Stadt machen, "
          "fertig. Mülltrennung ist auch so ein Thema. Wenn in der gelben Tonne Glas liegt, bekommen alle Ärger, "
          "nicht nur der eine. Deshalb sage ich immer: Mülltrennung ist ein Beziehungsthema."),
    ("q", "TL: Und was freut Sie?"),
    ("p", "PB: Wenn Nachbarn sich gegenseitig helfen. Im letzten Winter ist bei einer älteren Dame in der "
          "Birkenstraße die Heizung ausgefallen, an einem Sonntag. Bis ich kam, hatte ihr der Nachbar von gegenüber "
          "schon einen Heizlüfter gebracht und Tee gekocht. So etwas kann man nicht planen, das entsteht."),
    ("q", "TL: Sie gehen in drei Jahren in Rente. Was wünschen Sie Ihrer Nachfolgerin oder Ihrem Nachfolger?"),
    ("p", "PB: Gute Schuhe und Geduld. Und dass sie sich die Zeit nehmen, die Häuser kennenzulernen, bevor sie "
          "etwas verändern. Jedes Haus hat seine Eigenheiten, wie ein Mensch. Das Haus 7 in der Birkenstraße zum "
          "Beispiel pfeift, wenn der Wind von Westen kommt. Niemand weiß, warum."),
    ("q", "TL: Herr Bianchi, vielen Dank für das Gespräch."),
    ("box", [
        ("sub", "Hausmeister-Sprechzeiten"),
        ("small", "Montag bis Freitag, 7 bis 8 Uhr, Werkstatt Birkenstraße 5. Notdienst außerhalb der Dienstzeit: "
                  "Nummer auf dem Aushang in Ihrem Treppenhaus."),
    ]),
    ("photo", 120, "Werkzeug mit Geschichte: Die Rohrzange stammt noch von Bianchis Vorgänger. Foto: Lukas Brandt"),
], 2))

# ---------------- Seite 10: Mieterbeirat + Nachbarschaft
P.append(("Mitreden & Nachbarschaft", [
    ("kick", "AUS DEM MIETERBEIRAT"),
    ("h", "Heizkosten verstehen – wir helfen"),
], [
    ("p", "Liebe Mitglieder, die erste Heizkostenabrechnung nach der Umstellung auf die Wärmepumpe wird im Ahornweg "
          "im Sommer 2027 kommen. Damit niemand überrascht wird, bietet der Mieterbeirat ab April eine monatliche "
          "Sprechstunde an, in der wir gemeinsam Abrechnungen lesen und Fragen sammeln."),
    ("p", "Wir haben in der letzten Sitzung mit dem Vorstand außerdem über die Hausordnung gesprochen. Viele von Ihnen "
          "haben uns geschrieben, dass die Regeln zum Grillen auf dem Balkon unklar sind. Der Vorstand hat zugesagt, "
          "einen neuen Entwurf vorzulegen, den wir vorher mit Ihnen besprechen. Bitte schicken Sie uns Ihre Vorschläge."),
    ("p", "Schließlich noch ein Dank: Bei der Wahl im Herbst haben sich so viele Kandidatinnen und Kandidaten "
          "aufstellen lassen wie noch nie. Das zeigt, dass Mitbestimmung lebt."),
    ("sign", "Friederike Maas, Sprecherin des Mieterbeirats"),
    ("kick", "NACHBARSCHAFT"),
    ("h2", "Gartengruppe sucht Hände"),
    ("p", "Die Gartengruppe trifft sich ab März jeden zweiten Samstag um 10 Uhr an den Hochbeeten hinter der "
          "Birkenstraße. Werkzeug ist vorhanden, Vorkenntnisse braucht niemand. In diesem Jahr wollen wir eine "
          "Kräuterspirale bauen und Saatgut tauschen."),
    ("by", "Kenji Watanabe für die Gartengruppe"),
    ("h2", "Repair-Café: Toaster, Hosen, Fahrräder"),
    ("p", "Jeden ersten Mittwoch im Monat wird im Gemeinschaftsraum Lindenplatz repariert. Im vergangenen Jahr haben "
          "Freiwillige 212 Gegenstände wieder in Gang gebracht, darunter eine Nähmaschine aus den Sechzigern. Unser "
          "Motto bleibt „Wegwerfen kann jeder“."),
    ("by", "Aoife Brennan"),
    ("h2", "Lesekreis"),
    ("p", "Der Lesekreis liest im Frühjahr den Roman „Der Hof der sieben Linden“. Treffpunkt ist die Bibliothek im "
          "Haus Lindenplatz 1, jeweils am letzten Dienstag im Monat um 19 Uhr. Neue Leserinnen und Leser sind "
          "willkommen, Tee gibt es auch."),
    ("by", "Text: Marek Zieliński"),
], 2))

# ---------------- Seite 11: Rätsel
P.append(("Rätsel & Termine", [
    ("kick", "RÄTSELN & GEWINNEN"),
    ("h", "Das Frühjahrsrätsel"),
], [
    ("photo", 150, "Suchbild: Finden Sie die zehn Unterschiede im Hof? Illustration: Mei Tanaka"),
    ("p", "Im Bild oben haben sich zehn Unterschiede zwischen dem linken und dem rechten Hof versteckt. Kreisen Sie "
          "alle ein und werfen Sie die Seite bis zum 30. April in den Briefkasten der Geschäftsstelle."),
    ("sub", "Schwedenrätsel – das Lösungswort"),
    ("small", "1. Baum, der dem Lindenhof den Namen gab (5)"),
    ("small", "2. Raum für gemeinsame Feste (15)"),
    ("small", "3. Er kennt jeden Keller (10)"),
    ("small", "4. Gewählte Vertretung der Mieter (12)"),
    ("small", "5. Pflanzkasten auf Stelzen (8)"),
    ("small", "6. Gegenteil von Abriss (9)"),
    ("p", "Die Anfangsbuchstaben ergeben das Lösungswort. Unter allen richtigen Einsendungen verlosen wir drei "
          "Gutscheine für das Café am Lindenplatz."),
    ("sub", "Auflösung aus Heft 4/2025"),
    ("p", "Das Lösungswort lautete GENOSSEN. Gewonnen haben Familie Petrović aus der Birkenstraße, Frau Hübner vom "
          "Lindenplatz und Herr Castellano aus dem Ahornweg. Herzlichen Glückwunsch!"),
    ("box", [
        ("sub", "Termine Frühjahr 2026"),
        ("small", "14. März: Gartentag, Birkenstraße"),
        ("small", "1. April: Repair-Café, Lindenplatz"),
        ("small", "9. Mai: Hoffest Ahornweg"),
        ("small", "22. Mai: Richtfest Kastanienallee"),
        ("small", "18. Juni: Mitgliederversammlung, Bürgerhaus Süd"),
    ]),
], 2))

# ---------------- Seite 12: Impressum
P.append(("Impressum", [
    ("kick", "IMPRESSUM"),
    ("h", "Impressum"),
], [
    ("sub", "Herausgeberin"),
    ("small", "Wohnungsbaugenossenschaft Lindenhof eG<br/>Lindenplatz 1, 34117 Kassel<br/>Telefon 0561 000 00-0<br/>"
              "redaktion@lindenhof-eg.example"),
    ("sub", "Vorstand"),
    ("small", "Renate Holtkamp (Sprecherin), Okan Demirci"),
    ("sub", "Aufsichtsratsvorsitzender"),
    ("small", "Dr. Bernhard Albers"),
    ("sub", "V.i.S.d.P."),
    ("small", "Renate Holtkamp"),
    ("sub", "Redaktion"),
    ("small", "Matthias Krüger (Leitung), Sabine Dreher, Tobias Lenz"),
    ("sub", "Gestaltung"),
    ("small", "Studio Hofgrün, Kassel"),
    ("sub", "Bildnachweis"),
    ("small", "Titel, Seite 2, 3, 4: Jana Wierzbicki<br/>Seite 5–9: Lukas Brandt<br/>Seite 11: Illustration Mei Tanaka"),
    ("sub", "Druck"),
    ("small", "Druckhaus Fulda-Werra, gedruckt auf Recyclingpapier"),
    ("sub", "Auflage"),
    ("small", "2.600 Exemplare, erscheint viermal jährlich"),
    ("p", "Namentlich gekennzeichnete Beiträge geben nicht unbedingt die Meinung der Redaktion wieder. Für "
          "unverlangt eingesandte Manuskripte und Fotos übernehmen wir keine Haftung. Redaktionsschluss der "
          "nächsten Ausgabe: 15. Mai 2026."),
    ("box", [
        ("sub", "Geschäftsstelle"),
        ("small", "Montag bis Donnerstag 9–16 Uhr, Freitag 9–12 Uhr. Termine für Wohnungsbewerbungen bitte vorab "
                  "telefonisch vereinbaren."),
    ]),
], 2))


def main():
    c = canvas.Canvas(OUT, pagesize=A4)
    c.setTitle("Lindenhof Leben 1/2026")
    c.setAuthor("Wohnungsbaugenossenschaft Lindenhof eG")
    cover(c)
    for i, (head, top, body, nc) in enumerate(P):
        layout(c, i + 2, head, top, body, nc)
    c.save()
    print("wrote", OUT, len(P) + 1, "pages")


if __name__ == "__main__":
    main()
