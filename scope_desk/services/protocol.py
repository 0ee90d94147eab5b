"""The protocol: versions, reading, search, comparison, citations and import of a new version.

The bundled 2012 text (``resources/protocol/protocol-2012.md``) is put into the store at first use.
Read confirmations live in ``protocol_confirmations`` and are mixed in here.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from scope_desk import paths
from scope_desk.errors import ImportRejected, InvalidInput, NotFound
from scope_desk.models.protocol import ProtocolVersion
from scope_desk.models.school import School
from scope_desk.protocol_text import NotationError, ParsedProtocol, decode, parse
from scope_desk.services import audit
from scope_desk.services.access import Actor, Permission, require, require_everywhere
from scope_desk.services.events import ChangeSet, Changes
from scope_desk.services.protocol_compare import diff_documents, search_document
from scope_desk.services.protocol_confirmations import ConfirmationsMixin
from scope_desk.services.protocol_store import get_version, in_force, info_of, install, load_document, version_infos
from scope_desk.services.protocol_types import (
    BOARD_NAME, Article, ArticleChange, Confirmation, ConfirmationRegister, ProtocolDocument, SearchHit, Section, VersionDiff,
    VersionInfo, citation, dutch_date,
)

__all__ = [
    "ProtocolService", "Article", "ArticleChange", "Confirmation", "ConfirmationRegister", "ProtocolDocument",
    "SearchHit", "Section", "VersionDiff", "VersionInfo", "citation", "dutch_date", "BUNDLED_FILE",
]

BUNDLED_FILE = ("protocol", "protocol-2012.md")
MAX_IMPORT_BYTES = 2_000_000


def bundled_protocol() -> ParsedProtocol:
    return parse(paths.resource(*BUNDLED_FILE).read_text(encoding="utf-8"))


class ProtocolService(ConfirmationsMixin):
    def __init__(self, store, changes: Changes) -> None:
        self._store = store
        self._changes = changes
        self._bundled_ready = False

    # -- the bundled version -------------------------------------------------------------------
    def ensure_bundled(self, actor: Actor) -> None:
        """Put the bundled 2012 version in the store unless it (or a version on its date) is there."""
        if self._bundled_ready:
            return
        protocol = bundled_protocol()
        with self._store.transaction() as s:
            present = s.scalars(select(ProtocolVersion.id).where(
                (ProtocolVersion.label == protocol.label) | (ProtocolVersion.effective_on == protocol.effective_on)
            )).first()
        if present is None:
            try:
                with self._store.transaction(write=True) as s:
                    again = s.scalars(select(ProtocolVersion.id).where(
                        (ProtocolVersion.label == protocol.label) | (ProtocolVersion.effective_on == protocol.effective_on)
                    )).first()
                    if again is None:
                        version_id = install(s, protocol, label=protocol.label, effective_on=protocol.effective_on,
                                             source_name=protocol.source)
                        audit.record(s, actor, "protocol.install_bundled", "protocol_version", version_id,
                                     label=protocol.label)
            except IntegrityError:
                pass  # another process installed it at the same moment
            self._changes.emit(ChangeSet(protocol=True))
        self._bundled_ready = True

    # -- reading -------------------------------------------------------------------------------
    def list_versions(self, actor: Actor) -> list[VersionInfo]:
        """All versions, newest effective date first."""
        require(actor, Permission.VIEW_PROTOCOL)
        self.ensure_bundled(actor)
        with self._store.transaction() as s:
            return version_infos(s)

    def version_by_label(self, actor: Actor, label: str) -> VersionInfo:
        found = next((v for v in self.list_versions(actor) if v.label == label.strip()), None)
        if found is None:
            known = ", ".join(v.label for v in self.list_versions(actor))
            raise NotFound(f"Er is geen protocolversie '{label}'; bekend zijn: {known}.")
        return found

    def version_in_force(self, actor: Actor, on: date) -> VersionInfo | None:
        require(actor, Permission.VIEW_PROTOCOL)
        self.ensure_bundled(actor)
        with self._store.transaction() as s:
            row = in_force(s, on)
            return info_of(row) if row else None

    def current_version(self, actor: Actor, today: date | None = None) -> VersionInfo:
        """The version in force today (or the earliest one, when every version starts later)."""
        found = self.version_in_force(actor, today or date.today())
        return found or self.list_versions(actor)[-1]

    def document(self, actor: Actor, version_id: int | None = None) -> ProtocolDocument:
        """A version's sections and articles; without ``version_id`` the one in force today."""
        require(actor, Permission.VIEW_PROTOCOL)
        if version_id is None:
            version_id = self.current_version(actor).id
        self.ensure_bundled(actor)
        with self._store.transaction() as s:
            return load_document(s, version_id)

    def document_in_force(self, actor: Actor, on: date) -> ProtocolDocument | None:
        """The version in force on ``on`` with its articles, read in one go (None before the first version)."""
        require(actor, Permission.VIEW_PROTOCOL)
        self.ensure_bundled(actor)
        with self._store.transaction() as s:
            row = in_force(s, on)
            return load_document(s, row.id) if row else None

    def articles_in_force(self, actor: Actor, on: date) -> tuple[Article, ...]:
        """The articles of the version in force on ``on`` (empty before the first version). Incidents
        cite these: ``Article.id`` is what they store."""
        document = self.document_in_force(actor, on)
        return document.articles if document else ()

    def organisation(self, actor: Actor, school: str | None = None) -> str:
        """The name printed on the protocol: the school given (BRIN code or full name), else the signed-in
        user's school when all his rights are for one school, else the board (SCOPE)."""
        require(actor, Permission.VIEW_PROTOCOL)
        with self._store.transaction() as s:
            if school is not None and school.strip():
                wanted = school.strip()
                rows = s.execute(select(School.brin, School.name)).all()
                found = next((r.name for r in rows if r.brin.upper() == wanted.upper()), None) or next(
                    (r.name for r in rows if r.name.casefold() == wanted.casefold()), None)
                if found is None:
                    raise NotFound(f"Geen school '{wanted}'; gebruik de BRIN-code of de volledige naam.")
                return found
            schools = actor.school_ids(Permission.VIEW_PROTOCOL)
            if schools is not None and len(schools) == 1:
                name = s.scalar(select(School.name).where(School.id == next(iter(schools))))
                if name:
                    return name
        return BOARD_NAME

    def cite(self, actor: Actor, code: str, version_id: int | None = None, on: date | None = None) -> str:
        """"SCOPE Protocol Sociale Media (versie 2012, 1 november 2012), artikel A.7"."""
        if version_id is None:
            version = self.version_in_force(actor, on or date.today())
            if version is None:
                raise NotFound(f"Op {dutch_date(on or date.today())} was nog geen protocolversie van kracht.")
            version_id = version.id
        document = self.document(actor, version_id)
        if document.article(code) is None and code not in {s.code for s in document.sections}:
            raise NotFound(f"Artikel {code} staat niet in {document.version.display}.")
        return citation(code, document.version)

    def search(self, actor: Actor, query: str, version_id: int | None = None) -> list[SearchHit]:
        """Every occurrence, case- and accent-insensitive."""
        return search_document(self.document(actor, version_id), query)

    def diff(self, actor: Actor, old_version_id: int, new_version_id: int) -> VersionDiff:
        """What changed from ``old`` to ``new``, article by article."""
        return diff_documents(self.document(actor, old_version_id), self.document(actor, new_version_id))

    # -- import --------------------------------------------------------------------------------
    def import_version(self, actor: Actor, source: str | os.PathLike | bytes, effective_on: date | None = None,
                       label: str | None = None, source_name: str = "") -> VersionInfo:
        """Read a file in the article notation and store it as a new version, or refuse with one
        sentence and store nothing."""
        require_everywhere(actor, Permission.MANAGE_PROTOCOL)
        self.ensure_bundled(actor)
        name = source_name or ("het bestand" if isinstance(source, bytes) else Path(source).name)
        protocol = _read_protocol(source, name)
        effective_on = effective_on or protocol.effective_on
        if effective_on is None:
            raise InvalidInput("Geef een ingangsdatum op (bijvoorbeeld 2027-08-01).")
        label = (label or protocol.label or str(effective_on.year)).strip()
        if not label or len(label) > 60:
            raise InvalidInput("Het versielabel moet 1 tot 60 tekens lang zijn.")
        with self._store.transaction(write=True) as s:
            taken = s.scalars(select(ProtocolVersion).where(ProtocolVersion.effective_on == effective_on)).first()
            if taken is not None:
                raise ImportRejected(f"Op {dutch_date(effective_on)} gaat al versie {taken.label} in; kies een andere ingangsdatum.")
            if s.scalars(select(ProtocolVersion.id).where(ProtocolVersion.label == label)).first() is not None:
                if label == str(effective_on.year) and not protocol.label:
                    label = effective_on.isoformat()
                else:
                    raise ImportRejected(f"Er bestaat al een versie met het label '{label}'; kies een ander label.")
            version_id = install(s, protocol, label=label, effective_on=effective_on, source_name=name)
            audit.record(s, actor, "protocol.import", "protocol_version", version_id, label=label,
                         effective_on=effective_on.isoformat(), articles=len(protocol.articles), file=name)
            info = info_of(get_version(s, version_id), len(protocol.articles))
        self._changes.emit(ChangeSet(protocol=True))
        return info


def _read_protocol(source: str | os.PathLike | bytes, name: str) -> ParsedProtocol:
    if isinstance(source, bytes):
        data = source
    else:
        path = Path(source)
        try:
            if path.stat().st_size > MAX_IMPORT_BYTES:
                raise ImportRejected(f"{name} is te groot voor een protocol (meer dan 2 MB).")
            data = path.read_bytes()
        except OSError as exc:
            raise ImportRejected(f"{name} kan niet worden gelezen ({exc.strerror or exc}).") from None
    try:
        text = decode(data, name)
    except NotationError as exc:
        raise ImportRejected(str(exc)) from None
    try:
        return parse(text)
    except NotationError as exc:
        raise ImportRejected(f"{name}: {exc}") from None
