"""The small layout engine both sample magazines are set with (`make_sample.py`,
`make_heldout.py`): paragraphs of (text, font) runs, greedy wrapping on spaces, "\\n" forcing a
line break, columns filled one after the other, so that reading order is content-stream order.

Each magazine subclasses `Flow` (its fonts, sizes, pictures, boxes) and `Magazine` (its page
margins, running header and footer); this module holds what the two have in common.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any, ClassVar

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

PAGE_W, PAGE_H = A4
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

Run = tuple[str, str]
"""A piece of text and the name of the font it is set in."""


def register_fonts(files: dict[str, Sequence[Path]], needed_glyphs: str, advice: str) -> None:
    """Register each font from the first of its files that exists, and fail if a glyph the
    magazine prints is missing."""
    for name, candidates in files.items():
        path = next((p for p in candidates if p.exists()), None)
        if path is None:
            raise SystemExit(f"{candidates[0]} missing; {advice}")
        font = TTFont(name, str(path))
        missing = [ch for ch in needed_glyphs if ord(ch) not in font.face.charToGlyph]
        if missing:
            raise SystemExit(f"font {path} lacks glyphs {missing!r}; {advice}")
        pdfmetrics.registerFont(font)


def as_runs(text: str | list[Run], font: str) -> list[Run]:
    return [(text, font)] if isinstance(text, str) else text


def words_of(runs: list[Run]) -> list[list[Run] | None]:
    """Split runs into words (lists of font fragments); ``None`` marks a forced break."""
    words: list[list[Run] | None] = []
    current: list[Run] = []
    for text, font in runs:
        for piece in re.split(r"( |\n)", text):
            if piece in (" ", "\n"):
                if current:
                    words.append(current)
                current = []
                if piece == "\n":
                    words.append(None)
            elif piece:
                current.append((piece, font))
    if current:
        words.append(current)
    return words


def word_width(word: list[Run], size: float) -> float:
    return sum(pdfmetrics.stringWidth(t, f, size) for t, f in word)


def wrap(runs: list[Run], size: float, width: float) -> list[list[list[Run]]]:
    lines: list[list[list[Run]]] = []
    line: list[list[Run]] = []
    used = 0.0
    for word in words_of(runs):
        if word is None:
            lines.append(line)
            line, used = [], 0.0
            continue
        w = word_width(word, size)
        space = pdfmetrics.stringWidth(" ", word[0][1], size) if line else 0.0
        if line and used + space + w > width:
            lines.append(line)
            line, used = [word], w
        else:
            line.append(word)
            used += space + w
    if line:
        lines.append(line)
    return [ln for ln in lines if ln]


class Flow:
    """Text flowing down a list of columns; overflowing the last column is an error.

    A magazine's body text: its font, size, leading (a multiple of the size), space after a
    paragraph, and the colour its lines are set in (None: whatever the canvas has).
    """

    FONT: ClassVar[str]
    SIZE: ClassVar[float]
    LEADING: ClassVar[float]
    AFTER: ClassVar[float]
    COLOR: ClassVar[Color | None] = None

    def __init__(self, c: canvas.Canvas, columns: list[tuple[float, float, float, float]]):
        self.c = c
        self.columns = columns  # (x, top, bottom, width)
        self.index = 0
        self.y = columns[0][1]

    @property
    def x(self) -> float:
        return self.columns[self.index][0]

    @property
    def width(self) -> float:
        return self.columns[self.index][3]

    def next_column(self) -> None:
        self.index += 1
        if self.index >= len(self.columns):
            raise SystemExit("text overflows the page; shorten it")
        self.y = self.columns[self.index][1]

    def need(self, height: float) -> None:
        if self.y - height < self.columns[self.index][2]:
            self.next_column()

    def gap(self, height: float) -> None:
        self.y -= height

    def para(
        self,
        text: str | list[Run],
        font: str | None = None,
        size: float | None = None,
        leading: float | None = None,
        after: float | None = None,
        indent: float = 0.0,
        right_align: bool = False,
        color: Color | None = None,
    ) -> None:
        font = font or self.FONT
        size = size or self.SIZE
        leading = leading or size * self.LEADING
        for line in wrap(as_runs(text, font), size, self.width - indent):
            self.need(leading)
            x = self.x + indent
            if right_align:
                x = (
                    self.x
                    + self.width
                    - sum(word_width(w, size) for w in line)
                    - 3 * (len(line) - 1)
                )
            self.draw_line(line, x, self.y - size, size, self.COLOR if color is None else color)
            self.y -= leading
        self.y -= self.AFTER if after is None else after

    def draw_line(
        self,
        line: list[list[Run]],
        x: float,
        baseline: float,
        size: float,
        color: Color | None = None,
    ) -> None:
        t = self.c.beginText(x, baseline)
        if color is not None:
            t.setFillColor(color)
        for i, word in enumerate(line):
            if i:
                t.textOut(" ")
            for piece, font in word:
                t.setFont(font, size)
                t.textOut(piece)
        self.c.drawText(t)


class Magazine:
    """A PDF being set page by page; subclasses draw their own running header and footer."""

    FLOW: ClassVar[type[Flow]]
    LEFT: ClassVar[float]
    TOP: ClassVar[float]
    BOTTOM: ClassVar[float]
    GUTTER: ClassVar[float]

    def __init__(self, path: Path, metadata: dict[str, str]):
        self.c = canvas.Canvas(str(path), pagesize=A4, invariant=1, pageCompression=1)
        self.c.setTitle(metadata["title"])
        self.c.setAuthor(metadata["author"])
        self.c.setSubject(metadata["subject"])
        self.c.setKeywords(metadata["keywords"])
        self.c.setCreator(metadata["creator"])
        self.number = 0

    @property
    def width(self) -> float:
        return (PAGE_W - self.LEFT) - self.LEFT  # as RIGHT - LEFT, to the last bit

    def full(self, top: float | None = None) -> Any:
        return self.FLOW(self.c, [(self.LEFT, top or self.TOP, self.BOTTOM, self.width)])

    def two_columns(self, top: float) -> Any:
        w = (self.width - self.GUTTER) / 2
        return self.FLOW(
            self.c,
            [
                (self.LEFT, top, self.BOTTOM, w),
                (self.LEFT + w + self.GUTTER, top, self.BOTTOM, w),
            ],
        )

    def end(self) -> None:
        self.c.showPage()

    def save(self) -> None:
        self.c.showOutline()
        self.c.save()


class TruthPages(list[dict[str, object]]):
    """A magazine's truth, page by page, written down by hand next to each page's text."""

    def page(
        self,
        page: int,
        label: str | None,
        rubric: str | None,
        article: str | None,
        topics: list[str],
        contributors: list[tuple[str, str]],
        quotes: list[tuple[str, str | None]],
    ) -> None:
        """One page as a careful reader sees it."""
        self.append(
            {
                "page": page,
                "page_label": label,
                "rubric": rubric,
                "article": article,
                "topics": topics,
                "contributors": [{"name": n, "role": r} for n, r in contributors],
                "quotes": [{"text": t, "speaker": s} for t, s in quotes],
            }
        )


def write_truth(path: Path, data: dict[str, object]) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def reading_text(raw: str) -> str:
    """Page text as a reader sees it: ligatures expanded, hyphenation joined, one line."""
    text = unicodedata.normalize("NFKC", raw)
    text = re.sub("\u00ad\\s*\n", "", text).replace("\u00ad", "")
    text = re.sub(r"-\n(?=[a-zäöüß])", "", text)  # "develop-\nment" -> "development"
    text = re.sub(r"-\n", "-", text)  # "EU-\nRatspräsidentschaft" keeps its hyphen
    return re.sub(r"\s+", " ", text)
