"""``import``, ``export`` and ``class-sheet``: pupils in, the registry out, the class sheets on paper."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers) -> None:
    imp = subparsers.add_parser("import", help="lees leerlingen, groepen en ouders in uit een export (CSV of XLSX)")
    imp.add_argument("file", type=Path, metavar="BESTAND")
    imp.add_argument("--school", required=True, metavar="BRIN", help="BRIN-code; een onbekende school wordt aangemaakt")
    imp.add_argument("--year", metavar="JAAR", help="schooljaar, bv. 2026-2027 (standaard het huidige)")
    imp.add_argument("--dry-run", action="store_true", help="laat alleen zien wat er zou veranderen")
    imp.add_argument("--partial", action="store_true", help="geen volledige export: markeer ontbrekende leerlingen niet als vertrokken")
    imp.add_argument("--skip-rejected", action="store_true", help="lees de goede regels in en sla afgewezen regels over")
    imp.set_defaults(func=run_import)
    exp = subparsers.add_parser("export", help="exporteer het toestemmingsregister (CSV voor Excel of XLSX)")
    exp.add_argument("--year", required=True, metavar="JAAR")
    exp.add_argument("--school", metavar="BRIN", help="alleen deze school (zonder: alle scholen)")
    exp.add_argument("--out", required=True, type=Path, metavar="BESTAND.csv|.xlsx")
    exp.set_defaults(func=run_export)
    sheet = subparsers.add_parser("class-sheet", help="klassenlijst 'wie mag niet in beeld' als PDF")
    sheet.add_argument("--year", required=True, metavar="JAAR")
    sheet.add_argument("--school", required=True, metavar="BRIN")
    sheet.add_argument("--class", dest="class_name", metavar="GROEP", help="alleen deze groep (zonder: alle groepen)")
    sheet.add_argument("--out", required=True, type=Path, metavar="BESTAND.pdf")
    sheet.set_defaults(func=run_class_sheet)


def _open(args):
    from scope_desk.db import open_store
    from scope_desk.services.container import Services
    from scope_desk.services.access import SYSTEM_ACTOR

    store = open_store(args.db)
    return store, Services.over(store), SYSTEM_ACTOR


def run_import(args: argparse.Namespace) -> int:
    from scope_desk.services import school_years

    year = args.year or school_years.current_year_label()
    store, services, actor = _open(args)
    try:
        svc = services.pupil_import
        table = svc.read(args.file)
        mapping, _unknown = svc.mapping_for(actor, table)
        full = not args.partial
        if args.dry_run:
            plan = svc.preview(actor, table, args.school, year, mapping=mapping, full_export=full)
        else:
            plan = svc.apply(actor, table, args.school, year, mapping=mapping, full_export=full, skip_rejected=args.skip_rejected)
    finally:
        store.dispose()
    print(plan.summary())
    if plan.unknown_columns:
        print("Overgeslagen kolommen: " + ", ".join(plan.unknown_columns))
    for p in plan.changed[:50]:
        print(f"gewijzigd  regel {p.line}: {p.leerlingnummer} ({', '.join(p.changes)})")
    for p in plan.left[:50]:
        print(f"vertrokken {p.leerlingnummer} ({p.class_name})")
    for r in plan.rejected:
        print(f"afgewezen  {r.sentence()}")
    return 1 if plan.rejected and args.dry_run else 0


def run_export(args: argparse.Namespace) -> int:
    from scope_desk.services.consent_export import ConsentExportService

    store, services, actor = _open(args)
    try:
        count = ConsentExportService(store, services.changes).export(actor, args.year, args.out, args.school)
    finally:
        store.dispose()
    print(f"{count} leerlingen geëxporteerd naar {args.out}")
    return 0


def run_class_sheet(args: argparse.Namespace) -> int:
    from scope_desk.services.class_sheets import ClassSheetService

    store, services, actor = _open(args)
    try:
        count = ClassSheetService(store, services.changes).write(actor, args.year, args.school, args.out, args.class_name)
    finally:
        store.dispose()
    print(f"Klassenlijst van {count} groep(en) geschreven naar {args.out}")
    return 0
