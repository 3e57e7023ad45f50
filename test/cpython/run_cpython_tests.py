#!/usr/bin/python3.11
"""Runs CPython's own test modules under python3.11 and under uopjit and
compares the outcome of every test.

  run_cpython_tests.py [--uopjit PATH] [--python PATH] [--jobs N]
                       [--known-differences FILE] [--threshold N]
                       [--timeout SECONDS] [--verbose] [MODULE ...]

For each module, `PYTHON -m test -v MODULE` and
`UOPJIT --threshold 1 --stats=F -m test -v MODULE` are run; the per-test
results of unittest's verbose output (`name (id) ... ok|FAIL|ERROR|skipped
...`) are parsed and compared. A module passes when every test has the same
outcome under both and the JIT compiled at least one function
(functions_compiled > 0 in the statistics). Tests listed in the
known-differences file (lines `module test_id  # reason`) are reported as
known rather than as failures.

One line per module, then `N passed, N failed`. Exit status 1 if any module
failed. At most 2 modules run at a time (the machine has 2 cores).
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

MODULES = """test_generators test_coroutines test_exceptions test_scope
test_grammar test_with test_contextlib test_class test_descr test_unpack
test_listcomps test_math test_float test_int test_list test_dict test_set
test_string test_itertools test_functools test_sys_settrace test_traceback
test_frame""".split()

# `name (qualified.id)` at the start of a line opens a test (subtests are
# indented by two spaces and followed by their parameters; a class made in a
# function has `<locals>` in its id).
START = re.compile(r"^(  )?(\w+) \(([\w.<>]+)\)(.*)$")
STATUS = re.compile(r"(ok|FAIL|ERROR|skipped .*|expected failure|unexpected success)$")
STATUS_AT_END = re.compile(r"\b" + STATUS.pattern)
SUMMARY = re.compile(r"^(FAIL|ERROR|UNEXPECTED SUCCESS): (\w+) \(([\w.<>]+)\)")


def outcome_of(status):
    return "skipped" if status.startswith("skipped") else status


def test_id(name, qualified):
    return qualified if qualified.endswith("." + name) else qualified + "." + name


def parse_results(text):
    """Returns {test id: outcome} from unittest's verbose output."""
    results = {}
    pending = None  # id of the test whose status has not been seen yet
    prev = ""
    for line in text.splitlines():
        m = START.match(line)
        if m and not SUMMARY.match(line):
            subtest, name, qualified, rest = m.groups()
            tid = test_id(name, qualified)
            if subtest:
                # A failing subtest: the test fails (its own status is not
                # written when a subtest failed).
                s = STATUS.search(rest)
                if s and s.group(1) in ("FAIL", "ERROR"):
                    if results.get(tid) != "ERROR":
                        results[tid] = s.group(1)
                pending = None
                continue
            prev = line
            pending = tid
            results.setdefault(tid, "no status")
            if " ... " in rest:
                s = STATUS.search(rest.split(" ... ", 1)[1])
                if s:
                    results[tid] = outcome_of(s.group(1))
                    pending = None
            continue
        if pending is None:
            # A test whose str() is not `name (id)`, e.g. a doctest file:
            # its name on one line, `Doctest: file ... status` on the next.
            if (" ... " in line and prev.strip() and not prev.startswith(" ")
                    and not START.match(prev)):
                s = STATUS.match(line.split(" ... ", 1)[1])
                if s:
                    results[prev.strip()] = outcome_of(s.group(1))
            prev = line
            continue
        # A docstring line (`description ... status`) or the test's own
        # output followed by the status.
        tail = line.split(" ... ", 1)[1] if " ... " in line else line
        s = STATUS.match(tail.strip()) or STATUS_AT_END.search(tail)
        if s:
            results[pending] = outcome_of(s.group(1))
            pending = None
    # The summary blocks at the end are authoritative for failures.
    for line in text.splitlines():
        m = SUMMARY.match(line)
        if m:
            kind, name, qualified = m.groups()
            tid = test_id(name, qualified)
            kind = "unexpected success" if kind == "UNEXPECTED SUCCESS" else kind
            if results.get(tid) in (None, "no status", "ok"):
                results[tid] = kind
    return results


def read_known(path):
    """{(module, test id): reason} from `module test_id  # reason` lines."""
    known = {}
    if not path:
        return known
    with open(path) as f:
        for line in f:
            body, _, reason = line.partition("#")
            words = body.split()
            if not words:
                continue
            if len(words) != 2:
                sys.exit(f"{path}: bad line: {line.rstrip()}")
            known[(words[0], words[1])] = reason.strip()
    return known


def is_known(known, module, tid):
    for (mod, kid), _ in known.items():
        if mod == module and (tid == kid or tid.endswith("." + kid)):
            return True
    return False


def run(cmd, timeout):
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    env.pop("UOPJIT_STATS", None)
    with tempfile.TemporaryDirectory(prefix="cpython-tests-") as cwd:
        start = time.monotonic()
        try:
            proc = subprocess.run(cmd, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                  timeout=timeout)
            out, rc = proc.stdout, proc.returncode
        except subprocess.TimeoutExpired as e:
            out, rc = e.stdout or b"", "timeout"
        return out.decode(errors="replace"), rc, time.monotonic() - start


def check_module(module, args, known):
    """Returns (passed, report line, detail lines)."""
    ref_out, ref_rc, ref_time = run([args.python, "-m", "test", "-v", module], args.timeout)
    with tempfile.TemporaryDirectory(prefix="cpython-tests-stats-") as tmp:
        stats_path = os.path.join(tmp, "stats.json")
        jit_out, jit_rc, jit_time = run(
            [args.uopjit, "--threshold", str(args.threshold), f"--stats={stats_path}",
             "-m", "test", "-v", module], args.timeout)
        try:
            with open(stats_path) as f:
                stats = json.load(f)
        except (OSError, ValueError):
            stats = None
    ref, jit = parse_results(ref_out), parse_results(jit_out)
    details = []
    if args.verbose:
        details.append(f"  python3.11 {ref_time:.1f}s exit {ref_rc}, "
                       f"uopjit {jit_time:.1f}s exit {jit_rc}")
    problems, known_seen = [], []
    if not ref:
        problems.append("no test results parsed from python3.11's output")
    for tid in sorted(set(ref) | set(jit)):
        a, b = ref.get(tid, "missing"), jit.get(tid, "missing")
        if a == b:
            continue
        what = f"{tid}: python3.11 {a}, uopjit {b}"
        if is_known(known, module, tid):
            known_seen.append(what)
        else:
            problems.append(what)
    if jit_rc != ref_rc and not problems and not known_seen:
        problems.append(f"exit status: python3.11 {ref_rc}, uopjit {jit_rc}")
    elif jit_rc != ref_rc and isinstance(jit_rc, int) and jit_rc < 0:
        problems.append(f"uopjit killed by signal {-jit_rc}")
    elif jit_rc == "timeout":
        problems.append(f"uopjit timed out after {args.timeout}s")
    if stats is None:
        problems.append("uopjit wrote no statistics")
    elif stats.get("functions_compiled", 0) == 0:
        problems.append("no function was compiled")
    compiled = stats.get("functions_compiled", 0) if stats else 0
    if problems:
        line = f"{module}: FAIL ({len(ref)} tests, {len(problems)} problems)"
        details += ["  " + p for p in problems]
        details += ["  known: " + k for k in known_seen]
        if args.verbose or not ref or (isinstance(jit_rc, int) and jit_rc < 0):
            details += ["  | " + l for l in jit_out.splitlines()[-30:]]
        return False, line, details
    line = f"{module}: {len(ref)} test{'' if len(ref) == 1 else 's'}, same result"
    if known_seen:
        line += f" but {len(known_seen)} known differences"
        details += ["  known: " + k for k in known_seen]
    # Listed differences that did not show up (fixed?) are only noted.
    for (mod, kid), _ in sorted(known.items()):
        if mod == module and not any(w.split(":")[0] == kid or
                                     w.split(":")[0].endswith("." + kid)
                                     for w in known_seen):
            details.append(f"  note: known difference not seen: {kid}")
    if args.verbose:
        line += f" [{compiled} functions compiled]"
    return True, line, details


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--uopjit", default=os.path.join("build", "bin", "uopjit"))
    p.add_argument("--python", default="/usr/bin/python3.11")
    p.add_argument("--known-differences", metavar="FILE")
    p.add_argument("--threshold", type=int, default=1)
    p.add_argument("--jobs", "-j", type=int, default=2)
    p.add_argument("--timeout", type=float, default=600)
    p.add_argument("--verbose", "-v", action="store_true")
    p.add_argument("modules", nargs="*")
    args = p.parse_args()
    args.uopjit = os.path.abspath(args.uopjit)
    args.jobs = max(1, min(args.jobs, 2))
    if not os.access(args.uopjit, os.X_OK):
        sys.exit(f"no uopjit at {args.uopjit} (use --uopjit PATH)")
    known = read_known(args.known_differences)
    modules = args.modules or MODULES

    passed = failed = 0
    start = time.monotonic()
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        futures = {m: pool.submit(check_module, m, args, known) for m in modules}
        for m in modules:  # report in the given order
            ok, line, details = futures[m].result()
            print(line)
            for d in details:
                print(d)
            sys.stdout.flush()
            passed += ok
            failed += not ok
    if args.verbose:
        print(f"total time {time.monotonic() - start:.0f}s")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
