"""Generate the fictional bulletin "The Harrowdale Naturalist" No. 143 (Spring 2026)
of the (fictional) Harrowdale & District Field Naturalists' Society:
field-naturalists-bulletin-2026-en.pdf.

Plain two-column layout, no running heads, folio centred at the foot.
Self-contained and deterministic: every page is laid out explicitly and the
script stops with an error if any text does not fit its frames.
Run with /work/writer-venv/bin/python.
"""

from __future__ import annotations

import io
import os
import sys

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable, Frame, Paragraph, Spacer

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "field-naturalists-bulletin-2026-en.pdf")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

for name, fn in [
    ("Serif", "DejaVuSerifCondensed.ttf"),
    ("Serif-Bold", "DejaVuSerifCondensed-Bold.ttf"),
    ("Serif-Italic", "DejaVuSerifCondensed-Italic.ttf"),
    ("Serif-BoldItalic", "DejaVuSerifCondensed-BoldItalic.ttf"),
    ("Title", "DejaVuSerif-Bold.ttf"),
]:
    pdfmetrics.registerFont(TTFont(name, os.path.join(FONT_DIR, fn)))
pdfmetrics.registerFontFamily("Serif", normal="Serif", bold="Serif-Bold", italic="Serif-Italic", boldItalic="Serif-BoldItalic")

W, H = A4
ML = 22 * mm
MR = 22 * mm
TOP = H - 20 * mm
BOTTOM = 22 * mm
GUTTER = 7 * mm
INK = HexColor("#1a1a1a")
GREEN = HexColor("#2f4f2f")

body = ParagraphStyle("body", fontName="Serif", fontSize=10.4, leading=14, alignment=TA_JUSTIFY, textColor=INK)
body_ind = ParagraphStyle("body_ind", parent=body, firstLineIndent=10)
head = ParagraphStyle("head", fontName="Serif-Bold", fontSize=14, leading=17, textColor=GREEN, spaceAfter=2, keepWithNext=1)
head_small = ParagraphStyle("head_small", fontName="Serif-Bold", fontSize=10.8, leading=13.5, textColor=INK, spaceBefore=8, spaceAfter=2, keepWithNext=1)
standfirst = ParagraphStyle("standfirst", fontName="Serif-Italic", fontSize=10.4, leading=14, textColor=INK, spaceAfter=4)
signature = ParagraphStyle("signature", fontName="Serif-Italic", fontSize=10.4, leading=14, alignment=TA_RIGHT, spaceBefore=3)
sig_left = ParagraphStyle("sig_left", fontName="Serif", fontSize=10.4, leading=14, alignment=TA_LEFT, spaceBefore=4)
caption = ParagraphStyle("caption", fontName="Serif-Italic", fontSize=8, leading=10, alignment=TA_CENTER, spaceBefore=2, spaceAfter=6)
contd = ParagraphStyle("contd", fontName="Serif-Italic", fontSize=8.5, leading=11, alignment=TA_RIGHT, spaceBefore=4)
contd_from = ParagraphStyle("contd_from", fontName="Serif-Italic", fontSize=8.5, leading=11, alignment=TA_LEFT, spaceAfter=2)
record = ParagraphStyle("record", fontName="Serif", fontSize=9.6, leading=12.6, alignment=TA_LEFT, leftIndent=8, firstLineIndent=-8, spaceAfter=2.5)
group = ParagraphStyle("group", fontName="Serif-Bold", fontSize=9.4, leading=12, spaceBefore=6, spaceAfter=2, textColor=GREEN)
small = ParagraphStyle("small", fontName="Serif", fontSize=9, leading=12, alignment=TA_LEFT)
role = ParagraphStyle("role", fontName="Serif-Italic", fontSize=8.6, leading=11, textColor=GREEN)
person = ParagraphStyle("person", fontName="Serif-Bold", fontSize=9.4, leading=12, spaceAfter=7)
prog = ParagraphStyle("prog", fontName="Serif", fontSize=10, leading=13.4, leftIndent=52, firstLineIndent=-52, spaceAfter=5)


class Drawing(Flowable):
    """A simple line drawing placeholder (an illustration, not a photo)."""

    def __init__(self, height, kind="bird"):
        super().__init__()
        self.h = height
        self.kind = kind

    def wrap(self, aw, ah):
        self.w = aw
        return aw, self.h

    def draw(self):
        c = self.canv
        c.setStrokeColor(INK)
        c.setLineWidth(0.7)
        c.rect(0, 0, self.w, self.h, stroke=1, fill=0)
        cx, cy = self.w / 2, self.h / 2
        if self.kind == "bird":
            p = c.beginPath()
            p.moveTo(cx - 30, cy - 5)
            p.curveTo(cx - 10, cy + 20, cx + 20, cy + 18, cx + 34, cy + 4)
            p.curveTo(cx + 20, cy - 8, cx - 5, cy - 14, cx - 30, cy - 5)
            c.drawPath(p, stroke=1, fill=0)
            c.line(cx + 34, cy + 4, cx + 50, cy + 24)
            c.circle(cx + 50, cy + 27, 5, stroke=1, fill=0)
            c.line(cx + 55, cy + 27, cx + 70, cy + 24)
            c.line(cx - 2, cy - 12, cx - 6, cy - 40)
            c.line(cx + 8, cy - 12, cx + 10, cy - 40)
        else:
            for i in range(5):
                x = cx - 40 + i * 20
                c.line(x, cy - 30, x + (i - 2) * 4, cy + 10)
                c.ellipse(x - 9 + (i - 2) * 4, cy + 6, x + 9 + (i - 2) * 4, cy + 16 + i % 2 * 4, stroke=1, fill=0)


class Photo(Flowable):
    def __init__(self, height, tone=0.8):
        super().__init__()
        self.h = height
        self.tone = tone

    def wrap(self, aw, ah):
        self.w = aw
        return aw, self.h

    def draw(self):
        c = self.canv
        c.setFillColor(Color(self.tone, self.tone, self.tone))
        c.rect(0, 0, self.w, self.h, stroke=0, fill=1)


class Box(Flowable):
    """Ruled box with paragraphs inside."""

    def __init__(self, items, pad=6, fill=None):
        super().__init__()
        self.items, self.pad, self.fill = items, pad, fill

    def wrap(self, aw, ah):
        self.w = aw
        inner = aw - 2 * self.pad
        self.sizes = []
        total = 0
        for i, it in enumerate(self.items):
            _, h = it.wrap(inner, ah)
            sb = it.getSpaceBefore() if i else 0
            sa = it.getSpaceAfter()
            self.sizes.append((h, sb, sa))
            total += h + sb + sa
        self.h = total + 2 * self.pad
        return aw, self.h

    def draw(self):
        c = self.canv
        c.setLineWidth(0.6)
        c.setStrokeColor(GREEN)
        if self.fill is not None:
            c.setFillColor(self.fill)
        c.rect(0, 0, self.w, self.h, stroke=1, fill=1 if self.fill is not None else 0)
        y = self.h - self.pad
        for it, (h, sb, sa) in zip(self.items, self.sizes):
            y -= sb + h
            it.drawOn(c, self.pad, y)
            y -= sa


class CondBreak(Flowable):
    """Move on to the next column when less than `need` points are left (keeps a heading with its text)."""

    def __init__(self, need=45):
        super().__init__()
        self.need = need

    def wrap(self, aw, ah):
        return aw, (ah - 0.01 if ah < self.need else 0)

    def draw(self):
        pass


class Rule(Flowable):
    def __init__(self, space=5):
        super().__init__()
        self.space = space

    def wrap(self, aw, ah):
        self.w = aw
        return aw, 2 * self.space

    def draw(self):
        self.canv.setLineWidth(0.5)
        self.canv.setStrokeColor(INK)
        self.canv.line(self.w * 0.3, self.space, self.w * 0.7, self.space)


def P(text, style=body):
    return Paragraph(text, style)


def paras(text, first=body, rest=body_ind):
    out = []
    for i, t in enumerate(p.strip() for p in text.strip().split("\n\n")):
        out.append(Paragraph(" ".join(t.split()), first if i == 0 else rest))
    return out


def columns(x0, y0, x1, y1, n=2, gutter=GUTTER):
    cw = (x1 - x0 - (n - 1) * gutter) / n
    return [(x0 + i * (cw + gutter), y0, cw, y1 - y0) for i in range(n)]


def flow(c, story, frames, where):
    story = list(story)
    for x, y, w, h in frames:
        Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0).addFromList(story, c)
    if story:
        sys.exit(f"overflow on {where}: {getattr(story[0], 'text', story[0])!r:.80}")


def balanced(c, story, x0, x1, ytop, ybottom, n=2, gutter=GUTTER, where="balanced"):
    cw = (x1 - x0 - (n - 1) * gutter) / n
    total = 0.0
    for it in story:
        _, h = it.wrap(cw, H)
        total += h + it.getSpaceBefore() + it.getSpaceAfter()
    colh = total / n
    while colh < ytop - ybottom:
        trial = list(story)
        scratch = canvas.Canvas(io.BytesIO())
        for x, y, w, h in columns(x0, ytop - colh, x1, ytop, n, gutter):
            Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0).addFromList(trial, scratch)
        if not trial:
            break
        colh += 4
    colh = min(colh, ytop - ybottom)
    flow(c, story, columns(x0, ytop - colh, x1, ytop, n, gutter), where)
    return ytop - colh


def folio(c, n):
    c.setFont("Serif", 9)
    c.setFillColor(INK)
    c.drawCentredString(W / 2, 11 * mm, str(n))


def full_cols(top=TOP):
    return columns(ML, BOTTOM, W - MR, top)


# ================================================================ page 1
def page1(c):
    c.setFillColor(GREEN)
    c.setFont("Title", 27)
    c.drawCentredString(W / 2, H - 26 * mm, "THE HARROWDALE NATURALIST")
    c.setFont("Serif-Italic", 10)
    c.setFillColor(INK)
    c.drawCentredString(W / 2, H - 33 * mm, "Bulletin of the Harrowdale & District Field Naturalists’ Society")
    c.setFont("Serif", 9)
    c.drawString(ML, H - 41 * mm, "No. 143")
    c.drawCentredString(W / 2, H - 41 * mm, "Registered charity no. 512 877")
    c.drawRightString(W - MR, H - 41 * mm, "Spring 2026")
    c.setLineWidth(1.2)
    c.line(ML, H - 43.5 * mm, W - MR, H - 43.5 * mm)
    c.setLineWidth(0.4)
    c.line(ML, H - 44.5 * mm, W - MR, H - 44.5 * mm)
    x0, x1 = ML, W - MR
    colw = (x1 - x0 - GUTTER) / 2
    box = Box([
        P("<b>In this issue</b>", small),
        Spacer(1, 3),
        P("Chair’s report ........................... 1", small),
        P("Saltmarsh and shingle at Kelderby ..... 2", small),
        P("Fungus foray in Ashcombe Wood ........ 4", small),
        P("Winter wildfowl at Fellside ............. 5", small),
        P("Recent records ........................... 7", small),
        P("Letters ....................................... 8", small),
        P("Moths, hedgehogs and more ............. 9", small),
        P("Book reviews ............................. 10", small),
        P("Programme, spring and summer ........ 11", small),
        P("Committee and contacts ................. 12", small),
    ], pad=7)
    story = [P("Chair’s report", head)]
    story += paras(
        """
        Dear members, it is a pleasure to write to you at the start of what promises to be a busy
        year for the Society. Membership stood at 214 at the end of December, the highest figure
        since the Bulletin went over to its present format, and I am especially pleased that so many
        of our newer members have joined field meetings rather than simply reading about them.

        The autumn programme was blessed with kind weather, apart from one memorably wet Saturday in
        Ashcombe Wood which, as you will read on page 4, suited the fungi far better than it suited
        us. The winter talks were well attended, and the committee has agreed to keep the later
        starting time of half past seven that so many of you asked for.

        Several long-standing members have taken on new tasks. At our last committee meeting I asked
        Fergal Dunne, who has organised the winter bird counts on the reservoirs for nineteen years,
        whether he would be willing to lead a twentieth season. “Only if somebody younger carries the
        telescope,” he said, and we have duly found him two volunteers.

        Our finances remain sound, thanks to careful stewardship and to the generous legacy from the
        late Dorothy Ambler, whose pressed-flower collection is now safely with the county museum.
        The committee proposes to spend part of the legacy on a second moth trap and on printing a
        revised checklist of the flowering plants of the district, which has not been updated since
        1998.

        Please note the date of the Annual General Meeting on 9 April, details of which appear on
        page 11. Nominations for the committee are very welcome; it would be good to see some new
        faces around the table, and I promise that the meetings are shorter than rumour suggests.

        Finally, a word of thanks to everyone who writes for these pages, draws for them, counts,
        records and sends in observations. The Bulletin is only as good as the notes that arrive in
        the Editor’s inbox, and this issue shows how much is going on across the district.
        """
    )
    story.append(P("Yours, Bronwen Tregarthen", signature))
    ytop = H - 50 * mm
    # box at top of the right column; report flows in left column and below the box
    _, bh = box.wrap(colw, H)
    box.drawOn(c, x0 + colw + GUTTER, ytop - bh)
    frames = [(x0, BOTTOM, colw, ytop - BOTTOM), (x0 + colw + GUTTER, BOTTOM, colw, ytop - bh - 6 * mm - BOTTOM)]
    right = [
        Drawing(70 * mm, "bird"),
        P("Waxwings in the rowans by Harrowdale station, December. Drawing: Hamish Dalgleish", caption),
        P("Subscriptions", head_small),
    ] + paras(
        """
        Subscriptions for 2026 fell due on 1 January. If you have not yet paid, a reminder slip is
        enclosed with this Bulletin. Members who pay by standing order need do nothing, unless they
        still pay the rates of 2019, in which case the Membership Secretary would be very glad to
        hear from them.
        """
    )
    flow(c, story + [Spacer(1, 8)] + right, frames, "page 1")
    folio(c, 1)


# ================================================================ pages 2-3: Kelderby
def page2(c):
    story = [
        P("Saltmarsh and shingle at Kelderby Point", head),
        P("Field meeting, Saturday 13 September 2025", standfirst),
    ]
    story += paras(
        """
        Twenty-two members and two visitors gathered in the car park at Kelderby on a bright, breezy
        morning, with the tide still a good two hours from the top. Our guide for the day was the
        warden of the Kelderby Point reserve, who has managed the marsh for the county wildlife trust
        since 2009 and knows every creek by its local name.

        We began on the landward side of the sea wall, where the old grazing meadows have been
        allowed to flood in winter. A pair of stonechats were perched on the fence posts, and a
        kestrel hung above the bank for most of the time we stood there. The ditches held water
        mint, brooklime and a fine stand of sea club-rush, and a water rail called unseen from the
        reeds, which caused a brief stampede of binoculars.

        The sea wall itself dates from the 1950s, when the older and lower bank was breached in three
        places by a winter storm surge and the village was flooded to the height of the church
        steps. Several of our older members remembered their parents’ stories of that night, and
        while we waited for stragglers the talk turned to how much this coast has changed within
        living memory.

        “A saltmarsh is a place that cannot make up its mind whether it belongs to the land or the
        sea, and that indecision is exactly what makes it so rich.” The words were those of our guide,
        Lars-Erik Holmqvist, as we climbed the sea wall and looked out over the marsh. Below us the
        zonation was laid out like a textbook diagram: glasswort and annual sea-blite on the open mud,
        sea purslane lining the creeks, and higher up a broad sward of sea lavender, now past its best
        but still with a haze of colour.

        Glasswort, better known to the Kelderby fishmongers as “samphire”, was being gathered in
        small quantities by two people from the village, which the reserve permits by custom. Lars-Erik
        explained that picking is confined to the lower marsh and that the plants are cut rather than
        pulled, so that the roots continue to bind the mud.

        On the creek edges we found common sea-lavender and lax-flowered sea-lavender growing side by
        side, which gave the botanists a useful lesson in telling them apart by the spacing of the
        flowers along the spike. Lars-Erik added that the marsh is grazed lightly by sheep in late
        summer, which keeps the sward open for the sea-lavender and the waders. Too much grazing turns
        the upper marsh into a lawn; too little lets sea couch take over, a coarse grass that smothers
        almost everything else. Getting the balance right, he admitted, is more art than science. Sea aster was in full flower, and several of the plants were being
        worked by ivy bees, a species that has spread rapidly along this coast in the last decade and
        was first recorded in the district only in 2016.

        The walk along the shingle spit took us past the ringing station, where Alistair MacLeod and
        his team were processing the morning’s catch. We were shown a juvenile reed warbler, two
        meadow pipits and, to general delight, a firecrest that had been caught in the sallows behind
        the hut. Alistair reminded us that the station has now ringed more than 90,000 birds since it
        was set up in 1986.

        Out on the open mud the waders were feeding along the tideline: curlew, bar-tailed godwit,
        grey plover still with traces of black on the belly, and a busy flock of dunlin that flickered
        between white and grey every time it turned. A telescope was set up on the shingle so that
        everyone could have a look, and the same godwit was patiently found four times for members who
        kept losing it among the others. Two little egrets stalked the nearest creek, and a single
        spotted redshank, in its smart grey winter plumage, fed among the common redshank for long
        enough for everyone to compare the two.
        """
    )
    flow(c, story, full_cols(), "page 2")
    folio(c, 2)


def page3(c):
    story = paras(
        """
        The shingle itself was sparsely vegetated, as one would expect so late in the season, but
        there were still flowers on the sea campion and a few spikes of viper’s bugloss. Yellow
        horned-poppy had set its extraordinary long seed pods, and one member found a single plant
        of sea kale hidden among the driftwood. Lars-Erik told us that the kale had been almost lost
        from the spit in the 1970s, when cars were allowed to drive along it, and that its recovery
        since the vehicle ban had been one of the quiet successes of the reserve.

        Lunch was taken in the lee of the old coastguard lookout, out of the wind. From there we
        watched the tide push up the creeks and the waders lift off the mud in waves: first the
        dunlin, then the redshank, and finally a flock of around 300 golden plover that wheeled over
        the marsh before settling on the grazing meadows behind us. A peregrine made two passes at the
        plover but left without a kill.

        In the afternoon the party split. The hardier members walked out to the end of the spit to
        look for migrants and were rewarded with a wheatear and a late whinchat. The rest of us
        worked slowly back along the edge of the upper marsh, where Ruth Abernethy found a small
        colony of the saltmarsh snail Assiminea grayana under a board, a first for many of us.
        """
    )
    story += [
        Spacer(1, 4),
        Drawing(80 * mm, "bird"),
        P("Redshank on the creek edge at Kelderby. Drawing: Hamish Dalgleish", caption),
    ]
    story += paras(
        """
        Before we left, Lars-Erik showed us the new sluice in the sea wall, which is part of a scheme
        to let the sea back onto the old meadows in a controlled way over the next twenty years. He
        was frank about the difficulties. The meadows are still grazed, and not all of the
        neighbouring farmers are persuaded. But he pointed out that the marsh in front of the wall
        is slowly being squeezed between rising water and the fixed line of the bank, and that without
        somewhere to retreat to, much of it could be lost within our lifetimes.

        We thanked him warmly for a most instructive day, and for his patience with a group that
        stopped every ten yards to argue about sea-lavenders. Altogether the party recorded 61
        species of flowering plant, 43 species of bird and a respectable list of invertebrates, which
        have been passed to the Recorder.

        For members who would like to visit on their own, the reserve is open all year, and the path
        along the sea wall is level and firm as far as the ringing station. The spit beyond is closed
        from April to August to protect the nesting little terns and ringed plovers, and we are asked
        to respect the signs. The nearest bus stop is in Kelderby village, a mile from the reserve.
        """
    )
    story.append(P("— Aoife Brennan", signature))
    story += [Spacer(1, 10), Box([
        P("<b>Highlights of the day</b>", small),
        Spacer(1, 3),
        P("Plants: sea kale, yellow horned-poppy, lax-flowered sea-lavender, sea purslane, annual sea-blite.", small),
        Spacer(1, 2),
        P("Birds: firecrest (in the hand), spotted redshank, peregrine, golden plover (c. 300), wheatear, whinchat.", small),
        Spacer(1, 2),
        P("Invertebrates: ivy bee, saltmarsh snail <i>Assiminea grayana</i>, wasp spider.", small),
    ], pad=7, fill=HexColor("#f1f4ee"))]
    flow(c, story, full_cols(), "page 3")
    folio(c, 3)


# ================================================================ page 4: fungus foray (continued on 9)
FUNGUS_1 = """
    Rain had fallen for most of the preceding week, and it was still falling steadily when
    fourteen members met at the lay-by on the Ashcombe road. Our leader was Ines Carvalho, who
    teaches mycology at the university and has recorded the fungi of Ashcombe Wood since she
    moved to the district. She handed round a box of hand lenses and a stack of waxed paper bags
    and told us firmly that nobody was to put anything in their mouth.

    The wood is a mixture of old coppiced hazel, standard oaks and a plantation of beech planted
    after the war, and each part has its own fungi. Even before we reached the first gate we had
    found sulphur tuft in dense clusters on a stump, candlesnuff on fallen twigs and the small
    black fingers of Xylaria longipes on a sycamore branch, a species that Ines said many people
    confuse with the better-known “dead man’s fingers” of beech.

    Ines Carvalho told the group, “If you only learn one thing today, learn to look at the gills,
    the stem and what the fungus is growing on before you even think about a name.” It was good
    advice, and we spent the next hour putting it into practice on a bewildering range of small
    brown mushrooms in the leaf litter, most of which remained politely unnamed.

    Ines had brought a small folding table, and at each stop the finds were laid out on it in
    rows. She showed us how to take a spore print by leaving a cap gill-side down overnight on a
    sheet of paper that is half black and half white, so that both pale and dark spores show up.
    Several members went home determined to try it on the kitchen table, to the dismay, one
    suspects, of their families.

    The beech plantation was more rewarding. Under the trees we found the violet-tinged wood
    blewit, several troops of the amethyst deceiver and a single, enormous specimen of the
    shaggy parasol, which one of our younger members measured at 24 centimetres across the cap.
    On a fallen beech trunk there was a fine display of porcelain fungus, translucent and
    glistening in the rain, and beneath it the hard black domes of “King Alfred’s cakes” on an
    old ash branch.

    In the clearing by the charcoal platforms, Ines pointed out a ring of clouded agarics nearly
    eight metres across. She explained that a fairy ring grows outwards year by year as the
    mycelium exhausts the soil at its centre, so that the size of the ring gives a rough idea of
    its age. This one, she thought, was at least forty years old, older than most of the party.

    By midday the rain had eased and the light improved enough for photographs. We sheltered
    under the big oak at the top of the wood for lunch, where the conversation turned, as it
    always does on fungus forays, to the question of edibility. Ines was unmoved by several hopeful
    enquiries about the parasol. Her view is that nothing gathered on a Society foray should be
    eaten, because the records are worth more than the meal.
"""


def page4(c):
    story = [
        P("Fungus foray in Ashcombe Wood", head),
        P("Field meeting, Saturday 18 October 2025", standfirst),
    ]
    story += paras(FUNGUS_1)
    story.append(P("<i>continued on page 9</i>", contd))
    (x1, y1, w1, h1), (x2, y2, w2, h2) = full_cols()
    pic = [Photo(50 * mm, 0.74), P("Porcelain fungus on a fallen beech trunk. Photo: Tomasz Wierzbicki", caption)]
    flow(c, pic, [(x2, TOP - 64 * mm, w2, 64 * mm)], "page 4 photo")
    flow(c, story, [(x1, y1, w1, h1), (x2, y2, w2, h2 - 66 * mm)], "page 4")
    folio(c, 4)


# ================================================================ pages 5-6: Fellside
def page5(c):
    story = [
        P("Winter wildfowl at Fellside Reservoir", head),
        P("Field meeting, Saturday 17 January 2026", standfirst),
    ]
    story += paras(
        """
        There was a hard frost overnight, and the road up to Fellside was white when the first cars
        arrived at eight o’clock. Nineteen members turned out, which says a great deal about the
        enthusiasm of the Society for ducks, and the reservoir repaid the effort with one of the best
        counts of the winter. Only the shallow north arm was frozen; the main basin was open water
        and crowded with birds.

        We were met at the dam by the reservoir warden, Delphine Marchetti, who has worked at Fellside
        for the water company for six years. She led us first to the new hide on the west shore,
        which was opened last summer and replaces the draughty shed that many of us remember with
        mixed feelings. The new hide has a ramp and a low window for wheelchair users, and a
        shelf of identification cards that the volunteers change with the seasons. It was good to see
        that it is already well used: the sightings book by the door had entries from the day before
        in at least six different hands.
        """
    )
    story += [Photo(72 * mm, 0.78),
              P("Goldeneye and tufted duck off the west shore of Fellside Reservoir. Photo: Ruth Abernethy", caption)]
    story += paras(
        """
        From the hide we counted 212 tufted duck, 87 pochard, 46 goldeneye and a raft of more than 400
        coot, together with smaller numbers of wigeon, teal and gadwall. Three goosanders, two of them
        drakes in immaculate plumage, fished along the far bank, and a little grebe dived repeatedly
        just in front of the hide. The pochard count is the highest at Fellside for at least ten
        years, which is encouraging given the national decline of the species.

        “People think a reservoir is just a bath full of water, but this one has more wintering duck
        than any natural lake in the county,” said Delphine Marchetti, the reservoir’s warden, as we
        scanned the flock. She explained that the water company now draws the reservoir down more
        gently in autumn, which leaves a wide margin of mud and shallow water along the north arm, and
        that the change had made a visible difference to the numbers of dabbling duck.

        Walking round to the north arm we disturbed a snipe from the frozen rushes and found the
        tracks of an otter crossing the ice, clear enough that even the doubters were convinced. A
        flock of siskins and lesser redpolls was feeding in the alders by the inflow, and a
        treecreeper worked its way up the trunk of the largest alder while we watched.

        At the inflow we met the county’s gull enthusiasts, who had been watching the roost since the
        previous evening. They had found a Caspian gull among the herring gulls at dusk, and one of
        them kindly let us look at his photographs, which showed the long, pale-headed bird quite
        clearly. Sadly it did not return while we were there.
        """
    )
    flow(c, story, full_cols(), "page 5")
    folio(c, 5)


def page6(c):
    story = paras(
        """
        After coffee in the visitor centre, Delphine took us up to the old valve tower, which is not
        normally open to the public. From its windows there is a view over the whole reservoir and
        down the valley towards Harrowdale. She pointed out the areas where the company has planted
        new willow carr and the fenced plots on the east bank where grazing has been stopped to let
        the heather recover. “In ten years I would like to see merlin breeding on that slope again,”
        she told us. “It has happened before, and there is no reason why it should not happen again.”

        Back on the dam, a great white egret flew in from the south and landed on the bank of the
        north arm, where it stood for a long time without moving. A few years ago this would have been
        a sensation, but the species is now seen at Fellside every winter and was recorded breeding
        in the county for the first time last year. There was still a small thrill in seeing it
        against the frozen reeds, so very white that it seemed to glow.

        The afternoon light faded early. A few of us stayed on to watch the gulls gather for the
        roost, a spectacle that never fails to impress: from about three o’clock, long lines of gulls
        came in from the landfill site and the fields to the east, and by dusk there were several
        thousand birds on the water, most of them black-headed and common gulls, with a few hundred
        lesser black-backs. The Caspian gull did not show, but a single Mediterranean gull was picked
        out by its white wing tips as the light went.

        Walking back to the cars in the dark, we heard a tawny owl calling from the plantation above
        the dam and, more surprisingly, the thin whistle of a wigeon flock moving overhead. It was a
        fitting end to a long day, and several members declared it the best field meeting of the
        winter, frozen fingers notwithstanding.

        In all, the party recorded 58 species of bird during the day, including 17 species of
        wildfowl. The full list has gone to the Recorder, and the wildfowl counts have been added to
        the monthly counts that Fergal Dunne and his team carry out on the county’s reservoirs for
        the national Wetland Bird Survey.

        Our thanks go to Delphine Marchetti for giving up her Saturday, and to the water company for
        permission to visit the valve tower. Members are reminded that the west shore hide is open
        every day from dawn to dusk and that the car park charge is waived for holders of a Society
        membership card.
        """
    )
    story.append(P("— Kenji Morimoto &amp; Ruth Abernethy", signature))
    story += [
        Spacer(1, 10),
        Box([
            P("<b>Winter counts at Fellside</b>", small),
            Spacer(1, 3),
            P("Peak counts of selected species, winters 2023/24 to 2025/26, from the monthly Wetland "
              "Bird Survey counts.", small),
            Spacer(1, 3),
            P("Tufted duck: 188 · 174 · 212", small),
            P("Pochard: 41 · 52 · 87", small),
            P("Goldeneye: 39 · 44 · 46", small),
            P("Goosander: 11 · 7 · 9", small),
            P("Coot: 356 · 390 · 420", small),
        ], pad=7, fill=HexColor("#f1f4ee")),
    ]
    balanced(c, story, ML, W - MR, TOP, BOTTOM, where="page 6")
    folio(c, 6)


# ================================================================ page 7: records
def page7(c):
    top = [
        P("Recent records", head),
        P("October 2025 to January 2026. Compiled by Sunita Venkataraman", standfirst),
        P("A selection of the records received since the autumn Bulletin. Observers are given by "
          "their initials in brackets; a full list of records is kept by the Recorder and will "
          "appear in the annual report.", body),
    ]
    recs = [
        CondBreak(70), P("Birds", group),
        P("<b>Whooper Swan</b> 7 flying south-west over Fellside Reservoir, 26 Oct (FD); 2 adults on flooded "
          "fields at Netherby, 11–14 Dec (GP, NA).", record),
        P("<b>Pink-footed Goose</b> c. 1,200 flying east over Harrowdale in several skeins, 14 Oct (DM, SV).", record),
        P("<b>Pochard</b> 87 at Fellside Reservoir, 17 Jan, the highest count there since 2014 (Society field "
          "meeting; KM, RA).", record),
        P("<b>Great White Egret</b> 1 at Fellside on several dates from 9 Dec to the end of the period (FD, "
          "KM); 2 at Kelderby Point, 3 Nov (LEH).", record),
        P("<b>Water Rail</b> 1 calling at Kelderby, 13 Sep (Society field meeting); 2 at Fellside north arm, "
          "30 Dec (FD).", record),
        P("<b>Green Sandpiper</b> 1 on the Netherby scrape, 19 Oct to 7 Nov (NA, GP).", record),
        P("<b>Woodcock</b> 3 flushed in Ashcombe Wood during the cold spell, 10 Jan (TW).", record),
        P("<b>Hen Harrier</b> a ringtail hunting over Kelderby marsh, 22 Nov and 6 Dec (LEH, AB).", record),
        P("<b>Caspian Gull</b> a first-winter in the Fellside roost, 16 Jan (TH), the fourth record for the "
          "district.", record),
        P("<b>Short-eared Owl</b> 2 on the rough ground behind Kelderby sea wall from 18 Nov, with 3 "
          "there on 2 Jan (AB, BT, PO’S).", record),
        P("<b>Mediterranean Gull</b> an adult in the Fellside roost, 17 Jan (Society field meeting).", record),
        P("<b>Raven</b> a pair displaying over Harrow Fell, 24 Jan (PR).", record),
        P("<b>Dipper</b> 1 on the Millbeck at the church bridge throughout the period (MK).", record),
        P("<b>Waxwing</b> 14 in rowans by Harrowdale station, 3 Dec (GP, NA); 6 still there on 5 Dec "
          "(KM); a single bird in a Millbeck garden, 20 Dec (NA).", record),
        P("<b>Firecrest</b> 1 trapped and ringed at Kelderby ringing station, 13 Sep (Society field meeting); "
          "1 wintering in Ashcombe Wood, 4 Jan to end of period (IC).", record),
        P("<b>Brambling</b> up to 40 with chaffinches under the beeches in Ashcombe Wood, Dec–Jan (TW, IS).", record),
        CondBreak(70), P("Mammals", group),
        P("<b>Otter</b> tracks on the ice of Fellside north arm, 17 Jan (Society field meeting); spraint "
          "under Netherby bridge, 2 Nov (GP).", record),
        P("<b>Hedgehog</b> still active in a Lower Harrowdale garden on 28 Nov (GP); one found "
          "hibernating in a compost heap at Fenwick Green, 10 Jan, and carefully covered again (PO’S).", record),
        P("<b>Brown Hare</b> 11 on the Netherby levels, 8 Jan (DM).", record),
        P("<b>Polecat</b> 1 dead on the Ashcombe road, 4 Nov (IS), further evidence that the species is "
          "spreading east.", record),
        P("<b>Noctule</b> 2 feeding over Fellside dam at dusk on a mild evening, 6 Nov (KM).", record),
        CondBreak(70), P("Amphibians", group),
        P("<b>Common Frog</b> first spawn in a Millbeck garden pond, 29 Jan (NA).", record),
        CondBreak(70), P("Invertebrates", group),
        P("<b>Ivy Bee</b> <i>Colletes hederae</i> still flying on ivy at Kelderby churchyard, 19 Oct (AB).", record),
        P("<b>Red Admiral</b> 1 on the wing at Millbeck, 27 Dec, on a mild afternoon (NA).", record),
        P("<b>December Moth</b> 9 at light in Ashcombe Wood, 6 Dec (IS).", record),
        P("<b>Buff-tailed Bumblebee</b> a worker on winter heather in a Harrowdale garden, 14 Jan, suggesting "
          "a winter-active colony (DM).", record),
        P("<b>Saltmarsh snail</b> <i>Assiminea grayana</i> under a board at Kelderby Point, 13 Sep (RA), new "
          "to the Society’s list.", record),
        CondBreak(70), P("Plants and fungi", group),
        P("<b>Sea Kale</b> 1 plant on Kelderby spit, 13 Sep (Society field meeting).", record),
        P("<b>Winter Heliotrope</b> flowering on the verge of the Ashcombe road from 2 Dec (TW).", record),
        P("<b>Hazel</b> first catkins open at Netherby, 21 Jan (BT).", record),
        P("<b>Snowdrop</b> first flowers in Netherby churchyard, 12 Jan (BT).", record),
        P("<b>Shaggy Parasol</b> cap 24 cm across in Ashcombe Wood, 18 Oct (Society field meeting).", record),
        P("<b>Earthstar</b> <i>Geastrum triplex</i> several under yew in Millbeck churchyard, 30 Oct (NA).", record),
        Spacer(1, 5),
        P("Please send records, with date, place and grid reference, to the Recorder. Records of "
          "common species are just as welcome as rarities.", ParagraphStyle("ri", parent=body, fontName="Serif-Italic")),
    ]
    y = TOP
    x0, x1 = ML, W - MR
    for it in top[:2]:
        _, h = it.wrap(x1 - x0, H)
        y -= h
        it.drawOn(c, x0, y)
        y -= it.getSpaceAfter()
    flow(c, [top[2]] + recs, full_cols(y - 2 * mm), "page 7")
    folio(c, 7)


# ================================================================ page 8: letters
def letter(title, text, sig):
    out = [CondBreak(90), P(title, head_small)]
    out += paras(text)
    out.append(P(sig, signature))
    return out


def page8(c):
    story = [P("Letters", head),
             P("Letters for the summer Bulletin should reach the Editor by 30 April. We may shorten "
               "letters for reasons of space.", standfirst)]
    story += letter("Lapwings in the upper valley", """
        In his autumn article on the birds of the upper valley, Fergal Dunne wrote that “the lapwing
        has all but gone from the fields above Netherby, and I do not expect to see it breed there
        again.” I am sorry to say that I agree with him about the general trend, but I can offer a
        small crumb of comfort.

        Last May a pair nested successfully on the spring-sown barley at High Cragg Farm, where the
        farmer had left a fallow plot for skylarks under a stewardship scheme. Three chicks fledged.
        It is only one pair, but it suggests that the birds will come back where they are given the
        chance.
        """, "Noriko Ashdown, Millbeck")
    story += letter("A hedgehog highway", """
        Members may like to know that our street in Lower Harrowdale now has what my grandson calls a
        “hedgehog highway”: a hole the size of a CD case cut at the bottom of every garden fence from
        number 2 to number 34. It took a year of persuasion and a good deal of tea.

        We put a trail camera out in October and recorded at least three different hedgehogs using
        the gaps, one of them still active at the end of November. I would be glad to lend the camera
        to any member who would like to try the same thing in their own road.
        """, "Gwilym Pritchard, Lower Harrowdale")
    story += letter("An old book on the district", """
        While clearing my late aunt’s house I came across a copy of “The Natural History of the
        Harrowdale District” by the Rev. Septimus Hale, published in 1911. The fly-leaf is signed by
        the author and by a later owner, who has added pencil notes on nests found in the 1920s.

        I should be happy to give the book to the Society’s library if the committee would like it.
        The notes, in particular, seem to me too interesting to disappear into a second-hand
        bookshop, and one of them records corncrakes calling at Netherby in 1924.
        """, "Patrick O’Shaughnessy, Fenwick Green")
    story += letter("Where have the sparrows gone?", """
        When we moved to Castle Street in 1979 there were house sparrows in every gutter. Last year I
        did not see a single one in the street, although there are still a few round the allotments
        by the river. An elderly neighbour, who has lived here all her life, told me: “There used to
        be so many sparrows on the roofs that you couldn’t hear yourself think on a summer evening.”

        I know the decline is national, but I would be interested to hear whether other members have
        noticed the same in their own streets, and whether anyone has had success with sparrow
        terraces. Perhaps the Society could organise a count, as it did for swifts a few years ago.
        """, "Kwabena Mensah, Harrowdale")
    story += letter("Ivy and the ivy bee", """
        I was delighted to read of the ivy bees at Kelderby. They have been visiting the ivy on our
        church wall for three autumns now. May I make a plea to members who tidy churchyards and
        gardens: please do not cut back flowering ivy in September and October. It is one of the
        last good sources of nectar of the year, and the bees, hoverflies and late butterflies
        depend on it.
        """, "Maja Kowalska, Kelderby")
    story.append(P("[The committee has gratefully accepted Mr O’Shaughnessy’s offer; the book will be on "
                   "display at the AGM. — Ed.]", ParagraphStyle("ed", parent=body, fontName="Serif-Italic", spaceBefore=6)))
    balanced(c, story, ML, W - MR, TOP, BOTTOM, where="page 8")
    folio(c, 8)


# ================================================================ page 9: fungus continued + notes
FUNGUS_2 = """
    While the adults ate, the three children in the party were set the task of finding as many
    slime moulds as they could. They came back with five, including the pink cushions of wolf’s
    milk on a rotten birch log, which turned out to be new to the wood. Ines was delighted, and
    the finder was allowed to carry the specimen box for the rest of the day.

    After lunch we crossed the stream into the northern part of the wood, where the ground is
    wetter and the hazel gives way to alder and birch. Here the fungi changed completely. Under
    the birches we found brown birch boletes, a few late fly agarics, already beginning to
    collapse, and the birch polypore on almost every dead standing trunk. Ines showed us how the
    polypore was once stropped to sharpen razors, which explains one of its old names.

    On the alders there were the small orange cups of the alder bracket and, in the wettest
    corner by the stream, a colony of the alder roll-rim. The find of the day, though, was made by
    one of our newest members on a mossy log: a cluster of the scarlet elf cup, unusually early in
    the season. It was photographed from every angle before anyone was allowed to move on.

    The final count was 87 species, including four not previously recorded in Ashcombe Wood. The
    specimens that could not be named in the field were taken home by Ines for microscopy, and
    she has since added a further eleven names to the list. The complete list will be sent to the
    county fungus group and to the Recorder.

    Our thanks go to Ines for her patience and good humour, and to the estate for permission to
    visit the northern part of the wood, which is not normally open to the public. Those who came
    went home soaked but with a new respect for small brown mushrooms.
"""


def page9(c):
    story = [P("<i>continued from page 4</i>", contd_from),
             P("Fungus foray in Ashcombe Wood", head_small)]
    story += paras(FUNGUS_2)
    story.append(P("— Tomasz Wierzbicki", signature))
    story += [Rule(7), CondBreak(90), P("Moth trap nights at Ashcombe", head_small),
              P("Contributed by Ingrid Solberg", standfirst)]
    story += paras(
        """
        The Society’s moth trap was run in the car park at Ashcombe Wood on six nights between
        October and January, with the estate’s permission. Catches were small, as one expects in
        winter, but included December moth, mottled umber, the pale brindled beauty and a single
        spring usher on a mild night in late January, a date that seems early for the species.

        With the second trap now approved by the committee, we hope to run both traps together on
        the Kelderby reserve this summer. Anyone who would like to come along and help empty the
        egg trays at dawn will be most welcome; no experience is needed, only a warm coat.
        """
    )
    story += [Rule(7), CondBreak(90), P("Hedgehog survey: volunteers wanted", head_small)]
    story += paras(
        """
        Following the letter from Gwilym Pritchard on page 8, the committee would like to map
        hedgehog records across the district this year. If you see a hedgehog, alive or dead, please
        note the date and place and send the details to the Recorder. Footprint tunnels are
        available on loan for members who would like to survey their own gardens; they are simple
        to use and children love them.
        """
    )
    story.append(P("— Dev Malhotra", signature))
    story += [Rule(7), CondBreak(90), P("Swift boxes at St Oswald’s", head_small), P("By Yasmin Farouk", standfirst)]
    story += paras(
        """
        Twelve swift boxes were fixed under the louvres of the tower of St Oswald’s church in
        Harrowdale in November, with the help of the churchwardens and a very patient steeplejack.
        The boxes were paid for by a grant from the parish council and made by pupils at Castle
        Street primary school, who also painted the numbers on them.

        Swifts return from Africa in the first week of May, and young birds prospecting for nest
        sites usually find new boxes within a year or two, especially if a recording of swift calls is
        played nearby. We shall be doing exactly that from the end of April, and I should be glad of
        volunteers to watch the tower on summer evenings and note which boxes are visited.
        """
    )
    balanced(c, story, ML, W - MR, TOP, BOTTOM, where="page 9")
    folio(c, 9)


# ================================================================ page 10: reviews
def page10(c):
    story = [P("Book reviews", head)]
    story += [P("“Lichens of the Western Moors” by Eleanor Varga-Holt. Pellbrook Press, 2025, 312 pp., £24.99.",
                ParagraphStyle("bk", parent=head_small, spaceBefore=4))]
    story += paras(
        """
        Lichens have a reputation for being difficult, and most naturalists I know admire them from
        a respectful distance. This handsome book sets out to change that, and for the moorland
        species at least it largely succeeds. The author has spent more than twenty years surveying
        the lichens of the western uplands, and the book is organised not by family but by habitat:
        boulders, walls, tree bark, peat, and the bare gravel of old tracks.

        The writing is clear and often affectionate. In her introduction she describes lichens as “the
        slowest gossip in the countryside, recording every change in the air long after we have
        forgotten it,” and the chapter on lichens as indicators of air quality is the best short
        account I have read. The photographs are excellent, although some of the smaller crustose
        species would have benefited from a scale bar.

        My only real complaint is that the keys assume access to chemical spot tests, which few
        beginners will have. Still, at this price it is a bargain, and I have already taken it up
        onto Harrow Fell twice.
        """
    )
    story.append(P("Priya Raghunathan", signature))
    story += [Rule(6), CondBreak(90), P("“A Year of Hoverflies” by Desmond Okafor. Fenbridge Books, 2025, 198 pp., £16.50.",
                         ParagraphStyle("bk2", parent=head_small, spaceBefore=4))]
    story += paras(
        """
        This is not an identification guide, and it does not pretend to be one. It is a diary of a
        single year in the author’s suburban garden, in which he recorded 71 species of hoverfly
        from the first marmalade hoverfly in February to a late drone fly sunning itself on a wall
        at Christmas. Each month has a short essay, with notes on the species seen and on the plants
        they visited.

        What makes the book worth reading is the author’s patience. He watches the same patch of
        fennel for hours, and his observations of courtship and territorial behaviour are genuinely
        new, at least to me. The chapter on hoverfly larvae in a rotting tree stump, under the
        heading “Rat-tails and Relatives”, is a small gem.
        """
    )
    story.append(P("Reviewed by Callum Strachan", signature))
    story += [Rule(6), CondBreak(90), P("“The Pocket Guide to Winter Twigs” by Hildegard Brenner. Larkspur Natural History, 2024, "
                         "96 pp., £9.99.", ParagraphStyle("bk3", parent=head_small, spaceBefore=4))]
    story += paras(
        """
        Winter is the season when most of us give up on trees, and this slim, waterproof guide is a
        good reason not to. It covers 84 native and commonly planted trees and shrubs, with life-size
        drawings of twigs, buds and leaf scars and a simple key that works in the field. I tested it
        on a cold walk along the Harrow in January and named every twig I tried, apart from a
        willow, which is no more than one expects of willows.
        """
    )
    story.append(P("— Aoife Brennan", signature))
    story += [Rule(6), CondBreak(90), P("“Otters of the Northern Rivers” by Ragnhild Eriksen. Tarnside Press, 2025, 240 pp., £19.99.",
                         ParagraphStyle("bk4", parent=head_small, spaceBefore=4))]
    story += paras(
        """
        The otter’s return to the rivers of this country is one of the great conservation stories of
        the last fifty years, and this book tells it well. The author followed otters on three rivers
        over six years, mostly at night and mostly in the rain, and her account of learning to read
        spraint, tracks and the slides on muddy banks will be familiar to anyone who has tried it.

        The later chapters, on road deaths and on the otter’s uneasy relationship with fishing
        interests, are balanced and well researched. There are a few too many photographs of the author
        in waders, but that is a small price for a book that will send readers down to the Harrow at
        dawn to look for themselves.
        """
    )
    story.append(P("Sigrún Hallgrímsdóttir", signature))
    balanced(c, story, ML, W - MR, TOP, BOTTOM, where="page 10")
    folio(c, 10)


# ================================================================ page 11: programme + AGM + archive
def page11(c):
    story = [P("Programme, spring and summer 2026", head),
             P("Indoor meetings are held in the Quaker Meeting House, Castle Street, Harrowdale, at 7.30 pm. "
               "Visitors are welcome at all meetings. For field meetings, please tell the leader if you "
               "intend to come, so that we can share lifts.", standfirst)]
    progs = [
        ("Thu 12 Mar", "Talk: “Dragonflies of the Upper Harrow” by Dr Oluwaseun Adeyemi."),
        ("Thu 9 Apr", "Annual General Meeting, followed by “Forty Years at the Kelderby Ringing Station”, "
                      "an illustrated talk by Alistair MacLeod."),
        ("Sun 26 Apr", "Field meeting: spring flowers of Millbeck Woods. Meet at Millbeck church, 10.30 am. "
                       "Leader: Bronwen Tregarthen."),
        ("Sat 9 May", "Dawn chorus walk at Fellside Reservoir. Meet at the dam car park, 4.30 am. "
                      "Leader: Kenji Morimoto."),
        ("Sat 13 Jun", "Field meeting: moths and bats on the Kelderby reserve, from 8.30 pm. "
                       "Leader: Ingrid Solberg."),
        ("Sun 12 Jul", "Field meeting: grasses, sedges and rushes at Netherby Levels. Leader: Lars-Erik Holmqvist."),
        ("Sat 8 Aug", "Family bug hunt at Ashcombe Wood, 2 pm. Leader: Dev Malhotra."),
    ]
    story += [P(f"<b>{d}</b>&nbsp;&nbsp;&nbsp;{t}", prog) for d, t in progs]
    story += [Spacer(1, 6), Drawing(76 * mm, "reeds"),
              P("Common reed and reedmace at Netherby Levels. Illustration by Sakura Ishikawa", caption)]
    story += [Rule(6), CondBreak(90), P("Notice of Annual General Meeting", head_small)]
    story += paras(
        """
        The Annual General Meeting of the Society will be held on Thursday 9 April 2026 at 7.30 pm
        in the Quaker Meeting House. The agenda, the accounts for 2025 and the nomination form for
        the committee are enclosed with this Bulletin. Nominations, signed by the nominee and two
        members, should reach the Secretary by 26 March.
        """
    )
    story.append(P("Rhiannon Hughes, Hon. Secretary", sig_left))
    story += [Rule(6), CondBreak(90), P("Members’ exhibition", head_small)]
    story += paras(
        """
        Drawings, paintings and photographs by members will be on show in the library of the Quaker
        Meeting House throughout May, under the title “Small Wonders: Drawings and Pictures from the
        Field”. Each member may submit up to three pieces, framed or mounted, by 20 April. Work
        by junior members is particularly welcome, and there will be a small prize for the best
        picture by someone under sixteen.
        """
    )
    story.append(P("Kenji Morimoto, Programme Secretary", sig_left))
    story += [Rule(6), CondBreak(90), P("From the archive: fifty years ago", head_small)]
    story += paras(
        """
        The Bulletin for spring 1976 reported a bitterly cold field meeting at Kelderby, at which the
        party saw snow buntings on the spit and a flock of twite on the saltmarsh, neither of which
        has been recorded there for many years. The Recorder of the day, Walter Pennington, wrote
        that “the twite is so regular at Kelderby in winter that it hardly seems worth recording.”
        It is a salutary reminder that the common birds of one generation can be the rarities of the
        next.
        """
    )
    flow(c, story, full_cols(), "page 11")
    folio(c, 11)


# ================================================================ page 12: editor's note + committee
def page12(c):
    top = [P("From the Editor", head)]
    top += paras(
        """
        Thank you to everyone who contributed to this issue, which is the longest Bulletin for some
        years. The summer issue will appear in June; copy, drawings and photographs should reach me by
        30 April, preferably by email, although handwritten notes are still gratefully received and
        faithfully typed up. Illustrations in this issue are by Hamish Dalgleish (pages 1 and 3) and
        Sakura Ishikawa (page 11); the photograph on page 5 is by Ruth Abernethy.
        """
    )
    top += [P("With warm regards,", sig_left), P("Mina Castellano", ParagraphStyle("mc", parent=sig_left, spaceBefore=0)),
            P("Editor", ParagraphStyle("mce", parent=sig_left, spaceBefore=0, fontName="Serif-Italic"))]
    y = balanced(c, top, ML, W - MR, TOP, BOTTOM + 150 * mm, n=1, where="page 12 top")
    c.setLineWidth(1)
    c.setStrokeColor(GREEN)
    y -= 6 * mm
    c.line(ML, y, W - MR, y)
    y -= 9 * mm
    c.setFont("Title", 13)
    c.setFillColor(GREEN)
    c.drawString(ML, y, "The Committee")
    y -= 5 * mm
    members = [
        ("President", "Eamon Fitzgerald"),
        ("Chair", "Bronwen Tregarthen"),
        ("Vice-Chair", "Olufemi Adebayo-Price"),
        ("Hon. Secretary", "Rhiannon Hughes"),
        ("Hon. Treasurer", "Giles Featherstonehaugh"),
        ("Recorder", "Sunita Venkataraman"),
        ("Membership Secretary", "Agnieszka Nowicka"),
        ("Programme Secretary", "Kenji Morimoto"),
        ("Bulletin Editor", "Mina Castellano"),
        ("Assistant Editor", "Dev Malhotra"),
        ("Librarian", "Tariq Haddad"),
        ("Ordinary Members", "Aoife Brennan<br/>Hamish Dalgleish"),
    ]
    cw = (W - ML - MR - 2 * GUTTER) / 3
    for i, (r_, n_) in enumerate(members):
        col, row = i // 4, i % 4
        x = ML + col * (cw + GUTTER)
        yy = y - 5 * mm - row * 17 * mm
        c.setFont("Serif-Italic", 8.8)
        c.setFillColor(GREEN)
        c.drawString(x, yy, r_)
        c.setFont("Serif-Bold", 9.8)
        c.setFillColor(INK)
        for k, nm in enumerate(n_.split("<br/>")):
            c.drawString(x, yy - 4.6 * mm - k * 4.4 * mm, nm)
    y -= 78 * mm
    info = [
        P("<b>Membership</b> Ordinary £18; Family £25; Junior (under 18) £5; Student £8. Subscriptions are due on "
          "1 January and may be paid by standing order. Please send changes of address to the Membership Secretary.", small),
        Spacer(1, 4),
        P("<b>Correspondence</b> Letters and articles for the Bulletin to the Editor, 14 Weavers Row, Harrowdale HD3 7QP, "
          "or bulletin@harrowdale-naturalists.org.uk. Records to the Recorder at records@harrowdale-naturalists.org.uk.", small),
        Spacer(1, 4),
        P("Opinions expressed in the Bulletin are those of the contributors and not necessarily those of the Society. "
          "Printed by Fellgate Print, Harrowdale, on recycled paper.", small),
    ]
    flow(c, info, columns(ML, BOTTOM, W - MR, y, 2), "info")
    folio(c, 12)


def main():
    c = canvas.Canvas(OUT, pagesize=A4, invariant=1)
    c.setTitle("The Harrowdale Naturalist No. 143, Spring 2026")
    c.setAuthor("Harrowdale & District Field Naturalists' Society")
    c.setCreator("make_field-naturalists-bulletin-2026-en.py")
    for fn in (page1, page2, page3, page4, page5, page6, page7, page8, page9, page10, page11, page12):
        fn(c)
        c.showPage()
    c.save()
    print("wrote", OUT)


if __name__ == "__main__":
    main()
