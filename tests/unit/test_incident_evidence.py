"""Evidence: copied under the application's control, SHA-256 re-verified on every opening; a file
altered on disk or a hash altered in the store is reported as altered, never as valid."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest
from fixtures.incident_world import fill_incident_world
from sqlalchemy import update

from scope_desk.models.incident import EvidenceFile
from scope_desk.models.user import Role
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


def test_evidence_is_copied_and_verified(setup):
    service, director, incident_id, view, tmp_path = setup
    assert view.sha256 == hashlib.sha256(PNG).hexdigest()
    assert view.state is EvidenceState.VERIFIED and view.state_label == "gecontroleerd"
    assert view.is_image and view.media_type == "image/png"
    (tmp_path / "schermafdruk.png").unlink()  # the original may go; the kept copy stays valid
    shown = _state(service, director, incident_id)
    assert shown.state is EvidenceState.VERIFIED and shown.actual_sha256 == view.sha256
    checked, path = service.evidence_file(director, view.id)
    assert path.read_bytes() == PNG and checked.state is EvidenceState.VERIFIED


def test_file_altered_on_disk_is_reported(setup):
    service, director, incident_id, view, tmp_path = setup
    stored = tmp_path / "bewijs" / f"{view.sha256}.png"
    stored.write_bytes(PNG + b"\x00")
    shown = _state(service, director, incident_id)
    assert shown.state is EvidenceState.ALTERED and shown.state_label == "GEWIJZIGD"
    assert shown.actual_sha256 != shown.sha256


def test_hash_altered_in_store_is_reported(setup, store):
    service, director, incident_id, view, tmp_path = setup
    with store.transaction(write=True) as s:
        s.execute(update(EvidenceFile).values(sha256="0" * 64))
    assert _state(service, director, incident_id).state is EvidenceState.ALTERED


def test_file_and_hash_both_replaced_is_still_reported(setup, store):
    """Someone swaps the file and writes its hash and name into the store: the audit trail disagrees."""
    service, director, incident_id, view, tmp_path = setup
    forged = b"not the original"
    forged_sha = hashlib.sha256(forged).hexdigest()
    (tmp_path / "bewijs" / f"{forged_sha}.png").write_bytes(forged)
    with store.transaction(write=True) as s:
        s.execute(update(EvidenceFile).values(sha256=forged_sha, stored_name=f"{forged_sha}.png", size_bytes=len(forged)))
    assert _state(service, director, incident_id).state is EvidenceState.ALTERED


def test_missing_file_is_reported(setup):
    service, director, incident_id, view, tmp_path = setup
    (tmp_path / "bewijs" / f"{view.sha256}.png").unlink()
    shown = _state(service, director, incident_id)
    assert shown.state is EvidenceState.MISSING and shown.state_label == "ONTBREEKT"
