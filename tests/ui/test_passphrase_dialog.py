"""The window's start on an encrypted database: the passphrase dialog, a wrong passphrase, cancel."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from scope_desk import app as app_module
from scope_desk import db_crypto
from scope_desk.db import open_store
from scope_desk.ui.dialogs.passphrase import PassphraseDialog

PASSPHRASE = "correct paard batterij nietje"


def _encrypted(tmp_path):
    db = tmp_path / "versleuteld.sqlite3"
    open_store(db, passphrase=PASSPHRASE).dispose()
    return db


def test_wrong_passphrase_keeps_the_dialog_open_with_one_sentence(qtbot, tmp_path):
    db = _encrypted(tmp_path)
    before = db.read_bytes()
    dialog = PassphraseDialog(str(db), lambda p: app_module.open_services(str(db), passphrase=p))
    qtbot.addWidget(dialog)
    dialog.show()
    assert str(db) in dialog.intro_label.text()
    dialog.accept()
    assert dialog.isVisible() and dialog.error_label.text() == "Vul het wachtwoord van de database in."
    qtbot.keyClicks(dialog.passphrase_edit, "verkeerd")
    dialog.accept()
    assert dialog.isVisible() and dialog.opened is None
    assert "gaat met dit wachtwoord niet open" in dialog.error_label.text()
    assert db.read_bytes() == before
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.accept()
    assert not dialog.isVisible() and dialog.result() == PassphraseDialog.DialogCode.Accepted
    try:
        assert dialog.opened.store.encrypted
    finally:
        dialog.opened.store.dispose()


def _answer_dialog(text: str | None) -> None:
    """Fill in (or cancel) the passphrase dialog once it is shown by the start-up code."""
    def act():
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, PassphraseDialog) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, act)
            return
        if text is None:
            dialog.reject()
        else:
            dialog.passphrase_edit.setText(text)
            dialog.accept()
    QTimer.singleShot(0, act)


def test_start_up_asks_for_the_passphrase_of_an_encrypted_file(qtbot, tmp_path, monkeypatch):
    db = _encrypted(tmp_path)
    monkeypatch.setattr(db_crypto, "_chosen", None)
    _answer_dialog(PASSPHRASE)
    services = app_module.open_services_asking(str(db))
    try:
        assert services is not None and services.store.encrypted
        assert db_crypto.current_passphrase() == PASSPHRASE
    finally:
        services.store.dispose()
    monkeypatch.setattr(db_crypto, "_chosen", None)
    _answer_dialog(None)
    assert app_module.open_services_asking(str(db)) is None  # cancelled: no window, nothing opened


def test_a_plain_store_opens_without_a_dialog(qtbot, tmp_path):
    services = app_module.open_services_asking(str(tmp_path / "gewoon.sqlite3"))
    try:
        assert not services.store.encrypted
    finally:
        services.store.dispose()
