# Generator: "Lantern" - supporters' newsletter of Harrowfield Lantern Hospice (fictional), Spring 2026
import os
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Frame, Spacer, Table, TableStyle, Flowable
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hospice-supporters-newsletter-2026-en.pdf")
W, H = A4
M = 40
TEAL = colors.HexColor("#1f5f64")
GOLD = colors.HexColor("#c98a1b")

body = ParagraphStyle("b", fontName="Times-Roman", fontSize=10, leading=13, spaceAfter=5)
head = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=22, leading=25, textColor=TEAL, spaceAfter=6)
head2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=13.5, leading=16, textColor=TEAL, spaceAfter=3, spaceBefore=6)
kick = ParagraphStyle("k", fontName="Helvetica-Bold", fontSize=8, leading=10, textColor=GOLD, spaceAfter=3)
lead = ParagraphStyle("l", fontName="Helvetica", fontSize=11, leading=14.5, spaceAfter=6, textColor=colors.HexColor("#333333"))
byl = ParagraphStyle("by", fontName="Helvetica-Oblique", fontSize=8.5, leading=11, spaceAfter=8)
bycap = ParagraphStyle("bc", fontName="Helvetica-Bold", fontSize=8.5, leading=11, spaceAfter=8, textColor=TEAL)
cap = ParagraphStyle("c", fontName="Helvetica", fontSize=7.5, leading=9.5, textColor=colors.HexColor("#555555"), spaceAfter=7)
pull = ParagraphStyle("p", fontName="Times-BoldItalic", fontSize=17, leading=21, textColor=TEAL, spaceBefore=6, spaceAfter=3)
pullwho = ParagraphStyle("pw", fontName="Helvetica", fontSize=8, leading=10, spaceAfter=9)
small = ParagraphStyle("s", fontName="Helvetica", fontSize=8.5, leading=11)
smallb = ParagraphStyle("sb", fontName="Helvetica-Bold", fontSize=8.5, leading=11, spaceBefore=5)
diaryh = ParagraphStyle("dh", fontName="Helvetica-Bold", fontSize=9, leading=12, textColor=GOLD, spaceBefore=5)
letter = ParagraphStyle("lt", fontName="Times-Italic", fontSize=10, leading=13, spaceAfter=5)

class Photo(Flowable):
    def __init__(self, h): Flowable.__init__(self); self.h = h
    def wrap(self, aw, ah): self.w = aw; return aw, self.h
    def draw(self):
        self.canv.setFillColor(colors.HexColor("#c4c4c4")); self.canv.rect(0, 0, self.w, self.h, fill=1, stroke=0)

def P(t, s=body): return Paragraph(t, s)
def paras(txt, s=body): return [Paragraph(x.strip(), s) for x in txt.strip().split("\n\n")]
def box(flows, bg="#e6f0ef"):
    t = Table([[flows]])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)), ("LEFTPADDING", (0, 0), (-1, -1), 7),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 7), ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    return t

def chrome(c, n, section):
    c.setFillColor(TEAL); c.rect(0, H - 24, W, 24, fill=1, stroke=0)
    c.setFillColor(colors.white); c.setFont("Helvetica-Bold", 8)
    c.drawString(M, H - 16, "LANTERN  |  Supporters' newsletter  |  Spring 2026")
    c.drawRightString(W - M, H - 16, section.upper())
    c.setFillColor(colors.black); c.setFont("Helvetica", 8)
    c.drawCentredString(W / 2, 20, "Page %d" % n)
    c.drawString(M, 20, "harrowfieldlantern.org.uk")
    c.drawRightString(W - M, 20, "Registered charity no. 1099999")

def layout(c, n, segments, gap=16):
    top = H - 36
    for ncols, h, flows in segments:
        if h is None: h = top - 36
        cw = (W - 2 * M - gap * (ncols - 1)) / ncols
        flows = list(flows)
        for i in range(ncols):
            Frame(M + i * (cw + gap), top - h, cw, h, leftPadding=0, rightPadding=0, topPadding=2, bottomPadding=0).addFromList(flows, c)
        if flows: raise SystemExit("Overflow on page %d: %r" % (n, flows[0]))
        top -= h + 6

def cols(c, n, top_h, lists, gap=16):
    """Each flowable list gets its own column below a full-width top block of height top_h."""
    k = len(lists)
    cw = (W - 2 * M - gap * (k - 1)) / k
    ytop = H - 36 - top_h - 6
    for i, fl in enumerate(lists):
        fl = list(fl)
        Frame(M + i * (cw + gap), 36, cw, ytop - 36, leftPadding=0, rightPadding=0, topPadding=2, bottomPadding=0).addFromList(fl, c)
        if fl: raise SystemExit("Overflow on page %d col %d" % (n, i))

pages = []

def p1(c):
    c.setFillColor(TEAL); c.rect(0, H - 170, W, 170, fill=1, stroke=0)
    c.setFillColor(GOLD); c.setFont("Times-Bold", 58); c.drawString(M, H - 95, "Lantern")
    c.setFillColor(colors.white); c.setFont("Helvetica", 11)
    c.drawString(M, H - 122, "News for the friends and supporters of Harrowfield Lantern Hospice")
    c.setFont("Helvetica-Bold", 10); c.drawString(M, H - 145, "Issue 58  |  Spring 2026")
    c.setFillColor(colors.HexColor("#c4c4c4")); c.rect(M, 300, W - 2 * M, H - 170 - 320, fill=1, stroke=0)
    c.setFillColor(colors.black); c.setFont("Helvetica", 7.5)
    c.drawString(M, 288, "Spring in the hospice garden: the new sensory beds outside the Willow Ward. Photo by Callum Ferris")
    f = Frame(M, 50, W - 2 * M, 225, leftPadding=0, rightPadding=0)
    fl = [P("INSIDE THIS ISSUE", kick)]
    for pg, t in [("2", "A letter from our Chief Executive"), ("3", "\u201cShe danced in the garden on her last good day\u201d: the Lindqvist family's story"),
                  ("5", "Meet our volunteers"), ("6", "Fundraising round-up: colour, cake and a very big hill"),
                  ("7", "A nurse's diary: twelve hours on Willow Ward"), ("8", "Ten minutes with our chaplain"),
                  ("9", "Your letters"), ("10", "Thank you and credits")]:
        fl.append(P("<font name='Helvetica-Bold' color='#c98a1b'>%s</font>&nbsp;&nbsp;&nbsp;%s" % (pg, t), ParagraphStyle("x", fontName="Helvetica", fontSize=11, leading=17)))
    f.addFromList(fl, c)
    assert not fl
pages.append(p1)

def p2(c):
    chrome(c, 2, "From the Chief Executive")
    main = [P("FROM THE CHIEF EXECUTIVE", kick), P("Every hour of care begins with you", head)] + paras("""
Dear friends,

When I walk through the hospice at night, which I try to do at least once a month, the thing that strikes me most is how ordinary it feels. A daughter is asleep in the reclining chair beside her father. A nurse is making toast for a patient who has not wanted to eat for three days and suddenly does. Somebody is laughing in the family room. None of it would be possible without you.

This year has not been easy for hospices anywhere in the country. Our running costs have risen by almost eleven per cent, largely because of energy prices and the fair pay rise our clinical staff deserved. Only around a third of what we spend comes from the NHS. The rest, more than four million pounds, is raised by our shops, our lottery, our events and by the extraordinary generosity of people like you.

I am proud to tell you that in 2025 we cared for 1,284 patients, more than ever before, and our Hospice at Home team made over 9,000 visits. We also opened two new rooms on Willow Ward, each with doors straight out to the garden, so that patients can be wheeled outside in their beds to feel the sun.

In this issue you will meet the Lindqvist family, who have kindly allowed us to share their story. You will read a day in the life of one of our nurses, and you will hear from the volunteers who keep our reception, our cafe and our garden running. I hope it shows you what your support really means.

Thank you, from all of us.
""") + [P("With warm regards,", body), P("<b>Margaret Oyelaran-Hughes</b><br/>Chief Executive", body)]
    side = [Photo(120), P("Margaret Oyelaran-Hughes in the hospice garden. Photo: Callum Ferris", cap),
            box([P("IN BRIEF", kick),
                 P("<b>New bereavement group.</b> A walking group for bereaved men meets on the first Saturday of each month at Harrowfield Country Park.", small), Spacer(1, 5),
                 P("<b>Lottery winner.</b> Congratulations to Mr D. Pennington of Eastfold, who won our spring superdraw of \u00a31,000.", small), Spacer(1, 5),
                 P("<b>Shop opening.</b> Our ninth charity shop opens on Station Road, Millbrook, on 14 May.", small), Spacer(1, 5),
                 P("<b>Save the date.</b> Light up a Life returns to the Cathedral Green on 6 December.", small)])]
    cw = (W - 2 * M - 16) * 0.64
    fl = list(main)
    Frame(M, 36, cw, H - 72, leftPadding=0, rightPadding=0, topPadding=2).addFromList(fl, c)
    if fl: raise SystemExit("overflow p2")
    fl = list(side)
    Frame(M + cw + 16, 36, W - 2 * M - 16 - cw, H - 72, leftPadding=0, rightPadding=0, topPadding=30).addFromList(fl, c)
    if fl: raise SystemExit("overflow p2 side")
pages.append(p2)

def p3(c):
    chrome(c, 3, "Family stories")
    top = [P("FAMILY STORIES", kick), P("\u201cShe danced in the garden on her last good day\u201d", head),
           P("When Astrid Lindqvist was admitted to the hospice last summer, her family expected the worst. What they found, they say, was room to be themselves. Her husband and daughter share their story, with permission.", lead),
           P("Words by Eleanor Fairbrother", byl)]
    txt = paras("""
Astrid Lindqvist was 63, a retired primary school head teacher and, in her husband's words, "the best dancer in Harrowfield, by a mile." She had been diagnosed with ovarian cancer two years earlier and had been cared for at home for several months by our community team before she came to Willow Ward in July.

"I thought a hospice was where you went to be quiet and wait," says her husband, Per Lindqvist. "I was frightened of the place. I didn't want to bring her here." He sits at the kitchen table of the family's terraced house as he speaks, a photograph of Astrid in a red dress propped against the fruit bowl.

What changed his mind, he says, was the first evening. A healthcare assistant asked Astrid what music she liked, and within half an hour a small speaker on the windowsill was playing the Swedish folk songs she had grown up with in Uppsala. "She cried, and then she laughed, and then she told the nurse off for not knowing the words," Per remembers.

Their daughter, Freya, was 29 and living in Bristol when her mother became ill. She took unpaid leave from her job as a paramedic and slept at the hospice for most of the last three weeks. "Nobody ever asked me to go home," she says. "They brought me a camp bed and a toothbrush and a terrible cup of coffee every morning, and I loved them for it."
""")
    ph = [Photo(140), P("Per and Freya Lindqvist with Astrid's favourite photograph. Photo: Callum Ferris", cap)]
    layout(c, 3, [(1, 150, top), (2, None, txt[:2] + ph + txt[2:] + [P("<i>Continued on page 4</i>", small)])])
pages.append(p3)

def p4(c):
    chrome(c, 4, "Family stories")
    txt = paras("""
<b>Continued from page 3</b>

Freya says that what she remembers most is not the medicine, though she praises the way the team managed her mother's pain. It is the small freedoms. Astrid was allowed to keep her own duvet. The family's elderly spaniel, Bosse, visited twice a week. On the Friday before she died, a warm afternoon with no wind, Astrid asked to go outside.

"The nurses wheeled her bed right out onto the lawn," Freya says. "Somebody put on Abba, of all things, and Mum sat up and moved her arms like she was dancing. Dad held her hands and they sort of swayed together. Half of the staff were crying. So was I." She stops and smiles. She says it was the happiest she had seen her mother in a year.

Astrid died four days later, peacefully, with Per and Freya beside her. Since then, the family have raised more than \u00a36,500 for the hospice. Freya ran the Harrowfield Half Marathon in October in a red dress, and Per, who has never baked in his life, organised a Swedish cinnamon bun sale at his former workplace.

Per now comes to the hospice's bereavement support group on Thursday evenings. He was reluctant at first. "Men of my age don't talk about feelings," he says. "We talk about football. But it turns out that in that room you can do both."

Asked what he would say to another family facing the same decision, he does not hesitate. "Come and look. Just come and look. It is not what you think it is."
""")
    pq = [P("\u201cNobody ever asked me to go home.\u201d", pull), P("Freya Lindqvist, Astrid's daughter", pullwho)]
    bx = box([P("TALKING ABOUT DYING", kick), P("Our Compassionate Communities team runs free \u201cDeath Cafe\u201d evenings in libraries across the district. Come for tea, cake and an honest conversation. Dates are on our website.", small)])
    ph = [Photo(120), P("The lawn outside Willow Ward, where Astrid danced. Photo: Niamh Delaney", cap)]
    layout(c, 4, [(2, None, txt[:3] + pq + txt[3:] + ph + [bx])])
pages.append(p4)

def p5(c):
    chrome(c, 5, "Volunteers")
    top = [P("VOLUNTEER PROFILES", kick), P("The people behind the tea trolley", head),
           P("More than 640 volunteers give their time to Lantern. This spring we asked two of them why they do it.", lead)]
    a = [P("Tomasz Wierzbicki, gardener", head2), Photo(85), P("Tomasz among the raised beds. Photo: Niamh Delaney", cap)] + paras("""
Every Tuesday and Friday for the last six years, Tomasz Wierzbicki has arrived at eight o'clock sharp with a flask of tea and a pair of muddy boots. A retired structural engineer, he leads a team of eleven volunteer gardeners who look after the hospice's two acres of lawn, borders and vegetable beds.

It was Tomasz who designed the new sensory beds outside Willow Ward, with raised planters at bed height so that patients can touch lavender, rosemary and lamb's ears without getting up. "Some patients cannot see very well any more, or hear very well," he explains. "But everybody can smell mint."

His wife, Halina, was cared for by the hospice in 2019. He says that gardening here is his way of saying thank you, and that the work is good for him as well. "When I have a bad day, I dig," he says. "By lunchtime the bad day is usually in the compost."
""") + [P("<i>Contributed by Priya Raghunathan, Voluntary Services Manager</i>", small)]
    b = [P("Bernadette Kiely, ward volunteer", head2), Photo(85), P("Bernadette with the famous tea trolley. Photo: Niamh Delaney", cap)] + paras("""
If you have visited Willow Ward on a weekday afternoon, you will almost certainly have met Bernadette Kiely. She is the woman with the tea trolley, the Cork accent and an apparently endless supply of custard creams.

Bernadette worked as a school dinner lady for thirty years before she retired, and she says the skills are much the same: patience, a good memory for who takes sugar, and the ability to talk to anyone. She also sits with patients whose families live far away, reads the newspaper aloud and, on one occasion, helped a gentleman of 91 write a love letter to his wife.

"People think it must be sad, volunteering here," she told us. "It is sad sometimes. But there's more laughter on this ward than in any staffroom I ever worked in." She has no plans to stop.
""") + [P("<i>Contributed by Priya Raghunathan, Voluntary Services Manager</i>", small),
        Spacer(1, 6), box([P("COULD YOU VOLUNTEER?", kick), P("We are looking for drivers, shop helpers and befrienders. Call our volunteering team on 01632 960 412.", small)])]
    layout(c, 5, [(1, 100, top)]); cols(c, 5, 100, [a, b])
pages.append(p5)

def p6(c):
    chrome(c, 6, "Fundraising")
    top = [P("FUNDRAISING ROUND-UP", kick), P("Colour, cake and a very big hill", head)]
    a = [P("Five thousand shades of thank you", head2), P("By Jamal Haddad and Sophie Brannigan", byl)] + paras("""
On a bright Sunday in March, 1,150 runners, walkers and pushchair-pushers set off from Harrowfield Racecourse for our first ever Colour Dash. At every kilometre marker a team of volunteers threw clouds of coloured powder, and by the finish line nobody could tell which shirt had started out white.

We were bowled over by the result: \u00a348,700 raised, which would pay for a nurse on Willow Ward for more than a year. The oldest participant, 84-year-old Dorothy Ashworth, walked the route with her three great-grandchildren. "I'm pink from head to foot and I've never felt better," she said at the finish.

Thank you to every runner, marshal and sponsor. The Colour Dash returns on 22 March 2027.
""")
    b = [P("Kilimanjaro for Kieran", head2)] + paras("""
In February, a group of nine friends from the Millbrook Rugby Club climbed Mount Kilimanjaro in memory of their teammate Kieran Doyle, who was cared for by our Hospice at Home team. They reached Uhuru Peak at sunrise on the seventh day, in temperatures of minus fifteen.

Team captain Rhys Pritchard emailed us from base camp: "Altitude sickness, blisters and the worst porridge in Africa. Worth every step." Together the team has raised \u00a321,340, and the total is still climbing.
""") + [P("<b>Oliver Nakamura-Grant</b>, Community Fundraising Officer", small)]
    d = [P("A very Lantern bake sale", head2)] + paras("""
Pupils at St Aidan's Primary School in Eastfold held a bake sale in their school hall in January, with a competition for the best cake shaped like a lantern. The winning entry, by Year 4 pupil Arjun Mehta, had a working battery candle inside.

The school raised \u00a3612.40, which the children counted themselves in coins. Head teacher Mrs Ngozi Eze said the pupils had voted to support the hospice after a classmate's grandfather was cared for there.
""") + [P("Contributed by <b>Lucy Tremayne</b>, Schools and Youth Fundraiser", small)]
    ph = [Photo(100), P("Runners at the Colour Dash finish line. Photo: Jamal Haddad", cap)]
    layout(c, 6, [(1, 50, top)]); cols(c, 6, 50, [a + ph, b, d], gap=14)
pages.append(p6)

def p7(c):
    chrome(c, 7, "A nurse's diary")
    top = [P("A NURSE'S DIARY", kick), P("Twelve hours on Willow Ward", head),
           P("What does a day shift at the hospice really look like? A senior staff nurse kept a diary for us.", lead),
           P("ROISIN MCCARTHY", bycap)]
    txt = [P("Monday, 7.10am", diaryh)] + paras("""
Handover with the night team. Twelve patients on the ward, one empty bed being made up for an admission from the General. Kofi, the night nurse, tells me that Mr A. had a settled night but asked twice whether his son had landed yet. His son is flying in from Toronto. Everybody on the ward is quietly willing that plane to hurry up.
""") + [P("8.30am", diaryh)] + paras("""
Medication round. I spend longer with Mrs B., who is frightened of the syringe driver we started yesterday. I show her how small the needle is and how it means no more tablets she cannot swallow. She asks if it will make her sleepy. I tell her the truth: a little, perhaps, and we can adjust it. She squeezes my hand and says, "As long as I'm awake for the grandchildren at four."
""") + [P("10.15am", diaryh)] + paras("""
Multidisciplinary meeting. Doctors, nurses, the physio, our social worker and Reverend Kwame. We talk about every patient not just as a list of symptoms but as a person with a family, a dog, a worry about the rent. It is my favourite meeting of the week, and the one I would most like outsiders to see.
""") + [P("12.40pm", diaryh)] + paras("""
Mr A.'s son has landed. He arrives at the ward at twenty to one, still holding his passport, and I take him straight in. I close the door and leave them. Half an hour later I bring in two cups of tea and find them watching cricket highlights together on a phone.
""") + [P("2.00pm", diaryh)] + paras("""
The admission from the General arrives: a woman in her forties, very unwell, with a husband who has not slept properly in a week. Getting her comfortable takes most of the afternoon. Her husband keeps apologising for being in the way. I tell him he is not in the way. He is the reason we are here.
""")
    pq = [P("\u201cAs long as I'm awake for the grandchildren at four.\u201d", pull), P("A patient on Willow Ward", pullwho)]
    layout(c, 7, [(1, 130, top), (2, None, txt[:5] + pq + txt[5:])])
pages.append(p7)

def p8(c):
    chrome(c, 8, "A nurse's diary / Chaplaincy")
    diary = [P("4.00pm", diaryh)] + paras("""
The grandchildren arrive for Mrs B.: three of them, under seven, loud and wonderful. She is awake. One of our healthcare assistants, Deepa, finds a box of crayons and they draw together on the bed table.
""") + [P("7.25pm", diaryh)] + paras("""
Handover to nights. I drive home with the radio off. People often ask me how I can do this job. The honest answer is that on most days I go home feeling that I have done something that mattered. Not many people can say that about their work. Today was one of those days.
""") + [P("<i>Roisin McCarthy has been a nurse at Harrowfield Lantern Hospice since 2014.</i>", small)]
    top = [P("CHAPLAINCY", kick), P("Ten minutes with our chaplain", head),
           P("Hannah Whitlock in conversation with the Reverend Kwame Asante-Boateng, who leads the hospice's spiritual care team.", lead)]
    QS = ParagraphStyle("qq", parent=body, fontName="Times-Bold", spaceAfter=2)
    qa = []
    for q, a in [("You are a Methodist minister. Do patients have to be religious to talk to you?", "Not at all. Most of the people I sit with would not call themselves religious. Spiritual care is about what gives your life meaning, and that can be God, or your allotment, or your grandchildren, or Leeds United."),
                 ("What do people most want to talk about?", "Usually not death. They want to talk about their lives: the good bits and the regrets. Sometimes they want help to say sorry to somebody, or to say thank you."),
                 ("Is there a moment you remember especially?", "A man who had not spoken to his brother for twenty-two years asked me to phone him. The brother came the same evening. I left them alone, and when I came back they were arguing about a football match from 1986. It was beautiful."),
                 ("How do you look after yourself?", "I walk the canal every morning, and I sing in a very bad choir.")]:
        qa += [P("Q: " + q, QS), P("A: " + a, body)]
    ph = [Photo(85), P("The Reverend Kwame Asante-Boateng in the hospice's quiet room. Photo: Callum Ferris", cap)]
    layout(c, 8, [(2, 190, diary), (1, 92, top), (2, None, ph + qa)])
pages.append(p8)

def p9(c):
    chrome(c, 9, "Your letters")
    top = [P("YOUR LETTERS", kick), P("\u201cThank you\u201d never feels like enough", head),
           P("We receive hundreds of cards and letters every year. Here are three we were given permission to share.", lead)]
    l1 = paras("""
Dear everyone on Willow Ward,

I don't know the names of half of you, and that is part of the reason I am writing. The lady who cleaned Dad's room every morning and always asked about his pigeons. The night nurse with the Scottish accent who found him a boiled egg at three in the morning. The man who played the piano in the hall on Sunday.

Dad was a difficult man in many ways, and he did not like fuss. But in his last week he told me, "They treat me like I'm somebody here." I will never forget that.
""", letter) + [P("Yours, with gratitude,<br/><b>Gareth Llewellyn</b>, Pontyberem", body)]
    l2 = paras("""
To the Hospice at Home team,

For eleven weeks you came to our house and made it possible for my wife, Sunniva, to stay in her own bed, looking at her own garden. You never once made me feel that I was doing it wrong, even when I was.

Sunniva asked me to write to you. Her exact words were, "Tell them they were the best part of a bad year." So I am telling you.
""", letter) + [P("Yours sincerely,<br/><b>Anders Holmqvist</b>", body)]
    l3 = paras("""
Dear Lantern,

I am nine. My Nana died at the hospice in November. I liked the fish tank and the nurse called Precious who let me push the button on Nana's bed. I am doing a sponsored silence at school for you. It will be very hard for me.
""", letter) + [P("Love from<br/><b>Isla Mae Donnelly</b>, age 9", body),
                   Spacer(1, 6), box([P("WRITE TO US", kick), P("Letters to the editor: Lantern, Harrowfield Lantern Hospice, Copse Lane, Harrowfield HF4 2LT, or lantern@harrowfieldlantern.org.uk", small)])]
    layout(c, 9, [(1, 105, top)]); cols(c, 9, 105, [l1, l2, l3], gap=14)
pages.append(p9)

def p10(c):
    chrome(c, 10, "Thank you and credits")
    top = [P("THANK YOU", kick), P("With our thanks", head),
           P("This newsletter is produced in-house and printed on recycled paper thanks to the generosity of Millbrook Print Works. Every family story is shared with the written permission of the family concerned.", lead)]
    col1 = [P("Editor", smallb), P("Eleanor Fairbrother", small),
            P("Deputy Editor", smallb), P("Hannah Whitlock", small),
            P("Chief Executive", smallb), P("Margaret Oyelaran-Hughes", small),
            P("Design and layout", smallb), P("Studio Kestrel, Harrowfield", small)]
    col2 = [P("Photography", smallb), P("Photography: Callum Ferris, Niamh Delaney and Jamal Haddad", small),
            P("Picture credits", smallb), P("Cover, pages 2, 3 and 8: Callum Ferris<br/>Pages 4 and 5: Niamh Delaney<br/>Page 6: Jamal Haddad", small),
            P("With thanks to", smallb), P("The Lindqvist family; Gareth Llewellyn; Anders Holmqvist; the Donnelly family; and all the volunteers, fundraisers and staff who contributed to this issue.", small)]
    col3 = [P("Contact us", smallb), P("Harrowfield Lantern Hospice<br/>Copse Lane, Harrowfield HF4 2LT<br/>Switchboard 01632 960 400<br/>Supporter care 01632 960 455", small),
            P("Your data", smallb), P("If you no longer wish to receive Lantern, or would prefer to receive it by email, please call supporter care or write to us. We never sell or swap your details.", small),
            Spacer(1, 8), box([P("Registered charity in England and Wales no. 1099999. A company limited by guarantee, no. 04999999.", small)])]
    cw = (W - 2 * M - 32) / 3
    layout(c, 10, [(1, 110, top)])
    for i, fl in enumerate([col1, col2, col3]):
        fl = list(fl)
        Frame(M + i * (cw + 16), 300, cw, H - 36 - 116 - 300, leftPadding=0, rightPadding=0, topPadding=2).addFromList(fl, c)
        if fl: raise SystemExit("overflow p10")
    c.setFillColor(colors.HexColor("#c4c4c4")); c.rect(M, 60, W - 2 * M, 220, fill=1, stroke=0)
    c.setFillColor(colors.black); c.setFont("Helvetica", 7.5)
    c.drawString(M, 48, "Volunteers and staff at the Light up a Life service, December 2025.")
pages.append(p10)

c = canvas.Canvas(OUT, pagesize=A4, invariant=1)
c.setTitle("Lantern - Spring 2026"); c.setAuthor("Harrowfield Lantern Hospice")
for p in pages:
    p(c); c.showPage()
c.save()
print("wrote", OUT, len(pages), "pages")
