"""Plain values the incident service takes and gives back (frozen; never live ORM rows)."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime

from scope_desk.services.incident_lists import (
    ConversationPlace,
    IncidentKind,
    IncidentStatus,
    MeasureKind,
    PartyKind,
    PartyRole,
    Severity,
    Visibility,
)


class EvidenceState(enum.Enum):
    VERIFIED = "verified"  # file and recorded hash agree
    ALTERED = "altered"  # file or recorded hash changed since it was added
    MISSING = "missing"  # the bytes are gone (from the store, or a pre-0005 file from the old folder)


EVIDENCE_STATE_LABELS = {
    EvidenceState.VERIFIED: "gecontroleerd",
    EvidenceState.ALTERED: "GEWIJZIGD",
    EvidenceState.MISSING: "ONTBREEKT",
}


# ---- input ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class LinkInput:
    url: str
    posted_on: date | None = None


@dataclass(frozen=True)
class IncidentInput:
    school_id: int
    title: str
    reported_on: date
    happened_on: date
    platform: str
    category: str
    kind: IncidentKind = IncidentKind.PUPIL
    reported_by: str = ""
    description: str = ""
    severity: Severity = Severity.MEDIUM
    visibility: Visibility = Visibility.SCHOOL_CARE_TEAM
    links: tuple[LinkInput, ...] = ()
    article_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class PartyInput:
    kind: PartyKind
    role: PartyRole
    pupil_id: int | None = None
    guardian_id: int | None = None
    staff_member_id: int | None = None
    outsider_name: str = ""
    note: str = ""


@dataclass(frozen=True)
class ConversationInput:
    held_at: datetime  # timezone-aware
    place: ConversationPlace = ConversationPlace.IN_PERSON
    attendee_party_ids: tuple[int, ...] = ()
    other_attendees: str = ""
    notes: str = ""
    agreements: str = ""
    check_back_on: date | None = None


@dataclass(frozen=True)
class MeasureInput:
    kind: MeasureKind
    decided_on: date
    decided_by: str
    party_id: int | None = None
    note: str = ""


# ---- output --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class SchoolOption:
    id: int
    name: str


@dataclass(frozen=True)
class PersonOption:
    """A pupil, guardian or staff member offered in a picker."""

    kind: PartyKind
    id: int
    name: str
    detail: str = ""  # class and leerlingnummer, relation, function


@dataclass(frozen=True)
class ArticleRef:
    id: int
    code: str
    text: str
    version_label: str = ""


@dataclass(frozen=True)
class LinkView:
    url: str
    posted_on: date | None


@dataclass(frozen=True)
class PartyView:
    id: int
    kind: PartyKind
    role: PartyRole
    name: str
    person_id: int | None  # pupil, guardian or staff id
    note: str = ""


@dataclass(frozen=True)
class NoteVersion:
    number: int
    notes: str
    agreements: str
    reason: str
    written_by: str
    written_at: datetime


@dataclass(frozen=True)
class ConversationView:
    id: int
    incident_id: int
    held_at: datetime
    place: ConversationPlace
    attendees: tuple[PartyView, ...]
    other_attendees: str
    check_back_on: date | None
    checked_back: bool
    created_by: str
    versions: tuple[NoteVersion, ...]  # oldest first; the last one is current
    version: int

    @property
    def current(self) -> NoteVersion | None:
        return self.versions[-1] if self.versions else None

    @property
    def notes(self) -> str:
        return self.current.notes if self.current else ""

    @property
    def agreements(self) -> str:
        return self.current.agreements if self.current else ""


@dataclass(frozen=True)
class MeasureView:
    id: int
    kind: MeasureKind
    decided_on: date
    decided_by: str
    party_name: str
    note: str


@dataclass(frozen=True)
class EvidenceView:
    id: int
    original_name: str
    media_type: str
    size_bytes: int
    sha256: str  # as recorded in the store
    actual_sha256: str  # as computed from the file now ("" when missing)
    state: EvidenceState
    added_at: datetime
    added_by: str
    description: str

    @property
    def is_image(self) -> bool:
        return self.media_type.startswith("image/")

    @property
    def state_label(self) -> str:
        return EVIDENCE_STATE_LABELS[self.state]


@dataclass(frozen=True)
class DepictedView:
    pupil_id: int
    name: str
    channel_code: str
    channel_label: str
    posted_on: date | None
    consent_state: str  # ConsentState value, "not_returned" when no event
    consent_label: str
    consent_given: bool


@dataclass(frozen=True)
class IncidentSummary:
    id: int
    school_id: int
    school_name: str
    kind: IncidentKind
    title: str
    reported_on: date
    happened_on: date
    platform: str
    category: str
    severity: Severity
    status: IncidentStatus
    party_count: int
    next_check_back: date | None
    search_text: str = ""  # folded title/description/platform, for the list's own filter
    protocol_version_id: int | None = None  # the version in force on the incident's date
    article_codes: tuple[str, ...] = ()  # the articles of that version the incident cites

    def cites(self, code: str, version_id: int | None = None) -> bool:
        """Whether the incident cites article ``code`` (of version ``version_id``, when given)."""
        return code in self.article_codes and (version_id is None or version_id == self.protocol_version_id)


@dataclass(frozen=True)
class IncidentDetail:
    id: int
    school_id: int
    school_name: str
    kind: IncidentKind
    title: str
    reported_on: date
    happened_on: date
    reported_by: str
    platform: str
    category: str
    description: str
    severity: Severity
    status: IncidentStatus
    visibility: Visibility
    closed_on: date | None
    created_by: str
    protocol_version_label: str
    version: int
    links: tuple[LinkView, ...] = ()
    articles: tuple[ArticleRef, ...] = ()
    parties: tuple[PartyView, ...] = ()
    conversations: tuple[ConversationView, ...] = ()
    measures: tuple[MeasureView, ...] = ()
    evidence: tuple[EvidenceView, ...] = ()
    depicted: tuple[DepictedView, ...] = ()


@dataclass(frozen=True)
class FollowUpItem:
    conversation_id: int
    incident_id: int
    incident_title: str
    school_id: int
    school_name: str
    check_back_on: date
    overdue: bool
    owner: str
    held_at: datetime


@dataclass(frozen=True)
class ChronologyEntry:
    on: date
    kind: str  # "incident" | "gesprek" | "maatregel"
    incident_id: int
    title: str
    detail: str = ""


@dataclass(frozen=True)
class Overview:
    """The anonymised yearly overview: counts only, never a name."""

    period_label: str
    starts_on: date
    ends_on: date
    scope_label: str
    total: int
    by_category: dict[str, int] = field(default_factory=dict)  # label → count
    by_platform: dict[str, int] = field(default_factory=dict)
    by_month: dict[str, int] = field(default_factory=dict)  # "jan 2026" → count, every month present
    by_measure: dict[str, int] = field(default_factory=dict)
    by_status: dict[str, int] = field(default_factory=dict)
    by_severity: dict[str, int] = field(default_factory=dict)
    conversations: int = 0
