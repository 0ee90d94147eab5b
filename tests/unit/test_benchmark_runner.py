"""``python -m benchmarks`` runs every bench_*.py, prints one aligned table, and fails loudly."""

from __future__ import annotations

import sys
import types
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _runner(monkeypatch):
    monkeypatch.syspath_prepend(str(REPO))
    import benchmarks.__main__ as runner

    return runner


def test_the_store_benchmark_runs_and_prints_its_rows(monkeypatch, capsys):
    runner = _runner(monkeypatch)
    assert "store" in runner.available()
    assert runner.main(["--quick", "--only", "store"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:3] == ["benchmark", "value", "unit"]
    assert set(lines[1]) <= {"-", " "}
    assert [line.split(":")[0] for line in lines[2:]] == ["store"] * 3
    assert "1,000 rows" in lines[2]


def test_a_failing_or_malformed_benchmark_is_shown_and_fails_the_run(monkeypatch, capsys):
    runner = _runner(monkeypatch)
    broken = types.ModuleType("benchmarks.bench_broken")
    broken.run = lambda: 1 / 0
    odd = types.ModuleType("benchmarks.bench_odd")
    odd.run = lambda: [{"benchmark": "odd", "value": 1}]
    monkeypatch.setitem(sys.modules, "benchmarks.bench_broken", broken)
    monkeypatch.setitem(sys.modules, "benchmarks.bench_odd", odd)
    monkeypatch.setattr(runner, "available", lambda: ["broken", "odd"])

    assert runner.main([]) == 1
    out = capsys.readouterr().out
    assert "broken: FAILED" in out and "ZeroDivisionError" in out
    assert "odd: FAILED" in out and "lacks unit, note" in out


def test_columns_line_up():
    import importlib

    sys.path.insert(0, str(REPO))
    try:
        runner = importlib.import_module("benchmarks.__main__")
    finally:
        sys.path.remove(str(REPO))
    text = runner.table([
        {"benchmark": "a", "value": 1234.5678, "unit": "ms", "note": "x", "peak_rss_mb": 101.25},
        {"benchmark": "langere naam", "value": 0.5, "unit": "s", "note": "y"},
    ])
    lines = text.splitlines()
    assert lines[2].split()[1] == "1,235" and lines[3].split()[2] == "0.5000"
    assert "101" in lines[2]
    value_end = lines[0].index("value") + len("value")
    assert all(line[value_end - 1] != " " for line in lines[2:])  # numbers right-aligned under the header
