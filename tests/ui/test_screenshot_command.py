"""``scope-desk screenshot`` in a fresh process, as documentation and CI use it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from fixtures.dashboard_data import fill_dashboard_store
from scope_desk.db import open_store

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str, tmp_path: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("QT_QPA_PLATFORM", None)  # the command must choose offscreen by itself
    return subprocess.run([sys.executable, "-m", "scope_desk", *args], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)


def test_screenshot_writes_a_png_of_the_asked_size(tmp_path):
    db = tmp_path / "store.sqlite3"
    store = open_store(db, backup_dir=tmp_path / "backups")
    fill_dashboard_store(store)
    store.dispose()
    out = tmp_path / "dashboard.png"
    result = run_cli("--db", str(db), "screenshot", "--page", "dashboard", "--out", str(out), "--size", "1024x700",
                     tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 700)
    assert result.stdout.strip().endswith("(1024x700)")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_unknown_page_gives_one_line_with_the_valid_names_and_writes_nothing(tmp_path):
    db = tmp_path / "store.sqlite3"
    out = tmp_path / "x.png"
    result = run_cli("--db", str(db), "screenshot", "--page", "nergens", "--out", str(out), tmp_path=tmp_path)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "nergens" in lines[0] and "dashboard" in lines[0]
    assert not out.exists() and not db.exists()


def test_bad_size_gives_one_line(tmp_path):
    result = run_cli("--db", str(tmp_path / "s.sqlite3"), "screenshot", "--page", "dashboard",
                     "--out", str(tmp_path / "x.png"), "--size", "groot", tmp_path=tmp_path)
    assert result.returncode != 0
    assert result.stderr.strip().splitlines() == ["scope-desk: Ongeldige grootte 'groot'; schrijf breedte x hoogte, "
                                                  "bijvoorbeeld 1280x800."]
