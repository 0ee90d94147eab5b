"""Rows of an export table → checked pupil records, or rejections with line number and reason."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from scope_desk.importers.columns import ColumnMapping
from scope_desk.importers.table import Table
from scope_desk.naming import fold, split_prefix

_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00(?::00)?)?$")
_LEERLINGNUMMER = re.compile(r"^[0-9A-Za-z][0-9A-Za-z._-]{0,19}$")
_YES = {"ja", "j", "yes", "y", "1", "true", "waar", "x"}
_NO = {"nee", "n", "no", "0", "false", "onwaar"}
LIMITS = {"first_name": 100, "tussenvoegsel": 30, "surname": 150, "class_name": 40}


@dataclass(frozen=True)
class GuardianRecord:
    position: int
    initials: str = ""
    first_name: str = ""
    tussenvoegsel: str = ""
    surname: str = ""
    street: str = ""
    house_number: str = ""
    postcode: str = ""
    city: str = ""
    email: str = ""
    phone: str = ""
    has_parental_authority: bool = True
    relation: str = "ouder"

    @property
    def identity(self) -> tuple[str, str, str]:
        """Siblings share a guardian when surname, first name (or initials) and postcode agree."""
        return (fold(self.surname), fold(self.first_name or self.initials), self.postcode.replace(" ", "").upper())


@dataclass(frozen=True)
class PupilRecord:
    line: int
    leerlingnummer: str
    first_name: str
    tussenvoegsel: str
    surname: str
    birth_date: date | None
    class_name: str
    guardians: tuple[GuardianRecord, ...] = ()
    decisions: dict[str, str] = field(default_factory=dict)  # category code → state value


@dataclass(frozen=True)
class Rejection:
    line: int
    leerlingnummer: str
    reason: str

    def sentence(self) -> str:
        who = f" (leerling {self.leerlingnummer})" if self.leerlingnummer else ""
        return f"regel {self.line}{who}: {self.reason}"


def parse_date(text: str) -> date | None:
    """dd-mm-yyyy, d-m-yyyy (also with / or .) and yyyy-mm-dd; "" → None; anything else ValueError."""
    text = text.strip()
    if not text:
        return None
    m = _DMY.match(text)
    if m:
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        m = _YMD.match(text)
        if not m:
            raise ValueError(text)
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    return date(year, month, day)


def parse_postcode(text: str) -> str:
    compact = text.replace(" ", "").upper()
    if re.fullmatch(r"\d{4}[A-Z]{2}", compact):
        return f"{compact[:4]} {compact[4:]}"
    return text.strip()


_STATE_WORDS = {
    "toestemming": "granted", "ja": "granted", "granted": "granted", "akkoord": "granted",
    "geentoestemming": "refused", "nee": "refused", "refused": "refused", "geweigerd": "refused",
    "nietingeleverd": "not_returned", "": "not_returned", "notreturned": "not_returned", "onbekend": "not_returned",
    "ingetrokken": "withdrawn", "withdrawn": "withdrawn",
}


def parse_state(text: str) -> str:
    word = re.sub(r"[^a-z]", "", fold(text))
    if word not in _STATE_WORDS:
        raise ValueError(text)
    return _STATE_WORDS[word]


def records_of(table: Table, mapping: ColumnMapping, today: date,
               tick: Callable[[int, int], None] | None = None) -> tuple[list[PupilRecord], list[Rejection]]:
    """``tick(rows done, rows)`` is called every 500 rows (it may raise to stop)."""
    index = {h: i for i, h in enumerate(table.headers)}
    columns = {f: index[h] for f, h in mapping.fields.items() if h in index}
    records: list[PupilRecord] = []
    rejected: list[Rejection] = []
    seen: dict[str, int] = {}
    consent_fields = [f for f in columns if f.startswith("consent:")]
    for done, (line, cells) in enumerate(table.rows):
        if tick is not None and done % 500 == 0:
            tick(done, len(table.rows))

        def get(name: str) -> str:
            i = columns.get(name)
            return cells[i].strip() if i is not None and i < len(cells) else ""

        number = get("leerlingnummer")
        if done in table.row_problems:
            rejected.append(Rejection(line, number, table.row_problems[done]))
            continue
        try:
            record = _record(line, number, get, today, consent_fields, "tussenvoegsel" in columns)
        except ValueError as exc:
            rejected.append(Rejection(line, number, str(exc)))
            continue
        if number in seen:
            rejected.append(Rejection(line, number, f"leerlingnummer staat ook op regel {seen[number]}"))
            continue
        seen[number] = line
        records.append(record)
    return records, rejected


def _record(line: int, number: str, get, today: date, consent_fields: list[str], has_prefix_column: bool) -> PupilRecord:
    if not number:
        raise ValueError("leerlingnummer ontbreekt")
    if not _LEERLINGNUMMER.match(number):
        raise ValueError(f"leerlingnummer '{number}' is geen geldig nummer")
    surname, tussenvoegsel = get("surname"), get("tussenvoegsel")
    if not surname:
        raise ValueError("achternaam ontbreekt")
    # "de Jong" in the surname field: split off the prefix. With an (empty) tussenvoegsel column only
    # a lower-case prefix is split; "De Jong" there is a surname of its own (Flemish usage).
    if not tussenvoegsel and (not has_prefix_column or surname[:1].islower()):
        tussenvoegsel, surname = split_prefix(surname)
    values = {"first_name": get("first_name"), "tussenvoegsel": tussenvoegsel, "surname": surname, "class_name": get("class_name")}
    for name, limit in LIMITS.items():
        if len(values[name]) > limit:
            raise ValueError(f"{name.replace('_', ' ')} is langer dan {limit} tekens")
    raw_birth = get("birth_date")
    try:
        birth = parse_date(raw_birth)
    except ValueError:
        raise ValueError(f"geboortedatum '{raw_birth}' is geen datum (gebruik dd-mm-jjjj of jjjj-mm-dd)") from None
    if birth is not None and not (date(today.year - 30, 1, 1) <= birth <= today):
        raise ValueError(f"geboortedatum '{raw_birth}' kan niet kloppen")
    guardians = tuple(g for g in (_guardian(slot, get) for slot in (1, 2)) if g is not None)
    decisions = {}
    for name in consent_fields:
        try:
            decisions[name[len("consent:"):]] = parse_state(get(name))
        except ValueError:
            raise ValueError(f"keuze '{get(name)}' bij {name[len('consent:'):]} is onbekend (toestemming, geen toestemming, "
                             "niet ingeleverd of ingetrokken)") from None
    return PupilRecord(line=line, leerlingnummer=number, birth_date=birth, guardians=guardians, decisions=decisions, **values)


def _guardian(slot: int, get) -> GuardianRecord | None:
    part = lambda name: get(f"guardian{slot}.{name}")  # noqa: E731
    surname, tussenvoegsel, first_name, initials = part("surname"), part("tussenvoegsel"), part("first_name"), part("initials")
    full = part("name")
    if not surname and full:
        if "," in full:  # "Jansen, P." or "Berg, J. van den"
            surname, rest = (x.strip() for x in full.split(",", 1))
            words = rest.split()
            lead = [w for w in words if w.endswith(".") or (len(w) == 1 and w.isupper())]
            initials = initials or " ".join(lead) or (words[0] if words else "")
            tussenvoegsel = tussenvoegsel or " ".join(w for w in words if w not in lead and w != initials)
        else:
            words = full.split()
            if len(words) > 1 and not first_name and not initials:
                first = words[0]
                if first.endswith("."):
                    initials = first
                else:
                    first_name = first
                full = " ".join(words[1:])
            surname = full
    if not surname and not part("email"):
        return None
    if surname and not tussenvoegsel:
        tussenvoegsel, surname = split_prefix(surname)
    authority_text = fold(part("authority"))
    if authority_text and authority_text not in _YES | _NO:
        raise ValueError(f"ouder {slot}: gezag '{part('authority')}' is geen ja of nee")
    email = part("email")
    if email and ("@" not in email or " " in email):
        raise ValueError(f"ouder {slot}: e-mailadres '{email}' is niet geldig")
    return GuardianRecord(
        position=slot, initials=initials[:30], first_name=first_name[:100], tussenvoegsel=tussenvoegsel[:30],
        surname=(surname or email)[:150], street=part("street")[:200], house_number=part("house_number")[:20],
        postcode=parse_postcode(part("postcode"))[:10], city=part("city")[:100], email=email[:200],
        phone=part("phone")[:40], has_parental_authority=authority_text not in _NO, relation=(part("relation") or "ouder")[:40],
    )
