"""The web page through Flask's test client over a real index: answers, escaping, served files,
errors. The real server and a real browser are in test_browser.py."""

from __future__ import annotations

import gc
import json
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient

from magazine_index.store import Store
from magazine_index.web import create_app

from .conftest import HOSTILE_ID, HOSTILE_SCRIPT, SAMPLE_ID, SAMPLE_PDF, run, run_json


@pytest.fixture
def client(web_index: Path) -> FlaskClient:
    return create_app(web_index, trusted_hosts=["localhost"]).test_client()


def get_json(client: FlaskClient, url: str) -> Any:
    response = client.get(url)
    assert response.status_code == 200, response.text
    assert response.mimetype == "application/json"
    return json.loads(response.text)


# -- the API is the CLI's --json ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "args"),
    [
        ("/api/search?q=Europe", ["search", "Europe"]),
        (
            "/api/search?q=Europe&magazine=hafenberg-letter-2024&limit=3&offset=2",
            ["search", "Europe", "--magazine", "hafenberg-letter-2024", "-n", "3", "--offset", "2"],
        ),
        ("/api/search?q=Strukturwandel&year=2025", ["search", "Strukturwandel", "--year", "2025"]),
        ("/api/search?q=doors&quotes=1", ["search", "doors", "--quotes"]),
        ("/api/search?q=Europa~&topic=structural", ["search", "Europa~", "--topic", "structural"]),
        ("/api/search?q=Eurpoe", ["search", "Eurpoe"]),
        ("/api/magazines", ["magazines"]),
        ("/api/contributors", ["contributors"]),
        ("/api/contributors?role=interviewee", ["contributors", "--role", "interviewee"]),
        ("/api/contributors?name=dvoracek", ["contributors", "dvoracek"]),
        ("/api/topics", ["topics"]),
        (f"/api/topics?magazine={SAMPLE_ID}", ["topics", "--magazine", SAMPLE_ID]),
        ("/api/quotes", ["quotes"]),
        ("/api/quotes?q=doors&contributor=albers", ["quotes", "doors", "-c", "albers"]),
        (f"/api/page/{SAMPLE_ID}/8", ["show", SAMPLE_ID, "--pdf-page", "8"]),
        ("/api/articles", ["articles"]),
        ("/api/articles?contributor=dvoracek", ["articles", "-c", "dvoracek"]),
    ],
)
def test_api_answers_exactly_the_cli_json(
    client: FlaskClient, web_index: Path, url: str, args: list[str]
) -> None:
    assert get_json(client, url) == run_json(*args, index_dir=web_index)


def test_api_csl_json_is_the_cli_csl_json(client: FlaskClient, web_index: Path) -> None:
    cli = run("quotes", "doors", "--format", "csl-json", index_dir=web_index)
    assert get_json(client, "/api/quotes?q=doors&format=csl-json") == json.loads(cli.stdout)


@pytest.mark.parametrize(
    ("url", "status", "message"),
    [
        ("/api/search?q=%22open", 400, "unclosed quotation mark"),
        ("/api/search?q=Europe&magazine=nope", 404, "no magazine 'nope'"),
        ("/api/page/nope/1", 404, "no magazine 'nope'"),
    ],
)
def test_api_errors_are_json_lines(
    client: FlaskClient, url: str, status: int, message: str
) -> None:
    response = client.get(url)
    assert response.status_code == status
    assert message in response.json["error"]  # type: ignore[index]


# -- pages -------------------------------------------------------------------------------------


def test_search_page_shows_hits_with_marks_thumbnails_and_filters(client: FlaskClient) -> None:
    html = client.get("/?q=Strukturwandel").text
    assert "1 hit for “Strukturwandel”" in html
    assert "<mark>Strukturwandel</mark>" in html
    assert "p. 7 (PDF 8)" in html
    assert f'src="/m/{SAMPLE_ID}/8/thumb.png"' in html
    assert f'href="/m/{SAMPLE_ID}/8?q=Strukturwandel"' in html
    assert "Tomáš Dvořáček" in html  # umlauts and accents as they are
    assert '<option value="hafenberg-letter-2024">' in html


def test_results_come_page_by_page_and_the_url_holds_the_search(client: FlaskClient) -> None:
    first = client.get("/?q=Europe").text
    second = client.get("/?q=Europe&page=2").text
    assert "Page 1 of" in first and 'href="/?q=Europe&amp;page=2"' in first
    assert "showing 11–" in second and 'href="/?q=Europe"' in second  # back to page 1
    filtered = client.get("/?q=Europe&magazine=hafenberg-letter-2024&kind=quotes").text
    assert '<option value="hafenberg-letter-2024" selected>' in filtered
    assert 'value="quotes" checked' in filtered


def test_did_you_mean_and_query_errors(client: FlaskClient) -> None:
    html = client.get("/?q=Eurpoe").text
    assert "No hits" in html and "Did you mean" in html
    assert (
        'role="alert">the query &#39;&#34;open&#39; has an unclosed'
        in client.get("/?q=%22open").text
    )


def test_page_view_marks_the_words_and_cites_the_page(client: FlaskClient) -> None:
    html = client.get(f"/m/{SAMPLE_ID}/8?q=Strukturwandel").text
    assert html.count('class="hit-box"') == 1
    assert "<mark>Strukturwandel</mark>" in html
    assert f'href="/m/{SAMPLE_ID}.pdf#page=8"' in html
    assert f'href="/m/{SAMPLE_ID}/7?q=Strukturwandel"' in html  # previous page
    assert (
        "Tomáš Dvořáček, “From Coal to Code”, Auenstadt in Europe – Europe in Auenstadt (2025), "
        "p. 7 (PDF 8)." in html
    )
    assert f'Article: <a href="/m/{SAMPLE_ID}/8"><strong>From Coal to Code</strong></a>' in html


def test_lists_link_to_pages(client: FlaskClient) -> None:
    assert f'href="/m/{SAMPLE_ID}/12"' in client.get("/contributors?role=interviewee").text
    person = client.get("/contributors/Greta%20Albers").text
    assert "We opened the doors" in person and "CSL-JSON" in person
    assert "Structural change" in client.get("/topics").text
    assert client.get("/topics/structural%20change").status_code == 200
    assert "hafenberg-letter-2024" in client.get("/magazines").text
    assert "Greta Albers" in client.get("/quotes?q=doors").text
    articles = client.get("/articles?contributor=dvoracek").text
    assert f'href="/m/{SAMPLE_ID}/8">From Coal to Code</a>' in articles
    person = client.get("/contributors/Tom%C3%A1%C5%A1%20Dvo%C5%99%C3%A1%C4%8Dek").text
    assert "From Coal to Code</a>" in person


def test_one_quotation_as_csl_json(client: FlaskClient, web_index: Path) -> None:
    quotes = client.get("/quotes?q=doors").text
    link = quotes.split('href="/quote/', 1)[1].split('"', 1)[0]
    response = client.get(f"/quote/{link}")
    assert "attachment" in response.headers["Content-Disposition"]
    [item] = json.loads(response.text)
    assert "We opened the doors" in item["note"] and item["issued"] == {"date-parts": [[2025]]}


# -- safety ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "/?q=harbour",
        f"/m/{HOSTILE_ID}/1?q=harbour",
        "/quotes?q=harbour",
        "/magazines",
        "/quotes?contributor=schmidt",
        f"/api/page/{HOSTILE_ID}/1",
    ],
)
def test_text_from_a_pdf_is_shown_never_run(client: FlaskClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 200
    text = response.text
    if response.mimetype != "text/html":  # JSON carries the text as it is, served as JSON
        assert HOSTILE_SCRIPT in json.loads(text)["text"]
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        return
    for markup in ("<script>document", "<img src=x", "<b>bold", "<i onmouseover"):
        assert markup not in text
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    assert "&lt;" in text


def test_only_indexed_pdfs_are_served(client: FlaskClient) -> None:
    response = client.get(f"/m/{SAMPLE_ID}.pdf")
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    assert response.data == SAMPLE_PDF.read_bytes()
    response.close()
    for url in [
        "/m/nope.pdf",
        "/m/..%2F..%2Fetc%2Fpasswd.pdf",
        "/m/../../etc/passwd",
        f"/m/{SAMPLE_ID}/../../pyproject.toml",
        "/static/../web.py",
        "/static/%2e%2e/web.py",
        f"/m/{SAMPLE_ID}/99/thumb.png",
        f"/m/{SAMPLE_ID}/0/thumb.png",
        f"/m/{SAMPLE_ID}/1/width-5000.png",
        f"/m/{SAMPLE_ID}/99",
        "/contributors/Nobody",
    ]:
        assert client.get(url).status_code == 404, url


def test_page_images_are_rendered_once(client: FlaskClient, web_index: Path) -> None:
    url = f"/m/{SAMPLE_ID}/3/thumb.png"
    first = client.get(url)
    assert first.mimetype == "image/png" and first.data.startswith(b"\x89PNG")
    [magazine] = [m for m in Store.open(web_index).magazines() if m.id == SAMPLE_ID]
    [cached] = (web_index / "page-images").rglob(f"{magazine.sha256}-p3-w240.png")
    stamp = cached.stat().st_mtime_ns
    assert client.get(url).data == first.data
    assert cached.stat().st_mtime_ns == stamp


def test_other_host_names_are_refused(client: FlaskClient) -> None:
    # DNS rebinding: a page elsewhere points its own name at 127.0.0.1.
    assert client.get("/", headers={"Host": "evil.example:8765"}).status_code == 400


def test_missing_index_page_says_how_to_build_one(tmp_path: Path) -> None:
    client = create_app(tmp_path / "none").test_client()
    response = client.get("/?q=Europe")
    assert response.status_code == 503
    assert "index PATH..." in response.text and "Traceback" not in response.text
    assert client.get("/api/search?q=Europe").json == {
        "error": f"no index at {tmp_path / 'none'}: run `magazine-index index PATH...` first"
    }


# Whoosh leaves a damaged segment's file open when it cannot read it; collected below.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_damaged_index_gives_a_page_and_one_log_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    index_dir = tmp_path / "index"
    assert run("index", SAMPLE_PDF, index_dir=index_dir).exit_code == 0
    for segment in (index_dir / "whoosh").glob("*.seg"):
        segment.write_bytes(b"\0" * 64)
    response = create_app(index_dir).test_client().get("/?q=Europe")
    assert response.status_code in {500, 503}
    assert "--rebuild" in response.text and "Traceback" not in response.text
    [logged] = [r for r in caplog.records if r.name == "magazine_index.web"]
    assert "\n" not in logged.getMessage() and logged.exc_info is None
    gc.collect()


def test_pages_an_index_run_commits_appear_without_a_restart(tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    assert run("index", SAMPLE_PDF, index_dir=index_dir).exit_code == 0
    client = create_app(index_dir).test_client()
    assert "No hits" in client.get("/?q=Hafenberg").text
    assert run("index", SAMPLE_PDF.with_name("hafenberg-letter-2024.pdf"), index_dir=index_dir)
    assert "No hits" not in client.get("/?q=Hafenberg").text


# -- the command -------------------------------------------------------------------------------


def serve_process(index_dir: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "magazine_index", "--index-dir", str(index_dir), "serve", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.slow
def test_serve_prints_its_address_answers_and_stops_on_ctrl_c(sample_index: Path) -> None:
    process = serve_process(sample_index, "--port", "0")
    assert process.stdout is not None
    line = process.stdout.readline()
    address = line.split(" at ", 1)[1].split()[0]
    assert address.startswith("http://127.0.0.1:")
    with urllib.request.urlopen(address + "?q=Strukturwandel", timeout=10) as response:
        assert "<mark>Strukturwandel</mark>" in response.read().decode("utf-8")
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=10)
    assert process.returncode == 0
    assert err.strip() == "Stopped."


@pytest.mark.slow
def test_a_taken_port_is_one_line(sample_index: Path) -> None:
    first = serve_process(sample_index, "--port", "0")
    assert first.stdout is not None
    port = first.stdout.readline().split(":")[-1].split("/")[0]
    try:
        second = serve_process(sample_index, "--port", port)
        _, err = second.communicate(timeout=10)
        assert second.returncode == 1
        assert err.startswith(f"Error: cannot listen on 127.0.0.1:{port}") and "--port" in err
        assert len(err.strip().splitlines()) == 1
    finally:
        first.send_signal(signal.SIGINT)
        first.communicate(timeout=10)


@pytest.mark.slow
def test_another_host_warns_that_the_network_can_read(sample_index: Path) -> None:
    process = serve_process(sample_index, "--host", "0.0.0.0", "--port", "0")
    time.sleep(0.1)
    try:
        assert process.stderr is not None
        assert "everyone" in process.stderr.readline()
    finally:
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=10)


def test_search_year_and_offset_are_library_filters(web_index: Path) -> None:
    everything = run_json("search", "Europe", "-n", "30", index_dir=web_index)["hits"]
    later = run_json("search", "Europe", "-n", "5", "--offset", "3", index_dir=web_index)
    assert later["hits"] == everything[3:8]
    # The total counts every match, however few hits are asked for (Whoosh's shortcuts for
    # the top hits once left some uncounted).
    for limit in ("1", "5", "30"):
        found = run_json("search", "Europe", "-n", limit, index_dir=web_index)
        assert found["total"] == len(everything) < 30
    years = {m["id"]: m["year"] for m in run_json("magazines", index_dir=web_index)["magazines"]}
    of_2025 = run_json("search", "Europe", "--year", "2025", "-n", "30", index_dir=web_index)
    assert of_2025["hits"] and {years[h["magazine"]] for h in of_2025["hits"]} == {2025}
    missing = run("search", "Europe", "--year", "1850", index_dir=web_index)
    assert missing.exit_code == 1 and "no magazine of 1850" in missing.stderr
