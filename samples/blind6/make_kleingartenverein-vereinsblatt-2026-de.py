# Generator: Vereinsblatt "Die Grüne Parzelle" des fiktiven KGV "Am Mühlbach" e. V.
import os
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Frame, Spacer, Flowable, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib import colors

D = '/usr/share/fonts/truetype/dejavu/'
for n, f in [('S', 'DejaVuSans.ttf'), ('SB', 'DejaVuSans-Bold.ttf'), ('SI', 'DejaVuSans-Oblique.ttf'),
             ('R', 'DejaVuSerif.ttf'), ('RB', 'DejaVuSerif-Bold.ttf'), ('RI', 'DejaVuSerif-Italic.ttf')]:
    pdfmetrics.registerFont(TTFont(n, D + f))
W, H = A4
M = 42
GREEN = colors.Color(0.18, 0.42, 0.2)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'kleingartenverein-vereinsblatt-2026-de.pdf')

BODY = ParagraphStyle('b', fontName='R', fontSize=9.2, leading=12.4, spaceAfter=5, alignment=4)
LEAD = ParagraphStyle('l', fontName='SB', fontSize=10, leading=13.5, spaceAfter=8, textColor=colors.Color(.2, .2, .2))
H1 = ParagraphStyle('h1', fontName='SB', fontSize=22, leading=25, spaceAfter=6, textColor=GREEN)
H2 = ParagraphStyle('h2', fontName='SB', fontSize=14, leading=17, spaceAfter=4, spaceBefore=4, textColor=GREEN)
KICK = ParagraphStyle('k', fontName='S', fontSize=8.5, leading=10, spaceAfter=3, textColor=colors.Color(.45, .45, .45))
BYL = ParagraphStyle('by', fontName='SI', fontSize=8.8, leading=11, spaceAfter=7)
CAP = ParagraphStyle('c', fontName='SI', fontSize=7.5, leading=9.2, textColor=colors.Color(.3, .3, .3))
PULL = ParagraphStyle('p', fontName='RB', fontSize=15, leading=19, textColor=GREEN, spaceBefore=6, spaceAfter=2)
PULLN = ParagraphStyle('pn', fontName='S', fontSize=8.5, leading=10.5, spaceAfter=8)
SIGN = ParagraphStyle('sg', fontName='RI', fontSize=9.2, leading=12.4, spaceAfter=2)
SMALL = ParagraphStyle('sm', fontName='S', fontSize=8.2, leading=10.6, spaceAfter=3)
SMALLB = ParagraphStyle('smb', fontName='SB', fontSize=8.2, leading=10.6, spaceAfter=1, spaceBefore=5)


class Photo(Flowable):
    def __init__(self, h, cap=None):
        Flowable.__init__(self)
        self.h = h
        self.cap = Paragraph(cap, CAP) if cap else None

    def wrap(self, aw, ah):
        self.w = aw
        self.ch = self.cap.wrap(aw, ah)[1] + 3 if self.cap else 0
        return aw, self.h + self.ch + 6

    def draw(self):
        c = self.canv
        c.setFillColor(colors.Color(.78, .8, .76))
        c.rect(0, self.ch + 6, self.w, self.h, fill=1, stroke=0)
        if self.cap:
            self.cap.drawOn(c, 0, 3)


def box(items, bg=colors.Color(.91, .95, .88)):
    t = Table([[items]], colWidths=None)
    t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), bg), ('BOX', (0, 0), (-1, -1), 0.8, GREEN),
                           ('LEFTPADDING', (0, 0), (-1, -1), 7), ('RIGHTPADDING', (0, 0), (-1, -1), 7),
                           ('TOPPADDING', (0, 0), (-1, -1), 6), ('BOTTOMPADDING', (0, 0), (-1, -1), 6)]))
    return t


def P(t, s=BODY):
    return Paragraph(t, s)


def flow(c, story, x, top, w, h, ncols=2, gap=14, name='?'):
    cw = (w - gap * (ncols - 1)) / ncols
    for i in range(ncols):
        f = Frame(x + i * (cw + gap), top - h, cw, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        f.addFromList(story, c)
    if story:
        raise SystemExit('Overflow in %s: %d flowables left' % (name, len(story)))


def chrome(c, pno, section):
    c.setFillColor(GREEN)
    c.rect(M, H - 34, W - 2 * M, 1.2, fill=1, stroke=0)
    c.setFont('S', 7.5)
    c.setFillColor(colors.Color(.35, .35, .35))
    c.drawString(M, H - 30 + 6, 'Die Grüne Parzelle · Ausgabe 1/2026')
    c.drawRightString(W - M, H - 30 + 6, section)
    c.rect(M, 36, W - 2 * M, 0.5, fill=1, stroke=0)
    c.setFont('SB', 9)
    if pno % 2 == 0:
        c.drawString(M, 24, str(pno))
        c.setFont('S', 7)
        c.drawString(M + 18, 24, 'Kleingartenverein „Am Mühlbach“ e. V.')
    else:
        c.drawRightString(W - M, 24, str(pno))
        c.setFont('S', 7)
        c.drawRightString(W - M - 18, 24, 'Vereinsblatt für Mitglieder und Freunde')
    c.setFillColor(colors.black)


TOP = H - 50
FH = TOP - 46
FW = W - 2 * M

c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle('Die Grüne Parzelle 1/2026')
c.setAuthor('Kleingartenverein Am Mühlbach e. V.')

# ---------------- Seite 1: Titel ----------------
c.setFillColor(GREEN)
c.rect(0, H - 150, W, 150, fill=1, stroke=0)
c.setFillColor(colors.white)
c.setFont('RB', 40)
c.drawString(M, H - 85, 'Die Grüne Parzelle')
c.setFont('S', 11)
c.drawString(M, H - 110, 'Vereinsblatt des Kleingartenvereins „Am Mühlbach“ e. V. · gegründet 1926')
c.drawString(M, H - 128, 'Ausgabe 1/2026 · Frühjahr · 100 Jahre Mühlbach')
c.setFillColor(colors.Color(.78, .8, .76))
c.rect(M, 250, W - 2 * M, H - 150 - 270, fill=1, stroke=0)
c.setFillColor(colors.Color(.3, .3, .3))
c.setFont('SI', 7.5)
c.drawString(M, 238, 'Erste Kirschblüte an der Festwiese, aufgenommen Anfang April. Titelfoto: Renate Kowalczyk')
c.setFillColor(GREEN)
c.setFont('SB', 13)
y = 200
for t, s in [('Sechzig Jahre auf Parzelle 17', 'Wilhelmine Haberkorn erzählt aus ihrem Gartenleben – Seite 5'),
             ('Schnecken, Mulch und Mischkultur', 'Tipps aus der Mitgliedschaft – Seite 3'),
             ('Großer Arbeitseinsatz am Vereinsheim', 'Bericht von der Gemeinschaftsarbeit – Seite 7')]:
    c.setFont('SB', 13)
    c.setFillColor(GREEN)
    c.drawString(M, y, t)
    c.setFont('S', 9.5)
    c.setFillColor(colors.black)
    c.drawString(M, y - 14, s)
    y -= 44
c.showPage()

# ---------------- Seite 2: Inhalt + Wort des Vorstands ----------------
chrome(c, 2, 'Inhalt · Vorstand')
inh = [P('In dieser Ausgabe', H2)]
for p, t in [('2', 'Das Wort des Vorstands'), ('3', 'Aus der Mitgliedschaft: Gartentipps'),
             ('4', 'Der Fachberater rät: Boden im Frühjahr'), ('5', 'Porträt: Sechzig Jahre auf Parzelle 17'),
             ('7', 'Gemeinschaftsarbeit: Großeinsatz am Vereinsheim'), ('8', 'Leserbriefe'),
             ('9', 'Termine 2026 · Impressum')]:
    inh.append(P('<font name="SB">%s</font>  %s' % (p, t), SMALL))
inh.append(Spacer(1, 8))
inh.append(Photo(120, 'Der neue Vorstand nach der Jahreshauptversammlung. Foto: Emre Yıldız'))
flow(c, inh, M, TOP, 160, FH, 1, name='p2a')
st = [P('DAS WORT DES VORSTANDS', KICK), P('Hundert Jahre – und kein bisschen welk', H1),
      P('Liebe Gartenfreundinnen und Gartenfreunde, unser Verein wird in diesem Jahr hundert Jahre alt. '
        'Ein Anlass zum Feiern, aber auch zum Nachdenken.', LEAD),
      P('Als im Frühjahr 1926 zweiundzwanzig Familien aus der Weberei-Siedlung das sumpfige Gelände am Mühlbach '
        'pachteten, ging es ums Überleben: Kartoffeln, Kohl, ein paar Hühner. Heute bewirtschaften wir 86 Parzellen, '
        'und auf den Wartelisten stehen mehr junge Familien als je zuvor. Das freut uns, verpflichtet uns aber auch, '
        'frei werdende Gärten zügig und fair zu vergeben.'),
      P('Auf der Jahreshauptversammlung im Februar haben Sie den Vorstand in seiner bisherigen Besetzung bestätigt '
        'und mit Nilüfer Arslan eine neue Schriftführerin gewählt. Herzlichen Dank an Bernd Tollkühn, der dieses Amt '
        'vierzehn Jahre lang mit großer Sorgfalt geführt hat und uns als Kassenprüfer erhalten bleibt.'),
      P('Beim Neujahrsempfang der Stadt hat Bezirksbürgermeisterin Sabine Oettinger unsere Anlage ausdrücklich gelobt. '
        '„Kleingärten sind die grünen Lungen unserer Stadtteile, und der Mühlbach zeigt seit hundert Jahren, wie '
        'Nachbarschaft funktioniert“, sagte sie vor rund zweihundert Gästen. Solche Worte hört man gern, zumal die '
        'Verhandlungen über den neuen Pachtvertrag mit der Stadt noch nicht abgeschlossen sind.'),
      P('Zum Jubiläum planen wir ein Sommerfest am 4. Juli mit Festumzug, Ausstellung „100 Jahre Mühlbach in Bildern“ '
        'und einem Konzert des Posaunenchors. Wer alte Fotos, Pachtbücher oder Erinnerungsstücke besitzt, melde sich '
        'bitte bei der Redaktion. Jede Leihgabe wird sorgfältig behandelt und zurückgegeben.'),
      P('Eine Bitte zum Schluss: Denken Sie an die Heckenhöhe von 1,25 Metern an den Hauptwegen und an die '
        'Ruhezeiten. Ein Verein lebt von Rücksicht. Ich wünsche Ihnen eine gute Saison, reiche Ernte und viele schöne '
        'Stunden im Grünen.'),
      Spacer(1, 4),
      P('Ihr', SIGN), P('Hartmut Lindqvist', SIGN), P('1. Vorsitzender', SMALL)]
flow(c, st, M + 176, TOP, FW - 176, FH, 2, name='p2b')
c.showPage()

# ---------------- Seite 3: Gartentipps ----------------
chrome(c, 3, 'Aus der Mitgliedschaft')
st = [P('AUS DER MITGLIEDSCHAFT', KICK), P('Gartentipps von Mitgliedern für Mitglieder', H1),
      P('Drei Gärtnerinnen und Gärtner verraten, was sich auf ihren Parzellen bewährt hat.', LEAD)]
flow(c, st, M, TOP, FW, 90, 1, name='p3h')
a = [P('Bierfallen? Lieber Laufenten!', H2), P('Von Ayşe Demir, Parzelle 31', BYL),
     P('Drei Jahre habe ich mit Schneckenkorn, Kupferband und Bierfallen gekämpft. Geholfen hat nichts davon '
       'dauerhaft. Seit letztem Sommer leihen wir uns im Mai zwei Laufenten von unserer Nachbarin aus dem '
       'Nachbarverein. Die Tiere räumen in wenigen Tagen gründlich auf.'),
     P('Wichtig: Die Enten brauchen Wasser, einen Unterstand und vor allem einen Zaun um die Salatbeete, denn junge '
       'Blätter mögen sie auch. Und bitte vorher beim Vorstand nachfragen, die Gartenordnung regelt Kleintierhaltung '
       'sehr genau.'),
     P('Abends sammle ich trotzdem noch mit der Taschenlampe ab. Das ist für unsere Kinder inzwischen ein Abenteuer.')]
b = [P('Mulchen mit Rasenschnitt', H2),
     P('Rasenschnitt ist zu schade für den Kompost. Ich lasse ihn einen Tag antrocknen und verteile ihn dann '
       'fingerdick zwischen Tomaten, Zucchini und Kürbis. Der Boden bleibt feucht, das Unkraut hat kaum eine '
       'Chance, und die Regenwürmer ziehen das Material nach und nach in die Erde.'),
     P('Zu dick darf die Schicht nicht werden, sonst fault sie. Lieber alle zwei Wochen nachlegen. Mein Gießwasser '
       'hat sich so im letzten Sommer fast halbiert.'),
     P('– Giulia Ferraro, Parzelle 9', SIGN)]
d = [P('Mischkultur im Hochbeet', H2), P('Text: Marek Nowak', BYL),
     P('Unser Hochbeet ist nur zwei Meter lang, trägt aber von April bis Oktober. Das Geheimnis ist die Mischung: '
       'Möhren neben Zwiebeln, Salat zwischen Kohlrabi, dazu Ringelblumen und Kapuzinerkresse an den Rändern.'),
     P('Die Zwiebeln halten die Möhrenfliege fern, die Blumen locken Bestäuber an. Nach der Salaternte im Juni '
       'säe ich sofort Buschbohnen nach. So steht nie ein Fleck Erde leer.'),
     box([P('<font name="SB">Tipp der Redaktion:</font> Eine gute Übersicht über Nachbarschaften im Beet bietet das '
            'Buch „Gute Nachbarn im Gemüsegarten“, das in unserer Vereinsbibliothek ausgeliehen werden kann.', SMALL)])]
cw = (FW - 28) / 3
for i, s in enumerate([a, b, d]):
    f = Frame(M + i * (cw + 14), 50, cw, TOP - 95 - 50, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    f.addFromList(s, c)
    if s:
        raise SystemExit('overflow p3 %d' % i)
c.showPage()

# ---------------- Seite 4: Fachberater ----------------
chrome(c, 4, 'Fachberatung')
st = [P('DER FACHBERATER RÄT', KICK), P('Erst den Boden fragen, dann düngen', H1),
      P('Viele Parzellen sind überdüngt. Warum eine Bodenprobe alle paar Jahre Geld spart und die Umwelt schont.', LEAD),
      P('Von unserem Fachberater Ingo Brandtner', BYL)]
flow(c, st, M, TOP, FW, 110, 1, name='p4h')
st = [P('Jedes Frühjahr sehe ich dasselbe Bild: Kaum ist der Boden abgetrocknet, werden Säcke mit Blaukorn und '
        'Hornspänen über die Beete verteilt, als gäbe es kein Morgen. Dabei zeigen die Bodenproben, die wir im Herbst '
        'auf zwölf Parzellen gezogen haben, ein eindeutiges Ergebnis: Phosphor und Kalium sind fast überall im '
        'Überfluss vorhanden, auf vier Parzellen sogar in einer Menge, die für Jahrzehnte reicht.'),
      P('Zu viel Dünger schadet. Überschüssiger Stickstoff wird ausgewaschen und landet im Mühlbach, zu viel Phosphor '
        'hemmt die Aufnahme von Spurenelementen. Die Pflanzen werden weich und anfällig für Blattläuse.'),
      P('Der Landesverband empfiehlt deshalb eine Bodenuntersuchung alle vier bis fünf Jahre. Dr. Karin Vöhringer '
        'vom Landesverband hat es bei unserer Fachberaterschulung so zusammengefasst: „Wer ohne Analyse düngt, '
        'kocht ohne Rezept und wundert sich über das Ergebnis.“ Dem ist wenig hinzuzufügen.'),
      P('Und was tun, wenn der Boden bereits überversorgt ist? Zunächst: gar nichts zukaufen. Kompost in dünnen '
        'Schichten genügt, dazu Gründüngung mit Phacelia, Senf oder Buchweizen. Diese Pflanzen lockern den Boden, '
        'binden Nährstoffe und geben sie im nächsten Jahr langsam wieder frei.'),
      box([P('<font name="SB">So ziehen Sie eine Bodenprobe</font>', SMALL),
           P('1. An 10–15 Stellen im Beet mit dem Spaten 30 cm tief stechen.', SMALL),
           P('2. Von jeder Stelle einen Streifen Erde abnehmen und in einem Eimer mischen.', SMALL),
           P('3. Etwa 500 g in einen Beutel füllen, beschriften und im Vereinsheim abgeben.', SMALL),
           P('Kosten: 18 Euro pro Probe, der Verein übernimmt die Hälfte.', SMALL)]),
      Spacer(1, 6),
      P('Ein Wort noch zum Kalk. Viele Gärtner kalken aus Gewohnheit jedes Jahr. Unsere Böden am Mühlbach liegen aber '
        'meist bei einem pH-Wert um 7, also im neutralen Bereich. Zusätzlicher Kalk bringt hier nichts, er kann im '
        'Gegenteil dazu führen, dass Eisen und Mangan schlechter verfügbar sind. Gelbe Blätter an Himbeeren sind oft '
        'die Folge.'),
      P('Meine Sprechstunde findet ab Mai jeden ersten Samstag im Monat von 10 bis 12 Uhr im Vereinsheim statt. '
        'Bringen Sie gern kranke Blätter oder Schädlinge im Schraubglas mit. Eine Frage, die ich oft höre, lautet: '
        '„Warum blüht meine Glyzinie nicht?“ Die Antwort steht meistens im Boden – und manchmal in der Geduld.'),
      Photo(95, 'Phacelia als Gründüngung auf Parzelle 54. Foto: Ingo Brandtner'),
      P('Ingo Brandtner ist seit 2019 Fachberater des Vereins und gärtnert auf Parzelle 54.', SMALL)]
flow(c, st, M, TOP - 115, FW, FH - 115, 2, name='p4')
c.showPage()

# ---------------- Seiten 5-6: Porträt ----------------
chrome(c, 5, 'Porträt')
st = [P('PORTRÄT', KICK), P('Sechzig Jahre auf Parzelle 17', H1),
      P('Wilhelmine Haberkorn hat mit 24 ihren ersten Spaten in den Mühlbach-Boden gestochen. Mit 84 erntet sie noch '
        'immer die besten Stangenbohnen der Anlage. Ein Besuch.', LEAD),
      P('Text: Friederike Jansen · Fotos: Emre Yıldız', BYL)]
flow(c, st, M, TOP, FW, 115, 1, name='p5h')
c.setFillColor(colors.Color(.78, .8, .76))
ph = Photo(150, 'Wilhelmine Haberkorn an ihrem Bohnengerüst, das ihr Mann 1971 gebaut hat. Foto: Emre Yıldız')
ph.wrapOn(c, FW, 300)
ph.drawOn(c, M, TOP - 115 - ph.ch - 156)
st = [P('Wer zu Wilhelmine Haberkorn will, muss an den Dahlien vorbei. Sie stehen in drei Reihen am Zaun, '
        'ordentlich angebunden, jede Knolle beschriftet. „Die meisten habe ich seit den Siebzigern. Die überwintern '
        'im Keller, und jedes Jahr werden es mehr“, sagt sie und lacht. Im Verein nennen sie alle nur Minna.'),
      P('1966 übernahm sie die Parzelle zusammen mit ihrem Mann Erwin, einem Dreher aus der Weberei. Damals war der '
        'Garten eine Wildnis aus Brennnesseln und Holunder. „Wir hatten kein Auto, also haben wir jeden Sack Zement '
        'mit dem Handwagen hergezogen.“ Die Laube, die beide in zwei Sommern bauten, steht noch heute.'),
      P('Wie sehr sich der Verein verändert hat, erzählt sie ohne Wehmut. Früher sei der Garten Notwendigkeit '
        'gewesen, heute sei er Freude. Und die neuen Nachbarn? „Die jungen Leute fragen wieder. Eine Zeit lang hat '
        'keiner mehr gefragt, da wusste jeder alles aus dem Fernseher.“ Besonders mag sie die Familie Yılmaz von '
        'nebenan, deren Tochter ihr beim Gießen hilft.')]
flow(c, st, M, TOP - 115 - ph.ch - 166, FW, FH - 115 - ph.ch - 166, 2, name='p5')
c.showPage()

chrome(c, 6, 'Porträt · Sechzig Jahre auf Parzelle 17')
st = [P('Erwin starb 2009. Danach habe sie überlegt, die Parzelle abzugeben, erzählt Minna Haberkorn. Dann kam der '
        'Frühling. „Die Bohnen wollten in die Erde, und ich war die Einzige, die das konnte.“ Seitdem gärtnert sie '
        'allein, unterstützt von ihrem Enkel Jonas, der am Wochenende den Rasen mäht.'),
      P('Ihre Stangenbohnen sind legendär. Die Sorte hat sie von ihrer Mutter aus Schlesien mitgebracht, '
        'das Saatgut nimmt sie jedes Jahr selbst ab. Beim Erntedankfest gewinnt sie damit regelmäßig den '
        'Preis für das schönste Gemüse. Einen Namen hat die Sorte nicht. „Wir haben immer nur Mutters Bohnen '
        'gesagt.“'),
      P('Wenn sie arbeitet, singt sie. Meistens alte Schlager, manchmal auch „Am Brunnen vor dem Tore“. Die Nachbarn '
        'haben sich daran gewöhnt, manche vermissen es, wenn sie im Winter fehlt.'),
      P('Die Winter sind für Minna Haberkorn die schwerste Zeit. Sie liest dann Saatgutkataloge und plant. Ein '
        'Notizbuch mit sechzig Jahren Aufzeichnungen liegt auf ihrem Küchentisch: Aussaattermine, Frostnächte, '
        'Erntemengen. Die Redaktion durfte hineinschauen. Für den 14. Mai 1974 steht dort: „Eisheilige vorbei, '
        'trotzdem Frost. Alles erfroren. Neu gesät.“'),
      Paragraph('„Ein Garten ist nie fertig. Das ist das Schöne daran.“', PULL),
      P('Wilhelmine Haberkorn, Mitglied seit 1966', PULLN),
      P('Auf die Frage, was sie jungen Gärtnern rät, denkt sie lange nach. Dann kommt eine Antwort, die nach '
        'sechzig Jahren Erfahrung klingt. „Nicht alles auf einmal wollen. Ein Beet pro Jahr richtig machen, '
        'das reicht.“'),
      P('Beim Sommerfest im Juli wird der Verein sie für sechzig Jahre Mitgliedschaft ehren. Sie selbst hält davon '
        'wenig. Lieber wäre ihr, es käme endlich Regen. Der Vorsitzende Hartmut Lindqvist hat schon angekündigt, '
        'dass es eine Urkunde und einen Kirschbaum gibt. Den will sie neben die Laube pflanzen. „Dann hab ich '
        'wieder was, worauf ich warten kann“, sagt Minna Haberkorn.'),
      Photo(110, 'Sechzig Jahre Aufzeichnungen: das Gartennotizbuch. Foto: Emre Yıldız')]
flow(c, st, M, TOP, FW, FH, 2, name='p6')
c.showPage()

# ---------------- Seite 7: Gemeinschaftsarbeit ----------------
chrome(c, 7, 'Gemeinschaftsarbeit')
st = [P('GEMEINSCHAFTSARBEIT', KICK), P('Großeinsatz am Vereinsheim: 41 Helfer, ein Dach, zwei Kuchen', H1),
      P('Von Paweł Wiśniewski und Sören Halvorsen', BYL)]
flow(c, st, M, TOP, FW, 80, 1, name='p7h')
st = [P('Der 21. März war als „Großkampftag“ angekündigt, und genau das wurde er. Um acht Uhr standen 41 Mitglieder '
        'vor dem Vereinsheim, bewaffnet mit Schubkarren, Akkuschraubern und Thermoskannen. Auf dem Plan: das '
        'undichte Dach des Geräteschuppens, die Hecke am Festplatz und die Pflasterung am Haupttor.'),
      P('Das Dach übernahm eine Gruppe um Dachdeckermeister a. D. Rüdiger Kampmann, der sich freiwillig gemeldet '
        'hatte. „Ich hab vierzig Jahre auf fremden Dächern gestanden, da kann ich auch mal auf unserem stehen“, '
        'meinte er, bevor er als Erster die Leiter hinaufstieg. Bis zum Mittag war die alte Pappe herunter und die '
        'neue Bitumenbahn verlegt.'),
      P('Am Festplatz schnitten zwölf Helferinnen und Helfer die Ligusterhecke auf vorgeschriebene Höhe. Es fielen '
        'sieben Anhänger Schnittgut an, die der Bauhof der Stadt kostenlos abholte. Dafür danken wir herzlich.'),
      P('Die „Pflasterkolonne“ hatte es schwerer: Unter den alten Platten am Haupttor kamen Wurzeln der Kastanie '
        'zum Vorschein. Statt neu zu pflastern, haben wir die Fläche nun mit Rindenmulch belegt. Das schont den '
        'Baum und sieht, so finden wir, sogar besser aus.'),
      box([P('<font name="SB">Gemeinschaftsstunden 2026</font>', SMALL),
           P('Jede Parzelle leistet 8 Stunden pro Jahr. Nicht geleistete Stunden werden mit 15 Euro je Stunde '
             'berechnet. Die nächsten Termine finden Sie auf Seite 9.', SMALL)]),
      Spacer(1, 6),
      P('Für das leibliche Wohl sorgten Hatice Korkmaz und Brigitte Wendland mit Erbsensuppe, Börek und zwei '
        'Blechen Streuselkuchen. Ein besonderer Gruß geht an die jüngste Helferin: Die sechsjährige Lena sammelte '
        'den ganzen Vormittag Schrauben ein und sortierte sie nach Größe.'),
      P('Zum Abschluss bedankte sich Gartenwart Thorsten Mäder bei allen Beteiligten. „So viele Leute hatten wir '
        'seit Jahren nicht. Das zeigt, dass der Verein lebt.“ Wir schließen uns an und freuen uns auf den nächsten '
        'Einsatz am 16. Mai.'),
      Photo(85, 'Das neue Dach am Geräteschuppen. Foto: Sören Halvorsen')]
flow(c, st, M, TOP - 85, FW, FH - 85, 2, name='p7')
c.showPage()

# ---------------- Seite 8: Leserbriefe ----------------
chrome(c, 8, 'Leserbriefe')
st = [P('LESERBRIEFE', KICK), P('Post an die Redaktion', H1),
      P('Zuschriften geben die Meinung der Verfasser wieder. Die Redaktion behält sich Kürzungen vor.', SMALL),
      Spacer(1, 6)]
flow(c, st, M, TOP, FW, 75, 1, name='p8h')
st = [P('Wasseruhren', H2),
      P('Die Umstellung auf eigene Wasseruhren für jede Parzelle halte ich für überfällig. Es kann nicht sein, dass '
        'wer sparsam gießt, für den Rasensprenger des Nachbarn mitbezahlt. Ich bitte den Vorstand, das Thema auf '
        'der nächsten Versammlung zur Abstimmung zu stellen.'),
      P('Kenji Watanabe, Parzelle 8', SIGN),
      P('Dank für die Hilfe', H2),
      P('Nach meiner Hüftoperation im vergangenen Herbst konnte ich monatelang nicht in den Garten. Meine Nachbarn '
        'auf den Parzellen 60 und 61 haben ungefragt gemäht, Laub geharkt und sogar meine Rosen eingepackt. Dafür '
        'möchte ich mich auf diesem Weg bedanken. So etwas ist nicht selbstverständlich.'),
      P('Edeltraud Sommerfeld, Parzelle 62', SIGN),
      P('Zum Artikel „Insektenhotels – ja oder nein?“ (Heft 4/2025)', H2),
      P('Der Beitrag hat mir aus der Seele gesprochen. Viele gekaufte Insektenhotels sind nutzlos, weil die Röhren '
        'splittern oder zu kurz sind. Besser ist ein Stück Totholz und eine Ecke mit offenem Boden. Auf meiner '
        'Parzelle nisten seit zwei Jahren Sandbienen in einem unbepflanzten Streifen am Weg.'),
      P('Mit gärtnerischen Grüßen', SIGN),
      P('Dr. Aoife Brennan, Parzelle 23', SIGN),
      P('Parkplatz', H2),
      P('Am Wochenende ist der Parkplatz regelmäßig von Besuchern des Sportplatzes belegt. Könnte der Verein nicht '
        'ein Schild aufstellen lassen? Mein Vorschlag für den Text: „Nur für Mitglieder des KGV“.'),
      P('Jürgen Pfeiffer, Parzelle 70', SIGN),
      box([P('<font name="SB">Antwort des Vorstands:</font> Ein Schild ist bestellt. Über Wasseruhren beraten wir '
             'auf der Herbstversammlung.', SMALL)])]
flow(c, st, M, TOP - 78, FW, FH - 78, 2, name='p8')
c.showPage()

# ---------------- Seite 9: Termine + Impressum ----------------
chrome(c, 9, 'Termine · Impressum')
st = [P('Termine 2026', H1)]
for d_, t in [('Sa 25. April', 'Frühjahrsbegehung der Anlage, 10 Uhr, Treffpunkt Haupttor'),
              ('Sa 2. Mai', 'Fachberater-Sprechstunde, 10–12 Uhr, Vereinsheim'),
              ('Sa 16. Mai', 'Gemeinschaftsarbeit, 8–12 Uhr'),
              ('So 7. Juni', 'Pflanzentauschbörse am Festplatz, 11 Uhr'),
              ('Sa 4. Juli', 'Sommerfest „100 Jahre Mühlbach“ mit Festumzug, ab 14 Uhr'),
              ('Sa 12. Sept.', 'Gemeinschaftsarbeit, 8–12 Uhr'),
              ('So 4. Okt.', 'Erntedankfest mit Gemüseprämierung'),
              ('Fr 13. Nov.', 'Herbstversammlung, 19 Uhr, Vereinsheim')]:
    st.append(P('<font name="SB">%s</font> – %s' % (d_, t), SMALL))
st += [Spacer(1, 10), box([P('<font name="SB">Wasser an!</font> Die Wasserleitungen werden am 11. April geöffnet. '
                             'Bitte prüfen Sie Ihre Hähne vorher auf Frostschäden.', SMALL)])]
flow(c, st, M, TOP, FW / 2 - 10, FH, 1, name='p9a')
im = [P('Impressum', H2),
      P('<font name="SB">Herausgeber</font>', SMALLB),
      P('Kleingartenverein „Am Mühlbach“ e. V., Mühlbachweg 3, 48155 Münster (fiktiv). Mitglied im Landesverband '
        'der Gartenfreunde.', SMALL),
      P('<font name="SB">V.i.S.d.P.:</font> Hartmut Lindqvist', SMALL),
      P('<font name="SB">Redaktion:</font> Friederike Jansen (Leitung), Paweł Wiśniewski, Nilüfer Arslan', SMALL),
      P('<font name="SB">Satz und Gestaltung:</font> Agnieszka Lewandowska', SMALL),
      P('<font name="SB">Fotos:</font> Titel: Renate Kowalczyk; S. 2, 5, 6: Emre Yıldız; S. 4: Ingo Brandtner; '
        'S. 7: Sören Halvorsen', SMALL),
      P('<font name="SB">Druck:</font> Druckerei am Hafen, Auflage 250 Exemplare', SMALL),
      P('Namentlich gekennzeichnete Beiträge geben nicht unbedingt die Meinung des Vorstands wieder. '
        'Redaktionsschluss für Ausgabe 2/2026 ist der 15. August. Beiträge bitte an redaktion@muehlbach.example '
        'oder in den Briefkasten am Vereinsheim.', SMALL)]
f = Frame(M + FW / 2 + 10, TOP - FH, FW / 2 - 10, FH, leftPadding=8, rightPadding=8, topPadding=6,
          bottomPadding=0, showBoundary=0)
c.setFillColor(colors.Color(.95, .95, .93))
c.rect(M + FW / 2 + 10, TOP - 330, FW / 2 - 10, 330, fill=1, stroke=0)
c.setFillColor(colors.black)
f.addFromList(im, c)
if im:
    raise SystemExit('overflow impressum')
c.showPage()
c.save()
print('wrote', OUT)
