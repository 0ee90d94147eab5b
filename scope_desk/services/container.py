"""All services over one store, built once by the composition root (``app.py``) and the CLI.

Each feature adds its service here as one attribute; nothing else holds a store.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from scope_desk.db import Store
from scope_desk.services.accounts import AccountService
from scope_desk.services.audit_trail import AuditTrailService
from scope_desk.services.retention import RetentionService
from scope_desk.services.subject_access import SubjectAccessService
from scope_desk.services.backups import BackupService
from scope_desk.services.consent import ConsentService
from scope_desk.services.consent_round import RoundService
from scope_desk.services.dashboard import DashboardService
from scope_desk.services.events import Changes
from scope_desk.services.incidents import IncidentService
from scope_desk.services.protocol import ProtocolService
from scope_desk.services.pupil_import import PupilImportService


@dataclass
class Services:
    store: Store
    changes: Changes = field(default_factory=Changes)
    accounts: AccountService = field(init=False)
    audit_trail: AuditTrailService = field(init=False)
    retention: RetentionService = field(init=False)
    subject_access: SubjectAccessService = field(init=False)
    backups: BackupService = field(init=False)
    consent: ConsentService = field(init=False)
    rounds: RoundService = field(init=False)
    dashboard: DashboardService = field(init=False)
    incidents: IncidentService = field(init=False)
    protocol: ProtocolService = field(init=False)
    pupil_import: PupilImportService = field(init=False)

    def __post_init__(self) -> None:
        self.accounts = AccountService(self.store, self.changes)
        self.audit_trail = AuditTrailService(self.store, self.changes)
        self.retention = RetentionService(self.store, self.changes)
        self.subject_access = SubjectAccessService(self.store, self.changes)
        self.backups = BackupService(self.store, self.changes)
        self.consent = ConsentService(self.store, self.changes)
        self.rounds = RoundService(self.store, self.changes, self.consent)
        self.dashboard = DashboardService(self.store, self.changes)
        self.incidents = IncidentService(self.store, self.changes)
        self.protocol = ProtocolService(self.store, self.changes)
        self.pupil_import = PupilImportService(self.store, self.changes)

    @classmethod
    def over(cls, store: Store) -> "Services":
        return cls(store=store)
