#!/usr/bin/env python3
"""Generator for the blind test magazine 'arts-quarterly-2026-en'.

The Saltmarsh Review, Issue 31, Spring 2026 - a (fictional) quarterly of letters and art.
All people, galleries, books and works are invented. Deterministic: no randomness, no clock.
Run:  /work/writer-venv/bin/python make_arts-quarterly-2026-en.py [-v]
"""
import io
import os
import sys

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Flowable, Frame, Paragraph, Spacer

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "arts-quarterly-2026-en.pdf")

FONTDIR = "/usr/share/fonts/truetype/dejavu/"
for name, fn in [("Serif", "DejaVuSerif.ttf"), ("Serif-Bold", "DejaVuSerif-Bold.ttf"),
                 ("Serif-Italic", "DejaVuSerif-Italic.ttf"), ("Serif-BoldItalic", "DejaVuSerif-BoldItalic.ttf"),
                 ("SerifC", "DejaVuSerifCondensed.ttf"), ("SerifC-Bold", "DejaVuSerifCondensed-Bold.ttf"),
                 ("SerifC-Italic", "DejaVuSerifCondensed-Italic.ttf"),
                 ("SerifC-BoldItalic", "DejaVuSerifCondensed-BoldItalic.ttf"),
                 ("Sans", "DejaVuSans.ttf"), ("Sans-Bold", "DejaVuSans-Bold.ttf"),
                 ("Sans-Oblique", "DejaVuSans-Oblique.ttf"), ("Sans-BoldOblique", "DejaVuSans-BoldOblique.ttf"),
                 ("SansL", "DejaVuSans-ExtraLight.ttf")]:
    pdfmetrics.registerFont(TTFont(name, FONTDIR + fn))
registerFontFamily("Serif", normal="Serif", bold="Serif-Bold", italic="Serif-Italic", boldItalic="Serif-BoldItalic")
registerFontFamily("SerifC", normal="SerifC", bold="SerifC-Bold", italic="SerifC-Italic",
                   boldItalic="SerifC-BoldItalic")
registerFontFamily("Sans", normal="Sans", bold="Sans-Bold", italic="Sans-Oblique", boldItalic="Sans-BoldOblique")

PW, PH = 170 * mm, 240 * mm
INNER, OUTER = 52, 44
TOPM, BOTM = 62, 56
CW = PW - INNER - OUTER
TOP = PH - TOPM
BOT = BOTM

INK = HexColor("#1d1d1b")
RUST = HexColor("#9a3b25")
MUTED = HexColor("#6b6b66")
PAPER = HexColor("#f4f1ea")


def xleft(n):
    """Left edge of the text block on page n (odd pages are right-hand pages)."""
    return INNER if n % 2 == 1 else OUTER


# ---------------------------------------------------------------- styles
body = ParagraphStyle("body", fontName="SerifC", fontSize=9.3, leading=13.2, alignment=TA_JUSTIFY)
body_ind = ParagraphStyle("body_ind", parent=body, firstLineIndent=12)
essay = ParagraphStyle("essay", fontName="Serif", fontSize=9.6, leading=14.4, alignment=TA_JUSTIFY)
essay_ind = ParagraphStyle("essay_ind", parent=essay, firstLineIndent=14)
rubric = ParagraphStyle("rubric", fontName="Sans", fontSize=7.5, leading=10, textColor=RUST, spaceAfter=6)
title_xl = ParagraphStyle("title_xl", fontName="Serif", fontSize=30, leading=34, textColor=INK, spaceAfter=8)
title_l = ParagraphStyle("title_l", fontName="Serif", fontSize=21, leading=25, textColor=INK, spaceAfter=6)
title_m = ParagraphStyle("title_m", fontName="Serif-Bold", fontSize=12.5, leading=15.5, textColor=INK,
                         spaceAfter=3)
title_s = ParagraphStyle("title_s", fontName="Serif-Bold", fontSize=10.2, leading=13, textColor=INK, spaceAfter=2)
standfirst = ParagraphStyle("standfirst", fontName="Serif-Italic", fontSize=11, leading=15.5, textColor=INK,
                            spaceAfter=10)
scbyline = ParagraphStyle("scbyline", fontName="Serif", fontSize=10.5, leading=14, textColor=RUST, spaceAfter=12)
caption = ParagraphStyle("caption", fontName="SerifC-Italic", fontSize=7.4, leading=9.6, textColor=MUTED,
                         spaceBefore=3, spaceAfter=9)
bio = ParagraphStyle("bio", fontName="Serif-Italic", fontSize=8.6, leading=12, textColor=INK, spaceBefore=8)
pull = ParagraphStyle("pull", fontName="Serif-Italic", fontSize=15.5, leading=20, textColor=RUST,
                      spaceBefore=8, spaceAfter=4)
pullsrc = ParagraphStyle("pullsrc", fontName="Sans", fontSize=7.5, leading=10, textColor=INK, spaceAfter=10)
signoff = ParagraphStyle("signoff", fontName="SerifC-Italic", fontSize=9.3, leading=13.2, alignment=TA_RIGHT,
                         spaceBefore=4)
revhead = ParagraphStyle("revhead", fontName="Serif-Bold", fontSize=11.5, leading=14.5, spaceAfter=1)
revmeta = ParagraphStyle("revmeta", fontName="Sans", fontSize=7.3, leading=9.8, textColor=MUTED, spaceAfter=7)
poem = ParagraphStyle("poem", fontName="Serif", fontSize=10.2, leading=16, alignment=TA_LEFT)
poet = ParagraphStyle("poet", fontName="Serif-Italic", fontSize=10, leading=14, textColor=RUST)
small = ParagraphStyle("small", fontName="Sans", fontSize=7.4, leading=10, textColor=INK)
turn = ParagraphStyle("turn", parent=body, spaceBefore=5)
qturn = ParagraphStyle("qturn", parent=body, fontName="SerifC-Italic", spaceBefore=8)


def P(text, style=body):
    return Paragraph(text, style)


def paras(text, style=body_ind, first=body):
    out = []
    for i, chunk in enumerate([t.strip() for t in text.strip().split("\n\n") if t.strip()]):
        out.append(Paragraph(" ".join(chunk.split()), first if i == 0 else style))
    return out


def smallcaps(text, size):
    words = []
    for w in text.split():
        words.append('%s<font size="%.1f">%s</font>' % (w[0], size * 0.78, w[1:].upper()))
    return " ".join(words)


class Photo(Flowable):
    def __init__(self, height, width=None, tone=0.74):
        super().__init__()
        self.h, self.w, self.tone = height, width, tone

    def wrap(self, aw, ah):
        self._w = self.w or aw
        return self._w, self.h

    def draw(self):
        c = self.canv
        t = self.tone
        c.setFillColor(Color(t, t, t))
        c.setStrokeColor(Color(t - 0.08, t - 0.08, t - 0.08))
        c.rect(0, 0, self._w, self.h, fill=1, stroke=1)


class Rule(Flowable):
    def __init__(self, color=INK, thick=0.4, space=5, width=None):
        super().__init__()
        self.color, self.thick, self.space, self.width = color, thick, space, width

    def wrap(self, aw, ah):
        self._w = self.width or aw
        return aw, self.space * 2

    def draw(self):
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(self.thick)
        self.canv.line(0, self.space, self._w, self.space)


def stack(c, flowables, x, ytop, w):
    y = ytop
    for f in flowables:
        fw, fh = f.wrap(w, 2000)
        st = getattr(f, "style", None)
        before = st.spaceBefore if st is not None else 0
        after = st.spaceAfter if st is not None else 0
        y -= before
        f.drawOn(c, x, y - fh)
        y -= fh + after
    return y


REPORT = []


def fill(f, story, canv):
    while story:
        head = story[0]
        if f.add(head, canv, trySplit=0):
            del story[0]
            continue
        parts = f.split(head, canv)
        if not parts:
            return
        if not f.add(parts[0], canv, trySplit=0):
            return
        story[0:1] = parts[1:]


def frames(c, story, rects, label=""):
    story = list(story)
    free = []
    for (x, yb, w, h) in rects:
        f = Frame(x, yb, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        fill(f, story, c)
        free.append(round(f._y - f._y1))
    if story:
        msg = "OVERFLOW p%d %s: %d left, first %r" % (c.getPageNumber(), label, len(story),
                                                       str(getattr(story[0], "text", story[0]))[:70])
        if "-d" not in sys.argv:
            raise SystemExit(msg)
        tc = rl_canvas.Canvas(io.BytesIO())
        hsum = sum(f.wrap(rects[0][2], 2000)[1] for f in story)
        REPORT.append(msg + " (about %d pt more)" % hsum)
    REPORT.append("p%-2d %-24s free: %s" % (c.getPageNumber(), label, free))


def columns(c, story, x, ytop, ybot, ncol, w, gap=16, label=""):
    colw = (w - gap * (ncol - 1)) / ncol
    frames(c, story, [(x + i * (colw + gap), ybot, colw, ytop - ybot) for i in range(ncol)], label)


def _fits(story, ncol, colw, h):
    tc = rl_canvas.Canvas(io.BytesIO())
    st = list(story)
    for i in range(ncol):
        fill(Frame(0, 0, colw, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0), st, tc)
    return not st


def bcolumns(c, story, x, ytop, ybot_min, ncol, w, gap=16, label=""):
    colw = (w - gap * (ncol - 1)) / ncol
    lo, hi = 10.0, float(ytop - ybot_min)
    if not _fits(story, ncol, colw, hi) and "-d" not in sys.argv:
        raise SystemExit("OVERFLOW p%d %s (balanced)" % (c.getPageNumber(), label))
    while hi - lo > 1:
        mid = (lo + hi) / 2
        if _fits(story, ncol, colw, mid):
            hi = mid
        else:
            lo = mid
    h = hi + 1
    columns(c, story, x, ytop, ytop - h, ncol, w, gap, label)
    return ytop - h


def draw_photo(c, x, ytop, w, h, tone=0.74):
    ph = Photo(h, w, tone)
    ph.wrap(w, h)
    ph.drawOn(c, x, ytop - h)
    return ytop - h


def head(c, n, section=None):
    """Running head: magazine name on left pages, section on right pages; folio at the foot."""
    c.setFillColor(INK)
    c.setFont("Sans", 7)
    if section is not None:
        if n % 2 == 0:
            c.drawString(OUTER, PH - 34, "THE SALTMARSH REVIEW  ·  SPRING 2026")
        else:
            c.drawRightString(PW - OUTER, PH - 34, section)
        c.setStrokeColor(INK)
        c.setLineWidth(0.3)
        c.line(xleft(n), PH - 40, xleft(n) + CW, PH - 40)
    folio(c, n)


def folio(c, n):
    c.setFillColor(INK)
    c.setFont("Serif", 8.5)
    if n % 2 == 0:
        c.drawString(OUTER, 30, str(n))
    else:
        c.drawRightString(PW - OUTER, 30, str(n))


# ====================================================================== page 1: cover

def page1(c):
    c.setFillColor(PAPER)
    c.rect(0, 0, PW, PH, fill=1, stroke=0)
    c.setFillColor(INK)
    c.setFont("Serif", 40)
    c.drawCentredString(PW / 2, PH - 92, "The Saltmarsh")
    c.drawCentredString(PW / 2, PH - 136, "Review")
    c.setFont("Sans", 7.5)
    c.drawCentredString(PW / 2, PH - 160, "A QUARTERLY OF LETTERS & ART")
    c.setStrokeColor(RUST)
    c.setLineWidth(0.8)
    c.line(PW / 2 - 60, PH - 170, PW / 2 + 60, PH - 170)
    draw_photo(c, 70, PH - 190, PW - 140, 300, tone=0.62)
    c.setFont("Serif-Italic", 11)
    c.setFillColor(INK)
    c.drawCentredString(PW / 2, 168, "Issue 31  ·  Spring 2026")
    names = [P("Aurelio Bassani on small harbours", ParagraphStyle("cv", fontName="Serif", fontSize=10.5,
                                                                   leading=14, alignment=TA_CENTER)),
             P("Ingrid Halvorsen in conversation", ParagraphStyle("cv2", fontName="Serif", fontSize=10.5,
                                                                  leading=14, alignment=TA_CENTER)),
             P("New poems by Niamh Ferriter and Arjun Mehta-Quinn",
               ParagraphStyle("cv3", fontName="Serif", fontSize=10.5, leading=14, alignment=TA_CENTER)),
             P("Reviews · Letters", ParagraphStyle("cv4", fontName="Serif", fontSize=10.5, leading=14,
                                                   alignment=TA_CENTER))]
    stack(c, names, 60, 150, PW - 120)
    c.setFont("Sans", 7)
    c.drawCentredString(PW / 2, 34, "£9  ·  €11  ·  ISSN 0000-0031")


# ====================================================================== page 2: contents + editor's note

EDNOTE = """
Spring in a harbour town arrives sideways: first in the light on the water, then in the tempers of the gulls,
and only much later in the gardens. This issue arrived the same way. It began with a single photograph of a
slipway that Aurelio Bassani sent us last autumn, with a note saying that he could not stop thinking about
the places where boats come home. His essay, which opens the issue, is what came of that note.

Around it we have gathered work that seems, without our planning it, to be about thresholds: tide lines,
kiln doors, the moment before a painting begins. Ingrid Halvorsen, whose canvases hang this spring in Glasgow,
talks at length with Priya Raghunathan about weather, patience and the stubbornness of linen. Niamh Ferriter
and Arjun Mehta-Quinn bring new poems, and our reviewers have been out in galleries and bookshops on your
behalf.

A note of news, too. After thirty issues in a back bedroom, the Review has a new home: a small, damp and very
beautiful room above the chandler’s on Quay Street. Visitors are welcome on Thursday afternoons. Bring a
jumper.

Our thanks, as ever, to the subscribers who keep us afloat, and to the readers who write to us; two of their
letters appear on page 13. Please keep them coming. We read every one, usually aloud and usually over tea.
"""


def page2(c):
    n = 2
    head(c, n, section="CONTENTS")
    x = xleft(n)
    lw = 160
    st = [P("Contents", ParagraphStyle("ct", fontName="Serif", fontSize=18, leading=22, spaceAfter=12))]
    ce = ParagraphStyle("ce", fontName="SerifC", fontSize=8.8, leading=12, spaceAfter=8, leftIndent=18,
                        firstLineIndent=-18)
    items = [("2", "Editor’s Note"),
             ("3", "<i>Essay</i><br/>The Weight of Small Harbours<br/>Aurelio Bassani"),
             ("6", "<i>Poems</i><br/>“Lowtide Inventory”, Niamh Ferriter<br/>“Kiln”, Arjun Mehta-Quinn"),
             ("8", "<i>In Conversation</i><br/>Ingrid Halvorsen with Priya Raghunathan"),
             ("11", "<i>Exhibitions</i><br/>Tidal Archive · Paper Weather"),
             ("12", "<i>Books</i><br/>The Glass Orchard · Small Hours, Salt Roads"),
             ("13", "Letters"),
             ("14", "Contributors")]
    for num, t in items:
        st.append(P("<b>%s</b>&nbsp;&nbsp;&nbsp;%s" % (num, t), ce))
    st += [Spacer(1, 8), Rule(color=RUST),
           P("<i>Cover:</i> Ingrid Halvorsen, <i>Salt Ledger</i> (detail), 2023–24. Oil on linen. Image courtesy "
             "of the artist.", ParagraphStyle("cc", parent=caption, textColor=INK))]
    columns(c, st, x, TOP, BOT, 1, lw, label="contents")
    x2 = x + lw + 22
    w2 = CW - lw - 22
    c.setStrokeColor(INK)
    c.setLineWidth(0.3)
    c.line(x2 - 11, TOP, x2 - 11, BOT)
    en = [P("EDITOR’S NOTE", rubric),
          P("Coming home", ParagraphStyle("eh", parent=title_l, fontSize=17, leading=21))]
    en += paras(EDNOTE, style=ParagraphStyle("eb", parent=body, firstLineIndent=12),
                first=ParagraphStyle("eb0", parent=body))
    en += [Spacer(1, 6), P("R.M.", ParagraphStyle("ini", fontName="Serif-Italic", fontSize=10, leading=14)),
           P("Rosalind Mayhew, <i>Editor</i>", ParagraphStyle("enm", fontName="SerifC", fontSize=9,
                                                                leading=13))]
    columns(c, en, x2, TOP, BOT, 1, w2, label="editor-note")


# ====================================================================== pages 3-5: essay

ESSAY_1 = """
There is a harbour on the west coast of Ireland, which I will not name because the people who live beside it
would rather I didn’t, that holds eleven boats on a good day and seven on a bad one. The wall was built in
1887 by men paid partly in meal. Its stones are the grey of wet slate, and at low water the whole basin empties
to a floor of weed, lost buckets, bicycle parts and the occasional astonished crab. I have walked down to it
most evenings for six years, and I am still not sure I understand what it is for.

That is not quite true. I know what it is for. It is for keeping boats. But a small harbour does something
else as well, something harder to say, and this essay is my attempt to say it.

I grew up in Trieste, a city that has had more names and more flags than most people have had addresses. My
grandfather, Bruno, fished out of Muggia, across the bay, in a wooden boat painted the blue of a school exercise
book. He was not a sentimental man. When I asked him once, aged nine, whether he loved the sea, he looked at me
as though I had asked whether he loved his own elbow. “The sea is not for loving,” he said. “The sea is for
coming back from.”

I have been thinking about that sentence for forty years.

Coming back from is what a harbour is built for. The great ports of the world are built for going out: for
trade, for empire, for the long ranks of containers stacked like bright bricks. A port faces the horizon. A
small harbour faces the village. Its wall curves like an arm around a pair of shoulders, and when you stand at
the end of it you are not really looking out at all; you are looking back, at the lit windows and the church
and the one shop that sells both firelighters and birthday cards.
"""

ESSAY_2 = """
The Breton folklorist Anne-Laure Kervella, who spent much of her life recording the speech of fishing
families along the coast of Finistère, collected dozens of words for the moment a boat clears the harbour
mouth on its way home. Very few of them, she observed, have anything to do with relief. Most describe a kind
of reckoning: of fuel, of catch, of who is still aboard. In one of the notebooks published after her death
she wrote: “The harbour is where the sea hands you the bill.”

I came across that line in a second-hand bookshop in Cork, pencilled into the margin of somebody else’s
copy, and it has been pinned above my desk ever since. It is the least romantic description of a harbour I
know, and the most accurate.

Because small harbours are not, for the most part, romantic places. They smell of diesel and bait. The
ladders are slimed and the bollards rusted. In winter the swell comes over the wall and lifts the boats
against their fenders with a sound like furniture being moved in the flat upstairs. Everyone who works there
is tired, and most of them are owed money.

And yet people come to look. They come in cars with bicycle racks, in tour buses, on foot with dogs. Painters
set up easels on the slip in August and are gently moved aside by men carrying crates. The harbour in my
village has been painted, by my own rough count, several hundred times, and almost never from the water.
Visitors call it “picturesque”, a word that means, if you think about it, that it looks like a picture of
something, not like the thing itself.
"""

ESSAY_3 = """
I think we come to look because we recognise in a small harbour something about our own lives: a place to
return to that is not safe, exactly, but safer. The wall does not stop the weather. It only breaks it into
pieces small enough to live with.

There is an old argument among harbour engineers about whether a wall should be built to resist the sea or
to let it through. The Victorians, who built most of the walls on this coast, believed in resistance: great
vertical faces of dressed stone, set against the Atlantic like a jaw. Many of those walls have failed. The
newer thinking favours rubble and slope, surfaces that take the wave and spend it slowly, so that it arrives
at the boats tired. I find this more consoling than I can easily explain. It is, I suppose, the difference
between a person who never bends and a person who has learned how to.

My neighbour, Declan Mulcahy, has kept a half-decked boat in the harbour for thirty-one years. He fishes
for pollack in summer and mends other people’s engines in winter, and he regards the painters with the
patience of a man who has been painted himself, more than once, without his consent. When I told him what I
was writing, he shook his head. “You’ll make it sound like a poem,” he said, “and then the insurance will go
up.”

In the winter of 2014 a series of storms took the end off the wall. The county sent engineers, who wrote a
report, and the report went wherever such reports go. The village raised the rest of the money itself, with
a raffle, two concerts in the parish hall and a sponsored swim that nobody who took part in it wishes to
discuss. The wall was rebuilt the following summer with new stones that are still, a decade later, a
slightly different colour from the old ones. You can see the mend from the hill above the village. Nobody
minds. If anything, people point it out.

I have come to think that this is the real work of a small harbour: not to keep us safe, which it cannot
do, but to keep count. It notices who went out and who came back. It keeps the mend visible. It hands us the
bill.

Tonight the tide is out. The floor of the basin is shining, the boats are leaning on their keels like
tired horses, and somebody has left a light on in the ice house. In a little while I will walk down again,
and stand at the end of the wall, and look back.
"""

ESSAY_BIO = """Aurelio Bassani was born in Trieste and has lived in the west of Ireland since 2019. His essays on
coasts and borders have appeared widely, and his book “The Lagoon Ledger” was published in 2024. He is at
work on a history of breakwaters."""


def page3(c):
    n = 3
    folio(c, n)
    x = xleft(n)
    c.setStrokeColor(RUST)
    c.setLineWidth(2)
    c.line(x, PH - 44, x + 40, PH - 44)
    y = stack(c, [P("ESSAY", rubric),
                  P("The Weight of Small Harbours", title_xl),
                  P(smallcaps("Aurelio Bassani", 10.5), scbyline),
                  P("On walls, tides and the places where boats come home, and what my grandfather meant about "
                    "the sea.", standfirst)], x, PH - 58, CW)
    st = paras(ESSAY_1, style=essay_ind, first=essay)
    # single wide column, indented left for an elegant measure
    indent = 38
    columns(c, st, x + indent, y - 4, BOT, 1, CW - indent, label="essay-1")


def page4(c):
    n = 4
    head(c, n, section="ESSAY")
    x = xleft(n)
    ytop = draw_photo(c, x, TOP, CW, 200)
    y = stack(c, [P("The harbour wall at low water, February. Photograph © Saoirse Delaney", caption)],
              x, ytop - 1, CW)
    colw = (CW - 16) / 2
    st = paras(ESSAY_2, style=body_ind, first=body)
    pq = [Rule(color=RUST, thick=0.6),
          P("A port faces the horizon. A small harbour faces the village.", pull),
          Rule(color=RUST, thick=0.6), Spacer(1, 6)]
    st = st[:2] + pq + st[2:]
    columns(c, st, x, y, BOT, 2, CW, label="essay-2")


def page5(c):
    n = 5
    head(c, n, section="THE WEIGHT OF SMALL HARBOURS")
    x = xleft(n)
    colw = (CW - 16) / 2
    st = paras(ESSAY_3, style=body_ind, first=body_ind)
    st.insert(4, Photo(140))
    st.insert(5, P("The repaired section of the wall, rebuilt in 2015.", caption))
    st += [Spacer(1, 2), P("·  ·  ·", ParagraphStyle("orn", fontName="Serif", fontSize=9, alignment=TA_CENTER,
                                                 textColor=RUST)),
           P(" ".join(ESSAY_BIO.split()), bio)]
    columns(c, st, x, TOP, BOT, 2, CW, label="essay-3")


# ====================================================================== pages 6-7: poems

POEM_1 = """One rope, unspliced, the colour of old tea.
A gull’s opinion, delivered twice.
The keel-marks where the Mary Ellen rested
all of March, and then did not.

Four boots, not one of them a pair.
The smell of iron, which is the smell
of everything the water keeps a while
and then returns as if it never wanted it.

My father’s knot, still holding
on a ring that nobody uses.
The light, which comes in sideways here
and leaves the same way, without asking.

And under all of it the floor of the bay
laid open like a ledger,
each line the sea has written down
and will, at six o’clock, take back."""

POEM_2 = """All night the kiln breathes like an animal
that has eaten something bright.
My mother sits beside it in her coat,
reading the temperature the way

other women read the weather,
or their husbands. At two she sleeps.
At four she wakes and lays her palm
flat to the brick, and nods,

as if the heat had told her something
she already knew. By morning
the bowls are out, still ticking,
each one a small bell nobody rang.

She turns them in her hands. She finds
the crack in one, and keeps it,
the way you keep the friend
who tells you the truth."""


def poem_flow(text):
    out = []
    for stanza in text.split("\n\n"):
        out.append(P("<br/>".join(stanza.strip().split("\n")), poem))
        out.append(Spacer(1, 12))
    return out


def page6(c):
    n = 6
    folio(c, n)
    x = xleft(n)
    y = stack(c, [P("POETRY", rubric),
                  P("Lowtide Inventory", ParagraphStyle("pt", fontName="Serif", fontSize=20, leading=24,
                                                        spaceAfter=4)),
                  P("Niamh Ferriter", poet)], x + 40, PH - 70, CW - 40)
    frames(c, poem_flow(POEM_1), [(x + 40, BOT + 70, CW - 40, y - 14 - BOT - 70)], label="poem-1")
    # small drawing, lower right
    draw_photo(c, x + CW - 120, BOT + 120, 120, 80, tone=0.84)
    stack(c, [P("Illustration: Kofi Mensah-Barnes", ParagraphStyle("ic", parent=caption, alignment=TA_RIGHT))],
          x + CW - 160, BOT + 38, 160)


def page7(c):
    n = 7
    folio(c, n)
    x = xleft(n)
    y = stack(c, [P("POETRY", rubric),
                  P("Kiln", ParagraphStyle("pt2", fontName="Serif", fontSize=20, leading=24, spaceAfter=14))],
              x + 40, PH - 70, CW - 40)
    st = poem_flow(POEM_2)[:-1] + [Spacer(1, 14), P("Arjun Mehta-Quinn", poet), Spacer(1, 30), Rule(width=40),
                                   P("“Kiln” belongs to a sequence written during a residency at a working "
                                     "pottery in Stoke-on-Trent.", ParagraphStyle("pn", parent=caption,
                                                                                   fontSize=8, leading=11))]
    frames(c, st, [(x + 40, BOT, CW - 40, y - BOT)], label="poem-2")


# ====================================================================== pages 8-10, 13: interview

IV_INTRO = """The Norwegian painter Ingrid Halvorsen has spent three decades painting the coast of Troms,
mostly in the weeks when there is very little light to paint by. Her exhibition “The Hour Before” opens at
the Kelvin Rooms in Glasgow in April. She spoke to Priya Raghunathan in her studio in Tromsø in January, when
the sun had not yet risen above the mountains."""

R, H = "RAGHUNATHAN", "HALVORSEN"

IV_A = [
    (R, "You have lived in Tromsø for almost all of your working life. What does the polar night do to a "
        "painter?"),
    (H, "It makes you honest, first of all. For about seven weeks there is no direct sun, only a blue glow at "
        "midday that lasts an hour or two. You learn very quickly that light is not something you are given. "
        "It is something you wait for. Most of my paintings are about that waiting, even the ones painted in "
        "June."),
    (R, "People often call your work quiet. Do you accept the word?"),
    (H, "I accept it, but I am not sure it is accurate. A critic in Oslo once wrote that my pictures were "
        "“too quiet to sell”, and for a few years he was right, nobody bought them. But if you stand in front "
        "of a grey sea for long enough, it is not quiet at all. It is extremely busy. It is just busy in a "
        "register that most people have stopped listening for."),
    (R, "How did you begin?"),
    (H, "In Bodø, as a teenager, painting fishing boats for tourists in the summer. Very bad paintings, very "
        "blue. Then the academy in Bergen. My teacher there, Arvid Lund, used to say, “Paint the weather, not "
        "the view.” I nodded as if I understood. It took me about ten years to understand what he meant."),
    (R, "And what did he mean?"),
    (H, "That the view is what stays still, and the weather is what happens to it. A mountain is a view. A "
        "mountain at half past two in February, with snow coming from the west and the light going green at "
        "the edges, is weather. Only the second one is worth painting. I always say I paint the hour before "
        "anything happens: before the boats go out, before the snow starts, before the light comes back."),
]

IV_B = [
    (R, "Salt Ledger, which is on the cover of this issue, took you two years. Why so long?"),
    (H, "Because I painted it three times. It began as a picture of the fish-drying racks on Lofoten, the big "
        "wooden frames where the cod hang all spring. The first version was accurate and dead. The second was "
        "alive and wrong. In the third I scraped almost everything back to the linen and built it up again "
        "from the bottom, very thin, and somewhere in that process it stopped being about fish and became "
        "about keeping accounts, about what a place owes and what it is owed. I showed the second version to "
        "nobody. The third I showed to my husband, who looked at it for a long time and then went to make "
        "coffee, which is how I knew it was finished."),
    (R, "You always paint on linen. Why?"),
    (H, "Because it fights back. Cotton forgives you; linen remembers. If you put a mark down on linen and "
        "then change your mind, the ghost of the first mark stays. I like that. I like to see the history of "
        "the decisions. A painting without its mistakes looks to me like a face without any lines."),
    (R, "Your mother was a weaver, I believe. Did that shape the way you work?"),
    (H, "Completely, though I resisted it for a long time. She wove on a big floor loom in the kitchen in "
        "Bodø, and I grew up under it, watching her feet. Weaving teaches you that a surface is built from "
        "thousands of small decisions, each one almost invisible. That is how I think about a painting now. "
        "No single stroke matters very much. It is the accumulation that makes the weather."),
    (R, "Do you work from photographs?"),
    (H, "Almost never. I go out with a small notebook and a pencil and I write the colours down in words. "
        "The grey of a gull’s back when it is wet. The brown of the water under the pier at low tide. Then I "
        "come back to the studio and try to find them. Usually I fail, and the failure is more interesting "
        "than the colour would have been."),
]

IV_C = [
    (R, "The coast you paint is changing quickly. Is that something you set out to record?"),
    (H, "Not deliberately. But the winters are shorter now, the snow comes later, the sea ice in the fjords "
        "is thinner and some years it does not come at all. When I look at paintings I made twenty years ago, "
        "I see a place that no longer quite exists. I did not set out to paint climate change. I set out to "
        "paint February. It turns out that February is changing."),
    (R, "Does that make the work feel more urgent?"),
    (H, "It makes it feel more like witness and less like decoration, which I am grateful for, in a sad way. "
        "People ask me whether my paintings are political. I tell them they are about the weather, and the "
        "weather has become political, so perhaps they are."),
    (R, "You use very little white. Why?"),
    (H, "Because in the north white is almost never white. Snow is blue in the morning, pink at midday for "
        "about ten minutes, then grey, then violet. If I use white straight from the tube it looks like a hole "
        "in the painting. So I mix it with everything else, a little ochre, a little of whatever grey is on "
        "the palette, until it belongs to the picture."),
    (R, "Do you ever paint people?"),
    (H, "Very rarely, and always small. A figure in a landscape changes the scale of everything around it; "
        "suddenly the mountain is only a backdrop. I prefer the mountain to be the person. If there is a "
        "figure, it is usually someone walking away, towards the weather."),
    (R, "Tell me about the Glasgow exhibition."),
    (H, "There will be twenty-two paintings, most of them from the last three years, and a wall of the "
        "notebooks, opened at the colour pages. The curators wanted the notebooks. I was nervous about it at "
        "first; they are very private, and very badly spelled. But in the end I thought, why not let people "
        "see how unglamorous the work is? It is mostly standing about in the cold, writing down the word "
        "grey."),
    (R, "Has Scotland been a good match for the paintings?"),
    (H, "Glasgow has the right rain. I spent a week there in November looking at the rooms, and it rained every "
        "day in at least four different ways. I felt completely at home."),
]

IV_D = [
    (R, "What are you working on now?"),
    (H, "A series of small paintings, thirty by forty centimetres, all of the same window in my kitchen. The "
        "window looks out over the sound towards Kvaløya. I paint it at the same time every morning, at eight "
        "o’clock, whatever the light is doing. In December the paintings are almost black. By March they are "
        "nearly white. I want there to be a hundred of them, and then I want to stop."),
    (R, "Why stop at a hundred?"),
    (H, "Because a series needs an end, or it becomes a habit. And because I will be fifty-five next year and I "
        "would like to paint something large again before my shoulders give up."),
    (R, "Last question. What would you say to a young painter starting out now?"),
    (H, "Go outside. Get cold. Stand still for longer than is comfortable. Look at the same thing every day "
        "until you can no longer see it, and then keep looking until you can see it again. And buy good linen. "
        "It is expensive, but it is cheaper than regret."),
]


def turns(seq):
    out = []
    for who, txt in seq:
        st = qturn if who == R else turn
        out.append(P("<font name=\"Sans-Bold\" size=\"7.6\">%s:</font> %s" % (who, txt), st))
    return out


def page8(c):
    n = 8
    folio(c, n)
    x = xleft(n)
    y = stack(c, [P("IN CONVERSATION", rubric),
                  P("In conversation: Priya Raghunathan and Ingrid Halvorsen",
                    ParagraphStyle("it", parent=title_l, fontSize=19, leading=23)),
                  P(" ".join(IV_INTRO.split()), ParagraphStyle("ii", parent=standfirst, fontSize=9.8,
                                                               leading=14))], x, PH - 52, CW)
    colw = (CW - 16) / 2
    # artwork in the right column
    yb = draw_photo(c, x + colw + 16, y, colw, 170, tone=0.58)
    cap = P("Ingrid Halvorsen, <i>Salt Ledger</i>, 2023–24. Oil on linen, 140 × 180 cm. "
            "Image courtesy of the artist.", caption)
    _, chh = cap.wrap(colw, 100)
    cap.drawOn(c, x + colw + 16, yb - 3 - chh)
    y2 = yb - 3 - chh - 10
    frames(c, turns(IV_A), [(x, BOT, colw, y - BOT), (x + colw + 16, BOT, colw, y2 - BOT)], label="iv-A")


def page9(c):
    n = 9
    head(c, n, section="IN CONVERSATION  ·  INGRID HALVORSEN")
    x = xleft(n)
    colw = (CW - 16) / 2
    side = [Photo(190),
            P("Ingrid Halvorsen in her studio in Tromsø, January 2026. Photograph © Callum Fairweather",
              caption),
            Rule(color=RUST, thick=0.6),
            P("“I paint the hour before anything happens.”", pull),
            P("INGRID HALVORSEN", pullsrc), Rule(color=RUST, thick=0.6), Spacer(1, 6)]
    st = side + turns(IV_B)
    columns(c, st, x, TOP, BOT, 2, CW, label="iv-B")


def page10(c):
    n = 10
    head(c, n, section="IN CONVERSATION")
    x = xleft(n)
    colw = (CW - 16) / 2
    st = turns(IV_C)
    st.insert(4, Photo(165))
    st.insert(5, P("Ingrid Halvorsen, <i>Before Snow, Kvaløya</i>, 2025. Oil on linen, 60 × 80 cm. Courtesy "
                   "Galleri Nordlys, Bergen. Photograph © Mateo Ruiz-Albers", caption))
    st.append(P("<i>continued on page 13</i>", ParagraphStyle("cont", parent=body, alignment=TA_RIGHT,
                                                               textColor=RUST, spaceBefore=6)))
    columns(c, st, x, TOP, BOT, 2, CW, label="iv-C")


# ====================================================================== page 11: exhibition reviews

REV_1 = """
Elspeth Marwick began photographing the Severn estuary in 1978, when she was a supply teacher with a
second-hand Rolleiflex and a habit of arriving early. She kept going for forty-six years. “Tidal Archive”, the
first survey of her work since her death in 2024, brings together around ninety prints, most of them never
exhibited before, and it is one of the quietest and most absorbing shows I have seen in years.

The early pictures are almost all of mud: the great shining flats at Sharpness and Lydney, printed so darkly
that the water reads as light and the land as shadow. Later, Marwick turned to people, without ever quite
putting them at the centre. A man digging for lugworm is a speck against the sky; a child on a slipway is cut
off at the knees by the frame. The curator, Jonas Whitcombe, writes in the catalogue that Marwick
“photographed the estuary as if it were a witness rather than a view”, and the phrase is exactly right.

The most moving room contains her notebooks, opened under glass. One page, dated March 1991, reads simply:
“Too much light again. Go back Tuesday.” She went back, the prints beside it show, for six Tuesdays in a row.
"""

REV_2 = """
Kenji Morimoto makes weather out of paper. For “Paper Weather”, his first museum exhibition in Britain, the
Osaka-born artist has filled the long gallery at the Castlegate Museum with suspended sheets of handmade
kozo paper, dyed, folded, soaked and dried again until they hang like low cloud. Walking among them is a
little like walking into fog that has decided to stay.

The strongest works are also the simplest. “Cloud Ledger No. 4”, a single sheet three metres long, has been
folded and unfolded so many times that its creases have become a kind of map. “Monsoon, Folded” stacks forty
dyed sheets into a column that darkens, sheet by sheet, from pale grey to indigo. “I wanted the paper to
remember being a tree,” Morimoto said at the press preview. Standing in front of the column, you believe him.
"""


def page11(c):
    n = 11
    head(c, n, section="REVIEWS  ·  EXHIBITIONS")
    x = xleft(n)
    y = stack(c, [P("EXHIBITIONS", rubric)], x, TOP, CW)
    colw = (CW - 16) / 2
    s1 = [P("Tidal Archive: Photographs 1978–2024", revhead),
          P("Elspeth Marwick · Harbourside Gallery, Bristol · until 14 June", revmeta)] + paras(REV_1) + \
         [P("Lucía Ferreyra", signoff)]
    s2 = [Photo(108),
          P("Installation view of Kenji Morimoto’s exhibition at the Castlegate Museum. "
            "Photograph © Tomasz Wrona", caption),
          P("Paper Weather", revhead),
          P("Kenji Morimoto · Castlegate Museum, York · until 31 May", revmeta)] + paras(REV_2) + \
         [P("Reviewed by Oskar Lindahl", signoff)]
    columns(c, s1, x, y, BOT, 1, colw, label="rev-1")
    columns(c, s2, x + colw + 16, y, BOT, 1, colw, label="rev-2")
    c.setStrokeColor(INK)
    c.setLineWidth(0.3)
    c.line(x + colw + 8, y, x + colw + 8, BOT)


# ====================================================================== page 12: book reviews

BOOK_1 = """
Fenella Drummond’s third novel is set in a Herefordshire orchard in the dry summer of 1976, and it is almost
entirely about waiting: for rain, for a letter, for a father who has gone to Bristol to find work and does not
come back. Eleven-year-old Tom is sent to stay with his great-aunt Hester, who keeps bees, distrusts the
telephone and has opinions about everything. The plot, such as it is, could be summarised on a seed packet.
It does not matter in the least.

What matters is the prose, which is patient, exact and frequently funny. Drummond describes the heat as “a
lid that someone had forgotten to lift”, and Hester’s kitchen as “a room where clocks went to argue”. When the
boy finally asks his aunt whether his father is coming home, she answers, “Nothing here is broken, it is only
waiting,” and the sentence does the work of a whole chapter. “The Glass Orchard” is a small book that knows
exactly how large it is.
"""

BOOK_2 = """
Devika Raman’s debut collection is a book of night shifts and early trains. Many of the poems are set in the
hour before dawn, in hospital corridors and bus stations, and they have the clarity of people who are too
tired to pretend. The title poem opens with the kettle’s “long vowel / before anyone wakes”, and the image
sets the key for the whole book: domestic, precise, faintly ringing.

Raman is at her best when she trusts the plainness of her material. In “Handover”, a nurse finishing a
twelve-hour shift notes only that “the window has gone from black / to the colour of weak tea”. A few of the
longer sequences lose their way, but this is a debut of real authority, and “Small Hours, Salt Roads” deserves
readers well beyond the night shift.
"""


def page12(c):
    n = 12
    head(c, n, section="BOOKS")
    x = xleft(n)
    y = stack(c, [P("BOOKS", rubric)], x, TOP, CW)
    colw = (CW - 16) / 2
    s1 = [P("The Glass Orchard", ParagraphStyle("bt", parent=revhead, fontName="Serif-BoldItalic")),
          P("Fenella Drummond · Harrow &amp; Finch · 288 pp · £16.99", revmeta)] + paras(BOOK_1) + \
         [P("— Samira Haddad", signoff)]
    s2 = [P("Small Hours, Salt Roads", ParagraphStyle("bt2", parent=revhead, fontName="Serif-BoldItalic")),
          P("Devika Raman · Lanternfish Press · 72 pp · £11", revmeta)] + paras(BOOK_2) + \
         [P("— Thomas Gallagher", signoff)]
    yb1 = bcolumns(c, s1, x, y, BOT + 60, 1, colw, label="book-1")
    yb2 = bcolumns(c, s2, x + colw + 16, y, BOT + 60, 1, colw, label="book-2")
    c.setStrokeColor(INK)
    c.setLineWidth(0.3)
    c.line(x + colw + 8, y, x + colw + 8, min(yb1, yb2))
    yr = min(yb1, yb2) - 10
    c.setFillColor(PAPER)
    c.rect(x, BOT, CW, yr - BOT, fill=1, stroke=0)
    rec = [P("BOOKS RECEIVED", rubric),
           P("“The Cartographer’s Daughter” by Malika Ben-Haddou (Lanternfish Press) · “Notes on Rust” by Eamon "
             "Fitzgerald (Copper Kettle Books) · “A Field Guide to Small Weathers” by Hanne Sørli (Northbound) · "
             "“Tenants of the Estuary” by Rhys Pritchard (Harrow &amp; Finch) · “Lantern Year” by Chiara "
             "Montanari, translated by Nell Ashby (Quire Editions)",
             ParagraphStyle("rec", fontName="SerifC", fontSize=8, leading=11.5))]
    columns(c, rec, x + 10, yr - 10, BOT + 6, 1, CW - 20, label="received")


# ====================================================================== page 13: interview end + letters

LETTER_1 = """
Harriet Quaye’s essay “On Not Finishing” in your winter issue gave me more comfort than anything I have read
in years. I have a drawer of abandoned novels and a shelf of half-read ones, and I had always assumed both
were evidence of a flaw in my character. When she writes that “an unfinished book is a door left open for the
draught”, I recognised my whole house. I have since finished one of the novels. The other four can wait.
"""

LETTER_2 = """
May I add a small correction to the autumn issue’s piece on the tidal mills of the Welsh coast? The mill at
Carew, in Pembrokeshire, is described as the last working example in Wales. It is, I believe, the last
surviving one, and it has not milled commercially since the 1930s. My grandmother remembered the wheel
turning when she was a girl. Otherwise a lovely article, and it sent me back to the estuary with a flask.
"""


def page13(c):
    n = 13
    head(c, n, section="IN CONVERSATION  ·  LETTERS")
    x = xleft(n)
    y = stack(c, [P("<i>continued from page 10</i>", ParagraphStyle("cf", parent=body, textColor=RUST,
                                                                     spaceAfter=2)),
                  P("In conversation: Ingrid Halvorsen", title_s)], x, TOP, CW)
    st = turns(IV_D)
    yb = bcolumns(c, st, x, y, BOT + 150, 2, CW, label="iv-D")
    c.setStrokeColor(INK)
    c.setLineWidth(0.6)
    c.line(x, yb - 8, x + CW, yb - 8)
    y2 = stack(c, [P("LETTERS", ParagraphStyle("lr", parent=rubric, spaceBefore=0))], x, yb - 16, CW)
    colw = (CW - 16) / 2
    l1 = [P("An open door", title_s)] + paras(LETTER_1) + \
         [P("Yours,<br/>Bernadette Kilbride, <i>Galway</i>", ParagraphStyle("ls", parent=body,
                                                                          fontName="SerifC-Italic",
                                                                          spaceBefore=4)),
          Spacer(1, 10),
          P("<i>Letters are welcome at letters@saltmarshreview.example and may be edited for length.</i>",
            ParagraphStyle("lw", parent=small, fontSize=7, leading=9.5))]
    l2 = [P("Mills and memory", title_s)] + paras(LETTER_2) + \
         [P("Yusuf Demir, <i>Swansea</i>", ParagraphStyle("ls2", parent=body, fontName="SerifC-Italic",
                                                         spaceBefore=4)),
          Spacer(1, 10), Rule(width=40),
          P("Correction", title_s),
          P("In our winter issue the photograph accompanying “Salt and Iron” was wrongly credited. It was "
            "taken by Aisling Moran. We apologise for the error.", body),
]
    columns(c, l1, x, y2, BOT, 1, colw, label="letter-1")
    columns(c, l2, x + colw + 16, y2, BOT, 1, colw, label="letter-2")


# ====================================================================== page 14: contributors + masthead

CONTRIBUTORS = [
    ("Aurelio Bassani", "writes essays about coasts and borders; he lives in County Clare."),
    ("Niamh Ferriter", "is a poet from Dingle. Her first collection, “Weed Year”, appeared in 2022."),
    ("Arjun Mehta-Quinn", "is a poet and potter based in Stoke-on-Trent."),
    ("Priya Raghunathan", "is a critic and curator who writes about painting and place."),
    ("Ingrid Halvorsen", "is a painter living in Tromsø. “The Hour Before” opens in Glasgow in April."),
    ("Lucía Ferreyra", "teaches the history of photography at a university in Bristol."),
    ("Oskar Lindahl", "is a Swedish-born critic who lives in York."),
    ("Samira Haddad", "is a novelist and reviewer; her second novel is due next spring."),
    ("Thomas Gallagher", "is a poet who teaches creative writing in Belfast."),
    ("Saoirse Delaney", "photographs harbours and working waterfronts along the Atlantic coast."),
    ("Callum Fairweather", "is a photographer dividing his time between Glasgow and northern Norway."),
    ("Mateo Ruiz-Albers", "photographs paintings and sculpture for galleries in Bergen."),
    ("Tomasz Wrona", "is a Bristol-based photographer of exhibitions and architecture."),
    ("Kofi Mensah-Barnes", "is an illustrator and printmaker working in London."),
]


def page14(c):
    n = 14
    head(c, n, section="CONTRIBUTORS")
    x = xleft(n)
    y = stack(c, [P("Contributors", ParagraphStyle("cth", fontName="Serif", fontSize=18, leading=22,
                                                   spaceAfter=8))], x, TOP, CW)
    ce = ParagraphStyle("ce", fontName="SerifC", fontSize=8.4, leading=11.4, spaceAfter=5)
    st = [P("<b>%s</b> %s" % (name, text), ce) for name, text in CONTRIBUTORS]
    yb = bcolumns(c, st, x, y, BOT + 150, 2, CW, label="contributors")
    c.setStrokeColor(RUST)
    c.setLineWidth(0.8)
    c.line(x, yb - 10, x + CW, yb - 10)
    role = ParagraphStyle("role", fontName="Sans", fontSize=6.8, leading=9, textColor=MUTED)
    nm = ParagraphStyle("nm", fontName="Serif", fontSize=9, leading=12, spaceAfter=5)
    mast = [P("Editor", role), P("Rosalind Mayhew", nm),
            P("Deputy Editor", role), P("Tadhg Ó Súilleabháin", nm),
            P("Poetry Editor", role), P("Kwame Asante-Boateng", nm),
            P("Reviews Editor", role), P("Ines Carvalho", nm),
            P("Design", role), P("Leopold Strand", nm)]
    cw3 = (CW - 32) / 3
    y3 = yb - 22
    columns(c, mast, x, y3, BOT, 1, cw3, label="masthead")
    cr = ParagraphStyle("cr", fontName="SerifC", fontSize=7.8, leading=10.8, spaceAfter=5)
    credits = [P("CREDITS", ParagraphStyle("crh", parent=role, textColor=RUST, spaceAfter=3)),
               P("<i>Cover:</i> Ingrid Halvorsen, <i>Salt Ledger</i> (detail), 2023–24. Image courtesy of the "
                 "artist.", cr),
               P("<i>Photographs pp. 4–5:</i> Saoirse Delaney", cr),
               P("<i>Pages 8 and 10:</i> works by Ingrid Halvorsen, reproduced with the artist’s permission.", cr)]
    columns(c, credits, x + cw3 + 16, y3, BOT, 1, cw3, label="credits")
    imp = [P("The Saltmarsh Review is published four times a year by Saltmarsh Press, 4 Quay Street, "
             "Ballymorran, Co. Clare, Ireland. Founded 2018.", cr),
           P("Subscriptions: four issues £32 / €38. Submissions of poetry, essays and art are read from "
             "September to November only.", cr),
           P("© 2026 the contributors. No part of this issue may be reproduced without permission.", cr)]
    columns(c, imp, x + 2 * (cw3 + 16), y3, BOT, 1, cw3, label="imprint")


def main():
    c = rl_canvas.Canvas(OUT, pagesize=(PW, PH), invariant=1)
    c.setTitle("The Saltmarsh Review, Issue 31, Spring 2026")
    c.setAuthor("Saltmarsh Press")
    for fn in (page1, page2, page3, page4, page5, page6, page7, page8, page9, page10, page11, page12, page13,
               page14):
        fn(c)
        c.showPage()
    c.save()
    if "-v" in sys.argv:
        print("\n".join(REPORT))
    print("wrote", OUT)


if __name__ == "__main__":
    main()
