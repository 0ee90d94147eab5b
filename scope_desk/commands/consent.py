"""``import``, ``export`` and ``class-sheet``: pupils in, the registry out, the class sheets on paper."""

from __future__ import annotations

import argparse
from pathlib import Path

from scope_desk.commands.opened import opened_services


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


def run_import(args: argparse.Namespace) -> int:
    from scope_desk.services import school_years
    from scope_desk.services.access import SYSTEM_ACTOR

    year = args.year or school_years.current_year_label()
    with opened_services(args) as services:
        svc = services.pupil_import
        table = svc.read(args.file)
        mapping, _unknown = svc.mapping_for(SYSTEM_ACTOR, table)
        full = not args.partial
        if args.dry_run:
            plan = svc.preview(SYSTEM_ACTOR, table, args.school, year, mapping=mapping, full_export=full)
        else:
            plan = svc.apply(SYSTEM_ACTOR, table, args.school, year, mapping=mapping, full_export=full,
                             skip_rejected=args.skip_rejected)
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
    from scope_desk.services.access import SYSTEM_ACTOR
    from scope_desk.services.consent_export import ConsentExportService

    with opened_services(args) as services:
        count = ConsentExportService(services.store, services.changes).export(SYSTEM_ACTOR, args.year, args.out, args.school)
    print(f"{count} leerlingen geëxporteerd naar {args.out}")
    return 0


def run_class_sheet(args: argparse.Namespace) -> int:
    from scope_desk.services.access import SYSTEM_ACTOR
    from scope_desk.services.class_sheets import ClassSheetService

    with opened_services(args) as services:
        count = ClassSheetService(services.store, services.changes).write(SYSTEM_ACTOR, args.year, args.school, args.out,
                                                                          args.class_name)
    print(f"Klassenlijst van {count} groep(en) geschreven naar {args.out}")
    return 0
