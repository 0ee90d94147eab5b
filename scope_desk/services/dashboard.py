"""The figures on the Overzicht page: counts only, aggregated in SQL, read in one unit of work.

Nothing here loads all pupils: every figure is a GROUP BY over indexed columns, so the page stays
fast on a store with tens of thousands of pupils. Incident figures are counts only (the dashboard
is also seen by roles that may not read incident contents); the list of check-backs is given only
to actors who may read incidents.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Connection, and_, case, false, func, or_, select

from scope_desk.roles import Role
from scope_desk.services.access import Actor, Permission, require
from scope_desk.services.dashboard_tables import (
    DIRECTOR_ONLY, NOT_RETURNED, OPEN_STATUSES, consent_categories, consent_decisions, consent_rounds, conversations,
    incidents, pupils, school_years, schools,
)
from scope_desk.services.events import Changes

CHECK_BACK_HORIZON_DAYS = 7
CHECK_BACK_LIMIT = 200


@dataclass(frozen=True)
class ConsentProgress:
    """A school's consent round of the current school year, counted over its current pupils."""

    round_id: int
    categories: int
    complete: int  # every category answered
    partial: int  # some categories answered
    nothing: int  # nothing returned: no decision for any category
    deadline: date | None

    @property
    def pupils(self) -> int:
        return self.complete + self.partial + self.nothing

    @property
    def returned(self) -> int:
        return self.complete + self.partial


@dataclass(frozen=True)
class SchoolFigures:
    school_id: int
    name: str
    pupils: int
    consent: ConsentProgress | None  # None: no consent round this school year
    open_incidents: int | None  # None: the actor may not see incident figures of this school


@dataclass(frozen=True)
class CheckBack:
    """A follow-up conversation whose check-back date is near or past and not yet done."""

    conversation_id: int
    incident_id: int
    school_name: str
    incident_title: str
    held_on: date
    due_on: date
    days_left: int  # negative: overdue


@dataclass(frozen=True)
class DashboardFigures:
    today: date
    school_year: str | None  # "2025-2026", or None when no school year exists yet
    schools: tuple[SchoolFigures, ...]
    shows_incidents: bool
    check_backs: tuple[CheckBack, ...] | None  # None: the actor may not read incidents

    @property
    def total_pupils(self) -> int:
        return sum(s.pupils for s in self.schools)

    @property
    def total_open_incidents(self) -> int | None:
        counts = [s.open_incidents for s in self.schools if s.open_incidents is not None]
        return sum(counts) if self.shows_incidents else None

    def consent_totals(self) -> tuple[int, int, int] | None:
        """(complete, partial, nothing) over all schools with a round, or None without any round."""
        rounds = [s.consent for s in self.schools if s.consent is not None]
        if not rounds:
            return None
        return (sum(r.complete for r in rounds), sum(r.partial for r in rounds), sum(r.nothing for r in rounds))


class DashboardService:
    def __init__(self, store, changes: Changes) -> None:
        self._store = store
        self._changes = changes
        self.today: Callable[[], date] = date.today  # replaceable clock (tests, screenshots of a fixed day)
        self._ahead: tuple[Actor, date, threading.Thread, dict] | None = None

    def read_ahead(self, actor: Actor) -> None:
        """Start reading ``overview(actor)`` on a worker thread (the database works while the window
        is being built); the next ``overview`` for the same actor and day waits for it and returns it."""
        today = self.today()
        box: dict = {}

        def work() -> None:
            try:
                box["figures"] = self._read(actor, today)
            except BaseException as exc:  # raised again by overview() on the caller's thread
                box["error"] = exc

        thread = threading.Thread(target=work, name="dashboard-read-ahead", daemon=True)
        self._ahead = (actor, today, thread, box)
        thread.start()

    def overview(self, actor: Actor, today: date | None = None) -> DashboardFigures:
        ahead, self._ahead = self._ahead, None
        if ahead is not None and ahead[0] == actor and today in (None, ahead[1]):
            _actor, _today, thread, box = ahead
            thread.join()
            if "error" in box:
                raise box["error"]
            return box["figures"]
        return self._read(actor, today or self.today())

    def _read(self, actor: Actor, today: date) -> DashboardFigures:
        require(actor, Permission.VIEW_DASHBOARD)
        school_ids = actor.school_ids(Permission.VIEW_DASHBOARD)
        incident_ids = _union(actor.school_ids(Permission.VIEW_INCIDENTS),
                              actor.school_ids(Permission.VIEW_ANONYMISED_REPORTS))
        readable_ids = actor.school_ids(Permission.VIEW_INCIDENTS)
        with self._store.reading() as c:  # Core, one snapshot: no ORM needed for the first page
            year = _current_school_year(c, today)
            rows = c.execute(_restrict(select(schools.c.id, schools.c.name), schools.c.id, school_ids)
                             .order_by(schools.c.name)).all()
            pupil_counts = _pupil_counts(c, today)
            progress = _consent_progress(c, year.id, today, pupil_counts) if year is not None else {}
            incident_counts = _open_incident_counts(c)
            check_backs = None
            if readable_ids is None or readable_ids:
                check_backs = _check_backs(c, actor, readable_ids, today)
        figures = tuple(
            SchoolFigures(
                school_id=sid, name=name, pupils=pupil_counts.get(sid, 0), consent=progress.get(sid),
                open_incidents=incident_counts.get(sid, 0) if _contains(incident_ids, sid) else None,
            )
            for sid, name in rows
        )
        return DashboardFigures(
            today=today, school_year=year.label if year is not None else None, schools=figures,
            shows_incidents=incident_ids is None or bool(incident_ids), check_backs=check_backs,
        )


def _union(a: set[int] | None, b: set[int] | None) -> set[int] | None:
    if a is None or b is None:
        return None
    return a | b


def _contains(ids: set[int] | None, school_id: int) -> bool:
    return ids is None or school_id in ids


def _restrict(stmt, column, ids: set[int] | None):
    return stmt if ids is None else stmt.where(column.in_(ids or {-1}))


def _current_school_year(c: Connection, today: date):
    """The year (id, label) that contains today; else the latest one that started; else the first one."""
    y = school_years.c
    year = c.execute(select(y.id, y.label).where(y.starts_on <= today, y.ends_on >= today)
                     .order_by(y.starts_on.desc()).limit(1)).first()
    if year is None:
        year = c.execute(select(y.id, y.label).where(y.starts_on <= today).order_by(y.starts_on.desc()).limit(1)).first()
    if year is None:
        year = c.execute(select(y.id, y.label).order_by(y.starts_on).limit(1)).first()
    return year


def _is_current(today: date):
    return or_(pupils.c.left_on.is_(None), pupils.c.left_on > today)


def _pupil_counts(c: Connection, today: date) -> dict[int, int]:
    rows = c.execute(select(pupils.c.school_id, func.count(pupils.c.id)).where(_is_current(today))
                     .group_by(pupils.c.school_id))
    return {school_id: count for school_id, count in rows}


def _consent_progress(c: Connection, school_year_id: int, today: date,
                      pupil_counts: dict[int, int]) -> dict[int, ConsentProgress]:
    r, cat, d, p = consent_rounds.c, consent_categories.c, consent_decisions.c, pupils.c
    category_counts = select(cat.round_id, func.count(cat.id).label("n")).group_by(cat.round_id).subquery()
    rounds = c.execute(
        select(r.id, r.school_id, r.deadline, func.coalesce(category_counts.c.n, 0))
        .outerjoin(category_counts, category_counts.c.round_id == r.id)
        .where(r.school_year_id == school_year_id)
    ).all()
    if not rounds:
        return {}
    # The latest event per pupil and category counts; an event "not returned" is no answer. Events
    # are only ever added, so the latest is the one with the highest id: max(id * 2 + answered) finds
    # it and carries in its lowest bit whether it is an answer, in one pass over the index
    # (category, pupil, id, state) without reading the rows themselves.
    is_answer = case((d.state == NOT_RETURNED, 0), else_=1)
    latest = (
        select(d.pupil_id, func.max(d.id * 2 + is_answer).label("last"))
        .where(d.category_id.in_(select(cat.id).where(cat.round_id.in_([row[0] for row in rounds]))))
        .group_by(d.category_id, d.pupil_id)
        .subquery()
    )
    answered = select(latest.c.pupil_id, func.sum(latest.c.last % 2).label("n")).group_by(latest.c.pupil_id).subquery()
    # Current pupils of the round's school with at least one answer; the others returned nothing.
    totals = c.execute(
        select(r.id, func.count(), func.sum(case((answered.c.n >= category_counts.c.n, 1), else_=0)))
        .select_from(answered)
        .join(pupils, p.id == answered.c.pupil_id)
        .join(consent_rounds, and_(r.school_id == p.school_id, r.school_year_id == school_year_id))
        .join(category_counts, category_counts.c.round_id == r.id)
        .where(answered.c.n > 0, _is_current(today))
        .group_by(r.id)
    ).all()
    by_round = {round_id: (returned, complete or 0) for round_id, returned, complete in totals}
    result: dict[int, ConsentProgress] = {}
    for round_id, school_id, deadline, categories in rounds:
        returned, complete = by_round.get(round_id, (0, 0))
        result[school_id] = ConsentProgress(
            round_id=round_id, categories=categories, complete=complete, partial=returned - complete,
            nothing=pupil_counts.get(school_id, 0) - returned, deadline=deadline,
        )
    return result


def _open_incident_counts(c: Connection) -> dict[int, int]:
    i = incidents.c
    rows = c.execute(select(i.school_id, func.count(i.id)).where(i.status.in_(OPEN_STATUSES)).group_by(i.school_id))
    return {school_id: count for school_id, count in rows}


def _director_school_ids(actor: Actor) -> set[int] | None:
    ids: set[int] = set()
    for grant in actor.grants:
        if grant.role is Role.DIRECTEUR:
            if grant.school_id is None:
                return None
            ids.add(grant.school_id)
    return ids


def _check_backs(c: Connection, actor: Actor, readable_ids: set[int] | None, today: date) -> tuple[CheckBack, ...]:
    horizon = today + timedelta(days=CHECK_BACK_HORIZON_DAYS)
    conv, i = conversations.c, incidents.c
    stmt = (
        select(conv.id, i.id, schools.c.name, i.title, i.visibility, i.school_id, conv.held_at, conv.check_back_on)
        .select_from(conversations)
        .join(incidents, i.id == conv.incident_id)
        .join(schools, schools.c.id == i.school_id)
        .where(conv.checked_back == false(), conv.check_back_on.is_not(None), conv.check_back_on <= horizon)
        .order_by(conv.check_back_on, conv.id)
        .limit(CHECK_BACK_LIMIT)
    )
    stmt = _restrict(stmt, i.school_id, readable_ids)
    directors = _director_school_ids(actor)
    items = []
    for conv_id, incident_id, school_name, title, visibility, school_id, held_at, due_on in c.execute(stmt):
        if visibility == DIRECTOR_ONLY and not _contains(directors, school_id):
            continue
        items.append(CheckBack(
            conversation_id=conv_id, incident_id=incident_id, school_name=school_name, incident_title=title,
            held_on=held_at.astimezone().date(), due_on=due_on, days_left=(due_on - today).days,
        ))
    return tuple(items)


# Anything the dashboard shows may change when pupils, consent or incidents change.
def is_relevant(change) -> bool:
    return bool(change.pupils or change.consent or change.incidents or change.schools)
