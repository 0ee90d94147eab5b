"""Small builders for consent tests: a school, a year, classes, pupils with guardians, a round."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from scope_desk.models import Enrolment, Guardian, Pupil, PupilGuardian, School, SchoolClass, SchoolYear
from scope_desk.services.consent_setup import create_round

CATEGORIES = [
    ("website", "Website van de school", ""),
    ("social_media", "Sociale media van de school", ""),
    ("newsletter", "Nieuwsbrief", ""),
]


@dataclass
class World:
    school_id: int
    year_id: int
    round_id: int
    category_ids: list[int]
    class_ids: list[int]
    pupil_ids: list[int]
    guardians: dict[int, list[int]]  # pupil_id → guardian ids


def year_of(s, label: str) -> SchoolYear:
    first = int(label[:4])
    year = SchoolYear(label=label, starts_on=date(first, 8, 1), ends_on=date(first + 1, 7, 31))
    s.add(year)
    s.flush()
    return year


def build_world(store, pupils_per_class: int = 3, classes: tuple[str, ...] = ("Groep 5a", "Groep 6"),
                brin: str = "12AB", year_label: str = "2026-2027", school_id: int | None = None) -> World:
    with store.transaction(write=True) as s:
        if school_id is None:
            school = School(brin=brin, name="De Regenboog")
            s.add(school)
            s.flush()
            school_id = school.id
        existing = s.query(SchoolYear).filter_by(label=year_label).one_or_none()
        year = existing or year_of(s, year_label)
        r = create_round(s, school_id, year.id, date(int(year_label[:4]), 9, 1), CATEGORIES)
        category_ids = [c.id for c in sorted(r.categories, key=lambda c: c.position)]
        class_ids, pupil_ids, guardians = [], [], {}
        n = 0
        for name in classes:
            klass = SchoolClass(school_id=school_id, school_year_id=year.id, name=name, grades=name[-2])
            s.add(klass)
            s.flush()
            class_ids.append(klass.id)
            for _ in range(pupils_per_class):
                n += 1
                pupil = s.query(Pupil).filter_by(school_id=school_id, leerlingnummer=f"{n:05d}").one_or_none()
                if pupil is None:
                    pupil = Pupil(school_id=school_id, leerlingnummer=f"{n:05d}", first_name=f"Kind{n}",
                                  tussenvoegsel="van" if n % 2 else "", surname=f"Achternaam{n}",
                                  birth_date=date(2016, 1, 1))
                    s.add(pupil)
                    s.flush()
                    gs = []
                    for pos in (1, 2):
                        g = Guardian(surname=f"Ouder{n}-{pos}", first_name="P")
                        s.add(g)
                        s.flush()
                        s.add(PupilGuardian(pupil_id=pupil.id, guardian_id=g.id, position=pos))
                        gs.append(g.id)
                    guardians[pupil.id] = gs
                s.add(Enrolment(pupil_id=pupil.id, class_id=klass.id, school_year_id=year.id))
                pupil_ids.append(pupil.id)
        return World(school_id, year.id, r.id, category_ids, class_ids, pupil_ids, guardians)
