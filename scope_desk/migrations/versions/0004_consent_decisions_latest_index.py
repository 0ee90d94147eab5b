"""consent_decisions: index (category_id, pupil_id, id, state) for the latest event per pupil and category

The Overzicht, the first page of every start, counts per round the pupils whose latest event per
category is an answer. With this index SQLite reads those from the index alone, category by
category, in the order the GROUP BY needs, instead of visiting every decision row.

Revision ID: 0004
Revises: 0003_sort_name_byte_order
"""
from alembic import op

revision = "0004"
down_revision = "0003_sort_name_byte_order"
branch_labels = None
depends_on = None

INDEX = "ix_consent_decisions_category_latest"


def upgrade() -> None:
    op.create_index(INDEX, "consent_decisions", ["category_id", "pupil_id", "id", "state"])


def downgrade() -> None:
    op.drop_index(INDEX, table_name="consent_decisions")
