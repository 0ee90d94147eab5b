"""The inzage export of one demo pupil names no other pupil: not in the JSON, not in the PDF."""

from __future__ import annotations

import json
import re
import subprocess
from datetime import date

from sqlalchemy import func, select, update

from scope_desk.models.incident import Incident, Party
from scope_desk.models.school import Guardian, Pupil, PupilGuardian
from scope_desk.naming import full_name
from scope_desk.services.access import SYSTEM_ACTOR
from scope_desk.services.container import Services
from scope_desk.services.demo_data import generate
from scope_desk.services.passwords import HashParameters, Passwords

FAST = Passwords(HashParameters(time_cost=1, memory_cost_kib=8, parallelism=1))


def _words(text: str) -> str:
    return " ".join(text.split())  # a name broken over two PDF lines still counts


def test_inzage_of_a_demo_pupil_contains_no_other_pupils_name(store, tmp_path):
    generate(store, students=300, seed=11, today=date(2026, 10, 7), passwords=FAST)
    with store.transaction(write=True) as s:
        # the pupil in the most incidents that also involve other pupils
        other = Party.__table__.alias("other")
        subject_id, incident_id = s.execute(
            select(Party.pupil_id, func.min(Party.incident_id))
            .join(other, (other.c.incident_id == Party.incident_id) & (other.c.pupil_id != Party.pupil_id))
            .where(Party.pupil_id.is_not(None)).group_by(Party.pupil_id)
            .order_by(func.count(func.distinct(Party.incident_id)).desc(), Party.pupil_id).limit(1)).one()
        co_id = s.scalar(select(Party.pupil_id).where(Party.incident_id == incident_id, Party.pupil_id.is_not(None),
                                                      Party.pupil_id != subject_id).limit(1))
        subject, co = s.get(Pupil, subject_id), s.get(Pupil, co_id)
        # what an office worker might type: the other child by full name and by first name
        s.execute(update(Incident).where(Incident.id == incident_id).values(description=(
            f"{full_name(co.first_name, co.tussenvoegsel, co.surname)} zette een filmpje van "
            f"{subject.first_name} online; {co.first_name} haalde het later weg.")))
        own_guardians = [full_name(g.first_name, g.tussenvoegsel, g.surname) for g in s.scalars(
            select(Guardian).join(PupilGuardian).where(PupilGuardian.pupil_id == subject_id))]
        allowed = {n.casefold() for n in own_guardians + [full_name(subject.first_name, subject.tussenvoegsel, subject.surname)]}
        others = set()
        for first, prefix, last in s.execute(select(Pupil.first_name, Pupil.tussenvoegsel, Pupil.surname)
                                             .where(Pupil.id != subject_id)):
            for name in (f"{first} {last}", full_name(first, prefix, last)):
                if len(name) >= 4 and name.casefold() not in allowed:
                    others.add(name)
    assert len(others) > 300

    json_path, pdf_path = Services.over(store).subject_access.export(SYSTEM_ACTOR, subject_id, tmp_path)
    data = json.loads(json_path.read_text(encoding="utf-8"))
    json_text = _words(json_path.read_text(encoding="utf-8"))
    pdf_text = _words(subprocess.run(["pdftotext", str(pdf_path), "-"], capture_output=True, text=True, check=True).stdout)

    assert data["pupil"]["name"] == full_name(subject.first_name, subject.tussenvoegsel, subject.surname)
    assert data["pupil"]["name"] in pdf_text
    [mentioned] = [i for i in data["incidents"] if i["number"] == incident_id]
    assert mentioned["description"] == f"[andere leerling] zette een filmpje van {subject.first_name} online; [andere leerling] haalde het later weg."
    assert "[andere leerling]" in pdf_text
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in sorted(others, key=len, reverse=True)) + r")(?!\w)",
                         re.IGNORECASE)
    assert pattern.findall(json_text) == []
    assert pattern.findall(pdf_text) == []
