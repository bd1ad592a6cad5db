#!/usr/bin/env python3
"""Holds N slow clients on the server (each sends half a request head, then one more header line
every few seconds, reconnecting when the server ends it) while timing normal pings, one new
connection each. Prints the pings' p50/p95/max and how many slow clients were connected.

usage: slow-clients.py HOST PORT UUID N SECONDS"""
import asyncio
import http.client
import statistics
import sys
import time

HOST, PORT, UUID, N, SECONDS = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4]), float(sys.argv[5])
connected = 0
peak = 0


async def slow_client(stop):
    global connected, peak
    while not stop.is_set():
        try:
            reader, writer = await asyncio.open_connection(HOST, PORT)
        except OSError:
            await asyncio.sleep(0.5)
            continue
        connected += 1
        peak = max(peak, connected)
        try:
            writer.write(b"GET /ping/slow HTTP/1.1\r\nHost: x\r\n")
            await writer.drain()
            while not stop.is_set():
                try:
                    await asyncio.wait_for(reader.read(1024), timeout=3)
                    break  # the server answered (408) or closed: reconnect
                except asyncio.TimeoutError:
                    writer.write(b"X-Slow: y\r\n")
                    await writer.drain()
        except OSError:
            pass
        finally:
            connected -= 1
            writer.close()


def ping_once():
    start = time.perf_counter()
    conn = http.client.HTTPConnection(HOST, PORT, timeout=30)
    conn.request("GET", "/ping/" + UUID)
    res = conn.getresponse()
    res.read()
    conn.close()
    if res.status != 200:
        raise RuntimeError("ping answered %d" % res.status)
    return (time.perf_counter() - start) * 1000


async def main():
    stop = asyncio.Event()
    tasks = [asyncio.create_task(slow_client(stop)) for _ in range(N)]
    while connected < N * 0.98:
        await asyncio.sleep(0.2)
    samples, during, slow = [], [], []
    t0 = time.monotonic()
    end = t0 + SECONDS
    loop = asyncio.get_running_loop()
    while time.monotonic() < end:
        ms = await loop.run_in_executor(None, ping_once)
        samples.append(ms)
        during.append(connected)
        if ms > 200:
            slow.append("%.0f ms at %.1f s (%d connected)" % (ms, time.monotonic() - t0, connected))
        await asyncio.sleep(0.05)
    stop.set()
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    samples.sort()
    print("%d pings with %d-%d slow clients connected (peak %d): p50 %.1f ms, p95 %.1f ms, max %.1f ms"
          % (len(samples), min(during), max(during), peak, statistics.median(samples),
             samples[int(len(samples) * 0.95)], samples[-1]))
    if slow:
        print("pings over 200 ms: " + "; ".join(slow))


asyncio.run(main())
