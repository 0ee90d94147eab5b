"""Parents who live apart: a letter per address, the same slip code, and each slip counted per guardian."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest
from sqlalchemy import select, update

from scope_desk.errors import InvalidInput
from scope_desk.letters.batch import write_batch
from scope_desk.models import ConsentDecision, Guardian, PupilGuardian
from scope_desk.services import slip_codes
from scope_desk.services.consent_round import LetterSelection, RoundService
from scope_desk.services.consent_types import ConsentState
from scope_desk.services.events import Changes
from tests.fixtures.round_world import populate

TODAY = date(2026, 9, 1)


@pytest.fixture
def split(store, system_actor):
    """12 children; the family of the 3rd and 4th child (siblings): the father moved to Molenweg 7."""
    service = RoundService(store, Changes())
    world = populate(store, pupils=12, classes=("Groep 3", "Groep 5a"), sibling_every=4)
    setup = service.open_round(system_actor, world.school_id, world.year_label, today=TODAY)
    family = next(f for f in world.families if len(f) == 2)
    with store.transaction(write=True) as s:
        father = s.execute(select(PupilGuardian.guardian_id).where(PupilGuardian.pupil_id == family[0],
                                                                   PupilGuardian.position == 2)).scalar_one()
        s.execute(update(Guardian).where(Guardian.id == father).values(
            street="Molenweg", house_number="7", postcode="2272EF", city="Leidschendam"))
        mother = s.execute(select(PupilGuardian.guardian_id).where(PupilGuardian.pupil_id == family[0],
                                                                   PupilGuardian.position == 1)).scalar_one()
    return service, world, setup, family, mother, father


def letters_of(job, pupil_id):
    return [letter for letter in job.letters if any(slip.pupil_id == pupil_id for slip in letter.slips)]


def test_each_address_gets_its_own_letter_with_the_same_slip_code(split, system_actor, tmp_path) -> None:
    service, world, setup, family, _mother, _father = split
    job = service.prepare_letters(system_actor, setup.round_id, LetterSelection(letter_date=TODAY))
    child = family[0]
    letters = letters_of(job, child)
    assert len(letters) == 2
    assert {letter.address_lines[-1] for letter in letters} == {"2271 CD  VOORBURG", "2272 EF  LEIDSCHENDAM"}
    assert letters[0].address_lines[0].startswith("M. ") and letters[1].address_lines[0] == "J. Ouder2"
    assert letters[1].aanhef == "Geachte heer Ouder2"
    codes = {slip.code for letter in letters for slip in letter.slips if slip.pupil_id == child}
    assert len(codes) == 1  # the code identifies the child; either copy opens it
    assert [s.filled_in_by for letter in letters for s in letter.slips] == [letters[0].address_lines[0], "J. Ouder2"]
    # Children of one household: one letter each, no guardian's name printed on the slip.
    others = [p for p in world.pupils if p not in family]
    assert all(len(letters_of(job, p)) == 1 for p in others)
    assert all(not s.filled_in_by for p in others for letter in letters_of(job, p) for s in letter.slips)
    assert len(job.letters) == 14
    write_batch(job, tmp_path / "brieven.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "brieven.pdf"), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert text.count(world.pupils[child]) == 2  # once per slip, one slip per address
    assert "Molenweg 7" in text and "J. Ouder2" in text


def test_per_family_splits_the_siblings_letter_per_address_too(split, system_actor) -> None:
    service, _world, setup, family, _mother, _father = split
    job = service.prepare_letters(system_actor, setup.round_id, LetterSelection(per_family=True, letter_date=TODAY))
    letters = letters_of(job, family[0])
    assert len(letters) == 2
    assert all({s.pupil_id for s in letter.slips} == set(family) for letter in letters)


def test_a_slip_of_parents_living_apart_must_say_whose_it_is_and_counts_per_guardian(split, system_actor, store) -> None:
    service, world, setup, family, mother, father = split
    child = family[0]
    code = next(s.code for letter in service.prepare_letters(system_actor, setup.round_id).letters
                for s in letter.slips if s.pupil_id == child)
    slip = service.open_slip(system_actor, code, world.school_id)
    assert [guardian for guardian, _label in slip.senders] == [mother, father]
    assert slip.senders[1][1] == "J. Ouder2, Molenweg 7"
    first = setup.categories[0].id
    with pytest.raises(InvalidInput, match="verschillende adressen"):
        service.save_slip(system_actor, slip, {first: True}, received_on=date(2026, 9, 3))
    service.save_slip(system_actor, slip, {first: True}, received_on=date(2026, 9, 3), given_by_guardian_id=mother)
    assert service.open_slip(system_actor, code, world.school_id).current[0] is ConsentState.GRANTED
    service.save_slip(system_actor, slip, {first: False}, received_on=date(2026, 9, 4), given_by_guardian_id=father)
    # The father's no is not overwritten by the earlier yes, nor the other way round: most restrictive counts.
    assert service.open_slip(system_actor, code, world.school_id).current[0] is ConsentState.REFUSED
    with store.transaction() as s:
        givers = s.execute(select(ConsentDecision.given_by_guardian_id).where(ConsentDecision.pupil_id == child)
                           .order_by(ConsentDecision.id)).scalars().all()
    assert givers == [mother, father]
    counts = {c.class_name: c for c in service.progress(system_actor, setup.round_id)}
    assert counts[world.pupil_class[child]].disputed == 1
    # A child of one household needs no guardian named.
    single = next(p for p in world.pupils if p not in family)
    other = service.open_slip(system_actor, next(s.code for letter in service.prepare_letters(
        system_actor, setup.round_id).letters for s in letter.slips if s.pupil_id == single), world.school_id)
    assert other.senders == ()


def test_a_guardian_without_parental_authority_gets_no_letter(split, system_actor, store) -> None:
    service, _world, setup, family, _mother, father = split
    with store.transaction(write=True) as s:
        s.execute(update(PupilGuardian).where(PupilGuardian.guardian_id == father)
                  .values(has_parental_authority=False))
    job = service.prepare_letters(system_actor, setup.round_id, LetterSelection(letter_date=TODAY))
    letters = letters_of(job, family[0])
    assert len(letters) == 1 and letters[0].address_lines[-1] == "2271 CD  VOORBURG"
    assert not letters[0].slips[0].filled_in_by


def test_each_copy_of_a_split_slip_prints_whose_it_is_beside_the_shared_code(split, system_actor, tmp_path) -> None:
    service, world, setup, family, _mother, _father = split
    child = family[0]
    job = service.prepare_letters(system_actor, setup.round_id, LetterSelection(letter_date=TODAY))
    write_batch(job, tmp_path / "brieven.pdf")
    pages = subprocess.run(["pdftotext", "-layout", str(tmp_path / "brieven.pdf"), "-"], check=True,
                           capture_output=True, text=True).stdout.split("\f")
    code = slip_codes.encode(world.brin, setup.round_id, child)
    slips = [page.split("hier afknippen", 1)[1] for page in pages if code in page]
    assert len(slips) == 2 and slips[0] != slips[1]
    senders = service.open_slip(system_actor, code, world.school_id).senders
    assert [label for _guardian, label in senders] == [letters_of(job, child)[0].slips[0].copy_of, "J. Ouder2, Molenweg 7"]
    for text, (_guardian, label) in zip(slips, senders):  # the name the office picks is the one printed beside the code
        line = next(line for line in text.splitlines() if code in line)
        assert f"Strookje van: {label}" in " ".join(line.split())
    assert all("Strookje van" not in page for page in pages if code not in page and
               all(slip_codes.encode(world.brin, setup.round_id, p) not in page for p in family))
