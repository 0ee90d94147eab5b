"""Small helpers for the incident widgets: translation of service labels and Dutch date formats."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime


def t(text: str) -> str:
    """Translate a Dutch source label from the service lists (context "incidents")."""
    return QCoreApplication.translate("incidents", text)


def fmt_date(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


def fmt_datetime(value: datetime | None) -> str:
    return value.astimezone().strftime("%d-%m-%Y %H:%M") if value else ""


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def from_qdatetime(value: QDateTime) -> datetime:
    """A local QDateTime as a timezone-aware datetime."""
    d, tm = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), tm.hour(), tm.minute()).astimezone()


def to_qdatetime(value: datetime) -> QDateTime:
    local = value.astimezone()
    return QDateTime(to_qdate(local.date()), QTime(local.hour, local.minute))
