# Generator: Seitenweise - Magazin der Stadtbibliothek Lindenau 2026 (fictional)
import os
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Frame, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.colors import HexColor, white, black
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

D = '/usr/share/fonts/truetype/dejavu/'
for n, f in [('S', 'DejaVuSerif.ttf'), ('SB', 'DejaVuSerif-Bold.ttf'), ('SI', 'DejaVuSerif-Italic.ttf'),
             ('H', 'DejaVuSans.ttf'), ('HB', 'DejaVuSans-Bold.ttf'), ('HI', 'DejaVuSans-Oblique.ttf')]:
    pdfmetrics.registerFont(TTFont(n, D + f))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily('S', normal='S', bold='SB', italic='SI', boldItalic='SB')
registerFontFamily('H', normal='H', bold='HB', italic='HI', boldItalic='HB')

W, H = A4
M = 42
ACC = HexColor('#1d5c63')
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'stadtbibliothek-magazin-2026-de.pdf')

body = ParagraphStyle('b', fontName='S', fontSize=9.2, leading=12.6, firstLineIndent=9, alignment=4, spaceAfter=2)
body0 = ParagraphStyle('b0', parent=body, firstLineIndent=0)
lead = ParagraphStyle('l', fontName='HB', fontSize=10.5, leading=14, textColor=HexColor('#333333'), spaceAfter=6)
byl = ParagraphStyle('by', fontName='HI', fontSize=8.5, leading=11, textColor=ACC, spaceAfter=6)
h1 = ParagraphStyle('h1', fontName='SB', fontSize=24, leading=28, textColor=black, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='SB', fontSize=15, leading=18, spaceAfter=4)
h3 = ParagraphStyle('h3', fontName='HB', fontSize=10, leading=13, spaceBefore=6, spaceAfter=2, textColor=ACC)
cap = ParagraphStyle('c', fontName='HI', fontSize=7.2, leading=9, textColor=HexColor('#555555'))
sig = ParagraphStyle('sig', parent=body0, alignment=0)
pull = ParagraphStyle('p', fontName='SB', fontSize=15, leading=19, textColor=ACC, alignment=0)
small = ParagraphStyle('sm', fontName='H', fontSize=8.3, leading=11)
smallb = ParagraphStyle('smb', fontName='HB', fontSize=8.3, leading=11, spaceBefore=5)

c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle('Seitenweise 2026 - Magazin der Stadtbibliothek Lindenau')


def P(t, s=body):
    return Paragraph(t, s)


def head(n, rubrik):
    c.setFont('H', 7.5)
    c.setFillColor(ACC)
    c.drawString(M, H - 28, 'SEITENWEISE  ·  Das Magazin der Stadtbibliothek Lindenau  ·  Ausgabe 2026')
    c.drawRightString(W - M, H - 28, rubrik.upper())
    c.setStrokeColor(ACC)
    c.setLineWidth(0.6)
    c.line(M, H - 33, W - M, H - 33)
    c.line(M, 38, W - M, 38)
    c.setFillColor(black)
    c.setFont('HB', 9)
    if n % 2:
        c.drawRightString(W - M, 26, str(n))
    else:
        c.drawString(M, 26, str(n))
    c.setFont('H', 7)
    c.drawCentredString(W / 2, 26, 'stadtbibliothek-lindenau.de')


def block(p, x, ytop, w):
    _, h = p.wrap(w, 1000)
    p.drawOn(c, x, ytop - h)
    return ytop - h


def flow(story, x0, x1, ytop, ybot, ncols, gap=14):
    w = (x1 - x0 - (ncols - 1) * gap) / ncols
    for i in range(ncols):
        f = Frame(x0 + i * (w + gap), ybot, w, ytop - ybot, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        f.addFromList(story, c)
    if story:
        raise SystemExit('OVERFLOW on page %d: %r' % (c.getPageNumber(), story[0].getPlainText()[:60] if hasattr(story[0], 'getPlainText') else story[0]))


def photo(x, y, w, h, caption):
    c.setFillColor(HexColor('#bdbdbd'))
    c.rect(x, y, w, h, stroke=0, fill=1)
    c.setFillColor(black)
    p = P(caption, cap)
    _, ch = p.wrap(w, 100)
    p.drawOn(c, x, y - ch - 3)
    return y - ch - 3


def pullq(x, ytop, w, text, who):
    c.setStrokeColor(ACC)
    c.setLineWidth(2)
    c.line(x, ytop, x + w, ytop)
    y = block(P(text, pull), x, ytop - 8, w)
    y = block(P(who, byl), x, y - 4, w)
    c.line(x, y - 2, x + w, y - 2)
    return y - 8


def boxed(x, ytop, w, h, items, fill='#e8f1f2'):
    c.setFillColor(HexColor(fill))
    c.rect(x, ytop - h, w, h, stroke=0, fill=1)
    c.setFillColor(black)
    f = Frame(x + 8, ytop - h + 6, w - 16, h - 14, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    items = list(items)
    f.addFromList(items, c)
    if items:
        raise SystemExit('BOX OVERFLOW page %d' % c.getPageNumber())

# ---------------------------------------------------------------- page 1: cover
c.setFillColor(ACC)
c.rect(0, H - 190, W, 190, stroke=0, fill=1)
c.setFillColor(white)
c.setFont('SB', 54)
c.drawString(M, H - 100, 'Seitenweise')
c.setFont('H', 13)
c.drawString(M, H - 128, 'Das Magazin der Stadtbibliothek Lindenau')
c.setFont('HB', 11)
c.drawString(M, H - 160, 'Ausgabe 2026  ·  kostenlos zum Mitnehmen')
c.setFillColor(HexColor('#bdbdbd'))
c.rect(M, 200, W - 2 * M, H - 420, stroke=0, fill=1)
c.setFillColor(black)
block(P('Titelfoto: Jonas Brandtner', cap), M, 195, 300)
c.setFont('SB', 19)
c.drawString(M, 150, '„Eine Bibliothek ist ein Versprechen“')
c.setFont('H', 10.5)
c.drawString(M, 132, 'Die neue Direktorin im Interview  ·  Seite 3')
c.setFont('H', 10)
c.drawString(M, 100, 'Lesung: Piotr Zawadzki zu Gast im Lesesaal  ·  Lieblingsbücher aus dem Team')
c.drawString(M, 84, 'Aus dem Lesekreis  ·  Veranstaltungen Frühjahr  ·  Seite für Kinder')
c.setFont('H', 7)
c.drawString(M, 40, 'Stadtbibliothek Lindenau  ·  Am Marktbrunnen 4  ·  Lindenau')
c.showPage()

# ---------------------------------------------------------------- page 2: Inhalt + Editorial
head(2, 'Inhalt & Editorial')
y = block(P('Inhalt', h1), M, H - 60, 200)
toc = [('3', 'Im Gespräch mit der neuen Direktorin', 'Interview: Konstantin Haberl'),
       ('5', 'Ein Abend mit Piotr Zawadzki', 'Henrike Vollmer'),
       ('7', 'Unsere Lieblingsbücher', 'Yuki Tanabe, Friederike Lanz, Deniz Aksoy'),
       ('8', 'Aus dem Lesekreis', 'Gunhild Petersen und Rainer Ostwald'),
       ('9', 'Veranstaltungen Frühjahr 2026', ''),
       ('10', 'Lottis Leseseite', 'Ole Brandt'),
       ('11', 'Impressum & Bildnachweis', '')]
y -= 6
for num, t, who in toc:
    c.setFont('SB', 16)
    c.setFillColor(ACC)
    c.drawString(M, y - 16, num)
    c.setFillColor(black)
    c.setFont('HB', 9.5)
    c.drawString(M + 30, y - 10, t)
    if who:
        c.setFont('HI', 8)
        c.drawString(M + 30, y - 21, who)
    y -= 32
colx = W / 2 + 10
ye = block(P('Editorial', h2), colx, H - 60, W - M - colx)
ye = block(P('Bücher, Menschen, Räume', h3), colx, ye - 2, W - M - colx)
ed = [P('Liebe Leserinnen und Leser,', body0),
      P('im vergangenen Jahr haben uns über 214.000 Menschen besucht – so viele wie nie zuvor. Manche kamen für ein einziges Buch, andere für den warmen Platz am Fenster, die meisten für beides. Dass eine Stadtbibliothek heute zugleich Lesesaal, Werkstatt und Wohnzimmer sein soll, ist kein Widerspruch, sondern unser Auftrag.'),
      P('Mit dieser Ausgabe stellen wir Ihnen unsere neue Direktorin vor. Aylin Demirtaş hat im September die Leitung des Hauses übernommen, und unser Kollege Konstantin Haberl hat sie gleich in der ersten Woche mit Fragen gelöchert. Lesen Sie, was sie mit dem Dachgeschoss vorhat und warum sie Mahngebühren für Kinder abschaffen möchte.'),
      P('Außerdem berichten wir von der ausverkauften Lesung mit Piotr Zawadzki, unser Team verrät seine Lieblingsbücher des Jahres, und der Donnerstags-Lesekreis erzählt, wie man über ein Buch streitet, ohne sich zu zerstreiten. Für die Jüngsten gibt es wie immer Lottis Leseseite zum Ausmalen.'),
      P('Wir wünschen Ihnen anregende Stunden – mit diesem Heft und mit allem, was Sie bei uns ausleihen.'),
      Spacer(1, 6),
      P('Ihre', sig),
      P('<b>Dr. Miriam Oltmanns</b>', sig),
      P('Chefredakteurin', sig)]
flow(ed, colx, W - M, ye - 4, 60, 1)
photo(M, 70, W / 2 - M - 20, 130, 'Der Lesesaal im Altbau nach der Renovierung. Foto: Jonas Brandtner')
c.showPage()

# ---------------------------------------------------------------- page 3-4: Interview
head(3, 'Interview')
y = block(P('„Eine Bibliothek ist ein Versprechen“', h1), M, H - 60, W - 2 * M)
y = block(P('Seit September leitet Aylin Demirtaş die Stadtbibliothek Lindenau. Zuvor war sie stellvertretende Leiterin der Zentralbibliothek in Kassel. Ein Gespräch über offene Türen, leise Räume und das Ende der Mahngebühr.', lead), M, y - 2, W - 2 * M)
y = block(P('Das Gespräch führte Konstantin Haberl', byl), M, y, W - 2 * M)
py = photo(W - M - 170, y - 175, 170, 170, 'Aylin Demirtaş in ihrem neuen Büro im zweiten Stock. Foto: Jonas Brandtner')
iv1 = [
    P('<b>KH:</b> Frau Demirtaş, Ihre erste Woche liegt hinter Ihnen. Was hat Sie am meisten überrascht?', body0),
    P('<b>AD:</b> Wie früh die Menschen vor der Tür stehen. Um halb zehn warten schon Schülerinnen, Rentner und zwei Männer, die jeden Tag die Zeitung aus Izmir lesen. Das hat mich gerührt. Ein Haus, vor dem morgens eine Schlange steht, macht offensichtlich etwas richtig.', body0),
    P('<b>KH:</b> Sie kommen aus einer deutlich größeren Bibliothek. Warum Lindenau?', body0),
    P('<b>AD:</b> Weil man hier noch alles auf einmal sehen kann. In Kassel war ich für Abteilungen zuständig, hier bin ich für ein Haus zuständig. Ich kenne nach einer Woche die Namen der Hausmeister, der Auszubildenden und der Katze, die im Innenhof wohnt. Das schätze ich sehr.', body0),
    P('<b>KH:</b> Was haben Sie sich für die ersten zwei Jahre vorgenommen?', body0),
    P('<b>AD:</b> Drei Dinge. Erstens wollen wir das Dachgeschoss öffnen, das seit Jahren als Lager dient. Dort soll ein Lernraum entstehen, der bis zweiundzwanzig Uhr zugänglich ist – auch ohne Personal, mit dem Bibliotheksausweis. Zweitens möchte ich die Mahngebühren für Kinder und Jugendliche abschaffen. Drittens brauchen wir mehr Medien in den Sprachen, die in dieser Stadt tatsächlich gesprochen werden.', body0),
    P('<b>KH:</b> Die Abschaffung der Mahngebühren wird im Stadtrat nicht jedem gefallen.', body0),
    P('<b>AD:</b> Die Einnahmen daraus lagen im letzten Jahr bei knapp 3.800 Euro. Gleichzeitig wissen wir, dass Kinder aus Familien mit wenig Geld lieber gar nicht mehr kommen, als mit einer Rechnung nach Hause zu gehen. Ich halte das für einen schlechten Tausch.', body0),
]
flow(iv1, M, W - M - 185, y - 4, 60, 2)
flow([P('Die Fragen stellte unser Redakteur Konstantin Haberl, der seit 2019 die Öffentlichkeitsarbeit der Bibliothek betreut.', small)], W - M - 170, W - M, py - 12, 60, 1)
c.showPage()

head(4, 'Interview')
c.setFont('HI', 8)
c.drawString(M, H - 50, 'Fortsetzung: Im Gespräch mit Aylin Demirtaş')
iv2 = [
    P('<b>KH:</b> Wie soll der Lernraum unter dem Dach konkret aussehen?', body0),
    P('<b>AD:</b> Hell, schlicht und robust. Vierzig Arbeitsplätze, gutes WLAN, zwei Gruppenräume mit Glaswänden. Keine Designmöbel, die nach drei Jahren wackeln. Wir haben einen Förderantrag beim Land gestellt und rechnen im Frühjahr mit einer Entscheidung.', body0),
    P('<b>KH:</b> Bibliotheken werden gern totgesagt. Wie antworten Sie darauf?', body0),
    P('<b>AD:</b> Mit Zahlen und mit einem Spaziergang durchs Haus. Die Ausleihe gedruckter Bücher ist bei uns im letzten Jahr nicht gesunken, sondern leicht gestiegen. Und wer nachmittags in die Kinderbibliothek geht, wird nicht den Eindruck haben, dass hier etwas stirbt.', body0),
    P('<b>KH:</b> Sie sind mit Ihren Eltern aus Ankara nach Deutschland gekommen, damals waren Sie sieben. Welche Rolle hat eine Bibliothek in Ihrer Kindheit gespielt?', body0),
    P('<b>AD:</b> Eine große. Meine Mutter hat mich jeden Samstag in die Stadtteilbücherei in Gelsenkirchen-Buer gebracht. Die Bibliothekarin dort, Frau Schwertfeger, hat mir mein erstes deutsches Buch in die Hand gedrückt und gesagt: „Das schaffst du, und wenn nicht, bringst du es nächste Woche einfach wieder.“ Ich habe es geschafft, und ich bin nie wieder weggegangen.', body0),
    P('<b>KH:</b> Haben Sie ein Lieblingsbuch?', body0),
    P('<b>AD:</b> Das wechselt. Im Moment lese ich zum dritten Mal „Die Ringe des Saturn“ von W. G. Sebald. Für die Fahrt zur Arbeit habe ich außerdem immer einen Krimi dabei, das gebe ich offen zu.', body0),
    P('<b>KH:</b> Was wünschen Sie sich von den Lindenauerinnen und Lindenauern?', body0),
    P('<b>AD:</b> Dass sie uns sagen, was fehlt. Unser Haus gehört der Stadt, also den Menschen, die hier leben. Im Foyer steht ab Januar ein Briefkasten für Wünsche und Beschwerden, und ich verspreche, jeden Zettel selbst zu lesen.', body0),
    P('<b>KH:</b> Frau Demirtaş, vielen Dank für das Gespräch.', body0),
]
flow(iv2, M, W - M - 185, H - 62, 60, 2)
pullq(W - M - 170, H - 70, 170, '„Unser Haus gehört der Stadt, also den Menschen, die hier leben.“', 'Aylin Demirtaş, Direktorin der Stadtbibliothek')
boxed(W - M - 170, H - 260, 170, 190, [
    P('ZUR PERSON', smallb),
    P('Aylin Demirtaş, geboren 1979 in Ankara, studierte Bibliotheks- und Informationswissenschaft in Köln. Nach Stationen in Bochum und Kassel leitet sie seit dem 1. September 2025 die Stadtbibliothek Lindenau. Sie lebt mit ihrer Familie in der Weststadt und spielt in ihrer Freizeit Bağlama.', small)])
c.showPage()

# ---------------------------------------------------------------- page 5-6: Lesung
head(5, 'Lesung')
y = block(P('Ein Abend über Brücken, die es nicht mehr gibt', h1), M, H - 60, W - 2 * M)
y = block(P('Piotr Zawadzki las im ausverkauften Lesesaal aus seinem Roman „Die Brücke über der Oder“. Ein Bericht über einen Abend, der länger dauerte als geplant.', lead), M, y - 2, W - 2 * M)
y = block(P('Text: Henrike Vollmer', byl), M, y, W - 2 * M)
ph = photo(M, y - 160, W - 2 * M, 150, 'Piotr Zawadzki (rechts) und Moderator Matteo Bellandi im Lesesaal. Foto: Sabine Kühn')
le1 = [
    P('Um Viertel nach sieben waren alle 120 Stühle besetzt, um halb acht saßen die Ersten auf den Fensterbänken. Wer an diesem Dienstagabend in den Lesesaal wollte, musste Geduld mitbringen – und wurde belohnt. Piotr Zawadzki, 1971 in Słubice geboren und seit zwanzig Jahren in Leipzig zu Hause, las aus seinem dritten Roman, der im Frühjahr erschienen ist und seitdem auf mehreren Bestenlisten steht.', body0),
    P('Das Buch erzählt von zwei Brüdern, die nach dem Tod ihres Vaters dessen Haus an der Grenze ausräumen und dabei auf Briefe stoßen, die sie nie lesen sollten. Zawadzki las langsam, mit tiefer Stimme, und ließ immer wieder Pausen, in denen man das Rascheln der Zuhörer hören konnte.'),
    P('„Ich schreibe über die Oder, weil sie das Einzige in meiner Familie ist, das immer am selben Ort geblieben ist“, sagte er nach dem ersten Kapitel. Das Publikum lachte, aber es war ein nachdenkliches Lachen.'),
    P('Moderator Matteo Bellandi, Literaturkritiker und seit vielen Jahren Gast in unserem Haus, fragte nach der Rolle der Sprache. Zawadzki schreibt auf Deutsch, träumt aber, wie er sagt, bis heute auf Polnisch.'),
]
flow(le1, M, W - M, ph - 10, 60, 3)
c.showPage()

head(6, 'Lesung')
c.setFont('HI', 8)
c.drawString(M, H - 50, 'Fortsetzung von Seite 5: Ein Abend mit Piotr Zawadzki')
pullq(M, H - 70, 165, '„Jede Übersetzung ist eine Brücke, und jede Brücke hat zwei Ufer, die sich nicht ganz einig sind.“', 'Piotr Zawadzki')
le2 = [
    P('„Manche Sätze kommen auf Polnisch zu mir und müssen erst über die Grenze“, erklärte er. „Das dauert, und am Zoll bleibt manches hängen.“ Bellandi wollte wissen, ob der Roman deshalb so viele Leerstellen habe. Zawadzki nickte nur und las die nächste Passage.', body0),
    P('Nach der Lesung öffnete Bellandi das Gespräch für das Publikum. Eine ältere Dame erzählte, dass sie 1945 als Kind über genau die Brücke geflohen sei, die im Buch eine Rolle spielt. Es wurde sehr still im Saal. Zawadzki stand auf, ging zu ihr und hörte eine Weile einfach zu.'),
    P('Ingrid Sørensen, die seit dreißig Jahren in Lindenau lebt und regelmäßig zu unseren Lesungen kommt, war beeindruckt. „So ein Abend ist der Grund, warum ich meinen Bibliotheksausweis nie abgegeben habe“, sagte sie beim Hinausgehen. Ihr Mann ergänzte, er habe das Buch bereits zweimal ausgeliehen und werde es sich jetzt wohl doch kaufen.'),
    P('Zum Schluss signierte Zawadzki fast eine Stunde lang. Unsere Kollegin an der Buchhandelstheke, die die Lesung gemeinsam mit der Buchhandlung Kessler organisiert hatte, meldete am Ende des Abends: Alle 64 mitgebrachten Exemplare waren verkauft.'),
    P('Wer den Abend verpasst hat, kann den Roman in der Bibliothek ausleihen – derzeit allerdings mit einer Vormerkliste von 23 Namen. Eine Aufzeichnung der Lesung ist im Onlineangebot der Bibliothek abrufbar. Im Herbst wird Zawadzki mit seinem Übersetzer Jakub Mroczek noch einmal zu Gast sein, dann in einem zweisprachigen Format unter dem Titel „Zwei Ufer“.'),
]
flow(le2, M + 180, W - M, H - 62, 60, 2)
boxed(M, H - 330, 165, 170, [
    P('DAS BUCH', smallb),
    P('Piotr Zawadzki: „Die Brücke über der Oder“. Roman, 412 Seiten. In der Bibliothek unter der Signatur Zaw 3 im Regal für Neuerscheinungen, außerdem als E-Book und als Hörbuch, gelesen von Tobias Reinhardt.', small)])
c.showPage()

# ---------------------------------------------------------------- page 7: Buchempfehlungen
head(7, 'Empfehlungen')
y = block(P('Unsere Lieblingsbücher', h1), M, H - 60, W - 2 * M)
y = block(P('Drei Kolleginnen und Kollegen stellen vor, was sie in diesem Jahr nicht mehr aus der Hand legen wollten.', lead), M, y - 2, W - 2 * M)
cw = (W - 2 * M - 28) / 3
recs = [
    ('„Der Wal, der nicht singen wollte“', 'Bilderbuch, ab 4 Jahren',
     ['Ein junger Buckelwal soll beim großen Treffen im Nordmeer vorsingen, aber er bringt keinen Ton heraus. Stattdessen beginnt er zu summen, zu klopfen und zu pfeifen – und findet so seine eigene Stimme.',
      'Die Aquarelle sind von einer Zartheit, die ich bei Bilderbüchern selten gesehen habe. Beim Vorlesen in der Kita-Stunde haben alle Kinder mitgesummt. Ein wunderbares Buch über Mut und darüber, dass nicht jeder gleich klingen muss.'],
     '— Yuki Tanabe, Kinder- und Jugendbibliothek'),
    ('„Salz und Eisen“', 'Roman',
     ['Eine Familiengeschichte aus dem Ruhrgebiet, erzählt über drei Generationen: der Großvater unter Tage, die Mutter in der Gewerkschaft, die Enkelin als Ingenieurin für Wasserstoff. Was wie ein Lehrstück klingen könnte, ist ein lebendiger, oft sehr komischer Roman.',
      'Besonders gefallen hat mir, wie genau hier Sprache eingefangen wird. Man hört die Figuren reden, bevor man sie sieht. Ideal für lange Winterabende.'],
     'Empfohlen von Friederike Lanz, Belletristik'),
    ('„Klangräume“', 'Sachbuch',
     ['Wie klingt eine Kathedrale, wie ein U-Bahnhof, wie ein Wohnzimmer? Das Buch erklärt Akustik so anschaulich, dass man danach anders durch die Stadt geht. Zu jedem Kapitel gibt es Hörbeispiele, die man über einen Code abrufen kann.',
      'Ich habe nach der Lektüre unseren Lesesaal mit ganz neuen Ohren gehört. Für alle, die Musik lieben, aber auch für Neugierige ohne Vorkenntnisse.'],
     'Deniz Aksoy (Musikbibliothek)'),
]
for i, (t, gen, paras, signer) in enumerate(recs):
    x = M + i * (cw + 14)
    photo(x, y - 130, cw, 118, 'Cover: Verlag')
    st = [P(t, h2), P(gen, byl)] + [P(pp, body0 if j == 0 else body) for j, pp in enumerate(paras)] + [Spacer(1, 4), P('<i>' + signer + '</i>', sig)]
    flow(st, x, x + cw, y - 150, 60, 1)
c.showPage()

# ---------------------------------------------------------------- page 8: Lesekreis + Leserbrief
head(8, 'Lesekreis')
y = block(P('Aus dem Lesekreis: Streiten, ohne sich zu zerstreiten', h1), M, H - 60, W - 2 * M)
y = block(P('Von Gunhild Petersen und Rainer Ostwald', byl), M, y - 2, W - 2 * M)
lk = [
    P('Jeden zweiten Donnerstag treffen wir uns um 18 Uhr im Gruppenraum neben der Musikbibliothek. Wir sind zwischen acht und vierzehn Leute, die jüngste Teilnehmerin ist 23, der älteste Teilnehmer 86. Wir lesen, was die Mehrheit vorschlägt, und manchmal auch das, was einer von uns unbedingt durchsetzen will.', body0),
    P('Im Herbst haben wir „Das Haus am Fjord“ besprochen, einen norwegischen Roman, der die Gruppe gespalten hat wie lange keiner mehr. Die eine Hälfte fand ihn meisterhaft, die andere quälend langsam. Rainer hat das Buch nach achtzig Seiten weggelegt, Gunhild hat es zweimal gelesen.'),
    P('Wie man so einen Abend übersteht? Wir haben eine Regel, die Hanne Lindqvist bei der Gründung des Kreises vor elf Jahren aufgestellt hat: Jeder darf ein Buch schlecht finden, aber niemand darf jemanden schlecht finden, weil er es mag. Das klingt banal, hilft aber erstaunlich oft.'),
    P('Am Ende des Fjord-Abends sagte Herr Kowalczyk, unser ältester Teilnehmer: „Ich habe das Buch gehasst, aber ich habe seit Wochen über nichts anderes nachgedacht.“ Wir fanden, das sei vielleicht das größte Kompliment, das man einem Roman machen kann.'),
    P('Für das Frühjahr stehen schon drei Titel fest, darunter ein Krimi aus Sizilien und ein Band mit Erzählungen einer koreanischen Autorin. Wer neugierig ist, kommt einfach vorbei – eine Anmeldung ist nicht nötig, ein gelesenes Buch auch nicht unbedingt. Kaffee und Kekse stellt die Bibliothek, gute Laune bringen wir mit.'),
]
flow(lk, M, W - M, y - 4, 250, 3)
c.setStrokeColor(ACC); c.setLineWidth(1); c.line(M, 238, W - M, 238)
block(P('Leserbrief', h2), M, 228, 200)
boxed(M, 200, W - 2 * M, 140, [
    P('Sehr geehrtes Team der Stadtbibliothek,', body0),
    P('seit meiner Hüftoperation komme ich nicht mehr selbst in die Bibliothek. Dass mir Ihr Bücherbote nun alle drei Wochen eine Tasche voller Romane und die Wochenzeitungen vorbeibringt, hat meinen Winter gerettet. Bitte richten Sie dem jungen Mann mit dem roten Fahrrad meinen herzlichen Dank aus. Er hat mir sogar eine Lupe besorgt.'),
    Spacer(1, 4),
    P('Mit freundlichen Grüßen', sig),
    P('Hannelore Wübbe, Lindenau-Süd', sig)], fill='#f3efe6')
c.showPage()

# ---------------------------------------------------------------- page 9: Veranstaltungen
head(9, 'Veranstaltungen')
y = block(P('Veranstaltungen Frühjahr 2026', h1), M, H - 60, W - 2 * M)
y = block(P('Alle Veranstaltungen finden, wenn nicht anders angegeben, im Lesesaal statt. Der Eintritt ist frei, um Anmeldung an der Information wird gebeten.', lead), M, y - 2, W - 2 * M)
ev = [
    ('Di, 13. Januar, 19 Uhr', 'Vortrag: „Wie Algorithmen lesen“', 'Die Informatikerin Dr. Sunita Raghavan erklärt, wie Sprachmodelle Texte verarbeiten und was das für Bibliotheken bedeutet.'),
    ('Sa, 24. Januar, 11 Uhr', 'Bilderbuchkino: „Der Wal, der nicht singen wollte“', 'Für Kinder ab 4 Jahren mit Yuki Tanabe. Kinderbibliothek.'),
    ('Do, 5. Februar, 18 Uhr', 'Lesekreis', 'Offenes Treffen im Gruppenraum, neue Mitglieder willkommen.'),
    ('Mi, 18. Februar, 19.30 Uhr', 'Lesung und Gespräch: Camille Dufresne', 'Die französische Autorin liest aus ihrem Erzählband über die Vorstädte von Lyon. Moderation: Matteo Bellandi. Deutsche Lesung: Tobias Reinhardt.'),
    ('Sa, 7. März, 10–16 Uhr', 'Repair-Café und Tauschbörse', 'Gemeinsam mit dem Verein Werkbank Lindenau e. V.: Kaputte Toaster, lose Buchrücken und wacklige Stühle werden repariert.'),
    ('Di, 17. März, 19 Uhr', 'Ausstellungseröffnung: „Lindenau in alten Ansichten“', 'Postkarten und Fotografien aus dem Stadtarchiv, ausgewählt von Stadtarchivar Bernd Oberholzer.'),
    ('Do, 26. März, 16 Uhr', 'Digitale Sprechstunde', 'Hilfe bei E-Book-Readern, Tablets und der Onleihe für alle Generationen.'),
    ('Fr, 24. April, 19 Uhr', 'Poetry Slam „Laut gelesen“', 'Junge Slammerinnen und Slammer aus der Region, Moderation: Jannik Sørlie.'),
]
evs = []
for d, t, txt in ev:
    evs += [P(d, smallb), P('<b>' + t + '</b>', small), P(txt, small)]
flow(evs, M, W - M - 180, y - 4, 60, 2)
boxed(W - M - 165, y - 4, 165, 260, [
    P('ÖFFNUNGSZEITEN', smallb),
    P('Montag geschlossen<br/>Dienstag bis Freitag 10–19 Uhr<br/>Samstag 10–14 Uhr<br/>Lernraum: täglich bis 22 Uhr (ab Sommer 2026)', small),
    P('KONTAKT', smallb),
    P('Information: 0 47 11 / 80 20<br/>info@stadtbibliothek-lindenau.de', small),
    P('BÜCHERBOTE', smallb),
    P('Sie können nicht mehr selbst kommen? Unser ehrenamtlicher Bücherbote bringt Medien nach Hause. Rufen Sie uns an.', small)])
c.showPage()

# ---------------------------------------------------------------- page 10: Kinderseite
head(10, 'Für Kinder')
c.setFillColor(HexColor('#f6c945'))
c.rect(M, H - 110, W - 2 * M, 60, stroke=0, fill=1)
c.setFillColor(black)
c.setFont('SB', 26)
c.drawString(M + 12, H - 92, 'Lottis Leseseite')
y = block(P('Text: Ole Brandt', byl), M, H - 120, 200)
ki = [
    P('Hallo, ich bin Lotti, der Lesefuchs! Ich wohne in der Kinderbibliothek, gleich hinter dem großen Sitzsack. Wenn alle nach Hause gegangen sind, schleiche ich durch die Regale und suche mir ein Buch aus. Am liebsten lese ich Geschichten über Tiere, die etwas Verrücktes erleben.', body0),
    P('In diesem Winter haben mir viele Kinder erzählt, was sie gerade lesen. Emil, acht Jahre alt, hat mir gesagt: „Am besten sind Bücher, in denen am Ende doch noch alles gut wird, aber erst ganz knapp.“ Das finde ich auch!'),
    P('Und Zeynep aus der dritten Klasse hat gemeint, sie möchte später selbst Bibliothekarin werden, damit sie alle neuen Bücher als Erste lesen darf. Gute Idee, Zeynep!'),
    P('<b>Lottis Rätsel:</b> Welches Tier hat sich im Bild rechts zwischen den Büchern versteckt? Male es bunt aus und bring es an die Kinder-Information. Jedes Bild bekommt einen Sticker, und im März hängen wir alle Bilder im Treppenhaus auf.'),
    P('<b>Lesesommer-Tipp:</b> Ab Juni könnt ihr beim Lesesommer wieder Stempel sammeln. Wer fünf Bücher gelesen hat, bekommt eine Urkunde und darf beim großen Abschlussfest mitfeiern.'),
]
flow(ki, M, W / 2 - 6, y - 6, 60, 1)
photo(W / 2 + 10, 180, W / 2 - M - 10, y - 200, 'Lotti sucht ein Buch – zum Ausmalen. Illustration: Mei Harada')
c.showPage()

# ---------------------------------------------------------------- page 11: Impressum
head(11, 'Impressum')
y = block(P('Impressum', h1), M, H - 60, W - 2 * M)
imp = [
    P('<b>Seitenweise</b> – Das Magazin der Stadtbibliothek Lindenau, Ausgabe 2026. Erscheint einmal jährlich, Auflage 4.000 Exemplare.', small),
    P('Herausgeberin', smallb),
    P('Stadtbibliothek Lindenau, Am Marktbrunnen 4, Lindenau', small),
    P('V.i.S.d.P.', smallb),
    P('Aylin Demirtaş', small),
    P('Chefredaktion', smallb),
    P('Dr. Miriam Oltmanns', small),
    P('Redaktion', smallb),
    P('Konstantin Haberl, Henrike Vollmer', small),
    P('Schlussredaktion', smallb),
    P('Ewa Kaczmarek', small),
    P('Gestaltung und Satz', smallb),
    P('Atelier Fünfeck, Lindenau', small),
    P('Druck', smallb),
    P('Druckerei Hallbrecht, gedruckt auf Recyclingpapier', small),
]
flow(imp, M, W / 2 - 10, y - 6, 200, 1)
bn = [
    P('Bildnachweis', h2),
    P('Titel, Seite 2 und 3: Jonas Brandtner', small),
    P('Seite 5: Sabine Kühn', small),
    P('Seite 7: Verlage', small),
    P('Seite 10: Mei Harada (Illustration)', small),
    P('Alle übrigen Abbildungen: Stadtbibliothek Lindenau', small),
    Spacer(1, 14),
    P('Hinweis', h3),
    P('Namentlich gekennzeichnete Beiträge geben die Meinung der Verfasserinnen und Verfasser wieder. Für unverlangt eingesandte Manuskripte übernehmen wir keine Haftung. Leserbriefe kürzen wir, wenn nötig.', small),
]
flow(bn, W / 2 + 10, W - M, y - 6, 200, 1)
c.showPage()
c.save()
print('wrote', OUT)
