"""Demo data: ``generate`` for 10,000 pupils into a fresh SQLite store (the store's creation and
migration are not counted). Runs in a fresh Python process so its peak RSS is the generator's alone.

Goal (issue 2): "10,000 pupils must be quick to make" — a few seconds, not minutes.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks import quick

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import json, resource, sys, time
from datetime import date
from scope_desk.db import open_store
from scope_desk.services.demo_data import generate

path, students = sys.argv[1], int(sys.argv[2])
store = open_store(path, backup_dir=path + ".backups")
started = time.perf_counter()
summary = generate(store, students=students, seed=1, today=date(2026, 10, 7))
seconds = time.perf_counter() - started
store.dispose()
print(json.dumps({"seconds": seconds, "peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  "decisions": summary.decisions, "guardians": summary.guardians}))
"""


def measure(students: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        done = subprocess.run([sys.executable, "-c", CHILD, str(Path(tmp) / "demo.sqlite3"), str(students)],
                              cwd=ROOT, capture_output=True, text=True, check=True, timeout=600)
    return json.loads(done.stdout.strip().splitlines()[-1])


def run() -> list[dict]:
    students = 1_000 if quick() else 10_000
    result = measure(students)
    return [{
        "benchmark": f"demo data, {students:,} pupils (SQLite)",
        "value": round(result["seconds"], 2),
        "unit": "s",
        "peak_rss_mb": round(result["peak_kb"] / 1024, 1),
        "note": f"{result['guardians']:,} guardians, {result['decisions']:,} consent decisions; goal: a few seconds",
    }]
