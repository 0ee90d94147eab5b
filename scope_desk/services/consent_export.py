"""Export the registry: one row per pupil with name parts, class and the current decision per category.

CSV for Dutch Excel (``;``, UTF-8 with BOM) or XLSX. Cells that a spreadsheet would run as a
formula (starting with = + - @, tab or CR) get a leading apostrophe (formula_cells; the import
takes exactly that apostrophe off again). Written to a temporary file and moved into place, so a
failed export leaves no half file.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from sqlalchemy import select

from scope_desk.atomic_files import write_atomic
from scope_desk.db import Store
from scope_desk.errors import InvalidInput, NotFound
from scope_desk.formula_cells import neutralise
from scope_desk.models.consent import ConsentRound
from scope_desk.models.school import School, SchoolYear
from scope_desk.services import audit, consent_registry as reg, consent_setup as setup
from scope_desk.services.access import Actor, Permission, require, require_everywhere
from scope_desk.services.consent_types import STATE_LABELS
from scope_desk.services.events import Changes

BASE_HEADERS = ("BRIN", "Leerlingnummer", "Roepnaam", "Tussenvoegsel", "Achternaam", "Geboortedatum", "Groep")


class ConsentExportService:
    def __init__(self, store: Store, changes: Changes) -> None:
        self._store = store
        self._changes = changes

    def table(self, actor: Actor, year_label: str, brin: str | None = None) -> tuple[list[str], list[list[str]]]:
        """Header and rows for one school (``brin``) or, with a board-wide grant, every school."""
        with self._store.transaction(write=True) as s:
            q = (select(ConsentRound, School.brin).join(School, School.id == ConsentRound.school_id)
                 .join(SchoolYear, SchoolYear.id == ConsentRound.school_year_id).where(SchoolYear.label == year_label))
            if brin:
                school_id = s.execute(select(School.id).where(School.brin == brin.strip().upper())).scalar_one_or_none()
                if school_id is None:
                    raise NotFound(f"Er is geen school met BRIN-code {brin}.")
                require(actor, Permission.EXPORT_PERSONAL_DATA, school_id)
                q = q.where(School.id == school_id)
            else:
                require_everywhere(actor, Permission.EXPORT_PERSONAL_DATA)
            rounds = s.execute(q.order_by(School.brin)).all()
            if not rounds:
                raise NotFound(f"Er is geen toestemmingsronde voor {year_label}{' bij ' + brin if brin else ''}.")
            labels: list[str] = []
            views = []
            for r, school_brin in rounds:
                view = setup.round_view(s, r)
                views.append((view, school_brin))
                labels += [c.label for c in view.categories if c.label not in labels]
            rows = []
            for view, school_brin in views:
                for row in reg.registry_rows(s, view, None):
                    states = {c.label: STATE_LABELS[cell.state] for c, cell in zip(view.categories, row.cells)}
                    rows.append([school_brin, row.leerlingnummer, row.first_name, row.tussenvoegsel, row.surname,
                                 row.birth_date.strftime("%d-%m-%Y") if row.birth_date else "", row.class_name,
                                 *[states.get(label, "") for label in labels]])
            for view, school_brin in views:
                audit.record(s, actor, "consent.export", "consent_round", view.id, school_id=view.school_id,
                             pupils=sum(1 for r in rows if r[0] == school_brin), year=year_label)
        return [*BASE_HEADERS, *labels], rows

    def export(self, actor: Actor, year_label: str, out: str | Path, brin: str | None = None) -> int:
        out = Path(out)
        suffix = out.suffix.lower()
        if suffix not in (".csv", ".xlsx"):
            raise InvalidInput("Kies een bestandsnaam die eindigt op .csv of .xlsx.")
        headers, rows = self.table(actor, year_label, brin)
        data = write_csv(headers, rows) if suffix == ".csv" else write_xlsx(headers, rows)
        write_atomic(out, data, make_parents=True)
        return len(rows)


def write_csv(headers: list[str], rows: list[list[str]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([neutralise(h) for h in headers])
    for row in rows:
        writer.writerow([neutralise(v) for v in row])
    return buffer.getvalue().encode("utf-8-sig")


def write_xlsx(headers: list[str], rows: list[list[str]]) -> bytes:
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Toestemmingen")
    sheet.append([neutralise(h) for h in headers])
    for row in rows:
        sheet.append([neutralise(v) for v in row])  # all text: leading zeros stay
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
