"""``check`` and ``backup``: the integrity of the store and a verified copy of it."""

from __future__ import annotations

import argparse
from pathlib import Path

from scope_desk.commands.opened import opened_store


def register(subparsers) -> None:
    check = subparsers.add_parser("check", help="controleer integriteit, verwijzingen en schemaversie (exit 0 als alles klopt)")
    check.set_defaults(func=run_check)
    backup = subparsers.add_parser("backup", help="maak een gecontroleerde reservekopie")
    backup.add_argument("--to", metavar="MAP", type=Path, help="map voor de kopie (standaard de map backups in uw gegevensmap)")
    backup.set_defaults(func=run_backup)


def run_check(args: argparse.Namespace) -> int:
    from scope_desk.db_checks import full_check

    with opened_store(args, migrate=False, must_exist=True) as store:
        results = full_check(store)
    for result in results:
        print(f"{'OK  ' if result.ok else 'FOUT'} {result.name}: {result.detail}")
    return 0 if all(result.ok for result in results) else 1


def run_backup(args: argparse.Namespace) -> int:
    from scope_desk.db_backup import backup_sqlite

    with opened_store(args, migrate=False, must_exist=True) as store:  # a backup copies what is there
        path = backup_sqlite(store, args.to)
    print(f"Reservekopie gemaakt en gecontroleerd: {path}")
    return 0
