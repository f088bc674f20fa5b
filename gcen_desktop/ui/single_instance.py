"""One app per workspace: the running window listens on a local socket named after its workspace,
and a second start (opening a `.gcen` from the file manager, say) hands it its arguments and exits.

Two windows on one workspace would each show and save their own copy of a note; one app per
workspace keeps one editor per note. A crashed app leaves its socket file behind: nobody answers
on it, so the next start takes the name over.
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


def server_name(folder: Path | str) -> str:
    """The socket name of a workspace folder: the same for every path that names the folder,
    different for each user (two people on one machine keep their own windows)."""
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 — no user name known: the uid still tells users apart
        user = str(getattr(os, "getuid", lambda: 0)())
    key = f"{user}\0{Path(folder).expanduser().resolve()}"
    return "gcen-desktop-" + hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def hand_over(folder: Path | str, request: dict[str, Any], timeout_ms: int = 3000) -> bool:
    """Give `request` to the app that has `folder` open; False when none answers (none runs, or
    the socket is one a crashed app left behind)."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(folder))
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
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self, folder: Path | str) -> bool:
        """Listen for `folder` (and stop listening for the one before). A name nobody answers on
        is a crashed app's leftover: it is removed and taken."""
        self.close()
        name = server_name(folder)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            if server.serverError() != QAbstractSocket.SocketError.AddressInUseError or hand_over_alive(name):
                server.deleteLater()
                return False
            QLocalServer.removeServer(name)
            if not server.listen(name):
                server.deleteLater()
                return False
        server.newConnection.connect(self._on_server_new_connection)
        self.server = server
        return True

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server.deleteLater()
            self.server = None

    def _on_server_new_connection(self) -> None:
        while self.server is not None and self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
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
