"""The `magazine-index` command line: parse, make one library call, render, map errors."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from . import __version__
from .errors import MagazineIndexError
from .extractors import DEFAULT_EXTRACTOR, EXTRACTORS

if TYPE_CHECKING:
    from .models import Hit

F = TypeVar("F", bound=Callable[..., Any])

ROLE_CHOICES = ("author", "interviewee", "interviewer", "photographer", "editor")


class _State:
    def __init__(self, index_dir: Path, verbose: bool = False) -> None:
        self.index_dir = index_dir
        self.verbose = verbose


_INDEX_DIR_HELP = "Where the index lives (env MAGAZINE_INDEX_DIR; default: a per-user data folder)."
_VERBOSE_HELP = "Also show pypdf's warnings about damaged files."


# Commands that load modules which log: the web server, and PDF reading (`index` sets up
# logging itself once it knows it reads files). The others only read the index, and leave
# `logging` unimported: it was 3 % of a cold search.
_COMMANDS_THAT_LOG = frozenset({"serve"})
# Commands that run long enough to need Python's collector, which the console script pauses
# (`startup.main`); the others answer and end.
_COMMANDS_THAT_RUN_LONG = frozenset({"index", "serve"})


def _set_verbose(verbose: bool) -> None:
    import logging

    logging.basicConfig(format="magazine-index: %(message)s", stream=sys.stderr)
    # pypdf reports recoverable damage through its logger; users need it only on request.
    logging.getLogger("pypdf").setLevel(logging.WARNING if verbose else logging.ERROR)
    logging.getLogger("magazine_index").setLevel(logging.INFO if verbose else logging.WARNING)


def _index_dir_after(ctx: click.Context, _: click.Parameter, value: Path | None) -> None:
    if value is not None:
        ctx.find_object(_State).index_dir = value  # type: ignore[union-attr]


def _verbose_after(ctx: click.Context, _: click.Parameter, value: bool) -> None:
    if value:
        ctx.find_object(_State).verbose = True  # type: ignore[union-attr]
        _set_verbose(True)


class _Group(click.Group):
    """A group whose global options are accepted after the command too, as people type them:
    `magazine-index search europe --index-dir X`."""

    def add_command(self, cmd: click.Command, name: str | None = None) -> None:
        cmd.params += [
            click.Option(
                ["--index-dir"],
                type=click.Path(path_type=Path),
                expose_value=False,
                callback=_index_dir_after,
                help=_INDEX_DIR_HELP,
            ),
            click.Option(
                ["-v", "--verbose"],
                is_flag=True,
                expose_value=False,
                callback=_verbose_after,
                help=_VERBOSE_HELP,
            ),
        ]
        super().add_command(cmd, name)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--index-dir",
    type=click.Path(path_type=Path),  # a file in its place gets one line from the library
    envvar="MAGAZINE_INDEX_DIR",
    help=_INDEX_DIR_HELP,
)
@click.option("-v", "--verbose", is_flag=True, help=_VERBOSE_HELP)
@click.version_option(__version__, prog_name="magazine-index")
@click.pass_context
def cli(ctx: click.Context, index_dir: Path | None, verbose: bool) -> None:
    """Search magazine PDFs page by page, with page references.

    Index PDFs once with `index`, then `search` them: each hit names the magazine, the
    printed page a reader sees, the PDF page, and the passage around the hit.
    """
    from .scan import default_index_dir
    from .startup import resume_collector

    if ctx.invoked_subcommand in _COMMANDS_THAT_RUN_LONG:
        resume_collector()
    if ctx.invoked_subcommand != "index":
        # Every other command reads the index: Whoosh is imported here, once, leanly, before
        # a command imports from `search`. `index` first looks for changes without it.
        load_whoosh()
    if os.environ.get("NO_COLOR"):
        ctx.color = False
    if verbose or ctx.invoked_subcommand in _COMMANDS_THAT_LOG:
        _set_verbose(verbose)
    ctx.obj = _State(index_dir or default_index_dir(), verbose)


def json_option(function: F) -> F:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON (shape in README).")(
        function
    )


def magazine_option(function: F) -> F:
    return click.option(
        "--magazine", "-m", metavar="ID", help="Only this magazine (see `magazines`)."
    )(function)


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn the library's errors into one line and exit status 1, with no traceback."""
    try:
        yield
    except MagazineIndexError as exc:
        raise click.ClickException(escape_controls(str(exc))) from None


def escape_controls(text: str, keep: str = "") -> str:
    """`text.escape_controls`, imported when first needed (an `index` run over an unchanged
    archive prints only numbers)."""
    from .text import escape_controls as escape

    return escape(text, keep)


def _state() -> _State:
    state = click.get_current_context().obj
    assert isinstance(state, _State)
    return state


def load_whoosh() -> None:
    """Import Whoosh, through `search`, without the modules it loads and never uses
    (`startup.py`); an `index` run that finds nothing changed never does."""
    from .startup import lean_whoosh_import

    with lean_whoosh_import():
        from . import search  # noqa: F401 - imports the rest of Whoosh


@contextmanager
def open_searcher() -> Iterator[Any]:
    from .search import Searcher
    from .store import Store

    with user_errors():
        store = Store.open(_state().index_dir)
        with Searcher(store) as searcher:
            yield searcher


def print_json(data: Any) -> None:
    """JSON on stdout, always valid UTF-8 (`shapes.to_json`)."""
    from .shapes import to_json

    click.echo(to_json(data))


def echo(text: str = "", err: bool = False) -> None:
    """Print a line of results: words between highlight marks bold (on a terminal), and no
    control character from a PDF or a file name reaches the terminal raw."""
    from .search import HIGHLIGHT_END, HIGHLIGHT_START

    safe = escape_controls(text, keep="\n\t" + HIGHLIGHT_START + HIGHLIGHT_END)
    click.echo(_styled(safe), err=err)


def one_line(text: str) -> str:
    """A field printed within a line (a file name, a title): its line breaks escaped too."""
    return escape_controls(text)


def bold(text: str) -> str:
    from .search import HIGHLIGHT_END, HIGHLIGHT_START

    return HIGHLIGHT_START + text + HIGHLIGHT_END


# -- index -------------------------------------------------------------------------------------


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--rebuild", is_flag=True, help="Start the index over (extracted text is reused).")
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes for extraction [default: all cores].",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=1),
    default=300,
    show_default=True,
    help="Seconds one file may take before it is given up as failed.",
)
@click.option(
    "--wait",
    "wait_seconds",
    type=click.FloatRange(min=0),
    default=120,
    show_default=True,
    help="Seconds to wait for another index run that holds the index.",
)
@click.option(
    "--vocabulary",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A TOML topic vocabulary replacing the default one (use with --rebuild).",
)
@click.option("--prune", is_flag=True, help="Drop magazines whose PDF files no longer exist.")
@click.option(
    "--extractor",
    type=click.Choice(EXTRACTORS),
    default=DEFAULT_EXTRACTOR,
    show_default=True,
    help="Library that reads the page text (pypdf reads what PDFium cannot; -v says where).",
)
@click.option(
    "--password",
    "ask_password",
    is_flag=True,
    help="Ask for the password of encrypted PDFs (not echoed).",
)
@click.option(
    "--max-size",
    "max_mb",
    type=click.FloatRange(min=1),
    # Not imported from `scan`, which every command would then load; a test keeps the two
    # the same.
    help="Megabytes (MiB) above which a file is refused without being read [default: 1024].",
)
@click.option(
    "--password-file",
    type=click.File("r", encoding="utf-8"),
    help="A file whose first line is the password of encrypted PDFs.",
)
@click.option(
    "--ocr", is_flag=True, help="Read pages without a text layer (scans) with Tesseract OCR."
)
@click.option(
    "--ocr-lang",
    metavar="LANGS",
    help="Tesseract languages for --ocr, joined by + [default: deu+eng]; implies --ocr.",
)
def index(
    paths: tuple[Path, ...],
    rebuild: bool,
    prune: bool,
    jobs: int | None,
    timeout: float,
    wait_seconds: float,
    vocabulary: Path | None,
    extractor: str,
    ask_password: bool,
    password_file: Any,
    max_mb: float | None,
    ocr: bool,
    ocr_lang: str | None,
) -> None:
    """Index PDFs (files or folders, searched recursively).

    Incremental: unchanged files are skipped, changed files replace their pages. An editor's
    corrections file next to a PDF (same name, .toml) overrides detected contributors and
    topics. Exits with status 1 if any file failed; the others are indexed all the same.
    """
    from .scan import MAX_FILE_MB, index_summary, unchanged_files

    state = _state()
    if not rebuild and vocabulary is None and not (ocr or ocr_lang):
        # An unchanged archive is told from the list of indexed files, before Whoosh, the
        # detectors or the PDF libraries are loaded.
        unchanged = unchanged_files(
            state.index_dir, list(paths), prune=prune, max_mb=max_mb or MAX_FILE_MB
        )
        if unchanged is not None:
            click.echo(index_summary(unchanged=unchanged))
            return

    _set_verbose(state.verbose)
    load_whoosh()
    from .analyze.topics import load_vocabulary
    from .indexer import index_paths
    from .store import Store

    bar: Any = None
    if vocabulary is not None and not rebuild:
        click.echo(
            "Note: --vocabulary takes effect with --rebuild; without it only the files indexed "
            "in this run get its topics.",
            err=True,
        )
    if ocr or ocr_lang:
        from .ocr import DEFAULT_OCR_LANG

        ocr_lang = ocr_lang or DEFAULT_OCR_LANG
    passwords: tuple[str, ...] = ()
    if password_file is not None:
        passwords = (password_file.readline().rstrip("\r\n"),)
    elif ask_password:
        passwords = (click.prompt("Password for encrypted PDFs", hide_input=True, err=True),)

    def on_wait() -> None:
        click.echo(
            f"Another index run holds {state.index_dir}; waiting up to {wait_seconds:g} s...",
            err=True,
        )

    def on_start(total: int) -> None:
        nonlocal bar
        if not sys.stderr.isatty():
            return  # a progress bar in a log file is noise
        bar = click.progressbar(
            length=total,
            label="Indexing",
            file=sys.stderr,
            show_pos=True,
            item_show_func=lambda name: Path(name).name if name else None,
        )
        bar.__enter__()

    def on_progress(name: str) -> None:
        if bar is not None:
            bar.update(1, name or None)

    try:
        with user_errors():
            topic_vocabulary = load_vocabulary(vocabulary) if vocabulary else None
            store = Store.create_or_open(state.index_dir, rebuild=rebuild)
            report = index_paths(
                store,
                list(paths),
                rebuild=rebuild,
                jobs=jobs,
                timeout=timeout,
                wait_seconds=wait_seconds,
                on_wait=on_wait,
                on_start=on_start,
                on_progress=on_progress,
                vocabulary=topic_vocabulary,
                prune=prune,
                extractor=extractor,
                passwords=passwords,
                max_mb=max_mb or MAX_FILE_MB,
                ocr_lang=ocr_lang,
            )
    except KeyboardInterrupt:
        if bar is not None:
            bar.__exit__(None, None, None)
        click.echo(
            "\nInterrupted: the index keeps what it had before this run and every batch "
            "committed since; run `index` again to finish.",
            err=True,
        )
        sys.exit(130)
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    locked: list[Path] = []
    if report.failed:  # only then: the PDF libraries cost a run with nothing to read a third
        from .extract import ENCRYPTED

        locked = [Path(path) for path, reason in report.failed if reason == ENCRYPTED]
    if locked and not passwords and sys.stdin.isatty():
        password = click.prompt(
            f"{len(locked)} PDF(s) need a password; password (empty to skip)",
            hide_input=True,
            default="",
            show_default=False,
            err=True,
        )
        if password:
            with user_errors():
                again = index_paths(
                    store,
                    locked,
                    jobs=jobs,
                    timeout=timeout,
                    passwords=(password,),
                    ocr_lang=ocr_lang,
                )
            report = report.retried(again)
    for warning in report.warnings:
        echo(f"warning: {one_line(warning)}", err=True)
    if report.ocr_unavailable:
        echo(f"ocr: {report.ocr_unavailable}", err=True)
    for path, reason in report.failed:
        echo(f"failed: {one_line(path)}: {one_line(reason)}", err=True)
    for path, reason in report.ocr_problems:
        echo(f"ocr: {one_line(path)}: {one_line(reason)}", err=True)
    for magazine_id in report.removed:
        click.echo(f"removed: {magazine_id} (its file no longer exists)", err=True)
    if not report.indexed and not report.unchanged and not report.failed:
        echo("No PDF files found in " + ", ".join(one_line(str(p)) for p in paths) + ".", err=True)
    if report.files_without_text and not (ocr or ocr_lang):
        echo(
            f"Pages without text in: {_file_list(report.files_without_text)}; "
            "`index --ocr` reads them."
        )
    click.echo(
        index_summary(
            len(report.indexed),
            report.pages,
            report.pages_without_text,
            report.ocr_pages,
            report.from_cache,
            report.unchanged,
            len(report.failed),
        )
    )
    if report.failed or report.ocr_unavailable:
        sys.exit(1)


# -- search ------------------------------------------------------------------------------------


# A summary names this many files; an archive of scans would otherwise fill the screen.
NAMED_FILES = 5


def _file_list(paths: list[str]) -> str:
    names = [one_line(Path(path).name) for path in paths[:NAMED_FILES]]
    more = f" and {len(paths) - NAMED_FILES} more" if len(paths) > NAMED_FILES else ""
    return ", ".join(names) + more


def _ocr_note(hit: Hit) -> str:
    """A note for a hit on a page read by OCR, with its confidence; empty otherwise."""
    if hit.text_source != "ocr":
        return ""
    confidence = (
        f", confidence {hit.ocr_confidence:.0f} %" if hit.ocr_confidence is not None else ""
    )
    return f"  (text read by OCR{confidence})"


def _reference(hit: Any) -> str:
    from .shapes import reference

    return one_line(reference(hit))


def _styled(snippet: str) -> str:
    from .search import marked_parts

    return "".join(
        click.style(text, bold=True) if hit else text for text, hit in marked_parts(snippet)
    )


@cli.command()
@click.argument("words", nargs=-1, required=True)
@click.option(
    "--contributor",
    "-c",
    metavar="NAME",
    help="Only pages this person or team contributed to (partial, accents optional).",
)
@click.option("--topic", "-t", metavar="TOPIC", help="Only pages about this topic.")
@magazine_option
@click.option("--year", type=int, help="Only magazines of this year.")
@click.option("--quotes", "quotes_only", is_flag=True, help="Search quotations instead of pages.")
@click.option(
    "--limit",
    "-n",
    type=click.IntRange(min=1),
    default=10,
    show_default=True,
    help="Most hits to show.",
)
@click.option(
    "--offset",
    type=click.IntRange(min=0),
    default=0,
    help="Skip this many hits first (the next page of results).",
)
@json_option
def search(
    words: tuple[str, ...],
    contributor: str | None,
    topic: str | None,
    magazine: str | None,
    year: int | None,
    quotes_only: bool,
    limit: int,
    offset: int,
    as_json: bool,
) -> None:
    """Search the indexed pages.

    QUERY (the words after `search`) uses Whoosh syntax: words (all must match), OR, NOT,
    "a phrase", prefix*, fuzzy~. German and English word forms match each other's
    inflections; umlauts and accents are optional (Köster = Koester = Koster).
    """
    from .search import pdf_link

    query = " ".join(words)

    with open_searcher() as searcher, user_errors():
        result = searcher.search(
            query,
            contributor=contributor,
            topic=topic,
            magazine=magazine,
            year=year,
            quotes_only=quotes_only,
            limit=limit,
            offset=offset,
        )
    if as_json:
        from .shapes import search_json

        print_json(search_json(result))
        return
    if not result.hits:
        echo(f"No hits for {one_line(repr(query))}.")
        if result.suggestion:
            echo(f"Did you mean: {one_line(result.suggestion)}")
        return
    shown = len(result.hits)
    more = f", showing {offset + 1}–{offset + shown}" if shown < result.total else ""
    echo(f"{result.total} hit(s) for {one_line(repr(query))}{more}.")
    for hit in result.hits:
        echo()
        echo(
            bold(f"{one_line(hit.title)} · {_reference(hit)}")
            + f"  [{hit.magazine}]{_ocr_note(hit)}"
        )
        if hit.article:
            echo(f"  Article: {one_line(hit.article)}")
        speaker = f"{hit.speaker}: " if hit.kind == "quote" and hit.speaker else ""
        echo(f"  {speaker}{hit.snippet}")
        extra = []
        if hit.contributors and hit.kind == "page":
            extra.append("Contributors: " + ", ".join(hit.contributors))
        if hit.topics:
            extra.append("Topics: " + ", ".join(hit.topics))
        if extra:
            echo(one_line("  " + " · ".join(extra)))
        echo(f"  {pdf_link(hit.file, hit.page)}")


# -- listings ----------------------------------------------------------------------------------


@cli.command()
@json_option
def magazines(as_json: bool) -> None:
    """List the indexed magazines."""
    from .shapes import magazines_json

    with open_searcher() as searcher:
        rows = magazines_json(searcher.magazines())["magazines"]
    if as_json:
        print_json({"magazines": rows})
        return
    if not rows:
        echo("No magazines indexed yet.")
    for row in rows:
        no_text = f", {row['pages_without_text']} without text" if row["pages_without_text"] else ""
        ocr = f", OCR on {_numbers(row['ocr_pages'])}" if row["ocr_pages"] else ""
        echo(
            f"{row['id']}  {one_line(str(row['title']))}  ({row['pages']} pages{no_text}{ocr})  "
            f"{one_line(str(row['file']))}"
        )


@cli.command()
@click.argument("magazine")
@click.argument("page", required=False)
@click.option(
    "--pdf-page", type=click.IntRange(min=1), help="A PDF page number instead of the printed PAGE."
)
@json_option
def show(magazine: str, page: str | None, pdf_page: int | None, as_json: bool) -> None:
    """Print one page's text (PAGE: the printed page number)."""
    if page is None and pdf_page is None:
        raise click.UsageError("name a printed PAGE or --pdf-page N")
    if page is not None and pdf_page is not None:
        raise click.UsageError("name a printed PAGE or --pdf-page N, not both")
    with open_searcher() as searcher, user_errors():
        hit = searcher.page(magazine, page, pdf_page)
    if as_json:
        from .shapes import page_json

        print_json(page_json(hit))
        return
    from .search import pdf_link

    echo(bold(f"{one_line(hit.title)} · {_reference(hit)}") + _ocr_note(hit))
    if hit.article:
        echo(one_line("Article: " + hit.article))
    if hit.contributors:
        echo(one_line("Contributors: " + ", ".join(hit.contributors)))
    if hit.topics:
        echo(one_line("Topics: " + ", ".join(hit.topics)))
    echo(pdf_link(hit.file, hit.page))
    echo()
    echo(hit.snippet or "(this page has no text layer)")


def _numbers(pages: list[int]) -> str:
    """PDF pages as runs: "PDF pp. 1–4, 7"."""
    runs: list[list[int]] = []
    for page in sorted(pages):
        if runs and page == runs[-1][-1] + 1:
            runs[-1].append(page)
        else:
            runs.append([page])
    parts = [f"{run[0]}–{run[-1]}" if len(run) > 1 else str(run[0]) for run in runs]
    return ("PDF pp. " if len(pages) > 1 else "PDF p. ") + ", ".join(parts)


@cli.command()
@click.argument("name", required=False)
@click.option(
    "--role", type=click.Choice(ROLE_CHOICES, case_sensitive=False), help="Only this role."
)
@magazine_option
@json_option
def contributors(name: str | None, role: str | None, magazine: str | None, as_json: bool) -> None:
    """List contributors (people and teams) with roles and pages.

    NAME keeps those whose name holds its words (partial, accents optional: `dvoracek`).
    """
    from .shapes import refs_text

    with open_searcher() as searcher, user_errors():
        entries = searcher.contributors(role=role, magazine=magazine, name=name)
    if as_json:
        from .shapes import contributors_json

        print_json(contributors_json(entries))
        return
    if not entries:
        echo("No contributors found.")
    for e in entries:
        who = " ".join(part for part in (e.titles, e.name) if part)
        office = f", {e.office}" if e.office else ""
        echo(one_line(f"{who}{office} ({e.role}): {refs_text(e.pages)}"))


@cli.command()
@magazine_option
@json_option
def topics(magazine: str | None, as_json: bool) -> None:
    """List topics, each with its pages."""
    from .shapes import refs_text

    with open_searcher() as searcher, user_errors():
        entries = searcher.topics(magazine=magazine)
    if as_json:
        from .shapes import topics_json

        print_json(topics_json(entries))
        return
    if not entries:
        echo("No topics found.")
    first = True
    for kind, heading in _TOPIC_HEADINGS:
        group = [e for e in entries if e.kind == kind]
        if not group:
            continue
        if not first:
            echo()
        first = False
        echo(bold(heading))
        for e in group:
            echo(one_line(f"  {e.name}: {refs_text(e.pages)}"))


# The `topics` listing in groups, by kind (models.TOPIC_KINDS).
_TOPIC_HEADINGS = (
    ("subject", "Subjects (from the vocabulary):"),
    ("rubric", "Rubrics (the magazines' sections):"),
    ("section", "Sections (from the PDF outline):"),
)


def _article_pages(entry: Any) -> str:
    first, last = entry.first_page_label, entry.last_page_label
    article = entry.article
    if first is None or last is None:
        if article.first_page == article.last_page:
            return f"PDF p. {article.first_page}"
        return f"PDF pp. {article.first_page}–{article.last_page}"
    return f"p. {first}" if first == last else f"pp. {first}–{last}"


@cli.command()
@magazine_option
@click.option(
    "--contributor",
    "-c",
    metavar="NAME",
    help="Only articles this person or team wrote, gave, conducted or photographed "
    "(partial, accents optional).",
)
@json_option
def articles(magazine: str | None, contributor: str | None, as_json: bool) -> None:
    """List articles: title, rubric, pages and the people who made them."""
    with open_searcher() as searcher, user_errors():
        entries = searcher.articles(magazine=magazine, contributor=contributor)
    if as_json:
        from .shapes import articles_json

        print_json(articles_json(entries))
        return
    if not entries:
        echo("No articles found.")
    for e in entries:
        article = e.article
        rubric = f"{article.rubric} · " if article.rubric else ""
        echo(
            bold(one_line(article.title))
            + one_line(f"  ({rubric}{_article_pages(e)})  [{e.magazine}]")
        )
        for label, names in (
            ("By", article.authors),
            ("Interviewee", article.interviewees),
            ("Interviewer", article.interviewers),
            ("Photos", article.photographers),
        ):
            if names:
                echo(one_line(f"  {label}: {', '.join(names)}"))


@cli.command()
@click.argument("words", nargs=-1)
@click.option(
    "--contributor",
    "-c",
    metavar="NAME",
    help="Only what this person said (partial, accents optional).",
)
@magazine_option
@click.option(
    "--limit", "-n", type=click.IntRange(min=1), default=None, help="Most quotations to show."
)
@click.option("--cite", is_flag=True, help="Print each quotation as a citation line.")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json", "csl-json"]),
    default="text",
    show_default=True,
    help="csl-json writes CSL-JSON for reference managers.",
)
@json_option
def quotes(
    words: tuple[str, ...],
    contributor: str | None,
    magazine: str | None,
    limit: int | None,
    cite: bool,
    output_format: str,
    as_json: bool,
) -> None:
    """List quotations with speakers and pages.

    Ranked by QUERY (the words after `quotes`) when one is given, with the same syntax and
    language handling as `search`; else in page order.
    """
    if as_json and cite:
        raise click.UsageError("--cite and --json cannot be used together; choose one")
    if as_json and output_format != "text":
        raise click.UsageError("--format and --json cannot be used together; choose one")
    if cite and output_format != "text":
        raise click.UsageError("--cite and --format cannot be used together; choose one")
    query = " ".join(words) or None
    with open_searcher() as searcher, user_errors():
        hits = searcher.quotes(query, contributor=contributor, magazine=magazine, limit=limit)
        sources = [searcher.source(hit) for hit in hits]
    from .shapes import citation, csl_json, quotes_json

    if output_format == "csl-json":
        print_json(csl_json(hits, sources))
        return
    if as_json or output_format == "json":
        print_json(quotes_json(hits))
        return
    if not hits:
        echo("No quotations found.")
    for hit, source in zip(hits, sources, strict=True):
        if cite:
            echo(one_line(citation(hit, source)))
            continue
        echo(f"{hit.speaker or 'Unknown speaker'}: “{hit.snippet}”")
        echo(f"  {one_line(hit.title)} · {_reference(hit)}  [{hit.magazine}]")


# -- serve -------------------------------------------------------------------------------------


@cli.command()
@click.option(
    "--port", type=click.IntRange(0, 65535), default=8765, show_default=True, help="TCP port."
)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on; another than 127.0.0.1 opens the archive to that network.",
)
@click.option("--open", "open_browser", is_flag=True, help="Open the page in the default browser.")
def serve(port: int, host: str, open_browser: bool) -> None:
    """Serve the archive as a web page: search, pages as images, lists, citations.

    It only reads the index (an `index` run may go on meanwhile; its pages appear once it
    commits). Ctrl-C stops it.
    """
    import webbrowser

    from .web import is_loopback
    from .web import serve as run_server

    index_dir = _state().index_dir

    def on_ready(address: str) -> None:
        click.echo(f"Serving {index_dir} at {address}  (Ctrl-C stops)")
        if not is_loopback(host):
            click.echo(
                f"Listening on {host}: everyone who can reach this machine on that network "
                "can read the archive and its PDFs.",
                err=True,
            )
        if open_browser:
            webbrowser.open(address)

    try:
        run_server(index_dir, host=host, port=port, on_ready=on_ready)
    except OSError as exc:
        raise click.ClickException(
            f"cannot listen on {host}:{port} ({exc.strerror or exc}); "
            "choose another port with --port"
        ) from None
    except KeyboardInterrupt:
        pass  # Ctrl-C before the server took over its handling
    click.echo("Stopped.", err=True)  # waitress returns from run() on Ctrl-C


def main() -> None:
    """Entry point of the console script."""
    cli(prog_name="magazine-index")
