"""Idle lock: after N minutes without keyboard or mouse input the window hides its pages behind a
lock screen until the same user types their password again.

``IdleWatcher`` takes an injectable clock (seconds, monotonic) and is checked by a timer, so a
test can drive it without waiting.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication, QFrame, QHBoxLayout, QLabel, QLineEdit, QMainWindow, QPushButton, QVBoxLayout, QWidget,
)

from scope_desk.errors import DomainError
from scope_desk.services.access import Actor

_INPUT_EVENTS = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.ShortcutOverride,
}


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, minutes: int, clock: Callable[[], float] = time.monotonic, parent: QObject | None = None,
                 check_interval_ms: int = 15_000) -> None:
        super().__init__(parent)
        self.limit_seconds = minutes * 60
        self._clock = clock
        self._last_input = clock()
        self.paused = False
        self.timer = QTimer(self)
        self.timer.setInterval(check_interval_ms)
        self.timer.timeout.connect(self.check)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def start(self) -> None:
        self._last_input = self._clock()
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() in _INPUT_EVENTS and not self.paused:
            self._last_input = self._clock()
        return False

    def check(self) -> None:
        if not self.paused and self._clock() - self._last_input >= self.limit_seconds:
            self.paused = True
            self.idle.emit()

    def resume(self) -> None:
        self.paused = False
        self._last_input = self._clock()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class LockScreen(QFrame):
    """Covers the window; only the password field and 'Afsluiten' are reachable."""

    unlocked = Signal(object)  # the actor, signed in again

    def __init__(self, actor: Actor, unlock: Callable[[Actor, str], Actor], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lock_screen")
        self.setAutoFillBackground(True)
        self._actor = actor
        self._unlock = unlock
        self.title_label = QLabel(self.tr("Vergrendeld"), objectName="lock_title")
        self.title_label.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.info_label = QLabel(self.tr("Dit venster is vergrendeld omdat het een tijd niet is gebruikt. "
                                         "%1, typ uw wachtwoord om verder te gaan.").replace("%1", actor.name),
                                 objectName="lock_info")
        self.info_label.setWordWrap(True)
        self.password_edit = QLineEdit(objectName="lock_password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("Wachtwoord"))
        self.error_label = QLabel("", objectName="lock_error")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.unlock_button = QPushButton(self.tr("Ontgrendelen"), objectName="unlock_button")
        self.unlock_button.setDefault(True)
        self.quit_button = QPushButton(self.tr("Afsluiten"), objectName="lock_quit_button")
        self.unlock_button.clicked.connect(self.try_unlock)
        self.password_edit.returnPressed.connect(self.try_unlock)
        self.quit_button.clicked.connect(lambda: self.window().close())
        box = QVBoxLayout()
        for widget in (self.title_label, self.info_label, self.password_edit, self.error_label):
            box.addWidget(widget)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.unlock_button)
        box.addLayout(buttons)
        inner = QWidget()
        inner.setLayout(box)
        inner.setMaximumWidth(460)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(inner)
        outer.addStretch(1)

    def try_unlock(self) -> None:
        try:
            actor = self._unlock(self._actor, self.password_edit.text())
        except DomainError as exc:
            self.error_label.setText(str(exc))
            self.password_edit.clear()
            return
        self.password_edit.clear()
        self.error_label.clear()
        self.unlocked.emit(actor)


class IdleLock(QObject):
    """Wires an IdleWatcher to a window: hides the pages and menus behind a LockScreen when idle."""

    locked_changed = Signal(bool)

    def __init__(self, window: QMainWindow, actor: Actor, unlock: Callable[[Actor, str], Actor], minutes: int,
                 clock: Callable[[], float] = time.monotonic, on_lock: Callable[[], None] | None = None) -> None:
        super().__init__(window)
        self._window = window
        self.watcher = IdleWatcher(minutes, clock, self)
        self.screen = LockScreen(actor, unlock, window)
        self.screen.hide()
        self._on_lock = on_lock
        self.watcher.idle.connect(self.lock)
        self.screen.unlocked.connect(self._unlocked)
        window.installEventFilter(self)
        self.watcher.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        window = getattr(self, "_window", None)
        if window is not None and watched is window and event.type() == QEvent.Type.Resize and self.screen.isVisible():
            self.screen.setGeometry(self._window.rect())
        return False

    @property
    def locked(self) -> bool:
        return self.screen.isVisible() or self.watcher.paused

    def lock(self) -> None:
        self.watcher.paused = True
        central = self._window.centralWidget()
        if central is not None:
            central.hide()
        self._window.menuBar().setEnabled(False)
        self.screen.setGeometry(self._window.rect())
        self.screen.show()
        self.screen.raise_()
        self.screen.password_edit.setFocus()
        if self._on_lock:
            self._on_lock()
        self.locked_changed.emit(True)

    def _unlocked(self, _actor: Actor) -> None:
        self.screen.hide()
        central = self._window.centralWidget()
        if central is not None:
            central.show()
        self._window.menuBar().setEnabled(True)
        self.watcher.resume()
        self.locked_changed.emit(False)


def install_idle_lock(window: QMainWindow, services, actor: Actor, clock: Callable[[], float] = time.monotonic) -> IdleLock | None:
    """The lock for a signed-in account (windows without an account, like screenshots, get none)."""
    if actor.user_id is None:
        return None
    lock = IdleLock(window, actor, services.accounts.unlock, services.accounts.idle_lock_minutes(), clock,
                    on_lock=lambda: services.accounts.record_sign_out(actor, "idle"))
    window.idle_lock = lock
    return lock
