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


NEW_VERSION = """# Protocol Sociale Media 2026
## A. Leerlingen
A.5 Ouders en verzorgers mogen ieder schooljaar bezwaar maken, ook tussentijds.
A.7 Pesten, kwetsen, stalken, bedreigen en zwartmaken, ook in groepsapps, is niet toegestaan.
A.8 Wie zulke berichten ziet, meldt dat bij de mentor.
"""


def test_an_incident_keeps_citing_the_version_in_force_on_its_date(store, service, world, director, system_actor):
    from scope_desk.errors import InvalidInput
    from scope_desk.services.protocol import ProtocolService

    before = _record(service, director, world, "Voor de nieuwe versie", ("A.7",), happened_on=date(2026, 2, 8))
    protocol = ProtocolService(store, Changes())
    new = protocol.import_version(system_actor, NEW_VERSION.encode(), date(2026, 3, 1), label="2026")

    # the incident service asks the protocol service which version was in force
    assert [a.code for a in service.articles_for_date(director, date(2026, 2, 28))] == ["A.5", "A.7"]
    picked = service.articles_for_date(director, date(2026, 3, 1))
    assert [(a.code, a.version_label) for a in picked] == [("A.5", "2026"), ("A.7", "2026"), ("A.8", "2026")]
    assert [a.id for a in picked] == [a.id for a in protocol.articles_in_force(director, date(2026, 3, 1))]

    old = service.open_incident(director, before)
    assert old.protocol_version_label == "2012"
    assert [(a.code, a.id, a.text) for a in old.articles] == [
        ("A.7", world["article_A.7"], "Pesten, kwetsen, stalken, bedreigen ... is niet toegestaan.")]
    # editing it later (same date) keeps the old version's article
    entry = IncidentInput(school_id=world["school"], title="Voor de nieuwe versie (aangevuld)",
                          reported_on=date(2026, 2, 8), happened_on=date(2026, 2, 8), platform="WhatsApp",
                          category="pesten", article_ids=(world["article_A.7"],))
    service.update_incident(director, before, old.version, entry)
    edited = service.open_incident(director, before)
    assert edited.protocol_version_label == "2012" and [a.id for a in edited.articles] == [world["article_A.7"]]
    assert service.count_by_article(director, world["version"])["A.7"] == 1
    assert service.count_by_article(director, new.id) == {"A.5": 0, "A.7": 0, "A.8": 0}

    # an incident after the effective date cites the new version, and may not pick the old article
    new_a7 = next(a.id for a in picked if a.code == "A.7")
    with pytest.raises(InvalidInput):
        service.create_incident(director, IncidentInput(
            school_id=world["school"], title="Na de nieuwe versie", reported_on=date(2026, 3, 2),
            happened_on=date(2026, 3, 2), platform="TikTok", category="pesten", article_ids=(world["article_A.7"],)))
    after = service.create_incident(director, IncidentInput(
        school_id=world["school"], title="Na de nieuwe versie", reported_on=date(2026, 3, 2),
        happened_on=date(2026, 3, 2), platform="TikTok", category="pesten", article_ids=(new_a7,)))
    assert service.open_incident(director, after).protocol_version_label == "2026"
    assert [i.title for i in service.list_incidents(director, article_code="A.7", version_id=world["version"])] == [
        "Voor de nieuwe versie (aangevuld)"]
    # moving the old incident's date past the new version's start: its old article no longer fits
    with pytest.raises(InvalidInput):
        service.update_incident(director, before, edited.version,
                                IncidentInput(**{**entry.__dict__, "happened_on": date(2026, 3, 5), "reported_on": date(2026, 3, 5)}))
