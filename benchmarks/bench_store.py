"""The data store: bulk consent decisions with Core, opening an existing store, a verified backup."""

from __future__ import annotations

import tempfile
import time
from datetime import date, datetime, timezone
from pathlib import Path

from benchmarks import quick


def _seed(store, pupils: int) -> tuple[list[int], int]:
    """One school, year, round and category, and ``pupils`` pupils inserted with Core."""
    from sqlalchemy import insert, select

    from scope_desk.models import ConsentCategory, ConsentRound, Pupil, School, SchoolYear
    from scope_desk.naming import sort_key

    with store.transaction(write=True) as s:
        school = School(brin="00BM", name="Benchmarkschool")
        year = SchoolYear(label="2026-2027", starts_on=date(2026, 8, 1), ends_on=date(2027, 7, 31))
        s.add_all([school, year])
        s.flush()
        round_ = ConsentRound(school_id=school.id, school_year_id=year.id, opened_on=date(2026, 9, 1))
        s.add(round_)
        s.flush()
        category = ConsentCategory(round_id=round_.id, code="website", label="Website van de school")
        s.add(category)
        s.flush()
        now = datetime.now(timezone.utc)
        s.execute(insert(Pupil), [
            {"school_id": school.id, "leerlingnummer": f"{n:06}", "first_name": "Zoë", "tussenvoegsel": "van den",
             "surname": f"Berg{n}", "sort_name": sort_key("Zoë", "van den", f"Berg{n}"), "created_at": now, "version": 1}
            for n in range(pupils)
        ])
        ids = list(s.scalars(select(Pupil.id)))
        return ids, category.id


def _decisions(pupil_ids: list[int], category_id: int, count: int) -> list[dict]:
    from scope_desk.models import ConsentState, ReceivedVia

    states = list(ConsentState)
    now = datetime.now(timezone.utc)
    return [
        {"pupil_id": pupil_ids[n % len(pupil_ids)], "category_id": category_id, "state": states[n % len(states)],
         "received_via": ReceivedVia.PAPER, "decided_on": date(2026, 9, 15), "recorded_by_name": "benchmark",
         "recorded_at": now, "given_by_pupil": False, "carried_over": False, "note": ""}
        for n in range(count)
    ]


def run() -> list[dict]:
    from sqlalchemy import func, insert, select

    from scope_desk.db import open_store
    from scope_desk.db_backup import backup_sqlite
    from scope_desk.models import ConsentDecision

    decisions = 1_000 if quick() else 10_000
    pupils = 200 if quick() else 1_000
    with tempfile.TemporaryDirectory(prefix="scope-desk-bench-") as folder:
        path = Path(folder) / "bench.sqlite3"
        store = open_store(path, backup_dir=Path(folder) / "backups")
        try:
            pupil_ids, category_id = _seed(store, pupils)
            rows = _decisions(pupil_ids, category_id, decisions)
            started = time.perf_counter()
            with store.transaction(write=True) as s:
                s.execute(insert(ConsentDecision), rows)
            insert_s = time.perf_counter() - started
            with store.transaction() as s:
                assert s.scalar(select(func.count()).select_from(ConsentDecision)) == decisions
        finally:
            store.dispose()

        started = time.perf_counter()
        store = open_store(path, backup_dir=Path(folder) / "backups")  # preflight checks, pragmas, at head
        open_ms = (time.perf_counter() - started) * 1000
        try:
            started = time.perf_counter()
            backup_sqlite(store, Path(folder) / "backups")
            backup_s = time.perf_counter() - started
        finally:
            store.dispose()
        size_mb = path.stat().st_size / 1e6

    return [
        {"benchmark": "store: consent decisions inserted (Core)", "value": insert_s, "unit": "s",
         "note": f"{decisions:,} rows, one transaction, SQLite synchronous=FULL ({decisions / insert_s:,.0f} rows/s)"},
        {"benchmark": "store: open existing store", "value": open_ms, "unit": "ms",
         "note": f"quick_check + foreign_key_check + pragmas + schema at head; {size_mb:.1f} MB file"},
        {"benchmark": "store: verified backup", "value": backup_s, "unit": "s",
         "note": f"online backup API + integrity_check of the copy; {size_mb:.1f} MB file"},
    ]
