"""Protocol versions, their sections and articles, and staff read confirmations."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from scope_desk.models.base import Base, utcnow


class ProtocolVersion(Base):
    __tablename__ = "protocol_versions"
    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(String(60), unique=True)  # "2012", "2027-1"
    title: Mapped[str] = mapped_column(String(200), default="Protocol Sociale Media")
    effective_on: Mapped[date] = mapped_column(Date, unique=True)
    source_name: Mapped[str] = mapped_column(String(260), default="")
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)

    sections: Mapped[list["ProtocolSection"]] = relationship(
        back_populates="version", order_by="ProtocolSection.position", cascade="all, delete-orphan"
    )
    articles: Mapped[list["ProtocolArticle"]] = relationship(
        back_populates="version", order_by="ProtocolArticle.position", cascade="all, delete-orphan"
    )


class ProtocolSection(Base):
    __tablename__ = "protocol_sections"
    __table_args__ = (UniqueConstraint("version_id", "code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("protocol_versions.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(10))  # "I", "U", "D", "A", "B", "S"
    title: Mapped[str] = mapped_column(String(200))
    intro: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)

    version: Mapped[ProtocolVersion] = relationship(back_populates="sections")


class ProtocolArticle(Base):
    __tablename__ = "protocol_articles"
    __table_args__ = (UniqueConstraint("version_id", "code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("protocol_versions.id", ondelete="CASCADE"))
    section_id: Mapped[int] = mapped_column(ForeignKey("protocol_sections.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(20))  # "A.7"
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(default=0)

    version: Mapped[ProtocolVersion] = relationship(back_populates="articles")
    section: Mapped[ProtocolSection] = relationship()


class ReadConfirmation(Base):
    __tablename__ = "protocol_read_confirmations"
    __table_args__ = (UniqueConstraint("version_id", "staff_member_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("protocol_versions.id", ondelete="CASCADE"))
    staff_member_id: Mapped[int] = mapped_column(ForeignKey("staff_members.id", ondelete="CASCADE"), index=True)
    confirmed_at: Mapped[datetime] = mapped_column(default=utcnow)
    recorded_by_name: Mapped[str] = mapped_column(String(200), default="")
