# Generator: members' magazine of the fictional Ashcombe Wildlife Trust (English). Deterministic.
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                PageBreak, NextPageTemplate, FrameBreak, Table, TableStyle, Flowable)
from reportlab.lib.styles import ParagraphStyle

D = '/usr/share/fonts/truetype/dejavu/'
for n, f in [('Sans', 'DejaVuSans.ttf'), ('Sans-B', 'DejaVuSans-Bold.ttf'), ('Serif', 'DejaVuSerif.ttf'),
             ('Serif-I', 'DejaVuSerif-Italic.ttf'), ('Serif-B', 'DejaVuSerif-Bold.ttf'), ('Cond-B', 'DejaVuSansCondensed-Bold.ttf')]:
    pdfmetrics.registerFont(TTFont(n, D + f))
registerFontFamily('Serif', normal='Serif', bold='Serif-B', italic='Serif-I', boldItalic='Serif-B')
registerFontFamily('Sans', normal='Sans', bold='Sans-B', italic='Sans', boldItalic='Sans-B')

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'wildlife-trust-members-magazine-2026-en.pdf')
W, H = A4
GRN = colors.HexColor('#2f5d2a'); OCH = colors.HexColor('#b7791f')

body = ParagraphStyle('body', fontName='Serif', fontSize=9, leading=12.4, spaceAfter=5)
lead = ParagraphStyle('lead', fontName='Serif-I', fontSize=11, leading=14.5, spaceAfter=8, textColor=colors.HexColor('#333333'))
h1 = ParagraphStyle('h1', fontName='Cond-B', fontSize=26, leading=29, spaceAfter=6, textColor=GRN)
h2 = ParagraphStyle('h2', fontName='Cond-B', fontSize=13.5, leading=16, spaceAfter=3, spaceBefore=5, textColor=GRN)
kicker = ParagraphStyle('kick', fontName='Sans-B', fontSize=7.8, leading=10, textColor=OCH, spaceAfter=3)
byl = ParagraphStyle('byl', fontName='Sans-B', fontSize=8.2, leading=11, spaceAfter=7)
cap = ParagraphStyle('cap', fontName='Sans', fontSize=7, leading=9, spaceAfter=8, textColor=colors.HexColor('#444444'))
pull = ParagraphStyle('pull', fontName='Cond-B', fontSize=16, leading=20, textColor=OCH, spaceBefore=6, spaceAfter=3)
pullby = ParagraphStyle('pullby', fontName='Sans', fontSize=8, leading=10, spaceAfter=10)
small = ParagraphStyle('small', fontName='Sans', fontSize=8.2, leading=11, spaceAfter=4)
sign = ParagraphStyle('sign', parent=body, fontName='Serif-I', alignment=2)

class Photo(Flowable):
    def __init__(self, h, label=''):
        Flowable.__init__(self); self.h = h; self.label = label
    def wrap(self, aw, ah):
        self.w = aw; return aw, self.h
    def draw(self):
        c = self.canv; c.setFillColor(colors.HexColor('#bdbdbd')); c.rect(0, 0, self.w, self.h, stroke=0, fill=1)
        c.setFillColor(colors.HexColor('#8c8c8c')); c.setFont('Sans', 7); c.drawString(4, 4, self.label)

def box(flows, bg='#f3ead8'):
    t = Table([[flows]])
    t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), colors.HexColor(bg)),
                           ('LEFTPADDING', (0, 0), (-1, -1), 6), ('RIGHTPADDING', (0, 0), (-1, -1), 6),
                           ('TOPPADDING', (0, 0), (-1, -1), 5), ('BOTTOMPADDING', (0, 0), (-1, -1), 5)]))
    return t

RUN = {2: 'Welcome', 3: 'On the reserves', 4: 'On the reserves', 5: 'Species feature: water vole',
       6: 'Species feature: water vole', 7: 'Species feature: water vole', 8: 'Volunteer spotlight',
       9: 'Wild Kids', 10: 'Your photos', 11: 'Letters', 12: 'About us'}

def deco(c, doc):
    p = doc.page
    if p == 1:
        return
    c.saveState()
    c.setFont('Sans', 7.5); c.setFillColor(GRN)
    c.drawString(15 * mm, 9 * mm, 'WILD ASHCOMBE  |  Spring 2026')
    c.drawRightString(W - 15 * mm, 9 * mm, 'ashcombewildlife.org.example')
    c.setFillColor(OCH); c.circle(W / 2, 10.2 * mm, 3.6 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white); c.setFont('Sans-B', 8); c.drawCentredString(W / 2, 9.2 * mm, str(p))
    c.setFillColor(GRN); c.setFont('Sans-B', 8); c.drawString(15 * mm, H - 11 * mm, RUN.get(p, '').upper())
    c.setStrokeColor(GRN); c.setLineWidth(0.5); c.line(15 * mm, H - 13 * mm, W - 15 * mm, H - 13 * mm)
    c.restoreState()

def cover(c, doc):
    c.saveState()
    c.setFillColor(colors.HexColor('#bdbdbd')); c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(GRN); c.rect(0, H - 58 * mm, W, 58 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white); c.setFont('Cond-B', 54); c.drawString(16 * mm, H - 36 * mm, 'Wild Ashcombe')
    c.setFont('Sans', 10); c.drawString(16 * mm, H - 47 * mm, 'The magazine for members of Ashcombe Wildlife Trust  ·  Spring 2026  ·  Issue 112')
    c.setFillColor(OCH); c.rect(16 * mm, 60 * mm, 95 * mm, 42 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white); c.setFont('Cond-B', 20); c.drawString(20 * mm, 90 * mm, 'The vole comeback')
    c.setFont('Sans', 9.5)
    c.drawString(20 * mm, 82 * mm, 'How Ashcombe’s rivers learned to plop again')
    c.drawString(20 * mm, 75 * mm, 'Plus: reserve news, Wild Kids, your letters')
    c.drawString(20 * mm, 68 * mm, 'and a day with our oldest volunteer')
    c.setFillColor(colors.black); c.setFont('Sans', 7)
    c.drawString(16 * mm, 12 * mm, 'Cover image: water vole at Harrow Marsh by Rhys Pemberton')
    c.restoreState()

M = 15 * mm
def frames(n, top=H - 17 * mm, bottom=17 * mm, gap=5 * mm, x0=M, width=None, prefix='f'):
    width = width or (W - 2 * M)
    w = (width - (n - 1) * gap) / n
    return [Frame(x0 + i * (w + gap), bottom, w, top - bottom, id='%s%d' % (prefix, i), leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0) for i in range(n)]

def head_frames(n, hh):
    top = Frame(M, H - 17 * mm - hh, W - 2 * M, hh, id='head', leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [top] + frames(n, top=H - 19 * mm - hh)

doc = BaseDocTemplate(OUT, pagesize=A4, title='Wild Ashcombe, Spring 2026', author='Ashcombe Wildlife Trust')
doc.addPageTemplates([
    PageTemplate('cover', [Frame(M, 20 * mm, W - 2 * M, 20 * mm)], onPage=cover),
    PageTemplate('two', frames(2), onPage=deco),
    PageTemplate('three', frames(3), onPage=deco),
    PageTemplate('h2', head_frames(2, 50 * mm), onPage=deco),
    PageTemplate('h3', head_frames(3, 44 * mm), onPage=deco),
    # sidebar + two columns: narrow contents column then two text columns
    PageTemplate('side', frames(1, width=52 * mm, prefix='s') + frames(2, x0=M + 58 * mm, width=W - 2 * M - 58 * mm), onPage=deco),
])
S = []
P = lambda t, s=body: S.append(Paragraph(t, s))

# ---------- p1 cover
S.append(Spacer(1, 1)); S.append(NextPageTemplate('side')); S.append(PageBreak())

# ---------- p2 contents + welcome
P('IN THIS ISSUE', kicker)
for pg, t in [('3', 'On the reserves: news from our wardens'), ('5', 'The vole comeback, by Harriet Quennell'),
              ('8', 'Volunteer spotlight: sixty years of counting'), ('9', 'Wild Kids'), ('10', 'Your photos'),
              ('11', 'Letters'), ('12', 'Who we are')]:
    P('<font name="Cond-B" size="15" color="#b7791f">%s</font>  %s' % (pg, t), small)
S.append(Spacer(1, 8))
S.append(Photo(48 * mm, 'Siobhán'))
P('Siobhán at Culver Down in January. Photo: Kwame Asante', cap)
S.append(FrameBreak())
P('WELCOME', kicker)
P('A year of small returns', h1)
P('Dear members,')
P('Every spring I walk the same stretch of the River Leddon, from the mill bridge to the old pumping station, and every spring I count what has come back. This year I heard a water vole before I saw it: that unmistakable plop as it dropped from the bank into the current. Eight years ago there were none on this river at all.')
P('That sound is the result of your membership. It paid for mink monitoring rafts, for fencing that keeps cattle off the softest banks, and for hundreds of hours of volunteer surveys. Harriet Quennell tells the whole story from page 5, and I hope you will feel, as I do, a little proud.')
P('Not everything this winter was good news. The February floods damaged the boardwalk at Harrow Marsh, and the late frost hit the early nesting lapwings on the Levels. Our wardens write honestly about both in their reports, because a trust that only shares its successes is not telling you the whole truth.')
S.append(FrameBreak())
P('We also have plans to share. Over the next three years we hope to buy the forty acres of wet meadow that lie between Sandmere Heath and the river, joining two reserves into one living landscape. It will be the largest purchase in the Trust’s history, and we will need your help. You will hear more from us in the summer.')
P('Finally, please turn to page 8 and meet Nasrin Farahani, who has volunteered with us for longer than some of our staff have been alive. Her patience and good humour are a lesson to us all.')
P('Thank you for standing with Ashcombe’s wildlife.')
P('Yours,<br/><b>Siobhán Gallagher</b><br/>Chief Executive', ParagraphStyle('sig', parent=body, spaceBefore=4))
S.append(box([Paragraph('<b>Annual General Meeting</b>', small),
              Paragraph('Saturday 13 June, 10.30am, Leddon Village Hall. All members welcome. Papers will be online from 1 May.', small)]))
S.append(NextPageTemplate('three')); S.append(PageBreak())

# ---------- p3 reserve reports
P('ON THE RESERVES', kicker)
P('Harrow Marsh', h2)
P('The floods of early February put the whole of the lower marsh under water for eleven days. The reed beds took it in their stride, as reed beds do, but the boardwalk to the hide did not. Two sections lifted off their posts and floated halfway to the sluice. We have salvaged most of the timber and a work party will rebuild the walk in April.')
P('The silver lining was a flock of forty-two whooper swans that stayed on the flooded fields for most of a week, the largest count on the reserve since records began. Visitors queued at the gate to see them. One regular, a retired postman from Kestle Bridge, told me, “I’ve been coming here since 1979 and I’ve never seen anything like it.”')
P('Bitterns were heard booming again from late February. Fingers crossed.')
P('Tomasz Kowalczyk, Warden, Harrow Marsh', sign)
S.append(FrameBreak())
S.append(Photo(38 * mm, 'whoopers'))
P('Whooper swans on the flooded lower marsh. Photo: Tomasz Kowalczyk', cap)
P('Greyling Woods', h2)
P('By Priya Raghunathan, Assistant Warden', byl)
P('Coppicing season ended in March with the best volunteer turnout we have ever had. Thirty-one people came out on the final Sunday, and between them they cut and stacked almost half an acre of hazel. The cut stools will regrow over the summer and give the dormice exactly the dense, sunny understorey they need.')
P('Our dormouse box checks last autumn found nests in 23 of the 60 boxes, up from 15 the year before. “It’s the coppice cycle paying off,” said Marek Sobczak, who has led the box checks since 2019. He is careful not to get carried away. “Ask me again in five years,” he added.')
S.append(FrameBreak())
P('The bluebells should peak in the last week of April. Please keep to the paths: a bluebell crushed underfoot can take years to recover.')
P('Culver Down', h2)
P('Words by Olaf Brekke', byl)
P('Our small herd of Exmoor ponies has spent the winter grazing the rank grass on the northern slope, and the difference is already visible. Where last summer there was a mat of tor-grass, there are now open patches of bare chalk where orchids and horseshoe vetch can get a foothold.')
P('Gareth Pugh, the grazier who looks after the ponies, called them “the best staff we never pay”. I think he is right. The ponies also have a fan club: a local primary school has adopted them and sends drawings to the reserve office every month.')
S.append(box([Paragraph('<b>Volunteer work parties</b>', small),
              Paragraph('Harrow Marsh boardwalk rebuild: 11 and 25 April. Greyling Woods ride clearance: 9 May. Book through the members’ area online.', small)]))
S.append(NextPageTemplate('h2')); S.append(PageBreak())

# ---------- p4 reserve reports continued
P('ON THE RESERVES', kicker)
P('Heath and levels: a mixed winter', h1)
P('Late frost, a rare spider and a new scrape that filled itself. Two more of our reserve teams report back.', lead)
S.append(FrameBreak())
P('Sandmere Heath', h2)
P('Contributed by Declan Moriarty, Reserve Officer', byl)
P('Heathland is a landscape made by people, and it needs people to keep it. This winter our volunteers pulled birch seedlings from nine hectares of open heath, and the contractors mowed firebreaks along the southern boundary. The work is unglamorous but without it the heath would be woodland within a generation.')
P('The highlight of the season came in October, when a visiting arachnologist, Dr Anneliese Brandt, found a ladybird spider in a burrow near the old sand pit. It is only the third record for the county. We are keeping the exact location quiet for now.')
P('Adders emerged on the first warm day of March. If you visit, please keep dogs on a lead between March and September. An adder bite is rarely dangerous to people, but it can be serious for a curious spaniel.')
S.append(Photo(36 * mm, 'heath'))
P('Birch pulling on Sandmere Heath. © Declan Moriarty', cap)
S.append(FrameBreak())
P('Ashcombe Levels', h2)
P('Words: Gwen Pryce &amp; Abdi Warsame', byl)
P('The new scrape on Tilly’s Field was dug in September and we expected it to take a year to hold water. The floods filled it in a single night. By March it had attracted redshank, snipe and a pair of little ringed plovers, which we hope will stay to breed.')
P('The late frost in early April was harder on the lapwings. Several early clutches failed, and the birds have had to start again. Lapwings are resilient and most pairs lay a second clutch, but each failure costs them time in a short season.')
P('Our monitoring is done almost entirely by volunteers. Between them, they walked the Levels 214 times last year and recorded more than 9,000 bird sightings. That data now feeds into the national breeding wader survey.')
S.append(Photo(40 * mm, 'scrape'))
P('Redshank on the new scrape. Photo: Abdi Warsame', cap)
S.append(NextPageTemplate('h3')); S.append(PageBreak())

# ---------- p5-7 species feature
P('SPECIES FEATURE', kicker)
P('The vole comeback', h1)
P('Twenty years ago the water vole had all but vanished from Ashcombe’s rivers. Today it is back on four of them. How did a small, shy rodent win its way home?', lead)
P('HARRIET QUENNELL', byl)
S.append(FrameBreak())
P('Most people know the water vole as Ratty, the gentle riverbank friend of Mole in The Wind in the Willows. Kenneth Grahame wrote about him in 1908, when water voles were among the commonest mammals in Britain. By the end of the twentieth century they had declined by around 90 per cent, one of the fastest collapses of any British mammal.')
P('The causes were not mysterious. Rivers were straightened and their banks stripped of vegetation. Farmland drained into ditches that dried out in summer. And then came the American mink, escaped or released from fur farms, a predator slim enough to follow a vole into its burrow.')
S.append(FrameBreak())
S.append(Photo(95 * mm, 'vole'))
P('A water vole feeding on reed sweet-grass. Photo by Rhys Pemberton', cap)
S.append(box([Paragraph('<b>Water vole facts</b>', small),
              Paragraph('Latin name: <i>Arvicola amphibius</i><br/>Length: up to 22 cm, plus tail<br/>Diet: over 200 plant species<br/>Lifespan in the wild: rarely more than two years<br/>Status: fully protected in Britain since 2008', small)]))
S.append(FrameBreak())
P('In Ashcombe, the last confirmed sighting on the River Leddon came in 2004. The Trust’s first county survey, in 2009, found voles on just two short stretches of the Tilly Brook. “We genuinely thought we might lose them altogether,” says Dr Fionnuala Keane, the Trust’s head of conservation, who led that survey as a young ecologist.')
P('Keane remembers walking the banks with a clipboard and finding nothing but old latrines. “A latrine is a little pile of droppings,” she explains. “It tells you a vole was there. It doesn’t tell you whether it still is.”')
S.append(NextPageTemplate('three')); S.append(PageBreak())
# p6
P('The mink problem', h2)
P('No reintroduction could work while mink remained. In 2012 the Trust joined a regional mink control programme that relied on a simple invention: a floating raft with a clay pad that records the footprints of any animal that crosses it. When a mink print appears, a trap is set on the raft.')
P('The work depended on volunteers who checked the rafts every week, in all weathers. One of them, a retired schoolteacher named Bernard Achebe, checked the same eight rafts for eleven years. “You look at a lot of mud,” he told us. “Then one day there is a vole print, and you forget the mud.”')
P('By 2016 no mink had been recorded on the Leddon for two full years. The Trust then took the next step.')
S.append(FrameBreak())
P('“Every vole we released was a small act of faith. The river had to do the rest.”', pull)
P('Dr Fionnuala Keane, Head of Conservation', pullby)
P('Bringing them home', h2)
P('Between 2017 and 2020 the Trust released 1,130 captive-bred water voles at eleven sites along the Leddon and its tributaries. Each release followed the same careful routine: voles spent several days in pens on the bank, fed on apples and carrots, before the pen doors were opened and they were left to dig their own burrows.')
S.append(FrameBreak())
S.append(Photo(46 * mm, 'release pen'))
P('Volunteers check a release pen on the Tilly Brook. © Kwame Asante', cap)
P('Not every release succeeded. At two sites the voles were gone within a year, probably taken by herons and pike. But at the others they spread quickly. Water voles breed fast, with up to five litters a year, and a stretch of good habitat can fill within a couple of summers.')
S.append(NextPageTemplate('two')); S.append(PageBreak())
# p7
P('Where we are now', h2)
P('The 2025 survey found water voles on 63 kilometres of riverbank across four rivers. The Leddon population now appears to be self-sustaining. The Tilly Brook, where the two last colonies clung on, is once again full of burrows.')
P('“Seeing them back on the Leddon is one of the best things that has happened in my working life.” The words belong to Arjun Mehta, a farmer whose land borders the river for nearly two miles. Mehta fenced his banks and left a strip of uncut grass along the water in 2018. He now counts voles on his morning walk with the dog.')
P('The comeback is still fragile. A single mink can wipe out a colony in weeks, and the rafts must stay in the water indefinitely. Climate change brings both floods and summer droughts, and voles need water that neither drowns their burrows nor leaves them high and dry.')
S.append(FrameBreak())
P('Keane is cautiously optimistic. Asked what she would say to a member who has never seen a water vole, she paused. “Go to the Leddon on a still evening in June, sit quietly and listen,” she said. “You will hear them before you see them.”')
S.append(box([Paragraph('<b>How you can help</b>', small),
              Paragraph('Report sightings of water voles or mink through our online recording form. Keep dogs out of rivers where voles live. Landowners: ask us about free advice on bankside fencing. Volunteers: join the raft-checking team.', small)]))
S.append(Spacer(1, 6))
S.append(Photo(46 * mm, 'river'))
P('The River Leddon below the mill bridge. Photo by Rhys Pemberton', cap)
P('<i>Harriet Quennell is a freelance nature writer and a member of the Trust since 2011.</i>', small)
S.append(NextPageTemplate('side')); S.append(PageBreak())

# ---------- p8 volunteer interview
P('VOLUNTEER SPOTLIGHT', kicker)
S.append(Photo(70 * mm, 'Nasrin'))
P('Nasrin Farahani at the Greyling Woods hide. Photo: Kwame Asante', cap)
S.append(box([Paragraph('<b>Nasrin in numbers</b>', small),
              Paragraph('Volunteering since 1966 · 14 reserves · 2,300 bird counts · 1 pair of binoculars, still going', small)]))
S.append(FrameBreak())
P('Sixty years of counting', h1)
P('Nasrin Farahani joined her first bird count in 1966, when the Trust was three years old. Ellie Thornbury asked her what has changed.', lead)
P('Ellie Thornbury in conversation with Nasrin Farahani', byl)
P('<b>Q: How did it all start?</b>')
P('A: My father was a keen birdwatcher back in Shiraz, and when we came to England he found the local group within a week. I was fourteen and I went along because there was cake. I stayed because of the lapwings. There were hundreds of them on the Levels in those days, tumbling and calling.')
P('<b>Q: Are there still hundreds?</b>')
P('A: Not hundreds, no. On a good day now we might count thirty. That is the hardest thing about doing this for so long: you carry in your head a picture of how it used to be, and the young ones have never seen it.')
S.append(FrameBreak())
P('<b>Q: Does that make you gloomy?</b>')
P('A: Sometimes. But then I look at the water voles, or the cranes that came back to the county five years ago, and I think, well, things can go the other way too. It just needs people to keep turning up.')
P('<b>Q: What keeps you turning up?</b>')
P('A: Habit, partly. And the company. The Tuesday group is the best gossip in Ashcombe. We have seen each other through weddings, funerals and one very bad hip replacement, which was mine.')
P('<b>Q: You still do the winter counts on the Levels?</b>')
P('A: Every month from October to March. I need a lift now, and someone younger carries the telescope, but I do the counting. My eyes are fine. It is my knees that have given up.')
P('<i>Continued on page 11</i>', ParagraphStyle('cont', parent=small, alignment=2, textColor=OCH))
S.append(NextPageTemplate('h2')); S.append(PageBreak())

# ---------- p9 Wild Kids
P('WILD KIDS', kicker)
P('Who’s been on the riverbank?', h1)
P('Puzzles and words: Fergus O’Donnell · Illustrations: Mei Takahashi', byl)
S.append(FrameBreak())
P('Water voles are shy, but they leave clues everywhere. Next time you walk by a river or pond, see how many of these you can spot. Tick them off as you go!', body)
S.append(box([Paragraph('<b>Spotter’s checklist</b>', small),
              Paragraph('☐ A round hole in the bank, just above the water<br/>☐ A neat “lawn” of nibbled grass around a burrow<br/>☐ Chopped stems with ends cut at a slant, like a tiny knife<br/>☐ A small pile of droppings, shaped like tic-tacs<br/>☐ A plop! as something dives into the water', small)]))
S.append(Spacer(1, 6))
P('Ask the expert', h2)
P('“Why do foxes scream at night?” asks Ollie Brannigan, aged 7, from Leddon.')
P('Great question, Ollie! In winter, foxes are looking for a mate, and they call to each other with loud screams and barks. It can sound scary, but it is just their way of saying “I’m over here!” By spring the screaming stops, and soon there will be cubs.')
S.append(FrameBreak())
S.append(Photo(60 * mm, 'drawing'))
P('Can you find six differences between the two riverbank pictures? Illustration: Mei Takahashi', cap)
P('Joke corner', h2)
P('What do you call a water vole that tells fibs? A fib-rodent! (Sorry.)')
P('Colouring competition', h2)
P('Draw your favourite riverbank animal and send it to us by 30 April. The winner gets a family ticket to the Leddon Bat Walk. Ask a grown-up to help you post it or upload it on our website.')
S.append(NextPageTemplate('h2')); S.append(PageBreak())

# ---------- p10 members' photos
P('YOUR PHOTOS', kicker)
P('Your wild moments', h1)
P('Thank you to everyone who sent in pictures this winter. Here are four of our favourites. Send yours to photos@ashcombewildlife.org.example.', lead)
S.append(FrameBreak())
S.append(Photo(55 * mm, 'barn owl'))
P('<b>Barn owl hunting over Culver Down at dusk.</b> “I waited three evenings in the same spot and on the fourth it flew straight past me,” says the photographer. © Sunita Ramaswamy', cap)
S.append(Photo(55 * mm, 'frost'))
P('<b>Hoar frost on teasels, Ashcombe Levels.</b> Taken by Liam Gallacher', cap)
S.append(FrameBreak())
S.append(Photo(55 * mm, 'otter'))
P('<b>Otter on the Tilly Brook, taken from the footbridge.</b> Photo: Ingrid Haugland', cap)
S.append(Photo(55 * mm, 'fungi'))
P('<b>Scarlet elf cups in Greyling Woods.</b> © Hiroshi Tanabe. Hiroshi is eleven and this is his first published photograph.', cap)
S.append(NextPageTemplate('two')); S.append(PageBreak())

# ---------- p11 letters + interview continuation
P('LETTERS', kicker)
P('Your letters', h1)
P('Rewilding, but not too wild', h2)
P('I very much enjoyed the autumn issue’s feature on grazing, but I wonder whether the Trust has thought about the walkers who use Culver Down. My neighbour’s terrier had a frightening encounter with one of the ponies last October. Could the Trust put up clearer signs at the stiles?')
P('Margaret Oyelaran, Kestle Bridge', sign)
P('<i>Declan Moriarty replies: Thank you, Margaret. New signs are going up at all five stiles this spring.</i>', small)
P('A thank-you to the hedge-layers', h2)
P('Last November I watched the Trust’s volunteers lay the hedge along the lane by our cottage. My late husband used to do the same work as a young man, and he always said, “A hedge is a wall that grows.” Seeing it done properly again brought tears to my eyes. Please pass on my thanks.')
P('Eileen Cassidy, Nether Leddon', sign)
P('Mink rafts', h2)
P('Is there any way that members can sponsor a mink raft? I would happily pay for one in memory of my father, who loved the river.')
P('Rajesh Menon, by email', sign)
P('<i>The editor replies: Yes! Details are on our website under “Give in memory”.</i>', small)
S.append(FrameBreak())
P('VOLUNTEER SPOTLIGHT', kicker)
P('<i>Continued from page 8</i>', small)
P('<b>Q: What would you tell someone thinking about volunteering?</b>')
P('A: Just come once. You do not need to know anything. I did not know a dunlin from a dunnock when I started. Nobody minds, and the birds certainly do not.')
P('<b>Q: And your favourite moment in sixty years?</b>')
P('A: A January morning in 1981, when a hen harrier came over the sea wall so low I could see its eyes. I forgot to count anything else for the rest of the day. My father never let me forget it.')
P('<b>Q: Thank you, Nasrin.</b>')
P('A: Thank you. Now, who is giving me a lift on Tuesday?')
S.append(Spacer(1, 6))
S.append(box([Paragraph('<b>Write to us</b>', small),
              Paragraph('Letters may be edited for length. Write to The Editor, Wild Ashcombe, The Old Granary, Mill Lane, Leddon, or email magazine@ashcombewildlife.org.example.', small)]))
S.append(NextPageTemplate('three')); S.append(PageBreak())

# ---------- p12 masthead
P('WHO WE ARE', kicker)
P('Ashcombe Wildlife Trust', h2)
P('We are a local charity working to protect wildlife and wild places across Ashcombe. We manage 38 nature reserves and are supported by more than 21,000 members.', small)
P('Ashcombe Wildlife Trust, The Old Granary, Mill Lane, Leddon. Registered charity no. 1000000 (example). Company limited by guarantee.', small)
S.append(FrameBreak())
mh = ParagraphStyle('mh', parent=small, fontName='Sans-B', spaceAfter=0, textColor=GRN)
mv = ParagraphStyle('mv', parent=small, spaceAfter=7)
for role, name in [('Editor', 'Lowri Davies'), ('Deputy Editor', 'Callum Reid'), ('Editorial assistant', 'Ayesha Qureshi'),
                   ('Design', 'Brambling Studio, Leddon'), ('Photography', 'Rhys Pemberton, Kwame Asante and Abdi Warsame'),
                   ('Printed by', 'Greenfold Print on FSC-certified paper')]:
    P(role, mh); P(name, mv)
S.append(FrameBreak())
P('Wild Ashcombe is published three times a year and sent free to all members. Views expressed by contributors are not necessarily those of the Trust. No part of this magazine may be reproduced without permission.', small)
P('Next issue: Summer 2026. Copy deadline 15 May.', small)
P('Cover: Rhys Pemberton', mv)

doc.build(S)
print('wrote', OUT)
