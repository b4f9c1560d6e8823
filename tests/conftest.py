"""Fixtures: every test gets its own index folder; the sample magazine is indexed once."""

from __future__ import annotations

import json
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from magazine_index.cli import cli

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
SAMPLE_PDF = SAMPLES / "auenstadt-europe-2025.pdf"
SAMPLE_TRUTH = SAMPLES / "auenstadt-europe-2025.truth.json"
SAMPLE_ID = "auenstadt-europe-2025"
REAL_PDFS = REPO.parent / "shared" / "real-pdfs"

# Tests press Ctrl-C in the programs they start, as a terminal does to the command in its
# foreground. A test run started in a shell's background ignores Ctrl-C, and every program it
# started would ignore it too: they take it again (a program started gets the default where
# its starter has a handler of its own).
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)


@pytest.fixture(autouse=True)
def private_index_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test touches a user's data: the default index lives in the test's own folder."""
    folder = tmp_path / "index"
    monkeypatch.setenv("MAGAZINE_INDEX_DIR", str(folder))
    monkeypatch.delenv("NO_COLOR", raising=False)
    return folder


def run(*args: str | Path, index_dir: Path | None = None) -> Result:
    """Invoke the CLI in-process, as a user would type it."""
    argv = [str(a) for a in args]
    if index_dir is not None:
        argv = ["--index-dir", str(index_dir), *argv]
    return CliRunner().invoke(cli, argv, catch_exceptions=False)


def run_json(*args: str | Path, index_dir: Path | None = None) -> Any:
    result = run(*args, "--json", index_dir=index_dir)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture(scope="session")
def sample_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index of the sample magazine, built once for the session; tests only read it."""
    folder = tmp_path_factory.mktemp("sample-index")
    result = run("index", SAMPLE_PDF, index_dir=folder)
    assert result.exit_code == 0, result.output
    return folder


@pytest.fixture(scope="session")
def truth() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SAMPLE_TRUTH.read_text(encoding="utf-8"))
    return data


@pytest.fixture
def real_pdfs() -> Iterator[Path]:
    if not REAL_PDFS.is_dir():
        pytest.skip("the shared real-world PDFs are not beside the repository")
    yield REAL_PDFS


HOSTILE_ID = "hostile"
HOSTILE_SCRIPT = '<script>document.title="pwned";alert("from the PDF")</script>'


@pytest.fixture(scope="session")
def web_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Both sample magazines and a PDF whose text and title hold markup, indexed once: what
    the web tests serve (they only read it)."""
    from .pdfs import make_pdf

    folder = tmp_path_factory.mktemp("web")
    hostile = make_pdf(
        folder / f"{HOSTILE_ID}.pdf",
        [
            [
                "Markup in the text",
                "",
                f"Harbour notes {HOSTILE_SCRIPT} and more.",
                '<img src=x onerror="alert(2)"> Harbour pictures & "quotes".',
                "“Harbour <b>bold</b> claims are fine,” said Anna Schmidt.",
            ]
        ],
        title='<i onmouseover="alert(4)">Harbour</i> Gazette',
    )
    index_dir = folder / "index"
    result = run("index", *sorted(SAMPLES.glob("*.pdf")), hostile, index_dir=index_dir)
    assert result.exit_code == 0, result.output
    return index_dir
