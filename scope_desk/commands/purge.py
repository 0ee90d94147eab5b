"""``purge [--dry-run]``: list what the retention policies say must go, then remove it in one transaction."""

from __future__ import annotations

import argparse
from pathlib import Path

from scope_desk.commands.opened import opened_store


def register(subparsers) -> None:
    purge = subparsers.add_parser("purge", help="verwijder gegevens waarvan de bewaartermijn voorbij is "
                                  "(eerst een lijst; --dry-run toont alleen de lijst)")
    purge.add_argument("--dry-run", action="store_true", help="toon alleen wat verwijderd zou worden")
    purge.add_argument("--as-of", metavar="JJJJ-MM-DD", type=_day,
                       help="met --dry-run: toon wat er op die dag weg moet (vooruitkijken)")
    purge.add_argument("--backups", metavar="MAP", type=Path,
                       help="map met reservekopieën om te roteren (standaard de map backups in uw gegevensmap)")
    purge.set_defaults(func=run_purge)


def _day(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is geen datum als 2026-07-31") from None


def run_purge(args: argparse.Namespace) -> int:
    from datetime import date

    from scope_desk import paths
    from scope_desk.services.access import SYSTEM_ACTOR
    from scope_desk.services.events import Changes
    from scope_desk.services.retention import DATA_TYPE_LABELS, RetentionService, rotate_backups

    from scope_desk.errors import InvalidInput

    if args.as_of and not args.dry_run:
        raise InvalidInput("--as-of kan alleen samen met --dry-run: er wordt nooit vóór de bewaartermijn verwijderd.")
    with opened_store(args) as store:
        service = RetentionService(store, Changes())
        plan = service.plan_purge(SYSTEM_ACTOR, args.as_of)
        for line in plan.lines:
            since = f", sinds {line.since:%d-%m-%Y}" if line.since else ""
            print(f"{DATA_TYPE_LABELS[line.data_type]}: {line.reference} ({line.school}{since})")
        for data_type, count in plan.counts().items():
            print(f"{'Te verwijderen' if args.dry_run else 'Verwijderd'}: {count} {DATA_TYPE_LABELS[data_type]}")
        if not args.dry_run and not plan.empty:
            service.purge(SYSTEM_ACTOR, plan)
        keep_days = next(p.days for p in service.policies(SYSTEM_ACTOR) if p.data_type == "backup")
        folder = args.backups or paths.default_backup_dir()
        old = rotate_backups(folder, keep_days, args.as_of or date.today(), dry_run=args.dry_run)
        for path in old:
            print(f"reservekopie ouder dan {keep_days} dagen{'' if args.dry_run else ' verwijderd'}: {path.name}")
    return 0
