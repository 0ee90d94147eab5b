"""Login dialogs and the idle lock (driven by a fake clock, no waiting)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow

from scope_desk.services.accounts import AccountService
from scope_desk.services.events import Changes
from scope_desk.services.passwords import HashParameters, Passwords
from scope_desk.ui.dialogs.login import ChangePasswordDialog, FirstAdministratorDialog, LoginDialog
from scope_desk.ui.idle_lock import IdleLock

FAST = Passwords(HashParameters(time_cost=1, memory_cost_kib=8, parallelism=1))
PASSWORD = "correct paard batterij"


class Seconds:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def accounts(store) -> AccountService:
    return AccountService(store, Changes(), passwords=FAST)


def test_first_administrator_dialog_validates_in_accept(qtbot, accounts):
    dialog = FirstAdministratorDialog(accounts)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username_edit, "beheerder")
    dialog.display_name_edit.setText("Anna Beheer")
    qtbot.keyClicks(dialog.password_edit, "kort")
    qtbot.keyClicks(dialog.repeat_edit, "kort")
    dialog.accept()
    assert "minstens 12 tekens" in dialog.error_label.text() and dialog.actor is None
    dialog.password_edit.setText(PASSWORD)
    dialog.repeat_edit.setText(PASSWORD)
    dialog.accept()
    assert dialog.result() == FirstAdministratorDialog.DialogCode.Accepted
    assert dialog.actor.name == "Anna Beheer"
    assert not accounts.needs_first_administrator()


def test_login_dialog_shows_the_reason_and_signs_in(qtbot, accounts):
    accounts.create_first_administrator("beheerder", "Anna Beheer", PASSWORD)
    dialog = LoginDialog(accounts)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username_edit, "beheerder")
    qtbot.keyClicks(dialog.password_edit, "verkeerd")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.error_label.text().startswith("Gebruikersnaam of wachtwoord is onjuist.")
    assert dialog.password_edit.text() == ""
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.actor.name == "Anna Beheer"


def test_change_password_dialog_requires_matching_new_passwords(qtbot, accounts):
    admin = accounts.create_first_administrator("beheerder", "Anna Beheer", PASSWORD)
    dialog = ChangePasswordDialog(accounts, admin, forced=True)
    qtbot.addWidget(dialog)
    dialog.old_edit.setText(PASSWORD)
    dialog.new_edit.setText("een nieuw wachtwoord")
    dialog.repeat_edit.setText("een ander wachtwoord")
    dialog.accept()
    assert dialog.error_label.text() == "De twee nieuwe wachtwoorden zijn niet gelijk."
    dialog.repeat_edit.setText("een nieuw wachtwoord")
    dialog.accept()
    assert dialog.result() == ChangePasswordDialog.DialogCode.Accepted
    assert accounts.sign_in("beheerder", "een nieuw wachtwoord")


def test_idle_lock_hides_pages_until_the_same_user_signs_in_again(qtbot, accounts):
    admin = accounts.create_first_administrator("beheerder", "Anna Beheer", PASSWORD)
    window = QMainWindow()
    window.setCentralWidget(QLabel("Vertrouwelijke gespreksnotities"))
    window.menuBar().addMenu("Bestand")
    qtbot.addWidget(window)
    window.resize(800, 500)
    window.show()
    clock = Seconds()
    lock = IdleLock(window, admin, accounts.unlock, minutes=10, clock=clock)

    clock.now += 9 * 60
    lock.watcher.check()
    assert not lock.locked
    qtbot.keyClick(window.centralWidget(), Qt.Key.Key_A)  # input restarts the count
    clock.now += 9 * 60
    lock.watcher.check()
    assert not lock.locked
    clock.now += 60
    lock.watcher.check()
    assert lock.locked
    assert not window.centralWidget().isVisible()
    assert lock.screen.isVisible() and not window.menuBar().isEnabled()
    assert "Anna Beheer" in lock.screen.info_label.text()

    # typing on the lock screen does not count as being back
    qtbot.keyClicks(lock.screen.password_edit, "fout wachtwoord")
    qtbot.keyClick(lock.screen.password_edit, Qt.Key.Key_Return)
    assert lock.locked and "onjuist" in lock.screen.error_label.text()
    qtbot.keyClicks(lock.screen.password_edit, PASSWORD)
    qtbot.mouseClick(lock.screen.unlock_button, Qt.MouseButton.LeftButton)
    assert not lock.locked
    assert window.centralWidget().isVisible() and window.menuBar().isEnabled()
    clock.now += 5 * 60
    lock.watcher.check()
    assert not lock.locked


def test_demo_start_signs_in_as_the_demo_directeur_without_typing(store):
    from scope_desk.app import sign_in
    from scope_desk.services.container import Services

    actor = sign_in(Services.over(store), demo=True)
    assert actor.name == "Dirk Directeur (demo)" and actor.user_id is not None
