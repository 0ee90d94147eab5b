"""Read confirmations: staff confirm a version, the register per school, a new version asks again."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from sqlalchemy import select

from scope_desk.errors import InvalidInput, NotAllowed
from scope_desk.models.audit import AuditEvent
from scope_desk.models.school import School, StaffMember
from scope_desk.models.user import Role, UserAccount
from scope_desk.services.access import Actor, Grant
from scope_desk.services.events import Changes
from scope_desk.services.protocol import ProtocolService

NEW_VERSION = b"## A. Alle gebruikers\nA.1 Alle betrokkenen nemen de fatsoensnormen in acht.\n"


@pytest.fixture
def world(store):
    with store.transaction(write=True) as s:
        north, south = School(brin="01AB", name="De Noordster"), School(brin="02CD", name="De Zuidwester")
        s.add_all([north, south])
        s.flush()
        people = [
            StaffMember(first_name="Anna", tussenvoegsel="de", surname="Vries", school_id=north.id, function="leerkracht"),
            StaffMember(first_name="Bram", tussenvoegsel="", surname="Aalders", school_id=north.id, function="directeur"),
            StaffMember(first_name="Cees", tussenvoegsel="", surname="Oud", school_id=north.id, active=False),
            StaffMember(first_name="Dewi", tussenvoegsel="", surname="Zuid", school_id=south.id),
        ]
        s.add_all(people)
        s.flush()
        account = UserAccount(username="anna", display_name="Anna de Vries", staff_member_id=people[0].id)
        unlinked = UserAccount(username="los", display_name="Los Account")
        s.add_all([account, unlinked])
        s.flush()
        ids = {"north": north.id, "south": south.id, "anna": people[0].id, "bram": people[1].id,
               "dewi": people[3].id, "anna_user": account.id, "unlinked_user": unlinked.id}
    return ids


def teacher(world, user: str = "anna_user") -> Actor:
    return Actor(user_id=world[user], name="Anna de Vries", grants=(Grant(Role.LEERKRACHT, world["north"]),))


def test_staff_member_confirms_own_reading_and_register_shows_it(store, world, system_actor):
    service = ProtocolService(store, Changes())
    anna = teacher(world)
    version = service.current_version(anna)
    assert service.my_confirmation(anna, version.id) is None
    confirmed = service.confirm_read(anna, version.id)
    assert confirmed.name == "Vries, Anna de" and confirmed.confirmed_at is not None
    assert service.my_confirmation(anna, version.id) == confirmed.confirmed_at
    again = service.confirm_read(anna, version.id)  # confirming twice keeps the first moment
    assert again.confirmed_at == confirmed.confirmed_at

    register = service.confirmation_register(system_actor, version.id, world["north"])
    assert [c.name for c in register.confirmed] == ["Vries, Anna de"]
    assert [c.name for c in register.pending] == ["Aalders, Bram"]  # the inactive Cees is not asked
    with store.transaction() as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.action == "protocol.read_confirmed")).all()
        assert [(e.entity_id, e.school_id) for e in events] == [(version.id, world["north"])]


def test_new_version_resets_the_question(store, world, system_actor):
    service = ProtocolService(store, Changes())
    anna = teacher(world)
    old = service.current_version(anna)
    service.confirm_read(anna, old.id)
    new = service.import_version(system_actor, NEW_VERSION, date(2025, 8, 1), label="2025")
    assert service.current_version(anna, today=date(2025, 9, 1)).id == new.id
    assert service.my_confirmation(anna, new.id) is None
    register = service.confirmation_register(system_actor, new.id, world["north"])
    assert register.confirmed == () and [c.name for c in register.pending] == ["Aalders, Bram", "Vries, Anna de"]
    assert service.my_confirmation(anna, old.id) is not None  # the old confirmation stays on record


def test_manager_records_a_paper_confirmation_for_own_school_only(store, world, make_actor):
    service = ProtocolService(store, Changes())
    principal = make_actor(Role.DIRECTEUR, world["north"], name="Directeur Noord")
    version = service.current_version(principal)
    when = datetime(2024, 9, 2, 10, 0, tzinfo=timezone.utc)
    row = service.confirm_read(principal, version.id, staff_member_id=world["bram"], at=when)
    assert (row.name, row.confirmed_at, row.recorded_by) == ("Aalders, Bram", when, "Directeur Noord")
    with pytest.raises(NotAllowed):
        service.confirm_read(principal, version.id, staff_member_id=world["dewi"])
    with pytest.raises(NotAllowed):
        service.confirmation_register(principal, version.id, world["south"])
    with pytest.raises(NotAllowed):  # a teacher does not record for colleagues
        service.confirm_read(teacher(world), version.id, staff_member_id=world["bram"])
    assert service.register_schools(principal) == [(world["north"], "De Noordster")]


def test_unlinked_account_gets_one_clear_sentence(store, world):
    service = ProtocolService(store, Changes())
    actor = teacher(world, "unlinked_user")
    version = service.current_version(actor)
    with pytest.raises(InvalidInput, match="niet aan een medewerker gekoppeld"):
        service.confirm_read(actor, version.id)
