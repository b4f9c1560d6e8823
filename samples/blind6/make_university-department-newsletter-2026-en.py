# Generator: "Interference", newsletter of the fictional Department of Physics & Chemistry, University of Thornbury
import os
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Frame, Spacer, Flowable, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib import colors

D = '/usr/share/fonts/truetype/dejavu/'
for n, f in [('S', 'DejaVuSans.ttf'), ('SB', 'DejaVuSans-Bold.ttf'), ('SI', 'DejaVuSans-Oblique.ttf'),
             ('R', 'DejaVuSerif.ttf'), ('RB', 'DejaVuSerif-Bold.ttf'), ('RI', 'DejaVuSerif-Italic.ttf'),
             ('C', 'DejaVuSansCondensed.ttf'), ('CB', 'DejaVuSansCondensed-Bold.ttf')]:
    pdfmetrics.registerFont(TTFont(n, D + f))
W, H = A4
M = 40
NAVY = colors.Color(0.1, 0.16, 0.36)
ACC = colors.Color(0.85, 0.45, 0.1)
GREY = colors.Color(.35, .35, .35)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'university-department-newsletter-2026-en.pdf')

BODY = ParagraphStyle('b', fontName='R', fontSize=8.9, leading=12, spaceAfter=5)
LEAD = ParagraphStyle('l', fontName='RI', fontSize=11, leading=14.5, spaceAfter=8, textColor=GREY)
H1 = ParagraphStyle('h1', fontName='CB', fontSize=24, leading=27, spaceAfter=6, textColor=NAVY)
H2 = ParagraphStyle('h2', fontName='CB', fontSize=13, leading=16, spaceAfter=3, spaceBefore=6, textColor=NAVY)
KICK = ParagraphStyle('k', fontName='CB', fontSize=8.5, leading=10, spaceAfter=4, textColor=ACC)
BYL = ParagraphStyle('by', fontName='C', fontSize=8.8, leading=11, spaceAfter=8, textColor=NAVY)
CAP = ParagraphStyle('c', fontName='C', fontSize=7.4, leading=9, textColor=GREY)
PULL = ParagraphStyle('p', fontName='RI', fontSize=16, leading=20.5, textColor=NAVY, spaceBefore=8, spaceAfter=3)
PULLN = ParagraphStyle('pn', fontName='CB', fontSize=8.2, leading=10, spaceAfter=1)
PULLO = ParagraphStyle('po', fontName='C', fontSize=8.2, leading=10, spaceAfter=10, textColor=GREY)
SIGN = ParagraphStyle('sg', fontName='RI', fontSize=8.9, leading=12, spaceAfter=1)
SMALL = ParagraphStyle('sm', fontName='C', fontSize=8.2, leading=10.6, spaceAfter=3)
ROLE = ParagraphStyle('ro', fontName='C', fontSize=7.8, leading=9.5, spaceBefore=7, textColor=ACC)
NAME = ParagraphStyle('na', fontName='CB', fontSize=10, leading=12.5)
Q = ParagraphStyle('q', fontName='RB', fontSize=8.9, leading=12, spaceAfter=3, spaceBefore=4, textColor=NAVY)


class Photo(Flowable):
    def __init__(self, h, cap=None):
        Flowable.__init__(self)
        self.h = h
        self.cap = Paragraph(cap, CAP) if cap else None

    def wrap(self, aw, ah):
        self.w = aw
        self.ch = self.cap.wrap(aw, ah)[1] + 3 if self.cap else 0
        return aw, self.h + self.ch + 6

    def draw(self):
        c = self.canv
        c.setFillColor(colors.Color(.74, .76, .8))
        c.rect(0, self.ch + 6, self.w, self.h, fill=1, stroke=0)
        if self.cap:
            self.cap.drawOn(c, 0, 3)


def box(items, bg=colors.Color(.93, .94, .97)):
    t = Table([[items]])
    t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), bg), ('LINEABOVE', (0, 0), (-1, 0), 2, ACC),
                           ('LEFTPADDING', (0, 0), (-1, -1), 7), ('RIGHTPADDING', (0, 0), (-1, -1), 7),
                           ('TOPPADDING', (0, 0), (-1, -1), 6), ('BOTTOMPADDING', (0, 0), (-1, -1), 6)]))
    return t


def P(t, s=BODY):
    return Paragraph(t, s)


def flow(c, story, x, top, w, h, ncols=2, gap=14, name='?'):
    cw = (w - gap * (ncols - 1)) / ncols
    for i in range(ncols):
        f = Frame(x + i * (cw + gap), top - h, cw, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        f.addFromList(story, c)
    if story:
        raise SystemExit('Overflow in %s: %d flowables left' % (name, len(story)))


def chrome(c, pno, section):
    c.setFillColor(NAVY)
    c.rect(0, H - 28, W, 28, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont('CB', 8.5)
    c.drawString(M, H - 18, 'INTERFERENCE')
    c.setFont('C', 8.5)
    c.drawString(M + 70, H - 18, section)
    c.drawRightString(W - M, H - 18, 'Issue 14 · Spring 2026')
    c.setFillColor(GREY)
    c.setFont('C', 7.5)
    c.drawCentredString(W / 2, 22, 'Department of Physics & Chemistry · University of Thornbury')
    c.setFillColor(ACC)
    c.setFont('CB', 10)
    c.drawRightString(W - M, 22, str(pno))
    c.setFillColor(colors.black)


TOP = H - 48
FH = TOP - 42
FW = W - 2 * M

c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle('Interference, Issue 14, Spring 2026')

# ---------------- 1 Cover ----------------
c.setFillColor(NAVY)
c.rect(0, 0, W, H, fill=1, stroke=0)
c.setFillColor(colors.Color(.74, .76, .8))
c.rect(M, 180, W - 2 * M, H - 330, fill=1, stroke=0)
c.setFillColor(colors.white)
c.setFont('CB', 48)
c.drawString(M, H - 90, 'INTERFERENCE')
c.setFont('C', 11)
c.drawString(M, H - 112, 'The newsletter of the Department of Physics & Chemistry, University of Thornbury')
c.drawString(M, H - 128, 'Issue 14 · Spring 2026')
c.setFont('C', 7.5)
c.drawString(M, 168, 'Cover image: a perovskite film under UV illumination in the Materials Lab. Image: Siobhán Carey')
y = 130
for t, s in [('Bottling sunlight', 'Solar cells that shrug off the British weather, p. 3'),
             ('Five minutes with a fourth-year PhD student', 'p. 6'),
             ('Remembering Gordon Fairbairn (1938–2026)', 'p. 9')]:
    c.setFillColor(ACC)
    c.setFont('CB', 13)
    c.drawString(M, y, t)
    c.setFillColor(colors.white)
    c.setFont('C', 9)
    c.drawString(M, y - 13, s)
    y -= 36
c.showPage()

# ---------------- 2 Contents + HoD ----------------
chrome(c, 2, 'Contents · From the Head of Department')
cont = [P('CONTENTS', KICK)]
for p, t, a in [('2', 'From the Head of Department', ''),
                ('3', 'Bottling sunlight', 'Ingrid Solberg &amp; Tomasz Zieliński'),
                ('5', 'Research in brief', ''),
                ('6', 'Five minutes with… Oluwaseun Adeyemi', ''),
                ('8', 'Alumni news and prizes', ''),
                ('9', 'Obituary: Professor Gordon Fairbairn', ''),
                ('10', 'Who made this issue', '')]:
    cont.append(P('<font name="CB" color="#D9731A">%s</font>  <font name="CB">%s</font>%s' %
                  (p, t, ('<br/>' + a) if a else ''), SMALL))
cont += [Spacer(1, 8), Photo(110, 'The new teaching laboratories opened in January. Photo: Callum Reid')]
flow(c, cont, M, TOP, 150, FH, 1, name='p2a')
st = [P('FROM THE HEAD OF DEPARTMENT', KICK), P('A year of building, in every sense', H1),
      P('New laboratories, a record intake, and a reminder of why we do this.', LEAD),
      P('Dear colleagues, students and friends,'),
      P('When I wrote to you last spring the new teaching laboratories were a hole in the ground surrounded by '
        'hoardings. Since January they have been full of first-years titrating, soldering and, occasionally, '
        'setting off the fume alarm. I am grateful to the estates team and to our technical staff, who moved an '
        'entire undergraduate lab over a single reading week without losing so much as a burette.'),
      P('We welcomed 212 undergraduates in October, our largest intake yet, and 31 new doctoral researchers. '
        'Growth brings pressure: on space, on teaching hours, and on the personal attention that students tell '
        'us matters most. We have appointed four new lecturers this year, and you can read about some of their '
        'work in the research pages.'),
      P('At the opening ceremony the Vice-Chancellor, Professor Dame Eleanor Whitcombe, described the building as '
        '“a place where chemistry and physics finally share a corridor, and maybe a kettle.” She was right about '
        'the corridor. The kettle remains under negotiation.'),
      P('This issue also carries sad news. Professor Gordon Fairbairn, who taught thermodynamics here for more than '
        'thirty years, died in February. Many of you will have stories about him; Margaret Ellery has written a '
        'tribute on page 9, and a memorial lecture is planned for the autumn.'),
      P('Finally, thank you to the student editors who have brought fresh energy to this newsletter. If you have '
        'news, a photograph or a complaint, please write to them.'),
      Spacer(1, 4), P('Yours,', SIGN), P('Rajesh Menon', SIGN),
      P('Professor of Condensed Matter Physics and Head of Department', SMALL)]
flow(c, st, M + 166, TOP, FW - 166, FH, 2, name='p2b')
c.showPage()

# ---------------- 3-4 Research feature ----------------
chrome(c, 3, 'Research highlights')
st = [P('RESEARCH HIGHLIGHTS', KICK), P('Bottling sunlight', H1),
      P('Perovskite solar cells are cheap and efficient but notoriously fragile. A joint physics–chemistry team '
        'has found a coating that lets them survive a Thornbury winter.', LEAD),
      P('Words by Dr Ingrid Solberg and Tomasz Zieliński', BYL)]
flow(c, st, M, TOP, FW, 118, 1, name='p3h')
st = [P('Silicon has dominated solar power for half a century, and for good reason: it is abundant, stable and '
        'well understood. But silicon cells are expensive to make, requiring temperatures above 1,400 °C and '
        'extraordinarily pure material. Metal-halide perovskites, by contrast, can be printed from solution at '
        'little more than room temperature, and in the laboratory they already rival silicon for efficiency.'),
      P('The catch is water. A typical perovskite film left on an open bench in our building loses most of its '
        'performance within days, because moisture breaks the crystal apart into lead iodide and organic salts. '
        'Commercial panels must last twenty-five years in rain, frost and summer heat. That gap between the lab and '
        'the roof is what our group set out to close.'),
      P('Our approach borrows from the chemistry of non-stick cookware. We grow a layer of fluorinated molecules, '
        'only two nanometres thick, directly on top of the perovskite. The molecules bind to the surface at one end '
        'and present a water-repellent tail at the other. Crucially, the layer is thin enough that electrical charge '
        'can still pass through it to the electrode.'),
      P('“We were honestly expecting it to fall apart within the hour,” says Tomasz, who ran the first humidity '
        'tests in the second year of his PhD. “Instead I came back on Monday and the cell was still working. I '
        'assumed I had mislabelled the samples.”'),
      Photo(120, 'Tomasz Zieliński loading samples into the humidity chamber. Photo: Callum Reid'),
      P('He had not. Over the following months the coated cells kept more than 90 per cent of their starting '
        'efficiency after 1,000 hours at 85 per cent relative humidity, the standard industry stress test. '
        'Uncoated cells failed within 60 hours.')]
flow(c, st, M, TOP - 122, FW, FH - 122, 3, gap=12, name='p3')
c.showPage()

chrome(c, 4, 'Research highlights · Bottling sunlight (continued)')
st = [P('Understanding why it works took longer than making it work. Here we relied on colleagues abroad. Using '
        'synchrotron X-ray scattering in Japan, our collaborators showed that the fluorinated molecules do not simply '
        'sit on the surface but slot into defects at the grain boundaries, exactly the places where water normally '
        'gets in. “The molecules find the weak spots by themselves, which is the kind of luck you hope for and never '
        'plan on.” That was Dr Hiroshi Matsuda of Kyoto, who led the scattering measurements.'),
      P('There is still a long way to go. Our cells are one square centimetre; a roof panel is more like two square '
        'metres. Scaling up introduces new problems, from uneven coating to the toxicity of lead, which any '
        'commercial product must contain safely over its lifetime and at its disposal. We are now working with '
        'the Centre for Sustainable Materials on recycling routes.'),
      P('For the undergraduates who have joined us on summer placements, the project has been a lesson in patience. '
        'Most days nothing dramatic happens; a cell sits in a chamber and a computer logs its current. Then, '
        'occasionally, a graph bends the wrong way, and the real work begins.'),
      P('We would like to thank the Engineering and Physical Sciences Research Council for funding, and the '
        'department workshop for building the humidity chamber from a secondhand wine fridge.'),
      Paragraph('“Most days nothing dramatic happens. Then a graph bends the wrong way, and the real work begins.”',
                PULL),
      P('Dr Ingrid Solberg', PULLN), P('Senior Lecturer in Materials Chemistry', PULLO),
      box([P('<font name="CB">Selected publications</font>', SMALL),
           P('I. Solberg, T. Zieliński, H. Matsuda and R. Okonkwo, “Fluorinated passivation layers for '
             'humidity-tolerant perovskite photovoltaics”, <i>Journal of Materials Chemistry A</i> 13, 2025.', SMALL),
           P('T. Zieliński and I. Solberg, “Grain-boundary water ingress in mixed-halide films”, '
             '<i>Physical Review Materials</i> 9, 2025.', SMALL),
           P('H. Matsuda, K. Fujimoto and I. Solberg, “In situ GIWAXS of passivated perovskites”, '
             '<i>ACS Energy Letters</i> 11, 2026.', SMALL)]),
      Spacer(1, 6),
      P('Ingrid Solberg leads the Thin Films group. Tomasz Zieliński is a final-year PhD student in the group and '
        'will join a start-up in Oxford in the summer.', SMALL)]
flow(c, st, M, TOP, FW, FH, 2, name='p4')
c.showPage()

# ---------------- 5 Research in brief ----------------
chrome(c, 5, 'Research in brief')
st = [P('RESEARCH IN BRIEF', KICK), P('Short reports from across the department', H1)]
flow(c, st, M, TOP, FW, 60, 1, name='p5h')
a = [P('Watching electrons in a trillionth of a second', H2),
     P('Contributed by Aiko Tanabe, PhD student, Ultrafast Spectroscopy Group', BYL),
     P('Our new laser system produces pulses shorter than 20 femtoseconds. That is short enough to follow '
       'electrons as they hop between molecules in an organic semiconductor, a process that decides how well '
       'a plastic solar cell or display works.'),
     P('In our first experiments we saw energy moving through a film of pentacene in two distinct steps, '
       'rather than the single step textbooks describe. We are now checking whether this is a general feature '
       'or a quirk of our samples.'),
     P('My supervisor, Dr Farid Haddad, likes to remind us that a surprising result is usually an error until '
       'proven otherwise. So far this one has survived three months of attempts to disprove it.')]
b = [P('Dark matter hunters go underground', H2),
     P('By Dr Priya Raghunathan', BYL),
     P('Three members of the particle astrophysics group spent February two kilometres below ground at the '
       'Boulby laboratory in North Yorkshire, installing a detector prototype built in our basement workshop.'),
     P('The detector looks for tiny flashes of light from collisions between ordinary matter and hypothetical '
       'dark matter particles. Underground, the rock shields it from cosmic rays that would otherwise swamp '
       'the signal.'),
     P('Technician Gareth Pryce, who machined most of the parts, was pleased with the fit. “Not one bolt '
       'needed forcing,” he told us afterwards, “which, at two kilometres down, is a very good thing.”'),
     Photo(70, 'The prototype before shipping. Photo: Niamh Gallagher')]
d = [P('Teaching quantum with board games', H2),
     P('First-year students struggling with superposition now have an unusual helper: a card game designed by '
       'undergraduates on the outreach committee. Players hold cards that are “both” until measured, and lose '
       'points for peeking.'),
     P('The game, called “Collapse!”, was trialled at three local schools in March. Teachers asked for copies, '
       'and the department has funded a print run of 200 sets.'),
     P('A Year 10 pupil at Thornbury Academy summed up the feedback neatly: “It’s weird, but I think I actually '
       'get it now.”'),
     P('— Liam O’Donnell, third-year MPhys', SIGN)]
cw = (FW - 24) / 3
for i, s in enumerate([a, b, d]):
    f = Frame(M + i * (cw + 12), 46, cw, TOP - 64 - 46, leftPadding=0, rightPadding=0, topPadding=0,
              bottomPadding=0)
    f.addFromList(s, c)
    if s:
        raise SystemExit('overflow p5 %d' % i)
c.showPage()

# ---------------- 6-7 PhD Q&A ----------------
chrome(c, 6, 'Five minutes with…')
st = [P('FIVE MINUTES WITH…', KICK), P('Oluwaseun Adeyemi', H1),
      P('Fourth-year PhD student in computational chemistry, Lagos-born, Thornbury-trained, and the department’s '
        'unofficial table-tennis champion.', LEAD),
      P('Interview: Chiara Benedetti', BYL)]
flow(c, st, M, TOP, FW, 110, 1, name='p6h')
qa = [('What are you working on?',
       'I simulate how drug molecules bind to proteins, using a mix of quantum chemistry and machine learning. '
       'The quantum part is accurate but slow; the machine-learning part is fast but needs to be taught. My job '
       'is to make them cooperate. Most of my work happens on the university’s computing cluster, usually at '
       'three in the morning when nobody else is using it.'),
      ('Why Thornbury?',
       'Honestly, the interview. Everyone else asked me about my grades. Professor Cartwright asked me what I '
       'would do if my code gave a result I did not believe. I said I would rerun it, and she said, “Good. Then '
       'rerun it again with someone else’s code.” I knew then that I wanted to work with her.'),
      ('What has surprised you most about doing a PhD?',
       'How much of it is writing. I thought science was experiments and equations. It is also emails, reports, '
       'posters and papers, and explaining to my family why I am still a student at twenty-seven.'),
      ('Your worst day in the lab?',
       'I do not have a lab, but I do have a worst day. In my second year I deleted six weeks of simulation output '
       'with one wrong command. The research computing team recovered almost all of it from a backup. I brought '
       'them cake for a month.'),
      ('And the best?',
       'Last summer, when a prediction from our model was confirmed by an experimental group in Leeds. The binding '
       'energy they measured was within the error bars we had published. I printed the email and stuck it on '
       'my monitor.')]
st = []
for q, a_ in qa:
    st.append(P('CB: ' + q, Q))
    st.append(P('OA: ' + a_))
st.append(Photo(95, 'Oluwaseun Adeyemi at the department’s table-tennis table. Photo by Niamh Gallagher'))
flow(c, st, M, TOP - 112, FW, FH - 112, 2, name='p6')
c.showPage()

chrome(c, 7, 'Five minutes with… Oluwaseun Adeyemi')
qa2 = [('What do you do outside research?',
        'Table tennis, mostly. I run the department ladder, which is less competitive than it sounds. I also cook '
        'for the postgraduate society. Jollof rice has converted at least three Italians, though they will not '
        'admit it in public.'),
       ('Is that a challenge?',
        'It is a fact. Ask anyone on the second floor.'),
       ('What would you tell someone thinking of applying?',
        'Talk to the current students, not just the supervisors. Ask them what an ordinary Tuesday looks like. '
        'And choose a question you will still care about in year three, because by then the excitement has worn '
        'off and curiosity is what is left.'),
       ('What next?',
        'I have applied for postdoctoral positions in Toronto and Copenhagen. Wherever I go, I will take the '
        'table-tennis bat. My father’s advice when I left Lagos was “carry your own luck”, and I have taken that '
        'literally.')]
st = []
for q, a_ in qa2:
    st.append(P('CB: ' + q, Q))
    st.append(P('OA: ' + a_))
st += [Paragraph('“Choose a question you will still care about in year three.”', PULL),
       P('Oluwaseun Adeyemi', PULLN), P('PhD student, Theoretical Chemistry', PULLO),
       box([P('<font name="CB">About the interviewer</font>', SMALL),
            P('Chiara Benedetti is a second-year PhD student in atomic physics and one of this newsletter’s student '
              'editors. She lost to Oluwaseun at table tennis 21–4.', SMALL)])]
flow(c, st, M, TOP, FW, FH * 0.62, 2, name='p7')
c.showPage()

# ---------------- 8 Alumni + prizes ----------------
chrome(c, 8, 'Alumni news · Prizes')
st = [P('ALUMNI NEWS', KICK), P('Where are they now?', H1),
      P('Compiled by Deepak Varma', BYL)]
flow(c, st, M, TOP, FW, 70, 1, name='p8h')
st = [P('Sarah Whitfield (MChem 2011)', H2),
      P('Sarah has been appointed chief scientist at a water-treatment company in Bristol, where she works on '
        'removing so-called forever chemicals from drinking water. “The analytical chemistry I learned in the '
        'third-year lab is what I use every single day,” she writes. “Please tell the students that the '
        'spectroscopy lectures were worth it.”'),
      P('Mehmet Yücel (PhD 2016)', H2),
      P('After six years at CERN, Mehmet has returned to Turkey to help build a new accelerator physics group in '
        'Ankara. He visited Thornbury in March and gave a seminar titled “Small magnets, big beams”.'),
      P('Clare and Duncan McAllister (BSc 1994)', H2),
      P('Clare and Duncan met in first-year physics labs and celebrated their thirtieth wedding anniversary last '
        'summer. Duncan tells us they still argue about who broke the Michelson interferometer in 1992.'),
      P('Anjali Deshpande (MPhys 2020)', H2),
      P('Anjali has published her first popular-science book, <i>The Weight of Light</i>, about women in the history '
        'of optics. It was shortlisted for a regional book prize in January.'),
      box([P('<font name="CB">Keep in touch</font>', SMALL),
           P('Send your news, with a photograph if you have one, to the alumni office. We print as much as we can.',
             SMALL)])]
flow(c, st, M, TOP - 74, FW * 0.62, FH - 74, 2, gap=12, name='p8a')
pr = [P('PRIZES AND AWARDS', KICK),
      P('<font name="CB">Dr Farid Haddad</font> – Early Career Award of the Institute of Physics optics group.', SMALL),
      P('<font name="CB">Professor Helen Cartwright</font> – elected Fellow of the Royal Society of Chemistry.', SMALL),
      P('<font name="CB">Aiko Tanabe</font> – best poster at the Ultrafast Phenomena UK meeting for '
        '“Two-step energy transfer in pentacene films”.', SMALL),
      P('<font name="CB">Ruairí Ó Súilleabháin</font> – departmental teaching prize, nominated by first-year '
        'students, one of whom wrote that he “makes vector calculus feel like a story”.', SMALL),
      P('<font name="CB">The Fairbairn Prize</font> for the best final-year thermodynamics project goes to '
        'Sigrid Nyberg.', SMALL)]
f = Frame(M + FW * 0.62 + 14, TOP - 74 - 330, FW * 0.38 - 14, 330, leftPadding=8, rightPadding=8, topPadding=8,
          bottomPadding=0)
c.setFillColor(colors.Color(.93, .94, .97))
c.rect(M + FW * 0.62 + 14, TOP - 74 - 330, FW * 0.38 - 14, 330, fill=1, stroke=0)
c.setFillColor(colors.black)
f.addFromList(pr, c)
if pr:
    raise SystemExit('overflow prizes')
c.showPage()

# ---------------- 9 Obituary ----------------
chrome(c, 9, 'Obituary')
st = [P('OBITUARY', KICK), P('Professor Gordon Fairbairn, 1938–2026', H1), P('MARGARET ELLERY', BYL),
      P('Teacher of thermodynamics to three decades of Thornbury students, and a man who never owned a calculator.',
        LEAD)]
flow(c, st, M, TOP, FW, 110, 1, name='p9h')
st = [P('Gordon Fairbairn was born in Paisley in 1938, the son of a shipyard electrician. He won a scholarship '
        'to Glasgow, took a doctorate in Cambridge on the heat capacity of liquid helium, and came to Thornbury '
        'in 1969 as a lecturer. He stayed for the rest of his working life, retiring in 2003, and kept an office '
        'as emeritus professor until the pandemic.'),
      P('His research was careful rather than fashionable. He measured things that other people assumed, and '
        'was often right to doubt them. But it was as a teacher that he will be remembered. His second-year '
        'thermodynamics course, delivered without slides and usually without notes, was feared and loved in '
        'roughly equal measure.'),
      P('He began every course with the same sentence: “Entropy is not disorder, and anyone who tells you otherwise '
        'is selling something.” Students wrote it on the first page of their notebooks; some had it printed on '
        'mugs.'),
      Photo(105, 'Gordon Fairbairn in the old physics building, 1987. Photo: department archive'),
      P('I joined the department in 1988 and shared a corridor with him for fifteen years. He read every draft '
        'of my first grant application and returned it covered in pencil. At the bottom of the last page he '
        'had written: “Good science. Now make it readable.” I have passed that advice on to every student since.'),
      P('Former student Dr Kwame Asante, now at Imperial College, remembers him differently. “He terrified me in '
        'the exam and then spent an hour after it explaining the question I had got wrong. Nobody had ever done '
        'that for me,” he said.'),
      P('Gordon was a keen hillwalker and a dreadful golfer. He sang bass in the Thornbury Choral Society for '
        'forty years and was, by his own account, the only member who could not read music. He is survived by '
        'his wife Ishbel, three children and seven grandchildren.'),
      P('A memorial lecture will be held in the Fairbairn Lecture Theatre on 14 October. All are welcome.')]
flow(c, st, M, TOP - 114, FW, FH - 114, 3, gap=12, name='p9')
c.showPage()

# ---------------- 10 Credits ----------------
chrome(c, 10, 'Who made this issue')
st = [P('WHO MADE THIS ISSUE', KICK), P('Editorial team', H1)]
for r, n in [('Editor', 'Dr Siobhán Carey'), ('Deputy Editor', 'Deepak Varma'),
             ('Student Editors', 'Aiko Tanabe and Chiara Benedetti'), ('Design and layout', 'Florian Castellane')]:
    st += [P(r.upper(), ROLE), P(n, NAME)]
st += [Spacer(1, 12), P('CREDITS', KICK),
       P('Photography: Callum Reid, Niamh Gallagher and Siobhán Carey', SMALL),
       P('Cover: Siobhán Carey', SMALL),
       P('Archive photograph on page 9 courtesy of the University Library Special Collections.', SMALL)]
flow(c, st, M, TOP, FW / 2 - 10, FH, 1, name='p10a')
st = [box([P('<font name="CB">Write for Interference</font>', SMALL),
           P('We welcome articles, letters and photographs from staff, students and alumni. Research highlights should '
             'be no longer than 800 words and written for a reader outside your field. Send contributions to '
             'interference@thornbury.example by 30 June for the autumn issue.', SMALL)]),
      Spacer(1, 12),
      P('<i>Interference</i> is published twice a year by the Department of Physics &amp; Chemistry, University of '
        'Thornbury (a fictional institution). Opinions expressed are those of the authors and not necessarily of '
        'the department or the university. Printed on recycled paper.', SMALL)]
flow(c, st, M + FW / 2 + 10, TOP - 40, FW / 2 - 10, FH - 40, 1, name='p10b')
c.showPage()
c.save()
print('wrote', OUT)
