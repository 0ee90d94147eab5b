"""Pupil import of 10,000 pupils; switching class and filtering on a 50,000-pupil store; peak RSS."""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import quick

ROOT = Path(__file__).resolve().parents[1]


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run() -> list[dict]:
    sys.path.insert(0, str(ROOT / "tests" / "reliability"))
    from big_export import write_export

    from scope_desk.db import open_store
    from scope_desk.services.access import SYSTEM_ACTOR as actor
    from scope_desk.services.container import Services
    from scope_desk.services.consent_types import ConsentState, DecisionEntry
    from scope_desk.ui.consent_model import FILTER_REFUSAL, ConsentTableModel

    per_import = 2_000 if quick() else 10_000
    schools = 1 if quick() else 5  # 5 × 10,000 = 50,000 pupils
    rows: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        export = write_export(tmp / "export.csv", per_import, classes=24)
        services = Services.over(open_store(tmp / "bench.sqlite3", backup_dir=tmp / "b"))
        try:
            imports = []
            for n in range(schools):
                started = time.perf_counter()
                services.pupil_import.apply(actor, services.pupil_import.read(export), f"{10 + n}AB", "2026-2027")
                imports.append(time.perf_counter() - started)
            rows.append({"benchmark": "consent: import pupils", "value": round(min(imports), 2), "unit": "s",
                         "note": f"{per_import} pupils with 2 guardians, new school; goal < 10 s", "peak_rss_mb": round(_rss_mb())})
            choice = services.consent.round_choices(actor)
            if not choice:
                with services.store.transaction() as s:
                    from scope_desk.models import School, SchoolYear
                    year_id = s.query(SchoolYear.id).filter_by(label="2026-2027").scalar()
                    school_id = s.query(School.id).filter_by(brin="10AB").scalar()
                r = services.consent.open_round(actor, school_id, year_id)
            else:
                r = services.consent.get_round(actor, choice[0].round_id)
            reg = services.consent.registry(actor, r.id)
            entries = [DecisionEntry(row.pupil_id, c.id, ConsentState.REFUSED if (row.pupil_id + c.id) % 5 == 0
                                     else ConsentState.GRANTED, __import__("datetime").date(2026, 9, 2))
                       for row in reg.rows[: len(reg.rows) * 3 // 4] for c in r.categories]
            for start in range(0, len(entries), 5000):
                services.consent.record(actor, entries[start:start + 5000])
            classes = services.consent.classes(actor, r.school_id, r.school_year_id)
            timings = []
            for c in classes[:10]:
                started = time.perf_counter()
                services.consent.registry(actor, r.id, c.id)
                timings.append((time.perf_counter() - started) * 1000)
            rows.append({"benchmark": "consent: switch class", "value": round(sorted(timings)[len(timings) // 2], 1),
                         "unit": "ms", "note": f"median of 10 classes, store of {schools * per_import} pupils; goal < 100 ms"})
            model = ConsentTableModel()
            whole = services.consent.registry(actor, r.id)
            model.set_rows(whole.rows, [c.label for c in whole.round.categories])
            started = time.perf_counter()
            model.set_filter("ank", FILTER_REFUSAL)
            rows.append({"benchmark": "consent: filter whole school", "value": round((time.perf_counter() - started) * 1000, 1),
                         "unit": "ms", "note": f"name + any refusal over {len(whole.rows)} rows; goal < 100 ms",
                         "peak_rss_mb": round(_rss_mb())})
        finally:
            services.store.dispose()
    return rows
