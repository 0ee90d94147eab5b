"""All services over one store, built once by the composition root (``app.py``) and the CLI.

Each feature adds its service here as one lazily built attribute (its module is imported on
first use, so start-up pays only for what the first page needs); nothing else holds a store.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from scope_desk.db import Store
from scope_desk.services.events import Changes

if TYPE_CHECKING:
    from scope_desk.services.accounts import AccountService
    from scope_desk.services.audit_trail import AuditTrailService
    from scope_desk.services.backups import BackupService
    from scope_desk.services.consent import ConsentService
    from scope_desk.services.consent_round import RoundService
    from scope_desk.services.dashboard import DashboardService
    from scope_desk.services.dashboard_classes import ClassProgressService
    from scope_desk.services.incidents import IncidentService
    from scope_desk.services.protocol import ProtocolService
    from scope_desk.services.pupil_import import PupilImportService
    from scope_desk.services.retention import RetentionService
    from scope_desk.services.schools import SchoolService
    from scope_desk.services.subject_access import SubjectAccessService


@dataclass(eq=False)
class Services:
    store: Store
    changes: Changes = field(default_factory=Changes)

    @classmethod
    def over(cls, store: Store) -> "Services":
        return cls(store=store)

    @cached_property
    def accounts(self) -> "AccountService":
        from scope_desk.services.accounts import AccountService

        return AccountService(self.store, self.changes)

    @cached_property
    def audit_trail(self) -> "AuditTrailService":
        from scope_desk.services.audit_trail import AuditTrailService

        return AuditTrailService(self.store, self.changes)

    @cached_property
    def schools(self) -> "SchoolService":
        from scope_desk.services.schools import SchoolService

        return SchoolService(self.store, self.changes)

    @cached_property
    def retention(self) -> "RetentionService":
        from scope_desk.services.retention import RetentionService

        return RetentionService(self.store, self.changes)

    @cached_property
    def subject_access(self) -> "SubjectAccessService":
        from scope_desk.services.subject_access import SubjectAccessService

        return SubjectAccessService(self.store, self.changes)

    @cached_property
    def backups(self) -> "BackupService":
        from scope_desk.services.backups import BackupService

        return BackupService(self.store, self.changes)

    @cached_property
    def consent(self) -> "ConsentService":
        from scope_desk.services.consent import ConsentService

        return ConsentService(self.store, self.changes)

    @cached_property
    def rounds(self) -> "RoundService":
        from scope_desk.services.consent_round import RoundService

        return RoundService(self.store, self.changes, self.consent)

    @cached_property
    def dashboard(self) -> "DashboardService":
        from scope_desk.services.dashboard import DashboardService

        return DashboardService(self.store, self.changes)

    @cached_property
    def class_progress(self) -> "ClassProgressService":
        from scope_desk.services.dashboard_classes import ClassProgressService

        return ClassProgressService(self.store, self.changes)

    @cached_property
    def incidents(self) -> "IncidentService":
        from scope_desk.services.incidents import IncidentService

        return IncidentService(self.store, self.changes, protocol=self.protocol)

    @cached_property
    def protocol(self) -> "ProtocolService":
        from scope_desk.services.protocol import ProtocolService

        return ProtocolService(self.store, self.changes)

    @cached_property
    def pupil_import(self) -> "PupilImportService":
        from scope_desk.services.pupil_import import PupilImportService

        return PupilImportService(self.store, self.changes)
