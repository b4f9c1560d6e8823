"""Accuracy of the analysis detectors against a sample magazine's truth file.

Run `python bench/accuracy.py [PDF [TRUTH]]` (default: the sample in `samples/`). Each section
measures one detector and keeps its own functions; the tests import them to assert a floor.
`python bench/accuracy.py --agreement` compares the blind topic annotations in
`samples/topic-annotations.json` with each other, with the truth files and with the detector.
`python bench/accuracy.py --topic-set` measures the topic detector on the magazines of
`samples/topic-set/` (page text with three blind annotations each; the truth of a page is what
at least two annotators gave), next to how well each annotator agrees with that truth.

The articles are measured with the outline and without it (headlines, contents page and
rubrics alone).

Truth format: {"file", "title", "year", "pages": [{"page", "page_label", "rubric", "article",
"topics": [...], "contributors": [{"name", "role"}], "quotes": [{"text", "speaker"}]}]}.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from magazine_index.analyze.contributors import find_contributors  # noqa: E402 (path set above)
from magazine_index.analyze.folios import printed_labels  # noqa: E402 (path set above)
from magazine_index.analyze.names import TITLES  # noqa: E402 (path set above)
from magazine_index.analyze.pipeline import analyse  # noqa: E402 (path set above)
from magazine_index.analyze.quotes import find_quotes, word_overlap  # noqa: E402 (path set above)
from magazine_index.analyze.structure import find_articles  # noqa: E402 (path set above)
from magazine_index.analyze.topics import page_topics  # noqa: E402 (path set above)
from magazine_index.extract import extract  # noqa: E402 (path set above)
from magazine_index.models import (  # noqa: E402 (path set above)
    Article,
    Credit,
    OutlineEntry,
    PageText,
    Quote,
)
from magazine_index.text import fold_key, normalise  # noqa: E402 (path set above)

SAMPLE_PDF = ROOT / "samples" / "auenstadt-europe-2025.pdf"
SAMPLE_TRUTH = ROOT / "samples" / "auenstadt-europe-2025.truth.json"

Truth = dict[str, Any]


# ---------------------------------------------------------------------------------------------
# Loading


def load_truth(path: Path = SAMPLE_TRUTH) -> Truth:
    data: Truth = json.loads(path.read_text(encoding="utf-8"))
    return data


def load_sample(
    pdf: Path = SAMPLE_PDF, truth: Truth | None = None
) -> tuple[list[PageText], list[OutlineEntry]]:
    """Pages and outline as the tool sees them; printed labels from the truth where given."""
    from pypdf import PdfReader  # only the bench reads PDFs directly

    reader = PdfReader(str(pdf))
    labels: dict[int, str | None] = {}
    if truth is not None:
        labels = {p["page"]: p["page_label"] for p in truth["pages"]}
    pages = [
        PageText(i + 1, labels.get(i + 1, str(i + 1)), normalise(page.extract_text()))
        for i, page in enumerate(reader.pages)
    ]
    outline: list[OutlineEntry] = []

    def walk(items: Sequence[Any], level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                page = reader.get_destination_page_number(item)
                outline.append(OutlineEntry(str(item.title), page + 1, level))

    walk(reader.outline, 0)
    return pages, outline


def _without_titles(name: str) -> str:
    """A truth name without its academic titles ("Dr. Helga Roth" -> "Helga Roth"): the tool
    keeps titles apart from names, and most writers of truth leave them out."""
    words = name.split()
    while len(words) > 2 and words[0] in TITLES:
        words = words[1:]
    return " ".join(words)


def _ratio(hits: int, total: int) -> float:
    return hits / total if total else 1.0


# ---------------------------------------------------------------------------------------------
# Contributors and topics


def contributor_triples(
    pages: Sequence[PageText], outline: Sequence[OutlineEntry]
) -> set[tuple[str, str, int]]:
    """Detected (folded name, role, PDF page) triples."""
    return {
        (fold_key(credit.name), credit.role, page)
        for credit in find_contributors(pages, outline)
        for page in credit.pages
    }


def truth_contributor_triples(truth: Truth) -> set[tuple[str, str, int]]:
    return {
        (fold_key(_without_titles(person["name"])), person["role"], page["page"])
        for page in truth["pages"]
        for person in page["contributors"]
    }


def contributor_scores(
    pages: Sequence[PageText], outline: Sequence[OutlineEntry], truth: Truth
) -> tuple[float, float]:
    """Precision and recall of contributors per (name, role, PDF page) triple."""
    found = contributor_triples(pages, outline)
    expected = truth_contributor_triples(truth)
    right = len(found & expected)
    return _ratio(right, len(found)), _ratio(right, len(expected))


def topic_pairs(pages: Sequence[PageText], outline: Sequence[OutlineEntry]) -> set[tuple[int, str]]:
    """Detected (PDF page, vocabulary topic) pairs."""
    return {
        (number, name)
        for number, topics in page_topics(pages, outline, top_terms=0).items()
        for name in topics.vocabulary
    }


def truth_topic_pairs(truth: Truth) -> set[tuple[int, str]]:
    return {(page["page"], name) for page in truth["pages"] for name in page["topics"]}


def topic_scores(
    pages: Sequence[PageText], outline: Sequence[OutlineEntry], truth: Truth
) -> tuple[float, float]:
    """Precision and recall of vocabulary topics per (page, topic) pair."""
    found = topic_pairs(pages, outline)
    expected = truth_topic_pairs(truth)
    right = len(found & expected)
    return _ratio(right, len(found)), _ratio(right, len(expected))


def report_contributors_and_topics(
    pages: Sequence[PageText], outline: Sequence[OutlineEntry], truth: Truth
) -> None:
    precision, recall = contributor_scores(pages, outline, truth)
    print(f"contributors  precision {precision:.3f}  recall {recall:.3f}")
    found, expected = contributor_triples(pages, outline), truth_contributor_triples(truth)
    for triple in sorted(found - expected, key=lambda t: (t[2], t[0])):
        print(f"  extra   p{triple[2]:<3} {triple[1]:<12} {triple[0]}")
    for triple in sorted(expected - found, key=lambda t: (t[2], t[0])):
        print(f"  missing p{triple[2]:<3} {triple[1]:<12} {triple[0]}")
    precision, recall = topic_scores(pages, outline, truth)
    print(f"topics        precision {precision:.3f}  recall {recall:.3f}")
    found_topics, expected_topics = topic_pairs(pages, outline), truth_topic_pairs(truth)
    for pair in sorted(found_topics - expected_topics):
        print(f"  extra   p{pair[0]:<3} {pair[1]}")
    for pair in sorted(expected_topics - found_topics):
        print(f"  missing p{pair[0]:<3} {pair[1]}")


# ---------------------------------------------------------------------------------------------
# Articles


def load_styled_sample(pdf: Path, truth: Truth) -> tuple[list[PageText], list[OutlineEntry]]:
    """Pages with their typography (as `index` extracts them) and the truth's printed labels."""
    extracted = extract(pdf)
    labels = [page["page_label"] for page in truth["pages"]]
    return extracted.pages(labels), list(extracted.outline)


def same_title(found: str | None, expected: str | None) -> bool:
    """Titles match folded, or where one holds the other: a headline printed without the
    rubric the contents page puts before it ("Editorial: ...") names the same article."""
    if found is None or expected is None:
        return found is expected
    a, b = fold_key(found), fold_key(expected)
    return bool(a and b) and (a == b or a in b or b in a)


def article_scores(
    pages: Sequence[PageText], outline: Sequence[OutlineEntry], truth: Truth
) -> dict[str, Any]:
    """How well `find_articles` splits and names a magazine, against the truth's `article`
    per page (None: a page of no article, such as an advertisement).

    `pages`: the share of pages whose detected article has the truth's title; `spans`: the
    share of the truth's articles found with exactly their pages and title.
    """
    credits = find_contributors(pages, outline)
    found_by_page: dict[int, Article] = {}
    for article in find_articles(pages, outline, credits):
        for number in article.pages:
            found_by_page[number] = article
    expected: dict[int, str | None] = {p["page"]: p.get("article") for p in truth["pages"]}
    wrong = []
    for number, title in expected.items():
        found = found_by_page.get(number)
        if not same_title(found.title if found else None, title):
            wrong.append((number, found.title if found else None, title))
    truth_spans: dict[str, list[int]] = {}
    for number, title in expected.items():
        if title is not None:
            truth_spans.setdefault(title, []).append(number)
    whole = sum(
        1
        for title, numbers in truth_spans.items()
        if (found := found_by_page.get(numbers[0])) is not None
        and list(found.pages) == numbers
        and same_title(found.title, title)
    )
    return {
        "pages": _ratio(len(expected) - len(wrong), len(expected)),
        "spans": _ratio(whole, len(truth_spans)),
        "wrong": wrong,
    }


def report_articles(pdf: Path, truth: Truth) -> None:
    pages, outline = load_styled_sample(pdf, truth)
    for label, used in (("with outline", outline), ("without outline", [])):
        scores = article_scores(pages, used, truth)
        print(
            f"articles ({label:<15})  pages {scores['pages']:.3f}  "
            f"whole articles {scores['spans']:.3f}"
        )
        for number, found, expected in scores["wrong"]:
            print(f"  wrong   p{number:<3} {found!r} (truth: {expected!r})")


# ---------------------------------------------------------------------------------------------
# Quotations

QUOTE_MATCH = 0.8
"""Word overlap (|common| / max(len a, len b), folded words) at which two quotations match."""


def truth_credits(truth: Truth) -> list[Credit]:
    """The truth's contributors as credits, to measure the quotation detector on its own."""
    pages: dict[tuple[str, str], list[int]] = {}
    for page in truth["pages"]:
        for person in page["contributors"]:
            pages.setdefault((person["name"], person["role"]), []).append(page["page"])
    return [Credit(name, role, tuple(numbers)) for (name, role), numbers in pages.items()]


def _quote_pages(quote: Quote) -> set[int]:
    return {quote.page, *quote.also_on}


def _same_speaker(found: str | None, expected: str | None) -> bool:
    return fold_key(found or "") == fold_key(expected or "")


def quote_scores(
    pages: Sequence[PageText],
    credits: Sequence[Credit],
    truth: Truth,
    outline: Sequence[OutlineEntry] = (),
) -> dict[str, Any]:
    """Recall, precision, speaker and page accuracy of `find_quotes` against the truth.

    A found quotation matches a truth quotation on the same page (its `page` or `also_on`)
    when their word overlap is at least QUOTE_MATCH. Speaker accuracy is the share of matched
    truth quotations whose speaker is right (None for None counts). Page accuracy is the share
    of truth quotations found anywhere in the magazine whose page the found quotation lists.
    """
    found = find_quotes(pages, credits, find_articles(pages, outline, credits))
    expected = [
        (page["page"], quote["text"], quote["speaker"])
        for page in truth["pages"]
        for quote in page["quotes"]
    ]
    matched = 0
    right_speaker = 0
    found_anywhere = 0
    right_page = 0
    missing: list[str] = []
    wrong_speaker: list[str] = []
    used: set[int] = set()
    for number, text, speaker in expected:
        best = _best_match(text, found, number)
        anywhere = best if best is not None else _best_match(text, found, None)
        if anywhere is not None:
            found_anywhere += 1
            right_page += number in _quote_pages(found[anywhere])
        if best is None:
            missing.append(f"p{number} {speaker}: {text}")
            continue
        matched += 1
        used.add(best)
        if _same_speaker(found[best].speaker, speaker):
            right_speaker += 1
        else:
            wrong_speaker.append(f"p{number} {found[best].speaker!r} != {speaker!r}: {text}")
    truth_by_page: dict[int, list[str]] = {}
    for number, text, _ in expected:
        truth_by_page.setdefault(number, []).append(text)
    extra = [
        f"p{quote.page} {quote.speaker}: {quote.text}"
        for quote in found
        if not any(
            word_overlap(quote.text, text) >= QUOTE_MATCH
            for number in _quote_pages(quote)
            for text in truth_by_page.get(number, [])
        )
    ]
    return {
        "found": len(found),
        "expected": len(expected),
        "recall": _ratio(matched, len(expected)),
        "precision": _ratio(len(found) - len(extra), len(found)),
        "speaker_accuracy": _ratio(right_speaker, matched),
        "page_accuracy": _ratio(right_page, found_anywhere),
        "missing": missing,
        "extra": extra,
        "wrong_speaker": wrong_speaker,
    }


def _best_match(text: str, found: Sequence[Quote], page: int | None) -> int | None:
    best, best_overlap = None, QUOTE_MATCH
    for index, quote in enumerate(found):
        if page is not None and page not in _quote_pages(quote):
            continue
        overlap = word_overlap(quote.text, text)
        if overlap >= best_overlap:
            best, best_overlap = index, overlap
    return best


def report_quotes(pages: Sequence[PageText], outline: Sequence[OutlineEntry], truth: Truth) -> None:
    for label, credits in (
        ("truth credits", truth_credits(truth)),
        ("found credits", find_contributors(pages, outline)),
    ):
        scores = quote_scores(pages, credits, truth, outline)
        print(
            f"quotes ({label})  recall {scores['recall']:.3f}  precision {scores['precision']:.3f}"
            f"  speaker {scores['speaker_accuracy']:.3f}  page {scores['page_accuracy']:.3f}"
            f"  ({scores['found']} found, {scores['expected']} expected)"
        )
        for kind in ("missing", "extra", "wrong_speaker"):
            for line in scores[kind]:
                print(f"  {kind:<13} {line[:110]}")


# ---------------------------------------------------------------------------------------------
# Real magazines: truth per contributor (name, role, pages) and per quotation, as in
# ../shared/real-magazines/README.md, measured on the whole pipeline as `index` runs it.

REAL_MAGAZINES = ROOT.parent / "shared" / "real-magazines"
BLIND_MAGAZINES = ROOT / "samples" / "blind"

PICTURE_ROLES = frozenset({"photographer", "illustrator"})
"""A picture credit says who made the picture, rarely whether it was drawn or photographed; the
truth's readers found either defensible (WMDE 2016), so the two roles are scored as one."""


def _role_key(role: str) -> str:
    return "picture" if role in PICTURE_ROLES else role


@dataclass
class RealScores:
    """Counts for one magazine (or a total): contributor triples, names, quotations."""

    found_triples: int = 0
    right_triples: int = 0
    truth_triples: int = 0
    recalled_triples: int = 0
    truth_names: int = 0
    found_names: int = 0
    truth_quotes: int = 0
    recalled_quotes: int = 0
    found_quotes: int = 0
    false_quotes: int = 0
    right_speakers: int = 0
    right_pages: int = 0
    found_anywhere: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: RealScores) -> None:
        for name in self.__dataclass_fields__:
            if name != "misses":
                setattr(self, name, getattr(self, name) + getattr(other, name))

    def figures(self) -> dict[str, float]:
        return {
            "contributors_precision": _ratio(self.right_triples, self.found_triples),
            "contributors_recall": _ratio(self.recalled_triples, self.truth_triples),
            "names": _ratio(self.found_names, self.truth_names),
            "quotes_recall": _ratio(self.recalled_quotes, self.truth_quotes),
            "quotes_precision": _ratio(self.found_quotes - self.false_quotes, self.found_quotes),
            "speaker": _ratio(self.right_speakers, self.recalled_quotes),
            "page": _ratio(self.right_pages, self.found_anywhere),
        }


def load_magazine(pdf: Path) -> tuple[list[PageText], list[OutlineEntry]]:
    """Pages and outline exactly as `index` makes them (extraction, normalisation, labels)."""
    extracted = extract(pdf)
    labels = printed_labels(extracted.texts, extracted.pdf_labels)
    return extracted.pages(labels), list(extracted.outline)


def score_real(pdf: Path, truth: Truth) -> RealScores:
    """Score the whole analysis of one magazine against its truth file."""
    pages, outline = load_magazine(pdf)
    analysis = analyse(pages, outline)
    scores = RealScores()
    _score_contributors(analysis.credits, truth, scores)
    _score_quotes(analysis.quotes, analysis.credits, truth, scores)
    return scores


def _score_contributors(credits: Sequence[Credit], truth: Truth, scores: RealScores) -> None:
    allowed: set[tuple[str, str, int]] = set()
    required: set[tuple[str, str, int]] = set()
    for person in truth["contributors"]:
        key = (fold_key(_without_titles(person["name"])), _role_key(person["role"]))
        required |= {(*key, page) for page in person["pages"]}
        allowed |= {(*key, page) for page in (*person["pages"], *person["optional_pages"])}
    found = {
        (fold_key(credit.name), _role_key(credit.role), page)
        for credit in credits
        for page in credit.pages
    }
    scores.found_triples += len(found)
    scores.right_triples += len(found & allowed)
    scores.truth_triples += len(required)
    scores.recalled_triples += len(found & required)
    truth_names = {fold_key(_without_titles(person["name"])) for person in truth["contributors"]}
    found_names = {fold_key(credit.name) for credit in credits}
    scores.truth_names += len(truth_names)
    scores.found_names += len(truth_names & found_names)
    for name, role, page in sorted(found - allowed, key=lambda t: (t[2], t[0])):
        scores.misses.append(f"extra contributor   p{page:<3} {role:<12} {name}")
    for name, role, page in sorted(required - found, key=lambda t: (t[2], t[0])):
        scores.misses.append(f"missing contributor p{page:<3} {role:<12} {name}")


def _interview_people(truth: Truth) -> dict[int, set[str]]:
    """Interviewers and interviewees of each page: their turns are neither hits nor errors."""
    people: dict[int, set[str]] = {}
    for person in truth["contributors"]:
        if person["role"] in ("interviewer", "interviewee"):
            for page in person["pages"]:
                people.setdefault(page, set()).add(fold_key(_without_titles(person["name"])))
    return people


def _score_quotes(
    found: Sequence[Quote], credits: Sequence[Credit], truth: Truth, scores: RealScores
) -> None:
    expected = [q for q in truth["quotes"] if not q.get("optional")]
    optional = [q for q in truth["quotes"] if q.get("optional")]
    scores.truth_quotes += len(expected)
    for quote in expected:
        best = _best_match(quote["text"], found, quote["page"])
        anywhere = best if best is not None else _best_match(quote["text"], found, None)
        if anywhere is not None:
            scores.found_anywhere += 1
            scores.right_pages += quote["page"] in _quote_pages(found[anywhere])
        if best is None:
            scores.misses.append(
                f"missing quote p{quote['page']} {quote['speaker']}: {quote['text'][:80]}"
            )
            continue
        scores.recalled_quotes += 1
        if _same_speaker(found[best].speaker, quote["speaker"]):
            scores.right_speakers += 1
        else:
            scores.misses.append(
                f"wrong speaker p{quote['page']} {found[best].speaker!r} != "
                f"{quote['speaker']!r}: {quote['text'][:60]}"
            )
    interview = _interview_people(truth)
    truth_texts = [(q["page"], q["text"]) for q in (*expected, *optional)]
    for quote in found:
        pages = _quote_pages(quote)
        if any(
            page in pages and word_overlap(quote.text, text) >= QUOTE_MATCH
            for page, text in truth_texts
        ):
            scores.found_quotes += 1
            continue
        speaker = fold_key(quote.speaker or "")
        if speaker and any(speaker in interview.get(page, set()) for page in pages):
            continue  # an interview turn: neither a hit nor a false quotation
        scores.found_quotes += 1
        scores.false_quotes += 1
        scores.misses.append(f"extra quote   p{quote.page} {quote.speaker}: {quote.text[:80]}")


def real_results(folder: Path) -> list[tuple[str, RealScores]]:
    """(magazine, scores) for every PDF with a truth file in `folder`."""
    results = []
    for truth_path in sorted(folder.glob("*.truth.json")):
        pdf = truth_path.with_name(truth_path.name.removesuffix(".truth.json") + ".pdf")
        if pdf.is_file():
            results.append((pdf.stem, score_real(pdf, load_truth(truth_path))))
    return results


def report_real(folder: Path, verbose: bool) -> None:
    print(f"{folder}: contributors per (name, role, page), quotations by word overlap")
    header = (
        "magazine",
        "contrib P",
        "contrib R",
        "names",
        "quote R",
        "quote P",
        "speaker",
        "page",
    )
    print(f"{header[0]:<38}" + "".join(f"{h:>10}" for h in header[1:]))
    total = RealScores()
    for name, scores in real_results(folder):
        total.add(scores)
        print(f"{name:<38}" + "".join(f"{v:>10.2f}" for v in scores.figures().values()))
        if verbose:
            for line in scores.misses:
                print(f"    {line}")
    print(f"{'all':<38}" + "".join(f"{v:>10.2f}" for v in total.figures().values()))


# ---------------------------------------------------------------------------------------------
# Agreement of topic annotators

ANNOTATIONS = ROOT / "samples" / "topic-annotations.json"
ANNOTATED = {"auenstadt": "auenstadt-europe-2025", "hafenberg": "hafenberg-letter-2024"}


def report_agreement(path: Path = ANNOTATIONS) -> None:
    """Precision and recall of each topic annotation, and of the detector, against each other
    annotation: how well the topic truth is defined, next to how well the detector does."""
    data = json.loads(path.read_text(encoding="utf-8"))
    for key, stem in ANNOTATED.items():
        truth = load_truth(ROOT / "samples" / f"{stem}.truth.json")
        pages, outline = load_sample(ROOT / "samples" / f"{stem}.pdf", truth)
        sets = {"truth file": truth_topic_pairs(truth)}
        for name in sorted(n for n in data if n.startswith("annotator-")):
            sets[name] = {(int(page), t) for page, ts in data[name][key].items() for t in ts}
        sets["detector"] = topic_pairs(pages, outline)
        print(f"{stem}: precision / recall of the row against the column")
        names = list(sets)
        print(" " * 12 + "".join(f"{n:>14}" for n in names[:-1]))
        for row in names:
            cells = []
            for column in names[:-1]:
                right = len(sets[row] & sets[column])
                precision = _ratio(right, len(sets[row]))
                recall = _ratio(right, len(sets[column]))
                cells.append(f"{'-':>14}" if row == column else f"{precision:>8.2f}/{recall:.2f}")
            print(f"{row:<12}" + "".join(cells))


# ---------------------------------------------------------------------------------------------
# The topic set: more magazines, as page text, for the topic detector

TOPIC_SET = ROOT / "samples" / "topic-set"
_PAGE_MARK = re.compile(r"^=== page (\d+) ===[ \t]*$", re.MULTILINE)


def load_text_magazine(path: Path) -> list[PageText]:
    """Pages of a magazine stored as text (`=== page N ===` before each page), with printed
    labels found as the indexer finds them."""
    parts = _PAGE_MARK.split(path.read_text(encoding="utf-8"))
    texts = [normalise(parts[index + 1].strip("\n")) for index in range(1, len(parts), 2)]
    labels = printed_labels(texts)
    return [PageText(number, labels[number - 1], text) for number, text in enumerate(texts, 1)]


def majority_pairs(annotations: dict[str, dict[str, list[str]]]) -> set[tuple[int, str]]:
    """(page, topic) pairs that at least two of the annotators gave."""
    votes = Counter(
        (int(page), topic)
        for pages in annotations.values()
        for page, topics in pages.items()
        for topic in topics
    )
    return {pair for pair, count in votes.items() if count >= 2}


Pairs = set[tuple[int, str]]
TopicSetResult = tuple[str, str, int, Pairs, Pairs, dict[str, Pairs]]


def topic_set_results(path: Path = TOPIC_SET) -> list[TopicSetResult]:
    """(magazine, use, pages, detected pairs, truth pairs, each annotator's pairs) per magazine."""
    data = json.loads((path / "annotations.json").read_text(encoding="utf-8"))
    results = []
    for name, entry in data["magazines"].items():
        annotations = {key: value for key, value in entry.items() if key.startswith("annotator-")}
        pages = load_text_magazine(path / f"{name}.txt")
        found = topic_pairs(pages, [])
        each = {
            key: {(int(page), t) for page, topics in value.items() for t in topics}
            for key, value in annotations.items()
        }
        truth = majority_pairs(annotations)
        results.append((name, entry["use"], len(pages), found, truth, each))
    return results


def topic_set_scores(
    results: Sequence[TopicSetResult] | None = None,
) -> dict[str, tuple[float, float]]:
    """Precision and recall of the detector per use ("development", "held-out") and in all."""
    totals: dict[str, list[int]] = {}
    for _, use, _, found, truth, _ in topic_set_results() if results is None else results:
        for key in (use, "all"):
            counts = totals.setdefault(key, [0, 0, 0])
            counts[0] += len(found & truth)
            counts[1] += len(found)
            counts[2] += len(truth)
    return {key: (_ratio(r, f), _ratio(r, t)) for key, (r, f, t) in totals.items()}


def _pair_figures(found: set[Any], truth: set[Any]) -> str:
    right = len(found & truth)
    return f"{_ratio(right, len(found)):.2f}/{_ratio(right, len(truth)):.2f}"


def report_topic_set(path: Path = TOPIC_SET) -> None:
    print("topic set: precision / recall against the majority of three blind annotators")
    print(f"{'magazine':<26}{'use':<13}{'pages':>6}{'topics':>7}{'detector':>12}  annotators")
    results = topic_set_results(path)
    for name, use, pages, found, truth, each in results:
        detector = _pair_figures(found, truth)
        annotators = " ".join(_pair_figures(pairs, truth) for pairs in each.values())
        print(f"{name:<26}{use:<13}{pages:>6}{len(truth):>7}{detector:>12}  {annotators}")
    for key, (precision, recall) in topic_set_scores(results).items():
        print(f"{key:<39}{'':>6}{precision:>6.2f}/{recall:.2f}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pdf", nargs="?", type=Path, default=SAMPLE_PDF, help="a sample PDF")
    parser.add_argument("truth", nargs="?", type=Path, help="its truth file (default: beside it)")
    parser.add_argument(
        "--agreement", action="store_true", help="compare the samples' topic annotations"
    )
    parser.add_argument(
        "--topic-set", action="store_true", help="measure topics on samples/topic-set"
    )
    parser.add_argument(
        "--real",
        nargs="?",
        const=REAL_MAGAZINES,
        type=Path,
        metavar="DIR",
        help=f"measure every PDF with a truth file in DIR (default {REAL_MAGAZINES})",
    )
    parser.add_argument(
        "--blind", action="store_true", help=f"measure the blind magazines in {BLIND_MAGAZINES}"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    if args.real is not None or args.blind:
        folder = BLIND_MAGAZINES if args.blind else args.real
        if not folder.is_dir():
            parser.error(f"{folder} is not a folder")
        report_real(folder, args.verbose)
        return 0
    if args.agreement:
        report_agreement()
        return 0
    if args.topic_set:
        report_topic_set()
        return 0
    pdf: Path = args.pdf
    truth_path = args.truth or pdf.with_name(pdf.stem + ".truth.json")
    if not pdf.is_file() or not truth_path.is_file():
        parser.error(f"{pdf} and its truth file {truth_path} must both exist")
    truth = load_truth(truth_path)
    pages, outline = load_sample(pdf, truth)
    print(f"{pdf.name}: {len(pages)} pages")
    report_contributors_and_topics(pages, outline, truth)
    report_quotes(pages, outline, truth)
    report_articles(pdf, truth)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
