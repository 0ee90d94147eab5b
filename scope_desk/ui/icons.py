"""Icons drawn for scope-desk (resources/icons/*.svg), found through paths.resource()."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QIcon

from scope_desk.paths import resource


@lru_cache(maxsize=None)
def icon(name: str) -> QIcon:
    """``icon("page-dashboard")``; an unknown name gives the generic page icon, never an empty one."""
    path = resource("icons", f"{name}.svg")
    if not path.exists():
        path = resource("icons", "page-generic.svg")
    return QIcon(str(path))


def page_icon(page_name: str) -> QIcon:
    return icon(f"page-{page_name}")


def app_icon() -> QIcon:
    return icon("app")
