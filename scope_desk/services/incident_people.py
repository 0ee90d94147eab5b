"""Who may see an incident, the names of the people involved, and consent on a given date."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from scope_desk.errors import NotAllowed, NotFound
from scope_desk.models.consent import ConsentCategory, ConsentDecision, ConsentRound, ConsentState
from scope_desk.models.incident import Incident, Party, PartyKind, Visibility
from scope_desk.models.school import Guardian, Pupil, SchoolYear, StaffMember
from scope_desk.models.user import Role
from scope_desk.naming import full_name
from scope_desk.services.access import Actor, Permission, require

CONSENT_LABELS = {
    ConsentState.GRANTED.value: "toestemming",
    ConsentState.REFUSED.value: "geen toestemming (geweigerd)",
    ConsentState.WITHDRAWN.value: "geen toestemming (ingetrokken)",
    ConsentState.NOT_RETURNED.value: "geen toestemming (niet ingeleverd)",
}


def is_director_of(actor: Actor, school_id: int) -> bool:
    return any(g.role is Role.DIRECTEUR and g.school_id in (None, school_id) for g in actor.grants)


def may_see(actor: Actor, school_id: int, visibility: Visibility) -> bool:
    if not actor.can(Permission.VIEW_INCIDENTS, school_id):
        return False
    return visibility is not Visibility.DIRECTOR_ONLY or is_director_of(actor, school_id)


def check_visible(actor: Actor, incident: Incident, permission: Permission = Permission.VIEW_INCIDENTS) -> None:
    require(actor, permission, incident.school_id)
    if incident.visibility is Visibility.DIRECTOR_ONLY and not is_director_of(actor, incident.school_id):
        raise NotAllowed(f"{actor.name} mag dit incident niet openen: het is alleen zichtbaar voor de directeur.")


def load_incident(session: Session, actor: Actor, incident_id: int,
                  permission: Permission = Permission.VIEW_INCIDENTS) -> Incident:
    require(actor, Permission.VIEW_INCIDENTS)  # deny before even looking the row up
    incident = session.get(Incident, incident_id)
    if incident is None:
        raise NotFound(f"Incident {incident_id} bestaat niet.")
    check_visible(actor, incident, permission)
    return incident


def pupil_name(p: Pupil) -> str:
    return full_name(p.first_name, p.tussenvoegsel, p.surname)


def guardian_name(g: Guardian) -> str:
    return full_name(g.first_name or g.initials, g.tussenvoegsel, g.surname)


def staff_name(s: StaffMember) -> str:
    return full_name(s.first_name, s.tussenvoegsel, s.surname)


def party_names(session: Session, parties: list[Party]) -> dict[int, str]:
    """Display names for parties, looked up in three queries."""
    pupil_ids = {p.pupil_id for p in parties if p.pupil_id}
    guardian_ids = {p.guardian_id for p in parties if p.guardian_id}
    staff_ids = {p.staff_member_id for p in parties if p.staff_member_id}
    pupils = {r.id: pupil_name(r) for r in session.scalars(select(Pupil).where(Pupil.id.in_(pupil_ids)))} if pupil_ids else {}
    guardians = ({r.id: guardian_name(r) for r in session.scalars(select(Guardian).where(Guardian.id.in_(guardian_ids)))}
                 if guardian_ids else {})
    staff = ({r.id: staff_name(r) for r in session.scalars(select(StaffMember).where(StaffMember.id.in_(staff_ids)))}
             if staff_ids else {})
    names: dict[int, str] = {}
    for p in parties:
        if p.kind is PartyKind.PUPIL:
            names[p.id] = pupils.get(p.pupil_id, "?")
        elif p.kind is PartyKind.GUARDIAN:
            names[p.id] = guardians.get(p.guardian_id, "?")
        elif p.kind is PartyKind.STAFF:
            names[p.id] = staff.get(p.staff_member_id, "?")
        else:
            names[p.id] = p.outsider_name
    return names


def party_person_id(p: Party) -> int | None:
    return {PartyKind.PUPIL: p.pupil_id, PartyKind.GUARDIAN: p.guardian_id,
            PartyKind.STAFF: p.staff_member_id}.get(p.kind)


def round_categories(session: Session, school_id: int, on: date) -> list[ConsentCategory]:
    """The consent categories (channels) of the school's round for the school year containing ``on``."""
    round_id = session.execute(
        select(ConsentRound.id)
        .join(SchoolYear, SchoolYear.id == ConsentRound.school_year_id)
        .where(ConsentRound.school_id == school_id, SchoolYear.starts_on <= on, SchoolYear.ends_on >= on)
    ).scalar_one_or_none()
    if round_id is None:
        return []
    return list(session.scalars(
        select(ConsentCategory).where(ConsentCategory.round_id == round_id).order_by(ConsentCategory.position)
    ))


def consent_on(session: Session, pupil_id: int, school_id: int, channel_code: str, on: date) -> tuple[str, str]:
    """(state value, channel label) of a pupil's consent for a channel as it stood on ``on``.

    No event on or before that date means "not returned", which is never consent.
    """
    categories = {c.code: c for c in round_categories(session, school_id, on)}
    category = categories.get(channel_code)
    if category is None:
        return ConsentState.NOT_RETURNED.value, channel_code
    state = session.execute(
        select(ConsentDecision.state)
        .where(ConsentDecision.pupil_id == pupil_id, ConsentDecision.category_id == category.id,
               ConsentDecision.decided_on <= on)
        .order_by(ConsentDecision.decided_on.desc(), ConsentDecision.id.desc())
        .limit(1)
    ).scalar_one_or_none()
    return (state or ConsentState.NOT_RETURNED).value, category.label
