"""The figures on the Overzicht page: counts only, aggregated in SQL, read in one unit of work.

Nothing here loads all pupils: every figure is a GROUP BY over indexed columns, so the page stays
fast on a store with tens of thousands of pupils. Incident figures are counts only (the dashboard
is also seen by roles that may not read incident contents); the list of check-backs is given only
to actors who may read incidents.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from scope_desk.models.consent import ConsentCategory, ConsentDecision, ConsentRound, ConsentState
from scope_desk.models.incident import Conversation, Incident, IncidentStatus, Visibility
from scope_desk.models.school import Pupil, School, SchoolYear
from scope_desk.models.user import Role
from scope_desk.services.access import Actor, Permission, require
from scope_desk.services.events import Changes

CHECK_BACK_HORIZON_DAYS = 7
CHECK_BACK_LIMIT = 200
OPEN_STATUSES = (IncidentStatus.NEW, IncidentStatus.IN_PROGRESS)


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

    def overview(self, actor: Actor, today: date | None = None) -> DashboardFigures:
        require(actor, Permission.VIEW_DASHBOARD)
        today = today or self.today()
        school_ids = actor.school_ids(Permission.VIEW_DASHBOARD)
        incident_ids = _union(actor.school_ids(Permission.VIEW_INCIDENTS),
                              actor.school_ids(Permission.VIEW_ANONYMISED_REPORTS))
        readable_ids = actor.school_ids(Permission.VIEW_INCIDENTS)
        with self._store.transaction() as s:
            year = _current_school_year(s, today)
            schools = s.execute(_restrict(select(School.id, School.name), School.id, school_ids)
                                .order_by(School.name)).all()
            pupils = _pupil_counts(s, today)
            progress = _consent_progress(s, year.id, today) if year is not None else {}
            incidents = _open_incident_counts(s)
            check_backs = None
            if readable_ids is None or readable_ids:
                check_backs = _check_backs(s, actor, readable_ids, today)
        figures = tuple(
            SchoolFigures(
                school_id=sid, name=name, pupils=pupils.get(sid, 0), consent=progress.get(sid),
                open_incidents=incidents.get(sid, 0) if _contains(incident_ids, sid) else None,
            )
            for sid, name in schools
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


def _current_school_year(s: Session, today: date) -> SchoolYear | None:
    """The year that contains today; else the latest one that started; else the first one."""
    year = s.scalars(select(SchoolYear).where(SchoolYear.starts_on <= today, SchoolYear.ends_on >= today)
                     .order_by(SchoolYear.starts_on.desc()).limit(1)).first()
    if year is None:
        year = s.scalars(select(SchoolYear).where(SchoolYear.starts_on <= today)
                         .order_by(SchoolYear.starts_on.desc()).limit(1)).first()
    if year is None:
        year = s.scalars(select(SchoolYear).order_by(SchoolYear.starts_on).limit(1)).first()
    return year


def _is_current(today: date):
    return or_(Pupil.left_on.is_(None), Pupil.left_on > today)


def _pupil_counts(s: Session, today: date) -> dict[int, int]:
    rows = s.execute(select(Pupil.school_id, func.count(Pupil.id)).where(_is_current(today))
                     .group_by(Pupil.school_id))
    return {school_id: count for school_id, count in rows}


def _consent_progress(s: Session, school_year_id: int, today: date) -> dict[int, ConsentProgress]:
    category_counts = (
        select(ConsentCategory.round_id, func.count(ConsentCategory.id).label("n"))
        .group_by(ConsentCategory.round_id)
        .subquery()
    )
    rounds = s.execute(
        select(ConsentRound.id, ConsentRound.school_id, ConsentRound.deadline, func.coalesce(category_counts.c.n, 0))
        .outerjoin(category_counts, category_counts.c.round_id == ConsentRound.id)
        .where(ConsentRound.school_year_id == school_year_id)
    ).all()
    if not rounds:
        return {}
    # The latest event per pupil and category counts; an event "not returned" is no answer.
    latest = (
        select(ConsentDecision.pupil_id, ConsentDecision.category_id, func.max(ConsentDecision.id).label("last_id"))
        .join(ConsentCategory, ConsentCategory.id == ConsentDecision.category_id)
        .where(ConsentCategory.round_id.in_([r[0] for r in rounds]))
        .group_by(ConsentDecision.pupil_id, ConsentDecision.category_id)
        .subquery()
    )
    answered = (
        select(latest.c.pupil_id, func.count().label("answered"))
        .join(ConsentDecision, ConsentDecision.id == latest.c.last_id)
        .where(ConsentDecision.state != ConsentState.NOT_RETURNED)
        .group_by(latest.c.pupil_id)
        .subquery()
    )
    is_complete = and_(answered.c.answered.is_not(None), category_counts.c.n > 0,
                       answered.c.answered >= category_counts.c.n)
    totals = s.execute(
        select(
            ConsentRound.id,
            func.count(Pupil.id),
            func.sum(case((answered.c.answered.is_(None), 0), else_=1)),
            func.sum(case((is_complete, 1), else_=0)),
        )
        .join(ConsentRound, and_(ConsentRound.school_id == Pupil.school_id,
                                 ConsentRound.school_year_id == school_year_id))
        .outerjoin(category_counts, category_counts.c.round_id == ConsentRound.id)
        .outerjoin(answered, answered.c.pupil_id == Pupil.id)
        .where(_is_current(today))
        .group_by(ConsentRound.id)
    ).all()
    by_round = {round_id: (pupils, returned or 0, complete or 0) for round_id, pupils, returned, complete in totals}
    result: dict[int, ConsentProgress] = {}
    for round_id, school_id, deadline, categories in rounds:
        pupils, returned, complete = by_round.get(round_id, (0, 0, 0))
        result[school_id] = ConsentProgress(
            round_id=round_id, categories=categories, complete=complete,
            partial=returned - complete, nothing=pupils - returned, deadline=deadline,
        )
    return result


def _open_incident_counts(s: Session) -> dict[int, int]:
    rows = s.execute(select(Incident.school_id, func.count(Incident.id))
                     .where(Incident.status.in_(OPEN_STATUSES)).group_by(Incident.school_id))
    return {school_id: count for school_id, count in rows}


def _director_school_ids(actor: Actor) -> set[int] | None:
    ids: set[int] = set()
    for grant in actor.grants:
        if grant.role is Role.DIRECTEUR:
            if grant.school_id is None:
                return None
            ids.add(grant.school_id)
    return ids


def _check_backs(s: Session, actor: Actor, readable_ids: set[int] | None, today: date) -> tuple[CheckBack, ...]:
    horizon = today + timedelta(days=CHECK_BACK_HORIZON_DAYS)
    stmt = (
        select(Conversation.id, Incident.id, School.name, Incident.title, Incident.visibility, Incident.school_id,
               Conversation.held_at, Conversation.check_back_on)
        .join(Incident, Incident.id == Conversation.incident_id)
        .join(School, School.id == Incident.school_id)
        .where(Conversation.checked_back.is_(False), Conversation.check_back_on.is_not(None),
               Conversation.check_back_on <= horizon)
        .order_by(Conversation.check_back_on, Conversation.id)
        .limit(CHECK_BACK_LIMIT)
    )
    stmt = _restrict(stmt, Incident.school_id, readable_ids)
    directors = _director_school_ids(actor)
    items = []
    for conv_id, incident_id, school_name, title, visibility, school_id, held_at, due_on in s.execute(stmt):
        if visibility is Visibility.DIRECTOR_ONLY and not _contains(directors, school_id):
            continue
        items.append(CheckBack(
            conversation_id=conv_id, incident_id=incident_id, school_name=school_name, incident_title=title,
            held_on=held_at.astimezone().date(), due_on=due_on, days_left=(due_on - today).days,
        ))
    return tuple(items)


# Anything the dashboard shows may change when pupils, consent or incidents change.
def is_relevant(change) -> bool:
    return bool(change.pupils or change.consent or change.incidents or change.schools)
