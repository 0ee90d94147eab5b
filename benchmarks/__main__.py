"""``python -m benchmarks [--only NAME] [--quick] [--json FILE]``: run the benchmarks, print one table.

Every ``benchmarks/bench_*.py`` is imported and its ``run()`` called; see ``benchmarks/__init__.py``
for the row format. A benchmark that fails is reported in the table and makes the exit code 1.
"""

from __future__ import annotations

import argparse
import importlib
import json
import math
import os
import sys
import time
import traceback
from pathlib import Path

from benchmarks import QUICK_ENV

HERE = Path(__file__).resolve().parent
REQUIRED = ("benchmark", "value", "unit", "note")
COLUMNS = ("benchmark", "value", "unit", "peak RSS (MB)", "note")


def available() -> list[str]:
    return sorted(p.stem.removeprefix("bench_") for p in HERE.glob("bench_*.py"))


def run_one(name: str) -> tuple[list[dict], str | None]:
    """The rows of one benchmark module, or an error text if it failed or returned something odd."""
    try:
        module = importlib.import_module(f"benchmarks.bench_{name}")
        rows = module.run()
    except Exception:  # noqa: BLE001 - one broken benchmark must not hide the others
        return [], traceback.format_exc(limit=3).strip().splitlines()[-1]
    if not isinstance(rows, list) or not rows:
        return [], f"run() returned {rows!r}, expected a non-empty list of dicts"
    for row in rows:
        missing = [key for key in REQUIRED if key not in row]
        if missing:
            return [], f"row {row!r} lacks {', '.join(missing)}"
    return rows, None


def format_value(value) -> str:
    if isinstance(value, float):
        if math.isnan(value):
            return "—"
        digits = 0 if abs(value) >= 1000 else 1 if abs(value) >= 100 else 2 if abs(value) >= 1 else 4
        return f"{value:,.{digits}f}"
    return f"{value:,}" if isinstance(value, int) else str(value)


def table(rows: list[dict]) -> str:
    cells = [
        (
            str(row["benchmark"]),
            format_value(row["value"]),
            str(row["unit"]),
            format_value(float(row["peak_rss_mb"])) if row.get("peak_rss_mb") is not None else "",
            str(row["note"]),
        )
        for row in rows
    ]
    widths = [max(len(h), *(len(c[i]) for c in cells)) if cells else len(h) for i, h in enumerate(COLUMNS)]
    right = {1, 3}

    def line(values) -> str:
        return "  ".join(v.rjust(w) if i in right else v.ljust(w) for i, (v, w) in enumerate(zip(values, widths))).rstrip()

    return "\n".join([line(COLUMNS), line("-" * w for w in widths), *(line(c) for c in cells)])


def main(argv: list[str] | None = None) -> int:
    names = available()
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--only", metavar="NAME", action="append", choices=names,
                        help=f"run only this benchmark (repeatable): {', '.join(names)}")
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    parser.add_argument("--json", metavar="FILE", type=Path, help="also write the rows as JSON")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and stop")
    args = parser.parse_args(argv)
    if args.list:
        print("\n".join(names))
        return 0
    if args.quick:
        os.environ[QUICK_ENV] = "1"
    rows: list[dict] = []
    failed = False
    for name in args.only or names:
        print(f"… {name}", file=sys.stderr, flush=True)
        started = time.perf_counter()
        found, error = run_one(name)
        rows.extend(found)
        if error:
            failed = True
            rows.append({"benchmark": f"{name}: FAILED", "value": float("nan"), "unit": "", "note": error})
        print(f"  {name} took {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    print(table(rows))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2, default=str, ensure_ascii=False), encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
