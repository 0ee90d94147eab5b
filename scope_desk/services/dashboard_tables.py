"""Light Core views of the tables the Overzicht reads: only the columns it needs, no ORM.

The dashboard is the first page of every start; reading its counts through these ``table()``
constructs spares start-up importing every ORM model and configuring the mappers. The names and
types follow ``scope_desk.models``; stored enum values are given as the strings the models store
(``tests/unit/test_dashboard_tables.py`` holds both to the models).
"""

from __future__ import annotations

from sqlalchemy import Boolean, Date, Integer, String, column, table

from scope_desk.sqltypes import UTCDateTime

schools = table("schools", column("id", Integer), column("name", String))
school_years = table(
    "school_years", column("id", Integer), column("label", String), column("starts_on", Date), column("ends_on", Date),
)
pupils = table("pupils", column("id", Integer), column("school_id", Integer), column("left_on", Date))
consent_rounds = table(
    "consent_rounds", column("id", Integer), column("school_id", Integer), column("school_year_id", Integer),
    column("deadline", Date),
)
consent_categories = table("consent_categories", column("id", Integer), column("round_id", Integer))
consent_decisions = table(
    "consent_decisions", column("id", Integer), column("pupil_id", Integer), column("category_id", Integer),
    column("state", String),
)
incidents = table(
    "incidents", column("id", Integer), column("school_id", Integer), column("title", String),
    column("status", String), column("visibility", String),
)
conversations = table(
    "conversations", column("id", Integer), column("incident_id", Integer), column("held_at", UTCDateTime()),
    column("check_back_on", Date), column("checked_back", Boolean),
)

# Stored values of the models' enums (ConsentState, IncidentStatus, Visibility).
NOT_RETURNED = "not_returned"
OPEN_STATUSES = ("new", "in_progress")
DIRECTOR_ONLY = "director_only"
