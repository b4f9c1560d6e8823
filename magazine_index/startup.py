"""Import Whoosh without the modules it loads and never uses, so a cold search starts fast.

Whoosh-Reloaded 2.7.5 imports, at import time, modules that a search of ours never calls:
`urllib.request` (for a download helper; it drags in http.client, email, ssl and socket), the
`cached_property` package (for one property; it imports asyncio), English morphology tables
(`morph_en`, for a query type we do not use; compiling its patterns took 8 ms), the Porter
stemmer and double metaphone (default arguments of filters we do not use) and `hashlib` (for
hash files our index does not have). Measured with `python -X importtime`, they were about
half of Whoosh's import time. While Whoosh is first imported, each is stood in for by a module
whose functions import the real one when first called (the standard library's
`functools.cached_property` stands in for the package); afterwards the real modules import as
usual.
"""

from __future__ import annotations

import functools
import gc
import importlib
import sys
import types
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any


def _on_first_call(module: str, name: str) -> Callable[..., Any]:
    """A function that imports `module` when first called and calls its `name` in its place."""
    found: list[Callable[..., Any]] = []

    def call(*args: Any, **kwargs: Any) -> Any:
        if not found:
            found.append(getattr(importlib.import_module(module), name))
        return found[0](*args, **kwargs)

    call.__name__ = call.__qualname__ = name
    return call


# Module -> the names Whoosh imports from it while it is itself imported.
_STAND_INS: dict[str, dict[str, Any]] = {
    "urllib.request": {"urlretrieve": _on_first_call("urllib.request", "urlretrieve")},
    "cached_property": {"cached_property": functools.cached_property},
    "whoosh.lang.morph_en": {"variations": _on_first_call("whoosh.lang.morph_en", "variations")},
    "whoosh.lang.porter": {"stem": _on_first_call("whoosh.lang.porter", "stem")},
    "whoosh.lang.dmetaphone": {
        "double_metaphone": _on_first_call("whoosh.lang.dmetaphone", "double_metaphone")
    },
    "hashlib": {"md5": _on_first_call("hashlib", "md5")},
}


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
    for name, attributes in _STAND_INS.items():
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
