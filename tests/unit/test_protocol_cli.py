"""``scope-desk protocol export|import|register`` through the real CLI; the exported PDF read back with pdftotext."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from scope_desk import paths
from scope_desk.cli import main
from scope_desk.db import open_store
from scope_desk.models.school import School, StaffMember
from scope_desk.protocol_text import normalise, parse
from scope_desk.services.access import SYSTEM_ACTOR
from scope_desk.services.container import Services

FOOTER = re.compile(r"^(SCOPE · .*|pagina \d+ van \d+)$")


def pdf_text(path: Path) -> str:
    """The PDF's words in reading order, footers left out, whitespace normalised."""
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return normalise(" ".join(line for line in out.splitlines() if not FOOTER.match(line.strip())))


def versions(db: Path) -> list[str]:
    store = open_store(db)
    try:
        return [v.label for v in Services.over(store).protocol.list_versions(SYSTEM_ACTOR)]
    finally:
        store.dispose()


def test_export_contains_every_article_in_order_with_its_code(tmp_path, capsys):
    db, out = tmp_path / "s.sqlite3", tmp_path / "protocol.pdf"
    assert main(["--db", str(db), "protocol", "export", "--out", str(out)]) == 0
    assert "versie 2012" in capsys.readouterr().out
    assert out.read_bytes().startswith(b"%PDF")
    text = pdf_text(out)
    bundled = parse(paths.resource("protocol", "protocol-2012.md").read_text(encoding="utf-8"))
    position = 0
    for article in bundled.articles:
        found = text.find(f"{article.code} {article.text}", position)
        assert found >= position, f"{article.code} ontbreekt of staat niet op volgorde"
        position = found
    assert len(bundled.articles) == 23
    assert "Protocol Sociale Media" in text and "Alphen aan den Rijn, november 2012." in text
    raw = subprocess.run(["pdftotext", str(out), "-"], check=True, capture_output=True, text=True).stdout
    pages = len(re.findall(r"pagina \d+ van (\d+)", raw))
    assert pages >= 2 and f"pagina {pages} van {pages}" in raw
    assert "versie 2012, geldig vanaf 1 november 2012" in raw  # footer


def test_import_then_export_the_new_version(tmp_path, capsys):
    db = tmp_path / "s.sqlite3"
    source = tmp_path / "nieuw.md"
    source.write_text("# Protocol Sociale Media\n\n## A. Iedereen\nA.1 Wij gaan respectvol met elkaar om.\n", encoding="utf-8")
    assert main(["--db", str(db), "protocol", "import", str(source), "--effective", "2027-08-01", "--label", "2027"]) == 0
    assert "1 artikelen" in capsys.readouterr().out
    assert versions(db) == ["2027", "2012"]
    out = tmp_path / "p2027.pdf"
    assert main(["--db", str(db), "protocol", "export", "--out", str(out), "--version", "2027"]) == 0
    assert "A.1 Wij gaan respectvol met elkaar om." in pdf_text(out)


def footer_lines(path: Path) -> set[str]:
    raw = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return {line.strip() for line in raw.splitlines() if "· Protocol Sociale Media ·" in line}


def test_export_for_a_school_names_it_in_the_footer_board_wide_says_scope(tmp_path, capsys):
    db = tmp_path / "s.sqlite3"
    store = open_store(db)
    try:
        with store.transaction(write=True) as s:
            s.add(School(brin="07XY", name="De Regenboog"))
    finally:
        store.dispose()
    school, board = tmp_path / "school.pdf", tmp_path / "bestuur.pdf"
    assert main(["--db", str(db), "protocol", "export", "--out", str(school), "--school", "07xy"]) == 0
    assert "(De Regenboog)" in capsys.readouterr().out
    assert footer_lines(school) == {"De Regenboog · Protocol Sociale Media · versie 2012, geldig vanaf 1 november 2012"}
    assert main(["--db", str(db), "protocol", "export", "--out", str(board)]) == 0
    assert footer_lines(board) == {"SCOPE · Protocol Sociale Media · versie 2012, geldig vanaf 1 november 2012"}
    capsys.readouterr()
    assert main(["--db", str(db), "protocol", "export", "--out", str(tmp_path / "x.pdf"), "--school", "99ZZ"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "99ZZ" in err and not (tmp_path / "x.pdf").exists()


def test_bad_input_gives_one_line_and_changes_nothing(tmp_path, capsys):
    db = tmp_path / "s.sqlite3"
    assert versions(db) == ["2012"]
    latin1 = tmp_path / "latin1.md"
    latin1.write_bytes("## A. Één\nA.1 Tekst.\n".encode("cp1252"))
    empty = tmp_path / "leeg.md"
    empty.write_text("Alleen een zin.\n", encoding="utf-8")
    double = tmp_path / "dubbel.md"
    double.write_text("## A. Een\nA.1 Een.\nA.1 Twee.\n", encoding="utf-8")
    cases = [
        ["protocol", "import", str(latin1), "--effective", "2027-08-01"],
        ["protocol", "import", str(empty), "--effective", "2027-08-01"],
        ["protocol", "import", str(double), "--effective", "2027-08-01"],
        ["protocol", "import", str(double), "--effective", "1-8-2027"],
        ["protocol", "import", str(tmp_path / "weg.md"), "--effective", "2027-08-01"],
        ["protocol", "import", str(paths.resource("protocol", "protocol-2012.md")), "--effective", "2012-11-01"],
        ["protocol", "export", "--out", str(tmp_path / "p.txt")],
        ["protocol", "export", "--out", str(tmp_path / "p.pdf"), "--version", "1999"],
    ]
    for argv in cases:
        capsys.readouterr()
        assert main(["--db", str(db), *argv]) == 1, argv
        err = capsys.readouterr().err
        assert err.startswith("scope-desk: ") and err.count("\n") == 1, (argv, err)
    assert versions(db) == ["2012"]
    assert not list(tmp_path.glob("p.*")) and not list(tmp_path.glob(".*.part"))


def test_register_pdf_lists_who_has_not_read_yet(tmp_path, capsys):
    db = tmp_path / "s.sqlite3"
    store = open_store(db)
    with store.transaction(write=True) as s:
        school = School(brin="01AB", name="De Noordster")
        s.add(school)
        s.flush()
        s.add_all([StaffMember(first_name="Şeyma", surname="Yıldız", school_id=school.id, function="leerkracht"),
                   StaffMember(first_name="Bram", surname="Aalders", school_id=school.id, function="directeur")])
    store.dispose()
    out = tmp_path / "register.pdf"
    assert main(["--db", str(db), "protocol", "register", "--school", "01ab", "--out", str(out)]) == 0
    text = pdf_text(out)
    assert "Nog niet bevestigd (2)" in text and "Aalders, Bram" in text and "Yıldız, Şeyma" in text
    assert "Bevestigd (0)" in text
