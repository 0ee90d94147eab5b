"""Reading the audit trail: verify the hash chain, and search it for the Logboek page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import and_, or_, select

from scope_desk.models.audit import AuditEvent
from scope_desk.models.school import Pupil
from scope_desk.naming import fold
from scope_desk.services.access import Actor, Permission, require
from scope_desk.services.audit import event_hash

BATCH = 2000


@dataclass(frozen=True)
class ChainVerdict:
    ok: bool
    checked: int
    broken_id: int | None = None
    reason: str = ""

    def line(self) -> str:
        if self.ok:
            return f"OK: logboek intact ({self.checked} regels gecontroleerd)."
        return f"FOUT: logboekregel {self.broken_id} is {self.reason} (na {self.checked} goede regels)."


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    actor_name: str
    action: str
    entity_type: str
    entity_id: int | None
    school_id: int | None
    pupil_id: int | None
    detail: str


@dataclass(frozen=True)
class AuditFilter:
    user_name: str = ""  # part of the actor's name
    pupil: str = ""  # leerlingnummer or part of the pupil's name
    action: str = ""  # prefix: "auth", "incident.view", …
    actions: tuple[str, ...] | None = None  # exactly these codes (the Logboek's label filter); None: any
    date_from: date | None = None
    date_to: date | None = None
    limit: int = 1000


def verify_chain(store) -> ChainVerdict:
    """Walk the trail in id order; the first row whose link or content does not match is reported."""
    prev = ""
    checked = 0
    last_id = 0
    with store.transaction() as s:
        while True:
            rows = s.execute(select(AuditEvent).where(AuditEvent.id > last_id).order_by(AuditEvent.id).limit(BATCH)).scalars().all()
            if not rows:
                break
            for row in rows:
                if row.prev_hash != prev:
                    return ChainVerdict(False, checked, row.id, "niet gekoppeld aan de regel ervoor (verwijderd of ingevoegd)")
                expected = event_hash(row.prev_hash, row.at, row.actor_user_id, row.actor_name, row.action,
                                      row.entity_type, row.entity_id, row.school_id, row.pupil_id, row.detail)
                if row.hash != expected:
                    return ChainVerdict(False, checked, row.id, "achteraf gewijzigd")
                prev = row.hash
                checked += 1
                last_id = row.id
            s.expunge_all()
    return ChainVerdict(True, checked)


class AuditTrailService:
    def __init__(self, store, changes) -> None:
        self._store = store
        self._changes = changes

    def verify(self, actor: Actor) -> ChainVerdict:
        require(actor, Permission.VIEW_AUDIT)
        return verify_chain(self._store)

    def search(self, actor: Actor, flt: AuditFilter = AuditFilter()) -> list[AuditRow]:
        """Newest first. A school's directeur sees the events of their schools; board-wide roles see all."""
        require(actor, Permission.VIEW_AUDIT)
        schools = actor.school_ids(Permission.VIEW_AUDIT)
        query = select(AuditEvent).order_by(AuditEvent.id.desc()).limit(flt.limit)
        if schools is not None:
            query = query.where(AuditEvent.school_id.in_(schools))
        if flt.user_name.strip():
            query = query.where(AuditEvent.actor_name.ilike(f"%{_escape(flt.user_name.strip())}%", escape="\\"))
        if flt.action.strip():
            query = query.where(AuditEvent.action.startswith(flt.action.strip(), autoescape=True))
        if flt.actions is not None:
            if not flt.actions:
                return []
            query = query.where(AuditEvent.action.in_(flt.actions))
        if flt.date_from:
            query = query.where(AuditEvent.at >= _start_of(flt.date_from))
        if flt.date_to:
            query = query.where(AuditEvent.at < _start_of(flt.date_to + timedelta(days=1)))
        with self._store.transaction() as s:
            if flt.pupil.strip():
                ids = self._pupil_ids(s, flt.pupil.strip())
                if not ids:
                    return []
                query = query.where(AuditEvent.pupil_id.in_(ids))
            return [AuditRow(r.id, r.at, r.actor_name, r.action, r.entity_type, r.entity_id, r.school_id, r.pupil_id,
                             r.detail) for r in s.scalars(query)]

    def action_names(self, actor: Actor) -> list[str]:
        require(actor, Permission.VIEW_AUDIT)
        with self._store.transaction() as s:
            return sorted(s.scalars(select(AuditEvent.action).distinct()))

    @staticmethod
    def _pupil_ids(s, needle: str) -> list[int]:
        words = [Pupil.sort_name.like(f"%{_escape(fold(w))}%", escape="\\") for w in needle.split()]
        return list(s.scalars(select(Pupil.id).where(or_(Pupil.leerlingnummer == needle, and_(*words)))))


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _start_of(day: date) -> datetime:
    # days as the office sees them (local time), compared in UTC
    return datetime.combine(day, time.min).astimezone().astimezone(timezone.utc)
