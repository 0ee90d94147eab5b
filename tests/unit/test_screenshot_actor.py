"""Who the screenshot command signs in as: the demo directeur, another demo account with --as, or a
system actor named as such; and ``scope-desk demo`` makes the demo accounts."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from scope_desk.commands.screenshot import SCREENSHOT_ACTOR, screenshot_actor
from scope_desk.errors import InvalidInput
from scope_desk.models.audit import AuditEvent
from scope_desk.models.user import Role
from scope_desk.services.container import Services
from scope_desk.services.demo_accounts import DEMO_ACCOUNTS, DEMO_PASSWORD
from scope_desk.services.demo_data import generate
from scope_desk.services.passwords import HashParameters, Passwords

FAST = Passwords(HashParameters(time_cost=1, memory_cost_kib=8, parallelism=1))


@pytest.fixture
def demo_services(store):
    generate(store, students=40, seed=3, today=date(2026, 10, 7), passwords=FAST)
    return Services.over(store)


def logins(store) -> list[tuple[str, int | None]]:
    with store.transaction() as s:
        return list(s.execute(select(AuditEvent.action, AuditEvent.actor_user_id)
                              .where(AuditEvent.action.like("auth.%")).order_by(AuditEvent.id)))


def test_demo_data_holds_one_account_per_role_with_the_demo_password(demo_services):
    admin = demo_services.accounts.sign_in("beheerder", DEMO_PASSWORD)
    listed = {a.username: a for a in demo_services.accounts.list_accounts(admin)}
    assert set(listed) == {a[0] for a in DEMO_ACCOUNTS}
    assert {g.role for a in listed.values() for g in a.grants} == set(Role)
    teacher = listed["leerkracht"].grants
    assert len(teacher) == 1 and teacher[0].class_id is not None  # a leerkracht sees one class


def test_screenshot_signs_in_as_the_demo_directeur_and_that_is_audited(demo_services):
    actor = screenshot_actor(demo_services, None)
    assert actor.name == "Dirk Directeur (demo)" and actor.user_id is not None
    assert {g.role for g in actor.grants} == {Role.DIRECTEUR}
    assert logins(demo_services.store) == [("auth.login", actor.user_id)]


def test_as_another_demo_account_shows_that_role(demo_services):
    actor = screenshot_actor(demo_services, "Leerkracht")
    assert actor.name == "Lotte Leerkracht (demo)"
    assert [g.role for g in actor.grants] == [Role.LEERKRACHT]
    assert screenshot_actor(demo_services, "bestuur").grants[0].role is Role.BESTUUR


def test_as_a_name_that_is_no_demo_account_is_refused_without_a_failed_login(demo_services):
    with pytest.raises(InvalidInput) as refused:
        screenshot_actor(demo_services, "jan")
    assert str(refused.value).startswith("Alleen een demo-account") and "leerkracht" in str(refused.value)
    assert logins(demo_services.store) == []


def test_without_demo_accounts_the_system_actor_named_as_such(store):
    services = Services.over(store)
    assert screenshot_actor(services, None) is SCREENSHOT_ACTOR
    assert SCREENSHOT_ACTOR.user_id is None and SCREENSHOT_ACTOR.name.startswith("systeem")
    with pytest.raises(InvalidInput) as missing:
        screenshot_actor(services, "apc")
    assert "scope-desk demo" in str(missing.value)


def test_a_disabled_demo_directeur_falls_back_to_the_system_actor(demo_services):
    admin = demo_services.accounts.sign_in("beheerder", DEMO_PASSWORD)
    director = next(a for a in demo_services.accounts.list_accounts(admin) if a.username == "directeur")
    demo_services.accounts.set_active(admin, director.id, False)
    assert screenshot_actor(demo_services, None) is SCREENSHOT_ACTOR
