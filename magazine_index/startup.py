"""Import Whoosh without the modules it loads and never uses, so a cold search starts fast.

Whoosh-Reloaded 2.7.5 imports, at import time, modules that a search of ours never calls:
`urllib.request` (for a download helper; it drags in http.client, email, ssl and socket), the
`cached_property` package (for one property; it imports asyncio), English morphology tables
(`morph_en`, for a query type we do not use; compiling its patterns took 8 ms), the Porter
stemmer and double metaphone (default arguments of filters we do not use), `html` (for an HTML
formatter we do not use) and `decimal` (for NUMERIC fields of decimals; ours hold integers).
`hashlib` is used, for the MD5 hash of term keys, which Python's own `_md5` gives without
loading OpenSSL. Measured with `python -X importtime`, they were about half of Whoosh's import
time. While Whoosh is first imported, each is stood in for by a module whose functions import
the real one when first called (the standard library's `functools.cached_property` stands in
for the package, a class that is never instantiated for `Decimal`); afterwards the real modules
import as usual.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import importlib
import os
import sys
import types
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any


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
            return getattr(importlib.import_module(module), name)
    return getattr(importlib.import_module(modules[-1]), name)


class _NoDecimal:
    """Stands in for `decimal.Decimal` in `whoosh.fields`, which asks for it only for a NUMERIC
    field of decimals; ours hold integers."""


# Module -> the names Whoosh imports from it while it is itself imported.
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
    "decimal": {"Decimal": _NoDecimal},
}
_SNOWBALL = "whoosh.lang.snowball"


# Whether `main` paused Python's collector, for `resume_collector` to start it again.
_paused_at_start = False


def main() -> None:
    """Entry point of the console script and of `python -m magazine_index`: the command line,
    with Python's collector paused from the start.

    A command that reads the index answers and ends: the collector would scan the objects of
    every module loaded, again and again, and find next to nothing to free (measured: 3 % of
    a cold search besides what `lean_whoosh_import` saves). Commands that run long (`index`,
    `serve`) start it again (`resume_collector`).
    """
    global _paused_at_start
    if gc.isenabled():
        gc.disable()
        _paused_at_start = True
    try:
        from .cli import main as command_line
    except KeyboardInterrupt:  # Ctrl-C while Python is still loading the tool
        sys.exit(130)
    command_line()


def resume_collector() -> None:
    """Start Python's collector again where `main` paused it."""
    global _paused_at_start
    if _paused_at_start:
        _paused_at_start = False
        gc.enable()


@contextmanager
def lean_whoosh_import() -> Iterator[None]:
    """Within this block, a first import of Whoosh skips the modules it does not need."""
    placed: dict[str, types.ModuleType] = {}
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
    for name, attributes in stand_ins.items():
        if name in sys.modules:
            continue  # already imported for real: Whoosh gets the real one
        module = types.ModuleType(name, "stand-in while Whoosh is imported (startup.py)")
        module.__dict__.update(attributes)
        sys.modules[name] = placed[name] = module
    try:
        yield
    finally:
        if first:
            gc.freeze()
        if collecting:
            gc.enable()
        for name, module in placed.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
