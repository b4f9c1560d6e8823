"""`frozen`: a frozen dataclass whose methods are made when the first one is built.

Python 3.11's dataclasses compile each generated method (`__init__`, `__repr__`, `__eq__`,
`__hash__`, `__setattr__`, `__delattr__`) from source when the class is defined: 1.3-2 ms a
class, measured. A cold search builds two of the records it imports (a hit, the search's
result); the magazines, credits, articles, outline entries and citations it never builds
took 8 ms of its start. A `frozen` record is a plain class until the first one is built (or
unpickled); that first call makes it the frozen dataclass it declares, so it behaves as one in
every way once any of it exists. Only `dataclasses.fields()` of a class none of which has been
built yet would find no fields: nothing here asks for it.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any, TypeVar, dataclass_transform

_Class = TypeVar("_Class", bound=type)

# Two threads (the web server's) may build the first of a class at once: one makes it.
_making = threading.Lock()


@dataclass_transform(frozen_default=True)
def frozen(cls: _Class) -> _Class:
    """The class `cls`, made a frozen dataclass when it is first built (or unpickled)."""
    made: list[bool] = []

    def __new__(klass: type, *args: Any, **kwargs: Any) -> Any:
        if not made:
            with _making:
                if not made:
                    dataclass(frozen=True)(cls)
                    made.append(True)
        # Python calls `klass.__init__`, the dataclass's by now, with the arguments next.
        return object.__new__(klass)

    cls.__new__ = __new__  # type: ignore[assignment,method-assign]
    return cls
