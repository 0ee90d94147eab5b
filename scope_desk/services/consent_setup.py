"""Consent rounds and their categories: open a round with the default categories, add, rename, reorder.

Functions take an open session; ``ConsentService`` wraps them in a unit of work with roles and audit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from scope_desk.errors import InvalidInput, NotFound
from scope_desk.models.consent import ConsentCategory, ConsentRound
from scope_desk.models.school import SchoolYear
from scope_desk.services.consent_types import CategoryView, RoundView


def default_categories() -> list[tuple[str, str, str]]:
    """(code, label, description) of the board's default categories, from consent_defaults."""
    from scope_desk.services import consent_defaults

    out = []
    for item in consent_defaults.DEFAULT_CATEGORIES:
        if isinstance(item, tuple):
            code, label, *rest = item
            out.append((code, label, rest[0] if rest else ""))
        else:
            out.append((item.code, item.label, getattr(item, "description", "")))
    return out


def category_view(c: ConsentCategory) -> CategoryView:
    return CategoryView(id=c.id, round_id=c.round_id, code=c.code, label=c.label, description=c.description, position=c.position)


def round_view(s: Session, r: ConsentRound) -> RoundView:
    year = s.get(SchoolYear, r.school_year_id)
    cats = s.execute(
        select(ConsentCategory).where(ConsentCategory.round_id == r.id).order_by(ConsentCategory.position, ConsentCategory.id)
    ).scalars()
    return RoundView(
        id=r.id, school_id=r.school_id, school_year_id=r.school_year_id, year_label=year.label if year else "",
        status=r.status, opened_on=r.opened_on, deadline=r.deadline, categories=tuple(category_view(c) for c in cats),
    )


def get_round(s: Session, round_id: int) -> ConsentRound:
    r = s.get(ConsentRound, round_id)
    if r is None:
        raise NotFound("Deze toestemmingsronde bestaat niet (meer).")
    return r


def find_round(s: Session, school_id: int, school_year_id: int) -> ConsentRound | None:
    return s.execute(
        select(ConsentRound).where(ConsentRound.school_id == school_id, ConsentRound.school_year_id == school_year_id)
    ).scalar_one_or_none()


def create_round(s: Session, school_id: int, school_year_id: int, today: date,
                 categories: Sequence[tuple[str, str, str]] | None = None) -> ConsentRound:
    """A new round with the given categories (default: the board's defaults). A new round asks anew:
    no decisions are copied (that is ``carry_over``, an explicit action)."""
    r = ConsentRound(school_id=school_id, school_year_id=school_year_id, opened_on=today)
    s.add(r)
    s.flush()
    for position, (code, label, description) in enumerate(categories or default_categories(), start=1):
        s.add(ConsentCategory(round_id=r.id, code=code, label=label, description=description, position=position))
    s.flush()
    return r


def previous_round(s: Session, r: ConsentRound) -> ConsentRound | None:
    """The same school's round of the most recent earlier school year."""
    this_year = s.get(SchoolYear, r.school_year_id)
    return s.execute(
        select(ConsentRound).join(SchoolYear, SchoolYear.id == ConsentRound.school_year_id)
        .where(ConsentRound.school_id == r.school_id, SchoolYear.starts_on < this_year.starts_on)
        .order_by(SchoolYear.starts_on.desc()).limit(1)
    ).scalar_one_or_none()


_CODE = re.compile(r"[^a-z0-9]+")


def make_code(label: str, taken: set[str]) -> str:
    base = _CODE.sub("_", label.casefold()).strip("_")[:36] or "categorie"
    code, n = base, 2
    while code in taken:
        code, n = f"{base}_{n}", n + 1
    return code


def add_category(s: Session, r: ConsentRound, label: str, description: str = "", code: str = "") -> ConsentCategory:
    label = label.strip()
    if not label:
        raise InvalidInput("Geef de categorie een naam.")
    existing = s.execute(select(ConsentCategory).where(ConsentCategory.round_id == r.id)).scalars().all()
    if any(c.label.casefold() == label.casefold() for c in existing):
        raise InvalidInput(f"Er is al een categorie '{label}' in deze ronde.")
    taken = {c.code for c in existing}
    code = code.strip() or make_code(label, taken)
    if code in taken:
        raise InvalidInput(f"De code '{code}' wordt in deze ronde al gebruikt.")
    position = (s.execute(select(func.max(ConsentCategory.position)).where(ConsentCategory.round_id == r.id)).scalar() or 0) + 1
    c = ConsentCategory(round_id=r.id, code=code, label=label[:120], description=description, position=position)
    s.add(c)
    s.flush()
    return c


def rename_category(s: Session, category: ConsentCategory, label: str, description: str | None) -> None:
    label = label.strip()
    if not label:
        raise InvalidInput("Geef de categorie een naam.")
    clash = s.execute(
        select(ConsentCategory.id).where(ConsentCategory.round_id == category.round_id, ConsentCategory.id != category.id,
                                         func.lower(ConsentCategory.label) == label.lower())
    ).first()
    if clash:
        raise InvalidInput(f"Er is al een categorie '{label}' in deze ronde.")
    category.label = label[:120]
    if description is not None:
        category.description = description


def reorder_categories(s: Session, r: ConsentRound, ordered_ids: Sequence[int]) -> None:
    cats = {c.id: c for c in s.execute(select(ConsentCategory).where(ConsentCategory.round_id == r.id)).scalars()}
    if sorted(ordered_ids) != sorted(cats):
        raise InvalidInput("De nieuwe volgorde moet precies de categorieën van deze ronde bevatten.")
    for position, cid in enumerate(ordered_ids, start=1):
        if cats[cid].position != position:
            cats[cid].position = position
