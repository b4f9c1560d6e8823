#!/usr/bin/env python3
"""Generate the fictional annual report ``institut-jahresbericht-2025-de.pdf``.

Hollerbach-Institut für Gewässer- und Bodenforschung, Kassel (invented institute, invented people).
Self-contained and deterministic: reportlab only, no randomness, no clock.
Run: /work/writer-venv/bin/python make_institut-jahresbericht-2025-de.py
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
OUT = os.path.join(HERE, "institut-jahresbericht-2025-de.pdf")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

W, H = A4
ML = 17 * mm
MR = 17 * mm
TOP = H - 22 * mm  # first text line below the running head
BOTTOM = 18 * mm  # above the footer
GUTTER = 5 * mm
TEXT_W = W - ML - MR

TEAL = colors.Color(0.0, 0.38, 0.42)
TEAL_LIGHT = colors.Color(0.86, 0.93, 0.93)
SAND = colors.Color(0.96, 0.94, 0.89)
GREY = colors.Color(0.72, 0.72, 0.72)
DARK = colors.Color(0.15, 0.15, 0.15)

REPORT = "Jahresbericht 2025"
INSTITUTE = "Hollerbach-Institut für Gewässer- und Bodenforschung"


def register_fonts() -> None:
    for name, fn in [
        ("Serif", "DejaVuSerif.ttf"),
        ("Serif-Bold", "DejaVuSerif-Bold.ttf"),
        ("Serif-Italic", "DejaVuSerif-Italic.ttf"),
        ("Serif-BoldItalic", "DejaVuSerif-BoldItalic.ttf"),
        ("Sans", "DejaVuSans.ttf"),
        ("Sans-Bold", "DejaVuSans-Bold.ttf"),
        ("Sans-Oblique", "DejaVuSans-Oblique.ttf"),
        ("Sans-BoldOblique", "DejaVuSans-BoldOblique.ttf"),
        ("Cond", "DejaVuSansCondensed.ttf"),
        ("Cond-Bold", "DejaVuSansCondensed-Bold.ttf"),
    ]:
        pdfmetrics.registerFont(TTFont(name, os.path.join(FONT_DIR, fn)))
    pdfmetrics.registerFontFamily(
        "Serif", normal="Serif", bold="Serif-Bold", italic="Serif-Italic", boldItalic="Serif-BoldItalic"
    )
    pdfmetrics.registerFontFamily(
        "Sans", normal="Sans", bold="Sans-Bold", italic="Sans-Oblique", boldItalic="Sans-BoldOblique"
    )


register_fonts()

# ---------------------------------------------------------------- styles
S = {
    "body": ParagraphStyle("body", fontName="Serif", fontSize=9.2, leading=13.2, alignment=TA_LEFT,
                           firstLineIndent=9, textColor=DARK),
    "body0": ParagraphStyle("body0", fontName="Serif", fontSize=9.2, leading=13.2, alignment=TA_LEFT,
                            textColor=DARK),
    "bodyL": ParagraphStyle("bodyL", fontName="Serif", fontSize=8.9, leading=12.8, alignment=TA_LEFT,
                            firstLineIndent=9, textColor=DARK),
    "bodyL0": ParagraphStyle("bodyL0", fontName="Serif", fontSize=8.9, leading=12.8, alignment=TA_LEFT,
                             textColor=DARK),
    "sub": ParagraphStyle("sub", fontName="Sans-Bold", fontSize=9, leading=12, spaceBefore=7, spaceAfter=2,
                          textColor=TEAL),
    "kicker": ParagraphStyle("kicker", fontName="Sans", fontSize=7.4, leading=10, textColor=TEAL),
    "authors": ParagraphStyle("authors", fontName="Sans", fontSize=7.2, leading=9.5, textColor=DARK),
    "h1": ParagraphStyle("h1", fontName="Sans-Bold", fontSize=24, leading=28, textColor=DARK),
    "h1s": ParagraphStyle("h1s", fontName="Sans-Bold", fontSize=19, leading=23, textColor=DARK),
    "h2": ParagraphStyle("h2", fontName="Sans-Bold", fontSize=12, leading=15, textColor=DARK, spaceAfter=3),
    "h3": ParagraphStyle("h3", fontName="Sans-Bold", fontSize=9.4, leading=12, textColor=TEAL, spaceAfter=2),
    "lead": ParagraphStyle("lead", fontName="Sans", fontSize=10.2, leading=14, textColor=DARK),
    "caption": ParagraphStyle("caption", fontName="Sans", fontSize=6.8, leading=8.8, textColor=DARK,
                              spaceBefore=2, spaceAfter=6),
    "pull": ParagraphStyle("pull", fontName="Serif-Italic", fontSize=13.5, leading=17.5, textColor=TEAL,
                           spaceBefore=6),
    "pullby": ParagraphStyle("pullby", fontName="Sans-Bold", fontSize=7.4, leading=9.6, textColor=DARK,
                             spaceBefore=4),
    "pullrole": ParagraphStyle("pullrole", fontName="Sans", fontSize=7.2, leading=9.4, textColor=DARK,
                               spaceAfter=8),
    "box": ParagraphStyle("box", fontName="Sans", fontSize=7.4, leading=10, textColor=DARK),
    "boxh": ParagraphStyle("boxh", fontName="Sans-Bold", fontSize=8.4, leading=11, textColor=TEAL,
                           spaceAfter=3),
    "pub": ParagraphStyle("pub", fontName="Sans", fontSize=7.2, leading=9.6, textColor=DARK, leftIndent=8,
                          firstLineIndent=-8, spaceAfter=3.5),
    "sig": ParagraphStyle("sig", fontName="Serif-Italic", fontSize=8.6, leading=12.2, alignment=TA_LEFT,
                          textColor=DARK),
    "endsig": ParagraphStyle("endsig", fontName="Sans-Bold", fontSize=7.4, leading=10, alignment=TA_RIGHT,
                             textColor=TEAL, spaceBefore=4),
    "qa_q": ParagraphStyle("qa_q", fontName="Sans-Bold", fontSize=8.4, leading=11.6, textColor=TEAL,
                           spaceBefore=6, spaceAfter=2),
    "qa_a": ParagraphStyle("qa_a", fontName="Serif", fontSize=9.2, leading=13.2, alignment=TA_LEFT,
                           textColor=DARK),
    "toc_no": ParagraphStyle("toc_no", fontName="Sans-Bold", fontSize=16, leading=18, textColor=TEAL),
    "toc_t": ParagraphStyle("toc_t", fontName="Sans-Bold", fontSize=10, leading=13, textColor=DARK),
    "toc_s": ParagraphStyle("toc_s", fontName="Sans", fontSize=7.6, leading=10, textColor=DARK),
    "imp_k": ParagraphStyle("imp_k", fontName="Sans-Bold", fontSize=7.8, leading=10.4, textColor=DARK,
                            spaceBefore=5),
    "imp_v": ParagraphStyle("imp_v", fontName="Sans", fontSize=7.8, leading=10.4, textColor=DARK),
    "pers_h": ParagraphStyle("pers_h", fontName="Sans-Bold", fontSize=10, leading=12.5, textColor=DARK,
                             spaceAfter=3),
    "pers_by": ParagraphStyle("pers_by", fontName="Sans-Oblique", fontSize=7.2, leading=9.5, textColor=TEAL,
                              spaceAfter=2),
}


def P(text: str, style: str = "body") -> Paragraph:
    return Paragraph(text, S[style])


# ---------------------------------------------------------------- flowables
class Photo(Flowable):
    """Grey rectangle standing in for a photograph."""

    def __init__(self, width: float, height: float, tone: float = 0.72) -> None:
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
        c.setStrokeColor(colors.Color(t - 0.12, t - 0.12, t - 0.12))
        c.rect(0, 0, self.width, self.height, fill=1, stroke=1)
        # a faint horizon and hill so it reads as a picture placeholder
        c.setStrokeColor(colors.Color(t + 0.08, t + 0.08, t + 0.08))
        c.setLineWidth(0.8)
        p = c.beginPath()
        p.moveTo(0, self.height * 0.35)
        p.curveTo(self.width * 0.3, self.height * 0.55, self.width * 0.55, self.height * 0.25,
                  self.width, self.height * 0.45)
        c.drawPath(p, stroke=1, fill=0)


class Chart(Flowable):
    """A simple bar chart without text (figure placeholder)."""

    def __init__(self, width: float, height: float, values: list[float], signed: bool = False) -> None:
        super().__init__()
        self.width = width
        self.height = height
        self.values = values
        self.signed = signed

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = min(self.width, aw)
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setFillColor(SAND)
        c.setStrokeColor(GREY)
        c.rect(0, 0, self.width, self.height, fill=1, stroke=1)
        n = len(self.values)
        pad = 8
        bw = (self.width - 2 * pad) / n
        vmax = max(abs(v) for v in self.values)
        base = self.height / 2 if self.signed else pad
        span = (self.height / 2 - pad) if self.signed else (self.height - 2 * pad)
        c.setStrokeColor(DARK)
        c.setLineWidth(0.5)
        c.line(pad, base, self.width - pad, base)
        for i, v in enumerate(self.values):
            h = span * v / vmax
            c.setFillColor(TEAL if v >= 0 else colors.Color(0.75, 0.45, 0.25))
            c.rect(pad + i * bw + bw * 0.15, base, bw * 0.7, h, fill=1, stroke=0)


class Rule(Flowable):
    def __init__(self, width: float, color=TEAL, thickness: float = 0.8, space: float = 3) -> None:
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


def box(flowables: list, width: float, bg=TEAL_LIGHT, pad: float = 6) -> Table:
    t = Table([[flowables]], colWidths=[width])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return t


def pull_quote(text: str, who: str, role: str, width: float) -> list:
    return [Rule(width), P(text, "pull"), P(who, "pullby"), P(role, "pullrole"), Rule(width, space=2),
            Spacer(1, 6)]


# ---------------------------------------------------------------- page furniture
def running_head(c: canvas.Canvas, right: str) -> None:
    c.setFont("Sans", 7.2)
    c.setFillColor(DARK)
    c.drawString(ML, H - 13 * mm, REPORT.upper())
    c.setFillColor(TEAL)
    c.setFont("Sans-Bold", 7.2)
    c.drawRightString(W - MR, H - 13 * mm, right)
    c.setStrokeColor(TEAL)
    c.setLineWidth(0.6)
    c.line(ML, H - 14.8 * mm, W - MR, H - 14.8 * mm)


def footer(c: canvas.Canvas, page: int) -> None:
    c.setStrokeColor(GREY)
    c.setLineWidth(0.4)
    c.line(ML, 12 * mm, W - MR, 12 * mm)
    c.setFont("Sans", 6.8)
    c.setFillColor(DARK)
    if page % 2 == 0:
        c.drawString(ML, 8 * mm, str(page))
        c.drawString(ML + 8 * mm, 8 * mm, INSTITUTE)
    else:
        c.drawRightString(W - MR, 8 * mm, str(page))
        c.drawRightString(W - MR - 8 * mm, 8 * mm, INSTITUTE)


def place(c: canvas.Canvas, flowables: list, x: float, y_top: float, w: float) -> float:
    """Draw flowables stacked downwards from y_top; return the y below the last one."""
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


def columns(x: float, y_top: float, y_bottom: float, w: float, n: int, gap: float = GUTTER) -> list[Frame]:
    cw = (w - (n - 1) * gap) / n
    return [Frame(x + i * (cw + gap), y_bottom, cw, y_top - y_bottom, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, showBoundary=0) for i in range(n)]


def colw(n: int, w: float = TEXT_W, gap: float = GUTTER) -> float:
    return (w - (n - 1) * gap) / n


FILL_REPORT: list[str] = []


KEEP_WITH_NEXT = {"sub", "qa_q", "pers_h", "h3", "pers_by"}
KEEP_LINES = 3  # a subheading needs this many body lines below it in the same column


def fill_frame(frame: Frame, story: list, c: canvas.Canvas) -> None:
    """Like Frame.addFromList, but splits paragraphs across columns and keeps subheadings with text."""
    while story:
        head = story[0]
        style = getattr(head, "style", None)
        if style is not None and style.name in KEEP_WITH_NEXT and len(story) > 1:
            _, hh = head.wrap(frame._aW, 10000)  # noqa: SLF001
            free = frame._y - frame._y1p  # noqa: SLF001
            if hh + style.spaceBefore + KEEP_LINES * 12.2 > free:
                return
        if frame.add(head, c, trySplit=0):
            del story[0]
            continue
        parts = frame.split(head, c)
        if not parts:
            return
        del story[0]
        story[0:0] = parts
        if frame.add(story[0], c, trySplit=0):
            del story[0]
        return


def flow(c: canvas.Canvas, story: list, frames: list[Frame], label: str, final: bool) -> None:
    """Fill frames with story; a final page must take everything."""
    for f in frames:
        fill_frame(f, story, c)
    frees = " ".join(f"{f._y - f._y1p:.0f}" for f in frames)  # noqa: SLF001 - no public getter
    FILL_REPORT.append(f"{label}: {len(story)} flowables left, free per column (pt): {frees}")
    if final and story:
        raise SystemExit(f"overflow on {label}: {len(story)} flowables did not fit")


def run_article(c: canvas.Canvas, story: list, pages: list) -> None:
    """pages: list of (page_no, draw_fixed(c) -> list[Frame])."""
    for i, (pno, fixed) in enumerate(pages):
        frames = fixed(c)
        flow(c, story, frames, f"S. {pno}", final=(i == len(pages) - 1))
        c.showPage()


# ================================================================ content
def page1(c: canvas.Canvas) -> None:
    c.setFillColor(TEAL)
    c.rect(0, H - 70 * mm, W, 70 * mm, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Sans", 10)
    c.drawString(ML, H - 20 * mm, INSTITUTE)
    c.setFont("Sans", 8.5)
    c.drawString(ML, H - 25 * mm, "Kassel")
    c.setFont("Sans-Bold", 44)
    c.drawString(ML, H - 50 * mm, "Jahresbericht")
    c.setFont("Sans", 44)
    c.drawString(ML, H - 64 * mm, "2025")
    Photo(W, 150 * mm, tone=0.66).drawOn(c, 0, H - 220 * mm)
    c.setFillColor(DARK)
    c.setFont("Serif-Italic", 15)
    c.drawString(ML, 60 * mm, "Wasser im Wandel \u2013 Forschung zwischen Quelle und Acker")
    teasers = [
        ("Grundwasser", "Ein Messnetz lernt, früh zu warnen"),
        ("Boden", "Was Baumreihen unter dem Acker verändern"),
        ("Im Gespräch", "Kenji Watanabe über Flüsse mit Gedächtnis"),
        ("Gesellschaft", "Wem gehört das Wasser im Sommer?"),
    ]
    x = ML
    cw = colw(4)
    for kick, text in teasers:
        c.setStrokeColor(TEAL)
        c.setLineWidth(1.5)
        c.line(x, 48 * mm, x + cw, 48 * mm)
        place(c, [P(kick.upper(), "kicker"), P(text, "toc_s")], x, 46 * mm, cw)
        x += cw + GUTTER
    c.showPage()


def page2(c: canvas.Canvas) -> None:
    running_head(c, "Inhalt")
    footer(c, 2)
    left_w = colw(3) * 2 + GUTTER
    y = place(c, [P("Inhalt", "h1")], ML, TOP, left_w) - 8
    entries = [
        ("3", "Vorwort", "Ein Jahr der trockenen Böden und der vollen Säle"),
        ("4", "Abteilung Hydrologie: Wenn der Grundwasserspiegel schweigt",
         "Miriam Okonkwo-Berg, Tobias Lindqvist und Aylin Demirci über das Frühwarnnetz im Schwalmtal"),
        ("7", "Abteilung Bodenökologie: Was unter den Baumreihen wächst",
         "Jakub Nowicki und Leonie Brandstätter über Regenwürmer, Pilze und Kohlenstoff im Agroforst"),
        ("9", "Im Gespräch: Flüsse mit Gedächtnis",
         "Der Gastwissenschaftler Kenji Watanabe über renaturierte Bäche in Hessen und Japan"),
        ("11", "Abteilung Wasserwirtschaft und Gesellschaft: Wem gehört das Wasser im Sommer?",
         "Ein Planspiel bringt Landwirtschaft, Gemeinden und Naturschutz an einen Tisch"),
        ("13", "Personalia", "Neue Gesichter, Auszeichnungen, Abschiede"),
        ("14", "Impressum", "Herausgeber, Redaktion, Bildnachweis"),
    ]
    for no, title, sub in entries:
        t = Table([[P(no, "toc_no"), [P(title, "toc_t"), P(sub, "toc_s")]]], colWidths=[16 * mm, left_w - 16 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 9), ("LINEBELOW", (0, 0), (-1, -1), 0.4, GREY),
                               ("TOPPADDING", (0, 0), (-1, -1), 6)]))
        y = place(c, [t], ML, y, left_w)
    y -= 10
    Photo(left_w, y - BOTTOM - 30, tone=0.7).drawOn(c, ML, BOTTOM + 30)
    place(c, [P("Blick vom Hochbehälter über das obere Schwalmtal im August 2025. Die Grünlandflächen "
                "im Vordergrund waren zu diesem Zeitpunkt seit sieben Wochen ohne nennenswerten Regen.",
                "caption")], ML, BOTTOM + 27, left_w)

    # right column: chronicle and facts
    rx = ML + left_w + GUTTER
    rw = colw(3)
    chron = [P("Das Jahr im Überblick", "h3"), Rule(rw, space=2)]
    for month, text in [
        ("Januar", "Start des Verbundprojekts „GrundWacht“ mit drei kommunalen Wasserversorgern."),
        ("März", "Zum Weltwassertag eröffnet im Foyer die Ausstellung „Unsichtbares Wasser“ mit Bohrkernen "
                 "aus vier Jahrzehnten."),
        ("Mai", "Tag der offenen Tür unter dem Motto „Tiefer graben“: rund 1.400 Besucherinnen und Besucher."),
        ("Juli", "Nach Starkregen im Knüll misst ein Team drei Tage lang Abflüsse an Efze und Schwalm."),
        ("September", "Der Flussmorphologe Kenji Watanabe kommt als Gastwissenschaftler aus Kyoto."),
        ("November", "Abschlusskonferenz des Projekts „Wasser teilen“ mit 160 Teilnehmenden in Kassel."),
    ]:
        chron.append(P(f"<b>{month}</b><br/>{text}", "box"))
        chron.append(Spacer(1, 5))
    y2 = place(c, chron, rx, TOP - 4, rw) - 8
    facts = [P("Das Institut in Zahlen", "boxh")]
    for k, v in [("187", "Beschäftigte, davon 96 in der Wissenschaft"), ("23", "Promovierende"),
                 ("62", "begutachtete Publikationen"), ("14,8 Mio. €", "Gesamthaushalt, davon 5,1 Mio. € Drittmittel"),
                 ("3", "Forschungsabteilungen und eine Servicegruppe Labor und Technik")]:
        facts.append(P(f"<font name='Sans-Bold' size='13' color='#00616b'>{k}</font><br/>{v}", "box"))
        facts.append(Spacer(1, 4))
    place(c, [box(facts, rw)], rx, y2, rw)
    c.showPage()


def page3(c: canvas.Canvas) -> None:
    running_head(c, "Vorwort")
    footer(c, 3)
    pw = colw(3)
    Photo(pw, 62 * mm, tone=0.62).drawOn(c, ML, TOP - 62 * mm)
    place(c, [P("Prof. Dr. Henrike Vossberg leitet das Institut seit 2019.", "caption")], ML, TOP - 63 * mm, pw)
    x2 = ML + pw + GUTTER
    w2 = TEXT_W - pw - GUTTER
    y = place(c, [P("VORWORT", "kicker"), Spacer(1, 3), P("Ein Jahr der trockenen Böden und der vollen Säle", "h1s")],
              x2, TOP, w2) - 10
    story = [
        P("Liebe Leserinnen und Leser,", "body0"),
        Spacer(1, 4),
        P("wer im Sommer 2025 durch Nordhessen gefahren ist, hat gesehen, worüber wir am Institut seit "
          "Jahren forschen: braune Wiesen im Juli, Bäche, die im August nur noch aus einer Kette von Tümpeln "
          "bestanden, und Gemeinden, die ihre Bürgerinnen und Bürger um Zurückhaltung beim Gießen baten. "
          "Das dritte trockene Jahr in Folge hat die Frage, wie viel Wasser unsere Landschaft tatsächlich "
          "speichern kann, aus den Fachzeitschriften in die Gemeinderäte getragen.", "body0"),
        P("Für ein Institut wie unseres ist das Verantwortung und Chance zugleich. Selten war das Interesse "
          "an unserer Arbeit so groß. Zum Tag der offenen Tür kamen im Mai fast doppelt so viele Gäste wie im "
          "Vorjahr, und die Abschlusskonferenz des Projekts zur Wasserverteilung in den Gemeinden war nach "
          "wenigen Tagen ausgebucht. Zugleich erwarten die Menschen zu Recht Antworten, die über den nächsten "
          "Förderantrag hinausreichen."),
        P("Dieser Bericht zeigt, wie unsere drei Abteilungen darauf reagiert haben. Die Hydrologie hat ein "
          "dichtes Messnetz aufgebaut, das Wasserversorgern Wochen im Voraus zeigt, wo es eng wird. Die "
          "Bodenökologie untersucht, ob Baumreihen auf dem Acker den Boden widerstandsfähiger machen, und "
          "findet dabei nicht nur die Antworten, die sie erwartet hatte. Und die Abteilung Wasserwirtschaft "
          "und Gesellschaft hat mit einem Planspiel etwas geschafft, das uns Naturwissenschaftlerinnen oft "
          "schwerfällt: Menschen mit gegensätzlichen Interessen an einen Tisch zu bringen, bevor der "
          "Konflikt eskaliert."),
        P("Der Vorsitzende unseres Wissenschaftlichen Beirats, Prof. Dr. Emre Yıldız, hat es bei der "
          "Begehung im Juni so formuliert: „Dieses Institut misst nicht nur, es übersetzt. Das ist in "
          "einer Zeit knapper Ressourcen vielleicht seine wichtigste Fähigkeit.“ Wir nehmen das als Lob und "
          "als Auftrag. Übersetzen heißt für uns auch, Unsicherheiten offen zu benennen, wo andere "
          "einfache Zahlen erwarten."),
        P("Ein Institut lebt von den Menschen, die darin arbeiten. In diesem Jahr haben wir uns von "
          "langjährigen Kolleginnen und Kollegen verabschiedet und neue begrüßt. Mit großer Trauer haben "
          "wir im Februar die Nachricht vom Tod unseres früheren Abteilungsleiters Walther Eichhorn "
          "aufgenommen, dessen Messreihen bis heute das Fundament unserer Arbeit bilden. Auf der Seite "
          "Personalia erinnern wir an ihn."),
        P("Mein Dank gilt allen Beschäftigten, unseren Partnerinnen und Partnern in Verwaltung, Wirtschaft "
          "und Landwirtschaft, dem Beirat und dem Kuratorium sowie allen, die uns ihre Flächen, Brunnen und "
          "Erinnerungen zur Verfügung gestellt haben. Ich wünsche Ihnen eine anregende Lektüre."),
        Spacer(1, 8),
        P("Ihre", "sig"),
        Spacer(1, 10),
        P("<b>Prof. Dr. Henrike Vossberg</b>", "body0"),
        P("Direktorin", "sig"),
    ]
    flow(c, story, columns(x2, y, BOTTOM, w2, 2), "S. 3", final=True)
    c.showPage()


# ---------------------------------------------------------------- Hydrologie (pp. 4-6)
def hydro_story() -> list:
    cw = colw(3)
    return [
        P("Wer im Spätsommer 2025 an einer der alten Messstellen im Schwalm-Eder-Kreis den Deckel hob, "
          "brauchte ein langes Lichtlot. An mehreren Pegeln lag der Wasserspiegel mehr als zwei Meter unter "
          "dem langjährigen Mittel für den Monat. Für sich genommen sagt eine solche Zahl wenig: Grundwasser "
          "reagiert träge, und ein einzelner trockener Sommer verschwindet in den Ganglinien oft schon im "
          "nächsten Winter. Beunruhigend ist die Folge der Jahre. Seit 2018 hat sich der Grundwasserkörper "
          "in weiten Teilen des Einzugsgebiets nicht mehr vollständig erholt.", "bodyL0"),
        P("Bisher wurden viele dieser Messstellen einmal im Monat von Hand abgelesen, manche nur viermal im "
          "Jahr. Das reicht, um langfristige Trends zu beschreiben, aber nicht, um einem Wasserversorger im "
          "Juli zu sagen, ob sein Brunnenfeld im September noch genug liefert. Genau diese Lücke soll "
          "„GrundWacht“ schließen. Gemeinsam mit drei kommunalen Versorgern haben wir seit Januar 140 "
          "Messstellen mit Drucksonden ausgestattet, die alle fünfzehn Minuten Wasserstand und Temperatur "
          "erfassen und die Werte einmal täglich über das Mobilfunknetz übertragen.", "bodyL"),
        P("Die Technik selbst ist nicht neu. Neu ist, wie dicht das Netz geworden ist und was wir mit den "
          "Daten tun. Die Messreihen fließen in ein Grundwassermodell, das die Abteilung seit 2021 für das "
          "obere Schwalmtal entwickelt. Das Modell rechnet einmal pro Woche mehrere hundert Szenarien für die "
          "folgenden zwölf Wochen durch \u2013 mit trockenen, normalen und nassen Witterungsverläufen. Aus der "
          "Streuung der Ergebnisse ergibt sich eine Wahrscheinlichkeit dafür, dass ein Pegel eine kritische "
          "Schwelle unterschreitet.", "bodyL"),
        P("Eine Ampel für Brunnenfelder", "sub"),
        P("Für die Praxis haben wir diese Wahrscheinlichkeiten in eine einfache Ampel übersetzt, die die "
          "Partner in einem Webportal abrufen. Grün bedeutet, dass in den kommenden Wochen keine Engpässe zu "
          "erwarten sind. Gelb heißt: genauer hinsehen, die Förderung zwischen Brunnen verlagern, "
          "gegebenenfalls zum sparsamen Umgang aufrufen. Rot wurde im Projektjahr zweimal ausgelöst, beide "
          "Male im August und beide Male für dasselbe Brunnenfeld am Rand des Knüllgebirges.", "bodyL0"),
        P("„Die Ampel ersetzt unsere eigene Erfahrung nicht, aber sie gibt uns Argumente, wenn wir im "
          "Gemeinderat um Verständnis für Einschränkungen werben müssen“, sagt Bernd Kowalczyk, "
          "Geschäftsführer des Wasserverbands Schwalm-Eder. Der Verband hat im August erstmals das Befüllen "
          "privater Pools untersagt, bevor die Förderleistung tatsächlich nachließ.", "bodyL"),
        P("Dass die Prognosen trafen, lag auch an einer Erweiterung, die ursprünglich gar nicht geplant war. "
          "Aylin Demirci, Doktorandin in der Abteilung, hat im Frühjahr begonnen, Bodenfeuchtedaten mit "
          "unseren Pegeldaten zu verknüpfen. Damit lässt sich abschätzen, wie viel eines Niederschlags "
          "überhaupt bis ins Grundwasser gelangt und wie viel bereits in der ausgetrockneten Bodenzone hängen "
          "bleibt. Gerade nach den Starkregen im Juli zeigte sich, wie groß dieser Unterschied ist: Trotz "
          "mehr als 60 Millimetern in zwei Tagen stiegen die meisten Pegel um kaum mehr als einige "
          "Zentimeter.", "bodyL"),
        Chart(cw, 38 * mm, [-12, -5, 8, 14, -20, -38, -31, -44, -29, -52, -61], signed=True),
        P("<b>Abbildung 1:</b> Grundwasserstand an der Messstelle Frielendorf 3, 2015 bis 2025, Abweichung vom "
          "langjährigen Augustmittel in Zentimetern. Abbildung: Tobias Lindqvist", "caption"),
        P("Wenn Sonden ausfallen", "sub"),
        P("Ein Messnetz dieser Größe bringt eigene Probleme mit sich. Im ersten Halbjahr fielen rund acht "
          "Prozent der Sonden zeitweise aus, meist wegen leerer Batterien oder schwacher Funkverbindung in den "
          "Tälern. In zwei Fällen hatten Weidetiere die Antennen beschädigt. Wir haben daraufhin ein "
          "Verfahren entwickelt, das Lücken in den Zeitreihen aus benachbarten Messstellen schätzt und solche "
          "Werte im Portal deutlich kennzeichnet. Ein Wert, der nicht gemessen wurde, darf nicht so aussehen, "
          "als sei er gemessen worden.", "bodyL0"),
        P("Die größere Herausforderung ist allerdings nicht technischer Natur. Viele Messstellen stehen auf "
          "privatem Grund, und jede zusätzliche Sonde bedeutet eine Vereinbarung mit einer Eigentümerin oder "
          "einem Eigentümer. Hier hat sich die enge Zusammenarbeit mit den Ortslandwirten ausgezahlt. "
          "Landwirt Ulrich Baumgärtner aus Frielendorf, auf dessen Wiese gleich zwei neue Messstellen stehen, "
          "sieht darin auch einen eigenen Nutzen. „Ich will wissen, was unter meinen Flächen passiert. Wenn "
          "das Wasser knapp wird, fragen die Leute zuerst die Bauern“, sagt er.", "bodyL"),
        *pull_quote("„Früher haben wir es am Wasserhahn gemerkt. Heute sehen wir Wochen vorher, wo es "
                    "eng wird.“", "Annegret Fuchs", "Technische Leiterin der Wasserversorgung Knüll GmbH", cw),
        P("Was die Daten schon zeigen", "sub"),
        P("Nach einem Jahr ist es für belastbare Trendaussagen zu früh. Einige Muster zeichnen sich aber ab. "
          "Messstellen im Buntsandstein reagieren deutlich langsamer auf Niederschläge als solche in den "
          "Talauen, erholen sich dann aber auch über längere Zeit. In drei Teilgebieten liegen die Pegel im "
          "Winterhalbjahr inzwischen dauerhaft unter den Werten der 1990er-Jahre. Dort prüfen wir gemeinsam "
          "mit den Versorgern, ob die genehmigten Entnahmemengen noch zu dem passen, was sich tatsächlich neu "
          "bildet.", "bodyL0"),
        P("Eine Frage, die uns häufig gestellt wird, lässt sich dagegen noch nicht beantworten: ob die "
          "niedrigen Stände vor allem Folge der Witterung sind oder auch der gestiegenen Entnahmen durch "
          "Landwirtschaft und Gewerbe. Um das zu trennen, brauchen wir längere Reihen und bessere Daten zu den "
          "Entnahmen selbst. Die Meldepflichten dafür gibt es, die Daten liegen aber verstreut bei "
          "verschiedenen Behörden, oft nur auf Papier.", "bodyL"),
        P("Offene Daten, offene Fragen", "sub"),
        P("Von Anfang an war vereinbart, dass die Messwerte nicht in den Schubladen der Partner verschwinden. "
          "Seit Oktober sind die Tageswerte aller Messstellen mit einer Verzögerung von einer Woche frei "
          "abrufbar, zusammen mit einer Beschreibung der Sonden und der Korrekturen, die wir an den Rohdaten "
          "vornehmen. Die verzögerte Veröffentlichung war ein Kompromiss: Einige Versorger befürchteten, dass "
          "tagesaktuelle Werte in Trockenzeiten eher verunsichern als informieren.", "bodyL0"),
        P("Die Nachfrage hat uns überrascht. Neben Ingenieurbüros und Behörden nutzen inzwischen auch zwei "
          "Schulen die Daten im Erdkundeunterricht, und ein Heimatverein in Neukirchen vergleicht die heutigen "
          "Stände mit handschriftlichen Aufzeichnungen eines Brunnenbauers aus den 1950er-Jahren. Solche "
          "Vergleiche sind methodisch heikel, weil sich Messpunkte und Verfahren geändert haben. Sie zeigen "
          "aber, dass Grundwasser für viele Menschen kein abstraktes Thema mehr ist.", "bodyL"),
        P("Intern hat das Projekt die Zusammenarbeit zwischen den Abteilungen verändert. Die Daten aus dem "
          "Messnetz bilden inzwischen auch die Grundlage für das Planspiel der Abteilung Wasserwirtschaft und "
          "Gesellschaft, über das ab Seite 11 berichtet wird. Umgekehrt haben uns die Gespräche mit "
          "Landwirtinnen und Gemeinden gezeigt, welche Informationen vor Ort wirklich gebraucht werden: weniger "
          "Kurven, mehr klare Aussagen darüber, was in den nächsten Wochen zu erwarten ist.", "bodyL"),
        P("Ausblick 2026", "sub"),
        P("Im kommenden Jahr soll das Messnetz auf das Einzugsgebiet der Eder ausgeweitet werden. Außerdem "
          "wollen wir die Ampel um eine Qualitätskomponente ergänzen, denn bei niedrigen Wasserständen steigen "
          "in einigen Brunnen die Nitratwerte. Tobias Lindqvist hat dafür ein Verfahren vorgeschlagen, mit dem "
          "sich aus der elektrischen Leitfähigkeit, die die Sonden ohnehin messen, früh Hinweise auf eine "
          "veränderte Wasserbeschaffenheit ableiten lassen. Ob das im Feld trägt, wird der nächste Sommer "
          "zeigen \u2013 wenn er denn wieder trocken wird, was niemand hoffen sollte.", "bodyL0"),
    ]


def hydro_p4(c: canvas.Canvas) -> list[Frame]:
    running_head(c, "Abteilung Hydrologie")
    footer(c, 4)
    y = place(c, [
        P("Autorinnen und Autoren: Miriam Okonkwo-Berg, Tobias Lindqvist, Aylin Demirci", "authors"),
        Spacer(1, 5),
        P("Wenn der Grundwasserspiegel schweigt", "h1"),
        Spacer(1, 5),
        P("Nach drei zu trockenen Jahren in Folge sind die Grundwasserstände in Nordhessen vielerorts so "
          "niedrig wie seit Beginn der Aufzeichnungen nicht. Im Verbundprojekt „GrundWacht“ hat die Abteilung "
          "Hydrologie 2025 ein Messnetz aufgebaut, das Wasserversorgern früher als bisher zeigt, wo es knapp "
          "wird.", "lead"),
    ], ML, TOP, TEXT_W) - 10
    ph = 72 * mm
    Photo(TEXT_W, ph).drawOn(c, ML, y - ph)
    y = place(c, [P("Aylin Demirci und Tobias Lindqvist setzen eine Drucksonde in eine Messstelle bei "
                    "Frielendorf ein. Die Sonde misst alle fünfzehn Minuten. Foto: Jonas Albrecht", "caption")],
              ML, y - ph, TEXT_W) - 4
    return columns(ML, y, BOTTOM, TEXT_W, 3)


def hydro_p5(c: canvas.Canvas) -> list[Frame]:
    running_head(c, "Abteilung Hydrologie")
    footer(c, 5)
    lw = colw(3) * 2 + GUTTER
    ph = 62 * mm
    Photo(lw, ph, tone=0.58).drawOn(c, ML, TOP - ph)
    y = place(c, [P("Im Messnetzraum des Instituts laufen die Tageswerte der Sonden zusammen. Miriam "
                    "Okonkwo-Berg prüft die Ampelstufen vor der wöchentlichen Freigabe. Foto: Kerem Aydın",
                    "caption")], ML, TOP - ph, lw) - 4
    frames = columns(ML, y, BOTTOM, lw, 2)
    frames.append(Frame(ML + lw + GUTTER, BOTTOM, colw(3), TOP - BOTTOM, leftPadding=0, rightPadding=0,
                        topPadding=0, bottomPadding=0))
    return frames


def hydro_p6(c: canvas.Canvas) -> list[Frame]:
    running_head(c, "Abteilung Hydrologie")
    footer(c, 6)
    # publications box across the bottom, project box at the right
    bw = TEXT_W
    pubs = [P("Ausgewählte Publikationen 2025", "boxh")]
    for ref in [
        "Okonkwo-Berg, M.; Demirci, A.; Lindqvist, T. (2025): „Frühwarnung für Brunnenfelder: ein "
        "probabilistischer Ansatz für Mittelgebirgsregionen“. <i>Grundwasser-Praxis</i> 30 (2), 112\u2013127.",
        "Demirci, A.; Okonkwo-Berg, M. (2025): „Soil moisture memory and delayed groundwater recharge after "
        "summer droughts“. <i>Journal of Hydrology and Landscape</i> 14, 2031.",
        "Lindqvist, T.; Falk, R.; Okonkwo-Berg, M. (2025): „Gap filling in dense groundwater monitoring "
        "networks“. <i>Hydrogeology Notes</i> 9, 45\u201358.",
        "Okonkwo-Berg, M. (2025): „Messen, was knapp wird“. In: <i>Wasser &amp; Raum</i>, Themenheft Dürre, "
        "22\u201325.",
    ]:
        pubs.append(P(ref, "pub"))
    t = box(pubs, bw, bg=SAND)
    _, th = t.wrap(bw, 1000)
    t.drawOn(c, ML, BOTTOM)
    top_of_box = BOTTOM + th + 10
    # project profile box in the right column
    cw = colw(3)
    prof = box([
        P("Projekt „GrundWacht“ auf einen Blick", "boxh"),
        P("<b>Laufzeit:</b> Januar 2025 bis Dezember 2027", "box"),
        P("<b>Förderung:</b> Landesprogramm Wasserzukunft", "box"),
        P("<b>Partner:</b> Wasserverband Schwalm-Eder, Wasserversorgung Knüll GmbH, Gemeindewerke "
          "Frielendorf", "box"),
        P("<b>Messstellen:</b> 140 (Ziel 2027: 260)", "box"),
        P("<b>Messintervall:</b> 15 Minuten, Übertragung täglich", "box"),
        P("<b>Ansprechpartnerin:</b> Dr. Miriam Okonkwo-Berg, Leiterin der Abteilung Hydrologie", "box"),
    ], cw)
    _, bh = prof.wrap(cw, 1000)
    prof.drawOn(c, ML + 2 * (cw + GUTTER), TOP - bh)
    lw = 2 * cw + GUTTER
    mh = 86 * mm
    Chart(lw, mh, [3, 5, 9, 14, 11, 8, 6, 10, 13, 7, 4, 2]).drawOn(c, ML, TOP - mh)
    y = place(c, [P("<b>Abbildung 2:</b> Zahl der automatisierten Messstellen je Teileinzugsgebiet im oberen "
                    "Schwalmtal, von Nord nach Süd geordnet, Stand Dezember 2025. Abbildung: Malte Osterkamp",
                    "caption")], ML, TOP - mh, lw) - 4
    ph2 = TOP - bh - 12 - top_of_box - 40
    Photo(cw, ph2, tone=0.57).drawOn(c, ML + lw + GUTTER, top_of_box + 40)
    place(c, [P("Drucksonde mit Datenlogger und Funkmodul: Eine Batterie hält bei täglicher Übertragung "
                "etwa achtzehn Monate. Foto: Kerem Aydın", "caption")], ML + lw + GUTTER, top_of_box + 40, cw)
    return columns(ML, y, top_of_box, lw, 2)


# ---------------------------------------------------------------- Bodenökologie (pp. 7-8)
def soil_story() -> list:
    cw = colw(2)
    return [
        P("Von der Straße aus sieht der Acker bei Wabern aus wie viele andere in der Gegend: Winterweizen, "
          "dazwischen Fahrspuren, am Horizont der Waldrand. Erst aus der Nähe fallen die schmalen Streifen "
          "auf, die den Schlag im Abstand von 36 Metern durchziehen. Dort wachsen seit 2019 Pappeln, Erlen "
          "und Wildobst, darunter ein Saum aus Gräsern und Kräutern. Die Fläche gehört zum Betrieb von Gesa "
          "Thormählen, die als eine der Ersten in Nordhessen auf einem größeren Schlag ein Agroforstsystem "
          "angelegt hat.", "body0"),
        P("Für unsere Abteilung ist die Fläche ein Glücksfall. Weil Thormählen vor der Pflanzung Bodenproben "
          "nehmen ließ, gibt es einen Ausgangszustand, mit dem sich heutige Messungen vergleichen lassen. Seit "
          "2023 beproben wir den Boden in drei Abständen zu den Baumreihen \u2013 direkt im Streifen, in sechs "
          "und in achtzehn Metern Entfernung \u2013 und zusätzlich auf einer benachbarten Fläche ohne Bäume."),
        P("Gesa Thormählen erklärt ihre Motivation nüchtern: „Mir ging es zuerst um Erosion. Nach jedem "
          "Gewitter lag die Erde vom Oberhang auf dem Feldweg.“ Die Baumstreifen, die quer zum Hang stehen, "
          "haben das Problem weitgehend gelöst. Was sie im Boden darüber hinaus bewirken, war für die "
          "Landwirtin zunächst zweitrangig. „Inzwischen frage ich bei jeder Probenahme als Erstes, was Sie "
          "gefunden haben“, sagt sie und lacht."),
        P("Mehr Leben, aber nicht überall", "sub"),
        P("Die Ergebnisse der ersten beiden Jahre zeigen ein deutliches Muster. In den Baumstreifen selbst ist "
          "die Zahl der Regenwürmer mehr als doppelt so hoch wie auf der Vergleichsfläche, und der Anteil "
          "tiefgrabender Arten, die senkrechte Röhren bis in einen Meter Tiefe anlegen, hat sich sogar "
          "verdreifacht. Diese Röhren sind für den Wasserhaushalt besonders wichtig, weil Regenwasser durch "
          "sie rasch in tiefere Schichten gelangt, statt oberflächlich abzufließen.", "body0"),
        P("Weniger eindeutig ist das Bild auf dem Acker zwischen den Streifen. In sechs Metern Abstand sind "
          "die Unterschiede zur Vergleichsfläche noch messbar, in achtzehn Metern kaum mehr. Die Hoffnung, "
          "dass die Baumreihen das Bodenleben auf der gesamten Fläche anregen, hat sich bisher also nicht "
          "erfüllt. Allerdings ist das System mit sechs Jahren noch jung. Die Wurzeln der Pappeln reichen "
          "inzwischen weit in die Ackerfläche hinein, und mit ihnen das Laub, das der Wind im Herbst "
          "verteilt."),
        P("Überraschend war ein Befund zum Kohlenstoff. Wir hatten erwartet, dass die Gehalte an organischem "
          "Kohlenstoff in den Streifen deutlich zunehmen. Tatsächlich ist der Anstieg in den oberen zehn "
          "Zentimetern klar messbar, darunter aber bisher nicht. Für die Klimabilanz solcher Systeme ist das "
          "eine wichtige Einschränkung, denn gerade der tiefer gespeicherte Kohlenstoff bleibt langfristig im "
          "Boden."),
        P("Methoden, die mitwachsen", "sub"),
        P("Um solche Veränderungen über Jahre verfolgen zu können, haben wir unsere Probenahme standardisiert "
          "und mit Partnern in Göttingen und Freiburg abgestimmt. Regenwürmer werden nach einem festen "
          "Protokoll per Handauslese und mit einer Senfsuspension ausgetrieben, die Bodenproben im eigenen "
          "Labor auf Kohlenstoff, Stickstoff und Aggregatstabilität untersucht. Neu ist seit diesem Jahr die "
          "Analyse der mikrobiellen Gemeinschaften über Umwelt-DNA, die Leonie Brandstätter in die Abteilung "
          "eingebracht hat.", "body0"),
        P("Die DNA-Analysen zeigen, dass sich in den Streifen vor allem die Pilzgemeinschaften verändern. Der "
          "Anteil von Mykorrhizapilzen, die mit Baumwurzeln eine Symbiose eingehen, ist dort deutlich höher. "
          "Ob diese Pilze auch die Getreidewurzeln auf dem angrenzenden Acker erreichen, ist eine der Fragen, "
          "die wir 2026 mit markierten Isotopen untersuchen wollen."),
        Chart(cw, 34 * mm, [212, 148, 96, 88]),
        P("<b>Abbildung 3:</b> Regenwurmdichte (Individuen pro Quadratmeter) im Baumstreifen, in 6 m und in "
          "18 m Abstand sowie auf der Vergleichsfläche, Mittel der Jahre 2024 und 2025. "
          "Abbildung: Leonie Brandstätter", "caption"),
        P("Für die Praxis ist eine andere Beobachtung vielleicht wichtiger. Wer über Agroforst nachdenkt, "
          "fragt zuerst nach Ertragseinbußen. Auf der Fläche bei Wabern lag der Weizenertrag direkt neben den "
          "Baumreihen 2025 tatsächlich um etwa ein Zehntel unter dem der Flächenmitte \u2013 im heißen Juli "
          "aber litten die Pflanzen am Rand weniger unter Hitze. Dieser sogenannte „Randeffekt“ kann sich in "
          "trockenen Jahren umkehren. „Im Durchschnitt mehrerer Jahre könnte sich das ausgleichen. Belastbar "
          "sagen können wir das erst nach einem weiteren Jahrzehnt“, erklärt Jakub Nowicki, der die "
          "Feldversuche leitet."),
        P("Wasser, das bleibt", "sub"),
        P("Eine Frage verbindet die Bodenökologie eng mit der Hydrologie: Wie viel Regen nimmt ein Boden auf, "
          "bevor das Wasser oberflächlich abfließt? Im Sommer haben wir dazu auf der Fläche bei Wabern "
          "Beregnungsversuche durchgeführt. Auf kleinen, abgegrenzten Parzellen simuliert eine Düsenanlage "
          "einen Starkregen von 40 Millimetern pro Stunde, während Sensoren messen, wann das Wasser zu fließen "
          "beginnt.", "body0"),
        P("Das Ergebnis fiel deutlicher aus als erwartet. In den Baumstreifen versickerte auch nach einer "
          "halben Stunde Beregnung fast das gesamte Wasser, auf der Vergleichsfläche setzte der "
          "Oberflächenabfluss bereits nach acht Minuten ein. Auf dem Acker zwischen den Streifen lagen die Werte "
          "dazwischen. Für Gemeinden, die nach Starkregen mit Schlamm auf den Straßen kämpfen, ist das ein "
          "handfestes Argument."),
        P("Zugleich mahnen die Versuche zur Vorsicht. Die Parzellen sind klein, und ein echter Gewitterregen "
          "verhält sich anders als eine Düsenanlage. Im kommenden Jahr wollen wir deshalb am unteren Rand der "
          "Fläche eine Messrinne einbauen, die den Abfluss des gesamten Hangs erfasst."),
        P("Das Projekt „Wurzelraum“ läuft bis 2027. Bis dahin sollen zwei weitere Betriebe in Nordhessen "
          "hinzukommen, darunter ein Grünlandbetrieb mit Weidehaltung. Die Ergebnisse teilen wir nicht nur in "
          "Fachzeitschriften, sondern auch auf Feldtagen: Im Juni kamen mehr als achtzig Besucherinnen und "
          "Besucher nach Wabern, um sich Baumstreifen und Bodenprofile aus der Nähe anzusehen."),
        P("Text: Jakub Nowicki und Leonie Brandstätter", "endsig"),
    ]


def soil_p7(c: canvas.Canvas) -> list[Frame]:
    running_head(c, "Abteilung Bodenökologie")
    footer(c, 7)
    lw = colw(3) * 2 + GUTTER
    y = place(c, [
        P("BODENÖKOLOGIE", "kicker"),
        Spacer(1, 3),
        P("Was unter den Baumreihen wächst", "h1"),
        Spacer(1, 5),
        P("Agroforstsysteme gelten als Hoffnungsträger für eine Landwirtschaft im Klimawandel. Im Projekt "
          "„Wurzelraum“ untersucht die Abteilung, was die Baumstreifen im Boden verändern \u2013 mit teils "
          "überraschenden Ergebnissen.", "lead"),
    ], ML, TOP, lw) - 10
    # photo in the right third, full height of the headline zone
    pw = colw(3)
    ph = 95 * mm
    Photo(pw, ph, tone=0.6).drawOn(c, ML + lw + GUTTER, TOP - ph)
    place(c, [P("Bodenprofil im Baumstreifen bei Wabern: Die Röhren tiefgrabender Regenwürmer reichen bis "
                "unter 80 Zentimeter. Foto: Pia Sandmann", "caption")], ML + lw + GUTTER, TOP - ph, pw)
    y_below_photo = TOP - ph - 34
    frames = columns(ML, y, BOTTOM, lw, 2)
    frames.append(Frame(ML + lw + GUTTER, BOTTOM, pw, y_below_photo - BOTTOM, leftPadding=0, rightPadding=0,
                        topPadding=0, bottomPadding=0))
    # the text flows through the two columns below the lead, then continues under the photo
    return frames


def soil_p8(c: canvas.Canvas) -> list[Frame]:
    running_head(c, "Abteilung Bodenökologie")
    footer(c, 8)
    cw = colw(3)
    ph = 70 * mm
    yb = BOTTOM + 26
    Photo(TEXT_W, ph, tone=0.63).drawOn(c, ML, yb)
    place(c, [P("Feldtag im Juni: Besucherinnen und Besucher begutachten ein frisch gegrabenes Bodenprofil "
                "am Rand eines Pappelstreifens. Foto: Pia Sandmann", "caption")], ML, yb, TEXT_W)
    info = box([
        P("Agroforst in Kürze", "boxh"),
        P("Als Agroforstsysteme bezeichnet man Flächen, auf denen Gehölze mit Ackerkulturen oder Grünland "
          "kombiniert werden. Die Baumreihen liefern Holz oder Obst, bremsen den Wind und schützen vor "
          "Erosion. In Deutschland sind sie noch selten: Schätzungen gehen von wenigen tausend Hektar aus.",
          "box"),
    ], cw)
    _, bh = info.wrap(cw, 1000)
    info.drawOn(c, ML + 2 * (cw + GUTTER), TOP - bh)
    top_text = yb + ph + 10
    frames = columns(ML, TOP, top_text, TEXT_W, 3)
    frames[2] = Frame(frames[2]._x1, top_text, cw, TOP - bh - 10 - top_text,  # noqa: SLF001
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return frames


# ---------------------------------------------------------------- Interview (pp. 9-10)
def qa(q: str, a: str) -> list:
    return [P(f"Frage: {q}", "qa_q"), P(f"<b>Antwort:</b> {a}", "qa_a")]


def interview_story() -> list:
    cw = colw(3)
    return [
        *qa("Herr Watanabe, Sie sind im September aus Kyoto nach Kassel gekommen. Was hat Sie ausgerechnet "
            "nach Nordhessen geführt?",
            "Ehrlich gesagt eine Karte. Ich habe vor einigen Jahren eine Arbeit aus diesem Institut über die "
            "Fulda und ihre Nebenflüsse gelesen, mit historischen Karten aus dem 18. Jahrhundert, auf denen "
            "man sieht, wie stark die Bäche damals mäandriert haben. In Japan arbeiten wir an sehr steilen, "
            "kurzen Flüssen, die bei Taifunen in wenigen Stunden anschwellen. Hier sind die Flüsse langsamer, "
            "die Landschaft ist seit Jahrhunderten umgebaut. Mich interessiert, wie ein Fluss auf solche "
            "Eingriffe reagiert, wenn man ihm wieder Raum gibt."),
        *qa("Sie sagen gern, Flüsse hätten ein Gedächtnis. Was meinen Sie damit?",
            "Ein Fluss trägt die Spuren früherer Hochwasser und früherer Baumaßnahmen in sich, in seinen "
            "Sedimenten, in der Form seines Bettes. Wenn Sie einen begradigten Bach renaturieren, versucht er "
            "oft, in alte Rinnen zurückzukehren, die man im Gelände kaum noch sieht. Mein Lehrer in Kyoto, "
            "Professor Haruto Ishikawa, hat seinen Studierenden immer gesagt: „Bevor ihr einen Fluss plant, "
            "lest seine Geschichte.“ Das klingt poetisch, ist aber sehr praktisch gemeint. Alte Karten, "
            "Luftbilder und Bohrkerne verraten viel darüber, wohin das Wasser will."),
        *qa("Woran arbeiten Sie hier konkret?",
            "An zwei Abschnitten der Efze, die in den letzten Jahren renaturiert wurden. Wir vermessen das "
            "Gewässerbett mit Drohnen und einem kleinen Echolot, vor und nach Hochwasserereignissen, und "
            "vergleichen das mit den Modellen, die bei der Planung verwendet wurden. Die Frage ist einfach: "
            "Hat sich der Fluss so verhalten, wie die Planer erwartet haben? Die Antwort lautet bisher: "
            "teilweise."),
        *qa("Was heißt teilweise?",
            "An einem Abschnitt hat sich genau das entwickelt, was man wollte \u2013 Kiesbänke, tiefere Kolke, "
            "flache Uferbereiche, in denen Fische laichen können. An dem anderen hat das Hochwasser im Juli eine "
            "neue Rinne gegraben und einen Teil der eingebauten Strukturen einfach umgangen. Das ist kein "
            "Scheitern. Es zeigt, dass der Fluss eigene Pläne hat. Man sollte solche Überraschungen in der "
            "Planung einkalkulieren und Flächen vorhalten, statt jeden Meter festzulegen."),
        *qa("Gibt es etwas, das Deutschland von Japan lernen kann \u2013 oder umgekehrt?",
            "Japan hat eine sehr lange Erfahrung mit Hochwasserwarnungen. Die Menschen wissen, was zu tun ist, "
            "wenn eine Warnstufe ausgerufen wird, das wird schon in der Grundschule geübt. Hier habe ich den "
            "Eindruck, dass viele Anwohnerinnen und Anwohner an kleinen Flüssen die Gefahr unterschätzen, weil "
            "es dort seit Generationen kein großes Hochwasser gab. Umgekehrt bewundere ich, wie viel Raum man "
            "in Deutschland inzwischen bereit ist, den Flüssen zurückzugeben. In Japan sind die Talböden so "
            "dicht besiedelt, dass das kaum möglich ist."),
        *qa("Sie haben im Herbst auch mit Anwohnern an der Efze gesprochen. Was haben Sie dabei gelernt?",
            "Mehr, als ich erwartet hatte. Eine ältere Dame in Homberg hat mir Fotos aus den 1960er-Jahren "
            "gezeigt, auf denen man sieht, wo das Wasser bei einem Hochwasser damals stand. Diese Fotos passen "
            "erstaunlich gut zu den Überflutungsflächen, die unser Modell berechnet. Solches Wissen steht in "
            "keiner Datenbank. Ich glaube, wir Forschenden sollten viel früher mit den Menschen vor Ort "
            "sprechen, nicht erst, wenn die Pläne fertig sind."),
        *qa("Was hat Sie an Ihrem Alltag in Kassel am meisten überrascht?",
            "Die Pünktlichkeit der Kaffeepause. Im Ernst: Mich hat überrascht, wie viel hier diskutiert wird, "
            "bevor eine Entscheidung fällt. An meinem Institut in Kyoto entscheidet oft der Professor, und die "
            "Gruppe folgt. Hier sitzen in einer Besprechung Doktorandinnen, Techniker und die Abteilungsleiterin "
            "am selben Tisch, und alle sagen ihre Meinung. Das dauert länger, aber die Ergebnisse sind oft "
            "besser durchdacht."),
        *qa("Ihre Drohnenaufnahmen der Efze haben im Institut einige Aufmerksamkeit bekommen. Was zeigen sie?",
            "Vor allem, wie schnell sich ein Fluss verändert, wenn man ihn lässt. Zwischen Juni und Oktober hat "
            "sich eine Kiesbank an einem der Abschnitte um fast zwanzig Meter flussabwärts verlagert. Auf den "
            "Luftbildern sieht das aus wie eine Bewegung in Zeitlupe. Für die Planer ist das eine gute "
            "Nachricht, weil genau solche Umlagerungen Lebensräume schaffen. Für die Landwirte am Ufer ist es "
            "manchmal eine schlechte, weil der Fluss dabei auch Uferstücke mitnimmt."),
        *qa("Wie gehen Sie mit diesem Konflikt um?",
            "Ich versuche zuerst zuzuhören. Ein Landwirt hat mich im Oktober auf seine Wiese geführt und "
            "gezeigt, wo früher der Zaun stand. Er sagte: „Der Fluss nimmt sich jedes Jahr ein Stück, und "
            "niemand fragt mich.“ Ich verstehe das. Wissenschaftlich kann ich ihm erklären, warum das passiert. "
            "Aber wer den Verlust trägt, muss die Gesellschaft entscheiden, nicht die Flussmorphologie."),
        *qa("Wie geht es nach Ihrem Aufenthalt weiter?",
            "Ich bleibe bis August 2026. Wir planen einen Vergleich zwischen der Efze und einem Fluss in der "
            "Präfektur Shiga, der ähnlich groß ist, aber ganz anders genutzt wird. Und ich hoffe, dass "
            "Studierende aus Kassel im Gegenzug nach Kyoto kommen. Meine Kolleginnen dort haben schon gefragt, "
            "ob die deutschen Gäste auch im Winter ins Feld gehen."),
        *qa("Und \u2013 tun sie das?",
            "Im November stand ich mit Gummistiefeln und drei Doktorandinnen bei vier Grad im Regen in der "
            "Efze. Ich denke, die Antwort ist ja."),
    ]


def iv_p9(c: canvas.Canvas) -> list[Frame]:
    running_head(c, "Im Gespräch")
    footer(c, 9)
    lw = colw(3) * 2 + GUTTER
    pw = colw(3)
    y = place(c, [
        P("Gastwissenschaftler Kenji Watanabe im Gespräch mit Friederike Hansen", "kicker"),
        Spacer(1, 4),
        P("„Ein Fluss vergisst nichts“", "h1"),
        Spacer(1, 5),
        P("Der Flussmorphologe Kenji Watanabe forscht seit September als Gast am Institut. Mit Friederike "
          "Hansen aus der Wissenschaftskommunikation sprach er über Hochwasser in Japan und Hessen, begradigte "
          "Bäche und die Frage, was Forschende von Anwohnern lernen können.", "lead"),
    ], ML, TOP, lw) - 10
    ph = 88 * mm
    Photo(pw, ph, tone=0.64).drawOn(c, ML + lw + GUTTER, TOP - ph)
    yb = place(c, [P("Kenji Watanabe an der renaturierten Efze bei Homberg. Foto: Jonas Albrecht", "caption")],
               ML + lw + GUTTER, TOP - ph, pw) - 6
    frames = columns(ML, y, BOTTOM, lw, 2)
    frames.append(Frame(ML + lw + GUTTER, BOTTOM, pw, yb - BOTTOM, leftPadding=0, rightPadding=0,
                        topPadding=0, bottomPadding=0))
    return frames


def iv_p10(c: canvas.Canvas) -> list[Frame]:
    running_head(c, "Im Gespräch")
    footer(c, 10)
    cw = colw(3)
    person = box([
        P("Zur Person", "boxh"),
        P("Kenji Watanabe, geboren 1986 in Nagoya, studierte Bauingenieurwesen und promovierte über "
          "Sedimenttransport in Gebirgsflüssen. Er forscht an einem Institut für Katastrophenvorsorge in "
          "Kyoto. Sein Aufenthalt in Kassel wird durch ein Stipendium für erfahrene Forschende gefördert.",
          "box"),
    ], cw)
    _, bh = person.wrap(cw, 1000)
    x3 = ML + 2 * (cw + GUTTER)
    person.drawOn(c, x3, BOTTOM)
    lw = 2 * cw + GUTTER
    ph = 58 * mm
    Photo(lw, ph, tone=0.61).drawOn(c, ML, TOP - ph)
    y = place(c, [P("Mit Drohne und Echolot vermisst das Team das Gewässerbett der Efze vor und nach "
                    "Hochwassern. Foto: Jonas Albrecht", "caption")], ML, TOP - ph, lw) - 4
    pp = 88 * mm
    Photo(cw, pp, tone=0.69).drawOn(c, x3, TOP - pp)
    y3 = place(c, [P("Kenji Watanabe im Messnetzraum des Instituts. Foto: Jonas Albrecht", "caption")],
               x3, TOP - pp, cw) - 10
    place(c, pull_quote("„Solches Wissen steht in keiner Datenbank.“", "Kenji Watanabe",
                        "Gastwissenschaftler aus Kyoto", cw), x3, y3, cw)
    return columns(ML, y, BOTTOM, lw, 2)


# ---------------------------------------------------------------- Wasserwirtschaft und Gesellschaft (pp. 11-12)
def society_story() -> list:
    cw = colw(3)
    return [
        P("Im Juli 2025 saßen in einem Gemeindesaal im Knüll 43 Menschen an sechs Tischen: Landwirte, der "
          "Betreiber eines Golfplatzes, die Leiterin des örtlichen Freibads, Mitglieder eines Angelvereins, "
          "zwei Mitarbeiterinnen der Unteren Wasserbehörde und eine Handvoll Anwohnerinnen, die sich einfach "
          "für das Thema interessierten. Auf jedem Tisch lag dieselbe Karte mit den Brunnen, Quellen und "
          "Bächen der Gemeinde, daneben ein Stapel bunter Spielsteine. Jeder Stein stand für eine "
          "Wassermenge.", "bodyL0"),
        P("Das Planspiel war Teil des Projekts „Wasser teilen“, mit dem die Abteilung seit 2024 untersucht, "
          "wie Gemeinden mit Nutzungskonflikten in Trockenperioden umgehen. Die Ausgangsfrage ist einfach: Wer "
          "darf wie viel entnehmen, wenn nicht genug für alle da ist? Rechtlich ist das weitgehend geregelt. "
          "In der Praxis aber wissen viele Beteiligte nicht, wer welche Rechte hat und wie viel tatsächlich "
          "entnommen wird.", "bodyL"),
        P("„Ich hatte keine Ahnung, dass der Golfplatz sein Wasser aus einem eigenen Brunnen holt und nicht "
          "aus dem Netz.“ Das sagte eine Teilnehmerin gleich in der ersten Runde, und sie war damit nicht "
          "allein.", "bodyL"),
        P("„Wir haben zum ersten Mal nicht übereinander, sondern miteinander über Zahlen geredet.“ Mit diesen "
          "Worten fasste Bürgermeister Rüdiger Hampel den Abend zusammen. Seine Gemeinde hatte im Sommer 2023 "
          "zwei Wochen lang Wasser per Tankwagen ins Netz einspeisen müssen.", "bodyL"),
        P("Solche Planspiele sind in der Umweltforschung nicht neu. Neu ist, dass wir sie mit echten Daten aus "
          "den Messnetzen der Abteilung Hydrologie verbinden. Die Spielsteine entsprachen den tatsächlich "
          "genehmigten Mengen, und die Szenarien für den Spielverlauf stammten aus dem Grundwassermodell, das "
          "auch hinter der Ampel im Projekt „GrundWacht“ steht. So wurde aus einer abstrakten Diskussion über "
          "Gerechtigkeit eine sehr konkrete über Kubikmeter.", "bodyL"),
        P("Vertrauen ist die knappste Ressource", "sub"),
        P("Die Auswertung der vier Workshops, die Agata Wiśniewska im Herbst abgeschlossen hat, zeigt ein "
          "wiederkehrendes Muster. Die größte Hürde war nicht der Streit um Mengen, sondern das fehlende "
          "Vertrauen in die Zahlen. Landwirte vermuteten, die Gemeinde unterschätze den eigenen Verbrauch; "
          "Naturschützer misstrauten den Angaben der Betriebe. Erst als alle dieselben Daten sehen konnten, "
          "verschob sich die Debatte.", "bodyL0"),
        P("Die Leiterin des Freibads in einer der beteiligten Gemeinden, Dragana Petrović, hat diesen Wandel "
          "miterlebt. Sie war mit der Sorge gekommen, ihr Bad könne im nächsten Dürresommer als Erstes "
          "geschlossen werden. „Am Ende haben ausgerechnet die Landwirte vorgeschlagen, das Bad an heißen "
          "Tagen offen zu halten und dafür die Beregnung in die Nachtstunden zu verlegen“, erklärt sie. „Das "
          "hätte ich nicht erwartet.“", "bodyL"),
        P("Rollen tauschen", "sub"),
        P("Ein Element des Planspiels erwies sich als besonders wirksam: der Rollentausch. In der zweiten "
          "Runde übernahmen die Teilnehmenden jeweils die Position einer anderen Gruppe. Der Golfplatzbetreiber "
          "musste für die Fischerei argumentieren, eine Landwirtin für das Freibad, ein Vertreter des "
          "Naturschutzes für die Beregnung. Viele empfanden das zunächst als Zumutung. In den Rückmeldebögen "
          "nannten es später mehr als zwei Drittel den lehrreichsten Teil des Abends.", "bodyL0"),
        P("Dass der Rollentausch funktioniert, hat auch mit der Moderation zu tun. Selin Arslan, die die "
          "Abteilung leitet und die Workshops konzipiert hat, setzt bewusst auf Moderatorinnen und "
          "Moderatoren, die nicht aus dem Institut kommen und in der Region bekannt sind. In zwei Gemeinden "
          "übernahm das ein pensionierter Schulleiter, in den beiden anderen eine Mitarbeiterin des "
          "Landschaftspflegeverbands. Wissenschaft, so die Erfahrung, wirkt in solchen Runden glaubwürdiger, "
          "wenn sie Daten liefert und nicht selbst die Diskussion lenkt.", "bodyL"),
        *pull_quote("„Wasser wird nicht knapp, weil jemand böse ist, sondern weil alle gleichzeitig Durst "
                    "haben.“", "Okan Yılmaz", "Vorsitzender des Angelvereins Schwalmtal e. V.", cw),
        P("Was bleibt", "sub"),
        P("Nicht jeder Workshop endete so harmonisch. In einer Gemeinde verließ ein Teil der Landwirte die "
          "Veranstaltung nach der ersten Stunde, weil sie die Runde als Vorstufe neuer Auflagen verstanden. "
          "Auch das gehört zu den Ergebnissen: Beteiligung funktioniert nur, wenn klar ist, was mit den "
          "Ergebnissen geschieht und was nicht. Wir empfehlen den Gemeinden deshalb, vorab verbindlich "
          "festzulegen, welche Entscheidungen beim Gemeinderat bleiben.", "bodyL0"),
        P("Aus den Workshops sind in zwei Gemeinden inzwischen feste Runden entstanden, die sich vor jedem "
          "Sommer treffen. Eine davon hat sich den Namen „Wassertisch“ gegeben und einen eigenen Stufenplan "
          "beschlossen, der regelt, welche Nutzungen bei welchem Pegelstand eingeschränkt werden. Die Untere "
          "Wasserbehörde begleitet das Verfahren. Für uns ist diese Verstetigung das wichtigste Ergebnis des "
          "Jahres.", "bodyL"),
        Chart(cw, 32 * mm, [46, 22, 14, 11, 7]),
        P("<b>Abbildung 4:</b> Genehmigte Wasserentnahmen nach Nutzergruppen in den vier Projektgemeinden "
          "2024 (öffentliche Versorgung, Landwirtschaft, Gewerbe, Freizeit, Sonstige; Anteile in Prozent). "
          "Abbildung: Malte Osterkamp", "caption"),
        P("2026 wollen wir das Planspiel als frei verfügbares Material veröffentlichen, damit es auch ohne "
          "Begleitung aus dem Institut genutzt werden kann. Chiara Lombardi arbeitet an einer digitalen "
          "Fassung, in der die Gemeinden ihre eigenen Messdaten einspielen können. Eine erste Version soll im "
          "Frühjahr mit Schulklassen erprobt werden \u2013 denn wer heute in die siebte Klasse geht, wird die "
          "Konflikte um Wasser in zwanzig Jahren selbst verhandeln müssen.", "bodyL"),
    ]


def soc_p11(c: canvas.Canvas) -> list[Frame]:
    running_head(c, "Abteilung Wasserwirtschaft und Gesellschaft")
    footer(c, 11)
    y = place(c, [
        P("Autorinnen: Selin Arslan, Agata Wiśniewska, Chiara Lombardi", "authors"),
        Spacer(1, 5),
        P("Wem gehört das Wasser im Sommer?", "h1"),
        Spacer(1, 5),
    ], ML, TOP, TEXT_W) - 2
    lw = colw(3) * 2 + GUTTER
    ph = 60 * mm
    Photo(lw, ph, tone=0.68).drawOn(c, ML, y - ph)
    yc = place(c, [P("Planspiel im Gemeindesaal: Jeder Spielstein steht für 1.000 Kubikmeter Wasser. "
                     "Foto: Chiara Lombardi", "caption")], ML, y - ph, lw) - 4
    yl = place(c, [P("Wenn das Wasser knapp wird, geraten Landwirtschaft, Gemeinden und Naturschutz schnell "
                     "aneinander. Die Abteilung Wasserwirtschaft und Gesellschaft hat 2025 in vier Gemeinden "
                     "ausprobiert, wie sich solche Konflikte früher und fairer verhandeln lassen.", "lead"),
                   Rule(colw(3))], ML + lw + GUTTER, y, colw(3)) - 8
    frames = columns(ML, yc, BOTTOM, lw, 2)
    frames.append(Frame(ML + lw + GUTTER, BOTTOM, colw(3), yl - BOTTOM, leftPadding=0, rightPadding=0,
                        topPadding=0, bottomPadding=0))
    return frames


def soc_p12(c: canvas.Canvas) -> list[Frame]:
    running_head(c, "Abteilung Wasserwirtschaft und Gesellschaft")
    footer(c, 12)
    cw = colw(3)
    pubs = [P("Publikationen und Vorträge 2025", "boxh")]
    for ref in [
        "Arslan, S.; Wiśniewska, A. (2025): „Planspiele im Wassermanagement: Erfahrungen aus vier "
        "nordhessischen Gemeinden“. <i>Zeitschrift für Umweltpolitik und Beteiligung</i> 12 (3), 201\u2013219.",
        "Wiśniewska, A. (2025): „Vertrauen in Daten als Voraussetzung kommunaler Wasserkonflikte“. "
        "<i>Wasserwirtschaft im Dialog</i> 7, 33\u201341.",
        "Lombardi, C. (2025): „Vom Brettspiel zur Web-Anwendung: Beteiligungswerkzeuge für die "
        "Wasserwirtschaft“. Vortrag, Fachtagung Wasser und Gesellschaft, Erfurt, 14. Oktober.",
        "Arslan, S. (2025): „Wer darf pumpen? Wasserrechte im Dürresommer“. Vortrag, Volkshochschule "
        "Kassel, 3. März.",
    ]:
        pubs.append(P(ref, "pub"))
    t = box(pubs, cw, bg=SAND)
    _, th = t.wrap(cw, 1000)
    t.drawOn(c, ML + 2 * (cw + GUTTER), TOP - th)
    ph = 48 * mm
    Photo(cw, ph, tone=0.66).drawOn(c, ML + cw + GUTTER, TOP - ph)
    y2 = place(c, [P("Der „Wassertisch“ in Borken trifft sich seit Oktober alle zwei Monate. "
                     "Foto: Chiara Lombardi", "caption")], ML + cw + GUTTER, TOP - ph, cw) - 4
    proj = box([
        P("Projekt „Wasser teilen“ auf einen Blick", "boxh"),
        P("<b>Laufzeit:</b> April 2024 bis März 2026", "box"),
        P("<b>Gemeinden:</b> vier im Schwalm-Eder-Kreis und im Knüll", "box"),
        P("<b>Teilnehmende:</b> 171 in vier Workshops", "box"),
        P("<b>Methoden:</b> Planspiel mit Messdaten, Rollentausch, Rückmeldebögen, Leitfadeninterviews", "box"),
        P("<b>Nächster Schritt:</b> Veröffentlichung des Spielmaterials als freie Bildungsressource", "box"),
    ], cw)
    _, prh = proj.wrap(cw, 1000)
    proj.drawOn(c, ML + 2 * (cw + GUTTER), TOP - th - 12 - prh)
    frames = columns(ML, TOP, BOTTOM, 2 * cw + GUTTER, 2)
    frames[1] = Frame(frames[1]._x1, BOTTOM, cw, y2 - BOTTOM,  # noqa: SLF001
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return frames


# ---------------------------------------------------------------- Personalia (p. 13)
def page13(c: canvas.Canvas) -> None:
    running_head(c, "Personalia")
    footer(c, 13)
    cw = colw(3)
    y = place(c, [P("Personalia", "h1"), Spacer(1, 3),
                  P("Wer kam, wer ging, wer wurde ausgezeichnet: Neuigkeiten aus dem Institut.", "lead")],
              ML, TOP, TEXT_W) - 10
    story = [
        Photo(cw, 40 * mm, tone=0.6),
        P("Hans-Peter Gruber bei seinem Abschied im Juni. Foto: Pia Sandmann", "caption"),
        P("Abschied nach 31 Jahren", "pers_h"),
        P("Ende Juni ist Hans-Peter Gruber, Leiter der Feinmechanischen Werkstatt, in den Ruhestand gegangen. "
          "Seit 1994 hat er Probenehmer, Messwehre und unzählige Sondenhalterungen gebaut, viele davon "
          "Einzelstücke, die es so nirgends zu kaufen gibt. Beim Abschied im Hof des Instituts blieb er sich "
          "treu: „Das meiste, was hier draußen misst, hat irgendwann einmal auf meiner Werkbank gelegen“, "
          "sagte Gruber. Seine Nachfolge hat Emil Sørensen übernommen, der bereits seit 2017 in der Werkstatt "
          "arbeitet.", "bodyL0"),
        P("Text: Friederike Hansen", "endsig"),
        Spacer(1, 8),
        P("Nachwuchspreis für Aylin Demirci", "pers_h"),
        P("Von Maximilian Roth", "pers_by"),
        P("Die Doktorandin Aylin Demirci aus der Abteilung Hydrologie hat im November den Nachwuchspreis der "
          "Gesellschaft für Grundwasserkunde erhalten. Ausgezeichnet wurde ihre Arbeit zur verzögerten "
          "Grundwasserneubildung nach Dürresommern. Die Jury lobte besonders die Verbindung von Bodenfeuchte- "
          "und Pegeldaten, die inzwischen fester Bestandteil des Frühwarnsystems im Schwalmtal ist. Der Preis "
          "ist mit 2.500 Euro dotiert.", "bodyL0"),
        Spacer(1, 8),
        P("Neue Leitung der Bibliothek", "pers_h"),
        Photo(cw, 36 * mm, tone=0.7),
        P("Ingrid Halvorsen. Foto: privat", "caption"),
        P("Seit dem 1. April leitet Ingrid Halvorsen die Institutsbibliothek. Die gebürtige Norwegerin kam von "
          "einer Universitätsbibliothek in Bergen nach Kassel und hat sich zuerst der Digitalisierung unseres "
          "Kartenarchivs angenommen, das mehr als 3.000 historische Gewässerkarten umfasst. Ihr Ziel: Bis "
          "Ende 2026 sollen alle Karten aus der Zeit vor 1900 online einsehbar sein.", "bodyL0"),
        P("Carla Benedetti", "endsig"),
        Spacer(1, 8),
        P("Neu im Team", "pers_h"),
        P("Zum 1. Oktober haben drei neue Promovierende ihre Arbeit aufgenommen: Léa Marchand untersucht "
          "Quellschüttungen im Kaufunger Wald, Nikolai Petersen modelliert Bodenwasserflüsse unter Grünland, "
          "und Yuki Tanabe arbeitet im Projekt „Wurzelraum“ an Pilzgemeinschaften. Außerdem verstärkt Ömer "
          "Çelik seit Mai die IT-Gruppe, wo er sich vor allem um das Datenportal des Messnetzes kümmert.",
          "bodyL0"),
        P("Maximilian Roth", "endsig"),
        Spacer(1, 8),
        P("Nachruf: Walther Eichhorn (1938\u20132025)", "pers_h"),
        P("Am 12. Februar ist Prof. em. Dr. Walther Eichhorn im Alter von 86 Jahren gestorben. Er leitete von "
          "1979 bis 2003 die damalige Abteilung Grundwasser und prägte das Institut wie kaum ein anderer. Auf "
          "ihn gehen die ersten langjährigen Messreihen im Schwalmtal zurück, ohne die unsere heutigen Modelle "
          "nicht denkbar wären. Wer ihn kannte, erinnert sich an seine Geduld mit Studierenden und an seine "
          "Überzeugung, jede Messung sei eine Frage an die Natur, die eine ehrliche Antwort verdiene. Wir "
          "werden ihm ein ehrendes Andenken bewahren.", "bodyL0"),
        P("Henrike Vossberg", "endsig"),
        Spacer(1, 8),
        box([
            P("Gäste 2025", "boxh"),
            P("Als Gastwissenschaftlerinnen und Gastwissenschaftler forschten 2025 am Institut: Kenji Watanabe "
              "(Kyoto, seit September), Lucía Ferreira (Porto, März bis Juni), Oskar Nyström (Uppsala, Mai bis "
              "Oktober) und Priya Raghunathan (Chennai, Oktober bis Dezember).", "box"),
            Spacer(1, 5),
            P("Abgeschlossene Promotionen", "boxh"),
            P("Felix Hartmann: „Nitratdynamik in Karstquellen des Werra-Meißner-Kreises“ (Universität Kassel)",
              "box"),
            Spacer(1, 3),
            P("Marta Zielińska: „Mikroplastik in Auenböden der Fulda“ (Universität Göttingen)", "box"),
        ], cw),
        Spacer(1, 8),
        box([
            P("Dienstjubiläen", "boxh"),
            P("25 Jahre am Institut: Renate Brückner (Labor und Technik), Thomas Eckhardt (Verwaltung) und "
              "Sibel Kaya (Bibliothek). 40 Jahre: Gerlinde Wolff (Sekretariat der Direktion). Herzlichen Dank "
              "für so viele Jahre Treue!", "box"),
        ], cw, bg=SAND),
    ]
    flow(c, story, columns(ML, y, BOTTOM, TEXT_W, 3), "S. 13", final=True)
    c.showPage()


# ---------------------------------------------------------------- Impressum (p. 14)
def page14(c: canvas.Canvas) -> None:
    running_head(c, "Impressum")
    footer(c, 14)
    cw = colw(3)
    y = place(c, [P("Impressum", "h1s")], ML, TOP, TEXT_W) - 8
    imp = []

    def kv(k: str, *vals: str) -> None:
        imp.append(P(k, "imp_k"))
        for v in vals:
            imp.append(P(v, "imp_v"))

    kv("Herausgeber:", INSTITUTE + " (HIGB)", "Am Weinberg 14", "34121 Kassel")
    kv("V.i.S.d.P.:", "Prof. Dr. Henrike Vossberg")
    kv("Redaktion:", "Carla Benedetti, Maximilian Roth")
    kv("Lektorat:", "Dorothea Siebert")
    kv("Gestaltung:", "Atelier Kornfeld, Kassel")
    kv("Druck:", "Druckhaus Werratal, Eschwege")
    kv("Auflage:", "1.200 Exemplare")
    kv("Redaktionsschluss:", "15. Januar 2026")
    cred = [P("Bildnachweis:", "imp_k")]
    for v in [
        "Titel: Jonas Albrecht",
        "S. 2: Jonas Albrecht",
        "S. 3: Pia Sandmann",
        "S. 4: Jonas Albrecht",
        "S. 5: Kerem Aydın; Tobias Lindqvist (Abbildung)",
        "S. 6: Kerem Aydın; Malte Osterkamp (Abbildung)",
        "S. 7: Pia Sandmann",
        "S. 8: Pia Sandmann; Leonie Brandstätter (Abbildung)",
        "S. 9, 10: Jonas Albrecht",
        "S. 11: Chiara Lombardi",
        "S. 12: Chiara Lombardi; Malte Osterkamp (Abbildung)",
        "S. 13: Pia Sandmann (oben), privat (unten)",
        "S. 14: Kerem Aydın",
    ]:
        cred.append(P(v, "imp_v"))
    cred += [Spacer(1, 10),
             P("Gedruckt auf Recyclingpapier, ausgezeichnet mit dem Blauen Engel. Nachdruck, auch auszugsweise, "
               "nur mit Genehmigung der Redaktion.", "imp_v")]
    board = [P("Wissenschaftlicher Beirat", "boxh")]
    for v in ["Prof. Dr. Emre Yıldız, Hamburg (Vorsitz)", "Prof. Dr. Margarethe Lindholm, Lund",
              "Dr. Rafael Ortega Sánchez, Valencia", "Prof. Dr. Beatrix Hohenstein, Dresden",
              "Dr. Niamh O\u2019Connell, Galway"]:
        board.append(P(v, "box"))
    board += [Spacer(1, 6), P("Abteilungsleitungen", "boxh")]
    for v in ["Hydrologie: Dr. Miriam Okonkwo-Berg", "Bodenökologie: Prof. Dr. Sven Aaltonen",
              "Wasserwirtschaft und Gesellschaft: Dr. Selin Arslan",
              "Labor und Technik: Dipl.-Ing. Renate Brückner"]:
        board.append(P(v, "box"))
    board += [Spacer(1, 6), P("Kontakt", "boxh"),
              P("Telefon 0561 918 27-0<br/>Presse und Kommunikation: Friederike Hansen, Durchwahl -114", "box")]
    lw = 2 * cw + GUTTER
    frames = columns(ML, y, BOTTOM, lw, 2)
    frames.append(Frame(ML + lw + GUTTER, BOTTOM, cw, y - BOTTOM, leftPadding=0, rightPadding=0,
                        topPadding=0, bottomPadding=0))
    flow(c, imp, [frames[0]], "S. 14a", final=True)
    flow(c, cred, [frames[1]], "S. 14b", final=True)
    ylow = min(frames[0]._y, frames[1]._y) - 14  # noqa: SLF001
    ph = ylow - BOTTOM - 24
    Photo(lw, ph, tone=0.6).drawOn(c, ML, ylow - ph)
    place(c, [P("Das Institutsteam beim Sommerfest im Juli 2025. Foto: Kerem Aydın", "caption")], ML, ylow - ph, lw)
    flow(c, [box(board, cw)], [frames[2]], "S. 14c", final=True)
    c.showPage()


def main() -> None:
    c = canvas.Canvas(OUT, pagesize=A4, invariant=1)
    c.setTitle("Jahresbericht 2025 \u2013 " + INSTITUTE)
    c.setAuthor(INSTITUTE)
    page1(c)
    page2(c)
    page3(c)
    run_article(c, hydro_story(), [(4, hydro_p4), (5, hydro_p5), (6, hydro_p6)])
    run_article(c, soil_story(), [(7, soil_p7), (8, soil_p8)])
    run_article(c, interview_story(), [(9, iv_p9), (10, iv_p10)])
    run_article(c, society_story(), [(11, soc_p11), (12, soc_p12)])
    page13(c)
    page14(c)
    c.save()
    for line in FILL_REPORT:
        print(line, file=sys.stderr)
    print(OUT)


if __name__ == "__main__":
    main()
