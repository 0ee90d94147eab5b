"""From an article on the Protocol page to the incidents that cite it: a click on "n incidenten" in
the text switches the main window to Incidenten, filtered on that article; the filter button clears it."""

from __future__ import annotations

from datetime import date

import pytest
from fixtures.incident_world import fill_incident_world
from PySide6.QtCore import Qt

from scope_desk.app import build_main_window, create_application
from scope_desk.models.user import Role
from scope_desk.services.container import Services
from scope_desk.services.incident_types import IncidentInput


@pytest.fixture
def world(store):
    return fill_incident_world(store)


@pytest.fixture
def services(store, tmp_path):
    services = Services.over(store)
    services.incidents.evidence_dir = tmp_path / "bewijs"
    return services


def _record(services, actor, world, title: str, codes: tuple[str, ...], **extra) -> int:
    return services.incidents.create_incident(actor, IncidentInput(
        school_id=world["school"], title=title, reported_on=date(2026, 2, 10), happened_on=date(2026, 2, 8),
        platform="WhatsApp", category="pesten", article_ids=tuple(world[f"article_{c}"] for c in codes), **extra))


def click_link(qtbot, reader, words: str) -> None:
    """Click on the link text ``words`` in a QTextBrowser, as the user does."""
    cursor = reader.document().find(words)
    assert not cursor.isNull(), words
    cursor.setPosition(cursor.selectionStart() + 1)
    reader.setTextCursor(cursor)
    reader.ensureCursorVisible()
    point = reader.cursorRect(cursor).center()
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_article_link_opens_the_incidents_citing_it(qtbot, services, world, make_actor):
    director = make_actor(Role.DIRECTEUR, world["school"], name="Directeur Wilgenhoek")
    _record(services, director, world, "Uitschelden in de groepsapp", ("A.7",))
    _record(services, director, world, "Foto zonder bezwaar gedeeld", ("A.5", "A.7"))
    _record(services, director, world, "Bezwaar niet verwerkt", ("A.5",))
    create_application()
    window = build_main_window(services, director)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)

    protocol = window.show_page("protocol")
    text = protocol.reader.toPlainText()
    assert "2 incidenten" in text  # A.5 and A.7 each cited twice
    click_link(qtbot, protocol.reader, "2 incidenten")  # the first: A.5 comes before A.7

    assert window.current_page_name() == "incidents"
    page = window.page("incidents")
    assert page.tabs.currentIndex() == 0
    shown = sorted(page.list_model.row_at(r).title for r in range(page.list_model.rowCount()))
    assert shown == ["Bezwaar niet verwerkt", "Foto zonder bezwaar gedeeld"]
    assert page.article_filter_button.isVisible() and "A.5" in page.article_filter_button.text()
    assert "bij artikel A.5" in page.count_label.text()
    assert page.detail.detail is not None and page.detail.detail.title in shown

    qtbot.mouseClick(page.article_filter_button, Qt.MouseButton.LeftButton)
    assert page.list_model.rowCount() == 3 and not page.article_filter_button.isVisible()

