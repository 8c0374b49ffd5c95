"""Runs service calls off the GUI thread and hands their results back on it.

Jobs get plain data and the AppContext, never widgets (touching Qt widgets from a worker
thread crashes). ``SyncTaskRunner`` runs jobs inline, for tests."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot

from mediation_desk.wording.write_failures import plain_failure

log = logging.getLogger(__name__)

OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]

# Old two-core laptops: two readers are plenty, and SQLite takes one writer at a time anyway.
READ_THREADS = 2
SHUTDOWN_WAIT_MS = 5000
# ux.md: anything over a second shows progress; quicker work shows nothing (no flicker).
BUSY_AFTER_MS = 1000


class _Carrier(QObject):
    """Carries job outcomes from worker threads to the GUI thread.

    It lives in the GUI thread (as the runner's child), so a queued connection to its own
    slot brings each worker's emission over to the GUI thread's event loop."""

    delivered = Signal(int, bool, object)
    """Emitted in a worker: (job id, succeeded, result or exception)."""

    def __init__(self, runner: TaskRunner) -> None:
        super().__init__(runner)
        self._runner = runner
        self.delivered.connect(self._on_self_delivered, Qt.ConnectionType.QueuedConnection)

    @Slot(int, bool, object)
    def _on_self_delivered(self, job_id: int, ok: bool, value: object) -> None:
        self._runner._deliver(job_id, ok, value)


class _Job(QRunnable):
    """One call of ``fn``; QThreadPool.start takes ownership and deletes it after run()."""

    def __init__(self, job_id: int, fn: Callable[[], Any], carrier: _Carrier) -> None:
        super().__init__()
        self._job_id = job_id
        self._fn = fn
        self._carrier = carrier

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # noqa: BLE001 - every failure goes back to the caller
            self._carrier.delivered.emit(self._job_id, False, exc)
            return
        self._carrier.delivered.emit(self._job_id, True, result)


class _Pending:
    """What to do with a job's outcome; held until it is delivered."""

    __slots__ = ("key", "on_done", "on_error", "write")

    def __init__(self, key: str | None, on_done: OnDone, on_error: OnError | None,
                 write: bool = False) -> None:
        self.key = key
        self.on_done = on_done
        self.on_error = on_error
        self.write = write


class TaskRunner(QObject):
    """Submits callables to a read pool or the single-thread write pool.

    A job submitted with a ``key`` supersedes earlier jobs with the same key: only the newest
    one's result is delivered (typing in a search box starts many queries; only the last
    matters)."""

    job_failed = Signal(object)
    """A job without its own error handler raised; carries the exception."""
    busy_changed = Signal(bool)
    """True once some job has run for BUSY_AFTER_MS; False when none is left."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(READ_THREADS)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._carrier = _Carrier(self)
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._latest: dict[str, int] = {}
        self._closed = False
        self._busy = False
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(self._on_busy_timer_timeout)

    def submit(self, fn: Callable[[], Any], *, on_done: OnDone,
               on_error: OnError | None = None, key: str | None = None,
               write: bool = False) -> int:
        """Run ``fn()`` in the background; call ``on_done(result)`` on the GUI thread.

        Args:
            fn: the work; must not touch widgets.
            on_done: receives the result (GUI thread).
            on_error: receives the exception; without it ``job_failed`` is emitted.
            key: jobs sharing a key supersede each other; stale results are dropped.
            write: run on the single writer thread (database changes).

        Returns:
            The job id.
        """
        job_id = next(self._ids)
        if key is not None:
            self._latest[key] = job_id
        self._pending[job_id] = _Pending(key, on_done, on_error, write)
        if not self._busy_timer.isActive() and not self._busy:
            self._busy_timer.start()
        self._start(job_id, fn, write=write)
        return job_id

    @property
    def busy(self) -> bool:
        return self._busy

    def _on_busy_timer_timeout(self) -> None:
        if self._pending and not self._busy:
            self._busy = True
            self.busy_changed.emit(True)

    def _settle(self) -> None:
        if self._pending:
            return
        self._busy_timer.stop()
        if self._busy:
            self._busy = False
            self.busy_changed.emit(False)

    def cancel(self, key: str) -> None:
        """Forget the result of the running job with ``key`` (it still runs to its end)."""
        self._latest.pop(key, None)

    def is_busy(self, key: str) -> bool:
        """A job with ``key`` was submitted and its result has not arrived yet."""
        return key in self._latest and self._latest[key] in self._pending

    def shutdown(self) -> None:
        """Stop accepting results and wait briefly for running jobs (before the DB closes)."""
        self._closed = True
        self._busy_timer.stop()
        for pool in (self._reads, self._writes):
            pool.clear()
            pool.waitForDone(SHUTDOWN_WAIT_MS)
        self._pending.clear()

    def _start(self, job_id: int, fn: Callable[[], Any], *, write: bool) -> None:
        (self._writes if write else self._reads).start(_Job(job_id, fn, self._carrier))

    def _deliver(self, job_id: int, ok: bool, value: object) -> None:
        pending = self._pending.pop(job_id, None)
        if not self._closed:
            self._settle()
        if pending is None or self._closed:
            return
        if pending.key is not None:
            if self._latest.get(pending.key) != job_id:
                log.debug("dropped stale result of job %s (%s)", job_id, pending.key)
                return
            del self._latest[pending.key]
        if ok:
            pending.on_done(value)
            return
        assert isinstance(value, BaseException)
        # A write the disk refused (full, read-only folder, locked, stick pulled out) reaches
        # every handler as the DomainError the forms already show: a plain sentence instead of
        # "unexpected problem". The original stays the new error's __cause__, and in the log.
        # Only for writes: a file that cannot be read is not a read-only folder.
        disk = plain_failure(value) if pending.write else None
        if disk is not None:
            log.warning("write refused: %s", disk.code, exc_info=value)
            value = disk
        if pending.on_error is not None:
            pending.on_error(value)
        else:
            log.error("background job failed", exc_info=value)
            self.job_failed.emit(value)


class SyncTaskRunner(TaskRunner):
    """Runs each job at once in the calling thread: deterministic tests, no event loop."""

    def _start(self, job_id: int, fn: Callable[[], Any], *, write: bool) -> None:
        try:
            result = fn()
        except Exception as exc:  # noqa: BLE001 - delivered like the threaded runner does
            self._deliver(job_id, False, exc)
            return
        self._deliver(job_id, True, result)
