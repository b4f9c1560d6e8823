# Generator for landfrauen-mitteilungen-2026-de.pdf (fictional newsletter). Deterministic.
import io, os
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import Paragraph, Frame, Spacer, Flowable
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

D = "/usr/share/fonts/truetype/dejavu/"
for n, f in [("S", "DejaVuSans.ttf"), ("SB", "DejaVuSans-Bold.ttf"), ("SI", "DejaVuSans-Oblique.ttf"),
             ("R", "DejaVuSerif.ttf"), ("RB", "DejaVuSerif-Bold.ttf"), ("RI", "DejaVuSerif-Italic.ttf")]:
    pdfmetrics.registerFont(TTFont(n, D + f))
from reportlab.lib.fonts import addMapping
addMapping("S", 0, 0, "S"); addMapping("S", 1, 0, "SB"); addMapping("S", 0, 1, "SI"); addMapping("S", 1, 1, "SB")
addMapping("R", 0, 0, "R"); addMapping("R", 1, 0, "RB"); addMapping("R", 0, 1, "RI"); addMapping("R", 1, 1, "RB")

W, H = A4
GREEN = colors.HexColor("#3d6b2f")
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "landfrauen-mitteilungen-2026-de.pdf")


def st(fs):
    return {
        "body": ParagraphStyle("b", fontName="R", fontSize=fs, leading=fs * 1.3, spaceAfter=fs * 0.5, alignment=4),
        "h": ParagraphStyle("h", fontName="SB", fontSize=fs * 2.1, leading=fs * 2.4, spaceAfter=fs * 0.6, textColor=GREEN),
        "h2": ParagraphStyle("h2", fontName="SB", fontSize=fs * 1.4, leading=fs * 1.7, spaceAfter=fs * 0.4, spaceBefore=fs * 0.6),
        "lead": ParagraphStyle("l", fontName="SB", fontSize=fs * 1.05, leading=fs * 1.4, spaceAfter=fs * 0.7),
        "by": ParagraphStyle("by", fontName="SI", fontSize=fs * 0.95, leading=fs * 1.3, spaceAfter=fs * 0.7, textColor=GREEN),
        "cap": ParagraphStyle("c", fontName="SI", fontSize=fs * 0.8, leading=fs * 1.05, spaceAfter=fs * 0.8),
        "pull": ParagraphStyle("p", fontName="RI", fontSize=fs * 1.7, leading=fs * 2.1, textColor=GREEN, spaceBefore=fs * 0.5, spaceAfter=fs * 0.2),
        "pullby": ParagraphStyle("pb", fontName="S", fontSize=fs * 0.9, leading=fs * 1.2, spaceAfter=fs, textColor=GREEN),
        "sign": ParagraphStyle("s", fontName="R", fontSize=fs, leading=fs * 1.3, spaceAfter=0),
        "small": ParagraphStyle("sm", fontName="S", fontSize=fs * 0.85, leading=fs * 1.15, spaceAfter=fs * 0.3),
        "ing": ParagraphStyle("i", fontName="S", fontSize=fs * 0.88, leading=fs * 1.2, spaceAfter=1, leftIndent=6),
    }


class Photo(Flowable):
    def __init__(self, h):
        Flowable.__init__(self); self.ph = h
    def wrap(self, aw, ah):
        self.w = aw; return aw, self.ph
    def draw(self):
        self.canv.setFillColor(colors.HexColor("#bdbdbd")); self.canv.rect(0, 0, self.w, self.ph, stroke=0, fill=1)


def fit(c, rects, make, box=False):
    for fs in (9.5, 9.2, 8.9, 8.6, 8.3, 8.0, 7.7, 7.4, 7.1, 6.8, 6.5, 6.2, 5.9):
        fl = make(st(fs))
        dummy = canvas.Canvas(io.BytesIO())
        rest = list(fl)
        for (x, y, w, h) in rects:
            Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0).addFromList(rest, dummy)
            if not rest:
                break
        if not rest:
            break
    else:
        raise SystemExit("does not fit")
    if box:
        for (x, y, w, h) in rects:
            c.setFillColor(colors.HexColor("#eef3e8")); c.setStrokeColor(GREEN)
            c.rect(x - 5, y - 5, w + 10, h + 10, stroke=1, fill=1)
    fl = make(st(fs))
    for (x, y, w, h) in rects:
        Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0).addFromList(fl, c)
        if not fl:
            break


M = 18 * mm
TOP = H - 22 * mm
BOT = 18 * mm


def cols(n, top=TOP, bot=BOT, x0=M, x1=None, gap=6 * mm):
    x1 = x1 or W - M
    cw = (x1 - x0 - gap * (n - 1)) / n
    return [(x0 + i * (cw + gap), bot, cw, top - bot) for i in range(n)]


def chrome(c, pno, head):
    c.setStrokeColor(GREEN); c.setLineWidth(0.8)
    c.line(M, H - 15 * mm, W - M, H - 15 * mm)
    c.setFont("S", 7.5); c.setFillColor(GREEN)
    c.drawString(M, H - 13 * mm, "Landfrauen-Mitteilungen 1/2026")
    c.drawRightString(W - M, H - 13 * mm, head)
    c.line(M, 12 * mm, W - M, 12 * mm)
    c.setFont("SB", 9); c.drawCentredString(W / 2, 7 * mm, "– %d –" % pno)
    c.setFillColor(colors.black)


def P(s, t):
    return Paragraph(t, s)


pages = []

# ---------------- Page 1: cover
def p1(c):
    c.setFillColor(GREEN); c.rect(0, H - 70 * mm, W, 70 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white); c.setFont("SB", 34); c.drawString(M, H - 35 * mm, "Landfrauen-Mitteilungen")
    c.setFont("S", 12); c.drawString(M, H - 47 * mm, "Mitgliederzeitschrift des LandFrauenvereins Ohmtal-Wiesengrund e. V.")
    c.setFont("SB", 12); c.drawString(M, H - 60 * mm, "Ausgabe 1/2026 · Frühjahr · 41. Jahrgang")
    c.setFillColor(colors.HexColor("#bdbdbd")); c.rect(M, 95 * mm, W - 2 * M, 120 * mm, stroke=0, fill=1)
    c.setFillColor(colors.black); c.setFont("SI", 8)
    c.drawString(M, 90 * mm, "Frühlingsmarkt auf dem Dorfplatz in Kirchwiesen: Unsere Kuchentheke war nach zwei Stunden leer.  Foto: Hannelore Brückner")
    def mk(s):
        return [P(s["h2"], "In diesem Heft"),
                P(s["small"], "<b>Lehrfahrt ins Alte Land</b> – Kirschblüte, Kühlhäuser und eine Fährfahrt über die Elbe"),
                P(s["small"], "<b>Porträt</b> – Marlies Hoffrichter und ihre Milchziegen vom Brunnenhof"),
                P(s["small"], "<b>Aus unserer Küche</b> – drei Rezepte unserer Mitglieder"),
                P(s["small"], "<b>Kreisverband</b> – Neues vom Kreislandfrauentag")]
    fit(c, [(M, 22 * mm, W - 2 * M, 60 * mm)], mk)
pages.append(p1)

# ---------------- Page 2: Inhalt + Grußwort
def p2(c):
    chrome(c, 2, "Inhalt · Grußwort")
    def inh(s):
        rows = [("Grußwort der Vorsitzenden", 2), ("Lehrfahrt ins Alte Land", 3), ("Holzofenbrot – ein Kurs mit Duft", 4),
                ("Porträt: Die Ziegenbäuerin vom Brunnenhof", 5), ("Aus unserer Küche", 7), ("Aus dem Kreisverband", 8),
                ("Nachrufe", 9), ("Termine · Impressum", 10)]
        out = [P(s["h"], "Inhalt")]
        for t, p in rows:
            out.append(P(s["small"], "%s <font name='SB'>%d</font>" % (t, p)))
        return out
    fit(c, [(M, H - 110 * mm, 55 * mm, 85 * mm)], inh, box=True)
    c.setFillColor(colors.HexColor("#bdbdbd")); c.rect(M - 5, BOT, 65 * mm, 55 * mm, stroke=0, fill=1)
    c.setFillColor(colors.black); c.setFont("SI", 7); c.drawString(M - 5, BOT - 4 * mm, "Gerlinde Aßmann, 1. Vorsitzende")
    def gw(s):
        return [P(s["h"], "Liebe Landfrauen, liebe Freundinnen unseres Vereins,"),
            P(s["body"], "wenn ich in diesen Tagen morgens über die Felder zwischen Kirchwiesen und Hattenrode fahre, sehe ich die ersten Kraniche zurückkehren, und jedes Jahr freue ich mich darüber wie ein Kind. Mit dem Frühjahr beginnt auch für unseren Verein eine Zeit, in der vieles gleichzeitig passiert: Die Kurse sind ausgebucht, die Lehrfahrt ist geplant, und die Vorbereitungen für das Erntedankfest laufen schon, bevor überhaupt gesät ist."),
            P(s["body"], "Im vergangenen Jahr haben wir elf neue Mitglieder begrüßen dürfen. Darunter sind junge Mütter, die über unseren Krabbeltreff zu uns gefunden haben, und zwei Frauen, die erst vor kurzem aus der Stadt aufs Land gezogen sind. Das zeigt mir, dass ein Landfrauenverein heute kein Ort für Nostalgie ist, sondern ein Netz, das trägt – beim Brotbacken genauso wie bei Fragen zur Hofübergabe oder zur Rente."),
            P(s["body"], "Beim Kreislandfrauentag im Januar hat unsere Kreisvorsitzende einen Satz gesagt, der mir nachgeht: „Wir sind nicht die Frauen vom Land, wir sind das Land.“ Ich finde, darin steckt viel Wahrheit. Ohne das Ehrenamt der Frauen gäbe es in vielen unserer Dörfer keinen Seniorennachmittag, keinen Adventsbasar und keine Kinderfreizeit mehr."),
            P(s["body"], "Ein herzlicher Dank geht an alle, die für dieses Heft geschrieben, fotografiert und Rezepte ausprobiert haben. Unser Redaktionsteam hat wieder Wochen am Küchentisch verbracht, damit Sie diese Seiten in den Händen halten können."),
            P(s["body"], "Bleiben Sie neugierig und kommen Sie vorbei – zum Stammtisch, zum Kurs oder einfach auf einen Kaffee."),
            P(s["sign"], "Ihre"), P(s["sign"], "<b>Gerlinde Aßmann</b>"), P(s["sign"], "1. Vorsitzende")]
    fit(c, [(M + 65 * mm, BOT, W - 2 * M - 65 * mm, TOP - BOT)], gw)
    # adjust: Grußwort text column right of Inhalt; Inhalt box above photo
pages.append(p2)

# ---------------- Page 3-4: Lehrfahrt
def fahrt(s):
    return [P(s["h"], "Zwischen Kirschblüten und Kühlhäusern: Unsere Lehrfahrt ins Alte Land"),
        P(s["lead"], "Drei Tage, 38 Frauen, ein Bus und mehr Äpfel, als wir tragen konnten: Im vergangenen Mai führte die Lehrfahrt des Vereins an die Niederelbe."),
        P(s["by"], "Text: Birgit Oltmanns und Ayşe Demirtaş"),
        P(s["body"], "Um sechs Uhr früh stand der Bus am Dorfgemeinschaftshaus, und bereits hinter Kassel war die erste Thermoskanne Kaffee leer. Die Stimmung war großartig, obwohl der Regen erst kurz vor Hamburg aufhörte. Unsere Reiseleiterin hatte für jeden Tag ein Programm vorbereitet, das Landwirtschaft, Geschichte und ein wenig Erholung verband."),
        P(s["body"], "Erste Station war ein Obsthof in Jork, der seit sieben Generationen von derselben Familie bewirtschaftet wird. Auf rund vierzig Hektar wachsen dort Äpfel, Kirschen und Zwetschgen. Obstbauer Henning Kröger führte uns durch die Plantage und erklärte, wie die Frostschutzberegnung funktioniert: Bei Nachtfrost werden die Blüten mit Wasser besprüht, das beim Gefrieren Wärme abgibt und die Knospen in einem schützenden Eispanzer konserviert."),
        P(s["body"], "„Wenn im April die Nacht unter minus zwei Grad fällt, schlafe ich nicht, dann stehe ich mit der Taschenlampe zwischen den Bäumen“, sagt Henning Kröger. Der Klimawandel mache die Blüte früher und die Spätfröste gefährlicher. Er setze deshalb zunehmend auf robuste Sorten und auf Hagelnetze, die allerdings teuer seien."),
        P(s["body"], "Besonders beeindruckt hat uns das Kühllager, in dem die Äpfel unter kontrollierter Atmosphäre bis in den Sommer hinein frisch bleiben. Der Sauerstoffgehalt wird dort auf ein Prozent gesenkt, die Früchte „schlafen“ gewissermaßen. Wer hineinwollte, durfte nur durch ein Sichtfenster schauen."),
    ]
def fahrt2(s):
    return [P(s["body"], "Am zweiten Tag ging es mit der Fähre nach Blankenese und von dort in die Hamburger Speicherstadt. Einige von uns nutzten die freie Zeit für einen Bummel, andere besuchten das Gewürzmuseum. Renate kam mit einem ganzen Beutel Kardamom zurück und versprach, damit im Herbst Kekse für den Basar zu backen."),
        P(s["body"], "Den Abschluss bildete ein Besuch bei der Landfrauengruppe in Steinkirchen. Bei Butterkuchen und Ostfriesentee tauschten wir uns über Vereinsarbeit aus. Deren Vorsitzende Gesa Feindt erzählte, wie ihr Verein seit Jahren eine Mittagsbetreuung für Grundschulkinder organisiert. „Als das Dorf keine Lösung hatte, haben wir einfach angefangen“, sagte sie. Dieser Satz wurde im Bus auf der Heimfahrt noch lange diskutiert."),
        P(s["body"], "Unsere Bilanz: viel gelernt, viel gelacht und mit 25 Kilo Äpfeln im Gepäckraum heimgekehrt. Die nächste Lehrfahrt führt uns im Juni 2026 in den Spreewald. Anmeldungen nimmt Birgit Oltmanns ab sofort entgegen."),
    ]
def p3(c):
    chrome(c, 3, "Aus dem Vereinsleben")
    ph_top = TOP - 75 * mm
    c.setFillColor(colors.HexColor("#bdbdbd")); c.rect(M, ph_top, W - 2 * M, 72 * mm, stroke=0, fill=1)
    c.setFillColor(colors.black); c.setFont("SI", 7.5)
    c.drawString(M, ph_top - 4 * mm, "Obstbauer Henning Kröger zeigt unserer Gruppe die Frostschutzberegnung in seiner Kirschplantage.  Foto: Ayşe Demirtaş")
    fit(c, cols(3, top=ph_top - 9 * mm), fahrt)
pages.append(p3)

def p4(c):
    chrome(c, 4, "Aus dem Vereinsleben")
    mid = 150 * mm
    fit(c, cols(2, bot=mid), fahrt2)
    c.setStrokeColor(GREEN); c.line(M, mid - 4 * mm, W - M, mid - 4 * mm)
    def kurs(s):
        return [P(s["h"], "Holzofenbrot – ein Kurs mit Duft"),
            P(s["lead"], "Im Backhaus von Hattenrode haben zwölf Frauen an zwei Samstagen gelernt, wie Sauerteig, Holzfeuer und Geduld zusammengehören."),
            P(s["body"], "Das alte Backhaus am Dorfbrunnen war über zwanzig Jahre lang kaum benutzt worden, bis der Heimatverein es 2024 restaurieren ließ. Für unseren Kurs heizten wir den Ofen schon um sieben Uhr morgens mit Buchenholz an. Nach etwa zwei Stunden war die Kammer weiß gebrannt, die Glut wurde herausgezogen, und der Boden mit einem nassen Lappen ausgewischt."),
            P(s["body"], "Kursleiter Matteo Ferrante, gelernter Bäcker aus Bozen und seit fünfzehn Jahren in Oberhessen zu Hause, erklärte uns die Unterschiede zwischen Roggen- und Weizensauerteig. Sein wichtigster Rat: „Der Teig sagt dir, wann er fertig ist, nicht die Uhr.“ Wir haben Bauernbrote, Dinkelkrusten und zum Schluss sogar eine Focaccia mit Rosmarin gebacken."),
            P(s["body"], "Am Ende des zweiten Samstags duftete das ganze Oberdorf nach Brot. Jede Teilnehmerin nahm ihren eigenen Sauerteigansatz mit nach Hause, liebevoll „Hermann“ getauft. Ein weiterer Kurs ist für den Herbst geplant."),
            P(s["sign"], "<b>Renate Wielgosz</b>")]
    fit(c, cols(3, top=mid - 8 * mm), kurs)
pages.append(p4)

# ---------------- Page 5-6: Porträt
def por1(s):
    return [P(s["body"], "Der Brunnenhof liegt am Ende einer Schotterstraße oberhalb von Kirchwiesen. Wer ankommt, wird zuerst von einem Dutzend neugieriger Ziegen begrüßt, die ihre Köpfe durch das Gatter strecken. Marlies Hoffrichter, 54 Jahre alt, kommt in Gummistiefeln aus dem Stall und wischt sich die Hände an der Schürze ab. „Entschuldigung, die Elsa hat heute Nacht gelammt, zwei Böckchen“, sagt sie und lacht."),
        P(s["body"], "Vor zwanzig Jahren hat sie den Hof ihrer Schwiegereltern übernommen, damals noch mit Milchkühen. Als der Milchpreis 2009 auf unter zwanzig Cent fiel, stand die Familie vor der Frage, ob sie aufgeben sollte. Marlies Hoffrichter entschied sich für einen Neuanfang mit Ziegen. Heute melkt sie 62 Tiere der Rasse Bunte Deutsche Edelziege und verarbeitet die Milch in ihrer eigenen Hofkäserei."),
        P(s["body"], "„Alle haben gesagt, ich sei verrückt. Mein Schwiegervater hat ein halbes Jahr nicht mit mir geredet“, erinnert sie sich. Heute ist er 86 und kommt jeden Morgen in die Käserei, um die Laibe zu wenden."),
    ]
def por2(s):
    return [P(s["body"], "Ihr Frischkäse mit Bärlauch ist in der ganzen Region bekannt, und auf dem Wochenmarkt in Alsfeld bildet sich samstags eine Schlange vor ihrem Stand. Vermarktet wird außerdem über einen Automaten am Hoftor und über drei Dorfläden. Von Supermärkten hält sie wenig. „Ich will wissen, wer meinen Käse isst. Das ist für mich ein Teil der Arbeit.“"),
        P(s["body"], "Die Arbeit ist hart. Der Tag beginnt um halb fünf, Urlaub gab es zuletzt vor drei Jahren. Ihr Mann Deniz kümmert sich um das Futter und die Buchhaltung, die älteste Tochter studiert Agrarwissenschaften in Gießen und will den Hof eines Tages übernehmen. Ob sie sich das wünscht? Marlies Hoffrichter zögert. Dann sagt sie: „Ich wünsche mir, dass sie es will, nicht dass sie es muss.“"),
        P(s["body"], "Bei den Landfrauen ist sie seit 2006 Mitglied, seit vier Jahren Beisitzerin im Vorstand. Sie organisiert den jährlichen Hoftag, an dem Schulklassen beim Melken zusehen dürfen. Gefragt, was der Verein ihr bedeutet, antwortet sie ohne Zögern: Es sei der einzige Ort, an dem sie nicht erklären müsse, warum man an Heiligabend im Stall steht."),
        P(s["body"], "Zum Abschied drückt sie uns einen Laib Schnittkäse in die Hand. Er heißt „Brunnengold“ und reift vier Monate im Gewölbekeller. Wir haben ihn auf der Redaktionssitzung probiert. Er war schnell weg."),
    ]
def p5(c):
    chrome(c, 5, "Porträt")
    def head(s):
        return [P(s["h"], "Die Ziegenbäuerin vom Brunnenhof"),
                P(s["lead"], "Als die Milchkühe sich nicht mehr rechneten, hat Marlies Hoffrichter den Betrieb umgestellt. Heute macht sie Käse, den man bis nach Frankfurt kennt. Ein Besuch."),
                P(s["by"], "Von Katarzyna Nowak")]
    fit(c, [(M, TOP - 45 * mm, W - 2 * M, 45 * mm)], head)
    c.setFillColor(colors.HexColor("#bdbdbd")); c.rect(M, BOT + 10 * mm, 95 * mm, 120 * mm, stroke=0, fill=1)
    c.setFillColor(colors.black); c.setFont("SI", 7.5)
    c.drawString(M, BOT + 5 * mm, "Marlies Hoffrichter mit Ziege Elsa im Stall.  © Lena Sørensen")
    fit(c, [(M + 101 * mm, BOT, W - 2 * M - 101 * mm, TOP - 50 * mm - BOT)], por1)
pages.append(p5)

def p6(c):
    chrome(c, 6, "Porträt")
    def pull(s):
        return [P(s["pull"], "„Käse machen ist wie Kinder großziehen: Man kann nicht alles steuern, aber man darf nie wegschauen.“"),
                P(s["pullby"], "Marlies Hoffrichter, Ziegenhalterin und Käserin")]
    fit(c, [(M + 10 * mm, TOP - 40 * mm, W - 2 * M - 20 * mm, 38 * mm)], pull)
    fit(c, cols(2, top=TOP - 46 * mm), por2)
pages.append(p6)

# ---------------- Page 7: Rezepte
def p7(c):
    chrome(c, 7, "Aus unserer Küche")
    def head(s):
        return [P(s["h"], "Aus unserer Küche"),
                P(s["lead"], "Drei Lieblingsrezepte aus den Küchen unserer Mitglieder – erprobt bei Vereinsfesten, Geburtstagen und ganz normalen Dienstagen.")]
    fit(c, [(M, TOP - 28 * mm, W - 2 * M, 28 * mm)], head)
    rs = cols(3, top=TOP - 32 * mm)
    def r1(s):
        return [P(s["h2"], "Zwetschgenplotz nach Omas Art"),
                P(s["by"], "Rezept von Elfriede Schäfer"),
                P(s["ing"], "500 g Mehl · 1 Würfel Hefe · 250 ml Milch · 80 g Zucker · 80 g Butter · 1 Ei · 2 kg Zwetschgen · Zimt"),
                P(s["body"], "Aus Mehl, Hefe, lauwarmer Milch, Zucker, Butter und Ei einen geschmeidigen Teig kneten und eine Stunde gehen lassen. Auf einem gefetteten Blech ausrollen, dicht mit halbierten Zwetschgen belegen und nochmals zwanzig Minuten ruhen lassen."),
                P(s["body"], "Bei 200 Grad etwa 35 Minuten backen und noch warm mit Zimtzucker bestreuen. Elfriede schreibt dazu: „Bei uns gab es den Plotz immer am ersten Schultag nach den Sommerferien, und das mache ich bis heute so.“"),
                Photo(40 * mm), P(s["cap"], "Zwetschgenplotz frisch vom Blech.")]
    def r2(s):
        return [P(s["h2"], "Linsen-Dal mit Spinat"),
                P(s["by"], "eingesandt von Priya Raman-Becker"),
                P(s["ing"], "250 g rote Linsen · 1 Zwiebel · 2 Knoblauchzehen · 1 Stück Ingwer · 1 TL Kurkuma · 1 TL Kreuzkümmel · 400 ml Kokosmilch · 200 g Blattspinat"),
                P(s["body"], "Zwiebel, Knoblauch und Ingwer fein hacken und in Öl anschwitzen. Gewürze kurz mitrösten, dann Linsen, Kokosmilch und 400 ml Wasser zugeben und zwanzig Minuten köcheln lassen."),
                P(s["body"], "Zum Schluss den Spinat unterheben und mit Salz und Zitrone abschmecken. Dazu passen Reis oder Fladenbrot. Priya kocht das Dal, seit sie vor neun Jahren aus Chennai nach Oberhessen kam, und hat es beim Sommerfest für achtzig Personen zubereitet."),
                P(s["body"], "Tipp: Mit Spinat aus dem eigenen Garten schmeckt es noch besser.")]
    def r3(s):
        return [P(s["h2"], "Skandinavische Zimtschnecken"),
                P(s["by"], "Von unserem Mitglied Sigrun Halvorsen"),
                P(s["ing"], "500 g Mehl · 50 g Zucker · 1 Würfel Hefe · 250 ml Milch · 75 g Butter · 1 TL gemahlener Kardamom · Füllung: 100 g weiche Butter, 80 g brauner Zucker, 2 EL Zimt"),
                P(s["body"], "Einen Hefeteig mit Kardamom herstellen und gehen lassen. Zu einem Rechteck ausrollen, mit der Füllung bestreichen, aufrollen und in zwei Zentimeter dicke Scheiben schneiden."),
                P(s["body"], "Die Schnecken in Papierförmchen setzen, mit Ei bestreichen, mit Hagelzucker bestreuen und bei 220 Grad zehn Minuten backen. In Schweden heißen sie „kanelbullar“, und am 4. Oktober wird ihnen sogar ein eigener Feiertag gewidmet."),
                Photo(35 * mm), P(s["cap"], "Kanelbullar aus der Küche von Sigrun Halvorsen.")]
    fit(c, [rs[0]], r1); fit(c, [rs[1]], r2); fit(c, [rs[2]], r3)
pages.append(p7)

# ---------------- Page 8: Kreisverband
def p8(c):
    chrome(c, 8, "Aus dem Kreisverband")
    def h(s):
        return [P(s["h"], "Aus dem Kreisverband")]
    fit(c, [(M, TOP - 14 * mm, W - 2 * M, 14 * mm)], h)
    left = (M, BOT, 108 * mm, TOP - 18 * mm - BOT)
    right = (M + 116 * mm, BOT + 5, W - 2 * M - 116 * mm, TOP - 24 * mm - BOT)
    def a(s):
        return [P(s["h2"], "Kreislandfrauentag: 400 Frauen in der Stadthalle"),
            P(s["body"], "Unter dem Motto „Land.Frau.Zukunft“ trafen sich am 24. Januar rund 400 Landfrauen aus 23 Ortsvereinen in der Stadthalle Alsfeld. Kreisvorsitzende Dagmar Reuter-Kaiser eröffnete den Tag mit einem Rückblick auf das Jubiläumsjahr und einem Appell an die Politik."),
            P(s["body"], "„Wir erwarten, dass die Arbeit der Bäuerinnen endlich auch in der Rentenversicherung ankommt“, sagte Dagmar Reuter-Kaiser unter großem Beifall. Viele Betriebsleiterinnen seien im Alter schlecht abgesichert, weil sie jahrzehntelang als „mithelfende Familienangehörige“ geführt wurden."),
            P(s["body"], "Festrednerin war die Agrarökonomin Dr. Ines Vollrath-Okonkwo, die über die Zukunft der Familienbetriebe sprach. Sie zeigte, dass heute rund jeder zehnte landwirtschaftliche Betrieb in Hessen von einer Frau geführt wird. Für die musikalische Umrahmung sorgte der Landfrauenchor Schwalmtal mit dem Lied „Kein schöner Land“."),
            P(s["sign"], "<i>Hildegard Brenneisen, Schriftführerin im Kreisverband</i>"),
            P(s["h2"], "Neues Projekt an Grundschulen"),
            P(s["body"], "Der Kreisverband beteiligt sich ab Herbst am Landesprojekt „Landfrauen machen Schule“. Ehrenamtliche Ernährungsreferentinnen besuchen dritte Klassen und kochen dort gemeinsam mit den Kindern ein gesundes Frühstück. Gesucht werden noch Frauen, die Freude an der Arbeit mit Kindern haben. Eine Schulung wird angeboten."),
            P(s["body"], "Eine Teilnehmerin aus dem Pilotjahr schrieb uns: „Als ein Junge zum ersten Mal eine Paprika probiert hat und sie ihm geschmeckt hat, wusste ich, warum ich das mache.“"),
            P(s["by"], "Text: Hildegard Brenneisen")]
    def b(s):
        return [P(s["h2"], "Kurz notiert"),
            P(s["body"], "<b>Ehrung.</b> Für 40 Jahre Mitgliedschaft wurden beim Kreislandfrauentag aus unserem Verein Waltraud Kessler und Gülşen Arslan geehrt. Herzlichen Glückwunsch!"),
            P(s["body"], "<b>Digitalkurs.</b> Der Kreisverband bietet ab März den Kurs „Sicher im Netz“ für Seniorinnen an, vier Abende im Bürgerhaus Romrod."),
            P(s["body"], "<b>Bezirksversammlung.</b> Die Bezirksversammlung findet am 18. April in Homberg statt. Delegierte unseres Vereins sind Gerlinde Aßmann und Katarzyna Nowak."),
            P(s["sign"], "<i>Zusammengestellt von Dorothee Fuchs-Ilić</i>")]
    fit(c, [left], a)
    fit(c, [right], b, box=True)
pages.append(p8)

# ---------------- Page 9: Nachrufe
def p9(c):
    chrome(c, 9, "Nachrufe")
    def n(s):
        return [P(s["h"], "Wir nehmen Abschied"),
            P(s["h2"], "Hedwig Stumpf (1931–2025)"),
            P(s["body"], "Am 3. Dezember ist unser Ehrenmitglied Hedwig Stumpf im Alter von 94 Jahren gestorben. Sie gehörte 1952 zu den Gründerinnen unseres Vereins und war über zwei Jahrzehnte Kassiererin. Generationen von Landfrauen haben bei ihr das Einkochen gelernt, und ihre Quittengelee-Gläser waren auf jedem Basar als erste verkauft."),
            P(s["body"], "Wer sie besuchte, bekam nicht nur Kaffee, sondern auch einen Rat. Ihr Lieblingsspruch war: „Wer jammert, hat noch Zeit zum Anpacken.“ Sie hat danach gelebt, bis ins hohe Alter. Wir werden sie sehr vermissen."),
            P(s["sign"], "Für den Vorstand"), P(s["sign"], "<b>Gerlinde Aßmann</b>"),
            Spacer(1, 10),
            P(s["h2"], "Kazimiera Lewandowska (1948–2026)"),
            P(s["body"], "Völlig unerwartet ist im Januar Kazimiera Lewandowska verstorben. Sie kam 1981 aus Masuren nach Kirchwiesen und war seit 1995 Mitglied bei uns. Ihre Piroggen-Kurse waren legendär, und bei jedem Fest stand sie an der Kasse, immer mit einem Scherz auf den Lippen."),
            P(s["body"], "In ihrer letzten Weihnachtskarte an den Verein schrieb sie: „Ihr seid meine zweite Familie geworden, und dafür danke ich euch jeden Tag.“ Unsere Gedanken sind bei ihrem Mann Jerzy und den Kindern."),
            P(s["sign"], "Im Namen aller Mitglieder"), P(s["sign"], "<b>Irmgard Sauerwein</b>, stellv. Vorsitzende")]
    c.setFillColor(colors.black)
    fit(c, [(M + 25 * mm, BOT + 10 * mm, W - 2 * M - 50 * mm, TOP - BOT - 10 * mm)], n)
pages.append(p9)

# ---------------- Page 10: Termine + Impressum
def p10(c):
    chrome(c, 10, "Termine · Impressum")
    def t(s):
        return [P(s["h"], "Termine 2026"),
            P(s["small"], "<b>12. März</b> · Stammtisch im Gasthaus „Zur Linde“, 19 Uhr"),
            P(s["small"], "<b>28. März</b> · Osterbasteln mit Kindern, Dorfgemeinschaftshaus"),
            P(s["small"], "<b>18. April</b> · Bezirksversammlung in Homberg"),
            P(s["small"], "<b>9. Mai</b> · Hoftag auf dem Brunnenhof"),
            P(s["small"], "<b>12.–14. Juni</b> · Lehrfahrt in den Spreewald"),
            P(s["small"], "<b>5. September</b> · Holzofenbrot, Kurs II, Backhaus Hattenrode"),
            P(s["small"], "<b>4. Oktober</b> · Erntedankfest mit Kuchentheke"),
            P(s["small"], "Anmeldungen bitte bei der Geschäftsstelle oder unter den angegebenen Telefonnummern.")]
    fit(c, [(M, BOT, 80 * mm, TOP - BOT)], t)
    def imp(s):
        return [P(s["h2"], "Impressum"),
            P(s["small"], "<b>Herausgeber</b><br/>LandFrauenverein Ohmtal-Wiesengrund e. V.<br/>Lindenstraße 7, 36320 Kirchwiesen"),
            P(s["small"], "<b>V.i.S.d.P.</b><br/>Gerlinde Aßmann"),
            P(s["small"], "<b>Redaktion</b><br/>Katarzyna Nowak, Renate Wielgosz, Birgit Oltmanns"),
            P(s["small"], "<b>Satz und Gestaltung</b><br/>Druckwerkstatt Vogelsberg"),
            P(s["small"], "<b>Fotos</b><br/>Titel: Hannelore Brückner<br/>Seite 3: Ayşe Demirtaş<br/>Seite 5: Lena Sørensen<br/>Seite 7: Sigrun Halvorsen, Elfriede Schäfer"),
            P(s["small"], "Auflage: 450 Exemplare. Die Landfrauen-Mitteilungen erscheinen zweimal jährlich und sind im Mitgliedsbeitrag enthalten. Namentlich gekennzeichnete Beiträge geben nicht unbedingt die Meinung des Vorstands wieder."),
            P(s["small"], "Redaktionsschluss für Heft 2/2026: 15. August")]
    fit(c, [(M + 92 * mm, BOT + 5, W - 2 * M - 92 * mm, TOP - BOT - 10)], imp, box=True)
pages.append(p10)

c = canvas.Canvas(OUT, pagesize=A4, invariant=1)
c.setTitle("Landfrauen-Mitteilungen 1/2026")
c.setAuthor("LandFrauenverein Ohmtal-Wiesengrund e. V.")
for fn in pages:
    fn(c)
    c.showPage()
c.save()
print("wrote", OUT)
