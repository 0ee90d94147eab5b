"""``scope-desk demo``: one summary line, one clear line and exit 1 on bad input."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from scope_desk.cli import main
from scope_desk.db import open_store
from scope_desk.models import Pupil


def test_demo_fills_then_refuses_a_second_time(tmp_path, capsys):
    db = str(tmp_path / "demo.sqlite3")
    assert main(["--db", db, "demo", "--students", "40", "--seed", "3"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1 and "3 scholen, 40 leerlingen" in out[0]
    store = open_store(db, migrate=False)
    with store.transaction() as s:
        pupils = s.execute(select(func.count()).select_from(Pupil)).scalar_one()
    store.dispose()
    assert main(["--db", db, "demo", "--students", "40"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "al scholen of leerlingen" in err[0]
    store = open_store(db, migrate=False)
    with store.transaction() as s:
        assert s.execute(select(func.count()).select_from(Pupil)).scalar_one() == pupils
    store.dispose()
    assert main(["--db", db, "check"]) == 0


@pytest.mark.parametrize(("args", "message"), [
    (["--students", "abc"], "--students moet een geheel getal zijn"),
    (["--students", "0"], "aantal leerlingen"),
    (["--students", "-5"], "aantal leerlingen"),
    (["--students", "2.5"], "--students moet een geheel getal zijn"),
    (["--seed", "x"], "--seed moet een geheel getal zijn"),
])
def test_bad_input_is_one_line_and_creates_nothing(tmp_path, capsys, args, message):
    db = tmp_path / "never.sqlite3"
    assert main(["--db", str(db), "demo", *args]) == 1
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and captured.out == ""
    assert not db.exists()
