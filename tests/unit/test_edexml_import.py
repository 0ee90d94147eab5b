"""EDEXML: the same records as the CSV reader, rejected rows with their reason, unsafe or broken XML refused."""

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from scope_desk.errors import ImportRejected
from scope_desk.importers.columns import recognise
from scope_desk.importers.pupil_records import records_of
from scope_desk.importers.table import read_table
from scope_desk.services.events import Changes
from scope_desk.services.pupil_import import PupilImportService

FIXTURES = Path(__file__).parents[1] / "fixtures" / "import"
TODAY = date(2026, 9, 1)


def records(path):
    table = read_table(path)
    found, _rejected = records_of(table, recognise(table.headers)[0], TODAY)
    return found


def test_edexml_gives_the_same_records_as_the_csv_export_of_the_same_pupils():
    from_xml = records(FIXTURES / "edexml_parnassys.xml")
    from_csv = records(FIXTURES / "parnassys_semicolon_bom.csv")
    assert [r.line for r in from_xml] == [20, 28, 35]  # the line of each <leerling>
    assert [replace(r, line=0) for r in from_xml] == [replace(r, line=0, guardians=()) for r in from_csv]
    assert from_xml[1].tussenvoegsel == "van 't"  # &apos; read as the apostrophe


def test_a_missing_required_element_rejects_that_pupil_with_the_reason(store, system_actor):
    importer = PupilImportService(store, Changes())
    plan = importer.preview(system_actor, importer.read(FIXTURES / "edexml_missing_surname.xml"), "12AB", "2026-2027",
                            today=TODAY)
    assert [p.leerlingnummer for p in plan.new] == ["00017"]
    assert [r.sentence() for r in plan.rejected] == [
        "regel 12 (leerling 00020): achternaam ontbreekt",
        "regel 16 (leerling 00021): groep 'G9' staat niet bij de groepen in het bestand",
    ]
    with pytest.raises(ImportRejected, match="regel 12"):
        importer.apply(system_actor, importer.read(FIXTURES / "edexml_missing_surname.xml"), "12AB", "2026-2027",
                       today=TODAY)


def test_xml_is_recognised_by_its_content_too(tmp_path):
    renamed = tmp_path / "export.txt"
    renamed.write_bytes((FIXTURES / "edexml_parnassys.xml").read_bytes())
    table = read_table(renamed)
    assert table.source == "EDEXML" and len(table.rows) == 3


@pytest.mark.parametrize("text, expected", [
    ('<?xml version="1.0"?>\n<EDEX>\n  <school/>\n</EDEX>\n', "geen <leerlingen>"),
    ('<EDEX><leerlingen>\n<leerling key="1"><achternaam>&xxe;</achternaam></leerling>\n</leerlingen></EDEX>',
     "Regel 2 van x.xml is geen geldige XML (een onbekende entiteit"),
    ('<EDEX><leerlingen>\n<leerling key="1">\n<achternaam>Jansen</achternaam>\n', "Regel 4 van x.xml is geen geldige XML"),
    ('<?xml version="1.0"?>\n<!doctype EDEX SYSTEM "http://example.org/edex.dtd">\n<EDEX/>', "Regel 2 van x.xml bevat een DOCTYPE"),
    ('<?xml version="1.0"?>\n<EDEX><leerlingen/></EDEX>\n<?x?><!ENTITY a "b">', "Regel 3 van x.xml bevat een DOCTYPE- of ENTITY"),
])
def test_unsafe_broken_or_foreign_xml_is_refused_with_one_sentence(tmp_path, text, expected):
    path = tmp_path / "x.xml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportRejected) as info:
        read_table(path)
    assert expected in str(info.value)
