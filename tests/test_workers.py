"""The worker pool on its own: results, failures, time limits and recycling, with real
processes."""

from __future__ import annotations

import multiprocessing
import os
import time
from collections import Counter

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
