#!/usr/bin/env python3
"""Generator for the blind test newsletter 'The Larder Line', Spring 2026
(fictional Hollowbrook Food Co-operative). Self-contained, deterministic.
Run with /work/writer-venv/bin/python.
"""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.platypus import Paragraph, Frame, Spacer, Table, TableStyle, KeepTogether
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_CENTER, TA_RIGHT

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "food-coop-newsletter-2026-en.pdf")
FD = "/usr/share/fonts/truetype/dejavu/"
for n, f in [("Serif", "DejaVuSerif"), ("Serif-B", "DejaVuSerif-Bold"), ("Serif-I", "DejaVuSerif-Italic"),
             ("Serif-BI", "DejaVuSerif-BoldItalic"), ("SerifC", "DejaVuSerifCondensed"),
             ("SerifC-B", "DejaVuSerifCondensed-Bold"), ("SerifC-I", "DejaVuSerifCondensed-Italic"),
             ("Sans", "DejaVuSans"), ("Sans-B", "DejaVuSans-Bold"), ("Sans-I", "DejaVuSans-Oblique"),
             ("Cond", "DejaVuSansCondensed"), ("Cond-B", "DejaVuSansCondensed-Bold"),
             ("Cond-I", "DejaVuSansCondensed-Oblique")]:
    pdfmetrics.registerFont(TTFont(n, FD + f + ".ttf"))
registerFontFamily("SerifC", normal="SerifC", bold="SerifC-B", italic="SerifC-I", boldItalic="SerifC-B")
registerFontFamily("Serif", normal="Serif", bold="Serif-B", italic="Serif-I", boldItalic="Serif-BI")
registerFontFamily("Cond", normal="Cond", bold="Cond-B", italic="Cond-I", boldItalic="Cond-B")

W, H = A4
M = 15 * mm
RUST = colors.HexColor("#b5532a")
OLIVE = colors.HexColor("#5b6b2f")
CREAM = colors.HexColor("#f6efe0")
GREY = colors.HexColor("#c2c2c2")
INK = colors.HexColor("#222222")

S = {}
S["body"] = ParagraphStyle("body", fontName="SerifC", fontSize=9.4, leading=12.6, alignment=TA_LEFT, spaceAfter=4, textColor=INK)
S["lead"] = ParagraphStyle("lead", fontName="SerifC-I", fontSize=11.5, leading=15, spaceAfter=6, textColor=colors.HexColor("#444444"))
S["h1"] = ParagraphStyle("h1", fontName="Serif-B", fontSize=23, leading=27, spaceAfter=5, textColor=RUST)
S["h2"] = ParagraphStyle("h2", fontName="Serif-B", fontSize=14, leading=17, spaceAfter=3, spaceBefore=3, textColor=OLIVE)
S["h3"] = ParagraphStyle("h3", fontName="Cond-B", fontSize=9.5, leading=12, spaceAfter=2, spaceBefore=5, textColor=RUST, keepWithNext=1)
S["kicker"] = ParagraphStyle("kicker", fontName="Cond-B", fontSize=8.5, leading=10, textColor=OLIVE, spaceAfter=3)
S["byline"] = ParagraphStyle("byline", fontName="Cond-B", fontSize=8.5, leading=11, spaceAfter=6, textColor=colors.HexColor("#555555"))
S["signoff"] = ParagraphStyle("signoff", fontName="SerifC-I", fontSize=9.4, leading=12.5, spaceBefore=2, spaceAfter=2)
S["cap"] = ParagraphStyle("cap", fontName="Cond-I", fontSize=7.5, leading=9.5, textColor=colors.HexColor("#444444"))
S["pull"] = ParagraphStyle("pull", fontName="Serif-B", fontSize=16, leading=20, textColor=RUST, alignment=TA_CENTER, spaceBefore=4, spaceAfter=3)
S["pullwho"] = ParagraphStyle("pullwho", fontName="Cond", fontSize=8.5, leading=11, alignment=TA_CENTER, spaceAfter=6)
S["box"] = ParagraphStyle("box", fontName="Cond", fontSize=8.6, leading=11.2, spaceAfter=2)
S["boxh"] = ParagraphStyle("boxh", fontName="Serif-B", fontSize=11, leading=13.5, spaceAfter=3, textColor=OLIVE)
S["small"] = ParagraphStyle("small", fontName="Cond", fontSize=8, leading=10, spaceAfter=2)
S["ing"] = ParagraphStyle("ing", fontName="Cond", fontSize=8.6, leading=11, leftIndent=6, spaceAfter=0)
S["q"] = ParagraphStyle("q", fontName="Cond-B", fontSize=9, leading=12, spaceBefore=4, spaceAfter=1, textColor=RUST)
S["a"] = ParagraphStyle("a", parent=S["body"])
S["role"] = ParagraphStyle("role", fontName="Cond", fontSize=7.5, leading=9, textColor=colors.HexColor("#777777"), spaceBefore=4)
S["name"] = ParagraphStyle("name", fontName="Serif-B", fontSize=10, leading=12.5, spaceAfter=1)


def P(text, st="body"):
    return Paragraph(text, S[st])


class Mag:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=A4, invariant=1)
        self.c.setTitle("The Larder Line - Spring 2026")
        self.c.setAuthor("Hollowbrook Food Co-operative")
        self.n = 0

    def page(self, section=None, cover=False):
        if self.n:
            self.c.showPage()
        self.n += 1
        c = self.c
        c.setFillColor(CREAM)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillColor(INK)
        if not cover:
            c.setStrokeColor(RUST)
            c.setLineWidth(1.2)
            c.line(M, H - 12 * mm, W - M, H - 12 * mm)
            c.setFont("Serif-I", 8.5)
            c.setFillColor(RUST)
            c.drawString(M, H - 10 * mm, "The Larder Line  ·  Spring 2026")
            if section:
                c.setFont("Cond-B", 8.5)
                c.drawRightString(W - M, H - 10 * mm, section.upper())
            c.setFillColor(INK)
            c.setLineWidth(0.4)
            c.line(M, 12 * mm, W - M, 12 * mm)
            c.setFont("Serif-B", 9)
            c.drawCentredString(W / 2, 7 * mm, "– %d –" % self.n)
            c.setFont("Cond", 7)
            c.drawString(M, 7 * mm, "Hollowbrook Food Co-operative Ltd")
            c.drawRightString(W - M, 7 * mm, "Food for people, not for profit")

    def flow(self, x, ytop, w, h, ncols, items, gap=6 * mm, name=""):
        colw = (w - gap * (ncols - 1)) / ncols
        items = list(items)
        # keep a subheading together with the start of its paragraph (no orphaned heads)
        merged = []
        i = 0
        while i < len(items):
            it = items[i]
            if (isinstance(it, Paragraph) and it.style.name == "h3" and i + 1 < len(items)
                    and isinstance(items[i + 1], Paragraph)):
                hs = it.style
                nxt = items[i + 1]
                merged.append(Spacer(1, hs.spaceBefore))
                merged.append(Paragraph('<font name="%s" size="%s" color="%s">%s</font><br/>%s' % (
                    hs.fontName, hs.fontSize, hs.textColor.hexval().replace("0x", "#"), it.text, nxt.text),
                    nxt.style))
                i += 2
            else:
                merged.append(it)
                i += 1
        items = merged
        for i in range(ncols):
            f = Frame(x + i * (colw + gap), ytop - h, colw, h, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0, showBoundary=0)
            f.addFromList(items, self.c)
            if not items:
                break
        if items:
            raise SystemExit("OVERFLOW on page %d (%s): %s" % (self.n, name, str(items[0])[:200]))

    def photo(self, x, ytop, w, h, caption=None, label="photo"):
        c = self.c
        c.setFillColor(GREY)
        c.rect(x, ytop - h, w, h, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#8f8f8f"))
        c.setFont("Cond", 7)
        c.drawCentredString(x + w / 2, ytop - h / 2, "[%s]" % label)
        c.setFillColor(INK)
        used = h
        if caption:
            p = Paragraph(caption, S["cap"])
            pw, ph = p.wrap(w, 100)
            p.drawOn(c, x, ytop - h - 2 - ph)
            used += ph + 4
        return ytop - used - 3 * mm

    def box(self, x, ytop, w, h, items, fill=colors.white, stroke=OLIVE, name="box"):
        c = self.c
        c.setFillColor(fill)
        c.setStrokeColor(stroke)
        c.setLineWidth(0.8)
        c.rect(x, ytop - h, w, h, stroke=1, fill=1)
        c.setFillColor(INK)
        self.flow(x + 3.5 * mm, ytop - 3.5 * mm, w - 7 * mm, h - 7 * mm, 1, items, name=name)

    def title(self, x, ytop, w, items):
        y = ytop
        for it in items:
            iw, ih = it.wrap(w, 1000)
            sb = getattr(it.style, "spaceBefore", 0) if hasattr(it, "style") else 0
            sa = getattr(it.style, "spaceAfter", 0) if hasattr(it, "style") else 0
            y -= sb
            it.drawOn(self.c, x, y - ih)
            y -= ih + sa
        return y

    def rule(self, x, y, w, col=RUST, lw=0.8):
        self.c.setStrokeColor(col)
        self.c.setLineWidth(lw)
        self.c.line(x, y, x + w, y)

    def save(self):
        self.c.showPage()
        self.c.save()


TOP = H - 18 * mm
BOT = 17 * mm
CW = W - 2 * M


def build():
    m = Mag(OUT)
    c = m.c

    # ------------------------------------------------------------ 1 cover
    m.page(cover=True)
    c.setFillColor(RUST)
    c.rect(0, H - 58 * mm, W, 58 * mm, stroke=0, fill=1)
    c.setFillColor(CREAM)
    c.setFont("Serif-B", 44)
    c.drawString(M, H - 30 * mm, "The Larder Line")
    c.setFont("Serif-I", 11)
    c.drawString(M, H - 40 * mm, "The quarterly newsletter of Hollowbrook Food Co-operative")
    c.setFont("Cond-B", 10)
    c.drawString(M, H - 50 * mm, "ISSUE 47  ·  SPRING 2026")
    c.drawRightString(W - M, H - 50 * mm, "FREE TO MEMBERS · PLEASE RECYCLE")
    m.photo(M, H - 66 * mm, CW, 140 * mm, None, label="cover photo: apple blossom at Kilbride Lane")
    c.setFont("Cond-I", 7.5)
    c.setFillColor(INK)
    c.drawRightString(W - M, H - 210 * mm, "Cover photograph © Kenji Watanabe")
    c.setFillColor(OLIVE)
    c.setFont("Serif-B", 17)
    c.drawString(M, H - 222 * mm, "Blossom, cider and a very old press")
    c.setFillColor(INK)
    c.setFont("Serif-I", 11)
    c.drawString(M, H - 230 * mm, "We visit the family orchard that fills our juice shelf  –  page 3")
    m.flow(M, H - 240 * mm, CW, 40 * mm, 3, [
        P("ALSO INSIDE", "kicker"),
        P("The board on prices, the AGM and the new chiller", "box"),
        P("RECIPES", "kicker"),
        P("Parsnip and ginger soup; tadka dal with spring greens", "box"),
        P("VOLUNTEERS", "kicker"),
        P("Five minutes with our longest-serving till volunteer", "box"),
    ], name="teasers")

    # ------------------------------------------------------------ 2 editor + contents + shop news
    m.page("From the editor")
    left = CW * 0.6
    y = m.title(M, TOP, left, [P("Letter from the editor", "h1")])
    m.flow(M, y, left, y - BOT - 70 * mm, 1, [
        P("Dear members,"),
        P("Spring arrives at the co-op in crates. First the forced rhubarb, pink and absurd, then the "
          "purple sprouting broccoli, then the wild garlic that somebody always forages on a Sunday and "
          "brings in wrapped in a damp tea towel. By the time this issue reaches you, the first of the "
          "English asparagus should be on the veg stand, and we will once again be arguing about "
          "whether it is worth the price. (It is. Once a year.)"),
        P("This issue has a slightly orchard-shaped heart. Our producer profile takes us out to Kilbride "
          "Lane, where the family who make our apple juice have been pressing fruit on the same "
          "hand-built press since before most of us were born. Siobhán went with a notebook and Kenji "
          "with a camera, and both came back with a bottle of something they were not allowed to "
          "describe in print."),
        P("You will also find the board’s report on the spring price review, two recipes from members’ "
          "own kitchens, and a new column from the allotments. As always, the letters page is yours: "
          "please keep writing, even when you are cross with us. Especially then."),
        P("With warm regards,", "signoff"),
        P("Róisín Delaney<br/>Editor", "signoff"),
    ], name="ed")
    # shop news box bottom-left
    m.box(M, BOT + 64 * mm, left, 64 * mm, [
        P("Shop news: the new chiller is in", "boxh"),
        P("After three months of wheezing, the old dairy chiller finally gave up in February. Its "
          "replacement uses a natural refrigerant and about forty per cent less electricity. Thank you to "
          "everyone who put up with the cool boxes by the door while we waited for delivery. We are also "
          "trialling later opening on Thursdays, until 8pm, for the whole of April and May. Tell us on "
          "the counter slips whether you use it.", "box"),
        P("Contributed by Harjit Sandhu, Shop Manager", "byline"),
    ], name="shop")
    xr = M + left + 8 * mm
    wr = CW - left - 8 * mm
    m.box(xr, TOP, wr, TOP - BOT, [
        P("Inside this issue", "boxh"),
        P("<b>3</b>  Apples, patience and a very old press<br/><i>Siobhán Gallagher</i>", "box"),
        Spacer(1, 3),
        P("<b>5</b>  From the board: prices, the AGM and what comes next<br/><i>Olumide Adebayo</i>", "box"),
        Spacer(1, 3),
        P("<b>6</b>  Members’ kitchen<br/><i>Margaret Hollis, Arjun Mehta</i>", "box"),
        Spacer(1, 3),
        P("<b>7</b>  Why I stack shelves on Tuesdays<br/><i>Agnieszka Nowak</i>", "box"),
        Spacer(1, 3),
        P("<b>8</b>  Notes from the bulk aisle; From the allotments", "box"),
        Spacer(1, 3),
        P("<b>9</b>  Five minutes with … ; Your letters", "box"),
        Spacer(1, 3),
        P("<b>10</b>  Who makes The Larder Line; Diary", "box"),
        Spacer(1, 10),
        P("Our principles", "boxh"),
        P("Hollowbrook is owned by its 1,140 members. We buy from small and local producers first, pay "
          "them fairly and on time, and keep our mark-up the same on everything, from lentils to "
          "lobster mushrooms. Surpluses go back to members or into the community fund.", "box"),
        Spacer(1, 6),
        P("Our motto, painted above the tills since 1984, is “Food for people, not for profit”.", "box"),
    ], fill=colors.white, name="toc")

    # ------------------------------------------------------------ 3 producer profile 1
    m.page("Producer profile")
    y = m.title(M, TOP, CW, [
        P("PRODUCER PROFILE · KILBRIDE LANE ORCHARD", "kicker"),
        P("Apples, patience and a very old press", "h1"),
        P("For thirty-one years the Fitzgerald-Solberg family have grown, picked and pressed the apples "
          "that end up in our juice fridge. We spent a blossom-heavy morning with them.", "lead"),
        P("Words by Siobhán Gallagher  ·  Photos by Kenji Watanabe", "byline"),
    ])
    m.rule(M, y + 2 * mm, CW)
    yp = m.photo(M, y - 2 * mm, CW * 0.56, 82 * mm,
                 "Declan Fitzgerald among the Bramley trees planted by his father in 1968.")
    m.flow(M, yp, CW * 0.56, yp - BOT, 1, [
        P("Kilbride Lane is one of those roads that your satnav gives up on. It runs between two "
          "hedges so high and so old that the lane feels like a green tunnel, and it ends at a gate "
          "held shut by a loop of baler twine. Behind the gate are eleven acres of apple trees, a "
          "corrugated barn, a caravan that serves as the office, and a sheepdog called Bramble who "
          "greets every visitor as though they were expected."),
        P("Declan Fitzgerald comes out of the barn wiping his hands on his jeans. He is sixty-two, tall "
          "and slightly stooped, with the habit of looking up at the sky in the middle of a sentence. "
          "“People think an orchard is a crop,” he says. “It isn’t. It’s a relationship. Some of these "
          "trees are older than me, and they still have opinions.”"),
    ], name="prof1a")
    xr = M + CW * 0.56 + 6 * mm
    wr = CW * 0.44 - 6 * mm
    m.flow(xr, y - 2 * mm, wr, y - 2 * mm - BOT, 1, [
        P("The orchard was planted by Declan’s father, a dairy farmer who decided in the late sixties "
          "that cows were too much trouble. Of the original trees, about a third survive: Bramleys, "
          "Cox’s Orange Pippins, and a row of Irish Peach that Declan calls his “difficult children”. "
          "The rest have been replaced over the years with varieties that suit a wet, windy valley."),
        P("His partner, Ingrid Solberg, arrived in 1994 on a working holiday from Bergen and never went "
          "home. She runs the business side and, since 2009, the pressing. Her first job at Kilbride "
          "Lane was pruning in February, in sleet. “I thought he was testing me,” she says, laughing. "
          "“Then I realised this is just what February is like here.”"),
        P("Today the orchard produces between forty and sixty tonnes of fruit a year, depending on the "
          "weather and, increasingly, on the frosts that arrive after blossom. About half is sold as "
          "eating and cooking apples. The rest goes through the press in the barn and into the "
          "bottles of cloudy juice that members will know from our chiller: Bramley and Cox, Cox on "
          "its own, and a sharp, pale blend labelled simply “Kilbride”."),
        P("Continued on page 4", "byline"),
    ], name="prof1b")

    # ------------------------------------------------------------ 4 producer profile 2
    m.page("Producer profile")
    m.flow(M, TOP, CW * 0.62, 142 * mm, 2, [
        P("The press", "h3"),
        P("The press deserves its own article. It is a rack-and-cloth press, built in 1979 by a "
          "neighbour out of an old hay trailer, a hydraulic jack and a great deal of oak. Apples are "
          "milled into pulp, wrapped in cloths, stacked in layers between slatted boards, and squeezed "
          "until the juice runs down a steel tray into a tank. It is slow, loud and messy, and it "
          "produces juice that tastes noticeably different from anything made on a modern belt press."),
        P("“Everyone tells us to upgrade,” Ingrid says. “The salesmen come every autumn with their "
          "brochures. And every autumn we do a taste test, and every autumn the old press wins.” She "
          "shrugs. The juice is pasteurised in small batches in a water bath, bottled by hand and "
          "labelled by whoever happens to be in the barn, including, on the morning of our visit, "
          "their grandson Finn, who is nine."),
        P("Frost and bees", "h3"),
        P("What worries them most is not the press, or the price of glass, or even the supermarkets. "
          "It is the weather. Three of the last six springs brought a hard frost in late April, just "
          "as the blossom was setting. In 2023 they lost nearly two-thirds of the Cox crop in a single "
          "night. Declan now keeps a thermometer by the bed and an alarm set for two degrees."),
        P("“When it goes off, we light the candles,” he says, meaning the paraffin burners they place "
          "between the rows. “It’s beautiful, actually. Hundreds of little flames in the dark. You "
          "stand there at four in the morning and you think, this is either mad or the best job in "
          "the world.”"),
        P("They also keep bees: twelve hives at the bottom of the orchard, looked after by a friend "
          "from the village, Padraig Hanlon, in exchange for the honey. The bees were not part of a "
          "plan. A swarm settled in a hollow Bramley in 2015 and nobody had the heart to move it."),
    ], name="prof2")
    m.photo(M, BOT + 112 * mm, CW * 0.30, 96 * mm, "Ingrid Solberg at the rack-and-cloth press.")
    m.photo(M + CW * 0.32, BOT + 112 * mm, CW * 0.30, 96 * mm, "Bottling in the barn: Finn, nine, on labels.")
    xr = M + CW * 0.66
    wr = CW * 0.34
    m.rule(xr, TOP, wr, OLIVE, 2)
    m.flow(xr, TOP - 6 * mm, wr, 80 * mm, 1, [
        P("“This is either mad or the best job in the world.”", "pull"),
        P("Declan Fitzgerald<br/>orchard owner, Kilbride Lane", "pullwho"),
    ], name="pull")
    m.rule(xr, TOP - 64 * mm, wr, OLIVE, 2)
    m.photo(xr, BOT + 58 * mm, wr, 50 * mm, "Bramble, head of security.")
    m.box(xr, TOP - 72 * mm, wr, TOP - 72 * mm - BOT - 70 * mm, [
        P("Kilbride Lane at a glance", "boxh"),
        P("<b>Size:</b> 11 acres, about 1,900 trees", "box"),
        P("<b>Varieties:</b> 14, including Bramley, Cox’s Orange Pippin, Irish Peach, Katy, Discovery "
          "and Ashmead’s Kernel", "box"),
        P("<b>At the co-op since:</b> 1995", "box"),
        P("<b>What we stock:</b> three juices in 75cl glass (bottle deposit 20p), eating apples from "
          "August to January, Bramleys until they run out", "box"),
        P("<b>Open days:</b> blossom Sunday in May and pressing weekend in October, members welcome", "box"),
        Spacer(1, 6),
        P("All photographs in this feature: Kenji Watanabe", "cap"),
    ], name="glance")
    c.setFont("Cond-B", 8.5)
    c.setFillColor(RUST)
    c.drawString(M, BOT + 1 * mm, "Continued on page 7 →")
    c.setFillColor(INK)

    # ------------------------------------------------------------ 5 board report
    m.page("Board report")
    y = m.title(M, TOP, CW, [
        P("GOVERNANCE", "kicker"),
        P("From the board: prices, the AGM and what comes next", "h1"),
    ])
    m.flow(M, y, CW * 0.64, y - BOT, 2, [
        P("Dear fellow members,"),
        P("Thank you to the 212 of you who came to the Annual General Meeting in the church hall on "
          "the eighth of February, and to the many more who voted by post. It was our best-attended "
          "meeting in a decade, which I choose to interpret as enthusiasm rather than alarm."),
        P("The main item was the spring price review. As you know, the co-op applies a single mark-up "
          "to everything we sell, so that nobody’s weekly shop subsidises anybody else’s luxuries. For "
          "the last four years that mark-up has been 24 per cent. Rising energy costs, the new chiller "
          "and the end of our rate relief mean that, on the current figures, we would make a loss of "
          "around £18,000 this year."),
        P("The board proposed raising the mark-up to 26 per cent. After a long and, at times, lively "
          "discussion, the meeting agreed to 25.5 per cent, combined with a six-month trial of a "
          "reduced “solidarity” mark-up for members on low incomes, funded from the community fund. "
          "One member summed up the mood of the room well. “I would rather pay a bit more here than "
          "watch this place close and shop at the bypass,” said Gwen Pritchard, who has been a member "
          "since the co-op opened."),
        P("Other decisions", "h3"),
        P("Members re-elected Beatrice Nwosu as Treasurer and elected two new directors, Oisín Kearney "
          "and Lakshmi Iyer. We said goodbye to Gordon Baxter, who stepped down after nine years on the "
          "board, and thanked him warmly for his patience with our spreadsheets. The meeting also "
          "approved the new rules on volunteer discounts described in the winter issue."),
        P("A motion to stop selling bottled water was narrowly defeated, and the board has agreed to "
          "bring back a revised proposal, including a refill station, in the autumn."),
        P("Looking ahead", "h3"),
        P("This year the board will focus on three things: keeping prices fair, finishing the "
          "accessibility work at the back entrance, and looking seriously at a second, smaller shop "
          "on the Riverside estate. We will not rush that last one. “A co-op grows at the speed of "
          "trust,” as our founding chair, the late Dorothy Ambrose, used to say, and I think she was "
          "right."),
        P("As ever, board minutes are pinned up by the tills and posted on the website. You are welcome "
          "to attend any board meeting as an observer."),
        P("Yours,", "signoff"),
        P("Olumide Adebayo<br/>Chair, on behalf of the Board", "signoff"),
    ], name="board")
    xr = M + CW * 0.67
    wr = CW * 0.33
    yp = m.photo(xr, y, wr, 50 * mm,
                 "Counting the postal votes after the AGM. © Sunita Rao")
    m.box(xr, yp, wr, yp - BOT, [
        P("Treasurer’s note", "boxh"),
        P("Turnover for the year to December was £1.46 million, up 3 per cent. Our gross margin fell "
          "slightly, mainly because of energy and wage costs. We paid every producer within 21 days, "
          "as we promise to.", "box"),
        P("Share capital stands at £212,400. If you would like to top up your share, or help fund the "
          "Riverside feasibility study, please ask at the till.", "box"),
        P("The full accounts are available on request, and copies are on the noticeboard.", "box"),
        Spacer(1, 3),
        P("Beatrice Nwosu, Treasurer", "signoff"),
    ], name="treas")

    # ------------------------------------------------------------ 6 recipes
    m.page("Members' kitchen")
    y = m.title(M, TOP, CW, [
        P("MEMBERS’ KITCHEN", "kicker"),
        P("Two bowls for a cold spring", "h1"),
        P("Recipes sent in by members, tested by the editorial team, and cooked with ingredients from "
          "the shelves.", "lead"),
    ])
    half = (CW - 8 * mm) / 2
    # recipe 1
    y1 = m.title(M, y, half, [
        P("Parsnip and ginger soup", "h2"),
        P("from Margaret Hollis", "byline"),
    ])
    m.flow(M, y1, half, y1 - BOT - 58 * mm, 1, [
        P("“My mother made this every March when the last parsnips in the clamp had gone woody,” "
          "Margaret writes. “The ginger hides a multitude of sins.” Serves four."),
        P("4 large parsnips, peeled and chopped", "ing"),
        P("1 onion, 2 garlic cloves", "ing"),
        P("a thumb of fresh ginger, grated", "ing"),
        P("1 litre vegetable stock", "ing"),
        P("a splash of Kilbride Bramley juice", "ing"),
        P("butter or oil, salt, pepper, a little cream", "ing"),
        Spacer(1, 5),
        P("Soften the onion in butter for ten minutes, add the garlic and ginger and cook for two more. "
          "Add the parsnips and stir until coated, then pour in the stock and simmer for twenty-five "
          "minutes, until the parsnips are very soft. Blend until smooth, add the apple juice, season "
          "and thin with water if needed. Swirl in a little cream before serving."),
        P("Margaret has been a member since 1991 and still shops on Saturday mornings, when the bread "
          "arrives.", "small"),
    ], name="r1")
    # recipe 2
    x2 = M + half + 8 * mm
    y2 = m.title(x2, y, half, [
        P("Tadka dal with spring greens", "h2"),
        P("Recipe: Arjun Mehta", "byline"),
    ])
    m.flow(x2, y2, half, y2 - BOT - 58 * mm, 1, [
        P("Arjun learned this from his grandmother in Pune and has adapted it to whatever is green in "
          "the co-op. He says it works just as well with chard or kale. Serves four generously."),
        P("250g split red lentils (bulk aisle)", "ing"),
        P("1 tsp turmeric, salt", "ing"),
        P("a large bunch of spring greens, shredded", "ing"),
        P("for the tadka: 2 tbsp ghee or oil, 1 tsp cumin seeds, 1 tsp mustard seeds, 2 dried chillies, "
          "3 garlic cloves, sliced", "ing"),
        P("lemon, fresh coriander", "ing"),
        Spacer(1, 5),
        P("Rinse the lentils and simmer in a litre of water with the turmeric for about twenty minutes, "
          "skimming as you go. Stir in the greens for the last five minutes and season. For the tadka, "
          "heat the ghee until very hot, add the seeds and let them pop, then the chillies and garlic "
          "until golden. Pour the sizzling tadka over the dal, squeeze in lemon and scatter with "
          "coriander."),
    ], name="r2")
    c.setFillColor(colors.HexColor("#e3dcc8"))
    c.rect(M, BOT, CW, 50 * mm, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#8f8a78"))
    c.setFont("Cond", 7)
    c.drawCentredString(W / 2, BOT + 25 * mm, "[drawing: soup pot, lentils, ginger root, spring greens]")
    c.setFillColor(INK)
    c.setFont("Cond-I", 7.5)
    c.drawRightString(W - M, BOT + 52 * mm, "Illustration: Elodie Marchand")

    # ------------------------------------------------------------ 7 profile continued + volunteer piece
    m.page("Producer profile · Members write")
    y = m.title(M, TOP, CW, [
        P("Apples, patience and a very old press", "h2"),
        P("Continued from page 4", "byline"),
    ])
    m.flow(M, y, CW, 74 * mm, 2, [
        P("Hollowbrook has bought from Kilbride Lane since 1995, when Ingrid turned up at the old shop "
          "with a crate of Discovery apples in the boot of a Volvo. Tom Pettigrew, who was doing the "
          "buying in those days, remembers it well. “She put an apple on the counter, cut it in half "
          "with a penknife and said: taste that and tell me you can get better at the wholesaler.” He "
          "could not, and the order has grown every year since."),
        P("Asked what the co-op means to them, Declan is quiet for a while. “It means we know who eats "
          "our apples,” he says eventually. “There’s a woman who writes to us every Christmas to say "
          "which juice she liked best that year. You don’t get that from a supermarket.”"),
        P("The next generation is, for now, undecided. Their daughter works in Dublin and comes home "
          "for the pressing weekend; Finn wants to be a vet or a footballer. Ingrid is not worried. "
          "“The trees will wait,” she says. “They always have.”"),
        P("Members can visit on Blossom Sunday, 17 May, from 11am. Bring boots. Bramble will find you."),
    ], name="prof3")
    m.rule(M, y - 78 * mm, CW, OLIVE, 1.5)
    y2 = y - 84 * mm
    y3 = m.title(M, y2, CW, [
        P("MEMBERS WRITE", "kicker"),
        P("Why I stack shelves on Tuesdays", "h1"),
    ])
    m.flow(M, y3, CW * 0.64, y3 - BOT, 2, [
        P("I joined the co-op in 2019 because it was the only place in town that sold proper rye "
          "flour. I started volunteering a year later because, to be honest, I was lonely. I had moved "
          "from Kraków for a job that turned out to be mostly video calls, and I did not know anyone "
          "here apart from my landlord and the man at the bus stop."),
        P("Tuesday mornings are deliveries. From half past seven until about ten, a small team unpacks "
          "pallets, checks invoices, rotates stock and fills the bulk bins. It is not glamorous work. "
          "You will go home with oat dust in your hair. But you also learn things: how to tell a good "
          "crate of leeks from a tired one, why the chickpeas from one supplier cook faster, and the "
          "name of every driver who comes through the back door."),
        P("Mostly, though, I stay for the people. There is Gwen, who has opinions on everything and is "
          "usually right. There is Lars, who hums “Dancing Queen” every single week and denies it. There "
          "is a retired headteacher who reorganises the spice shelf alphabetically whenever nobody is "
          "looking. We have coffee at ten, and it is the best half hour of my week."),
        P("If you have been thinking about volunteering, come on a Tuesday and try it. Members who "
          "volunteer two hours a month get an extra four per cent off, but that is not the real reward."),
        P("— Agnieszka Nowak, member since 2019", "signoff"),
    ], name="agn")
    m.photo(M + CW * 0.67, y3, CW * 0.33, 62 * mm,
            "Tuesday delivery team, 7.45am. Photo by Bartek Kowalczyk")

    # ------------------------------------------------------------ 8 bulk aisle + allotments
    m.page("Members write")
    y = m.title(M, TOP, CW, [
        P("Notes from the bulk aisle", "h1"),
        P("Tom Pettigrew &amp; Fatma Yıldız", "byline"),
    ])
    m.flow(M, y, CW, y - BOT - 112 * mm, 3, [
        P("It is two years since we took the pre-packed pasta off the shelves and replaced it with "
          "gravity bins. We said at the time that we would report back, so here goes."),
        P("The good news first. Sales of loose pasta, rice and pulses are up by a third, and the amount "
          "of plastic we throw away each week has fallen from four sacks to one. The number of members "
          "bringing their own jars has grown so fast that we have had to add a second scale by the "
          "door."),
        P("The less good news: spillage. A gravity bin is a wonderful thing until a child discovers "
          "that the handle can be pulled all the way down. We estimate we lose about two per cent of "
          "bulk stock to the floor, which is more than we hoped. The new catch trays should help."),
        P("What we would like from you: please label your jars with the PLU number, write the tare "
          "weight on the lid, and tell us which products you want to see loose next. Top of the "
          "counter-slip requests so far are dishwasher tablets, tahini and, for some reason, "
          "marshmallows."),
        P("Fatma would also like it recorded that she was right about the red split lentils, which now "
          "outsell the green ones three to one."),
    ], name="bulk")
    m.rule(M, BOT + 104 * mm, CW, RUST, 1.2)
    yb = BOT + 98 * mm
    yb2 = m.title(M, yb, CW * 0.6, [
        P("From the allotments", "h2"),
        P("Words: Hamish MacLeod", "byline"),
    ])
    m.flow(M, yb2, CW * 0.6, yb2 - BOT, 2, [
        P("The Sow &amp; Share plots behind the church hall are waking up. In March we sowed broad beans, "
          "early peas and two rows of beetroot, and the garlic planted in November is standing to "
          "attention. Everything we grow goes to the co-op’s community fridge or to the lunch club on "
          "Wednesdays."),
        P("This spring I have been rereading an old favourite, “The Cottage Kitchen Garden”, and "
          "trying its advice on companion planting. Marigolds between the tomatoes, nasturtiums at the "
          "end of each bed. Whether it works, I will tell you in the summer issue."),
        P("We need hands on Saturday mornings from ten. No experience needed, just old clothes. "
          "Tea and cake are, I am told, compulsory."),
    ], name="allot")
    m.photo(M + CW * 0.64, yb, CW * 0.36, 58 * mm,
            "Broad beans under fleece on the Sow &amp; Share plots. © Sunita Rao")

    # ------------------------------------------------------------ 9 five minutes + letters
    m.page("Five minutes with … · Letters")
    y = m.title(M, TOP, CW, [
        P("FIVE MINUTES WITH …", "kicker"),
        P("Lars Eriksen, till volunteer since 1998", "h2"),
        P("Callum Brennan in conversation with Lars Eriksen", "byline"),
    ])
    m.photo(M, y, CW * 0.26, 44 * mm, "Lars Eriksen. Photo: Callum Brennan")
    m.flow(M + CW * 0.29, y, CW * 0.71, 88 * mm, 2, [
        P("Q: Twenty-eight years on the till. How did it start?", "q"),
        P("A: My wife signed me up. She said I needed somewhere to go on Friday afternoons that wasn’t "
          "the pub. I came for one shift and never left, and, to be fair, I still go to the pub "
          "afterwards.", "a"),
        P("Q: What has changed most?", "q"),
        P("A: The tills! When I started we wrote everything in a ledger and added it up on a "
          "calculator with a paper roll. Now the machine does it all. I miss the paper roll.", "a"),
        P("Q: Favourite product?", "q"),
        P("A: The Kilbride Cox juice. And the sourdough on Fridays, if there’s any left by four.", "a"),
        P("Q: Is it true you hum Abba on Tuesdays?", "q"),
        P("A: I have no idea what you are talking about.", "a"),
        P("Q: Any advice for new volunteers?", "q"),
        P("A: Learn the names. Of the members, of the suppliers, of the vegetables. Everything else "
          "you can look up.", "a"),
    ], name="lars")
    ly = y - 96 * mm
    m.rule(M, ly + 3 * mm, CW, RUST, 1.2)
    yl = m.title(M, ly, CW, [P("Your letters", "h1")])
    m.flow(M, yl, CW, yl - BOT, 3, [
        P("Bottle deposits", "h3"),
        P("Please, please can we have a deposit scheme for the milk bottles as well as the juice? I "
          "return mine every week but I see plenty in the recycling bins outside. Twenty pence would "
          "focus minds."),
        P("Yours,<br/>Deirdre Quinlan, member no. 2214", "signoff"),
        P("<i>We are talking to the dairy about it now. – Ed.</i>", "small"),
        P("Thursday evenings", "h3"),
        P("Just to say that the late opening on Thursdays has changed my life, or at least my dinners. "
          "As a shift worker I could never get to the shop before six. Please keep it."),
        P("Kwame Mensah, Linden Road", "signoff"),
        P("On the price review", "h3"),
        P("I was at the AGM and I voted for the compromise, but I want to put on record that I think "
          "the board should publish the figures behind the mark-up in the shop, not only in the "
          "accounts. Members would accept a rise more easily if they could see where the money goes. "
          "As my late father liked to say, “Show your working, and people will forgive your sums.”"),
        P("Best wishes,<br/>Hiroshi Nakamura", "signoff"),
        P("<i>A fair point, and the board agrees: a simple breakdown will go up by the tills this "
          "month. – Ed.</i>", "small"),
        P("Letters may be edited for length. Write to the editor at the shop, or use the box by the "
          "door.", "small"),
    ], name="letters")

    # ------------------------------------------------------------ 10 staff credits + diary
    m.page("Who we are · Diary")
    y = m.title(M, TOP, CW, [P("Who makes The Larder Line", "h1")])
    colw = (CW - 10 * mm) / 2
    m.flow(M, y, colw, y - BOT, 1, [
        P("Editor", "role"), P("Róisín Delaney", "name"),
        P("Deputy Editor", "role"), P("Callum Brennan", "name"),
        P("Recipe Editor", "role"), P("Priya Venkatesan", "name"),
        P("Design and layout", "role"), P("Mei-Ling Chow", "name"),
        P("Proofreading", "role"), P("Wendy Ashcroft", "name"),
        Spacer(1, 6),
        P("Photography: Kenji Watanabe, Sunita Rao and Bartek Kowalczyk", "box"),
        P("Illustrations: Elodie Marchand", "box"),
        P("Cover: Kenji Watanabe", "box"),
        Spacer(1, 8),
        P("Co-op staff", "h3"),
        P("Shop Manager: Harjit Sandhu<br/>Buyer: Declan Moriarty<br/>Volunteer Coordinator: "
          "Nkechi Obi<br/>Finance and Membership: Sven Halvorsen", "box"),
        Spacer(1, 8),
        P("The Larder Line is written, photographed and put together by member volunteers. Opinions "
          "are the writers’ own and not necessarily those of the board. Printed on recycled paper by "
          "Millrace Press, Hollowbrook. Hollowbrook Food Co-operative Ltd is a registered society, "
          "no. 22871R.", "small"),
        P("Next issue: Summer 2026. Copy deadline 1 June. Contributions to the editor at the shop "
          "or larderline@hollowbrook-coop.example", "small"),
    ], name="staff")
    xr = M + colw + 10 * mm
    m.box(xr, y, colw, y - BOT, [
        P("Diary", "boxh"),
        P("<b>Thu 2 April</b> – Late opening until 8pm begins (trial to end of May)", "box"),
        P("<b>Sat 11 April</b> – Sow &amp; Share work morning, 10am, behind the church hall", "box"),
        P("<b>Tue 21 April</b> – Board meeting, 7pm, upstairs room; observers welcome", "box"),
        P("<b>Sat 25 April</b> – Bulk aisle jar swap, shop forecourt, 9am–12", "box"),
        P("<b>Sun 17 May</b> – Blossom Sunday at Kilbride Lane Orchard, from 11am", "box"),
        P("<b>Wed 20 May</b> – Film night: “The Harvest Commons”, church hall, 7.30pm", "box"),
        P("<b>Sat 6 June</b> – New members’ induction and shop tour, 10am", "box"),
        P("<b>Every Tuesday</b> – Delivery volunteers, 7.30am–10am", "box"),
        P("<b>Every Wednesday</b> – Community lunch club, 12.30pm", "box"),
        Spacer(1, 8),
        P("Opening hours", "boxh"),
        P("Mon–Wed 9am–6pm · Thu 9am–8pm · Fri 9am–6pm · Sat 8.30am–5pm · Sun closed", "box"),
        Spacer(1, 8),
        P("Hollowbrook Food Co-operative, 3 Tannery Row, Hollowbrook", "box"),
    ], name="diary")

    m.save()


if __name__ == "__main__":
    build()
    print("wrote", OUT)
