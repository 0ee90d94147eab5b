"""Benchmarks for scope-desk: ``python -m benchmarks`` runs them all and prints one table.

Each ``benchmarks/bench_<name>.py`` exposes ``run() -> list[dict]``; every dict is one measured
row with the keys ``benchmark`` (what was measured), ``value`` (a number), ``unit`` ("s", "ms",
"rows/s", …), ``note`` (size, conditions, the goal it is held against) and optionally
``peak_rss_mb``. Benchmarks read ``quick()`` to shrink their sizes for a smoke run
(``python -m benchmarks --quick``). Timings live here, never in tests.
"""

from __future__ import annotations

import os

QUICK_ENV = "SCOPE_DESK_BENCH_QUICK"


def quick() -> bool:
    """True for a smoke run with small sizes (``--quick``)."""
    return os.environ.get(QUICK_ENV, "") not in ("", "0")
