"""A TCP proxy that misbehaves on schedule: resets, truncated replies, stalls, then behaves."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

RESET, TRUNCATE, STALL, PASS = "reset", "truncate", "stall", "pass"


class FaultProxy:
    def __init__(self, target_port: int, schedule: list[str], stall_seconds: float = 3.0) -> None:
        self.target_port, self.schedule, self.stall_seconds = target_port, list(schedule), stall_seconds
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.served: list[str] = []
        self._stop = threading.Event()

    def serve(self) -> None:
        self.listener.settimeout(0.2)
        while not self._stop.is_set():
            try:
                client, _ = self.listener.accept()
            except TimeoutError:
                continue
            mode = self.schedule.pop(0) if self.schedule else PASS
            self.served.append(mode)
            threading.Thread(target=self._handle, args=(client, mode), daemon=True).start()

    def _handle(self, client: socket.socket, mode: str) -> None:
        with client:
            if mode == RESET:
                client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
                return
            if mode == STALL:
                time.sleep(self.stall_seconds)
                return
            with socket.create_connection(("127.0.0.1", self.target_port)) as upstream:
                self._pump(client, upstream, truncate=mode == TRUNCATE)

    def _pump(self, client: socket.socket, upstream: socket.socket, *, truncate: bool) -> None:
        client.settimeout(0.5)
        upstream.settimeout(10)
        stop = threading.Event()

        def forward_requests() -> None:
            while not stop.is_set():
                try:
                    data = client.recv(65536)
                except TimeoutError:
                    continue
                except OSError:
                    return
                if not data:
                    return
                # One request per connection, so every request meets the next fault on the schedule.
                data = data.replace(b"Connection: keep-alive", b"Connection: close")
                try:
                    upstream.sendall(data)
                except OSError:
                    return

        threading.Thread(target=forward_requests, daemon=True).start()
        try:
            while True:
                data = upstream.recv(65536)
                if not data:
                    break
                if truncate:
                    client.sendall(data[: max(1, len(data) // 2)])
                    break
                client.sendall(data)
        except OSError:
            pass
        finally:
            stop.set()

    def close(self) -> None:
        self._stop.set()


@contextmanager
def fault_proxy(target_port: int, schedule: list[str], stall_seconds: float = 3.0) -> Iterator[FaultProxy]:
    proxy = FaultProxy(target_port, schedule, stall_seconds)
    thread = threading.Thread(target=proxy.serve, daemon=True)
    thread.start()
    try:
        yield proxy
    finally:
        proxy.close()
        thread.join(5)
        proxy.listener.close()
