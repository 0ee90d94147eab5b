"""Incidents and the protocol articles they cite: the list filtered on an article, counts per article,
and the version in force on the incident's date (taken from the protocol service)."""

from __future__ import annotations

from datetime import date

import pytest
from fixtures.incident_world import fill_incident_world

from scope_desk.models.user import Role
from scope_desk.services.events import Changes
from scope_desk.services.incident_lists import Visibility
from scope_desk.services.incident_types import IncidentInput
from scope_desk.services.incidents import IncidentService


@pytest.fixture
def world(store):
    return fill_incident_world(store)


@pytest.fixture
def service(store, tmp_path):
    return IncidentService(store, Changes(), evidence_dir=tmp_path / "bewijs")


@pytest.fixture
def director(make_actor, world):
    return make_actor(Role.DIRECTEUR, world["school"], name="Directeur Wilgenhoek")


def _record(service, actor, world, title: str, codes: tuple[str, ...], happened_on=date(2026, 2, 8), **extra) -> int:
    return service.create_incident(actor, IncidentInput(
        school_id=world["school"], title=title, reported_on=happened_on, happened_on=happened_on,
        platform="WhatsApp", category="pesten", article_ids=tuple(world[f"article_{c}"] for c in codes), **extra))


def test_list_filtered_on_an_article_and_counts_match_what_may_be_opened(service, world, director, make_actor):
    coordinator = make_actor(Role.ANTI_PEST, world["school"], name="Coördinator")
    _record(service, director, world, "Gewoon", ("A.7",))
    _record(service, director, world, "Alleen directeur", ("A.5", "A.7"), visibility=Visibility.DIRECTOR_ONLY)
    version = world["version"]
    assert service.count_by_article(director, version) == {"A.5": 1, "A.7": 2}
    assert service.count_by_article(coordinator, version) == {"A.5": 0, "A.7": 1}
    assert [i.title for i in service.list_incidents(coordinator, article_code="A.7", version_id=version)] == ["Gewoon"]
    assert [i.title for i in service.list_incidents(director, article_code="A.5", version_id=version)] == ["Alleen directeur"]
    assert service.list_incidents(director, article_code="A.7", version_id=version + 999) == []
    everything = service.list_incidents(director)
    assert {i.title: i.article_codes for i in everything} == {"Gewoon": ("A.7",), "Alleen directeur": ("A.5", "A.7")}
