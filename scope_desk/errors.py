"""Domain errors. Each carries one clear Dutch sentence that the UI and the CLI show as is."""

from __future__ import annotations


class DomainError(Exception):
    """Base class: ``str(error)`` is the sentence for the user."""


class StoreError(DomainError):
    """The data store cannot be opened or used safely (corrupt, foreign, unreachable)."""


class MigrationError(StoreError):
    """A schema migration failed; the store was left as it was."""


class StaleRecord(DomainError):
    """Someone else changed the record since it was read."""

    def __init__(self, what: str = "Dit gegeven") -> None:
        super().__init__(
            f"{what} is intussen door iemand anders gewijzigd; laad het opnieuw en voer uw wijziging nogmaals in."
        )


class NotAllowed(DomainError):
    """The actor's role does not permit the action."""


class NotFound(DomainError):
    """The record asked for does not exist (or is not visible to the actor)."""


class InvalidInput(DomainError):
    """Input that fails validation; nothing was changed."""


class ImportRejected(InvalidInput):
    """An import file that cannot be read or has rows that fail validation."""
