"""Letter batches as the office gets them: pdftotext of the merged PDF, page counts, atomic writing."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from scope_desk.letters import batch
from scope_desk.letters.batch import BatchCancelled, write_batch
from scope_desk.services.consent_round import LetterSelection, RoundService
from scope_desk.services.events import Changes
from tests.fixtures.round_world import populate

TODAY = date(2026, 9, 1)


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


@pytest.fixture
def two_schools(store, system_actor):
    service = RoundService(store, Changes())
    ours = populate(store, pupils=14, classes=("Groep 3", "Groep 5a"), sibling_every=4)
    theirs = populate(store, brin="34CD", name="OBS De Vlinder", pupils=5, tag="Vlinder")
    setup = service.open_round(system_actor, ours.school_id, ours.year_label, deadline=date(2026, 9, 15), today=TODAY)
    service.open_round(system_actor, theirs.school_id, theirs.year_label, today=TODAY)
    return service, ours, theirs, setup


def test_every_child_once_per_slip_right_categories_nothing_from_another_school(two_schools, system_actor, tmp_path) -> None:
    service, ours, theirs, setup = two_schools
    job = service.prepare_letters(system_actor, setup.round_id, LetterSelection(letter_date=TODAY))
    result = write_batch(job, tmp_path / "brieven.pdf")
    text = pdf_text(tmp_path / "brieven.pdf")
    for name in ours.pupils.values():
        assert text.count(name) == 1, name
    for name in ("Şeyma Yıldız", "Łukasz Wąs", "Zoë van 't Hart", "IJsbrand de Boer"):
        assert name in text
    for category in setup.categories:
        assert text.count(category.label) == len(ours.pupils), category.label
    for name in theirs.pupils.values():
        assert name not in text
    assert "Vlinder" not in text and "34CD" not in text
    assert text.count("Strookje toestemming beeld en geluid 2026-2027") == 14
    assert "15 september 2026" in text and "A.5" in text
    assert pdf_pages(tmp_path / "brieven.pdf") == result.pages == 14  # one page per child: letter with slip


def test_per_family_letters_group_siblings(two_schools, system_actor, tmp_path) -> None:
    service, ours, _theirs, setup = two_schools
    job = service.prepare_letters(system_actor, setup.round_id, LetterSelection(per_family=True, letter_date=TODAY))
    write_batch(job, tmp_path / "gezinnen.pdf")
    pages = subprocess.run(["pdftotext", "-layout", str(tmp_path / "gezinnen.pdf"), "-"], check=True,
                           capture_output=True, text=True).stdout.split("\f")
    families = [f for f in ours.families if len(f) > 1]
    assert families
    expected_pages = sum(1 + (len(f) - 1 + 1) // 2 for f in ours.families)
    assert pdf_pages(tmp_path / "gezinnen.pdf") == expected_pages
    first, second = (ours.pupils[p] for p in families[0])
    letter_page = next(i for i, page in enumerate(pages) if first in page)
    assert second.split()[0] in pages[letter_page]  # the letter names both children ("Anna en Bram")
    assert second in pages[letter_page + 1]  # the sibling's slip follows on the next page
    text = "".join(pages)
    for name in ours.pupils.values():
        assert text.count(name) == 1, name


def test_cancel_halfway_leaves_no_file_and_keeps_a_previous_one(two_schools, system_actor, tmp_path, monkeypatch) -> None:
    service, _ours, _theirs, setup = two_schools
    job = service.prepare_letters(system_actor, setup.round_id, LetterSelection())
    monkeypatch.setattr(batch, "CHUNK_LETTERS", 3)
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)

    target = tmp_path / "nieuw.pdf"
    with pytest.raises(BatchCancelled):
        write_batch(job, target, progress=progress, cancelled=lambda: len(seen) >= 3)
    assert not target.exists()
    previous = tmp_path / "vorige.pdf"
    previous.write_bytes(b"%PDF-1.4 the previous batch")
    seen.clear()
    with pytest.raises(BatchCancelled):
        write_batch(job, previous, progress=progress, cancelled=lambda: len(seen) >= 3)
    assert previous.read_bytes() == b"%PDF-1.4 the previous batch"
    assert not list(tmp_path.glob("*.part")) and not list(tmp_path.glob(".*.part"))
    assert 0 < max(seen) < len(job.letters)


def test_worker_processes_give_the_same_letters_and_can_be_cancelled(two_schools, system_actor, tmp_path, monkeypatch) -> None:
    service, ours, _theirs, setup = two_schools
    job = service.prepare_letters(system_actor, setup.round_id, LetterSelection())
    monkeypatch.setattr(batch, "CHUNK_LETTERS", 4)
    monkeypatch.setattr(batch, "IN_PROCESS_BELOW", 1)
    result = write_batch(job, tmp_path / "parallel.pdf", workers=2)
    assert result.pages == pdf_pages(tmp_path / "parallel.pdf") == 14
    text = pdf_text(tmp_path / "parallel.pdf")
    assert all(text.count(name) == 1 for name in ours.pupils.values())
    # Order survives the parallel chunks: the first and the last letter are where they belong.
    assert text.index(job.letters[0].slips[0].child_name) < text.index(job.letters[-1].slips[0].child_name)
    with pytest.raises(BatchCancelled):
        write_batch(job, tmp_path / "stop.pdf", workers=2, cancelled=lambda: True)
    assert not (tmp_path / "stop.pdf").exists()
    assert not list(tmp_path.glob(".*.part"))


def test_one_file_per_class(two_schools, system_actor, tmp_path) -> None:
    service, ours, _theirs, setup = two_schools
    job = service.prepare_letters(system_actor, setup.round_id, LetterSelection(reminder=True))
    result = write_batch(job, tmp_path / "herinnering.pdf", per_class=True)
    assert sorted(p.name for p in result.files) == ["herinnering - Groep 3.pdf", "herinnering - Groep 5a.pdf"]
    groep3 = " ".join(pdf_text(tmp_path / "herinnering - Groep 3.pdf").split())
    assert "Herinnering" in groep3 and "nog niet ontvangen" in groep3
    for pupil_id, name in ours.pupils.items():
        assert (name in groep3) == (ours.pupil_class[pupil_id] == "Groep 3")
    assert not (tmp_path / "herinnering.pdf").exists()


def test_a_worker_process_imports_only_reportlab_and_the_letter_modules() -> None:
    """A spawned worker imports batch.py and what it needs; Qt, SQLAlchemy or the services there would
    cost every worker tens of megabytes (issue 5: < 150 MB for the whole batch)."""
    probe = ("import sys, scope_desk.letters.batch, scope_desk.letters.model; "
             "print(' '.join(sorted({m.split('.')[0] for m in sys.modules})))")
    root = Path(__file__).resolve().parents[2]
    loaded = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True,
                            cwd=root).stdout.split()
    assert "reportlab" in loaded
    for heavy in ("PySide6", "sqlalchemy", "alembic", "psycopg", "openpyxl"):
        assert heavy not in loaded
    submodules = subprocess.run([sys.executable, "-c", probe.replace("m.split('.')[0]", "m")], check=True,
                                capture_output=True, text=True, cwd=root).stdout.split()
    assert not [m for m in submodules if m.startswith(("scope_desk.services", "scope_desk.models", "scope_desk.ui"))]
