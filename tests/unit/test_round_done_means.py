"""Issue 5's "Done means", checked end to end on what the office gets: the PDF text, the scanner, cancel.

- pdftotext of a batch: every selected child's full name exactly once per slip, the round's
  categories, nothing of another school; the page count matches the selection;
- a scanned code opens that child; another school's code or a damaged code: a clear message;
- cancelling halfway (one process or with a worker process, while rendering or while merging)
  leaves no file at the target and a previous file intact.
"""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest

from scope_desk import cli
from scope_desk.errors import InvalidInput
from scope_desk.letters import batch
from scope_desk.letters.batch import BatchCancelled, write_batch
from scope_desk.services import slip_codes
from scope_desk.services.consent_round import LetterSelection, RoundService
from scope_desk.services.events import Changes
from tests.fixtures.round_world import populate


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


@pytest.fixture
def schools(store, system_actor):
    service = RoundService(store, Changes())
    ours = populate(store, pupils=18, classes=("Groep 3", "Groep 5a", "Groep 7"), sibling_every=0)
    theirs = populate(store, brin="34CD", name="OBS De Vlinder", pupils=6, classes=("Groep 3", "Groep 5a"), tag="Vl")
    setup = service.open_round(system_actor, ours.school_id, ours.year_label, today=date(2026, 9, 1))
    other = service.open_round(system_actor, theirs.school_id, theirs.year_label, today=date(2026, 9, 1))
    return service, ours, theirs, setup, other


def test_reminders_for_one_class_hold_exactly_the_missing_children_of_that_class(schools, system_actor, store,
                                                                                 db_url, tmp_path, capsys) -> None:
    service, ours, theirs, setup, _other = schools
    in_groep5 = [pid for pid, klass in ours.pupil_class.items() if klass == "Groep 5a"]
    returned = in_groep5[:2]
    for pupil_id in returned:
        slip = service.open_slip(system_actor, slip_codes.encode(ours.brin, setup.round_id, pupil_id), ours.school_id)
        service.save_slip(system_actor, slip, {setup.categories[0].id: True}, received_on=date(2026, 9, 5))
    store.dispose()
    target = tmp_path / "herinnering.pdf"
    assert cli.main(["--db", db_url, "letters", "--year", "2026-2027", "--school", "12AB", "--class", "Groep 5a",
                     "--reminder", "--out", str(target)]) == 0
    expected = [ours.pupils[pid] for pid in in_groep5 if pid not in returned]
    assert capsys.readouterr().out.startswith(f"{len(expected)} herinneringen met {len(expected)} strookjes")
    text = pdf_text(target)
    for pupil_id, name in ours.pupils.items():
        assert text.count(name) == (1 if name in expected else 0), name
    for category in setup.categories:
        assert text.count(category.label) == len(expected), category.label
    assert not any(name in text for name in theirs.pupils.values())
    assert "De Vlinder" not in text and "34CD" not in text
    assert text.count("Herinnering") >= len(expected)
    assert pdf_pages(target) == len(expected)


def test_scanner_codes_open_the_child_and_refuse_foreign_or_damaged_codes(schools, system_actor) -> None:
    service, ours, theirs, setup, other = schools
    pupil_id = next(iter(ours.pupils))
    code = slip_codes.encode(ours.brin, setup.round_id, pupil_id)
    assert service.open_slip(system_actor, f"  {code.lower()}\r\n", ours.school_id).child_name == ours.pupils[pupil_id]
    foreign = slip_codes.encode(theirs.brin, other.round_id, next(iter(theirs.pupils)))
    with pytest.raises(InvalidInput, match="andere school.*leg het apart"):
        service.open_slip(system_actor, foreign, ours.school_id)
    i = len(code) - 4  # the pupil number's last two digits ("...-000001-K": "0" and "1")
    assert code[i] != code[i + 1]
    for damaged in (code[:-1] + ("A" if code[-1] != "A" else "B"),  # wrong check character
                    code[:i] + code[i + 1] + code[i] + code[i + 2:],  # two neighbouring characters swapped
                    code[:-4],  # half a scan
                    "SD-12AB-0001"):
        with pytest.raises(InvalidInput, match="beschadigd|geen geldige"):
            service.open_slip(system_actor, damaged, ours.school_id)


@pytest.mark.parametrize("workers", [1, 2])
def test_cancel_while_rendering_leaves_no_file_and_the_previous_one_intact(schools, system_actor, tmp_path,
                                                                          monkeypatch, workers) -> None:
    service, *_rest, setup, _other = schools
    job = service.prepare_letters(system_actor, setup.round_id, LetterSelection())
    monkeypatch.setattr(batch, "CHUNK_LETTERS", 3)
    monkeypatch.setattr(batch, "IN_PROCESS_BELOW", 1)
    folder = tmp_path / "post"
    folder.mkdir()
    target = folder / "brieven.pdf"
    target.write_bytes(b"%PDF-1.4 last week's batch")
    done: list[int] = []
    with pytest.raises(BatchCancelled):
        write_batch(job, target, workers=workers, progress=lambda d, _t: done.append(d),
                    cancelled=lambda: max(done, default=0) >= 6)
    assert 6 <= max(done) < len(job.letters)  # halfway, not before the start or after the end
    assert target.read_bytes() == b"%PDF-1.4 last week's batch"
    assert sorted(p.name for p in folder.iterdir()) == ["brieven.pdf"]  # no temporary file left behind


def test_cancel_while_merging_per_class_files_leaves_none_of_them(schools, system_actor, tmp_path) -> None:
    service, *_rest, setup, _other = schools
    job = service.prepare_letters(system_actor, setup.round_id, LetterSelection())
    folder = tmp_path / "post"
    folder.mkdir()
    target = folder / "brieven.pdf"
    first_class = batch.class_file_name(target, "Groep 3")
    first_class.write_bytes(b"%PDF-1.4 previous Groep 3")
    finished: list[int] = []
    checks_after_rendering: list[int] = []

    def cancelled() -> bool:
        if finished:  # every letter rendered: now merging, one file per class
            checks_after_rendering.append(1)
            return len(checks_after_rendering) > 1  # Groep 3 is merged, then cancel
        return False

    with pytest.raises(BatchCancelled):
        write_batch(job, target, per_class=True, workers=1,
                    progress=lambda d, t: finished.append(d) if d == t else None, cancelled=cancelled)
    assert first_class.read_bytes() == b"%PDF-1.4 previous Groep 3"
    assert sorted(p.name for p in folder.iterdir()) == [first_class.name]
