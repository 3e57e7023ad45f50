"""Lists the runtime extension's functions that ran under callgrind.

    python3.11 scripts/symbol-order.py EXTENSION CALLGRIND_OUT... > runtime/lib/compiler-symbol-order.txt

Reads callgrind outputs (made with --demangle=no) and prints, one per line,
the mangled name of every function of _uopjit*.so that ran (in the order
the outputs first name them), keeping only names the extension defines.
The linker lays out those functions first and together
(--symbol-ordering-file, runtime/CMakeLists.txt), so compiling touches
few pages of the extension's code: its resident memory.
"""
import re
import subprocess
import sys


def main(outputs, extension):
    objects, functions, order = {}, {}, {}
    for path in outputs:
        current = None
        with open(path) as f:
            for line in f:
                m = re.match(r"(c?)ob=\((\d+)\)(?: (.*))?", line)
                if m:
                    if m.group(3):
                        objects[m.group(2)] = m.group(3)
                    if not m.group(1):
                        current = objects.get(m.group(2), "")
                    continue
                m = re.match(r"(c?)fn=\((\d+)\)(?: (.*))?", line)
                if m:
                    if m.group(3):
                        functions[m.group(2)] = m.group(3)
                    if not m.group(1) and current and "_uopjit" in current:
                        order.setdefault(functions[m.group(2)], len(order))
    nm = subprocess.run(["nm", "--defined-only", extension], capture_output=True, text=True,
                        check=True).stdout
    defined = {p[2] for p in (l.split() for l in nm.splitlines()) if len(p) == 3 and p[1] in "tTwW"}
    for name in sorted(order, key=order.get):
        if name in defined:
            print(name)


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[2:], sys.argv[1])
