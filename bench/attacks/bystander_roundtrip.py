#!/usr/bin/env python3
"""A bystander's round trips while one connection sends heavy legal requests.

Point 7 of the adversary round (docs/reliability.md): a real syncscope-server process, one
bound bystander connection in its own process that sends a PING the moment the previous PONG
arrived, and one attacker connection that sends one of the floods below. Prints the
bystander's round trips (worst, 99th percentile, median) while the flood is worked off and how
long the attacker waited for its answers. Python standard library only; it speaks the wire
format of docs/protocol.md by hand.

    bench/attacks/bystander_roundtrip.py build/server/syncscope-server upload 545000
    bench/attacks/bystander_roundtrip.py build/server/syncscope-server refused-binds 300000
    bench/attacks/bystander_roundtrip.py build/server/syncscope-server bind-unbind 20000
    bench/attacks/bystander_roundtrip.py build/server/syncscope-server new-realms 10000
"""

import argparse
import multiprocessing
import os
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time

UPGRADE = (b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
           b"Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
           b"Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: syncscope.v1\r\n\r\n")

BIND, SERVER_IDENT, IDENT, UPLOAD, DOWNLOAD, UNBIND, UNBOUND, PING, PONG, ERROR = (
    1, 2, 3, 4, 5, 7, 8, 9, 10, 11)


def string(text):
    data = text.encode()
    return struct.pack("<I", len(data)) + data


def message(kind, session, body=b""):
    return struct.pack("<BBHI", kind, 0, 0, session) + body


def ws_frame(payload):
    """A masked binary frame; the mask of zeros leaves the payload as it is."""
    n = len(payload)
    if n < 126:
        head = struct.pack("!BB", 0x82, 0x80 | n)
    elif n <= 0xFFFF:
        head = struct.pack("!BBH", 0x82, 0x80 | 126, n)
    else:
        head = struct.pack("!BBQ", 0x82, 0x80 | 127, n)
    return head + b"\0\0\0\0" + payload


class Peer:
    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port))
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.sock.sendall(UPGRADE)
        self.buffer = b""
        while b"\r\n\r\n" not in self.buffer:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise RuntimeError("closed during the upgrade")
            self.buffer += chunk
        head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
        if not head.startswith(b"HTTP/1.1 101"):
            raise RuntimeError(head.decode(errors="replace"))

    def send(self, kind, session, body=b""):
        self.sock.sendall(ws_frame(message(kind, session, body)))

    def send_many(self, payloads):
        self.sock.sendall(b"".join(ws_frame(p) for p in payloads))

    def _need(self, n):
        while len(self.buffer) < n:
            chunk = self.sock.recv(1 << 20)
            if not chunk:
                raise EOFError
            self.buffer += chunk

    def receive(self):
        """(type, session id, body) of the next server message."""
        self._need(2)
        length = self.buffer[1] & 0x7F
        at = 2
        if length == 126:
            self._need(4)
            length = struct.unpack("!H", self.buffer[2:4])[0]
            at = 4
        elif length == 127:
            self._need(10)
            length = struct.unpack("!Q", self.buffer[2:10])[0]
            at = 10
        opcode = self.buffer[0] & 0x0F
        self._need(at + length)
        payload, self.buffer = self.buffer[at:at + length], self.buffer[at + length:]
        if opcode == 0x8:
            raise EOFError("close frame %s" % payload[:2].hex())
        if opcode != 0x2:
            return self.receive()
        kind, _, _, session = struct.unpack("<BBHI", payload[:8])
        return kind, session, payload[8:]


def mint(server, secret, user, realm):
    return subprocess.run([server, "token", "--secret-file", secret, "--user", user, "--realm",
                           realm], check=True, capture_output=True, text=True).stdout.strip()


def bystander(port, token, ready, stop, results):
    peer = Peer(port)
    peer.send(BIND, 1, string("/bystander") + string(token) + b"\x01")
    kind, _, _ = peer.receive()
    assert kind == SERVER_IDENT, kind
    ready.set()
    trips = []
    stamp = 0
    while not stop.is_set():
        stamp += 1
        began = time.perf_counter()
        peer.send(PING, 0, struct.pack("<q", stamp))
        while True:
            kind, _, body = peer.receive()
            if kind == PONG and struct.unpack("<q", body)[0] == stamp:
                break
        trips.append((began, time.perf_counter() - began))
    results.put(trips)


def operations(count):
    ops = bytearray()
    for i in range(count):
        # 15 bytes each, as in the adversary round (545 000 of them in 7.8 MiB).
        ops += b"\x01" + string("k%x" % i) + struct.pack("<I", 0)
    return bytes(ops)


def flood(peer, kind, count, token_for):
    """Sends the flood; returns once every answer is in."""
    if kind == "upload":
        peer.send(BIND, 1, string("/upload") + string(token_for("/upload")) + b"\x01")
        _, _, body = peer.receive()
        file_id = struct.unpack("<Q", body)[0]
        peer.send(IDENT, 1, struct.pack("<QQ", file_id, 0))
        peer.receive()  # the first DOWNLOAD
        # Changesets of at most 100 000 operations, the decoder's limit.
        sizes = [min(100000, count - at) for at in range(0, count, 100000)]
        body = struct.pack("<I", len(sizes))
        for version, size in enumerate(sizes, start=1):
            body += struct.pack("<QqI", version, int(time.time() * 1000), size) + operations(size)
        print("UPLOAD of %d operations, %d bytes" % (count, len(body) + 8), flush=True)
        began = time.perf_counter()
        peer.send(UPLOAD, 1, body)
        while True:
            answer, _, body = peer.receive()
            if answer == DOWNLOAD and struct.unpack("<Q", body[16:24])[0] >= len(sizes):
                return began
            if answer == ERROR:
                raise RuntimeError("ERROR %d" % struct.unpack("<H", body[:2]))
    # A BIND that succeeds first, so the bind deadline does not close the attacker.
    peer.send(BIND, 1, string("/anchor") + string(token_for("/anchor")) + b"\x01")
    peer.receive()
    if kind == "refused-binds":
        payloads = [message(BIND, i, string("/victim") + string("not.a.token") + b"\x00")
                    for i in range(2, count + 2)]
        expected = count
    elif kind == "bind-unbind":
        token = token_for("/flood")
        payloads = []
        for i in range(2, count + 2):
            payloads.append(message(BIND, i, string("/flood") + string(token) + b"\x00"))
            payloads.append(message(UNBIND, i))
        expected = count
    else:
        token = token_for("/new/*")
        payloads = []
        for i in range(2, count + 2):
            payloads.append(message(BIND, i, string("/new/%d" % i) + string(token) + b"\x00"))
            payloads.append(message(UNBIND, i))
        expected = count
    answers = [0]

    def read():
        while answers[0] < expected:
            answer, _, _ = peer.receive()
            answers[0] += answer in (ERROR, UNBOUND)

    reader = threading.Thread(target=read)
    began = time.perf_counter()
    reader.start()
    for at in range(0, len(payloads), 4096):
        peer.send_many(payloads[at:at + 4096])
    reader.join()
    return began


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("server")
    parser.add_argument("flood", choices=["upload", "refused-binds", "bind-unbind", "new-realms"])
    parser.add_argument("count", type=int)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        secret = os.path.join(folder, "secret.key")
        with open(os.open(secret, os.O_WRONLY | os.O_CREAT, 0o600), "wb") as file:
            file.write(os.urandom(48).hex().encode())
        port_probe = socket.socket()
        port_probe.bind(("127.0.0.1", 0))
        port = port_probe.getsockname()[1]
        port_probe.close()
        server = subprocess.Popen([args.server, "--listen", "127.0.0.1:%d" % port, "--data-dir",
                                   os.path.join(folder, "data"), "--secret-file", secret],
                                  stderr=subprocess.DEVNULL)
        try:
            for _ in range(100):
                try:
                    socket.create_connection(("127.0.0.1", port)).close()
                    break
                except OSError:
                    time.sleep(0.1)

            def token_for(realm):
                return mint(args.server, secret, "mallory", realm)

            ready, stop = multiprocessing.Event(), multiprocessing.Event()
            results = multiprocessing.Queue()
            watcher = multiprocessing.Process(
                target=bystander,
                args=(port, mint(args.server, secret, "bystander", "/bystander"), ready, stop,
                      results))
            watcher.start()
            ready.wait(30)
            time.sleep(0.5)
            attacker = Peer(port)
            began = flood(attacker, args.flood, args.count, token_for)
            ended = time.perf_counter()
            stop.set()
            # Every round trip that overlapped the flood.
            trips = sorted(rtt for start, rtt in results.get(timeout=60)
                           if start <= ended and start + rtt >= began)
            watcher.join()
            if not trips:
                trips = [ended - began]
            print("%s %d: worked off in %.2f s; bystander: %d round trips, worst %.1f ms, "
                  "99th percentile %.1f ms, median %.1f ms"
                  % (args.flood, args.count, ended - began, len(trips), trips[-1] * 1000,
                     trips[int(len(trips) * 0.99)] * 1000, trips[len(trips) // 2] * 1000))
        finally:
            server.terminate()
            server.wait()


if __name__ == "__main__":
    sys.exit(main())
