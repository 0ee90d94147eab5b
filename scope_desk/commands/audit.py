"""``audit verify``: check the audit trail's hash chain (exit 0 when intact, 1 with the first broken row)."""

from __future__ import annotations

import argparse

from scope_desk.commands.opened import opened_store


def register(subparsers) -> None:
    audit = subparsers.add_parser("audit", help="het logboek (audit trail) controleren")
    actions = audit.add_subparsers(dest="audit_command", metavar="ACTIE", required=True)
    verify = actions.add_parser("verify", help="controleer de hashketen van het logboek; meldt de eerste gewijzigde regel")
    verify.set_defaults(func=run_verify)


def run_verify(args: argparse.Namespace) -> int:
    from scope_desk.services.audit_trail import verify_chain

    with opened_store(args, migrate=False, must_exist=True) as store:
        verdict = verify_chain(store)
    print(verdict.line())
    return 0 if verdict.ok else 1
