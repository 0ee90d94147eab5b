"""The store a command works on, disposed when the command is done with it, however it ends.

    with opened_store(args, migrate=False, must_exist=True) as store: ...
    with opened_services(args) as services: ...

Keyword arguments go to ``db.open_store`` unchanged. Imports stay inside the functions: building
the argument parser must not load SQLAlchemy.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def opened_store(args: argparse.Namespace, **how) -> Iterator:
    from scope_desk.db import open_store

    store = open_store(args.db, **how)
    try:
        yield store
    finally:
        store.dispose()


@contextmanager
def opened_services(args: argparse.Namespace, **how) -> Iterator:
    from scope_desk.services.container import Services

    with opened_store(args, **how) as store:
        yield Services.over(store)
