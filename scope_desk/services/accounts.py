"""Accounts: the first administrator, signing in (with lockout), passwords, roles per school.

Accounts are never deleted (the audit trail and the records keep their names); an administrator
disables them. Every sign-in, failed sign-in, lockout and account change is in the audit trail.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from scope_desk.errors import DomainError, InvalidInput, NotAllowed, NotFound
from scope_desk.models.audit import AppSetting
from scope_desk.models.base import utcnow
from scope_desk.models.school import School, SchoolClass
from scope_desk.models.user import Role, RoleAssignment, UserAccount
from scope_desk.services import audit
from scope_desk.services.access import ROLE_LABELS, Actor, Grant, Permission, require, require_everywhere
from scope_desk.services.events import ChangeSet, Changes
from scope_desk.services.passwords import Passwords, check_new_password

MAX_FAILED_ATTEMPTS = 5
DEFAULT_IDLE_LOCK_MINUTES = 10
IDLE_LOCK_KEY = "idle_lock_minutes"
LOCKOUT = timedelta(minutes=5)
WRONG_CREDENTIALS = "Gebruikersnaam of wachtwoord is onjuist."

__all__ = ["AccountService", "AccountView", "SignInFailed", "Grant", "Role", "ROLE_LABELS"]


class SignInFailed(DomainError):
    """Signing in did not succeed; the message says why in one sentence."""


@dataclass(frozen=True)
class AccountView:
    id: int
    username: str
    display_name: str
    active: bool
    must_change_password: bool
    locked_until: datetime | None
    last_login_at: datetime | None
    grants: tuple[Grant, ...]

    @classmethod
    def of(cls, row: UserAccount) -> "AccountView":
        return cls(row.id, row.username, row.display_name, row.active, row.must_change_password, row.locked_until,
                   row.last_login_at, grants_of(row))


def grants_of(row: UserAccount) -> tuple[Grant, ...]:
    return tuple(sorted((Grant(r.role, r.school_id, r.class_id) for r in row.roles),
                        key=lambda g: (g.role.value, g.school_id or 0, g.class_id or 0)))


def actor_of(row: UserAccount) -> Actor:
    return Actor(user_id=row.id, name=row.display_name, grants=grants_of(row))


def _normal_username(username: str) -> str:
    name = username.strip().lower()
    if not name or len(name) > 80 or any(ch.isspace() for ch in name):
        raise InvalidInput("Een gebruikersnaam is één woord van hoogstens 80 tekens, zonder spaties.")
    return name


class AccountService:
    def __init__(self, store, changes: Changes, *, passwords: Passwords | None = None,
                 clock: Callable[[], datetime] = utcnow) -> None:
        self._store = store
        self._changes = changes
        self._passwords = passwords or Passwords()
        self._clock = clock

    # -- first start ---------------------------------------------------------------------------
    def needs_first_administrator(self) -> bool:
        with self._store.transaction() as s:
            return not s.scalar(select(func.count()).select_from(UserAccount))

    def create_first_administrator(self, username: str, display_name: str, password: str) -> Actor:
        """Only while no account exists: a board-wide beheerder, signed in at once."""
        username = _normal_username(username)
        if not display_name.strip():
            raise InvalidInput("Vul de naam in zoals die in het logboek moet verschijnen.")
        check_new_password(password, username=username)
        password_hash = self._passwords.hash(password)
        with self._store.transaction(write=True) as s:
            if s.scalar(select(func.count()).select_from(UserAccount)):
                raise NotAllowed("Er bestaat al een beheerdersaccount; meld u aan of vraag de beheerder om een account.")
            row = UserAccount(username=username, display_name=display_name.strip(), password_hash=password_hash,
                              last_login_at=self._clock())
            row.roles.append(RoleAssignment(role=Role.BEHEERDER, school_id=None))
            s.add(row)
            s.flush()
            actor = actor_of(row)
            audit.record(s, actor, "account.create_first_admin", "user_account", row.id, username=username)
            audit.record(s, actor, "auth.login", "user_account", row.id)
        self._changes.emit(ChangeSet(accounts=True))
        return actor

    # -- signing in ----------------------------------------------------------------------------
    def sign_in(self, username: str, password: str) -> Actor:
        """The actor for a correct user name and password; SignInFailed (one sentence) otherwise."""
        name = username.strip().lower()
        failure: str | None = None
        with self._store.transaction(write=True) as s:
            row = s.scalar(select(UserAccount).where(UserAccount.username == name).options(selectinload(UserAccount.roles)))
            now = self._clock()
            if row is None:
                self._passwords.waste_time(password)
                audit.record(s, Actor(None, name[:80] or "(leeg)"), "auth.login_failed", "user_account", None,
                             reason="unknown_user")
                failure = WRONG_CREDENTIALS
            elif row.locked_until is not None and row.locked_until > now:
                audit.record(s, Actor(row.id, row.display_name), "auth.login_failed", "user_account", row.id,
                             reason="locked")
                failure = _locked_message(row.locked_until)
            elif not self._passwords.verify(row.password_hash, password):
                failure = self._count_failure(s, row, now)
            elif not row.active:
                audit.record(s, Actor(row.id, row.display_name), "auth.login_failed", "user_account", row.id,
                             reason="disabled")
                failure = "Dit account is uitgeschakeld; vraag de beheerder het weer aan te zetten."
            else:
                row.failed_attempts = 0
                row.locked_until = None
                row.last_login_at = now
                if self._passwords.needs_rehash(row.password_hash):
                    row.password_hash = self._passwords.hash(password)
                actor = actor_of(row)
                audit.record(s, actor, "auth.login", "user_account", row.id)
        if failure is not None:
            raise SignInFailed(failure)
        return actor

    def _count_failure(self, s: Session, row: UserAccount, now: datetime) -> str:
        who = Actor(row.id, row.display_name)
        if row.locked_until is not None and row.locked_until <= now:
            row.failed_attempts = 0  # an expired lock starts a fresh count
            row.locked_until = None
        row.failed_attempts += 1
        audit.record(s, who, "auth.login_failed", "user_account", row.id, reason="wrong_password",
                     attempt=row.failed_attempts)
        if row.failed_attempts >= MAX_FAILED_ATTEMPTS:
            row.locked_until = now + LOCKOUT
            audit.record(s, who, "auth.lockout", "user_account", row.id, minutes=int(LOCKOUT.total_seconds() // 60))
            return _locked_message(row.locked_until)
        left = MAX_FAILED_ATTEMPTS - row.failed_attempts
        return f"{WRONG_CREDENTIALS} Na nog {left} mislukte poging{'en' if left != 1 else ''} wordt het account vijf minuten geblokkeerd."

    def unlock(self, actor: Actor, password: str) -> Actor:
        """Sign in again as the same person after the idle lock (same lockout rules, audited as a login)."""
        if actor.user_id is None:
            raise SignInFailed("Dit venster hoort niet bij een account; sluit het en meld u opnieuw aan.")
        with self._store.transaction() as s:
            username = self._get(s, actor.user_id).username
        return self.sign_in(username, password)

    def idle_lock_minutes(self) -> int:
        with self._store.transaction() as s:
            value = s.scalar(select(AppSetting.value).where(AppSetting.key == IDLE_LOCK_KEY))
        try:
            return max(1, int(value)) if value else DEFAULT_IDLE_LOCK_MINUTES
        except ValueError:
            return DEFAULT_IDLE_LOCK_MINUTES

    def set_idle_lock_minutes(self, actor: Actor, minutes: int) -> None:
        require_everywhere(actor, Permission.MANAGE_ACCOUNTS)
        if not 1 <= int(minutes) <= 240:
            raise InvalidInput("Het vergrendelen na stilstand kan tussen 1 en 240 minuten worden ingesteld.")
        with self._store.transaction(write=True) as s:
            row = s.get(AppSetting, IDLE_LOCK_KEY) or AppSetting(key=IDLE_LOCK_KEY)
            row.value = str(int(minutes))
            s.add(row)
            audit.record(s, actor, "setting.idle_lock_minutes", "app_setting", None, minutes=int(minutes))

    def record_sign_out(self, actor: Actor, reason: str = "sign_out") -> None:
        with self._store.transaction(write=True) as s:
            audit.record(s, actor, "auth.logout" if reason == "sign_out" else "auth.idle_lock", "user_account", actor.user_id)

    # -- own password --------------------------------------------------------------------------
    def must_change_password(self, actor: Actor) -> bool:
        if actor.user_id is None:
            return False
        with self._store.transaction() as s:
            row = s.get(UserAccount, actor.user_id)
            return bool(row and row.must_change_password)

    def change_own_password(self, actor: Actor, old_password: str, new_password: str) -> None:
        if actor.user_id is None:
            raise NotAllowed("Alleen een aangemeld account heeft een wachtwoord om te wijzigen.")
        with self._store.transaction() as s:
            row = self._get(s, actor.user_id)
            username, current_hash = row.username, row.password_hash
        if not self._passwords.verify(current_hash, old_password):
            raise InvalidInput("Het huidige wachtwoord klopt niet; het wachtwoord is niet gewijzigd.")
        check_new_password(new_password, username=username, old_password=old_password)
        new_hash = self._passwords.hash(new_password)
        with self._store.transaction(write=True) as s:
            row = self._get(s, actor.user_id)
            row.password_hash = new_hash
            row.must_change_password = False
            audit.record(s, actor, "account.password_change", "user_account", row.id)
        self._changes.emit(ChangeSet(accounts=True))

    # -- administration ------------------------------------------------------------------------
    def list_accounts(self, actor: Actor) -> list[AccountView]:
        require(actor, Permission.MANAGE_ACCOUNTS)
        with self._store.transaction() as s:
            rows = s.scalars(select(UserAccount).options(selectinload(UserAccount.roles)).order_by(UserAccount.username)).all()
            return [AccountView.of(r) for r in rows if self._may_manage(actor, grants_of(r), allow_unassigned=True)]

    def create_account(self, actor: Actor, username: str, display_name: str, temporary_password: str,
                       grants: Iterable[Grant]) -> AccountView:
        grants = tuple(grants)
        self._require_over(actor, grants)
        username = _normal_username(username)
        if not display_name.strip():
            raise InvalidInput("Vul de naam van de gebruiker in.")
        check_new_password(temporary_password, username=username)
        password_hash = self._passwords.hash(temporary_password)
        with self._store.transaction(write=True) as s:
            if s.scalar(select(UserAccount.id).where(UserAccount.username == username)) is not None:
                raise InvalidInput(f"De gebruikersnaam '{username}' is al in gebruik.")
            self._check_grants(s, grants)
            row = UserAccount(username=username, display_name=display_name.strip(), password_hash=password_hash,
                              must_change_password=True)
            row.roles.extend(RoleAssignment(role=g.role, school_id=g.school_id, class_id=g.class_id) for g in grants)
            s.add(row)
            s.flush()
            audit.record(s, actor, "account.create", "user_account", row.id, username=username,
                         roles=_grant_summary(grants))
            view = AccountView.of(row)
        self._changes.emit(ChangeSet(accounts=True))
        return view

    def reset_password(self, actor: Actor, user_id: int, temporary_password: str) -> None:
        with self._store.transaction(write=True) as s:
            row = self._get(s, user_id)
            self._require_over(actor, grants_of(row))
            check_new_password(temporary_password, username=row.username)
            row.password_hash = self._passwords.hash(temporary_password)
            row.must_change_password = True
            row.failed_attempts = 0
            row.locked_until = None
            audit.record(s, actor, "account.reset_password", "user_account", row.id)
        self._changes.emit(ChangeSet(accounts=True))

    def set_active(self, actor: Actor, user_id: int, active: bool) -> None:
        with self._store.transaction(write=True) as s:
            row = self._get(s, user_id)
            self._require_over(actor, grants_of(row))
            if not active and row.id == actor.user_id:
                raise NotAllowed("U kunt uw eigen account niet uitschakelen.")
            if not active and self._is_last_board_admin(s, row):
                raise NotAllowed("Dit is de laatste beheerder voor alle scholen; maak eerst een andere beheerder.")
            if row.active != active:
                row.active = active
                audit.record(s, actor, "account.enable" if active else "account.disable", "user_account", row.id)
        self._changes.emit(ChangeSet(accounts=True))

    def set_grants(self, actor: Actor, user_id: int, grants: Iterable[Grant]) -> AccountView:
        grants = tuple(dict.fromkeys(grants))
        with self._store.transaction(write=True) as s:
            row = self._get(s, user_id)
            old = grants_of(row)
            changed = set(old) ^ set(grants)
            self._require_over(actor, tuple(changed))
            self._check_grants(s, grants)
            if row.id == actor.user_id and not any(
                    g.role is Role.BEHEERDER and g.school_id is None for g in grants) and any(
                    g.role is Role.BEHEERDER and g.school_id is None for g in old):
                raise NotAllowed("U kunt uzelf de beheerdersrol voor alle scholen niet afnemen.")
            for assignment in list(row.roles):
                if Grant(assignment.role, assignment.school_id, assignment.class_id) not in grants:
                    row.roles.remove(assignment)
            s.flush()
            for g in grants:
                if g not in old:
                    row.roles.append(RoleAssignment(role=g.role, school_id=g.school_id, class_id=g.class_id))
            s.flush()
            if changed:
                audit.record(s, actor, "account.roles", "user_account", row.id, roles=_grant_summary(grants))
            view = AccountView.of(row)
        self._changes.emit(ChangeSet(accounts=True))
        return view

    def school_choices(self, actor: Actor) -> list[tuple[int, str]]:
        require(actor, Permission.MANAGE_ACCOUNTS)
        allowed = actor.school_ids(Permission.MANAGE_ACCOUNTS)
        with self._store.transaction() as s:
            rows = s.execute(select(School.id, School.name).order_by(School.name)).all()
        return [(i, n) for i, n in rows if allowed is None or i in allowed]

    def class_choices(self, actor: Actor, school_id: int) -> list[tuple[int, str]]:
        require(actor, Permission.MANAGE_ACCOUNTS, school_id)
        with self._store.transaction() as s:
            rows = s.execute(select(SchoolClass.id, SchoolClass.name, SchoolClass.school_year_id)
                             .where(SchoolClass.school_id == school_id)
                             .order_by(SchoolClass.school_year_id.desc(), SchoolClass.name)).all()
        return [(i, n) for i, n, _year in rows]

    # -- helpers -------------------------------------------------------------------------------
    @staticmethod
    def _get(s: Session, user_id: int) -> UserAccount:
        row = s.get(UserAccount, user_id)
        if row is None:
            raise NotFound("Dit account bestaat niet (meer).")
        return row

    @staticmethod
    def _may_manage(actor: Actor, grants: Iterable[Grant], allow_unassigned: bool = False) -> bool:
        grants = tuple(grants)
        if not grants:
            return allow_unassigned and actor.can(Permission.MANAGE_ACCOUNTS) or actor.can_everywhere(Permission.MANAGE_ACCOUNTS)
        for g in grants:
            if g.school_id is None:
                if not actor.can_everywhere(Permission.MANAGE_ACCOUNTS):
                    return False
            elif not actor.can(Permission.MANAGE_ACCOUNTS, g.school_id):
                return False
        return True

    def _require_over(self, actor: Actor, grants: tuple[Grant, ...]) -> None:
        """Account management reaches only as far as the actor's own grants: a directeur manages the
        roles of their own schools; board-wide roles need a board-wide beheerder or directeur."""
        require(actor, Permission.MANAGE_ACCOUNTS)
        if not grants:
            return
        if not self._may_manage(actor, grants):
            if any(g.school_id is None for g in grants):
                require_everywhere(actor, Permission.MANAGE_ACCOUNTS)
            raise NotAllowed(f"{actor.name} mag geen accounts of rollen van andere scholen beheren.")

    @staticmethod
    def _check_grants(s: Session, grants: tuple[Grant, ...]) -> None:
        for g in grants:
            if g.role is Role.LEERKRACHT:
                if g.school_id is None or g.class_id is None:
                    raise InvalidInput("Een leerkracht krijgt de rol voor een school én een groep.")
                school_of_class = s.scalar(select(SchoolClass.school_id).where(SchoolClass.id == g.class_id))
                if school_of_class != g.school_id:
                    raise InvalidInput("De gekozen groep hoort niet bij de gekozen school.")
            elif g.class_id is not None:
                raise InvalidInput(f"De rol {ROLE_LABELS[g.role]} geldt voor een hele school, niet voor één groep.")
            if g.school_id is not None and s.get(School, g.school_id) is None:
                raise InvalidInput("De gekozen school bestaat niet (meer).")

    @staticmethod
    def _is_last_board_admin(s: Session, row: UserAccount) -> bool:
        if not any(r.role is Role.BEHEERDER and r.school_id is None for r in row.roles):
            return False
        others = s.scalar(
            select(func.count()).select_from(UserAccount).join(RoleAssignment)
            .where(RoleAssignment.role == Role.BEHEERDER, RoleAssignment.school_id.is_(None),
                   UserAccount.active.is_(True), UserAccount.id != row.id))
        return not others


def _grant_summary(grants: Iterable[Grant]) -> list[str]:
    return [f"{g.role.value}@{g.school_id if g.school_id is not None else 'alle'}"
            + (f"/groep{g.class_id}" if g.class_id is not None else "") for g in grants]


def _locked_message(until: datetime) -> str:
    local = until.astimezone()
    return f"Dit account is na {MAX_FAILED_ATTEMPTS} mislukte pogingen geblokkeerd tot {local:%H:%M}; probeer het daarna opnieuw."
