"""School-year labels and dates, and the default consent categories."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from scope_desk.errors import InvalidInput
from scope_desk.models import ConsentCategory, ConsentRound, School, SchoolYear
from scope_desk.services import consent_defaults, school_years


@pytest.mark.parametrize(
    ("day", "label"),
    [(date(2026, 7, 31), "2025-2026"), (date(2026, 8, 1), "2026-2027"), (date(2027, 1, 15), "2026-2027"),
     (date(2027, 7, 31), "2026-2027"), (date(2000, 12, 31), "2000-2001")],
)
def test_year_of_switches_on_first_of_august(day, label):
    assert school_years.year_of(day) == label
    assert school_years.current_year_label(day) == label
    start, end = school_years.dates_of(label)
    assert start <= day <= end


def test_label_dates_and_neighbours():
    assert school_years.dates_of("2026-2027") == (date(2026, 8, 1), date(2027, 7, 31))
    assert school_years.previous_label("2026-2027") == "2025-2026"
    assert school_years.next_label("2026-2027") == "2027-2028"


@pytest.mark.parametrize("bad", ["2026", "2026-2028", "26-27", "2026/2027", "", "abcd-efgh"])
def test_bad_labels_refused_with_a_sentence(bad):
    with pytest.raises(InvalidInput, match="geen schooljaar"):
        school_years.dates_of(bad)


def test_get_or_create_is_idempotent(store):
    with store.transaction(write=True) as s:
        first = school_years.get_or_create(s, "2026-2027")
        again = school_years.get_or_create(s, "2026-2027")
        assert first.id == again.id
        assert (first.starts_on, first.ends_on) == (date(2026, 8, 1), date(2027, 7, 31))
    with store.transaction() as s:
        assert s.execute(select(SchoolYear.label)).scalars().all() == ["2026-2027"]


def test_default_categories_cover_protocol_a5():
    codes = [c.code for c in consent_defaults.DEFAULT_CATEGORIES]
    assert codes == ["school_guide", "website", "newsletter", "parent_app", "social_media",
                     "local_press", "research_training", "recordings"]
    assert [c.position for c in consent_defaults.DEFAULT_CATEGORIES] == list(range(1, 9))
    labels = [c.label for c in consent_defaults.DEFAULT_CATEGORIES]
    assert "Beeld- en geluidsopnamen" in labels and "Lokale pers" in labels
    assert all(c.description for c in consent_defaults.DEFAULT_CATEGORIES)


def test_create_default_categories_for_a_round(store):
    with store.transaction(write=True) as s:
        school = School(brin="12AB", name="De Regenboog")
        s.add(school)
        year = school_years.get_or_create(s, "2026-2027")
        s.flush()
        r = ConsentRound(school_id=school.id, school_year_id=year.id, opened_on=date(2026, 9, 1))
        s.add(r)
        s.flush()
        consent_defaults.create_default_categories(s, r.id)
        round_id = r.id
    with store.transaction() as s:
        rows = s.execute(select(ConsentCategory.code, ConsentCategory.label).where(ConsentCategory.round_id == round_id)
                         .order_by(ConsentCategory.position)).all()
    assert [r.code for r in rows][0] == "school_guide"
    assert ("social_media", "Sociale media van de school") in [tuple(r) for r in rows]
    assert len(rows) == 8
