# Generator: campus magazine of the fictional Hochschule Lindenau (German). Deterministic.
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                PageBreak, NextPageTemplate, FrameBreak, Table, TableStyle, Flowable)
from reportlab.lib.styles import ParagraphStyle

D = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('Sans', D + 'DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('Sans-B', D + 'DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('Serif', D + 'DejaVuSerif.ttf'))
pdfmetrics.registerFont(TTFont('Serif-I', D + 'DejaVuSerif-Italic.ttf'))
pdfmetrics.registerFont(TTFont('Serif-B', D + 'DejaVuSerif-Bold.ttf'))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily('Serif', normal='Serif', bold='Serif-B', italic='Serif-I', boldItalic='Serif-B')
registerFontFamily('Sans', normal='Sans', bold='Sans-B', italic='Sans', boldItalic='Sans-B')

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'hochschule-campusmagazin-2026-de.pdf')
W, H = A4
ACC = colors.HexColor('#0a6e5c')

body = ParagraphStyle('body', fontName='Serif', fontSize=9.2, leading=12.6, spaceAfter=5, alignment=0)
lead = ParagraphStyle('lead', fontName='Sans-B', fontSize=10.5, leading=14, spaceAfter=8, textColor=colors.HexColor('#333333'))
h1 = ParagraphStyle('h1', fontName='Sans-B', fontSize=22, leading=26, spaceAfter=6, textColor=ACC)
h2 = ParagraphStyle('h2', fontName='Sans-B', fontSize=14, leading=17, spaceAfter=4, spaceBefore=6)
kicker = ParagraphStyle('kick', fontName='Sans-B', fontSize=8, leading=10, textColor=ACC, spaceAfter=3)
byl = ParagraphStyle('byl', fontName='Sans', fontSize=8.5, leading=11, spaceAfter=8, textColor=colors.HexColor('#555555'))
cap = ParagraphStyle('cap', fontName='Sans', fontSize=7.2, leading=9, spaceAfter=8, textColor=colors.HexColor('#444444'))
pull = ParagraphStyle('pull', fontName='Serif-I', fontSize=15, leading=19, textColor=ACC, spaceBefore=6, spaceAfter=3)
pullby = ParagraphStyle('pullby', fontName='Sans', fontSize=8, leading=10, spaceAfter=10)
small = ParagraphStyle('small', fontName='Sans', fontSize=8.2, leading=11, spaceAfter=4)
smallb = ParagraphStyle('smallb', fontName='Sans-B', fontSize=8.2, leading=11, spaceAfter=1)
qa_q = ParagraphStyle('qaq', parent=body, fontName='Serif-B')

class Photo(Flowable):
    def __init__(self, h, label=''):
        Flowable.__init__(self); self.h = h; self.label = label
    def wrap(self, aw, ah):
        self.w = aw; return aw, self.h
    def draw(self):
        c = self.canv; c.setFillColor(colors.HexColor('#b9b9b9')); c.rect(0, 0, self.w, self.h, stroke=0, fill=1)
        c.setFillColor(colors.HexColor('#8a8a8a')); c.setFont('Sans', 7); c.drawString(4, 4, self.label)

def box(flows, bg='#e6f2ef'):
    t = Table([[flows]], colWidths=None)
    t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), colors.HexColor(bg)),
                           ('LEFTPADDING', (0, 0), (-1, -1), 6), ('RIGHTPADDING', (0, 0), (-1, -1), 6),
                           ('TOPPADDING', (0, 0), (-1, -1), 5), ('BOTTOMPADDING', (0, 0), (-1, -1), 5)]))
    return t

RUN = {2: 'Editorial', 3: 'Forschung', 4: 'Forschung', 5: 'Forschung', 6: 'Studium & Projekte',
       7: 'Studium & Projekte', 8: 'Doppelinterview', 9: 'Doppelinterview', 10: 'Alumni', 11: 'Personalia',
       12: 'Impressum'}

def deco(c, doc):
    p = doc.page
    if p == 1:
        return
    c.saveState()
    c.setFillColor(ACC); c.rect(15 * mm, H - 14 * mm, W - 30 * mm, 0.6 * mm, stroke=0, fill=1)
    c.setFont('Sans-B', 7.5); c.setFillColor(colors.black)
    c.drawString(15 * mm, H - 12 * mm, 'LINDENAU KOMPAKT · 1/2026')
    c.drawRightString(W - 15 * mm, H - 12 * mm, RUN.get(p, '').upper())
    c.setFont('Sans', 8)
    if p % 2 == 0:
        c.drawString(15 * mm, 10 * mm, str(p)); c.drawRightString(W - 15 * mm, 10 * mm, 'Hochschule Lindenau')
    else:
        c.drawRightString(W - 15 * mm, 10 * mm, str(p)); c.drawString(15 * mm, 10 * mm, 'Das Campusmagazin')
    c.restoreState()

def cover(c, doc):
    c.saveState()
    c.setFillColor(colors.HexColor('#b9b9b9')); c.rect(0, 0, W, H * 0.62, stroke=0, fill=1)
    c.setFillColor(ACC); c.rect(0, H * 0.62, W, H * 0.38, stroke=0, fill=1)
    c.setFillColor(colors.white); c.setFont('Sans-B', 44); c.drawString(18 * mm, H - 50 * mm, 'LINDENAU')
    c.setFont('Sans-B', 30); c.drawString(18 * mm, H - 64 * mm, 'KOMPAKT')
    c.setFont('Sans', 11); c.drawString(18 * mm, H - 76 * mm, 'Das Campusmagazin der Hochschule Lindenau · Ausgabe 1/2026 · Frühjahr')
    c.setFont('Sans-B', 15); c.drawString(18 * mm, H - 92 * mm, 'Wärme aus dem Quartier: Wasserstoff trifft Altbau')
    c.setFont('Sans', 10.5)
    c.drawString(18 * mm, H - 100 * mm, 'Solarboot, Lehrpreis, Lebenswege – und ein Gespräch zwischen den Generationen')
    c.setFillColor(colors.HexColor('#555555')); c.setFont('Sans', 7)
    c.drawString(18 * mm, 12 * mm, 'Titelfoto: Jannik Oberländer')
    c.restoreState()

M = 15 * mm
def frames(n, top=H - 18 * mm, bottom=16 * mm, gap=6 * mm, prefix='f'):
    w = (W - 2 * M - (n - 1) * gap) / n
    return [Frame(M + i * (w + gap), bottom, w, top - bottom, id='%s%d' % (prefix, i), leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0) for i in range(n)]

def head_frames(n, hh):
    top = Frame(M, H - 18 * mm - hh, W - 2 * M, hh, id='head', leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [top] + frames(n, top=H - 20 * mm - hh)

doc = BaseDocTemplate(OUT, pagesize=A4, title='Lindenau kompakt 1/2026', author='Hochschule Lindenau')
doc.addPageTemplates([
    PageTemplate('cover', [Frame(M, 20 * mm, W - 2 * M, 30 * mm)], onPage=cover),
    PageTemplate('two', frames(2), onPage=deco),
    PageTemplate('three', frames(3), onPage=deco),
    PageTemplate('h2', head_frames(2, 52 * mm), onPage=deco),
    PageTemplate('h3', head_frames(3, 48 * mm), onPage=deco),
])
S = []
P = lambda t, s=body: S.append(Paragraph(t, s))

# ---------- p1 cover
S.append(Spacer(1, 1)); S.append(NextPageTemplate('h2')); S.append(PageBreak())

# ---------- p2 Inhalt + Editorial
P('INHALT', kicker)
P('Ausgabe 1/2026', h1)
P('<b>3 Forschung</b> – Wasserstoff im Bestandsquartier. Von Emre Yıldırım und Agnieszka Wróbel<br/>'
  '<b>5 Forschung</b> – Wie Pflegeroboter lernen, „nein“ zu verstehen<br/>'
  '<b>6 Projekt</b> – Das Solarboot-Team auf Kurs nach Monaco<br/>'
  '<b>8 Doppelinterview</b> – Lehren und Lernen mit KI<br/>'
  '<b>10 Alumni</b> – Meine erste Baustelle · Kurz notiert<br/>'
  '<b>11 Personalia</b> · <b>12 Impressum</b>', small)
S.append(FrameBreak())
P('EDITORIAL', kicker)
P('Liebe Leserinnen und Leser,', h2)
P('als ich im vergangenen Herbst durch die neuen Labore im Gebäude C ging, stand dort eine Gruppe von Erstsemestern vor einem halb zerlegten Elektrolyseur und stritt leidenschaftlich darüber, wo die Dichtung hingehört. Niemand hatte sie dazu aufgefordert. Genau diese Neugier ist es, die eine Hochschule für angewandte Wissenschaften ausmacht: Wir lernen am Gegenstand, und wir lernen gemeinsam.')
P('Diese Ausgabe zeigt, wie weit diese Haltung trägt. Unsere Kolleginnen und Kollegen aus der Energietechnik berichten von einem Wohnquartier, in dem Wasserstoff aus eigener Erzeugung die Heizkessel ersetzen soll. Aus der Pflegeinformatik erfahren Sie, warum ein Roboter erst dann hilfreich ist, wenn er Zurückhaltung gelernt hat. Und das Solarboot-Team beweist, dass ein Projekt ohne Stundenplan manchmal mehr Ingenieurskunst vermittelt als jede Klausur.')
S.append(FrameBreak())
P('Besonders am Herzen liegt mir das Doppelinterview auf den Seiten 8 und 9. Ein Professor und eine Studentin sprechen offen darüber, was künstliche Intelligenz mit Hausarbeiten, Prüfungen und Vertrauen macht. Wir haben darauf keine fertigen Antworten, aber wir wollen die Fragen gemeinsam stellen – im Senat, in den Fachbereichen und in den Hörsälen.')
P('Der Haushalt des Landes bleibt angespannt, und auch wir werden im kommenden Jahr Prioritäten setzen müssen. Ich bin dennoch zuversichtlich. Eine Hochschule, deren Studierende freiwillig Elektrolyseure zerlegen, muss sich um ihre Zukunft nicht sorgen.')
P('Ich wünsche Ihnen eine anregende Lektüre und einen guten Start in das Sommersemester.')
P('Ihre<br/><b>Henrike Vogelsang</b><br/>Präsidentin der Hochschule Lindenau', ParagraphStyle('sig', parent=body, alignment=0))
S.append(Photo(38 * mm, 'Porträt'))
P('Prof. Dr. Henrike Vogelsang leitet die Hochschule seit 2022. Foto: Paulina Nowak', cap)
S.append(NextPageTemplate('h3')); S.append(PageBreak())

# ---------- p3-4 Forschung 1
P('FORSCHUNG · ENERGIE- UND GEBÄUDETECHNIK', kicker)
P('Wasserstoff im Bestandsquartier', h1)
P('Kann ein Gründerzeitviertel ohne Erdgas heizen? Im Projekt „H2-Quartier Nordstadt“ testet die Hochschule seit zwei Jahren, wie Elektrolyse, Speicher und Fernwärme im Altbau zusammenspielen.', lead)
P('Von Prof. Dr. Emre Yıldırım und Dr. Agnieszka Wróbel', byl)
S.append(FrameBreak())
P('Die Nordstadt von Lindenau ist ein typisches Quartier der Jahrhundertwende: dichte Blockrandbebauung, hohe Decken, Fassaden mit Stuck, die niemand dämmen darf. Rund 1.400 Menschen leben in den 62 Gebäuden, die wir gemeinsam mit den Stadtwerken und zwei Wohnungsgenossenschaften untersuchen. Bis 2024 wurden fast alle Wohnungen mit Gasetagenheizungen versorgt, einige noch mit Öl.')
P('Unser Ansatz war von Anfang an nüchtern. Wasserstoff ist kein Wundermittel für den Gebäudesektor, und die Verluste bei Elektrolyse und Rückverstromung sind erheblich. Wir wollten deshalb nicht beweisen, dass Wasserstoff die beste Lösung ist, sondern herausfinden, in welcher Rolle er im Quartier sinnvoll sein kann – als saisonaler Speicher für Solarstrom, der im Sommer übrig bleibt und im Januar fehlt.')
P('Herzstück der Anlage ist ein PEM-Elektrolyseur mit 250 Kilowatt Leistung auf dem Dach einer ehemaligen Druckerei. Die Abwärme des Elektrolyseurs speist ein kleines Nahwärmenetz, das inzwischen 19 Gebäude versorgt. Im Winter liefert eine Brennstoffzelle Strom und Wärme zugleich; Wärmepumpen übernehmen die Grundlast.')
S.append(FrameBreak())
S.append(Photo(42 * mm, 'Elektrolyseur'))
P('Der Elektrolyseur auf dem Dach der alten Druckerei. Foto: Jannik Oberländer', cap)
P('Die ersten Messwinter', h2)
P('Im ersten Winter lief nicht alles nach Plan. Die Brennstoffzelle fiel im Februar zwei Wochen lang aus, weil ein Sensor falsche Werte meldete. Gerade diese Pannen haben uns viel gelehrt: Die Betriebsführung eines solchen Systems ist anspruchsvoller als seine Planung. Unsere Masterstudierenden haben daraufhin ein Überwachungswerkzeug geschrieben, das die Stadtwerke heute im Regelbetrieb nutzen.')
S.append(FrameBreak())
P('Im zweiten Winter deckte das System 31 Prozent des Wärmebedarfs der angeschlossenen Gebäude aus lokal erzeugter Energie. Das ist weniger, als die Simulation versprochen hatte, aber deutlich mehr, als Skeptiker erwartet hatten. Ein Hausmeister der Genossenschaft sagte uns beim Rundgang: „Ich hätte nie gedacht, dass ich mal einen Wasserstofftank warte. Aber ehrlich gesagt ist der pflegeleichter als der alte Ölkessel.“')
S.append(box([Paragraph('<b>Das Projekt in Zahlen</b>', smallb),
              Paragraph('Laufzeit: 2024–2027 · Fördersumme: 3,2 Mio. Euro · 62 Gebäude untersucht, 19 angeschlossen · 11 Abschlussarbeiten · Partner: Stadtwerke Lindenau, Wohnungsgenossenschaft Nordstadt eG', small)]))
S.append(NextPageTemplate('three')); S.append(PageBreak())
# p4
P('Was wir gelernt haben', h2)
P('Die wichtigste Erkenntnis betrifft nicht die Technik, sondern die Menschen. Die Akzeptanz im Quartier hing stark davon ab, ob die Bewohnerinnen und Bewohner das Projekt verstanden. Nachdem wir im Frühjahr 2025 eine offene Sprechstunde im Nachbarschaftscafé eingerichtet hatten, sanken die Beschwerden über Baulärm um mehr als die Hälfte. Eine Mieterin schrieb uns danach: „Jetzt weiß ich wenigstens, warum die Straße zum dritten Mal aufgerissen wird.“')
P('Technisch zeigt sich, dass der Wasserstoffspeicher vor allem in Kombination mit Wärmepumpen Sinn ergibt. Ohne Nahwärmenetz würde ein großer Teil der Abwärme verpuffen. Für einzelne Gebäude ohne Netzanschluss halten wir Wasserstoff dagegen nach heutigem Stand für unwirtschaftlich.')
S.append(FrameBreak())
S.append(Photo(50 * mm, 'Messstudierende'))
P('Masterstudentin Leonie Haferkamp liest die Messdaten im Technikraum aus. Foto: Jannik Oberländer', cap)
P('Für die kommenden beiden Jahre planen wir, das Netz auf weitere elf Gebäude zu erweitern und einen zweiten Speicher unter dem Schulhof der Grundschule einzubauen. Die Stadt hat dafür bereits die Genehmigung erteilt.')
S.append(FrameBreak())
P('„Wasserstoff ist im Quartier kein Ersatz für Dämmung und Wärmepumpe, sondern ihr Partner für den Winter.“', pull)
P('Prof. Dr. Emre Yıldırım, Fachgebiet Energiesysteme', pullby)
P('Ausgewählte Veröffentlichungen', h2)
P('Wróbel, A.; Yıldırım, E.; Castellano, R.: „Saisonale Wasserstoffspeicher in urbanen Nahwärmenetzen“. In: Energietechnische Blätter 48 (2025), S. 112–127.', small)
P('Yıldırım, E.; Lund, S.: „Betriebserfahrungen mit PEM-Elektrolyse im Bestand“. Tagungsband Quartierswärme 2025, Kassel.', small)
P('Prof. Dr. Emre Yıldırım lehrt Energiesysteme, Dr. Agnieszka Wróbel leitet das Labor für Wasserstofftechnik.', cap)
S.append(NextPageTemplate('h2')); S.append(PageBreak())

# ---------- p5 Forschung 2
P('FORSCHUNG · PFLEGEINFORMATIK', kicker)
P('Wie Pflegeroboter lernen, „nein“ zu verstehen', h1)
P('Assistenzsysteme in der Altenpflege scheitern selten an der Mechanik, sondern an der Frage, wann sie sich zurückhalten sollen. Ein Forschungsteam aus Lindenau und Bergen sucht Antworten im Pflegeheim.', lead)
S.append(FrameBreak())
P('Der Roboter heißt im Haus St. Katharinen schlicht „Fritz“. Er bringt Wasser, erinnert an Termine und kann einen Rollstuhl schieben, wenn jemand es ihm erlaubt. Genau an dieser Stelle begann unsere Forschung: Was bedeutet Erlaubnis, wenn eine Bewohnerin mit beginnender Demenz heute etwas anderes möchte als gestern?')
P('In einer zwölfmonatigen Feldstudie haben wir 41 Bewohnerinnen und Bewohner, 23 Pflegekräfte und zahlreiche Angehörige begleitet. Dabei zeigte sich, dass ablehnende Signale selten verbal sind. Ein Wegdrehen des Kopfes, eine Hand auf der Armlehne oder schlicht Schweigen bedeuten oft mehr als ein ausgesprochenes Nein.')
P('Die Pflegedienstleiterin Margarethe Kühnel hat uns früh gewarnt. „Wenn das Gerät jeden Morgen dieselbe Frage stellt, fühlen sich die Leute verhört“, sagte sie bei unserem ersten Treffen. Wir haben die Dialogführung daraufhin komplett umgebaut.')
S.append(FrameBreak())
S.append(Photo(40 * mm, 'Roboter'))
P('Testlauf im Aufenthaltsraum. Foto: Paulina Nowak', cap)
P('Heute reagiert das System auf 14 nonverbale Signale und zieht sich im Zweifel zurück. Die Zahl der Situationen, die Pflegekräfte als unangenehm einstuften, ist um zwei Drittel gesunken. Ein Bewohner fasste es trocken zusammen: „Der Fritz ist jetzt höflicher als mein Schwiegersohn.“ Wir nehmen das als Kompliment.')
P('Unsere Kooperationspartnerin an der Hochschule in Bergen, Prof. Ingrid Solberg, untersucht parallel, wie sich die Ergebnisse auf die häusliche Pflege übertragen lassen. Ihre Einschätzung teilen wir: Technik darf Nähe nicht ersetzen, sie kann sie allenfalls freischaufeln.')
P('<i>Prof. Dr. Sigrid Halvorsen-Beck ist Professorin für Pflegeinformatik am Fachbereich Gesundheit.</i>', ParagraphStyle('endb', parent=body, alignment=2))
S.append(NextPageTemplate('two')); S.append(PageBreak())

# ---------- p6-7 Studierendenprojekt
P('STUDIUM &amp; PROJEKTE', kicker)
P('Mit Sonnenkraft nach Monaco', h1)
P('Siebzehn Studierende aus vier Studiengängen bauen in einer ehemaligen Bootshalle am Kanal ein Solarboot. Im Juli wollen sie damit bei der „Monaco Energy Boat Challenge“ antreten – zum ersten Mal überhaupt.', lead)
P('Text: Lukas Brenner', byl)
P('Es riecht nach Epoxidharz und Kaffee. Auf zwei Böcken liegt ein schmaler Rumpf aus Kohlefaser, sechs Meter lang, kaum 60 Kilo schwer. Daneben sitzt Oskar Lindqvist auf einem umgedrehten Eimer und lötet an einer Platine. „Das ist der Batterie-Controller, Version sieben“, sagt er, ohne aufzusehen. „Version sechs hat uns im Herbst fast das Boot abgefackelt.“')
P('Lindqvist studiert Elektrotechnik im fünften Semester und ist einer von drei Teamleitungen. Die anderen beiden sind Deniz Aydın aus dem Maschinenbau und Fatou Sarr, die Wirtschaftsingenieurwesen studiert und sich um Sponsoren, Reiseplanung und die Kasse kümmert. Das Projekt hat keinen Lehrstuhl im Rücken, sondern nur eine betreuende Professorin, einen Raum und sehr viel Eigeninitiative.')
P('Wie alles begann', h2)
P('Angefangen hat es mit einem Video. Aydın hatte im Winter 2024 Aufnahmen der Regatta in Monaco gesehen und in der Mensa so lange davon erzählt, bis sich ein paar Leute anschlossen. „Wir dachten ernsthaft, wir bauen das in einem Semester“, erinnert sie sich und lacht. Inzwischen sind es drei Semester geworden.')
P('Die ersten Monate verbrachte das Team mit Rechnen. Wie viel Fläche an Solarzellen erlaubt das Reglement? Wie schwer darf der Akku sein? Welche Form hat ein Rumpf, der bei geringer Geschwindigkeit wenig Widerstand erzeugt und trotzdem auf Tragflächen aufsteigen kann? Für viele Fragen gab es keine Lehrbuchantwort. Die Studierenden fragten deshalb bei anderen Teams in Delft und Mailand nach – und bekamen erstaunlich offene Auskünfte.')
S.append(FrameBreak())
S.append(Photo(60 * mm, 'Bootshalle'))
P('Deniz Aydın (links) und Oskar Lindqvist prüfen den Rumpf. Foto: Paulina Nowak', cap)
P('„Im Hörsaal lernt man, wie ein Propeller funktioniert. Hier lernt man, warum er trotzdem nicht funktioniert.“', pull)
P('Deniz Aydın, Maschinenbau, 7. Semester', pullby)
P('Lernen ohne Stundenplan', h2)
P('Die betreuende Professorin, Prof. Dr. Valentina Moretti vom Fachgebiet Leichtbau, hält sich bewusst im Hintergrund. Sie öffnet Türen zu Werkstätten, unterschreibt Materialbestellungen und stellt unbequeme Fragen. „Ich sage ihnen selten, was falsch ist. Ich frage so lange nach, bis sie es selbst finden“, erklärt sie. Das koste Zeit, aber diese Zeit sei gut investiert.')
P('Für die Studierenden zählt die Arbeit in der Bootshalle inzwischen als Wahlpflichtmodul. Fünf Leistungspunkte gibt es für ein Semester, einen Projektbericht und eine Präsentation. Die meisten verbringen deutlich mehr Stunden, als die Punkte rechtfertigen würden.')
S.append(PageBreak())
# p7
P('Geld, Gewicht und Geduld', h2)
P('Rund 38.000 Euro kostet das Boot, ohne Reise. Einen Teil hat der Förderverein der Hochschule übernommen, einen weiteren ein regionaler Batteriehersteller. Fatou Sarr hat Dutzende Anfragen geschrieben. „Man lernt, Absagen nicht persönlich zu nehmen“, sagt sie. „Und man lernt, in drei Sätzen zu erklären, warum ein Boot aus Lindenau die Welt ein bisschen besser macht.“')
P('Der Zeitplan ist eng. Im April soll das Boot zum ersten Mal auf dem Kanal fahren, im Mai auf dem Lindensee die Tragflächen testen. Wenn alles klappt, geht es Ende Juni mit einem geliehenen Transporter an die Côte d’Azur. Das Team hat ausgerechnet, dass der Transporter auf der Hinfahrt mehr Energie verbraucht, als das Boot in seinem ganzen Leben je benötigen wird. Lindqvist zuckt mit den Schultern: Das sei die Ironie der Energiewende.')
P('Und danach?', h2)
P('Einige aus dem Gründungsteam schließen im Sommer ihr Studium ab. Damit das Projekt nicht mit ihnen endet, haben sie einen Verein gegründet und eine Wiki-Seite angelegt, auf der jede Entscheidung dokumentiert ist. Die neue Erstsemesterin Hanna Zielińska hat sich als eine der Ersten gemeldet. Sie will die Telemetrie übernehmen.')
S.append(FrameBreak())
S.append(box([Paragraph('<b>Mitmachen</b>', smallb),
              Paragraph('Das Team „Sonnenkanal Lindenau“ sucht Verstärkung aus allen Fachbereichen, besonders aus Informatik und Design. Treffen jeden Donnerstag ab 18 Uhr in der Bootshalle am Kanal, Gebäude K.', small)]))
S.append(Spacer(1, 8))
S.append(Photo(55 * mm, 'Team'))
P('Das Team bei der Rumpfübergabe im Januar. Foto: Paulina Nowak', cap)
P('Am Ende des Besuchs legt Oskar Lindqvist den Lötkolben weg und schaltet die Platine ein. Eine grüne Leuchtdiode blinkt. Er grinst. „Version sieben lebt.“', body)
S.append(NextPageTemplate('h2')); S.append(PageBreak())

# ---------- p8-9 Doppelinterview
P('DOPPELINTERVIEW', kicker)
P('„Die Hausarbeit ist nicht tot. Aber sie muss sich ändern.“', h1)
P('Kenji Matsuda lehrt seit 24 Jahren Informatik, Giulia Ferraro studiert im vierten Semester Soziale Arbeit. Ein Gespräch über Sprachmodelle, Prüfungen und die Frage, wem man noch glauben kann.', lead)
P('Das Gespräch führte Mareike Töpfer.', byl)
S.append(FrameBreak())
P('<b>Töpfer:</b> Herr Matsuda, Frau Ferraro, wann haben Sie zuletzt ein Sprachmodell benutzt?', body)
P('<b>Matsuda:</b> Heute Morgen, um eine Übungsaufgabe zu prüfen. Das Modell hat sie in elf Sekunden gelöst. Ich habe die Aufgabe danach umgeschrieben.', body)
P('<b>Ferraro:</b> Bei mir war es gestern Abend. Ich habe mir einen Fachtext zur Jugendhilfe in einfacher Sprache zusammenfassen lassen, weil ich ihn beim dritten Lesen immer noch nicht verstanden habe. Die Zusammenfassung war gut, aber zwei Zahlen waren falsch.', body)
P('<b>Töpfer:</b> Woran haben Sie das gemerkt?', body)
P('<b>Ferraro:</b> Weil ich im Original nachgesehen habe. Das ist eigentlich der Punkt: Ich muss das Original trotzdem lesen, nur mit einer anderen Frage im Kopf.', body)
P('<b>Töpfer:</b> Viele Lehrende fürchten, dass Hausarbeiten nichts mehr aussagen. Zu Recht?', body)
P('<b>Matsuda:</b> Teilweise. Eine Hausarbeit, die nur Wissen abfragt, das im Netz steht, war schon vorher schwach. Jetzt ist sie wertlos. Ich lasse meine Studierenden inzwischen ihren Arbeitsprozess dokumentieren: welche Fragen sie gestellt haben, was sie verworfen haben und warum. Das ist aufwendiger zu bewerten, aber es zeigt, ob jemand denkt.', body)
S.append(FrameBreak())
S.append(Photo(45 * mm, 'Doppelporträt'))
P('Prof. Dr. Kenji Matsuda und Giulia Ferraro im Lesesaal der Bibliothek. Foto: Jannik Oberländer', cap)
P('<b>Ferraro:</b> Das finde ich fair. Was ich nicht fair finde, ist, wenn unter Generalverdacht gestellt wird, wer gut formulieren kann. Eine Kommilitonin musste ihre Arbeit mündlich verteidigen, nur weil sie „zu glatt“ klang.', body)
P('<b>Matsuda:</b> Da haben Sie recht. Software, die angeblich KI-Texte erkennt, ist nicht zuverlässig. Der Senat hat deshalb beschlossen, dass solche Werkzeuge allein kein Beleg für eine Täuschung sein dürfen.', body)
P('<b>Töpfer:</b> Wie sollte eine gute Prüfung im Jahr 2026 aussehen?', body)
S.append(PageBreak())
# p9
P('<b>Matsuda:</b> Mehr Gespräch, weniger Papier. In der Informatik lassen wir Code erklären, nicht nur abgeben. Wer erklären kann, warum eine Zeile dort steht, hat sie verstanden – egal, wer sie getippt hat.', body)
P('<b>Ferraro:</b> In der Sozialen Arbeit geht es ohnehin um Gespräche. Ich würde mir Prüfungen wünschen, in denen wir Fallbeispiele gemeinsam durchspielen. Dort hilft mir kein Modell, wenn mir ein Mensch gegenübersitzt, der wütend ist.', body)
P('<b>Töpfer:</b> Frau Ferraro, was wünschen Sie sich von Ihren Lehrenden?', body)
P('<b>Ferraro:</b> Ehrlichkeit. Manche verbieten alles, manche erlauben alles, und niemand sagt, warum. Ein Dozent hat in der ersten Sitzung gesagt: Benutzen Sie, was Sie wollen, aber schreiben Sie dazu, was Sie benutzt haben. Das war für mich die klarste Regel des ganzen Semesters.', body)
S.append(FrameBreak())
P('„Ich muss das Original trotzdem lesen, nur mit einer anderen Frage im Kopf.“', pull)
P('Giulia Ferraro, Soziale Arbeit, 4. Semester', pullby)
P('<b>Töpfer:</b> Und Sie, Herr Matsuda, was wünschen Sie sich von den Studierenden?', body)
P('<b>Matsuda:</b> Dass sie mir sagen, wenn meine Aufgaben langweilig sind. Ein Modell beschwert sich nicht. Studierende schon, und das ist ein Geschenk.', body)
P('<b>Töpfer:</b> Herzlichen Dank Ihnen beiden.', body)
S.append(box([Paragraph('<b>Zu den Personen</b>', smallb),
              Paragraph('Prof. Dr. Kenji Matsuda lehrt Softwaretechnik am Fachbereich Informatik und ist Mitglied der Senatskommission Lehre. Giulia Ferraro studiert Soziale Arbeit und ist im Fachschaftsrat aktiv.', small)]))
S.append(NextPageTemplate('three')); S.append(PageBreak())

# ---------- p10 Alumni + Kurz notiert
P('ALUMNI-KOLUMNE', kicker)
P('Meine erste Baustelle', h2)
P('Ich weiß noch genau, wie mein erster Arbeitstag aussah: Gummistiefel, ein Helm, der zu groß war, und ein Polier, der mich fragte, ob ich die Praktikantin sei. Ich war seit drei Tagen Bauleiterin. Das Diplom aus Lindenau hing noch nicht einmal an der Wand.')
P('Zwölf Jahre später leite ich ein Team von 40 Leuten in Dublin, und ich denke oft an den Laborkeller in Gebäude B zurück. Dort habe ich gelernt, dass Beton geduldig ist und Menschen meistens nicht. Das Fachwissen ist wichtig. Wichtiger war aber, dass wir in Gruppen arbeiten mussten, mit Leuten, die wir uns nicht ausgesucht hatten.')
P('Meinen früheren Professor, den längst pensionierten Dr. Hartmut Selge, habe ich im vergangenen Jahr auf einer Tagung wiedergetroffen. Er fragte mich, ob ich meine Zwischenprüfung inzwischen verdaut hätte. Habe ich. Fast.')
P('Aoife Brennan, Absolventin Bauingenieurwesen 2014, Projektleiterin in Dublin', ParagraphStyle('sign', parent=small, fontName='Sans-B'))
S.append(FrameBreak())
P('KURZ NOTIERT', kicker)
P('Lehrpreis für Lernwerkstatt', h2)
P('Der Lehrpreis des Landes geht in diesem Jahr an die „Lernwerkstatt Statik“ von Dipl.-Ing. Bernd Okafor. Die Jury lobte das Konzept, in dem Studierende höherer Semester Erstsemestern Tragwerke an Modellen aus Holz erklären. Okafor will das Preisgeld von 10.000 Euro in neue Modelle investieren.')
P('Von Seda Arslan', byl)
P('Neue Mensa öffnet im Mai', h2)
P('Nach zwei Jahren Bauzeit öffnet die neue Mensa am Campus Süd voraussichtlich am 4. Mai. Das Studierendenwerk verspricht täglich vier Gerichte, davon mindestens zwei vegetarisch. „Wir haben die Küche so geplant, dass wir regional einkaufen können“, sagt Küchenchef Piotr Zawadzki.')
P('Von Lukas Brenner', byl)
S.append(FrameBreak())
S.append(Photo(40 * mm, 'Mensa'))
P('Rohbau der neuen Mensa im Februar. Foto: Seda Arslan', cap)
P('Bibliothek länger geöffnet', h2)
P('Während der Prüfungsphase bleibt die Zentralbibliothek bis Mitternacht geöffnet, auch an Wochenenden. Die Verlängerung geht auf eine Initiative des AStA zurück. Bibliotheksleiterin Dr. Ruth Abernathy freut sich über die Zusammenarbeit und verspricht, im Foyer Tee auszuschenken.')
P('tr', ParagraphStyle('kz', parent=small, alignment=2))
S.append(NextPageTemplate('two')); S.append(PageBreak())

# ---------- p11 Personalia
P('PERSONALIA', kicker)
P('Neu an der Hochschule', h1)
P('<b>Prof. Dr. Rahel Ambros</b> ist seit dem Wintersemester Professorin für Künstliche Intelligenz in der Produktion am Fachbereich Maschinenbau. Zuvor forschte sie bei einem Automobilzulieferer in Stuttgart.')
P('<b>Prof. Dr. Sanjay Kulkarni</b> hat die Professur für Wirtschaftsinformatik übernommen. Er kommt von der Universität Twente und beschäftigt sich mit digitalen Lieferketten.')
P('<b>Prof. Dr. Élodie Marchand</b> verstärkt den Fachbereich Gestaltung mit einer Professur für Kommunikationsdesign. Sie war zuletzt Art Director einer Agentur in Lyon.')
P('Ausgezeichnet', h2)
P('<b>Dr. Agnieszka Wróbel</b> erhielt den Nachwuchspreis der Gesellschaft für Energietechnik für ihre Arbeiten zu saisonalen Wasserstoffspeichern.')
S.append(FrameBreak())
P('Im Ruhestand', h2)
P('<b>Prof. Dr. Wolfgang Esser</b>, Gründungsdekan des Fachbereichs Gesundheit, ist nach 27 Jahren in den Ruhestand getreten. In seiner Abschiedsvorlesung sagte er: „Ich habe hier mehr gelernt, als ich gelehrt habe, und das ist das schönste Zeugnis, das ich dieser Hochschule ausstellen kann.“')
P('Wir trauern', h2)
P('Die Hochschule trauert um <b>Ulrike Demirci</b>, die 31 Jahre lang das Prüfungsamt prägte. Sie starb im Januar im Alter von 66 Jahren.')
S.append(Spacer(1, 8))
S.append(Photo(50 * mm, 'Illustration'))
P('Illustration: Chiara Benedetti', cap)
S.append(NextPageTemplate('h2')); S.append(PageBreak())

# ---------- p12 Impressum + Bildnachweis
P('IMPRESSUM', kicker)
P('Lindenau kompakt', h1)
P('Das Campusmagazin der Hochschule Lindenau, erscheint zweimal jährlich. Auflage: 6.500 Exemplare.', lead)
S.append(FrameBreak())
imp = ParagraphStyle('imp', parent=small, spaceAfter=7)
P('<b>Herausgeberin</b><br/>Die Präsidentin der Hochschule Lindenau<br/>Am Lindenring 12, 34567 Lindenau', imp)
P('<b>Chefredaktion</b><br/>Dr. Tobias Reinhardt', imp)
P('<b>Redaktion</b><br/>Mareike Töpfer, Lukas Brenner, Seda Arslan, Tomás Rybar (tr)', imp)
P('<b>V.i.S.d.P.</b><br/>Dr. Tobias Reinhardt', imp)
P('<b>Gestaltung</b><br/>Atelier Kanalstraße, Lindenau', imp)
P('<b>Druck</b><br/>Druckhaus Weserbogen, gedruckt auf Recyclingpapier', imp)
S.append(FrameBreak())
P('<b>Bildnachweis</b>', imp)
P('Titel: Jannik Oberländer<br/>Seite 2, 5: Paulina Nowak<br/>Seiten 3, 4, 8: Jannik Oberländer<br/>Seiten 6, 7: Paulina Nowak<br/>Seite 10: Seda Arslan<br/>Seite 11: Chiara Benedetti', imp)
P('Namentlich gekennzeichnete Beiträge geben nicht unbedingt die Meinung der Redaktion wieder. Nachdruck nur mit Genehmigung der Redaktion.', imp)
P('Redaktionsschluss der nächsten Ausgabe: 15. August 2026. Kontakt: magazin@hs-lindenau.example', imp)

doc.build(S)
print('wrote', OUT)
