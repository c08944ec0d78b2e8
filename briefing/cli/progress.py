"""The progress of a run on the terminal: fetching, model calls, streamed tokens, batches."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)

if TYPE_CHECKING:
    from briefing.backends.batch import BatchProgress
    from briefing.backends.stream import StreamProgress
    from briefing.models import CallRecord


class RunProgress:
    """Rich progress bars on a terminal; nothing when piped or quiet."""

    def __init__(self, console: Console) -> None:
        self._enabled = console.is_terminal and not console.quiet
        self._bar = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
            transient=True,
        )
        self._fetch: TaskID | None = None
        self._calls: TaskID | None = None
        self._batches: dict[str, TaskID] = {}

    def __enter__(self) -> RunProgress:
        if self._enabled:
            self._bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._enabled:
            self._bar.stop()

    def fetching(self, total: int) -> None:
        if self._enabled:
            self._fetch = self._bar.add_task("fetching sources", total=total)

    def fetched(self, location: str, ok: bool) -> None:
        if self._fetch is not None:
            self._bar.advance(self._fetch)

    def summarizing(self, calls: int) -> None:
        if self._enabled:
            self._calls = self._bar.add_task("summarizing", total=calls)

    def called(self, record: CallRecord) -> None:
        if self._calls is not None:
            self._bar.update(self._calls, description="summarizing")
            self._bar.advance(self._calls)

    def streaming(self, progress: StreamProgress) -> None:
        """A streamed answer is coming: tokens so far and tokens/s, on the summarizing bar."""
        if self._calls is not None:
            rate = f", {progress.tokens_per_s:.1f} tokens/s" if progress.tokens_per_s else ""
            self._bar.update(
                self._calls,
                description=f"summarizing ({progress.step}: {progress.tokens:,} tokens{rate})",
            )

    def batch(self, progress: BatchProgress) -> None:
        if not self._enabled:
            return
        description = f"batch {progress.batch_id} {progress.status}"
        if progress.failed:
            description += f" ({progress.failed} failed)"
        done = progress.completed + progress.failed
        task = self._batches.get(progress.batch_id)
        if task is None:
            self._batches[progress.batch_id] = self._bar.add_task(
                description, total=progress.total or None, completed=done
            )
        else:
            self._bar.update(
                task, description=description, total=progress.total or None, completed=done
            )
