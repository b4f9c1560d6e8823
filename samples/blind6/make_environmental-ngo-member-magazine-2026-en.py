#!/usr/bin/env python3
# Generator: "Wildwater" - member magazine of the (fictional) Riverlands Trust
import os
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT, TA_CENTER, TA_JUSTIFY
from reportlab.platypus import Paragraph, Frame, Spacer, Table, TableStyle, Flowable
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

D = "/usr/share/fonts/truetype/dejavu/"
for n, f in [("S", "DejaVuSans.ttf"), ("SB", "DejaVuSans-Bold.ttf"), ("R", "DejaVuSerif.ttf"),
             ("RB", "DejaVuSerif-Bold.ttf"), ("RI", "DejaVuSerif-Italic.ttf"), ("SI", "DejaVuSans-Oblique.ttf")]:
    pdfmetrics.registerFont(TTFont(n, D + f))
W, H = A4
M = 42
GREEN = colors.HexColor("#1d4e89")
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "environmental-ngo-member-magazine-2026-en.pdf")


class Photo(Flowable):
    def __init__(self, h, label=""):
        Flowable.__init__(self)
        self.h = h
        self.label = label

    def wrap(self, aw, ah):
        self.w = aw
        return aw, self.h

    def draw(self):
        self.canv.setFillColor(colors.HexColor("#b8b8b8"))
        self.canv.rect(0, 0, self.w, self.h, stroke=0, fill=1)
        if self.label:
            self.canv.setFillColor(colors.white)
            self.canv.setFont("S", 7)
            self.canv.drawCentredString(self.w / 2, self.h / 2, self.label)


def styles(s=1.0):
    return {
        "h": ParagraphStyle("h", fontName="RB", fontSize=21 * s, leading=25 * s, textColor=GREEN, spaceAfter=5),
        "h2": ParagraphStyle("h2", fontName="SB", fontSize=13 * s, leading=16 * s, spaceBefore=6, spaceAfter=3),
        "kick": ParagraphStyle("k", fontName="SB", fontSize=8 * s, leading=10 * s, textColor=GREEN, spaceAfter=2),
        "lead": ParagraphStyle("l", fontName="SB", fontSize=10.5 * s, leading=14 * s, spaceAfter=6),
        "by": ParagraphStyle("b", fontName="SI", fontSize=8.5 * s, leading=11 * s, spaceAfter=6),
        "p": ParagraphStyle("p", fontName="R", fontSize=9 * s, leading=12.2 * s, alignment=TA_JUSTIFY, spaceAfter=4),
        "sub": ParagraphStyle("sub", fontName="SB", fontSize=9.5 * s, leading=12 * s, spaceBefore=4, spaceAfter=2),
        "cap": ParagraphStyle("c", fontName="SI", fontSize=7.2 * s, leading=9 * s, spaceBefore=2, spaceAfter=7),
        "pq": ParagraphStyle("pq", fontName="RI", fontSize=15 * s, leading=19 * s, textColor=GREEN,
                             spaceBefore=6, spaceAfter=2),
        "pqs": ParagraphStyle("pqs", fontName="S", fontSize=8 * s, leading=10 * s, spaceAfter=8),
        "sign": ParagraphStyle("sg", fontName="RI", fontSize=9 * s, leading=12 * s, alignment=TA_RIGHT, spaceAfter=4),
        "small": ParagraphStyle("sm", fontName="S", fontSize=8 * s, leading=10.5 * s, spaceAfter=3),
        "q": ParagraphStyle("q", fontName="SB", fontSize=9 * s, leading=12.2 * s, spaceAfter=3),
    }


def build(items, s):
    st = styles(s)
    out = []
    for it in items:
        k = it[0]
        if k == "photo":
            out.append(Photo(it[1] * s, "PHOTO"))
            out.append(Paragraph(it[2], st["cap"]))
        elif k == "space":
            out.append(Spacer(1, it[1]))
        elif k == "box":
            inner = build(it[1], s)
            t = Table([[inner]], colWidths=[None])
            t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e3ecf7")),
                                   ("BOX", (0, 0), (-1, -1), 0.8, GREEN),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                                   ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
            out.append(t)
            out.append(Spacer(1, 6))
        else:
            out.append(Paragraph(it[1], st[k]))
    return out


def header(c, n, head):
    c.setFillColor(GREEN)
    c.rect(0, H - 30, W, 30, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("SB", 8.5)
    c.drawString(M, H - 19, "WILDWATER  ·  Issue 58  ·  Spring 2026")
    c.drawRightString(W - M, H - 19, head)
    c.setFillColor(colors.black)
    c.setFont("S", 8)
    c.line(M, 36, W - M, 36)
    if n % 2 == 0:
        c.drawString(M, 24, str(n))
        c.drawRightString(W - M, 24, "The Riverlands Trust · riverlandstrust.example")
    else:
        c.drawString(M, 24, "The Riverlands Trust · riverlandstrust.example")
        c.drawRightString(W - M, 24, str(n))


def layout(c, n, head, top, body, ncols=2):
    header(c, n, head)
    for s in [1.0, 0.96, 0.92, 0.88, 0.85, 0.82, 0.79, 0.76]:
        y = H - 44
        tops = build(top, s)
        th = 0
        for f in tops:
            _, h = f.wrap(W - 2 * M, 1000)
            th += h + f.getSpaceBefore() + f.getSpaceAfter()
        bodyf = build(body, s)
        gap = 14
        cw = (W - 2 * M - gap * (ncols - 1)) / ncols
        bh = y - th - 44
        rest = list(bodyf)
        ok = True
        import io
        dc = canvas.Canvas(io.BytesIO(), pagesize=A4)
        trial = build(body, s)
        for i in range(ncols):
            fr = Frame(M + i * (cw + gap), 44, cw, bh, 0, 0, 0, 0)
            fr.addFromList(trial, dc)
        if trial:
            continue
        ft = Frame(M, y - th - 4, W - 2 * M, th + 6, 0, 0, 0, 0)
        ft.addFromList(tops, c)
        for i in range(ncols):
            fr = Frame(M + i * (cw + gap), 44, cw, bh, 0, 0, 0, 0)
            fr.addFromList(rest, c)
        if ncols > 1:
            c.setStrokeColor(colors.HexColor("#999999"))
            for i in range(1, ncols):
                x = M + i * (cw + gap) - gap / 2
                c.line(x, 48, x, 44 + bh)
            c.setStrokeColor(colors.black)
        assert not rest
        c.showPage()
        return
    raise SystemExit("page %d does not fit" % n)


def cover(c):
    c.setFillColor(colors.HexColor("#b8b8b8"))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(GREEN)
    c.rect(0, H - 150, W, 150, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("RB", 56)
    c.drawString(M, H - 90, "WILDWATER")
    c.setFont("S", 11)
    c.drawString(M, H - 118, "The member magazine of the Riverlands Trust  ·  Issue 58  ·  Spring 2026")
    c.setFillColor(colors.white)
    c.rect(M, 70, W - 2 * M, 170, stroke=0, fill=1)
    c.setFillColor(GREEN)
    c.setFont("RB", 24)
    c.drawString(M + 14, 200, "The marsh that fought back")
    c.setFillColor(colors.black)
    c.setFont("R", 11.5)
    c.drawString(M + 14, 178, "Inside the campaign to save the Wendle Marshes from the bypass")
    c.setFont("SB", 10)
    c.drawString(M + 14, 150, "PLUS  The eel detectives  ·  What the Water Bill really says  ·  Reviews  ·  Your letters")
    c.setFont("SI", 7.5)
    c.drawString(M + 14, 84, "Cover: a grey heron over the Wendle reedbeds at first light. Cover photograph by Siobhan Kearney")
    c.setFont("S", 8)
    c.drawRightString(W - M, 30, "1")
    c.showPage()


P = []  # (running head, top items, body items, columns)

# ---- page 2: contents + director's introduction
P.append(("Welcome", [("kick", "CONTENTS")], [
    ("box", [
        ("sub", "In this issue"),
        ("small", "2  From the Director"),
        ("small", "3  Field report: The marsh that fought back"),
        ("small", "5  The eel detectives: an interview"),
        ("small", "7  Volunteer voices"),
        ("small", "8  Explainer: What the Water Bill really says"),
        ("small", "9  Reviews"),
        ("small", "10 Letters"),
        ("small", "11 Who we are"),
    ]),
    ("photo", 95, "Volunteers planting alder on the Tarrow floodplain in January. Photo: Rhodri Pugh"),
    ("kick", "FROM THE DIRECTOR"),
    ("h2", "A year of small rivers and big decisions"),
    ("p", "Dear members, when I joined the Trust eleven years ago, a colleague told me that rivers teach patience. "
          "I did not understand her then. I think I do now. The victory you will read about in this issue, the "
          "rerouting of the Wendle bypass away from the marshes, took six years of letters, surveys, public "
          "meetings and quiet persistence by hundreds of you."),
    ("p", "It would be easy to treat it as the end of a story. It is not. The marsh still needs water of the "
          "right quality, at the right time, and the farms upstream need support to make that possible. That is "
          "why this spring we are launching a new programme of advice visits for landowners along the Wendle "
          "and the Tarrow, paid for entirely by member donations."),
    ("p", "Nationally, the Water Bill now before Parliament could change how our rivers are monitored for a "
          "generation. On page 8 we explain what it contains, what it leaves out and where your voice can still "
          "make a difference before the committee stage closes in June."),
    ("p", "Thank you for standing with the rivers. As always, I would love to hear what you think."),
    ("sign", "Yours,"),
    ("sign", "Anjali Raman"),
    ("sign", "Director, the Riverlands Trust"),
], 2))

# ---- pages 3-4: field report
P.append(("Field report", [
    ("kick", "FIELD REPORT · WENDLE MARSHES"),
    ("h", "The marsh that fought back"),
    ("lead", "For six years a proposed bypass threatened one of the last lowland fens in the county. "
             "This winter the route was moved. Our campaigns team tells the story from the reedbeds."),
    ("by", "Words by Tomás Ó Briain and Freya Lindqvist · Photographs by Siobhan Kearney"),
], [
    ("p", "The first thing you notice at Wendle is the sound. On a still February morning the reedbeds hiss and "
          "tick, a bittern booms somewhere out of sight, and the distant hum of the A-road seems to belong to "
          "another country. It is hard to believe that, until a few weeks ago, that road was planned to run "
          "straight through the middle of it."),
    ("p", "The bypass was first proposed in 2019 as a way to take lorries out of the market town of Wendleford. "
          "Nobody at the Trust disputed that the town needed relief. What we disputed was the line on the map, "
          "which cut across 40 hectares of fen, drained two spring-fed pools and severed the marsh from the river "
          "that feeds it."),
    ("p", "\u201cWe were never the people saying no to everything,\u201d says Gwen Alderton, who chairs the Wendle "
          "Marshes Action Group and has lived on the edge of the fen for thirty years. \u201cWe were the people saying: "
          "there is a better route, and here are the surveys to prove it.\u201d"),
    ("photo", 120, "Gwen Alderton at the Long Pool, one of two spring-fed pools the original route would have drained. "
                   "Photo: Siobhan Kearney"),
    ("sub", "Counting everything"),
    ("p", "Those surveys were the heart of the campaign. Over four seasons, more than 120 volunteers counted "
          "dragonflies, recorded water levels in dipwells every fortnight, and sat through cold dawns listening "
          "for bitterns. The data, checked by the county ecologist, showed that the fen held the largest colony "
          "of the rare fen raft spider in the region."),
    ("p", "The council's own consultants had missed it. When the volunteer records were submitted to the "
          "planning inquiry, the inspector asked for the route to be reassessed. A year later, the council's "
          "highways committee voted for a southern alignment that runs along an old railway embankment instead."),
    ("pq", "\u201cWe were the people saying: there is a better route.\u201d"),
    ("pqs", "Gwen Alderton, Wendle Marshes Action Group"),
    ("p", "The councillor who chaired that committee, Rashid Qureshi, is candid about why the decision changed. "
          "\u201cI came in expecting a fight about newts,\u201d he told us. \u201cWhat I got was four years of "
          "evidence that nobody on our side had collected. It would have been irresponsible to ignore it.\u201d"),
], 3))

P.append(("Field report", [("kick", "FIELD REPORT · WENDLE MARSHES")], [
    ("sub", "The long middle"),
    ("p", "Campaigns rarely run in straight lines, and this one had its low points. In 2022 the funding for the "
          "bypass was confirmed on the original route, and for a while it seemed the fen was lost. Membership of "
          "the action group fell by half. Some of those who stayed wondered aloud whether the surveys were worth "
          "the cold mornings."),
    ("p", "What kept people going, several volunteers told us, was the marsh itself. Somebody always had a new "
          "sighting to share: an otter spraint on the sluice, a marsh harrier hunting low over the reeds, the "
          "first hairy dragonfly of May. A handwritten sign in the volunteer hut still reads \u201cEvery record "
          "counts\u201d, and for the volunteers it became a kind of motto."),
    ("photo", 150, "Dipwell readings every fortnight: volunteer Oskar Nyberg records water levels on the western fen. "
                   "Photo: Siobhan Kearney"),
    ("p", "The Trust's role was less visible but, we hope, useful. Our legal adviser helped the group frame its "
          "objections, our policy team briefed the local MP, and our members wrote more than 3,000 letters to "
          "the council during the consultation. The letters were not form letters. Many were written by people "
          "who had walked the marsh as children."),
    ("p", "One of them came from Margaret Ellery, now 91, who described skating on the frozen Long Pool in the "
          "winter of 1947. \u201cI should like my great-grandchildren to be able to lie to their children about "
          "how cold it was,\u201d she wrote. The council's chief executive read the line aloud at the inquiry."),
    ("sub", "What happens now"),
    ("p", "Moving the road was the first step. The fen still depends on clean water arriving from the Wendle, "
          "and nitrate levels in the river rose again last summer after heavy rain washed fertiliser off the "
          "fields upstream. The next phase of the campaign will work with farmers rather than against planners."),
    ("p", "That will mean advice visits, help with grant applications for buffer strips, and a great deal of "
          "tea in farm kitchens. It is slower work, and it rarely makes headlines."),
    ("p", "Continued on page 7", ),
], 2))

# ---- pages 5-6: scientist interview
P.append(("Interview", [
    ("kick", "THE SCIENCE"),
    ("h", "The eel detectives"),
    ("lead", "European eels have declined by more than 90 per cent since the 1980s. Freshwater ecologist "
             "Dr Hiroshi Nakamura tracks them with nothing more than a bottle of river water."),
    ("by", "Dr Hiroshi Nakamura in conversation with Maeve Collins"),
], [
    ("photo", 110, "Dr Hiroshi Nakamura filtering a water sample on the Tarrow. Photo by Rhodri Pugh"),
    ("q", "Q: How do you find an animal that hides in mud all day?"),
    ("p", "A: You stop looking for the animal and look for what it leaves behind. Every eel sheds cells and "
          "mucus into the water. If we filter a litre or two and sequence the DNA in it, we can tell whether "
          "eels have been upstream of that point in the last day or so. We call it environmental DNA, or eDNA."),
    ("q", "Q: And that works in a muddy lowland river?"),
    ("p", "A: Better than you might think. The hard part is not the chemistry but the sampling. Our volunteers "
          "collect the water, and they have become very good at it. They wear gloves, they change filters "
          "between sites, they never stand upstream of the bottle. Contamination is the enemy."),
    ("q", "Q: What have you found so far?"),
    ("p", "A: The encouraging news is that eels are still present in almost every tributary we have sampled, "
          "even some small ditches. The worrying news is that the signal drops sharply above weirs and pumping "
          "stations. The young eels, the elvers, simply cannot get past them. In one stream the eDNA disappears "
          "completely above an old mill weir."),
    ("q", "Q: So the problem is barriers rather than water quality?"),
    ("p", "A: Both matter, but barriers are the one we can fix quickly. An eel pass is often just a sloping "
          "channel lined with bristles, and it can cost less than a family car. We published our first results "
          "last autumn in a paper called \u201cEnvironmental DNA reveals barrier effects on Anguilla anguilla in "
          "lowland catchments\u201d, with my colleagues Ines Moreau and Daniel Osei."),
    ("pq", "\u201cContamination is the enemy.\u201d"),
    ("pqs", "Dr Hiroshi Nakamura"),
], 2))

P.append(("Interview", [("kick", "THE SCIENCE · THE EEL DETECTIVES")], [
    ("q", "Q: You grew up in Japan, where eels are a delicacy. Does that shape how you see them?"),
    ("p", "A: Very much. My grandfather ran a small restaurant in Hamamatsu, near Lake Hamana, which is famous "
          "for eel. When I was a child there were always baskets of them in the kitchen. By the time I was a "
          "student, the restaurant could hardly afford them. I have seen the decline from the table, you could "
          "say, and now from the river."),
    ("q", "Q: What can members do?"),
    ("p", "A: Three things. Join a sampling day; we train everyone, and it takes a morning. Tell us about weirs "
          "and culverts on your local stream; many are not on any map. And when your local authority plans a "
          "flood scheme, ask whether it includes fish and eel passage. That question alone changes designs."),
    ("q", "Q: Are you optimistic?"),
    ("p", "A: Cautiously. Eels are astonishingly tough. They cross an ocean twice in their lives. If we give "
          "them a way upstream, they will use it. The rivers have not forgotten them yet."),
    ("photo", 130, "A glass eel, about seven centimetres long, photographed at the Tarrow eel pass. Photo by Rhodri Pugh"),
    ("box", [
        ("sub", "Join a sampling day"),
        ("small", "eDNA sampling days run monthly from April to September on the Tarrow and the Wendle. "
                  "Book through the members' area of our website or call the office."),
    ]),
    ("box", [
        ("sub", "Further reading"),
        ("small", "Nakamura, H., Moreau, I. & Osei, D. (2025) \u201cEnvironmental DNA reveals barrier effects on "
                  "Anguilla anguilla in lowland catchments\u201d. Freshwater Futures 12: 88\u2013104."),
        ("small", "Haldane, R. & Sato, K. (2023) \u201cA volunteer protocol for eDNA sampling in small streams\u201d. "
                  "River Research Notes 7: 15\u201329."),
    ]),
], 2))

# ---- page 7: field report continued + volunteer voices
P.append(("Field report · Volunteer voices", [
    ("kick", "FIELD REPORT · CONTINUED FROM PAGE 4"),
], [
    ("p", "Gwen Alderton is unfazed by that. She has already booked a hall for the first meeting with farmers in "
          "April. \u201cThe marsh taught us to be stubborn,\u201d she said. \u201cWe might as well put it to use.\u201d"),
    ("p", "As for the bittern, it boomed again this spring, three times before eight o'clock on the morning we "
          "visited. Nobody counted it as a victory lap. But nobody minded hearing it, either."),
    ("sign", "Tomás Ó Briain is the Trust's campaigns manager; Freya Lindqvist coordinates our wetland volunteers."),
    ("kick", "VOLUNTEER VOICES"),
    ("h2", "Why I pull balsam"),
    ("p", "Every July I spend three Saturdays up to my knees in the Tarrow pulling Himalayan balsam. It is "
          "oddly satisfying: the stems snap cleanly, the roots come out with a tug, and by lunchtime there is a "
          "heap taller than me. Last year our group cleared two kilometres of bank, and this spring the native "
          "plants came back."),
    ("by", "Contributed by Priya Venkatesh, Tarrow Valley group"),
    ("h2", "Learning the birds"),
    ("p", "I moved here from Gdańsk four years ago and did not know the English names of any birds. Joining the "
          "winter bird count on the Wendle was my way to learn the language as well as the marsh. Now I can tell "
          "a reed bunting from a house sparrow at fifty metres, and my colleagues ask me for help."),
    ("sign", "\u2014 Jakub Wiśniewski"),
    ("h2", "The litter pickers of Mill Lane"),
    ("p", "We started as four neighbours with bin bags. Now there are nineteen of us and we have our own "
          "grabbers, hi-vis vests and a WhatsApp group. The strangest find so far was a shopping trolley with a "
          "duck's nest in it. We left that one until the ducklings had gone."),
    ("by", "Niamh Gallagher & Chidi Okafor"),
], 3))

# ---- page 8: policy explainer
P.append(("Policy", [
    ("kick", "EXPLAINER"),
    ("h", "What the Water Bill really says"),
    ("lead", "The government's Water Bill promises cleaner rivers. We read all 140 pages so you don't have to."),
    ("by", "ELEANOR FINCH"),
], [
    ("p", "The Bill does three main things. It gives the regulator new powers to fine water companies for "
          "sewage spills, it requires continuous monitoring of water quality at storm overflows, and it creates a "
          "new duty for companies to publish improvement plans for each river catchment they serve."),
    ("p", "On paper that is a real step forward. The trouble lies in the detail. The monitoring duty applies "
          "only to overflows that spill more than sixty times a year, which excludes most of the smaller outfalls "
          "on streams like the Tarrow. And the fines go to the Treasury rather than to river restoration."),
    ("p", "Ministers defend the threshold as a matter of priorities. \u201cWe are starting where the problem is "
          "worst,\u201d the environment minister, Catherine Doyle, told the House during the second reading. "
          "\u201cThe threshold can be lowered once the monitoring network is in place.\u201d"),
    ("pq", "\u201cA river does not care which outfall the sewage came from.\u201d"),
    ("pqs", "Dr Sunita Rao, Chair, Environmental Audit Committee"),
    ("p", "Not everyone in Parliament is convinced. The chair of the cross-party Environmental Audit Committee, "
          "Dr Sunita Rao, has called for the threshold to be removed altogether. \u201cA river does not care which "
          "outfall the sewage came from,\u201d she said at the committee's hearing in March. She added that the "
          "committee would table an amendment."),
    ("p", "The regulator itself has been careful. Its chief executive, Alistair Brennan-Moore, wrote in a letter "
          "to the committee that the agency would \u201cneed significant additional resources\u201d to enforce the new "
          "duties. The Bill does not say where those resources will come from."),
    ("sub", "What you can do"),
    ("p", "The Bill reaches committee stage in May. Write to your MP and ask them to support removing the spill "
          "threshold and ring-fencing fines for river restoration. Our briefing, \u201cClean Water, Clear Rules\u201d, "
          "has a template and the key facts. You can also add your name to our \u201cRivers Deserve Better\u201d "
          "petition, which already has 48,000 signatures."),
    ("box", [
        ("sub", "Jargon buster"),
        ("small", "Storm overflow: a pipe that releases diluted sewage into a river when treatment works are overloaded."),
        ("small", "Catchment: all the land that drains into one river."),
        ("small", "Committee stage: line-by-line scrutiny of a bill in Parliament."),
    ]),
    ("sign", "Eleanor Finch is the Trust's head of policy."),
], 3))

# ---- page 9: reviews
P.append(("Reviews", [
    ("kick", "REVIEWS"),
    ("h", "On the bookshelf"),
], [
    ("h2", "\u201cThe Otter's Year\u201d by Bronwen Hale"),
    ("p", "Hale spent twelve months following a single otter family along a Welsh river, and the result is "
          "gentle, precise and never sentimental. Her descriptions of night-time fieldwork are the best I have read. "
          "If the final chapter on road deaths is hard going, it is meant to be."),
    ("sign", "Reviewed by Lotte Janssen"),
    ("h2", "\u201cDrained\u201d by Marcus Whitlow"),
    ("p", "A brisk history of how England lost nine-tenths of its wetlands, told through the engineers, landowners "
          "and commissioners who did the draining. Whitlow is good on the economics and surprisingly sympathetic to "
          "his villains. The maps alone are worth the price."),
    ("sign", "Reviewed by Samir Haddad"),
    ("photo", 90, "Art credit: Yuki Morimoto"),
    ("h2", "\u201cSmall Waters\u201d edited by Clare Dunphy"),
    ("p", "An anthology of essays on ponds, ditches and springs by writers who clearly love the overlooked. "
          "The standout piece is about a cattle trough in Cumbria that turns out to hold four species of "
          "water beetle. Uneven, as anthologies are, but full of small delights."),
    ("sign", "Reviewed by Lotte Janssen"),
    ("h2", "Also out this season"),
    ("p", "A field guide to freshwater invertebrates, \u201cLife Under the Stone\u201d, aimed at school groups, and a "
          "reissue of the 1970s classic \u201cThe River Keeper's Notebook\u201d with a new foreword."),
], 3))

# ---- page 10: letters
P.append(("Letters", [
    ("kick", "YOUR LETTERS"),
    ("h", "Letters"),
    ("lead", "Write to the editor at the address on page 11. Letters may be shortened."),
], [
    ("h2", "Star letter: Bring back the water voles"),
    ("p", "Your winter issue mentioned that water voles have returned to the upper Tarrow after mink control. I "
          "have lived beside that stretch for forty years and last October saw one swimming across below the "
          "footbridge for the first time since my children were small. Thank you to everyone who checks the rafts."),
    ("sign", "Dorothy Plaskett, Hexley"),
    ("h2", "Too many glossy pages?"),
    ("p", "I enjoy the magazine, but could it be printed on uncoated recycled paper? A conservation charity "
          "should set an example, even if the photographs look a little less bright."),
    ("sign", "Ravi Chandrasekhar, Oldbury"),
    ("p", "<i>Editor's reply: From this issue, Wildwater is printed on 100 per cent recycled paper. We hope you "
          "agree the photographs survived.</i>"),
    ("h2", "Eels in the garden pond"),
    ("p", "After reading about eDNA I wondered whether the pond at our primary school could be tested. The "
          "children are convinced there is a monster in it. Is this something your volunteers could help with?"),
    ("sign", "Fiona MacLeod, Wendleford Primary School"),
    ("h2", "A word for the farmers"),
    ("p", "As a dairy farmer on the Wendle I was glad to read that the next phase of the campaign will involve "
          "farmers. Most of us want clean rivers too. We just need practical help, not lectures."),
    ("sign", "Gareth Pryce, Upper Wendle"),
    ("h2", "Memories of the Long Pool"),
    ("p", "Margaret Ellery's memory of skating in 1947 brought back my own. My father took me there in 1963, "
          "the other great frozen winter. I am delighted the pool will survive."),
    ("sign", "Bernard O'Sullivan, by email"),
], 3))

# ---- page 11: masthead
P.append(("Who we are", [
    ("kick", "MASTHEAD"),
    ("h", "Wildwater"),
    ("lead", "Issue 58, Spring 2026. Published four times a year by the Riverlands Trust for its members."),
], [
    ("sub", "Editor"),
    ("small", "Maeve Collins"),
    ("sub", "Deputy Editor"),
    ("small", "Oliver Ashworth"),
    ("sub", "Art Director"),
    ("small", "Sanne de Vries"),
    ("sub", "Sub-editor"),
    ("small", "Kwame Mensah"),
    ("sub", "Picture Editor"),
    ("small", "Ayesha Siddiqui"),
    ("sub", "Picture credits"),
    ("small", "Cover, pp. 3\u20134: Siobhan Kearney"),
    ("small", "pp. 2, 5\u20136: Rhodri Pugh"),
    ("small", "p. 9: Yuki Morimoto"),
    ("sub", "The Riverlands Trust"),
    ("small", "Director: Anjali Raman<br/>Chair of Trustees: Professor Helen Carrow<br/>Registered charity no. 000000"),
    ("sub", "Contact"),
    ("small", "Wildwater, The Riverlands Trust, The Old Pumphouse, Mill Lane, Wendleford<br/>"
              "editor@riverlandstrust.example"),
    ("p", "Views expressed by contributors are not necessarily those of the Trust. Printed on 100 per cent "
          "recycled paper with vegetable-based inks. No part of this magazine may be reproduced without "
          "permission. Membership enquiries: members@riverlandstrust.example."),
    ("box", [
        ("sub", "Join us"),
        ("small", "Membership starts at \u00a33 a month. Gift memberships are available."),
    ]),
], 2))


def main():
    c = canvas.Canvas(OUT, pagesize=A4)
    c.setTitle("Wildwater 58, Spring 2026")
    c.setAuthor("The Riverlands Trust")
    cover(c)
    for i, (head, top, body, nc) in enumerate(P):
        layout(c, i + 2, head, top, body, nc)
    c.save()
    print("wrote", OUT, len(P) + 1, "pages")


if __name__ == "__main__":
    main()
