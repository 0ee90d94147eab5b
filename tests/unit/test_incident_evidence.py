"""Evidence: its bytes kept in the store, SHA-256 re-verified on every opening; content or hash
altered in the store (or a legacy file altered in the old folder) is reported as altered, never as valid."""

from __future__ import annotations

import hashlib
import json
from datetime import date

import pytest
from fixtures.incident_world import fill_incident_world
from sqlalchemy import func, select, text, update

from scope_desk.errors import InvalidInput
from scope_desk.models.audit import AuditEvent
from scope_desk.models.incident import EvidenceContent, EvidenceFile
from scope_desk.models.user import Role
from scope_desk.services import incident_evidence
from scope_desk.services.events import Changes
from scope_desk.services.incident_types import EvidenceState, IncidentInput
from scope_desk.services.incidents import IncidentService

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360f8cf"
    "c0f01f0005000201a5f6a5d40000000049454e44ae426082"
)


@pytest.fixture
def setup(store, tmp_path, make_actor):
    world = fill_incident_world(store)
    service = IncidentService(store, Changes(), evidence_dir=tmp_path / "bewijs")
    director = make_actor(Role.DIRECTEUR, world["school"])
    incident_id = service.create_incident(director, IncidentInput(
        school_id=world["school"], title="Screenshot", reported_on=date(2026, 2, 10), happened_on=date(2026, 2, 9),
        platform="Instagram", category="kwetsen"))
    source = tmp_path / "schermafdruk.png"
    source.write_bytes(PNG)
    view = service.add_evidence(director, incident_id, source, "Bericht van 9 februari")
    return service, director, incident_id, view, tmp_path


def _state(service, director, incident_id):
    return service.open_incident(director, incident_id).evidence[0]


def _set_content(store, data: bytes) -> None:
    """Raw SQL, as someone with access to the database would do it."""
    with store.transaction(write=True) as s:
        s.execute(text("UPDATE evidence_contents SET content = :data"), {"data": data})


def test_evidence_is_kept_in_the_store_and_verified(setup, store):
    service, director, incident_id, view, tmp_path = setup
    assert view.sha256 == hashlib.sha256(PNG).hexdigest()
    assert view.state is EvidenceState.VERIFIED and view.state_label == "gecontroleerd"
    assert view.is_image and view.media_type == "image/png"
    (tmp_path / "schermafdruk.png").unlink()  # the original may go; the kept copy stays valid
    assert not (tmp_path / "bewijs").exists()  # nothing written beside the store
    with store.transaction() as s:
        row = s.scalars(select(EvidenceFile)).one()
        content = s.get(EvidenceContent, row.content_id)
        assert row.stored_name is None and bytes(content.content) == PNG
        assert content.sha256 == view.sha256 and content.size_bytes == len(PNG) == row.size_bytes
        added = s.scalars(select(AuditEvent.detail).where(AuditEvent.action == "evidence.add")).one()
        assert json.loads(added)["sha256"] == view.sha256
    shown = _state(service, director, incident_id)
    assert shown.state is EvidenceState.VERIFIED and shown.actual_sha256 == view.sha256
    checked, data = service.evidence_file(director, view.id)
    assert data == PNG and checked.state is EvidenceState.VERIFIED


def test_content_altered_in_the_store_is_reported(setup, store):
    service, director, incident_id, view, tmp_path = setup
    _set_content(store, PNG[:-1] + b"\x00")  # same size, one byte different
    shown = _state(service, director, incident_id)
    assert shown.state is EvidenceState.ALTERED and shown.state_label == "GEWIJZIGD"
    assert shown.actual_sha256 != shown.sha256
    checked, data = service.evidence_file(director, view.id)
    assert checked.state is EvidenceState.ALTERED and data is None  # altered bytes are never handed out


def test_hash_altered_in_store_is_reported(setup, store):
    service, director, incident_id, view, tmp_path = setup
    with store.transaction(write=True) as s:
        s.execute(update(EvidenceFile).values(sha256="0" * 64))
    assert _state(service, director, incident_id).state is EvidenceState.ALTERED


def test_content_and_every_hash_replaced_is_still_reported(setup, store):
    """Someone swaps the bytes and writes their hash and size everywhere in the store: the audit trail disagrees."""
    service, director, incident_id, view, tmp_path = setup
    forged = b"not the original"
    forged_sha = hashlib.sha256(forged).hexdigest()
    _set_content(store, forged)
    with store.transaction(write=True) as s:
        s.execute(text("UPDATE evidence_contents SET sha256 = :sha, size_bytes = :n"), {"sha": forged_sha, "n": len(forged)})
        s.execute(text("UPDATE evidence_files SET sha256 = :sha, size_bytes = :n"), {"sha": forged_sha, "n": len(forged)})
    shown = _state(service, director, incident_id)
    assert shown.state is EvidenceState.ALTERED and shown.actual_sha256 == forged_sha == shown.sha256


def test_content_hash_altered_alone_is_reported(setup, store):
    service, director, incident_id, view, tmp_path = setup
    with store.transaction(write=True) as s:
        s.execute(text("UPDATE evidence_contents SET sha256 = :sha"), {"sha": "f" * 64})
    assert _state(service, director, incident_id).state is EvidenceState.ALTERED


def test_evidence_without_its_audit_record_is_not_valid(setup, store):
    """A row slipped into the store without the service (so without an evidence.add event)."""
    service, director, incident_id, view, tmp_path = setup
    with store.transaction(write=True) as s:
        s.add(EvidenceContent(id=99, sha256=view.sha256, size_bytes=len(PNG), content=PNG))
        s.flush()
        s.add(EvidenceFile(incident_id=incident_id, original_name="nep.png", content_id=99, media_type="image/png",
                           size_bytes=len(PNG), sha256=view.sha256, added_by_name="iemand"))
    states = [e.state for e in service.open_incident(director, incident_id).evidence]
    assert states == [EvidenceState.VERIFIED, EvidenceState.ALTERED]


def test_too_big_a_file_is_refused_with_one_sentence_and_nothing_is_stored(setup, store, monkeypatch):
    service, director, incident_id, view, tmp_path = setup
    monkeypatch.setattr(incident_evidence, "MAX_EVIDENCE_BYTES", 10)
    big = tmp_path / "film.mp4"
    big.write_bytes(b"x" * 11)
    with pytest.raises(InvalidInput) as caught:
        service.add_evidence(director, incident_id, big)
    assert str(caught.value) == "Het bestand film.mp4 is groter dan 25 MB; bewaar het op een andere plek."
    with store.transaction() as s:
        assert s.scalar(select(func.count()).select_from(EvidenceFile)) == 1
        assert s.scalar(select(func.count()).select_from(EvidenceContent)) == 1


def test_the_limit_is_25_mb():
    assert incident_evidence.MAX_EVIDENCE_BYTES == 25 * 1024 * 1024


# ---- evidence attached before it was kept in the store: a file in the old folder ------------------

@pytest.fixture
def legacy(setup, store):
    """The row as the previous version wrote it: no content in the store, the file ``<sha>.png`` in the folder."""
    service, director, incident_id, view, tmp_path = setup
    folder = tmp_path / "bewijs"
    folder.mkdir()
    (folder / f"{view.sha256}.png").write_bytes(PNG)
    with store.transaction(write=True) as s:
        s.execute(update(EvidenceFile).values(content_id=None, stored_name=f"{view.sha256}.png"))
        s.execute(text("DELETE FROM evidence_contents"))
    return service, director, incident_id, view, folder


def test_legacy_file_in_the_folder_still_verifies(legacy):
    service, director, incident_id, view, folder = legacy
    assert _state(service, director, incident_id).state is EvidenceState.VERIFIED
    checked, data = service.evidence_file(director, view.id)
    assert checked.state is EvidenceState.VERIFIED and data == PNG


def test_legacy_file_altered_on_disk_is_reported(legacy):
    service, director, incident_id, view, folder = legacy
    (folder / f"{view.sha256}.png").write_bytes(PNG + b"\x00")
    shown = _state(service, director, incident_id)
    assert shown.state is EvidenceState.ALTERED and shown.state_label == "GEWIJZIGD"
    assert shown.actual_sha256 != shown.sha256


def test_legacy_file_and_hash_both_replaced_is_still_reported(legacy, store):
    service, director, incident_id, view, folder = legacy
    forged = b"not the original"
    forged_sha = hashlib.sha256(forged).hexdigest()
    (folder / f"{forged_sha}.png").write_bytes(forged)
    with store.transaction(write=True) as s:
        s.execute(update(EvidenceFile).values(sha256=forged_sha, stored_name=f"{forged_sha}.png", size_bytes=len(forged)))
    assert _state(service, director, incident_id).state is EvidenceState.ALTERED


def test_legacy_missing_file_is_reported(legacy):
    service, director, incident_id, view, folder = legacy
    (folder / f"{view.sha256}.png").unlink()
    shown = _state(service, director, incident_id)
    assert shown.state is EvidenceState.MISSING and shown.state_label == "ONTBREEKT"
