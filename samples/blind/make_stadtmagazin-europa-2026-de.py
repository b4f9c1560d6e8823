"""Generate the blind test magazine ``stadtmagazin-europa-2026-de.pdf``.

A fictional German city magazine ("BRÜCKEN", Europamagazin der Stadt Lindenbrück),
14 pages, mostly three columns. All people, places and organisations are invented.
Run with the writer venv:  /work/writer-venv/bin/python make_stadtmagazin-europa-2026-de.py
"""

from __future__ import annotations

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

OUT = Path(__file__).with_name("stadtmagazin-europa-2026-de.pdf")
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
]:
    pdfmetrics.registerFont(TTFont(name, FONTDIR + fname + ".ttf"))
registerFontFamily("Serif", normal="Serif", bold="Serif-Bold", italic="Serif-Italic", boldItalic="Serif-BoldItalic")
registerFontFamily("Sans", normal="Sans", bold="Sans-Bold", italic="Sans-Oblique", boldItalic="Sans-BoldOblique")

W, H = A4
ML, MR = 40.0, 40.0
TOP = H - 62.0  # first usable y below the running head
BOTTOM = 52.0  # lowest usable y above the footer
GUTTER = 13.0

BLUE = HexColor("#1d3c8c")
YELLOW = HexColor("#f2c318")
GREY = HexColor("#b9bcc2")
DARK = HexColor("#222222")
LIGHT = HexColor("#e8edf7")

# ---------------------------------------------------------------- styles
S = {
    "kicker": ParagraphStyle("kicker", fontName="Sans-Bold", fontSize=9, leading=11, textColor=BLUE, spaceAfter=3),
    "title": ParagraphStyle("title", fontName="Sans-Bold", fontSize=25, leading=28, textColor=DARK, spaceAfter=6),
    "title2": ParagraphStyle("title2", fontName="Sans-Bold", fontSize=20, leading=23, textColor=DARK, spaceAfter=5),
    "lead": ParagraphStyle("lead", fontName="Sans", fontSize=11, leading=14.5, textColor=DARK, spaceAfter=5),
    "byline": ParagraphStyle("byline", fontName="Sans-Oblique", fontSize=8.5, leading=11, textColor=BLUE, spaceAfter=4),
    "body": ParagraphStyle("body", fontName="Serif", fontSize=9.3, leading=12.6, alignment=TA_JUSTIFY, firstLineIndent=9, embeddedHyphenation=1, uriWasteReduce=0.3),
    "body0": ParagraphStyle("body0", fontName="Serif", fontSize=9.3, leading=12.6, alignment=TA_JUSTIFY, embeddedHyphenation=1, uriWasteReduce=0.3),
    "sub": ParagraphStyle("sub", fontName="Sans-Bold", fontSize=9.4, leading=12, textColor=BLUE, spaceBefore=6, spaceAfter=2),
    "caption": ParagraphStyle("caption", fontName="Sans", fontSize=7, leading=8.8, textColor=HexColor("#555555"), spaceBefore=2, spaceAfter=7),
    "pull": ParagraphStyle("pull", fontName="Serif-BoldItalic", fontSize=14.5, leading=18.5, textColor=BLUE, spaceBefore=4, spaceAfter=3),
    "pullby": ParagraphStyle("pullby", fontName="Sans", fontSize=7.6, leading=9.6, textColor=DARK, spaceAfter=8),
    "boxhead": ParagraphStyle("boxhead", fontName="Sans-Bold", fontSize=9.2, leading=11.5, textColor=BLUE, spaceAfter=3),
    "box": ParagraphStyle("box", fontName="Sans", fontSize=8.2, leading=10.9, textColor=DARK, spaceAfter=2),
    "sign": ParagraphStyle("sign", fontName="Serif", fontSize=9.3, leading=12.6),
    "signname": ParagraphStyle("signname", fontName="Serif-Italic", fontSize=10.5, leading=13.5, spaceBefore=3),
    "endby": ParagraphStyle("endby", fontName="Sans-BoldOblique", fontSize=8, leading=11, alignment=TA_RIGHT, spaceBefore=3),
    "toc_sec": ParagraphStyle("toc_sec", fontName="Sans-Bold", fontSize=8, leading=10, textColor=BLUE, spaceBefore=7),
    "toc": ParagraphStyle("toc", fontName="Sans", fontSize=8.8, leading=11.4),
    "imp": ParagraphStyle("imp", fontName="Sans", fontSize=7.8, leading=10.4),
    "implabel": ParagraphStyle("implabel", fontName="Sans-Bold", fontSize=7.8, leading=10.4, spaceBefore=5),
}



# ---------------------------------------------------------------- hyphenation
# Soft hyphens (U+00AD) in long words, so justified narrow columns break words the way a
# German magazine does. Simple syllable rule plus a list of hand-made exceptions.
import re

_V = set("aeiouäöüy")
_UNITS = ["sch", "ch", "ck", "ph", "th", "qu"]
_ONSETS = {"bl", "br", "dr", "fl", "fr", "gl", "gr", "kl", "kr", "pl", "pr", "schl", "schm", "schn", "schr",
           "schw", "sp", "spr", "st", "str", "tr", "zw", "pf"}
_HYPH_EXCEPT = {w.replace("-", ""): w for w in """
Don-ners-tag-abend Sams-tag-abend Sams-tag-mor-gen Sams-tag-vor-mit-tag Jugend-ar-beit Jugend-aus-tausch
Schü-ler-aus-tausch Haus-auf-ga-ben Kli-ma-an-pas-sung Fran-zö-sisch-leh-re-rin Fran-zö-sisch-un-ter-richt
Eng-lisch-un-ter-richt Sport-un-ter-richt Stadt-pla-nungs-amt För-der-an-trä-ge För-der-mög-lich-kei-ten
Lieb-lings-bank Lieb-lings-wort Mit-tel-eu-ro-pas Zu-sam-men-ar-beit Eu-ro-pa-ab-ge-ord-ne-te Frie-dens-pro-jekt
un-at-trak-tivs-ten mit-ge-ar-bei-tet mit-ent-schie-den ver-pflich-ten ge-pflas-ter-ter Eh-ren-amt-li-che
Part-ner-schafts-ver-ein Part-ner-schafts-ver-eins Eu-ro-pä-i-schen Eu-ro-pä-i-scher Eu-ro-pä-i-sches
Eu-ro-pä-e-rin-nen Ver-gä-rungs-an-la-ge Brandstätter
""".split()}


def _breaks(word: str) -> list[int]:
    w = word.lower()
    toks: list[tuple[int, int, bool]] = []
    i = 0
    while i < len(w):
        if w[i] in _V:
            j = i
            while j < len(w) and w[j] in _V:
                j += 1
            toks.append((i, j, True))
            i = j
            continue
        for u in _UNITS:
            if w.startswith(u, i):
                toks.append((i, i + len(u), False))
                i += len(u)
                break
        else:
            toks.append((i, i + 1, False))
            i += 1
    out = []
    vidx = [k for k, t in enumerate(toks) if t[2]]
    for a, b in zip(vidx, vidx[1:]):
        cons = toks[a + 1:b]
        if not cons:
            continue
        pos = cons[-1][0]
        for n in (3, 2):
            if len(cons) >= n and w[cons[-n][0]:cons[-1][1]] in _ONSETS:
                pos = cons[-n][0]
                break
        out.append(pos)
    return [p for p in out if p >= 3 and len(w) - p >= 3]


def _hyph_word(m: "re.Match[str]") -> str:
    word = m.group(0)
    if word in _HYPH_EXCEPT:
        return _HYPH_EXCEPT[word].replace("-", "\xad")
    parts, last = [], 0
    for p in _breaks(word):
        parts.append(word[last:p])
        last = p
    parts.append(word[last:])
    return "\xad".join(parts)


def hyphenate(text: str) -> str:
    return re.sub(r"(?<![<&/])\b[A-Za-zÄÖÜäöüß]{12,}\b", _hyph_word, text)


# ---------------------------------------------------------------- flowables
class Photo(Flowable):
    """A grey rectangle standing in for a photograph."""

    def __init__(self, height: float, width: float | None = None, tone: Color = GREY) -> None:
        super().__init__()
        self.h = height
        self.w = width
        self.tone = tone

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self._aw = self.w or aw
        return self._aw, self.h

    def draw(self) -> None:
        c = self.canv
        c.setFillColor(self.tone)
        c.rect(0, 0, self._aw, self.h, stroke=0, fill=1)
        # a faint horizon line so it reads as a picture
        c.setStrokeColor(HexColor("#a4a8b0"))
        c.setLineWidth(0.6)
        c.line(0, self.h * 0.38, self._aw, self.h * 0.46)


class Rule(Flowable):
    def __init__(self, color: Color = BLUE, thick: float = 1.2, space: float = 4) -> None:
        super().__init__()
        self.color, self.thick, self.space = color, thick, space

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self._aw = aw
        return aw, self.thick + 2 * self.space

    def draw(self) -> None:
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(self.thick)
        self.canv.line(0, self.space, self._aw, self.space)


HYPHENATED = {"body", "body0"}


def P(text: str, style: str = "body") -> Paragraph:
    return Paragraph(hyphenate(text) if style in HYPHENATED else text, S[style])


def body(*paras: str | tuple[str, str]) -> list[Flowable]:
    """Body copy: str = paragraph, ("h", text) = subhead; indent only after a paragraph."""
    out: list[Flowable] = []
    prev_para = False
    for item in paras:
        if isinstance(item, tuple):
            out.append(P(item[1], "sub"))
            prev_para = False
        else:
            out.append(P(item, "body" if prev_para else "body0"))
            prev_para = True
    return out


def box(head: str | None, items: list[str | Flowable], bg: Color = LIGHT) -> Table:
    cell: list[Flowable] = []
    if head:
        cell.append(P(head, "boxhead"))
    for it in items:
        cell.append(P(it, "box") if isinstance(it, str) else it)
    t = Table([[cell]])
    t.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), bg),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
                ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LINEABOVE", (0, 0), (-1, 0), 2, BLUE),
            ]
        )
    )
    t.spaceBefore = 6
    t.spaceAfter = 6
    return t


def pull(text: str, who: str) -> list[Flowable]:
    return [Rule(YELLOW, 2.5, 3), P(text, "pull"), P(who, "pullby"), Rule(YELLOW, 1, 2), Spacer(1, 4)]


def photo(height: float, caption: str) -> list[Flowable]:
    return [Photo(height), P(caption, "caption")]


# ---------------------------------------------------------------- page machinery
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
        self.c.setTitle("BRÜCKEN 2026 – Das Europamagazin der Stadt Lindenbrück")
        self.c.setAuthor("Stadt Lindenbrück, Büro für Internationales und Europa")
        self.c.setSubject("Europamagazin, Ausgabe 12, 2026")
        self.pageno = 1
        self.report: list[str] = []

    def chrome(self, rubrik: str | None) -> None:
        c = self.c
        n = self.pageno
        c.setStrokeColor(BLUE)
        c.setLineWidth(0.8)
        c.line(ML, H - 44, W - MR, H - 44)
        c.setFillColor(BLUE)
        c.setFont("Sans-Bold", 7.5)
        left, right = "BRÜCKEN · Europamagazin 2026", (rubrik or "").upper()
        if n % 2 == 0:
            c.drawString(ML, H - 38, left)
            c.drawRightString(W - MR, H - 38, right)
        else:
            c.drawString(ML, H - 38, right)
            c.drawRightString(W - MR, H - 38, left)

    def footer(self) -> None:
        c = self.c
        n = self.pageno
        c.setStrokeColor(GREY)
        c.setLineWidth(0.5)
        c.line(ML, 40, W - MR, 40)
        c.setFillColor(DARK)
        c.setFont("Sans-Bold", 9)
        c.setFillColor(BLUE)
        if n % 2 == 0:
            c.drawString(ML, 27, str(n))
            c.setFont("Sans", 7)
            c.setFillColor(DARK)
            c.drawRightString(W - MR, 27, "Stadt Lindenbrück · Büro für Internationales und Europa")
        else:
            c.drawRightString(W - MR, 27, str(n))
            c.setFont("Sans", 7)
            c.setFillColor(DARK)
            c.drawString(ML, 27, "Stadt Lindenbrück · Büro für Internationales und Europa")

    def stack(self, x: float, ytop: float, w: float, flows: list[Flowable]) -> float:
        """Draw flowables top-down in a box of width w; return the y below them."""
        y = ytop
        for f in flows:
            fw, fh = f.wrap(w, 10000)
            sb = f.getSpaceBefore() if y != ytop else 0
            sa = f.getSpaceAfter()
            y -= sb + fh
            f.drawOn(self.c, x, y)
            y -= sa
        return y

    def columns(self, ytop: float | list[float], ybot: float, story: list[Flowable], n: int = 3,
                x0: float = ML, x1: float | None = None, gutter: float = GUTTER, rule: bool = True) -> None:
        x1 = W - MR if x1 is None else x1
        cw = (x1 - x0 - (n - 1) * gutter) / n
        tops = ytop if isinstance(ytop, list) else [ytop] * n
        frames = [Frame(x0 + i * (cw + gutter), ybot, cw, tops[i] - ybot, 0, 0, 0, 0) for i in range(n)]
        self.flow(frames, story)
        if rule:
            self.c.setStrokeColor(HexColor("#d5d8de"))
            self.c.setLineWidth(0.4)
            for i in range(1, n):
                xx = x0 + i * (cw + gutter) - gutter / 2
                self.c.line(xx, ybot, xx, min(tops[i - 1], tops[i]))

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
        self.footer() if self.pageno > 1 else None
        self.c.showPage()
        self.pageno += 1

    def save(self) -> None:
        self.c.save()


# ================================================================ content
def page_cover(m: Mag) -> None:
    c = m.c
    c.setFillColor(BLUE)
    c.rect(0, H - 210, W, 210, stroke=0, fill=1)
    # ring of stars, simplified to yellow dots
    import math

    for i in range(12):
        a = 2 * math.pi * i / 12
        c.setFillColor(YELLOW)
        c.circle(W - 95 + 42 * math.cos(a), H - 105 + 42 * math.sin(a), 4.2, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Sans-Bold", 62)
    c.drawString(ML, H - 118, "BRÜCKEN")
    c.setFont("Sans", 15)
    c.drawString(ML + 2, H - 146, "Das Europamagazin der Stadt Lindenbrück")
    c.setFont("Sans-Bold", 10)
    c.setFillColor(YELLOW)
    c.drawString(ML + 2, H - 176, "AUSGABE 12 · 2026")
    # cover photo
    c.setFillColor(GREY)
    c.rect(ML, 250, W - ML - MR, H - 210 - 270, stroke=0, fill=1)
    c.setStrokeColor(HexColor("#a4a8b0"))
    c.line(ML, 360, W - MR, 420)
    # cover lines
    y = m.stack(ML, 235, 330, [
        P("Partnerstädte", "kicker"),
        P("Drei Städte, ein langer Tisch", "title2"),
        P("35 Jahre Freundschaft mit Kaliszewo: ein Fest zwischen Rathaus und Marienkirche", "lead"),
    ])
    m.stack(ML + 350, 235, W - MR - ML - 350, [
        P("Außerdem in diesem Heft", "kicker"),
        P("Interview: Die Europaabgeordnete Johanna Lindqvist über Fördertöpfe und Bürokratie", "box"),
        Spacer(1, 4),
        P("Jugend: Mit dem Solidaritätskorps nach Lindenbrück", "box"),
        Spacer(1, 4),
        P("Schüleraustausch: Zwei Wochen am Lycée in Saint-Aubin-sur-Loue", "box"),
        Spacer(1, 4),
        P("Europa vor Ort: Ein grünes Band für den Mühlgraben", "box"),
    ])
    c.setFillColor(DARK)
    c.setFont("Sans", 7.5)
    c.drawString(ML, 40, "Herausgegeben vom Büro für Internationales und Europa der Stadt Lindenbrück · kostenlos")
    m.end_page()


def page_2(m: Mag) -> None:
    m.chrome("Grußwort")
    colw = 150
    toc = [
        P("Inhalt", "title2"),
        Rule(),
        P("GRUSSWORT", "toc_sec"),
        P("Grußwort der Oberbürgermeisterin ... 2", "toc"),
        P("EUROPA VOR ORT", "toc_sec"),
        P("Ein grünes Band für den Mühlgraben ... 3", "toc"),
        P("Kurz notiert ... 12", "toc"),
        P("INTERVIEW", "toc_sec"),
        P("Die Europaabgeordnete Johanna Lindqvist im Gespräch ... 5", "toc"),
        P("PARTNERSTÄDTE", "toc_sec"),
        P("Drei Städte, ein langer Tisch ... 7", "toc"),
        P("JUGEND", "toc_sec"),
        P("Ein Ticket und eine Adresse ... 9", "toc"),
        P("Zwei Wochen Lycée: ein Austauschbericht ... 10", "toc"),
        P("MENSCHEN IN EUROPA", "toc_sec"),
        P("Die Brückenbauerin vom Sprachcafé ... 13", "toc"),
        P("SERVICE", "toc_sec"),
        P("Impressum und Bildnachweis ... 14", "toc"),
        Spacer(1, 14),
        box("Zum Titelbild", [
            "Die lange Tafel beim Partnerschaftsfest im September: Rund 600 Gäste aus vier Ländern saßen "
            "zwischen Rathaus und Marienkirche an einem Tisch. Mehr dazu ab Seite 7.",
        ]),
        box("Europa in Lindenbrück", [
            "Das Büro für Internationales und Europa berät Vereine, Schulen und Unternehmen zu "
            "Partnerschaften und EU-Förderprogrammen. Sprechzeiten: Dienstag und Donnerstag, 9 bis 12 Uhr, "
            "Rathaus, Zimmer 214.",
        ]),
    ]
    m.flow([Frame(ML, BOTTOM, colw, TOP - BOTTOM, 0, 0, 0, 0)], toc)
    x0 = ML + colw + 22
    c = m.c
    c.setStrokeColor(GREY)
    c.line(x0 - 11, BOTTOM, x0 - 11, TOP)
    y = m.stack(x0, TOP, W - MR - x0, [P("Grußwort", "kicker"), P("Europa beginnt vor der Haustür", "title")])
    # portrait on the right, text columns
    cw = (W - MR - x0 - GUTTER) / 2
    story = body(
        "Liebe Leserinnen und Leser,",
        "Europa ist für viele Menschen ein Ort, den man im Fernsehen sieht: Sitzungssäle in Brüssel und "
        "Straßburg, lange Verhandlungsnächte, Abstimmungen über Verordnungen mit schwer aussprechbaren Namen. "
        "Wer aber durch Lindenbrück geht, begegnet Europa an jeder zweiten Ecke. Der neue Uferweg am Mühlgraben, "
        "das Jugendzentrum in der Weststadt, die Sprachkurse an der Volkshochschule – all das wäre ohne "
        "europäische Zusammenarbeit kleiner ausgefallen oder gar nicht entstanden.",
        "In dieser Ausgabe unseres Europamagazins zeigen wir, wie eng unsere Stadt mit ihren Nachbarn verbunden "
        "ist. Seit Jahrzehnten pflegen wir Partnerschaften mit Kaliszewo in Polen, Saint-Aubin-sur-Loue in "
        "Frankreich und Valmorena in Italien. Diese Freundschaften leben nicht von Urkunden, sondern von "
        "Menschen: von Chören, die gemeinsam proben, von Feuerwehren, die Erfahrungen austauschen, und von "
        "Familien, die Gastkinder aufnehmen, ohne lange zu fragen.",
        "Giulia Ferrante, die Bürgermeisterin von Valmorena, sagte mir bei meinem Besuch dort im vergangenen "
        "Frühjahr: „Eure Stadt ist für viele unserer Familien ein zweites Zuhause geworden.“ Über diesen Satz habe "
        "ich mich sehr gefreut, denn er beschreibt genau das, was wir mit unserem Leitsatz „Lindenbrück – offen "
        "aus Tradition“ meinen.",
        "Besonders am Herzen liegen mir die jungen Menschen in unserer Stadt. Wer mit sechzehn zwei Wochen in "
        "einer französischen Gastfamilie verbringt oder nach dem Abitur ein Jahr im europäischen "
        "Freiwilligendienst arbeitet, kommt mit einem anderen Blick zurück. Deshalb wollen wir die Zahl der "
        "Austauschplätze in den kommenden Jahren verdoppeln und dafür sorgen, dass nicht nur Gymnasiastinnen "
        "und Gymnasiasten davon erfahren.",
        "Europa ist dabei nicht immer bequem. Förderanträge kosten Zeit, Abstimmungen mit Partnern in drei "
        "Sprachen brauchen Geduld, und nicht jedes Projekt gelingt auf Anhieb. Ich bin aber überzeugt, dass "
        "sich dieser Aufwand lohnt. Was wir gemeinsam mit anderen Städten lernen, macht unsere eigene "
        "Verwaltung besser, und die Kontakte, die dabei entstehen, tragen oft weit über das einzelne Projekt "
        "hinaus.",
        "Ich danke allen, die sich in Vereinen, Schulen, Partnerschaftskomitees und in der Verwaltung für ein "
        "offenes Lindenbrück einsetzen. Ihnen, liebe Leserinnen und Leser, wünsche ich eine anregende Lektüre "
        "– und viele eigene Begegnungen mit Europa.",
    )
    story += [Spacer(1, 6), P("Ihre", "sign"), P("Katharina Wendeborn-Aydın", "signname"),
              P("Oberbürgermeisterin der Stadt Lindenbrück", "sign")]
    col1 = [Photo(130), P("Oberbürgermeisterin Katharina Wendeborn-Aydın im Ratssaal. "
                          "© Stadt Lindenbrück / Jonas Reitmeier", "caption")] + story
    m.columns(y - 4, BOTTOM, col1, n=2, x0=x0)
    m.end_page()


def page_3_4(m: Mag) -> None:
    # ---- page 3
    m.chrome("Europa vor Ort")
    y = m.stack(ML, TOP, W - ML - MR, [
        P("Europa vor Ort", "kicker"),
        P("Ein grünes Band für den Mühlgraben", "title"),
    ])
    cw = (W - ML - MR - 2 * GUTTER) / 3
    ytitle = y
    y = m.stack(ML, y, 2 * cw + GUTTER, [
        P("Wo vor wenigen Jahren noch Lagerhallen verfielen, führt heute ein Uferweg durch die Altstadt. "
          "Möglich gemacht hat das ein Förderprojekt, das Lindenbrück gemeinsam mit Partnerregionen in "
          "Österreich und Slowenien entwickelt hat.", "lead"),
        P("Von Marlene Oberhuber", "byline"),
    ])
    cw = (W - ML - MR - 2 * GUTTER) / 3
    y = m.stack(ML, y - 2, 2 * cw + GUTTER, [
        Photo(165),
        P("Sitzstufen statt Betonkante: der neue Uferweg am Mühlgraben zwischen Färberbrücke und Stadtmühle. "
          "Foto: Kaan Demirtaş", "caption"),
    ])
    story3 = body(
        "Am Samstagmorgen gehört der Mühlgraben den Joggerinnen und Joggern. Sie laufen auf dem hellen Kiesweg "
        "unter jungen Erlen entlang, vorbei an Sitzstufen aus Sandstein und an einer Wiese, auf der im Frühjahr "
        "Schachbrettblumen blühen. Wer hier zum ersten Mal unterwegs ist, ahnt kaum, dass das Gelände vor "
        "wenigen Jahren als eine der unattraktivsten Ecken der Stadt galt. Die alten Lagerhallen der früheren "
        "Tuchfabrik standen leer, das Ufer war mit Beton befestigt, und bei jedem stärkeren Regen lief der "
        "Graben in die Keller der Nachbarhäuser.",
        "Heute ist der Abschnitt zwischen Färberbrücke und Stadtmühle das Herzstück des Projekts „Grünes Band "
        "Lindenbrück“. Auf rund 1,8 Kilometern wurde das Ufer entsiegelt und abgeflacht, sodass der Graben bei "
        "Hochwasser in eine Auenwiese ausweichen kann. Gleichzeitig entstanden ein durchgehender Fuß- und "
        "Radweg, zwei Spielplätze und ein kleiner Platz vor der Stadtmühle, auf dem im Sommer Konzerte "
        "stattfinden.",
        "„Ohne die europäischen Mittel hätten wir das Ufer frühestens in zehn Jahren anfassen können“, sagt "
        "Bernd Vollrath, Leiter des Tiefbauamts. Von den Gesamtkosten in Höhe von 6,4 Millionen Euro stammen "
        "knapp 60 Prozent aus dem Europäischen Fonds für regionale Entwicklung, den Rest tragen Stadt und Land. "
        "Vollrath erinnert sich noch gut an die ersten Förderanträge: mehrere hundert Seiten, Kostenpläne, "
        "Gutachten zu Fledermäusen und Bodenproben aus der alten Färberei.",
        "Entscheidend war die Zusammenarbeit über Grenzen hinweg. Im Rahmen des Programms „Interreg Central "
        "Europe“ haben Fachleute aus Lindenbrück gemeinsam mit Kolleginnen und Kollegen aus der Steiermark und "
        "aus dem Nordosten Sloweniens nach Lösungen für kleine Flüsse gesucht, die mitten durch dicht bebaute "
        "Altstädte fließen. Man traf sich zu Werkstätten, besichtigte Baustellen und tauschte Pläne aus. Manche "
        "Idee, die heute am Mühlgraben zu sehen ist, wurde zuerst an der Drau ausprobiert.",
        "Stadtplanerin Ilaria Benedetti hat das Projekt von Anfang an begleitet. Sie sagt: „Wir bauen hier nicht "
        "für die nächste Wahl, sondern für die nächste Generation.“ Für sie war wichtig, dass die Bürgerinnen "
        "und Bürger mitreden konnten. In drei offenen Planungswerkstätten sammelte das Stadtplanungsamt mehr "
        "als 400 Vorschläge, vom Trinkbrunnen bis zur Boulebahn. Viele davon wurden umgesetzt, einige "
        "scheiterten an den strengen Vorgaben des Hochwasserschutzes.",
        ("h", "Vom Parkplatz zur Auenwiese"),
        "Nicht alle waren sofort begeistert. Als bekannt wurde, dass für die Auenwiese ein Parkplatz mit 80 "
        "Stellplätzen wegfallen sollte, sammelten Geschäftsleute aus der Mühlenstraße Unterschriften. Manche "
        "sprachen damals von einem „Prestigeprojekt“, das an den Bedürfnissen der Innenstadt vorbeigehe. Die "
        "Stadt reagierte mit einem Kompromiss: Ein Teil der Stellplätze wurde in die benachbarte Tiefgarage "
        "verlagert, die seither samstags kostenlos ist.",
        "Heute ist der Streit weitgehend vergessen. Die Händlerinnen und Händler berichten von mehr "
        "Laufkundschaft, und das Café an der Stadtmühle hat seine Terrasse verdoppelt.",
    )
    m.columns([y, y, ytitle - 4], BOTTOM, story3)
    m.end_page()

    # ---- page 4
    m.chrome("Europa vor Ort")
    cw = (W - ML - MR - 2 * GUTTER) / 3
    story4 = body(
        "„Die Kinder kommen jetzt nach der Schule hierher. Früher war das eine Brache mit Glasscherben und "
        "Brennnesseln.“ Das erzählt Ursula Kempf, die seit mehr als vierzig Jahren in einem der Fachwerkhäuser "
        "am Graben wohnt. Sie habe anfangs zu den Skeptikerinnen gehört, gibt Kempf zu. Vor allem die Bauzeit "
        "sei anstrengend gewesen, mit Baggern vor dem Schlafzimmerfenster und monatelang gesperrten Zufahrten. "
        "„Aber wenn ich heute abends auf der Bank sitze und die Enten zähle, dann weiß ich, dass sich das "
        "gelohnt hat“, sagt sie.",
        ("h", "Gelernt an der Drau"),
        "Wie viel die Zusammenarbeit gebracht hat, zeigt ein Detail, das kaum jemandem auffällt: die flachen "
        "Steinriegel im Graben, die das Wasser bremsen und Fischen Unterschlupf bieten. Die Idee stammt aus "
        "Slowenien, wo man mit solchen Riegeln an kleinen Zuflüssen der Drau seit Jahren gute Erfahrungen macht.",
        "„Wir haben nichts erfunden, was es nicht schon gab. Wir haben nur gezeigt, dass es auch in einer "
        "engen Altstadt funktioniert“, sagt Mojca Kovačič, die das Projekt auf slowenischer Seite geleitet hat. "
        "Sie war im vergangenen Jahr zur Eröffnung in Lindenbrück und hat sich die Riegel bei Niedrigwasser "
        "ganz genau angesehen. Ihr Urteil fiel freundlich, aber präzise aus: zwei Steine lägen zu weit "
        "auseinander, sonst sei alles gut.",
        "Umgekehrt haben die Fachleute aus Lindenbrück ihre Erfahrung mit der frühen Beteiligung von "
        "Anwohnerinnen und Anwohnern weitergegeben. Die Planungswerkstätten, die am Mühlgraben so gut "
        "funktioniert haben, werden inzwischen auch in der Steiermark erprobt, wo eine Kleinstadt gerade ihren "
        "zugeschütteten Mühlbach wieder freilegt.",
    ) + [Photo(250), P("Ursula Kempf auf ihrer Lieblingsbank am Mühlgraben.", "caption")] + body(
        ("h", "Wie es weitergeht"),
        "Der nächste Abschnitt ist bereits in Planung. Bis 2028 soll das Grüne Band bis zum Stadtpark "
        "verlängert werden, wo der Mühlgraben in die Lune mündet. Dafür bewirbt sich die Stadt erneut um "
        "europäische Fördermittel. Parallel dazu arbeitet das Umweltamt an einem Pflegekonzept, denn eine "
        "naturnahe Aue braucht eine andere Art von Aufmerksamkeit als ein gepflasterter Kai.",
        "Auch die Partnerregionen wollen weiter voneinander lernen. Im Herbst reist eine Delegation aus der "
        "Steiermark nach Lindenbrück, um sich die Ergebnisse anzusehen. Bernd Vollrath freut sich schon darauf "
        "– und auf die Frage, die bei solchen Besuchen immer kommt: Was würdet ihr heute anders machen? Seine "
        "Antwort hat er längst parat. „Früher mit den Anwohnerinnen und Anwohnern reden, und zwar nicht erst, "
        "wenn die Bagger bestellt sind.“",
    ) + pull("„Wir bauen hier nicht für die nächste Wahl, sondern für die nächste Generation.“",
             "Ilaria Benedetti, Stadtplanerin") + [
        box("Das Projekt in Zahlen", [
            "<b>1,8 km</b> neuer Uferweg zwischen Färberbrücke und Stadtmühle",
            "<b>6,4 Mio. Euro</b> Gesamtkosten, davon 3,8 Mio. Euro aus dem EFRE",
            "<b>412</b> Vorschläge aus drei Planungswerkstätten",
            "<b>140</b> neu gepflanzte Bäume, vor allem Erlen und Weiden",
            "<b>2</b> Partnerregionen in Österreich und Slowenien",
        ]),
        box("Was ist Interreg?", [
            "Mit dem Programm „Interreg Central Europe“ fördert die Europäische Union die Zusammenarbeit von "
            "Städten und Regionen aus neun Staaten Mitteleuropas. Gefördert werden gemeinsame Projekte, in "
            "denen die Beteiligten Lösungen entwickeln und testen, etwa für Klimaanpassung, Mobilität oder "
            "die Belebung von Innenstädten. Die Anträge stellen immer mehrere Partner aus verschiedenen "
            "Ländern gemeinsam.",
        ]),
        box("Führungen am Grünen Band", [
            "Jeden ersten Sonntag im Monat führt die Gewässerökologin Sabine Thorwald über den neuen Uferweg "
            "und erklärt, welche Tiere und Pflanzen sich an der Auenwiese schon angesiedelt haben. Treffpunkt "
            "ist um 11 Uhr an der Färberbrücke, die Teilnahme ist kostenlos.",
        ]),
        box("Mitmachen: Baumpatenschaften", [
            "Für die neuen Erlen und Weiden am Mühlgraben sucht das Umweltamt Patinnen und Paten, die in "
            "trockenen Sommern gießen und Schäden melden. Eine Gießkanne gibt es zur Begrüßung dazu.",
        ]),
    ]
    m.columns(TOP, BOTTOM, story4)
    m.end_page()


def page_5_6(m: Mag) -> None:
    m.chrome("Interview")
    y = m.stack(ML, TOP, W - ML - MR, [
        P("Interview", "kicker"),
        P("„Europa entscheidet sich in den Kommunen“", "title"),
        P("Johanna Lindqvist vertritt die Region seit 2019 im Europäischen Parlament. Ein Gespräch über "
          "Fördertöpfe, Bürokratie und die Frage, warum Brüssel vom Marktplatz aus manchmal so fern wirkt.",
          "lead"),
    ])
    cw = (W - ML - MR - 2 * GUTTER) / 3
    # photo in the right column
    turns5 = [
        ("Grabowski", "Frau Lindqvist, Sie sind regelmäßig in Lindenbrück, zuletzt bei der Eröffnung des "
                      "Uferwegs am Mühlgraben. Wie fühlt es sich an, ein Projekt einzuweihen, über dessen "
                      "Förderung in Brüssel mitentschieden wurde?"),
        ("Lindqvist", "Ehrlich gesagt habe ich über dieses einzelne Projekt nicht entschieden, das machen die "
                      "Verwaltungsbehörden in den Ländern. Aber ich habe an den Regeln mitgearbeitet, nach denen "
                      "solche Projekte gefördert werden. Und es ist ein gutes Gefühl, zu sehen, dass aus "
                      "Paragrafen am Ende ein Weg wird, auf dem Kinder Fahrrad fahren."),
        ("Grabowski", "Viele Kommunen klagen, dass die Antragsverfahren viel zu kompliziert sind. Haben sie "
                      "recht?"),
        ("Lindqvist", "Zum Teil ja. Eine kleine Gemeinde mit drei Leuten in der Kämmerei kann nicht mit einer "
                      "Großstadt mithalten, die eine eigene Fördermittelstelle hat. Ein Landwirt aus meinem "
                      "Wahlkreis, Heiner Ostendorf, hat mir einmal gesagt: „Brüssel ist weit weg, aber die "
                      "Formulare liegen bei mir auf dem Küchentisch.“ Den Satz habe ich mir gemerkt. Wir haben "
                      "in der laufenden Förderperiode einiges vereinfacht, etwa mit Pauschalen statt "
                      "Einzelbelegen. Es reicht aber noch nicht."),
        ("Grabowski", "Was schlagen Sie vor?"),
        ("Lindqvist", "Erstens brauchen kleinere Kommunen Beratung vor Ort, nicht nur Handbücher im Internet. "
                      "Zweitens sollten sich Gemeinden zusammentun dürfen, um gemeinsam Anträge zu stellen und "
                      "Personal zu teilen. Und drittens muss die Kontrolle verhältnismäßig sein. Wer 20.000 Euro "
                      "für einen Bürgertreff bekommt, sollte nicht dieselben Nachweise erbringen müssen wie ein "
                      "Konzern, der Millionen erhält."),
        ("Grabowski", "Kritiker sagen, die EU verteile mit der Gießkanne Geld, das ohnehin aus den "
                      "Mitgliedstaaten stammt. Was antworten Sie ihnen?"),
        ("Lindqvist", "Dass das Geld aus den Mitgliedstaaten stammt, stimmt natürlich. Aber die "
                      "Regionalförderung ist eben keine Gießkanne, sie folgt gemeinsamen Zielen: Klimaschutz, "
                      "Innovation, sozialer Zusammenhalt. Und sie zwingt uns, über den eigenen Tellerrand zu "
                      "schauen. Der Uferweg hier in Lindenbrück ist besser geworden, weil Fachleute aus drei "
                      "Ländern daran gearbeitet haben."),
        ("Grabowski", "Welche Rolle spielen die Kommunen in Brüssel überhaupt?"),
        ("Lindqvist", "Eine größere, als viele denken. Der Ausschuss der Regionen muss angehört werden, wenn es "
                      "um Themen geht, die Städte und Gemeinden betreffen, und die kommunalen Spitzenverbände "
                      "haben eigene Büros in Brüssel. Trotzdem wünsche ich mir, dass Bürgermeisterinnen und "
                      "Bürgermeister öfter direkt bei uns anrufen. Die meisten Abgeordneten freuen sich darüber."),
    ]
    story5: list[Flowable] = []
    for who, text in turns5:
        story5.append(P(f"<b>{who}:</b> {text}", "body0"))
        story5.append(Spacer(1, 3.5))
    col3 = [Photo(190), P("Johanna Lindqvist bei einer Plenarsitzung in Straßburg. "
                          "Foto: Europäisches Parlament", "caption")]
    m.columns(y - 2, BOTTOM, story5, n=2, x1=W - MR - cw - GUTTER)
    m.flow([Frame(W - MR - cw, BOTTOM, cw, y - 2 - BOTTOM, 0, 0, 0, 0)],
           col3 + [box("Zur Person", [
               "Johanna Lindqvist, 44, wurde in Lindenbrück geboren und studierte Politikwissenschaft in "
               "Göttingen und Uppsala. Vor ihrer Wahl ins Europäische Parlament arbeitete sie als Referentin "
               "für Jugendpolitik in einem Landesministerium. Im Parlament ist sie Mitglied im Ausschuss für "
               "regionale Entwicklung und stellvertretendes Mitglied im Ausschuss für Kultur und Bildung. "
               "Sie lebt mit ihrer Familie in der Weststadt.",
           ]), box("Das Europäische Parlament", [
               "<b>720</b> Abgeordnete aus 27 Mitgliedstaaten",
               "<b>96</b> Sitze für Deutschland, so viele wie für kein anderes Land",
               "<b>5 Jahre</b> dauert eine Wahlperiode; gewählt wurde zuletzt im Juni 2024",
               "<b>3</b> Arbeitsorte: Straßburg, Brüssel und Luxemburg",
           ])])
    m.end_page()

    # ---- page 6
    m.chrome("Interview")
    turns6 = [
        ("Grabowski", "Lindenbrück hat drei Partnerstädte. Sind Städtepartnerschaften im Zeitalter von "
                      "Videokonferenzen nicht ein Auslaufmodell?"),
        ("Lindqvist", "Im Gegenteil. Städtepartnerschaften waren nach dem Krieg ein Friedensprojekt von unten, "
                      "lange bevor es einen Binnenmarkt gab. Heute sind sie vielleicht wichtiger denn je, weil "
                      "sie Menschen zusammenbringen, die sich sonst nie begegnen würden: den Feuerwehrmann aus "
                      "Lindenbrück und die Feuerwehrfrau aus Kaliszewo, die Rentnerin und den Studenten. Über "
                      "das Programm „Bürgerinnen und Bürger, Gleichstellung, Rechte und Werte“ gibt es dafür "
                      "übrigens auch Geld aus Brüssel. Das wissen viele Vereine gar nicht."),
        ("Grabowski", "Sie haben selbst als Schülerin ein Jahr im Ausland verbracht."),
        ("Lindqvist", "Ja, bei meinen Großeltern väterlicherseits in Umeå, das war 1998. Damals gab es für "
                      "Schülerinnen und Schüler noch kein „Erasmus+“, meine Eltern haben das privat organisiert. "
                      "Ich habe in diesem Jahr mehr über Europa gelernt als in allen Gemeinschaftskundestunden "
                      "zusammen. Wer so etwas einmal erlebt hat, erklärt Europa anders. Deshalb kämpfe ich dafür, "
                      "dass Austausch kein Privileg für Kinder aus Akademikerfamilien bleibt."),
        ("Grabowski", "Wie soll das gelingen?"),
        ("Lindqvist", "Mit Geld, aber nicht nur. Das Budget für „Erasmus+“ ist in dieser Förderperiode deutlich "
                      "gestiegen, und mit „DiscoverEU“ können Achtzehnjährige kostenlos mit dem Zug durch Europa "
                      "reisen. Aber die Angebote müssen auch dort ankommen, wo sich niemand von allein bewirbt: an "
                      "Haupt- und Realschulen, in Berufsschulen, bei Auszubildenden. Dafür brauchen wir "
                      "Lehrkräfte und Jugendämter, die Mut machen und beim Papierkram helfen."),
        ("Grabowski", "Sie sprechen oft von Beteiligung. Wie erfahren Sie eigentlich, was die Menschen in "
                      "Ihrem Wahlkreis bewegt?"),
        ("Lindqvist", "Vor allem in meinen Bürgersprechstunden, die ich einmal im Monat in einer anderen "
                      "Gemeinde abhalte. Da kommt alles auf den Tisch: die Landwirtin, die sich über neue "
                      "Dokumentationspflichten ärgert, der Handwerksmeister, der keine Auszubildenden findet, "
                      "die Schülerin, die wissen will, warum ihr Handyvertrag in der Schweiz plötzlich teurer "
                      "wird. Manches kann ich direkt klären, vieles nehme ich mit nach Brüssel."),
        ("Grabowski", "Spüren Sie im Parlament eigentlich, dass Europa gerade unter Druck steht?"),
        ("Lindqvist", "Jeden Tag. Die Debatten sind rauer geworden, und manche Kolleginnen und Kollegen sitzen "
                      "im Parlament, um es abzuschaffen. Umso wichtiger finde ich es, dass wir zeigen, was "
                      "Europa konkret bewirkt. Nicht mit Hochglanzbroschüren, sondern mit Uferwegen, "
                      "Jugendzentren und Austauschplätzen."),
        ("Grabowski", "Zum Schluss: Was wünschen Sie sich von den Lindenbrückerinnen und Lindenbrückern?"),
        ("Lindqvist", "Dass sie sich einmischen. Europa entscheidet sich nicht nur in Brüssel, sondern in den "
                      "Kommunen: bei der Frage, ob ein Jugendzentrum einen Austausch anbietet, ob ein Verein "
                      "eine Partnerschaft pflegt, ob jemand die neue Nachbarin aus Rumänien zum Straßenfest "
                      "einlädt. Und natürlich, dass sie wählen gehen. Die nächste Europawahl kommt bestimmt."),
    ]
    story6: list[Flowable] = []
    for who, text in turns6:
        story6.append(P(f"<b>{who}:</b> {text}", "body0"))
        story6.append(Spacer(1, 3.5))
    story6.append(P("Das Interview führte Felix Grabowski.", "endby"))
    story6.append(box("Sprechstunde", [
        "Das Europabüro von Johanna Lindqvist in der Bahnhofstraße 3 ist montags bis donnerstags von 10 bis "
        "16 Uhr geöffnet. Termine für Bürgersprechstunden in der Region werden auf der Internetseite der "
        "Abgeordneten angekündigt.",
    ]))
    pq = pull("„Wer einmal ein Austauschjahr erlebt hat, erklärt Europa anders.“",
              "Johanna Lindqvist, Mitglied des Europäischen Parlaments")
    m.columns(TOP, BOTTOM + 160, pq + story6, n=3)
    m.stack(ML, BOTTOM + 145, W - ML - MR, [
        Photo(128),
        P("Im Gespräch im Ratssaal: Johanna Lindqvist und Redakteur Felix Grabowski. Foto: Marlene Oberhuber",
          "caption"),
    ])
    m.end_page()


def page_7_8(m: Mag) -> None:
    m.chrome("Partnerstädte")
    y = m.stack(ML, TOP, W - ML - MR, [
        P("Partnerstädte", "kicker"),
        P("Drei Städte, ein langer Tisch", "title"),
    ])
    y = m.stack(ML, y, 380, [
        P("Zum 35. Jubiläum der Partnerschaft mit Kaliszewo kamen im vergangenen September Gäste aus drei "
          "Ländern nach Lindenbrück. Ein Wochenende zwischen Festakt, Chorprobe und Pierogi.", "lead"),
        P("Text: Dorota Wiśniewska-Hahn, Fotos: Matteo Ferraris", "byline"),
    ])
    y = m.stack(ML, y - 2, W - ML - MR, [
        Photo(175),
        P("Die lange Tafel zwischen Rathaus und Marienkirche bot Platz für rund 600 Gäste aus vier Ländern.",
          "caption"),
    ])
    story7 = body(
        "Der Tisch war 120 Meter lang und reichte vom Rathaus bis fast zur Marienkirche. An ihm saßen am "
        "Samstagabend rund 600 Menschen, und wer genau hinhörte, konnte an einem einzigen Platz vier Sprachen "
        "gleichzeitig hören. Polnische Teigtaschen standen neben französischem Ziegenkäse, italienischer "
        "Porchetta und Lindenbrücker Zwiebelkuchen. Das Motto des Festes, „Gemeinsam am Tisch“, war an diesem "
        "Abend wörtlich zu nehmen.",
        "Anlass war das 35-jährige Bestehen der Partnerschaft mit Kaliszewo, einer Kleinstadt in Großpolen. "
        "1991, kurz nach dem Ende des Kalten Krieges, hatten die beiden Stadträte den Partnerschaftsvertrag "
        "unterzeichnet. Die Verbindung zu Saint-Aubin-sur-Loue in der Franche-Comté ist noch älter, sie besteht "
        "seit 1973. Valmorena in der Emilia-Romagna kam 2004 hinzu.",
        "„Als wir angefangen haben, mussten wir uns mit Händen und Füßen verständigen. Heute schreiben sich "
        "unsere Jugendlichen jeden Tag Nachrichten“, sagt Bürgermeister Tomasz Nowicki aus Kaliszewo. Er war "
        "mit einer Delegation von 48 Personen angereist, darunter die Blaskapelle der Freiwilligen Feuerwehr "
        "und eine Gruppe Seniorinnen aus dem örtlichen Kulturhaus.",
        "Auch aus Frankreich kamen zwei Busse. Marie-Claire Dufresne, Präsidentin des Partnerschaftskomitees "
        "in Saint-Aubin, sagt: „Für uns ist Lindenbrück keine fremde Stadt mehr. Wir kennen die Bäckereien, "
        "die Kneipen und sogar die Baustellen.“ Sie selbst war 1979 zum ersten Mal als Austauschschülerin hier, "
        "damals noch mit einem Wörterbuch in der Jackentasche.",
        ("h", "Chöre, Feuerwehren, Fußball"),
        "Das Programm des Wochenendes war bewusst vielfältig. Am Samstagvormittag probten der Lindenbrücker "
        "Kammerchor und der Chor „Cantilena“ aus Valmorena gemeinsam in der Marienkirche. Zum Abschluss des "
        "Festakts sangen beide Chöre zusammen mit den polnischen Gästen das Lied „Die Gedanken sind frei“, "
        "jeweils eine Strophe in jeder Sprache.",
        "Parallel dazu trafen sich die Feuerwehren zu einer gemeinsamen Übung am Bauhof, und auf dem "
        "Sportplatz der Weststadt spielten gemischte Jugendteams ein kleines Fußballturnier. Gewonnen hat, so "
        "viel sei verraten, eine Mannschaft mit Spielerinnen und Spielern aus allen vier Städten.",
        "Für die jüngsten Gäste hatte die Stadtbibliothek eine Vorleserunde in vier Sprachen vorbereitet. Eine "
        "Geschichte, vier Stimmen: Jede Seite wurde erst auf Deutsch, dann auf Polnisch, Französisch und "
        "Italienisch gelesen. Die Kinder verstanden nicht jedes Wort, lachten aber an denselben Stellen. "
        "Anschließend malten sie gemeinsam ein großes Bild, das inzwischen im Rathaus von Kaliszewo hängt.",
        "Am Abend verwandelte sich der Rathausplatz in einen Festsaal unter freiem Himmel. Die Blaskapelle aus "
        "Kaliszewo spielte, bis es dunkel wurde, danach übernahm eine Lindenbrücker Band mit Liedern, bei denen "
        "auch die Gäste aus Italien mitsingen konnten.",
    )
    m.columns(y, BOTTOM, story7)
    m.end_page()

    # ---- page 8
    m.chrome("Partnerstädte")
    cw = (W - ML - MR - 2 * GUTTER) / 3
    story8 = body(
        "Im Foyer des Rathauses war während des Festes die Ausstellung „Freundschaft in 35 Bildern“ zu sehen. "
        "Ehrenamtliche hatten dafür Fotos aus privaten Alben gesammelt: Schwarz-Weiß-Aufnahmen von der ersten "
        "Busreise nach Kaliszewo, verblichene Farbbilder von Zeltlagern, Selfies vom letzten Weihnachtsmarkt.",
        "Einer, der fast alle diese Reisen mitgemacht hat, ist Hans-Peter Ruland. Der pensionierte Lehrer "
        "gehört zu den Gründungsmitgliedern des Partnerschaftsvereins. „Wir haben 1991 mit drei Bussen und viel "
        "Neugier angefangen“, erinnert sich Ruland. „Heute sitzen hier die Enkel der ersten Gäste.“ Er zeigt "
        "auf einen Tisch, an dem Jugendliche aus Kaliszewo und Lindenbrück gerade ein Kartenspiel erklären – "
        "auf Englisch, Polnisch und Deutsch zugleich.",
        "Ruland erzählt gern von den Anfängen. Die erste Fahrt nach Kaliszewo dauerte vierzehn Stunden, an der "
        "Grenze wartete der Bus fast drei Stunden lang. Untergebracht waren die Lindenbrücker in Familien, die "
        "selbst wenig Platz hatten und trotzdem ihre Schlafzimmer räumten. Aus diesen ersten Begegnungen sind "
        "Freundschaften entstanden, die bis heute halten. Zwei Ehen, erzählt Ruland mit einem Augenzwinkern, "
        "gingen ebenfalls auf das Konto der Partnerschaft.",
        "Dass die Partnerschaft auch für Jüngere attraktiv bleibt, ist allerdings kein Selbstläufer. Der "
        "Partnerschaftsverein hat deshalb vor drei Jahren eine eigene Jugendgruppe gegründet, die sich "
        "regelmäßig per Videokonferenz mit Gleichaltrigen aus den Partnerstädten trifft. Einmal im Jahr fahren "
        "die Jugendlichen gemeinsam in ein Zeltlager, zuletzt an einen See in Masuren. „Ohne die Jugendgruppe "
        "wäre ich nie nach Polen gefahren, und jetzt lerne ich sogar Polnisch“, sagt die 16-jährige Mara "
        "Lindemann.",
    ) + body(
        "Nicht alle Partnerstädte konnten mit großen Gruppen anreisen. Valmorena schickte eine kleine "
        "Abordnung, weil im Ort zur selben Zeit das Weinfest stattfand. Bürgermeisterin Giulia Ferrante "
        "schrieb in einem Grußwort, das beim Festakt verlesen wurde: „Partnerschaft bedeutet, dass man auch "
        "dann an einen Freund denkt, wenn man selbst gerade ein Fest feiert.“ Der Satz bekam langen Applaus.",
        ("h", "Pläne für die nächsten Jahre"),
        "Am Sonntag unterzeichneten die Bürgermeisterinnen und Bürgermeister eine gemeinsame Erklärung. Darin "
        "verpflichten sie sich, den Jugendaustausch auszubauen und jedes Jahr mindestens ein gemeinsames "
        "Projekt zu Klima- und Umweltschutz auf den Weg zu bringen. Für 2027 ist ein trinationales "
        "Jugendcamp in Saint-Aubin geplant, zu dem erstmals auch Jugendliche aus Valmorena eingeladen werden.",
        "Auch das Geld ist ein Thema. Busreisen, Unterkünfte und Programm müssen bezahlt werden, und die "
        "Zuschüsse der Stadt decken nur einen Teil davon. Der Partnerschaftsverein will sich deshalb künftig "
        "stärker um europäische Fördermittel bewerben, etwa aus dem Programm „Bürgerinnen und Bürger, "
        "Gleichstellung, Rechte und Werte“, das ausdrücklich auch Städtepartnerschaften unterstützt.",
        "Oberbürgermeisterin Katharina Wendeborn-Aydın zeigte sich am Ende des Wochenendes zufrieden. „Dieses "
        "Fest hat gezeigt, dass unsere Partnerschaften kein Museum sind, sondern quicklebendig“, sagte sie.",
        "Am Sonntagnachmittag rollten die Busse wieder vom Rathausplatz. Beim Abschied wurde viel gewinkt, und "
        "mancher Lindenbrücker hatte plötzlich eine neue Telefonnummer aus Kaliszewo im Handy.",
    )
    side = [Photo(105), P("Hans-Peter Ruland (links) mit Gästen aus Kaliszewo vor der Ausstellung im "
                          "Rathausfoyer.", "caption"),
            Photo(105), P("Gemeinsame Probe des Kammerchors und des Chors aus Valmorena in der Marienkirche.",
                          "caption"),
            box("Unsere Partnerstädte", [
                "<b>Saint-Aubin-sur-Loue</b> (Frankreich)<br/>Partnerschaft seit 1973, rund 6.500 Einwohner",
                "<b>Kaliszewo</b> (Polen)<br/>Partnerschaft seit 1991, rund 14.000 Einwohner",
                "<b>Valmorena</b> (Italien)<br/>Partnerschaft seit 2004, rund 9.800 Einwohner",
                "Wer eine Reise in eine Partnerstadt plant oder Gäste aufnehmen möchte, wendet sich an den "
                "Partnerschaftsverein Lindenbrück e. V. oder an das Büro für Internationales und Europa.",
            ]),
            box("Meilensteine", [
                "<b>1973</b> – Partnerschaftsvertrag mit Saint-Aubin-sur-Loue",
                "<b>1979</b> – erster Schüleraustausch mit dem Lycée des Tilleuls",
                "<b>1991</b> – Partnerschaft mit Kaliszewo",
                "<b>2004</b> – Partnerschaft mit Valmorena",
                "<b>2023</b> – Gründung der Jugendgruppe des Partnerschaftsvereins",
            ])]
    m.columns(TOP, BOTTOM, story8, n=2, x1=W - MR - cw - GUTTER)
    m.flow([Frame(W - MR - cw, BOTTOM, cw, TOP - BOTTOM, 0, 0, 0, 0)], side)
    m.end_page()


def page_9(m: Mag) -> None:
    m.chrome("Jugend")
    y = m.stack(ML, TOP, W - ML - MR, [
        P("Jugend", "kicker"),
        P("Ein Ticket und eine Adresse", "title"),
        P("Immer mehr junge Menschen aus Lindenbrück gehen für einige Monate ins europäische Ausland – und "
          "immer mehr junge Europäerinnen und Europäer kommen zu uns. Das Jugendamt will die Angebote jetzt "
          "bekannter machen.", "lead"),
    ])
    cw = (W - ML - MR - 2 * GUTTER) / 3
    story = [Photo(120), P("Lucía Fernández Ortega (Mitte) probt mit der Theatergruppe im Jugendzentrum "
                           "„Kesselhaus“. Foto: Lena Marquardt", "caption")] + body(
        "Lucía Fernández Ortega ist vor acht Monaten aus Valencia nach Lindenbrück gekommen. Die 22-Jährige "
        "arbeitet als Freiwillige im Jugendzentrum „Kesselhaus“ in der Weststadt, organisiert dort Kochabende, "
        "hilft bei den Hausaufgaben und hat eine Theatergruppe gegründet. Ihr Aufenthalt wird über das "
        "„Europäische Solidaritätskorps“ finanziert, ein Programm der Europäischen Union für junge Menschen "
        "zwischen 18 und 30 Jahren.",
        "Lucía Fernández Ortega sagt: „Am Anfang habe ich kein Wort verstanden, wenn die Jugendlichen Dialekt "
        "gesprochen haben. Inzwischen bringen sie mir jeden Tag ein neues Wort bei.“ Ihr Lieblingswort ist "
        "mittlerweile „schnuddelig“. Was es genau bedeutet, konnte ihr allerdings noch niemand richtig erklären.",
        "„Junge Menschen brauchen keine Sonntagsreden über Europa, sondern ein Ticket und eine Adresse“, sagt "
        "Renate Holzapfel, Leiterin des Jugendamts. Gemeint ist: Wer ins Ausland gehen will, braucht konkrete "
        "Hilfe bei der Suche nach einer Einsatzstelle, bei der Finanzierung und bei der Vorbereitung. Seit "
        "Januar gibt es deshalb im Jugendamt eine eigene Beratungsstelle für internationale Jugendarbeit, die "
        "einmal pro Woche auch im „Kesselhaus“ Sprechstunde hält.",
    ) + pull("„Jeder Euro, den wir in Austausch stecken, kommt doppelt zurück.“",
             "Renate Holzapfel, Leiterin des Jugendamts") + body(
        "Die Nachfrage ist groß. Im vergangenen Jahr haben sich 63 junge Menschen aus Lindenbrück beraten "
        "lassen, 21 von ihnen sind inzwischen im Ausland, unter anderem in Portugal, Estland und Griechenland. "
        "Besonders gefragt sind Kurzzeitprojekte von zwei bis drei Monaten, die sich gut zwischen Schule und "
        "Ausbildung schieben lassen.",
        "Wie sich so ein Aufenthalt anfühlt, weiß Jonas Wetzel. Der 19-Jährige hat nach dem Abitur sechs Monate "
        "in einem Naturschutzprojekt in Estland gearbeitet, Wanderwege markiert, Schulklassen durch ein Moor "
        "geführt und nebenbei Estnisch gelernt, zumindest so viel, dass es für den Supermarkt reichte. „Ich bin "
        "als Schüler losgefahren und als Erwachsener zurückgekommen“, sagt er. Inzwischen studiert er "
        "Forstwirtschaft und berät ehrenamtlich andere Jugendliche, die ins Ausland wollen.",
        "Eine Hürde bleibt das Geld, auch wenn die Programme Reise, Unterkunft und ein Taschengeld übernehmen. "
        "Viele Familien wissen das nicht oder trauen sich nicht nachzufragen. Das Jugendamt arbeitet deshalb "
        "eng mit der Schulsozialarbeit zusammen, die Jugendliche gezielt ansprechen soll, gerade dort, wo zu "
        "Hause niemand von Auslandsaufenthalten erzählt.",
        "Auch der Jugendgemeinderat hat das Thema für sich entdeckt. „Wir wollen, dass jede Schülerin und jeder "
        "Schüler in Lindenbrück mindestens einmal von diesen Möglichkeiten hört, nicht nur die am Gymnasium“, "
        "findet Nils Petersen, 17, Sprecher des Jugendgemeinderats. Gemeinsam mit dem Jugendamt plant das "
        "Gremium für den Herbst eine Europa-Messe in der Stadthalle, auf der Rückkehrerinnen und Rückkehrer von "
        "ihren Erfahrungen berichten.",
        "Lucía Fernández Ortega wird dort auch auftreten, mit ihrer Theatergruppe. Das Stück handelt von einer "
        "Jugendlichen, die zum ersten Mal allein verreist. Wie es ausgeht, verrät sie noch nicht.",
    ) + [P("Von Selin Arslan", "endby"),
         box("DiscoverEU", [
             "Mit der Initiative „DiscoverEU“ vergibt die Europäische Union zweimal im Jahr kostenlose "
             "Bahnpässe an Achtzehnjährige. Wer ausgewählt wird, kann bis zu 30 Tage lang durch Europa reisen. "
             "Die Bewerbung läuft über das Europäische Jugendportal.",
             "<b>Beratung in Lindenbrück:</b> Jugendamt, Beratungsstelle Internationale Jugendarbeit, "
             "Bahnhofstraße 12, dienstags 14 bis 18 Uhr und donnerstags im Jugendzentrum.",
         ])]
    m.columns(y, BOTTOM, story)
    m.end_page()


def page_10_11(m: Mag) -> None:
    m.chrome("Jugend")
    y = m.stack(ML, TOP, W - ML - MR, [
        P("Jugend · Schüleraustausch", "kicker"),
        P("Zwei Wochen Lycée – und kein Abendessen vor halb neun", "title"),
    ])
    y = m.stack(ML, y, 380, [
        P("Im März waren 24 Schülerinnen und Schüler des Gymnasiums am Lindenwall zu Gast in unserer "
          "französischen Partnerstadt. Zwei von ihnen berichten.", "lead"),
        P("Text: Emma Schulte-Berndt und Yusuf Çelik, Klasse 10b", "byline"),
    ])
    cw = (W - ML - MR - 2 * GUTTER) / 3
    story = body(
        "Um sechs Uhr morgens stand unser Bus auf dem Parkplatz hinter der Turnhalle, um halb sieben am Abend "
        "standen wir auf dem Marktplatz von Saint-Aubin-sur-Loue. Dazwischen lagen rund 700 Kilometer, drei "
        "Pausen, ein verlorener Rucksack und sehr viel Aufregung. Denn keiner von uns wusste genau, was ihn in "
        "den nächsten zwei Wochen erwarten würde.",
        "Unsere Französischlehrerin Kristin Haberland hatte uns zwar gut vorbereitet. Trotzdem war das erste "
        "Treffen mit den Gastfamilien ein bisschen wie ein Sprung ins kalte Wasser. Wir hatten mit unseren "
        "Austauschpartnern vorher nur Nachrichten geschrieben, und plötzlich standen sie vor uns, mit Eltern, "
        "Geschwistern und in einem Fall sogar mit Hund.",
        "Frau Haberland hatte uns gewarnt: „In Frankreich ist das Essen keine Nebensache. Nehmt euch Zeit, "
        "probiert alles und lobt die Köchin oder den Koch.“ Schon am ersten Abend merkten wir, was sie meinte. "
        "Bei Emmas Gastfamilie gab es vier Gänge, und das Essen begann erst um Viertel vor neun. „Bei uns wird "
        "nicht vor halb neun gegessen“, erklärte Gastmutter Sophie Lemaire, als Emma vorsichtig fragte, ob sie "
        "sich vorher noch ein Brot machen dürfe.",
        "Yusuf wohnte bei Familie Moreau am Rand der Stadt. Sein „Corres“, wie die Austauschpartner an der "
        "Schule genannt werden, ist Lucas Moreau, der im Herbst zu uns nach Lindenbrück kommt. Die beiden "
        "verstanden sich sofort, vor allem beim Thema Fußball. Als Yusuf am zweiten Tag im Sportunterricht über "
        "den Ball stolperte und alle lachten, sagte Lucas nur: „C’est pas grave, ça arrive même aux pros.“",
        "Ein Höhepunkt der ersten Woche war der Empfang im Rathaus von Saint-Aubin. Der Bürgermeister hielt eine "
        "Rede, von der wir ungefähr die Hälfte verstanden, und danach gab es Orangensaft und winzige Kuchen. "
        "Emma musste spontan ein paar Worte auf Französisch sagen und hat sich dabei nur einmal versprochen. "
        "Frau Haberland meinte hinterher, das sei der mutigste Moment der ganzen Reise gewesen.",
        ("h", "Schule bis fünf Uhr"),
        "Der Unterricht am Lycée des Tilleuls hat uns überrascht. Die Schultage dauern bis fünf Uhr "
        "nachmittags, dafür ist der Mittwochnachmittag frei. Mittags essen alle in der Kantine, und zwar nicht "
        "wie bei uns ein schnelles Brötchen, sondern Vorspeise, Hauptgericht und Nachtisch. Im "
        "Französischunterricht lasen unsere Gastgeschwister gerade „Le Petit Prince“. Das war praktisch, weil "
        "wir das Buch in der neunten Klasse auch schon gelesen hatten.",
        "Am meisten Spaß hatten wir im Englischunterricht. Dort sollten deutsche und französische Schülerinnen "
        "und Schüler gemeinsam kurze Szenen schreiben und vorspielen. Unsere Gruppe hat eine Talkshow über "
        "Klischees erfunden: Deutsche sind immer pünktlich, Franzosen essen jeden Tag Baguette. Am Ende waren "
        "sich alle einig, dass beides nur halb stimmt.",
        "In den anderen Fächern saßen wir im ganz normalen Unterricht unserer Gastgeschwister und verstanden in "
        "Mathe und Physik oft nur die Zahlen. In Geschichte ging es ausgerechnet um den Ersten Weltkrieg, und "
        "die Lehrerin fragte uns, wie das Thema in Deutschland unterrichtet wird. Darauf waren wir nicht "
        "vorbereitet, aber am Ende entstand eine richtig gute Diskussion, bei der beide Seiten etwas gelernt "
        "haben.",
        "Den freien Mittwochnachmittag verbrachten die meisten von uns mit ihren Gastgeschwistern im Ort. Yusuf "
        "wurde zum Training des Fußballvereins mitgenommen und durfte gleich beim Abschlussspiel mitmachen. Emma "
        "ging mit ihrer Gastschwester in die Musikschule, wo gerade ein Chor für das nächste Partnerschaftsfest "
        "probte.",
    )
    col1 = [Photo(140), P("Ankunft auf dem Marktplatz von Saint-Aubin-sur-Loue. Foto: Kristin Haberland",
                          "caption")] + story
    m.columns(y, BOTTOM, col1)
    m.end_page()

    m.chrome("Jugend")
    cw = (W - ML - MR - 2 * GUTTER) / 3
    y = m.stack(ML, TOP, 2 * cw + GUTTER, [
        Photo(150),
        P("Ausflug zur Quelle der Loue: die Klasse 10b mit ihren französischen Gastgeschwistern. "
          "Foto: Yusuf Çelik", "caption"),
    ])
    story = body(
        ("h", "Ausflüge und Heimweh"),
        "In der zweiten Woche fuhren wir nach Besançon, wo wir die Zitadelle besichtigten, und an einem Tag "
        "zur Quelle der Loue. Das Wasser kommt dort direkt aus einer Felswand, und es war so kalt, dass niemand "
        "länger als ein paar Sekunden die Hand hineinhalten konnte. Auf dem Rückweg sangen wir im Bus "
        "abwechselnd deutsche und französische Lieder, bis der Busfahrer um Ruhe bat.",
        "Besonders in Erinnerung geblieben ist uns ein Nachmittag in einer Käserei in den Bergen. Dort wird seit "
        "Generationen Comté hergestellt, ein Hartkäse, der mindestens vier Monate reifen muss. Der Käsemeister "
        "erklärte uns alles sehr langsam und mit vielen Handbewegungen, und zum Schluss durften wir einen Käse "
        "probieren, der fast drei Jahre alt war.",
        "Das Wetter spielte meistens mit. Nur am Tag des Ausflugs nach Besançon regnete es ununterbrochen, und "
        "unsere Gruppe stand tropfnass vor der Zitadelle. Die französischen Schülerinnen und Schüler fanden das "
        "überhaupt nicht schlimm und erklärten uns, dass es in der Franche-Comté eben oft regnet. Dafür sei der "
        "Käse so gut.",
        "Natürlich gab es auch schwierige Momente. Einige von uns hatten in den ersten Tagen Heimweh, und nicht "
        "jede Gastfamilie war so gesprächig, wie wir es uns gewünscht hätten. Geholfen hat, dass wir uns "
        "abends oft zu zweit oder zu dritt getroffen haben. „Man muss nicht alles verstehen, um sich "
        "wohlzufühlen“, sagte eine Mitschülerin nach der ersten Woche, und damit hatte sie recht.",
        "Am letzten Abend organisierte das Partnerschaftskomitee ein Abschiedsfest im Gemeindesaal. "
        "Marie-Claire Dufresne, die wir schon von ihren Besuchen in Lindenbrück kannten, hielt eine kleine Rede "
        "auf Deutsch und Französisch. Danach wurde getanzt, gegessen und sehr viel fotografiert. Beim Abschied "
        "am nächsten Morgen hörten wir mehr als einmal: „À bientôt à Lindenbrück!“",
        "Unser Fazit: Zwei Wochen sind zu kurz, um eine Sprache zu lernen, aber lang genug, um Freunde zu "
        "finden. Im Oktober kommen unsere Austauschpartner zu uns, und wir haben schon einen Plan. Wir zeigen "
        "ihnen, dass man in Lindenbrück auch um halb sieben sehr gut zu Abend essen kann.",
        "Was wir sonst mitnehmen? Ein paar neue Vokabeln, vor allem solche, die nicht im Schulbuch stehen. Ein "
        "Gefühl dafür, wie es ist, in einem anderen Land fremd zu sein. Und die Erkenntnis, dass sich unsere "
        "Austauschpartner über genau dieselben Dinge Sorgen machen wie wir: Prüfungen, Eltern, die Zukunft.",
    )
    m.columns(y, BOTTOM, story, n=2, x1=ML + 2 * cw + GUTTER)
    side = [box("Tipps für den nächsten Jahrgang", [
        "<b>1.</b> Lernt vorher ein paar Sätze auswendig, zum Beispiel „Merci pour le repas“, „Je ne comprends "
        "pas“ und „Où est la boulangerie ?“.",
        "<b>2.</b> Nehmt ein kleines Geschenk aus Lindenbrück mit. Lindenbrücker Senf kam bei allen gut an.",
        "<b>3.</b> Sagt Bescheid, wenn ihr etwas nicht essen dürft oder wollt. Die Familien sind dankbar dafür.",
        "<b>4.</b> Legt das Handy beim Abendessen weg. Wirklich.",
        "<b>5.</b> Schreibt ein Tagebuch. Nach zwei Wochen vergisst man schneller, als man denkt.",
    ]), box("Der Austausch in Zahlen", [
        "<b>52</b> Jahre Schüleraustausch zwischen Lindenbrück und Saint-Aubin-sur-Loue",
        "<b>24</b> Schülerinnen und Schüler aus den Klassen 10a und 10b",
        "<b>2</b> begleitende Lehrkräfte",
        "<b>1</b> verlorener und wiedergefundener Rucksack",
    ]), Photo(95), P("Beim Empfang im Rathaus von Saint-Aubin-sur-Loue.", "caption"),
        box("Stimmen aus der Klasse", [
        "„Das Essen war der Wahnsinn, aber ich habe drei Kilo zugenommen.“ – Leonie, 16",
        "„Am meisten vermisse ich den freien Mittwochnachmittag.“ – Finn, 15",
        "„Meine Gastfamilie hat mich behandelt wie einen eigenen Sohn. Im Sommer fahre ich wieder hin.“ "
        "– Arda, 16",
    ])]
    m.flow([Frame(W - MR - cw, BOTTOM, cw, TOP - BOTTOM, 0, 0, 0, 0)], side)
    m.end_page()


def page_12(m: Mag) -> None:
    m.chrome("Europa vor Ort")
    y = m.stack(ML, TOP, W - ML - MR, [P("Europa vor Ort", "kicker"), P("Kurz notiert", "title")])
    story = [P("Europawoche 2026: Das Programm steht", "sub")] + body(
        "Vom 2. bis zum 10. Mai beteiligt sich Lindenbrück wieder an der Europawoche. Geplant sind unter "
        "anderem ein Europafest auf dem Rathausplatz, eine Diskussion mit Schülerinnen und Schülern im "
        "Ratssaal und eine Filmreihe in den Lichtspielen am Markt. „Wir wollen Europa dorthin bringen, wo die "
        "Menschen ohnehin unterwegs sind: auf den Markt, ins Kino, in die Schulen“, kündigt Henrik Solberg an, "
        "Leiter des Büros für Internationales und Europa.",
    ) + [P("Prüfauftrag für eine neue Partnerschaft", "sub")] + body(
        "Der Stadtrat hat die Verwaltung im Februar beauftragt, Gespräche mit der türkischen Stadt Karaağaçlı "
        "über eine mögliche Städtepartnerschaft aufzunehmen. Den Antrag hatte Stadträtin Aylin Korkmaz "
        "eingebracht. Rund 2.300 Lindenbrückerinnen und Lindenbrücker haben familiäre Wurzeln in der Region. "
        "Eine erste Delegationsreise ist für den Herbst geplant.",
    ) + [P("Grundschule am Lunepark ist jetzt Europaschule", "sub")] + body(
        "Die Grundschule am Lunepark darf sich seit Januar „Europaschule“ nennen. Das Kultusministerium würdigt "
        "damit das Engagement der Schule für Sprachen und internationale Begegnungen: Alle Klassen lernen ab "
        "dem ersten Schuljahr spielerisch Französisch oder Polnisch, und jedes Jahr besucht eine Klasse eine "
        "Partnerschule im Ausland. „Unsere Kinder lernen früh, dass Nachbarn auch eine andere Sprache sprechen "
        "können“, sagt Schulleiterin Annegret Vogelsang.",
    ) + [Photo(130), P("Das Europafest 2025 auf dem Rathausplatz.", "caption"),
         P("EU-Sprechstunde im Bürgerbüro", "sub")] + body(
        "Einmal im Monat berät das regionale Europe-Direct-Zentrum im Bürgerbüro zu Fragen rund um die "
        "Europäische Union: vom Arbeiten im Ausland über Verbraucherrechte bis zu Fördermöglichkeiten für "
        "Vereine. Eine Anmeldung ist nicht nötig. Die Beratung ist kostenlos und auf Wunsch auch auf Englisch, "
        "Polnisch oder Türkisch möglich.",
    ) + [P("Gäste aus Valmorena im Umweltamt", "sub")] + body(
        "Im März war eine Delegation der Stadtverwaltung Valmorena für drei Tage in Lindenbrück zu Gast. Die "
        "Gäste interessierten sich vor allem für die Abfallwirtschaft: Lindenbrück sammelt seit Jahren "
        "Bioabfälle getrennt und verwertet sie in einer eigenen Vergärungsanlage. Im Gegenzug informierten sich "
        "Mitarbeitende des Umweltamts über das Carsharing-Modell der italienischen Partnerstadt, an dem sich "
        "auch die Stadtverwaltung beteiligt.",
    ) + [P("25 Jahre Euro-Stammtisch", "sub")] + body(
        "Seit einem Vierteljahrhundert trifft sich jeden ersten Montag im Monat der Euro-Stammtisch im "
        "Gasthaus Zur Linde. Aus einer Runde von sechs Leuten ist eine Gruppe von mehr als dreißig Stammgästen "
        "aus elf Ländern geworden. „Wir reden über Politik, aber vor allem über das Leben“, sagt Piotr "
        "Zieliński, der den Stammtisch 2001 gegründet hat. Zum Jubiläum im Juni sind alle eingeladen, auch "
        "wer noch nie dabei war.",
    ) + [P("Lesetipp aus der Stadtbibliothek", "sub")] + body(
        "In ihrem Roman „Die Brücke über die Lune“ erzählt die in Kaliszewo geborene Autorin Agnieszka Mroczek "
        "von zwei Familien, die sich bei den ersten Austauschfahrten Anfang der Neunzigerjahre kennenlernen "
        "und über drei Generationen verbunden bleiben. Das Buch ist in der Stadtbibliothek in deutscher und "
        "polnischer Ausgabe ausleihbar.",
    ) + [P("Verstärkung im Europabüro", "sub")] + body(
        "Seit März gehört Tereza Horáková zum Team des Büros für Internationales und Europa. Die gebürtige "
        "Tschechin hat in Olmütz und Leipzig studiert und zuletzt bei einem Verband in Brüssel gearbeitet. In "
        "Lindenbrück berät sie vor allem Vereine, die Fördermittel für Begegnungsprojekte beantragen wollen.",
    ) + [P("Zusammengestellt von Birte Claussen", "endby"), Spacer(1, 6),
         box("Termine", [
             "<b>2. bis 10. Mai</b> – Europawoche mit Europafest am 9. Mai, Rathausplatz",
             "<b>14. Mai</b> – EU-Sprechstunde, Bürgerbüro, 15 bis 18 Uhr",
             "<b>20. Juni</b> – Partnerschaftslauf „Lauf der Freundschaft“ am Mühlgraben",
             "<b>1. Juni</b> – 25 Jahre Euro-Stammtisch, Gasthaus Zur Linde",
             "<b>26. September</b> – Europäischer Tag der Sprachen im Sprachcafé",
             "<b>10. Oktober</b> – Europa-Messe des Jugendgemeinderats, Stadthalle",
         ])]
    m.columns(y, BOTTOM, story)
    m.end_page()


def page_13(m: Mag) -> None:
    m.chrome("Menschen in Europa")
    cw = (W - ML - MR - 2 * GUTTER) / 3
    y = m.stack(ML, TOP, W - ML - MR, [
        P("Menschen in Europa", "kicker"),
        P("Die Brückenbauerin vom Sprachcafé", "title"),
    ])
    y = m.stack(ML, y, 2 * cw + GUTTER, [
        P("Seit zehn Jahren bringt Dragana Petrović im Sprachcafé „Babel“ Menschen aus aller Welt an einen "
          "Tisch. Ein Besuch an einem ganz normalen Donnerstagabend.", "lead"),
        P("Text: Clara Voßberg · Foto: Eamon Gallagher", "byline"),
    ])
    m.stack(W - MR - cw, TOP - 44, cw, [
        Photo(180),
        P("Dragana Petrović (rechts) am deutsch-spanischen Tisch in der Stadtbibliothek.", "caption"),
    ])
    story = body(
        "Donnerstag, kurz nach sieben, im Hinterzimmer der Stadtbibliothek. An sechs Tischen sitzen gut "
        "vierzig Menschen, vor ihnen Teetassen, Kekse und kleine Fähnchen aus Pappe. Am polnischen Tisch wird "
        "gerade über Fußball gestritten, am spanischen erklärt ein Rentner mit großer Hingabe das Rezept "
        "seines Rotkohls. Mittendrin steht Dragana Petrović und verteilt Namensschilder.",
        "Die 51-Jährige kam 1993 als Jugendliche aus Novi Sad nach Lindenbrück. Deutsch hat sie damals in "
        "einer Vorbereitungsklasse gelernt, und noch heute erinnert sie sich an das Gefühl, in einer fremden "
        "Sprache keine Witze machen zu können. „Das war das Schlimmste: Zu Hause war ich ein lustiger Mensch, "
        "und hier war ich plötzlich stumm“, sagt sie.",
        "2016 gründete sie gemeinsam mit der Stadtbibliothek das Sprachcafé. Die Idee ist einfach: Wer eine "
        "Sprache spricht, setzt sich an einen Tisch, wer sie lernen will, setzt sich dazu. Es gibt keine "
        "Lehrkräfte, keine Noten und keine Anmeldung. Inzwischen kommen jede Woche Menschen aus mehr als "
        "zwanzig Ländern, darunter Studierende, Pflegekräfte, Geflüchtete und Ruheständler, die ihr "
        "Schulfranzösisch auffrischen wollen.",
        "Kenji Watanabe gehört zu den Stammgästen. Der Ingenieur aus Nagoya arbeitet seit zwei Jahren bei "
        "einem Zulieferer im Gewerbegebiet Nord. „Im Büro sprechen alle Englisch mit mir. Hier lerne ich das "
        "Deutsch, das man beim Bäcker braucht“, sagt Watanabe. Inzwischen leitet er selbst einen Tisch, an dem "
        "Interessierte erste Sätze auf Japanisch üben.",
        "Für ihr Engagement hat Petrović im vergangenen Jahr den Europapreis der Stadt erhalten. Sie spricht "
        "darüber nur ungern. „Ich mache nichts Besonderes. Ich stelle Tische auf und koche Tee“, sagt sie. Wer "
        "ihr an diesem Abend zusieht, weiß, dass das nicht ganz stimmt. Sie kennt fast alle Namen, fragt nach "
        "Prüfungen und Bewerbungsgesprächen und stellt Menschen einander vor, von denen sie glaubt, dass sie "
        "sich etwas zu sagen haben.",
        "Manchmal entsteht an den Tischen auch mehr als eine Unterhaltung. Eine Pflegekraft aus Kerala hat hier "
        "ihre Wohnung gefunden, weil ein Rentner am Nebentisch von einer freien Einliegerwohnung erzählte. Zwei "
        "Studierende aus Lindenbrück und Valencia haben im vergangenen Sommer geheiratet. Und eine Gruppe "
        "ukrainischer Mütter trifft sich inzwischen zusätzlich samstags, um gemeinsam Deutsch zu lernen, "
        "während die Kinder nebenan in der Bibliothek malen.",
        "Finanziert wird das Sprachcafé fast ausschließlich über Spenden und einen kleinen Zuschuss der Stadt. "
        "Die Bibliothek stellt den Raum, Tee und Kekse bringen Ehrenamtliche mit. Petrović hat nie darüber "
        "nachgedacht, daraus mehr zu machen. „Sobald man Formulare ausfüllen muss, kommen weniger Menschen“, "
        "sagt sie.",
        "Um halb zehn werden die Tische zusammengeschoben. Am Ausgang verabschiedet sich eine junge Frau aus "
        "Eritrea auf Deutsch, ein älterer Herr antwortet ihr auf Tigrinya. Er hat die ersten Sätze im "
        "Sprachcafé gelernt, mit 74 Jahren. Dragana Petrović lacht, als sie das hört. Genau dafür, sagt sie, "
        "mache sie das alles.",
    )
    frames = [Frame(ML + i * (cw + GUTTER), BOTTOM, cw, y - BOTTOM, 0, 0, 0, 0) for i in range(2)]
    frames.append(Frame(W - MR - cw, BOTTOM, cw, TOP - 44 - 180 - 34 - BOTTOM, 0, 0, 0, 0))
    m.flow(frames, story + [
        box("Sprachcafé „Babel“", [
            "Jeden Donnerstag von 19 bis 21.30 Uhr in der Stadtbibliothek, Eingang Kirchgasse.",
            "Der Eintritt ist frei. Spenden für Tee und Kekse sind willkommen.",
            "Gesucht werden immer Menschen, die ihre Muttersprache an einem Tisch anbieten möchten, "
            "besonders Arabisch, Ukrainisch und Portugiesisch.",
        ]),
        box("Europapreis der Stadt", [
            "Seit 2008 zeichnet die Stadt Lindenbrück jedes Jahr Menschen oder Initiativen aus, die sich "
            "für Verständigung in Europa einsetzen. Vorschläge für 2026 nimmt das Büro für Internationales "
            "und Europa bis zum 30. September entgegen.",
        ]),
    ])
    m.end_page()


def page_14(m: Mag) -> None:
    m.chrome("Impressum")
    cw = (W - ML - MR - 2 * GUTTER) / 3
    y = m.stack(ML, TOP, W - ML - MR, [P("Service", "kicker"), P("Mitmachen!", "title")])
    story = body(
        "Sie möchten im Herbst einen Gast aus Kaliszewo, Saint-Aubin-sur-Loue oder Valmorena aufnehmen? Sie "
        "haben eine Idee für ein Projekt mit einer unserer Partnerstädte, suchen Fördermittel für einen "
        "Jugendaustausch oder wollen Ihren Verein international vernetzen? Dann melden Sie sich bei uns.",
        "Für den Schüleraustausch im Oktober sucht der Partnerschaftsverein noch Gastfamilien. "
        "Ansprechpartnerin ist Monika Brandstätter, die Sie montags und mittwochs im Bürgerhaus Weststadt "
        "erreichen.",
    ) + [box("Kontakt", [
        "Büro für Internationales und Europa<br/>Rathausplatz 1, Zimmer 210–214<br/>europa@lindenbrueck.example",
    ])]
    m.columns(y, y - 150, story, n=3)
    c = m.c
    ytop = y - 168
    c.setStrokeColor(BLUE)
    c.setLineWidth(1.2)
    c.line(ML, ytop + 8, W - MR, ytop + 8)
    imp = [
        P("Impressum", "boxhead"),
        P("BRÜCKEN – Das Europamagazin der Stadt Lindenbrück, Ausgabe 12, 2026", "imp"),
        P("Herausgeberin:", "implabel"),
        P("Stadt Lindenbrück<br/>Büro für Internationales und Europa<br/>Rathausplatz 1<br/>Lindenbrück", "imp"),
        P("Redaktion:", "implabel"),
        P("Felix Grabowski, Marlene Oberhuber, Birte Claussen", "imp"),
        P("V.i.S.d.P.:", "implabel"),
        P("Henrik Solberg, Leiter des Büros für Internationales und Europa", "imp"),
        P("Layout:", "implabel"),
        P("Atelier Feldlinie, Annelie Frost", "imp"),
        P("Druck:", "implabel"),
        P("Druckhaus Lunetal GmbH, gedruckt auf 100 % Recyclingpapier", "imp"),
        P("Auflage:", "implabel"),
        P("12.000 Exemplare, erscheint einmal im Jahr", "imp"),
    ]
    imp2 = [
        P("Bildnachweis:", "implabel"),
        P("Titel: Jonas Reitmeier", "imp"),
        P("Seite 2: Jonas Reitmeier", "imp"),
        P("Seite 3, 4: Kaan Demirtaş", "imp"),
        P("Seite 5: Europäisches Parlament", "imp"),
        P("Seite 6: Marlene Oberhuber", "imp"),
        P("Seite 7, 8: Matteo Ferraris", "imp"),
        P("Seite 9: Lena Marquardt", "imp"),
        P("Seite 10: Kristin Haberland", "imp"),
        P("Seite 11: Yusuf Çelik", "imp"),
        P("Seite 12: Birte Claussen", "imp"),
        P("Seite 13: Eamon Gallagher", "imp"),
    ]
    imp3 = [
        P("Namentlich gekennzeichnete Beiträge geben nicht in jedem Fall die Meinung der Herausgeberin wieder. "
          "Nachdruck, auch auszugsweise, nur mit Genehmigung der Redaktion.", "imp"),
        Spacer(1, 6),
        P("Die nächste Ausgabe erscheint im Frühjahr 2027.", "imp"),
    ]
    imp3 += [Spacer(1, 10), box("BRÜCKEN im Abonnement", [
        "Sie möchten das Europamagazin jedes Jahr kostenlos nach Hause geschickt bekommen? Eine kurze "
        "Nachricht an das Büro für Internationales und Europa genügt. Das Heft liegt außerdem im Bürgerbüro, "
        "in der Stadtbibliothek und in allen Schulen aus.",
    ])]
    cw = (W - ML - MR - 2 * GUTTER) / 3
    for i, part in enumerate([imp, imp2, imp3]):
        m.flow([Frame(ML + i * (cw + GUTTER), BOTTOM, cw, ytop - BOTTOM, 0, 0, 0, 0)], part)
    m.end_page()


def main() -> None:
    m = Mag(OUT)
    page_cover(m)
    page_2(m)
    page_3_4(m)
    page_5_6(m)
    page_7_8(m)
    page_9(m)
    page_10_11(m)
    page_12(m)
    page_13(m)
    page_14(m)
    m.save()
    if "-v" in sys.argv:
        print("\n".join(m.report))
    print(f"wrote {OUT} ({m.pageno - 1} pages)")


if __name__ == "__main__":
    main()
