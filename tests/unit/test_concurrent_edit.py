"""Two people save the same record: the second gets "changed by someone else", never a silent overwrite."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import select

from scope_desk.errors import StaleRecord
from scope_desk.models import Incident, Pupil, School

SENTENCE = "is intussen door iemand anders gewijzigd; laad het opnieuw en voer uw wijziging nogmaals in."


@pytest.fixture
def ids(store) -> tuple[int, int]:
    with store.transaction(write=True) as s:
        school = School(brin="12AB", name="De Regenboog")
        s.add(school)
        s.flush()
        pupil = Pupil(school_id=school.id, leerlingnummer="00042", first_name="Zoë", tussenvoegsel="van 't", surname="Hart")
        incident = Incident(school_id=school.id, reported_on=date(2026, 10, 1), happened_on=date(2026, 9, 30),
                            platform="Instagram", category="A.7", description="eerste versie")
        s.add_all([pupil, incident])
        s.flush()
        return pupil.id, incident.id


def _load(store, cls, key):
    with store.transaction() as s:
        return s.get(cls, key)  # detached afterwards, as in a dialog that is open for a while


def _save(store, obj) -> None:
    with store.transaction(write=True) as s:
        s.add(obj)


def test_the_second_save_of_a_pupil_is_refused_and_the_first_change_kept(store, ids):
    mine, theirs = _load(store, Pupil, ids[0]), _load(store, Pupil, ids[0])
    mine.first_name = "Zoé"
    _save(store, mine)

    theirs.surname = "Berg"
    with pytest.raises(StaleRecord) as refused:
        _save(store, theirs)

    assert str(refused.value).endswith(SENTENCE)
    with store.transaction() as s:
        pupil = s.get(Pupil, ids[0])
        assert (pupil.first_name, pupil.surname, pupil.version) == ("Zoé", "Hart", 2)


def test_the_second_save_of_an_incident_is_refused_and_the_first_change_kept(store, ids):
    mine, theirs = _load(store, Incident, ids[1]), _load(store, Incident, ids[1])
    mine.description = "aangevuld door de directeur"
    _save(store, mine)
    theirs.description = "aangevuld door de coördinator"

    with pytest.raises(StaleRecord, match="iemand anders"):
        _save(store, theirs)

    with store.transaction() as s:
        assert s.get(Incident, ids[1]).description == "aangevuld door de directeur"


def test_a_delete_of_a_record_someone_else_changed_is_refused(store, ids):
    mine, theirs = _load(store, Pupil, ids[0]), _load(store, Pupil, ids[0])
    mine.left_on = date(2026, 12, 1)
    _save(store, mine)
    with pytest.raises(StaleRecord):
        with store.transaction(write=True) as s:
            s.delete(s.merge(theirs, load=True))
    with store.transaction() as s:
        assert s.get(Pupil, ids[0]).left_on == date(2026, 12, 1)


def test_two_units_of_work_at_the_same_time_one_wins(store, ids):
    """Both read in their own open unit of work; the first commits while the second is still open."""
    first_read, first_may_commit = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def other_person() -> None:
        try:
            with store.transaction(write=True) as s:
                pupil = s.get(Pupil, ids[0])
                first_read.set()
                first_may_commit.wait(10)
                pupil.first_name = "Anders"
        except BaseException as exc:  # noqa: BLE001 - handed to the test thread
            errors.append(exc)

    theirs = _load(store, Pupil, ids[0])
    worker = threading.Thread(target=other_person)
    worker.start()
    assert first_read.wait(10)
    first_may_commit.set()
    worker.join(20)
    assert not worker.is_alive() and errors == []

    theirs.first_name = "Te laat"
    with pytest.raises(StaleRecord):
        _save(store, theirs)
    with store.transaction() as s:
        assert s.execute(select(Pupil.first_name)).scalar_one() == "Anders"
