# -*- coding: utf-8 -*-
"""Generator for the fictional co-operative bank customer magazine 'Common Ground', Spring 2026
(blind test sample). Deterministic: no random numbers, no clock dates."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Frame, Spacer, Flowable
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_CENTER, TA_RIGHT
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import registerFontFamily

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "bank-customer-magazine-2026-en.pdf")
FD = "/usr/share/fonts/truetype/dejavu/"
for name, fn in [("Body", "DejaVuSerifCondensed.ttf"), ("Body-B", "DejaVuSerifCondensed-Bold.ttf"),
                 ("Body-I", "DejaVuSerifCondensed-Italic.ttf"), ("Body-BI", "DejaVuSerifCondensed-BoldItalic.ttf"),
                 ("Head", "DejaVuSerif-Bold.ttf"), ("HeadI", "DejaVuSerif-BoldItalic.ttf"),
                 ("Sans", "DejaVuSans.ttf"), ("Sans-B", "DejaVuSans-Bold.ttf"), ("Sans-I", "DejaVuSans-Oblique.ttf"),
                 ("Light", "DejaVuSans-ExtraLight.ttf")]:
    pdfmetrics.registerFont(TTFont(name, FD + fn))
registerFontFamily("Body", normal="Body", bold="Body-B", italic="Body-I", boldItalic="Body-BI")
registerFontFamily("Sans", normal="Sans", bold="Sans-B", italic="Sans-I", boldItalic="Sans-B")

W, H = A4
ML, MR, MT, MB = 46, 46, 64, 56
GREEN = colors.HexColor("#1f5f4a")
CORAL = colors.HexColor("#d9603b")
CREAM = colors.HexColor("#f4efe3")
GREY = colors.HexColor("#bdbdbd")
INK = colors.HexColor("#1c1c1c")

body = ParagraphStyle("body", fontName="Body", fontSize=9.8, leading=13.4, alignment=TA_LEFT,
                      spaceAfter=6, textColor=INK)
drop = ParagraphStyle("drop", parent=body)
stand = ParagraphStyle("stand", fontName="Body-I", fontSize=12.5, leading=16.5, spaceAfter=8, textColor=GREEN)
h1 = ParagraphStyle("h1", fontName="Head", fontSize=28, leading=32, spaceAfter=8, textColor=GREEN)
h2 = ParagraphStyle("h2", fontName="Head", fontSize=18, leading=22, spaceAfter=6, textColor=GREEN)
h3 = ParagraphStyle("h3", fontName="Sans-B", fontSize=11, leading=14, spaceAfter=3, spaceBefore=6,
                    textColor=CORAL)
label = ParagraphStyle("label", fontName="Sans-B", fontSize=8.5, leading=10.5, textColor=CORAL, spaceAfter=4)
credit = ParagraphStyle("credit", fontName="Sans", fontSize=8.4, leading=11, spaceAfter=10,
                        textColor=colors.HexColor("#555555"))
cap = ParagraphStyle("cap", fontName="Sans", fontSize=7.6, leading=9.6, spaceAfter=9,
                     textColor=colors.HexColor("#444444"))
pull = ParagraphStyle("pull", fontName="HeadI", fontSize=16, leading=21, textColor=CORAL, spaceBefore=8,
                      spaceAfter=4)
pullwho = ParagraphStyle("pullwho", fontName="Sans-B", fontSize=8.4, leading=10.8, spaceAfter=12)
small = ParagraphStyle("small", fontName="Sans", fontSize=8.4, leading=11.2, spaceAfter=5)
q_st = ParagraphStyle("q", parent=body, fontName="Body-B", textColor=GREEN, spaceBefore=4)
box = ParagraphStyle("box", fontName="Sans", fontSize=8.6, leading=11.8, backColor=CREAM, borderColor=CREAM,
                     borderWidth=0, borderPadding=7, spaceBefore=10, spaceAfter=14)
letter = ParagraphStyle("letter", parent=body, fontName="Body-I", leftIndent=8, borderColor=CORAL,
                        borderWidth=0, spaceAfter=3)
signoff = ParagraphStyle("signoff", parent=small, fontName="Sans-B", alignment=TA_RIGHT, spaceAfter=10)


class Photo(Flowable):
    def __init__(self, h):
        Flowable.__init__(self)
        self.h = h

    def wrap(self, aw, ah):
        self.w = aw
        return aw, self.h

    def draw(self):
        self.canv.setFillColor(GREY)
        self.canv.rect(0, 0, self.w, self.h, stroke=0, fill=1)
        self.canv.setStrokeColor(colors.white)
        self.canv.setLineWidth(0.7)
        self.canv.line(0, 0, self.w, self.h)
        self.canv.line(0, self.h, self.w, 0)


class Rule(Flowable):
    def __init__(self, color=CORAL, width=2, space=5):
        Flowable.__init__(self)
        self.c, self.lw, self.space = color, width, space

    def wrap(self, aw, ah):
        self.w = aw
        return aw, self.space * 2

    def draw(self):
        self.canv.setStrokeColor(self.c)
        self.canv.setLineWidth(self.lw)
        self.canv.line(0, self.space, min(self.w, 60), self.space)


def P(t, s=body):
    return Paragraph(t, s)


def paras(text, s=body):
    return [Paragraph(p.strip(), s) for p in text.strip().split("\n\n")]


def columns(ytop, ybot, n, x0=ML, x1=None, gap=16):
    x1 = W - MR if x1 is None else x1
    cw = (x1 - x0 - gap * (n - 1)) / n
    return [Frame(x0 + i * (cw + gap), ybot, cw, ytop - ybot, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0) for i in range(n)]


def fill(c, frames, story, where, must_empty=True):
    for f in frames:
        f.addFromList(story, c)
    if story and must_empty:
        raise RuntimeError("Overflow on %s: %r" % (where, getattr(story[0], "text", story[0])))


def block(c, flows, ytop, x0=ML, x1=None):
    x1 = W - MR if x1 is None else x1
    y = ytop
    for f in flows:
        w, h = f.wrap(x1 - x0, 1000)
        st = getattr(f, "style", None)
        f.drawOn(c, x0, y - h)
        y -= h + (st.spaceAfter if st is not None else 0)
    return y


def photo_at(c, x, y, w, h):
    c.setFillColor(GREY)
    c.rect(x, y, w, h, stroke=0, fill=1)
    c.setStrokeColor(colors.white)
    c.setLineWidth(0.7)
    c.line(x, y, x + w, y + h)
    c.line(x, y + h, x + w, y)
    c.setFillColor(INK)


def chrome(c, num, section):
    c.setFillColor(GREEN)
    c.setFont("Sans-B", 8)
    c.drawString(ML, H - 34, "COMMON GROUND")
    c.setFillColor(CORAL)
    c.drawString(ML + 78, H - 34, "/  " + section.upper())
    c.setFillColor(INK)
    c.setFont("Sans", 8)
    c.drawRightString(W - MR, H - 34, "Spring 2026")
    c.setStrokeColor(GREEN)
    c.setLineWidth(0.5)
    c.line(ML, H - 40, W - MR, H - 40)
    c.setFillColor(GREEN)
    c.circle(W / 2, 30, 11, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Sans-B", 9)
    c.drawCentredString(W / 2, 27, str(num))
    c.setFillColor(colors.HexColor("#666666"))
    c.setFont("Sans", 7)
    c.drawString(ML, 27, "Ashmere Valley Co-operative Bank")
    c.drawRightString(W - MR, 27, "avcb.example/commonground")
    c.setFillColor(INK)


# ------------------------------------------------------------------ page 1: cover
def page1(c):
    c.setFillColor(CREAM)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    photo_at(c, ML, 150, W - ML - MR, 520)
    c.setFillColor(GREEN)
    c.setFont("Head", 54)
    c.drawString(ML, H - 110, "Common Ground")
    c.setFont("Sans", 10)
    c.setFillColor(CORAL)
    c.drawString(ML, H - 132, "THE MEMBERS' MAGAZINE OF ASHMERE VALLEY CO-OPERATIVE BANK")
    c.setFillColor(INK)
    c.drawRightString(W - MR, H - 132, "ISSUE 41  ·  SPRING 2026")
    c.setFont("Head", 22)
    c.setFillColor(GREEN)
    c.drawString(ML, 118, "Rising early")
    c.setFont("Body-I", 13)
    c.setFillColor(INK)
    c.drawString(ML, 98, "How a small bakery on Tanner's Row weathered the hardest winter of its life")
    c.setFont("Sans", 9.5)
    c.drawString(ML, 66, "ALSO INSIDE:  The farm shop its customers bought  ·  Your money questions answered  ·")
    c.drawString(ML, 53, "Meet Millbrook's branch manager  ·  Where your Community Fund went in 2025")


# ------------------------------------------------------------------ page 2: welcome + contents
WELCOME = """Dear member,

Spring always arrives slowly in the valley, and this year it seemed to take its time more than usual. The floods in January closed the Ashmere road for eleven days and cut two of our branches off from the villages they serve. I want to thank every colleague who drove the long way round to keep Millbrook and Stowbridge open, and every member who was patient with us while the cash machines were out of action.

Moments like that remind me why a co-operative bank exists. We are owned by the people who save and borrow with us, and we have no shareholders to satisfy elsewhere. When a business on our high streets struggles, we feel it too. In this issue you will meet two of them: a bakery that came close to closing its doors, and a farm shop that its own customers rescued by buying shares in it.

You will also find our first full report on the Community Fund since we doubled its budget last year. Thirty-seven projects received support, from a repair café to a youth boxing club, and I hope you enjoy reading about them as much as I enjoyed visiting several of them.

Finally, our Annual General Meeting takes place on 23 April. Every member has one vote, however much or little they hold with us. Please use it."""


def page2(c):
    chrome(c, 2, "Welcome")
    xm = ML + 300
    y = block(c, [P("A WORD FROM OUR CHIEF EXECUTIVE", label), P("Weathering it together", h2), Rule()],
              H - MT, ML, xm - 80)
    photo_at(c, xm - 70, H - MT - 78, 70, 84)
    fl = paras(WELCOME)
    fl += [Spacer(1, 6), P("Yours,", body), Spacer(1, 2),
           P("<font name='HeadI' size='14' color='#1f5f4a'>Siobhán Gallagher</font>", body),
           P("Chief Executive", small)]
    fr = [Frame(ML, MB, xm - ML, min(y, H - MT - 92) - 6 - MB, leftPadding=0, rightPadding=0, topPadding=0,
                bottomPadding=0)]
    fill(c, fr, fl, "p2 welcome")
    # contents panel
    x0 = xm + 24
    c.setFillColor(CREAM)
    c.rect(x0 - 10, MB, W - MR - x0 + 10, H - MT - MB + 8, stroke=0, fill=1)
    c.setFillColor(INK)
    items = [("3", "Rising early", "A Tanner's Row bakery and the winter that nearly finished it"),
             ("5", "The shop that belongs to everyone", "How 600 neighbours saved Holloway Farm Shop"),
             ("6", "Money matters", "Your questions answered, plus this season's scam watch"),
             ("7", "Meet the team", "Ten questions for Millbrook's branch manager"),
             ("8", "News in brief", "AGM, new opening hours, app update"),
             ("9", "Community Fund 2025", "£84,000 for 37 local projects"),
             ("10", "Your letters", "Kindness at the counter, paying-in books, a footpath"),
             ("11", "Contributors &amp; credits", "")]
    fl = [P("In this issue", ParagraphStyle("ct", parent=h2, fontSize=15))]
    for n, t, d in items:
        fl.append(P("<font name='Head' size='16' color='#d9603b'>%s</font>" % n,
                    ParagraphStyle("n", parent=small, spaceAfter=1)))
        fl.append(P("<b>%s</b><br/>%s" % (t, d), ParagraphStyle("cd", parent=small, spaceAfter=9)))
    fill(c, [Frame(x0, MB + 4, W - MR - x0 - 6, H - MT - MB, leftPadding=0, rightPadding=0, topPadding=0,
                   bottomPadding=0)], fl, "p2 contents")


# ------------------------------------------------------------------ pages 3-4: bakery
BAKERY = """At a quarter to four on a February morning, the only lit window on Tanner's Row belongs to Brennan &amp; Mori Bakehouse. Inside, the radio is playing softly, a tray of cardamom buns is proving by the oven, and Niamh Brennan is folding butter into dough with the steady rhythm of someone who has done it ten thousand times.

"People think the hard part is getting up in the dark," she says. "It isn't. The hard part is the maths." She nods towards a clipboard on the wall where the week's flour, butter and energy costs are written in pencil. Two winters ago, those numbers stopped adding up.

Niamh opened the bakery in 2019 with her partner, Kenji Mori, who trained as a pastry chef in Osaka before moving to the valley. They had saved for six years, borrowed the rest from Ashmere Valley, and built a small, loyal following for sourdough, seeded rye and the Japanese milk bread that Kenji bakes every Saturday. Then, in the space of one quarter, their electricity bill tripled and the price of butter rose by almost half.

"We sat at the kitchen table at midnight and worked out that we had about nine weeks left," Kenji remembers. "I remember thinking, that is it, we have lost it." Neither of them wanted to raise prices so steeply that their regulars would stop coming. Both of them were already working seventy-hour weeks.

What happened next was not dramatic. Niamh rang the bank and asked for a meeting. Their business manager, Olusegun Bakare, came to the shop the following Tuesday, sat on a flour sack and went through the figures line by line. The solution was a combination of small changes: a six-month capital repayment holiday on the original loan, a modest overdraft to cover the worst of the winter, and an introduction to an energy adviser who helped them move their baking schedule away from the most expensive hours."""

BAKERY2 = """"Nobody told us we had to cut back or give up," Niamh says. "He just asked what we needed to get to the spring." She said it was the first time in months that she had slept properly.

The energy adviser suggested something that seemed obvious only in hindsight. The bakery's two deck ovens were being switched on at three in the morning and left running until two in the afternoon, long after the last bake. Now a timer switches the second oven off at ten, and the afternoon batch of cookies is baked in the residual heat. The change alone saves around £180 a month.

Kenji made his own adjustments. He trimmed the range from twenty-four products to sixteen, dropped the two that were rarely sold before closing, and started a Friday pre-order list for bread, which means far less goes to waste. What is left over at the end of the day is collected by a volunteer from the Stowbridge food larder.

Customers noticed, and helped in ways the couple had not expected. A regular who works as a graphic designer redrew their menu board for free. The primary school around the corner began ordering birthday cakes from them rather than from the supermarket. And when the local radio station asked listeners to name their favourite bakery, Brennan &amp; Mori came second, behind a chain with forty branches.

Two years on, the bakery employs four people and has just taken on its first apprentice, a seventeen-year-old called Dylan Hughes. The overdraft has been cleared. The radio is still playing every morning; on the day we visited, Kenji sang along, badly, to "Morning Has Broken" while he glazed the buns.

"I would not want to go through that winter again," Niamh says, brushing flour from her apron. "But we know now who is in our corner." Then she goes back to the dough. It is five o'clock, and the first customers will be at the door in an hour."""


def page3(c):
    chrome(c, 3, "Member stories")
    photo_at(c, 0, H - 48 - 300, W * 0.58, 300)
    x0 = W * 0.58 + 20
    y = block(c, [P("MEMBER STORY", label), P("Rising early", h1),
                  P("When energy and butter prices soared, a young bakery on Tanner's Row had nine weeks of "
                    "money left. This is how it made it to the spring.", stand),
                  P("Words by <b>Priya Raman</b><br/>Photography by <b>Tomasz Zieliński</b>", credit)],
              H - MT - 4, x0)
    block(c, [P("Niamh Brennan and Kenji Mori outside their bakehouse on Tanner's Row, Ashmere.", cap)],
          H - 48 - 306, 12, W * 0.58)
    fl = paras(BAKERY)
    fill(c, columns(H - 48 - 340, MB, 3), fl, "p3", must_empty=False)
    return fl


def page4(c, rest):
    chrome(c, 4, "Member stories")
    fl = rest + paras(BAKERY2)
    fl.insert(len(rest) + 2, P("“We know now who is in our corner.”", pull))
    fl.insert(len(rest) + 3, P("Niamh Brennan, co-owner,<br/>Brennan &amp; Mori Bakehouse", pullwho))
    cols = columns(H - MT, 250, 3)
    fill(c, cols, fl, "p4")
    photo_at(c, ML, MB + 28, 240, 160)
    photo_at(c, ML + 256, MB + 28, W - MR - ML - 256, 160)
    c.setFont("Sans", 7.6)
    c.drawString(ML, MB + 16, "Kenji's milk bread, baked every Saturday. Photo: Tomasz Zieliński")
    c.drawString(ML + 256, MB + 16, "Apprentice Dylan Hughes on his third week. Photo: Tomasz Zieliński")


# ------------------------------------------------------------------ page 5 + 8: farm shop
FARM1 = """When the owners of Holloway Farm Shop announced their retirement in the spring of 2024, most people in Kettleby assumed the shop would become another holiday let. The building sits on the edge of the village green, with a car park that fills up every Saturday morning and an old apple store that has been turned into a café. It had been run by the same family for three generations.

"It was the only place within eight miles where you could buy a pint of milk, a sack of potatoes and a birthday card, and have a chat while you did it," says Gareth Pryce, a retired schoolteacher who now chairs the shop's management committee. "If it had closed, a lot of older people here would have had no reason to leave the house some days."

A public meeting in the village hall drew 140 people on a wet Thursday night. By the end of it, a steering group had been formed and a plan was taking shape: the community would buy the business and run it as a co-operative, with every shareholder holding one vote regardless of how much they put in. The group called its share offer "Our Shop, Our Village", and printed the slogan on tea towels that are still sold at the till.

Raising the money was the hard part. The steering group needed £310,000 to buy the business and refurbish the building. Shares were offered from £50 upwards. Within ten weeks, 612 people had invested, some of them from as far away as Canada, where a former villager read about the campaign online. A grant from a national fund for community businesses covered a further portion, and the rest came from a loan arranged through Ashmere Valley's community lending team."""

FARM2 = """Amara Okafor, who led the loan application for the bank, had visited the shop many times as a customer before she ever saw its accounts. "What persuaded our credit committee was not the spreadsheet, although that was good," she says. "It was the list of volunteers. When you have forty people offering to do a Saturday shift, you know the thing is going to be looked after."

Today Holloway Farm Shop employs six paid staff and relies on a rota of around forty volunteers. Turnover in its first full year as a co-operative was eleven per cent higher than under the previous owners, helped by a new range from twelve local producers, including a cheese maker in Whitcombe and a family that grows heritage tomatoes under glass.

Not everything has gone smoothly. The café struggled to find a cook for most of last summer, and a burst pipe in November closed the shop for three days. The management committee publishes minutes of every meeting on the noticeboard and online, and members do not hesitate to comment. "Democracy is wonderful," Pryce says with a grin, "until somebody wants to change the brand of baked beans."

The shop will hold its second annual meeting in June, when members will decide whether to open on Sunday afternoons. Whatever they choose, it will be their decision, which is exactly the point."""


def page5(c):
    chrome(c, 5, "Member stories")
    y = block(c, [P("MEMBER STORY", label), P("The shop that belongs to everyone", h1),
                  P("Six hundred neighbours, one village green and a share offer that nobody thought would "
                    "work: the story of Holloway Farm Shop.", stand),
                  P("Contributed by Rhys Morgan &amp; Ingrid Solberg", credit)], H - MT, ML, W - MR - 150)
    photo_at(c, W - MR - 136, y + 10, 136, H - MT - y - 14)
    fl = [Photo(150), P("Volunteer Bridget Lacey on the Saturday till. Photo by Sven Lindahl", cap)]
    fl += paras(FARM1)
    fl.append(P("<i>Continued on page 8</i>", ParagraphStyle("cont", parent=small, textColor=CORAL)))
    fill(c, columns(y - 4, MB, 2), fl, "p5")


# ------------------------------------------------------------------ page 6: advice
ADVICE = [
    ("My daughter is starting university in September. Should she open a student account with you, or is it "
     "better to go with one of the big banks that offer free railcards and vouchers?",
     "Margaret, Stowbridge",
     """Incentives are tempting, and there is nothing wrong with taking one if the account behind it suits her. But the most important feature of a student account is the interest-free overdraft, and how it is withdrawn after graduation. Some accounts reduce the limit sharply within a year; others give three years to clear it. Ask each bank for its graduate terms in writing. Ours gives a three-year interest-free tail, and members keep a named contact at their home branch, which parents often find reassuring."""),
    ("I am 58 and have three small workplace pensions from previous jobs. Is it sensible to combine them?",
     "D.K., Kettleby",
     """Often it is, but not always. Before transferring anything, check whether any of the schemes carries a guaranteed annuity rate or protected tax-free cash, because those benefits are usually lost on transfer. Compare the charges too: a difference of half a per cent a year adds up over a decade. The government-backed Pension Wise service offers a free appointment to anyone over fifty, and I would recommend booking one before you decide."""),
    ("We have paid off our mortgage. Should we now put our spare money into savings or overpay into my "
     "husband's pension?",
     "Anne and Tariq, Ashmere",
     """Congratulations first of all. Keep an emergency pot of three to six months' spending in an easy-access account. Beyond that, pension contributions receive tax relief, which makes them hard to beat if he is still paying income tax and does not need the money for some years. Savings, on the other hand, remain available at any time. Many couples sensibly do a little of both."""),
]

SCAM = """Over the winter our fraud team saw a sharp rise in text messages that claim to come from Ashmere Valley. The most common version reads: "Your account has been temporarily suspended. Verify your details within 24 hours to avoid closure." It is followed by a link to a site that looks very much like ours.

We will never send you a link asking you to log in or confirm your details. If you receive such a message, do not click the link. Forward it to 7726, the free reporting number used by all UK mobile networks, and then delete it. If you think you may already have entered your details, call us straight away on the number on the back of your card."""


def page6(c):
    chrome(c, 6, "Money matters")
    y = block(c, [P("ADVICE", label), P("Money matters: your questions answered", h2),
                  P("Each season our senior financial adviser answers questions sent in by members. Write to "
                    "commonground@avcb.example or to the Freepost address on page 11. Letters may be "
                    "shortened.", stand)], H - MT, ML, W - MR)
    fl = []
    for q, who, a in ADVICE:
        fl.append(P(q, letter))
        fl.append(P("<i>%s</i>" % who, ParagraphStyle("w", parent=small, alignment=TA_RIGHT)))
        fl += paras(a)
        fl.append(Spacer(1, 6))
    fl.append(P("Helen Achterberg", ParagraphStyle("sig", parent=body, fontName="Body-B", spaceAfter=0)))
    fl.append(P("Senior Financial Adviser", small))
    fl.append(P("<i>The answers above are general guidance and not personal financial advice. Please speak to "
                "one of our advisers about your own circumstances.</i>", ParagraphStyle("dis", parent=small, fontSize=7)))
    xs = ML + 340
    fill(c, columns(y, MB, 2, ML, xs - 14, gap=14), fl, "p6 advice")
    c.setFillColor(CREAM)
    c.rect(xs, MB, W - MR - xs, y - MB, stroke=0, fill=1)
    c.setFillColor(INK)
    fl = [P("SCAM WATCH", label), P("That text is not from us", ParagraphStyle("sh", parent=h2, fontSize=14, leading=17)),
          P("Contributed by Daniel Kaczmarek, Fraud Prevention Team", credit)] + \
         paras(SCAM, ParagraphStyle("sb", parent=body, fontSize=9, leading=12.4))
    fill(c, [Frame(xs + 8, MB + 8, W - MR - xs - 16, y - MB - 16, leftPadding=0, rightPadding=0, topPadding=0,
                   bottomPadding=0)], fl, "p6 scam")


# ------------------------------------------------------------------ page 7: staff Q&A
QA = [
    ("How long have you worked for the bank?",
     "Nineteen years this summer. I started as a cashier at Stowbridge when I was twenty-two, on a "
     "six-month contract, and somehow never left. I have been manager at Millbrook since 2021."),
    ("What does a branch manager actually do all day?",
     "Less counting of money than people imagine. A lot of my week is spent with members who are going "
     "through a change: buying a first home, setting up a business, sorting out the finances after a "
     "bereavement. The rest is looking after a team of seven and making sure the branch is a place where "
     "people feel welcome."),
    ("Millbrook was cut off by the floods in January. What was that like?",
     "Strange and quite moving. Four of us lived on the right side of the river, so we kept the branch open "
     "with a skeleton crew. People came in who did not need to bank at all; they just wanted to see that "
     "somebody was there. We ended up making a lot of tea."),
    ("Why do you think branches still matter when most people bank on their phones?",
     "Because the moments that matter most are rarely the ones you want to handle through an app. Nobody "
     "wants to talk about a fraud or a funeral to a chatbot. The app is brilliant for everyday things, and "
     "I use it myself, but there will always be a need for a person across a desk."),
    ("What is the most unusual request you have had?",
     "A member once asked us to look after a wedding ring in the safe for a week so that his partner would "
     "not find it before he proposed. We said yes. She said yes, too."),
    ("Your family comes from Naples. Does that shape how you work?",
     "My grandparents ran a small shop there, and they knew every customer by name. I think that is what "
     "a co-operative bank should be: big enough to be safe, small enough to know you."),
    ("What do you do when you are not at work?",
     "I sing in the Millbrook Community Choir, badly but loudly, and I am slowly walking the whole of the "
     "Ashmere Way with my dog, Pepe. We are about two thirds of the way."),
    ("And finally: one piece of money advice?",
     "Write down what you spend for one month. Just one. Almost everyone is surprised."),
]


def page7(c):
    chrome(c, 7, "Meet the team")
    photo_at(c, ML, H - MT - 250, 210, 250)
    block(c, [P("Rosa Esposito in the Millbrook branch. © Aisling Byrne", cap)], H - MT - 256, ML, ML + 210)
    y = block(c, [P("MEET THE TEAM", label), P("Rosa Esposito", h1),
                  P("Branch manager, Millbrook. The woman who kept the doors open when the river came up.",
                    stand),
                  P("Interview: Callum Fraser", credit)], H - MT, ML + 228)
    fl = []
    for q, a in QA:
        fl.append(P("<b>Q:</b> " + q, q_st))
        fl.append(P("<b>A:</b> " + a, body))
    fr = [Frame(ML + 228, H - MT - 290, W - MR - ML - 228, y - (H - MT - 290), leftPadding=0, rightPadding=0,
                topPadding=0, bottomPadding=0)] + columns(H - MT - 300, MB, 3)
    fill(c, fr, fl, "p7")


# ------------------------------------------------------------------ page 8: farm shop cont. + news
def page8(c):
    chrome(c, 8, "Member stories / News")
    y = block(c, [P("<i>The shop that belongs to everyone, continued from page 5</i>",
                    ParagraphStyle("cf", parent=small, textColor=CORAL))], H - MT)
    fl = paras(FARM2)
    fl.insert(2, P("“Democracy is wonderful, until somebody wants to change the brand of baked beans.”", pull))
    fl.insert(3, P("Gareth Pryce, chair,<br/>Holloway Farm Shop management committee", pullwho))
    fill(c, columns(y, 400, 3), fl, "p8 farm")
    c.setStrokeColor(GREEN)
    c.setLineWidth(1)
    c.line(ML, 390, W - MR, 390)
    y = block(c, [P("News in brief", h2)], 382)
    fl = [P("Members' AGM: have your say", h3)]
    fl += paras("""Our Annual General Meeting will be held at Ashmere Corn Exchange on Thursday 23 April at 7pm, and streamed online for members who cannot attend in person. Members will vote on the election of three directors and on a proposal to raise the Community Fund to one per cent of annual profits. Voting papers arrive by post in March; you can also vote through the app.""")
    fl.append(P("Callum Fraser", ParagraphStyle("by", parent=small, fontName="Sans-B", alignment=TA_RIGHT)))
    fl.append(P("Longer Saturday hours", h3))
    fl += paras("""From 4 April, the Ashmere and Stowbridge branches will open until 3pm on Saturdays. The change follows a survey in which more than 2,000 members took part. Kettleby's mobile branch visits remain unchanged, every Tuesday and Friday from 10am.""")
    fl.append(P("A new look for the app", h3))
    fl += paras("""A redesigned version of our mobile app will be released in May. It adds a savings-goal tracker and larger text options, both requested by members. "The older version was hard to read for anyone with poor eyesight," wrote one member in our survey, and we listened. The old app will keep working until the end of June.""")
    fl.append(P("Words by Anjali Kapoor", ParagraphStyle("by2", parent=small, fontName="Sans-B", alignment=TA_RIGHT)))
    fill(c, columns(y, MB, 3), fl, "p8 news")


# ------------------------------------------------------------------ page 9: community fund
FUND = """In 2025 the Ashmere Valley Community Fund gave £84,000 to 37 local projects, more than twice the sum of any previous year. The fund is financed from a fixed share of the bank's profits, and every application is read by a panel of six members who volunteer their time. This year they met nine times and read 112 applications.

The largest single grant, £9,500, went to the Stowbridge Repair Café, which moved from a church hall into a permanent workshop on Mill Lane. Volunteers there fixed more than 1,600 items last year, from toasters to wheelchairs. "Every kettle we mend is one that does not end up in landfill, and one more person who learns that they can fix things themselves," says Harpreet Sandhu, who founded the café in 2021.

Smaller grants often go a surprisingly long way. £1,200 bought a set of new hymn books and sheet music for the Millbrook Community Choir, which performed its own arrangement of "The Vale in Spring" at the Christmas market. £2,000 helped Kettleby's library volunteers launch "Books on Wheels", a weekly delivery service for housebound readers.

Eileen Walsh, who has run the Ashmere Youth Boxing Club for fourteen years, used her grant to buy new gloves and pay for two coaches to qualify. The club now trains 70 young people a week, more than half of them girls. "Some of these kids have never had an adult turn up for them every single week," she said. "That is what the club does. The boxing is almost secondary."

Applications for 2026 open on 1 May and close on 30 June. Groups can apply for between £250 and £10,000, and the panel gives priority to projects that involve volunteers and serve people on low incomes."""


def page9(c):
    chrome(c, 9, "Community Fund")
    y = block(c, [P("COMMUNITY FUND REPORT", label), P("£84,000 for 37 local projects", h1),
                  P("Where the money went in 2025, and what it made possible.", stand)], H - MT)
    xm = ML + 330
    fl = [Photo(120), P("Volunteers at the Stowbridge Repair Café on Mill Lane. Photo: Sven Lindahl", cap)]
    fl += paras(FUND)
    fl.append(P("Report by Oluwaseun Adeyemi, Community Fund Coordinator",
                ParagraphStyle("rb", parent=small, fontName="Sans-I")))
    fill(c, columns(y, MB, 2, ML, xm - 16), fl, "p9 fund")
    fl = [P("“Some of these kids have never had an adult turn up for them every single week.”", pull),
          P("Eileen Walsh<br/>Ashmere Youth Boxing Club", pullwho),
          Photo(170),
          P("Map of the 37 projects supported in 2025. Art credit: Yuki Hayashi", cap),
          P("<b>2025 at a glance</b><br/>112 applications received<br/>37 projects funded<br/>"
            "£2,270 average grant<br/>6 member volunteers on the panel<br/>19 first-time applicants", box)]
    fill(c, [Frame(xm, MB, W - MR - xm, y - MB, leftPadding=0, rightPadding=0, topPadding=0,
                   bottomPadding=0)], fl, "p9 side")



# ------------------------------------------------------------------ page 10: letters
LETTERS = [
    ("Kindness at the counter", """In December my husband died after a long illness, and a week later I went into the Stowbridge branch to sort out our joint account. I had been dreading it. I had all the papers in the wrong order and burst into tears before I reached the counter.

"Don't worry about any of it today, we'll sort it out together." Those were the words of the young man who came round from behind the counter, Ciarán Doyle. He made me a cup of tea, found a quiet room and spent the best part of an hour with me. Nothing was too much trouble. I would like him and his manager to know how much it meant.""",
     "Bernadette Quinn, Kettleby", True),
    ("Bring back the paper paying-in book", """I am all in favour of the new app, and my grandchildren have shown me how to use it. But could the bank please keep the paper paying-in books for those of us who run small clubs? Our bowls club treasurer is 84 and has no intention of photographing cheques with a telephone.""",
     "Sanjay Patel, Millbrook", False),
    ("Fund the footpath next", """Reading about last year's Community Fund, I wondered whether the panel would consider a grant for the volunteers who maintain the Ashmere Way. Parts of the path near Holloway are now almost impassable after the floods, and the work is being done entirely by retired walkers with their own tools.""",
     "Lars Eriksen, Ashmere", False),
]


def page10(c):
    chrome(c, 10, "Your letters")
    y = block(c, [P("YOUR LETTERS", label), P("Over to you", h1),
                  P("Write to us at the Freepost address on page 11 or email commonground@avcb.example. "
                    "This issue's star letter wins a £25 voucher for a member business of your choice.", stand)],
              H - MT)
    fl = []
    for title, text, who, star in LETTERS:
        fl.append(P(("★ STAR LETTER" if star else ""), label) if star else Spacer(1, 2))
        fl.append(P(title, ParagraphStyle("lt", parent=h3, fontSize=12, leading=15, textColor=GREEN)))
        fl += paras(text)
        fl.append(P("<b>%s</b>" % who, ParagraphStyle("lw", parent=small, alignment=TA_RIGHT, spaceAfter=12)))
        if star:
            fl.append(P("<i>We have passed your letter to Ciarán and to his manager, who tells us that he is "
                        "now training new colleagues in how to support bereaved members. Thank you for writing.</i>"
                        "<br/><b>Ed.</b>", ParagraphStyle("ed", parent=small, backColor=CREAM, borderPadding=5,
                                                           spaceBefore=2, spaceAfter=16)))
    cols = columns(y, MB, 3)
    fill(c, cols[:2], fl, "p10 letters")
    side = [P("YOUR PICTURE", label), Photo(210),
            P("Hoar frost on the Ashmere Way above Holloway, early January, a few days before the floods. "
              "Photo: Tadhg Ó Súilleabháin", cap),
            P("Send us your pictures of the valley, with a line about where and when they were taken. "
              "We print one in every issue.", ParagraphStyle("sp", parent=small, backColor=CREAM, borderPadding=6,
                                                            spaceBefore=6))]
    fill(c, cols[2:], side, "p10 side")


# ------------------------------------------------------------------ page 11: contributors + credits
def page11(c):
    chrome(c, 11, "Contributors")
    y = block(c, [P("Contributors", h1)], H - MT)
    bios = [("Priya Raman", "is a freelance journalist based in Ashmere who writes about food, farming and "
                            "small business. She admits to eating three cardamom buns while reporting this "
                            "issue's cover story."),
            ("Tomasz Zieliński", "photographs people at work. His series on the valley's last working mills "
                                 "was shown at the Corn Exchange in 2024."),
            ("Rhys Morgan &amp; Ingrid Solberg", "are members of the bank's communications team and both live "
                                                 "within walking distance of a community-owned shop."),
            ("Yuki Hayashi", "is an illustrator and printmaker. She drew the Community Fund map on page 9 "
                             "by hand, one project at a time.")]
    for fr, (n, b) in zip(columns(y, 330, 4, gap=14), bios):
        fl = [Photo(90), Spacer(1, 6),
              P("<b>%s</b> %s" % (n, b), ParagraphStyle("bio", parent=body, fontSize=9, leading=12.2, spaceAfter=12))]
        fill(c, [fr], fl, "p11 bios")
    c.setStrokeColor(GREEN)
    c.line(ML, 318, W - MR, 318)
    # masthead: role above name
    mh = ParagraphStyle("mh", fontName="Sans", fontSize=7.4, leading=9, textColor=CORAL, spaceAfter=0)
    mn = ParagraphStyle("mn", fontName="Sans-B", fontSize=9, leading=11.5, spaceAfter=7)
    roles = [("Editor", "Moira Delaney"), ("Deputy Editor", "Callum Fraser"), ("Sub-editor", "Anjali Kapoor"),
             ("Design", "Fernhill Studio, Ashmere"), ("Cover", "Sven Lindahl"),
             ("Photography", "Tomasz Zieliński, Aisling Byrne and Sven Lindahl"),
             ("Illustration", "Yuki Hayashi"), ("Print", "Valley Print Co-operative Ltd, on FSC-certified paper")]
    fl = [P("CREDITS", label)]
    for r, n in roles:
        fl.append(P(r, mh))
        fl.append(P(n, mn))
    fill(c, [Frame(ML, MB, 142, 306 - MB, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)], fl[:11], "p11 mast")
    fill(c, [Frame(ML + 158, MB, 142, 306 - MB, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)],
         [Spacer(1, 14)] + fl[11:], "p11 mast2")
    x0 = ML + 320
    legal = ParagraphStyle("legal", fontName="Sans", fontSize=7, leading=9.2, spaceAfter=6,
                           textColor=colors.HexColor("#555555"))
    fl = [P("WRITE TO US", label),
          P("Common Ground, Freepost AVCB, Ashmere AS1 4QT<br/>commonground@avcb.example", small),
          Spacer(1, 6),
          P("Common Ground is published three times a year by Ashmere Valley Co-operative Bank Limited and "
            "sent free to all members. Views expressed by contributors are their own. Nothing in this magazine "
            "is a personal recommendation. Ashmere Valley Co-operative Bank Limited is a fictional institution "
            "created for this publication; all names of members and staff are used with their permission.",
            legal),
          P("If you would like this magazine in large print or audio, or would prefer to receive it by email, "
            "call 0300 555 0188 or ask in any branch.", legal),
          P("© Ashmere Valley Co-operative Bank Limited 2026. Issue 41.", legal)]
    fill(c, [Frame(x0, MB, W - MR - x0, 306 - MB, leftPadding=0, rightPadding=0, topPadding=0,
                   bottomPadding=0)], fl, "p10 legal")


def main():
    c = canvas.Canvas(OUT, pagesize=A4, invariant=1)
    c.setTitle("Common Ground, Spring 2026")
    c.setAuthor("Ashmere Valley Co-operative Bank")
    page1(c); c.showPage()
    page2(c); c.showPage()
    rest = page3(c); c.showPage()
    page4(c, rest); c.showPage()
    for fn in [page5, page6, page7, page8, page9, page10, page11]:
        fn(c)
        c.showPage()
    c.save()


if __name__ == "__main__":
    main()
