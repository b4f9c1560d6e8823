"""Every command through the command line: help, output shapes, exit codes."""

from __future__ import annotations

import inspect
import json
import os
import re
import site
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from magazine_index.cli import _COMMANDS_THAT_LOG, _COMMANDS_THAT_RUN_LONG, cli

from .conftest import REPO, SAMPLE_ID, run, run_json
from .pdfs import make_pdf

COMMANDS = sorted(cli.commands)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0
    assert (cli.commands[command].help or "").strip()


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_in_the_readme(command: str) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert f"magazine-index {command}" in readme


def test_magazines(sample_index: Path) -> None:
    [magazine] = run_json("magazines", index_dir=sample_index)["magazines"]
    assert magazine["id"] == SAMPLE_ID
    assert magazine["pages"] == 16
    assert magazine["title"] == "Auenstadt in Europe – Europe in Auenstadt"
    human = run("magazines", index_dir=sample_index).stdout
    assert SAMPLE_ID in human and "16 pages" in human


def test_show_by_printed_and_pdf_page(sample_index: Path) -> None:
    by_label = run_json("show", SAMPLE_ID, "7", index_dir=sample_index)
    by_pdf = run_json("show", SAMPLE_ID, "--pdf-page", "8", index_dir=sample_index)
    assert by_label == by_pdf
    assert by_label["page"] == 8 and by_label["page_label"] == "7"
    assert "From Coal to Code" in by_label["text"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([SAMPLE_ID, "99"], "no printed page '99'"),
        ([SAMPLE_ID, "--pdf-page", "40"], "PDF pages 1 to 16"),
        (["nope", "1"], "no magazine 'nope'"),
    ],
)
def test_show_errors(sample_index: Path, args: list[str], message: str) -> None:
    result = run("show", *args, index_dir=sample_index)
    assert result.exit_code == 1
    assert message in result.stderr


def test_usage_errors_exit_2() -> None:
    assert run("search").exit_code == 2
    assert run("index").exit_code == 2
    assert run("search", "x", "--limit", "0").exit_code == 2


def test_no_color_env_and_pipes_give_plain_text(
    sample_index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    argv = ["--index-dir", str(sample_index), "search", "Twinning"]
    # As on a terminal, matched words are bold ...
    coloured = CliRunner().invoke(cli, argv, color=True)
    assert "\x1b[1m" in coloured.stdout
    # ... unless NO_COLOR is set.
    monkeypatch.setenv("NO_COLOR", "1")
    result = CliRunner().invoke(cli, argv, color=True)
    assert result.exit_code == 0 and "Twinning" in result.stdout
    assert "\x1b[" not in result.stdout


_HEAVY_IMPORTS = (
    "import sys\n"
    "heavy = set(sys.argv.pop(1).split())\n"
    "from magazine_index.startup import run as main\n"
    "try:\n"
    "    main()\n"
    "except SystemExit:\n"
    "    pass\n"
    "print(sorted(heavy & set(sys.modules)))\n"
)
"""Runs the command line as the console script does (`startup.run`) with the arguments after
the first (the heavy modules to look for, separated by spaces), then prints the heavy modules
it loaded."""


HEAVY = {"asyncio", "urllib.request", "ssl", "http.client", "pypdf", "pypdfium2"}
# What Whoosh and click import for what a search never does (`startup.py`), and the records a
# search never builds (`models.py`).
UNUSED_BY_A_SEARCH = {
    "tempfile",
    "shutil",
    "queue",
    "random",
    "uuid",
    "datetime",
    "linecache",
    "tokenize",
    "inspect",
    "ast",
    "dis",
    "ipaddress",
    "gettext",
    "locale",
    "pickle",
    "whoosh.util.times",
    "whoosh.writing",
    "magazine_index.page_models",
    "magazine_index.listing_models",
}


def _heavy_imports(*argv: str | Path, heavy: set[str] = HEAVY) -> tuple[str, str]:
    """The command's output, and which of the `heavy` modules it imported (as printed).

    Python starts as for a regular install (`pip install .`): the finder of an editable
    install, which imports modules of its own at every start, is left out (`-S`, with the
    working copy and the installed packages on the path)."""
    path = os.pathsep.join([str(REPO), *site.getsitepackages()])
    done = subprocess.run(
        [sys.executable, "-S", "-c", _HEAVY_IMPORTS, " ".join(sorted(heavy)), *map(str, argv)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": path},
    )
    output, _, modules = done.stdout.rstrip().rpartition("\n")
    return output, modules


def test_a_cold_search_imports_only_what_it_needs(sample_index: Path) -> None:
    # Whoosh's unused network and asyncio imports were 40 % of a cold search's import time.
    argv = ("--index-dir", sample_index, "search", "Europa", "--json")
    output, modules = _heavy_imports(*argv, heavy=HEAVY | UNUSED_BY_A_SEARCH)
    assert json.loads(output)["total"] > 0  # the stand-ins did not break Whoosh
    assert modules == "[]"


def test_a_cold_search_leaves_logging_and_json_unloaded(sample_index: Path) -> None:
    argv = ("--index-dir", sample_index, "search", "Europa")
    _, modules = _heavy_imports(*argv, heavy={"logging", "json"})
    assert modules == "[]"
    assert set(cli.commands) >= _COMMANDS_THAT_LOG  # names of real commands


def test_the_stand_ins_of_the_lean_imports_give_the_real_modules() -> None:
    # While Whoosh and click load, modules they use only for what a search never does are
    # stood in for; afterwards none is left in `sys.modules`, and each module that kept one
    # gets the real module's attributes and classes through it (`startup.py`).
    code = (
        "import sys, types\n"
        "from magazine_index.startup import _CLICK_STAND_INS, _import_real, _stand_ins\n"
        "from magazine_index.startup import lean_whoosh_import\n"
        "with _stand_ins(_CLICK_STAND_INS, 'click'):\n"
        "    import click\n"
        "with lean_whoosh_import():\n"
        "    import magazine_index.search\n"
        "left = [m for m in list(sys.modules.values()) if 'stand-in' in (m.__doc__ or '')]\n"
        "kept = {(n, a) for n, m in list(sys.modules.items()) for a, v in list(vars(m).items())\n"
        "        if isinstance(v, types.ModuleType) and 'stand-in' in (v.__doc__ or '')}\n"
        "import click.types, whoosh.compat, whoosh.fields, whoosh.filedb.filestore\n"
        "import datetime, inspect, pickle, queue, tempfile, uuid\n"
        "from whoosh.filedb.compound import copyfileobj\n"
        "from whoosh.filedb.filetables import md5_hash\n"
        "from whoosh.lang.morph_en import variations\n"
        "uid = 'c2f4b0a4-7d3e-4d7a-9a52-3a3c1f0e1a2b'\n"
        "checks = [\n"
        "    not left,\n"
        "    ('whoosh.filedb.filestore', 'tempfile') in kept,\n"
        "    whoosh.filedb.filestore.tempfile.gettempdir() == tempfile.gettempdir(),\n"
        "    whoosh.compat.queue.Queue is queue.Queue,\n"
        "    whoosh.fields.datetime.datetime is datetime.datetime,\n"
        "    click.types.uuid.getnode() == uuid.getnode(),\n"
        "    click.UUID.convert(uid, None, None) == uuid.UUID(uid),\n"
        "    click.DateTime().convert('2024-05-06', None, None) == datetime.datetime(2024, 5, 6),\n"
        "    isinstance(datetime.datetime.now(), click.types.datetime),\n"
        "    callable(copyfileobj),\n"
        "    md5_hash(b'x') > 0,\n"
        "    'rendering' in variations('render'),\n"
        "    'def _import_real' in inspect.getsource(_import_real),\n"
        "    ('click.core', 'inspect') in kept and ('dataclasses', 'inspect') in kept,\n"
        "    click.core.inspect.isfunction(print) == inspect.isfunction(print),\n"
        "    click.core.inspect.cleandoc(' a\\n   b') == 'a\\nb',\n"
        "    whoosh.compat.loads is pickle.loads,\n"
        "    whoosh.compat.pickle.Unpickler is pickle.Unpickler,\n"
        "    whoosh.compat.pickle.HIGHEST_PROTOCOL == pickle.HIGHEST_PROTOCOL,\n"
        "]\n"
        "print(checks)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == str([True] * 19)


@pytest.mark.parametrize(
    "text",
    [
        "One line.",
        "  Indented one line.  ",
        "",
        "   ",
        "Tab\there",
        "First\n  second\n  third\n",
        "\n  x",
    ],
)
def test_the_help_of_an_option_is_cleaned_as_inspect_cleans_it(text: str) -> None:
    from magazine_index.startup import _cleandoc

    assert _cleandoc(text) == inspect.cleandoc(text)


def test_a_class_stood_in_for_behaves_as_the_real_one() -> None:
    from magazine_index.startup import _class_on_first_use

    stand_in: type = _class_on_first_use("fractions", "Fraction")
    from fractions import Fraction

    assert stand_in(1, 3) == Fraction(1, 3)
    assert isinstance(Fraction(1, 2), stand_in) and not isinstance(0.5, stand_in)
    assert issubclass(Fraction, stand_in)
    assert stand_in.from_float(0.5) == Fraction(1, 2)


def test_click_s_messages_print_as_written_from_the_console_script(sample_index: Path) -> None:
    # click's `gettext` and `ngettext` are stood in for while it loads (`startup.py`).
    for argv, message in (
        (("search",), "Error: Missing argument 'WORDS...'."),
        (("search", "Europa", "--zzzz"), "Error: No such option '--zzzz'."),
        (("search", "Europa", "--limit"), "Error: Option '--limit' requires an argument."),
        (("magazines", "a"), "Error: Got unexpected extra argument (a)"),
        (("magazines", "a", "b"), "Error: Got unexpected extra arguments (a b)"),
    ):
        done = subprocess.run(
            [sys.executable, "-m", "magazine_index", "--index-dir", sample_index, *argv],
            capture_output=True,
            text=True,
        )
        assert done.returncode == 2
        assert done.stderr.splitlines()[-1] == message, done.stderr


def test_records_defined_apart_load_when_first_asked_for() -> None:
    code = (
        "import sys\n"
        "from magazine_index import models\n"
        "before = 'magazine_index.page_models' in sys.modules\n"
        "from magazine_index.models import PageText, TopicEntry\n"
        "from magazine_index.page_models import PageText as defined\n"
        "print(before, PageText is defined, TopicEntry.__module__)\n"
        "models.NoSuchRecord\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.split() == ["False", "True", "magazine_index.listing_models"]
    assert "AttributeError: module 'magazine_index.models' has no attribute 'NoSuchRecord'" in (
        done.stderr
    )


def test_an_unchanged_index_run_reads_no_pdf(tmp_path: Path) -> None:
    # The PDF libraries were a third of the time of a run with nothing to read.
    pdf = make_pdf(tmp_path / "one.pdf", [["Nothing changes here."]])
    assert run("index", pdf).exit_code == 0
    # Nor Whoosh, the detectors or logging: the list of indexed files vouches for the file.
    heavy = HEAVY | {"whoosh", "magazine_index.analyze.pipeline", "logging"}
    output, modules = _heavy_imports("index", pdf, heavy=heavy)
    assert "Unchanged, skipped: 1" in output
    assert modules == "[]"


def test_the_words_after_search_are_the_query(sample_index: Path) -> None:
    words = run_json("search", "school", "exchange", index_dir=sample_index)
    quoted = run_json("search", "school exchange", index_dir=sample_index)
    assert words["query"] == "school exchange"
    assert words["total"] == quoted["total"] > 0


def test_global_options_after_the_command(sample_index: Path) -> None:
    result = CliRunner().invoke(
        cli, ["search", "Twinning", "--json", "--index-dir", str(sample_index)]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["total"] > 0
    listed = CliRunner().invoke(cli, ["magazines", "--index-dir", str(sample_index), "-v"])
    assert listed.exit_code == 0 and SAMPLE_ID in listed.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["quotes", "--json", "--cite"], "--cite and --json"),
        (["quotes", "--json", "--format", "csl-json"], "--format and --json"),
        (["show", SAMPLE_ID, "7", "--pdf-page", "8"], "PAGE or --pdf-page"),
    ],
)
def test_conflicting_options_are_refused(sample_index: Path, args: list[str], message: str) -> None:
    result = run(*args, index_dir=sample_index)
    assert result.exit_code == 2
    assert message in result.stderr


def test_vocabulary_without_rebuild_says_when_it_applies(tmp_path: Path) -> None:
    vocabulary = tmp_path / "topics.toml"
    vocabulary.write_text('[[topic]]\nname = "Rail"\nkeywords = ["rail", "train"]\n')
    pdf = make_pdf(tmp_path / "one.pdf", [["Rail and train and rail again."]])
    result = run("index", "--vocabulary", vocabulary, pdf)
    assert result.exit_code == 0
    assert "--vocabulary takes effect with --rebuild" in result.stderr


def test_the_default_index_folder_is_the_platforms_data_folder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from platformdirs import user_data_path

    from magazine_index.scan import default_index_dir

    monkeypatch.setenv("XDG_DATA_HOME", "/srv/data")
    assert default_index_dir() == user_data_path("magazine-index", appauthor=False)
    assert default_index_dir() == Path("/srv/data/magazine-index")


@pytest.mark.parametrize(("command", "collecting"), [("magazines", False), ("index", True)])
def test_the_console_script_collects_only_in_commands_that_run_long(
    sample_index: Path, tmp_path: Path, command: str, collecting: bool
) -> None:
    # `startup.main` pauses Python's collector while the tool loads; `index` and `serve`
    # start it again, commands that answer and end leave it paused.
    argv = ["--index-dir", str(sample_index), command]
    if command == "index":  # an empty folder, into an index of its own
        argv = ["--index-dir", str(tmp_path / "index"), command, str(tmp_path)]
    code = (
        "import gc, sys\n"
        "from magazine_index.startup import run as main\n"
        f"sys.argv = ['magazine-index', *{argv!r}]\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(gc.isenabled())\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split()[-1] == str(collecting)
    assert set(cli.commands) >= _COMMANDS_THAT_RUN_LONG  # names of real commands


_ENDING = (
    "import atexit, os, sys\n"
    "exit_now = os._exit\n"
    "def noted(status):\n"
    "    os.write(2, b'ended now\\n')\n"
    "    exit_now(status)\n"
    "os._exit = noted\n"
    "atexit.register(lambda: print('atexit ran', file=sys.stderr))\n"
    "from magazine_index.startup import main\n"
    "sys.argv = ['magazine-index', *sys.argv[1:]]\n"
    "main()\n"
)
"""The console script, noting on stderr when a function registered with `atexit` runs and
when the process is ended without Python's teardown (`os._exit`)."""


@pytest.mark.parametrize(
    ("argv", "status"),
    [(["search", "Europa"], 0), (["search", "Europa", "--json"], 0), (["search", "Europa("], 1)],
)
def test_a_command_that_answers_ends_without_python_s_teardown(
    sample_index: Path, argv: list[str], status: int
) -> None:
    # `startup.main` ends a command that answered without taking apart what it loaded
    # (`_end_now`): the same output and exit status as the command line run within this
    # process, and functions registered with `atexit` still run.
    argv = ["--index-dir", str(sample_index), *argv]
    done = subprocess.run([sys.executable, "-c", _ENDING, *argv], capture_output=True, text=True)
    expected = CliRunner().invoke(cli, argv)
    assert done.returncode == expected.exit_code == status
    assert done.stdout == expected.stdout
    assert done.stderr.endswith("atexit ran\nended now\n")


def test_a_command_that_runs_long_ends_as_python_does(tmp_path: Path) -> None:
    argv = ["--index-dir", str(tmp_path / "index"), "index", str(tmp_path)]
    done = subprocess.run([sys.executable, "-c", _ENDING, *argv], capture_output=True, text=True)
    assert done.returncode == 0 and "Indexed 0 file(s)" in done.stdout
    assert done.stderr.endswith("atexit ran\n")


def test_the_version_file_is_read_as_this_version_writes_it(sample_index: Path) -> None:
    # A search reads the version file without `json` where it is as this version writes it.
    from magazine_index.scan import META_FILE, META_TEXT, SCHEMA_VERSION

    assert json.dumps({"schema_version": SCHEMA_VERSION}) == META_TEXT
    assert (sample_index / META_FILE).read_text(encoding="utf-8") == META_TEXT


def test_what_is_escaped_is_never_printable() -> None:
    # `escape_controls` leaves a text whose characters (but those kept) are all printable as
    # it is, without its pattern: that holds only while no character it escapes is printable.
    from magazine_index.text import _UNPRINTABLE, escape_controls

    escaped = re.compile(_UNPRINTABLE)
    every = "".join(map(chr, range(0x110000)))
    assert not any(char.isprintable() for char in escaped.findall(every))
    kept = "\n\t\x02\x03"
    for text, shown in (
        ("Städte \x02Europa\x03 – p. 7", "Städte \x02Europa\x03 – p. 7"),
        ("a\nb\tc\u00a0d", "a\nb\tc\u00a0d"),  # a blank not printable, escaped by none
        ("Evil\x1b]0;owned\x07 \x9b2J\u202e", "Evil\\x1b]0;owned\\x07 \\x9b2J\\u202e"),
        ("caf\udce9", "caf\\xe9"),
    ):
        assert escape_controls(text, keep=kept) == shown
    assert escape_controls("\x02Europa\x03\n", keep="\n") == "\\x02Europa\\x03\n"


_COMPILES = (
    "import builtins, sys, typing\n"
    "compiled = []\n"
    "compile_ = builtins.compile\n"
    "def compile_noted(*args, **kwargs):\n"
    "    if sys._getframe(1).f_code.co_filename == typing.__file__:\n"
    "        compiled.append(args[0])\n"
    "    return compile_(*args, **kwargs)\n"
    "builtins.compile = compile_noted\n"
    "made = typing.ForwardRef.__init__\n"
    "from magazine_index.startup import resume_collector, run\n"
    "try:\n"
    "    run()\n"
    "except SystemExit:\n"
    "    pass\n"
    "import click.types, magazine_index.search as search\n"
    "hints = [typing.get_type_hints(click.types.ParamTypeInfoDict),\n"
    "         typing.get_type_hints(search.SearchResult)['suggestion']]\n"
    "resume_collector()\n"
    "print(compiled, hints, typing.ForwardRef.__init__ is made, file=sys.stderr)\n"
)


def test_a_cold_search_compiles_no_forward_reference(sample_index: Path) -> None:
    # Forward references keep their text until they are evaluated (`startup.py`): the first
    # `compile` of a process costs a cold search 3 % (a regular install compiles no module
    # either). The hints still evaluate as made.
    done = subprocess.run(
        [sys.executable, "-c", _COMPILES, "--index-dir", str(sample_index), "search", "Europa"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "Europa" in done.stdout
    shown = "[] [{'param_type': <class 'str'>, 'name': <class 'str'>}, str | None] True"
    assert done.stderr.strip() == shown
