"""Demo schools, staff, classes, pupils, guardians and enrolments, inserted in bulk (Core)."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from scope_desk.models.school import (
    Enrolment, Guardian, Pupil, PupilGuardian, School, SchoolClass, StaffMember,
)
from scope_desk.naming import full_name, sort_key
from scope_desk.services import demo_names as names
from scope_desk.services.demo_support import (
    DemoContext, DemoPupil, DemoSchool, ascii_part, at, insert_ids, insert_rows, weighted,
)

CLASS_SIZE = 27


@dataclass
class _Child:
    grade: int  # current grade; 9 = left after groep 8 last year
    family: int
    origin: str
    girl: bool
    first_name: str
    tussenvoegsel: str
    surname: str
    birth_date: date
    family_name: tuple[str, str] = ("", "")  # (tussenvoegsel, surname) most of the family's children carry
    other_name: tuple[str, str] | None = None  # a child with the other parent's surname: that parent's name
    arrived_this_year: bool = False
    left_on: date | None = None
    classes: dict[int, int] = field(default_factory=dict)  # year id → class id
    id: int = 0


def build_people(ctx: DemoContext, students: int) -> None:
    """Three schools with staff, classes for this and last year, pupils and their guardians."""
    per_school = _split(students, len(names.SCHOOLS), ctx.rng)
    for spec, count in zip(names.SCHOOLS, per_school):
        _build_school(ctx, spec, count)


def _split(total: int, parts: int, rng: random.Random) -> list[int]:
    weights = [rng.uniform(0.8, 1.2) for _ in range(parts)]
    raw = [total * w / sum(weights) for w in weights]
    out = [int(r) for r in raw]
    for i in sorted(range(parts), key=lambda i: raw[i] - out[i], reverse=True)[: total - sum(out)]:
        out[i] += 1
    return out


def _build_school(ctx: DemoContext, spec: dict, count: int) -> None:
    rng, conn = ctx.rng, ctx.conn
    staff = _staff_people(rng, count)
    director = staff[0][1]
    school_id = insert_ids(conn, School.__table__, [{
        **spec, "principal_name": director, "logo": None, "version": 1,
    }])[0]
    school = DemoSchool(id=school_id, brin=spec["brin"], name=spec["name"], director=director,
                        admin=next(n for f, n, _ in staff if f == "administratief medewerker"),
                        anti_bullying=next(n for f, n, _ in staff if f == "anti-pestcoördinator"))
    domain = spec["email"].split("@")[1]
    staff_rows = []
    for function, _name, parts in staff:
        first, prefix, surname = parts
        staff_rows.append({
            "school_id": school_id, "function": function, "first_name": first, "tussenvoegsel": prefix,
            "surname": surname, "sort_name": sort_key(first, prefix, surname),
            "email": f"{ascii_part(first)[:1]}.{ascii_part(prefix + surname)}@{domain}",
            "active": function != "leerkracht (vertrokken)", "notes": "", "version": 1,
        })
    for (function, name, _), staff_id in zip(staff, insert_ids(conn, StaffMember.__table__, staff_rows)):
        school.staff_ids.setdefault(function, []).append(staff_id)
        school.staff_names[staff_id] = name
    ctx.schools.append(school)

    children = _children(ctx, count)
    teachers = list(school.staff_ids.get("leerkracht", []))
    for year_id, start, key in ((ctx.previous_year_id, ctx.previous_start, -1), (ctx.year_id, ctx.year_start, 0)):
        pupils_by_grade: dict[int, list[_Child]] = {}
        for child in children:
            grade = child.grade + key
            if 1 <= grade <= 8 and not (key == -1 and child.arrived_this_year):
                pupils_by_grade.setdefault(grade, []).append(child)
        _make_classes(ctx, school, year_id, pupils_by_grade, teachers, current=key == 0)
    _insert_pupils(ctx, school, children)


def _staff_people(rng: random.Random, count: int) -> list[tuple[str, str, tuple[str, str, str]]]:
    classes = max(4, round(count / CLASS_SIZE))
    functions = (["directeur", "intern begeleider", "anti-pestcoördinator", "administratief medewerker",
                  "vakleerkracht bewegingsonderwijs", "conciërge"] + ["leerkracht"] * (classes + 1)
                 + ["leerkracht (vertrokken)"])
    out, used = [], set()
    for function in functions:
        while True:
            origin = rng.choices(["nl", "tr", "ma", "sr", "other"], weights=[80, 5, 5, 5, 5])[0]
            woman = rng.random() < 0.75
            first = rng.choice((names.ADULT_WOMEN if woman else names.ADULT_MEN)[origin])
            prefix, surname = rng.choice(names.ORIGINS[origin][3])
            if (first, prefix, surname) not in used:
                used.add((first, prefix, surname))
                break
        out.append((function, full_name(first, prefix, surname), (first, prefix, surname)))
    return out


def _grade_counts(count: int, rng: random.Random) -> list[int]:
    weights = [rng.uniform(0.85, 1.15) for _ in range(8)]
    raw = [count * w / sum(weights) for w in weights]
    out = [int(r) for r in raw]
    for i in sorted(range(8), key=lambda i: raw[i] - out[i], reverse=True)[: count - sum(out)]:
        out[i] += 1
    return out


def _children(ctx: DemoContext, count: int) -> list[_Child]:
    """This year's pupils (grades 1–8) plus last year's groep 8, grouped into families."""
    rng = ctx.rng
    counts = _grade_counts(count, rng)
    graduates = round(counts[7] * rng.uniform(0.9, 1.1))
    pools: dict[int, int] = {g + 1: c for g, c in enumerate(counts)}
    pools[9] = graduates
    slots = [g for g in range(1, 10) for _ in range(pools[g])]
    rng.shuffle(slots)
    children: list[_Child] = []
    family = 0
    for grade in slots:
        if pools[grade] == 0:
            continue
        family += 1
        origin = weighted(rng, names.ORIGINS)
        _, girls, boys, surnames = names.ORIGINS[origin]
        prefix, surname = rng.choice(surnames)
        size = rng.choices([1, 2, 3, 4], weights=[52, 35, 11, 2])[0]
        grades = [grade]
        for _ in range(size - 1):
            options = [g for g in range(1, 10) if pools[g] - grades.count(g) > 0 and g not in grades
                       and abs(g - grade) <= 5]
            if options:
                grades.append(rng.choice(options))
        for index, g in enumerate(grades):
            pools[g] -= 1
            girl = rng.random() < 0.5
            first = rng.choice(girls if girl else boys)
            own = other = (prefix, surname)
            if rng.random() < 0.04 and index:  # deliberately: a younger child with the other parent's surname
                own = other = rng.choice(surnames)
            children.append(_Child(grade=g, family=family, origin=origin, girl=girl, first_name=first,
                                   tussenvoegsel=own[0], surname=own[1], family_name=(prefix, surname),
                                   other_name=other if other != (prefix, surname) else None,
                                   birth_date=_birth_date(rng, ctx.year_start.year, g)))
    current = [c for c in children if c.grade <= 8]
    if not ctx.schools[:-1]:  # the first school shows the names that must print exactly
        firsts = {}  # one showcase child per family: the family takes its surname
        for c in current:
            if c.grade >= 3:
                firsts.setdefault(c.family, c)
        shown = list(firsts.values())
        for child, (first, prefix, surname), origin in zip(shown, names.SHOWCASE, ("nl", "tr", "pl", "nl", "ma")):
            for sibling in (c for c in children if c.family == child.family):  # the family takes the name
                if (sibling.tussenvoegsel, sibling.surname) == sibling.family_name or sibling is child:
                    sibling.tussenvoegsel, sibling.surname = prefix, surname
                sibling.family_name, sibling.origin = (prefix, surname), origin
            child.first_name, child.other_name = first, None
    for child in rng.sample(current, k=min(len(current), max(1, len(current) // 33))):
        if child.grade >= 2:
            child.arrived_this_year = True  # moved here: no class last year
    days_so_far = max(0, (ctx.today - ctx.year_start).days)
    for child in rng.sample(current, k=min(len(current), max(1, len(current) // 70))):
        child.left_on = ctx.year_start + timedelta(days=rng.randint(0, days_so_far))
    for child in children:
        if child.grade == 9:
            child.left_on = ctx.year_start - timedelta(days=1)
    return children


def _birth_date(rng: random.Random, year: int, grade: int) -> date:
    """In groep g in the school year starting in ``year``: born 1 Oct (year-g-4) to 30 Sep (year-g-3)."""
    first = date(year - grade - 4, 10, 1)
    return first + timedelta(days=rng.randint(0, 364))


def _layout(grades: dict[int, int], combo_pair: tuple[int, int] = (3, 4)) -> list[tuple[str, str, dict[int, int]]]:
    """Classes of ~27 for grade counts: kleuters in "Groep 1/2a…", then pairs 3/4, 5/6, 7/8 with
    parallel groups ("Groep 5a", "Groep 5b") and a combination group for what is left over; the
    ``combo_pair`` gets a combination group whenever class sizes stay between 18 and 33."""
    out: list[tuple[str, str, dict[int, int]]] = []
    kleuters = grades.get(1, 0) + grades.get(2, 0)
    n = max(1, math.ceil(kleuters / 29))
    for i in range(n):
        suffix = _suffix(i) if n > 1 else ""
        share = {g: _share(grades.get(g, 0), n, i) for g in (1, 2)}
        out.append((f"Groep 1/2{suffix}", "1/2", share))
    for a, b in ((3, 4), (5, 6), (7, 8)):
        na, nb = grades.get(a, 0), grades.get(b, 0)
        total = max(1, math.ceil((na + nb) / 31))
        if (a, b) == combo_pair and total % 2 == 0:
            if (na + nb) / (total + 1) >= 18:
                total += 1
            elif (na + nb) / (total - 1) <= 33:
                total -= 1
        singles, combo = total // 2, total % 2
        target = (na + nb) / total
        for g, ng in ((a, na), (b, nb)):
            in_singles = min(ng, round(singles * target)) if combo else ng
            for i in range(singles):
                suffix = _suffix(i) if singles > 1 else ""
                out.append((f"Groep {g}{suffix}", str(g), {g: _share(in_singles, singles, i)}))
        if combo:
            rest = {g: ng - (min(ng, round(singles * target)) if singles else 0) for g, ng in ((a, na), (b, nb))}
            out.append((f"Groep {a}/{b}", f"{a}/{b}", rest))
    return out


def _suffix(index: int) -> str:
    """0 → "a", 25 → "z", 26 → "aa": parallel groups of a (very) large school."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    return letters[index] if index < 26 else _suffix(index // 26 - 1) + letters[index % 26]


def _share(count: int, parts: int, index: int) -> int:
    return count // parts + (1 if index < count % parts else 0)


def _make_classes(ctx: DemoContext, school: DemoSchool, year_id: int, by_grade: dict[int, list[_Child]],
                  teachers: list[int], *, current: bool) -> None:
    layout = _layout({g: len(c) for g, c in by_grade.items()}, ctx.rng.choice(((3, 4), (5, 6), (7, 8))))
    order = list(teachers)
    ctx.rng.shuffle(order)
    rows = [{"school_id": school.id, "school_year_id": year_id, "name": name, "grades": grades,
             "teacher_staff_id": order[i % len(order)] if order else None, "version": 1}
            for i, (name, grades, _) in enumerate(layout)]
    ids = insert_ids(ctx.conn, SchoolClass.__table__, rows)
    queues = {g: list(children) for g, children in by_grade.items()}
    for g in queues:
        ctx.rng.shuffle(queues[g])
    for class_id, row, (_, _, share) in zip(ids, rows, layout):
        for g, n in share.items():
            for child in queues.get(g, [])[:n]:
                child.classes[year_id] = class_id
            queues[g] = queues.get(g, [])[n:]
        if current:
            school.class_names[class_id] = row["name"]
            school.class_teacher[class_id] = row["teacher_staff_id"]
    assert not any(queues.values()), "every pupil gets a class"


def _insert_pupils(ctx: DemoContext, school: DemoSchool, children: list[_Child]) -> None:
    rng, conn = ctx.rng, ctx.conn
    # Older pupils came first, so they have the lower numbers; leading zeros are part of the number.
    ordered = sorted(children, key=lambda c: (-c.grade, c.family, c.first_name))
    start = rng.randint(120, 900)
    created = ctx.year_start - timedelta(days=400)
    rows = []
    for i, child in enumerate(ordered):
        rows.append({
            "school_id": school.id, "leerlingnummer": f"{start + i:06d}",
            "first_name": child.first_name, "tussenvoegsel": child.tussenvoegsel, "surname": child.surname,
            "sort_name": sort_key(child.first_name, child.tussenvoegsel, child.surname),
            "birth_date": child.birth_date, "left_on": child.left_on,
            "created_at": at(created, 9), "version": 1,
        })
    for child, pupil_id in zip(ordered, insert_ids(conn, Pupil.__table__, rows)):
        child.id = pupil_id
    insert_rows(conn, Enrolment.__table__, [
        {"pupil_id": c.id, "class_id": class_id, "school_year_id": year_id}
        for c in ordered for year_id, class_id in sorted(c.classes.items())
    ])
    families: dict[int, list[_Child]] = {}
    for child in ordered:
        families.setdefault(child.family, []).append(child)
    guardian_rows, link_plan = [], []
    for family_id in sorted(families):
        kids = families[family_id]
        for guardian, relation, gezag in _guardians(rng, kids):
            guardian_rows.append(guardian)
            link_plan.append((kids, relation, gezag))
    guardian_ids = insert_ids(conn, Guardian.__table__, guardian_rows)
    pupils = {c.id: DemoPupil(id=c.id, school_id=school.id, family=c.family, grade=c.grade,
                              class_id=c.classes.get(ctx.year_id), left_on=c.left_on) for c in ordered}
    links = []
    for guardian_id, (kids, relation, gezag) in zip(guardian_ids, link_plan):
        for child in kids:
            pupil = pupils[child.id]
            pupil.guardian_ids.append(guardian_id)
            if gezag:
                pupil.gezag_ids.append(guardian_id)
            links.append({"pupil_id": child.id, "guardian_id": guardian_id, "relation": relation,
                          "has_parental_authority": gezag, "position": len(pupil.guardian_ids)})
    insert_rows(conn, PupilGuardian.__table__, links)
    school.pupils = [pupils[c.id] for c in ordered]


def _address(rng: random.Random) -> dict:
    town = weighted(rng, names.TOWNS)
    _, (low, high), streets = names.TOWNS[town]
    while True:
        letters = rng.choice(names.POSTCODE_LETTERS) + rng.choice(names.POSTCODE_LETTERS)
        if letters not in ("SA", "SD", "SS"):
            break
    number = str(rng.randint(1, 160)) + rng.choices(["", "a", "b", "-1", "-2"], weights=[85, 6, 3, 3, 3])[0]
    return {"street": rng.choice(streets), "house_number": number,
            "postcode": f"{rng.randint(low, high)} {letters}", "city": town}


def _guardians(rng: random.Random, kids: list[_Child]) -> list[tuple[dict, str, bool]]:
    """One or two guardians for a family; sometimes parents apart, sometimes a step-parent without gezag.

    The children's surname is a guardian's with gezag: the father's, while the mother keeps her own
    (a child with the other parent's surname has that as the mother's); a mother alone with gezag
    (single, or with a step-parent) carries the children's name."""
    child = kids[0]
    origin = child.origin
    surnames = names.ORIGINS[origin][3]
    home = _address(rng)
    two = rng.random() < 0.82
    mother_first = rng.random() < 0.8
    people = []
    father = (rng.choice(names.ADULT_MEN[origin]), *child.family_name, False)
    other_prefix, other_surname = rng.choice(surnames)
    other_prefix, other_surname = next((k.other_name for k in kids if k.other_name), (other_prefix, other_surname))
    mother = (rng.choice(names.ADULT_WOMEN[origin]), other_prefix, other_surname, True)
    if two:
        pair = [mother, father] if mother_first else [father, mother]
        apart = rng.random() < 0.12
        step = not apart and rng.random() < 0.05
        if step and mother_first:
            pair[0] = (mother[0], *child.family_name, True)
        people.append((pair[0], home, "moeder" if pair[0][3] else "vader", True))
        if step:
            prefix, surname = rng.choice(surnames)
            woman = not pair[0][3]
            first = rng.choice((names.ADULT_WOMEN if woman else names.ADULT_MEN)[origin])
            people.append(((first, prefix, surname, woman), home, "stiefmoeder" if woman else "stiefvader", False))
        else:
            people.append((pair[1], _address(rng) if apart else home, "moeder" if pair[1][3] else "vader", True))
    else:
        single = (mother[0], *child.family_name, True) if mother_first else father
        people.append((single, home, "moeder" if single[3] else "vader", True))
    out = []
    for (first, prefix, surname, woman), address, relation, gezag in people:
        shown_prefix = prefix[:1].upper() + prefix[1:] if prefix and not prefix.startswith("'") else prefix
        out.append(({
            "initials": "".join(part[:1] + "." for part in first.replace("-", " ").split()),
            "first_name": first, "tussenvoegsel": prefix, "surname": surname,
            "salutation": f"Geachte {'mevrouw' if woman else 'heer'} {' '.join(p for p in (shown_prefix, surname) if p)}",
            **address,
            "email": f"{ascii_part(first)}.{ascii_part(prefix + surname)}{rng.choice(['', '', str(rng.randint(1, 99))])}"
                     f"@{rng.choice(names.EMAIL_DOMAINS)}",
            "phone": f"06-{rng.randint(10_000_000, 69_999_999)}", "version": 1,
        }, relation, gezag))
    return out
