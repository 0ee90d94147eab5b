"""Switching the interface language while the program runs.

The whole window is rebuilt after the new translator is installed: every page builds its texts in
its constructor, so a fresh window is the one way that is sure to leave no old text behind (pages
are built lazily, so this costs one page). The signed-in account, the services, the window's place
and size and the current page are kept; the idle lock moves to the new window.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English"}


def switch_language(window, lang: str):
    """Install ``lang`` and replace ``window`` (a MainWindow) by a new one; returns the new window."""
    from scope_desk.app import install_language, build_main_window
    from scope_desk.ui.idle_lock import install_idle_lock

    app = QApplication.instance()
    install_language(app, lang)
    page = window.current_page_name()
    new = build_main_window(window.services, window.actor)
    new.restoreGeometry(window.saveGeometry())
    if page:
        new.show_page(page)
    if getattr(window, "idle_lock", None) is not None:
        install_idle_lock(new, window.services, window.actor)
    was_visible = window.isVisible()
    window.close()
    window.deleteLater()
    if was_visible:
        new.show()
    app._scope_main_window = new  # keeps the new top-level window alive
    return new
