"""The round's deadline as the Letters page states it: a fact, never a reason to refuse reminders."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale


def _tr(text: str) -> str:
    return QCoreApplication.translate("RoundDeadline", text)


def long_date(day: date) -> str:
    """ "15 september 2026" in the interface's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def deadline_text(deadline: date | None, today: date) -> tuple[str, bool]:
    """(sentence, passed) for the deadline of a round."""
    if deadline is None:
        return _tr("Er is geen inleverdatum ingesteld (zie Ronde instellen)."), False
    if deadline < today:
        # Not a blocker: reminders after the deadline are normal. But a reminder prints the deadline
        # ("vóór 10 november"), so the office is pointed to setting a new one first.
        return _tr("De inleverdatum is verstreken op %1. Een herinnering noemt die datum nog: kies bij "
                   "Ronde instellen eerst een nieuwe inleverdatum.").replace("%1", long_date(deadline)), True
    days = (deadline - today).days
    when = _tr("vandaag") if days == 0 else _tr("nog 1 dag") if days == 1 else _tr("nog %1 dagen").replace("%1", str(days))
    return _tr("Strookjes inleveren vóór %1 (%2).").replace("%1", long_date(deadline)).replace("%2", when), False
