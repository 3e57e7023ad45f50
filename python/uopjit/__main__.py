"""The uopjit command line.

  uopjit [options] SCRIPT.py | -m MODULE | -c CODE [args]   (see uopjit/run.py)
  uopjit dump [--run] -o DIR SCRIPT.py [script args]

Compiles SCRIPT (with --run, first runs it as __main__ so that the adaptive
interpreter specializes it) and writes one snapshot file per code object it
holds: DIR/<n>-<qualname>.json, n in depth-first order from the module.
"""
import argparse
import json
import os
import re
import sys
import types

from uopjit import snapshot


def dump(args):
    path = os.path.abspath(args.script)
    try:
        with open(path, "rb") as f:
            source = f.read()
    except OSError as e:
        sys.exit(f"uopjit dump: cannot read {args.script}: {e.strerror}")
    try:
        module_code = compile(source, path, "exec")
    except SyntaxError as e:
        sys.exit(f"uopjit dump: {args.script} does not compile: {e}")

    status = 0
    if args.run:
        sys.argv = [args.script] + args.script_args
        sys.path.insert(0, os.path.dirname(path))
        main = types.ModuleType("__main__")
        main.__file__ = path
        main.__builtins__ = __builtins__
        sys.modules["__main__"] = main
        try:
            exec(module_code, main.__dict__)
        except SystemExit as e:
            status = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
        except BaseException:
            import traceback
            traceback.print_exc()
            status = 1
        sys.stdout.flush()

    os.makedirs(args.output, exist_ok=True)
    codes = list(snapshot.walk(module_code))
    if args.modules:
        seen = {id(c) for c in codes}
        for code in snapshot.module_codes():
            if id(code) not in seen:
                seen.add(id(code))
                codes.append(code)
    ids = {id(c): f"{n}:{c.co_qualname}" for n, c in enumerate(codes)}
    for n, code in enumerate(codes):
        name = re.sub(r"[^A-Za-z0-9_.-]", "_", code.co_qualname)
        out = os.path.join(args.output, f"{n}-{name}.json")
        with open(out, "w") as f:
            json.dump(snapshot.snapshot(code, ids), f, indent=1)
            f.write("\n")
    print(f"uopjit dump: {len(codes)} code objects written to {args.output}",
          file=sys.stderr)
    return status


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] != "dump":
        from uopjit import run
        return run.run(argv)
    parser = argparse.ArgumentParser(prog="uopjit", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump", help="write the specialized bytecode of a script's code objects")
    d.add_argument("--run", action="store_true", help="run the script first, so it specializes")
    d.add_argument("--modules", action="store_true",
                   help="also dump the code of every function and method of the loaded "
                        "modules (with --run: as the script left them)")
    d.add_argument("-o", "--output", required=True, help="directory for the snapshot files")
    d.add_argument("script")
    d.add_argument("script_args", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    if args.command == "dump":
        if sys.flags.no_site:  # the launcher skips site; the script may need it
            import site
            site.main()
        return dump(args)


if __name__ == "__main__":
    sys.exit(main())
