"""audit_events append-only (triggers on SQLite and PostgreSQL); a leerkracht may hold several classes

Revision ID: 0002_audit_append_only
Revises: 0001
"""
from alembic import op

revision = "0002_audit_append_only"
down_revision = "0001"
branch_labels = None
depends_on = None

MESSAGE = "audit_events is append-only: rows cannot be changed or removed"


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute(
            "CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events "
            f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
        )
        op.execute(
            "CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events "
            f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
        )
    else:
        op.execute(
            "CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'insufficient_privilege'; END $$"
        )
        op.execute(
            "CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events "
            "FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()"
        )
        op.execute(
            "CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events "
            "FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()"
        )
    with op.batch_alter_table("role_assignments") as batch_op:
        batch_op.drop_constraint("uq_role_assignments_user_id_role_school_id", type_="unique")
        batch_op.create_unique_constraint(
            "uq_role_assignments_user_id_role_school_id_class_id", ["user_id", "role", "school_id", "class_id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("role_assignments") as batch_op:
        batch_op.drop_constraint("uq_role_assignments_user_id_role_school_id_class_id", type_="unique")
        batch_op.create_unique_constraint("uq_role_assignments_user_id_role_school_id", ["user_id", "role", "school_id"])
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TRIGGER audit_events_no_update")
        op.execute("DROP TRIGGER audit_events_no_delete")
    else:
        op.execute("DROP TRIGGER audit_events_no_truncate ON audit_events")
        op.execute("DROP TRIGGER audit_events_no_change ON audit_events")
        op.execute("DROP FUNCTION audit_events_append_only()")
