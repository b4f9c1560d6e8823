#!/usr/bin/env python3
"""Generate the fictional magazine 'Northmoor Research Review', Issue 27, Spring 2026.

All people, places and organisations are invented.  Deterministic: no clock, no random.
Output: uni-research-review-2026-en.pdf next to this script.
"""
import os

from reportlab.lib.colors import Color, HexColor, black, white
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import Frame, Paragraph, Spacer

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "uni-research-review-2026-en.pdf")

W, H = A4
ML = 42
MR = 42
CW = W - ML - MR
GAP = 14
COLW = (CW - 2 * GAP) / 3
TOP = H - 64
BOT = 52
MAG = "NORTHMOOR RESEARCH REVIEW"
ACCENT = HexColor("#1d5c63")
GREY = Color(0.78, 0.78, 0.78)
DARKGREY = Color(0.35, 0.35, 0.35)

# ---------------------------------------------------------------- styles
body = ParagraphStyle("body", fontName="Times-Roman", fontSize=9.7, leading=12.7,
                      alignment=TA_JUSTIFY, firstLineIndent=10)
body0 = ParagraphStyle("body0", parent=body, firstLineIndent=0)
subhead = ParagraphStyle("subhead", fontName="Helvetica-Bold", fontSize=9.5, leading=12,
                         spaceBefore=9, spaceAfter=3, textColor=ACCENT)
headline = ParagraphStyle("headline", fontName="Helvetica-Bold", fontSize=38, leading=40)
headline_mid = ParagraphStyle("headline_mid", fontName="Helvetica-Bold", fontSize=24, leading=27)
standfirst = ParagraphStyle("standfirst", fontName="Times-Italic", fontSize=13.5, leading=17)
byline_caps = ParagraphStyle("byline_caps", fontName="Helvetica-Bold", fontSize=9.5, leading=12,
                             textColor=ACCENT)
byline_words = ParagraphStyle("byline_words", fontName="Helvetica-Oblique", fontSize=9, leading=12,
                              spaceAfter=6)
rubric = ParagraphStyle("rubric", fontName="Helvetica-Bold", fontSize=8.5, leading=10,
                        textColor=ACCENT)
caption = ParagraphStyle("caption", fontName="Helvetica", fontSize=7.4, leading=9.2,
                         textColor=DARKGREY)
pull = ParagraphStyle("pull", fontName="Times-BoldItalic", fontSize=20, leading=24, textColor=ACCENT)
pull_who = ParagraphStyle("pull_who", fontName="Helvetica", fontSize=8.2, leading=10.5)
bio = ParagraphStyle("bio", fontName="Times-Italic", fontSize=9.4, leading=12.2, spaceBefore=10,
                     alignment=TA_LEFT)
qa_q = ParagraphStyle("qa_q", fontName="Helvetica-Bold", fontSize=9, leading=12, spaceBefore=7,
                      spaceAfter=2)
qa_a = ParagraphStyle("qa_a", parent=body0)
brief_head = ParagraphStyle("brief_head", fontName="Helvetica-Bold", fontSize=11.5, leading=13.5,
                            spaceBefore=4, spaceAfter=3)
brief_author = ParagraphStyle("brief_author", fontName="Helvetica-Oblique", fontSize=8.5,
                              leading=11, alignment=TA_RIGHT, spaceAfter=14)
small = ParagraphStyle("small", fontName="Helvetica", fontSize=8, leading=10.5)
mast_role = ParagraphStyle("mast_role", fontName="Helvetica-Bold", fontSize=7.5, leading=9.5,
                           textColor=ACCENT, spaceBefore=7)
mast_name = ParagraphStyle("mast_name", fontName="Helvetica", fontSize=9.5, leading=12)
paper = ParagraphStyle("paper", fontName="Times-Roman", fontSize=9.5, leading=12.2, spaceAfter=8,
                       leftIndent=10, firstLineIndent=-10)
toc_num = ParagraphStyle("toc_num", fontName="Helvetica-Bold", fontSize=20, leading=22,
                         textColor=ACCENT)
toc_title = ParagraphStyle("toc_title", fontName="Helvetica-Bold", fontSize=10.5, leading=13)
toc_text = ParagraphStyle("toc_text", fontName="Times-Roman", fontSize=9.5, leading=12,
                          spaceAfter=12)
letter_head = ParagraphStyle("letter_head", fontName="Helvetica-Bold", fontSize=22, leading=25)
signoff = ParagraphStyle("signoff", fontName="Helvetica-Bold", fontSize=9.5, leading=12,
                         spaceBefore=8)


def P(t):
    return Paragraph(t, body)


def P0(t):
    return Paragraph(t, body0)


def S(t):
    return Paragraph(t, subhead)


# ---------------------------------------------------------------- layout engine
class Flow:
    """A story that flows through frames on successive pages; records pages it lands on."""

    def __init__(self, name, items):
        self.name = name
        self.items = list(items)
        self.pages = []

    def fill(self, c, page, frames):
        for k, fr in enumerate(frames):
            while self.items:
                f = self.items[0]
                if fr.add(f, c, trySplit=0):
                    self.items.pop(0)
                    self._mark(page)
                    continue
                parts = fr.split(f, c)
                if k == len(frames) - 1 and len(parts) >= 2:
                    # never let a quotation run over a page break
                    parts = split_outside_quote(f, fr, parts)
                if len(parts) >= 2 and fr.add(parts[0], c, trySplit=0):
                    self.items[0:1] = parts[1:]
                    self._mark(page)
                break
            if not self.items:
                slack = fr._y - fr._y1p
                print(f"  [{self.name}] ends on page {page}, slack {slack:.0f}pt in last frame")
                return

    def _mark(self, page):
        if page not in self.pages:
            self.pages.append(page)


OPEN_Q, CLOSE_Q = "\u201c", "\u201d"


def split_outside_quote(f, fr, parts):
    def unbalanced(p):
        t = " ".join(" ".join(getattr(fr_, "words", None) or [getattr(fr_, "text", "")])
                     for fr_ in p.frags)
        return t.count(OPEN_Q) != t.count(CLOSE_Q)

    h = fr._y - fr._y1p - f.getSpaceBefore()
    while len(parts) >= 2 and unbalanced(parts[0]) and h > 0:
        h -= f.style.leading
        parts = f.split(fr._aW, h) if h > 0 else []
    return parts


def frame(x, y_top, w, y_bot):
    return Frame(x, y_bot, w, y_top - y_bot, leftPadding=0, rightPadding=0, topPadding=0,
                 bottomPadding=0, showBoundary=0)


def colx(i):
    return ML + i * (COLW + GAP)


def span_w(n):
    return n * COLW + (n - 1) * GAP


def draw_para(c, text, style, x, y_top, w):
    p = Paragraph(text, style)
    _, h = p.wrap(w, 2000)
    p.drawOn(c, x, y_top - h)
    return h


def photo(c, x, y_top, w, h):
    c.setFillColor(GREY)
    c.setStrokeColor(GREY)
    c.rect(x, y_top - h, w, h, fill=1, stroke=0)
    c.setFillColor(black)
    return y_top - h


def photo_with_caption(c, x, y_top, w, h, cap):
    y = photo(c, x, y_top, w, h)
    ch = draw_para(c, cap, caption, x, y - 4, w)
    return y - 4 - ch - 10


def running_head(c, left, right):
    c.setFont("Helvetica-Bold", 7.2)
    c.setFillColor(ACCENT)
    c.drawString(ML, H - 34, left)
    c.setFillColor(DARKGREY)
    c.setFont("Helvetica", 7.2)
    c.drawRightString(W - MR, H - 34, right)
    c.setStrokeColor(ACCENT)
    c.setLineWidth(0.6)
    c.line(ML, H - 40, W - MR, H - 40)
    c.setFillColor(black)


def folio(c, n):
    c.setFont("Helvetica-Bold", 8.5)
    c.setFillColor(black)
    if n % 2 == 0:
        c.drawString(ML, 28, str(n))
        c.setFont("Helvetica", 7.2)
        c.drawString(ML + 18, 28, "Northmoor Research Review  |  Issue 27  |  Spring 2026")
    else:
        c.drawRightString(W - MR, 28, str(n))
        c.setFont("Helvetica", 7.2)
        c.drawRightString(W - MR - 18, 28, "Northmoor Research Review  |  Issue 27  |  Spring 2026")


def pull_quote(c, x, y_top, w, text, who):
    c.setStrokeColor(ACCENT)
    c.setLineWidth(2)
    c.line(x, y_top, x + w, y_top)
    h1 = draw_para(c, text, pull, x, y_top - 10, w)
    h2 = draw_para(c, who, pull_who, x, y_top - 10 - h1 - 6, w)
    yb = y_top - 10 - h1 - 6 - h2 - 8
    c.setLineWidth(0.6)
    c.line(x, yb, x + w, yb)
    c.setFillColor(black)
    return yb - 12


# ================================================================ CONTENT
# ---------------------------------------------------------------- editor's letter (p2)
letter = [
    P0("Every issue of this magazine begins with an argument about the cover. This time the "
       "argument lasted a week and involved, at various points, a bog, a viaduct and a very tired "
       "nurse. The bog won, narrowly, because nothing else we photographed this winter looked quite "
       "so much like the inside of a fruit cake."),
    P("It is a fitting image for a spring issue that is, in different ways, about records. Margit "
      "Halvorsen went up onto Hollin Moss with the university\u2019s peatland group and came back with "
      "mud to the knees and a story about what a metre of peat can tell us about a thousand years of "
      "weather and human decisions. Rohan Iyer and Chiara Benedetti spent several nights on Ward 22 "
      "of the Royal Infirmary, where nurses are helping researchers understand what night work does "
      "to the body\u2019s clocks. And on page 10, a Victorian viaduct that has carried trains for 155 "
      "years turns out to have a great deal to say, once somebody gives it a way to say it."),
    P("Our features editor, Declan Moriarty, talked to the glaciologist Ingrid Solberg as she took "
      "up the Ashcombe Chair of Polar Science. I will not spoil her advice to students, except to "
      "say that it involves a stove."),
    P("A word about last autumn\u2019s issue. \u201cPlease print fewer photographs of men in hard "
      "hats,\u201d one reader wrote to us after it appeared, and she had a point: we counted eleven. "
      "This issue contains exactly one hard hat, and it is worn by a woman. We will keep counting."),
    P("As always, we want to hear from you: about the research you would like to read about, the "
      "stories we missed and the ones we got wrong. Write to us at the address on the back page, or "
      "stop the editor in the queue at the Refectory, where she can be found most days at about "
      "twenty past twelve."),
    Paragraph("Helena Marsh, Editor-in-chief", signoff),
]

# ---------------------------------------------------------------- feature A (pp3-5)
featA = [
    P0("The corer looks like something a plumber would lose in the back of a van: a steel half-pipe "
       "a metre long, a T-handle, a sharpened lip. Nkechi Adeyemi leans on it with her whole weight, "
       "twists twice, and the moor gives way with a wet sigh. When she draws it out, the half-pipe is "
       "packed with a dark brown column that smells faintly of tea and iron. At the bottom it is "
       "nearly black; at the top, a fringe of living moss still glows a startling green."),
    P("\u201cThat bottom layer is older than the cathedral,\u201d she says, wiping her hands on her "
      "waterproofs. \u201cThe top layer grew last summer.\u201d"),
    P("The plateau of Hollin Moss, twelve kilometres west of the campus, is one of eleven upland sites "
      "where the university\u2019s peatland group has been taking cores since 2019. Each core is "
      "wrapped in cling film and a length of plastic guttering, carried down the hill in a rucksack "
      "and stored at four degrees in a cold room that the group shares, not always happily, with the "
      "Department of Biology\u2019s seed bank. Back in the lab, the cores are sliced into "
      "centimetre-thick discs, and each disc is sieved, dated and counted."),
    P("What is counted varies. Pollen grains tell the team which plants grew nearby. The tiny shells "
      "of testate amoebae, single-celled organisms that are fussy about how wet their surroundings "
      "are, reveal whether the bog surface was soaked or parched. Specks of charcoal record fires. "
      "Spheroidal carbonaceous particles, the glassy soot of coal-fired industry, mark the arrival of "
      "the industrial age as sharply as a date stamp."),
    P("\u201cA metre of peat is roughly a thousand years of weather, written in moss,\u201d says "
      "Tadeusz Wr\u00f3blewski, Professor of Physical Geography, who founded the group after two "
      "decades of studying raised bogs in northern Poland. \u201cThe handwriting is messy, but nobody "
      "has ever edited it.\u201d"),
    S("A record of small decisions"),
    P0("For most of the twentieth century, the uplands of northern England were treated as land that "
       "needed fixing. Landowners, helped by government grants, paid for narrow drainage channels, "
       "known locally as grips, to be cut across the moors in the hope of improving the grazing. Tens "
       "of thousands of kilometres of them were dug. Many did little for the sheep and a great deal "
       "to the peat, which dried, cracked and began to oxidise, releasing carbon that had been locked "
       "away since the ice retreated."),
    P("The conventional account dates most of that damage to the 1960s and 1970s, the peak years of "
      "grant-funded drainage. Adeyemi\u2019s cores tell a different story. At six of the eleven sites, "
      "the amoebae shift towards dry-loving species several decades earlier, and the shift lines up "
      "with a band of soot that marks the expansion of the mills in the valleys below."),
    P("\u201cWe thought the drains had done the damage in the sixties. The core says it started forty "
      "years earlier.\u201d That is how Adeyemi summarises the first chapter of her thesis, and it has "
      "made her unexpectedly popular with people who manage moorland for a living."),
    P("She found the explanation not in the peat but in a box of minute books at the county record "
      "office. In the spring of 1923, the Hollin and Fellside Drainage Board resolved to cut "
      "\u201csuch channels as may be required to render the high ground serviceable for stock.\u201d "
      "The board\u2019s clerk, a man named Ambrose Thwaite, added a note in the margin: \u201cThe moss "
      "is a sponge and a nuisance. Dry it.\u201d"),
    P("Adeyemi laughs about the note now, but she said it changed how she thought about the project. "
      "\u201cIt reminded me that every layer in the core is also a decision somebody made in a "
      "meeting,\u201d she said. \u201cPeat records the weather, but it also records people.\u201d"),
    S("Rewetting, and its discontents"),
    P0("Since 2010, conservation bodies and water companies have spent considerable sums blocking "
       "grips with peat dams, plastic piling and bales of heather. When it works, the water table "
       "rises within a season, sphagnum mosses recolonise the bare channels and the bog begins, very "
       "slowly, to grow again, at about a millimetre a year in a good year. The difficulty is knowing "
       "which sites to treat first, and what a restored bog should look like."),
    P("This is where the cores become useful beyond the seminar room. Because they show how wet each "
      "site was before the drains, the mills and the sheep, they offer a target: not an imagined "
      "wilderness, but a measured baseline. The group calls this approach \u201cdeep "
      "baselining\u201d, a term Wr\u00f3blewski admits he coined over a pint and has regretted ever "
      "since."),
    P("Not everyone is persuaded by the baseline argument. Gareth Pryce farms 400 hectares of in-bye "
      "land and moorland at the head of the valley, and his family has grazed sheep on Hollin Moss "
      "for five generations. He has let the team onto his land from the start and has agreed to have "
      "some of his drains blocked. He is nevertheless wary of being told what his land ought to look "
      "like by people whose cores he has to help carry."),
    P("\u201cThey show me a graph of the year 1350 and tell me that\u2019s the bog as it should "
      "be,\u201d Pryce says. \u201cFine. But nobody was trying to make a living off it in 1350, or if "
      "they were, they didn\u2019t have a bank manager.\u201d"),
    P("Wr\u00f3blewski takes the point. The group now runs an open day at the farm every September, "
      "where visitors can take their own short cores and look at them under a field microscope. A "
      "scheme designed with local land managers, called \u201cWet Feet\u201d, pays for monitoring "
      "wells on farms that volunteer to rewet part of their ground. Of the 23 farms approached last "
      "year, fourteen signed up."),
    S("Fire, in slow motion"),
    P0("The charcoal record has proved more contentious. Managed burning of heather, used on grouse "
       "moors to encourage young shoots, is one of the most argued-about practices in British land "
       "management. Supporters say controlled burns reduce the risk of catastrophic wildfire; critics "
       "say they damage the peat and the carbon it holds. Both sides have a habit of citing the same "
       "studies to opposite conclusions."),
    P("Adeyemi\u2019s colleague Kaito Fujimura, a postdoctoral researcher who joined from Sapporo in "
      "2023, is trying to bring the peat itself into the argument. By counting charcoal particles in "
      "every centimetre and sorting them by size and shape, he can distinguish the small, frequent "
      "fires of managed burning from the rarer, hotter wildfires that scorch deep into dry peat. So "
      "far, his results support neither side\u2019s favourite story."),
    P("\u201cBurning did change the vegetation, clearly, but the large wildfires in our record come in "
      "dry decades, whether anyone was burning or not,\u201d Fujimura says. \u201cThe water table is "
      "the real switch. Fire just tells you when someone flipped it.\u201d"),
    P("He is cautious about what the cores can say about any single moor today. The record is local, "
      "he stresses, and a core taken a hundred metres away can tell a slightly different story. The "
      "group is therefore collecting more cores, from more sites, with more helpers: the next field "
      "season will include pupils from three schools in the valley, who will name their own cores. "
      "Last year\u2019s favourites were \u201cGloria\u201d and \u201cThe Brown Stripe\u201d."),
    S("The freezer and the future"),
    P0("Peat records are finite. Each core removes a small plug of material that will take a "
       "millennium to replace, and the group has a strict rule that no site may be cored more than "
       "twice in a decade. The cold room has become an archive in its own right: 312 cores, labelled, "
       "logged and increasingly requested by other groups, from palaeoecologists in Aberdeen to "
       "microbiologists in Utrecht who want to study the bacteria living in the deep, oxygen-free "
       "layers."),
    P("That demand has raised a question the group did not expect to face so soon: who owns a core? "
      "The peat comes from private land, the funding from a research council, the labour from "
      "students. A working group that includes two landowners, a lawyer from the university\u2019s "
      "research office and Adeyemi herself is drafting a policy, due later this year."),
    P("Back on Hollin Moss, the light is going. The team caps the last core of the day, writes the "
      "date on the tape in marker pen and sets off across the bog in single file, stepping from "
      "tussock to tussock. At the stile, Wr\u00f3blewski stops and looks back at the plateau, "
      "grey-green and sodden under a low sky."),
    P("\u201cPeople call this empty land,\u201d he says. \u201cIt is the fullest place I "
      "know.\u201d"),
]

# ---------------------------------------------------------------- feature B (pp6-8)
featB = [
    Paragraph("Words by Rohan Iyer and Chiara Benedetti", byline_words),
    P0("At twenty to four in the morning, the corridors of Ward 22 have the hush of a library after "
       "closing. A monitor beeps somewhere behind a curtain. A porter wheels an empty bed towards the "
       "lifts. At the nurses\u2019 station, Agnieszka W\u00f3jcik is eating porridge out of a plastic "
       "tub and wearing, on her left wrist, a grey band the size of a wristwatch with no face."),
    P("The band is an actigraph. It records her movement, the light falling on her skin and the "
      "temperature at her wrist thirty times a minute, and it has done so for the past five weeks. "
      "W\u00f3jcik is one of 184 nurses, paramedics, bakers and warehouse workers taking part in "
      "\u201cNightWatch\u201d, a three-year study run by the university\u2019s Centre for Sleep and "
      "Circadian Health."),
    P("\u201cI signed up because I wanted to know why I feel fine on my second night and terrible on "
      "my fourth,\u201d W\u00f3jcik says. \u201cNow I have a graph of it, which is not the same as an "
      "answer, but it\u2019s a start.\u201d"),
    S("Clocks in every cell"),
    P0("Almost every cell in the human body keeps time. A master clock in the hypothalamus, reset "
       "each morning by light entering the eyes, coordinates a network of peripheral clocks in the "
       "liver, gut, muscles and fat. Together they schedule when hormones are released, when the body "
       "expects food and when it prefers to repair itself. In people who work at night, those "
       "schedules are pulled in different directions: the master clock by light, the liver by meals, "
       "the whole system by a social life that still happens in daylight."),
    P("\u201cThe problem isn\u2019t that night workers are awake at night. Owls manage that perfectly "
      "well,\u201d says Yusuf Demirci, who directs the centre. \u201cThe problem is that they flip "
      "between day and night every few days, and the internal clocks can\u2019t keep up. Some of them "
      "are always travelling, and none of them ever arrive.\u201d"),
    P("Demirci, who trained as an anaesthetist in Ankara before switching to research, likens "
      "rotating shift work to a permanent, low-grade jet lag. Large observational studies have linked "
      "long-term night work to higher rates of type 2 diabetes, heart disease and some cancers, "
      "although untangling cause and effect is difficult: night workers differ from day workers in "
      "income, diet, smoking and much else."),
    P("NightWatch is designed to get closer to the mechanism. Alongside the wristbands, participants "
      "give small blood samples at the start and end of shifts, wear continuous glucose monitors for "
      "a fortnight and keep a sleep diary on their phones. The diaries are often terse. One entry, "
      "which the team has pinned to the office noticeboard with the writer\u2019s permission, reads "
      "in full: \u201cSlept 10 till 1. Woke to bin lorry. Gave up.\u201d"),
    S("Sugar at four in the morning"),
    P0("The early findings concern food. Glucose tolerance, the body\u2019s ability to clear sugar "
       "from the blood after a meal, follows a daily rhythm, and it is at its weakest in the "
       "biological night. A meal eaten at 4 a.m. produces a larger and longer spike in blood sugar "
       "than the same meal eaten at 4 p.m., even in healthy young volunteers. Among NightWatch "
       "participants, the effect is stronger on the third and fourth consecutive night shifts than "
       "on the first."),
    P("Leena Virtanen, the statistician who leads the study\u2019s analysis, is careful about how far "
      "the data can be pushed. \u201cWe can see the spikes very clearly. What we can\u2019t yet tell "
      "you is whether a thousand spikes over ten years add up to disease,\u201d she says. \u201cThat "
      "needs a longer study, and honestly a bigger budget.\u201d"),
    P("In the meantime, the centre has run a small trial of a simple change. Half of a group of 40 "
      "volunteer nurses were asked to eat their main meal before midnight and to limit themselves to "
      "a light snack, such as fruit, yoghurt or a handful of nuts, between midnight and six. The "
      "other half ate as usual. After four weeks, the first group showed smaller night-time glucose "
      "peaks and reported feeling less sluggish at the end of their shifts, although the trial was "
      "too small to measure any long-term benefit."),
    S("Light, darkness and the drive home"),
    P0("Br\u00edd Kennelly has worked nights at the Royal Infirmary for nineteen years and has been a "
       "ward sister for seven. She was sceptical when the research team first approached the ward. "
       "Nurses, she points out, have been the subject of a great many studies, and few of them led to "
       "anything changing on the ward."),
    P("What persuaded her was the team\u2019s willingness to test changes the nurses themselves "
      "suggested. One was lighting. The corridors are now lit with bright, blue-enriched light from "
      "10 p.m. to 3 a.m. and with dimmer, warmer light afterwards, to help staff stay alert early in "
      "the shift without making it impossible to sleep once they get home. Another was a supply of "
      "wraparound amber glasses, which block much of the blue light of the morning sun on the drive "
      "home."),
    P("\u201cThe glasses look ridiculous. Everybody laughed for a week,\u201d Kennelly says. \u201cThen "
      "people noticed they were falling asleep faster, and now the glasses keep going missing from "
      "the drawer.\u201d"),
    P("The drive home is not a trivial concern. Drowsy driving after night shifts is a recognised "
      "risk, and several participants have described near misses in their diaries. The centre is now "
      "working with the hospital trust on a pilot scheme that offers a quiet nap room and a taxi "
      "voucher to staff who feel too tired to drive after a run of four or more nights."),
    S("The other night workers"),
    P0("Nurses make up just over half of the NightWatch group, but the team deliberately recruited "
       "beyond the hospital. At an industrial bakery on the edge of the city, the night shift starts "
       "at ten and ends at six, and the work is hot, physical and relentless: by the time most people "
       "wake up, the fourteen people on the line have produced around 40,000 rolls. Several of the "
       "bakers have worked permanent nights for more than a decade, which makes them a useful "
       "comparison with the nurses, whose rotas change from week to week."),
    P("The early data suggest that permanent night workers adapt better, though only partly. Their "
      "body temperature rhythms shift later and stay there during the working week, but most of them "
      "drift back towards a daytime pattern on their days off, when they want to see their families. "
      "\u201cOn my days off I\u2019m a dad, and the children don\u2019t care about my "
      "melatonin,\u201d says Marek Sobczak, who has baked through the night since 2011."),
    P("Warehouse workers present a different picture again: younger, more often on short contracts "
      "and more likely to combine night shifts with daytime study or a second job. For them, Virtanen "
      "says, the biggest problem is not the shift pattern itself but the lack of any pattern at all. "
      "Some receive their rotas only a few days in advance, which makes it almost impossible to plan "
      "sleep, meals or anything else."),
    S("Who gets to be an owl?"),
    P0("Not everyone suffers equally. People differ in their chronotype, the natural timing of their "
       "body clock, and the genetic and environmental factors behind it are still only partly "
       "understood. Late types, the owls, tend to cope better with night work than early types, the "
       "larks, and some NightWatch participants barely register the disruption at all."),
    P("That raises an uncomfortable possibility, Demirci says: that employers might one day screen "
      "applicants for their chronotype and hire only the owls. He is firmly against the idea. "
      "\u201cChronotype changes with age, and it\u2019s a bit of your biology, not a "
      "qualification,\u201d he said when the question came up at a public lecture in November. "
      "\u201cThe job is to design shifts that humans can live with, not to find humans who fit the "
      "shifts.\u201d"),
    P("For the team, that means turning findings into rotas. The centre\u2019s next project, with "
      "two hospital trusts and a distribution company in the Tees valley, will compare "
      "forward-rotating schedules, in which days are followed by evenings and then nights, with the "
      "backward-rotating patterns that remain common. Forward rotation follows the body clock\u2019s "
      "natural tendency to drift later, and earlier small studies suggest it is easier to tolerate."),
    P("On Ward 22, the shift ends at half past seven. W\u00f3jcik hands over to the day team, "
      "collects her coat and a pair of amber glasses from the drawer, and walks out into a pale "
      "spring morning. She will be asleep, she hopes, by nine. The wristband will be watching."),
]

# ---------------------------------------------------------------- Q&A (p9)
def QA(q, a):
    return [Paragraph("<b>Q:</b> " + q, qa_q), Paragraph("<b>A:</b> " + a, qa_a)]


qa = []
for q, a in [
    ("You first went to Greenland in 1996. What do you remember?",
     "The noise, mostly. People imagine ice as silent, and it is anything but. It creaks and booms, "
     "and at night, in the tent, you hear it settle like an old house. I was twenty-three and spent "
     "the first week convinced the whole camp was about to drop into a crevasse."),
    ("What did you work on then?",
     "I was the most junior person on a drilling team, which meant I labelled tubes and melted snow "
     "for tea. But I was allowed to watch the cores come up, and I remember holding a piece of ice "
     "that had fallen as snow before the pyramids were built. You never really recover from that."),
    ("Your own research is about how ice sheets flow. Why should that matter to someone who lives "
     "nowhere near the poles?",
     "Because flow decides how fast the ice reaches the sea. Melting at the surface is part of "
     "sea-level rise, but the big uncertainties are in how quickly the glaciers that drain the ice "
     "sheets speed up when warm ocean water gets underneath them. A few centimetres in a projection "
     "for 2100 sounds small until you live in a delta."),
    ("You have said that your best papers came out of failures. Is that true?",
     "Painfully true. In 2008 we lost a whole season of radar data because a generator froze and took "
     "a hard drive with it. We had to go back to old satellite images that everybody had given up "
     "on, and they turned out to show something nobody had noticed. My supervisor, Hiroshi Matsuda, "
     "used to tell us, \u201cThe instrument that breaks teaches you more than the one that "
     "works.\u201d I hated that sentence for years."),
    ("What will you do with the chair?",
     "Build a team that isn\u2019t afraid of the boring bits. Ice-sheet modelling needs people who love "
     "code, people who love fieldwork and people who love old data, and they rarely talk to each "
     "other. I would like a lab where the person fixing the drill and the person fixing the model "
     "have lunch together."),
    ("Do you still go out on the ice yourself?",
     "Every other year. My knees have opinions about it. But if you only know the ice from a screen, "
     "you start to think of it as numbers, and it isn\u2019t. It\u2019s a place. It has weather, it "
     "has moods, and it has very little patience with people who don\u2019t pay attention."),
    ("And what would you tell a student who is thinking about polar science?",
     "Learn to cook for twelve people on one stove, and learn some mathematics. Both will save your "
     "life at some point, and the cooking will make you more friends."),
]:
    qa += QA(q, a)

# ---------------------------------------------------------------- feature C (pp10-12)
featC = [
    P0("Stand under the fourth arch of the Calderbeck Viaduct when a freight train crosses and you feel "
       "it before you hear it: a faint shiver in the stone, a rumour passed down from the deck to the "
       "footings. Two hundred and forty metres long and thirty-one metres high, the viaduct has "
       "carried trains across the Calder gorge for more than 150 years. Its twenty-two arches are "
       "built of local gritstone, blackened by a century of steam and softened at the edges by "
       "weather."),
    P("It has also, since the summer of 2024, been listening. Threaded along the underside of six of "
      "its arches, glued into shallow grooves cut into the masonry, are nearly three kilometres of "
      "optical fibre. Each time a train crosses, laser pulses sent down the fibre return with tiny "
      "changes in their timing and colour, from which a computer in a cabinet at the foot of pier "
      "eleven works out how much each part of the arch has stretched or squeezed. The strains are "
      "minute, a few millionths of a metre per metre, but they are measured at thousands of points, "
      "every few milliseconds."),
    P("\u201cFor most of its life, this bridge has been examined once a year by somebody with a hammer "
      "and a torch,\u201d says Matteo Ferrante, the lecturer in structural engineering who leads the "
      "project. \u201cNow it reports on itself every time a train goes over. It\u2019s like moving "
      "from an annual check-up to wearing a heart monitor.\u201d"),
    S("A Victorian promise"),
    P0("Masonry arch bridges are the quiet majority of Britain\u2019s railway infrastructure. Tens of "
       "thousands of them remain in service, most built between the 1830s and the 1890s, long before "
       "modern design codes. They were designed by rules of thumb, by experience and, often, by "
       "confidence. When the viaduct opened, its engineer, Josiah Pemberton, wrote to the "
       "railway\u2019s directors: \u201cThe arches are sound and will carry whatever the age can put "
       "upon them.\u201d"),
    P("The age has put a good deal upon them. Locomotives today are heavier than anything Pemberton "
      "imagined, and freight wagons heavier still. Remarkably, most old arches cope, thanks to the "
      "generous proportions of masonry and its ability to find another path for a load. But they age "
      "in ways that are hard to see from outside: mortar washes out of joints, water finds its way "
      "into the fill behind the arch, and rings of brick or stone can separate from each other like "
      "the layers of a pastry."),
    P("Inspectors have traditionally looked for cracks, bulges and damp patches, and tapped the stone "
      "to listen for hollow sounds. The method is cheap and surprisingly effective, but it is also "
      "subjective. Two experienced inspectors can look at the same arch and write different reports. "
      "And an inspection shows the bridge as it is on one morning, not how it behaves under load."),
    S("Teaching the stones to talk"),
    P0("Ferrante\u2019s team spent the first year simply learning what normal looks like. Every "
       "crossing produces a distinctive strain signature, a kind of fingerprint that depends on the "
       "train\u2019s weight, speed and number of axles. By recording more than 40,000 crossings, the "
       "team built a statistical picture of how each arch responds, which it can now use to spot "
       "anything out of the ordinary."),
    P("Doing that reliably was the job of Aditya Kulkarni, a research fellow who came to engineering by "
      "way of astronomy. The techniques for pulling a faint signal out of a noisy background, he "
      "says, are much the same for a distant galaxy and a damp arch. \u201cThe bridge is very chatty. "
      "Temperature alone changes the strains more than a heavy train does,\u201d Kulkarni explains. "
      "\u201cMost of my work is teaching the software to ignore the weather.\u201d"),
    P("The software now separates the slow daily breathing of the structure, as the stone warms and "
      "cools, from the sharp, short responses to passing trains. It has also learned the seasons: the "
      "viaduct is measurably stiffer in a hard frost, when the water in the fill freezes, and softer "
      "after weeks of rain."),
    S("The day arch nine changed its mind"),
    P0("In February 2025, after a week of heavy rain, the system flagged arch nine. Its response to "
       "passing trains had changed subtly: strains near the crown were about eight per cent higher "
       "than the seasonal model predicted, and the pattern was lopsided, as though one side of the "
       "arch had become slightly less stiff than the other."),
    P("Siobh\u00e1n Gallagher, the asset engineer responsible for the viaduct at Pennine Rail "
      "Infrastructure, received the alert on her phone on a Sunday afternoon. She admits that her "
      "first instinct was to suspect the sensors rather than the bridge. \u201cEvery new system cries "
      "wolf at the start,\u201d she says. \u201cI went out there expecting to find a loose "
      "cable.\u201d"),
    P("Instead, a close inspection found a blocked drainage pipe in the spandrel wall above the arch. "
      "Water had been collecting in the fill for weeks, adding weight and softening the material that "
      "helps to spread load across the arch. The pipe was cleared within days, and over the following "
      "month the strain readings drifted back into their usual range. No speed restriction was "
      "needed, and no passenger noticed a thing."),
    P("For Gallagher, the episode was a turning point. \u201cA hammer test would have found it "
      "eventually, at the next annual inspection,\u201d she said. \u201cThe fibres found it in four "
      "days.\u201d Her organisation is now discussing instrumenting nine further structures, starting "
      "with those whose condition is hardest to judge by eye."),
    S("A network of listeners"),
    P0("The viaduct is not the only structure in the region with a voice. The same team has fitted a "
       "smaller system to a cast-iron footbridge over the canal in Northmoor town centre, where the "
       "concern is not weight but vibration: the bridge sways noticeably when crowds leave the "
       "football ground on a Saturday. There, the fibres are paired with accelerometers, and the data "
       "feed a public web page that shows the bridge\u2019s movement in real time. Its most devoted "
       "followers, the team discovered, are a group of retired railway workers who meet in the "
       "caf\u00e9 at the far end of it."),
    P("Cost is the obvious obstacle to doing this everywhere. Instrumenting six arches of the viaduct "
      "cost a little under \u00a3180,000, including the interrogator, the cabinet and two years of a "
      "research fellow\u2019s time. That is a fraction of the price of strengthening a single arch, "
      "but it is far more than the budget for an annual inspection. Ferrante expects prices to fall "
      "as the technology matures, and argues that the sensible target is not every bridge but the "
      "awkward ones: structures whose condition is uncertain, whose replacement would be disruptive "
      "or whose failure would be unthinkable."),
    P("\u201cIf you have ten thousand bridges, you don\u2019t wire up ten thousand bridges,\u201d he "
      "says. \u201cYou wire up the two hundred that keep you awake at night.\u201d"),
    S("Limits and listening"),
    P0("Ferrante is keen not to oversell the technology. Fibre-optic monitoring is not cheap, and the "
       "sensors measure only the parts of the structure they are attached to. There are also harder "
       "questions about what to do with the data. A bridge that reports everything can generate a "
       "great many alerts, and an engineer who receives ten false alarms a month will soon stop "
       "reading them."),
    P("Students on the university\u2019s master\u2019s course in structural engineering now spend a "
      "week at the viaduct each spring, working through real alerts and deciding which of them "
      "matter. Freya Lindahl, who took part last year, found the exercise humbling. \u201cYou look at "
      "a graph and you\u2019re sure it\u2019s a crack,\u201d she says. \u201cThen somebody points out "
      "that it was a very long coal train on a very cold morning.\u201d"),
    P("The project has also drawn interest from an unexpected direction. Heritage groups, who often "
      "worry that strengthening work on old bridges will spoil their character, see in continuous "
      "monitoring a way to justify lighter repairs, or none at all. A viaduct that can show it is "
      "behaving well may be spared the concrete."),
    P("Ferrante, for his part, likes to end his public talks with a photograph of the viaduct in the "
      "snow: a train crossing, steam rising from the gorge below. He has given the talk a title, "
      "\u201cWhat the Arches Know\u201d, and he says he is still working out the answer."),
    Paragraph("Priya Raghunathan is a science writer based in Glasgow. She trained as a civil engineer "
              "and spent six years inspecting railway bridges before turning to journalism.", bio),
]

# ---------------------------------------------------------------- research in brief (p13)
def BH(t):
    return Paragraph(t, brief_head)


def BA(t):
    return Paragraph(t, brief_author)


briefs = [
    BH("Rooftop bees are snacking, not starving"),
    P0("Honeybee colonies kept on city-centre rooftops gather pollen from a surprising variety of "
       "plants, a two-year survey by the School of Biosciences has found. Analysing pollen loads from "
       "26 hives, the team identified more than 140 plant types, many of them garden ornamentals and "
       "street trees. Colonies in the leafy suburbs did no better. \u201cUrban bees are not short of "
       "food. They are eating a lot of small, odd meals,\u201d says the ecologist Chidi Okafor, who "
       "led the survey. The next question is whether the variety is good for them."),
    BA("\u2014 Anjali Menon"),
    BH("Old ledgers, new data"),
    P0("More than 600 volunteers have transcribed 38,000 pages of eighteenth-century shipping ledgers "
       "from the port of Whitby for \u201cLedger Lines\u201d, a project led by the Department of "
       "History. The ledgers record cargoes, crews and weather, and the first analysis suggests that "
       "winter storms in the North Sea were more frequent in the 1760s than previously thought. The "
       "transcriptions will be released as open data in June."),
    BA("Tom\u00e1s Ferreira"),
    BH("A gentler test for childhood asthma"),
    P0("Children who struggle with the forced-breathing tests used to diagnose asthma may soon be "
       "offered an alternative. Researchers at the Medical School have developed a device that "
       "analyses the gases in ordinary breath over sixty seconds. In a trial with 210 children at "
       "three clinics, it matched specialist diagnosis in nine cases out of ten. \u201cChildren hate "
       "blowing hard into tubes. With this one they just breathe and watch a cartoon,\u201d said the "
       "paediatrician Sunita Rao."),
    BA("\u2014 Emre Kaya"),
    BH("Quantum sensing group wins Ferrier Prize"),
    P0("The quantum sensing group led by Hannah Whitfield has been awarded this year\u2019s Ferrier "
       "Prize for instrumentation, for a compact magnetometer that can map the faint magnetic fields "
       "of the human heart without a shielded room. The prize of \u00a350,000 will fund two student "
       "placements. Whitfield said the award belonged to the technicians: \u201cThey built the thing "
       "while the rest of us were arguing about the theory.\u201d"),
    BA("Sofia Lindqvist"),
    BH("Mapping the Gaelic landscape"),
    P0("A new online atlas records the Gaelic origins of 4,100 place names in the western Highlands, "
       "with recordings of local speakers pronouncing each one. The atlas grew out of a doctoral "
       "project by Eilidh MacAskill, who spent three summers visiting crofts with a microphone. Many "
       "of the names describe the land precisely: the shape of a hill, the colour of a stream, the "
       "place where the cattle crossed."),
    BA("\u2014 Ruair\u00ed Doherty"),
]

# ---------------------------------------------------------------- papers + masthead (p14)
papers = [
    Paragraph("\u201cPre-industrial onset of upland peat drying recorded by testate amoebae in "
              "northern England,\u201d N. Adeyemi, K. Fujimura and T. Wr\u00f3blewski. "
              "<i>The Holocene</i> 36 (2026).", paper),
    Paragraph("\u201cMeal timing and nocturnal glucose excursions in rotating night-shift nurses: a "
              "randomised pilot trial,\u201d L. Virtanen, Y. Demirci, O. Brennan-Fox and S. Patel. "
              "<i>Chronobiology International</i> 43 (2026).", paper),
    Paragraph("\u201cDistributed fibre-optic strain sensing of a masonry arch viaduct under "
              "service loading,\u201d M. Ferrante, A. Kulkarni and R. Holmqvist. "
              "<i>Engineering Structures</i> 322 (2025).", paper),
    Paragraph("\u201cBasal sliding and ocean forcing at a marine-terminating outlet glacier, "
              "1992\u20132024,\u201d I. Solberg, T. Nakagawa and J. Ellery. <i>Journal of "
              "Glaciology</i> 71 (2025).", paper),
    Paragraph("\u201cPollen diversity in urban honeybee colonies,\u201d C. Okafor and "
              "D. Ruiz-Calder\u00f3n. <i>Urban Ecosystems</i> 29 (2026).", paper),
    Paragraph("\u201cStorminess in the North Sea, 1750\u20131800, from port ledgers,\u201d "
              "G. Whitlock and the Ledger Lines volunteers. <i>Climate of the Past</i> 22 (2026).",
              paper),
]


def masthead_items():
    out = []
    for role, names in [
        ("Editor-in-chief", "Helena Marsh"),
        ("Deputy Editor", "Kwame Asante"),
        ("Features Editor", "Declan Moriarty"),
        ("Sub-editors", "Femi Oladipo and Marta Kowalczyk"),
        ("Art Director", "In\u00eas Carvalho"),
        ("Photography", "Saoirse Kavanagh, Lars Eriksen and Hamza Rahimi"),
        ("Illustration", "Benedikt Auer"),
        ("Cover photograph", "Aoife Brennan"),
        ("Published by", "Research Communications Office, University of Northmoor"),
    ]:
        out.append(Paragraph(role.upper(), mast_role))
        out.append(Paragraph(names, mast_name))
    out.append(Spacer(1, 14))
    out.append(Paragraph(
        "Northmoor Research Review is published twice a year and sent free of charge to alumni, "
        "staff and partners of the University of Northmoor. Views expressed are those of the "
        "authors and interviewees. Letters and story ideas are welcome: Research Communications "
        "Office, Fell House, Northmoor NM4 7QT, or review@northmoor.ac.example.", small))
    out.append(Spacer(1, 8))
    out.append(Paragraph("ISSN 2947-0711. Printed on recycled paper. Next issue: October 2026.",
                         small))
    return out


masthead = masthead_items()

# ================================================================ PAGES
FLOWS = {
    "letter": Flow("letter", letter),
    "featA": Flow("featA", featA),
    "featB": Flow("featB", featB),
    "qa": Flow("qa", qa),
    "featC": Flow("featC", featC),
    "briefs": Flow("briefs", briefs),
    "papers": Flow("papers", papers),
    "masthead": Flow("masthead", masthead),
}
EXPECT = {"letter": [2], "featA": [3, 4, 5], "featB": [6, 7, 8], "qa": [9],
          "featC": [10, 11, 12], "briefs": [13], "papers": [14], "masthead": [14]}


def page1(c):
    # cover
    c.setFillColor(ACCENT)
    c.rect(0, H - 150, W, 150, fill=1, stroke=0)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 46)
    c.drawString(ML, H - 80, "NORTHMOOR")
    c.setFont("Helvetica", 24)
    c.drawString(ML, H - 112, "RESEARCH REVIEW")
    c.setFont("Helvetica", 9)
    c.drawRightString(W - MR, H - 80, "Issue 27  |  Spring 2026")
    c.drawRightString(W - MR, H - 94, "The research magazine of the University of Northmoor")
    photo(c, 0, H - 150, W, 430)
    y = H - 150 - 430 - 30
    c.setFillColor(black)
    draw_para(c, "What the bog remembers", ParagraphStyle("cv1", fontName="Helvetica-Bold",
              fontSize=30, leading=33), ML, y, CW)
    draw_para(c, "A thousand years of weather, fire and human ambition, read from a metre of peat "
                 "on Hollin Moss", ParagraphStyle("cv2", fontName="Times-Italic", fontSize=14,
                                                  leading=17), ML, y - 40, CW * 0.75)
    yb = 150
    items = [
        ("Night shift", "What working while the city sleeps does to the body\u2019s clocks"),
        ("The viaduct that talks back", "A Victorian bridge learns to report its own aches"),
        ("Ingrid Solberg", "on ice, failure and the long game"),
    ]
    for i, (t, s) in enumerate(items):
        x = ML + i * (CW / 3)
        draw_para(c, t, ParagraphStyle("cvt", fontName="Helvetica-Bold", fontSize=12, leading=14,
                                       textColor=ACCENT), x, yb, CW / 3 - 12)
        draw_para(c, s, ParagraphStyle("cvs", fontName="Times-Roman", fontSize=10.5, leading=13),
                  x, yb - 18, CW / 3 - 12)
    c.setFont("Helvetica", 7)
    c.drawString(ML, 34, "www.northmoor.ac.example/review")


def page2(c):
    running_head(c, MAG, "CONTENTS  |  FROM THE EDITOR")
    folio(c, 2)
    # contents column
    x = ML
    w = COLW + 10
    y = TOP
    y -= draw_para(c, "In this issue", letter_head, x, y, w) + 14
    toc = [
        ("03", "What the Bog Remembers", "Feature | Environment. Margit Halvorsen follows a peat "
         "core from Hollin Moss to the cold room, and finds a thousand years of weather and a "
         "century of decisions."),
        ("06", "Night Shift", "Feature | Health. Rohan Iyer and Chiara Benedetti on the NightWatch "
         "study, amber glasses and sugar at four in the morning."),
        ("09", "Interview", "Ingrid Solberg in conversation with Declan Moriarty."),
        ("10", "The Viaduct That Talks Back", "Feature | Engineering. Three kilometres of optical "
         "fibre, twenty-two arches and one blocked drain."),
        ("13", "Research in Brief", "Bees, ledgers, breath tests, a prize and a map."),
        ("14", "Recent Papers", "A selection of new work, and who we are."),
    ]
    for num, t, s in toc:
        draw_para(c, num, toc_num, x, y, 30)
        h = draw_para(c, t, toc_title, x + 34, y - 2, w - 34)
        h2 = draw_para(c, s, toc_text, x + 34, y - 4 - h, w - 34)
        y -= max(26, 4 + h + h2) + 12
    c.setStrokeColor(ACCENT)
    c.setLineWidth(0.6)
    c.line(colx(1) + 2, TOP, colx(1) + 2, BOT)
    # editor's letter in two columns
    x1 = colx(1) + 14
    wl = (W - MR - x1 - GAP) / 2
    yl = TOP
    yl -= draw_para(c, "From the editor", letter_head, x1, yl, 2 * wl + GAP) + 10
    photo(c, x1, yl, 2 * wl + GAP, 170)
    yl -= 170
    hcap = draw_para(c, "The cover that won: a freshly drawn peat core on Hollin Moss, February "
                        "2026.", caption, x1, yl - 4, 2 * wl + GAP)
    yl -= 4 + hcap + 12
    FLOWS["letter"].fill(c, 2, [frame(x1, yl, wl, BOT), frame(x1 + wl + GAP, yl, wl, BOT)])


def feature_head(c, n, rub):
    running_head(c, MAG, "FEATURE  |  " + rub)
    folio(c, n)


def page3(c):
    feature_head(c, 3, "ENVIRONMENT")
    y = TOP
    y -= draw_para(c, "ENVIRONMENT", rubric, ML, y, CW) + 6
    y -= draw_para(c, "What the Bog Remembers", headline, ML, y, CW) + 8
    y -= draw_para(c, "On a wet plateau above the Esk valley, a team from the Department of "
                      "Geography is pulling up cores of peat that hold a thousand years of climate, "
                      "fire and human ambition. What they are finding is changing how the uplands "
                      "are managed.", standfirst, ML, y, span_w(2) + 40) + 8
    y -= draw_para(c, "MARGIT HALVORSEN", byline_caps, ML, y, CW) + 12
    # photo spanning cols 2-3
    yp = photo_with_caption(c, colx(1), y, span_w(2), 200,
                            "Nkechi Adeyemi draws a core from Hollin Moss in February. The darkest "
                            "layers at the bottom are roughly a thousand years old. "
                            "Photo: Saoirse Kavanagh")
    FLOWS["featA"].fill(c, 3, [frame(colx(0), y, COLW, BOT), frame(colx(1), yp, COLW, BOT),
                               frame(colx(2), yp, COLW, BOT)])


def page4(c):
    feature_head(c, 4, "ENVIRONMENT")
    # pull quote spans cols 2-3 at top; illustration at bottom of col 3
    yq = pull_quote(c, colx(1), TOP, span_w(2),
                    "\u201cEvery drained hectare is a small chimney. Blocking the drains is the "
                    "cheapest climate policy we have.\u201d",
                    "Tadeusz Wr\u00f3blewski<br/>Professor of Physical Geography")
    ill_top = BOT + 190
    photo(c, colx(1), ill_top, span_w(2), 150)
    draw_para(c, "How a core keeps time: pollen, amoeba shells, charcoal and industrial soot in "
                 "successive layers. Illustration: Benedikt Auer", caption, colx(1), ill_top - 154,
              span_w(2))
    FLOWS["featA"].fill(c, 4, [frame(colx(0), TOP, COLW, BOT), frame(colx(1), yq, COLW, ill_top + 12),
                               frame(colx(2), yq, COLW, ill_top + 12)])


def page5(c):
    feature_head(c, 5, "ENVIRONMENT")
    yp = photo_with_caption(c, colx(0), TOP, span_w(2), 210,
                            "Gareth Pryce at the head of the valley, where fourteen drains were "
                            "blocked in 2024. Photo by Lars Eriksen")
    FLOWS["featA"].fill(c, 5, [frame(colx(0), yp, COLW, BOT), frame(colx(1), yp, COLW, BOT),
                               frame(colx(2), TOP, COLW, BOT)])


def page6(c):
    photo(c, 0, H - 44, W, 270)
    feature_head(c, 6, "HEALTH")
    y = H - 44 - 270 - 18
    c.setFillColor(black)
    y -= draw_para(c, "HEALTH", rubric, ML, y, CW) + 6
    y -= draw_para(c, "Night Shift", headline, ML, y, CW) + 8
    y -= draw_para(c, "One in eight workers in Britain regularly works at night. At the Northmoor "
                      "Centre for Sleep and Circadian Health, researchers are asking what that does "
                      "to the body, and what hospitals, factories and the workers themselves can do "
                      "about it.", standfirst, ML, y, span_w(2) + 60) + 14
    FLOWS["featB"].fill(c, 6, [frame(colx(0), y, COLW, BOT), frame(colx(1), y, COLW, BOT),
                               frame(colx(2), y, COLW, BOT + 60)])
    draw_para(c, "Agnieszka W\u00f3jcik at the nurses\u2019 station on Ward 22 during a night shift "
                 "in January. Photo: Saoirse Kavanagh", caption, colx(2), BOT + 40, COLW)


def page7(c):
    feature_head(c, 7, "HEALTH")
    ill_h = 260
    photo(c, colx(0), TOP, span_w(2), ill_h)
    hc = draw_para(c, "How the body keeps time: a master clock in the brain and peripheral clocks "
                      "in the organs. Illustration: Benedikt Auer", caption, colx(0), TOP - ill_h - 4,
                   span_w(2))
    y2 = TOP - ill_h - 4 - hc - 12
    yq = pull_quote(c, colx(2), TOP, COLW,
                    "\u201cYou can\u2019t tell a nurse not to eat for eight hours. You can help her "
                    "choose what she eats, and when.\u201d",
                    "Br\u00edd Kennelly<br/>Ward Sister, Northmoor Royal Infirmary")
    # fact box at the foot of column 3
    box_top = BOT + 205
    c.setFillColor(Color(0.91, 0.94, 0.94))
    c.rect(colx(2), BOT, COLW, box_top - BOT, fill=1, stroke=0)
    c.setFillColor(black)
    yb = box_top - 10
    yb -= draw_para(c, "NightWatch in numbers", subhead, colx(2) + 8, yb, COLW - 16) + 4
    for num, txt in [("184", "participants: nurses, paramedics, bakers and warehouse staff"),
                     ("3", "years of funding, to 2027"),
                     ("41,000", "nights of wristband data so far"),
                     ("2", "hospital trusts and one bakery taking part")]:
        h1 = draw_para(c, num, ParagraphStyle("fbn", fontName="Helvetica-Bold", fontSize=15,
                                              leading=17, textColor=ACCENT), colx(2) + 8, yb, COLW - 16)
        h2 = draw_para(c, txt, small, colx(2) + 8, yb - h1, COLW - 16)
        yb -= h1 + h2 + 6
    FLOWS["featB"].fill(c, 7, [frame(colx(0), y2, COLW, BOT), frame(colx(1), y2, COLW, BOT),
                               frame(colx(2), yq, COLW, box_top + 12)])


def page8(c):
    feature_head(c, 8, "HEALTH")
    yp = photo_with_caption(c, colx(1), TOP, span_w(2), 180,
                            "Amber glasses in the drawer on Ward 22: they filter the blue light of "
                            "the morning sun on the drive home. Photo by Hamza Rahimi")
    FLOWS["featB"].fill(c, 8, [frame(colx(0), TOP, COLW, BOT), frame(colx(1), yp, COLW, BOT),
                               frame(colx(2), yp, COLW, BOT)])


def page9(c):
    running_head(c, MAG, "INTERVIEW")
    folio(c, 9)
    y = TOP
    y -= draw_para(c, "INTERVIEW", rubric, ML, y, CW) + 6
    y -= draw_para(c, "Ingrid Solberg in conversation with Declan Moriarty", headline_mid, ML, y,
                   CW) + 8
    y -= draw_para(c, "The glaciologist Ingrid Solberg has spent thirty field seasons on the ice "
                      "sheets of Greenland and Antarctica. This spring she becomes the first woman "
                      "to hold the Ashcombe Chair of Polar Science at Northmoor. Our features editor "
                      "asked her about noise, failure and the long game.", standfirst, ML, y,
                   span_w(3)) + 14
    yp = photo_with_caption(c, colx(2), y, COLW, 190,
                            "Ingrid Solberg in the ice-core store at minus 25 degrees. "
                            "Photo by Hamza Rahimi")
    yq = pull_quote(c, colx(2), yp, COLW,
                    "\u201cIf you only know the ice from a screen, you start to think of it as "
                    "numbers.\u201d", "Ingrid Solberg")
    FLOWS["qa"].fill(c, 9, [frame(colx(0), y, COLW, BOT), frame(colx(1), y, COLW, BOT),
                            frame(colx(2), yq, COLW, BOT)])


def page10(c):
    feature_head(c, 10, "ENGINEERING")
    y = TOP
    y -= draw_para(c, "ENGINEERING", rubric, ML, y, CW) + 6
    y -= draw_para(c, "The Viaduct That Talks Back", headline, ML, y, CW) + 8
    y -= draw_para(c, "Built in 1871 and still carrying trains, the Calderbeck Viaduct is now "
                      "wired with fibre-optic sensors that feel every passing wagon. Engineers at "
                      "Northmoor are teaching it to report its own aches.", standfirst, ML, y,
                   span_w(2) + 40) + 14
    yp = photo_with_caption(c, colx(0), y, span_w(3), 250,
                            "The Calderbeck Viaduct from the floor of the gorge: twenty-two arches "
                            "of local gritstone. Photo: Lars Eriksen")
    FLOWS["featC"].fill(c, 10, [frame(colx(0), yp, COLW, BOT), frame(colx(1), yp, COLW, BOT),
                                frame(colx(2), yp, COLW, BOT)])


def page11(c):
    feature_head(c, 11, "ENGINEERING")
    yq = pull_quote(c, colx(0), TOP - 10, span_w(2),
                    "\u201cWe don\u2019t want the bridge to be clever. We want it to be "
                    "honest.\u201d", "Matteo Ferrante<br/>Lecturer in Structural Engineering")
    ph_top = BOT + 200
    photo(c, colx(1), ph_top, span_w(2), 170)
    draw_para(c, "Optical fibre glued into a groove on the underside of arch six. Photo by Aoife "
                 "Brennan", caption, colx(1), ph_top - 174, span_w(2))
    FLOWS["featC"].fill(c, 11, [frame(colx(0), yq, COLW, BOT),
                                frame(colx(1), yq, COLW, ph_top + 12),
                                frame(colx(2), TOP, COLW, ph_top + 12)])


def page12(c):
    feature_head(c, 12, "ENGINEERING")
    yp = photo_with_caption(c, colx(2), TOP, COLW, 230,
                            "Students from the master\u2019s course during the spring field week "
                            "on the viaduct. \u00a9 Oskar Berggren")
    FLOWS["featC"].fill(c, 12, [frame(colx(0), TOP, COLW, BOT), frame(colx(1), TOP, COLW, BOT),
                                frame(colx(2), yp, COLW, BOT)])


def page13(c):
    running_head(c, MAG, "RESEARCH IN BRIEF")
    folio(c, 13)
    y = TOP
    y -= draw_para(c, "Research in Brief", headline_mid, ML, y, CW) + 4
    y -= draw_para(c, "News from the departments, labs and archives of the university",
                   ParagraphStyle("rb", fontName="Times-Italic", fontSize=12, leading=15), ML, y,
                   CW) + 14
    yp = photo_with_caption(c, colx(2), y, COLW, 150,
                            "A rooftop hive above the Students\u2019 Union. Photo: Anjali Menon")
    FLOWS["briefs"].fill(c, 13, [frame(colx(0), y, COLW, BOT), frame(colx(1), y, COLW, BOT),
                                 frame(colx(2), yp, COLW, BOT)])


def page14(c):
    running_head(c, MAG, "RECENT PAPERS  |  MASTHEAD")
    folio(c, 14)
    y = TOP
    y -= draw_para(c, "Recent Papers", headline_mid, ML, y, span_w(2)) + 4
    y -= draw_para(c, "A selection of new publications by Northmoor researchers featured in this "
                      "issue and elsewhere.", ParagraphStyle("rp", fontName="Times-Italic",
                                                              fontSize=11, leading=14),
                   ML, y, span_w(2)) + 14
    FLOWS["papers"].fill(c, 14, [frame(colx(0), y, span_w(2), BOT + 150)])
    photo(c, colx(0), BOT + 120, span_w(2), 110)
    draw_para(c, "Coming in October: the autumn issue, on water.", caption, colx(0), BOT - 2,
              span_w(2))
    c.setFillColor(Color(0.93, 0.95, 0.95))
    c.rect(colx(2) - 8, BOT - 8, COLW + 16, TOP - BOT + 16, fill=1, stroke=0)
    c.setFillColor(black)
    yy = TOP - 4
    yy -= draw_para(c, "Masthead", headline_mid, colx(2), yy, COLW) + 2
    FLOWS["masthead"].fill(c, 14, [frame(colx(2), yy, COLW, BOT)])


PAGES = [page1, page2, page3, page4, page5, page6, page7, page8, page9, page10, page11, page12,
         page13, page14]


def main():
    c = canvas.Canvas(OUT, pagesize=A4, invariant=1)
    c.setTitle("Northmoor Research Review, Issue 27, Spring 2026")
    c.setAuthor("Research Communications Office, University of Northmoor")
    for fn in PAGES:
        fn(c)
        c.showPage()
    c.save()
    ok = True
    for name, fl in FLOWS.items():
        if fl.items:
            print(f"OVERFLOW in {name}: {len(fl.items)} items left")
            ok = False
        if fl.pages != EXPECT[name]:
            print(f"PAGES MISMATCH {name}: {fl.pages} != {EXPECT[name]}")
            ok = False
    print("wrote", OUT, "OK" if ok else "WITH PROBLEMS")


if __name__ == "__main__":
    main()
