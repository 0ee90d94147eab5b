"""``round open`` and ``letters``: open a school's consent round and write its letters as one PDF."""

from __future__ import annotations

import argparse
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from scope_desk.commands.opened import opened_services
from scope_desk.errors import InvalidInput


def register(subparsers) -> None:
    round_ = subparsers.add_parser("round", help="toestemmingsronde van een school openen")
    actions = round_.add_subparsers(dest="round_action", metavar="ACTIE", required=True)
    opening = actions.add_parser("open", help="open de ronde met de standaardcategorieën en de standaardbrief")
    opening.add_argument("--year", required=True, metavar="JJJJ-JJJJ", help="schooljaar, bijvoorbeeld 2026-2027")
    opening.add_argument("--school", required=True, metavar="BRIN", help="BRIN-code van de school")
    opening.add_argument("--deadline", metavar="JJJJ-MM-DD", help="inleverdatum van de strookjes")
    opening.set_defaults(func=run_open)

    letters = subparsers.add_parser("letters", help="toestemmingsbrieven met strookje als één PDF voor de printer")
    letters.add_argument("--year", required=True, metavar="JJJJ-JJJJ", help="schooljaar, bijvoorbeeld 2026-2027")
    letters.add_argument("--school", required=True, metavar="BRIN", help="BRIN-code van de school")
    letters.add_argument("--class", dest="classes", action="append", default=[], metavar="GROEP",
                         help="alleen deze groep (mag vaker); standaard de hele school")
    letters.add_argument("--only-missing", action="store_true", help="alleen voor wie het strookje nog niet inleverde")
    letters.add_argument("--reminder", action="store_true", help="herinneringsbrief (alleen voor wie nog niets inleverde)")
    letters.add_argument("--per-family", action="store_true", help="één brief per gezin, met een strookje per kind")
    letters.add_argument("--per-class", action="store_true", help="één bestand per groep naast --out")
    letters.add_argument("--date", metavar="JJJJ-MM-DD", help="datum op de brief (standaard vandaag)")
    letters.add_argument("--out", required=True, type=Path, metavar="BESTAND.pdf", help="het PDF-bestand")
    letters.set_defaults(func=run_letters)


def _day(text: str | None, what: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(f"'{text}' is geen geldige {what}; schrijf bijvoorbeeld 2026-09-15.") from None


@contextmanager
def _services(args):
    from scope_desk.schema_head import is_at_head

    with opened_services(args, must_exist=True, migrate=False) as services:
        if not is_at_head(services.store):  # as at start-up: Alembic (~15 MB) only when a migration may run
            from scope_desk.db_migrate import upgrade_to_head

            upgrade_to_head(services.store)
        yield services


def run_open(args: argparse.Namespace) -> int:
    from scope_desk.services.access import SYSTEM_ACTOR
    from scope_desk.services.school_years import first_year_of

    first_year_of(args.year)
    deadline = _day(args.deadline, "inleverdatum")
    with _services(args) as services:
        school = services.rounds.school_by_brin(SYSTEM_ACTOR, args.school)
        setup = services.rounds.open_round(SYSTEM_ACTOR, school.id, args.year, deadline=deadline)
    until = f", inleveren vóór {setup.deadline.isoformat()}" if setup.deadline else ""
    print(f"Ronde {setup.year_label} van {setup.school_name} ({setup.brin}) is open: "
          f"{len(setup.categories)} categorieën{until}.")
    return 0


def run_letters(args: argparse.Namespace) -> int:
    from scope_desk.letters.batch import write_batch
    from scope_desk.services.access import SYSTEM_ACTOR
    from scope_desk.services.consent_round import LetterSelection
    from scope_desk.services.school_years import first_year_of

    first_year_of(args.year)
    letter_date = _day(args.date, "briefdatum")
    out: Path = args.out.expanduser().resolve()
    if out.suffix.lower() != ".pdf":
        raise InvalidInput(f"'{args.out}' is geen PDF-bestandsnaam; gebruik bijvoorbeeld brieven.pdf.")
    with _services(args) as services:
        rounds = services.rounds
        school = rounds.school_by_brin(SYSTEM_ACTOR, args.school)
        setup = rounds.find_setup(SYSTEM_ACTOR, school.id, args.year)
        if setup is None:
            raise InvalidInput(f"{school.name} heeft nog geen toestemmingsronde voor {args.year}; "
                               f"open die eerst met 'scope-desk round open --year {args.year} --school {school.brin}'.")
        class_ids = _class_ids(services, school.id, setup.school_year_id, args.classes)
        job = rounds.prepare_letters(SYSTEM_ACTOR, setup.round_id, LetterSelection(
            class_ids=class_ids, only_missing=args.only_missing, reminder=args.reminder, per_family=args.per_family,
            letter_date=letter_date))
    result = write_batch(job, out, per_class=args.per_class)
    kind = "herinneringen" if args.reminder else "brieven"
    where = f"{len(result.files)} bestanden naast {out.name}" if args.per_class else str(out)
    print(f"{result.letters} {kind} met {result.slips} strookjes ({result.pages} pagina's) in {where} "
          f"({result.seconds:.1f} s).")
    return 0


def _class_ids(services, school_id: int, school_year_id: int, names: list[str]) -> tuple[int, ...]:
    if not names:
        return ()
    from scope_desk.services.access import SYSTEM_ACTOR

    classes = services.consent.classes(SYSTEM_ACTOR, school_id, school_year_id)
    by_name = {c.name.casefold(): c.id for c in classes}
    ids = []
    for name in names:
        key = name.strip().casefold()
        if key not in by_name and f"groep {key}" in by_name:
            key = f"groep {key}"
        if key not in by_name:
            known = ", ".join(c.name for c in classes) or "geen"
            raise InvalidInput(f"Groep '{name}' bestaat niet op deze school in dit schooljaar (wel: {known}).")
        ids.append(by_name[key])
    return tuple(ids)
