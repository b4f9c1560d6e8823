"""Given names from many languages, with gender where the source gives it.

The list is `data/given_names.tsv`, made from the person-name providers of Faker (MIT licence,
https://github.com/joke2k/faker) by `build()`: every given name in Latin script of every
locale, tagged m, f or u (either, or not given). Faker is a dev dependency: the shipped file is
all the tool needs at run time, and a test checks that it is what `build()` makes.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from ..text import fold

__all__ = ["build", "gender", "is_given_name"]

DATA_FILE = "given_names.tsv"
_LATIN_NAME = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ſ'’-]{2,}$")
_PROVIDER_ATTRIBUTES = (
    ("first_names_male", "m"),
    ("first_names_female", "f"),
    ("first_names_nonbinary", "u"),
    ("first_names", "u"),
    ("first_romanized_names", "u"),
)


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """Folded given name -> "m", "f" or "u"."""
    text = resources.files(__package__).joinpath("data", DATA_FILE).read_text(encoding="utf-8")
    table: dict[str, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, tag = line.split("\t")
            # Folding an ASCII name (four in five) only lowercases it: loading the table took
            # 526 million instructions with `fold` for each name, 187 million so.
            table[name.lower() if name.isascii() else fold(name)] = tag
    return table


def is_given_name(word: str) -> bool:
    """True when `word` (any case, accents optional) is a given name in some language."""
    return fold(word) in _names()


def gender(word: str) -> str | None:
    """ "m" or "f" where the source says so, "u" for either, None for no given name."""
    return _names().get(fold(word))


def build() -> str:
    """The data file's text, made from Faker's person providers (needs the dev extra)."""
    import importlib
    import pkgutil

    import faker.providers.person as providers

    tags: dict[str, set[str]] = {}
    for module in sorted(m.name for m in pkgutil.iter_modules(providers.__path__)):
        provider = importlib.import_module(f"{providers.__name__}.{module}").Provider
        for attribute, tag in _PROVIDER_ATTRIBUTES:
            values = getattr(provider, attribute, ())
            if not isinstance(values, (tuple, list, dict)):
                continue
            for name in values:
                if isinstance(name, str) and _LATIN_NAME.match(name):
                    tags.setdefault(name, set()).add(tag)
    lines = ["# given name<TAB>m|f|u, from Faker's person providers (MIT); see given_names.py"]
    for name in sorted(tags):
        found = tags[name] - {"u"}
        lines.append(f"{name}\t{found.pop() if len(found) == 1 else 'u'}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    import sys

    sys.stdout.write(build())
