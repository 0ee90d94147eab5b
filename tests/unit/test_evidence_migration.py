"""Migration 0005 on a store that already has evidence in the old folder: nothing attached is lost.

The store is made with the migrations up to 0004, evidence is attached the way the previous version
did (a file ``<sha256>.<ext>`` in the folder beside the store, the row, the audit event), then the
store is opened as usual (migrated to head): the old evidence still verifies, tampering with the
old file is still reported, and new evidence goes into the store."""

from __future__ import annotations

import hashlib
import shutil
from datetime import date

from fixtures.incident_world import fill_incident_world
from sqlalchemy import select, text

from scope_desk import db_migrate
from scope_desk.db import make_store, open_store, resolve_url
from scope_desk.models.incident import EvidenceContent, EvidenceFile
from scope_desk.services import audit
from scope_desk.services.access import SYSTEM_ACTOR
from scope_desk.services.events import Changes
from scope_desk.services.incident_evidence import evidence_dir_for
from scope_desk.services.incident_types import EvidenceState, IncidentInput
from scope_desk.services.incidents import IncidentService

OLD = b"schermafdruk van voor 0005"


def _store_at_0004(tmp_path):
    scripts = tmp_path / "migrations-0004"
    shutil.copytree(db_migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    for later in sorted((scripts / "versions").glob("0*.py")):
        if later.name >= "0005":
            later.unlink()
    store = make_store(resolve_url(str(tmp_path / "kantoor.sqlite3")))
    db_migrate.upgrade_to_head(store, script_location=scripts, backup_dir=tmp_path / "backups")
    assert db_migrate.current_and_head(store, scripts)[0] == "0004"
    return store


def test_old_folder_evidence_survives_the_migration(tmp_path):
    old = _store_at_0004(tmp_path)
    world = fill_incident_world(old)
    incident_id = IncidentService(old, Changes()).create_incident(SYSTEM_ACTOR, IncidentInput(
        school_id=world["school"], title="Oud", reported_on=date(2026, 2, 10), happened_on=date(2026, 2, 9),
        platform="Instagram", category="kwetsen"))
    sha = hashlib.sha256(OLD).hexdigest()
    folder = evidence_dir_for(old)
    folder.mkdir()
    (folder / f"{sha}.png").write_bytes(OLD)
    with old.transaction(write=True) as s:  # the 0004 schema: no content_id, stored_name required
        s.execute(text("INSERT INTO evidence_files (id, incident_id, original_name, stored_name, media_type,"
                       " size_bytes, sha256, added_at, added_by_name, description) VALUES (7, :i, 'oud.png',"
                       " :name, 'image/png', :n, :sha, '2026-02-10 09:00:00.000000', 'Systeem', '')"),
                  {"i": incident_id, "name": f"{sha}.png", "n": len(OLD), "sha": sha})
        audit.record(s, SYSTEM_ACTOR, "evidence.add", "evidence", 7, school_id=world["school"],
                     incident_id=incident_id, sha256=sha, size=len(OLD))
    old.dispose()

    store = open_store(tmp_path / "kantoor.sqlite3", backup_dir=tmp_path / "backups")
    try:
        assert db_migrate.current_and_head(store)[0] == db_migrate.current_and_head(store)[1] != "0004"
        service = IncidentService(store, Changes())
        view, data = service.evidence_file(SYSTEM_ACTOR, 7)
        assert view.state is EvidenceState.VERIFIED and data == OLD
        new = tmp_path / "nieuw.png"
        new.write_bytes(b"na 0005")
        service.add_evidence(SYSTEM_ACTOR, incident_id, new)
        with store.transaction() as s:
            rows = s.execute(select(EvidenceFile.id, EvidenceFile.stored_name, EvidenceFile.content_id)
                             .order_by(EvidenceFile.id)).all()
            assert list(s.scalars(select(EvidenceContent.content))) == [b"na 0005"]
        assert rows[0] == (7, f"{sha}.png", None) and rows[1][1] is None and rows[1][2] is not None
        assert [e.state for e in service.open_incident(SYSTEM_ACTOR, incident_id).evidence] == [
            EvidenceState.VERIFIED, EvidenceState.VERIFIED]
        (folder / f"{sha}.png").write_bytes(OLD + b"!")
        assert [e.state_label for e in service.open_incident(SYSTEM_ACTOR, incident_id).evidence] == [
            "GEWIJZIGD", "gecontroleerd"]
    finally:
        store.dispose()
