"""One app per workspace: the running window listens on a local socket named after its workspace,
and a second start (opening a `.gcen` from the file manager, say) hands it its arguments and exits.

Two windows on one workspace would each show and save their own copy of a note; one app per
workspace keeps one editor per note. A crashed app leaves its socket file behind: nobody answers
on it, so the next start takes the name over.

A bundle opened with no workspace named goes to the workspace the app last opened; when no app
has that one open, it goes to whichever app of this user runs (the sample team, another
workspace), which also listens on a per-user name: the file opens in the window already on
screen, with its preview, rather than in a second window.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

_ANSWER = b"ok\n"
_MAX_REQUEST = 64 * 1024


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 — no user name known: the uid still tells users apart
        return str(getattr(os, "getuid", lambda: 0)())


def _name(key: str) -> str:
    return "gcen-desktop-" + hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def server_name(folder: Path | str) -> str:
    """The socket name of a workspace folder: the same for every path that names the folder,
    different for each user (two people on one machine keep their own windows)."""
    return _name(f"{_user()}\0{Path(folder).expanduser().resolve()}")


def any_app_name() -> str:
    """The socket name the first running app of this user also listens on, whatever it shows."""
    return _name(f"{_user()}\0any app")


def hand_over(folder: Path | str, request: dict[str, Any], timeout_ms: int = 3000) -> bool:
    """Give `request` to the app that has `folder` open; False when none answers (none runs, or
    the socket is one a crashed app left behind)."""
    return _send(server_name(folder), request, timeout_ms)


def hand_over_to_any(request: dict[str, Any], timeout_ms: int = 3000) -> bool:
    """Give `request` to whichever app of this user runs; False when none answers."""
    return _send(any_app_name(), request, timeout_ms)


def _send(name: str, request: dict[str, Any], timeout_ms: int) -> bool:
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    try:
        socket.write(json.dumps(request).encode("utf-8") + b"\n")
        if not socket.waitForBytesWritten(timeout_ms):
            return False
        answer = b""
        while not answer.endswith(b"\n"):
            if not socket.waitForReadyRead(timeout_ms):
                return False
            answer += bytes(socket.readAll().data())
        return answer == _ANSWER
    finally:
        socket.abort()


class WorkspaceServer(QObject):
    """Listens for later starts of the app on the open workspace; `sig_request` carries what each
    asks for ({"workspace": folder, "bundle": path or None})."""

    sig_request = Signal(dict)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server: QLocalServer | None = None
        self.any_server: QLocalServer | None = None  # this user's "any app" name, while this app holds it
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self, folder: Path | str) -> bool:
        """Listen for `folder` (and stop listening for the one before), and for any app of this
        user when no other app does. A name nobody answers on is a crashed app's leftover: it is
        removed and taken."""
        self.close()
        self.server = self._serve(server_name(folder))
        if self.any_server is None:
            self.any_server = self._serve(any_app_name())
        return self.server is not None

    def listen_for_any(self) -> bool:
        """Listen for any later start of this user's app only (the first-run screen, no workspace yet)."""
        if self.any_server is None:
            self.any_server = self._serve(any_app_name())
        return self.any_server is not None

    def _serve(self, name: str) -> QLocalServer | None:
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            if server.serverError() != QAbstractSocket.SocketError.AddressInUseError or hand_over_alive(name):
                server.deleteLater()
                return None
            QLocalServer.removeServer(name)
            if not server.listen(name):
                server.deleteLater()
                return None
        server.newConnection.connect(lambda s=server: self._on_server_new_connection(s))
        return server

    def close(self) -> None:
        """Stop listening for the workspace (the "any app" name stays while the app runs)."""
        if self.server is not None:
            self.server.close()
            self.server.deleteLater()
            self.server = None

    def close_all(self) -> None:
        self.close()
        if self.any_server is not None:
            self.any_server.close()
            self.any_server.deleteLater()
            self.any_server = None

    def _on_server_new_connection(self, server: QLocalServer) -> None:
        while server in (self.server, self.any_server) and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._on_socket_ready_read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()

    def _on_socket_ready_read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if len(data) > _MAX_REQUEST:
            self._buffers.pop(socket, None)
            socket.abort()
            return
        if not data.endswith(b"\n"):
            self._buffers[socket] = data
            return
        self._buffers[socket] = b""
        try:
            request = json.loads(data)
        except ValueError:
            socket.abort()
            return
        if not isinstance(request, dict):
            socket.abort()
            return
        socket.write(_ANSWER)
        socket.flush()
        self.sig_request.emit({k: v for k, v in request.items() if k in ("workspace", "bundle") and (v is None or isinstance(v, str))})


def hand_over_alive(name: str, timeout_ms: int = 1000) -> bool:
    """Whether an app answers on this socket name (a live app, not a crashed one's leftover)."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    alive = socket.waitForConnected(timeout_ms)
    socket.abort()
    return alive
