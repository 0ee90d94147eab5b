"""A store made by ``scope-desk demo`` has the demo accounts: the Beheer page lists them, and
``scope-desk screenshot --as`` shows the window as another role sees it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage
from sqlalchemy import select

from scope_desk.db import open_store
from scope_desk.models.audit import AuditEvent
from scope_desk.services.container import Services
from scope_desk.services.demo_accounts import DEMO_ACCOUNTS
from scope_desk.ui.pages.admin import AdminPage

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("QT_QPA_PLATFORM", None)
    return subprocess.run([sys.executable, "-m", "scope_desk", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


def test_demo_command_store_has_the_accounts_and_screenshots_sign_in_as_them(qtbot, tmp_path):
    db = tmp_path / "demo.sqlite3"
    made = run_cli("--db", str(db), "demo", "--students", "40", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert "Demo-accounts: beheerder, directeur, apc, leerkracht, bestuur (wachtwoord demo-wachtwoord)." in made.stdout

    shot = run_cli("--db", str(db), "screenshot", "--page", "dashboard", "--out", str(tmp_path / "bestuur.png"),
                   "--size", "800x600", "--as", "bestuur", cwd=tmp_path)
    assert shot.returncode == 0, shot.stderr
    assert QImage(str(tmp_path / "bestuur.png")).width() == 800
    default = run_cli("--db", str(db), "screenshot", "--page", "dashboard", "--out", str(tmp_path / "d.png"),
                      "--size", "800x600", cwd=tmp_path)
    assert default.returncode == 0, default.stderr
    refused = run_cli("--db", str(db), "screenshot", "--page", "dashboard", "--out", str(tmp_path / "x.png"),
                      "--as", "piet", cwd=tmp_path)
    assert refused.returncode == 1 and len(refused.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.png").exists()

    store = open_store(db, migrate=False)
    try:
        with store.transaction() as s:
            signed_in = list(s.scalars(select(AuditEvent.actor_name).where(AuditEvent.action == "auth.login")
                                       .order_by(AuditEvent.id)))
        assert signed_in == ["Bert Bestuur (demo)", "Dirk Directeur (demo)"]
        services = Services.over(store)
        listed = {}
        for who in ("beheerder", "directeur"):
            page = AdminPage(services, services.accounts.sign_in(who, "demo-wachtwoord"))
            qtbot.addWidget(page)
            model = page.accounts_tab.model
            listed[who] = sorted(model.index(r, 0).data() for r in range(model.rowCount()))
        assert listed["beheerder"] == sorted(a[0] for a in DEMO_ACCOUNTS)
        # a directeur of the schools manages their schools' accounts, not the board-wide ones
        assert listed["directeur"] == ["apc", "directeur", "leerkracht"]
    finally:
        store.dispose()
