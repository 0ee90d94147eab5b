"""``demo [--students N] [--seed S]``: fill an empty store with realistic, deterministic demo data."""

from __future__ import annotations

import argparse

from scope_desk.commands.opened import opened_store
from scope_desk.errors import InvalidInput


def register(subparsers) -> None:
    demo = subparsers.add_parser("demo", help="vul een lege database met demogegevens (drie scholen, leerlingen, "
                                 "ouders, toestemmingen, incidenten)")
    # Read as text and checked here, so bad input gives one clear line instead of argparse's usage block.
    demo.add_argument("--students", metavar="N", default="600", help="aantal leerlingen dit schooljaar (standaard 600)")
    demo.add_argument("--seed", metavar="S", default="1", help="startgetal: hetzelfde getal geeft dezelfde gegevens (standaard 1)")
    demo.set_defaults(func=run_demo)


def _integer(text: str, what: str) -> int:
    try:
        return int(str(text).strip())
    except ValueError:
        raise InvalidInput(f"{what} moet een geheel getal zijn, niet '{text}'.") from None


def run_demo(args: argparse.Namespace) -> int:
    from scope_desk.services.demo_data import check_arguments, generate

    students, seed = check_arguments(_integer(args.students, "--students"), _integer(args.seed, "--seed"))
    with opened_store(args) as store:
        summary = generate(store, students=students, seed=seed)
    print(summary.line())
    return 0
