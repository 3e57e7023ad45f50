"""Feeds uop-opt malformed inputs made from valid .uop files and checks that
each one is either accepted or rejected with a located diagnostic, never a
crash.

  fuzz.py MODE UOP_OPT FILE_OR_DIR...

MODE: truncate  every valid file cut at many points
      mutate    valid files with bytes flipped, dropped or duplicated
      random    random byte strings and random token soup
For each input: exit status must be 0 or 1 (a signal or another status is a
crash); on status 1, stderr must contain `<file>:<line>:<col>: error:`.
Deterministic (fixed seed). Prints one line per failure and a summary.
"""
import os
import random
import re
import subprocess
import sys
import tempfile

MODE, UOP_OPT, PATHS = sys.argv[1], sys.argv[2], sys.argv[3:]
rng = random.Random(20261126)


def valid_files():
    files = []
    for p in PATHS:
        if os.path.isdir(p):
            for root, _, names in os.walk(p):
                files += [os.path.join(root, n) for n in sorted(names) if n.endswith(".uop")]
        else:
            files.append(p)
    keep = []
    for f in sorted(files):
        text = open(f, "rb").read()
        if b"expected-error" in text or b"not uop-opt" in text or b"-split-input-file" in text:
            continue
        if subprocess.run([UOP_OPT, f], capture_output=True).returncode == 0:
            keep.append((f, text))
    return keep


def inputs():
    files = valid_files()
    if MODE == "truncate":
        for name, text in files:
            cuts = sorted(set(rng.randrange(1, len(text)) for _ in range(12)))
            for cut in cuts:
                yield f"{os.path.basename(name)}[:{cut}]", text[:cut]
    elif MODE == "mutate":
        for name, text in files:
            for _ in range(10):
                b = bytearray(text)
                i = rng.randrange(len(b))
                kind = rng.choice(["flip", "drop", "dup", "byte"])
                if kind == "flip":
                    b[i] ^= 1 << rng.randrange(8)
                elif kind == "drop":
                    del b[i:i + rng.randrange(1, 8)]
                elif kind == "dup":
                    b[i:i] = b[i:i + rng.randrange(1, 16)]
                else:
                    b[i] = rng.randrange(256)
                yield f"{os.path.basename(name)}~{kind}@{i}", bytes(b)
    elif MODE == "random":
        tokens = ["uop.func", "@f", "(", ")", "{", "}", "%a", "%b", "=", ",", ":",
                  "uop.frame_state", "at", "locals", "stack", "uop.loop", "uop.break",
                  "uop.guard_both_float", "frame", "<", ">", "oparg", "3", "-7",
                  "!uop.object", "!uop.frame", "uop.generator", "\"generator\"",
                  "uop.resume", "^bb1", "code", "nlocals", "cf.br", "i1", "\n"]
        for i in range(60):
            yield f"random-bytes-{i}", bytes(rng.randrange(256) for _ in range(rng.randrange(1, 300)))
        for i in range(60):
            yield f"token-soup-{i}", " ".join(rng.choice(tokens) for _ in range(rng.randrange(1, 80))).encode()
    else:
        sys.exit(f"unknown mode {MODE}")


located = re.compile(rb":\d+:\d+: error: ")
count = failures = accepted = 0
with tempfile.TemporaryDirectory() as tmp:
    for label, data in inputs():
        count += 1
        path = os.path.join(tmp, "input.uop")
        with open(path, "wb") as f:
            f.write(data)
        r = subprocess.run([UOP_OPT, path], capture_output=True, timeout=60)
        problem = None
        if r.returncode == 0:
            accepted += 1
        elif r.returncode != 1:
            problem = f"crash (status {r.returncode})"
        elif not located.search(r.stderr):
            problem = "error without a location"
        if b"PLEASE submit a bug report" in r.stderr or b"LLVM ERROR" in r.stderr:
            problem = "internal error"
        if problem:
            failures += 1
            print(f"FAILURE {label}: {problem}\n{r.stderr.decode(errors='replace')[:600]}")
print(f"{MODE}: {count} inputs, {count - accepted} rejected with a located error, "
      f"{accepted} accepted, {failures} failures")
sys.exit(1 if failures else 0)
