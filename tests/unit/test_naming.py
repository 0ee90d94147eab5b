"""Dutch names: "Van den Berg" is filed under B, and nobody's name changes case."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from scope_desk.models import Pupil, School, StaffMember
from scope_desk.naming import fold, full_name, sort_key, split_prefix, surname_first

PUPILS = [  # (first name, tussenvoegsel, surname) as the school administration gives them
    ("Daan", "", "Van den Berg"),
    ("Yara", "van den", "Berg"),
    ("Anna", "", "Bergen"),  # after every Berg: a linguistic collation that ignores separators gets this wrong
    ("Sanne", "", "'t Hart"),
    ("Şeyma", "", "Yıldız"),
    ("IJsbrand", "", "Aalders"),
    ("Łukasz", "", "Nowak"),
    ("Zoë", "", "Bakker"),
    ("Mohammed", "el", "Amrani"),
    ("Anouk", "de", "Vries"),
    ("Noah", "", "Zwart"),
    ("Fleur", "", "Çelik"),
]


def test_split_prefix_takes_the_longest_known_tussenvoegsel():
    assert split_prefix("Van den Berg") == ("van den", "Berg")
    assert split_prefix("van der Meer") == ("van der", "Meer")
    assert split_prefix("'t Hart") == ("'t", "Hart")
    assert split_prefix("de la Cruz") == ("de la", "Cruz")
    assert split_prefix("Vandenberg") == ("", "Vandenberg")
    assert split_prefix("Van") == ("", "Van")  # a surname that only looks like a prefix stays whole


def test_fold_drops_case_and_accents_but_keeps_letters():
    assert fold("Şeyma Yıldız") == "seyma yildiz"
    assert fold("Łukasz Ødegård") == "lukasz odegard"
    assert fold("Zoë") == "zoe" and fold("ZOË") == "zoe"
    assert fold("\u2019t Hart") == "'t hart"


def test_display_forms_keep_the_case_they_were_given():
    assert full_name("IJsbrand", "van 't", "Hart") == "IJsbrand van 't Hart"
    assert surname_first("Zoë", "van den", "Berg") == "Berg, Zoë van den"
    assert surname_first("", "", "McDonald") == "McDonald"


def test_sort_key_files_surnames_under_their_core():
    assert sort_key("Daan", "", "Van den Berg").startswith("berg\x1f")
    assert sort_key("Emma", "van den", "Berg").startswith("berg\x1f")
    assert sort_key("Sanne", "", "'t Hart").startswith("hart\x1f")
    assert sort_key("Şeyma", "", "Yıldız").startswith("yildiz\x1f")
    assert sort_key("IJsbrand", "", "Aalders").startswith("aalders\x1fijsbrand")


surnames = st.text(st.sampled_from("abcdeijklmnorstuvyzçëéïöüşıłßø"), min_size=1, max_size=12)
prefixes = st.sampled_from(["", "van", "van den", "de", "'t", "van der", "ter"])
firsts = st.text(st.sampled_from("abeijklmnoz"), min_size=1, max_size=8)


def _accent(text: str) -> str:
    return "".join(ch + "\u0301" if ch in "aeiou" else ch for ch in unicodedata.normalize("NFC", text))


@given(first=firsts, prefix=prefixes, core=surnames)
def test_sort_key_ignores_case_and_accents_of_the_surname(first, prefix, core):
    key = sort_key(first, prefix, core)
    assert sort_key(first, prefix, core.upper()) == key
    assert sort_key(first, prefix, core.title()) == key
    assert sort_key(first, prefix, unicodedata.normalize("NFC", _accent(core))) == key
    assert sort_key(first, prefix.upper(), core) == key


@given(first=firsts, prefix=prefixes.filter(bool), core=surnames)
def test_a_prefix_in_the_surname_field_sorts_like_a_separate_tussenvoegsel(first, prefix, core):
    together = sort_key(first, "", f"{prefix.title()} {core}")
    apart = sort_key(first, prefix, core)
    assert together == apart


def test_order_by_sort_name_files_names_the_dutch_way(store):
    with store.transaction(write=True) as s:
        school = School(brin="12AB", name="De Regenboog")
        s.add(school)
        s.flush()
        for n, (first, prefix, surname) in enumerate(PUPILS):
            s.add(Pupil(school_id=school.id, leerlingnummer=f"{n:05}", first_name=first, tussenvoegsel=prefix, surname=surname))
        s.add(StaffMember(first_name="Joost", surname="van den Berg"))
        s.add(StaffMember(first_name="Ayşe", surname="Aydın"))
    with store.transaction() as s:
        order = s.execute(select(Pupil.first_name).order_by(Pupil.sort_name)).scalars().all()
        staff = s.execute(select(StaffMember.first_name).order_by(StaffMember.sort_name)).scalars().all()
    assert order == ["IJsbrand", "Mohammed", "Zoë", "Daan", "Yara", "Anna", "Fleur", "Sanne", "Łukasz", "Anouk", "Şeyma", "Noah"]
    assert staff == ["Ayşe", "Joost"]


def test_sort_name_follows_a_change_of_surname(store):
    with store.transaction(write=True) as s:
        school = School(brin="12AB", name="De Regenboog")
        s.add(school)
        s.flush()
        pupil = Pupil(school_id=school.id, leerlingnummer="1", first_name="Zoë", surname="Aalders")
        s.add(pupil)
    with store.transaction(write=True) as s:
        s.get(Pupil, pupil.id).surname = "van der Zee"
    with store.transaction() as s:
        assert s.get(Pupil, pupil.id).sort_name.startswith("zee\x1fzoe")
