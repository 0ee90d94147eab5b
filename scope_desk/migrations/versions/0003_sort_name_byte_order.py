"""sort_name in byte order on PostgreSQL (a linguistic collation ignores the key's separators)

Revision ID: 0003_sort_name_byte_order
Revises: 0002_audit_append_only
"""
from alembic import op

revision = "0003_sort_name_byte_order"
down_revision = "0002_audit_append_only"
branch_labels = None
depends_on = None

TABLES = ("pupils", "staff_members")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return  # SQLite compares with BINARY (byte order) already
    for table in TABLES:
        op.execute(f'ALTER TABLE {table} ALTER COLUMN sort_name TYPE VARCHAR(300) COLLATE "C"')


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.execute(f"ALTER TABLE {table} ALTER COLUMN sort_name TYPE VARCHAR(300) COLLATE pg_catalog.\"default\"")
