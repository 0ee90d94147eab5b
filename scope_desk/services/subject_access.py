"""Inzageverzoeken: register with the due date (one month), follow up, export as JSON and PDF."""

from __future__ import annotations

import calendar
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from scope_desk.atomic_files import write_atomic
from scope_desk.errors import InvalidInput, NotFound
from scope_desk.models.audit import SubjectAccessRequest
from scope_desk.models.school import Pupil
from scope_desk.naming import full_name
from scope_desk.services import audit
from scope_desk.services.access import Actor, Permission, require
from scope_desk.services.events import ChangeSet, Changes
from scope_desk.services.inzage_collect import collect


def one_month_after(day: date) -> date:
    """The AVG's one month: the same day next month, or that month's last day (31 January → 28/29 February)."""
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class RequestView:
    id: int
    pupil_id: int | None
    pupil_name: str
    requested_by: str
    received_on: date
    due_on: date
    completed_on: date | None
    note: str

    def overdue(self, today: date) -> bool:
        return self.completed_on is None and today > self.due_on


@dataclass(frozen=True)
class PupilChoice:
    id: int
    label: str  # "Zoë van 't Hart (0042, De Regenboog)"


class SubjectAccessService:
    def __init__(self, store, changes: Changes, *, today: Callable[[], date] = date.today) -> None:
        self._store = store
        self._changes = changes
        self._today = today

    def find_pupils(self, actor: Actor, text: str, limit: int = 20) -> list[PupilChoice]:
        require(actor, Permission.MANAGE_SUBJECT_ACCESS)
        from scope_desk.naming import fold

        schools = actor.school_ids(Permission.MANAGE_SUBJECT_ACCESS)
        query = select(Pupil).order_by(Pupil.sort_name).limit(limit)
        for word in text.split():
            query = query.where((Pupil.sort_name.contains(fold(word), autoescape=True)) | (Pupil.leerlingnummer == word))
        if schools is not None:
            query = query.where(Pupil.school_id.in_(schools))
        with self._store.transaction() as s:
            return [PupilChoice(p.id, f"{full_name(p.first_name, p.tussenvoegsel, p.surname)} ({p.leerlingnummer}, {p.school.name})")
                    for p in s.scalars(query)]

    def register(self, actor: Actor, pupil_id: int, requested_by: str, received_on: date, note: str = "") -> RequestView:
        if not requested_by.strip():
            raise InvalidInput("Vul in wie om inzage vraagt.")
        if received_on > self._today():
            raise InvalidInput("De datum van ontvangst kan niet in de toekomst liggen.")
        with self._store.transaction(write=True) as s:
            pupil = self._pupil(s, pupil_id)
            require(actor, Permission.MANAGE_SUBJECT_ACCESS, pupil.school_id)
            row = SubjectAccessRequest(pupil_id=pupil.id, requested_by=requested_by.strip(), received_on=received_on,
                                       due_on=one_month_after(received_on), note=note.strip())
            s.add(row)
            s.flush()
            audit.record(s, actor, "subject_access.register", "subject_access_request", row.id,
                         school_id=pupil.school_id, pupil_id=pupil.id)
            view = _view(row, pupil)
        self._changes.emit(ChangeSet(pupils=True))
        return view

    def requests(self, actor: Actor) -> list[RequestView]:
        require(actor, Permission.MANAGE_SUBJECT_ACCESS)
        schools = actor.school_ids(Permission.MANAGE_SUBJECT_ACCESS)
        with self._store.transaction() as s:
            rows = s.execute(select(SubjectAccessRequest, Pupil).outerjoin(Pupil, SubjectAccessRequest.pupil_id == Pupil.id)
                             .order_by(SubjectAccessRequest.completed_on.is_not(None), SubjectAccessRequest.due_on)).all()
            return [_view(r, p) for r, p in rows if schools is None or (p is not None and p.school_id in schools)]

    def complete(self, actor: Actor, request_id: int, on: date | None = None) -> None:
        with self._store.transaction(write=True) as s:
            row = s.get(SubjectAccessRequest, request_id)
            if row is None:
                raise NotFound("Dit inzageverzoek bestaat niet (meer).")
            pupil = s.get(Pupil, row.pupil_id) if row.pupil_id else None
            require(actor, Permission.MANAGE_SUBJECT_ACCESS, pupil.school_id if pupil else None)
            row.completed_on = on or self._today()
            audit.record(s, actor, "subject_access.complete", "subject_access_request", row.id,
                         school_id=pupil.school_id if pupil else None, pupil_id=row.pupil_id)
        self._changes.emit(ChangeSet(pupils=True))

    def export(self, actor: Actor, pupil_id: int, folder: Path) -> tuple[Path, Path]:
        """Write ``inzage-<leerlingnummer>.json`` and ``.pdf`` into ``folder`` (both or neither).

        Only a role that may read both the pupil's data and the school's incidents (the directeur)
        exports: the report contains incident notes.
        """
        from scope_desk.letters.inzage_pdf import render

        with self._store.transaction(write=True) as s:
            pupil = self._pupil(s, pupil_id)
            require(actor, Permission.EXPORT_PERSONAL_DATA, pupil.school_id)
            require(actor, Permission.VIEW_INCIDENTS, pupil.school_id)
            audit.record(s, actor, "subject_access.export", "pupil", pupil.id, school_id=pupil.school_id, pupil_id=pupil.id)
            data = collect(s, pupil.id)
            stem = f"inzage-{pupil.leerlingnummer}"
            folder = Path(folder)
            folder.mkdir(parents=True, exist_ok=True)
            json_bytes = json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
            pdf_bytes = render(data, self._today().strftime("%d-%m-%Y"))
            json_path, pdf_path = folder / f"{stem}.json", folder / f"{stem}.pdf"
            write_atomic(json_path, json_bytes)
            try:
                write_atomic(pdf_path, pdf_bytes)  # the audit row commits only after both files are in place
            except BaseException:
                json_path.unlink(missing_ok=True)
                raise
        return json_path, pdf_path

    @staticmethod
    def _pupil(s, pupil_id: int) -> Pupil:
        pupil = s.get(Pupil, pupil_id)
        if pupil is None:
            raise NotFound("Deze leerling bestaat niet (meer).")
        return pupil


def _view(row: SubjectAccessRequest, pupil: Pupil | None) -> RequestView:
    name = full_name(pupil.first_name, pupil.tussenvoegsel, pupil.surname) if pupil else "(verwijderde leerling)"
    return RequestView(row.id, row.pupil_id, name, row.requested_by, row.received_on, row.due_on, row.completed_on, row.note)
