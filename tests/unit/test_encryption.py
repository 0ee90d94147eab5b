"""Encryption at rest: with a passphrase, no readable trace of a pupil in any file of the data
folder (main file, -wal, -shm, backups); a wrong or missing passphrase changes nothing."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from scope_desk import db_crypto
from scope_desk.db import open_store
from scope_desk.db_backup import backup_sqlite
from scope_desk.errors import StoreError
from scope_desk.models import Pupil
from scope_desk.services.access import SYSTEM_ACTOR
from scope_desk.services.container import Services

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "import" / "parnassys_semicolon_bom.csv"
PASSPHRASE = "paard batterij 'nietje' ✓"  # a quote and a non-ASCII character on purpose
CANARY_FIRST, CANARY_LAST = "Kanarie", "Zwaluwstaartjes"


def canary_csv(folder: Path) -> Path:
    """The import fixture with one more pupil: the canary, in a name nobody else has."""
    lines = FIXTURE.read_text(encoding="utf-8-sig").splitlines()
    lines.append(f"00099;{CANARY_FIRST};;{CANARY_LAST};02-02-2017;Groep 3;P.;;{CANARY_LAST};Kade 9;1234 AE;"
                 f"Utrecht;{CANARY_LAST.lower()}@example.nl;;;;;")
    path = folder / "import.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_canary(store, folder: Path) -> None:
    services = Services.over(store)
    table = services.pupil_import.read(canary_csv(folder))
    services.pupil_import.apply(SYSTEM_ACTOR, table, "12AB", "2026-2027", full_export=False, today=date(2026, 9, 2))


def files_holding_the_canary(folder: Path) -> list[str]:
    needles = [w.encode(enc) for w in (CANARY_LAST, CANARY_FIRST) for enc in ("utf-8", "utf-16-le", "utf-16-be")]
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")
                  if p.is_file() and p.suffix != ".csv" and any(n in p.read_bytes() for n in needles))


def data_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.is_file() and p.suffix != ".csv")


@pytest.mark.parametrize("encrypted", [True, False], ids=["encrypted", "plain-control"])
def test_canary_is_in_no_file_when_encrypted(tmp_path, encrypted):
    data = tmp_path / "data"
    db = data / "scope-desk.sqlite3"
    store = open_store(db, passphrase=PASSPHRASE if encrypted else None, backup_dir=data / "backups")
    try:
        write_canary(store, tmp_path)
        with store.engine.connect() as conn:  # the canary really is in the database, and the WAL holds it
            assert conn.execute(select(Pupil.first_name).where(Pupil.surname == CANARY_LAST)).scalar_one() == CANARY_FIRST
        assert (data / "scope-desk.sqlite3-wal").stat().st_size > 0
        found_before_checkpoint = files_holding_the_canary(data)
        with store.engine.connect() as conn:  # outside a transaction: a checkpoint into the main file
            assert conn.connection.dbapi_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0
        backup = backup_sqlite(store, data / "backups", reason="test")
        found = files_holding_the_canary(data)
        assert {"scope-desk.sqlite3", "scope-desk.sqlite3-wal", "scope-desk.sqlite3-shm", backup.name} <= set(data_files(data))
    finally:
        store.dispose()
    if not encrypted:  # the control: the same search finds the plain text, so the check can fail
        assert "scope-desk.sqlite3" in found and f"backups/{backup.name}" in found
        return
    assert found_before_checkpoint == [] and found == [] and files_holding_the_canary(data) == []
    assert not db.read_bytes().startswith(b"SQLite format 3")
    copy = open_store(backup, passphrase=PASSPHRASE, migrate=False)  # the backup opens with the same key
    try:
        with copy.engine.connect() as conn:
            assert conn.execute(select(Pupil.id).where(Pupil.surname == CANARY_LAST)).scalar_one()
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA cipher_version").scalar()  # really SQLCipher
    finally:
        copy.dispose()


@pytest.fixture
def encrypted_store_file(tmp_path) -> Path:
    db = tmp_path / "data" / "store.sqlite3"
    store = open_store(db, passphrase=PASSPHRASE)
    write_canary(store, tmp_path)
    store.dispose()
    return db


def fingerprint(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def test_wrong_passphrase_one_sentence_and_nothing_changes(encrypted_store_file):
    before = fingerprint(encrypted_store_file.parent)
    with pytest.raises(db_crypto.WrongPassphrase) as refused:
        open_store(encrypted_store_file, passphrase="fout wachtwoord")
    message = str(refused.value)
    assert "\n" not in message and message.replace(str(encrypted_store_file), "").count(".") == 1
    assert "wachtwoord" in message and message.endswith("er is niets veranderd.")
    assert fingerprint(encrypted_store_file.parent) == before


def test_no_passphrase_asks_for_one_and_nothing_changes(encrypted_store_file):
    before = fingerprint(encrypted_store_file.parent)
    with pytest.raises(db_crypto.PassphraseNeeded) as refused:
        open_store(encrypted_store_file)
    assert "--passphrase-file" in str(refused.value) and "SCOPE_DESK_PASSPHRASE" in str(refused.value)
    assert fingerprint(encrypted_store_file.parent) == before


def test_passphrase_on_a_plain_store_is_refused(tmp_path):
    db = tmp_path / "plain.sqlite3"
    open_store(db).dispose()
    before = fingerprint(tmp_path)
    with pytest.raises(StoreError, match="niet versleuteld"):
        open_store(db, passphrase=PASSPHRASE)
    assert fingerprint(tmp_path) == before


def test_passphrase_from_the_environment(encrypted_store_file, monkeypatch):
    monkeypatch.setenv(db_crypto.PASSPHRASE_ENV, PASSPHRASE)
    store = open_store(encrypted_store_file, migrate=False)
    try:
        assert store.encrypted
    finally:
        store.dispose()


def run_cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    full_env.pop(db_crypto.PASSPHRASE_ENV, None) if not env else None
    return subprocess.run([sys.executable, "-m", "scope_desk", *args], env=full_env, capture_output=True,
                          text=True, timeout=300)


def test_cli_passphrase_file_and_environment(tmp_path):
    db = tmp_path / "cli.sqlite3"
    secret = tmp_path / "wachtwoord.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    made = run_cli("--db", str(db), "--passphrase-file", str(secret), "demo", "--students", "20")
    assert made.returncode == 0, made.stderr
    assert not db.read_bytes().startswith(b"SQLite format 3")
    checked = run_cli("--db", str(db), "check", env={db_crypto.PASSPHRASE_ENV: PASSPHRASE})
    assert checked.returncode == 0 and "OK   integriteit: ok" in checked.stdout, checked.stderr
    for args, env in ((("--db", str(db), "check"), None),
                      (("--db", str(db), "check"), {db_crypto.PASSPHRASE_ENV: "fout"})):
        refused = run_cli(*args, env=env)
        assert refused.returncode == 1
        assert len(refused.stderr.strip().splitlines()) == 1, refused.stderr  # no SQLCipher log lines


EVIDENCE_CANARY = b"Bewijskanarie-Zwaluwstaartjes-4711"


@pytest.mark.parametrize("encrypted", [True, False], ids=["encrypted", "plain-control"])
def test_evidence_bytes_are_in_no_file_when_encrypted(tmp_path, encrypted):
    """Evidence lives in the store: with a passphrase its bytes are in no file of the data folder
    (no evidence folder beside the store, main file, WAL or backup)."""
    from scope_desk.models import School
    from scope_desk.services.incident_types import EvidenceState, IncidentInput

    data = tmp_path / "data"
    store = open_store(data / "scope-desk.sqlite3", passphrase=PASSPHRASE if encrypted else None,
                       backup_dir=data / "backups")
    try:
        write_canary(store, tmp_path)
        with store.transaction() as s:
            school_id = s.scalars(select(School.id)).first()
        incidents = Services.over(store).incidents
        incident_id = incidents.create_incident(SYSTEM_ACTOR, IncidentInput(
            school_id=school_id, title="Schermafdruk", reported_on=date(2026, 9, 3), happened_on=date(2026, 9, 2),
            platform="Instagram", category="kwetsen"))
        shot = tmp_path / "schermafdruk.txt"  # outside the data folder
        shot.write_bytes(EVIDENCE_CANARY)
        assert incidents.add_evidence(SYSTEM_ACTOR, incident_id, shot).state is EvidenceState.VERIFIED
        holding = lambda: sorted(str(p.relative_to(data)) for p in data.rglob("*")  # noqa: E731
                                 if p.is_file() and EVIDENCE_CANARY in p.read_bytes())
        found_in_wal = holding()
        with store.engine.connect() as conn:
            conn.connection.dbapi_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        backup = backup_sqlite(store, data / "backups", reason="test")
        found = holding()
        assert incidents.evidence_file(SYSTEM_ACTOR, incidents.open_incident(
            SYSTEM_ACTOR, incident_id).evidence[0].id)[1] == EVIDENCE_CANARY
    finally:
        store.dispose()
    assert not any(p.is_dir() and p.name.endswith("-bewijs") for p in data.rglob("*"))
    if not encrypted:  # the control: the same search finds the plain bytes, so the check can fail
        assert "scope-desk.sqlite3" in found and f"backups/{backup.name}" in found
        return
    assert found_in_wal == [] and found == [] and holding() == []
