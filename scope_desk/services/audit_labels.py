"""Dutch names for the audit trail's action codes, as the Logboek shows them.

The codes stay what the trail stores (and the hash covers); the labels are only for reading. An
unknown code (a newer version wrote it, or a feature forgot to add its label here) is shown as
the code itself. The UI translates the labels through the "admin" context.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from scope_desk.naming import fold

ACTION_LABELS: dict[str, str] = {
    # signing in
    "auth.login": "Aangemeld",
    "auth.login_failed": "Aanmelden mislukt",
    "auth.lockout": "Account geblokkeerd na mislukte pogingen",
    "auth.logout": "Afgemeld",
    "auth.idle_lock": "Vergrendeld na stilstand",
    # accounts and settings
    "account.create_first_admin": "Eerste beheerder aangemaakt",
    "account.create": "Account aangemaakt",
    "account.disable": "Account uitgeschakeld",
    "account.enable": "Account ingeschakeld",
    "account.password_change": "Eigen wachtwoord gewijzigd",
    "account.reset_password": "Wachtwoord opnieuw ingesteld",
    "account.roles": "Rollen gewijzigd",
    "setting.idle_lock_minutes": "Vergrendeltijd ingesteld",
    "settings.platforms": "Platformlijst gewijzigd",
    # schools and pupils
    "school.create": "School aangemaakt",
    "school.update": "Briefhoofd van school gewijzigd",
    "pupils.import": "Leerlingen geïmporteerd",
    "pupil.chronology.view": "Tijdlijn van een leerling geopend",
    # consent
    "consent.record": "Toestemming vastgelegd",
    "consent.carry_over": "Toestemmingen overgenomen van vorig jaar",
    "consent.export": "Toestemmingen geëxporteerd",
    "consent.class_sheet": "Klassenlijst toestemmingen gemaakt",
    "consent_round.open": "Toestemmingsronde geopend",
    "consent_round.update": "Toestemmingsronde gewijzigd",
    "consent_category.add": "Toestemmingscategorie toegevoegd",
    "consent_category.rename": "Toestemmingscategorie hernoemd",
    "consent_category.reorder": "Toestemmingscategorieën herschikt",
    "consent_category.edit": "Toestemmingscategorieën bewerkt",
    "letters.preview": "Voorbeeldbrief gemaakt",
    "letters.print": "Brieven gemaakt",
    # incidents and conversations
    "incident.create": "Incident vastgelegd",
    "incident.update": "Incident gewijzigd",
    "incident.status": "Status van incident gewijzigd",
    "incident.reopen": "Incident heropend",
    "incident.view": "Incident geopend",
    "incident.dossier": "Incidentdossier gemaakt",
    "incident.party.add": "Betrokkene toegevoegd",
    "incident.party.remove": "Betrokkene verwijderd",
    "incident.depicted.set": "Afgebeelde leerlingen vastgelegd",
    "incident.measure.add": "Maatregel vastgelegd",
    "incident.legal_hold_on": "Bewaarplicht aangezet",
    "incident.legal_hold_off": "Bewaarplicht uitgezet",
    "conversation.create": "Gesprek vastgelegd",
    "conversation.notes.edit": "Gespreksverslag gewijzigd",
    "conversation.check_back": "Terugkoppeling afgevinkt",
    "evidence.add": "Bewijsstuk toegevoegd",
    "evidence.view": "Bewijsstuk geopend",
    "report.overview": "Jaaroverzicht incidenten gemaakt",
    # protocol
    "protocol.install_bundled": "Meegeleverd protocol geïnstalleerd",
    "protocol.import": "Protocolversie ingelezen",
    "protocol.read_confirmed": "Lezen van het protocol bevestigd",
    "protocol.register_export": "Lijst leesbevestigingen gemaakt",
    # privacy
    "retention.policy": "Bewaartermijn gewijzigd",
    "retention.purge": "Verlopen gegevens verwijderd",
    "subject_access.register": "Inzageverzoek vastgelegd",
    "subject_access.export": "Inzage-export gemaakt",
    "subject_access.complete": "Inzageverzoek afgehandeld",
    # the store itself
    "demo.generate": "Demogegevens gemaakt",
}


def action_label(code: str) -> str:
    """The Dutch label of ``code``; the code itself when it has none."""
    return ACTION_LABELS.get(code, code)


def codes_matching(text: str, codes: Iterable[str], label: Callable[[str], str] = action_label) -> tuple[str, ...]:
    """The codes whose (shown) label contains ``text``, or that start with it (``auth`` finds every
    sign-in code); case and accents do not matter. Empty ``text`` matches nothing here: the caller
    then leaves the action unfiltered."""
    needle = fold(text.strip())
    if not needle:
        return ()
    return tuple(c for c in codes if needle in fold(label(c)) or fold(c).startswith(needle))
