"""The Jaaroverzicht as the board (bestuur) sees it on a 1366x768 laptop: every category, measure and
platform name stands in full beside its bar (QtCharts used to shorten them all to "…")."""

from __future__ import annotations

from datetime import date

import pytest
from fixtures.incident_samples import fill_incident_samples
from fixtures.incident_world import fill_incident_world
from PySide6.QtGui import QFontMetrics

from scope_desk.app import build_main_window, create_application
from scope_desk.models.user import Role
from scope_desk.services.container import Services
from scope_desk.services.incident_lists import CATEGORIES
from scope_desk.services.incident_types import IncidentInput
from scope_desk.ui.incidents.horizontal_bars import HorizontalBars, nice_ticks

PLATFORMS = ("WhatsApp", "Instagram", "Snapchat", "TikTok", "YouTube", "Facebook", "LinkedIn", "X", "anders")


@pytest.fixture
def board_window(qtbot, store, make_actor, tmp_path):
    create_application()
    world = fill_incident_world(store)
    services = Services.over(store)
    services.incidents.evidence_dir = tmp_path / "bewijs"
    director = make_actor(Role.DIRECTEUR, world["school"], name="Directeur Wilgenhoek")
    fill_incident_samples(services.incidents, director, world)
    for n, key in enumerate(CATEGORIES):  # every category and platform once: as many bars as in a real year
        services.incidents.create_incident(director, IncidentInput(
            school_id=world["school"], title=f"Melding {n}", reported_on=date(2025, 10, 1 + n),
            happened_on=date(2025, 10, 1 + n), platform=PLATFORMS[n % len(PLATFORMS)], category=key))
    window = build_main_window(services, make_actor(Role.BESTUUR, None, name="Bestuurder"))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("incidents")
    page.tabs.setCurrentWidget(page.overview)
    combo = page.overview.period_combo
    combo.setCurrentIndex(combo.findData("2025-2026"))
    return page.overview


def test_every_name_stands_in_full_beside_its_bar_at_1366x768(qtbot, board_window):
    overview = board_window
    charts = {overview.category_chart: overview.overview.by_category,
              overview.measure_chart: overview.overview.by_measure,
              overview.platform_chart: overview.overview.by_platform}
    qtbot.waitUntil(lambda: all(chart.isVisible() and chart.width() > 200 for chart in charts))
    assert [chart.shown_labels() for chart in charts] == [[n for n, c in counts.items() if c] for counts in charts.values()]
    assert "Schade aan de goede naam van de school" in overview.category_chart.shown_labels()
    assert len(overview.category_chart.shown_labels()) == len(CATEGORIES)
    for chart in charts:  # the bars start right of the widest name, and each row is at least a line high
        metrics = QFontMetrics(chart.label_font)
        widest = max(metrics.horizontalAdvance(name) for name in chart.shown_labels())
        assert chart.plot_rect().left() - chart.rect().left() > widest
        assert chart.plot_rect().height() / len(chart.shown_labels()) >= metrics.height()


def test_a_name_too_long_for_a_narrow_chart_is_shortened_with_the_full_name_kept(qtbot):
    chart = HorizontalBars("Per categorie", {"Schade aan de goede naam van de school": 3, "Pesten": 0, "X": 1})
    qtbot.addWidget(chart)
    chart.resize(240, 200)
    assert chart.shown_labels()[0].endswith("…") and chart.shown_labels()[1] == "X"  # rows without incidents left out
    chart.resize(700, 200)
    assert chart.shown_labels() == ["Schade aan de goede naam van de school", "X"]


def test_value_axis_steps_are_round():
    assert nice_ticks(18) == [0, 5, 10, 15, 20]
    assert nice_ticks(0) == [0, 1]
    assert nice_ticks(3) == [0, 1, 2, 3]
