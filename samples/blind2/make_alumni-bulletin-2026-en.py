#!/usr/bin/env python3
"""Generator for the blind test magazine 'alumni-bulletin-2026-en'.

The Ardmore Bulletin, Issue 58, Spring 2026: a fictional alumni bulletin of the
fictional University of Ardmore. All people and organisations are invented.
Run with /work/writer-venv/bin/python.
"""
import os
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_CENTER
from reportlab.lib import colors
from reportlab.platypus import Paragraph, Frame, Spacer, Flowable, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "alumni-bulletin-2026-en.pdf")
FD = "/usr/share/fonts/truetype/dejavu/"
for name, fn in [("Serif", "DejaVuSerif.ttf"), ("Serif-Bold", "DejaVuSerif-Bold.ttf"),
                 ("Serif-Italic", "DejaVuSerif-Italic.ttf"), ("Serif-BoldItalic", "DejaVuSerif-BoldItalic.ttf"),
                 ("Sans", "DejaVuSans.ttf"), ("Sans-Bold", "DejaVuSans-Bold.ttf"),
                 ("Sans-Oblique", "DejaVuSans-Oblique.ttf")]:
    pdfmetrics.registerFont(TTFont(name, FD + fn))

W, H = A4
M = 46
NAVY = colors.HexColor("#1d2f4f")
TEAL = colors.HexColor("#2a7a7b")
GREY = colors.HexColor("#bdbdbd")

body = ParagraphStyle("body", fontName="Serif", fontSize=9.2, leading=12.8, alignment=TA_JUSTIFY, spaceAfter=5)
bodyl = ParagraphStyle("bodyl", parent=body, alignment=TA_LEFT)
stand = ParagraphStyle("stand", fontName="Serif-Italic", fontSize=12, leading=16, textColor=NAVY, spaceAfter=6)
byline = ParagraphStyle("byline", fontName="Sans-Bold", fontSize=8.5, leading=11, textColor=TEAL, spaceAfter=8)
cap = ParagraphStyle("cap", fontName="Sans", fontSize=7.4, leading=9.4, textColor=colors.HexColor("#444444"), spaceAfter=8)
pull = ParagraphStyle("pull", fontName="Serif-BoldItalic", fontSize=15, leading=19.5, textColor=TEAL, spaceBefore=6, spaceAfter=4)
pullattr = ParagraphStyle("pullattr", fontName="Sans", fontSize=8.5, leading=11, textColor=NAVY, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName="Sans-Bold", fontSize=12, leading=15, textColor=NAVY, spaceBefore=4, spaceAfter=4)
h3 = ParagraphStyle("h3", fontName="Sans-Bold", fontSize=9.5, leading=12, textColor=TEAL, spaceBefore=4, spaceAfter=3)
qst = ParagraphStyle("qst", fontName="Sans-Bold", fontSize=9.2, leading=12.5, textColor=NAVY, spaceBefore=4, spaceAfter=3)
small = ParagraphStyle("small", fontName="Sans", fontSize=8, leading=10.5, spaceAfter=4)
role = ParagraphStyle("role", fontName="Sans", fontSize=7.5, leading=9.5, textColor=TEAL, spaceBefore=6)
rname = ParagraphStyle("rname", fontName="Serif-Bold", fontSize=10, leading=13)
toc = ParagraphStyle("toc", fontName="Sans", fontSize=9, leading=12.5, spaceAfter=5)
sign = ParagraphStyle("sign", fontName="Serif", fontSize=9.2, leading=12.8)
signb = ParagraphStyle("signb", fontName="Serif-Bold", fontSize=9.2, leading=12.8)


class Photo(Flowable):
    """Grey rectangle standing in for a photograph."""
    def __init__(self, h, label="PHOTO"):
        super().__init__()
        self.h = h
        self.label = label

    def wrap(self, aw, ah):
        self.w = aw
        return aw, self.h

    def draw(self):
        c = self.canv
        c.setFillColor(GREY)
        c.rect(0, 0, self.w, self.h, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Sans", 7)
        c.drawCentredString(self.w / 2, self.h / 2 - 3, self.label)


def P(t, s=body):
    return Paragraph(t, s)


def box(items, w=None):
    t = Table([[items]], colWidths=[w] if w else None)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e8f1f1")),
                           ("BOX", (0, 0), (-1, -1), 0.6, TEAL),
                           ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                           ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return t


def flow(c, story, x, ytop, w, h, ncols=2, gap=14):
    cw = (w - gap * (ncols - 1)) / ncols
    story = list(story)
    for i in range(ncols):
        f = Frame(x + i * (cw + gap), ytop - h, cw, h, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, showBoundary=0)
        f.addFromList(story, c)
    if story:
        raise RuntimeError("overflow on page %d: %s" % (c.getPageNumber(), getattr(story[0], "text", story[0])[:80]))


def chrome(c, section):
    pn = c.getPageNumber()
    c.setStrokeColor(NAVY)
    c.setLineWidth(0.6)
    c.line(M, H - 34, W - M, H - 34)
    c.setFont("Sans-Bold", 7.5)
    c.setFillColor(NAVY)
    c.drawString(M, H - 30, "THE ARDMORE BULLETIN")
    c.setFont("Sans", 7.5)
    c.drawRightString(W - M, H - 30, section.upper())
    c.line(M, 36, W - M, 36)
    c.setFont("Sans", 7.5)
    c.drawString(M, 25, "Issue 58 · Spring 2026")
    c.setFont("Sans-Bold", 9)
    c.drawRightString(W - M, 24, str(pn))


def headline(c, text, y, size=28, color=NAVY, kicker=None, x=M):
    if kicker:
        c.setFont("Sans-Bold", 8)
        c.setFillColor(TEAL)
        c.drawString(x, y + size + 6, kicker.upper())
    c.setFont("Serif-Bold", size)
    c.setFillColor(color)
    c.drawString(x, y, text)
    c.setFillColor(colors.black)


def para_at(c, story, x, ytop, w, h):
    flow(c, story, x, ytop, w, h, ncols=1)


# ---------------------------------------------------------------- page 1: cover
def page1(c):
    c.setFillColor(NAVY)
    c.rect(0, H - 150, W, 150, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Serif-Bold", 44)
    c.drawString(M, H - 92, "The Ardmore Bulletin")
    c.setFont("Sans", 10)
    c.drawString(M, H - 118, "The magazine for alumni and friends of the University of Ardmore")
    c.drawRightString(W - M, H - 118, "Issue 58 · Spring 2026")
    c.setFillColor(GREY)
    c.rect(M, 250, W - 2 * M, H - 150 - 30 - 250, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Sans", 9)
    c.drawCentredString(W / 2, 450, "COVER PHOTOGRAPH")
    story = [P("Cover: survey poles on the tidal flats below the Marine Field Station at first light.", cap)]
    para_at(c, story, M, 244, W - 2 * M, 20)
    lines = [
        ("Counting the Tides", "Inside the shoreline project that outlasted its sceptics"),
        ("The Second Act", "Three graduates who started again in mid-career"),
        ("Five questions for Dr Aiko Matsuda", "On noise, cities and the value of silence"),
        ("Remembering Professor Declan Fitzgerald", "A life in Classics, and in green ink"),
    ]
    y = 215
    x = M
    for i, (a, b) in enumerate(lines):
        cx = M
        cy = y - i * 42
        c.setFillColor(TEAL)
        c.rect(cx, cy + 16, 24, 3, stroke=0, fill=1)
        c.setFillColor(NAVY)
        c.setFont("Serif-Bold", 14)
        c.drawString(cx, cy, a)
        c.setFont("Sans", 9)
        c.setFillColor(colors.black)
        c.drawString(cx, cy - 15, b)
    c.setFont("Sans", 7.5)
    c.drawString(M, 30, "www.ardmore.ac.uk/alumni")


# ---------------------------------------------------------------- page 2: contents + Principal's letter
def page2(c):
    chrome(c, "From the Principal")
    # contents column
    cx, cw = M, 150
    c.setFillColor(colors.HexColor("#e8f1f1"))
    c.rect(cx - 6, 50, cw + 12, H - 100, stroke=0, fill=1)
    story = [P("In this issue", h2)]
    toc_items = [
        ("2", "A letter from the Principal", ""),
        ("3", "Counting the Tides", "Siobhán Delaney on seventeen years of measuring the marsh"),
        ("5", "The Second Act", "Tomasz Wiśniewski meets graduates who changed course"),
        ("7", "Five questions for Dr Aiko Matsuda", ""),
        ("8", "Class Notes", "News from graduates around the world"),
        ("9", "Campus News", "The new Library and Learning Commons"),
        ("10", "Obituary", "Professor Declan Fitzgerald, 1938–2025"),
        ("11", "Masthead and Diary", ""),
        ("12", "Alumni Weekend 2026", "The programme for 19–21 June"),
    ]
    for n, t, d in toc_items:
        txt = "<font name='Sans-Bold' color='#2a7a7b'>%s</font>  <b>%s</b>" % (n, t)
        if d:
            txt += "<br/>" + d
        story.append(P(txt, toc))
    para_at(c, story, cx, H - 60, cw, H - 120)

    x0 = M + cw + 24
    w0 = W - M - x0
    headline(c, "A letter from the Principal", H - 92, size=22, kicker="From the Principal", x=x0)
    story = [
        P("Dear friends,"),
        P("When I arrived at Ardmore eleven years ago, one of the porters told me that the university keeps "
          "time in two ways: by the academic calendar and by the tide table pinned beside the door of the "
          "Marine Field Station. I have come to think he was right. Some of our work runs to the rhythm of "
          "terms and examinations; some of it runs to slower clocks, and asks us to be patient for decades."),
        P("This issue is about the slower clocks. Our cover feature follows the researchers behind "
          "“Living Shorelines”, a project that began with a handful of survey poles on the mudflats in 2009 "
          "and now supplies data to coastal authorities from Shetland to Brittany. It is also a story about "
          "the alumni who paid for the first boat, carried the first instruments and, in some cases, came "
          "back years later to join the team as volunteers."),
        P("You will also meet graduates who changed direction in the middle of their careers, and Dr Aiko "
          "Matsuda, whose work on noise and city life has taken her from our Acoustics Laboratory to planning "
          "committees on three continents. And we say farewell to Professor Declan Fitzgerald, who taught "
          "Classics here for almost forty years and who, I suspect, marked more essays in green ink than "
          "anyone in the history of the university."),
        P("The year ahead will bring change. The new Library and Learning Commons opens in September, and "
          "our access scholarships will, for the first time, support more than two hundred students from "
          "families with no previous experience of higher education. Much of that is possible because of "
          "you. Every gift, every hour of mentoring and every conversation with a nervous applicant at a "
          "careers fair matters more than you may know."),
        P("None of this happens by accident. Behind each scholarship is a donor who decided that a stranger’s "
          "education was worth investing in, and behind each new building is a long line of people who argued, "
          "patiently, that it should be built well rather than quickly. I am grateful to every one of them."),
        P("Please come home and see it for yourselves. Alumni Weekend takes place from 19 to 21 June, and "
          "the programme on the back page of this bulletin has something for every generation, from the "
          "Classes of the 1970s to those who left us only last summer."),
        P("With my warmest good wishes,"),
        Spacer(1, 10),
        P("Professor Margit Halvorsen", signb),
        P("Principal and Vice-Chancellor", sign),
    ]
    story[1:1] = [Photo(90, "PORTRAIT"),
                  P("The Principal at the opening of the Marine Field Station’s new laboratory wing last autumn.", cap)]
    flow(c, story, x0, H - 112, w0, H - 112 - 50, ncols=2, gap=16)


# ---------------------------------------------------------------- pages 3-4: Counting the Tides
def page3(c):
    chrome(c, "Feature · Counting the Tides")
    headline(c, "Counting the Tides", H - 100, size=34, kicker="Feature · Research")
    story = [P("For seventeen years a small team from the Marine Field Station has walked the same "
               "mudflats twice a month. Their patience is now paying off in ways nobody expected.", stand),
             P("By SIOBHÁN DELANEY", byline)]
    para_at(c, story, M, H - 112, 400, 80)
    col3 = (W - 2 * M - 2 * 13) / 3
    story = [
        P("At half past five on a grey March morning, Dr Kemal Aydın is already knee-deep in the estuary, "
          "reading numbers off a graduated pole that leans slightly to the east. He calls them out; a student "
          "on the bank writes them in a waterproof notebook. The ritual has barely changed since 2009, when "
          "the first poles went in."),
        P("“People imagine science as a moment of discovery. Most of it is simply turning up, and the mud "
          "does not care whether it is your birthday,” says Dr Aydın, who leads the field programme."),
        P("The project, known formally as “Living Shorelines” and informally as “the poles”, set out to "
          "answer a simple question: how quickly does a salt marsh rebuild itself after a storm? The answer, "
          "it turned out, needed a record far longer than any research grant. So the team kept going, season "
          "after season, through funding gaps, floods and one memorable spring when a seal took up residence "
          "beside pole number nine."),
        P("Professor Hiroshi Tanabe, who designed the original survey grid as a visiting fellow and now "
          "directs the Centre for Coastal Systems, remembers the scepticism well. One funding panel, he "
          "recalls, dismissed the proposal as an expensive way of watching grass grow."),
        P("Tanabe said at the time: “If you want to know what a coast will do in fifty years, you need "
          "someone who was there for the last twenty. There is no shortcut.” He has repeated the argument, "
          "in one form or another, at every review since."),
        Photo(150),
        P("Dr Kemal Aydın reads a survey pole on the Ardmore flats in March. Photograph: Anders Lindqvist", cap),
        P("The early years were lean. The first survey boat, a second-hand aluminium skiff named Curlew, "
          "was bought with money raised by the Class of 1998 at their tenth reunion. Alumni carried equipment "
          "across the flats on volunteer weekends, and at least one retired engineer rebuilt the station’s "
          "tide gauge in his garage."),
        P("Those volunteers are still part of the story. Of the forty-three people listed in the project’s "
          "field logs for 2025, eleven are graduates with no formal connection to the university’s research "
          "staff. Some come for a single weekend each summer; others have joined the monthly surveys for "
          "more than a decade, and know the flats better than most of the scientists."),
        P("The logs themselves have become something of an institution. Every entry records the time, the "
          "height of water at each pole, the state of the vegetation and, by long tradition, the weather and "
          "the name of whoever made the tea. Read in sequence, they are an odd mixture of scientific record "
          "and family diary."),
    ]
    flow(c, story, M, H - 190, W - 2 * M, H - 190 - 50, ncols=3, gap=13)


def page4(c):
    chrome(c, "Feature · Counting the Tides")
    story = [
        P("What changed everything was the winter of 2023–24, when several named storms struck the coast "
          "within a few weeks. Because the team had measured the marsh before, during and after, they could "
          "show in unusual detail how the vegetation trapped sediment and recovered. Within a year the data "
          "had been requested by planners in four countries."),
        P("“We had been told for years that our dataset was charming. Suddenly it was essential. Nothing "
          "about the marsh had changed; what changed was the weather, and the questions people were "
          "asking,” says Dr Aydın."),
        P("Fiona MacLeod, a civil engineer who now advises on flood defences along the east coast, was one "
          "of the classmates who paid for Curlew. She did not expect to see the results turn up in her own "
          "work. “I thought we were buying a boat for some nice people with clipboards. I had no idea we "
          "were buying the evidence I would be citing in meetings twenty years later,” she says."),
        P("“Of all the things our class ever clubbed together to buy, that little boat has aged the best.”", pull),
        P("— Fiona MacLeod, Class of 1998", pullattr),
        P("The next phase of the work is already under way. A doctoral student, Elif Şahin, is comparing "
          "the Ardmore record with historical maps held in the University Library, some of them drawn by "
          "estate surveyors in the 1790s. Her thesis, provisionally titled “Three Centuries of Mud”, will "
          "try to stretch the record backwards in time, and has already turned up a forgotten sea wall "
          "beneath what is now the university car park."),
        Photo(135),
        P("Aerial survey of the marsh after the storms of January 2024. Image courtesy of the Firth Coastal Trust", cap),
        P("There are practical lessons too. The survey suggests that a healthy marsh can absorb a surprising "
          "share of a storm surge, and that it recovers fastest where it has room to move inland. Several "
          "councils are now reconsidering plans to raise hard sea walls in favour of letting parts of the "
          "shoreline flood naturally."),
        P("For Dr Aydın, the future looks much like the past: poles, notebooks and early mornings. Asked "
          "whether he ever tires of the routine, he laughs. “Every month the flats are slightly different. "
          "That is the whole point: if they stayed the same, I would be out of a job,” he said."),
        box([P("Join a survey weekend", h3),
             P("Survey weekends run monthly from April to October. No experience is needed, only waterproof "
               "boots and a tolerance for early starts. Contact the Alumni Relations Office to register.", small)]),
    ]
    flow(c, story, M, H - 52, W - 2 * M, H - 52 - 50, ncols=3, gap=13)


# ---------------------------------------------------------------- pages 5-6: The Second Act
def page5(c):
    chrome(c, "Feature · The Second Act")
    headline(c, "The Second Act", H - 100, size=34, kicker="Feature · Careers")
    story = [P("A surgeon who became a furniture maker, a banker who retrained as a primary teacher, a lawyer "
               "now running a vineyard: graduates on starting again in the middle of a career.", stand),
             P("By TOMASZ WIŚNIEWSKI", byline)]
    para_at(c, story, M, H - 112, 400, 80)
    story = [
        P("Priya Raghunathan spent nineteen years as an orthopaedic surgeon before she picked up a chisel "
          "in earnest. She had always made things with her hands, she explains, but it took a shoulder "
          "injury and six months away from the operating theatre for her to realise that the workshop was "
          "where she felt most like herself."),
        P("“People assume it was a dramatic decision, but it was more like noticing that a door had been "
          "open for years,” says Raghunathan, who graduated in Medicine in 1996. Today she runs a small "
          "studio outside Perth, making chairs and tables from Scottish hardwoods, and takes on two "
          "apprentices every year."),
        Photo(170),
        P("Priya Raghunathan in her workshop near Perth. Photograph: Leila Haddad", cap),
        P("Her story is less unusual than it once was. According to the university’s most recent alumni "
          "survey, nearly one in five graduates over the age of forty has changed profession at least once, "
          "and a growing number return to formal study to do so. The Careers Service now runs a programme "
          "specifically for alumni in mid-career, and its waiting list has doubled in three years."),
        P("The programme is deliberately unglamorous. Participants meet monthly in small groups, work "
          "through their finances with an adviser, and are paired with a mentor who has made a similar "
          "move. Nobody is encouraged to resign on the spot; several are encouraged not to."),
        P("Giulia Ferraro left investment banking in London at forty-three to train as a primary teacher. "
          "“The money was extraordinary and I was miserable in a way I could not explain to anyone,” said "
          "Ferraro, who read Economics and graduated in 2003."),
        P("She admits the first year was hard. Her salary fell by more than two thirds, and the training "
          "placements left her exhausted in a way no trading floor ever had. What kept her going, she says, "
          "was a lecture she had attended as an undergraduate, Professor Declan Fitzgerald’s “Why the Greeks "
          "Walked”, whose closing lines she still reads aloud to her pupils at the end of every summer term."),
    ]
    flow(c, story, M, H - 190, W - 2 * M, H - 190 - 50, ncols=3, gap=13)


def page6(c):
    chrome(c, "Feature · The Second Act")
    story = [
        P("For Seán Ó Briain the change came from a book. A corporate lawyer in Dublin for most of his "
          "career, he read Katarzyna Nowak’s novel “The Salt Orchard” on a delayed flight in 2018 and, by "
          "his own account, handed in his notice within the month. He now grows grapes on a south-facing "
          "slope in the Languedoc with his wife and their two dogs."),
        P("“I would not recommend my method. Reading one novel and buying a vineyard is not a financial "
          "plan,” he says, laughing. He adds that he had spent twenty years advising clients to take "
          "calculated risks, and that at some point a person has to take his own advice."),
        P("The first two harvests were disappointing, the third was ruined by hail, and the fourth, he "
          "admits, was rescued largely by a neighbour who had been making wine for half a century. The "
          "vineyard now sells most of what it produces to restaurants in Montpellier and Dublin."),
        P("“Nobody tells you that the second career is where you finally use everything you learned in "
          "the first.”", pull),
        P("— Niamh O’Connell, Class of 2001", pullattr),
        P("Not every second act is a success, and the people who run the Careers Service are careful to "
          "say so. Niamh O’Connell, a former management consultant who now volunteers as a mentor on the "
          "mid-career programme, has seen participants return to their first profession with obvious "
          "relief. That, she argues, is a perfectly good outcome too: the point is to choose, not to "
          "drift."),
        Photo(120),
        P("Participants in the mid-career programme at a weekend workshop in the Old Quad. "
          "Photograph: Leila Haddad", cap),
        P("The mentors recommend a short reading list, headed by “The Long Way Round”, a collection of essays "
          "by alumni first published by the university press in 2019, and an evening lecture series, “Maps "
          "for the Middle Years”, which returns in October."),
        P("Raghunathan, for her part, still keeps her surgical instruments in a drawer of the workshop. She "
          "has not used them in years. “They remind me that I was good at something else once, and that it "
          "is allowed to stop,” she said."),
        box([P("Thinking of a change?", h3),
             P("The Careers Service offers alumni two free consultations at any stage of their working "
               "lives. The next intake for the mid-career programme closes on 31 August.", small)]),
    ]
    flow(c, story, M, H - 52, W - 2 * M, H - 52 - 50, ncols=3, gap=13)


# ---------------------------------------------------------------- page 7: Q&A
def page7(c):
    chrome(c, "Interview")
    headline(c, "Five questions for Dr Aiko Matsuda", H - 96, size=24, kicker="Interview")
    para_at(c, [P("Dr Aiko Matsuda (PhD 2011) leads the “Quiet Cities” research project at the university’s "
                  "Acoustics Laboratory. Her work on urban noise has shaped planning rules from Osaka to "
                  "Rotterdam.", stand)], M, H - 108, W - 2 * M, 52)
    story = [
        Photo(150),
        P("Dr Aiko Matsuda in the anechoic chamber of the Acoustics Laboratory. Photograph: Anders Lindqvist", cap),
        P("Q: What first drew you to sound rather than, say, light or air quality?", qst),
        P("A: I grew up in a flat beside a railway line in Nagoya. Every eleven minutes the whole building "
          "hummed. My parents stopped hearing it, but I never did, and I became curious about why some "
          "people adapt to noise and others do not. That question has kept me busy for twenty years."),
        P("Q: What does the project actually measure?", qst),
        P("A: Less than people think, and more carefully. We place small recorders in homes, schools and "
          "parks, and we ask residents to keep diaries of how they slept and how they felt. The interesting "
          "part is matching the two. A street can be loud on paper and perfectly liveable in practice, "
          "because of trees, or courtyards, or simply the rhythm of the traffic."),
        P("Q: Is there a finding that surprised you?", qst),
        P("A: Birdsong. We expected it to be neutral, and it turned out to be one of the strongest "
          "predictors of whether people described their neighbourhood as calm, even when the overall noise "
          "level was high. Planners now ask us how to design for birds, which is not a question I imagined "
          "answering when I started."),
        P("Q: You were a student here yourself. What do you remember?", qst),
        P("A: The cold, first of all. And my supervisor, Professor Ewa Kowalczyk, who was very strict and "
          "very kind. On my first day she told me: “Measure twice, publish once, and always write down the "
          "weather.” I still do all three. Her old lab coat hangs on the back of my door."),
        P("Q: What would you say to a student thinking about a research career?", qst),
        P("A: Choose a question you will still find interesting on a wet Tuesday in February. The "
          "glamorous days are rare. The wet Tuesdays are most of it, and they are where the real work "
          "gets done."),
        Spacer(1, 8),
        P("<i>Interview by Maeve Donnelly</i>", bodyl),
        box([P("About the project", h3),
             P("The project runs until 2028 and works with city councils in Scotland, Japan and the "
               "Netherlands. Alumni living in any of its partner cities can volunteer as diary-keepers "
               "through the laboratory’s website.", small)]),
    ]
    flow(c, story, M, H - 166, W - 2 * M, H - 166 - 50, ncols=2, gap=18)


# ---------------------------------------------------------------- page 8: Class notes
def page8(c):
    chrome(c, "Class Notes")
    headline(c, "Class Notes", H - 96, size=30, kicker="Alumni")
    para_at(c, [P("News from graduates around the world. Send your updates to the Alumni Relations Office; "
                  "we edit all notes for length.", stand)], M, H - 108, W - 2 * M, 40)
    notes = [
        ("1970s", [
            "<b>Hamish Drummond</b> (BSc 1971) has retired after fifty years as a country vet in Sutherland and "
            "marked the occasion by walking the length of the Great Glen with three of his grandchildren.",
            "<b>Brigitte Lehmann</b> (MA 1976) received a translation prize in Leipzig for her German version "
            "of a nineteenth-century Gaelic song collection, a project she began as a postgraduate.",
        ]),
        ("1980s", [
            "<b>Katarzyna Nowak</b> (BA 1985) has published her fifth novel, “Winter Harbour”. Readers may "
            "remember her earlier book, “The Salt Orchard”, which appears elsewhere in this issue.",
            "<b>Rajesh Kulkarni</b> (MEng 1988) has been appointed chief engineer on a new river crossing in "
            "Pune. He reports that the bridge will be longer than the entire Ardmore campus.",
        ]),
        ("1990s", [
            "<b>Lars-Erik Nyberg</b> (PhD 1994) has been elected to the Royal Swedish Academy of Engineering "
            "Sciences for his work on timber construction.",
            "<b>Sinéad Brennan</b> (BA 1997) has opened a bookshop and café in Westport. Alumni who mention "
            "this bulletin are promised a free scone.",
        ]),
        ("2000s", [
            "<b>Pierre-Alain Dubois</b> (MSc 2001) now directs a wildlife rehabilitation centre in the "
            "Jura, where he looks after, among others, an elderly and ungrateful eagle owl.",
            "<b>Ayşe Kaya</b> (MA 2009) writes from Izmir: “The rowing club gave me my two closest friends "
            "and a lifelong fear of early mornings. We are all coming to Alumni Weekend, so come and find us "
            "at the boathouse.”",
        ]),
        ("2010s", [
            "<b>Chiara Bellini</b> (LLB 2012) has been made a partner in a Milan law firm specialising in "
            "environmental regulation.",
            "<b>Arjun Mehta</b> (MEng 2017) and <b>Yuki Hoshino</b> (BA 2020) were married in Kyoto in "
            "October. They met, inevitably, in the queue for the library printer.",
            "<b>Conor Walsh</b> (BSc 2019) has completed a solo row across the Atlantic in fifty-one days, "
            "raising funds for the university’s access scholarships.",
        ]),
        ("2020s", [
            "<b>Freya Lindahl</b> (MSc 2023) has joined a marine research vessel in the Southern Ocean and "
            "sends greetings, by satellite, to everyone at the Marine Field Station.",
            "<b>Kenji Watanabe</b> (BA 2024) has won a national prize for young architects for his design of "
            "a community hall in Fife.",
        ]),
    ]
    story = []
    for dec, items in notes:
        story.append(P(dec, h2))
        for it in items:
            story.append(P(it, bodyl))
    story.append(Spacer(1, 6))
    story.append(box([P("Send us your news", h3),
                      P("Write to the Alumni Relations Office, University of Ardmore, Kirk Wynd, or use the "
                        "online form. Photographs are welcome. The deadline for the autumn issue is 15 July.",
                        small)]))
    flow(c, story, M, H - 156, W - 2 * M, H - 156 - 50, ncols=3, gap=13)


# ---------------------------------------------------------------- page 9: Campus news
def page9(c):
    chrome(c, "Campus News")
    headline(c, "Campus News", H - 96, size=30, kicker="News")
    story = [
        P("A library for the next century", h2),
        P("The new Library and Learning Commons opens its doors in September after two years of building.",
          ParagraphStyle("st2", parent=stand, fontSize=10.5, leading=14)),
        P("By OLUWASEUN ADEYEMI", byline),
        P("Cranes have been part of the skyline above Kirk Wynd for two years, but the new Library and "
          "Learning Commons is nearly complete. The building replaces the 1960s library block and brings "
          "together the special collections, group study rooms and a ground-floor café that will stay open "
          "until midnight during examinations."),
        P("“For the first time in decades, our students will have somewhere to work that is warm, light and "
          "open late, and our historic collections will finally have the conditions they deserve,” said "
          "Dr Sunita Bose, the University Librarian."),
        P("The design keeps the old reading room’s oak shelving, which has been restored and reinstalled on "
          "the top floor. Students were consulted throughout, and their requests included more power sockets, "
          "quieter chairs and a room where nobody is allowed to talk at all."),
        P("Marta Jankowska, President of the Students’ Association, said: “We asked for a building that "
          "treats students as adults. I think we have got one.”"),
        Photo(110),
        P("The Commons under construction in February. Photograph: Leila Haddad", cap),
        P("Inaugural lecture", h2),
        P("Professor Rahul Venkataraman, the new Chair of Hydrology, will give his inaugural lecture, "
          "“The Weight of Water”, on 14 May in the Old Hall. Admission is free, and alumni are warmly "
          "invited to attend."),
        P("Rowers take the Firth Cup", h2),
        P("The university’s women’s eight won the Firth Cup for the first time since 1994, beating crews "
          "from four other universities on a choppy course. “We were behind at halfway and nobody panicked. "
          "That is what months of training on dark mornings buys you,” says the crew’s coach, "
          "Hannu Virtanen."),
        Photo(95),
        P("The winning crew on the Firth. Image courtesy of Ardmore University Boat Club", cap),
        P("Scholarships reach a milestone", h2),
        P("More than two hundred students will receive access scholarships next year, the largest number "
          "in the scheme’s history. Most of the growth comes from alumni gifts of under one hundred pounds."),
    ]
    flow(c, story, M, H - 112, W - 2 * M, H - 112 - 50, ncols=3, gap=13)


# ---------------------------------------------------------------- page 10: Obituary
def page10(c):
    chrome(c, "Obituary")
    headline(c, "Professor Declan Fitzgerald", H - 96, size=28, kicker="Obituary")
    c.setFont("Sans", 11)
    c.setFillColor(TEAL)
    c.drawString(M, H - 114, "1938 – 2025")
    para_at(c, [P("Classicist, teacher and tireless walker, who taught at Ardmore for almost forty years.",
                  stand)], M, H - 122, W - 2 * M, 32)
    story = [
        Photo(165),
        P("Professor Fitzgerald in his study, 1987. Image courtesy of University of Ardmore Archives", cap),
        P("Declan Fitzgerald, who has died at the age of eighty-seven, joined the Department of Classics in "
          "1966 as a temporary lecturer and stayed until his retirement in 2004. He was born in Limerick, "
          "the youngest of six children, and won a scholarship to read Greek and Latin at a time when very "
          "few boys from his street went to university at all. He never forgot it."),
        P("He was a demanding teacher and a generous one. Generations of students remember his green ink, "
          "which covered their essays in small, patient handwriting, and his habit of returning work within "
          "two days, whatever else was happening. He liked to tell first-year students that “Homer is not "
          "difficult; he is only long,” and he set out to prove it by reading the whole of the Odyssey "
          "aloud, in Greek, every spring."),
        P("His book “The Roads of Arcadia”, published in 1979, grew out of summers spent walking the "
          "mountain paths of the Peloponnese with a rucksack and a notebook. It remained in print for more "
          "than thirty years and was, for many readers, their first introduction to the landscape of ancient "
          "Greece. His public lecture “Why the Greeks Walked” was repeated so often, at the request of "
          "alumni groups, that he claimed to have delivered it in every county of Scotland."),
        P("“He read every word we wrote, and he expected us to do the same for each other,” said Ingrid "
          "Solberg (PhD 1991), one of his doctoral students, now a professor in Bergen. “He taught me that "
          "criticism is a form of respect.”"),
        P("In retirement he continued to walk, write and answer letters from former students, many of whom "
          "visited him in the cottage near the harbour where he lived for his last twenty years. He is "
          "survived by his wife, Maureen, their three children and seven grandchildren. A service of "
          "remembrance will be held in the University Chapel during Alumni Weekend."),
        P("— J.R.", ParagraphStyle("sig", parent=bodyl, fontName="Serif-Bold", alignment=2)),
        Spacer(1, 8),
        box([P("We also record with sadness the deaths of", h3),
             P("Margaret Ellison (MA 1952) · Dr Olufemi Bankole (MBChB 1968) · Sven Åkesson (BSc 1974) · "
               "Róisín Kavanagh (BA 1981) · Giorgos Papadakis (PhD 1990)", small)]),
    ]
    flow(c, story, M, H - 158, W - 2 * M, H - 158 - 50, ncols=2, gap=18)


# ---------------------------------------------------------------- page 11: Masthead + Diary
def page11(c):
    chrome(c, "Masthead and Diary")
    mw = 170
    c.setFillColor(colors.HexColor("#e8f1f1"))
    c.rect(M - 6, 50, mw + 12, H - 100, stroke=0, fill=1)
    story = [
        P("The Ardmore Bulletin", ParagraphStyle("mt", fontName="Serif-Bold", fontSize=15, leading=18,
                                                 textColor=NAVY)),
        P("Issue 58 · Spring 2026", small),
        P("EDITOR", role), P("Catriona Blackwood", rname),
        P("DEPUTY EDITOR", role), P("Maeve Donnelly", rname),
        P("ART DIRECTOR", role), P("Benedikt Hofer", rname),
        P("CONTRIBUTORS", role),
        P("Siobhán Delaney<br/>Tomasz Wiśniewski<br/>Oluwaseun Adeyemi<br/>Joanna Reilly<br/>"
          "Anders Lindqvist<br/>Leila Haddad", rname),
        P("COVER PHOTOGRAPH", role), P("Anders Lindqvist", rname),
        Spacer(1, 12),
        P("Published twice a year by the Development and Alumni Relations Office, University of Ardmore, "
          "Kirk Wynd, Ardmore. The views expressed are those of the contributors and not necessarily those "
          "of the University.", small),
        P("Printed on paper from responsibly managed forests. If you would prefer to receive the bulletin "
          "by email only, please let us know.", small),
        P("The University of Ardmore is a registered charity.", small),
    ]
    para_at(c, story, M, H - 60, mw, H - 120)
    x0 = M + mw + 26
    w0 = W - M - x0
    c.setFont("Serif-Bold", 26)
    c.setFillColor(NAVY)
    c.drawString(x0, H - 92, "Diary")
    events = [
        ("24 April", "Alumni reception, Edinburgh", "An evening at the Royal Botanic Garden with a short talk on "
         "coastal engineering by Fiona MacLeod (Class of 1998)."),
        ("14 May", "Inaugural lecture", "Professor Rahul Venkataraman, “The Weight of Water”, Old Hall, 6 pm."),
        ("5 June", "London Alumni Dinner", "Our annual dinner returns to the City. Tickets from the Alumni "
         "Relations Office."),
        ("19–21 June", "Alumni Weekend", "Three days of lectures, walks, tours and reunions in Ardmore. The full "
         "programme is on the back page."),
        ("12 September", "Opening of the Library and Learning Commons", "Alumni are invited to an open "
         "afternoon with tours of the special collections."),
        ("8 October", "Evening lectures", "The “Maps for the Middle Years” series returns, with six talks on "
         "changing career in mid-life."),
        ("20 November", "Toronto and New York receptions", "The Principal will meet alumni in North America. "
         "Details by email this summer."),
    ]
    story = []
    for d, t, desc in events:
        story.append(P("<font color='#2a7a7b'>%s</font>" % d, h3))
        story.append(P("<b>%s</b>. %s" % (t, desc), bodyl))
    story.append(Spacer(1, 10))
    story.append(box([P("Keep in touch", h3),
                      P("Update your details online so that we can send you invitations to events near you. "
                        "We have active alumni groups in twenty-two countries, from Norway to New Zealand, and "
                        "volunteers are always welcome.", small)]))
    flow(c, story, x0, H - 108, w0, H - 108 - 50, ncols=2, gap=14)


# ---------------------------------------------------------------- page 12: Alumni Weekend back page
def page12(c):
    chrome(c, "Alumni Weekend 2026")
    c.setFillColor(NAVY)
    c.rect(M, H - 150, W - 2 * M, 100, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Serif-Bold", 30)
    c.drawString(M + 14, H - 100, "Alumni Weekend 2026")
    c.setFont("Sans", 11)
    c.drawString(M + 14, H - 126, "19–21 June · Come home to Ardmore")
    story = [
        Photo(130),
        P("Last year’s reunion regatta on the Firth. Image courtesy of Ardmore Students’ Association", cap),
        P("Friday 19 June", h2),
        P("<b>18:00</b> Welcome reception in the Old Quad, hosted by the Principal.", bodyl),
        P("<b>20:00</b> Ceilidh in the Students’ Union, with music from the university’s own folk band.", bodyl),
        P("Saturday 20 June", h2),
        P("<b>10:00</b> Lecture: Professor Hiroshi Tanabe, “Reading the Sea Floor”.", bodyl),
        P("<b>11:30</b> Guided walk on the flats with the survey team. Boots are provided.", bodyl),
        P("<b>14:00</b> Panel discussion, “The Second Act”, with Priya Raghunathan and Giulia Ferraro.", bodyl),
        P("<b>16:00</b> Open afternoon at the boathouse.", bodyl),
        P("<b>19:30</b> Reunion dinners for the Classes of 1976, 1986, 1996, 2001 and 2016.", bodyl),
        P("Sunday 21 June", h2),
        P("<b>11:00</b> Service of remembrance for Professor Declan Fitzgerald, University Chapel.", bodyl),
        P("<b>13:00</b> Farewell lunch and tours of the new Library and Learning Commons.", bodyl),
        Spacer(1, 8),
        box([P("Booking", h3),
             P("Booking opens on 1 April. Most events are free; dinners cost £45. Accommodation is available "
               "in the halls of residence at a reduced rate for alumni and their families. Children are very "
               "welcome, and a supervised programme of activities runs on Saturday.", small)]),
    ]
    flow(c, story, M, H - 166, W - 2 * M, H - 166 - 50, ncols=2, gap=18)


def main():
    c = canvas.Canvas(OUT, pagesize=A4)
    c.setTitle("The Ardmore Bulletin, Issue 58, Spring 2026")
    c.setAuthor("University of Ardmore, Development and Alumni Relations Office")
    for fn in [page1, page2, page3, page4, page5, page6, page7, page8, page9, page10, page11, page12]:
        fn(c)
        c.showPage()
    c.save()
    print("wrote", OUT)


if __name__ == "__main__":
    main()
