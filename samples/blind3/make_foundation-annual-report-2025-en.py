"""Generate foundation-annual-report-2025-en.pdf (fictional charitable foundation).

Self-contained and deterministic: run with the writer venv (reportlab).
All people, organisations and places are invented.
"""

import io
import os

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable, Frame, Paragraph, Spacer, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "foundation-annual-report-2025-en.pdf")
FONTDIR = "/usr/share/fonts/truetype/dejavu/"

for name, fn in [
    ("Serif", "DejaVuSerif.ttf"),
    ("Serif-Bold", "DejaVuSerif-Bold.ttf"),
    ("Serif-Italic", "DejaVuSerif-Italic.ttf"),
    ("Serif-BoldItalic", "DejaVuSerif-BoldItalic.ttf"),
    ("Sans", "DejaVuSans.ttf"),
    ("Sans-Bold", "DejaVuSans-Bold.ttf"),
    ("Sans-Oblique", "DejaVuSans-Oblique.ttf"),
    ("Sans-BoldOblique", "DejaVuSans-BoldOblique.ttf"),
    ("Cond", "DejaVuSansCondensed.ttf"),
    ("Cond-Bold", "DejaVuSansCondensed-Bold.ttf"),
]:
    pdfmetrics.registerFont(TTFont(name, FONTDIR + fn))
for fam in ("Serif", "Sans"):
    it = "Italic" if fam == "Serif" else "Oblique"
    addMapping(fam, 0, 0, fam)
    addMapping(fam, 1, 0, fam + "-Bold")
    addMapping(fam, 0, 1, fam + "-" + it)
    addMapping(fam, 1, 1, fam + "-Bold" + it)

PAGE_W, PAGE_H = A4
ML, MR, MT, MB = 44, 44, 64, 52
CONTENT_W = PAGE_W - ML - MR
TOP = PAGE_H - MT
GREEN = colors.HexColor("#2f5d50")
SAND = colors.HexColor("#efe9dc")
GREY = colors.HexColor("#b9b9b4")

# ---------------------------------------------------------------- styles
body = ParagraphStyle("body", fontName="Serif", fontSize=8.8, leading=12.2, alignment=TA_JUSTIFY, spaceAfter=4.5)
body_first = ParagraphStyle("body_first", parent=body)
sub = ParagraphStyle("sub", fontName="Sans-Bold", fontSize=9.6, leading=12, textColor=GREEN, spaceBefore=5, spaceAfter=3)
head_big = ParagraphStyle("head_big", fontName="Sans-Bold", fontSize=23, leading=26, textColor=colors.black, spaceAfter=6)
head_mid = ParagraphStyle("head_mid", fontName="Sans-Bold", fontSize=17, leading=20.5, spaceAfter=5)
head_small = ParagraphStyle("head_small", fontName="Sans-Bold", fontSize=11.5, leading=14, spaceAfter=4)
kicker = ParagraphStyle("kicker", fontName="Sans-Bold", fontSize=8, leading=10, textColor=GREEN, spaceAfter=4)
stand = ParagraphStyle("stand", fontName="Serif-Italic", fontSize=11, leading=14.5, spaceAfter=8, textColor=colors.HexColor("#333333"))
byline = ParagraphStyle("byline", fontName="Sans-Oblique", fontSize=8.6, leading=11, spaceAfter=10, textColor=colors.HexColor("#444444"))
caption = ParagraphStyle("caption", fontName="Sans", fontSize=7.2, leading=9, spaceAfter=8, textColor=colors.HexColor("#333333"))
sign = ParagraphStyle("sign", fontName="Sans-Bold", fontSize=9, leading=11.5, spaceBefore=6)
sign_role = ParagraphStyle("sign_role", fontName="Sans", fontSize=8.4, leading=11, spaceAfter=6)
pull = ParagraphStyle("pull", fontName="Serif-Italic", fontSize=17, leading=21.5, textColor=GREEN, spaceAfter=6)
pull_by = ParagraphStyle("pull_by", fontName="Sans", fontSize=8.4, leading=11, spaceAfter=10, alignment=TA_LEFT)
box_head = ParagraphStyle("box_head", fontName="Sans-Bold", fontSize=9.5, leading=12, textColor=GREEN, spaceAfter=4)
box_body = ParagraphStyle("box_body", fontName="Sans", fontSize=7.9, leading=10.6, spaceAfter=4, alignment=TA_LEFT)
box_body_j = ParagraphStyle("box_body_j", parent=box_body, fontName="Serif", fontSize=8.3, leading=11.4, alignment=TA_JUSTIFY)
cont = ParagraphStyle("cont", fontName="Sans-Oblique", fontSize=7.8, leading=10, textColor=GREEN, spaceBefore=2, spaceAfter=6)
toc = ParagraphStyle("toc", fontName="Sans", fontSize=8.4, leading=11.5, spaceAfter=6)
small = ParagraphStyle("small", fontName="Sans", fontSize=8, leading=11, spaceAfter=3)


def P(text, style=body):
    return Paragraph(text, style)


class Photo(Flowable):
    """A grey rectangle standing in for a photograph."""

    def __init__(self, w, h, tone=GREY):
        super().__init__()
        self.w, self.h, self.tone = w, h, tone

    def wrap(self, aw, ah):
        self.w = min(self.w, aw)
        return self.w, self.h

    def draw(self):
        c = self.canv
        c.setFillColor(self.tone)
        c.rect(0, 0, self.w, self.h, stroke=0, fill=1)
        c.setStrokeColor(colors.HexColor("#a3a39e"))
        c.setLineWidth(0.6)
        c.line(0, 0, self.w, self.h)
        c.line(0, self.h, self.w, 0)


class Rule(Flowable):
    def __init__(self, color=GREEN, width=0.8, space=4):
        super().__init__()
        self.color, self.lw, self.space = color, width, space

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.space * 2

    def draw(self):
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(self.lw)
        self.canv.line(0, self.space, self.aw, self.space)


def box(flowables, width, bg=SAND, pad=8):
    t = Table([[flowables]], colWidths=[width])
    t.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), bg),
                ("LEFTPADDING", (0, 0), (-1, -1), pad),
                ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), pad),
                ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return t


# ---------------------------------------------------------------- layout helpers
class Overflow(Exception):
    pass


def _fill(frame, story, canv):
    """Frame.addFromList, but a subheading never ends up alone at a column foot."""
    while story:
        f = story[0]
        if getattr(f, "style", None) is sub and not frame._atTop:
            _, h = f.wrap(frame._width, frame._height)
            if frame._y - frame._y1p < h + 62:
                return
        if frame.add(f, canv, trySplit=0):
            story.pop(0)
            continue
        parts = frame.split(f, canv)
        if len(parts) >= 2 and frame.add(parts[0], canv, trySplit=0):
            story[0:1] = parts[1:]
        return


def _try_fit(rects, make):
    story = make()
    dummy = canvas.Canvas(io.BytesIO())
    for x, y, w, h in rects:
        _fill(Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0), story, dummy)
        if not story:
            return True
    return False


def flow(c, rects, make, balance=False, where=""):
    """Lay the story returned by make() into rects (top-aligned columns).

    With balance=True the columns are shortened as far as the story allows,
    so that the text ends at roughly the same height in every column."""
    if balance:
        full = rects[0][3]
        top = rects[0][1] + full
        for h in range(60, int(full) + 1, 4):
            trial = [(x, top - h, w, h) for (x, y, w, hh) in rects]
            if _try_fit(trial, make):
                rects = trial
                break
    story = make()
    for x, y, w, h in rects:
        _fill(Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0), story, c)
        if not story:
            return
    raise Overflow(f"{where}: text left over: {story[0]!r:.200}")


def cols(n, x0, width, y_top, y_bottom, gap=14):
    w = (width - gap * (n - 1)) / n
    return [(x0 + i * (w + gap), y_bottom, w, y_top - y_bottom) for i in range(n)]


def colw(n, width=CONTENT_W, gap=14):
    return (width - gap * (n - 1)) / n


def chrome(c, pno, running):
    """Running head and folio for inner pages."""
    c.setStrokeColor(GREEN)
    c.setLineWidth(0.7)
    c.line(ML, PAGE_H - 44, PAGE_W - MR, PAGE_H - 44)
    c.setFont("Sans-Bold", 7.6)
    c.setFillColor(GREEN)
    c.drawString(ML, PAGE_H - 38, running.upper())
    c.setFont("Sans", 7.6)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawRightString(PAGE_W - MR, PAGE_H - 38, "Wrenfield Foundation  |  Annual Report 2025")
    c.setFont("Sans-Bold", 8.5)
    c.setFillColor(colors.black)
    if pno % 2 == 0:
        c.drawString(ML, 30, str(pno))
    else:
        c.drawRightString(PAGE_W - MR, 30, str(pno))
    c.setFillColor(colors.black)


# ================================================================ pages
def page1(c):
    c.setFillColor(GREEN)
    c.rect(0, PAGE_H - 250, PAGE_W, 250, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Sans-Bold", 11)
    c.drawString(ML, PAGE_H - 60, "THE WRENFIELD FOUNDATION")
    c.setFont("Sans-Bold", 44)
    c.drawString(ML, PAGE_H - 130, "Annual Report")
    c.setFont("Sans", 44)
    c.drawString(ML, PAGE_H - 180, "2025")
    c.setFont("Serif-Italic", 12.5)
    c.drawString(ML, PAGE_H - 215, "Grants, stories and accounts for the year ended 31 December 2025")
    photo_top = PAGE_H - 272
    ph = 430
    c.setFillColor(GREY)
    c.rect(ML, photo_top - ph, CONTENT_W, ph, stroke=0, fill=1)
    c.setStrokeColor(colors.HexColor("#a3a39e"))
    c.line(ML, photo_top - ph, ML + CONTENT_W, photo_top)
    c.line(ML, photo_top, ML + CONTENT_W, photo_top - ph)
    flow(
        c,
        [(ML, photo_top - ph - 40, 330, 34)],
        lambda: [
            P(
                "Volunteers at the launch of the “Reading Rooms” evenings in Hensby library, March 2025. "
                "Cover photograph: Aoife Brennan",
                caption,
            )
        ],
        where="p1",
    )
    c.setFillColor(GREEN)
    c.setFont("Sans-Bold", 9)
    c.drawString(ML, 62, "Supporting people and places in the Tarrow Valley since 1984")
    c.setFont("Sans", 8)
    c.setFillColor(colors.HexColor("#444444"))
    c.drawString(ML, 48, "Learning and Literacy  ·  Community Health  ·  Arts and Heritage")
    c.drawRightString(PAGE_W - MR, 48, "A registered charity in England and Wales")


def page2(c):
    chrome(c, 2, "Foreword")
    side_w = 150
    # contents sidebar
    c.setFillColor(SAND)
    c.rect(ML, MB, side_w, TOP - MB, stroke=0, fill=1)
    toc_items = [
        ("Foreword from the Chair", "2"),
        ("Director’s report<br/><i>Rajiv Menon</i>", "3"),
        ("Learning and Literacy<br/><i>Siobhán Gallagher</i>", "5"),
        ("Community Health<br/><i>Kenji Aramaki</i>", "8"),
        ("A year in pictures", "10"),
        ("Arts and Heritage<br/><i>Ingrid Solberg and Femi Adeyemi</i>", "11"),
        ("Financial statements", "13"),
        ("Trustees, staff and credits", "14"),
    ]

    def toc_story():
        s = [P("Contents", ParagraphStyle("tc", parent=head_mid, textColor=GREEN)), Rule()]
        for t, n in toc_items:
            s.append(P(f"<b>{n}</b>&nbsp;&nbsp;&nbsp;{t}", toc))
        s.append(Spacer(1, 14))
        s.append(P("<b>The Wrenfield Foundation</b> is an independent grant-making charity. It was founded in 1984 "
                   "with a bequest from the textile manufacturer Edith Wrenfield and funds community groups, "
                   "schools, libraries and heritage projects in the Tarrow Valley.", small))
        return s

    flow(c, [(ML + 10, MB + 10, side_w - 20, TOP - MB - 24)], toc_story, where="p2 toc")

    x0 = ML + side_w + 18
    w = PAGE_W - MR - x0
    # headline across the two text columns
    def head():
        return [
            P("FOREWORD FROM THE CHAIR", kicker),
            P("Steadiness is not the same as standing still", head_big),
        ]

    flow(c, [(x0, TOP - 92, w, 86)], head, where="p2 head")

    def story():
        return [
            Photo(colw(2, w), 120),
            P("Eleanor Whitcombe at the Castlegate grants evening in October. Photo: Dariusz Kowalczyk", caption),
            P("When the trustees met in January 2025 to agree the year’s budget, we had one question on the "
              "table: what does a small foundation do when every organisation it funds is being asked to do more "
              "with less? We did not find a tidy answer. What we found, over twelve months of visits, phone calls "
              "and long evenings with application forms, was that the most useful thing we could offer was "
              "steadiness."),
            P("Steadiness meant multi-year grants instead of one-off awards. It meant paying for rent, heating and "
              "the coordinator’s salary, the unglamorous costs that keep a community group’s doors open, rather "
              "than insisting that every pound be tied to something new. And it meant listening. In March a "
              "volunteer from a youth club in Hensby told me, “We don’t need a new idea from you. We need the old "
              "idea to still be here next winter.” I have repeated that sentence at almost every board meeting "
              "since."),
            P("This report describes what that steadiness made possible. Our three programmes awarded 212 grants "
              "worth £2.41 million, the largest total in the Foundation’s forty-one years. The “Reading Rooms” "
              "project brought evening opening back to four village libraries. Our community health partners "
              "reached families who are too often described as “hard to reach”, a phrase that says more about the "
              "institutions using it than about the people it names. And the Arts and Heritage programme helped a "
              "former spinning mill open its doors as a shared workshop."),
            P("None of this is the Foundation’s work alone. I want to thank our grantees, our small and patient "
              "staff team, and my fellow trustees, two of whom, Arjun Sethi and Bronagh McAteer, stepped down in "
              "December after nine years of service. Their judgement has shaped the Foundation more than any "
              "strategy document we have ever written."),
            P("Markets were uneven this year and the value of our endowment rose only modestly. Even so, the board "
              "has agreed to hold our grant budget at its current level for 2026 and 2027, whatever the markets "
              "do. It is a promise we intend to keep, and one we hope will let our grantees plan a little further "
              "ahead than next winter."),
            Spacer(1, 4),
            P("Eleanor Whitcombe", sign),
            P("Chair of the Board", sign_role),
        ]

    flow(c, cols(2, x0, w, TOP - 100, MB, gap=14), story, balance=True, where="p2")


def page3(c):
    chrome(c, 3, "Director’s report")

    def head():
        return [
            P("DIRECTOR’S REPORT", kicker),
            P("A year of holding steady, and of changing how we give", head_big),
            P("Shorter forms, faster decisions and more grants that trust the people who receive them: "
              "what we promised for 2025, what we delivered, and where we stumbled.", stand),
        ]

    flow(c, [(ML, TOP - 122, CONTENT_W * 0.8, 116)], head, where="p3 head")

    def story():
        return [
            P("Twelve months ago I wrote in this report that the Foundation would spend 2025 testing a simpler "
              "way of giving. We promised shorter application forms, faster decisions and grants that trust the "
              "people who receive them. This is my account of how far we got, where we stumbled and what we "
              "learned along the way."),
            P("Simpler forms, faster answers", sub),
            P("The old application form ran to eleven pages. The new one has four, and for grants under £5,000 it "
              "has been replaced altogether by a conversation: a programme officer visits, listens, writes up what "
              "they heard and shares the notes with the applicant before anything goes to the grants panel. Our "
              "average time from first contact to decision fell from fourteen weeks to six."),
            P("Not everyone welcomed the change. One long-standing grantee worried that a conversation would favour "
              "confident talkers over careful writers. It is a fair point, and we have since trained every member "
              "of staff in what our partners at the Tarrow Valley Advice Network call “plain listening”: asking "
              "open questions, checking back, and never filling a silence on an applicant’s behalf."),
            P("Where the money went", sub),
            P("Of the £2.41 million we awarded, 46 per cent went to learning and literacy, 34 per cent to community "
              "health and 20 per cent to arts and heritage. Seventy-one per cent of grants were multi-year, up "
              "from 38 per cent in 2024. Two thirds of the organisations we funded have an annual income below "
              "£100,000, and 29 received a grant from us for the first time."),
            P("In September we also published our first independent evaluation, “Trust and Time: Five Years of "
              "Unrestricted Funding in the Tarrow Valley”, written by researchers at the University of Castlegate. "
              "Its authors, Dr Marta Zielińska and Owen Pritchard, interviewed 48 grantees and read every report "
              "we had received since 2020. Their conclusion is blunt. “Unrestricted money was not spent more "
              "carelessly,” Dr Zielińska told the launch event. “It was spent more quickly on the things that "
              "mattered, and reported more honestly.”"),
            P("The evaluation was not all praise. It found that our decisions were still too slow for groups facing "
              "an emergency, and that small organisations led by Black and Asian residents of the valley were less "
              "likely to apply to us than to any other local funder. We have accepted both findings and set "
              "ourselves targets for 2026 that we will report against next year."),
            P("Listening to those we fund", sub),
            P("For the third year running we asked grantees to rate us anonymously. Scores improved on every "
              "question but one: communication about deadlines. One respondent wrote, “You are kind and flexible, "
              "but please tell us the date before the week it happens.” We have heard that, and from January "
              "every grantee will receive a single calendar with all of the year’s reporting dates on one page."),
            P("We also asked what grantees would change if they ran the Foundation for a day. The most common "
              "answer was to fund more core costs. The second most common was to visit more often and stay longer. "
              "Both are on our list for the year ahead."),
        ]

    flow(c, cols(3, ML, CONTENT_W, TOP - 132, MB), story, balance=True, where="p3")


def page4(c):
    chrome(c, 4, "Director’s report")
    w3 = colw(3)

    def story():
        return [
            P("Our own house", sub),
            P("Behind every grant is a small office above a bakery on Castlegate High Street. In 2025 the staff "
              "team stayed at seven people. We moved our payroll and accounts to a local provider, introduced a "
              "four-day week on a trial basis over the summer, and kept our running costs at 9.8 per cent of total "
              "expenditure. The trial will continue in 2026 because nobody, including the trustees, could find a "
              "single thing it had made worse."),
            P("We also opened the office to grantees. Every Thursday afternoon the meeting room is free for any "
              "group we fund, with tea, a printer and a programme officer on hand to answer questions. It has been "
              "used more than sixty times, most often by treasurers preparing their end-of-year accounts."),
            P("Looking ahead", sub),
            P("The year ahead will test us. Energy prices remain high, local authority budgets are under strain and "
              "the demand on the groups we fund shows no sign of easing. Our answer will not be dramatic. We will "
              "keep our grants steady, keep our forms short and keep turning up."),
            P("We will publish our grant data every quarter in an open format, so that other funders, researchers "
              "and the groups themselves can see where money is going in the valley and where it is not. And we "
              "will begin a review of our investment policy with the aim of ending all holdings that conflict "
              "with the health and wellbeing of the communities our grants support."),
            P("I am grateful to every grantee who let us into their rooms and their thinking this year, and to a "
              "board that has backed every experiment in this report, including the ones that did not work."),
            Spacer(1, 4),
            P("Rajiv Menon", sign),
            P("Director", sign_role),
        ]

    flow(c, cols(2, ML, w3 * 2 + 14, TOP - 10, MB + 250), story, balance=True, where="p4")

    def glance():
        s = [P("2025 at a glance", box_head), Rule(width=0.5, space=3)]
        for big, txt in [
            ("212", "grants awarded across three programmes"),
            ("£2.41m", "awarded in total, our highest figure to date"),
            ("6 weeks", "average time from first contact to decision, down from 14"),
            ("71%", "of grants made for two years or more"),
            ("29", "organisations funded by us for the first time"),
            ("9.8%", "of expenditure spent on running the Foundation"),
        ]:
            s.append(P(big, ParagraphStyle("gb", fontName="Sans-Bold", fontSize=19, leading=22, textColor=GREEN)))
            s.append(P(txt, box_body))
        return [box(s, w3, pad=10)]

    flow(c, [(ML + 2 * (w3 + 14), MB + 250, w3, TOP - 10 - MB - 250)], glance, where="p4 glance")

    # lower band: photo of the grants panel
    def lower():
        return [
            Photo(CONTENT_W, 190),
            P("Members of the grants panel and staff read applications together at the Foundation’s office on "
              "Castlegate High Street. Photo: Dariusz Kowalczyk", caption),
        ]

    flow(c, [(ML, MB, CONTENT_W, 230)], lower, where="p4 lower")


def prog_head(label, title, by, standfirst, style=head_big):
    s = [P(label, kicker), P(title, style)]
    if by:
        s.append(P(by, byline))
    if standfirst:
        s.append(P(standfirst, stand))
    return s


def page5(c):
    chrome(c, 5, "Programme report  ·  Learning and Literacy")

    def head():
        return prog_head(
            "PROGRAMME REPORT  ·  LEARNING AND LITERACY",
            "Keeping the lights on in the reading room",
            by="Contributed by Siobhán Gallagher",
            standfirst="Evening libraries, a book a month for the under-fives and a café where adults bring the "
            "letters they cannot yet read: the year in our largest programme.",
        )

    flow(c, [(ML, TOP - 150, CONTENT_W * 0.78, 144)], head, where="p5 head")

    def story():
        return [
            P("When Hensby’s library cut its evening hours in 2022, the building did not simply go dark at five "
              "o’clock. The after-school crowd moved to the bus shelter, the adult learners who came straight from "
              "work stopped coming at all, and the only public computer with a printer in the village became "
              "unavailable to anyone with a day job."),
            P("The “Reading Rooms” project was our answer, and it was never a complicated one. We paid for staff "
              "and heating so that four libraries in the valley, at Hensby, Lower Tarrow, Kilncote and Brindle "
              "Moor, could open until eight o’clock on three evenings a week. The county library service provided "
              "the buildings and the books; local volunteers, many of them retired teachers, provided the rest."),
            P("By December the four libraries had recorded 9,340 evening visits. That number matters less to us "
              "than who made them. Library staff counted more teenagers, more shift workers and more parents with "
              "small children than in any daytime session. Ayesha Qureshi, who coordinates the Kilncote evenings, "
              "noticed the change within a month. “The people who come after six are not the people who come at "
              "ten in the morning,” she said. “They are tired, they are busy, and they have decided this is worth "
              "their evening. You feel that in the room.”"),
            P("Books before bedtime", sub),
            P("Our second largest grant in the programme went to “Books Before Bedtime”, run by the Brindle Moor "
              "Family Centre. Every family with a child under five who signs up receives a book a month, delivered "
              "by a volunteer who stays for a cup of tea and, if invited, a story. In its second year the scheme "
              "reached 286 families, 61 of them in homes where English is not the first language."),
            P("The volunteers bring picture books in Polish, Urdu, Romanian and Tigrinya as well as English. The "
              "centre’s coordinator, Lukas Brenner, explained why: “A parent who reads confidently in her own "
              "language raises a reader. Whatever the language, the habit is the same.”"),
            P("The scheme’s volunteers also keep a simple diary of each visit. Read together at the end of the year, "
              "the diaries show how often a book was the start of a longer conversation: about a nursery place, "
              "a housing problem or a child’s speech. The centre followed up 74 of those conversations with "
              "practical help, which is one reason the local health visitors now refer families to the scheme."),
        ]

    flow(c, cols(3, ML, CONTENT_W, TOP - 160, MB), story, balance=True, where="p5")


def page6(c):
    chrome(c, 6, "Programme report  ·  Learning and Literacy")
    w3 = colw(3)

    def top():
        return [
            Photo(w3 * 2 + 14, 200),
            P("An evening session at Kilncote library, where the “Reading Rooms” project has kept the doors open "
              "until 8 pm three nights a week. Photo: Aoife Brennan", caption),
        ]

    flow(c, [(ML, TOP - 240, w3 * 2 + 14, 236)], top, where="p6 photo")

    def story():
        return [
            P("A second chapter for adults", sub),
            P("Adult literacy is the least visible part of the programme and, in some ways, the most important. "
              "Around one adult in seven in the valley struggles with everyday reading, according to the county’s "
              "own estimate. Most will never walk into a class labelled “literacy”."),
            P("The “Second Chapter” project, run by Castlegate Adult Learning, disguises nothing but reframes "
              "everything. Learners meet in the back room of a café, bring the texts they actually need to read "
              "(tenancy agreements, school letters, medicine labels, a grandchild’s birthday card) and work through "
              "them with a trained volunteer. Forty-four adults took part in 2025. Nineteen have since enrolled on "
              "an accredited course."),
            P("One of them, a 58-year-old forklift driver who asked us not to use his name, described his first "
              "session as the most frightening hour of his working life. By the summer he was reading the safety "
              "notices at his depot aloud to newer colleagues."),
            P("What the evaluation told us", sub),
            P("In June we received “Stories We Carry”, an independent evaluation of the programme’s first three "
              "years by the education researcher Dr Helena Varga. It is encouraging and uncomfortable in roughly "
              "equal measure. The report finds that our grants improved attendance and confidence, but that we had "
              "paid too little attention to what happens when a project ends. Three of the eleven projects we "
              "funded between 2021 and 2023 closed within a year of their grant finishing."),
            P("“Short grants create short projects,” Dr Varga writes. “The groups knew that perfectly well; the "
              "funders behaved as though they did not.” We have taken the point. From 2026 every literacy grant "
              "will include a planned final year with a tapering budget and an early conversation about what "
              "comes next, whether that is another funder, a merger or a dignified close."),
            P("The evaluation also asked learners and parents what they valued most. The answers were rarely about "
              "reading itself. People spoke about being expected, about a volunteer who remembered their name, "
              "and about a warm room that did not ask them to explain why they were there. One parent wrote on "
              "a feedback card: “It was the first place since school where nobody was in a hurry with me.”"),
        ]

    # text: two columns under the photo, third column full height
    rects = [
        (ML, MB, w3, TOP - 248 - MB),
        (ML + w3 + 14, MB, w3, TOP - 248 - MB),
        (ML + 2 * (w3 + 14), MB, w3, TOP - MB),
    ]
    flow(c, rects, story, where="p6")


def page7(c):
    chrome(c, 7, "Programme report  ·  Learning and Literacy")
    w3 = colw(3)

    def grantee():
        return [
            box(
                [
                    P("GRANTEE STORY", kicker),
                    P("Toast, quiet and long division: the Hensby Homework Club", head_small),
                    P("Tadhg Moloney was a maths teacher for thirty-one years before he retired to Hensby. He lasted "
                      "four months. “I was painting the same fence for the third time when my neighbour asked if I "
                      "could help her son with fractions,” he remembers. Two years later the Hensby Homework Club "
                      "meets four evenings a week in the library’s community room, with nine volunteer tutors and "
                      "a waiting list.", box_body_j),
                    P("The club’s grant pays for a part-time coordinator, snacks and a small hardship fund for bus "
                      "fares. It is the snacks, Moloney insists, that make the difference. “Nobody learns long "
                      "division on an empty stomach. Feed them first, then talk about numbers.”", box_body_j),
                    P("Fourteen-year-old Maja, a regular since the club opened, puts it more directly: “It’s quiet, "
                      "there’s toast, and nobody makes you feel stupid.”", box_body_j),
                    P("In the summer the club’s tutors ran a two-week catch-up course for pupils moving up to "
                      "secondary school. Twenty-two children took part, and the club has been asked to repeat it "
                      "for the Castlegate schools in 2026.", box_body_j),
                ],
                w3 * 2 + 14,
                pad=12,
            ),
            Spacer(1, 16),
            Photo(w3 * 2 + 14, 290),
            P("Tutors and pupils at a Thursday session of the Hensby Homework Club in the library’s community "
              "room. Photo: Aoife Brennan", caption),
        ]

    flow(c, [(ML, MB, w3 * 2 + 14, TOP - MB)], grantee, where="p7 box")

    def story():
        return [
            P("Looking ahead", sub),
            P("In 2026 the programme will spend £1.1 million. The “Reading Rooms” evenings will continue in all "
              "four libraries, and we are in conversation with two more villages. “Books Before Bedtime” will "
              "extend to the Castlegate estates, and we will fund a small network so that the homework clubs now "
              "running in five villages can share tutors, training and ideas."),
            P("We will also keep publishing what we learn, including what goes wrong. A funder that hides its "
              "failures teaches its grantees to hide theirs."),
            Spacer(1, 6),
            box(
                [
                    P("Largest grants in 2025", box_head),
                    P("<b>Tarrow Valley Libraries Trust</b><br/>“Reading Rooms”, £186,000 over three years", box_body),
                    P("<b>Brindle Moor Family Centre</b><br/>“Books Before Bedtime”, £94,500 over three years", box_body),
                    P("<b>Castlegate Adult Learning</b><br/>“Second Chapter”, £71,200 over two years", box_body),
                    P("<b>Hensby Homework Club</b><br/>Core costs, £28,000 over two years", box_body),
                    P("<b>Kilncote Primary School PTA</b><br/>Family reading mornings, £12,400", box_body),
                    P("…and 108 further grants, most of them under £10,000.", box_body),
                ],
                w3,
            ),
        ]

    flow(c, [(ML + 2 * (w3 + 14), MB, w3, TOP - MB)], story, where="p7 col3")


def page8(c):
    chrome(c, 8, "Programme report  ·  Community Health")

    def head():
        return prog_head(
            "PROGRAMME REPORT  ·  COMMUNITY HEALTH",
            "Kitchens, clinics and the long walk to the bus stop",
            None,
            None,
            style=head_small,
        )

    flow(c, [(ML, TOP - 40, CONTENT_W, 36)], head, where="p8 head")
    w3 = colw(3)

    def story():
        return [
            P("Health, in the Tarrow Valley, is often decided a long way from any surgery. It is decided at the bus "
              "stop where the last service to the hospital leaves at 3.40 pm, in the kitchen of a flat that cannot "
              "be heated and kept free of damp at the same time, and in the queue at the food bank, where people who "
              "have not seen a doctor in years sometimes mention, almost in passing, the cough that will not go "
              "away."),
            P("Our Community Health programme funds the groups that work in those places. In 2025 it awarded 68 "
              "grants totalling £819,000, and it supported three kinds of work: food and shared meals, practical "
              "help to reach health services, and mental health support led by people with lived experience."),
            P("Grantee story: the Millbrook Community Kitchen", sub),
            P("Comfort Mensah started cooking for her neighbours in 2020 with two borrowed pans and a church hall "
              "booked for one afternoon a week. The Millbrook Community Kitchen now serves a hot lunch five days a "
              "week to between sixty and ninety people, runs a cooking class for young fathers, and has a nurse "
              "from the local practice who sits in on Wednesdays to take blood pressures over pudding."),
            P("“People will tell the nurse things over a plate of jollof that they would never say in a waiting "
              "room,” Mensah says. “Food is the door. What comes through it is up to them.”"),
            P("Our three-year grant covers the kitchen’s rent, a part-time cook and the cost of food that cannot be "
              "donated. Mensah is frank about what the money means. “If the funding stops, the kitchen stops. It "
              "really is as simple as that.”"),
            P("The kitchen’s success has brought its own problems. The hall is too small, the fridge is older than "
              "most of the volunteers, and the waiting list for the fathers’ class is longer than the class. In the "
              "autumn we agreed a small capital grant for new refrigeration: not glamorous, but the single request "
              "the kitchen had been making for longest."),
        ]

    def photo():
        return [
            Photo(w3, 250),
            P("Lunch service at the Millbrook Community Kitchen, which now feeds up to ninety people a day. "
              "© Dariusz Kowalczyk", caption),
        ]

    flow(c, [(ML + 2 * (w3 + 14), MB, w3, TOP - 50 - MB)], photo, where="p8 photo")
    flow(c, cols(2, ML, w3 * 2 + 14, TOP - 50, MB), story, balance=True, where="p8")


def page9(c):
    chrome(c, 9, "Programme report  ·  Community Health")
    w3 = colw(3)

    def story():
        return [
            P("Getting there", sub),
            P("Transport is the least discussed health problem in the valley. After the county reduced rural bus "
              "routes in 2023, patients from Brindle Moor faced a two-hour journey, with one change, to reach "
              "Castlegate General Hospital. Missed appointments rose accordingly."),
            P("The “Lift Share Health” scheme, run by the Tarrow Valley Volunteer Centre, now has 41 volunteer "
              "drivers who take patients to appointments and wait to bring them home. Drivers are reimbursed for "
              "mileage; patients pay nothing. In 2025 the scheme made 2,870 journeys."),
            P("Arvid Lindqvist-Hart, who drives for the scheme two days a week, says the conversations are half the "
              "point. “Some of my passengers have not spoken to anyone since their last appointment. The hospital "
              "is forty minutes away. That’s forty minutes of company each way.”"),
            P("Peer support", sub),
            P("The third strand of the programme funds mental health support led by people who have been through "
              "difficulties themselves. The largest of these grants supports “Open Door Tuesdays”, a drop-in run "
              "by the charity Headway Hensby in a former bank building on the market square."),
            P("Its founder, Niamh Kearney, is careful not to overclaim. She has seen how quickly a group like hers "
              "can be treated as a substitute for services that should exist anyway. “We are not a crisis team and "
              "we are not therapists,” she told us. “We are people who have been in the dark, keeping a light on "
              "for whoever comes next.”"),
            P("Attendance doubled in 2025, and in November the local health board asked Headway Hensby to help "
              "design its new community wellbeing service. Kearney agreed on one condition: that the group would "
              "be paid for its time, at the same rate as any other consultant the board employs."),
            P("Smaller grants in this strand paid for a walking group for men over fifty in Lower Tarrow, a "
              "bereavement café in Kilncote and training in suicide prevention for 120 volunteers, bar staff and "
              "taxi drivers across the valley."),
            P("Continued on page 11", cont),
        ]

    flow(c, cols(2, ML, w3 * 2 + 14, TOP - 10, MB + 236), story, balance=True, where="p9")

    def photo():
        return [
            Photo(w3 * 2 + 14, 196),
            P("A “Lift Share Health” volunteer driver collects a patient in Brindle Moor for an early appointment "
              "in Castlegate. Photo: Priya Venkataraman", caption),
        ]

    flow(c, [(ML, MB, w3 * 2 + 14, 226)], photo, where="p9 photo")

    def pq():
        return [
            Spacer(1, 60),
            Rule(width=2, space=6),
            P("“Food is the door. What comes through it is up to them.”", pull),
            P("— Comfort Mensah, Coordinator, Millbrook Community Kitchen", pull_by),
            Rule(width=2, space=6),
            Spacer(1, 30),
            box(
                [
                    P("Community Health in numbers", box_head),
                    P("<b>68</b> grants, <b>£819,000</b> in total", box_body),
                    P("<b>2,870</b> journeys to hospital appointments", box_body),
                    P("<b>14,600</b> hot meals served by funded kitchens", box_body),
                    P("<b>120</b> people trained in suicide prevention", box_body),
                ],
                w3,
            ),
        ]

    flow(c, [(ML + 2 * (w3 + 14), MB, w3, TOP - 10 - MB)], pq, where="p9 pq")


def page10(c):
    chrome(c, 10, "A year in pictures")

    def head():
        return [
            P("PHOTO ESSAY", kicker),
            P("A year in pictures", head_big),
            P("Twelve months of grants, seen through the lenses of the three photographers who followed our "
              "grantees through 2025.", stand),
        ]

    flow(c, [(ML, TOP - 100, CONTENT_W, 96)], head, where="p10 head")
    w2 = colw(2)
    items = [
        ("January: volunteers sort donated coats for the Lower Tarrow winter drive. Photo: Priya Venkataraman", 150),
        ("April: learners celebrate the end of term at the “Second Chapter” spring reading in Castlegate. "
         "Photo: Aoife Brennan", 150),
        ("June: driver Arvid Lindqvist-Hart helps his passenger Doreen Platt, 91, out of the car at Castlegate "
         "General Hospital. © Dariusz Kowalczyk", 150),
        ("September: the launch of “Trust and Time” at the University of Castlegate. Photo: Priya Venkataraman", 150),
        ("November: opening day at the Sorrel Mill workshops in Hensby. © Dariusz Kowalczyk", 150),
        ("December: carols and mince pies at the Millbrook Community Kitchen. Photo: Aoife Brennan", 150),
    ]
    y = TOP - 104
    for i in range(0, 6, 2):
        for j in range(2):
            txt, h = items[i + j]
            x = ML + j * (w2 + 14)
            flow(c, [(x, y - h - 40, w2, h + 40)], lambda txt=txt, h=h: [Photo(w2, h), P(txt, caption)],
                 where="p10 photo")
        y -= 208


def page11(c):
    chrome(c, 11, "Programme report  ·  Arts and Heritage")
    w3 = colw(3)

    def cont_story():
        return [
            P("Community Health: continued from page 9", cont),
            P("What we learned", sub),
            P("Three lessons stand out from the year. First, small practical grants (a fridge, a minibus insurance "
              "premium, a phone contract for a volunteer coordinator) often do more than large project grants. "
              "Second, groups led by the people they serve tend to spot problems earlier than any formal service. "
              "Third, we should pay for that expertise rather than simply admire it."),
            P("In 2026 the programme will set aside £60,000 for an open fund for small practical costs, with "
              "decisions in ten working days and a one-page form. We will also join the health board’s new "
              "community panel, where we intend to argue, politely and persistently, for the groups in this "
              "report to be paid properly for the work they already do."),
            P("Kenji Aramaki", sign),
            P("Head of Community Health Programmes", sign_role),
        ]

    c.setFillColor(SAND)
    c.rect(ML - 6, TOP - 236, CONTENT_W + 12, 232, stroke=0, fill=1)
    flow(c, cols(3, ML, CONTENT_W, TOP - 10, TOP - 230), cont_story, balance=True, where="p11 cont")

    def head():
        return prog_head(
            "PROGRAMME REPORT  ·  ARTS AND HERITAGE",
            "A mill, a choir and four hundred years of parish records",
            by="Contributed by Ingrid Solberg and Femi Adeyemi",
            standfirst=None,
            style=head_mid,
        )

    flow(c, [(ML, TOP - 332, CONTENT_W, 88)], head, where="p11 head")

    def story():
        return [
            P("For a valley that built its fortunes on wool, the Tarrow has been strangely careless with its own "
              "history. Mills have become flats or car parks; parish records sit in boxes in church vestries; the "
              "songs that weavers once sang at work survive mostly in the memories of a few choir members in their "
              "eighties. The Arts and Heritage programme, the smallest of our three, exists to change that: not by "
              "building museums, but by helping local people hold on to what is theirs."),
            P("In 2025 we made 31 grants worth £482,000."),
            P("Sorrel Mill", sub),
            P("The largest was a three-year grant to the Sorrel Mill Trust, which has turned the ground floor of a "
              "former spinning mill in Hensby into shared workshops for furniture makers, weavers, a printmaker and "
              "a bicycle repair cooperative. The building had been empty for nineteen years. The trust’s chair, "
              "Giulia Ferraro, led the campaign to save it after a planning application proposed demolishing it "
              "for a supermarket car park."),
            P("“Everybody said the building was beautiful and nobody wanted to pay for the roof,” she recalled at "
              "the opening in November. “The roof is the whole story.”"),
            P("The roof, in the end, was paid for by a national heritage fund, a crowdfunding appeal that raised "
              "£41,000 from more than a thousand donors, and a loan that the trust will repay from workshop rents. "
              "The Foundation’s part was smaller and came later: we agreed to cover the costs that capital funders "
              "will not touch, the salaries, insurance and open days that turn a restored building into a place "
              "people actually use."),
            P("That division of labour is deliberate. Large funders are good at buildings; we are better placed to "
              "pay for the people inside them, and to keep paying after the ribbon has been cut."),
        ]

    flow(c, cols(3, ML, CONTENT_W, TOP - 338, MB), story, balance=True, where="p11")


def page12(c):
    chrome(c, 12, "Programme report  ·  Arts and Heritage")
    w3 = colw(3)

    def story():
        return [
            P("Our grant paid for a heritage officer, the building’s first year of insurance and a programme of "
              "open days. More than 2,300 people visited in the first six weeks, among them dozens of former mill "
              "workers who brought photographs, pay slips and, on one memorable afternoon, a pair of wooden clogs."),
            P("Singing the looms", sub),
            P("“Songs from the Loom” began as a plan to record six elderly singers before their repertoire was "
              "lost. It became something larger. The Kilncote Community Choir, led by its musical director Oskar "
              "Wennberg, learned forty weaving songs from the recordings and performed them in eight village halls. "
              "Schools in three villages now sing them too."),
            P("Wennberg describes the project modestly. “I only wrote down what they already knew. The hard part "
              "was persuading them that anyone else would want to hear it,” he said."),
            P("Opening the vestry", sub),
            P("Parish records are among the most used sources for family historians and among the least protected. "
              "The “Vestry Boxes” project trained 26 volunteers to catalogue and photograph records held in eleven "
              "churches, from baptism registers of the 1620s to the minute books of a Victorian burial club. The "
              "images will be deposited with the county archive and made freely available online in 2026."),
            P("One volunteer, the retired nurse Parveen Akhtar, found her own great-grandfather’s marriage entry on "
              "her second day. “I sat in that cold church and cried,” she told the project’s blog. “Then I got on "
              "with the next page.”"),
            P("Small grants, long memories", sub),
            P("Most of the programme’s grants are small. Twenty-two were under £10,000, and they paid for things "
              "that rarely make a newspaper: a dehumidifier for a village museum, new music stands, the "
              "digitisation of a parish magazine that has appeared every month since 1911."),
            P("“We are the only band in the valley that still owns its own hall, and this year we nearly lost it "
              "to a leaking gutter,” says Wiebke Hansen-Clarke, secretary of the Brindle Moor Silver Band, whose "
              "grant of £3,800 repaired the roof of its bandroom. The band celebrated with a concert of pieces "
              "written for it since 1890."),
            P("What comes next", sub),
            P("We will keep this programme small and local. In 2026 it will fund a second year at Sorrel Mill, a "
              "heritage skills scheme for young people leaving school, and a series of oral history recordings with "
              "the valley’s first generation of Caribbean and South Asian textile workers, a history that is still "
              "far too little told."),
        ]

    flow(c, cols(2, ML, w3 * 2 + 14, TOP - 10, MB), story, balance=True, where="p12")

    def side():
        return [
            Photo(w3, 230),
            P("Members of the Kilncote Community Choir rehearse “Songs from the Loom”. Photo: Priya Venkataraman",
              caption),
            box(
                [
                    P("Arts and Heritage in 2025", box_head),
                    P("<b>31</b> grants, <b>£482,000</b>", box_body),
                    P("<b>2,300</b> visitors to Sorrel Mill in six weeks", box_body),
                    P("<b>40</b> weaving songs recorded and sung again", box_body),
                    P("<b>11</b> churches’ records catalogued by volunteers", box_body),
                ],
                w3,
            ),
        ]

    flow(c, [(ML + 2 * (w3 + 14), MB, w3, TOP - 10 - MB)], side, where="p12 side")


def fin_table(rows, widths, bold_rows=(), head=True):
    t = Table(rows, colWidths=widths)
    st = [
        ("FONT", (0, 0), (-1, -1), "Sans", 8),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, GREEN),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
    ]
    if head:
        st.append(("FONT", (0, 0), (-1, 0), "Sans-Bold", 8))
    for r in bold_rows:
        st.append(("FONT", (0, r), (-1, r), "Sans-Bold", 8))
        st.append(("LINEABOVE", (1, r), (-1, r), 0.4, colors.black))
    t.setStyle(TableStyle(st))
    return t


def page13(c):
    chrome(c, 13, "Financial statements")

    def story():
        wl, wn = 300, 90
        sofa = [
            ["Statement of financial activities", "2025 (£)", "2024 (£)"],
            ["Income", "", ""],
            ["Investment income", "2,184,300", "2,071,900"],
            ["Donations and legacies", "612,000", "418,500"],
            ["Other income", "18,400", "15,200"],
            ["Total income", "2,814,700", "2,505,600"],
            ["Expenditure on charitable activities", "", ""],
            ["Grants: Learning and Literacy", "1,108,600", "1,002,300"],
            ["Grants: Community Health", "819,000", "741,800"],
            ["Grants: Arts and Heritage", "482,000", "395,400"],
            ["Support costs", "213,900", "208,600"],
            ["Governance costs", "47,900", "46,100"],
            ["Total expenditure", "2,671,400", "2,394,200"],
            ["Net income", "143,300", "111,400"],
            ["Net gains on investments", "1,036,000", "1,512,000"],
            ["Net movement in funds", "1,179,300", "1,623,400"],
            ["Total funds at 1 January", "48,620,000", "46,996,600"],
            ["Total funds at 31 December", "49,799,300", "48,620,000"],
        ]
        bal = [
            ["Balance sheet at 31 December", "2025 (£)", "2024 (£)"],
            ["Investments", "48,910,000", "47,685,000"],
            ["Cash at bank and on deposit", "1,402,300", "1,421,500"],
            ["Debtors and prepayments", "96,000", "88,500"],
            ["Grant commitments due within one year", "(412,000)", "(378,000)"],
            ["Grant commitments due after one year", "(197,000)", "(197,000)"],
            ["Net assets", "49,799,300", "48,620,000"],
            ["Endowment fund", "46,250,000", "45,300,000"],
            ["Unrestricted funds", "3,549,300", "3,320,000"],
            ["Total funds", "49,799,300", "48,620,000"],
        ]
        split = [
            ["Grants by size, 2025", "Number", "Value (£)"],
            ["Under £5,000", "97", "263,400"],
            ["£5,000 to £24,999", "78", "852,700"],
            ["£25,000 to £99,999", "31", "905,300"],
            ["£100,000 and over", "6", "388,200"],
            ["All grants", "212", "2,409,600"],
        ]
        return [
            P("FINANCIAL STATEMENTS", kicker),
            P("Summary accounts for the year ended 31 December 2025", head_mid),
            P("These summary figures are taken from the full statutory accounts, which received an unqualified "
              "audit opinion and are available on request from the Foundation’s office. They may not contain "
              "enough information for a full understanding of the Foundation’s financial affairs.", small),
            Spacer(1, 8),
            fin_table(sofa, [wl, wn, wn], bold_rows=(5, 12, 15, 17)),
            Spacer(1, 16),
            fin_table(bal, [wl, wn, wn], bold_rows=(6, 9)),
            Spacer(1, 16),
            fin_table(split, [wl, wn, wn], bold_rows=(5,)),
            Spacer(1, 12),
            P("Running costs (support and governance) were 9.8 per cent of total expenditure (2024: 10.6 per cent). "
              "Grant commitments are recognised when the award is communicated to the grantee. Investments are "
              "held at market value. Auditor: Harwood Bell LLP, Chartered Accountants, Castlegate.", small),
        ]

    flow(c, [(ML, MB, CONTENT_W, TOP - 10 - MB)], story, where="p13")


def page14(c):
    chrome(c, 14, "Trustees, staff and credits")
    w3 = colw(3)
    role = ParagraphStyle("role", parent=small, textColor=colors.HexColor("#555555"), spaceAfter=6)

    def people(title, rows):
        s = [P(title, box_head), Rule(width=0.5, space=3)]
        for n, r in rows:
            s.append(P(f"<b>{n}</b><br/>{r}", role))
        return s

    def col1():
        return people(
            "Board of trustees",
            [
                ("Eleanor Whitcombe", "Chair"),
                ("Dr Nkechi Obi", "Vice-Chair"),
                ("Thomas Achterberg", "Treasurer"),
                ("Marguerite Delacroix-Hale", "Trustee"),
                ("Yusuf Demir", "Trustee"),
                ("Saoirse Ní Bhriain", "Trustee (appointed June 2025)"),
                ("Arjun Sethi", "Trustee (retired December 2025)"),
                ("Bronagh McAteer", "Trustee (retired December 2025)"),
            ],
        )

    def col2():
        return people(
            "Staff",
            [
                ("Rajiv Menon", "Director"),
                ("Siobhán Gallagher", "Programme Manager, Learning and Literacy"),
                ("Kenji Aramaki", "Head of Community Health Programmes"),
                ("Ingrid Solberg", "Arts and Heritage Officer"),
                ("Femi Adeyemi", "Communications Lead"),
                ("Hannah Lindqvist", "Communications Officer"),
                ("Grace Tanaka-Moore", "Finance Officer"),
            ],
        )

    def col3():
        return [
            P("Thank you", box_head),
            Rule(width=0.5, space=3),
            P("The Foundation thanks the members of its grants panel, its investment committee and the many "
              "grantees who gave their time, their stories and their permission to be photographed for this "
              "report.", small),
            Spacer(1, 10),
            P("Contact", box_head),
            Rule(width=0.5, space=3),
            P("The Wrenfield Foundation<br/>14a Castlegate High Street<br/>Castlegate, Tarrow Valley<br/>"
              "hello@wrenfield-foundation.example", small),
            Spacer(1, 10),
            P("Advisers", box_head),
            Rule(width=0.5, space=3),
            P("Auditor: Harwood Bell LLP<br/>Bankers: Tarrow &amp; District Building Society<br/>"
              "Investment managers: Lyle Moorcroft Partners", small),
        ]

    flow(c, [(ML, MB + 120, w3, TOP - 10 - MB - 120)], col1, where="p14 c1")
    flow(c, [(ML + w3 + 14, MB + 120, w3, TOP - 10 - MB - 120)], col2, where="p14 c2")
    flow(c, [(ML + 2 * (w3 + 14), MB + 120, w3, TOP - 10 - MB - 120)], col3, where="p14 c3")

    c.setStrokeColor(GREEN)
    c.setLineWidth(1.2)
    c.line(ML, MB + 104, PAGE_W - MR, MB + 104)

    def credits():
        return [
            P("Photography: Aoife Brennan, Dariusz Kowalczyk and Priya Venkataraman; Design: Lucía Ferreira; "
              "Editor: Hannah Lindqvist",
              ParagraphStyle("cred", parent=small, fontName="Sans", fontSize=8.2)),
            P("Printed on 100 per cent recycled paper by Tarrow Print Cooperative. © The Wrenfield Foundation "
              "2026. Texts may be quoted with acknowledgement; photographs remain the copyright of the "
              "photographers.", ParagraphStyle("cred2", parent=small, fontSize=7.2, leading=9.5)),
        ]

    flow(c, [(ML, MB, CONTENT_W, 96)], credits, where="p14 credits")


def main():
    c = canvas.Canvas(OUT, pagesize=A4, invariant=1)
    c.setTitle("The Wrenfield Foundation: Annual Report 2025")
    c.setAuthor("The Wrenfield Foundation")
    for fn in (page1, page2, page3, page4, page5, page6, page7, page8, page9, page10, page11, page12, page13,
               page14):
        fn(c)
        c.showPage()
    c.save()
    print("wrote", OUT)


if __name__ == "__main__":
    main()
