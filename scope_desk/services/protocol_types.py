"""What the protocol service hands out: frozen dataclasses, and the citation everyone uses."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from scope_desk.protocol_text import PART_SEPARATOR

BOARD_NAME = "SCOPE"
MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december")


def dutch_date(day: date) -> str:
    """1 november 2012."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


@dataclass(frozen=True)
class VersionInfo:
    id: int
    label: str
    title: str
    effective_on: date
    imported_at: datetime
    source_name: str = ""
    article_count: int = 0

    @property
    def display(self) -> str:
        """"versie 2012, 1 november 2012"."""
        return f"versie {self.label}, {dutch_date(self.effective_on)}"


@dataclass(frozen=True)
class Article:
    code: str  # "A.7"
    text: str
    section_code: str
    position: int
    id: int = field(default=0, compare=False)  # the stored row (what an incident cites); not part of equality


@dataclass(frozen=True)
class Section:
    code: str
    title: str  # "part — heading" for the two halves of "Sociale media in de school"
    intro: str
    articles: tuple[Article, ...]

    @property
    def part(self) -> str:
        return self.title.split(PART_SEPARATOR, 1)[0] if PART_SEPARATOR in self.title else ""

    @property
    def heading(self) -> str:
        return self.title.split(PART_SEPARATOR, 1)[1] if PART_SEPARATOR in self.title else self.title

    @property
    def intro_paragraphs(self) -> tuple[str, ...]:
        return tuple(p for p in self.intro.split("\n\n") if p.strip())


@dataclass(frozen=True)
class ProtocolDocument:
    version: VersionInfo
    sections: tuple[Section, ...]
    closing: str = ""

    @property
    def articles(self) -> tuple[Article, ...]:
        return tuple(a for s in self.sections for a in s.articles)

    def article(self, code: str) -> Article | None:
        return next((a for a in self.articles if a.code == code), None)


# Dutch labels the UI translates (context "ProtocolPage"; see scripts/i18n_extract.py).
ARTICLE_CHANGE_LABELS = {"added": "nieuw", "changed": "gewijzigd", "removed": "vervallen"}


@dataclass(frozen=True)
class ArticleChange:
    code: str  # article code, or the section code when ``what == "intro"``
    kind: str  # "added" | "changed" | "removed"
    old_text: str = ""
    new_text: str = ""
    what: str = "article"  # "article" | "intro"

    @property
    def kind_label(self) -> str:
        return ARTICLE_CHANGE_LABELS[self.kind]


@dataclass(frozen=True)
class VersionDiff:
    old: VersionInfo
    new: VersionInfo
    changes: tuple[ArticleChange, ...]
    unchanged: int

    def of_kind(self, kind: str) -> tuple[ArticleChange, ...]:
        return tuple(c for c in self.changes if c.kind == kind)


@dataclass(frozen=True)
class SearchHit:
    code: str  # article code; the section code for a hit in a section's title or introduction
    where: str  # "article" | "intro" | "title"
    start: int  # position in that text
    end: int
    excerpt: str


@dataclass(frozen=True)
class Confirmation:
    staff_member_id: int
    name: str  # "Jansen, Anna" (surname first, for lists)
    school_id: int | None
    school_name: str
    function: str
    confirmed_at: datetime | None  # None: not yet confirmed
    recorded_by: str = ""


@dataclass(frozen=True)
class ConfirmationRegister:
    version: VersionInfo
    school_id: int
    school_name: str
    confirmed: tuple[Confirmation, ...]
    pending: tuple[Confirmation, ...]


def citation(code: str, version: VersionInfo, board: str = BOARD_NAME) -> str:
    """"SCOPE Protocol Sociale Media (versie 2012, 1 november 2012), artikel A.7"."""
    return f"{board} {version.title} ({version.display}), artikel {code}"
