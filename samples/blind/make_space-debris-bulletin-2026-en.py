"""Generate space-debris-bulletin-2026-en.pdf: a fictional technical newsletter (10 pages).

"Debris Environment Bulletin", Volume 14, Issue 1 (March 2026), of the Orbital Environment Office of the
fictional Meridian Space Agency. All people, organisations, missions and text are invented. Run with a
Python that has reportlab:

    /work/writer-venv/bin/python make_space-debris-bulletin-2026-en.py
"""

import copy
import io
from pathlib import Path

from reportlab.lib.colors import Color, black, white
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable, Frame, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

OUT = Path(__file__).with_name("space-debris-bulletin-2026-en.pdf")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

for name, file in [
    ("Sans", "DejaVuSans.ttf"),
    ("Sans-Bold", "DejaVuSans-Bold.ttf"),
    ("Sans-Oblique", "DejaVuSans-Oblique.ttf"),
    ("Sans-BoldOblique", "DejaVuSans-BoldOblique.ttf"),
    ("Serif", "DejaVuSerifCondensed.ttf"),
    ("Serif-Bold", "DejaVuSerifCondensed-Bold.ttf"),
    ("Serif-Italic", "DejaVuSerifCondensed-Italic.ttf"),
    ("Serif-BoldItalic", "DejaVuSerifCondensed-BoldItalic.ttf"),
    ("Cond", "DejaVuSansCondensed.ttf"),
    ("Cond-Bold", "DejaVuSansCondensed-Bold.ttf"),
    ("Cond-Oblique", "DejaVuSansCondensed-Oblique.ttf"),
]:
    pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
pdfmetrics.registerFontFamily(
    "Sans", normal="Sans", bold="Sans-Bold", italic="Sans-Oblique", boldItalic="Sans-BoldOblique"
)
pdfmetrics.registerFontFamily(
    "Serif", normal="Serif", bold="Serif-Bold", italic="Serif-Italic", boldItalic="Serif-BoldItalic"
)
pdfmetrics.registerFontFamily("Cond", normal="Cond", bold="Cond-Bold", italic="Cond-Oblique", boldItalic="Cond-Bold")

W, H = letter
ML = MR = 36
CW = W - ML - MR
TOP = H - 54
BOT = 46
NAVY = Color(0.07, 0.18, 0.36)
TINT = Color(0.90, 0.93, 0.97)
GREY = Color(0.42, 0.42, 0.42)

S = {
    "body": ParagraphStyle("body", fontName="Serif", fontSize=9, leading=11.2, alignment=TA_JUSTIFY),
    "sub": ParagraphStyle("sub", fontName="Cond-Bold", fontSize=8.6, leading=10.6, spaceBefore=4, spaceAfter=1, textColor=NAVY),
    "kicker": ParagraphStyle("kicker", fontName="Cond-Bold", fontSize=8, leading=10, textColor=NAVY),
    "h1": ParagraphStyle("h1", fontName="Sans-Bold", fontSize=14.5, leading=17, spaceAfter=3, textColor=NAVY),
    "h2": ParagraphStyle("h2", fontName="Sans-Bold", fontSize=11.5, leading=13.5, spaceAfter=3, textColor=NAVY),
    "cont": ParagraphStyle("cont", fontName="Cond-Bold", fontSize=10, leading=12, spaceAfter=4, textColor=NAVY),
    "byline": ParagraphStyle("byline", fontName="Cond-Bold", fontSize=7.8, leading=9.6, spaceAfter=5, textColor=GREY),
    "caption": ParagraphStyle("caption", fontName="Cond-Oblique", fontSize=7, leading=8.5, spaceBefore=2, spaceAfter=6),
    "contnote": ParagraphStyle("contnote", fontName="Serif-Italic", fontSize=7.8, leading=9.5, alignment=TA_RIGHT, spaceBefore=2),
    "box": ParagraphStyle("box", fontName="Cond", fontSize=7.6, leading=9.6),
    "boxhead": ParagraphStyle("boxhead", fontName="Cond-Bold", fontSize=8.8, leading=11, spaceAfter=2, textColor=NAVY),
    "ref": ParagraphStyle("ref", fontName="Serif", fontSize=7.2, leading=8.8, leftIndent=9, firstLineIndent=-9, spaceAfter=1.5),
    "pull": ParagraphStyle("pull", fontName="Serif-BoldItalic", fontSize=12, leading=15, textColor=NAVY, spaceBefore=2),
    "pullby": ParagraphStyle("pullby", fontName="Cond", fontSize=7.6, leading=9.4, spaceAfter=2, spaceBefore=3),
    "endby": ParagraphStyle("endby", fontName="Cond-Bold", fontSize=7.8, leading=9.6, alignment=TA_RIGHT, spaceBefore=3),
    "mast": ParagraphStyle("mast", fontName="Cond", fontSize=8, leading=10),
    "masthead": ParagraphStyle("masthead", fontName="Cond-Bold", fontSize=8, leading=10, spaceBefore=5),
    "cell": ParagraphStyle("cell", fontName="Cond", fontSize=7, leading=8.4),
}


def P(text, style="body"):
    return Paragraph(text, S[style])


def paras(text, style="body"):
    """Blank-line separated paragraphs; a line starting with '## ' is a subhead."""
    out = []
    for chunk in [c.strip() for c in text.strip().split("\n\n") if c.strip()]:
        chunk = " ".join(chunk.split())
        if chunk.startswith("## "):
            out.append(P(chunk[3:], "sub"))
        else:
            out.append(P(chunk, style))
            out.append(Spacer(0, 2.5))
    return out


class Photo(Flowable):
    """A grey rectangle standing in for a photograph."""

    def __init__(self, height, tone=0.68):
        super().__init__()
        self.h, self.tone = height, tone

    def wrap(self, aw, ah):
        self.dw = aw
        return aw, self.h

    def draw(self):
        c = self.canv
        c.setFillColor(Color(self.tone, self.tone, self.tone))
        c.rect(0, 0, self.dw, self.h, stroke=0, fill=1)
        c.setStrokeColor(Color(self.tone + 0.1, self.tone + 0.1, self.tone + 0.1))
        c.setLineWidth(0.8)
        c.line(0, 0, self.dw, self.h)
        c.line(0, self.h, self.dw, 0)


class Plot(Flowable):
    """A line or scatter plot without any text (axes, ticks and a curve)."""

    def __init__(self, height, kind="curve", seed=1):
        super().__init__()
        self.h, self.kind, self.seed = height, kind, seed

    def wrap(self, aw, ah):
        self.dw = aw
        return aw, self.h

    def draw(self):
        c = self.canv
        c.setFillColor(white)
        c.setStrokeColor(GREY)
        c.setLineWidth(0.6)
        c.rect(0, 0, self.dw, self.h, stroke=1, fill=1)
        x0, y0 = 14, 12
        c.line(x0, y0, self.dw - 6, y0)
        c.line(x0, y0, x0, self.h - 6)
        for i in range(1, 6):
            x = x0 + i * (self.dw - x0 - 6) / 6
            c.line(x, y0, x, y0 - 3)
            y = y0 + i * (self.h - y0 - 6) / 6
            c.line(x0, y, x0 - 3, y)
        wid, hei = self.dw - x0 - 10, self.h - y0 - 10
        n = 60
        state = self.seed * 7919
        c.setStrokeColor(NAVY)
        c.setFillColor(NAVY)
        pts = []
        for i in range(n):
            state = (state * 1103515245 + 12345) % 2**31
            r = state / 2**31
            t = i / (n - 1)
            if self.kind == "curve":
                v = 0.15 + 0.7 * (1 - (1 - t) ** 2) + 0.06 * (r - 0.5)
            elif self.kind == "decay":
                v = 0.9 * (1 - t) ** 1.5 + 0.05 + 0.05 * (r - 0.5)
            else:
                v = 0.5 + 0.38 * (r - 0.5) * 2 * (0.3 + t)
            pts.append((x0 + 2 + t * wid, y0 + 2 + max(0.02, min(0.98, v)) * hei))
        if self.kind == "scatter":
            for x, y in pts:
                c.circle(x, y, 1.2, stroke=0, fill=1)
        else:
            p = c.beginPath()
            p.moveTo(*pts[0])
            for pt in pts[1:]:
                p.lineTo(*pt)
            c.drawPath(p, stroke=1, fill=0)


class Box(Flowable):
    """Non-splitting tinted box around a few flowables."""

    def __init__(self, content, bg=TINT, pad=6, rule=None):
        super().__init__()
        self.content, self.bg, self.pad, self.rule = content, bg, pad, rule

    def wrap(self, aw, ah):
        self.aw = aw
        self.sizes = []
        h = 0
        for f in self.content:
            _, fh = f.wrap(aw - 2 * self.pad, ah)
            sb, sa = f.getSpaceBefore(), f.getSpaceAfter()
            self.sizes.append((fh, sb, sa))
            h += fh + sb + sa
        self.hh = h + 2 * self.pad
        return aw, self.hh

    def draw(self):
        c = self.canv
        c.setFillColor(self.bg)
        c.rect(0, 0, self.aw, self.hh, stroke=0, fill=1)
        if self.rule:
            c.setFillColor(self.rule)
            c.rect(0, self.hh - 2.5, self.aw, 2.5, stroke=0, fill=1)
        y = self.hh - self.pad
        for f, (fh, sb, sa) in zip(self.content, self.sizes):
            y -= sb + fh
            f.drawOn(c, self.pad, y)
            y -= sa


OVERFLOWS = []


def fill_frame(f, story, c):
    """Add flowables to one frame, splitting the first one that does not fit."""
    while story:
        if f.add(story[0], c, trySplit=0):
            story.pop(0)
            continue
        parts = f.split(story[0], c)
        if parts:
            story[0:1] = parts
            if f.add(story[0], c, trySplit=0):
                story.pop(0)
        break


def frames_fill(c, rects, story, label):
    """Fill the frames in order; record an error if anything is left over."""
    story = list(story)
    free = []
    for x, y, w, h in rects:
        f = Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        fill_frame(f, story, c)
        free.append(round(f._y - f._y1))
    if story:
        OVERFLOWS.append(label)
        print(f"  OVERFLOW on {label}: {len(story)} flowables left, first: {story[0]!r:.200}")
    print(f"  {label}: free space per frame {free}")
    return free


def fits(rects, story):
    scratch = canvas.Canvas(io.BytesIO())
    story = copy.deepcopy(story)
    for x, y, w, h in rects:
        f = Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        fill_frame(f, story, scratch)
    return not story


def colrects(n, ytop, ybot, x0=ML, width=CW, gap=12):
    cw = (width - gap * (n - 1)) / n
    return [(x0 + i * (cw + gap), ybot, cw, ytop - ybot) for i in range(n)]


def columns(c, ytop, ybot, n, story, label, x0=ML, width=CW, gap=12, balance=True):
    """n columns from ytop down to at most ybot; balanced to the shortest height that fits."""
    h = ytop - ybot
    if balance and fits(colrects(n, ytop, ytop - h, x0, width, gap), story):
        lo, hi = 20.0, h
        while hi - lo > 2:
            mid = (lo + hi) / 2
            if fits(colrects(n, ytop, ytop - mid, x0, width, gap), story):
                hi = mid
            else:
                lo = mid
        h = hi + 1
    frames_fill(c, colrects(n, ytop, ytop - h, x0, width, gap), story, label)
    return ytop - h


def block(c, ytop, story, x0=ML, width=CW):
    """Draw flowables one under another at full width; return the y below them."""
    y = ytop
    for f in story:
        _, h = f.wrap(width, 1000)
        y -= f.getSpaceBefore() + h
        f.drawOn(c, x0, y)
        y -= f.getSpaceAfter()
    return y


def chrome(c, pno):
    c.setFillColor(NAVY)
    c.rect(ML, H - 40, CW, 16, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Cond-Bold", 8.5)
    c.drawString(ML + 6, H - 35, "Debris Environment Bulletin")
    c.setFont("Cond", 8)
    c.drawRightString(W - MR - 6, H - 35, "Volume 14, Issue 1 · March 2026")
    c.setFillColor(black)
    c.setFont("Cond-Bold", 8.5)
    c.drawCentredString(W / 2, 26, str(pno))
    c.setFont("Cond", 6.8)
    c.setFillColor(GREY)
    c.drawString(ML, 26, "Orbital Environment Office")
    c.drawRightString(W - MR, 26, "Meridian Space Agency")
    c.setStrokeColor(GREY)
    c.setLineWidth(0.4)
    c.line(ML, 36, W - MR, 36)


def hrule(c, y, x0=ML, x1=W - MR):
    c.setStrokeColor(NAVY)
    c.setLineWidth(1.0)
    c.line(x0, y, x1, y)


def head(kicker, title, byline=None, style="h1"):
    out = []
    if kicker:
        out.append(P(kicker, "kicker"))
    out.append(P(title, style))
    if byline:
        out.append(P(byline, "byline"))
    return out


def refs(items):
    out = [P("References", "sub")]
    for i, t in enumerate(items, 1):
        out.append(P(f"{i}. {t}", "ref"))
    return out


def pull(text, who):
    return [
        HRFlowable(width="100%", thickness=1.0, color=NAVY, spaceBefore=3, spaceAfter=3),
        P(text, "pull"),
        P(who, "pullby"),
        HRFlowable(width="100%", thickness=1.0, color=NAVY, spaceBefore=2, spaceAfter=6),
    ]


def table(rows, widths, header_rows=1):
    data = [[P(str(x), "cell") for x in r] for r in rows]
    t = Table(data, colWidths=widths)
    t.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, header_rows - 1), TINT),
                ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.6, NAVY),
                ("LINEBELOW", (0, -1), (-1, -1), 0.6, NAVY),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return t


# =============================================================== texts
A_TITLE = "Breakup of a Retired Weather Satellite in Sun-synchronous Orbit"
A_BY = "K. OYELARAN, S. NAKAMURA AND H. LINDQVIST"

A1 = """
On 14 November 2025 at approximately 03:12 UTC, the retired meteorological satellite “Aurora-7” (international
designator 2009-061A) fragmented in a sun-synchronous orbit with a perigee of 801 km and an apogee of 823 km. The
spacecraft had been decommissioned in 2019 after ten years of service and had been passivated according to the
procedures in force at the time: its propellant tanks were vented and its solar arrays were disconnected from the
power bus. Its nickel-hydrogen batteries, however, remained connected to a trickle-charge circuit that could not
be disabled from the ground.

The first indication of the event came from the Office’s radar at Kerrow Point, which reported several
uncorrelated tracks near the parent body during a routine pass. Within 48 hours partner networks had confirmed at
least 40 new objects, and by 31 January 2026 a total of 214 fragments had been catalogued, with roughly 90 more
tracked but not yet associated with a catalogue entry. The parent body itself remains intact and trackable,
although its apparent rotation rate rose from 0.4 to about 3.1 degrees per second, consistent with an energetic
release on one side of the bus.

## Assessment of the cause

Three causes were considered: a collision with an untracked object, an explosion of residual propellant, and a
battery failure. A collision with a small object cannot be ruled out completely, but the spread of the fragments in
the along-track direction is narrower than expected for a hypervelocity impact, and the change in the spin axis of
the parent points to an internal source. Telemetry from 2019 confirms that the hydrazine tanks were vented, which
leaves the batteries as the most likely cause. The same failure mode has been documented for at least four other
spacecraft of the same generation [1].

Battery-related breakups are hard to anticipate because the cells can degrade slowly for years before a short
circuit triggers a thermal runaway. In the case of “Aurora-7,” the last telemetry received before decommissioning
showed cell voltages within their nominal ranges. The manufacturer has since confirmed that the trickle-charge
circuit on this bus was hard-wired, a design choice that was common at the time and that current passivation
guidelines explicitly discourage.

## Modelling the fragment cloud

To characterise the event, the authors compared the catalogued fragments with the output of the Office’s breakup
model, “FRAGSIM-3,” which uses the standard size and area-to-mass distributions with the modifications described
in [2]. For a low-intensity explosion of a 1,450 kg spacecraft, the model predicts approximately 230 fragments
larger than 10 cm, in good agreement with the 214 catalogued so far. The predicted number of fragments larger than
1 cm is close to 6,000, none of which can be tracked by current sensors.
"""

A2 = """
The spread in orbital period shown in the Gabbard diagram of Figure 2 is consistent with a maximum velocity change
of about 35 m/s for the smallest catalogued fragments. Most fragments remain in orbits with perigees above 750 km,
where atmospheric drag is weak. Using the long-term evolution approach described in [3], the authors estimate that
half of the catalogued fragments will still be in orbit in 2060 and that about a fifth will remain beyond the end
of the century.

## Consequences for nearby operators

The 800 km region is one of the most heavily used in low Earth orbit, home to many Earth observation satellites and
to the debris of several earlier breakups. In the ten weeks after the event the Office issued 57 conjunction
warnings involving “Aurora-7” fragments to 19 operators. Two operators performed avoidance manoeuvres, one of them
twice within four days. For a typical spacecraft in the affected altitude band, the collision probability over the
next decade is estimated to rise by 6 percent above the background from earlier events.

## Lessons for passivation

The event underlines a point made repeatedly in the literature: passivation is only complete if every energy
source on board is made inert, including batteries that the design does not allow to be switched off. The authors
recommend that new spacecraft include a command that permanently disconnects the batteries at end of life, and
that operators of older spacecraft check whether their batteries can be discharged through existing loads. The
Office will revise its passivation guidance in the second half of 2026 to reflect these findings.
"""

A_REFS = [
    "Brennan, C., Ito, M. and Vasquez, R. “Battery Passivation Failures in Decommissioned Spacecraft,” "
    "<i>Journal of Space Safety Engineering</i> <b>10</b>, 112–121 (2023).",
    "Oyelaran, K. and Nakamura, S. “A Revised Area-to-Mass Distribution for Fragmentation Debris,” "
    "<i>Proc. 8th International Workshop on Space Traffic Coordination</i>, Lisbon (2024).",
    "Dubois, A.-L. “Long-Term Evolution of Sun-synchronous Debris Clouds,” Meridian Space Agency Technical Report "
    "OEO-TR-2022-04 (2022).",
]

B_TITLE = "Laser Ranging of Uncooperative Targets: First Results from the “Kestrel” Campaign"
B_BY = "M. D'ANGELO AND P. KOWALCZYK"

B1 = """
Radar and passive optical observations give the position of a debris object to within tens or hundreds of metres,
and this uncertainty limits the quality of every conjunction assessment that uses the public catalogue. Satellite
laser ranging, long used for geodetic satellites carrying retroreflectors, can measure the distance to an object to
within a few metres, even when the object carries no retroreflector at all. The “Kestrel” campaign, run jointly by
the Office and the Tarragona Laser Observatory between June and December 2025, tested the technique on 60 rocket
bodies and defunct spacecraft in low Earth orbit.

The campaign used a 1.5 m telescope and a pulsed laser with an energy of 2 J per pulse at a wavelength of 1,064 nm.
Because the targets do not cooperate, the returned signal is weak, typically a few photons per hundred pulses, and
detection relies on a single-photon avalanche diode with a narrow range gate. The gate is centred on the position
predicted from the catalogue, so the quality of the initial orbit directly affects the chance of a detection.

## Why range to debris?

The accuracy of a conjunction assessment is limited less by the physics of orbital motion than by the quality of
the observations that feed it. For most debris objects the public catalogue is built from radar measurements that
are precise in direction but comparatively coarse in range, and the resulting orbits carry along-track
uncertainties of several hundred metres after a few days of propagation. Operators who receive a warning based on
such an orbit face an uncomfortable choice between manoeuvring unnecessarily and accepting a risk they cannot
quantify well.

Laser ranging attacks the problem from the other side. A range measurement with an accuracy of one or two metres
constrains the along-track position very tightly, and a handful of such measurements spread over a pass is often
enough to reduce the uncertainty of the whole orbit. The question the campaign set out to answer was practical
rather than theoretical: how many objects can a single station observe, and how often, with equipment that is
available today?

## Detection statistics

Of the 60 targets, 47 were detected at least once and 31 on more than five passes. Rocket bodies were detected far
more often than spacecraft, which the authors attribute to their larger size and to the diffuse reflection from the
painted surfaces of the upper stages. Detections were rare at elevations below 25 degrees, where the atmospheric
path is long, and during the two weeks around the summer solstice, when the targets were sunlit for only a short
part of each pass.
"""

B2 = """
Figure 4 compares orbits determined from laser ranges alone with orbits from the routine radar tracking. For the
31 well-observed targets, the median position uncertainty after orbit determination fell from 180 m to 14 m, an
improvement by more than a factor of twelve. Predictions propagated three days ahead kept most of this advantage:
the median along-track error at three days was 95 m, compared with 1.4 km for the radar-only orbits. For
conjunction screening, such an improvement would reduce the number of false alerts for the observed objects by
roughly two thirds.

## Tumbling rates as a by-product

The return signal of a tumbling rocket body varies with its attitude, and the timing of these variations reveals
the spin period. For 18 upper stages the campaign measured spin periods between 4 and 190 seconds. Several stages
that were launched in the 1990s showed periods that have lengthened steadily over the six months, which is
consistent with eddy-current damping in the Earth’s magnetic field. These measurements are directly relevant to
active removal missions such as “Clearwater-1” (see page 9), which must match the rotation of a target before
capture.

## Limitations and outlook

The technique depends on clear skies and darkness at the station, and a single station observes each target only
on a few passes per week. The authors estimate that a network of four stations at different longitudes would be
needed to maintain laser-quality orbits for the 200 most hazardous rocket bodies. A second station, at the Mount
Ruapehu Observatory in New Zealand, will join the campaign in the second half of 2026. The team is also testing
an infrared laser at 1,550 nm, which is eye-safe at shorter distances and may allow daytime ranging to brighter
targets.
"""

B_REFS = [
    "Kirchner, G., Silva, R. and Park, J.-H. “Single-Photon Ranging to Defunct Satellites,” <i>Advances in Space "
    "Research</i> <b>71</b>, 2210–2224 (2023).",
    "D'Angelo, M. “Range-Gate Optimisation for Weak Laser Returns,” Meridian Space Agency Technical Report "
    "OEO-TR-2024-11 (2024).",
    "Esterházy, B. and Nwosu, C. “Spin Evolution of Upper Stages in Low Earth Orbit,” <i>Acta Astronautica</i> "
    "<b>215</b>, 48–60 (2024).",
]

C_TITLE = "An Updated Thermospheric Density Model for Re-entry Prediction"
C_BY = "R. IYER"

C1 = """
Predicting when and where an uncontrolled object will re-enter the atmosphere remains one of the hardest problems
in orbital debris work. The dominant source of error is the density of the upper atmosphere, which responds within
hours to changes in solar ultraviolet output and to geomagnetic storms. During the solar maximum of 2024 and 2025,
errors in the density models used by the Office regularly exceeded 30 percent during storms, and re-entry windows
announced a week in advance had to be widened several times.

Since January 2026 the Office has used a new version of its operational density model, designated “TDM-26,” for
all re-entry predictions. The model combines a conventional empirical description of the thermosphere with a
correction layer that is updated every three hours from the observed orbital decay of about 300 well-tracked
calibration objects. The approach is not new in principle, but earlier attempts were limited by the small number
of calibration objects with accurately known ballistic coefficients.

## How the correction layer works

The correction layer does not replace the empirical model; it adjusts it. Every three hours, the observed change
in the orbital period of each calibration object is compared with the change predicted by the empirical model. The
ratio between the two, after accounting for the known ballistic coefficient, gives a local estimate of the error in
the modelled density along the object’s orbit. These estimates are combined into a smooth correction that varies
with altitude, latitude and local solar time. Because each calibration object samples a different part of the
thermosphere, a large and well-distributed set is essential, and the growth of the set from about 80 objects in
2019 to 300 today is the main reason why the approach now works.

The correction is deliberately damped. A single object with an unexpected decay, for example because it has
started to tumble, should not be able to distort the density everywhere. Objects whose residuals stay large over
several updates are removed from the calibration set automatically until an analyst has reviewed them.

## Calibration objects

The calibration set consists mainly of spherical satellites and compact rocket bodies whose drag does not depend
on attitude, complemented by defunct spacecraft whose shape has been characterised by radar imaging. The Office’s
imaging radar at Kerrow Point (Figure 1) provided new shape estimates for 46 of these objects in 2025. Each object
carries a ballistic coefficient that is re-estimated from its long-term decay once a month, so that slow changes,
for example from the loss of a solar panel, do not contaminate the short-term density corrections.

## Performance during the storms of 2025

The model was tested retrospectively on the 41 uncontrolled re-entries of objects heavier than 500 kg between
January 2024 and December 2025. For predictions issued five days before re-entry, the median error of the re-entry
time fell from 11.2 hours with the previous model to 6.9 hours with “TDM-26.” The improvement was largest during
geomagnetic storms: for the eight re-entries preceded by a storm within the last five days, the median error was
almost halved.

## Effect on public warnings

For the public, the most visible change is in the width of the re-entry windows published for large objects. For
the ten heaviest uncontrolled re-entries of 2025, a retrospective analysis shows that the windows announced two
days before re-entry would have been about 35 percent narrower with the new model while still containing the
actual re-entry time. Narrower windows mean that fewer regions need to be named in warnings, which matters most to
civil protection authorities, who are otherwise asked to prepare for events that will almost certainly not affect
them.
"""

C2 = """
The correction layer also reacts faster than the empirical model alone. During the storm of 12 October 2025,
the density at 400 km rose by about 80 percent within nine hours. The new model captured the rise within its next
three-hour update, whereas the empirical model underestimated it for more than a day.

## Remaining limitations

Two limitations remain. First, the correction layer can only respond to what has already happened; it cannot
forecast a storm, and predictions issued shortly before a strong storm will still carry large errors. Second, the
calibration objects are concentrated between 350 and 800 km, so the model is less well constrained in the lowest
part of the thermosphere, where the final day of a re-entry takes place. The Office is exploring whether
accelerometer data from scientific satellites could fill this gap.

Re-entry predictions based on the new model are published on the Office’s website with their uncertainty windows.
Users should note that the windows are now reported at the 80 percent level rather than as a fixed fraction of the
remaining lifetime.
"""

C_REFS = [
    "Lindholm, E. and Qureshi, S. “Assimilating Orbital Decay into Empirical Thermosphere Models,” <i>Space Weather</i> "
    "<b>22</b>, e2024SW003911 (2024).",
    "Iyer, R. “Ballistic Coefficients of Spherical Calibration Satellites,” Meridian Space Agency Technical Report "
    "OEO-TR-2023-02 (2023).",
]

D_TITLE = "Faster Conjunction Screening with the “Sentinel-Screen” Pipeline"
D_BY = "J. MURPHY AND F. ACHTERBERG"

D1 = """
The number of active satellites in low Earth orbit has more than tripled since 2020, and the number of pairwise
screenings the Office performs each day has grown even faster. In December 2025 the Office replaced its
conjunction screening software with a new pipeline, “Sentinel-Screen,” which performs the daily all-on-all screening
of the catalogue in 38 minutes instead of nearly five hours.

The gain comes mainly from a change in the filtering strategy. The old software applied a sequence of geometric
filters to every pair of objects. The new pipeline first sorts all objects into a spatial grid at each time step and
only compares objects that share a cell or neighbouring cells. Pairs that survive this step are passed to the
precise close-approach search, which has been rewritten to run on graphics processors.

The results were verified against the old software for three months in parallel operation. All conjunctions with a
miss distance below 1 km that the old software found were also found by the new pipeline, which additionally
identified 0.4 percent more close approaches, mostly involving objects with high eccentricity that the old filters
had rejected too early. Operators should therefore expect a small increase in the number of warnings, not a sign of
a worse environment.

## Covariance handling

Alongside the speed-up, the new pipeline changes how the uncertainty of each orbit is treated. The old software
scaled all covariances with a single empirical factor derived in 2014. “Sentinel-Screen” instead applies factors
that depend on the object type, the orbit regime and the age of the last observation, estimated from a comparison
of predicted and observed positions over the past two years. For well-tracked active satellites the factors are
close to one; for small debris objects observed only every few days they can exceed three. The effect is to lower
the computed collision probability for many routine encounters between well-tracked objects and to raise it for
encounters with poorly observed debris, which is where the real uncertainty lies.

## Availability to operators

Operators that receive conjunction data from the Office do not need to change anything: the format of the warning
messages is unchanged, apart from a new field that gives the version of the screening software. From the second
quarter of 2026, operators will also be able to submit planned manoeuvres for screening before execution. A test
service with six participating operators has been running since January, and the screening of a submitted plan
currently takes less than ten minutes.
"""

MR_TITLE = "9th International Workshop on Space Traffic Coordination, 19–22 January 2026, Lisbon, Portugal"

MR1 = """
More than 420 participants from 37 countries met in Lisbon for the ninth edition of the workshop, which this year
carried the theme “Shared Orbits, Shared Responsibility.” The programme comprised 96 oral presentations in
14 sessions, two panel discussions and a poster session with 71 contributions. As in previous years, the
workshop brought together space agencies, commercial operators, insurers and legal scholars, and the discussions
ranged from the physics of fragmentation to the question of who should pay for debris removal.

The workshop was opened by its chair, Prof. Rui Carvalho of the Lisbon Institute of Aerospace Studies, who
reminded the audience how recently the host country entered the field. “Portugal launched its first satellite in
1993. Today we operate one of the busiest ground station networks in Europe, and every one of those stations
depends on a sky we can still use safely,” he said. He thanked the organising committee and the 60 student
volunteers who had run registration and the session rooms.

In her opening keynote, Dr. Ingrid Solberg of the Nordic Orbital Safety Centre argued that the community’s tools
have not kept pace with the growth of traffic in low Earth orbit. “We have moved from counting objects to managing
traffic, and our institutions have not caught up,” said Dr. Solberg. She pointed out that most national licensing
procedures still treat each satellite as an isolated case, even when an operator launches thousands of nearly
identical spacecraft into the same shells.

## Large constellations

The first full day was dominated by the large constellations. Operators reported that automated avoidance systems
now perform most manoeuvres without a human decision, and several speakers questioned whether the underlying
conjunction data were good enough for this. “A single operator now performs more avoidance manoeuvres in a month
than the whole world did in 2015,” said Dr. Kwame Asante of the Accra Space Situational Awareness Laboratory.
He presented statistics showing that about one in twenty automated manoeuvres in 2025 was triggered by a conjunction
that later turned out to be a catalogue error.

A session on data sharing followed. Several presenters argued for a common exchange format for ephemerides and
manoeuvre plans, and a working group presented a draft under the title “Open Ephemeris Exchange, Version 0.9.”
The draft was welcomed, although the operators present were divided on whether planned manoeuvres should be
shared before or only after they are executed.

## Tracking and sensors

The sessions on tracking showed how quickly the sensor landscape is changing. Commercial providers now operate
more radar and optical sensors than most national programmes, and several presented data-quality statistics that
compare favourably with government networks. Dr. Mehmet Yüce of the Ankara Orbital Tracking Facility presented
results from a new phased-array radar that has been tracking objects down to 5 cm since mid-2025. “For the first
time we can follow the small fragments of a breakup from the first day, not only the ones that are large enough to
be catalogued after weeks,” Dr. Yüce said. His group tracked about 1,900 fragments from a single breakup in 2025,
ten times more than the public catalogue contains for the same event.

Space-based observation was another recurring topic. Two companies presented plans for constellations of small
optical satellites dedicated to tracking debris in low orbits, and one agency reported first results from a hosted
payload on a weather satellite. The audience was impressed by the coverage such systems promise but asked
repeatedly who would validate their data. “A measurement nobody can check is a rumour with an error bar,” said
Dr. Sunita Raman of the Bengaluru Centre for Space Situational Awareness, to laughter from the room.

## Space weather

A full session dealt with the effect of the solar maximum on low orbits. Several speakers described the storms of
2024 and 2025, during which hundreds of satellites lost altitude faster than predicted and the positions of
thousands of catalogued objects had to be re-established. The Office’s contribution on the new thermospheric
density model (see page 3) was discussed in this session, together with a comparison of five operational density
models presented by a team from three European universities.
"""

MR2 = """
## Models and measurements

The second day focused on environment models. Prof. Yuki Morishita of the Kansai Institute of Orbital Science
presented new fragmentation experiments with modern composite structures, which produce more small, flat fragments
than the aluminium targets on which most breakup models are still based. The talk “Carbon Fibre Does Not Break Like
Aluminium” prompted one of the liveliest discussions of the week. “The models are good,” said Dr. Paolo Ricci of the
Turin Centre for Space Debris Studies, “but the inputs are thirty years old.” Several groups announced that they
would share their test data to allow a joint update of the standard model.

The Office presented two contributions: an analysis of the “Aurora-7” breakup (see page 1) and first results from
the “Kestrel” laser ranging campaign (see page 2).

## Policy and economics

The final day turned to the policy questions that have dominated recent editions of the workshop. A panel on active
debris removal discussed why, despite several successful demonstrations, no operator has yet paid for the removal
of an object it does not own. “Nobody wants to be the first to pay for removal of debris that everybody created.”
The remark, from Aisling Walsh of the Irish Space Policy Forum, drew long applause. Ms. Walsh proposed a fund
financed by a small levy on launches, an idea that found support among the agencies but met scepticism from the
commercial operators on the panel.

The workshop closed with the announcement that the tenth edition will be held in Hyderabad in January 2028. The
proceedings will be published in the autumn of 2026.
"""

PROFILE = """
When a satellite operator somewhere in the world receives a warning that its spacecraft may pass dangerously close
to a piece of debris, there is a fair chance that the analysis behind it was checked by Dr. Chinonso Eze’s team. As
the Office’s conjunction assessment lead, she oversees the screening of more than 30,000 close approaches a week.

Eze grew up in Enugu, Nigeria, and came to orbital mechanics by way of a childhood question. “I was the kid who
wanted to know where satellites go when they stop working,” Eze said. “Nobody could tell me, so eventually I had
to find out myself.” She studied physics in Nsukka and completed her doctorate in celestial mechanics in
Glasgow, where her thesis dealt with the long-term evolution of debris in geostationary orbit.

Her doctoral adviser, Prof. Hamid Farahani, gave her a piece of advice she still repeats to new staff: “Never
trust a covariance you have not inspected yourself.” She joined the Office in 2017 as an analyst and has led the
conjunction assessment group since 2022.

The job has changed beyond recognition since then. “When I started, we looked at every high-risk event by hand,
and a busy week meant three or four of them,” she said. “Now the machines do the first ninety-nine percent, and our
job is to find the one percent where the machines are wrong.” She is proud that the group has kept its false-alarm
rate roughly constant while the traffic has grown fivefold, and she credits the new “Sentinel-Screen” pipeline
(see page 4) with much of that.

Colleagues describe her as calm under pressure, a quality tested on the night of 9 February, when a fragment of the
“Aurora-7” breakup was predicted to pass within 90 m of an active Earth observation satellite. “We had six hours,
two conflicting orbit solutions and an operator on the phone every twenty minutes,” she recalls. “In the end a
single laser measurement from Tarragona settled it.” The operator manoeuvred, and the fragment passed at more than
two kilometres. She has since argued for giving the “Kestrel” station priority on any object involved in a
high-risk event.

Outside work she coaches a youth football team and is slowly learning to play the kora. Asked what she would change
if she could, she did not hesitate. “I would make every operator share their manoeuvre plans. It would make my job
boring, and I would be delighted.”
"""

E_TITLE = "Re-entries in 2025: A Statistical Summary"
E_BY = "T. HALVORSEN AND A. RAJAGOPALAN"

E1 = """
In 2025, a total of 1,184 catalogued objects re-entered the Earth’s atmosphere, more than in any previous year.
The increase is driven by the large constellations in low orbits, whose satellites are designed to decay within a
few years of the end of their mission, and by the high solar activity, which shortened the lifetimes of objects
below 600 km considerably. Table 1 summarises the re-entries by object type.

Spacecraft made up 71 percent of the re-entries by number, but only 53 percent of the re-entering mass. The total
mass of all re-entering objects of known mass was about 1,180 tonnes, of which 540 tonnes were rocket bodies. Of the 94 rocket
bodies that re-entered, 61 were controlled re-entries into remote ocean areas, a clear improvement on the 45 percent
share of 2020. The remaining 33 uncontrolled rocket body re-entries include 11 objects heavier than two tonnes.

## Objects heavier than one tonne

Thirty-seven uncontrolled re-entries involved objects with a mass above one tonne. For these objects the Office
issues public predictions, and for all 37 the final prediction window, issued about six hours before re-entry,
contained the actual re-entry time. The median width of the final window was 94 minutes, somewhat narrower than in
2024 thanks to the new density model described on page 3.

## Where objects re-entered

Because most objects in low orbit travel in highly inclined orbits, re-entries are spread over nearly all
latitudes, but not evenly. Objects in sun-synchronous and polar orbits spend a comparatively large fraction of their
time at high latitudes, while the large constellations at inclinations of around 53 degrees concentrate their
re-entries between 45 and 55 degrees north and south. In 2025, 63 percent of the uncontrolled re-entries of objects
heavier than one tonne occurred over the oceans, somewhat less than the 71 percent ocean fraction of the Earth’s
surface; the difference comes from the latitude bands preferred by the constellations, which contain a larger
share of land.

## Surviving fragments

Fragments that survived re-entry were recovered on the ground in five cases in 2025, all without injury. In one case
a titanium pressure vessel from an upper stage landed on a sheep farm in mid-Wales. “It came down about thirty
metres from the barn, and the dog found it before I did,” the farm’s owner, Gareth Pryce, told a regional newspaper.
The vessel was identified from its serial number and returned to the launch provider. The other four recovered
objects were found in Argentina, Australia, Kazakhstan and Canada; three of them were composite overwrapped pressure
vessels, which are known to survive re-entry particularly often because of their high melting point and favourable
shape. The Office has proposed that such tanks be designed to fragment at higher altitude, a measure that would
reduce the casualty risk from uncontrolled re-entries of upper stages by an estimated 20 percent.

The probability that a person somewhere on Earth is struck by re-entering debris remains very small, but it
grows with the number and mass of uncontrolled re-entries. The Office estimates that the cumulative casualty
expectation for all uncontrolled re-entries in 2025 was about 1 in 1,100, compared with 1 in 2,400 five years ago.
Controlled re-entry of rocket bodies remains the most effective way to reduce this risk.

## Outlook for 2026

Solar activity is expected to decline gradually through 2026, which will lengthen orbital lifetimes again and reduce
the number of re-entries from the lowest shells. At the same time, the first generation of satellites of two large
constellations is being retired, and the operators have announced the controlled or accelerated de-orbiting of
about 1,500 spacecraft over the coming two years. The Office therefore expects the total number of re-entries in
2026 to be similar to that of 2025, with a somewhat smaller share of uncontrolled re-entries of large objects.
"""

MISSION = """
The active debris removal demonstrator “Clearwater-1” completed its first rendezvous rehearsal in February, two
months after launch. The spacecraft approached its companion target, a 90 kg mock-up released shortly after
separation from the launcher, to a distance of 25 m and held this position for 40 minutes before backing away to a
safe parking orbit. All relative navigation sensors performed as expected.

“The rehearsal did exactly what a rehearsal should do: it was boring,” said Rahul Menon, the mission manager, at a
press briefing on 24 February. He added that the team had used the opportunity to test the handover between the
camera-based and the lidar-based navigation modes, which had caused concern during ground testing.

The next phase will bring “Clearwater-1” to within 2 m of the mock-up, which will be set spinning at three degrees
per second to reproduce the tumbling of a real rocket body. The capture attempt with the robotic arm is planned for
the autumn. If successful, the spacecraft and its target will be de-orbited together in a controlled re-entry over
the South Pacific. The mission, developed under the agency’s “Clean Orbit 2030” initiative, is the first step
towards a service that could remove large rocket bodies from heavily used orbits.
"""

CORRECTION = """
In the article “Fragment Flux Estimates for the 550 km Shell” in Volume 13, Issue 4, the altitude range in the
caption of Figure 3 was given incorrectly. It should read 520–580 km. The editors apologise for the error.
"""

MEETINGS = [
    ("14–16 April 2026", "3rd Symposium on Space Sustainability, Vienna, Austria. Theme: “Sustainable Space for a Sustainable Earth.” Abstract deadline passed."),
    ("9–12 June 2026", "Central European Conference on Space Surveillance, Graz, Austria. Sessions on radar, optical and laser tracking."),
    ("22–25 September 2026", "Pacific Workshop on Optical Tracking of Small Debris, Honolulu, USA."),
    ("12–16 October 2026", "Asia-Pacific Space Debris Forum, Bengaluru, India. Six sessions on environment modelling and mitigation."),
    ("27–29 January 2027", "Workshop on Re-entry Prediction and Risk, Toulouse, France. Abstracts due 1 September 2026."),
]

LITERATURE = [
    ("“Debris Flux Estimates from Returned Surfaces,”", "A. Okonkwo and B. Sørensen, <i>Journal of Space Safety Engineering</i> 12 (2025)."),
    ("“A Survey of End-of-Life Practices in Geostationary Orbit, 2015–2024,”", "L. Fontaine, J. Kaur and M. O’Sullivan, <i>Acta Astronautica</i> 228 (2025)."),
    ("“Is Anyone Still Listening? Telemetry from Decommissioned Spacecraft,”", "D. Petrov and H. Yamamoto, <i>Advances in Space Research</i> 76 (2025)."),
    ("“Machine-Learned Covariance Realism for Conjunction Assessment,”", "S. Bergström, N. Adeyemi and R. Castillo, <i>Journal of Guidance, Control, and Dynamics</i> 48 (2025)."),
    ("“Optical Signatures of Tumbling Upper Stages,”", "K. Andersen and P. Nair, <i>Advances in Space Research</i> 76 (2025)."),
    ("“Economic Incentives for Post-Mission Disposal,”", "F. Moreau and E. Zhang, <i>Space Policy</i> 71 (2025)."),
    ("“Fragment Shapes from Hypervelocity Impact Tests on Composite Panels,”", "Y. Morishita, T. Ueda and G. Rinaldi, <i>International Journal of Impact Engineering</i> 196 (2025)."),
]


# =============================================================== pages
def page1(c):
    c.setFillColor(NAVY)
    c.rect(0, H - 112, W, 112, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Sans-Bold", 30)
    c.drawString(ML, H - 58, "Debris Environment Bulletin")
    c.setFont("Cond", 10)
    c.drawString(ML, H - 78, "A publication of the Orbital Environment Office, Meridian Space Agency")
    c.setFont("Cond-Bold", 10)
    c.drawRightString(W - MR, H - 98, "Volume 14, Issue 1 · March 2026")
    c.setFillColor(black)
    c.setFont("Cond-Bold", 8.5)
    c.drawCentredString(W / 2, 26, "1")
    gap = 12
    colw = (CW - 2 * gap) / 3
    ytop = H - 126
    # news item across columns 1-2 at the top
    news = head("NEWS", "Avoidance Manoeuvre for the “Lumen” Observatory", None, "h2") + paras(
        """
        On 3 February the agency’s ultraviolet observatory “Lumen” raised its orbit by 380 m to avoid a predicted
        close approach with a fragment of the “Aurora-7” breakup described below. The probability of collision had
        reached 1 in 2,600 about 30 hours before the time of closest approach, above the agency’s threshold of
        1 in 10,000. The manoeuvre was the observatory’s first in its six years in orbit and cost about 40 grams of
        propellant.
        """
    )
    y = columns(c, ytop, ytop - 200, 2, news, "p1 news", x0=ML, width=2 * colw + gap)
    hrule(c, y - 6, ML, ML + 2 * colw + gap)
    # lead article under it, two columns, then continues
    y2 = block(c, y - 14, head("PROJECT REVIEW", A_TITLE, A_BY), x0=ML, width=2 * colw + gap)
    story = paras(A1) + [P("<i>continued on page 2</i>", "contnote")]
    columns(c, y2 - 2, BOT, 2, story, "p1 lead", x0=ML, width=2 * colw + gap, balance=False)
    # right column: contents box and figure
    contents = [
        ("Breakup of a Retired Weather Satellite", "1"),
        ("Laser Ranging of Uncooperative Targets", "2"),
        ("An Updated Thermospheric Density Model", "3"),
        ("Faster Conjunction Screening", "4"),
        ("Meeting Report: Lisbon Workshop", "5"),
        ("Profile: Chinonso Eze", "6"),
        ("Re-entries in 2025", "8"),
        ("Mission News, Upcoming Meetings", "9"),
        ("Satellite Box Score", "10"),
    ]
    box = [P("Inside...", "boxhead")]
    for t, pg in contents:
        box.append(P(f"{t} <font name='Cond-Bold'>{pg}</font>", "box"))
    side = [
        Box(box, rule=NAVY),
        Spacer(0, 10),
        Photo(150, tone=0.25),
        P(
            "Figure 1. The retired weather satellite “Aurora-7” during integration in 2008. Its batteries "
            "could not be disconnected at end of life. Credit: Meridian Space Agency",
            "caption",
        ),
        Spacer(0, 4),
        Box(
            [
                P("Quick facts: the “Aurora-7” event", "boxhead"),
                P(
                    "Date: 14 November 2025, about 03:12 UTC<br/>Altitude: 801 × 823 km, inclination 98.7°<br/>"
                    "Mass of parent: 1,450 kg<br/>Catalogued fragments: 214 (31 January 2026)<br/>"
                    "Likely cause: battery failure<br/>Conjunction warnings issued: 57",
                    "box",
                ),
            ]
        ),
    ]
    frames_fill(c, [(ML + 2 * (colw + gap), BOT, colw, ytop - BOT)], side, "p1 side")


def page2(c):
    chrome(c, 2)
    y = block(c, TOP, [P(f"{A_TITLE} continued from page 1", "cont")])
    gap = 12
    story = paras(A2)
    story += [
        Plot(120, "scatter", seed=3),
        P(
            "Figure 2. Gabbard diagram of the 214 catalogued “Aurora-7” fragments (apogee and perigee altitude "
            "versus orbital period). Credit: MSA Orbital Environment Office",
            "caption",
        ),
    ]
    story += refs(A_REFS)
    ymid = columns(c, y - 2, 330, 3, story, "p2 lead cont")
    hrule(c, ymid - 8)
    y2 = block(c, ymid - 16, head("PROJECT REVIEW", B_TITLE, B_BY))
    story = paras(B1) + [P("<i>continued on page 7</i>", "contnote")]
    columns(c, y2 - 2, BOT, 3, story, "p2 kestrel", balance=False)


def page3(c):
    chrome(c, 3)
    y = block(c, TOP, head("PROJECT REVIEW", C_TITLE, C_BY))
    gap = 12
    colw = (CW - 2 * gap) / 3
    story = [
        Photo(165, tone=0.6),
        P(
            "Figure 1. The imaging radar at Kerrow Point, which provided new shape estimates for 46 calibration "
            "objects in 2025. Image: Tomasz Wierzbicki",
            "caption",
        ),
    ]
    story += paras(C1)
    story += [
        Box(
            [
                P("What is a ballistic coefficient?", "boxhead"),
                P(
                    "The ballistic coefficient describes how strongly atmospheric drag decelerates an object. It "
                    "combines the object’s mass, its cross-sectional area and its drag coefficient. A dense, compact "
                    "object such as a solid sphere has a high ballistic coefficient and decays slowly; a light object "
                    "with large panels has a low one and decays quickly. Because the density estimate and the "
                    "ballistic coefficient appear together in the drag equation, one can only be inferred from orbital "
                    "decay if the other is known.",
                    "box",
                ),
            ]
        ),
        Spacer(0, 6),
        table(
            [
                ["Calibration objects", "Number", "Altitude (km)"],
                ["Spherical satellites", "38", "350–1,500"],
                ["Compact rocket bodies", "121", "380–820"],
                ["Imaged defunct spacecraft", "46", "400–790"],
                ["Other well-tracked objects", "97", "360–760"],
            ],
            [172 * 0.48, 172 * 0.20, 172 * 0.32],
        ),
        P("Table 1. Composition of the “TDM-26” calibration set, January 2026.", "caption"),
        Plot(150, "curve", seed=5),
        P(
            "Figure 2. Median error of the predicted re-entry time versus days before re-entry for the previous "
            "model and for “TDM-26.” Credit: MSA Orbital Environment Office",
            "caption",
        ),
    ]
    columns(c, y - 2, BOT, 3, story, "p3 tdm", balance=False)


def page4(c):
    chrome(c, 4)
    y = block(c, TOP, [P(f"{C_TITLE} continued from page 3", "cont")])
    story = paras(C2) + refs(C_REFS)
    ymid = columns(c, y - 2, 420, 3, story, "p4 tdm cont")
    hrule(c, ymid - 8)
    y2 = block(c, ymid - 16, head("PROJECT REVIEW", D_TITLE, D_BY))
    gap = 12
    colw = (CW - 2 * gap) / 3
    story = paras(D1)
    frames_fill(c, colrects(3, y2 - 2, BOT)[:2], story, "p4 sentinel")
    side = [
        Plot(120, "decay", seed=2),
        P(
            "Figure 3. Run time of the daily all-on-all screening, old software versus “Sentinel-Screen,” "
            "September 2025 to February 2026. Credit: MSA Orbital Environment Office",
            "caption",
        ),
        table(
            [
                ["Screening step", "Old (min)", "New (min)"],
                ["Catalogue update", "12", "9"],
                ["Filtering", "196", "11"],
                ["Close-approach search", "71", "14"],
                ["Probability and report", "15", "4"],
                ["Total", "294", "38"],
            ],
            [colw * 0.52, colw * 0.24, colw * 0.24],
        ),
        P("Table 1. Average run times per daily screening, January 2026.", "caption"),
    ]
    frames_fill(c, colrects(3, y2 - 2, BOT)[2:], side, "p4 sentinel side")


def page5(c):
    chrome(c, 5)
    y = block(c, TOP, head("MEETING REPORT", MR_TITLE))
    story = paras(MR1) + [
        Spacer(0, 4),
        Box(
            [
                P("The workshop in numbers", "boxhead"),
                P(
                    "Participants: 423 from 37 countries<br/>Oral presentations: 96 in 14 sessions<br/>Posters: 71<br/>"
                    "Panel discussions: 2<br/>Share of first-time participants: 41 percent<br/>Student volunteers: 60",
                    "box",
                ),
            ],
            rule=NAVY,
        ),
    ]
    gap = 12
    colw = (CW - 2 * gap) / 3
    rects = colrects(3, y - 2, BOT)
    # pull quote at the top of the third column
    side = pull(
        "“We have moved from counting objects to managing traffic.”",
        "<b>Dr. Ingrid Solberg</b>, Nordic Orbital Safety Centre",
    )
    side += [
        Photo(170, tone=0.62),
        P("Participants at the poster session in the Lisbon congress centre. Image: Tomasz Wierzbicki", "caption"),
    ]
    x3, yb3, w3, h3 = rects[2]
    # measure the side material and give the rest of column 3 to the text
    scratch = canvas.Canvas(io.BytesIO())
    hside = 0
    for f in copy.deepcopy(side):
        _, hh = f.wrap(w3, 1000)
        hside += hh + f.getSpaceBefore() + f.getSpaceAfter()
    frames_fill(c, [(x3, yb3 + h3 - hside, w3, hside + 1)], side, "p5 pull")
    frames_fill(c, rects[:2] + [(x3, yb3, w3, h3 - hside - 4)], story, "p5 meeting")


def page6(c):
    chrome(c, 6)
    y = block(c, TOP, [P("Meeting Report continued from page 5", "cont")])
    story = paras(MR2) + [P("Reported by Élodie Faure", "endby")]
    ymid = columns(c, y - 2, 400, 3, story, "p6 meeting cont")
    hrule(c, ymid - 8)
    y2 = block(c, ymid - 16, head("PROFILE", "Chinonso Eze: Thirty Thousand Conjunctions a Week", "Words by Liam Gallagher"))
    gap = 12
    rects = colrects(3, y2 - 2, BOT)
    frames_fill(c, rects[:2], paras(PROFILE), "p6 profile")
    frames_fill(
        c,
        rects[2:],
        [
            Photo(150, tone=0.55),
            P(
                "Dr. Chinonso Eze in the Office’s operations room, where conjunction warnings are checked around "
                "the clock. Image: Tomasz Wierzbicki",
                "caption",
            ),
            Box(
                [
                    P("Career at a glance", "boxhead"),
                    P(
                        "2011 BSc Physics, Nsukka<br/>2016 PhD Celestial Mechanics, Glasgow<br/>2017 Analyst, "
                        "Orbital Environment Office<br/>2022 Conjunction Assessment Lead",
                        "box",
                    ),
                ]
            ),
        ],
        "p6 profile side",
    )


def page7(c):
    chrome(c, 7)
    y = block(c, TOP, [P(f"{B_TITLE.split(':')[0]} continued from page 2", "cont")])
    story = paras(B2)
    story += [
        Plot(105, "decay", seed=9),
        P(
            "Figure 4. Median position uncertainty of 31 rocket bodies from radar-only orbits and from laser-only "
            "orbits, propagated up to seven days. Credit: MSA Orbital Environment Office / Tarragona Laser Observatory",
            "caption",
        ),
    ]
    story += refs(B_REFS)
    ymid = columns(c, y - 2, 330, 3, story, "p7 kestrel cont")
    hrule(c, ymid - 8)
    y2 = block(c, ymid - 16, [P("ABSTRACTS FROM THE LITERATURE", "kicker"), P("Recent papers of interest", "h2")])
    lit = [
        P(
            "The following papers, published in the second half of 2025, were selected by the editors. Summaries "
            "are available on request.",
        ),
        Spacer(0, 3),
    ]
    for t, who in LITERATURE:
        lit += [P(f"<b>{t}</b> {who}", "ref"), Spacer(0, 2)]
    lit += paras(
        """
        Of particular interest to operators is the survey of end-of-life practices in geostationary orbit, which
        finds that compliance with the recommended re-orbiting altitude has risen to 88 percent, but that about one
        in ten re-orbited satellites still retains enough propellant to pose a later explosion risk. The paper on
        telemetry from decommissioned spacecraft reports that at least 70 satellites that were officially retired are
        still transmitting, a finding that adds weight to the passivation concerns raised by the “Aurora-7” event.

        Two further papers deal with topics covered elsewhere in this issue. The study of optical signatures of
        tumbling upper stages complements the spin measurements of the “Kestrel” campaign and shows that light curves
        alone can recover spin periods to within a few percent when the observing geometry is favourable. The paper on
        economic incentives models the decisions of satellite operators under different regulatory regimes and
        concludes that a refundable deposit, paid at launch and returned after a successful disposal, would raise
        compliance more effectively than fines of comparable size. Readers who attended the Lisbon workshop (see page
        5) will recognise the debate.

        The paper on covariance realism is, to the editors’ knowledge, the first to test a learned correction on a
        full operational catalogue rather than on simulated data. Its results are encouraging for well-tracked objects
        but show little benefit for debris observed only a few times per week.

        Finally, the impact tests on composite panels provide the first large public data set of fragment shapes from
        modern spacecraft materials. The authors find that flat, plate-like fragments with a high area-to-mass ratio
        make up more than half of all fragments between 1 and 10 cm, compared with about a quarter for aluminium
        targets. Since such fragments decay faster but are also harder to detect, the net effect on the long-term
        environment is not obvious, and the authors call for the standard breakup model to be revised. Their data are
        openly available, and the editors encourage modellers to make use of them.
        """
    )
    columns(c, y2 - 2, BOT, 3, lit, "p7 literature", balance=False)


def page8(c):
    chrome(c, 8)
    y = block(c, TOP, head("PROJECT REVIEW", E_TITLE, E_BY))
    gap = 12
    colw = (CW - 2 * gap) / 3
    rects = colrects(3, y - 2, BOT)
    story = paras(E1) + [P("<i>A full list of 2025 re-entries of objects heavier than 500 kg is available from the Office on request.</i>")]
    frames_fill(c, rects[:2], story, "p8 reentries")
    side = [
        table(
            [
                ["Object type", "Number", "Mass (t)", "Controlled"],
                ["Spacecraft", "842", "627", "19"],
                ["Rocket bodies", "94", "540", "61"],
                ["Mission-related", "37", "8", "0"],
                ["Fragmentation debris", "211", "4", "0"],
                ["Total", "1,184", "1,179", "80"],
            ],
            [colw * 0.40, colw * 0.19, colw * 0.19, colw * 0.22],
        ),
        P(
            "Table 1. Re-entries of catalogued objects in 2025 by type. Mass totals exclude objects whose mass is "
            "unknown. Source: Meridian Space Agency",
            "caption",
        ),
        Spacer(0, 4),
        Plot(170, "curve", seed=11),
        P(
            "Figure 1. Re-entries per month in 2025 (all catalogued objects). Credit: MSA Orbital Environment Office",
            "caption",
        ),
        Spacer(0, 4),
        Photo(180, tone=0.5),
        P(
            "Figure 2. A titanium pressure vessel recovered in mid-Wales in August 2025. Credit: Welsh Regional "
            "Police",
            "caption",
        ),
    ]
    frames_fill(c, rects[2:], side, "p8 side")


def page9(c):
    chrome(c, 9)
    gap = 12
    colw = (CW - 2 * gap) / 3
    y = block(
        c,
        TOP,
        head("MISSION NEWS", "“Clearwater-1” Completes First Rendezvous Rehearsal"),
        width=2 * colw + gap,
    )
    story = paras(MISSION)
    ymid = columns(c, y - 2, 330, 2, story, "p9 mission", width=2 * colw + gap)
    side = [
        Photo(150, tone=0.2),
        P(
            "Artist’s impression of “Clearwater-1” approaching its target. Illustration: Nils Ekström",
            "caption",
        ),
    ]
    hside = frames_fill(c, [(ML + 2 * (colw + gap), ymid, colw, TOP - ymid)], side, "p9 mission side")
    hrule(c, ymid - 8)
    y2 = ymid - 16
    rects = colrects(3, y2, BOT)
    meet = [P("UPCOMING MEETINGS", "kicker"), Spacer(0, 3)]
    for d, t in MEETINGS:
        meet += [P(f"<b>{d}</b>", "box"), P(t, "box"), Spacer(0, 4)]
    meet += [
        P(
            "The Office maintains a full calendar of debris-related meetings on its website. Organisers are "
            "invited to send announcements to the editors.",
            "box",
        )
    ]
    frames_fill(c, rects[:1], [Box(meet, pad=7)], "p9 meetings")
    right = [P("CORRECTION", "kicker")] + paras(CORRECTION)
    right += [
        Spacer(0, 6),
        P("NEW TECHNICAL REPORTS", "kicker"),
    ] + paras(
        """
        Three technical reports were released by the Office in the last quarter and can be downloaded from its
        website: OEO-TR-2025-07 on the calibration of the Kerrow Point radar, OEO-TR-2025-09 on the statistical
        treatment of uncorrelated tracks, and OEO-TR-2025-12, a catalogue of all fragmentation events from 1961 to
        2025 with updated fragment counts. The fragmentation catalogue now lists 276 events, of which 14 occurred in
        2025 alone, the highest annual number since 2007.

        Users of the Office’s re-entry predictions should also note a change of format. From 1 April 2026 all
        predictions will be published as machine-readable files in addition to the web pages, with the uncertainty
        window given at the 80 percent level. The old text bulletins will be discontinued at the end of June.

        After 31 years with the Office, Dr. Margarethe Vollmer retired at the end of January. She joined in 1995 as
        a radar engineer and led the development of the Kerrow Point imaging radar. At her farewell she told
        colleagues: “I have seen the catalogue grow from eight thousand objects to thirty-seven thousand. I hope my
        successors will see it shrink.” Her responsibilities for the radar programme pass to Dr. Oluwaseun Bakare.

        The upgrade of the Kerrow Point radar was completed in December. A new receiver chain and a second
        transmitter have lowered the minimum detectable size at 1,000 km from about 12 cm to 7 cm, and the radar can
        now track up to 400 objects per hour. The first month of operation after the upgrade produced 3,100 new
        observations of fragments from the “Aurora-7” breakup alone.

        The Office is recruiting two orbital analysts for its conjunction assessment group. Applications from
        candidates with a background in estimation theory or software engineering are particularly welcome; details
        are available on the agency’s careers page until 30 April 2026.
        """
    )
    frames_fill(c, rects[1:], right, "p9 right")


def page10(c):
    chrome(c, 10)
    gap = 12
    colw = (CW - 2 * gap) / 3
    y = block(c, TOP, [P("SATELLITE BOX SCORE", "h2"), P("(as of 2 March 2026, catalogued by the Office)", "box")], width=2 * colw + gap)
    rows = [
        ["Orbit regime", "Spacecraft", "Rocket bodies & debris", "Total"],
        ["Low Earth orbit, below 600 km", "9,874", "2,390", "12,264"],
        ["Low Earth orbit, 600–2,000 km", "5,906", "11,212", "17,118"],
        ["Medium Earth orbit", "742", "1,306", "2,048"],
        ["Geosynchronous region", "1,628", "1,561", "3,189"],
        ["Highly eccentric orbits", "512", "1,312", "1,824"],
        ["Other and unclassified", "523", "213", "736"],
        ["Total", "19,185", "17,994", "37,179"],
    ]
    w2 = 2 * colw + gap
    t = table(rows, [w2 * 0.40, w2 * 0.18, w2 * 0.26, w2 * 0.16])
    story = [t, P("Objects in orbit tracked and catalogued by the Office, by orbit regime.", "caption")]
    story += [Spacer(0, 8), P("ORBITAL LAUNCHES, FOURTH QUARTER 2025", "kicker"), Spacer(0, 3)]
    story += [
        table(
            [
                ["Month", "Launches", "Spacecraft deployed", "Upper stages left in orbit"],
                ["October", "27", "412", "3"],
                ["November", "31", "506", "2"],
                ["December", "29", "388", "4"],
                ["Quarter", "87", "1,306", "9"],
            ],
            [w2 * 0.25, w2 * 0.18, w2 * 0.28, w2 * 0.29],
        ),
        P("Source: launch notifications compiled by the Office.", "caption"),
        Spacer(0, 8),
        Box(
            [
                P("Visit the Orbital Environment Office online", "boxhead"),
                P(
                    "Re-entry predictions, the fragmentation catalogue, all back issues of this bulletin and the "
                    "Office’s technical reports are available on the agency’s website. To receive an e-mail when a "
                    "new issue appears, subscribe through the same page.",
                    "box",
                ),
            ]
        ),
    ]
    frames_fill(c, [(ML, BOT + 250, w2, y - 4 - BOT - 250)], story, "p10 tables")
    mast = [
        P("DEBRIS ENVIRONMENT BULLETIN", "boxhead"),
        P("Published quarterly by the Orbital Environment Office, Meridian Space Agency", "mast"),
        P("Managing Editor", "masthead"),
        P("Fiona MacAllister", "mast"),
        P("Technical Editor", "masthead"),
        P("Arjun Venkataraman", "mast"),
        Spacer(0, 8),
        P(
            "Correspondence concerning the bulletin can be sent to: Gráinne Doyle, Orbital Environment Office, "
            "Meridian Space Agency, 400 Harbour Road, Port Meridian.",
            "mast",
        ),
        Spacer(0, 8),
        P(
            "The bulletin reports on research and operations related to orbital debris. Articles are reviewed by "
            "the Office’s technical staff; views expressed are those of the authors.",
            "mast",
        ),
    ]
    frames_fill(c, [(ML + 2 * (colw + gap), BOT + 250, colw, y - 4 - BOT - 250)], [Box(mast, pad=8, rule=NAVY)], "p10 masthead")
    hrule(c, BOT + 240)
    y2 = block(c, BOT + 232, [P("ATTENTION DEBRIS WATCHERS", "kicker")])
    watch = paras(
        """
        The Office welcomes reports of suspected debris sightings and recovered objects. Since 2024 the public has
        reported 31 possible re-entry fireballs, nine of which were confirmed as re-entering objects by comparison
        with predictions. If you find an unusual object that may have fallen from space, do not touch it: note the
        location, take photographs and contact your local authorities, who will notify the agency. Objects recovered
        in 2025 included a composite overwrapped pressure vessel, two fragments of a nozzle extension and a section of
        a payload adapter. Each recovered object is examined by the Office’s materials laboratory, and the results feed
        into the models that estimate which parts of a spacecraft survive re-entry. Reports can be submitted through the
        form on the Office’s website, where a list of recent confirmed events is also maintained.
        """
    )
    columns(c, y2 - 2, BOT, 3, watch, "p10 watch")


def main():
    c = canvas.Canvas(str(OUT), pagesize=letter, invariant=1)
    c.setTitle("Debris Environment Bulletin, Volume 14, Issue 1, March 2026")
    c.setAuthor("Orbital Environment Office, Meridian Space Agency")
    for fn in [page1, page2, page3, page4, page5, page6, page7, page8, page9, page10]:
        print(fn.__name__)
        fn(c)
        c.showPage()
    c.save()
    print("wrote", OUT)
    if OVERFLOWS:
        raise SystemExit(f"text overflowed its frames on: {OVERFLOWS}")


if __name__ == "__main__":
    main()
