"""The fixed and configurable lists of the incident log, with their Dutch labels.

The UI takes every enum and label it needs from here (it never imports scope_desk.models); labels are
Dutch source texts that the UI passes through QCoreApplication.translate("incidents", …).
"""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from scope_desk.models.audit import AppSetting
from scope_desk.models.incident import (
    ConversationPlace,
    IncidentKind,
    IncidentStatus,
    MeasureKind,
    PartyKind,
    PartyRole,
    Severity,
    Visibility,
)

__all__ = [
    "CATEGORIES", "DEFAULT_PLATFORMS", "PLATFORM_SETTING_KEY", "ConversationPlace", "IncidentKind", "IncidentStatus",
    "MeasureKind", "PartyKind", "PartyRole", "Severity", "Visibility", "category_label", "load_platforms",
    "save_platforms", "IMAGE_CATEGORY", "KIND_LABELS", "MEASURE_LABELS", "PARTY_KIND_LABELS", "PLACE_LABELS",
    "ROLE_LABELS", "SEVERITY_LABELS", "STATUS_LABELS", "VISIBILITY_LABELS", "CAO_MEASURES",
]


# Protocol A.7 first, then the other kinds the office records.
CATEGORIES: dict[str, str] = {
    "pesten": "Pesten",
    "kwetsen": "Kwetsen",
    "stalken": "Stalken",
    "bedreigen": "Bedreigen",
    "belasteren": "Belasteren / zwartmaken",
    "schade": "Anderszins schade toebrengen",
    "vertrouwelijk": "Vertrouwelijke informatie gepubliceerd",
    "beeldmateriaal": "Beeldmateriaal zonder toestemming",
    "goede_naam": "Schade aan de goede naam van de school",
    "overig": "Overig",
}
IMAGE_CATEGORY = "beeldmateriaal"

DEFAULT_PLATFORMS: tuple[str, ...] = (
    "Instagram", "TikTok", "Snapchat", "WhatsApp", "YouTube", "Facebook", "X", "Discord", "LinkedIn", "anders",
)
PLATFORM_SETTING_KEY = "incidents.platforms"

STATUS_LABELS = {
    IncidentStatus.NEW: "Nieuw",
    IncidentStatus.IN_PROGRESS: "In behandeling",
    IncidentStatus.CLOSED: "Afgesloten",
}
SEVERITY_LABELS = {
    Severity.LOW: "Licht",
    Severity.MEDIUM: "Middel",
    Severity.HIGH: "Ernstig",
    Severity.CRITICAL: "Zeer ernstig",
}
VISIBILITY_LABELS = {
    Visibility.SCHOOL_CARE_TEAM: "Directeur en anti-pestcoördinator",
    Visibility.DIRECTOR_ONLY: "Alleen de directeur",
}
KIND_LABELS = {
    IncidentKind.PUPIL: "Leerlingen",
    IncidentKind.STAFF: "Personeel (conform de CAO)",
}
PARTY_KIND_LABELS = {
    PartyKind.PUPIL: "Leerling",
    PartyKind.GUARDIAN: "Ouder/verzorger",
    PartyKind.STAFF: "Medewerker",
    PartyKind.OUTSIDER: "Buitenstaander",
}
ROLE_LABELS = {
    PartyRole.TARGET: "Doelwit",
    PartyRole.PERPETRATOR: "Pleger",
    PartyRole.WITNESS: "Getuige",
    PartyRole.REPORTER: "Melder",
}
MEASURE_LABELS = {
    MeasureKind.CONVERSATION: "Gesprek",
    MeasureKind.WARNING: "Waarschuwing",
    MeasureKind.POST_REMOVED: "Bericht verwijderd",
    MeasureKind.GUARDIANS_INFORMED: "Ouders geïnformeerd",
    MeasureKind.SUSPENSION: "Schorsing",
    MeasureKind.REMOVAL: "Verwijdering",
    MeasureKind.CAO_MEASURE: "Maatregel conform de CAO",
    MeasureKind.POLICE_REPORT: "Aangifte bij de politie",
    MeasureKind.VEILIG_THUIS: "Melding bij Veilig Thuis",
    MeasureKind.OTHER: "Overig",
}
# Measures that fit a staff incident; pupil-only measures are not offered there.
CAO_MEASURES = (
    MeasureKind.CONVERSATION, MeasureKind.WARNING, MeasureKind.POST_REMOVED, MeasureKind.CAO_MEASURE,
    MeasureKind.POLICE_REPORT, MeasureKind.OTHER,
)
PLACE_LABELS = {
    ConversationPlace.IN_PERSON: "Persoonlijk (op school)",
    ConversationPlace.PHONE: "Telefonisch",
    ConversationPlace.VIDEO: "Videogesprek",
}


def category_label(code: str) -> str:
    return CATEGORIES.get(code, code)


def load_platforms(session: Session) -> list[str]:
    """The configured platform list (AppSetting ``incidents.platforms``, a JSON list), or the defaults."""
    raw = session.execute(select(AppSetting.value).where(AppSetting.key == PLATFORM_SETTING_KEY)).scalar_one_or_none()
    if raw:
        try:
            value = json.loads(raw)
        except ValueError:
            value = None
        if isinstance(value, list) and value and all(isinstance(v, str) and v.strip() for v in value):
            return [v.strip() for v in value]
    return list(DEFAULT_PLATFORMS)


def save_platforms(session: Session, platforms: list[str]) -> None:
    cleaned: list[str] = []
    for name in platforms:
        name = name.strip()
        if name and name.casefold() not in {c.casefold() for c in cleaned}:
            cleaned.append(name)
    row = session.get(AppSetting, PLATFORM_SETTING_KEY)
    if row is None:
        session.add(AppSetting(key=PLATFORM_SETTING_KEY, value=json.dumps(cleaned, ensure_ascii=False)))
    else:
        row.value = json.dumps(cleaned, ensure_ascii=False)
