"""run_gui: a store that cannot be opened gives one sentence and exit 1, and the file is left alone."""

from __future__ import annotations

from argparse import Namespace

from scope_desk import app


def test_a_corrupt_database_gives_one_sentence_and_exit_1_and_stays_unchanged(tmp_path, monkeypatch, capsys):
    bad = tmp_path / "kapot.sqlite3"
    content = b"Dit is geen database maar een boodschappenlijst.\n" * 40
    bad.write_bytes(content)
    shown: list[str] = []
    monkeypatch.setattr(app, "show_error", shown.append)
    code = app.run_gui(Namespace(db=str(bad), demo=False, lang=None))
    assert code == 1
    assert len(shown) == 1 and "kapot.sqlite3" in shown[0] and "\n" not in shown[0]
    assert capsys.readouterr().err.strip() == f"scope-desk: {shown[0]}"
    assert bad.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kapot.sqlite3"]

