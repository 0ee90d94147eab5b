"""Realistic, deterministic demo data: three SCOPE schools in Alphen aan den Rijn with classes,
pupils, guardians, staff, this year's consent round, incidents with follow-up conversations, and
one demo account per role (services/demo_accounts.py, password ``demo-wachtwoord``).

``generate`` fills an empty store in one transaction (all or nothing) with Core bulk inserts, so
10,000 pupils take seconds. The same ``seed`` and ``today`` give identical data; dates are relative
to ``today`` so a demo always has check-backs due this week.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from scope_desk.errors import InvalidInput
from scope_desk.models.consent import ConsentDecision
from scope_desk.models.incident import Conversation, Incident
from scope_desk.models.school import Guardian, Pupil, School, SchoolClass, StaffMember
from scope_desk.services import audit, school_years
from scope_desk.services.access import SYSTEM_ACTOR
from scope_desk.services.demo_accounts import DEMO_ACCOUNTS, DEMO_PASSWORD, add_demo_accounts
from scope_desk.services.demo_consent import build_consent
from scope_desk.services.demo_incidents import build_incidents
from scope_desk.services.demo_people import build_people
from scope_desk.services.demo_support import DemoContext
from scope_desk.services.passwords import Passwords

MAX_STUDENTS = 200_000


@dataclass(frozen=True)
class DemoSummary:
    schools: int
    pupils: int  # enrolled this school year
    left: int  # of whom left during the year, plus last year's groep 8
    classes: int
    guardians: int
    staff: int
    decisions: int
    incidents: int
    conversations: int
    accounts: int = 0  # demo accounts made (one per role)

    def line(self) -> str:
        return (f"Demogegevens gemaakt: {self.schools} scholen, {self.pupils} leerlingen dit schooljaar "
                f"({self.left} vertrokken), {self.classes} groepen, {self.guardians} ouders/verzorgers, "
                f"{self.staff} medewerkers, {self.decisions} toestemmingskeuzes, {self.incidents} incidenten, "
                f"{self.conversations} gesprekken."
                + (f" Demo-accounts: {', '.join(a[0] for a in DEMO_ACCOUNTS)} (wachtwoord {DEMO_PASSWORD})."
                   if self.accounts else ""))


def check_arguments(students: object, seed: object) -> tuple[int, int]:
    """``students`` and ``seed`` as ints, or one clear sentence."""
    if isinstance(students, bool) or not isinstance(students, int) or not 1 <= students <= MAX_STUDENTS:
        raise InvalidInput(f"Het aantal leerlingen moet een geheel getal van 1 tot en met {MAX_STUDENTS} zijn.")
    if isinstance(seed, bool) or not isinstance(seed, int):
        raise InvalidInput("Het startgetal (seed) moet een geheel getal zijn.")
    return students, seed


def generate(store, *, students: int = 600, seed: int = 1, today: date | None = None,
             passwords: Passwords | None = None) -> DemoSummary:
    """Fill an empty store; refuses (InvalidInput) a store that already holds schools or pupils.

    The demo accounts are made in the same transaction, after the schools and classes exist.
    """
    students, seed = check_arguments(students, seed)
    today = today or date.today()
    password_hash = (passwords or Passwords()).hash(DEMO_PASSWORD)  # before the write lock is taken
    with store.transaction(write=True) as s:
        if _has_data(s):
            raise InvalidInput("Deze database bevat al scholen of leerlingen; demogegevens worden alleen in een lege database gemaakt.")
        ctx = DemoContext(conn=s.connection(), rng=random.Random(seed), today=today)
        label = school_years.current_year_label(today)
        current = school_years.get_or_create(s, label)
        previous = school_years.get_or_create(s, school_years.previous_label(label))
        ctx.year_id, ctx.year_start = current.id, current.starts_on
        ctx.previous_year_id, ctx.previous_start = previous.id, previous.starts_on
        build_people(ctx, students)
        refused = build_consent(ctx)
        build_incidents(ctx, refused)
        accounts = add_demo_accounts(s, password_hash)
        summary = _summary(s, ctx, accounts)
        audit.record(s, SYSTEM_ACTOR, "demo.generate", "store", None, seed=seed, students=students,
                     pupils=summary.pupils, incidents=summary.incidents)
    return summary


def ensure_demo_data(store, students: int = 600, seed: int = 1, today: date | None = None,
                     passwords: Passwords | None = None) -> DemoSummary | None:
    """Fill the store with demo data only when it holds no schools or pupils yet (for ``--demo``)."""
    with store.transaction() as s:
        if _has_data(s):
            return None
    return generate(store, students=students, seed=seed, today=today, passwords=passwords)


def _has_data(s) -> bool:
    return bool(s.execute(select(Pupil.id).limit(1)).first() or s.execute(select(School.id).limit(1)).first())


def _summary(s, ctx: DemoContext, accounts: int) -> DemoSummary:
    def count(model) -> int:
        return s.execute(select(func.count()).select_from(model)).scalar_one()

    current = [p for school in ctx.schools for p in school.current_pupils]
    return DemoSummary(
        schools=len(ctx.schools), pupils=len(current),
        left=sum(1 for school in ctx.schools for p in school.pupils if p.left_on is not None),
        classes=s.execute(select(func.count()).select_from(SchoolClass)
                          .where(SchoolClass.school_year_id == ctx.year_id)).scalar_one(),
        guardians=count(Guardian), staff=count(StaffMember), decisions=count(ConsentDecision),
        incidents=count(Incident), conversations=count(Conversation), accounts=accounts,
    )
