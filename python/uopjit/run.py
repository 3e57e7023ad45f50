"""`uopjit [options] SCRIPT.py | -m MODULE | -c CODE [args]`: run a program
with python3.11, with the JIT on.

Options (before the program; each also has an environment variable):
  --threshold N     compile a code object at its N-th call (UOPJIT_THRESHOLD,
                    default 1000; 1 compiles everything on first call)
  --loop-ms MS      also compile a function with loops once the interpreter
                    has spent MS milliseconds in its calls (UOPJIT_LOOP_MS,
                    default 10; 0: count calls only)
  --compile-all     compile every code object that gets hot, also those the
                    profitability rules leave to the interpreter (generators
                    whose loops all suspend, functions without loops that
                    keep no number unboxed) (UOPJIT_COMPILE_ALL=1); threshold
                    1 implies it
  --no-jit          same launcher, JIT off: the fair baseline (UOPJIT_DISABLE=1)
  --backend=B       machine (copy-and-patch machine code, the default) or
                    interp (the tier-2 interpreter) (UOPJIT_BACKEND)
  --passes=P        MLIR pass pipeline run on every function (UOPJIT_PASSES;
                    default `uop-optimize`; `none` runs no optimization)
  --count-uops      count executed uops per kind into the stats (needs
                    --backend=interp) (UOPJIT_COUNT_UOPS=1)
  --stats=FILE      at exit, write the JIT's statistics as JSON (UOPJIT_STATS)
  --keep-ir         keep the optimized dialect of every compiled function, for
                    uopjit.info(f)["dialect"] (UOPJIT_KEEP_IR=1); without it
                    only functions compiled by uopjit.compile(f) keep theirs

The options go to the environment and python3.11 replaces this process
(uopjit/_boot/sitecustomize.py starts the JIT), so the program runs exactly
as under `python3.11 SCRIPT.py`: same sys.argv, sys.path, __main__, -m, -c,
tracebacks, exit status -- and child python3.11 processes inherit the JIT.
"""
import os
import sys

BOOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_boot")
PACKAGE_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _usage(message):
    sys.stderr.write(f"uopjit: {message}\n"
                     "usage: uopjit [options] SCRIPT.py | -m MODULE | -c CODE [args]\n")
    sys.exit(2)


def parse(argv):
    """Our options, then python3.11's argv for the program."""
    env = {}
    i = 0
    while i < len(argv):
        arg = argv[i]
        name, eq, value = arg.partition("=")
        if name in ("--threshold", "--loop-ms", "--backend", "--passes", "--stats"):
            if not eq:
                if i + 1 >= len(argv):
                    _usage(f"{name} needs a value")
                value = argv[i + 1]
                i += 1
            env["UOPJIT_" + name[2:].upper().replace("-", "_")] = value
        elif arg == "--no-jit":
            env["UOPJIT_DISABLE"] = "1"
        elif arg == "--count-uops":
            env["UOPJIT_COUNT_UOPS"] = "1"
        elif arg == "--keep-ir":
            env["UOPJIT_KEEP_IR"] = "1"
        elif arg == "--compile-all":
            env["UOPJIT_COMPILE_ALL"] = "1"
        elif arg in ("-m", "-c"):
            if i + 1 >= len(argv):
                _usage(f"{arg} needs an argument")
            return env, argv[i:]
        elif arg.startswith("-") and arg != "-":
            _usage(f"unknown option {arg}")
        else:
            return env, argv[i:]
        i += 1
    _usage("no program to run")


def flag(env, name):
    """An on/off UOPJIT_* variable: set and not "0"."""
    return env.get(name, "") not in ("", "0")


def jit_options(env):
    """The uopjit.enable() arguments the UOPJIT_* variables in `env` ask
    for; the runtime's own defaults stand for those not set. ValueError
    for a threshold that is not an integer or a loop time that is not a
    number."""
    options = {}
    if "UOPJIT_THRESHOLD" in env:
        options["threshold"] = int(env["UOPJIT_THRESHOLD"])
    if "UOPJIT_LOOP_MS" in env:
        options["loop_ms"] = float(env["UOPJIT_LOOP_MS"])
    for name in ("passes", "backend"):
        if "UOPJIT_" + name.upper() in env:
            options[name] = env["UOPJIT_" + name.upper()]
    if flag(env, "UOPJIT_COUNT_UOPS"):
        options["count_uops"] = True
    if flag(env, "UOPJIT_KEEP_IR"):
        options["keep_ir"] = True
    if flag(env, "UOPJIT_COMPILE_ALL"):
        options["compile_all"] = True
    return options


def check(env):
    """Usage errors now, rather than a JIT that cannot start later."""
    merged = {k: v for k, v in os.environ.items() if k.startswith("UOPJIT_")}
    merged.update(env)
    for name, valid, what in (("THRESHOLD", lambda v: int(v) >= 1, "a positive integer"),
                              ("LOOP_MS", lambda v: 0 <= float(v) < 1e12,
                               "a number of milliseconds >= 0")):
        value = merged.get("UOPJIT_" + name)
        try:
            if value is not None and not valid(value):
                raise ValueError
        except ValueError:
            _usage(f"--{name.lower().replace('_', '-')} must be {what}, not {value!r}")
    options = jit_options(merged)
    backend = options.get("backend", "machine")
    if backend not in ("machine", "interp"):
        _usage(f"--backend={backend}: choose machine or interp")
    if options.get("count_uops") and backend != "interp":
        _usage("--count-uops counts in the tier-2 interpreter: add --backend=interp")


def run(argv):
    env, program = parse(argv)
    check(env)
    env["UOPJIT_ENABLE"] = "1"
    paths = [BOOT, PACKAGE_ROOT]
    if os.environ.get("PYTHONPATH"):
        paths.append(os.environ["PYTHONPATH"])
    env["PYTHONPATH"] = os.pathsep.join(paths)
    os.environ.update(env)
    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(sys.executable, [sys.executable] + program)
