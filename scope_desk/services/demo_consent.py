"""Demo consent rounds: this year's round per school with the default categories and a realistic
mix of decisions — granted, refused, not returned (no event at all; now and then a box left empty
on a slip), withdrawn after granting, received on paper, by e-mail or through the parent app, and
a few guardians who disagree."""

from __future__ import annotations

from datetime import date, timedelta

from scope_desk.models.consent import ConsentCategory, ConsentDecision, ConsentRound, ConsentState, ReceivedVia, RoundStatus
from scope_desk.services.consent_defaults import DEFAULT_CATEGORIES, default_category_rows
from scope_desk.services.demo_support import DemoContext, DemoPupil, DemoSchool, at, insert_ids, insert_rows

# How often parents allow each use (a strict family refuses more).
GRANT_RATE = {"school_guide": 0.92, "website": 0.8, "newsletter": 0.9, "parent_app": 0.96, "social_media": 0.62,
              "local_press": 0.7, "research_training": 0.74, "recordings": 0.85}
VIA = {ReceivedVia.PAPER: 62, ReceivedVia.PARENT_APP: 24, ReceivedVia.EMAIL: 11, ReceivedVia.IN_PERSON: 3}


def build_consent(ctx: DemoContext) -> dict[int, set[str]]:
    """The rounds and decisions; returns pupil id → codes of the categories refused (for incidents)."""
    refused: dict[int, set[str]] = {}
    opened = max(ctx.year_start, ctx.today - timedelta(days=35))
    opened = min(opened, ctx.today)
    for school in ctx.schools:
        round_id = insert_ids(ctx.conn, ConsentRound.__table__, [{
            "school_id": school.id, "school_year_id": ctx.year_id, "status": RoundStatus.OPEN, "opened_on": opened,
            "deadline": opened + timedelta(days=21), "letter_text": "", "reminder_text": "",
            "signed_by": school.director, "signed_as": "directeur", "version": 1,
        }])[0]
        category_ids = insert_ids(ctx.conn, ConsentCategory.__table__, default_category_rows(round_id))
        codes = [c.code for c in DEFAULT_CATEGORIES]
        insert_rows(ctx.conn, ConsentDecision.__table__,
                    _decisions(ctx, school, opened, dict(zip(codes, category_ids)), refused))
    return refused


def _decisions(ctx: DemoContext, school: DemoSchool, opened: date, categories: dict[str, int],
               refused: dict[int, set[str]]) -> list[dict]:
    rng, today = ctx.rng, ctx.today
    rows: list[dict] = []
    family_answers: dict[int, dict[str, bool]] = {}
    pupils = school.current_pupils
    # At least one withdrawal and one disagreement per school, whatever the size.
    two_gezag = [p for p in pupils if len(p.gezag_ids) >= 2]
    forced_disagree = two_gezag[0].id if two_gezag else None
    forced_withdraw = next((p.id for p in pupils if p.id != forced_disagree), None)
    window = max(0, (today - opened).days)

    def event(pupil: DemoPupil, code: str, state: ConsentState, guardian: int | None, via: ReceivedVia,
              day: date, note: str = "") -> None:
        rows.append({
            "pupil_id": pupil.id, "category_id": categories[code], "state": state, "given_by_guardian_id": guardian,
            "given_by_pupil": False, "received_via": via, "decided_on": day, "recorded_by_user_id": None,
            "recorded_by_name": school.admin, "recorded_at": at(day, 8 + rng.randint(0, 7), rng.choice((0, 15, 30, 45))),
            "carried_over": False, "note": note,
        })

    for pupil in pupils:
        forced = pupil.id in (forced_disagree, forced_withdraw)
        if not forced and rng.random() < 0.11:
            continue  # not returned: no event; never consent
        answers = family_answers.get(pupil.family)
        if forced:
            answers = dict.fromkeys(GRANT_RATE, True)
        elif answers is None or rng.random() < 0.1:
            strict = rng.random() < 0.07
            answers = {code: rng.random() < (rate * 0.25 if strict else rate) for code, rate in GRANT_RATE.items()}
            family_answers.setdefault(pupil.family, answers)
        guardian = pupil.gezag_ids[0] if pupil.gezag_ids else (pupil.guardian_ids[0] if pupil.guardian_ids else None)
        via = rng.choices(list(VIA), weights=list(VIA.values()))[0]
        day = opened + timedelta(days=rng.randint(0, window))
        skipped = set(rng.sample(list(categories), k=rng.randint(1, 3))) if not forced and rng.random() < 0.03 else ()
        for code in categories:
            if code in skipped:
                continue  # a box left empty on the slip: that category stays "not returned"
            state = ConsentState.GRANTED if answers[code] else ConsentState.REFUSED
            event(pupil, code, state, guardian, via, day)
            if state is ConsentState.REFUSED:
                refused.setdefault(pupil.id, set()).add(code)
        if pupil.id == forced_disagree or (len(pupil.gezag_ids) >= 2 and not skipped and rng.random() < 0.02):
            other = pupil.gezag_ids[1]
            code = "social_media" if answers["social_media"] else "website"
            state = ConsentState.REFUSED if answers[code] else ConsentState.GRANTED
            later = min(today, day + timedelta(days=rng.randint(0, 6)))
            event(pupil, code, state, other, ReceivedVia.PARENT_APP, later, "Tweede ouder gaf een ander antwoord.")
            refused.setdefault(pupil.id, set()).add(code)
        elif pupil.id == forced_withdraw or rng.random() < 0.03:
            granted = [c for c in categories if answers[c] and c not in skipped]
            if granted:
                code = "social_media" if "social_media" in granted else granted[0]
                later = min(today, day + timedelta(days=rng.randint(1, 20)))
                event(pupil, code, ConsentState.WITHDRAWN, guardian, ReceivedVia.EMAIL, later,
                      "Toestemming ingetrokken per e-mail.")
                refused.setdefault(pupil.id, set()).add(code)
    return rows
