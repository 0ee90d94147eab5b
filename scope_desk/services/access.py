"""Who is acting, and what each role may do. Deny by default."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from scope_desk.errors import NotAllowed
from scope_desk.roles import Role


class Permission(enum.Enum):
    VIEW_DASHBOARD = "view_dashboard"
    VIEW_PROTOCOL = "view_protocol"
    MANAGE_PROTOCOL = "manage_protocol"
    CONFIRM_PROTOCOL_READ = "confirm_protocol_read"
    VIEW_PUPILS = "view_pupils"
    IMPORT_PUPILS = "import_pupils"
    VIEW_CONSENT = "view_consent"
    VIEW_CLASS_SHEET = "view_class_sheet"
    RECORD_CONSENT = "record_consent"
    MANAGE_ROUNDS = "manage_rounds"
    PRINT_LETTERS = "print_letters"
    EXPORT_PERSONAL_DATA = "export_personal_data"
    VIEW_INCIDENTS = "view_incidents"
    WRITE_INCIDENTS = "write_incidents"
    VIEW_ANONYMISED_REPORTS = "view_anonymised_reports"
    MANAGE_SCHOOLS = "manage_schools"
    MANAGE_ACCOUNTS = "manage_accounts"
    VIEW_AUDIT = "view_audit"
    MANAGE_RETENTION = "manage_retention"
    MANAGE_STORE = "manage_store"  # backups, demo data, integrity checks
    MANAGE_SUBJECT_ACCESS = "manage_subject_access"  # register and follow up inzageverzoeken


_EVERYONE = {Permission.VIEW_DASHBOARD, Permission.VIEW_PROTOCOL, Permission.CONFIRM_PROTOCOL_READ}

# Issue 7: beheerder — accounts, schools, import, consent, letters, but never incident contents;
# directeur — everything for their schools; anti-pestcoördinator / vertrouwenspersoon — incidents and
# conversations of their schools; leerkracht — the consent sheet of their own classes, read-only;
# bestuur — anonymised overviews of all schools. Anything not listed is refused.
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.BEHEERDER: frozenset(_EVERYONE | {
        Permission.MANAGE_PROTOCOL, Permission.VIEW_PUPILS, Permission.IMPORT_PUPILS, Permission.VIEW_CONSENT,
        Permission.VIEW_CLASS_SHEET, Permission.RECORD_CONSENT, Permission.MANAGE_ROUNDS, Permission.PRINT_LETTERS,
        Permission.EXPORT_PERSONAL_DATA, Permission.MANAGE_SCHOOLS, Permission.MANAGE_ACCOUNTS,
        Permission.VIEW_AUDIT, Permission.MANAGE_RETENTION, Permission.MANAGE_STORE, Permission.MANAGE_SUBJECT_ACCESS,
    }),
    Role.DIRECTEUR: frozenset(set(Permission) - {Permission.MANAGE_STORE}),
    Role.ANTI_PEST: frozenset(_EVERYONE | {Permission.VIEW_PUPILS, Permission.VIEW_INCIDENTS, Permission.WRITE_INCIDENTS}),
    Role.LEERKRACHT: frozenset(_EVERYONE | {Permission.VIEW_CLASS_SHEET}),
    Role.BESTUUR: frozenset(_EVERYONE | {Permission.VIEW_ANONYMISED_REPORTS}),
}

# Roles whose grant covers only the class named in it (a leerkracht without a class sees no class).
CLASS_SCOPED_ROLES = frozenset({Role.LEERKRACHT})

ROLE_LABELS: dict[Role, str] = {
    Role.BEHEERDER: "beheerder",
    Role.DIRECTEUR: "directeur",
    Role.ANTI_PEST: "anti-pestcoördinator / vertrouwenspersoon",
    Role.LEERKRACHT: "leerkracht",
    Role.BESTUUR: "bestuur",
}


@dataclass(frozen=True)
class Grant:
    role: Role
    school_id: int | None = None  # None: every school
    class_id: int | None = None  # leerkracht: their own class


@dataclass(frozen=True)
class Actor:
    """The person acting. Services take one on every call and check it before doing anything."""

    user_id: int | None
    name: str
    grants: tuple[Grant, ...] = field(default_factory=tuple)

    def can(self, permission: Permission, school_id: int | None = None) -> bool:
        for grant in self.grants:
            if permission not in ROLE_PERMISSIONS[grant.role]:
                continue
            if grant.school_id is None or school_id is None or grant.school_id == school_id:
                return True
        return False

    def can_everywhere(self, permission: Permission) -> bool:
        """True when a board-wide grant (no school) carries ``permission``."""
        return any(g.school_id is None and permission in ROLE_PERMISSIONS[g.role] for g in self.grants)

    def can_class(self, permission: Permission, school_id: int, class_id: int) -> bool:
        """``permission`` for one class: class-scoped roles count only for the class in their grant."""
        for grant in self.grants:
            if permission not in ROLE_PERMISSIONS[grant.role]:
                continue
            if grant.school_id is not None and grant.school_id != school_id:
                continue
            if grant.role in CLASS_SCOPED_ROLES and grant.class_id != class_id:
                continue
            return True
        return False

    def class_ids(self, permission: Permission, school_id: int) -> set[int] | None:
        """Classes of ``school_id`` where the actor holds ``permission``; None means every class."""
        ids: set[int] = set()
        for grant in self.grants:
            if permission not in ROLE_PERMISSIONS[grant.role]:
                continue
            if grant.school_id is not None and grant.school_id != school_id:
                continue
            if grant.role not in CLASS_SCOPED_ROLES:
                return None
            if grant.class_id is not None:
                ids.add(grant.class_id)
        return ids

    def school_ids(self, permission: Permission) -> set[int] | None:
        """Schools where the actor holds ``permission``; None means all schools."""
        ids: set[int] = set()
        for grant in self.grants:
            if permission in ROLE_PERMISSIONS[grant.role]:
                if grant.school_id is None:
                    return None
                ids.add(grant.school_id)
        return ids


def require(actor: Actor, permission: Permission, school_id: int | None = None) -> None:
    if not actor.can(permission, school_id):
        raise NotAllowed(f"{actor.name} heeft geen recht op deze handeling ({PERMISSION_LABELS[permission]}).")


def require_everywhere(actor: Actor, permission: Permission) -> None:
    """For actions over the whole board (all schools at once): only a board-wide grant will do."""
    if not actor.can_everywhere(permission):
        raise NotAllowed(f"{actor.name} heeft geen recht op deze handeling voor alle scholen ({PERMISSION_LABELS[permission]}).")


def require_class(actor: Actor, permission: Permission, school_id: int, class_id: int) -> None:
    if not actor.can_class(permission, school_id, class_id):
        raise NotAllowed(f"{actor.name} heeft geen recht op deze handeling voor deze groep ({PERMISSION_LABELS[permission]}).")


PERMISSION_LABELS: dict[Permission, str] = {
    Permission.VIEW_DASHBOARD: "overzicht bekijken",
    Permission.VIEW_PROTOCOL: "protocol lezen",
    Permission.MANAGE_PROTOCOL: "protocolversies beheren",
    Permission.CONFIRM_PROTOCOL_READ: "lezen van het protocol bevestigen",
    Permission.VIEW_PUPILS: "leerlingen bekijken",
    Permission.IMPORT_PUPILS: "leerlingen importeren",
    Permission.VIEW_CONSENT: "toestemmingen bekijken",
    Permission.VIEW_CLASS_SHEET: "klassenlijst toestemmingen bekijken",
    Permission.RECORD_CONSENT: "toestemmingen vastleggen",
    Permission.MANAGE_ROUNDS: "toestemmingsrondes beheren",
    Permission.PRINT_LETTERS: "brieven maken",
    Permission.EXPORT_PERSONAL_DATA: "persoonsgegevens exporteren",
    Permission.VIEW_INCIDENTS: "incidenten bekijken",
    Permission.WRITE_INCIDENTS: "incidenten vastleggen",
    Permission.VIEW_ANONYMISED_REPORTS: "geanonimiseerde overzichten bekijken",
    Permission.MANAGE_SCHOOLS: "scholen beheren",
    Permission.MANAGE_ACCOUNTS: "accounts beheren",
    Permission.VIEW_AUDIT: "logboek bekijken",
    Permission.MANAGE_RETENTION: "bewaartermijnen beheren",
    Permission.MANAGE_STORE: "database beheren",
    Permission.MANAGE_SUBJECT_ACCESS: "inzageverzoeken behandelen",
}

# The actor for headless commands run by ICT staff on the machine itself, until accounts exist.
SYSTEM_ACTOR = Actor(user_id=None, name="systeem (opdrachtregel)", grants=(Grant(Role.DIRECTEUR), Grant(Role.BEHEERDER)))
