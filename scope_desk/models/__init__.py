"""Typed SQLAlchemy models for the whole domain. No Qt here."""

from scope_desk.models.audit import AppSetting, AuditEvent, DeletionLogEntry, RetentionPolicy, SubjectAccessRequest
from scope_desk.models.base import Base
from scope_desk.models.consent import ConsentCategory, ConsentDecision, ConsentRound, ConsentState, ReceivedVia, RoundStatus
from scope_desk.models.incident import (
    Conversation,
    ConversationAttendee,
    ConversationNote,
    ConversationPlace,
    DepictedPupil,
    EvidenceContent,
    EvidenceFile,
    Incident,
    IncidentArticle,
    IncidentKind,
    IncidentLink,
    IncidentStatus,
    Measure,
    MeasureKind,
    Party,
    PartyKind,
    PartyRole,
    Severity,
    Visibility,
)
from scope_desk.models.protocol import ProtocolArticle, ProtocolSection, ProtocolVersion, ReadConfirmation
from scope_desk.models.school import Enrolment, Guardian, Pupil, PupilGuardian, School, SchoolClass, SchoolYear, StaffMember
from scope_desk.models.user import Role, RoleAssignment, UserAccount

__all__ = [name for name in dir() if not name.startswith("_")]
