"""Run one function per file in worker processes, each file with a time limit.

Extraction is the slow part and pypdf can hang or blow up on a pathological file. Workers are
long-lived processes (forked, so they start with the parent's warm caches) that take one file
at a time: a file past its time limit gets its worker killed and replaced, and a worker that
crashes costs only the file it was on. Workers are replaced after `TASKS_PER_WORKER` files, so
memory that a library keeps does not grow without bound.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, TypeVar, cast

T = TypeVar("T")
R = TypeVar("R")

TASKS_PER_WORKER = 200


@dataclass(frozen=True)
class Failed:
    """A task that raised, crashed or ran past its time limit."""

    reason: str


@dataclass
class _Worker(Generic[T]):
    process: Any
    conn: Connection
    task: T | None = None
    deadline: float = 0.0
    done: int = 0
    alive: bool = field(default=True)

    def stop(self) -> None:
        if self.alive and self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()
        self.alive = False


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
    pending: deque[T] = deque(tasks)
    idle: list[_Worker[T]] = []
    busy: dict[Connection, _Worker[T]] = {}

    def start() -> _Worker[T]:
        ours, theirs = context.Pipe(duplex=True)
        # The new worker must not keep other workers' pipes open (they would never see the
        # parent go away), so it is told which inherited ends to close.
        inherited = [w.conn for w in [*idle, *busy.values()]] + [ours]
        process = context.Process(
            target=_serve,
            args=(theirs, function, describe_error, inherited, os.getpid()),
            daemon=True,
        )
        process.start()
        theirs.close()
        return _Worker(process, ours)

    def dispatch() -> None:
        while pending and len(busy) < max(1, jobs):
            worker = idle.pop() if idle else start()
            worker.task = pending.popleft()
            worker.deadline = time.monotonic() + timeout
            worker.conn.send(worker.task)
            busy[worker.conn] = worker

    try:
        while pending or busy:
            dispatch()
            next_deadline = min(w.deadline for w in busy.values())
            ready = wait(list(busy), timeout=max(0.0, next_deadline - time.monotonic()))
            finished: list[tuple[T, Any]] = []
            for ready_conn in ready:
                worker = busy.pop(cast(Connection, ready_conn))  # wait() returns its input
                finished.append((cast(T, worker.task), _receive(worker, idle)))
            now = time.monotonic()
            for conn, worker in list(busy.items()):
                if worker.deadline > now:
                    continue
                del busy[conn]
                # A worker may have finished while the caller was busy with a result.
                if conn.poll():
                    finished.append((cast(T, worker.task), _receive(worker, idle)))
                    continue
                worker.stop()
                failed = Failed(f"took longer than {timeout:g} s (time limit)")
                finished.append((cast(T, worker.task), failed))
            # Idle workers get their next file before the caller spends time on the results.
            dispatch()
            yield from finished
    finally:
        for worker in [*idle, *busy.values()]:
            worker.stop()


def _receive(worker: _Worker[Any], idle: list[_Worker[Any]]) -> Any:
    """The worker's answer; the worker goes back to `idle` unless it died or is used up."""
    try:
        status, value = worker.conn.recv()
    except (EOFError, OSError):
        worker.process.join()
        code = worker.process.exitcode
        worker.stop()
        return Failed(f"the worker process died (exit code {code})")
    worker.done += 1
    if worker.done >= TASKS_PER_WORKER:
        worker.conn.send(None)
        worker.stop()
    else:
        idle.append(worker)
    return value if status == "ok" else Failed(value)


def _die_with_parent(parent: int) -> None:
    """End this worker when the parent dies, even by SIGKILL.

    A forked worker inherits the parent's open files, the index's write lock among them: an
    orphaned worker would keep the index locked for the next run. Linux can tell the kernel to
    kill it with its parent; elsewhere the worker notices between files (EOF on its pipe).
    """
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


_PR_SET_PDEATHSIG = 1


def _context() -> Any:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _serve(
    conn: Connection,
    function: Callable[[Any], Any],
    describe_error: Callable[[BaseException], str],
    inherited: list[Connection],
    parent: int,
) -> None:
    """A worker's loop: take a task, answer ("ok", result) or ("error", reason); None ends."""
    # Ctrl-C reaches the whole process group: the parent alone handles it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent(parent)
    for other in inherited:
        other.close()
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return  # the parent is gone
        if task is None:
            return
        try:
            answer: Any = ("ok", function(task))
        except BaseException as exc:  # noqa: BLE001 - every failure is reported for its file
            answer = ("error", describe_error(exc))
        try:
            conn.send(answer)
        except (BrokenPipeError, OSError):
            return
        except Exception as exc:  # noqa: BLE001 - e.g. an unpicklable result
            conn.send(("error", f"internal error sending the result ({exc})"))
