"""Run one function per file in worker processes, each file with a time limit.

Extraction is the slow part and pypdf can hang or blow up on a pathological file. Workers are
long-lived processes (forked, so they start with the parent's warm caches) that take one file
at a time: a file past its time limit gets its worker killed and replaced, and a worker that
crashes costs only the file it was on. A worker whose memory has grown past
`WORKER_MEMORY_MB` (a huge file, a library's caches) is replaced after its current file, and
every worker after `TASKS_PER_WORKER` files. Replacing is not free: a new worker is forked
from the parent as it is then, index buffers and all, and keeps a private copy of whatever the
parent changes afterwards, so it is done only when needed.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import multiprocessing
import os
import queue
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, TypeVar, cast

T = TypeVar("T")
R = TypeVar("R")

TASKS_PER_WORKER = 2000
WORKER_MEMORY_MB = 256
# Tasks a worker holds: the one it runs and the next ones. While the caller is busy (writing
# results, committing the index for a second or two) a worker goes on with its queue instead
# of waiting.
AHEAD = 2


@dataclass(frozen=True)
class Failed:
    """A task that raised, crashed or ran past its time limit."""

    reason: str


@dataclass
class _Worker(Generic[T]):
    process: Any
    conn: Connection
    running: Any
    """Shared with the worker: the number of the task it is running (tasks are numbered in
    the order they were sent to it). Answers go through a queue, so when a worker dies this,
    not the oldest unanswered task, tells which task killed it."""
    tasks: deque[tuple[int, T]] = field(default_factory=deque)
    """Sent and not answered yet, numbered, in order."""
    deadline: float = 0.0
    """When the oldest unanswered task runs out of time."""
    sent: int = 0
    retiring: bool = False
    """Asked to be replaced: it gets no more tasks."""
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
    worker died, or when it ran longer than `timeout` seconds. A task's time counts from when
    the caller sees the worker start it, which is never earlier than the worker did.
    """
    pool: Pool[T, R] = Pool(function, tasks, jobs, timeout, describe_error)
    try:
        while not pool.done():
            yield from pool.step()
    finally:
        pool.close()


class Pool(Generic[T, R]):
    """Worker processes running `function` over `tasks`; `step()` advances the run.

    Never more workers than tasks: each worker is a fork of the parent, index buffers and
    all, so an idle one costs memory for nothing.
    """

    def __init__(
        self,
        function: Callable[[T], R],
        tasks: Sequence[T],
        jobs: int,
        timeout: float,
        describe_error: Callable[[BaseException], str] = str,
    ) -> None:
        self.function = function
        self.describe_error = describe_error
        self.timeout = timeout
        self.jobs = max(1, min(jobs, len(tasks)))
        self.pending: deque[T] = deque(tasks)
        self.workers: dict[Connection, _Worker[T]] = {}
        self.finished: list[tuple[T, Any]] = []
        self.started = 0
        """Workers started so far, replacements included."""
        self._context = _context()

    def done(self) -> bool:
        """Whether every task has been answered and handed out by `step()`."""
        return not (self.pending or self.workers or self.finished)

    def step(self) -> list[tuple[T, R | Failed]]:
        """Keep the workers busy, wait for the next answer or deadline, and return the tasks
        that finished meanwhile."""
        self.dispatch()
        busy = [w for w in self.workers.values() if w.tasks]
        if busy:
            next_deadline = min(w.deadline for w in busy)
            ready = wait([w.conn for w in busy], max(0.0, next_deadline - time.monotonic()))
            for ready_conn in ready:
                self.receive(self.workers[cast(Connection, ready_conn)])  # wait() returns its input
            self.expire(time.monotonic())
        if not self.pending:
            for worker in [w for w in self.workers.values() if not w.tasks]:
                self.end(worker)
        # Workers get their next file before the caller spends time on the results.
        self.dispatch()
        finished, self.finished = self.finished, []
        return finished

    def start_worker(self) -> _Worker[T]:
        """Fork a worker from the parent as it is now (its warm caches shared)."""
        ours, theirs = self._context.Pipe(duplex=True)
        running = self._context.RawValue("q", -1)
        # The new worker must not keep other workers' pipes open (they would never see the
        # parent go away), so it is told which inherited ends to close.
        inherited = [*self.workers, ours]
        process = self._context.Process(
            target=_serve,
            args=(theirs, running, self.function, self.describe_error, inherited, os.getpid()),
            daemon=True,
        )
        process.start()
        theirs.close()
        worker: _Worker[T] = _Worker(process, ours, running)
        self.workers[ours] = worker
        self.started += 1
        return worker

    def dispatch(self) -> None:
        """Start workers up to `jobs` and give each its next tasks."""
        while self.pending and len(self.workers) < self.jobs:
            self.start_worker()
        for worker in list(self.workers.values()):
            # A queue only while there is plenty left: at the end of the run, a file queued
            # behind a long one would wait while another worker sits idle.
            depth = AHEAD if len(self.pending) > AHEAD * self.jobs else 1
            while (
                self.pending
                and len(worker.tasks) < depth
                and worker.sent < TASKS_PER_WORKER
                and not worker.retiring
            ):
                task = self.pending.popleft()
                try:
                    worker.conn.send((worker.sent, task))
                except OSError:  # the worker died since it last answered
                    self.pending.appendleft(task)
                    self.died(worker)
                    break
                if not worker.tasks:
                    worker.deadline = time.monotonic() + self.timeout
                worker.tasks.append((worker.sent, task))
                worker.sent += 1

    def receive(self, worker: _Worker[T]) -> None:
        """Take one answer from `worker`; end it when it has had its share or is too big."""
        try:
            status, value, worker_full = worker.conn.recv()
        except (EOFError, OSError):
            self.died(worker)
            return
        task = worker.tasks.popleft()[1]
        self.finished.append((task, value if status == "ok" else Failed(value)))
        worker.deadline = time.monotonic() + self.timeout
        worker.retiring = worker.retiring or worker_full
        if not worker.tasks and (worker.sent >= TASKS_PER_WORKER or worker.retiring):
            self.end(worker)

    def expire(self, now: float) -> None:
        """Kill the workers whose running task is past its time limit at `now`."""
        for worker in [w for w in self.workers.values() if w.tasks and w.deadline <= now]:
            if worker.conn.poll():  # it finished while the caller was busy
                self.receive(worker)
            else:
                self.retire(worker, f"took longer than {self.timeout:g} s (time limit)")

    def retire(self, worker: _Worker[T], reason: str | None) -> None:
        """Stop a worker. The task it was running fails with `reason`; the others it holds run
        again elsewhere (their answers, if any, were lost with the worker)."""
        del self.workers[worker.conn]
        worker.stop()
        numbers = [number for number, _ in worker.tasks]
        running = worker.running.value
        # Every death costs one task, so a task that kills workers cannot go round forever.
        culprit = running if running in numbers else numbers[0] if numbers else None
        for number, task in reversed(worker.tasks):
            if reason is not None and number == culprit:
                self.finished.append((task, Failed(reason)))
            else:
                self.pending.appendleft(task)

    def died(self, worker: _Worker[T]) -> None:
        """A worker that stopped answering: its running task fails."""
        worker.process.join()
        self.retire(worker, f"the worker process died (exit code {worker.process.exitcode})")

    def end(self, worker: _Worker[T]) -> None:
        """Ask a worker to exit after what it holds, and let it go."""
        with contextlib.suppress(OSError):
            worker.conn.send(None)
        self.retire(worker, None)

    def close(self) -> None:
        """Kill every worker still running (on an error or when the caller stops early)."""
        for worker in list(self.workers.values()):
            worker.stop()
        self.workers.clear()


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


_run_ignores_ctrl_c = False
"""In a worker: whether the run it works for ignores Ctrl-C itself, as a job started in the
background of a shell does (its parent inherited that, so Ctrl-C does not stop the run)."""


def run_ignores_ctrl_c() -> bool:
    """Whether this process is a worker of a run that ignores Ctrl-C (`_serve`)."""
    return _run_ignores_ctrl_c


def _serve(
    conn: Connection,
    running: Any,
    function: Callable[[Any], Any],
    describe_error: Callable[[BaseException], str],
    inherited: list[Connection],
    parent: int,
) -> None:
    """A worker's loop: take a task, answer ("ok", result) or ("error", reason); None ends."""
    # Ctrl-C reaches the whole process group: the parent alone handles it.
    global _run_ignores_ctrl_c
    _run_ignores_ctrl_c = signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent(parent)
    for other in inherited:
        other.close()
    # Everything inherited from the parent (its imports, warm caches, its index writer's
    # buffers) lives as long as the worker: the collector should not scan it again at every
    # full collection, nor touch its memory and so copy the pages the fork shares. pypdf
    # allocates millions of short-lived objects, and collecting the young ones every 10,000
    # allocations instead of every 700 saves a third of what is left. A full collection after
    # each file frees the file's reader (its objects refer to each other) at once, and is cheap
    # then, as little else is alive. Measured on copies of real PDFs, the collector took 12 % of
    # a worker's time with Python's defaults, and 3 % like this, at 60 % of the peak memory.
    gc.freeze()
    gc.set_threshold(10_000, 10, 10)
    # Answers are sent by a thread, so the worker goes on with its next task while the
    # caller is too busy to read a large result.
    answers: queue.SimpleQueue[Any] = queue.SimpleQueue()
    sender = threading.Thread(target=_send_answers, args=(conn, answers), daemon=True)
    sender.start()
    try:
        while True:
            try:
                task = conn.recv()
            except (EOFError, OSError):
                return  # the parent is gone
            if task is None:
                return
            running.value, task = task
            try:
                status, value = "ok", function(task)
            except BaseException as exc:  # noqa: BLE001 - every failure is reported for its file
                status, value = "error", describe_error(exc)
            del task
            gc.collect()
            # What outlives a file (the detectors' caches) is left out of later scans too:
            # full collections took 2 % of a worker's time, and 0.4 % like this.
            gc.freeze()
            answers.put((status, value, _grown_past(WORKER_MEMORY_MB)))
            del value
    finally:
        answers.put(None)
        sender.join()


def _send_answers(conn: Connection, answers: queue.SimpleQueue[Any]) -> None:
    while (answer := answers.get()) is not None:
        try:
            conn.send(answer)
        except (BrokenPipeError, OSError):
            return  # the parent is gone
        except Exception as exc:  # noqa: BLE001 - e.g. an unpicklable result
            conn.send(("error", f"internal error sending the result ({exc})", answer[2]))


def _grown_past(limit_mb: float) -> bool:
    """Whether this process holds more than `limit_mb` MiB alone. Its peak resident size,
    which counts the pages shared with the parent too, bounds that from above and costs a
    system call; the private memory is read (from the kernel's page tables, 1.5 % of a
    worker's time when read after every file) only once the peak has passed the limit."""
    try:
        import resource
    except ImportError:  # not on Windows
        return _private_mb() > limit_mb
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return peak_mb > limit_mb and _private_mb() > limit_mb


def _private_mb() -> float:
    """Memory this process holds alone (not shared with the parent it was forked from), in
    MiB; 0 where the system does not tell (the worker is then replaced by task count only)."""
    try:
        with open("/proc/self/smaps_rollup", encoding="ascii") as stream:
            kib = sum(int(line.split()[1]) for line in stream if line.startswith("Private_"))
    except (OSError, ValueError, IndexError):
        return 0.0
    return kib / 1024
