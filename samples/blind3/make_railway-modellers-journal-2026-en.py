#!/usr/bin/env python3
"""Generate the fictional club journal ``railway-modellers-journal-2026-en.pdf``.

"The Signal Box", journal of the (invented) Wenbury & District Railway Modellers' Club, issue 87,
spring 2026. All people, layouts, books and shows are invented.
Self-contained and deterministic: reportlab only, no randomness, no clock.
Run: /work/writer-venv/bin/python make_railway-modellers-journal-2026-en.py
"""

from __future__ import annotations

import os
import sys

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable, Frame, Paragraph, Spacer, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "railway-modellers-journal-2026-en.pdf")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

W, H = A4
ML = 15 * mm
MR = 15 * mm
TOP = H - 21 * mm
BOTTOM = 17 * mm
GUTTER = 4.5 * mm
TEXT_W = W - ML - MR

MAROON = colors.Color(0.45, 0.08, 0.12)
GREEN = colors.Color(0.10, 0.28, 0.20)
CREAM = colors.Color(0.97, 0.94, 0.86)
GREY = colors.Color(0.70, 0.70, 0.70)
INK = colors.Color(0.12, 0.12, 0.12)

JOURNAL = "THE SIGNAL BOX"
ISSUE = "ISSUE 87 \u00b7 SPRING 2026"


def register_fonts() -> None:
    for name, fn in [
        ("Body", "DejaVuSerifCondensed.ttf"),
        ("Body-Bold", "DejaVuSerifCondensed-Bold.ttf"),
        ("Body-Italic", "DejaVuSerifCondensed-Italic.ttf"),
        ("Body-BoldItalic", "DejaVuSerifCondensed-BoldItalic.ttf"),
        ("Head", "DejaVuSerif-Bold.ttf"),
        ("HeadIt", "DejaVuSerif-BoldItalic.ttf"),
        ("Sans", "DejaVuSans.ttf"),
        ("Sans-Bold", "DejaVuSans-Bold.ttf"),
        ("Sans-Oblique", "DejaVuSans-Oblique.ttf"),
        ("Cond", "DejaVuSansCondensed.ttf"),
        ("Cond-Bold", "DejaVuSansCondensed-Bold.ttf"),
    ]:
        pdfmetrics.registerFont(TTFont(name, os.path.join(FONT_DIR, fn)))
    pdfmetrics.registerFontFamily("Body", normal="Body", bold="Body-Bold", italic="Body-Italic",
                                  boldItalic="Body-BoldItalic")
    pdfmetrics.registerFontFamily("Sans", normal="Sans", bold="Sans-Bold", italic="Sans-Oblique",
                                  boldItalic="Sans-Bold")


register_fonts()

S = {
    "body": ParagraphStyle("body", fontName="Body", fontSize=9.3, leading=12.6, firstLineIndent=10,
                           textColor=INK),
    "body0": ParagraphStyle("body0", fontName="Body", fontSize=9.3, leading=12.6, textColor=INK),
    "drop": ParagraphStyle("drop", fontName="Body", fontSize=9.3, leading=12.6, textColor=INK),
    "sub": ParagraphStyle("sub", fontName="Cond-Bold", fontSize=9.6, leading=12, textColor=MAROON,
                          spaceBefore=8, spaceAfter=2),
    "rubric": ParagraphStyle("rubric", fontName="Sans-Bold", fontSize=8, leading=10, textColor=MAROON),
    "h1": ParagraphStyle("h1", fontName="Head", fontSize=25, leading=29, textColor=INK),
    "h1s": ParagraphStyle("h1s", fontName="Head", fontSize=19, leading=23, textColor=INK),
    "h2": ParagraphStyle("h2", fontName="Head", fontSize=12.5, leading=15.5, textColor=INK, spaceAfter=2),
    "hsmall": ParagraphStyle("hsmall", fontName="Body-Bold", fontSize=10.5, leading=13, textColor=INK,
                             spaceAfter=2),
    "byline": ParagraphStyle("byline", fontName="Sans-Bold", fontSize=8.2, leading=11, textColor=MAROON,
                             spaceBefore=3, spaceAfter=3),
    "stand": ParagraphStyle("stand", fontName="Body-Italic", fontSize=11, leading=14.5, textColor=INK),
    "caption": ParagraphStyle("caption", fontName="Cond", fontSize=7.3, leading=9.2, textColor=INK,
                              spaceBefore=2, spaceAfter=7),
    "credit": ParagraphStyle("credit", fontName="Cond-Bold", fontSize=7.3, leading=9.2, textColor=MAROON,
                             spaceBefore=4, spaceAfter=4),
    "pull": ParagraphStyle("pull", fontName="HeadIt", fontSize=14, leading=18, textColor=MAROON,
                           alignment=TA_LEFT, spaceBefore=4),
    "pullby": ParagraphStyle("pullby", fontName="Sans-Bold", fontSize=7.6, leading=10, textColor=INK,
                             spaceBefore=4, spaceAfter=6),
    "cont": ParagraphStyle("cont", fontName="Cond-Bold", fontSize=7.8, leading=10, textColor=MAROON,
                           alignment=TA_RIGHT, spaceBefore=4),
    "contfrom": ParagraphStyle("contfrom", fontName="Cond-Bold", fontSize=7.8, leading=10, textColor=MAROON,
                               spaceAfter=4),
    "box": ParagraphStyle("box", fontName="Cond", fontSize=8, leading=10.4, textColor=INK),
    "boxh": ParagraphStyle("boxh", fontName="Cond-Bold", fontSize=9, leading=11.5, textColor=GREEN,
                           spaceAfter=3),
    "sig": ParagraphStyle("sig", fontName="Body-Italic", fontSize=9.3, leading=12.6, textColor=INK),
    "signame": ParagraphStyle("signame", fontName="Body-Bold", fontSize=9.3, leading=12.6, textColor=INK),
    "signoff": ParagraphStyle("signoff", fontName="Body-Italic", fontSize=8.6, leading=11.4, textColor=INK,
                              alignment=TA_RIGHT, spaceBefore=2),
    "letterh": ParagraphStyle("letterh", fontName="Cond-Bold", fontSize=10.5, leading=13, textColor=GREEN,
                              spaceBefore=4, spaceAfter=2),
    "turn": ParagraphStyle("turn", fontName="Body", fontSize=9.3, leading=12.6, textColor=INK, spaceBefore=5),
    "role": ParagraphStyle("role", fontName="Sans", fontSize=7.4, leading=9.5, textColor=MAROON),
    "rolename": ParagraphStyle("rolename", fontName="Body-Bold", fontSize=10.5, leading=13, textColor=INK,
                               spaceAfter=8),
    "mast": ParagraphStyle("mast", fontName="Cond", fontSize=8.4, leading=11.2, textColor=INK),
    "toc": ParagraphStyle("toc", fontName="Cond", fontSize=8.6, leading=11.5, textColor=INK),
}


def P(text: str, style: str = "body") -> Paragraph:
    return Paragraph(text, S[style])


class Photo(Flowable):
    """Grey rectangle standing in for a photograph."""

    def __init__(self, width: float, height: float, tone: float = 0.7) -> None:
        super().__init__()
        self.width = width
        self.height = height
        self.tone = tone

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = min(self.width, aw)
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        t = self.tone
        c.setFillColor(colors.Color(t, t, t))
        c.setStrokeColor(colors.Color(t - 0.15, t - 0.15, t - 0.15))
        c.rect(0, 0, self.width, self.height, fill=1, stroke=1)
        # two rails vanishing into the distance, so the grey reads as a picture
        c.setStrokeColor(colors.Color(t + 0.1, t + 0.1, t + 0.1))
        c.setLineWidth(0.7)
        cx = self.width * 0.55
        c.line(self.width * 0.2, 0, cx - 2, self.height * 0.55)
        c.line(self.width * 0.45, 0, cx + 2, self.height * 0.55)


class Rule(Flowable):
    def __init__(self, width: float, color=MAROON, thickness: float = 1.0, space: float = 3) -> None:
        super().__init__()
        self.width = width
        self.color = color
        self.thickness = thickness
        self.space = space

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = min(self.width, aw)
        return self.width, self.thickness + 2 * self.space

    def draw(self) -> None:
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(self.thickness)
        self.canv.line(0, self.space, self.width, self.space)


def box(flowables: list, width: float, bg=CREAM, pad: float = 6, border=None) -> Table:
    t = Table([[flowables]], colWidths=[width])
    st = [
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if border is not None:
        st.append(("BOX", (0, 0), (-1, -1), 0.8, border))
    t.setStyle(TableStyle(st))
    return t


def pull_quote(text: str, who: str, width: float) -> list:
    return [Rule(width, thickness=2), P(text, "pull"), P(who, "pullby"), Rule(width, thickness=0.6),
            Spacer(1, 4)]


# ---------------------------------------------------------------- page furniture
def running_head(c: canvas.Canvas, rubric: str | None = None) -> None:
    y = H - 12 * mm
    c.setFillColor(MAROON)
    c.setFont("Sans-Bold", 7.4)
    c.drawString(ML, y, JOURNAL)
    c.setFillColor(INK)
    c.setFont("Sans", 7.4)
    c.drawRightString(W - MR, y, ISSUE)
    if rubric:
        c.setFont("Sans-Bold", 7.4)
        c.setFillColor(GREEN)
        c.drawCentredString(W / 2, y, rubric)
    c.setStrokeColor(MAROON)
    c.setLineWidth(1.2)
    c.line(ML, y - 2.2 * mm, W - MR, y - 2.2 * mm)


def footer(c: canvas.Canvas, page: int) -> None:
    x = W - MR - 8 * mm if page % 2 else ML
    c.setFillColor(MAROON)
    c.rect(x, 7 * mm, 8 * mm, 6 * mm, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Sans-Bold", 8)
    c.drawCentredString(x + 4 * mm, 9 * mm, str(page))
    c.setFillColor(INK)
    c.setFont("Cond", 6.8)
    c.drawCentredString(W / 2, 9 * mm, "Wenbury & District Railway Modellers\u2019 Club")


def place(c: canvas.Canvas, flowables: list, x: float, y_top: float, w: float) -> float:
    y = y_top
    for f in flowables:
        _, h = f.wrap(w, 10000)
        sb = getattr(f, "style", None)
        before = sb.spaceBefore if sb is not None and y != y_top else 0
        after = sb.spaceAfter if sb is not None else 0
        y -= before
        f.drawOn(c, x, y - h)
        y -= h + after
    return y


def frame(x: float, y0: float, w: float, h: float) -> Frame:
    return Frame(x, y0, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)


def columns(x: float, y_top: float, y_bottom: float, w: float, n: int, gap: float = GUTTER) -> list[Frame]:
    cw = (w - (n - 1) * gap) / n
    return [frame(x + i * (cw + gap), y_bottom, cw, y_top - y_bottom) for i in range(n)]


def colw(n: int, w: float = TEXT_W, gap: float = GUTTER) -> float:
    return (w - (n - 1) * gap) / n


def colx(i: int, n: int = 3) -> float:
    return ML + i * (colw(n) + GUTTER)


FILL_REPORT: list[str] = []
KEEP_WITH_NEXT = {"sub", "letterh", "hsmall", "boxh"}
KEEP_LINES = 3


def fill_frame(fr: Frame, story: list, c: canvas.Canvas) -> None:
    """Like Frame.addFromList, but splits paragraphs across columns and keeps subheadings with text."""
    while story:
        head = story[0]
        style = getattr(head, "style", None)
        if style is not None and style.name in KEEP_WITH_NEXT and len(story) > 1:
            _, hh = head.wrap(fr._aW, 10000)  # noqa: SLF001
            if hh + style.spaceBefore + KEEP_LINES * 12.6 > fr._y - fr._y1p:  # noqa: SLF001
                return
        if fr.add(head, c, trySplit=0):
            del story[0]
            continue
        parts = fr.split(head, c)
        if not parts:
            return
        del story[0]
        story[0:0] = parts
        if fr.add(story[0], c, trySplit=0):
            del story[0]
        return


def flow(c: canvas.Canvas, story: list, frames: list[Frame], label: str, final: bool) -> None:
    for f in frames:
        fill_frame(f, story, c)
    frees = " ".join(f"{f._y - f._y1p:.0f}" for f in frames)  # noqa: SLF001
    FILL_REPORT.append(f"{label}: {len(story)} flowables left, free per column (pt): {frees}")
    if final and story:
        raise SystemExit(f"overflow on {label}: {len(story)} flowables did not fit")


# ================================================================ page 1: cover
def page1(c: canvas.Canvas) -> None:
    c.setFillColor(MAROON)
    c.rect(0, H - 52 * mm, W, 52 * mm, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Head", 50)
    c.drawString(ML, H - 30 * mm, "The Signal Box")
    c.setFont("Sans", 9.5)
    c.drawString(ML, H - 40 * mm, "Journal of the Wenbury & District Railway Modellers\u2019 Club")
    c.setFont("Sans-Bold", 9.5)
    c.drawRightString(W - MR, H - 40 * mm, ISSUE)
    ph = 158 * mm
    Photo(W - ML - MR, ph, tone=0.6).drawOn(c, ML, H - 58 * mm - ph)
    y = place(c, [P("<b>Our cover:</b> A Stanier Class 5 pauses at Glenmuir with the afternoon mixed train "
                    "while the pier pilot waits in the siding. The layout is visited on page 4.", "caption"),
                  P("Photo: BRENDAN HUGHES", "credit")], ML, H - 58 * mm - ph, colw(3) * 2 + GUTTER)
    # in this issue
    x = colx(2)
    items = [
        ("2", "From the editor\u2019s desk"),
        ("3", "Kettleby Road, part three"),
        ("4", "Layout visit: Glenmuir"),
        ("6", "Members\u2019 Corner: Rajesh Iyer"),
        ("9", "Show report: Rails by the River 2026"),
        ("11", "Letters to the editor"),
        ("12", "Your committee"),
    ]
    fl = [P("IN THIS ISSUE", "rubric"), Spacer(1, 3)]
    for no, t in items:
        fl.append(P(f"<b>{no}</b>\u2003{t}", "toc"))
    place(c, [box(fl, colw(3), bg=CREAM)], x, H - 58 * mm - ph - 4, colw(3))
    c.setFillColor(GREEN)
    c.rect(0, 0, W, 9 * mm, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Sans", 7.5)
    c.drawCentredString(W / 2, 3.4 * mm, "Free to members \u00b7 Club nights every Tuesday from 7 pm, "
                        "Station Yard, Wenbury")
    c.showPage()


# ================================================================ page 2: editorial and notices
def page2(c: canvas.Canvas) -> None:
    running_head(c)
    footer(c, 2)
    lw = colw(3) * 2 + GUTTER
    y = place(c, [P("FROM THE EDITOR\u2019S DESK", "rubric"), Spacer(1, 2),
                  P("Eleven new faces and a record weekend", "h1s")], ML, TOP, lw) - 8
    pw = 30 * mm
    story = [
        Photo(pw, 36 * mm, tone=0.62),
        P("Margaret Okafor. Photo: LARS HENRIKSEN", "caption"),
        P("Spring has arrived in Wenbury, or at least the clubroom heating has been switched off, which "
          "amounts to the same thing. Welcome to issue 87 of <i>The Signal Box</i>, and a particular welcome to "
          "the eleven new members who joined us at or after the February exhibition. Some of you have already "
          "found your way to the Tuesday workshop evenings; the rest of you should know that the kettle is on "
          "from seven o\u2019clock and nobody minds questions.", "body0"),
        P("The exhibition itself is covered in detail by Derek Hollis and Priya Nair from page 9, so I will "
          "only say that the weekend broke our attendance record for the third year running and that the car "
          "park marshals deserve medals. More than one visitor described the show to me as \u201cthe friendliest "
          "in the county\u201d, which is the kind of review no amount of advertising can buy."),
        P("In this issue we also visit Glenmuir, the Highland terminus that Alasdair Grant and Ingrid Solberg "
          "have been building in their garage for nine years and which, by common agreement, will never be "
          "\u201cfinished\u201d. Tomasz Kowalski continues his account of Kettleby Road with part three, in "
          "which a river bridge turns out to be harder than it looks, and Siobhan Gallagher talks to Rajesh "
          "Iyer about modelling a railway that climbs seven thousand feet into the Himalayas on two-foot gauge "
          "track."),
        P("At the AGM in January our chairman, Geoffrey Attwell, reminded us why the club exists. "
          "\u201cNobody here needs permission to be a beginner,\u201d he said. \u201cThe best layouts in this "
          "room were all built by people who once wired a point the wrong way round.\u201d I can vouch for the "
          "second part personally, having done it twice on the same point."),
        P("It was also the AGM at which we said thank you to Reginald Ashdown, who steps back from the "
          "committee after twenty-six years but remains our President and, he assures me, our most regular "
          "complainer about the state of the tea towels. His knowledge of Midland Railway signalling is "
          "matched only by his patience with people who ask him about it."),
        P("Readers with long memories will notice one change in this issue. At the request of several members, "
          "Members\u2019 Corner returns after an absence of some years, now as a conversation rather than a "
          "questionnaire. Siobhan has a list of victims, I mean volunteers, for the rest of the year, and if "
          "your name is on it you will hear from her shortly. If it is not, and you think it should be, she "
          "would be delighted to hear from you."),
        P("Finally, a plea. This journal is only as good as what you send me. Half a page on a wagon you have "
          "weathered, a photograph of a layout you saw on holiday, a letter telling me I have got something "
          "wrong: all of it is welcome, and all of it is read. The copy deadline for the summer issue is "
          "15 May."),
        Spacer(1, 8),
        P("With best wishes,", "sig"),
        P("Margaret Okafor", "signame"),
        P("Editor", "sig"),
    ]
    flow(c, story, columns(ML, y, BOTTOM, lw, 2), "p2 editorial", final=True)

    # notices column
    x = colx(2)
    cw = colw(3)
    notices = [
        P("CLUB NOTICES", "rubric"), Rule(cw, thickness=0.8, space=2),
        P("AGM 2026: the minutes", "hsmall"),
        P("The minutes of the Annual General Meeting held on 20 January are pinned to the clubroom "
          "noticeboard and can be emailed on request. The meeting re-elected the committee unopposed and "
          "approved the plan to replace the roof of the storage shed before next winter.", "box"),
        P("Agnieszka Nowak, Hon. Secretary", "signoff"),
        Spacer(1, 6),
        P("Subscriptions", "hsmall"),
        P("Subscriptions for 2026 remain at \u00a336, or \u00a312 for juniors. Thirty-one members have not yet "
          "paid. You know who you are, and so, I am afraid, do I. Cash, cheque or bank transfer are all "
          "gratefully received on club nights.", "box"),
        P("Brian O\u2019Sullivan, Treasurer", "signoff"),
        Spacer(1, 6),
        P("Lost property", "hsmall"),
        P("A green anorak, a pair of reading glasses and one controller without its power lead were left in "
          "the hall after the exhibition. They are in the cupboard under the clubroom stairs. Anything "
          "unclaimed by the end of April goes to the charity shop, except the controller, which goes to the "
          "junior corner.", "box"),
        P("Yusuf Demir, Vice-Chairman", "signoff"),
        Spacer(1, 8),
        box([
            P("Diary dates", "boxh"),
            P("<b>Tue 7 April</b> \u2013 Workshop: soldering for the nervous", "box"),
            Spacer(1, 3),
            P("<b>Sat 25 April</b> \u2013 Coach trip to the Midland Railway Centre, Butterley", "box"),
            Spacer(1, 3),
            P("<b>Sun 17 May</b> \u2013 Open day at Kettleby Road, by kind invitation of the builder", "box"),
            Spacer(1, 3),
            P("<b>Tue 2 June</b> \u2013 Talk: \u201cSignalling the Cambrian\u201d by Evan Pritchard", "box"),
            Spacer(1, 3),
            P("<b>Sat 11 July</b> \u2013 Summer barbecue and running day, clubroom yard", "box"),
            Spacer(1, 3),
            P("<b>Tue 8 September</b> \u2013 Exhibition planning meeting (all welcome)", "box"),
        ], cw, bg=CREAM),
    ]
    flow(c, notices, [frame(x, BOTTOM, cw, TOP - BOTTOM)], "p2 notices", final=True)
    c.showPage()


# ================================================================ Kettleby Road (pp. 3 and 8)
def kettleby_story() -> list:
    return [
        P("When I ended part two, the baseboards for Kettleby Road were level, the track plan had been argued "
          "over for the last time, and I had promised myself that the river bridge would be a weekend job. "
          "Readers who have built a bridge will already be smiling.", "body0"),
        P("The inspiration, for those who have just joined us, is a Great Western branch of the kind that once "
          "wandered along the Cotswold edge: a single line, a passing loop, a small goods yard and a station "
          "building that could have been drawn by any of a dozen divisional engineers. Kettleby itself never "
          "existed, which gives me the freedom to put the river exactly where I want it. Unfortunately I "
          "wanted it at the exact point where two baseboards meet."),
        P("The first bridge was a plate girder span built from plastic sheet, with rivet detail embossed from "
          "the back with a pounce wheel. It looked acceptable from a distance and dreadful from close up, and "
          "the close-up view is the one exhibition visitors take. \u201cYou\u2019ll never get plastic girders to "
          "look heavy enough,\u201d said Declan Moriarty when he first saw it on the workbench. He was right, "
          "and he knew he was right, which made it worse."),
        P("Starting again", "sub"),
        P("The second bridge is etched brass, from a set of parts designed by a fellow member for a different "
          "layout and adapted with a razor saw and a good deal of muttering. Brass has weight, and it takes "
          "solder far better than plastic takes glue. The girders are now joined by proper cross-bracing "
          "underneath, which nobody will ever see but which I know is there.", "body0"),
        P("The more important lesson was not about materials at all. A copy of \u201cBridges of the Western "
          "Branches\u201d by Harold Penhaligon, lent to me by our librarian, showed that almost every small "
          "Great Western river crossing of the period sat on masonry abutments with a distinct stepped "
          "profile. Mine had been plain walls. Once I had rebuilt them with courses of embossed stone and a "
          "coping of thin card, the whole scene suddenly looked as though it belonged to a real railway rather "
          "than to a model of one."),
        P("Fixing the joint", "sub"),
        P("That left the baseboard joint running straight through the middle of the span. My solution, which "
          "I offer with no guarantee, was to make the bridge a separate lift-out section that drops onto brass "
          "dowels on either side. The rails are soldered to copper-clad sleepers at each end of the section, "
          "and the electrical feed crosses by a pair of plug-and-socket connectors hidden inside the "
          "abutments.", "body0"),
        P("It works, most of the time. On the first running session, however, the locomotive chosen for the "
          "honour, a Collett pannier tank, derailed neatly on the joint and stayed there, leaning at an angle "
          "that would have ended its driver\u2019s career. The dowels, it turned out, had been fitted a "
          "fraction of a millimetre too high on one side. Half an hour with a fine file sorted it, and since "
          "then the joint has been all but invisible to the wheels."),
        P("Motive power", "sub"),
        P("The star of the current fleet is a Manor class 4-6-0 rebuilt from a kit that had sat half-finished "
          "in a box since its previous owner gave up in about 1987. It now carries the name \u201cKettleby "
          "Manor\u201d, which purists will point out was never used on the real class. I am aware. The purists "
          "are welcome to build their own. Alongside it run two pannier tanks, a 45xx Prairie borrowed on "
          "long-term loan from my brother-in-law, and a diesel railcar for the Saturday afternoon service that "
          "the timetable says was introduced in 1936 and that I say was introduced because I like it.",
          "body0"),
        P("The \u201ctemporary\u201d fiddle yard", "sub"),
        P("Regular visitors will have noticed that the fiddle yard at the left-hand end of the layout is still "
          "the set of bare plywood shelves I described in part one as a stopgap. It has now been in use for "
          "six years. The plan is still to replace it with a traverser, and the plan will still be the plan "
          "next year. In the meantime the cassettes work, trains can be changed in under a minute, and nobody "
          "from the public has ever asked to look behind the backscene.", "body0"),
        P("Lessons so far", "sub"),
        P("Three years into the build, I have learned a few things that I would pass on to anyone starting a "
          "layout of their own. The first is that every job takes three times as long as you think, and the "
          "jobs you expect to be easy take five times as long. The second is that the parts of a layout nobody "
          "sees, the wiring, the joints, the dowels, deserve more care than the parts everybody sees, because "
          "a beautiful bridge is no use if the train will not cross it.", "body0"),
        P("The third lesson is about asking for help. I am a stubborn builder and I like to work things out "
          "for myself, but most of the real progress on Kettleby Road has come from conversations on Tuesday "
          "evenings: a tip about solder, a borrowed book, a blunt remark about plastic girders. The club is "
          "the best tool in my workshop, and the only one I have never had to sharpen."),
        P("What comes next", "sub"),
        P("Part four will cover the station building and goods shed, both scratchbuilt, and the signalling, "
          "which Gwen Pritchard has generously offered to help me interlock properly. Her first comment on "
          "seeing my draft lever frame was short: \u201cWhere is the fouling bar?\u201d I did not know what a "
          "fouling bar was. I do now, and so will you, in the summer issue.", "body0"),
        P("Kettleby Road will be open to members on Sunday 17 May. Bring your own mug. \u25a0", "body"),
    ]


def kettleby_p3(c: canvas.Canvas, story: list) -> None:
    running_head(c, "KETTLEBY ROAD \u00b7 PART THREE")
    footer(c, 3)
    y = place(c, [
        P("SERIES", "rubric"), Spacer(1, 2),
        P("Kettleby Road, part three: a bridge too far?", "h1"),
        P("BY TOMASZ KOWALSKI", "byline"),
        P("In which the river crossing on the author\u2019s EM gauge Great Western branch is built twice, the "
          "fiddle yard remains \u201ctemporary\u201d, and a borrowed book changes everything.", "stand"),
    ], ML, TOP, TEXT_W) - 10
    cw = colw(3)
    lw = 2 * cw + GUTTER
    ph = 62 * mm
    Photo(lw, ph, tone=0.58).drawOn(c, ML, y - ph)
    yc = place(c, [P("The second, brass bridge in place over the river, with the rebuilt stepped abutments. "
                     "The baseboard joint runs through the middle of the span. Photo: TOMASZ KOWALSKI",
                     "caption")], ML, y - ph, lw) - 4
    cont_h = 16
    frames = [frame(colx(0), BOTTOM, cw, yc - BOTTOM), frame(colx(1), BOTTOM, cw, yc - BOTTOM),
              frame(colx(2), BOTTOM + cont_h, cw, y - BOTTOM - cont_h)]
    flow(c, story, frames, "p3 Kettleby", final=False)
    place(c, [P("Continued on page 8 \u25b8", "cont")], colx(2), BOTTOM + cont_h, cw)
    c.showPage()


def kettleby_p8(c: canvas.Canvas, story: list) -> None:
    running_head(c, "KETTLEBY ROAD \u00b7 PART THREE")
    footer(c, 8)
    cw = colw(3)
    lw = 2 * cw + GUTTER
    y = place(c, [P("\u25c2 Continued from page 3", "contfrom"),
                  P("Kettleby Road, part three", "h2"), Rule(lw, thickness=0.6, space=2)], ML, TOP, lw) - 4
    # Kettleby continues under a photo in column 1 and into column 2; "Around the club" follows it
    ph = 62 * mm
    Photo(cw, ph, tone=0.64).drawOn(c, colx(0), y - ph)
    yc = place(c, [P("\u201cKettleby Manor\u201d on the river bridge with the Saturday stopping train. "
                     "Photo: TOMASZ KOWALSKI", "caption")], colx(0), y - ph, cw) - 4
    frames = [frame(colx(0), BOTTOM, cw, yc - BOTTOM), frame(colx(1), BOTTOM, cw, y - BOTTOM)]
    flow(c, story, frames, "p8 Kettleby", final=True)
    y_club = frames[1]._y - 18  # noqa: SLF001

    # around the club, column 3
    items = [
        P("AROUND THE CLUB", "rubric"), Rule(cw, thickness=0.8, space=2),
        P("A bench of our own", "hsmall"),
        P("The Tuesday workshop has finally outgrown its corner of the clubroom. Thanks to a donated "
          "workbench from a member\u2019s late father and a small lathe that turned up, unannounced, in the "
          "boot of a car, we now have a proper metalworking area by the window. Safety glasses are on the "
          "hook beside it and are not optional. Beginners\u2019 sessions on turning wheels and buffers start in "
          "April; put your name on the sheet.", "box"),
        P("Contributed by Hamid Rahimi", "signoff"),
        Spacer(1, 8),
        P("From the library", "hsmall"),
        P("Two welcome donations have arrived this quarter: \u201cThe Country Goods Yard\u201d, a thorough "
          "survey of small-station freight handling, and \u201cModelling the Highland Lines\u201d, which has "
          "already been borrowed twice by the same household in Glenmuir. Please remember that the loan period "
          "is four weeks, and that one copy of \u201cBridges of the Western Branches\u201d is still somewhere "
          "in Kettleby.", "box"),
        P("Words by Olufemi Adeyemi, Librarian", "signoff"),
        Spacer(1, 8),
        P("Coalbrook back in steam", "hsmall"),
        P("After eighteen months in the storage shed, the club\u2019s N gauge Coalbrook Colliery is running "
          "again, with new point motors, a repainted backscene and a winding wheel that actually turns. The "
          "restoration team would welcome volunteers to operate it at the open day in May; no experience "
          "needed, only patience with very small couplings.", "box"),
        P("Callum Reid", "signoff"),
        Spacer(1, 8),
        P("Welcome aboard", "hsmall"),
        P("A warm welcome to our newest members: Tariq Mahmood, Elin Jones, Marek Nowicki, Chloe Brennan, "
          "Sven Halvorsen, Amara Okeke, Tom and Lucy Ashworth, Francesca Moretti, Darragh Quinn and Imogen "
          "Price. Badges and membership cards are waiting behind the bar; please collect them on your next "
          "visit and say hello to a committee member while you are there.", "box"),
        P("Sanna Virtanen, Membership Secretary", "signoff"),
        Spacer(1, 8),
        P("Quiz night", "hsmall"),
        P("The annual quiz in March was won, for the fourth year running, by the team calling itself "
          "\u201cThe Wrong Line\u201d, who have now been asked to set next year\u2019s questions instead. "
          "Congratulations also to the junior team for coming third, and for their answer to the tiebreaker, "
          "which we are still checking.", "box"),
        P("Ama Owusu", "signoff"),
        Spacer(1, 8),
        box([
            P("Members\u2019 sales and wants", "boxh"),
            P("<b>For sale:</b> OO gauge turntable, manual, boxed, \u00a325. Twelve assorted private owner "
              "wagons, all with metal wheels, \u00a340 the lot.", "box"),
            Spacer(1, 3),
            P("<b>Wanted:</b> 009 chassis of any make, in any condition, for a Himalayan project. See Rajesh "
              "on club nights.", "box"),
            Spacer(1, 3),
            P("<b>Free to a good home:</b> four years of back issues of this journal. Slightly foxed. Much "
              "loved.", "box"),
        ], cw, bg=CREAM),
    ]
    ph3 = 70 * mm
    Photo(cw, ph3, tone=0.6).drawOn(c, colx(2), TOP - ph3)
    y3 = place(c, [P("Coalbrook Colliery\u2019s winding wheel, turning again after eighteen months in store.",
                     "caption"), P("Photo: PETE LINDGREN", "credit")], colx(2), TOP - ph3, cw) - 6
    flow(c, items, [frame(colx(1), BOTTOM, cw, y_club - BOTTOM), frame(colx(2), BOTTOM, cw, y3 - BOTTOM)],
         "p8 club", final=True)
    c.showPage()


# ================================================================ Glenmuir (pp. 4-5)
def glenmuir_story() -> list:
    cw = colw(3)
    return [
        P("The road to Glenmuir ends, quite literally, at a garage door in a cul-de-sac on the northern edge "
          "of Wenbury. Behind it, under strip lights and a ceiling lined with polystyrene tiles, lies a West "
          "Highland fishing village in the summer of 1958, complete with a pier, a herring curing shed and a "
          "station that sees four trains a day if the weather is kind.", "body0"),
        P("Glenmuir is the work of Alasdair Grant and Ingrid Solberg, who started it in 2017 and, by their own "
          "admission, have no intention of finishing it. The station is fictional but firmly rooted: Alasdair "
          "grew up near Mallaig, and the buildings borrow freely from the lines to the west coast, while "
          "Ingrid, who comes from Bergen, is responsible for the sea, the boats and most of the weather."),
        P("\u201cI wanted a railway where nothing much happens, but it happens properly,\u201d said Alasdair "
          "Grant as we watched a Class 5 ease a mixed train into the platform. \u201cFour trains a day, a bit "
          "of shunting at the pier, and the feeling that the line only exists because someone in Glasgow once "
          "made a promise to a fishing village.\u201d"),
        P("Water, wind and wool", "sub"),
        P("The sea is the first thing visitors mention, and Ingrid is happy to explain it. The base is a sheet "
          "of hardboard painted in a dozen shades of green and grey, then covered in several layers of gloss "
          "acrylic medium, worked with a stiff brush while still wet to raise small waves. The trick, she says, "
          "is restraint. \u201cEveryone wants to add white foam everywhere. Real sea lochs are mostly dark and "
          "flat, and the white only appears where the water hits something,\u201d said Ingrid.", "body0"),
        P("The hills behind the station are built from layered foam board, carved and covered in a mixture of "
          "static grass and teased-out wool, which Ingrid dyes herself in an old saucepan. At exhibitions the "
          "most frequent question is what the heather is made from. The answer, a little disappointingly, is "
          "sawdust dyed purple and sieved twice."),
        box([
            P("Glenmuir at a glance", "boxh"),
            P("<b>Scale and gauge:</b> 4mm, OO (16.5mm)", "box"),
            P("<b>Size:</b> 14ft \u00d7 2ft 6in, plus fiddle yard", "box"),
            P("<b>Period:</b> summer 1958", "box"),
            P("<b>Control:</b> DCC, one sound-fitted locomotive", "box"),
            P("<b>Builders:</b> Alasdair Grant and Ingrid Solberg", "box"),
            P("<b>Next outing:</b> \u201cForth &amp; Clyde Model Railway Show\u201d, Falkirk, September 2026",
              "box"),
        ], cw, bg=CREAM),
        Spacer(1, 8),
        P("Running to the timetable", "sub"),
        P("Operation follows a sequence of cards based loosely on a 1958 working timetable. The passenger "
          "service is in the hands of a Class 5 and a pair of maroon coaches, with a Caledonian 0-4-4 tank "
          "working the pier branch. The star, however, is a Highland Railway \u201cLoch\u201d class 4-4-0 named "
          "\u201cLoch Tay\u201d, which by 1958 would have been long withdrawn. Alasdair calls it his "
          "\u201cheritage special\u201d and runs it only when he thinks nobody who knows is watching.",
          "body0"),
        P("Building the buildings", "sub"),
        P("Almost every structure on Glenmuir is scratchbuilt, and most of them started life as a cereal "
          "packet. Alasdair works from photographs rather than drawings, counting courses of stone to get the "
          "proportions right and sketching elevations on graph paper at the kitchen table. The station "
          "building took him a winter; the curing shed, with its louvred roof vents, took two.", "body0"),
        P("The stonework is embossed card, washed with grey and ochre and then picked out stone by stone with "
          "a fine brush in three or four slightly different shades. It is slow work, and Alasdair admits to "
          "doing most of it in front of the television. The result is that no two walls on the layout look "
          "quite the same, which is exactly how the real thing looks."),
        P("The signal box is the one building he did not make. It came from a kit bought at a swapmeet for two "
          "pounds, and he has since been told, more than once, that it is the wrong pattern for a Highland "
          "line. He has left it as it is, partly out of stubbornness and partly because somebody has to give "
          "the experts something to talk about."),
        P("The layout is controlled by DCC, but sound is used sparingly. Only the Class 5 carries a sound "
          "decoder, and its volume is set so low that it is easy to miss in a busy hall. That is deliberate. "
          "Glenmuir is a layout you lean towards, not one that shouts at you."),
        P("The quietest exhibit", "sub"),
        P("Glenmuir has been to seven exhibitions, most recently \u201cTayside Rail 2025\u201d in Dundee, where "
          "it won the award for best scenic layout. Its owners seem slightly embarrassed by the rosette, which "
          "hangs on a nail next to the fuse box.", "body0"),
        P("\u201cThe judges said it was the quietest layout in the hall. I think they meant it as a "
          "compliment.\u201d That was Ingrid Solberg, laughing, as the afternoon mixed train left the platform "
          "behind her for the third time in twenty minutes."),
        P("Plans for the future are modest. A second siding at the pier is pencilled in, along with fish "
          "traffic that will need a rake of insulated vans from a kit Alasdair has been saving for a rainy "
          "day. A winter version of the scenery, complete with snow, has been discussed and rejected. "
          "\u201cWe\u2019ve done enough weather,\u201d said Alasdair."),
        P("Glenmuir will appear at our own open day in the autumn, and its builders welcome visitors by "
          "arrangement. Knock loudly: the garage is well insulated. \u25a0"),
    ]


def glen_p4(c: canvas.Canvas) -> list[Frame]:
    running_head(c, "LAYOUT VISIT")
    footer(c, 4)
    ph = 92 * mm
    Photo(TEXT_W, ph, tone=0.55).drawOn(c, ML, TOP - ph)
    y = place(c, [P("The station throat at Glenmuir, with the herring curing shed on the left and the pier "
                    "branch curving away behind the signal box.", "caption")], ML, TOP - ph, TEXT_W) - 2
    y = place(c, [
        P("LAYOUT VISIT", "rubric"), Spacer(1, 1),
        P("Glenmuir: the line to the end of the road", "h1"),
        P("BY FIONA MACLEOD", "byline"),
        P("A West Highland terminus in a Wenbury garage, where the sea is made of gloss medium, the heather "
          "is sawdust and nothing much happens, beautifully.", "stand"),
    ], ML, y, TEXT_W) - 8
    return columns(ML, y, BOTTOM, TEXT_W, 3)


def glen_p5(c: canvas.Canvas) -> list[Frame]:
    running_head(c, "LAYOUT VISIT")
    footer(c, 5)
    cw = colw(3)
    lw = 2 * cw + GUTTER
    ph = 80 * mm
    Photo(lw, ph, tone=0.6).drawOn(c, colx(1), TOP - ph)
    y1 = place(c, [P("The Caledonian tank shunts two fish vans on the pier branch. The water is gloss acrylic "
                     "medium over painted hardboard.", "caption")], colx(1), TOP - ph, lw) - 4
    ph2 = 66 * mm
    yb = BOTTOM + 40
    Photo(lw, ph2, tone=0.66).drawOn(c, colx(1), yb)
    place(c, [P("Alasdair Grant and Ingrid Solberg at the operating well; the sequence cards hang on hooks "
                "behind them.", "caption"),
              P("Photographs by Gareth Pryce &amp; Naomi Ashworth", "credit")], colx(1), yb, lw)
    return [frame(colx(0), BOTTOM, cw, TOP - BOTTOM)] + columns(colx(1), y1, yb + ph2 + 10, lw, 2)


# ================================================================ Members' Corner (pp. 6-7)
def turn(who: str, text: str) -> Paragraph:
    return P(f"<font name='Sans-Bold' size='8.4' color='#73141f'>{who}:</font> {text}", "turn")


def interview_story() -> list:
    S_, R_ = "Siobhan", "Rajesh"
    return [
        turn(S_, "Let\u2019s start with the obvious question. Why Darjeeling?"),
        turn(R_, "Because of my grandfather, Venkatesh Iyer. He worked for the railway at Siliguri in the "
                 "1950s, in the accounts office rather than on the footplate, but he talked about the trains "
                 "as if he had driven every one of them. When I was eight he took me up the line, and I "
                 "remember the loops more than the mountains. The train goes round in a complete circle and "
                 "passes over its own track. For a child that was magic."),
        turn(S_, "Did he ever see the model?"),
        turn(R_, "He saw the first baseboard on a video call, a few months before he died. He looked at it for "
                 "a long time and then said: \u201cYou have put the water tank on the wrong side.\u201d He was "
                 "right. I moved it the next weekend."),
        turn(S_, "009 is a small scale for something so mountainous. How do you manage the gradients?"),
        turn(R_, "Carefully, and with a lot of failed experiments. The real line climbs at around one in "
                 "thirty for long stretches, which is steep even for the little tank engines. On the model "
                 "I\u2019ve kept to one in forty, because anything steeper and the locomotives slip. The spirals "
                 "are built on plywood formers cut with a jigsaw, and I spent most of 2024 learning that "
                 "plywood bends in ways you don\u2019t expect when the garage gets damp."),
        turn(S_, "Where do the locomotives come from?"),
        turn(R_, "They are resin body kits on ready-to-run chassis. I\u2019ve built three, and the first one is "
                 "honestly not very good, but it stays on the layout because it was the first. The coaches are "
                 "scratchbuilt from styrene. I found drawings in a book called \u201cToy Train to the "
                 "Clouds\u201d, which my grandfather left me, and scaled them down on the computer."),
        turn(S_, "You\u2019ve described the layout as being about the landscape more than the trains."),
        turn(R_, "Yes. Most of my time has gone into the hillsides, the tea gardens and the roadside villages, "
                 "because on the real line the railway and the road share the same narrow ledge. The train "
                 "runs through people\u2019s front yards. I wanted to capture that: the shops right up against "
                 "the track, the dogs asleep on the rails, the sense that the railway is part of daily life and "
                 "not something behind a fence."),
        turn(S_, "How much of the real railway have you actually travelled on?"),
        turn(R_, "All of it, eventually, though not in one go. After that first trip I went back twice as an "
                 "adult, in 2015 and again in 2019, and the second time I rode the whole line from the plains "
                 "to Darjeeling. It took most of a day. I filled four notebooks and took about three thousand "
                 "photographs, most of them of things nobody else would photograph: drainage channels, the "
                 "backs of shops, the way the rail is held down on the sharpest curves."),
        turn(S_, "Three thousand photographs is a lot to sort through."),
        turn(R_, "It is, and I\u2019m still doing it. But those pictures have saved me again and again. When I "
                 "couldn\u2019t work out how the water columns were supported, the answer was in a photograph "
                 "of something else entirely, with a water column just visible in the corner. My advice to "
                 "anyone is to photograph the boring bits. Everyone photographs the locomotive. Nobody "
                 "photographs the fence."),
        turn(S_, "What has been the hardest thing to model?"),
        turn(R_, "The reversing stations. The real line has several zigzags, where the train runs forward into "
                 "a dead end, reverses up the next leg and then carries on forward again. In 009 the points are "
                 "tiny and the trains are light, so everything has to be absolutely level and the electrical "
                 "feeds have to be perfect, or the train stalls halfway through the manoeuvre. I rebuilt the "
                 "first zigzag three times. The third version uses switches hidden in the scenery, worked by a "
                 "bit of wire through the backscene. It is very low-tech, and it never fails."),
        turn(S_, "And the most enjoyable?"),
        turn(R_, "The people. I\u2019ve made around two hundred figures, all modified from cheap plastic packs "
                 "with a scalpel and a lot of filler, and each of them has a little story in my head. There\u2019s "
                 "a man selling oranges on the platform who is definitely overcharging. There\u2019s a "
                 "schoolgirl who has just missed the train. My wife says the layout has more characters than "
                 "most novels."),
        turn(S_, "Does your family get involved?"),
        turn(R_, "My wife paints the lettering on the station signs, because her hand is steadier than mine and "
                 "she can write in Bengali, Hindi and English. My son is four, so his contribution is mostly "
                 "moving the figures around when I\u2019m not looking. I keep finding villagers in strange "
                 "places, and I\u2019ve decided that\u2019s realistic too."),
        turn(S_, "What has the club given you?"),
        turn(R_, "Courage, mainly. I joined in 2021 not knowing how to solder. Gwen Pritchard spent three "
                 "Tuesday evenings with me and a pile of scrap wire until I stopped burning my fingers. And "
                 "people here are generous with criticism, in a good way. When I brought the first hillside "
                 "in, Declan Moriarty looked at it and said, \u201cThat\u2019s a hill in Surrey, not the "
                 "Himalayas.\u201d He was right as well. Everyone seems to be right about my mistakes."),
        turn(S_, "When will we see it at an exhibition?"),
        turn(R_, "Not for a while. It\u2019s eight feet long at the moment and it needs to be twelve to include "
                 "the Batasia Loop properly. My target is the 2027 show, and I\u2019ve told my wife that, so now "
                 "I have to do it."),
        turn(S_, "Last question. Any advice for someone thinking about modelling an overseas railway?"),
        turn(R_, "Go and see it if you possibly can, and if you can\u2019t, find someone who has. Photographs "
                 "show you what things look like, but not how they feel. The smell of coal smoke and wet tea "
                 "leaves at Ghum is not something I can model, but I think it shaped every decision I made."),
    ]


def iv_p6(c: canvas.Canvas) -> list[Frame]:
    running_head(c, "MEMBERS\u2019 CORNER")
    footer(c, 6)
    cw = colw(3)
    y = place(c, [
        P("MEMBERS\u2019 CORNER", "rubric"), Spacer(1, 2),
        P("\u201cI wanted to model the hill, not just the train\u201d", "h1"),
        Spacer(1, 4),
        P("In the first of a new series, Siobhan Gallagher sits down with a club member to talk about what they "
          "model and why. This time: Rajesh Iyer, 34, a software tester from Wenbury who is building the "
          "Darjeeling Himalayan Railway in 009.", "stand"),
    ], ML, TOP, TEXT_W) - 10
    ph = 96 * mm
    Photo(cw, ph, tone=0.6).drawOn(c, colx(2), y - ph)
    yb = place(c, [P("Rajesh Iyer with the first of his three Darjeeling tank locomotives.", "caption"),
                   P("Photo: AOIFE DUNNE", "credit")], colx(2), y - ph, cw) - 4
    lw = 2 * cw + GUTTER
    ph2 = 58 * mm
    yb2 = BOTTOM + 24
    Photo(lw, ph2, tone=0.66).drawOn(c, ML, yb2)
    place(c, [P("The zigzag at the lower end of the layout: the train reverses up the middle leg.", "caption"),
              P("Photo: AOIFE DUNNE", "credit")], ML, yb2, lw)
    return columns(ML, y, yb2 + ph2 + 10, lw, 2) + [frame(colx(2), BOTTOM, cw, yb - BOTTOM)]


def iv_p7(c: canvas.Canvas) -> list[Frame]:
    running_head(c, "MEMBERS\u2019 CORNER")
    footer(c, 7)
    cw = colw(3)
    lw = 2 * cw + GUTTER
    ph = 70 * mm
    yb = BOTTOM + 36
    Photo(lw, ph, tone=0.57).drawOn(c, ML, yb)
    place(c, [P("A tank engine climbs through the tea gardens on the first spiral. Most of the scenery is "
                "plaster over card formers.", "caption"),
              P("Photo: AOIFE DUNNE", "credit")], ML, yb, lw)
    x3 = colx(2)
    y3 = place(c, pull_quote("\u201cThe train runs through people\u2019s front yards. I wanted to capture "
                             "that.\u201d", "RAJESH IYER", cw), x3, TOP, cw) - 8
    info = box([
        P("The layout in brief", "boxh"),
        P("<b>Name:</b> \u201cTindharia Road\u201d", "box"),
        P("<b>Scale and gauge:</b> 4mm on 9mm track (009)", "box"),
        P("<b>Size:</b> 8ft \u00d7 18in, growing", "box"),
        P("<b>Period:</b> the 1960s", "box"),
        P("<b>Control:</b> DC, two hand-held controllers", "box"),
        P("<b>Gradient:</b> 1 in 40 on the spirals", "box"),
    ], cw, bg=CREAM)
    _, bh = info.wrap(cw, 1000)
    info.drawOn(c, x3, BOTTOM)
    return columns(ML, TOP, yb + ph + 10, lw, 2) + [frame(x3, BOTTOM + bh + 10, cw, y3 - BOTTOM - bh - 10)]


# ================================================================ show report (pp. 9-10)
def show_story() -> list:
    return [
        P("For the forty-first time, and for the second year at Wenbury Leisure Centre, the club\u2019s annual "
          "exhibition \u201cRails by the River\u201d opened its doors on the weekend of 14 and 15 February. By "
          "the time the last layout was packed away on Sunday evening, 2,317 visitors had come through the "
          "turnstile, beating last year\u2019s record by almost three hundred.", "body0"),
        P("Twenty-two layouts filled the main hall and the squash courts, which the leisure centre kindly "
          "emptied for us and which became, for one weekend, the \u201cquiet hall\u201d. As in previous years "
          "we tried to balance the familiar with the new. The club\u2019s own Wenbury Town and Tomasz "
          "Kowalski\u2019s Kettleby Road were joined by fourteen visiting layouts from as far away as Carlisle "
          "and Penzance, and by six trade stands selling everything from etched brass to second-hand books."),
        P("Visitors\u2019 favourite", "sub"),
        P("The visitors\u2019 vote, conducted with paper slips and a biscuit tin, was won by \u201cPorth "
          "Melyn\u201d, a Cornish china clay branch in 4mm scale built by a group from Redruth. Its operators "
          "spent much of the weekend explaining how they had made the clay dust that covers every surface. The "
          "answer, baking flour and matt varnish, was repeated so often that one of them eventually wrote it "
          "on a card and propped it against the fascia.", "body0"),
        P("\u201cWe came for the trains and stayed for the clay,\u201d said one visitor from Leicester, who asked "
          "not to be named because she had told her husband they would only stay an hour."),
        P("Runner-up was Glenmuir, which readers will find visited in depth from page 4 of this issue. Its "
          "builders spent most of Sunday afternoon answering questions about the heather, and Ingrid "
          "admitted afterwards that she had lost count of the number of people she had told about the "
          "saucepan."),
        P("The trade hall", "sub"),
        P("Traders reported a steady weekend, with small detailing parts and second-hand books selling "
          "particularly well. \u201cPeople are building again rather than just buying,\u201d said Neil "
          "Abernethy of Abernethy Etchings, who had sold out of signal kits by Saturday lunchtime. "
          "\u201cFive years ago everyone wanted ready-to-run. Now half my customers want a kit and a "
          "conversation.\u201d", "body0"),
        P("Layouts to remember", "sub"),
        P("Every visitor will have had a personal favourite, and ours were not necessarily the ones that won "
          "votes. Derek spent an unreasonable part of Saturday at \u201cSlate Quay\u201d, a tiny quarry layout "
          "on a board no bigger than an ironing board, where a single horse-drawn wagon took a full ten "
          "minutes to be loaded, weighed and sent on its way. Priya lost her heart to \u201cFenny Drove\u201d, "
          "a fenland scene in N gauge with the flattest, widest sky either of us has ever seen painted on a "
          "backscene.", "body0"),
        P("Among the club layouts, Wenbury Town had its best weekend in years, thanks to a new timetable and a "
          "rota that meant nobody operated for more than two hours at a stretch. Kettleby Road made its "
          "exhibition debut with the new bridge in place, and we are pleased to report that nothing derailed "
          "on the baseboard joint, although its builder watched every train across it with the expression of "
          "a man defusing a bomb."),
        P("Young modellers", "sub"),
        P("The junior corner, run by Sanna Virtanen and a rota of volunteers, offered a build-a-wagon session "
          "every hour on both days. More than a hundred children went home with a wagon they had assembled "
          "themselves, and several parents went home having been persuaded to join. The session was so "
          "popular that we ran out of wheelsets at three o\u2019clock on Sunday and had to borrow some from a "
          "trader.", "body0"),
        P("\u201cCan I come back next year and make an engine?\u201d The question came from seven-year-old "
          "Oliver, who had built three wagons by then and clearly felt ready for promotion."),
        P("Behind the scenes", "sub"),
        P("An exhibition of this size does not happen by itself. Planning began in September, with layout "
          "invitations, the floor plan, insurance and the catering rota, and setting up on Friday evening "
          "took forty volunteers nearly five hours. Our thanks go to everyone listed in the box on this page "
          "and to the leisure centre staff, who stayed cheerful even when asked to find three more extension "
          "leads at half past eleven at night.", "body0"),
        P("The catering team deserves a paragraph of its own. Over the two days it served 1,140 cups of tea, "
          "640 bacon rolls and a quantity of cake that the treasurer has asked us not to print, on the grounds "
          "that it will only encourage them. The tombola raised a further \u00a3312 for the junior scheme."),
        P("What you told us", "sub"),
        P("For the first time this year we asked visitors to fill in a short feedback card on their way out, "
          "and 412 of them did. The most common complaint, by a distance, was the queue for the squash courts, "
          "followed by the price of the car park, which is not ours to set. The most common compliment was "
          "for the friendliness of the operators, which we pass on with thanks to everyone who stood behind "
          "a layout for eight hours.", "body0"),
        P("One card simply read: \u201cMore trains, fewer tea breaks.\u201d We have passed that on to the "
          "catering team, who were not amused."),
        P("The money", "sub"),
        P("After paying for the hall, the layout expenses and the advertising, the exhibition made a surplus "
          "of \u00a34,860, which will go towards the new storage shed roof and the junior membership scheme. "
          "The committee has also agreed to donate \u00a3250 to the leisure centre\u2019s swimming club, whose "
          "changing rooms we occupied for two days.", "body0"),
        P("Next year\u2019s show is provisionally booked for 13 and 14 February 2027. If you would like to "
          "help, or know of a layout we should invite, please speak to Derek at any club night. \u25a0"),
        P("Photographs by Ciar\u00e1n Byrne &amp; Naomi Ashworth", "credit"),
    ]


def show_p9(c: canvas.Canvas) -> list[Frame]:
    running_head(c)
    footer(c, 9)
    cw = colw(3)
    y = place(c, [
        P("Rails by the River 2026: a record weekend", "h1"),
        P("BY DEREK HOLLIS AND PRIYA NAIR", "byline"),
        Rule(TEXT_W, thickness=0.6, space=2),
    ], ML, TOP, TEXT_W) - 6
    ph = 84 * mm
    lw = 2 * cw + GUTTER
    Photo(lw, ph, tone=0.6).drawOn(c, colx(1), y - ph)
    y1 = place(c, [P("\u201cPorth Melyn\u201d, the visitors\u2019 favourite, with its clay dryer and a rake "
                     "of hooded wagons. Its clay dust is baking flour and matt varnish.", "caption")],
               colx(1), y - ph, lw) - 4
    stand = P("Over two thousand visitors, twenty-two layouts, one biscuit tin full of votes and not a single "
              "wheelset left by Sunday afternoon: the forty-first exhibition in numbers and voices.", "stand")
    y0 = place(c, [stand, Spacer(1, 6), Rule(cw, thickness=0.6, space=2)], colx(0), y, cw) - 6
    return [frame(colx(0), BOTTOM, cw, y0 - BOTTOM)] + columns(colx(1), y1, BOTTOM, lw, 2)


def show_p10(c: canvas.Canvas) -> list[Frame]:
    running_head(c)
    footer(c, 10)
    cw = colw(3)
    thanks = box([
        P("Thank you", "boxh"),
        P("The exhibition was made possible by Geoffrey Attwell, Yusuf Demir, Agnieszka Nowak, Brian "
          "O\u2019Sullivan, Sanna Virtanen, Gwen Pritchard, Hamid Rahimi, Olufemi Adeyemi, Callum Reid, "
          "Marguerite Dubois, Kofi Adjei, Hugh Penrose, Ama Owusu, Pete Lindgren and everyone who made tea, "
          "carried boxes or stood in the car park in the rain.", "box"),
    ], cw, bg=CREAM, border=GREEN)
    _, th = thanks.wrap(cw, 1000)
    thanks.drawOn(c, colx(2), TOP - th)
    ph = TOP - th - 12 - BOTTOM - 32
    Photo(cw, ph, tone=0.63).drawOn(c, colx(2), TOP - th - 12 - ph)
    place(c, [P("Build-a-wagon in the junior corner: more than a hundred wagons left the hall in small "
                "hands.", "caption")], colx(2), TOP - th - 12 - ph, cw)
    lw = 2 * cw + GUTTER
    ph2 = 70 * mm
    Photo(lw, ph2, tone=0.58).drawOn(c, ML, TOP - ph2)
    y2 = place(c, [P("Saturday morning in the main hall, twenty minutes after opening. The queue for the "
                     "squash courts reached the caf\u00e9.", "caption")], ML, TOP - ph2, lw) - 4
    return columns(ML, y2, BOTTOM, lw, 2)


# ================================================================ letters (p. 11)
def page11(c: canvas.Canvas) -> None:
    running_head(c, "LETTERS")
    footer(c, 11)
    y = place(c, [
        P("Letters to the editor", "h1s"),
        P("Write to The Editor, The Signal Box, Station Yard, Wenbury, or hand your letter in on any club "
          "night. Letters may be shortened.", "caption"),
        Rule(TEXT_W, thickness=0.6, space=2),
    ], ML, TOP, TEXT_W) - 6
    story = [
        P("Redrawing as a hobby", "letterh"),
        P("Dear Editor,", "body0"),
        P("I enjoyed part two of Tomasz Kowalski\u2019s Kettleby Road series in the winter issue, especially "
          "his admission that the track plan had been redrawn eleven times. My own record is fourteen, for a "
          "layout that was never built. I have come to the conclusion that redrawing track plans is a hobby in "
          "its own right, and a much cheaper one than building them. I look forward to the bridge."),
        P("Yours,<br/>Alan Whitcombe, Market Harborough", "signoff"),
        Spacer(1, 6),
        P("The goods shed remembered", "letterh"),
        P("Dear Margaret,", "body0"),
        P("Your winter issue printed a photograph of the old Wenbury goods shed and asked whether anybody "
          "remembered it working. I do. My father was a checker there from 1951 until it closed in 1964, and I "
          "spent many Saturday mornings sitting on a sack barrow while he counted crates of tinned fruit. He "
          "always said the goods shed was \u201cthe coldest building in the county, summer included\u201d, and "
          "I have never found a reason to disagree."),
        P("The three-ton crane in your photograph was worked by hand, and the men who used it had forearms "
          "like hams. The shed was pulled down in 1971 to make room for the car park where, I am told, the "
          "club now holds its summer barbecue. I shall come along this year and point at things."),
        P("Best wishes,<br/>Brenda Halloran, Wenbury", "signoff"),
        Spacer(1, 6),
        P("Larger type, please", "letterh"),
        P("Sir,", "body0"),
        P("Is it too much to ask that the exhibition leaflet be printed in type that a man over seventy can "
          "read without his glasses? I found the layout list in the hall only by asking a child."),
        P("Hugh Penrose (member no. 0412)", "signoff"),
        Spacer(1, 6),
        P("A wagon called Biscuit", "letterh"),
        P("Dear Editor,", "body0"),
        P("I would like to thank the volunteers in the junior corner at \u201cRails by the River\u201d. My "
          "daughter, who is six, built her first wagon there and has talked about nothing else since. It now "
          "lives on the kitchen windowsill, is called \u201cBiscuit\u201d, and has been coupled to every other "
          "object in the house. I suspect we will be joining the club before long, and I suspect I will be the "
          "one doing the soldering."),
        P("Kind regards,<br/>Kofi Adjei, Wenbury", "signoff"),
        Spacer(1, 6),
        P("Wheels and arrangements", "letterh"),
        P("Dear Editor,", "body0"),
        P("In the winter issue\u2019s exhibition preview, a caption described a Stanier Jubilee as a 4-6-2. "
          "Forty years of reading railway magazines have taught me that such slips are inevitable, but I could "
          "not let this one pass. The Jubilees were, of course, 4-6-0s, as any spotter who stood at the end of "
          "a platform in the 1950s will tell you at length."),
        P("With good wishes,<br/>Ines Carvalho, Long Eaton", "signoff"),
        box([P("<i>Editor\u2019s reply:</i> Guilty as charged. The caption writer has been sent to stand in "
               "the fiddle yard and count the wheels.", "box")], colw(3), bg=CREAM),
        Spacer(1, 6),
        P("Before the bypass", "letterh"),
        P("Dear Editor,", "body0"),
        P("Does any member have photographs of the level crossing at Ashby Lane before the bypass was built? "
          "I am modelling the crossing keeper\u2019s cottage as it was in about 1960 and cannot work out which "
          "side of the road the gate lamp stood on. Even a blurred holiday snap would help."),
        P("Thank you in advance,<br/>Ravi Chandran, Wenbury", "signoff"),
        Spacer(1, 6),
        P("Coalbrook remembered", "letterh"),
        P("Dear Editor,", "body0"),
        P("Forty years ago I helped build the first version of Coalbrook Colliery, and I was delighted to see "
          "it running again, looking rather better than it did in 1986. In those days the winding wheel was a "
          "cotton reel and the coal was real coal, crushed with a hammer on my mother\u2019s back step. I "
          "notice that the present operators have replaced both. Progress, I suppose."),
        P("Warm regards,<br/>Dennis Fairbrother, Kettering", "signoff"),
        Spacer(1, 6),
        P("A box worth visiting", "letterh"),
        P("Dear Editor,", "body0"),
        P("May I suggest a club visit to the preserved signal box at Hadley Junction, which now opens on the "
          "first Sunday of each month? The volunteers there let me pull off a home signal last autumn, under "
          "very close supervision, and I have not stopped talking about it since. They are keen to welcome "
          "groups and would, I am sure, enjoy the questions our members always seem to have about "
          "interlocking. I would be happy to organise a trip if there is interest."),
        P("Regards,<br/>Meera Deshmukh, Long Buckby", "signoff"),
    ]
    cw = colw(3)
    frames = columns(ML, y, BOTTOM, TEXT_W, 3)
    flow(c, story, frames, "p11 letters", final=True)
    yend = frames[2]._y - 14  # noqa: SLF001
    ph = yend - BOTTOM - 40
    Photo(cw, ph, tone=0.55).drawOn(c, colx(2), yend - ph)
    place(c, [P("The Wenbury goods shed in about 1960, with the hand crane on the right.", "caption"),
              P("Photo: HAROLD BEESTON", "credit")], colx(2), yend - ph, cw)
    c.showPage()


# ================================================================ committee (p. 12)
def page12(c: canvas.Canvas) -> None:
    running_head(c)
    footer(c, 12)
    y = place(c, [P("Your committee", "h1s"), Spacer(1, 2),
                  P("Questions about the club, the journal or the exhibition? Any of us will be glad to help on "
                    "a Tuesday evening.", "caption"), Rule(TEXT_W, thickness=0.6, space=2)], ML, TOP, TEXT_W) - 8
    roles = [
        ("President", "Reginald Ashdown"), ("Chairman", "Geoffrey Attwell"), ("Vice-Chairman", "Yusuf Demir"),
        ("Hon. Secretary", "Agnieszka Nowak"), ("Treasurer", "Brian O\u2019Sullivan"),
        ("Exhibition Manager", "Derek Hollis"), ("Membership Secretary", "Sanna Virtanen"),
        ("Librarian", "Olufemi Adeyemi"), ("Workshop Coordinator", "Hamid Rahimi"),
    ]
    cw = colw(3)
    rows = []
    for i in range(0, len(roles), 3):
        rows.append([[P(r, "role"), P(n, "rolename")] for r, n in roles[i:i + 3]])
    t = Table(rows, colWidths=[cw + GUTTER] * 3)
    t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEABOVE", (0, 0), (-1, -1), 0.6, MAROON), ("TOPPADDING", (0, 0), (-1, -1), 4)]))
    _, th = t.wrap(TEXT_W, 1000)
    t.drawOn(c, ML, y - th)
    y -= th + 14
    mast = [
        P("THE SIGNAL BOX", "rubric"), Spacer(1, 3),
        P("Journal Editor: Margaret Okafor", "mast"),
        P("Assistant Editor: Lars Henriksen", "mast"),
        P("Printed by Wenbury Print Works Ltd", "mast"),
        Spacer(1, 6),
        P("The Signal Box is published four times a year and sent free to all members. Contributions of "
          "every length are welcome; photographs should be credited to whoever took them. The next copy "
          "deadline is 15 May 2026.", "mast"),
        Spacer(1, 6),
        P("Opinions expressed in these pages are those of the contributors and not necessarily those of the "
          "committee. Nothing in this journal may be reproduced without the permission of the editor.",
          "mast"),
    ]
    club = [
        P("THE CLUB", "rubric"), Spacer(1, 3),
        P("Wenbury &amp; District Railway Modellers\u2019 Club was founded in 1968 and meets every Tuesday "
          "from 7 pm at the clubroom, Station Yard, Wenbury, in the former parcels office. Visitors are always "
          "welcome; your first three evenings are free.", "mast"),
        Spacer(1, 6),
        P("<b>Membership:</b> adults \u00a336 a year, juniors under 16 \u00a312, families \u00a348.", "mast"),
        P("<b>Club layouts:</b> Wenbury Town (OO), Coalbrook Colliery (N), Tramway Street (O16.5).", "mast"),
        P("<b>Exhibition:</b> \u201cRails by the River\u201d, every February at Wenbury Leisure Centre.",
          "mast"),
    ]
    f0 = frame(colx(0), BOTTOM, cw, y - BOTTOM)
    f1 = frame(colx(1), BOTTOM, cw, y - BOTTOM)
    flow(c, mast, [f0], "p12 mast", final=True)
    flow(c, club, [f1], "p12 club", final=True)
    ylow = min(f0._y, f1._y) - 12  # noqa: SLF001
    lw = 2 * cw + GUTTER
    mh = ylow - BOTTOM - 30
    c.setFillColor(CREAM)
    c.setStrokeColor(GREEN)
    c.rect(ML, ylow - mh, lw, mh, fill=1, stroke=1)
    c.setStrokeColor(GREY)
    c.setLineWidth(3)
    c.line(ML + 10, ylow - mh * 0.7, ML + lw - 10, ylow - mh * 0.45)
    c.setLineWidth(1.2)
    c.setStrokeColor(MAROON)
    c.line(ML + lw * 0.3, ylow - mh + 8, ML + lw * 0.45, ylow - 8)
    c.setFillColor(MAROON)
    c.circle(ML + lw * 0.42, ylow - mh * 0.52, 5, fill=1, stroke=0)
    place(c, [P("How to find us: the clubroom (red dot) is in Station Yard, two minutes\u2019 walk from "
                "Wenbury station. Parking is available in the yard on club nights.", "caption")],
          ML, ylow - mh, lw)
    ph = 58 * mm
    Photo(cw, ph, tone=0.62).drawOn(c, colx(2), y - ph)
    place(c, [P("The clubroom in the former parcels office at Station Yard.", "caption"),
              P("Photo: LARS HENRIKSEN", "credit")], colx(2), y - ph, cw)
    c.showPage()


def run_pages(c: canvas.Canvas, story: list, pages: list, label: str) -> None:
    for i, fn in enumerate(pages):
        frames = fn(c)
        flow(c, story, frames, f"{label} p{i}", final=(i == len(pages) - 1))
        c.showPage()


def main() -> None:
    c = canvas.Canvas(OUT, pagesize=A4, invariant=1)
    c.setTitle("The Signal Box, issue 87, spring 2026")
    c.setAuthor("Wenbury & District Railway Modellers' Club")
    page1(c)
    page2(c)
    kettleby = kettleby_story()
    kettleby_p3(c, kettleby)
    run_pages(c, glenmuir_story(), [glen_p4, glen_p5], "Glenmuir")
    run_pages(c, interview_story(), [iv_p6, iv_p7], "Interview")
    kettleby_p8(c, kettleby)
    run_pages(c, show_story(), [show_p9, show_p10], "Show")
    page11(c)
    page12(c)
    c.save()
    for line in FILL_REPORT:
        print(line, file=sys.stderr)
    print(OUT)


if __name__ == "__main__":
    main()
