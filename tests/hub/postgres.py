"""A PostgreSQL server of the tests' own: Debian's `initdb` and `pg_ctl` in a temp folder (as the
`postgres` user when run as root, since initdb refuses root), a Unix socket only, no fsync;
used by the hub's tests and its benchmark."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from pathlib import Path


class PostgresMissing(RuntimeError):
    pass


def _pg_bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=lambda p: int(p.split("/")[4]))
    if found:
        return found[-1]
    path = shutil.which(name)
    if path:
        return path
    raise PostgresMissing(f"PostgreSQL's {name} is not installed: run `make test`, which installs Debian's postgresql")


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

    def create_database(self, name: str) -> str:
        """A new empty database; its SQLAlchemy URL."""
        from sqlalchemy import create_engine, text

        admin = create_engine(self.url("postgres"), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
        return self.url(name)
