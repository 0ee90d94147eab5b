"""The audit trail (append-only, hash-chained) and the records kept for privacy law."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from scope_desk.models.base import Base, Versioned, utcnow


class AuditEvent(Base):
    """Who did what, when. Rows are only ever inserted; ``hash`` chains each row to the previous one."""

    __tablename__ = "audit_events"
    __table_args__ = (
        Index("ix_audit_events_at", "at"),
        Index("ix_audit_events_entity", "entity_type", "entity_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor_user_id: Mapped[int | None] = mapped_column(default=None)  # no FK: the trail outlives accounts
    actor_name: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(60))  # "consent.record", "incident.view", …
    entity_type: Mapped[str] = mapped_column(String(40), default="")
    entity_id: Mapped[int | None] = mapped_column(default=None)
    school_id: Mapped[int | None] = mapped_column(default=None)
    pupil_id: Mapped[int | None] = mapped_column(index=True, default=None)
    detail: Mapped[str] = mapped_column(Text, default="")  # JSON; never free text about children
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64), default="")


class RetentionPolicy(Versioned, Base):
    __tablename__ = "retention_policies"
    id: Mapped[int] = mapped_column(primary_key=True)
    data_type: Mapped[str] = mapped_column(String(40), unique=True)  # "pupil", "consent", "incident", …
    keep_days_after_leaving: Mapped[int] = mapped_column(default=730)
    description: Mapped[str] = mapped_column(Text, default="")


class DeletionLogEntry(Base):
    """What a purge removed: counts and kinds, never content."""

    __tablename__ = "deletion_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor_name: Mapped[str] = mapped_column(String(200))
    data_type: Mapped[str] = mapped_column(String(40))
    count: Mapped[int]
    policy_days: Mapped[int]


class SubjectAccessRequest(Versioned, Base):
    """An inzageverzoek: due one month after receipt."""

    __tablename__ = "subject_access_requests"
    id: Mapped[int] = mapped_column(primary_key=True)
    pupil_id: Mapped[int | None] = mapped_column(ForeignKey("pupils.id", ondelete="SET NULL"), default=None)
    requested_by: Mapped[str] = mapped_column(String(200))
    received_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date)
    completed_on: Mapped[date | None] = mapped_column(Date, default=None)
    note: Mapped[str] = mapped_column(Text, default="")


class AppSetting(Base):
    """Settings shared by everyone using this store (letterhead, retention, platform list)."""

    __tablename__ = "app_settings"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
