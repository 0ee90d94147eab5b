"""Demo accounts, one per role, so the demo shows what each role sees.

All use ``DEMO_PASSWORD``. ``--demo`` signs in as the demo directeur without typing; the demo data
generator (or anyone with a store holding schools) calls ``ensure_demo_accounts``.
"""

from __future__ import annotations

from sqlalchemy import func, select

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
    passwords = passwords or Passwords()
    made = 0
    with store.transaction(write=True) as s:
        existing = set(s.scalars(select(UserAccount.username)))
        schools = list(s.scalars(select(School.id).order_by(School.id)))
        latest_year = s.scalar(select(SchoolYear.id).order_by(SchoolYear.starts_on.desc()).limit(1))
        first_class = s.scalar(select(SchoolClass.id).where(
            SchoolClass.school_id == (schools[0] if schools else -1), SchoolClass.school_year_id == latest_year)
            .order_by(SchoolClass.name).limit(1))
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
            row = UserAccount(username=username, display_name=display, password_hash=passwords.hash(DEMO_PASSWORD))
            row.roles.extend(RoleAssignment(role=role, school_id=sid, class_id=cid) for sid, cid in grants)
            s.add(row)
            s.flush()
            audit.record(s, SYSTEM_ACTOR, "account.create", "user_account", row.id, username=username, demo=True)
            made += 1
    return made


def has_accounts(store) -> bool:
    with store.transaction() as s:
        return bool(s.scalar(select(func.count()).select_from(UserAccount)))


def demo_director(services) -> Actor:
    """Make sure the demo accounts exist and sign in as the demo directeur (audited like any sign-in)."""
    ensure_demo_accounts(services.store)
    return services.accounts.sign_in(DEMO_DIRECTOR, DEMO_PASSWORD)
