"""A small school for retention and inzage tests: pupils who left, incidents, a legal hold."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from scope_desk.models.consent import ConsentCategory, ConsentDecision, ConsentRound, ConsentState, ReceivedVia
from scope_desk.models.incident import Conversation, ConversationNote, DepictedPupil, Incident, Party, PartyKind, PartyRole
from scope_desk.models.school import Enrolment, Guardian, Pupil, PupilGuardian, School, SchoolClass, SchoolYear

LEFT = date(2024, 7, 19)
DAY_731 = LEFT + timedelta(days=731)
DAY_730 = LEFT + timedelta(days=730)

NAMES = {
    "gone": ("Fleur", "", "Bakker"),  # left, only incident: everything goes
    "held": ("Sem", "de", "Groot"),  # left, but in an incident under legal hold
    "mixed": ("Noor", "van", "Dijk"),  # left, in an incident with a pupil who stays
    "recent": ("Lucas", "", "Jansen"),  # left one day later: day 730 for them
    "stays": ("Zoë", "van 't", "Hart"),  # still at school
}


@dataclass
class PrivacyWorld:
    school_id: int
    class_id: int
    pupils: dict[str, int] = field(default_factory=dict)
    guardians: dict[str, int] = field(default_factory=dict)
    incidents: dict[str, int] = field(default_factory=dict)


def build_privacy_world(store) -> PrivacyWorld:
    with store.transaction(write=True) as s:
        school = School(brin="07XY", name="De Regenboog")
        year = SchoolYear(label="2023-2024", starts_on=date(2023, 8, 1), ends_on=date(2024, 7, 31))
        s.add_all([school, year])
        s.flush()
        klass = SchoolClass(school_id=school.id, school_year_id=year.id, name="Groep 8a", grades="8")
        rnd = ConsentRound(school_id=school.id, school_year_id=year.id, opened_on=date(2023, 9, 1))
        s.add_all([klass, rnd])
        s.flush()
        cat = ConsentCategory(round_id=rnd.id, code="website", label="Website van de school")
        s.add(cat)
        s.flush()
        world = PrivacyWorld(school.id, klass.id)
        for i, (key, (first, prefix, last)) in enumerate(NAMES.items()):
            left = None if key == "stays" else (LEFT + timedelta(days=1) if key == "recent" else LEFT)
            pupil = Pupil(school_id=school.id, leerlingnummer=f"{1000 + i}", first_name=first, tussenvoegsel=prefix,
                          surname=last, birth_date=date(2012, 3, i + 1), left_on=left)
            guardian = Guardian(first_name=f"Ouder{key.capitalize()}", surname=f"{last}-Ouder", email=f"{key}@example.org",
                                street="Dorpsstraat", house_number=str(i + 1), postcode="1234 AB", city="Ergens")
            s.add_all([pupil, guardian])
            s.flush()
            s.add(PupilGuardian(pupil_id=pupil.id, guardian_id=guardian.id))
            s.add(Enrolment(pupil_id=pupil.id, class_id=klass.id, school_year_id=year.id))
            s.add(ConsentDecision(pupil_id=pupil.id, category_id=cat.id, state=ConsentState.GRANTED,
                                  given_by_guardian_id=guardian.id, received_via=ReceivedVia.PAPER,
                                  decided_on=date(2023, 9, 10), recorded_by_name="Anna Beheer"))
            world.pupils[key] = pupil.id
            world.guardians[key] = guardian.id
        s.flush()

        def incident(key: str, hold: bool, parties: list[tuple[str, PartyRole]], text: str) -> Incident:
            row = Incident(school_id=school.id, title=f"Melding {key}", reported_on=date(2024, 3, 1),
                           happened_on=date(2024, 2, 28), platform="whatsapp", category="pesten",
                           description=text, legal_hold=hold, created_by_name="Dirk Directeur")
            s.add(row)
            s.flush()
            for who, role in parties:
                s.add(Party(incident_id=row.id, kind=PartyKind.PUPIL, role=role, pupil_id=world.pupils[who]))
            world.incidents[key] = row.id
            return row

        incident("gone", False, [("gone", PartyRole.TARGET)], "Alleen Fleur was betrokken.")
        incident("held", True, [("held", PartyRole.PERPETRATOR)],
                 "Sem de Groot stuurde berichten.")
        mixed = incident("mixed", False, [("mixed", PartyRole.TARGET), ("stays", PartyRole.PERPETRATOR)],
                         "Zoë van 't Hart plaatste een foto van Noor van Dijk; Noor was verdrietig.")
        s.add(DepictedPupil(incident_id=mixed.id, pupil_id=world.pupils["mixed"]))
        conv = Conversation(incident_id=mixed.id, held_at=datetime(2024, 3, 4, 10, tzinfo=timezone.utc),
                            created_by_name="Dirk Directeur")
        s.add(conv)
        s.flush()
        s.add(ConversationNote(conversation_id=conv.id, notes="Gesprek met Noor en Zoë samen; Lucas Jansen was getuige.",
                               agreements="Zoë verwijdert de foto.", written_by_name="Dirk Directeur"))
    return world
