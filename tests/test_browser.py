"""A real headless Chromium against the real server: what an editor does, step by step.

Needs Debian's `chromium` and `chromium-driver` (`.ci/run` installs them); without them these
tests skip. Screenshots of the search page and a page view go to `build/screenshots/`.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from magazine_index.web import address, make_server

from .conftest import HOSTILE_ID, REPO, SAMPLE_ID

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
SCREENSHOTS = REPO / "build" / "screenshots"
WAIT_SECONDS = 10

pytestmark = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER),
    reason="no browser: apt-get install chromium chromium-driver",
)


@pytest.fixture(scope="module")
def server_url(web_index: Path) -> Iterator[str]:
    """The real waitress server over the test archive, on a free port."""
    server = make_server(web_index, port=0)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    yield address(server)
    server.close()
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in (
        "--headless",
        "--no-sandbox",  # CI runs as root
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1000",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(argument)
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    driver.implicitly_wait(WAIT_SECONDS)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def screenshot(driver: Any, name: str) -> Path:
    """What an editor sees first on a laptop's screen, kept for looking at after the run."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    driver.save_screenshot(str(path))
    return path


def image_loaded(driver: Any, element: Any) -> bool:
    return bool(
        driver.execute_script(
            "return arguments[0].complete && arguments[0].naturalWidth > 0", element
        )
    )


def test_search_open_a_hit_see_the_marks_follow_to_the_pdf(browser: Any, server_url: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.wait import WebDriverWait

    browser.get(server_url)
    box = browser.find_element(By.ID, "q")
    box.send_keys("Strukturwandel", Keys.ENTER)  # the keyboard alone
    summary = browser.find_element(By.CSS_SELECTOR, ".summary")
    assert summary.text.startswith("1 hit for")
    hit = browser.find_element(By.CSS_SELECTOR, ".hit h2 a")
    assert hit.text == "Auenstadt in Europe – Europe in Auenstadt · p. 7 (PDF 8)"
    assert browser.find_element(By.CSS_SELECTOR, ".hit mark").text == "Strukturwandel"
    thumb = browser.find_element(By.CSS_SELECTOR, ".hit img")
    WebDriverWait(browser, WAIT_SECONDS).until(lambda d: image_loaded(d, thumb))
    browser.get(server_url + "?q=European+funding")
    WebDriverWait(browser, WAIT_SECONDS).until(
        lambda d: all(
            image_loaded(d, img) for img in d.find_elements(By.CSS_SELECTOR, ".hit img")[:4]
        )
    )
    screenshot(browser, "search")

    browser.get(server_url + "?q=Strukturwandel")
    browser.find_element(By.CSS_SELECTOR, ".hit h2 a").click()
    WebDriverWait(browser, WAIT_SECONDS).until(
        lambda d: d.current_url.endswith(f"/m/{SAMPLE_ID}/8?q=Strukturwandel")
    )
    page = browser.find_element(By.CSS_SELECTOR, ".sheet img")
    WebDriverWait(browser, WAIT_SECONDS).until(lambda d: image_loaded(d, page))
    assert page.size["width"] >= 600  # large enough to read
    [mark] = browser.find_elements(By.CSS_SELECTOR, ".hit-box")
    # The mark sits on the word: inside the image, on its upper half (the word's line).
    sheet = browser.find_element(By.CSS_SELECTOR, ".sheet").rect
    spot = mark.rect
    assert sheet["x"] < spot["x"] < sheet["x"] + sheet["width"]
    assert sheet["y"] < spot["y"] < sheet["y"] + sheet["height"] / 2
    assert 0 < spot["height"] < 30
    assert "Strukturwandel" in browser.find_element(By.CSS_SELECTOR, ".page-text mark").text
    screenshot(browser, "page")

    browser.find_element(By.LINK_TEXT, "Next page →").click()
    WebDriverWait(browser, WAIT_SECONDS).until(
        lambda d: d.find_element(By.TAG_NAME, "h1").text.endswith("(PDF 9)")
    )
    browser.back()
    link = browser.find_element(By.CSS_SELECTOR, "a.pdf")
    assert link.get_attribute("href") == f"{server_url}m/{SAMPLE_ID}.pdf#page=8"
    link.click()
    WebDriverWait(browser, WAIT_SECONDS).until(lambda d: d.current_url.endswith(".pdf#page=8"))
    content_type = browser.execute_script("return document.contentType")
    assert content_type == "application/pdf"


def test_copy_a_citation(browser: Any, server_url: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    browser.execute_cdp_cmd(
        "Browser.grantPermissions",
        {
            "origin": server_url.rstrip("/"),
            "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"],
        },
    )
    browser.get(f"{server_url}m/{SAMPLE_ID}/8")
    button = browser.find_element(By.CSS_SELECTOR, "button.copy")
    button.click()
    assert browser.find_element(By.ID, "status").text == "Citation copied."
    field = browser.find_element(By.ID, "q") if browser.find_elements(By.ID, "q") else None
    assert field is None  # the page view has no search box: paste into the citation's own
    citation = browser.find_element(By.ID, "citation")
    expected = citation.get_attribute("value")
    assert "“From Coal to Code”, Auenstadt in Europe – Europe in Auenstadt (2025), p. 7" in expected
    browser.get(server_url)
    box = browser.find_element(By.ID, "q")
    box.send_keys(Keys.CONTROL, "v")
    assert box.get_attribute("value") == expected


def test_filter_and_page_through_results(browser: Any, server_url: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.select import Select
    from selenium.webdriver.support.wait import WebDriverWait

    browser.get(server_url + "?q=Europe")
    first_page = [a.text for a in browser.find_elements(By.CSS_SELECTOR, ".hit h2 a")]
    assert len(first_page) == 10
    browser.find_element(By.CSS_SELECTOR, "a[rel=next]").click()
    WebDriverWait(browser, WAIT_SECONDS).until(lambda d: "page=2" in d.current_url)
    second_page = [a.text for a in browser.find_elements(By.CSS_SELECTOR, ".hit h2 a")]
    assert second_page and not set(first_page) & set(second_page)
    assert browser.find_element(By.CSS_SELECTOR, ".pager span").text.startswith("Page 2 of")

    Select(browser.find_element(By.NAME, "magazine")).select_by_value("hafenberg-letter-2024")
    browser.find_element(By.CSS_SELECTOR, "form.search button[type=submit]").click()
    WebDriverWait(browser, WAIT_SECONDS).until(
        lambda d: "magazine=hafenberg-letter-2024" in d.current_url
    )
    titles = {a.text.split(" · ")[0] for a in browser.find_elements(By.CSS_SELECTOR, ".hit h2 a")}
    assert titles == {"Hafenberg Letter – News from the Twin Cities"}


def test_markup_in_a_pdf_shows_as_text_and_runs_nothing(browser: Any, server_url: str) -> None:
    from selenium.webdriver.common.by import By

    browser.get(f"{server_url}m/{HOSTILE_ID}/1?q=harbour")
    text = browser.find_element(By.CSS_SELECTOR, ".page-text").text
    assert '<script>document.title="pwned"' in text and "<b>bold</b>" in text
    assert browser.title != "pwned"
    assert (
        browser.execute_script(
            "return document.querySelectorAll('main script, main img[src=x], main b').length"
        )
        == 0
    )
