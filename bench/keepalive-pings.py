#!/usr/bin/env python3
"""Sequential POST pings (512-byte body) on one keep-alive connection for SECONDS; prints rate,
p50 and p99. Measures the per-request cost of the HTTP stack without concurrency.

usage: keepalive-pings.py HOST PORT UUID SECONDS"""
import http.client, sys, time, statistics
host, port, uuid, seconds = sys.argv[1], int(sys.argv[2]), sys.argv[3], float(sys.argv[4])
conn = http.client.HTTPConnection(host, port)
lat = []
end = time.monotonic() + seconds
while time.monotonic() < end:
    t = time.perf_counter()
    conn.request("POST", "/ping/" + uuid, body=b"x" * 512)
    r = conn.getresponse(); r.read()
    lat.append((time.perf_counter() - t) * 1000)
lat.sort()
print("%d pings in %.0f s on one keep-alive connection: %.0f/s, p50 %.2f ms, p99 %.2f ms" % (len(lat), seconds, len(lat) / seconds, statistics.median(lat), lat[int(len(lat) * 0.99)]))
