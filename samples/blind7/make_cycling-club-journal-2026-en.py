# Generator for the blind test magazine "cycling-club-journal-2026-en" (fictional content).
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer,
                                NextPageTemplate, PageBreak, FrameBreak, Table, TableStyle, Flowable)

D = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("Sans", D + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("SansB", D + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("SansI", D + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("Serif", D + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("SerifB", D + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("SerifI", D + "DejaVuSerif-Italic.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("Serif", 0, 0, "Serif"); addMapping("Serif", 1, 0, "SerifB"); addMapping("Serif", 0, 1, "SerifI"); addMapping("Serif", 1, 1, "SerifB")
addMapping("Sans", 0, 0, "Sans"); addMapping("Sans", 1, 0, "SansB"); addMapping("Sans", 0, 1, "SansI"); addMapping("Sans", 1, 1, "SansB")

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cycling-club-journal-2026-en.pdf")
W, H = A4
M = 16 * mm
GREEN = colors.HexColor("#8c1c13")

body = ParagraphStyle("body", fontName="Serif", fontSize=8.8, leading=11.6, spaceAfter=0, firstLineIndent=10, alignment=4)
lead = ParagraphStyle("lead", fontName="SansB", fontSize=10.5, leading=14, spaceAfter=8, textColor=colors.HexColor("#333333"))
h1 = ParagraphStyle("h1", fontName="SansB", fontSize=22, leading=26, spaceAfter=6, textColor=GREEN)
h2 = ParagraphStyle("h2", fontName="SansB", fontSize=14, leading=17, spaceAfter=4, spaceBefore=6, textColor=GREEN)
kicker = ParagraphStyle("kicker", fontName="Sans", fontSize=8, leading=10, textColor=colors.grey, spaceAfter=2)
byl = ParagraphStyle("byl", fontName="SansI", fontSize=8.5, leading=11, spaceAfter=6)
cap = ParagraphStyle("cap", fontName="SansI", fontSize=7.2, leading=9, spaceAfter=8, textColor=colors.HexColor("#444444"))
pull = ParagraphStyle("pull", fontName="SerifB", fontSize=15, leading=19, textColor=GREEN, spaceBefore=6, spaceAfter=2)
pullw = ParagraphStyle("pullw", fontName="Sans", fontSize=8, leading=10, spaceAfter=8)
small = ParagraphStyle("small", fontName="Sans", fontSize=8.2, leading=11, spaceAfter=3)
sig = ParagraphStyle("sig", fontName="SerifI", fontSize=9, leading=12, spaceAfter=2)
qa_q = ParagraphStyle("qaq", fontName="SansB", fontSize=9, leading=12.2, spaceAfter=3)


class Photo(Flowable):
    def __init__(self, w, h, label="Photo"):
        super().__init__(); self.w, self.h, self.label = w, h, label
    def wrap(self, aw, ah):
        self.w = min(self.w, aw); return self.w, self.h
    def draw(self):
        c = self.canv
        c.setFillColor(colors.HexColor("#c8c8c8")); c.rect(0, 0, self.w, self.h, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#8a8a8a")); c.setFont("Sans", 7)
        c.drawCentredString(self.w / 2, self.h / 2, "[" + self.label + "]")


def box(flows, bg="#f4e9e4"):
    t = Table([[flows]], colWidths=None)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)),
                           ("BOX", (0, 0), (-1, -1), 0.6, GREEN),
                           ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return t


RUNHEAD = {
    2: "From the Chair", 3: "Ride Reports", 4: "The Fenland Hundred", 5: "The Fenland Hundred",
    6: "In the Workstand", 7: "Touring Diary", 8: "Touring Diary (continued)", 9: "Touring Diary (continued)",
    10: "Letters", 11: "Club Notices", 12: "Committee & Credits",
}


def on_page(c, doc):
    n = c.getPageNumber()
    if n == 1:
        return
    c.saveState()
    c.setFillColor(GREEN); c.rect(M, H - 13 * mm, W - 2 * M, 5.5 * mm, stroke=0, fill=1)
    c.setFont("SansB", 7.5); c.setFillColor(colors.white)
    c.drawString(M + 2 * mm, H - 11.3 * mm, "THE CHAINRING")
    c.setFont("Sans", 7.5)
    c.drawRightString(W - M - 2 * mm, H - 11.3 * mm, RUNHEAD.get(n, "") + "  |  Winter 2026")
    c.setFillColor(colors.black); c.setFont("Serif", 8)
    c.drawCentredString(W / 2, 8 * mm, "\u2014 %d \u2014" % n)
    c.setFont("Sans", 6.5); c.setFillColor(colors.grey)
    c.drawString(M, 8 * mm, "Fenland Vale Wheelers")
    c.drawRightString(W - M, 8 * mm, "fenlandvalewheelers.example")
    c.restoreState()


def cover_page(c, doc):
    c.saveState()
    c.setFillColor(colors.HexColor("#c8c8c8")); c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#8a8a8a")); c.setFont("Sans", 10)
    c.drawCentredString(W / 2, H / 2, "[Cover photo]")
    c.setFillColor(GREEN); c.rect(0, H - 58 * mm, W, 58 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white); c.setFont("SerifB", 50)
    c.drawString(M, H - 34 * mm, "The Chainring")
    c.setFont("Sans", 12)
    c.drawString(M, H - 46 * mm, "Journal of the Fenland Vale Wheelers  \u00b7  Issue 88  \u00b7  Winter 2026")
    c.setFillColor(colors.white); c.rect(0, 18 * mm, W, 44 * mm, stroke=0, fill=1)
    c.setFillColor(GREEN); c.setFont("SansB", 13)
    y = 52 * mm
    for t in ["Fenland Hundred: wind, grit and a sprint for the cake stall",
              "Ask the mechanic: tubeless without tears",
              "Loire by lamplight: nine days on a loaded tourer"]:
        c.drawString(M, y, t); y -= 8 * mm
    c.setFillColor(colors.black); c.setFont("SansI", 7.5)
    c.drawString(M, 21 * mm, "Cover: the Sunday club run crossing the Hundred Foot Drain at Welney. Cover photo: Declan O\u2019Rourke")
    c.restoreState()


def build(story):
    doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=M, rightMargin=M, topMargin=16 * mm, bottomMargin=16 * mm,
                          title="The Chainring - Winter 2026", author="Fenland Vale Wheelers")
    fw = W - 2 * M
    top = H - 16 * mm
    bot = 16 * mm
    gap = 5 * mm

    def cols(n, head_h=0):
        fr = []
        if head_h:
            fr.append(Frame(M, top - head_h, fw, head_h, id="head", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0))
        cw = (fw - (n - 1) * gap) / n
        for i in range(n):
            fr.append(Frame(M + i * (cw + gap), bot, cw, top - bot - head_h, id="c%d" % i,
                            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0))
        return fr
    doc.addPageTemplates([
        PageTemplate("cover", [Frame(M, bot, fw, 10 * mm)], onPage=cover_page),
        PageTemplate("one", cols(1), onPage=on_page),
        PageTemplate("two", cols(2), onPage=on_page),
        PageTemplate("three", cols(3), onPage=on_page),
        PageTemplate("h2c", cols(2, 62 * mm), onPage=on_page),
        PageTemplate("h3c", cols(3, 62 * mm), onPage=on_page),
        PageTemplate("h2s", cols(2, 34 * mm), onPage=on_page),
    ])
    doc.build(story)


def P(t, s=body):
    return Paragraph(t, s)


def page(story, template):
    story += [NextPageTemplate(template), PageBreak()]


S = [Spacer(1, 1)]

# ---------- p2: contents + chair
page(S, "three")
S += [P("In this issue", h2)]
for num, t in [(2, "From the Chair \u2014 Priya Raman"), (3, "Ride reports"),
               (4, "The Fenland Hundred \u2014 Hamish Cole & Yuki Tanaka"),
               (6, "In the Workstand \u2014 Ellie Marsh meets Bartek Kowalczyk"),
               (7, "Loire by Lamplight \u2014 Luca Bianchi"), (10, "Letters"),
               (11, "Club notices"), (12, "Committee & credits")]:
    S.append(P("<b>%d</b>&nbsp;&nbsp;%s" % (num, t), small))
S += [Spacer(1, 8), Photo(150, 110, "Photo"), P("The club\u2019s new kit, first worn on the New Year\u2019s Day ride.", cap),
      box([P("<b>Subs are due</b>", small),
           P("Membership for 2027 is \u00a332 (adults), \u00a312 (under-18s) and \u00a345 (households). "
             "Pay online or hand cash to the Treasurer at the Tuesday club night.", small)]),
      FrameBreak(),
      P("From the Chair", h1),
      P("A year of headwinds, new faces and a club that keeps turning up.", lead),
      P("When I took over as Chair last March, I was warned that the job would mostly involve arguing about "
        "the café stop and chasing people for their subs. Both warnings turned out to be accurate. What "
        "nobody told me was how much of the year I would spend simply being grateful."),
      P("We have grown to 214 members, the largest the Wheelers have been since the club was founded in "
        "1953. Forty-one of those joined through the Saturday beginners\u2019 rides, which now run every week "
        "from the market square in March. Those rides exist only because a handful of ride leaders gave up "
        "their Saturday mornings, often in weather that would keep most sensible people indoors."),
      P("It has not all been smooth. The closure of the Earith bridge for repairs cut our favourite loop in "
        "half for four months, and the county council\u2019s plans for the A142 junction still worry me. We "
        "have written to the highways team twice and will keep doing so. If you ride through that junction "
        "regularly, please log your experience on the council\u2019s consultation page before January."),
      FrameBreak(),
      P("Our sportive, the Fenland Hundred, raised \u00a34,870 for the air ambulance this year, and Hamish and "
        "Yuki\u2019s report on page 4 will tell you more about the day than I ever could. I would only add my "
        "thanks to the marshals, who stood at windy junctions for seven hours and still smiled."),
      P("Next year the committee wants to try three things: a women\u2019s development squad, a monthly "
        "gravel ride for those who have discovered the joys of the droves, and a proper club dinner in a "
        "room that is not the back of a pub. Opinions on all three are welcome, loudly or quietly."),
      P("Finally, a reminder that the AGM is on 21 January. It is short, there are biscuits, and it is the "
        "one night of the year when every member gets a say in how the club is run."),
      Spacer(1, 6),
      P("Yours,", sig), P("Priya Raman", sig), P("Club Chair", small),
      ]

# ---------- p3: ride reports (three short items)
page(S, "three")
S += [P("Ride Reports", h1),
      P("Sunday club run: Ely and back into the teeth of it", h2),
      P("Words by Gareth Hughes", byl),
      P("Eighteen riders left the market square at nine on a bright October morning, which in the Fens "
        "means a wind strong enough to lean on. The outbound leg to Ely was a joy: we averaged nearly "
        "twenty-two miles an hour along the river bank and arrived at the cathedral with time to spare."),
      P("The return was a different story. With the wind now full in our faces, the group split into two "
        "through-and-off lines, and the pace dropped to something more honest. \u201cI\u2019ve never "
        "worked so hard to go so slowly,\u201d said Jennifer Okonkwo at the Sutton stop, summing up the "
        "mood perfectly."),
      P("Thanks to Callum for sweeping, and to the café at Haddenham for serving eighteen beans-on-toast "
        "in under ten minutes."),
      Spacer(1, 6),
      Photo(150, 90, "Photo"), P("Regrouping at Sutton. Photo by Mei Lin", cap),
      FrameBreak(),
      P("Wednesday social: the slow lane", h2),
      P("Contributed by Sofia Lindqvist", byl),
      P("Our Wednesday social ride is not a training ride, and we are proud of it. This summer we averaged "
        "twelve riders a week, with a core of retired members and a growing number of parents on school "
        "hours. The rule is simple: nobody is dropped, and the café stop is non-negotiable."),
      P("Our oldest regular, Arthur Penhaligon, turned 84 in August and celebrated with a forty-mile "
        "round trip to Ramsey. Asked for the secret of his longevity, he was brief: \u201cLow gears and "
        "good company.\u201d"),
      P("From November the ride leaves at ten instead of half past nine, to spare everyone the frost."),
      Spacer(1, 6),
      box([P("<b>Ride grades</b>", small),
           P("A: 18+ mph, no café. B: 15\u201317 mph, one stop. C: 12\u201314 mph, long stop. "
             "Social: whatever pace the slowest rider wants.", small)]),
      FrameBreak(),
      P("New riders\u2019 group: the first season", h2),
      P("When we launched the Saturday beginners\u2019 rides in March we hoped for half a dozen takers. "
        "Twenty-three people turned up on the first morning, some on mountain bikes, one on a folding "
        "bike and one on a borrowed tandem with her teenage son."),
      P("Over the season the group grew into something we had not quite planned: a club within the club. "
        "Several riders have now moved up to the C group on Sundays, and two entered the short route of "
        "the Fenland Hundred. The \u201cno-drop\u201d promise was tested only once, on the climb at "
        "Haddenham, and held."),
      P("We are looking for two more ride leaders for 2027. Training is free and you get a very bright "
        "jacket."),
      P("\u2014 Oluwaseun Adeyemi, beginners\u2019 ride coordinator", sig),
      ]

# ---------- p4-5: sportive
page(S, "h2c")
S += [P("SPORTIVE", kicker),
      P("The Fenland Hundred: flat, fast and absolutely brutal", h1),
      P("Three hundred and twelve riders, one hundred miles, not a single hill worth the name \u2014 and "
        "yet the wind made this year\u2019s edition the hardest in the event\u2019s history.", lead),
      P("By Hamish Cole &amp; Yuki Tanaka", byl),
      FrameBreak(),
      P("The first riders rolled out of the showground at Chatteris at seven o\u2019clock, under a sky the "
        "colour of wet slate. The forecast had promised a breeze of fifteen miles an hour from the west. "
        "By nine it was blowing closer to thirty, and the long straight roads across Whittlesey Wash had "
        "become a test of nerve as much as legs."),
      P("\u201cFrom mile sixty onwards it was just a battle,\u201d says Ravi Chandran, who finished the "
        "full route in five hours and forty minutes. \u201cYou look down the road and it goes on for ever, "
        "and the wind just sits there in your face.\u201d"),
      P("Ravi was one of 212 riders on the hundred-mile route; another hundred took on the sixty-mile "
        "option, and a record forty-six children rode the family loop of twelve miles, which ended with "
        "a bouncy castle and an ice-cream van that sold out before noon."),
      P("Event organiser Brigid Kavanagh had spent eleven months planning the day, from the road "
        "closure notices to the portable toilets at the feed stations. At the start she was calm, at "
        "least outwardly. \u201cThe route is the same as last year, the marshals are the same, the cake "
        "is better,\u201d she said. \u201cThe only thing we can\u2019t control is the weather.\u201d"),
      P("The weather duly took control. At the second feed station in March, volunteers reported riders "
        "arriving in small, silent groups, tucked in behind whoever still had the legs to pull. Several "
        "admitted to a \u201cbonk\u201d on the exposed stretch past Benwick, and the flapjacks ran out "
        "forty minutes earlier than planned."),
      Photo(240, 130, "Photo"),
      P("The lead group on the Forty Foot Bank, 9.40 am. Photo: Chiara Esposito", cap),
      P("Not everyone suffered equally. A group of six from our own A ride, riding a disciplined chain gang, "
        "reached the halfway point in two hours and fifty minutes. \u201cWe just kept the turns short and "
        "nobody tried to be a hero.\u201d That was Noriko Ishikawa, who led the group for much of the day "
        "and whose watch recorded an average of 19.8 miles an hour."),
      ]
page(S, "three")
S += [P("Further back, the sportive was doing what it does best: bringing people into the sport. "
        "Thirty-eight per cent of entrants had never ridden an organised event before, according to the "
        "entry forms, and the short route was full of club jerseys we had not seen before."),
      P("Among them was Daniel Moreau, a teacher from Wisbech who bought his first road bike in April. He "
        "rode the sixty-mile route with two colleagues and crossed the line with his arms in the air. "
        "\u201cI honestly thought I would have to get off and walk,\u201d he told us afterwards, still "
        "holding his medal. \u201cThere\u2019s nowhere to walk to in the Fens, so I kept going.\u201d"),
      P("The route itself drew praise, even from those who cursed the wind. The new section through the "
        "village of Manea, added after complaints about traffic on the B1093, was described by several "
        "riders as the prettiest part of the day. The final stretch, known locally as \u201cthe "
        "Drain\u201d, remained as unforgiving as ever."),
      Spacer(1, 6),
      P("\u201cEvery pound raised today keeps a helicopter in the air for another minute.\u201d", pull),
      P("Greta Halvorsen, Club Treasurer", pullw),
      FrameBreak(),
      P("That helicopter was present in spirit, at least: the air ambulance charity sent two volunteers "
        "and a model of the aircraft, which proved more popular with the children than the bouncy castle."),
      P("The fastest rider on the full route was Tomasz Wi\u015bniewski of Peterborough Velo, in four hours "
        "and fifty-one minutes. The fastest woman was our own Aoife Brennan in five hours and six minutes, "
        "a time that would have won outright in two of the past five editions. She was characteristically "
        "modest about it. \u201cI had good wheels to sit on for most of it,\u201d she said, before heading "
        "off to help pack away the feed station."),
      P("By five o\u2019clock the last riders were in, the last cake had been sold and the showground was "
        "almost back to a field. The total raised, once online donations were counted, came to \u00a34,870."),
      P("The date for next year is already set: Sunday 13 September 2027. Entries open on 1 March. Bring "
        "deep-section wheels if you like, but bring a windproof too."),
      FrameBreak(),
      Photo(150, 110, "Photo"),
      P("Family-loop riders at the finish.", cap),
      Photo(150, 110, "Photo"),
      P("Volunteers at the March feed station.", cap),
      box([P("<b>Results in brief</b>", small),
           P("100 miles: 212 starters, 198 finishers. 60 miles: 100 starters, 99 finishers. "
             "Family loop: 46 riders. Raised: \u00a34,870 for the East Anglian air ambulance.", small)]),
      ]

# ---------- p6: mechanic interview
page(S, "h3c")
S += [P("IN THE WORKSTAND", kicker),
      P("Tubeless without tears", h1),
      P("Ellie Marsh in conversation with Bartek Kowalczyk, who has kept the club\u2019s bikes running from "
        "his garage workshop for fifteen years.", lead),
      FrameBreak(),
      P("EM: Everyone seems to be going tubeless. Should they?", qa_q),
      P("BK: For most of our riders, yes. The lanes round here are full of flints and hawthorn cuttings "
        "after the hedges are trimmed, and tubeless sealant closes most small holes before you notice "
        "them. But it is not magic. You still need to carry a spare tube and a plug kit."),
      P("EM: What is the most common mistake you see?", qa_q),
      P("BK: Not topping up the sealant. It dries out, usually in three to six months, and then people "
        "are surprised when a puncture doesn\u2019t seal. I tell everybody: check it when the clocks "
        "change, spring and autumn."),
      P("EM: And getting the tyre to seat in the first place?", qa_q),
      P("BK: That is where the tears come in. A track pump is often not enough. Use a booster or a "
        "compressor, take the valve core out, and a little soapy water on the bead helps. If it still "
        "won\u2019t go, the rim tape is usually the culprit."),
      P("EM: What tyre pressures do you recommend?", qa_q),
      P("BK: Lower than you think. Most riders on 28 mm tyres could drop ten or fifteen psi and go "
        "faster on our rough roads, not slower. Start around 65 at the front and 70 at the rear for a "
        "rider of about seventy-five kilos, and adjust from there."),
      P("EM: Gravel bikes are everywhere this year. Are they harder to look after?", qa_q),
      P("BK: The mud is the problem, not the bike. Fen mud in winter is like cement. Rinse the bike "
        "after every ride, especially the brakes and the chain, and don\u2019t use a pressure washer on "
        "the bearings."),
      P("EM: Finally, the one tool every member should own?", qa_q),
      P("BK: A good chain checker. A worn chain eats cassettes and chainrings, and replacing a chain "
        "at the right time saves you a hundred pounds or more."),
      Photo(150, 100, "Photo"),
      P("Bartek at work on a club member\u2019s tourer. Photo: Declan O\u2019Rourke", cap),
      box([P("<b>Workshop nights</b>", small),
           P("Bartek runs free maintenance evenings on the first Thursday of each month at the club "
             "room. Bring your bike, a clean rag and a question.", small)]),
      ]

# ---------- p7-9: touring diary
page(S, "h2s")
S += [P("TOURING DIARY", kicker),
      P("Loire by Lamplight: nine days from Orléans to the sea", h1),
      FrameBreak(),
      P("Luca Bianchi loaded his old steel tourer with panniers, a tent and far too many maps, and "
        "followed the river west. This is his diary.", lead),
      P("<b>Day 1 \u2014 Orléans to Beaugency, 31 km.</b> The train from Paris was late and the bike "
        "carriage full, so I began the trip standing in a vestibule holding my front wheel off the "
        "floor. Orléans made up for it. The cathedral was lit gold in the afternoon sun, and the "
        "Loire \u00e0 V\u00e9lo signs were exactly where the guidebook said they would be. I rode only a "
        "short stage, pitched my tent at a municipal campsite by the river and ate a whole baguette."),
      P("<b>Day 2 \u2014 Beaugency to Blois, 42 km.</b> Flat, quiet, green. The path follows the levee "
        "for long stretches, with the river on one side and sunflower fields on the other. I met a "
        "Dutch couple in their seventies riding to Nantes on electric bikes. They had done the Danube "
        "the year before and the Rhine before that. \u201cEvery year one more river,\u201d said Wim "
        "Vermeulen, \u201cuntil we run out of rivers or knees.\u201d"),
      P("In Blois I bought a copy of Jean Lacroix\u2019s guide \u201cLa Loire \u00e0 bicyclette\u201d "
        "in a second-hand bookshop, mostly for the old photographs. It became my evening reading for "
        "the rest of the trip."),
      Photo(230, 120, "Photo"),
      P("Morning mist on the levee near Muides-sur-Loire. Photo by Luca Bianchi", cap),
      P("<b>Day 3 \u2014 Blois to Amboise, 46 km.</b> Château day. I resisted Chambord and gave in to "
        "Chaumont, where the gardens were full of strange modern installations. The campsite at "
        "Amboise sits on an island in the river, and from my tent I could see the château floodlit on "
        "its rock. The owner, Régine Fournier, lent me a lamp when my head torch died and refused to "
        "take it back until morning."),
      P("<i>Continued overleaf</i>", small),
      ]
page(S, "three")
S += [P("<b>Day 4 \u2014 Amboise to Tours, 28 km.</b> Rain from the first turn of the pedals. I "
        "sheltered for two hours in a bus stop in Montlouis with a Japanese student, Haruto Mori, who "
        "was cycling from Lyon to Brittany on a bike he had bought second-hand in Lyon for eighty euros. "
        "He had no mudguards and no regrets."),
      P("<b>Day 5 \u2014 Tours to Chinon, 58 km.</b> The longest day so far, leaving the Loire for the "
        "Indre and then the Vienne. Vineyards, cave houses dug into the white tufa cliffs, and a "
        "tasting at a cellar where the owner insisted I carry a bottle in my pannier. It survived "
        "the cobbles of Chinon, which is more than I can say for my saddle sores."),
      P("At the château in Chinon a plaque quotes Joan of Arc, who met the Dauphin there in 1429. I "
        "copied it into my notebook and then lost the page, which seems fitting for a diary."),
      FrameBreak(),
      P("<b>Day 6 \u2014 Chinon to Saumur, 36 km.</b> Back on the big river. At Candes-Saint-Martin the "
        "Vienne joins the Loire, and the view from the hill above the village is the best of the whole "
        "route. I spent an hour there doing nothing at all, which I recommend."),
      P("Saumur is horse country, and the town was full of riders of the other sort. At the campsite "
        "bar a retired cavalry officer asked where I was going. When I said the sea, he raised his "
        "glass: \u201cThen you are going the right way. The river never lies about the direction.\u201d "
        "I never learned his name."),
      P("<b>Day 7 \u2014 Saumur to Angers, 61 km.</b> Headwind. Of course there was a headwind. I "
        "thought of the Fenland Hundred and felt oddly at home."),
      FrameBreak(),
      Photo(150, 100, "Map"),
      P("The route, Orléans to Saint-Brevin. Map: Anjali Desai", cap),
      box([P("<b>The bike</b>", small),
           P("1989 steel tourer, 36-hole wheels, 35 mm tyres, triple chainset, rear rack with two "
             "panniers and a bar bag. Total weight loaded: 31 kg.", small)]),
      P("<i>Continued on page 9</i>", small),
      ]
page(S, "two")
S += [P("<b>Day 8 \u2014 Angers to Ancenis, 64 km.</b> The river widens, the islands grow longer and "
        "the villages further apart. I passed the point where the signs switch from Loire \u00e0 V\u00e9lo "
        "to the EuroVelo 6 logo more often, and started meeting riders coming the other way with the "
        "tired, happy look of people who have already seen the sea."),
      P("<b>Day 9 \u2014 Ancenis to Saint-Brevin-les-Pins, 88 km.</b> I left at dawn, rode through Nantes "
        "before the traffic woke up and followed the estuary past shipyards and salt marshes. The last "
        "kilometres run over the bridge at Saint-Nazaire \u2014 which bikes may not cross \u2014 so I took "
        "the shuttle bus with my bike in a trailer, and then rolled down to the beach at Saint-Brevin."),
      P("I stood at the edge of the Atlantic with my front wheel in the water, the way people do, and a "
        "small boy asked his mother why the man was crying. I was not crying. It was the wind."),
      P("Nine days, 454 kilometres, one broken spoke, two punctures, and no regrets. If anyone in the "
        "club wants to borrow my maps, they are slightly damp but entirely usable."),
      FrameBreak(),
      Photo(220, 150, "Photo"),
      P("Journey\u2019s end: the beach at Saint-Brevin-les-Pins. Photo by Luca Bianchi", cap),
      box([P("<b>Planning your own trip</b>", small),
           P("The route is waymarked throughout and almost entirely traffic-free or on quiet lanes. "
             "Trains with bike spaces run from Paris to Orléans; book early in summer. Campsites "
             "cost 10\u201318 euros a night for one person and a tent.", small)]),
      ]

# ---------- p10: letters
page(S, "two")
S += [P("Letters", h1),
      P("Write to the Editor at the club room or by email. Letters may be shortened.", small),
      P("Lights, please", h2),
      P("Dear Editor,"),
      P("May I make a plea to the younger members of the Sunday group? On the last ride of October, three "
        "riders set off without rear lights and returned after dark along the A141. When I mentioned it "
        "at the café, one of them told me, \u201cWe\u2019ll be back long before sunset.\u201d They were "
        "not. A rear light costs less than a slice of the café\u2019s carrot cake."),
      P("Yours,", sig), P("Margaret Fairweather (life member)", sig),
      P("The Editor replies: Noted, and the committee agrees. Lights will be compulsory on club rides from "
        "1 November to 31 March. \u2014 Ed.", small),
      P("In praise of the sweep", h2),
      P("Dear Editor,"),
      P("I want to thank whoever was sweeping the C ride on 14 September. I punctured twice in ten miles "
        "and was ready to phone my wife for a lift, but the sweep fixed the second puncture for me and "
        "rode the rest of the way at my pace. That is what a club is for."),
      P("Tom Ashworth, Saffron Walden", sig),
      FrameBreak(),
      P("Café politics", h2),
      P("Dear Editor,"),
      P("With the greatest respect to the ride leaders, the Sunday café stop at Sutton is too early. By "
        "the time we reach it we have ridden only eighteen miles, and the remaining forty are coffee-free. "
        "I propose Chatteris instead, and I know I am not alone."),
      P("Name and address supplied", sig),
      P("Remembering Denis", h2),
      P("Dear Editor,"),
      P("Many older members will have heard that Denis Whitcombe died in September, aged 91. Denis rode "
        "with the Wheelers for sixty years and was club champion three times in the 1960s. He used to "
        "say that a puncture was \u201cthe road\u2019s way of telling you to slow down\u201d, and he "
        "fixed more of other people\u2019s than anyone I have known. We will miss him on the Wednesday "
        "ride."),
      P("With best wishes,", sig), P("Sunita Varghese", sig),
      ]

# ---------- p11: notices
page(S, "three")
S += [P("Club Notices", h1),
      P("AGM", h2),
      P("The Annual General Meeting will be held on Tuesday 21 January at 7.30 pm in the club room above "
        "the Three Tuns. Motions must reach the Secretary by 7 January. Nominations for committee posts "
        "are welcome from any member."),
      P("Winter turbo sessions", h2),
      P("Indoor sessions continue on Thursday evenings at the leisure centre. Bring your own trainer, a "
        "towel and a fan. Places are limited to sixteen."),
      FrameBreak(),
      P("Club kit", h2),
      P("The second order of the new kit closes on 15 December. Sizing samples are in the club room. "
        "Gilets are back, in a brighter red, by popular demand."),
      P("Time trials 2027", h2),
      P("The evening ten-mile series returns in April on the usual course near Somersham. Volunteers "
        "for timekeeping and marshalling are always needed; no experience required."),
      FrameBreak(),
      Photo(150, 110, "Photo"),
      P("Hill-climb day at the Gog Magog hills, October.", cap),
      box([P("<b>Club records</b>", small),
           P("New club record, 25-mile time trial, women: 56:12. New club record, 10-mile, under-16: 24:40. "
             "Full results on the club website.", small)]),
      ]

# ---------- p12: committee & credits
page(S, "two")
S += [P("Committee &amp; Credits", h1),
      P("<b>Club Chair</b><br/>Priya Raman", small), Spacer(1, 3),
      P("<b>Secretary</b><br/>Aditya Menon", small), Spacer(1, 3),
      P("<b>Treasurer</b><br/>Greta Halvorsen", small), Spacer(1, 3),
      P("<b>Ride Captain</b><br/>Gareth Hughes", small), Spacer(1, 3),
      P("<b>Welfare Officer</b><br/>Fionnuala Quinn", small), Spacer(1, 3),
      P("<b>Membership Secretary</b><br/>Kwame Mensah", small), Spacer(1, 3),
      P("<b>Events</b><br/>Brigid Kavanagh", small), Spacer(1, 10),
      P("Fenland Vale Wheelers is affiliated to British Cycling and Cycling Time Trials.", small),
      FrameBreak(),
      P("<b>THE CHAINRING</b> \u2014 Issue 88, Winter 2026", small), Spacer(1, 6),
      P("<b>Editor</b><br/>Rosalind Okafor", small), Spacer(1, 3),
      P("<b>Technical Editor</b><br/>Neil Brannigan", small), Spacer(1, 3),
      P("<b>Photography</b><br/>Declan O\u2019Rourke, Mei Lin and Chiara Esposito", small), Spacer(1, 3),
      P("<b>Cover</b><br/>Declan O\u2019Rourke", small), Spacer(1, 10),
      P("Opinions expressed in The Chainring are those of the contributors and not necessarily those of "
        "the club or its committee. Copy deadline for the Spring issue: 28 February.", small),
      ]

build(S)
print("written", OUT)
