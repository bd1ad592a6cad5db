#!/usr/bin/env python3
"""Checks that every acknowledged marker is stored as a ping body, and the database's integrity.

Usage: crash-verify.py DB_PATH ACK_LOG...
Prints one "key=value" line per figure; exits 1 on any lost marker or a failed integrity check.
"""
import sqlite3
import sys


def main():
    db_path, ack_paths = sys.argv[1], sys.argv[2:]
    acked = set()
    for path in ack_paths:
        with open(path) as f:
            acked.update(line.strip() for line in f if line.strip())
    con = sqlite3.connect(db_path, timeout=30)
    stored = set()
    for (body,) in con.execute("SELECT body FROM ping WHERE body IS NOT NULL"):
        text = bytes(body).decode("utf-8", "replace")
        if text.startswith("marker-"):
            stored.add(text)
    integrity = "; ".join(row[0] for row in con.execute("PRAGMA integrity_check"))
    con.close()
    lost = sorted(acked - stored)
    print(f"acked={len(acked)}")
    print(f"stored_acked={len(acked & stored)}")
    print(f"lost={len(lost)}")
    print(f"stored_unacked={len(stored - acked)}")
    print(f"integrity={integrity}")
    for marker in lost[:10]:
        print(f"lost_marker={marker}")
    sys.exit(0 if not lost and integrity == "ok" else 1)


if __name__ == "__main__":
    main()
