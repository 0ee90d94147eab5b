"""The roles a user can hold, as a plain enum (no SQLAlchemy): ``services.access`` needs them at every
start, before anything has to load the ORM models; ``models.user`` stores them."""

from __future__ import annotations

import enum


class Role(enum.Enum):
    BEHEERDER = "beheerder"  # accounts, schools, import, consent, letters — not incident contents
    DIRECTEUR = "directeur"  # everything for their schools
    ANTI_PEST = "anti_pest"  # anti-pestcoördinator / vertrouwenspersoon: incidents, conversations
    LEERKRACHT = "leerkracht"  # consent sheet of their own classes, read-only
    BESTUUR = "bestuur"  # anonymised overviews of all schools
