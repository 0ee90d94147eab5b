"""evidence_contents: the bytes of evidence files in the store; evidence_files.content_id, stored_name nullable

Evidence was copied into a folder next to the store: another office PC on a shared PostgreSQL
store could not open it, it was outside the verified backups and not encrypted with SQLCipher.
New evidence keeps its bytes in evidence_contents. Rows attached before keep their stored_name
(the file in the old folder, still read and verified); new rows have no stored_name.

Revision ID: 0005
Revises: 0004
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "evidence_contents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_evidence_contents"),
    )
    with op.batch_alter_table("evidence_files", schema=None) as batch_op:
        batch_op.add_column(sa.Column("content_id", sa.Integer(), nullable=True))
        batch_op.alter_column("stored_name", existing_type=sa.String(length=100), nullable=True)
        batch_op.create_foreign_key("fk_evidence_files_content_id_evidence_contents", "evidence_contents",
                                    ["content_id"], ["id"], ondelete="RESTRICT")
        batch_op.create_index("ix_evidence_files_content_id", ["content_id"], unique=False)


def downgrade() -> None:
    """Only while no evidence lives in the store: its bytes have nowhere else to go."""
    bind = op.get_bind()
    if bind.execute(sa.text("SELECT count(*) FROM evidence_contents")).scalar():
        raise RuntimeError("evidence_contents holds evidence: export it before downgrading below 0005")
    with op.batch_alter_table("evidence_files", schema=None) as batch_op:
        batch_op.drop_index("ix_evidence_files_content_id")
        batch_op.drop_constraint("fk_evidence_files_content_id_evidence_contents", type_="foreignkey")
        batch_op.alter_column("stored_name", existing_type=sa.String(length=100), nullable=False)
        batch_op.drop_column("content_id")
    op.drop_table("evidence_contents")
