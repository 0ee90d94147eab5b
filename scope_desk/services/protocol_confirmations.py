"""Read confirmations: staff confirm that they have read a protocol version (they are the school's
ambassadors, protocol B.3 and S.1). Confirmations are per version, so a new version asks again."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from scope_desk.errors import InvalidInput, NotFound
from scope_desk.models.base import utcnow
from scope_desk.models.protocol import ReadConfirmation
from scope_desk.models.school import School, StaffMember
from scope_desk.models.user import UserAccount
from scope_desk.naming import surname_first
from scope_desk.services import audit
from scope_desk.services.access import Actor, Permission, require
from scope_desk.services.events import ChangeSet
from scope_desk.services.protocol_store import get_version, info_of
from scope_desk.services.protocol_types import Confirmation, ConfirmationRegister


class ConfirmationsMixin:
    """Mixed into ProtocolService (needs ``_store``, ``_changes``, ``ensure_bundled``)."""

    def linked_staff_member(self, actor: Actor) -> int | None:
        """The staff member the signed-in account is linked to, if any."""
        if actor.user_id is None:
            return None
        with self._store.transaction() as s:
            return s.scalar(select(UserAccount.staff_member_id).where(UserAccount.id == actor.user_id))

    def my_confirmation(self, actor: Actor, version_id: int) -> datetime | None:
        """When the signed-in staff member confirmed ``version_id``; None when not (yet) or not linked."""
        require(actor, Permission.VIEW_PROTOCOL)
        staff_id = self.linked_staff_member(actor)
        if staff_id is None:
            return None
        with self._store.transaction() as s:
            return s.scalar(select(ReadConfirmation.confirmed_at).where(
                ReadConfirmation.version_id == version_id, ReadConfirmation.staff_member_id == staff_id))

    def confirm_read(self, actor: Actor, version_id: int, staff_member_id: int | None = None,
                     at: datetime | None = None) -> Confirmation:
        """Register that a staff member has read ``version_id``: the signed-in one (CONFIRM_PROTOCOL_READ),
        or, for a paper list, another one of a school the actor manages the protocol for."""
        self.ensure_bundled(actor)
        own = staff_member_id is None
        if own:
            require(actor, Permission.CONFIRM_PROTOCOL_READ)
            staff_member_id = self.linked_staff_member(actor)
            if staff_member_id is None:
                raise InvalidInput("Uw account is niet aan een medewerker gekoppeld; vraag de beheerder dit te doen.")
        try:
            with self._store.transaction(write=True) as s:
                version = get_version(s, version_id)
                staff = s.get(StaffMember, staff_member_id)
                if staff is None:
                    raise NotFound(f"Medewerker {staff_member_id} bestaat niet.")
                require(actor, Permission.CONFIRM_PROTOCOL_READ if own else Permission.MANAGE_PROTOCOL, staff.school_id)
                existing = s.scalars(select(ReadConfirmation).where(
                    ReadConfirmation.version_id == version_id, ReadConfirmation.staff_member_id == staff_member_id)).first()
                if existing is None:
                    existing = ReadConfirmation(version_id=version_id, staff_member_id=staff_member_id,
                                                confirmed_at=at or utcnow(), recorded_by_name=actor.name)
                    s.add(existing)
                    s.flush()
                    audit.record(s, actor, "protocol.read_confirmed", "protocol_version", version_id,
                                 school_id=staff.school_id, staff_member_id=staff_member_id, label=version.label,
                                 on_behalf=not own)
                result = _confirmation(staff, s.get(School, staff.school_id) if staff.school_id else None, existing)
        except IntegrityError:
            raise InvalidInput("Deze bevestiging is zojuist al geregistreerd.") from None
        self._changes.emit(ChangeSet(protocol=True, schools=frozenset({result.school_id} - {None})))
        return result

    def confirmation_register(self, actor: Actor, version_id: int, school_id: int) -> ConfirmationRegister:
        """Active staff of a school: who confirmed ``version_id`` (and when) and who has not yet."""
        require(actor, Permission.MANAGE_PROTOCOL, school_id)
        self.ensure_bundled(actor)
        with self._store.transaction() as s:
            version = get_version(s, version_id)
            school = s.get(School, school_id)
            if school is None:
                raise NotFound(f"School {school_id} bestaat niet.")
            staff = s.scalars(select(StaffMember).where(StaffMember.school_id == school_id, StaffMember.active.is_(True))
                              .order_by(StaffMember.sort_name)).all()
            confirmations = {c.staff_member_id: c for c in s.scalars(select(ReadConfirmation).where(
                ReadConfirmation.version_id == version_id,
                ReadConfirmation.staff_member_id.in_([m.id for m in staff] or [-1])))}
            rows = [_confirmation(m, school, confirmations.get(m.id)) for m in staff]
            return ConfirmationRegister(
                version=info_of(version), school_id=school.id, school_name=school.name,
                confirmed=tuple(r for r in rows if r.confirmed_at is not None),
                pending=tuple(r for r in rows if r.confirmed_at is None),
            )

    def write_confirmation_register(self, actor: Actor, version_id: int, school_id: int,
                                    out: str | Path) -> ConfirmationRegister:
        """The register of ``school_id`` as a PDF at ``out`` (staff names: personal data, so audited).

        The audit row (counts only) commits only once the file is in place.
        """
        from scope_desk.letters.protocol_confirmations_pdf import confirmations_pdf
        from scope_desk.atomic_files import write_atomic

        register = self.confirmation_register(actor, version_id, school_id)
        data = confirmations_pdf(register)
        with self._store.transaction(write=True) as s:
            audit.record(s, actor, "protocol.register_export", "protocol_version", version_id, school_id=school_id,
                         confirmed=len(register.confirmed), pending=len(register.pending))
            write_atomic(out, data)
        return register

    def school_by_brin(self, actor: Actor, brin: str) -> int | None:
        """The id of the school with this BRIN code, if the actor may see its register."""
        with self._store.transaction() as s:
            school_id = s.scalar(select(School.id).where(School.brin == brin.strip().upper()))
        return school_id if school_id is not None and actor.can(Permission.MANAGE_PROTOCOL, school_id) else None

    def register_schools(self, actor: Actor) -> list[tuple[int, str]]:
        """Schools whose read-confirmation register the actor may see, by name."""
        allowed = actor.school_ids(Permission.MANAGE_PROTOCOL)
        with self._store.transaction() as s:
            query = select(School.id, School.name).order_by(School.name)
            if allowed is not None:
                query = query.where(School.id.in_(allowed or [-1]))
            return [(row.id, row.name) for row in s.execute(query)]


def _confirmation(staff: StaffMember, school: School | None, row: ReadConfirmation | None) -> Confirmation:
    return Confirmation(
        staff_member_id=staff.id, name=surname_first(staff.first_name, staff.tussenvoegsel, staff.surname),
        school_id=staff.school_id, school_name=school.name if school else "", function=staff.function,
        confirmed_at=row.confirmed_at if row else None, recorded_by=row.recorded_by_name if row else "",
    )
