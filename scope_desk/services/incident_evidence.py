"""Evidence kept under the application's control, with a SHA-256 re-verified on every opening.

The bytes live in the store (``evidence_contents``): shared by every office PC of a PostgreSQL
store, inside the verified backups and encrypted with the store. Attaching reads the file once and
writes its bytes, the ``EvidenceFile`` row and the audit event in one transaction. Evidence attached
before that kept a copy ``<sha256>.<ext>`` in a folder next to the store; such a row (no content in
the store) is still read from that folder.

On every opening the bytes are hashed again and compared with the hash and size in the store (the
row's and the content's, or the stored name's for a file in the folder) and with the hash written
to the audit trail when it was added: if any of them disagree, or the audit record is gone, the
evidence is reported as ALTERED, never as valid.
"""

from __future__ import annotations

import hashlib
import json
import mimetypes
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from scope_desk import paths
from scope_desk.db import Store
from scope_desk.errors import InvalidInput
from scope_desk.models.audit import AuditEvent
from scope_desk.models.incident import EvidenceContent, EvidenceFile
from scope_desk.services.incident_types import EvidenceState, EvidenceView

MAX_EVIDENCE_MB = 25
MAX_EVIDENCE_BYTES = MAX_EVIDENCE_MB * 1024 * 1024
_CHUNK = 1024 * 1024


def evidence_dir_for(store: Store) -> Path:
    """The folder of evidence attached before it was kept in the store: beside a SQLite store, else
    the user data folder."""
    if store.path is not None:
        return store.path.parent / f"{store.path.stem}-bewijs"
    return paths.default_evidence_dir()


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _too_big(name: str) -> InvalidInput:
    return InvalidInput(f"Het bestand {name} is groter dan {MAX_EVIDENCE_MB} MB; bewaar het op een andere plek.")


def read_source(source: Path) -> tuple[bytes, str, str]:
    """Read ``source`` once: (bytes, sha256 of exactly those bytes, media type)."""
    source = Path(source)
    if not source.is_file():
        raise InvalidInput(f"Het bestand {source.name} bestaat niet of is geen gewoon bestand.")
    if source.stat().st_size > MAX_EVIDENCE_BYTES:
        raise _too_big(source.name)
    with open(source, "rb") as handle:
        data = handle.read(MAX_EVIDENCE_BYTES + 1)  # the file may have grown since stat()
    if len(data) > MAX_EVIDENCE_BYTES:
        raise _too_big(source.name)
    media_type = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
    return data, hashlib.sha256(data).hexdigest(), media_type


def add_to_session(session: Session, source: Path, **row_values) -> EvidenceFile:
    """Read ``source`` once and add its content and its EvidenceFile row to the session (flushed, so
    the row has its id for the audit event of the same transaction)."""
    data, sha, media_type = read_source(source)
    content = EvidenceContent(sha256=sha, size_bytes=len(data), content=data)
    session.add(content)
    session.flush()
    row = EvidenceFile(original_name=Path(source).name[:260], content_id=content.id, stored_name=None,
                       media_type=media_type, size_bytes=len(data), sha256=sha, **row_values)
    session.add(row)
    session.flush()
    return row


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
        return None


def stored_path(row: EvidenceFile, folder: Path) -> Path | None:
    """The file of a row attached before evidence was kept in the store (None: no safe name)."""
    name = row.stored_name
    if not name or "/" in name or "\\" in name or name.startswith("."):
        return None
    return folder / name


def _read_legacy(row: EvidenceFile, folder: Path) -> tuple[bytes | None, bool]:
    """(bytes or None when missing, whether the stored name itself is consistent)."""
    path = stored_path(row, folder)
    if path is None:
        return None, False
    if not path.is_file():
        return None, True
    return path.read_bytes(), row.stored_name.split(".", 1)[0] == row.sha256


def check_row(session: Session, row: EvidenceFile, folder: Path) -> tuple[EvidenceView, bytes | None]:
    """The evidence re-verified, and its bytes when (and only when) it is VERIFIED."""
    data: bytes | None = None
    consistent = True
    if row.content_id is not None:
        content = session.get(EvidenceContent, row.content_id)
        if content is not None:
            data = content.content
            consistent = content.sha256 == row.sha256 and content.size_bytes == row.size_bytes
    else:
        data, consistent = _read_legacy(row, folder)
    actual = hashlib.sha256(data).hexdigest() if data is not None else ""
    if data is None:
        state = EvidenceState.MISSING if consistent else EvidenceState.ALTERED
    else:
        agree = (consistent and actual == row.sha256 and len(data) == row.size_bytes
                 and _audited_hash(session, row.id) == row.sha256)
        state = EvidenceState.VERIFIED if agree else EvidenceState.ALTERED
    view = EvidenceView(
        id=row.id, original_name=row.original_name, media_type=row.media_type, size_bytes=row.size_bytes,
        sha256=row.sha256, actual_sha256=actual, state=state, added_at=row.added_at, added_by=row.added_by_name,
        description=row.description,
    )
    return view, (data if state is EvidenceState.VERIFIED else None)


def verify_row(session: Session, row: EvidenceFile, folder: Path) -> EvidenceView:
    return check_row(session, row, folder)[0]
