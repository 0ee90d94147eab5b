"""Everything stored about one pupil and their guardians, for an inzageverzoek (AVG art. 15).

Other children (and their parents, and outsiders) are never named: as parties they become
"[andere leerling]" and the like, and their names are replaced in every free text.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from sqlalchemy import or_, select, true
from sqlalchemy.orm import Session

from scope_desk.models.audit import AuditEvent, SubjectAccessRequest
from scope_desk.models.consent import ConsentCategory, ConsentDecision, ConsentRound
from scope_desk.models.incident import (
    Conversation, ConversationNote, DepictedPupil, Incident, Measure, Party, PartyKind,
)
from scope_desk.models.school import Enrolment, Guardian, Pupil, PupilGuardian, School, SchoolClass, SchoolYear, StaffMember
from scope_desk.naming import full_name

OTHER_PUPIL = "[andere leerling]"
OTHER_GUARDIAN = "[andere ouder/verzorger]"
OTHER_PERSON = "[andere betrokkene]"


class Redactor:
    """Replaces other children's and other parents' names in free text (whole words, any case)."""

    def __init__(self, others: dict[str, str], protected: set[str]) -> None:
        tokens = {t: r for t, r in others.items() if len(t) >= 2 and t.casefold() not in protected}
        ordered = sorted(tokens, key=len, reverse=True)
        self._lookup = {t.casefold(): tokens[t] for t in ordered}
        self._pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(t) for t in ordered) + r")(?!\w)",
                                   re.IGNORECASE) if ordered else None

    def __call__(self, text: str | None) -> str:
        if not text or self._pattern is None:
            return text or ""
        return self._pattern.sub(lambda m: self._lookup.get(m.group(0).casefold(), OTHER_PERSON), text)


def _name_tokens(first: str, prefix: str, surname: str) -> set[str]:
    tokens = {full_name(first, prefix, surname), f"{first} {surname}".strip(), surname, first}
    if prefix:
        tokens |= {f"{prefix} {surname}", f"{prefix[:1].upper()}{prefix[1:]} {surname}"}
    return {t.strip() for t in tokens if t and t.strip()}


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value else None


def collect(s: Session, pupil_id: int) -> dict:
    pupil = s.get(Pupil, pupil_id)
    school = s.get(School, pupil.school_id)
    links = s.execute(select(PupilGuardian, Guardian).join(Guardian).where(PupilGuardian.pupil_id == pupil_id)
                      .order_by(PupilGuardian.position)).all()
    own_guardian_ids = {g.id for _link, g in links}

    protected = {t.casefold() for t in _name_tokens(pupil.first_name, pupil.tussenvoegsel, pupil.surname)}
    for _link, g in links:
        protected |= {t.casefold() for t in _name_tokens(g.first_name, g.tussenvoegsel, g.surname)}
    others: dict[str, str] = {}
    for g in s.scalars(select(Guardian).where(Guardian.id.not_in(own_guardian_ids) if own_guardian_ids else true())):
        for token in _name_tokens(g.first_name, g.tussenvoegsel, g.surname):
            others.setdefault(token, OTHER_GUARDIAN)
    for first, prefix, last in s.execute(select(Pupil.first_name, Pupil.tussenvoegsel, Pupil.surname).where(Pupil.id != pupil_id)):
        for token in _name_tokens(first, prefix, last):
            others[token] = OTHER_PUPIL
    for (name,) in s.execute(select(Party.outsider_name).where(Party.kind == PartyKind.OUTSIDER, Party.outsider_name != "")):
        others.setdefault(name, OTHER_PERSON)
    redact = Redactor(others, protected)

    enrolments = s.execute(select(SchoolYear.label, SchoolClass.name).select_from(Enrolment)
                           .join(SchoolClass, Enrolment.class_id == SchoolClass.id)
                           .join(SchoolYear, Enrolment.school_year_id == SchoolYear.id)
                           .where(Enrolment.pupil_id == pupil_id).order_by(SchoolYear.starts_on)).all()
    guardian_names = {g.id: full_name(g.first_name or g.initials, g.tussenvoegsel, g.surname) for _l, g in links}
    decisions = s.execute(select(ConsentDecision, ConsentCategory.label, SchoolYear.label)
                          .join(ConsentCategory, ConsentDecision.category_id == ConsentCategory.id)
                          .join(ConsentRound, ConsentCategory.round_id == ConsentRound.id)
                          .join(SchoolYear, ConsentRound.school_year_id == SchoolYear.id)
                          .where(ConsentDecision.pupil_id == pupil_id).order_by(ConsentDecision.id)).all()

    return {
        "kind": "inzage",
        "pupil": {
            "name": full_name(pupil.first_name, pupil.tussenvoegsel, pupil.surname),
            "leerlingnummer": pupil.leerlingnummer, "birth_date": _iso(pupil.birth_date),
            "school": school.name, "left_on": _iso(pupil.left_on), "registered_at": _iso(pupil.created_at),
        },
        "classes": [{"school_year": y, "class": c} for y, c in enrolments],
        "guardians": [{
            "name": guardian_names[g.id], "relation": link.relation, "parental_authority": link.has_parental_authority,
            "address": " ".join(p for p in (g.street, g.house_number) if p), "postcode": g.postcode, "city": g.city,
            "email": g.email, "phone": g.phone,
        } for link, g in links],
        "consent": [{
            "school_year": year, "category": label, "decision": d.state.value, "decided_on": _iso(d.decided_on),
            "received_via": d.received_via.value,
            "given_by": "de leerling" if d.given_by_pupil else guardian_names.get(d.given_by_guardian_id, ""),
            "recorded_by": d.recorded_by_name, "recorded_at": _iso(d.recorded_at), "note": redact(d.note),
        } for d, label, year in decisions],
        "incidents": _incidents(s, pupil_id, own_guardian_ids, redact),
        "access_log": [{"at": _iso(at), "by": by, "action": action} for at, by, action in s.execute(
            select(AuditEvent.at, AuditEvent.actor_name, AuditEvent.action).where(AuditEvent.pupil_id == pupil_id)
            .order_by(AuditEvent.id))],
        "requests": [{"received_on": _iso(r.received_on), "due_on": _iso(r.due_on), "completed_on": _iso(r.completed_on)}
                     for r in s.scalars(select(SubjectAccessRequest).where(SubjectAccessRequest.pupil_id == pupil_id))],
    }


def _incidents(s: Session, pupil_id: int, own_guardians: set[int], redact: Redactor) -> list[dict]:
    incident_ids = set(s.scalars(select(Party.incident_id).where(Party.pupil_id == pupil_id)))
    incident_ids |= set(s.scalars(select(DepictedPupil.incident_id).where(DepictedPupil.pupil_id == pupil_id)))
    staff = {sid: full_name(f, p, l) for sid, f, p, l in s.execute(
        select(StaffMember.id, StaffMember.first_name, StaffMember.tussenvoegsel, StaffMember.surname))}
    result = []
    for incident in s.scalars(select(Incident).where(Incident.id.in_(incident_ids)).order_by(Incident.reported_on)):
        own_party_ids = set()
        parties = []
        for party in s.scalars(select(Party).where(Party.incident_id == incident.id).order_by(Party.id)):
            if party.kind is PartyKind.PUPIL and party.pupil_id == pupil_id:
                own_party_ids.add(party.id)
                who = "deze leerling"
            elif party.kind is PartyKind.PUPIL:
                who = OTHER_PUPIL
            elif party.kind is PartyKind.GUARDIAN:
                who = "ouder/verzorger van deze leerling" if party.guardian_id in own_guardians else OTHER_GUARDIAN
            elif party.kind is PartyKind.STAFF:
                who = staff.get(party.staff_member_id, "medewerker")
            else:
                who = OTHER_PERSON
            parties.append({"who": who, "role": party.role.value,
                            "note": redact(party.note) if party.id in own_party_ids else ""})
        measures = s.scalars(select(Measure).where(Measure.incident_id == incident.id, or_(
            Measure.party_id.is_(None), Measure.party_id.in_(own_party_ids))).order_by(Measure.decided_on)).all()
        conversations = []
        for conv in s.scalars(select(Conversation).where(Conversation.incident_id == incident.id).order_by(Conversation.held_at)):
            note = s.scalars(select(ConversationNote).where(ConversationNote.conversation_id == conv.id)
                             .order_by(ConversationNote.number.desc())).first()
            conversations.append({
                "held_at": _iso(conv.held_at), "place": conv.place.value, "check_back_on": _iso(conv.check_back_on),
                "notes": redact(note.notes if note else ""), "agreements": redact(note.agreements if note else ""),
            })
        result.append({
            "number": incident.id, "title": redact(incident.title), "reported_on": _iso(incident.reported_on),
            "happened_on": _iso(incident.happened_on), "platform": incident.platform, "category": incident.category,
            "status": incident.status.value, "description": redact(incident.description), "parties": parties,
            "measures": [{"kind": m.kind.value, "decided_on": _iso(m.decided_on), "decided_by": m.decided_by,
                          "note": redact(m.note)} for m in measures],
            "conversations": conversations,
        })
    return result
