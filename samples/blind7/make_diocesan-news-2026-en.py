# -*- coding: utf-8 -*-
"""Generator: 'Crossroads' - quarterly news magazine of the (fictional) Anglican Diocese of Westmere, Spring 2026."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable, Frame, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("Serif", FD + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("SerifI", FD + "DejaVuSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("SerifB", FD + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Sans", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("SansB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("SansC", FD + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("SansCB", FD + "DejaVuSansCondensed-Bold.ttf"))

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "diocesan-news-2026-en.pdf")
W, H = A4
M = 42
RED = colors.HexColor("#5b2a6e")
GREY = colors.HexColor("#c8c8c8")

body = ParagraphStyle("body", fontName="Serif", fontSize=8.7, leading=11.8, alignment=TA_LEFT, spaceAfter=4)
lead = ParagraphStyle("lead", fontName="SerifI", fontSize=10.5, leading=14, spaceAfter=8, textColor=colors.HexColor("#333333"))
h1 = ParagraphStyle("h1", fontName="SerifB", fontSize=23, leading=26, spaceAfter=6)
h2 = ParagraphStyle("h2", fontName="SerifB", fontSize=15, leading=18, spaceAfter=5)
h3 = ParagraphStyle("h3", fontName="SansCB", fontSize=10, leading=12.5, spaceBefore=4, spaceAfter=2, textColor=RED)
kicker = ParagraphStyle("kicker", fontName="SansCB", fontSize=9, leading=11, textColor=RED, spaceAfter=3)
byline = ParagraphStyle("byline", fontName="SansC", fontSize=8.5, leading=11, spaceAfter=6, textColor=colors.HexColor("#555555"))
cap = ParagraphStyle("cap", fontName="SansC", fontSize=7.2, leading=9, spaceAfter=6, textColor=colors.HexColor("#444444"))
pull = ParagraphStyle("pull", fontName="SerifI", fontSize=15, leading=19, spaceBefore=6, spaceAfter=2, textColor=RED)
pullby = ParagraphStyle("pullby", fontName="SansC", fontSize=8, leading=10, spaceAfter=8)
box = ParagraphStyle("box", fontName="Sans", fontSize=8, leading=10.5, spaceAfter=3)
boxh = ParagraphStyle("boxh", fontName="SansB", fontSize=9.5, leading=12, spaceAfter=3)
imp = ParagraphStyle("imp", fontName="Sans", fontSize=8.2, leading=11, spaceAfter=1)
impr = ParagraphStyle("impr", fontName="SansB", fontSize=7.4, leading=9.5, spaceBefore=5, textColor=RED)
toc = ParagraphStyle("toc", fontName="Sans", fontSize=9.5, leading=13, spaceAfter=5)
qa_q = ParagraphStyle("qaq", fontName="SansB", fontSize=8.6, leading=11.6, spaceAfter=3)


class Photo(Flowable):
    """Grey placeholder rectangle for a photo, full column width."""
    def __init__(self, h, label=""):
        Flowable.__init__(self)
        self.h, self.label = h, label

    def wrap(self, aw, ah):
        self.w = aw
        return aw, self.h + 3

    def draw(self):
        c = self.canv
        c.setFillColor(GREY)
        c.rect(0, 3, self.w, self.h, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#8a8a8a"))
        c.setFont("Sans", 6)
        c.drawString(4, 7, self.label.strip())


def photo(h, label=""):
    return Photo(h, label)


def boxed(paras, bg="#efe8f2"):
    t = Table([[paras]])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)),
                           ("BOX", (0, 0), (-1, -1), 0.6, RED),
                           ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                           ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return t


def P(t, s=body):
    return Paragraph(t, s)


def chrome(c, no, section):
    c.setFillColor(RED)
    c.setFont("SerifB", 8)
    c.drawString(M, H - 28, "CROSSROADS")
    c.setFont("SerifI", 8)
    c.setFillColor(colors.black)
    c.drawString(M + 66, H - 28, "| " + section)
    c.drawRightString(W - M, H - 28, "Spring 2026")
    c.setStrokeColor(RED)
    c.setLineWidth(1.2)
    c.line(M, H - 34, W - M, H - 34)
    c.setLineWidth(0.4)
    c.line(M, 34, W - M, 34)
    c.setFont("Serif", 8)
    c.drawCentredString(W / 2, 21, "– %d –" % no)
    c.setFont("SansC", 6.5)
    c.drawString(M, 21, "Diocese of Westmere")
    c.drawRightString(W - M, 21, "westmere.anglican.example")


def fill(c, regions):
    """regions: list of (x, y, w, h, ncols, story)."""
    for (x, y, w, h, n, story) in regions:
        gap = 12
        cw = (w - gap * (n - 1)) / n
        story = list(story)
        for i in range(n):
            f = Frame(x + i * (cw + gap), y, cw, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            f.addFromList(story, c)
        if story:
            raise SystemExit("OVERFLOW on page %d: %r" % (c.getPageNumber(), story[0]))


TOP = H - 44
BOT = 44
FULLW = W - 2 * M


def page(c, no, section, regions):
    chrome(c, no, section)
    fill(c, regions)
    c.showPage()


def build():
    c = canvas.Canvas(OUT, pagesize=A4, invariant=1)
    c.setTitle("Crossroads - Spring 2026")
    c.setAuthor("Diocese of Westmere")

    # ---------------- 1 Cover
    c.setFillColor(RED)
    c.rect(0, H - 120, W, 120, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("SerifB", 44)
    c.drawString(M, H - 80, "Crossroads")
    c.setFont("SerifI", 11)
    c.drawString(M, H - 104, "The quarterly news magazine of the Diocese of Westmere")
    c.setFont("SansC", 9)
    c.drawRightString(W - M, H - 104, "Spring 2026 · Issue 87")
    c.setFillColor(GREY)
    c.rect(M, 190, FULLW, H - 330, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#777777"))
    c.setFont("Sans", 8)
    c.drawCentredString(W / 2, 420, "[photograph: scaffolding inside the nave of St Botolph's, Hallowmere]")
    c.setFillColor(colors.black)
    c.setFont("SerifB", 20)
    c.drawString(M, 155, "A roof over our heads again")
    c.setFont("Serif", 10.5)
    c.drawString(M, 137, "Three years, 4,000 oak pegs and one very patient village: St Botolph's reopens")
    c.setFont("SansC", 9)
    c.drawString(M, 110, "Bishop's Letter  ·  News from the Parishes  ·  Meet our new curate")
    c.drawString(M, 96, "Obituaries  ·  Your Letters  ·  Clergy Appointments")
    c.setFont("SansC", 6.8)
    c.drawString(M, 62, "Cover photograph: Eamon Gallagher")
    c.showPage()

    # ---------------- 2 Contents + Bishop's letter
    toc_items = [("2", "The Bishop's Letter"), ("3", "News from the Parishes"),
                 ("4", "A roof over our heads again: St Botolph's, Hallowmere"),
                 ("7", "Meet the curate"), ("8", "Obituaries"), ("9", "Letters"),
                 ("10", "Appointments and diary"), ("11", "From the Editor · Credits")]
    tstory = [P("In this issue", h2)]
    for n, t in toc_items:
        tstory.append(P("<font name='SerifB' color='#5b2a6e'>%s</font>&nbsp;&nbsp;%s" % (n, t), toc))
    tstory += [Spacer(1, 12), photo(120, "photo"), P("Bishop Rosalind at the Chrism Eucharist last Maundy Thursday. Photo: Yuki Tanabe", cap)]
    bstory = [
        P("THE BISHOP'S LETTER", kicker),
        P("Patience is not the same as waiting", h1),
        P("Dear friends,"),
        P("Every spring I am struck again by how slowly a garden wakes up. The snowdrops come first, almost apologetically, and then nothing seems to happen for weeks. Yet under the soil a great deal is going on. I have been thinking about that kind of hidden work a good deal this Lent, as I have visited parishes across the diocese that are doing quiet, unglamorous things faithfully and well."),
        P("In Fenbury I met volunteers who have run a warm space in the church hall every Tuesday for three winters, serving soup to anyone who comes. In Ashby Parva a small congregation has taught itself to ring handbells so that the village has music at Easter. And in Hallowmere, as you will read in these pages, a whole community has spent three years raising money and patience in equal measure to put a sound roof back on its medieval church."),
        P("None of these things made the national news. All of them are signs of the Kingdom. When the writer to the Hebrews speaks of running the race with perseverance, I do not think he had sprinters in mind. He meant people like the churchwardens who fill in faculty forms, the treasurers who chase Gift Aid claims, and the readers who turn up on a wet Wednesday to say Evening Prayer with two others."),
        P("This year our Diocesan Synod will discuss the next stage of our strategy, which we have called \u201cRooted and Growing\u201d. I know that strategy documents can feel very far from parish life. I want to promise you that this one will be judged by a simple test: does it help the church in your village, estate or town to love its neighbours better? If it does not, we will change it."),
        P("As Easter approaches, may you know the hidden work of God in your own life, even in the weeks when nothing seems to happen."),
        P("With every blessing,"),
        P("<font name='SerifI' size='13'>+Rosalind</font>"),
        P("The Rt Revd Rosalind Okonjo-Hale<br/>Bishop of Westmere", byline),
    ]
    page(c, 2, "The Bishop's Letter", [
        (M, BOT, 165, TOP - BOT, 1, tstory),
        (M + 185, BOT, FULLW - 185, TOP - BOT, 2, bstory),
    ])

    # ---------------- 3 Parish news
    p3top = [P("NEWS FROM THE PARISHES", kicker), P("Around the diocese", h1)]
    p3 = [
        P("Fenbury warm space marks third winter", h3),
        P("The warm space at St Aidan's, Fenbury, opened its doors for the 100th time in January. Since November 2023 the church hall has welcomed anyone who needs a heated room, a bowl of soup and some company on a Tuesday afternoon. Numbers have grown from six guests on the first day to an average of thirty."),
        P("Regular guest Alan Brierley, a retired lorry driver, put it simply: \u201cI come for the soup and I stay for the arguments about football.\u201d The team is always looking for volunteers, especially drivers who can collect guests from the outlying farms."),
        P("Margaret Whitcombe, Churchwarden, St Aidan's, Fenbury", byline),
        P("Handbells ring out in Ashby Parva", h3),
        P("When the bells of Holy Trinity, Ashby Parva, were taken down for repair last autumn, the congregation decided it would not go without music at Easter. Eleven members, aged from nine to eighty-four, have been learning to ring a borrowed set of handbells on Thursday evenings."),
        P("Their teacher, Ingeborg Dahl, who rang in a cathedral band in Trondheim before moving to Westmere, is delighted with their progress. \u201cThey started by ringing everything at once. Now they ring everything in the right order, most of the time,\u201d she said. The ringers will perform a short programme, including \u201cThe Day of Resurrection\u201d, after the Easter morning service."),
        P("Contributed by Priya Raghunathan", byline),
        photo(80, "photo"),
        P("The Ashby Parva handbell ringers in rehearsal. Photo: Marta Kowal", cap),
        P("Eco Church silver for Millbrook", h3),
        P("St Luke's, Millbrook, has received a silver Eco Church award. Over two years the parish has replaced its oil boiler with a heat pump, installed LED lighting and turned part of the churchyard into a wildflower meadow. A survey last summer counted fourteen species of bee among the long grass."),
        P("\u201cThe churchyard used to be mown like a bowling green. Now it hums,\u201d says our vicar. The next goal is gold, which will mean tackling the draughty north door."),
        P("The Revd Tomasz Nowak, Vicar of Millbrook", byline),
        P("Youth pilgrimage to Iona", h3),
        P("Twenty-two young people from nine parishes will travel to Iona in July for a week of worship, walking and work with the Iona Community. Places are still available and bursaries can cover up to half the cost. Please speak to your parish priest before the end of April."),
        P("Anders Holm, Diocesan Youth Adviser", byline),
    ]
    page(c, 3, "Parish News", [
        (M, TOP - 55, FULLW, 55, 1, p3top),
        (M, BOT, FULLW, TOP - 62 - BOT, 3, p3),
    ])

    # ---------------- 4-6 Feature
    p4top = [
        P("FEATURE", kicker),
        P("A roof over our heads again", h1),
        P("After three years under scaffolding, St Botolph's, Hallowmere, reopens this Easter. Fiona McLeish followed the restoration from the first fallen slate to the final blessing.", lead),
        P("Words by Fiona McLeish · Photographs by Eamon Gallagher", byline),
    ]
    p4 = [
        P("On a grey Sunday in February 2023, a piece of Collyweston stone slate the size of a dinner plate slid from the roof of St Botolph's and landed in the path a few feet from the porch. Nobody was hurt. But the churchwardens knew, as they stood looking at the broken pieces, that the day they had been dreading for twenty years had arrived."),
        P("\u201cWe had been patching that roof since I was a choirboy,\u201d says Geoffrey Marsh, who has been churchwarden for seventeen years. \u201cWhen the slate came down, we looked at each other and said, this time it's the whole thing.\u201d"),
        P("A church older than the parish", h3),
        P("St Botolph's is a Grade I listed building. Its nave dates from around 1180 and its tower from the fifteenth century; the roof timbers, it turned out, were a patchwork of medieval oak and Victorian pine. A village of fewer than 600 people was suddenly responsible for a repair that the first survey estimated at more than £900,000."),
        P("The quinquennial inspection had already warned of trouble. The church's architect, Giulia Ferrante, who specialises in historic buildings across the eastern counties, had noted in 2021 that the roof was \u201cat the end of its serviceable life\u201d. Nobody had expected the end to come quite so suddenly."),
        photo(120, "photo"),
        P("Scaffolding inside the nave, spring 2024. Photo: Eamon Gallagher", cap),
        P("Ferrante remembers the first meeting with the parochial church council vividly. She had prepared slides with costs, phases and grant deadlines. Halfway through, the treasurer put up her hand and asked whether there might be a cheaper option. There was not."),
        P("\u201cThe honest answer was that there is no cheap way to repair a medieval roof properly. There is only the right way, done slowly,\u201d Ferrante says. \u201cTo their enormous credit, nobody in the room argued with that.\u201d"),
        P("Raising the money", h3),
        P("What followed was a fundraising campaign that has become something of a legend in the diocese. The village held a sponsored walk along the old drove roads, a quiz night every month, and a summer fete that raised £14,000 in a single afternoon. Children sold pressed flowers. A local author donated the proceeds of a book of ghost stories set in the churchyard."),
    ]
    page(c, 4, "Feature", [
        (M, TOP - 110, FULLW, 110, 1, p4top),
        (M, BOT, FULLW, TOP - 118 - BOT, 3, p4),
    ])
    p5 = [
        P("Restoring St Botolph's", kicker),
        P("The parish's treasurer, Harriet Oyelaran, kept a thermometer chart on the church noticeboard and coloured it in with a red felt pen. She says the chart did more for the appeal than any leaflet. \u201cPeople would come in just to see whether the red had moved. Some of them hadn't been inside the church for years.\u201d"),
        P("Local generosity, however remarkable, was never going to be enough on its own. The largest sums came from the National Lottery Heritage Fund, which awarded £512,000, and from a charitable trust for historic churches. The Diocese contributed a loan from its fabric fund, which the parish expects to repay over ten years."),
        P("Oak, lime and patience", h3),
        P("Work began in March 2024. The old slates were lifted one by one, numbered, and stacked on pallets in the churchyard, so that as many as possible could go back on. About sixty per cent were sound. The rest were replaced with new stone from a quarry in Northamptonshire that reopened a few years ago after decades of silence."),
        P("Underneath, the timbers told a complicated story. The master carpenter, Declan Moriarty, spent weeks on the scaffold with a torch and a notebook, recording every joint. He found carpenters' marks cut in the thirteenth century, a Victorian tie-beam bolted in at an alarming angle, and the nest of what must once have been a very large owl."),
        P("\u201cYou read a roof like a book,\u201d he told me, standing among the rafters with sawdust in his beard. \u201cEvery generation has written a page. Our job is to add one without tearing out the others.\u201d"),
        P("Moriarty and his team replaced only what could not be saved. New oak was cut from trees felled in Suffolk and shaped by hand with adzes and axes. More than 4,000 oak pegs hold the new joints together; not a single steel bolt was used in the new work."),
        P("\u201cYou read a roof like a book.\u201d", pull),
        P("Declan Moriarty, master carpenter", pullby),
        photo(110, "photo"),
        P("Declan Moriarty checks a new oak rafter. Photo: Eamon Gallagher", cap),
        P("Surprises in the walls", h3),
        P("Not everything went to plan. When the plaster at the west end of the nave was opened up to repair a crack, the conservators found fragments of a wall painting beneath several layers of limewash. It appears to show St Christopher carrying the Christ child across a river, a common subject in medieval churches, placed opposite the door so that travellers would see it as they came in."),
        P("The discovery added four months and a considerable sum to the project. A specialist conservator, Dr Naoko Ishikawa, was brought in to stabilise the painting, which will now remain visible behind a low-reflection glass panel."),
    ]
    page(c, 5, "Feature", [(M, BOT, FULLW, TOP - BOT, 3, p5)])
    p6 = [
        P("Restoring St Botolph's", kicker),
        P("Dr Ishikawa describes the painting as modest but unusually well preserved. \u201cThe colours are faded, but the faces are still there. You can see that the painter took trouble over the child,\u201d she said, pointing to a small figure with a raised hand of blessing."),
        P("A church for the village", h3),
        P("Throughout the work, the congregation worshipped in the village hall, with a folding altar and an electric keyboard. Attendance, remarkably, went up. The Revd Sunita Chaudhary, who became rector of the benefice halfway through the project, thinks that being homeless for a while was good for the parish."),
        P("\u201cWe discovered that the church was the people, not the building. Now we have the building back and we must not forget the lesson,\u201d she says."),
        P("The restored church will be used more widely than before. The parish has installed a small kitchen and an accessible toilet in the base of the tower, and the local primary school will hold its weekly assemblies in the nave. A community choir, which formed during the fundraising and calls itself \u201cThe Roof Raisers\u201d, will sing at the reopening."),
        P("Reopening", h3),
        P("The Bishop of Westmere will rededicate St Botolph's on Easter Saturday at 3pm, followed by tea in the churchyard. Everyone is welcome. Hard hats, Geoffrey Marsh assures me, will no longer be required."),
        P("For the churchwarden, the day will be an emotional one. He showed me the fragment of the fallen slate from 2023, which he has kept on his desk at home. He plans to give it to the school as a reminder of how the story began. \u201cIn a hundred years someone will have to do all this again,\u201d he said. \u201cI hope they have as much fun as we did.\u201d"),
        boxed([P("St Botolph's in numbers", boxh),
               P("Total cost: £1.04 million", box),
               P("Raised locally: £186,000", box),
               P("Stone slates reused: about 60 per cent", box),
               P("Oak pegs: more than 4,000", box),
               P("Weeks under scaffolding: 141", box)]),
        Spacer(1, 8),
        photo(120, "photo"),
        P("The wall painting of St Christopher after conservation. Photo: Eamon Gallagher", cap),
        photo(95, "photo"),
        P("The Roof Raisers choir at the final fundraising concert. Photo: Marta Kowal", cap),
    ]
    page(c, 6, "Feature", [(M, BOT, FULLW, TOP - BOT, 3, p6)])

    # ---------------- 7 Curate interview
    p7top = [
        P("MEET THE CURATE", kicker),
        P("\u201cI was a chemist first\u201d", h1),
        P("The Revd Amara Osei was ordained deacon in the cathedral last summer and serves her title in the parish of St Mary and St Nicholas, Kingsford. She talks to Daniel Frost about test tubes, vocation and her first funeral.", lead),
        P("The Revd Amara Osei in conversation with Daniel Frost", byline),
    ]
    p7 = [
        P("<b>DF:</b> You worked in a laboratory for ten years before ordination. What did you do?"),
        P("<b>AO:</b> I was an analytical chemist for a company that made food flavourings. I spent a lot of my time making sure strawberry yoghurt tasted like strawberries. It was good work, and I had wonderful colleagues, but I kept finding that the conversations at the coffee machine mattered more to me than the results."),
        P("<b>DF:</b> When did you first think about ordination?"),
        P("<b>AO:</b> A friend asked me, quite casually, whether I had ever thought about it. I laughed. Then I went home and could not stop thinking about it. My vicar at the time said something I have never forgotten: \u201cIf you can imagine being happy doing anything else, do that instead.\u201d I tried for two more years. I could not."),
        P("<b>DF:</b> How did your family react?"),
        P("<b>AO:</b> My parents came to England from Kumasi in the 1980s and they are both very devout Methodists, so they were delighted, though my mother still thinks I should have become a bishop immediately. My brother just asked whether I would have to give up football. I haven't."),
        P("<b>DF:</b> What has surprised you most about parish ministry?"),
        P("<b>AO:</b> How much of it happens outside the church. I spend a lot of time in the school, the care home and, honestly, the supermarket car park. People stop you when you are wearing a collar. Sometimes they want to complain about the bells, sometimes they want to tell you their husband has died."),
        P("<b>DF:</b> You took your first funeral in the autumn."),
        P("<b>AO:</b> Yes, for a man who had been a postman in Kingsford for forty years. The church was full of people who had known him only as the man who brought their letters. His daughter read a poem he had written about the village, and there was not a dry eye anywhere, including mine."),
        P("<b>DF:</b> Does the chemist in you ever come out?"),
        P("<b>AO:</b> All the time. I am the person who reads the instructions on the boiler. And I still love the idea that the world is ordered and can be understood, and yet is always more surprising than we think. For me that is not in tension with faith at all."),
        P("<b>DF:</b> What would you say to someone exploring a vocation?"),
        P("<b>AO:</b> Talk to someone. The Diocesan Director of Ordinands is very approachable, and nobody will push you. The worst that can happen is that you discover you are called to something else, and that is a gift too."),
        photo(110, "photo"),
        P("Amara Osei outside St Mary and St Nicholas, Kingsford. Photo by Yuki Tanabe", cap),
        boxed([P("Exploring a vocation?", boxh),
               P("Our diocesan vocations evening, \u201cCome and See\u201d, takes place on 14 May at the Cathedral Centre. All are welcome, lay or ordained, young or old.", box)]),
    ]
    page(c, 7, "Interview", [
        (M, TOP - 120, FULLW, 120, 1, p7top),
        (M, BOT, FULLW, TOP - 128 - BOT, 3, p7),
    ])

    # ---------------- 8 Obituaries
    p8top = [P("OBITUARIES", kicker), P("We give thanks for their lives", h1)]
    p8 = [
        P("Canon Hugh Pemberton-Lacey", h2),
        P("1938–2026", byline),
        P("Hugh Pemberton-Lacey, who died on 9 January aged 87, served the Diocese of Westmere for more than half a century, most of it as Rector of Ashby Magna and later as an honorary canon of the cathedral. Born in Shropshire, he read classics at Durham and was ordained in 1963 after a curacy in the industrial parishes of Sheffield."),
        P("He came to Ashby Magna in 1971 expecting to stay five years and stayed twenty-nine. Parishioners remember a tall, untidy man on a bicycle who knew the name of every dog in the village. He was a pioneer of lay ministry long before it became fashionable, training readers and pastoral visitors when many of his colleagues were suspicious of the idea."),
        P("In retirement he took services across the diocese well into his eighties and wrote a short history of the parish, \u201cStones and Souls\u201d, which is still on sale at the back of the church. He is survived by his wife Elspeth, three children and seven grandchildren. At his funeral his eldest son recalled his father's favourite piece of advice to young clergy: \u201cPreach for ten minutes and visit for ten hours.\u201d"),
        P("The Ven. Catherine Lyall, Archdeacon of Fenmarch", byline),
        photo(90, "photo"),
        P("Canon Hugh Pemberton-Lacey in 2015. Photo: family collection", cap),
        P("Dorothy Ashworth", h2),
        P("1931–2026", byline),
        P("Dorothy Ashworth, who died peacefully on 2 February, was organist at St Aidan's, Fenbury, for sixty-two years. She played for her first service at the age of sixteen, when the previous organist broke his wrist, and simply never stopped. By her own reckoning she accompanied more than 1,100 weddings and nearly as many funerals."),
        P("Dorothy taught piano to generations of Fenbury children, many of whom came back to play at her ninetieth birthday concert. She had firm views on hymn tunes and was known to play the one she preferred regardless of what was printed on the service sheet. Her last service, on Christmas Eve, ended as it always did with \u201cO Come, All Ye Faithful\u201d, played, as one chorister put it, \u201cfaster than the choir could keep up\u201d."),
        P("Siobhan Keane, Fenbury", byline),
        P("Also remembered", h3),
        P("We also remember with thanks Bryn Llewellyn, verger of Westmere Cathedral from 1979 to 2004, and Kalinda Perera, a licensed lay minister in the Millbrook benefice, who both died in January. Full tributes will appear in the summer issue.", box),
    ]
    page(c, 8, "Obituaries", [
        (M, TOP - 55, FULLW, 55, 1, p8top),
        (M, BOT, FULLW, TOP - 62 - BOT, 2, p8),
    ])

    # ---------------- 9 Letters
    p9top = [P("LETTERS", kicker), P("Your letters", h1),
             P("Letters are welcome on any subject. Please keep them under 300 words; we may shorten them.", lead)]
    p9 = [
        P("Not only a numbers game", h3),
        P("Dear Editor,"),
        P("I read with interest the report in your winter issue on attendance figures across the diocese. Numbers matter, of course, but I would gently remind readers that our small rural congregations often carry a load out of all proportion to their size. In our village of 180 souls, the eight of us who gather on a Sunday also run the lunch club, the food bank collection and the footpath group."),
        P("When the Archdeacon visited last year she said: \u201cSmall is not the same as failing.\u201d I hope the authors of the new strategy will take those words to heart."),
        P("Yours faithfully,<br/>Peter Lindgren<br/>Ashby Parva"),
        P("Hymns old and new", h3),
        P("Dear Editor,"),
        P("May I, as a member of a parish where we sing both \u201cAbide with Me\u201d and songs written last year, plead for a little more generosity between the two camps? I have heard the old hymns dismissed as dreary and the new songs as shallow, often in the same coffee queue. Both judgements seem to me unfair. A good congregation, like a good garden, has room for old roses and new shoots."),
        P("Yours,<br/>Rhiannon Beaumont-Fiske<br/>Kingsford"),
        photo(70, "illustration"),
        P("Illustration: Luca Santangelo", cap),
        P("Thank you, Hallowmere", h3),
        P("Sir,"),
        P("As someone who grew up in Hallowmere but now lives in Canada, I have followed the restoration of St Botolph's online with great emotion. My grandparents are buried in that churchyard. When my cousin sent me a photograph of the new roof, she wrote underneath: \u201cIt looks like it has always been there.\u201d There can be no higher praise for the craftsmen. Thank you to everyone involved."),
        P("Yours sincerely,<br/>Martin Okafor<br/>Guelph, Ontario"),
        P("A correction", h3),
        P("In our winter issue we gave the wrong date for the Fenbury carol service. We apologise to the choir, who sang beautifully to a slightly smaller congregation than they deserved."),
    ]
    page(c, 9, "Letters", [
        (M, TOP - 80, FULLW, 80, 1, p9top),
        (M, BOT, FULLW, TOP - 88 - BOT, 3, p9),
    ])

    # ---------------- 10 Appointments and diary
    p10top = [P("APPOINTMENTS AND DIARY", kicker), P("Comings and goings", h1)]
    p10 = [
        P("Appointments", h3),
        P("<b>The Revd Sunita Chaudhary</b>, Rector of Hallowmere with Little Oakby, to be also Rural Dean of Fenmarch."),
        P("<b>The Revd Canon Olumide Bakare</b>, Vicar of St Peter, Westmere, to be Canon Missioner of Westmere Cathedral."),
        P("<b>The Revd Jacqueline Moreau</b>, Associate Priest in the Kingsford Team, to be Priest-in-Charge of Ashby Magna and Ashby Parva."),
        P("<b>The Revd Liam Ó Conaill</b>, currently Curate in the Diocese of Dublin and Glendalough, to be Team Vicar in the Millbrook Team Ministry."),
        P("<b>Mrs Kirsten Aalto</b> to be Diocesan Safeguarding Officer."),
        P("Retirements", h3),
        P("<b>The Ven. Edmund Hargreaves</b>, Archdeacon of Westmere, retires on 30 June after fourteen years in post."),
        P("<b>The Revd Pauline Ashdown</b>, Vicar of St Aidan's, Fenbury, retires on 31 August."),
        P("Ordinations", h3),
        P("The Bishop of Westmere will ordain seven deacons and five priests at the cathedral on 27 and 28 June. Please pray for them by name; a list will be published in the May diocesan bulletin."),
        P("Vacancies", h3),
        P("Holy Cross, Westmere (urban priority area, 0.8 post); St Luke, Millbrook (House for Duty). Details from the Bishop's Office."),
        P("Diary", h3),
        P("<b>18 April</b> Rededication of St Botolph's, Hallowmere, 3pm<br/><b>14 May</b> Vocations evening, Cathedral Centre<br/><b>6 June</b> Diocesan Synod<br/><b>20 June</b> Festival of Flowers, Westmere Cathedral<br/><b>27–28 June</b> Petertide ordinations", box),
        Spacer(1, 8),
        boxed([P("Prayer for the diocese", boxh),
               P("Lord of the harvest, bless the parishes of this diocese, their clergy and people, and all who serve them in hidden ways; through Jesus Christ our Lord. Amen.", box)]),
        Spacer(1, 8),
        photo(110, "photo"),
        P("Ordinands on retreat at Fenmarch Abbey. © Marta Kowal", cap),
    ]
    page(c, 10, "Appointments", [
        (M, TOP - 55, FULLW, 55, 1, p10top),
        (M, BOT, FULLW, TOP - 62 - BOT, 3, p10),
    ])

    # ---------------- 11 From the editor + credits
    ed = [
        P("From the Editor", h2),
        P("This issue has been a pleasure to put together, not least because so much of it is good news. The reopening of St Botolph's is the kind of story a diocesan magazine exists to tell, and I am grateful to Fiona McLeish for the many cold mornings she spent on the scaffold."),
        P("I am also grateful to everyone who sent us parish news. We cannot print everything, but we read everything, and the best way to make sure your parish appears in these pages is to send us a few paragraphs and a photograph before the deadline."),
        P("Finally, a farewell. After six years designing Crossroads, Ravi Subramanian is moving to a new post with a publisher in Leeds. His careful eye has shaped every page you have read since 2020. We wish him every happiness."),
        P("With warm regards,"),
        P("Jennifer Maitland<br/>Editor", byline),
        Spacer(1, 10),
        photo(130, "advertisement"),
    ]
    cred = [
        P("Crossroads", h2),
        P("The quarterly news magazine of the Diocese of Westmere. Free to every parish; additional copies 50p.", imp),
        P("Editor", impr),
        P("Jennifer Maitland", imp),
        P("Assistant Editor", impr),
        P("Kwame Asante", imp),
        P("News Editor", impr),
        P("Siobhan Keane", imp),
        P("Design", impr),
        P("Ravi Subramanian", imp),
        P("Photography", impr),
        P("Eamon Gallagher, Yuki Tanabe and Marta Kowal", imp),
        P("Illustration", impr),
        P("Luca Santangelo", imp),
        P("Published by", impr),
        P("The Diocese of Westmere, Diocesan Office, 2 Minster Yard, Westmere WM1 4QT<br/>crossroads@westmere.anglican.example · 01632 960 418", imp),
        Spacer(1, 8),
        P("Views expressed in Crossroads are those of the contributors and not necessarily those of the Bishop or the Diocese. Copy deadline for the Summer issue: 15 May 2026.", imp),
        P("Printed on recycled paper by Fenmarch Press.", imp),
    ]
    page(c, 11, "From the Editor", [
        (M, BOT, FULLW * 0.58, TOP - BOT, 1, ed),
        (M + FULLW * 0.62, BOT, FULLW * 0.38, TOP - BOT, 1, cred),
    ])
    c.save()


if __name__ == "__main__":
    build()
    print("wrote", OUT)
