"""The "in real life" follow-up conversations (Uitgangspunt 3, Sancties 2), the follow-up agenda and
the per-pupil chronology. Notes are never overwritten: an edit adds a ConversationNote version."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from scope_desk.errors import InvalidInput, NotFound, StaleRecord
from scope_desk.models.incident import (
    Conversation,
    ConversationAttendee,
    ConversationNote,
    DepictedPupil,
    Incident,
    IncidentStatus,
    Measure,
    Party,
)
from scope_desk.models.school import Pupil, School
from scope_desk.services import audit
from scope_desk.services.access import Actor, Permission, require
from scope_desk.services.incident_detail import conversation_view, party_views
from scope_desk.services.incident_lists import MEASURE_LABELS, ROLE_LABELS
from scope_desk.services.incident_people import load_incident, may_see
from scope_desk.services.incident_types import ChronologyEntry, ConversationInput, ConversationView, FollowUpItem

AGENDA_SCOPES = ("mine", "school")


class ConversationsMixin:
    def _load_conversation(self, s: Session, actor: Actor, conversation_id: int,
                           permission: Permission = Permission.VIEW_INCIDENTS) -> tuple[Conversation, Incident]:
        require(actor, Permission.VIEW_INCIDENTS)
        conv = s.get(Conversation, conversation_id)
        if conv is None:
            raise NotFound(f"Gesprek {conversation_id} bestaat niet.")
        return conv, load_incident(s, actor, conv.incident_id, permission)

    def log_conversation(self, actor: Actor, incident_id: int, entry: ConversationInput) -> int:
        with self._store.transaction(write=True) as s:
            incident = load_incident(s, actor, incident_id, Permission.WRITE_INCIDENTS)
            if entry.held_at.tzinfo is None:
                raise InvalidInput("Het tijdstip van het gesprek mist een tijdzone.")
            if entry.check_back_on is not None and entry.check_back_on < entry.held_at.date():
                raise InvalidInput("De terugkomdatum ligt vóór de datum van het gesprek.")
            party_ids = {p.id for p in incident.parties}
            if not set(entry.attendee_party_ids) <= party_ids:
                raise InvalidInput("Een deelnemer hoort niet bij dit incident.")
            if not entry.attendee_party_ids and not entry.other_attendees.strip():
                raise InvalidInput("Kies wie aan het gesprek deelnamen.")
            if not entry.notes.strip() and not entry.agreements.strip():
                raise InvalidInput("Leg vast wat er besproken of afgesproken is.")
            conv = Conversation(incident_id=incident.id, held_at=entry.held_at, place=entry.place,
                                other_attendees=entry.other_attendees.strip(), check_back_on=entry.check_back_on,
                                owner_user_id=actor.user_id, created_by_name=actor.name)
            conv.attendees = [ConversationAttendee(party_id=p) for p in dict.fromkeys(entry.attendee_party_ids)]
            conv.note_versions = [ConversationNote(number=1, notes=entry.notes.strip(), agreements=entry.agreements.strip(),
                                                   reason="", written_by_name=actor.name)]
            s.add(conv)
            if incident.status is IncidentStatus.NEW:
                incident.status = IncidentStatus.IN_PROGRESS
            s.flush()
            audit.record(s, actor, "conversation.create", "conversation", conv.id, school_id=incident.school_id,
                         incident_id=incident.id)
            conv_id, school_id = conv.id, incident.school_id
        self._changed(school_id)
        return conv_id

    def open_conversation(self, actor: Actor, conversation_id: int) -> ConversationView:
        """One conversation with every version of its notes; the opening is audited."""
        with self._store.transaction(write=True) as s:
            conv, incident = self._load_conversation(s, actor, conversation_id)
            audit.record(s, actor, "incident.view", "conversation", conv.id, school_id=incident.school_id,
                         incident_id=incident.id)
            return conversation_view(conv, party_views(s, incident))

    def edit_conversation_notes(self, actor: Actor, conversation_id: int, version: int, notes: str,
                                agreements: str, reason: str) -> ConversationView:
        """A new version of the notes and agreements; the earlier versions stay as they were."""
        if not reason.strip():
            raise InvalidInput("Geef een reden voor de wijziging van het verslag.")
        with self._store.transaction(write=True) as s:
            conv, incident = self._load_conversation(s, actor, conversation_id, Permission.WRITE_INCIDENTS)
            if conv.version != version:
                raise StaleRecord("Dit gesprek")
            current = max(conv.note_versions, key=lambda n: n.number) if conv.note_versions else None
            if current and current.notes == notes.strip() and current.agreements == agreements.strip():
                raise InvalidInput("Het verslag is niet gewijzigd.")
            number = (current.number if current else 0) + 1
            conv.note_versions.append(ConversationNote(number=number, notes=notes.strip(), agreements=agreements.strip(),
                                                       reason=reason.strip(), written_by_name=actor.name))
            flag_modified(conv, "other_attendees")  # bump the conversation's version: a second editor notices
            s.flush()
            audit.record(s, actor, "conversation.notes.edit", "conversation", conv.id, school_id=incident.school_id,
                         incident_id=incident.id, note_version=number)
            view = conversation_view(conv, party_views(s, incident))
            school_id = incident.school_id
        self._changed(school_id)
        return view

    def set_check_back(self, actor: Actor, conversation_id: int, version: int, check_back_on: date | None,
                       done: bool = False) -> None:
        """Move the check-back date, or mark the check-back as done."""
        with self._store.transaction(write=True) as s:
            conv, incident = self._load_conversation(s, actor, conversation_id, Permission.WRITE_INCIDENTS)
            if conv.version != version:
                raise StaleRecord("Dit gesprek")
            if check_back_on is not None and check_back_on < conv.held_at.date():
                raise InvalidInput("De terugkomdatum ligt vóór de datum van het gesprek.")
            conv.check_back_on = check_back_on
            conv.checked_back = done
            audit.record(s, actor, "conversation.check_back", "conversation", conv.id, school_id=incident.school_id,
                         incident_id=incident.id, on=check_back_on, done=done)
            school_id = incident.school_id
        self._changed(school_id)

    def follow_up_agenda(self, actor: Actor, today: date, scope: str = "mine") -> list[FollowUpItem]:
        """Check-backs due up to the end of this week (Sunday), overdue ones included, of open incidents.

        ``scope="mine"``: conversations the actor logged; ``"school"``: every one the actor may see.
        """
        if scope not in AGENDA_SCOPES:
            raise InvalidInput(f"Onbekende keuze '{scope}' voor de terugkomagenda.")
        require(actor, Permission.VIEW_INCIDENTS)
        week_end = today + timedelta(days=6 - today.weekday())
        allowed = actor.school_ids(Permission.VIEW_INCIDENTS)
        with self._store.transaction() as s:
            query = (
                select(Conversation, Incident, School.name)
                .join(Incident, Incident.id == Conversation.incident_id)
                .join(School, School.id == Incident.school_id)
                .where(Conversation.check_back_on.is_not(None), Conversation.check_back_on <= week_end,
                       Conversation.checked_back.is_(False), Incident.status != IncidentStatus.CLOSED)
                .order_by(Conversation.check_back_on, Conversation.id)
            )
            if allowed is not None:
                query = query.where(Incident.school_id.in_(allowed))
            if scope == "mine":
                if actor.user_id is not None:
                    query = query.where(or_(Conversation.owner_user_id == actor.user_id,
                                            (Conversation.owner_user_id.is_(None)) & (Conversation.created_by_name == actor.name)))
                else:
                    query = query.where(Conversation.created_by_name == actor.name)
            return [
                FollowUpItem(conversation_id=c.id, incident_id=i.id, incident_title=i.title, school_id=i.school_id,
                             school_name=name, check_back_on=c.check_back_on, overdue=c.check_back_on < today,
                             owner=c.created_by_name, held_at=c.held_at)
                for c, i, name in s.execute(query) if may_see(actor, i.school_id, i.visibility)
            ]

    def pupil_chronology(self, actor: Actor, pupil_id: int) -> list[ChronologyEntry]:
        """Every incident, conversation and measure involving one pupil, in date order (audited)."""
        require(actor, Permission.VIEW_INCIDENTS)
        with self._store.transaction(write=True) as s:
            pupil = s.get(Pupil, pupil_id)
            if pupil is None:
                raise NotFound("Deze leerling bestaat niet.")
            require(actor, Permission.VIEW_INCIDENTS, pupil.school_id)
            parties = list(s.scalars(select(Party).where(Party.pupil_id == pupil_id)))
            depicted = set(s.scalars(select(DepictedPupil.incident_id).where(DepictedPupil.pupil_id == pupil_id)))
            roles: dict[int, list[str]] = {}
            for p in parties:
                roles.setdefault(p.incident_id, []).append(ROLE_LABELS[p.role].lower())
            for incident_id in depicted:
                roles.setdefault(incident_id, []).append("in beeld")
            party_ids = {p.id for p in parties}
            entries: list[ChronologyEntry] = []
            incidents = s.scalars(select(Incident).where(Incident.id.in_(roles))) if roles else []
            for incident in incidents:
                if not may_see(actor, incident.school_id, incident.visibility):
                    continue
                entries.append(ChronologyEntry(on=incident.happened_on, kind="incident", incident_id=incident.id,
                                               title=incident.title, detail=", ".join(roles[incident.id])))
                for conv in incident.conversations:
                    present = any(a.party_id in party_ids for a in conv.attendees)
                    entries.append(ChronologyEntry(on=conv.held_at.date(), kind="gesprek", incident_id=incident.id,
                                                   title=incident.title,
                                                   detail="aanwezig" if present else "over dit incident"))
                for measure in s.scalars(select(Measure).where(Measure.incident_id == incident.id)):
                    if measure.party_id is None or measure.party_id in party_ids:
                        entries.append(ChronologyEntry(on=measure.decided_on, kind="maatregel", incident_id=incident.id,
                                                       title=incident.title, detail=MEASURE_LABELS[measure.kind]))
            audit.record(s, actor, "pupil.chronology.view", "pupil", pupil_id, school_id=pupil.school_id,
                         pupil_id=pupil_id)
        order = {"incident": 0, "gesprek": 1, "maatregel": 2}
        return sorted(entries, key=lambda e: (e.on, order[e.kind], e.incident_id))
