"""The audit trail: written in the same transaction as the change it records, hash-chained."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from scope_desk.models.audit import AuditEvent
from scope_desk.models.base import utcnow
from scope_desk.services.access import Actor


CHAIN_LOCK_KEY = 0x5C0DE_A0D1  # pg_advisory_xact_lock key for appending to the audit chain


def event_hash(prev_hash: str, at: datetime, actor_user_id: int | None, actor_name: str, action: str,
               entity_type: str, entity_id: int | None, school_id: int | None, pupil_id: int | None, detail: str) -> str:
    payload = json.dumps(
        [prev_hash, at.isoformat(timespec="microseconds"), actor_user_id, actor_name, action, entity_type,
         entity_id, school_id, pupil_id, detail],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(session: Session, actor: Actor, action: str, entity_type: str = "", entity_id: int | None = None, *,
           school_id: int | None = None, pupil_id: int | None = None, **detail: object) -> AuditEvent:
    """Add one audit event to ``session`` (so it commits or rolls back with the change itself).

    Appends are serialised so two writers never chain onto the same previous hash: on SQLite the
    write transaction holds the database's single write lock (a deferred reader that tries to
    write after another commit fails instead of forking the chain); on PostgreSQL a
    transaction-level advisory lock is held from reading the head until commit.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CHAIN_LOCK_KEY})
    prev = session.execute(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)).scalar_one_or_none() or ""
    at = utcnow()
    detail_text = json.dumps(detail, ensure_ascii=False, sort_keys=True, default=str) if detail else ""
    row = AuditEvent(
        at=at, actor_user_id=actor.user_id, actor_name=actor.name, action=action, entity_type=entity_type,
        entity_id=entity_id, school_id=school_id, pupil_id=pupil_id, detail=detail_text, prev_hash=prev,
    )
    row.hash = event_hash(prev, at, actor.user_id, actor.name, action, entity_type, entity_id, school_id, pupil_id, detail_text)
    session.add(row)
    session.flush()
    return row
