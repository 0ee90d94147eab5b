"""The incident log (protocol A.7): incidents, people involved, measures, evidence, images without consent.

Conversations, the follow-up agenda and the pupil chronology are in ``incident_conversations``;
counts and the anonymised overview in ``incident_reports``. Every opening and every change is
audited in the same transaction; concurrent edits surface as ``StaleRecord``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from scope_desk.db import Store
from scope_desk.errors import InvalidInput, NotFound, StaleRecord
from scope_desk.models.incident import (
    Conversation,
    DepictedPupil,
    EvidenceFile,
    Incident,
    IncidentArticle,
    IncidentLink,
    IncidentStatus,
    Measure,
    Party,
    PartyKind,
)
from scope_desk.models.protocol import ProtocolArticle
from scope_desk.models.school import Guardian, Pupil, School, StaffMember
from scope_desk.naming import fold
from scope_desk.services import audit
from scope_desk.services.access import Actor, Permission, require
from scope_desk.services.events import ChangeSet, Changes
from scope_desk.services.incident_conversations import ConversationsMixin
from scope_desk.services.incident_detail import build_detail
from scope_desk.services.incident_evidence import add_to_session, check_row, evidence_dir_for, verify_row
from scope_desk.services.incident_lists import CATEGORIES, load_platforms, save_platforms
from scope_desk.services.incident_people import load_incident, may_see, round_categories
from scope_desk.services.incident_pickers import PickersMixin
from scope_desk.services.incident_reports import ReportsMixin
from scope_desk.services.incident_types import (
    ArticleRef,
    EvidenceView,
    IncidentDetail,
    IncidentInput,
    IncidentSummary,
    MeasureInput,
    PartyInput,
    SchoolOption,
)
from scope_desk.services.protocol import ProtocolDocument, ProtocolService


class IncidentService(ConversationsMixin, PickersMixin, ReportsMixin):
    def __init__(self, store: Store, changes: Changes, evidence_dir: Path | None = None,
                 protocol: ProtocolService | None = None) -> None:
        self._store = store
        self._changes = changes
        self.evidence_dir = Path(evidence_dir) if evidence_dir else evidence_dir_for(store)
        # The one source of truth for "the version in force on a date" (incidents cite its articles).
        self.protocol = protocol or ProtocolService(store, changes)

    def _changed(self, school_id: int) -> None:
        self._changes.emit(ChangeSet(schools=frozenset({school_id}), incidents=True))

    # ---- lists ------------------------------------------------------------------------------------
    def schools(self, actor: Actor) -> list[SchoolOption]:
        require(actor, Permission.VIEW_INCIDENTS)
        allowed = actor.school_ids(Permission.VIEW_INCIDENTS)
        with self._store.transaction() as s:
            query = select(School).order_by(School.name)
            if allowed is not None:
                query = query.where(School.id.in_(allowed))
            return [SchoolOption(id=r.id, name=r.name) for r in s.scalars(query)]

    def platforms(self, actor: Actor) -> list[str]:
        require(actor, Permission.VIEW_INCIDENTS)
        with self._store.transaction() as s:
            return load_platforms(s)

    def set_platforms(self, actor: Actor, platforms: list[str]) -> list[str]:
        require(actor, Permission.MANAGE_SCHOOLS)
        if not any(p.strip() for p in platforms):
            raise InvalidInput("De lijst met platforms mag niet leeg zijn.")
        with self._store.transaction(write=True) as s:
            save_platforms(s, platforms)
            audit.record(s, actor, "settings.platforms", "app_setting")
            result = load_platforms(s)
        return result

    def articles_for_date(self, actor: Actor, on: date) -> list[ArticleRef]:
        """The articles of the protocol version in force on ``on`` (for picking the articles concerned)."""
        require(actor, Permission.VIEW_INCIDENTS)
        document = self.protocol.document_in_force(actor, on)
        if document is None:
            return []
        return [ArticleRef(id=a.id, code=a.code, text=a.text, version_label=document.version.label)
                for a in document.articles]

    # ---- incidents --------------------------------------------------------------------------------
    def list_incidents(self, actor: Actor, *, school_id: int | None = None, status: IncidentStatus | None = None,
                       date_from: date | None = None, date_to: date | None = None, text: str = "",
                       article_code: str | None = None, version_id: int | None = None) -> list[IncidentSummary]:
        """The incidents the actor may see, newest first; ``article_code`` (with ``version_id``) keeps those
        citing that protocol article."""
        require(actor, Permission.VIEW_INCIDENTS, school_id)
        allowed = actor.school_ids(Permission.VIEW_INCIDENTS)
        with self._store.transaction() as s:
            query = select(Incident, School.name).join(School, School.id == Incident.school_id)
            if allowed is not None:
                query = query.where(Incident.school_id.in_(allowed))
            if school_id is not None:
                query = query.where(Incident.school_id == school_id)
            if status is not None:
                query = query.where(Incident.status == status)
            if date_from is not None:
                query = query.where(Incident.happened_on >= date_from)
            if date_to is not None:
                query = query.where(Incident.happened_on <= date_to)
            rows = [(i, n) for i, n in s.execute(query.order_by(Incident.happened_on.desc(), Incident.id.desc()))
                    if may_see(actor, i.school_id, i.visibility)]
            ids = [i.id for i, _ in rows]
            counts = dict(s.execute(select(Party.incident_id, func.count()).where(Party.incident_id.in_(ids))
                                    .group_by(Party.incident_id)).all()) if ids else {}
            next_dates = dict(s.execute(
                select(Conversation.incident_id, func.min(Conversation.check_back_on))
                .where(Conversation.incident_id.in_(ids), Conversation.checked_back.is_(False),
                       Conversation.check_back_on.is_not(None)).group_by(Conversation.incident_id)).all()) if ids else {}
            cited: dict[int, list[str]] = {}
            if ids:
                for incident_id, code in s.execute(
                        select(IncidentArticle.incident_id, ProtocolArticle.code)
                        .join(ProtocolArticle, ProtocolArticle.id == IncidentArticle.article_id)
                        .where(IncidentArticle.incident_id.in_(ids)).order_by(ProtocolArticle.position)):
                    cited.setdefault(incident_id, []).append(code)
        needle = fold(text.strip())
        result = []
        for i, school_name in rows:
            haystack = fold(" ".join((i.title, i.description, i.platform, CATEGORIES.get(i.category, i.category),
                                      school_name, str(i.id))))
            if needle and needle not in haystack:
                continue
            summary = IncidentSummary(
                id=i.id, school_id=i.school_id, school_name=school_name, kind=i.kind, title=i.title,
                reported_on=i.reported_on, happened_on=i.happened_on, platform=i.platform, category=i.category,
                severity=i.severity, status=i.status, party_count=counts.get(i.id, 0),
                next_check_back=next_dates.get(i.id), search_text=haystack,
                protocol_version_id=i.protocol_version_id, article_codes=tuple(cited.get(i.id, ())),
            )
            if article_code is None or summary.cites(article_code, version_id):
                result.append(summary)
        return result

    def open_incident(self, actor: Actor, incident_id: int) -> IncidentDetail:
        """Everything about one incident; the opening itself is audited, evidence re-verified."""
        with self._store.transaction(write=True) as s:
            incident = load_incident(s, actor, incident_id)
            audit.record(s, actor, "incident.view", "incident", incident.id, school_id=incident.school_id)
            return build_detail(s, incident, self.evidence_dir)

    def dossier(self, actor: Actor, incident_id: int) -> IncidentDetail:
        """Everything about one incident for the dossier PDF; the export is audited."""
        with self._store.transaction(write=True) as s:
            incident = load_incident(s, actor, incident_id)
            audit.record(s, actor, "incident.dossier", "incident", incident.id, school_id=incident.school_id)
            return build_detail(s, incident, self.evidence_dir)

    def _validate(self, s: Session, entry: IncidentInput) -> None:
        if not entry.title.strip():
            raise InvalidInput("Geef het incident een korte omschrijving (titel).")
        if entry.category not in CATEGORIES:
            raise InvalidInput(f"Onbekende categorie '{entry.category}'.")
        if not entry.platform.strip():
            raise InvalidInput("Kies het platform waarop het gebeurde.")
        if entry.happened_on > entry.reported_on:
            raise InvalidInput("De datum van het voorval ligt na de datum van de melding.")
        if entry.reported_on > date.today():
            raise InvalidInput("De meldingsdatum ligt in de toekomst.")
        if s.get(School, entry.school_id) is None:
            raise NotFound("Die school bestaat niet.")

    def _apply(self, s: Session, incident: Incident, entry: IncidentInput, in_force: ProtocolDocument | None) -> None:
        incident.title = entry.title.strip()
        incident.kind = entry.kind
        incident.reported_on = entry.reported_on
        incident.happened_on = entry.happened_on
        incident.reported_by = entry.reported_by.strip()
        incident.platform = entry.platform.strip()
        incident.category = entry.category
        incident.description = entry.description.strip()
        incident.severity = entry.severity
        incident.visibility = entry.visibility
        incident.protocol_version_id = in_force.version.id if in_force else None
        valid = {a.id for a in in_force.articles} if in_force else set()
        if not set(entry.article_ids) <= valid:
            raise InvalidInput("Kies alleen artikelen uit de protocolversie die gold op de datum van het voorval.")
        incident.articles = [IncidentArticle(article_id=a) for a in dict.fromkeys(entry.article_ids)]
        incident.links = [IncidentLink(url=link.url.strip(), posted_on=link.posted_on)
                          for link in entry.links if link.url.strip()]

    def create_incident(self, actor: Actor, entry: IncidentInput) -> int:
        require(actor, Permission.WRITE_INCIDENTS, entry.school_id)
        in_force = self.protocol.document_in_force(actor, entry.happened_on)
        with self._store.transaction(write=True) as s:
            self._validate(s, entry)
            incident = Incident(school_id=entry.school_id, created_by_name=actor.name, status=IncidentStatus.NEW)
            self._apply(s, incident, entry, in_force)
            s.add(incident)
            s.flush()
            audit.record(s, actor, "incident.create", "incident", incident.id, school_id=incident.school_id)
            new_id = incident.id
        self._changed(entry.school_id)
        return new_id

    def update_incident(self, actor: Actor, incident_id: int, version: int, entry: IncidentInput) -> None:
        in_force = self.protocol.document_in_force(actor, entry.happened_on)
        with self._store.transaction(write=True) as s:
            incident = self._for_write(s, actor, incident_id, version)
            if entry.school_id != incident.school_id:
                raise InvalidInput("Een incident kan niet naar een andere school worden verplaatst.")
            self._validate(s, entry)
            self._apply(s, incident, entry, in_force)
            audit.record(s, actor, "incident.update", "incident", incident.id, school_id=incident.school_id)
        self._changed(entry.school_id)

    def set_status(self, actor: Actor, incident_id: int, version: int, status: IncidentStatus) -> None:
        """new → in progress → closed; a closed incident can be reopened (back to in progress)."""
        with self._store.transaction(write=True) as s:
            incident = self._for_write(s, actor, incident_id, version)
            old = incident.status
            if status is old:
                return
            if status is IncidentStatus.NEW and old is not IncidentStatus.NEW:
                raise InvalidInput("Een incident in behandeling kan niet terug naar 'nieuw'; heropen het als 'in behandeling'.")
            incident.status = status
            incident.closed_on = date.today() if status is IncidentStatus.CLOSED else None
            action = "incident.reopen" if old is IncidentStatus.CLOSED else "incident.status"
            audit.record(s, actor, action, "incident", incident.id, school_id=incident.school_id,
                         old=old.value, new=status.value)
            school_id = incident.school_id
        self._changed(school_id)

    def _for_write(self, s: Session, actor: Actor, incident_id: int, version: int | None) -> Incident:
        incident = load_incident(s, actor, incident_id, Permission.WRITE_INCIDENTS)
        if version is not None and incident.version != version:
            raise StaleRecord("Dit incident")
        return incident

    def _touch(self, incident: Incident) -> None:
        """A change to a child row also bumps the incident's version (so two editors notice each other)."""
        flag_modified(incident, "title")

    # ---- people involved --------------------------------------------------------------------------
    def add_party(self, actor: Actor, incident_id: int, entry: PartyInput) -> int:
        with self._store.transaction(write=True) as s:
            incident = self._for_write(s, actor, incident_id, None)
            party = Party(incident_id=incident.id, kind=entry.kind, role=entry.role, note=entry.note.strip())
            if entry.kind is PartyKind.PUPIL:
                pupil = s.get(Pupil, entry.pupil_id or -1)
                if pupil is None or pupil.school_id != incident.school_id:
                    raise InvalidInput("Kies een leerling van deze school.")
                party.pupil_id = pupil.id
            elif entry.kind is PartyKind.GUARDIAN:
                if s.get(Guardian, entry.guardian_id or -1) is None:
                    raise InvalidInput("Kies een ouder/verzorger uit de registratie.")
                party.guardian_id = entry.guardian_id
            elif entry.kind is PartyKind.STAFF:
                if s.get(StaffMember, entry.staff_member_id or -1) is None:
                    raise InvalidInput("Kies een medewerker uit de registratie.")
                party.staff_member_id = entry.staff_member_id
            else:
                if not entry.outsider_name.strip():
                    raise InvalidInput("Vul de naam van de buitenstaander in.")
                party.outsider_name = entry.outsider_name.strip()
            duplicate = any(p.kind is party.kind and p.role is party.role and p.pupil_id == party.pupil_id
                            and p.guardian_id == party.guardian_id and p.staff_member_id == party.staff_member_id
                            and p.outsider_name == party.outsider_name for p in incident.parties)
            if duplicate:
                raise InvalidInput("Deze persoon staat al in deze rol bij het incident.")
            s.add(party)
            self._touch(incident)
            s.flush()
            audit.record(s, actor, "incident.party.add", "incident_party", party.id, school_id=incident.school_id,
                         pupil_id=party.pupil_id, incident_id=incident.id, kind=entry.kind.value, role=entry.role.value)
            party_id, school_id = party.id, incident.school_id
        self._changed(school_id)
        return party_id

    def remove_party(self, actor: Actor, incident_id: int, party_id: int) -> None:
        with self._store.transaction(write=True) as s:
            incident = self._for_write(s, actor, incident_id, None)
            party = s.get(Party, party_id)
            if party is None or party.incident_id != incident.id:
                raise NotFound("Deze betrokkene hoort niet bij dit incident.")
            audit.record(s, actor, "incident.party.remove", "incident_party", party.id, school_id=incident.school_id,
                         pupil_id=party.pupil_id, incident_id=incident.id)
            incident.parties.remove(party)
            self._touch(incident)
            school_id = incident.school_id
        self._changed(school_id)

    # ---- measures ---------------------------------------------------------------------------------
    def add_measure(self, actor: Actor, incident_id: int, entry: MeasureInput) -> int:
        with self._store.transaction(write=True) as s:
            incident = self._for_write(s, actor, incident_id, None)
            if not entry.decided_by.strip():
                raise InvalidInput("Vul in wie de maatregel heeft genomen.")
            if entry.decided_on < incident.happened_on:
                raise InvalidInput("De maatregel kan niet vóór het voorval zijn genomen.")
            if entry.party_id is not None and entry.party_id not in {p.id for p in incident.parties}:
                raise InvalidInput("Deze betrokkene hoort niet bij dit incident.")
            measure = Measure(incident_id=incident.id, kind=entry.kind, decided_on=entry.decided_on,
                              decided_by=entry.decided_by.strip(), party_id=entry.party_id, note=entry.note.strip())
            s.add(measure)
            self._touch(incident)
            s.flush()
            audit.record(s, actor, "incident.measure.add", "measure", measure.id, school_id=incident.school_id,
                         incident_id=incident.id, kind=entry.kind.value)
            measure_id, school_id = measure.id, incident.school_id
        self._changed(school_id)
        return measure_id

    # ---- evidence ---------------------------------------------------------------------------------
    def add_evidence(self, actor: Actor, incident_id: int, source: Path, description: str = "") -> EvidenceView:
        with self._store.transaction(write=True) as s:
            incident = self._for_write(s, actor, incident_id, None)
            row = add_to_session(s, Path(source), incident_id=incident.id, added_by_name=actor.name,
                                 description=description.strip())
            self._touch(incident)
            s.flush()
            audit.record(s, actor, "evidence.add", "evidence", row.id, school_id=incident.school_id,
                         incident_id=incident.id, sha256=row.sha256, size=row.size_bytes)
            view = verify_row(s, row, self.evidence_dir)
            school_id = incident.school_id
        self._changed(school_id)
        return view

    def evidence_file(self, actor: Actor, evidence_id: int) -> tuple[EvidenceView, bytes | None]:
        """The evidence re-verified, and its bytes only when verified (audited as an opening)."""
        with self._store.transaction(write=True) as s:
            row = s.get(EvidenceFile, evidence_id)
            if row is None:
                raise NotFound("Dit bewijsstuk bestaat niet.")
            incident = load_incident(s, actor, row.incident_id)
            audit.record(s, actor, "evidence.view", "evidence", row.id, school_id=incident.school_id,
                         incident_id=incident.id)
            return check_row(s, row, self.evidence_dir)

    # ---- images without consent -------------------------------------------------------------------
    def consent_channels(self, actor: Actor, school_id: int, on: date) -> list[tuple[str, str]]:
        require(actor, Permission.VIEW_INCIDENTS, school_id)
        with self._store.transaction() as s:
            channels = [(c.code, c.label) for c in round_categories(s, school_id, on)]
        return channels or [("social_media", "Sociale media")]

    def set_depicted(self, actor: Actor, incident_id: int, pupil_ids: list[int], channel_code: str,
                     posted_on: date | None) -> None:
        """The pupils shown in the published photo or video, the channel and the date of posting."""
        with self._store.transaction(write=True) as s:
            incident = self._for_write(s, actor, incident_id, None)
            found = set(s.scalars(select(Pupil.id).where(Pupil.id.in_(pupil_ids), Pupil.school_id == incident.school_id)))
            if found != set(pupil_ids):
                raise InvalidInput("Kies alleen leerlingen van deze school.")
            for row in s.scalars(select(DepictedPupil).where(DepictedPupil.incident_id == incident.id)):
                s.delete(row)
            s.flush()
            for pupil_id in dict.fromkeys(pupil_ids):
                s.add(DepictedPupil(incident_id=incident.id, pupil_id=pupil_id, channel_code=channel_code,
                                    posted_on=posted_on))
            self._touch(incident)
            audit.record(s, actor, "incident.depicted.set", "incident", incident.id, school_id=incident.school_id,
                         pupils=len(found), channel=channel_code)
            school_id = incident.school_id
        self._changed(school_id)
