"""Generator for the fictional residents' magazine "Our Ashbridge" (Spring 2026).

Self-contained and deterministic: run with the writer venv (reportlab) to produce
council-residents-magazine-2026-en.pdf next to this script.  Every page is laid out by
hand; each page's story must fit its frames exactly, otherwise the script stops.
"""

from pathlib import Path

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable, Frame, Paragraph, Spacer
from reportlab.platypus.flowables import HRFlowable

OUT = Path(__file__).with_name("council-residents-magazine-2026-en.pdf")
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
for name, fn in [
    ("Sans", "DejaVuSans.ttf"),
    ("Sans-Bold", "DejaVuSans-Bold.ttf"),
    ("Sans-Oblique", "DejaVuSans-Oblique.ttf"),
    ("Cond", "DejaVuSansCondensed.ttf"),
    ("Cond-Bold", "DejaVuSansCondensed-Bold.ttf"),
    ("Cond-Oblique", "DejaVuSansCondensed-Oblique.ttf"),
    ("Cond-BoldOblique", "DejaVuSansCondensed-BoldOblique.ttf"),
    ("Serif-Bold", "DejaVuSerif-Bold.ttf"),
    ("Serif-Italic", "DejaVuSerif-Italic.ttf"),
]:
    pdfmetrics.registerFont(TTFont(name, FONT_DIR + fn))
pdfmetrics.registerFontFamily(
    "Cond", normal="Cond", bold="Cond-Bold", italic="Cond-Oblique", boldItalic="Cond-BoldOblique"
)

W, H = A4
ML, MR = 36, 36
TOP = H - 62
BOT = 50
GUT = 13
TEAL = HexColor("#0b6e6e")
CORAL = HexColor("#e0603a")
INK = HexColor("#1d2327")
PALE = HexColor("#e6f1f0")
GREY = HexColor("#b9bec2")
GREY_D = HexColor("#9aa1a6")
MAG = "Our Ashbridge"
ISSUE = "Spring 2026"

# ---------------------------------------------------------------- styles
body = ParagraphStyle("body", fontName="Cond", fontSize=9.4, leading=12.9, textColor=INK,
                      spaceAfter=5, alignment=TA_LEFT)
body_first = ParagraphStyle("body_first", parent=body)
lead = ParagraphStyle("lead", parent=body, fontName="Sans", fontSize=10.6, leading=14.2,
                      textColor=TEAL, spaceAfter=8)
h_big = ParagraphStyle("h_big", fontName="Sans-Bold", fontSize=34, leading=36, textColor=INK)
h_mid = ParagraphStyle("h_mid", fontName="Sans-Bold", fontSize=20, leading=23, textColor=INK,
                       spaceAfter=6)
h_item = ParagraphStyle("h_item", keepWithNext=1, fontName="Sans-Bold", fontSize=12, leading=14.5,
                        textColor=INK, spaceAfter=4, spaceBefore=2)
h_small = ParagraphStyle("h_small", keepWithNext=1, fontName="Sans-Bold", fontSize=10, leading=12.5,
                         textColor=TEAL, spaceAfter=3, spaceBefore=2)
kicker = ParagraphStyle("kicker", keepWithNext=1, fontName="Sans-Bold", fontSize=8.5, leading=11,
                        textColor=CORAL, spaceAfter=4)
byline = ParagraphStyle("byline", fontName="Cond-Bold", fontSize=8.5, leading=11,
                        textColor=TEAL, spaceAfter=8)
signed = ParagraphStyle("signed", parent=body, fontName="Cond-BoldOblique", textColor=TEAL,
                        spaceAfter=10)
caption = ParagraphStyle("caption", fontName="Cond-Oblique", fontSize=7.2, leading=9,
                         textColor=HexColor("#4a5258"), spaceAfter=8)
pq = ParagraphStyle("pq", fontName="Serif-Italic", fontSize=17, leading=22, textColor=TEAL)
pq_name = ParagraphStyle("pq_name", fontName="Sans-Bold", fontSize=9, leading=11.5,
                         textColor=INK)
pq_office = ParagraphStyle("pq_office", fontName="Cond", fontSize=8.5, leading=11,
                           textColor=INK)
box_h = ParagraphStyle("box_h", fontName="Sans-Bold", fontSize=11, leading=13.5,
                       textColor=white, spaceAfter=5)
box_t = ParagraphStyle("box_t", parent=body, textColor=white)
contd = ParagraphStyle("contd", fontName="Cond-Bold", fontSize=8, leading=10,
                       textColor=CORAL, spaceBefore=2, spaceAfter=6)
qa_q = ParagraphStyle("qa_q", parent=body, fontName="Cond-Bold", textColor=TEAL, spaceAfter=3,
                      keepWithNext=1)
ev_date = ParagraphStyle("ev_date", fontName="Sans-Bold", fontSize=8.3, leading=10.5,
                         textColor=CORAL, spaceBefore=3)
ev_title = ParagraphStyle("ev_title", fontName="Cond-Bold", fontSize=9.6, leading=12,
                          textColor=INK)
ev_text = ParagraphStyle("ev_text", parent=body, spaceAfter=6)
month = ParagraphStyle("month", keepWithNext=1, fontName="Sans-Bold", fontSize=15, leading=18,
                       textColor=TEAL, spaceBefore=2, spaceAfter=3)
toc_n = ParagraphStyle("toc_n", fontName="Sans-Bold", fontSize=15, leading=17,
                       textColor=CORAL)
toc_t = ParagraphStyle("toc_t", fontName="Cond", fontSize=9.3, leading=12, textColor=INK,
                       spaceAfter=9)


# ---------------------------------------------------------------- drawing helpers
class Photo(Flowable):
    """A grey placeholder standing in for a photograph."""

    def __init__(self, height, width=None):
        super().__init__()
        self.h = height
        self.fixed_w = width

    def wrap(self, aw, ah):
        self.w = self.fixed_w or aw
        return self.w, self.h

    def draw(self):
        draw_photo(self.canv, 0, 0, self.w, self.h)


class Stack(Flowable):
    """Flowables kept together in one unsplittable block (photo + caption, an event entry)."""

    def __init__(self, items):
        super().__init__()
        self.items = items

    def wrap(self, aw, ah):
        self.w = aw
        self.sizes = []
        total = 0
        for i, it in enumerate(self.items):
            w, h = it.wrap(aw, 10000)
            sb = it.getSpaceBefore() if i else 0
            sa = it.getSpaceAfter() if i < len(self.items) - 1 else 0
            self.sizes.append((h, sb, sa))
            total += h + sb + sa
        self.h = total
        return aw, total

    def getSpaceAfter(self):
        return self.items[-1].getSpaceAfter()

    def getSpaceBefore(self):
        return self.items[0].getSpaceBefore()

    def draw(self):
        y = self.h
        for it, (h, sb, sa) in zip(self.items, self.sizes):
            y -= sb + h
            it.drawOn(self.canv, 0, y)
            y -= sa


def draw_photo(c, x, y, w, h, shade=GREY):
    c.saveState()
    c.setFillColor(shade)
    c.rect(x, y, w, h, fill=1, stroke=0)
    # a simple landscape pictogram so it reads as a picture
    c.setFillColor(GREY_D)
    p = c.beginPath()
    p.moveTo(x, y)
    p.lineTo(x + w * 0.28, y + h * 0.45)
    p.lineTo(x + w * 0.45, y + h * 0.25)
    p.lineTo(x + w * 0.7, y + h * 0.6)
    p.lineTo(x + w, y + h * 0.2)
    p.lineTo(x + w, y)
    p.close()
    c.drawPath(p, fill=1, stroke=0)
    c.setFillColor(Color(1, 1, 1, alpha=0.55))
    r = min(w, h) * 0.08
    c.circle(x + w * 0.78, y + h * 0.78, r, fill=1, stroke=0)
    c.restoreState()


def photo(h, cap):
    return Stack([Photo(h), Spacer(0, 3), Paragraph(cap, caption)])


def para_at(c, text, style, x, y_top, w):
    p = Paragraph(text, style)
    _, ph = p.wrap(w, 1000)
    p.drawOn(c, x, y_top - ph)
    return y_top - ph


def columns(x0, x1, y_top, y_bot, n, gut=GUT):
    cw = (x1 - x0 - gut * (n - 1)) / n
    return [Frame(x0 + i * (cw + gut), y_bot, cw, y_top - y_bot, leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0, showBoundary=0)
            for i in range(n)]


def col_x(i, n=3, x0=ML, x1=None, gut=GUT):
    x1 = x1 if x1 is not None else W - MR
    cw = (x1 - x0 - gut * (n - 1)) / n
    return x0 + i * (cw + gut), cw


def fill(c, story, frames, label):
    story = list(story)
    for f in frames:
        while story:
            head = story[0]
            if getattr(getattr(head, "style", None), "keepWithNext", 0) and len(story) > 1:
                _, hh = head.wrap(f._aW, 1000)
                nxt = story[1]
                if isinstance(nxt, Paragraph):
                    need = nxt.style.leading * 3 + nxt.style.spaceBefore
                else:
                    need = nxt.wrap(f._aW, 1000)[1]
                if f._y - f._y1p < hh + need + head.style.spaceBefore + head.style.spaceAfter:
                    break
            if f.add(head, c, trySplit=0):
                story.pop(0)
                continue
            if isinstance(head, Paragraph):
                parts = f.split(head, c)
                if len(parts) == 2 and f.add(parts[0], c, trySplit=0):
                    story[0:1] = [parts[1]]
            break
    if story:
        raise SystemExit(f"{label}: story overflows its frames ({len(story)} flowables left)")
    last = frames[-1]
    print(f"  {label}: free space in last frame {last._y - last._y1:.0f}pt", flush=True)


def header(c, page, rubric, footer=True):
    c.setFillColor(TEAL)
    c.setFont("Sans-Bold", 8)
    if page % 2 == 0:
        c.drawString(ML, H - 34, rubric)
        c.setFillColor(INK)
        c.setFont("Cond", 8)
        c.drawRightString(W - MR, H - 34, f"{MAG}  |  {ISSUE}")
    else:
        c.setFont("Cond", 8)
        c.setFillColor(INK)
        c.drawString(ML, H - 34, f"{MAG}  |  {ISSUE}")
        c.setFillColor(TEAL)
        c.setFont("Sans-Bold", 8)
        c.drawRightString(W - MR, H - 34, rubric)
    c.setStrokeColor(TEAL)
    c.setLineWidth(1.2)
    c.line(ML, H - 41, W - MR, H - 41)
    if not footer:
        return
    # folio at the outer corner
    c.setFillColor(TEAL)
    c.setFont("Sans-Bold", 11)
    if page % 2 == 0:
        c.drawString(ML, 24, str(page))
        c.setFont("Cond", 7.5)
        c.setFillColor(INK)
        c.drawString(ML + 20, 25, "ashbridge.gov.uk")
    else:
        c.drawRightString(W - MR, 24, str(page))
        c.setFont("Cond", 7.5)
        c.setFillColor(INK)
        c.drawRightString(W - MR - 20, 25, "ashbridge.gov.uk")


def box(c, x, y_bot, w, h, heading, paras, color=TEAL, style=box_t, hstyle=box_h):
    c.setFillColor(color)
    c.rect(x, y_bot, w, h, fill=1, stroke=0)
    f = Frame(x + 9, y_bot + 7, w - 18, h - 16, leftPadding=0, rightPadding=0,
              topPadding=0, bottomPadding=0)
    story = [Paragraph(heading, hstyle)] + [Paragraph(t, style) for t in paras]
    f.addFromList(story, c)
    if story:
        raise SystemExit(f"box {heading!r} overflows")


def B(paras, style=body):
    return [Paragraph(t, style) for t in paras]


# ---------------------------------------------------------------- page 1: cover
def page1(c):
    draw_photo(c, 0, 0, W, H - 170, shade=HexColor("#aab3b6"))
    c.setFillColor(TEAL)
    c.rect(0, H - 170, W, 170, fill=1, stroke=0)
    c.setFillColor(white)
    c.setFont("Sans-Bold", 64)
    c.drawString(ML, H - 100, MAG)
    c.setFont("Sans", 11)
    c.drawString(ML + 2, H - 128, "The residents’ magazine of Ashbridge City Council")
    c.setFont("Sans-Bold", 11)
    c.drawRightString(W - MR, H - 128, "Spring 2026  ·  Issue 41")
    c.setFont("Cond", 9)
    c.drawRightString(W - MR, H - 146, "Free to every household in the city")
    # cover lines
    c.setFillColor(Color(0.04, 0.2, 0.22, alpha=0.82))
    c.rect(ML, 150, 270, 240, fill=1, stroke=0)
    cl_h = ParagraphStyle("cl_h", fontName="Sans-Bold", fontSize=21, leading=24,
                          textColor=white)
    cl_t = ParagraphStyle("cl_t", fontName="Cond", fontSize=11, leading=14,
                          textColor=white, spaceAfter=11)
    cl_k = ParagraphStyle("cl_k", fontName="Sans-Bold", fontSize=9, leading=12,
                          textColor=HexColor("#ffb199"))
    y = 375
    y = para_at(c, "WEAVER’S QUAY", cl_k, ML + 14, y, 242)
    y = para_at(c, "The river comes back", cl_h, ML + 14, y - 2, 242)
    y = para_at(c, "What the plans for the old dye works mean for you – and how to have "
                   "your say", cl_t, ML + 14, y - 4, 242)
    y -= 10
    for k, t in [("PAGE 8", "The ranger who knows every tree in Hartley Park"),
                 ("PAGE 4", "Ashbridge Central Library turns 100"),
                 ("PAGE 10", "What’s on this spring: fairs, theatre and a lantern parade")]:
        y = para_at(c, k, cl_k, ML + 14, y, 242)
        y = para_at(c, t, cl_t, ML + 14, y - 1, 242) - 6
    c.setFont("Cond-Oblique", 7.5)
    c.setFillColor(white)
    c.drawRightString(W - MR, 30, "Cover: the saw-tooth roof of the old dye house at Weaver’s Quay")


# ---------------------------------------------------------------- page 2: contents + leader
def page2(c):
    header(c, 2, "WELCOME")
    # contents column
    x0, cw = col_x(0)
    c.setFillColor(PALE)
    c.rect(x0 - 6, BOT - 6, cw + 12, TOP - BOT + 12, fill=1, stroke=0)
    y = para_at(c, "In this issue", h_mid, x0, TOP - 4, cw)
    y -= 8
    toc = [
        ("2", "Welcome from the Leader of the Council"),
        ("3", "News in brief: new bins, warm spaces, potholes and council tax"),
        ("4", "Ashbridge Central Library at 100 · Meet your new Young Mayor"),
        ("5", "YOUR NEIGHBOURHOOD – Weaver’s Quay: the river comes back"),
        ("8", "Meet the team: park ranger Sunniva Halvorsen"),
        ("10", "What’s on, April to June"),
        ("11", "Volunteer of the Year · Council contacts"),
        ("12", "About this magazine · Other formats"),
    ]
    for n, t in toc:
        y = para_at(c, n, toc_n, x0, y, cw)
        y = para_at(c, t, toc_t, x0, y - 1, cw) - 8
    # leader's column
    x1, _ = col_x(1)
    right = W - MR
    y = para_at(c, "FROM THE LEADER", kicker, x1, TOP - 4, right - x1)
    y = para_at(c, "A city that listens", h_big, x1, y - 2, right - x1)
    y -= 12
    pw, ph = 118, 175
    draw_photo(c, x1, y - ph, pw, ph)
    cap_bottom = para_at(c, "Cllr Deborah Kinsella at the Civic Centre. Photo: Callum Reid",
                         caption, x1, y - ph - 4, pw)
    text_x = x1 + pw + 12
    top_frame = Frame(text_x, cap_bottom - 4, right - text_x, y - cap_bottom + 4,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    lower = columns(x1, right, cap_bottom - 14, BOT, 2)
    leader_lead = ParagraphStyle("ll", parent=lead, fontSize=10.2, leading=13.6)
    story = [
        Paragraph("Spring always feels like a fresh start in Ashbridge. The cherry trees along "
                  "Corporation Road are in flower, the first narrowboats of the year are nudging "
                  "through the lock at Hollins Bridge, and in the council chamber we have just "
                  "set a budget for the year ahead. It was not an easy one to write.", leader_lead),
    ] + B([
        "Like every council in the country, we are spending more each year on care for older "
        "and disabled residents and on temporary housing for families who have nowhere else to "
        "go. Those are services we will never apologise for providing. But they mean we have had "
        "to look hard at everything else, and I want to be honest with you about the choices we "
        "have made.",
        "We have protected weekly food waste collections, kept all eleven libraries open and "
        "frozen fees for school holiday clubs. We are paying for that partly by sharing "
        "back-office services with our neighbours in Calderbrook and by selling two office "
        "buildings we no longer need. Your council tax will rise, and you can read exactly how "
        "much and why on page 3.",
        "The biggest change you will see this year is by the river. On page 5 we look at the "
        "plans for the old dye works and the streets around it. I have walked that area many "
        "times with residents, and the message has been consistent. One resident wrote to me "
        "last autumn: “Don’t build us a postcard, build us a place where our grandchildren can "
        "afford to live.” I have pinned that letter above my desk.",
        "There is good news to share as well. Unemployment in Ashbridge is at its lowest level "
        "for fifteen years, two new secondary school buildings will open in September, and last "
        "month the city was awarded £4.2 million for safer walking and cycling routes between "
        "the eastern estates and the city centre.",
        "None of this happens without partners. I want to thank the housing associations, the "
        "health service, the voluntary groups and the businesses who sit around the table with "
        "us every month, and who do not always agree with us. We are better for the argument.",
        "Consultation on the next stage opens on 14 April. Please come along to one of the "
        "drop-in sessions, or fill in the survey online. We read every response, including the "
        "critical ones – especially the critical ones.",
        "Thank you, as ever, to the staff and volunteers who keep this city running, often "
        "without anyone noticing. This issue introduces you to one of them, and to a library "
        "that has been lending books, and a great deal more, for a hundred years.",
        "I hope you enjoy reading it, and I look forward to seeing many of you at the May Day "
        "fair on Guildhall Square.",
    ]) + [Paragraph("Cllr Deborah Kinsella, Leader of the Council", signed)]
    fill(c, story, [top_frame] + lower, "p2 leader")


# ---------------------------------------------------------------- page 3: news in brief
def page3(c):
    header(c, 3, "NEWS")
    y = para_at(c, "News in brief", h_big, ML, TOP - 2, 400)
    c.setStrokeColor(CORAL)
    c.setLineWidth(3)
    c.line(ML, y - 8, ML + 60, y - 8)
    frames = columns(ML, W - MR, y - 22, BOT, 3)
    story = [
        Paragraph("Blue-lid bins arrive for 14,000 homes", h_item),
        photo(135, "Crews loading the new bins at the Stanley Road depot. Photo: Mei Lin Tan"),
    ] + B([
        "From the week of 20 April, households in the north and east of the city will receive a "
        "new blue-lidded bin for paper and card. Glass, cans and plastic bottles will continue to "
        "go in the green box, which will now be collected every fortnight on the same day as your "
        "general waste.",
        "The change follows a trial in Hartley and Denholme last year, where the amount of card "
        "sent to landfill fell by almost a third. “We want recycling to be the easy choice, not "
        "the one that needs a spreadsheet,” said Harjit Sandhu, the council’s waste services "
        "manager. A leaflet with your new collection calendar will arrive before your bin does.",
    ]) + [
        HRFlowable(width="100%", thickness=0.6, color=GREY, spaceBefore=4, spaceAfter=6),
        Paragraph("Warm welcome spaces stay open until May", h_item),
    ] + B([
        "Twenty-six libraries, community centres and church halls across Ashbridge will carry on "
        "offering a warm, free place to sit, read, charge a phone and have a hot drink until the "
        "end of May. Several now run homework clubs and digital help sessions alongside.",
        "Volunteers at the Trinity Hall space in Northgate say the busiest time is Tuesday "
        "afternoon, when the knitting group and the job club overlap and the kettle barely has "
        "time to cool. A full list of spaces and opening times is on the council website and at "
        "every library counter.",
    ]) + [
        Paragraph("Words: Kwame Asante", signed),
        HRFlowable(width="100%", thickness=0.6, color=GREY, spaceBefore=0, spaceAfter=6),
        Paragraph("2,300 potholes filled since October", h_item),
    ] + B([
        "Highways crews have repaired more than 2,300 potholes since the autumn, using a new "
        "machine that heats and reuses the existing road surface rather than digging it out. Each "
        "repair takes about twenty minutes and produces far less waste.",
        "You can report a pothole online with a photo and a map pin; most urgent defects are made "
        "safe within 48 hours, and the rest are added to a planned programme of repairs.",
    ]) + [
        HRFlowable(width="100%", thickness=0.6, color=GREY, spaceBefore=4, spaceAfter=6),
        Paragraph("Council tax 2026/27: what’s changing", h_item),
    ] + B([
        "Council tax will rise by 4.99 per cent from April, of which two per cent is set aside by "
        "law for adult social care. For a Band B home that is an increase of about £1.45 a week.",
        "The council keeps around 78p of every pound you pay; the rest goes to the fire authority, "
        "the police and, in some areas, your parish or town council. If you are struggling to "
        "pay, contact us early: the Council Tax Support scheme has been widened this year and now "
        "covers more working households.",
    ]) + [
        HRFlowable(width="100%", thickness=0.6, color=GREY, spaceBefore=4, spaceAfter=6),
        Paragraph("Safer crossing for St Brendan’s pupils", h_item),
    ] + B([
        "A new zebra crossing with raised kerbs and flashing beacons is now in place on Kettle "
        "Street, outside St Brendan’s Primary School. Parents had campaigned for it for four years "
        "after a series of near misses at the morning drop-off.",
        "“Our children can now walk to school without us holding our breath,” said head teacher "
        "Ingrid Dahl. The crossing was paid for from the council’s Safer Routes to School fund, "
        "and two more schools in Denholme are next on the list.",
    ]) + [
        Paragraph("Words: Rhiannon Pryce", signed),
        HRFlowable(width="100%", thickness=0.6, color=GREY, spaceBefore=0, spaceAfter=6),
        Paragraph("Free trees for front gardens", h_item),
    ] + B([
        "Households can claim one free fruit or ornamental tree from the council’s urban forest "
        "programme this spring. Choose from apple, pear, rowan, crab apple and hawthorn, all grown "
        "in the council’s own nursery at Denholme.",
        "Collection days are 18 and 25 April at the Stanley Road depot; bring proof of address. "
        "Last year more than 1,900 trees found new homes across the city.",
    ]) + [
        HRFlowable(width="100%", thickness=0.6, color=GREY, spaceBefore=4, spaceAfter=6),
        Paragraph("Check you can vote on 7 May", h_item),
    ] + B([
        "Local elections take place on Thursday 7 May in 17 of the city’s 22 wards. You must be "
        "registered by 20 April, and you will need to show photo identification at the polling "
        "station.",
        "If you do not have an accepted form of ID, you can apply for a free Voter Authority "
        "Certificate until 5pm on 28 April. Postal vote applications close on 21 April.",
    ])
    fill(c, story, frames, "p3 news")


# ---------------------------------------------------------------- page 4: library + young mayor
def page4(c):
    header(c, 4, "NEWS")
    x2, cw = col_x(2)
    left_w = x2 - GUT - ML
    y = para_at(c, "CENTENARY", kicker, ML, TOP - 2, left_w)
    y = para_at(c, "Ashbridge Central Library turns 100", h_mid, ML, y, left_w)
    y = para_at(c, "Words: Fiona Gallagher", byline, ML, y - 2, left_w)
    ph = 190
    draw_photo(c, ML, y - 4 - ph, left_w, ph, shade=HexColor("#c4c0b8"))
    y = para_at(c, "Readers in the main hall of the Central Library, around 1930. "
                   "Image: Council archive", caption, ML, y - ph - 8, left_w)
    frames = columns(ML, x2 - GUT, y - 8, BOT, 2)
    story = B([
        "On 3 May 1926, the doors of Ashbridge Central Library opened to the public for the first "
        "time. The building on Guildhall Square had cost £21,000, most of it raised by a penny "
        "rate and by the mill owners of the Aske valley, and on the first day 1,140 people queued "
        "to join. By the end of the year the library had lent more than 90,000 books.",
        "A century later, it lends rather fewer books and a great many more other things: "
        "laptops, sewing machines, ukuleles, a telescope and, since last summer, a set of energy "
        "monitors that residents can plug in at home to see which appliance is quietly eating "
        "their electricity.",
        "“People assume libraries are about silence and shelves,” says Gwen Llewellyn, who has "
        "worked at Central for 31 years and now manages it. “This place has always been noisy. It "
        "was where people came to read the job adverts, to learn English, to look up their "
        "family, to get warm. The books were the reason to come in, and they still are, but they "
        "were never the whole story.”",
        "The anniversary will be marked with a free exhibition, “A Hundred Years of Borrowing”, "
        "which opens in the first-floor gallery on 2 May. It draws on the council archive and on "
        "objects lent by residents, including a 1930s membership card, a ration-era cookbook with "
        "its recipes annotated in pencil, and the brass hand bell that once announced closing "
        "time.",
        "Staff have also been collecting memories. Dozens of residents have written in with "
        "stories of first library cards, exam revision in the reference room and, in at least two "
        "cases, marriage proposals among the stacks. A selection will be printed on panels in the "
        "exhibition, and the rest will be kept in the council archive for the next centenary.",
    ]) + [Paragraph("Continued on page 11", contd)]
    fill(c, story, frames, "p4 library")
    # right column: young mayor + apprenticeships box
    c.setStrokeColor(GREY)
    c.setLineWidth(0.6)
    c.line(x2 - GUT / 2, TOP, x2 - GUT / 2, BOT)
    box_h_ = 178
    box(c, x2, BOT, cw, box_h_, "Apprenticeships: apply by 30 April", [
        "The council is recruiting 35 apprentices this year, in roles from highways engineering "
        "and accountancy to social care and tree surgery. Apprentices are paid from day one and "
        "study for a recognised qualification. Open evenings: Civic Centre, 9 and 16 April.",
    ], color=CORAL)
    right = columns(x2, x2 + cw, TOP - 2, BOT + box_h_ + 12, 1)
    story = [
        Paragraph("Meet your new Young Mayor", h_item),
        photo(120, "Young Mayor Zainab Hussain at the Civic Centre. Photo: Callum Reid"),
    ] + B([
        "Zainab Hussain, 16, a student at Kirkgate Sixth Form, has been elected Ashbridge’s Young "
        "Mayor after a vote in which more than 9,000 young people took part – a record for the "
        "city.",
        "Zainab will chair the Youth Council for the next year and represent young people at "
        "civic events. Her campaign focused on cheaper bus fares for under-18s and on more free "
        "places to meet after school.",
        "“Lots of people my age feel like decisions are made about us, not with us. I want to "
        "change that, one meeting at a time,” she said.",
    ]) + [Paragraph("Words: Rhiannon Pryce", signed)]
    fill(c, story, right, "p4 young mayor")


# ---------------------------------------------------------------- pages 5-7: feature
FEATURE_RUBRIC = "YOUR NEIGHBOURHOOD"


def page5(c):
    header(c, 5, FEATURE_RUBRIC)
    ph = 262
    draw_photo(c, ML, TOP - ph, W - ML - MR, ph, shade=HexColor("#a9b8b4"))
    y = para_at(c, "The saw-tooth roof of the old dye house, seen from Hollins Bridge. The "
                   "listed building would become a covered market.", caption, ML, TOP - ph - 4,
                350)
    x1, _ = col_x(1)
    # headline block in first column
    hx, hw = ML, x1 - GUT - ML
    yy = para_at(c, "WEAVER’S QUAY", kicker, hx, y - 6, hw)
    yy = para_at(c, "The river comes back",
                 ParagraphStyle("fh", parent=h_big, fontSize=30, leading=32), hx, yy, hw)
    yy = para_at(c, "For forty years the old dye works by the River Aske has stood empty behind a "
                    "fence. Now the council’s “Weaver’s Quay” scheme aims to bring 620 homes, a "
                    "park and a footbridge to the site. We asked the people who live next door "
                    "what they think.", lead, hx, yy - 8, hw)
    yy = para_at(c, "Words: Niamh Dunleavy<br/>Photography by Sanjay Mehta", byline, hx, yy - 2,
                 hw)
    first = Frame(hx, BOT, hw, yy - 6 - BOT, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0)
    frames = [first] + columns(x1, W - MR, y - 6, BOT, 2)
    story = B([
        "Leonie Bradshaw remembers the day the dye works closed. She was not born yet, but her "
        "mother told the story so often that it feels like her own memory: the siren sounding at "
        "the end of the last shift in 1986, the men walking up Mill Lane with their overalls over "
        "their shoulders, and the river turning, within a year, from purple and orange back to a "
        "murky brown.",
        "“My mum used to say you could tell what colour everyone’s shirts would be that season "
        "by looking at the water under Hollins Bridge,” said Leonie Bradshaw, 34, of Mill Lane. "
        "“Now the river’s clean and the kingfishers are back, but the site is still just a fence "
        "and a lot of buddleia. My kids have never known it as anything else.”",
        "That may be about to change. In February the council’s cabinet approved the outline "
        "masterplan for “Weaver’s Quay”, a scheme that would transform the eleven-hectare site "
        "between Mill Lane, Foundry Street and the river. The plans include 620 new homes, at "
        "least a third of them for social rent or shared ownership, a primary school, a health "
        "centre, workshops for small businesses and a riverside park roughly the size of four "
        "football pitches.",
        "The site would be linked to the city centre by a new footbridge across the Aske, and the "
        "old dye house itself – a listed building with a distinctive saw-tooth roof – would be "
        "restored as a covered market and events space.",
        "Not everyone is convinced. On Foundry Street, where rows of red-brick terraces face the "
        "fence, several residents told us they had heard big promises before.",
        "“Every ten years somebody comes round with a drawing of people drinking coffee by the "
        "river,” said Tadeusz Wiśniewski, 71, of Foundry Street, who came to Ashbridge from Łódź "
        "in 1979 to work at the dye works. “I would like to see the drawing where the bus still "
        "stops here and the rents do not double.”",
        "Mr Wiśniewski worked as a fitter at the dye works for seven years, until the week it "
        "closed. He still has his clocking-in card, and he still walks his dog along the fence "
        "every morning. He has seen at least four sets of plans come and go, including one for a "
        "casino and one for an indoor ski slope.",
        "The numbers help to explain the caution. Around 3,800 people live in the streets "
        "immediately around the site, and almost one in four of them is over 65. The ward has "
        "some of the lowest car ownership in the city, which is one reason why the bus route and "
        "the footbridge matter so much to the people who live here.",
        "What is different this time, the council argues, is who owns the land, who builds the "
        "homes and who gets to have a say.",
    ])
    fill(c, story, frames, "p5 feature")


def page6(c):
    header(c, 6, FEATURE_RUBRIC)
    x1, cw = col_x(1)
    # pull quote spanning columns 2-3 at the top
    pq_top = TOP - 4
    c.setStrokeColor(CORAL)
    c.setLineWidth(2.5)
    c.line(x1, pq_top, x1 + 50, pq_top)
    y = para_at(c, "“We will measure this scheme by who still lives here in ten years, not by how "
                   "it looks on opening day.”",
                ParagraphStyle("pq6", parent=pq, fontSize=19, leading=25), x1, pq_top - 10,
                W - MR - x1)
    y = para_at(c, "Cllr Rashid Mahmood", pq_name, x1, y - 8, W - MR - x1)
    y = para_at(c, "Cabinet Member for Regeneration and Housing", pq_office, x1, y, W - MR - x1)
    bph = 190
    draw_photo(c, x1, BOT + 22, W - MR - x1, bph, shade=HexColor("#b3b9b0"))
    para_at(c, "The community garden on the edge of the site, built from old scaffolding boards "
               "by volunteers.", caption, x1, BOT + 18, W - MR - x1)
    frames = columns(ML, x1 - GUT, TOP, BOT, 1) + columns(x1, W - MR, y - 16, BOT + bph + 36, 2)
    story = B([
        "It is a fair challenge, and one the council says it has heard. Unlike earlier proposals, "
        "which relied on selling the whole site to a single developer, “Weaver’s Quay” will be "
        "delivered in five phases by a partnership between the council and Aske Valley Homes, "
        "the not-for-profit housing association that already manages around 9,000 homes in the "
        "city. The council will keep ownership of the land, which means it can set conditions on "
        "every phase.",
        "Helen Marsh, development director at Aske Valley Homes, said the first phase would focus "
        "on people already living in the area. “The first keys we hand over will go to families "
        "on the housing register in this ward. That is written into the agreement, not into a "
        "brochure,” she said.",
        "The partners also point to the so-called “meanwhile” uses that have already opened on "
        "the edge of the site: a community garden, a bike repair workshop in two shipping "
        "containers and a Saturday food market that now attracts about 1,500 visitors a week. "
        "They are meant to show what the place could become before a single new home is built.",
    ]) + [
        photo(175, "Saturday morning at the Weaver’s Quay food market, which opened in 2024."),
    ] + B([
        "Amara Obi, 19, of Canal Row, runs a stall selling Nigerian snacks at the market with her "
        "aunt. “Two years ago nobody walked down here after dark. Now people come from all over "
        "town on a Saturday, and they ask me when the rest is going to open,” she said. “If they "
        "build it properly, I want my own shop on the quay.”",
        "Residents’ worries go beyond rents. Parents on Mill Lane want to know whether the new "
        "school will open before the homes fill up. Cyclists want the footbridge to be wide "
        "enough to share. Older residents at the Foundry Street Tenants’ Association have asked "
        "for benches, public toilets and a bus route that does not involve a steep hill. Each of "
        "these points, the council says, has been added to the list of conditions the scheme "
        "must meet.",
        "The footbridge, which would be paid for largely by a government grant, is designed to be "
        "wide enough for bikes, buggies and wheelchairs to pass each other comfortably, and would "
        "land on the city side next to the bus station. Council officers say it would cut the "
        "walk from Mill Lane to the city centre from 25 minutes to under ten.",
        "A new primary school and a health centre are planned for the first two phases, so that "
        "families moving in do not add to the pressure on existing surgeries and classrooms in "
        "the ward, which are already full.",
        "Some of the loudest voices in the early engagement came from people who do not live in "
        "the area at all any more. Young adults who grew up on Mill Lane and Foundry Street, but "
        "moved away because they could not find anywhere affordable to rent, filled in the "
        "online survey in large numbers. Many said they would come back if the homes were within "
        "reach.",
        "Cllr Rashid Mahmood, the council’s cabinet member for regeneration and housing, grew up "
        "two streets from the site. “I know what that fence has meant to people here. For forty "
        "years it has told them that nobody was coming,” he said. “Our job now is to prove that "
        "wrong without pushing out the people who waited.”",
    ])
    fill(c, story, frames, "p6 feature")


def page7(c):
    header(c, 7, FEATURE_RUBRIC)
    x2, cw = col_x(2)
    # have-your-say box in the right column
    box(c, x2, BOT, cw, TOP - BOT, "Have your say", [
        "<b>“Shaping Weaver’s Quay Together”</b> runs from 14 April to 26 May. It asks you about "
        "the layout of the park, the mix of homes in phase one and the future of the dye house.",
        "<b>Drop-in sessions</b>",
        "Foundry Street Community Centre: Tuesday 21 April, 3pm to 7pm",
        "Ashbridge Central Library: Saturday 2 May, 10am to 1pm",
        "Weaver’s Quay market: Saturday 16 May, 9am to noon",
        "<b>Online</b>",
        "ashbridge.gov.uk/weaversquay",
        "<b>Paper copies, large print and other languages</b>",
        "Call 01632 960 400 or ask at any library. The survey is available in Polish, Urdu, "
        "Bengali, Romanian and Arabic.",
        "<b>What happens next</b>",
        "The results go to cabinet in July. A planning application for phase one is expected in "
        "the autumn, with work on site from spring 2027 if it is approved.",
    ])
    frames = columns(ML, x2 - GUT, TOP, BOT, 2)
    story = B([
        "There are also questions about the river itself. The Aske has flooded the lower end of "
        "Mill Lane three times since 2000, most recently in 2020. The masterplan places all homes "
        "above the highest recorded flood level and uses the new park as a “sponge”, with "
        "wetland basins designed to hold water during heavy rain and release it slowly. The "
        "Environment Agency has been involved in the design from the start.",
        "The next step is a public consultation, “Shaping Weaver’s Quay Together”, which will run "
        "from 14 April to 26 May. It will ask residents to help decide the layout of the park, "
        "the mix of homes in the first phase and what should happen inside the old dye house. "
        "The results will go back to cabinet in July, and if a planning application for phase one "
        "is approved, work could begin on site in spring 2027.",
        "For the dye house itself, ideas already suggested include a covered market, a climbing "
        "wall, a music venue and a museum of the dyeing industry. The survey will ask residents to "
        "rank them, and a panel of local people chosen at random will look at the results "
        "alongside council officers before a decision is taken.",
        "Historic England has asked for the saw-tooth roof, the chimney and the cast-iron columns "
        "inside to be kept. The partners say they intend to go further and reuse the bricks from "
        "the later sheds that will be demolished.",
    ]) + [
        HRFlowable(width="35%", thickness=2.5, color=CORAL, spaceBefore=4, spaceAfter=8,
                   hAlign="LEFT"),
        Paragraph("“We are not against change. We just want to be in the room when it is "
                  "decided.”", ParagraphStyle("pq7", parent=pq, spaceAfter=6)),
        Paragraph("Leonie Bradshaw", pq_name),
        Paragraph("Mill Lane resident", ParagraphStyle("pqo7", parent=pq_office, spaceAfter=12)),
    ] + [
        photo(215, "Foundry Street, where the terraces look straight onto the site fence."),
    ] + B([
        "“I will believe it when I see the first bricks. But I will go to the meetings, because if "
        "you do not go, you cannot complain after.” Tadeusz Wiśniewski laughs when he says it, "
        "but he means it. He has already written the dates on the calendar in his kitchen, "
        "between his granddaughter’s birthday and the next dentist appointment.",
        "If the consultation goes to plan, the first phase would include about 140 homes on the "
        "Mill Lane side of the site, the school, the garden and the first section of the "
        "riverside park. Later phases would follow over roughly twelve years, each one subject "
        "to its own planning application and its own round of consultation.",
        "Down the hill, the community garden is already busy on a weekday afternoon. Raised beds "
        "built from old scaffolding boards are planted with broad beans and rhubarb, and a "
        "hand-painted sign on the gate says the kettle is always on.",
        "Leonie Bradshaw will be at the first drop-in session too, with her two children in tow. "
        "“I want my kids to be able to say, one day, that they watched this place come back to "
        "life,” she said. “That would be something.”",
    ])
    fill(c, story, frames, "p7 feature")


# ---------------------------------------------------------------- pages 8-9: meet the team
def qa(turns):
    out = []
    for who, text in turns:
        if who == "Oliver":
            out.append(Paragraph(f"<b>Oliver:</b> {text}", qa_q))
        else:
            out.append(Paragraph(f"<b>Sunniva:</b> {text}", body))
    return out


def page8(c):
    header(c, 8, "MEET THE TEAM")
    x1, _ = col_x(1)
    y = para_at(c, "MEET THE TEAM", kicker, ML, TOP - 2, 300)
    y = para_at(c, "“Every tree in this park has a story”", h_mid, ML, y, W - ML - MR)
    y = para_at(c, "Sunniva Halvorsen has been a ranger at Hartley Park for eleven years. Oliver "
                   "Trent from the council’s communications team spent a frosty morning on her "
                   "rounds.", lead, ML, y - 2, 400)
    y = para_at(c, "Interview: Oliver Trent", byline, ML, y, 300)
    ph = 290
    pw = x1 - GUT - ML
    draw_photo(c, ML, y - ph, pw, ph)
    yc = para_at(c, "Sunniva Halvorsen by the lake in Hartley Park, where swans and great crested "
                    "grebes nest each spring. Photo: Ewa Kowalczyk", caption, ML, y - ph - 4, pw)
    x2, cw = col_x(2)
    fbox = 215
    box(c, x2, BOT, cw, fbox, "Fact file", [
        "<b>Job</b> Senior park ranger, Hartley Park",
        "<b>In post since</b> 2015",
        "<b>Grew up</b> near Tromsø, Norway",
        "<b>Favourite bird</b> The grey wagtail by the weir",
        "<b>Best-kept secret</b> The orchard behind the walled garden",
        "<b>Can’t work without</b> A flask of strong coffee",
    ], color=CORAL)
    frames = [Frame(ML, BOT, pw, yc - 6 - BOT, leftPadding=0, rightPadding=0, topPadding=0,
                    bottomPadding=0)] + columns(x1, x2 - GUT, y, BOT, 1) + columns(
                        x2, x2 + cw, y, BOT + fbox + 12, 1)
    story = qa([
        ("Oliver", "How did you end up as a park ranger?"),
        ("Sunniva", "I grew up outside Tromsø, in the north of Norway, where being outdoors is "
                    "not a hobby, it is just life. I came to Ashbridge to study ecology, met my "
                    "husband and never left. I volunteered here on Saturdays while I was finishing "
                    "my degree, and when a ranger post came up I applied the same day. That was "
                    "2015."),
        ("Oliver", "What does a normal day look like?"),
        ("Sunniva", "There isn’t one, which is why I love it. This morning I started at seven, "
                    "checking the play areas and the lake edge for anything dangerous after the "
                    "storm. Later I have a group of Year 4 children coming for a minibeast hunt, "
                    "and this afternoon I am meeting the friends group to plan the hedge-laying. "
                    "Somewhere in between I will pick up litter, answer a lot of questions about "
                    "dogs and probably rescue a football from the pond."),
        ("Oliver", "What is the strangest question you have been asked?"),
        ("Sunniva", "A little boy once looked at me very seriously and asked, “Do the squirrels "
                    "have to pay to live here?” I told him they pay in acorns. He was satisfied "
                    "with that."),
        ("Oliver", "The park has changed a lot in recent years. How?"),
        ("Sunniva", "When I started, most of the grass was mown short every two weeks, right up "
                    "to the edges. Now we leave about a fifth of it long through the summer. At "
                    "first people complained that it looked untidy. Then the wildflowers came, "
                    "and the butterflies, and now the same people stop me to tell me they have "
                    "seen a common blue. We counted 19 butterfly species last year, up from 11 "
                    "when I started."),
        ("Oliver", "Do you get much help?"),
        ("Sunniva", "A huge amount. There are three rangers for 48 hectares, so without the "
                    "Friends of Hartley Park we would be lost. They have about 120 members, from "
                    "teenagers doing their Duke of Edinburgh award to a retired surveyor who has "
                    "mapped every path in the park by hand. On a work day we can have forty people "
                    "out with spades and wheelbarrows."),
        ("Oliver", "What should people look out for this spring?"),
        ("Sunniva", "Toads first. In March they cross the path by the boathouse in their "
                    "hundreds to reach the lake, and volunteers help them over with buckets on "
                    "the wet nights. Then the migrant birds arrive: chiffchaffs, blackcaps, "
                    "swallows over the water. And in May the bluebells in Cooper’s Wood, which are "
                    "native ones, not the Spanish kind. Please stay on the paths there, because "
                    "bluebells take years to recover if they are trampled."),
        ("Oliver", "Is there a corner of the park most people never find?"),
        ("Sunniva", "The orchard behind the old walled garden. It was planted in the 1890s and "
                    "then forgotten for almost a century. Volunteers cleared the brambles five "
                    "years ago and found 14 old apple varieties, some of them very rare. We hold "
                    "an apple day there every October, and people bring apples from their own "
                    "gardens to be identified."),
        ("Oliver", "What do you carry on a normal round?"),
        ("Sunniva", "A radio, a first aid kit, a litter picker, binoculars and far too many dog "
                    "bags, because people always ask. In spring I carry a notebook for the bird "
                    "survey, and in summer a bottle of water for anyone who has underestimated "
                    "the hill. My pockets are usually full of conkers, feathers and things "
                    "children have handed me."),
    ])
    fill(c, story, frames, "p8 interview")


def page9(c):
    header(c, 9, "MEET THE TEAM")
    x2, cw = col_x(2)
    ph = 215
    draw_photo(c, x2, TOP - ph, cw, ph)
    yc = para_at(c, "The old sweet chestnut by the bandstand, about 250 years old. "
                    "Photo: Ewa Kowalczyk", caption, x2, TOP - ph - 4, cw)
    box(c, x2, BOT, cw, yc - 14 - BOT, "Hartley Park: get involved", [
        "<b>Guided walks</b> leave the café at 10am on the first Sunday of every month. This "
        "season’s themes are “Trees of Hartley Park” (April), “Dawn Chorus” (3 May, 5am, booking "
        "essential) and “Bats by the Lake” (June, at dusk).",
        "<b>Volunteer work days</b> are held every second Saturday, 10am to 1pm. Tools, gloves and "
        "tea provided.",
        "<b>Dogs</b> on leads near the lake from March to July, please.",
        "<b>Contact</b> the ranger team on 01632 960 415.",
    ])
    frames = columns(ML, x2 - GUT, TOP, BOT, 2)
    story = qa([
        ("Oliver", "What is the hardest part of the job?"),
        ("Sunniva", "Vandalism is heartbreaking, especially when it is young trees. We planted "
                    "400 saplings along the northern edge with local schools, and one night "
                    "someone snapped about sixty of them. But the schools came back and planted "
                    "them again, and the children made signs asking people to look after them. "
                    "Not one has been damaged since."),
        ("Oliver", "Who taught you the most?"),
        ("Sunniva", "My first boss, Declan Moriarty, who retired three years ago. He had a rule "
                    "that he repeated so often we put it on a mug: “Never walk past a job you can "
                    "fix in ten seconds.” A bit of litter, a loose gate, a sign that has fallen "
                    "over. If everyone did that, half my work would disappear."),
        ("Oliver", "What would you like residents to do?"),
        ("Sunniva", "Come! Use the park. Join the friends group, or just come on one of the free "
                    "guided walks. And please keep dogs on leads near the lake between March and "
                    "July – the swans and the grebes are nesting and they are very easily "
                    "disturbed."),
        ("Oliver", "What do people not see about your work?"),
        ("Sunniva", "Paperwork, mostly! Tree surveys, risk assessments, grant applications. Last "
                    "year we won funding to restore the old ice house on the hill, and that took "
                    "two winters of writing. But it means that next summer, for the first time in "
                    "decades, people will be able to go inside."),
        ("Oliver", "How do you deal with people who break the rules?"),
        ("Sunniva", "With a smile, first. Most people simply do not know that the lake is a "
                    "nesting site or that the long grass has a purpose, and once you explain, they "
                    "are interested. A few are rude, of course. But I would rather have a park "
                    "full of people who sometimes get it wrong than an empty one."),
        ("Oliver", "And in winter?"),
        ("Sunniva", "Winter is for hedges, coppicing and mending things. It is quieter, but the "
                    "park is beautiful in frost, and the winter birds are wonderful: redwings, "
                    "fieldfares, sometimes a kingfisher on the lake if you are patient."),
        ("Oliver", "Has the changing climate made a difference to the park?"),
        ("Sunniva", "Yes, and you can see it. The lake is lower in late summer than it used to "
                    "be, we lost a lot of young beech trees in the 2022 drought, and we now plant "
                    "species that cope better with heat, like small-leaved lime and hornbeam. The "
                    "long grass helps as well, because it keeps the soil cooler and holds water. "
                    "We are also adding shade over the play areas and the benches."),
        ("Oliver", "What would you say to someone who wants to become a ranger?"),
        ("Sunniva", "Volunteer first. Almost every ranger I know started by turning up on a "
                    "Saturday with a pair of gloves. You learn more in a year of work days than "
                    "in any textbook, and you find out whether you really like being cold and "
                    "muddy in January. If you do, it is the best job in the world."),
        ("Oliver", "Last question. Favourite tree?"),
        ("Sunniva", "The old sweet chestnut by the bandstand. It is about 250 years old, older "
                    "than the park itself, and the trunk twists like a rope. In autumn the "
                    "children collect the nuts and I collect the children. It is a good trade."),
    ])
    fill(c, story, frames, "p9 interview")


# ---------------------------------------------------------------- page 10: what's on
def event(date, title, text):
    return Stack([Paragraph(date, ev_date), Paragraph(title, ev_title),
                         Paragraph(text, ev_text)])


def page10(c):
    header(c, 10, "WHAT’S ON")
    y = para_at(c, "What’s on", h_big, ML, TOP - 2, 300)
    para_at(c, "April to June 2026. Events are free unless a price is shown. Check "
               "ashbridge.gov.uk/events before you travel.", lead, ML + 200, TOP - 2,
            W - MR - ML - 200)
    frames = columns(ML, W - MR, y - 16, BOT, 3)
    story = [
        Paragraph("April", month),
        event("SAT 4 APRIL", "Easter trail, Hartley Park",
              "Follow the clues around the lake to find the golden egg. 10am to 3pm, no booking "
              "needed. Trail sheets from the café."),
        event("THU 9 – SAT 11 APRIL", "“The Wind in the Willows”",
              "Outdoor family theatre in the walled garden at Denholme Hall. Bring a blanket and a "
              "picnic. 2pm and 6pm. £8, children £4."),
        event("SUN 12 APRIL", "Repair Café",
              "Bring broken toasters, lamps, bikes and clothes to Trinity Hall, Northgate, and "
              "volunteers will try to fix them for free. 11am to 3pm."),
        event("SAT 18 APRIL", "River Aske clean-up",
              "Gloves, litter pickers and bags provided. Meet at Hollins Bridge at 10am; wear "
              "sturdy boots."),
        event("SUN 19 APRIL", "Spring plant swap",
              "Bring cuttings, seedlings and spare pots to the Hartley Park café and go home with "
              "something new. 10am to 1pm."),
        event("SUN 26 APRIL", "Ashbridge Half Marathon and Fun Run",
              "Road closures in the city centre from 7am to 1pm. Cheer points on Corporation Road "
              "and at the finish on Guildhall Square."),
        Paragraph("May", month),
        event("FROM SAT 2 MAY", "“A Hundred Years of Borrowing”",
              "The library’s centenary exhibition, first-floor gallery, Central Library. Open "
              "during library hours until 31 October."),
        event("SAT 2 MAY", "Library birthday party",
              "Cake, a brass band and free membership for every child who joins on the day. "
              "Central Library, 11am to 3pm."),
        event("MON 4 MAY", "May Day fair",
              "Guildhall Square, 11am to 5pm, with the Ashbridge Brass Band, Morris dancing, a "
              "vintage bus rally and stalls from local makers."),
        event("SAT 9 MAY", "Family cycle ride on the Aske Greenway",
              "An easy eight-mile ride with marshals and a picnic stop. Bikes can be borrowed from "
              "the Weaver’s Quay workshop. Booking essential."),
        event("WED 13 MAY", "Jobs and apprenticeships fair",
              "More than 40 employers, plus CV help and careers advice. Civic Centre, 10am to 4pm."),
        event("UNTIL 28 JUNE", "“Made in Ashbridge: Two Centuries of Cloth and Colour”",
              "Civic Museum, Tuesday to Sunday. Dye samples, pattern books and a working loom, "
              "with family trails at weekends."),
        event("FRI 15 MAY", "Museum late: “Night at the Mill”",
              "Silent disco among the looms, street food and late-night tours. 7pm to 11pm. "
              "£12, over-18s only."),
        event("SAT 23 MAY", "The Big Lunch on Foundry Street",
              "Tables down the middle of the street: bring a dish to share and meet your "
              "neighbours. Road closed from noon to 5pm."),
        event("SAT 30 – SUN 31 MAY", "Open studios weekend",
              "Painters, potters, printmakers and weavers open their workshops across the city. "
              "Maps from libraries and the museum."),
        Paragraph("June", month),
        event("SAT 6 – SUN 7 JUNE", "Ashbridge Mela",
              "Music, food and dance from across South Asia in Victoria Park. Noon to 8pm both "
              "days. Free."),
        event("SAT 13 JUNE", "Weaver’s Quay open day",
              "Guided tours of the old dye house, hard hats provided, plus the Saturday market "
              "and the community garden. 10am to 4pm. Tours must be booked."),
        event("SAT 20 JUNE", "Midsummer lantern procession",
              "From the Cathedral steps to the river at dusk. Free lantern-making workshops at "
              "every library in the week before."),
        event("SUN 28 JUNE", "Pride in Ashbridge",
              "Parade at noon from Guildhall Square, followed by a family picnic and live music "
              "in Victoria Park."),
        event("FRI 26 JUNE", "Outdoor cinema: “The Railway Children”",
              "Bring a chair for a free screening on the lawn at Denholme Hall. Film starts at "
              "dusk; food stalls from 7pm."),
        photo(120, "Lanterns on the river at last year’s procession. Image: Ashbridge Museums"),
        Paragraph("Summer reading challenge", h_small),
        Paragraph("This year’s challenge, “Story Seekers”, starts on 11 July. Children aged 4 to "
                  "11 can sign up at any library.", body),
    ]
    fill(c, story, frames, "p10 whats on")


# ---------------------------------------------------------------- page 11: continuation + volunteer
def page11(c):
    header(c, 11, "NEWS")
    x2, cw = col_x(2)
    left_w = x2 - GUT - ML
    y = para_at(c, "Continued from page 4", contd, ML, TOP - 2, left_w)
    y = para_at(c, "Library at 100", ParagraphStyle("h11", parent=h_item, fontSize=11),
                ML, y, left_w)
    box_h_ = 190
    frames = columns(ML, x2 - GUT, y - 4, BOT + box_h_ + 14, 2)
    story = B([
        "Among the lenders is Maurice Achterberg, 88, who joined the library as a boy in 1946 and "
        "has kept every one of his membership cards. “My father was a Dutch seaman who ended up "
        "here after the war and spoke hardly any English. He learned it in this building, from "
        "the newspapers, and then he dragged me in to learn it properly,” he said. “I have been "
        "coming back ever since. It is the one place in town where nobody asks you to buy "
        "anything.”",
        "The building itself has been through several lives. During the Second World War its "
        "basement served as an air-raid shelter, and the reading room was briefly used to store "
        "ration books. A 1970s extension, now widely regarded as the least loved part of the "
        "building, is due to be refurbished next year with help from a heritage grant.",
        "Above the main entrance, the words “Knowledge Freely Given” are still carved in the "
        "stone, as they have been since 1926. Gwen Llewellyn says the staff think about them more "
        "often than visitors might expect. The motto, she points out, says nothing about books.",
        "The centenary programme also includes late-night openings, a family history fair and a "
        "birthday party on Saturday 2 May with cake, a brass band and free membership for every "
        "child who signs up. Full details are in What’s on, page 10.",
        "Not every change over the years has been welcome. When the council proposed closing the "
        "reference library on Sundays in 2011, more than 4,000 people signed a petition, and the "
        "decision was reversed within a month. Today the Sunday opening hours are among the "
        "busiest of the week.",
    ]) + [
        photo(150, "The reading room today, after its 2019 refurbishment. Photo: Callum Reid"),
    ] + B([
        "For Gwen Llewellyn, the centenary is a chance to look forward as much as back. Her team "
        "is planning a makerspace with a 3D printer, longer opening hours at weekends and a "
        "library of tools in partnership with the Repair Café volunteers.",
    ])
    fill(c, story, frames, "p11 library contd")
    box(c, ML, BOT, left_w, box_h_, "Council contacts", [
        "<b>Customer services</b> 01632 960 400 (Monday to Friday, 8.30am to 5pm)",
        "<b>Emergencies out of hours</b> 01632 960 999",
        "<b>Adult social care</b> 01632 960 420",
        "<b>Housing options</b> 01632 960 430",
        "<b>Report it online</b> Potholes, fly-tipping, missed bins and broken street lights: "
        "ashbridge.gov.uk/report",
        "<b>Visit us</b> Civic Centre, Guildhall Square, Ashbridge AB1 2CC",
    ])
    c.setStrokeColor(GREY)
    c.setLineWidth(0.6)
    c.line(x2 - GUT / 2, TOP, x2 - GUT / 2, BOT)
    right = columns(x2, x2 + cw, TOP - 2, BOT, 1)
    story = [
        Paragraph("VOLUNTEER OF THE YEAR", kicker),
        Paragraph("The man who mended a thousand bikes", h_item),
        photo(130, "Bogdan Nowicki in the bike workshop at Weaver’s Quay."),
    ] + B([
        "When Bogdan Nowicki was made redundant from the Ketley engineering works in 2019, he "
        "started fixing bikes in his garage for the neighbours’ children. Six years later, the "
        "repair workshop he helped set up at Weaver’s Quay has refurbished more than a thousand "
        "bicycles and given most of them away to people who needed a way to get to work or "
        "college.",
        "He was named Ashbridge Volunteer of the Year at the Civic Awards in February. “I don’t "
        "think of it as volunteering. I just like to see a bike that was in a skip go up the road "
        "with a smile on it,” said Bogdan Nowicki, 58, of Ropewalk Terrace.",
        "The workshop is open on Wednesday evenings and Saturday mornings and is always looking "
        "for donated bikes, spare parts and people who can teach basic repairs.",
        "Nominations for next year’s Civic Awards open in September, in categories from young "
        "volunteer to good neighbour.",
    ]) + [Paragraph("Words: Kwame Asante", signed)]
    fill(c, story, right, "p11 volunteer")


# ---------------------------------------------------------------- page 12: back page
def page12(c):
    header(c, 12, "ABOUT US", footer=False)
    y = para_at(c, "Keep in touch", h_big, ML, TOP - 2, 400)
    x2, cw = col_x(2)
    box(c, x2, 300, cw, y - 18 - 300, "Please recycle me", [
        "When you have finished with this magazine, pass it on to a neighbour or put it in "
        "your blue-lid bin with paper and card.",
        "Paper and card collected in Ashbridge is baled at the Stanley Road depot and sent to a "
        "mill in the north of England, where it is turned back into new paper within about "
        "three weeks.",
        "Staples, glossy covers and the ink on these pages are all fine to recycle. Plastic "
        "wrappers are not: please take them to the soft-plastics bank at your nearest "
        "supermarket.",
    ], color=CORAL)
    frames = columns(ML, x2 - GUT, y - 18, 300, 2)
    story = [
        Paragraph("Other formats", h_small),
    ] + B([
        "This magazine is available in large print, in audio and in Easy Read. You can also "
        "ask for any article to be translated. Call 01632 960 400 or email "
        "magazine@ashbridge.gov.uk and tell us what you need.",
        "An accessible online version of every issue is published at ashbridge.gov.uk/magazine "
        "on the day the printed copy starts to arrive.",
    ]) + [Paragraph("Not getting a copy?", h_small)] + B([
        "Our Ashbridge should reach every household in the city three times a year. If your "
        "street has been missed, let us know your postcode and we will follow it up with our "
        "distributor.",
    ]) + [Paragraph("Tell us what you think", h_small)] + B([
        "We would like to hear which stories you read, which you skipped and what you would like "
        "to see next time. Write to the address below or use the short survey on our website.",
        "The next issue will arrive in July 2026.",
    ]) + [Paragraph("Follow us", h_small)] + B([
        "News, roadworks and bin collection changes are posted every day on the council website "
        "and on our social media channels. Search for Ashbridge City Council.",
        "Sign up for the fortnightly email newsletter at ashbridge.gov.uk/news.",
    ]) + [Paragraph("Bank holiday collections", h_small)] + B([
        "Bins will be collected as normal on the Easter Monday, May Day and late May bank "
        "holidays. Household waste recycling centres are open every day except Christmas Day, "
        "Boxing Day and New Year’s Day.",
    ]) + [Paragraph("Advertise with us", h_small)] + B([
        "Local businesses and charities can advertise in Our Ashbridge. Rates and deadlines for "
        "the summer issue are available from the communications team.",
    ])
    fill(c, story, frames, "p12 keep in touch")
    # imprint panel
    c.setFillColor(INK)
    c.rect(0, 0, W, 282, fill=1, stroke=0)
    imp_h = ParagraphStyle("imp_h", fontName="Sans-Bold", fontSize=13, leading=16,
                           textColor=white, spaceAfter=6)
    imp_t = ParagraphStyle("imp_t", fontName="Cond", fontSize=8.8, leading=12.4,
                           textColor=white, spaceAfter=5)
    f = columns(ML, W - MR, 262, 40, 2, gut=24)
    story = [
        Paragraph("About this magazine", imp_h),
        Paragraph("<i>Our Ashbridge</i> is the residents’ magazine of Ashbridge City Council. It "
                  "is delivered free to around 118,000 homes three times a year and costs about "
                  "9p a copy to produce, print and deliver, less than a second-class stamp. "
                  "Advertising in this issue has covered part of the cost.", imp_t),
        Paragraph("Edited by Hannah Whitcombe. Designed by Northlight Studio. Photography: "
                  "Sanjay Mehta, Ewa Kowalczyk, Callum Reid and Mei Lin Tan. Cover image: Sanjay "
                  "Mehta.", imp_t),
        Paragraph("Printed by Pennine Print Ltd on paper from responsibly managed forests, using "
                  "vegetable-based inks. Please recycle this magazine in your blue-lid bin when "
                  "you have finished with it.", imp_t),
        Paragraph("Communications Team, Ashbridge City Council, Civic Centre, Guildhall Square, "
                  "Ashbridge AB1 2CC. Telephone 01632 960 400. magazine@ashbridge.gov.uk", imp_t),
        Paragraph("Every effort has been made to ensure that the information in this magazine "
                  "was correct when it went to print in March 2026. Dates and times of events "
                  "may change.", imp_t),
    ]
    for fr in f:
        fr.addFromList(story, c)
    if story:
        raise SystemExit("imprint overflows")
    c.setFillColor(white)
    c.setFont("Sans-Bold", 11)
    c.drawString(ML, 20, "12")


def main():
    c = canvas.Canvas(str(OUT), pagesize=A4, pageCompression=1, invariant=1)
    c.setTitle("Our Ashbridge – Spring 2026")
    c.setAuthor("Ashbridge City Council")
    for fn in (page1, page2, page3, page4, page5, page6, page7, page8, page9, page10, page11,
               page12):
        fn(c)
        c.showPage()
    c.save()
    print("wrote", OUT)


if __name__ == "__main__":
    main()
