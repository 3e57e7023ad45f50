"""The end that every bench/programs/NAME.py shares: read the size, run,
check, print one result line. Not a benchmark (bench/run skips names that
start with "_"); a program imports it as `import _harness` (the script's
directory is sys.path[0]) and ends with

    if __name__ == "__main__":
        _harness.main("NAME", run, DEFAULT_SIZE, EXPECTED)

A program reports a failed check by raising AssertionError(message) from
run, self_test or verify: main prints "NAME: FAIL: message" and exits 1.
Only main and check run here, once each; the work stays in the program's
own functions, which are the ones called often enough to be compiled.
"""
import atexit
import os
import sys

# The line bench/run reads a run's peak resident memory from.
PEAK_RSS_PREFIX = "bench-peak-rss-kb: "


def _report_peak_rss():
    """This process's peak resident memory (VmHWM), on stderr. bench/run
    asks for it (BENCH_PEAK_RSS=1) because the ru_maxrss wait4() gives a
    parent counts from the parent's own peak: a spawned child shares the
    runner's memory until it execs, and Linux keeps that maximum."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                sys.stderr.write(f"{PEAK_RSS_PREFIX}{line.split()[1]}\n")


if os.environ.get("BENCH_PEAK_RSS"):
    atexit.register(_report_peak_rss)


def fail(name, message):
    """Print NAME: FAIL: message and exit 1."""
    print(f"{name}: FAIL: {message}")
    sys.exit(1)


def check(name, expected, size, checksum):
    """Exit 1 if the checksum for a size in `expected` is wrong (another
    size is only checked by the program's own invariants)."""
    want = expected.get(size)
    if want is not None and checksum != want:
        fail(name, f"checksum {checksum!r}, expected {want!r} (size {size})")


def rounds(size, result):
    """The most common result line: SIZE rounds and the checksum."""
    return f"{size} rounds, checksum {result}"


def main(name, run, default_size, expected=None, *, describe=rounds,
         checksum=None, self_test=None, verify=None):
    """Run a benchmark as a script.

    The size is sys.argv[1] or default_size. Calls self_test() (a small
    known case, before the work), result = run(size), verify(size, result)
    (invariants); an AssertionError from any of them is a failure. Then
    checks checksum(result) (result itself if checksum is None) against
    expected, if given, and prints "NAME: " + describe(size, result).
    """
    size = int(sys.argv[1]) if len(sys.argv) > 1 else default_size
    try:
        if self_test is not None:
            self_test()
        result = run(size)
        if verify is not None:
            verify(size, result)
    except AssertionError as error:
        fail(name, error)
    if expected is not None:
        check(name, expected, size, result if checksum is None else checksum(result))
    print(f"{name}: {describe(size, result)}")
