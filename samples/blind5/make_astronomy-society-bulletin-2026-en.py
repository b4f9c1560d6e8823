#!/usr/bin/env python3
"""Generator for 'The Meridian', bulletin of the (fictional) Harwick Vale Astronomical Society.
Self-contained, deterministic. Output: astronomy-society-bulletin-2026-en.pdf next to this script."""
import io
import os

from reportlab.lib.colors import Color, black, white
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable, Frame, Paragraph, Spacer, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "astronomy-society-bulletin-2026-en.pdf")
FD = "/usr/share/fonts/truetype/dejavu/"
for n, f in [("Serif", "DejaVuSerif.ttf"), ("Serif-B", "DejaVuSerif-Bold.ttf"),
             ("Serif-I", "DejaVuSerif-Italic.ttf"), ("Sans", "DejaVuSans.ttf"),
             ("Sans-B", "DejaVuSans-Bold.ttf"), ("Sans-I", "DejaVuSans-Oblique.ttf"),
             ("SansC", "DejaVuSansCondensed.ttf"), ("SansC-B", "DejaVuSansCondensed-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(n, FD + f))
pdfmetrics.registerFontFamily("Serif", normal="Serif", bold="Serif-B", italic="Serif-I", boldItalic="Serif-B")
pdfmetrics.registerFontFamily("Sans", normal="Sans", bold="Sans-B", italic="Sans-I", boldItalic="Sans-B")

W, H = A4
M = 42
NAVY = Color(0.07, 0.12, 0.30)
GOLD = Color(0.80, 0.62, 0.18)
PALE = Color(0.91, 0.93, 0.97)
GREY = Color(0.72, 0.72, 0.74)


def styles(size):
    lead = size * 1.28
    return {
        "body": ParagraphStyle("body", fontName="Serif", fontSize=size, leading=lead, alignment=TA_JUSTIFY,
                               firstLineIndent=10, spaceAfter=0),
        "body0": ParagraphStyle("body0", fontName="Serif", fontSize=size, leading=lead, alignment=TA_JUSTIFY),
        "h1": ParagraphStyle("h1", fontName="Sans-B", fontSize=24, leading=27, textColor=NAVY, spaceAfter=4),
        "h2": ParagraphStyle("h2", fontName="Sans-B", fontSize=15, leading=18, textColor=NAVY, spaceBefore=6,
                             spaceAfter=3),
        "h3": ParagraphStyle("h3", fontName="Sans-B", fontSize=size + 1.5, leading=(size + 1.5) * 1.2,
                             textColor=NAVY, spaceBefore=7, spaceAfter=2),
        "kicker": ParagraphStyle("kicker", fontName="SansC-B", fontSize=8.5, leading=10, textColor=GOLD,
                                 spaceAfter=2),
        "lead": ParagraphStyle("lead", fontName="Sans-I", fontSize=11, leading=14.5, textColor=Color(.2, .2, .25),
                               spaceAfter=6),
        "by": ParagraphStyle("by", fontName="Sans-B", fontSize=8.5, leading=11, textColor=NAVY, spaceAfter=6),
        "byend": ParagraphStyle("byend", fontName="Sans-B", fontSize=size - 0.5, leading=lead, alignment=2,
                                spaceBefore=3, spaceAfter=4),
        "cap": ParagraphStyle("cap", fontName="Sans-I", fontSize=7.3, leading=9, textColor=Color(.25, .25, .3),
                              spaceBefore=2, spaceAfter=7),
        "pull": ParagraphStyle("pull", fontName="Serif-I", fontSize=15, leading=19, textColor=NAVY,
                               alignment=TA_LEFT, spaceBefore=6, spaceAfter=2),
        "pullby": ParagraphStyle("pullby", fontName="SansC-B", fontSize=8, leading=10, textColor=GOLD,
                                 spaceAfter=8),
        "box": ParagraphStyle("box", fontName="Sans", fontSize=size - 0.8, leading=(size - 0.8) * 1.3),
        "boxh": ParagraphStyle("boxh", fontName="Sans-B", fontSize=size + 0.5, leading=(size + 0.5) * 1.3,
                               textColor=NAVY, spaceAfter=3),
        "small": ParagraphStyle("small", fontName="Sans", fontSize=8, leading=10.2),
        "smallb": ParagraphStyle("smallb", fontName="Sans-B", fontSize=8, leading=10.2, textColor=NAVY),
        "role": ParagraphStyle("role", fontName="SansC", fontSize=7.5, leading=9, textColor=GOLD, spaceBefore=5),
        "name": ParagraphStyle("name", fontName="Sans-B", fontSize=9.5, leading=11.5),
    }


class Photo(Flowable):
    def __init__(self, h, w=None, tone=0.72):
        super().__init__()
        self.h, self.fw, self.tone = h, w, tone

    def wrap(self, aw, ah):
        self.w = self.fw or aw
        return self.w, self.h

    def draw(self):
        c = self.canv
        c.setFillColor(Color(self.tone, self.tone, self.tone + 0.02))
        c.rect(0, 0, self.w, self.h, fill=1, stroke=0)
        c.setStrokeColor(Color(self.tone - 0.1, self.tone - 0.1, self.tone - 0.08))
        c.line(0, 0, self.w, self.h)
        c.line(0, self.h, self.w, 0)


class Rule(Flowable):
    def __init__(self, color=GOLD, width=1.2, space=4):
        super().__init__()
        self.color, self.lw, self.space = color, width, space

    def wrap(self, aw, ah):
        self.w = aw
        return aw, self.space * 2

    def draw(self):
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(self.lw)
        self.canv.line(0, self.space, self.w, self.space)


def box(flows, width, bg=PALE):
    t = Table([[flows]], colWidths=[width])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), bg), ("LEFTPADDING", (0, 0), (-1, -1), 7),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 7), ("TOPPADDING", (0, 0), (-1, -1), 6),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                           ("LINEABOVE", (0, 0), (-1, 0), 2, NAVY)]))
    return t


def P(text, st):
    return Paragraph(text, st)


def paras(text, S, first_noindent=True):
    out = []
    for i, t in enumerate([p.strip() for p in text.strip().split("\n\n")]):
        out.append(P(" ".join(t.split()), S["body0"] if (i == 0 and first_noindent) else S["body"]))
    return out


def chrome(c, n, section):
    c.setFillColor(NAVY)
    c.rect(0, H - 26, W, 26, fill=1, stroke=0)
    c.setFillColor(white)
    c.setFont("Sans-B", 8)
    c.drawString(M, H - 17, "THE MERIDIAN")
    c.setFont("Sans", 8)
    c.drawString(M + 70, H - 17, "Harwick Vale Astronomical Society  ·  No. 118  ·  Spring 2026")
    c.setFont("SansC-B", 8)
    c.setFillColor(GOLD)
    c.drawRightString(W - M, H - 17, section.upper())
    c.setStrokeColor(GOLD)
    c.setLineWidth(0.8)
    c.line(M, 34, W - M, 34)
    c.setFillColor(NAVY)
    c.setFont("Sans-B", 9)
    if n % 2 == 0:
        c.drawString(M, 22, str(n))
        c.setFont("Sans", 7.5)
        c.drawRightString(W - M, 22, "hvas.org.uk/meridian")
    else:
        c.drawRightString(W - M, 22, str(n))
        c.setFont("Sans", 7.5)
        c.drawString(M, 22, "hvas.org.uk/meridian")


def layout(c, top, cols, top_h, ncols=2, gap=14, y_top=None):
    """top: flowables across full width (height top_h); cols: flowables flowed into ncols columns."""
    y_top = y_top or (H - 40)
    frames = []
    if top:
        frames.append(Frame(M, y_top - top_h, W - 2 * M, top_h, 0, 0, 0, 0, showBoundary=0))
    cw = (W - 2 * M - gap * (ncols - 1)) / ncols
    for i in range(ncols):
        frames.append(Frame(M + i * (cw + gap), 42, cw, y_top - top_h - 42 - (6 if top else 0), 0, 0, 0, 0))
    return frames, cw


def fits(frames, story):
    dummy = canvas.Canvas(io.BytesIO(), pagesize=A4)
    story = list(story)
    for fr in frames:
        fr2 = Frame(fr._x1, fr._y1, fr._width, fr._height, 0, 0, 0, 0)
        fr2.addFromList(story, dummy)
        if not story:
            return True
    return not story


def page(c, n, section, builder, top_h, ncols=2, sizes=(9.6, 9.3, 9.0, 8.7, 8.4, 8.1)):
    for size in sizes:
        S = styles(size)
        frames, cw = layout(c, True, None, top_h, ncols)
        top, cols = builder(S, cw)
        if fits(frames[:1], top) and fits(frames[1:], cols):
            break
    else:
        raise SystemExit("overflow on page %d" % n)
    frames, cw = layout(c, True, None, top_h, ncols)
    top, cols = builder(S, cw)
    chrome(c, n, section)
    frames[0].addFromList(top, c)
    for fr in frames[1:]:
        fr.addFromList(cols, c)
    c.showPage()


# ---------------------------------------------------------------- page 1: cover
def cover(c):
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, fill=1, stroke=0)
    c.setFillColor(GOLD)
    c.setFont("Sans-B", 52)
    c.drawString(M, H - 100, "THE MERIDIAN")
    c.setFillColor(white)
    c.setFont("Sans", 12)
    c.drawString(M, H - 124, "Bulletin of the Harwick Vale Astronomical Society")
    c.setFont("Sans-B", 10)
    c.drawRightString(W - M, H - 60, "No. 118")
    c.setFont("Sans", 10)
    c.drawRightString(W - M, H - 74, "Spring 2026")
    # cover image
    c.setFillColor(Color(0.30, 0.22, 0.30))
    c.rect(M, 200, W - 2 * M, H - 350, fill=1, stroke=0)
    c.setStrokeColor(Color(0.45, 0.35, 0.42))
    c.line(M, 200, W - M, H - 150)
    c.line(M, H - 150, W - M, 200)
    c.setFillColor(Color(.85, .85, .9))
    c.setFont("Sans-I", 7.5)
    c.drawString(M, 188, "The Rosette Nebula (NGC 2237) in hydrogen-alpha, 14 hours of exposure from the "
                         "Dunmore Fell dark site. Image: Kenji Hayward")
    c.setFillColor(GOLD)
    c.setFont("Sans-B", 15)
    c.drawString(M, 150, "Weighing the invisible")
    c.setFillColor(white)
    c.setFont("Sans", 10)
    c.drawString(M, 135, "Our February speaker on the dark halo of the Milky Way  ·  page 5")
    c.setFillColor(GOLD)
    c.setFont("Sans-B", 12)
    c.drawString(M, 105, "Observing reports: comet, occultation and a very red star  ·  page 3")
    c.drawString(M, 85, "First Light: your first night with binoculars  ·  page 7")
    c.drawString(M, 65, "Members' gallery  ·  page 8")
    c.showPage()


# ---------------------------------------------------------------- page 2: contents + president
def p2(S, cw):
    top = [P("FROM THE CHAIR", S["kicker"]), P("A winter of clear Tuesdays", S["h1"]),
           P("Record attendance, a rescued telescope and a dark-sky bid: the President looks back on the "
             "season and ahead to the summer.", S["lead"])]
    contents = [P("In this issue", S["boxh"]),
                P("<b>2</b>  From the Chair", S["box"]),
                P("<b>3</b>  Observing reports, compiled by Tomasz Wierzbicki", S["box"]),
                P("<b>5</b>  Talk report: Weighing the invisible, by Declan Fitzgerald", S["box"]),
                P("<b>7</b>  First Light: binoculars before telescopes, by Aoife Brennan", S["box"]),
                P("<b>8</b>  Members' gallery", S["box"]),
                P("<b>9</b>  Member profile: Hilde Jansen", S["box"]),
                P("<b>9</b>  Outreach at Kellsbridge Primary", S["box"]),
                P("<b>10</b>  Committee, diary and bulletin team", S["box"])]
    body = paras("""
Dear members,

I have been a member of this society for twenty-two years and I cannot remember a winter like the one
we have just had. It was not the clearest season on record (the Met Office will happily tell you that
December was as grey as ever), but for some reason the gaps in the cloud kept landing on our Tuesday
observing nights. Sixty-one of you signed the visitors' book at the Dunmore Fell site between October and
March, and on the night of the lunar occultation of Spica the car park was so full that Luca had to direct
traffic with a red torch.

Our indoor programme has been just as lively. The lecture theatre at Harwick Library was standing-room
only for Dr Solberg in February, and the Saturday workshops on image processing have a waiting list for the
first time. A particular thank-you goes to our Outreach Officer, Elif Kaya, who has taken the society into
four primary schools this year. After one of those visits a pupil came up to me at the end of the evening.
“I had no idea you could see another galaxy with binoculars,” she told me, in a tone of mild outrage that
nobody had mentioned it earlier.

Two pieces of business. First, the 10-inch Dobsonian that was left to the society by the late Gerald
Ashworth has been fully restored, with a new primary cell and a rebuilt rocker box, and it is now available
for loan to members. Please speak to Luca Moretti. Second, the committee has agreed to support the
parish council's application for Dark Sky Community status. This will mean a survey of the village
lighting over the summer, and we will need volunteers with sky-quality meters and a tolerance for
late nights in July.

The Annual General Meeting takes place on Tuesday 19 May. I shall be standing down as President after
three years, and I hope that one of you will consider putting your name forward. It is the most enjoyable
job I have ever done without being paid for it.
""", S)
    body += [P("Clear skies,", S["body0"]), Spacer(1, 3), P("<b>Margaret O'Rourke</b>", S["body0"]),
             P("<i>President</i>", S["body0"])]
    cols = [box(contents, cw), Spacer(1, 10)] + body
    return top, cols


# ---------------------------------------------------------------- page 3: observing reports I
def p3(S, cw):
    top = [P("OBSERVING REPORTS", S["kicker"]), P("What you saw this winter", S["h1"]),
           P("Twelve reports reached the Observing Director this season. Here is a selection, from a "
             "grazing occultation to a comet that refused to brighten.", S["lead"]),
           P("Compiled by Tomasz Wierzbicki, Observing Director", S["by"])]
    cols = paras("""
Reports are printed roughly in date order. Times are UT throughout, and magnitudes are visual estimates
unless stated otherwise. If you observed something this season that is not here, it is not too late:
send it in and it will appear in the summer issue.
""", S)
    cols += [P("Comet C/2025 R2 from the back garden", S["h3"]),
             P("Observer: Sigrid Halvorsen", S["by"])]
    cols += paras("""
I followed the comet on nine nights between 4 and 28 January with 10×50 binoculars and my 130 mm
reflector. On the first night it was a faint, round glow near the Pleiades, which I put at about
magnitude 9.5 by comparing it with out-of-focus stars in the field. It never did the brightening that
some of the forecasts promised. By the end of the month it had faded to around 10.2 and had developed a
short, stubby tail pointing away from the Sun, visible only with averted vision.

The most useful thing I learned was how much my estimates depended on the comparison stars I chose. On
two nights I repeated the estimate with a different chart and got answers half a magnitude apart. I now
write down the chart and the stars I used with every estimate, which is what the comet section of the
national association asks for anyway.
""", S)
    cols += [P("Grazing occultation of Spica, 11 February", S["h3"]),
             P("Observer: Luca Moretti", S["by"])]
    cols += paras("""
Five of us set up along a line roughly at right angles to the predicted northern limit, spaced about
300 metres apart on the lane below Dunmore Fell. The idea of a graze is that the star skims the edge of the
Moon, disappearing and reappearing behind mountains on the lunar limb, and every observer sees a slightly
different pattern. I recorded video through a 150 mm refractor with a time-inserter, so my timings should
be good to a few hundredths of a second.

At my station Spica blinked out three times in eleven seconds. The station 300 metres further south saw
six events; the northernmost saw none at all, which is exactly what we hoped for, because it means the
limit line passed between us. When the last of the team packed up, Bernadette Quinn looked at the
playback on my laptop and said, “That's the best seeing we've had since October, and we spent it staring
at one star.” The timings have gone to the occultation section and will be combined with those from other
groups to profile that part of the lunar limb.
""", S)
    return top, cols


# ---------------------------------------------------------------- page 4: observing reports II
def p4(S, cw):
    top = [P("OBSERVING REPORTS  ·  CONTINUED", S["kicker"]),
           Rule(NAVY, 0.8, 3)]
    cols = [P("The colour of R Leporis", S["h3"]), P("Observer: Hiroshi Tanabe", S["by"])]
    cols += paras("""
Hind's Crimson Star in Lepus is a long-period variable, and this winter it was close to maximum, so I
took the chance to compare its colour with the eye and with the camera. Low in the south from Harwick it
never rises far above the hedge line, so I waited for nights after a cold front when the air was dry.
In the 200 mm Schmidt–Cassegrain it was an astonishing deep red, much redder than Betelgeuse, which I
used for comparison.

I also made a series of estimates of its brightness against the AAVSO comparison stars. Between 2
December and 3 March it faded from about 6.9 to 8.1, which matches the light curve other observers have
submitted. A carbon star like this makes a good target for beginners who want to start variable-star work,
because the changes over a few weeks are large enough to see, and the colour is a reward in itself.
""", S)
    cols += [Photo(120), P("R Leporis (centre) in a stack of 40 short exposures through the SCT. The colour "
                           "has been left as the camera recorded it. Imaged by Hiroshi Tanabe", S["cap"])]
    cols += [P("Sunspots in a cold spell", S["h3"])]
    cols += paras("""
Solar maximum is behind us, but the Sun has not stopped being interesting. On the four clear mornings
of the cold spell in late January I sketched the disc by projection with the society's 80 mm refractor
on the library roof. On 27 January a large group near the central meridian showed a light bridge across
the main umbra, which had split the spot in two by the following morning.

Projection is still the safest and most sociable way to show the Sun. Three passers-by stopped to look
at the card, and one of them has since joined the society. Please never look at the Sun through any
instrument without a proper filter fitted over the front of the telescope.
""", S)
    cols += [P("— Bernadette Quinn", S["byend"])]
    cols += [box([P("Send us your reports", S["boxh"]),
                  P("Reports for the summer issue should reach the Observing Director by 31 July. Short is "
                    "fine: date, time (UT), instrument, what you saw. Sketches and images are welcome. The "
                    "Observing Director can be reached at observing@hvas.org.uk.", S["box"])], cw)]
    return top, cols


# ---------------------------------------------------------------- page 5: talk report I
def p5(S, cw):
    top = [P("TALK REPORT  ·  FEBRUARY MEETING", S["kicker"]), P("Weighing the invisible", S["h1"]),
           P("How do you measure the mass of something you cannot see? Dr Ingrid Solberg of Northgate "
             "University told a packed lecture theatre how distant halo stars give the game away.",
             S["lead"]),
           P("Words by Declan Fitzgerald", S["by"])]
    cols = paras("""
It is not often that a speaker opens by apologising for the size of the thing she is going to talk about.
“Everything you can see in the night sky, every star and every nebula, is a small part of the Milky Way's
mass,” Dr Ingrid Solberg told us. “Most of the galaxy is something we have never seen, and the honest
answer to the question how heavy it is has been anywhere between half a trillion and two trillion Suns.”

Dr Solberg leads a small group at Northgate University that studies the outer halo of our galaxy, the thin,
roughly spherical cloud of old stars that surrounds the disc we live in. The trouble with weighing a
galaxy, she explained, is that the method we use for the Solar System, watching how fast things orbit,
only tells you about the mass inside the orbit. To weigh the whole galaxy you need objects very far out,
and there are very few of them.
""", S)
    cols += [P("“We are weighing the galaxy with a few hundred stars that are each further away than the "
               "Magellanic Clouds.”", S["pull"]),
             P("Dr Ingrid Solberg, Northgate University", S["pullby"])]
    cols += paras("""
The stars her team uses are mostly RR Lyrae variables and blue horizontal-branch stars, both of which have
a known luminosity, so their distance can be measured from their brightness. The Gaia satellite then
supplies positions and proper motions, and large spectroscopic surveys add the radial velocities. With all
six numbers for each star, position and velocity in three dimensions, you can begin to ask what mass of
galaxy would keep the star bound.

She was refreshingly frank about the assumptions. The simplest models treat the halo as calm and settled,
with stars on randomly oriented orbits. But the halo is neither calm nor settled. The Large Magellanic
Cloud, which turns out to be far more massive than astronomers assumed twenty years ago, is falling
through the outer halo right now and dragging a wake of stars and dark matter behind it.
""", S)
    cols += [Photo(105), P("Dr Solberg during the question session. Photo: Rohan Iyer", S["cap"])]
    cols += paras("""
“The Magellanic Cloud is not a passenger, it is a bully,” she said, to laughter. “It has pulled the inner
galaxy sideways, so when we look outward, the whole halo appears to be moving relative to us, and if we
ignore that we get the wrong answer.” Her group's most recent estimate, which accounts for the reflex
motion, puts the mass within 100 kiloparsecs at a little under a trillion solar masses.
""", S)
    return top, cols


# ---------------------------------------------------------------- page 6: talk report II
def p6(S, cw):
    top = [P("TALK REPORT  ·  WEIGHING THE INVISIBLE", S["kicker"]), Rule(NAVY, 0.8, 3)]
    cols = paras("""
The middle of the talk was given over to the question everyone in the room was waiting for: what is the
invisible mass actually made of? Dr Solberg was careful here. The rotation of galaxies, the motions of
galaxies in clusters, gravitational lensing and the pattern in the cosmic microwave background all point
to far more matter than we can see, but none of these observations tells you what the particles are.

“I get asked at every talk whether dark matter is real,” she said. “My answer is that something is making
those stars move the way they do. Whether you call it a particle or a change in the law of gravity, you
still have to explain the halo, and at the moment a cold, collisionless particle does that best.” She was
equally clear that the direct detection experiments buried in mines around the world have so far come up
empty, and that the field should be honest about it.

For the amateurs in the audience, the most striking part came when she showed how much of the data was
public. The Gaia archive can be queried by anyone with a web browser, and she encouraged members to try it.
Her own students, she said, begin by plotting the proper motions of a few thousand stars in a small patch of
sky, and half of them spot a stellar stream before they have been told what one looks like.
""", S)
    cols += [box([P("Further reading", S["boxh"]),
                  P("Dr Solberg recommended three papers for members who want to go further. All are "
                    "freely available on the arXiv:", S["box"]),
                  P("• “A kinematic census of distant halo stars” by I. Solberg, K. Ansah and "
                    "M. Lindgren (2024)", S["box"]),
                  P("• “The reflex motion of the Milky Way in response to the LMC” by "
                    "R. Petrov and A. Coleman (2021)", S["box"]),
                  P("• “Halo streams as scales” by D. Okonkwo (2023)", S["box"])], cw), Spacer(1, 8)]
    cols += paras("""
Questions went on for nearly forty minutes. Colm Gallagher, our Secretary, wanted to know whether the halo
itself rotates. Dr Solberg said the stellar halo rotates very slowly, if at all, and that the dark halo is
probably the same, although nobody can yet measure it. Sunil Varghese asked the question that has been on
many minds since the talk was announced: could an amateur with a modest telescope contribute anything?
Her answer was an emphatic yes. Long-term photometry of variable stars, she told us, is exactly the kind of
work professional surveys do badly, because they revisit each star only every few weeks.

Anneliese Vogt, who has been timing RR Lyrae stars from her garden in Kellsbridge for a decade, was
promptly introduced to the speaker over tea, and the two of them were still deep in conversation when the
caretaker came to lock up.
""", S)
    cols += [P("This report continues on page 9.", S["cap"])]
    return top, cols


# ---------------------------------------------------------------- page 7: beginners
def p7(S, cw):
    top = [P("FIRST LIGHT  ·  THE BEGINNER'S COLUMN", S["kicker"]), P("Binoculars before telescopes", S["h1"]),
           P("Why the best first instrument is probably already in a drawer at home.", S["lead"]),
           P("AOIFE BRENNAN", S["by"])]
    cols = paras("""
Every autumn a few new members come to the first Tuesday meeting and ask which telescope they should buy.
It is a perfectly sensible question, and the answer most of us on the committee give is slightly
disappointing: do not buy one yet. Buy a star atlas, borrow or dig out a pair of binoculars, and spend a
season learning the sky.

“Look first, photograph later,” was the advice my own mentor, Brendan Kavanagh, gave me when I joined
this society as a teenager. He was a retired postman who could find any Messier object with a pair of old
ex-army binoculars, and he was right. A telescope magnifies a tiny piece of sky; if you do not know where
you are, it shows you a black circle with a few stars in it and nothing else.

Binoculars have two great advantages. They show a wide field, so you can see how a cluster or nebula sits
among the stars around it, and you use both eyes, which makes faint things easier to see. A 10×50 pair, ten
times magnification and 50 mm lenses, is the usual recommendation. Anything much heavier will need a tripod.
""", S)
    cols += [box([P("Five targets for a spring evening", S["boxh"]),
                  P("1. The Beehive Cluster (M44) in Cancer<br/>2. The Double Cluster in Perseus, low in the "
                    "north-west<br/>3. Mizar and Alcor in the handle of the Plough<br/>4. The Coma Star "
                    "Cluster below the tail of Leo<br/>5. M81 and M82 in Ursa Major, on a dark night",
                    S["box"])], cw), Spacer(1, 8)]
    cols += paras("""
Start with the Moon, a few days after new, and look along the terminator, the line between light and dark,
where shadows are longest. Then go looking for the Pleiades and the Beehive, which look far better in
binoculars than in most telescopes. Once you can find those without a chart, you are ready for the harder
ones in the box.

A word on the so-called “averted vision” you will hear the old hands talk about. The centre of your eye is
good at detail but poor at faint light. If you look slightly to one side of a faint galaxy, it will often
appear where a moment ago there was nothing. It feels like cheating. It is not.

For a book, I still recommend “Turn Left at Orion”, which is written for small telescopes but works
perfectly well with binoculars and is honest about what things actually look like. And do come along to a
Tuesday observing night at Dunmore Fell. Bring the binoculars. Somebody will show you where to point them.
""", S)
    cols += [Photo(90), P("Tuesday observing night at Dunmore Fell, January 2026. © Olumide Adeyemi",
                          S["cap"])]
    return top, cols


# ---------------------------------------------------------------- page 8: gallery
def p8(S, cw):
    top = [P("MEMBERS' GALLERY", S["kicker"]), P("Winter under the lens", S["h1"]),
           P("Our imagers were busy this season. Equipment details are as supplied by each photographer.",
             S["lead"])]
    cols = [Photo(190, tone=0.35),
            P("<b>The Horsehead and Flame Nebulae.</b> 80 mm apochromat, cooled mono camera, 9 hours through "
              "H-alpha, OIII and RGB filters over five nights. Image: Kenji Hayward", S["cap"]),
            Photo(150, tone=0.45),
            P("<b>Lunar occultation of Spica</b>, a single frame from the video taken one second before "
              "disappearance. © Priya Raman", S["cap"]),
            Photo(170, tone=0.40),
            P("<b>Orion rising over the Dunmore Fell observatory shed.</b> Single 20-second exposure, 14 mm "
              "lens at f/2.8. Photo by Olumide Adeyemi", S["cap"]),
            Photo(190, tone=0.30),
            P("<b>M81 and M82 in Ursa Major</b>, taken from a suburban garden in Harwick with an "
              "8-inch Newtonian and a colour camera. Total integration 6 hours. Credit: Elif Kaya",
              S["cap"]),
            Photo(150, tone=0.50),
            P("<b>Sunspot group AR 4321</b> through a hydrogen-alpha solar telescope, 27 January. "
              "Imaged by Hiroshi Tanabe", S["cap"]),
            box([P("Submitting images", S["boxh"]),
                 P("We print a selection of members' images in every issue. Please send full-resolution "
                   "files with a short description of the object, the equipment and the total exposure. "
                   "Your name will be printed with the image as you give it to us.", S["box"])], cw)]
    return top, cols


# ---------------------------------------------------------------- page 9: talk end, profile, outreach
def p9(S, cw):
    top = [P("TALK REPORT  ·  CONTINUED FROM PAGE 6", S["kicker"]), Rule(NAVY, 0.8, 3)]
    cols = paras("""
Closing the evening, the President thanked Dr Solberg for travelling from Northgate in the snow. Our
speaker's reply was characteristically modest. “You have been the best-prepared audience I have had all
year,” she said. “Half of you have looked at more real galaxies than my students have.”

A recording of the talk is available to members on request. The society's thanks go also to the library
staff, who kept the heating on long after closing time.
""", S)
    cols += [P("— Declan Fitzgerald", S["byend"]), Rule(GOLD, 1, 4)]
    cols += [P("MEMBER PROFILE", S["kicker"]), P("Hilde Jansen", S["h2"]),
             P("Rohan Iyer in conversation with Hilde Jansen, who joined the society in 1979 and still "
               "observes every clear Tuesday.", S["lead"])]
    qa = [("Rohan Iyer:", "How did you start?"),
          ("Hilde Jansen:", "My father was a ship's engineer from Groningen who settled in Harwick. He used "
           "to take me out on the harbour wall to show me the planets, and he always said “the sky is free, "
           "so use it”. I still think that is the best reason to do astronomy."),
          ("Rohan Iyer:", "What has changed most since 1979?"),
          ("Hilde Jansen:", "The light. When I joined you could see the Milky Way from the edge of town. Now "
           "we drive twenty minutes to Dunmore Fell. The other change is a good one: there are far more women "
           "at the meetings than when I was the only one."),
          ("Rohan Iyer:", "And your favourite object?"),
          ("Hilde Jansen:", "Saturn, always. People gasp. I have shown it to hundreds of visitors and I have "
           "never once been bored of hearing that gasp."),
          ]
    for q, a in qa:
        cols.append(P("<b>%s</b> %s" % (q, a), S["body0"]))
        cols.append(Spacer(1, 3))
    cols += [Rule(GOLD, 1, 4), P("OUTREACH", S["kicker"]), P("Saturn goes to school", S["h2"]),
             P("Contributed by Elif Kaya, Outreach Officer", S["by"])]
    cols += paras("""
On a frosty evening in March, six members set up telescopes in the playground of Kellsbridge Primary School
for a stargazing evening that had been postponed twice by cloud. More than ninety pupils and parents
came, and the queue for the Moon through the society's restored Dobsonian did not shorten all night.

The children had spent the week making scale models of the Solar System for their project “Our Place in
Space”, so they arrived with questions ready. “They talked about nothing else all week,” said headteacher
Sunita Bose, who has asked us to come back in the autumn. Volunteers for that visit are very welcome.
""", S)
    cols += [Photo(80), P("Pupils queue for the Moon at Kellsbridge Primary. Photo: Elif Kaya", S["cap"])]
    cols += [box([P("Notices", S["boxh"]),
                  P("<b>Loan equipment.</b> The restored 10-inch Dobsonian, two 80 mm refractors and a "
                    "pair of 15×70 binoculars on a parallelogram mount are available to members for up to a "
                    "month at a time. A deposit of £20 is returned when the equipment comes back clean.",
                    S["box"]), Spacer(1, 4),
                  P("<b>Subscriptions.</b> Renewals for 2026–27 are due on 1 June: £28 full, £14 for "
                    "under-18s and students, £40 for households. Standing orders save the Treasurer a great "
                    "deal of work.", S["box"]), Spacer(1, 4),
                  P("<b>Library.</b> The society library has moved to the cupboard beside the kitchen at "
                    "Harwick Library. Please sign books out in the ledger on the top shelf.", S["box"]),
                  Spacer(1, 4),
                  P("<b>Dark Sky survey.</b> Volunteers with or without sky-quality meters are needed on "
                    "moonless nights in June and July. Training will be given at the May meeting.", S["box"])],
                 cw)]
    return top, cols


# ---------------------------------------------------------------- page 10: committee & masthead
def p10(S, cw):
    top = [P("THE SOCIETY", S["kicker"]), P("Committee, diary and bulletin", S["h1"])]
    roles = [("President", "Margaret O'Rourke"), ("Vice-President", "Sunil Varghese"),
             ("Secretary", "Colm Gallagher"), ("Treasurer", "Arjun Khatri"),
             ("Membership Secretary", "Anneliese Vogt"), ("Observing Director", "Tomasz Wierzbicki"),
             ("Outreach Officer", "Elif Kaya"), ("Equipment Officer", "Luca Moretti"),
             ("Ordinary Members", "Bernadette Quinn and Kwame Asante")]
    cols = [P("Committee 2025–26", S["h2"])]
    for r, n in roles:
        cols += [P(r.upper(), S["role"]), P(n, S["name"])]
    cols += [Spacer(1, 10),
             box([P("Diary", S["boxh"]),
                  P("<b>Tue 14 April</b>, 19:30, Harwick Library: “Meteorites you can hold”, a hands-on "
                    "evening with the county museum<br/>"
                    "<b>Sat 25 April</b>, 20:00, Dunmore Fell: Messier marathon (weather permitting)<br/>"
                    "<b>Tue 19 May</b>, 19:30, Harwick Library: Annual General Meeting<br/>"
                    "<b>Sat 13 June</b>, all day: Summer solar picnic, Kellsbridge Green<br/>"
                    "<b>Tue 11 August</b>, 22:00, Dunmore Fell: Perseids night", S["box"])], cw)]
    cols += [P("The Meridian", S["h2"]),
             P("Bulletin of the Harwick Vale Astronomical Society, published three times a year for members. "
               "Registered charity no. 1098765.", S["small"]),
             P("BULLETIN EDITOR", S["role"]), P("Fionnuala Devlin", S["name"]),
             P("ASSISTANT EDITOR", S["role"]), P("Rohan Iyer", S["name"]),
             P("OBSERVING PAGES", S["role"]), P("Tomasz Wierzbicki", S["name"]),
             Spacer(1, 8),
             P("Cover image: Kenji Hayward. Photographs on pages 5, 7, 8 and 9 are credited in their "
               "captions. All images remain the copyright of the photographers and may not be reproduced "
               "without permission.", S["small"]),
             Spacer(1, 6),
             P("Contributions for No. 119 (Summer 2026) are welcome until 31 July. Send text as plain email "
               "or a word-processor file, and images as full-size JPEG or TIFF, to the editor at "
               "meridian@hvas.org.uk. The editor reserves the right to shorten contributions. Opinions "
               "expressed are those of the contributors and not necessarily those of the society.",
               S["small"]),
             Spacer(1, 6),
             P("Meetings are held on the second Tuesday of each month (September to June) at Harwick "
               "Library, Market Street, at 19:30. Observing nights at Dunmore Fell every Tuesday when clear; "
               "check the members' message board before travelling.", S["small"]),
             Spacer(1, 6),
             P("Printed by Vale Print, Harwick.", S["small"])]
    return top, cols


def main():
    c = canvas.Canvas(OUT, pagesize=A4, invariant=1)
    c.setTitle("The Meridian No. 118, Spring 2026")
    c.setAuthor("Harwick Vale Astronomical Society")
    cover(c)
    page(c, 2, "From the Chair", p2, 112)
    page(c, 3, "Observing", p3, 120)
    page(c, 4, "Observing", p4, 30)
    page(c, 5, "Talk report", p5, 138)
    page(c, 6, "Talk report", p6, 30)
    page(c, 7, "First Light", p7, 105)
    page(c, 8, "Gallery", p8, 82, ncols=2)
    page(c, 9, "Members", p9, 30)
    page(c, 10, "The Society", p10, 50)
    c.save()
    print("wrote", OUT)


if __name__ == "__main__":
    main()
