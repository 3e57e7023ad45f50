"""Round-trips every valid .uop file under the given directories.

For each file that uop-opt accepts: print it (pretty form), parse and print
again, and require the same text; then print the generic form, parse it and
require the same pretty text. Files that are meant to fail (expected-error,
`not uop-opt`) are skipped; files using -split-input-file are split first.
"""
import os
import subprocess
import sys

UOP_OPT, DIRS = sys.argv[1], sys.argv[2:]


def run(args, text):
    return subprocess.run([UOP_OPT] + args + ["-"], input=text, capture_output=True, text=True)


count = failures = 0
for d in DIRS:
    for root, _, names in os.walk(d):
        for n in sorted(names):
            if not n.endswith(".uop"):
                continue
            path = os.path.join(root, n)
            text = open(path).read()
            if "expected-error" in text or "not uop-opt" in text:
                continue
            for i, chunk in enumerate(text.split("\n// -----\n")):
                first = run([], chunk)
                if first.returncode != 0:
                    failures += 1
                    print(f"FAILURE {path}#{i}: does not parse\n{first.stderr[:400]}")
                    continue
                count += 1
                again = run([], first.stdout)
                generic = run(["--mlir-print-op-generic"], first.stdout)
                back = run([], generic.stdout)
                if again.stdout != first.stdout:
                    failures += 1
                    print(f"FAILURE {path}#{i}: print -> parse -> print changes the text")
                elif back.stdout != first.stdout:
                    failures += 1
                    print(f"FAILURE {path}#{i}: the generic form does not parse back to the same IR")
print(f"round-tripped {count} modules, {failures} failures")
sys.exit(1 if failures else 0)
