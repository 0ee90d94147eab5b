"""Consent rounds, categories and the append-only decision events."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from scope_desk.models.base import Base, Versioned, enum_column, utcnow


class ConsentState(enum.Enum):
    GRANTED = "granted"
    REFUSED = "refused"
    NOT_RETURNED = "not_returned"  # the default; never consent
    WITHDRAWN = "withdrawn"


class ReceivedVia(enum.Enum):
    PAPER = "paper"
    EMAIL = "email"
    PHONE = "phone"
    PARENT_APP = "parent_app"
    IN_PERSON = "in_person"
    CARRIED_OVER = "carried_over"
    SYSTEM = "system"


class RoundStatus(enum.Enum):
    OPEN = "open"
    CLOSED = "closed"


class ConsentRound(Versioned, Base):
    """One school's yearly round: its categories, letter text, deadline and signatory."""

    __tablename__ = "consent_rounds"
    __table_args__ = (UniqueConstraint("school_id", "school_year_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id", ondelete="CASCADE"))
    school_year_id: Mapped[int] = mapped_column(ForeignKey("school_years.id", ondelete="RESTRICT"))
    status: Mapped[RoundStatus] = mapped_column(enum_column(RoundStatus), default=RoundStatus.OPEN)
    opened_on: Mapped[date] = mapped_column(Date)
    deadline: Mapped[date | None] = mapped_column(Date, default=None)
    letter_text: Mapped[str] = mapped_column(Text, default="")
    reminder_text: Mapped[str] = mapped_column(Text, default="")
    signed_by: Mapped[str] = mapped_column(String(200), default="")
    signed_as: Mapped[str] = mapped_column(String(100), default="directeur")

    categories: Mapped[list["ConsentCategory"]] = relationship(
        back_populates="round", order_by="ConsentCategory.position", cascade="all, delete-orphan"
    )


class ConsentCategory(Versioned, Base):
    __tablename__ = "consent_categories"
    __table_args__ = (UniqueConstraint("round_id", "code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("consent_rounds.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(40))  # "website", "social_media", …
    label: Mapped[str] = mapped_column(String(120))  # "Website van de school"
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)

    round: Mapped[ConsentRound] = relationship(back_populates="categories")


class ConsentDecision(Base):
    """One event in a pupil's consent history. Never updated or deleted: the latest event counts."""

    __tablename__ = "consent_decisions"
    __table_args__ = (
        Index("ix_consent_decisions_pupil_category", "pupil_id", "category_id", "id"),
        # The latest event per pupil and category, read from the index alone (the Overzicht's counts).
        Index("ix_consent_decisions_category_latest", "category_id", "pupil_id", "id", "state"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupils.id", ondelete="CASCADE"))
    category_id: Mapped[int] = mapped_column(ForeignKey("consent_categories.id", ondelete="CASCADE"), index=True)
    state: Mapped[ConsentState] = mapped_column(enum_column(ConsentState))
    given_by_guardian_id: Mapped[int | None] = mapped_column(
        ForeignKey("guardians.id", ondelete="SET NULL"), default=None
    )
    given_by_pupil: Mapped[bool] = mapped_column(Boolean, default=False)  # a pupil of 16 or older
    received_via: Mapped[ReceivedVia] = mapped_column(enum_column(ReceivedVia))
    decided_on: Mapped[date] = mapped_column(Date)
    recorded_by_user_id: Mapped[int | None] = mapped_column(
        ForeignKey("user_accounts.id", ondelete="RESTRICT"), default=None
    )
    recorded_by_name: Mapped[str] = mapped_column(String(200))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)
    carried_over: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")

    category: Mapped[ConsentCategory] = relationship()
