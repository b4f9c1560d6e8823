"""The README's two commands are the ones CI runs."""

from __future__ import annotations

from .conftest import REPO


def readme_commands() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    block = text.split("```sh\n", 1)[1].split("```", 1)[0]
    return [line for line in block.splitlines() if line.strip()]


def test_readme_starts_with_exactly_two_commands() -> None:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    assert text.index("```sh") < 40
    install, tests = readme_commands()
    assert "magazine-index index samples/" in install and "magazine-index search" in install
    assert "pytest" in tests


def test_ci_runs_the_readme_test_command() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    _, tests = readme_commands()
    assert tests in ci
