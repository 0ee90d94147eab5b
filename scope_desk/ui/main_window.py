"""The main window: navigation on the left, the pages in a stack, menus and a status bar.

Wiring only. Pages come from ``scope_desk.ui.pages.PAGES`` and are imported and built the first
time they are shown; a page that has a ``refresh()`` method is refreshed when the services report
a change (at once when visible, otherwise the next time it is shown).
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QStackedWidget, QWidget,
)

from scope_desk.services.access import Actor, Permission
from scope_desk.services.container import Services
from scope_desk.ui.change_signals import ChangeSignals
from scope_desk.ui.icons import app_icon, page_icon
from scope_desk.ui.pages import PAGES, PageSpec

PAGE_NAME_ROLE = Qt.ItemDataRole.UserRole


def page_title(spec: PageSpec) -> str:
    return QCoreApplication.translate("pages", spec.title)


class MainWindow(QMainWindow):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.specs = {spec.name: spec for spec in PAGES}
        self._pages: dict[str, QWidget] = {}
        self._stale: set[str] = set()
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("scope-desk — Protocol Sociale Media"))
        self.setWindowIcon(app_icon())

        self.navigation = QListWidget(objectName="navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFixedWidth(210)
        self.navigation.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.stack = QStackedWidget(objectName="pages")
        for spec in PAGES:
            item = QListWidgetItem(page_icon(spec.name), page_title(spec))
            item.setData(PAGE_NAME_ROLE, spec.name)
            item.setSizeHint(QSize(0, 38))
            if spec.shortcut:
                item.setToolTip(QKeySequence(spec.shortcut).toString(QKeySequence.SequenceFormat.NativeText))
            self.navigation.addItem(item)
            placeholder = QWidget(objectName=f"placeholder_{spec.name}")
            self.stack.addWidget(placeholder)
        host = QWidget(objectName="pageHost")
        layout = QHBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(host)

        self._build_menus()
        self._build_status_bar()
        self.change_signals = ChangeSignals(services.changes, self)
        self.change_signals.changed.connect(self._on_change)
        self.navigation.currentRowChanged.connect(self._on_row_changed)
        self._restore_geometry()
        if PAGES:
            self.navigation.setCurrentRow(0)

    # --- pages -----------------------------------------------------------------------------

    def page_names(self) -> list[str]:
        return [spec.name for spec in PAGES]

    def current_page_name(self) -> str:
        item = self.navigation.currentItem()
        return item.data(PAGE_NAME_ROLE) if item is not None else ""

    def show_page(self, name: str) -> QWidget:
        """Select page ``name`` (building it if needed) and return its widget."""
        if name not in self.specs:
            raise KeyError(name)
        self.navigation.setCurrentRow(self.page_names().index(name))
        return self.page(name)

    def page(self, name: str) -> QWidget:
        """The page widget, built on first use (its module is imported only then)."""
        if name not in self._pages:
            index = self.page_names().index(name)
            widget = self._build_page(self.specs[name])
            old = self.stack.widget(index)
            self.stack.insertWidget(index, widget)
            self.stack.removeWidget(old)
            old.deleteLater()
            self._pages[name] = widget
            self._connect_page(widget)
        return self._pages[name]

    def _connect_page(self, widget: QWidget) -> None:
        """Pages do not reach into each other; a page asking for another one is wired here."""
        incidents_requested = getattr(widget, "incidents_requested", None)
        if incidents_requested is not None:
            incidents_requested.connect(self.show_incidents_for_article)

    def show_incidents_for_article(self, code: str, version_id: int) -> None:
        """The Incidenten page, filtered on the incidents citing article ``code`` of that protocol version."""
        page = self.show_page("incidents")
        show_article = getattr(page, "show_article", None)
        if show_article is not None:
            show_article(code, version_id)

    def _build_page(self, spec: PageSpec) -> QWidget:
        module_name, _, class_name = spec.target.partition(":")
        try:
            page_class = getattr(importlib.import_module(module_name), class_name)
            widget = page_class(self.services, self.actor, self)
        except Exception as exc:  # a broken page must not take the whole window down
            widget = QLabel(self.tr("Deze pagina kan niet worden geopend: %1").replace("%1", str(exc)))
            widget.setProperty("role", "emptyState")
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            widget.setWordWrap(True)
        widget.setObjectName(f"page_{spec.name}")
        return widget

    def _on_row_changed(self, row: int) -> None:
        if row < 0:
            return
        name = self.page_names()[row]
        widget = self.page(name)
        self.stack.setCurrentWidget(widget)
        if name in self._stale:
            self._stale.discard(name)
            self._refresh(widget)

    def _on_change(self, change) -> None:
        current = self.current_page_name()
        for name, widget in self._pages.items():
            relevant = getattr(widget, "is_relevant", None)
            if relevant is not None and not relevant(change):
                continue
            if name == current:
                self._refresh(widget)
            else:
                self._stale.add(name)

    @staticmethod
    def _refresh(widget: QWidget) -> None:
        refresh = getattr(widget, "refresh", None)
        if refresh is not None:
            refresh()

    def refresh_current(self) -> None:
        if self.current_page_name():
            self._refresh(self.page(self.current_page_name()))

    # --- menus and status bar ---------------------------------------------------------------

    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None, name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        from scope_desk.ui.backup_action import make_backup

        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Bestand"))
        self.backup_action = self._action(self.tr("&Reservekopie maken…"), lambda: make_backup(self),
                                          name="backup_action")
        self.backup_action.setEnabled(self.actor.can(Permission.MANAGE_STORE))
        file_menu.addAction(self.backup_action)
        file_menu.addSeparator()
        self.quit_action = self._action(self.tr("&Afsluiten"), self.close, "Ctrl+Q", "quit_action")
        file_menu.addAction(self.quit_action)

        view_menu = bar.addMenu(self.tr("Bee&ld"))
        self.refresh_action = self._action(self.tr("&Vernieuwen"), self.refresh_current,
                                           QKeySequence(QKeySequence.StandardKey.Refresh), "refresh_action")
        view_menu.addAction(self.refresh_action)
        self.toggle_navigation_action = self._action(self.tr("&Navigatie tonen"), self.navigation.setVisible,
                                                     "Ctrl+\\", "toggle_navigation_action")
        self.toggle_navigation_action.setCheckable(True)
        self.toggle_navigation_action.setChecked(True)
        view_menu.addAction(self.toggle_navigation_action)

        tools_menu = bar.addMenu(self.tr("E&xtra"))
        self.settings_action = self._action(self.tr("&Instellingen…"), self.open_settings, "Ctrl+,", "settings_action")
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        tools_menu.addAction(self.settings_action)

        go_menu = bar.addMenu(self.tr("&Ga naar"))
        self.page_actions: dict[str, QAction] = {}
        for spec in PAGES:
            action = self._action(page_title(spec), lambda _=False, n=spec.name: self.show_page(n),
                                  spec.shortcut or None, f"go_{spec.name}_action")
            action.setIcon(page_icon(spec.name))
            go_menu.addAction(action)
            self.page_actions[spec.name] = action

        help_menu = bar.addMenu(self.tr("&Help"))
        self.help_action = self._action(self.tr("&Gebruikershandleiding"), self.show_help,
                                        QKeySequence(QKeySequence.StandardKey.HelpContents), "help_action")
        help_menu.addAction(self.help_action)
        self.about_action = self._action(self.tr("&Over scope-desk"), self.show_about, name="about_action")
        help_menu.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        self.data_location_label = QLabel(self.tr("Gegevens: %1").replace("%1", self.services.store.describe()))
        self.data_location_label.setObjectName("data_location_label")
        self.signed_in_label = QLabel(self.tr("Aangemeld als %1").replace("%1", self.actor.name))
        self.signed_in_label.setObjectName("signed_in_label")
        self.statusBar().addWidget(self.data_location_label, 1)
        self.statusBar().addPermanentWidget(self.signed_in_label)

    def show_about(self) -> None:
        from scope_desk.ui.help_window import AboutDialog

        AboutDialog(self.services.store.describe(), self).exec()

    def show_help(self) -> None:
        from scope_desk.ui.help_window import HelpWindow

        self.help_window = HelpWindow(self)
        self.help_window.show()

    def open_settings(self) -> None:
        from scope_desk.ui.dialogs.settings_dialog import open_settings

        open_settings(self)

    # --- window geometry --------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        saved = QSettings().value("main_window/geometry")
        if isinstance(saved, QByteArray) and not saved.isEmpty() and self.restoreGeometry(saved):
            return
        self.resize(1200, 780)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)
