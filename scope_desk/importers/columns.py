"""Which column holds what: header names as ParnasSys, Magister, Somtoday and ESIS write them.

A ``ColumnMapping`` is plain data ({field: header}) so it can be stored (AppSetting) and offered
again for the next file with the same layout.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from scope_desk.naming import fold

PUPIL_FIELDS: dict[str, str] = {
    "leerlingnummer": "Leerlingnummer",
    "first_name": "Roepnaam",
    "tussenvoegsel": "Tussenvoegsel",
    "surname": "Achternaam",
    "birth_date": "Geboortedatum",
    "class_name": "Groep",
}
GUARDIAN_PARTS: dict[str, str] = {
    "initials": "voorletters",
    "first_name": "voornaam",
    "tussenvoegsel": "tussenvoegsel",
    "surname": "achternaam",
    "name": "naam",
    "street": "adres",
    "house_number": "huisnummer",
    "postcode": "postcode",
    "city": "woonplaats",
    "email": "e-mail",
    "phone": "telefoon",
    "authority": "gezag",
    "relation": "relatie",
}
GUARDIAN_SLOTS = (1, 2)
REQUIRED = ("leerlingnummer", "surname")


def key(header: str) -> str:
    """ "Leerling nr." → "leerlingnr"; "E-mail ouder 1" → "emailouder1"."""
    return re.sub(r"[^a-z0-9]", "", fold(header))


# Synonyms in order of preference: "Roepnaam" beats "Voornamen" when both are there.
PUPIL_SYNONYMS: dict[str, tuple[str, ...]] = {
    "leerlingnummer": ("leerlingnummer", "leerlingnr", "llnr", "llnummer", "stamnummer", "stamnr",
                       "leerlingid", "leerlingcode", "studentnummer", "nummer"),
    "first_name": ("roepnaam", "voornaam", "voornamen", "roepnaamleerling", "voornaamleerling"),
    "tussenvoegsel": ("tussenvoegsel", "tussenvoegsels", "voorvoegsel", "voorvoegsels", "tussenv", "tv"),
    "surname": ("achternaam", "geslachtsnaam", "achternaamleerling", "naam", "familienaam"),
    "birth_date": ("geboortedatum", "gebdatum", "geboren", "datumgeboorte", "geboortedag"),
    "class_name": ("groep", "klas", "stamgroep", "basisgroep", "groepsnaam", "groepnaam", "klasnaam", "stamklas",
                   "jaargroep"),
}
GUARDIAN_SYNONYMS: dict[str, tuple[str, ...]] = {
    "initials": ("voorletters", "initialen"),
    "first_name": ("voornaam", "roepnaam"),
    "tussenvoegsel": ("tussenvoegsel", "tussenvoegsels", "voorvoegsel", "voorvoegsels"),
    "surname": ("achternaam", "geslachtsnaam"),
    "name": ("naam", "volledigenaam", "aanhef"),
    "street": ("adres", "straat", "straatnaam", "straatenhuisnummer"),
    "house_number": ("huisnummer", "huisnr", "nr"),
    "postcode": ("postcode", "pc"),
    "city": ("woonplaats", "plaats", "stad"),
    "email": ("email", "emailadres", "mail"),
    "phone": ("telefoon", "telefoonnummer", "tel", "telnr", "mobiel", "mobielnummer", "telefoonmobiel"),
    "authority": ("gezag", "ouderlijkgezag", "wettelijkgezag", "heeftgezag"),
    "relation": ("relatie", "relatietot", "soort", "rol"),
}
_WHO = r"(?:ouderverzorger|ouder|verzorger|contactpersoon|contact|wettelijkvertegenwoordiger|ov|verz)"
_PREFIX_FORM = re.compile(rf"^{_WHO}([12])(.+)$")  # "ouder1email", "verzorger2naam"
_SUFFIX_FORM = re.compile(rf"^(.+?){_WHO}([12])$")  # "emailouder1"


def guardian_field(header_key: str) -> str | None:
    """ "ouder1email" → "guardian1.email"; None when not a guardian column."""
    for pattern, slot_group, part_group in ((_PREFIX_FORM, 1, 2), (_SUFFIX_FORM, 2, 1)):
        m = pattern.match(header_key)
        if m:
            part = m.group(part_group)
            for name, synonyms in GUARDIAN_SYNONYMS.items():
                if part in synonyms:
                    return f"guardian{m.group(slot_group)}.{name}"
    return None


def field_label(name: str) -> str:
    """Dutch label of a target field for the mapping dialog ("Ouder 1: e-mail")."""
    if name in PUPIL_FIELDS:
        return PUPIL_FIELDS[name]
    if name.startswith("guardian"):
        slot, part = name[len("guardian"):].split(".", 1)
        return f"Ouder {slot}: {GUARDIAN_PARTS.get(part, part)}"
    if name.startswith("consent:"):
        return f"Toestemming: {name[len('consent:'):]}"
    return name


def all_fields() -> list[str]:
    return list(PUPIL_FIELDS) + [f"guardian{slot}.{part}" for slot in GUARDIAN_SLOTS for part in GUARDIAN_PARTS]


@dataclass(frozen=True)
class ColumnMapping:
    """{field: header text}; headers not in it are skipped (and reported)."""

    fields: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(self.fields, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> "ColumnMapping":
        data = json.loads(text) if text else {}
        if not isinstance(data, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
            raise ValueError("not a column mapping")
        return cls(dict(data))

    def missing(self) -> list[str]:
        return [f for f in REQUIRED if f not in self.fields]


def layout_key(headers: tuple[str, ...] | list[str]) -> str:
    """A stable name for a file layout, to remember its mapping ("leerlingnr|naam|…")."""
    return "|".join(key(h) for h in headers)


def recognise(headers: tuple[str, ...] | list[str], consent_labels: dict[str, str] | None = None) -> tuple[ColumnMapping, list[str]]:
    """Map known headers to fields. ``consent_labels`` {folded label or code: category code} adds
    decision columns ("consent:<code>"). Returns the mapping and the headers not recognised."""
    found: dict[str, str] = {}
    rank: dict[str, int] = {}
    unknown: list[str] = []
    consent_labels = consent_labels or {}
    for header in headers:
        k = key(header)
        if not k:
            if header.strip():
                unknown.append(header)
            continue
        target, preference = None, 0
        for name, synonyms in PUPIL_SYNONYMS.items():
            if k in synonyms:
                target, preference = name, synonyms.index(k)
                break
        if target is None:
            target = guardian_field(k)
        if target is None and k in consent_labels:
            target = f"consent:{consent_labels[k]}"
        if target is None or (target in found and rank[target] <= preference):
            unknown.append(header)
            continue
        if target in found:
            unknown.append(found[target])
        found[target], rank[target] = header, preference
    return ColumnMapping(found), unknown
