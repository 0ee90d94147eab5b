"""Inzage: due dates, who may export, and an export that names no other child."""

from __future__ import annotations

import json
import subprocess
from datetime import date

import pytest
from privacy_world import NAMES, build_privacy_world
from sqlalchemy import select

from scope_desk.errors import InvalidInput, NotAllowed
from scope_desk.models.audit import AuditEvent
from scope_desk.models.user import Role
from scope_desk.services.access import Actor, Grant
from scope_desk.services.events import Changes
from scope_desk.services.subject_access import SubjectAccessService, one_month_after


def test_due_date_is_one_calendar_month():
    assert one_month_after(date(2026, 3, 14)) == date(2026, 4, 14)
    assert one_month_after(date(2026, 1, 31)) == date(2026, 2, 28)
    assert one_month_after(date(2028, 1, 31)) == date(2028, 2, 29)
    assert one_month_after(date(2026, 12, 5)) == date(2027, 1, 5)


def _other_names(subject: str) -> set[str]:
    names = set()
    for key, (first, _prefix, last) in NAMES.items():
        if key != subject:
            names |= {first, last}
    return names


def test_register_follow_up_and_export_without_other_childrens_names(store, tmp_path):
    w = build_privacy_world(store)
    service = SubjectAccessService(store, Changes(), today=lambda: date(2024, 3, 20))
    admin = Actor(1, "Anna Beheer", (Grant(Role.BEHEERDER, None),))
    director = Actor(2, "Dirk Directeur", (Grant(Role.DIRECTEUR, w.school_id),))
    request = service.register(admin, w.pupils["mixed"], "mevrouw Van Dijk-Ouder", date(2024, 3, 18))
    assert request.due_on == date(2024, 4, 18) and request.pupil_name == "Noor van Dijk"
    with pytest.raises(InvalidInput):
        service.register(admin, w.pupils["mixed"], "x", date(2024, 4, 1))
    with pytest.raises(NotAllowed):  # the beheerder may not read incident notes, so may not export
        service.export(admin, w.pupils["mixed"], tmp_path)
    json_path, pdf_path = service.export(director, w.pupils["mixed"], tmp_path)
    service.complete(director, request.id)
    assert service.requests(admin)[0].completed_on == date(2024, 3, 20)

    data = json.loads(json_path.read_text(encoding="utf-8"))
    text = json_path.read_text(encoding="utf-8")
    pdf_text = subprocess.run(["pdftotext", str(pdf_path), "-"], capture_output=True, text=True, check=True).stdout
    assert data["pupil"]["name"] == "Noor van Dijk"
    assert "Noor van Dijk" in pdf_text
    assert [g["name"] for g in data["guardians"]] == ["OuderMixed Dijk-Ouder"]
    [incident] = data["incidents"]
    assert [p["who"] for p in incident["parties"]] == ["deze leerling", "[andere leerling]"]
    assert incident["description"] == "[andere leerling] plaatste een foto van Noor van Dijk; Noor was verdrietig."
    assert incident["conversations"][0]["notes"] == "Gesprek met Noor en [andere leerling] samen; [andere leerling] was getuige."
    for name in _other_names("mixed"):
        assert name not in text, name
        assert name not in pdf_text, name
    with store.transaction() as s:
        actions = s.scalars(select(AuditEvent.action).where(AuditEvent.pupil_id == w.pupils["mixed"])).all()
    assert actions == ["subject_access.register", "subject_access.export", "subject_access.complete"]


def test_directeur_of_another_school_gets_nothing(store, tmp_path):
    w = build_privacy_world(store)
    service = SubjectAccessService(store, Changes())
    stranger = Actor(3, "Elders", (Grant(Role.DIRECTEUR, w.school_id + 1),))
    with pytest.raises(NotAllowed):
        service.export(stranger, w.pupils["stays"], tmp_path)
    with pytest.raises(NotAllowed):
        service.register(stranger, w.pupils["stays"], "ouder", date(2024, 1, 1))
    assert service.requests(stranger) == []
    assert list(tmp_path.glob("inzage-*")) == []
