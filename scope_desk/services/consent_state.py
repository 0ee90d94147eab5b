"""The current consent state, computed in SQL from the append-only decision events.

Rules (the same everywhere: registry, class sheet, export, letters):

- Per *giver* the last event counts. A giver is a guardian (``given_by_guardian_id``), or the
  "household": an answer without a named guardian, or the pupil's own (16+).
- A household answer stands for the whole family and replaces everything before it.
- Guardians who answered separately after that: the most restrictive answer counts
  (withdrawn > refused > granted > not returned) and the cell is flagged as disputed when one
  said yes and another no.
- Only guardians WITH parental authority (gezag) decide. An answer by a guardian without gezag
  (per ``pupil_guardians.has_parental_authority`` now, or no longer linked to the pupil) is kept
  in the history but does not count here. An answer given for the family and the pupil's own
  (16+) always count.
- No event at all: not returned — never consent.

Only ``MAX(id) … GROUP BY`` and ``CASE``: the same SQL runs on SQLite and PostgreSQL, and uses the
``(pupil_id, category_id, id)`` index.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import ColumnElement, Select, and_, case, func, literal, or_, select, true
from sqlalchemy.orm import Session

from scope_desk.models.consent import ConsentDecision, ConsentState
from scope_desk.models.school import PupilGuardian
from scope_desk.services.consent_types import RESTRICTIVENESS, Cell

_d = ConsentDecision.__table__
_pg = PupilGuardian.__table__
_BY_RANK = {rank: state for state, rank in RESTRICTIVENESS.items()}


def _rank_of(state_column) -> ColumnElement:
    return case(*[(state_column == state.value, rank) for state, rank in RESTRICTIVENESS.items()], else_=0)


def cells_query(category_ids: Iterable[int], pupil_ids: Select | Iterable[int]) -> Select:
    """One row per answered (pupil, category): pupil_id, category_id, rank, min_answered_rank, latest_id,
    carried_over, decided_on."""
    category_ids = list(category_ids)
    giver = case((_d.c.given_by_pupil == true(), -1), else_=func.coalesce(_d.c.given_by_guardian_id, 0))
    link = and_(_pg.c.pupil_id == _d.c.pupil_id, _pg.c.guardian_id == _d.c.given_by_guardian_id)
    per_giver = (
        select(_d.c.pupil_id, _d.c.category_id, giver.label("giver"), func.max(_d.c.id).label("last_id"))
        .select_from(_d.outerjoin(_pg, link))
        .where(_d.c.category_id.in_(category_ids), _d.c.pupil_id.in_(pupil_ids),
               or_(_d.c.given_by_guardian_id.is_(None), _pg.c.has_parental_authority == true()))
        .group_by(_d.c.pupil_id, _d.c.category_id, giver)
        .cte("per_giver")
    )
    household = (
        select(per_giver.c.pupil_id, per_giver.c.category_id,
               func.max(case((per_giver.c.giver <= 0, per_giver.c.last_id))).label("h_id"))
        .group_by(per_giver.c.pupil_id, per_giver.c.category_id)
        .cte("household")
    )
    h_id = func.coalesce(household.c.h_id, 0)
    after = (
        select(household.c.pupil_id, household.c.category_id, household.c.h_id,
               func.max(case((and_(per_giver.c.giver > 0, per_giver.c.last_id > h_id), per_giver.c.last_id))).label("g_after"))
        .join(per_giver, and_(per_giver.c.pupil_id == household.c.pupil_id, per_giver.c.category_id == household.c.category_id))
        .group_by(household.c.pupil_id, household.c.category_id, household.c.h_id)
        .cte("after_household")
    )
    ev = _d.alias("ev")
    rank = _rank_of(ev.c.state)
    effective = (
        select(
            per_giver.c.pupil_id, per_giver.c.category_id,
            func.max(rank).label("rank"),
            func.min(case((rank > 0, rank))).label("min_answered_rank"),
            func.max(per_giver.c.last_id).label("latest_id"),
        )
        .join(after, and_(after.c.pupil_id == per_giver.c.pupil_id, after.c.category_id == per_giver.c.category_id))
        .join(ev, ev.c.id == per_giver.c.last_id)
        .where(or_(
            and_(per_giver.c.giver > 0, per_giver.c.last_id > func.coalesce(after.c.h_id, 0)),
            and_(per_giver.c.last_id == after.c.h_id, after.c.g_after.is_(None)),
        ))
        .group_by(per_giver.c.pupil_id, per_giver.c.category_id)
        .cte("effective")
    )
    latest = _d.alias("latest")
    return (
        select(effective.c.pupil_id, effective.c.category_id, effective.c.rank, effective.c.min_answered_rank,
               effective.c.latest_id, latest.c.carried_over, latest.c.decided_on)
        .join(latest, latest.c.id == effective.c.latest_id)
    )


def cell_of(rank: int, min_answered_rank: int | None, carried_over: bool, decided_on) -> Cell:
    disputed = min_answered_rank is not None and min_answered_rank < rank and min_answered_rank == RESTRICTIVENESS[ConsentState.GRANTED]
    return Cell(state=_BY_RANK[int(rank)], disputed=bool(disputed), carried_over=bool(carried_over), decided_on=decided_on)


def current_cells(session: Session, category_ids: Iterable[int], pupil_ids: Select | Iterable[int]) -> dict[tuple[int, int], Cell]:
    """{(pupil_id, category_id): Cell} for every answered cell; missing keys are not returned."""
    category_ids = list(category_ids)
    if not category_ids:
        return {}
    result = session.execute(cells_query(category_ids, pupil_ids))
    return {(r.pupil_id, r.category_id): cell_of(r.rank, r.min_answered_rank, r.carried_over, r.decided_on) for r in result}


def ranks_subquery(category_ids: Iterable[int], pupil_ids: Select | Iterable[int]):
    """The cells as a subquery (pupil_id, category_id, rank, disputed 0/1) for counts in SQL."""
    q = cells_query(category_ids, pupil_ids).subquery("cells")
    granted = literal(RESTRICTIVENESS[ConsentState.GRANTED])
    disputed = case((and_(q.c.min_answered_rank == granted, q.c.rank > granted), 1), else_=0)
    return select(q.c.pupil_id, q.c.category_id, q.c.rank, disputed.label("disputed")).subquery("ranked")
