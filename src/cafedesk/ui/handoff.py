"""A double-clicked event that is already open comes to the front instead of a second window.

Each window with an event open (read-write) listens on a local socket named after that
event file and this user. `cafedesk FILE` first knocks there: if the event's window
answers, it raises itself and the new process ends quietly. Another event, or one
nobody has open, starts as usual (a window of its own).
"""

from __future__ import annotations

import getpass
import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

KNOCK = b"show\n"
WAIT_MS = 800


def channel_name(event: Path) -> str:
    key = f"{getpass.getuser()}\0{event.expanduser().resolve()}".encode()
    return "cafedesk-" + hashlib.sha1(key).hexdigest()[:20]


def hand_over(event: Path) -> bool:
    """True when a running cafedesk has ``event`` open and was asked to show it."""
    socket = QLocalSocket()
    socket.connectToServer(channel_name(event))
    if not socket.waitForConnected(WAIT_MS):
        return False
    socket.write(KNOCK)
    socket.flush()
    answered = socket.waitForReadyRead(WAIT_MS) and bytes(socket.readAll().data()).startswith(b"ok")
    socket.disconnectFromServer()
    return bool(answered)


class EventChannel(QObject):
    """Listens for knocks on behalf of the window that has ``event`` open."""

    def __init__(self, window: QWidget, event: Path) -> None:
        super().__init__(window)
        self.window = window
        self.server = QLocalServer(self)
        name = channel_name(event)
        QLocalServer.removeServer(name)  # a socket file left by a killed process
        if not self.server.listen(name):
            log.warning("no hand-over channel for %s: %s", event, self.server.errorString())
        self.server.newConnection.connect(self._knocked)

    def _knocked(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._answer(s))
            if socket.bytesAvailable():  # the knock may have come with the connection
                self._answer(socket)

    def _answer(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(KNOCK.strip()):
            self.window.showNormal() if self.window.isMinimized() else self.window.show()
            self.window.raise_()
            self.window.activateWindow()
            socket.write(b"ok\n")
            socket.flush()
        socket.disconnectFromServer()

    def stop(self) -> None:
        self.server.close()
