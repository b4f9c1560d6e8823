"""Import Whoosh and click without the modules they load and a search never uses, so a cold
search starts fast.

Whoosh-Reloaded 2.7.5 imports, at import time, modules that a search of ours never calls:
`urllib.request` (for a download helper; it drags in http.client, email, ssl and socket), the
`cached_property` package (for one property; it imports asyncio), English morphology tables
(`morph_en`, for a query type we do not use; compiling its patterns took 8 ms), the Porter
stemmer and double metaphone (default arguments of filters we do not use), `html` (for an HTML
formatter we do not use) and `decimal` (for NUMERIC fields of decimals; ours hold integers).
`hashlib` is used, for the MD5 hash of term keys, which Python's own `_md5` gives without
loading OpenSSL; `pickle` through its C part, `_pickle`, which gives it the functions and
classes Whoosh and we call. Measured with `python -X importtime`, they were about half of
Whoosh's import time. Then modules that only writing an index or field types we do not use
call: `tempfile` and `shutil` (with `bz2` and `lzma`; a writer's temporary files, copying
files), `queue` (a writer in several processes), `random` (names of new files), Whoosh's dates
(`whoosh.util.times` with `calendar` and `datetime`, for DATETIME fields), and highlighting,
sorting and edit distances by Whoosh: 12 ms in `python -X importtime`. click imports `uuid`
(with `platform`) and `datetime` for parameter types our commands do not have, and `inspect`,
which loads `ast`, `dis`, `linecache` and `tokenize` and which click uses to clean the help of
its options (`_cleandoc` does it for a help of one line) and to show help; `pathlib` loads
`urllib.parse`, which loads `ipaddress` to check the addresses in URLs: 10 ms for `uuid`,
`datetime`, `linecache` and `ipaddress`, and 10 more for `inspect` with `ast` and `dis`.
click's messages are marked for translation, and `gettext` looks for catalogues click does not
ship on each of them: they are printed as written (3 ms).

While Whoosh or click is first imported, each such module is stood in for by a module that
imports the real one when one of its attributes is first asked for (`_StandIn`). A name imported
from it (`from shutil import copyfileobj`) is a function that imports the real module when first
called, or, for a class a library names while it loads (`ParamType[uuid.UUID]`), a class that
imports it when first called, asked `isinstance` of or asked for an attribute; the standard
library's `functools.cached_property` stands in for the package; Whoosh's results make a
highlighter each, which stands in for one (`_MadeOnFirstUse`) until it is used. Afterwards the
real modules import as usual; a library imported elsewhere first (tests, the web server) gets
them all.

A command that answers and ends is ended without Python's teardown, which takes apart every
module and object loaded (`_end_now`), and its forward references (of typed dictionaries and
named tuples) are left uncompiled until evaluated, so that no `compile` sets up the classes of
Python's syntax tree (`_keep_references_as_text`).
"""

from __future__ import annotations

import atexit
import contextlib
import errno
import functools
import gc
import importlib
import os
import sys
import types
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, ForwardRef, NoReturn


class _StandIn(types.ModuleType):
    """A module stood in for while a library is imported: the real module is imported when one
    of its attributes is first asked for, and gives it (and every later one)."""

    def __getattr__(self, attribute: str) -> Any:
        if attribute.startswith("__"):  # what the import system and tools probe for
            raise AttributeError(attribute)
        return getattr(_import_real(self.__name__), attribute)


def _import_real(name: str) -> types.ModuleType:
    """The real module `name`, imported where it is not yet (also while it is stood in for)."""
    if isinstance(sys.modules.get(name), _StandIn):  # still within the import of the library
        del sys.modules[name]
    return importlib.import_module(name)


def _on_first_call(module: str, name: str, *others: str) -> Callable[..., Any]:
    """A function that imports `module` when first called and calls its `name` in its place
    (that of the first of `others` that imports, where `module` does not)."""
    found: list[Callable[..., Any]] = []

    def call(*args: Any, **kwargs: Any) -> Any:
        if not found:
            found.append(_import_first((module, *others), name))
        return found[0](*args, **kwargs)

    call.__name__ = call.__qualname__ = name
    return call


def _import_first(modules: tuple[str, ...], name: str) -> Any:
    for module in modules[:-1]:
        with contextlib.suppress(ImportError):
            return getattr(_import_real(module), name)
    return getattr(_import_real(modules[-1]), name)


class _ClassOnFirstUse(type):
    """The type of a class that stands in for the class `_name` of the module `_module`: calling
    it, asking `isinstance` of it or any of its attributes imports the module and uses the real
    class (a library may name the class when it is imported, as in `ParamType[uuid.UUID]`)."""

    _module: str
    _name: str

    def _real(cls) -> type:
        real: type = getattr(_import_real(cls._module), cls._name)
        return real

    def __call__(cls, *args: Any, **kwargs: Any) -> Any:
        return cls._real()(*args, **kwargs)

    def __instancecheck__(cls, instance: Any) -> bool:
        return isinstance(instance, cls._real())

    def __subclasscheck__(cls, subclass: type) -> bool:
        return issubclass(subclass, cls._real())

    def __getattr__(cls, attribute: str) -> Any:
        if attribute.startswith("__"):
            raise AttributeError(attribute)
        return getattr(cls._real(), attribute)


def _class_on_first_use(module: str, name: str) -> type:
    return _ClassOnFirstUse(name, (), {"_module": module, "_name": name})


class _MadeOnFirstUse:
    """Stands in for an instance of the class `name` of the module `module`, which is imported
    and the instance made when one of its attributes is first asked for or set."""

    def __init__(self, module: str, name: str) -> None:
        object.__setattr__(self, "_making", (module, name))

    def _real(self) -> Any:
        if "_made" not in self.__dict__:
            module, name = self._making
            object.__setattr__(self, "_made", getattr(_import_real(module), name)())
        return self.__dict__["_made"]

    def __getattr__(self, attribute: str) -> Any:
        if attribute.startswith("__"):
            raise AttributeError(attribute)
        return getattr(self._real(), attribute)

    def __setattr__(self, attribute: str, value: Any) -> None:
        setattr(self._real(), attribute, value)


# Module -> the names a library imports from it (`from module import name`) while it is itself
# imported; other names are given by the real module (`_StandIn`).
_STAND_INS: dict[str, dict[str, Any]] = {
    "urllib.request": {"urlretrieve": _on_first_call("urllib.request", "urlretrieve")},
    "cached_property": {"cached_property": functools.cached_property},
    "whoosh.lang.morph_en": {"variations": _on_first_call("whoosh.lang.morph_en", "variations")},
    "whoosh.lang.porter": {"stem": _on_first_call("whoosh.lang.porter", "stem")},
    "whoosh.lang.dmetaphone": {
        "double_metaphone": _on_first_call("whoosh.lang.dmetaphone", "double_metaphone")
    },
    # Whoosh hashes the keys of its terms files with MD5: Python's own `_md5` gives the same
    # digests without loading OpenSSL, as `hashlib` does (3 ms).
    "hashlib": {"md5": _on_first_call("_md5", "md5", "hashlib")},
    # For an HTML formatter of highlights we do not use (its entity table took 2 ms).
    "html": {"escape": _on_first_call("html", "escape")},
    # For NUMERIC fields of decimals; ours hold integers.
    "decimal": {"Decimal": _class_on_first_use("decimal", "Decimal")},
    # What writing an index uses (and `store.py` to remove an index): 5 ms with bz2 and lzma.
    "tempfile": {},
    "shutil": {"copyfileobj": _on_first_call("shutil", "copyfileobj")},
    "queue": {},
    "random": {},
    # Highlighting, sorting and grouping by Whoosh, which we do not ask for, and the edit
    # distances of fuzzy terms, which only a query with `~` asks for: 3 ms. Whoosh's results
    # make a highlighter each, used only by Whoosh's highlighting (0.7 % of a cold search).
    "whoosh.highlight": {
        "Highlighter": functools.partial(_MadeOnFirstUse, "whoosh.highlight", "Highlighter")
    },
    "whoosh.sorting": {},
    "whoosh.automata.lev": {},
    "whoosh.support.levenshtein": {
        "distance": _on_first_call("whoosh.support.levenshtein", "distance")
    },
    # DATETIME fields, which our schema has none of: 3 ms with calendar and datetime.
    "whoosh.util.times": {
        "datetime_to_long": _on_first_call("whoosh.util.times", "datetime_to_long"),
        "long_to_datetime": _on_first_call("whoosh.util.times", "long_to_datetime"),
    },
    "datetime": {},
    "inspect": {},
}
_SNOWBALL = "whoosh.lang.snowball"


def _as_written(message: str) -> str:
    return message


def _as_written_plural(singular: str, plural: str, count: int) -> str:
    return singular if count == 1 else plural


def _cleandoc(text: str) -> str:
    """`inspect.cleandoc`, as click calls it on the help of each option it builds: a help of one
    line without tabs loses its leading blanks and nothing else; any other text is cleaned by
    `inspect` itself."""
    if "\n" in text or "\t" in text:
        cleaned: str = _import_real("inspect").cleandoc(text)
        return cleaned
    return text.lstrip()


# The same while click is imported.
_CLICK_STAND_INS: dict[str, dict[str, Any]] = {
    # click cleans the help of every option with `inspect.cleandoc` while the command line is
    # built, and otherwise calls `inspect` only to show help or a pager; `inspect` loads `ast`
    # and `dis` (4-5 ms of a cold search). `dataclasses` imports it too, for classes without a
    # docstring, which ours all have: it is stood in for while Whoosh and our search load.
    "inspect": {"cleandoc": _cleandoc},
    # click marks its messages for translation with `gettext`, which looks for a catalogue of
    # Python's default domain ("messages") in the locale folders on every message (16 for a
    # search, and `locale` imported to read the language): click ships no catalogues and the
    # tool sets none up, so its messages print as written: 3 ms.
    "gettext": {"gettext": _as_written, "ngettext": _as_written_plural},
    # For `click.UUID` and `click.DateTime` parameters: 6 ms with `platform` and `datetime`.
    "uuid": {"UUID": _class_on_first_use("uuid", "UUID")},
    "datetime": {"datetime": _class_on_first_use("datetime", "datetime")},
    # `inspect` (click loads it, and `dataclasses` needs it) reads source files with these,
    # which a search never asks it to: 2 ms.
    "linecache": {},
    "tokenize": {},
    "token": {},
    # `urllib.parse` (which `pathlib` loads with our command line) checks IP addresses in
    # URLs with it; our links are file paths: 2 ms.
    "ipaddress": {},
}


# Whether `main` paused Python's collector, for `resume_collector` to start it again.
_paused_at_start = False
# `ForwardRef.__init__` where `run` has forward references keep their text, for
# `resume_collector` to put back.
_compiling_references: Callable[..., None] | None = None


def main() -> None:
    """Entry point of the console script and of `python -m magazine_index`: the command line
    (`run`), ended without Python's teardown where the command answered and ends (`_end_now`)."""
    try:
        run()
    except SystemExit as end:
        if _paused_at_start and (end.code is None or isinstance(end.code, int)):
            _end_now(end.code or 0)
        raise
    except OSError as exc:  # every command reports its own; this is the answer's writing
        _output_failed(exc)


def run() -> None:
    """The command line, with Python's collector paused from the start.

    A command that reads the index answers and ends: the collector would scan the objects of
    every module loaded, again and again, and find next to nothing to free (measured: 3 % of
    a cold search besides what `lean_whoosh_import` saves). Commands that run long (`index`,
    `serve`) start it again (`resume_collector`), and compile forward references as made again
    (`_keep_references_as_text`).
    """
    global _paused_at_start, _compiling_references
    if gc.isenabled():
        gc.disable()
        _paused_at_start = True
    if _compiling_references is None:
        _compiling_references = _keep_references_as_text()
    try:
        with _stand_ins(_CLICK_STAND_INS, "click"):
            from .cli import main as command_line
    except KeyboardInterrupt:  # Ctrl-C while Python is still loading the tool
        sys.exit(130)
    command_line()


def _end_now(status: int) -> None:
    """End a command that answered (its collector still paused, `resume_collector`) as Python
    would, without taking apart every module and object it loaded: 2 % of a cold search.

    As at Python's own end, the functions registered with `atexit` run and then the standard
    streams are flushed; where a flush fails (a closed pipe), Python ends the usual way and
    reports it as usual. Commands that run long (`index`, `serve`) end the usual way.
    """
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError as exc:
        if exc.errno != errno.EPIPE:
            _output_failed(exc, exited=True)
        return  # a closed pipe: Python ends the usual way and reports it as usual
    except (ValueError, AttributeError):  # a closed stream, none at all: as a closed pipe
        return
    os._exit(status & 0xFF)


def _output_failed(exc: OSError, *, exited: bool = False) -> NoReturn:
    """End a command whose answer could not be written (`search > /dev/full`: a full disk, a
    device gone) with one line saying so and status 1, instead of a traceback or Python's
    "Exception ignored" when it flushes the rest at its end. (A closed pipe is click's to
    handle: it ends quietly.) A write to the standard streams names no file; an error that
    does (one no command expected) is told with its file, not as the output's."""
    if not exited:
        atexit._run_exitfuncs()
    reason = exc.strerror or exc
    line = f"{exc.filename}: {reason}" if exc.filename else f"cannot write the output ({reason})"
    with contextlib.suppress(OSError, ValueError, AttributeError):
        sys.stderr.write(f"Error: {line}\n")
        sys.stderr.flush()
    os._exit(1)


def resume_collector() -> None:
    """Start Python's collector again where `main` paused it, and have forward references
    compiled when made again, for a command that runs long."""
    global _paused_at_start, _compiling_references
    if _paused_at_start:
        _paused_at_start = False
        gc.enable()
    if _compiling_references is not None:
        ForwardRef.__init__ = _compiling_references  # type: ignore[method-assign]
        _compiling_references = None


# What Python 3.11 to 3.13 keep of a forward reference (`typing.ForwardRef`; the same there).
_FORWARD_REFERENCE = (
    "__forward_arg__",
    "__forward_code__",
    "__forward_evaluated__",
    "__forward_value__",
    "__forward_is_argument__",
    "__forward_is_class__",
    "__forward_module__",
)


def _keep_references_as_text() -> Callable[..., None] | None:
    """Have each forward reference made from now on keep its text, which `eval` compiles
    where the reference is evaluated, instead of compiling it when made; gives back
    `ForwardRef.__init__` to put back (None where this Python's forward references differ).

    click's typed dictionaries and generic classes and the named tuples of click and ours,
    whose annotations are text (`from __future__ import annotations`), make 35 forward
    references in a cold search, evaluated only where a type checker asks for the hints
    (`typing.get_type_hints`). The first `compile` of a process sets up the classes of
    Python's syntax tree (to check whether it was given one): 9.5 million instructions, and
    with the 35 compilations 10.6 million (3.4 % of a cold search), which `eval` of a text
    does not need.
    """
    made = ForwardRef.__init__
    if ForwardRef.__slots__ != _FORWARD_REFERENCE:
        return None

    def keep_text(
        self: ForwardRef,
        arg: str,
        is_argument: bool = True,
        module: Any = None,
        *,
        is_class: bool = False,
    ) -> None:
        if not isinstance(arg, str) or arg.startswith("*"):  # an error, an unpacking: as made
            made(self, arg, is_argument, module, is_class=is_class)
            return
        self.__forward_arg__ = arg
        self.__forward_code__ = arg  # type: ignore[assignment]  # what `eval` is given
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    ForwardRef.__init__ = keep_text  # type: ignore[method-assign]
    return made


@contextmanager
def lean_whoosh_import() -> Iterator[None]:
    """Within this block, a first import of Whoosh skips the modules it does not need."""
    first = "whoosh" not in sys.modules
    collecting = gc.isenabled()
    # Python's collector would scan the objects of every module imported so far, again and
    # again while Whoosh loads and then while a command runs, and find nothing to free: it
    # pauses while Whoosh loads, and then leaves what the process holds by then out of its
    # scans (`gc.freeze`, once). Measured: 10 % of a cold search.
    gc.disable()
    stand_ins = dict(_STAND_INS)
    if first:
        import whoosh.lang

        # The package of Snowball stemmers imports fourteen languages; `language.py` imports
        # the modules of the two it uses from a stand-in package (3 ms).
        stand_ins[_SNOWBALL] = {"__path__": [os.path.join(whoosh.lang.__path__[0], "snowball")]}
        stand_ins["pickle"] = _pickle_in_c()
    try:
        with _stand_ins(stand_ins, "Whoosh"):
            yield
    finally:
        if first:
            gc.freeze()
        if collecting:
            gc.enable()


def _pickle_in_c() -> dict[str, Any]:
    """What Whoosh and `store.py` use of `pickle`, from its C part `_pickle`, which gives
    `pickle` these very functions and classes: the module `pickle` adds Python's own pickler
    and its tables of opcodes, which a search never uses (4.4 million instructions, 1.3 % of
    a cold search)."""
    import _pickle

    return {name: getattr(_pickle, name) for name in _PICKLE_NAMES}


_PICKLE_NAMES = (
    *("PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler"),
    *("dump", "dumps", "load", "loads"),
)


@contextmanager
def _stand_ins(stand_ins: dict[str, dict[str, Any]], library: str) -> Iterator[None]:
    """Within this block, the modules of `stand_ins` not yet imported are stood in for."""
    placed: dict[str, _StandIn] = {}
    for name, attributes in stand_ins.items():
        if name in sys.modules:
            continue  # already imported for real: the library gets the real one
        stand_in = _StandIn(name, f"stand-in while {library} is imported (startup.py)")
        stand_in.__dict__.update(attributes)
        sys.modules[name] = placed[name] = stand_in
    try:
        yield
    finally:
        for name, stand_in in placed.items():
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]
