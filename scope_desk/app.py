"""Composition root: the Qt application, the store, the services, who is signed in, the window.

``run_gui(args)`` is what ``scope-desk`` without a command runs. ``build_main_window`` makes the
window without showing it (the screenshot command, the start-up benchmark and the tests use it).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from scope_desk import APP_AUTHOR, APP_NAME, __version__
from scope_desk.errors import DomainError, StoreError
from scope_desk.services.access import SYSTEM_ACTOR, Actor

if TYPE_CHECKING:
    from scope_desk.services.container import Services
    from scope_desk.ui.main_window import MainWindow

DEMO_STUDENTS = 1200
DEMO_SEED = 2026
LANGUAGES = ("nl", "en")

# Until the login screen exists (accounts issue), the window opens as the office on this PC.
OFFICE_ACTOR = Actor(user_id=None, name="Kantoor (demo)", grants=SYSTEM_ACTOR.grants)


def create_application(argv: list[str] | None = None, lang: str | None = None) -> QApplication:
    """The one QApplication (reused when it exists), with names, language, font and palette set."""
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName(APP_AUTHOR)
    QCoreApplication.setOrganizationDomain("scope.nl")
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setApplicationDisplayName("scope-desk")
    install_language(app, lang or "nl")
    from scope_desk.ui.icons import app_icon
    from scope_desk.ui.theme import apply_theme

    apply_theme(app)
    app.setWindowIcon(app_icon())
    return app


def install_language(app: QApplication, lang: str) -> None:
    """Dutch by default; the app's own .qm (resources/i18n) and Qt's own strings when present."""
    from scope_desk.i18n import qm_file

    lang = lang if lang in LANGUAGES else "nl"
    locale = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands) if lang == "nl" else \
        QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    QLocale.setDefault(locale)
    for old in getattr(app, "_scope_translators", []):
        app.removeTranslator(old)
    translators = []
    qt_translator = QTranslator(app)
    if qt_translator.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt_translator)
    own = qm_file(lang)
    own_translator = QTranslator(app)
    if own is not None and own_translator.load(str(own)):
        translators.append(own_translator)
    for translator in translators:
        app.installTranslator(translator)
    app._scope_translators = translators


def open_services(db: str | None, demo: bool = False, passphrase: str | None = None) -> "Services":
    """Open (check, migrate) the store and build the services; ``demo`` fills an empty store.

    ``passphrase`` opens an encrypted SQLite file (default: --passphrase-file or SCOPE_DESK_PASSPHRASE)."""
    from scope_desk import db_crypto, db_early_check

    # SQLite checks the file on a thread while SQLAlchemy loads; open_store waits for the verdict.
    early = db_early_check.start(db, passphrase or db_crypto.current_passphrase())
    from scope_desk.db import open_store
    from scope_desk.schema_head import is_at_head
    from scope_desk.services.container import Services

    store = open_store(db, migrate=False, passphrase=passphrase, early_check=early)
    try:
        if not is_at_head(store):  # the usual case skips importing Alembic at every start
            from scope_desk.db_migrate import upgrade_to_head

            upgrade_to_head(store)
        if demo:
            try:
                from scope_desk.services.demo_data import ensure_demo_data
            except ImportError:
                raise StoreError("Demogegevens zijn in deze versie nog niet beschikbaar.") from None
            ensure_demo_data(store, students=DEMO_STUDENTS, seed=DEMO_SEED)
        return Services.over(store)
    except BaseException:
        store.dispose()
        raise


def open_services_asking(db: str | None, demo: bool = False) -> "Services | None":
    """``open_services``; for an encrypted file without a passphrase, first the passphrase dialog
    (None when the user cancels it)."""
    from scope_desk import db_crypto

    try:
        return open_services(db, demo)
    except db_crypto.PassphraseNeeded:
        pass
    from scope_desk.db import resolve_url, sqlite_path
    from scope_desk.ui.dialogs.passphrase import PassphraseDialog

    def try_open(passphrase: str) -> "Services":
        services = open_services(db, demo, passphrase=passphrase)
        db_crypto.use_passphrase(passphrase)  # for whatever else this process opens on the same file
        return services

    dialog = PassphraseDialog(str(sqlite_path(resolve_url(db))), try_open)
    return dialog.opened if dialog.exec() == PassphraseDialog.DialogCode.Accepted else None


def sign_in(services: "Services", demo: bool = False) -> Actor | None:
    """Who works in this window; None when nobody signed in (the window does not open).

    First start: create the administrator; then the login dialog (and a new password when the
    current one is temporary). ``--demo`` signs in as the demo directeur without typing.
    """
    if demo:
        from scope_desk.services.demo_accounts import demo_director

        return demo_director(services)
    from scope_desk.ui.dialogs.login import sign_in_interactively

    return sign_in_interactively(services)


def build_main_window(services: "Services", actor: Actor) -> "MainWindow":
    """The main window with its first page built, not shown. The first page's figures (Overzicht) are
    read on a thread meanwhile."""
    services.dashboard.read_ahead(actor)
    from scope_desk.ui.main_window import MainWindow

    return MainWindow(services, actor)


def show_error(message: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, "scope-desk", message)
    box.setObjectName("startup_error")
    box.exec()


def run_gui(args) -> int:
    import os

    from scope_desk import settings as user_settings

    chosen = user_settings.load()  # --lang, --db and SCOPE_DESK_DB win over the saved settings
    app = create_application(lang=getattr(args, "lang", None) or chosen.language)
    db = getattr(args, "db", None) or (None if os.environ.get("SCOPE_DESK_DB") else chosen.database or None)
    try:
        services = open_services_asking(db, demo=bool(getattr(args, "demo", False)))
    except DomainError as exc:
        print(f"scope-desk: {exc}", file=sys.stderr)
        show_error(str(exc))
        return 1
    if services is None:  # the passphrase dialog was cancelled
        return 0
    try:
        demo = bool(getattr(args, "demo", False))
        actor = sign_in(services, demo=demo)
        if actor is None:
            return 0
        window = build_main_window(services, actor)
        from scope_desk.ui.idle_lock import install_idle_lock

        install_idle_lock(window, services, actor)
        if demo:
            window.statusBar().showMessage(QCoreApplication.translate(
                "app", "Demo: automatisch aangemeld als %1 (wachtwoord van alle demo-accounts: demo-wachtwoord)"
            ).replace("%1", actor.name))
        window.show()
        _start_daily_backup(window, services, chosen)
        return app.exec()
    finally:
        services.store.dispose()


def _start_daily_backup(window, services, chosen) -> None:
    """The automatic daily backup, off the UI thread; its outcome goes to the status bar."""
    from PySide6.QtCore import QObject, Signal

    from scope_desk.backup_schedule import start_in_background

    class _Report(QObject):
        done = Signal(object, object)

    report = _Report(QApplication.instance())  # outlives a window rebuilt for another language

    def show(path, error) -> None:
        app = QApplication.instance()
        current = getattr(app, "_scope_main_window", window)  # the language may have been switched
        if error:
            current.statusBar().showMessage(QCoreApplication.translate(
                "app", "Automatische reservekopie mislukt: %1").replace("%1", error))
        elif path is not None:
            current.statusBar().showMessage(QCoreApplication.translate(
                "app", "Automatische reservekopie gemaakt: %1").replace("%1", str(path)), 10_000)

    report.done.connect(show, Qt.ConnectionType.QueuedConnection)
    start_in_background(services.store, chosen, report.done.emit)
