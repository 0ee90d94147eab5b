"""Consent letters: 5,000 personalised letters with slips, loaded, rendered on 2 processes, merged.

Goal (issue 5): under 6 s on the 2-core machine and under 150 MB peak memory. Sampled every 100 ms:
the peak RSS of this process, and the peak PSS of this process and its worker processes together
(PSS counts pages the processes share, such as the Python and reportlab libraries, once).
"""

from __future__ import annotations

import tempfile
import threading
import time
from datetime import date
from pathlib import Path

from benchmarks import quick


class _PeakRss:
    """Samples the RSS of this process and its children until stopped."""

    def __init__(self) -> None:
        import psutil

        self._me = psutil.Process()
        self.peak = 0
        self.peak_self = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        import psutil

        while not self._stop.is_set():
            try:
                mine = self._me.memory_info().rss
                # PSS shares pages mapped by several processes (Python, reportlab) fairly among them.
                total = self._me.memory_full_info().pss + sum(
                    c.memory_full_info().pss for c in self._me.children(recursive=True))
            except psutil.Error:
                continue
            self.peak, self.peak_self = max(self.peak, total), max(self.peak_self, mine)
            self._stop.wait(0.1)

    def __enter__(self) -> "_PeakRss":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def run() -> list[dict]:
    from scope_desk.db import open_store
    from scope_desk.letters.batch import write_batch
    from scope_desk.services.access import SYSTEM_ACTOR
    from scope_desk.services.consent_round import LetterSelection, RoundService
    from scope_desk.services.events import Changes
    from tests.fixtures.round_world import populate

    letters = 500 if quick() else 5_000
    classes = tuple(f"Groep {g}{c}" for g in range(1, 9) for c in "abcdefg")
    with tempfile.TemporaryDirectory(prefix="scope-desk-bench-letters-") as folder:
        store = open_store(Path(folder) / "bench.sqlite3", backup_dir=Path(folder) / "backups")
        try:
            world = populate(store, pupils=letters, classes=classes, sibling_every=0)
            service = RoundService(store, Changes())
            setup = service.open_round(SYSTEM_ACTOR, world.school_id, world.year_label, today=date(2026, 9, 1))
            target = Path(folder) / "brieven.pdf"
            with _PeakRss() as memory:
                started = time.perf_counter()
                job = service.prepare_letters(SYSTEM_ACTOR, setup.round_id, LetterSelection(letter_date=date(2026, 9, 1)))
                loaded = time.perf_counter() - started
                result = write_batch(job, target)
                total = time.perf_counter() - started
            size_mb = target.stat().st_size / 1e6
        finally:
            store.dispose()
    peak_mb = memory.peak_self / 1e6
    return [
        {"benchmark": "letters: load letter data (2 Core queries)", "value": loaded, "unit": "s",
         "note": f"{letters:,} pupils with guardians, ordered by class and sort name"},
        {"benchmark": "letters: batch written (load + render + merge)", "value": total, "unit": "s",
         "peak_rss_mb": peak_mb,
         "note": f"{result.letters:,} letters, {result.pages:,} pages, {size_mb:.1f} MB; goal < 6 s and < 150 MB; "
                 f"with the 2 workers {memory.peak / 1e6:.0f} MB PSS together"},
        {"benchmark": "letters: letters per second", "value": result.letters / total, "unit": "letters/s",
         "peak_rss_mb": peak_mb, "note": "2 worker processes, forms for letterhead and slip frame"},
    ]
