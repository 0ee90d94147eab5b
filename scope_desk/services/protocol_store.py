"""Reading and writing protocol versions inside a session (no permission checks: the service does those)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from scope_desk.errors import NotFound
from scope_desk.models.base import utcnow
from scope_desk.models.protocol import ProtocolArticle, ProtocolSection, ProtocolVersion
from scope_desk.protocol_text import CLOSING_CODE, ParsedProtocol
from scope_desk.services.protocol_types import Article, ProtocolDocument, Section, VersionInfo


def version_infos(session: Session) -> list[VersionInfo]:
    """Every version, newest effective date first, with its number of articles."""
    counts = dict(session.execute(
        select(ProtocolArticle.version_id, func.count(ProtocolArticle.id)).group_by(ProtocolArticle.version_id)
    ).all())
    rows = session.scalars(select(ProtocolVersion).order_by(ProtocolVersion.effective_on.desc()))
    return [info_of(row, counts.get(row.id, 0)) for row in rows]


def info_of(row: ProtocolVersion, article_count: int = 0) -> VersionInfo:
    return VersionInfo(id=row.id, label=row.label, title=row.title, effective_on=row.effective_on,
                       imported_at=row.imported_at, source_name=row.source_name, article_count=article_count)


def in_force(session: Session, on: date) -> ProtocolVersion | None:
    return session.scalars(
        select(ProtocolVersion).where(ProtocolVersion.effective_on <= on)
        .order_by(ProtocolVersion.effective_on.desc()).limit(1)
    ).first()


def get_version(session: Session, version_id: int) -> ProtocolVersion:
    row = session.get(ProtocolVersion, version_id)
    if row is None:
        raise NotFound(f"Protocolversie {version_id} bestaat niet.")
    return row


def load_document(session: Session, version_id: int) -> ProtocolDocument:
    version = get_version(session, version_id)
    sections = session.scalars(select(ProtocolSection).where(ProtocolSection.version_id == version_id)
                               .order_by(ProtocolSection.position)).all()
    articles = session.scalars(select(ProtocolArticle).where(ProtocolArticle.version_id == version_id)
                               .order_by(ProtocolArticle.position)).all()
    by_section: dict[int, list[Article]] = {}
    code_of = {s.id: s.code for s in sections}
    for row in articles:
        by_section.setdefault(row.section_id, []).append(
            Article(code=row.code, text=row.text, section_code=code_of[row.section_id], position=row.position,
                    id=row.id))
    closing = next((s.intro for s in sections if s.code == CLOSING_CODE), "")
    return ProtocolDocument(
        version=info_of(version, len(articles)),
        sections=tuple(Section(s.code, s.title, s.intro, tuple(by_section.get(s.id, ())))
                       for s in sections if s.code != CLOSING_CODE),
        closing=closing,
    )


def install(session: Session, protocol: ParsedProtocol, *, label: str, effective_on: date, source_name: str) -> int:
    """Insert one version with its sections and articles (Core inserts); returns the version id."""
    version_id = session.execute(insert(ProtocolVersion).values(
        label=label, title=protocol.title, effective_on=effective_on, source_name=source_name[:260],
        imported_at=utcnow(),
    )).inserted_primary_key[0]
    sections = list(protocol.sections)
    article_rows: list[dict] = []
    position = 0
    for index, section in enumerate(sections):
        section_id = session.execute(insert(ProtocolSection).values(
            version_id=version_id, code=section.code, title=section.title, intro=section.intro, position=index,
        )).inserted_primary_key[0]
        for article in section.articles:
            position += 1
            article_rows.append({"version_id": version_id, "section_id": section_id, "code": article.code,
                                 "text": article.text, "position": position})
    if protocol.closing:
        session.execute(insert(ProtocolSection).values(
            version_id=version_id, code=CLOSING_CODE, title="", intro=protocol.closing, position=len(sections)))
    if article_rows:
        session.execute(insert(ProtocolArticle), article_rows)
    return version_id
