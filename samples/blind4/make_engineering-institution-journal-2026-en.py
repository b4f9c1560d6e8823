# -*- coding: utf-8 -*-
"""Generator for the blind test magazine 'engineering-institution-journal-2026-en'.

Fictional members' journal "Keystone" of the fictional Society of Infrastructure Engineers.
All people, organisations, projects and texts are invented. Deterministic: no randomness, no clock.
Run with /work/writer-venv/bin/python make_engineering-institution-journal-2026-en.py
"""
import os

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.fonts import addMapping
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable, Frame, Paragraph, Spacer, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "engineering-institution-journal-2026-en.pdf")
FONTDIR = "/usr/share/fonts/truetype/dejavu/"

# ---------------------------------------------------------------- fonts
for name, fn in [
    ("Sans", "DejaVuSans.ttf"), ("Sans-B", "DejaVuSans-Bold.ttf"),
    ("Sans-I", "DejaVuSans-Oblique.ttf"), ("Sans-BI", "DejaVuSans-BoldOblique.ttf"),
    ("Serif", "DejaVuSerif.ttf"), ("Serif-B", "DejaVuSerif-Bold.ttf"),
    ("Serif-I", "DejaVuSerif-Italic.ttf"), ("Serif-BI", "DejaVuSerif-BoldItalic.ttf"),
    ("Cond", "DejaVuSansCondensed.ttf"), ("Cond-B", "DejaVuSansCondensed-Bold.ttf"),
    ("Cond-I", "DejaVuSansCondensed-Oblique.ttf"),
    ("Cond-BI", "DejaVuSansCondensed-BoldOblique.ttf"),
]:
    pdfmetrics.registerFont(TTFont(name, FONTDIR + fn))
for fam in ("Sans", "Serif", "Cond"):
    addMapping(fam, 0, 0, fam)
    addMapping(fam, 1, 0, fam + "-B")
    addMapping(fam, 0, 1, fam + "-I")
    addMapping(fam, 1, 1, fam + "-BI")

# ---------------------------------------------------------------- colours and geometry
NAVY = HexColor("#14284b")
STEEL = HexColor("#3c6e91")
YELLOW = HexColor("#f2b705")
PALE = HexColor("#e8eef3")
GREY = HexColor("#b4b8bd")
DARK = HexColor("#1d1d1f")
MID = HexColor("#5a5f66")

W, H = A4
ML, MR = 40, 40
TOP = H - 64
BOT = 56


# ---------------------------------------------------------------- styles
def S(name, **kw):
    base = dict(fontName="Serif", fontSize=9.3, leading=12.8, textColor=DARK,
                alignment=TA_LEFT, spaceAfter=5)
    base.update(kw)
    return ParagraphStyle(name, **base)


BODY = S("body")
BODYI = S("bodyi", fontName="Serif-I")
CROSS = S("cross", fontName="Cond-B", fontSize=9.4, leading=12, textColor=STEEL,
          spaceBefore=5, spaceAfter=3)
STAND = S("stand", fontName="Cond-B", fontSize=11.5, leading=15, textColor=NAVY, spaceAfter=8)
AUTH = S("auth", fontName="Cond", fontSize=8.6, leading=11.4, textColor=MID, spaceAfter=1)
KICK = S("kick", fontName="Cond-B", fontSize=8.5, leading=10.5, textColor=STEEL, spaceAfter=3)
HBIG = S("hbig", fontName="Cond-B", fontSize=27, leading=30, textColor=NAVY, spaceAfter=8)
HMED = S("hmed", fontName="Cond-B", fontSize=18, leading=21, textColor=NAVY, spaceAfter=6)
HSMALL = S("hsmall", fontName="Cond-B", fontSize=11, leading=13.5, textColor=NAVY,
           spaceAfter=3, spaceBefore=2)
HTINY = S("htiny", fontName="Cond-B", fontSize=9.6, leading=12, textColor=NAVY,
          spaceAfter=2, spaceBefore=1)
CAP = S("cap", fontName="Cond", fontSize=7.3, leading=9.3, textColor=MID, spaceBefore=2,
        spaceAfter=8)
SIGNR = S("signr", fontName="Serif-I", fontSize=8.6, alignment=TA_RIGHT, spaceAfter=9)
SIGN = S("sign", fontName="Cond-B", fontSize=9, leading=11.5, spaceAfter=1)
SIGN2 = S("sign2", fontName="Cond", fontSize=9, leading=11.5, spaceAfter=1)
PULL = S("pull", fontName="Cond-B", fontSize=15, leading=19, textColor=NAVY, spaceAfter=4)
PULLWHO = S("pullwho", fontName="Cond", fontSize=8.3, leading=10.5, textColor=STEEL,
            spaceAfter=0)
BOXT = S("boxt", fontName="Cond", fontSize=8.3, leading=10.8, spaceAfter=3)
BOXH = S("boxh", fontName="Cond-B", fontSize=9.8, leading=12, textColor=NAVY, spaceAfter=4)
CONT = S("cont", fontName="Cond-B", fontSize=8.5, leading=11, textColor=STEEL,
         alignment=TA_RIGHT, spaceBefore=4)
CONTFROM = S("contfrom", fontName="Cond-I", fontSize=8.5, leading=11, textColor=STEEL,
             spaceAfter=2)
QA = S("qa", spaceAfter=6)
TOCS = S("tocs", fontName="Cond", fontSize=9, leading=11.6, spaceAfter=7)
MASTR = S("mastr", fontName="Cond", fontSize=7.8, leading=10, textColor=STEEL, spaceAfter=0)
MASTN = S("mastn", fontName="Cond-B", fontSize=9.4, leading=12, spaceAfter=7)
SMALL = S("small", fontName="Cond", fontSize=7.8, leading=10.2, textColor=MID, spaceAfter=4)
REF = S("ref", fontName="Cond", fontSize=7.6, leading=9.8, spaceAfter=2)


def P(text, style=BODY):
    return Paragraph(text, style)


def paras(block, style=BODY):
    return [P(t.strip(), style) for t in block.strip().split("\n\n")]


# ---------------------------------------------------------------- flowables
class Photo(Flowable):
    """Grey placeholder for a photograph or drawing."""

    def __init__(self, height, width=None, tone=0, drawing=False):
        Flowable.__init__(self)
        self.h = height
        self.w0 = width
        self.tone = tone
        self.drawing = drawing

    def wrap(self, aw, ah):
        self.w = self.w0 if self.w0 else aw
        return self.w, self.h

    def draw(self):
        c = self.canv
        b = 0.72 + 0.05 * (self.tone % 3)
        c.setFillColor(Color(b, b + 0.01, b + 0.03))
        c.rect(0, 0, self.w, self.h, fill=1, stroke=0)
        if self.drawing:
            c.setStrokeColor(Color(0.35, 0.38, 0.42))
            c.setLineWidth(0.8)
            n = 5
            for i in range(n):
                x0 = self.w * (0.08 + i * 0.84 / n)
                x1 = x0 + self.w * 0.84 / n
                c.arc(x0, self.h * 0.2, x1, self.h * 0.75, 0, 180)
            c.line(self.w * 0.05, self.h * 0.6, self.w * 0.95, self.h * 0.6)
            return
        c.setFillColor(Color(b - 0.14, b - 0.13, b - 0.11))
        p = c.beginPath()
        p.moveTo(0, 0)
        p.lineTo(0, self.h * 0.35)
        p.lineTo(self.w * 0.3, self.h * 0.55)
        p.lineTo(self.w * 0.3, self.h * 0.3)
        p.lineTo(self.w * 0.62, self.h * 0.7)
        p.lineTo(self.w * 0.62, self.h * 0.4)
        p.lineTo(self.w, self.h * 0.5)
        p.lineTo(self.w, 0)
        p.close()
        c.drawPath(p, fill=1, stroke=0)


class Rule(Flowable):
    def __init__(self, color=NAVY, thick=1.0, space=4):
        Flowable.__init__(self)
        self.color, self.thick, self.space = color, thick, space

    def wrap(self, aw, ah):
        self.w = aw
        return aw, self.thick + 2 * self.space

    def draw(self):
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(self.thick)
        self.canv.line(0, self.space, self.w, self.space)


def box(flows, width, bg=PALE, pad=8):
    t = Table([[flows]], colWidths=[width])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ("LINEABOVE", (0, 0), (-1, 0), 2, NAVY),
    ]))
    return t


def pull(text, who, width):
    t = Table([[[P(text, PULL)] + [P(w, PULLWHO) for w in who]]], colWidths=[width])
    t.setStyle(TableStyle([
        ("LINEBEFORE", (0, 0), (0, -1), 3, YELLOW),
        ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return t


def frames(n, x0=ML, x1=W - MR, top=TOP, bot=BOT, gap=13):
    w = (x1 - x0 - (n - 1) * gap) / n
    return [Frame(x0 + i * (w + gap), bot, w, top - bot, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, showBoundary=0) for i in range(n)]


def colw(n, x0=ML, x1=W - MR, gap=13):
    return (x1 - x0 - (n - 1) * gap) / n


def colx(i, n=3, gap=13):
    return ML + i * (colw(n, gap=gap) + gap)


def cols_tops(tops, bot=BOT, gap=13):
    n = len(tops)
    w = colw(n, gap=gap)
    return [Frame(colx(i, n, gap), bot, w, tops[i] - bot, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0) for i in range(n)]


def span_fig(c, i0, i1, top, h, cap, tone=0, drawing=False, capw_h=30, page=0):
    """Figure spanning columns i0..i1 (of 3), caption beneath; returns new column top."""
    x = colx(i0)
    w = colx(i1) + colw(3) - x
    ph = Photo(h, w, tone=tone, drawing=drawing)
    ph.wrapOn(c, w, h)
    ph.drawOn(c, x, top - h)
    f = Frame(x, top - h - capw_h, w, capw_h, leftPadding=0, rightPadding=0, topPadding=0,
              bottomPadding=0)
    fill(c, [f], [P(cap, CAP)], page)
    return top - h - capw_h - 4


def one(x, y, w, h):
    return Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)


def fill(c, frs, story, page):
    """Place story into the frames in order (splitting paragraphs); abort on overflow."""
    story = list(story)
    for f in frs:
        while story:
            head = story[0]
            if f.add(head, c, trySplit=0):
                del story[0]
                continue
            parts = f.split(head, c)
            if len(parts) >= 2 and f.add(parts[0], c, trySplit=0):
                story[0:1] = parts[1:]
            break
        if not story:
            break
    if os.environ.get("FILLDEBUG"):
        print("page %d: free heights %s" % (page, [round(f._y - f._y1) for f in frs]))
    if story:
        head = story[0]
        raise SystemExit("overflow on page %d: %d flowables left (%s %s)" % (
            page, len(story), type(head).__name__,
            str(getattr(head, "getPlainText", lambda: "")())[:70]))


def chrome(c, page, rubric=None):
    """Header rule with optional running head, footer with folio."""
    c.setStrokeColor(NAVY)
    c.setLineWidth(2)
    c.line(ML, H - 40, W - MR, H - 40)
    if rubric:
        c.setFillColor(NAVY)
        c.setFont("Cond-B", 8.5)
        if page % 2 == 0:
            c.drawString(ML, H - 34, rubric)
        else:
            c.drawRightString(W - MR, H - 34, rubric)
    c.setFillColor(YELLOW)
    c.rect(ML if page % 2 == 0 else W - MR - 26, 26, 26, 16, fill=1, stroke=0)
    c.setFillColor(NAVY)
    c.setFont("Cond-B", 9.5)
    if page % 2 == 0:
        c.drawCentredString(ML + 13, 30.5, str(page))
        c.setFont("Cond", 7.6)
        c.setFillColor(MID)
        c.drawString(ML + 34, 30.5, "KEYSTONE  |  March 2026")
    else:
        c.drawCentredString(W - MR - 13, 30.5, str(page))
        c.setFont("Cond", 7.6)
        c.setFillColor(MID)
        c.drawRightString(W - MR - 34, 30.5, "www.sie-keystone.org.uk")


# ================================================================ PAGES
def page1(c):
    c.setFillColor(NAVY)
    c.rect(0, H - 150, W, 150, fill=1, stroke=0)
    c.setFillColor(white)
    c.setFont("Cond-B", 62)
    c.drawString(ML, H - 88, "KEYSTONE")
    c.setFillColor(YELLOW)
    c.setFont("Cond", 11)
    c.drawString(ML + 2, H - 110, "The journal of the Society of Infrastructure Engineers")
    c.setFillColor(white)
    c.setFont("Cond-B", 10)
    c.drawRightString(W - MR, H - 110, "March 2026  ·  Volume 52  ·  Number 2")
    ph = Photo(470, W, tone=1)
    ph.wrapOn(c, W, 470)
    ph.drawOn(c, 0, H - 150 - 470)
    c.saveState()
    c.setFillColor(white)
    c.setFont("Cond", 6.5)
    c.drawRightString(W - 8, H - 150 - 466, "Cover photograph: Callum Fraser")
    c.restoreState()
    c.setFillColor(YELLOW)
    c.rect(ML, H - 150 - 470 + 30, 300, 110, fill=1, stroke=0)
    f = one(ML + 12, H - 150 - 470 + 36, 280, 98)
    fill(c, [f], [
        P("Building tall in timber", S("ct", fontName="Cond-B", fontSize=26, leading=29,
                                       textColor=NAVY)),
        P("What an eight-storey office on Halden Wharf taught its engineers about fire, "
          "moisture and speed", S("cs", fontName="Cond", fontSize=11, leading=14,
                                  textColor=NAVY)),
    ], 1)
    fr = frames(3, top=H - 150 - 470 - 14, bot=40, gap=18)
    st = S("cl", fontName="Cond", fontSize=9.5, leading=12.5, textColor=NAVY)
    fill(c, fr, [
        P("<b>Case study</b><br/>Askerdale Viaduct: a Victorian structure rebuilt while the "
          "trains kept running", st),
        P("<b>Profile</b><br/>Graduate engineer Riya Kulkarni on flood models, first jobs "
          "and finding a mentor", st),
        P("<b>Letters</b><br/>Carbon, competence and the cost of CPD: members have their "
          "say", st),
    ], 1)


def page2(c):
    chrome(c, 2, "CONTENTS  ·  PRESIDENT'S MESSAGE")
    lw = 160
    left = one(ML, BOT, lw, TOP - BOT)
    fill(c, [left], [
        P("In this issue", HMED), Rule(YELLOW, 2.5, 3), Spacer(1, 4),
        P("<b>3  News in brief</b><br/>Eurocode dates, a storm tunnel for Norbridge, the "
          "Gold Medal and an obituary", TOCS),
        P("<b>4  Building tall in timber</b><br/>Annika Lundqvist and Tom Fairbairn on the "
          "Halden Wharf offices", TOCS),
        P("<b>7  Case study: Askerdale Viaduct</b><br/>Niamh Brennan and Piotr Kowalczyk "
          "on rebuilding fourteen arches under traffic", TOCS),
        P("<b>9  Profile</b><br/>Riya Kulkarni, graduate hydraulic modeller", TOCS),
        P("<b>11  Technical note</b><br/>Twenty years of chloride data from marine piles", TOCS),
        P("<b>12  Letters</b>", TOCS),
        P("<b>13  Diary and masthead</b>", TOCS),
        Spacer(1, 10),
        Photo(190, tone=2, drawing=True),
        P("Askerdale Viaduct, elevation of arches 5 to 9 (see page 7).", CAP),
    ], 2)
    c.setStrokeColor(GREY)
    c.setLineWidth(0.5)
    c.line(ML + lw + 12, BOT, ML + lw + 12, TOP)
    x0 = ML + lw + 24
    hf = one(x0, TOP - 92, W - MR - x0, 92)
    fill(c, [hf], [
        P("PRESIDENT'S MESSAGE", KICK),
        P("A profession that builds its own future", HBIG),
    ], 2)
    fr = frames(2, x0=x0, top=TOP - 96)
    fill(c, fr, [
        Photo(140, tone=0),
        P("Rajesh Venkataraman at the Society's headquarters. Photograph: Tom Ellery", CAP),
    ] + paras("""
Last month I spent a morning with forty apprentices at a training centre outside Wolverhampton. They had spent the week setting out foundations in a muddy yard, and they were tired, cold and entirely delighted with themselves. When I asked what had brought them into the industry, the answers ranged from a grandfather who drove cranes to a television programme about tunnels. None of them mentioned salary, and all of them asked how long it would take to become chartered.

That question deserves a better answer than we currently give. Our own figures show that the average time from graduation to chartership has crept up to seven years. Part of that is healthy: we ask a great deal of candidates, and rightly so. Part of it is not. Too many early-career engineers tell us they struggle to find a supervising engineer, or that their employer treats professional development as something to be fitted around the real work.

The Society's report “Routes to Chartership 2025” sets out twelve recommendations, and Council has accepted all of them. Margaret Oduya, who chaired the review panel, put it plainly when she presented the findings: “We are losing good people not because the standard is too high, but because the path to it is too foggy.” I could not agree more. Over the coming year we will publish clearer guidance for supervisors, extend the mentoring scheme to every region and make professional reviews quicker to book.

You will find plenty in this issue to be proud of. The Halden Wharf offices show how far timber engineering has come in a decade; the Askerdale Viaduct project is a masterclass in keeping a railway open while rebuilding it beneath the trains. And our profile of Riya Kulkarni is a reminder that the next generation is already doing remarkable work.

Please keep writing to us. The letters page has rarely been busier, and the debate about embodied carbon that began in January shows no sign of cooling. That is exactly as it should be in a learned society.

Finally, my thanks to the 2,300 members who volunteer for the Society each year as branch officers, reviewers, mentors and school ambassadors. Their work rarely makes these pages, but without it there would be no Society worth belonging to.
""") + [
        Spacer(1, 4),
        P("Rajesh Venkataraman FREng", SIGN),
        P("President", SIGN2),
    ], 2)


def page3(c):
    chrome(c, 3, "NEWS IN BRIEF")
    hf = one(ML, TOP - 40, W - ML - MR, 40)
    fill(c, [hf], [P("News in brief", HBIG)], 3)
    fr = frames(3, top=TOP - 46)
    cw = colw(3)
    story = [P("Second-generation Eurocodes: dates confirmed", HSMALL)] + paras("""
The national standards body has confirmed the timetable for withdrawing the current suite of structural Eurocodes. The new generation will be available for use from the end of this year, with the old parts withdrawn in March 2028. Members working on long-duration projects are advised to agree with clients now which edition forms the design basis.

The Society will run a series of webinars from April, beginning with the revised “Eurocode 7: Geotechnical design”, whose reorganisation into three parts has caused the most questions. “Nobody should wake up in 2028 and find that the ground has moved under their design basis,” said Professor Lars Eriksen, who chairs the Society's codes committee.
""") + [P("Helen Osei-Bonsu", SIGNR),
        Rule(GREY, 0.5, 3),
        P("Storm relief tunnel for Norbridge gets consent", HSMALL)] + paras("""
A 6.4 km storm relief tunnel beneath Norbridge has received development consent after a two-year examination. The 7.2 m diameter tunnel will intercept overflows from nineteen outfalls that currently spill untreated sewage into the river during heavy rain. Tunnelling is due to start in autumn 2027.

Project director Aisling Moran said: “For the first time in a century the river will be cleaner after a storm than the sewers that feed it.” Three boring machines will work from shafts in former industrial yards, with spoil taken away by barge.
""") + [P("— Mark Tierney", SIGNR),
        Rule(GREY, 0.5, 3),
        P("Guidance on digital twins for asset owners", HSMALL)] + paras("""
The Society has published “Digital twins for asset owners: a practical guide”, written by a working group of clients, consultants and software suppliers. The guide avoids grand promises and concentrates on data quality, ownership and the unglamorous question of who keeps a model up to date once a project team has gone home. It is free to members and can be downloaded from the knowledge hub.
""") + [P("Words by Daniel Okafor", SIGNR),
        Rule(GREY, 0.5, 3),
        P("Gold Medal for Hiroko Nakamura", HSMALL),
        Photo(90, tone=2),
        P("Hiroko Nakamura receives the Gold Medal. Photograph: Tom Ellery", CAP)] + paras("""
Professor Hiroko Nakamura has been awarded the Society's Gold Medal for three decades of work on seismic isolation of bridges and hospitals. Her bearing tests after the 1995 Kobe earthquake changed how engineers in several countries specify isolators for critical buildings.

Accepting the medal in London, she paid tribute to the laboratory technicians who ran her experiments. “Every graph in my papers was drawn by someone who came in at six in the morning to switch the rig on,” she said.
""") + [P("Ingrid Sørensen", SIGNR),
        Rule(GREY, 0.5, 3),
        P("Obituary: Desmond Reilly, 1938–2026", HSMALL)] + paras("""
Desmond Reilly, who died in January aged 87, designed more than forty road bridges in the west of Ireland and later led the Society's Irish branch. Generations of graduates remember his motto, “measure twice, pour once”, and his habit of visiting every site on the day of the first concrete pour. He is survived by his wife Maura and four children.
""") + [P("Contributed by Eamon Gallagher", SIGNR),
        Rule(GREY, 0.5, 3),
        P("Apprenticeship starts up by 14 per cent", HSMALL)] + paras("""
Civil engineering apprenticeship starts rose by 14 per cent last year, according to figures from the industry training board, with the largest increases at degree level. Employers in the water sector accounted for almost a third of new starts, driven by the investment programmes agreed for the current regulatory period.

“The growth is welcome, but we still lose too many apprentices in their second year,” said Nadia Haddad, the Society's director of education. She added that the Society would publish retention data by region for the first time this summer.
""") + [P("Report by Yusuf Demir", SIGNR),
        Rule(GREY, 0.5, 3),
        P("Scottish branch marks its centenary", HSMALL)] + paras("""
The Scottish branch celebrates its hundredth anniversary this year with a programme of lectures, site visits and an exhibition, “A Century of Scottish Infrastructure”, which opens at the Clydeside Engineering Gallery in Glasgow in May. Members are invited to lend photographs and drawings from their own archives.
""") + [P("— Catriona Buchanan", SIGNR)]
    fill(c, fr, story, 3)


# ---------------------------------------------------------------- Feature 4-6
RUB_F = "TECHNICAL FEATURE  ·  MASS TIMBER"


def page4(c):
    chrome(c, 4, RUB_F)
    hf = one(ML, TOP - 210, W - ML - MR, 210)
    fill(c, [hf], [
        P("TECHNICAL FEATURE", KICK),
        P("Building tall in timber: what Halden Wharf taught us", HBIG),
        P("Dr Annika Lundqvist CEng MICE, Hallberg Structures", AUTH),
        P("Tom Fairbairn CEng FIStructE, Fairbairn Lowe Partnership", AUTH),
        Spacer(1, 8),
        P("The eight-storey offices on Halden Wharf are among the tallest timber buildings in "
          "the north of England. Their structural engineers describe how the frame was "
          "designed, how the fire strategy was agreed, and what they would do differently "
          "next time.", STAND),
    ], 4)
    fr = frames(3, top=TOP - 214)
    cw = colw(3)
    story = paras("""
When the developer of Halden Wharf first asked us whether an eight-storey office could be built in timber on a former dock, the honest answer was that we did not yet know. The ground was poor, the site was exposed to wind off the estuary, and there was no precedent of that height in the region. Four years later the building is occupied, and the answer is yes, with caveats that we think are worth sharing.

The brief was unusual in one respect. The client wanted the structure to be visible. “We wanted a building that people would want to touch,” says Eilidh Munro, development director at Wearside Estates. That ruled out the common approach of encapsulating every timber surface in plasterboard and shaped almost every decision that followed, from the fire strategy to the choice of connections.
""") + [
        Photo(150, tone=0),
        P("<b>Figure 1</b> The completed Halden Wharf offices seen from the river. "
          "Photograph: Callum Fraser", CAP),
        P("The structural scheme", CROSS),
    ] + paras("""
The building is 31 m tall, with a footprint of roughly 42 m by 24 m. Floors are five-layer cross-laminated timber (CLT) panels, 200 mm deep, spanning 6 m between glulam beams. The beams sit on glulam columns on a 6 m by 7.5 m grid. Stability comes from a reinforced concrete core containing the stairs and lifts, which also provided the two protected escape routes required by the fire strategy.

We considered a timber core, and on a smaller building we would choose one. Here the combination of height, wind exposure and the need for a robust fire-fighting shaft tipped the balance towards concrete. The core was slip-formed in eleven days before the first timber arrived on site.

The timber frame was designed to “Eurocode 5: Design of timber structures” and its UK National Annex. Serviceability governed almost everywhere. Vibration of the CLT floors under footfall needed particular care, because the client wanted open-plan floors without suspended ceilings, so there was nothing to add mass or damping beneath the slabs.
""") + [
        Spacer(1, 4),
        pull("“Timber made us rethink every interface, from the lift shafts to the light "
             "fittings.”", ["Sophie Marchand", "Project architect, Moreau Ashby"], cw),
        Spacer(1, 6),
        P("Foundations on a former dock", CROSS),
    ] + paras("""
The wharf is built on up to 14 m of made ground and soft alluvium over boulder clay. One advantage of a timber frame is its low self-weight: the completed building weighs roughly 45 per cent of an equivalent concrete frame. That allowed us to use 600 mm continuous flight auger piles to the boulder clay rather than the larger rotary bored piles a concrete scheme would have needed, and to reuse part of the old quay wall as a retaining structure for the basement plant room.

The lighter frame brought its own difficulty. Under wind load the core has to resist overturning with less dead load to help it, so several core piles carry tension in the design wind case. We added tension reinforcement to eight of them and tested two to one and a half times their working load before the core was started.
""")
    fill(c, fr, story, 4)


def page5(c):
    chrome(c, 5, RUB_F)
    t = span_fig(c, 0, 1, TOP, 205, "<b>Figure 2</b> Structural scheme: CLT floor panels on "
                 "glulam beams and columns, with a concrete core providing stability. "
                 "Image: Petra Lindholm/Hallberg Structures", tone=1, drawing=True, capw_h=30,
                 page=5)
    fr = cols_tops([t, t, TOP])
    cw = colw(3)
    story = paras("""
We tested three floor build-ups on a full-scale mock-up in our laboratory before settling on a 70 mm screed on an acoustic layer. The screed added mass and brought the response factor comfortably within the office criteria, at the cost of some of the weight saving that makes timber attractive in the first place.


Acoustics proved nearly as demanding as vibration. Exposed CLT soffits are hard surfaces, and an open-plan office without a suspended ceiling can quickly become an echo chamber. The architect's solution was a pattern of acoustic rafts hung between the beams, positioned so as not to interfere with the sprinkler heads or with the fire engineering assumptions about the area of exposed timber. Every raft location was agreed with the fire engineer before it appeared on a drawing.
""") + [
        P("Agreeing the fire strategy", CROSS),
    ] + paras("""
The exposed timber made fire the central technical question. Building control and the insurers both wanted evidence that the structure would survive a burn-out without relying on the fire service, and that the exposed timber would not contribute so much fuel that a fire could not decay.

Our fire engineer, Dr Kofi Asante of Meridian Fire, led a programme of compartment tests with a university laboratory. “The question is not whether timber burns, because it does. The question is whether the fire goes out on its own,” says Dr Kofi Asante. In the tests, compartments with one exposed CLT ceiling and protected walls self-extinguished once the furniture load was consumed; compartments with exposed walls and ceilings did not always do so.

That result set the rules for the whole building. Ceilings and columns are exposed; walls are lined. “It is a compromise, but it is one we can defend with test data rather than with hope,” he adds. The approach follows the recommendations of the industry report “Fire safety in tall timber buildings: a review of the evidence”, published in 2022, which we found invaluable.

The building is fully sprinklered, but the structural fire design does not rely on the sprinklers. All members were designed for 90 minutes using the reduced cross-section method, with charring rates taken from the compartment tests rather than from default values. The default rates proved slightly conservative for the glulam and slightly unconservative for the CLT, where the outer lamella tended to fall away once it had charred through.
""") + [
        Spacer(1, 4),
        box([
            P("Halden Wharf in numbers", BOXH),
            P("Height: 31 m over eight storeys", BOXT),
            P("Net lettable area: 8,900 m²", BOXT),
            P("Timber volume: 2,450 m³ of CLT and glulam", BOXT),
            P("Frame erection: 19 weeks", BOXT),
            P("Embodied carbon (modules A1–A5): 305 kgCO₂e/m², against 480 kgCO₂e/m² "
              "for the concrete-framed comparator", BOXT),
            P("Client: Wearside Estates. Architect: Moreau Ashby. Structural engineers: "
              "Hallberg Structures with Fairbairn Lowe Partnership. Contractor: Carrick "
              "Construction.", BOXT),
        ], cw),
        P("Connections and robustness", CROSS),
    ] + paras("""
Connections are where timber buildings are won and lost. We used concealed steel flitch plates at the beam-to-column joints, with the steel protected by at least 60 mm of timber cover. Self-tapping screws fix the CLT panels to the beams and to one another, so that each floor acts as a diaphragm carrying wind load back to the core.

For disproportionate collapse we adopted a key-element approach at the perimeter columns and checked the floors for the loss of any internal column. The CLT panels can span two bays as cantilevers in an accidental situation, provided the screws at the panel joints are detailed to carry the tension. This was one of the few places where the design needed more steel than we had expected.
""")
    fill(c, fr, story, 5)


def page6(c):
    chrome(c, 6, RUB_F)
    t = span_fig(c, 1, 2, TOP, 190, "<b>Figure 3</b> Moisture content readings in the "
                 "level-three floor panels during the wet winter, with the 16 per cent limit "
                 "at enclosure. Image: Hallberg Structures", tone=2, drawing=False, capw_h=30,
                 page=6)
    fr = cols_tops([TOP, t, t])
    cw = colw(3)
    story = [P("Moisture during construction", CROSS)] + paras("""
Wet weather is the enemy of any timber frame, and a dockside in the north-east is not a dry place. We specified a maximum moisture content of 16 per cent at the time of enclosure and installed forty wireless sensors in the floor panels to monitor it. The contractor covered each floor with a temporary membrane within a day of installation and kept a water vacuum on every level.

Even so, two panels on level three absorbed water after a storm in November and had to be dried with dehumidifiers for three weeks before the screed could be laid. The sensor data made it possible to show the insurer exactly when the panels had returned to an acceptable level, which avoided a costly argument about replacement.
""") + [
        Spacer(1, 2),
        pull("“The crane lifted a floor a day. I have never seen a frame go up so quietly.”",
             ["Bartosz Nowicki", "Site manager, Carrick Construction"], cw),
        Spacer(1, 8),
        P("Speed and the programme", CROSS),
    ] + paras("""
Once the core was complete, the frame went up at a rate of roughly one floor every five working days, including the time taken to install the temporary weather protection. The absence of wet trades and propping on the upper floors meant that fit-out could start on the lower levels while the frame was still rising. Overall the programme was eleven weeks shorter than the concrete-framed alternative we had priced at the outset.

Cost is the question we are asked most often. The frame itself was around 12 per cent more expensive than the concrete alternative, but the shorter programme, lighter foundations and earlier rental income more than closed the gap for this client. That calculation will not hold for every building, and we would caution against generalising from a single project.
""") + [
        P("What we would do differently", CROSS),
    ] + paras("""
Three lessons stand out. First, involve the insurer from the very start. Insurers were the last party to be convinced, and their concerns about water damage were more difficult to answer than the fire questions.

Second, treat the floor as a system. The vibration, acoustic and fire performance of a CLT floor all depend on the screed, the ceiling finish and the services, and they cannot be designed in isolation. Our mock-up cost money, but it saved far more.

Third, do not assume that timber is automatically the low-carbon option. The frame performed well, but only because the concrete core was kept compact, the foundations were designed with care and the timber came from certified forests with short transport distances. Timber rewards the engineer who thinks about the building as a whole rather than element by element.
""") + [P("Monitoring in use", CROSS)] + paras("""
The building has been occupied since last spring. We have kept twelve of the moisture sensors in place and added accelerometers on two floors to compare the measured vibration response with our predictions. Early results suggest that the floors are stiffer than we assumed, probably because partitions and the raised access floor contribute more than we allowed for. We will publish the full monitoring results next year.
""") + [
        Photo(120, tone=0),
        P("<b>Figure 4</b> Exposed CLT soffits and glulam beams on level six. "
          "Photograph: Callum Fraser", CAP),
        P("References", HTINY),
        P("1. Lundqvist A. and Asante K. (2024) “Self-extinction of compartments with exposed "
          "cross-laminated timber ceilings”. Proceedings of the Society of Infrastructure "
          "Engineers: Structures 177(4), 201–214.", REF),
        P("2. Harland P., Obi C. and Weiss M. (2021) “Footfall-induced vibration of "
          "timber-concrete composite floors”. Journal of Building Dynamics 9(2), 55–71.", REF),
    ]
    fill(c, fr, story, 6)


# ---------------------------------------------------------------- Case study 7-8 (+11), no running head
def page7(c):
    chrome(c, 7, None)
    ph = Photo(235, W - ML - MR, tone=1)
    ph.wrapOn(c, W, H)
    ph.drawOn(c, ML, TOP - 235)
    cf = one(ML, TOP - 262, W - ML - MR, 24)
    fill(c, [cf], [P("<b>Figure 1</b> Askerdale Viaduct from the valley floor: fourteen "
                     "masonry arches carry the single-track line 28 m above the beck. "
                     "Photograph: Aled Pritchard", CAP)], 7)
    hf = one(ML, TOP - 400, W - ML - MR, 136)
    fill(c, [hf], [
        P("CASE STUDY", KICK),
        P("Askerdale Viaduct: rebuilding a Victorian icon under traffic",
          S("hcs", fontName="Cond-B", fontSize=23, leading=26, textColor=NAVY,
            spaceAfter=6)),
        P("Niamh Brennan CEng MICE, Arden Rail Civils, and Piotr Kowalczyk CEng MICE, "
          "Pennine Rail Infrastructure", AUTH),
        Spacer(1, 6),
        P("How a team replaced the fill and strengthened the spandrel walls of a "
          "150-year-old viaduct in a series of weekend closures, without losing a single "
          "weekday train.", STAND),
    ], 7)
    fr = frames(3, top=TOP - 404)
    story = paras("""
Askerdale Viaduct was completed in 1876 to carry a branch line across a steep-sided valley in the northern Pennines. Its fourteen semicircular arches, each spanning 13.7 m, are built of local gritstone with brick arch rings. The line is single track, carries around forty trains a day and has no practical diversionary route: close the viaduct, and a market town loses its railway.

The viaduct has a long history of repairs. Records held by the railway show that tie rods were added to three of the spandrel walls in the 1920s and that the parapets over arches 9 and 10 were rebuilt after a derailment in 1953. In the 1980s a programme of grouting attempted to consolidate the fill, with limited success. Each intervention added a layer of complexity for the next generation of engineers, and few were recorded in enough detail to be relied upon.

By 2019 inspections had found bulging in the spandrel walls over five of the arches, water pouring through the arch rings after rain and longitudinal cracking in two of the piers. None of this was new, but the rate of movement had accelerated.

Our first task was therefore to establish what was actually there. A laser scan of the whole structure produced a point cloud of more than two billion points, from which we extracted the geometry of every arch and pier. Rope-access engineers inspected the spandrel walls joint by joint, and we installed tilt sensors and crack gauges at thirty locations to track movement over a full year before any design decision was taken.

The monitoring confirmed the worst fears. Over the winter of 2020 the spandrel wall above arch 7 rotated outwards by a further 4 mm, and the movement correlated closely with rainfall in the preceding week.

“We had been patching that viaduct for forty years. The monitoring told us that patching had stopped working,” said Gareth Pryce-Jones, the route asset engineer responsible for the structure.
""")
    fill(c, fr, story, 7)


def page8(c):
    chrome(c, 8, None)
    t = span_fig(c, 0, 1, TOP, 215, "<b>Figure 2</b> Cross-section through arch 7 showing the "
                 "new relieving slab, drainage layer and stitched spandrel walls. "
                 "Image: Piotr Kowalczyk/Pennine Rail Infrastructure", tone=0, drawing=True,
                 capw_h=30, page=8)
    fr = cols_tops([t, t, TOP])
    cw = colw(3)
    story = [P("Understanding the problem", CROSS)] + paras("""
The root cause was water. The original clay puddle waterproofing above the arches had failed decades ago, and the fill between the spandrel walls had become saturated. Each winter the wet fill pushed outwards against the walls, and each freeze opened the joints a little further. Ground-penetrating radar and a series of trial pits showed that the fill in the worst spans was close to a slurry at its base.

We assessed the arches using a mechanism-based analysis, calibrated against load tests with a loaded ballast train. The arch barrels themselves were in better condition than feared and could carry current loading with a comfortable margin. The spandrel walls were another matter: over five spans, the factor of safety against overturning under the lateral pressure of saturated fill was barely above unity.
""") + [
        P("Choosing a solution", CROSS),
    ] + paras("""
Three options were studied: full reconstruction of the spandrel walls, internal ties with the fill left in place, and removal of the fill with a reinforced concrete relieving slab spanning between the walls. Reconstruction would have meant months of closure. Ties alone would not have dealt with the water.

The relieving slab won, but only once we had convinced ourselves that it could be built in weekend possessions. The county's conservation officer also had to be satisfied, because the viaduct is a listed structure. “What matters is that the viaduct still reads as one piece of Victorian engineering from the valley floor,” said Ruth Calloway, who advised on the heritage consent. The slab is entirely hidden, and the stone parapets were taken down, numbered and rebuilt in their original positions.

The design of the slab had to satisfy the railway's own standard for the assessment of underbridges as well as the heritage consent. The 250 mm slab is cast in bays of four metres and bears on a new reinforced concrete capping beam along the inside face of each spandrel wall. Stainless steel stitching anchors tie the walls back to the capping beams.

Drainage was the other half of the solution. A geocomposite drainage layer beneath the slab collects water and discharges it through new outlets at the piers, replacing the original weep holes that had long since blocked. The outlets are invisible from the valley floor, a requirement of the heritage consent that took several design iterations to satisfy.

Before the first possession we built a full-size trial bay of the slab and capping beam in the contractor's yard, using the same crane, the same concrete supplier and the same gang who would do the work on the viaduct. The trial exposed two problems with the reinforcement details that would have cost hours on site.

Removing the fill from above an arch changes the way it carries load, because the fill both spreads wheel loads and restrains the haunches. We checked every stage of the excavation for asymmetric loading and limited the depth of fill removed on one side of a pier before the adjacent span was opened.
""") + [
        Photo(120, tone=2),
        P("<b>Figure 3</b> Casting the relieving slab over arch 5 during a weekend "
          "possession. Photograph: Aled Pritchard", CAP),
    ] + [
        Spacer(1, 4),
        box([
            P("Project team", BOXH),
            P("Client: Pennine Rail Infrastructure", BOXT),
            P("Designer: Arden Rail Civils", BOXT),
            P("Principal contractor: Holme &amp; Varley", BOXT),
            P("Heritage consultant: Lanark Conservation Partnership", BOXT),
            P("Value: £14.2 million", BOXT),
            P("Possessions: 23 weekends of 54 hours each", BOXT),
        ], cw),
        P("Continued on p. 11", CONT),
    ]
    fill(c, fr, story, 8)


# ---------------------------------------------------------------- Profile 9-10
def qa(who, text):
    return P("<font name='Cond-B'>%s:</font> %s" % (who, text), QA)


def page9(c):
    chrome(c, 9, "PROFILE")
    ph = Photo(300, 235, tone=2)
    ph.wrapOn(c, W, H)
    ph.drawOn(c, ML, TOP - 300)
    cf = one(ML, TOP - 330, 235, 28)
    fill(c, [cf], [P("Riya Kulkarni at the Severnside Water modelling office in Gloucester. "
                     "Photograph: Marisol Vega", CAP)], 9)
    x0 = ML + 250
    hf = one(x0, TOP - 330, W - MR - x0, 330)
    fill(c, [hf], [
        P("PROFILE · YOUNG ENGINEER", KICK),
        P("“I wanted to work on things people would notice if they failed”", HMED),
        P("Riya Kulkarni, 26, is a graduate hydraulic modeller at Severnside Water and this "
          "year's winner of the Society's Emerging Engineer Award. She talked to Jess "
          "Thornbury about flood models, her first job and why she still carries a "
          "notebook on site.", STAND),
        P("Interview: Jess Thornbury", AUTH),
        Spacer(1, 8),
        box([
            P("CV in brief", BOXH),
            P("2017–2021 MEng Civil Engineering, University of Leeds", BOXT),
            P("2020 Summer placement, Calder Flood Partnership", BOXT),
            P("2021– Graduate engineer, Severnside Water", BOXT),
            P("2025 Emerging Engineer Award", BOXT),
            P("Working towards: CEng MSIE, expected 2027", BOXT),
        ], W - MR - x0),
    ], 9)
    fr = frames(3, top=TOP - 344)
    fill(c, fr, [
        qa("JT", "Let's start at the beginning. Why civil engineering?"),
        qa("RK", "Honestly, because of a bridge. My family lived in Pune until I was eleven, "
           "and there was a footbridge near our flat that was closed for a whole monsoon "
           "season because part of it had been washed away. My mother had to walk an extra "
           "two kilometres to work. I remember thinking that the person who designed that "
           "bridge had no idea how much they had changed her life, for better and then for "
           "worse. I wanted to work on things people would notice if they failed."),
        qa("JT", "And you ended up in water rather than bridges."),
        qa("RK", "I did a summer placement with a flood partnership in West Yorkshire after "
           "my third year, and I was hooked. Flood modelling is a strange mix of physics, "
           "statistics and detective work. You are trying to understand how water will "
           "behave in a catchment you can never fully see, using data that is always "
           "incomplete."),
        qa("JT", "What was it like moving to England at eleven?"),
        qa("RK", "Cold, mainly. We moved to Leicester, and I spoke good English but with all "
           "the wrong idioms. I was lucky to have a maths teacher who noticed I was bored and "
           "gave me problems from old Olympiad papers. She is the reason I applied for "
           "engineering rather than medicine, which is what my grandparents had hoped."),
        qa("JT", "Did you enjoy university?"),
        qa("RK", "Mostly. I loved the design projects and the fieldwork, and I struggled with "
           "the more abstract parts of structural analysis. What I didn't appreciate at the "
           "time was how useful the hydraulics labs would turn out to be. Watching water "
           "misbehave in a flume teaches you humility very quickly."),
        qa("JT", "What does a typical week look like?"),
        qa("RK", "There isn't one, which is what I like. At the moment I am building a model "
           "of a combined sewer network for a town of about thirty thousand people, so a lot "
           "of my time goes into checking survey data and calibrating the model against "
           "flow monitors. But I try to get out on site at least once a fortnight. A model "
           "is only as good as your understanding of the pipes it represents."),
        qa("JT", "How did you find the move from student to graduate engineer?"),
        qa("RK", "Harder than I expected. For the first six months I felt I was asking too "
           "many questions. Then I noticed that the engineers I admired most were the ones "
           "who were still asking questions after thirty years."),
    ], 9)


def page10(c):
    chrome(c, 10, "PROFILE")
    t = span_fig(c, 1, 2, TOP, 200, "Riya Kulkarni with colleagues from the Lydbrook flood "
                 "scheme at the new culvert outfall.", tone=1, capw_h=14, page=10)
    fr = cols_tops([TOP, t, t])
    cw = colw(3)
    fill(c, fr, [
        qa("JT", "You still carry a notebook on site. Why not a tablet?"),
        qa("RK", "Because a notebook never runs out of battery in the rain. My first "
           "supervisor, Deborah Ashworth, told me on my first day: “If you didn't write it "
           "down, you didn't see it.” She was right. Half the problems I have found in "
           "models came from something I scribbled in a margin on a wet Tuesday."),
        qa("JT", "Your award was for the work on the Lydbrook flood scheme. What was your "
           "part in it?"),
        qa("RK", "I built the model that showed why the original scheme would not work. "
           "The village had flooded three times in ten years, and the first proposal was a "
           "higher wall along the brook. When we modelled it with the culvert under the "
           "main road properly represented, the wall simply moved the flooding to the other "
           "end of the village. That was not a popular result at first."),
        qa("JT", "How did you handle that?"),
        qa("RK", "Carefully. I went to the parish meeting with the project manager and we "
           "showed people animations of the flood spreading in both cases. Once they could "
           "see it, the conversation changed. The final scheme combines a smaller wall with "
           "upstream storage on farmland and a bigger culvert. It cost less, too."),
        qa("JT", "What has surprised you most about working life?"),
        qa("RK", "How much of engineering is talking. At university you solve problems "
           "alone, or with a small group of people who think like you. At work you spend "
           "half your time explaining things to people who don't, and listening to them "
           "explain things you hadn't thought of. The farmers on the Lydbrook scheme knew "
           "more about where the water went than any of our survey data."),
        qa("JT", "You are working towards chartership. How is that going?"),
        qa("RK", "Slowly, but steadily. The hardest part was finding time to write up my "
           "experience while the work itself was so busy. The Society's mentoring scheme "
           "helped enormously: my mentor reads my drafts and tells me, kindly, when I am "
           "describing what the team did rather than what I did."),
        qa("JT", "Any advice for students thinking about the profession?"),
        qa("RK", "Do a placement, even a short one, and ask to go to site. Don't be put off by "
           "the idea that civil engineering is all concrete and hard hats. Some of the most "
           "interesting problems are about water, data and people. And keep a notebook."),
        qa("JT", "What do you do outside work?"),
        qa("RK", "I play cricket for a women's team in Cheltenham, badly, and I volunteer with "
           "a STEM outreach programme in primary schools. We build model dams out of sand and "
           "lolly sticks and then flood them with a watering can. The children like the "
           "flooding part best, which I completely understand."),
        qa("JT", "Is there an engineer you particularly admire?"),
        qa("RK", "Joseph Bazalgette, for all the obvious reasons. He sized London's sewers "
           "for a city far larger than the one he was working in, and they are still doing "
           "their job. I think of him whenever someone asks me to shave a few per cent off a "
           "pipe diameter to save money."),
        qa("JT", "Finally, what would you like to be working on in ten years?"),
        qa("RK", "Something bigger than a single catchment. Climate change means we will have "
           "to rethink how whole regions handle water, and I would love to be part of that. "
           "Ideally in a job that still lets me put my boots on once a fortnight."),
        Spacer(1, 6),
        box([
            P("Emerging Engineer Award", BOXH),
            P("The award recognises members within five years of graduation who have made "
              "an outstanding contribution to a project. Nominations for 2026 close on "
              "30 June. Details on the Society's website.", BOXT),
        ], cw),
    ], 10)


# ---------------------------------------------------------------- 11: case study continued + technical note
def page11(c):
    chrome(c, 11, None)
    fr = frames(3, bot=H * 0.5 + 6)
    cw = colw(3)
    story = [
        P("Continued from p. 8", CONTFROM),
        P("Askerdale Viaduct", HSMALL),
        P("Working in possessions", CROSS),
    ] + paras("""
Each 54-hour possession followed the same rhythm. Track and ballast were removed over one span on Saturday morning, the wet fill excavated down to the arch extrados, and a drainage layer and waterproofing membrane laid. Precast capping beam units, made in a factory in Durham, were lifted in by a road-rail crane on Saturday night, and the slab was cast on Sunday morning using a rapid-hardening mix that reached the strength needed for track reinstatement within eighteen hours.

The first weekend overran by forty minutes. Every weekend after that finished early. “The first possession is where you learn what the programme should have said,” said site agent Callum O'Rourke. We kept a lessons log after every weekend and reviewed it with the whole team on the Monday morning, including the crane operators and the track gang.
""") + [P("Results and lessons", CROSS)] + paras("""
Monitoring since completion shows that the spandrel walls have stopped moving and the arches are dry for the first time in living memory. The work was delivered for £14.2 million, some eight per cent below the estimate for full reconstruction, and the line was never closed on a weekday.

Our main lesson is that an old structure rewards patience in investigation. The months spent on trial pits, radar surveys and load tests felt slow at the time, but they allowed us to target the work precisely and to leave the sound arch barrels untouched. We would also plan the heritage approvals in parallel with the design from the very first day: the conversation with the conservation officer shaped the solution for the better.

The community mattered too. Residents of the two villages beneath the viaduct were kept informed through a newsletter and a drop-in session before every block of possessions, and the contractor agreed to stop noisy work at 11 pm on Saturday nights. Complaints over the whole project numbered fewer than ten.

Finally, a word on records. Every drawing, photograph and test result from the project has been deposited with the railway's archive and the county record office, so that the engineers who next work on Askerdale Viaduct, perhaps in fifty years' time, will not have to start from scratch as we did.
""")
    fill(c, fr, story, 11)
    c.setStrokeColor(NAVY)
    c.setLineWidth(1.5)
    c.line(ML, H * 0.5, W - MR, H * 0.5)
    hf = one(ML, H * 0.5 - 92, W - ML - MR, 86)
    fill(c, [hf], [
        P("TECHNICAL NOTE", KICK),
        P("Chloride ingress in marine piles: what twenty years of data say", HMED),
        P("Dr Kavita Raman CEng MICE, Northgate Materials Laboratory, and Sean Mulcahy "
          "IEng AMICE, Port of Kilbrannan", AUTH),
    ], 11)
    fr2 = frames(3, top=H * 0.5 - 96)
    story2 = paras("""
When the deep-water berth at Kilbrannan was built in 2004, the port installed a set of sacrificial concrete cores alongside the new piles so that chloride penetration could be measured over the life of the structure. Twenty years on, that modest investment has produced one of the longest continuous data sets of its kind for concrete in the tidal zone.

Cores were taken at 1, 3, 5, 10, 15 and 20 years from the splash, tidal and submerged zones. Chloride profiles were measured in the laboratory and fitted to the error-function solution of Fick's second law to estimate apparent diffusion coefficients and surface concentrations.

The results are reassuring and sobering in equal measure. In the submerged zone, chloride at the depth of the reinforcement remains well below the usual threshold for corrosion. In the splash zone, however, the threshold was reached at 40 mm cover after around seventeen years, considerably sooner than the 50-year design life assumed. The apparent diffusion coefficient fell with age, as the models predict, but more slowly than the ageing factors commonly adopted in design.

We recommend that owners of marine structures built to similar specifications inspect their splash zones now rather than waiting for visible rust staining. The full data set accompanies our paper “Long-term chloride profiles in tidal-zone concrete: the Kilbrannan cores”, which will appear in the Society's Proceedings later this year.
""") + [
        Photo(95, tone=0),
        P("Coring a splash-zone sample at Kilbrannan. Photograph: Sean Mulcahy", CAP),
    ]
    fill(c, fr2, story2, 11)


# ---------------------------------------------------------------- 12: letters
def letter(head, text, sig):
    return [P(head, HTINY)] + paras(text) + [P(sig, SIGN), Rule(GREY, 0.5, 4)]


def page12(c):
    chrome(c, 12, "LETTERS")
    hf = one(ML, TOP - 62, W - ML - MR, 62)
    fill(c, [hf], [
        P("Letters", HBIG),
        P("Write to the editor at letters@sie-keystone.org.uk. Letters may be shortened; "
          "the views expressed are those of the writers.", SMALL),
    ], 12)
    fr = frames(3, top=TOP - 66)
    story = letter("Measure what matters", """
I read “Concrete's carbon problem” in the January issue with interest, but one statement troubled me. Dr Fiona Walsh wrote that “a tonne of carbon saved at concept stage is worth ten saved on site”. As a rallying cry it is fine; as engineering guidance it is unhelpful. The carbon saved on site is real and measurable, while the concept-stage figure is an estimate with a wide margin of error.

I would urge the Society to publish clear guidance on reporting uncertainty in carbon assessments. Without it, we risk replacing one kind of over-confidence with another.
""", "Alasdair MacLeod, CEng, Inverness") + letter("CPD is not a box to tick", """
The President's call for clearer routes to chartership is welcome. May I add a plea on behalf of those of us who are already chartered? Continuing professional development has become, for many, an annual scramble to log enough hours. The record matters less than the learning. A structured reading group or a site visit with a colleague can be worth more than a dozen webinars watched with the sound off.
""", "Priya Natarajan, CEng, Leicester") + letter("Timber and the insurers", """
Your November feature on mass timber housing rightly praised the speed of construction, but it said little about insurance. In my experience as a consulting engineer in rural Wales, clients are now being quoted premiums for timber-framed public buildings that wipe out the savings on programme. Until the insurance industry has confidence in the data, the timber revolution will remain a city phenomenon. I would welcome an article on how the Halden Wharf team dealt with this.
""", "Gwen Evans-Hughes, CEng, Aberystwyth") + letter("Remembering Desmond Reilly", """
I was sorry to read of the death of Desmond Reilly. I joined his office in Galway as a graduate in 1984, and on my first morning he handed me a set of bridge drawings and said: “Drawings are promises. Keep them.” I have repeated that sentence to every graduate I have supervised since. The profession has lost one of its quiet giants.
""", "Kieran Doyle, CEng, Galway") + letter("Bridges are not bins", """
Walking my dog under a motorway bridge near Swindon last month, I counted three shopping trolleys, a mattress and what appeared to be half a caravan lodged against the pier. Debris of this kind increases scour risk during floods and hides defects from inspectors. Could the Society remind highway authorities that clearing it is maintenance, not housekeeping?
""", "Tomasz Zawadzki, IEng, Swindon") + letter("A number without a unit", """
Might I ask contributors to Keystone to be more careful with units? In the last three issues I have found loads quoted in tonnes, kilonewtons and, on one occasion, “lorries”. As my first chief engineer used to say, “a number without a unit is a rumour.” A journal of record should set an example.
""", "Émilie Laurent, CEng, Bath") + letter("Eurocodes: help the small practices", """
The news that the second-generation Eurocodes will replace the current suite by 2028 will cause real difficulty for small practices like mine. Large consultancies have teams preparing for the change; a four-person office does not. I hope the Society's webinars will include worked examples for everyday structures and not only the headline changes, and that the recordings will remain free to members.
""", "Olusegun Bakare, CEng, Birmingham") + letter("Apprentices deserve a voice", """
The apprenticeship figures are encouraging, but I notice that Keystone rarely publishes anything written by apprentices themselves. Many of the technicians I work with have more site experience at twenty-two than I had at thirty. A regular column from an apprentice would be popular and, I suspect, instructive for the rest of us.
""", "Declan Fitzpatrick, CEng, Cork") + [
        Spacer(1, 4),
        box([
            P("Editor's note", BOXH),
            P("Ms Evans-Hughes will find that the feature on Halden Wharf in this issue "
              "(pages 4 to 6) touches on the insurers' concerns. We would be glad to "
              "publish a fuller article on insurance and timber later this year, and we "
              "welcome Mr Fitzpatrick's suggestion of an apprentice column: proposals, "
              "please, to the address above.", BOXT),
            P("<i>Clare Dunphy, Managing Editor</i>", BOXT),
        ], colw(3)),
    ]
    fill(c, fr, story, 12)


# ---------------------------------------------------------------- 13: diary and masthead
def page13(c):
    chrome(c, 13, "DIARY  ·  MASTHEAD")
    fr = frames(3)
    cw = colw(3)
    diary = [
        P("Diary", HMED), Rule(YELLOW, 2.5, 3),
        P("<b>15 April · London</b><br/>Evening lecture: Seismic isolation thirty years after "
          "Kobe. Gold Medal lecture by Professor Hiroko Nakamura.", BOXT),
        P("<b>29 April · Online</b><br/>Webinar: Getting ready for the second-generation "
          "Eurocodes, part 1: geotechnical design.", BOXT),
        P("<b>14 May · Sunderland</b><br/>Site visit: Halden Wharf offices, with the design "
          "team. Places limited to 30 members.", BOXT),
        P("<b>4 June · Manchester</b><br/>Regional conference: Water in the city. Keynote "
          "by Aisling Moran on the Norbridge storm tunnel.", BOXT),
        P("<b>18 June · Online</b><br/>Chartership clinic for candidates and supervisors.",
          BOXT),
        P("<b>9 July · Edinburgh</b><br/>Annual dinner of the Scottish branch.", BOXT),
        Spacer(1, 6),
        P("Bookings for all events through the Society's website. Recordings of webinars are "
          "available to members for twelve months.", SMALL),
        Spacer(1, 10),
        box([
            P("Write for Keystone", BOXH),
            P("We welcome proposals for technical features, case studies and technical notes "
              "from members at every stage of their careers. Send a 200-word outline to the "
              "Technical Editor. Features are reviewed by two members of the Editorial "
              "Panel before publication.", BOXT),
        ], cw),
        Spacer(1, 10),
        Photo(150, tone=1),
        P("Members on the Society's visit to the Norbridge tunnel shafts in January.", CAP),
    ]
    fill(c, [fr[0]], diary, 13)
    mast = [
        P("KEYSTONE", S("mk", fontName="Cond-B", fontSize=20, leading=22, textColor=NAVY)),
        P("The journal of the Society of Infrastructure Engineers", SMALL),
        Rule(NAVY, 1.2, 3),
        Spacer(1, 4),
        P("Managing Editor", MASTR), P("Clare Dunphy", MASTN),
        P("Technical Editor", MASTR), P("Dr Oluwaseun Adeyemi CEng MICE", MASTN),
        P("Art Editor", MASTR), P("Matteo Ricci", MASTN),
        P("Editorial Assistant", MASTR), P("Hannah Lindgren", MASTN),
        P("Photography", MASTR), P("Callum Fraser, Tom Ellery and Marisol Vega", MASTN),
        P("Advertising", MASTR), P("Gavin Hartshorn", MASTN),
        P("advertising@sie-keystone.org.uk", SMALL),
        P("Membership", MASTR),
        P("Changes of address, subscriptions and membership enquiries: "
          "membership@sie.org.uk or 020 7946 0300.", BOXT),
        P("Cover", MASTR),
        P("Halden Wharf offices, Sunderland. Photograph: Callum Fraser", BOXT),
        Spacer(1, 6),
        P("Editorial office", MASTR),
        P("Society of Infrastructure Engineers, 14 Tothill Court, London SW1P 3AA. "
          "Telephone 020 7946 0321. editor@sie-keystone.org.uk", BOXT),
    ]
    fill(c, [fr[1]], mast, 13)
    right = [
        box([
            P("About the Society", BOXH),
            P("The Society of Infrastructure Engineers is a registered charity and a licensed "
              "professional engineering institution. It has 31,000 members in 94 countries.",
              BOXT),
            P("Keystone is published ten times a year and sent free of charge to all "
              "members. Annual subscription for non-members: £165.", BOXT),
        ], cw),
        Spacer(1, 10),
        P("Copyright © 2026 Society of Infrastructure Engineers. All rights reserved. No part "
          "of this publication may be reproduced without the written permission of the "
          "publisher.", SMALL),
        P("The Society is not responsible for statements made or opinions expressed in this "
          "journal. Articles are the views of their authors and do not necessarily reflect "
          "Society policy. Technical content should not be relied upon without independent "
          "verification.", SMALL),
        Photo(150, tone=0),
        P("The Society's headquarters on Tothill Court, home of Keystone since 1961.", CAP),
        P("Printed by Tamar Print Services on FSC-certified paper. ISSN 0961-0000.", SMALL),
        Spacer(1, 10),
        P("Next issue", MASTR),
        P("April 2026: tunnels under cities, the Norbridge consent in detail, and a technical "
          "note on fibre-reinforced polymer bridge decks.", BOXT),
    ]
    fill(c, [fr[2]], right, 13)


def main():
    c = canvas.Canvas(OUT, pagesize=A4, invariant=1)
    c.setTitle("Keystone, March 2026 (Volume 52, Number 2)")
    c.setAuthor("Society of Infrastructure Engineers")
    c.setCreator("make_engineering-institution-journal-2026-en.py")
    for fn in (page1, page2, page3, page4, page5, page6, page7, page8, page9, page10, page11,
               page12, page13):
        fn(c)
        c.showPage()
    c.save()
    print("wrote", OUT)


if __name__ == "__main__":
    main()
