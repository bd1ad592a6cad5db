#!/usr/bin/python3
# Runs a command under the seccomp filter that cronkeeper.service asks systemd for: the system
# calls of the unit's SystemCallFilter= lines (as systemd-analyze lists them), EPERM for the rest
# (SystemCallErrorNumber=EPERM), and socket() only for the unit's RestrictAddressFamilies=.
# usage: seccomp-exec.py UNIT_FILE COMMAND [ARG...]
import errno, os, socket, subprocess, sys
import seccomp

def group(name, seen):
    if name in seen:
        return set()
    seen.add(name)
    out = subprocess.run(["systemd-analyze", "syscall-filter", name], check=True, capture_output=True, text=True).stdout
    calls = set()
    for line in out.splitlines()[1:]:
        item = line.strip()
        if not item or item.startswith("#"):
            continue
        calls |= group(item, seen) if item.startswith("@") else {item}
    return calls

def expand(items):
    calls = set()
    for item in items:
        calls |= group(item, set()) if item.startswith("@") else {item}
    return calls

allowed, families = set(), []
for line in open(sys.argv[1]):
    key, _, value = line.strip().partition("=")
    if key == "SystemCallFilter":
        if value.startswith("~"):
            allowed -= expand(value[1:].split())
        else:
            allowed |= expand(value.split())
    elif key == "RestrictAddressFamilies":
        families = [getattr(socket, f) for f in value.split()]

f = seccomp.SyscallFilter(defaction=seccomp.ERRNO(errno.EPERM))
for call in sorted(allowed - {"socket"}):
    try:
        f.add_rule(seccomp.ALLOW, call)
    except (RuntimeError, ValueError, OSError):
        pass  # not a system call of this architecture
for family in families:
    f.add_rule(seccomp.ALLOW, "socket", seccomp.Arg(0, seccomp.EQ, int(family)))
f.load()
os.execvp(sys.argv[2], sys.argv[2:])
