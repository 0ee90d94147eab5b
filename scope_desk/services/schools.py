"""Schools and their letterhead (name, address, BRIN, logo): what the consent letters print.

Reads return frozen dataclasses; ``update_letterhead`` validates with one Dutch sentence, keeps a
logo as PNG or JPEG no wider than ``LOGO_MAX_WIDTH_PX``, refuses a stale save (the version read
with it) and writes the audit event in the same transaction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from io import BytesIO

from sqlalchemy import select

from scope_desk.db import Store
from scope_desk.errors import InvalidInput, NotFound, StaleRecord
from scope_desk.models.school import School
from scope_desk.services import audit
from scope_desk.services.access import Actor, Permission, require
from scope_desk.services.events import ChangeSet, Changes

LOGO_MAX_BYTES = 1024 * 1024
LOGO_MAX_WIDTH_PX = 600
_POSTCODE = re.compile(r"^([1-9][0-9]{3})\s?([A-Za-z]{2})$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class SchoolChoice:
    id: int
    brin: str
    name: str


@dataclass(frozen=True)
class Letterhead:
    """One school's letterhead as the Settings dialog edits it; ``version`` guards a stale save."""

    school_id: int
    brin: str
    name: str
    street: str = ""
    postcode: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    principal_name: str = ""
    logo: bytes | None = None
    version: int = 1

    def changed(self, **values) -> "Letterhead":
        return replace(self, **values)


def normalised_postcode(value: str) -> str:
    """ "1234ab" / "1234 AB" → "1234 AB"; empty stays empty; anything else: InvalidInput."""
    value = (value or "").strip()
    if not value:
        return ""
    m = _POSTCODE.match(value)
    if not m:
        raise InvalidInput(f"'{value}' is geen Nederlandse postcode; schrijf die als bijvoorbeeld 1234 AB.")
    return f"{m.group(1)} {m.group(2).upper()}"


def checked_logo(data: bytes | None) -> bytes | None:
    """A PNG or JPEG under 1 MB, scaled down to at most 600 px wide (kept in its own format)."""
    if not data:
        return None
    if len(data) >= LOGO_MAX_BYTES:
        raise InvalidInput("Het logo is groter dan 1 MB; kies een kleiner bestand.")
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(BytesIO(data)) as image:
            kind = image.format
            if kind not in ("PNG", "JPEG"):
                raise InvalidInput("Het logo moet een PNG- of JPEG-afbeelding zijn.")
            image.load()
            if image.width <= LOGO_MAX_WIDTH_PX:
                return bytes(data)
            height = max(1, round(image.height * LOGO_MAX_WIDTH_PX / image.width))
            scaled = image.resize((LOGO_MAX_WIDTH_PX, height), Image.Resampling.LANCZOS)
            out = BytesIO()
            if kind == "JPEG":
                scaled.convert("RGB").save(out, "JPEG", quality=90)
            else:
                scaled.save(out, "PNG", optimize=True)
            return out.getvalue()
    except (UnidentifiedImageError, OSError, ValueError):
        raise InvalidInput("Het logo is geen leesbare PNG- of JPEG-afbeelding.") from None


def validated(head: Letterhead) -> Letterhead:
    """The letterhead trimmed and normalised; InvalidInput names the first problem."""
    name = head.name.strip()
    if not name:
        raise InvalidInput("Vul de naam van de school in.")
    email = head.email.strip()
    if email and not _EMAIL.match(email):
        raise InvalidInput(f"'{email}' is geen geldig e-mailadres.")
    return replace(
        head, name=name, street=head.street.strip(), postcode=normalised_postcode(head.postcode),
        city=head.city.strip(), phone=head.phone.strip(), email=email, principal_name=head.principal_name.strip(),
        logo=checked_logo(head.logo),
    )


_COLUMNS = ("name", "street", "postcode", "city", "phone", "email", "principal_name", "logo")


class SchoolService:
    def __init__(self, store: Store, changes: Changes) -> None:
        self._store = store
        self._changes = changes

    def manageable(self, actor: Actor) -> list[SchoolChoice]:
        """The schools whose letterhead ``actor`` may edit, by name."""
        ids = actor.school_ids(Permission.MANAGE_SCHOOLS)
        if ids is not None and not ids:
            return []
        query = select(School.id, School.brin, School.name).order_by(School.name, School.brin)
        if ids is not None:
            query = query.where(School.id.in_(ids))
        with self._store.transaction(write=False) as s:
            return [SchoolChoice(*row) for row in s.execute(query)]

    def letterhead(self, actor: Actor, school_id: int) -> Letterhead:
        require(actor, Permission.MANAGE_SCHOOLS, school_id)
        with self._store.transaction(write=False) as s:
            school = s.get(School, school_id)
            if school is None:
                raise NotFound("Deze school bestaat niet (meer).")
            return _view(school)

    def update_letterhead(self, actor: Actor, head: Letterhead) -> Letterhead:
        """Save ``head`` (read with ``letterhead``); a save over someone else's change raises StaleRecord."""
        require(actor, Permission.MANAGE_SCHOOLS, head.school_id)
        clean = validated(head)
        with self._store.transaction(write=True) as s:
            school = s.get(School, head.school_id)
            if school is None:
                raise NotFound("Deze school bestaat niet (meer).")
            if school.version != head.version:
                raise StaleRecord("Het briefhoofd van deze school")
            changed = [c for c in _COLUMNS if getattr(school, c) != getattr(clean, c)]
            if not changed:
                return _view(school)
            for column in changed:
                setattr(school, column, getattr(clean, column))
            s.flush()
            audit.record(s, actor, "school.update", "school", school.id, school_id=school.id, fields=sorted(changed))
            view = _view(school)
        self._changes.emit(ChangeSet(schools=frozenset({view.school_id})))
        return view


def _view(school: School) -> Letterhead:
    return Letterhead(
        school_id=school.id, brin=school.brin, name=school.name, street=school.street or "",
        postcode=school.postcode or "", city=school.city or "", phone=school.phone or "", email=school.email or "",
        principal_name=school.principal_name or "", logo=school.logo, version=school.version,
    )
