"""SIGKILL of a real ``scope-desk import`` of 10,000 pupils at a random moment: all or none, never part."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .big_export import write_export
from scope_desk.db import open_store

ROOT = Path(__file__).parents[2]
PUPILS = 10_000
RUNS = 14


def _counts(path: Path) -> tuple[int, int, int, str]:
    con = sqlite3.connect(path)
    try:
        pupils = con.execute("SELECT count(*) FROM pupils").fetchone()[0]
        enrolments = con.execute("SELECT count(*) FROM enrolments").fetchone()[0]
        links = con.execute("SELECT count(*) FROM pupil_guardians").fetchone()[0]
        check = con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()
    return pupils, enrolments, links, check


@pytest.mark.slow
def test_a_killed_import_leaves_all_or_none(tmp_path):
    export = write_export(tmp_path / "export.csv", PUPILS)
    template = tmp_path / "template.sqlite3"
    open_store(template, backup_dir=tmp_path / "backups").dispose()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    rng = random.Random(4)
    outcomes = {"none": 0, "all": 0}
    for run in range(RUNS):
        db = tmp_path / f"run{run}.sqlite3"
        shutil.copy(template, db)
        proc = subprocess.Popen([sys.executable, "-m", "scope_desk", "--db", str(db), "import", str(export),
                                 "--school", "12AB", "--year", "2026-2027"], cwd=ROOT, env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.4, 2.2))  # start-up, reading, writing and committing all get hit
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        pupils, enrolments, links, check = _counts(db)
        assert check == "ok"
        assert (pupils, enrolments, links) in ((0, 0, 0), (PUPILS, PUPILS, 2 * PUPILS)), f"run {run}: partial import"
        outcomes["all" if pupils else "none"] += 1
    # the kill moments must have hit both sides, or the test proved nothing
    assert outcomes["none"] > 0 and outcomes["all"] > 0, outcomes
