"""Schools, school years, classes, pupils, guardians and staff."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from scope_desk.models.base import Base, Versioned, utcnow
from scope_desk.naming import sort_key


class PersonName:
    """First name, tussenvoegsel, surname, and the stored Dutch sort key kept in step with them."""

    first_name: Mapped[str] = mapped_column(String(100))
    tussenvoegsel: Mapped[str] = mapped_column(String(30), default="")
    surname: Mapped[str] = mapped_column(String(150))
    # Byte order ("C") on PostgreSQL too: a linguistic collation ignores the \x1f separators and
    # would file "Berg, Zoë" after "Bergen, Anna". SQLite's default BINARY already is byte order.
    sort_name: Mapped[str] = mapped_column(
        String(300).with_variant(String(300, collation="C"), "postgresql"), index=True, default=""
    )

    @validates("first_name", "tussenvoegsel", "surname")
    def _keep_sort_name(self, key: str, value: str) -> str:
        parts = {"first_name": self.first_name or "", "tussenvoegsel": self.tussenvoegsel or "", "surname": self.surname or ""}
        parts[key] = value or ""
        self.sort_name = sort_key(parts["first_name"], parts["tussenvoegsel"], parts["surname"])
        return value


class School(Versioned, Base):
    __tablename__ = "schools"
    id: Mapped[int] = mapped_column(primary_key=True)
    brin: Mapped[str] = mapped_column(String(8), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    street: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    principal_name: Mapped[str] = mapped_column(String(200), default="")
    logo: Mapped[bytes | None] = mapped_column(default=None)

    classes: Mapped[list["SchoolClass"]] = relationship(back_populates="school")
    pupils: Mapped[list["Pupil"]] = relationship(back_populates="school")


class SchoolYear(Base):
    """ "2026-2027": 1 August – 31 July."""

    __tablename__ = "school_years"
    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(String(9), unique=True)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)


class SchoolClass(Versioned, Base):
    """A group ("Groep 5a") in one school year; a combination group spans grades ("3/4")."""

    __tablename__ = "classes"
    __table_args__ = (UniqueConstraint("school_id", "school_year_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id", ondelete="CASCADE"), index=True)
    school_year_id: Mapped[int] = mapped_column(ForeignKey("school_years.id", ondelete="RESTRICT"), index=True)
    name: Mapped[str] = mapped_column(String(40))
    grades: Mapped[str] = mapped_column(String(20), default="")  # "5" or "3/4"
    teacher_staff_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_members.id", ondelete="SET NULL"), default=None
    )

    school: Mapped[School] = relationship(back_populates="classes")
    school_year: Mapped[SchoolYear] = relationship()

    @property
    def is_combination(self) -> bool:
        return "/" in self.grades


class Pupil(PersonName, Versioned, Base):
    __tablename__ = "pupils"
    __table_args__ = (UniqueConstraint("school_id", "leerlingnummer"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id", ondelete="CASCADE"))
    leerlingnummer: Mapped[str] = mapped_column(String(20))  # text: leading zeros matter
    birth_date: Mapped[date | None] = mapped_column(Date, default=None)
    left_on: Mapped[date | None] = mapped_column(Date, default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    school: Mapped[School] = relationship(back_populates="pupils")
    enrolments: Mapped[list["Enrolment"]] = relationship(back_populates="pupil", cascade="all, delete-orphan")
    guardian_links: Mapped[list["PupilGuardian"]] = relationship(
        back_populates="pupil", cascade="all, delete-orphan"
    )


class Enrolment(Base):
    """A pupil in a class for a school year (one class per pupil per year)."""

    __tablename__ = "enrolments"
    __table_args__ = (
        UniqueConstraint("pupil_id", "school_year_id"),
        Index("ix_enrolments_class", "class_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupils.id", ondelete="CASCADE"))
    class_id: Mapped[int] = mapped_column(ForeignKey("classes.id", ondelete="CASCADE"))
    school_year_id: Mapped[int] = mapped_column(ForeignKey("school_years.id", ondelete="RESTRICT"))

    pupil: Mapped[Pupil] = relationship(back_populates="enrolments")
    school_class: Mapped[SchoolClass] = relationship()


class Guardian(Versioned, Base):
    __tablename__ = "guardians"
    id: Mapped[int] = mapped_column(primary_key=True)
    initials: Mapped[str] = mapped_column(String(30), default="")
    first_name: Mapped[str] = mapped_column(String(100), default="")
    tussenvoegsel: Mapped[str] = mapped_column(String(30), default="")
    surname: Mapped[str] = mapped_column(String(150))
    salutation: Mapped[str] = mapped_column(String(60), default="")  # "Geachte heer/mevrouw"
    street: Mapped[str] = mapped_column(String(200), default="")
    house_number: Mapped[str] = mapped_column(String(20), default="")
    postcode: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")

    pupil_links: Mapped[list["PupilGuardian"]] = relationship(back_populates="guardian")


class PupilGuardian(Base):
    __tablename__ = "pupil_guardians"
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupils.id", ondelete="CASCADE"), primary_key=True)
    guardian_id: Mapped[int] = mapped_column(ForeignKey("guardians.id", ondelete="CASCADE"), primary_key=True, index=True)
    relation: Mapped[str] = mapped_column(String(40), default="ouder")
    has_parental_authority: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(default=1)  # 1 = first guardian in the export

    pupil: Mapped[Pupil] = relationship(back_populates="guardian_links")
    guardian: Mapped[Guardian] = relationship(back_populates="pupil_links")


class StaffMember(PersonName, Versioned, Base):
    __tablename__ = "staff_members"
    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int | None] = mapped_column(ForeignKey("schools.id", ondelete="SET NULL"), index=True)
    function: Mapped[str] = mapped_column(String(100), default="")  # leerkracht, directeur, …
    email: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str] = mapped_column(Text, default="")
