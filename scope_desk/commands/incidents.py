"""``incidents report`` (the yearly anonymised overview) and ``incidents dossier`` (one incident) as PDF."""

from __future__ import annotations

import argparse
from pathlib import Path

from scope_desk.commands.opened import opened_store


def register(subparsers) -> None:
    incidents = subparsers.add_parser("incidents", help="incidentenlog: jaaroverzicht en dossier als PDF")
    actions = incidents.add_subparsers(dest="incidents_command", metavar="ACTIE", required=True)
    report = actions.add_parser("report", help="geanonimiseerd jaaroverzicht (MR en bestuur) als PDF")
    report.add_argument("--year", required=True, metavar="JAAR", help="kalenderjaar (2026) of schooljaar (2026-2027)")
    report.add_argument("--school", type=int, metavar="ID", help="alleen deze school (standaard alle scholen)")
    report.add_argument("--out", required=True, type=Path, metavar="BESTAND.pdf")
    report.set_defaults(func=run_report)
    dossier = actions.add_parser("dossier", help="alles over één incident als PDF (vertrouwelijk)")
    dossier.add_argument("--id", required=True, type=int, metavar="N", help="nummer van het incident")
    dossier.add_argument("--out", required=True, type=Path, metavar="BESTAND.pdf")
    dossier.set_defaults(func=run_dossier)


def _service(store):
    from scope_desk.services.events import Changes
    from scope_desk.services.incidents import IncidentService

    return IncidentService(store, Changes())


def run_report(args: argparse.Namespace) -> int:
    from scope_desk.letters.incident_overview import build_overview
    from scope_desk.letters.incident_pdf_style import write_atomic
    from scope_desk.services.access import SYSTEM_ACTOR

    with opened_store(args, must_exist=bool(args.db)) as store:
        overview = _service(store).overview(SYSTEM_ACTOR, args.year, args.school)
    path = write_atomic(args.out, build_overview(overview), make_parents=True)
    print(f"Jaaroverzicht ({overview.period_label}, {overview.total} incidenten) geschreven naar {path}")
    return 0


def run_dossier(args: argparse.Namespace) -> int:
    from scope_desk.letters.incident_dossier import build_dossier
    from scope_desk.letters.incident_pdf_style import write_atomic
    from scope_desk.services.access import SYSTEM_ACTOR
    from scope_desk.services.incident_types import EvidenceState

    with opened_store(args, must_exist=bool(args.db)) as store:
        detail = _service(store).dossier(SYSTEM_ACTOR, args.id)
    path = write_atomic(args.out, build_dossier(detail), make_parents=True)
    altered = sum(1 for e in detail.evidence if e.state is not EvidenceState.VERIFIED)
    print(f"Dossier van incident {detail.id} geschreven naar {path}"
          + (f"; LET OP: {altered} bewijsstuk(ken) gewijzigd of ontbrekend" if altered else ""))
    return 0
