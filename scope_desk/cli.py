"""``scope-desk``: opens the window, or runs one headless command and prints one line per result.

Each command lives in its own module under ``scope_desk.commands`` with ``register(subparsers)``;
a command returns an exit code. A ``DomainError`` becomes one clear line on stderr and exit 1.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from scope_desk import __version__
from scope_desk.errors import DomainError

COMMAND_MODULES = (
    "scope_desk.commands.store",
    "scope_desk.commands.audit",
    "scope_desk.commands.purge",
    "scope_desk.commands.screenshot",
    "scope_desk.commands.incidents",
    "scope_desk.commands.consent",
    "scope_desk.commands.demo",
    "scope_desk.commands.round",
    "scope_desk.commands.protocol",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="scope-desk",
        description="Protocol Sociale Media van SCOPE: protocol, toestemmingen, incidenten en de toestemmingsronde.",
    )
    parser.add_argument("--version", action="version", version=f"scope-desk {__version__}")
    parser.add_argument("--db", metavar="URL", help="database: pad naar een SQLite-bestand of een URL "
                        "(postgresql+psycopg://…); standaard $SCOPE_DESK_DB of het bestand in uw gegevensmap")
    parser.add_argument("--demo", action="store_true", help="open het venster op demogegevens (gemaakt als de database leeg is)")
    parser.add_argument("--lang", choices=("nl", "en"), help="taal van de interface voor deze keer")
    parser.add_argument("--passphrase-file", metavar="BESTAND", help="wachtwoord van een versleutelde database "
                        "(eerste regel van het bestand; of $SCOPE_DESK_PASSPHRASE); een nieuwe database wordt "
                        "dan versleuteld aangemaakt")
    subparsers = parser.add_subparsers(dest="command", metavar="OPDRACHT")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if getattr(args, "passphrase_file", None):
            from scope_desk import db_crypto

            db_crypto.use_passphrase(db_crypto.read_passphrase_file(args.passphrase_file))
        if args.command is None:
            from scope_desk.app import run_gui

            return run_gui(args)
        return int(args.func(args) or 0)
    except DomainError as exc:
        print(f"scope-desk: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("scope-desk: afgebroken; er is niets half weggeschreven.", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
