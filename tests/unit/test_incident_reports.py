"""The incident PDFs: the yearly anonymised overview holds no name of anyone in the store; the dossier
lists evidence with its SHA-256 and shows tampering."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from fixtures.incident_samples import fill_incident_samples
from fixtures.incident_world import fill_incident_world
from sqlalchemy import select
from sqlalchemy import text as sql

from scope_desk import cli
from scope_desk.models import Guardian, Pupil, StaffMember
from scope_desk.services.access import SYSTEM_ACTOR
from scope_desk.services.events import Changes
from scope_desk.services.incidents import IncidentService


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout


def names_in_store(store) -> set[str]:
    """First names and surnames (length >= 4) of every pupil, guardian and staff member."""
    words: set[str] = set()
    with store.transaction() as s:
        for model in (Pupil, Guardian, StaffMember):
            for first, last in s.execute(select(model.first_name, model.surname)):
                words.update(w for w in (first or "", last or "") if len(w) >= 4)
    return words


def leaked(text: str, names: set[str]) -> list[str]:
    return sorted(n for n in names if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text, re.IGNORECASE))


@pytest.fixture
def filled(store):
    world = fill_incident_world(store)
    service = IncidentService(store, Changes())
    ids = fill_incident_samples(service, SYSTEM_ACTOR, world)
    return world, service, ids


def test_overview_pdf_has_counts_and_no_names(filled, store, db_url, tmp_path, capsys):
    out = tmp_path / "jaaroverzicht.pdf"
    assert cli.main(["--db", db_url, "incidents", "report", "--year", "2025-2026", "--out", str(out)]) == 0
    assert "6 incidenten" in capsys.readouterr().out
    text = pdf_text(out)
    assert "Jaaroverzicht incidenten sociale media" in text
    assert re.search(r"Pesten\s+2\s+33%", text) and re.search(r"WhatsApp\s+2\s+33%", text)
    names = names_in_store(store)
    assert {"Sanne", "Vries", "Bakker", "Ingrid", "Veenstra"} <= names
    assert leaked(text, names) == []


def test_dossier_pdf_lists_evidence_hash_and_tampering(filled, store, db_url, tmp_path):
    world, service, ids = filled
    evidence = tmp_path / "bewijs.txt"
    evidence.write_text("schermafdruk")
    view = service.add_evidence(SYSTEM_ACTOR, ids[0], evidence)
    out = tmp_path / "dossier.pdf"
    assert cli.main(["--db", db_url, "incidents", "dossier", "--id", str(ids[0]), "--out", str(out)]) == 0
    text = pdf_text(out)
    assert "Sanne de Vries" in text and "Beide kanten gehoord" in text
    assert view.sha256[:32] in text.replace("\n", "").replace(" ", "") and "gecontroleerd" in text
    with store.transaction(write=True) as s:  # the bytes altered in the store, by raw SQL
        s.execute(sql("UPDATE evidence_contents SET content = :data"), {"data": b"vervalst"})
    assert cli.main(["--db", db_url, "incidents", "dossier", "--id", str(ids[0]), "--out", str(out)]) == 0
    assert "GEWIJZIGD" in pdf_text(out)


def test_bad_year_fails_with_one_line_and_writes_nothing(filled, db_url, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    assert cli.main(["--db", db_url, "incidents", "report", "--year", "vorig jaar", "--out", str(out)]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "schooljaar" in err
    assert not out.exists()


def test_overview_on_demo_data_names_nobody(store, tmp_path):
    """H2's demo store (schools, staff, pupils, guardians, incidents): every year's overview PDF is
    checked for every first name and surname (length >= 4) in the store, as whole words."""
    from datetime import date

    from scope_desk.letters.incident_overview import build_overview
    from scope_desk.services.demo_data import generate

    today = date(2026, 3, 2)
    generate(store, students=120, seed=7, today=today)
    service = IncidentService(store, Changes())
    names = names_in_store(store)
    assert len(names) > 100
    total = 0
    for period in ("2025-2026", "2026", "2025"):
        overview = service.overview(SYSTEM_ACTOR, period)
        total += overview.total
        out = tmp_path / f"overzicht-{period}.pdf"
        out.write_bytes(build_overview(overview))
        text = pdf_text(out)
        assert "Per categorie" in text
        assert leaked(text, names) == [], period
    assert total > 0  # the demo data really has incidents in these periods
