"""Everything the letters of a round need, loaded with two Core queries and grouped in Python.

Ordering: by class (natural order: "Groep 2" before "Groep 10"), then the stored Dutch sort name
(surname without tussenvoegsel). Per family: siblings in the same school, at the same address,
with the same guardians with parental authority share one letter with one slip per child; the
letter is filed under its first child's class.

Parents who live apart (divorced, separated): every ADDRESS where a guardian with parental
authority lives gets its own letter with its own slip. Decision, and why:

- The slip code stays the same per child (it identifies the child in the round, not the parent),
  so either slip opens the child when scanned.
- Each of these slips carries its guardian: the slip prints the name at that address on the
  parent line and "Strookje van: <name>, <street>" beside the code (``sender_label``), and when the office enters a child whose guardians live at more than one address it
  must say which guardian's slip it is (``SlipView.senders``; ``RoundService.save_slip`` refuses
  otherwise). The answers are then recorded per guardian (``given_by_guardian_id``), and the
  registry's rule for separate givers applies (``consent_state``): the most restrictive answer
  counts and a yes from one parent with a no from the other is flagged as disputed.
- Not "the first slip returned counts": that would let whichever parent answers first decide
  alone, and silently drop the other parent's "no".

A guardian without parental authority gets no letter (unless no guardian has authority at all).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from scope_desk.letters.model import Letter, Slip, join_dutch
from scope_desk.models.school import Enrolment, Guardian, Pupil, PupilGuardian, SchoolClass
from scope_desk.naming import fold, full_name
from scope_desk.services import slip_codes
from scope_desk.services.consent_state import ranks_subquery

_GENDERED = {"heer": "heer", "dhr.": "heer", "dhr": "heer", "de heer": "heer", "mevrouw": "mevrouw",
             "mevr.": "mevrouw", "mevr": "mevrouw", "mw.": "mevrouw", "mw": "mevrouw"}


@dataclass(frozen=True, slots=True)
class _Guardian:
    id: int
    initials: str
    first_name: str
    tussenvoegsel: str
    surname: str
    salutation: str
    street: str
    house_number: str
    postcode: str
    city: str
    authority: bool
    position: int

    @property
    def address_key(self) -> tuple[str, str]:
        return (re.sub(r"\s+", "", self.postcode).upper(), fold(self.house_number).replace(" ", ""))

    @property
    def letter_name(self) -> str:
        """ "J. de Vries" (initials), else "Jan de Vries"."""
        return full_name(self.initials or self.first_name, self.tussenvoegsel, self.surname)

    @property
    def formal_surname(self) -> str:
        """In a salutation without first name the tussenvoegsel takes a capital: "heer Van der Berg"."""
        prefix = self.tussenvoegsel.strip()
        if prefix:
            return f"{prefix[0].upper()}{prefix[1:]} {self.surname.strip()}"
        return self.surname.strip()


@dataclass(frozen=True, slots=True)
class _Child:
    pupil_id: int
    leerlingnummer: str
    first_name: str
    name: str
    sort_name: str
    class_id: int
    class_name: str


def natural_key(text: str) -> tuple:
    return tuple(int(part) if part.isdigit() else fold(part) for part in re.split(r"(\d+)", text))


def returned_pupils(category_ids: Sequence[int], pupils_query):
    """SELECT pupil_id of pupils with at least one answer in these categories (the registry's definition)."""
    ranked = ranks_subquery(category_ids, pupils_query)
    return select(ranked.c.pupil_id).where(ranked.c.rank > 0).distinct()


def load_letters(s: Session, *, school_id: int, school_year_id: int, brin: str, year_label: str, round_id: int,
                 category_ids: Sequence[int], class_ids: Sequence[int] = (), only_missing: bool = False,
                 per_family: bool = False) -> list[Letter]:
    pupils = (
        select(Pupil.id)
        .join(Enrolment, Enrolment.pupil_id == Pupil.id)
        .join(SchoolClass, SchoolClass.id == Enrolment.class_id)
        .where(SchoolClass.school_id == school_id, Enrolment.school_year_id == school_year_id,
               Pupil.school_id == school_id, Pupil.left_on.is_(None))
    )
    if class_ids:
        pupils = pupils.where(SchoolClass.id.in_(list(class_ids)))
    if only_missing and category_ids:
        pupils = pupils.where(Pupil.id.not_in(returned_pupils(category_ids, pupils)))
    child_rows = s.execute(
        select(Pupil.id, Pupil.leerlingnummer, Pupil.first_name, Pupil.tussenvoegsel, Pupil.surname, Pupil.sort_name,
               SchoolClass.id, SchoolClass.name)
        .join(Enrolment, Enrolment.pupil_id == Pupil.id)
        .join(SchoolClass, SchoolClass.id == Enrolment.class_id)
        .where(Pupil.id.in_(pupils), Enrolment.school_year_id == school_year_id)
    ).all()
    children = [
        _Child(pid, nr, first, full_name(first, tv, sur), sort, cid, cname)
        for pid, nr, first, tv, sur, sort, cid, cname in child_rows
    ]
    children.sort(key=lambda c: (natural_key(c.class_name), c.sort_name, c.pupil_id))
    guardians = guardians_by_pupil(s, pupils)

    households = {child.pupil_id: address_groups(guardians.get(child.pupil_id, [])) for child in children}
    groups: dict[object, tuple[list[_Guardian], list[_Child]]] = {}
    for child in children:
        for people in households[child.pupil_id]:
            if per_family and people and people[0].street.strip():
                key: object = (people[0].address_key, frozenset(x.id for x in people))
            else:
                key = ("child", child.pupil_id, people[0].id if people else 0)
            groups.setdefault(key, (people, []))[1].append(child)

    letters = []
    for people, members in groups.values():  # insertion order = order of each family's first child
        slips = tuple(
            Slip(pupil_id=c.pupil_id, child_name=c.name, first_name=c.first_name, class_name=c.class_name,
                 code=slip_codes.encode(brin, round_id, c.pupil_id),
                 filled_in_by=names_of(people) if len(households[c.pupil_id]) > 1 else "",
                 copy_of=sender_label(people) if len(households[c.pupil_id]) > 1 else "")
            for c in members
        )
        letters.append(Letter(
            address_lines=address_lines(people, members),
            aanhef=salutation(people, members),
            reference=f"TR {year_label}/{brin}/{members[0].leerlingnummer}",
            slips=slips,
            class_name=members[0].class_name,
        ))
    return letters


def guardians_by_pupil(s: Session, pupils) -> dict[int, list[_Guardian]]:
    """Every linked guardian with address and authority, per pupil, by position. ``pupils``: ids or a SELECT."""
    guardians: dict[int, list[_Guardian]] = {}
    g = Guardian
    for row in s.execute(
        select(PupilGuardian.pupil_id, g.id, g.initials, g.first_name, g.tussenvoegsel, g.surname, g.salutation,
               g.street, g.house_number, g.postcode, g.city, PupilGuardian.has_parental_authority,
               PupilGuardian.position)
        .join(g, g.id == PupilGuardian.guardian_id)
        .where(PupilGuardian.pupil_id.in_(pupils))
    ):
        guardians.setdefault(row[0], []).append(_Guardian(*row[1:11], bool(row[11]), int(row[12] or 0)))
    for items in guardians.values():
        items.sort(key=lambda x: (x.position, x.id))
    return guardians


def slip_senders(s: Session, pupil_id: int) -> tuple[tuple[int, str], ...]:
    """(guardian id, "J. de Vries, Molenweg 7") per address that got a letter — only when there is
    more than one address; a slip of such a child must say whose it is (see the module docstring)."""
    groups = address_groups(guardians_by_pupil(s, [pupil_id]).get(pupil_id, []))
    if len(groups) < 2:
        return ()
    return tuple((people[0].id, sender_label(people)) for people in groups)


def sender_label(people: list[_Guardian]) -> str:
    """Whose copy of a split household's slip this is: printed beside the code, offered on entry."""
    if not people:
        return ""
    home = f"{people[0].street.strip()} {people[0].house_number.strip()}".strip()
    return f"{names_of(people)}, {home}" if home else names_of(people)


def address_groups(linked: list[_Guardian]) -> list[list[_Guardian]]:
    """The guardians who get a letter, one group per address (in the order of their position).

    Guardians with parental authority (all linked ones when none has it); those at the same
    address share a letter; a guardian without an address gets none of their own (it could not be
    delivered) unless nobody has an address. At least one group, maybe empty (no guardian known)."""
    with_authority = [x for x in linked if x.authority] or linked
    by_address: dict[tuple[str, str], list[_Guardian]] = {}
    for person in with_authority:
        if person.street.strip():
            by_address.setdefault(person.address_key, []).append(person)
    if not by_address:
        return [with_authority[:2]]
    return list(by_address.values())


def names_of(people: list[_Guardian]) -> str:
    return " en ".join(x.letter_name for x in people[:2])


def address_lines(people: list[_Guardian], children: list[_Child]) -> tuple[str, ...]:
    if not people or not people[0].street.strip():
        return ("Aan de ouder(s)/verzorger(s) van", children[0].name, children[0].class_name)
    names = [x.letter_name for x in people[:2]]
    lines = [" en ".join(names)] if len(" en ".join(names)) <= 48 else [f"{names[0]} en", names[1]]
    home = people[0]
    lines.append(f"{home.street.strip()} {home.house_number.strip()}".strip())
    postcode = home.postcode.strip().upper()
    if re.fullmatch(r"\d{4}[A-Z]{2}", postcode):
        postcode = f"{postcode[:4]} {postcode[4:]}"
    lines.append(f"{postcode}  {home.city.strip().upper()}".strip())  # PostNL: two spaces, city in capitals
    return tuple(lines)


def salutation(people: list[_Guardian], children: list[_Child]) -> str:
    """ "Geachte heer De Vries en mevrouw Jansen", or "Beste ouder(s)/verzorger(s) van Anna"."""
    parts = []
    for person in people[:2]:
        word = _GENDERED.get(person.salutation.strip().lower().removeprefix("geachte").strip())
        if word is None or not person.surname.strip():
            break
        parts.append(f"{word} {person.formal_surname}")
    else:
        if parts:
            return "Geachte " + " en ".join(parts)
    return "Beste ouder(s)/verzorger(s) van " + join_dutch([c.first_name or c.name for c in children])
