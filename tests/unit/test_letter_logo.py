"""The school's logo (set through SchoolService) on its consent letters, also when worker processes render."""

from __future__ import annotations

import subprocess
from datetime import date
from io import BytesIO
from pathlib import Path

from PIL import Image, ImageDraw

from scope_desk.letters import batch
from scope_desk.letters.batch import write_batch
from scope_desk.services.consent_round import LetterSelection
from scope_desk.services.container import Services
from tests.fixtures.round_world import populate

TODAY = date(2026, 9, 1)


def logo_png(width: int = 1200, height: int = 400) -> bytes:
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    draw.ellipse((20, 20, height - 20, height - 20), fill=(28, 80, 120))
    draw.rectangle((height + 40, height // 3, width - 40, 2 * height // 3), fill=(230, 120, 30))
    out = BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def image_rows(path: Path) -> list[list[str]]:
    """``pdfimages -list``: one row per image drawn on a page (page, num, type, width, height, ...)."""
    listing = subprocess.run(["pdfimages", "-list", str(path)], check=True, capture_output=True, text=True).stdout
    return [line.split() for line in listing.splitlines()[2:] if line.strip()]


def letters_for(store, system_actor, *, logo: bytes | None, pupils: int = 7):
    services = Services.over(store)
    world = populate(store, pupils=pupils)
    setup = services.rounds.open_round(system_actor, world.school_id, world.year_label, today=TODAY)
    if logo is not None:
        head = services.schools.letterhead(system_actor, world.school_id)
        services.schools.update_letterhead(system_actor, head.changed(logo=logo))
    return services.rounds.prepare_letters(system_actor, setup.round_id, LetterSelection(letter_date=TODAY))


def test_letter_of_a_school_with_a_logo_shows_it_on_every_letter(store, system_actor, tmp_path, monkeypatch):
    job = letters_for(store, system_actor, logo=logo_png())
    assert job.settings.letterhead.logo is not None  # stored scaled: 600 x 200
    # Small chunks and two renderers: chunks rendered in a worker process (spawned: it gets the
    # settings, logo bytes included, through its initializer) and merged into one file.
    monkeypatch.setattr(batch, "CHUNK_LETTERS", 2)
    monkeypatch.setattr(batch, "IN_PROCESS_BELOW", 1)
    result = write_batch(job, tmp_path / "brieven.pdf", workers=2)
    rows = image_rows(tmp_path / "brieven.pdf")
    pages_with_image = {int(row[0]) for row in rows if row[2] == "image"}
    assert pages_with_image == set(range(1, result.pages + 1))
    assert {(row[3], row[4]) for row in rows if row[2] == "image"} == {("600", "200")}
    subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", str(tmp_path / "brieven.pdf"),
                    str(tmp_path / "page")], check=True)
    with Image.open(next(tmp_path.glob("page*.png"))) as page:
        rgb = page.convert("RGB")
        # The logo's blue circle sits in the letterhead's top-left box (25-70 mm across, 12-34 mm down).
        mm = 70 / 25.4
        box = rgb.crop((int(25 * mm), int(12 * mm), int(70 * mm), int(34 * mm)))
        assert any(b > 100 and r < 60 for _count, (r, g, b) in box.getcolors(maxcolors=1 << 20))


def test_letter_without_a_logo_has_no_image(store, system_actor, tmp_path):
    job = letters_for(store, system_actor, logo=None, pupils=3)
    assert job.settings.letterhead.logo is None
    write_batch(job, tmp_path / "brieven.pdf", workers=1)
    assert image_rows(tmp_path / "brieven.pdf") == []
    assert b"/Subtype /Image" not in (tmp_path / "brieven.pdf").read_bytes()
