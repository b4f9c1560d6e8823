"""Run one function per file in worker processes, each with a time limit.

Extraction is the slow part and pypdf can hang or blow up on a pathological file, so every
file gets a process of its own (forked, cheap on Linux): a file past its time limit is killed
and reported, and a crash in one file cannot take the run down.
"""

from __future__ import annotations

import multiprocessing
import signal
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, TypeVar, cast

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class Failed:
    """A task that raised, crashed or ran past its time limit."""

    reason: str


@dataclass
class _Running(Generic[T]):
    task: T
    process: Any
    conn: Connection
    deadline: float


def run_all(
    function: Callable[[T], R],
    tasks: Sequence[T],
    jobs: int,
    timeout: float,
    describe_error: Callable[[BaseException], str] = str,
) -> Iterator[tuple[T, R | Failed]]:
    """Yield (task, result) as tasks finish, running up to `jobs` at once.

    The result is `Failed` when the function raised (described by `describe_error`), when the
    worker died, or when it ran longer than `timeout` seconds.
    """
    context = _context()
    pending = list(reversed(tasks))
    running: dict[Connection, _Running[T]] = {}
    try:
        while pending or running:
            while pending and len(running) < max(1, jobs):
                task = pending.pop()
                receiver, sender = context.Pipe(duplex=False)
                process = context.Process(
                    target=_child, args=(sender, function, task, describe_error), daemon=True
                )
                process.start()
                sender.close()
                running[receiver] = _Running(task, process, receiver, time.monotonic() + timeout)
            next_deadline = min(r.deadline for r in running.values())
            ready = wait(list(running), timeout=max(0.0, next_deadline - time.monotonic()))
            for ready_conn in ready:
                conn = cast(Connection, ready_conn)  # wait() returns what it was given
                item = running.pop(conn)
                yield item.task, _receive(item)
            now = time.monotonic()
            for conn, item in list(running.items()):
                if item.deadline <= now:
                    del running[conn]
                    # A worker may have finished while the caller was busy with a result.
                    if conn.poll():
                        yield item.task, _receive(item)
                        continue
                    _stop(item)
                    yield item.task, Failed(f"took longer than {timeout:g} s (time limit)")
    finally:
        for item in running.values():
            _stop(item)


def _context() -> Any:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _child(
    conn: Connection,
    function: Callable[[Any], Any],
    task: Any,
    describe_error: Callable[[BaseException], str],
) -> None:
    # Ctrl-C reaches the whole process group: the parent alone handles it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        result: Any = ("ok", function(task))
    except BaseException as exc:  # noqa: BLE001 - every failure is reported for its file
        result = ("error", describe_error(exc))
    try:
        conn.send(result)
    except Exception as exc:  # noqa: BLE001 - e.g. an unpicklable result
        conn.send(("error", f"internal error sending the result ({exc})"))
    conn.close()


def _receive(item: _Running[Any]) -> Any:
    try:
        status, value = item.conn.recv()
    except (EOFError, OSError):
        item.process.join()
        code = item.process.exitcode
        return Failed(f"the worker process died (exit code {code})")
    finally:
        item.conn.close()
    item.process.join()
    return value if status == "ok" else Failed(value)


def _stop(item: _Running[Any]) -> None:
    item.process.kill()
    item.process.join()
    item.conn.close()
