"""Two programs starting on the same empty store at once: one migrates, the other waits and finds it done."""

from __future__ import annotations

import threading

from scope_desk import db_migrate
from scope_desk.db import open_store


def test_two_simultaneous_starts_both_open_a_store_at_head(db_url, tmp_path):
    barrier = threading.Barrier(2)
    opened, errors = [], []

    def start(n: int) -> None:
        try:
            barrier.wait(10)
            opened.append(open_store(db_url, backup_dir=tmp_path / f"backups{n}"))
        except BaseException as exc:  # noqa: BLE001 - handed to the test thread
            errors.append(exc)

    threads = [threading.Thread(target=start, args=(n,)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    try:
        assert errors == []
        assert len(opened) == 2
        for store in opened:
            current, head = db_migrate.current_and_head(store)
            assert current == head
            with store.engine.connect() as conn:
                assert conn.exec_driver_sql("SELECT count(*) FROM alembic_version").scalar() == 1
    finally:
        for store in opened:
            store.dispose()
