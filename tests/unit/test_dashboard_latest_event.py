"""The Overzicht counts the latest event per pupil and category: an answer after 'not returned'
counts, 'not returned' alone is nothing."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from fixtures.dashboard_data import TODAY, fill_dashboard_store
from scope_desk.models import ConsentCategory, ConsentDecision, ConsentRound, ConsentState, Pupil, ReceivedVia
from scope_desk.services.dashboard import DashboardService
from scope_desk.services.events import Changes


def test_only_the_latest_event_per_category_decides(store, system_actor):
    ids = fill_dashboard_store(store)
    with store.transaction(write=True) as s:
        round_id = s.scalar(select(ConsentRound.id).where(ConsentRound.school_id == ids["regenboog"],
                                                          ConsentRound.deadline.is_not(None)))
        cats = s.scalars(select(ConsentCategory).where(ConsentCategory.round_id == round_id)
                         .order_by(ConsentCategory.position)).all()
        late, only_not_returned = (Pupil(school_id=ids["regenboog"], leerlingnummer=n, first_name="Nieuw", surname="Kind")
                                   for n in ("R20", "R21"))
        s.add_all([late, only_not_returned])
        s.flush()
        events = [(late, cat, state) for cat in cats for state in (ConsentState.NOT_RETURNED, ConsentState.GRANTED)]
        events += [(only_not_returned, cat, ConsentState.NOT_RETURNED) for cat in cats]
        for pupil, cat, state in events:
            s.add(ConsentDecision(pupil_id=pupil.id, category_id=cat.id, state=state, received_via=ReceivedVia.PAPER,
                                  decided_on=date(2025, 9, 12), recorded_by_name="test"))
            s.flush()
    progress = DashboardService(store, Changes()).overview(system_actor, today=TODAY).schools[0].consent
    # the fixture's 2 complete, 1 partly, 1 nothing; now one more complete and one more nothing
    assert (progress.complete, progress.partial, progress.nothing, progress.pupils) == (3, 1, 2, 6)
