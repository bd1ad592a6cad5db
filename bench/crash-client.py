#!/usr/bin/env python3
"""Load client for crash-durability.sh: threads POST /ping/<uuid> with a unique marker body over
keep-alive connections and append each marker answered 200 to the ack log (flushed per line).

Usage: crash-client.py BASE_URL UUID_FILE ACK_LOG STATS_FILE ROUND THREADS MAX_SECONDS
Stops on SIGTERM/SIGINT or after MAX_SECONDS. Writes "key=value" counters to STATS_FILE:
acked, other_status, failed (no answer: connection refused/reset, e.g. when the server died)
and failed_after_ack (failures that came after at least one ack on the same thread).
"""
import http.client
import signal
import sys
import threading
import time
import urllib.parse

stop = threading.Event()


def worker(url, uuids, thread_no, round_no, ack, lock, stats, deadline):
    conn = None
    seq = 0
    acked_here = 0
    while not stop.is_set() and time.monotonic() < deadline:
        uuid = uuids[(thread_no + seq) % len(uuids)]
        marker = f"marker-r{round_no}-t{thread_no}-{seq}"
        seq += 1
        try:
            if conn is None:
                conn = http.client.HTTPConnection(url.hostname, url.port, timeout=10)
            conn.request("POST", f"/ping/{uuid}", body=marker.encode(),
                         headers={"Content-Type": "text/plain"})
            resp = conn.getresponse()
            resp.read()
        except (OSError, http.client.HTTPException):
            if conn is not None:
                conn.close()
                conn = None
            with lock:
                stats["failed"] += 1
                if acked_here:
                    stats["failed_after_ack"] += 1
            time.sleep(0.05)
            continue
        if resp.status == 200:
            acked_here += 1
            with lock:
                ack.write(marker + "\n")
                ack.flush()
                stats["acked"] += 1
        else:
            with lock:
                stats["other_status"] += 1
    if conn is not None:
        conn.close()


def main():
    base, uuid_file, ack_path, stats_path = sys.argv[1:5]
    round_no, threads, max_seconds = int(sys.argv[5]), int(sys.argv[6]), float(sys.argv[7])
    url = urllib.parse.urlsplit(base)
    with open(uuid_file) as f:
        uuids = [line.split()[0] for line in f if line.strip()]
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stats = {"acked": 0, "other_status": 0, "failed": 0, "failed_after_ack": 0}
    lock = threading.Lock()
    deadline = time.monotonic() + max_seconds
    with open(ack_path, "a") as ack:
        pool = [threading.Thread(target=worker, args=(url, uuids, t, round_no, ack, lock, stats, deadline))
                for t in range(threads)]
        for t in pool:
            t.start()
        while any(t.is_alive() for t in pool):
            for t in pool:
                t.join(0.2)
    with open(stats_path, "w") as f:
        for key, value in stats.items():
            f.write(f"{key}={value}\n")


if __name__ == "__main__":
    main()
