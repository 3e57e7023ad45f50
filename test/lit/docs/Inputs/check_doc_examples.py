"""Every complete example of the `uop` dialect in the docs (a ```mlir block
that starts with `uop.func`, after any comment lines) parses and verifies with uop-opt; fragments are
counted but not run. Prints one line per failing example and a summary."""
import glob
import os
import re
import subprocess
import sys

uop_opt, docs = sys.argv[1], sys.argv[2]
complete = fragments = failures = 0
for path in sorted(glob.glob(os.path.join(docs, "**", "*.md"), recursive=True)):
    for m in re.finditer(r"```mlir\n(.*?)```", open(path).read(), re.S):
        code = m.group(1)
        body = "\n".join(l for l in code.splitlines() if not l.lstrip().startswith("//"))
        if not body.lstrip().startswith("uop.func"):
            fragments += 1
            continue
        complete += 1
        r = subprocess.run([uop_opt, "-"], input=code, capture_output=True, text=True)
        if r.returncode != 0:
            failures += 1
            print(f"FAILURE {os.path.basename(path)}: {r.stderr.splitlines()[0]}")
print(f"{complete} complete examples checked, {fragments} fragments, {failures} failures")
sys.exit(1 if failures else 0)
