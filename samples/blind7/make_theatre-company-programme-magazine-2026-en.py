# Generator for theatre-company-programme-magazine-2026-en.pdf (fictional season magazine). Deterministic.
import io, os
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import Paragraph, Frame, Spacer, Flowable
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

D = "/usr/share/fonts/truetype/dejavu/"
for n, f in [("S", "DejaVuSans.ttf"), ("SB", "DejaVuSans-Bold.ttf"), ("SI", "DejaVuSans-Oblique.ttf"),
             ("R", "DejaVuSerif.ttf"), ("RB", "DejaVuSerif-Bold.ttf"), ("RI", "DejaVuSerif-Italic.ttf")]:
    pdfmetrics.registerFont(TTFont(n, D + f))
from reportlab.lib.fonts import addMapping
addMapping("S", 0, 0, "S"); addMapping("S", 1, 0, "SB"); addMapping("S", 0, 1, "SI"); addMapping("S", 1, 1, "SB")
addMapping("R", 0, 0, "R"); addMapping("R", 1, 0, "RB"); addMapping("R", 0, 1, "RI"); addMapping("R", 1, 1, "RB")

W, H = A4
GREEN = colors.HexColor("#7a1f2b")
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "theatre-company-programme-magazine-2026-en.pdf")


def st(fs):
    return {
        "body": ParagraphStyle("b", fontName="R", fontSize=fs, leading=fs * 1.3, spaceAfter=fs * 0.5, alignment=4),
        "h": ParagraphStyle("h", fontName="SB", fontSize=fs * 2.1, leading=fs * 2.4, spaceAfter=fs * 0.6, textColor=GREEN),
        "h2": ParagraphStyle("h2", fontName="SB", fontSize=fs * 1.4, leading=fs * 1.7, spaceAfter=fs * 0.4, spaceBefore=fs * 0.6),
        "lead": ParagraphStyle("l", fontName="SB", fontSize=fs * 1.05, leading=fs * 1.4, spaceAfter=fs * 0.7),
        "by": ParagraphStyle("by", fontName="SI", fontSize=fs * 0.95, leading=fs * 1.3, spaceAfter=fs * 0.7, textColor=GREEN),
        "cap": ParagraphStyle("c", fontName="SI", fontSize=fs * 0.8, leading=fs * 1.05, spaceAfter=fs * 0.8),
        "pull": ParagraphStyle("p", fontName="RI", fontSize=fs * 1.7, leading=fs * 2.1, textColor=GREEN, spaceBefore=fs * 0.5, spaceAfter=fs * 0.2),
        "pullby": ParagraphStyle("pb", fontName="S", fontSize=fs * 0.9, leading=fs * 1.2, spaceAfter=fs, textColor=GREEN),
        "sign": ParagraphStyle("s", fontName="R", fontSize=fs, leading=fs * 1.3, spaceAfter=0),
        "small": ParagraphStyle("sm", fontName="S", fontSize=fs * 0.85, leading=fs * 1.15, spaceAfter=fs * 0.3),
        "ing": ParagraphStyle("i", fontName="S", fontSize=fs * 0.88, leading=fs * 1.2, spaceAfter=1, leftIndent=6),
    }


class Photo(Flowable):
    def __init__(self, h):
        Flowable.__init__(self); self.ph = h
    def wrap(self, aw, ah):
        self.w = aw; return aw, self.ph
    def draw(self):
        self.canv.setFillColor(colors.HexColor("#bdbdbd")); self.canv.rect(0, 0, self.w, self.ph, stroke=0, fill=1)


def fit(c, rects, make, box=False):
    for fs in (9.5, 9.2, 8.9, 8.6, 8.3, 8.0, 7.7, 7.4, 7.1, 6.8, 6.5, 6.2, 5.9):
        fl = make(st(fs))
        dummy = canvas.Canvas(io.BytesIO())
        rest = list(fl)
        for (x, y, w, h) in rects:
            Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0).addFromList(rest, dummy)
            if not rest:
                break
        if not rest:
            break
    else:
        raise SystemExit("does not fit")
    if box:
        for (x, y, w, h) in rects:
            c.setFillColor(colors.HexColor("#f4ecec")); c.setStrokeColor(GREEN)
            c.rect(x - 5, y - 5, w + 10, h + 10, stroke=1, fill=1)
    fl = make(st(fs))
    for (x, y, w, h) in rects:
        Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0).addFromList(fl, c)
        if not fl:
            break


M = 18 * mm
TOP = H - 22 * mm
BOT = 18 * mm


def cols(n, top=TOP, bot=BOT, x0=M, x1=None, gap=6 * mm):
    x1 = x1 or W - M
    cw = (x1 - x0 - gap * (n - 1)) / n
    return [(x0 + i * (cw + gap), bot, cw, top - bot) for i in range(n)]



_st = st
def st(fs):
    d = _st(fs)
    d["h"] = ParagraphStyle("h", fontName="RB", fontSize=fs * 2.3, leading=fs * 2.6, spaceAfter=fs * 0.6, textColor=GREEN)
    d["h2"] = ParagraphStyle("h2", fontName="RB", fontSize=fs * 1.35, leading=fs * 1.7, spaceAfter=fs * 0.3, spaceBefore=fs * 0.6)
    d["q"] = ParagraphStyle("q", parent=d["body"], fontName="SB", textColor=GREEN)
    d["date"] = ParagraphStyle("dt", fontName="SB", fontSize=fs * 0.95, leading=fs * 1.3, spaceBefore=fs * 0.5, textColor=GREEN)
    d["cred"] = ParagraphStyle("cr", fontName="S", fontSize=fs * 0.85, leading=fs * 1.2, spaceAfter=fs * 0.15)
    return d


def chrome(c, pno, head):
    c.setStrokeColor(GREEN); c.setLineWidth(1.5)
    c.line(M, H - 16 * mm, W - M, H - 16 * mm)
    c.setFont("SB", 10); c.setFillColor(GREEN)
    if pno % 2 == 0:
        c.drawString(M, H - 13 * mm, str(pno)); c.setFont("S", 7.5)
        c.drawString(M + 10 * mm, H - 13 * mm, "CURTAIN CALL · SPRING/SUMMER 2026")
        c.drawRightString(W - M, H - 13 * mm, head.upper())
    else:
        c.drawRightString(W - M, H - 13 * mm, str(pno)); c.setFont("S", 7.5)
        c.drawString(M, H - 13 * mm, head.upper())
        c.drawRightString(W - M - 10 * mm, H - 13 * mm, "HARBOURLIGHT THEATRE COMPANY")
    c.setLineWidth(0.5); c.line(M, 12 * mm, W - M, 12 * mm)
    c.setFont("S", 6.5); c.drawCentredString(W / 2, 8 * mm, "harbourlight-theatre.example · Box office 01632 960 418")
    c.setFillColor(colors.black)


def P(s, t):
    return Paragraph(t, s)


def photo(c, x, y, w, h, cap):
    c.setFillColor(colors.HexColor("#bdbdbd")); c.rect(x, y, w, h, stroke=0, fill=1)
    c.setFillColor(colors.black); c.setFont("SI", 7.2); c.drawString(x, y - 3.5 * mm, cap)


pages = []

def p1(c):
    c.setFillColor(colors.HexColor("#1c1c1c")); c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#5a5a5a")); c.rect(M, 60 * mm, W - 2 * M, 150 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white); c.setFont("RB", 44); c.drawString(M, H - 40 * mm, "Curtain Call")
    c.setFont("S", 12); c.drawString(M, H - 50 * mm, "The season magazine of Harbourlight Theatre Company")
    c.setFont("SB", 11); c.drawString(M, H - 58 * mm, "Spring/Summer 2026 · Issue 19 · Free")
    c.setFont("RB", 20); c.drawString(M, 45 * mm, "The Salt Orchard")
    c.setFont("S", 10.5); c.drawString(M, 38 * mm, "A new play by Tobias Lindqvist · World premiere 17 April 2026")
    c.setFont("S", 9); c.drawString(M, 28 * mm, "Inside: the rehearsal diary · meet the company · Stage Write at ten · what the critics said")
pages.append(p1)

def p2(c):
    chrome(c, 2, "Welcome")
    def inh(s):
        rows = [("From the Artistic Director", 2), ("Making The Salt Orchard: a conversation", 3), ("Rehearsal Diary", 5),
                ("Meet the Company", 7), ("Rehearsal Diary, continued", 8), ("Learning & Participation", 9),
                ("What the Critics Said", 10), ("Credits", 11)]
        out = [P(s["h2"], "Contents")]
        for t, p in rows:
            out.append(P(s["small"], "<font name='SB'>%d</font>  %s" % (p, t)))
        return out
    fit(c, [(M, TOP - 75 * mm, 50 * mm, 72 * mm)], inh, box=True)
    photo(c, M - 5, BOT + 30 * mm, 60 * mm, 80 * mm, "Siobhán Keaveney in the stalls.")
    def note(s):
        return [P(s["h"], "A harbour, a light, and a new play"),
            P(s["lead"], "From the Artistic Director"),
            P(s["body"], "Dear friends,"),
            P(s["body"], "When I took this job four years ago, I promised our board two things: that we would tour to every coastal town between Ardmoor and Kessock Point at least once a season, and that we would put a brand-new play on our main stage every single year. The first promise has cost us two van gearboxes. The second has given us some of the proudest nights in the company's history."),
            P(s["body"], "This spring, we open The Salt Orchard, a play that began as a conversation in our café between our associate director and a young writer who had just moved to the coast from Gothenburg. Three drafts, one workshop week and a great many pots of tea later, it is ready for you. It is a play about a family who keep an apple orchard on land the sea is slowly taking back, and about what we choose to save when we cannot save everything."),
            P(s["body"], "In these pages you will find that conversation, continued; a rehearsal diary kept by our assistant director; portraits of three members of the acting company; and a report from our Learning team, whose Stage Write programme turns ten this year. Over three hundred young people have now seen a play they wrote performed by professional actors. I can think of no better reason for a theatre to exist."),
            P(s["body"], "None of this happens without you. Our audiences grew by eleven per cent last season, and our Friends scheme passed one thousand members in February. Thank you for coming, for bringing your neighbours, and for telling us, sometimes loudly, what you think."),
            P(s["body"], "I look forward to seeing you in the foyer."),
            P(s["sign"], "Yours,"), Spacer(1, 4), P(s["sign"], "<b>Siobhán Keaveney</b>"), P(s["sign"], "<i>Artistic Director</i>")]
    fit(c, [(M + 62 * mm, BOT, W - 2 * M - 62 * mm, TOP - BOT)], note)
pages.append(p2)

IV1 = [
    ("RI", "Tobias, you first came to us with a single page. What was on it?"),
    ("TL", "A list of apple varieties. Old ones, the kind nobody grows any more: Ellison's Orange, Winter Banana, Norfolk Beefing. My grandmother grew some of them on a farm near Halmstad, and I had found her planting notes in a box. I didn't know yet that it was a play. I only knew that the names were beautiful and that the farm didn't exist any more."),
    ("RI", "And the sea came later?"),
    ("TL", "The sea came when I moved here. I walked along the shore below Carrick Head and saw fence posts standing in the water, forty metres out, where there used to be fields. A man walking his dog told me, \u201cMy father made hay where you're standing.\u201d I went home and wrote the first scene that night."),
    ("RI", "What I love about the play is that nobody in it is a villain. The family argue, but everyone is right."),
    ("TL", "That was important to me. It's easy to write a play about climate where the audience goes home feeling either guilty or smug. I wanted Maj, the mother, to be someone who stays because she's stubborn and brave, and her son Erik to be someone who leaves because he's stubborn and brave, too."),
    ("RI", "You rewrote the ending three times."),
    ("TL", "Four, if you count the version I never showed you. In the first one the orchard floods and everyone cries. It was terrible. You told me, and I wrote it down because it annoyed me so much, \u201cThe audience already knows the sea wins. Show them what the family keeps.\u201d"),
]
IV2 = [
    ("RI", "Did that annoy you for long?"),
    ("TL", "About a week. Then I realised you were right, which was even more annoying. The ending now is very quiet: a jar of seeds and a grafting knife handed from one generation to the next. I'm not going to say more, because people should see it."),
    ("RI", "How has it been, hearing the actors speak the text?"),
    ("TL", "Terrifying and wonderful. In the first read-through Agnieszka said a line in a way I hadn't imagined, and it was better than anything I had in my head. I went home and cut half a page because she'd done with one breath what I needed six sentences for."),
    ("RI", "Writers don't often volunteer cuts."),
    ("TL", "I've learnt that the play isn't finished when I stop typing. It's finished when the actors and the audience have breathed into it. Before that it's just a very long letter."),
    ("RI", "Last question. What do you hope people talk about on the drive home?"),
    ("TL", "Their grandparents, maybe. What they would carry out of a house if the water came. And I hope a few of them go to a nursery and buy an old apple tree."),
]
def iv(s, turns, intro):
    out = list(intro)
    for who, t in turns:
        out.append(P(s["body"], "<font name='SB' color='#7a1f2b'>%s:</font> %s" % (who, t)))
    return out

def p3(c):
    chrome(c, 3, "In conversation")
    def head(s):
        return [P(s["h"], "\u201cShow them what the family keeps\u201d"),
            P(s["lead"], "Before rehearsals began, director Rukmini Iyer-Hallam sat down with playwright Tobias Lindqvist in the theatre café to talk about grandmothers, apple trees and the ending he rewrote four times."),
            P(s["by"], "Rukmini Iyer-Hallam in conversation with Tobias Lindqvist")]
    fit(c, [(M, TOP - 42 * mm, W - 2 * M, 42 * mm)], head)
    photo(c, M, BOT + 5 * mm, 70 * mm, 85 * mm, "Tobias Lindqvist. Photo: Declan Moriarty")
    r = cols(2, top=TOP - 46 * mm)
    fit(c, [(r[0][0], BOT + 97 * mm, r[0][2], r[0][3] - 97 * mm), r[1]], lambda s: iv(s, IV1, []))
pages.append(p3)

def p4(c):
    chrome(c, 4, "In conversation")
    def a(s):
        return iv(s, IV2, []) + [Spacer(1, 6), P(s["small"], "<i>Rukmini Iyer-Hallam is Harbourlight's Associate Director. The Salt Orchard runs 17 April to 9 May in the Main House, then tours.</i>")]
    r = cols(2, top=TOP - 4 * mm, bot=BOT + 60 * mm)
    fit(c, r, a)
    def box(s):
        return [P(s["h2"], "From the grandmother's notebook"),
                P(s["body"], "One of the planting notes that started it all, translated from Swedish by the playwright: \u201cGrafted six Winter Banana onto the old stock by the well. If they take, they will outlive me, and that is the point of trees.\u201d The notebook will be on display in the foyer throughout the run.")]
    fit(c, [(M + 20 * mm, BOT + 8 * mm, W - 2 * M - 40 * mm, 40 * mm)], box, box=True)
pages.append(p4)

def diary1(s):
    return [P(s["h"], "Rehearsal Diary"),
        P(s["lead"], "Six weeks, one orchard made of rope and scaffolding, and a great deal of soil. Our assistant director kept a notebook."),
        P(s["by"], "By Kenji Morikawa, Assistant Director"),
        P(s["date"], "Week 1, Monday"),
        P(s["body"], "Read-through in the rehearsal room above the scene dock. Eleven actors, the creative team, three stage managers and a plate of Tobias's cardamom buns. Rukmini opened with a rule for the room: nobody apologises for trying something. We read the whole play twice. By the end of the second read, Hamish was already testing how heavy the apple crates should be."),
        P(s["date"], "Week 1, Thursday"),
        P(s["body"], "Table work. We went through every scene line by line and asked what each character wants. It is slow and it is the most important week. Agnieszka asked why Maj never mentions her husband. Tobias said he didn't know yet, and that he would find out. The next morning there was a new half-page on everyone's chair."),
        P(s["date"], "Week 2, Tuesday"),
        P(s["body"], "First day on our feet. Designer Aoife Gallagher-Stone brought the model box in: a raked floor of real soil with twelve apple trees hung from the flies, which drop lower as the play goes on, as if the sea were lifting the ground. Everyone gasped. Then our production manager asked how we would clean the soil out of the costumes every night, and nobody gasped any more."),
        P(s["date"], "Week 2, Friday"),
        P(s["body"], "Movement call with Ngozi Adeyemi-Clarke. She had the whole company walking as if against a wind for forty minutes. \u201cThe weather is a character in this play, so you have to let it push you,\u201d Ngozi told the room. By lunchtime, Kwame could lean at an angle that should not be possible."),
        ]
def diary2(s):
    return [P(s["date"], "Week 3, Monday"),
        P(s["body"], "We staged the storm scene today, which in the script is just one line of stage direction: the sea comes in. Six hours to get four minutes. Sound designer Pádraig Ó Murchú played us recordings of waves he made on Kessock beach in January, slowed down until they sound like breathing."),
        P(s["date"], "Week 3, Wednesday"),
        P(s["body"], "A hard day. The second act kept falling flat in the middle. Rukmini stopped and asked everyone to sit on the floor. \u201cWe're playing the sadness, and the audience can't feel sad if we've done it for them,\u201d she said. We ran it again, lighter, and it worked."),
        P(s["date"], "Week 4, Tuesday"),
        P(s["body"], "Grafting lesson. A local orchardist, Margaret Dunleavy, came in to teach Agnieszka and Kwame how to make a whip-and-tongue graft with a real knife. Margaret watched Kwame's first attempt and said, \u201cThat tree would have died, but the next one won't.\u201d He practised on willow sticks for the rest of the week."),
        P(s["date"], "Week 4, Friday"),
        P(s["body"], "First full run. Nobody dropped a line that mattered. At the end, the stage management team were crying quietly behind the prompt desk, which I am told is a good sign."),
        P(s["small"], "<i>The diary continues on page 8.</i>")]

def p5(c):
    chrome(c, 5, "Rehearsal Diary")
    photo(c, M, TOP - 62 * mm, W - 2 * M, 60 * mm, "The company in the first week of rehearsal. Photo by Declan Moriarty")
    fit(c, cols(3, top=TOP - 70 * mm), diary1)
pages.append(p5)

def p6(c):
    chrome(c, 6, "Rehearsal Diary")
    r = cols(3)
    photo(c, r[2][0], BOT + 70 * mm, r[2][2], 95 * mm, "Kwame Mensah-Doyle learns to graft.")
    c.setFont("SI", 7.2); c.drawString(r[2][0], BOT + 62 * mm, "Photo: Declan Moriarty")
    fit(c, r[:2], diary2)
pages.append(p6)

def p7(c):
    chrome(c, 7, "Meet the Company")
    def head(s):
        return [P(s["h"], "Meet the Company"),
                P(s["lead"], "Three of the actors bringing The Salt Orchard to life talk about first jobs, old trees and the roles that changed them."),
                P(s["by"], "Words by Orla Brennan")]
    fit(c, [(M, TOP - 36 * mm, W - 2 * M, 36 * mm)], head)
    r = cols(3, top=TOP - 40 * mm)
    prof = [
        ("Agnieszka Wróbel", "plays Maj",
         ["Agnieszka trained in Kraków and moved to Britain in 2011, where she spent her first year working in a bakery and auditioning on her days off. This is her fourth season with Harbourlight, after playing Hedda and, memorably, a singing lighthouse in the Christmas show.",
          "\u201cMaj is the first part I've been offered where a woman of fifty is allowed to be stubborn without being punished for it,\u201d she says. \u201cI recognise my own mother in her, which is a little frightening.\u201d",
          "Off stage she grows tomatoes on a balcony the size of a tea tray."]),
        ("Kwame Mensah-Doyle", "plays Erik",
         ["Born in Cork to a Ghanaian father and an Irish mother, Kwame came to acting late, after three years as a trainee surveyor. He joined the company straight from drama school last autumn and toured schools with Stage Write.",
          "He describes Erik as someone who loves a place too much to watch it disappear. \u201cHe's not running away. He's the only one who's honest about the water.\u201d",
          "His rehearsal room habit: he always brings oranges, and always shares them."]),
        ("Hamish Tulloch", "plays Grandfather Nils",
         ["Hamish has been acting for forty-six years and has played, by his own count, nine kings, four ghosts and one talking horse. He first appeared at Harbourlight in 1988 in a production staged in a fish market.",
          "\u201cYoung actors ask me for advice, and I tell them the same thing every time: learn the lines, be kind to the crew, and never trust a revolve,\u201d he says.",
          "Nils has only forty lines but is on stage for almost the entire second act, tending the trees in silence."]),
    ]
    for i, (n, role, paras) in enumerate(prof):
        def mk(s, n=n, role=role, paras=paras):
            out = [Photo(45 * mm), P(s["cap"], "%s. Photo: Yuki Tanabe" % n), P(s["h2"], n), P(s["by"], role)]
            return out + [P(s["body"], p) for p in paras]
        fit(c, [r[i]], mk)
pages.append(p7)

def p8(c):
    chrome(c, 8, "Rehearsal Diary, continued")
    def d(s):
        return [P(s["h2"], "Rehearsal Diary (continued from page 6)"),
            P(s["date"], "Week 5, Monday"),
            P(s["body"], "Into the theatre. The soil arrived in forty sacks and the crew spent the morning raking it level. Seeing the trees hang in the real space for the first time, Tobias went very quiet and then went out to phone his mother in Sweden."),
            P(s["date"], "Week 5, Thursday"),
            P(s["body"], "Technical rehearsal. We stopped and started more than ninety times. The trees came down too fast in cue 64 and nearly took out Hamish, who said only that he had survived worse in 1994. The lighting designer, Freya Åkesson, spent the night reprogramming the sunrise."),
            P(s["date"], "Week 6, Tuesday"),
            P(s["body"], "First preview. The audience laughed in places we had never heard laughter before, and were silent in the places that matter. Afterwards a woman stopped me in the foyer and said, \u201cMy grandmother had a knife like that.\u201d I think that is the whole point of the play."),
            P(s["sign"], "<i>Kenji Morikawa is Assistant Director on The Salt Orchard and a graduate of the Regional Theatre Young Directors Scheme.</i>")]
    fit(c, cols(2, bot=BOT + 95 * mm), d)
    c.setStrokeColor(GREEN); c.line(M, BOT + 88 * mm, W - M, BOT + 88 * mm)
    def pull(s):
        return [P(s["pull"], "\u201cI don't want the sea to be the villain. The sea is just the sea.\u201d"),
                P(s["pullby"], "TOBIAS LINDQVIST, PLAYWRIGHT")]
    fit(c, [(M + 15 * mm, BOT + 45 * mm, W - 2 * M - 30 * mm, 38 * mm)], pull)
    def news(s):
        return [P(s["h2"], "Box office news"),
                P(s["small"], "Pay-what-you-can performances return on every Tuesday of the run. Relaxed performance: Saturday 2 May, 2.30pm. Captioned performance: Thursday 7 May. Touring dates are listed on our website.")]
    fit(c, [(M, BOT, W - 2 * M, 38 * mm)], news)
pages.append(p8)

def p9(c):
    chrome(c, 9, "Learning & Participation")
    def ed(s):
        return [P(s["h"], "Ten years of Stage Write"),
            P(s["lead"], "A decade after its first workshop, our playwriting programme for secondary schools has reached 41 schools and 3,200 pupils. Our Head of Learning looks back."),
            P(s["body"], "In 2016 we piloted a simple idea in two schools in Ardmoor: a professional writer would spend six weeks with a class, every pupil would write a short scene, and our actors would perform a selection of them on a real stage. We called it \u201cStage Write\u201d, mostly because the first title we thought of was worse. Ten years on, the programme runs in every secondary school in the county and in four further-education colleges."),
            P(s["body"], "This year 312 young writers took part. For the anniversary we asked a panel of pupils to choose the ten scenes that were performed at the Stage Write Festival in March, and the results were remarkable: a scene set inside a fridge, a ghost who only wants to finish his GCSEs, and a duologue between two grandmothers on a bus, written in Polish and English."),
            P(s["body"], "The teachers tell us that the impact goes well beyond drama. Rhodri Pugh, head of English at Kessock Academy, has hosted the programme since 2018. \u201cI've watched pupils who wouldn't read aloud in class stand up and defend their characters to a professional actor. That confidence doesn't stay in the drama studio,\u201d he said."),
            P(s["body"], "One Year 9 writer summed it up in her feedback form: \u201cI didn't know my words could be in somebody else's mouth. It felt like magic but also like homework.\u201d We have framed it and hung it in the office."),
            P(s["body"], "Alongside Stage Write, our Youth Theatre now runs four groups each week, and our new dementia-friendly project, \u201cRemembering Together\u201d, brings residents of three care homes to matinees with a sung programme afterwards. We are grateful to the Coastal Communities Arts Trust for three more years of funding."),
            P(s["body"], "If you are a teacher and would like your school to take part next year, please get in touch."),
            P(s["sign"], "<b>Contributed by Bethany Okafor</b>, Head of Learning & Participation")]
    r = cols(3, top=TOP, bot=BOT)
    photo(c, r[2][0], BOT + 8 * mm, r[2][2], 70 * mm, "Stage Write Festival, March 2026.")
    c.setFont("SI", 7.2); c.drawString(r[2][0], BOT + 1 * mm, "© Marco Bellandi")
    fit(c, [r[0], r[1], (r[2][0], BOT + 90 * mm, r[2][2], TOP - BOT - 90 * mm)], ed)
pages.append(p9)

def p10(c):
    chrome(c, 10, "What the Critics Said")
    def rv(s):
        return [P(s["h"], "What the Critics Said"),
            P(s["lead"], "From our autumn season: reviews of Hedda Gabler and the Christmas show The Lighthouse Keeper's Cat."),
            P(s["h2"], "Hedda Gabler"),
            P(s["body"], "\u201cA Hedda of rare, wounded intelligence. Agnieszka Wróbel makes every silence a threat.\u201d"),
            P(s["cred"], "<b>Imogen Faraday, The Northern Courier</b> ★★★★"),
            P(s["body"], "\u201cHarbourlight proves again that you don't need a London postcode to make theatre this sharp.\u201d"),
            P(s["cred"], "<b>The Coastline Review</b>"),
            P(s["body"], "\u201cThe final ten minutes are as tense as anything I have seen on a regional stage in years.\u201d"),
            P(s["cred"], "<b>Callum Reid, Arts Desk Scotland</b> ★★★★"),
            P(s["h2"], "The Lighthouse Keeper's Cat"),
            P(s["body"], "\u201cFunny, warm and, thanks to Hamish Tulloch's magnificent Captain Gull, completely bonkers. Take a child. Take your granny.\u201d"),
            P(s["cred"], "<b>Priyanka Sethi, Evening Standard-Bearer</b> ★★★★★"),
            P(s["body"], "\u201cThe best family show on the coast this winter.\u201d"),
            P(s["cred"], "<b>Kessock Gazette</b>"),
            P(s["body"], "Our critics' panel of young reviewers from the Youth Theatre also wrote in. Their verdict, by a vote of seven to two, was that the cat should have had more songs. The two dissenting reviewers wanted more of the seagulls."),
            ]
    fit(c, cols(2), rv)
pages.append(p10)

def p11(c):
    chrome(c, 11, "Credits")
    def cr(s):
        return [P(s["h2"], "The Salt Orchard"),
            P(s["cred"], "by Tobias Lindqvist"),
            P(s["cred"], "<b>Cast</b>  Maj – Agnieszka Wróbel · Erik – Kwame Mensah-Doyle · Nils – Hamish Tulloch · Liv – Saoirse Flanagan · Tom – Arjun Mehta-Collins"),
            P(s["cred"], "<b>Director</b>  Rukmini Iyer-Hallam"),
            P(s["cred"], "<b>Assistant Director</b>  Kenji Morikawa"),
            P(s["cred"], "<b>Designer</b>  Aoife Gallagher-Stone"),
            P(s["cred"], "<b>Lighting Designer</b>  Freya Åkesson"),
            P(s["cred"], "<b>Sound Designer</b>  Pádraig Ó Murchú"),
            P(s["cred"], "<b>Movement Director</b>  Ngozi Adeyemi-Clarke"),
            P(s["cred"], "<b>Production Manager</b>  Leon Baptiste"),
            P(s["cred"], "<b>Company Stage Manager</b>  Ewa Zielińska"),
            P(s["cred"], "Co-produced with the Coastal Touring Network."),
            ]
    def mast(s):
        return [P(s["h2"], "Curtain Call"),
            P(s["cred"], "Published by Harbourlight Theatre Company, Quay Street, Ardmoor."),
            P(s["cred"], "<b>Editor</b>"), P(s["cred"], "Fenella Ashworth"),
            P(s["cred"], "<b>Deputy Editor</b>"), P(s["cred"], "Orla Brennan"),
            P(s["cred"], "<b>Design</b>"), P(s["cred"], "Studio Brackwater"),
            P(s["cred"], "<b>Photo credits</b>"),
            P(s["cred"], "Cover and pages 3, 5, 6: Declan Moriarty"),
            P(s["cred"], "Page 7: Yuki Tanabe"),
            P(s["cred"], "Page 9: Marco Bellandi"),
            P(s["cred"], "Page 2: courtesy of Harbourlight Theatre Company"),
            Spacer(1, 8),
            P(s["cred"], "Harbourlight Theatre Company is a registered charity. Views expressed by contributors are their own. Printed on recycled paper."),
            ]
    r = cols(2)
    fit(c, [r[0]], cr)
    fit(c, [(r[1][0], r[1][1] + 5, r[1][2], r[1][3] - 10)], mast, box=True)
pages.append(p11)

c = canvas.Canvas(OUT, pagesize=A4, invariant=1)
c.setTitle("Curtain Call Spring/Summer 2026")
c.setAuthor("Harbourlight Theatre Company")
for fn in pages:
    fn(c)
    c.showPage()
c.save()
print("wrote", OUT)
