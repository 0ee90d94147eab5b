"""Counts without names: incidents per protocol article, and the yearly anonymised overview for the
participation council (MR) and the board."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from sqlalchemy import func, select

from scope_desk.errors import InvalidInput, NotAllowed
from scope_desk.models.incident import Conversation, Incident, IncidentArticle, Measure
from scope_desk.models.protocol import ProtocolArticle
from scope_desk.models.school import School
from scope_desk.services import audit
from scope_desk.services.access import Actor, Permission, require
from scope_desk.services.incident_lists import (
    CATEGORIES,
    MEASURE_LABELS,
    SEVERITY_LABELS,
    STATUS_LABELS,
    MeasureKind,
)
from scope_desk.services.incident_people import may_see
from scope_desk.services.incident_types import Overview

MONTHS = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


def parse_period(period: str | int) -> tuple[str, date, date]:
    """``2026`` → calendar year 2026; ``"2026-2027"`` → school year 1 August 2026 – 31 July 2027."""
    text = str(period).strip()
    if re.fullmatch(r"\d{4}", text):
        year = int(text)
        return f"kalenderjaar {year}", date(year, 1, 1), date(year, 12, 31)
    match = re.fullmatch(r"(\d{4})\s*[-/]\s*(\d{4})", text)
    if match and int(match.group(2)) == int(match.group(1)) + 1:
        first = int(match.group(1))
        return f"schooljaar {first}-{first + 1}", date(first, 8, 1), date(first + 1, 7, 31)
    raise InvalidInput(f"'{text}' is geen jaar (2026) of schooljaar (2026-2027).")


def _months(starts_on: date, ends_on: date) -> list[tuple[int, int]]:
    months, y, m = [], starts_on.year, starts_on.month
    while (y, m) <= (ends_on.year, ends_on.month):
        months.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return months


class ReportsMixin:
    def count_by_article(self, actor: Actor, version_id: int) -> dict[str, int]:
        """Article code → number of incidents concerning it (every article of the version, zeros too).

        Counts only, for the protocol page; limited to the schools the actor may see incidents or
        anonymised reports of."""
        permission = next((p for p in (Permission.VIEW_INCIDENTS, Permission.VIEW_ANONYMISED_REPORTS) if actor.can(p)), None)
        if permission is None:
            require(actor, Permission.VIEW_ANONYMISED_REPORTS)
        allowed = actor.school_ids(permission)
        with self._store.transaction() as s:
            counts = {code: 0 for code in s.scalars(select(ProtocolArticle.code).where(ProtocolArticle.version_id == version_id)
                                                   .order_by(ProtocolArticle.position))}
            query = (select(ProtocolArticle.code, Incident.school_id, Incident.visibility)
                     .join(IncidentArticle, IncidentArticle.article_id == ProtocolArticle.id)
                     .join(Incident, Incident.id == IncidentArticle.incident_id)
                     .where(ProtocolArticle.version_id == version_id))
            if allowed is not None:
                query = query.where(Incident.school_id.in_(allowed))
            for code, school_id, visibility in s.execute(query):
                # Someone who opens incidents counts only those he may open (the link lists exactly these).
                if permission is Permission.VIEW_INCIDENTS and not may_see(actor, school_id, visibility):
                    continue
                counts[code] = counts.get(code, 0) + 1
        return counts

    def overview(self, actor: Actor, period: str | int, school_id: int | None = None) -> Overview:
        """Counts per category, platform, month, measure, status and severity; never a name."""
        require(actor, Permission.VIEW_ANONYMISED_REPORTS, school_id)
        label, starts_on, ends_on = parse_period(period)
        allowed = actor.school_ids(Permission.VIEW_ANONYMISED_REPORTS)
        if school_id is not None:
            if allowed is not None and school_id not in allowed:
                raise NotAllowed(f"{actor.name} mag het overzicht van deze school niet zien.")
            allowed = {school_id}
        with self._store.transaction(write=True) as s:
            query = select(Incident.id, Incident.category, Incident.platform, Incident.happened_on, Incident.status,
                           Incident.severity).where(Incident.happened_on >= starts_on, Incident.happened_on <= ends_on)
            if allowed is not None:
                query = query.where(Incident.school_id.in_(allowed))
            rows = s.execute(query).all()
            ids = [r.id for r in rows]
            measures = Counter(s.scalars(select(Measure.kind).where(Measure.incident_id.in_(ids)))) if ids else Counter()
            conversations = s.execute(select(func.count()).select_from(Conversation)
                                      .where(Conversation.incident_id.in_(ids))).scalar_one() if ids else 0
            if allowed is None:
                scope = "alle scholen"
            elif len(allowed) == 1:
                school = s.get(School, next(iter(allowed)))
                scope = school.name if school else "één school"
            else:
                scope = f"{len(allowed)} scholen"
            audit.record(s, actor, "report.overview", "report", None, school_id=school_id, period=label)
        categories = Counter(r.category for r in rows)
        by_category = {CATEGORIES[c]: categories.get(c, 0) for c in CATEGORIES}
        for code, n in categories.items():
            if code not in CATEGORIES:
                by_category[code] = by_category.get(code, 0) + n
        month_counts = Counter((r.happened_on.year, r.happened_on.month) for r in rows)
        by_month = {f"{MONTHS[m - 1]} {y}": month_counts.get((y, m), 0) for y, m in _months(starts_on, ends_on)}
        return Overview(
            period_label=label, starts_on=starts_on, ends_on=ends_on, scope_label=scope, total=len(rows),
            by_category=by_category,
            by_platform=dict(Counter(r.platform for r in rows).most_common()),
            by_month=by_month,
            by_measure={MEASURE_LABELS[k]: measures[k] for k in MeasureKind if measures.get(k)},
            by_status={STATUS_LABELS[k]: n for k, n in Counter(r.status for r in rows).items()},
            by_severity={SEVERITY_LABELS[k]: n for k in SEVERITY_LABELS if (n := sum(1 for r in rows if r.severity is k))},
            conversations=conversations,
        )
