# Generator: The Touchline - Abercarrow RFC season magazine 2025/26 (fictional)
import os
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Frame, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.colors import HexColor, white, black
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

D = '/usr/share/fonts/truetype/dejavu/'
for n, f in [('S', 'DejaVuSerif.ttf'), ('SB', 'DejaVuSerif-Bold.ttf'), ('SI', 'DejaVuSerif-Italic.ttf'),
             ('H', 'DejaVuSans.ttf'), ('HB', 'DejaVuSans-Bold.ttf'), ('HI', 'DejaVuSans-Oblique.ttf')]:
    pdfmetrics.registerFont(TTFont(n, D + f))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily('S', normal='S', bold='SB', italic='SI', boldItalic='SB')
registerFontFamily('H', normal='H', bold='HB', italic='HI', boldItalic='HB')

W, H = A4
M = 42
ACC = HexColor('#7a1420')
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'rugby-club-magazine-2026-en.pdf')

body = ParagraphStyle('b', fontName='S', fontSize=9.2, leading=12.6, firstLineIndent=9, alignment=4, spaceAfter=2)
body0 = ParagraphStyle('b0', parent=body, firstLineIndent=0)
lead = ParagraphStyle('l', fontName='HB', fontSize=10.5, leading=14, textColor=HexColor('#333333'), spaceAfter=6)
byl = ParagraphStyle('by', fontName='HI', fontSize=8.5, leading=11, textColor=ACC, spaceAfter=6)
h1 = ParagraphStyle('h1', fontName='HB', fontSize=23, leading=27, textColor=black, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='HB', fontSize=15, leading=18, spaceAfter=4)
h3 = ParagraphStyle('h3', fontName='HB', fontSize=10, leading=13, spaceBefore=6, spaceAfter=2, textColor=ACC)
cap = ParagraphStyle('c', fontName='HI', fontSize=7.2, leading=9, textColor=HexColor('#555555'))
sig = ParagraphStyle('sig', parent=body0, alignment=0)
pull = ParagraphStyle('p', fontName='SB', fontSize=15, leading=19, textColor=ACC, alignment=0)
small = ParagraphStyle('sm', fontName='H', fontSize=8.3, leading=11)
smallb = ParagraphStyle('smb', fontName='HB', fontSize=8.3, leading=11, spaceBefore=5)

c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle('The Touchline 2025/26 - Abercarrow RFC')


def P(t, s=body):
    return Paragraph(t, s)


def head(n, rubrik):
    c.setFont('H', 7.5)
    c.setFillColor(ACC)
    c.drawString(M, H - 28, rubrik.upper())
    c.drawRightString(W - M, H - 28, 'THE TOUCHLINE  |  ABERCARROW RFC  |  SEASON 2025/26')
    c.setStrokeColor(ACC)
    c.setLineWidth(0.6)
    c.line(M, H - 33, W - M, H - 33)
    c.line(M, 38, W - M, 38)
    c.setFillColor(black)
    c.setFont('HB', 9)
    if n % 2:
        c.drawRightString(W - M, 26, 'Page %d' % n)
    else:
        c.drawString(M, 26, 'Page %d' % n)
    c.setFont('H', 7)
    c.drawCentredString(W / 2, 26, 'abercarrowrfc.co.uk  |  Founded 1889')


def block(p, x, ytop, w):
    _, h = p.wrap(w, 1000)
    p.drawOn(c, x, ytop - h)
    return ytop - h


def flow(story, x0, x1, ytop, ybot, ncols, gap=14):
    w = (x1 - x0 - (ncols - 1) * gap) / ncols
    for i in range(ncols):
        f = Frame(x0 + i * (w + gap), ybot, w, ytop - ybot, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        f.addFromList(story, c)
    if story:
        raise SystemExit('OVERFLOW on page %d: %r' % (c.getPageNumber(), story[0].getPlainText()[:60] if hasattr(story[0], 'getPlainText') else story[0]))


def photo(x, y, w, h, caption):
    c.setFillColor(HexColor('#bdbdbd'))
    c.rect(x, y, w, h, stroke=0, fill=1)
    c.setFillColor(black)
    p = P(caption, cap)
    _, ch = p.wrap(w, 100)
    p.drawOn(c, x, y - ch - 3)
    return y - ch - 3


def pullq(x, ytop, w, text, who):
    c.setStrokeColor(ACC)
    c.setLineWidth(2)
    c.line(x, ytop, x + w, ytop)
    y = block(P(text, pull), x, ytop - 8, w)
    y = block(P(who, byl), x, y - 4, w)
    c.line(x, y - 2, x + w, y - 2)
    return y - 8


def boxed(x, ytop, w, h, items, fill='#e8f1f2'):
    c.setFillColor(HexColor(fill))
    c.rect(x, ytop - h, w, h, stroke=0, fill=1)
    c.setFillColor(black)
    f = Frame(x + 8, ytop - h + 6, w - 16, h - 14, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    items = list(items)
    f.addFromList(items, c)
    if items:
        raise SystemExit('BOX OVERFLOW page %d' % c.getPageNumber())

# ---------------------------------------------------------------- page 1: cover
c.setFillColor(ACC)
c.rect(0, 0, W, H, stroke=0, fill=1)
c.setFillColor(white)
c.setFont('HB', 60)
c.drawString(M, H - 105, 'THE TOUCHLINE')
c.setFont('S', 14)
c.drawString(M, H - 132, 'The magazine of Abercarrow Rugby Football Club  ·  Season 2025/26')
c.setFillColor(HexColor('#bdbdbd'))
c.rect(M, 230, W - 2 * M, H - 400, stroke=0, fill=1)
c.setFillColor(white)
c.setFont('HI', 7.5)
c.drawString(M, 218, 'Cover photo: Gareth Pryce-Evans')
c.setFont('HB', 18)
c.drawString(M, 180, 'Promotion at last: how the 1st XV did it')
c.setFont('H', 11)
c.drawString(M, 158, 'Coach Ingrid Halvorsen on scrums, sleep and Scandinavian patience')
c.drawString(M, 140, 'Women’s XV unbeaten at home  ·  Minis, juniors and a new U16 girls side')
c.drawString(M, 122, 'Farewell to Dai Morgan, the voice of the clubhouse')
c.setFont('H', 7)
c.drawString(M, 40, 'Free to members  ·  Abercarrow RFC, Heol y Cae, Abercarrow')
c.showPage()

# ---------------------------------------------------------------- page 2: contents + welcome
head(2, 'Contents & Welcome')
y = block(P('In this issue', h2), M, H - 60, 200)
toc = [('3', 'First XV: the road to promotion', 'Rhodri Llewellyn'),
       ('5', 'Seconds, Thirds and the Vets', ''),
       ('6', 'Five minutes with the head coach', 'Priya Raman'),
       ('8', 'Women’s XV: unbeaten at Heol y Cae', 'Niamh Gallagher'),
       ('9', 'Youth and minis', 'Hiroshi Tanaka'),
       ('10', 'Sponsor profile: Hendry’s Bakery', 'Emma Castellano'),
       ('11', 'Dai Morgan, 1948–2025', ''),
       ('12', 'Committee and credits', '')]
y -= 4
for num, t, who in toc:
    c.setFont('HB', 15)
    c.setFillColor(ACC)
    c.drawString(M, y - 15, num)
    c.setFillColor(black)
    c.setFont('HB', 8.8)
    c.drawString(M + 26, y - 9, t)
    if who:
        c.setFont('HI', 7.8)
        c.drawString(M + 26, y - 20, who)
    y -= 30
colx = W / 2 - 20
ye = block(P('From the Chairman', h1), colx, H - 60, W - M - colx)
wel = [
    P('Dear members, players, parents and friends,', body0),
    P('What a season. For the first time since 1997 Abercarrow will play in the Championship next autumn, and I still have to read the league table twice to believe it. Promotion was won on a wet Saturday in April in front of the biggest crowd the old ground has seen in a generation, and I do not think I will ever forget the noise when the final whistle went.'),
    P('But a rugby club is more than its first team. This year we fielded eleven sides every weekend, from the under-sevens to the Vets. Our women’s XV went through the season unbeaten at home, and we started an under-16 girls’ team with twenty-two players who had never held a rugby ball before September.'),
    P('None of it happens without volunteers. The people who mark the pitch at seven in the morning, wash the kit, run the bar, drive the minibus and sell raffle tickets are the real first fifteen of this club. To every one of you: thank you.'),
    P('This season also brought sadness. Dai Morgan, who sat on the committee for forty years and ran the clubhouse long before that, died in November. Glyn Pritchard pays tribute to him on page 11. The bar will not be the same without him.'),
    P('I hope you enjoy this magazine. See you on the touchline.'),
    Spacer(1, 6),
    P('Yours in rugby,', sig),
    P('<b>Declan Moriarty</b>', sig),
    P('Chairman', sig),
]
flow(wel, colx, W - M, ye - 4, 50, 2, gap=12)
photo(M, 60, colx - M - 16, 150, 'The chairman at the promotion party. Photo: Siobhan Keane')
c.showPage()

# ---------------------------------------------------------------- page 3-4: 1st XV
head(3, 'First XV')
y = block(P('Twenty-two games, one goal', h1), M, H - 60, W - 2 * M)
y = block(P('Eighteen wins, one draw, three defeats and a trophy nobody expected in August. The captain looks back on the season that took Abercarrow up.', lead), M, y - 2, W - 2 * M)
y = block(P('Words by 1st XV captain Rhodri Llewellyn', byl), M, y, W - 2 * M)
ph = photo(M, y - 170, W - 2 * M, 160, 'Lock Finn O’Halloran wins the lineout against Pontmawr in the title decider. Photo by Siobhan Keane')
f1 = [
    P('When we met for pre-season on a July evening there were nineteen of us, a bag of balls with no air in them and a new coach nobody had heard of. Ingrid had spent the summer watching video of every team in the league, and on the first night she told us exactly where we had lost games the year before. It was not comfortable listening, but it was right.', body0),
    P('We started with four wins against sides we were expected to beat, then lost at Llanfair by a single point in a game we should have closed out twice. In the changing room afterwards nobody said much. Our scrum-half, Tomos Bevan, finally broke the silence. “We’re not losing another one like that,” he said, and for almost four months we did not.'),
    P('The turning point, for me, came in November away at Cwm Isaf. We were down to fourteen men after twenty minutes and behind by twelve at half-time. Instead of panicking, the pack kept the ball for what felt like ten minutes and Sione Taufa went over from a metre out. We won by three. Their captain, Owain Rees, shook my hand and told me, “If you play like that every week, you’ll go up.”'),
]
flow(f1, M, W - M, ph - 12, 50, 3)
c.setFont('HI', 8); c.drawRightString(W - M, 44, 'Continued on page 4')
c.showPage()

head(4, 'First XV')
c.setFont('HI', 8)
c.drawString(M, H - 50, 'Twenty-two games, one goal (continued from page 3)')
f2 = [
    P('December and January are always hard at our level. Pitches turn to mud, half the squad gets flu and the other half has work parties. We lost at home to Brynhyfryd in a game played mostly in hail, and for a week it felt as if the wheels might come off. Ingrid did not shout. She gave us two days off and then made us do scrummaging drills until we could no longer feel our legs.', body0),
    P('By March it was clear the title would be decided between us and Pontmawr. We drew with them away in a match of twenty-six penalties, and the referee, Mr Alun Prosser, needed a police escort to his car. I am joking, but only a little.'),
    P('The return fixture, on the twelfth of April, will stay with everyone who was there. More than nine hundred people packed into Heol y Cae. We were behind for sixty minutes. Then Marco Ferrante, nineteen years old and in only his fourth senior game, came off the bench and kicked three penalties in eleven minutes. The last one hit the post and went over.'),
    P('Afterwards Marco was asked by the local paper how he felt. “I closed my eyes on the last one,” he admitted. “Please don’t tell the coach.” She already knew, of course.'),
    P('I want to thank every player who pulled on the red shirt this year, including the lads from the Seconds who stepped up at a day’s notice more times than I can count. Thank you to the physios, to Bill on the bus and to the supporters who drove to Cwm Isaf in November rain.'),
    P('Next season will be harder. We know that. But as my grandad used to say, you don’t climb a mountain to sit at the bottom of it.'),
    Spacer(1, 4),
    P('<i>Rhodri Llewellyn, Captain</i>', sig),
]
flow(f2, M, W - M - 180, H - 62, 50, 2)
boxed(W - M - 165, H - 62, 165, 250, [
    P('1st XV IN NUMBERS', smallb),
    P('Played 22, won 18, drawn 1, lost 3<br/>Points for: 604<br/>Points against: 287<br/>Tries scored: 86<br/>Top try scorer: Sione Taufa (17)<br/>Top points scorer: Cian Doherty (142)<br/>Most appearances: Tomos Bevan (22)', small),
    P('PLAYER OF THE YEAR', smallb),
    P('Sione Taufa, voted by the squad for the second year running.', small)])
c.showPage()

# ---------------------------------------------------------------- page 5: Seconds, Thirds, Vets
head(5, 'Club Sides')
y = block(P('Seconds: a season of borrowed players', h2), M, H - 60, W - 2 * M)
s2 = [
    P('It is the job of a second team to lend its best players to the firsts and still turn up on Saturday with fifteen men. We managed that in nineteen out of twenty games, which I consider our finest achievement. We finished fourth in the Reserve League East, two points off a play-off place.', body0),
    P('Special mention goes to our props, Gethin Harries and Arjun Mehta, who between them played more than 2,400 minutes and never once complained about the weather, the food or the referee. Well, almost never.'),
    P('Our awards night speech was made by the oldest man in the squad, who told the young lads: “Enjoy it while your knees still work.” Good advice.'),
    P('<b>Tomasz Wiśniewski</b>, 2nd XV captain', sig),
]
flow(s2, M, W - M, y - 4, H - 330, 3)
c.setStrokeColor(ACC); c.setLineWidth(1); c.line(M, H - 340, W - M, H - 340)
y = block(P('The Vets: older, slower, happier', h2), M, H - 350, W / 2)
y = block(P('By Barry Hollins & Kwame Asante', byl), M, y, W / 2)
vt = [
    P('The Abercarrow Vets played eight friendlies this season and lost only two, which given our combined age of roughly eleven hundred years is a minor miracle. Highlights included a tour to Cork, where our hosts at Ballintemple were generous with everything except possession.', body0),
    P('At the post-match dinner in Cork their president stood up and said, “You are the first touring side in years who brought more songs than injuries.” We took that as a compliment.'),
    P('New members over thirty-five are always welcome. Training is on Thursday evenings, and the bar is open from half past eight.'),
]
flow(vt, M, W / 2 + 30, y - 4, 50, 2)
photo(W / 2 + 50, 120, W / 2 - M - 50, y - 140, 'The Vets on tour in Cork. © Kwame Asante')
c.showPage()

# ---------------------------------------------------------------- page 6-7: coach interview
head(6, 'Interview')
y = block(P('“Patience is a tactic too”', h1), M, H - 60, W - 2 * M)
y = block(P('Head coach Ingrid Halvorsen in conversation with Priya Raman', lead), M, y - 2, W - 2 * M)
py = photo(M, y - 175, 190, 165, 'Ingrid Halvorsen at Tuesday training. Photo: Gareth Pryce-Evans')
ci1 = [
    P('<b>Q: You grew up in Bergen. How does a Norwegian end up coaching rugby in south Wales?</b>', body0),
    P('A: By accident, mostly. I played at university in Edinburgh, then for a club in Bristol, and I married a Welshman. After my playing days I coached the women’s side at Cardiff Met for six years. When Abercarrow advertised the job I applied on a Sunday evening, half as a joke. Declan phoned me the next morning.', body0),
    P('<b>Q: What did you see when you first watched the team?</b>', body0),
    P('A: A lot of talent and a lot of panic. They played as if every game had to be won in the first ten minutes. The first thing I changed was not a move or a drill, it was the mood. I wanted them to believe that if we keep the ball for long enough, the other side will break first.', body0),
    P('<b>Q: Some supporters found that style slow.</b>', body0),
    P('A: Some did, and they told me so in the bar. But you can’t argue with eighteen wins. Patience is a tactic too. The best sides in the world are very patient, and I don’t see why an amateur side should be any different.', body0),
]
flow(ci1, M + 205, W - M, y - 4, 50, 2)
flow([P('Priya Raman is the club’s press officer and writes for the match-day programme.', small)], M, M + 190, py - 14, 50, 1)
c.showPage()

head(7, 'Interview')
c.setFont('HI', 8)
c.drawString(M, H - 50, 'In conversation: Ingrid Halvorsen')
ci2 = [
    P('<b>Q: What is the hardest part of coaching amateurs?</b>', body0),
    P('A: Sleep. Honestly. Half my players are nurses, electricians or farmers. Some come to training after a twelve-hour shift. I cannot coach them like professionals, so I try to coach them like adults: short sessions, clear plans, and nobody gets shouted at for being tired.', body0),
    P('<b>Q: Tell us about the night of the Pontmawr game.</b>', body0),
    P('A: I did not sleep at all. In the coaches’ box I was very calm on the outside and completely mad on the inside. When Marco’s last kick went over I hugged our physio so hard she had to check my ribs afterwards.', body0),
    P('<b>Q: And next season, in the Championship?</b>', body0),
    P('A: We will lose more games, and that’s fine. The aim is to stay up and to bring five or six of our youth players into the first-team squad. If we do both, I will call it a very good year.', body0),
    P('<b>Q: Last question. Favourite player you ever saw?</b>', body0),
    P('A: Shane Williams, without any doubt. Small, brave, and always smiling. I tell our wingers to watch his old tries on YouTube before every game.', body0),
]
flow(ci2, M, W - M - 190, H - 62, 50, 2)
pullq(W - M - 170, H - 70, 170, '“I cannot coach them like professionals, so I try to coach them like adults.”', 'Ingrid Halvorsen, Head Coach')
c.showPage()

# ---------------------------------------------------------------- page 8: women's section
head(8, 'Women’s Rugby')
y = block(P('Unbeaten at Heol y Cae', h1), M, H - 60, W - 2 * M)
y = block(P('By Niamh Gallagher, Women’s XV captain', byl), M, y - 2, W - 2 * M)
ph = photo(W - M - 200, y - 150, 200, 140, 'Women’s XV after the cup semi-final. Photo: Siobhan Keane')
wx = [
    P('Three years ago the Abercarrow women’s team was eleven players, a borrowed set of shirts and a training slot on Wednesday nights when the floodlights were switched off at nine sharp. This season we had a squad of thirty-four, our own kit and, for the first time, a home crowd that knew our names.', body0),
    P('We won all seven home league games and five of our seven away, finishing second in Women’s League Two. Only a late try from Tondu stopped us from reaching the regional cup final, and we will be back for that one.'),
    P('The player of the season was our full-back Chiara Esposito, who joined from a club in Turin when she moved here for work. Asked what she thought of Welsh rugby, she said: “In Italy we play with passion. Here you play with passion and rain.”'),
    P('We also want to thank our coach, Mererid Jones, who gave up countless evenings and at least one family holiday for us. At the end-of-season dinner she told the squad, “You are the reason I still love this game,” and there was not a dry eye in the room.'),
    P('Our campaign “Bring Your Mate”, which invited every player to bring a friend to one training session, brought in nine new players. If you are curious, come along on Wednesdays at seven. No experience needed, boots can be borrowed.'),
    P('— Niamh Gallagher', sig),
]
flow(wx[:3], M, W - M - 215, y - 4, y - 230, 2)
flow(wx[3:], M, W - M, y - 240, 50, 3)
c.showPage()

# ---------------------------------------------------------------- page 9: youth
head(9, 'Youth & Minis')
y = block(P('Four hundred boots on a Sunday morning', h1), M, H - 60, W - 2 * M)
y = block(P('Contributed by Hiroshi Tanaka, Youth Coordinator', byl), M, y - 2, W - 2 * M)
yt = [
    P('Every Sunday from September to April, about two hundred children between six and sixteen take over Heol y Cae. On a busy morning the car park is full by half past nine and the queue for bacon rolls is longer than the queue at the bank.', body0),
    P('The biggest news of the season is our new under-16 girls’ side. Twenty-two girls signed up after a taster session run with the local comprehensive school in September. By February they played their first match, away at Maesteg, and lost 24–19. One of them, Lowri, told her coach on the bus home: “Next time we’re going to smash them.” She was right: the return game ended 31–10.'),
    P('Our under-14 boys reached the county final and our under-12s won the Easter festival in Llandovery. More importantly, nobody was left on the bench for a whole game all year. That is a rule in our section and it will stay that way.'),
    P('I grew up playing baseball in Osaka and only discovered rugby at university in Cardiff. The thing I love most about the youth section is that it welcomes anybody: fast, slow, big, small, shy or loud. Every child leaves with a medal at the end of the season, and most of them leave with friends for life.'),
    P('We need more coaches. If you can spare two hours on a Sunday, please speak to me or to any of the age-group managers. The Welsh Rugby Union pays for your first coaching course.'),
]
flow(yt, M, W - M, y - 4, 260, 3)
c.setStrokeColor(ACC); c.setLineWidth(1); c.line(M, 250, W - M, 250)
boxed(M, 240, W / 2 - M - 10, 180, [
    P('MINIS CORNER', smallb),
    P('Our under-sevens asked the Youth Coordinator to print their three favourite things about rugby. In reverse order: the orange slices at half-time, the mud, and “when Coach Siân falls over”. Text: Aoife Brennan, Minis manager', small)])
photo(W / 2 + 10, 80, W / 2 - M - 10, 160, 'Under-16 girls before their first home game. Photo: Hiroshi Tanaka')
c.showPage()

# ---------------------------------------------------------------- page 10: sponsor
head(10, 'Sponsor Profile')
y = block(P('The bakery behind the badge', h1), M, H - 60, W - 2 * M)
y = block(P('Hendry’s Bakery has sponsored our shirts for fifteen years. Emma Castellano visited the ovens at four in the morning.', lead), M, y - 2, W - 2 * M)
sp = [
    P('The lights in Hendry’s Bakery on Commercial Street go on at half past three. By the time most of Abercarrow wakes up, four hundred loaves, two hundred Welsh cakes and a mountain of sausage rolls are already on their way to shops, schools and, on Saturdays, our clubhouse.', body0),
    P('Alistair Hendry took over the business from his father in 2004. He played on the wing for the Seconds until a broken ankle ended his career in 1999. “I was never quick, but I was very enthusiastic,” he says, dusting flour from his hands.'),
    P('The shirt sponsorship started almost by accident. In 2011 the club’s old sponsor went out of business in the middle of the season. Alistair read about it in the local paper and phoned the then treasurer that afternoon. “I thought, if the club goes under, where am I going to watch rugby on a Saturday?” he remembers.'),
    P('Since then the bakery has paid for three sets of shirts, a scrum machine and the minibus that takes the youth teams to away games. Every year it also bakes the cake for the end-of-season dinner, shaped, this year, like the league trophy.'),
    P('His daughter, Morag, now runs the morning shift and plays at number eight for the women’s team. She is proud of the family connection but less proud of the nickname it has given her in the changing room. “They call me Bap,” she sighs. “I’ve given up fighting it.”'),
    P('The club committee has agreed a new five-year deal with the bakery. If you want to thank them, the best way is simple: buy your bread on Commercial Street.'),
    P('<i>Emma Castellano is the club’s commercial officer.</i>', sig),
]
flow(sp, M, W - M, y - 4, 200, 3)
photo(M, 60, W - 2 * M, 120, 'Alistair and Morag Hendry in the bakery. Photo: Emma Castellano')
c.showPage()

# ---------------------------------------------------------------- page 11: tribute
head(11, 'Tribute')
y = block(P('Dai Morgan, 1948–2025', h1), M, H - 60, W - 2 * M)
y = block(P('Player, barman, committee man, storyteller: the club remembers a man who gave it more than half a century.', lead), M, y - 2, W - 2 * M)
ph = photo(M, y - 150, W - 2 * M, 140, 'Dai Morgan in the clubhouse, 2019. Photo: club archive')
tr = [
    P('David “Tiny” Morgan was six foot four and about nineteen stone in his playing days, which is how he got his nickname. He played 312 games for Abercarrow in the second row between 1966 and 1983, captained the club in two seasons and was sent off exactly once, for what he always insisted was a misunderstanding.', body0),
    P('When he stopped playing he simply moved behind the bar, and he never really left. For thirty years he ran the clubhouse, organised the Christmas quiz and knew the name of every child who came through the minis. He joined the committee in 1985 and stayed for forty years, serving as fixtures secretary, treasurer and, for one difficult season, groundsman.'),
    P('Everyone has a Dai story. Mine is from 1994, when our bus broke down on the way to a cup game in Carmarthen. Dai climbed out, looked at the engine for a long time, and announced: “Boys, it’s a long walk, but it’s a lovely day for it.” We arrived twenty minutes before kick-off and won.'),
    P('He was proud of the club, and prouder still when it opened its doors to women and girls. At the first women’s home game in 2022 he stood on the touchline in the rain for the full eighty minutes. Afterwards he said to me, quietly, “That’s the best thing this club has done in my lifetime.”'),
    P('Dai died peacefully at home on the ninth of November, with his wife Mair and his daughters beside him. More than four hundred people came to the service at Bethel Chapel, and the 1st XV formed a guard of honour. The committee has decided that the bar will from now on be called Dai’s Bar. I think he would have pretended to be embarrassed, and then bought everyone a drink.'),
    P('Cysga’n dawel, Dai.'),
    Spacer(1, 4),
    P('— Glyn Pritchard, Club President', sig),
]
flow(tr, M, W - M, ph - 12, 50, 3)
c.showPage()

# ---------------------------------------------------------------- page 12: committee + credits
head(12, 'Committee & Credits')
y = block(P('Club Committee 2025/26', h1), M, H - 60, W - 2 * M)
com = []
for role, name in [('President', 'Glyn Pritchard'), ('Chairman', 'Declan Moriarty'), ('Vice-Chairman', 'Rhiannon Thomas'),
                   ('Honorary Secretary', 'Padraig Whelan'), ('Treasurer', 'Sunil Kapoor'), ('Fixtures Secretary', 'Huw Jenkins'),
                   ('Youth Coordinator', 'Hiroshi Tanaka'), ('Women’s Rugby Officer', 'Mererid Jones'), ('Commercial Officer', 'Emma Castellano'),
                   ('Press Officer', 'Priya Raman'), ('Welfare Officer', 'Bronwen Ellis'), ('Groundsman', 'Ray Pugh')]:
    com += [P(role, smallb), P(name, small)]
flow(com, M, W / 2 - 10, y - 6, 110, 2)
mag = [
    P('The Touchline', h2),
    P('is published once a season by Abercarrow RFC, Heol y Cae, Abercarrow, and given free to members and sponsors.', small),
    P('Editor', smallb),
    P('Fiona McAllister', small),
    P('Sub-editor', smallb),
    P('Lars Nyberg', small),
    P('Design', smallb),
    P('Redwall Print & Design, Abercarrow', small),
    P('Photography', smallb),
    P('Photography: Siobhan Keane, Gareth Pryce-Evans and Hiroshi Tanaka. Additional photos by Kwame Asante and Emma Castellano.', small),
    P('Photo credits', smallb),
    P('Cover, p. 6: Gareth Pryce-Evans<br/>pp. 2, 3, 8: Siobhan Keane<br/>p. 5: Kwame Asante<br/>p. 9: Hiroshi Tanaka<br/>p. 10: Emma Castellano<br/>p. 11: Club archive', small),
    P('Views expressed by contributors are their own and not necessarily those of the club committee.', small),
]
flow(mag, W / 2 + 10, W - M, y - 6, 50, 1)
c.showPage()
c.save()
print('wrote', OUT)
