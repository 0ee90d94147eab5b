"""Demo accounts, one per role, so the demo shows what each role sees.

All use ``DEMO_PASSWORD``. ``--demo`` signs in as the demo directeur without typing; the demo data
generator (or anyone with a store holding schools) calls ``ensure_demo_accounts``.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from scope_desk.errors import InvalidInput
from scope_desk.models.school import School, SchoolClass, SchoolYear
from scope_desk.models.user import Role, RoleAssignment, UserAccount
from scope_desk.services import audit
from scope_desk.services.access import SYSTEM_ACTOR, Actor
from scope_desk.services.passwords import Passwords

DEMO_PASSWORD = "demo-wachtwoord"
DEMO_DIRECTOR = "directeur"

# username, display name, role, scope ("all" board-wide, "school" every school, "first" first school, "class")
DEMO_ACCOUNTS = (
    ("beheerder", "Anna Beheer (demo)", Role.BEHEERDER, "all"),
    ("directeur", "Dirk Directeur (demo)", Role.DIRECTEUR, "school"),
    ("apc", "Petra Pestcoördinator (demo)", Role.ANTI_PEST, "first"),
    ("leerkracht", "Lotte Leerkracht (demo)", Role.LEERKRACHT, "class"),
    ("bestuur", "Bert Bestuur (demo)", Role.BESTUUR, "all"),
)


def ensure_demo_accounts(store, passwords: Passwords | None = None) -> int:
    """Create the demo accounts that do not exist yet; returns how many were made."""
    password_hash = (passwords or Passwords()).hash(DEMO_PASSWORD)
    with store.transaction(write=True) as s:
        return add_demo_accounts(s, password_hash)


def add_demo_accounts(s: Session, password_hash: str) -> int:
    """Add the missing demo accounts in session ``s`` (the demo generator's own transaction).

    They all share one password, so one hash (made before the transaction) serves them all: an
    Argon2 hash costs a noticeable fraction of a second, and this is demo data.
    """
    existing = set(s.scalars(select(UserAccount.username)))
    schools = list(s.scalars(select(School.id).order_by(School.id)))
    latest_year = s.scalar(select(SchoolYear.id).order_by(SchoolYear.starts_on.desc()).limit(1))
    first_class = s.scalar(select(SchoolClass.id).where(
        SchoolClass.school_id == (schools[0] if schools else -1), SchoolClass.school_year_id == latest_year)
        .order_by(SchoolClass.name).limit(1))
    made = 0
    for username, display, role, scope in DEMO_ACCOUNTS:
        if username in existing:
            continue
        if scope == "all":
            grants = [(None, None)]
        elif scope == "school":
            grants = [(sid, None) for sid in schools]
        elif scope == "first":
            grants = [(schools[0], None)] if schools else []
        else:
            grants = [(schools[0], first_class)] if schools and first_class else []
        row = UserAccount(username=username, display_name=display, password_hash=password_hash)
        row.roles.extend(RoleAssignment(role=role, school_id=sid, class_id=cid) for sid, cid in grants)
        s.add(row)
        s.flush()
        audit.record(s, SYSTEM_ACTOR, "account.create", "user_account", row.id, username=username, demo=True)
        made += 1
    return made


def has_accounts(store) -> bool:
    with store.transaction() as s:
        return bool(s.scalar(select(func.count()).select_from(UserAccount)))


def demo_account_exists(store, username: str) -> bool:
    with store.transaction() as s:
        return s.scalar(select(UserAccount.id).where(UserAccount.username == username)) is not None


def demo_sign_in(services, username: str) -> Actor:
    """Sign in as one of the demo accounts (audited like any sign-in); one sentence when that cannot be.

    Only the demo accounts: trying the demo password on a real account would count as a failed
    attempt towards its lockout.
    """
    names = [a[0] for a in DEMO_ACCOUNTS]
    username = username.strip().lower()
    if username not in names:
        raise InvalidInput(f"Alleen een demo-account kan zonder wachtwoord worden gebruikt; kies uit: {', '.join(names)}.")
    if not demo_account_exists(services.store, username):
        raise InvalidInput(f"Het demo-account '{username}' bestaat niet in deze database; maak eerst demogegevens "
                           "met 'scope-desk demo'.")
    return services.accounts.sign_in(username, DEMO_PASSWORD)


def demo_director(services) -> Actor:
    """Make sure the demo accounts exist and sign in as the demo directeur (audited like any sign-in)."""
    ensure_demo_accounts(services.store)
    return services.accounts.sign_in(DEMO_DIRECTOR, DEMO_PASSWORD)
