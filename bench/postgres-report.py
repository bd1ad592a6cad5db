#!/usr/bin/env python3
"""Prints the `ping-throughput.sh --postgres` comparison: SQLite, one PostgreSQL node and two
PostgreSQL nodes side by side, each ping scenario's ratio to SQLite, whether two nodes' total is at
least one node's, and what the servers and PostgreSQL logged at warning level or worse.

Usage: postgres-report.py RESULTS_TSV CONNECTIONS DURATION THREADS CORES LOAD_BEFORE LOAD_AFTER
                          SQLITE_LOG NODE_A_LOG NODE_B_LOG POSTGRES_LOG
Exits 1 when a scenario's stored count does not match wrk's 2xx count.
"""
import re
import sys

FIELDS = ["name", "checks", "requests", "non2xx", "sockerr", "duration_us", "p50_us", "p99_us",
          "delta", "srv_cores", "wrk_cores", "other_cores", "srv_us_per_req", "writer_cores",
          "setup", "db_cores"]
SETUPS = ["sqlite", "pg-1node", "pg-2nodes"]
# "2026-01-01T10:00:00.000Z WARNING io.cronkeeper.x.Y - message" (Main's log format)
SERVER_LINE = re.compile(r"^\S+Z (SEVERE|WARNING) (.*)$")
# "2026-01-01 10:00:00.000 UTC [123] ERROR:  message"
POSTGRES_LINE = re.compile(r"^\S+ \S+ \S+ \[\d+\] (WARNING|ERROR|FATAL|PANIC):\s+(.*)$")


def load(path):
    rows = []
    with open(path) as f:
        for line in f:
            row = dict(zip(FIELDS, line.rstrip("\n").split("\t")))
            for key in FIELDS[1:9] + ["srv_us_per_req"]:
                row[key] = int(float(row[key]))
            for key in ["srv_cores", "wrk_cores", "other_cores", "writer_cores", "db_cores"]:
                row[key] = float(row[key])
            row["rps"] = row["requests"] / (row["duration_us"] / 1e6)
            row["ok"] = row["requests"] - row["non2xx"]
            rows.append(row)
    return rows


def median_rows(rows):
    """Per scenario and setup: the median round by pings/s, with the median p99 of all rounds."""
    groups = {}
    for r in rows:
        groups.setdefault((r["name"], r["setup"]), []).append(r)
    out = {}
    for key, rounds in groups.items():
        by_rps = sorted(rounds, key=lambda r: r["rps"])
        p99s = sorted(r["p99_us"] for r in rounds)
        out[key] = dict(by_rps[len(by_rps) // 2], p99_us=p99s[len(p99s) // 2], rounds=len(rounds))
    return out


def problems(path, pattern):
    """Counts the matching lines by level and keeps the first few distinct messages."""
    counts, samples = {}, []
    try:
        with open(path, errors="replace") as f:
            for line in f:
                m = pattern.match(line.rstrip("\n"))
                if not m:
                    continue
                counts[m.group(1)] = counts.get(m.group(1), 0) + 1
                sample = f"{m.group(1)} {m.group(2)[:200]}"
                if sample not in samples and len(samples) < 5:
                    samples.append(sample)
    except OSError as e:
        return None, [f"cannot read: {e}"]
    return counts, samples


def main():
    rows = load(sys.argv[1])
    connections, duration, threads, cores = int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
    load_before, load_after = sys.argv[6], sys.argv[7]
    logs = [("SQLite server", sys.argv[8], SERVER_LINE), ("PostgreSQL node A", sys.argv[9], SERVER_LINE),
            ("PostgreSQL node B", sys.argv[10], SERVER_LINE), ("PostgreSQL", sys.argv[11], POSTGRES_LINE)]
    by = median_rows(rows)
    rounds = max(r["rounds"] for r in by.values())
    checks = rows[0]["checks"]

    print()
    print(f"Cronkeeper pings, SQLite vs PostgreSQL: wrk -t{threads} -c{connections} -d{duration} --latency, "
          f"{checks} checks, {cores} cores shared by wrk, the servers and PostgreSQL")
    print(f"load average (1, 5, 15 min) before: {load_before}; after: {load_after}")
    if rounds > 1:
        print(f"median of {rounds} rounds (pings/s: the median round; p99: the median p99)")
    header = (f"{'scenario':<13} {'setup':<10} {'pings/s':>8} {'x SQLite':>8} {'p50 ms':>7} {'p99 ms':>8} "
              f"{'non-2xx':>7} {'sockerr':>7} {'diff':>5} {'count':>5} {'srv cpu':>7} {'db cpu':>6} "
              f"{'wrk cpu':>7} {'other':>5} {'writer':>6} {'srv us/req':>10}")
    print(header)
    print("-" * len(header))
    failed = False
    for r in rows:  # verification is per round: a lost ping in any round fails the run
        diff = r["delta"] - r["ok"]
        failed |= not 0 <= diff <= connections
    for name in sorted({r["name"] for r in rows}):
        base = by.get((name, "sqlite"))
        for setup in SETUPS:
            r = by.get((name, setup))
            if r is None:
                continue
            diff = r["delta"] - r["ok"]
            ok = "PASS" if 0 <= diff <= connections else "FAIL"
            ratio = f"{r['rps'] / base['rps']:.2f}" if base and base["rps"] else "-"
            print(f"{name:<13} {setup:<10} {r['rps']:>8.0f} {ratio:>8} {r['p50_us'] / 1000:>7.2f} "
                  f"{r['p99_us'] / 1000:>8.2f} {r['non2xx']:>7} {r['sockerr']:>7} {diff:>5} {ok:>5} "
                  f"{r['srv_cores']:>7.2f} {r['db_cores']:>6.2f} {r['wrk_cores']:>7.2f} {r['other_cores']:>5.2f} "
                  f"{r['writer_cores']:>6.2f} {r['srv_us_per_req']:>10}")
    print("(diff = pings stored - 2xx answers, allowed 0..%d; srv cpu = cores busy in the setup's server(s)," % connections)
    print(" db cpu = in PostgreSQL, other = everything else, including the idle setups; writer = the busiest")
    print(" node's ping-writer thread; srv us/req = server CPU per ping, summed over its nodes)")
    other = sum(r["other_cores"] for r in rows) / len(rows)
    if other > 0.25:
        print(f"WARNING: other processes kept {other:.2f} cores busy on average: the machine was not idle.")
    print()

    for name in sorted({r["name"] for r in rows}):
        one, two = by.get((name, "pg-1node")), by.get((name, "pg-2nodes"))
        if one and two and one["rps"]:
            verdict = "yes" if two["rps"] >= one["rps"] else "NO"
            print(f"{name}: 2 nodes' total >= 1 node's: {verdict} ({two['rps']:.0f} vs {one['rps']:.0f} pings/s, "
                  f"x{two['rps'] / one['rps']:.2f}; p99 {two['p99_us'] / 1000:.2f} vs {one['p99_us'] / 1000:.2f} ms)")
    print()

    print("Logged at warning level or worse during the run:")
    for label, path, pattern in logs:
        counts, samples = problems(path, pattern)
        summary = "none" if counts == {} else ", ".join(f"{n} {level}" for level, n in sorted((counts or {}).items()))
        print(f"  {label}: {summary}  ({path})")
        for s in samples:
            print(f"      {s}")
    print()
    if failed:
        print("COUNT VERIFICATION FAILED: stored pings do not match wrk's 2xx count")
        sys.exit(1)
    print("Count verification: PASS for every scenario and round")


if __name__ == "__main__":
    main()
