#!/usr/bin/env python3
"""Creates checks over the Management API, in parallel, and prints "uuid slug" per check.

Usage: create-checks.py BASE_URL API_KEY FIRST LAST [THREADS]
creates checks named c<FIRST> .. c<LAST - 1> (slug equal to the name). A 5xx answer is retried
(concurrent writers can make the server answer 500 "database is locked") and counted on stderr.
"""
import http.client
import json
import sys
import threading
import time
import urllib.parse

ATTEMPTS = 5


def worker(base, api_key, numbers, out, lock, failures, retried):
    url = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
    for i in numbers:
        body = json.dumps({"name": f"c{i}", "slug": f"c{i}", "timeout": 3600})
        data, resp = b"", None
        for attempt in range(ATTEMPTS):
            try:
                conn.request("POST", "/api/v3/checks/", body=body,
                             headers={"X-Api-Key": api_key, "Content-Type": "application/json"})
                resp = conn.getresponse()
                data = resp.read()
            except (OSError, http.client.HTTPException):
                conn.close()
                conn = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
                data, resp = b"", None
            if resp is not None and resp.status < 500:
                break
            if attempt < ATTEMPTS - 1:
                with lock:
                    retried.append(i)
                time.sleep(0.2 * (attempt + 1))
        if resp is None or resp.status not in (200, 201):
            with lock:
                failures.append((i, resp.status if resp else "no response", data[:200]))
            continue
        check = json.loads(data)
        with lock:
            out.append(f"{check['uuid']} {check['slug']}")
    conn.close()


def main():
    base, api_key, first, last = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    threads = int(sys.argv[5]) if len(sys.argv) > 5 else 4
    numbers = list(range(first, last))
    out, failures, retried, lock = [], [], [], threading.Lock()
    start = time.monotonic()
    pool = [threading.Thread(target=worker, args=(base, api_key, numbers[t::threads], out, lock, failures, retried))
            for t in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    print(f"create-checks: {len(out)} checks created in {time.monotonic() - start:.0f} s with {threads} "
          f"connections; {len(retried)} attempts failed (5xx or no answer) and were retried", file=sys.stderr)
    if failures:
        for f in failures[:5]:
            print(f"create-checks: check c{f[0]} failed: {f[1]} {f[2]!r}", file=sys.stderr)
        sys.exit(f"create-checks: {len(failures)} of {len(numbers)} checks failed")
    print("\n".join(out))


if __name__ == "__main__":
    main()
