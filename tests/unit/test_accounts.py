"""Accounts: first administrator, sign-in with lockout (fake clock), passwords, roles, audit rows."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from scope_desk.errors import InvalidInput, NotAllowed
from scope_desk.models.audit import AuditEvent
from scope_desk.models.school import School, SchoolClass, SchoolYear
from scope_desk.models.user import Role, UserAccount
from scope_desk.services.access import Grant, Permission
from scope_desk.services.accounts import AccountService, SignInFailed
from scope_desk.services.events import Changes
from scope_desk.services.passwords import DEFAULT_PARAMETERS, OWASP_MINIMUM, HashParameters, Passwords

FAST = Passwords(HashParameters(time_cost=1, memory_cost_kib=8, parallelism=1))
PASSWORD = "correct paard batterij"


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2026, 9, 1, 8, 0, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs) -> None:
        self.now += timedelta(**kwargs)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def accounts(store, clock) -> AccountService:
    return AccountService(store, Changes(), passwords=FAST, clock=clock)


@pytest.fixture
def schools(store) -> dict[str, int]:
    with store.transaction(write=True) as s:
        a = School(brin="11AA", name="De Regenboog")
        b = School(brin="22BB", name="Het Kompas")
        year = SchoolYear(label="2026-2027", starts_on=datetime(2026, 8, 1).date(), ends_on=datetime(2027, 7, 31).date())
        s.add_all([a, b, year])
        s.flush()
        klass = SchoolClass(school_id=a.id, school_year_id=year.id, name="Groep 5a", grades="5")
        s.add(klass)
        s.flush()
        return {"a": a.id, "b": b.id, "class_a": klass.id}


def actions(store) -> list[str]:
    with store.transaction() as s:
        return list(s.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def test_default_hash_parameters_meet_owasp_minimum():
    assert DEFAULT_PARAMETERS.time_cost >= OWASP_MINIMUM.time_cost
    assert DEFAULT_PARAMETERS.memory_cost_kib >= OWASP_MINIMUM.memory_cost_kib
    stored = Passwords().hash(PASSWORD)
    assert stored.startswith("$argon2id$") and "m=65536,t=3,p=1" in stored


def test_first_start_creates_board_wide_administrator_once(accounts):
    assert accounts.needs_first_administrator()
    actor = accounts.create_first_administrator("Beheerder", "Anna Beheer", PASSWORD)
    assert actor.grants == (Grant(Role.BEHEERDER, None),)
    assert actor.can_everywhere(Permission.MANAGE_ACCOUNTS)
    assert not accounts.needs_first_administrator()
    with pytest.raises(NotAllowed):
        accounts.create_first_administrator("tweede", "Tweede", PASSWORD)
    assert accounts.sign_in("beheerder", PASSWORD).name == "Anna Beheer"


def test_five_failures_lock_for_five_minutes_then_sign_in_works(accounts, clock, store):
    accounts.create_first_administrator("beheerder", "Anna Beheer", PASSWORD)
    for attempt in range(1, 5):
        with pytest.raises(SignInFailed, match=f"Na nog {5 - attempt} mislukte"):
            accounts.sign_in("beheerder", "fout wachtwoord")
    with pytest.raises(SignInFailed, match="geblokkeerd"):
        accounts.sign_in("beheerder", "fout wachtwoord")
    # even the right password is refused while locked
    clock.advance(minutes=4, seconds=59)
    with pytest.raises(SignInFailed, match="geblokkeerd"):
        accounts.sign_in("beheerder", PASSWORD)
    clock.advance(seconds=2)
    assert accounts.sign_in("beheerder", PASSWORD).name == "Anna Beheer"
    trail = actions(store)
    assert trail.count("auth.login_failed") == 6
    assert trail.count("auth.lockout") == 1
    assert trail[-1] == "auth.login"
    with store.transaction() as s:
        row = s.scalar(select(UserAccount))
        assert row.failed_attempts == 0 and row.locked_until is None


def test_unknown_user_and_wrong_password_give_the_same_message(accounts):
    accounts.create_first_administrator("beheerder", "Anna Beheer", PASSWORD)
    with pytest.raises(SignInFailed) as unknown:
        accounts.sign_in("niemand", PASSWORD)
    with pytest.raises(SignInFailed) as wrong:
        accounts.sign_in("beheerder", "nee nee nee nee")
    assert str(unknown.value).split(".")[0] == str(wrong.value).split(".")[0] == "Gebruikersnaam of wachtwoord is onjuist"


def test_hash_is_renewed_when_parameters_rise(store, clock):
    weak = AccountService(store, Changes(), passwords=FAST, clock=clock)
    weak.create_first_administrator("beheerder", "Anna Beheer", PASSWORD)
    stronger = Passwords(HashParameters(time_cost=2, memory_cost_kib=16, parallelism=1))
    AccountService(store, Changes(), passwords=stronger, clock=clock).sign_in("beheerder", PASSWORD)
    with store.transaction() as s:
        stored = s.scalar(select(UserAccount.password_hash))
    assert "m=16,t=2,p=1" in stored
    assert stronger.verify(stored, PASSWORD)


def test_admin_creates_resets_disables_and_user_changes_password(accounts, schools, store):
    admin = accounts.create_first_administrator("beheerder", "Anna Beheer", PASSWORD)
    view = accounts.create_account(admin, "jdevries", "Jan de Vries", "tijdelijk wachtwoord 1",
                                   [Grant(Role.LEERKRACHT, schools["a"], schools["class_a"])])
    assert view.must_change_password
    teacher = accounts.sign_in("jdevries", "tijdelijk wachtwoord 1")
    assert teacher.grants == (Grant(Role.LEERKRACHT, schools["a"], schools["class_a"]),)
    assert teacher.can_class(Permission.VIEW_CLASS_SHEET, schools["a"], schools["class_a"])
    assert accounts.must_change_password(teacher)
    with pytest.raises(InvalidInput, match="minstens 12 tekens"):
        accounts.change_own_password(teacher, "tijdelijk wachtwoord 1", "kort")
    with pytest.raises(InvalidInput, match="huidige wachtwoord klopt niet"):
        accounts.change_own_password(teacher, "verkeerd", "een heel nieuw wachtwoord")
    accounts.change_own_password(teacher, "tijdelijk wachtwoord 1", "een heel nieuw wachtwoord")
    assert not accounts.must_change_password(teacher)
    accounts.reset_password(admin, view.id, "weer tijdelijk 12345")
    assert accounts.must_change_password(teacher)
    accounts.set_active(admin, view.id, False)
    with pytest.raises(SignInFailed, match="uitgeschakeld"):
        accounts.sign_in("jdevries", "weer tijdelijk 12345")
    accounts.set_active(admin, view.id, True)
    accounts.set_grants(admin, view.id, [Grant(Role.DIRECTEUR, schools["b"])])
    assert accounts.sign_in("jdevries", "weer tijdelijk 12345").grants == (Grant(Role.DIRECTEUR, schools["b"]),)
    assert [a for a in actions(store) if a.startswith("account.")] == [
        "account.create_first_admin", "account.create", "account.password_change", "account.reset_password",
        "account.disable", "account.enable", "account.roles"]
    # accounts are never deleted: the service has no way to
    assert not hasattr(accounts, "delete_account")


def test_directeur_manages_only_roles_of_own_school(accounts, schools):
    admin = accounts.create_first_administrator("beheerder", "Anna Beheer", PASSWORD)
    accounts.create_account(admin, "dir", "Dirk Directeur", "tijdelijk wachtwoord 1", [Grant(Role.DIRECTEUR, schools["a"])])
    director = accounts.sign_in("dir", "tijdelijk wachtwoord 1")
    accounts.create_account(director, "apc", "Petra Pest", "tijdelijk wachtwoord 2", [Grant(Role.ANTI_PEST, schools["a"])])
    with pytest.raises(NotAllowed):
        accounts.create_account(director, "x", "X", "tijdelijk wachtwoord 3", [Grant(Role.ANTI_PEST, schools["b"])])
    with pytest.raises(NotAllowed):
        accounts.create_account(director, "y", "Y", "tijdelijk wachtwoord 3", [Grant(Role.BESTUUR, None)])
    admin_id = [a.id for a in accounts.list_accounts(admin) if a.username == "beheerder"][0]
    with pytest.raises(NotAllowed):
        accounts.reset_password(director, admin_id, "gekaapt wachtwoord 1")
    assert {a.username for a in accounts.list_accounts(director)} == {"dir", "apc"}


def test_last_board_administrator_cannot_be_disabled(accounts, schools):
    admin = accounts.create_first_administrator("beheerder", "Anna Beheer", PASSWORD)
    other = accounts.create_account(admin, "tweede", "Tweede Beheer", "tijdelijk wachtwoord 1", [Grant(Role.BEHEERDER, None)])
    with pytest.raises(NotAllowed, match="eigen account"):
        accounts.set_active(admin, admin.user_id, False)
    accounts.set_active(admin, other.id, False)
    second = accounts.create_account(admin, "derde", "Derde", "tijdelijk wachtwoord 1", [Grant(Role.DIRECTEUR, None)])
    director = accounts.sign_in("derde", "tijdelijk wachtwoord 1")
    with pytest.raises(NotAllowed, match="laatste beheerder"):
        accounts.set_active(director, admin.user_id, False)
    assert second.id


def test_leerkracht_role_needs_a_class_of_that_school(accounts, schools):
    admin = accounts.create_first_administrator("beheerder", "Anna Beheer", PASSWORD)
    with pytest.raises(InvalidInput, match="groep"):
        accounts.create_account(admin, "lk", "L K", "tijdelijk wachtwoord 1", [Grant(Role.LEERKRACHT, schools["a"])])
    with pytest.raises(InvalidInput, match="hoort niet bij"):
        accounts.create_account(admin, "lk", "L K", "tijdelijk wachtwoord 1",
                                [Grant(Role.LEERKRACHT, schools["b"], schools["class_a"])])


def test_demo_accounts_one_per_role_and_demo_director_signs_in(store, schools):
    from scope_desk.services.container import Services
    from scope_desk.services.demo_accounts import DEMO_ACCOUNTS, DEMO_PASSWORD, demo_director, ensure_demo_accounts

    assert ensure_demo_accounts(store, FAST) == len(DEMO_ACCOUNTS)
    assert ensure_demo_accounts(store, FAST) == 0
    services = Services.over(store)
    services.accounts = AccountService(store, services.changes, passwords=FAST)
    director = demo_director(services)
    assert director.grants == (Grant(Role.DIRECTEUR, schools["a"]), Grant(Role.DIRECTEUR, schools["b"]))
    teacher = services.accounts.sign_in("leerkracht", DEMO_PASSWORD)
    assert teacher.grants == (Grant(Role.LEERKRACHT, schools["a"], schools["class_a"]),)
    assert services.accounts.sign_in("bestuur", DEMO_PASSWORD).can_everywhere(Permission.VIEW_ANONYMISED_REPORTS)


def test_unlock_after_idle_and_idle_minutes_setting(accounts, store):
    admin = accounts.create_first_administrator("beheerder", "Anna Beheer", PASSWORD)
    assert accounts.idle_lock_minutes() == 10
    accounts.set_idle_lock_minutes(admin, 3)
    assert accounts.idle_lock_minutes() == 3
    with pytest.raises(InvalidInput):
        accounts.set_idle_lock_minutes(admin, 0)
    with pytest.raises(SignInFailed):
        accounts.unlock(admin, "niet het goede wachtwoord")
    assert accounts.unlock(admin, PASSWORD).user_id == admin.user_id
    assert actions(store)[-3:] == ["setting.idle_lock_minutes", "auth.login_failed", "auth.login"]
