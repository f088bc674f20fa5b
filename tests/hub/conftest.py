"""A real PostgreSQL for the hub's tests, started by the tests themselves: Debian's server,
`initdb` in a temp folder (as the `postgres` user when the tests run as root, since initdb
refuses root), listening on a Unix socket only; each test gets a fresh database."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest


def _pg_bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=lambda p: int(p.split("/")[4]))
    if found:
        return found[-1]
    path = shutil.which(name)
    if path:
        return path
    pytest.fail(f"PostgreSQL's {name} is not installed: run `make test`, which installs Debian's postgresql")


def _as_server_user(cmd: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


class PostgresServer:
    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="gcen-hub-pg-"))
        self.data = self.folder / "data"
        self.socket = self.folder
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres", "postgres")
        self.user = "postgres" if os.geteuid() == 0 else os.environ.get("USER", "postgres")

    def start(self) -> None:
        subprocess.run(_as_server_user([_pg_bin("initdb"), "-D", str(self.data), "-A", "trust", "-U", self.user,
                                        "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]),
                       check=True, capture_output=True)
        options = f"-k {self.socket} -c listen_addresses='' -c fsync=off -c full_page_writes=off -p 5432"
        subprocess.run(_as_server_user([_pg_bin("pg_ctl"), "-D", str(self.data), "-o", options, "-w", "-l",
                                        str(self.folder / "server.log"), "start"]),
                       check=True, capture_output=True)

    def stop(self) -> None:
        subprocess.run(_as_server_user([_pg_bin("pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop"]),
                       capture_output=True)
        shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{self.user}@/{database}?host={self.socket}&port=5432"


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
