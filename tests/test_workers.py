"""The worker pool on its own: results, failures, time limits and recycling, with real
processes."""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from magazine_index import workers
from magazine_index.workers import Failed, run_all


def _square(n: int) -> int:
    return n * n


def _troublesome(n: int) -> int:
    if n == 3:
        raise ValueError("three is not allowed")
    if n == 5:
        os._exit(7)  # a crash in a library: the process is gone without an answer
    if n == 7:
        time.sleep(60)
    return n * n


def _pid(_: int) -> int:
    return os.getpid()


def _unpicklable(_: int) -> object:
    return lambda: None


def _results(function, tasks, jobs=2, timeout=30.0):  # type: ignore[no-untyped-def]
    return dict(run_all(function, tasks, jobs, timeout))


def test_every_task_is_answered_once() -> None:
    results = list(run_all(_square, list(range(40)), 2, 30.0))
    assert sorted(task for task, _ in results) == list(range(40))
    assert all(result == task * task for task, result in results)
    assert not multiprocessing.active_children()


def test_a_failing_crashing_or_hanging_task_costs_only_itself() -> None:
    started = time.monotonic()
    results = _results(_troublesome, list(range(12)), timeout=2.0)
    elapsed = time.monotonic() - started
    assert results[3] == Failed("three is not allowed")
    assert results[5] == Failed("the worker process died (exit code 7)")
    assert isinstance(results[7], Failed) and "longer than 2 s" in results[7].reason
    for task in set(range(12)) - {3, 5, 7}:
        assert results[task] == task * task, task
    assert elapsed < 20, elapsed  # the hanging task was killed, not waited for
    assert not multiprocessing.active_children()


def test_workers_are_replaced_after_their_share_of_tasks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers, "TASKS_PER_WORKER", 3)
    results = _results(_pid, list(range(12)))
    assert len(results) == 12
    # 12 tasks, at most 3 per worker: at least 4 processes did the work.
    assert len(set(results.values())) >= 4
    assert os.getpid() not in results.values()


@pytest.mark.skipif(not os.path.exists("/proc/self/smaps_rollup"), reason="Linux memory figures")
def test_a_worker_past_its_memory_limit_is_replaced(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers, "WORKER_MEMORY_MB", 0)  # every worker is over it at once
    results = _results(_pid, list(range(8)))
    assert len(results) == 8
    # Each worker finished the files it already held and got no more.
    assert max(Counter(results.values()).values()) <= workers.AHEAD
    assert len(set(results.values())) >= 8 / workers.AHEAD
    assert not multiprocessing.active_children()


@pytest.mark.skipif(not os.path.exists("/proc/self/smaps_rollup"), reason="Linux memory figures")
def test_memory_held_alone_is_read_only_past_the_peak() -> None:
    held = workers._private_mb()
    assert not workers._grown_past(held + 64)
    grown = bytearray(96 * 1024 * 1024)
    grown[::4096] = b"x" * len(grown[::4096])  # touch every page, so it is resident
    assert workers._grown_past(held + 64)
    del grown


def test_a_result_that_cannot_be_sent_fails_its_task() -> None:
    results = _results(_unpicklable, [1, 2])
    assert all(
        isinstance(r, Failed) and r.reason.startswith("internal error sending the result")
        for r in results.values()
    )


def test_one_job_runs_tasks_one_after_another() -> None:
    assert _results(_square, [1, 2, 3], jobs=1) == {1: 1, 2: 4, 3: 9}


def test_no_tasks_starts_no_worker() -> None:
    assert _results(_square, []) == {}
    assert not multiprocessing.active_children()


# The pool's steps one by one.


def _hang(_: int) -> int:
    time.sleep(60)
    return 0


def _frozen(_: int) -> int:
    import gc

    return gc.get_freeze_count()


def test_never_more_workers_than_tasks() -> None:
    pool = workers.Pool(_square, [4], 50, 30.0)
    results = []
    while not pool.done():
        results.extend(pool.step())
    assert results == [(4, 16)]
    assert pool.started == 1


def test_start_worker_forks_a_live_process_that_close_ends() -> None:
    pool = workers.Pool(_square, [1, 2], 2, 30.0)
    worker = pool.start_worker()
    assert worker.process.is_alive() and worker.process.pid != os.getpid()
    pool.close()
    assert not worker.process.is_alive()
    assert not multiprocessing.active_children()


def test_dispatch_starts_workers_and_hands_out_tasks() -> None:
    pool = workers.Pool(_square, list(range(10)), 2, 30.0)
    try:
        pool.dispatch()
        assert len(pool.workers) == 2
        held = [task for w in pool.workers.values() for _, task in w.tasks]
        # Plenty left: each worker holds AHEAD tasks, taken from the front of the queue.
        assert sorted(held) == list(range(2 * workers.AHEAD))
        assert list(pool.pending) == list(range(2 * workers.AHEAD, 10))
    finally:
        pool.close()


def test_receive_takes_one_answer_and_ends_a_full_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers, "TASKS_PER_WORKER", 1)
    pool = workers.Pool(_square, [3, 4], 1, 30.0)
    pool.dispatch()
    (worker,) = pool.workers.values()
    pool.receive(worker)
    assert pool.finished == [(3, 9)]
    assert not pool.workers  # its share was one task: it was let go
    worker.process.join(5)
    assert worker.process.exitcode is not None
    pool.close()


def test_expire_kills_a_worker_past_its_deadline_and_fails_its_task() -> None:
    pool = workers.Pool(_hang, [1, 2, 3, 4, 5], 1, 0.5)
    pool.dispatch()
    (worker,) = pool.workers.values()
    pool.expire(time.monotonic())  # not yet due
    assert pool.workers and not pool.finished
    time.sleep(0.3)  # the worker has started its first task
    pool.expire(time.monotonic() + 1.0)
    assert pool.finished == [(1, Failed("took longer than 0.5 s (time limit)"))]
    assert not worker.process.is_alive()
    assert list(pool.pending)[:1] == [2]  # the task it held behind, back in the queue
    pool.close()


def test_died_fails_the_running_task_with_the_exit_code() -> None:
    pool = workers.Pool(_hang, [1, 2], 1, 30.0)
    pool.dispatch()
    (worker,) = pool.workers.values()
    time.sleep(0.3)
    worker.process.kill()
    pool.died(worker)
    assert pool.finished == [(1, Failed("the worker process died (exit code -9)"))]
    assert list(pool.pending) == [2]
    pool.close()


def test_end_stops_a_worker_and_requeues_nothing() -> None:
    pool = workers.Pool(_square, [1], 1, 30.0)
    worker = pool.start_worker()
    pool.end(worker)
    assert not worker.process.is_alive() and worker.process.exitcode is not None
    assert not pool.workers and list(pool.pending) == [1] and not pool.finished


def test_workers_run_with_the_parents_objects_frozen() -> None:
    # gc.freeze() in the worker: the collector leaves the forked parent's objects alone.
    assert all(count > 0 for count in _results(_frozen, [1]).values())


def test_workers_die_with_their_parent(tmp_path: Path) -> None:
    script = (
        "import time, sys\n"
        "from magazine_index.workers import run_all\n"
        "def hang(n):\n"
        "    import os\n"
        f"    open({str(tmp_path / 'pid')!r}, 'w').write(str(os.getpid()))\n"
        "    time.sleep(60)\n"
        "if __name__ == '__main__':\n"
        "    list(run_all(hang, [1], 1, 60.0))\n"
    )
    parent = subprocess.Popen([sys.executable, "-c", script])
    pid_file = tmp_path / "pid"
    deadline = time.monotonic() + 20
    while not pid_file.exists() or not pid_file.read_text():
        assert time.monotonic() < deadline, "the worker never started"
        time.sleep(0.05)
    worker_pid = int(pid_file.read_text())
    parent.kill()
    parent.wait()
    deadline = time.monotonic() + 5
    while _alive(worker_pid):
        assert time.monotonic() < deadline, "the worker outlived its parent"
        time.sleep(0.05)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie waiting for init to reap it is dead too.
    with contextlib.suppress(OSError):
        if Path(f"/proc/{pid}/stat").read_text().split()[2] == "Z":
            return False
    return True
