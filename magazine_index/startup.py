"""Import Whoosh without the modules it loads and never uses, so a cold search starts fast.

Whoosh-Reloaded 2.7.5 imports, at import time, `urllib.request` (for a download helper that
nothing in Whoosh calls; it drags in http.client, email, ssl and socket) and the
`cached_property` package (for one property; it imports asyncio). Measured with
`python -X importtime`, the two were about 40 % of a cold search's import time. While Whoosh is
first imported they are stood in for by a lazy `urlretrieve` and by the standard library's
`functools.cached_property`; afterwards the real modules import as usual.
"""

from __future__ import annotations

import functools
import sys
import types
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


def _urlretrieve(*args: Any, **kwargs: Any) -> Any:
    from urllib.request import urlretrieve

    return urlretrieve(*args, **kwargs)


@contextmanager
def lean_whoosh_import() -> Iterator[None]:
    """Within this block, a first import of Whoosh skips `urllib.request` and asyncio."""
    stand_ins: dict[str, dict[str, Any]] = {
        "urllib.request": {"urlretrieve": _urlretrieve},
        "cached_property": {"cached_property": functools.cached_property},
    }
    placed: dict[str, types.ModuleType] = {}
    for name, attributes in stand_ins.items():
        if name in sys.modules:
            continue  # already imported for real: Whoosh gets the real one
        module = types.ModuleType(name, "stand-in while Whoosh is imported (startup.py)")
        module.__dict__.update(attributes)
        sys.modules[name] = placed[name] = module
    try:
        yield
    finally:
        for name, module in placed.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
