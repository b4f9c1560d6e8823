"""Records made frozen dataclasses when the first of each is built (`records.py`)."""

from __future__ import annotations

import dataclasses
import pickle
import subprocess
import sys

import pytest

from magazine_index.models import Credit, Hit


def test_a_record_behaves_as_a_frozen_dataclass() -> None:
    hit = Hit("m", "Title", "/m.pdf", 3, "2", 1.5, "text")
    assert hit == Hit("m", "Title", "/m.pdf", 3, "2", 1.5, "text")
    assert hash(hit) == hash(Hit("m", "Title", "/m.pdf", 3, "2", 1.5, "text"))
    assert repr(hit).startswith("Hit(magazine='m', title='Title', file='/m.pdf', page=3,")
    assert dataclasses.replace(hit, page=4).page == 4
    assert dataclasses.asdict(hit)["topics"] == ()
    assert pickle.loads(pickle.dumps(hit)) == hit
    with pytest.raises(dataclasses.FrozenInstanceError):
        hit.page = 5  # type: ignore[misc]
    with pytest.raises(TypeError, match="missing 6 required positional arguments"):
        Hit("m")  # type: ignore[call-arg]


def test_a_record_first_met_unpickled_is_made_a_dataclass() -> None:
    """A worker's records reach the indexing process as pickles, before any is built there."""
    data = pickle.dumps(Credit("Ada Example", "author", (1, 2)))
    code = (
        "import dataclasses, pickle, sys\n"
        "credit = pickle.loads(sys.stdin.buffer.read())\n"
        "print(dataclasses.asdict(credit), credit == type(credit)('Ada Example', 'author', (1, 2)))"
    )
    shown = subprocess.run(
        [sys.executable, "-c", code], input=data, capture_output=True, check=True
    ).stdout.decode()
    assert shown.strip() == (
        "{'name': 'Ada Example', 'role': 'author', 'pages': (1, 2), 'titles': '', 'office': ''}"
        " True"
    )


def test_threads_building_the_first_record_at_once() -> None:
    code = (
        "import threading\n"
        "from magazine_index.models import Credit\n"
        "barrier = threading.Barrier(8)\n"
        "built = []\n"
        "def build():\n"
        "    barrier.wait()\n"
        "    built.append(Credit('A', 'author', (1,)))\n"
        "threads = [threading.Thread(target=build) for _ in range(8)]\n"
        "[t.start() for t in threads]; [t.join() for t in threads]\n"
        "print(len(built), len(set(built)))"
    )
    shown = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, check=True, text=True
    ).stdout
    assert shown.split() == ["8", "1"]
