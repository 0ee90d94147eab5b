"""Retention: the policies, legal holds, and the purge (listed first, then done in one transaction)."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import delete, select, tuple_, update
from sqlalchemy.orm import Session

from scope_desk.errors import InvalidInput, NotFound, StaleRecord
from scope_desk.models.audit import DeletionLogEntry, RetentionPolicy
from scope_desk.models.consent import ConsentDecision
from scope_desk.models.incident import DepictedPupil, EvidenceContent, EvidenceFile, Incident, Party, PartyKind
from scope_desk.models.school import Guardian, Pupil, School
from scope_desk.services import audit
from scope_desk.services.access import Actor, Permission, require, require_everywhere
from scope_desk.services.events import ChangeSet, Changes
from scope_desk.services.retention_plan import DATA_TYPE_LABELS, DEFAULT_POLICIES, PlanLine, PurgePlan, build_plan

log = logging.getLogger(__name__)
ANONYMISED_PUPIL = "[leerling verwijderd]"
BACKUP_SUFFIXES = (".sqlite3",)

__all__ = ["RetentionService", "PolicyView", "HoldView", "PurgePlan", "PlanLine", "DATA_TYPE_LABELS", "rotate_backups"]


@dataclass(frozen=True)
class PolicyView:
    data_type: str
    label: str
    days: int
    description: str


@dataclass(frozen=True)
class HoldView:
    incident_id: int
    school: str
    reported_on: date
    title: str  # empty when the actor may not see incident contents
    legal_hold: bool


class RetentionService:
    def __init__(self, store, changes: Changes, *, today: Callable[[], date] = date.today) -> None:
        self._store = store
        self._changes = changes
        self._today = today

    # -- policies ------------------------------------------------------------------------------
    def policies(self, actor: Actor) -> list[PolicyView]:
        require(actor, Permission.MANAGE_RETENTION)
        with self._store.transaction() as s:
            stored = {r.data_type: r for r in s.scalars(select(RetentionPolicy))}
        views = []
        for default in DEFAULT_POLICIES:
            row = stored.get(default.data_type)
            views.append(PolicyView(default.data_type, DATA_TYPE_LABELS[default.data_type],
                                    row.keep_days_after_leaving if row else default.days, default.description))
        return views

    def set_policy(self, actor: Actor, data_type: str, days: int) -> None:
        require_everywhere(actor, Permission.MANAGE_RETENTION)
        defaults = {p.data_type: p for p in DEFAULT_POLICIES}
        if data_type not in defaults:
            raise InvalidInput(f"Onbekend soort gegevens: {data_type}.")
        if not 1 <= int(days) <= 36500:
            raise InvalidInput("Een bewaartermijn is tussen 1 dag en 100 jaar.")
        with self._store.transaction(write=True) as s:
            row = s.scalar(select(RetentionPolicy).where(RetentionPolicy.data_type == data_type))
            if row is None:
                row = RetentionPolicy(data_type=data_type, description=defaults[data_type].description)
                s.add(row)
            old = row.keep_days_after_leaving
            row.keep_days_after_leaving = int(days)
            s.flush()
            audit.record(s, actor, "retention.policy", "retention_policy", row.id, data_type=data_type,
                         old_days=old, new_days=int(days))
        self._changes.emit(ChangeSet())

    # -- legal holds ---------------------------------------------------------------------------
    def incidents_for_hold(self, actor: Actor) -> list[HoldView]:
        """Incidents the actor may put on hold (directeur of the school); titles only for those who may read them."""
        require(actor, Permission.MANAGE_RETENTION)
        schools = actor.school_ids(Permission.MANAGE_RETENTION)
        query = select(Incident.id, School.name, Incident.reported_on, Incident.title, Incident.legal_hold,
                       Incident.school_id).join(School).order_by(Incident.legal_hold.desc(), Incident.reported_on.desc())
        if schools is not None:
            query = query.where(Incident.school_id.in_(schools))
        with self._store.transaction() as s:
            rows = s.execute(query).all()
        return [HoldView(iid, school, reported, title if actor.can(Permission.VIEW_INCIDENTS, school_id) else "", hold)
                for iid, school, reported, title, hold, school_id in rows]

    def set_legal_hold(self, actor: Actor, incident_id: int, hold: bool) -> None:
        with self._store.transaction(write=True) as s:
            incident = s.get(Incident, incident_id)
            if incident is None:
                raise NotFound("Dit incident bestaat niet (meer).")
            require(actor, Permission.MANAGE_RETENTION, incident.school_id)
            require(actor, Permission.VIEW_INCIDENTS, incident.school_id)
            if incident.legal_hold != hold:
                incident.legal_hold = hold
                audit.record(s, actor, "incident.legal_hold_on" if hold else "incident.legal_hold_off", "incident",
                             incident.id, school_id=incident.school_id)
        self._changes.emit(ChangeSet(incidents=True))

    # -- purge ---------------------------------------------------------------------------------
    def plan_purge(self, actor: Actor, as_of: date | None = None) -> PurgePlan:
        require_everywhere(actor, Permission.MANAGE_RETENTION)
        with self._store.transaction() as s:
            return build_plan(s, as_of or self._today())

    def purge(self, actor: Actor, confirmed: PurgePlan) -> PurgePlan:
        """Remove exactly what ``confirmed`` listed, in one transaction; refuse if the list changed since."""
        require_everywhere(actor, Permission.MANAGE_RETENTION)
        with self._store.transaction(write=True) as s:
            plan = build_plan(s, confirmed.as_of)
            if plan.key() != confirmed.key():
                raise StaleRecord("De lijst met te verwijderen gegevens")
            if plan.empty:
                return plan
            _execute(s, plan)
            for data_type, count in plan.counts().items():
                if count:
                    s.add(DeletionLogEntry(actor_name=actor.name, data_type=data_type, count=count,
                                           policy_days=plan.days.get(data_type, plan.days["incident"])))
            audit.record(s, actor, "retention.purge", "deletion_log", None, as_of=plan.as_of.isoformat(), **plan.counts())
        self._remove_evidence(plan)
        self._changes.emit(ChangeSet(pupils=True, consent=True, incidents=True))
        return plan

    def deletion_log(self, actor: Actor) -> list[tuple[datetime, str, str, int, int]]:
        require(actor, Permission.MANAGE_RETENTION)
        with self._store.transaction() as s:
            return [(r.at, r.actor_name, r.data_type, r.count, r.policy_days)
                    for r in s.scalars(select(DeletionLogEntry).order_by(DeletionLogEntry.id.desc()))]

    def _remove_evidence(self, plan: PurgePlan) -> None:
        if not plan.evidence_names:
            return
        try:
            from scope_desk.services.incident_evidence import evidence_dir_for
        except ImportError:  # pragma: no cover - incidents feature absent
            return
        folder = evidence_dir_for(self._store)
        for name in plan.evidence_names:
            try:
                (folder / name).unlink(missing_ok=True)
            except OSError as exc:
                log.warning("bewijsbestand kon niet worden verwijderd: %s", exc.strerror)


def _execute(s: Session, plan: PurgePlan) -> None:
    if plan.incident_ids:
        ids = list(plan.incident_ids)
        s.execute(delete(DepictedPupil).where(DepictedPupil.incident_id.in_(ids)))
        s.execute(delete(Incident).where(Incident.id.in_(ids)))  # parties, conversations, measures, evidence cascade
        s.execute(delete(EvidenceContent).where(EvidenceContent.id.not_in(  # the bytes of that evidence
            select(EvidenceFile.content_id).where(EvidenceFile.content_id.is_not(None)))))
    if plan.party_ids:
        s.execute(update(Party).where(Party.id.in_(list(plan.party_ids))).values(
            kind=PartyKind.OUTSIDER, pupil_id=None, outsider_name=ANONYMISED_PUPIL, note=""))
    if plan.depicted:
        s.execute(delete(DepictedPupil).where(
            tuple_(DepictedPupil.incident_id, DepictedPupil.pupil_id).in_(list(plan.depicted))))
    if plan.consent_ids:
        s.execute(delete(ConsentDecision).where(ConsentDecision.id.in_(list(plan.consent_ids))))
    if plan.pupil_ids:
        s.execute(delete(Pupil).where(Pupil.id.in_(list(plan.pupil_ids))))  # enrolments, links, consent cascade
    if plan.guardian_ids:
        s.execute(delete(Guardian).where(Guardian.id.in_(list(plan.guardian_ids))))
    s.expire_all()


def rotate_backups(folder: Path, keep_days: int, today: date, *, dry_run: bool = False) -> list[Path]:
    """Backups older than ``keep_days`` (by modification date): removed, or only listed when ``dry_run``."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    old = sorted(p for p in folder.iterdir()
                 if p.is_file() and p.name.endswith(BACKUP_SUFFIXES)
                 and (today - date.fromtimestamp(p.stat().st_mtime)).days > keep_days)
    if not dry_run:
        for path in old:
            os.remove(path)
    return old
