from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from consent_helpers import build_world
from scope_desk.errors import InvalidInput, NotAllowed
from scope_desk.models import AuditEvent, ConsentDecision, Role
from scope_desk.services.access import Actor, Grant
from scope_desk.services.consent import ConsentService
from scope_desk.services.consent_types import ConsentState as S, DecisionEntry, ReceivedVia
from scope_desk.services.events import Changes

DAY = date(2026, 9, 10)


@pytest.fixture
def world(store):
    return build_world(store)


@pytest.fixture
def service(store):
    return ConsentService(store, Changes())


def entry(world, pupil, cat, state, guardian=None, **kw):
    return DecisionEntry(pupil_id=world.pupil_ids[pupil], category_id=world.category_ids[cat], state=state,
                         decided_on=kw.pop("on", DAY), given_by_guardian_id=guardian, **kw)


def cell(service, actor, world, pupil, cat):
    return service.current(actor, world.round_id, world.pupil_ids[pupil])[world.category_ids[cat]]


def test_without_any_event_every_cell_is_not_returned_never_consent(service, system_actor, world):
    reg = service.registry(system_actor, world.round_id)
    assert len(reg.rows) == 6
    assert all(c.state is S.NOT_RETURNED for row in reg.rows for c in row.cells)
    assert [c.not_returned for c in reg.counts] == [3, 3]


def test_the_last_event_counts_and_history_keeps_every_event(service, system_actor, world):
    service.record(system_actor, [entry(world, 0, 0, S.REFUSED)])
    service.record(system_actor, [entry(world, 0, 0, S.GRANTED, note="correctie")])
    assert cell(service, system_actor, world, 0, 0).state is S.GRANTED
    history = service.history(system_actor, world.pupil_ids[0])
    assert [h.state for h in history] == [S.GRANTED, S.REFUSED]
    assert history[0].note == "correctie" and history[0].recorded_by == system_actor.name


def test_guardians_who_disagree_give_the_most_restrictive_answer_and_a_flag(service, system_actor, world):
    pid = world.pupil_ids[1]
    g1, g2 = world.guardians[pid]
    service.record(system_actor, [entry(world, 1, 0, S.GRANTED, guardian=g1)])
    service.record(system_actor, [entry(world, 1, 0, S.REFUSED, guardian=g2)])
    c = cell(service, system_actor, world, 1, 0)
    assert (c.state, c.disputed) == (S.REFUSED, True)
    # the refusing guardian comes round: agreement, no flag
    service.record(system_actor, [entry(world, 1, 0, S.GRANTED, guardian=g2)])
    c = cell(service, system_actor, world, 1, 0)
    assert (c.state, c.disputed) == (S.GRANTED, False)
    # a granting guardian withdraws later: withdrawn counts over the other's grant
    service.withdraw(system_actor, pid, world.category_ids[0], DAY, "verhuisd", given_by_guardian_id=g1)
    c = cell(service, system_actor, world, 1, 0)
    assert (c.state, c.disputed) == (S.WITHDRAWN, True)
    row = next(r for r in service.registry(system_actor, world.round_id).rows if r.pupil_id == pid)
    assert row.disputed and row.any_refusal
    assert service.class_counts(system_actor, world.round_id)[0].disputed == 1


def test_a_household_answer_replaces_the_separate_answers_before_it(service, system_actor, world):
    pid = world.pupil_ids[1]
    g1, g2 = world.guardians[pid]
    service.record(system_actor, [entry(world, 1, 0, S.GRANTED, guardian=g1), entry(world, 1, 0, S.REFUSED, guardian=g2)])
    service.record(system_actor, [entry(world, 1, 0, S.GRANTED)])
    c = cell(service, system_actor, world, 1, 0)
    assert (c.state, c.disputed) == (S.GRANTED, False)


def test_withdraw_needs_a_reason_and_keeps_it(service, system_actor, world):
    with pytest.raises(InvalidInput):
        service.withdraw(system_actor, world.pupil_ids[0], world.category_ids[0], DAY, "  ")
    service.withdraw(system_actor, world.pupil_ids[0], world.category_ids[0], DAY, "wil het niet meer")
    assert service.history(system_actor, world.pupil_ids[0])[0].note == "wil het niet meer"
    assert cell(service, system_actor, world, 0, 0).state is S.WITHDRAWN


def test_a_slip_is_all_or_nothing_with_one_audit_event_per_pupil(service, system_actor, world, store):
    slip = [entry(world, 0, i, S.GRANTED) for i in range(3)]
    bad = slip + [entry(world, 2, 0, S.GRANTED, on=date.today() + timedelta(days=3))]
    with pytest.raises(InvalidInput):
        service.record(system_actor, bad)
    with store.transaction() as s:
        assert s.scalar(select(func.count()).select_from(ConsentDecision)) == 0
    service.record(system_actor, slip + [entry(world, 2, 1, S.REFUSED)])
    with store.transaction() as s:
        assert s.scalar(select(func.count()).select_from(ConsentDecision)) == 4
        actions = s.execute(select(AuditEvent.action, AuditEvent.pupil_id).where(AuditEvent.action == "consent.record")).all()
    assert sorted(p for _, p in actions) == sorted([world.pupil_ids[0], world.pupil_ids[2]])


def test_a_guardian_of_another_child_is_refused(service, system_actor, world):
    other = world.guardians[world.pupil_ids[3]][0]
    with pytest.raises(InvalidInput):
        service.record(system_actor, [entry(world, 0, 0, S.GRANTED, guardian=other)])


def test_a_pupil_under_16_cannot_decide_alone(service, system_actor, world):
    with pytest.raises(InvalidInput):
        service.record(system_actor, [entry(world, 0, 0, S.GRANTED, given_by_pupil=True)])


def test_counts_per_class(service, system_actor, world):
    service.record(system_actor, [entry(world, 0, 0, S.GRANTED), entry(world, 0, 1, S.REFUSED),
                                  entry(world, 1, 0, S.GRANTED), entry(world, 4, 2, S.REFUSED)])
    counts = {c.class_name: c for c in service.class_counts(system_actor, world.round_id)}
    a, b = counts["Groep 5a"], counts["Groep 6"]
    assert (a.pupils, a.returned, a.not_returned, a.any_refusal, a.refused_per_category) == (3, 2, 1, 1, (0, 1, 0))
    assert (b.pupils, b.returned, b.not_returned, b.any_refusal, b.refused_per_category) == (3, 1, 2, 1, (0, 0, 1))


def test_a_teacher_sees_only_their_own_class_and_cannot_record(service, world):
    teacher = Actor(user_id=None, name="Juf", grants=(Grant(Role.LEERKRACHT, world.school_id, world.class_ids[0]),))
    reg = service.registry(teacher, world.round_id)
    assert {r.class_id for r in reg.rows} == {world.class_ids[0]}
    with pytest.raises(NotAllowed):
        service.registry(teacher, world.round_id, class_id=world.class_ids[1])
    with pytest.raises(NotAllowed):
        service.record(teacher, [entry(world, 0, 0, S.GRANTED)])


def test_another_schools_beheerder_may_not_record(service, world, make_actor):
    stranger = make_actor(Role.BEHEERDER, school_id=world.school_id + 99)
    with pytest.raises(NotAllowed):
        service.record(stranger, [entry(world, 0, 0, S.GRANTED)])
    with pytest.raises(NotAllowed):
        service.registry(stranger, world.round_id)


def test_carry_over_is_explicit_and_marks_the_copies(service, system_actor, world, store):
    service.record(system_actor, [entry(world, 0, 0, S.GRANTED), entry(world, 1, 1, S.REFUSED)])
    nxt = build_world(store, classes=("Groep 6a", "Groep 7"), year_label="2027-2028", school_id=world.school_id)
    fresh = service.registry(system_actor, nxt.round_id)
    assert all(c.state is S.NOT_RETURNED for r in fresh.rows for c in r.cells)  # a new year asks anew
    assert service.carry_over(system_actor, nxt.round_id, today=DAY) == 2
    rows = {r.pupil_id: r for r in service.registry(system_actor, nxt.round_id).rows}
    carried = rows[world.pupil_ids[0]].cells[0]
    assert (carried.state, carried.carried_over) == (S.GRANTED, True)
    assert rows[world.pupil_ids[1]].cells[1].state is S.REFUSED
    assert service.history(system_actor, world.pupil_ids[0])[0].received_via is ReceivedVia.CARRIED_OVER
    assert service.carry_over(system_actor, nxt.round_id, today=DAY) == 0  # nothing copied twice


def test_categories_can_be_added_renamed_and_reordered(service, system_actor, world):
    view = service.add_category(system_actor, world.round_id, "Lokale pers")
    assert [c.label for c in view.categories][-1] == "Lokale pers"
    new_id = view.categories[-1].id
    view = service.rename_category(system_actor, new_id, "Pers (krant, tv)")
    ids = [c.id for c in view.categories]
    view = service.reorder_categories(system_actor, world.round_id, [ids[-1], *ids[:-1]])
    assert [c.label for c in view.categories][0] == "Pers (krant, tv)"
    with pytest.raises(InvalidInput):
        service.add_category(system_actor, world.round_id, "nieuwsbrief")
    assert len(service.registry(system_actor, world.round_id).rows[0].cells) == 4


def _without_gezag(store, pupil_id, guardian_id):
    from sqlalchemy import update

    from scope_desk.models import PupilGuardian

    with store.transaction(write=True) as s:
        s.execute(update(PupilGuardian).where(PupilGuardian.pupil_id == pupil_id, PupilGuardian.guardian_id == guardian_id)
                  .values(has_parental_authority=False))


def test_only_guardians_with_parental_authority_decide(service, system_actor, world, store):
    pid = world.pupil_ids[1]
    g1, g2 = world.guardians[pid]
    _without_gezag(store, pid, g2)
    service.record(system_actor, [entry(world, 1, 0, S.REFUSED, guardian=g2)])
    # recorded, but it does not decide: nothing that counts came in yet
    assert cell(service, system_actor, world, 1, 0).state is S.NOT_RETURNED
    service.record(system_actor, [entry(world, 1, 0, S.GRANTED, guardian=g1)])
    c = cell(service, system_actor, world, 1, 0)
    assert (c.state, c.disputed) == (S.GRANTED, False)  # no dispute with someone without gezag
    history = service.history(system_actor, pid)
    assert [(h.state, h.counts) for h in history] == [(S.GRANTED, True), (S.REFUSED, False)]
    counts = service.class_counts(system_actor, world.round_id)[0]
    assert (counts.any_refusal, counts.disputed) == (0, 0)
    row = next(r for r in service.registry(system_actor, world.round_id).rows if r.pupil_id == pid)
    assert not row.any_refusal


def test_a_withdrawal_without_gezag_does_not_undo_a_consent(service, system_actor, world, store):
    pid = world.pupil_ids[0]
    g1, g2 = world.guardians[pid]
    _without_gezag(store, pid, g2)
    service.record(system_actor, [entry(world, 0, 1, S.GRANTED, guardian=g1)])
    service.withdraw(system_actor, pid, world.category_ids[1], DAY, "oneens", given_by_guardian_id=g2)
    assert cell(service, system_actor, world, 0, 1).state is S.GRANTED
    # once that guardian has gezag (a court decision), the same answer counts: the state follows the link
    from sqlalchemy import update

    from scope_desk.models import PupilGuardian

    with store.transaction(write=True) as s:
        s.execute(update(PupilGuardian).where(PupilGuardian.guardian_id == g2).values(has_parental_authority=True))
    c = cell(service, system_actor, world, 0, 1)
    assert (c.state, c.disputed) == (S.WITHDRAWN, True)


def test_answers_for_the_family_and_of_a_pupil_of_16_always_count(service, system_actor, world, store):
    from sqlalchemy import update

    from scope_desk.models import Pupil, PupilGuardian

    pid = world.pupil_ids[2]
    with store.transaction(write=True) as s:  # nobody has gezag (e.g. a guardian ad litem is not entered)
        s.execute(update(PupilGuardian).where(PupilGuardian.pupil_id == pid).values(has_parental_authority=False))
        s.execute(update(Pupil).where(Pupil.id == pid).values(birth_date=date(2009, 1, 1)))
    service.record(system_actor, [entry(world, 2, 0, S.REFUSED)])  # for the family
    assert cell(service, system_actor, world, 2, 0).state is S.REFUSED
    service.record(system_actor, [entry(world, 2, 1, S.GRANTED, given_by_pupil=True)])
    assert cell(service, system_actor, world, 2, 1).state is S.GRANTED
    assert all(h.counts for h in service.history(system_actor, pid))


def test_counts_of_one_class_equal_the_whole_school_counts_of_that_class(service, system_actor, world, store):
    pid = world.pupil_ids[4]
    g1, g2 = world.guardians[pid]
    service.record(system_actor, [entry(world, 0, 0, S.REFUSED), entry(world, 1, 2, S.GRANTED),
                                  entry(world, 4, 1, S.GRANTED, guardian=g1), entry(world, 4, 1, S.REFUSED, guardian=g2),
                                  entry(world, 5, 0, S.WITHDRAWN, note="weg")])
    whole = {c.class_id: c for c in service.class_counts(system_actor, world.round_id)}
    for class_id in world.class_ids:
        assert service.registry(system_actor, world.round_id, class_id).counts == (whole[class_id],)
    assert whole[world.class_ids[1]].refused_per_category == (1, 1, 0)
