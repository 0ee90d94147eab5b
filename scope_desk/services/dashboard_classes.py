"""The consent round's progress per class of one school, for the Overzicht — read on demand.

The same definitions as the per-school row of the Overzicht (``dashboard._consent_progress``), so
the classes add up to the school: the current pupils of the school, the latest event per pupil and
category, "not returned" is no answer; complete = every category answered. Pupils without a class
this school year are counted under "zonder groep". One GROUP BY in SQL, no pupil is loaded.
Only asked when the office opens a school's classes, never at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from scope_desk.errors import NotFound
from scope_desk.services.access import Actor, Permission, require
from scope_desk.services.events import Changes


@dataclass(frozen=True)
class ClassProgress:
    class_id: int | None  # None: pupils without a class this school year
    class_name: str
    complete: int
    partial: int
    nothing: int

    @property
    def pupils(self) -> int:
        return self.complete + self.partial + self.nothing

    @property
    def returned(self) -> int:
        return self.complete + self.partial


class ClassProgressService:
    def __init__(self, store, changes: Changes) -> None:
        self._store = store
        self._changes = changes

    def for_round(self, actor: Actor, round_id: int, today: date | None = None) -> tuple[ClassProgress, ...]:
        """Per class of the round's school (natural order: "Groep 2" before "Groep 10")."""
        from sqlalchemy import and_, case, func, or_, select

        from scope_desk.models.consent import ConsentCategory, ConsentDecision, ConsentRound, ConsentState
        from scope_desk.models.school import Enrolment, Pupil, SchoolClass
        from scope_desk.services.round_letters import natural_key

        today = today or date.today()
        r, cat, d = ConsentRound.__table__.c, ConsentCategory.__table__.c, ConsentDecision.__table__
        with self._store.reading() as c:
            found = c.execute(select(r.school_id, r.school_year_id).where(r.id == round_id)).first()
            if found is None:
                raise NotFound("Deze toestemmingsronde bestaat niet (meer).")
            school_id, year_id = found
            require(actor, Permission.VIEW_DASHBOARD, school_id)
            categories = c.execute(select(func.count(cat.id)).where(cat.round_id == round_id)).scalar_one()
            latest = (
                select(d.c.pupil_id, d.c.category_id, func.max(d.c.id).label("last_id"))
                .join(ConsentCategory.__table__, cat.id == d.c.category_id)
                .where(cat.round_id == round_id)
                .group_by(d.c.pupil_id, d.c.category_id)
                .subquery()
            )
            answered = (
                select(latest.c.pupil_id, func.count().label("n"))
                .join(d, d.c.id == latest.c.last_id)
                .where(d.c.state != ConsentState.NOT_RETURNED.value)
                .group_by(latest.c.pupil_id)
                .subquery()
            )
            p, e, k = Pupil.__table__.c, Enrolment.__table__, SchoolClass.__table__
            complete = and_(answered.c.n.is_not(None), categories > 0, answered.c.n >= categories)
            rows = c.execute(
                select(k.c.id, k.c.name, func.count(p.id),
                       func.sum(case((answered.c.n.is_(None), 0), else_=1)),
                       func.sum(case((complete, 1), else_=0)))
                .select_from(Pupil.__table__)
                .outerjoin(e, and_(e.c.pupil_id == p.id, e.c.school_year_id == year_id))
                .outerjoin(k, k.c.id == e.c.class_id)
                .outerjoin(answered, answered.c.pupil_id == p.id)
                .where(p.school_id == school_id, or_(p.left_on.is_(None), p.left_on > today))
                .group_by(k.c.id, k.c.name)
            ).all()
        result = [
            ClassProgress(class_id=class_id, class_name=name or "zonder groep", complete=int(done or 0),
                          partial=int(returned or 0) - int(done or 0), nothing=count - int(returned or 0))
            for class_id, name, count, returned, done in rows
        ]
        result.sort(key=lambda row: (row.class_id is None, natural_key(row.class_name)))
        return tuple(result)
