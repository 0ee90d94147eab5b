"""The board's default consent categories (protocol A.5: photo, film and sound of a pupil).

A new consent round starts with these; a school may rename, reorder or add categories per year.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from scope_desk.models.consent import ConsentCategory


@dataclass(frozen=True)
class DefaultCategory:
    code: str
    label: str
    description: str
    position: int


DEFAULT_CATEGORIES: tuple[DefaultCategory, ...] = (
    DefaultCategory(
        "school_guide", "Schoolgids en brochure",
        "Foto's van uw kind in de schoolgids, de informatiebrochure en ander drukwerk van de school.", 1,
    ),
    DefaultCategory(
        "website", "Website van de school",
        "Foto's en filmpjes van uw kind op de openbare website van de school.", 2,
    ),
    DefaultCategory(
        "newsletter", "Nieuwsbrief",
        "Foto's van uw kind in de nieuwsbrief die naar de ouders van de school gaat.", 3,
    ),
    DefaultCategory(
        "parent_app", "Besloten ouderapp",
        "Foto's en filmpjes van uw kind in de besloten ouderapp, alleen zichtbaar voor ouders van de school.", 4,
    ),
    DefaultCategory(
        "social_media", "Sociale media van de school",
        "Foto's en filmpjes van uw kind op de eigen sociale-media-accounts van de school.", 5,
    ),
    DefaultCategory(
        "local_press", "Lokale pers",
        "Foto's van uw kind in de lokale krant of op een lokale nieuwssite, bij een activiteit van de school.", 6,
    ),
    DefaultCategory(
        "research_training", "Onderzoek en opleiding",
        "Beeld van uw kind voor onderzoek en voor de opleiding en begeleiding van (aanstaande) leerkrachten.", 7,
    ),
    DefaultCategory(
        "recordings", "Beeld- en geluidsopnamen",
        "Film- en geluidsopnamen waarop uw kind te zien of te horen is, bijvoorbeeld van een musical of presentatie.", 8,
    ),
)


def default_category_rows(round_id: int) -> list[dict]:
    """Rows for a Core insert into consent_categories (bulk paths such as demo data)."""
    return [
        {"round_id": round_id, "code": c.code, "label": c.label, "description": c.description,
         "position": c.position, "version": 1}
        for c in DEFAULT_CATEGORIES
    ]


def create_default_categories(
    session: Session, round_id: int, categories: Sequence[DefaultCategory] = DEFAULT_CATEGORIES
) -> list[ConsentCategory]:
    """Add the default categories to a round (in ``position`` order) and flush; returns them."""
    rows = [
        ConsentCategory(round_id=round_id, code=c.code, label=c.label, description=c.description, position=c.position)
        for c in sorted(categories, key=lambda c: c.position)
    ]
    session.add_all(rows)
    session.flush()
    return rows
