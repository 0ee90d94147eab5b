"""Alembic environment: runs on the connection scope_desk hands over, inside its transaction."""

from alembic import context

from scope_desk.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when someone runs the alembic CLI by hand
    from scope_desk.db import make_store, resolve_url

    store = make_store(resolve_url(config.get_main_option("sqlalchemy.url")))
    connection = store.engine.connect()

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
    transaction_per_migration=False,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
