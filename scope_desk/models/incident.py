"""Incidents, the people involved, follow-up conversations, measures and evidence."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from scope_desk.models.base import Base, Versioned, enum_column, utcnow


class IncidentStatus(enum.Enum):
    NEW = "new"
    IN_PROGRESS = "in_progress"
    CLOSED = "closed"


class IncidentKind(enum.Enum):
    PUPIL = "pupil"
    STAFF = "staff"  # measures "conform de CAO"


class Severity(enum.Enum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class Visibility(enum.Enum):
    """Who may open the incident besides the roles that see all incidents of the school."""

    SCHOOL_CARE_TEAM = "care_team"  # directeur + anti-pestcoördinator / vertrouwenspersoon
    DIRECTOR_ONLY = "director_only"


class PartyKind(enum.Enum):
    PUPIL = "pupil"
    GUARDIAN = "guardian"
    STAFF = "staff"
    OUTSIDER = "outsider"


class PartyRole(enum.Enum):
    TARGET = "target"
    PERPETRATOR = "perpetrator"
    WITNESS = "witness"
    REPORTER = "reporter"


class MeasureKind(enum.Enum):
    CONVERSATION = "conversation"
    WARNING = "warning"
    POST_REMOVED = "post_removed"
    GUARDIANS_INFORMED = "guardians_informed"
    SUSPENSION = "suspension"
    REMOVAL = "removal"
    CAO_MEASURE = "cao_measure"
    POLICE_REPORT = "police_report"
    VEILIG_THUIS = "veilig_thuis"
    OTHER = "other"


class ConversationPlace(enum.Enum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"


class Incident(Versioned, Base):
    __tablename__ = "incidents"
    __table_args__ = (Index("ix_incidents_school_happened", "school_id", "happened_on"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id", ondelete="RESTRICT"))
    kind: Mapped[IncidentKind] = mapped_column(enum_column(IncidentKind), default=IncidentKind.PUPIL)
    title: Mapped[str] = mapped_column(String(200), default="")
    reported_on: Mapped[date] = mapped_column(Date)
    happened_on: Mapped[date] = mapped_column(Date)
    reported_by: Mapped[str] = mapped_column(String(200), default="")
    platform: Mapped[str] = mapped_column(String(40))  # from the configurable platform list
    category: Mapped[str] = mapped_column(String(40))  # A.7 list + extra kinds, see services
    description: Mapped[str] = mapped_column(Text, default="")
    severity: Mapped[Severity] = mapped_column(enum_column(Severity), default=Severity.MEDIUM)
    status: Mapped[IncidentStatus] = mapped_column(enum_column(IncidentStatus), default=IncidentStatus.NEW)
    visibility: Mapped[Visibility] = mapped_column(enum_column(Visibility), default=Visibility.SCHOOL_CARE_TEAM)
    protocol_version_id: Mapped[int | None] = mapped_column(
        ForeignKey("protocol_versions.id", ondelete="RESTRICT"), default=None
    )
    legal_hold: Mapped[bool] = mapped_column(Boolean, default=False)
    created_by_name: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    closed_on: Mapped[date | None] = mapped_column(Date, default=None)

    links: Mapped[list["IncidentLink"]] = relationship(cascade="all, delete-orphan", back_populates="incident")
    articles: Mapped[list["IncidentArticle"]] = relationship(cascade="all, delete-orphan", back_populates="incident")
    parties: Mapped[list["Party"]] = relationship(cascade="all, delete-orphan", back_populates="incident")
    conversations: Mapped[list["Conversation"]] = relationship(
        cascade="all, delete-orphan", back_populates="incident", order_by="Conversation.held_at"
    )
    measures: Mapped[list["Measure"]] = relationship(cascade="all, delete-orphan", back_populates="incident")
    evidence: Mapped[list["EvidenceFile"]] = relationship(cascade="all, delete-orphan", back_populates="incident")


class IncidentLink(Base):
    """A link to a post concerned."""

    __tablename__ = "incident_links"
    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"), index=True)
    url: Mapped[str] = mapped_column(String(2000))
    posted_on: Mapped[date | None] = mapped_column(Date, default=None)
    incident: Mapped[Incident] = relationship(back_populates="links")


class IncidentArticle(Base):
    """A protocol article the incident concerns (of the version in force on the incident's date)."""

    __tablename__ = "incident_articles"
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("protocol_articles.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    incident: Mapped[Incident] = relationship(back_populates="articles")


class Party(Base):
    """Someone involved (betrokkene): a pupil, guardian, staff member or outsider, in one role."""

    __tablename__ = "incident_parties"
    __table_args__ = (
        CheckConstraint(
            "(kind = 'pupil' AND pupil_id IS NOT NULL) OR (kind = 'guardian' AND guardian_id IS NOT NULL)"
            " OR (kind = 'staff' AND staff_member_id IS NOT NULL) OR (kind = 'outsider' AND outsider_name <> '')",
            name="party_has_person",
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"), index=True)
    kind: Mapped[PartyKind] = mapped_column(enum_column(PartyKind))
    role: Mapped[PartyRole] = mapped_column(enum_column(PartyRole))
    pupil_id: Mapped[int | None] = mapped_column(ForeignKey("pupils.id", ondelete="RESTRICT"), index=True, default=None)
    guardian_id: Mapped[int | None] = mapped_column(ForeignKey("guardians.id", ondelete="RESTRICT"), default=None)
    staff_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_members.id", ondelete="RESTRICT"), default=None
    )
    outsider_name: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    incident: Mapped[Incident] = relationship(back_populates="parties")


class DepictedPupil(Base):
    """A pupil shown in a photo or video the incident is about (images published without consent)."""

    __tablename__ = "incident_depicted_pupils"
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True)
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupils.id", ondelete="RESTRICT"), primary_key=True, index=True)
    channel_code: Mapped[str] = mapped_column(String(40), default="social_media")
    posted_on: Mapped[date | None] = mapped_column(Date, default=None)


class Conversation(Versioned, Base):
    """An "in real life" follow-up conversation. Its notes live in append-only note versions."""

    __tablename__ = "conversations"
    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"), index=True)
    held_at: Mapped[datetime]
    place: Mapped[ConversationPlace] = mapped_column(enum_column(ConversationPlace), default=ConversationPlace.IN_PERSON)
    other_attendees: Mapped[str] = mapped_column(Text, default="")  # people who are not parties
    check_back_on: Mapped[date | None] = mapped_column(Date, index=True, default=None)
    checked_back: Mapped[bool] = mapped_column(Boolean, default=False)
    owner_user_id: Mapped[int | None] = mapped_column(ForeignKey("user_accounts.id", ondelete="SET NULL"), default=None)
    created_by_name: Mapped[str] = mapped_column(String(200), default="")

    incident: Mapped[Incident] = relationship(back_populates="conversations")
    attendees: Mapped[list["ConversationAttendee"]] = relationship(cascade="all, delete-orphan")
    note_versions: Mapped[list["ConversationNote"]] = relationship(
        cascade="all, delete-orphan", order_by="ConversationNote.number"
    )


class ConversationAttendee(Base):
    __tablename__ = "conversation_attendees"
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), primary_key=True)
    party_id: Mapped[int] = mapped_column(ForeignKey("incident_parties.id", ondelete="CASCADE"), primary_key=True)


class ConversationNote(Base):
    """One version of a conversation's notes and agreements; an edit adds a version with a reason."""

    __tablename__ = "conversation_notes"
    __table_args__ = (UniqueConstraint("conversation_id", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(default=1)
    notes: Mapped[str] = mapped_column(Text, default="")
    agreements: Mapped[str] = mapped_column(Text, default="")  # afspraken
    reason: Mapped[str] = mapped_column(Text, default="")  # why this version replaced the previous one
    written_by_name: Mapped[str] = mapped_column(String(200))
    written_at: Mapped[datetime] = mapped_column(default=utcnow)


class Measure(Base):
    __tablename__ = "measures"
    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"), index=True)
    kind: Mapped[MeasureKind] = mapped_column(enum_column(MeasureKind))
    decided_on: Mapped[date] = mapped_column(Date)
    decided_by: Mapped[str] = mapped_column(String(200))
    party_id: Mapped[int | None] = mapped_column(ForeignKey("incident_parties.id", ondelete="SET NULL"), default=None)
    note: Mapped[str] = mapped_column(Text, default="")
    incident: Mapped[Incident] = relationship(back_populates="measures")


class EvidenceContent(Base):
    """The bytes of one evidence file, in the store (so shared, backed up and encrypted with it)."""

    __tablename__ = "evidence_contents"
    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64))
    size_bytes: Mapped[int]
    content: Mapped[bytes] = mapped_column(LargeBinary)


class EvidenceFile(Base):
    """A screenshot or file kept under the application's control; its SHA-256 is re-verified on opening.

    Its bytes are in ``evidence_contents``; a row attached before that (``content_id`` NULL) still
    has its file ``stored_name`` ("<sha256>.<ext>") in the old evidence folder next to the store.
    """

    __tablename__ = "evidence_files"
    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"), index=True)
    original_name: Mapped[str] = mapped_column(String(260))
    content_id: Mapped[int | None] = mapped_column(
        ForeignKey("evidence_contents.id", ondelete="RESTRICT"), index=True, default=None
    )
    stored_name: Mapped[str | None] = mapped_column(String(100), default=None)  # legacy: file in the evidence folder
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size_bytes: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
    added_by_name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    incident: Mapped[Incident] = relationship(back_populates="evidence")
