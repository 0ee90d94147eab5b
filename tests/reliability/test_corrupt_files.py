"""A file that is not a healthy scope_desk database: one clear line, non-zero exit, not a byte changed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from scope_desk.db import open_store
from scope_desk.errors import StoreError
from scope_desk.models import Pupil, School

from .cli_helpers import run_cli, sha256

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000") + bytes(64)


def _real_store(path: Path) -> Path:
    store = open_store(path, backup_dir=path.parent / "backups")
    with store.transaction(write=True) as s:
        school = School(brin="12AB", name="De Regenboog")
        s.add(school)
        s.flush()
        s.add_all(
            Pupil(school_id=school.id, leerlingnummer=f"{n:05}", first_name="Zoë", surname=f"Achternaam {n}" * 3)
            for n in range(400)
        )
    store.dispose()
    assert not path.with_name(path.name + "-wal").exists()
    return path


def _page_size_and_root(path: Path, table: str) -> tuple[int, int]:
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    finally:
        conn.close()
    return page_size, root


def make_text(folder: Path) -> Path:
    path = folder / "notities.sqlite3"
    path.write_text("Dit is geen database maar een boodschappenlijst.\nmelk\nbrood\n", encoding="utf-8")
    return path


def make_png(folder: Path) -> Path:
    path = folder / "foto.png"
    path.write_bytes(PNG)
    return path


def make_truncated_mid_page(folder: Path) -> Path:
    path = _real_store(folder / "afgekapt.sqlite3")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 100])
    return path


def make_truncated_on_page_boundary(folder: Path) -> Path:
    path = _real_store(folder / "half.sqlite3")
    page_size, _ = _page_size_and_root(path, "pupils")
    data = path.read_bytes()
    path.write_bytes(data[: (len(data) // page_size // 2) * page_size])
    return path


def make_garbage_page(folder: Path) -> Path:
    path = _real_store(folder / "beschadigd.sqlite3")
    page_size, root = _page_size_and_root(path, "pupils")
    data = bytearray(path.read_bytes())
    offset = (root - 1) * page_size
    data[offset : offset + page_size] = bytes((n * 73 + 11) % 256 for n in range(page_size))
    path.write_bytes(bytes(data))
    return path


def make_foreign_sqlite(folder: Path) -> Path:
    path = folder / "ander_programma.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recepten (naam TEXT)")
    conn.execute("INSERT INTO recepten VALUES ('appeltaart')")
    conn.commit()
    conn.close()
    return path


def make_directory(folder: Path) -> Path:
    path = folder / "map.sqlite3"
    path.mkdir()
    (path / "iets.txt").write_text("x")
    return path


MAKERS = [make_text, make_png, make_truncated_mid_page, make_truncated_on_page_boundary, make_garbage_page,
          make_foreign_sqlite, make_directory]


def _fingerprint(path: Path) -> str:
    return "dir:" + ",".join(sorted(p.name for p in path.iterdir())) if path.is_dir() else sha256(path)


@pytest.mark.slow
@pytest.mark.parametrize("make", MAKERS, ids=[m.__name__.removeprefix("make_") for m in MAKERS])
def test_check_refuses_the_file_with_one_line_and_leaves_it_untouched(make, tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    path = make(folder)
    before = _fingerprint(path)
    neighbours = sorted(p.name for p in folder.iterdir())

    result = run_cli("--db", str(path), "check")

    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(path) in lines[0] and "Traceback" not in result.stderr
    assert _fingerprint(path) == before
    assert sorted(p.name for p in folder.iterdir()) == neighbours  # no -wal, -shm or journal beside it


@pytest.mark.parametrize("make", MAKERS, ids=[m.__name__.removeprefix("make_") for m in MAKERS])
def test_opening_the_app_store_on_the_file_is_refused_the_same_way(make, tmp_path):
    path = make(tmp_path)
    before = _fingerprint(path)
    with pytest.raises(StoreError) as refused:
        open_store(path, backup_dir=tmp_path / "backups")
    assert "\n" not in str(refused.value)
    assert _fingerprint(path) == before
    assert not (tmp_path / "backups").exists()


def test_a_file_that_cannot_be_read_gets_one_clear_sentence(tmp_path, monkeypatch):
    path = make_text(tmp_path)
    real_open = Path.open

    def refuse(self, *args, **kwargs):
        if self == path:
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(StoreError, match="kan niet worden gelezen"):
        open_store(path)
