"""Property: export the registry, import it into an empty store: the same pupils and decisions, exactly."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings, strategies as st

from scope_desk.db import open_store
from scope_desk.formula_cells import neutralise, restore
from scope_desk.models import Enrolment, Pupil, School, SchoolClass
from scope_desk.services import school_years
from scope_desk.services.access import SYSTEM_ACTOR
from scope_desk.services.consent_export import ConsentExportService
from scope_desk.services.consent_types import ConsentState, DecisionEntry
from scope_desk.services.container import Services

LETTERS = "abcdeëfghijklmnoprstuvwyzşłéïö"
# What a spreadsheet would run as a formula (the export neutralises it with an apostrophe), what
# looks like that neutralisation already ("'=", "''-") and real apostrophes ("'t Hart") that stay.
LEADS = st.sampled_from(["", "", "=", "+", "-", "@", "'=", "''-", "'t ", "'"])
name_part = st.text(alphabet=LETTERS + "ĳ'", min_size=1, max_size=8)
first_names = st.builds(lambda lead, a, b: lead + a.capitalize() + b, LEADS, name_part,
                        st.sampled_from(["", " Maria", "-Jan", "'s"]))
surnames = st.builds(lambda lead, a, b: lead + (a[0].upper() + a[1:]) + b, LEADS, st.text(alphabet=LETTERS, min_size=1, max_size=8),
                     st.sampled_from(["", "'s", "-Łukowska", " Yıldız"]))
pupil = st.tuples(first_names, st.sampled_from(["", "van", "van der", "van 't", "'t", "de", "d'", "in 't"]), surnames,
                  st.one_of(st.none(), st.dates(date(2012, 1, 1), date(2021, 12, 31))),
                  st.sampled_from(["Groep 1", "3/4", "8b", "=1+1", "-5", "@8", "'=2"]),
                  st.lists(st.sampled_from(list(ConsentState)), min_size=8, max_size=8))
TRICKY = [("=HYPERLINK(\"x\")", "", "'t Hart", date(2015, 3, 1), "=1+1", [ConsentState.GRANTED] * 8),
          ("+31", "'t", "-Jansen", None, "@8", [ConsentState.REFUSED] * 8),
          ("'=Anna", "van 't", "''-Ëlif", date(2016, 1, 2), "-5", list(ConsentState) * 2),
          ("'", "", "@Łukowska", None, "'=2", [ConsentState.NOT_RETURNED] * 8)]
YEAR = "2026-2027"


def _fill(services: Services, pupils) -> None:
    with services.store.transaction(write=True) as s:
        school = School(brin="12AB", name="De Regenboog")
        s.add(school)
        s.flush()
        year = school_years.get_or_create(s, YEAR)
        classes = {}
        for n, (first, tv, sur, born, klass, _) in enumerate(pupils):
            if klass not in classes:
                classes[klass] = SchoolClass(school_id=school.id, school_year_id=year.id, name=klass)
                s.add(classes[klass])
                s.flush()
            p = Pupil(school_id=school.id, leerlingnummer=f"{n:05d}", first_name=first, tussenvoegsel=tv, surname=sur, birth_date=born)
            s.add(p)
            s.flush()
            s.add(Enrolment(pupil_id=p.id, class_id=classes[klass].id, school_year_id=year.id))
        school_id, year_id = school.id, year.id
    r = services.consent.open_round(SYSTEM_ACTOR, school_id, year_id)
    ids = [row.pupil_id for row in sorted(services.consent.registry(SYSTEM_ACTOR, r.id).rows, key=lambda x: x.leerlingnummer)]
    entries = [DecisionEntry(pid, c.id, state, date(2026, 9, 1)) for pid, (*_, states) in zip(ids, pupils)
               for c, state in zip(r.categories, states) if state is not ConsentState.NOT_RETURNED]
    services.consent.record(SYSTEM_ACTOR, entries)


def _snapshot(services: Services):
    year_id = None
    with services.store.transaction() as s:
        from scope_desk.models import SchoolYear
        year_id = s.query(SchoolYear.id).filter_by(label=YEAR).scalar()
        school_id = s.query(School.id).filter_by(brin="12AB").scalar()
    r = services.consent.find_round(SYSTEM_ACTOR, school_id, year_id)
    codes = [c.code for c in r.categories]
    return {row.leerlingnummer: (row.first_name, row.tussenvoegsel, row.surname, row.birth_date, row.class_name,
                                 {code: cell.state for code, cell in zip(codes, row.cells)})
            for row in services.consent.registry(SYSTEM_ACTOR, r.id).rows}


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pupils=st.lists(pupil, min_size=1, max_size=6), fmt=st.sampled_from([".csv", ".xlsx"]))
@example(pupils=TRICKY, fmt=".csv")
@example(pupils=TRICKY, fmt=".xlsx")
def test_export_then_import_gives_the_same_pupils_and_decisions(pupils, fmt):
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        a = Services.over(open_store(tmp / "a.sqlite3", backup_dir=tmp / "b"))
        b = Services.over(open_store(tmp / "b.sqlite3", backup_dir=tmp / "b"))
        try:
            _fill(a, pupils)
            out = tmp / f"export{fmt}"
            ConsentExportService(a.store, a.changes).export(SYSTEM_ACTOR, YEAR, out, "12AB")
            table = b.pupil_import.read(out)
            plan = b.pupil_import.apply(SYSTEM_ACTOR, table, "12AB", YEAR, today=date(2026, 9, 2))
            assert plan.unknown_columns == ("BRIN",)
            assert _snapshot(b) == _snapshot(a)
        finally:
            a.store.dispose()
            b.store.dispose()


def test_the_export_writes_formula_cells_as_text_and_the_import_takes_exactly_that_apostrophe_off():
    assert [neutralise(v) for v in ("=SUM(A1)", "+31", "-5", "@x", "\tx", "\rx", "'=1", "''-", "'t Hart", "d'Ancona", "'", "")] == \
        ["'=SUM(A1)", "'+31", "'-5", "'@x", "'\tx", "'\rx", "''=1", "'''-", "'t Hart", "d'Ancona", "'", ""]
    for value in ("'t Hart", "'s-Gravenhage", "d'Ancona", "'", "''", "'a=b", "Jan-Piet", ""):
        assert restore(value) == value  # no neutralisation: left exactly as it is
    assert [restore(v) for v in ("'=SUM(A1)", "'-5", "''=1", "'@x")] == ["=SUM(A1)", "-5", "'=1", "@x"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="'=+-@\t\rab t", max_size=6))
def test_restore_undoes_neutralise_for_every_value(value):
    assert restore(neutralise(value)) == value
