"""``scope-desk round open`` and ``scope-desk letters``: one line out, one line on bad input, exit codes."""

from __future__ import annotations

import subprocess

from scope_desk import cli
from tests.fixtures.round_world import populate


def test_open_round_then_letters(store, db_url, tmp_path, capsys) -> None:
    world = populate(store, pupils=9, classes=("Groep 3", "Groep 5a"))
    store.dispose()
    assert cli.main(["--db", db_url, "round", "open", "--year", "2026-2027", "--school", "12ab",
                     "--deadline", "2099-09-15"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1 and "2026-2027" in out[0] and "8 categorieën" in out[0]
    target = tmp_path / "brieven.pdf"
    assert cli.main(["--db", db_url, "letters", "--year", "2026-2027", "--school", "12AB", "--class", "5a",
                     "--out", str(target)]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1 and out[0].startswith("4 brieven met 4 strookjes")
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    expected = {name for pid, name in world.pupils.items() if world.pupil_class[pid] == "Groep 5a"}
    assert all(name in text for name in expected)
    assert not any(name in text for name in set(world.pupils.values()) - expected)


def test_bad_input_is_one_line_and_nonzero(store, db_url, tmp_path, capsys) -> None:
    populate(store, pupils=3)
    store.dispose()
    cases = [
        ["round", "open", "--year", "2026-2027", "--school", "12AB", "--deadline", "15-09-2026"],
        ["round", "open", "--year", "2026", "--school", "12AB"],
        ["letters", "--year", "2026-2027", "--school", "99ZZ", "--out", str(tmp_path / "x.pdf")],
        ["letters", "--year", "2026-2027", "--school", "12AB", "--out", str(tmp_path / "x.pdf")],  # no round yet
        ["letters", "--year", "2026-2027", "--school", "12AB", "--out", str(tmp_path / "x.txt")],
    ]
    for argv in cases:
        assert cli.main(["--db", db_url, *argv]) == 1, argv
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and err[0].startswith("scope-desk: "), (argv, err)
    assert not (tmp_path / "x.pdf").exists()
