"""The light Core tables of the Overzicht must match the ORM models they stand in for."""

from __future__ import annotations

import pytest
from sqlalchemy import Boolean, Date, DateTime, Integer, String

from scope_desk.models import Base, ConsentState, IncidentStatus, Visibility
from scope_desk.services import dashboard_tables as light

LIGHT_TABLES = [light.schools, light.school_years, light.pupils, light.consent_rounds, light.consent_categories,
                light.consent_decisions, light.incidents, light.conversations]


@pytest.mark.parametrize("light_table", LIGHT_TABLES, ids=lambda t: t.name)
def test_every_light_column_exists_in_the_model_with_the_same_kind_of_type(light_table):
    model_table = Base.metadata.tables[light_table.name]
    for col in light_table.columns:
        assert col.name in model_table.c, f"{light_table.name}.{col.name} is not in the models"
        light_type, model_type = (getattr(t, "impl", t) for t in (col.type, model_table.c[col.name].type))
        kind = next(k for k in (Boolean, Date, DateTime, Integer, String) if isinstance(light_type, k))
        assert isinstance(model_type, kind), f"{light_table.name}.{col.name}: {model_type!r} is not a {kind.__name__}"


def test_the_held_at_column_reads_aware_utc_datetimes_like_the_model():
    assert type(light.conversations.c.held_at.type) is type(Base.metadata.tables["conversations"].c.held_at.type)


def test_stored_enum_values_are_the_models_values():
    assert light.NOT_RETURNED == ConsentState.NOT_RETURNED.value
    assert set(light.OPEN_STATUSES) == {IncidentStatus.NEW.value, IncidentStatus.IN_PROGRESS.value}
    assert light.DIRECTOR_ONLY == Visibility.DIRECTOR_ONLY.value
