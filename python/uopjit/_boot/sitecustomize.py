"""Starts uopjit inside a plain `python3.11 SCRIPT` process.

The `uopjit` launcher puts this directory first on PYTHONPATH and sets
UOPJIT_ENABLE=1 (and UOPJIT_THRESHOLD, UOPJIT_PASSES, UOPJIT_BACKEND,
UOPJIT_COUNT_UOPS, UOPJIT_KEEP_IR, UOPJIT_STATS); python3.11 then runs the
program itself, so sys.argv, sys.path, __main__, -m, -c, tracebacks and exit
codes are exactly python3.11's. The sitecustomize this one shadows (Debian's) still
runs first.
"""


def _run_shadowed_sitecustomize():
    import os
    import sys
    here = os.path.dirname(os.path.abspath(__file__))
    for entry in sys.path:
        path = os.path.join(entry or os.getcwd(), "sitecustomize.py")
        if os.path.abspath(entry or os.getcwd()) != here and os.path.exists(path):
            with open(path, "rb") as f:
                code = compile(f.read(), path, "exec")
            exec(code, {"__name__": "sitecustomize", "__file__": path})
            return


def _start_jit():
    import os
    from uopjit.run import flag, jit_options
    env = os.environ
    stats = env.get("UOPJIT_STATS")
    disabled = flag(env, "UOPJIT_DISABLE")
    # --no-jit (the baseline) does not even load the runtime, unless asked
    # for statistics.
    if not flag(env, "UOPJIT_ENABLE") or (disabled and not stats):
        return
    from uopjit import _uopjit as jit
    if stats:
        import atexit
        import json

        def write_stats():
            with open(stats, "w") as f:
                json.dump(jit.stats(), f, indent=1, sort_keys=True)
                f.write("\n")
        atexit.register(write_stats)
    if not disabled:
        jit.enable(**jit_options(env))


try:
    _run_shadowed_sitecustomize()
except Exception:
    pass
try:
    _start_jit()
except Exception as e:  # never stop the program from starting
    import sys
    sys.stderr.write(f"uopjit: the JIT could not start: {e}\n")
finally:
    del _run_shadowed_sitecustomize, _start_jit
