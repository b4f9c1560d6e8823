#!/usr/bin/env python3
"""Generator for the blind test newsletter `school-newsletter-2026-en.pdf`.

"The Kingsmere Courier", Spring Term 2026 - a fictional English secondary
school's termly newsletter for parents and carers (12 pages, A4).
All people, places and organisations of the school are invented.
Deterministic: no randomness, no clock.
"""
import os

from reportlab.lib.colors import Color, HexColor, white, black
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (Frame, Paragraph, Spacer, Table, TableStyle,
                                KeepTogether, Flowable, CondPageBreak)
from reportlab.platypus.flowables import HRFlowable

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "school-newsletter-2026-en.pdf")

FD = "/usr/share/fonts/truetype/dejavu/"
for name, fn in [("Serif", "DejaVuSerif.ttf"), ("Serif-B", "DejaVuSerif-Bold.ttf"),
                 ("Serif-I", "DejaVuSerif-Italic.ttf"), ("Serif-BI", "DejaVuSerif-BoldItalic.ttf"),
                 ("Sans", "DejaVuSans.ttf"), ("Sans-B", "DejaVuSans-Bold.ttf"),
                 ("Sans-I", "DejaVuSans-Oblique.ttf"), ("Sans-BI", "DejaVuSans-BoldOblique.ttf"),
                 ("Cond-B", "DejaVuSansCondensed-Bold.ttf"), ("Cond", "DejaVuSansCondensed.ttf")]:
    pdfmetrics.registerFont(TTFont(name, FD + fn))
pdfmetrics.registerFontFamily("Serif", normal="Serif", bold="Serif-B", italic="Serif-I", boldItalic="Serif-BI")
pdfmetrics.registerFontFamily("Sans", normal="Sans", bold="Sans-B", italic="Sans-I", boldItalic="Sans-BI")

W, H = A4
ML, MR, MT, MB = 42, 42, 56, 50
NAVY = HexColor("#1d3557")
TEAL = HexColor("#2a7f62")
GOLD = HexColor("#e9b949")
PALE = HexColor("#eef3f7")
CREAM = HexColor("#fbf6e9")
GREY = HexColor("#b9bec4")
DARK = HexColor("#333333")

# ---------------------------------------------------------------- styles
body = ParagraphStyle("body", fontName="Serif", fontSize=8.7, leading=12.1,
                      alignment=TA_JUSTIFY, spaceAfter=5, textColor=black)
body_first = ParagraphStyle("bodyfirst", parent=body)
sub = ParagraphStyle("sub", fontName="Sans-B", fontSize=9.6, leading=12,
                     spaceBefore=5, spaceAfter=3, textColor=NAVY)
lead = ParagraphStyle("lead", fontName="Sans", fontSize=10.5, leading=14,
                      spaceAfter=8, textColor=DARK)
byline = ParagraphStyle("byline", fontName="Sans-B", fontSize=8.6, leading=11,
                        spaceAfter=8, textColor=TEAL)
sign = ParagraphStyle("sign", fontName="Sans-I", fontSize=8.4, leading=11,
                      alignment=TA_RIGHT, spaceBefore=2, spaceAfter=8)
sign_left = ParagraphStyle("signl", fontName="Serif", fontSize=8.7, leading=12.1, spaceAfter=0)
cap = ParagraphStyle("cap", fontName="Sans-I", fontSize=7.2, leading=9,
                     textColor=HexColor("#444444"), spaceBefore=2, spaceAfter=8)
h_big = ParagraphStyle("hbig", fontName="Serif-B", fontSize=25, leading=28,
                       textColor=NAVY, spaceAfter=6)
h_mid = ParagraphStyle("hmid", fontName="Serif-B", fontSize=18, leading=21,
                       textColor=NAVY, spaceAfter=4)
h_small = ParagraphStyle("hsmall", fontName="Sans-B", fontSize=11.5, leading=14,
                         textColor=NAVY, spaceAfter=3)
boxhead = ParagraphStyle("boxhead", fontName="Sans-B", fontSize=9.5, leading=12,
                         textColor=NAVY, spaceAfter=4)
boxtext = ParagraphStyle("boxtext", fontName="Sans", fontSize=7.8, leading=10.4,
                         spaceAfter=3, alignment=TA_LEFT)
pull = ParagraphStyle("pull", fontName="Serif-BI", fontSize=15, leading=19,
                      textColor=TEAL, alignment=TA_LEFT, spaceBefore=4, spaceAfter=3)
pull_by = ParagraphStyle("pullby", fontName="Sans-B", fontSize=8, leading=10,
                         textColor=DARK, spaceAfter=10)
poem = ParagraphStyle("poem", fontName="Serif-I", fontSize=8.2, leading=12, spaceAfter=6)
qa_q = ParagraphStyle("qaq", fontName="Sans-B", fontSize=8.6, leading=11.8,
                      spaceBefore=4, spaceAfter=3, textColor=NAVY)
qa_a = ParagraphStyle("qaa", parent=body)
result = ParagraphStyle("result", fontName="Sans-B", fontSize=8.4, leading=11,
                        spaceAfter=4, textColor=DARK)


def P(text, style=body):
    return Paragraph(text, style)


def paras(text, style=body):
    out = []
    for block in text.strip().split("\n\n"):
        block = " ".join(block.split())
        if block.startswith("## "):
            out.append(P(block[3:], sub))
        else:
            out.append(P(block, style))
    return out


class GreyBox(Flowable):
    """A grey rectangle standing in for a photograph or illustration."""

    def __init__(self, height, width=None, color=GREY):
        super().__init__()
        self.h, self.w0, self.color = height, width, color

    def wrap(self, aw, ah):
        self.w = self.w0 or aw
        return self.w, self.h

    def draw(self):
        c = self.canv
        c.setFillColor(self.color)
        c.rect(0, 0, self.w, self.h, fill=1, stroke=0)
        c.setStrokeColor(white)
        c.setLineWidth(0.6)
        c.line(0, 0, self.w, self.h)
        c.line(0, self.h, self.w, 0)


class Photo(Flowable):
    """Grey picture rectangle with its caption underneath; never split."""

    def __init__(self, height, caption):
        super().__init__()
        self.h = height
        self.caption = P(caption, cap)

    def wrap(self, aw, ah):
        self.w = aw
        _, self.ch = self.caption.wrap(aw, 1000)
        return aw, self.h + 2 + self.ch + cap.spaceAfter

    def split(self, aw, ah):
        return []

    def draw(self):
        c = self.canv
        c.setFillColor(GREY)
        c.rect(0, self.ch + 2 + cap.spaceAfter, self.w, self.h, fill=1, stroke=0)
        self.caption.drawOn(c, 0, cap.spaceAfter)


class Keep(Flowable):
    """Stack of flowables drawn as one block; never split."""

    def __init__(self, items):
        super().__init__()
        self.items = items

    def wrap(self, aw, ah):
        self.w = aw
        self.sizes = []
        total = 0
        for it in self.items:
            _, h = it.wrap(aw, 1000)
            sb, sa = it.getSpaceBefore(), it.getSpaceAfter()
            self.sizes.append((h, sb, sa))
            total += h + sb + sa
        self.h = total
        return aw, total

    def split(self, aw, ah):
        return []

    def draw(self):
        y = self.h
        for it, (h, sb, sa) in zip(self.items, self.sizes):
            y -= sb + h
            it.drawOn(self.canv, 0, y)
            y -= sa


def pullquote(text, who, style=None):
    return Keep([rule(TEAL, 1.5, 6, 6), P(text, style or pull), P(who, pull_by)])


def photo(h, caption, w=None):
    return Photo(h, caption)


def box(flowables, bg=PALE, pad=7, border=None):
    t = Table([[flowables]], colWidths=["100%"])
    st = [("BACKGROUND", (0, 0), (-1, -1), bg),
          ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
          ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
          ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if border:
        st.append(("BOX", (0, 0), (-1, -1), 0.8, border))
    t.setStyle(TableStyle(st))
    return t


def rule(color=NAVY, w=0.8, before=2, after=6):
    return HRFlowable(width="100%", thickness=w, color=color, spaceBefore=before, spaceAfter=after)


def columns(x0, y0, x1, y1, n, gap=14):
    cw = (x1 - x0 - gap * (n - 1)) / n
    return [Frame(x0 + i * (cw + gap), y0, cw, y1 - y0, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, showBoundary=0) for i in range(n)]


HEADING_STYLES = ("sub", "hsmall", "qaq")


def fill(frame, story, c):
    """Fill one frame from the front of story, splitting paragraphs where needed."""
    while story:
        f = story[0]
        style = getattr(f, "style", None)
        if style is not None and style.name in HEADING_STYLES and len(story) > 1:
            # keep a sub-heading with at least three lines of what follows
            _, hh = f.wrap(frame._width, 1000)
            if frame._y - frame._y1p < hh + style.spaceBefore + 40:
                return
        if frame.add(f, c, trySplit=1):
            story.pop(0)
            continue
        parts = frame.split(f, c)
        if parts and frame.add(parts[0], c, trySplit=0):
            story[0:1] = parts[1:]
        return


def flow(c, frames, story):
    for f in frames:
        fill(f, story, c)
    return story


def place(c, flowable, x, ytop, w):
    """Draw a flowable with its top-left corner at (x, ytop); return its height."""
    _, h = flowable.wrapOn(c, w, 2000)
    flowable.drawOn(c, x, ytop - h)
    return h


def header(c, left, right=None):
    c.setFillColor(NAVY)
    c.setFont("Sans-B", 7.5)
    c.drawString(ML, H - 34, left.upper())
    if right:
        c.setFont("Sans", 7.5)
        c.drawRightString(W - MR, H - 34, right)
    c.setStrokeColor(NAVY)
    c.setLineWidth(0.6)
    c.line(ML, H - 39, W - MR, H - 39)


def footer(c, n):
    c.setStrokeColor(GOLD)
    c.setLineWidth(1.5)
    c.line(ML, 36, W - MR, 36)
    c.setFillColor(DARK)
    c.setFont("Sans", 7)
    if n % 2 == 0:
        c.setFont("Sans-B", 9)
        c.drawString(ML, 22, str(n))
        c.setFont("Sans", 7)
        c.drawString(ML + 18, 23, "The Kingsmere Courier  |  Spring Term 2026")
    else:
        c.setFont("Sans-B", 9)
        c.drawRightString(W - MR, 22, str(n))
        c.setFont("Sans", 7)
        c.drawRightString(W - MR - 18, 23, "The Kingsmere Courier  |  Spring Term 2026")


def section_bar(c, text, y, color=NAVY):
    c.setFillColor(color)
    c.rect(ML, y, W - ML - MR, 20, fill=1, stroke=0)
    c.setFillColor(white)
    c.setFont("Sans-B", 11)
    c.drawString(ML + 8, y + 6, text)


def check_empty(story, where):
    if story:
        raise SystemExit("overflow on %s: %d flowables left" % (where, len(story)))


# ================================================================ page 1
def page1(c):
    # masthead
    c.setFillColor(NAVY)
    c.rect(0, H - 118, W, 118, fill=1, stroke=0)
    c.setFillColor(GOLD)
    c.rect(0, H - 124, W, 6, fill=1, stroke=0)
    c.setFillColor(white)
    c.setFont("Serif-B", 38)
    c.drawString(ML, H - 70, "The Kingsmere Courier")
    c.setFont("Sans", 9.5)
    c.drawString(ML, H - 92, "News for parents and carers of Kingsmere Park School, Ashby Wold")
    c.setFont("Sans-B", 9.5)
    c.drawRightString(W - MR, H - 92, "Spring Term 2026  \u00b7  Issue 31")
    # cover photo
    top = H - 140
    pw = 330
    c.setFillColor(GREY)
    c.rect(ML, top - 200, pw, 200, fill=1, stroke=0)
    place(c, P("Testing time: Year 8 pupils watch a lolly-stick bridge take its final load "
               "in the engineering round of the Science Fair. Photo: Tomasz W\u00f3jcik", cap),
          ML, top - 203, pw)
    # in this issue
    xi = ML + pw + 16
    wi = W - MR - xi
    items = [
        ("Science", "A record-breaking Science Fair", "2"),
        ("English &amp; Drama", "\u201cBlood Brothers\u201d sells out", "4"),
        ("Maths, Music, Languages", "Coding club, concert and Lyon", "5"),
        ("Young Writers", "Poems and stories from the Creative Writing Club", "6"),
        ("Trip", "Fire and ice: Year 10 in Iceland", "7"),
        ("Sport", "Cup runs, mud and a table tennis league", "9"),
        ("Interview", "Farewell to Mrs Margarethe Holm after 34 years", "10"),
        ("Notices", "Dates for your diary and the Courier team", "12"),
    ]
    fl = [P("In this issue", ParagraphStyle("iti", parent=boxhead, fontSize=12, leading=15))]
    for kicker, text, pg in items:
        fl.append(P("<font name='Sans-B' color='#2a7f62'>%s</font><br/>%s "
                    "<font name='Sans-B'>\u2192 %s</font>" % (kicker, text, pg), boxtext))
    place(c, box(fl, bg=CREAM), xi, top, wi)

    # headteacher's welcome
    y = top - 245
    c.setFillColor(NAVY)
    c.setFont("Serif-B", 19)
    c.drawString(ML, y, "From the Headteacher")
    c.setStrokeColor(GOLD)
    c.setLineWidth(1)
    c.line(ML, y - 7, W - MR, y - 7)
    letter = paras("""
Dear Parents and Carers,

What a term it has been. Spring at Kingsmere always feels short, squeezed between the dark
mornings of January and the first revision timetables, and this year it has been fuller than ever.
In the pages that follow you will read about a record-breaking Science Fair, a sell-out run of
\u201cBlood Brothers\u201d, a Year 10 expedition that took our geographers to the edge of a glacier,
and a great many sporting fixtures played in weather that would have tested professionals.

I want to begin, though, with a thank-you. In February the boiler in the sports hall failed during
the coldest week of the year, and within a day we had offers of heaters, flasks and lifts from
families across the town. It was a small crisis, but the response reminded me how fortunate we are
in our school community.

When I asked a Year 7 pupil what she had enjoyed most this term, she did not hesitate.
\u201cThe bridge competition, because ours collapsed and then we fixed it,\u201d said Poppy Adeyemi.
I can think of no better summary of what we hope our pupils learn here: that failure is a step,
not a verdict.

This issue also marks a farewell. After thirty-four years, Mrs Margarethe Holm will retire from
teaching German in July. Generations of Kingsmere pupils have learned their cases, their irregular
verbs and, above all, their manners in her classroom. Our Year 12 journalist Ruair\u00ed Byrne sat
down with her for this issue, and I recommend the interview on page 10 to every reader.

Looking ahead, Year 11 and Year 13 begin their examinations in May. Please help them by keeping an
eye on sleep, screens and breakfast, in roughly that order. Our pastoral team are happy to talk to
any family who is worried about exam stress, and details of the drop-in sessions are on the back
page.

Thank you, as always, for your support.
""")
    letter += [Spacer(1, 4), P("Kind regards,", sign_left), Spacer(1, 10),
               P("<font name='Serif-BI' size='11'>Mrs Catherine Doyle</font>", sign_left),
               P("Headteacher", sign_left)]
    story = letter
    flow(c, columns(ML, 46, W - MR, y - 16, 3, gap=14), story)
    check_empty(story, "p1")
    c.setFont("Sans", 6.8)
    c.setFillColor(DARK)
    c.drawCentredString(W / 2, 24, "Kingsmere Park School \u00b7 Ferrers Lane \u00b7 Ashby Wold LN9 4QT \u00b7 "
                        "01522 000 431 \u00b7 office@kingsmere-park.example")


# ================================================================ pages 2-3 science
SCIENCE_1 = """
When we launched the Kingsmere Science Fair eight years ago, twenty-three projects were squeezed onto
the benches of Lab 4. This March the fair filled the whole of the main hall and spilled into the
library, with 142 entries from every year group and, for the first time, a category for families who
wanted to build something together.

The standard was remarkable. Judges from the University of Lincoln\u2019s outreach team spent most of
an afternoon arguing over the Year 8 engineering shortlist, and in the end could only separate the
top two bridges by adding weights one coin at a time. The winning design, made from lolly sticks and
dental floss, held eleven kilograms before it buckled.

Some of the simplest projects drew the biggest crowds. \u201cI never thought a potato could run a
clock for three days,\u201d said Maisie Flanagan, Year 8, whose vegetable battery was still ticking
when the hall was locked on Friday evening. Her neighbour on the next table had measured how quickly
different brands of ice lolly melt, a project that was popular with the judges for reasons I shall
not speculate on.

Parents told us they enjoyed the role reversal. Hamid Qureshi, whose son Idris entered the
engineering category, put it best: \u201cFor once the kids were explaining circuits to us, and we had
to keep up.\u201d Thank you to every family who came, and to the Friends of Kingsmere, who kept the
tea urn going for six hours.

## Examination classes

Behind the excitement of the fair, Year 11 have been working steadily towards their GCSEs. The
February mock results were encouraging, particularly in chemistry, where the proportion of pupils
reaching grade 6 or above rose by nine percentage points compared with last year. Revision sessions
run every Tuesday and Thursday after school until the end of May, and pupils are welcome to drop in
to any of them, not only those run by their own teacher.

In the sixth form, our A level biologists have completed their required practicals on enzyme
activity, and four Year 13 students have received offers to study medicine, veterinary science or
biomedical sciences. We are very proud of them, and of the many hours of work that lie behind
those letters.

Year 9 have begun their first GCSE topics this term, starting with cells and atomic structure.
Some of them were disappointed to learn that splitting the atom is not on the practical list, but
they have made up for it with some very enthusiastic flame tests.
"""

SCIENCE_2 = """
## A visit from the wind farm

In January we welcomed Dr Ingrid Solberg, a structural engineer who grew up in Bergen and now designs
foundations for offshore turbines in the North Sea. She spoke to the whole of Year 10 about her
career, which began, she admitted, with a grade in GCSE physics she would rather not repeat.

\u201cEngineering is just curiosity with a deadline,\u201d Dr Solberg told the pupils, before handing
round a section of steel cable that two of them could barely lift. She was honest about the hard
parts of the job, too, from long weeks at sea to the pressure of calculations that have to be right
first time. \u201cNobody builds a turbine alone, and nobody gets every sum right on the first
attempt,\u201d she said. Several pupils have since asked about work experience in engineering, and we
are working with her company to arrange placements in July.

## Girls in physics

The number of girls choosing A level physics at Kingsmere has doubled in three years, and our Year
12 students are determined to keep that number rising. \u201cWe need more girls asking awkward
questions in physics lessons.\u201d Those were the words of Amara Nwosu, Year 12, who now runs a
lunchtime club for Year 8 and Year 9 pupils with two of her classmates. The club meets on Wednesdays
in Lab 2 and has so far built a cloud chamber, a spectroscope and a rather temperamental rocket.

## New equipment

Thanks to a grant from the Ashby Wold Rotary Club, the department has bought twelve digital
microscopes, which connect to the classroom screens so that a whole class can look at the same onion
cell at once. Pupils in Year 7 have already used them to examine pond water collected from the
school\u2019s wildlife area, with some alarming results.

## Astronomy Club

The Astronomy Club held its first stargazing evening in January, and despite a cloudy start we were
rewarded with a clear view of Jupiter and three of its moons. Thirty pupils and their families braved
the cold on the playing field. The next evening is planned for October, when the nights are long
again.

## The wildlife area

The school wildlife area, planted by pupils in 2019, has become one of our busiest classrooms. This
term Year 7 completed a survey of the pond, recording water boatmen, damselfly larvae and, to general
excitement, a single great crested newt. Because great crested newts are a protected species, the
survey has been shared with the county\u2019s ecology records centre, and the pupils involved have
received a certificate of thanks.

Year 8 have been measuring soil temperature and moisture at different points across the site to
find out why the wildflower meadow grows so much better at one end than the other. Their conclusion,
that the meadow is partly shaded by the sports hall, may not have surprised the site team, but the
data were beautifully presented.

## Changes to Key Stage 3

From September, Year 7 and Year 8 science will be taught in six longer units rather than twelve
shorter ones. Each unit will end with an extended practical investigation instead of a written test,
so that pupils spend more time planning experiments and less time memorising definitions. We will
explain the changes at the Year 7 information evening in June, and we would welcome questions from
parents before then.

## Natural History Museum

In March, ninety Year 7 pupils visited the Natural History Museum in London. The dinosaur gallery was,
predictably, the most popular stop, but several pupils lingered longest among the minerals, where
they found a meteorite older than the Earth itself. One group was so absorbed in the human biology
gallery that they had to be collected by a member of staff with ten minutes to spare before the coach
left for home.

## British Science Week

During British Science Week every tutor group took part in a lunchtime \u201cegg drop\u201d, in which
pupils had fifteen minutes and a bag of recycled materials to protect a raw egg falling from the
first-floor balcony. Of the forty-two eggs launched, nineteen survived, which the site team tell us
is nineteen more than they expected. The sixth form chemists also ran a series of demonstrations in
the canteen, although the headteacher has asked that the one involving custard powder is not repeated
indoors.

Finally, thank you to our technicians, Mrs Lorraine Bakshi and Mr Piotr Zaj\u0105c, without whom none
of this would happen. Between them they prepared more than two thousand practical kits this term.
"""


def page2(c):
    header(c, "Department reports", "Science")
    y = H - 62
    y -= place(c, P("A record year for the Science Fair", h_big), ML, y, W - ML - MR)
    y -= place(c, P("One hundred and forty-two entries, a bridge that held eleven kilograms and a "
                    "potato clock that refused to stop: the science department looks back on a "
                    "busy spring.", lead), ML, y, 380)
    y -= place(c, P("By Dr Rahul Menon, Head of Science", byline), ML, y, 380)
    story = paras(SCIENCE_1) + paras(SCIENCE_2)
    story.insert(4, photo(150, "Nearly there: a Year 8 team adds the last coin to their bridge "
                               "before the judges arrive. Photo: Tomasz W\u00f3jcik"))
    global SCI_STORY
    SCI_STORY = story
    flow(c, columns(ML, MB, W - MR, y - 2, 3), story)
    footer(c, 2)


def page3(c):
    header(c, "Department reports", "Science")
    story = SCI_STORY
    # photo and winners box in the right column
    x0 = ML
    frames = columns(ML, MB, W - MR, H - 56, 3)
    right = frames[2]
    side = [pullquote("\u201cEngineering is just curiosity with a deadline.\u201d",
                      "Dr Ingrid Solberg, structural engineer"),
            photo(110, "Astronomy Club members set up the department\u2019s telescope on the "
                       "playing field in January. Photo: Meera Pillai"),
            box([P("Science Fair 2026: the winners", boxhead)] + [P(t, boxtext) for t in [
                "<b>Year 7:</b> Jonah Fairweather, \u201cHow salty is too salty?\u201d",
                "<b>Year 8:</b> Maisie Flanagan, \u201cThe everlasting potato\u201d",
                "<b>Year 9:</b> Kiran Bhatt and Leo Martens, \u201cDoes music help plants grow?\u201d",
                "<b>Year 10:</b> Anya Sokolova, \u201cFiltering microplastics from the school pond\u201d",
                "<b>Sixth form:</b> Tom\u00e1s Ferreira, \u201cMeasuring g with a smartphone\u201d",
                "<b>Family prize:</b> the Okoro family, \u201cA wind turbine from a bicycle wheel\u201d",
            ]], bg=CREAM)]
    sidebox_frame = Frame(right._x1, MB + 0, right._width, H - 56 - MB, leftPadding=0,
                          rightPadding=0, topPadding=0, bottomPadding=0)
    fill(sidebox_frame, side, c)
    check_empty(side, "p3 side")
    story += [Spacer(1, 6), box([P("Science dates for families", boxhead)] + [P(t, boxtext) for t in [
        "<b>Tue 21 April</b> \u2013 Year 11 revision evening for parents, Lab 1, 6 p.m.",
        "<b>Wed 6 May</b> \u2013 Physics club rocket launch, playing field (weather permitting)",
        "<b>Thu 11 June</b> \u2013 Year 7 information evening: the new Key Stage 3 course",
        "<b>Fri 10 July</b> \u2013 Year 10 work experience week begins"]], bg=PALE)]
    flow(c, frames[:2], story)
    check_empty(story, "p3 science")
    footer(c, 3)


# ================================================================ page 4 English & Drama
ENGLISH = """
For three nights in February the school hall was full to the back wall for our production of Willy
Russell\u2019s \u201cBlood Brothers\u201d, and on the final night we had to borrow extra chairs from the
dining room. Forty-one pupils from Years 8 to 13 performed, played in the band or worked backstage,
and rehearsals began as long ago as September.

The musical is a demanding choice for a school company. It asks young actors to age from seven to
their twenties, to move between comedy and tragedy within a single scene and to sing some of the
best-known songs in British musical theatre. Our cast rose to every one of those challenges.

\u201cSinging \u2018Tell Me It\u2019s Not True\u2019 in front of four hundred people was terrifying for
about ten seconds,\u201d said Layla Chaudhry, Year 11, who played Mrs Johnstone. \u201cAfter that it
was the best thing I have ever done.\u201d

Families were generous with their praise. Bernadette Murphy, whose daughter played Linda, wrote to
the department the following week: \u201cI went in expecting a school play and came out needing a
whole packet of tissues.\u201d We have had many similar messages, and the cast have read every one.

Our warmest thanks go to Mr Dominic Achebe, who directed the production, and to Ms Hiroko Sato, who
led the band from the piano through three nights without a single wrong entry, or at least none that
the audience noticed.

## Reading for pleasure

In the classroom, our Year 9 reading challenge has exceeded every expectation. Pupils were asked to
read six books from a list of thirty between January and Easter, and to write a short review of each
for the library display. More than two hundred pupils took part, and the most borrowed titles were
Malorie Blackman\u2019s \u201cNoughts &amp; Crosses\u201d, Louis Sachar\u2019s \u201cHoles\u201d and Angie
Thomas\u2019s \u201cThe Hate U Give\u201d.

Year 11 are now revising \u201cAn Inspector Calls\u201d and \u201cMacbeth\u201d for their literature
examinations, and the department is running a series of Saturday morning workshops in April. Pupils
have been asked to bring a copy of each text, a highlighter and their patience.

## World Book Day

On World Book Day in March, staff arrived dressed as characters from children\u2019s fiction. The
headteacher\u2019s Mrs Twit was widely admired, although the prize for best costume went to the site
team, who came as the three Billy Goats Gruff and stayed in character until lunchtime.

## Creative writing

Our Creative Writing Club, which meets on Mondays in the library, has produced some wonderful work
this term. A small selection appears on page 6, and the club would welcome new members from any
year group.
"""


def page4(c):
    header(c, "Department reports", "English & Drama")
    y = H - 62
    y -= place(c, P("\u201cBlood Brothers\u201d sells out, and a reading challenge takes off", h_mid),
               ML, y, W - ML - MR)
    y -= place(c, P("Report by Siobh\u00e1n Kearney, Head of English", byline), ML, y - 4, 400) + 4
    # photo strip across two columns on the right
    story = paras(ENGLISH) + [
        pullquote("\u201cForty-one young people trusted each other completely for three nights. "
                  "That is what theatre is for.\u201d", "Dominic Achebe, director"),
        box([P("Most borrowed in the Year 9 challenge", boxhead)] + [P(t, boxtext) for t in [
            "1. \u201cNoughts &amp; Crosses\u201d, Malorie Blackman",
            "2. \u201cHoles\u201d, Louis Sachar",
            "3. \u201cThe Hate U Give\u201d, Angie Thomas",
            "4. \u201cWonder\u201d, R. J. Palacio",
            "5. \u201cBoy 87\u201d, Ele Fountain"]], bg=CREAM)]
    cw = (W - ML - MR - 28) / 3
    xp = ML + cw + 14
    pw = 2 * cw + 14
    c.setFillColor(GREY)
    c.rect(xp, y - 150, pw / 2 - 3, 150, fill=1, stroke=0)
    c.rect(xp + pw / 2 + 3, y - 150, pw / 2 - 3, 150, fill=1, stroke=0)
    hcap = place(c, P("Left: Layla Chaudhry as Mrs Johnstone. Right: the company takes its bow on "
                      "the final night of \u201cBlood Brothers\u201d. Photos courtesy of Gwen Harcourt",
                      cap), xp, y - 152, pw)
    ybelow = y - 152 - hcap - 8
    frames = [Frame(ML, MB, cw, y - MB, 0, 0, 0, 0),
              Frame(xp, MB, cw, ybelow - MB, 0, 0, 0, 0),
              Frame(xp + cw + 14, MB, cw, ybelow - MB, 0, 0, 0, 0)]
    flow(c, frames, story)
    check_empty(story, "p4")
    footer(c, 4)


# ================================================================ page 5 short reports
MATHS = """
Forty-eight Kingsmere pupils sat the UK Junior Mathematical Challenge this spring, and eleven of them
qualified for the follow-on rounds, the best result the school has ever recorded. Special
congratulations go to Hana Kobayashi, Year 8, who achieved the highest score in the county.

Our Coding Club has doubled in size since September. Pupils in Years 7 to 9 have been learning
Python, and several have now moved on to writing their own games. \u201cIt\u2019s like a puzzle that
argues back,\u201d said Ishani Verma, Year 9, describing her first project, a quiz about the periodic
table. She already has bigger plans. \u201cNext I want to build an app that tells you which library
books are overdue,\u201d she said.

In the sixth form, three Year 13 students have been invited to a mathematics masterclass at the
University of Nottingham, and our A level Further Mathematics group has grown to fourteen students,
the largest in the school\u2019s history.

## Maths in the real world

In the last week of February, Year 8 swapped their textbooks for spreadsheets and planned a
fictional school trip to Edinburgh on a budget of \u00a312,000. Groups compared train and coach
fares, worked out the cost of feeding ninety teenagers for three days and presented their plans to a
panel of governors. The winning team came in \u00a341 under budget, although the panel did question
whether a single packed lunch could really last two days.

## Help your child with maths

Many parents tell us that the methods their children use in lessons look very different from the
ones they learned at school. On Thursday 7 May we will hold an evening workshop for families of Year
7 and Year 8 pupils, covering fractions, algebra and the calculator skills needed for GCSE. Tea and
biscuits will be provided, and no one will be asked to come to the board.
"""

MUSIC = """
The Spring Concert on 19 March brought together the orchestra, the junior and senior choirs, the jazz
band and, for one memorable number, the staff ukulele ensemble. The orchestra\u2019s performance of
Elgar\u2019s \u201cNimrod\u201d silenced the hall, and the senior choir\u2019s arrangement of \u201cBring
Him Home\u201d earned a standing ovation.

\u201cI have been coming to these concerts since my eldest started here in 2009, and this was the best
yet,\u201d said Eileen O\u2019Sullivan, whose granddaughter plays second violin.

Instrumental lessons for next year can be booked through the music office until 30 June. We are
particularly keen to hear from young brass players.
"""

LANG = """
Our exchange with the Coll\u00e8ge Jean Moulin in Lyon resumed in March after a four-year pause, and
twenty-two Year 9 pupils spent a week living with French families. Most came back with improved
French; all came back with a new appreciation of long lunches.

In the Year 8 spelling bee for Spanish and German, Tamsin Albright and Yusuf Demir shared first place
after eleven rounds. Next term we welcome our French partners to Kingsmere, and we are still looking
for three host families. Please contact the languages office if you can help.
"""


def page5(c):
    header(c, "Department reports", "Maths \u00b7 Music \u00b7 Languages")
    top = H - 58
    # left two columns: maths (wide), right column: music + languages
    cw = (W - ML - MR - 28) / 3
    wide = 2 * cw + 14
    st = [P("Maths &amp; Computing", h_mid),
          P("Puzzles that argue back", ParagraphStyle("k", parent=h_small, textColor=TEAL)),
          P("Report by Kwame Asante", byline)]
    y = top
    for f in st:
        y -= place(c, f, ML, y, wide)
    # photo lower left
    c.setFillColor(GREY)
    c.rect(ML, MB + 30, wide, 160, fill=1, stroke=0)
    place(c, P("The staff ukulele ensemble in rehearsal for the Spring Concert. They have asked us "
               "to point out that it was their first public performance. Photo: Sean Gallagher", cap),
          ML, MB + 27, wide)
    story = paras(MATHS)
    flow(c, columns(ML, MB + 200, ML + wide, y, 2), story)
    check_empty(story, "p5 maths")
    # right column
    xr = ML + wide + 14
    c.setStrokeColor(GOLD)
    c.setLineWidth(1)
    c.line(xr - 7, MB, xr - 7, top)
    story = ([P("Music", h_mid), P("Report by Aiko Tanaka", byline)] + paras(MUSIC) +
             [rule(GOLD, 1, 6, 8), P("Languages", h_mid),
              P("Report by Lukas Brenner, Head of Languages", byline)] + paras(LANG) +
             [Spacer(1, 6), box([P("Music and languages diary", boxhead)] + [P(t, boxtext) for t in [
                 "<b>30 April</b> \u2013 Lyon partners arrive for their return visit",
                 "<b>12 May</b> \u2013 Junior choir at the Ashby Wold Music Festival",
                 "<b>30 June</b> \u2013 Deadline for booking instrumental lessons",
                 "<b>8 July</b> \u2013 Summer Serenade on the quad, 6.30 p.m."]], bg=PALE)])
    fill(Frame(xr, MB, cw, top - MB, 0, 0, 0, 0), story, c)
    check_empty(story, "p5 right")
    footer(c, 5)


# ================================================================ page 6 young writers
POEM = """Number 14 Bus, 7.42 a.m.|
The windows sweat like they ran to get here.
Somebody\u2019s breakfast smells of cinnamon,
somebody\u2019s music leaks from one earbud,
and the driver nods at me the way
he nods at everyone, which is to say
as if he knows exactly who we are.
|
We pass the bakery with its lights still off,
the church with its notice board of lost cats,
the field where the fog lies down in lines.
Nobody speaks. Nobody needs to.
We are twenty strangers keeping the same time,
and for eleven stops, that is enough."""

KITCHEN = """
My grandmother\u2019s kitchen in Ashby Wold is three metres wide and has never, in my lifetime,
contained fewer than four people. She came to England from Gda\u0144sk in 1981 with one suitcase and
a recipe book held together with an elastic band, and the kitchen has been her embassy ever since.

Everything important in our family has happened at that table. My cousin announced her engagement
there, my dad found out there that he had passed his driving test at the fourth attempt, and I told
everyone I wanted to study architecture there, somewhere between the soup and the pierogi.

\u201cNobody leaves hungry and nobody leaves without a story,\u201d my grandmother, Halina Nowak, likes
to say, and she means it as a rule rather than a boast. Her stories are about queues for bread, a
brother who swam across a river for love, and a dog called Bursztyn who stole a whole ham. Some of
them are probably exaggerated. All of them are true in the way that matters.

When I think about buildings now, I think less about how they look from the outside and more about
what happens in them. A good room, I have decided, is one where people stay longer than they meant
to. By that measure, my grandmother\u2019s kitchen is the best-designed room in England.
"""

CAT = """
The lighthouse on Skarholm has not had a keeper since 1974, but it has always had a cat. My
grandfather says the first one came ashore from a fishing boat and simply refused to leave, and every
cat since has been its great-great-something grandchild.

The cat I met last summer was grey with one white ear. It sat on the iron steps at the top of the
tower and watched the ferries as if it were counting them. When the fog came in, it went inside and
slept beside the lamp, which still turns every night even though nobody lives there to switch it on.

I think the cat is the real keeper. The lamp keeps the ships safe, and the cat keeps the lamp
company. Somebody has to.
"""


def page6(c):
    header(c, "Young Writers\u2019 Corner")
    y = H - 62
    y -= place(c, P("Places that hold us", h_big), ML, y, W - ML - MR)
    y -= place(c, P("Every term the Creative Writing Club chooses a few pieces to share with the "
                    "whole school community. This term\u2019s theme was \u2018places that hold "
                    "us\u2019, and the club received more than sixty entries.", lead),
               ML, y, 400)
    cw = (W - ML - MR - 28) / 3
    # column 1: poem + illustration
    title, rest = POEM.split("|", 1)
    stanzas = rest.strip("\n|").split("|")
    st = [P(title, h_small)]
    for s in stanzas:
        st.append(P("<br/>".join(l.strip() for l in s.strip().splitlines()), poem))
    st.append(P("Zainab Hussain, Year 9", sign))
    st.append(Spacer(1, 10))
    st.append(photo(150, "Illustration: Daniel Osei, Year 10"))
    st.append(box([P("Join the Creative Writing Club", boxhead),
                   P("Mondays, 3.30\u20134.30 p.m., in the library. All year groups welcome. "
                     "Next term\u2019s theme is \u2018the first time\u2019. Entries for the summer "
                     "issue should be handed to the library desk by 5 June.", boxtext)], bg=CREAM))
    f1 = Frame(ML, MB, cw, y - MB, 0, 0, 0, 0)
    fill(f1, st, c)
    check_empty(st, "p6 col1")
    # columns 2-3: essay, then the short story
    x2 = ML + cw + 14
    st = [P("My grandmother\u2019s kitchen", h_mid)] + paras(KITCHEN) + [
        P("Oliver Nowak, Year 11", sign), rule(GOLD, 1, 2, 8),
        P("The Lighthouse Keeper\u2019s Cat", h_mid)] + paras(CAT) + [
        P("Freya Lindqvist, Year 7", sign)]
    frames = columns(x2, MB, W - MR, y, 2)
    flow(c, frames, st)
    check_empty(st, "p6 essay")
    footer(c, 6)


# ================================================================ pages 7-8 trip
TRIP_1 = """
At four o\u2019clock on a dark February morning, thirty-six Year 10 pupils and five members of staff
climbed onto a coach outside the school gates, most of them still wearing pyjama tops under their
coats. Eighteen hours, one flight and a great many sandwiches later, we were standing on a black sand
beach in the south of Iceland, watching waves the size of houses roll in from the Atlantic.

The residential trip, our first to Iceland since 2019, was designed to bring the GCSE physical
geography course to life. Over five days we visited volcanoes, glaciers, waterfalls, a geothermal
power station and a farm that grows tomatoes under artificial light a few hundred kilometres south of
the Arctic Circle.

Our guide for the week was Sigr\u00fan Hallsd\u00f3ttir, a geologist from Reykjav\u00edk who has been
leading school groups for fifteen years. She met us at the airport with a flask of hot chocolate and a
warning. \u201cIn Iceland we say that if you do not like the weather, you should wait five
minutes,\u201d she told the group on the first morning. By lunchtime we had experienced sunshine,
sleet, horizontal rain and a brief but spectacular hailstorm, and nobody doubted her again.

## Day two: plates and geysers

The second day took us along the Golden Circle. At \u00deingvellir National Park, pupils walked
through the rift valley where the North American and Eurasian plates are slowly pulling apart, and
several of them insisted on standing with one foot on each continent. The geology is not quite that
simple, as our guide patiently explained, but the photographs were excellent.

At Geysir the group waited in a silent ring for Strokkur to erupt, which it does every few minutes
with a sound like a giant clearing its throat. \u201cI felt the ground shake a bit and honestly
thought it was the end,\u201d said Ruby Kowalski, Year 10, who was standing rather closer than the
rest of us would have liked. The afternoon finished at Gullfoss, where the spray from the waterfall
froze on our hats and eyebrows.

## Day three: the glacier

For many pupils the highlight of the week was the walk onto S\u00f3lheimaj\u00f6kull, an outlet
glacier that has retreated by more than a kilometre since the 1990s. Wearing crampons and helmets,
and roped together in small groups, the pupils climbed onto the ice with two mountain guides and
learned how to read crevasses, moraines and meltwater channels.

Standing on the glacier, the guides pointed out the markers showing where the ice ended in previous
decades, and the pupils fell quiet as they worked out the distance. \u201cThat was the loudest silence
I have ever heard.\u201d Jamal Ibrahim said it afterwards on the coach, and nobody could improve on it.
For a course that spends weeks on climate change, there is no substitute for seeing it with your own
eyes.
"""

TRIP_2 = """
## Day four: power from the ground

On the fourth day we visited the Hellishei\u00f0i geothermal power station, one of the largest in the
world, where engineers explained how water heated deep underground is used to generate electricity
and to heat homes in Reykjav\u00edk. Pupils were surprised to learn that almost all of Iceland\u2019s
electricity comes from renewable sources, and several of them have since written to our MP about it.

The afternoon took us to a family-run greenhouse farm at Reykholt, where tomatoes and cucumbers
grow all year round under lamps powered by geothermal electricity and heated by water straight from
the ground. The farmer showed us how bumblebees, imported in boxes, pollinate the plants in
midwinter, and then served tomato soup to thirty-six very cold teenagers. It was the only meal of
the week that nobody complained about.

In the evening we swam in an outdoor geothermal pool while snow fell around us, which was, according
to one pupil, \u201cillegal levels of cosy\u201d. Staff would like to point out that the pool closed at
nine and that everybody was in bed by ten, more or less.

## Day five: home

Our final morning was spent at the Lava Centre in Hvolsv\u00f6llur, where an interactive exhibition
brought together everything we had seen during the week. Then it was back to Keflav\u00edk, back
across the North Sea and back onto the coach, where almost everyone was asleep before we reached the
motorway.

We would like to thank the pupils for their good humour, their curiosity and their punctuality, which
was frequently better than ours. Thanks also go to Mr Rashid Farouk, Ms Elin Gustafsson and Mrs
Deborah Price, who gave up their half-term to help, and to every parent who waited in the car park
at midnight for our return.

## Back in the classroom

The real test of a field trip is what happens afterwards. Since February, Year 10 have used their
own photographs, sketches and measurements to write case studies of glacial retreat and renewable
energy, and their work has been some of the strongest the department has seen. Several pupils have
chosen to base their independent enquiries on the data they collected, including a comparison of
meltwater temperatures and a study of how tourism has changed the small towns along the south
coast.

Planning for the 2027 trip is already under way, and a letter for current Year 9 families will follow
in June.
"""


def page7(c):
    y = H - 46
    c.setFillColor(TEAL)
    c.rect(ML, y - 4, 70, 14, fill=1, stroke=0)
    c.setFillColor(white)
    c.setFont("Sans-B", 7.5)
    c.drawString(ML + 6, y, "ON TOUR")
    y -= 18
    y -= place(c, P("Fire and ice: Year 10 geographers in Iceland",
                    ParagraphStyle("tt", parent=h_big, fontSize=30, leading=34, spaceAfter=0)),
               ML, y, W - ML - MR) + 8
    y -= place(c, P("Five days, two tectonic plates, one glacier and a great many layers of thermal "
                    "underwear: the geography department\u2019s residential trip returned to Iceland "
                    "for the first time in seven years.", lead), ML, y, 420)
    y -= place(c, P("By Chiara Bellini and Ewan MacLeod", byline), ML, y, 400)
    # big photo across top of columns 2-3
    cw = (W - ML - MR - 28) / 3
    xp = ML + cw + 14
    pw = 2 * cw + 14
    c.setFillColor(GREY)
    c.rect(xp, y - 240, pw, 240, fill=1, stroke=0)
    hcap = place(c, P("Waves, wind and black sand: the group at Reynisfjara on the first afternoon. "
                      "Photo: Ewan MacLeod", cap), xp, y - 242, pw)
    yb = y - 242 - hcap - 6
    global TRIP_STORY
    TRIP_STORY = paras(TRIP_1) + paras(TRIP_2)
    frames = [Frame(ML, MB, cw, y - MB, 0, 0, 0, 0),
              Frame(xp, MB, cw, yb - MB, 0, 0, 0, 0),
              Frame(xp + cw + 14, MB, cw, yb - MB, 0, 0, 0, 0)]
    flow(c, frames, TRIP_STORY)
    footer(c, 7)


def page8(c):
    cw = (W - ML - MR - 28) / 3
    top = H - 46
    # diary box in column 3, photo at top of columns 1-2
    pw = 2 * cw + 14
    c.setFillColor(GREY)
    c.rect(ML, top - 160, pw, 160, fill=1, stroke=0)
    hcap = place(c, P("Roped together on S\u00f3lheimaj\u00f6kull, with the outlet glacier\u2019s "
                      "ash-streaked ice behind. Photo: Noah Kristensen, Year 10", cap),
                 ML, top - 162, pw)
    yb = top - 162 - hcap - 6
    frames = [Frame(ML, MB, cw, yb - MB, 0, 0, 0, 0),
              Frame(ML + cw + 14, MB, cw, yb - MB, 0, 0, 0, 0)]
    flow(c, frames, TRIP_STORY)
    check_empty(TRIP_STORY, "p8 trip")
    diary = [P("From the pupils\u2019 diaries", boxhead),
             P("<b>Wednesday.</b> Woke up at six and it stayed dark until nearly ten. Apparently in "
               "summer it never gets dark at all, and I don\u2019t know which is worse. The geyser "
               "was worth it though. I have forty-one videos of it and none of them show the "
               "moment it actually goes off.", boxtext),
             P("Noah Kristensen, Year 10", ParagraphStyle("ds", parent=boxtext, fontName="Sans-BI",
                                                           alignment=TA_RIGHT, spaceAfter=8)),
             P("<b>Thursday.</b> The glacier was grey and not white like in films, because of the "
               "ash from old eruptions. Our guide let us drink meltwater straight from a channel "
               "and it was the coldest thing I have ever tasted. My crampons fell off twice. I "
               "would still go back tomorrow.", boxtext),
             P("Priyanka Deshmukh, Year 10", ParagraphStyle("ds2", parent=boxtext, fontName="Sans-BI",
                                                             alignment=TA_RIGHT, spaceAfter=8)),
             P("<b>Friday.</b> Slept on the plane, slept on the coach, slept in the car. Mum says I "
               "have not stopped talking about volcanoes since, which is not true, because I have "
               "also been talking about the hot dogs.", boxtext),
             P("Ciar\u00e1n Doherty, Year 10", ParagraphStyle("ds3", parent=boxtext, fontName="Sans-BI",
                                                            alignment=TA_RIGHT, spaceAfter=2))]
    x3 = ML + 2 * (cw + 14)
    side = [box(diary, bg=CREAM), Spacer(1, 8),
            pullquote("\u201cSeeing the glacier made every lesson on climate change suddenly "
                      "real.\u201d", "Ruby Kowalski, Year 10"),
            Spacer(1, 4),
            box([P("The trip in numbers", boxhead)] + [P(t, boxtext) for t in [
                "<b>36</b> pupils and <b>5</b> staff",
                "<b>1,840</b> km driven by coach in Iceland",
                "<b>4</b> hours of daylight lost to cloud, on average",
                "<b>11</b> eruptions of Strokkur counted by Noah",
                "<b>0</b> passports lost (a department record)"]], bg=PALE)]
    fill(Frame(x3, MB, cw, top - MB, 0, 0, 0, 0), side, c)
    check_empty(side, "p8 side")
    footer(c, 8)


# ================================================================ page 9 sport
SPORT = [
    ("Football: Under-14 girls reach the county semi-final",
     "Kingsmere 3 \u2013 1 Ashby Wold Academy",
     """Our Under-14 girls came from behind to win their county cup quarter-final on a bitterly cold
     afternoon in January. A defensive mix-up gave the visitors an early lead, but captain Hollie
     Brennan levelled before half-time with a shot from the edge of the area, and two second-half
     goals from Zofia Wi\u015bniewska sealed the win.

     \u201cWe were 1\u20130 down and nobody panicked, because we had been there before,\u201d said Hollie
     afterwards. The semi-final against Lincoln Minster takes place on 2 May, and the squad would
     love to see as many supporters as possible on the touchline.""",
     "Report by Vikram Shah, Head of PE"),
    ("Rugby: Under-16s learn a hard lesson",
     "St Brendan\u2019s College 24 \u2013 12 Kingsmere",
     """St Brendan\u2019s were bigger, faster and better organised, and the scoreline did not flatter
     them. Kingsmere\u2019s two tries both came from Marcus Oyelaran, the second after a fifty-metre
     run that brought the travelling parents to their feet.

     \u201cWe\u2019ll learn more from this defeat than from three easy wins,\u201d said Mr Shah, who has
     already scheduled extra scrummaging practice for Tuesday lunchtimes.""",
     "Callum Reid, Year 11"),
    ("Netball: Year 8 win the county plate",
     None,
     """Kingsmere\u2019s Year 8 netballers won the county plate competition at Grantham in March,
     beating four schools without conceding more than five goals in a match. Goal shooter Ayesha
     Malik scored 31 goals across the day. The team has trained every Friday morning at 7.45 since
     September, and their dedication has paid off in style.""",
     "Eilidh Fraser, Year 8"),
    ("Cross-country: a muddy triumph",
     None,
     """Sixty-two runners represented Kingsmere at the district cross-country championships at
     Belton Park, where two days of rain had turned the course into something closer to a swamp. Our
     junior boys\u2019 team finished first, and Amelie Sch\u00e4fer, Year 7, won the junior girls\u2019
     race by almost half a minute.

     \u201cMy trainers are still in the garden, because I am not allowed to bring them into the
     house,\u201d said Amelie, whose mother confirms the story.""",
     "Words by Tadeusz Lewandowski, cross-country coach"),
    ("Table tennis in brief",
     None,
     """The new lunchtime table tennis league has 48 players in its first season. The current leader
     is Kenji Morimoto, Year 10, unbeaten in fourteen matches. Challengers should sign up on the
     list outside the sports hall office.""",
     "Ren Takahashi, Year 12"),
]


def page9(c):
    header(c, "Sport", "Results and reports, January to March")
    y = H - 50
    section_bar(c, "SPORTS ROUND-UP", y - 20, TEAL)
    y -= 30
    story = []
    for i, (head, res, text, who) in enumerate(SPORT):
        story.append(P(head, h_small))
        if res:
            story.append(P(res, result))
        story += paras(text)
        story.append(P(who, sign))
        if i == 0:
            story.append(photo(110, "Zofia Wi\u015bniewska scores Kingsmere\u2019s third goal "
                                    "against Ashby Wold Academy. Photo: Sean Gallagher"))
        if i < len(SPORT) - 1:
            story.append(rule(GREY, 0.6, 0, 6))
    fixtures = box([P("Coming up", boxhead)] + [P(t, boxtext) for t in [
        "<b>2 May</b> \u2013 U14 girls\u2019 football, county semi-final v Lincoln Minster (home)",
        "<b>9 May</b> \u2013 District athletics trials, Ashby Wold Leisure Centre",
        "<b>20 May</b> \u2013 Year 7 and 8 rounders festival",
        "<b>3 July</b> \u2013 Sports Day (reserve date 10 July)"]], bg=PALE)
    story.append(Spacer(1, 4))
    story.append(fixtures)
    flow(c, columns(ML, MB, W - MR, y, 3), story)
    check_empty(story, "p9")
    footer(c, 9)


# ================================================================ pages 10-11 interview
QA_1 = [
    ("You arrived at Kingsmere in 1992. What do you remember about your first day?",
     """Mostly that I got lost. The school was half the size it is now, but the languages block was a
     temporary hut behind the kitchens, and nobody had told me. I spent the first ten minutes of my
     first lesson wandering around the car park with a box of textbooks. The class were very patient.
     Some of them still remind me about it when I meet them in the supermarket."""),
    ("Why German?",
     """I grew up in Flensburg, right on the Danish border, so I spoke German at home, Danish with my
     grandmother and English from the television. I came to England to study for a year and met my
     husband, which was not part of the plan. Teaching my own language seemed the obvious thing to
     do, and it turned out to be the right thing."""),
    ("How has teaching changed since 1992?",
     """Completely, and not at all. When I started we had chalk, a cassette player and a textbook that
     was already ten years out of date. Now the pupils can talk to a German class in Bremen over video
     in real time, which is wonderful. But the heart of it is the same. A child who is frightened of
     getting something wrong will never speak, so the first job of a language teacher is to make
     mistakes feel safe."""),
    ("What is the secret of a quiet classroom?",
     """There isn\u2019t one, and I have never wanted a quiet classroom. I want a classroom that is noisy
     about the right things. If thirty teenagers are arguing about whether a noun is feminine, I am
     delighted. If they are arguing about a football match, I am slightly less delighted, but I
     usually ask them to do it in German."""),
]
QA_2 = [
    ("You have organised more than twenty exchange trips. Any favourite memories?",
     """Far too many. There was the year our coach broke down outside Hanover and a farmer towed us to
     the next village with his tractor. There was the boy who was so homesick on the first night
     that he phoned his mother eleven times, and then cried on the last day because he didn\u2019t
     want to leave. He is a diplomat in Vienna now."""),
    ("Which pupils do you remember best?",
     """Not always the ones you would expect. I remember the quiet ones who suddenly found their
     voice in a role play, and the ones who were terrible at grammar but could make a German
     shopkeeper laugh. I have a drawer at home full of cards and letters from former pupils, and I
     have kept every single one."""),
    ("You also taught Danish for several years. How did that come about?",
     """In 2006 a group of Year 10 pupils asked whether they could learn it after an exchange trip
     to Kiel, where some of them had made friends with Danish students. We ran a small after-school
     class for six years. Only a handful of pupils ever took an exam in it, but they all passed, and
     two of them now live in Copenhagen."""),
    ("What do you make of translation apps?",
     """They are very useful for ordering a coffee and very dangerous for writing a love letter. I
     tell pupils to use them the way they would use a dictionary: to check, not to think for them.
     A language is not only words, it is a way of looking at people, and no app can do that for you
     yet."""),
    ("Did you ever think about doing anything else?",
     """Once, in about 2003, during a particularly difficult inspection. It lasted about a week. I can
     honestly say that I never once dreaded a Monday, and I don\u2019t know many people who can say
     that about their job."""),
    ("What advice would you give to new teachers?",
     """Learn the names quickly, including the names of the cleaners and the kitchen staff. Mark the
     work you ask for. And remember that grammar is just kindness to your reader: you are not teaching
     children to pass a test, you are teaching them to be understood."""),
    ("How do you feel about leaving?",
     """Sad, grateful and a little relieved about the marking. Kingsmere has been my second home
     for more than half my life. I will miss the staffroom, the noise in the corridors and that
     moment when a pupil realises they have just understood a sentence without translating it in
     their head first."""),
    ("If you could change one thing about school life, what would it be?",
     """I would give every pupil the chance to spend at least a week abroad before they leave,
     whatever their family can afford. Nothing teaches you more about your own country than living
     for a few days in somebody else\u2019s. The Friends of Kingsmere have quietly helped a great many
     families with the cost of exchanges over the years, and I hope that continues long after I
     have gone."""),
    ("And what will you do with your time now?",
     """My husband and I have bought a very old wooden sailing boat, which needs a great deal of work.
     We hope to sail it to Denmark next summer. If it sinks, I shall write to the Courier from the
     bottom of the Kattegat."""),
    ("Finally, a word for this year\u2019s Year 11 German class?",
     """Viel Gl\u00fcck, and please remember that the dative is your friend. I shall be thinking of
     you in May, probably from the deck of a boat with no engine."""),
]


def qa(pairs):
    out = []
    for q, a in pairs:
        out.append(P("Q: " + q, qa_q))
        out.append(P("<b>A:</b> " + " ".join(a.split()), qa_a))
    return out


def page10(c):
    header(c, "Interview", "Farewell, Mrs Holm")
    y = H - 64
    y -= place(c, P("\u201cI never once dreaded a Monday\u201d",
                    ParagraphStyle("ih", parent=h_big, fontSize=28, leading=32, spaceAfter=0)),
               ML, y, W - ML - MR) + 8
    y -= place(c, P("After 34 years of teaching German at Kingsmere, Mrs Margarethe Holm retires this "
                    "summer. She talked to Ruair\u00ed Byrne about chalk, exchange trips and the "
                    "secret of a quiet classroom.", lead), ML, y, 430)
    y -= place(c, P("Interview by Ruair\u00ed Byrne, Year 12", byline), ML, y, 400)
    cw = (W - ML - MR - 16) / 2
    # photo at top of the right column
    xr = ML + cw + 16
    c.setFillColor(GREY)
    c.rect(xr, y - 270, cw, 270, fill=1, stroke=0)
    hcap = place(c, P("Mrs Holm in Room B14, her classroom since the languages block was built in "
                      "1998. Photo: Meera Pillai", cap), xr, y - 272, cw)
    yb = y - 272 - hcap - 6
    yb -= place(c, box([P("Mrs Holm\u2019s Kingsmere years", boxhead)] + [P(t, boxtext) for t in [
        "<b>1992</b> \u2013 Joins Kingsmere as a newly qualified teacher of German",
        "<b>1994</b> \u2013 Leads her first exchange trip, to Bremen",
        "<b>2001</b> \u2013 Becomes Head of Languages",
        "<b>2006</b> \u2013 Starts an after-school Danish class",
        "<b>2015</b> \u2013 Steps down as head of department to return to full-time teaching",
        "<b>2026</b> \u2013 Retires after 34 years"]], bg=CREAM), xr, yb, cw) + 10
    intro = P("Mrs Holm joined Kingsmere in September 1992 as a newly qualified teacher and has taught "
              "German, and for several years Danish, to more than four thousand pupils. She led the "
              "languages department from 2001 to 2015 and has organised more than twenty exchange "
              "trips to Bremen and Kiel.", ParagraphStyle("ii", parent=body, fontName="Serif-I"))
    global QA_STORY
    QA_STORY = [intro] + qa(QA_1) + qa(QA_2)
    frames = [Frame(ML, MB, cw, y - MB, 0, 0, 0, 0), Frame(xr, MB, cw, yb - MB, 0, 0, 0, 0)]
    flow(c, frames, QA_STORY)
    footer(c, 10)


def page11(c):
    header(c, "Interview", "Farewell, Mrs Holm")
    top = H - 56
    cw = (W - ML - MR - 16) / 2
    # pull quote on top across
    y = top
    y -= place(c, rule(GOLD, 2, 0, 6), ML, y, W - ML - MR)
    y -= place(c, P("\u201cGrammar is just kindness to your reader.\u201d",
                    ParagraphStyle("pq", parent=pull, fontSize=22, leading=26, alignment=TA_CENTER)),
               ML, y, W - ML - MR)
    y -= place(c, P("Margarethe Holm", ParagraphStyle("pqb", parent=pull_by, alignment=TA_CENTER,
                                                       spaceBefore=4, fontSize=9)),
               ML, y - 6, W - ML - MR) + 6
    y -= place(c, rule(GOLD, 2, 0, 10), ML, y, W - ML - MR)
    xr = ML + cw + 16
    c.setFillColor(GREY)
    c.rect(xr, y - 190, cw, 190, fill=1, stroke=0)
    hcap = place(c, P("Bremen, 1996: Mrs Holm (centre, in the red coat) with the first exchange "
                      "group she led. Photo: Kingsmere school archive", cap), xr, y - 192, cw)
    yb = y - 192 - hcap - 8
    trib = [P("Tributes from the staffroom", boxhead),
            P("\u201cMargarethe taught half of this staffroom how to use an overhead projector and "
              "the other half how to stop using one,\u201d says Olumide Bankole, Deputy "
              "Headteacher.", boxtext),
            P("\u201cShe was the reason I became a linguist,\u201d says Dr Sunita Perera, who left "
              "Kingsmere in 1999 and now lectures in German at the University of Leeds. \u201cShe "
              "made us believe we had something to say in another language.\u201d", boxtext),
            P("Lukas Brenner, Head of Languages, put it more simply: \u201cThere will never be "
              "another Mrs Holm, and the department will be a quieter place without her.\u201d",
              boxtext),
            P("A farewell afternoon tea for Mrs Holm will be held in the school library on Friday "
              "17 July from 3.30 p.m. Former pupils and colleagues are warmly invited; please let "
              "the school office know if you plan to come.", boxtext)]
    story = QA_STORY + [Spacer(1, 8), box(trib, bg=CREAM)]
    frames = [Frame(ML, MB, cw, y - MB, 0, 0, 0, 0), Frame(xr, MB, cw, yb - MB, 0, 0, 0, 0)]
    flow(c, frames, story)
    check_empty(story, "p11 interview")
    footer(c, 11)


# ================================================================ page 12 back page
PTA = """
Thank you to everyone who came to the Winter Fair in December. Between the tombola, the cake stall
and a surprisingly competitive guess-the-weight-of-the-pudding contest, we raised \u00a34,212, which
has paid for new benches for the quad and two reading pods for the library.

Our next event is the quiz night on Saturday 16 May in the school hall, with tickets at \u00a38
including supper. Teams of up to six are welcome, and the staff team is, as ever, beatable. We are
also looking for a new treasurer from September. If you have a head for numbers and a couple of
hours a month, please get in touch through the school office.
"""

LETTER = """
Dear Courier,

I would like to thank the staff who ran the Year 7 residential in the Peak District in November. My
son came home exhausted, muddy and happier than I have seen him since we moved to Ashby Wold, and he
has talked about nothing but caving ever since. Please pass on our thanks to everyone involved, and
especially to the instructor who found his other boot.
"""

EXAMS = """
From 20 April our pastoral team will hold drop-in sessions for parents and carers of Year 11 and Year
13 every Monday from 4 to 5.30 p.m. in the Learning Hub. No appointment is needed. You can also
contact your child\u2019s head of year by email at any time.
"""


def page12(c):
    header(c, "Notices", "Back page")
    top = H - 58
    cw = (W - ML - MR - 28) / 3
    wide = 2 * cw + 14
    story = ([P("From the Friends of Kingsmere", h_small)] + paras(PTA) +
             [P("Nadia Rahman, Chair, Friends of Kingsmere", sign), rule(GREY, 0.6, 0, 6),
              P("Letters", h_small)] + paras(LETTER) +
             [P("Marta Kowalczyk, parent of Tymon, Year 7", sign), rule(GREY, 0.6, 0, 6),
              P("Exam support for families", h_small)] + paras(EXAMS) +
             [Spacer(1, 6),
              box([P("Dates for your diary", boxhead)] + [P(t, boxtext) for t in [
                  "<b>Mon 13 April</b> \u2013 Summer term begins",
                  "<b>Thu 23 April</b> \u2013 Year 9 options evening, 6 p.m.",
                  "<b>Mon 4 May</b> \u2013 Bank holiday, school closed",
                  "<b>Sat 16 May</b> \u2013 Friends of Kingsmere quiz night",
                  "<b>25\u201329 May</b> \u2013 Half-term",
                  "<b>Fri 17 July</b> \u2013 Farewell tea for Mrs Holm; term ends at 1.30 p.m."]],
                  bg=PALE)])
    flow(c, columns(ML, MB, ML + wide, top, 2), story)
    check_empty(story, "p12 left")
    xr = ML + wide + 14
    team = [P("The Courier team", ParagraphStyle("ct", parent=boxhead, textColor=white, fontSize=12,
                                                 leading=15)),
            P("Editor: Bronwen Price", ParagraphStyle("cw", parent=boxtext, textColor=white)),
            P("Deputy editor: Farah Haddad (Year 13)",
              ParagraphStyle("cw2", parent=boxtext, textColor=white)),
            P("Design: Jakub Zieli\u0144ski (Year 12)",
              ParagraphStyle("cw3", parent=boxtext, textColor=white)),
            P("Photography: Tomasz W\u00f3jcik, Meera Pillai and Sean Gallagher",
              ParagraphStyle("cw4", parent=boxtext, textColor=white)),
            Spacer(1, 6),
            P("The Kingsmere Courier is published three times a year by Kingsmere Park School, "
              "Ferrers Lane, Ashby Wold LN9 4QT, and sent to every family by email. Printed copies "
              "are available from the school office.",
              ParagraphStyle("cw5", parent=boxtext, textColor=white, fontSize=7)),
            P("We welcome news, photographs and letters from parents, carers and pupils. "
              "Contributions for the Summer issue should reach the editor by 5 June at "
              "courier@kingsmere-park.example.",
              ParagraphStyle("cw6", parent=boxtext, textColor=white, fontSize=7))]
    h = place(c, box(team, bg=NAVY, pad=10), xr, top, cw)
    c.setFillColor(GREY)
    c.rect(xr, top - h - 190, cw, 178, fill=1, stroke=0)
    place(c, P("Lost property: this lonely trombone case has been waiting outside the music office "
               "since December. Photo: Tomasz W\u00f3jcik", cap), xr, top - h - 192, cw)
    footer(c, 12)


def main():
    c = canvas.Canvas(OUT, pagesize=A4, invariant=1)
    c.setTitle("The Kingsmere Courier - Spring Term 2026")
    for fn in [page1, page2, page3, page4, page5, page6, page7, page8, page9, page10, page11, page12]:
        fn(c)
        c.showPage()
    c.save()
    print("wrote", OUT)


if __name__ == "__main__":
    main()
