"""The yearly consent round: set-up, letters, progress per class, and entering returned slips.

Rounds and categories themselves are ``consent_setup``'s (shared with the registry); decisions
are recorded through ``ConsentService.record`` (append-only, audited). This service adds the
letter set-up (deadline, texts, signer), the letter batch data and the slip codes.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from sqlalchemy import select

from scope_desk.db import Store
from scope_desk.errors import InvalidInput, NotFound, StaleRecord
from scope_desk.letters import placeholders
from scope_desk.letters.default_texts import DEFAULT_LETTER_TEXT, DEFAULT_REMINDER_TEXT
from scope_desk.letters.model import CategoryLine, Letterhead, LetterJob, LetterSettings
from scope_desk.models.consent import ConsentRound
from scope_desk.models.school import Enrolment, Pupil, School, SchoolClass, SchoolYear
from scope_desk.naming import full_name
from scope_desk.services import audit, consent_registry as reg, consent_setup as setup, school_years, slip_codes
from scope_desk.services.access import Actor, Permission, require
from scope_desk.services.consent import ConsentService
from scope_desk.services.consent_state import current_cells
from scope_desk.services.consent_types import ClassCounts, ClassView, ConsentState, DecisionEntry, ReceivedVia
from scope_desk.services.events import ChangeSet, Changes
from scope_desk.services.round_letters import load_letters, slip_senders
from scope_desk.services.round_types import LetterSelection, RoundSetup, SchoolChoice, SlipView

MAX_TEXT = 6000


class RoundService:
    def __init__(self, store: Store, changes: Changes, consent: ConsentService | None = None) -> None:
        self._store = store
        self._changes = changes
        self._consent = consent or ConsentService(store, changes)

    # ---- schools and rounds ---------------------------------------------------------------
    def schools(self, actor: Actor) -> tuple[SchoolChoice, ...]:
        """The schools whose letters this actor may make, by name."""
        allowed = actor.school_ids(Permission.PRINT_LETTERS)
        with self._store.transaction() as s:
            q = select(School.id, School.brin, School.name).order_by(School.name)
            if allowed is not None:
                q = q.where(School.id.in_(allowed))
            return tuple(SchoolChoice(i, b, n) for i, b, n in s.execute(q))

    def school_by_brin(self, actor: Actor, brin: str) -> SchoolChoice:
        with self._store.transaction() as s:
            row = s.execute(select(School.id, School.brin, School.name)
                            .where(School.brin == brin.strip().upper())).one_or_none()
        if row is None:
            raise NotFound(f"Er is geen school met BRIN-code '{brin.strip()}'.")
        if not (actor.can(Permission.PRINT_LETTERS, row.id) or actor.can(Permission.MANAGE_ROUNDS, row.id)):
            require(actor, Permission.PRINT_LETTERS, row.id)
        return SchoolChoice(*row)

    def year_labels(self, actor: Actor, today: date | None = None) -> tuple[str, ...]:
        """School years to choose from, newest first: those in the store plus the current one."""
        current = school_years.year_of(today or date.today())
        with self._store.transaction() as s:
            labels = set(s.execute(select(SchoolYear.label)).scalars())
        return tuple(sorted(labels | {current}, reverse=True))

    def classes(self, actor: Actor, school_id: int, year_label: str) -> tuple[ClassView, ...]:
        self._require_any(actor, school_id, Permission.PRINT_LETTERS, Permission.MANAGE_ROUNDS)
        with self._store.transaction() as s:
            year = s.execute(select(SchoolYear.id).where(SchoolYear.label == year_label)).scalar_one_or_none()
            return reg.classes_of(s, school_id, year) if year is not None else ()

    def open_round(self, actor: Actor, school_id: int, year_label: str, deadline: date | None = None,
                   today: date | None = None) -> RoundSetup:
        """The school's round for that year: created with the default categories, letter and reminder
        text and the principal as signer when there is none yet; a given deadline is set."""
        require(actor, Permission.MANAGE_ROUNDS, school_id)
        today = today or date.today()
        school_years.first_year_of(year_label)
        if deadline is not None and deadline < today:
            raise InvalidInput("De inleverdatum ligt in het verleden; kies een datum vanaf vandaag.")
        with self._store.transaction(write=True) as s:
            school = s.get(School, school_id)
            if school is None:
                raise NotFound("Deze school bestaat niet (meer).")
            year = school_years.get_or_create(s, year_label)
            r = setup.find_round(s, school_id, year.id)
            created = r is None
            if r is None:
                r = setup.create_round(s, school_id, year.id, today)
                r.letter_text = DEFAULT_LETTER_TEXT
                r.reminder_text = DEFAULT_REMINDER_TEXT
                r.signed_by = school.principal_name
                r.signed_as = "directeur"
            if deadline is not None:
                r.deadline = deadline
            s.flush()
            audit.record(s, actor, "consent_round.open" if created else "consent_round.update", "consent_round", r.id,
                         school_id=school_id, deadline=str(r.deadline or ""))
            view = self._setup_of(s, r)
        self._changes.emit(ChangeSet(schools=frozenset({school_id}), consent=True))
        return view

    def find_setup(self, actor: Actor, school_id: int, year_label: str) -> RoundSetup | None:
        self._require_any(actor, school_id, Permission.PRINT_LETTERS, Permission.MANAGE_ROUNDS, Permission.RECORD_CONSENT)
        with self._store.transaction() as s:
            year = s.execute(select(SchoolYear).where(SchoolYear.label == year_label)).scalar_one_or_none()
            r = setup.find_round(s, school_id, year.id) if year else None
            return self._setup_of(s, r) if r else None

    def update_setup(self, actor: Actor, current: RoundSetup, *, deadline: date | None, letter_text: str,
                     reminder_text: str, signed_by: str, signed_as: str) -> RoundSetup:
        """Save the letter set-up; texts are checked for unknown placeholders first."""
        require(actor, Permission.MANAGE_ROUNDS, current.school_id)
        placeholders.validate(letter_text, "De brieftekst")
        placeholders.validate(reminder_text, "De tekst van de herinnering")
        if len(letter_text) > MAX_TEXT or len(reminder_text) > MAX_TEXT:
            raise InvalidInput(f"Een brieftekst is langer dan {MAX_TEXT} tekens; maak hem korter.")
        if not signed_by.strip():
            raise InvalidInput("Vul in wie de brief ondertekent.")
        with self._store.transaction(write=True) as s:
            r = s.get(ConsentRound, current.round_id)
            if r is None:
                raise NotFound("Deze toestemmingsronde bestaat niet (meer).")
            if r.version != current.version:
                raise StaleRecord("De toestemmingsronde")
            r.deadline, r.letter_text, r.reminder_text = deadline, letter_text, reminder_text
            r.signed_by, r.signed_as = signed_by.strip(), signed_as.strip() or "directeur"
            s.flush()
            audit.record(s, actor, "consent_round.update", "consent_round", r.id, school_id=r.school_id)
            view = self._setup_of(s, r)
        self._changes.emit(ChangeSet(schools=frozenset({current.school_id}), consent=True))
        return view

    # ---- letters --------------------------------------------------------------------------
    def prepare_letters(self, actor: Actor, round_id: int, selection: LetterSelection = LetterSelection(),
                        preview: int | None = None) -> LetterJob:
        """The data for a batch of letters (ready for ``letters.batch.write_batch``). Audited: it is
        children's and parents' personal data leaving the system on paper. ``preview``: only the
        first so many letters, for the preview on screen (audited as a preview)."""
        with self._store.transaction() as s:
            r = setup.get_round(s, round_id)
            require(actor, Permission.PRINT_LETTERS, r.school_id)
            view = self._setup_of(s, r)
            school = s.get(School, r.school_id)
            if selection.class_ids:
                found = set(s.execute(select(SchoolClass.id).where(
                    SchoolClass.id.in_(selection.class_ids), SchoolClass.school_id == r.school_id,
                    SchoolClass.school_year_id == r.school_year_id)).scalars())
                if found != set(selection.class_ids):
                    raise InvalidInput("Een gekozen groep hoort niet bij deze school en dit schooljaar.")
            letters = load_letters(
                s, school_id=r.school_id, school_year_id=r.school_year_id, brin=school.brin, year_label=view.year_label,
                round_id=r.id, category_ids=[c.id for c in view.categories], class_ids=selection.class_ids,
                only_missing=selection.missing_only, per_family=selection.per_family,
            )
            logo = school.logo
        if not view.categories:
            raise InvalidInput("Deze ronde heeft nog geen categorieën; voeg die eerst toe.")
        settings = LetterSettings(
            letterhead=Letterhead(school_name=view.school_name, brin=view.brin, street=school.street,
                                  postcode=school.postcode, city=school.city, phone=school.phone, email=school.email,
                                  logo=logo),
            school_year=view.year_label, letter_date=selection.letter_date or date.today(), deadline=view.deadline,
            body_text=view.reminder_text if selection.reminder else view.letter_text,
            categories=tuple(CategoryLine(c.code, c.label) for c in view.categories),
            signer_name=view.signed_by or "de directeur", signer_role=view.signed_as or "directeur",
            reminder=selection.reminder,
        )
        placeholders.validate(settings.body_text)
        job = LetterJob(settings=settings, letters=tuple(letters[:preview] if preview is not None else letters))
        with self._store.transaction(write=True) as s:
            audit.record(s, actor, "letters.preview" if preview is not None else "letters.print", "consent_round",
                         round_id, school_id=view.school_id,
                         letters=len(job.letters), slips=job.slip_count, reminder=selection.reminder,
                         only_missing=selection.missing_only, per_family=selection.per_family,
                         classes=list(selection.class_ids))
        return job

    def progress(self, actor: Actor, round_id: int) -> tuple[ClassCounts, ...]:
        """Per class: pupils, returned, not returned (the registry's counts)."""
        with self._store.transaction() as s:
            r = setup.get_round(s, round_id)
            self._require_any(actor, r.school_id, Permission.PRINT_LETTERS, Permission.RECORD_CONSENT,
                              Permission.VIEW_CONSENT)
            return reg.class_counts(s, setup.round_view(s, r))

    # ---- returned slips -------------------------------------------------------------------
    def open_slip(self, actor: Actor, typed_code: str, school_id: int | None = None) -> SlipView:
        """The child's slip behind a scanned code. ``school_id``: the school being entered; a slip
        of another school is refused with a clear sentence."""
        code = slip_codes.decode(typed_code)
        with self._store.transaction() as s:
            school = s.execute(select(School).where(School.brin == code.brin)).scalar_one_or_none()
            if school_id is not None and (school is None or school.id != school_id):
                current = s.get(School, school_id)
                here = f" en niet van {current.name}" if current else ""
                raise InvalidInput(f"Dit strookje is van een andere school (BRIN {code.brin}){here}; leg het apart.")
            if school is None:
                raise NotFound(f"Er is geen school met BRIN-code {code.brin}; is het strookje beschadigd?")
            require(actor, Permission.RECORD_CONSENT, school.id)
            r = s.get(ConsentRound, code.round_id)
            if r is None or r.school_id != school.id:
                raise NotFound("Dit strookje hoort bij een toestemmingsronde die niet (meer) bestaat.")
            row = s.execute(
                select(Pupil.id, Pupil.first_name, Pupil.tussenvoegsel, Pupil.surname, SchoolClass.name)
                .join(Enrolment, Enrolment.pupil_id == Pupil.id)
                .join(SchoolClass, SchoolClass.id == Enrolment.class_id)
                .where(Pupil.id == code.pupil_id, Pupil.school_id == school.id,
                       Enrolment.school_year_id == r.school_year_id)
            ).one_or_none()
            if row is None:
                raise NotFound("De leerling van dit strookje staat (niet meer) ingeschreven in deze ronde.")
            view = setup.round_view(s, r)
            ids = [c.id for c in view.categories]
            cells = current_cells(s, ids, [row.id])
            guardians = reg.guardians_of(s, row.id)
            senders = slip_senders(s, row.id)
        return SlipView(
            code=code.text, round_id=r.id, school_id=school.id, school_name=school.name, year_label=view.year_label,
            pupil_id=row.id, child_name=full_name(row.first_name, row.tussenvoegsel, row.surname), class_name=row.name,
            categories=view.categories,
            current=tuple(cells[(row.id, cid)].state if (row.id, cid) in cells else ConsentState.NOT_RETURNED for cid in ids),
            guardians=guardians, senders=senders,
        )

    def save_slip(self, actor: Actor, slip: SlipView, answers: Mapping[int, bool | None], received_on: date,
                  given_by_guardian_id: int | None = None) -> None:
        """Record the boxes as ticked on paper: True = Ja, False = Nee, None = left empty. An empty box
        records nothing: the category stays 'niet ingeleverd', which is never consent (as the slip
        says, it counts as 'Nee'). A slip with no box ticked at all is refused with a clear sentence.

        Parents living apart each got a slip with the same code (``round_letters``): then
        ``given_by_guardian_id`` must name whose slip it is, and the answers count per guardian
        (the most restrictive wins, a yes against a no is flagged as disputed)."""
        unknown = set(answers) - {c.id for c in slip.categories}
        if unknown:
            raise InvalidInput("Een antwoord hoort niet bij een categorie van dit strookje; er is niets vastgelegd.")
        if slip.senders and given_by_guardian_id not in {guardian_id for guardian_id, _label in slip.senders}:
            raise InvalidInput("De ouders van dit kind wonen op verschillende adressen en kregen elk een strookje met "
                               "deze code, dus kies bij 'Strookje van' de naam die naast de code staat; er is niets "
                               "vastgelegd.")
        if received_on > date.today():
            raise InvalidInput("De ontvangstdatum ligt in de toekomst; er is niets vastgelegd.")
        entries = [
            DecisionEntry(
                pupil_id=slip.pupil_id, category_id=category.id,
                state=ConsentState.GRANTED if answers[category.id] else ConsentState.REFUSED,
                decided_on=received_on, received_via=ReceivedVia.PAPER, given_by_guardian_id=given_by_guardian_id,
            )
            for category in slip.categories if answers.get(category.id) is not None
        ]
        if not entries:
            raise InvalidInput("Er is geen enkel vakje aangekruist; kies Ja of Nee per categorie (of 'Alles Nee').")
        self._consent.record(actor, entries)

    # ---- helpers --------------------------------------------------------------------------
    @staticmethod
    def _require_any(actor: Actor, school_id: int, *permissions: Permission) -> None:
        if not any(actor.can(p, school_id) for p in permissions):
            require(actor, permissions[0], school_id)

    @staticmethod
    def _setup_of(s, r: ConsentRound) -> RoundSetup:
        view = setup.round_view(s, r)
        school = s.get(School, r.school_id)
        return RoundSetup(
            round_id=r.id, version=r.version, school_id=r.school_id, school_name=school.name, brin=school.brin,
            school_year_id=r.school_year_id, year_label=view.year_label, status=r.status, opened_on=r.opened_on,
            deadline=r.deadline, letter_text=r.letter_text or DEFAULT_LETTER_TEXT,
            reminder_text=r.reminder_text or DEFAULT_REMINDER_TEXT, signed_by=r.signed_by or school.principal_name,
            signed_as=r.signed_as or "directeur", categories=view.categories,
        )


__all__ = ["RoundService", "LetterSelection", "RoundSetup", "SchoolChoice", "SlipView"]
