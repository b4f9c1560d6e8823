#!/usr/bin/env python3
"""Generator für das (fiktive) 'Altenbrücker Heimatblatt 2026', Jahresheft des Heimat- und
Geschichtsvereins Altenbrück e. V. Eigenständig, deterministisch.
Ausgabe: heimatblatt-2026-de.pdf neben diesem Skript."""
import io
import os

from reportlab.lib.colors import Color, white
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable, Frame, Paragraph, Spacer, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "heimatblatt-2026-de.pdf")
FD = "/usr/share/fonts/truetype/dejavu/"
for n, f in [("Serif", "DejaVuSerif.ttf"), ("Serif-B", "DejaVuSerif-Bold.ttf"),
             ("Serif-I", "DejaVuSerif-Italic.ttf"), ("Serif-BI", "DejaVuSerif-BoldItalic.ttf"),
             ("SerifC", "DejaVuSerifCondensed.ttf"), ("SerifC-B", "DejaVuSerifCondensed-Bold.ttf"),
             ("SerifC-I", "DejaVuSerifCondensed-Italic.ttf"),
             ("Sans", "DejaVuSans.ttf"), ("Sans-B", "DejaVuSans-Bold.ttf"), ("Sans-I", "DejaVuSans-Oblique.ttf")]:
    pdfmetrics.registerFont(TTFont(n, FD + f))
pdfmetrics.registerFontFamily("SerifC", normal="SerifC", bold="SerifC-B", italic="SerifC-I", boldItalic="SerifC-B")
pdfmetrics.registerFontFamily("Serif", normal="Serif", bold="Serif-B", italic="Serif-I", boldItalic="Serif-BI")
pdfmetrics.registerFontFamily("Sans", normal="Sans", bold="Sans-B", italic="Sans-I", boldItalic="Sans-B")

W, H = A5
MI, MO = 30, 34          # inner / outer margin
BROWN = Color(0.42, 0.20, 0.10)
OCHRE = Color(0.93, 0.89, 0.80)
GREY = Color(0.70, 0.70, 0.70)


def styles(size):
    lead = size * 1.3
    return {
        "body": ParagraphStyle("body", fontName="SerifC", fontSize=size, leading=lead, alignment=TA_JUSTIFY,
                               firstLineIndent=9),
        "body0": ParagraphStyle("body0", fontName="SerifC", fontSize=size, leading=lead, alignment=TA_JUSTIFY),
        "h1": ParagraphStyle("h1", fontName="Serif-B", fontSize=17, leading=20, textColor=BROWN, spaceAfter=4),
        "h2": ParagraphStyle("h2", fontName="Serif-B", fontSize=12.5, leading=15, textColor=BROWN, spaceBefore=4,
                             spaceAfter=3),
        "h3": ParagraphStyle("h3", fontName="Serif-B", fontSize=size + 0.8, leading=(size + 0.8) * 1.25,
                             spaceBefore=6, spaceAfter=2),
        "dach": ParagraphStyle("dach", fontName="Sans-B", fontSize=7, leading=9, textColor=BROWN, spaceAfter=2),
        "lead": ParagraphStyle("lead", fontName="Serif-I", fontSize=9.3, leading=12.3, spaceAfter=5),
        "by": ParagraphStyle("by", fontName="Sans", fontSize=7.6, leading=10, spaceAfter=6),
        "byend": ParagraphStyle("byend", fontName="SerifC-I", fontSize=size, leading=lead, alignment=2,
                                spaceBefore=3, spaceAfter=4),
        "cap": ParagraphStyle("cap", fontName="Sans", fontSize=6.5, leading=8, textColor=Color(.25, .25, .25),
                              spaceBefore=2, spaceAfter=6),
        "pull": ParagraphStyle("pull", fontName="Serif-BI", fontSize=12, leading=15.5, textColor=BROWN,
                               alignment=TA_CENTER, spaceBefore=6, spaceAfter=6),
        "box": ParagraphStyle("box", fontName="Sans", fontSize=size - 1, leading=(size - 1) * 1.3),
        "boxh": ParagraphStyle("boxh", fontName="Sans-B", fontSize=size, leading=size * 1.3, textColor=BROWN,
                               spaceAfter=3),
        "fn": ParagraphStyle("fn", fontName="SerifC", fontSize=6.8, leading=8.4, leftIndent=8, firstLineIndent=-8),
        "small": ParagraphStyle("small", fontName="Sans", fontSize=7.3, leading=9.4),
        "qa": ParagraphStyle("qa", fontName="SerifC", fontSize=size, leading=lead, alignment=TA_JUSTIFY,
                             spaceAfter=3),
    }


class Photo(Flowable):
    def __init__(self, h, w=None, tone=0.70):
        super().__init__()
        self.h, self.fw, self.tone = h, w, tone

    def wrap(self, aw, ah):
        self.w = self.fw or aw
        return self.w, self.h

    def draw(self):
        c = self.canv
        c.setFillColor(Color(self.tone, self.tone - 0.02, self.tone - 0.05))
        c.rect(0, 0, self.w, self.h, fill=1, stroke=0)
        c.setStrokeColor(Color(self.tone - 0.12, self.tone - 0.12, self.tone - 0.12))
        c.setLineWidth(0.5)
        c.rect(4, 4, self.w - 8, self.h - 8, fill=0, stroke=1)


class Rule(Flowable):
    def __init__(self, color=BROWN, width=0.8, space=4):
        super().__init__()
        self.color, self.lw, self.space = color, width, space

    def wrap(self, aw, ah):
        self.w = aw
        return aw, self.space * 2

    def draw(self):
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(self.lw)
        self.canv.line(0, self.space, self.w, self.space)


def box(flows, width, bg=OCHRE):
    t = Table([[flows]], colWidths=[width])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), bg), ("LEFTPADDING", (0, 0), (-1, -1), 6),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return t


def P(text, st):
    return Paragraph(text, st)


def paras(text, S, first_noindent=True):
    out = []
    for i, t in enumerate([p.strip() for p in text.strip().split("\n\n")]):
        out.append(P(" ".join(t.split()), S["body0"] if (i == 0 and first_noindent) else S["body"]))
    return out


def margins(n):
    # odd pages are right-hand pages: inner margin on the left
    return (MI, MO) if n % 2 == 1 else (MO, MI)


def chrome(c, n, rubrik):
    left, right = margins(n)
    c.setStrokeColor(BROWN)
    c.setLineWidth(0.6)
    c.line(left, H - 30, W - right, H - 30)
    c.setFillColor(BROWN)
    c.setFont("Sans", 6.8)
    if n % 2 == 0:
        c.drawString(left, H - 26, "Altenbrücker Heimatblatt 2026")
        c.setFont("Sans-B", 6.8)
        c.drawRightString(W - right, H - 26, rubrik)
        c.setFont("Serif-B", 8.5)
        c.drawString(left, 20, str(n))
    else:
        c.drawRightString(W - right, H - 26, "Altenbrücker Heimatblatt 2026")
        c.setFont("Sans-B", 6.8)
        c.drawString(left, H - 26, rubrik)
        c.setFont("Serif-B", 8.5)
        c.drawRightString(W - right, 20, str(n))


def layout(n, top_h, ncols, gap=11):
    left, right = margins(n)
    y_top = H - 38
    frames = [Frame(left, y_top - top_h, W - left - right, top_h, 0, 0, 0, 0)]
    cw = (W - left - right - gap * (ncols - 1)) / ncols
    for i in range(ncols):
        frames.append(Frame(left + i * (cw + gap), 32, cw, y_top - top_h - 32 - (5 if top_h else 0), 0, 0, 0, 0))
    return frames, cw


def fits(frames, story):
    dummy = canvas.Canvas(io.BytesIO(), pagesize=A5)
    story = list(story)
    if not story:
        return True
    for fr in frames:
        fr2 = Frame(fr._x1, fr._y1, fr._width, fr._height, 0, 0, 0, 0)
        fr2.addFromList(story, dummy)
        if not story:
            return True
    return not story


def page(c, n, rubrik, builder, top_h, ncols=2, sizes=(8.6, 8.4, 8.2, 8.0, 7.8, 7.6, 7.4)):
    for size in sizes:
        S = styles(size)
        frames, cw = layout(n, top_h, ncols)
        top, cols = builder(S, cw)
        if fits(frames[:1], top) and fits(frames[1:], cols):
            break
    else:
        raise SystemExit("Seite %d läuft über" % n)
    print("Seite", n, "Schriftgröße", size)
    frames, cw = layout(n, top_h, ncols)
    top, cols = builder(S, cw)
    chrome(c, n, rubrik)
    if top:
        frames[0].addFromList(top, c)
    for fr in frames[1:]:
        fr.addFromList(cols, c)
    c.showPage()


# ------------------------------------------------------------------ Seite 1: Titel
def titel(c):
    c.setFillColor(OCHRE)
    c.rect(0, 0, W, H, fill=1, stroke=0)
    c.setFillColor(BROWN)
    c.rect(0, H - 120, W, 120, fill=1, stroke=0)
    c.setFillColor(white)
    c.setFont("Serif-B", 26)
    c.drawString(30, H - 58, "Altenbrücker")
    c.drawString(30, H - 88, "Heimatblatt")
    c.setFont("Sans", 8.5)
    c.drawString(30, H - 108, "Jahresheft des Heimat- und Geschichtsvereins Altenbrück e. V.")
    c.setFont("Serif-B", 30)
    c.drawRightString(W - 30, H - 62, "2026")
    c.setFont("Sans", 8)
    c.drawRightString(W - 30, H - 78, "Heft 41")
    c.setFillColor(Color(0.55, 0.52, 0.47))
    c.rect(30, 150, W - 60, H - 290, fill=1, stroke=0)
    c.setStrokeColor(Color(0.45, 0.42, 0.38))
    c.rect(36, 156, W - 72, H - 302, fill=0, stroke=1)
    c.setFillColor(Color(.2, .2, .2))
    c.setFont("Sans-I", 7)
    c.drawString(30, 140, "Die Wennemühle im Herbstlicht, vom alten Mühlengraben aus gesehen.")
    c.setFillColor(BROWN)
    c.setFont("Serif-B", 10.5)
    c.drawString(30, 110, "Sechshundert Jahre an der Wenne")
    c.setFont("Serif", 8.5)
    c.setFillColor(Color(.15, .15, .15))
    c.drawString(30, 97, "Die Geschichte der Altenbrücker Mühle")
    c.setFillColor(BROWN)
    c.setFont("Serif-B", 10.5)
    c.drawString(30, 75, "Als die Kleinbahn noch fuhr")
    c.setFont("Serif", 8.5)
    c.setFillColor(Color(.15, .15, .15))
    c.drawString(30, 62, "Eine Zeitzeugin erzählt")
    c.setFont("Sans", 7)
    c.drawString(30, 32, "Schutzgebühr 6,00 € · für Mitglieder kostenlos")
    c.showPage()


# ------------------------------------------------------------------ Seite 2: Inhalt, Grußwort
def s2(S, cw):
    top = [P("Inhalt", S["h2"])]
    inhalt = [("2", "Grußwort des Vorsitzenden"),
              ("3", "Sechshundert Jahre an der Wenne. Die Geschichte der Altenbrücker Mühle · Gisela Wittkamp"),
              ("6", "Als die Kleinbahn noch nach Altenbrück fuhr · Hedwig Schulte im Gespräch"),
              ("8", "Mein erster Winter in Altenbrück · Józef Nowak"),
              ("8", "Vor hundert Jahren"),
              ("9", "Nachruf auf Wilhelmine Kortmann"),
              ("10", "Vereinsleben: Jahresausflug, Denkmaltag, Plattdeutsch"),
              ("11", "Termine 2026"),
              ("12", "Impressum und Bildnachweis")]
    rows = [[P(a, S["small"]), P(b, S["small"])] for a, b in inhalt]
    t = Table(rows, colWidths=[18, W - MI - MO - 18])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5), ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    top += [t, Spacer(1, 4), Rule()]
    cols = [P("Grußwort", S["h2"])]
    cols += paras("""
Liebe Mitglieder, liebe Freundinnen und Freunde der Altenbrücker Geschichte,

mit dem 41. Heft unseres Heimatblattes halten Sie wieder ein Jahr Vereinsarbeit in den Händen. Ein
besonderes Jahr: Die Wennemühle, das älteste Gebäude unseres Ortes, wurde vor 600 Jahren zum ersten Mal
urkundlich erwähnt. Frau Dr. Wittkamp hat für dieses Heft die Akten im Stadtarchiv und im Landesarchiv
durchgesehen und die Geschichte der Mühle neu erzählt, mit manchem Fund, der auch alten Altenbrückern neu
sein dürfte.

Ebenso am Herzen liegen uns die Erinnerungen der Menschen, die unseren Ort geprägt haben. Frau Hedwig
Schulte hat uns erzählt, wie es war, als die Kleinbahn noch durch das Wennetal fuhr, und Herr Józef Nowak
hat seine Erinnerungen an seine ersten Monate in Altenbrück für uns aufgeschrieben. Beiden danke ich
herzlich für ihre Offenheit.

Traurig gestimmt hat uns im vergangenen Herbst der Tod von Minna Kortmann, die unseren Verein über
Jahrzehnte begleitet hat. Ihr ist der Nachruf in diesem Heft gewidmet.

Zum Schluss eine Bitte: Unser Archiv im alten Spritzenhaus braucht Hilfe. Wer Fotos, Briefe oder Urkunden
aus Altenbrück besitzt, möge sie uns zum Einscannen leihen. Sie bekommen alles unversehrt zurück.

Ich wünsche Ihnen eine anregende Lektüre.
""", S)
    cols += [Spacer(1, 4), P("Ihr", S["body0"]), P("Friedhelm Aßmann", S["body0"]),
             P("<i>1. Vorsitzender</i>", S["body0"])]
    return top, cols


# ------------------------------------------------------------------ Seiten 3-5: Mühle
RUB_M = "Die Mühle an der Wenne"


def s3(S, cw):
    top = [P("ORTSGESCHICHTE", S["dach"]),
           P("Sechshundert Jahre an der Wenne", S["h1"]),
           P("Die Geschichte der Altenbrücker Mühle von der ersten Erwähnung 1426 bis zum letzten Mahlgang "
             "im Jahr 1968", S["lead"]),
           P("Von Dr. Gisela Wittkamp", S["by"])]
    cols = paras("""
Am Tag nach St. Martin des Jahres 1426 verpachtete der Graf von Arnsberg „die mollen tho Oldenbrugge an der
Wenne“ an einen Müller namens Hinrich für jährlich sechs Malter Roggen und zwei fette Schweine.¹ Die
Urkunde, von der nur eine Abschrift des 16. Jahrhunderts erhalten ist, ist die älteste Nachricht über
unseren Ort überhaupt. Die Mühle ist also, wenn man so will, älter als Altenbrück selbst.

Wo genau diese erste Mühle stand, wissen wir nicht. Vieles spricht dafür, dass sie an derselben Stelle lag
wie das heutige Gebäude, denn der Mühlengraben, der von einem Wehr oberhalb der Brücke abgezweigt wird,
folgt einer natürlichen Geländekante, die sich kaum verlegen lässt. Bei Bauarbeiten im Jahr 1987 fand man
unter dem heutigen Fußboden Reste einer Schwelle aus Eichenholz, die allerdings nie genau datiert wurde.

Als Bannmühle genoss die Wennemühle ein Vorrecht, das für die Bauern der umliegenden Höfe eine Last war:
Sie durften ihr Korn nirgendwo anders mahlen lassen. Wer beim Müller in Neheim oder gar in einer
Handmühle auf dem eigenen Hof mahlte, musste mit Strafe rechnen. Die Amtsrechnungen des 17. Jahrhunderts
verzeichnen regelmäßig kleine Brüchtengelder für solche Vergehen.
""", S)
    cols += [Photo(95),
             P("Die älteste bekannte Ansicht der Mühle auf einer Flurkarte von 1768. Foto: Stadtarchiv "
               "Altenbrück", S["cap"])]
    cols += paras("""
Der Dreißigjährige Krieg traf das Wennetal schwer. 1636 meldete der Amtsdrost, die Mühle stehe „öde und
ohne Müller“, das Wasserrad sei von durchziehenden Soldaten verheizt worden. Erst 1652 ist wieder ein
Müller nachweisbar, Peter Hüttemann aus Hellefeld, dessen Familie die Mühle dann fast zweihundert Jahre lang
betreiben sollte.
""", S)
    return top, cols


def s4(S, cw):
    top = []
    cols = [P("Wassermangel und Streit", S["h3"])]
    cols += paras("""
Ein Müller war auf das Wasser angewiesen, und das Wasser der Wenne war in trockenen Sommern knapp. Aus dem
Jahr 1783 ist ein Brief des Müllers Johann Caspar Hüttemann an die Hofkammer in Bonn erhalten, in dem er um
Nachlass der Pacht bittet. Er schreibt: „Das Wasser ist diesen Sommer so klein, dass das Rad kaum drei
Stunden des Tages gehet, und die Bauern tragen ihr Korn wieder nach Hause.“²

Die Bitte hatte Erfolg, wenn auch nur teilweise: Die Pacht wurde für ein Jahr um ein Drittel gesenkt. Der
Brief verrät aber noch mehr. Hüttemann klagt darin auch über den Schmied Anton Rüther, der oberhalb der
Mühle einen Hammer mit eigenem Wehr betrieb und, so der Müller, das Wasser „nach seinem Gefallen
aufstaue“. Der Streit zwischen Mühle und Hammer zieht sich in den Akten über mehr als vierzig Jahre hin.
""", S)
    cols += [Photo(120, tone=0.82),
             P("So könnte die Mühle mit zwei unterschlächtigen Wasserrädern um 1800 ausgesehen haben. "
               "Rekonstruktion nach dem Brandkassenkataster. Zeichnung: Maren Eilers", S["cap"])]
    cols += [P("Die preußische Zeit", S["h3"])]
    cols += paras("""
Mit dem Ende des Herzogtums Westfalen und dem Übergang an Preußen 1816 änderte sich die Lage grundlegend.
Die Gewerbefreiheit beendete den Mühlenbann, und 1821 kaufte der damalige Pächter Franz Hüttemann die Mühle
für 2.400 Taler in sein Eigentum. Nun stand die Wennemühle im Wettbewerb mit anderen Mühlen, und sie musste
sich verändern, um zu bestehen.

Die Hüttemanns bauten in den folgenden Jahrzehnten eine Ölmühle an, später eine Sägemühle. Das Kataster von
1830 nennt bereits drei Wasserräder. In einem Gutachten des Kreisbaumeisters von 1862 heißt es über die
Anlage, sie sei „die ansehnlichste Mühle des ganzen Kreises, aber an Maschinen um dreißig Jahre zurück“.³
Das war wohl nicht ganz gerecht, aber es traf einen wunden Punkt: Die großen Walzenmühlen an Ruhr und Lippe
mahlten inzwischen mit Dampfkraft und zu Preisen, mit denen ein Wassermüller nicht mithalten konnte.

1858 heiratete die Erbtochter Gertrud Hüttemann den Müllergesellen Wilhelm Rademacher aus Sundern. Mit ihm
beginnt die Zeit der Familie Rademacher, die bis heute mit der Mühle verbunden ist.
""", S)
    cols += [P("<i>Fortsetzung auf der nächsten Seite</i>", S["cap"])]
    return top, cols


def s5(S, cw):
    top = []
    cols = [P("Turbine statt Wasserrad", S["h3"])]
    cols += paras("""
Der große Umbruch kam 1907. August Rademacher ließ die beiden alten Wasserräder abbauen und eine
Francis-Turbine einsetzen, die nicht nur die Mahlgänge antrieb, sondern auch einen Generator. Damit hatte
die Mühle als erstes Haus in Altenbrück elektrisches Licht. Bald lieferte sie Strom an die Kirche, die
Schule und einige Nachbarn; bis 1926 blieb sie das einzige „Elektrizitätswerk“ des Ortes.

Die Enkelin Augusts, Elisabeth Rademacher, erinnerte sich 1988 in einem Gespräch mit dem Heimatverein an
die Zeit, als ihr Großvater abends die Lampen im Dorf an- und ausschaltete: „Wenn Großvater um zehn Uhr
den Hebel umlegte, wurde es im ganzen Dorf dunkel, und dann wusste jeder, dass Schlafenszeit war.“⁴

Nach dem Zweiten Weltkrieg lohnte sich das Mahlen kaum noch. Die Mühle mahlte zuletzt nur noch Futterschrot
für die Bauern der Umgebung. Am 30. Juni 1968 lief der letzte Mahlgang. Die Turbine aber läuft bis heute: Seit
1994 speist sie Strom ins öffentliche Netz, und das Mühlengebäude ist seit 2003 ein Baudenkmal.
""", S)
    cols += [Photo(85),
             P("Die Francis-Turbine von 1907 bei der Revision im Jahr 2019. Foto: Stadtarchiv Altenbrück",
               S["cap"])]
    cols += paras("""
Sechshundert Jahre nach der ersten Erwähnung ist die Wennemühle damit noch immer, was sie immer war: ein
Ort, an dem die Kraft des Wassers genutzt wird. Der Heimatverein wird das Jubiläum am Deutschen Mühlentag,
dem Pfingstmontag, mit einer Ausstellung unter dem Titel „600 Jahre Mühle an der Wenne“ feiern.
""", S)
    cols += [Rule(GREY, 0.4, 3), P("<b>Quellen und Anmerkungen</b>", S["fn"])]
    for fn in ["¹ Landesarchiv NRW, Abt. Westfalen, Herzogtum Westfalen, Urkunden Nr. 1188 (Abschrift um 1560).",
               "² Stadtarchiv Altenbrück, Bestand A 12 (Mühlenakten), Nr. 7, Brief vom 14. August 1783.",
               "³ Ebd., Nr. 19, Gutachten des Kreisbaumeisters vom 2. Mai 1862.",
               "⁴ Tonbandaufnahme im Archiv des Heimatvereins, 1988; abgeschrieben von der Verfasserin.",
               "Literatur: Hermann Vollmer: „Mühlen und Hämmer im oberen Wennetal“, Arnsberg 1961; "
               "Ingeborg Lütke-Wiesmann: „Wasserkraft im Sauerland“, Münster 1999."]:
        cols.append(P(fn, S["fn"]))
    return top, cols


# ------------------------------------------------------------------ Seiten 6-7: Gespräch
RUB_K = "Zeitzeugen"


def s6(S, cw):
    top = [P("ZEITZEUGEN ERZÄHLEN", S["dach"]),
           P("Als die Kleinbahn noch nach Altenbrück fuhr", S["h1"]),
           P("Von 1911 bis 1962 verband die Wennetalbahn unseren Ort mit der Welt. Hedwig Schulte, Jahrgang "
             "1936, ist mit ihr groß geworden. Mehmet Yıldız hat sie in ihrer Küche am Bahnhofsweg besucht.",
             S["lead"])]
    qa = [
        ("MY:", "Frau Schulte, Sie wohnen seit Ihrer Geburt am Bahnhofsweg. Wie nah waren Sie an der Bahn?"),
        ("HS:", "Näher geht es nicht. Mein Vater war Rottenarbeiter bei der Kleinbahn, und unser Haus war "
                "ein Bahnhaus, das gehörte der Gesellschaft. Vom Küchenfenster aus konnte ich auf den "
                "Bahnsteig sehen. Wenn morgens der erste Zug pfiff, war es halb sechs, dafür brauchten wir "
                "keinen Wecker."),
        ("MY:", "Wohin fuhr man denn mit der Kleinbahn?"),
        ("HS:", "Nach Neheim in die Fabriken, nach Arnsberg zum Amt oder zum Arzt, und die Bauern schickten "
                "Milch und Holz. Die Milchkannen standen morgens in einer langen Reihe auf der Rampe. Und "
                "sonntags fuhren die Leute aus der Stadt zu uns zum Wandern, dann war der Zug so voll, dass "
                "die Jungen auf den Trittbrettern standen. Verboten war das natürlich."),
        ("MY:", "Woran erinnern Sie sich besonders?"),
        ("HS:", "An den Bahnhofsvorsteher, Ewald Pieper. Der war klein und rund und hatte eine rote Mütze, "
                "und wenn der Zug Verspätung hatte, weil wieder eine Kuh auf dem Gleis stand, dann rief er "
                "über den ganzen Bahnsteig: „Einsteigen, die Kühe warten nicht!“ Das haben wir Kinder dann "
                "wochenlang nachgemacht."),
        ("MY:", "Und im Krieg?"),
        ("HS:", "Da war ich noch klein. Ich weiß, dass im Winter 1945 Tiefflieger auf einen Zug geschossen "
                "haben, kurz vor dem Tunnel. Meine Mutter hat mich unter den Küchentisch gezogen. Der "
                "Lokführer ist damals ums Leben gekommen, er hieß Fritz Hellweg, das weiß ich noch genau, "
                "weil seine Tochter in meiner Klasse war."),
    ]
    cols = []
    for a, b in qa:
        cols.append(P("<b>%s</b> %s" % (a, b), S["qa"]))
    cols += [Photo(100),
             P("Hedwig Schulte (vorn links) mit ihrer Mutter und Nachbarn auf dem Bahnsteig, um 1950. Foto: "
               "privat", S["cap"])]
    return top, cols


def s7(S, cw):
    top = []
    qa = [
        ("MY:", "Nach dem Krieg ging es dann wieder aufwärts?"),
        ("HS:", "Ja, in den Fünfzigern fuhren wieder viele Züge, auch mit neuen Triebwagen, die waren rot "
                "und beige. Ich bin damit jeden Tag zur Handelsschule nach Arnsberg gefahren. Im Zug hat man "
                "alles erfahren, wer sich verlobt hatte, wer krank war, wer ein Auto gekauft hatte. Das "
                "Auto, das war am Ende ja auch der Grund, warum die Bahn eingestellt wurde."),
        ("MY:", "Wie haben Sie den letzten Tag erlebt?"),
        ("HS:", "Das war im September 1962. Der ganze Ort war auf dem Bahnsteig, die Musikkapelle hat "
                "gespielt, und der Lokführer hat die Pfeife gezogen, bis ihm der Heizer auf die Schulter "
                "geklopft hat. Mein Vater stand neben mir und hat nichts gesagt. Er hat dann noch bis zu "
                "seiner Rente bei der Straßenmeisterei gearbeitet, aber das war nicht mehr dasselbe."),
        ("MY:", "Heute ist auf der alten Trasse ein Radweg."),
        ("HS:", "Und das ist gut so. Ich fahre da selbst noch mit meinem Elektrorad, bis zum Tunnel und "
                "zurück. Manchmal, wenn es ganz still ist, meine ich, ich höre den Zug pfeifen. Mein Enkel "
                "sagt, das sei der Tinnitus. Soll er ruhig denken."),
        ("MY:", "Frau Schulte, herzlichen Dank für das Gespräch."),
    ]
    cols = []
    for a, b in qa:
        cols.append(P("<b>%s</b> %s" % (a, b), S["qa"]))
    cols += [Spacer(1, 4),
             P("„Manchmal, wenn es ganz still ist, meine ich, ich höre den Zug pfeifen.“", S["pull"]),
             P("Hedwig Schulte", S["by"]), Spacer(1, 4)]
    cols += [box([P("Die Wennetalbahn in Zahlen", S["boxh"]),
                  P("Eröffnet: 1. Oktober 1911<br/>Streckenlänge: 17,4 km, Spurweite 1.000 mm<br/>"
                    "Bahnhöfe und Haltepunkte: 7<br/>Tunnel: 1 (Hellerberg, 212 m)<br/>"
                    "Personenverkehr eingestellt: 29. September 1962<br/>Güterverkehr eingestellt: 1965<br/>"
                    "Radweg auf der Trasse seit: 2008", S["box"])], cw)]
    cols += [Spacer(1, 6), P("Das Gespräch führte Mehmet Yıldız.", S["byend"])]
    cols += [Photo(90, tone=0.62),
             P("Der letzte Personenzug verlässt Altenbrück, 29. September 1962. Foto: Archiv des "
               "Heimatvereins", S["cap"])]
    return top, cols


# ------------------------------------------------------------------ Seite 8: Nowak + vor 100 Jahren
def s8(S, cw):
    top = [P("ERINNERUNGEN", S["dach"]), P("Mein erster Winter in Altenbrück", S["h1"]),
           P("Im Herbst 1958 kam Józef Nowak als Siebzehnjähriger aus Oberschlesien in das Wennetal. Für das "
             "Heimatblatt hat er aufgeschrieben, wie er die ersten Monate erlebte.", S["lead"])]
    cols = paras("""
Wir kamen an einem Novembertag mit dem Zug aus dem Lager Friedland, meine Mutter, meine zwei Schwestern
und ich. Mein Vater war schon ein halbes Jahr vorher gekommen und hatte Arbeit im Steinbruch am Hellerberg
gefunden. Die Wohnung, zwei Zimmer über dem Konsum, war kalt und roch nach frischer Farbe, aber es war
unsere.

Deutsch sprach ich, aber nicht so, wie man es hier sprach. In der Berufsschule lachten die anderen über
mein rollendes R, und ich habe in den ersten Wochen fast nichts gesagt. Das änderte sich erst beim
Fußball. Der Trainer des SV Altenbrück, ein Bäckermeister namens Theo Brüggemann, sah mich auf der Wiese
hinter der Schule spielen und sagte: „Junge, Sonntag um zwei bist du am Platz, und bring Schuhe mit.“
Schuhe hatte ich keine. Er hat mir welche geschenkt.

Der Winter war streng. Im Januar lag der Schnee so hoch, dass die Kleinbahn drei Tage nicht fuhr, und die
Männer aus dem Ort schaufelten die Strecke frei. Ich war dabei, und am Abend gab es in der Gastwirtschaft
Kortmann Erbsensuppe für alle. Da hat mir zum ersten Mal jemand auf die Schulter geklopft und gefragt, wie
ich heiße. Von da an war ich nicht mehr der Pole vom Konsum, sondern der Jupp.

Ich habe hier gelernt, geheiratet und vierzig Jahre als Schlosser gearbeitet. Meine Kinder und Enkel
sprechen kein Polnisch mehr. Manchmal tut mir das leid. Aber wenn ich sonntags am Sportplatz stehe, dann
weiß ich, dass ich hier zu Hause bin.
""", S)
    cols += [P("Józef Nowak", S["byend"])]
    cols += [box([P("Vor hundert Jahren", S["boxh"]),
                  P("Aus dem „Wennetal-Boten“ vom 8. Mai 1926: „Am Sonnabend wurde die neue elektrische "
                    "Straßenbeleuchtung feierlich in Betrieb genommen. Als die zwölf Lampen zwischen Kirche "
                    "und Brücke aufleuchteten, brach die versammelte Einwohnerschaft in ein dreifaches Hoch "
                    "aus.“ Damit endete die Zeit, in der das Dorf vom Strom der Mühle abhing.", S["box"])],
                 cw)]
    return top, cols


# ------------------------------------------------------------------ Seite 9: Nachruf
def s9(S, cw):
    top = [P("NACHRUF", S["dach"]),
           P("Wilhelmine „Minna“ Kortmann", S["h1"]),
           P("* 3. März 1931 · † 17. Oktober 2025", S["lead"])]
    cols = [Photo(120, tone=0.66),
            P("Minna Kortmann bei der Eröffnung der Ausstellung zur Wennetalbahn 2019. Foto: Ahmet Demir",
              S["cap"])]
    cols += paras("""
Am 17. Oktober 2025 ist unser Ehrenmitglied Wilhelmine Kortmann im Alter von 94 Jahren gestorben. Mit ihr
verliert der Heimat- und Geschichtsverein eine seiner Gründerinnen und ein Gedächtnis, das niemand
ersetzen kann.

Minna, wie sie im ganzen Ort hieß, führte über vierzig Jahre die Gastwirtschaft Kortmann am Kirchplatz,
die ihre Eltern 1924 eröffnet hatten. In ihrer Gaststube wurde der Verein 1984 gegründet, und bis zum
Umzug ins Spritzenhaus traf sich dort jeden ersten Mittwoch der Arbeitskreis Ortschronik. Sie kannte die
Geschichte jedes Hauses und jeder Familie, und sie erzählte sie ohne Bosheit, aber auch ohne Schönfärberei.

Ihr größtes Verdienst ist die Sammlung von über 1.200 Fotografien, die sie seit den 1970er-Jahren bei
Nachbarn, Verwandten und Kunden zusammengetragen und sorgfältig beschriftet hat. Ohne diese Sammlung
wären viele Bilder in unseren Heften nicht möglich gewesen. Sie hat sie dem Verein schon 2010 geschenkt.
„Bilder gehören nicht in Schuhkartons, sondern unter die Leute“, sagte sie damals bei der Übergabe.

Wer mit ihr zusammenarbeitete, lernte ihre Genauigkeit schätzen, manchmal auch fürchten. Ein falsches
Datum in einem Aufsatz entging ihr nicht, und sie rief dann am nächsten Morgen an, freundlich, aber
bestimmt. Noch im vergangenen Sommer hat sie uns bei der Vorbereitung des Mühlenjubiläums beraten.

Wir werden ihre Stimme, ihr Lachen und ihre Geschichten vermissen. Unser Mitgefühl gilt ihrer Tochter
Renate und ihren Enkeln.
""", S)
    cols += [Spacer(1, 4), P("Für den Vorstand", S["byend"]),
             P("Ursula Brinkhoff, Schriftführerin", S["byend"])]
    return top, cols


# ------------------------------------------------------------------ Seiten 10-11: Vereinsleben
RUB_V = "Vereinsleben"


def s10(S, cw):
    top = [P("VEREINSLEBEN", S["dach"]), P("Aus dem Vereinsjahr 2025", S["h1"])]
    cols = [P("Unterwegs in Soest", S["h2"]), P("Text: Carla Benedetti", S["by"])]
    cols += paras("""
Zweiundvierzig Mitglieder und Gäste machten sich am 14. Juni mit dem Bus auf den Weg nach Soest. Am Vormittag
führte uns Stadtführer Bernd Overkamp durch die Altstadt mit ihren Kirchen aus grünem Sandstein. Vor der
Wiesenkirche blieb er stehen und zeigte auf das berühmte Fenster mit dem westfälischen Abendmahl.

„Schauen Sie genau hin, da liegen Schinken und Pumpernickel auf dem Tisch, und zu trinken gibt es Bier“,
sagte er. „Die Glasmaler haben das letzte Abendmahl einfach nach Westfalen verlegt.“ Nach dem Mittagessen
blieb Zeit für einen Bummel über den Markt, bevor wir am Möhnesee Kaffee tranken.
""", S)
    cols += [Photo(75), P("Die Reisegruppe vor der Wiesenkirche. Foto: Giuseppe Benedetti", S["cap"])]
    cols += [Rule(GREY, 0.4, 3), P("Tag des offenen Denkmals an der Mühle", S["h2"]),
             P("Text und Fotos: Ahmet Demir", S["by"])]
    cols += paras("""
Rund 650 Besucherinnen und Besucher kamen am 14. September zum Tag des offenen Denkmals in die Wennemühle,
so viele wie nie zuvor. Das bundesweite Motto lautete „Wert-voll: unbezahlbar oder unersetzlich?“, und
wir hatten es wörtlich genommen: Im Mahlboden zeigten wir Dinge aus dem Mühlenalltag, die heute niemand
mehr herstellt, vom Mühlstein-Schärfhammer bis zum Getreidesack mit eingewebtem Namen.

Der Andrang an der Turbine war so groß, dass Eigentümer Karl-Heinz Rademacher die Führungen schließlich
halbstündlich anbot. Am Kuchenbuffet, das die Frauen der Landfrauengruppe bestückt hatten, war um drei Uhr
nichts mehr übrig.
""", S)
    cols += [P("<i>Weiter auf Seite 11</i>", S["cap"])]
    return top, cols


def s11(S, cw):
    top = []
    cols = [P("<i>Tag des offenen Denkmals, Fortsetzung von Seite 10</i>", S["cap"])]
    cols += paras("""
Besonders gefreut hat uns, dass viele junge Familien kamen. Die Kinder durften an einer kleinen Handmühle
selbst Mehl mahlen, und manche Eltern waren erstaunt, wie mühsam das ist. Ein Dank gilt den 23
ehrenamtlichen Helferinnen und Helfern, ohne die dieser Tag nicht möglich gewesen wäre.
""", S)
    cols += [Photo(70), P("Kinder an der Handmühle im Mahlboden. Foto: Ahmet Demir", S["cap"])]
    cols += [Rule(GREY, 0.4, 3), P("Platt is keen Museumsstück", S["h2"])]
    cols += paras("""
Seit März trifft sich jeden zweiten Donnerstag im Monat der neue Plattdeutsche Gesprächskreis im
Spritzenhaus. Zum ersten Treffen kamen elf Leute, inzwischen sind es regelmäßig zwanzig, darunter erfreulich
viele, die Platt nur noch von den Großeltern kennen und es wieder lernen wollen.

Wir lesen Geschichten, singen alte Lieder wie „Dat du mien Leevsten büst“ und sammeln Wörter, die im
Wennetal anders klingen als im Münsterland. Eine Liste mit über dreihundert Ausdrücken ist schon
zusammengekommen. Gäste sind jederzeit willkommen, Vorkenntnisse braucht man nicht.
""", S)
    cols += [P("Heinz-Otto Freese", S["byend"])]
    cols += [Rule(GREY, 0.4, 3), P("Mitglieder", S["h3"])]
    cols += paras("""
Der Verein zählte zum 31. Dezember 2025 genau 318 Mitglieder, neun mehr als im Vorjahr. Für 40 Jahre
Mitgliedschaft wurden bei der Jahreshauptversammlung Elfriede Vormweg und Bernhard Schmelter geehrt.
""", S)
    cols += [box([P("Termine 2026", S["boxh"]),
                  P("<b>25. Mai</b> (Pfingstmontag): Deutscher Mühlentag, Eröffnung der Ausstellung "
                    "„600 Jahre Mühle an der Wenne“<br/>"
                    "<b>20. Juni</b>: Jahresausflug nach Paderborn<br/>"
                    "<b>13. September</b>: Tag des offenen Denkmals, Wennemühle<br/>"
                    "<b>7. November</b>: Vortrag „Die Wennetalbahn 1911–1962“, Pfarrheim<br/>"
                    "<b>jeden 1. Mittwoch</b>: Archivabend im Spritzenhaus, 19 Uhr<br/>"
                    "<b>jeden 2. Donnerstag</b>: Plattdeutscher Gesprächskreis, 18 Uhr", S["box"])], cw)]
    return top, cols


# ------------------------------------------------------------------ Seite 12: Impressum
def s12(S, cw):
    top = [P("Impressum", S["h1"])]
    L = S["small"]
    cols = [P("<b>Herausgeber</b>", L),
            P("Heimat- und Geschichtsverein Altenbrück e. V.<br/>Kirchplatz 3, 59823 Altenbrück<br/>"
              "info@heimatverein-altenbrueck.de", L), Spacer(1, 6),
            P("<b>Redaktion</b>", L),
            P("Gisela Wittkamp, Mehmet Yıldız und Ursula Brinkhoff", L), Spacer(1, 6),
            P("<b>V.i.S.d.P.</b>", L),
            P("Friedhelm Aßmann, 1. Vorsitzender (Anschrift wie oben)", L), Spacer(1, 6),
            P("<b>Druck</b>", L), P("Druckerei Hölscher, Altenbrück", L), Spacer(1, 6),
            P("<b>Auflage</b>", L), P("800 Exemplare", L), Spacer(1, 6),
            P("Namentlich gekennzeichnete Beiträge geben die Meinung der Verfasserinnen und Verfasser wieder, "
              "nicht unbedingt die des Vereins. Nachdruck, auch auszugsweise, nur mit Genehmigung der "
              "Redaktion. Redaktionsschluss für das Heimatblatt 2027 ist der 31. August 2026.", L),
            Spacer(1, 8),
            P("<b>Bankverbindung</b>", L),
            P("Sparkasse Arnsberg-Sundern<br/>IBAN DE12 4665 0005 0000 1234 56<br/>Spenden an den Verein sind "
              "steuerlich abzugsfähig.", L),
            Spacer(1, 10),
            P("Bildnachweis", S["h2"]),
            P("Titelfoto: Ahmet Demir", L),
            P("S. 3, 5: Stadtarchiv Altenbrück", L),
            P("S. 4: Maren Eilers (Zeichnung)", L),
            P("S. 6: privat", L),
            P("S. 7: Archiv des Heimatvereins", L),
            P("S. 9, 10 unten, 11: Ahmet Demir", L),
            P("S. 10 oben: Giuseppe Benedetti", L),
            Spacer(1, 10),
            P("Der Verein dankt der Sparkasse Arnsberg-Sundern und der Stadt Altenbrück für die finanzielle "
              "Unterstützung dieses Heftes.", L),
            Spacer(1, 10),
            box([P("Mitglied werden", S["boxh"]),
                 P("Der Jahresbeitrag beträgt 18 Euro, für Familien 25 Euro. Das Heimatblatt erhalten "
                   "Mitglieder kostenlos. Ein Aufnahmeantrag liegt im Spritzenhaus aus und steht auf unserer "
                   "Internetseite zum Herunterladen bereit.", S["box"])], cw)]
    return top, cols


def main():
    c = canvas.Canvas(OUT, pagesize=A5, invariant=1)
    c.setTitle("Altenbrücker Heimatblatt 2026")
    c.setAuthor("Heimat- und Geschichtsverein Altenbrück e. V.")
    titel(c)
    page(c, 2, "Grußwort", s2, 150, ncols=1)
    page(c, 3, RUB_M, s3, 92)
    page(c, 4, RUB_M, s4, 0)
    page(c, 5, RUB_M, s5, 0)
    page(c, 6, RUB_K, s6, 100)
    page(c, 7, RUB_K, s7, 0)
    page(c, 8, "Erinnerungen", s8, 90)
    page(c, 9, "Nachruf", s9, 62)
    page(c, 10, RUB_V, s10, 44)
    page(c, 11, RUB_V, s11, 0)
    page(c, 12, "Impressum", s12, 28)
    c.save()
    print("geschrieben:", OUT)


if __name__ == "__main__":
    main()
