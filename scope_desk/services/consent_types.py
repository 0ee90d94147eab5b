"""Plain values of the consent registry: what services take and hand back (no ORM rows, no Qt).

The UI imports the enums from here, never from ``scope_desk.models``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from scope_desk.models.consent import ConsentState, ReceivedVia, RoundStatus

__all__ = [
    "ConsentState", "ReceivedVia", "RoundStatus", "DecisionEntry", "CategoryView", "RoundView", "Cell",
    "RegistryRow", "ClassCounts", "Registry", "HistoryEntry", "ClassView", "GuardianView",
    "RESTRICTIVENESS", "STATE_LABELS", "VIA_LABELS", "STATE_SYMBOLS", "allows_publication",
]

# Higher = more restrictive. When guardians disagree the highest counts.
RESTRICTIVENESS: dict[ConsentState, int] = {
    ConsentState.NOT_RETURNED: 0,
    ConsentState.GRANTED: 1,
    ConsentState.REFUSED: 2,
    ConsentState.WITHDRAWN: 3,
}

STATE_LABELS: dict[ConsentState, str] = {
    ConsentState.GRANTED: "toestemming",
    ConsentState.REFUSED: "geen toestemming",
    ConsentState.NOT_RETURNED: "niet ingeleverd",
    ConsentState.WITHDRAWN: "ingetrokken",
}

# Symbols that carry the meaning without colour.
STATE_SYMBOLS: dict[ConsentState, str] = {
    ConsentState.GRANTED: "✓",
    ConsentState.REFUSED: "✗",
    ConsentState.NOT_RETURNED: "?",
    ConsentState.WITHDRAWN: "↺",
}

VIA_LABELS: dict[ReceivedVia, str] = {
    ReceivedVia.PAPER: "papier",
    ReceivedVia.EMAIL: "e-mail",
    ReceivedVia.PHONE: "telefoon",
    ReceivedVia.PARENT_APP: "ouderapp",
    ReceivedVia.IN_PERSON: "persoonlijk",
    ReceivedVia.CARRIED_OVER: "overgenomen van vorig jaar",
    ReceivedVia.SYSTEM: "systeem",
}


def allows_publication(state: ConsentState) -> bool:
    """Only an explicit, current grant allows it. "Not returned" is never consent."""
    return state is ConsentState.GRANTED


@dataclass(frozen=True)
class DecisionEntry:
    """One decision to record: a pupil's answer for one category of one round."""

    pupil_id: int
    category_id: int
    state: ConsentState
    decided_on: date
    received_via: ReceivedVia = ReceivedVia.PAPER
    given_by_guardian_id: int | None = None
    given_by_pupil: bool = False  # a pupil of 16 or older decides alone
    note: str = ""
    carried_over: bool = False


@dataclass(frozen=True)
class CategoryView:
    id: int
    round_id: int
    code: str
    label: str
    description: str
    position: int


@dataclass(frozen=True)
class RoundView:
    id: int
    school_id: int
    school_year_id: int
    year_label: str
    status: RoundStatus
    opened_on: date
    deadline: date | None
    categories: tuple[CategoryView, ...]


@dataclass(frozen=True)
class ClassView:
    id: int
    name: str
    grades: str
    pupil_count: int = 0


@dataclass(frozen=True)
class Cell:
    """The current state of one pupil × category."""

    state: ConsentState = ConsentState.NOT_RETURNED
    disputed: bool = False  # guardians with parental authority disagree: the most restrictive counts
    carried_over: bool = False
    decided_on: date | None = None


NOT_RETURNED_CELL = Cell()


@dataclass(frozen=True)
class RegistryRow:
    pupil_id: int
    leerlingnummer: str
    first_name: str
    tussenvoegsel: str
    surname: str
    sort_name: str
    class_id: int
    class_name: str
    birth_date: date | None
    left_on: date | None
    cells: tuple[Cell, ...]  # in the round's category order

    @property
    def disputed(self) -> bool:
        return any(c.disputed for c in self.cells)

    @property
    def any_refusal(self) -> bool:
        return any(c.state in (ConsentState.REFUSED, ConsentState.WITHDRAWN) for c in self.cells)

    @property
    def nothing_returned(self) -> bool:
        return all(c.state is ConsentState.NOT_RETURNED for c in self.cells)


@dataclass(frozen=True)
class ClassCounts:
    class_id: int
    class_name: str
    pupils: int = 0
    returned: int = 0  # pupils with at least one answer
    not_returned: int = 0  # pupils without any answer
    any_refusal: int = 0
    disputed: int = 0
    refused_per_category: tuple[int, ...] = ()


@dataclass(frozen=True)
class Registry:
    round: RoundView
    rows: tuple[RegistryRow, ...]
    counts: tuple[ClassCounts, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class GuardianView:
    id: int
    name: str
    has_parental_authority: bool
    position: int
    email: str = ""


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    category_id: int
    category_label: str
    year_label: str
    state: ConsentState
    decided_on: date
    received_via: ReceivedVia
    given_by: str  # guardian's name, "leerling zelf" or ""
    recorded_by: str
    recorded_at: datetime
    carried_over: bool
    note: str
    counts: bool = True  # False: given by a guardian without parental authority (kept, but does not decide)
