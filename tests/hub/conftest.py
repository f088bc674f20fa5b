"""A real PostgreSQL for the hub's tests, started by the tests themselves: Debian's server,
`initdb` in a temp folder (as the `postgres` user when the tests run as root, since initdb
refuses root), listening on a Unix socket only; each test gets a fresh database."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from .postgres import PostgresServer


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    server = PostgresServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def databases(postgres: PostgresServer) -> Iterator[Callable[[], str]]:
    """Makes empty databases of the test's own (dropped at its end); gives their SQLAlchemy URLs."""
    from sqlalchemy import create_engine, text

    names: list[str] = []
    admin = create_engine(postgres.url("postgres"), isolation_level="AUTOCOMMIT")

    def make() -> str:
        name = "hub_" + uuid.uuid4().hex[:12]
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        names.append(name)
        return postgres.url(name)

    try:
        yield make
    finally:
        with admin.connect() as conn:
            for name in names:
                conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def hub_db(databases: Callable[[], str]) -> str:
    """The SQLAlchemy URL of an empty database of its own."""
    return databases()


@pytest.fixture
def new_hub(databases: Callable[[], str], tmp_path: Path):
    """Makes set-up hubs, each on a database and a folder of its own (closed at the test's end)."""
    from gcen_hub.hub import Hub

    hubs: list[Hub] = []

    def make(url: str | None = None, name: str = "Test hub") -> Hub:
        h = Hub.open(url or databases(), tmp_path / f"hub-home-{len(hubs)}", create=True)
        hubs.append(h)
        h.init(name)
        return h

    yield make
    for h in hubs:
        h.close()


@pytest.fixture
def hub(hub_db: str, new_hub):
    return new_hub(hub_db)
