"""A batch of consent letters as one merged PDF (or one per class), rendered on every core.

The letters are split into chunks; worker processes render each chunk to a temporary PDF; the
chunks are concatenated (``pdf_merge``) into a temporary file in the target folder, which is
renamed over the target only when everything succeeded. A cancel or a crash therefore never
leaves a truncated file under the target name, and a previous file stays as it was.
"""

from __future__ import annotations

import multiprocessing
import os
import re
import tempfile
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

from scope_desk.errors import DomainError, InvalidInput
from scope_desk.letters import consent_letter
from scope_desk.letters.model import Letter, LetterJob, LetterSettings
from scope_desk.letters.pdf_merge import PdfConcatenator

CHUNK_LETTERS = 250  # ~0.3 s of work per chunk: fine-grained progress and a quick cancel
IN_PROCESS_BELOW = 150  # starting worker processes costs more than it saves for small batches

ProgressCallback = Callable[[int, int], None]  # (letters done, letters total)
CancelCheck = Callable[[], bool]


class BatchCancelled(DomainError):
    def __init__(self) -> None:
        super().__init__("Het maken van de brieven is afgebroken; er is geen bestand weggeschreven.")


@dataclass(frozen=True)
class BatchResult:
    files: tuple[Path, ...]
    letters: int
    slips: int
    pages: int
    seconds: float


def default_workers() -> int:
    """Renderers: the calling thread plus worker processes (two cores: the caller and one process)."""
    return max(1, min(2, os.cpu_count() or 1))


def class_file_name(target: Path, class_name: str) -> Path:
    """ "brieven.pdf" + "Groep 3/4" → "brieven - Groep 3-4.pdf" (no characters Windows refuses)."""
    safe = re.sub(r'[\\/:*?"<>|]+', "-", class_name).strip(" .") or "zonder groep"
    return target.with_name(f"{target.stem} - {safe}{target.suffix or '.pdf'}")


def write_batch(job: LetterJob, target: str | os.PathLike, *, per_class: bool = False, workers: int | None = None,
                progress: ProgressCallback | None = None, cancelled: CancelCheck | None = None) -> BatchResult:
    """Render ``job`` to ``target`` (or, per class, to files next to it); see the module docstring."""
    started = time.perf_counter()
    target = Path(target)
    if not job.letters:
        raise InvalidInput("Er zijn geen brieven te maken voor deze keuze.")
    if not target.parent.is_dir():
        raise InvalidInput(f"De map '{target.parent}' bestaat niet.")
    groups: list[tuple[Path, list[Letter]]] = []
    if per_class:
        by_class: dict[str, list[Letter]] = {}
        for letter in job.letters:
            by_class.setdefault(letter.class_name, []).append(letter)
        groups = [(class_file_name(target, name), letters) for name, letters in by_class.items()]
    else:
        groups = [(target, list(job.letters))]
    cancelled = cancelled or (lambda: False)
    total = len(job.letters)
    with tempfile.TemporaryDirectory(prefix="scope-desk-letters-") as scratch:
        chunks: list[tuple[int, int, list[Letter], Path]] = []  # (group, index, letters, path)
        for g, (_path, letters) in enumerate(groups):
            for start in range(0, len(letters), CHUNK_LETTERS):
                chunks.append((g, start, letters[start:start + CHUNK_LETTERS], Path(scratch) / f"g{g}-{start}.pdf"))
        _render_chunks(job.settings, chunks, workers or default_workers(), total, progress, cancelled)
        pages = 0
        finished: list[tuple[Path, Path]] = []  # (temporary file, final path)
        try:
            for g, (path, _letters) in enumerate(groups):
                if cancelled():
                    raise BatchCancelled()
                temp = _merge_to_temp([c[3] for c in chunks if c[0] == g], path, job.settings)
                finished.append((temp, path))
                pages += temp[1]
            for (temp_path, _pages), final in finished:
                _replace(temp_path, final)
        except BaseException:
            for (temp_path, _pages), _final in finished:
                temp_path.unlink(missing_ok=True)
            raise
    if progress:
        progress(total, total)
    return BatchResult(files=tuple(path for path, _ in groups), letters=total, slips=job.slip_count, pages=pages,
                       seconds=time.perf_counter() - started)


# --------------------------------------------------------------------------- rendering
_worker_settings: LetterSettings | None = None


def _init_worker(settings: LetterSettings) -> None:
    global _worker_settings
    _worker_settings = settings


def _render_in_worker(letters: list[Letter], out: str) -> int:
    assert _worker_settings is not None
    return consent_letter.render(_worker_settings, letters, out)


def _render_chunks(settings: LetterSettings, chunks, workers: int, total: int,
                   progress: ProgressCallback | None, cancelled: CancelCheck) -> None:
    """Render every chunk to its file. ``workers`` renderers: the calling thread is one of them
    and ``workers - 1`` worker processes are the others.

    Memory (issue 5: < 150 MB in total for 5,000 letters): a worker process costs about 35 MB
    (Python, reportlab, the two parsed fonts), a fixed price however little it renders. The
    calling thread only waits otherwise, so it renders too, and two cores need one process, not
    two. In the window the caller is the batch's QThread: the UI thread then shares the GIL with
    it, which Python hands over every few milliseconds, so the window stays responsive.
    """
    done = 0
    if progress:
        progress(0, total)
    queue = deque(chunks)

    def render_here() -> None:
        nonlocal done
        _g, _start, letters, path = queue.popleft()
        consent_letter.render(settings, letters, str(path))
        done += len(letters)
        if progress:
            progress(done, total)

    if workers <= 1 or total < IN_PROCESS_BELOW:
        while queue:
            if cancelled():
                raise BatchCancelled()
            render_here()
        return
    # "spawn" everywhere: the same on Windows, and safe when the caller runs Qt threads (fork is not).
    # A worker imports only this module's imports (reportlab and scope_desk.letters), never Qt or
    # SQLAlchemy: the function it runs and the values it gets live in scope_desk.letters.
    context = multiprocessing.get_context("spawn")
    processes = workers - 1
    executor = ProcessPoolExecutor(max_workers=processes, mp_context=context, initializer=_init_worker,
                                   initargs=(settings,))
    try:
        pending: dict[Future, int] = {}

        def collect(timeout: float | None) -> None:
            nonlocal done
            ready, _ = wait(list(pending), timeout=timeout, return_when=FIRST_COMPLETED)
            for future in ready:
                future.result()  # a worker's exception surfaces here
                done += pending.pop(future)
                if progress:
                    progress(done, total)

        while queue or pending:
            if cancelled():
                raise BatchCancelled()
            # Keep every process busy with one chunk and one waiting (no idle gap between chunks).
            while queue and len(pending) < 2 * processes:
                _g, _start, letters, path = queue.popleft()
                pending[executor.submit(_render_in_worker, letters, str(path))] = len(letters)
            if queue:
                render_here()
                collect(0)
            else:
                collect(0.1)
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


# ------------------------------------------------------------------------- writing
def _merge_to_temp(chunk_paths: list[Path], final: Path, settings: LetterSettings) -> tuple[Path, int]:
    """Concatenate into a hidden temporary file next to ``final`` (same disk, so the rename is atomic)."""
    fd, name = tempfile.mkstemp(prefix=f".{final.stem}-", suffix=".part", dir=final.parent)
    temp = Path(name)
    try:
        with os.fdopen(fd, "wb") as out:
            merger = PdfConcatenator(out, title=consent_letter.document_title(settings),
                                     author=settings.letterhead.school_name)
            for path in chunk_paths:
                merger.add_file(path)
            merger.finish()
            out.flush()
            os.fsync(out.fileno())
        return temp, merger.page_count
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _replace(temp: Path, final: Path) -> None:
    try:
        os.replace(temp, final)
    except PermissionError:
        temp.unlink(missing_ok=True)
        raise InvalidInput(
            f"Het bestand '{final.name}' kon niet worden vervangen; het is misschien geopend in een ander programma. "
            "Sluit het en probeer het opnieuw."
        ) from None
