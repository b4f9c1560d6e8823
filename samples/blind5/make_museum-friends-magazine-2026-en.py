#!/usr/bin/env python3
"""Generator: The Lantern, magazine of the Friends of Wexcombe Museum & Art Gallery (fictional).

Issue 71, Spring 2026. Deterministic, self-contained. Writes museum-friends-magazine-2026-en.pdf
next to this script. Printed folios: the cover is unnumbered; PDF page N carries folio N-1.
"""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_CENTER, TA_RIGHT
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.platypus import Paragraph, Spacer, Frame, Table, TableStyle, Flowable
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "museum-friends-magazine-2026-en.pdf")
FD = "/usr/share/fonts/truetype/dejavu/"
for name, fn in [("Serif", "DejaVuSerif.ttf"), ("Serif-B", "DejaVuSerif-Bold.ttf"),
                 ("Serif-I", "DejaVuSerif-Italic.ttf"), ("Serif-BI", "DejaVuSerif-BoldItalic.ttf"),
                 ("SCond", "DejaVuSerifCondensed.ttf"), ("SCond-B", "DejaVuSerifCondensed-Bold.ttf"),
                 ("SCond-I", "DejaVuSerifCondensed-Italic.ttf"), ("SCond-BI", "DejaVuSerifCondensed-BoldItalic.ttf"),
                 ("Sans", "DejaVuSans.ttf"), ("Sans-B", "DejaVuSans-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(name, FD + fn))
addMapping("SCond", 0, 0, "SCond"); addMapping("SCond", 1, 0, "SCond-B")
addMapping("SCond", 0, 1, "SCond-I"); addMapping("SCond", 1, 1, "SCond-BI")
addMapping("Serif", 0, 0, "Serif"); addMapping("Serif", 1, 0, "Serif-B")
addMapping("Serif", 0, 1, "Serif-I"); addMapping("Serif", 1, 1, "Serif-BI")

INK = colors.HexColor("#1d2a33")
TEAL = colors.HexColor("#1f5f66")
PLUM = colors.HexColor("#6b2346")
GREY = colors.HexColor("#c4c1bb")
PAPER = colors.HexColor("#f2eee6")
W, H = A4
ML, MR, MT, MB = 17 * mm, 17 * mm, 22 * mm, 19 * mm
CW = W - ML - MR
TOP = H - MT

body = ParagraphStyle("body", fontName="SCond", fontSize=9.2, leading=12.4, alignment=TA_JUSTIFY,
                      firstLineIndent=9, spaceAfter=0, textColor=INK)
body0 = ParagraphStyle("body0", parent=body, firstLineIndent=0)
lead = ParagraphStyle("lead", fontName="Serif-I", fontSize=11, leading=15, spaceAfter=8, textColor=TEAL)
h1 = ParagraphStyle("h1", fontName="Serif-B", fontSize=25, leading=29, textColor=INK, spaceAfter=5)
h2 = ParagraphStyle("h2", fontName="Serif-B", fontSize=15, leading=18.5, textColor=INK, spaceBefore=4, spaceAfter=4)
h3 = ParagraphStyle("h3", fontName="Serif-B", fontSize=11, leading=14, textColor=PLUM, spaceBefore=6, spaceAfter=3)
kicker = ParagraphStyle("kicker", fontName="Sans-B", fontSize=7.5, leading=9.5, textColor=PLUM, spaceAfter=3)
byl = ParagraphStyle("byl", fontName="Sans", fontSize=8, leading=10.5, textColor=TEAL, spaceAfter=8)
byl_end = ParagraphStyle("byl_end", fontName="SCond-I", fontSize=9, leading=12, alignment=TA_RIGHT,
                         spaceBefore=3, spaceAfter=4, textColor=INK)
cap = ParagraphStyle("cap", fontName="SCond-I", fontSize=7.6, leading=9.6, spaceBefore=2, spaceAfter=8, textColor=colors.HexColor("#4a4a4a"))
pull = ParagraphStyle("pull", fontName="Serif-I", fontSize=16, leading=21, textColor=PLUM, alignment=TA_LEFT,
                      spaceBefore=8, spaceAfter=3)
pull_by = ParagraphStyle("pull_by", fontName="Sans", fontSize=7.8, leading=10, textColor=INK, spaceAfter=10)
sign = ParagraphStyle("sign", fontName="SCond", fontSize=9.2, leading=12.4, textColor=INK)
qa_q = ParagraphStyle("qa_q", fontName="SCond-B", fontSize=9.2, leading=12.4, spaceBefore=5, textColor=TEAL,
                      alignment=TA_JUSTIFY)
qa_a = ParagraphStyle("qa_a", parent=body0, spaceBefore=2)
small = ParagraphStyle("small", fontName="SCond", fontSize=8.2, leading=10.8, textColor=INK, spaceAfter=2)
mast_role = ParagraphStyle("mast_role", fontName="Sans-B", fontSize=6.8, leading=8.5, textColor=PLUM, spaceBefore=5)
mast_name = ParagraphStyle("mast_name", fontName="SCond", fontSize=9, leading=11.5, textColor=INK)
toc_n = ParagraphStyle("toc_n", fontName="Serif-B", fontSize=18, leading=20, textColor=PLUM)
toc_t = ParagraphStyle("toc_t", fontName="Serif-B", fontSize=10.2, leading=12.5, textColor=INK)
toc_d = ParagraphStyle("toc_d", fontName="SCond-I", fontSize=8.6, leading=11, textColor=INK, spaceAfter=7)
boxh = ParagraphStyle("boxh", fontName="Sans-B", fontSize=8.5, leading=11, textColor=TEAL, spaceAfter=3)
boxt = ParagraphStyle("boxt", fontName="SCond", fontSize=8.4, leading=11, textColor=INK, spaceAfter=3)


class Photo(Flowable):
    def __init__(self, h):
        super().__init__()
        self.h = h

    def wrap(self, aw, ah):
        self.w = aw
        return aw, self.h

    def draw(self):
        c = self.canv
        c.setFillColor(GREY)
        c.setStrokeColor(colors.HexColor("#a9a59e"))
        c.rect(0, 0, self.w, self.h, fill=1, stroke=0)
        c.setFillColor(colors.HexColor("#b3afa7"))
        c.rect(self.w * 0.08, self.h * 0.1, self.w * 0.84, self.h * 0.8, fill=1, stroke=0)


class Rule(Flowable):
    def __init__(self, color=PLUM, width=0.8, space=3):
        super().__init__()
        self.color, self.lw, self.space = color, width, space

    def wrap(self, aw, ah):
        self.w = aw
        return aw, self.space * 2

    def draw(self):
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(self.lw)
        self.canv.line(0, self.space, self.w, self.space)


def P(t, s=body):
    return Paragraph(t, s)


def box(items, bg=PAPER, border=None):
    t = Table([[items]])
    st = [("BACKGROUND", (0, 0), (-1, -1), bg),
          ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7),
          ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]
    if border:
        st.append(("BOX", (0, 0), (-1, -1), 0.8, border))
    t.setStyle(TableStyle(st))
    return t


def keep(items):
    t = Table([[items]])
    t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return t


def pullquote(text, who):
    return [keep([Rule(), P(text, pull), P(who, pull_by)])]


def header(c, pdf_page, section):
    folio = pdf_page - 1
    c.setStrokeColor(TEAL)
    c.setLineWidth(0.6)
    c.line(ML, H - 14 * mm, W - MR, H - 14 * mm)
    c.setFillColor(TEAL)
    c.setFont("Sans-B", 7.2)
    if folio % 2 == 0:
        c.drawString(ML, H - 12 * mm, "THE LANTERN")
        c.setFont("Sans", 7.2)
        c.drawRightString(W - MR, H - 12 * mm, section.upper())
    else:
        c.setFont("Sans", 7.2)
        c.drawString(ML, H - 12 * mm, section.upper())
        c.setFont("Sans-B", 7.2)
        c.drawRightString(W - MR, H - 12 * mm, "THE LANTERN")
    c.setFillColor(INK)
    c.setFont("Serif-B", 9)
    c.setFont("Sans", 7)
    if folio % 2 == 0:
        c.setFont("Serif-B", 9)
        c.drawString(ML, 10 * mm, str(folio))
        c.setFont("Sans", 7)
        c.drawString(ML + 8 * mm, 10 * mm, "Issue 71 · Spring 2026")
    else:
        c.setFont("Serif-B", 9)
        c.drawRightString(W - MR, 10 * mm, str(folio))
        c.setFont("Sans", 7)
        c.drawRightString(W - MR - 8 * mm, 10 * mm, "Friends of Wexcombe Museum & Art Gallery")


def place(c, items, x, y, w):
    for it in items:
        _, h = it.wrap(w, 1000)
        sb = getattr(it, "getSpaceBefore", lambda: 0)()
        sa = getattr(it, "getSpaceAfter", lambda: 0)()
        y -= sb + h
        it.drawOn(c, x, y)
        y -= sa
    return y


def cols(n, ytop, ybot=MB, x0=ML, width=CW, gap=6 * mm):
    cw = (width - gap * (n - 1)) / n
    return [(x0 + i * (cw + gap), ybot, cw, ytop - ybot) for i in range(n)]


def flow(c, items, frames, must_finish=False):
    for f in frames:
        fr = Frame(f[0], f[1], f[2], f[3], leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        fr.addFromList(items, c)
        if not items:
            break
    if must_finish and items:
        raise SystemExit("overflow on page %d: %r" % (c.getPageNumber(), items[0]))
    return items


c = canvas.Canvas(OUT, pagesize=A4, invariant=1)
c.setTitle("The Lantern – Issue 71, Spring 2026")
c.setAuthor("Friends of Wexcombe Museum & Art Gallery")

# ======================================================================= PDF 1: cover
c.setFillColor(PAPER)
c.rect(0, 0, W, H, fill=1, stroke=0)
c.setFillColor(INK)
c.setFont("Serif-B", 60)
c.drawString(ML, H - 40 * mm, "The Lantern")
c.setFont("Sans", 8.5)
c.setFillColor(TEAL)
c.drawString(ML + 1, H - 48 * mm, "THE MAGAZINE OF THE FRIENDS OF WEXCOMBE MUSEUM & ART GALLERY")
c.setFillColor(PLUM)
c.setFont("Sans-B", 8.5)
c.drawRightString(W - MR, H - 25 * mm, "ISSUE 71")
c.setFont("Sans", 8.5)
c.drawRightString(W - MR, H - 30 * mm, "SPRING 2026")
c.setStrokeColor(PLUM)
c.setLineWidth(1.4)
c.line(ML, H - 52 * mm, W - MR, H - 52 * mm)
y = place(c, [Photo(150 * mm),
              P("Cover: a salted-paper print of herring gutters on Wexcombe Quay, c.1856, from <i>Salt and Silver</i>. "
                "Photograph by Rhiannon Price-Whitaker", cap)], ML, H - 57 * mm, CW)
covl = ParagraphStyle("covl", fontName="Serif-B", fontSize=13, leading=16, textColor=INK)
covs = ParagraphStyle("covs", fontName="SCond-I", fontSize=9.5, leading=12, textColor=INK, spaceAfter=6)
cl = [(P("Salt and Silver", covl), P("The coast in the first photographs", covs)),
      (P("Keiko Tanabe", covl), P("The new Keeper of Decorative Arts on lacquer and patience", covs)),
      (P("Ghent &amp; Bruges", covl), P("Forty Friends, five days, one very long altarpiece", covs))]
x = ML
for a, b in cl:
    place(c, [a, b], x, y - 2 * mm, CW / 3 - 5 * mm)
    x += CW / 3
c.showPage()

# ======================================================================= PDF 2 (folio 1): contents + editor's note
header(c, 2, "Contents")
fr = cols(3, TOP)
contents = [P("In this issue", h2), Rule(TEAL)]
for n, t, d in [("2", "From the Chair", "Rupert Ashdown-Nair on a year of change"),
                ("3", "Salt and Silver", "Ingeborg Halvorsen reviews the spring exhibition"),
                ("5", "Threads of the Deccan", "Reviewed by Arjun Mehta-Collins; plus: also showing"),
                ("6", "‘Lacquer teaches you to wait’", "Keiko Tanabe in conversation with Tom Fairweather"),
                ("8", "Friends abroad", "Bernadette O’Rourke and Colin Pryce in Ghent and Bruges"),
                ("10", "New to the collection", "Recent acquisitions, with notes by the curators"),
                ("11", "Gerald Whitcombe 1938–2025", "Remembered by Anne-Marie Leclerc"),
                ("11", "Letters", "Your views on the café, and a memory of 1969"),
                ("12", "Picture credits, masthead, membership", "")]:
    tb = Table([[P(n, toc_n), [P(t, toc_t), P(d, toc_d)]]], colWidths=[12 * mm, None])
    tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("RIGHTPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 1),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    contents.append(tb)
flow(c, contents, fr[:1], must_finish=True)
ed = [P("EDITOR’S NOTE", kicker),
      P("Light through old glass", h2),
      Photo(52 * mm),
      P("The Museum’s east gallery during the spring rehang. Photo: Kenji Morimoto", cap),
      P("There is a moment, just after the doors open on a weekday morning, when the east gallery "
        "fills with a particular kind of light. It comes through the Victorian roof glass at a low angle "
        "and lands on the floorboards in long pale stripes, and for ten minutes or so the whole room looks "
        "like one of the early photographs now hanging on its walls.", body0),
      P("That seemed a fitting thought with which to open an issue so full of looking. Our lead review "
        "takes us to the beginnings of photography on this coast, when a picture of a fishwife required "
        "her to stand perfectly still for most of a minute. Further on, our new Keeper of Decorative Arts "
        "talks about objects that took years to make and can be ruined in an afternoon, and forty of you "
        "report back from a trip that involved more stairs than anyone had been promised."),
      P("We also say goodbye, with great sadness, to Gerald Whitcombe, whose name many of you will "
        "know from the brass plate beside the coin cabinet. Anne-Marie Leclerc’s tribute to him is on "
        "page 11."),
      P("As ever, this magazine is written almost entirely by volunteers. If you have been to an "
        "exhibition, a talk or a Friends’ outing and would like to write about it, I would be delighted "
        "to hear from you. The deadline for the summer issue is 1 May."),
      Spacer(1, 5),
      P("Siobhán Gallagher, Editor", byl_end)]
flow(c, ed, fr[1:], must_finish=True)
c.showPage()

# ======================================================================= PDF 3 (folio 2): From the Chair
header(c, 3, "From the Chair")
y = place(c, [P("FROM THE CHAIR", kicker),
              P("A year of scaffolding, and of faith", h1),
              P("The roof is finished, the Friends have grown, and the Museum faces a hard spending review. "
                "Our Chair looks back and ahead.", lead)], ML, TOP, CW)
fr = cols(2, y - 3 * mm, gap=9 * mm)
ch = [Photo(62 * mm),
      P("Rupert Ashdown-Nair on the new roof of the west wing, days before the scaffolding came down. "
        "Photo: Kenji Morimoto", cap),
      P("Dear Friends,", body0),
      P("When I wrote to you this time last year, the west wing was wrapped in scaffolding and green "
        "netting, and the Print Room had been closed for eight months. I am very glad to report that both "
        "are now open again, and that the new roof has already survived two named storms without a drop "
        "of water reaching the galleries. The contractors left in November; the pigeons, regrettably, "
        "have not."),
      P("Your generosity made a decisive difference. The Roof Appeal closed in September at £148,600, "
        "some £23,000 above its target, and the Friends’ contribution paid for the conservation of the "
        "plaster ceiling in the former Reading Room. I have spent a good many hours over the years "
        "looking upwards in that room and had never noticed the small carved owls in the cornice until "
        "the conservators cleaned them. There are eleven. See if you can find them all."),
      P("Membership now stands at 1,412, the highest figure in the society’s history, and I am "
        "particularly pleased that 186 of our new members joined through the family scheme we launched "
        "last spring. One of them wrote in the comments book by the main stairs: ‘We came in to get out "
        "of the rain and stayed until closing. The children want to live in the Egyptian room.’ I cannot "
        "think of a better advertisement for what we do."),
      P("There are harder things to report, too. The County Council’s spending review will reduce the "
        "Museum’s core grant by eight per cent from April, and further reductions are being discussed. "
        "The Director, Dr Sunita Varghese-Holt, has been candid with the committee about what this may "
        "mean. ‘We will not close galleries, and we will not charge for admission,’ she told us in "
        "January. ‘But we will need the Friends more than at any time in the last thirty years.’"),
      P("Your committee has therefore agreed to make the Museum’s learning programme the focus of our "
        "fundraising over the next two years. Every primary school in the district will be offered a free "
        "visit with a handling session, and we hope to fund a part-time schools officer from September. "
        "You will find a leaflet about the appeal with this issue."),
      P("Finally, a word of thanks. After nine years as Treasurer, Brendan Kavanagh is standing down at "
        "the annual general meeting in June. Brendan has steered the society’s accounts through a "
        "pandemic, a change of bank and two roof appeals with unfailing good humour. We shall miss his "
        "spreadsheets, and his shortbread, in roughly equal measure."),
      P("I look forward to seeing many of you at the spring lecture and at the private view for "
        "<i>Threads of the Deccan</i>."),
      Spacer(1, 6),
      P("With warm regards,", sign),
      P("<b>Rupert Ashdown-Nair</b>", sign),
      P("Chair, Friends of Wexcombe Museum &amp; Art Gallery", sign),
      Spacer(1, 10),
      box([P("AGM NOTICE", boxh),
           P("The 58th Annual General Meeting of the Friends will be held in the Lecture Theatre on "
             "Saturday 13 June at 2.30pm. Nominations for the committee should reach the Secretary, "
             "Mrs Ewa Zielińska, by 15 May.", boxt)], border=TEAL),
      Spacer(1, 8),
      P("NEWS IN BRIEF", kicker),
      P("<b>Volunteers wanted.</b> The Museum is looking for volunteers to help with the Saturday "
        "family trail and with the new handling table in the Egyptian room. Training is provided, "
        "and biscuits are guaranteed. Please leave your name at the Friends’ desk.", body0),
      P("<b>Gift memberships.</b> More than ninety gift memberships were given at Christmas, a new "
        "record. Gift cards are available all year round from the shop.", body0),
      P("<b>Lecture recordings.</b> Recordings of last season’s Friends’ lectures can now be borrowed "
        "on request from the Friends’ Office, for members unable to come in person.", body0)]
flow(c, ch, fr, must_finish=True)
c.showPage()

# ======================================================================= PDF 4-5 (folios 3-4): Salt and Silver
header(c, 4, "Exhibition review")
y = place(c, [P("EXHIBITION REVIEW", kicker),
              P("Salt and Silver: the coast in the first photographs", h1),
              P("A quietly astonishing exhibition gathers the earliest photographs made along our shore "
                "and asks who was looking at whom.", lead),
              P("WORDS BY INGEBORG HALVORSEN", byl)], ML, TOP, CW)
ph = place(c, [Photo(68 * mm),
               P("Unknown photographer, ‘Herring Girls, Wexcombe Quay’, salted-paper print, c.1856. "
                 "Photo: Rhiannon Price-Whitaker", cap)], ML, y, CW * 0.62)
fr = [(ML + CW * 0.62 + 6 * mm, MB, CW * 0.38 - 6 * mm, y - MB)] + cols(2, ph)[:2]
# reorder: narrow column beside photo first, then the two columns under the photo
fr = [cols(2, ph, width=CW * 0.62, gap=5 * mm)[0], cols(2, ph, width=CW * 0.62, gap=5 * mm)[1],
      (ML + CW * 0.62 + 6 * mm, MB, CW * 0.38 - 6 * mm, y - MB)]
ss = [P("The women in the photograph are laughing. It is the first thing you notice, and it takes a "
        "moment to understand why it is so surprising. Exposure times in the 1850s ran to thirty seconds "
        "or more, and most sitters of the period stare out of their prints with the grim fixity of people "
        "trying not to blink. These three herring gutters, sleeves rolled and knives in hand, have "
        "evidently been told something funny just as the lens cap came off, and the result is a blur "
        "of movement around their mouths that reads, across a hundred and seventy years, as pure "
        "delight.", body0),
      P("<i>Salt and Silver</i>, which opened in the east gallery in February, brings together some "
        "ninety photographs made along the northern coast between 1845 and 1870. Many come from the "
        "Museum’s own collection and have not been shown for decades; others are loans from private "
        "owners and from three national institutions. Together they make a persuasive case that this "
        "stretch of shoreline, with its harbours, lifeboat stations and seaside hotels, was one of the "
        "laboratories of the new medium."),
      P("The exhibition’s curator, Dr Femi Adeyemi-Clarke, has resisted the temptation to arrange the "
        "material by photographer. ‘Half of these pictures have no maker’s name at all,’ he said when I "
        "met him in the gallery. ‘If we organised the show around famous men with cameras, we would "
        "leave out most of what is interesting.’ Instead the rooms are grouped by subject: work, weather, "
        "leisure and the sea itself."),
      P("The first room, devoted to work, is the strongest. Alongside the herring girls are rope-makers, "
        "a cooper surrounded by his barrels, and a remarkable sequence of calotypes showing the "
        "building of the harbour wall at Saltcombe in 1852, with labourers perched on blocks of stone that "
        "look no more secure than a child’s bricks. The wall is still there; the men, of course, are not, "
        "and the wall texts do well to name the few whose names survive in the harbour company’s wage "
        "books."),
      P("The weather room is more uneven. Early photographers could not easily capture clouds and sea "
        "in the same exposure, so skies were often printed from a separate negative, and several of the "
        "dramatic storm scenes turn out, on close inspection, to be assembled from two or three. A small "
        "interactive display lets visitors pull the layers apart, and on the morning I visited it was "
        "surrounded by a school party who seemed to find the deception thrilling. One boy announced to "
        "his teacher that ‘it’s basically Photoshop’, which is not far off."),
      ]
rest = flow(c, ss, fr)
c.showPage()

header(c, 5, "Exhibition review")
fr = cols(3, TOP)
ss2 = rest + [
      P("The third room, on leisure, is where the exhibition’s argument becomes most pointed. The "
        "arrival of the railway in 1847 brought the first summer visitors to Wexcombe, and with them "
        "photographers who set up glass-roofed studios on the promenade. The portraits they made of "
        "holidaymakers in their best clothes hang opposite pictures of the fishing families who lived "
        "a few streets away, and the contrast is deliberate."),
      ] + pullquote("‘The camera arrived on this coast with the tourists. Everything it saw, it saw "
                    "partly through their eyes.’", "Dr Femi Adeyemi-Clarke, Curator of Photography") + [
      P("Adeyemi-Clarke is careful not to overstate the point. Some of the most sympathetic pictures "
        "in the show were made by a local doctor, Thomas Penhallow, who photographed his patients in "
        "their own kitchens; the wall label quotes his casebook, in which he wrote that ‘a likeness is "
        "a small kindness, and costs me only a little silver’. These intimate, slightly clumsy prints "
        "are among the most moving things on display."),
      P("The final room is given over to the sea, and here the exhibition simply lets the pictures "
        "speak. There are waves caught in the act of breaking, a wreck on the Black Ledge photographed "
        "the morning after the storm of 1859, and a tiny, almost abstract study of foam on sand that "
        "could have been made last week. It is a serene ending to a show that has asked a lot of its "
        "visitors, and it is worth lingering."),
      P("A few reservations. The lighting, kept necessarily low to protect the prints, makes some of "
        "the smaller images hard to read, and the magnifying glasses provided were in short supply. The "
        "catalogue, <i>Salt and Silver: Photography on the Northern Coast 1845–1870</i>, is handsome but "
        "expensive at £35; Friends receive a discount at the shop. I would also have liked more about "
        "the chemistry, which the show tends to treat as a given."),
      P("These are small complaints. <i>Salt and Silver</i> is the most absorbing exhibition the "
        "Museum has mounted in years, and it rewards a second visit. Go on a bright morning, and "
        "look at the herring girls first."),
      Spacer(1, 6),
      box([P("SALT AND SILVER", boxh),
           P("East Gallery, until 31 August. Free admission. Curator’s tours for Friends on 18 April "
             "and 16 May at 11am; book at the Friends’ desk. Catalogue £35 (Friends £28).", boxt)],
          border=TEAL),
      Spacer(1, 8),
      Photo(46 * mm),
      P("Dr Femi Adeyemi-Clarke in the weather room, beside a combination print of 1858. "
        "© Kenji Morimoto", cap),
      Spacer(1, 4),
      Photo(40 * mm),
      P("A visitor studies calotypes of the Saltcombe harbour wall. "
        "Photo: Rhiannon Price-Whitaker", cap),
      ]
flow(c, ss2, fr, must_finish=True)
c.showPage()

# ======================================================================= PDF 6 (folio 5): Deccan + also showing
header(c, 6, "Reviews")
y = place(c, [P("EXHIBITION REVIEW", kicker),
              P("Threads of the Deccan", h1),
              P("Textiles from the courts and villages of southern India fill the Garden Gallery with "
                "colour, and with stories of trade.", lead)], ML, TOP, CW)
fr = cols(3, y - 2 * mm)
dec = [Photo(44 * mm),
       P("Detail of a kalamkari hanging, Machilipatnam, early 19th century. "
         "Image courtesy of the Sutherland-Rao Collection", cap),
       P("It is not often that an exhibition makes you want to touch everything, and then explains, "
         "very persuasively, why you must not. <i>Threads of the Deccan</i>, the Museum’s spring show in the "
         "Garden Gallery, brings together more than sixty textiles from the Deccan plateau and the "
         "Coromandel coast, most of them lent by the Sutherland-Rao Collection, and it is a feast.", body0),
       P("The star of the show is an enormous painted and dyed hanging, nearly six metres long, made at "
        "Machilipatnam for the Persian market in the early nineteenth century. Its scenes of gardens, "
        "cypress trees and hunting parties were drawn by hand with a bamboo pen and fixed with mordants "
        "in a process that could take the best part of a year. The label notes, without comment, that a "
        "similar piece was sold in London in 1820 as ‘Persian work’, a reminder of how often the makers "
        "vanished from the story."),
       P("Elsewhere there are Paithani saris with gold-wrapped borders, ikat from the villages around "
        "Pochampally, and a case of block-printing tools that visitors may handle under supervision. The "
        "curators have also commissioned a short film of a present-day dyer in Andhra Pradesh, "
        "Lakshmi Narayanamma, at work in her courtyard. ‘My grandmother used the same tank,’ she says "
        "as the cloth comes up indigo-blue. ‘The water remembers.’"),
       P("If the show has a weakness, it is the lighting, which, as in the east gallery, is kept very low, "
        "and the interpretation, which occasionally assumes a knowledge of Indian history that not every "
        "visitor will have. A simple map and timeline at the entrance would help. But these are quibbles "
        "about an exhibition that is generous, beautiful and, for the Museum, unusually brave."),
       P("— Contributed by Arjun Mehta-Collins", byl_end),
       Spacer(1, 4),
       Rule(TEAL, 0.5),
       P("ALSO SHOWING", kicker),
       P("Small wonders in the Print Room", h3),
       P("Anyone who has not yet been up to the reopened Print Room should make the climb. Its first "
         "display, <i>Pocket Worlds</i>, gathers eighteenth-century watch papers, trade cards and "
         "miniature almanacs from the collection, and it is a delight. Look out for the tiny engraved "
         "card of a Wexcombe clockmaker, one Josiah Verity, who advertised that he repaired ‘all "
         "Manner of Time-pieces, & Musical Snuff-Boxes’, and for the almanac that fits inside a walnut "
         "shell. Magnifiers are provided, and this time there are enough.", body0),
       P("Words: Lars Vikström", byl_end),
       ]
flow(c, dec, fr, must_finish=True)
c.showPage()

# ======================================================================= PDF 7-8 (folios 6-7): interview
header(c, 7, "In conversation")
y = place(c, [P("IN CONVERSATION", kicker),
              P("‘Lacquer teaches you to wait’", h1),
              P("Dr Keiko Tanabe joined the Museum last autumn as Keeper of Decorative Arts. She talked to "
                "Tom Fairweather about Japanese lacquer, Wexcombe’s forgotten tea bowls and why the best "
                "object in the building is a spoon.", lead)], ML, TOP, CW)
fr = cols(2, y - 3 * mm, gap=8 * mm)
iv = [Photo(58 * mm),
      P("Keiko Tanabe in the decorative arts store. Photo: Kenji Morimoto", cap),
      P("<b>TF:</b> You came to Wexcombe from a much bigger museum. What drew you to a regional "
        "collection?", qa_q),
      P("<b>KT:</b> Honestly, the stores. When I was interviewed I asked to see them, and I was shown "
        "rooms that nobody had properly catalogued since the 1970s. There are things down there that "
        "are not on any database. For a curator that is the most exciting sentence in the world.", qa_a),
      P("<b>TF:</b> What sort of things?", qa_q),
      P("<b>KT:</b> The one that made me apply was a set of Japanese tea bowls given to the Museum in "
        "1911 by a ship’s engineer who had worked in Yokohama. They were catalogued as ‘oriental "
        "pottery, six pieces’, and that was all. Two of them turn out to be eighteenth-century Raku "
        "ware, and one has a repair in gold lacquer that is, I think, among the finest I have seen "
        "outside Japan.", qa_a),
      P("<b>TF:</b> The gold repair is kintsugi?", qa_q),
      P("<b>KT:</b> Yes. People now know the word, which is wonderful, but they often think of it "
        "as a kind of philosophy printed on a tea towel. For the craftsman it was a technical problem. "
        "Lacquer has to be applied in very thin layers, and each layer needs days, sometimes weeks, in a "
        "humid box to cure. You cannot hurry it. If you try, it wrinkles and you must start again. "
        "My teacher in Kyoto used to say that lacquer teaches you to wait. I have found that useful "
        "in committee meetings as well.", qa_a),
      P("<b>TF:</b> You trained as a maker before you became a curator?", qa_q),
      P("<b>KT:</b> For three years, yes, in a workshop in Kyoto, after a degree in art history in "
        "Tokyo. I was not a very good lacquerer. My hands were too impatient. But it means that when I "
        "look at an object I can often see how it was made, where the maker was tired, where they "
        "changed their mind. That is the part I try to share with visitors.", qa_a),
      P("<b>TF:</b> How do you share it, in practice?", qa_q),
      P("<b>KT:</b> By letting people come close. Later this year we will open a small study display "
        "in the Long Gallery called <i>How It’s Made</i>, where each case shows one object next to "
        "the tools and materials behind it. A lacquer box beside a pot of raw sap, which smells "
        "terrible. A silver teapot beside the hammers. Children understand this immediately. Adults "
        "take a little longer.", qa_a),
      ]
rest = flow(c, iv, fr)
c.showPage()

header(c, 8, "In conversation")
fr = cols(3, TOP)
iv2 = rest + [
      P("<b>TF:</b> You mentioned a spoon.", qa_q),
      P("<b>KT:</b> Ah, yes. It is a wooden spoon from Wales, carved around 1800, a love spoon, with "
        "a chain of loose links cut from a single piece of sycamore. No glue, no joins. Someone sat by "
        "a fire for many evenings to make that for a person they hoped to marry. It is in a case by the "
        "café and most people walk past it. I would like them not to.", qa_a),
      P("<b>TF:</b> The Museum is facing cuts. Does that worry you?", qa_q),
      P("<b>KT:</b> Of course. But I have worked in places with far more money and far less "
        "goodwill. Here the Friends fund conservation, volunteers clean the ceramics, and a retired "
        "engineer spent a whole winter building us new mounts for the armour. You cannot buy that. "
        "I would rather have it than a bigger budget.", qa_a),
      ] + pullquote("‘Here the Friends fund conservation, volunteers clean the ceramics … "
                    "You cannot buy that.’", "Keiko Tanabe, Keeper of Decorative Arts") + [
      P("<b>TF:</b> What will you be working on this year?", qa_q),
      P("<b>KT:</b> The tea bowls first. We are writing a paper with colleagues at two universities, "
        "and we hope to show all six bowls together in the autumn, with the engineer’s letters. Then "
        "the great cataloguing of the stores, which will take the rest of my career. I am not "
        "complaining. I have learned to wait.", qa_a),
      Spacer(1, 6),
      box([P("FURTHER READING", boxh),
           P("Keiko Tanabe’s recent publications include:", boxt),
           P("Tanabe, K. and Osei, M., ‘Gold on Clay: Lacquer Repairs in Early Modern Tea Wares’, "
             "<i>Journal of East Asian Material Culture</i> 14 (2023).", boxt),
           P("Tanabe, K., Lindgren, E. and Marchetti, P., ‘The Yokohama Gift: Japanese Ceramics in "
             "British Regional Museums, 1880–1914’, <i>Museum History Review</i> 9 (2025).", boxt),
           P("Her lecture, ‘Patience and Sap’, is on 21 May at 7pm in the Lecture Theatre. "
             "Friends £6, guests £9.", boxt)], border=TEAL),
      Spacer(1, 8),
      P("Interview: Tom Fairweather. Tom is a Friends’ volunteer guide and a former deputy head of "
        "Wexcombe Grammar School.", ParagraphStyle("ivnote", parent=small, fontName="SCond-I")),
      Spacer(1, 8),
      Photo(48 * mm),
      P("Gold lacquer repair on an eighteenth-century Raku tea bowl, given to the Museum in 1911. "
        "© Wexcombe Museum &amp; Art Gallery", cap),
      Photo(36 * mm),
      P("The sycamore love spoon, carved around 1800. Photo: Kenji Morimoto", cap),
      ]
flow(c, iv2, fr, must_finish=True)
c.showPage()

# ======================================================================= PDF 9-10 (folios 8-9): trip
header(c, 9, "Friends abroad")
y = place(c, [P("FRIENDS ABROAD", kicker),
              P("Five days in Ghent and Bruges", h1),
              P("Forty Friends, two cities, one very long altarpiece and rather a lot of waffles: a "
                "report from the October study tour.", lead),
              P("By Bernadette O’Rourke &amp; Colin Pryce", byl)], ML, TOP, CW)
fr = cols(3, y - 2 * mm)
tr = [P("It was still dark when the coach left the Museum car park on the first Monday in October, and "
        "most of the forty of us were still half asleep when it reached the ferry at Hull. By the time "
        "we docked in Zeebrugge the next morning, however, the group had been thoroughly introduced to "
        "itself over a long dinner and a quiz organised by our tour leader, the indefatigable Gwen "
        "Lloyd-Baptiste, in which a retired magistrate from Upper Wexcombe proved unbeatable on Flemish "
        "painters.", body0),
      P("Our first stop was Ghent, and its most famous resident. The Ghent Altarpiece, painted by the "
        "brothers Hubert and Jan van Eyck and finished in 1432, now sits behind glass in a purpose-built "
        "visitor centre in St Bavo’s Cathedral. Our guide, Mieke Van den Broeck, gave us a full hour in "
        "front of it, and it was not enough. ‘You can look at this painting every day for forty years "
        "and still find a new plant in the grass,’ she told us. ‘I have tried.’"),
      P("She pointed out the dozens of identifiable species in the meadow of the central panel, the "
        "reflections in the jewels on the robes, and the restored face of the Lamb, whose rather human "
        "expression caused a stir when it was uncovered in 2019. Several of our group admitted "
        "afterwards that they had preferred the old, more sheep-like version. Mieke was diplomatic."),
      Photo(50 * mm),
      P("The Friends outside St Bavo’s Cathedral, Ghent. Photo: Colin Pryce", cap),
      P("The afternoon brought the Museum of Fine Arts, where we admired a room of Flemish "
        "portraits, and an evening walk along the Graslei, where the medieval guild houses were lit "
        "up against the canal. Dinner that night was at a long table in a former grain store, and "
        "the waffles, we were assured, were for research purposes only."),
      P("On Wednesday we took the train to Bruges. If Ghent is a working city that happens to be "
        "beautiful, Bruges is a beautiful city that has learned to put up with being visited, and it "
        "was busier than some of us had hoped. But the Groeninge Museum was calm, and its collection of "
        "early Netherlandish painting repaid every minute. Jan van Eyck’s portrait of his wife Margaret, "
        "with its frank, slightly sceptical gaze, drew a small crowd of Friends who did not want to "
        "leave."),
      ] + pullquote("‘She looks as if she has just heard him say something foolish, and is deciding "
                    "whether to forgive him.’", "Pauline Hargreaves, Friend since 1994") + [
      P("At the Memling collection in the old hospital of St John, we spent a long time with the "
        "reliquary of St Ursula, a painted wooden shrine hardly bigger than a dolls’ house, on which the "
        "saint and her eleven thousand companions travel to Rome and back in six small panels. One of "
        "the party, a retired joiner, was more interested in the carpentry than the painting, and said "
        "so, at some length, to the attendant."),
      ]
rest = flow(c, tr, fr)
c.showPage()

header(c, 10, "Friends abroad")
fr = cols(3, TOP)
tr2 = rest + [
      P("Thursday was free, and the group scattered. Some climbed the 366 steps of the Belfry, a "
        "figure that had not appeared in the tour brochure. Others took a boat along the canals, "
        "visited the lace centre, or sat in the Markt with a coffee and watched the horse-drawn "
        "carriages go round. A small and determined party went in search of the chocolate shop "
        "recommended by the hotel porter, and reported back that it was worth the walk."),
      P("On the last evening, we gathered for a farewell dinner and a vote on the best moment of the "
        "tour. The altarpiece won comfortably, though the Belfry came a respectable second among those "
        "who had survived it. The night ferry was calm, the coach was punctual, and we were back in "
        "Wexcombe by teatime on Friday, tired, happy and several kilos of chocolate heavier."),
      P("Our thanks go to Gwen Lloyd-Baptiste for organising everything with such care, to Mieke "
        "for her erudition and patience, and to our driver, Stan, who never once lost his temper in "
        "the Bruges one-way system. Next year’s study tour, to Florence and Siena, is already nearly "
        "full; see the diary opposite for the waiting list."),
      Spacer(1, 4),
      P("<i>Bernadette O’Rourke and Colin Pryce have been Friends since 2011 and 2016 "
        "respectively.</i>", small),
      ]
flow(c, tr2, fr[:1], must_finish=True)
right = [Photo(64 * mm),
         P("Map of the tour route from Zeebrugge to Ghent and Bruges. Illustration: Oona Lindqvist", cap),
         Photo(38 * mm),
         P("Friends at the reliquary of St Ursula, Bruges. Photo: Colin Pryce", cap),
         box([P("DATES FOR YOUR DIARY", boxh),
              P("<b>Sat 18 April, 11am</b> · Curator’s tour: <i>Salt and Silver</i>", boxt),
              P("<b>Thu 21 May, 7pm</b> · Lecture: ‘Patience and Sap’ with Dr Keiko Tanabe", boxt),
              P("<b>Sat 13 June, 2.30pm</b> · Annual General Meeting, Lecture Theatre", boxt),
              P("<b>Tue 7 July</b> · Coach outing to Harewood House", boxt),
              P("<b>12–17 October</b> · Study tour to Florence and Siena (waiting list only)", boxt),
              P("Bookings through the Friends’ desk, Tuesday to Saturday, 10am–1pm, "
                "or by telephone on 01632 960 417.", boxt)], border=TEAL)]
flow(c, right, [cols(3, TOP)[1][:2] + (cols(3, TOP)[1][2] * 2 + 6 * mm, cols(3, TOP)[1][3])], must_finish=True)
c.showPage()

# ======================================================================= PDF 11 (folio 10): acquisitions
header(c, 11, "Acquisitions")
y = place(c, [P("ACQUISITIONS", kicker),
              P("New to the collection", h1),
              P("Three recent additions, one of them bought with the help of the Friends, described by the "
                "curators who acquired them.", lead)], ML, TOP, CW)
fr = cols(3, y - 2 * mm)
acq = [Photo(48 * mm),
       P("Watercolour of Wexcombe harbour by Eliza Marwood, 1838. "
         "Image © Wexcombe Museum &amp; Art Gallery", cap),
       P("A harbour view by Eliza Marwood", h3),
       P("Eliza Marwood was the daughter of a Wexcombe ropemaker and, as far as we know, never "
         "travelled further than York. This small watercolour of the harbour at low tide, dated 1838, "
         "was bought at auction in November with a grant of £4,200 from the Friends. It is the earliest "
         "dated view of the harbour in the collection and shows the old fish market before its "
         "demolition.", body0),
       P("Marwood kept a diary, now in the county archive, and on the day she finished the picture "
         "she noted: ‘Tide very low, the boats all lying over like tired dogs. Painted until my fingers "
         "were too cold to hold the brush.’ It will hang in the Print Room from April."),
       P("— Priya Raghunathan, Assistant Curator, Fine Art", byl_end),
       keep([Rule(TEAL, 0.5),
       P("A fossil ichthyosaur paddle", h3),
       P("Found on the beach below Saltcombe cliffs after the January storms by a ten-year-old "
         "visitor, Oisín Mac Giolla, this beautifully preserved paddle from an ichthyosaur was "
         "generously donated by his family. The bones are around 190 million years old. Oisín "
         "recognised it at once from our fossil gallery. ‘I knew it was a flipper because of the "
         "little round bones,’ he told staff when he brought it in, in a carrier bag. It goes on display "
         "in the natural sciences gallery this spring, with a label he has helped to write.", body0)]),
       P("— Hamish MacLeod, Keeper of Natural Sciences", byl_end),
       Rule(TEAL, 0.5),
       P("A studio pot by Agnieszka Wróbel", h3),
       P("The Museum has long collected studio ceramics, but until now had no work by Agnieszka "
         "Wróbel, the Polish-born potter who worked in a converted chapel near Wexcombe from 1968 "
         "until her death in 2009. This tall stoneware jar, with its ash glaze running like rain down a "
         "window, was bequeathed to us by her former assistant. Wróbel’s own title for the series, "
         "‘Weather Jars’, is inscribed on the base.", body0),
       P("Wróbel fired her kiln with wood from the hedges and orchards around the chapel, and the "
         "colour of each glaze depended on what had been burned that week: apple wood gave a soft "
         "grey-green, ash from the hawthorn something closer to amber. The jar will join two bowls by her "
         "teacher in the ceramics gallery, so that visitors can see how far she travelled from his "
         "example. Her assistant’s gift also included a notebook of glaze recipes, which we are now "
         "transcribing with the help of two Friends."),
       Photo(44 * mm),
       P("Stoneware jar by Agnieszka Wróbel, c.1985. Photo: Kenji Morimoto", cap),
       P("— Zofia Kowalczyk, Curator of Applied Art", byl_end),
       ]
flow(c, acq, fr, must_finish=True)
c.showPage()

# ======================================================================= PDF 12 (folio 11): obituary + letters
header(c, 12, "Obituary · Letters")
fr = cols(3, TOP)
ob = [P("OBITUARY", kicker),
      P("Gerald Whitcombe<br/>1938–2025", h2),
      Photo(50 * mm),
      P("Gerald Whitcombe at the coin cabinet in 2015. Photo: Rhiannon Price-Whitaker", cap),
      P("Gerald Whitcombe, who died on 2 December at the age of 87, was a Friend for forty-one years, "
        "a committee member for twenty, and for much of that time the person most likely to be found "
        "in the Museum on a wet Tuesday afternoon with a magnifying glass and a tray of coins.", body0),
      P("Born in Leeds, he came to Wexcombe in 1964 as a young chemistry teacher at the Grammar School "
        "and never left. His interest in coins began, he liked to say, with a Roman sestertius that a "
        "pupil dug up in the school allotment and tried to sell to him for a shilling. He paid two, "
        "handed it to the Museum, and was hooked."),
      P("After his retirement in 1998 he spent more than a decade recataloguing the Museum’s coin and "
        "medal collection, some eleven thousand objects, as a volunteer. His card index, written in "
        "a tiny, immaculate hand, is still consulted daily. The brass plate beside the coin cabinet, "
        "unveiled in 2015, records the gratitude of the trustees; Gerald thought it ‘far too much fuss’ "
        "and polished it himself when he thought nobody was looking."),
      ] + pullquote("‘Every coin in that cabinet passed through somebody’s pocket. I like to think about "
                    "whose.’", "Gerald Whitcombe, speaking to The Lantern in 2015") + [
      P("He was a generous teacher to younger volunteers and an unflappable guide to school parties, "
        "who loved his trick of producing a Victorian penny from behind a child’s ear. He was also, for "
        "many years, the society’s most reliable quizmaster, and a fierce opponent of anyone who "
        "proposed moving the Christmas lunch to a weekday."),
      P("He is survived by his wife Marjorie, their two daughters and five grandchildren. A memorial "
        "gathering will be held at the Museum in April, and the family have asked that any donations "
        "go to the Friends’ Learning Appeal."),
      P("Anne-Marie Leclerc", byl_end),
      ]
flow(c, ob, fr[:2], must_finish=True)
lt = [P("LETTERS", kicker),
      P("Write to us", h2),
      P("Letters are welcome by post or email and may be shortened.", ParagraphStyle("lt0", parent=small, fontName="SCond-I")),
      Rule(TEAL, 0.5),
      P("<b>The café, again</b>", small),
      P("Sir, – May I add my voice to those regretting the removal of the lemon drizzle cake from the "
        "café menu? I have been visiting the Museum weekly since 1979 and have always considered it "
        "part of the permanent collection.", body0),
      P("Yours,", sign),
      P("Dorothy Finch", sign),
      P("<i>Lower Wexcombe</i>", sign),
      P("<i>The café manager assures us that the cake returns in April. – Ed.</i>", small),
      Rule(TEAL, 0.5),
      P("<b>A memory of 1969</b>", small),
      P("Dear Editor, your autumn article on the Museum’s old whale skeleton reminded me of the day in "
        "1969 when it was taken down for cleaning and a jackdaw’s nest was found inside the skull. "
        "My father, who was the caretaker at the time, kept one of the twigs in a matchbox for the "
        "rest of his life. I still have it.", body0),
      P("Yours sincerely,", sign),
      P("Tadhg Ó Briain", sign),
      P("<i>Wexcombe Bay</i>", sign),
      ]
flow(c, lt, fr[2:], must_finish=True)
c.showPage()

# ======================================================================= PDF 13 (folio 12): credits + masthead
header(c, 13, "Masthead")
fr = cols(3, TOP)
mh = [P("THE LANTERN", ParagraphStyle("mhh", fontName="Serif-B", fontSize=20, leading=24, textColor=INK)),
      P("Issue 71 · Spring 2026", ParagraphStyle("mhs", parent=small, fontName="SCond-I")),
      Rule(PLUM)]
for role, names in [("Editor", ["Siobhán Gallagher"]),
                    ("Deputy Editor", ["Declan Murphy-Shaw"]),
                    ("Reviews Editor", ["Ingeborg Halvorsen"]),
                    ("Sub-editor", ["Hilary Ondaatje"]),
                    ("Photography", ["Rhiannon Price-Whitaker", "Kenji Morimoto"]),
                    ("Design", ["Quire Studio, Wexcombe"]),
                    ("Advertising", ["The Friends’ Office"]),
                    ("Printed by", ["Brightwater Press Ltd, Harrogate"])]:
    mh.append(P(role.upper(), mast_role))
    for n in names:
        mh.append(P(n, mast_name))
mh += [Spacer(1, 8),
       P("<i>The Lantern</i> is published three times a year by the Friends of Wexcombe Museum &amp; Art "
         "Gallery, a registered charity. Views expressed are those of the contributors and not "
         "necessarily those of the Friends or of the Museum.", small),
       P("Editorial address: The Friends’ Office, Wexcombe Museum &amp; Art Gallery, Quay Street, "
         "Wexcombe. lantern@wexcombefriends.org.uk", small)]
flow(c, mh, fr[:1], must_finish=True)
pc = [P("PICTURE CREDITS", kicker),
      P("Cover, pp. 3, 4 (below) and 11: Rhiannon Price-Whitaker", small),
      P("pp. 1, 2, 4 (above), 6, 7 (below right) and 10 (below): Kenji Morimoto", small),
      P("p. 5: courtesy of the Sutherland-Rao Collection", small),
      P("p. 7 (top right) and p. 10 (top): © Wexcombe Museum &amp; Art Gallery", small),
      P("pp. 8 and 9 (below): Colin Pryce", small),
      P("p. 9 (map): Oona Lindqvist", small),
      Spacer(1, 10),
      P("THE COMMITTEE", kicker),
      P("<b>President</b> Lady Helena Strachan-Moore", small),
      P("<b>Chair</b> Rupert Ashdown-Nair", small),
      P("<b>Treasurer</b> Brendan Kavanagh", small),
      P("<b>Secretary</b> Ewa Zielińska", small),
      P("<b>Membership</b> Farhan Qureshi", small),
      P("<b>Events</b> Gwen Lloyd-Baptiste", small)]
flow(c, pc, fr[1:2], must_finish=True)
mem = [box([P("JOIN THE FRIENDS", boxh),
            P("Membership brings free entry to all paid exhibitions, three issues of <i>The Lantern</i> "
              "a year, invitations to private views, and a ten per cent discount in the shop and café.",
              boxt),
            P("<b>Individual</b> £32 · <b>Joint</b> £48 · <b>Family</b> £55 · <b>Student</b> £12", boxt),
            P("Forms are available at the Friends’ desk or online at wexcombefriends.org.uk. "
              "Gift Aid adds 25p to every pound at no cost to you.", boxt)], border=PLUM),
       Spacer(1, 10),
       Photo(60 * mm),
       P("The restored Reading Room ceiling, paid for by the Friends. Look for the owls.", cap)]
flow(c, mem, fr[2:], must_finish=True)
c.showPage()
c.save()
print("wrote", OUT)
