# Generator for the blind test magazine "pfadfinder-stammesheft-2026-de" (fictional content).
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer,
                                NextPageTemplate, PageBreak, FrameBreak, Table, TableStyle, Flowable)

D = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("Sans", D + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("SansB", D + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("SansI", D + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("Serif", D + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("SerifB", D + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("SerifI", D + "DejaVuSerif-Italic.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("Serif", 0, 0, "Serif"); addMapping("Serif", 1, 0, "SerifB"); addMapping("Serif", 0, 1, "SerifI"); addMapping("Serif", 1, 1, "SerifB")
addMapping("Sans", 0, 0, "Sans"); addMapping("Sans", 1, 0, "SansB"); addMapping("Sans", 0, 1, "SansI"); addMapping("Sans", 1, 1, "SansB")

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pfadfinder-stammesheft-2026-de.pdf")
W, H = A4
M = 16 * mm
GREEN = colors.HexColor("#2f5d3a")

body = ParagraphStyle("body", fontName="Serif", fontSize=9, leading=12.2, spaceAfter=4, alignment=4)
lead = ParagraphStyle("lead", fontName="SansB", fontSize=10.5, leading=14, spaceAfter=8, textColor=colors.HexColor("#333333"))
h1 = ParagraphStyle("h1", fontName="SansB", fontSize=22, leading=26, spaceAfter=6, textColor=GREEN)
h2 = ParagraphStyle("h2", fontName="SansB", fontSize=14, leading=17, spaceAfter=4, spaceBefore=6, textColor=GREEN)
kicker = ParagraphStyle("kicker", fontName="Sans", fontSize=8, leading=10, textColor=colors.grey, spaceAfter=2)
byl = ParagraphStyle("byl", fontName="SansI", fontSize=8.5, leading=11, spaceAfter=6)
cap = ParagraphStyle("cap", fontName="SansI", fontSize=7.2, leading=9, spaceAfter=8, textColor=colors.HexColor("#444444"))
pull = ParagraphStyle("pull", fontName="SerifB", fontSize=15, leading=19, textColor=GREEN, spaceBefore=6, spaceAfter=2)
pullw = ParagraphStyle("pullw", fontName="Sans", fontSize=8, leading=10, spaceAfter=8)
small = ParagraphStyle("small", fontName="Sans", fontSize=8.2, leading=11, spaceAfter=3)
sig = ParagraphStyle("sig", fontName="SerifI", fontSize=9, leading=12, spaceAfter=2)
qa_q = ParagraphStyle("qaq", fontName="SansB", fontSize=9, leading=12.2, spaceAfter=3)


class Photo(Flowable):
    def __init__(self, w, h, label="Foto"):
        super().__init__(); self.w, self.h, self.label = w, h, label
    def wrap(self, aw, ah):
        self.w = min(self.w, aw); return self.w, self.h
    def draw(self):
        c = self.canv
        c.setFillColor(colors.HexColor("#c8c8c8")); c.rect(0, 0, self.w, self.h, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#8a8a8a")); c.setFont("Sans", 7)
        c.drawCentredString(self.w / 2, self.h / 2, "[" + self.label + "]")


def box(flows, bg="#e8efe6"):
    t = Table([[flows]], colWidths=None)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)),
                           ("BOX", (0, 0), (-1, -1), 0.6, GREEN),
                           ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return t


RUNHEAD = {
    2: "Vorwort", 3: "Wölflinge · Sommerlager", 4: "Wölflinge · Sommerlager",
    5: "Jungpfadfinder · Hajk", 6: "Im Gespräch", 7: "Im Gespräch", 8: "Rover · Jungpfadfinder",
    9: "Aus den Sippen", 10: "Post von den Eltern · Termine", 11: "Impressum",
}


def on_page(c, doc):
    n = c.getPageNumber()
    if n == 1:
        return
    c.saveState()
    c.setStrokeColor(GREEN); c.setLineWidth(0.8)
    c.line(M, H - 12 * mm, W - M, H - 12 * mm)
    c.setFont("SansB", 7.5); c.setFillColor(GREEN)
    c.drawString(M, H - 10.5 * mm, "LAGERFEUER · Stammesheft 2026")
    c.setFont("Sans", 7.5)
    c.drawRightString(W - M, H - 10.5 * mm, RUNHEAD.get(n, ""))
    c.line(M, 12 * mm, W - M, 12 * mm)
    c.setFont("SansB", 8)
    if n % 2 == 0:
        c.drawString(M, 8 * mm, str(n))
    else:
        c.drawRightString(W - M, 8 * mm, str(n))
    c.setFont("Sans", 6.5); c.setFillColor(colors.grey)
    c.drawCentredString(W / 2, 8 * mm, "Pfadfinderstamm Graue Eule · Lüneburg")
    c.restoreState()


def cover_page(c, doc):
    c.saveState()
    c.setFillColor(GREEN); c.rect(0, H - 70 * mm, W, 70 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white); c.setFont("SansB", 46)
    c.drawString(M, H - 38 * mm, "LAGERFEUER")
    c.setFont("Sans", 13)
    c.drawString(M, H - 50 * mm, "Das Stammesheft des Pfadfinderstamms Graue Eule, Lüneburg")
    c.setFont("SansB", 13); c.drawString(M, H - 60 * mm, "Ausgabe 2026 · Nr. 31")
    c.setFillColor(colors.HexColor("#c8c8c8")); c.rect(M, 55 * mm, W - 2 * M, H - 135 * mm, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#8a8a8a")); c.setFont("Sans", 9)
    c.drawCentredString(W / 2, 55 * mm + (H - 135 * mm) / 2, "[Titelfoto]")
    c.setFillColor(colors.black); c.setFont("SansI", 7.5)
    c.drawString(M, 50 * mm, "Abendrunde am Lagerfeuer im Sommerlager am Plöner See. Titelfoto: Jonas Petersen")
    c.setFont("SansB", 12); c.setFillColor(GREEN)
    y = 38 * mm
    for t in ["Zwölf Tage Zeltplatz: Die Wölflinge am Plöner See",
              "Drei Tage, 52 Kilometer: Hajk durch die Heide",
              "Das große Interview mit der Lagerleitung"]:
        c.drawString(M, y, "› " + t); y -= 7 * mm
    c.restoreState()


def build(story):
    doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=M, rightMargin=M, topMargin=16 * mm, bottomMargin=16 * mm,
                          title="Lagerfeuer – Stammesheft 2026", author="Pfadfinderstamm Graue Eule")
    fw = W - 2 * M
    top = H - 16 * mm
    bot = 16 * mm
    gap = 5 * mm

    def cols(n, head_h=0):
        fr = []
        if head_h:
            fr.append(Frame(M, top - head_h, fw, head_h, id="head", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0))
        cw = (fw - (n - 1) * gap) / n
        for i in range(n):
            fr.append(Frame(M + i * (cw + gap), bot, cw, top - bot - head_h, id="c%d" % i,
                            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0))
        return fr
    doc.addPageTemplates([
        PageTemplate("cover", [Frame(M, bot, fw, 10 * mm)], onPage=cover_page),
        PageTemplate("one", cols(1), onPage=on_page),
        PageTemplate("two", cols(2), onPage=on_page),
        PageTemplate("three", cols(3), onPage=on_page),
        PageTemplate("h2c", cols(2, 62 * mm), onPage=on_page),
        PageTemplate("h3c", cols(3, 62 * mm), onPage=on_page),
        PageTemplate("h2s", cols(2, 34 * mm), onPage=on_page),
    ])
    doc.build(story)


def P(t, s=body):
    return Paragraph(t, s)


def page(story, template):
    story += [NextPageTemplate(template), PageBreak()]


S = [Spacer(1, 1)]

# ---------- Seite 2: Inhalt + Wort der Stammesführung
page(S, "two")
S += [P("Inhalt", h2)]
for num, t in [(2, "Ein Wort der Stammesführung"), (3, "Wölflinge: Zwölf Tage Plöner See"),
               (5, "Jungpfadfinder: Hajk durch die Heide"), (6, "Interview mit der Lagerleitung"),
               (8, "Rover: Mit dem Kanu über die Mecklenburgische Seenplatte"),
               (9, "Aus den Sippen"), (10, "Post von den Eltern · Termine"), (11, "Impressum")]:
    S.append(P("<b>%d</b>&nbsp;&nbsp;%s" % (num, t), small))
S += [Spacer(1, 6), Photo(200, 120, "Foto Stammesführung"),
      P("Die Stammesführung beim Aufbau der Jurte im Frühjahr.", cap),
      P("Ein Wort der Stammesführung", h1),
      P("Liebe Wölflinge, Jungpfadfinder, Pfadfinder und Rover, liebe Eltern und Freunde des Stammes,", lead),
      P("was für ein Jahr! Als wir im Januar bei der Stammesversammlung im Gemeindehaus saßen und die Planung "
        "für 2026 an die Wand schrieben, hatten wir ehrlich gesagt ein wenig Sorge, ob wir uns nicht zu viel "
        "vorgenommen haben. Ein Sommerlager für die Wölflinge, ein Hajk für die Jungpfadfinder, eine Kanutour der "
        "Rover und dazu die Teilnahme am Landeslager – das ist für einen Stamm mit rund neunzig Mitgliedern eine "
        "Menge Arbeit."),
      P("Heute können wir sagen: Es hat sich gelohnt. Alle Fahrten haben stattgefunden, niemand ist ernsthaft "
        "verletzt worden, und die Zahl der Kinder auf der Warteliste für die Wölflingsmeute ist so lang wie nie. "
        "Das verdanken wir vor allem den vielen Leiterinnen und Leitern, die ihre Wochenenden und einen großen "
        "Teil ihres Urlaubs für den Stamm hergeben. Ohne euch gäbe es kein einziges Zeltlager."),
      P("Ein besonderer Dank geht an den Förderverein, der uns in diesem Jahr zwei neue Kohten und einen "
        "gebrauchten Anhänger finanziert hat. Das alte Material, das teilweise noch aus den Achtzigerjahren "
        "stammte, hat seinen Dienst mehr als getan. Wer die neuen Zelte sehen möchte: Beim Stammesfest im "
        "September stehen sie auf der Wiese hinter dem Pfadfinderheim."),
      P("Für das kommende Jahr haben wir uns vorgenommen, unser Heim endlich barrierefrei zu machen. Die "
        "Rampe ist geplant, die Genehmigung liegt vor, jetzt fehlen nur noch helfende Hände. Wer an einem "
        "Samstag im März zwei, drei Stunden Zeit hat, melde sich bitte bei uns."),
      P("Und nun viel Freude beim Lesen dieses Heftes, das wieder ganz von den Gruppen selbst geschrieben wurde.", body),
      P("Gut Pfad!", sig),
      P("Eure", sig),
      P("Merle Hoffmann und Deniz Aydın", sig),
      P("Stammesführung", small)]

# ---------- Seite 3-4: Wölflinge
page(S, "h2c")
S += [P("WÖLFLINGE · SOMMERLAGER", kicker),
      P("Zwölf Tage Plöner See: Stockbrot, Sturm und ein verlorener Schuh", h1),
      P("Die Meute Schwarzer Panther hat ihr erstes großes Sommerlager seit Jahren erlebt. Eine Leiterin "
        "erzählt, was zwanzig Kinder zwischen sieben und zehn Jahren auf einem Zeltplatz so alles anstellen.", lead),
      P("Von Aleksandra Nowak", byl),
      FrameBreak(),
      P("Am ersten Morgen um halb sechs stand Ole vor meinem Zelt. Er war sieben Jahre alt, zum ersten Mal "
        "ohne seine Eltern unterwegs und hatte offenbar beschlossen, dass Schlafen eine Verschwendung von "
        "Lagerzeit sei. „Wann gibt es Frühstück, und dürfen wir danach gleich schwimmen gehen?“, fragte er. "
        "Damit war der Ton für die nächsten zwölf Tage gesetzt."),
      P("Unser Platz lag direkt am Ufer des Großen Plöner Sees, zwischen Buchenwald und Schilfgürtel. "
        "Die Kinder schliefen in vier Kohten, die Leitung in zwei kleineren Zelten, und in der Mitte stand "
        "unsere Jurte, in der gegessen, gesungen und bei Regen gebastelt wurde. Regen gab es reichlich: An "
        "drei Tagen hintereinander zog eine Front nach der anderen über Holstein."),
      P("Die Kinder hat das wenig gestört. Sie bauten mit Begeisterung Gräben um die Zelte, rutschten im "
        "Matsch den Hang hinunter und fanden, dass ein nasser Schlafsack erst dann ein Problem ist, wenn "
        "man ihn wirklich benutzen muss. Unsere Küchenmannschaft, angeführt von Gianluca Ferri, kochte "
        "trotzdem jeden Tag warm, einmal sogar Kaiserschmarrn für dreißig Personen auf zwei Gaskochern."),
      Photo(240, 130, "Foto Jurte"),
      P("Stockbrot in der Jurte: Bei Regen rückten alle eng zusammen. Foto: Tobias Brandt", cap),
      P("Höhepunkt der ersten Woche war das Geländespiel „Die Schatzkarte von Plön“, das die Rover für uns "
        "vorbereitet hatten. Die Kinder mussten in drei Gruppen Hinweise im Wald finden, Knoten knüpfen und "
        "schließlich eine Kiste voller Süßigkeiten ausgraben. Dass eine Gruppe dabei aus Versehen den "
        "Nachbarplatz der Pfadfinderinnen aus Kiel durchsuchte, wurde dort zum Glück mit Humor genommen."),
      Spacer(1, 1),
      ]
page(S, "three")
S += [
      P("Abends saßen wir am Feuer und sangen. Das Lieblingslied der Meute war in diesem Jahr eindeutig "
        "„Wir sind die Wölfe vom Eulenwald“, eine eigene Dichtung unseres früheren Akela, die inzwischen "
        "elf Strophen hat. Die Kinder haben in diesem Sommer zwei weitere hinzugefügt."),
      P("Am siebten Tag kam das Unwetter. Gegen Abend zog der Himmel sich schwarz zu, und um neun Uhr "
        "fegte eine Böe durch das Lager, die eine der Kohten umwarf. Wir haben die Kinder in die Jurte "
        "geholt, Taschenlampen verteilt und Geschichten vorgelesen, bis der Sturm vorbei war. Ein "
        "Mädchen, Ananya, sagte am nächsten Morgen zu mir: „Das war das Beste am ganzen Lager, weil alle "
        "zusammen in einem Zelt geschlafen haben.“"),
      P("Natürlich gab es auch Heimweh. Zwei Kinder haben in den ersten Nächten geweint, und wir haben "
        "lange mit ihnen am Feuer gesessen. Beide sind geblieben und wollen im nächsten Jahr wieder mit. "
        "Unsere Leiterin Katarzyna Zielińska, selbst Mutter von drei Kindern, hat dafür ein sicheres "
        "Gespür: „Heimweh geht vorbei, wenn man etwas zu tun hat und jemand einem zuhört“, meint sie."),
      P("In der zweiten Woche wanderten wir zum Parnaß-Turm, besuchten einen Biohof mit Kälbern und "
        "Schweinen und legten die Wölflingsprüfungen ab. Sieben Kinder haben den ersten Stern bekommen, "
        "drei den zweiten. Bei der Feier am letzten Abend trugen sie ihre neuen Abzeichen mit so viel "
        "Stolz, dass selbst die Rover kurz still wurden."),
      P("Und der verlorene Schuh? Er tauchte am Abreisetag wieder auf – im Kochtopf für Nudeln, wo ihn "
        "jemand zum Trocknen hineingestellt hatte. Wer das war, hat bis heute niemand zugegeben."),
      P("Ich danke allen Eltern für ihr Vertrauen und dem ganzen Leitungsteam für zwölf Tage, die wir so "
        "schnell nicht vergessen werden.", body),
      Spacer(1, 6),
      Photo(150, 110, "Foto Wanderung"),
      P("Auf dem Weg zum Parnaß-Turm. Foto: Tobias Brandt", cap),
      Photo(150, 110, "Foto Abzeichen"),
      P("Stolz auf den ersten Stern: die neuen Wölflinge der Meute.", cap),
      box([P("<b>Das Lager in Zahlen</b>", small),
           P("20 Wölflinge, 6 Leiterinnen und Leiter, 12 Tage, 4 Kohten, 1 Jurte, 140 Liter Tee, "
             "64 Stockbrote, 1 verlorener Schuh.", small)]),
      ]

# ---------- Seite 5: Jungpfadfinder Hajk
page(S, "h2s")
S += [P("JUNGPFADFINDER · HAJK", kicker),
      P("Drei Tage, 52 Kilometer: Quer durch die Heide", h1),
      FrameBreak(),
      P("Text: Finn Schulte und Aylin Kaya", byl),
      P("Es war Freitagnachmittag, als wir in Amelinghausen aus dem Bus stiegen, jeder mit einem "
        "Rucksack, der ungefähr so viel wog wie ein kleiner Hund. Unsere Sippe Falke hatte sich für die "
        "Herbstferien einen Hajk vorgenommen: drei Tage, zwei Nächte, ohne Zeltplatz und ohne Leiter, "
        "die uns sagen, wo es langgeht. Nur eine Karte, ein Kompass und ein Handy für den Notfall."),
      P("Die erste Etappe führte uns durch den Wald zur Lopau. Schon nach einer Stunde merkten wir, "
        "dass wir zu viel eingepackt hatten. Aylin trug zum Beispiel ein komplettes Kartenspiel, zwei "
        "Bücher und eine Thermoskanne mit sich herum, die sie am Ende nicht einmal geöffnet hat."),
      P("Unsere Sippenführerin Lea Wagner hatte uns vor dem Hajk einen Rat mit auf den Weg gegeben. "
        "Lea Wagner sagt: „Packt so, als müsstet ihr alles selbst den Berg hinauf tragen. Denn genau das "
        "werdet ihr tun.“ Wir hätten besser auf sie hören sollen."),
      Photo(220, 120, "Foto Heide"),
      P("Pause am Wacholderhain bei Wilsede. Foto: Emre Doğan", cap),
      P("Die erste Nacht verbrachten wir in einer Schutzhütte am Waldrand, die uns der Förster vorher "
        "genehmigt hatte. Wir kochten Nudeln mit Tomatensoße auf dem Hobo-Kocher, was ungefähr zwei "
        "Stunden dauerte, weil das Holz feucht war. Finn behauptet bis heute, es seien die besten Nudeln "
        "seines Lebens gewesen."),
      P("Am Samstag ging es weiter in Richtung Wilsede. Der Weg durch die Heide ist wunderschön, aber "
        "er zieht sich. Irgendwann am Nachmittag fing es an zu nieseln, und die Stimmung sank. Da hat "
        "Jakob das Lied „Über den Wolken“ angestimmt, und zwar so falsch, dass wir alle lachen mussten. "
        "Danach ging es leichter."),
      P("<i>Fortsetzung auf Seite 8</i>", small),
      ]

# ---------- Seite 6-7: Interview
page(S, "h2c")
S += [P("IM GESPRÄCH", kicker),
      P("„Ein Lager ist wie eine kleine Stadt“", h1),
      P("Thomas Krüger war in diesem Sommer Lagerleiter des Landeslagers in Ostholstein, zu dem auch unser "
        "Stamm mit 34 Teilnehmenden gefahren ist. Ein Gespräch über Logistik, Ehrenamt und die Frage, wie "
        "viele Dixiklos 1.200 Pfadfinder brauchen.", lead),
      P("Das Gespräch führte Paula Richter.", byl),
      FrameBreak(),
      P("Frage: Herr Krüger, Sie haben ein Jahr lang ein Lager für 1.200 Menschen geplant. Wann haben Sie "
        "angefangen?", qa_q),
      P("Antwort: Die ersten Treffen gab es tatsächlich schon zwei Jahre vorher. Man braucht einen Platz, "
        "Genehmigungen von der Gemeinde, vom Gesundheitsamt und von der Feuerwehr, und man braucht Leute. "
        "Am Ende waren wir ein Team von rund achtzig Ehrenamtlichen, die sich um alles gekümmert haben, "
        "vom Trinkwasser bis zum Programm."),
      P("Frage: Was war die größte Herausforderung?", qa_q),
      P("Antwort: Das Wasser. Ein Lager ist wie eine kleine Stadt. Es braucht Leitungen, Abwasser, Strom "
        "für die Küchen und eine Krankenstation. Wir haben mit den Stadtwerken zwei Kilometer Schlauch "
        "verlegt, und in der ersten Nacht ist eine Verbindung gerissen. Um drei Uhr früh standen wir zu "
        "fünft im Schlamm und haben geflickt."),
      P("Frage: Wie viele Toiletten braucht man denn nun für 1.200 Pfadfinder?", qa_q),
      P("Antwort: (lacht) Wir hatten sechzig Toilettenkabinen und zwei Duschcontainer. Das klingt viel, "
        "aber morgens um sieben hätte man gerne das Doppelte gehabt."),
      P("Frage: Sie sind seit über dreißig Jahren Pfadfinder. Was hat sich verändert?", qa_q),
      P("Antwort: Die Kinder sind nicht anders als früher, aber ihr Alltag ist voller. Viele haben "
        "Ganztagsschule, Musik, Sport, und das Pfadfinden muss irgendwo dazwischen passen. Umso wichtiger "
        "ist es, dass ein Lager etwas ganz anderes bietet: keinen Bildschirm, dafür Verantwortung. Wenn "
        "eine Sippe ihr eigenes Essen kocht, dann lernt sie mehr als in jeder Projektwoche."),
      P("Frage: Und die Leiterinnen und Leiter? Finden Sie genug Ehrenamtliche?", qa_q),
      P("Antwort: Das ist die eigentliche Sorge. Junge Erwachsene ziehen zum Studium weg, und wer eine "
        "Ausbildung macht, hat oft keine Zeit für zwei Wochen Lager. Wir müssen Ehrenamt flexibler "
        "machen, auch mal für ein Wochenende, nicht nur für ein ganzes Jahr."),
      ]
page(S, "two")
S += [P("Frage: Das Motto des Landeslagers lautete „Zukunft pflanzen“. Was steckt dahinter?", qa_q),
      P("Antwort: Jede Sippe hat einen Baum gepflanzt, insgesamt waren es über zweihundert. Die Gemeinde "
        "hat uns dafür eine Fläche am Ortsrand gegeben. In zehn Jahren soll dort ein kleiner Wald stehen, "
        "und ich hoffe, dass einige der Kinder ihn dann mit ihren eigenen Gruppen besuchen."),
      P("Frage: Gab es einen Moment, der Ihnen besonders in Erinnerung geblieben ist?", qa_q),
      P("Antwort: Der Abschlussabend. 1.200 Menschen um ein einziges Feuer, und dann wird es plötzlich "
        "ganz still, weil jemand mit einer Gitarre anfängt zu spielen. Da wusste ich, warum wir das alles "
        "gemacht haben."),
      Spacer(1, 8),
      P("„Wenn eine Sippe ihr eigenes Essen kocht, lernt sie mehr als in jeder Projektwoche.“", pull),
      P("Thomas Krüger, Lagerleiter des Landeslagers 2026", pullw),
      P("Frage: Würden Sie es noch einmal machen?", qa_q),
      P("Antwort: Fragen Sie mich in einem Jahr. Im Moment schlafe ich noch den Schlaf nach."),
      P("Frage: Herr Krüger, vielen Dank für das Gespräch.", qa_q),
      Photo(220, 150, "Foto Landeslager"),
      P("Der Lagerplatz des Landeslagers aus der Luft.", cap),
      box([P("<b>Zur Person</b>", small),
           P("Thomas Krüger, 52, ist Ingenieur bei einem Wasserversorger in Kiel und seit 1987 Pfadfinder. "
             "Er leitete zuvor zwei Bezirkslager und ist Vater zweier Rover.", small)]),
      Photo(220, 120, "Foto Baumpflanzung"),
      P("Über zweihundert Bäume für den neuen Lagerwald.", cap),
      ]

# ---------- Seite 8: Rover + Fortsetzung Hajk
page(S, "two")
S += [P("<i>Fortsetzung von Seite 5</i>", small),
      P("Quer durch die Heide", h2),
      P("Die zweite Nacht war kalt. Wir hatten unsere Kohte auf einer Wiese bei einem Bauern aufgebaut, der "
        "uns freundlicherweise auch Wasser und sogar eine Kanne Kakao brachte. Um Mitternacht lag Raureif "
        "auf den Zeltbahnen. Niemand wollte aus dem Schlafsack, auch nicht, um aufs Klo zu gehen."),
      P("Am Sonntag liefen wir die letzten achtzehn Kilometer bis nach Undeloh. Unsere Füße taten weh, "
        "und Aylin hatte eine Blase, so groß wie eine Euro-Münze. Aber als wir am Bus ankamen, waren wir "
        "richtig stolz. Wir haben uns kein einziges Mal verlaufen – na gut, höchstens einmal."),
      P("Unser Fazit: Nächstes Jahr packen wir leichter, nehmen mehr Schokolade mit und laufen wieder los.", body),
      Spacer(1, 10),
      P("ROVER · KANUFAHRT", kicker),
      P("Mit dem Kanu über die Seenplatte", h1),
      P("Acht Rover, vier Kanadier und neun Tage zwischen Mirow und Fürstenberg.", lead),
      P("Wer glaubt, Paddeln sei ein entspannter Sport, war noch nie mit einem voll beladenen Kanadier bei "
        "Gegenwind auf dem Müritzarm unterwegs. Wir haben es im August ausprobiert und sind nach neun Tagen "
        "mit Muskeln an Stellen zurückgekommen, von denen wir vorher nichts wussten."),
      P("Die Tour begann in Mirow, wo wir die Boote bei einem Verleih übernahmen. Von dort ging es über "
        "kleine Kanäle und Seen nach Süden. Wir übernachteten auf Wasserwanderrastplätzen, die oft nur mit "
        "dem Boot erreichbar sind, und kochten jeden Abend auf dem Trangia. An den Schleusen mussten wir "
        "manchmal eine Stunde warten, weil vor uns eine ganze Flotte von Hausbooten lag."),
      P("Unser Rover Seán Gallagher, der das erste Mal dabei war, hat es am dritten Tag auf den Punkt "
        "gebracht: „Ich habe noch nie so viel gearbeitet und mich dabei so gut erholt.“ Am fünften Tag "
        "kenterte er trotzdem beim Anlegen, was die Stimmung nur noch verbessert hat."),
      Photo(220, 110, "Foto Kanus"),
      P("Morgennebel auf dem Labussee. © Matteo Russo", cap),
      P("Ein besonderes Erlebnis war die Begegnung mit einem Seeadlerpaar am Großen Pälitzsee. Wir lagen "
        "still in den Booten und sahen zu, wie die beiden über dem Wasser kreisten. Niemand sagte ein Wort."),
      P("Am Ende waren wir uns einig: Die Seenplatte war nicht unsere letzte Kanufahrt. Für 2027 planen wir "
        "eine Tour auf der Dalsland-Kanal-Strecke in Schweden, wenn das Geld reicht."),
      P("Matteo Russo, Roverrunde Windrose", sig),
      ]

# ---------- Seite 9: Sippennews
page(S, "three")
S += [P("Aus den Sippen", h1),
      P("Sippe Falke: Neue Kohte, neues Glück", h2),
      P("KENJI WATANABE", byl),
      P("Nach drei Jahren mit einer geliehenen Kohte hat unsere Sippe endlich eine eigene. Wir haben dafür "
        "beim Weihnachtsmarkt Waffeln verkauft und beim Altpapiersammeln geholfen. Die Kohte wurde im Mai "
        "in der Heimstunde eingeweiht, natürlich mit einer Übernachtung im Garten des Pfadfinderheims."),
      P("Unser nächstes Ziel ist das Abzeichen „Erste Hilfe“, für das wir im Winter einen Kurs beim "
        "Roten Kreuz machen werden."),
      Spacer(1, 6),
      P("Sippe Luchs: Zwei neue Mitglieder", h2),
      P("Die Sippe Luchs begrüßt Mira und Jonte, die im Frühjahr von den Wölflingen aufgestiegen sind. "
        "Bei ihrem ersten Sippenwochenende in der Göhrde haben sie gleich gezeigt, wie man ein Feuer mit "
        "nur einem Streichholz anzündet. Unser Sippenführer Levent hat gestaunt: „So schnell habe ich das "
        "noch nie gesehen“, sagte er."),
      P("Siobhán Byrne", sig),
      Spacer(1, 6),
      Photo(150, 100, "Illustration Eule"),
      P("Illustration: Hana Sato", cap),
      P("Sippe Biber: Wir haben gebaut", h2),
      P("Beitrag von Ingrid Solberg", byl),
      P("Im Sommer hat die Sippe Biber beim Stammesfest einen Lagerturm aus Rundhölzern gebaut, sechs Meter "
        "hoch und nur mit Seilen gebunden. Dafür haben wir drei Samstage lang Bünde geübt: Kreuzbund, "
        "Parallelbund und Achterbund. Am Ende durften alle Gäste hinaufsteigen, auch der Bürgermeister."),
      P("Unser Projekt für das kommende Jahr heißt „Brücke über die Ilmenau“. Ob die Stadt uns das "
        "erlaubt, wissen wir noch nicht."),
      Spacer(1, 6),
      box([P("<b>Neu im Stamm</b>", small),
           P("In diesem Jahr sind 14 Kinder und Jugendliche neu zu uns gekommen. Herzlich willkommen!", small)]),
      ]

# ---------- Seite 10: Elternbriefe + Termine
page(S, "two")
S += [P("Post von den Eltern", h1),
      P("Liebe Stammesführung, liebes Leitungsteam,", body),
      P("als unser Sohn im Sommer zum ersten Mal für zwölf Tage ins Lager gefahren ist, habe ich die "
        "ersten beiden Nächte kaum geschlafen. Umso größer war die Freude, als er braungebrannt, "
        "verschmutzt und glücklich zurückkam. Sein erster Satz am Bus war: „Mama, ich will nächstes Jahr "
        "wieder mit, und dann bleibe ich drei Wochen.“ Vielen Dank für Ihre Geduld und Ihre Arbeit."),
      P("Ihre", sig),
      P("Claudia Meier", sig),
      Spacer(1, 10),
      P("Liebe Leiterinnen und Leiter,", body),
      P("wir sind vor zwei Jahren aus Pune nach Lüneburg gezogen, und der Stamm war für unsere Tochter "
        "der erste Ort, an dem sie wirklich Freundinnen gefunden hat. Dass sie heute deutsche "
        "Lagerfeuerlieder schöner singt als ihre Eltern, freut uns sehr. Wir helfen gerne beim Bau der "
        "Rampe im März mit."),
      P("Mit herzlichen Grüßen", sig),
      P("Rajesh Iyer, Vater von Ananya (Meute Schwarzer Panther)", sig),
      Spacer(1, 10),
      P("Liebe Redaktion,", body),
      P("ein kleiner Wunsch für das nächste Heft: mehr Rezepte aus der Lagerküche! Der Kaiserschmarrn, "
        "von dem meine Tochter erzählt, muss legendär gewesen sein.", body),
      P("Viele Grüße, Familie Lindström", sig),
      FrameBreak(),
      P("Termine 2027", h1),
      box([P("<b>18. Januar</b> – Stammesversammlung im Gemeindehaus St. Johannis", small),
           P("<b>22. Februar</b> – Thinking Day: Gottesdienst und Waffelverkauf", small),
           P("<b>14. März</b> – Arbeitseinsatz: Bau der Rampe am Pfadfinderheim", small),
           P("<b>25.–27. April</b> – Georgslauf des Bezirks", small),
           P("<b>6.–9. Juni</b> – Pfingstlager aller Stufen", small),
           P("<b>20. Juli – 1. August</b> – Sommerlager der Wölflinge", small),
           P("<b>12. September</b> – Stammesfest mit Übergängen", small),
           P("<b>5. Dezember</b> – Friedenslicht-Aussendung", small)]),
      Spacer(1, 10),
      P("Heimstunden", h2),
      P("Wölflinge: dienstags 16:30–18:00 Uhr<br/>Jungpfadfinder: mittwochs 17:00–18:30 Uhr<br/>"
        "Pfadfinder: donnerstags 18:00–19:30 Uhr<br/>Rover: freitags ab 19:00 Uhr", small),
      Spacer(1, 10),
      Photo(220, 120, "Foto Stammesfest"),
      P("Stammesfest 2026: Übergang der Wölflinge zu den Jungpfadfindern.", cap),
      ]

# ---------- Seite 11: Impressum
page(S, "two")
S += [P("Impressum", h1),
      P("<b>LAGERFEUER</b> – Stammesheft des Pfadfinderstamms Graue Eule, Lüneburg. Ausgabe 2026, Nr. 31. "
        "Erscheint einmal jährlich in einer Auflage von 250 Exemplaren.", small),
      Spacer(1, 6),
      P("<b>Herausgeber</b><br/>Pfadfinderstamm Graue Eule e. V.<br/>Am Kalkberg 12, 21339 Lüneburg", small),
      Spacer(1, 4),
      P("<b>V.i.S.d.P.:</b> Merle Hoffmann", small),
      Spacer(1, 4),
      P("<b>Redaktion:</b> Paula Richter, Jonas Petersen", small),
      Spacer(1, 4),
      P("<b>Satz und Gestaltung:</b> die Redaktion", small),
      Spacer(1, 4),
      P("<b>Fotos</b><br/>Titel: Jonas Petersen<br/>Seite 2: Deniz Aydın<br/>Seite 3 und 4: Tobias Brandt<br/>"
        "Seite 6 und 7: Élodie Marchand<br/>Seite 10: Jonas Petersen", small),
      Spacer(1, 4),
      P("<b>Druck</b><br/>Gemeindebriefdruckerei, Groß Oesingen", small),
      FrameBreak(),
      P("Konto des Fördervereins", h2),
      P("Förderverein Graue Eule e. V.<br/>IBAN DE00 0000 0000 0000 0000 00<br/>Spenden sind steuerlich absetzbar.", small),
      Spacer(1, 8),
      P("Redaktionsschluss für das Heft 2027 ist der 31. Oktober 2027. Beiträge, Fotos und Leserbriefe bitte "
        "an die Redaktion. Namentlich gekennzeichnete Beiträge geben die Meinung der Verfasserinnen und "
        "Verfasser wieder, nicht unbedingt die der Stammesführung.", small),
      Spacer(1, 8),
      P("Fotos von Kindern werden nur mit schriftlicher Einwilligung der Eltern veröffentlicht.", small),
      ]

build(S)
print("written", OUT)
