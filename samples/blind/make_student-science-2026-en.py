"""Generate the blind test magazine ``student-science-2026-en.pdf``.

A fictional English student science magazine ("LUMEN", Wexcombe University Science Society),
12 pages, mostly two columns. All people, places, journals and organisations are invented.
Run with the writer venv:  /work/writer-venv/bin/python make_student-science-2026-en.py
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, Paragraph, Spacer, Table, TableStyle

OUT = Path(__file__).with_name("student-science-2026-en.pdf")
FONTDIR = "/usr/share/fonts/truetype/dejavu/"

for name, fname in [
    ("Serif", "DejaVuSerif"),
    ("Serif-Bold", "DejaVuSerif-Bold"),
    ("Serif-Italic", "DejaVuSerif-Italic"),
    ("Serif-BoldItalic", "DejaVuSerif-BoldItalic"),
    ("Sans", "DejaVuSans"),
    ("Sans-Bold", "DejaVuSans-Bold"),
    ("Sans-Oblique", "DejaVuSans-Oblique"),
    ("Sans-BoldOblique", "DejaVuSans-BoldOblique"),
    ("Cond", "DejaVuSansCondensed"),
    ("Cond-Bold", "DejaVuSansCondensed-Bold"),
    ("Mono", "DejaVuSansMono"),
]:
    pdfmetrics.registerFont(TTFont(name, FONTDIR + fname + ".ttf"))
registerFontFamily("Serif", normal="Serif", bold="Serif-Bold", italic="Serif-Italic", boldItalic="Serif-BoldItalic")
registerFontFamily("Sans", normal="Sans", bold="Sans-Bold", italic="Sans-Oblique", boldItalic="Sans-BoldOblique")

W, H = A4
ML, MR = 46.0, 46.0
TOP = H - 66.0
BOTTOM = 56.0
GUTTER = 18.0

TEAL = HexColor("#0b5563")
ORANGE = HexColor("#e07a2f")
GREY = HexColor("#bfc3c7")
DARK = HexColor("#1e1e1e")
PALE = HexColor("#eaf3f4")

S = {
    "section": ParagraphStyle("section", fontName="Sans-Bold", fontSize=8.5, leading=11, textColor=ORANGE, spaceAfter=4),
    "title": ParagraphStyle("title", fontName="Serif-Bold", fontSize=27, leading=31, textColor=TEAL, spaceAfter=6),
    "title2": ParagraphStyle("title2", fontName="Serif-Bold", fontSize=19, leading=23, textColor=TEAL, spaceAfter=5),
    "stand": ParagraphStyle("stand", fontName="Serif-Italic", fontSize=11.5, leading=15.5, textColor=DARK, spaceAfter=7),
    "capsby": ParagraphStyle("capsby", fontName="Sans-Bold", fontSize=8.5, leading=11, textColor=TEAL, spaceAfter=10),
    "byline": ParagraphStyle("byline", fontName="Sans", fontSize=8.5, leading=11, textColor=TEAL, spaceAfter=8),
    "body": ParagraphStyle("body", fontName="Sans", fontSize=9.7, leading=13.8, alignment=TA_JUSTIFY, spaceAfter=5.5),
    "sub": ParagraphStyle("sub", fontName="Sans-Bold", fontSize=9.6, leading=12.5, textColor=TEAL, spaceBefore=5, spaceAfter=3),
    "caption": ParagraphStyle("caption", fontName="Sans-Oblique", fontSize=7.2, leading=9.2, textColor=HexColor("#4d4d4d"), spaceBefore=3, spaceAfter=9),
    "pull": ParagraphStyle("pull", fontName="Serif-BoldItalic", fontSize=15, leading=20, textColor=ORANGE, spaceBefore=4, spaceAfter=8),
    "boxhead": ParagraphStyle("boxhead", fontName="Sans-Bold", fontSize=9.4, leading=12, textColor=TEAL, spaceAfter=4),
    "box": ParagraphStyle("box", fontName="Sans", fontSize=8.2, leading=11.2, textColor=DARK, spaceAfter=3),
    "turnq": ParagraphStyle("turnq", fontName="Sans-Bold", fontSize=9.7, leading=13.8, textColor=TEAL, spaceAfter=4),
    "turna": ParagraphStyle("turna", fontName="Sans", fontSize=9.7, leading=13.8, alignment=TA_JUSTIFY, spaceAfter=7),
    "sign": ParagraphStyle("sign", fontName="Serif-Italic", fontSize=9.6, leading=13),
    "toc_t": ParagraphStyle("toc_t", fontName="Serif-Bold", fontSize=10, leading=13, textColor=DARK, spaceBefore=7),
    "toc_a": ParagraphStyle("toc_a", fontName="Sans", fontSize=7.4, leading=9.6, textColor=ORANGE),
    "paper": ParagraphStyle("paper", fontName="Serif-Bold", fontSize=10.4, leading=13.6, textColor=DARK, spaceBefore=2, spaceAfter=3),
    "paperby": ParagraphStyle("paperby", fontName="Sans-Oblique", fontSize=8, leading=10.5, textColor=HexColor("#444444"), spaceAfter=5),
    "contrib": ParagraphStyle("contrib", fontName="Sans-Bold", fontSize=8, leading=10.5, textColor=ORANGE, alignment=TA_RIGHT, spaceBefore=1, spaceAfter=12),
    "mastrole": ParagraphStyle("mastrole", fontName="Sans-Bold", fontSize=8, leading=10.5, textColor=ORANGE, spaceBefore=9),
    "mastname": ParagraphStyle("mastname", fontName="Serif", fontSize=10, leading=13.2),
    "puzzle": ParagraphStyle("puzzle", fontName="Sans", fontSize=9, leading=13),
    "mono": ParagraphStyle("mono", fontName="Mono", fontSize=9.5, leading=13.5),
    "small": ParagraphStyle("small", fontName="Sans", fontSize=7.4, leading=9.8, textColor=HexColor("#444444")),
}


# ---------------------------------------------------------------- flowables
class Photo(Flowable):
    """A grey rectangle standing in for a photograph or a figure."""

    def __init__(self, height: float, width: float | None = None, chart: bool = False) -> None:
        super().__init__()
        self.h, self.w, self.chart = height, width, chart

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self._aw = self.w or aw
        return self._aw, self.h

    def draw(self) -> None:
        c = self.canv
        if self.chart:
            c.setFillColor(PALE)
            c.rect(0, 0, self._aw, self.h, stroke=0, fill=1)
            c.setStrokeColor(DARK)
            c.setLineWidth(0.6)
            c.line(18, 14, 18, self.h - 8)
            c.line(18, 14, self._aw - 8, 14)
            bars = [0.18, 0.42, 0.74, 0.95, 0.61, 0.23]
            bw = (self._aw - 40) / len(bars)
            for i, b in enumerate(bars):
                c.setFillColor(TEAL if i != 3 else ORANGE)
                c.rect(24 + i * bw, 15, bw * 0.7, (self.h - 30) * b, stroke=0, fill=1)
            return
        c.setFillColor(GREY)
        c.rect(0, 0, self._aw, self.h, stroke=0, fill=1)
        c.setStrokeColor(HexColor("#a9adb2"))
        c.setLineWidth(0.6)
        c.line(0, self.h * 0.3, self._aw, self.h * 0.52)


class Rule(Flowable):
    def __init__(self, color: Color = TEAL, thick: float = 1.0, space: float = 4) -> None:
        super().__init__()
        self.color, self.thick, self.space = color, thick, space

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self._aw = aw
        return aw, self.thick + 2 * self.space

    def draw(self) -> None:
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(self.thick)
        self.canv.line(0, self.space, self._aw, self.space)


def P(text: str, style: str = "body") -> Paragraph:
    return Paragraph(text, S[style])


def body(*paras: str | tuple[str, str]) -> list[Flowable]:
    out: list[Flowable] = []
    for item in paras:
        out.append(P(item[1], "sub") if isinstance(item, tuple) else P(item, "body"))
    return out


def box(head: str | None, items: list[str | Flowable], bg: Color = PALE) -> Table:
    cell: list[Flowable] = []
    if head:
        cell.append(P(head, "boxhead"))
    for it in items:
        cell.append(P(it, "box") if isinstance(it, str) else it)
    t = Table([[cell]])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("LEFTPADDING", (0, 0), (-1, -1), 9),
        ("RIGHTPADDING", (0, 0), (-1, -1), 9),
        ("TOPPADDING", (0, 0), (-1, -1), 8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]))
    t.spaceBefore = 6
    t.spaceAfter = 8
    return t


def fill_frame(frame: Frame, story: list[Flowable], canv: Canvas) -> None:
    """Like Frame.addFromList, but split a flowable that does not fit (as a DocTemplate would)."""
    while story:
        head = story[0]
        if frame.add(head, canv, trySplit=1):
            del story[0]
            continue
        parts = frame.split(head, canv)
        if len(parts) < 2 or not frame.add(parts[0], canv, trySplit=1):
            return
        story[0:1] = parts[1:]


class Mag:
    def __init__(self, path: Path) -> None:
        self.c = Canvas(str(path), pagesize=A4, invariant=1)
        self.c.setTitle("LUMEN Issue 9, Spring 2026")
        self.c.setAuthor("Wexcombe University Science Society")
        self.c.setSubject("Student science magazine")
        self.pageno = 1
        self.report: list[str] = []

    def chrome(self, section: str) -> None:
        c = self.c
        c.setFillColor(TEAL)
        c.rect(0, H - 30, W, 30, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Serif-Bold", 10)
        c.drawString(ML, H - 19.5, "LUMEN")
        c.setFont("Sans", 7.5)
        c.drawString(ML + 54, H - 19, "Issue 9 · Spring 2026")
        c.setFont("Sans-Bold", 7.5)
        c.drawRightString(W - MR, H - 19, section.upper())

    def footer(self) -> None:
        c = self.c
        n = self.pageno
        c.setStrokeColor(ORANGE)
        c.setLineWidth(1.2)
        c.line(W / 2 - 14, 40, W / 2 + 14, 40)
        c.setFillColor(DARK)
        c.setFont("Sans-Bold", 9)
        c.drawCentredString(W / 2, 27, str(n))
        c.setFont("Sans", 6.8)
        c.setFillColor(HexColor("#666666"))
        if n % 2 == 0:
            c.drawString(ML, 27, "Wexcombe University Science Society")
        else:
            c.drawRightString(W - MR, 27, "lumen · student science magazine")

    def stack(self, x: float, ytop: float, w: float, flows: list[Flowable]) -> float:
        y = ytop
        for f in flows:
            fw, fh = f.wrap(w, 10000)
            sb = f.getSpaceBefore() if y != ytop else 0
            y -= sb + fh
            f.drawOn(self.c, x, y)
            y -= f.getSpaceAfter()
        return y

    def columns(self, ytop: float | list[float], ybot: float, story: list[Flowable], n: int = 2,
                x0: float = ML, x1: float | None = None, gutter: float = GUTTER) -> None:
        x1 = W - MR if x1 is None else x1
        cw = (x1 - x0 - (n - 1) * gutter) / n
        tops = ytop if isinstance(ytop, list) else [ytop] * n
        frames = [Frame(x0 + i * (cw + gutter), ybot, cw, tops[i] - ybot, 0, 0, 0, 0) for i in range(n)]
        self.flow(frames, story)

    def flow(self, frames: list[Frame], story: list[Flowable]) -> None:
        story = list(story)
        for f in frames:
            fill_frame(f, story, self.c)
        if story:
            left = " | ".join(str(getattr(s, "text", None) or type(s).__name__)[:60] for s in story[:3])
            raise SystemExit(f"page {self.pageno}: overflow, {len(story)} flowables left: {left}")
        free = " ".join(f"{f._y - f._y1:.0f}" for f in frames)
        self.report.append(f"p{self.pageno}: free per frame (pt): {free}")

    def end_page(self) -> None:
        if self.pageno > 1:
            self.footer()
        self.c.showPage()
        self.pageno += 1

    def save(self) -> None:
        self.c.save()


HALF = (W - ML - MR - GUTTER) / 2


# ================================================================ content
def page_cover(m: Mag) -> None:
    c = m.c
    c.setFillColor(TEAL)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(GREY)
    c.rect(ML, 170, W - ML - MR, 470, stroke=0, fill=1)
    c.setStrokeColor(HexColor("#a9adb2"))
    c.line(ML, 300, W - MR, 420)
    c.setFillColor(white)
    c.setFont("Serif-Bold", 88)
    c.drawString(ML - 4, H - 140, "LUMEN")
    c.setFillColor(ORANGE)
    c.rect(ML, H - 162, 150, 4, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Sans", 11)
    c.drawString(ML, H - 182, "The student science magazine of Wexcombe University")
    c.setFont("Sans-Bold", 11)
    c.drawRightString(W - MR, H - 182, "ISSUE 9 · SPRING 2026")
    lines = [
        ("HIDDEN WORLDS", "Sans-Bold", 16),
        ("The secret life of urban soil · Why students can’t sleep", "Sans", 11),
        ("In conversation with Prof. Ravi Krishnamurthy", "Sans", 11),
        ("Research digest · Lab notes · Brain games", "Sans", 11),
    ]
    y = 135
    for text, font, size in lines:
        c.setFont(font, size)
        c.setFillColor(ORANGE if font == "Sans-Bold" else white)
        c.drawString(ML, y, text)
        y -= size + 9
    m.end_page()


def page_2(m: Mag) -> None:
    m.chrome("Contents")
    colw = 165
    toc = [
        P("Contents", "title2"),
        Rule(ORANGE, 2, 3),
        P("3 · The Secret Life of Urban Soil", "toc_t"),
        P("MEERA IYENGAR &amp; CIARÁN Ó DÁLAIGH", "toc_a"),
        P("5 · Running on Empty: The Science of Student Sleep", "toc_t"),
        P("KWAME ASANTE-MENSAH", "toc_a"),
        P("7 · Research Digest", "toc_t"),
        P("FOUR PAPERS, FOUR EDITORS", "toc_a"),
        P("8 · In Conversation with Prof. Ravi Krishnamurthy", "toc_t"),
        P("JULIA LASKOWSKA", "toc_a"),
        P("10 · Lab Notes", "toc_t"),
        P("MYTHS, SOCIETY NEWS, ASK A SCIENTIST", "toc_a"),
        P("11 · Brain Games", "toc_t"),
        P("PUZZLES AND ANSWERS", "toc_a"),
        P("12 · Masthead &amp; How to Contribute", "toc_t"),
        Spacer(1, 16),
        box("On the cover", [
            "Our cover imagines the view from inside a crumb of campus soil, where roots, fungal threads and "
            "bacteria share a crowded neighbourhood. See pages 3 and 4.",
        ]),
        box("Next issue", [
            "Summer 2026, theme “Extremes”: life in boiling springs, the coldest lab on campus and the "
            "physics of very bad weather. Pitches are open until week five.",
        ]),
        box("Find us", [
            "Copies of LUMEN are free in the Science Library, the Students’ Union and every departmental common "
            "room. Back issues are kept in the library’s periodicals section.",
        ]),
    ]
    m.flow([Frame(ML, BOTTOM, colw, TOP - BOTTOM, 0, 0, 0, 0)], toc)
    x0 = ML + colw + 24
    m.c.setStrokeColor(GREY)
    m.c.setLineWidth(0.6)
    m.c.line(x0 - 12, BOTTOM, x0 - 12, TOP)
    note = [
        P("Editor’s Note", "section"),
        P("Small Things, Big Worlds", "title2"),
        P("Dear readers,"),
        P("Every issue of LUMEN begins with an argument. Somewhere in the first editorial meeting, usually around "
          "the second packet of biscuits, someone declares that a topic is too small to fill a page. This term "
          "the topic was soil. By the end of the meeting we had enough material for three issues and a new "
          "respect for the stuff under our shoes."),
        P("Our theme for spring is “Hidden Worlds”: the ecosystems, signals and processes that run all around us "
          "without ever asking for attention. Meera Iyengar and Ciarán Ó Dálaigh dig, quite literally, into the "
          "microbial cities beneath the campus car parks. Kwame Asante-Mensah asks why so many of us are running "
          "on too little sleep, and what that is doing to our memories. Julia Laskowska sat down with the radio "
          "astronomer Prof. Ravi Krishnamurthy, who spends his working life listening for flashes of radio "
          "waves that left their home galaxies billions of years ago."),
        P("As always, our research digest collects four recent papers that caught the eye of our editors, and "
          "the puzzle page is waiting for anyone who needs a break from revision. This time the puzzles come "
          "with a periodic-table twist, so keep a copy of the table handy."),
        P("This is also the first issue produced almost entirely by first-year students. When I asked one of "
          "them why she had joined the magazine, she answered without hesitation: “Because in lectures I learn "
          "the answers, and here I get to learn the questions.” I have not stopped thinking about that sentence "
          "since, and I suspect it describes most of the people who have ever worked on these pages."),
        P("Science is often presented as a finished building, all glass and steel. Student magazines get to "
          "show the scaffolding: the half-answered questions, the experiments that did not quite work, the "
          "moment when a lecturer admits that nobody really knows. We think that is the most exciting part, "
          "and we hope that you will too."),
        P("Thank you to everyone who wrote, drew, photographed, edited and proofread, and to the Faculty of "
          "Science for printing this issue. If you would like to write for the next one, our submission "
          "details are on the back page. We read everything, and we reply to everyone."),
        Spacer(1, 6),
        P("With warmth,", "sign"),
        P("Imogen Achterberg,", "sign"),
        P("Editor", "sign"),
    ]
    m.flow([Frame(x0, BOTTOM, W - MR - x0, TOP - BOTTOM, 0, 0, 0, 0)], note)
    m.end_page()


def page_3_4(m: Mag) -> None:
    m.chrome("Feature")
    y = m.stack(ML, TOP, W - ML - MR, [
        P("Feature · Ecology", "section"),
        P("The Secret Life of Urban Soil", "title"),
        P("Beneath the tarmac and the trampled grass of our campus lies one of the most crowded places on the "
          "planet. Two students went digging to find out who lives there.", "stand"),
        P("MEERA IYENGAR AND CIARÁN Ó DÁLAIGH", "capsby"),
    ])
    story = body(
        "Walk across the main quad on a wet morning and you are stepping on one of the busiest habitats on Earth. "
        "A single teaspoon of healthy soil can hold more bacteria than there are people on the planet, along "
        "with metres of fungal threads, thousands of single-celled protists and a small army of nematode worms. "
        "Most of these organisms have never been named. Many of them have never been grown in a laboratory.",
        "For a long time, city soils were treated as the poor relations of this underground world. Compacted by "
        "traffic, sealed under tarmac and laced with whatever the last century left behind, they were assumed "
        "to be biologically “dead”. Recent surveys suggest the opposite. Urban soils can be surprisingly "
        "diverse, and some of them host communities that have not been found anywhere else.",
        "“People imagine soil as a kind of inert sponge that holds the plants up,” says Dr Hana Sato, a soil "
        "ecologist in the Department of Earth Sciences. “In reality it behaves more like a city. There are "
        "highways, markets, recycling centres and, every now and then, a traffic jam.”",
        ("h", "Three sites, one campus"),
        "Over the winter term, Sato’s group took soil cores from three places on campus: the old orchard behind "
        "the library, the grass verge beside the bus station, and a flowerbed that was laid on top of builders’ "
        "rubble in the 1990s. Second-year students extracted DNA from the samples and sequenced a marker gene "
        "that works like a barcode for bacteria and archaea, allowing them to count how many different groups "
        "were present without having to grow a single one.",
        "The results, which are still being analysed, surprised even the team. The orchard soil was the richest, "
        "as expected, but the rubble bed came a close second, with hundreds of groups that appeared in none of "
        "the other samples. The bus-station verge, heavily trampled and salted every winter, was the poorest by "
        "far, dominated by a handful of hardy specialists.",
        "Prof. Olusegun Bakare, who leads the department’s field course, put it bluntly: “If you want to know "
        "how a city treats its ground, don’t look at the parks. Look at the verges.” Compaction, he explains, "
        "squeezes out the air pockets that many soil organisms depend on, while road salt changes the chemistry "
        "of every drop of water that trickles through.",
        "The rubble bed is harder to explain. One idea is that the mixture of brick, mortar and old soil "
        "creates a patchwork of tiny habitats, some alkaline and some acidic, some dry and some waterlogged, "
        "each favouring a different community. Another is simply history: the flowerbed has been left largely "
        "alone for thirty years, while the orchard is mown, raked and occasionally sprayed.",
        "“Disturbance is the key variable,” Sato says. “Soil communities are remarkably good at recovering "
        "from a single shock. What they cannot cope with is being shocked every week.”",
    )
    fig = [Photo(150, chart=False),
           P("Fig. 1: Soil cores from the three campus sites, drawn to scale, with the darker organic layer at the "
             "top. Art credit: Lucas Ferreira-Lund", "caption")]
    m.columns(y, BOTTOM, fig + story)
    m.end_page()

    m.chrome("Feature")
    story = body(
        ("h", "A wood wide web under the car park?"),
        "Fungi are the other half of the story. In undisturbed woodland, the threads of mycorrhizal fungi wrap "
        "around the roots of neighbouring trees and trade water and mineral nutrients for sugars, a network that "
        "popular science books have nicknamed the “wood wide web”. How far such networks really share resources "
        "between trees is still argued over, and whether they survive at all in cities is an open question.",
        "Sato’s students are now trying to answer it by tracing fungal DNA around the roots of the lime trees "
        "that line the campus avenue. The early signs are encouraging. Several fungal species known to partner "
        "with limes turned up at all three sites, even under the paving slabs next to the sports hall. “We "
        "expected a desert and found a village,” she said.",
    ) + [Rule(ORANGE, 2, 4),
         P("“We have mapped the surface of Mars in more detail than the soil under our own car parks.” "
           "<font name='Sans-Bold' size='9' color='#0b5563'>— Dr Hana Sato</font>", "pull"),
         Rule(ORANGE, 1, 2), Spacer(1, 6)] + body(
        ("h", "Why it matters"),
        "Soil is not just a curiosity for microbiologists. The organisms living in it break down fallen leaves, "
        "store carbon, filter rainwater and help to prevent flooding by keeping the ground porous. In a city, "
        "where most surfaces are sealed, every square metre of living soil does a disproportionate amount of "
        "work, and losing it has consequences that reach well beyond the flowerbed.",
        "That is why a growing number of councils are experimenting with “de-paving”: lifting unnecessary "
        "tarmac and replacing it with planted beds. Early studies suggest that microbial communities can "
        "recover within a few years, provided the new soil is not compacted again by heavy machinery during the "
        "works.",
        "There is also a public-health angle. Some researchers think that children who grow up in contact with "
        "diverse soil microbes develop better-regulated immune systems, although the evidence is still patchy "
        "and the idea is easy to overstate. What is clear is that a city’s soil is part of its infrastructure, "
        "as much as its drains and power lines, and that we know far less about it than about either.",
        "For students who want to get their hands dirty, the Department of Earth Sciences runs an open sampling "
        "day every May. Participants bring a trowel, take home a sample jar and, a few weeks later, receive a "
        "list of the microbes living in their own garden or window box. Last year one participant turned out to "
        "be growing a bacterium that had previously been recorded only in lake sediments in Antarctica.",
        "Next time you cross the quad, spare a thought for the city under your feet. It has been busy for a "
        "very long time, and it is only now that we are beginning to learn its names.",
    )
    side = [Photo(215),
            P("Second-year students Aiko Tanabe and Rhys Pritchard taking cores beside the bus station. "
              "[Photo by Siddharth Venkataraman]", "caption"),
            box("Try it at home: the jar test", [
                "1. Half-fill a clear jar with soil from your garden or a planter.",
                "2. Top it up with water, add a pinch of salt, close the lid and shake hard for a minute.",
                "3. Leave it on a windowsill for a day. Sand settles first, then silt, then clay; organic "
                "matter floats on top.",
                "4. Measure the layers with a ruler. A good garden soil has roughly equal parts of all three.",
            ])]
    m.columns(TOP, BOTTOM, story + side)
    m.end_page()


def page_5_6(m: Mag) -> None:
    m.chrome("Feature")
    y = m.stack(ML, TOP, W - ML - MR, [
        P("Feature · Neuroscience", "section"),
        P("Running on Empty: The Science of Student Sleep", "title"),
        P("Late-night deadlines, early lectures and a phone that never sleeps. Why so many students are "
          "chronically short of rest, and what the research says about fixing it.", "stand"),
        P("KWAME ASANTE-MENSAH", "capsby"),
    ])
    story = body(
        "“I basically live on five hours and coffee,” one second-year engineering student told us when we asked "
        "about her sleep. She is far from alone. In an informal survey of 212 Wexcombe students carried out for "
        "this article, more than half said they slept less than seven hours on a typical weeknight, and almost "
        "one in five reported fewer than six.",
        "Those numbers matter because sleep is not simply time switched off. During the night the brain replays "
        "and consolidates what it has learned during the day, clears away metabolic waste and recalibrates the "
        "hormones that regulate hunger and mood. Cut it short night after night and the effects accumulate, "
        "quietly at first and then all at once.",
        "“Sleep is when the brain files the day’s paperwork,” says Dr Rebecca Thorne, who studies memory in the "
        "School of Psychology. “If you skip it, the papers are still on the desk in the morning, just in a "
        "bigger and messier pile.”",
        ("h", "The teenage clock"),
        "Part of the problem is biological. During adolescence the body clock shifts later, so that many people "
        "in their late teens and early twenties naturally feel sleepy only around midnight or after. That shift "
        "does not fully reverse until the mid-twenties. A nine o’clock lecture can therefore feel, to a "
        "twenty-year-old body, rather like a six o’clock start feels to their parents.",
        "Researchers call the mismatch between body clock and timetable “social jetlag”. It is at its worst on "
        "Monday mornings, after a weekend of late nights and long lie-ins has pushed the clock even later. "
        "Trying to “catch up” on sleep at the weekend, it turns out, can make the following week harder rather "
        "than easier.",
        "Thorne’s group has been testing what that means for learning. Volunteers learned lists of word pairs in "
        "the evening and were tested the next morning, either after a full night in the sleep lab or after a "
        "night cut short by an early alarm. The short-sleep group remembered noticeably less, and the pairs "
        "they forgot were the ones they had found hardest to learn in the first place.",
        "The effect is not limited to memory. In a separate experiment, sleep-restricted volunteers rated "
        "neutral photographs as more threatening than well-rested volunteers did, a finding that fits the "
        "familiar experience of feeling short-tempered after a bad night. “Tired brains are more reactive and "
        "less reflective,” Thorne says. “That is not a great combination the night before an exam.”",
    )
    fig = [Photo(190, chart=True),
           P("Fig. 2: Self-reported weeknight sleep among 212 Wexcombe students, in one-hour bands from under five "
             "hours to more than nine. Art credit: Noor Al-Hashimi", "caption")]
    m.columns(y, BOTTOM, story + fig)
    m.end_page()

    m.chrome("Feature")
    story = body(
        ("h", "Screens, caffeine and the second wind"),
        "Screens are the usual suspect, and the evidence against them is real but more modest than headlines "
        "suggest. Bright light in the evening can delay the release of melatonin, the hormone that signals "
        "night-time to the body, but what is on the screen matters at least as much as the light. An exciting "
        "group chat keeps the brain alert long after the phone goes dark.",
        "Caffeine is a stronger culprit. Its effects last much longer than most people realise: roughly half of "
        "the caffeine in an afternoon coffee is still circulating five or six hours later. In our survey, "
        "students who had caffeinated drinks after four in the afternoon reported falling asleep later than "
        "those who did not, even when they felt the coffee had “worn off”.",
        "In her book “The Tired Brain”, the Danish neuroscientist Elin Vestergaard describes the late-evening "
        "“second wind” that many students know well: a sudden burst of energy at eleven at night that makes it "
        "feel like the perfect moment to start an essay. It is, she argues, a trick of the body clock rather "
        "than a sign of productivity, and essays written in it tend to need rewriting.",
        ("h", "What actually helps"),
        "“Naps are not a sign of weakness. They are maintenance.” That is the verdict of Dr Yuki Morimoto, who "
        "runs the university’s sleep clinic and sees around forty students a term. Short naps of twenty minutes "
        "or less, taken before mid-afternoon, can restore alertness without disturbing the following night.",
        "Longer naps are a different matter. After about half an hour the brain slips into deep sleep, and "
        "waking from it brings the groggy, disoriented feeling that researchers call sleep inertia. A "
        "ninety-minute nap, covering a full sleep cycle, avoids the grogginess but makes it harder to fall "
        "asleep at night.",
        "Beyond naps, the advice from the clinic is unglamorous but consistent: keep roughly the same wake-up "
        "time every day, weekends included; get daylight in the morning; move caffeine earlier; and give the "
        "brain half an hour to wind down before bed. “Most of my patients don’t need a pill, they need a "
        "routine,” Morimoto said.",
        "None of this is easy in the middle of exam season, when every hour seems to belong to a deadline. But "
        "sleep is one of the few study aids that is free, legal and backed by decades of evidence. The "
        "paperwork, as Thorne puts it, has to be filed somehow.",
    )
    side = [Photo(200),
            P("A bedroom in the sleep laboratory of the School of Psychology, where volunteers spend the night "
              "wired to sensors. Credit: Anjali Deshpande", "caption"),
            box("Five things to try this week", [
                "<b>Fix your alarm.</b> Same wake-up time every day, even on Saturday.",
                "<b>Chase the morning light.</b> Ten minutes outside before your first lecture.",
                "<b>Last coffee by two.</b> Switch to decaf or herbal tea after that.",
                "<b>Park the phone.</b> Charge it outside the bedroom if you can.",
                "<b>Nap smart.</b> Twenty minutes, before three o’clock, with an alarm.",
            ]),
            box("Need help?", [
                "The University Sleep Clinic offers free, confidential appointments to all students. Ask at the "
                "Student Health Centre reception.",
            ])]
    m.columns(TOP, BOTTOM, story + side)
    m.end_page()


def page_7(m: Mag) -> None:
    m.chrome("Research Digest")
    y = m.stack(ML, TOP, W - ML - MR, [
        P("Research Digest", "title"),
        P("Four recent papers, chosen and summarised by our editors. The full references are on the LUMEN "
          "noticeboard in the Science Library.", "stand"),
        Rule(ORANGE, 2, 3),
    ])

    def entry(title: str, authors: str, summary: list[str], contributor: str) -> list[Flowable]:
        return [P(title, "paper"), P(authors, "paperby")] + [P(s) for s in summary] + [
            P(f"Contributed by {contributor}", "contrib")]

    story = entry(
        "“Microplastic Transport in Estuarine Sediments under Tidal Forcing”",
        "L. Okonjo, M. Brandt and S. Kaur · Journal of Coastal Processes (2025)",
        ["Where do microplastics go once they reach the sea? This study followed fluorescent plastic particles "
         "through a tidal estuary for a full year. Most of them never made it to open water: they were buried "
         "in mudflats within weeks, then dug up again by storms and carried back upstream. Estuaries, the "
         "authors suggest, behave less like pipes and more like sieves that keep reshuffling what they catch.",
         "For anyone planning a beach clean, the message is sobering. The plastic on the sand may be only a "
         "small fraction of what is already stored in the mud. The team now plans to repeat the study in a "
         "second estuary with a much larger tidal range, to see whether the sieve works the same way."],
        "Tobias Engström",
    ) + entry(
        "“A Low-Cost Spectrometer for Teaching Laboratories Built from Recycled Optical Drives”",
        "Y. Tanaka and R. Álvarez · Physics Education Letters (2025)",
        ["Old DVD drives contain a surprisingly good diffraction grating and a precise motor. The authors "
         "combine both with a cheap camera sensor to build a spectrometer for under thirty pounds, then test "
         "it against a commercial instrument costing a hundred times as much. For most teaching experiments, "
         "from flame tests to the absorption of food dyes, the home-made version is good enough.",
         "The build instructions are open, and the physics society is already collecting dead drives. The "
         "main weakness is calibration, which drifts as the plastic parts warm up, so the authors recommend "
         "checking against a known lamp at the start of every session."],
        "Hannah O'Rourke",
    ) + entry(
        "“Urban Heat Islands Reshape Bumblebee Foraging Routes”",
        "F. Delacroix, K. Nakamura and D. Whitfield · Ecology of Cities (2026)",
        ["Using tiny radio tags, the team followed bumblebees across a medium-sized city during two summers. On "
         "the hottest days the bees abandoned sunny roundabouts and car parks and took longer routes through "
         "shaded gardens and tree-lined streets, even when the flowers on the direct route were more "
         "plentiful. Shade, it seems, is part of a bee’s map.",
         "The authors argue that street trees should be counted as pollinator infrastructure, not decoration. "
         "It would be interesting to know whether the same holds for solitary bees, which fly shorter "
         "distances and may not have the option of a detour."],
        "Arjun Nair",
    ) + entry(
        "“Phonon Lifetimes in Twisted Bilayer Semiconductors”",
        "J. Kowalczyk and P. Eriksen · Materials Frontiers Letters (2025)",
        ["Stack two atom-thin layers of a semiconductor and twist one slightly, and the combined material can "
         "behave very differently from either layer. This paper measures how long vibrations of the crystal "
         "lattice, called phonons, survive at different twist angles. At a handful of special angles they "
         "last several times longer, which matters for how such materials carry heat.",
         "It is a dense read, but the figures alone are worth the trip to the library. For a gentler "
         "introduction, the authors’ own summary in the first two pages is unusually clear."],
        "Sofia Marchetti",
    )
    story.append(box("Write for the digest", [
        "Read a paper you could not stop talking about? Send us 150 words explaining what the authors did, "
        "what they found and why it matters, in language a first-year student in another subject could "
        "follow. The editors choose four papers each term.",
    ]))
    m.columns(y, BOTTOM, story)
    m.end_page()


def page_8_9(m: Mag) -> None:
    m.chrome("Interview")
    y = m.stack(ML, TOP, W - ML - MR, [
        P("Interview · Astrophysics", "section"),
        P("In Conversation with Prof. Ravi Krishnamurthy", "title"),
        P("He grew up watching the night sky from a rooftop in Chennai and now hunts for the briefest flashes "
          "in the radio universe. We asked him about fast radio bursts, failure and the best advice he ever "
          "ignored.", "stand"),
        P("By Julia Laskowska", "byline"),
    ])
    turns8 = [
        ("JL", "You are known for your work on fast radio bursts. For anyone who has never heard of them, what "
               "are they?"),
        ("RK", "They are flashes of radio waves that last about a thousandth of a second and then vanish. In that "
               "millisecond, a single burst can release as much energy as our Sun gives off in days. The first "
               "one was spotted in archived telescope data in 2007, and for years people argued about whether "
               "they were real at all. Today we have catalogued thousands, and we know that most of them come "
               "from other galaxies, some of them billions of light years away."),
        ("JL", "Do we know what causes them?"),
        ("RK", "Not completely, which is the fun part. The leading suspects are magnetars, neutron stars with "
               "magnetic fields so strong they would wipe a credit card from halfway to the Moon. In 2020 a "
               "magnetar in our own galaxy produced a burst that looked very much like a weak version of the "
               "distant ones. That was a wonderful week. But some bursts repeat and others never do, and I "
               "doubt there is only one explanation."),
        ("JL", "How did you end up in this field?"),
        ("RK", "By accident, honestly. I started a PhD in optical astronomy and my supervisor, Margaret Holloway, "
               "asked me to help with a side project on radio data because I was the only student who could "
               "program. She used to say, “If the data surprises you, check the cables before you call the "
               "newspapers.” I thought it was a joke until it happened to me."),
        ("JL", "What happened?"),
        ("RK", "In my second year I found a beautiful set of signals that appeared only around lunchtime. I was "
               "convinced I had discovered something new. It turned out to be the microwave oven in the "
               "observatory kitchen: someone kept opening the door before the timer had finished. Astronomers "
               "elsewhere had run into the same problem, which made me feel a little better."),
        ("JL", "Did that experience change how you work?"),
        ("RK", "Completely. Every candidate signal in our group now goes through what my students call the "
               "“kitchen test”: we check whether it could have come from anything on Earth before we get excited "
               "about anything in space. It is boring, and it saves us from embarrassment about once a month."),
    ]
    turns9 = [
        ("JL", "What does a normal working day look like for you now?"),
        ("RK", "Less telescope time than people imagine. Most of my day is spent with students, looking at "
               "plots, arguing about software and drinking too much tea. Our search pipeline sifts through "
               "enormous amounts of data every night, and my job is mostly to decide which of the candidate "
               "signals deserve a human being’s attention in the morning."),
        ("JL", "Radio astronomers often complain about interference from satellites and mobile phones. Is the "
               "sky getting noisier?"),
        ("RK", "Much noisier. Every new satellite constellation and every new mobile network adds signals in "
               "bands we would like to keep quiet. The best radio observatories are built in remote places "
               "precisely so that there is nobody around with a phone. We work with regulators to protect a few "
               "frequency bands, but it is a constant negotiation."),
        ("JL", "Is there a result you are particularly proud of?"),
        ("RK", "A student project, actually. A few years ago an undergraduate, Freddie Oyelaran, noticed that one "
               "of our repeating sources seemed to switch on and off on a regular cycle of about two weeks. "
               "Nobody believed her at first, including me. She was right, and the paper with her name first is "
               "still the one I show at conferences."),
        ("JL", "You supervise a lot of undergraduate projects. What do you look for in a student?"),
        ("RK", "Curiosity, and a certain stubbornness. I do not mind if someone has never written a line of code. "
               "I mind if they stop asking why. Some of our best results have come from undergraduates who "
               "refused to accept that an odd-looking plot was just noise."),
        ("JL", "What advice would you give to someone reading this in their first year?"),
        ("RK", "Talk to the people in the building. Knock on doors, go to the seminars even when you understand "
               "only the first slide, and ask for summer projects. The worst thing anyone can say is no. Most "
               "of us remember exactly who gave us our first chance, and we want to pass that on."),
        ("JL", "And the best advice you ever ignored?"),
        ("RK", "Someone told me to choose a safer field. Radio astronomy in the early 2000s did not look like a "
               "growth area, and fast radio bursts had not even been found yet. I am very glad I did not "
               "listen."),
        ("JL", "Last question: if you could have one question answered, what would it be?"),
        ("RK", "What is on the other end of the repeating bursts. Is it one kind of object or several? I would "
               "like to know that before I retire. My students tell me I should stop saying that, because it "
               "makes them feel like they are on a deadline."),
    ]

    def qa(turns: list[tuple[str, str]]) -> list[Flowable]:
        out: list[Flowable] = []
        for who, text in turns:
            if who == "JL":
                out.append(P(f"JL: {text}", "turnq"))
            else:
                out.append(P(f"<b>RK:</b> {text}", "turna"))
        return out

    side = [Photo(205), P("Prof. Ravi Krishnamurthy in the control room of the university’s radio observatory. "
                          "[Photo by Daniel Okoro]", "caption")]
    m.columns(y, BOTTOM, side + qa(turns8))
    m.end_page()

    m.chrome("Interview")
    extra = [Photo(170), P("Antenna dishes at the university’s radio observatory on the Wexcombe Downs. "
                           "[Photo by Daniel Okoro]", "caption"),
             box("Quick-fire round", [
        "<b>Favourite telescope?</b> The one that is working today.",
        "<b>Favourite constellation?</b> Orion, because it was the first one I could find on my own.",
        "<b>Book on your bedside table?</b> A detective novel. I like mysteries that end.",
        "<b>Tea or coffee?</b> Tea, always, with cardamom.",
    ]), box("About Prof. Krishnamurthy", [
        "Ravi Krishnamurthy studied physics in Chennai and completed his PhD in radio astronomy before joining "
        "Wexcombe University. He leads the university’s transient radio astronomy group and teaches the "
        "second-year course on observational astrophysics.",
    ])]
    m.columns(TOP, BOTTOM, qa(turns9) + extra)
    m.end_page()


def page_10(m: Mag) -> None:
    m.chrome("Lab Notes")
    y = m.stack(ML, TOP, W - ML - MR, [P("Lab Notes", "title"), Rule(ORANGE, 2, 3)])
    left = [
        P("Myth-busting", "section"),
        P("Do we really use only ten per cent of our brains?", "title2"),
        P("Words by Beatriz Saldanha", "byline"),
    ] + body(
        "It is one of the most durable myths in popular science, and it has powered the plots of more than one "
        "film. The appeal is obvious: if ninety per cent of the brain is idle, imagine what we could do if we "
        "switched it on.",
        "Unfortunately, the evidence says otherwise. Brain scans show activity in virtually every region over "
        "the course of a day, even during sleep. Damage to almost any part of the brain, however small, has "
        "some effect on how a person thinks, moves or feels. And the brain is expensive to run: it uses about a "
        "fifth of the body’s energy while making up around two per cent of its weight. Evolution is rarely so "
        "generous with spare parts.",
        "Where does the myth come from? Nobody is quite sure. It may be a garbled version of early research "
        "showing that large areas of the cortex did not produce obvious responses when stimulated, so-called "
        "“silent” areas that we now know are busy with complex tasks such as planning and language.",
        "The real story is more interesting than the myth. You are already using all of your brain. The "
        "trick is learning to use it well.",
    ) + [Spacer(1, 4), box("Ask a Scientist", [
        "<b>A first-year chemist asks: if there are so many stars, why is the sky dark at night?</b>",
        "This puzzle is known as Olbers’ paradox. In an infinite, unchanging universe filled with stars, every "
        "line of sight would eventually end on a star, and the night sky would blaze. It does not, for two "
        "reasons. The universe has a finite age, so light from very distant stars has not had time to reach us. "
        "And the universe is expanding, which stretches the light from distant galaxies to longer wavelengths "
        "that our eyes cannot see. The darkness of the night sky is, in a sense, evidence that the universe had "
        "a beginning.",
        "<i>Answered by Dr Priyanka Sethi, Department of Physics</i>",
    ])]
    right = [
        P("Society News", "section"),
        P("A record year for outreach", "title2"),
        Photo(140),
        P("Volunteers from the Science Society at the Riverside Primary science fair in February. "
          "[Photo by Mateus Carvalho]", "caption"),
    ] + body(
        "The Wexcombe Science Society has had its busiest year yet. More than ninety members volunteered at "
        "school science fairs, library workshops and the city’s family science festival, reaching well over "
        "two thousand children and parents.",
        "“The best moment is always when a child who said science was boring won’t leave the slime table,” "
        "said Grace Mbeki-Harrow, president of the society. The slime table, for the record, has now been "
        "requested by four schools.",
        "Our spring talk series continues in the Lecture Theatre on Thursdays at six. Coming up: “Dark Matter, "
        "Bright Ideas” with Dr Tomasz Wierzbicki and “The Chemistry of Chocolate” with Dr Amara Okafor-Lynch. "
        "As always, the chocolate talk comes with samples, and seats go fast.",
        "New volunteers are welcome at any time. No experience is needed, just a willingness to get a little "
        "messy and to answer a lot of questions starting with “why”.",
        "If you would like to help, come to the volunteers’ briefing in the Students’ Union on the first "
        "Monday of each month, or simply turn up at the next fair and ask for the person with the clipboard.",
    ) + [P("Rahul Menon, Outreach Officer", "sign")]
    m.columns(y, BOTTOM, left, n=1, x1=ML + HALF)
    m.columns(y, BOTTOM, right, n=1, x0=ML + HALF + GUTTER)
    m.end_page()


def word_search() -> Table:
    import random

    rnd = random.Random(9)
    n = 11
    grid = [["" for _ in range(n)] for _ in range(n)]
    placed = [("MAGNETAR", 0, 1, 0, 1), ("ESTUARY", 2, 0, 1, 0), ("PHONON", 3, 3, 1, 1), ("FUNGI", 10, 2, 0, 1),
              ("SLEEP", 4, 10, 1, 0), ("RADIO", 9, 0, 0, 1), ("SOIL", 1, 9, 1, 0), ("BEE", 2, 8, 1, 0)]
    for word, r, col, dr, dc in placed:
        for i, ch in enumerate(word):
            rr, cc = r + dr * i, col + dc * i
            assert grid[rr][cc] in ("", ch), (word, rr, cc)
            grid[rr][cc] = ch
    for r in range(n):
        for cc in range(n):
            if not grid[r][cc]:
                grid[r][cc] = rnd.choice("ABCDEFGHIKLMNOPRSTUVWY")
    t = Table(grid, colWidths=[17] * n, rowHeights=[16] * n)
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "Mono"), ("FONTSIZE", (0, 0), (-1, -1), 9),
                           ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("BOX", (0, 0), (-1, -1), 1, TEAL),
                           ("BACKGROUND", (0, 0), (-1, -1), PALE)]))
    return t


def page_11(m: Mag) -> None:
    m.chrome("Brain Games")
    y = m.stack(ML, TOP, W - ML - MR, [
        P("Brain Games", "title"),
        P("Puzzles designed by Oluwaseun", "byline"),
        Rule(ORANGE, 2, 3),
    ])
    left = [
        P("1. Element anagrams", "sub"),
        P("Each group of letters can be rearranged to spell a chemical element. Write the element and its "
          "symbol.", "puzzle"),
        Spacer(1, 4),
        P("a) “LIVERS”<br/>b) “NEGOXY”<br/>c) “CLINEK”<br/>d) “HUSLPUR”<br/>e) “ROUNIFLE”<br/>"
          "f) “TULIP MAN”", "mono"),
        P("2. Odd one out", "sub"),
        P("Which is the odd one out, and why? Mercury, Venus, Mars, Saturn, Earth. (Hint: think about what "
          "you could stand on.)", "puzzle"),
        P("3. Lab bench logic", "sub"),
        P("Four students, Ada, Ben, Chiara and Dev, each ran one experiment this week: titration, "
          "electrophoresis, spectroscopy or microscopy. Use the clues to work out who did what.", "puzzle"),
        Spacer(1, 3),
        P("• Ada did not use a microscope or a spectrometer.<br/>"
          "• Ben’s experiment involved a gel.<br/>"
          "• Chiara worked with light, but not through a lens.<br/>"
          "• Dev spent the week staring at onion cells.", "puzzle"),
        P("4. Estimation challenge", "sub"),
        P("Roughly how many times does your heart beat in a year? Work it out without a calculator, then check "
          "the answers below. A good estimate is within a factor of two.", "puzzle"),
        P("5. Word search", "sub"),
        P("Find eight words from this issue hidden in the grid: SOIL, FUNGI, SLEEP, RADIO, PHONON, BEE, "
          "ESTUARY, MAGNETAR. Words run across, down or diagonally.", "puzzle"),
        Spacer(1, 4),
        word_search(),
    ]
    right = [
        P("6. Quick clues", "sub"),
        P("Solve each clue; the number in brackets gives the length of the answer.", "puzzle"),
        Spacer(1, 4),
        P("<b>Across</b><br/>1. Unit of electrical resistance (3)<br/>4. The “powerhouse” organelle, for "
          "short (4)<br/>6. Gas that makes up most of the air (8)<br/><b>Down</b><br/>1. Carbon’s heavier "
          "cousin in group 14 (7)<br/>2. A unit of heredity (4)<br/>3. Star at the centre of our solar "
          "system (3)", "puzzle"),
        P("7. What comes next?", "sub"),
        P("1, 1, 2, 3, 5, 8, 13, … This sequence turns up in sunflower heads, pine cones and the spirals of "
          "some seashells.", "puzzle"),
        P("8. True or false?", "sub"),
        P("a) Lightning is hotter than the surface of the Sun.<br/>b) Glass is a very slow-flowing liquid.<br/>"
          "c) Bananas are slightly radioactive.<br/>d) A goldfish forgets everything after three seconds.",
          "puzzle"),
        Spacer(1, 10),
        box("Answers", [
            "<b>1.</b> a) silver, Ag; b) oxygen, O; c) nickel, Ni; d) sulphur, S; e) fluorine, F; "
            "f) platinum, Pt.",
            "<b>2.</b> Saturn, the only gas giant in the list; the others are rocky planets.",
            "<b>3.</b> Ada: titration; Ben: electrophoresis; Chiara: spectroscopy; Dev: microscopy.",
            "<b>4.</b> About 70 beats a minute × 60 × 24 × 365 ≈ 37 million.",
            "<b>5.</b> MAGNETAR runs across the top row; the other words are left for you.",
            "<b>6.</b> Across: OHM, MITO, NITROGEN. Down: SILICON, GENE, SUN.",
            "<b>7.</b> 21: each number is the sum of the two before it.",
            "<b>8.</b> a) true; b) false, it is an amorphous solid; c) true, thanks to potassium-40; "
            "d) false, goldfish can remember things for months.",
        ]),
        P("Send us your own puzzles: the best reader puzzle in each issue wins a LUMEN mug.", "small"),
    ]
    m.columns(y, BOTTOM, left, n=1, x1=ML + HALF)
    m.columns(y, BOTTOM, right, n=1, x0=ML + HALF + GUTTER)
    m.end_page()


def page_12(m: Mag) -> None:
    m.chrome("Masthead")
    y = m.stack(ML, TOP, W - ML - MR, [P("About LUMEN", "title"), Rule(ORANGE, 2, 3)])
    mast = [
        P("LUMEN is written, edited and designed by students of Wexcombe University and published each term by "
          "the Wexcombe University Science Society.", "box"),
        P("Chief Editor", "mastrole"),
        P("Imogen Achterberg", "mastname"),
        P("Editors", "mastrole"),
        P("Tobias Engström", "mastname"),
        P("Hannah O'Rourke", "mastname"),
        P("Arjun Nair", "mastname"),
        P("Sofia Marchetti", "mastname"),
        P("Oluwaseun Adebayo", "mastname"),
        P("Design", "mastrole"),
        P("Felix Grünberg", "mastname"),
        P("Mei-Ling Cho", "mastname"),
        P("Photography", "mastrole"),
        P("Siddharth Venkataraman", "mastname"),
        P("Daniel Okoro", "mastname"),
        P("Cover Illustration", "mastrole"),
        P("Freya Lindahl", "mastname"),
        P("Faculty Advisor", "mastrole"),
        P("Prof. Hendrik Vos", "mastname"),
        Spacer(1, 14),
        P("<b>Contact</b><br/>lumen@wexcombe.example<br/>Science Society office, Room G.14, Hartley Building, "
          "Wexcombe University", "box"),
        Spacer(1, 8),
        P("Printed on recycled paper by Wexcombe University Print Services. Views expressed in LUMEN are those "
          "of the authors and not of the university or the Science Society. © 2026 the authors.", "small"),
    ]
    right = [
        box("Write for LUMEN", [
            "We welcome articles, essays, photographs, illustrations and puzzles from students in every "
            "department, not only the sciences.",
            "<b>Features:</b> 1,200 to 1,800 words, written for a curious reader who is not a specialist.",
            "<b>Research digest:</b> 150 words on a paper published in the last two years.",
            "<b>Art and photography:</b> high-resolution files with a short caption.",
            "Send your pitch to lumen@wexcombe.example before the end of week five. Every submission is read by "
            "two editors, and we will always tell you what we decided and why.",
        ]),
        box("Thank you", [
            "This issue would not exist without the researchers who gave their time to our writers and checked "
            "our facts, the Faculty of Science, which pays for printing, and the Science Library, which lets us "
            "take over a table every Tuesday evening.",
        ]),
        box("Dates for your diary", [
            "<b>Week 3:</b> LUMEN open editorial meeting, Science Library, Tuesday 6 pm. Biscuits provided.",
            "<b>Week 5:</b> deadline for pitches for the summer issue.",
            "<b>Week 7:</b> writing workshop with the university’s press office.",
            "<b>Week 9:</b> summer issue launch party in the Students’ Union.",
        ]),
        box("Corrections", [
            "In Issue 8 we described the university’s new electron microscope as the largest in the region. It "
            "is the newest, not the largest. We apologise to the physics department next door.",
        ]),
    ]
    m.columns(y, BOTTOM + 215, mast, n=1, x1=ML + 190)
    m.columns(y, BOTTOM + 215, right, n=1, x0=ML + 190 + GUTTER + 10)
    m.stack(ML, BOTTOM + 196, W - ML - MR, [
        Photo(170),
        P("The LUMEN team at the launch party for Issue 8 in the Students’ Union. "
          "[Photo by Siddharth Venkataraman]", "caption"),
    ])
    m.end_page()


def main() -> None:
    m = Mag(OUT)
    page_cover(m)
    page_2(m)
    page_3_4(m)
    page_5_6(m)
    page_7(m)
    page_8_9(m)
    page_10(m)
    page_11(m)
    page_12(m)
    m.save()
    if "-v" in sys.argv:
        print("\n".join(m.report))
    print(f"wrote {OUT} ({m.pageno - 1} pages)")


if __name__ == "__main__":
    main()
