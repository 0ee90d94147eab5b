"""Turn an incident's rows into the frozen IncidentDetail the UI, the CLI and the dossier PDF use."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from scope_desk.models.consent import ConsentState
from scope_desk.models.incident import Conversation, DepictedPupil, Incident
from scope_desk.models.protocol import ProtocolArticle, ProtocolVersion
from scope_desk.models.school import Pupil, School
from scope_desk.services.incident_evidence import verify_row
from scope_desk.services.incident_people import (
    CONSENT_LABELS,
    consent_on,
    party_names,
    party_person_id,
    pupil_name,
)
from scope_desk.services.incident_types import (
    ArticleRef,
    ConversationView,
    DepictedView,
    IncidentDetail,
    LinkView,
    MeasureView,
    NoteVersion,
    PartyView,
)


def conversation_view(conv: Conversation, parties_by_id: dict[int, PartyView]) -> ConversationView:
    attendees = tuple(parties_by_id[a.party_id] for a in conv.attendees if a.party_id in parties_by_id)
    versions = tuple(
        NoteVersion(number=n.number, notes=n.notes, agreements=n.agreements, reason=n.reason,
                    written_by=n.written_by_name, written_at=n.written_at)
        for n in sorted(conv.note_versions, key=lambda n: n.number)
    )
    return ConversationView(
        id=conv.id, incident_id=conv.incident_id, held_at=conv.held_at, place=conv.place, attendees=attendees,
        other_attendees=conv.other_attendees, check_back_on=conv.check_back_on, checked_back=conv.checked_back,
        created_by=conv.created_by_name, versions=versions, version=conv.version,
    )


def party_views(session: Session, incident: Incident) -> dict[int, PartyView]:
    names = party_names(session, list(incident.parties))
    return {
        p.id: PartyView(id=p.id, kind=p.kind, role=p.role, name=names[p.id], person_id=party_person_id(p), note=p.note)
        for p in sorted(incident.parties, key=lambda p: p.id)
    }


def depicted_views(session: Session, incident: Incident) -> tuple[DepictedView, ...]:
    rows = session.execute(
        select(DepictedPupil, Pupil).join(Pupil, Pupil.id == DepictedPupil.pupil_id)
        .where(DepictedPupil.incident_id == incident.id).order_by(Pupil.sort_name)
    ).all()
    views = []
    for depicted, pupil in rows:
        on = depicted.posted_on or incident.happened_on
        state, label = consent_on(session, pupil.id, incident.school_id, depicted.channel_code, on)
        views.append(DepictedView(
            pupil_id=pupil.id, name=pupil_name(pupil), channel_code=depicted.channel_code, channel_label=label,
            posted_on=depicted.posted_on, consent_state=state, consent_label=CONSENT_LABELS[state],
            consent_given=state == ConsentState.GRANTED.value,
        ))
    return tuple(views)


def build_detail(session: Session, incident: Incident, evidence_dir: Path) -> IncidentDetail:
    school = session.get(School, incident.school_id)
    version_label = ""
    if incident.protocol_version_id:
        version_label = session.get(ProtocolVersion, incident.protocol_version_id).label
    article_ids = [a.article_id for a in incident.articles]
    articles = ()
    if article_ids:
        rows = session.execute(
            select(ProtocolArticle, ProtocolVersion.label).join(ProtocolVersion)
            .where(ProtocolArticle.id.in_(article_ids)).order_by(ProtocolArticle.position)
        ).all()
        articles = tuple(ArticleRef(id=a.id, code=a.code, text=a.text, version_label=label) for a, label in rows)
    parties = party_views(session, incident)
    measures = tuple(
        MeasureView(id=m.id, kind=m.kind, decided_on=m.decided_on, decided_by=m.decided_by,
                    party_name=parties[m.party_id].name if m.party_id in parties else "", note=m.note)
        for m in sorted(incident.measures, key=lambda m: (m.decided_on, m.id))
    )
    return IncidentDetail(
        id=incident.id, school_id=incident.school_id, school_name=school.name if school else "", kind=incident.kind,
        title=incident.title, reported_on=incident.reported_on, happened_on=incident.happened_on,
        reported_by=incident.reported_by, platform=incident.platform, category=incident.category,
        description=incident.description, severity=incident.severity, status=incident.status,
        visibility=incident.visibility, closed_on=incident.closed_on, created_by=incident.created_by_name,
        protocol_version_label=version_label, version=incident.version,
        links=tuple(LinkView(url=link.url, posted_on=link.posted_on) for link in sorted(incident.links, key=lambda x: x.id)),
        articles=articles,
        parties=tuple(parties.values()),
        conversations=tuple(conversation_view(c, parties) for c in sorted(incident.conversations, key=lambda c: c.held_at)),
        measures=measures,
        evidence=tuple(verify_row(session, e, evidence_dir) for e in sorted(incident.evidence, key=lambda e: e.id)),
        depicted=depicted_views(session, incident),
    )
