"""Demo incidents: parties in their roles, platforms, links, follow-up conversations with note
versions, agreements and check-back dates (some due this week, some overdue), and measures."""

from __future__ import annotations

import string
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import select, update

from scope_desk.models.incident import (
    Conversation, ConversationAttendee, ConversationNote, ConversationPlace, DepictedPupil, Incident,
    IncidentArticle, IncidentKind, IncidentLink, IncidentStatus, Measure, MeasureKind, Party, PartyKind,
    PartyRole, Severity, Visibility,
)
from scope_desk.models.protocol import ProtocolArticle, ProtocolVersion
from scope_desk.services.demo_support import DemoContext, DemoSchool, at, insert_ids, insert_rows

# category → (weight, platforms, titles, description)
KINDS = {
    "pesten": (30, ("WhatsApp", "Snapchat", "TikTok", "Instagram"),
               ("Buitensluiten in de klassenapp", "Pesterige berichten in een groepsapp", "Spotvideo over een klasgenoot"),
               "Een leerling wordt in een groepsapp van de klas herhaaldelijk uitgelachen en buitengesloten."),
    "kwetsen": (16, ("Instagram", "TikTok", "YouTube"),
                ("Kwetsende reacties onder een foto", "Kwetsende opmerkingen onder een filmpje"),
                "Onder een bericht van een leerling staan kwetsende reacties van klasgenoten."),
    "stalken": (5, ("Snapchat", "Instagram", "WhatsApp"),
                ("Blijven sturen van berichten na verzoek te stoppen",),
                "Een leerling blijft berichten sturen, ook nadat gevraagd is daarmee te stoppen."),
    "bedreigen": (7, ("Snapchat", "WhatsApp", "Discord"),
                  ("Dreigbericht na ruzie op het schoolplein", "Bedreiging via een spraakbericht"),
                  "Na een ruzie op het schoolplein is een dreigend bericht verstuurd."),
    "belasteren": (8, ("TikTok", "Instagram", "Facebook", "X"),
                   ("Nepaccount dat een leerling belachelijk maakt", "Onware verhalen over een leerkracht"),
                   "Er wordt onware en schadelijke informatie verspreid via een account op sociale media."),
    "schade": (5, ("Instagram", "Snapchat", "Discord"),
               ("Account van een klasgenoot overgenomen",),
               "Een leerling heeft het wachtwoord van een klasgenoot gebruikt en namens die klasgenoot berichten geplaatst."),
    "vertrouwelijk": (5, ("WhatsApp", "Snapchat"),
                      ("Screenshot van een privégesprek gedeeld",),
                      "Een screenshot van een privégesprek is zonder toestemming in een groepsapp gedeeld."),
    "beeldmateriaal": (14, ("Instagram", "TikTok", "Facebook", "YouTube"),
                       ("Foto van klasgenoten zonder toestemming geplaatst", "Filmpje uit de gymles online gezet"),
                       "Er is beeldmateriaal van leerlingen online geplaatst zonder toestemming van de ouders."),
    "goede_naam": (5, ("Facebook", "X", "YouTube", "LinkedIn"),
                   ("Negatief bericht over de school", "Video die de school in een kwaad daglicht stelt"),
                   "Een bericht op sociale media schaadt de goede naam van de school."),
    "overig": (5, ("WhatsApp", "Discord", "anders"),
               ("Onrustige sfeer in een groepsapp", "Ongepaste stickers in de klassenapp"),
               "Melding over ongepast gedrag op sociale media dat niet onder een andere categorie valt."),
}
NOTES = (
    "Gesprek op school met de betrokken leerlingen, ieder eerst apart en daarna samen. Beide kanten zijn gehoord.",
    "Gesprek met de ouders over wat er online is gebeurd en hoe het thuis wordt besproken.",
    "Kort gesprek op het kantoor van de directeur; de leerling erkende wat er is geplaatst.",
    "Vervolggesprek: het gaat volgens de leerling en de leerkracht beter in de groep.",
)
AGREEMENTS = (
    "De berichten worden vandaag verwijderd. Nieuwe berichten meldt de leerling direct bij de leerkracht.",
    "Ouders bespreken het gebruik van de groepsapp thuis; de leerkracht let extra op in de klas.",
    "Excuses aangeboden en aanvaard. Over twee weken kort terugkoppelen met beide leerlingen.",
    "De klas bespreekt met de leerkracht de afspraken over foto's maken en delen.",
)
MEASURES = {MeasureKind.CONVERSATION: 40, MeasureKind.GUARDIANS_INFORMED: 25, MeasureKind.POST_REMOVED: 18,
            MeasureKind.WARNING: 10, MeasureKind.SUSPENSION: 2, MeasureKind.POLICE_REPORT: 2,
            MeasureKind.VEILIG_THUIS: 1, MeasureKind.OTHER: 2}


def build_incidents(ctx: DemoContext, refused: dict[int, set[str]]) -> int:
    """Incidents for every school (about one per 40 pupils, at least six where there are 24 pupils)."""
    a7 = _a7_articles(ctx)
    total = 0
    for school in ctx.schools:
        pupils = len(school.current_pupils)
        count = max(min(6, pupils // 4), round(pupils / 40))
        total += _school_incidents(ctx, school, count, refused, a7)
    return total


def _a7_articles(ctx: DemoContext) -> list[tuple[date, int, int]]:
    """(effective_on, version id, article id) of article A.7 in each protocol version; the bundled protocol
    is put in first when the store has none yet (so the demo incidents cite it, as real ones do)."""
    if ctx.conn.execute(select(ProtocolVersion.id).limit(1)).first() is None:
        from scope_desk.services.protocol import bundled_protocol
        from scope_desk.services.protocol_store import install

        bundled = bundled_protocol()
        version_id = install(ctx.conn, bundled, label=bundled.label, effective_on=bundled.effective_on,
                             source_name=bundled.source)
        imported_at = datetime.combine(ctx.today, time(7, 30), tzinfo=timezone.utc)  # same seed and day: same rows
        ctx.conn.execute(update(ProtocolVersion).where(ProtocolVersion.id == version_id).values(imported_at=imported_at))
    rows = ctx.conn.execute(
        select(ProtocolVersion.effective_on, ProtocolVersion.id, ProtocolArticle.id)
        .join(ProtocolArticle, ProtocolArticle.version_id == ProtocolVersion.id)
        .where(ProtocolArticle.code == "A.7").order_by(ProtocolVersion.effective_on)
    ).all()
    return [tuple(r) for r in rows]


def _school_incidents(ctx: DemoContext, school: DemoSchool, count: int, refused: dict[int, set[str]],
                      a7: list[tuple[date, int, int]]) -> int:
    rng, today, conn = ctx.rng, ctx.today, ctx.conn
    by_class: dict[int, list] = {}
    for p in school.current_pupils:
        if p.left_on is None:
            by_class.setdefault(p.class_id, []).append(p)
    older = [c for c in sorted(by_class) if len(by_class[c]) >= 4 and max(p.grade for p in by_class[c]) >= 5]
    classes = older or [c for c in sorted(by_class) if len(by_class[c]) >= 4] or sorted(by_class)
    teachers = school.staff_ids.get("leerkracht", [])
    # The open incidents' next check-backs: due this week, overdue, or later (first two forced).
    follow = ["week", "overdue"]
    plans = []
    for n in range(count):
        category = rng.choices(list(KINDS), weights=[k[0] for k in KINDS.values()])[0]
        staff_kind = n % 12 == 5
        if staff_kind:
            category = rng.choice(("belasteren", "goede_naam", "beeldmateriaal"))
        age = rng.randint(0, 160) if n >= 3 else rng.randint(20, 30)
        reported = today - timedelta(days=age)
        status = (IncidentStatus.CLOSED if age > 60 and rng.random() < 0.85 else
                  IncidentStatus.NEW if age < 5 and n >= 3 else IncidentStatus.IN_PROGRESS)
        plans.append((category, staff_kind, reported, status))
    incident_rows = []
    for category, staff_kind, reported, status in plans:
        _, platforms, titles, description = KINDS[category]
        happened = reported - timedelta(days=rng.randint(0, 4))
        article = next(((v, a) for eff, v, a in reversed(a7) if eff <= happened), None)
        incident_rows.append({
            "school_id": school.id, "kind": IncidentKind.STAFF if staff_kind else IncidentKind.PUPIL,
            "title": rng.choice(titles), "reported_on": reported, "happened_on": happened,
            "reported_by": rng.choice(("ouder van een betrokken leerling", "leerkracht", "leerling zelf", "intern begeleider")),
            "platform": rng.choice(platforms), "category": category, "description": description,
            "severity": rng.choices(list(Severity), weights=[30, 45, 20, 5])[0], "status": status,
            "visibility": Visibility.DIRECTOR_ONLY if staff_kind or rng.random() < 0.1 else Visibility.SCHOOL_CARE_TEAM,
            "protocol_version_id": article[0] if article else None, "legal_hold": False,
            "created_by_name": rng.choice((school.director, school.anti_bullying)), "created_at": at(reported, 10),
            "closed_on": min(today, reported + timedelta(days=rng.randint(14, 50))) if status is IncidentStatus.CLOSED else None,
            "version": 1, "_article": article[1] if article else None,
        })
    articles = [row.pop("_article") for row in incident_rows]
    incident_ids = insert_ids(conn, Incident.__table__, incident_rows)
    insert_rows(conn, IncidentArticle.__table__, [
        {"incident_id": i, "article_id": a} for i, a in zip(incident_ids, articles) if a is not None])

    party_rows, links, depicted = [], [], []
    for incident_id, row in zip(incident_ids, incident_rows):
        if row["platform"] in ("Instagram", "TikTok", "YouTube", "Facebook", "X"):
            links.append({"incident_id": incident_id, "url": _url(rng, row["platform"]), "posted_on": row["happened_on"]})
        class_id = rng.choice(classes)
        pool = list(by_class[class_id])
        rng.shuffle(pool)
        if row["kind"] is IncidentKind.STAFF:
            target = teachers[0] if teachers else school.staff_ids["directeur"][0]
            party_rows.append(_party(incident_id, PartyKind.STAFF, PartyRole.TARGET, staff=target))
            parent = next((p for p in pool if p.guardian_ids), None)
            if parent and row["category"] != "beeldmateriaal":
                party_rows.append(_party(incident_id, PartyKind.GUARDIAN, PartyRole.PERPETRATOR, guardian=parent.guardian_ids[0]))
            else:
                party_rows.append(_party(incident_id, PartyKind.STAFF, PartyRole.PERPETRATOR,
                                         staff=teachers[-1] if teachers else target))
            party_rows.append(_party(incident_id, PartyKind.STAFF, PartyRole.REPORTER, staff=school.staff_ids["directeur"][0]))
            continue
        targets = pool[: rng.choice((1, 1, 1, 2))]
        perpetrators = pool[len(targets): len(targets) + rng.choice((1, 1, 2, 3))]
        for p in targets:
            party_rows.append(_party(incident_id, PartyKind.PUPIL, PartyRole.TARGET, pupil=p.id))
        if rng.random() < 0.15:
            party_rows.append(_party(incident_id, PartyKind.OUTSIDER, PartyRole.PERPETRATOR,
                                     outsider=rng.choice(("onbekend account", "oud-leerling", "leerling van een andere school"))))
        for p in perpetrators:
            party_rows.append(_party(incident_id, PartyKind.PUPIL, PartyRole.PERPETRATOR, pupil=p.id))
        rest = pool[len(targets) + len(perpetrators):]
        if rest and rng.random() < 0.5:
            party_rows.append(_party(incident_id, PartyKind.PUPIL, PartyRole.WITNESS, pupil=rest[0].id))
        if targets[0].guardian_ids and rng.random() < 0.6:
            party_rows.append(_party(incident_id, PartyKind.GUARDIAN, PartyRole.REPORTER, guardian=targets[0].guardian_ids[0]))
        elif school.class_teacher.get(class_id):
            party_rows.append(_party(incident_id, PartyKind.STAFF, PartyRole.REPORTER, staff=school.class_teacher[class_id]))
        if row["category"] == "beeldmateriaal":
            shown = sorted(rest[1:], key=lambda p: "social_media" not in refused.get(p.id, ()))[: rng.randint(1, 3)]
            depicted.extend({"incident_id": incident_id, "pupil_id": p.id, "channel_code": "social_media",
                             "posted_on": row["happened_on"]} for p in shown)
    insert_rows(conn, IncidentLink.__table__, links)
    insert_rows(conn, DepictedPupil.__table__, depicted)
    party_ids = insert_ids(conn, Party.__table__, party_rows)
    parties: dict[int, list[tuple[int, dict]]] = {}
    for pid, prow in zip(party_ids, party_rows):
        parties.setdefault(prow["incident_id"], []).append((pid, prow))
    _conversations_and_measures(ctx, school, incident_ids, incident_rows, parties, follow)
    return len(incident_ids)


def _party(incident_id: int, kind: PartyKind, role: PartyRole, *, pupil: int | None = None, guardian: int | None = None,
           staff: int | None = None, outsider: str = "") -> dict:
    return {"incident_id": incident_id, "kind": kind, "role": role, "pupil_id": pupil, "guardian_id": guardian,
            "staff_member_id": staff, "outsider_name": outsider, "note": ""}


def _url(rng, platform: str) -> str:
    code = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(11))
    handle = "".join(rng.choice(string.ascii_lowercase) for _ in range(8))
    return {
        "Instagram": f"https://www.instagram.com/p/{code}/",
        "TikTok": f"https://www.tiktok.com/@{handle}/video/{rng.randint(7 * 10**18, 8 * 10**18)}",
        "YouTube": f"https://www.youtube.com/watch?v={code}",
        "Facebook": f"https://www.facebook.com/{handle}/posts/{rng.randint(10**15, 10**16)}",
        "X": f"https://x.com/{handle}/status/{rng.randint(10**18, 2 * 10**18)}",
    }[platform]


def _conversations_and_measures(ctx: DemoContext, school: DemoSchool, incident_ids: list[int], incident_rows: list[dict],
                                parties: dict[int, list[tuple[int, dict]]], follow: list[str]) -> None:
    rng, today, conn = ctx.rng, ctx.today, ctx.conn
    writers = (school.director, school.anti_bullying)
    plans = []  # (incident id, conversation row, attendee party ids, note versions)
    measures = []
    for incident_id, row in zip(incident_ids, incident_rows):
        reported, status = row["reported_on"], row["status"]
        if status is IncidentStatus.NEW and rng.random() < 0.5:
            continue
        n = 1 if status is IncidentStatus.NEW else rng.randint(1, 3)
        if status is IncidentStatus.CLOSED:
            end = row["closed_on"]
            due = None
        else:
            kind = follow.pop(0) if follow else rng.choices(("week", "overdue", "later"), weights=(35, 30, 35))[0]
            due = {"week": today + timedelta(days=rng.randint(0, 6)), "overdue": today - timedelta(days=rng.randint(1, 12)),
                   "later": today + timedelta(days=rng.randint(7, 30))}[kind]
            end = min(today, due - timedelta(days=rng.randint(5, 14)))
        end = max(end, reported)
        span = (end - reported).days
        n = min(n, 1 + span // 6)
        days = sorted(reported + timedelta(days=round(span * (i + 1) / n)) for i in range(n))
        people = parties.get(incident_id, [])
        for i, day in enumerate(days):
            last = i == n - 1
            check_back = due if last and due is not None else day + timedelta(days=rng.randint(7, 21))
            if check_back <= day:
                check_back = day + timedelta(days=7)
            held = at(day, 7 + rng.randint(0, 7), rng.choice((0, 15, 30, 45)))
            attendees = [pid for pid, p in people if p["role"] in (PartyRole.TARGET, PartyRole.PERPETRATOR)
                         or (p["kind"] is PartyKind.GUARDIAN and i > 0)]
            writer = rng.choice(writers)
            notes = [{"number": 1, "notes": NOTES[min(i, len(NOTES) - 1)] if i else rng.choice(NOTES[:3]),
                      "agreements": rng.choice(AGREEMENTS), "reason": "", "written_by_name": writer,
                      "written_at": held + timedelta(hours=1)}]
            if rng.random() < 0.2:
                notes.append({**notes[0], "number": 2, "agreements": notes[0]["agreements"] + " Ouders worden na twee weken gebeld.",
                              "reason": "Afspraak aangevuld na overleg met de ouders.", "written_at": held + timedelta(days=1)})
            plans.append(({"incident_id": incident_id, "held_at": held,
                           "place": rng.choices(list(ConversationPlace), weights=(75, 20, 5))[0],
                           "other_attendees": rng.choice(("", "leerkracht van de groep", "intern begeleider", "")),
                           "check_back_on": check_back, "checked_back": not (last and due is not None),
                           "owner_user_id": None, "created_by_name": writer, "version": 1}, attendees, notes))
        perpetrator = next((pid for pid, p in people if p["role"] is PartyRole.PERPETRATOR), None)
        kinds = rng.sample(list(MEASURES), k=rng.randint(1, 2), counts=list(MEASURES.values()))
        if row["kind"] is IncidentKind.STAFF and any(p["kind"] is PartyKind.STAFF and p["role"] is PartyRole.PERPETRATOR
                                                      for _, p in people):
            kinds = [MeasureKind.CAO_MEASURE]
        for kind in dict.fromkeys(kinds):
            measures.append({"incident_id": incident_id, "kind": kind,
                             "decided_on": min(today, reported + timedelta(days=rng.randint(0, 10))),
                             "decided_by": school.director, "party_id": perpetrator, "note": ""})
    conversation_ids = insert_ids(conn, Conversation.__table__, [p[0] for p in plans])
    insert_rows(conn, ConversationAttendee.__table__, [
        {"conversation_id": cid, "party_id": pid} for cid, (_, attendees, _) in zip(conversation_ids, plans)
        for pid in attendees])
    insert_rows(conn, ConversationNote.__table__, [
        {"conversation_id": cid, **note} for cid, (_, _, notes) in zip(conversation_ids, plans) for note in notes])
    insert_rows(conn, Measure.__table__, measures)
