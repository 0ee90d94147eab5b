from sqlalchemy import select

from scope_desk.models import Pupil, School


def test_a_pupil_saved_in_one_unit_of_work_is_read_back_in_the_next(store):
    with store.transaction(write=True) as s:
        school = School(brin="12AB", name="De Regenboog")
        s.add(school)
        s.flush()
        s.add(Pupil(school_id=school.id, leerlingnummer="00042", first_name="Zoë", tussenvoegsel="van 't", surname="Hart"))
    with store.transaction() as s:
        pupil = s.execute(select(Pupil)).scalar_one()
        assert (pupil.leerlingnummer, pupil.first_name, pupil.tussenvoegsel, pupil.surname) == ("00042", "Zoë", "van 't", "Hart")
