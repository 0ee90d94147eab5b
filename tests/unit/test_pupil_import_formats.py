"""Every export format the schools send is read right; every broken file is refused naming the line."""

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from scope_desk.errors import ImportRejected
from scope_desk.importers.columns import ColumnMapping
from scope_desk.models import Enrolment, Guardian, Pupil, PupilGuardian, School, SchoolClass
from scope_desk.services.events import Changes
from scope_desk.services.pupil_import import PupilImportService

FIXTURES = Path(__file__).parents[1] / "fixtures" / "import"
TODAY = date(2026, 9, 1)

# file → {leerlingnummer: (first_name, tussenvoegsel, surname, birth_date, class)}
EXPECTED = {
    "parnassys_semicolon_bom.csv": {
        "00017": ("Şeyma", "", "Yıldız", date(2017, 4, 3), "Groep 3"),
        "00018": ("Zoë", "van 't", "Hart", date(2016, 11, 7), "Groep 4"),
        "00019": ("IJsbrand", "van der", "Berg", date(2016, 2, 1), "Groep 4"),
    },
    "magister_comma_utf8.csv": {
        "010203": ("Łukasz", "", "Nowak", date(2015, 6, 30), "5A"),
        "010204": ("Noëlle", "d'", "Ancona", date(2015, 1, 9), "5A"),
        "010205": ("Jan, Willem", "de", "Groot", date(2014, 12, 31), "6B"),
    },
    "somtoday_tab_cp1252.csv": {
        "0500": ("Renée", "", "Müller", date(2018, 3, 5), "Groep 2"),
        "0501": ("Joël", "van", "Dijk", date(2017, 10, 15), "Groep 2"),
    },
    "esis_quoted_cp1252.csv": {
        "000777": ("Anaïs", "", "Peeters", date(2016, 12, 12), "3/4"),
        "000778": ("Bart", "", "O'Neill", date(2016, 2, 2), "3/4"),
    },
    "parnassys.xlsx": {
        "00042": ("Fenna", "de", "Jong", date(2017, 5, 4), "Groep 3"),
        "00043": ("Daan", "van", "Leeuwen", date(2016, 9, 1), "Groep 4"),
    },
}
EXPECTED["edexml_parnassys.xml"] = EXPECTED["parnassys_semicolon_bom.csv"]  # the same pupils as EDEXML

BROKEN = {
    "bad_unclosed_quote.csv": "Regel 3",
    "bad_too_many_columns.csv": "Regel 4",
    "bad_date.csv": "regel 3",
    "bad_missing_number.csv": "regel 2",
    "bad_duplicate_number.csv": "regel 4",
    "bad_no_number_column.csv": "Regel 1",
    "bad_empty.csv": "Regel 1",
    "bad_binary.csv": "Regel 2",
    "bad_edexml_malformed.xml": "Regel 7",
    "bad_edexml_doctype.xml": "Regel 2",
}


@pytest.fixture
def importer(store):
    return PupilImportService(store, Changes())


def pupils_in(store):
    with store.transaction() as s:
        rows = s.execute(
            select(Pupil.leerlingnummer, Pupil.first_name, Pupil.tussenvoegsel, Pupil.surname, Pupil.birth_date, SchoolClass.name)
            .join(Enrolment, Enrolment.pupil_id == Pupil.id).join(SchoolClass, SchoolClass.id == Enrolment.class_id)
        ).all()
    return {r[0]: tuple(r[1:]) for r in rows}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_export_format_is_imported_exactly(importer, store, system_actor, name):
    table = importer.read(FIXTURES / name)
    plan = importer.preview(system_actor, table, "12AB", "2026-2027", today=TODAY)
    assert (len(plan.new), len(plan.rejected), plan.school_exists) == (len(EXPECTED[name]), 0, False)
    importer.apply(system_actor, table, "12AB", "2026-2027", today=TODAY)
    assert pupils_in(store) == EXPECTED[name]
    again = importer.preview(system_actor, importer.read(FIXTURES / name), "12AB", "2026-2027", today=TODAY)
    assert (len(again.new), len(again.changed), again.unchanged) == (0, 0, len(EXPECTED[name]))


def test_guardians_are_linked_with_address_and_authority(importer, store, system_actor):
    importer.apply(system_actor, importer.read(FIXTURES / "parnassys_semicolon_bom.csv"), "12AB", "2026-2027", today=TODAY)
    with store.transaction() as s:
        rows = s.execute(
            select(Guardian.initials, Guardian.surname, Guardian.postcode, Guardian.city, Guardian.email, PupilGuardian.position)
            .join(PupilGuardian).join(Pupil).where(Pupil.leerlingnummer == "00017").order_by(PupilGuardian.position)
        ).all()
    assert [tuple(r) for r in rows] == [("A.", "Yıldız", "1234 AB", "Utrecht", "a.yildiz@example.nl", 1),
                                        ("M.", "Kaya", "", "", "m@example.nl", 2)]


def test_unknown_columns_are_reported_and_skipped(importer, system_actor):
    plan = importer.preview(system_actor, importer.read(FIXTURES / "esis_quoted_cp1252.csv"), "12AB", "2026-2027", today=TODAY)
    assert plan.unknown_columns == ("Godsdienst",)


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_a_broken_file_is_refused_naming_the_line_and_changes_nothing(importer, store, system_actor, name):
    with pytest.raises(ImportRejected) as info:
        table = importer.read(FIXTURES / name)
        importer.apply(system_actor, table, "12AB", "2026-2027", today=TODAY)
    assert BROKEN[name] in str(info.value)
    with store.transaction() as s:
        assert s.scalar(select(func.count()).select_from(Pupil)) == 0
        assert s.scalar(select(func.count()).select_from(School)) == 0


def test_a_damaged_xlsx_is_refused(importer):
    with pytest.raises(ImportRejected, match="Excelbestand"):
        importer.read(FIXTURES / "bad_truncated.xlsx")


def test_an_unknown_layout_goes_through_a_remembered_mapping(importer, store, system_actor):
    table = importer.read(FIXTURES / "unknown_layout.csv")
    with pytest.raises(ImportRejected, match="Regel 1"):
        importer.preview(system_actor, table, "12AB", "2026-2027", today=TODAY)
    mapping = ColumnMapping({"leerlingnummer": "ID", "first_name": "Kind voornaam", "surname": "Kind familie",
                             "class_name": "Jaargroepje", "birth_date": "Geb"})
    importer.remember_mapping(system_actor, table.headers, mapping)
    remembered, skipped = importer.mapping_for(system_actor, table)
    assert remembered == mapping and skipped == []
    importer.apply(system_actor, table, "12AB", "2026-2027", mapping=remembered, today=TODAY)
    assert pupils_in(store)["9001"] == ("Mila", "", "Visser", date(2020, 1, 1), "Groep 1")


def test_pupils_missing_from_a_full_export_are_marked_left_never_deleted(importer, store, system_actor, tmp_path):
    importer.apply(system_actor, importer.read(FIXTURES / "parnassys_semicolon_bom.csv"), "12AB", "2026-2027", today=TODAY)
    smaller = tmp_path / "smaller.csv"
    lines = (FIXTURES / "parnassys_semicolon_bom.csv").read_bytes().split(b"\r\n")
    smaller.write_bytes(b"\r\n".join(lines[:2] + lines[3:]))  # 00018 left the school
    plan = importer.preview(system_actor, importer.read(smaller), "12AB", "2026-2027", today=TODAY)
    assert [p.leerlingnummer for p in plan.left] == ["00018"]
    importer.apply(system_actor, importer.read(smaller), "12AB", "2026-2027", today=TODAY)
    with store.transaction() as s:
        left = dict(s.execute(select(Pupil.leerlingnummer, Pupil.left_on)).all())
    assert left == {"00017": None, "00018": TODAY, "00019": None}


def test_a_changed_class_and_name_show_in_the_dry_run_then_apply(importer, store, system_actor, tmp_path):
    importer.apply(system_actor, importer.read(FIXTURES / "somtoday_tab_cp1252.csv"), "12AB", "2026-2027", today=TODAY)
    changed = tmp_path / "changed.csv"
    changed.write_text("Leerling nr;Roepnaam;Achternaam;Stamgroep\n0500;Renée;Müller-Smit;Groep 3\n0501;Joël;van Dijk;Groep 2\n",
                       encoding="utf-8")
    plan = importer.preview(system_actor, importer.read(changed), "12AB", "2026-2027", today=TODAY)
    assert [(p.leerlingnummer, p.changes) for p in plan.changed] == [("0500", ("achternaam", "groep"))]
    assert plan.unchanged == 1 and plan.new_classes == ("Groep 3",)
    importer.apply(system_actor, importer.read(changed), "12AB", "2026-2027", today=TODAY)
    assert pupils_in(store)["0500"] == ("Renée", "", "Müller-Smit", date(2018, 3, 5), "Groep 3")
