"""Evidence files kept under the application's control, with a SHA-256 re-verified on every opening.

A file is copied into the evidence folder as ``<sha256>.<ext>`` (temp file + fsync + os.replace).
On every opening the file is hashed again and compared with the hash in the store, with the hash in
its stored name and with the hash written to the audit trail when it was added: if any of them
disagree the evidence is reported as ALTERED, never as valid.
"""

from __future__ import annotations

import hashlib
import json
import mimetypes
import os
import tempfile
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from scope_desk import paths
from scope_desk.db import Store
from scope_desk.errors import InvalidInput
from scope_desk.models.audit import AuditEvent
from scope_desk.models.incident import EvidenceFile
from scope_desk.services.incident_types import EvidenceState, EvidenceView

MAX_EVIDENCE_BYTES = 200 * 1024 * 1024
_CHUNK = 1024 * 1024


def evidence_dir_for(store: Store) -> Path:
    """A folder beside a SQLite store (so a copy of the folder keeps both together), else the user data folder."""
    if store.path is not None:
        return store.path.parent / f"{store.path.stem}-bewijs"
    return paths.default_evidence_dir()


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def store_file(source: Path, folder: Path) -> tuple[str, str, int, str]:
    """Copy ``source`` into ``folder``; return (sha256, stored_name, size, media_type). Atomic."""
    source = Path(source)
    if not source.is_file():
        raise InvalidInput(f"Het bestand {source.name} bestaat niet of is geen gewoon bestand.")
    size = source.stat().st_size
    if size > MAX_EVIDENCE_BYTES:
        raise InvalidInput(f"Het bestand {source.name} is groter dan 200 MB; bewaar het op een andere plek.")
    folder.mkdir(parents=True, exist_ok=True)
    suffix = "".join(c for c in source.suffix.lower() if c.isalnum() or c == ".")[:10]
    digest = hashlib.sha256()
    fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=".incoming-")
    try:
        with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
            while chunk := src.read(_CHUNK):
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        sha = digest.hexdigest()
        stored_name = f"{sha}{suffix}"
        os.replace(tmp_name, folder / stored_name)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    media_type = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
    return sha, stored_name, size, media_type


def _audited_hash(session: Session, evidence_id: int) -> str | None:
    detail = session.execute(
        select(AuditEvent.detail).where(AuditEvent.action == "evidence.add", AuditEvent.entity_type == "evidence",
                                        AuditEvent.entity_id == evidence_id).order_by(AuditEvent.id).limit(1)
    ).scalar_one_or_none()
    if not detail:
        return None
    try:
        return str(json.loads(detail).get("sha256", "")) or None
    except ValueError:
        return ""


def stored_path(row: EvidenceFile, folder: Path) -> Path | None:
    name = row.stored_name
    if not name or "/" in name or "\\" in name or name.startswith("."):
        return None
    return folder / name


def verify_row(session: Session, row: EvidenceFile, folder: Path) -> EvidenceView:
    path = stored_path(row, folder)
    actual = ""
    if path is None:
        state = EvidenceState.ALTERED
    elif not path.is_file():
        state = EvidenceState.MISSING
    else:
        actual = sha256_of(path)
        audited = _audited_hash(session, row.id)
        agree = (
            actual == row.sha256
            and row.stored_name.split(".", 1)[0] == row.sha256
            and path.stat().st_size == row.size_bytes
            and (audited is None or audited == row.sha256)
        )
        state = EvidenceState.VERIFIED if agree else EvidenceState.ALTERED
    return EvidenceView(
        id=row.id, original_name=row.original_name, media_type=row.media_type, size_bytes=row.size_bytes,
        sha256=row.sha256, actual_sha256=actual, state=state, added_at=row.added_at, added_by=row.added_by_name,
        description=row.description,
    )
