"""The stdlib corpus: every module of Debian's Python 3.11 standard library
through the frontend.

  stdlib_corpus.py BUILD_BIN [--limit N] [--report FILE]

1. Compiles every .py file under /usr/lib/python3.11 (not site/dist-packages)
   and snapshots every code object in it (not run: the generic bytecode).
2. Runs workload.py (beside this file), which exercises many stdlib modules,
   and snapshots the code objects of every function it reached in the loaded
   modules: specialized bytecode, with inline caches filled in.
3. Imports every snapshot with `uop-translate --import-bytecode`, verifies
   the result with `uop-opt`, and counts: code objects, imported and
   verified, rejected with a diagnostic (by reason), crashed.
Prints the counts and one line per rejection reason; exits 1 on a crash or
when fewer than 99% are imported and verified.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile
import types
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
STDLIB = "/usr/lib/python3.11"
SEPARATOR = "\n// -----\n"


def stdlib_files():
    for root, dirs, files in os.walk(STDLIB):
        dirs[:] = sorted(d for d in dirs if d not in ("site-packages", "dist-packages",
                                                      "__pycache__"))
        for f in sorted(files):
            if f.endswith(".py"):
                yield os.path.join(root, f)


def write_batches(snapshots, outdir, prefix, per_batch=400):
    """Snapshots (JSON texts) into files of at most per_batch, split by
    `// -----` so uop-translate --split-input-file takes each on its own."""
    paths = []
    for start in range(0, len(snapshots), per_batch):
        path = os.path.join(outdir, f"{prefix}-{start // per_batch:04d}.json")
        with open(path, "w") as f:
            f.write(SEPARATOR.join(snapshots[start:start + per_batch]))
        paths.append((path, len(snapshots[start:start + per_batch])))
    return paths


def compiled_snapshots(limit):
    sys.path.insert(0, os.path.join(HERE, "..", "..", "python"))
    from uopjit import snapshot
    out, files, uncompiled = [], 0, []
    for path in stdlib_files():
        if limit and files >= limit:
            break
        try:
            with open(path, "rb") as f, warnings.catch_warnings():
                warnings.simplefilter("ignore")  # SyntaxWarnings of test data
                code = compile(f.read(), path, "exec", dont_inherit=True)
        except (SyntaxError, ValueError, UnicodeDecodeError):
            uncompiled.append(os.path.relpath(path, STDLIB))
            continue
        files += 1
        codes = list(snapshot.walk(code))
        ids = {id(c): f"{n}:{c.co_qualname}" for n, c in enumerate(codes)}
        out += [json.dumps(snapshot.snapshot(c, ids)) for c in codes]
    return out, files, uncompiled


def run_workload(bindir, outdir):
    """Snapshots of specialized code from the workload, via `uopjit dump`."""
    d = os.path.join(outdir, "workload")
    r = subprocess.run([os.path.join(bindir, "uopjit"), "dump", "--run", "--modules",
                        "-o", d, os.path.join(HERE, "workload.py")],
                       capture_output=True, text=True, timeout=900)
    if r.returncode != 0:
        sys.exit(f"workload failed:\n{r.stdout[-2000:]}\n{r.stderr[-2000:]}")
    snaps = []
    for name in sorted(os.listdir(d)):
        with open(os.path.join(d, name)) as f:
            snaps.append(f.read())
    return snaps


def translate(bindir, batches):
    counts = collections.Counter()
    reasons = collections.Counter()
    examples = {}
    for path, n in batches:
        t = subprocess.run([os.path.join(bindir, "uop-translate"), "--import-bytecode",
                            "--split-input-file", path],
                           capture_output=True, text=True, timeout=900)
        if t.returncode < 0 or "PLEASE submit a bug report" in t.stderr:
            counts["crashed"] += n
            examples.setdefault("crash", path)
            continue
        errors = re.findall(r"error: (.*)", t.stderr)
        for e in errors:
            # The reason without the code object's name and the offset.
            reason = re.sub(r"^[^:]*: ", "", e, count=1)
            reason = re.sub(r"offset \d+", "offset N", reason)
            reason = re.sub(r"\d+", "N", reason)
            reasons[reason] += 1
            examples.setdefault(reason, e)
        counts["rejected"] += len(errors)
        imported = t.stdout.count("uop.func @")
        v = subprocess.run([os.path.join(bindir, "uop-opt"), "--split-input-file",
                            "--verify-each", "-o", os.devnull, "-"],
                           input=t.stdout, capture_output=True, text=True, timeout=900)
        bad = len(re.findall(r"error: ", v.stderr))
        if v.returncode < 0 or "PLEASE submit a bug report" in v.stderr:
            counts["crashed"] += imported
            examples.setdefault("uop-opt crash", path)
            continue
        counts["verified"] += imported - bad
        counts["verify-failed"] += bad
        for e in re.findall(r"error: (.*)", v.stderr):
            reasons["verifier: " + re.sub(r"\d+", "N", e)] += 1
            examples.setdefault("verifier: " + re.sub(r"\d+", "N", e), e)
    return counts, reasons, examples


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("bindir")
    ap.add_argument("--limit", type=int, default=0, help="at most N stdlib files (0: all)")
    ap.add_argument("--no-workload", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        compiled, files, uncompiled = compiled_snapshots(args.limit)
        batches = write_batches(compiled, tmp, "stdlib")
        workload = [] if args.no_workload else run_workload(args.bindir, tmp)
        batches += write_batches(workload, tmp, "workload")
        counts, reasons, examples = translate(args.bindir, batches)
    total = len(compiled) + len(workload)
    ok = counts["verified"]
    print(f"stdlib files compiled: {files} ({len(uncompiled)} do not compile and are "
          f"skipped: {', '.join(uncompiled)})")
    print(f"code objects: {total} ({len(compiled)} compiled only, "
          f"{len(workload)} specialized by the workload)")
    print(f"imported and verified: {ok} ({100.0 * ok / max(total, 1):.2f}%)")
    print(f"rejected with a diagnostic: {counts['rejected']}")
    print(f"imported but failed verification: {counts['verify-failed']}")
    print(f"crashed: {counts['crashed']}")
    for reason, n in reasons.most_common():
        print(f"  reason ({n}x): {reason}")
        print(f"    e.g. {examples[reason][:300]}")
    if counts["crashed"] or ok < 0.99 * total:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
