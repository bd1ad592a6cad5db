#!/usr/bin/env python3
"""Attacks for bench/abuse.sh: each phase runs one attack while normal clients keep pinging.

usage: abuse-client.py BASE_URL PING_UUID SERVER_PID SECONDS_PER_PHASE
Prints one block per phase: the attack's answers by status, the normal pings' answers by status
and their p50/p99 latency, and the server's peak RSS during the phase.
"""
import collections, http.client, json, socket, sys, threading, time, urllib.parse

BASE, UUID, PID, SECONDS = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
HOST, PORT = urllib.parse.urlsplit(BASE).hostname, urllib.parse.urlsplit(BASE).port


def rss_mb():
    try:
        for line in open(f"/proc/{PID}/status"):
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return 0
    return 0


class Normal:
    """Sequential keep-alive pings from a few clients: what a normal cron job sees."""
    def __init__(self, clients=4):
        self.stop = threading.Event()
        self.lat, self.status, self.lock = [], collections.Counter(), threading.Lock()
        self.threads = [threading.Thread(target=self.run, daemon=True) for _ in range(clients)]

    def run(self):
        conn = None
        while not self.stop.is_set():
            t0 = time.perf_counter()
            try:
                if conn is None:
                    conn = http.client.HTTPConnection(HOST, PORT, timeout=30)
                conn.request("GET", f"/ping/{UUID}")
                r = conn.getresponse(); r.read(); code = str(r.status)
            except Exception as e:
                code, conn = type(e).__name__, None
            with self.lock:
                self.lat.append(time.perf_counter() - t0); self.status[code] += 1
            time.sleep(0.01)

    def __enter__(self):
        [t.start() for t in self.threads]; return self

    def __exit__(self, *a):
        self.stop.set(); [t.join(35) for t in self.threads]


def status_of(sock, wait=0.2):
    sock.settimeout(wait)
    try:
        data = sock.recv(64)
        if data.startswith(b"HTTP/1.1 "):
            return data[9:12].decode()
        return "closed" if not data else "garbage"
    except socket.timeout:
        return "no answer"
    except OSError as e:
        return type(e).__name__


def body_flood(deadline, counts):
    """300 connections without any key each declare a 1 MiB API body, send all but 100 bytes, hold."""
    socks = []
    def one():
        try:
            s = socket.create_connection((HOST, PORT), timeout=30)
            s.sendall(b"POST /api/v3/checks/ HTTP/1.1\r\nHost: x\r\nContent-Length: 1048576\r\n\r\n")
            s.sendall(b" " * (1048576 - 100))
            socks.append(s)
        except OSError as e:
            counts[type(e).__name__] += 1
    threads = [threading.Thread(target=one, daemon=True) for _ in range(300)]
    [t.start() for t in threads]
    [t.join(max(0.1, deadline - time.time())) for t in threads]
    while time.time() < deadline:
        time.sleep(0.2)
    for s in list(socks):
        counts[status_of(s)] += 1; s.close()


def slow_clients(deadline, counts):
    """2,000 connections that send their headers one byte every few seconds and never finish."""
    socks = []
    for _ in range(2000):
        try:
            s = socket.create_connection((HOST, PORT), timeout=10)
            s.sendall(b"GET /ping/" + UUID.encode() + b" HTTP/1.1\r\nHost: x\r\n")
            socks.append(s)
        except OSError as e:
            counts[type(e).__name__] += 1
    while time.time() < deadline:
        for s in socks:
            try:
                s.sendall(b"X")
            except OSError:
                pass
        time.sleep(3)
    for s in socks:
        counts[status_of(s, 0.01)] += 1; s.close()


def corpus():
    u = UUID.encode()
    big_json = b'{"a":[' + b"{}," * 300000 + b"{}]}"
    deep = b"[" * 100000 + b"]" * 100000
    return [
        b"POST /api/v3/checks/ HTTP/1.1\r\nHost: x\r\nContent-Length: 9\r\n\r\n{not json",
        b"POST /api/v3/checks/ HTTP/1.1\r\nHost: x\r\nContent-Length: " + str(len(big_json)).encode() + b"\r\n\r\n" + big_json,
        b"POST /api/v3/checks/ HTTP/1.1\r\nHost: x\r\nContent-Length: " + str(len(deep)).encode() + b"\r\n\r\n" + deep,
        b"POST /api/v3/checks/ HTTP/1.1\r\nHost: x\r\nX-Api-Key: " + b"x" * 32 + b"\r\nContent-Length: 2000000\r\n\r\n",
        b"POST /api/admin/v1/projects HTTP/1.1\r\nHost: x\r\nContent-Length: 2000000\r\n\r\n",
        b"GET /ping/" + u + b"/%ff%fe HTTP/1.1\r\nHost: x\r\n\r\n",
        b"GET /ping/" + u + b"/999999999999999999999 HTTP/1.1\r\nHost: x\r\n\r\n",
        b"GET /ping/" + u + b"?rid=" + b"r" * 5000 + b" HTTP/1.1\r\nHost: x\r\n\r\n",
        b"GET /" + b"a" * 20000 + b" HTTP/1.1\r\nHost: x\r\n\r\n",
        b"GET /ping/" + u + b" HTTP/1.1\r\nHost: x\r\nX-Big: " + b"h" * 40000 + b"\r\n\r\n",
        b"POST /ping/" + u + b" HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
        b"POST /ping/" + u + b" HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n",
        b"POST /ping/" + u + b" HTTP/1.1\r\nHost: x\r\nContent-Length: 400000000\r\n\r\n" + b"b" * 65536,
        b"BREW /ping/" + u + b" HTTP/1.1\r\nHost: x\r\n\r\n",
        b"GET /ping/" + u + b" HTTP/9.9\r\nHost: x\r\n\r\n",
        b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + b"\x00" * 64,
        b"GET /api/v3/checks/ HTTP/1.1\r\nHost: x\r\nX-Api-Key: \xff\xfe" + b"k" * 30 + b"\r\n\r\n",
        b"GET /api/v3/status/ HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n",
        b"POST /ping/" + u + b"?create=1 HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\n\x00\x01\x02\x03\x04",
    ]


def bad_input(deadline, counts):
    """The corpus, over and over from 8 clients, each request on a fresh connection."""
    items = corpus()
    def run(offset):
        i = offset
        while time.time() < deadline:
            raw = items[i % len(items)]; i += 1
            try:
                s = socket.create_connection((HOST, PORT), timeout=10)
                try:
                    s.sendall(raw)
                except OSError:
                    pass
                counts[status_of(s, 10)] += 1
                s.close()
            except OSError as e:
                counts[type(e).__name__] += 1
    threads = [threading.Thread(target=run, args=(k,), daemon=True) for k in range(8)]
    [t.start() for t in threads]; [t.join() for t in threads]


def phase(name, attack):
    counts, peak = collections.Counter(), [rss_mb()]
    stop = threading.Event()
    def sample():
        while not stop.is_set():
            peak[0] = max(peak[0], rss_mb()); time.sleep(0.2)
    sampler = threading.Thread(target=sample, daemon=True); sampler.start()
    with Normal() as normal:
        if attack:
            attack(time.time() + SECONDS, counts)
        else:
            time.sleep(SECONDS)
    stop.set(); sampler.join()
    lat = sorted(normal.lat) or [0]
    p = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] * 1000
    alive = rss_mb() > 0
    print(f"== {name}")
    print(f"   attack answers:   {dict(sorted(counts.items())) or '-'}")
    print(f"   normal pings:     {dict(sorted(normal.status.items()))}  p50 {p(0.50):.1f} ms  p99 {p(0.99):.1f} ms")
    print(f"   server peak RSS:  {peak[0]:.0f} MB   alive: {'yes' if alive else 'NO'}")
    sys.stdout.flush()


phase("baseline (normal pings only)", None)
phase("body flood: 300 x 1 MiB API bodies, no key, held", body_flood)
phase("slow clients: 2,000 connections trickling headers", slow_clients)
phase("bad-input corpus: 19 malformed or hostile requests, 8 clients", bad_input)
phase("after the attacks", None)
