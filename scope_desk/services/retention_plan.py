"""What the retention policies say may no longer be kept, as of one day. Read-only.

Defaults follow Dutch school practice: pupil data, consent history and incident involvement are kept
until two years after the pupil left; backups are kept 90 days, so what a purge removed is gone
from the backups within three months. Nothing linked to an incident under legal hold is removed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select, true
from sqlalchemy.orm import Session

from scope_desk.models.audit import RetentionPolicy
from scope_desk.models.consent import ConsentDecision
from scope_desk.models.incident import DepictedPupil, EvidenceFile, Incident, Party, PartyKind
from scope_desk.models.school import Pupil, PupilGuardian, School


@dataclass(frozen=True)
class PolicyDefault:
    data_type: str
    days: int
    description: str


DEFAULT_POLICIES: tuple[PolicyDefault, ...] = (
    PolicyDefault("pupil", 730, "Leerlinggegevens, groepen en ouders/verzorgers: tot twee jaar na vertrek van de leerling."),
    PolicyDefault("consent", 730, "Toestemmingsgeschiedenis: tot twee jaar na vertrek van de leerling."),
    PolicyDefault("incident", 730, "Betrokkenheid bij incidenten: tot twee jaar na vertrek van de leerling "
                  "(incidenten zonder leerlingen: twee jaar na afsluiten)."),
    PolicyDefault("backup", 90, "Reservekopieën: hoogstens dit aantal dagen oud, zodat verwijderde gegevens ook uit de kopieën verdwijnen."),
)

DATA_TYPE_LABELS = {
    "pupil": "leerlingen", "consent": "toestemmingskeuzes", "incident": "incidenten",
    "incident_party": "betrokkenheid bij incidenten (geanonimiseerd)", "guardian": "ouders/verzorgers",
    "backup": "reservekopieën",
}


@dataclass(frozen=True)
class PlanLine:
    data_type: str
    record_id: int
    school: str
    reference: str  # leerlingnummer or incident number: never a name or content
    since: date | None  # left on / closed on


@dataclass(frozen=True)
class PurgePlan:
    as_of: date
    days: dict[str, int]
    pupil_ids: frozenset[int] = frozenset()
    consent_ids: frozenset[int] = frozenset()  # decisions of pupils who stay (the rest go with the pupil)
    incident_ids: frozenset[int] = frozenset()
    party_ids: frozenset[int] = frozenset()  # pupil parties in incidents that stay: anonymised
    depicted: frozenset[tuple[int, int]] = frozenset()  # (incident_id, pupil_id) in incidents that stay
    guardian_ids: frozenset[int] = frozenset()
    cascaded_consent: int = 0
    evidence_names: frozenset[str] = frozenset()
    lines: tuple[PlanLine, ...] = field(default=(), compare=False)

    def counts(self) -> dict[str, int]:
        return {
            "pupil": len(self.pupil_ids),
            "consent": len(self.consent_ids) + self.cascaded_consent,
            "incident": len(self.incident_ids),
            "incident_party": len(self.party_ids) + len(self.depicted),
            "guardian": len(self.guardian_ids),
        }

    @property
    def empty(self) -> bool:
        return not any(self.counts().values())

    def key(self) -> tuple:
        """What the purge will do; a confirmed plan must still match this when it runs."""
        return (self.pupil_ids, self.consent_ids, self.incident_ids, self.party_ids, self.depicted, self.guardian_ids)


def policy_days(s: Session) -> dict[str, int]:
    days = {p.data_type: p.days for p in DEFAULT_POLICIES}
    days.update({r.data_type: r.keep_days_after_leaving for r in s.scalars(select(RetentionPolicy))})
    return days


def _expired(left_on: date | None, days: int, as_of: date) -> bool:
    return left_on is not None and (as_of - left_on).days > days


def build_plan(s: Session, as_of: date) -> PurgePlan:
    days = policy_days(s)
    school_names = dict(s.execute(select(School.id, School.name)).all())
    pupils = {pid: (school_id, number, left_on) for pid, school_id, number, left_on in s.execute(
        select(Pupil.id, Pupil.school_id, Pupil.leerlingnummer, Pupil.left_on).where(Pupil.left_on.is_not(None)))}

    def expired(pid: int, data_type: str) -> bool:
        return pid in pupils and _expired(pupils[pid][2], days[data_type], as_of)

    incidents = {iid: (school_id, hold, closed_on) for iid, school_id, hold, closed_on in s.execute(
        select(Incident.id, Incident.school_id, Incident.legal_hold, Incident.closed_on))}
    involvement: dict[int, set[int]] = {iid: set() for iid in incidents}
    pupil_parties = s.execute(select(Party.id, Party.incident_id, Party.pupil_id).where(Party.kind == PartyKind.PUPIL)).all()
    depicted = s.execute(select(DepictedPupil.incident_id, DepictedPupil.pupil_id)).all()
    for _party, iid, pid in pupil_parties:
        involvement[iid].add(pid)
    for iid, pid in depicted:
        involvement[iid].add(pid)
    held_pupils = {pid for iid, pids in involvement.items() if incidents[iid][1] for pid in pids}

    gone_incidents: set[int] = set()
    for iid, (_school, hold, closed_on) in incidents.items():
        if hold:
            continue
        pids = involvement[iid]
        if pids and all(expired(pid, "incident") for pid in pids):
            gone_incidents.add(iid)
        elif not pids and _expired(closed_on, days["incident"], as_of):
            gone_incidents.add(iid)
    parties = {party for party, iid, pid in pupil_parties
               if iid not in gone_incidents and not incidents[iid][1] and expired(pid, "incident")}
    depicted_gone = {(iid, pid) for iid, pid in depicted
                     if iid not in gone_incidents and not incidents[iid][1] and expired(pid, "incident")}
    still_involved = {pid for party, iid, pid in pupil_parties if iid not in gone_incidents and party not in parties}
    still_involved |= {pid for iid, pid in depicted if iid not in gone_incidents and (iid, pid) not in depicted_gone}

    gone_pupils = {pid for pid in pupils if expired(pid, "pupil") and pid not in held_pupils and pid not in still_involved}
    consent_pupils = {pid for pid in pupils if expired(pid, "consent") and pid not in held_pupils and pid not in gone_pupils}
    consent_ids = frozenset(s.scalars(select(ConsentDecision.id).where(ConsentDecision.pupil_id.in_(consent_pupils)))) \
        if consent_pupils else frozenset()
    cascaded = len(s.scalars(select(ConsentDecision.id).where(ConsentDecision.pupil_id.in_(gone_pupils))).all()) \
        if gone_pupils else 0

    links = s.execute(select(PupilGuardian.guardian_id, PupilGuardian.pupil_id)).all()
    kept_links = {gid for gid, pid in links if pid not in gone_pupils}
    guardians_of_gone = {gid for gid, pid in links if pid in gone_pupils}
    guardian_parties = set(s.scalars(select(Party.guardian_id).where(
        Party.kind == PartyKind.GUARDIAN, Party.incident_id.not_in(gone_incidents) if gone_incidents else true())))
    gone_guardians = guardians_of_gone - kept_links - guardian_parties

    evidence: set[str] = set()
    if gone_incidents:
        in_folder = EvidenceFile.stored_name.is_not(None)  # evidence attached before it was kept in the store
        evidence = set(s.scalars(select(EvidenceFile.stored_name).where(
            in_folder, EvidenceFile.incident_id.in_(gone_incidents))))
        evidence -= set(s.scalars(select(EvidenceFile.stored_name).where(
            in_folder, EvidenceFile.incident_id.not_in(gone_incidents))))

    lines = [PlanLine("pupil", pid, school_names.get(pupils[pid][0], ""), pupils[pid][1], pupils[pid][2])
             for pid in sorted(gone_pupils)]
    lines += [PlanLine("consent", pid, school_names.get(pupils[pid][0], ""), pupils[pid][1], pupils[pid][2])
              for pid in sorted(consent_pupils) if consent_ids]
    lines += [PlanLine("incident", iid, school_names.get(incidents[iid][0], ""), f"incident {iid}", incidents[iid][2])
              for iid in sorted(gone_incidents)]
    return PurgePlan(
        as_of=as_of, days=days, pupil_ids=frozenset(gone_pupils), consent_ids=consent_ids,
        incident_ids=frozenset(gone_incidents), party_ids=frozenset(parties), depicted=frozenset(depicted_gone),
        guardian_ids=frozenset(gone_guardians), cascaded_consent=cascaded, evidence_names=frozenset(evidence),
        lines=tuple(lines),
    )

