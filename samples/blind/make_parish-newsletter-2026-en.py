"""Generate the blind test newsletter ``parish-newsletter-2026-en.pdf``.

A fictional Church of England village parish newsletter (10 pages, A4, two
columns).  All people, places and texts are invented.  Every page is laid out
explicitly; text flows through the column frames of the page (or of a page pair)
and the script stops with an error if an article does not fit, so the page of
every line is fixed and the hand-written truth file stays valid.

Run:  /work/writer-venv/bin/python make_parish-newsletter-2026-en.py
"""

from __future__ import annotations

import os
from pathlib import Path

from reportlab.lib.colors import Color, black, white
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, Paragraph, Spacer, Table, TableStyle

OUT = Path(__file__).with_name("parish-newsletter-2026-en.pdf")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
for name, file in {
    "Serif": "DejaVuSerif.ttf",
    "Serif-Bold": "DejaVuSerif-Bold.ttf",
    "Serif-Italic": "DejaVuSerif-Italic.ttf",
    "Serif-BoldItalic": "DejaVuSerif-BoldItalic.ttf",
    "Sans": "DejaVuSans.ttf",
    "Sans-Bold": "DejaVuSans-Bold.ttf",
    "Sans-Oblique": "DejaVuSans-Oblique.ttf",
}.items():
    pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
pdfmetrics.registerFontFamily("Serif", normal="Serif", bold="Serif-Bold", italic="Serif-Italic", boldItalic="Serif-BoldItalic")
pdfmetrics.registerFontFamily("Sans", normal="Sans", bold="Sans-Bold", italic="Sans-Oblique", boldItalic="Sans-Bold")

W, H = A4
MARGIN = 48
GUTTER = 18
COL_W = (W - 2 * MARGIN - GUTTER) / 2
TOP = H - 62  # below the running head
BOTTOM = 52  # above the footer
PURPLE = Color(0.36, 0.16, 0.45)
GREY = Color(0.72, 0.72, 0.72)
PALE = Color(0.95, 0.93, 0.97)

BODY = ParagraphStyle("body", fontName="Serif", fontSize=9.6, leading=13.2, alignment=TA_JUSTIFY,
                      spaceAfter=5, splitLongWords=0)
FIRST = ParagraphStyle("first", parent=BODY)
HEAD = ParagraphStyle("head", fontName="Sans-Bold", fontSize=25, leading=29, textColor=PURPLE, spaceAfter=6)
LEAD = ParagraphStyle("lead", fontName="Serif-Italic", fontSize=12, leading=16, spaceAfter=10, textColor=Color(0.2, 0.2, 0.2))
SUB = ParagraphStyle("sub", fontName="Sans-Bold", fontSize=11.5, leading=14, spaceBefore=6, spaceAfter=3, textColor=PURPLE)
SIGN = ParagraphStyle("sign", parent=BODY, alignment=TA_LEFT, spaceAfter=0)
BYLINE = ParagraphStyle("byline", fontName="Serif-BoldItalic", fontSize=9.8, leading=13, alignment=TA_RIGHT, spaceBefore=4, spaceAfter=6)
CAPTION = ParagraphStyle("caption", fontName="Sans-Oblique", fontSize=7.6, leading=9.6, textColor=Color(0.25, 0.25, 0.25))
SMALL = ParagraphStyle("small", fontName="Sans", fontSize=8.4, leading=11, spaceAfter=2)
SMALLB = ParagraphStyle("smallb", parent=SMALL, fontName="Sans-Bold")
PULL = ParagraphStyle("pull", fontName="Serif-Italic", fontSize=15, leading=19, textColor=PURPLE, alignment=TA_CENTER)


class Photo(Flowable):
    """A grey rectangle standing in for a photograph, with its caption underneath."""

    def __init__(self, width: float, height: float, caption: str, label: str = "PHOTO") -> None:
        super().__init__()
        self.pw, self.ph, self.label = width, height, label
        self.caption = Paragraph(caption, CAPTION)

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.pw = min(self.pw, aw)
        _, self.ch = self.caption.wrap(self.pw, ah)
        return self.pw, self.ph + 4 + self.ch + 8

    def draw(self) -> None:
        c = self.canv
        c.setFillColor(GREY)
        c.rect(0, self.ch + 4 + 8, self.pw, self.ph, stroke=0, fill=1)
        self.caption.drawOn(c, 0, 8)


def box(flowables: list, bg: Color = PALE, pad: float = 8) -> Table:
    t = Table([[flowables]], colWidths=[COL_W])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
    ]))
    return t


def P(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(text, style)


def paras(text: str) -> list:
    return [P(p.strip()) for p in text.strip().split("\n\n")]


def signature(*lines: str) -> list:
    return [Spacer(1, 4), P("<br/>".join(lines), SIGN)]


def running_head(c: Canvas, page: int, section: str) -> None:
    c.setStrokeColor(PURPLE)
    c.setLineWidth(0.8)
    c.line(MARGIN, H - 44, W - MARGIN, H - 44)
    c.setFont("Sans", 8)
    c.setFillColor(PURPLE)
    left, right = "The Ashcombe Bell \u00b7 Lent & Easter 2026", section.upper()
    if page % 2 == 0:
        c.drawString(MARGIN, H - 38, left)
        c.drawRightString(W - MARGIN, H - 38, right)
    else:
        c.drawString(MARGIN, H - 38, right)
        c.drawRightString(W - MARGIN, H - 38, left)
    c.line(MARGIN, 40, W - MARGIN, 40)
    c.setFont("Sans-Bold", 9)
    if page % 2 == 0:
        c.drawString(MARGIN, 28, str(page))
    else:
        c.drawRightString(W - MARGIN, 28, str(page))
    c.setFillColor(black)


def columns(top: float, bottom: float = BOTTOM) -> list[tuple[float, float, float, float]]:
    return [(MARGIN, bottom, COL_W, top - bottom), (MARGIN + COL_W + GUTTER, bottom, COL_W, top - bottom)]


def flow(c: Canvas, story: list, rects: list[tuple[float, float, float, float]]) -> list:
    """Fill the frames in order, splitting paragraphs across columns; keep a subhead with its next lines."""
    for x, y, w, h in rects:
        frame = Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        while story:
            head = story[0]
            avail = frame._y - frame._y1p
            if isinstance(head, Paragraph) and head.style.name == SUB.name and len(story) > 1:
                need = head.wrap(w, avail)[1] + head.getSpaceBefore() + head.getSpaceAfter() + 3 * BODY.leading
                if need > avail:
                    break
            if frame.add(head, c, trySplit=0):
                story.pop(0)
                continue
            parts = frame.split(head, c)
            if len(parts) >= 2 and frame.add(parts[0], c, trySplit=0):
                story[0:1] = parts[1:]
            break
        if not story:
            break
    return story


def fit(c: Canvas, story: list, rects: list[tuple[float, float, float, float]], what: str) -> None:
    rest = flow(c, story, rects)
    if rest:
        msg = f"{what}: {len(rest)} flowables did not fit"
        if os.environ.get("DRAFT"):
            print(msg)
        else:
            raise SystemExit(msg)


def headline(c: Canvas, title: str, lead: str | None, top: float = TOP) -> float:
    """Draw a full-width headline (and lead); return the y below it."""
    story = [P(title, HEAD)] + ([P(lead, LEAD)] if lead else [])
    y = top
    for f in story:
        _, h = f.wrap(W - 2 * MARGIN, 400)
        y -= h
        f.drawOn(c, MARGIN, y)
        y -= f.getSpaceAfter()
    c.setStrokeColor(GREY)
    c.setLineWidth(0.5)
    c.line(MARGIN, y - 2, W - MARGIN, y - 2)
    return y - 14


# --------------------------------------------------------------------------- page 1
def page_cover(c: Canvas) -> None:
    c.setFillColor(PURPLE)
    c.rect(0, H - 170, W, 170, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Serif-Bold", 46)
    c.drawString(MARGIN, H - 92, "The Ashcombe Bell")
    c.setFont("Serif-Italic", 12.5)
    c.drawString(MARGIN, H - 118, "The parish magazine of St Oswin\u2019s, Ashcombe Parva with Nettlebridge")
    c.setFont("Sans", 10)
    c.drawString(MARGIN, H - 148, "Lent & Easter 2026  \u00b7  No. 187  \u00b7  Free to every household in the parish")
    c.setFillColor(black)
    story = [Photo(W - 2 * MARGIN, 380, "Snow on the lychgate on Candlemas morning, with the tower behind. "
                   "Photo: Kenji Whitfield")]
    fit(c, story, [(MARGIN, 250, W - 2 * MARGIN, H - 190 - 250)], "cover photo")
    teaser = [P("The bells come home", ParagraphStyle("t", parent=HEAD, fontName="Serif-Bold", fontSize=21)),
              P("Six bells, twenty-one months and one very long winch: the full story on page 3.", LEAD),
              P("Holy Week and Easter services: page 2", SMALL),
              P("Copy deadline for the next issue: Friday 1 May", SMALL)]
    fit(c, teaser, [(MARGIN, 50, COL_W, 185)], "cover teaser")
    contents = [
        P("<b>In this issue</b>", SMALLB),
        P("2 \u00a0From the Vicarage \u00b7 Holy Week &amp; Easter services", SMALL),
        P("3 \u00a0The bells come home", SMALL),
        P("4 \u00a0A living churchyard", SMALL),
        P("5 \u00a0Choir notes", SMALL),
        P("6 \u00a0Your letters", SMALL),
        P("7 \u00a0Rotas &amp; diary \u00b7 Mothers\u2019 Union", SMALL),
        P("8 \u00a0Around the village", SMALL),
        P("9 \u00a0Remembering Fergus McAllister \u00b7 From the registers", SMALL),
        P("10 Who\u2019s who \u00b7 About the Bell", SMALL),
    ]
    fit(c, [box(contents)], [(W - MARGIN - COL_W, 40, COL_W, 195)], "cover contents")


# --------------------------------------------------------------------------- page 2
VICAR = """
Dear friends,

There is a small bare patch of ground beside the vestry door where, every February, the snowdrops push through
before anything else in the churchyard has thought about waking up. I walk past it most mornings on my way to say
Morning Prayer, and this year I found myself stopping to look rather more often than usual. It is easy to think of
Lent as a season of giving things up \u2013 chocolate, wine, the second biscuit \u2013 but those first green shoots
remind me that it is really a season of making room. The ground has to be cleared before anything new can grow in it.

At Messy Church last month one of our younger theologians, aged about six, looked up from the seed trays and asked,
\u201cWhy does God need a garden?\u201d I am still turning the question over. In the second chapter of Genesis God
plants a garden and puts people in it to tend it; on Easter morning Mary Magdalene mistakes the risen Jesus for the
gardener. Perhaps she was not so very wrong. The whole story of our faith seems to begin and end among growing
things, and the work of Lent is the slow, patient work of a gardener: weeding, waiting, and trusting that what has
been sown in the dark will come up in its own time.

This spring there is a good deal of growing going on in the parish. Our bells, silent for almost two years, are back
in the tower and ringing again, thanks to the generosity of so many of you and the sheer determination of the
ringers. The churchyard working party has begun its survey of the wildflowers and lichens on the old graves, and the
children of the village school have planted a hedge along Church Lane. None of these things happened quickly, and
none of them was done by one person alone.

So I would like to invite you to make room for something this Lent. It might be the Wednesday evening course in the
Old School Room, which this year takes the Psalms as its companion; it might be ten quiet minutes in church on your
way to the shop; it might simply be a telephone call to a neighbour you have not seen since Christmas. Whatever it
is, I pray that when Easter morning comes you will find that something new has taken root.

On Easter Day we are delighted to welcome Bishop Anselm Hardcastle, who will preside at the Festival Communion and
bless the bells. Do come, and bring your family and friends. There will be an Easter garden to build, eggs to find
in the churchyard and, I am reliably told, a great deal of cake.
"""

SERVICES = [
    P("<b>Holy Week &amp; Easter at St Oswin\u2019s</b>", SUB),
    P("<b>Palm Sunday, 29 March</b><br/>10.00 Parish Communion with procession from the village green", SMALL),
    P("<b>Maundy Thursday, 2 April</b><br/>19.30 Supper and Holy Communion, Old School Room", SMALL),
    P("<b>Good Friday, 3 April</b><br/>10.30 Walk of Witness from Nettlebridge<br/>14.00 The Last Hour at the Cross", SMALL),
    P("<b>Holy Saturday, 4 April</b><br/>20.00 Easter Vigil and the first Easter ringing of the bells", SMALL),
    P("<b>Easter Day, 5 April</b><br/>08.00 Holy Communion (BCP)<br/>10.00 Festival Communion with Bishop Anselm; "
      "blessing of the bells; Easter egg hunt", SMALL),
    P("Weekday services resume on Wednesday 8 April.", SMALL),
]


def page_vicar(c: Canvas) -> None:
    running_head(c, 2, "From the Vicarage")
    y = headline(c, "From the Vicarage", "Lent is less a season of doing without than of making room, "
                 "writes our Vicar.")
    story = paras(VICAR) + signature("Yours in Christ,", "<b>Rachel Amadi-Stone</b>", "Vicar")
    story += [Spacer(1, 14), box(SERVICES)]
    fit(c, story, columns(y), "vicar")


# --------------------------------------------------------------------------- page 3
BELLS = """
It is hard to describe the silence of a village whose bells have stopped. For almost two years, from the spring of
2024, the only sound from St Oswin\u2019s tower on a Sunday morning was the single chime of the clock, and more than
one neighbour told us that Ashcombe Parva simply did not feel like itself. The trouble had been building for
decades: the oak frame that held our six bells had shifted on its footings, the bearings were worn, and the fourth
bell had developed a hairline crack that nobody wanted to make any worse.

The inspection report made grim reading, and the estimate grimmer still. Yet within a month of the appeal being
launched at the harvest supper, pledges had begun to arrive from every corner of the parish and well beyond it.
Former residents now living in Canada and New Zealand sent cheques; the primary school held a sponsored silence,
which its staff described as the quietest afternoon in living memory; and the Nettlebridge Young Farmers auctioned
a tractor ride that raised more than anyone had dared to expect.

\u201cWe were not sure the village would take it on,\u201d said Gareth Pryce, who has been our tower captain for
nineteen years. \u201cThen people started stopping me outside the post office with envelopes. I have never been so
proud of this place.\u201d

In October 2024 the bells were lowered one by one through the trapdoors in the ringing chamber and taken by lorry
to the foundry. A small party of us went along to watch the cracked fourth being recast. Aoife Kennelly, who led the
foundry team, walked us through every stage, from the loam mould to the moment the bronze was poured. She said:
\u201cA bell remembers everything that happens to it in its first hour. After that, it is our job to make sure it
sings for the next three hundred years.\u201d

The other five bells were retuned and given new headstocks and clappers, and the old timber frame was replaced with
a galvanised steel one that will not move an inch in a wet winter. The original oak has not been wasted: some of it
has become a bench for the churchyard, and the rest is being turned into a new notice board for the porch.

The bells came home on a freezing morning in January. It took two days, a borrowed winch and a great many flasks of
tea to lift them back into the tower, and by the end of the second day most of us could barely raise our arms. Our
youngest ringer, Lily-Mae Harcourt, who is thirteen and learned to handle a bell on the practice simulator while the
tower stood empty, rang the treble at the first full practice. \u201cIt sounds brighter than I remember,\u201d she
said afterwards, grinning. \u201cOr maybe I just remember it wrong.\u201d

We shall ring for the Easter Vigil on Holy Saturday and again on Easter morning, when Bishop Anselm will bless the
bells. Practice night is Thursday at 7.30pm, and new learners of any age are welcome. You do not need to be strong or
musical; you only need to be able to count to six and to turn up.
"""

BELL_FACTS = [
    P("<b>The bells in numbers</b>", SUB),
    P("6 bells, the tenor a little over 11 cwt \u00b7 \u00a386,400 from 412 donors \u00b7 1 bell recast, 5 retuned "
      "\u00b7 1 new steel frame \u00b7 21 months of silence", SMALL),
]


def page_bells(c: Canvas) -> None:
    running_head(c, 3, "Tower news")
    y = headline(c, "The bells come home", "After twenty-one months and more than \u00a386,000, St Oswin\u2019s six "
                 "bells are back in the tower. One of the ringers tells the story of their journey to the foundry "
                 "and back.")
    story = [Photo(COL_W, 105, "Tower captain Gareth Pryce (left) and the band haul the tenor up through the tower "
                   "trapdoor on 14 January. Photo: Hannah Oyelaran")]
    story += paras(BELLS) + [P("<b>Tomasz Wi\u015bniewski</b>", BYLINE), box(BELL_FACTS)]
    fit(c, story, columns(y), "bells")


# --------------------------------------------------------------------------- page 4
CHURCHYARD = """
Anyone who has walked through the churchyard since Christmas may have noticed small groups of people crouching
beside the older gravestones with notebooks and magnifying glasses. They are not, I promise, looking for buried
treasure. Since November the working party has been carrying out the first proper survey of what actually lives in
the two acres around St Oswin\u2019s, as part of the diocese\u2019s \u201cLiving Churchyards\u201d scheme, and the
results have surprised all of us.

\u201cWe counted forty-one species of lichen on the north wall alone.\u201d That was Dr Nikhil Sarin of the county
wildlife trust, speaking to a packed Old School Room in February, and several people in the audience audibly gasped.
Some of those lichens, he explained, grow by less than a millimetre a year, which means the grey-green rosettes on
the Victorian headstones are very nearly as old as the stones themselves.

Churchyards are among the few patches of land in this country that have not been ploughed, sprayed or built over
for centuries, and they often shelter plants that have vanished from the fields around them. On our own ground we
have found cowslips, lady\u2019s bedstraw, adder\u2019s-tongue fern and a small colony of bee orchids near the
eastern boundary, which nobody had ever recorded before.

This does not mean that the churchyard will be left to run wild. Families visiting graves must be able to reach them
easily and safely, and the main paths and the newer part of the churchyard will be mown just as before. What will
change is that two areas \u2013 the slope below the yew and the strip along the wall by Church Lane \u2013 will be
cut only once a year, in late summer, after the flowers have set seed. We have put up small signs so that nobody
thinks the working party has simply given up.

Not everyone has been convinced at once, and that is perfectly fair. At the meeting of the Parochial Church Council
in January, Harold Bexley, who looked after the churchyard for many years, asked whether we were making a virtue of
untidiness. It is a real worry, and we have tried to answer it by keeping the edges crisp and the long grass clearly
intentional. There is, after all, no such thing as a \u201ctidy\u201d meadow. Harold has since agreed to help with the
scything in August, on condition that someone else sharpens the blade.

If you would like to help, the working party meets on the first Saturday of each month at 9.30am, and we are always
glad of extra hands, eyes and flasks of coffee. No knowledge of botany is needed: a year ago most of us could not
have told a sedge from a rush. On Saturday 2 May we shall hold a \u201cBioblitz\u201d morning for families with the
school\u2019s Eco Club, when we shall try to record as many living things as we can find in three hours.
"""

FOUND = [
    P("<b>Found so far</b>", SUB),
    P("41 lichens \u00b7 96 flowering plants \u00b7 14 mosses \u00b7 23 birds \u00b7 3 bats (pipistrelle, noctule and "
      "brown long-eared) \u00b7 1 slow-worm, under the compost heap, much to its annoyance", SMALL),
]


def page_churchyard(c: Canvas) -> None:
    running_head(c, 4, "Churchyard")
    y = headline(c, "A living churchyard", "The working party has swapped its strimmers for a hand lens. Our "
                 "Churchwarden explains why some of the grass will be left long this summer.")
    story = paras(CHURCHYARD)[:3]
    story += [Photo(COL_W, 120, "Lichen survey on the north wall: members of the working party with Dr Nikhil "
                    "Sarin (centre). Photo: David Llewellyn")]
    story += paras(CHURCHYARD)[3:]
    story += [P("<b>Margaret Ellery, Churchwarden</b>", BYLINE), box(FOUND)]
    fit(c, story, columns(y), "churchyard")


# --------------------------------------------------------------------------- page 5
CHOIR = """
It has been a busy and, I am glad to say, a noisy winter in the choir vestry. Since the autumn we have welcomed four
new trebles from the village school, who between them have brought the average age of the choir down by what our
bass section insists is a shocking amount. They have worked hard, learned to point a psalm and mastered the art of
processing without treading on anybody\u2019s cassock.

Our Advent Carol Service drew the largest congregation we have seen for some years. We sang \u201cO come, O come,
Emmanuel\u201d in procession by candlelight, and the trebles sang the first verse of \u201cOnce in royal David\u2019s
city\u201d entirely on their own. The anthem was \u201cThe Lamb\u201d by John Tavener, which is far harder than it
looks on the page and sounded, on the night, better than any of us had dared to hope.

In January we were delighted to welcome Dr Ma\u0142gorzata Zieli\u0144ska, assistant organist at the cathedral, who led
a Saturday workshop on plainsong for singers from all five parishes of the benefice. She had us singing \u201cUbi
caritas\u201d in unison within the first hour and in four parts by teatime. Several of the altos have been humming it
ever since, occasionally during the sermon.

For Holy Week and Easter we are preparing a programme that stretches us a little. On Palm Sunday the choir will lead
\u201cRide on, ride on in majesty\u201d for the procession from the green, and at the Maundy Thursday supper we shall
sing Maurice Durufl\u00e9\u2019s setting of \u201cUbi caritas\u201d. On Good Friday we shall sing \u201cGod so loved
the world\u201d from John Stainer\u2019s \u201cThe Crucifixion\u201d, and on Easter morning the bells, the organ and,
we hope, the whole congregation will join in \u201cThine be the glory\u201d.

Our longest-serving member, Edith Carrow, celebrates fifty years in the choir this Easter. When I asked her what had
kept her coming back every Thursday for half a century, she thought for a moment and replied: \u201cI came for the
music and stayed for the company. And for \u2018Thine be the glory\u2019, which I would walk through snow to
sing.\u201d We shall mark her anniversary after the Festival Communion with a glass of something sparkling.

New singers are always welcome, whether or not you read music. Rehearsals are on Thursdays, at 6pm for the trebles
and at 7pm for the full choir, and the first few weeks carry no obligation at all beyond the occasional cup of tea.
"""

HYMNS = [
    P("<b>Hymns for Easter Day</b>", SUB),
    P("\u201cJesus Christ is risen today\u201d", SMALL),
    P("\u201cThe strife is o\u2019er, the battle done\u201d", SMALL),
    P("\u201cLove\u2019s redeeming work is done\u201d", SMALL),
    P("\u201cThine be the glory\u201d", SMALL),
    P("Organ voluntary: Toccata from Symphony No. 5, Widor", SMALL),
]


def page_choir(c: Canvas) -> None:
    running_head(c, 5, "Music")
    y = headline(c, "Choir notes", "Four new trebles, a visit from the cathedral and an ambitious programme for "
                 "Holy Week. Our Director of Music reports.")
    story = [Photo(COL_W, 130, "The choir rehearsing for Candlemas in the chancel. Photo: Kenji Whitfield")]
    story += paras(CHOIR) + [P("<b>Ingrid Solberg, Director of Music</b>", BYLINE), box(HYMNS)]
    fit(c, story, columns(y), "choir")


# --------------------------------------------------------------------------- page 6
LETTERS = [
    ("Buses, again", """
Dear Editor,

I was glad to read in the last issue that the parish council has written once more to the county about the Number
38 bus. For those of us who no longer drive, the loss of the Tuesday and Thursday services has turned a
fifteen-minute trip to the surgery in Nettlebridge into a small expedition. I have since had a reply of my own from
the county\u2019s transport officer, Colin Hartley, who writes that \u201ca review of rural routes is under way and
the views of residents will be taken into account before any further changes are made\u201d.

I should like to believe him, and I would encourage every reader who depends on the bus to write as well, so that
the review has more than one letter to take into account.
""", ["Yours, Deepak Raghunathan"]),
    ("Music from the tower", """
Dear Editor,

May I, through your pages, thank the ringers for the return of the bells? I moved to Ashcombe Parva only last
summer, so I had never heard them until the first practice night in January, when I was unloading the shopping and
had to put it all down on the doorstep to listen.

A friend has lent me her copy of \u201cChange Ringing for the Terrified\u201d, and I am seriously thinking of turning
up on a Thursday evening. If a retired accountant with no sense of rhythm can learn, perhaps it really is true that
anybody can.
""", ["Yours,", "Bridget O\u2019Kane"]),
    ("Mind the path", """
Dear Editor,

Could I ask dog walkers to remember that the footpath from Church Lane to the water meadows runs right past the
school gate? Most of you are considerate, and the bins by the stile are emptied every week. But three times this
month children have arrived at school with something unpleasant on their shoes after taking the \u201cshortcut\u201d
across the field. A little care would make a great difference.
""", ["Yours, Freya Lindholm"]),
    ("From the other side of the world", """
Dear Editor,

My late mother was baptised at St Oswin\u2019s in 1931 and married there in 1954, and I grew up on her stories of
the village. When a cousin sent me news of the bell appeal I was delighted to contribute something from the other
side of the world.

I have just listened to the recording of the first full ringing that the tower posted online, at half past six in
the morning here in Christchurch, and I confess I wept a little. My mother always said that the bells of Ashcombe
were \u201cthe sound of being home\u201d. I hope they ring for a long time yet.
""", ["Yours sincerely,", "Rosalind T\u016bhoe-Barker", "Christchurch, New Zealand"]),
]


def page_letters(c: Canvas) -> None:
    running_head(c, 6, "Letters")
    y = headline(c, "Your letters", "Letters are welcome on any subject of interest to the parish. Please keep "
                 "them under 300 words; the Editor may shorten them.")
    story: list = []
    for title, text, sign in LETTERS:
        block = [P(title, SUB)] + paras(text) + signature(*sign) + [Spacer(1, 10)]
        story += block
    fit(c, story, columns(y), "letters")


# --------------------------------------------------------------------------- page 7
def table(rows: list[tuple[str, str]], widths: tuple[float, float]) -> Table:
    t = Table([[P(a, SMALLB), P(b, SMALL)] for a, b in rows], colWidths=list(widths))
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, GREY),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    return t


FLOWERS = [
    ("Lent", "No flowers in church until Easter"),
    ("Sat 4 April", "Easter decorating from 10am: all welcome, led by Jean Pemberton and Olu Bankole"),
    ("12 April", "Anne Whitcombe"),
    ("19 April", "Parveen Malik"),
    ("26 April", "Jean Pemberton"),
    ("3 May", "B\u00e9atrice Lacroix"),
    ("10 May", "Christine Hollis"),
    ("17 May", "Anne Whitcombe"),
    ("24 May (Pentecost)", "Olu Bankole and Parveen Malik"),
    ("31 May", "B\u00e9atrice Lacroix"),
]
BRASS = [
    ("April", "Tony Fairbairn"),
    ("May", "Ruth Ashworth"),
]
DIARY = [
    ("Wednesdays in Lent, 7.30pm", "Lent course \u201cSongs for the Journey: Walking with the Psalms\u201d, Old School "
     "Room (4, 11, 18 and 25 March)"),
    ("Sat 7 March, 9.30am", "Churchyard working party"),
    ("Fri 13 March, 7pm", "Quiz night in the Village Hall with quizmaster Dev Mistry; teams of up to six, \u00a35 a "
     "head, bring your own drinks"),
    ("Sat 21 March, 10am\u201312", "Lent Lunch and table-top sale, Old School Room"),
    ("Thu 26 March, 7.30pm", "Talk: \u201cSaints of the Severn Valley\u201d by Dr Keiko Marsh, in aid of the Friends "
     "of St Oswin\u2019s"),
    ("Sat 4 April, 10am", "Easter decorating (see the flower rota)"),
    ("Sat 18 April, 2\u20135pm", "Open tower afternoon: try your hand at a bell"),
    ("Sun 26 April, 11.30am", "Annual Parochial Church Meeting, after the Parish Communion"),
    ("Sat 2 May, 10am\u20131pm", "Churchyard \u201cBioblitz\u201d with the school Eco Club"),
]
MU = """
Our branch met in February to hear Janet Osei talk about the charity\u2019s parenting programmes in West Africa, and
the retiring collection raised \u00a3214. Thank you to everyone who baked, poured and washed up.

In March the branch will hold a Quiet Morning in church, led by the Vicar, on Tuesday 17 March from 10am until noon,
with soup to follow at the Vicarage. New members, and anyone who is simply curious, are warmly invited: you do not
need to be a mother, and you do not need to be a member to come along.
"""


def page_rotas(c: Canvas) -> None:
    running_head(c, 7, "Rotas & diary")
    y = headline(c, "Rotas &amp; diary", None)
    left = [P("Flower rota", SUB), table(FLOWERS, (78, COL_W - 78)), Spacer(1, 8),
            P("Brass and silver", SUB), table(BRASS, (78, COL_W - 78)), Spacer(1, 8),
            P("If you cannot manage your date, please swap with someone on the list and let Jean know.", SMALL),
            Spacer(1, 12),
            P("Mothers\u2019 Union", SUB)] + [P(p.strip()) for p in MU.strip().split("\n\n")] + [
            P("<i>Contributed by Siobhan Gallagher</i>", BYLINE)]
    right = [P("Diary", SUB), table(DIARY, (86, COL_W - 86)), Spacer(1, 10),
             box([P("<b>Every week</b>", SMALLB),
                  P("Sunday 10.00 Parish Communion (8.00 Holy Communion on the first Sunday)", SMALL),
                  P("Wednesday 9.15 Morning Prayer", SMALL),
                  P("Thursday 6pm and 7pm choir practice; 7.30pm bell practice", SMALL),
                  P("Friday 10\u201312 Toddler group in the Old School Room", SMALL)])]
    rects = columns(y)
    fit(c, left, rects[:1], "rotas left")
    fit(c, right, rects[1:], "rotas right")


# --------------------------------------------------------------------------- page 8
HEDGE = """
On a grey afternoon in February, thirty pupils from Years 4, 5 and 6 pulled on their wellies and planted a new hedge
along two hundred metres of Church Lane, between the school gate and the lychgate. The four hundred young plants
\u2013 hawthorn, blackthorn, hazel, field maple and dog rose, with a few hollies for winter colour \u2013 came from a
national tree charity, and the ground was offered by the school governors and the Parochial Church Council.

The Eco Club chose the site themselves after a term spent mapping where birds and hedgehogs could and could not
travel safely around the village. Year 6 pupil Olek Nowak presented their findings to the parish council in January.
He said: \u201cA hedge is like a road for animals, but without any cars.\u201d The councillors, I am told, were won
over before he reached his second slide.

Each child has adopted a metre of hedge and will measure its growth every half term. The measurements will go into a
shared record with the churchyard survey, so that over the next few years we can see whether wildlife really does
move between the school field and the churchyard. \u201cIt will be taller than me by the time I leave,\u201d said
nine-year-old Amara Chukwu, \u201cso I\u2019m going to come back and check.\u201d

The hedge will take three or four years to thicken, and for the first two summers the young plants will need
watering in dry spells. The Eco Club has drawn up a rota for that too, and has already persuaded several households
along the lane to lend their water butts. In the autumn the children plan to sow primroses and foxgloves along the
bank at the foot of the hedge, grown from seed in the school greenhouse.

We are very grateful to the parents, grandparents and churchyard volunteers who turned out with spades, to Mr Pryce
for the loan of his trailer, and to the village shop for the hot chocolate. If anyone has spare canes or rabbit
guards, the Eco Club would be delighted to hear from you.
"""

HALL = """
The Village Hall committee is delighted to report that the roof appeal has reached its target, and the scaffolding
finally came down in the last week of February. The new kitchen is being fitted during March and should be ready in
time for the Lent Lunch on the 21st, complete with a dishwasher that does not need to be kicked.

Our thanks go to the parish council, the lottery fund and the many households who gave to the appeal. Bookings for
parties, classes and meetings are now open again for the summer; the hire charges are unchanged for village groups.
"""


def page_village(c: Canvas) -> None:
    running_head(c, 8, "Around the village")
    y = headline(c, "A hedge for Church Lane", "Thirty children, four hundred young trees and one very muddy "
                 "February afternoon.")
    story = [Photo(COL_W, 140, "Eco Club members planting hawthorn along Church Lane. Photo: Hannah Oyelaran")]
    story += paras(HEDGE) + [P("<b>Priya Venkataraman, Headteacher</b>", BYLINE), Spacer(1, 8)]
    story += [P("Village Hall: a roof and a kitchen", SUB)] + paras(HALL)
    story += [P("<b>Colm Donnelly</b>", BYLINE), P("Chair, Village Hall Committee", ParagraphStyle(
        "role", parent=SMALL, alignment=TA_RIGHT))]
    fit(c, story, columns(y), "village")


# --------------------------------------------------------------------------- page 9
FERGUS = """
Fergus McAllister, who died peacefully at home on 9 January at the age of 88, was for more than forty years the man
the village called when something had stopped. Clocks, mostly \u2013 he was a watchmaker by trade, trained in Dundee
and apprenticed in Edinburgh before he and his wife Morag came south in 1971 \u2013 but also lawnmowers, church
heaters, the school\u2019s temperamental piano and, on one memorable Christmas Eve, the lights on the village tree.

It was Fergus who wound the tower clock every Saturday morning for thirty-three years, climbing the ladder long after
his doctor had suggested he might stop. As Fergus liked to say, \u201cA clock that nobody looks after will still be
right twice a day, but only by accident.\u201d When the clock was finally fitted with an automatic winder in 2015, he
insisted on keeping the key, and he carried it in his waistcoat pocket for the rest of his life.

He served two terms as churchwarden, sang tenor in the choir until his voice, in his own words, retired before he
did, and was for many years the most reliable seller of raffle tickets in the county. He was quietly generous:
several families in the parish have told us of repairs that were done without fuss and never invoiced.

\u201cHe mended half the clocks in the valley and never once sent a bill,\u201d said his daughter, Catriona Baird,
at the funeral. \u201cMum used to despair of him. We were all rather proud.\u201d

Morag died in 2019, and Fergus is survived by Catriona, his son Alasdair and five grandchildren. His funeral on
23 January filled the church, and the ringers rang the bells half-muffled for him on the first Sunday after their
return \u2013 the first time they had been rung for a funeral in the new frame. It seemed fitting that the bells
should come home just in time to say goodbye to the man who had kept their tower\u2019s time for so long.

Fergus would not have wanted a fuss, and he would certainly not have wanted an obituary that ran to a whole page.
But he would, I think, have been pleased to know that the tower clock is still keeping good time, and that the key is
now hanging on a hook in the ringing chamber, where the next person to climb the ladder will find it.
"""

THANKS = """
Catriona, Alasdair and the whole family would like to thank everyone in Ashcombe Parva and Nettlebridge for their
cards, flowers and kindness since January, and the ringers for their beautiful tribute. Donations in Fergus\u2019s
memory have raised \u00a31,260 for the hospice at Nettlebridge, where he was cared for so well last autumn.
"""

REGISTERS = [
    P("From the registers", SUB),
    P("<b>Baptisms</b>", SMALLB),
    P("11 January \u2013 Isla Rose Whitcombe", SMALL),
    P("8 February \u2013 Kwame Alexander Bankole", SMALL),
    P("<b>Marriage</b>", SMALLB),
    P("14 February \u2013 Daniel Forsyth and Yasmin Haddad", SMALL),
    P("<b>Funerals</b>", SMALLB),
    P("23 January \u2013 Fergus McAllister, 88", SMALL),
    P("19 February \u2013 Dorothy Anne Pike, 94", SMALL),
    P("<i>We hold all those who mourn in our prayers.</i>", SMALL),
]


def page_fergus(c: Canvas) -> None:
    running_head(c, 9, "Remembering")
    y = headline(c, "Remembering Fergus McAllister", "1938\u20132026: watchmaker, churchwarden and keeper of the "
                 "tower clock.")
    story = [Photo(COL_W, 150, "Fergus McAllister in his workshop on Mill Street, 2019. Photo courtesy of the "
                   "McAllister family")]
    story += paras(FERGUS) + [P("<b>Euan Grant</b>", BYLINE), Spacer(1, 6), box(REGISTERS), Spacer(1, 10),
                              P("A word of thanks", SUB)] + paras(THANKS)
    fit(c, story, columns(y), "fergus")


# --------------------------------------------------------------------------- page 10
WHO = [
    ("Vicar", "The Revd Rachel Amadi-Stone, The Vicarage, Church Lane \u00b7 01632 960418 (day off: Friday)"),
    ("Churchwardens", "Margaret Ellery \u00b7 01632 960233<br/>Leonard Okafor \u00b7 01632 960871"),
    ("PCC Secretary", "Heather Vance"),
    ("Treasurer", "Rajesh Kulkarni"),
    ("Director of Music", "Ingrid Solberg"),
    ("Tower Captain", "Gareth Pryce"),
    ("Safeguarding Officer", "Beatrix Nov\u00e1k \u00b7 01632 960507"),
    ("Village Hall bookings", "Colm Donnelly"),
    ("Parish Office", "Old School Room, Tuesday and Thursday 9.30\u201312.30 \u00b7 office@ashcombebell.example"),
]

IMPRINT_STYLE = ParagraphStyle("imp", parent=SMALL, fontSize=9, leading=12)
IMPRINT_ROLE = ParagraphStyle("improle", parent=IMPRINT_STYLE, fontName="Sans-Bold", textColor=PURPLE, spaceBefore=6,
                              spaceAfter=0)


RECIPE = """
Every year somebody asks for the recipe for the soup at the Lent Lunch, and every year I explain that there is not
really a recipe, only a method and a very large pan. This year I have finally written it down, so here it is, scaled
down from sixty bowls to six.

Soften two chopped onions, two sticks of celery and a carrot in a little oil for ten minutes, without letting them
brown. Stir in a teaspoon each of ground cumin and coriander, half a teaspoon of turmeric and a good pinch of chilli,
and cook for another minute until the kitchen smells wonderful. Add 250g of red lentils, rinsed, a tin of chopped
tomatoes and a litre and a half of vegetable stock.

Simmer for about twenty-five minutes, stirring now and then, until the lentils have collapsed. Season with salt,
pepper and the juice of half a lemon, and blend as much or as little as you like. Serve with crusty bread and, if
you are feeling generous, a swirl of yoghurt and some chopped coriander.

The soup freezes well, which is just as well, because we always make too much. Whatever is left over after the Lent
Lunch goes to the community fridge in the Village Hall, so nothing is wasted.
"""


def page_back(c: Canvas) -> None:
    running_head(c, 10, "Who\u2019s who")
    y = headline(c, "Who\u2019s who", None)
    left = [table(WHO, (90, COL_W - 90)), Spacer(1, 10),
            P("For baptisms, weddings and funerals please contact the Vicar in the first instance. Home "
              "Communion can be arranged for anyone unable to come to church.", SMALL)]
    right = box([
        P("<b>About the Bell</b>", SUB),
        P("The Ashcombe Bell is published five times a year by the Parochial Church Council of St Oswin\u2019s, "
          "Ashcombe Parva with Nettlebridge, and is delivered free to every household in both villages.",
          IMPRINT_STYLE),
        P("Editor", IMPRINT_ROLE),
        P("Carys Whitlock", IMPRINT_STYLE),
        P("editor@ashcombebell.example", IMPRINT_STYLE),
        Spacer(1, 6),
        P("Design &amp; layout: Se\u00e1n \u00d3 Briain", IMPRINT_STYLE),
        P("Photography: Hannah Oyelaran, David Llewellyn and Kenji Whitfield", IMPRINT_STYLE),
        P("Distribution", IMPRINT_ROLE),
        P("Ewa Kami\u0144ska and thirty-two volunteers with very good walking shoes", IMPRINT_STYLE),
        Spacer(1, 6),
        P("Printed by Nettlebridge Print Co. on recycled paper. Views expressed by contributors are their own and "
          "not necessarily those of the PCC.", IMPRINT_STYLE),
        P("<b>Copy deadline for the Pentecost issue: Friday 1 May.</b> Articles, letters and photographs to the "
          "Editor by email or through the Vicarage letterbox.", IMPRINT_STYLE),
    ])
    split = 390
    rects = columns(y, split)
    fit(c, left, rects[:1], "back left")
    fit(c, [right], rects[1:], "back right")
    c.setStrokeColor(PURPLE)
    c.line(MARGIN, split - 8, W - MARGIN, split - 8)
    recipe = [P("Recipe corner: Lent Lunch lentil soup", ParagraphStyle("rh", parent=SUB, fontSize=14, leading=17)),
              ] + paras(RECIPE) + [P("<b>Anjali Mehta</b>", BYLINE)]
    fit(c, recipe, columns(split - 16, BOTTOM + 14), "recipe")
    c.setFont("Sans", 7.5)
    c.drawCentredString(W / 2, BOTTOM + 2, "Registered charity no. 1139087 (fictional) \u00b7 \u00a9 2026 PCC of "
                        "St Oswin\u2019s, Ashcombe Parva")


def main() -> None:
    c = Canvas(str(OUT), pagesize=A4)
    c.setTitle("The Ashcombe Bell \u2013 Lent & Easter 2026")
    c.setAuthor("PCC of St Oswin's, Ashcombe Parva")
    for page in (page_cover, page_vicar, page_bells, page_churchyard, page_choir, page_letters, page_rotas,
                 page_village, page_fergus, page_back):
        page(c)
        c.showPage()
    c.save()
    print(OUT)


if __name__ == "__main__":
    main()
