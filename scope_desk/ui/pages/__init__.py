"""The pages of the main window, in navigation order.

Each page class lives in its own module and is imported only when first shown (start-up stays
fast). A page class takes ``(services: Services, actor: Actor, parent: QWidget | None = None)``.
``name`` is the English name used by ``scope-desk screenshot --page NAME``; ``title`` is the Dutch
navigation label, translated in the "pages" context.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageSpec:
    name: str
    title: str  # source text for QCoreApplication.translate("pages", title)
    target: str  # "module:ClassName"
    shortcut: str = ""  # e.g. "Ctrl+1"


PAGES: tuple[PageSpec, ...] = (
    PageSpec("dashboard", "Overzicht", "scope_desk.ui.pages.dashboard:DashboardPage", "Ctrl+1"),
    PageSpec("protocol", "Protocol", "scope_desk.ui.pages.protocol:ProtocolPage", "Ctrl+2"),
    PageSpec("consent", "Toestemmingen", "scope_desk.ui.pages.consent:ConsentPage", "Ctrl+3"),
    PageSpec("letters", "Brieven", "scope_desk.ui.pages.letters:LettersPage", "Ctrl+4"),
    PageSpec("incidents", "Incidenten", "scope_desk.ui.pages.incidents:IncidentsPage", "Ctrl+5"),
    PageSpec("admin", "Beheer", "scope_desk.ui.pages.admin:AdminPage", "Ctrl+6"),
    # Feature pages add one line each, in this order:
    # protocol (Ctrl+2), consent (Ctrl+3), letters (Ctrl+4), incidents (Ctrl+5), admin (Ctrl+6)
)


def page_names() -> list[str]:
    return [spec.name for spec in PAGES]
