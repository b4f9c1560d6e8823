"""`magazine-index serve`: the archive as a local web page, a thin face over the library.

Each view makes the same library calls as the command line (`search.Searcher`, `shapes`,
`render`) and renders them with Jinja2 templates, which escape everything they print: text
from a PDF never becomes markup. `/api/...` answers with exactly the CLI's `--json`. Only
PDFs in the index are served, by magazine id and page, never by a path from the request.
The server only reads the index; it picks up what an `index` run commits meanwhile.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flask import Flask, Response, abort, render_template, request, send_file, url_for
from markupsafe import Markup
from werkzeug.exceptions import HTTPException, SecurityError

from . import shapes
from .errors import (
    IndexDamagedError,
    IndexFolderError,
    IndexMissingError,
    IndexVersionError,
    MagazineIndexError,
    NotFoundError,
    QueryError,
    RenderError,
)
from .models import ROLES, Article, Hit, PageRef, TopicEntry
from .render import cached_page_png, word_boxes
from .search import Searcher, marked_parts
from .store import Store
from .text import fold_key

DEFAULT_PORT = 8765
LOCAL_HOST = "127.0.0.1"
HITS_PER_PAGE = 10
# Image widths in pixels: thumbnails at twice the 120 CSS pixels they are shown at; pages at
# about 1.5 times the ~700 they get on a laptop, sharp enough to read small print, while PNG
# encoding (most of a first drawing's time) grows with the pixels: 1,400 took twice as long.
# Only these are drawn, so a request cannot fill the cache with sizes of its choosing.
IMAGE_WIDTHS = {"thumb": 240, "page": 1000}
# Waitress threads: PDFium draws one page at a time anyway; searches run alongside.
SERVER_THREADS = 4
# Scripts and styles only from this server: a PDF's text that slipped past escaping could
# still not run. The PDF itself is sent without it, so the browser's own viewer can show it.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self'; style-src 'self'; script-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)

log = logging.getLogger("magazine_index.web")


class _Searchers:
    """One read-only `Searcher` per server thread (Whoosh's readers are not shared between
    threads), replaced when an `index` run has committed a newer version of the index."""

    def __init__(self, index_dir: Path) -> None:
        self.index_dir = index_dir
        self._local = threading.local()

    def get(self) -> Searcher:
        current: Searcher | None = getattr(self._local, "searcher", None)
        if current is not None:
            try:
                if current.is_current():
                    return current
            except Exception:  # noqa: BLE001  # the index folder went away or was replaced
                pass
            current.close()
            self._local.searcher = None
        searcher = Searcher(Store.open(self.index_dir))
        self._local.searcher = searcher
        self._local.memo = {}
        return searcher

    def memo(self, name: str, compute: Callable[[Searcher], Any]) -> Any:
        """`compute(searcher)`, kept until the index changes (the search form's choices: at
        10,000 pages listing every topic takes longer than a search)."""
        searcher = self.get()
        memo: dict[str, Any] = self._local.memo
        if name not in memo:
            memo[name] = compute(searcher)
        return memo[name]


@dataclass(frozen=True)
class Filters:
    """The search form's choices, read from the query string (the URL holds the whole search)."""

    query: str
    magazine: str | None
    year: int | None
    contributor: str | None
    topic: str | None
    quotes: bool
    page: int

    @classmethod
    def from_request(cls) -> Filters:
        args = request.args
        return cls(
            query=args.get("q", "").strip(),
            magazine=args.get("magazine") or None,
            year=_int_arg("year"),
            contributor=(args.get("contributor") or "").strip() or None,
            topic=args.get("topic") or None,
            quotes=args.get("kind") == "quotes",
            page=max(1, _int_arg("page") or 1),
        )

    def url(self, **changes: Any) -> str:
        """This search's URL with some arguments changed (a results page, a filter dropped)."""
        current: dict[str, Any] = {
            "q": self.query,
            "magazine": self.magazine,
            "year": self.year,
            "contributor": self.contributor,
            "topic": self.topic,
            "kind": "quotes" if self.quotes else None,
            "page": self.page if self.page > 1 else None,
        }
        current.update(changes)
        if current["page"] == 1:
            current["page"] = None  # the first page's URL is the search's own
        return url_for("search_page", **{k: v for k, v in current.items() if v})


def create_app(index_dir: Path, *, trusted_hosts: list[str] | None = None) -> Flask:
    """The web application over the index at `index_dir`.

    `trusted_hosts`: the host names the server answers to (with a loopback address, only
    those: a web page elsewhere cannot reach the archive by pointing a name at 127.0.0.1).
    """
    app = Flask(__name__)
    app.config["TRUSTED_HOSTS"] = trusted_hosts
    searchers = _Searchers(index_dir)
    image_cache = index_dir / "page-images"

    def searcher() -> Searcher:
        return searchers.get()

    @app.after_request
    def headers(response: Response) -> Response:
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        if response.mimetype == "text/html":
            response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
        return response

    @app.context_processor
    def helpers() -> dict[str, Any]:
        return {
            "reference": shapes.reference,
            "parts": marked_parts,
            "page_url": _page_url,
            "image_url": _image_url,
            "index_dir": index_dir,
        }

    # -- errors ----------------------------------------------------------------------------

    @app.errorhandler(SecurityError)
    def untrusted_host(error: SecurityError) -> tuple[str, int]:
        # No page of ours: links cannot be built for a host name the server does not answer to.
        return "This server answers only to its own address.\n", 400

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> tuple[str, int]:
        return render_template(
            "error.html", title=error.name, message=error.description
        ), error.code or 500

    @app.errorhandler(MagazineIndexError)
    def library_error(error: MagazineIndexError) -> tuple[str | Response, int]:
        if isinstance(
            error, IndexMissingError | IndexVersionError | IndexDamagedError | IndexFolderError
        ):
            log.error("%s", str(error))
            status, page, title = 503, "no_index.html", "No index"
        elif isinstance(error, NotFoundError | RenderError):
            status, page, title = 404, "error.html", "Not found"
        else:
            status, page, title = 400, "error.html", "Cannot do that"
        if request.path.startswith("/api/"):
            return _json({"error": str(error)}), status
        return render_template(page, title=title, message=str(error)), status

    @app.errorhandler(Exception)
    def unexpected_error(error: Exception) -> tuple[str, int]:
        # A damaged index raises whatever Whoosh's reader trips over: one line, no traceback.
        # Logged as text: a record holding the error would keep its traceback's open files.
        log.error("%s %s: %s", request.method, request.path, f"{type(error).__name__}: {error}")
        message = (
            f"The index at {index_dir} could not answer ({type(error).__name__}: {error}). "
            "If this repeats, it may be damaged: build it again with "
            "`magazine-index index --rebuild PATH...`."
        )
        return render_template("no_index.html", message=message), 500

    # -- search ----------------------------------------------------------------------------

    @app.get("/")
    def search_page() -> str:
        filters = Filters.from_request()
        found = searcher()
        result = error = None
        if filters.query:
            try:
                result = found.search(
                    filters.query,
                    contributor=filters.contributor,
                    topic=filters.topic,
                    magazine=filters.magazine,
                    year=filters.year,
                    quotes_only=filters.quotes,
                    limit=HITS_PER_PAGE,
                    offset=(filters.page - 1) * HITS_PER_PAGE,
                )
            except (QueryError, NotFoundError) as exc:
                error = str(exc)
        pages = -(-result.total // HITS_PER_PAGE) if result else 0
        return render_template(
            "search.html",
            filters=filters,
            result=result,
            error=error,
            pages=pages,
            first=(filters.page - 1) * HITS_PER_PAGE + 1,
            magazine_options=_selected(
                searchers.memo("magazine options", _magazine_options), filters.magazine
            ),
            year_options=_selected(
                searchers.memo("year options", _year_options), str(filters.year or "")
            ),
            topic_options=_selected(searchers.memo("topic options", _topic_options), filters.topic),
        )

    # -- pages, images, PDFs ---------------------------------------------------------------

    @app.get("/m/<magazine>/<int:page>")
    def page_view(magazine: str, page: int) -> str:
        found = searcher()
        hit = found.page(magazine, pdf_page=page)
        record = found.record(magazine)
        assert record is not None  # found.page checked it
        query = request.args.get("q", "").strip()
        text, boxes = hit.snippet, []
        if query:
            try:
                text = found.mark(query, hit.snippet)
            except QueryError:
                query = ""
            words = [part for part, matched in marked_parts(text) if matched]
            if words:
                boxes = _boxes(hit.file, page, words)
        source = found.source(hit)
        return render_template(
            "page.html",
            hit=hit,
            magazine=record.magazine,
            text=text,
            query=query,
            boxes=boxes,
            source=source,
            citation=shapes.citation(hit, source),
            article=record.article(page),
        )

    @app.get("/m/<magazine>/<int:page>/<size>.png")
    def page_image(magazine: str, page: int, size: str) -> Response:
        width = IMAGE_WIDTHS.get(size)
        if width is None:
            abort(404)
        record = searcher().record(magazine)
        if record is None or not 1 <= page <= record.magazine.pages:
            abort(404)
        image = cached_page_png(
            image_cache, record.magazine.file, record.magazine.sha256, page, width
        )
        response = Response(image, mimetype="image/png")
        # The URL names the magazine, not its version: a re-indexed file may draw differently.
        response.headers["Cache-Control"] = "private, max-age=600"
        return response

    @app.get("/m/<magazine>.pdf")
    def pdf_file(magazine: str) -> Response:
        record = searcher().record(magazine)
        if record is None:
            abort(404)
        path = Path(record.magazine.file)
        if not path.is_file():
            raise NotFoundError(f"the PDF of {magazine} is no longer at {path}")
        return send_file(path, mimetype="application/pdf", conditional=True)

    # -- lists -----------------------------------------------------------------------------

    @app.get("/magazines")
    def magazines_page() -> str:
        return render_template("magazines.html", magazines=searcher().magazines())

    @app.get("/contributors")
    def contributors_page() -> str:
        role = request.args.get("role") or None
        if role is not None and role not in ROLES:
            abort(404)
        entries = searcher().contributors(role=role)
        return render_template("contributors.html", entries=entries, role=role, roles=ROLES)

    @app.get("/contributors/<name>")
    def contributor_page(name: str) -> str:
        found = searcher()
        key = fold_key(name)
        entries = [e for e in found.contributors() if fold_key(e.name) == key]
        if not entries:
            raise NotFoundError(f"no contributor {name!r} in the index")
        quotes = [
            q for q in found.quotes(contributor=entries[0].name) if fold_key(q.speaker or "") == key
        ]
        return render_template(
            "contributor.html",
            name=entries[0].name,
            entries=entries,
            articles=[
                a
                for a in found.articles(contributor=entries[0].name)
                if key in {fold_key(p) for p in _people(a.article)}
            ],
            quotes=quotes,
            citations=[shapes.citation(q, found.source(q)) for q in quotes],
        )

    @app.get("/topics")
    def topics_page() -> str:
        return render_template("topics.html", entries=searcher().topics())

    @app.get("/topics/<name>")
    def topic_page(name: str) -> str:
        entry = _topic(searcher(), name)
        return render_template("topic.html", entry=entry)

    @app.get("/articles")
    def articles_page() -> str:
        magazine = request.args.get("magazine") or None
        contributor = (request.args.get("contributor") or "").strip() or None
        entries = searcher().articles(magazine=magazine, contributor=contributor)
        return render_template("articles.html", entries=entries, contributor=contributor or "")

    @app.get("/quotes")
    def quotes_page() -> str:
        found = searcher()
        query = request.args.get("q", "").strip() or None
        contributor = (request.args.get("contributor") or "").strip() or None
        error = None
        try:
            hits = found.quotes(query, contributor=contributor)
        except (QueryError, NotFoundError) as exc:
            hits, error = [], str(exc)
        return render_template(
            "quotes.html",
            hits=hits,
            query=query or "",
            contributor=contributor or "",
            error=error,
            citations=[shapes.citation(h, found.source(h)) for h in hits],
        )

    @app.get("/quote/<magazine>/<int:number>.csl.json")
    def quote_csl(magazine: str, number: int) -> Response:
        found = searcher()
        hit = found.quote(magazine, number)
        item = shapes.csl_item(hit, found.source(hit), number)
        response = Response(
            shapes.to_json([item]) + "\n", mimetype="application/vnd.citationstyles.csl+json"
        )
        response.headers["Content-Disposition"] = (
            f'attachment; filename="{magazine}-q{number}.csl.json"'
        )
        return response

    # -- the API: the CLI's --json ---------------------------------------------------------

    @app.get("/api/search")
    def api_search() -> Response:
        args = request.args
        result = searcher().search(
            args.get("q", ""),
            contributor=args.get("contributor") or None,
            topic=args.get("topic") or None,
            magazine=args.get("magazine") or None,
            year=_int_arg("year"),
            quotes_only=_flag("quotes"),
            limit=_int_arg("limit", minimum=1) or 10,
            offset=_int_arg("offset") or 0,
        )
        return _json(shapes.search_json(result))

    @app.get("/api/magazines")
    def api_magazines() -> Response:
        return _json(shapes.magazines_json(searcher().magazines()))

    @app.get("/api/contributors")
    def api_contributors() -> Response:
        args = request.args
        entries = searcher().contributors(
            role=args.get("role") or None,
            magazine=args.get("magazine") or None,
            name=args.get("name") or None,
        )
        return _json(shapes.contributors_json(entries))

    @app.get("/api/topics")
    def api_topics() -> Response:
        return _json(shapes.topics_json(searcher().topics(request.args.get("magazine") or None)))

    @app.get("/api/quotes")
    def api_quotes() -> Response:
        args = request.args
        found = searcher()
        hits = found.quotes(
            args.get("q") or None,
            contributor=args.get("contributor") or None,
            magazine=args.get("magazine") or None,
            limit=_int_arg("limit", minimum=1),
        )
        if args.get("format") == "csl-json":
            return _json(shapes.csl_json(hits, [found.source(h) for h in hits]))
        return _json(shapes.quotes_json(hits))

    @app.get("/api/articles")
    def api_articles() -> Response:
        args = request.args
        entries = searcher().articles(
            magazine=args.get("magazine") or None, contributor=args.get("contributor") or None
        )
        return _json(shapes.articles_json(entries))

    @app.get("/api/page/<magazine>/<int:page>")
    def api_page(magazine: str, page: int) -> Response:
        return _json(shapes.page_json(searcher().page(magazine, pdf_page=page)))

    return app


def make_server(index_dir: Path, host: str = LOCAL_HOST, port: int = DEFAULT_PORT) -> Any:
    """A waitress server of the archive, listening (port 0: any free port); `run()` serves
    until interrupted, `close()` stops listening. Raises OSError when the port is taken."""
    from waitress import create_server

    trusted = [host, "localhost", "127.0.0.1", "::1"] if is_loopback(host) else None
    app = create_app(index_dir, trusted_hosts=trusted)
    return create_server(app, host=host, port=port, threads=SERVER_THREADS, ident=None)


def address(server: Any) -> str:
    """The URL a browser opens for a server from `make_server`."""
    host = str(server.effective_host)
    return f"http://{f'[{host}]' if ':' in host else host}:{server.effective_port}/"


def serve(
    index_dir: Path,
    host: str = LOCAL_HOST,
    port: int = DEFAULT_PORT,
    on_ready: Callable[[str], None] | None = None,
) -> None:
    """Serve the archive until interrupted; `on_ready` gets the address once it listens."""
    server = make_server(index_dir, host, port)
    if on_ready is not None:
        on_ready(address(server))
    try:
        server.run()
    finally:
        server.close()


def is_loopback(host: str) -> bool:
    return host in {"localhost", "::1"} or host.startswith("127.")


# -- helpers -----------------------------------------------------------------------------------


def _page_url(hit: Hit | PageRef, query: str = "") -> str:
    """The page view of a hit or page reference, marking `query` where one is given."""
    args: dict[str, Any] = {"q": query} if query else {}
    return url_for("page_view", magazine=hit.magazine, page=hit.page, **args)


def _image_url(magazine: str, page: int, size: str = "thumb") -> str:
    return url_for("page_image", magazine=magazine, page=page, size=size)


def _boxes(pdf: str, page: int, words: list[str]) -> list[Any]:
    try:
        return word_boxes(pdf, page, words)
    except RenderError as exc:
        log.error("%s", str(exc))
        return []


def _options(choices: list[tuple[str, str]]) -> Markup:
    """`<option>`s of a filter (value, label), built once per view of the index: at 10,000
    pages the magazine list alone took a search page longer to print than its search."""
    return Markup("").join(
        Markup('<option value="{}">{}</option>\n').format(value, label) for value, label in choices
    )


def _selected(options: Markup, value: str | None) -> Markup:
    """The options with `value` chosen (escaped as in `_options`, so only a real one matches)."""
    if not value:
        return options
    chosen = str(Markup('<option value="{}">').format(value))
    return Markup(str(options).replace(chosen, chosen[:-1] + " selected>", 1))


def _magazine_options(found: Searcher) -> Markup:
    return _options(
        [(m.id, f"{m.title} ({m.year})" if m.year else m.title) for m in found.magazines()]
    )


def _year_options(found: Searcher) -> Markup:
    return _options([(str(year), str(year)) for year in found.years()])


def _topic_options(found: Searcher) -> Markup:
    names = sorted((entry.name for entry in found.topics()), key=fold_key)
    return _options([(name, name) for name in names])


def _people(article: Article) -> tuple[str, ...]:
    return (*article.authors, *article.interviewees, *article.interviewers, *article.photographers)


def _topic(found: Searcher, name: str) -> TopicEntry:
    key = fold_key(name)
    for entry in found.topics():
        if fold_key(entry.name) == key:
            return entry
    raise NotFoundError(f"no topic {name!r} in the index")


def _int_arg(name: str, minimum: int = 0) -> int | None:
    value = request.args.get(name, "").strip()
    if not value:
        return None
    if not value.isdigit() or int(value) < minimum:
        abort(400, f"{name} must be a whole number of at least {minimum}, not {value!r}")
    return int(value)


def _flag(name: str) -> bool:
    return request.args.get(name, "").lower() in {"1", "true", "yes", "on"}


def _json(data: Any) -> Response:
    return Response(shapes.to_json(data) + "\n", mimetype="application/json")
