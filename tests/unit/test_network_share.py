"""SQLite on a network share gets corrupted when two people work at once: refuse it before touching it."""

from __future__ import annotations

import pytest

from scope_desk import db_checks
from scope_desk.db import open_store
from scope_desk.errors import StoreError


def _mounts(tmp_path, fs_type: str) -> list[str]:
    share = str(tmp_path / "share").replace(" ", "\\040")
    return [
        "/dev/sda1 / ext4 rw,relatime 0 0",
        f"//fileserver/kantoor {share} {fs_type} rw,relatime 0 0",
        f"/dev/sdb1 {share}/lokaal ext4 rw,relatime 0 0",
    ]


@pytest.mark.parametrize("fs_type", ["cifs", "nfs4", "smb3", "fuse.sshfs"])
def test_a_store_on_a_network_share_is_refused_and_nothing_is_created(tmp_path, monkeypatch, fs_type):
    monkeypatch.setattr(db_checks, "mount_table", lambda: _mounts(tmp_path, fs_type))
    (tmp_path / "share").mkdir()
    path = tmp_path / "share" / "scope_desk.sqlite3"

    with pytest.raises(StoreError, match="netwerkschijf"):
        open_store(path)

    assert list((tmp_path / "share").iterdir()) == []


def test_an_existing_store_on_a_share_is_refused_too(tmp_path, monkeypatch):
    (tmp_path / "share").mkdir()
    path = tmp_path / "share" / "scope_desk.sqlite3"
    open_store(path).dispose()
    before = path.read_bytes()
    monkeypatch.setattr(db_checks, "mount_table", lambda: _mounts(tmp_path, "cifs"))
    with pytest.raises(StoreError, match="netwerkschijf"):
        open_store(path)
    assert path.read_bytes() == before


def test_a_local_disk_mounted_inside_a_share_is_fine(tmp_path, monkeypatch):
    monkeypatch.setattr(db_checks, "mount_table", lambda: _mounts(tmp_path, "cifs"))
    (tmp_path / "share" / "lokaal").mkdir(parents=True)
    open_store(tmp_path / "share" / "lokaal" / "scope_desk.sqlite3").dispose()


def test_mount_points_with_spaces_are_understood(tmp_path, monkeypatch):
    base = tmp_path / "met spatie"
    monkeypatch.setattr(db_checks, "mount_table", lambda: _mounts(base, "nfs"))
    assert db_checks.is_on_network_share(base / "share" / "x.sqlite3")
    assert not db_checks.is_on_network_share(base / "share" / "lokaal" / "x.sqlite3")
    assert not db_checks.is_on_network_share(tmp_path / "elders.sqlite3")


def test_postgresql_urls_are_not_looked_up_in_the_mount_table(monkeypatch):
    monkeypatch.setattr(db_checks, "mount_table", lambda: pytest.fail("mount table read for a server URL"))
    from scope_desk.db import resolve_url, sqlite_path

    assert sqlite_path(resolve_url("postgresql+psycopg://u@localhost/db")) is None
