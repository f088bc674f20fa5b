"""Alembic environment: always run programmatically by the hub, on the connection it passes."""

from alembic import context

from gcen_hub.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata)
with context.begin_transaction():
    context.run_migrations()
