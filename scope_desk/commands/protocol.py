"""``protocol export|import|register``: the protocol as a PDF, a new version from a file, and the
read-confirmation list of a school as a PDF."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from scope_desk.commands.opened import opened_services
from scope_desk.errors import InvalidInput, NotFound


def register(subparsers) -> None:
    protocol = subparsers.add_parser("protocol", help="het protocol afdrukken (PDF), een nieuwe versie inlezen, leesbevestigingen")
    actions = protocol.add_subparsers(dest="protocol_command", metavar="ACTIE", required=True)
    export = actions.add_parser("export", help="het protocol als PDF (standaard de versie die vandaag geldt)")
    export.add_argument("--out", required=True, type=Path, metavar="BESTAND.pdf")
    export.add_argument("--version", dest="protocol_version", metavar="VERSIE", help="versielabel, bijvoorbeeld 2012")
    export.add_argument("--school", metavar="BRIN", help="naam van deze school in de voettekst (BRIN-code of volledige "
                                                         "naam); zonder: SCOPE")
    export.set_defaults(func=run_export)
    load = actions.add_parser("import", help="een nieuwe versie inlezen uit een Markdown- of tekstbestand")
    load.add_argument("file", type=Path, metavar="BESTAND")
    load.add_argument("--effective", required=True, metavar="JJJJ-MM-DD", help="datum waarop de versie ingaat")
    load.add_argument("--label", metavar="LABEL", help="versielabel (standaard uit het bestand of het jaar)")
    load.set_defaults(func=run_import)
    confirmations = actions.add_parser("register", help="de leesbevestigingen van een school als PDF")
    confirmations.add_argument("--school", required=True, metavar="BRIN", help="BRIN-code of naam van de school")
    confirmations.add_argument("--out", required=True, type=Path, metavar="BESTAND.pdf")
    confirmations.add_argument("--version", dest="protocol_version", metavar="VERSIE")
    confirmations.set_defaults(func=run_register)


def parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(f"'{text}' is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2027-08-01.") from None


def check_pdf_target(out: Path) -> Path:
    out = out.expanduser().resolve()
    if out.suffix.lower() != ".pdf":
        raise InvalidInput(f"{out.name}: de uitvoer wordt een PDF; laat de naam op .pdf eindigen.")
    if not out.parent.is_dir():
        raise InvalidInput(f"De map {out.parent} bestaat niet.")
    return out


def run_export(args: argparse.Namespace) -> int:
    from scope_desk.atomic_files import write_atomic
    from scope_desk.letters.protocol_pdf import protocol_pdf
    from scope_desk.services.access import SYSTEM_ACTOR
    from scope_desk.services.protocol_types import BOARD_NAME

    out = check_pdf_target(args.out)
    with opened_services(args) as services:
        protocol = services.protocol
        version_id = protocol.version_by_label(SYSTEM_ACTOR, args.protocol_version).id if args.protocol_version else None
        organisation = protocol.organisation(SYSTEM_ACTOR, args.school) if args.school else BOARD_NAME
        document = protocol.document(SYSTEM_ACTOR, version_id)
        write_atomic(out, protocol_pdf(document, organisation))
    print(f"Protocol {document.version.display} ({organisation}) opgeslagen: {out}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from scope_desk.services.access import SYSTEM_ACTOR

    effective = parse_day(args.effective)
    if not args.file.is_file():
        raise InvalidInput(f"{args.file} bestaat niet of is geen bestand.")
    with opened_services(args) as services:
        version = services.protocol.import_version(SYSTEM_ACTOR, args.file, effective, label=args.label)
    print(f"Protocol {version.display} ingelezen: {version.article_count} artikelen.")
    return 0


def run_register(args: argparse.Namespace) -> int:
    from scope_desk.services.access import SYSTEM_ACTOR

    out = check_pdf_target(args.out)
    with opened_services(args) as services:
        protocol = services.protocol
        wanted = args.school.strip().casefold()
        schools = protocol.register_schools(SYSTEM_ACTOR)
        school_id = next((sid for sid, name in schools if name.casefold() == wanted), None)
        if school_id is None:
            school_id = protocol.school_by_brin(SYSTEM_ACTOR, args.school)
        if school_id is None:
            raise NotFound(f"Geen school '{args.school}'; gebruik de BRIN-code of de volledige naam.")
        version = (protocol.version_by_label(SYSTEM_ACTOR, args.protocol_version) if args.protocol_version
                   else protocol.current_version(SYSTEM_ACTOR))
        register_ = protocol.write_confirmation_register(SYSTEM_ACTOR, version.id, school_id, out)
    print(f"Leesbevestigingen van {register_.school_name} ({len(register_.confirmed)} bevestigd, "
          f"{len(register_.pending)} nog niet) opgeslagen: {out}")
    return 0
