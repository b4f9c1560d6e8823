#!/usr/bin/env python3
"""Generator for ngo-annual-review-2025-en.pdf

"Annual Review 2025" of the Larkspur Literacy Trust, a fictional adult-literacy charity.
12 pages, A4, report layout with wide margins, two columns, boxes and big pull quotes.
All people and organisations are invented.

Run with:  /work/writer-venv/bin/python make_ngo-annual-review-2025-en.py
"""
import os
import sys

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Frame, Spacer, Table, TableStyle, Flowable
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_LEFT, TA_CENTER, TA_RIGHT
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.pdfmetrics import registerFontFamily

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ngo-annual-review-2025-en.pdf")
FD = "/usr/share/fonts/truetype/dejavu/"

W, H = A4
ML, MR = 64, 64           # wide report margins
TOP, BOTTOM = 770, 70
GUT = 20
TW = W - ML - MR

for name, fn in [
    ("Serif", "DejaVuSerif.ttf"), ("Serif-B", "DejaVuSerif-Bold.ttf"),
    ("Serif-I", "DejaVuSerif-Italic.ttf"), ("Serif-BI", "DejaVuSerif-BoldItalic.ttf"),
    ("Sans", "DejaVuSans.ttf"), ("Sans-B", "DejaVuSans-Bold.ttf"),
    ("Sans-I", "DejaVuSans-Oblique.ttf"), ("Sans-BI", "DejaVuSans-BoldOblique.ttf"),
    ("Light", "DejaVuSans-ExtraLight.ttf"),
]:
    pdfmetrics.registerFont(TTFont(name, FD + fn))
registerFontFamily("Serif", normal="Serif", bold="Serif-B", italic="Serif-I", boldItalic="Serif-BI")
registerFontFamily("Sans", normal="Sans", bold="Sans-B", italic="Sans-I", boldItalic="Sans-BI")

PURPLE = colors.Color(0.33, 0.24, 0.58)
LILAC = colors.Color(0.93, 0.91, 0.97)
TEAL = colors.Color(0.0, 0.47, 0.45)
SAND = colors.Color(0.97, 0.95, 0.90)
GREY = colors.Color(0.38, 0.38, 0.40)
DARK = colors.Color(0.12, 0.12, 0.15)

S = {}
S["body"] = ParagraphStyle("body", fontName="Serif", fontSize=8.7, leading=13, textColor=DARK,
                           spaceAfter=6.5, alignment=TA_LEFT)
S["kicker"] = ParagraphStyle("kicker", fontName="Sans-B", fontSize=8.5, leading=11,
                             textColor=TEAL, spaceAfter=4)
S["h1"] = ParagraphStyle("h1", fontName="Sans-B", fontSize=25, leading=29, textColor=PURPLE,
                         spaceAfter=6)
S["h2"] = ParagraphStyle("h2", fontName="Sans-B", fontSize=13, leading=16, textColor=PURPLE,
                         spaceBefore=4, spaceAfter=6)
S["h3"] = ParagraphStyle("h3", fontName="Sans-B", fontSize=9.5, leading=12, textColor=TEAL,
                         spaceBefore=6, spaceAfter=3)
S["lead"] = ParagraphStyle("lead", fontName="Sans", fontSize=11.5, leading=16, textColor=GREY,
                           spaceAfter=8)
S["byline"] = ParagraphStyle("byline", fontName="Sans-B", fontSize=8.5, leading=11,
                             textColor=PURPLE, spaceAfter=10)
S["endline"] = ParagraphStyle("endline", fontName="Sans-I", fontSize=8.3, leading=11,
                              textColor=PURPLE, spaceBefore=2)
S["caption"] = ParagraphStyle("caption", fontName="Sans", fontSize=7.2, leading=9.5,
                              textColor=GREY, spaceBefore=3, spaceAfter=10)
S["pull"] = ParagraphStyle("pull", fontName="Serif-I", fontSize=17, leading=22.5,
                           textColor=PURPLE, spaceAfter=6)
S["pullby"] = ParagraphStyle("pullby", fontName="Sans-B", fontSize=8.5, leading=11,
                             textColor=TEAL)
S["box"] = ParagraphStyle("box", fontName="Sans", fontSize=8, leading=11.5, textColor=DARK,
                          spaceAfter=3)
S["boxh"] = ParagraphStyle("boxh", fontName="Sans-B", fontSize=10.5, leading=13,
                           textColor=PURPLE, spaceAfter=5)
S["q"] = ParagraphStyle("q", parent=S["body"], fontName="Serif-B", spaceAfter=3)
S["a"] = ParagraphStyle("a", parent=S["body"])
S["role"] = ParagraphStyle("role", fontName="Sans-B", fontSize=8, leading=11, textColor=TEAL,
                           spaceBefore=9)
S["name"] = ParagraphStyle("name", fontName="Sans", fontSize=10, leading=13.5, textColor=DARK)
S["small"] = ParagraphStyle("small", fontName="Sans", fontSize=7.8, leading=11, textColor=DARK,
                            spaceAfter=4)
S["num"] = ParagraphStyle("num", fontName="Sans-B", fontSize=20, leading=23, textColor=PURPLE)
S["numl"] = ParagraphStyle("numl", fontName="Sans", fontSize=7.8, leading=10, textColor=DARK,
                           spaceAfter=7)


def P(text, style="body"):
    return Paragraph(text, S[style])


class Photo(Flowable):
    def __init__(self, height, width=None, tone=0.7, seed=0):
        super().__init__()
        self.h, self.w, self.tone, self.seed = height, width, tone, seed

    def wrap(self, aw, ah):
        self._w = min(self.w or aw, aw)
        return self._w, self.h

    def draw(self):
        draw_photo(self.canv, 0, 0, self._w, self.h, self.tone, self.seed)


def draw_photo(c, x, y, w, h, tone=0.7, seed=0):
    c.saveState()
    c.setFillGray(tone)
    c.rect(x, y, w, h, fill=1, stroke=0)
    c.setFillGray(min(tone + 0.12, 0.95))
    c.rect(x, y, w * (0.4 + 0.1 * (seed % 3)), h, fill=1, stroke=0)
    c.setFillGray(max(tone - 0.15, 0.2))
    r = min(w, h) * 0.14
    c.circle(x + w * (0.3 + 0.12 * (seed % 4)), y + h * 0.55, r, fill=1, stroke=0)
    c.rect(x + w * (0.3 + 0.12 * (seed % 4)) - r, y, 2 * r, h * 0.55 - r * 0.6, fill=1, stroke=0)
    c.restoreState()


def box(flowables, bg=LILAC, pad=10):
    t = Table([[flowables]])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
    ]))
    return t


def pullquote(text, who):
    """Large pull quote with the speaker on the next line; kept in one piece."""
    t = Table([[[Paragraph(text, S["pull"]), Paragraph(who, S["pullby"])]]])
    t.setStyle(TableStyle([
        ("LINEABOVE", (0, 0), (-1, 0), 2.5, TEAL),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 10), ("BOTTOMPADDING", (0, 0), (-1, -1), 12),
    ]))
    return t


REPORT = []
ERRORS = []


def columns(x0, y0, width, height, n=2, gutter=GUT):
    cw = (width - gutter * (n - 1)) / n
    return [Frame(x0 + i * (cw + gutter), y0, cw, height, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0) for i in range(n)]


def fill_frame(frame, story, c):
    while story:
        f = story[0]
        if frame.add(f, c, trySplit=0):
            story.pop(0)
            continue
        parts = frame.split(f, c)
        if parts and len(parts) > 1 and frame.add(parts[0], c, trySplit=0):
            story[0:1] = parts[1:]
        break


def flow(c, story, frames, label):
    story = list(story)
    left = []
    for fr in frames:
        fill_frame(fr, story, c)
        left.append(round(fr._y - fr._y1, 1))
    if story:
        ERRORS.append("overflow on %s: %d flowables left, first=%r" %
                      (label, len(story), str(getattr(story[0], "text", story[0]))[:80]))
    REPORT.append((label, left))


def block(c, x, ytop, width, story, label):
    fr = Frame(x, ytop - 400, width, 400, leftPadding=0, rightPadding=0, topPadding=0,
               bottomPadding=0)
    st = list(story)
    fill_frame(fr, st, c)
    if st:
        ERRORS.append("block overflow on " + label)
    return fr._y


def chrome(c, page, section):
    c.saveState()
    c.setFillColor(PURPLE)
    c.rect(0, H - 22, W, 22, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Sans-B", 7.5)
    c.drawString(ML, H - 14.5, "LARKSPUR LITERACY TRUST  ·  ANNUAL REVIEW 2025")
    c.setFont("Sans", 7.5)
    c.drawRightString(W - MR, H - 14.5, section)
    c.setFillColor(GREY)
    c.setFont("Sans", 7)
    c.setStrokeColor(colors.Color(.8, .8, .85))
    c.setLineWidth(0.5)
    c.line(ML, 50, W - MR, 50)
    if page % 2:
        c.drawString(ML, 36, "larkspurtrust.org.uk")
        c.setFont("Sans-B", 10)
        c.setFillColor(PURPLE)
        c.drawRightString(W - MR, 35, "%02d" % page)
    else:
        c.drawRightString(W - MR, 36, "larkspurtrust.org.uk")
        c.setFont("Sans-B", 10)
        c.setFillColor(PURPLE)
        c.drawString(ML, 35, "%02d" % page)
    c.restoreState()


def headline(c, y, kicker, title, lead=None, byline=None):
    st = [P(kicker, "kicker"), P(title, "h1")]
    if lead:
        st.append(P(lead, "lead"))
    if byline:
        st.append(P(byline, "byline"))
    return block(c, ML, y, TW, st, "headline " + title[:20])


# ============================================================ pages
def page1(c):
    c.setFillColor(PURPLE)
    c.rect(0, 0, W, H, fill=1, stroke=0)
    draw_photo(c, 0, 250, W, H - 250, tone=0.62, seed=1)
    c.setFillColor(PURPLE)
    c.rect(0, 0, W, 250, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Sans-B", 13)
    c.drawString(ML, H - 60, "LARKSPUR LITERACY TRUST")
    c.setFont("Sans-B", 44)
    c.drawString(ML, 180, "Annual Review")
    c.setFont("Light", 44)
    c.drawString(ML, 132, "2025")
    c.setFont("Serif-I", 15)
    c.drawString(ML, 96, "“Every page a doorway”")
    c.setFont("Sans", 8)
    c.drawString(ML, 50, "Adult literacy · Story Buses · Digital inclusion · International partnerships")
    c.drawRightString(W - MR, 50, "Registered charity no. 1187452")


def page2(c):
    chrome(c, 2, "Contents")
    y = headline(c, TOP, "WELCOME", "Contents")
    cols = columns(ML, BOTTOM, TW, y - BOTTOM)
    rows = [
        ("03", "Foreword", "Margaret O'Sullivan and Rohan Mehta-Clarke"),
        ("04", "The year at a glance", ""),
        ("05", "Case study: The bedtime story", "Learning to read at sixty-three, in Hull"),
        ("07", "Case study: Pages on two wheels", "Book bikes in Nakuru, Kenya"),
        ("08", "Case study: Tea, tablets and a second chance", "Digital inclusion in Bradford"),
        ("09", "In conversation", "Aoife Brennan and Kenji Matsuda"),
        ("11", "Money, funders and research", ""),
        ("12", "Credits", ""),
    ]
    data = [[Paragraph('<font name="Sans-B" size="15" color="#543d94">%s</font>' % n, S["box"]),
             Paragraph('<b>%s</b>%s' % (t, ("<br/>%s" % s) if s else ""), S["box"])]
            for n, t, s in rows]
    tb = Table(data, colWidths=[34, None])
    tb.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.Color(.75, .72, .85)),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    left = [tb, Spacer(1, 20), Photo(300, tone=0.72, seed=2),
            P("A Tuesday learning group at Hull Central Library.", "caption")]
    nums = [("3,184", "adult learners worked with a Larkspur tutor"),
            ("612", "trained volunteer tutors"),
            ("41", "towns with a weekly learning group"),
            ("27,500", "hours of one-to-one tuition"),
            ("9", "“Story Buses” on the road, making 2,140 stops")]
    numflow = [P("2025 in numbers", "boxh")]
    for n, l in nums:
        numflow += [P(n, "num"), P(l, "numl")]
    right = [
        P("Who we are", "h2"),
        P("The Larkspur Literacy Trust helps adults who struggle with reading, writing and everyday "
          "digital tasks. We were founded in 1998 by a group of librarians and adult-education "
          "tutors in Leeds. Today we run free learning groups in 41 towns across the North of "
          "England and support partner organisations in Kenya."),
        P("Everything we do rests on one belief: that it is never too late to learn to read. Our "
          "learners set their own goals, from reading a payslip to writing a eulogy, and our "
          "volunteers work alongside them at their pace, in places they already know."),
        Spacer(1, 6),
        box(numflow, bg=LILAC, pad=12),
        P("Where we work", "h3"),
        P("Learning groups in Yorkshire, the Humber, Lincolnshire, the North East and the North "
          "West; Story Bus routes along the coast from Berwick to Skegness; partner reading rooms "
          "in Nakuru and Naivasha, Kenya.", "small"),
    ]
    flow(c, left, [cols[0]], "p2-left")
    flow(c, right, [cols[1]], "p2-right")


def page3(c):
    chrome(c, 3, "Foreword")
    y = headline(c, TOP, "FOREWORD", "A year of courage")
    # signatories: names and offices ABOVE the letter, beside their portraits
    cw = (TW - GUT) / 2
    for i, (nm, office) in enumerate([("Margaret O'Sullivan", "Chair of the Board"),
                                      ("Rohan Mehta-Clarke", "Chief Executive")]):
        x = ML + i * (cw + GUT)
        draw_photo(c, x, y - 92, 72, 86, tone=0.68, seed=3 + i)
        block(c, x + 84, y - 30, cw - 84, [P(nm, "h3"), P(office, "small")], "sig")
    y -= 110
    c.setStrokeColor(TEAL)
    c.setLineWidth(1)
    c.line(ML, y + 6, W - MR, y + 6)
    story = [
        P("Dear friends,"),
        P("Twenty-seven years ago, a handful of librarians met in the back room of a Leeds pub to "
          "ask a simple question: what happens to the adults who slipped through school without "
          "learning to read well? The answer, then as now, was uncomfortable. They hide it. They "
          "memorise bus routes instead of reading timetables, they ask a colleague to fill in "
          "forms, and they quietly avoid their children's homework. Too often they are written off "
          "as “hard to reach”, when in truth nobody has tried very hard to reach them."),
        P("This review tells the story of a year in which we reached more of them than ever "
          "before. In 2025 more than three thousand adults worked with a Larkspur tutor, our Story "
          "Buses travelled nearly 60,000 miles, and our partners in Nakuru opened their fourth "
          "community reading room. Behind each of those numbers is a person who decided, often "
          "after years of embarrassment, to walk through our door. We are in awe of their "
          "courage."),
        P("It was also a year of change. We published our new strategy, “Reading the Road Ahead”, "
          "which commits us to doubling the number of learners in coastal and rural communities by "
          "2030. We invested in training, so that every new volunteer now completes a twelve-hour "
          "course before meeting a learner. And we began to measure not only reading ages but also "
          "the things learners tell us matter most: confidence, independence and joy."),
        P("We want to thank the people who carry this work. Our 612 volunteer tutors gave more "
          "than 27,000 hours of their time. Our staff, many of them part-time, kept groups running "
          "through a winter of flooded community centres and cancelled trains. Our trustees gave "
          "their expertise freely, and our partners in Kenya reminded us, again and again, that "
          "good ideas travel in both directions."),
        P("None of this would be possible without the funders listed at the back of this review. "
          "Money remains tight. Several of our largest grants end in 2026, and demand is growing "
          "faster than our income. We will need your help more than ever in the year ahead, "
          "whether you give an hour a week, a donation or simply a good word about our work to "
          "someone who needs to hear it."),
        P("Looking ahead, our priorities are clear. We will open six new groups on the coast "
          "between Berwick and Skegness, train a further 300 volunteers, and work with employers "
          "who want to support their staff discreetly. We will also keep listening: almost every "
          "improvement we made this year began with a learner or a volunteer telling us what was "
          "not working."),
        P("Thank you for standing with us."),
        Spacer(1, 12),
        Photo(175, tone=0.72, seed=10),
        P("Learners, tutors and their families at our first family summer school in "
          "Scarborough, July 2025.", "caption"),
    ]
    flow(c, story, columns(ML, BOTTOM, TW, y - BOTTOM), "p3")


def page4(c):
    chrome(c, 4, "The year at a glance")
    y = headline(c, TOP, "OVERVIEW", "The year at a glance",
                 "Record demand, a new strategy and a few honest failures: how 2025 unfolded "
                 "for Larkspur.", "Words by Fenna de Vries")
    timeline = [P("2025 month by month", "boxh")]
    for m, t in [
        ("January", "Two new “Story Bus” routes open in Whitby and Bridlington"),
        ("March", "“Read Aloud Fridays” begins in twelve public libraries"),
        ("May", "Our strategy “Reading the Road Ahead” is published"),
        ("July", "First family summer school for learners and their children, in Scarborough"),
        ("September", "The fourth community reading room opens in Nakuru, Kenya"),
        ("November", "“Tea &amp; Tablets” wins a regional community-learning award"),
        ("December", "Our 612th volunteer tutor completes training"),
    ]:
        timeline.append(P("<b>%s</b><br/>%s" % (m, t), "box"))
    story = [
        P("If 2025 had a theme, it was growth in unexpected places. We began the year expecting "
          "twelve quiet months of consolidation after two years of rapid expansion. Instead, "
          "demand for our learning groups rose by almost a fifth, our volunteer numbers reached a "
          "record high, and projects that began as small pilots grew into programmes in their own "
          "right."),
        P("The clearest sign of that growth came in the spring, when a regional radio appeal for "
          "new tutors produced more replies than our training team could handle. Volunteer "
          "coordinator Tomasz Wróbel says the response took everyone by surprise: “We planned for "
          "two hundred new volunteers and three hundred and forty turned up. For a few weeks our "
          "biggest problem was finding enough chairs.”"),
        P("Our “Story Buses”, the converted minibuses that carry books, laptops and tutors to "
          "towns without a library, added two new routes on the Yorkshire coast. Together the nine "
          "buses made 2,140 stops. At one of them, in Grimsby, a learner left an anonymous feedback "
          "card that our staff have since pinned above almost every desk in the office. It reads "
          "simply: “Thank you for not making me feel stupid.”"),
        P("We also tried things that did not work. A “soft launch” of evening sessions in two "
          "city-centre workplaces attracted only a handful of learners, and we have paused it "
          "while we listen to what employers and their staff actually need. We report it here "
          "because honest failures are part of learning, for organisations as much as for "
          "people."),
        P("In May we published “Reading the Road Ahead”, our strategy to 2030. It sets three "
          "goals: to reach more adults in coastal and rural areas, to support learners for longer "
          "after their first course, and to share what we know with other organisations. The "
          "case studies on the following pages show what those goals look like in practice."),
        Spacer(1, 6),
        box(timeline, bg=SAND, pad=12),
        Spacer(1, 12),
        Photo(190, tone=0.7, seed=11),
        P("One of our nine Story Buses at its weekly stop on the seafront in Bridlington.",
          "caption"),
    ]
    flow(c, story, columns(ML, BOTTOM, TW, y - BOTTOM), "p4")


def page5(c):
    chrome(c, 5, "Case study · Hull")
    y = headline(c, TOP, "CASE STUDY 1 · HULL", "The bedtime story",
                 "At sixty-three, Doreen Abernethy had never read a book from start to finish. "
                 "Eighteen months after joining a Larkspur group in Hull, she reads to her "
                 "granddaughter every week.", "By Chiamaka Eze")
    cols = columns(ML, BOTTOM, TW, y - BOTTOM)
    left = [
        Photo(330, tone=0.66, seed=5),
        P("Doreen Abernethy with her tutor at Hull Central Library. © Ines Carvalho", "caption"),
        pullquote("“The first time I read Maisie a whole story, she clapped. I cried.”",
                  "Doreen Abernethy, Hull"),
    ]
    right = [
        P("Doreen Abernethy left school in 1977 at the age of fifteen. She had spent most of her "
          "last two years in the back row, copying from friends and praying not to be called on. "
          "For the next four decades she worked in a fish-processing plant, raised three children "
          "and became an expert at hiding the fact that words on a page swam in front of her "
          "eyes."),
        P("“I had a hundred tricks,” says Doreen. “I'd say I'd forgotten my glasses. I'd take the "
          "form home and get my husband to do it. You get so good at hiding that you forget you're "
          "doing it.”"),
        P("Everything changed when her daughter moved back to Hull with a baby granddaughter, "
          "Maisie. Doreen was happy to babysit, but she dreaded the moment at bedtime when Maisie "
          "would hand her a picture book. A neighbour mentioned a reading group that met on "
          "Tuesday mornings at the central library. It took Doreen three weeks to go inside."),
        P("Her tutor, Lars Haugen, a retired ship's engineer who has volunteered with Larkspur "
          "since 2019, remembers their first session well. “She told me straight away that she "
          "was too old and probably too ‘thick’ to learn,” says Lars Haugen. “I told her I was "
          "seventy-one and still learning to use my phone, so we'd be slow together.”"),
        P("They began with Doreen's name and address, which she could copy but not read back "
          "with confidence, and with the sounds of the letters in Maisie's name. Lars brought a "
          "whiteboard, a packet of biscuits and, at Doreen's request, no children's books: she "
          "did not want anyone at the library to see her with one."),
    ]
    flow(c, left, [cols[0]], "p5-left")
    flow(c, right, [cols[1]], "p5-right")


def page6(c):
    chrome(c, 6, "Case study · Hull")
    cols = columns(ML, BOTTOM, TW, TOP - BOTTOM)
    left = [
        P("They started with the bus timetable, the labels in the supermarket and the letters "
          "that arrived from the council. Larkspur's approach puts learners' own goals first, and "
          "Doreen's goal was clear: by Maisie's third birthday, she wanted to read her a story "
          "without pretending. Progress was uneven. Some weeks the letters behaved; in other weeks, "
          "Doreen says, they “danced about like they'd been at the sherry”."),
        P("In March 2025, on a wet Sunday afternoon, Doreen read Maisie the whole of a picture "
          "book about a bear who cannot sleep. She had practised it for a fortnight. “My hands "
          "were shaking and my voice went funny in the middle, but I got to the end,” she said. "
          "“Maisie didn't notice any of that. She just wanted it again.”"),
        P("Doreen now attends a Larkspur writing group and has begun to keep a diary. She is "
          "also, to her own amazement, a volunteer: every second Tuesday she welcomes newcomers at "
          "the library door, because she remembers how long she stood outside. Her advice to "
          "anyone who is hesitating is short. “Go in. Nobody there will laugh at you. I "
          "promise.”"),
        P("Doreen's story is not unusual. Around one in six adults in England has very poor "
          "literacy skills, and in some coastal towns the proportion is far higher. Most of them "
          "are in work, and most have never told anyone. Our groups in Hull now meet four times "
          "a week, and there is a waiting list for the Tuesday session."),
        P("What works, our tutors say, is time and trust. Learners in Hull stay with a group for "
          "an average of fourteen months, and most keep the same tutor throughout. Many, like "
          "Doreen, go on to help others: eleven of our 38 Hull tutors began as learners "
          "themselves."),
        P("Our Hull groups are funded by the Humber Coast Housing Association and by individual "
          "donors in the city. In 2026 we hope to open a fifth group, with evening sessions for "
          "learners who work shifts in the port and the food factories."),
    ]
    right = [
        box([P("How our learning groups work", "boxh"),
             P("• Free of charge, with no tests and no certificates unless a learner wants one",
               "box"),
             P("• Small groups of up to six learners, each paired with a trained volunteer tutor",
               "box"),
             P("• Goals set by the learner, not by a curriculum", "box"),
             P("• Sessions in libraries, community centres and on our “Story Buses”", "box"),
             P("• Progress reviewed together every twelve weeks", "box"),
             P("• Childcare costs and bus fares refunded for anyone who needs it", "box")],
            bg=LILAC, pad=12),
        Spacer(1, 16),
        P("Hull in 2025", "h3"),
        Table([[P("214", "num"), P("learners in Hull and the East Riding", "numl")],
               [P("38", "num"), P("volunteer tutors, eleven of them former learners", "numl")],
               [P("4", "num"), P("weekly groups, one of them on a Saturday", "numl")]],
              colWidths=[70, None],
              style=[("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                     ("LEFTPADDING", (0, 0), (-1, -1), 0)]),
        Spacer(1, 12),
        Photo(225, tone=0.74, seed=6),
        P("A page from Doreen's diary, shared with her permission.", "caption"),
    ]
    flow(c, left, [cols[0]], "p6-left")
    flow(c, right, [cols[1]], "p6-right")


def page7(c):
    chrome(c, 7, "Case study · Nakuru")
    y = headline(c, TOP, "CASE STUDY 2 · NAKURU, KENYA", "Pages on two wheels",
                 "In the estates around Nakuru, our partner the Baraka Reading Collective takes "
                 "books to readers by bicycle. In a year the scheme has grown from two bikes to "
                 "eleven.")
    cols = columns(ML, BOTTOM, TW, y - BOTTOM)
    left = [
        Photo(240, tone=0.7, seed=7),
        P("A “book bike” loaded for its Saturday round in Nakuru. Photo by Njeri Mwangi",
          "caption"),
        P("Every Saturday at seven, Samuel Otieno checks the tyres on eleven bicycles in a yard "
          "behind the Baraka Reading Collective's office. Each bike carries two metal crates: one "
          "with children's picture books, one with newspapers, practical guides and short novels "
          "for adults. By nine o'clock the riders are out in the estates on the edge of town, "
          "stopping at markets, churches and bus stages."),
        P("The scheme, which the collective calls “Vitabu Mtaani” – books in the neighbourhood – "
          "began in 2023 with two second-hand bicycles and a grant from Larkspur's international "
          "fund. Samuel, who trained as a librarian in Eldoret, puts it plainly: “People told us "
          "adults would not stop for books. But if you bring the books to where people already "
          "are, they stop. They just needed someone to come to them.”"),
    ]
    right = [
        pullquote("“I used to sell tomatoes without knowing how to check the receipts. Now I keep "
                  "the books for our whole market group.”", "Wanjiru Kamau, Nakuru"),
        P("Alongside lending, the riders run short reading circles for adults who want to improve "
          "their literacy in English or Kiswahili. Wanjiru Kamau, a trader at the Wakulima market, "
          "joined one of the first circles in 2024. Today she helps to run one herself. “At first "
          "I sat at the back and only listened,” says Wanjiru Kamau. “Now I am the one at the "
          "front, and I make the others read aloud even when they are shy.”"),
        P("In 2025 the book bikes made more than 4,800 loans, and 326 adults took part in reading "
          "circles. Larkspur supports the collective with funding, training materials and an "
          "annual exchange visit for tutors. The relationship runs both ways: our Story Bus teams "
          "have borrowed several of Baraka's ideas, including reading the day's newspaper aloud at "
          "the start of every session."),
        P("The bikes themselves have become a small local economy. Two mechanics at the Wakulima "
          "market service them at a reduced rate, and a tailor in Kaptembwo sews the waterproof "
          "covers that keep the books dry in the long rains. When one of the riders fell ill in "
          "August, three members of her reading circle took over the route for a month."),
        P("Contributed by Grace Achieng, Baraka Reading Collective", "endline"),
    ]
    flow(c, left, [cols[0]], "p7-left")
    flow(c, right, [cols[1]], "p7-right")


def page8(c):
    chrome(c, 8, "Case study · Bradford")
    y = headline(c, TOP, "CASE STUDY 3 · BRADFORD", "Tea, tablets and a second chance",
                 "For many older migrants, the move to “digital by default” public services has "
                 "become a new kind of literacy barrier. In Bradford, a weekly drop-in is changing "
                 "that.")
    ph = 150
    draw_photo(c, ML, y - ph, TW, ph, tone=0.68, seed=8)
    y2 = block(c, ML, y - ph - 2, TW, [P("Learners and volunteers at a “Tea &amp; Tablets” session "
                                          "in Manningham. Photo: Ayşe Korkmaz", "caption")], "cap8")
    cols = columns(ML, BOTTOM, TW, y2 - BOTTOM)
    story = [
        P("The kettle goes on at ten. By quarter past, the community room is full: retired bus "
          "drivers, grandmothers, a former tailor, and a dozen volunteers, many of them teenagers "
          "from a local sixth-form college. This is “Tea &amp; Tablets”, a drop-in that Larkspur "
          "runs with three Bradford community groups, where adults learn to read and write online, "
          "from booking a doctor's appointment to filling in a benefits form."),
        P("Since most public services went “digital by default”, many of the people who come here "
          "have found themselves locked out twice over: unsure of their reading in English and "
          "unfamiliar with screens. Yusuf Demir, 74, came to Bradford from Turkey in 1979 and drove "
          "buses for 31 years. He speaks English well but had never written an email. “When my "
          "wife was ill, the hospital sent everything by text message,” he says. “I had to wait "
          "for my son to come home from work to tell me what it said. I did not like to be that "
          "man.”"),
        pullquote("“My grandson lives in Izmir. Now I see his face every Sunday, and I can read his "
                  "messages myself.”", "Yusuf Demir, Bradford"),
        P("Volunteer Meera Pillai, who coordinates the sessions, says the secret is patience and "
          "tea in roughly equal measure. “People arrive expecting a class. What they find is a "
          "kitchen table,” she says. “Nobody is marked, nobody fails, and everybody goes home with "
          "something they can do that they couldn't do last week.”"),
        P("In 2025 the drop-in supported 287 adults, and an independent evaluation found that four "
          "in five participants felt more confident using online services after eight sessions. "
          "The project received a regional community-learning award in November, and we hope to "
          "open two further sessions, in Keighley and Shipley, in 2026."),
        P("Words by Hannah Lindgren &amp; Ravi Subramanian", "endline"),
    ]
    flow(c, story, cols, "p8")


def QA(ini, text, style):
    return P("<b>%s:</b> %s" % (ini, text), style)


def page9(c):
    chrome(c, 9, "In conversation")
    y = headline(c, TOP, "IN CONVERSATION", "“Everyone has a sentence they're proud of”",
                 "Aoife Brennan in conversation with Kenji Matsuda")
    cols = columns(ML, BOTTOM, TW, y - BOTTOM)
    story = [
        Photo(235, tone=0.68, seed=9),
        P("Kenji Matsuda at a learning group in Sheffield. Photo by Ines Carvalho", "caption"),
        P("<i>Kenji Matsuda grew up in Osaka, came to Sheffield as a postgraduate student in 1996 "
          "and never left. A retired structural engineer, he has been a volunteer tutor with "
          "Larkspur for eight years. Our Head of Programmes, Aoife Brennan, asked him what keeps "
          "him coming back.</i>"),
        QA("AB", "How did you first hear about Larkspur?", "q"),
        QA("KM", "From a poster in my local library, of all places. I was sixty and newly "
           "retired, and my wife said that if I reorganised the garden shed one more time she "
           "would leave me. The poster asked for people with an hour a week and a lot of "
           "patience. I had plenty of both.", "a"),
        QA("AB", "You learned English as an adult yourself. Does that shape the way you teach?",
           "q"),
        QA("KM", "Enormously. I remember very clearly what it feels like to stand at a counter and "
           "not understand the form in front of you. I had a doctorate in engineering, and I still "
           "felt like a child. So when a learner tells me they feel ashamed, I don't have to "
           "imagine it. I know.", "a"),
        QA("AB", "What does a typical session look like?", "q"),
        QA("KM", "There is no typical session, and that's the point. Last week I spent an hour "
           "with a learner working out the instructions for a new washing machine, because that "
           "was what mattered to her that day. The week before, another learner and I read "
           "“Digging” by Seamus Heaney. He chose it because it is about a father working in the "
           "soil, and his own father had been a gardener.", "a"),
        QA("AB", "What has surprised you most?", "q"),
        QA("KM", "How quickly people's confidence changes once they write something of their own. "
           "We ask every learner to write one sentence about their life in their first month. Some "
           "write about their children, some about football; one man wrote about his late dog. "
           "Everyone has a sentence they're proud of. I keep copies of them, with permission, in a "
           "folder at home. It is my favourite book.", "a"),
        QA("AB", "Has tutoring changed you?", "q"),
        QA("KM", "It has made me slower, in a good way. As an engineer I was always in a hurry to "
           "find the answer. With a learner, the answer matters less than the moment they find it "
           "themselves. I have had to learn to keep my mouth shut and wait.", "a"),
        QA("AB", "And the hardest part?", "q"),
        QA("KM", "Saying goodbye. Learners move on, which is the goal, but you miss them. And "
           "sometimes people stop coming without any explanation, and you never find out why. I "
           "have learned not to take it personally, but I still think about them.", "a"),
    ]
    flow(c, story, cols, "p9")


def page10(c):
    chrome(c, 10, "In conversation")
    cols = columns(ML, BOTTOM, TW, TOP - BOTTOM)
    left = [
        QA("AB", "What would you say to someone who is thinking about volunteering?", "q"),
        QA("KM", "You don't need to be a teacher. You need to be patient, reliable and curious "
           "about people. The training is excellent, and you will learn far more than you teach. "
           "One learner told me at the end of our last session, “You gave me the newspaper back.” "
           "I didn't understand at first. Then he explained that he had pretended to read it every "
           "morning for thirty years. Now he actually reads it.", "a"),
        QA("AB", "What do you do when a session goes badly?", "q"),
        QA("KM", "Stop, make tea and talk about something else. Nobody learns when they feel "
           "cornered. Often the best conversations about reading happen when we are not reading "
           "at all, when someone tells me about their grandchildren or their allotment, and "
           "suddenly they want to write it down.", "a"),
        QA("AB", "Is there anything Larkspur could do better?", "q"),
        QA("KM", "Keep the groups small. I know there is pressure to reach more people, and that "
           "is right, but the magic happens because a learner sits next to someone who has time "
           "for them. If we lose that, we lose everything.", "a"),
        QA("AB", "Finally, what are you reading at the moment?", "q"),
        QA("KM", "A Japanese translation of “The Remains of the Day”, which is a strange "
           "experience, because I first read it in English. It is like meeting an old friend who "
           "has had a haircut.", "a"),
        Spacer(1, 10),
        pullquote("“You will learn far more than you teach.”", "Kenji Matsuda, volunteer tutor"),
    ]
    right = [
        Photo(320, tone=0.7, seed=12),
        P("Kenji keeps every learner's first sentence, with permission, in a folder at home.",
          "caption"),
        box([P("Become a tutor", "boxh"),
             P("Our next training courses for volunteer tutors start in March and September 2026, "
               "in Leeds, Hull, Sheffield and online. You do not need any teaching experience. "
               "Each course lasts twelve hours over four weeks, and every new tutor is matched "
               "with an experienced mentor for their first term.", "box"),
             P("To find out more, call 0113 496 0281 or visit larkspurtrust.org.uk/volunteer.",
               "box")], bg=SAND, pad=12),
    ]
    flow(c, left, [cols[0]], "p10-left")
    flow(c, right, [cols[1]], "p10-right")


def page11(c):
    chrome(c, 11, "Money, funders and research")
    y = headline(c, TOP, "ACCOUNTABILITY", "Money, funders and research")
    cols = columns(ML, BOTTOM, TW, y - BOTTOM)

    def money(rows, title):
        data = [[P("<b>%s</b>" % title, "box"), P("<b>£</b>", "box")]]
        data += [[P(a, "box"), Paragraph(b, ParagraphStyle("r", parent=S["box"],
                                                          alignment=TA_RIGHT))]
                 for a, b in rows]
        t = Table(data, colWidths=[150, None])
        t.setStyle(TableStyle([
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, PURPLE),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, PURPLE),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        return t

    left = [
        P("A word from our Treasurer", "h2"),
        P("Our income in 2025 was £1,524,200, an increase of 9 per cent on the previous year, and "
          "our spending was £1,447,200. Eighty-seven pence of every pound we spent went directly "
          "on learning groups, Story Buses, training and our international partnerships. The "
          "surplus has been added to our reserves, which now cover a little under four months of "
          "running costs."),
        P("That cushion matters. Three of our largest multi-year grants come to an end in 2026, "
          "and the trustees have agreed a plan to replace them without cutting services. The full "
          "audited accounts are available on our website and from the Charity Commission."),
        P("Yours, Declan Fitzgerald", "endline"),
        P("Honorary Treasurer", "small"),
        Spacer(1, 8),
        money([("Individual donations", "412,300"), ("Trusts and foundations", "638,900"),
               ("Corporate partners", "121,400"), ("Public contracts", "287,600"),
               ("Legacies", "64,000"), ("<b>Total income</b>", "<b>1,524,200</b>")], "Income"),
        Spacer(1, 10),
        money([("Learning groups", "701,800"), ("Story Buses", "236,500"),
               ("International partnerships", "148,200"),
               ("Training and volunteer support", "179,900"), ("Fundraising", "142,700"),
               ("Governance", "38,100"), ("<b>Total expenditure</b>", "<b>1,447,200</b>")],
              "Expenditure"),
        Spacer(1, 12),
        box([P("Every £1 we spent", "boxh"),
             P("49p learning groups · 16p Story Buses · 12p training and volunteer support · "
               "10p international partnerships · 10p fundraising · 3p governance", "box")],
            bg=SAND, pad=10),
    ]
    right = [
        box([P("Our funders and partners", "boxh"),
             P("We are deeply grateful to everyone who funded our work in 2025, including:", "box"),
             P("The Hallworth Charitable Trust<br/>Northgate Building Society<br/>"
               "The Ellerby Foundation<br/>Arts and Letters Fund for the North<br/>"
               "Calder Valley Community Foundation<br/>The Okonjo-Berg Family Trust<br/>"
               "Ryedale Rotary Club<br/>Mercer &amp; Finch Solicitors LLP<br/>"
               "Humber Coast Housing Association", "box"),
             P("and the many individual donors who asked to remain anonymous.", "box")],
            bg=LILAC, pad=12),
        Spacer(1, 6),
        P("Research published in 2025", "h2"),
        P("Our small research team works with universities and other charities to find out what "
          "helps adults learn, and to share it. Three papers appeared this year:", "small"),
        P("“Second Chances: Adult Literacy in England's Coastal Towns”<br/>"
          "Bisi Okafor and Elin Sundqvist, Larkspur Research Paper 14", "small"),
        P("“Reading Aloud in Multilingual Households”<br/>"
          "Priya Raman, Larkspur Research Paper 15", "small"),
        P("“Counting What Counts: Measuring Confidence in Adult Learners”<br/>"
          "Tadhg Mac Giolla Phádraig and Sofia Marchetti, Larkspur Research Paper 16", "small"),
        P("All papers can be downloaded free of charge from larkspurtrust.org.uk/research.",
          "small"),
    ]
    flow(c, left, [cols[0]], "p11-left")
    flow(c, right, [cols[1]], "p11-right")


def page12(c):
    chrome(c, 12, "Credits")
    y = headline(c, TOP, "ABOUT THIS REVIEW", "Credits")
    cols = columns(ML, BOTTOM, TW, y - BOTTOM)
    left = [
        P("Editor-in-chief", "role"), P("Fenna de Vries", "name"),
        P("Technical Editor", "role"), P("Mateusz Kowalski", "name"),
        P("Writers", "role"),
        P("Chiamaka Eze<br/>Grace Achieng<br/>Hannah Lindgren<br/>Ravi Subramanian", "name"),
        P("Photography", "role"),
        P("Ines Carvalho<br/>Njeri Mwangi<br/>Ayşe Korkmaz", "name"),
        P("Design", "role"), P("Fernhill Studio Ltd, Leeds", "name"),
        P("Printed by", "role"), P("Calder Print Co-operative, on 100% recycled paper", "name"),
        Spacer(1, 12),
        P("Cover photo: Ines Carvalho", "small"),
        P("All learners and volunteers named in this review have given their permission to be "
          "named and photographed.", "small"),
        Spacer(1, 12),
        Photo(190, tone=0.72, seed=13),
        P("New volunteer tutors at their certificate evening in Leeds, December 2025.",
          "caption"),
    ]
    right = [
        P("Board of Trustees", "h3"),
        P("Margaret O'Sullivan (Chair)<br/>Declan Fitzgerald (Honorary Treasurer)<br/>"
          "Anjali Deshpande<br/>Oluwaseun Adeyemi<br/>Bríd Ní Mhurchú<br/>Thomas Achterberg",
          "small"),
        P("Patron", "h3"),
        P("Dame Eleanor Whitcombe", "small"),
        Spacer(1, 10),
        box([P("Larkspur Literacy Trust", "boxh"),
             P("14 Wharf Street, Leeds LS2 7EQ<br/>0113 496 0280 · hello@larkspurtrust.org.uk<br/>"
               "larkspurtrust.org.uk", "box"),
             P("Registered charity in England and Wales no. 1187452. Company limited by "
               "guarantee, registered in England no. 3561029.", "box"),
             P("© Larkspur Literacy Trust 2026. Text may be reproduced for non-commercial "
               "purposes with acknowledgement. Photographs may not be reproduced without "
               "permission.", "box")], bg=LILAC, pad=12),
        Spacer(1, 14),
        P("Thank you", "h3"),
        P("This review was written and produced by staff and volunteers. Our thanks go to every "
          "learner who agreed to share their story, and to the partner organisations who checked "
          "our facts and figures.", "small"),
        P("Support our work", "h3"),
        P("£15 buys a set of beginner readers for a new learning group. £60 pays for a volunteer's "
          "training course. £250 keeps a Story Bus on the road for a day. Donate at "
          "larkspurtrust.org.uk/give or by calling 0113 496 0280.", "small"),
    ]
    flow(c, left, [cols[0]], "p12-left")
    flow(c, right, [cols[1]], "p12-right")


def main():
    c = canvas.Canvas(OUT, pagesize=A4)
    c.setTitle("Larkspur Literacy Trust – Annual Review 2025")
    c.setAuthor("Larkspur Literacy Trust")
    for fn in (page1, page2, page3, page4, page5, page6, page7, page8, page9, page10, page11,
               page12):
        fn(c)
        c.showPage()
    c.save()
    for label, left in REPORT:
        print("%-10s space left per column: %s" % (label, left))
    print("wrote", OUT)
    if ERRORS:
        print("\n".join(ERRORS))
        sys.exit(1)


if __name__ == "__main__":
    main()
