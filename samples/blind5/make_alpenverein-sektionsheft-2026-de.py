#!/usr/bin/env python3
"""Generator for the blind test magazine 'Gipfelbuch' 1/2026 (fictional DAV section).

Self-contained, deterministic. Run with /work/writer-venv/bin/python.
"""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, Frame, Spacer, Table, TableStyle, KeepTogether
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_CENTER, TA_RIGHT

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "alpenverein-sektionsheft-2026-de.pdf")
FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("Serif", FD + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("Serif-B", FD + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Serif-I", FD + "DejaVuSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("Serif-BI", FD + "DejaVuSerif-BoldItalic.ttf"))
pdfmetrics.registerFont(TTFont("Sans", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("Sans-B", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Sans-I", FD + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("Cond", FD + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("Cond-B", FD + "DejaVuSansCondensed-Bold.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("Serif", normal="Serif", bold="Serif-B", italic="Serif-I", boldItalic="Serif-BI")
registerFontFamily("Sans", normal="Sans", bold="Sans-B", italic="Sans-I", boldItalic="Sans-B")

W, H = A4
M = 16 * mm
GREEN = colors.HexColor("#2f5d3a")
LIGHT = colors.HexColor("#e8efe6")
GREY = colors.HexColor("#b9b9b9")

S = {}
S["body"] = ParagraphStyle("body", fontName="Serif", fontSize=9, leading=12.2, alignment=TA_JUSTIFY, spaceAfter=3)
S["bodyfirst"] = ParagraphStyle("bodyfirst", parent=S["body"])
S["lead"] = ParagraphStyle("lead", fontName="Sans-B", fontSize=10.5, leading=14, spaceAfter=6, textColor=colors.HexColor("#333333"))
S["h1"] = ParagraphStyle("h1", fontName="Sans-B", fontSize=24, leading=27, spaceAfter=6, textColor=GREEN)
S["h2"] = ParagraphStyle("h2", fontName="Sans-B", fontSize=15, leading=18, spaceAfter=4, spaceBefore=4, textColor=GREEN)
S["h3"] = ParagraphStyle("h3", fontName="Sans-B", fontSize=10, leading=13, spaceAfter=2, spaceBefore=5)
S["kicker"] = ParagraphStyle("kicker", fontName="Cond-B", fontSize=9, leading=11, textColor=colors.HexColor("#a0522d"), spaceAfter=2)
S["byline"] = ParagraphStyle("byline", fontName="Sans", fontSize=8.5, leading=11, spaceAfter=6, textColor=colors.HexColor("#444444"))
S["signoff"] = ParagraphStyle("signoff", fontName="Serif-I", fontSize=9, leading=12, alignment=TA_RIGHT, spaceBefore=2, spaceAfter=6)
S["cap"] = ParagraphStyle("cap", fontName="Cond", fontSize=7.5, leading=9.5, textColor=colors.HexColor("#333333"))
S["pull"] = ParagraphStyle("pull", fontName="Serif-BI", fontSize=15, leading=19, textColor=GREEN, alignment=TA_LEFT, spaceBefore=6, spaceAfter=2)
S["pullwho"] = ParagraphStyle("pullwho", fontName="Cond", fontSize=8.5, leading=11, spaceAfter=8, textColor=colors.HexColor("#555555"))
S["box"] = ParagraphStyle("box", fontName="Cond", fontSize=8.5, leading=11, spaceAfter=2)
S["boxh"] = ParagraphStyle("boxh", fontName="Cond-B", fontSize=10, leading=12, spaceAfter=3, textColor=GREEN)
S["small"] = ParagraphStyle("small", fontName="Cond", fontSize=8, leading=10.2, spaceAfter=2)
S["qa_q"] = ParagraphStyle("qa_q", fontName="Sans-B", fontSize=8.8, leading=12, spaceAfter=2, spaceBefore=4)
S["qa_a"] = ParagraphStyle("qa_a", parent=S["body"])


def P(text, st="body"):
    return Paragraph(text, S[st])


class Mag:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=A4, invariant=1)
        self.c.setTitle("Gipfelbuch 1/2026 – Mitteilungen der Sektion Kargenstein")
        self.c.setAuthor("Sektion Kargenstein")
        self.n = 0

    def page(self, head=None, cover=False):
        if self.n:
            self.c.showPage()
        self.n += 1
        c = self.c
        if not cover:
            c.setFillColor(GREEN)
            c.rect(0, H - 11 * mm, W, 11 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("Cond-B", 8.5)
            left = "GIPFELBUCH 1/2026"
            if self.n % 2 == 0:
                c.drawString(M, H - 7.3 * mm, left)
                if head:
                    c.drawRightString(W - M, H - 7.3 * mm, head)
            else:
                if head:
                    c.drawString(M, H - 7.3 * mm, head)
                c.drawRightString(W - M, H - 7.3 * mm, left)
            c.setFillColor(colors.black)
            c.setStrokeColor(GREEN)
            c.setLineWidth(0.6)
            c.line(M, 13 * mm, W - M, 13 * mm)
            c.setFont("Sans-B", 9)
            if self.n % 2 == 0:
                c.drawString(M, 8 * mm, str(self.n))
                c.setFont("Cond", 7.5)
                c.drawRightString(W - M, 8 * mm, "Sektion Kargenstein des Deutschen Alpenvereins e.V.")
            else:
                c.drawRightString(W - M, 8 * mm, str(self.n))
                c.setFont("Cond", 7.5)
                c.drawString(M, 8 * mm, "Sektion Kargenstein des Deutschen Alpenvereins e.V.")

    def flow(self, x, ytop, w, h, ncols, items, gap=5 * mm, name=""):
        colw = (w - gap * (ncols - 1)) / ncols
        items = list(items)
        # keep a subheading together with the start of its paragraph (no orphaned heads)
        merged = []
        i = 0
        while i < len(items):
            it = items[i]
            if (isinstance(it, Paragraph) and it.style.name == "h3" and i + 1 < len(items)
                    and isinstance(items[i + 1], Paragraph)):
                hs = it.style
                nxt = items[i + 1]
                merged.append(Spacer(1, hs.spaceBefore))
                merged.append(Paragraph('<font name="%s" size="%s" color="%s">%s</font><br/>%s' % (
                    hs.fontName, hs.fontSize, hs.textColor.hexval().replace("0x", "#"), it.text, nxt.text),
                    nxt.style))
                i += 2
            else:
                merged.append(it)
                i += 1
        items = merged
        for i in range(ncols):
            f = Frame(x + i * (colw + gap), ytop - h, colw, h, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0, showBoundary=0)
            f.addFromList(items, self.c)
            if not items:
                break
        if items:
            raise SystemExit("OVERFLOW on page %d (%s): %r" % (self.n, name, items[0]))

    def photo(self, x, ytop, w, h, caption=None, label="Foto"):
        c = self.c
        c.setFillColor(GREY)
        c.rect(x, ytop - h, w, h, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#8c8c8c"))
        c.setFont("Cond", 7)
        c.drawCentredString(x + w / 2, ytop - h / 2, "[%s]" % label)
        c.setFillColor(colors.black)
        used = h
        if caption:
            p = Paragraph(caption, S["cap"])
            pw, ph = p.wrap(w, 100)
            p.drawOn(c, x, ytop - h - 2 - ph)
            used += ph + 4
        return ytop - used - 3 * mm

    def box(self, x, ytop, w, h, items, fill=LIGHT, name="box"):
        c = self.c
        c.setFillColor(fill)
        c.setStrokeColor(GREEN)
        c.rect(x, ytop - h, w, h, stroke=1, fill=1)
        c.setFillColor(colors.black)
        self.flow(x + 3 * mm, ytop - 3 * mm, w - 6 * mm, h - 6 * mm, 1, items, name=name)

    def title(self, x, ytop, w, items):
        """Place items (one column full width) and return new y."""
        y = ytop
        for it in items:
            iw, ih = it.wrap(w, 1000)
            sb = getattr(it.style, "spaceBefore", 0) if hasattr(it, "style") else 0
            sa = getattr(it.style, "spaceAfter", 0) if hasattr(it, "style") else 0
            y -= sb
            it.drawOn(self.c, x, y - ih)
            y -= ih + sa
        return y

    def save(self):
        self.c.showPage()
        self.c.save()


TOP = H - 17 * mm
BOT = 17 * mm
CW = W - 2 * M


def build():
    m = Mag(OUT)
    c = m.c

    # ------------------------------------------------------------ 1 cover
    m.page(cover=True)
    c.setFillColor(GREY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#9a9a9a"))
    c.setFont("Cond", 9)
    c.drawCentredString(W / 2, H / 2, "[Titelfoto]")
    c.setFillColor(GREEN)
    c.rect(0, H - 62 * mm, W, 62 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Sans-B", 50)
    c.drawString(M, H - 34 * mm, "Gipfelbuch")
    c.setFont("Cond", 11)
    c.drawString(M, H - 44 * mm, "Mitteilungen der Sektion Kargenstein des Deutschen Alpenvereins e.V.")
    c.setFont("Cond-B", 11)
    c.drawString(M, H - 52 * mm, "Heft 1/2026  ·  Frühjahr  ·  74. Jahrgang")
    c.drawRightString(W - M, H - 52 * mm, "Für Mitglieder kostenlos")
    # teasers
    c.setFillColor(colors.Color(1, 1, 1, alpha=0.88))
    c.rect(M, 30 * mm, 92 * mm, 66 * mm, stroke=0, fill=1)
    c.setFillColor(colors.black)
    m.flow(M + 4 * mm, 92 * mm, 84 * mm, 60 * mm, 1, [
        P("IN DIESEM HEFT", "kicker"),
        P("<b>Sieben Tage, vier Länder?</b> Unsere Haute-Route-Gruppe zwischen Chamonix und Zermatt", "box"),
        Spacer(1, 3),
        P("<b>Neue Wirtsleute am Kargensteinhaus:</b> ein Gespräch über Knödel, Quellwasser und lange Winter", "box"),
        Spacer(1, 3),
        P("<b>Jubilare 2026:</b> 70 Jahre Treue zur Sektion", "box"),
        Spacer(1, 3),
        P("<b>Termine</b> für Frühjahr und Sommer", "box"),
    ])
    c.setFont("Cond", 7.5)
    c.setFillColor(colors.white)
    c.drawString(M, 20 * mm, "Titelbild: Aufstieg zum Pigne d’Arolla im Morgenlicht")

    # ------------------------------------------------------------ 2 Inhalt + Vorwort
    m.page("Inhalt · Vorwort")
    y = m.title(M, TOP, CW, [P("Inhalt", "h1")])
    toc = [
        ("2", "Vorwort der Vorsitzenden"),
        ("3", "Haute Route: Sieben Tage zwischen Chamonix und Zermatt"),
        ("6", "Tourenberichte: Klettersteig, Seniorengruppe, Jugend"),
        ("7", "Hüttenbericht: Das Kargensteinhaus im Winter 2025/26"),
        ("8", "Interview mit den neuen Wirtsleuten"),
        ("10", "Jubilare 2026"),
        ("11", "Leserbriefe · Termine"),
        ("12", "Impressum"),
    ]
    tdata = [[P("<b>%s</b>" % a, "box"), P(b, "box")] for a, b in toc]
    t = Table(tdata, colWidths=[10 * mm, 70 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, GREY),
                           ("LEFTPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    tw, th = t.wrap(82 * mm, 200 * mm)
    t.drawOn(c, M, y - th)
    y2 = m.photo(M, y - th - 8 * mm, 82 * mm, 55 * mm,
                 "Die Vorsitzende beim Hüttenabend im November. Foto: Rainer Vogelsang")
    xr = M + 90 * mm
    wr = CW - 90 * mm
    yv = m.title(xr, TOP, wr, [P("VORWORT", "kicker"), P("Liebe Mitglieder, liebe Freundinnen und Freunde der Sektion,", "h2")])
    m.flow(xr, yv, wr, yv - BOT, 1, [
        P("der Winter hat uns in diesem Jahr lange warten lassen. Bis Mitte Januar lagen auf der Südseite des "
          "Kargensteins kaum zwanzig Zentimeter Schnee, und mancher von uns hat die Felle schon beinahe "
          "wieder eingemottet. Dann kam der Februar, und mit ihm drei Wochen Neuschnee, wie wir ihn lange "
          "nicht mehr hatten. Ich habe mich gefreut über jede Gruppe, die trotzdem mit Bedacht unterwegs war "
          "und die Lawinenlage ernst genommen hat."),
        P("Im Vorstand haben uns in den vergangenen Monaten vor allem zwei Themen beschäftigt. Das erste ist "
          "der Wechsel am Kargensteinhaus: Nach neunzehn Jahren haben sich Anni und Korbinian Zehetmair in den "
          "Ruhestand verabschiedet. Wir danken beiden von Herzen. Ihre Nachfolger stellen sich in diesem Heft "
          "ab Seite 8 ausführlich vor, und ich bin sicher, dass Sie sich bei ihnen ebenso wohlfühlen werden."),
        P("Das zweite Thema ist unsere Kletterhalle. Die Stadt hat uns signalisiert, dass eine Erweiterung "
          "um einen Boulderbereich auf dem Nachbargrundstück möglich wäre. Bevor wir hier Verpflichtungen "
          "eingehen, wollen wir Ihre Meinung hören. Auf der Mitgliederversammlung am 24. April stellen wir "
          "die Pläne und die Finanzierung vor. Kommen Sie zahlreich, stellen Sie Fragen, streiten Sie mit uns."),
        P("Zum Schluss eine Bitte: Unsere Sektion lebt vom Ehrenamt. Für die Jugendgruppe und für den "
          "Wegebau am Hirschsattel suchen wir dringend Verstärkung. Wer ein paar Stunden im Monat übrig hat, "
          "melde sich gerne in der Geschäftsstelle."),
        P("Ich wünsche Ihnen einen unfallfreien Frühling, gute Touren und viel Freude beim Lesen."),
        P("Ihre", "signoff"),
        P("Brigitte Hallermann<br/>1. Vorsitzende", "signoff"),
    ], name="vorwort")

    # ------------------------------------------------------------ 3 Haute Route (1/3)
    m.page("Tourenbericht · Haute Route")
    y = m.title(M, TOP, CW, [
        P("TOURENBERICHT · HOCHTOUREN", "kicker"),
        P("Sieben Tage zwischen Chamonix und Zermatt", "h1"),
        P("Die klassische Haute Route gilt als Königsdisziplin unter den Skidurchquerungen. Acht Mitglieder "
          "der Sektion haben sie im vergangenen April gewagt – mit einem Ruhetag mehr als geplant und "
          "einem Abschied vom Wetterbericht.", "lead"),
        P("Text: Jonas Wiesinger und Aylin Kaya", "byline"),
    ])
    yp = m.photo(M, y, CW, 62 * mm,
                 "Die Gruppe am Col du Chardonnet, zweiter Tag. Im Hintergrund die Aiguille d’Argentière. "
                 "Foto: Aylin Kaya")
    m.flow(M, yp, CW, yp - BOT, 3, [
        P("Wer die Haute Route gehen möchte, braucht zwei Dinge: eine Gruppe, auf die man sich verlassen kann, "
          "und Geduld. Die Gruppe hatten wir schnell beisammen. Acht Leute aus der Hochtourengruppe, die "
          "meisten seit Jahren gemeinsam unterwegs, dazu unser Tourenleiter Matthias Kronberger, der die "
          "Strecke schon zweimal geführt hatte. Die Geduld mussten wir erst lernen."),
        P("Geplant war der Start in Argentière am Ostermontag. Doch der Föhn hatte andere Pläne. Zwei Tage "
          "lang saßen wir in einer Ferienwohnung in Chamonix, spielten Karten, studierten Lawinenberichte "
          "und wiederholten die Spaltenbergung im Garten des Vermieters, der uns dabei ungläubig zusah. Am "
          "Mittwoch endlich klarte es auf, und wir fuhren mit der ersten Bahn auf die Grands Montets."),
        P("Der erste Tag ist kurz und trotzdem anstrengend. Von der Bergstation fährt man hinunter auf den "
          "Argentière-Gletscher und steigt dann zur gleichnamigen Hütte auf. Die Sonne brannte auf den "
          "Firn, und wir lernten schnell, dass man Sonnencreme auf dieser Höhe nicht sparen darf. In der "
          "Hütte teilten wir uns ein Lager mit einer Gruppe aus Norwegen, die uns zum Abschied ein Lied "
          "vorsang, das wir bis heute nicht verstanden haben."),
        P("Am zweiten Morgen standen wir um vier Uhr auf. Der Aufstieg zum Col du Chardonnet ist steil, "
          "die letzten Meter gingen wir mit Steigeisen. Oben wartete der Blick, für den wir gekommen waren: "
          "das Meer aus Gipfeln im Wallis, die Sonne gerade über dem Grat. Aylin sagte nur: „Dafür hat sich "
          "jede Minute Kartenspielen gelohnt.“ Niemand widersprach."),
        P("Es folgte die Abfahrt auf den Saleina-Gletscher, dann der Aufstieg zum Fenêtre du Tour und "
          "hinunter zur Cabane du Trient. Dort empfing uns der Hüttenwart mit einer Kanne Tee und einer "
          "Warnung: Für die Nacht sei ein Wetterumschwung angesagt. „Wenn ihr morgen um sieben nicht "
          "unterwegs seid, bleibt ihr hier bis Samstag“, sagte Gérard Fontaine, der die Hütte seit über "
          "zwanzig Jahren führt. Wir waren um halb sieben unterwegs."),
    ], name="hr1")

    # ------------------------------------------------------------ 4 Haute Route (2/3)
    m.page("Tourenbericht · Haute Route")
    xr = M + CW * 0.64
    m.photo(M, BOT + 46 * mm, CW * 0.6, 36 * mm,
            "Rast an der Cabane des Dix, im Hintergrund der Mont Blanc de Cheilon. Foto: Jonas Wiesinger")
    m.flow(M, TOP, CW * 0.6, TOP - BOT - 54 * mm, 2, [
        P("Über Champex und Verbier", "h3"),
        P("Der dritte Tag führte uns hinunter nach Champex. Dieser Abschnitt ist der einzige, auf dem man "
          "die Zivilisation berührt: ein Bus, ein Bäcker, ein kurzer Abstecher in die Apotheke, weil Sebastian "
          "seine Blasenpflaster im Trient vergessen hatte. Mit dem Bus und der Seilbahn ging es weiter nach "
          "Verbier und von dort hinauf zur Cabane de Mont Fort."),
        P("An diesem Abend saßen wir lange zusammen. Matthias erklärte anhand der Karte, was uns in den "
          "nächsten Tagen erwarten würde: der Rosablanche-Übergang, die lange Querung zur Cabane des Dix, "
          "der Pas de Chèvre mit seinen Leitern. Ich gebe zu, dass mir bei der Beschreibung der Leitern etwas "
          "mulmig wurde. „Die Leitern sind das Einfachste an der ganzen Tour“, beruhigte er mich. „Schwierig "
          "wird es nur, wenn man die Ski falsch am Rucksack hat.“"),
        P("Der vierte Tag war der längste. Über den Col de la Chaux und den Col de Momin stiegen wir zur "
          "Rosablanche auf, 3336 Meter hoch, der erste richtige Gipfel unserer Reise. Von dort ging es in "
          "einer traumhaften Pulverabfahrt zur Cabane de Prafleuri. Den Namen der Hütte sprachen wir jeden "
          "Abend anders aus, bis uns die Hüttenwirtin freundlich korrigierte."),
        P("Am Lac des Dix", "h3"),
        P("Die Querung am Lac des Dix entlang ist lang, aber leicht. Man gleitet über Stunden an dem "
          "Stausee entlang, der im April noch unter einer dünnen Schicht Eis und Schnee liegt. Wir nutzten "
          "die Zeit für Gespräche, die man auf steileren Abschnitten nicht führen kann. Mehmet erzählte "
          "von seinem Großvater, der in den sechziger Jahren als Gastarbeiter an einer Staumauer im Wallis "
          "gearbeitet hatte, nicht weit von hier. Er hatte seinem Enkel immer wieder von den Bergen "
          "erzählt, die er nur von unten gesehen hatte."),
        P("Die Cabane des Dix liegt auf einem Felsriegel vor dem Mont Blanc de Cheilon, einem der schönsten "
          "Berge, die ich kenne. Hier beschlossen wir, einen Ruhetag einzulegen. Das Wetter war stabil, "
          "aber Lea hatte sich am Vortag das Knie verdreht, und niemand wollte riskieren, dass aus einer "
          "Zerrung etwas Ernsteres wird. Statt eines Gipfels gab es an diesem Tag Kaffee, Sonne und "
          "ein ausgedehntes Mittagsschläfchen auf der Terrasse."),
    ], name="hr2")
    yq = m.photo(xr, TOP, CW * 0.36, 70 * mm,
                 "Spaltenbergung im Garten: Warten auf besseres Wetter in Chamonix. Foto: Jonas Wiesinger")
    c.setStrokeColor(GREEN)
    c.setLineWidth(2)
    c.line(xr, yq, xr + CW * 0.36, yq)
    m.flow(xr, yq - 4 * mm, CW * 0.36, 60 * mm, 1, [
        P("„Die Leitern sind das Einfachste an der ganzen Tour.“", "pull"),
        P("Matthias Kronberger, Tourenleiter", "pullwho"),
    ], name="pull1")
    m.box(xr, yq - 62 * mm, CW * 0.36, yq - 62 * mm - BOT, [
        P("Die Route in Zahlen", "boxh"),
        P("<b>Strecke:</b> Argentière – Zermatt, rund 110 km", "box"),
        P("<b>Höhenmeter im Aufstieg:</b> etwa 6500", "box"),
        P("<b>Tage:</b> 6 Etappen plus 1 Ruhetag", "box"),
        P("<b>Höchster Punkt:</b> Pigne d’Arolla, 3790 m", "box"),
        P("<b>Hütten:</b> Argentière, Trient, Mont Fort, Prafleuri, Dix, Vignettes", "box"),
        P("<b>Karte:</b> Landeskarte der Schweiz 1:50 000, Blätter 282, 283 und 284", "box"),
        Spacer(1, 4),
        P("Voraussetzungen: sichere Abfahrt in jedem Gelände, Erfahrung mit Steigeisen und Pickel, "
          "Kenntnisse in Spaltenbergung und LVS-Suche.", "box"),
    ], name="zahlen")

    # ------------------------------------------------------------ 5 Haute Route (3/3)
    m.page("Tourenbericht · Haute Route")
    yp = m.photo(M + CW * 0.5 + 2.5 * mm, TOP, CW * 0.5 - 2.5 * mm, 58 * mm,
                 "Ankunft in Zermatt: Das Matterhorn zeigt sich erst am letzten Tag. Foto: Aylin Kaya")
    m.flow(M, TOP, CW * 0.5 - 2.5 * mm, TOP - BOT - 82 * mm, 1, [
        P("Pas de Chèvre und Pigne d’Arolla", "h3"),
        P("Matthias hatte recht. Die Leitern am Pas de Chèvre waren tatsächlich das Einfachste, solange "
          "man nicht nach unten schaute. Schwieriger war der Aufstieg am nächsten Morgen von der Cabane des "
          "Vignettes zum Pigne d’Arolla. Auf 3790 Metern pfiff ein eisiger Wind, und die Finger wurden beim "
          "Fellabziehen schnell taub. Ein Gipfelfoto gab es trotzdem, wenn auch mit verzerrten Gesichtern."),
        P("Die letzte Etappe, vom Pigne über den Col de l’Évêque, den Col du Mont Brulé und den Col de "
          "Valpelline nach Zermatt, ist die längste und die schönste. Hinter jedem Sattel öffnet sich eine "
          "neue Landschaft. Am Col de Valpelline sahen wir zum ersten Mal das Matterhorn. Es hatte sich die "
          "ganze Woche hinter Wolken versteckt, als wollte es uns bis zum Schluss auf die Folter spannen."),
        P("Die Abfahrt über den Stockji- und den Zmuttgletscher zog sich. Als wir am späten Nachmittag "
          "durch die Gassen von Zermatt liefen, die Ski auf der Schulter, die Gesichter verbrannt, fühlten "
          "wir uns wie Heimkehrer aus einer anderen Welt. Lea, die den Ruhetag gebraucht hatte, humpelte "
          "als Erste in die Bar am Bahnhof und bestellte für alle."),
    ], name="hr3a")
    m.photo(M, BOT + 78 * mm, CW * 0.5 - 2.5 * mm, 66 * mm,
            "Die Leitern am Pas de Chèvre: einfacher, als sie aussehen. Foto: Aylin Kaya")
    m.flow(M + CW * 0.5 + 2.5 * mm, yp, CW * 0.5 - 2.5 * mm, yp - BOT, 1, [
        P("Was wir gelernt haben", "h3"),
        P("Im Rückblick würden wir vieles wieder genauso machen. Zwei Reservetage einzuplanen war die "
          "wichtigste Entscheidung. Ohne sie hätten wir nach dem Föhnsturm abbrechen müssen. Wer die Tour "
          "plant, sollte die Hütten früh reservieren, denn im April sind sie oft ausgebucht. Und man "
          "sollte lernen, Pläne loszulassen."),
        P("Ein herzlicher Dank geht an Matthias für die umsichtige Führung, an die Ausbildungsreferentin "
          "Svenja Lindqvist für den Spaltenbergungskurs im Herbst und an alle, die uns mit Leihmaterial "
          "ausgeholfen haben. Wer nächstes Jahr mitkommen möchte: Die Hochtourengruppe trifft sich jeden "
          "ersten Donnerstag im Monat in der Geschäftsstelle."),
        Spacer(1, 6),
        P("<i>Jonas Wiesinger leitet die Hochtourengruppe seit 2021. Aylin Kaya ist Fachübungsleiterin "
          "Skibergsteigen und fotografiert für das Gipfelbuch.</i>", "small"),
    ], name="hr3b")

    # ------------------------------------------------------------ 6 short reports
    m.page("Tourenberichte")
    y = m.title(M, TOP, CW, [P("TOURENBERICHTE", "kicker"), P("Aus den Gruppen", "h1")])
    col = (CW - 10 * mm) / 3
    # item 1
    x1 = M
    y1 = m.title(x1, y, col, [P("Durch die Wand am Hochstaufen", "h2"),
                              P("Von Tomasz Wróbel", "byline")])
    m.flow(x1, y1, col, y1 - BOT - 40 * mm, 1, [
        P("Zwölf Teilnehmende, zwei Seilschaften Zuschauer und ein Steinbock: Der Klettersteigtag am "
          "Hochstaufen im Oktober war ein voller Erfolg. Wir starteten bei Nebel am Parkplatz, doch schon "
          "am Einstieg des Pidinger Klettersteigs riss es auf."),
        P("Der Steig ist mit C/D bewertet und verlangt an einigen Stellen Armkraft. Unsere "
          "Jüngste, die vierzehnjährige Emilia, kletterte die Schlüsselstelle, als sei sie ein Spaziergang. "
          "„Warum hängen die Erwachsenen so lange am Seil?“, fragte sie oben. Eine Antwort blieb ihr "
          "niemand schuldig, überzeugend war aber keine."),
        P("Nach fünf Stunden saßen wir auf dem Reichenhaller Haus bei Kaiserschmarrn. Danke an Florian "
          "für die Organisation!"),
    ], name="ks")
    m.photo(x1, BOT + 36 * mm, col, 34 * mm, "Am Einstieg des Klettersteigs. Foto: Tomasz Wróbel")
    # item 2
    x2 = M + col + 5 * mm
    y2 = m.title(x2, y, col, [P("Seniorengruppe im Pulver", "h2")])
    m.flow(x2, y2, col, y2 - BOT - 50 * mm, 1, [
        P("Dass Skitouren keine Frage des Alters sind, bewies unsere Seniorengruppe im Januar am "
          "Hirschberg bei Kreuth. Mit einem Durchschnittsalter von 71 Jahren stiegen neun Damen und Herren "
          "die rund 900 Höhenmeter auf, gemütlich, aber ohne Pause."),
        P("Oben erwartete uns ein eisiger Wind, weshalb die Gipfelrast kurz ausfiel. Umso schöner war "
          "die Abfahrt durch den lichten Wald, in dem noch unverspurter Pulver lag. Unser ältester "
          "Teilnehmer, Heinrich Baumgartner, 84, meinte im Tal: „So einen Schnee hatten wir zuletzt, "
          "als ich noch mit Lederschuhen gefahren bin.“"),
        P("Auch im Frühjahr gehen wir wieder jeden zweiten Dienstag. Neue Mitglieder, die es ruhig "
          "angehen lassen wollen, sind herzlich eingeladen. Treffpunkt ist um acht Uhr am Bahnhof."),
        P("Gerlinde Aschauer", "signoff"),
        Spacer(1, 6),
        P("Karte: Anneliese Brandl", "cap"),
    ], name="sen")
    # map illustration inside col2 bottom
    c.setFillColor(colors.HexColor("#dfe7d8"))
    c.rect(x2, BOT, col, 46 * mm, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#7a8a70"))
    c.setFont("Cond", 7)
    c.drawCentredString(x2 + col / 2, BOT + 23 * mm, "[Kartenskizze Hirschberg]")
    c.setFillColor(colors.black)
    # item 3
    x3 = M + 2 * (col + 5 * mm)
    y3 = m.title(x3, y, col, [P("Jugend: Nachtlager im Iglu", "h2"),
                              P("LUCA BENEDETTI", "byline")])
    m.flow(x3, y3, col, y3 - BOT - 44 * mm, 1, [
        P("Ein Iglu zu bauen dauert länger, als man denkt. Diese Erfahrung machten die elf Jugendlichen, "
          "die im Februar mit uns auf die Hochalm bei Kargenstein zogen. Drei Stunden Sägen, Schichten "
          "und Glätten später standen zwei Kuppeln, in denen je sechs Personen Platz fanden."),
        P("Die Nacht war ruhiger als gedacht. Bei minus zwölf Grad draußen blieb es im Inneren knapp über "
          "null, und wer seinen Schlafsack richtig geschlossen hatte, schlief wie ein Murmeltier. Am Morgen "
          "gab es Kakao vom Kocher und eine Schneeballschlacht, die erst endete, als die Sonne über dem "
          "Grat stand."),
        P("Wir danken der Familie Obermaier für die Erlaubnis, auf ihrer Alm zu übernachten. Die nächste "
          "Fahrt der Jugend führt im Mai in den Frankenjura, Anmeldung über die Jugendleitung."),
        Spacer(1, 4),
        P("Foto: Luca Benedetti", "cap"),
    ], name="jug")
    c.setFillColor(GREY)
    c.rect(x3, BOT, col, 40 * mm, stroke=0, fill=1)
    c.setFillColor(colors.black)

    # ------------------------------------------------------------ 7 Hüttenbericht
    m.page("Hüttenbericht")
    y = m.title(M, TOP, CW, [
        P("HÜTTENBERICHT", "kicker"),
        P("Das Kargensteinhaus im Winter 2025/26", "h1"),
        P("Neues Dach auf dem Winterraum, ein Abschied nach neunzehn Jahren und eine Wasserleitung, die "
          "es sich anders überlegt hat: ein Rückblick des Hüttenwarts.", "lead"),
    ])
    yp = m.photo(M, y, CW * 0.62, 60 * mm,
                 "Arbeitseinsatz im September: Das neue Blechdach auf dem Winterraum. Foto: Sepp Oberhuber")
    m.box(M + CW * 0.65, y, CW * 0.35, 60 * mm, [
        P("Kargensteinhaus, 1684 m", "boxh"),
        P("Bewirtschaftet von Mitte Mai bis Ende Oktober sowie an den Wochenenden im Winter.", "box"),
        P("42 Lager, 12 Betten, Winterraum mit 8 Plätzen (AV-Schlüssel).", "box"),
        P("Zustieg vom Parkplatz Talhof in etwa zwei Stunden.", "box"),
        P("Reservierung über das Online-System der Sektion.", "box"),
    ], name="hutbox")
    m.flow(M, yp, CW, yp - BOT, 3, [
        P("Die vergangene Saison war für das Kargensteinhaus eine der arbeitsreichsten, an die ich mich "
          "erinnern kann. Im Juni haben wir mit der Sanierung des Winterraums begonnen. Das alte Dach war "
          "an mehreren Stellen undicht, und im Frühjahr stand regelmäßig Wasser auf dem Boden. Bei vier "
          "Arbeitseinsätzen haben insgesamt 31 Helferinnen und Helfer die alten Schindeln abgetragen, die "
          "Unterkonstruktion erneuert und ein neues Blechdach aufgebracht. Der Hubschrauber musste "
          "dreimal fliegen."),
        P("Weniger erfreulich war der August. Nach einem Starkregen verlagerte sich der Bach oberhalb der "
          "Quelle, und für elf Tage kam kein Tropfen mehr in unserem Hochbehälter an. Wir mussten Wasser "
          "mit dem Materiallift hinaufbringen und die Duschen schließen. Die Gäste haben das mit "
          "bewundernswerter Gelassenheit ertragen. Inzwischen ist eine neue Fassung gebaut, die hoffentlich "
          "auch den nächsten Gewittern standhält."),
        P("Mit 5 840 Übernachtungen lag die Saison knapp über dem Vorjahr. Besonders gefragt waren die "
          "Wochenenden im September, als die Hütte teilweise doppelt belegt war. Dass es trotzdem kaum "
          "Beschwerden gab, ist vor allem Anni und Korbinian Zehetmair zu verdanken, die im Oktober ihre "
          "letzte Saison beendet haben."),
        P("Neunzehn Jahre lang haben die beiden das Haus geführt. Sie haben in dieser Zeit zwei "
          "Küchenumbauten, einen Blitzeinschlag und unzählige Gewitternächte mit vollem Lager erlebt. Beim "
          "Abschiedsfest im Oktober sagte Korbinian: „Das Haus hat uns mehr gegeben, als wir ihm geben "
          "konnten.“ Ich glaube, viele Gäste sehen das umgekehrt."),
        P("Für die kommende Saison stehen eine neue Photovoltaikanlage und die Erneuerung der Kläranlage "
          "an. Beides ist mit Zuschüssen des Bundesverbands geplant. Wer bei den Arbeitseinsätzen helfen "
          "will, findet die Termine auf Seite 11. Für Verpflegung und gute Laune ist gesorgt."),
        P("Sepp Oberhuber, Hüttenwart", "signoff"),
    ], name="hut")

    # ------------------------------------------------------------ 8 Interview (1/2)
    m.page("Interview")
    y = m.title(M, TOP, CW, [
        P("IM GESPRÄCH", "kicker"),
        P("„Eine Hütte ist kein Hotel, aber ein Zuhause“", "h1"),
        P("Seit Januar führen Mairéad O’Sullivan und Cem Yıldırım das Kargensteinhaus. Sie kommt aus "
          "Galway, er aus Bad Reichenhall, kennengelernt haben sie sich auf einer Hütte in Südtirol. Ein "
          "Gespräch über Knödel, Quellwasser und die Frage, warum man sich so etwas antut.", "lead"),
        P("Das Gespräch führte Katrin Mühlbauer.", "byline"),
    ])
    yp = m.photo(M, y, CW * 0.42, 72 * mm,
                 "Mairéad O’Sullivan und Cem Yıldırım vor dem Kargensteinhaus. Foto: Katrin Mühlbauer")
    m.flow(M, yp, CW * 0.42, yp - BOT, 1, [
        P("Zur Person", "boxh"),
        P("<b>Mairéad O’Sullivan</b>, 38, ist gelernte Köchin und hat zuletzt sechs Jahre auf einer "
          "Schutzhütte in den Dolomiten gearbeitet. <b>Cem Yıldırım</b>, 41, ist Bergführer und war "
          "Hüttenwirt im Berchtesgadener Land. Die beiden haben eine Tochter.", "box"),
    ], name="person")
    m.flow(M + CW * 0.46, y, CW * 0.54, y - BOT, 1, [
        P("KM: Frau O’Sullivan, Herr Yıldırım, Sie sind seit sechs Wochen am Kargensteinhaus. Wie war "
          "der Anfang?", "qa_q"),
        P("MO: Kalt! Wir sind am zweiten Januar hinaufgegangen, und im Haus hatte es drei Grad. Bis der "
          "Ofen richtig zog, hat es zwei Tage gedauert. Aber ehrlich gesagt war das ein schöner Anfang. "
          "Man lernt ein Haus am besten kennen, wenn man es aufwärmen muss.", "qa_a"),
        P("CY: Und man lernt, wo die Fenster nicht dicht sind.", "qa_a"),
        P("KM: Wie kommt man von Galway ins Berchtesgadener Land?", "qa_q"),
        P("MO: Über Umwege. Ich habe in Dublin Köchin gelernt und wollte danach ein Jahr reisen. Aus dem "
          "Jahr wurden zwölf. In Südtirol habe ich eine Saison auf einer Hütte gearbeitet, nur als "
          "Aushilfe, und bin hängen geblieben. Dort habe ich Cem kennengelernt. Er kam als Bergführer mit "
          "einer Gruppe und hat sich über meine Knödel beschwert.", "qa_a"),
        P("CY: Das stimmt so nicht. Ich habe gesagt, sie seien zu klein.", "qa_a"),
        P("KM: Was haben Sie mit dem Kargensteinhaus vor?", "qa_q"),
        P("CY: Zuerst einmal nichts Großes. Anni und Korbinian haben hier neunzehn Jahre lang eine "
          "wunderbare Arbeit gemacht. Die Stammgäste sollen sich weiter wohlfühlen. Wir wollen aber die "
          "Küche stärker auf Produkte aus dem Tal ausrichten. Wir haben schon mit zwei Bauern aus "
          "Kargenstein gesprochen, die uns Milch, Käse und Fleisch liefern können.", "qa_a"),
        P("MO: Und es wird einmal in der Woche einen irischen Abend geben. Mit Brown Bread und Stew. "
          "Das lasse ich mir nicht nehmen.", "qa_a"),
        P("KM: Viele Hüttenwirte klagen über Gäste, die ein Hotel erwarten. Erleben Sie das auch?", "qa_q"),
        P("CY: Manchmal. Es gibt Leute, die fragen nach dem WLAN-Passwort, bevor sie die Schuhe "
          "ausgezogen haben. Aber das sind wenige. Die meisten verstehen, dass eine Hütte anders "
          "funktioniert. Das Wasser ist knapp, der Strom kommt von der Sonne, und um zehn ist Hüttenruhe.", "qa_a"),
    ], name="int1")

    # ------------------------------------------------------------ 9 Interview (2/2)
    m.page("Interview")
    yq = m.photo(M + CW * 0.56, TOP, CW * 0.44, 64 * mm,
                 "Holz für den Winterraum: Cem Yıldırım beim Hacken. Foto: Katrin Mühlbauer")
    m.flow(M + CW * 0.56, yq - 2 * mm, CW * 0.44, 50 * mm, 1, [
        P("„Danach wusste ich, wie schwer zwanzig Kilo Mehl sind.“", "pull"),
        P("Cem Yıldırım, Hüttenwirt", "pullwho"),
    ], name="pull2")
    m.flow(M, TOP, CW * 0.52, TOP - BOT - 62 * mm, 1, [
        P("MO: Ich sage den Leuten immer: Eine Hütte ist kein Hotel, aber ein Zuhause. Man zieht die "
          "Hausschuhe an, man hilft beim Abräumen, man redet mit dem Nachbarn am Tisch. Wer das nicht "
          "will, ist im Tal besser aufgehoben.", "qa_a"),
        P("KM: Was war bisher der schönste Moment?", "qa_q"),
        P("CY: Vor zwei Wochen kam spätabends eine Gruppe Schneeschuhgeher an, völlig durchgefroren, "
          "weil sie sich im Nebel verlaufen hatten. Wir haben Suppe gekocht, die Lager geheizt, und am "
          "nächsten Morgen sind sie bei strahlender Sonne weitergezogen. Einer hat ins Hüttenbuch "
          "geschrieben, wir hätten ihnen den Winter gerettet. So etwas vergisst man nicht.", "qa_a"),
        P("KM: Und der schwierigste?", "qa_q"),
        P("MO: Als die Materialseilbahn am dritten Tag stehen geblieben ist. Wir hatten noch Mehl für "
          "zwei Tage und eine Gruppe von zwanzig Leuten angemeldet. Cem ist dann zweimal mit dem "
          "Rucksack ins Tal gelaufen.", "qa_a"),
        P("CY: Danach wusste ich, wie schwer zwanzig Kilo Mehl sind.", "qa_a"),
        P("KM: Was wünschen Sie sich von der Sektion?", "qa_q"),
        P("MO: Dass die Mitglieder vorbeikommen! Wir freuen uns über jeden, der einfach mal auf einen "
          "Kaffee heraufsteigt. Und über Leute, die beim Arbeitseinsatz im Juni helfen.", "qa_a"),
        P("CY: Und Geduld mit uns, wenn im ersten Sommer noch nicht alles so läuft wie bei Anni und "
          "Korbinian.", "qa_a"),
        P("KM: Vielen Dank für das Gespräch, und einen guten ersten Sommer!", "qa_q"),
    ], name="int2")
    c.setFillColor(LIGHT)
    c.rect(M, BOT, CW, 56 * mm, stroke=0, fill=1)
    c.setFillColor(colors.black)
    m.flow(M + 5 * mm, BOT + 52 * mm, CW * 0.55, 48 * mm, 1, [
        P("Das Rezept: Kaspressknödel nach Art des Hauses", "boxh"),
        P("Für 4 Personen 250 g Knödelbrot mit 200 ml warmer Milch übergießen, 2 Eier, 150 g würzigen "
          "Bergkäse, eine fein gehackte Zwiebel und Schnittlauch untermengen. Flache Laibchen formen und "
          "in Butterschmalz goldbraun braten. In kräftiger Rindsuppe servieren.", "box"),
        P("Mairéads Tipp: einen Löffel Senf in die Masse geben. Das mache man in Irland so, sagt sie, "
          "auch wenn niemand in Irland Kaspressknödel kennt.", "box"),
    ], name="rezept")
    m.photo(M + CW * 0.62, BOT + 52 * mm, CW * 0.35, 38 * mm,
            "Kaspressknödel in der Suppe. Foto: Katrin Mühlbauer")

    # ------------------------------------------------------------ 10 Jubilare
    m.page("Jubilare")
    y = m.title(M, TOP, CW, [
        P("EHRUNGEN", "kicker"),
        P("Jubilare 2026", "h1"),
        P("Bei der Mitgliederversammlung am 24. April ehren wir unsere langjährigen Mitglieder. Wir "
          "danken allen Jubilarinnen und Jubilaren für ihre Treue.", "lead"),
    ])
    jub = [
        ("70 Jahre Mitgliedschaft", ["Franziska Aigner", "Ludwig Hartl"]),
        ("60 Jahre Mitgliedschaft", ["Hildegard Moosbrugger", "Erwin Stadler", "Walter Pröll"]),
        ("50 Jahre Mitgliedschaft", ["Renate Kößler", "Giuseppe Ferraro", "Dr. Ulrich Brandstätter",
                                     "Marianne Huber-Lenz"]),
        ("40 Jahre Mitgliedschaft", ["Klaus-Dieter Wimmer", "Agnieszka Zielińska", "Thomas Egger",
                                     "Birgit Schöllhorn", "Patrick Doyle"]),
        ("25 Jahre Mitgliedschaft", ["Stefanie Grill", "Hannes Rieder", "Yuki Tanaka-Berger",
                                     "Oliver Kastner", "Sabine Moser", "Ahmet Demir"]),
    ]
    items = []
    for head, names in jub:
        items.append(P(head, "boxh"))
        for n in names:
            items.append(P(n, "box"))
        items.append(Spacer(1, 5))
    m.box(M, y, CW * 0.36, y - BOT, items, name="jub")
    xr = M + CW * 0.4
    wr = CW * 0.6
    yp = m.photo(xr, y, wr, 52 * mm,
                 "Franziska Aigner (Mitte) beim Sektionsausflug 1961 auf der Kampenwand. Foto: Archiv der Sektion")
    m.flow(xr, yp, wr, yp - BOT, 2, [
        P("Siebzig Jahre am Seil", "h2"),
        P("Als Franziska Aigner 1956 in die Sektion eintrat, gab es in Kargenstein weder eine "
          "Kletterhalle noch einen Skilift. Die Tourenberichte wurden mit der Schreibmaschine getippt, und "
          "die Sektionsfahrten führten mit dem Bus ins Karwendel. Sie war damals siebzehn und die einzige "
          "Frau in der Jungmannschaft."),
        P("„Die Männer haben anfangs gedacht, ich halte keinen Tag durch“, erinnert sie sich. Sie hielt "
          "durch, sechzig Jahre lang als aktive Bergsteigerin. In den siebziger Jahren leitete sie die "
          "Frauengruppe, später war sie zwölf Jahre lang Schriftführerin des Vorstands. Noch heute "
          "kommt sie zu jedem Vortragsabend."),
        P("Ludwig Hartl, der zweite Siebzigjährige, war über Jahrzehnte der gute Geist der alten "
          "Sektionshütte am Rauhen Kopf. Die Hütte wurde 1998 aufgegeben. Ihm zu Ehren trägt der Weg von "
          "der Talstation zum Kargensteinhaus seit 2011 den Namen „Hartl-Steig“."),
        P("Die Ehrung findet im Rahmen der Mitgliederversammlung statt. Wer verhindert ist, erhält "
          "Urkunde und Nadel per Post."),
        P("Der Vorstand", "signoff"),
    ], name="jubtext")

    # ------------------------------------------------------------ 11 Leserbriefe + Termine
    m.page("Leserbriefe · Termine")
    half = (CW - 8 * mm) / 2
    y = m.title(M, TOP, half, [P("Leserbriefe", "h1")])
    m.flow(M, y, half, y - BOT, 1, [
        P("Zum Beitrag „Wohin mit den Autos?“ in Heft 2/2025", "h3"),
        P("Mit großem Interesse habe ich den Beitrag über die Parksituation am Talhof gelesen. Ich "
          "fahre seit Jahren mit dem Bus zum Ausgangspunkt und kann nur jedem empfehlen, es auch einmal "
          "zu versuchen. Allerdings fährt der letzte Bus am Sonntag schon um 17.10 Uhr zurück. Hier "
          "sollte die Sektion beim Landkreis nachhaken."),
        P("Ingrid Pfeffer, Rosenheim", "signoff"),
        P("Zum Nachruf auf Reinhold Sailer", "h3"),
        P("Vielen Dank für die warmen Worte über Reinhold. Ich war mit ihm 1987 am Piz Badile, und ich "
          "erinnere mich, wie er am Standplatz sagte: „Wer umdreht, kommt wieder.“ Diesen Satz habe ich "
          "seitdem an viele junge Bergsteiger weitergegeben."),
        P("Dr. Henrik Lindqvist, per E-Mail", "signoff"),
        P("Zur Kletterhallen-Erweiterung", "h3"),
        P("Ich halte einen Boulderbereich für dringend nötig. Am Dienstagabend stehen die Leute in der "
          "Halle Schlange. Aber bitte denkt auch an einen ruhigen Bereich für Kinder und Anfänger."),
        P("Nadia Haddad, Mitglied der Klettergruppe", "signoff"),
        Spacer(1, 4),
        P("<i>Leserbriefe geben die Meinung der Verfasser wieder. Die Redaktion behält sich Kürzungen "
          "vor.</i>", "small"),
    ], name="briefe")
    xr = M + half + 8 * mm
    y = m.title(xr, TOP, half, [P("Termine", "h1")])
    term = [
        ("Do 2. April", "Hochtourengruppe: Planungsabend, Geschäftsstelle, 19.30 Uhr"),
        ("Fr 24. April", "Mitgliederversammlung mit Ehrungen, Gasthaus „Zur Post“, 19 Uhr"),
        ("Sa 9. Mai", "Wegebau am Hirschsattel, Treffpunkt Talhof, 8 Uhr"),
        ("Sa 16. Mai", "Saisoneröffnung am Kargensteinhaus"),
        ("22.–25. Mai", "Jugendfahrt in den Frankenjura"),
        ("Sa 13. Juni", "Arbeitseinsatz am Kargensteinhaus (Kläranlage)"),
        ("Sa 27. Juni", "Arbeitseinsatz am Kargensteinhaus (Photovoltaik)"),
        ("Mi 8. Juli", "Vortrag „Grönland quer“ von Jesper Nørgaard, Pfarrsaal, 19.30 Uhr"),
        ("Sa 18. Juli", "Familienwanderung zum Schwarzsee"),
        ("jeden 2. Di", "Seniorengruppe, Treffpunkt Bahnhof, 8 Uhr"),
    ]
    data = [[P("<b>%s</b>" % a, "small"), P(b, "small")] for a, b in term]
    t = Table(data, colWidths=[22 * mm, half - 22 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, GREY),
                           ("LEFTPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    tw, th = t.wrap(half, 200 * mm)
    t.drawOn(c, xr, y - th)
    yb = y - th - 8 * mm
    m.box(xr, yb, half, yb - BOT, [
        P("Geschäftsstelle", "boxh"),
        P("Bahnhofstraße 14, 83999 Kargenstein", "box"),
        P("Öffnungszeiten: Di 16–19 Uhr, Do 10–12 Uhr", "box"),
        P("Telefon 08999 / 41 27 60", "box"),
        P("Anmeldungen zu allen Touren bitte über die Geschäftsstelle oder das Online-Programm.", "box"),
        Spacer(1, 4),
        P("Redaktionsschluss für Heft 2/2026: 15. Juni 2026", "boxh"),
    ], name="gs")

    # ------------------------------------------------------------ 12 Impressum
    m.page("Impressum")
    y = m.title(M, TOP, CW, [P("Impressum", "h1")])
    half = (CW - 10 * mm) / 2
    imp_l = [
        P("Herausgeber", "h3"),
        P("Sektion Kargenstein des Deutschen Alpenvereins e.V.<br/>Bahnhofstraße 14<br/>83999 Kargenstein", "box"),
        P("Vereinsregister Amtsgericht Traunstein VR 1187", "box"),
        P("Chefredaktion", "h3"),
        P("Katrin Mühlbauer", "box"),
        P("Redaktion", "h3"),
        P("Jonas Wiesinger<br/>Priya Raghunathan<br/>Florian Achleitner", "box"),
        P("V.i.S.d.P.", "h3"),
        P("Brigitte Hallermann, 1. Vorsitzende (Anschrift wie oben)", "box"),
        P("Anzeigen", "h3"),
        P("Geschäftsstelle der Sektion", "box"),
        P("Druck", "h3"),
        P("Druckerei Wallner GmbH, Traunstein, auf Recyclingpapier", "box"),
        P("Auflage", "h3"),
        P("4 300 Exemplare, erscheint zweimal jährlich", "box"),
    ]
    imp_r = [
        P("Bildnachweis", "h3"),
        P("Titel: Aylin Kaya", "box"),
        P("Seite 2: Rainer Vogelsang", "box"),
        P("Seiten 3–5: Aylin Kaya, Jonas Wiesinger", "box"),
        P("Seite 6: Tomasz Wróbel, Luca Benedetti; Karte: Anneliese Brandl", "box"),
        P("Seite 7: Sepp Oberhuber", "box"),
        P("Seiten 8–9: Katrin Mühlbauer", "box"),
        P("Seite 10: Archiv der Sektion", "box"),
        P("Gestaltung", "h3"),
        P("Atelier Steinbock, Kargenstein", "box"),
        Spacer(1, 8),
        P("Namentlich gekennzeichnete Beiträge geben nicht unbedingt die Meinung der Redaktion oder des "
          "Vorstands wieder. Für unverlangt eingesandte Manuskripte und Fotos übernehmen wir keine "
          "Haftung. Der Bezugspreis ist im Mitgliedsbeitrag enthalten.", "small"),
        Spacer(1, 6),
        P("Beiträge und Fotos für das nächste Heft bitte an gipfelbuch@kargenstein-alpenverein.example", "small"),
    ]
    m.flow(M, y, half, y - BOT, 1, imp_l, name="impl")
    m.flow(M + half + 10 * mm, y, half, y - BOT, 1, imp_r, name="impr")

    m.save()


if __name__ == "__main__":
    build()
    print("wrote", OUT)
