"""The consent registry: record decisions (append-only), withdraw, carry over, read the current state.

Every write checks the actor's role first, inserts the events with one Core statement, and writes
the audit trail in the same transaction (one event per pupil slip). Reads never return ORM rows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import insert, select

from scope_desk.db import Store
from scope_desk.errors import InvalidInput, NotAllowed, NotFound
from scope_desk.models.base import utcnow
from scope_desk.models.consent import ConsentCategory, ConsentDecision, ConsentRound
from scope_desk.models.school import Pupil, School, SchoolYear
from scope_desk.services import audit, consent_registry as reg, consent_setup as setup
from scope_desk.services.access import Actor, Permission, require
from scope_desk.services.consent_state import current_cells
from scope_desk.services.consent_types import (
    NOT_RETURNED_CELL, Cell, ClassCounts, ClassView, ConsentState, DecisionEntry, GuardianView, HistoryEntry,
    ReceivedVia, Registry, RoundView,
)
from scope_desk.services.events import ChangeSet, Changes

MAX_NOTE = 2000


@dataclass(frozen=True)
class RoundChoice:
    round_id: int
    school_id: int
    school_name: str
    brin: str
    school_year_id: int
    year_label: str


class ConsentService:
    def __init__(self, store: Store, changes: Changes) -> None:
        self._store = store
        self._changes = changes

    # ---- rounds and categories -------------------------------------------------------------
    def find_round(self, actor: Actor, school_id: int, school_year_id: int) -> RoundView | None:
        self._require_view(actor, school_id)
        with self._store.transaction() as s:
            r = setup.find_round(s, school_id, school_year_id)
            return setup.round_view(s, r) if r else None

    def get_round(self, actor: Actor, round_id: int) -> RoundView:
        with self._store.transaction() as s:
            r = setup.get_round(s, round_id)
            self._require_view(actor, r.school_id)
            return setup.round_view(s, r)

    def open_round(self, actor: Actor, school_id: int, school_year_id: int, today: date | None = None) -> RoundView:
        """The school's round for that year, created with the default categories if there is none yet."""
        require(actor, Permission.MANAGE_ROUNDS, school_id)
        with self._store.transaction(write=True) as s:
            r = setup.find_round(s, school_id, school_year_id)
            if r is None:
                if s.get(School, school_id) is None or s.get(SchoolYear, school_year_id) is None:
                    raise NotFound("Deze school of dit schooljaar bestaat niet.")
                r = setup.create_round(s, school_id, school_year_id, today or date.today())
                audit.record(s, actor, "consent_round.open", "consent_round", r.id, school_id=school_id)
            view = setup.round_view(s, r)
        self._changes.emit(ChangeSet(schools=frozenset({school_id}), consent=True))
        return view

    def add_category(self, actor: Actor, round_id: int, label: str, description: str = "") -> RoundView:
        return self._edit_round(actor, round_id, "consent_category.add",
                                lambda s, r: setup.add_category(s, r, label, description).id)

    def rename_category(self, actor: Actor, category_id: int, label: str, description: str | None = None) -> RoundView:
        with self._store.transaction() as s:
            c = s.get(ConsentCategory, category_id)
            if c is None:
                raise NotFound("Deze categorie bestaat niet (meer).")
            round_id = c.round_id

        def change(s, r):
            setup.rename_category(s, s.get(ConsentCategory, category_id), label, description)
            return category_id

        return self._edit_round(actor, round_id, "consent_category.rename", change)

    def reorder_categories(self, actor: Actor, round_id: int, ordered_ids: Sequence[int]) -> RoundView:
        return self._edit_round(actor, round_id, "consent_category.reorder",
                                lambda s, r: setup.reorder_categories(s, r, list(ordered_ids)))

    def edit_categories(self, actor: Actor, round_id: int, items: Sequence[tuple[int | None, str]]) -> RoundView:
        """The category editor's result in ONE transaction: ``items`` in the new order, each (id, label)
        for an existing category (renamed when the label differs) or (None, label) for a new one.
        Categories are never removed here: answers may hang on them."""
        def change(s, r):
            current = {c.id: c for c in s.execute(select(ConsentCategory).where(ConsentCategory.round_id == r.id)).scalars()}
            if sorted(i for i, _ in items if i is not None) != sorted(current):
                raise InvalidInput("De lijst moet alle categorieën van deze ronde bevatten; er is niets veranderd.")
            for category_id, label in items:
                if category_id is not None and current[category_id].label != label.strip():
                    setup.rename_category(s, current[category_id], label, None)
                    s.flush()
            ordered = [category_id if category_id is not None else setup.add_category(s, r, label).id
                       for category_id, label in items]
            s.flush()
            setup.reorder_categories(s, r, ordered)
            return None

        return self._edit_round(actor, round_id, "consent_category.edit", change)

    def _edit_round(self, actor: Actor, round_id: int, action: str, change) -> RoundView:
        with self._store.transaction(write=True) as s:
            r = setup.get_round(s, round_id)
            require(actor, Permission.MANAGE_ROUNDS, r.school_id)
            entity_id = change(s, r)
            s.flush()
            audit.record(s, actor, action, "consent_category" if entity_id else "consent_round",
                         entity_id or round_id, school_id=r.school_id)
            view = setup.round_view(s, r)
        self._changes.emit(ChangeSet(schools=frozenset({view.school_id}), consent=True))
        return view

    # ---- recording -------------------------------------------------------------------------
    def record(self, actor: Actor, entries: Sequence[DecisionEntry]) -> None:
        """Record decisions (a whole slip, or several) in ONE transaction: all or nothing.
        One audit event per pupil; the events themselves are appended, never updated."""
        if not entries:
            return
        today = date.today()
        with self._store.transaction(write=True) as s:
            schools = self._validate(s, actor, entries, today)
            now = utcnow()
            s.execute(insert(ConsentDecision), [self._row(e, actor, now) for e in entries])
            per_pupil: dict[int, list[DecisionEntry]] = defaultdict(list)
            for e in entries:
                per_pupil[e.pupil_id].append(e)
            for pupil_id, items in per_pupil.items():
                audit.record(
                    s, actor, "consent.record", "pupil", pupil_id, school_id=schools[pupil_id], pupil_id=pupil_id,
                    decisions={str(e.category_id): e.state.value for e in items},
                    via=sorted({e.received_via.value for e in items}),
                )
        self._changes.emit(ChangeSet(schools=frozenset(schools.values()), consent=True))

    def withdraw(self, actor: Actor, pupil_id: int, category_id: int, on: date, reason: str,
                 given_by_guardian_id: int | None = None, given_by_pupil: bool = False,
                 received_via: ReceivedVia = ReceivedVia.PAPER) -> None:
        """Withdraw a consent given earlier (AVG: at any time). The reason is kept as the event's note."""
        if not reason.strip():
            raise InvalidInput("Geef een reden voor het intrekken.")
        self.record(actor, [DecisionEntry(
            pupil_id=pupil_id, category_id=category_id, state=ConsentState.WITHDRAWN, decided_on=on,
            received_via=received_via, given_by_guardian_id=given_by_guardian_id, given_by_pupil=given_by_pupil,
            note=reason.strip(),
        )])

    def carry_over(self, actor: Actor, round_id: int, today: date | None = None) -> int:
        """Explicitly copy last year's answers into this round (matched on category code), for pupils
        without an answer yet. Copies are marked carried over. Returns the number of decisions copied."""
        with self._store.transaction(write=True) as s:
            r = setup.get_round(s, round_id)
            require(actor, Permission.RECORD_CONSENT, r.school_id)
            prev = setup.previous_round(s, r)
            if prev is None:
                raise InvalidInput("Er is geen ronde van een eerder schooljaar om antwoorden uit over te nemen.")
            view, prev_view = setup.round_view(s, r), setup.round_view(s, prev)
            by_code = {c.code: c.id for c in view.categories}
            mapping = {c.id: by_code[c.code] for c in prev_view.categories if c.code in by_code}
            pupils = reg.round_pupils(view)
            old = current_cells(s, mapping.keys(), pupils)
            already = current_cells(s, mapping.values(), pupils)
            now, on = utcnow(), today or date.today()
            rows = [
                self._row(DecisionEntry(pupil_id=pid, category_id=mapping[cid], state=cell.state, decided_on=on,
                                        received_via=ReceivedVia.CARRIED_OVER, carried_over=True,
                                        note=f"Overgenomen uit {prev_view.year_label}"), actor, now)
                for (pid, cid), cell in old.items()
                if cell.state is not ConsentState.NOT_RETURNED and (pid, mapping[cid]) not in already
            ]
            if rows:
                s.execute(insert(ConsentDecision), rows)
            audit.record(s, actor, "consent.carry_over", "consent_round", r.id, school_id=r.school_id,
                         from_round=prev.id, decisions=len(rows))
        self._changes.emit(ChangeSet(schools=frozenset({view.school_id}), consent=True))
        return len(rows)

    # ---- reading ---------------------------------------------------------------------------
    def round_choices(self, actor: Actor) -> tuple[RoundChoice, ...]:
        """Every round the actor may look at, for the school/year pickers (newest year first)."""
        with self._store.transaction() as s:
            q = (select(ConsentRound.id, School.id, School.name, School.brin, SchoolYear.id, SchoolYear.label)
                 .join(School, School.id == ConsentRound.school_id)
                 .join(SchoolYear, SchoolYear.id == ConsentRound.school_year_id)
                 .order_by(School.name, SchoolYear.starts_on.desc()))
            rows = s.execute(q).all()
        return tuple(RoundChoice(*r) for r in rows
                     if actor.can(Permission.VIEW_CONSENT, r[1]) or actor.class_ids(Permission.VIEW_CLASS_SHEET, r[1]) != set())

    def registry(self, actor: Actor, round_id: int, class_id: int | None = None, include_left: bool = False) -> Registry:
        """Pupils × categories with their current state and flags, plus counts per class.
        A leerkracht (VIEW_CLASS_SHEET) sees only their own class, read-only."""
        with self._store.transaction() as s:
            view = setup.round_view(s, setup.get_round(s, round_id))
            class_ids = self._visible_classes(actor, view.school_id, class_id)
            rows = reg.registry_rows(s, view, class_ids, include_left)
            if class_ids is not None and not include_left:  # a class or a teacher's classes: count the rows
                counts = reg.counts_of_rows(rows, reg.classes_of(s, view.school_id, view.school_year_id, class_ids),
                                            len(view.categories))
            else:
                counts = reg.class_counts(s, view, class_ids)
        return Registry(round=view, rows=rows, counts=counts)

    def class_counts(self, actor: Actor, round_id: int) -> tuple[ClassCounts, ...]:
        with self._store.transaction() as s:
            view = setup.round_view(s, setup.get_round(s, round_id))
            class_ids = self._visible_classes(actor, view.school_id, None)
            return reg.class_counts(s, view, class_ids)

    def classes(self, actor: Actor, school_id: int, school_year_id: int) -> tuple[ClassView, ...]:
        class_ids = self._visible_classes(actor, school_id, None)
        with self._store.transaction() as s:
            return reg.classes_of(s, school_id, school_year_id, class_ids)

    def current(self, actor: Actor, round_id: int, pupil_id: int) -> dict[int, Cell]:
        """{category_id: Cell} for one pupil in one round (every category of the round present)."""
        with self._store.transaction() as s:
            view = setup.round_view(s, setup.get_round(s, round_id))
            self._require_view(actor, view.school_id)
            ids = [c.id for c in view.categories]
            cells = current_cells(s, ids, [pupil_id])
            return {cid: cells.get((pupil_id, cid), NOT_RETURNED_CELL) for cid in ids}

    def history(self, actor: Actor, pupil_id: int) -> tuple[HistoryEntry, ...]:
        with self._store.transaction() as s:
            pupil = s.get(Pupil, pupil_id)
            if pupil is None:
                raise NotFound("Deze leerling bestaat niet (meer).")
            self._require_view(actor, pupil.school_id)
            return reg.history_of(s, pupil_id)

    def guardians(self, actor: Actor, pupil_id: int) -> tuple[GuardianView, ...]:
        with self._store.transaction() as s:
            pupil = s.get(Pupil, pupil_id)
            if pupil is None:
                raise NotFound("Deze leerling bestaat niet (meer).")
            self._require_view(actor, pupil.school_id)
            return reg.guardians_of(s, pupil_id)

    # ---- helpers ---------------------------------------------------------------------------
    def _require_view(self, actor: Actor, school_id: int) -> None:
        if not (actor.can(Permission.VIEW_CONSENT, school_id) or actor.class_ids(Permission.VIEW_CLASS_SHEET, school_id)):
            require(actor, Permission.VIEW_CONSENT, school_id)

    def _visible_classes(self, actor: Actor, school_id: int, class_id: int | None) -> set[int] | None:
        """None = every class; else the classes this actor may see (raises when none)."""
        if actor.can(Permission.VIEW_CONSENT, school_id):
            return None if class_id is None else {class_id}
        allowed = actor.class_ids(Permission.VIEW_CLASS_SHEET, school_id)
        if allowed is None:
            return None if class_id is None else {class_id}
        if class_id is not None:
            allowed = allowed & {class_id}
        if not allowed:
            raise NotAllowed(f"{actor.name} heeft geen recht om deze toestemmingen te bekijken.")
        return allowed

    def _validate(self, s, actor: Actor, entries: Sequence[DecisionEntry], today: date) -> dict[int, int]:
        """Check every entry before anything is written; returns {pupil_id: school_id}."""
        pupil_ids = {e.pupil_id for e in entries}
        category_ids = {e.category_id for e in entries}
        found = s.execute(select(Pupil.id, Pupil.school_id, Pupil.birth_date).where(Pupil.id.in_(pupil_ids))).all()
        pupils = {pid: school_id for pid, school_id, _ in found}
        births = {pid: born for pid, _, born in found}
        cats = dict(s.execute(
            select(ConsentCategory.id, ConsentRound.school_id).join(ConsentRound, ConsentRound.id == ConsentCategory.round_id)
            .where(ConsentCategory.id.in_(category_ids))
        ).all())
        for school_id in set(pupils.values()):
            require(actor, Permission.RECORD_CONSENT, school_id)
        links = reg.guardian_links(s, pupil_ids)
        for e in entries:
            if e.pupil_id not in pupils:
                raise NotFound("Een leerling in deze invoer bestaat niet (meer); er is niets vastgelegd.")
            if e.category_id not in cats:
                raise NotFound("Een categorie in deze invoer bestaat niet (meer); er is niets vastgelegd.")
            if cats[e.category_id] != pupils[e.pupil_id]:
                raise InvalidInput("Een categorie hoort bij een andere school dan de leerling; er is niets vastgelegd.")
            if not isinstance(e.state, ConsentState) or not isinstance(e.received_via, ReceivedVia):
                raise InvalidInput("Onbekende keuze of ontvangstwijze; er is niets vastgelegd.")
            if e.decided_on > today:
                raise InvalidInput("De datum van een keuze ligt in de toekomst; er is niets vastgelegd.")
            if e.given_by_guardian_id is not None and (e.pupil_id, e.given_by_guardian_id) not in links:
                raise InvalidInput("De gekozen ouder/verzorger hoort niet bij deze leerling; er is niets vastgelegd.")
            if e.given_by_pupil and e.given_by_guardian_id is not None:
                raise InvalidInput("Een keuze is van de leerling zelf of van een ouder, niet van beide.")
            born = births[e.pupil_id]
            if e.given_by_pupil and born is not None and _age_on(born, e.decided_on) < 16:
                raise InvalidInput("Een leerling beslist pas vanaf 16 jaar zelf; kies een ouder/verzorger.")
            if len(e.note) > MAX_NOTE:
                raise InvalidInput(f"Een notitie is langer dan {MAX_NOTE} tekens; er is niets vastgelegd.")
        return pupils

    @staticmethod
    def _row(e: DecisionEntry, actor: Actor, now) -> dict:
        return {
            "pupil_id": e.pupil_id, "category_id": e.category_id, "state": e.state,
            "given_by_guardian_id": e.given_by_guardian_id, "given_by_pupil": e.given_by_pupil,
            "received_via": e.received_via, "decided_on": e.decided_on, "recorded_by_user_id": actor.user_id,
            "recorded_by_name": actor.name, "recorded_at": now, "carried_over": e.carried_over, "note": e.note,
        }


def _age_on(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))
