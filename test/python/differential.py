"""Runs one Python program under python3.11 and under uopjit, and checks
that stdout, stderr and the exit status are identical and that the JIT
compiled at least one function.

  differential.py [--uopjit PATH] [--python PATH] PROGRAM.py [uopjit options]

Exit status 0 when they agree; otherwise the differences are printed. The
uopjit options (default: --threshold 1) choose the configuration, e.g.
`--threshold 1 --passes=none`.

A program may say, in a comment line `# uopjit-args: ...`, arguments to give
the program itself (same for both runs).
"""
import difflib
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def run(cmd, cwd):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
    env.pop("UOPJIT_STATS", None)
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, timeout=300)


def main():
    args = sys.argv[1:]
    uopjit, python = None, "/usr/bin/python3.11"
    while args and args[0] in ("--uopjit", "--python"):
        if args[0] == "--uopjit":
            uopjit = args[1]
        else:
            python = args[1]
        args = args[2:]
    program, options = args[0], args[1:] or ["--threshold", "1"]
    if uopjit is None:
        uopjit = os.path.join(os.environ.get("UOPJIT_BUILD", "build"), "bin", "uopjit")
    program = os.path.abspath(program)
    cwd = os.path.dirname(program)
    prog_args = []
    with open(program) as f:
        for line in f:
            if line.startswith("# uopjit-args:"):
                prog_args = line.split(":", 1)[1].split()
    name = os.path.basename(program)

    expected = run([python, name] + prog_args, cwd)
    with tempfile.TemporaryDirectory() as tmp:
        stats_path = os.path.join(tmp, "stats.json")
        got = run([os.path.abspath(uopjit)] + options + [f"--stats={stats_path}", name]
                  + prog_args, cwd)
        try:
            with open(stats_path) as f:
                stats = json.load(f)
        except (OSError, ValueError):
            stats = None

    failures = []
    for what in ("stdout", "stderr"):
        a = getattr(expected, what).decode(errors="replace").splitlines(keepends=True)
        b = getattr(got, what).decode(errors="replace").splitlines(keepends=True)
        if a != b:
            failures.append(f"{what} differs:\n" + "".join(
                difflib.unified_diff(a, b, "python3.11", "uopjit")))
    if expected.returncode != got.returncode:
        failures.append(f"exit status: python3.11 {expected.returncode}, "
                        f"uopjit {got.returncode}")
    if stats is None:
        failures.append("uopjit wrote no statistics")
    elif stats["functions_compiled"] == 0:
        reasons = "\n".join(f"  {q} ({os.path.basename(fn)}:{line}): {why}"
                            for q, fn, line, why in stats["functions_rejected"]
                            if os.path.basename(fn) == name)
        failures.append("no function was compiled; rejected:\n" + reasons)
    if failures:
        print(f"FAIL {name} ({' '.join(options)})")
        print("\n".join(failures))
        return 1
    print(f"ok {name}: {stats['functions_compiled']} compiled, "
          f"{stats['deopts_total']} deopts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
