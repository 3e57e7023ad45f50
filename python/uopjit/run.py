"""`uopjit [options] SCRIPT.py | -m MODULE | -c CODE [args]`: run a program
like python3.11 does, with the JIT on.

Options (before the program, as for python3.11; each also has an
environment variable):
  --threshold N     compile a code object at its N-th call (UOPJIT_THRESHOLD,
                    default 1000; 1 compiles everything on first call)
  --no-jit          same launcher, JIT off: the fair baseline (UOPJIT_DISABLE=1)
  --backend=B       interp: the tier-2 interpreter (UOPJIT_BACKEND); the
                    machine-code backend is not built yet
  --passes=P        MLIR pass pipeline run on every function (UOPJIT_PASSES;
                    `none`, the default, runs no optimization)
  --count-uops      count executed uops per kind (into the stats)
  --stats=FILE      at exit, write the JIT's statistics as JSON (UOPJIT_STATS)
"""
import json
import os
import signal
import sys
import types

_OUR_FILES = None


def _usage(message):
    sys.stderr.write(f"uopjit: {message}\nusage: uopjit [options] SCRIPT.py | -m MODULE | -c CODE [args]\n")
    sys.exit(2)


def parse(argv):
    env = os.environ
    opts = {
        "threshold": env.get("UOPJIT_THRESHOLD", "1000"),
        "jit": env.get("UOPJIT_DISABLE", "") in ("", "0"),
        "backend": env.get("UOPJIT_BACKEND", "interp"),
        "passes": env.get("UOPJIT_PASSES", "none"),
        "count_uops": False,
        "stats": env.get("UOPJIT_STATS"),
    }
    i = 0
    while i < len(argv):
        arg = argv[i]
        name, eq, value = arg.partition("=")
        takes_value = name in ("--threshold", "--backend", "--passes", "--stats")
        if takes_value and not eq:
            if i + 1 >= len(argv):
                _usage(f"{name} needs a value")
            value = argv[i + 1]
            i += 1
        if takes_value:
            opts[name[2:]] = value
        elif arg == "--no-jit":
            opts["jit"] = False
        elif arg == "--count-uops":
            opts["count_uops"] = True
        elif arg in ("-m", "-c"):
            if i + 1 >= len(argv):
                _usage(f"{arg} needs an argument")
            return opts, arg, argv[i + 1], argv[i + 2:]
        elif arg.startswith("-") and arg != "-":
            _usage(f"unknown option {arg}")
        else:
            return opts, "script", arg, argv[i + 1:]
        i += 1
    _usage("no program to run")


def _strip_our_frames(tb):
    """The traceback as python3.11 would print it: without the frames of
    the launcher (this file, runpy)."""
    import runpy
    ours = {os.path.abspath(__file__), os.path.abspath(runpy.__file__)}
    while tb is not None and os.path.abspath(tb.tb_frame.f_code.co_filename) in ours:
        tb = tb.tb_next
    return tb


def _write_stats(path, jit):
    stats = jit.stats()
    with open(path, "w") as f:
        json.dump(stats, f, indent=1, sort_keys=True)
        f.write("\n")


def run(argv):
    opts, mode, target, args = parse(argv)
    try:
        threshold = int(opts["threshold"])
        if threshold < 1:
            raise ValueError
    except ValueError:
        _usage(f"--threshold must be a positive integer, not {opts['threshold']!r}")
    if opts["backend"] != "interp":
        _usage(f"--backend={opts['backend']}: only the tier-2 interpreter (interp) is built "
               "so far")

    from uopjit import _uopjit as jit
    if opts["stats"]:
        import atexit
        atexit.register(_write_stats, opts["stats"], jit)

    main = types.ModuleType("__main__")
    main.__builtins__ = __builtins__
    if mode == "script":
        path = target if os.path.isabs(target) else os.path.join(os.getcwd(), target)
        try:
            with open(path, "rb") as f:
                source = f.read()
        except OSError as e:
            sys.stderr.write(f"{sys.executable}: can't open file {path!r}: "
                             f"[Errno {e.errno}] {e.strerror}\n")
            sys.exit(2)
        sys.argv = [target] + args
        sys.path[0] = os.path.dirname(os.path.realpath(path))
        from importlib.machinery import SourceFileLoader
        main.__file__ = path
        main.__cached__ = None
        main.__loader__ = SourceFileLoader("__main__", path)
        code = compile(source, path, "exec")
    elif mode == "-c":
        sys.argv = ["-c"] + args
        sys.path[0] = ""
        from importlib.machinery import BuiltinImporter
        main.__loader__ = BuiltinImporter
        code = compile(target, "<string>", "exec")
    sys.modules["__main__"] = main

    if opts["jit"]:
        jit.enable(threshold=threshold, passes=opts["passes"], count_uops=opts["count_uops"])
    try:
        if mode == "-m":
            import runpy
            sys.argv = [target] + args
            sys.path[0] = os.getcwd()
            runpy._run_module_as_main(target, alter_argv=True)
        else:
            exec(code, main.__dict__)
    except SystemExit:
        raise
    except BaseException as e:
        tb = _strip_our_frames(e.__traceback__)
        sys.excepthook(type(e), e.with_traceback(tb), tb)
        if isinstance(e, KeyboardInterrupt):
            # python3.11 ends with the default SIGINT action (status 130).
            sys.stdout.flush()
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGINT)
        sys.exit(1)
